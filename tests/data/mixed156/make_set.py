#!/usr/bin/env python3
"""mixed156: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2053 (Monday 14 April - Wednesday 23 July 2053), in messages from children and young people
themselves, and from parents writing for themselves: a 13-year-old who found the inbox address on a leaflet in the
school library, a 16-year-old forwarding screenshots from her little sister's phone, a teenager writing for her
4-year-old brother, siblings writing together, a mother who cannot cope, a mother writing in a second language, a
father asking for help (once in a crisis, once for himself, once after a relapse), young people asking questions or
for a group, and the professionals who pass such messages on (a school DSL, a youth worker in a calendar reply, Early
Help workers pasting a child's words into a PS, a form or an attachment) - alongside ordinary step-ups and step-downs.

Standard library only. Run:  python3 make_set.py   (--stats prints the tallies and the Knowsley notice counts).
Deterministic: no clock, no randomness; boundaries, Message-IDs, Thread-Index values and calendar UIDs come from sha1
of the file name; the .docx zips have fixed timestamps; the PDFs are hand-built PDF 1.4 text pages.
Every self-check runs BEFORE anything is written; any failure stops the script with the list of errors.
"""

import base64, hashlib, html, io, json, os, quopri, re, struct, sys, zipfile, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
SET = "mixed156"

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
    """Local (Europe/London) wall-clock time; the whole window is British Summer Time (+0100)."""
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

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="", disposition=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:                                   # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
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

def build(top, root, crlf):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                       # every message is 7-bit clean
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
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def web_html(text, font="Arial"):
    """A webmail HTML body (divs, no Word markup)."""
    out = []
    for para in text.split("\n\n"):
        out.append("<div>%s</div>" % "<br>".join(html.escape(l, quote=False) for l in para.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div style="font-family:%s,sans-serif;font-size:13px">\n%s\n</div></body></html>\n'
            % (font, "\n<div><br></div>\n".join(out)))

# -- Word (Outlook) "filtered medium" HTML with a MsoTableGrid table ----------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle19
	{mso-style-type:personal-compose;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    t = html.escape(t, quote=False).replace("\n", "<br>\n")
    return RUN + t + "</span>"

def word_html(blocks):
    out = [WORD_HEAD]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr style='mso-yfti-irow:%d'>\n" % i)
                for j, c in enumerate(r):
                    cell = word_inline(c)
                    if j == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                               "\n  <p class=MsoNormal>%s<o:p></o:p></p>\n  </td>\n" % cell)
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif b == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % word_inline(b))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

def word_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += ["\t".join(c.replace("\n", " ") for c in r) for r in b[1]]
            out.append("")
        else:
            out.append(b)
    return "\n".join(out) + "\n"

# -- format=flowed (RFC 3676) ------------------------------------------------------------------
def flowed(text, width=72):
    out = []
    for logical in text.split("\n"):
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
    if cte == "quoted-printable":
        body = qp(body)
    else:
        body.encode("ascii")
    return Part(h, body)

# -- hand-built PDF 1.4 (Helvetica, WinAnsi), text readable back by pdf_text() ---------------
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(title, lines):
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pdf_escape(l) for l in wrapped) + "ET\n"
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
    """The text of one of make_pdf's pages (uncompressed content stream of (...) ' operators)."""
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    if not m:
        raise ValueError("no content stream")
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
        out.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(out)

# -- minimal .docx (OOXML zip, fixed timestamps) -----------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: list of row lists (appended after the paragraphs)."""
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
            zi = zipfile.ZipInfo(name, date_time=(2053, 4, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        z.getinfo(need)
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))

# -- a tiny PNG (a phone screenshot stand-in), zlib only -----------------------------------------
def make_png(w, h, rgb):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

# -- iCalendar -------------------------------------------------------------------------------------
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

# -- message tops ----------------------------------------------------------------------------------
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "CWLP265MB4417.GBRP265.PROD.OUTLOOK.COM")),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
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

# -- message builders ------------------------------------------------------------------------------
def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    """text/plain (optionally with an Outlook HTML twin) plus attachments."""
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

def iphone_mail(f, top, text, atts=(), cte="quoted-printable"):
    t = flowed_part(text, cte)
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    root = multipart("alternative", [text_part((comment or " ") + "\n", crlf=True), cal_part(cal, "REPLY")], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY (text, HTML, text/calendar method=REPLY, plus invite.ics). Times in UTC."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
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
           ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, False)

def quote(frm, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    """'> '-prefix every line (a plain-text mail client's quoting)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing=()):
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = T("""
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.
""")
RDISC = T("""
This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.
""")
TDISC = T("""
Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.
""")
BDISC = T("""
Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.
""")
HDISC = T("""
Herefordshire Council: any opinions expressed in this email are those of the individual and not necessarily of the council. This email and any attachments are confidential.
""")

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

# ============================================================================ the set's records
FILES, LABELS, CATS, META = {}, [], {}, {}

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the self-check)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), must_contain=()):
    """Record one file. `meeting` = the date the Knowsley notice is counted to; `not_children` = people in the text
    who must never be labelled; `must_contain` = phrases the label relies on (checked in the readable text)."""
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
                   "must_contain": list(must_contain), "when": when}

# ============================================================================ KNOWSLEY
def knowsley_01():
    """Ordinary step-up sent as the case manager's Teams invitation (iTIP REQUEST) with the form, GCP2 and TAF
    minutes; a 14-year-old's own email quoted; notice 4 WD across May Day (decisive)."""
    f = "knowsley_01.eml"; when = "2053-04-30 10:12:40"
    body = T("""
Hello MASH,

Please see the invite for the step up TAF meeting for Jayden Mercer-Hale (DOB 11/02/2039) and his sister Ruby Mercer-Hale (DOB 30/08/2045), EHM case ID EHM-72415.

Date of step up TAF meeting: Wednesday 7 May 2053, 10:00-11:30, Microsoft Teams (link in the invite). I have invited the current TAF members (school, school nurse, Kirkby Youth Hub).

Attached:
- FF Step Up request to CSC (Appendix 1)
- Graded Care Profile 2, completed 24/04/2053
- TAF meeting minutes 23/04/2053

The concerns are neglect (GCP2 scores of 4 for physical care and for safety, no food in the house on three unannounced visits, Ruby's untreated tooth decay) and school attendance (Jayden 62% this term, Ruby 79%). Mum, Stacey Mercer, lets us in and comes to TAF meetings but the changes never last more than a fortnight.

Something I want the meeting to hear: Jayden emailed me himself last Friday from his school account. His words are in the form, but in short he said: "I want someone to actually come and see what it's like in our house. There's never any food and nobody cares if we go to school." He knows I am sending this and he would like to join the first part of the meeting.

My team manager, Sian Doyle, discussed the step up with me in supervision on 28/04/2053 and agreed it.

Thanks
Bethany

Bethany Croft
Family First Case Manager (Level 3), Huyton
Family First 0-18, Knowsley Council
0151 496 0562

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20530507T100000", "20530507T113000",
              "Step up TAF meeting - Mercer-Hale - EHM-72415", "Microsoft Teams Meeting",
              "Step up TAF meeting for Jayden and Ruby Mercer-Hale (EHM-72415). Form, GCP2 and TAF minutes sent "
              "to the MASH inbox.", ("Bethany Croft", "bethany.croft@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Mercer-Hale.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-72415",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 07/05/2053 at 10:00 (Teams)",
        "Level of Engagement: Medium - Mum attends TAF meetings and lets workers in; changes are not sustained.",
        "Recent TAF meeting minutes attached: Yes (23/04/2053)",
        "What are we worried about?",
        "Current Concerns (Impact on child): No food in the house on three unannounced visits in April. Ruby (7) "
        "has untreated tooth decay and has missed two dental appointments. Jayden (14) is at 62% attendance and "
        "Ruby at 79%. The children are often in the same clothes for a week.",
        "Past Harm: Two previous Early Help episodes for home conditions (2049, 2051).",
        "Complicating Factors: Mum works evening shifts; money is very tight and there are rent arrears.",
        "Jayden's own words (email to his case manager, 25/04/2053): \"I want someone to actually come and see "
        "what it's like in our house. There's never any food and nobody cares if we go to school.\"",
        "What is working well?",
        "Existing Strengths: Jayden is close to his sister and to his football coach. Mum loves the children.",
        "Existing Safety: Maternal aunt, Lorraine Mercer, has the children for tea twice a week.",
        "What next?",
        "Goals: Regular food in the house, dental treatment for Ruby, attendance above 90%.",
        "Next Steps: Step up TAF meeting on 07/05/2053; consideration of a Child and Family Assessment.",
        "Graded Care profile (If neglect should be completed): Completed 24/04/2053 - attached.",
        "Merseyside Exploitation Assessment: Not applicable.",
        "Agreement by line manager: Sian Doyle, Team Manager, agreed 28/04/2053.",
        "Contingency plan: Case manager to keep visiting weekly, unannounced, until the meeting.",
    ])
    gcp2 = pdf_att("GCP2 summary - Mercer-Hale - 24.04.2053.pdf", "Graded Care Profile 2 - summary", [
        "Family: Mercer-Hale (EHM-72415)   Completed: 24/04/2053   By: Bethany Croft",
        "Children: Jayden Mercer-Hale (14), Ruby Mercer-Hale (7)",
        "Area 1 Physical care - nutrition, housing, clothing, hygiene, health: grade 4",
        "Area 2 Care of safety - in presence and in absence of carer: grade 4",
        "Area 3 Love and care - carer and child: grade 2",
        "Area 4 Stimulation and education: grade 3",
        "Overall: the children's needs are frequently unmet; Mum is loving but overwhelmed.",
    ])
    minutes = docx_att("TAF meeting minutes 23.04.2053 - Mercer-Hale.docx", [
        "# TAF meeting minutes - 23/04/2053",
        "Present: Bethany Croft (Family First, chair), Stacey Mercer (Mum), Kirkby Youth Hub, school nurse, "
        "Knowsley Park Academy attendance officer.",
        "Review of the plan: food parcels used but no regular shopping; dental appointment missed; attendance down.",
        "Agreed: case manager to discuss a step up with her team manager; GCP2 to be completed this week.",
    ])
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True),
                                    cal_part(cal, "REQUEST")], bnd(f, 2))
    root = multipart("mixed", [alt, form, gcp2, minutes], bnd(f, 1))
    top = outlook_top(f, addr("Bethany Croft", "bethany.croft@knowsley.gov.uk"),
                      addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                      "Step up TAF meeting - Mercer-Hale - EHM-72415", when,
                      cc=addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 5, "ordinary", "step_up", False, None,
        ["EHM-72415"],
        [ch("Jayden Mercer-Hale", "2039-02-11", "11/02/2039"), ch("Ruby Mercer-Hale", "2045-08-30", "30/08/2045")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up sent as the case manager's Teams invitation (iTIP METHOD:REQUEST) to the MASH inbox and "
        "MASH business support, with the Appendix 1 form (.docx), the GCP2 (.pdf, needed because the concerns "
        "include neglect) and TAF minutes (.docx); EHM-72415; TM Sian Doyle 'discussed ... and agreed it' -> "
        "manager true; nothing missing. A 14-year-old's own email is quoted (theme). NOTICE: sent Wed 30 April, "
        "meeting Wed 7 May 10:00 = 1, 2, 6, 7 May = 4 working days (Mon 5 May is the Early May bank holiday; a "
        "plain weekday count gives 5) -> notice_ok false -> request_info. Consent not stated -> null.",
        meeting=date(2053, 5, 7), not_children=["Stacey Mercer", "Lorraine Mercer"],
        must_contain=["discussed the step up with me in supervision on 28/04/2053 and agreed it",
                      "Graded Care Profile 2", "TAF meeting minutes", "METHOD:REQUEST"])


def knowsley_02():
    """Ordinary level 2 step-down in Word HTML with a table; the child's own words; exactly 5 WD across the
    Spring Bank Holiday."""
    f = "knowsley_02.eml"; when = "2053-05-19 11:05:12"
    blocks = [
        "Hi Family First duty,",
        "",
        "I'm writing at least 5 working days before the final Child in Need meeting to step Tia-Rose down to Level 2, "
        "with a Family Hub worker taking over as Lead Practitioner. The details are in the table below.",
        "",
        ("table", [
            ["Child", "Tia-Rose Kinsella, DOB 14/09/2041"],
            ["ICS number", "ICS-1590388"],
            ["Step down to", "Level 2"],
            ["Final CIN meeting", "Tuesday 27 May 2053 at 2pm"],
            ["Venue", "Halewood Family Hub, meeting room 2, Baileys Lane, Halewood"],
            ["Lead Practitioner", "Hannah Greaves, Family Support Worker, Halewood Family Hub (agreed to take on the role)"],
            ["What are we worried about?", "Mum's depression could come back if she stops her medication or "
             "loses her job. When Mum was unwell in the spring term Tia-Rose's attendance fell to 88%."],
            ["What is working well?", "Mum has been well for four months, takes her medication and sees her GP "
             "monthly. Tia-Rose's attendance since Easter is 97%. Gran (Mum's mum) is close by and helps after school."],
            ["What needs to happen?", "Hannah to meet Tia-Rose and Mum fortnightly for the first six weeks; "
             "school to flag any drop in attendance to Hannah; first TAF review in 6 weeks."],
            ["Tia-Rose's own words", "She wrote this herself for the meeting: \"I want Hannah to be my person "
             "because she listens and doesn't make a big deal. I don't need a social worker any more. Mum is better.\""],
        ]),
        "",
        "Mum (Donna Kinsella) has consented to the step down to Level 2. My team manager, Farah Ellison, agrees "
        "with the step down.",
        "",
        "Many thanks",
        "Owen",
        "",
        "Owen Pritchard",
        "Social Worker, Child in Need Team 1",
        "Knowsley Council Children's Social Care",
        "0151 496 0815",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Owen Pritchard", "owen.pritchard@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
                      "Step down to Level 2 - Tia-Rose Kinsella - ICS-1590388 - final CIN 27/05", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4, "ordinary", "step_down", False, 2,
        ["ICS-1590388"], [ch("Tia-Rose Kinsella", "2041-09-14", "14/09/2041")],
        ["parental_mental_health", "school_attendance"], True, True, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down in Word HTML (MsoTableGrid table with a tab-separated text twin): "
        "final CIN meeting date, time AND venue, all three Signs of Safety headings, the Lead Practitioner named "
        "with her agency. Consent (not required at L2) and TM agreement stated -> true. NOTICE: sent Mon 19 May, "
        "meeting Tue 27 May = 20, 21, 22, 23, 27 May = exactly 5 working days (Mon 26 May is the Spring Bank "
        "Holiday; plain weekdays 6) -> ok -> book_meeting. The child's own words are in the table (theme).",
        meeting=date(2053, 5, 27), not_children=["Donna Kinsella", "Hannah Greaves"],
        must_contain=["Mum (Donna Kinsella) has consented", "Farah Ellison, agrees", "What needs to happen?",
                      "Halewood Family Hub, meeting room 2"])


def knowsley_03():
    """URGENT: a 13-year-old who found the address on a leaflet in the school library; iPhone format=flowed."""
    f = "knowsley_03.eml"; when = "2053-05-15 12:41:03"
    text = T("""
hi

i got this email off the leaflet in the library at school, the purple one that says Family First 0-18 and if your worried about home you can email. sorry if this is the wrong place

my name is Kayla Brennan and im 13, im in year 8 at Whiston Brook Academy

my mums boyfriend Craig grabbed me round my neck last night and threw me into the radiator because i was on my phone at tea. ive got a cut on my back and my neck has gone purple on one side. it hurts to swallow. mum was at work, she does nights at the care home so she doesnt know. he said if i tell anyone hell say i fell and it will be worse for me next time

mum is on nights again tonight so its just me and him from 7. i dont want to go home

please dont ring mums phone he checks it. im in school till 3.10, my form tutor is Mr Okafor

Kayla

Sent from my iPhone
""")
    top = plain_top(f, addr("kayla", "kaylab.2039@example.com"),
                    "FamilyFirst0-18DutyMailbox@knowsley.gov.uk", "help please", when, "example.com",
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 3, "urgent", "other", True, None, [],
        [ch("Kayla Brennan")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, in a 13-year-old's own words (iPhone, format=flowed, no capitals or apostrophes): her mother's "
        "boyfriend grabbed her neck and threw her into a radiator last night (neck bruised, hurts to swallow), "
        "threatened worse if she tells, and she will be alone with him from 7 tonight. Found the address on a "
        "leaflet. Not a step request -> other; urgent -> alert_duty. Age only, no DOB; Craig is an adult.",
        not_children=["Craig"], must_contain=["just me and him from 7", "leaflet"])


def knowsley_04():
    """URGENT step-up whose body is neutral: the threat and the harmer's access tonight are only in the
    Appendix 1 form (.docx), in a 9-year-old's words."""
    f = "knowsley_04.eml"; when = "2053-06-10 09:20:31"
    body = T("""
Good morning,

Please find attached the step up request (Appendix 1) for Mason Ashworth-Dunne (DOB 02/10/2043) and Lily Ashworth-Dunne (DOB 19/05/2047), EHM-73108, and the minutes of the last TAF meeting (03/06/2053).

Step up TAF meeting: Wednesday 18 June 2053 at 1.30pm on Teams. The calendar invite has gone separately to the MASH inbox and MASH business support, and I have invited the TAF members.

My team manager, Colette Harrop, has discussed the step up with me and agreed it.

Everything is in the form. Mason wanted his words put in as he said them, so I have done that.

Kind regards
Nadia Whitfield
Family First Case Manager (Level 3)
Family First 0-18, Kirkby
0151 496 0738

""") + KDISC
    form = docx_att("Appendix 1 FF Step Up request - Ashworth-Dunne.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-73108",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 18/06/2053, 13:30, Microsoft Teams",
        "Level of Engagement (low/medium/high): Medium",
        "Recent TAF meeting minutes attached: Yes (03/06/2053)",
        "What are we worried about?",
        "Current Concerns (Impact on child): Domestic abuse by Dad (Lee Ashworth) towards Mum (Kirsty Dunne) has "
        "been reported three times since March and the children see and hear it. On Sunday night (8 June) a "
        "neighbour called the police: Dad had his hands round Mum's neck. Dad was interviewed and released "
        "yesterday with no conditions and has gone back to the family home.",
        "Mason's words, told to his class teacher Mrs Bevington at 8.50 this morning and to me on the phone at "
        "9.05: \"Dad squeezed Mum's neck till she went a funny colour. He said when I get in from school tonight "
        "I'm getting what she got, because I was the one who rang Nana. I don't want to go home. Lily is scared "
        "of him too.\"",
        "Past Harm: In February Mason had a bruise to his upper arm that he said Dad did; Dad denied it.",
        "Complicating Factors: Mum says she will not leave and does not want the police involved again.",
        "What is working well?",
        "Existing Strengths: Mason talks to school. Both children are doing well in class.",
        "Existing Safety: Nana (Pat Dunne, maternal grandmother) lives in Prescot and has the children some weekends.",
        "What next?",
        "Goals: The children live free from violence at home.",
        "Next Steps: Step up TAF meeting 18/06/2053; Child and Family Assessment to be considered.",
        "Engaging Families Toolkit: not applicable. Graded Care profile: not applicable (no neglect).",
        "Merseyside Exploitation Assessment - CE/CSE concern: not applicable.",
        "Agreement by line manager: Colette Harrop, Team Manager, agreed 09/06/2053.",
        "Contingency plan: Case manager to visit weekly and to speak to the children in school each week.",
    ])
    minutes = pdf_att("TAF minutes 03.06.2053 - Ashworth-Dunne.pdf", "TAF meeting minutes - 03/06/2053", [
        "Family: Ashworth-Dunne   EHM-73108",
        "Present: Nadia Whitfield (Family First, chair), Kirsty Dunne (Mum), class teacher, school family worker.",
        "Dad did not attend.",
        "Update: two further police call-outs in May; Mum declined the IDVA referral; children's attendance good.",
        "Actions: case manager to discuss a step up with her team manager; school to keep talking to Mason weekly.",
    ])
    top = outlook_top(f, addr("Nadia Whitfield", "nadia.whitfield@knowsley.gov.uk"),
                      addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                      "Step up request - Ashworth-Dunne - EHM-73108", when,
                      cc=addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"))
    add(f, mail(f, top, body, [form, minutes]), "knowsley", "mash_step_up", when, 6, "urgent", "step_up", True, None,
        ["EHM-73108"],
        [ch("Mason Ashworth-Dunne", "2043-10-02", "02/10/2043"), ch("Lily Ashworth-Dunne", "2047-05-19", "19/05/2047")],
        ["domestic_abuse", "physical_harm"], None, True, [], True, "alert_duty",
        "URGENT only in the ATTACHMENT: the body is a routine, complete step-up (form, TAF minutes, EHM-73108, TM "
        "agreed, meeting Wed 18 June = 6 WD after Tue 10 June -> notice ok), but the Appendix 1 form carries a "
        "9-year-old's words from 8.50 this morning: Dad, who strangled Mum on Sunday and is back home with no "
        "conditions, said 'when I get in from school tonight I'm getting what she got'. Threat + access tonight "
        "-> urgent -> alert_duty. Nothing missing (no neglect / non-engagement / exploitation).",
        meeting=date(2053, 6, 18), not_children=["Lee Ashworth", "Kirsty Dunne", "Pat Dunne"],
        must_contain=["when I get in from school tonight", "has discussed the step up with me and agreed it"])


def knowsley_05():
    """NEAR MISS: level 3 step-down; the boy's own words describe violence that is historic (dad in prison);
    notice 4 WD across the Spring Bank Holiday (decisive)."""
    f = "knowsley_05.eml"; when = "2053-05-21 15:30:08"
    body = T("""
Hi,

I'd like to step Oscar Lunt (DOB 12/03/2044) down to Family First at Level 3. ICS-1581942.

Joint home visit: Wednesday 28 May 2053 at 10am at the family home, 14 Sycamore Close, Huyton. Please could a Family First Case Manager come with me.

Mum (Gemma Lunt) has given her consent for Oscar to be referred to Family First.

What are we worried about?
Mum's anxiety has been high since the criminal trial finished in March and some days she struggles to leave the house. Oscar worries about her and sometimes doesn't want to leave her in the mornings.

What is working well?
Dad has been in prison since 2051 for the assaults on Mum and there is a restraining order; there has been no contact and no breach. There is no current risk from Dad and no domestic abuse in the home now. Mum sees Talking Therapies weekly. Oscar's attendance is 96% and he goes to football twice a week.

What needs to happen?
Mum to keep going to therapy; a Family First worker to help with the morning routine and with Mum getting out; first TAF review in 6 weeks.

Oscar's own words (he asked me to write them down exactly): "When Dad lived here I used to hide under my bed when he was shouting and hitting Mum. He's in prison now and it's quiet. I like it now. I'd like someone to help Mum with the mornings."

Thanks,
Gareth

Gareth Lowe
Social Worker, Child in Need Team 2
Knowsley Council Children's Social Care
0151 496 0291

""") + KDISC
    top = outlook_top(f, addr("Gareth Lowe", "gareth.lowe@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
                      "Step down L3 - Oscar Lunt ICS-1581942 - joint home visit", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5, "near_miss", "step_down", False,
        3, ["ICS-1581942"], [ch("Oscar Lunt", "2044-03-12", "12/03/2044")], ["parental_mental_health"], True, None,
        [], False, "request_info",
        "NEAR MISS: a 9-year-old's own words about Dad 'shouting and hitting Mum' are historic - Dad in prison "
        "since 2051, restraining order, no contact, 'no current risk ... no domestic abuse in the home now' -> not "
        "urgent, and domestic_abuse is not a current concern. Level 3 step-down with visit date, time and venue, "
        "all three headings and consent -> nothing missing. NOTICE: sent Wed 21 May, visit Wed 28 May = 22, 23, "
        "27, 28 May = 4 working days (Mon 26 May is the Spring Bank Holiday; plain weekdays 5) -> notice_ok false "
        "-> request_info. Manager not mentioned -> null.",
        meeting=date(2053, 5, 28), not_children=["Gemma Lunt"],
        must_contain=["He's in prison now and it's quiet", "has given her consent", "What needs to happen?"])


def knowsley_06():
    """NEAR MISS: a mother writing for herself that she cannot cope - but the children are at her mother's, the
    crisis team saw her on Friday and she says plainly she will not harm herself or them. HTML-only webmail."""
    f = "knowsley_06.eml"; when = "2053-06-23 21:48:19"
    text = T("""
Hello,

My health visitor said I could email this address myself so I am.

I've got three kids, Alfie-Jay Fairhurst (6), Maisie Fairhurst (4) and Ivy Fairhurst (7 months), and I honestly can't cope anymore. I'm not sleeping, I cry all the time, the house is a mess and I shout at the kids then hate myself for it.

I want to be clear so nobody panics: I'm not going to hurt myself or them. I saw the crisis team on Friday, they've changed my tablets and I've got a plan and their number. My mum has the kids at hers in Prescot all this week while I get some sleep, and she's coming to stay with us after. There's no danger to the kids.

What I need is help with the routines, the school run and someone to talk to who isn't going to judge me. I don't want social services taking them, I just want some help.

Please can someone ring me tomorrow after 10 on 07700 900618.

Leanne Fairhurst
""")
    top = plain_top(f, addr("Leanne Fairhurst", "leanne.fairhurst@example.net"),
                    "FamilyFirst0-18DutyMailbox@knowsley.gov.uk", "I can't cope - please can someone ring me",
                    when, "example.net", mailer="Webmail 9.4")
    add(f, html_only(f, top, web_html(text)), "knowsley", "early_help_duty", when, 4, "near_miss", "other", False,
        None, [], [ch("Alfie-Jay Fairhurst"), ch("Maisie Fairhurst"), ch("Ivy Fairhurst")],
        ["parental_mental_health"], None, None, [], None, "human_review",
        "NEAR MISS: a mother writing for herself at 21:48 that she 'can't cope anymore' - but she states she will "
        "not hurt herself or the children, the crisis team saw her on Friday, and the children are with their "
        "grandmother all week ('no danger to the kids'). A parent's own request for help, not a step request -> "
        "other -> human_review. Three children named in full with ages only.",
        not_children=["Leanne Fairhurst"], must_contain=["I'm not going to hurt myself or them",
                                                         "My mum has the kids at hers"])


def knowsley_07():
    """Ordinary Outlook iTIP REPLY (ACCEPTED) from a school DSL."""
    f = "knowsley_07.eml"; when = "2053-05-29 08:52:44"
    data = itip_reply(f, when, "Rachel Entwistle", "r.entwistle@stcolumbas.example.org",
                      ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"), "ACCEPTED",
                      "Step-up TAF meeting [SB-knowsley-1188]", "20530604T100000", "20530604T113000",
                      "Microsoft Teams Meeting")
    add(f, data, "knowsley", "mash_step_up", when, 2, "ordinary", "meeting_reply", False, None, [], [], [], None, None,
        [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar method=REPLY, PARTSTAT=ACCEPTED, empty "
        "body) from a school DSL for a step-up TAF meeting on Wed 4 June -> meeting_reply -> record_reply.",
        must_contain=["PARTSTAT=ACCEPTED"])


def knowsley_08():
    """Ordinary follow-up ('>'-quoted Thunderbird reply) adding the Engaging Families toolkit; the boy's own view."""
    f = "knowsley_08.eml"; when = "2053-06-06 14:20:55"
    ack = ack_text("step-up", "SB-knowsley-1211", ["Child: Harvey Sefton", "Case: EHM-72990"],
                   ["engaging_families: the Engaging Families toolkit and what it tells you"])
    text = T("""
Hi,

Engaging Families toolkit attached, as asked, for Harvey Sefton (EHM-72990). It is the Signs of Well-being Family Engagement tool I completed on 04/06/2053, and what it tells us is summarised on page 1.

Harvey also asked me to pass this on in his own words for the meeting: "I don't want to go to the meetings, they talk about me like I'm not there. I'll write something instead." I've told him I'll bring whatever he writes.

Thanks
Joanne

--
Joanne Birch
Family First Case Manager (Level 3), Prescot
0151 496 0447

On 05/06/2053 11:02, Knowsley MASH wrote:
""") + quoted(ack)
    toolkit = docx_att("Engaging Families toolkit - Harvey Sefton.docx", [
        "# Signs of Well-being Family Engagement tool (Engaging Families toolkit)",
        "Family: Sefton   EHM-72990   Completed: 04/06/2053 by Joanne Birch",
        "Summary: engagement low. Seven of the last ten visits missed; the family did not attend two TAF meetings.",
        "What has been tried: visits at different times, a worker Dad chose, meetings at school, texts before visits.",
        "What it tells us: Dad engages only when there is a crisis; Harvey is keen to talk but not in meetings.",
    ])
    t = text_part(text, params="; format=flowed", cte="quoted-printable")
    root = multipart("mixed", [t, toolkit], "------------%s" % sha(f, "tb")[:24])
    top = plain_top(f, addr("Joanne Birch", "joanne.birch@knowsley.gov.uk"),
                    addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                    "Re: [SB-knowsley-1211] Step-up request received - EHM-72990", when, "knowsley.gov.uk",
                    extra=[("User-Agent", "Mozilla Thunderbird"), ("In-Reply-To", msgid(f + "ack", "stepbot.invalid")),
                           ("References", msgid(f + "ack", "stepbot.invalid"))])
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 3, "ordinary", "follow_up", False, None,
        ["EHM-72990"], [ch("Harvey Sefton")], [], None, None, [], None, "attach_to_request",
        "Thunderbird reply to [SB-knowsley-1211] with the acknowledgement '>'-quoted underneath, adding the "
        "missing Engaging Families toolkit (.docx) and the boy's own view -> follow_up -> attach_to_request; the "
        "quoted 'What is missing:' heading is no concern.",
        must_contain=["[SB-knowsley-1211]", "Engaging Families toolkit attached"])

# ============================================================================ RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    """Ordinary complete step-up: the Early Help Team Manager forwards the worker's rationale (Outlook FW:), which
    quotes a 15-year-old's own email; case summary attached."""
    f = "richmond_wandsworth_01.eml"; when = "2053-04-15 10:40:27"
    worker = T("""
Marcus,

As discussed, here is my rationale for the step up.

Children: Priya Sandhu-Cole (DOB 03/02/2038), and the twins Arjun Sandhu-Cole and Kiran Sandhu-Cole (DOB 21/11/2047). Mosaic ID 2907716.

Rationale for step up
Mum's bipolar disorder has relapsed since February and she has stopped seeing her care coordinator. Priya (15) is doing almost all the care for the twins (5): meals, baths and the school run. Her attendance has dropped to 71% and she missed two mock exams. Early Help support since October has not changed things, and the family now needs an assessment by Children's Services. Mum has given her consent for the step up.

Priya emailed me herself on Sunday night and asked me to include it:
"I can't keep doing everything for Mum and the twins. I love them but I'm 15 and I'm failing everything. I'm not asking for them to be taken away, I'm asking for someone to help."

There are no immediate child protection concerns: the twins are fed, clean and at school, and their nan has them at weekends.

Lauren Fitch
Early Help Practitioner, Wandsworth North
""")
    body = T("""
Hello MASH,

Following my reflective discussion with Lauren this morning, I agree with this step up and am sending it as the Early Help Team Manager. The latest case summary is attached and Lauren's rationale is below.

Kind regards
Marcus

Marcus Adebayo-Reid
Early Help Team Manager, Wandsworth North
020 7946 0584
""") + quote("Lauren Fitch <lauren.fitch@richmondandwandsworth.gov.uk>", "15 April 2053 09:12",
             "Marcus Adebayo-Reid <marcus.adebayo-reid@richmondandwandsworth.gov.uk>",
             "Step up - Priya Sandhu-Cole and twins - Mosaic ID 2907716", worker) + "\n" + RDISC
    summary = docx_att("Case summary - Sandhu-Cole - April 2053.docx", [
        "# Case summary - Sandhu-Cole family",
        "Mosaic ID 2907716. Prepared by Lauren Fitch, Early Help Practitioner, 14/04/2053.",
        "Household: Mum (Anita Sandhu), Priya Sandhu-Cole (15), Arjun and Kiran Sandhu-Cole (5).",
        "Early Help involvement since October 2052 after a school referral about Priya's attendance.",
        "Mum has bipolar disorder; relapse since February 2053; not attending the community mental health team.",
        "Priya is the main carer for the twins on weekdays. Young carers assessment completed in January.",
        "Plan progress: young carers group attended twice; CMHT re-referral not taken up; attendance falling.",
    ])
    top = outlook_top(f, addr("Marcus Adebayo-Reid", "marcus.adebayo-reid@richmondandwandsworth.gov.uk"),
                      addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
                      "FW: Step up - Priya Sandhu-Cole and twins - Mosaic ID 2907716", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["2907716"],
        [ch("Priya Sandhu-Cole", "2038-02-03", "03/02/2038"), ch("Arjun Sandhu-Cole", "2047-11-21", "21/11/2047"),
         ch("Kiran Sandhu-Cole", "2047-11-21", "21/11/2047")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager ('I agree with this step up') "
        "as an Outlook FW: of the worker's mail; 'Rationale for step up' pasted under its own heading in the "
        "forwarded part, case summary attached (.docx). A 15-year-old's own email quoted (theme). 'Mosaic ID "
        "2907716' -> '2907716'. Consent stated. 'No immediate child protection concerns' is negated. Twins share a "
        "DOB written once.",
        not_children=["Anita Sandhu", "Lauren Fitch"],
        must_contain=["I agree with this step up", "Rationale for step up", "Mum has given her consent"])


def richmond_wandsworth_02():
    """URGENT step-up: complete, but the PS carries a 12-year-old's text from this morning (father back, threat)."""
    f = "richmond_wandsworth_02.eml"; when = "2053-05-12 09:25:50"
    body = T("""
Dear MASH,

I am sending this step up for Noah Pettifer-Grant (DOB 17/07/2040), Mosaic 2911450, after a reflective discussion on Friday with Amina Haddad, his Early Help Practitioner. I have agreed the step up.

The latest case summary is attached.

Rationale for step up
Three police call-outs since February for domestic abuse by Noah's father, Carl Grant, towards Noah's mother. In the last one (28 April) Noah was pushed into a door when he got between them and had a cut above his eye. Carl was charged and bailed with a condition not to go to the family home. Mum has found it hard to keep to the plan and let Carl visit twice in April. Early Help cannot hold this any longer and we think Noah needs a Child and Family Assessment.

Kind regards
Joanne Whitcombe
Early Help Team Manager, Richmond
020 7946 0619

PS - as I was about to send this, Amina forwarded me a text Noah sent her at 8.52 this morning. Word for word: "hes back. he came in the back door last night and slept on the sofa. he said if i tell anyone again hell break my arm. mum says dont say nothing. im not going home after school". Amina is on her way to his school now.

""") + RDISC
    summary = pdf_att("Case summary - Noah Pettifer-Grant.pdf", "Case summary - Noah Pettifer-Grant", [
        "Mosaic 2911450   Prepared by Amina Haddad, Early Help Practitioner, 09/05/2053",
        "Household: Mum (Sasha Pettifer) and Noah (12). Father Carl Grant not living at the address.",
        "Early Help involvement since January 2053 (school referral: Noah tired, withdrawn).",
        "Police call-outs: 14/02/2053, 30/03/2053, 28/04/2053 (Noah injured, cut above the eye).",
        "Carl Grant charged; bail condition not to attend the family home.",
        "Work done: Mum referred to the domestic abuse service (attended once); Noah seen weekly in school.",
    ])
    top = outlook_top(f, addr("Joanne Whitcombe", "joanne.whitcombe@richmondandwandsworth.gov.uk"),
                      addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
                      "Step up - Noah Pettifer-Grant - Mosaic 2911450", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["2911450"], [ch("Noah Pettifer-Grant", "2040-07-17", "17/07/2040")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT in a PS: an otherwise complete step-up from the Early Help Team Manager (case summary .pdf, "
        "rationale under its heading, 'I have agreed the step up') ends with a 12-year-old's text from 8.52 this "
        "morning: the father bailed not to go home came in last night, is there, and threatened to break his arm "
        "- the harmer has access today. urgent -> alert_duty; nothing missing. Mosaic '2911450' bare.",
        not_children=["Carl Grant", "Sasha Pettifer", "Amina Haddad"],
        must_contain=["he said if i tell anyone again hell break my arm", "I have agreed the step up"])


def richmond_wandsworth_03():
    """URGENT follow-up: the Early Help worker forwards, on the step-up thread, a school DSL's mail typing up a
    pupil's note (sexual harm by the uncle who minds her tonight); his own covering line is neutral."""
    f = "richmond_wandsworth_03.eml"; when = "2053-07-03 15:50:14"
    ack = ack_text("step-up", "SB-richmond_wandsworth-3117",
                   ["Child: Mia Kowalczyk", "Case: Mosaic ID 2915532",
                    "Case discussion: Monday 7 July 2053 10:00 (invitation sent to the Early Help manager)"])
    dsl = T("""
Tom,

Mia handed me this at the end of lunch. I've typed it up exactly as she wrote it, spelling and all; the original is in her file. Mum's mobile went to voicemail.

"Miss i need to tell you somthing. uncle Lee comes in my room when mum goes to bingo. He gets in my bed and says its our game and if i tell mum will cry and send me away. Mum goes to bingo on thursdays."

Uncle Lee is Mum's brother. He lives with them and looks after Mia when Mum goes out. Mia is at after-school club until 5.30 and Mum collects her.

Sarah Lindqvist
Deputy Head and DSL, Kew Riverside Primary School
020 7946 0277
""")
    body = T("""
Hi, forwarding below from Mia's school for the case discussion on Monday.

Tom

Tom Lacey
Early Help Practitioner, Richmond
020 7946 0388
""") + quote("Sarah Lindqvist <s.lindqvist@kewriverside.example.org>", "03 July 2053 15:31",
             "Tom Lacey <tom.lacey@richmondandwandsworth.gov.uk>", "Mia K - note", dsl) \
        + quote("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "30 June 2053 10:14",
                "Joanne Whitcombe; Tom Lacey", "[SB-richmond_wandsworth-3117] Step-up request received - Mia Kowalczyk",
                ack) + "\n" + RDISC
    top = outlook_top(f, addr("Tom Lacey", "tom.lacey@richmondandwandsworth.gov.uk"),
                      addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
                      "RE: [SB-richmond_wandsworth-3117] Step-up request received - Mia Kowalczyk", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "urgent", "follow_up",
        True, None, ["2915532"], [ch("Mia Kowalczyk")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT in a FORWARDED part, on a follow-up: the worker's own line is neutral ('for the case discussion on "
        "Monday'), but the school DSL's mail below types up an 8-year-old's note - the uncle who lives with them "
        "gets in her bed 'when mum goes to bingo ... on thursdays', and today is Thursday, with the uncle minding "
        "her tonight. follow_up to [SB-richmond_wandsworth-3117] but urgent -> alert_duty. 'Mosaic ID 2915532' from "
        "the quoted acknowledgement -> '2915532'.",
        not_children=["Sarah Lindqvist"], must_contain=["Mum goes to bingo on thursdays", "for the case discussion on Monday"])


def richmond_wandsworth_04():
    """NEAR MISS: a 13-year-old's hypothetical questions for a PSHE project - 'not about me or anyone I know'."""
    f = "richmond_wandsworth_04.eml"; when = "2053-06-18 16:20:37"
    text = T("""
Hello,

I'm in Year 8 and I'm doing a PSHE project on how children can get help. Our teacher Ms Adeyemi said we could email real services and ask questions, so I hope this is ok.

My questions are:
1. If a child emailed you and said they were in danger at home, what would you do immediately? How fast would someone come?
2. Would you tell their parents that they emailed?
3. What counts as a risk? Like if a parent shouts a lot, is that enough?
4. Do children ever get taken away just because they emailed?

This is not about me or anyone I know, it's a made-up example for the project. It's due on Friday 27 June.

Thank you,
Zara (Year 8, Putney Vale School)
""")
    top = plain_top(f, addr("Zara O", "zara.o.2040@example.com"), "EarlyHelpDuty@richmondandwandsworth.gov.uk",
                    "School project question (not about a real person)", when, "mail.example.com")
    add(f, build(top, text_part(text, cte="7bit"), False), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a 13-year-old's questions for a school project use every alarm word ('in danger at home', "
        "'immediately', 'risk') but are hypothetical - 'not about me or anyone I know, it's a made-up example'. "
        "No real child (the writer signs with a first name only) -> other -> human_review.",
        must_contain=["This is not about me or anyone I know"])


def richmond_wandsworth_05():
    """Ordinary incomplete step-down: case summary attached, draft plan 'will follow', consent given; the young
    person's own paragraph."""
    f = "richmond_wandsworth_05.eml"; when = "2053-07-01 11:15:02"
    body = T("""
Hello,

Following my call with Jasper Quint (Early Help duty team manager) this morning, this is to confirm that we agreed a step-down case discussion on Thursday 3 July at 2pm on Teams.

Child: Ellis Varga, DOB 05/01/2039, Mosaic 2903381.

The latest case summary is attached. The draft Early Help plan will follow after the CIN review on Thursday morning - I'll bring it to the discussion.

Mum (Krisztina Varga) and Ellis have both agreed to Early Help continuing the plan. We've talked about who could be Lead Professional: Ellis would like his youth worker at the Roehampton hub, but that isn't agreed yet.

The current needs are Ellis's school attendance (84%) and Mum's depression, which is better but not settled.

Ellis wrote this himself and asked me to include it: "I don't mind Early Help as long as it's not loads of meetings. I want help getting back into school properly. Mum is doing better but she still has bad weeks."

Thanks,
Rebecca Stoddart
Social Worker, Child in Need Team (Wandsworth)
020 7946 0452

""") + RDISC
    summary = pdf_att("Case summary - Ellis Varga - July 2053.pdf", "Case summary - Ellis Varga", [
        "Mosaic 2903381   Social worker: Rebecca Stoddart   Date: 30/06/2053",
        "Ellis (14) lives with Mum (Krisztina Varga). Child in Need plan since November 2052.",
        "Reason: Mum's depression and Ellis's school attendance (62% in the autumn term).",
        "Progress: Mum engaged with her GP and talking therapy; attendance up to 84% this term.",
        "Recommendation: step down to Early Help to continue the plan.",
    ])
    top = outlook_top(f, addr("Rebecca Stoddart", "rebecca.stoddart@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
                      "Step down - Ellis Varga (Mosaic 2903381) - case discussion Thurs 3rd July 2pm", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2903381"], [ch("Ellis Varga", "2039-01-05", "05/01/2039")],
        ["parental_mental_health", "school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down confirming the case discussion agreed by phone (Thu 3 July 2pm, within 5 "
        "days of the contact): case summary attached (.pdf), consent from Mum and Ellis stated, but the draft "
        "plan 'will follow' -> missing draft_plan -> request_info. The Lead Professional not yet agreed is asked "
        "for, not required. The young person's own words quoted.",
        not_children=["Krisztina Varga", "Jasper Quint"],
        must_contain=["The draft Early Help plan will follow", "have both agreed to Early Help continuing the plan"])


def richmond_wandsworth_06():
    """NEAR MISS: the partnership's practice briefing (List-Id) quoting fictional example messages from children
    and parents."""
    f = "richmond_wandsworth_06.eml"; when = "2053-04-17 07:30:00"
    text = T("""
RWSCP Practice Briefing 14 - When children and parents write to us themselves

Children, young people and parents now write to our duty inboxes directly: from a leaflet, a fridge magnet, a school website. This 7-minute briefing is about reading those messages well.

1. Read every word. A child may put the most important sentence last, or in a PS.
2. Look for three things: what has happened, who has access to the child, and when (tonight? now?).
3. Some examples. These are fictional, written for training, and do not refer to any real child or family:
   - "my step dad hit me with his belt and hes home tonight" - harm plus access tonight: treat as immediate risk, phone the MASH duty desk at once and 999 if the child is in danger now.
   - "I can't cope, I keep thinking I'll hurt the baby" - a parent in crisis with a baby: do not wait for the next working day.
   - "two years ago my mum's ex hurt me but he's in prison now" - historic; record it and offer support.
   - "I'm doing a school project, what happens if a child tells you..." - a question, not a referral.
4. Reply to the child in plain words, and say what happens next.
5. Never ask a child to "send it again to the right inbox".

Next briefing: fathers who ask for help.

You are receiving this because you are subscribed to RWSCP practice briefings. Unsubscribe: https://rwscp.example.org/unsubscribe
""")
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")], bnd(f, 1))
    top = plain_top(f, addr("RWSCP Practice Briefings", "briefings@rwscp.example.org"),
                    "EarlyHelpDuty@richmondandwandsworth.gov.uk",
                    "Practice briefing 14: when children and parents write to us themselves", when, "rwscp.example.org",
                    extra=[("List-Id", "RWSCP practice briefings <practice-briefings.rwscp.example.org>"),
                           ("List-Unsubscribe", "<https://rwscp.example.org/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, build(top, alt, False), "richmond_wandsworth", "early_help_duty", when, 8, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: the safeguarding partnership's practice briefing (List-Id, List-Unsubscribe, Precedence: bulk, "
        "no Auto-Submitted) quotes example messages ('hes home tonight', 'I'll hurt the baby', 'immediate risk', "
        "'999') that are 'fictional, written for training' - a bulletin listing examples must not trigger rule 1. "
        "-> other -> human_review.",
        must_contain=["These are fictional, written for training"])


def richmond_wandsworth_07():
    """Ordinary Google Calendar iTIP REPLY (TENTATIVE) with a note."""
    f = "richmond_wandsworth_07.eml"; when = "2053-05-14 17:05:21"
    data = google_reply(f, when, "Katie Rowntree", "katie.rowntree@roehamptonhub.example.org",
                        ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"), "TENTATIVE",
                        "Step-up case discussion [SB-richmond_wandsworth-3090]", "20530516T090000Z",
                        "20530516T100000Z", "Microsoft Teams", "Fri 16 May 2053 10am - 11am (BST)",
                        note="May be 10 minutes late - school run.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3, "ordinary", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=TENTATIVE, with a note, plus invite.ics) from the family hub worker "
        "for a step-up case discussion -> meeting_reply -> record_reply.",
        must_contain=["PARTSTAT=TENTATIVE"])


def richmond_wandsworth_08():
    """Ordinary: a father writing for himself, late in the evening, asking what Early Help is."""
    f = "richmond_wandsworth_08.eml"; when = "2053-07-08 22:14:46"
    text = T("""
Hi,

I hope this is the right email, the school office gave it to me. I'm a single dad since my wife left in March. I've got Alfie Kettering (7) and Rosa Kettering (4) on my own. I want to say first that nothing has happened - the kids are fed and clean and at school every day, I'm not writing because they're in any trouble.

I'm writing for me really. I work early shifts at the bus depot and the mornings are a nightmare. My GP signed me off for two weeks with depression last month and I'm back at work but I'm struggling. Rosa has started wetting the bed again and Alfie keeps asking when his mum's coming back.

The school said there's something called Early Help that can help families. Can someone tell me what it is and how I get it? I'd rather someone came round than have to go to an office. My number is 07700 900731, best after 3.

Thanks
Dan Kettering

Sent from my Android
""")
    alt = multipart("alternative", [text_part(text), text_part(web_html(text), "html")], gbnd(f, 1))
    top = plain_top(f, addr("Dan Kettering", "dan.kettering@example.net"), "EarlyHelpDuty@richmondandwandsworth.gov.uk",
                    "Help for me and my kids?", when, "mail.example.net")
    add(f, build(top, alt, False), "richmond_wandsworth", "early_help_duty", when, 4, "ordinary", "other", False, None,
        [], [ch("Alfie Kettering"), ch("Rosa Kettering")], ["parental_mental_health"], None, None, [], None,
        "human_review",
        "A father writing for himself at 22:14 asking what Early Help is: single parent, signed off with "
        "depression, 'nothing has happened'. A parent's own enquiry, no step -> other -> human_review. Two "
        "children named with ages only.",
        not_children=["Dan Kettering"], must_contain=["signed me off for two weeks with depression"])

# ============================================================================ TOWER HAMLETS
def tower_hamlets_01():
    """URGENT: a mother writing in her second language from a library computer: she and her son were beaten last
    night and the father says he will 'teach us a lesson' when he finishes work tonight. Single base64 part, LF."""
    f = "tower_hamlets_01.eml"; when = "2053-04-22 13:05:33"
    text = T("""
Dear Sir or Madam,

My name is Nasrin Akter. I live in Flat 6, Malmesbury Court, Bow. The lady from the children centre give me this email last month and say if I need help I can write. I am sorry my English is not good.

Last night my husband Jamal Hossain beat me and my son Ibrahim Hossain with his belt because Ibrahim break the TV remote. Ibrahim is 8 years. He have red lines on his back and his arm and he cry all night. This is not the first time.

This morning my husband take my phone and my passport and the key of the flat. He say tonight when he come back from the restaurant he will teach us both a lesson we never forget. He finish work 11 o clock.

I write from the computer in Bow library. Ibrahim is in school, I must collect him 3.15. I have no family in London. I do not know where we can go tonight.

Please help us.
Nasrin
""")
    top = plain_top(f, addr("Nasrin Akter", "nasrin.akter.e3@example.com"), "EarlyHelpHub@towerhamlets.gov.uk",
                    "Please help me and my son", when, "example.com")
    add(f, build(top, text_part(text, cte="base64"), False), "tower_hamlets", "early_help_duty", when, 4, "urgent",
        "other", True, None, [], [ch("Ibrahim Hossain")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT, a mother writing for herself in non-native English (single base64 text/plain part, LF line ends): "
        "her husband beat her and their 8-year-old with a belt last night (marks on his back), took her phone, "
        "passport and key, and says that when he comes home tonight 'he will teach us both a lesson'. Harm + the "
        "harmer's access tonight -> urgent -> alert_duty; other.",
        not_children=["Nasrin Akter", "Jamal Hossain"], must_contain=["he will teach us both a lesson"])


def tower_hamlets_02():
    """URGENT: a 16-year-old forwards (Gmail 'Fwd:') screenshots from her 12-year-old sister's phone: an adult man
    is meeting her at 7pm tonight."""
    f = "tower_hamlets_02.eml"; when = "2053-06-12 08:10:09"
    text = T("""
Hi, I don't know if this is the right place. I'm forwarding screenshots I took off my little sister's phone last night. Her name is Keisha Reid, she's 12 (born 04/03/2041) and she's in Year 7 at Lansbury Hall Academy.

A man who calls himself Jay has been messaging her on Snapchat for about 3 weeks. He says he's 19 but his pictures look older. He's bought her trainers and a phone case and she's been hiding them.

Screenshot 1 - him: "ur so mature for 12 fr. dont tell ur mum about us she wont get it"
Screenshot 2 - him: "2nite 7pm mile end park by the gate near the bridge. ill take u back to mine. wear the dress i got u x"
Screenshot 3 - Keisha: "ok \U0001F60A ill say im at amiras"

Our mum works nights at the hospital and leaves at 6. I've got college till 4 and work at 6, so Keisha will be on her own. She doesn't know I looked at her phone.

Please can someone do something before tonight. My number is 07700 900512.

T (Keisha's sister)

---------- Forwarded message ---------
From: T R <tanishar.39@example.com>
Date: Thu, 12 Jun 2053 at 07:52
Subject: keisha screenshots
To: <tanishar.39@example.com>

(3 attachments)
""")
    shots = [binary_part("image/png", "Screenshot_20530611-2238%02d_Snapchat.png" % (14 + i * 7),
                         make_png(36, 72, rgb)) for i, rgb in enumerate([(255, 252, 0), (240, 240, 240), (255, 252, 0)])]
    alt = multipart("alternative", [text_part(text), text_part(web_html(text), "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + shots, gbnd(f, 1))
    top = plain_top(f, addr("T R", "tanishar.39@example.com"), "MAST@towerhamlets.gov.uk",
                    "Fwd: keisha screenshots", when, "mail.example.com")
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 5, "urgent", "other", True, None, [],
        [ch("Keisha Reid", "2041-03-04", "04/03/2041")], ["exploitation", "sexual_harm"], None, None, [], None,
        "alert_duty",
        "URGENT: a 16-year-old forwards (Gmail 'Fwd:', three PNG screenshots) and types out messages from an adult "
        "man grooming her 12-year-old sister - gifts, secrecy, '2nite 7pm ... ill take u back to mine' - and the "
        "girl will be alone tonight. Immediate exploitation / sexual harm -> alert_duty; other. The writer signs "
        "'T' only and is not labelled.",
        not_children=["Jay"], must_contain=["2nite 7pm mile end park", "Keisha will be on her own"])


def tower_hamlets_03():
    """Ordinary complete MAST step-up: MARF attached, Dad's consent, manager agreed (cc'd); a 10-year-old's letter."""
    f = "tower_hamlets_03.eml"; when = "2053-04-28 14:35:48"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support form to step up Zayan Rahman (DOB 15/09/2042) and Aleena Rahman (DOB 30/01/2046), Mosaic no. 3338107, from Targeted Early Help to Children's Social Care.

Dad (Shafiq Rahman) has been a single parent since the children's mum died in 2051. Since January his depression has got much worse: he is in bed most days, there is often no food in the flat, the children wear the same uniform all week and Aleena has had head lice for months. Early Help has worked with the family since September and the plan has not progressed.

Zayan wrote a letter to his teacher, which she passed to me; he agreed I could send it on: "Please can someone help my dad. He is sad all the time and forgets to get food. Sometimes there is only cereal. I don't want us to be taken away, I just want dad to be ok."

Dad has consented to the referral to MAST. My manager, Daniel Okafor (cc'd), has agreed this step up.

Kind regards
Shirin Chowdhury
Targeted Early Help Practitioner (Bow and Poplar)
London Borough of Tower Hamlets
020 7946 0733

""") + TDISC
    marf = pdf_att("MARF - Zayan and Aleena Rahman.pdf", "Multi-Agency Request for Support", [
        "Children: Zayan Rahman (15/09/2042), Aleena Rahman (30/01/2046)   Mosaic no. 3338107",
        "Parent: Shafiq Rahman (father)   Address: Bow, E3",
        "Referrer: Shirin Chowdhury, Targeted Early Help   Manager: Daniel Okafor",
        "Reason for request: step up from Targeted Early Help. Father's depression; poor home conditions;",
        "no food in the flat on four visits; children's hygiene and head lice; plan not progressing since September.",
        "Parental consent: Yes - Shafiq Rahman, 25/04/2053.",
        "Child's view: Zayan's letter to his teacher (see covering email).",
    ])
    top = outlook_top(f, addr("Shirin Chowdhury", "shirin.chowdhury@towerhamlets.gov.uk"),
                      addr("MAST", "MAST@towerhamlets.gov.uk"),
                      "Step up to MAST - Rahman children - Mosaic no. 3338107", when,
                      cc=addr("Daniel Okafor", "daniel.okafor@towerhamlets.gov.uk"))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3, "ordinary", "step_up",
        False, None, ["3338107"],
        [ch("Zayan Rahman", "2042-09-15", "15/09/2042"), ch("Aleena Rahman", "2046-01-30", "30/01/2046")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: Multi-Agency Request for Support form attached (.pdf), 'My manager "
        "... has agreed this step up' -> manager true, 'Dad has consented' -> consent true. A 10-year-old's letter "
        "quoted (theme). 'Mosaic no. 3338107' -> '3338107'.",
        not_children=["Shafiq Rahman", "Daniel Okafor"],
        must_contain=["has agreed this step up", "Dad has consented to the referral to MAST"])


def tower_hamlets_04():
    """Ordinary incomplete step-down, HTML-only with a table: assessment, TAF plan, consent - lead practitioner
    still to be confirmed."""
    f = "tower_hamlets_04.eml"; when = "2053-07-09 10:50:16"
    rows = [("Child 1", "Ayesha Karim, DOB 02/12/2045, Mosaic 3321984"),
            ("Child 2", "Imran Karim, DOB 20/06/2049, Mosaic 3321985"),
            ("Child and Family Assessment", "Concluded 4 July 2053 - attached"),
            ("TAF plan", "Draft attached"),
            ("Consent", "Mum (Rubina Karim) signed consent to the step-down on 7 July 2053"),
            ("Lead Practitioner", "To be confirmed at the TAF meeting"),
            ("TAF meeting", "Tuesday 15 July 2053, 10:00, Poplar Children and Family Centre"),
            ("Needs", "Mum's postnatal depression has eased with treatment; she is isolated and wants to keep "
                      "going to the children's centre groups."),
            ("Mum's own words", "She wrote on the consent form: \"I want to keep going to the children's centre, "
                                "it is the only place I talk to people.\"")]
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         '<body style="font-family:Calibri,sans-serif;font-size:11pt">',
         "<p>Hello Early Help Hub,</p>",
         "<p>Please see below the step-down from the Children's Social Work team to Early Help for the Karim children.</p>",
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for k, v in rows:
        h.append("<tr><td><b>%s</b></td><td>%s</td></tr>" % (html.escape(k), html.escape(v, quote=False)))
    h += ["</table>",
          "<p>I will chair the TAF meeting and put the minutes on Mosaic.</p>",
          "<p>Kind regards<br>Laura Mendes<br>Social Worker, Children's Social Work Team (Assessment)<br>"
          "London Borough of Tower Hamlets<br>020 7946 0861</p>",
          "<p style=\"font-size:8pt;color:#666\">%s</p>" % html.escape(TDISC.strip()),
          "</body></html>"]
    cfa = pdf_att("C&F Assessment - Karim - July 2053.pdf", "Child and Family Assessment - Karim", [
        "Children: Ayesha Karim (02/12/2045), Imran Karim (20/06/2049)   Mosaic 3321984 / 3321985",
        "Assessment started 23/05/2053, concluded 04/07/2053. Social worker: Laura Mendes.",
        "Summary: referral from the health visitor about Mum's low mood after Imran's birth. Mum engaged with",
        "perinatal mental health and her GP; the children are well cared for. Father works long hours.",
        "Outcome: no further statutory involvement; step down to a TAF with a Lead Practitioner.",
    ])
    plan = docx_att("Draft TAF plan - Karim.docx", [
        "# Draft TAF plan - Karim family",
        "Outcome 1: Mum keeps attending the children's centre groups twice a week.",
        "Outcome 2: Imran starts nursery in September.",
        "Outcome 3: Mum continues her treatment with her GP.",
        "Review: first TAF review in 6 weeks.",
    ])
    top = outlook_top(f, addr("Laura Mendes", "laura.mendes@towerhamlets.gov.uk"),
                      addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"),
                      "Step down to Early Help - Karim children - Mosaic 3321984 / 3321985", when)
    add(f, html_only(f, top, "\n".join(h) + "\n", [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3321984", "3321985"],
        [ch("Ayesha Karim", "2045-12-02", "02/12/2045"), ch("Imran Karim", "2049-06-20", "20/06/2049")],
        ["parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "HTML-only Tower Hamlets step-down (a table, no text/plain part) with the C&F assessment (.pdf), the draft "
        "TAF plan (.docx) and Mum's signed consent, but the Lead Practitioner is 'To be confirmed' -> missing "
        "lead_practitioner -> request_info. Mum's own words quoted (theme).",
        not_children=["Rubina Karim"], must_contain=["To be confirmed at the TAF meeting", "signed consent"])


def tower_hamlets_05():
    """NEAR MISS: complete MAST step-up (manager forwards, 'agreed'): a 14-year-old's screenshots of a threat - but
    the older boy is charged and remanded in custody; the step-up is for continuing exploitation."""
    f = "tower_hamlets_05.eml"; when = "2053-06-17 11:20:40"
    worker = T("""
Daniel,

Step up for Rayan Miah (DOB 08/11/2038), Mosaic 3309842, for your agreement. MARF attached.

On Friday Rayan (14) showed me screenshots on his phone of messages from an 18-year-old known locally as "Skeng": "u owe me 400 for the bits u lost. u run for me or ur little bro gets it". We reported it to police the same day. The older boy was arrested on Sunday, charged, and remanded in custody yesterday (bail refused), and the phone used for the messages was seized. There is no immediate risk from him now; Rayan is at home with Mum and at school.

But the messages show Rayan has been running drugs for older boys since at least March, and Early Help cannot manage the exploitation on its own. We need a MAST discussion and an assessment; an NRM referral is being considered.

Mum (Shilpi Begum) consents to the MAST referral.

Rayan's words when he showed me: "I only told you because he said my brother. I don't want to do it no more."

Aisha Patel
Targeted Early Help Practitioner (Stepney)
""")
    body = T("""
MAST - I have agreed this step up. MARF attached.

Daniel Okafor
Team Manager, Targeted Early Help
London Borough of Tower Hamlets
""") + quote("Aisha Patel <aisha.patel@towerhamlets.gov.uk>", "17 June 2053 10:02",
             "Daniel Okafor <daniel.okafor@towerhamlets.gov.uk>", "MAST step up - Rayan Miah (Mosaic 3309842)", worker) \
        + "\n" + TDISC
    marf = docx_att("MARF - Rayan Miah.docx", [
        "# Multi-Agency Request for Support",
        "Child: Rayan Miah   DOB: 08/11/2038   Mosaic 3309842",
        "Parent: Shilpi Begum (mother) - consent given 16/06/2053",
        "Reason for request: child criminal exploitation (running drugs for older boys since March 2053).",
        "Police: older boy charged and remanded in custody 16/06/2053; phone seized.",
        "Requested: MAST multi-agency discussion; Child and Family Assessment; NRM referral to be considered.",
        "Manager: Daniel Okafor, Team Manager, Targeted Early Help - agreed.",
    ])
    top = outlook_top(f, addr("Daniel Okafor", "daniel.okafor@towerhamlets.gov.uk"), addr("MAST", "MAST@towerhamlets.gov.uk"),
                      "FW: MAST step up - Rayan Miah (Mosaic 3309842)", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5, "near_miss", "step_up",
        False, None, ["3309842"], [ch("Rayan Miah", "2038-11-08", "08/11/2038")], ["exploitation"], True, True, [],
        None, "book_meeting",
        "NEAR MISS: a 14-year-old's screenshots of a threat ('ur little bro gets it') - but the older boy was "
        "charged and remanded in custody yesterday, the phone seized, 'no immediate risk from him now', Rayan at "
        "home with Mum -> already handled, not urgent. The step-up itself is complete: MARF (.docx), the Team "
        "Manager forwards it with 'I have agreed this step up', Mum consents -> book_meeting.",
        not_children=["Shilpi Begum", "Aisha Patel"],
        must_contain=["remanded in custody yesterday", "I have agreed this step up"])


def tower_hamlets_06():
    """NEAR MISS follow-up ('>'-quoted): a 15-year-old who emailed that she would run away came home; resolved."""
    f = "tower_hamlets_06.eml"; when = "2053-07-15 09:40:58"
    ack = ack_text("step-down", "SB-tower_hamlets-4471", ["Child: Sadia Akhtar", "Case: Mosaic ID 3315560"])
    text = T("""
Morning,

An update for the file on Sadia. On Sunday night at 22:10 Sadia (15) emailed this inbox and me to say she was going to run away and "no one will find me this time". She was reported missing to the police at 23:00.

She came home by herself at 11pm last night (Monday) after spending the day at a friend's in Leyton. Police did a safe and well check at midnight and she is at school today. She says nobody hurt her and nothing happened while she was away, and her friend's mum has confirmed she was there. The return home interview is booked for Wednesday.

She has agreed to see the school counsellor, and Mum has asked for the family sessions to start sooner. Nothing more is needed today - I'm just adding this to the request.

Fahima

Fahima Islam
Early Help Practitioner, Tower Hamlets
020 7946 0915

On Mon, 7 Jul 2053 at 14:26, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Fahima Islam", "fahima.islam@towerhamlets.gov.uk"),
                    addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"),
                    "Re: [SB-tower_hamlets-4471] Step-down request received - Sadia Akhtar", when, "towerhamlets.gov.uk")
    add(f, build(top, text_part(text), False), "tower_hamlets", "early_help_duty", when, 3, "near_miss", "follow_up",
        False, None, ["3315560"], [ch("Sadia Akhtar")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS, resolved: a 15-year-old's email saying she would run away ('no one will find me this time') "
        "and a missing report - but she came home last night, police did a safe and well check, 'nobody hurt "
        "her', she is at school today and the return interview is booked. A resolved missing episode is not a "
        "current concern. Reply to [SB-tower_hamlets-4471] -> follow_up -> attach_to_request; 'Mosaic ID "
        "3315560' in the quoted acknowledgement.",
        must_contain=["She came home by herself at 11pm last night", "[SB-tower_hamlets-4471]"])


def tower_hamlets_07():
    """Ordinary out-of-office (Auto-Submitted) answering a stepbot acknowledgement."""
    f = "tower_hamlets_07.eml"; when = "2053-07-11 16:02:07"
    text = T("""
Thank you for your email. I am on annual leave from Friday 11 July and back on Monday 21 July, with no access to email.

For anything urgent about a child please contact MAST on 0207 364 5606, or the duty senior in the Assessment team.

Laura Mendes
Social Worker, Children's Social Work Team (Assessment)
""")
    top = outlook_top(f, addr("Laura Mendes", "laura.mendes@towerhamlets.gov.uk"),
                      addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"),
                      "Automatic reply: [SB-tower_hamlets-4502] Step-down request received - Karim children", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(text, crlf=True), True), "tower_hamlets", "early_help_duty", when, 2, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') answering stepbot's "
        "acknowledgement; its 'anything urgent ... contact MAST' is boilerplate -> auto_reply -> ignore.",
        must_contain=["I am on annual leave"])


def tower_hamlets_08():
    """NEAR MISS: a 19-year-old care leaver writing for herself about an ex-partner's threats - no child at all."""
    f = "tower_hamlets_08.eml"; when = "2053-06-30 19:30:25"
    text = T("""
Hi,

I'm 19 and I'm writing for myself, not for a child. I don't have any kids and I'm not pregnant - I'm saying that first because your website is all about children and families.

My ex keeps turning up at my flat in Stepney. On Saturday he smashed my phone and said he'll hurt me if I go to the police. I'm scared of him. I left care last year and my personal adviser is off sick.

Someone at the library said Early Help might know where I can go. Is there anyone who helps people my age? I don't want to ring 999 unless he's actually here.

Shannon
""")
    top = plain_top(f, addr("Shannon", "shannon.k.2034@example.com"), "EarlyHelpHub@towerhamlets.gov.uk",
                    "help - not sure who to ask", when, "example.com")
    add(f, build(top, text_part(text, cte="7bit"), False), "tower_hamlets", "early_help_duty", when, 7, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a 19-year-old care leaver's own message about an ex-partner's threats and a smashed phone "
        "('I'm scared', '999') - an adult with no child: 'I don't have any kids and I'm not pregnant'. Not a child "
        "protection matter -> not urgent -> other -> human_review; no children, no concerns.",
        must_contain=["I don't have any kids and I'm not pregnant"])

# ============================================================================ TORBAY
def torbay_01():
    """URGENT (Saturday evening): two siblings writing together - Mum gone since Thursday, no power or food, a
    2-year-old sister with no nappies. Outlook for Android."""
    f = "torbay_01.eml"; when = "2053-06-21 18:20:36"
    text = T("""
Hello,

We are writing this together, me (Jade Furze, 14) and my brother Connor Furze (11). The lady from Early Help who used to come gave mum a card with this email on it and it's still on our fridge.

Our mum hasn't come home since Thursday night. She said she was going to her friend's in Paignton and would be back Friday morning. Her phone goes straight to voicemail now. We don't know the friend's name.

There's no electric left on the key and we've got no money to top it up. There's cereal but no milk. Our little sister Poppy Furze is 2 and she's got no nappies left, we've been using a tea towel. She keeps crying for mum.

Connor says we shouldn't tell anyone because mum will get in trouble, but we don't know what else to do. Our nan lives in Scotland and doesn't answer her house phone.

We're at home, Flat 2, 9 Kestrel Row, Torquay. My phone is on 20% and we can't charge it.

Jade and Connor

Get Outlook for Android
""")
    alt = multipart("alternative", [text_part(text), text_part(web_html(text, "Roboto"), "html")], bnd(f, 1))
    top = outlook_top(f, addr("Jade F", "jadef.2039@example.com"), "earlyhelp@torbay.gov.uk",
                      "Please help us (from Jade and Connor)", when)
    add(f, build(top, alt, True), "torbay", "early_help_duty", when, 4, "urgent", "other", True, None, [],
        [ch("Jade Furze"), ch("Connor Furze"), ch("Poppy Furze")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT on a SATURDAY evening (out of hours), siblings writing together: their mother has not been home "
        "since Thursday night and cannot be reached; no electricity, no food but dry cereal, a 2-year-old with no "
        "nappies - children alone now -> urgent -> alert_duty (out-of-hours service). other. Three children in "
        "full with ages only.",
        must_contain=["Our mum hasn't come home since Thursday night", "We are writing this together"])


def torbay_02():
    """URGENT in a calendar reply's COMMENT: a youth worker declines the triage because a 15-year-old, hit in the
    night, has run and is at the station now, phone on 3%."""
    f = "torbay_02.eml"; when = "2053-07-01 08:05:51"
    comment = ("Sorry, I can't come to triage this morning. Liv (Olivia Tozer) rang me at 7.20 from Torquay station. "
               "She ran from her mum's boyfriend's flat in the night after he hit her in the face - she's got a "
               "split lip - and she says he and his mates will come looking for her. She won't tell me where she's "
               "going; she's trying to get on a train to Bristol with no money and her phone is on 3%. Her mum isn't "
               "answering. I've reported her missing to the police and I'm driving to the station now. Gemma "
               "07700 900268")
    data = itip_reply(f, when, "Gemma Pascoe", "gemma.pascoe@torbayyouthtrust.example.org",
                      ("Torbay Early Help", "earlyhelp@torbay.gov.uk"), "DECLINED",
                      "Step-down triage - Tozer [SB-torbay-5520]", "20530701T093000", "20530701T100000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 3, "urgent", "meeting_reply", True, None, [],
        [ch("Olivia Tozer")], ["missing", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT in a meeting reply's COMMENT (Outlook iTIP REPLY, PARTSTAT=DECLINED, 08:05 - before office "
        "hours): a 15-year-old hit in the face overnight by her mother's boyfriend has run, fears being followed, "
        "is at the station with no money and a dying phone, reported missing - a child missing now -> urgent -> "
        "alert_duty despite the kind.",
        must_contain=["I've reported her missing to the police", "PARTSTAT=DECLINED"])


def torbay_03():
    """Ordinary complete step-down: Single Assessment with the TM's analysis, consent, level 3; an under-5; the
    8-year-old's own words."""
    f = "torbay_03.eml"; when = "2053-04-24 14:10:22"
    body = T("""
Hello Early Help,

Please can I have a triage slot to step Harvey Luscombe (DOB 10/02/2045) and Bella Luscombe (DOB 22/03/2050) down to a level 3 Early Help response. LCS-5519043.

My Single Assessment is attached; the analysis sets out the rationale for stepping down. My team manager, Claire Venning, has recorded her manager's analysis confirming the threshold for level 3 is met.

Mum (Kerry Luscombe) has given consent for level 3 Early Help.

Remaining needs: the home conditions have improved a lot but slip when Mum's mood is low, and Mum is on the waiting list for talking therapy.

Harvey asked me to put this in: "I like it when Nicky comes because she helps Mum tidy and plays Uno with us. Can she keep coming?" (Nicky is the family support worker from the children's centre.)

Bella is 3, so I understand she will go to the under-5s triage.

Thanks,
Kirsty

Kirsty Yeoman
Social Worker, Single Assessment Team
Torbay Council
01632 960 341

""") + BDISC
    sa = docx_att("Single Assessment - Luscombe - April 2053.docx", [
        "# Single Assessment - Harvey and Bella Luscombe",
        "LCS-5519043   Social worker: Kirsty Yeoman   Completed: 22/04/2053",
        "Reason for assessment: school and health visitor worries about home conditions and Mum's low mood.",
        "Analysis: home conditions have improved with the family support worker's help; the children are fed, "
        "clean and attending school and nursery. Mum's mood remains up and down; she has been referred for talking "
        "therapy. Needs can be met at level 3 with a lead practitioner.",
        "Rationale for step-down: statutory involvement no longer needed; continued support needed for routines.",
        "Team Manager's analysis (Claire Venning, 23/04/2053): I agree the threshold for level 3 intervention is met.",
    ])
    top = outlook_top(f, addr("Kirsty Yeoman", "kirsty.yeoman@torbay.gov.uk"), addr("Early Help", "earlyhelp@torbay.gov.uk"),
                      "Step down request - triage slot please - Luscombe children LCS-5519043", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4, "ordinary", "step_down",
        False, 3, ["LCS-5519043"],
        [ch("Harvey Luscombe", "2045-02-10", "10/02/2045"), ch("Bella Luscombe", "2050-03-22", "22/03/2050")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asking for a triage slot: Single Assessment (.docx) with the rationale, the "
        "TM's recorded analysis confirming the level 3 threshold -> manager true, Mum's consent -> true; level 3 "
        "stated; Bella is 3, so the fortnightly under-5s triage applies. An 8-year-old's own words (theme).",
        not_children=["Kerry Luscombe", "Claire Venning"],
        must_contain=["confirming the threshold for level 3 is met", "has given consent for level 3 Early Help"])


def torbay_04():
    """Ordinary incomplete step-up (contact to MASH): manager agreed, consent not yet asked; a 10-year-old's drawing."""
    f = "torbay_04.eml"; when = "2053-05-06 10:30:04"
    body = T("""
Good morning MASH,

I'm the lead professional for Kai Yeo (DOB 17/08/2042), EHM-904417, and I'm making this contact to ask for Kai to be considered for a level 4 statutory response.

New information: Kai (10) told his teacher last week that he gets himself up and to school because Dad "sleeps all day", and that there has been no gas for cooking for two weeks. His attendance is down to 71%. Dad has cancelled four of the last five home visits and didn't come to the TAF meeting on 29 April.

I discussed this with my team manager, Rob Tamblyn, on Friday and we agree this information needs considering for a level 4 intervention.

I haven't been able to speak to Dad yet to get his consent to the contact - I'm seeing him on Thursday and will confirm then.

Kai's own words, written on a drawing he did at school: "Me making my own tea. Dad is asleep."

Sophie Halse
Early Help Family Practitioner (lead professional)
Torbay Council Early Help
01632 960 572

""") + BDISC
    top = outlook_top(f, addr("Sophie Halse", "sophie.halse@torbay.gov.uk"), addr("Torbay MASH", "mash@torbay.gov.uk"),
                      "Contact to MASH - step up - Kai Yeo EHM-904417", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["EHM-904417"],
        [ch("Kai Yeo", "2042-08-17", "17/08/2042")], ["neglect", "non_engagement", "school_attendance"], None, True,
        ["consent"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH): 'we agree this information needs considering "
        "for a level 4 intervention' -> manager true; 'I haven't been able to speak to Dad yet to get his consent' "
        "-> consent null (still to be asked) -> missing consent -> request_info. Sent the day after the Early May "
        "bank holiday. A 10-year-old's own words on a drawing.",
        must_contain=["we agree this information needs considering for a level 4 intervention",
                      "I haven't been able to speak to Dad yet to get his consent"])


def torbay_05():
    """NEAR MISS: a 15-year-old writing for herself (iPhone, format=flowed): historic harm, 'not in danger', asks
    for a young carers group."""
    f = "torbay_05.eml"; when = "2053-06-11 20:45:13"
    text = T("""
Hi

I'm 15 and I found this email on the Early Help Torbay page. I'm not in danger or anything, I just don't know who to talk to.

Two years ago my mum's ex boyfriend hit me and the police came and he went to prison and he's not allowed anywhere near us. That's all done and I'm ok about it now.

But now my mum is depressed and stays in bed most days and I do everything for my little brother (he's 6) - get him up, take him to school, make tea. I've missed loads of school because of it, I think my attendance is like 80%.

I'm not asking for anyone to be taken away. Is there like a group for people like me, or someone who could help mum?

My name is Ella Brimacombe.

Thanks

Sent from my iPhone
""")
    top = plain_top(f, addr("Ella B", "ellab.2037@example.com"), "earlyhelp@torbay.gov.uk",
                    "is there a group for young carers?", when, "example.com",
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 6, "near_miss", "other", False, None, [],
        [ch("Ella Brimacombe")], ["parental_mental_health", "school_attendance", "young_carer"], None, None, [], None,
        "human_review",
        "NEAR MISS: a 15-year-old writing for herself in the evening: 'I'm not in danger', and the violence is "
        "historic ('two years ago ... he went to prison ... That's all done'). What she describes now is caring "
        "for her brother while her mother is depressed, and missed school -> a young person's own request, no "
        "step -> other -> human_review.",
        must_contain=["I'm not in danger or anything", "That's all done"])


def torbay_06():
    """NEAR MISS: complete step-down whose chronology mentions a fracture - fully explained (witnessed fall, ED,
    consistent), in the child's own words too."""
    f = "torbay_06.eml"; when = "2053-06-09 15:15:30"
    body = T("""
Hi,

Requesting a triage slot to step Lacey Widdicombe (DOB 05/11/2043) down to level 3 Early Help. LCS-5520118.

My Single Assessment is attached with my analysis and the rationale for stepping down. My team manager, Rachel Tregenza, has recorded her analysis confirming the threshold for level 3.

Mum (Nicola Widdicombe) consents to level 3 Early Help.

For triage, so nobody is alarmed by the chronology: the bruising and swelling to Lacey's left forearm that school reported on 2 June has been fully explained. She fell off the trampoline at her cousin's birthday party on 31 May and four adults saw it. She was seen at the hospital ED that evening; an x-ray showed a buckle fracture and the ED doctor and the paediatrician both recorded the injury as consistent with the account. Lacey told me the same on her own at school: "I did a backflip and landed on my arm. It was my own fault, Mum told me not to." School are satisfied. There are no safeguarding concerns arising from it and no risk of harm at home.

The remaining needs are school attendance (87%) and support for Mum with routines since she went back to work.

Thanks,
Ben

Ben Prowse
Social Worker, Safeguarding and Supporting Families Team
Torbay Council
01632 960 654

""") + BDISC
    sa = pdf_att("Single Assessment - Lacey Widdicombe.pdf", "Single Assessment - Lacey Widdicombe", [
        "LCS-5520118   Social worker: Ben Prowse   Completed: 05/06/2053",
        "Analysis: Lacey is well cared for; Mum is warm and attentive. The injury of 31/05/2053 was accidental",
        "(witnessed fall from a trampoline; ED and paediatric opinion: consistent). Attendance 87%.",
        "Rationale for step-down: no statutory role; support needed with routines and attendance.",
        "Team Manager's analysis (Rachel Tregenza, 06/06/2053): threshold for level 3 intervention met.",
    ])
    top = outlook_top(f, addr("Ben Prowse", "ben.prowse@torbay.gov.uk"), addr("Early Help", "earlyhelp@torbay.gov.uk"),
                      "Step down to Early Help (level 3) - Lacey Widdicombe LCS-5520118", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4, "near_miss", "step_down",
        False, 3, ["LCS-5520118"], [ch("Lacey Widdicombe", "2043-11-05", "05/11/2043")], ["school_attendance"], True,
        True, [], None, "book_meeting",
        "NEAR MISS, an injury explained: a forearm fracture reported by school was a witnessed trampoline fall, "
        "seen at ED, x-ray and paediatric opinion 'consistent with the account', the child's own account the same, "
        "'no risk of harm at home' -> not urgent, no physical_harm. Complete Torbay step-down (Single Assessment "
        ".pdf, TM's analysis recorded, consent, level 3) -> book_meeting.",
        not_children=["Nicola Widdicombe", "Rachel Tregenza"],
        must_contain=["has been fully explained", "Mum (Nicola Widdicombe) consents to level 3 Early Help"])


def torbay_07():
    """Ordinary follow-up (Outlook reply) bringing the missing Single Assessment and the second parent's consent."""
    f = "torbay_07.eml"; when = "2053-05-22 11:45:39"
    ack = ack_text("step-down", "SB-torbay-5507", ["Child: Toby Rendle", "Case: LCS-5516672"],
                   ["assessment: the Single Assessment with your analysis and the rationale behind the decision to step down"])
    body = T("""
Hi,

Single Assessment attached as requested, with my analysis and rationale. Toby's dad has now signed the consent form as well, so both parents have consented.

Thanks,
Hayley

Hayley Rowe
Social Worker, Single Assessment Team
Torbay Council
""") + quote("Torbay Early Help <earlyhelp@torbay.gov.uk>", "20 May 2053 16:03", "Hayley Rowe",
             "[SB-torbay-5507] Step-down request received - Toby Rendle", ack) + "\n" + BDISC
    sa = docx_att("Single Assessment - Toby Rendle.docx", [
        "# Single Assessment - Toby Rendle",
        "LCS-5516672   Social worker: Hayley Rowe   Completed: 19/05/2053",
        "Analysis and rationale for step-down: parents separated amicably; Toby settled at both homes; school "
        "attendance good; no statutory role remains; support with Toby's anxiety at level 3.",
    ])
    top = outlook_top(f, addr("Hayley Rowe", "hayley.rowe@torbay.gov.uk"), addr("Torbay Early Help", "earlyhelp@torbay.gov.uk"),
                      "RE: [SB-torbay-5507] Step-down request received - Toby Rendle", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3, "ordinary", "follow_up", False,
        None, ["LCS-5516672"], [ch("Toby Rendle")], [], True, None, [], None, "attach_to_request",
        "Outlook reply to [SB-torbay-5507] bringing the missing Single Assessment (.docx) and stating 'both parents "
        "have consented' -> follow_up, consent true -> attach_to_request. Child and case id from the quoted "
        "acknowledgement.",
        must_contain=["[SB-torbay-5507]", "both parents have consented"])


def torbay_08():
    """URGENT, hedged, on a bank holiday evening: a father whose drunk ex-partner is driving their children now."""
    f = "torbay_08.eml"; when = "2053-05-05 17:42:18"
    text = T("""
Sorry, I don't know if this is the right email, I got it off the council website.

I don't want to overreact and I'm not trying to cause trouble for my ex. My kids Ruby Trewin (6) and Alfie Trewin (2) are with their mum, Shannon, this bank holiday weekend.

She rang me 20 minutes ago slurring her words. She's been drinking since lunchtime at a barbecue and she said she's putting the kids in the car now and driving them back to hers in Brixham because her mate has kicked her out. She could barely talk. I'm in Exeter on shift and can't get there for an hour and a half. I've rung her back six times and she's not answering. Her car is a silver Corsa.

Maybe I'm wrong and she'll be fine, but can someone do something?

Darren Trewin
07700 900384
""")
    top = plain_top(f, addr("Darren Trewin", "darren.trewin@example.net"), "mash@torbay.gov.uk",
                    "Not sure if this is the right place - my kids", when, "example.net")
    add(f, build(top, text_part(text), False), "torbay", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Ruby Trewin"), ch("Alfie Trewin")], ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, hedged ('I don't want to overreact', 'Maybe I'm wrong'), on the EARLY MAY BANK HOLIDAY evening (out "
        "of hours): a father says his ex-partner, drunk since lunchtime, is putting a 6- and a 2-year-old in the "
        "car now to drive them home and is not answering -> urgent -> alert_duty (out-of-hours service). other.",
        not_children=["Darren Trewin"], must_contain=["she's putting the kids in the car now"])

# ============================================================================ HEREFORDSHIRE
def herefordshire_01():
    """Ordinary complete sibling-group step-down: plan (.docx, with the 12-year-old's own 'What we want' page),
    signed consent form (.pdf), key person with agency; level 3."""
    f = "herefordshire_01.eml"; when = "2053-04-16 11:30:45"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang on Monday, please find attached the Early Help Assessment step-down plan for the sibling group Isla Hadley (DOB 23/05/2041) and Finn Hadley (DOB 08/09/2044), Mosaic 3870124 and 3870125, stepping down to Level 3 Early Help after the Child & Family Assessment.

Also attached is the family's signed consent form (Dad signed it on 11 April).

Key person: Anna Morgan, Family Support Worker, Bishop's Meadow Primary School, who has agreed to lead on the step-down. 01632 960418.

Isla wrote a page for the plan called "What we want" - it's at the end of the plan, please read it.

Kind regards
Megan

Megan Bevan
Social Worker, Children in Need Team (Hereford)
Herefordshire Council
01632 960237

""") + HDISC
    plan = docx_att("EHA step-down plan - Hadley.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Isla Hadley (23/05/2041), Finn Hadley (08/09/2044)   Mosaic 3870124 / 3870125",
        "Parent: Dad (Gareth Hadley), single parent since 2050.",
        "Why we were involved: Dad's depression after the children's mum left; the children's needs were not "
        "always met. Dad now has treatment and goes to a peer support group.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Dad keeps going to his group and to his GP - Dad - stays well - ongoing.",
        "2. Anna Morgan meets the family fortnightly - key person - routines kept - 12 weeks.",
        "3. After-school club for Finn - school - Dad can work his shifts - from May.",
        "Key person: Anna Morgan, Family Support Worker, Bishop's Meadow Primary School.",
        "# What we want (written by Isla, age 11)",
        "We want Dad to keep going to his group because he is happier now. We want Mrs Morgan to be our person "
        "because we already know her. We don't want a new social worker every few months. Finn wants to go to "
        "football club.",
    ])
    consent = pdf_att("Signed consent form - Hadley.pdf", "Early Help consent form", [
        "I give my consent for my family to receive Early Help support and for information to be shared with the",
        "Early Help Co-ordinator team and the key person named in the plan.",
        "Children: Isla Hadley, Finn Hadley",
        "Parent/carer: Gareth Hadley      Signed: G. Hadley      Date: 11/04/2053",
    ])
    top = outlook_top(f, addr("Megan Bevan", "megan.bevan@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
                      "Step down plan - Hadley siblings (Mosaic 3870124 / 3870125)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5, "ordinary",
        "step_down", False, 3, ["3870124", "3870125"],
        [ch("Isla Hadley", "2041-05-23", "23/05/2041"), ch("Finn Hadley", "2044-09-08", "08/09/2044")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at level 3 (stated): EHA step-down plan (.docx) with the "
        "12-year-old's own 'What we want' page, signed consent form (.pdf) -> consent true and consent_form met, "
        "key person named with agency. Already discussed with a co-ordinator. -> book_meeting.",
        not_children=["Gareth Hadley", "Anna Morgan"],
        must_contain=["signed consent form", "Key person: Anna Morgan, Family Support Worker"])


def herefordshire_02():
    """Ordinary incomplete step-down: verbal consent only (form to follow); plan and key person present; a
    13-year-old's text."""
    f = "herefordshire_02.eml"; when = "2053-06-03 10:05:27"
    body = T("""
Hi both,

Step-down plan attached for Ollie Skyrme (DOB 19/01/2040), Mosaic 3872260.

Key person: Liam Price, Youth Worker, Herefordshire Youth Service (Leominster), who Ollie already knows and who has agreed to lead.

Consent: Dad agreed verbally on the phone yesterday. He'll sign the consent form when I visit on Friday and I'll send it straight over.

Ollie texted me this when I asked what he thought: "im ok with it if its liam. i dont want anyone new."

The main need is school attendance (76%).

Thanks
Priya

Priya Mahal
Social Worker, Children in Need Team (North)
Herefordshire Council
01632 960296
""") + HDISC
    plan = docx_att("EHA step-down plan - Ollie Skyrme.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Ollie Skyrme (19/01/2040)   Mosaic 3872260",
        "What needs to happen: Liam to meet Ollie weekly; school to agree a return-to-lessons timetable; Dad to "
        "attend the attendance meeting. Outcome: attendance above 90% by October.",
        "Key person: Liam Price, Youth Worker, Herefordshire Youth Service.",
    ])
    top = plain_top(f, addr("Priya Mahal", "priya.mahal@herefordshire.gov.uk"),
                    addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
                    "Step-down - Ollie Skyrme - plan attached", when, "herefordshire.gov.uk",
                    mailer="Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan], crlf=True), "herefordshire", "early_help_duty", when, 4, "ordinary", "step_down",
        False, None, ["3872260"], [ch("Ollie Skyrme", "2040-01-19", "19/01/2040")], ["school_attendance"], True, None,
        ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan (.docx) and the key person with agency, but only VERBAL consent "
        "('Dad agreed verbally ... He'll sign the consent form ... on Friday') -> consent true but the written "
        "consent_form is missing -> request_info. Level not stated -> null. A 13-year-old's text quoted.",
        not_children=["Liam Price"], must_contain=["Dad agreed verbally on the phone yesterday"])


def herefordshire_03():
    """URGENT step-down: the covering mail and plan are routine, but the 14-year-old's own views form (.docx) says
    the violent ex-partner moved back in on Sunday and threatens him."""
    f = "herefordshire_03.eml"; when = "2053-07-02 16:40:12"
    body = T("""
Hello,

Please find attached the step-down plan for Tyler Bufton (DOB 27/03/2039), Mosaic 3868911, stepping down to Level 3 Early Help now that his child protection plan ended on 20 June.

Mum's signed consent form is attached.

Key person: Hannah Jukes, Learning Mentor, Kington Valley High School, who has agreed to lead.

Tyler filled in his own views form at school yesterday; I've attached it as he wrote it. I talked the plan through with Xavier Moss last week.

Thanks
Tom

Tom Gwynne
Social Worker, Child Protection Team (West)
Herefordshire Council
01632 960775

""") + HDISC
    plan = docx_att("EHA step-down plan - Tyler Bufton.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Tyler Bufton (27/03/2039)   Mosaic 3868911",
        "Background: child protection plan (January - June 2053) after domestic abuse by Mum's ex-partner, Dean "
        "Holder, who broke Tyler's wrist in January. Dean left the home in February; a non-molestation order is in "
        "place. Mum completed the Freedom Programme.",
        "Remaining needs: Tyler's school attendance (82%).",
        "What needs to happen: key person to meet Tyler weekly; attendance plan with school; review at MAG.",
        "Key person: Hannah Jukes, Learning Mentor, Kington Valley High School.",
    ])
    consent = pdf_att("Signed consent - Bufton.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help support after the child protection plan ends.",
        "Child: Tyler Bufton",
        "Parent: Leanne Bufton      Signed: L Bufton      Date: 24/06/2053",
    ])
    views = docx_att("My views - Tyler Bufton.docx", [
        "# My views (young person's form)",
        "Name: Tyler Bufton   Age: 14",
        "What is going well? School is alright. I like football and Mrs Jukes.",
        "What is not going well? Dean moved back in on Sunday. Mum said not to tell you or I'll get taken off "
        "her. He says if I say anything he'll do my wrist again like last time. He's at ours every night now. I "
        "sleep with a chair against my door.",
        "What would you like to happen? Please don't close it yet.",
    ])
    top = outlook_top(f, addr("Tom Gwynne", "tom.gwynne@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
                      "Step-down plan - Tyler Bufton (Mosaic 3868911)", when)
    add(f, mail(f, top, body, [plan, consent, views], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "urgent", "step_down", True, 3, ["3868911"], [ch("Tyler Bufton", "2039-03-27", "27/03/2039")],
        ["domestic_abuse", "physical_harm", "school_attendance"], True, None, [], None, "alert_duty",
        "URGENT in the young person's own ATTACHED views form: the ex-partner who broke his wrist (non-molestation "
        "order) 'moved back in on Sunday', is there every night, and threatens to 'do my wrist again' - the "
        "harmer has access now, tonight. The covering mail and plan are a routine, complete level 3 step-down "
        "(plan, signed consent, key person) -> nothing missing, but urgent -> alert_duty.",
        not_children=["Dean Holder", "Leanne Bufton", "Hannah Jukes"],
        must_contain=["Dean moved back in on Sunday", "he'll do my wrist again"])


def herefordshire_04():
    """URGENT: a mother who cannot cope, sitting in the car, her 5-week-old alone in the house (iPhone)."""
    f = "herefordshire_04.eml"; when = "2053-05-13 14:55:40"
    text = T("""
I don't know who else to email, this address is on the back of the health visitor's card.

I can't do it anymore. My daughter Maddison Jauncey is 5 weeks old and she's been screaming for 3 hours and I haven't slept properly since she was born. I've put her in her cot and I'm sat in the car on the drive because if I go back in there I don't know what I'll do to her. I keep thinking about shaking her to make her stop.

Her dad's working away in Birmingham till Friday. My mum's in Spain.

I'm so sorry. 4 Orchard Rise, Ledbury.

Sophie

Sent from my iPhone
""")
    top = plain_top(f, addr("Sophie Jauncey", "sophiejauncey@example.com"),
                    "earlyhelpcoordinators@herefordshire.gov.uk", "sorry", when, "example.com",
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 3, "urgent", "other", True, None, [],
        [ch("Maddison Jauncey")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT: a mother writing for herself that she cannot cope - a 5-week-old alone in the house while she sits "
        "in the car because 'I don't know what I'll do to her ... thinking about shaking her', no other adult until "
        "Friday. A sole carer in crisis with a baby, now -> alert_duty. other.",
        must_contain=["I keep thinking about shaking her"])


def herefordshire_05():
    """URGENT: a 16-year-old writing for her 4-year-old brother: burned by Mum's boyfriend, who minds him alone
    tonight. Single base64 part, LF, mobile style."""
    f = "herefordshire_05.eml"; when = "2053-06-27 15:35:08"
    text = T("""
hi im writing about my little brother Leo Godsall hes 4. im his sister im 16

mums boyfriend Ryan burnt his hand with a lighter on wednesday because he wet himself. theres a blister as big as a 10p on the back of his hand and mum told nursery he touched the hob. Leo told me Ryan did it and said hed do the other hand if he wet again

tonight mum is on a late at the hospital till 2am and Ryan is babysitting him on his own. i have to go to my dads in Gloucester for the weekend cos its his weekend and he picks me up at 5. Leo was crying this morning saying he doesnt want to stay with Ryan

please can someone go and see him before tonight. we live at 22 Wye View, Ross-on-Wye. his nursery is Little Acorns in Ross

freya
""")
    top = plain_top(f, addr("freya", "freyab.0207@example.com"), "mash@herefordshire.gov.uk", "my little brother",
                    when, "example.com", extra=[("X-Mailer", "Android Mail")])
    add(f, build(top, text_part(text, cte="base64"), False), "herefordshire", "mash_step_up", when, 4, "urgent",
        "other", True, None, [], [ch("Leo Godsall")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, a teenager writing for her younger brother in mobile style (one base64 text/plain part, LF): a "
        "4-year-old burned with a lighter by Mum's boyfriend, who threatened to do it again and will be alone with "
        "him tonight. Harm + access tonight -> alert_duty; other. The sister signs 'freya' only.",
        not_children=["Ryan"], must_contain=["Ryan is babysitting him on his own"])


def herefordshire_06():
    """NEAR MISS: a father writing for himself after a relapse - children live with their mother, contact is
    supervised, 'I'm not a danger to my kids'. HTML-only."""
    f = "herefordshire_06.eml"; when = "2053-07-10 13:20:11"
    text = T("""
Hello,

I'm writing for myself. I'm an alcoholic. I was three months sober and I relapsed last week after my dad's funeral. I'd rather be honest and ask for help than hide it.

I'm not a danger to my kids and I'd never drive them or see them when I've had a drink. My two boys, Jack and Harry, live with their mum full time in Hereford and I only see them on Saturday mornings at the contact centre, supervised, and the staff there breathalyse me. I've told their mum about the relapse and I've cancelled this Saturday myself. I've gone back to my group and I've got an appointment with the alcohol service on Monday.

Is there a parenting course or a dads' group I could do, so that when I'm well again I can be a better dad to them?

Mark Preedy
07700 900846
""")
    top = plain_top(f, addr("Mark Preedy", "mark.preedy@example.net"), "earlyhelpcoordinators@herefordshire.gov.uk",
                    "Help for a dad - parenting course?", when, "example.net", mailer="Outlook.com")
    add(f, html_only(f, top, web_html(text, "Segoe UI")), "herefordshire", "early_help_duty", when, 6, "near_miss",
        "other", False, None, [], [], ["substance_misuse"], None, None, [], None, "human_review",
        "NEAR MISS: a father writing for himself about an alcohol relapse - but 'I'm not a danger to my kids', the "
        "boys live with their mother, contact is supervised and breathalysed and he has cancelled this Saturday "
        "himself. A parent's own request for a course -> other -> human_review. The boys are named by first name "
        "only (not labelled).",
        not_children=["Mark Preedy"], must_contain=["I'm not a danger to my kids", "supervised"])


def herefordshire_07():
    """Ordinary: a 14-year-old young carer asking for a young carers group."""
    f = "herefordshire_07.eml"; when = "2053-04-14 16:30:29"
    text = T("""
Hi,

My name is Grace Powell-Edwards, I'm 14 and I'm in Year 9 at Lugg Valley High School. I'm a young carer for my mum, who has MS. My head of year said Early Help might know about a young carers group near Leominster, because the one I used to go to has closed.

Nothing bad is happening at home. I just want to meet other people who do the same stuff as me, and maybe get some help with homework because I'm a bit behind.

Mum knows I'm emailing and said it's fine. Her name is Angharad Powell-Edwards and her number is 07700 900154 if you need to check.

Thanks
Grace
""")
    top = plain_top(f, addr("Grace P-E", "gracepe.2039@example.com"), "earlyhelpcoordinators@herefordshire.gov.uk",
                    "young carers group?", when, "mail.example.com")
    add(f, build(top, text_part(text, cte="7bit"), False), "herefordshire", "early_help_duty", when, 7, "ordinary",
        "other", False, None, [], [ch("Grace Powell-Edwards")], ["young_carer"], None, None, [], None, "human_review",
        "A 14-year-old young carer writing for herself (first day of the window) to ask about a young carers group: "
        "'Nothing bad is happening at home'. An enquiry, no step -> other -> human_review.",
        not_children=["Angharad Powell-Edwards"], must_contain=["I'm a young carer for my mum"])


def herefordshire_08():
    """NEAR MISS step-up sent to Herefordshire (no step-up in its protocol): a 13-year-old's screenshots of threats
    last month - the man is remanded in custody; the step-up is for neglect."""
    f = "herefordshire_08.eml"; when = "2053-07-23 10:10:34"
    body = T("""
Dear MASH,

I'd like to ask for Jessica Lilwall (DOB 14/10/2039), Mosaic 3873509, to be stepped up from Early Help to Children's Social Care. My manager, Lisa Whittaker (cc'd), has agreed.

Jessica (13) forwarded me screenshots last month of messages from a 24-year-old man she had met online, saying he would "come and get her" and share photos if she didn't meet him. That was reported to the police on 16 June; he was arrested and charged and has been remanded in custody since 18 June, and his phone was seized. There is no current risk from him and there has been no contact since. Jessica has had support from the school counsellor.

The reason for the step up is different: the neglect at home has got worse over the summer term. Mum's drinking has increased (twice I found her asleep at 3pm when I visited), there is often no food, and Jessica says she puts herself to bed and gets herself up. The Early Help plan has not changed things in six months.

Jessica's words: "Mum's not horrible, she's just always drunk now. I don't want to move, I just want her to stop."

Kind regards
Sam Hales
Early Help Family Support Worker
Herefordshire Council
01632 960863
""") + HDISC
    top = outlook_top(f, addr("Sam Hales", "sam.hales@herefordshire.gov.uk"), addr("MASH", "mash@herefordshire.gov.uk"),
                      "Step up request - Jessica Lilwall (Mosaic 3873509)", when,
                      cc=addr("Lisa Whittaker", "lisa.whittaker@herefordshire.gov.uk"))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4, "near_miss", "step_up", False,
        None, ["3873509"], [ch("Jessica Lilwall", "2039-10-14", "14/10/2039")], ["neglect", "substance_misuse"], None,
        True, [], None, "human_review",
        "NEAR MISS on the last day of the window: a 13-year-old's forwarded screenshots of threats are last month's, "
        "already handled (man charged and remanded in custody, phone seized, 'no current risk from him'). The mail "
        "is a step-up (neglect, Mum's drinking; manager agreed), but Herefordshire's protocol defines no step-up -> "
        "human_review, missing [] and notice null.",
        not_children=["Lisa Whittaker"], must_contain=["remanded in custody since 18 June", "has agreed"])

# ============================================================================ calendar facts (checked in set_checks)
def easter_sunday(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, ((h + l - 7 * m + 114) % 31) + 1)

def first_monday(y, mth):
    d = date(y, mth, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)

def last_weekday(y, mth, wd):
    d = date(y, mth + 1, 1) - timedelta(days=1) if mth < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - wd) % 7)

def england_bank_holidays(y):
    """England & Wales bank holidays by rule (substitute days for New Year and Christmas / Boxing Day)."""
    out = {}
    ny = date(y, 1, 1)
    out[ny + timedelta(days={5: 2, 6: 1}.get(ny.weekday(), 0))] = "New Year's Day"
    e = easter_sunday(y)
    out[e - timedelta(days=2)] = "Good Friday"
    out[e + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "Early May bank holiday"
    out[last_weekday(y, 5, 0)] = "Spring bank holiday"
    out[last_weekday(y, 8, 0)] = "Summer bank holiday"
    xmas, box = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:
        xmas, box = date(y, 12, 27), date(y, 12, 28)
    elif xmas.weekday() == 6:
        xmas, box = date(y, 12, 27), date(y, 12, 26)
    elif box.weekday() == 5:
        box = date(y, 12, 28)
    out[xmas] = "Christmas Day"; out[box] = "Boxing Day"
    return out

# The 2053 list, written out by hand and compared with the rules above: New Year's Day Wed 1 January; Good Friday
# 4 April; Easter Monday 7 April (Easter Sunday 6 April); Early May bank holiday Mon 5 May; Spring bank holiday Mon
# 26 May; Summer bank holiday Mon 25 August; Christmas Day Thu 25 December; Boxing Day Fri 26 December.
BANK_HOLIDAYS = {date(2053, 1, 1), date(2053, 4, 4), date(2053, 4, 7), date(2053, 5, 5), date(2053, 5, 26),
                 date(2053, 8, 25), date(2053, 12, 25), date(2053, 12, 26)}
EASTER_SUNDAY = date(2053, 4, 6)
IN_WINDOW = {date(2053, 5, 5): "Early May bank holiday", date(2053, 5, 26): "Spring bank holiday"}
# The summer term: after the Easter holidays (Easter Monday 7 April; schools back Monday 14 April) to the end of the
# summer term on Wednesday 23 July 2053. Half term is the week of the Spring bank holiday (26-30 May).
WINDOW_START, WINDOW_END = date(2053, 4, 14), date(2053, 7, 23)
WINDOW = (datetime(2053, 4, 14, tzinfo=LON), datetime(2053, 7, 23, 23, 59, 59, tzinfo=LON))
MAX_YEAR = 2053

def bst_bounds(y):
    """BST runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October."""
    return (datetime.combine(last_weekday(y, 3, 6), datetime.min.time(), UTC).replace(hour=1),
            datetime.combine(last_weekday(y, 10, 6), datetime.min.time(), UTC).replace(hour=1))

def expected_offset(d):
    s, e = bst_bounds(d.year)
    return "+0100" if s <= d.astimezone(UTC) < e else "+0000"

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, England & Wales bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

# (working days, plain weekdays) for each Knowsley step request with a meeting date, from the Europe/London date of
# `now`; knowsley_01 and knowsley_05 are decided by a bank holiday (plain count says ok, working days say not).
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (5, 6), "knowsley_04.eml": (6, 6),
                   "knowsley_05.eml": (4, 5)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_05.eml"]

# ============================================================================ the specification the labels follow
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
               "young_carer", "disability_send"}
REQ = {   # REQUIREMENTS.md: (authority, kind, Knowsley step-down level) -> requirement ids
    ("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
    ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                    "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
}
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}
BANNED = ["urgent", "urgently", "risk", "immediate", "immediately", "emergency", "danger", "dangerous", "unsafe",
          "safeguarding concern", "asap", "critical"]
NEAR_MISS_ALARM = re.compile(r"(?i)\b(urgent\w*|risk\w*|immediate\w*|emergenc\w*|danger\w*|unsafe|hurt|hit|hitting|"
                             r"missing|999|police|fracture|threat\w*)\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
YEAR = re.compile(r"\b(2\d{3})\b")
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w.strip())
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w.strip())
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    return None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def expected_next(auth, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (auth, k) not in DEFINED:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

# ============================================================================ reading the messages back (stdlib)
def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def cal_text(payload):
    c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
    return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

def readable_parts(msg):
    """Every human-readable string in a message: subject, attachment names, text, HTML (as text), iCalendar,
    .docx and .pdf text."""
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
            out.append(cal_text(payload))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        elif ct.startswith("image/"):
            if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                raise ValueError("bad PNG")
        else:
            raise ValueError("unexpected part type %s" % ct)
    return out

def readable(msg):
    return re.sub(r"\s+", " ", "\n".join(readable_parts(msg)))

def everything(f, msg):
    """For the banned-word check: every header of every MIME part (raw and decoded), every readable string, and the
    raw HTML source - lower-cased, whitespace collapsed."""
    raw = FILES[f].decode("ascii")
    header_lines = []
    for block in re.split(r"\r?\n--[^\r\n]+\r?\n", raw):
        header_lines.append(block.split("\r\n\r\n" if "\r\n\r\n" in block else "\n\n", 1)[0])
    decoded = [str(v) for part in msg.walk() for _k, v in part.items()]
    htmls = [p.get_content() for p in msg.walk() if not p.is_multipart() and p.get_content_type() == "text/html"]
    return re.sub(r"\s+", " ", " ".join(header_lines + decoded + readable_parts(msg) + htmls)).lower()

def banned_found(f, msg):
    text = everything(f, msg)
    return sorted({w for w in BANNED if w in text})

# ============================================================================ self-checks
def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]: err("label keys")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                   "missing", "notice_ok", "next_action"]:
        err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted / unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3          # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]:
                err("%s missing but no %s concern" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    for v in ("consent", "manager_agreed", "urgent"):
        if e[v] not in (True, False, None): err(v)
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id as labelled" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null (no notice period for this authority / kind)")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # the message itself
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("MIME defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    m_raw = re.search(rb"(?m)^Date: ([^\r\n]+)", data)        # the raw line: the parsed header re-derives the weekday
    raw_date = m_raw.group(1).decode("ascii").strip() if m_raw else ""
    d = email.utils.parsedate_to_datetime(raw_date)
    local = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if raw_date[:3] != local.strftime("%a"): err("Date header weekday %s but the date is a %s" % (raw_date[:3], local.strftime("%a")))
    if not raw_date.endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != local.utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after the Date")
    if email.utils.format_datetime(dt(META[f]["when"])) != raw_date: err("Date header is not the recorded time")
    if e["kind"] == "auto_reply":
        if msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
    elif msg["Auto-Submitted"] is not None:
        err("Auto-Submitted on human mail")
    subj = str(msg["Subject"])
    if e["kind"] in ("follow_up", "auto_reply") and "[SB-%s-" % a not in subj: err("no [SB-] reference in the subject")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("a new request carries an [SB-] reference")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    methods = [re.search(r"METHOD:(\w+)", cal_text(p.get_payload(decode=True))).group(1) for p in cals]
    if e["kind"] == "meeting_reply" and methods != ["REPLY"]: err("meeting_reply needs one text/calendar REPLY part")
    if e["kind"] != "meeting_reply" and "REPLY" in methods: err("an iTIP REPLY outside a meeting_reply")
    try:
        text = readable(msg)
    except Exception as ex:
        err("unreadable: %r" % ex)
        return errors
    for y in YEAR.findall(text + " " + " ".join(str(v) for p in msg.walk() for _k, v in p.items())):
        if int(y) > MAX_YEAR: err("a year after %d in the text or headers: %s" % (MAX_YEAR, y))
    for c, mc in zip(e["children"], META[f]["children"]):
        if c["name"] != mc["name"]: err("children records out of step")
        if c["name"] not in text: err("child %s not in the text" % c["name"])
        if mc["_w"] is not None:
            if mc["_w"] not in text: err("DOB as written %r not in the text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("DOB %r parses to %s, label %s" % (mc["_w"], parse_dob(mc["_w"]), c["dob"]))
            born = date.fromisoformat(c["dob"])
            if not born < now.date() or age_years(born, now.date()) >= 18:
                err("%s (DOB %s) is not a child at now" % (c["name"], c["dob"]))
    pos = [text.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in the text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in the text" % cid)
    pos = [text.find(cid) for cid in e["case_ids"]]
    if pos != sorted(pos): err("case ids not in order of appearance")
    for phrase in META[f]["must_contain"]:
        if re.sub(r"\s+", " ", phrase) not in text: err("phrase the label relies on is missing: %r" % phrase)
    if e["urgent"]:
        found = banned_found(f, msg)
        if found: err("BANNED WORD(S) in an urgent mail: %s" % found)
    if CATS[f] == "near_miss" and not NEAR_MISS_ALARM.search(text):
        err("a near miss should carry something that looks alarming")
    return errors

def set_checks():
    errors = []
    # calendar: bank holidays by rule == the hand-written list; Easter; the window; BST
    rule = england_bank_holidays(2053)
    if set(rule) != BANK_HOLIDAYS:
        errors.append("set: bank holidays by rule %s differ from the list %s" % (sorted(rule), sorted(BANK_HOLIDAYS)))
    if easter_sunday(2053) != EASTER_SUNDAY or EASTER_SUNDAY.weekday() != 6:
        errors.append("set: Easter Sunday 2053 is %s" % easter_sunday(2053))
    if not (EASTER_SUNDAY + timedelta(days=1) < WINDOW_START):
        errors.append("set: the window must start after Easter Monday")
    inside = {d: n for d, n in rule.items() if WINDOW_START <= d <= WINDOW_END}
    if inside != IN_WINDOW:
        errors.append("set: bank holidays in the window are %s, expected the two May ones" % inside)
    if first_monday(2053, 5) != date(2053, 5, 5) or last_weekday(2053, 5, 0) != date(2053, 5, 26):
        errors.append("set: May bank holidays wrong")
    if not (WINDOW_START.weekday() == 0 and WINDOW_END.weekday() == 2 and WINDOW_END.month == 7 and WINDOW_END.day >= 18):
        errors.append("set: the window must run from Monday 14 April to Wednesday 23 July 2053 (late July)")
    s, e = bst_bounds(2053)
    if (s.date(), e.date()) != (date(2053, 3, 30), date(2053, 10, 26)):
        errors.append("set: BST 2053 should run from Sunday 30 March to Sunday 26 October, got %s - %s" % (s, e))
    d = WINDOW_START
    while d <= WINDOW_END:
        for hh in (0, 12, 23):
            t = datetime(d.year, d.month, d.day, hh, tzinfo=LON)
            if t.utcoffset() != timedelta(hours=1) or expected_offset(t) != "+0100":
                errors.append("set: %s %02d:00 is not BST" % (d, hh))
        d += timedelta(days=1)
    # counts
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("set: %s needs files 01-08, has %s" % (a, sorted(per.get(a, []))))
    if len(FILES) != 40 or len(LABELS) != 40 or len(CATS) != 40:
        errors.append("set: need 40 files, have %d" % len(FILES))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: at least 11 urgent and 11 near misses needed, have %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        errors.append("set: every kind must be present")
    urgent_kinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= urgent_kinds:
        errors.append("set: urgent mails must vary in kind, have %s" % sorted(urgent_kinds))
    # Knowsley notice arithmetic
    counts = {}
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m is not None:
            counts[lab["file"]] = (working_days(_today(lab["file"]), m), plain_weekdays(_today(lab["file"]), m))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f, (wd, pw) in counts.items() if (wd >= 5) != (pw >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts decided by a bank holiday %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    crossed = {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]}
    if crossed != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross the Early May and the Spring bank holidays between them")
    if len(set(FILES.values())) != 40:
        errors.append("set: two files are identical")
    return errors, tot

def run_checks():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    more, tot = set_checks()
    return errors + more, tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice_ok %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with DOB %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("  %s %s" % (a, dict(c)))
    out.append("urgent kinds %s" % dict(Counter(l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"])))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        f = l["file"]
        m = META[f]["meeting"]
        d = email.utils.parsedate_to_datetime(parse(f)["Date"]).astimezone(LON)
        extra = ""
        if m:
            extra = "  meeting %s: %d WD, %d plain" % (m.strftime("%a %d %b"), working_days(_today(f), m),
                                                       plain_weekdays(_today(f), m))
        out.append("  %-26s %s %-9s %-13s %s%s" % (f, d.strftime("%a %d %b %H:%M %z"), CATS[f], l["expect"]["kind"],
                                                  l["expect"]["next_action"], extra))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = run_checks()
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
    print("%s: wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (SET, len(FILES), tot))

if __name__ == "__main__":
    main()
