#!/usr/bin/env python3
"""mixed110: blind held-out set (40 invented mails, 8 per authority) for stepbot's `parse` contract - urgency and
every parse field - over the summer term of 2034 (Monday 17 April - Friday 21 July 2034), in food, feeding and
growth: watered-down formula, faltering growth and weight charts, children hoarding, stealing or eating from bins,
food banks and holiday hunger, eating disorders in a parent or a teenager, a diet imposed by belief, a tube-fed
toddler, dental decay and lunchboxes.

Stdlib only (run with `python3 make_set.py`). Deterministic: boundaries, Message-IDs and UIDs come from sha1 of the
file name; PDFs are hand-built PDF 1.4 text pages and .docx files minimal OOXML zips. The MIME, PDF, .docx,
iCalendar and out-of-office helpers are adapted from tests/data/mixed27/make_set.py. Every label was set by hand
from /work/shared/DESIGN.md, REQUIREMENTS.md and the policy packs; the self-checks stop before writing anything.
Bank holidays 2034 (England): Good Friday 7 April and Easter Monday 10 April (before the window), May Day Monday
1 May and Spring Bank Holiday Monday 29 May (inside it). The whole window is BST (+0100).
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    """Gmail-style boundary."""
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Local (Europe/London) wall-clock time. The whole window (17 April - 21 July 2034) is British Summer Time
    (+0100): BST begins on Sunday 26 March 2034 and ends on Sunday 29 October 2034; the self-check asserts it."""
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

def qp(text, charset):
    data = text.encode(charset)
    return quopri.encodestring(data, quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False,
              params="", extra=None, disposition=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    elif cte == "8bit":
        body = text          # raw UTF-8 (build() encodes the whole message as UTF-8)
    else:  # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment", extra=None):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
         ("Content-Transfer-Encoding", "base64")]
    if extra:
        h += extra
    return Part(h, b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        body = p.body
        if not body.endswith("\n"):
            body += "\n"
        return out + body
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    out += "--%s--\n" % p.boundary
    return out

def build(top, root, crlf, allow_8bit=False):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")                      # headers are always 7-bit (MIME encoded-words where needed)
    s = head + render(root)
    if not allow_8bit:
        s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")

def html_of(text, font="Aptos"):
    paras = text.split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))



def flowed(text, width=72):
    """Wrap each logical line with soft breaks ('line ' + CRLF). '\x00' between two words forces a
    soft break there (used to split a date of birth across physical lines)."""
    out = []
    for logical in text.split("\n"):
        chunks = logical.split("\x00")
        phys = []
        for ci, chunk in enumerate(chunks):
            words = chunk.split(" ")
            cur = ""
            for w in words:
                if cur and len(cur) + 1 + len(w) > width:
                    phys.append(cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            phys.append(cur + (" " if ci < len(chunks) - 1 else ""))
        for p in phys:
            if p.startswith((" ", ">", "From ")) and not p.startswith(">"):
                p = " " + p
            out.append(p)
    return "\n".join(out)


# -- hand-built PDF 1.4 (Helvetica, WinAnsi, uncompressed text so the self-check can read it back)
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
    assert len(wrapped) <= 52, title
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


# -- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
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

def ics(method, fname, stamp, start, end, summary, location, description, organizer, attendees,
        extra=None, sequence=0):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method,
         "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start,
          "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % sequence]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None, reply_to_mid=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re): ", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, mid_domain or "LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer, cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])


import zipfile, io as _io
def make_docx(paras, tables=()):
    """paras: list of strings (a string starting with '# ' is a Heading 1); tables: list of row lists."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t == "\f":                      # a page break (Word: a run holding <w:br w:type="page"/>)
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2034, 4, 3, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable", charset="utf-8"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf, charset=charset)
    if html_alt:
        h = html_of(body)
        if charset != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + charset)
        t = multipart("alternative", [t, text_part(h, "html", crlf=crlf, charset=charset)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=(), plain_twin=True, font="Aptos"):
    """Outlook mail whose body is Word 'filtered medium' HTML (mso markup, MsoTableGrid tables),
    with or without the text/plain twin."""
    h = text_part(word_html(blocks, font), "html")
    if plain_twin:
        body = multipart("alternative", [text_part(word_text(blocks)), h], bnd(f, 2))
    else:
        body = h
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
               comment=None, to_name=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    body = (comment + "\n") if comment else ""
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body or " ", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(to_name or organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def ooo(f, when, frm_name, frm_email, to, subject, body, html_only=False, prefix="Automatic reply: ",
        extra=None, lang=None):
    ex = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + (extra or [])
    top = outlook_top(f, addr(frm_name, frm_email), to, prefix + subject, when, extra=ex)
    if lang:
        top = [(k, lang if k == "Content-Language" else v) for k, v in top]
    if html_only:
        root = text_part(html_only if isinstance(html_only, str) else html_of(body), "html", crlf=True)
    else:
        root = text_part(body, crlf=True)
    return build(top, root, True)

def quote(lines_from, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (lines_from, sent, to, cc_line, subject, text))


def original(frm, sent, to, subject, text, cc=None):
    """A '-----Original Message-----' block (Outlook's plain-text forward/reply header)."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def flowed_part(text, charset="utf-8", cte="8bit"):
    """text/plain; format=flowed (iPhone / iPad Mail)."""
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="%s"; format=flowed; delsp=no' % charset),
         ("Content-Transfer-Encoding", cte)]
    if cte == "7bit":
        body.encode("ascii")
    elif cte == "quoted-printable":
        body = qp(body, charset)
    return Part(h, body)


# ----------------------------------------------------------------------------- helpers added in mixed13 (kept)

def chain(messages):
    """A deep Outlook reply chain, newest first: [(from, sent, to, subject, text, cc), ...]. Each older message is
    appended under Outlook's rule and 'From:/Sent:/To:/Subject:' block, as Outlook builds a top-posted thread."""
    out = ""
    for frm, sent, to, subject, text, cc in reversed(messages):
        out = quote(frm, sent, to, subject, text.rstrip("\n") + "\n" + out, cc=cc)
    return out

def iphone_mail(f, top, text, atts=()):
    """iPhone Mail: text/plain; format=flowed, quoted-printable, LF."""
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)


def html_text(h):
    """Readable text of an HTML part: comments (incl. Word's conditional <xml> blocks), <head> and
    <style> dropped; block tags become spaces; inline tags (Word's split runs) join without a space."""
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ----------------------------------------------------------------------------- extra builders
def gmail_mail(f, top, text, atts=()):
    """Gmail web: multipart/alternative (text/plain + a plain <div> HTML twin), UTF-8 quoted-printable, CRLF."""
    h = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br>")
                                      for l in text.split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(text, crlf=True), text_part(h, "html", crlf=True)], gbnd(f, 1))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 2)) if atts else alt
    return build(top, root, True)

def android_mail(f, top, text, atts=()):
    """Android (Samsung Email / Outlook for Android): a single base64 text/plain, LF line ends."""
    t = text_part(text, cte="base64", crlf=False)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, False)

def html_only(f, top, h, atts=()):
    t = text_part(h, "html", crlf=True)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, True)

def txt_att(filename, text):
    h = [("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(text.replace("\n", "\r\n").encode("utf-8")))

def ics_att(filename, cal):
    h = [("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(cal.encode("utf-8")))

def ack(ref, authority_name, kind_word, lines):
    """A stepbot acknowledgement, quoted under a reply (what the practitioner received)."""
    return T("""
-----Original Message-----
From: stepbot <stepbot@%s>
Subject: [%s] %s received

Thank you. Your %s has been logged with reference %s. Keep the reference in the subject when you reply.
%s
""") % (authority_name, ref, kind_word, kind_word, ref, "\n".join(lines))


# ----------------------------------------------------------------------------- readable text (stdlib only)
def pdf_text(data):
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
        out.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(out)

def docx_text(data):
    z = zipfile.ZipFile(_io.BytesIO(data))
    x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))

def readable(msg):
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
        elif ct == "text/calendar":
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return re.sub(r"\s+", " ", "\n".join(out))


# ----------------------------------------------------------------------------- the set's records
FILES, LABELS, CATS = {}, [], {}
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
def MB(a, m):
    return MAILBOXES[(a, m)]

def ch(name, dob=None):
    return {"name": name, "dob": dob}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager, missing, notice_ok, next_action, why, meeting=None):
    now = dt(when) + timedelta(minutes=delay_min, seconds=17)
    FILES[fname] = data
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": children, "concerns": sorted(concerns), "consent": consent,
                              "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
                              "next_action": next_action},
                   "why": why, "_when": when, "_meeting": meeting})
    CATS[fname] = category

OUTLOOK_NHS = "DB7PR05MB5481.eurprd05.prod.outlook.com"


# ============================================================================= KNOWSLEY
A = "knowsley"

# knowsley_01 - ordinary: level 2 step-down, complete, but the final CIN meeting is 4 WD away across May Day
f = "knowsley_01.eml"
body = T("""
Hi Family First duty,

Step down to Level 2 - Tiegan Roughley (DOB 03/09/2023), ICS ID 1874412

Tiegan has been open to us on a CIN plan since January because of her teeth and her diet. Most of that is sorted
now and at the last CIN review we agreed she can step down to level 2 with school.

Final CIN meeting: Tuesday 2nd May at 10.00am, Huyton Hub, Civic Way, room 3.

Lead Practitioner taking over: Bernadette Okonkwo-Hale, Family Support Worker, St Aidan's Catholic Primary
School. She has agreed to take the lead and has met mum twice.

Mum (Chantelle) has agreed to the step down and is happy for school to take over.

What are we worried about?
Tiegan had 6 teeth out under general anaesthetic in February. Lunchbox was mostly crisps and fizzy drinks and
she often came in without breakfast. Mum struggles with money since her Universal Credit was sanctioned.

What is working well?
Tiegan now brushes twice a day (school checks), she is on the breakfast club list and mum has been to the
food bank and the Holiday Activities and Food sign-up. Dental follow-up attended in April, no new decay.

What needs to happen?
School to keep breakfast club and monitor lunchbox, FSW to support mum with the UC appeal, dental review in
October, Level 2 TAF review in 6 weeks.

Thanks
Gareth Lunt
Social Worker, Children in Need Team North
Knowsley Council | 0151 496 0733
""")
top = outlook_top(f, addr("Gareth Lunt", "gareth.lunt@knowsley.gov.uk"), MB(A, "early_help_duty"),
                  "Step down L2 - Tiegan Roughley - final CIN Tues 2nd May", "2034-04-25 14:12:00")
add(f, mail(f, top, body, html_alt=True), A, "early_help_duty", "2034-04-25 14:12:00", 4, "ordinary",
    "step_down", False, 2, ["1874412"], [ch("Tiegan Roughley", "2023-09-03")], ["neglect"], True, None, [], False,
    "request_info",
    "Knowsley level 2 step-down with meeting, venue, lead practitioner and all three Signs of Safety headings, "
    "but the final CIN meeting on Tue 2 May is only 4 working days after Tue 25 April because May Day (Mon 1 May) "
    "is a bank holiday, short of the 5 working days' notice, so request_info.",
    meeting="2034-05-02")

# knowsley_02 - ordinary: step-up for neglect, form + TAF minutes, manager agreed, no GCP2
f = "knowsley_02.eml"
form = docx_att("FF Step Up request to CSC - Doolan.docx", [
    "# Family First Step Up request to Children's Social Care (Appendix 1)",
    "Case ID on EHM: EHM-60417",
    "Children: Kyran Doolan (14/02/2027), Maisie Doolan (30/11/2029)",
    "What are we worried about? Both children arrive at school hungry. Maisie's weight has dropped from the 50th "
    "to the 9th centile since September (school nurse weighing). Kyran has been seen taking food from other "
    "children's lunchboxes and hiding bread rolls in his coat. The house had no food in it on 3 of the last 4 "
    "home visits. Kyran has untreated decay in 4 teeth and has missed two dental appointments.",
    "What is working well? Mum engages with TAF and comes to meetings. Grandmother brings a meal on Sundays.",
    "What needs to happen? A Child and Family Assessment of the children's care; dental treatment; weight "
    "monitoring with the school nurse.",
    "Date of step up TAF meeting: Wednesday 24 May, 10:00, Microsoft Teams",
    "Management oversight: discussed with Team Manager Rachel Twist on 12 May, she agrees the step up.",
])
mins = pdf_att("TAF minutes 03.05 - Doolan.pdf", "TAF meeting minutes - Doolan family - 3 May", [
    "Present: mum (Siobhan Doolan), Chloe Brennan (Family First), Mrs Kaur (school), school nurse.",
    "Review of plan: food parcels used up within two days; school nurse to re-weigh Maisie in 2 weeks.",
    "Outcome: Family First to discuss a step up with team manager if no improvement.",
])
body = T("""
Good morning,

Please find attached a step up request for Kyran and Maisie Doolan (EHM-60417) together with the last TAF
minutes. My team manager Rachel Twist has agreed the step up (see the form).

The step up TAF meeting is on Wednesday 24th May at 10am on Teams, I will send the calendar invite separately
to the MASH inbox and MASH business support.

Mum is aware we are talking to MASH.

Kind regards
Chloe Brennan
Family First Case Manager (Level 3)
Family First 0-18, Knowsley Council
Tel 0151 496 0218
""")
top = outlook_top(f, addr("Chloe Brennan", "chloe.brennan@knowsley.gov.uk"), MB(A, "mash_step_up"),
                  "Step up request - Doolan - EHM-60417", "2034-05-15 10:05:00",
                  cc=addr("MASH business support", "Mash.Businesssupport@knowsley.gov.uk"))
add(f, mail(f, top, body, atts=[form, mins], html_alt=True), A, "mash_step_up", "2034-05-15 10:05:00", 6,
    "ordinary", "step_up", False, None, ["EHM-60417"],
    [ch("Kyran Doolan", "2027-02-14"), ch("Maisie Doolan", "2029-11-30")], ["neglect"], None, True, ["gcp2"], True,
    "request_info",
    "Knowsley step-up for neglect with the form, case id, TAF minutes, manager agreement and a meeting 7 working "
    "days ahead, but the protocol asks for the Graded Care Profile when the concern is neglect and none is "
    "attached or reflected, so gcp2 is missing; 'mum is aware' is not consent.",
    meeting="2034-05-24")

# knowsley_03 - near miss: complete step-up; the baby's weight loss is past and recovered, bruise explained
f = "knowsley_03.eml"
form = docx_att("Step Up SOS form Pennington.docx", [
    "# FF Step Up request to CSC",
    "Case ID on EHM: EHM-59981",
    "Children: Ellie-Mae Pennington, DOB 19/07/2031; Jayden Pennington, DOB 12.12.2027",
    "What are we worried about? Home conditions have not improved over 3 TAF reviews (no working cooker, "
    "mouldy food in the fridge, dog mess in the kitchen). Jayden has had 8 teeth extracted and has new decay. "
    "Dad's cannabis use most days, money going on it rather than food.",
    "Past: Ellie-Mae's weight dropped from the 25th to the 2nd centile in January. She has now recovered, "
    "she is back on the 25th centile and the dietitian discharged her on 2 May. There are no current "
    "concerns about her feeding.",
    "The bruise on Jayden's arm reported by school in March was explained (a fall in the playground, seen by "
    "staff) and closed by MASH with no further action.",
    "Graded Care Profile 2 completed 10 May - see attached, nutrition and home conditions scored 4.",
    "What is working well? Both parents attend TAF. Nan helps with school runs.",
    "What needs to happen? C&F assessment; GCP2 actions on home conditions; dental plan.",
    "Date of step up TAF meeting: Wednesday 31st May 10:00 Teams",
    "Team Manager: Lisa Gorst has discussed the step up with me and agreed it on 22 May.",
])
gcp = pdf_att("GCP2 Pennington May.pdf", "Graded Care Profile 2 - Pennington", [
    "Completed by Tyrone Ashworth, Family First, 10 May, with mum and dad.",
    "Area 1 Physical care: nutrition 4, housing 4, hygiene 3, health 3.",
    "Area 2 Safety: 3. Area 3 Love and care: 2. Area 4 Stimulation and education: 3.",
])
taf = docx_att("TAF minutes 16 May Pennington.docx", [
    "# TAF review - Pennington - 16 May",
    "Present: mum, dad, Tyrone Ashworth (Family First), health visitor, school.",
    "Health visitor: Ellie-Mae's weight now recovered, on the 25th centile. No feeding concerns.",
    "Agreed: Family First to request a step up over home conditions and dental neglect.",
])
cal = ics("REQUEST", f, dt("2034-05-23 14:15:00"), "20340531T100000", "20340531T113000",
          "Step up TAF meeting - Pennington - EHM-59981", "Microsoft Teams Meeting",
          "Step up TAF meeting for Ellie-Mae and Jayden Pennington, chaired by the MASH social worker.",
          ("Tyrone Ashworth", "tyrone.ashworth@knowsley.gov.uk"),
          [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION"),
           ("MASH business support", "Mash.Businesssupport@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
body = T("""
Hi all,

Step up for the Pennington children attached - SOS form, GCP2 and the latest TAF minutes. The Teams invite for
the step up TAF on Wed 31st May at 10am is attached too.

Just so nobody is alarmed by the history in the form: Ellie-Mae's weight loss was back in January and she has
fully recovered, and the March bruise was explained and closed. The step up is about the home conditions,
Jayden's teeth and dad's cannabis.

Lisa (my TM) has agreed this.

Thanks, Tyrone

Tyrone Ashworth | Family First Case Manager | Knowsley Council | 0151 496 0351
""")
top = outlook_top(f, addr("Tyrone Ashworth", "tyrone.ashworth@knowsley.gov.uk"), MB(A, "mash_step_up"),
                  "Step up - Pennington - EHM-59981 - TAF Wed 31st May", "2034-05-23 14:20:00",
                  cc=addr("MASH business support", "Mash.Businesssupport@knowsley.gov.uk"))
add(f, mail(f, top, body, atts=[form, gcp, taf, ics_att("invite.ics", cal)], html_alt=True), A, "mash_step_up",
    "2034-05-23 14:20:00", 3, "near_miss", "step_up", False, None, ["EHM-59981"],
    [ch("Ellie-Mae Pennington", "2031-07-19"), ch("Jayden Pennington", "2027-12-12")],
    ["neglect", "substance_misuse"], None, True, [], True, "book_meeting",
    "Near miss: the baby's weight loss is past and recovered and the bruise was explained and closed, so nothing "
    "immediate; the Knowsley step-up is complete (form, case id, GCP2 for neglect, TAF minutes, TM agreed) and "
    "Wed 31 May is exactly 5 working days after Tue 23 May once the Spring Bank Holiday (29 May) is excluded.",
    meeting="2034-05-31")

# knowsley_04 - URGENT follow-up: 10-week-old below birth weight, floppy, mum refusing the GP today
f = "knowsley_04.eml"
quoted = original("Amira Sheikh <amira.sheikh@knowsley.gov.uk>", "03 May 15:02", "knowsleymash@knowsley.gov.uk",
                  "Step up - Olamide Adeyemi-Brooks - EHM-61120", T("""
Step up request for Olamide Adeyemi-Brooks (DOB 27/02/2034), EHM-61120. Form and TAF minutes attached.
Worries: slow weight gain, mum isolated, low mood. TAF step up meeting to follow.
""")) + ack("SB-KNO-0412-8HW", "knowsley.gov.uk", "step-up request",
            ["Child: Olamide Adeyemi-Brooks", "Still needed: the date and time of the step-up TAF meeting."])
body = T("""
Adding to the step up above as things have changed this morning.

I did a weight check at home at 9.45. Olamide is 3.41kg. Her birth weight was 3.62kg - she is 10 weeks old
and lighter than the day she was born. She is floppy, hardly opened her eyes when I handled her, did not
root or cry, her fontanelle is sunken and mum says one wet nappy since last night.

Mum is making the bottles up with 2 scoops to 9oz of water "to make the tin last till Friday". There is
one tin in the house, nearly empty.

I booked her in with Dr Mensah at Longview surgery for 11.30 today and rang it through. Mum said she is not
going, she doesn't want "another person judging her", and she closed the door on me. She isn't picking up now.
Dad is working away.

I'm still parked on the road outside. Please can someone from the MASH duty team ring me on 07700 900614
as soon as you see this - I don't think Olamide can wait for the TAF.

Amira Sheikh
Health Visitor, 0-19 Service (Knowsley)
""")
top = outlook_top(f, addr("Amira Sheikh", "amira.sheikh@knowsley.gov.uk"), MB(A, "mash_step_up"),
                  "RE: [SB-KNO-0412-8HW] Step up - Olamide Adeyemi-Brooks - EHM-61120", "2034-05-09 10:41:00")
add(f, mail(f, top, body + quoted, html_alt=True), A, "mash_step_up", "2034-05-09 10:41:00", 2, "urgent",
    "follow_up", True, None, ["EHM-61120"], [ch("Olamide Adeyemi-Brooks", "2034-02-27")], ["neglect"], None, None,
    [], None, "alert_duty",
    "Safety rule 1: a 10-week-old below birth weight, floppy and dry, with watered-down feeds, whose mother has "
    "refused today's GP appointment and shut the door; a follow-up to an existing step-up, alerted at once.")

# knowsley_05 - URGENT other: dental abscess spreading to the eye, mum walked out refusing hospital tonight
f = "knowsley_05.eml"
body = T("""
Dear MASH,

I am a senior dental officer at the community dental clinic in Prescot. I need to pass on a child we saw this
afternoon.

Tyler-James McCarron, 6 years old, DOB 05.01.2028, lives with mum Jodie McCarron in Kirkby.

- 11 decayed teeth, abscess on the lower left, the swelling has now spread up his cheek and his left eye is
  almost closed.
- Temperature 39.4, he was sleepy and could not open his mouth more than a finger's width.
- He has not eaten properly for three days according to his nan.

This needs IV antibiotics in hospital tonight. I rang the maxillofacial team at Aintree and they are expecting
him. At 15.50 mum said no, she would "give him Calpol and see how he is", and walked out with him. She has
missed 4 appointments since November. Nan (Pauline, 07700 900377) says mum has gone back to the flat and is
not answering.

I have the referral letter ready if anyone needs it. I'm here until 6.

Kind regards
Dr Faisal Qureshi BDS
Senior Dental Officer, Community Dental Service, Prescot Health Centre
0151 496 0882
""")
top = outlook_top(f, addr("Qureshi Faisal (Community Dental)", "faisal.qureshi@nhs.example"), MB(A, "mash_step_up"),
                  "Tyler-James McCarron 6yrs - facial swelling, mum refused hospital", "2034-06-22 16:18:00",
                  mid_domain=OUTLOOK_NHS)
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-06-22 16:18:00", 3, "urgent", "other", True,
    None, [], [ch("Tyler-James McCarron", "2028-01-05")], ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1: a 6-year-old with a spreading facial infection and fever whom mum has taken home refusing "
    "tonight's hospital admission; a dental officer's report, not a step-up, alerted at once.")

# knowsley_06 - near miss: a 7-minute briefing on faltering growth with example scenarios
f = "knowsley_06.eml"
body = T("""
Hello Family First colleagues,

Ahead of next Wednesday's team meeting, here is this month's 7-minute briefing: FALTERING GROWTH AND NEGLECT.
Please read it before the meeting. Nothing here is about a live family.

1. What is faltering growth? A baby or child whose weight drops across two centile lines, or a newborn who has
   not regained birth weight by 3 weeks.
2. Why it matters: feeding problems can be medical, but watered-down formula, food withheld or a carer too
   unwell to feed are neglect.
3. Scenario A (fictional): a health visitor finds a 10-week-old below birth weight and floppy, and mum refuses
   the GP. This would be an immediate phone call to the MASH duty team and to 999 if the baby is unresponsive -
   not a step-up.
4. Scenario B (fictional): a child is found eating from the bins at school and says there has been no food at
   home since Friday. Phone MASH the same hour; do not wait for a TAF.
5. Scenario C (fictional): a fussy 3-year-old who eats only beige food but is growing along his centile - this
   is a picky eater, offer the HENRY course and the health visitor.
6. Use the GCP2 for any neglect step-up - the protocol requires it.
7. Questions to Elinor Marsh, Family First duty team manager.

Thanks
Elinor
""")
top = outlook_top(f, addr("Elinor Marsh", "elinor.marsh@knowsley.gov.uk"), MB(A, "early_help_duty"),
                  "7 minute briefing - Faltering growth and neglect (for team meeting)", "2034-07-05 12:30:00")
add(f, mail(f, top, body, html_alt=True), A, "early_help_duty", "2034-07-05 12:30:00", 5, "near_miss", "other",
    False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss: a training briefing whose fictional scenarios describe the urgent situations ('Scenario A "
    "(fictional)'); safety rule 1 excludes bulletins that list examples, and a briefing is not a request.")

# knowsley_07 - ordinary: iTIP REPLY DECLINED with a COMMENT for the Pennington step-up TAF
f = "knowsley_07.eml"
add(f, itip_reply(f, "2034-05-26 09:12:00", "Grace Nwosu", "grace.nwosu@nhs.example",
                  ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"), "DECLINED",
                  "Step up TAF meeting - Pennington - EHM-59981", "20340531T100000", "20340531T113000",
                  "Microsoft Teams Meeting",
                  comment="Sorry, I'm in clinic all day Wednesday. Ellie-Mae's growth chart and the dietitian's "
                          "discharge letter are on the record; I'll email my report to MASH business support "
                          "before the meeting. Grace (school nurse)"),
    A, "mash_step_up", "2034-05-26 09:12:00", 4, "ordinary", "meeting_reply", False, None, ["EHM-59981"], [], [],
    None, None, [], None, "record_reply",
    "An iTIP REPLY (PARTSTAT=DECLINED) with a comment, to the step-up TAF invitation: meeting_reply, record_reply; "
    "the case id comes from the SUMMARY.")

# knowsley_08 - ordinary: out-of-office
f = "knowsley_08.eml"
add(f, ooo(f, "2034-07-17 08:03:00", "Farid Quayle", "farid.quayle@knowsley.gov.uk", MB(A, "mash_step_up"),
           "[SB-KNO-0431-2PF] Step-up TAF meeting - your attendance",
           T("""
Thank you for your email. I am on annual leave until Monday 24th July with no access to email.
For Family First duty queries please contact FamilyFirst0-18DutyMailbox@knowsley.gov.uk or 0151 496 0400.
Farid Quayle, Family First Case Manager
""")), A, "mash_step_up", "2034-07-17 08:03:00", 1, "ordinary", "auto_reply", False, None, [], [], [], None, None,
    [], None, "ignore",
    "An Outlook out-of-office with Auto-Submitted: auto-replied: auto_reply, never answered (safety rule 2).")


# ============================================================================= RICHMOND & WANDSWORTH
A = "richmond_wandsworth"

# rw_01 - ordinary: step-up from the EH team manager, case summary + rationale
f = "richmond_wandsworth_01.eml"
summ = docx_att("Case summary - Nowak-Pereira.docx", [
    "# Early Help case summary",
    "Child: Zofia Nowak-Pereira, born 08/03/2032. Mosaic ID 2471903.",
    "Household: mum Marta Nowak, partner Luis Pereira, Zofia (2).",
    "Zofia has dropped from the 50th to the 9th centile over six months. The health visitor's feeding plan has "
    "not been followed; four dietitian appointments missed since January; mum cancels home visits.",
])
rat = pdf_att("Rationale for step up - Nowak-Pereira.pdf", "Rationale for step up to Children's Services", [
    "Early Help has worked with the family for 7 months. Despite the feeding plan, Zofia's weight continues to "
    "falter and the family do not engage with health or Early Help. A Child and Family Assessment is needed.",
])
body = T("""
Dear MASH colleagues,

Following our reflective discussion on Monday, I have agreed as Early Help Team Manager that Zofia
Nowak-Pereira (Mosaic ID 2471903) should step up to Children's Services. The latest case summary and the
rationale are attached.

In short: faltering growth (50th to 9th centile), missed dietitian appointments and the family not engaging
with the health visitor or with us. Nothing has happened that needs a same-day response; the HV saw Zofia
yesterday and she was alert and feeding.

Mum knows we are stepping up.

Please send the case discussion invitation to me and to Kwame Asante (Early Help worker).

Regards
Helen Fairbrother
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils
020 7946 0552
""")
top = outlook_top(f, addr("Helen Fairbrother", "helen.fairbrother@richmondandwandsworth.gov.uk"),
                  MB(A, "mash_step_up"), "Step up - Zofia Nowak-Pereira - Mosaic 2471903", "2034-04-19 11:02:00")
add(f, mail(f, top, body, atts=[summ, rat], html_alt=True), A, "mash_step_up", "2034-04-19 11:02:00", 5,
    "ordinary", "step_up", False, None, ["2471903"], [ch("Zofia Nowak-Pereira", "2032-03-08")],
    ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
    "Richmond & Wandsworth step-up from the Early Help team manager with the case summary and rationale attached: "
    "complete, so book the case discussion; 'Mum knows' is not consent; the 'Mosaic ID' label is not part of the id.")

# rw_02 - ordinary: step-down, consent refused
f = "richmond_wandsworth_02.eml"
summ = docx_att("Case summary Cadwallader-Obi.docx", [
    "# Case summary for step down",
    "Rhys Cadwallader-Obi, DOB 17/10/2022, Mosaic 2455018.",
    "CIN since November for dental neglect (9 teeth extracted) and poor diet. Dad has completed the Cook and Eat "
    "course, Rhys's dental treatment is finished and his school reports a full lunchbox every day.",
])
plan = docx_att("Draft EH plan Cadwallader-Obi.docx", [
    "# Draft Early Help plan",
    "1. Dental check-ups every 3 months - dad - ongoing.",
    "2. School to monitor lunchbox and breakfast club attendance - school - weekly.",
    "3. Support with budgeting and Healthy Start - Early Help worker - 8 weeks.",
])
body = T("""
Hello Early Help duty,

I'd like to discuss stepping Rhys Cadwallader-Obi (Mosaic 2455018) down to Early Help after the CIN review on
2 May. Case summary and draft plan attached.

However, I have to flag that dad (Gethin) told me on the phone yesterday that he does not want Early Help
involved - he says he has "done everything" and wants to be left alone. So he does not consent at this point.
I'm going to see him again next week and explain what Early Help offers.

Can we still pencil in the step down discussion with the duty manager?

Many thanks
Olusegun Adebayo
Social Worker, Richmond CIN Team
""")
top = outlook_top(f, addr("Olusegun Adebayo", "olusegun.adebayo@richmondandwandsworth.gov.uk"),
                  MB(A, "early_help_duty"), "Step down - Rhys Cadwallader-Obi", "2034-05-04 15:30:00")
add(f, mail(f, top, body, atts=[summ, plan], html_alt=True), A, "early_help_duty", "2034-05-04 15:30:00", 7,
    "ordinary", "step_down", False, None, ["2455018"], [ch("Rhys Cadwallader-Obi", "2022-10-17")], ["neglect"],
    False, None, ["consent"], None, "request_info",
    "Richmond & Wandsworth step-down needs case summary, draft plan and consent: both documents are attached but "
    "dad 'does not consent at this point', so consent is false and missing.")

# rw_03 - near miss: step-down; the baby's weight loss during mum's relapse is past and restored
f = "richmond_wandsworth_03.eml"
summ = pdf_att("Case summary - Singh-Whitlock.pdf", "Case summary - Amara Singh-Whitlock", [
    "Amara Singh-Whitlock, born 21st March 2025, Mosaic ID 2460077.",
    "History: in February Amara (then 8) lost weight while mum's anorexia relapsed and there was little food in "
    "the house. Mum was admitted to the eating disorder unit; Amara stayed with her aunt. Mum has been home "
    "since April, her weight is restored and she is under the community eating disorder team.",
    "Now: Amara's weight is back on the 50th centile. No current concerns about food at home.",
])
plan = docx_att("Draft plan - Singh-Whitlock.docx", [
    "# Draft Early Help plan",
    "Mum keeps weekly appointments with the community eating disorder team.",
    "Young carers' group for Amara. School nurse check each half-term.",
])
body = T("""
Hi,

Step down request for Amara Singh-Whitlock, Mosaic ID 2460077. Case summary and draft plan attached.

I know the word "anorexia" jumps out - please don't read this as a live worry. In February mum relapsed and Amara
lost weight; that was dealt with under the CIN plan, mum had an admission and is now well, and Amara's weight
has fully recovered (50th centile at the school nurse check on 5 June). There are no current concerns about
food at home. Mum is still under the community eating disorder team, which is why we think Early Help is right.

Mum has consented to the step down and signed the form at the CIN review.

I've agreed Thursday 15th June at 2pm with Priya (duty manager) for the step-down discussion.

Best
Siân Llewellyn
Social Worker | Wandsworth Children in Need Team
Sent from Gmail on behalf of the team account while our Outlook is down
""")
top = plain_top(f, addr("Siân Llewellyn", "sian.llewellyn.rwcin@gmail.example"), MB(A, "early_help_duty"),
                "Step down - Amara Singh-Whitlock - discussion Thurs 15th", "2034-06-13 10:15:00",
                "mail.gmail.com", None)
add(f, gmail_mail(f, top, body, atts=[summ, plan]), A, "early_help_duty", "2034-06-13 10:15:00", 6, "near_miss",
    "step_down", False, None, ["2460077"], [ch("Amara Singh-Whitlock", "2025-03-21")],
    ["parental_mental_health"], True, None, [], None, "book_meeting",
    "Near miss: the child's weight loss during mum's relapse is past and resolved ('no current concerns about food "
    "at home'); a complete Richmond & Wandsworth step-down (case summary, draft plan, consent) with the agreed "
    "discussion time, so book_meeting; current concern only mum's ongoing eating-disorder care.")

# rw_04 - near miss: a food bank's holiday-hunger newsletter, HTML only
f = "richmond_wandsworth_04.eml"
h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td style="background:#2e7d32;color:#fff;padding:12px">
<h1 style="margin:0">Wandle Valley Food Bank &mdash; Summer Newsletter</h1></td></tr>
<tr><td style="padding:12px">
<p>Dear partners,</p>
<p><b>Holiday hunger is coming.</b> Last summer our volunteers met children who told us there had been
&ldquo;no food at home since Friday&rdquo;, and parents who skipped meals so their children could eat.
Every one of those families was referred on at the time.</p>
<p>This summer we are running <b>Lunch Club</b> at St Anne&rsquo;s Hall, Monday to Thursday from 24 July,
with the Holiday Activities and Food programme. Free for children on free school meals.</p>
<p><b>How to refer:</b> use our e-voucher form. We need the family&rsquo;s postcode and the number of
children, nothing more.</p>
<p>Donations most needed: UHT milk, tinned fish, baby formula (first infant milk only, please &mdash; we
never give out follow-on milk) and nappies size 4-6.</p>
<p>Thank you for everything you do,<br>Ruth Adeyinka-Moss, Partnerships Coordinator</p>
<p style="font-size:11px;color:#777">You receive this because your team is a referral partner.
Unsubscribe at wandlevalley.foodbank.example/unsubscribe</p>
</td></tr></table></body></html>
""")
top = plain_top(f, addr("Wandle Valley Food Bank", "news@wandlevalley.foodbank.example"), MB(A, "early_help_duty"),
                "Summer newsletter: Lunch Club, holiday hunger and what we need", "2034-06-29 13:00:00",
                "wandlevalley.foodbank.example", "Mailchimp Mailer - **CID2034**",
                extra=[("List-Unsubscribe", "<https://wandlevalley.foodbank.example/unsubscribe>"),
                       ("Precedence", "bulk")])
add(f, html_only(f, top, h), A, "early_help_duty", "2034-06-29 13:00:00", 9, "near_miss", "other", False, None,
    [], [], [], None, None, [], None, "human_review",
    "Near miss: a food bank's newsletter quoting last summer's children ('no food at home since Friday', already "
    "referred at the time); a bulletin is not a request and describes no current child.")

# rw_05 - URGENT other: 15-year-old at a critical BMI, parents flying abroad with her tonight
f = "richmond_wandsworth_05.eml"
body = T("""
Dictated by Dr Hollis, typed by Bernice (medical secretary). Not checked by the doctor before sending, at her request.

To the MASH team, Richmond and Wandsworth.

Re: Keira Lindqvist, date of birth 02/11/2018, 15 years, of Putney.

Keira has anorexia nervosa and has been seen in the adolescent eating disorder clinic since March. At clinic
today her BMI was 12.9, her heart rate lying down was 38 and she fainted twice in the waiting room. On the
MEED guidance that is a critical result. We arranged a paediatric bed at St George's for admission this
afternoon for supervised refeeding and heart monitoring.

Both parents declined admission. Her father said they are flying to Stockholm tonight at 19:40 from Heathrow to
take her to a private "natural recovery" retreat. I explained to both parents, in plain terms, that without
admission today Keira could die of heart failure, and that a flight in her state is not survivable if she
arrests. They left the clinic at 14:50 with Keira. Her mother's mobile now goes straight to voicemail.

Please act on this this afternoon. I can be reached on my mobile 07700 900158 or through the clinic 020 7946
0874.

Dr Helena Hollis
Consultant Paediatrician, Adolescent Eating Disorder Service
South West London (dictated)
""")
top = outlook_top(f, addr("Hollis Helena (AEDS)", "helena.hollis@nhs.example"), MB(A, "mash_step_up"),
                  "Keira Lindqvist 15y - parents removing her abroad tonight against medical advice",
                  "2034-07-10 15:52:00", mid_domain=OUTLOOK_NHS)
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-07-10 15:52:00", 2, "urgent", "other", True, None,
    [], [ch("Keira Lindqvist", "2018-11-02")], ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1: a 15-year-old at a BMI the clinic calls critical, whose parents refused admission and are "
    "flying her abroad tonight; a dictated paediatric report, not a step-up, alerted at once.")

# rw_06 - URGENT other (out of hours, Friday evening): a food bank volunteer, a 12-year-old asking for food
f = "richmond_wandsworth_06.eml"
body = T("""
Hello,

I am volunteer at the Wandle Valley Food Bank in Tooting, sorry for my English. I find this email on your
website, I hope is the right one.

At 5.30 a girl come in alone, she is 12, her name is Maryam Haddad. She ask food for her and her brother Idris
Haddad, he is 2 years. She say her mum go out on Wednesday and not come back. She is feeding the baby with dry
cereal and water, there is no milk, the electric card is finish so the fridge is off. The baby is alone in the
flat now, she leave him in the cot to come here. She does not want police, she is afraid they take her brother.

We are closing at 7. I am sitting with her now, I give her food and milk but I cannot take her home, I am not
allowed. Please somebody call me, 07700 900923. The flat is in Garratt Lane, she will show.

Lúcia Ferraz
Volunteer, Wandle Valley Food Bank
""")
top = plain_top(f, addr("Lúcia Ferraz", "lucia.ferraz.voluntaria@mail.example"), MB(A, "early_help_duty"),
                "girl 12 at food bank, mum gone since Wednesday, baby alone", "2034-07-14 18:24:00",
                "mail.example", None)
add(f, gmail_mail(f, top, body), A, "early_help_duty", "2034-07-14 18:24:00", 3, "urgent", "other", True, None, [],
    [ch("Maryam Haddad"), ch("Idris Haddad")], ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1, out of hours (Friday 18:24): a 12-year-old alone at a food bank, mother gone since Wednesday, "
    "a 2-year-old alone in a flat with no power or milk; a volunteer's mail to the wrong inbox, alerted at once.")

# rw_07 - ordinary follow-up: dad now consents, signed form attached
f = "richmond_wandsworth_07.eml"
cons = pdf_att("Signed consent - Cadwallader-Obi.pdf", "Consent to Early Help - Richmond and Wandsworth", [
    "Child: Rhys Cadwallader-Obi (17/10/2022)",
    "I agree to my family receiving support from Early Help and to information being shared with them.",
    "Signed: Gethin Cadwallader  Date: 10 May",
])
quoted = ack("SB-RAW-0177-3TN", "richmondandwandsworth.gov.uk", "step-down request",
             ["Child: Rhys Cadwallader-Obi (17 October 2022), Mosaic 2455018",
              "Still needed: the family's consent to the step-down."])
body = T("""
Hi,

Good news - I saw dad on Tuesday and after we went through the plan together he changed his mind. He has now
signed the consent form (attached) and is happy for Early Help to be involved.

Could the duty manager let me know a time for the step-down discussion this week or next?

Thanks
Olusegun
""")
top = outlook_top(f, addr("Olusegun Adebayo", "olusegun.adebayo@richmondandwandsworth.gov.uk"),
                  MB(A, "early_help_duty"), "RE: [SB-RAW-0177-3TN] Step down - Rhys Cadwallader-Obi",
                  "2034-05-11 09:40:00")
add(f, mail(f, top, body + quoted, atts=[cons], html_alt=True), A, "early_help_duty", "2034-05-11 09:40:00", 5,
    "ordinary", "follow_up", False, None, ["2455018"], [ch("Rhys Cadwallader-Obi", "2022-10-17")], [], True, None,
    [], None, "attach_to_request",
    "A reply carrying the [SB-RAW-...] reference with the signed consent form: follow_up, attach_to_request; "
    "consent is now true (latest statement wins).")

# rw_08 - ordinary chaser: no invitation yet for the step-up case discussion
f = "richmond_wandsworth_08.eml"
body = T("""
Hi MASH business support,

Just chasing the invitation for the step-up case discussion for Zofia Nowak-Pereira (Mosaic ID 2471903). I sent
the request last Wednesday and haven't had anything through yet - I thought the invite comes within a working
day? Kwame and I are both free Thursday or Friday morning.

Thanks
Helen Fairbrother
Early Help Team Manager (Wandsworth West)
""")
top = outlook_top(f, addr("Helen Fairbrother", "helen.fairbrother@richmondandwandsworth.gov.uk"),
                  MB(A, "mash_step_up"), "RE: [SB-RAW-0162-9QA] Step up - Zofia Nowak-Pereira - chasing invite",
                  "2034-04-26 16:05:00")
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-04-26 16:05:00", 3, "ordinary", "follow_up", False,
    None, ["2471903"], [ch("Zofia Nowak-Pereira")], [], None, None, [], None, "attach_to_request",
    "A chaser with the [SB-RAW-...] reference asking for the case-discussion invitation: follow_up, "
    "attach_to_request; no DOB given in this mail.")


# ============================================================================= TOWER HAMLETS
A = "tower_hamlets"

# th_01 - URGENT other: child eating from the bins, no food since Friday, mum not answering, sister at home
f = "tower_hamlets_01.eml"
body = T("""
Dear MAST,

I am the School Business Manager at Globe Road Primary. Our cook, Mrs Shirin Akhtar, asked me to write this
straight away because she was the one who found him. Her words:

"At 12.20 I went out to the big bins behind the kitchen and Rayan from Year 3 was inside the food waste bin
eating the leftover rice with his hands. When I asked him he said there is no food at home since Friday,
Mummy is sleeping all the time, and Safa had the last Weetabix yesterday."

Rayan Chowdhury, DOB 08/05/2026, Year 3. He has had school lunch today and is with our learning mentor now.
He says he doesn't want to go home.

His sister Safa Chowdhury is 3 and did not come to nursery today or Friday. Rayan says she is at home with mum.

We have rung mum (Nasima Chowdhury) six times since 12.30 and there is no answer. There is no other
contact on our system. Our DSL is on a course today so I am sending this myself. Please call the office on
020 7946 0419.

Regards
Jahanara Miah
School Business Manager, Globe Road Primary School
""")
top = outlook_top(f, addr("Jahanara Miah", "j.miah@globeroad.sch.example"), MB(A, "mash_step_up"),
                  "Rayan Chowdhury Yr3 - found eating from bins, no food at home since Friday", "2034-06-19 12:48:00",
                  mid_domain="LO2P123MB4410.GBRP123.PROD.OUTLOOK.COM")
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-06-19 12:48:00", 2, "urgent", "other", True,
    None, [], [ch("Rayan Chowdhury", "2026-05-08"), ch("Safa Chowdhury")], ["neglect"], None, None, [], None,
    "alert_duty",
    "Safety rule 1: an 8-year-old found eating from the school's food waste who says there has been no food at "
    "home since Friday, his 3-year-old sister at home, mother not answering six calls; alerted at once.")

# th_02 - URGENT step-up: empty lunchbox, food withheld, belt marks, stepdad collecting at 3.15
f = "tower_hamlets_02.eml"
marf = pdf_att("MARF - Inaya Rahman.pdf", "Multi-Agency Request for Support form", [
    "Child: Inaya Rahman   DOB: 14/09/2025   Mosaic: 3318420",
    "Address: Bow E3. Household: mum Shapla Rahman, stepfather Kamal Hossain, Inaya (8).",
    "Reason for request: Inaya's lunchbox has been empty every day this week. Today she told the lunchtime "
    "supervisor she is not allowed to eat at home if she 'steals' from the kitchen cupboard and that her "
    "stepfather hits her with his belt when she does. The school nurse saw three red linear marks on the back "
    "of her legs at 1pm.",
    "Parent informed of this request: No - not spoken to, because of what Inaya has said.",
    "Manager: Shamima Uddin, Early Help Team Manager, agreed.",
])
body = T("""
Dear MAST,

Step up request for Inaya Rahman (DOB 14/09/2025, Mosaic 3318420), MARF attached. She has been on our Early
Help plan since the spring for attendance and food poverty.

This has changed today. Her Year 4 teacher noticed her lunchbox was empty every day this week and Inaya told the
lunchtime supervisor that she is not allowed to eat at home when she "steals" from the cupboard and that her
stepdad hits her with his belt. The school nurse saw marks on the back of her legs at 1pm. Inaya says her
stepdad is picking her up at 3.15 today and she is scared to go home.

I discussed it with my manager Shamima Uddin at 1.45 and she agrees this goes to MAST now. We have not spoken to
mum because of what Inaya said. School is keeping her in the office until we hear from you.

Farzana Begum
Family Support Practitioner, Early Help (Bow & Mile End)
London Borough of Tower Hamlets | 020 7946 0630
""")
top = outlook_top(f, addr("Farzana Begum", "farzana.begum@towerhamlets.gov.uk"), MB(A, "mash_step_up"),
                  "Step up - Inaya Rahman - MARF attached - pick up 3.15 today", "2034-05-03 14:05:00",
                  cc=addr("Shamima Uddin", "shamima.uddin@towerhamlets.gov.uk"))
add(f, mail(f, top, body, atts=[marf], html_alt=True), A, "mash_step_up", "2034-05-03 14:05:00", 2, "urgent",
    "step_up", True, None, ["3318420"], [ch("Inaya Rahman", "2025-09-14")], ["neglect", "physical_harm"], None, True,
    [], None, "alert_duty",
    "Safety rule 1: an 8-year-old with belt marks, food withheld as punishment, scared to go home with the "
    "stepfather collecting at 3.15 today; the MAST step-up itself is complete (MARF, manager agreed), but urgent "
    "comes first.")

# th_03 - near miss: a DSL's hypothetical question for a policy and training day
f = "tower_hamlets_03.eml"
body = T("""
Hello Early Help Hub,

A quick process question, not about any child. We're rewriting our food and lunchbox policy for the INSET day on
5 May and the staff keep asking the same thing:

If a child told a lunchtime supervisor there had been no food at home since Friday and mum wasn't answering,
would we ring MAST or email you? And if a child is hoarding food in their tray but there are no other worries,
is that an Early Help conversation first?

I've put "phone MAST straight away" for the first and "talk to the DSL, consider Early Help" for the second,
but I'd like to be sure before it goes in the policy.

Many thanks
Tom Okoro-Bailey
Deputy Head & DSL, Stepney Green Primary
""")
top = outlook_top(f, addr("Tom Okoro-Bailey", "t.okoro-bailey@stepneygreen.sch.example"), MB(A, "early_help_duty"),
                  "Policy question - lunchbox / food at home", "2034-04-25 10:30:00",
                  mid_domain="LO2P123MB7735.GBRP123.PROD.OUTLOOK.COM")
add(f, mail(f, top, body, html_alt=True), A, "early_help_duty", "2034-04-25 10:30:00", 8, "near_miss", "other",
    False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss: a hypothetical ('If a child told...') for a school policy, 'not about any child'; safety rule 1 "
    "excludes hypotheticals; a general enquiry goes to human review.")

# th_04 - near miss: a mother worried about a picky eater; the HV says he is growing well
f = "tower_hamlets_04.eml"
body = T("""
Salaam, hello

My name is Hodan Warsame. My son Abdirahman Warsame is 4, he only eat plain pasta, chips and yoghurt, no
meat no vegetable. I am worry he is not healthy. The health visitor weight him last month and she say he is on
his line, he is fine, it is not neglect, many children are like this. The GP say the same.

But I want to help him try new food. Is there cooking class or a group for parents of fussy children? My friend
say the Early Help can tell me.

Thank you
Hodan

Sent from my Galaxy
""")
top = plain_top(f, addr("Hodan Warsame", "hodan.w90@mail.example"), MB(A, "early_help_duty"),
                "fussy eater help", "2034-06-08 19:10:00", "mail.example", None)
add(f, android_mail(f, top, body), A, "early_help_duty", "2034-06-08 19:10:00", 4, "near_miss", "other", False,
    None, [], [ch("Abdirahman Warsame")], [], None, None, [], None, "human_review",
    "Near miss: a picky eater whose growth the health visitor and GP say is normal ('it is not neglect'); a "
    "parent's request for a course is not a step request, so human review; no concern ids.")

# th_05 - near miss: step-down; the tube feeds stopped by dad in February are long resolved
f = "tower_hamlets_05.eml"
cfa = pdf_att("C&F Assessment - Aleyna Demir.pdf", "Child and Family Assessment - Aleyna Demir", [
    "Aleyna Demir, DOB 22/01/2031, Mosaic 3302217. Concluded 6 June.",
    "Aleyna has cerebral palsy and an EHCP. In February her father stopped her nasogastric feeds for two days "
    "believing she should 'learn to eat'. She was admitted, a s47 enquiry was completed and the feeds restarted.",
    "Since then both parents have followed the feeding plan fully. Aleyna has been eating orally since May, the "
    "tube was removed on 20 May and the dietitian reports steady weight gain. No current safeguarding concerns.",
    "Recommendation: step down to a TAF with Early Help.",
])
plan = docx_att("TAF plan - Demir.docx", [
    "# TAF plan - Aleyna Demir",
    "Dietitian reviews monthly; SEN support at nursery per EHCP; parents' carers' assessment; short breaks.",
])
body = T("""
Dear Early Help Hub,

Step down to TAF for Aleyna Demir (Mosaic 3302217), following the C&F Assessment that concluded on 6 June.
Assessment and TAF plan attached.

For context, as you'll see in the assessment: in February dad stopped Aleyna's tube feeds - that was dealt with
under s47 at the time, and since then the parents have followed the feeding plan completely. Aleyna has been
eating by mouth since May and the tube came out on 20 May. Nothing current.

Both parents consent to the step down.

Lead Practitioner: Hannah Kowalczyk, SEN Family Support Worker, Bow Children's Centre - she has agreed.

I've booked the TAF meeting for Thursday 22 June at 10am at Bow Children's Centre and will chair.

Thanks
Dilnaz Karimova
Social Worker, Children's Social Care (Disabled Children's Team)
""")
top = outlook_top(f, addr("Dilnaz Karimova", "dilnaz.karimova@towerhamlets.gov.uk"), MB(A, "early_help_duty"),
                  "Step down - Aleyna Demir - Mosaic 3302217", "2034-06-12 11:20:00")
add(f, mail(f, top, body, atts=[cfa, plan], html_alt=True), A, "early_help_duty", "2034-06-12 11:20:00", 6,
    "near_miss", "step_down", False, None, ["3302217"], [ch("Aleyna Demir", "2031-01-22")], ["disability_send"],
    True, None, [], None, "book_meeting",
    "Near miss: the stopped tube feeds are February's, resolved under s47, tube now removed; the Tower Hamlets "
    "step-down is complete (assessment, TAF plan, consent, lead practitioner with agency), so book_meeting.")

# th_06 - ordinary: step-down, complete, two children
f = "tower_hamlets_06.eml"
cfa = pdf_att("CFA Wisniewski children.pdf", "Child and Family Assessment - Wisniewski children", [
    "Kacper Wisniewski (30/06/2024) and Zuzanna Wisniewska (11/02/2027). Mosaic 3290114 and 3290115.",
    "Concluded 12 April. Food poverty after dad's job loss; children often hungry at school; attendance 84%.",
    "Family now receiving Healthy Start and free school meals; dad in work from May.",
])
plan = docx_att("TAF plan Wisniewski.docx", ["# TAF plan", "Breakfast club, HAF places, attendance support."])
body = T("""
Hello,

Step down for Kacper Wiśniewski (30/06/2024, Mosaic 3290114) and Zuzanna Wiśniewska (11/02/2027,
Mosaic 3290115). C&F assessment (concluded 12/04) and TAF plan attached.

Worries were food poverty and attendance (84%). Mum and dad both consent to Early Help.

LP: Agnieszka Sobczak, Family Liaison Officer, Marner Primary School.

TAF meeting: Monday 24 April, 2pm at Marner Primary.

Thanks,
Callum Fraser-Mensah
Social Worker, Assessment & Intervention Team 3
""")
top = outlook_top(f, addr("Callum Fraser-Mensah", "callum.fraser-mensah@towerhamlets.gov.uk"),
                  MB(A, "early_help_duty"), "Step down x2 - Wiśniewski", "2034-04-18 15:00:00")
add(f, mail(f, top, body, atts=[cfa, plan], html_alt=True), A, "early_help_duty", "2034-04-18 15:00:00", 7,
    "ordinary", "step_down", False, None, ["3290114", "3290115"],
    [ch("Kacper Wiśniewski", "2024-06-30"), ch("Zuzanna Wiśniewska", "2027-02-11")],
    ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
    "Complete Tower Hamlets step-down (assessment, TAF plan, consent, lead practitioner and agency) for two "
    "siblings, so book_meeting; accented surnames kept as written.")

# th_07 - ordinary: MAST step-up, MARF attached, manager agreement pending
f = "tower_hamlets_07.eml"
marf = pdf_att("MARF Leo Martins-Hughes.pdf", "Multi-Agency Request for Support form", [
    "Child: Leo Martins-Hughes  DOB 04/04/2029  Mosaic 3325561",
    "Concerns: no food in the house on four of six visits; Leo's weight has fallen from the 25th to the 2nd "
    "centile; 7 decayed teeth; mum's depression has worsened and she has stopped her medication.",
    "Manager sign-off: pending (TM on leave).",
])
body = T("""
Hi MAST

Please see attached MARF for Leo Martins-Hughes (Mosaic 3325561). We have been working with mum for 5 months
and Leo's weight keeps dropping despite food parcels and HV input, mum's mental health is worse.

My team manager is on leave until Thursday so I haven't got her sign off yet, I will get it then and forward
it on. Sending now so it's in the system.

Leo saw the HV on Friday, no acute worries, he was eating at nursery.

Cheers
Ricardo Alves
Early Help Practitioner, Poplar
""")
top = outlook_top(f, addr("Ricardo Alves", "ricardo.alves@towerhamlets.gov.uk"), MB(A, "mash_step_up"),
                  "step up Leo Martins-Hughes", "2034-06-20 09:55:00")
add(f, mail(f, top, body, atts=[marf]), A, "mash_step_up", "2034-06-20 09:55:00", 5, "ordinary", "step_up", False,
    None, ["3325561"], [ch("Leo Martins-Hughes", "2029-04-04")], ["neglect", "parental_mental_health"], None, None,
    ["manager_agreed"], None, "request_info",
    "Tower Hamlets step-up with the MARF but the manager's sign-off is still pending ('will get it then'), so "
    "manager_agreed is null and missing: request_info.")

# th_08 - ordinary: iTIP REPLY ACCEPTED with a COMMENT for th_05's TAF meeting
f = "tower_hamlets_08.eml"
add(f, itip_reply(f, "2034-06-13 10:05:00", "Hannah Kowalczyk", "hannah.kowalczyk@towerhamlets.gov.uk",
                  ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"), "ACCEPTED",
                  "TAF meeting - Demir - Mosaic 3302217", "20340622T100000", "20340622T113000",
                  "Bow Children's Centre",
                  comment="Happy to take the LP role. I'll bring the dietitian's latest letter."),
    A, "early_help_duty", "2034-06-13 10:05:00", 3, "ordinary", "meeting_reply", False, None, ["3302217"], [], [],
    None, None, [], None, "record_reply",
    "An iTIP REPLY (ACCEPTED) with a comment for the TAF meeting: meeting_reply, record_reply; case id from the "
    "SUMMARY, which names the family by surname only.")


# ============================================================================= TORBAY
A = "torbay"

# torbay_01 - URGENT other: a toddler's gastrostomy feeds stopped by mum on a healer's advice
f = "torbay_01.eml"
body = T("""
MASH team

Im the community paediatric dietitian. Home visit today to Freya Tregaskis DOB 14/06/2032, 22 months, has
cerebral palsy and is fed by gastrostomy, all nutrition thru the tube.

Mum (Kerenza) stopped the feeds on Sunday. A "healer" at her new church told her Freya's body needs to reset on
water and prayer. Freya has had only water thru the tube since Sunday.

She has lost 900g since my last visit 2 wks ago. Very sleepy, floppy, cold hands and feet, dry nappy since last
night, lips cracked. Mum would not let me ring for an ambulance and asked me to leave. Ive left the house but
Im sat in the car outside in Foxhole Road, Paignton.

Please ring me 07700 900516. Ive told my manager too.

Megan Pascoe
Paediatric Dietitian, Torbay and South Devon

Sent from my Android phone
""")
top = plain_top(f, addr("Megan Pascoe", "megan.pascoe@nhs.example"), MB(A, "mash_step_up"),
                "Freya Tregaskis - tube feeds stopped by mum since Sunday", "2034-04-26 13:10:00", "nhs.example",
                None)
add(f, android_mail(f, top, body), A, "mash_step_up", "2034-04-26 13:10:00", 2, "urgent", "other", True, None, [],
    [ch("Freya Tregaskis", "2032-06-14")], ["disability_send", "neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1: a 22-month-old tube-fed child whose feeds mum has stopped since Sunday on a healer's word, now "
    "floppy and dry, with mum refusing an ambulance; a dietitian's report, alerted at once.")

# torbay_02 - URGENT other (iPhone): a 7-year-old taking food for the baby, fridge padlocked, asks to stay at school
f = "torbay_02.eml"
body = T("""
Hi sorry not sure if this is right email, the office gave it me.

Im lunchtime supervisor at Barton Hill Academy. All week Lacey-Rose Penhaligon (yr 2) has been taking
sandwiches out of other kids lunchboxes and hiding them in her book bag. Today I asked her why and she said
there for Bobby her baby brother because mummys boyfriend Dean puts a padlock on the fridge and Bobby cries all
night for his milk.

She has a red mark on her cheek, she said Dean did it with a spoon for eating the cheese.

She just asked me if she can sleep at school tonight cos Dean said if she tells anyone he will chuck her out.
Mrs Yeo (DSL) is off today. Lacey-Rose goes home at 3.15 with Dean.

Tracey Luscombe
Lunchtime supervisor
01803 960 412 (school office)

Sent from my iPhone
""")
top = plain_top(f, addr("Tracey Luscombe", "tluscombe78@icloud.example"), MB(A, "early_help_duty"),
                "Girl in yr2 taking food for baby brother", "2034-05-16 13:35:00", "icloud.example",
                "iPhone Mail (21F90)")
add(f, iphone_mail(f, top, body), A, "early_help_duty", "2034-05-16 13:35:00", 3, "urgent", "other", True, None, [],
    [ch("Lacey-Rose Penhaligon")], ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1: a 7-year-old hoarding food for a baby who 'cries all night for his milk', a padlocked fridge, "
    "a mark from the mother's boyfriend, and a plea to stay at school tonight before he collects at 3.15; "
    "the brother is named by first name only, so not labelled.")

# torbay_03 - URGENT other: a teacher; mum with anorexia collapsed this morning, baby at home, no collection
f = "torbay_03.eml"
body = T("""
Dear MASH,

I'm Mia Trelawny's class teacher and the lead professional on her Early Help plan (EHM-771204). Mia (DOB
03/03/2026, Year 3) told me this afternoon that Mummy "fell over in the kitchen this morning and didn't wake up
for a long time" and then "got up and went back to bed". Mia got herself to school without breakfast.

Mum, Jade Trelawny, has anorexia; she is very thin now and Mia says she "only drinks black coffee". Mia's baby
brother Alfie Trelawny (11 months) is at home with mum - nobody else lives there.

It's 15.45, mum hasn't come to collect and hasn't answered three calls. Mia is in the office with me. The
family's EH worker, Sam Widdicombe, is on leave and I can't reach her.

Please could someone call me on 01803 960 288.

Thank you,
Rachel Coombes
Class Teacher, Westlands Primary, Torquay
""")
top = outlook_top(f, addr("Rachel Coombes", "r.coombes@westlands.sch.example"), MB(A, "mash_step_up"),
                  "Mia Trelawny - mum collapsed this morning, baby at home, not collected",
                  "2034-07-06 15:48:00", mid_domain="CWXP123MB5521.GBRP123.PROD.OUTLOOK.COM")
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-07-06 15:48:00", 2, "urgent", "other", True,
    None, ["EHM-771204"], [ch("Mia Trelawny", "2026-03-03"), ch("Alfie Trelawny")],
    ["neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
    "Safety rule 1: a mother with anorexia who collapsed this morning, alone with an 11-month-old, not answering "
    "and not collecting her 8-year-old; reported by the lead professional but asking for no step, so other.")

# torbay_04 - near miss follow-up: the dietitian's discharge letter, weight recovered
f = "torbay_04.eml"
dis = pdf_att("Dietetic discharge letter - Poppy Hext.pdf", "Paediatric Dietetics - discharge", [
    "Poppy Hext, DOB 09/10/2031, LCS-3340918.",
    "Referred in December with faltering growth (0.4th centile). Weight now 25th centile, height 50th.",
    "Eating a full family diet. Discharged from the faltering growth clinic. No concerns about feeding.",
])
quoted = ack("SB-TOR-0588-4KJ", "torbay.gov.uk", "step-down request",
             ["Child: Poppy Hext (9 October 2031), LCS-3340918", "Triage: Tuesday 4 July (under-5s triage)."])
body = T("""
Morning,

For the triage tomorrow - here's the dietitian's discharge letter for Poppy. Her weight has recovered (0.4th to
25th centile) and they have discharged her, no feeding concerns now. That was the last piece from health.

Kind regards
Lowenna Rowe
Social Worker, Torbay Children's Services
""")
top = outlook_top(f, addr("Lowenna Rowe", "lowenna.rowe@torbay.gov.uk"), MB(A, "early_help_duty"),
                  "RE: [SB-TOR-0588-4KJ] Step down - Poppy Hext", "2034-07-03 11:25:00")
add(f, mail(f, top, body + quoted, atts=[dis], html_alt=True), A, "early_help_duty", "2034-07-03 11:25:00", 4,
    "near_miss", "follow_up", False, None, ["LCS-3340918"], [ch("Poppy Hext", "2031-10-09")], [], None, None, [], None,
    "attach_to_request",
    "Near miss: faltering growth now recovered and discharged; a reply with the [SB-TOR-...] reference adding a "
    "document: follow_up, attach_to_request.")

# torbay_05 - near miss: police update, bins report checked and found to be a dare
f = "torbay_05.eml"
log = txt_att("Incident log 0710-0193.txt", T("""
Incident 0710-0193  Reported 10/07 17:42
Caller (member of public) saw two boys aged about 11-12 taking food out of the bins behind Co-op, Paignton.
Attended 18:05 PC 4471 Stevens. Boys located at the skate park. Both said it was a TikTok "bin dive challenge";
the sandwiches were sealed and in date. Taken home: both homes visited, parents present, fridges and cupboards
full, boys well presented. Words of advice given. No welfare concerns. NFA.
"""))
body = T("""
Good morning MASH,

For information only, following the call you may have seen overnight about two boys eating from bins behind
the Co-op in Paignton yesterday. Officers attended, it was a social media "challenge" - both homes checked,
parents there, plenty of food, no welfare concerns. NFA from us; log attached. No action needed from you.

Regards
PS 2290 Kate Hamlyn
Neighbourhood Policing Team, Paignton
Devon & Cornwall Police
""")
top = outlook_top(f, addr("Kate Hamlyn", "kate.hamlyn@police.example"), MB(A, "mash_step_up"),
                  "FYI - bins report Paignton 10/07 - NFA", "2034-07-11 09:20:00",
                  mid_domain="police.example")
add(f, mail(f, top, body, atts=[log]), A, "mash_step_up", "2034-07-11 09:20:00", 6, "near_miss", "other", False,
    None, [], [], [], None, None, [], None, "human_review",
    "Near miss: a child-eating-from-bins report checked by police and found to be a dare, homes with food, NFA; "
    "an information-only update, so other / human_review; the police incident number is not a case id.")

# torbay_06 - ordinary: level 3 step-down to triage, complete, under-5
f = "torbay_06.eml"
sa = pdf_att("Single Assessment - Harley Brimicombe.pdf", "Single Assessment - Harley Brimicombe", [
    "Harley Brimicombe, DOB 25.08.2030, LCS-3329115.",
    "Assessment concluded 11 April. Harley's weight has improved from the 2nd to the 9th centile with HV support.",
    "Recommendation: step down to Early Help level 3.",
    "ATM analysis: I agree with the recommendation to step down. Signed Debbie Northcott, ATM.",
])
body = T("""
Hi Early Help,

Please can Harley Brimicombe (25.08.2030), LCS-3329115, have a triage slot for step down to Level 3 Early Help.
Single Assessment attached. Harley is 3 so I think he goes to the under-5s triage.

Worries: faltering growth (improving), mum's budgeting, a lot of takeaway and little fruit/veg.
My ATM Debbie Northcott has agreed the step down (her analysis is in the SA).
Mum (Stacey) consented to Early Help at the visit on 13 April.

Thanks
Jordan Tapp
Social Worker, Torbay Safeguarding Team 2
""")
top = outlook_top(f, addr("Jordan Tapp", "jordan.tapp@torbay.gov.uk"), MB(A, "early_help_duty"),
                  "Triage slot please - step down L3 - Harley Brimicombe", "2034-04-18 11:40:00")
add(f, mail(f, top, body, atts=[sa], html_alt=True), A, "early_help_duty", "2034-04-18 11:40:00", 5, "ordinary",
    "step_down", False, 3, ["LCS-3329115"], [ch("Harley Brimicombe", "2030-08-25")], ["neglect"], True, True, [],
    None, "book_meeting",
    "Complete Torbay level 3 step-down (assessment, ATM agreed, consent): book a triage slot; Harley is 3, so the "
    "fortnightly under-5s triage.")

# torbay_07 - ordinary: step-up to MASH, consent given, ATM disagrees
f = "torbay_07.eml"
body = T("""
Hello MASH,

I'd like to make a contact to MASH as lead professional for Ocean Sweeney-Carr (DOB 30/05/2031), EHM-770356.

Ocean's weight has dropped across two centiles since January. Dad has missed three dietitian appointments and
two HV weigh-ins, and cancels TAF meetings. Mum works nights. There is often no food in the house when I visit.

Mum has given consent for the contact to MASH - she agrees she needs more help.

To be transparent: my ATM, Gary Langdon, does not agree that it meets threshold yet and wants another TAF first.
I'm sending it as I'm worried about the pattern and would like a threshold discussion.

Ocean was seen by the HV on Monday, alert, feeding, nothing acute.

Best wishes
Nadia Costa
Early Help Family Worker, Torbay Early Help
""")
top = outlook_top(f, addr("Nadia Costa", "nadia.costa@torbay.gov.uk"), MB(A, "mash_step_up"),
                  "Contact to MASH - Ocean Sweeney-Carr EHM-770356", "2034-06-07 14:40:00")
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-06-07 14:40:00", 6, "ordinary", "step_up", False,
    None, ["EHM-770356"], [ch("Ocean Sweeney-Carr", "2031-05-30")], ["neglect", "non_engagement"], True, False,
    ["manager_agreed"], None, "request_info",
    "Torbay step-up needs consent and manager agreement: mum consents, but the ATM 'does not agree', so "
    "manager_agreed is false and missing: request_info.")

# torbay_08 - ordinary: out-of-office from a dietitian
f = "torbay_08.eml"
add(f, ooo(f, "2034-07-21 12:02:00", "Megan Pascoe", "megan.pascoe@nhs.example", MB(A, "early_help_duty"),
           "[SB-TOR-0588-4KJ] Warm handover - Poppy Hext",
           T("""
I'm away from the office until Monday 31 July. For dietetic queries please contact the department on
01803 960 100. Megan Pascoe, Paediatric Dietitian
""")), A, "early_help_duty", "2034-07-21 12:02:00", 1, "ordinary", "auto_reply", False, None, [], [], [], None, None,
    [], None, "ignore",
    "Out-of-office with Auto-Submitted: auto_reply, ignore (safety rule 2).")


# ============================================================================= HEREFORDSHIRE
A = "herefordshire"

# hf_01 - URGENT other: malnourished 3-year-old on a belief diet removed from the ward mid-refeeding
f = "herefordshire_01.eml"
body = T("""
MASH Herefordshire,

I'm the paediatric registrar on call at Hereford County Hospital.

Elowen Marchbank-Reyes, DOB 19/01/2031 (3 years), was admitted yesterday weighing 9.1kg (well below the 0.4th
centile) with severe malnutrition and signs of rickets. The family follow a raw fruit and juice diet for
religious reasons; she has had no milk, grain or protein for over a year.

We started refeeding this morning under close blood monitoring. At 13:40 her father, Joel Marchbank, took her
off the ward against medical advice, disconnected her drip and said "we won't be back, her body will heal
itself". Stopping refeeding now can cause heart and breathing problems within hours; her phosphate was already
low this morning.

They live on a smallholding near Kington (address on our system, no landline). Father's mobile 07700 900741 is
switched off. Mother was not on the ward.

Please call the ward on 01432 960 551, ask for me.

Dr Oluwaseun Adesina
ST5 Paediatrics, Hereford County Hospital
""")
top = outlook_top(f, addr("Adesina Oluwaseun (Paediatrics)", "oluwaseun.adesina@nhs.example"),
                  MB(A, "mash_step_up"), "3yo taken off ward mid-refeeding by father - Elowen Marchbank-Reyes",
                  "2034-05-30 14:22:00", mid_domain=OUTLOOK_NHS)
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-05-30 14:22:00", 2, "urgent", "other", True, None,
    [], [ch("Elowen Marchbank-Reyes", "2031-01-19")], ["neglect"], None, None, [], None, "alert_duty",
    "Safety rule 1: a severely malnourished 3-year-old on a belief-imposed diet taken off the ward mid-refeeding "
    "by her father 40 minutes ago; alerted at once (the first working day after the Spring Bank Holiday).")

# hf_02 - URGENT follow-up (iPhone): at the consent visit, toddler alone, watered milk, mum back drunk
f = "herefordshire_02.eml"
quoted = ack("SB-HER-0219-6DX", "herefordshire.gov.uk", "step-down request",
             ["Children: Kaya Price (4 June 2029), Mosaic 731806; Reggie Price (2 December 2032), Mosaic 731807",
              "Still needed: the signed consent form."])
body = T("""
Hi - please stop the step down for Kaya and Reggie Price, and I need a manager to ring me.

Went for the consent signing at 10. Door open, Reggie (18 months) on his own in his cot, soaked, bottle in
there that's mostly water with a bit of milk in. Much thinner than in April. Kaya is at school. Nobody in the
house for about 40 mins - I waited. Mum came back at 10.50 smelling of drink with a bag of vodka and no food.
She wants me gone.

I'm still in the house with Reggie and I'm not leaving him with her like this. Mobile 07700 900385.

Chloe Vaughan
Social Worker, Herefordshire Children's Services

Sent from my iPhone
""")
top = plain_top(f, addr("Chloe Vaughan", "chloe.vaughan@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                "Re: [SB-HER-0219-6DX] step down - Kaya & Reggie Price", "2034-06-08 11:05:00",
                "herefordshire.gov.uk", "iPhone Mail (21F90)")
add(f, iphone_mail(f, top, body + quoted), A, "early_help_duty", "2034-06-08 11:05:00", 2, "urgent", "follow_up",
    True, None, ["731806", "731807"], [ch("Kaya Price", "2029-06-04"), ch("Reggie Price", "2032-12-02")],
    ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
    "Safety rule 1: an 18-month-old left alone with watered milk, thinner, mother back drunk, social worker still "
    "in the house; a reply on an existing step-down (follow_up), alerted at once.")

# hf_03 - near miss: a school nursing team forwards a nutrition leaflet
f = "herefordshire_03.eml"
leaf = pdf_att("Food at home - leaflet for schools.pdf", "Food at home: a leaflet for school staff", [
    "Healthy Start vouchers: families on certain benefits with a child under 4 can get milk, fruit and vitamins.",
    "Free school meals: check eligibility every September; universal infant free school meals in Reception-Y2.",
    "Signs a child may not be getting enough food: hoarding or taking food, eating from bins, tiredness, "
    "weight loss on the school nurse's checks, an empty lunchbox.",
    "What to do: talk to your DSL. If a child says there is no food at home now, phone MASH the same day.",
])
body = T("""
Hi both,

Our school nursing team has produced the attached leaflet for school staff (Healthy Start, free school meals
and signs a child may not be getting enough food). Could you let me know whether it should go through the Early
Help co-ordinators or MASH before we send it to schools? It's general guidance only, not about any family.

Thanks,
Bryony Pritchard
School Nursing Team Lead, Herefordshire 0-19 Service
""")
top = outlook_top(f, addr("Bryony Pritchard", "bryony.pritchard@nhs.example"), MB(A, "early_help_duty"),
                  "Food at home leaflet - which team should approve?", "2034-04-17 10:20:00",
                  cc=MB(A, "mash_step_up"), mid_domain=OUTLOOK_NHS)
add(f, mail(f, top, body, atts=[leaf], html_alt=True), A, "early_help_duty", "2034-04-17 10:20:00", 8, "near_miss",
    "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss: a nutrition leaflet listing signs of hunger ('eating from bins') as general guidance, 'not about "
    "any family'; an enquiry, human review.")

# hf_04 - near miss: step-down; mum's bulimia in remission, no concerns about food now
f = "herefordshire_04.eml"
cons = pdf_att("Consent form Whitcombe signed.pdf", "Early Help consent form", [
    "Children: Jacob Whitcombe (02/12/2021), Isla Whitcombe (15/07/2026)",
    "I consent to an Early Help Assessment and to information being shared. Signed: Laura Whitcombe, 16 June.",
])
plan = docx_att("EHA step-down plan Whitcombe.docx", [
    "# Early Help Assessment step-down plan",
    "Key person: Kerry Bevan, Family Support Worker, Leominster Family Hub.",
    "What needs to happen: young carers' support for Jacob (Isla is autistic); short breaks application; "
    "SENCo meeting each term.",
])
body = T("""
Good morning,

Step down at level 3 for Jacob and Isla Whitcombe (Mosaic 733412 / 733413), discussed with Sophie at
Tuesday's drop-in. Signed consent form and the step-down plan attached. Key person: Kerry Bevan, Family Support
Worker, Leominster Family Hub.

The assessment records that mum had bulimia and, two years ago, school raised the children's lunchboxes. Mum
has been in remission since then, the lunchbox concern was closed, and there are no concerns about food at home
now. The reason for Early Help is Jacob's caring for Isla, who is autistic.

Kind regards
Marcus Oyelaran
Social Worker, Herefordshire Children's Services
""")
top = outlook_top(f, addr("Marcus Oyelaran", "marcus.oyelaran@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                  "Step down L3 - Whitcombe siblings", "2034-06-21 09:48:00")
add(f, mail(f, top, body, atts=[cons, plan], html_alt=True), A, "early_help_duty", "2034-06-21 09:48:00", 5,
    "near_miss", "step_down", False, 3, ["733412", "733413"],
    [ch("Jacob Whitcombe", "2021-12-02"), ch("Isla Whitcombe", "2026-07-15")], ["disability_send", "young_carer"],
    True, None, [], None, "book_meeting",
    "Near miss: mum's eating disorder and the lunchbox concern are historic and closed; the Herefordshire "
    "step-down is complete (signed consent form, plan, key person with agency).")

# hf_05 - ordinary: step-down sibling group complete
f = "herefordshire_05.eml"
cons = pdf_att("Signed consent - Okafor-Lloyd.pdf", "Consent to Early Help", [
    "Children: Destiny Okafor-Lloyd (2025-09-09) and Kairo Okafor-Lloyd (2028-04-27).",
    "Signed by Ngozi Okafor, mother, 27 April.",
])
plan = docx_att("Step-down plan Okafor-Lloyd.docx", [
    "# EHA step-down plan",
    "Dental: both children registered with a dentist; Kairo's treatment plan to complete by July.",
    "Diet: Cook and Eat course for mum; school lunches instead of packed lunch.",
    "Lead: Nia Pugh-Jones, Health Visitor, Wye Valley NHS Trust.",
])
body = T("""
Hello Early Help Co-ordinators,

Please find attached the step-down plan (level 3) and the signed consent form for Destiny and Kairo
Okafor-Lloyd, Mosaic 729950 and 729951 - one request for the sibling group. The assessment decision was made
on 24 April.

Main worries were dental decay (Kairo had 5 extractions) and a diet of mostly sugary snacks; mum has engaged
well.

Lead: Nia Pugh-Jones, Health Visitor, Wye Valley NHS Trust - agreed with mum.

Thanks
Gwen Bufton
Social Worker, Hereford City Team
""")
top = outlook_top(f, addr("Gwen Bufton", "gwen.bufton@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                  "Step down - Okafor-Lloyd siblings - Mosaic 729950/729951", "2034-05-02 15:15:00")
add(f, mail(f, top, body, atts=[cons, plan], html_alt=True), A, "early_help_duty", "2034-05-02 15:15:00", 6,
    "ordinary", "step_down", False, 3, ["729950", "729951"],
    [ch("Destiny Okafor-Lloyd", "2025-09-09"), ch("Kairo Okafor-Lloyd", "2028-04-27")], ["neglect"], True, None, [],
    None, "book_meeting",
    "Complete Herefordshire level 3 step-down for a sibling group (signed consent form, plan, lead practitioner "
    "with agency): book_meeting.")

# hf_06 - ordinary: step-down, verbal consent only, no key person yet
f = "herefordshire_06.eml"
plan = docx_att("EHA step down plan - Bethan Prosser.docx", [
    "# EHA step-down plan",
    "Bethan Prosser, born 03/09/2032, Mosaic 734590.",
    "HV weighing fortnightly; dad to attend the feeding group; mum's GP review for postnatal depression.",
])
body = T("""
Hi,

Step down plan attached for Bethan Prosser (Mosaic 734590). Worries were Bethan's slow weight gain (now
improving with the HV) and mum's low mood.

Mum agreed to the step down on the phone yesterday; I'll get the consent form signed when I visit next
Wednesday. I haven't identified a key person yet - I need to speak to the children's centre first.

Thanks
Priya Raghunathan
Social Worker, Leominster Team
""")
top = outlook_top(f, addr("Priya Raghunathan", "priya.raghunathan@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                  "Step down plan - Bethan Prosser", "2034-05-25 12:30:00")
add(f, mail(f, top, body, atts=[plan]), A, "early_help_duty", "2034-05-25 12:30:00", 4, "ordinary", "step_down",
    False, None, ["734590"], [ch("Bethan Prosser", "2032-09-03")], ["neglect", "parental_mental_health"], True, None,
    ["consent_form", "lead_practitioner"], None, "request_info",
    "Herefordshire needs the written consent form and a key person: mum's consent is verbal only (consent true, "
    "consent_form missing) and no lead practitioner is identified yet: request_info.")

# hf_07 - ordinary follow-up: the signed form and the key person
f = "herefordshire_07.eml"
cons = pdf_att("Consent form - Prosser - signed.pdf", "Early Help consent form", [
    "Child: Bethan Prosser (03/09/2032). Signed by Ffion Prosser (mother), 31 May.",
])
body = T("""
Hi,

Following up my step down for Bethan Prosser (Mosaic 734590): signed consent form attached, and the key person
is Dewi Hughes, Family Worker, Leominster Children's Centre - he has agreed.

Thanks
Priya
""")
top = outlook_top(f, addr("Priya Raghunathan", "priya.raghunathan@herefordshire.gov.uk"), MB(A, "early_help_duty"),
                  "RE: [SB-HER-0244-1MZ] Step down plan - Bethan Prosser", "2034-06-06 10:12:00")
add(f, mail(f, top, body, atts=[cons], html_alt=True), A, "early_help_duty", "2034-06-06 10:12:00", 3, "ordinary",
    "follow_up", False, None, ["734590"], [ch("Bethan Prosser", "2032-09-03")], [], True, None, [], None,
    "attach_to_request",
    "A reply with the [SB-HER-...] reference bringing the signed consent form and the key person: follow_up, "
    "attach_to_request.")

# hf_08 - ordinary: a step-up to MASH, which the Herefordshire protocol does not define
f = "herefordshire_08.eml"
body = T("""
Dear MASH,

Step up request - Ruby Gwillim (DOB 21-05-2027), Mosaic ID 735120.

Ruby has been on an Early Help plan since February for food poverty. She comes to school hungry most days and
her packed lunch is often empty; dad lost his job at Easter. Despite food bank vouchers and the HAF offer things
have not improved and the Early Help worker feels a social care assessment is needed. Nothing has happened
today that needs a same-day response.

Dad (Owain) consents to this referral. Our Early Help manager, Kath Preece, has agreed the step up.

Regards
Sarah Jenkins-Mahmood
DSL, Bromyard Primary School
""")
top = outlook_top(f, addr("Sarah Jenkins-Mahmood", "s.jenkins-mahmood@bromyard.sch.example"), MB(A, "mash_step_up"),
                  "Step up request - Ruby Gwillim", "2034-07-12 14:00:00",
                  mid_domain="AM9PR05MB8812.eurprd05.prod.outlook.com")
add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2034-07-12 14:00:00", 5, "ordinary", "step_up", False,
    None, ["735120"], [ch("Ruby Gwillim", "2027-05-21")], ["neglect"], True, True, [], None, "human_review",
    "The Herefordshire seed defines no step-up, so a step-up there goes to human review with missing [] "
    "(REQUIREMENTS.md); consent and manager agreement are stated as given.")


# ============================================================================= self-checks
WINDOW = (date(2034, 4, 17), date(2034, 7, 21))
BANK_HOLIDAYS_2034 = [date(2034, 1, 2), date(2034, 4, 7), date(2034, 4, 10), date(2034, 5, 1), date(2034, 5, 29),
                      date(2034, 8, 28), date(2034, 12, 25), date(2034, 12, 26)]   # weekday bank holidays (1 Jan is a Sunday)
BANNED = [r"urgent", r"immediate", r"emergency", r"\bat risk\b", r"risk of harm", r"danger", r"\basap\b"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ALLOWED_MISSING = {
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2",
                              "engaging_families", "exploitation_assessment", "children"},
    ("knowsley", "step_down", 2): {"meeting_details", "worries_strengths_next", "lead_practitioner", "children"},
    ("knowsley", "step_down", 3): {"meeting_details", "worries_strengths_next", "consent", "children"},
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
    ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"},
}
# weekday names written next to dates in the mail text, checked against the 2034 calendar
STATED_DAYS = [("knowsley_01.eml", date(2034, 5, 2), "Tuesday"), ("knowsley_02.eml", date(2034, 5, 24), "Wednesday"),
               ("knowsley_03.eml", date(2034, 5, 31), "Wednesday"), ("richmond_wandsworth_03.eml", date(2034, 6, 15), "Thursday"),
               ("tower_hamlets_05.eml", date(2034, 6, 22), "Thursday"), ("tower_hamlets_06.eml", date(2034, 4, 24), "Monday"),
               ("torbay_04.eml", date(2034, 7, 4), "Tuesday"), ("knowsley_08.eml", date(2034, 7, 24), "Monday"),
               ("torbay_08.eml", date(2034, 7, 31), "Monday"), ("tower_hamlets_03.eml", date(2034, 5, 5), "Friday")]

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2034:
            n += 1
    return n

def expected_action(L):
    e = L["expect"]
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (L["authority"] == "herefordshire" and k == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errs = []
    def err(s):
        errs.append(s)
    try:
        import holidays
        pk = sorted(d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2034]) if d.weekday() < 5)
        if pk != sorted(BANK_HOLIDAYS_2034):
            err("bank holidays differ from the holidays package: %s" % pk)
        hol_note = "bank holidays agree with the holidays package"
    except ImportError:
        hol_note = "holidays package not importable here; built-in 2034 list used (Easter 7/10 April, 1 May, 29 May)"
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("window ends are not Monday / Friday")
    for d in (date(2034, 5, 1), date(2034, 5, 29)):
        if not (WINDOW[0] <= d <= WINDOW[1]) or d.weekday() != 0:
            err("bank holiday %s not a Monday in the window" % d)
    for d in (date(2034, 4, 17), date(2034, 7, 21)):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            err("window not BST at %s" % d)
    for fn, d, name in STATED_DAYS:
        if d.strftime("%A") != name:
            err("%s: %s is not a %s" % (fn, d, name))
    if len(FILES) != 40 or len(LABELS) != 40:
        err("expected 40 files, got %d" % len(FILES))
    per = {}
    for L in LABELS:
        per[L["authority"]] = per.get(L["authority"], 0) + 1
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if per.get(a) != 8:
            err("%s has %s mails" % (a, per.get(a)))
        for i in range(1, 9):
            if "%s_%02d.eml" % (a, i) not in FILES:
                err("missing file %s_%02d" % (a, i))
    cats = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        err("category counts %s" % cats)
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    for L in LABELS:
        fn, e, a = L["file"], L["expect"], L["authority"]
        if list(e.keys()) != keys:
            err("%s: label keys" % fn)
        if e["urgent"] != (CATS[fn] == "urgent"):
            err("%s: urgent flag disagrees with category" % fn)
        if expected_action(L) != e["next_action"]:
            err("%s: next_action %s, rules give %s" % (fn, e["next_action"], expected_action(L)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err("%s: concerns" % fn)
        if e["missing"] != sorted(set(e["missing"])):
            err("%s: missing not sorted/unique" % fn)
        k = e["kind"]
        if k in ("step_up", "step_down") and not (a == "herefordshire" and k == "step_up"):
            key = (a, k, e["level"] or 3) if (a == "knowsley" and k == "step_down") else (a, k)
            if not set(e["missing"]) <= ALLOWED_MISSING[key]:
                err("%s: missing %s not allowed for %s" % (fn, e["missing"], key))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in ALLOWED_MISSING[key] and (val is not True) != (fact in e["missing"]):
                    err("%s: %s=%s but missing says otherwise" % (fn, fact, val))
            if a == "knowsley" and k == "step_up":
                if ("gcp2" in e["missing"]) and "neglect" not in e["concerns"]:
                    err("%s: gcp2 without neglect" % fn)
        elif e["missing"]:
            err("%s: missing must be [] for %s" % (fn, k))
        if e["level"] is not None and (k != "step_down" or e["level"] not in (2, 3)):
            err("%s: level" % fn)
        # notice: only Knowsley step requests
        if a == "knowsley" and k in ("step_up", "step_down"):
            m = L["_meeting"]
            if m is None:
                if e["notice_ok"] is not None:
                    err("%s: notice without a meeting" % fn)
            else:
                md = date.fromisoformat(m)
                today = datetime.fromisoformat(L["now"]).astimezone(LON).date()
                ok = working_days(today, md) >= 5
                if ok != e["notice_ok"]:
                    err("%s: notice_ok %s but %d WD" % (fn, e["notice_ok"], working_days(today, md)))
                if md.weekday() > 4 or md in BANK_HOLIDAYS_2034:
                    err("%s: meeting on a non-working day" % fn)
        elif e["notice_ok"] is not None:
            err("%s: notice_ok must be null" % fn)
        # the message itself
        raw = FILES[fn]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err("%s: MIME defects %s" % (fn, part.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err("%s: no %s" % (fn, h))
        rcpts = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(a, L["mailbox"])].lower() not in rcpts:
            err("%s: mailbox address not in To/Cc" % fn)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        ld = d.astimezone(LON)
        if d.utcoffset() != timedelta(hours=1) or ld.utcoffset() != timedelta(hours=1):
            err("%s: Date offset" % fn)
        if not (WINDOW[0] <= ld.date() <= WINDOW[1]) or ld.weekday() > 4 or ld.date() in BANK_HOLIDAYS_2034:
            err("%s: Date %s outside the window or not a working day" % (fn, ld))
        now = datetime.fromisoformat(L["now"])
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)) or now.utcoffset() != timedelta(hours=1):
            err("%s: now not 1-10 min after Date" % fn)
        auto = msg["Auto-Submitted"]
        if (k == "auto_reply") != bool(auto):
            err("%s: Auto-Submitted header vs kind" % fn)
        subj = str(msg["Subject"])
        if k == "follow_up" and "[SB-" not in subj:
            err("%s: follow-up without reference" % fn)
        if k in ("step_up", "step_down", "other") and "[SB-" in subj:
            err("%s: reference on a new mail" % fn)
        cal_reply = b"METHOD:REPLY" in b"".join(p.get_payload(decode=True) or b"" for p in msg.walk()
                                                if p.get_content_type() == "text/calendar")
        if (k == "meeting_reply") != cal_reply:
            err("%s: iTIP REPLY vs kind" % fn)
        text = readable(msg)
        low = text.lower()
        if e["urgent"]:
            for w in BANNED:
                if re.search(w, low):
                    err("%s: urgent mail uses banned word /%s/" % (fn, w))
        for cid in e["case_ids"]:
            if cid not in text:
                err("%s: case id %s not in text" % (fn, cid))
        for c in e["children"]:
            if c["name"] not in text:
                err("%s: child %s not in text" % (fn, c["name"]))
            if c["dob"]:
                b = date.fromisoformat(c["dob"])
                age = (now.date() - b).days / 365.25
                if not (0 < age < 18):
                    err("%s: %s age %.1f" % (fn, c["name"], age))
                forms = {b.strftime("%d/%m/%Y"), b.strftime("%d.%m.%Y"), b.strftime("%d-%m-%Y"), b.isoformat(),
                         "%d %s %d" % (b.day, b.strftime("%B"), b.year), "%dst %s %d" % (b.day, b.strftime("%B"), b.year),
                         "%dnd %s %d" % (b.day, b.strftime("%B"), b.year), "%drd %s %d" % (b.day, b.strftime("%B"), b.year),
                         "%dth %s %d" % (b.day, b.strftime("%B"), b.year)}
                if not any(x in text for x in forms):
                    err("%s: DOB of %s not written in the text" % (fn, c["name"]))
        for y in re.findall(r"\b(20[3-9]\d)\b", text):
            if int(y) > 2034:
                err("%s: year %s after 2034" % (fn, y))
    return errs, cats, hol_note


def main():
    errs, cats, hol_note = check()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        for e in errs:
            print("  -", e)
        sys.exit(1)
    for fn, data in FILES.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
    labels = [{k: v for k, v in L.items() if not k.startswith("_")} for L in LABELS]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(CATS, fh, indent=1)
        fh.write("\n")
    print("self-check OK: 40 files, 8 per authority; every mail parses without MIME defects; Dates in the window "
          "on working days (+0100), now 1-10 min later; labels consistent with categories and next_action rules; "
          "Knowsley notice recounted with 1 May and 29 May excluded; no banned words in urgent mails (bodies, "
          "quoted history, attachments); children, DOBs and case ids found in the readable text")
    print(hol_note)
    print("categories:", cats)
    kinds = {}
    for L in LABELS:
        kinds[L["expect"]["kind"]] = kinds.get(L["expect"]["kind"], 0) + 1
    print("kinds:", kinds)
    print("urgent mails:")
    for L in LABELS:
        if L["expect"]["urgent"]:
            print("  %-28s %s" % (L["file"], L["why"].split(": ", 1)[-1][:150]))


if __name__ == "__main__":
    main()
