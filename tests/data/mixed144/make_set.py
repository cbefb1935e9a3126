#!/usr/bin/env python3
"""mixed144: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2057 (Tuesday 24 April - Friday 20 July 2057), in handovers and cover: a
practitioner's last day and the cases handed over, covering colleagues, locum and agency social workers, a manager
covering a vacant post, a handover note pasted into a mail or attached as a PDF, "I'm picking this up from X who has
left", out-of-date information in a handover, a request sent by the wrong worker, and duplicated requests from old
and new workers.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; .docx zips carry fixed timestamps; PDFs are hand-built PDF 1.4 text pages. Everything is
built with the Python standard library; the self-checks read the attachments back with the standard library too
(zipfile + ElementTree for .docx, the uncompressed content stream for the PDFs). If the `holidays` package is
importable (e.g. /work/main/.venv/bin/python), its England bank-holiday list for 2057 is compared with the script's.

Run:  python3 make_set.py            (checks, then writes the 40 .eml, labels.json and categories.json)
      python3 make_set.py --stats    (also prints tallies and the Knowsley notice table)
      python3 make_set.py --inject-faults   (also breaks an in-memory copy in several ways; each must be caught)
The script stops on any self-check error before anything is written. Every label was set by hand from the
specification (/work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and config/authorities/*.yaml); the checks only
verify the labels against those rules and the messages against the labels.
"""

import base64, copy, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


# ============================================================================= MIME helpers
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
    """Europe/London wall-clock time -> aware datetime (the whole window is BST, +0100)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

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
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:                                           # 7bit
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

def build(top, root, crlf):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                               # every message is 7-bit on the wire
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def esc(t):
    return html.escape(t, quote=False)

def html_of(text, font="Aptos"):
    out = []
    for para in text.split("\n\n"):
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(esc(l) for l in para.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:%(font)s;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"%(font)s",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-compose; font-family:"%(font)s",sans-serif; color:windowtext;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""

def word_inline(t):
    t = esc(t)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    return "<span lang=EN-GB>" + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks, font="Aptos"):
    """blocks: strings (paragraphs; '' = empty), ('h', text) bold heading, ('table', rows) first row a header."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = word_inline(c)
                    shade = "background:#D9E2F3;" if i == 0 else ""
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt'>"
                               "<p class=MsoNormal>%s<o:p></o:p></p></td>\n" % (shade, cell))
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append("<p class=MsoNormal><b>%s<o:p></o:p></b></p>\n" % word_inline(b[1]))
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
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]] + [""]
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(word_plain(b[1]))
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
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
            if p.startswith(("From ", " ")) :
                p = " " + p                          # space-stuffing
            out.append(p)
    return "\n".join(out)

def flowed_part(text, cte="quoted-printable"):
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'), ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body)
    else:
        body.encode("ascii")
    return Part(h, body)


# -- hand-built PDF 1.4 (Helvetica, WinAnsi, one uncompressed text page per 52 lines)
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(title, lines, producer="Microsoft: Print To PDF"):
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
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pdf_escape(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objs.append(b"<< /Title (" + pdf_escape(title).encode("cp1252") + b") /Producer (" + producer.encode() + b") >>")
    info = len(objs)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return out

def pdf_text(data):
    """Read back the text of a PDF made by make_pdf (the uncompressed content streams)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252"))
    return "\n".join(out)


# -- minimal .docx (OOXML zip) and its read-back
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=(), title=None):
    """paras: strings ('# ' = Heading 1); tables: lists of rows, appended after the paragraphs."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(t)
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
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>'
            % esc(title or ""))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                           ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2057, 4, 2, 9, 0, 0))
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
    return binary_part(DOCX, filename, make_docx(paras, tables, title=filename.rsplit(".", 1)[0]))


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
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

def outlook_reply_ics(fname, stamp, start, end, summary, location, organizer, attendee, partstat, comment):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["SUMMARY;LANGUAGE=en-GB:%s: %s" % ({"ACCEPTED": "Accepted", "DECLINED": "Declined",
                                              "TENTATIVE": "Tentative"}[partstat], ics_escape(summary)),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "ORGANIZER;CN=%s:mailto:%s" % organizer, "CLASS:PUBLIC", "PRIORITY:5",
          "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location), "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# -- message tops
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"))]
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

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=(), plain_twin=True):
    h = text_part(word_html(blocks), "html")
    body = multipart("alternative", [text_part(word_text(blocks)), h], bnd(f, 2)) if plain_twin else h
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=()):
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """Outlook's iTIP REPLY: multipart/alternative (the comment as text, then text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_reply_ics(f, dt(when), start, end, summary, location, organizer, (frm_name, frm_email), partstat,
                            comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    body = (comment + "\n") if comment else " \n"
    root = multipart("alternative", [text_part(body), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
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
    """Outlook's quoted original under a top-posted reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement, as it reads when quoted under a reply."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.\n")
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify "
         "the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")
BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you "
         "are not the intended recipient, please delete it and tell the sender.\n")
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")


# ============================================================================= readable text (for the checks)
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def readable(msg):
    """Everything a reader of the message could read: subject, every text part (HTML as text), calendar text,
    attachment names, .docx and PDF text."""
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
    return re.sub(r"\s+", " ", "\n".join(out))

def body_text(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        if part.get_content_type() == "text/html":
            out.append(html_text(part.get_content()))
        elif part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return re.sub(r"\s+", " ", "\n".join(out))


# ============================================================================= the set's records
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
        tells=()):
    """Record one file. `meeting`: the date the Knowsley notice is counted to; `not_children`: people named in the
    text who must never be labelled as children; `tells`: phrases the label relies on (each must be in the text)."""
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
                   "tells": list(tells)}


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"
    blocks = [
        "Hi all,", "",
        "I'm picking this family up from Jodie Keegan, who left Family First on Friday (27th April). Jodie had "
        "started the step-up before she went and her handover note says the step-up TAF is booked for "
        "{{Wednesday 9th May at 10:00}} on Teams - I've re-sent the calendar invite from my own diary so that it "
        "comes from the right person, and it's gone to you and to MASH business support.", "",
        ("table", [["Family", "EHM case ID", "Children"],
                   ["Brennan", "EHM-77314", "Lacey Brennan (DOB 14/02/2047)\nConnor Brennan (DOB 30/09/2050)"]]),
        "",
        "Our worries are about neglect. Home conditions have gone back to where they were last autumn, both children "
        "are regularly arriving at school hungry, and Connor has been sent home twice this term with untreated "
        "headlice sores. Dad's drinking is a big part of the picture - he told me himself on Monday that he's "
        "\"back on it\" since Christmas.", "",
        "Attached:",
        "- FF Step Up request form (Appendix 1) - Jodie's draft, updated by me",
        "- TAF minutes from 18 April",
        "- Graded Care Profile 2, completed with mum on 23 April", "",
        "My team manager, Dawn Pritchard, went through the step-up with me in supervision yesterday and has agreed "
        "it. I'll invite the current TAF members (school, school nurse and the drug and alcohol service).", "",
        "Thanks",
        "Megan", "",
        "Megan Costello",
        "Family First Case Manager (Kirkby locality)",
        "Knowsley Council | 0151 496 0732", "",
        KDISC.strip(),
    ]
    atts = [
        docx_att("FF Step Up request - Brennan - EHM-77314.docx", [
            "# FF Step Up request to CSC",
            "Case ID on EHM: EHM-77314",
            "Has this family recently closed to Children's Social Care?: No",
            "Date of step up TAF meeting: Wednesday 9 May 2057, 10:00 (Teams)",
            "Level of Engagement: medium - mum engages with school, dad avoids visits",
            "Recent TAF meeting minutes attached: Yes (18/04/2057)",
            "What are we worried about? Current concerns: home conditions, hunger, untreated headlice; dad's "
            "alcohol use. Past harm: none known. Complicating factors: dad's drinking, debt.",
            "What is working well? Mum takes both children to school every day; the school breakfast club.",
            "What next? Goals: children fed, clean and warm. Next steps: step-up TAF, C&F assessment.",
            "Graded Care profile: completed 23/04/2057 - see attached GCP2.",
            "Agreement by line manager: Dawn Pritchard, Team Manager, 01/05/2057",
            "Contingency plan: if not stepped up, TAF review in 4 weeks with GCP2 repeated.",
            "Completed by: Jodie Keegan (draft 24/04/2057); updated by Megan Costello 02/05/2057"]),
        pdf_att("TAF minutes 18-04-2057 Brennan.pdf", "TAF meeting minutes - Brennan family - 18 April 2057", [
            "Chair: Jodie Keegan, Family First Case Manager",
            "Present: mum, Jodie Keegan, Brookvale Primary (Mrs Orrell), school nurse. Dad did not attend.",
            "1. Home conditions: deteriorated since the last TAF. Kitchen unusable, no food seen.",
            "2. School: Lacey and Connor arriving hungry; Connor sent home with headlice sores.",
            "3. Actions: GCP2 to be completed with mum (JK); consider step up with TM (JK)."]),
        pdf_att("GCP2 Brennan 23-04-2057.pdf", "Graded Care Profile 2 (GCP2) - summary - Brennan", [
            "Completed by: Jodie Keegan with mum, 23/04/2057",
            "Area 1 Physical care (nutrition, housing, clothing, hygiene): grade 4",
            "Area 2 Care of safety: grade 3", "Area 3 Love and care: grade 2", "Area 4 Stimulation and education: grade 3",
            "Summary: physical care consistently below the child's needs."]),
    ]
    top = outlook_top(f, addr("Costello, Megan", "megan.costello@knowsley.gov.uk"), KMASH,
                      "Step up request - Brennan - EHM-77314", "2057-05-02 10:12", cc=KBS)
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", "2057-05-02 10:12", 6, "ordinary",
        "step_up", False, None, ["EHM-77314"],
        [ch("Lacey Brennan", "2047-02-14", "14/02/2047"), ch("Connor Brennan", "2050-09-30", "30/09/2050")],
        ["neglect", "substance_misuse"], None, True, [], False, "request_info",
        "A new case manager picking up a step-up from a worker who has left: form, TAF minutes, GCP2 (neglect), "
        "EHM id and the TM's agreement are all there, so nothing is missing; but the TAF date inherited from the "
        "handover, Wed 9 May 10:00, is only 4 working days after Wed 2 May (3, 4, 8, 9 May) because Mon 7 May is "
        "the Early May bank holiday (5 plain weekdays) -> notice_ok false -> request_info.",
        meeting=date(2057, 5, 9), not_children=["Jodie Keegan", "Dawn Pritchard"],
        tells=["has agreed it", "Wednesday 9th May at 10:00"])

def knowsley_02():
    f = "knowsley_02.eml"
    body = T("""
Hello Family First duty,

I'm an agency social worker in the Child in Need team (Huyton) and my contract ends this Friday, 25th May, so I'm writing now to make sure this doesn't fall between the cracks when I go. Rhys Lunt, a permanent social worker in the team, is taking over my caseload and will chair the meeting in my place - he's copied in.

Child: Harvey Doyle-Kane, DOB 03/11/2046, ICS-2083316
Step down to: Level 2
Final CIN meeting: Tuesday 29 May 2057 at 2.00pm, Brookfield Lane Primary School, Huyton (family room)
New Lead Practitioner: Mrs Carol Whitby, Learning Mentor, Brookfield Lane Primary School - she has agreed to take on the Lead Practitioner role.

What are we worried about?
Mum's mental health - she is still on the waiting list for talking therapies and says herself that mornings are the hardest. Harvey's attendance is 88% this term and most of the missed days are Mondays.

What is working well?
Mum has kept every appointment since January. Harvey is settled in class, has a good relationship with Mrs Whitby, and goes to the after-school football club twice a week. Nan (maternal) helps with the school run on Mondays now.

What needs to happen?
Mrs Whitby to start the Early Help Assessment and hold the first TAF review within 6 weeks. Mum to carry on with her GP reviews and take up talking therapies when offered. School to keep the Monday check-in.

Mum agrees with the step down and is happy for Mrs Whitby to be the lead. My team manager, Gareth Nolan, has agreed the step down.

Thanks,
Natalie

Natalie Ashworth
Social Worker (agency) | Child in Need Team, Huyton | Knowsley Council
0151 496 0841

""") + KDISC
    top = outlook_top(f, addr("Ashworth, Natalie", "natalie.ashworth@knowsley.gov.uk"), KFF,
                      "Step down to Level 2 - Harvey Doyle-Kane - final CIN Tue 29 May", "2057-05-21 11:05",
                      cc="Rhys Lunt <rhys.lunt@knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", "2057-05-21 11:05", 6, "ordinary",
        "step_down", False, 2, ["ICS-2083316"], [ch("Harvey Doyle-Kane", "2046-11-03", "03/11/2046")],
        ["parental_mental_health", "school_attendance"], True, True, [], True, "book_meeting",
        "An agency social worker's last week: complete Knowsley level 2 step-down (date, time and venue; the "
        "three Signs of Safety headings; lead practitioner named with her school); the final CIN on Tue 29 May "
        "is exactly 5 working days after Mon 21 May (22, 23, 24, 25, 29) because Mon 28 May is the Spring Bank "
        "Holiday (6 plain weekdays) -> notice ok -> book_meeting. 'Mum agrees with the step down' -> consent true.",
        meeting=date(2057, 5, 29), not_children=["Rhys Lunt", "Carol Whitby"],
        tells=["Mum agrees with the step down", "has agreed the step down", "Step down to: Level 2"])

def knowsley_03():
    f = "knowsley_03.eml"
    blocks = [
        "Hi duty / Paul,", "",
        "As it's my last day, below is my handover for the five families still open to me. Paul has allocated them "
        "but nobody starts until after half term, so duty please hold them until then.", "",
        ("table", [["Family", "EHM", "Where things are", "To do"],
                   ["Mercer", "EHM-70412", "TAF review held 9/5, plan on track, mum engaging well", "Next TAF 20/6"],
                   ["Kaur-Lyons", "EHM-71980", "Step down to level 2 being discussed with school", "Chase school re LP role"],
                   ["Riley", "EHM-72245", "See below", "See below"],
                   ["Abbott", "EHM-69903", "Closing - goals met, closure summary on EHM", "TM sign-off"],
                   ["Shah", "EHM-73317", "New, first home visit done 21/5", "EHA to be completed"]]),
        "",
        ("h", "Rileys"),
        "Mum (Chantelle) rang me at 2.10 this afternoon. Jordan, the children's dad, who is on bail for assaulting "
        "her in April with a condition not to go to the address, turned up at lunchtime and is still there. She was "
        "whispering and said \"he won't go, he's shouting, the kids are in the front room with him\". Tayla Riley (6) "
        "and Kobe Riley (3) are both at home - Kobe doesn't go to nursery on Fridays and Jordan collected Tayla "
        "from school early. I rang Huyton police station and left a message for the officer in the case but "
        "nobody has rung back, and mum's phone now goes straight to voicemail. I finish at 4.", "",
        "Thanks for everything - it's been a pleasure working with you all.", "",
        "Kirsty", "",
        "Kirsty Halligan",
        "Family First Case Manager (Huyton)",
        "Knowsley Council | 0151 496 0765",
    ]
    top = outlook_top(f, addr("Halligan, Kirsty", "kirsty.halligan@knowsley.gov.uk"), KFF,
                      "Handover - Kirsty's caseload (last day today)", "2057-05-25 15:42",
                      cc="Paul Devlin <paul.devlin@knowsley.gov.uk>")
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", "2057-05-25 15:42", 5, "urgent",
        "other", True, None, ["EHM-70412", "EHM-71980", "EHM-72245", "EHM-69903", "EHM-73317"],
        [ch("Tayla Riley"), ch("Kobe Riley")], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 inside a leaving worker's handover table: the father, bailed for assaulting the mother with a "
        "condition not to attend, has been in the house with a 6- and a 3-year-old since lunchtime, the mother "
        "whispering and now unreachable, the worker finishing at 4 on the Friday before half term -> alert_duty. "
        "A handover is not a step request -> other. Every EHM id in the table is labelled, in order; only the "
        "Riley children are named.",
        not_children=["Chantelle", "Jordan"])

def knowsley_04():
    f = "knowsley_04.eml"
    body = T("""
Thank you for your email.

I have now left Knowsley Council (my last working day was 27 April 2057) and this mailbox is no longer monitored. Your email has not been forwarded.

Family First cases previously held by me have been reallocated. Please contact the Family First duty team on 0151 496 0750 or FamilyFirst0-18DutyMailbox@knowsley.gov.uk.

If you believe a child is at immediate risk of harm, call the MASH duty social work team on 0151 496 0417, or 999 in an emergency. Please do not send child protection information to this mailbox.

Jodie Keegan
""")
    top = outlook_top(f, addr("Keegan, Jodie", "jodie.keegan@knowsley.gov.uk"), KMASH,
                      "Automatic reply: [SB-knowsley-5127] Step-up request received - Brennan", "2057-05-02 10:31",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body, crlf=True), True), "knowsley", "mash_step_up", "2057-05-02 10:31", 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "The departed worker's out-of-office answering stepbot's acknowledgement of knowsley_01 (Auto-Submitted: "
        "auto-replied): 'immediate risk of harm', '999 in an emergency' and 'child protection' are boilerplate "
        "about no child -> auto_reply, ignore (safety rule 2: never answered).")

def knowsley_05():
    f = "knowsley_05.eml"
    data = itip_reply(f, "2057-06-14 09:20", "Bryony Tate", "bryony.tate@knowsley.gov.uk",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step-up TAF meeting - Rimmer - EHM-74420 [SB-knowsley-5102]",
                      "20570620T133000", "20570620T150000", "Microsoft Teams Meeting",
                      comment="Covering for Aled Pryce while he is on leave - I'll chair this one. Bryony")
    add(f, data, "knowsley", "mash_step_up", "2057-06-14 09:20", 4, "ordinary", "meeting_reply", False, None,
        ["EHM-74420"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the MASH social worker's deputy, covering the chair while he is "
        "on leave; the EHM id is in the SUMMARY -> meeting_reply, record_reply.")

def knowsley_06():
    f = "knowsley_06.eml"
    note = ("Sorry, I can't make Wednesday, and I need someone from MASH to ring me today please. I only took the "
            "Quinns over from Mrs Gerrard last Thursday and her notes say dad is working away in Spain. He isn't. "
            "Tiegan Quinn (4) came into nursery class this morning with a hand-shaped red mark across her left "
            "cheek, and when I asked her about it she said \"Daddy smacked me cos I spilt the juice\" and \"Daddy "
            "lives at our house again now\". He collected her and her brother Roman Quinn (7) at 3 o'clock today. "
            "Mum is on nights at the hospital all this week, so he has them both on his own tonight. I'm on "
            "07700 900418 until 6. Leanne Fazakerley, Family Support Worker, Brookvale Primary")
    data = google_reply(f, "2057-06-18 15:36", "Leanne Fazakerley", "l.fazakerley@brookvale-primary.example",
                        ("Knowsley MASH", KMASH), "DECLINED",
                        "Step-up TAF meeting - Quinn - EHM-75561 [SB-knowsley-5140]",
                        "20570620T090000Z", "20570620T103000Z", "Microsoft Teams Meeting",
                        "Wed 20 Jun 2057 10am - 11:30am (BST)", note=note)
    add(f, data, "knowsley", "mash_step_up", "2057-06-18 15:36", 5, "urgent", "meeting_reply", True, None,
        ["EHM-75561"], [ch("Tiegan Quinn"), ch("Roman Quinn")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "Safety rule 1 in a calendar reply's comment: a Google Calendar DECLINED reply whose note says the handover "
        "was out of date (dad is not in Spain), a 4-year-old has a hand-shaped mark and says 'Daddy smacked me', and "
        "he has both children alone tonight -> urgent on a meeting_reply -> alert_duty.",
        not_children=["Leanne Fazakerley", "Mrs Gerrard"])

def knowsley_07():
    f = "knowsley_07.eml"
    body = T("""
Morning,

I'm a locum case manager covering the Prescot patch until the vacant post is filled, so I've inherited the Whitfields from Gemma Roscoe's caseload (Gemma moved to the Youth Justice team at the end of May). The step-up TAF meeting is on Wednesday 13 June at 10am on Teams - the invite has gone to you and to MASH business support, and I've invited the current TAF members.

Case ID on EHM: EHM-76028
Children: Skye Whitfield, DOB 12/07/2044; Ellis Whitfield, DOB 05/01/2049

Why we are asking to step up: non-engagement. Since February mum has cancelled, or not been in for, 9 of the 12 planned home visits, has not attended any of the three TAF meetings, and stopped going to the parenting group after one session. Skye's attendance is 79% this year and school have not been able to get mum in for a meeting either.

I've completed the Engaging Families toolkit (attached). It scores the family as high on disengagement: we have tried different times, a different worker, a joint visit with school, letters, texts and a visit at the school gate, and nothing has held.

A word about the history, because Gemma's handover note leads with it and it reads alarmingly: in 2055 the children's father seriously assaulted mum and was jailed for it. He is still serving a long sentence, there is a restraining order, and there has been no contact of any kind since. MARAC closed the case in 2056. There are no current domestic abuse concerns and no immediate risk to the children - it is not part of the reason for this step-up. I'm mentioning it only so the chair isn't thrown by the chronology.

Attached: step up request form, TAF minutes (22 May), Engaging Families toolkit.

My team manager, Elaine Boyce, agreed the step up on Friday.

Thanks
Olu

Olu Adebayo
Locum Family First Case Manager (Prescot)
Knowsley Council | 0151 496 0788

""") + KDISC
    atts = [
        docx_att("Step up form - Whitfield - EHM-76028.docx", [
            "# FF Step Up request to CSC", "Case ID on EHM: EHM-76028",
            "Date of step up TAF meeting: 13/06/2057 10:00",
            "Level of Engagement: low - Engaging Families Toolkit policy followed (see attached toolkit)",
            "Recent TAF meeting minutes attached: yes (22/05/2057)",
            "What are we worried about? Missed visits and TAF meetings; Skye's attendance 79%.",
            "What is working well? Ellis attends nursery well; maternal grandmother in contact with school.",
            "What next? Step-up TAF; C&F assessment if agreed.",
            "Agreement by line manager: Elaine Boyce, Team Manager, 01/06/2057"]),
        binary_part("application/pdf", "TAF minutes 22-05-2057 Whitfield.pdf",
                    make_pdf("TAF meeting minutes - Whitfield - 22 May 2057", [
                        "Chair: Olu Adebayo (locum case manager). Mum did not attend (third TAF missed).",
                        "School: Skye 79% attendance; letters home unanswered.",
                        "Actions: complete Engaging Families toolkit; discuss step up with TM."])),
        docx_att("Engaging Families toolkit - Whitfield.docx", [
            "# Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
            "Family: Whitfield (EHM-76028). Completed by Olu Adebayo, 31/05/2057.",
            "Attempts to engage: 12 planned visits (3 kept), 3 TAF invitations (0 attended), parenting group (1 of 8).",
            "Overall level of engagement: low. Disengagement score: high."]),
    ]
    top = outlook_top(f, addr("Adebayo, Olu", "olu.adebayo@knowsley.gov.uk"), KMASH,
                      "Step up - EHM-76028 - Whitfield children - TAF Wed 13 June 10am", "2057-06-04 09:40", cc=KBS)
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", "2057-06-04 09:40", 6,
        "near_miss", "step_up", False, None, ["EHM-76028"],
        [ch("Skye Whitfield", "2044-07-12", "12/07/2044"), ch("Ellis Whitfield", "2049-01-05", "05/01/2049")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        "Near miss: a locum's step-up whose inherited handover leads with a 2055 assault - the father jailed, a "
        "restraining order, MARAC closed, 'no current domestic abuse concerns and no immediate risk' -> historic, "
        "not urgent, not a concern. Complete non-engagement step-up (form, TAF minutes, Engaging Families "
        "toolkit, EHM id, TM agreed); Wed 13 June is 7 working days after Mon 4 June -> book_meeting.",
        meeting=date(2057, 6, 13), not_children=["Gemma Roscoe", "Elaine Boyce"],
        tells=["agreed the step up on Friday", "no current domestic abuse concerns"])

def knowsley_08():
    f = "knowsley_08.eml"
    text = T("""
Hi, it's my first week as a locum with Family First and I've been given the Kinsellas (EHM-78102) from the unallocated list. The handover note just says "low level, mum struggling, school holidays coming up".

I rang mum's number at 12.30 to introduce myself and Ruby answered. Ruby Kinsella is 9. She told me: "Mum went out yesterday after tea and she hasn't come back. I gave Alfie the last of the cereal this morning. I'm not allowed to answer the door." Alfie Kinsella is 2. Ruby says there's no one else in the flat and mum's phone is off. I've tried mum five times since. School say Ruby isn't in today.

I'm driving over now (Westvale, about 20 mins). This isn't a planned step-up so I haven't done the form - please can the MASH duty team take it from here and ring me.

Hayley Brophy
Locum Family First Case Manager
07700 900561

Sent from my iPhone
""")
    top = plain_top(f, addr("Brophy, Hayley", "hayley.brophy@knowsley.gov.uk"), KMASH,
                    "Kinsella children - need duty to pick up please", "2057-07-10 13:52", "knowsley.gov.uk",
                    extra=[("X-Mailer", "iPhone Mail (22F76)")])
    add(f, build(top, flowed_part(text), False), "knowsley", "mash_step_up", "2057-07-10 13:52", 5, "urgent",
        "other", True, None, ["EHM-78102"], [ch("Ruby Kinsella"), ch("Alfie Kinsella")], ["neglect"], None, None,
        [], None, "alert_duty",
        "Safety rule 1 told plainly in a child's own words: a locum's first call finds a 9-year-old alone with a "
        "2-year-old since last night, no food left, mother unreachable -> alert_duty. 'This isn't a planned "
        "step-up' -> other. iPhone format=flowed, quoted-printable.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    blocks = [
        "Dear MASH colleagues,", "",
        "I am covering the Putney and Roehampton Early Help team manager post while it is vacant, so this step-up "
        "comes from me rather than Dominic Asante, who left in March.", "",
        "{{Children:}} Grace Ilunga (DOB 19/08/2045) and Daniel Ilunga (DOB 02/03/2052)",
        "{{Mosaic ID:}} 2590417", "",
        "After a reflective discussion on Tuesday with the Early Help worker, Sinead Farrelly, I have agreed that "
        "the concerns are now enough to step the family up to Children's Services. They are not immediate child "
        "protection concerns.", "",
        ("h", "Rationale for step up"),
        "Ms Ilunga's mental health has deteriorated since February: her GP has increased her medication twice, she "
        "is on the waiting list for secondary mental health services, and on most days she does not get up before "
        "midday. Grace (11) is doing most of the caring for Daniel (5) - getting him dressed and to school, "
        "making tea - and is late or absent on most Mondays and Fridays (attendance 84%). The Early Help plan has "
        "been in place for five months and is not making a difference: Ms Ilunga has engaged warmly but cannot "
        "follow it through, and there is no other adult in the household. We think a Child and Family Assessment "
        "is needed to look at the children's needs as a whole.", "",
        "The latest case summary is attached. Sinead will join the case discussion; please send the invitation to "
        "me as well, as I am the acting team manager until the post is filled.", "",
        "Kind regards", "",
        "Fiona Galbraith",
        "Acting Team Manager (covering vacancy), Early Help - Putney and Roehampton",
        "Richmond and Wandsworth Councils | 020 7946 0233", "",
        RDISC.strip(),
    ]
    atts = [docx_att("Case summary - Ilunga - April 2057.docx", [
        "# Case summary - Ilunga family", "Mosaic ID 2590417. Early Help worker: Sinead Farrelly.",
        "Household: Ms Ilunga (mother), Grace Ilunga (11), Daniel Ilunga (5).",
        "Early Help involvement since November 2056: school attendance, young carer support, mother's mental health.",
        "Progress: Young Carers group (Grace) attended twice; GP reviews; plan not progressing since February.",
        "Summary prepared by Sinead Farrelly, 24/04/2057."])]
    top = outlook_top(f, addr("Galbraith, Fiona", "fiona.galbraith@" + RDOM), RSU,
                      "Step up request - Ilunga - Mosaic ID 2590417", "2057-04-26 14:20")
    add(f, word_mail(f, top, blocks, atts, plain_twin=False), "richmond_wandsworth", "mash_step_up",
        "2057-04-26 14:20", 5, "ordinary", "step_up", False, None, ["2590417"],
        [ch("Grace Ilunga", "2045-08-19", "19/08/2045"), ch("Daniel Ilunga", "2052-03-02", "02/03/2052")],
        ["parental_mental_health", "school_attendance", "young_carer"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up (HTML-only Outlook mail) from an acting team manager covering a "
        "vacant post: case summary attached, rationale under its own heading, the sender 'has agreed'; 'not "
        "immediate child protection concerns' is negated; 'Mosaic ID 2590417' -> '2590417' -> book_meeting.",
        not_children=["Dominic Asante", "Sinead Farrelly"], tells=["I have agreed that"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    mark = T("""
Hi EH duty,

Step down for Adaeze Okafor (DOB 21/06/2048) and Chidi Okafor (DOB 09/10/2050), Mosaic 2611873. Case summary attached. The draft plan will follow from whoever picks up my cases - today is my last day.

Mum consented at the CIN review on 3 May.

Thanks, Mark
""")
    body = T("""
Hi,

You may already have a step-down email for the Okafor family from Mark Tennant, sent on 8 May, his last day before he left the authority (copied below). It went without the draft plan and gave the wrong year of birth for Chidi - his date of birth is 09/10/2051, not 2050. Please use this email instead. I am now the allocated social worker.

Children: Adaeze Okafor (21/06/2048) and Chidi Okafor (09/10/2051). Mosaic 2611873.

Mum (Ngozi Okafor) gave her consent to Early Help continuing the plan at the CIN review on 3 May, and she knows I have taken over from Mark.

I spoke to Jasper Quint this morning and we agreed the case discussion for Thursday 17 May at 10am on Teams.

Attached: the latest case summary (PDF) and the draft Early Help plan (Word).

The worries now are mostly Chidi's speech and language delay (an EHCP needs assessment is under way) and the family's overcrowded one-bedroom flat.

Priyanka Sood
Social Worker, Child in Need Team (Wandsworth)
020 7946 0418

Sent from Outlook for Android
""") + quote("Mark Tennant <mark.tennant@%s>" % RDOM, "Tuesday, May 8, 2057 4:51:07 PM", RED,
             "Step down - Okafor", mark)
    atts = [
        pdf_att("Case summary - Okafor - May 2057.pdf", "Case summary - Okafor family (Mosaic 2611873)", [
            "Children: Adaeze Okafor (21/06/2048), Chidi Okafor (09/10/2051).",
            "CIN plan since October 2056 after a referral about home conditions; outcomes met.",
            "Current needs: Chidi's speech and language delay (EHCP needs assessment requested by school);",
            "overcrowded one-bedroom flat (housing application active).",
            "Updated by Priyanka Sood, 14/05/2057."]),
        docx_att("Draft Early Help plan - Okafor.docx", [
            "# Draft Early Help plan - Okafor", "Outcome 1: Chidi's speech and language needs met (SALT, EHCP).",
            "Outcome 2: housing application supported (Early Help worker with housing officer).",
            "Outcome 3: Adaeze keeps her place at the after-school club.", "Review: 4 weeks after handover."]),
    ]
    top = plain_top(f, addr("Priyanka Sood", "priyanka.sood@" + RDOM), RED,
                    "Step down - Okafor - Mosaic 2611873 - replaces Mark's email of 8 May", "2057-05-14 10:05",
                    RDOM)
    add(f, mail(f, top, body, atts, crlf=True, cte="base64"), "richmond_wandsworth", "early_help_duty",
        "2057-05-14 10:05", 4, "ordinary", "step_down", False, None, ["2611873"],
        [ch("Adaeze Okafor", "2048-06-21", "21/06/2048"), ch("Chidi Okafor", "2051-10-09", "09/10/2051")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "The new worker's step-down that replaces the departed worker's incomplete one (copied below it): case "
        "summary PDF, draft plan .docx, consent given at the CIN review -> complete, book_meeting. Chidi's DOB is "
        "the corrected 09/10/2051 (the quoted 2050 is the error she corrects: the latest statement wins). "
        "'Mosaic 2611873' -> '2611873'. Base64 text/plain (Outlook for Android).",
        not_children=["Mark Tennant", "Ngozi Okafor"], tells=["gave her consent to Early Help"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    aidan = T("""
Hannah - handover for the Lowthers as discussed.

Lowther - Mosaic 2598846
Jake Lowther, DOB 11/04/2049
Poppy Lowther, DOB 27/12/2053
Dad still in the home, DV ongoing, last incident January, police aware. Mum low and isolated.
Plan: step down to Early Help once the CIN plan ends (review 22 May). Case summary updated; draft EH plan started.

Aidan
""")
    body = T("""
Adding the Early Help duty inbox, as this is the step-down I talked through with Jasper Quint on the phone this morning - we've agreed Wednesday 6 June at 2pm for the case discussion.

One correction to Aidan's handover below before anyone reads it: it says dad is "still in the home, DV ongoing". That is out of date. Mr Lowther moved out in January, there is a non-molestation order which he has kept to, and there have been no incidents or police call-outs since 14 January. I've checked with the police and with mum. The worries now are about Jake's school attendance (82% this year) and mum's isolation.

The case summary and the draft Early Help plan are attached.

I haven't yet asked mum about consent to Early Help continuing the plan - I'm seeing her on Thursday and will confirm after that.

Hannah

Hannah Czerwinski
Social Worker, Richmond CIN Team
020 7946 0391
""") + quote("Aidan Marsh <aidan.marsh@%s>" % RDOM, "24 May 2057 16:48",
             "Hannah Czerwinski <hannah.czerwinski@%s>" % RDOM, "Handover - Lowther family - step down", aidan)
    atts = [
        pdf_att("Case summary Lowther June 2057.pdf", "Case summary - Lowther (Mosaic 2598846)", [
            "Children: Jake Lowther (11/04/2049), Poppy Lowther (27/12/2053).",
            "Mr Lowther left the family home in January 2057; non-molestation order in place; no incidents since 14/01.",
            "CIN review 22/05/2057: plan to end; step down to Early Help recommended.",
            "Current needs: Jake's attendance (82%); mother's isolation."]),
        docx_att("Draft EH plan - Lowther.docx", [
            "# Draft Early Help plan - Lowther", "1. Jake's attendance above 90% by October (school, EH worker).",
            "2. Mum linked to the children's centre stay-and-play with Poppy.", "3. Review within 4 weeks."]),
    ]
    top = outlook_top(f, addr("Czerwinski, Hannah", "hannah.czerwinski@" + RDOM), RED,
                      "RE: Handover - Lowther family - step down", "2057-06-04 11:30")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", "2057-06-04 11:30",
        4, "near_miss", "step_down", False, None, ["2598846"],
        [ch("Jake Lowther", "2049-04-11", "11/04/2049"), ch("Poppy Lowther", "2053-12-27", "27/12/2053")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "Near miss: the quoted handover says 'Dad still in the home, DV ongoing'; the new worker corrects it as out "
        "of date (left in January, non-molestation order kept, no incidents since) -> not urgent, domestic abuse "
        "not a current concern. Step-down with case summary and draft plan, but consent is still to be asked "
        "('I haven't yet asked mum') -> consent null, missing consent -> request_info.",
        not_children=["Aidan Marsh", "Jasper Quint"], tells=["I haven't yet asked mum about consent"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    priya = T("""
Marcus,

I did the handover visit with Bethany at school this morning, as Chloe's note suggested (mum works days). Chloe's note lists Mr Dent only as "mum's partner, works nights, supportive".

When we were on our own Bethany Sowerby (13, DOB 02/02/2044, Mosaic ID 2633091) told me that mum's boyfriend, Kieran Dent, "comes into my room when mum's asleep", and that last night he "made me sit on his lap and put his hand inside my pyjamas". She hasn't told mum because "mum won't believe me". She asked me twice whether he would still be there tonight.

Rationale for step up
Early Help has been working with Bethany since January on school attendance and low mood. What she told me today is a disclosure of sexual abuse by an adult in the household, and she goes home to him this afternoon. This is beyond what Early Help can hold: it needs Children's Services today.

Priya

Priya Raman
Early Help Worker, Battersea
""")
    body = T("""
MASH - forwarding Priya's email below as a step-up. Chloe Armitage was the Early Help worker until last Friday and handed the family to Priya, who did her first visit this morning. The latest case summary is attached; the rationale is in Priya's email. I have agreed the step-up.

Bethany finishes school at 3.20 and Mr Dent usually collects her on a Tuesday.

Marcus Ojo
Early Help Team Manager (covering Battersea this week)
020 7946 0276
""") + quote("Priya Raman <priya.raman@%s>" % RDOM, "19 June 2057 12:31",
             "Marcus Ojo <marcus.ojo@%s>" % RDOM, "Handover visit today - Bethany Sowerby", priya)
    atts = [docx_att("Case summary - Sowerby - June 2057.docx", [
        "# Case summary - Bethany Sowerby (Mosaic ID 2633091)",
        "Early Help since January 2057: attendance (87%), low mood; school counsellor weekly.",
        "Household: mother (works days), mother's partner Kieran Dent (works nights), Bethany.",
        "Worker changed 15/06/2057: Chloe Armitage to Priya Raman."])]
    top = outlook_top(f, addr("Ojo, Marcus", "marcus.ojo@" + RDOM), RSU,
                      "FW: Handover visit today - Bethany Sowerby", "2057-06-19 12:48")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", "2057-06-19 12:48", 4,
        "urgent", "step_up", True, None, ["2633091"], [ch("Bethany Sowerby", "2044-02-02", "02/02/2044")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 in a forwarded part: a covering team manager forwards the new worker's first-visit email - a "
        "13-year-old's disclosure that her mother's partner abused her last night, and he collects her from school "
        "this afternoon. Otherwise a complete step-up (case summary attached, rationale under its heading in the "
        "forwarded mail, the TM 'has agreed') -> alert_duty with nothing missing.",
        not_children=["Kieran Dent", "Chloe Armitage"], tells=["I have agreed the step-up"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    text = T("""
Dear all,

After thirty-one years, today is my last day, and I wanted to say goodbye properly rather than just disappear from the rota.

Some of you will remember the winter of 2031, when Jim and I found the Marsden twins on their own in a flat in Tooting with no heating and no food, and had to take them into police protection at two in the morning. I thought about those two a lot over the years. They are grown up now and one of them emailed me last month - she's a children's nurse. That is the kind of thing that makes the job worth it, even on the days when the danger feels too close and the risk assessments never end.

My remaining cases have been reallocated and the handover notes are on Mosaic. For anything I had open with Early Help, please go to Jasper Quint.

Thank you for the cakes, the kindness and the arguments. Look after each other.

Linda

Linda Harcourt
Senior Practitioner, Richmond Child Protection and Court Team
""")
    top = plain_top(f, addr("Linda Harcourt", "linda.harcourt@" + RDOM),
                    "Richmond CP and Court Team <cpcourt.team@%s>" % RDOM, "Goodbye - and thank you",
                    "2057-07-20 16:05", RDOM, mailer=None, cc=RED,
                    extra=[("User-Agent", "Mozilla Thunderbird 128.4.0")])
    add(f, build(top, flowed_part(text, cte="7bit"), False), "richmond_wandsworth", "early_help_duty",
        "2057-07-20 16:05", 4, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a leaving senior practitioner's farewell on the last day of term, copied to the Early Help duty "
        "inbox, remembering twins taken into police protection in 2031 (grown up now) and 'danger' and 'risk' in "
        "general - historic, no child now -> other, human_review. Thunderbird format=flowed.",
        not_children=["Jasper Quint"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    text = T("""
Locum and agency induction - Tuesday 3 July - handover workshop scenarios

Dear duty managers,

For information: these are the scenarios we will use in the handover workshop at next week's locum and agency induction. We are sending them to the duty inboxes so that nobody is surprised if a new starter quotes one back to you. They are fictional and describe no real child or family.

Scenario A - "The handover says everything is fine"
You pick up a family from a worker who left last week. The handover note says "low risk, no concerns". On your first visit a 6-year-old ("Child A") has a round burn on her forearm and tells you "Mummy's boyfriend did it with his cigarette". What do you do in the next hour, and who do you ring?

Scenario B - "The out-of-date note"
The handover says the father is in prison. At the school gate you see him collecting his children. What do you check, and how quickly?

Scenario C - "The duplicate"
You find that you and the worker you replaced have both sent a step-down for the same family. How do you put it right without losing the consent the family gave?

Please remember: in a real situation where a child is at immediate risk, phone the MASH duty desk or 999 in an emergency - never rely on email.

Workforce Development Team
Richmond and Wandsworth
""")
    hb = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">'
          '<h2 style="color:#00607A">Locum and agency induction - Tuesday 3 July - handover workshop scenarios</h2>'
          '<p>Dear duty managers,</p><p>For information: these are the scenarios we will use in the handover '
          'workshop at next week\'s locum and agency induction. We are sending them to the duty inboxes so that '
          'nobody is surprised if a new starter quotes one back to you. <b>They are fictional and describe no real '
          'child or family.</b></p>'
          '<table cellpadding="8" style="border-collapse:collapse;border:1px solid #00607A">'
          '<tr><td style="background:#E6F2F5"><b>Scenario A - "The handover says everything is fine"</b><br>You pick '
          'up a family from a worker who left last week. The handover note says "low risk, no concerns". On your '
          'first visit a 6-year-old ("Child A") has a round burn on her forearm and tells you "Mummy\'s boyfriend '
          'did it with his cigarette". What do you do in the next hour, and who do you ring?</td></tr>'
          '<tr><td><b>Scenario B - "The out-of-date note"</b><br>The handover says the father is in prison. At the '
          'school gate you see him collecting his children. What do you check, and how quickly?</td></tr>'
          '<tr><td style="background:#E6F2F5"><b>Scenario C - "The duplicate"</b><br>You find that you and the '
          'worker you replaced have both sent a step-down for the same family. How do you put it right without '
          'losing the consent the family gave?</td></tr></table>'
          '<p style="color:#A00000">Please remember: in a real situation where a child is at immediate risk, phone '
          'the MASH duty desk or 999 in an emergency - never rely on email.</p>'
          '<p>Workforce Development Team<br>Richmond and Wandsworth</p></body></html>\n')
    top = plain_top(f, addr("Workforce Development", "workforce.development@" + RDOM), RSU,
                    "Locum and agency induction 3 July - handover workshop scenarios (for information)",
                    "2057-06-27 11:15", RDOM, cc=RED)
    add(f, alt_mail(f, top, text, hb), "richmond_wandsworth", "mash_step_up", "2057-06-27 11:15", 5, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a training email whose fictional scenarios (a burn from a cigarette, a father seen at the school "
        "gate) are examples, 'describe no real child or family' -> must not trigger rule 1; not a request -> other, "
        "human_review. multipart/alternative with a hand-written HTML part.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    body = T("""
I'm a locum in the Richmond CIN team. I only picked the Ferreiras up on Monday from Joe Nyambura, who has gone off on long-term sick, and I don't have the out-of-hours team's address, so I'm sending this to both duty inboxes I do have.

I did a late visit at 5.30 today. Ms Ferreira (Mosaic ID 2645520) was very different from the person described in Joe's handover note. She told me that she and the children "would be better off with my dad" - her father died in March. On the kitchen side there were two carrier bags full of unopened paracetamol and ibuprofen packets, which she said she had been "collecting". She would not let me take them. Her partner is working away until Saturday. Kai Ferreira (5) and Isla Ferreira (2) are at home with her tonight. She refused the crisis line number, asked me to leave, and I left at 6.45. Her GP surgery was closed by then.

I'm at home now on 07700 900734 and will keep my phone on.

Ama Boateng
Locum Social Worker, Richmond CIN Team

Get Outlook for iOS
""")
    top = plain_top(f, addr("Ama Boateng", "ama.boateng@" + RDOM), RSU,
                    "Ferreira family - please can someone pick this up tonight", "2057-06-14 19:40", RDOM, cc=RED)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", "2057-06-14 19:40", 4, "urgent", "other",
        True, None, ["2645520"], [ch("Kai Ferreira"), ch("Isla Ferreira")], ["parental_mental_health"], None, None,
        [], None, "alert_duty",
        "Safety rule 1 out of hours (Thursday 19:40): a locum three days into a handed-over case finds a mother who "
        "says she and the children 'would be better off with my dad' (who died), two bags of stockpiled tablets, "
        "and a 5- and a 2-year-old with her alone tonight -> out-of-hours alert. Sent to both inboxes (To: the MASH "
        "step-up inbox) -> other. 'Mosaic ID 2645520' -> '2645520'.",
        not_children=["Joe Nyambura"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    ack = ack_text("step-up", "SB-richmond_wandsworth-3380",
                   ["Case: Mosaic 2620954 - Lucas Pereira", "Sent by: Chloe Armitage"],
                   ["the rationale for the plan to step up to Children's Services"])
    body = T("""
Hello,

I'm the new Early Help worker for the Pereira family - I've picked Lucas Pereira up from Chloe Armitage, who has left. Your acknowledgement below went to Chloe's mailbox and was forwarded to me.

The rationale that was missing is attached. Please send the case discussion invitation to me and to Marcus Ojo (covering team manager) rather than to Chloe.

Thanks
Tamsin

Tamsin Hoole
Early Help Worker, Battersea
020 7946 0289
""") + quote("MASH Step Up <%s>" % RSU, "08 May 2057 15:02", "Chloe Armitage <chloe.armitage@%s>" % RDOM,
             "[SB-richmond_wandsworth-3380] Step-up request received - Pereira", ack)
    atts = [docx_att("Rationale for step up - Pereira.docx", [
        "# Rationale for step up - Lucas Pereira (Mosaic 2620954)",
        "The Early Help plan agreed in September 2056 has made no progress over three reviews (see the case",
        "summary sent with the request). A Child and Family Assessment is needed to understand why.",
        "Agreed with Marcus Ojo, covering team manager."])]
    top = outlook_top(f, addr("Hoole, Tamsin", "tamsin.hoole@" + RDOM), RSU,
                      "RE: [SB-richmond_wandsworth-3380] Step-up request received - Pereira", "2057-05-09 09:15")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", "2057-05-09 09:15", 5,
        "ordinary", "follow_up", False, None, ["2620954"], [ch("Lucas Pereira")], [], None, None, [], None,
        "attach_to_request",
        "Reply to [SB-richmond_wandsworth-3380] from the worker who replaced the one who sent the request, adding "
        "the missing rationale and asking for the invitation to go to her -> follow_up, attach_to_request; the "
        "Mosaic number is in the quoted acknowledgement.",
        not_children=["Chloe Armitage", "Marcus Ojo"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Calibri,sans-serif;font-size:11pt">\n'
         '<p>Dear Early Help Hub,</p>\n'
         '<p>I am an agency social worker in the Bow and Poplar Children\'s Social Work team and my contract ends '
         'this Friday (6 July), so I am sending the Chowdhury step-down now. After Friday please contact my team '
         'manager, Yusuf Kamara, who will also chair the TAF meeting in my place.</p>\n'
         '<table border="1" cellpadding="5" style="border-collapse:collapse">\n'
         '<tr style="background:#DDEBF7"><th>Child</th><th>Date of birth</th><th>Mosaic ID</th></tr>\n'
         '<tr><td>Rumana Chowdhury</td><td>15/09/2046</td><td>3389102</td></tr>\n'
         '<tr><td>Arif Chowdhury</td><td>04/05/2050</td><td>3389103</td></tr>\n'
         '</table>\n'
         '<p><b>Outcome of the Child and Family Assessment</b> (concluded 27 June 2057): statutory involvement no '
         'longer needed; step down to a Team Around the Family with a lead practitioner.</p>\n'
         '<p><b>Lead practitioner:</b> Ms Shirin Akhtar, Pastoral Lead, Wapping Basin Primary School - she has '
         'agreed to take on the role.</p>\n'
         '<p><b>Consent:</b> Mr and Mrs Chowdhury both signed their consent to the step-down on 27 June.</p>\n'
         '<p><b>Current needs:</b> Rumana (10) does a lot of the caring for her father, who has multiple sclerosis, '
         'and is tired in school; she has started at the young carers\' group. Arif is doing well.</p>\n'
         '<p><b>TAF meeting:</b> Wednesday 11 July 2057 at 10am, Wapping Basin Primary School, meeting room 1.</p>\n'
         '<p>Attached: the Child and Family Assessment (PDF) and the draft TAF plan (Word).</p>\n'
         '<p>With thanks,<br>Rosa Mendes<br>Social Worker (agency), Children\'s Social Work - Bow and Poplar<br>'
         'London Borough of Tower Hamlets | 020 7946 0744</p>\n'
         '<p style="font-size:8pt;color:#808080">%s</p>\n</body></html>\n' % esc(TDISC.strip()))
    atts = [
        pdf_att("C&F Assessment - Chowdhury - 27.06.2057.pdf", "Child and Family Assessment - Chowdhury", [
            "Children: Rumana Chowdhury (15/09/2046) Mosaic 3389102; Arif Chowdhury (04/05/2050) Mosaic 3389103.",
            "Assessment started 02/05/2057, concluded 27/06/2057. Social worker: Rosa Mendes (agency).",
            "Analysis: father's MS has progressed; Rumana is a young carer. Parents warm and committed.",
            "Outcome: step down to a Team Around the Family; lead practitioner Ms S. Akhtar (school)."]),
        docx_att("Draft TAF plan - Chowdhury.docx", [
            "# Draft TAF plan - Chowdhury", "Lead practitioner: Shirin Akhtar, Pastoral Lead, Wapping Basin Primary School.",
            "1. Young carers' assessment for Rumana; weekly group. 2. Adult social care review of father's care package.",
            "3. TAF review in 6 weeks."]),
    ]
    root = multipart("mixed", [text_part(h, "html")] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Mendes, Rosa", "rosa.mendes@" + TDOM), TEH,
                      "Step down to Early Help - Chowdhury children - last week of my contract", "2057-07-03 14:10")
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", "2057-07-03 14:10", 4, "ordinary",
        "step_down", False, None, ["3389102", "3389103"],
        [ch("Rumana Chowdhury", "2046-09-15", "15/09/2046"), ch("Arif Chowdhury", "2050-05-04", "04/05/2050")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "An agency social worker's last week: complete Tower Hamlets step-down in an HTML-only mail with the "
        "children in a table (C&F assessment PDF, draft TAF plan .docx, both parents' consent, lead practitioner "
        "named with her school) -> book_meeting. The team manager will chair in her place.",
        not_children=["Yusuf Kamara", "Shirin Akhtar"], tells=["both signed their consent"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    school = T("""
Jamal,

Ayesha Siddiqui (Year 5, DOB 14/01/2047) came in this morning walking stiffly and would not sit down. She told our learning mentor that her stepdad hit her with his belt last night "lots of times" because she lost her PE kit, and that he said he would "do it again tonight if mum tells him I was rude". Our first aider saw long red marks and two raised welts across the backs of both legs.

Her stepdad (Imran Ali) collects her at 3.15 on Thursdays. Mum is at work until 6.

Please ring me this morning on 020 7946 0587.

Kulsum Rahman
DSL, Shadwell Gardens Primary School
""")
    body = T("""
MAST - I've been going through Jamal Uddin's inbox since he left before Easter (I'm covering his team until the team manager post is filled) and found this from the school, sent at 8.52 this morning. Nobody has replied to it.

The family is open to Early Help: Mosaic 3371460. I agree this needs a step-up to MAST today. The Multi-Agency Request for Support form will follow this afternoon - I'm sending this now rather than wait for it. I've rung the school back to say MAST will call.

Helen Mayhew
Team Manager (covering), Early Help Stepney
020 7946 0559
""") + quote("Kulsum Rahman <k.rahman@shadwellgardens.example>", "26 April 2057 08:52",
             "Jamal Uddin <jamal.uddin@%s>" % TDOM, "Ayesha - Year 5 - please call", school)
    top = outlook_top(f, addr("Mayhew, Helen", "helen.mayhew@" + TDOM), TMAST, "FW: Ayesha - Year 5 - please call",
                      "2057-04-26 11:25")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", "2057-04-26 11:25", 4, "urgent",
        "step_up", True, None, ["3371460"], [ch("Ayesha Siddiqui", "2047-01-14", "14/01/2047")],
        ["physical_harm"], None, True, ["request_for_support"], None, "alert_duty",
        "Safety rule 1 in a forwarded part: a manager covering a vacant post finds, in a departed worker's inbox, "
        "this morning's school email - a 10-year-old beaten with a belt last night, welts seen, the stepfather "
        "collecting her at 3.15 and threatening to 'do it again tonight'. Step-up to MAST agreed by the manager; "
        "the MARF is to follow -> missing request_for_support; urgent -> alert_duty.",
        not_children=["Imran Ali", "Kulsum Rahman", "Jamal Uddin"], tells=["I agree this needs a step-up"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    body = T("""
Dear MAST,

I took over the Adams family from Leon Grant when he moved to the Youth Service at Easter, and I'm requesting a step up to Children's Social Care. My manager, Sabrina Lowe, agreed the step up in supervision on Monday. The Multi-Agency Request for Support form is attached.

Children: Kacey Adams (DOB 19/11/2048) and Marley Adams (DOB 03/08/2052). Mosaic 3380015.

The reason for the step up is neglect and non-engagement. Home conditions were poor at three visits running (no clean bedding, mouldy food, dog mess in the kitchen); Marley has missed two health visitor reviews and his dental appointment; Kacey often comes to school in the same uniform all week. Mum has cancelled five of the last eight visits and did not come to the last TAF meeting.

Leon's handover starts with the incident on 2 March, when the children's father assaulted mum in front of them, so I want to be clear about where that stands. He was charged and has been remanded in custody at HMP Thameside since 3 March awaiting trial; there is a restraining order; and mum and the children have since moved to a new address he does not know. The police and the IDVA are involved and MARAC reviewed it on 12 April. I'm not raising it as a current concern - that risk is being managed - and it isn't the reason for this request.

Kind regards
Ruth Okonkwo
Early Help Practitioner, Early Help Hub (Stepney)
020 7946 0536

""") + TDISC
    atts = [pdf_att("MARF - Adams - 16.05.2057.pdf", "Multi-Agency Request for Support form - Adams", [
        "Children: Kacey Adams (19/11/2048), Marley Adams (03/08/2052). Mosaic 3380015.",
        "Referrer: Ruth Okonkwo, Early Help Practitioner. Manager: Sabrina Lowe (agreed 14/05/2057).",
        "Reason: neglect (home conditions, missed health appointments) and non-engagement with the Early Help plan.",
        "Domestic abuse (2 March 2057): father remanded in custody; restraining order; family moved; MARAC 12/04.",
        "Is there an immediate child protection concern? No.",
        "Parents aware of this request: yes (mother told on 15/05/2057)."])]
    top = outlook_top(f, addr("Okonkwo, Ruth", "ruth.okonkwo@" + TDOM), TMAST,
                      "Step up request - Adams - Mosaic 3380015", "2057-05-16 10:40")
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", "2057-05-16 10:40", 5,
        "near_miss", "step_up", False, None, ["3380015"],
        [ch("Kacey Adams", "2048-11-19", "19/11/2048"), ch("Marley Adams", "2052-08-03", "03/08/2052")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "Near miss: the handover leads with an assault in front of the children, but the father is remanded in "
        "custody, there is a restraining order, the family has moved and MARAC has reviewed it ('that risk is being "
        "managed'; the MARF says no immediate concern) -> not urgent, domestic abuse not a current concern. Complete "
        "MAST step-up (MARF attached, manager agreed) -> book_meeting. 'Parents aware' is not consent.",
        not_children=["Leon Grant", "Sabrina Lowe"], tells=["agreed the step up in supervision"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    data = itip_reply(f, "2057-07-05 08:50", "Shirin Akhtar", "s.akhtar@wappingbasin.example",
                      ("Tower Hamlets Early Help Hub", TEH), "ACCEPTED",
                      "TAF meeting - Chowdhury - Mosaic 3389102 [SB-tower_hamlets-3402]",
                      "20570711T100000", "20570711T113000", "Wapping Basin Primary School, meeting room 1",
                      comment="Happy to attend and to take on the lead practitioner role. Please note I took over as "
                              "pastoral lead from Mr Hannan, who left the school at Easter - his name is still on "
                              "the draft plan's contact list.")
    add(f, data, "tower_hamlets", "early_help_duty", "2057-07-05 08:50", 5, "ordinary", "meeting_reply", False,
        None, ["3389102"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (ACCEPTED) from the new lead practitioner for tower_hamlets_01's TAF meeting, whose "
        "comment corrects an out-of-date contact; the Mosaic number in the SUMMARY is the case id -> record_reply.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    text = T("""
Dear MAST,

I am covering the caseload of my colleague, HV Sarah Pike, who is on long-term leave, and I saw this family for the first time today. The only record on the file is Sarah's new birth visit; there is no handover note.

Child: Zayan Karim, DOB 22/04/2057 (7 weeks). NHS number 999 123 4567.
Mother: Rukhsana Karim (19). Father not present; not known to me.

Home visit 10:30 today.
- Weight 3.21 kg. Birth weight 3.74 kg (14% below birth weight at 7 weeks; he was 3.80 kg at the new birth visit).
- Lethargic, weak suck, dry lips, sunken anterior fontanelle. Mother reports two wet nappies in the last 24 hours.
- Mother says he is "just lazy" and that she has been giving him water "to stretch the formula" because money has run out.
- I advised same-day paediatric assessment at the Royal London and offered to arrange transport. Mother declined and asked me to leave. Maternal grandmother not answering.
- I left the flat at 11:40. Baby remains at home with mother.

I have informed the named nurse. Please call me on 020 7946 0612 (direct line) or 07700 900377.

Grace Adeyemi
Health Visitor (caseload cover), Poplar and Limehouse 0-19 Team
East London Community Health
""")
    top = plain_top(f, addr("ADEYEMI, Grace (EAST LONDON COMMUNITY HEALTH)", "grace.adeyemi@eastlondonhealth.example"),
                    TMAST, "Baby Zayan Karim - 7 weeks - weight loss - caseload cover", "2057-06-11 12:35",
                    "eastlondonhealth.example")
    add(f, build(top, text_part(text, cte="base64", crlf=True), True), "tower_hamlets", "mash_step_up",
        "2057-06-11 12:35", 5, "urgent", "other", True, None, [], [ch("Zayan Karim", "2057-04-22", "22/04/2057")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a health visitor's clinical notes: covering an absent colleague's caseload, she finds a "
        "7-week-old 14% below birth weight, lethargic and dehydrated, fed water, and the mother refusing same-day "
        "assessment -> alert_duty. Not a step request -> other. The NHS number (999 test range) is not a case id. "
        "A single base64 text/plain part.",
        not_children=["Rukhsana Karim", "Sarah Pike"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    ack = ack_text("step-down", "SB-tower_hamlets-3342", ["Case: Mosaic 3366271", "Sent by: Bashir Hossain"],
                   ["the most current Child and Family Assessment"])
    text = T("""
Hi - I've picked up the Lin step-down from Bashir Hossain, who left last week, so the missing items will come from me. The assessment is attached.

Also, and I may be overreading this as I only met the family for the first time today: baby Mei Lin (5 months) had a bruise on her left cheek and two small round bruises on her upper arm. Mum said her brother Jun Lin (3) "must have" done it. Mei isn't rolling yet. Bashir's handover says "no injuries, no concerns re baby". Mum's partner was in the flat and answered most of my questions for her. I left at 3.45 and they're all there tonight. I'd rather be told I'm wrong than not say it.

Sam Okoye
Social Worker, CSW Bow

Sent from my iPhone

On 16 May 2057, at 11:02, Tower Hamlets Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:

""") + quoted(ack)
    atts = [pdf_att("C&F Assessment - Lin.pdf", "Child and Family Assessment - Lin (Mosaic 3366271)", [
        "Children: Jun Lin (3), Mei Lin (5 months). Assessment concluded 14/05/2057 (Bashir Hossain).",
        "Outcome: step down to Early Help; parents consent; lead practitioner to be identified (children's centre)."])]
    root = multipart("mixed", [flowed_part(text)] + atts, "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Sam Okoye", "sam.okoye@" + TDOM), TEH,
                    "Re: [SB-tower_hamlets-3342] Step-down request received - Lin", "2057-05-23 16:20", TDOM,
                    extra=[("X-Mailer", "iPhone Mail (22F76)")])
    add(f, build(top, root, False), "tower_hamlets", "early_help_duty", "2057-05-23 16:20", 5, "urgent",
        "follow_up", True, None, ["3366271"], [ch("Mei Lin"), ch("Jun Lin")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "Safety rule 1, hedged ('I may be overreading this'): a new worker's reply to [SB-tower_hamlets-3342], "
        "sending the missing assessment, reports bruises on a non-mobile 5-month-old's cheek and arm, explained as "
        "the 3-year-old's doing, against a handover that said 'no injuries' - the baby is at home tonight -> urgent "
        "on a follow_up -> alert_duty.",
        not_children=["Bashir Hossain"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    text = T("""
This is an automatically generated message from Mosaic. Please do not reply.

Caseload transfer completed

Worker leaving:      Bashir Hossain (CSW Bow) - last working day 18/05/2057
Transferred to:      Team pool - CSW Bow (for allocation by the team manager)
Cases transferred:   6
Open workflow steps: 4 (1 x Step down to Early Help, 2 x CIN visit, 1 x Case closure)
Alerts carried over: 1 x RISK FLAG: HIGH (historic - see chronology)
Outstanding tasks:   3 overdue case notes

To view the transferred cases open Mosaic > My Team > Transfers.

Mosaic Notifications | London Borough of Tower Hamlets
""")
    hb = ('<html><body style="font-family:Arial;font-size:10pt"><p><i>This is an automatically generated message '
          'from Mosaic. Please do not reply.</i></p><h3>Caseload transfer completed</h3>'
          '<table cellpadding="4" style="border-collapse:collapse">'
          '<tr><td><b>Worker leaving</b></td><td>Bashir Hossain (CSW Bow) - last working day 18/05/2057</td></tr>'
          '<tr><td><b>Transferred to</b></td><td>Team pool - CSW Bow (for allocation by the team manager)</td></tr>'
          '<tr><td><b>Cases transferred</b></td><td>6</td></tr>'
          '<tr><td><b>Open workflow steps</b></td><td>4 (1 x Step down to Early Help, 2 x CIN visit, 1 x Case closure)</td></tr>'
          '<tr><td><b>Alerts carried over</b></td><td style="color:#C00000"><b>1 x RISK FLAG: HIGH</b> (historic - see chronology)</td></tr>'
          '<tr><td><b>Outstanding tasks</b></td><td>3 overdue case notes</td></tr></table>'
          '<p>To view the transferred cases open Mosaic &gt; My Team &gt; Transfers.</p>'
          '<p>Mosaic Notifications | London Borough of Tower Hamlets</p></body></html>\n')
    top = plain_top(f, "Mosaic Notifications <mosaic-noreply@%s>" % TDOM, TEH,
                    "Mosaic: caseload transfer complete - 6 cases - worker leaving (B. Hossain)", "2057-05-21 06:30",
                    TDOM, extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                                 ("X-Auto-Response-Suppress", "All")])
    add(f, alt_mail(f, top, text, hb), "tower_hamlets", "early_help_duty", "2057-05-21 06:30", 3, "near_miss",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: Mosaic's automatic caseload-transfer notice for a leaving worker (Auto-Submitted: "
        "auto-generated, Precedence: bulk), carrying over a 'RISK FLAG: HIGH (historic)' with no child, no case "
        "number and nothing happening -> auto_reply, ignore. Sent at 06:30 on a Monday (a working day; machines "
        "send outside office hours).")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    ack = ack_text("step-down", "SB-tower_hamlets-3359",
                   ["Children: Sumaiya Begum, Rahim Begum", "Case: Mosaic 3375190", "Sent by: Tahmina Chowdhury"],
                   ["the name and agency of the identified Lead Practitioner"])
    body = T("""
Hello,

The step-down below was sent by my colleague Tahmina Chowdhury while I was on leave - she was covering my duty calls and sent it from her own account by mistake. I'm the allocated social worker for the Begum family, so please put me, not Tahmina, as the contact, and send the TAF arrangements to me.

To answer what is missing: the Lead Practitioner is Mrs Laila Haque, Family Support Worker at Millwall Children and Family Centre. She has agreed to take on the role.

Farzana Islam
Social Worker, CSW Isle of Dogs
020 7946 0682

On Thu, 7 Jun 2057 at 14:40, Tower Hamlets Early Help Hub wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Farzana Islam", "farzana.islam@" + TDOM), TEH,
                    "RE: [SB-tower_hamlets-3359] Step-down request received - Begum", "2057-06-08 10:30", TDOM,
                    mailer="Microsoft Outlook 16.0", cc="Tahmina Chowdhury <tahmina.chowdhury@%s>" % TDOM)
    add(f, build(top, text_part(body, cte="7bit", crlf=True), True), "tower_hamlets", "early_help_duty",
        "2057-06-08 10:30", 4, "ordinary", "follow_up", False, None, ["3375190"],
        [ch("Sumaiya Begum"), ch("Rahim Begum")], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-3359]: the allocated worker says the request was sent by the wrong worker (a "
        "colleague covering her calls), asks to be the contact, and supplies the missing lead practitioner -> "
        "follow_up, attach_to_request; children and Mosaic number from the quoted acknowledgement.",
        not_children=["Tahmina Chowdhury", "Laila Haque"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"
    blocks = [
        "Hi Early Help,", "",
        "Please can I have a triage slot for the Widdicombe children. Today is my last day in the Single Assessment "
        "Team - I'm moving to a post in Plymouth - so my team manager, Gill Pascoe, will attend triage in my "
        "absence, as the process allows, and the case stays with her until the step-down is complete.", "",
        "{{Children:}} Noah Widdicombe (DOB 08/06/2053) and Elsie Widdicombe (DOB 17/02/2055)",
        "{{LCS:}} LCS-6620418", "",
        "The Single Assessment is attached. My analysis sets out the rationale for stepping down: no further "
        "action at level 4, but a high level of need that calls for a level 3 coordinated response. Gill has added "
        "her manager's analysis this morning, at the end, confirming the threshold for level 3 is met.", "",
        "Consent: mum (Kerry Widdicombe) has consented to level 3 Early Help - she signed the consent form on "
        "Wednesday.", "",
        "The main worry is mum's anxiety, which keeps the children indoors most days; both children are under 5, "
        "so I think this will go to the under-5s triage.", "",
        "Many thanks for all your help over the last three years.",
        "Morwenna", "",
        "Morwenna Hocking",
        "Social Worker, Single Assessment Team | Torbay Council | 01803 960 418", "",
        BDISC.strip(),
    ]
    atts = [pdf_att("Single Assessment - Widdicombe - LCS-6620418.pdf", "Single Assessment - Widdicombe", [
        "Children: Noah Widdicombe (08/06/2053), Elsie Widdicombe (17/02/2055). LCS-6620418.",
        "Social worker's analysis (M. Hocking): referral from the health visitor about isolation and mum's anxiety.",
        "No further action at level 4. High level of need: level 3 coordinated response recommended.",
        "Rationale for step down: mum engaging with her GP; children well cared for but isolated at home.",
        "Team Manager's analysis (G. Pascoe, 27/04/2057): I agree; the threshold for level 3 intervention is met."])]
    top = outlook_top(f, addr("Hocking, Morwenna", "morwenna.hocking@" + BDOM), BEH,
                      "Triage slot please - step down - Widdicombe - LCS-6620418", "2057-04-27 13:15",
                      cc="Gill Pascoe <gill.pascoe@%s>" % BDOM)
    add(f, word_mail(f, top, blocks, atts), "torbay", "early_help_duty", "2057-04-27 13:15", 5, "ordinary",
        "step_down", False, 3, ["LCS-6620418"],
        [ch("Noah Widdicombe", "2053-06-08", "08/06/2053"), ch("Elsie Widdicombe", "2055-02-17", "17/02/2055")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "A social worker's last day: complete Torbay step-down (Single Assessment PDF with the TM's analysis "
        "'threshold for level 3 is met', mum's signed consent); her TM will attend triage in her absence as the "
        "protocol allows; level 3 stated; both children under 5 (the fortnightly under-5s triage) -> book_meeting.",
        not_children=["Gill Pascoe", "Kerry Widdicombe"], tells=["has consented to level 3 Early Help"])

def torbay_02():
    f = "torbay_02.eml"
    text = T("""
Hello MASH,

I took over as lead professional for the Vosper family two weeks ago, when Jess Coombe left the hub, and today was my first session with Harper Vosper (7, DOB 30/10/2049) at school. At the end she gave me a folded note and asked me not to show her mum. I've typed it exactly as she wrote it:

"to kayleigh. when mummy is at work mummys frend lee babysits. he hurts my arms and puts me in the cupbord when i cry. he is babysitting tonite. please dont tell him i told."

Her teacher tells me there were fingertip bruises on Harper's upper arm at PE last Thursday, which Jess's handover doesn't mention. Mum works a late shift at the care home on Tuesdays and Thursdays.

I haven't spoken to mum about this contact. My ATM, Silas Penrose, agreed it needs looking at for level 4 and told me to send it to you straight away without asking her first.

EHM-904417

Kayleigh Dunn
Family Support Worker (Lead Professional)
Paignton Family Hub - Action for Families
07700 900294
""")
    top = [("From", addr("Kayleigh Dunn", "kayleigh.dunn@actionforfamilies.example")), ("To", BMASH),
           ("Cc", "Silas Penrose <silas.penrose@%s>" % BDOM),
           ("Subject", "Contact to MASH - Harper Vosper (7) - EHM-904417"),
           ("Date", email.utils.format_datetime(dt("2057-05-15 14:05"))),
           ("Message-ID", "<CAF%s@mail.gmail.com>" % sha(f, "gm")[:30])]
    body = multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")], gbnd(f, 1))
    add(f, build(top, body, False), "torbay", "mash_step_up", "2057-05-15 14:05", 5, "urgent", "step_up", True,
        None, ["EHM-904417"], [ch("Harper Vosper", "2049-10-30", "30/10/2049")], ["physical_harm"], None, True,
        ["consent"], None, "alert_duty",
        "Safety rule 1 in a child's own words: a new lead professional's contact to MASH carries a 7-year-old's "
        "note that mum's friend 'hurts my arms and puts me in the cupbord' and 'is babysitting tonite', with "
        "fingertip bruises the handover never mentioned. Torbay step-up: the ATM agreed; mum not asked -> consent "
        "null, missing consent; urgent -> alert_duty. Gmail multipart/alternative.",
        not_children=["Jess Coombe", "Silas Penrose"], tells=["agreed it needs looking at for level 4"])

def torbay_03():
    f = "torbay_03.eml"
    alison = T("""
Tom - my handover for the Rowses before I go on leave on Friday.

Rowse - LCS-6634902
Jacob Rowse 09/09/2047, Millie Rowse 21/03/2051
Dad - Schedule 1 offender - living at address (see alert on LCS). Do not visit alone.
CIN plan ends at the review on 30 May - step down to level 3 agreed in principle. Single Assessment updated.

Alison
""")
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Rowse family (LCS-6634902). I picked them up from Alison Tuckett when she went on maternity leave - her handover is below.

Before anyone reads it: the handover says dad is a "Schedule 1 offender - living at address". That was wrong. The alert was put on the wrong LCS record in 2054 - it belonged to a previous tenant at the address, not Mr Rowse. The police checks on 24 May confirm Mr Rowse has no convictions, and the data team removed the alert from LCS on 29 May. There are no concerns about him.

The step-down: the CIN plan ended at the review on 30 May with its outcomes met. There is still a high level of need that calls for a level 3 Early Help response - Jacob's attendance is 81% and mum's depression means mornings are very hard.

Both parents consented to level 3 Early Help at the CIN review. My team manager, Rachel Lanyon, has agreed the step down and recorded her analysis on the Single Assessment, which is attached.

Tom Yeo
Social Worker, Safeguarding and Supporting Families Team
Torbay Council | 01803 960 452
""") + quote("Tuckett, Alison <alison.tuckett@%s>" % BDOM, "30 April 2057 16:12", "Yeo, Tom <tom.yeo@%s>" % BDOM,
             "Handover - Rowse", alison)
    atts = [docx_att("Single Assessment - Rowse - updated 31.05.2057.docx", [
        "# Single Assessment - Rowse (LCS-6634902)",
        "Children: Jacob Rowse (09/09/2047), Millie Rowse (21/03/2051).",
        "Note 29/05/2057: the Schedule 1 alert was recorded on this family in error (previous tenant) and removed.",
        "Social worker's analysis: CIN outcomes met; remaining needs - Jacob's attendance, mother's depression.",
        "Team Manager's analysis (R. Lanyon, 31/05/2057): threshold met for level 3 intervention; step down agreed."])]
    top = outlook_top(f, addr("Yeo, Tom", "tom.yeo@" + BDOM), BEH, "RE: Handover - Rowse - triage slot please",
                      "2057-06-06 15:10")
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", "2057-06-06 15:10", 4,
        "near_miss", "step_down", False, 3, ["LCS-6634902"],
        [ch("Jacob Rowse", "2047-09-09", "09/09/2047"), ch("Millie Rowse", "2051-03-21", "21/03/2051")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: the quoted handover calls the father a 'Schedule 1 offender - living at address'; the new "
        "worker shows it was out of date and wrong (a previous tenant's alert, police checks clear, alert removed) "
        "-> no sexual-harm concern, not urgent. Complete Torbay step-down (Single Assessment with the TM's analysis, "
        "both parents' consent), level 3 stated -> book_meeting.",
        not_children=["Alison Tuckett", "Rachel Lanyon"], tells=["has agreed the step down",
                                                                   "Both parents consented to level 3"])

def torbay_04():
    f = "torbay_04.eml"
    body = T("""
Morning MASH,

Not a referral - a question while I'm covering the team manager post in SASF.

One of the families I've inherited from the previous TM's caseload (closed to us, now with Early Help at level 3) has a father serving a sentence for a serious assault on a child. There is talk he may be released on licence in the autumn. If he were released, came back to Torquay and tried to see the children, would you expect a fresh contact to MASH from the lead professional, or would probation's MAPPA notification be enough? I'd like to put the answer in the contingency plan.

Nothing has happened - he is still in custody and has no contact with the family.

Thanks
Andrew

Andrew Chudleigh
Acting Team Manager (covering vacancy), Safeguarding and Supporting Families
Torbay Council
""")
    top = outlook_top(f, addr("Chudleigh, Andrew", "andrew.chudleigh@" + BDOM), BMASH,
                      "Question - not a referral - a father's possible release", "2057-06-21 09:50")
    add(f, mail(f, top, body), "torbay", "mash_step_up", "2057-06-21 09:50", 5, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "Near miss: an acting team manager covering a vacancy asks a hypothetical ('If he were released ...') about "
        "a father still in custody with no contact - nothing has happened, no child named -> other, human_review.")

def torbay_05():
    f = "torbay_05.eml"
    ack = ack_text("step-down", "SB-torbay-2287",
                   ["Children: Kai Tozer, Lily-Mae Tozer", "Case: LCS-6641173", "Sent by: Lowenna Couch"], [])
    body = T("""
Hi business support,

I think you have two triage requests for the Tozer children: this one ([SB-torbay-2287]) from me, and an earlier one from Harriet Symons ([SB-torbay-2279]), sent on her last day, 15 June, before she left. They're the same family - Kai Tozer and Lily-Mae Tozer, LCS-6641173.

Please keep this one, as it has the updated Single Assessment and the team manager's analysis, and cancel Harriet's so the family isn't booked into triage twice. I'll attend triage myself.

Lowenna

Lowenna Couch
Social Worker, Single Assessment Team, Torbay Council

-----Original Message-----
From: Torbay Early Help <earlyhelp@torbay.gov.uk>
Sent: 21 June 2057 09:14
To: Couch, Lowenna <lowenna.couch@torbay.gov.uk>
Subject: [SB-torbay-2287] Triage request received - Tozer

""") + ack
    top = outlook_top(f, addr("Couch, Lowenna", "lowenna.couch@" + BDOM), BEH,
                      "RE: [SB-torbay-2287] Triage request received - Tozer", "2057-06-25 10:45")
    add(f, build(top, text_part(body, crlf=True), True), "torbay", "early_help_duty", "2057-06-25 10:45", 5,
        "ordinary", "follow_up", False, None, ["LCS-6641173"], [ch("Kai Tozer"), ch("Lily-Mae Tozer")], [], None,
        None, [], None, "attach_to_request",
        "Duplicated requests from the old and the new worker: the new worker replies to [SB-torbay-2287] asking "
        "business support to keep hers and cancel the departed worker's [SB-torbay-2279] -> follow_up (reference "
        "SB-torbay-2287), attach_to_request.",
        not_children=["Harriet Symons"])

def torbay_06():
    f = "torbay_06.eml"
    text = T("""
I'm the locum in SASF and today was my last day. I was meant to hand the Tonkins over to Dan Heard at 4 but he'd gone home, so I'm sending this to MASH because I don't know who else will read it tonight.

I did my last visit at 3.45. Riley Tonkin (5) opened the door. Mum (Leanne Tonkin) was on the sofa and I couldn't get more than a few words out of her - she kept nodding off mid-sentence. There was foil and a burnt spoon on the coffee table next to the TV remote. Baby Ava Tonkin (8 months) was in her cot in a nappy that was soaked through, with a bottle of milk that had gone lumpy. Nan (Mrs Angela Tonkin) said on the phone she can't get there until tomorrow lunchtime. When mum came round she told me to get out, and I left at 4.40. The children are there with her tonight. Dad isn't in the picture.

LCS-6651208. My mobile is on until 9: 07700 900215.

Sophie Kitto
Locum Social Worker, SASF

Sent from my Galaxy
""")
    top = plain_top(f, addr("Kitto, Sophie", "sophie.kitto@" + BDOM), BMASH,
                    "Tonkin - tonight - need someone to pick this up", "2057-07-13 17:35", BDOM,
                    extra=[("X-Mailer", "Samsung Email 6.1")])
    add(f, build(top, text_part(text, cte="base64"), False), "torbay", "mash_step_up", "2057-07-13 17:35", 4,
        "urgent", "other", True, None, ["LCS-6651208"], [ch("Riley Tonkin"), ch("Ava Tonkin")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 told plainly, out of hours (Friday 17:35): a locum on her last day, whose handover fell "
        "through, left a 5-year-old and an 8-month-old with a mother nodding off beside foil and a burnt spoon, the "
        "baby soaked and with curdled milk, nan not coming until tomorrow -> out-of-hours alert; not a step "
        "request -> other. Base64 text/plain from a phone.",
        not_children=["Leanne Tonkin", "Angela Tonkin", "Dan Heard"])

def torbay_07():
    f = "torbay_07.eml"
    data = itip_reply(f, "2057-06-28 12:10", "Mark Lethbridge", "mark.lethbridge@" + BDOM,
                      ("Torbay Early Help", BEH), "TENTATIVE",
                      "Early Help triage - Gill family - LCS-6645530 [SB-torbay-2301]",
                      "20570703T093000", "20570703T100000", "Microsoft Teams Meeting",
                      comment="Tentative - I've taken over the Gills from Ellen Prout, who left on Friday, and I may "
                              "be in court that morning; my team manager will attend if I can't. FYI Ellen's "
                              "handover leads with the 2055 s47 about a bruise at nursery - that was NFA'd and "
                              "explained as an accident, and it isn't part of the current plan, so please don't read "
                              "the chronology as a current worry.")
    add(f, data, "torbay", "early_help_duty", "2057-06-28 12:10", 5, "near_miss", "meeting_reply", False, None,
        ["LCS-6645530"], [], [], None, None, [], None, "record_reply",
        "Near miss: an Outlook iTIP REPLY (TENTATIVE) from a worker who took over from one who left, whose comment "
        "mentions a 2055 s47 about a bruise, closed with no further action -> historic, not urgent -> record_reply.",
        not_children=["Ellen Prout"])

def torbay_08():
    f = "torbay_08.eml"
    body = T("""
Hello MASH,

I've been the lead professional for the Coaker family since Jess Carne left Brixham Family Hub in May, and there is new information that my manager and I agree needs considering for a level 4 response.

Children: Tyler Coaker, DOB 05/12/2043, and Daisy Coaker, DOB 11/02/2051. EHM-906632.

Mum (Sharon Coaker) has bipolar disorder and was discharged from the ward two weeks ago. Since then Tyler (13) has been managing her medication, cooking, and putting Daisy (6) to bed most evenings. He has missed 11 school days since Easter, and told me on Friday he is "tired all the time". The early help plan was built around mum's recovery and isn't keeping up with what Tyler is carrying.

Mum consents to this contact to MASH - we talked it through on Friday and she wants more help for the children. My manager, Nicola Trist, agrees this needs considering for level 4.

Jade Penberthy
Family Support Worker (Lead Professional), Brixham Family Hub
Torbay Council | 01803 960 377

""") + BDISC
    top = outlook_top(f, addr("Penberthy, Jade", "jade.penberthy@" + BDOM), BMASH,
                      "Contact to MASH - level 3 to level 4 - Coaker - EHM-906632", "2057-07-10 11:20")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", "2057-07-10 11:20", 5, "ordinary",
        "step_up", False, None, ["EHM-906632"],
        [ch("Tyler Coaker", "2043-12-05", "05/12/2043"), ch("Daisy Coaker", "2051-02-11", "11/02/2051")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Torbay step-up (contact to MASH) from a lead professional who took over from one who left: parental "
        "consent and the manager's agreement stated -> complete -> book_meeting.",
        not_children=["Jess Carne", "Sharon Coaker", "Nicola Trist"],
        tells=["Mum consents to this contact to MASH", "agrees this needs considering for level 4"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"
    body = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for the Prothero children, following my discussion with Verity Lang at Tuesday's drop-in. I'm leaving the authority on Friday, so I wanted this with you before I go. After Friday, please send any queries to my manager, Helen Bevan.

Children: Ffion Prothero (DOB 06/03/2045, Mosaic 1876432) and Osian Prothero (DOB 29/07/2050, Mosaic 1876433)
Level: intensive (level 3)
Assessment decision: step down agreed on 18 April after the Child and Family Assessment
Key person: Mrs Debbie Watkins, Family Support Worker, Brookmead Primary School - she has agreed to lead the step-down plan with the family.

The worries are Ffion's attendance (86%) and mum's anxiety; the plan has the detail.

Best wishes
Gemma

Gemma Powell
Social Worker, Children in Need Team (Hereford City)
Herefordshire Council | 01432 960 318

""") + HDISC
    atts = [
        docx_att("EHA step-down plan - Prothero.docx", [
            "# Early Help Assessment - step-down plan - Prothero",
            "Children: Ffion Prothero (06/03/2045), Osian Prothero (29/07/2050).",
            "What are we worried about? Ffion's attendance (86%); mum's anxiety.",
            "What's working well? Warm relationships; grandparents nearby; Osian settled at school.",
            "Wellbeing plan: attendance support (school, weekly); GP and talking therapy (mum); review at MAG.",
            "Key person: Debbie Watkins, Family Support Worker, Brookmead Primary School (agreed)."]),
        pdf_att("Signed consent - Prothero.pdf", "Consent to Early Help - Prothero family", [
            "I agree to my family's case stepping down from Children's Social Care to Early Help, and to",
            "information being shared with the Early Help co-ordinator team and the key person.",
            "Signed: N. Prothero (mother)   Date: 20/04/2057"]),
    ]
    top = outlook_top(f, addr("Powell, Gemma", "gemma.powell@" + HDOM), HEH,
                      "Step down plan - Prothero - Mosaic 1876432 / 1876433", "2057-04-25 10:30")
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", "2057-04-25 10:30", 5,
        "ordinary", "step_down", False, 3, ["1876432", "1876433"],
        [ch("Ffion Prothero", "2045-03-06", "06/03/2045"), ch("Osian Prothero", "2050-07-29", "29/07/2050")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "A leaving social worker's complete Herefordshire sibling-group step-down: EHA step-down plan .docx, signed "
        "consent form PDF, key person with agency; 'intensive (level 3)' stated -> book_meeting.",
        not_children=["Helen Bevan", "Debbie Watkins", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"
    body = T("""
Hi,

I'm picking up the Morgan-Lloyd step-down from Rita Nowak, an agency social worker whose contract finished last week. Rita discussed it with Xavier Moss at the drop-in on 29 May, and I've finished her plan - it's attached.

Child: Tilly Morgan-Lloyd, DOB 15/08/2048, Mosaic 1889215
Key person: Mr Gareth Probert, Youth Worker, Leominster Youth Hub - he has agreed to lead.

Consent: mum agreed to the step-down on the phone this morning. Rita never got the consent form signed, so I'll take the written form out to her on Friday and send it on.

The main worry is Tilly's anxiety about school (attendance 83%).

Callum Bright
Social Worker, Children in Need Team (Leominster)
01568 960 214
""")
    atts = [docx_att("Step-down plan - Tilly Morgan-Lloyd.docx", [
        "# Early Help Assessment step-down plan - Tilly Morgan-Lloyd (Mosaic 1889215)",
        "Worries: anxiety about school; attendance 83%.",
        "Working well: Tilly enjoys the youth hub's Thursday group; mum is supportive.",
        "Wellbeing plan: school anxiety plan (school SENCo); youth worker 1:1 fortnightly; review at MAG.",
        "Key person: Gareth Probert, Youth Worker, Leominster Youth Hub."])]
    top = outlook_top(f, addr("Bright, Callum", "callum.bright@" + HDOM), HEH,
                      "Step down - Tilly Morgan-Lloyd - Mosaic 1889215", "2057-06-12 15:05")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", "2057-06-12 15:05", 4, "ordinary",
        "step_down", False, None, ["1889215"], [ch("Tilly Morgan-Lloyd", "2048-08-15", "15/08/2048")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "A new worker finishing a departed agency worker's step-down: plan attached and key person named, mum "
        "agreed by phone (consent true) but the written consent form is still to be signed -> missing consent_form "
        "-> request_info.",
        not_children=["Rita Nowak", "Gareth Probert", "Xavier Moss"], tells=["mum agreed to the step-down"])

def herefordshire_03():
    f = "herefordshire_03.eml"
    body = T("""
Hi all,

As today's my last day, I've attached a handover of the step-downs I had in progress with you, so you know who to contact from Monday (my TM, Owain Rees, is reallocating them). Nothing much outstanding really - a couple of consent forms to chase.

Thanks for all your help over the years!

Sian

Sian Gwilliam
Social Worker, Children in Need Team (Leominster)
Herefordshire Council
""")
    lines = [
        "Social worker: Sian Gwilliam. Last day 29/06/2057. Cases reallocated by Owain Rees (TM).",
        "",
        "1. Preece family - Mosaic 1881204",
        "   Step-down plan sent 12/06. Key person: school. Nothing outstanding.",
        "",
        "2. Jukes family - Mosaic 1884471",
        "   Step-down to Early Help on hold. Visited this morning (29/06).",
        "   Mum (Kirsty Jukes) told me her new partner, Dean Farr, moved in at the weekend. He is on the",
        "   sex offenders register (convicted 2049 of offences against a 7-year-old girl).",
        "   Mum starts a new job at the Co-op today and said Dean will look after Esme on his own from 4pm",
        "   today while she works until 10. Esme Jukes, DOB 02/05/2053 (4).",
        "   Mum says she 'doesn't believe what they said he did'. I told her the arrangement can't go ahead",
        "   and she said 'well I've got no one else'.",
        "   To do: contact MASH about Dean Farr / Esme before 4pm - NOT DONE, ran out of time.",
        "",
        "3. Oakes family - Mosaic 1879930",
        "   Signed consent form to chase (mum said she posted it).",
        "",
        "4. Llewellyn family - Mosaic 1886605",
        "   Step-down completed 15/06 and case closed. Nothing outstanding.",
    ]
    atts = [pdf_att("Handover - S Gwilliam - step-downs in progress.pdf",
                    "HANDOVER - step-downs in progress - Sian Gwilliam", lines)]
    top = outlook_top(f, addr("Gwilliam, Sian", "sian.gwilliam@" + HDOM), HEH,
                      "Handover - my step-downs in progress", "2057-06-29 14:40",
                      cc="Owain Rees <owain.rees@%s>" % HDOM)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", "2057-06-29 14:40", 5,
        "urgent", "other", True, None, ["1881204", "1884471", "1879930", "1886605"],
        [ch("Esme Jukes", "2053-05-02", "02/05/2053")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 only in an attachment: the body says 'nothing much outstanding', but the attached handover "
        "PDF says a registered sex offender convicted of offences against a young girl moved in at the weekend "
        "and will look after a 4-year-old alone from 4pm today, and the call to MASH was never made -> alert_duty. "
        "A handover, not a step request -> other; every Mosaic number in the PDF is labelled, in order.",
        not_children=["Kirsty Jukes", "Dean Farr", "Owain Rees"])

def herefordshire_04():
    f = "herefordshire_04.eml"
    body = T("""
Hello MASH,

I've picked up Cerys Tudor (DOB 23/01/2042, Mosaic 1890377) from Sophie Meredith, who left Early Help at the end of June, and I'd like to ask for a step up to social care.

Since April Cerys has been going missing overnight - three times in June, and police found her in Worcester once. She has a new phone and new clothes she can't explain, and Sophie's handover notes "older boyfriend online - 19?". Cerys won't talk about him with me yet.

Mum is aware of this referral and agrees to it. My manager, Lisa Gittins, agrees that this needs a step up.

Thanks
Nia

Nia Watkins
Early Help Practitioner (Hereford)
Herefordshire Council | 01432 960 447

PS - as I was leaving school just now Cerys showed me a message from him: "room's booked, get the 5.40 bus to Hereford bus station, I'll meet you, don't tell your mum". She said she's going tonight "whatever anyone says". She's in lessons until 3.30.

""") + HDISC
    top = outlook_top(f, addr("Watkins, Nia", "nia.watkins@" + HDOM), HMASH,
                      "Step up request - Cerys Tudor - Mosaic 1890377", "2057-07-11 11:50")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", "2057-07-11 11:50", 5, "urgent",
        "step_up", True, None, ["1890377"], [ch("Cerys Tudor", "2042-01-23", "23/01/2042")],
        ["exploitation", "missing"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a PS: a step-up from a worker who inherited the case, whose PS says a 15-year-old who "
        "goes missing overnight will meet an older man tonight at a booked room -> alert_duty. Herefordshire "
        "defines no step-up (missing [] for an undefined kind), but urgent overrides human_review. 'Mum is aware "
        "... and agrees to it' -> consent true.",
        not_children=["Sophie Meredith", "Lisa Gittins"],
        tells=["Mum is aware of this referral and agrees to it", "agrees that this needs a step up"])

def herefordshire_05():
    f = "herefordshire_05.eml"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Verdana,sans-serif;font-size:10pt">\n'
         '<p>Dear Early Help co-ordinators,</p>\n'
         '<p>I am covering a colleague\'s caseload in the Adult Learning Disability Team while she is on leave, and '
         'her handover for one client says "<b>child protection issue - refer to Early Help</b>", so I am checking '
         'with you before I do anything.</p>\n'
         '<p>The client is <b>Jordan Hale, who is 19</b> (DOB 14/03/2038). He lives alone in a council flat in '
         'Bromyard. Two men he calls friends have been staying there and taking his benefits; his support worker '
         'thinks the flat is being used to sell drugs. That is a serious adult safeguarding matter and I have raised '
         'it with the adult MASH and the police today.</p>\n'
         '<p>I cannot see any child in this. Nobody under 18 lives at or visits the flat, Jordan has no children, '
         'and his younger sister, who is 14, lives with their aunt in Ledbury, where there are no worries about her. '
         'I think the handover wording is simply out of date - from when Jordan himself was 17.</p>\n'
         '<p>Could you confirm there is nothing for Early Help here, so I can close that line of the handover?</p>\n'
         '<p>Kind regards,<br>Bethan Lloyd-Davies<br>Social Worker (covering), Adult Learning Disability Team<br>'
         'Herefordshire Council</p>\n</body></html>\n')
    top = outlook_top(f, addr("Lloyd-Davies, Bethan", "bethan.lloyd-davies@" + HDOM), HEH,
                      "Handover query - adult client aged 19 - anything for Early Help?", "2057-07-02 14:30")
    add(f, build(top, text_part(h, "html"), True), "herefordshire", "early_help_duty", "2057-07-02 14:30", 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an adult social worker covering a colleague asks about a handover line that says 'child "
        "protection issue', but the person is a 19-year-old adult (cuckooing, financial abuse) and no child is "
        "involved; his 14-year-old sister is unnamed and not a worry -> other, human_review. HTML-only.",
        not_children=["Jordan Hale"])

def herefordshire_06():
    f = "herefordshire_06.eml"
    data = google_reply(f, "2057-07-12 16:10", "Rhys Probert", "rhys.probert@novasocialcare.example",
                        ("Herefordshire Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in - Hodges [SB-herefordshire-2240]",
                        "20570717T090000Z", "20570717T093000Z", "Microsoft Teams Meeting",
                        "Tue 17 Jul 2057 10am - 10:30am (BST)",
                        note="I'm the agency social worker covering for Megan Skyrme, who has left - I'll bring "
                             "her draft plan for the Hodges children.")
    add(f, data, "herefordshire", "early_help_duty", "2057-07-12 16:10", 4, "ordinary", "meeting_reply", False,
        None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (ACCEPTED) to a Tuesday-morning step-down drop-in from an agency social worker "
        "covering a colleague who has left -> meeting_reply, record_reply; no child named in full, no case id.")

def herefordshire_07():
    f = "herefordshire_07.eml"
    text = T("""
Good morning,

I'm a locum covering the Kington patch, and I've picked up Daniel's step-down from his previous social worker, Ffion Davies, who left at Easter. I discussed it with Xavier Moss at last Tuesday's drop-in.

Daniel Vaughan, DOB 04/04/2045, Mosaic 1883350.

Attached: the EHA step-down plan and mum's signed consent form (scanned).

Key person: Ms Angharad Lloyd, SENCo, Arrow Valley High School - she has agreed to lead.

A note on the history, because it's the first thing in Ffion's handover: Daniel self-harmed in August 2055. I checked with CAMHS last week - there has been no self-harm since, he was discharged from CAMHS in March, and school have no concerns about his safety. The current needs are his autism support at school (his EHCP review is due) and his attendance (88%).

Yvonne

Yvonne Bridges
Locum Social Worker, Children in Need Team (Kington and Leominster)
""")
    atts = [
        docx_att("EHA step-down plan - Daniel Vaughan.docx", [
            "# Early Help Assessment step-down plan - Daniel Vaughan (Mosaic 1883350)",
            "Worries: autism support at school (EHCP review due); attendance 88%.",
            "Working well: CAMHS discharged March 2057; no self-harm since August 2055; strong bond with mum.",
            "Wellbeing plan: EHCP annual review (SENCo, July); attendance plan; MAG review.",
            "Key person: Angharad Lloyd, SENCo, Arrow Valley High School."]),
        pdf_att("Consent form signed - Vaughan.pdf", "Consent to step down to Early Help - Vaughan", [
            "I consent to Daniel's case stepping down to Early Help and to information being shared.",
            "Signed: C. Vaughan (mother)   Date: 17/05/2057"]),
    ]
    root = multipart("mixed", [flowed_part(text, cte="7bit")] + atts, bnd(f, 1))
    top = plain_top(f, addr("Yvonne Bridges", "yvonne.bridges@" + HDOM), HEH,
                    "Step-down plan - Daniel Vaughan - Mosaic 1883350", "2057-05-22 09:25", HDOM,
                    extra=[("User-Agent", "Mozilla Thunderbird 128.4.0")])
    add(f, build(top, root, False), "herefordshire", "early_help_duty", "2057-05-22 09:25", 5, "near_miss",
        "step_down", False, None, ["1883350"], [ch("Daniel Vaughan", "2045-04-04", "04/04/2045")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: the inherited handover leads with self-harm, but it was in August 2055, none since, CAMHS "
        "discharged -> historic, not urgent. A locum's complete Herefordshire step-down (plan, signed consent form, "
        "key person with agency) -> book_meeting. Thunderbird format=flowed with .docx and PDF.",
        not_children=["Ffion Davies", "Angharad Lloyd"])

def herefordshire_08():
    f = "herefordshire_08.eml"
    ack = ack_text("step-down", "SB-herefordshire-2231",
                   ["Child: Tilly Morgan-Lloyd", "Case: Mosaic 1889215", "Sent by: Callum Bright"],
                   ["the family's signed consent form"])
    text = T("""
Morning - the signed consent form for Tilly Morgan-Lloyd is attached, as promised (mum signed it at Friday's visit). That should complete the step-down Rita started and I picked up.

Callum

On 12 Jun 2057, at 15:09, Herefordshire Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    atts = [pdf_att("Consent - Morgan-Lloyd - signed.pdf", "Consent to step down to Early Help - Morgan-Lloyd", [
        "I agree to Tilly's case stepping down to Early Help and to information being shared with the co-ordinators.",
        "Signed: K. Morgan-Lloyd (mother)   Date: 15/06/2057"])]
    root = multipart("mixed", [flowed_part(text)] + atts, "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Callum Bright", "callum.bright@" + HDOM), HEH,
                    "Re: [SB-herefordshire-2231] Step-down request received - Morgan-Lloyd", "2057-06-18 09:05",
                    HDOM, extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    add(f, build(top, root, False), "herefordshire", "early_help_duty", "2057-06-18 09:05", 5, "ordinary",
        "follow_up", False, None, ["1889215"], [ch("Tilly Morgan-Lloyd")], [], True, None, [], None,
        "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-2231] bringing herefordshire_02's signed consent form -> follow_up, "
        "attach_to_request; consent true (the form is signed).",
        not_children=["Rita"], tells=["mum signed it"])


# ============================================================================= rules and calendar
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: requirement ids per authority / kind (/ Knowsley level; no level stated = level 3).
REQ = {
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

# England & Wales bank holidays 2057 (compared with the `holidays` package when it is importable):
# New Year's Day Mon 1 Jan; Good Friday 20 Apr; Easter Monday 23 Apr; Early May Mon 7 May; Spring Mon 28 May;
# Late Summer Mon 27 Aug; Christmas Day Tue 25 Dec; Boxing Day Wed 26 Dec.
BANK_HOLIDAYS = {date(2057, 1, 1), date(2057, 4, 20), date(2057, 4, 23), date(2057, 5, 7), date(2057, 5, 28),
                 date(2057, 8, 27), date(2057, 12, 25), date(2057, 12, 26)}
IN_WINDOW_BH = {date(2057, 5, 7): "Early May bank holiday", date(2057, 5, 28): "Spring Bank Holiday"}
# The summer term of 2057: Easter Monday is 23 April, so the term opens on Tuesday 24 April; it ends on Friday
# 20 July (the last Friday before the school holidays).
WINDOW_START, WINDOW_END = date(2057, 4, 24), date(2057, 7, 20)
# British Summer Time 2057: from 01:00 UTC Sunday 25 March to 01:00 UTC Sunday 28 October.
BST_START = datetime(2057, 3, 25, 1, 0, tzinfo=UTC)
BST_END = datetime(2057, 10, 28, 1, 0, tzinfo=UTC)
# Knowsley notice counts asserted (file: (working days, plain weekdays)); README's table says the same.
NOTICE_TABLE = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (5, 6), "knowsley_07.eml": (7, 7)}
CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}

BANNED = re.compile(r"(?i)\b(urgent\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|unsafe|asap|at risk|"
                    r"safeguarding concerns?)\b")
ALARM = re.compile(r"(?i)\b(urgent\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|unsafe|safeguard\w*|"
                   r"child protection|police protection|assault\w*|offender|self-harm\w*|s47|cigarette|DV)\b")

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

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

CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
ID_SCAN = re.compile(r"\b(?:(?:EHM|ICS|LCS)-\d{5,7}|\d{7})\b")
SB_REF = re.compile(r"\[SB-[a-z_]+-\d+\]")

def parse(data):
    return email.message_from_bytes(data, policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())


# ============================================================================= the checks
def check_file(lab, files, cats, meta):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]: err("label keys / order")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                   "missing", "notice_ok", "next_action"]:
        err("expect keys / order")
    if not lab["why"] or len(lab["why"]) < 40: err("why too short")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if cats[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (cats[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    for v in ("consent", "manager_agreed", "urgent"):
        if e[v] not in (True, False, None) or (v == "urgent" and e[v] is None): err(v)
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r has no case-system form" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = meta[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d working days" % (e["notice_ok"], wd))
            if f in NOTICE_TABLE and (wd, plain_weekdays(now.astimezone(LON).date(), meeting)) != NOTICE_TABLE[f]:
                err("notice count differs from the README table")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok / meeting only for Knowsley step requests")
    # -- the message
    data = files[f]
    msg = parse(data)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s missing" % h)
    for part in msg.walk():
        if part.defects: err("MIME defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    email.message_from_bytes(data)                  # the compat32 parser too
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    ld = d.astimezone(LON).date()
    if not (WINDOW_START <= ld <= WINDOW_END): err("Date outside the window")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after Date")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs auto_reply")
    subj = str(msg["Subject"])
    if e["kind"] == "follow_up" and not SB_REF.search(subj): err("follow_up without [SB-] in the subject")
    if e["kind"] in ("step_up", "step_down", "other") and SB_REF.search(subj): err("[SB-] on a fresh mail")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    replies = [p for p in cals if "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if (e["kind"] == "meeting_reply") != (len(replies) == 1 and len(cals) == 1): err("iTIP REPLY vs meeting_reply")
    text = readable(msg)
    if e["urgent"]:
        hit = BANNED.search(text + " " + all_headers(msg))
        if hit: err("banned word %r in an urgent mail" % hit.group(0))
    if cats[f] == "near_miss" and not ALARM.search(text): err("near miss with nothing alarming in it")
    for y in re.findall(r"\b(2\d{3})\b", re.sub(r"SB-[a-z_]+-\d+", " ", text + " " + all_headers(msg))):
        if int(y) > 2057: err("a year after 2057 in the text: %s" % y)
    found = []
    for m in ID_SCAN.finditer(text):
        if m.group(0) not in found:
            found.append(m.group(0))
    if found != e["case_ids"]: err("case ids in the text (in order) %s != label %s" % (found, e["case_ids"]))
    metas = {c["name"]: c for c in meta[f]["children"]}
    pos = []
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in the text" % c["name"]); continue
        pos.append(text.index(c["name"]))
        if c["dob"] is not None:
            if mc["_w"] not in text: err("DOB as written %r not in the text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("DOB %r does not parse to %s" % (mc["_w"], c["dob"]))
            dob = date.fromisoformat(c["dob"])
            if not dob < now.date(): err("DOB after now")
            if age_years(dob, now.date()) >= 18: err("%s is 18 or over" % c["name"])
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in meta[f]["not_children"]:
        if name not in text: err("named non-child %s not in the text" % name)
        if any(name == c["name"] for c in e["children"]): err("non-child %s labelled as a child" % name)
    if e["kind"] == "step_down":
        stated = sorted({int(x) for x in re.findall(r"(?i)\blevel\s*([23])\b", text)})
        if stated != ([e["level"]] if e["level"] is not None else []):
            err("level %s but the text states %s" % (e["level"], stated))
    for phrase in meta[f]["tells"]:
        if phrase not in text: err("the phrase the label relies on is not in the text: %r" % phrase)
    return errors

def run_checks(files, labels, cats, meta):
    errors = []
    if len(files) != 40 or len(labels) != 40 or len(cats) != 40: errors.append("set: need 40 files / labels")
    if sorted(l["file"] for l in labels) != sorted(files): errors.append("set: labels and files differ")
    for lab in labels:
        try:
            errors += check_file(lab, files, cats, meta)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    per = {}
    for lab in labels:
        per[lab["authority"]] = per.get(lab["authority"], 0) + 1
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if per.get(a) != 8: errors.append("set: %s has %s files, needs 8" % (a, per.get(a)))
    tot = {c: list(cats.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: categories %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    if {l["expect"]["kind"] for l in labels} != KINDS: errors.append("set: not every kind present")
    errors += calendar_checks()
    return errors, tot

def calendar_checks():
    errors = []
    if WINDOW_START.weekday() != 1 or WINDOW_END.weekday() != 4:
        errors.append("calendar: the window should run Tuesday 24 April - Friday 20 July 2057")
    if WINDOW_START - timedelta(days=1) not in BANK_HOLIDAYS:
        errors.append("calendar: the term should open the day after Easter Monday")
    if {d for d in BANK_HOLIDAYS if WINDOW_START <= d <= WINDOW_END} != set(IN_WINDOW_BH):
        errors.append("calendar: bank holidays in the window should be exactly 7 May and 28 May")
    for d in BANK_HOLIDAYS:
        if d.weekday() >= 5: errors.append("calendar: a bank holiday on a weekend %s" % d)
    for d0 in (BST_START, BST_END):
        if d0.weekday() != 6 or (d0 + timedelta(days=7)).month == d0.month:
            errors.append("calendar: BST change %s is not the last Sunday of its month" % d0)
    d = WINDOW_START
    while d <= WINDOW_END:
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("calendar: %s is not BST" % d)
        d += timedelta(days=1)
    try:
        import holidays
        pkg = {x for x in holidays.country_holidays("GB", subdiv="ENG", years=[2057])}
        if pkg != BANK_HOLIDAYS:
            errors.append("calendar: the holidays package says %s" % sorted(pkg ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    return errors


# ============================================================================= fault injection
def inject_faults():
    """Break an in-memory copy in several ways; every break must be caught by run_checks."""
    def lab(f, L):
        return next(l for l in L if l["file"] == f)
    def swap_date(data, new_date_header):
        return re.sub(rb"(?m)^Date: .*$", b"Date: " + new_date_header.encode(), data, count=1)
    faults = []
    def f1(F, L, C, M): lab("knowsley_01.eml", L)["expect"]["notice_ok"] = True          # ignores May Day
    def f2(F, L, C, M): lab("knowsley_02.eml", L)["expect"]["notice_ok"] = False
    def f3(F, L, C, M):                                                                   # an alarm word
        F["torbay_06.eml"] = build([("From", "x <x@torbay.gov.uk>"), ("To", BMASH), ("Subject", "URGENT Tonkin"),
                                    ("Date", email.utils.format_datetime(dt("2057-07-13 17:35"))),
                                    ("Message-ID", "<x@y>")], text_part("Riley Tonkin Ava Tonkin LCS-6651208"), False)
    def f4(F, L, C, M): F["knowsley_05.eml"] = swap_date(F["knowsley_05.eml"], "Sat, 16 Jun 2057 09:20:00 +0100")
    def f5(F, L, C, M): F["torbay_07.eml"] = swap_date(F["torbay_07.eml"], "Mon, 28 May 2057 12:10:00 +0100")
    def f6(F, L, C, M): F["herefordshire_06.eml"] = swap_date(F["herefordshire_06.eml"], "Thu, 12 Jul 2057 16:10:00 +0000")
    def f7(F, L, C, M): lab("tower_hamlets_04.eml", L)["now"] = "2057-07-05T08:49:00+01:00"
    def f8(F, L, C, M): C["richmond_wandsworth_07.eml"] = "near_miss"
    def f9(F, L, C, M): lab("herefordshire_04.eml", L)["expect"]["next_action"] = "human_review"
    def f10(F, L, C, M): lab("herefordshire_03.eml", L)["expect"]["case_ids"] = ["1884471"]
    def f11(F, L, C, M): lab("richmond_wandsworth_02.eml", L)["expect"]["children"][1]["dob"] = "2050-10-09"
    def f12(F, L, C, M): lab("torbay_02.eml", L)["expect"]["missing"] = []
    def f13(F, L, C, M): lab("herefordshire_02.eml", L)["expect"]["missing"] = ["consent", "consent_form"]
    def f14(F, L, C, M): lab("knowsley_03.eml", L)["expect"]["children"].reverse()
    def f15(F, L, C, M): BANK_HOLIDAYS.discard(date(2057, 5, 28))
    def f16(F, L, C, M): lab("tower_hamlets_05.eml", L)["expect"]["case_ids"] = ["1234567"]
    def f17(F, L, C, M): lab("richmond_wandsworth_03.eml", L)["expect"]["consent"] = True
    def f18(F, L, C, M): lab("knowsley_02.eml", L)["expect"]["level"] = None           # read as level 3
    def f19(F, L, C, M): lab("torbay_05.eml", L)["expect"]["kind"] = "step_down"
    def f20(F, L, C, M): M["herefordshire_05.eml"]["not_children"] = []; lab("herefordshire_05.eml", L)["expect"]["children"] = [{"name": "Jordan Hale", "dob": "2038-03-14"}]
    faults = [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20]
    missed = []
    for fn in faults:
        F, L, C, M = dict(FILES), copy.deepcopy(LABELS), dict(CATS), copy.deepcopy(META)
        saved_bh = set(BANK_HOLIDAYS)
        fn(F, L, C, M)
        for m in M.values():
            m["children"] = m["children"]
        if fn is f20:
            M["herefordshire_05.eml"]["children"] = [ch("Jordan Hale", "2038-03-14", "14/03/2038")]
        errs, _ = run_checks(F, L, C, M)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(saved_bh)
        if not errs:
            missed.append(fn.__name__)
    return missed, len(faults)


# ============================================================================= main
def stats():
    out = ["categories: %s" % {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}]
    for key in ("kind", "next_action"):
        cnt = {}
        for l in LABELS:
            cnt[l["expect"][key]] = cnt.get(l["expect"][key], 0) + 1
        out.append("%s: %s" % (key, dict(sorted(cnt.items(), key=lambda kv: -kv[1]))))
    for f, (wd, pw) in NOTICE_TABLE.items():
        l = next(x for x in LABELS if x["file"] == f)
        out.append("notice %s: now %s, meeting %s, %d working days (%d plain weekdays), ok=%s"
                   % (f, l["now"], META[f]["meeting"], wd, pw, l["expect"]["notice_ok"]))
    quiet = [l["file"] for l in LABELS if l["expect"]["urgent"] and not ALARM.search(readable(parse(FILES[l["file"]])))]
    out.append("urgent mails with no alarm word at all (broader list incl. safeguard*, child protection): %d %s"
               % (len(quiet), quiet))
    out.append("out of office hours (before 09:00 / from 17:00): %s" % [
        l["file"] for l in LABELS if not (9 <= email.utils.parsedate_to_datetime(
            parse(FILES[l["file"]])["Date"]).hour < 17)])
    return "\n".join(out)

def main():
    for name in sorted(globals()):
        if re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_0[1-8]", name):
            globals()[name]()
    errors, tot = run_checks(FILES, LABELS, CATS, META)
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    if "--inject-faults" in sys.argv:
        missed, n = inject_faults()
        if missed:
            print("FAULT INJECTION: not caught:", *missed, sep="\n  ")
            sys.exit(1)
        errors, _ = run_checks(FILES, LABELS, CATS, META)
        if errors:
            print("SELF-CHECK FAILED after fault injection:", *errors, sep="\n  ")
            sys.exit(1)
        print("fault injection: all %d injected faults were caught" % n)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
