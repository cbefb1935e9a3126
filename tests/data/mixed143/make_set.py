#!/usr/bin/env python3
"""mixed143: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2056 (Tuesday 4 January - Thursday 30 March 2056), in the voluntary and community sector:
food banks, a baby bank, a women's refuge, a youth charity, a faith-based drop-in, a debt advice charity, a
homelessness outreach team, a parenting charity, a bereavement service and a community interpreter service, writing
in themselves (volunteers and paid workers, on charity letterheads, with limited information and worries about
consent and confidentiality) or appearing as lead practitioners, key people and TAF members in the practitioners'
own step-up and step-down requests.

Calendar (checked below with Python and, when it is installed, the `holidays` package): 1 January 2056 is a
Saturday, so New Year's Day is observed on MONDAY 3 JANUARY 2056 and the spring term starts on Tuesday 4 January.
Easter Sunday is 2 April 2056: Good Friday is FRIDAY 31 MARCH and Easter Monday MONDAY 3 APRIL, so the term ends on
Thursday 30 March. No bank holiday falls inside the window; both Easter bank holidays fall just after it, where the
Knowsley notice counts of mails sent in the last week of term cross them. British Summer Time starts at 01:00 UTC on
Sunday 26 March 2056: mails up to Friday 24 March carry +0000, mails from Monday 27 March carry +0100. 2056 is a leap
year (Tuesday 29 February 2056 is a working day and one mail is dated on it).

Deterministic: no clock, no randomness; boundaries, Message-IDs and UIDs come from sha1 of the file name, zips have
fixed timestamps. Run with any Python 3.9+ (`python3 make_set.py`); the attachments' text is read back by this
script's own PDF/.docx readers (the PDFs and .docx files are hand-built here), and if the `holidays` package is
importable (e.g. /work/main/.venv/bin/python) its England bank-holiday list must equal the script's. `--stats`
prints tallies and the notice table. The self-checks STOP on any error before anything is written.
Every label was set by hand from /work/shared/DESIGN.md, /work/shared/REQUIREMENTS.md, the seeds and the policy packs.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


# ============================================================================ MIME helpers (after mixed27's)
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
    """Europe/London wall-clock time -> aware datetime (GMT until 26 March 2056 01:00 UTC, BST after)."""
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
        if re.search(r'[,.;:@()"\']', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email_)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="", extra=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)] + (extra or [])
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:                      # 7bit
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
        return out + (p.body if p.body.endswith("\n") else p.body + "\n")
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

def gmail_html(text):
    out = []
    for para in text.split("\n\n"):
        out.append('<div dir="ltr">%s</div>' % "<br>".join(esc(l) for l in para.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(out)

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-compose;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""

def word_html(blocks):
    """blocks: paragraphs ('' = empty), ('h', text) bold heading, ('table', rows) first row shaded."""
    out = [WORD_HEAD]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = "<br>\n".join(esc(x) for x in c.split("\n"))
                    if i == 0:
                        cell = "<b>%s</b>" % cell
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt'>"
                               "<p class=MsoNormal>%s<o:p></o:p></p></td>\n" % ("background:#D9E2F3;" if i == 0 else "", cell))
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append("<p class=MsoNormal><b>%s<o:p></o:p></b></p>\n" % esc(b[1]))
        elif b == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % "<br>\n".join(esc(x) for x in b.split("\n")))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

def word_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += ["\t".join(c.replace("\n", " ") for c in r) for r in b[1]] + [""]
        elif isinstance(b, tuple):
            out.append(b[1])
        else:
            out.append(b)
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'line ' + newline; space-stuffing of lines starting ' ' or 'From '."""
    out = []
    for logical in text.split("\n"):
        if logical.startswith(">"):
            out.append(logical); continue
        words, cur, phys = logical.split(" "), "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " "); cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            out.append(" " + p if p.startswith((" ", "From ")) else p)
    return "\n".join(out)

def flowed_part(text, cte="quoted-printable"):
    body = flowed(text)
    body = qp(body, "utf-8") if cte == "quoted-printable" else body
    return Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
                 ("Content-Transfer-Encoding", cte)], body)


# ---------------------------------------------------------------------------- PDF (hand-built, WinAnsi text)
def make_pdf(title, lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 54] for i in range(0, len(wrapped), 54)]
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for pg in pages:
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pesc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (len(objs)))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
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
    """Text of a PDF built by make_pdf (uncompressed content streams, one string per line)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            out.append(t.decode("cp1252"))
    return "\n".join(out)


# ---------------------------------------------------------------------------- .docx (minimal OOXML)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows (lists of cell strings)."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(t)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % "".join(para(x) for x in c.split("\n")) for c in r) + "</w:tr>"
            for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W_NS, body))
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
            zi = zipfile.ZipInfo(name, date_time=(2055, 12, 20, 9, 0, 0))
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
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
       "END:VTIMEZONE"]

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re|Accepted|Declined|Tentative): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
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

def alt_mail(f, top, text, html_body, atts=(), boundary=None, crlf=True):
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], boundary or bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, crlf)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY: multipart/alternative (text + text/calendar; method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    body = (comment + "\n") if comment else " "
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
         "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer,
         "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, frm_name, frm_email)]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:%s: %s" % (word, ics_escape(summary)),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location),
          "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY (text, HTML, text/calendar method=REPLY; invite.ics attached)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:%s@stepbot.invalid" % sha(f, "uid")[:26],
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email)]
    if note:
        L.append("COMMENT:" + ics_escape(note))
    L += ["LOCATION:" + ics_escape(location), "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary),
          "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n%s\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location, ("\nNote from %s: %s\n" % (frm_name, note)) if note else "")
    alt = multipart("alternative", [text_part(text), text_part(gmail_html(text), "html"),
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

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def outlook_quote(frm, sent, to, subject, text, cc=None):
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, ("Cc: %s\n" % cc) if cc else "", subject, text))

def ack_text(kind_word, ref, lines):
    return "\n".join(["Thank you - your %s has been received." % kind_word, "", "Reference: %s" % ref] + lines +
                     ["", "Please reply to this email, keeping the reference in the subject, to add anything."]) + "\n"


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
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked against `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        not_case_ids=(), out_of_hours=None, device=None):
    """Record one file. `meeting` = the date the Knowsley notice is counted to; `not_children` people in the text who
    must not be labelled; `not_case_ids` numbers in the text that must not be labelled as case ids;
    `out_of_hours` the justification when the Date is not a working day; `device` how the urgent risk is told."""
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
                   "not_case_ids": list(not_case_ids), "when": when, "out_of_hours": out_of_hours,
                   "device": device}


# ============================================================================ KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.\n")

def knowsley_01():
    f = "knowsley_01.eml"; when = "2056-01-12 14:07:33"
    body = T("""
Hello Family First duty,

As per the step down process, I'm letting you know that the Mulholland family will step down to Level 2 at the final Child in Need meeting.

Child: Aiden Mulholland, DOB 03/05/2047 (ICS-2260418)
Mum: Leanne Mulholland

Final CIN meeting: Wednesday 19 January 2056 at 10:00, Kirkby Family Hub, Room 2, Cherryfield Drive, Kirkby.

Lead Practitioner after step down: Nicola Barr, Family Support Worker, Brightpath Parenting Trust (the parenting charity that has been running the Incredible Years group Leanne goes to on Thursdays). Nicola has agreed to take on the Lead Practitioner role and will be at the meeting. Her number is 0151 496 0733.

What are we worried about?
Leanne still has low days with her mood and finds Aiden's behaviour hard to manage when she is tired. Aiden was diagnosed with ADHD in October 2055 and school are applying for an EHCP assessment; he finds the afternoons at school hard and there have been two half-day exclusions this year.

What is working well?
Leanne has been to 9 of the 10 parenting sessions and uses the reward chart every day. She is seeing her GP every month and says her medication is helping. Aiden's nan has him every Saturday. There have been no police call-outs since last summer.

What needs to happen?
Nicola to lead a TAF with school and the GP, and finish the Incredible Years programme with Leanne. School to submit the EHCP request by the end of February. Leanne to carry on with her GP reviews. First TAF review in 6 weeks.

Leanne is happy for Brightpath to carry on working with her and has agreed to the step down.

Thanks,
Hannah

Hannah Corrigan
Social Worker | Child in Need Team (Kirkby) | Children's Social Care | Knowsley Council
0151 496 0219

""") + KDISC
    top = outlook_top(f, addr("Corrigan, Hannah", "Hannah.Corrigan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Mulholland - final CIN Wed 19th Jan", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2260418"],
        [ch("Aiden Mulholland", "2047-05-03", "03/05/2047")],
        ["disability_send", "parental_mental_health"], True, None, [], True, "book_meeting",
        "Complete Knowsley LEVEL 2 step-down (REQUIREMENTS, knowsley step_down level 2: meeting_details with venue, "
        "worries_strengths_next, lead_practitioner): the final CIN meeting has date, time and venue; all three Signs "
        "of Safety headings are answered; the Lead Practitioner is a named worker at a parenting charity (Nicola Barr, "
        "Brightpath Parenting Trust) - a voluntary-sector lead practitioner is still 'a named person with their "
        "agency'. 'has agreed to the step down' -> consent true (not required at level 2). No manager mentioned -> "
        "null. NOTICE: Wed 12 Jan -> Wed 19 Jan 2056 = 13, 14, 17, 18, 19 = exactly 5 working days -> ok -> "
        "book_meeting. Concerns: mum's low mood -> parental_mental_health; ADHD and the EHCP request -> "
        "disability_send (the half-day exclusions are not attendance).",
        meeting=date(2056, 1, 19), not_children=["Leanne Mulholland", "Nicola Barr", "Hannah Corrigan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2056-03-28 10:41:09"
    body = T("""
Morning both,

Please find attached a step up request for the Garside family (EHM-77420):

- FF Step Up request to CSC (Appendix 1)
- Graded Care Profile 2, completed with mum on 21/03/2056
- Minutes of the last TAF meeting (14/03/2056)

Children:
Skye Garside - 11/11/2049
Reggie Garside - 30/06/2053

The step up TAF meeting is on Wednesday 5th April at 10am on Teams - I've sent the calendar invite to the MASH inbox and to MASH business support, and invited the current TAF members (school, the health visitor and Bev from the Kirkby Community Pantry, who is the food bank's family link worker). I know it's straight after the Easter weekend but it was the only morning the HV could do.

The main worry is neglect. Since November the family have had six emergency food parcels, and Bev has seen both children come in without coats in the snow. School say Skye comes in hungry most Mondays and her attendance is 81% this year. The GCP2 scored 4 on physical care and 4 on home conditions.

Paula Kinsella (my team manager) discussed the step up with me in supervision on 24/03 and agreed to it. Mum is aware that I'm asking for the step up.

Thanks,
Dean

Dean Whitfield
Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council
0151 496 0587

""") + KDISC
    form = ["# FF Step Up request to CSC",
            "Case ID on EHM: EHM-77420",
            "Has this family recently closed to Children's Social Care?: No",
            "Date of step up TAF meeting: Wednesday 05/04/2056 at 10:00 (Microsoft Teams)",
            "Level of Engagement: medium. Mum attends most appointments but has not followed through on the home conditions plan.",
            "Recent TAF meeting minutes attached: Yes (14/03/2056)",
            "What are we worried about?",
            "Current concerns (impact on child): Skye (6) and Reggie (2) are often hungry and not dressed for the weather; the home is cold and cluttered; Reggie's nappy rash has needed GP treatment twice.",
            "Past harm: none known.",
            "Complicating factors: mum's debts (she is seeing the Knowsley Community Money Advice service) and the food bank's six emergency parcels since November.",
            "What is working well?",
            "Existing strengths: mum loves the children and they are close to her; she takes Reggie to the baby bank stay-and-play.",
            "Existing safety: maternal grandmother visits twice a week.",
            "What next?",
            "Goals: the children are fed, warm and dressed for the weather every day.",
            "Next steps: step up TAF meeting 05/04/2056; C&F assessment if agreed.",
            "Graded Care profile: completed 21/03/2056 (attached).",
            "Agreement by line manager: Paula Kinsella, Team Manager, agreed 24/03/2056.",
            "Contingency plan: if not stepped up, Level 3 TAF continues with fortnightly home visits."]
    gcp = ["Child: Skye Garside (DOB 11/11/2049) and Reggie Garside (DOB 30/06/2053)",
           "Completed by: Dean Whitfield with Ms Garside, 21/03/2056",
           "Area 1 Physical care: nutrition 4, housing 4, clothing 4, hygiene 3, health 3",
           "Area 2 Care of safety: 3",
           "Area 3 Love and care: 2",
           "Area 4 Stimulation and education: 3",
           "Summary: physical care and home conditions below the level the children need."]
    minutes = ["# TAF meeting minutes - Garside family", "Date: 14/03/2056, Kirkby Family Hub",
               "Present: Dean Whitfield (FF), Ms Garside, Mrs Lowe (school), Health Visitor, Bev Doran (Kirkby Community Pantry)",
               "School: attendance 81%; Skye hungry on Mondays.",
               "Pantry: six emergency parcels since November; children seen without coats.",
               "Actions: GCP2 to be completed; Dean to discuss step up with his team manager."]
    top = plain_top(f, addr("Whitfield, Dean", "Dean.Whitfield@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up request - Garside - EHM-77420 - TAF Wed 5th April 10am", when, KDOM,
                    "Microsoft Outlook 16.0", cc=addr("MASH Business Support", KBS))
    atts = [docx_att("FF Step Up request - Garside.docx", form),
            pdf_att("GCP2 Garside March 2056.pdf", "Graded Care Profile 2 (GCP2) - summary", gcp),
            docx_att("TAF minutes 14.03.2056 Garside.docx", minutes)]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-77420"],
        [ch("Skye Garside", "2049-11-11", "11/11/2049"), ch("Reggie Garside", "2053-06-30", "30/06/2053")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up with every document (Appendix 1 form .docx, GCP2 .pdf because the concern is neglect, TAF "
        "minutes .docx), the EHM case id and the team manager's agreement ('discussed ... and agreed to it'), so "
        "nothing is missing; 'Mum is aware' is not consent -> null. NOTICE ACROSS EASTER, DECISIVE: sent Tue 28 "
        "March 2056 (BST, +0100); the TAF is Wed 5 April. Good Friday 31 March and Easter Monday 3 April are bank "
        "holidays, so the working days are 29, 30 March, 4, 5 April = 4 < 5 (6 plain weekdays would pass) -> notice "
        "not ok -> request_info. Concerns: neglect (food bank parcels, no coats, GCP2) and school_attendance (81%).",
        meeting=date(2056, 4, 5), not_children=["Dean Whitfield", "Paula Kinsella", "Bev Doran"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2056-01-21 12:52:40"
    text = T("""
Hello,

I'm a volunteer at the Huyton Community Food Bank (Fridays). I got this email address off the poster in the church hall where we run the food bank. I'm sorry if it's the wrong place, our coordinator Pat is off today so I'm writing myself.

A little girl came in this morning with her mum for a parcel. Her name is Kayla Brennan and she is 7 (mum is Shannon Brennan, the voucher came from Kayla's school). Kayla had a bandage on her right hand. When I gave her a biscuit the bandage slipped and her palm underneath was red and blistered all across. I asked her if she'd hurt her hand and she said, and these are her exact words, "Gary held my hand on the hob because I ate the crisps. He said next time he'll do my face."

Gary is mum's boyfriend. He sat outside in a white van the whole time they were in and mum kept looking out of the window at him. Mum said Kayla is off school today because she is "poorly". They left at 12.30 and got back in the van with him.

I didn't say anything to mum because I didn't want to make it worse for her or for Kayla.

The address on the voucher is 27 Heywood Close, Huyton, L36 9ZQ.

My mobile is 07700 900412 if anyone needs to ask me anything. I'm at the food bank until 2.

Maureen Tickle
Volunteer, Huyton Community Food Bank
Registered charity no. 1190417
""")
    top = [("From", addr("Huyton Community Food Bank", "volunteers@huytonfoodbank.example.org")),
           ("To", KMASH), ("Subject", "Little girl at the food bank this morning"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    add(f, alt_mail(f, top, text, gmail_html(text), boundary=gbnd(f, 1), crlf=False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Kayla Brennan")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "Safety rule 1, told in a CHILD'S OWN WORDS relayed by a food bank volunteer: a 7-year-old with a fresh "
        "blistering burn across her palm says mum's boyfriend 'held my hand on the hob ... next time he'll do my "
        "face', and she left at 12.30 in his van; she is not at school. A duty social worker would act today -> "
        "urgent -> alert_duty. A volunteer's report that asks for no step -> other, missing []. Age but no DOB -> "
        "dob null. The charity registration number 1190417 is not a case id. None of the alarm words is used.",
        not_children=["Shannon Brennan", "Maureen Tickle"], not_case_ids=["1190417"], device="a child's own words")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2056-02-07 09:31:12"
    body = T("""
Dear Family First team,

Please find attached our closing letter for Ruby Pritchard, whom we have been supporting since September. Ruby's mum asked us to send a copy to Family First so that it can go with the school's Level 2 plan.

Nothing is needed from your team - this is for your information.

Kind regards,

Amy Sefton
Children and Young People's Practitioner
Mersey Rainbow Bereavement Service
0151 496 0950 | www.merseyrainbow.example.org
Registered charity no. 1178203

""")
    letter = ["Mersey Rainbow Bereavement Service - supporting bereaved children and families across Merseyside",
              "Registered charity no. 1178203",
              "",
              "7 February 2056",
              "Re: Ruby Pritchard, DOB 14/08/2046",
              "",
              "Ruby has now finished her 12 one-to-one sessions with us. Ruby's father died in a road traffic collision",
              "in March 2054, and she was referred to us by her school in September 2055.",
              "",
              "In session 7 (8 November 2055) Ruby said that she sometimes wished she had died in the car too. We",
              "followed our own safeguarding procedure that day: her mum was told straight away, Ruby's GP saw her",
              "the same afternoon, and CAMHS assessed her on 21 November 2055 and found no ongoing concerns. Ruby has",
              "not said anything like this since, and in our last session she told us she feels 'mostly OK now'.",
              "",
              "Ruby's mum, Mrs Claire Pritchard, is supportive and has kept every appointment. She has given her",
              "consent for us to share this letter with Family First and with Ruby's school.",
              "",
              "Ruby knows she can come back to our drop-in group at any time.",
              "",
              "Amy Sefton, Children and Young People's Practitioner"]
    top = outlook_top(f, addr("Amy Sefton", "amy.sefton@merseyrainbow.example.org"), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Closing letter - Ruby Pritchard (for information)", when)
    add(f, mail(f, top, body, [pdf_att("Closing letter - Ruby Pritchard.pdf", "Closing letter", letter)]),
        "knowsley", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Ruby Pritchard", "2046-08-14", "14/08/2046")], [], True, None,
        [], None, "human_review",
        "NEAR MISS (resolved): a bereavement charity's closing letter (PDF on its letterhead) recalls a 9-year-old's "
        "words in November 2055 that she 'wished she had died in the car too' - dealt with the same day (GP, CAMHS "
        "found no ongoing concerns), nothing similar since. For information, no request -> other, human_review. "
        "Consent: 'She has given her consent for us to share this letter' -> true (stated as given). Concerns []: "
        "grief and the resolved episode fit no current contract concern. Charity numbers are not case ids.",
        not_children=["Claire Pritchard", "Amy Sefton"], not_case_ids=["1178203"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2056-03-24 15:26:05"
    blocks = [
        "Hi Family First duty,",
        "",
        "As discussed with Elinor on the duty line this morning, this is a Level 3 step down for the Jones-Lacey children. Mum (Kirsty) signed the Family First consent form at the CIN review on 20/03/2056.",
        "",
        ("table", [["Child", "DOB", "ICS"],
                   ["Tommy Jones-Lacey", "22/10/2044", "ICS-2271905"],
                   ["Nova Jones-Lacey", "09/12/2054", "ICS-2271905 (same episode)"]]),
        "",
        "Joint home visit: Tuesday 4th April 2056 at 10:00, at the family home - 6 Pennard Avenue, Huyton, L36 9ZB. A Family First case manager to come with me, please.",
        "",
        ("table", [["What are we worried about?", "What is working well?", "What needs to happen?"],
                   ["Kirsty's anxiety about money has kept her in the house for weeks at a time this winter. When it is bad, Tommy (11) does a lot of the looking after of Nova - feeding her, getting her up - and he has told his teacher he worries about leaving mum.",
                    "Kirsty's adviser at Knowsley Community Money Advice has put in a Debt Relief Order application and the bailiff letters have stopped. The baby bank gave Nova a cot and winter clothes. Nan visits three times a week. Kirsty started with Talking Therapies in February.",
                    "A Family First case manager to lead a TAF with school, the health visitor and the money advice service. Referral to the Knowsley young carers service for Tommy. Kirsty to carry on with Talking Therapies and the DRO."]]),
        "",
        "Thanks, have a good weekend,",
        "Ifeoma",
        "",
        "Ifeoma Balogun",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0374",
        "",
        KDISC.strip()]
    top = outlook_top(f, addr("Balogun, Ifeoma", "Ifeoma.Balogun@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Jones-Lacey - joint home visit Tues 4/4", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["ICS-2271905"],
        [ch("Tommy Jones-Lacey", "2044-10-22", "22/10/2044"), ch("Nova Jones-Lacey", "2054-12-09", "09/12/2054")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "HTML-only Outlook (Word HTML, two tables, no text/plain part): Knowsley LEVEL 3 step-down, complete - joint "
        "home visit with date, time and venue (the home address), all three Signs of Safety headings in a table, "
        "consent ('signed the Family First consent form') -> true. The same ICS id on two rows is one case id. "
        "NOTICE ACROSS EASTER AND THE CLOCK CHANGE: Fri 24 March (GMT) -> Tue 4 April (BST): 27, 28, 29, 30 March, "
        "4 April = exactly 5 working days (Good Friday 31 March and Easter Monday 3 April excluded; 7 plain "
        "weekdays) -> ok -> book_meeting. Concerns: mum's anxiety -> parental_mental_health; Tommy caring for "
        "Nova -> young_carer (money worries are context; the debt charity and baby bank are strengths).",
        meeting=date(2056, 4, 4), not_children=["Kirsty Jones-Lacey", "Ifeoma Balogun"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2056-03-16 11:18:27"
    comment = ("Sorry, I can't make the 22nd. More importantly - Jodie left the refuge at 9 this morning with Mia (4) "
               "and Alfie (20 months). She told our night worker she is going back to Craig and that he is picking the "
               "three of them up from the Asda car park in Kirkby at 4pm today. Craig is on bail for strangling Jodie in "
               "front of the children on 2 January, with a condition not to contact her. Last week Mia told our playworker "
               "\"Craig squeezed mummy's neck and she went all floppy\". Jodie's phone is off. I have told the police "
               "(their log 0366 of today). Please ring me on 0151 496 0811 - Bernadette, Merseyside Haven")
    add(f, itip_reply(f, when, "Bernadette Okoye", "b.okoye@merseysidehaven.example.org", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step-up TAF meeting - Doyle children (Mia Doyle, Alfie Doyle) EHM-76105",
                      "20560322T100000", "20560322T113000", "Microsoft Teams Meeting", comment),
        "knowsley", "mash_step_up", when, 4,
        "urgent", "meeting_reply", True, None, ["EHM-76105"],
        [ch("Mia Doyle"), ch("Alfie Doyle")], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 ('a meeting reply's comment'): a women's refuge worker DECLINES the step-up TAF invitation "
        "(Outlook iTIP REPLY) and her COMMENT says the mother left the refuge this morning with a 4-year-old and a "
        "20-month-old to meet, at 4pm today, the man on bail for strangling her in front of the children -> urgent -> "
        "alert_duty (it is still a meeting_reply). Case id from the SUMMARY (EHM-76105); the children are named in "
        "full in the SUMMARY, ages only -> dob null. Concern domestic_abuse. The police log number is not a case id.",
        not_children=["Jodie Doyle", "Bernadette Okoye"], not_case_ids=["0366"], device="a calendar reply's comment")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2056-03-01 16:02:51"
    body = T("""
Thank you for your email. I am out of the office until Monday 6 March and will reply when I am back.

If your email is about a client's debt appointment, please call our advice line on 0151 496 0702 (Monday to Thursday, 9.30am to 4pm).

If you think a child is at risk of harm, please contact Knowsley MASH. If someone is in danger, call 999.

If you are struggling and feel unsafe, you can call Samaritans free on 116 123, day or night.

Gareth Lunt
Money Adviser | Knowsley Community Money Advice
Registered charity no. 1160588 | Authorised and regulated by the Financial Conduct Authority
""")
    top = outlook_top(f, addr("Gareth Lunt", "gareth.lunt@knowsleymoneyadvice.example.org"), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Automatic reply: [SB-knowsley-2112] Step down received - Rimmer", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: a debt advice charity worker's out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') "
        "whose boilerplate says 'at risk of harm', 'in danger, call 999' and 'feel unsafe' - generic signposting about "
        "nobody -> not urgent; auto_reply -> ignore (safety rule 2). The [SB-] reference and the family surname in "
        "the subject name no child.", not_case_ids=["1160588"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2056-02-08 08:47:19"
    fwd = T("""
From: Dom Hesketh <dom.hesketh@northwoodyouth.example.org>
Sent: 08 February 2056 08:31
To: Fairhurst, Lisa <Lisa.Fairhurst@knowsley.gov.uk>
Subject: Jordan

Lisa,

Jordan Keegan came into breakfast club at 8 with his bottom lip split and his left eye swollen shut. He said two lads from Liverpool he "works for" did it last night because he came back £200 short. He said they're picking him up from the school gates at 3.15 today to "go OT" to Blackpool to pay it back, and showed me a message on his phone: "be there at 3 or ur mum gets it". He's gone into school now. He asked me not to tell his mum.

I'm at the project all day, 0151 496 0466.

Dom Hesketh
Youth Worker | Northwood Youth Project, Kirkby
Registered charity no. 1102754
""")
    ack = ack_text("step up request", "SB-knowsley-2071", [
        "Children: Jordan Keegan (19/04/2042)", "Case ID: EHM-76833",
        "Step up TAF meeting: Wednesday 16 February 2056, 10:00 (Microsoft Teams)"])
    body = T("""
Forwarding this from the youth project, it's just come in - adding it to Jordan's step up. I'm on my way to a visit in Halewood, will ring Dom as soon as I'm parked.

Lisa

Lisa Fairhurst
Family First Case Manager | Knowsley Council | 0151 496 0342
""") + "\n-----Original Message-----" + fwd + outlook_quote(
        "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "03 February 2056 11:02",
        "Fairhurst, Lisa <Lisa.Fairhurst@knowsley.gov.uk>",
        "[SB-knowsley-2071] Step up request received - Keegan - EHM-76833", ack)
    top = outlook_top(f, addr("Fairhurst, Lisa", "Lisa.Fairhurst@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-2071] Step up request received - Keegan - EHM-76833", when,
                      reply_to_mid="<SB-knowsley-2071.ack@stepbot.knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-76833"], [ch("Jordan Keegan", "2042-04-19", "19/04/2042")],
        ["exploitation", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 (a FORWARDED part is read too): the case manager's own lines only say she is adding an email "
        "to the step-up; the forwarded youth-project email (sent 08:31 today) says a 13-year-old has been beaten by "
        "the men he 'works for' and is to be picked up at the school gates at 3.15 today to 'go OT' to Blackpool, with "
        "a threat to his mum -> urgent -> alert_duty, though the mail is a follow_up to [SB-knowsley-2071]. Child and "
        "DOB from the quoted acknowledgement; case id EHM-76833. Concerns: exploitation (county lines) and "
        "physical_harm (the beating). 'He asked me not to tell his mum' is not a statement about consent to a "
        "service -> null.",
        not_children=["Dom Hesketh", "Lisa Fairhurst"], not_case_ids=["1102754"], device="in a forwarded part")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify the "
         "sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2056-01-11 10:22:48"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Following a reflective discussion in supervision with Tom Hall (Early Help Practitioner) on 7 January, I have agreed that the Okafor-Reid family should step up to Children's Services. The latest case summary is attached and the rationale is below.",
        "",
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Daniel Okafor-Reid", "17/02/2043", "3318702"],
                   ["Grace Okafor-Reid", "05/09/2049", "3318703"]]),
        "",
        ("h", "Rationale for step up"),
        "Early Help has worked with the family since June 2055. Despite a TAF with school, the food bank and Wandsworth Money Matters (the debt advice charity), things have got worse since November: the family have had an eviction notice for rent arrears, dad's drinking has increased (he has told Tom he drinks most days), and mum's depression has deepened - she has stopped seeing her GP. The food bank has given eleven parcels since October and Grace's nursery says she arrives hungry and in the same clothes several days running. Daniel's attendance has fallen to 83%.",
        "We have used the Early Help offer fully and the needs now call for a Child and Family Assessment.",
        "",
        "Mum and dad both know we are asking for this and have agreed to the referral.",
        "",
        "Tom will join the case discussion with me.",
        "",
        "Kind regards,",
        "Priya",
        "",
        "Priya Nandakumar",
        "Early Help Team Manager (Wandsworth West) | Richmond and Wandsworth Councils",
        "020 7946 0188",
        "",
        RDISC.strip()]
    summary = ["# Early Help case summary - Okafor-Reid family",
               "Children: Daniel Okafor-Reid (17/02/2043), Grace Okafor-Reid (05/09/2049). Mosaic ID 3318702 / 3318703.",
               "Lead practitioner: Tom Hall, Early Help Practitioner.",
               "June 2055: Early Help assessment after a school referral (Daniel's attendance and tiredness).",
               "September 2055: TAF formed - school, nursery, Battersea Food Bank, Wandsworth Money Matters.",
               "October 2055 - January 2056: eviction notice (rent arrears), eleven food parcels, dad's drinking increasing, mum's depression worse, GP appointments missed.",
               "Current plan: budgeting support, housing advice, GP and talking therapies for mum, alcohol service for dad (declined twice)."]
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor-Reid - Mosaic 3318702", when)
    add(f, word_mail(f, top, blocks, [docx_att("Case summary - Okafor-Reid Jan 2056.docx", summary)]),
        "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3318702", "3318703"],
        [ch("Daniel Okafor-Reid", "2043-02-17", "17/02/2043"), ch("Grace Okafor-Reid", "2049-09-05", "05/09/2049")],
        ["neglect", "parental_mental_health", "school_attendance", "substance_misuse"], True, True, [], None,
        "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000 'Process to Step Up': the "
        "latest case summary, attached .docx, and the rationale, under its own heading in the body). The sender is "
        "the team manager and says 'I have agreed' -> manager_agreed true; 'have agreed to the referral' -> consent "
        "true. Mosaic ids written bare in a table -> '3318702', '3318703'. The food bank and the debt advice charity "
        "are TAF members. Concerns: neglect (hungry, same clothes), parental_mental_health, substance_misuse (dad's "
        "daily drinking), school_attendance (83%). No notice rule -> null; complete -> book_meeting.",
        not_children=["Tom Hall", "Priya Nandakumar"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2056-01-26 07:58:02"
    body = T("""
Hi,

Contact record from this morning's shift attached. One little one with mum. We're still on site with them.

Kofi
07700 900583

Sent from my Galaxy
""")
    record = ["Wandle Street Outreach - homelessness outreach team (registered charity no. 1149032)",
              "",
              "Date/time of contact: 26/01/2056 06:40",
              "Location: Sainsbury's car park, York Road, Battersea (rear, by the recycling bins)",
              "Staff: K. Asante, J. Mbeki",
              "",
              "Persons: Female adult, gives name as Rita Varga (27). Child: Leo Varga, mother states age 2.",
              "",
              "Observations:",
              "- Silver Vauxhall Corsa, engine off, windows iced on the inside. Air temperature -4C.",
              "- Child in the rear footwell wrapped in an adult coat. No car seat. Nappy soaked through and cold.",
              "- Child's hands and feet cold to touch and mottled; lips pale and bluish. Child quiet, not crying,",
              "  did not respond to his name for one to two minutes, then whimpered.",
              "- Adult smelled strongly of alcohol, speech slurred; empty vodka bottle on the passenger seat.",
              "- Adult states they have slept in the car since Sunday after her partner 'kicked us out'.",
              "",
              "Actions:",
              "- Blankets and hot drinks offered; adult accepted a blanket for the child.",
              "- Ambulance offered for the child and for the adult: refused by the adult.",
              "- Day centre and night shelter offered: refused. Adult has the car keys and says she is",
              "  'driving to Croydon' when it gets light.",
              "- Staff remaining with the vehicle.",
              "",
              "Consent to share: not sought - adult not in a state to discuss it.",
              "",
              "Recorded by: Kofi Asante, Outreach Worker, 07:35"]
    top = plain_top(f, addr("Kofi Asante", "kofi.asante@wandlestreetoutreach.example.org"), RSU,
                    "Contact record - Sainsbury's York Road - 26/01", when, "wandlestreetoutreach.example.org")
    add(f, mail(f, top, body, [pdf_att("Contact record 26-01-2056 0640 York Road.pdf", "CONTACT RECORD", record)],
                crlf=False),
        "richmond_wandsworth", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Leo Varga")], ["neglect", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "Safety rule 1, told IN AN ATTACHMENT, in a CLINICAL voice: the body says only 'contact record attached ... "
        "still on site'; the homelessness outreach team's PDF records a 2-year-old in a car at -4C since Sunday, cold, "
        "mottled, bluish lips, slow to respond, with an intoxicated mother who refused an ambulance and means to drive "
        "off - happening now (07:58, before office hours) -> urgent -> alert_duty. A charity's report, no step asked "
        "-> other, missing []. Concerns neglect and substance_misuse. 'Consent to share: not sought' -> null. The "
        "registration number is not a case id; no alarm word anywhere.",
        not_children=["Rita Varga", "Kofi Asante"], not_case_ids=["1149032"], device="in an attachment (clinical)")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2056-02-03 13:00:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Georgia,serif;color:#333} h1{color:#7a3e9d} .box{background:#f6eefa;padding:12px}</style></head>
<body>
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td>
<h1>Little Bundles Baby Bank - Winter Newsletter</h1>
<p>Dear friends and referral partners,</p>
<p>This winter our volunteers packed <b>412 bundles</b> of clothes, nappies, slings and Moses baskets for families across Richmond and Wandsworth. Thank you to every health visitor, midwife, social worker and Early Help worker who referred a family.</p>
<div class="box">
<h2>Your stories</h2>
<p><i>Names have been changed and stories are shared with permission.</i></p>
<p><b>&ldquo;Jade&rdquo;</b>, 19, fled domestic abuse with her newborn in December and arrived at a refuge with nothing. Our bundle had everything for the first six weeks. Jade and her daughter are now settled in their own flat.</p>
<p><b>&ldquo;Sam&rdquo;</b> became a single dad overnight when his partner died. His health visitor referred him for a cot and a pram; he now volunteers with us on Saturdays.</p>
</div>
<h2>Volunteer training</h2>
<p>Our next <b>Spotting the Signs</b> refresher is on Saturday 11 March. We will look at what volunteers should do if a family they deliver to seems to be struggling, and when to pass a worry on. As always: if you think a child is in immediate danger, call 999; if you are worried about a child, contact the MASH.</p>
<h2>How to refer</h2>
<p>Referrals come from professionals only, through our online form. Please make sure the family has agreed to the referral.</p>
<p>With thanks,<br>The Little Bundles team<br>Registered charity no. 1187745</p>
<p style="font-size:11px;color:#888">You are receiving this because you are a registered referral partner. <a href="https://littlebundles.example.org/unsubscribe">Unsubscribe</a></p>
</td></tr></table>
</body></html>
""")
    top = [("From", addr("Little Bundles Baby Bank", "hello@littlebundles.example.org")), ("To", RED),
           ("Subject", "Winter newsletter: 412 bundles, your stories and volunteer training"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mailer.littlebundles.example.org")),
           ("List-Id", "Little Bundles referral partners <partners.littlebundles.example.org>"),
           ("List-Unsubscribe", "<https://littlebundles.example.org/unsubscribe>"), ("Precedence", "bulk")]
    add(f, build(top, text_part(h, "html"), False), "richmond_wandsworth", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin): a baby bank's HTML-only newsletter (List-Id, Precedence: bulk, no Auto-Submitted) "
        "with anonymised stories of a young mother who fled domestic abuse and a bereaved father - both settled, names "
        "changed - and the stock line 'if you think a child is in immediate danger, call 999'. No real child named, "
        "nothing happening now -> not urgent; not a request -> other, human_review; children and concerns [].",
        not_case_ids=["1187745"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2056-02-14 15:40:26"
    body = T("""
Hi Early Help duty,

Further to my call with Jasper Quint this afternoon, we agreed the step-down case discussion for the Hussein children for Thursday 17 February at 2pm on Teams. Confirming here with the latest case summary and the draft Early Help plan (both attached).

Yasmin Hussein - 30/01/2045 - Mosaic ID 3329140
Idris Hussein - 12/07/2051 - Mosaic ID 3329141

Mrs Hussein has given her consent for Early Help to continue the plan, and Yasmin is happy with it too. Sinead (my team manager, copied in) agrees with the step down.

Lead Professional: we have agreed with Mrs Hussein that Fatima Noor, Family Worker at the Al-Noor Family Centre (the mosque's family support project, where she goes to the Tuesday women's group), will take on the Lead Professional role. Fatima is happy to, and will join the case discussion.

Mrs Hussein's first language is Somali. We have used the community interpreter service at every visit and she has asked for the same interpreter (Hodan) for the case discussion and the joint visit - I've booked her for Thursday.

The main worries now: Mrs Hussein is recovering well from the depression that led to her hospital admission in October, but still has bad weeks; and Idris has a speech and language delay and is waiting for an assessment at the child development centre.

Thanks,
Marcus

Marcus Delaney
Social Worker | Family Support and Child Protection (Richmond) | Achieving for Children
020 7946 0562

""") + RDISC
    summary = ["Children: Yasmin Hussein (30/01/2045), Idris Hussein (12/07/2051)",
               "Reason for involvement: Child in Need plan from October 2055 after Mrs Hussein's admission to hospital with severe depression; the children stayed with their aunt for two weeks.",
               "Progress: Mrs Hussein home since November, taking medication, seen by the community mental health team; the children are well cared for; Yasmin's attendance 97%.",
               "Outstanding: Idris's speech and language assessment; Mrs Hussein's isolation (she goes to the Al-Noor women's group weekly).",
               "Recommendation: step down to Early Help with Fatima Noor (Al-Noor Family Centre) as Lead Professional."]
    plan = ["# Draft Early Help plan - Hussein family",
            "1. Fatima Noor (Lead Professional) to hold a TAF every 6 weeks, with an interpreter.",
            "2. Child development centre assessment for Idris - health visitor to chase.",
            "3. Mrs Hussein to keep her CMHT appointments; Fatima to help with transport.",
            "4. Yasmin to keep going to the homework club at school."]
    top = plain_top(f, addr("Delaney, Marcus", "Marcus.Delaney@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Hussein - case discussion Thurs 17/2 2pm", when, RDOM, "Microsoft Outlook 16.0",
                    cc=addr("Farrow, Sinead", "Sinead.Farrow@" + RDOM))
    atts = [pdf_att("Case summary - Hussein Feb 2056.pdf", "Case summary - Hussein", summary),
            docx_att("Draft EH plan - Hussein.docx", plan)]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3329140", "3329141"],
        [ch("Yasmin Hussein", "2045-01-30", "30/01/2045"), ch("Idris Hussein", "2051-07-12", "12/07/2051")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (seed 000: the social worker agrees the time with the Early Help "
        "duty team manager and confirms it by email 'with the latest case summary and the draft plan' - both "
        "attached; consent 'has given her consent' -> true). The Lead Professional is a worker at a mosque's family "
        "project (faith-based, voluntary sector) with her agency; 'Sinead (my team manager, copied in) agrees' -> "
        "manager_agreed true. 'Mosaic ID 3329140' -> '3329140'. The interpreter is an adult, not a child. Concerns: "
        "mum's depression (still bad weeks) -> parental_mental_health; Idris's speech delay -> disability_send. "
        "-> book_meeting.",
        not_children=["Fatima Noor", "Marcus Delaney", "Jasper Quint"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2056-02-16 09:12:37"
    add(f, google_reply(f, when, "Fatima Noor", "fatima.noor@alnoorfamilycentre.example.org",
                        ("Early Help Duty", RED), "ACCEPTED",
                        "Step-down case discussion - Hussein [SB-richmond_wandsworth-3120]",
                        "20560217T140000Z", "20560217T150000Z", "Microsoft Teams Meeting",
                        "Thu 17 Feb 2056 14:00 - 15:00 (GMT)",
                        note="I'll bring the notes from our women's group sessions. Hodan is booked to interpret."),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (method=REPLY, PARTSTAT=ACCEPTED, invite.ics attached) from the faith-based "
        "family centre's worker for richmond_wandsworth_04's step-down case discussion -> meeting_reply, "
        "record_reply. The SUMMARY holds only a surname and the [SB-] reference: no child, no case id.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2056-03-02 11:55:14"
    body = T("""
Hello Early Help duty,

I'd like to step Kai Pemberton (DOB 14.06.2048, Mosaic ID 3340071) down to Early Help when I close the Child in Need plan at the end of March. The latest case summary and a draft Early Help plan are attached.

Background, so you have it: in 2054 Kai and his mum spent four months in a women's refuge after domestic abuse from Kai's father. He was convicted, has since moved to Scotland, and there is a non-molestation order until 2058. There has been no contact of any kind for eighteen months and there are no current domestic abuse concerns - the refuge's outreach worker closed her support in the summer.

What is left is school: Kai's attendance is 86% and he has a lot of anxiety about going in on Mondays. School have an attendance plan in place.

I discussed Early Help with mum on Tuesday and she has declined - she says she has "had enough of services" for now and wants a break. She is happy for school to carry on with the attendance plan. I'd still like to talk through at the case discussion whether there is anything light-touch Early Help could offer that she might accept later on.

Many thanks,
Olivia

Olivia Brandt
Social Worker | Assessment and Intervention (Wandsworth) | Wandsworth Children's Services
020 7946 0497

""") + RDISC
    summary = ["Child: Kai Pemberton (14.06.2048), Mosaic ID 3340071",
               "2054: domestic abuse by father; mother and Kai in refuge for four months; father convicted; non-molestation order until 2058.",
               "2055: Child in Need plan for Kai's anxiety and school attendance.",
               "Now: no contact with father for 18 months; no current domestic abuse concerns; attendance 86%."]
    plan = ["# Draft Early Help plan - Kai Pemberton", "School attendance plan continues (weekly check-in).",
            "Mum to be offered the parenting anxious children course.", "Review in 6 weeks."]
    top = outlook_top(f, addr("Brandt, Olivia", "Olivia.Brandt@" + RDOM), addr("Early Help Duty", RED),
                      "Step down request - Kai Pemberton", when)
    atts = [pdf_att("Case summary - K Pemberton.pdf", "Case summary", summary), docx_att("Draft EH plan - K Pemberton.docx", plan)]
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "step_down", False, None, ["3340071"], [ch("Kai Pemberton", "2048-06-14", "14.06.2048")],
        ["school_attendance"], False, None, ["consent"], None, "request_info",
        "NEAR MISS (historic, negated): the domestic abuse and the refuge stay are 2054, the father convicted and "
        "in Scotland with a non-molestation order, 'no current domestic abuse concerns' -> not urgent and not a "
        "concern. Richmond & Wandsworth step-down with the case summary and draft plan attached, but mum 'has "
        "declined' Early Help -> consent false -> missing consent -> request_info (a stated refusal, not 'still to "
        "ask'). DOB written dd.mm.yyyy. Concern: school_attendance (86%).",
        not_children=["Olivia Brandt"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2056-03-21 11:34:50"
    text = T("""
Dear MASH team,

I hope I am doing the right thing writing to this address - I found it on the council website. I may well be making too much of this, and I really don't want to get a family into trouble; the mum is lovely and has come to our toddler drop-in every Tuesday since the autumn.

This morning little Ezra Campbell (he is 4) came with his mum, Tanya. When one of our volunteers, Margaret, was helping him off with his coat she noticed that the tops of both his ears were bruised dark purple and there was a scab behind his left ear. She asked him what had happened and he said "daddy pulled me up the stairs by my ears". Tanya went very quiet, then said he fell at the park.

Later, when we were washing up, Tanya said to me: "Please don't say anything to anyone, he'll go mad, he'll kill me."

Ezra's dad (Lewis, I think) collects them from the hall at 1pm every Tuesday, and he is due at 1 today. They are still here having lunch with the others. I have not told Tanya I am writing to you.

Perhaps I am reading too much into it? I would be grateful if someone could ring me at the church office on 020 7946 0614 before 1 o'clock.

With best wishes,
Janet Oyelowo
Volunteer Coordinator, St Barnabas Family Drop-in
St Barnabas Church, Roehampton
""")
    top = plain_top(f, addr("Janet Oyelowo", "office@stbarnabasroehampton.example.org"), RSU,
                    "Ezra - toddler drop-in this morning", when, "stbarnabasroehampton.example.org",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:160.0) Gecko/20100101 Thunderbird/160.0")])
    add(f, build(top, flowed_part(text), False), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Ezra Campbell")], ["domestic_abuse", "physical_harm"], None, None,
        [], None, "alert_duty",
        "Safety rule 1 told in a HEDGED voice ('I may well be making too much of this', 'Perhaps I am reading too "
        "much into it?'): at a church's toddler drop-in a 4-year-old has bruised ears and says 'daddy pulled me up "
        "the stairs by my ears'; mum says 'he'll kill me'; dad collects them at 1pm today -> urgent -> alert_duty. "
        "Thunderbird format=flowed, quoted-printable. A volunteer's report -> other, missing []. Concerns "
        "physical_harm and domestic_abuse. 'I have not told Tanya' -> consent null. No alarm word.",
        not_children=["Tanya Campbell", "Janet Oyelowo"], device="hedged")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2056-03-27 09:20:33"
    ack = ack_text("step up request", "SB-richmond_wandsworth-3188", [
        "Children: Millie Dowling (02/02/2050), Archie Dowling (15/10/2052)", "Mosaic ID: 3352916",
        "", "What is missing:", "- rationale (the rationale for the plan to step up)"])
    body = T("""
Good morning,

The rationale for the Dowling step up is attached, as requested.

On the question Imogen raised on the phone on Friday about the "bruise" in the food bank's note: the school nurse checked Millie on Friday afternoon. It is a birthmark, recorded in her red book since she was born, and it has not changed. There is no suggestion that either child has been hurt.

Our concerns remain the ones in the case summary: the state of the home, and mum's drinking, which has got worse since Christmas.

Kind regards,
Priya

Priya Nandakumar
Early Help Team Manager (Wandsworth West) | 020 7946 0188
""") + outlook_quote("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "23 March 2056 16:40",
                     "Nandakumar, Priya <Priya.Nandakumar@richmondandwandsworth.gov.uk>",
                     "[SB-richmond_wandsworth-3188] Step up request received - Dowling", ack)
    rationale = ["# Rationale for step up - Dowling family",
                 "Millie (6) and Archie (3) live with mum. Early Help since April 2055.",
                 "The home has deteriorated despite two deep cleans; the children's bedroom has no working heating and dirty bedding.",
                 "Mum's drinking has increased since Christmas; she has twice been unable to collect Archie from nursery.",
                 "Mum has not engaged with the alcohol service. A Child and Family Assessment is needed."]
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-3188] Step up request received - Dowling", when,
                      reply_to_mid="<SB-richmond_wandsworth-3188.ack@stepbot.richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [docx_att("Rationale - Dowling step up.docx", rationale)], html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["3352916"],
        [ch("Millie Dowling", "2050-02-02", "02/02/2050"), ch("Archie Dowling", "2052-10-15", "15/10/2052")],
        ["neglect", "substance_misuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS (explained and negated): the 'bruise' in a food bank volunteer's note is a birthmark checked by "
        "the school nurse, 'no suggestion that either child has been hurt' -> not urgent, no physical_harm. A reply to "
        "[SB-richmond_wandsworth-3188] bringing the missing rationale -> follow_up -> attach_to_request (missing [] "
        "for a follow_up). First mail dated in BST (Mon 27 March, +0100). Children and 'Mosaic ID: 3352916' from the "
        "quoted acknowledgement. Concerns stated as current: the home (neglect) and mum's drinking (substance_misuse).",
        not_children=["Priya Nandakumar"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2056-01-06 15:05:44"
    body = T("""
Dear MAST,

I am the lead practitioner on the Early Help plan for Sami Ali (DOB 11/03/2041, Mosaic ID 4419203) and I am asking for a step up to Children's Social Care. The completed Multi-Agency Request for Support form is attached.

In short: Sami was reported missing three times in December and was found twice in Southend with older males he met online; he came back with cash and a new phone each time. His mum has found a second phone and £400 in cash in his room. He has stopped coming to the youth centre's Tuesday group and his school attendance has dropped to 74% this term. The TAF (school, the youth offending prevention worker and us) has done what it can at Early Help level.

Sami is at home with his mum tonight and has not been missing since 28 December; the police are aware of the December episodes and did return home interviews. This is a planned step up, not a same-day concern.

Mrs Ali has agreed to the request for support and signed the consent section of the MARF. My line manager, Claire Dunmore (Head of Youth Services, copied in), has agreed the step up.

Kind regards,

Rashid Khan
Senior Youth Worker and Early Help Lead Practitioner
Limehouse Youth Trust | 020 7946 0745
Registered charity no. 1121180 | Company no. 06340917
""")
    marf = ["MULTI-AGENCY REQUEST FOR SUPPORT (MARF) - Tower Hamlets",
            "Child: Sami Ali   DOB: 11/03/2041   Mosaic ID: 4419203",
            "Address: 18 Gill Street, Limehouse, London E14 9ZX",
            "Parent/carer: Mrs Nasima Ali (mother)",
            "Referrer: Rashid Khan, Senior Youth Worker, Limehouse Youth Trust (Early Help lead practitioner)",
            "Reason for request: three missing episodes in December 2055 (found twice in Southend with older males);",
            "cash and a second phone found at home; attendance 74%; disengaged from youth group.",
            "Early Help so far: TAF since May 2055; mentoring; youth offending prevention worker since November.",
            "Parental consent: Mrs Ali consents to this request for support. Signed: N. Ali, 05/01/2056",
            "Manager agreement: Claire Dunmore, Head of Youth Services, 05/01/2056"]
    top = outlook_top(f, addr("Rashid Khan", "rashid.khan@limehouseyouthtrust.example.org"), addr("MAST", TMAST),
                      "Step up request - Sami Ali - MARF attached", when,
                      cc=addr("Claire Dunmore", "claire.dunmore@limehouseyouthtrust.example.org"))
    add(f, mail(f, top, body, [pdf_att("MARF - Sami Ali - Jan 2056.pdf", "Multi-Agency Request for Support", marf)],
                html_alt=True),
        "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["4419203"], [ch("Sami Ali", "2041-03-11", "11/03/2041")],
        ["exploitation", "missing", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up from a VOLUNTARY-SECTOR lead practitioner (a youth charity's senior "
        "youth worker): the Multi-Agency Request for Support is attached (request_for_support) and his line manager "
        "'has agreed the step up' -> manager_agreed true; 'Mrs Ali has agreed ... signed the consent section' -> "
        "consent true. Not urgent: home tonight, not missing since 28 December, 'a planned step up, not a same-day "
        "concern'. Concerns: exploitation, missing, school_attendance (74%). Charity and "
        "company numbers are not case ids. -> book_meeting.",
        not_children=["Nasima Ali", "Rashid Khan", "Claire Dunmore"], not_case_ids=["1121180", "06340917"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2056-01-31 13:47:22"
    text = T("""
Dear Sir/Madam,

I am a community interpreter (Bengali and Sylheti) with East London Community Interpreting. I am not sure I am allowed to write this, because our code of conduct says everything in an assignment is confidential, but my coordinator is not answering and I cannot leave it.

This morning at 11.00 I interpreted for Mrs Rupa Begum at the housing office on Commercial Road. Her husband went out to move the car. While he was out she said to me in Sylheti, very fast: "He has bought the tickets. We fly to Sylhet tonight from Heathrow. He says I will stay there and he will bring Rahim and the baby back without me. He has my passport. I cannot say no." She pulled up her sleeve and showed me a big bruise on her arm. She asked me not to say it in front of the housing officer, so I did not interpret it.

The children are Rahim Miah (6) and Ayesha Miah (9 months). The family live at Flat 4, Harcourt House, Bow, E3 9ZF. Mrs Begum said the flight is at 21.40 tonight.

My phone is 07700 900266.

Nasrin Akhter
Community Interpreter, East London Community Interpreting CIC
""")
    top = [("From", addr("Nasrin Akhter", "nasrin.akhter@elcinterpreting.example.org")), ("To", TMAST),
           ("Subject", "Mrs Begum - housing office today"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "elcinterpreting.example.org")),
           ("X-Mailer", "Android Mail 12.4")]
    add(f, build(top, text_part(text, cte="base64"), False), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Rahim Miah"), ch("Ayesha Miah")], ["domestic_abuse"], None, None,
        [], None, "alert_duty",
        "Safety rule 1, told through an interpreter's account of the mother's own words (a phone mail: one base64 "
        "text/plain part, LF): a father who has bruised the mother and holds her passport is flying the family to "
        "Sylhet at 21.40 tonight to leave her there and bring a 6-year-old and a 9-month-old back without her -> "
        "urgent -> alert_duty. The interpreter's confidentiality worry does not change it. An interpreter's report -> "
        "other, missing []. Ages only -> dob null. 'She asked me not to say it in front of the housing officer' is "
        "about the interpreting, not consent to a service -> null. No alarm word.",
        not_children=["Rupa Begum", "Nasrin Akhter"], device="the mother's words through an interpreter")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2056-02-09 10:30:09"
    body = T("""
Dear Early Help Hub,

Step down for Tanvir Uddin (DOB 04/07/2041, Mosaic ID: 4402871), following the conclusion of the Child and Family Assessment on 2 February. The C&F assessment and the draft TAF plan are attached.

Some history, because it is in the file and may catch the eye: in October 2054 Tanvir was found with a kitchen knife in his bag at the youth club. The police dealt with it by way of a community resolution, he completed the Limehouse Youth Trust's knife crime programme, and there have been no incidents of any kind since. The assessment found no current concerns about weapons or exploitation.

What remains is that Tanvir (14) does a lot of caring for his dad, who has MS and has had a bad winter - washing, meals, getting his younger sisters to school. His attendance is good (96%) but he is tired and has dropped his football.

Mr and Mrs Uddin consented to the step down at the final CIN review on 3 February.

Lead practitioner: Rashid Khan, Senior Youth Worker, Limehouse Youth Trust, has agreed to be the lead practitioner - Tanvir has known him for three years. I will arrange and chair the TAF meeting on Monday 14 February at 4pm at the youth centre, 5 Salmon Lane.

Best wishes,
Joanna

Joanna Pereira
Social Worker | Children and Families (North) | London Borough of Tower Hamlets
020 7946 0871

""") + TDISC
    cfa = ["Child: Tanvir Uddin, DOB 04/07/2041, Mosaic ID 4402871", "Assessment concluded: 02/02/2056",
           "Analysis: Tanvir is a young carer for his father (MS). No current concerns about weapons or exploitation; the 2054 incident was resolved by community resolution and programme completion.",
           "Outcome: step down to Early Help with a Team Around the Family; young carers assessment recommended."]
    plan = ["# Draft TAF plan - Tanvir Uddin", "Lead practitioner: Rashid Khan (Limehouse Youth Trust)",
            "1. Young carers assessment and respite activities.", "2. Adult social care review of Mr Uddin's care package.",
            "3. School pastoral check-in weekly."]
    top = outlook_top(f, addr("Pereira, Joanna", "Joanna.Pereira@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Tanvir Uddin - Mosaic 4402871", when)
    atts = [pdf_att("C&F Assessment - T Uddin.pdf", "Child and Family Assessment (summary)", cfa),
            docx_att("TAF plan draft - T Uddin.docx", plan)]
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["4402871"], [ch("Tanvir Uddin", "2041-07-04", "04/07/2041")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS (historic, resolved): a knife in a bag at the youth club in October 2054, dealt with by "
        "community resolution and a youth charity's programme, 'no incidents of any kind since', 'no current "
        "concerns about weapons or exploitation' -> not urgent, no exploitation. Complete Tower Hamlets step-down: "
        "C&F assessment (PDF) and draft TAF plan (.docx) attached, consent given at the CIN review -> true, lead "
        "practitioner named with agency (a youth charity). Concern young_carer; attendance 96% is good -> not a "
        "concern. -> book_meeting.",
        not_children=["Rashid Khan", "Joanna Pereira"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2056-02-25 16:45:30"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt} td{font-family:Calibri,sans-serif;font-size:11pt;border:1px solid #999;padding:3px 6px}</style></head>
<body lang="EN-GB">
<p>Hi Early Help Hub,</p><p>&nbsp;</p>
<p>Please see below a step down for the Kowalczyk girls. The draft TAF plan is attached.</p><p>&nbsp;</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Children</b></td><td>Amelia Kowalczyk (18/09/2047) - Mosaic 4431660<br>Zofia Kowalczyk (02/01/2052) - Mosaic 4431661</td></tr>
<tr><td><b>Reason</b></td><td>Dad died suddenly in November 2055. Mum (Mrs Agnieszka Kowalczyk) has had very low mood since and is seeing her GP; she is now getting up and doing the school run again. The girls are well cared for.</td></tr>
<tr><td><b>Lead practitioner</b></td><td>Helen Ashworth, Children's Bereavement Practitioner, Riverside Children's Bereavement Service (charity) - already seeing Amelia weekly</td></tr>
<tr><td><b>Consent</b></td><td>Mrs Kowalczyk consented to the step down on 22/02 (with our Polish interpreter present)</td></tr>
<tr><td><b>C&amp;F assessment</b></td><td>Being signed off by my manager - I will send it next week</td></tr>
</table>
<p>&nbsp;</p>
<p>Have a good weekend,</p>
<p>Callum</p><p>&nbsp;</p>
<p style="color:#1F3864"><b>Callum Reid</b><br>Social Worker | Children and Families (South) | Tower Hamlets Council<br>020 7946 0926</p>
<p style="font-size:8pt;color:#777">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""")
    plan = ["# Draft TAF plan - Kowalczyk family", "Lead practitioner: Helen Ashworth, Riverside Children's Bereavement Service",
            "1. Weekly bereavement sessions for Amelia; group sessions for Zofia from April.",
            "2. Mum: GP review and bereavement counselling (adult service).", "3. TAF review in 6 weeks."]
    top = outlook_top(f, addr("Reid, Callum", "Callum.Reid@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Kowalczyk", when)
    root = multipart("mixed", [text_part(h, "html"), docx_att("TAF plan draft - Kowalczyk.docx", plan)], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["4431660", "4431661"],
        [ch("Amelia Kowalczyk", "2047-09-18", "18/09/2047"), ch("Zofia Kowalczyk", "2052-01-02", "02/01/2052")],
        ["parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "HTML-only Outlook step-down (the facts in an HTML table; the draft TAF plan is a .docx): consent given on "
        "22/02 -> true; lead practitioner named with her agency (a children's bereavement charity); but the Child "
        "and Family Assessment is 'being signed off ... I will send it next week' -> missing assessment -> "
        "request_info. 'Mosaic 4431660' / 'Mosaic 4431661' -> bare numbers. Concern: mum's low mood after the "
        "father's death -> parental_mental_health.",
        not_children=["Agnieszka Kowalczyk", "Helen Ashworth", "Callum Reid"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2056-03-13 09:05:47"
    body = T("""
EASTWAY WOMEN'S REFUGE
Confidential address - please do not share or write it on any record
Registered charity no. 1098256

13 March 2056

To: Early Help Hub, London Borough of Tower Hamlets

For information only.

Ms Layla Ahmed and her children, Zain Ahmed (7) and Hana Ahmed (3), moved into our refuge on Friday evening (10 March) from Tower Hamlets. They are settled and safe here. The refuge is outside London, its address is confidential and Ms Ahmed's ex-partner does not know where they are.

The police are aware: they completed a DASH with Ms Ahmed last week (high), and a MARAC referral has been made for 23 March. The children are registered with a GP here and will start at a local school after the Easter holidays.

Ms Ahmed has given her consent for us to let your Early Help hub know, so that the family's open Early Help episode with Nadia Karim can be closed or transferred. Nothing else is needed from you - please pass this to Nadia.

Shirin Hossain
Children's Worker, Eastway Women's Refuge
Refuge office line: 01632 960412 (staffed 9-5)
""")
    top = plain_top(f, addr("Shirin Hossain", "children@eastwayrefuge.example.org"), TEH,
                    "For information - Ahmed family (Nadia Karim's case)", when, "eastwayrefuge.example.org")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Zain Ahmed"), ch("Hana Ahmed")], ["domestic_abuse"], True, None,
        [], None, "human_review",
        "NEAR MISS (risk already managed): a women's refuge tells the hub that a mother and two children fled "
        "domestic abuse and are 'settled and safe' at a confidential refuge, police DASH done, MARAC booked - for "
        "information, so the Early Help episode can close or transfer -> not urgent; no step asked -> other, "
        "human_review. Consent: 'has given her consent for us to let your Early Help hub know' -> true. Concern "
        "domestic_abuse (the current reason the family moved). Ages only -> dob null. The charity number is not a "
        "case id; the worker Nadia Karim is an adult.",
        not_children=["Layla Ahmed", "Nadia Karim", "Shirin Hossain"], not_case_ids=["1098256"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2056-03-29 12:16:04"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Sorensen family. Kamal (my team manager, copied) has agreed the step up, and Mr Sorensen agreed to the referral when I saw him on Monday.

Ellie Sorensen - 13/05/2046 - Mosaic ID 4448120
Jack Sorensen - 21/11/2048 - Mosaic ID 4448121

Mr Sorensen has cared for the children alone since their mum died in 2054. Since the autumn the house has got into a poor state, the children are often in dirty clothes, and the food bank has been the family's main source of food since January. He has stopped taking his antidepressants and has not been to the GP. The eviction for rent arrears is set for tomorrow, Thursday. The details are in the MARF.

Thanks,
Shabana

PS - as I was about to send this, Salma Iqbal from Poplar Debt Advice rang me. Mr Sorensen was with her at 11 this morning about the eviction. He told her "me and the kids won't be here on Thursday, I've sorted it", showed her a carrier bag full of his tablets, and said the children would "go to sleep with me, it's kinder". He left her office at 11.40 saying he was going to collect Ellie and Jack from school at 3.15. He isn't answering his phone (07700 900377). Salma is at Poplar Debt Advice on 020 7946 0338.

Shabana Chowdhury
Early Help Practitioner | Bow Locality | Tower Hamlets Early Help
020 7946 0655

""") + TDISC
    marf = ["# Multi-Agency Request for Support",
            "Children: Ellie Sorensen (13/05/2046), Jack Sorensen (21/11/2048). Mosaic ID 4448120 / 4448121.",
            "Parent: Mr Anders Sorensen (father, sole carer since the children's mother died in 2054).",
            "Reason: home conditions poor; children often unwashed and in dirty clothes; food bank the main source of food since January; father stopped his antidepressants and not seeing his GP; eviction for rent arrears on Thursday 30 March.",
            "Early Help involvement: since September 2055 - TAF with school, Poplar Debt Advice and the food bank.",
            "Consent: Mr Sorensen agreed to this referral on 27/03/2056.",
            "Manager agreement: Kamal Haque, Early Help Team Manager, 28/03/2056."]
    top = plain_top(f, addr("Chowdhury, Shabana", "Shabana.Chowdhury@" + TDOM), addr("MAST", TMAST),
                    "MARF - Sorensen - step up", when, TDOM, "Microsoft Outlook 16.0",
                    cc=addr("Haque, Kamal", "Kamal.Haque@" + TDOM))
    add(f, mail(f, top, body, [docx_att("MARF - Sorensen.docx", marf)]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["4448120", "4448121"],
        [ch("Ellie Sorensen", "2046-05-13", "13/05/2046"), ch("Jack Sorensen", "2048-11-21", "21/11/2048")],
        ["neglect", "parental_mental_health"], True, True, [], None, "alert_duty",
        "Safety rule 1 told in a PS: an otherwise complete Tower Hamlets step-up (MARF .docx, team manager agreed, "
        "father agreed to the referral) whose PS relays a debt advice charity's call - a father off his "
        "antidepressants showed a bag of tablets, said he and the children 'won't be here on Thursday' and they would "
        "'go to sleep with me', and is collecting a 9- and a 7-year-old from school at 3.15 today -> urgent -> "
        "alert_duty; nothing missing. Dated Wed 29 March in BST (+0100). Concerns: neglect and "
        "parental_mental_health. No alarm word.",
        not_children=["Anders Sorensen", "Salma Iqbal", "Shabana Chowdhury", "Kamal Haque"], device="a PS")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2056-02-22 10:02:11"
    body = T("""
Thank you for contacting Poplar Debt Advice.

This is an automatic acknowledgement - please do not reply to this email. Your message has been passed to our advice team and we aim to respond within 3 working days. Your reference is PDA-55127.

Our telephone advice line is open Monday to Thursday, 10am to 3pm, on 020 7946 0338. Drop-in sessions are held every Wednesday morning at the Chrisp Street hub.

Poplar Debt Advice is a registered charity (no. 1133604) and is authorised and regulated by the Financial Conduct Authority.
""")
    top = [("From", addr("Poplar Debt Advice", "noreply@poplardebtadvice.example.org")), ("To", TEH),
           ("Subject", "Re: Referral - Sorensen family [PDA-55127]"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "crm.poplardebtadvice.example.org")), ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")]
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A debt advice charity's CRM sends an automatic acknowledgement (Auto-Submitted: auto-generated, Precedence: "
        "auto_reply, 'please do not reply') to an Early Help referral -> auto_reply -> ignore (safety rule 2, no "
        "loops). The charity's reference PDA-55127 and charity number are not case ids.",
        not_case_ids=["PDA-55127", "1133604"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2056-03-11 21:14:38"
    text = T("""
MAST,

Copying below the messages I've had from Kacey Dunne (12) on the youth club's work phone in the last 15 minutes. I've rung the out of hours number and I'm waiting for a call back. Kacey and her brother Tyler Dunne (5) are at home on their own at Flat 12, Gaskell House, Stepney, E1 9ZT.

[21:02] Kacey: hes outside again banging on the door
[21:03] Kacey: mum's gone to work at the hospital she does nights its just me and tyler
[21:04] Kacey: he said if i dont open it hes going to kick it in and do me like he did mum
[21:05] Kacey: hes not allowed near us theres a court thing
[21:06] Me: Kacey, keep the door locked and stay in your room with Tyler. Have you rung 999?
[21:08] Kacey: no i dont want mum to get in trouble for leaving us
[21:10] Kacey: tylers crying hes only 5
[21:11] Kacey: hes trying the back window now

The man is mum's ex-partner, Wayne. I don't know his surname.

Liam Ashby
Youth Worker | Limehouse Youth Trust
Work mobile 07700 900794

Sent from Outlook for iOS
""")
    top = [("From", addr("Liam Ashby", "liam.ashby@limehouseyouthtrust.example.org")), ("To", TMAST),
           ("Subject", "Kacey Dunne - messages tonight"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "PAXP193MB1642.EURP193.PROD.OUTLOOK.COM")), ("X-Mailer", "Outlook for iOS")]
    add(f, alt_mail(f, top, text, gmail_html(text)), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Kacey Dunne"), ch("Tyler Dunne")], ["domestic_abuse"], None, None,
        [], None, "alert_duty",
        "Safety rule 1 in a CHILD'S OWN WORDS (text messages pasted by a youth charity worker): a 12-year-old and "
        "her 5-year-old brother alone at night while a man barred by a court order bangs on the door, threatens to "
        "'kick it in and do me like he did mum' and tries the back window, now -> urgent -> alert_duty (out of hours: "
        "SATURDAY 11 March, 21:14 - the date is justified as an out-of-hours report). A worker's report -> other, "
        "missing []. Concern domestic_abuse. No alarm word.",
        not_children=["Liam Ashby"], out_of_hours="Saturday night: a youth worker reports messages arriving now",
        device="a child's own words (text messages)")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are "
         "not the intended recipient, please delete it and tell the sender.\n")

def torbay_01():
    f = "torbay_01.eml"; when = "2056-01-19 11:10:57"
    body = T("""
Dear MASH,

I am the lead professional for Chloe Pascoe (DOB 07/08/2042) on her level 3 Early Help plan (EHM-904377), and I'm making this contact because of new information that worries us.

Over the last month Chloe (13) has been seeing a 19-year-old man called Kieran whom she met at the skate park. She has stayed out overnight twice; on 9 January her mum reported her missing and the police found her at his flat in Preston at 3am. She has a new phone and new trainers she says he bought her, and she has told our youth worker that "Kieran's mates" drive her around at night. Her school attendance has fallen to 72% this term.

Chloe is at home and at school today, and has not been missing since the 9th. The notes of last week's TAF review are attached.

Chloe's mum, Mrs Donna Pascoe, consents to this contact to MASH. I have discussed it with my manager, Jenna Hocking (Service Manager, Paignton Youth Collective), and with Silas Penrose (Early Help ATM), and we agree it needs to be considered for a level 4 statutory intervention.

Best wishes,

Melanie Tregear
Family Support Worker and Lead Professional | Paignton Youth Collective
01632 960377 | Registered charity no. 1170652
""")
    notes = ["# TAF review - Chloe Pascoe - 12/01/2056",
             "Present: Melanie Tregear (PYC, lead professional), Mrs Pascoe, school pastoral lead, school nurse.",
             "Update: missing overnight 9 January (found by police at an adult male's flat); attendance 72%.",
             "Agreed: lead professional to discuss with her manager and the Early Help ATM whether to contact MASH."]
    top = plain_top(f, addr("Melanie Tregear", "melanie.tregear@paigntonyouth.example.org"), BMASH,
                    "Contact to MASH - Chloe Pascoe - EHM-904377", when, "paigntonyouth.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [docx_att("TAF review notes 12-01-2056 Chloe P.docx", notes)]), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-904377"], [ch("Chloe Pascoe", "2042-08-07", "07/08/2042")],
        ["exploitation", "missing", "school_attendance"], True, True, [], None, "book_meeting",
        "Torbay step-up (seed 002: the lead professional - here EXTERNAL, a youth charity's family support worker - "
        "makes a contact to MASH 'with parental consent' after the worker and manager agree it needs considering for "
        "level 4): 'consents to this contact' -> consent true; 'we agree it needs to be considered for a level 4' "
        "(her manager and the EH ATM) -> manager_agreed true -> nothing missing -> book_meeting. Not urgent: at home "
        "and school today, not missing since the 9th. Concerns: exploitation (older man, gifts, driven around), "
        "missing, school_attendance (72%). The charity number is not a case id.",
        not_children=["Donna Pascoe", "Melanie Tregear", "Jenna Hocking"], not_case_ids=["1170652"])

def torbay_02():
    f = "torbay_02.eml"; when = "2056-01-27 10:49:03"
    body = T("""
MASH,

Our delivery volunteer, Roger Pike, is at Flat 3, Cliff View, Babbacombe Road, Torquay, TQ1 9ZX. He arrived at 10.15 to deliver a cot.

The front door of the flat was open. Baby Isla Hannaford (DOB 04/01/2056 on our referral form, so just over three weeks old) was on her own in a Moses basket in the front room. There was no adult in the flat. Roger has now been there 35 minutes. Mum, Chantelle Hannaford (19), has not come back and her phone goes to voicemail.

The baby's nappy is heavy and wet through, the flat is cold (the heating is off), and she was crying on and off but has gone quiet for the last ten minutes. There is no bottle or milk made up.

Roger is staying with Isla and has my mobile. He has not picked her up apart from to check her.

The referral came from the health visitor in December (our ref TBB-2291).

Hayley Stoneman
Coordinator, Torbay Baby Bank
07700 900318
""")
    top = plain_top(f, addr("Torbay Baby Bank", "coordinator@torbaybabybank.example.org"), BMASH,
                    "Baby on her own - Cliff View flats, Torquay", when, "torbaybabybank.example.org")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Isla Hannaford", "2056-01-04", "04/01/2056")], ["neglect"], None,
        None, [], None, "alert_duty",
        "Safety rule 1, told PLAINLY: a baby bank volunteer delivering a cot found a 3-week-old alone in a cold flat "
        "with the door open, no adult for 35 minutes and counting, nappy soaked, no milk, now quiet -> urgent -> "
        "alert_duty. A charity's report -> other, missing []. Concern neglect. The mother is 19 (an adult). The "
        "baby bank's reference TBB-2291 is not a case id. No alarm word.",
        not_children=["Chantelle Hannaford", "Roger Pike", "Hayley Stoneman"], not_case_ids=["TBB-2291"],
        device="plain")

def torbay_03():
    f = "torbay_03.eml"; when = "2056-02-01 14:25:31"
    body = T("""
Hi Early Help,

Please can I request a triage slot for a level 3 step down for Harvey Pengilly (DOB 19/03/2052, LCS-5512086). Harvey is 3, so I understand he will be heard at the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Jo Rowse, has recorded her manager's analysis on the assessment confirming the threshold for level 3 is met.

Mum (Kelly Pengilly) has consented to level 3 Early Help - she signed the consent on 28/01/2056.

For the file: in 2053 Kelly and Harvey spent three months in a refuge in Exeter after domestic abuse from a previous partner. That man is in prison until 2061 and has had no contact since; there are no current domestic abuse concerns. What is left is Kelly's anxiety and isolation - she has no family nearby - and money: she relies on the Brixham food bank most weeks. She goes to the baby and toddler group at the Methodist church and would like Early Help to link her with the parenting charity's peer support scheme.

Thanks,
Kerensa

Kerensa Bolitho
Social Worker | Single Assessment Team | Torbay Children's Services
01632 960251

""") + BDISC
    sa = ["Child: Harvey Pengilly   DOB: 19/03/2052   LCS-5512086",
          "Social worker's analysis: Harvey is well cared for and meeting his milestones. Needs relate to mum's anxiety, isolation and low income.",
          "Rationale for step down: no role for statutory services; needs can be met at level 3 Early Help.",
          "History: 2053 refuge stay following domestic abuse by a previous partner (now in prison, no contact). No current concerns.",
          "Team Manager's analysis (Jo Rowse, 31/01/2056): I agree the threshold for level 3 intervention is met and support the step down."]
    top = outlook_top(f, addr("Bolitho, Kerensa", "Kerensa.Bolitho@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot please - step down - Harvey Pengilly LCS-5512086", when)
    add(f, mail(f, top, body, [pdf_att("Single Assessment - H Pengilly.pdf", "Single Assessment (extract)", sa)], html_alt=True),
        "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-5512086"], [ch("Harvey Pengilly", "2052-03-19", "19/03/2052")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS (historic): a refuge stay after domestic abuse in 2053, the man in prison until 2061 with no "
        "contact, 'no current domestic abuse concerns' -> not urgent, not a concern. Complete Torbay step-down "
        "(REQUIREMENTS: assessment, manager_agreed, consent): Single Assessment PDF with the team manager's analysis "
        "confirming the level 3 threshold -> true; 'has consented to level 3 Early Help' -> true; 'level 3' stated "
        "-> 3. Harvey is 3: the fortnightly under-5s triage. Concern: mum's anxiety -> parental_mental_health "
        "(money and the food bank are context). -> book_meeting.",
        not_children=["Kelly Pengilly", "Jo Rowse", "Kerensa Bolitho"])

def torbay_04():
    f = "torbay_04.eml"; when = "2056-02-21 17:52:16"
    text = T("""
Hi EH team

Please can I have a triage slot for Jacob Couch (8) and Lily Couch (6), LCS-5520441. Single Assessment attached with my analysis and the rationale for stepping down.

Mum has consented to early help - she signed the form with me this afternoon.

Worries are the usual neglect ones but a lot better than in the autumn: the house is clean now, but the kids' teeth and clothes still need work and they're often late in. The food bank at St Mary's has been brilliant with them.

My TM is off till Thursday so her analysis isn't on the SA yet - I'll chase it when she's back.

Thanks
Sam

Sam Rundle
Social Worker, Single Assessment Team
Sent from my iPhone
""")
    sa = ["Children: Jacob Couch (8), Lily Couch (6). LCS-5520441",
          "Analysis: home conditions much improved since October 2055; dental care and clothing still poor.",
          "Rationale: needs can now be met by level 3 Early Help with a TAF.",
          "Team Manager's analysis: (to be completed)"]
    top = plain_top(f, addr("Sam Rundle", "Sam.Rundle@" + BDOM), BEH, "Triage slot - Couch", when, BDOM,
                    extra=[("X-Mailer", "iPhone Mail (22F76)")])
    root = multipart("mixed", [flowed_part(text), pdf_att("SA Couch.pdf", "Single Assessment", sa)],
                     "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["LCS-5520441"], [ch("Jacob Couch"), ch("Lily Couch")], ["neglect"],
        True, None, ["manager_agreed"], None, "request_info",
        "iPhone Mail step-down (format=flowed, quoted-printable, LF; Single Assessment PDF attached): consent signed "
        "-> true; but the team manager's analysis 'isn't on the SA yet' and the SA says '(to be completed)' -> "
        "manager_agreed null -> missing manager_agreed -> request_info. No level stated -> null. Ages only -> dob "
        "null. Concern neglect (teeth, clothes; the lateness is not an attendance figure).",
        not_children=["Sam Rundle"])

def torbay_05():
    f = "torbay_05.eml"; when = "2056-03-03 15:58:49"
    body = T("""
Hi MASH,

I'm the lead professional for Maddison Pearce (14) on her Early Help plan, EHM-906612. Please see my session log from lunchtime today, attached.

Maddison's mum knows I am contacting you and is OK with it, and my manager Jenna Hocking has agreed.

Can someone call me back on 07700 900841 please.

Ben Widdicombe
Detached Youth Worker and Lead Professional | Paignton Youth Collective
""")
    log = ["# Session log - Maddison Pearce - Friday 03/03/2056",
           "Worker: Ben Widdicombe (detached youth work, Paignton town centre)",
           "12:40 Met Maddison outside Paignton bus station (she should have been at school). She was with two men, about 25-30, in a black Audi.",
           "She showed me a new iPhone and £50 in cash the men had given her.",
           "She said: \"They're taking me to a party in Plymouth tonight, I'm staying over at theirs. They said I can earn more there. Don't tell mum, she thinks I'm at Lacey's.\"",
           "I asked her not to go and offered to walk her back to school. The older man told her to get in the car. She got in at 12:55 and they drove off towards the ring road.",
           "13:30 and 15:00 rang Maddison's phone - no answer. Her Snapchat map shows her in Plymouth.",
           "15:10 Rang mum (Mrs Pearce). She did not know where Maddison was and had not heard of the men. She agreed to me contacting MASH.",
           "15:20 Told my manager, Jenna Hocking, who agreed I should contact MASH straight away."]
    top = plain_top(f, addr("Ben Widdicombe", "ben.widdicombe@paigntonyouth.example.org"), BMASH,
                    "Maddison Pearce - EHM-906612 - session log", when, "paigntonyouth.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [docx_att("Session log 03-03-2056 M Pearce.docx", log)]), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-906612"], [ch("Maddison Pearce")], ["exploitation", "missing"], True,
        True, [], None, "alert_duty",
        "Safety rule 1 told IN AN ATTACHMENT (.docx session log; the body is bland): a 14-year-old got into a car "
        "with two adult men at 12:55, with gifts and cash, to be taken to 'a party in Plymouth tonight ... they said "
        "I can earn more there'; she is not answering and her map shows Plymouth -> urgent -> alert_duty. A Torbay "
        "lead professional's contact to MASH with mum's agreement ('is OK with it' -> consent true) and the manager's "
        "('has agreed' -> true): a step_up with nothing missing. Concerns exploitation and missing. No alarm word.",
        not_children=["Ben Widdicombe", "Jenna Hocking"], device="in an attachment (.docx)")

def torbay_06():
    f = "torbay_06.eml"; when = "2056-02-15 12:00:00"
    text = T("""
TORBAY VOLUNTARY AND COMMUNITY SECTOR SAFEGUARDING NETWORK

Free training: Safeguarding for volunteers in food banks, baby banks and drop-ins
Thursday 9 March 2056, 10am-1pm, Paignton Library meeting room

This half-day session is for volunteers and paid staff in community groups who meet families face to face. We will work through three short scenarios:

Scenario 1: A volunteer delivering a cot finds a baby alone in a flat with the door open.
Scenario 2: A child at the food bank tells a volunteer that an adult at home burned her hand.
Scenario 3: A parent at a drop-in says she is leaving her child overnight with a man volunteers recognise from the news.

All scenarios are fictional and are for training only; they do not describe any real family.

We will cover: what to do if a child is in immediate danger (call 999), how to contact the MASH and the Emergency Duty Team, recording what a child says in their own words, and when you need consent to share information and when you do not.

Book through Eventbrite or reply to this email. Lunch provided.

Torbay Community Development Trust - Registered charity no. 1131468
""")
    hbody = "<html><body style=\"font-family:Verdana,sans-serif;font-size:10pt\">" + "".join(
        "<p>%s</p>" % "<br>".join(esc(l) for l in para.split("\n")) for para in text.split("\n\n")) + "</body></html>\n"
    top = [("From", addr("Torbay VCS Safeguarding Network", "training@torbaycdt.example.org")), ("To", BEH),
           ("Subject", "Free training 9 March: safeguarding for food bank, baby bank and drop-in volunteers"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "torbaycdt.example.org")),
           ("List-Id", "<vcs-safeguarding.torbaycdt.example.org>"), ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, hbody, crlf=False), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a training example): a voluntary-sector network's training invitation whose three scenarios "
        "echo this set's urgent mails (a baby alone, a burned hand, a child left with a man from the news) but are "
        "'fictional and for training only' -> not urgent; no child, no request -> other, human_review.",
        not_case_ids=["1131468"])

def torbay_07():
    f = "torbay_07.eml"; when = "2056-02-03 08:55:20"
    add(f, itip_reply(f, when, "Kerensa Bolitho", "Kerensa.Bolitho@" + BDOM, ("Early Help Torbay", BEH), "TENTATIVE",
                      "Under-5s triage - Pengilly LCS-5512086 [SB-torbay-4117]", "20560208T113000", "20560208T120000",
                      "Microsoft Teams Meeting",
                      "I'm in court that morning for another family. If the hearing overruns my TM Jo Rowse will join instead."),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-5512086"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE with a COMMENT about court, for torbay_03's under-5s triage slot "
        "(Tue 8 February 2056 11:30, an under-5s Tuesday counted from the pack's anchor) -> meeting_reply, "
        "record_reply; the case id comes from the SUMMARY; only a surname there, no child.")

def torbay_08():
    f = "torbay_08.eml"; when = "2056-03-30 10:15:42"
    text = T("""
Dear MASH team,

I am a debt adviser at Torbay Money Advice Partnership. I am writing because our policy asks us to check with you, although I think this is probably not one for your team.

Yesterday our client Mr Darren Skinner (46) told me he "can't see a way out" of his debts and that he had thought about ending his life. We followed our suicide prevention procedure: with his agreement I rang his GP, the mental health crisis team saw him at home last night, and he now has a safety plan and a follow-up appointment on Monday. He rang me this morning and sounded calmer.

He mentioned his children. They are 9 and 12 and live with their mother in Newton Abbot; he sees them every other Saturday at a supervised contact centre and has no care of them at any other time. He asked me whether any of this would affect his contact.

Is there anything you need from us, or should I simply point him to his own solicitor about contact?

Kind regards,

Colin Yeo
Debt Adviser | Torbay Money Advice Partnership
01632 960733
Registered charity no. 1142290
""")
    top = plain_top(f, addr("Colin Yeo", "colin.yeo@torbaymoneyadvice.example.org"), BMASH,
                    "Query - client with children who live elsewhere", when, "torbaymoneyadvice.example.org",
                    "Microsoft Outlook 16.0")
    add(f, build(top, text_part(text, cte="base64", crlf=True), True), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (an adult only, risk already managed): a debt advice charity's adviser reports a client's "
        "suicidal thoughts, already handled (GP, crisis team, safety plan); his children, unnamed, live with their "
        "mother in another area and see him only at supervised contact -> no child in his care, not urgent; a query "
        "-> other, human_review; no children named, concerns []. Base64 text/plain with CRLF; dated Thu 30 March "
        "2056 (BST, +0100), the last day of term.",
        not_children=["Darren Skinner", "Colin Yeo"], not_case_ids=["1142290"])


# ============================================================================ HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2056-01-18 11:40:05"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for a step down to Early Help (level 3) for the Whittall children, following the Child and Family Assessment.

Ffion Whittall - DOB 12/12/2043 - Mosaic 2207731
Osian Whittall - DOB 27/04/2045 - Mosaic 2207732
Mabli Whittall - DOB 29/02/2052 - Mosaic 2207733

Key person: Sian Beddoe, Family Support Volunteer Co-ordinator, Wye Valley Family Friends (the parenting charity that has been visiting weekly since October). Mum and dad chose Sian and she has agreed to lead on the step down.

The worries now are mainly school: Ffion's attendance is 84% this year, and Osian (autistic, EHCP in place) moves up to secondary in September and is very anxious about it. Home life has settled a great deal since the autumn.

Many thanks,
Catrin

Catrin Lloyd-Evans
Social Worker | Children's Services | Herefordshire Council
01632 960114

""") + HDISC
    plan = ["# Early Help Assessment - step-down plan - Whittall family",
            "Children: Ffion Whittall (12/12/2043), Osian Whittall (27/04/2045), Mabli Whittall (29/02/2052)",
            "Key person to lead on this step down: Sian Beddoe, Wye Valley Family Friends",
            "What needs to happen / by whom / outcome / timescale:",
            "1. Attendance plan for Ffion - school attendance officer - attendance above 92% - by Easter.",
            "2. Transition plan for Osian - SENCo and secondary school - visits in the summer term - by July.",
            "3. Weekly home visits and parenting support - Wye Valley Family Friends - ongoing - review at MAG."]
    consent = ["HEREFORDSHIRE COUNCIL - EARLY HELP CONSENT FORM",
               "Family: Whittall (Ffion, Osian, Mabli)",
               "We agree to our family's information being shared with the Early Help Co-ordinator team and the",
               "agencies in our plan, and we consent to our family receiving Early Help.",
               "Signed: R. Whittall (mother)  Date: 14/01/2056",
               "Signed: G. Whittall (father)  Date: 14/01/2056"]
    top = outlook_top(f, addr("Lloyd-Evans, Catrin", "Catrin.Lloyd-Evans@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Whittall siblings", when)
    atts = [docx_att("EHA step-down plan - Whittall.docx", plan),
            pdf_att("Signed consent form - Whittall.pdf", "Consent form", consent)]
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2207731", "2207732", "2207733"],
        [ch("Ffion Whittall", "2043-12-12", "12/12/2043"), ch("Osian Whittall", "2045-04-27", "27/04/2045"),
         ch("Mabli Whittall", "2052-02-29", "29/02/2052")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): "
        "the EHA step-down plan (.docx), the signed consent form (PDF) -> consent true, and a key person named with "
        "her agency (a parenting charity's volunteer co-ordinator). 'level 3' stated -> 3. 'Mosaic 2207731' etc. -> "
        "bare numbers. One DOB is a LEAP DAY, 29/02/2052 (2052 is a leap year). Concerns: Ffion's 84% -> "
        "school_attendance; Osian's autism and EHCP -> disability_send. -> book_meeting.",
        not_children=["Sian Beddoe", "Catrin Lloyd-Evans"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2056-02-10 16:20:14"
    text = T("""
Hello,

We have a worry box at our after-school homework club. At 3.50 this afternoon I found this note in it, written in pencil. I have typed it exactly as it was written:

"my mums boyfrend shane hits me with his belt on my back when mum is at work. she is on nights tonite and I have to go home at 5. he said if I tell he will drown biscuit (our dog). please dont tell him. Tia"

We only have one Tia at the club - Tia Morgan, who is 10 and in Year 5. She was still here when I found it, so I asked if she was OK. She pulled her sleeve down over a red mark on her wrist, said "I'm fine", and left at 4.10 to walk home. Her mum is Stacey Morgan; their address on our registration form is 14 Orchard Rise, Leominster, HR6 9ZP.

I haven't spoken to her mum. The original note is locked in our office.

Dave Prosser
Youth Worker, Leominster Youth and Community Hub
01632 960402
Leominster Youth and Community Hub is a registered charity (no. 1156873)
""")
    top = [("From", addr("Dave Prosser", "dave.prosser@leominsterhub.example.org")), ("To", HMASH),
           ("Subject", "Note found in our worry box today - Tia Morgan"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.gmail.com"))]
    add(f, alt_mail(f, top, text, gmail_html(text), boundary=gbnd(f, 1), crlf=False), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Tia Morgan")], ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a CHILD'S OWN WORDS (a 10-year-old's note from a youth charity's worry box, typed as "
        "written): mum's boyfriend hits her with his belt when mum is at work, mum is on nights tonight and she has "
        "to go home at 5; a red mark seen on her wrist -> urgent -> alert_duty. A charity worker's report to the "
        "Herefordshire MASH inbox -> other (step_up is undefined there, but this is no step request), missing []. "
        "Age only -> dob null. Concern physical_harm. No alarm word.",
        not_children=["Stacey Morgan", "Dave Prosser"], not_case_ids=["1156873"], device="a child's own words (a note)")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2056-02-23 13:05:38"
    body = T("""
Hi MASH,

Step up request for the Bevan family (Mosaic 2219904).

Ellie Bevan - 03/06/2045
Charlie Bevan - 21/01/2050

We have been working with the family since last spring. Home conditions have gone downhill again this winter: the church drop-in and the Leominster food bank have both told us the children come in hungry and in clothes that are too small, the boiler has been broken since December, and mum has missed five appointments with us and two with the GP. My manager (Gemma Price, Early Help Team Manager) agrees we need to step up.

To be clear, this is not about any immediate harm: the children are staying with their grandparents in Ross this week while the boiler is fixed, and both are well.

For the file: in 2053 Charlie, then 3, was found alone by the main road; that was investigated at the time (s47, no further action) and nothing similar has happened since.

Mum knows I am sending this.

Rhys Gwilliam
Early Help Family Support Worker | Herefordshire Council
01632 960378

""") + HDISC
    top = plain_top(f, addr("Gwilliam, Rhys", "Rhys.Gwilliam@" + HDOM), HMASH, "Step up request - Bevan - Mosaic 2219904",
                    when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["2219904"],
        [ch("Ellie Bevan", "2045-06-03", "03/06/2045"), ch("Charlie Bevan", "2050-01-21", "21/01/2050")],
        ["neglect", "non_engagement"], None, True, [], None, "human_review",
        "NEAR MISS (negated and historic): 'not about any immediate harm', the children safe with grandparents this "
        "week, and the 2053 incident investigated then (s47, NFA) -> not urgent. A step-up to Herefordshire, whose "
        "protocol defines no step_up (REQUIREMENTS: 'step_up is not defined by this seed') -> human_review, missing "
        "[] and notice null, as in the dev corpus's herefordshire_04. Manager 'agrees we need to step up' -> true; "
        "'Mum knows' is not consent -> null. 'Mosaic 2219904' -> '2219904'. Concerns: neglect (hungry, small "
        "clothes, no heating) and non_engagement (missed appointments); the food bank and church drop-in are the "
        "sources.",
        not_children=["Gemma Price", "Rhys Gwilliam"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2056-03-08 09:48:27"
    body = T("""
Good morning,

Please find attached the Early Help Assessment step-down plan for Noah Sandford (DOB 15/11/2049, Mosaic ID 2231187).

Noah lives with his dad, Mr Ionut Sandford, since mum left in the autumn. Dad's low mood is the main worry; he is seeing his GP and has started with the Talking Therapies service. Noah is doing well at school.

Dad agreed to the step down on the phone yesterday (with the interpreter from Marches Community Interpreting on the line - his first language is Romanian). I will get the consent form signed when I visit on Thursday, with the interpreter.

The key person is not agreed yet. Dad would like someone from the Romanian community group at St Peter's, or the school's family liaison worker - I will confirm once I have spoken to them both.

Thanks,
Joe

Joe Bishop
Social Worker | Children's Services (Hereford) | Herefordshire Council
01632 960259

""") + HDISC
    plan = ["# EHA step-down plan - Noah Sandford",
            "What needs to happen: dad to continue GP and Talking Therapies; school to offer Noah the nurture group; key person to be confirmed.",
            "By whom: Mr Sandford; school SENCo; key person (tbc).", "Timescale: review at the first MAG."]
    top = plain_top(f, addr("Bishop, Joe", "Joe.Bishop@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down plan - Noah Sandford", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [docx_att("EHA step-down plan - N Sandford.docx", plan)]), "herefordshire", "early_help_duty",
        when, 6,
        "ordinary", "step_down", False, None, ["2231187"], [ch("Noah Sandford", "2049-11-15", "15/11/2049")],
        ["parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan (.docx) only: dad 'agreed to the step down on the phone' -> consent "
        "true as stated, but the WRITTEN consent form is still to be signed -> consent_form missing; the key person "
        "'is not agreed yet' -> lead_practitioner missing -> request_info. No level stated -> null. The community "
        "interpreter service is named as an organisation, not as a key person. Concern: dad's low mood -> "
        "parental_mental_health.",
        not_children=["Ionut Sandford", "Joe Bishop"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2056-03-22 14:31:09"
    rcpt = "elena.radu@stpetersromanian.example.org"
    human = T("""
Your message to %s couldn't be delivered.

%s wasn't found at stpetersromanian.example.org.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using an old entry in your address book, delete it and type the address again.

Diagnostic information for administrators:
Generating server: LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""") % (rcpt, rcpt.split("@")[0])
    status = T("""
Reporting-MTA: dns;LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""") % (email.utils.format_datetime(dt("2056-03-22 14:30:51")), rcpt)
    orig = "".join("%s: %s\n" % kv for kv in [
        ("From", "Early Help Co-ordinators <%s>" % HEH), ("To", rcpt),
        ("Subject", "[SB-herefordshire-1604] Step-down accepted - Sandford: you are the key person"),
        ("Date", email.utils.format_datetime(dt("2056-03-22 14:30:50"))),
        ("Message-ID", "<SB-herefordshire-1604.keyperson@stepbot.herefordshire.gov.uk>"),
        ("Auto-Submitted", "auto-generated")])
    root = multipart("report", [text_part(human), Part([("Content-Type", "message/delivery-status")], status),
                                Part([("Content-Type", "text/rfc822-headers")], orig)],
                     bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@herefordshire.gov.uk>"),
           ("To", HEH), ("Subject", "Undeliverable: [SB-herefordshire-1604] Step-down accepted - Sandford: you are the key person"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "herefordshire.gov.uk")),
           ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB")]
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for a stepbot message to the key person named in herefordshire_06 (a faith community group's volunteer) whose address was not found (550 5.1.1) -> auto_reply -> ignore "
        "(safety rule 2: bounces are never answered). The returned headers carry [SB-herefordshire-1604]; no child.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2056-03-20 12:02:44"
    ack = ack_text("step-down request", "SB-herefordshire-1604", [
        "Children: Noah Sandford (15/11/2049)", "Mosaic ID: 2231187", "",
        "What is missing:", "- consent_form (the family's written consent)",
        "- lead_practitioner (the key person agreed with the family)"])
    text = T("""
Hello,

Dad signed the consent form at my visit on Thursday 9th, with the interpreter there - it's attached.

The key person will be Mrs Elena Radu, Family Support Volunteer at St Peter's Romanian Community Group in Hereford (01632 960588). She has agreed, and dad is pleased.

Thanks,
Joe

On 8 Mar 2056, at 09:55, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    consent = ["HEREFORDSHIRE COUNCIL - EARLY HELP CONSENT FORM", "Child: Noah Sandford",
               "I consent to my family receiving Early Help and to information being shared with the agencies in the plan.",
               "Signed: I. Sandford (father)   Date: 09/03/2056",
               "Interpreter present: Marches Community Interpreting (Romanian)"]
    top = plain_top(f, addr("Joe Bishop", "Joe.Bishop@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1604] Step-down received - Sandford", when, HDOM,
                    extra=[("In-Reply-To", "<SB-herefordshire-1604.ack@stepbot.herefordshire.gov.uk>"),
                           ("X-Mailer", "Apple Mail (2.3826.600)")])
    root = multipart("mixed", [flowed_part(text), pdf_att("Consent form signed - N Sandford.pdf", "Consent form", consent)],
                     "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2231187"], [ch("Noah Sandford", "2049-11-15", "15/11/2049")], [], True,
        None, [], None, "attach_to_request",
        "Apple Mail reply (format=flowed) to [SB-herefordshire-1604] bringing herefordshire_04's signed consent form "
        "(PDF) and naming the key person (a volunteer at a faith community group) -> follow_up -> attach_to_request; "
        "missing [] for a follow_up. 'signed the consent form' -> consent true. Child, DOB and 'Mosaic ID: 2231187' "
        "from the quoted acknowledgement; its 'What is missing:' list is quoted history, not this mail's fields.",
        not_children=["Elena Radu", "Joe Bishop"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2056-01-28 10:10:26"
    text = T("""
Dear colleagues,

I am the service co-ordinator at Marches Community Interpreting. We are updating the safeguarding guidance we give our interpreters and I would be grateful for your advice on one point. This is a general question and is not about any real case or family.

Suppose that during a telephone interpreting session for, say, a GP surgery, an interpreter hears a child screaming in the background and a man shouting at the child. The interpreter's code of conduct says they must interpret everything faithfully and keep the content of the session confidential. Should the interpreter:

(a) tell the professional who booked the session and leave it to them;
(b) contact the MASH themselves; or
(c) both?

And would the interpreter need the parent's consent before passing anything on?

We want to include your answer in our volunteer handbook, which goes to our 140 interpreters (27 languages) in April.

With thanks,

Elżbieta Nowicka
Service Co-ordinator, Marches Community Interpreting CIC
01632 960645
""")
    top = plain_top(f, addr("Elżbieta Nowicka", "e.nowicka@marchesinterpreting.example.org"), HEH,
                    "Question about interpreters and safeguarding (general)", when, "marchesinterpreting.example.org",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:160.0) Gecko/20100101 Thunderbird/160.0")])
    add(f, mail(f, top, text, crlf=False), "herefordshire", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (hypothetical): a community interpreter service asks how interpreters should act IF they heard "
        "a child screaming during a phone session - 'a general question ... not about any real case or family' -> "
        "not urgent; a general enquiry -> other, human_review; no child, no concern. The sender's name is non-ASCII "
        "(RFC 2047 in From, 'Elżbieta' in the QP body); the consent question is about policy, not a family -> null.",
        not_children=["Elżbieta Nowicka"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2056-02-29 11:26:55"
    body = T("""
Dear Early Help team,

I co-ordinate the Community Larder and Tuesday drop-in run by Bromyard Churches Together. Several of the families who use the larder are struggling and we'd like to know how we can refer them to Early Help. Is there a form? Do we need the parents' written consent first, or is it enough that they agree when we talk to them? We're all volunteers and don't want to get it wrong.

Thank you,
Linda

PS - something from this morning that I'm not sure about. Poppy Jenkins, who is 6, came to the drop-in with her mum, Kerry. Kerry told Brenda (one of our volunteers) that she's doing a night shift at the care home tonight and Poppy is staying at "Uncle Mick's" - that's Michael Rudge, who has the flat above the old bank on the High Street. Brenda recognised him: he was in the Hereford Times in 2053 when he went to prison for sexual offences against young girls, and we understand he is on the sex offenders' register. Kerry says he has "been brilliant" and has already had Poppy overnight twice this month. Kerry is dropping Poppy at his flat at 6pm tonight. Brenda's number is 07700 900129.

Linda Powell
Co-ordinator, Community Larder and Drop-in
Bromyard Churches Together (registered charity no. 1140093)
""")
    top = outlook_top(f, addr("Linda Powell", "linda.powell@bromyardchurches.example.org"), addr("Early Help Co-ordinators", HEH),
                      "How do we refer families to Early Help?", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "urgent", "other", True, None, [], [ch("Poppy Jenkins")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 told in a PS under a general enquiry from a faith-based larder and drop-in (dated on the LEAP "
        "DAY, Tuesday 29 February 2056, a working day): a 6-year-old is to be left overnight from 6pm tonight with a "
        "man imprisoned in 2053 for sexual offences against young girls, who has already had her overnight twice -> "
        "urgent -> alert_duty. Enquiry + PS -> other, missing []. Concern sexual_harm. The consent questions are "
        "about policy -> consent null. No alarm word.",
        not_children=["Michael Rudge", "Linda Powell"], not_case_ids=["1140093"], device="a PS")


# ============================================================================ rules and calendar
BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
            tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05,
            tower_hamlets_06, tower_hamlets_07, tower_hamlets_08,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
            herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
            herefordshire_06, herefordshire_07, herefordshire_08]
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
# REQUIREMENTS.md: the requirement ids for each authority / kind (/ Knowsley level); "children" always.
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

# England & Wales bank holidays falling on weekdays in 2056 (New Year's Day, Saturday 1 January, is observed on
# Monday 3 January; Easter Sunday is 2 April).
BANK_HOLIDAYS = {date(2056, 1, 3): "New Year's Day (observed)", date(2056, 3, 31): "Good Friday",
                 date(2056, 4, 3): "Easter Monday", date(2056, 5, 1): "Early May bank holiday",
                 date(2056, 5, 29): "Spring bank holiday", date(2056, 8, 28): "Summer bank holiday",
                 date(2056, 12, 25): "Christmas Day", date(2056, 12, 26): "Boxing Day"}
WINDOW = (date(2056, 1, 4), date(2056, 3, 30))
BST_START = datetime(2056, 3, 26, 1, 0, tzinfo=UTC)       # last Sunday of March 2056, 01:00 UTC
BANNED = ["urgent", "immediate", "immediately", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
          "asap", "at risk"]
CATEGORY_TARGET = {"urgent": 12, "near_miss": 12, "ordinary": 16}

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

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ============================================================================ reading the messages back
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|table|h\d)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def parse(data):
    return email.message_from_bytes(data, policy=email.policy.default)

def readable(msg, headers=False):
    """Every readable word of a message: subject, text and HTML parts, calendar parts, attachment names and the
    text of every .docx and PDF (with headers=True also every header of every part, decoded)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if headers:
            out += ["%s: %s" % (k, v) for k, v in part.items()]
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
        elif ct.startswith("text/") or ct.startswith("message/"):
            out.append(part.get_content() if ct.startswith("text/") else payload.decode("utf-8", "replace"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise AssertionError("unexpected part type %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))


# ============================================================================ self-checks
def check_all(files, labels, cats, meta):
    errs = []
    def err(f, m):
        errs.append("%s: %s" % (f, m))

    # ---- calendar facts the set relies on
    if date(2056, 1, 1).weekday() != 5 or date(2056, 1, 3).weekday() != 0:
        errs.append("calendar: 1 Jan 2056 should be a Saturday and 3 Jan a Monday")
    if date(2056, 1, 4).strftime("%A") != "Tuesday" or date(2056, 3, 30).strftime("%A") != "Thursday":
        errs.append("calendar: the window should run Tuesday 4 January - Thursday 30 March 2056")
    if date(2056, 3, 31).weekday() != 4 or date(2056, 4, 3).weekday() != 0:
        errs.append("calendar: Good Friday 31 March / Easter Monday 3 April 2056 weekdays wrong")
    if not (date(2056, 2, 29).weekday() == 1):
        errs.append("calendar: 29 February 2056 should be a Tuesday (leap year)")
    if datetime(2056, 3, 25, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
       datetime(2056, 3, 27, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
        errs.append("calendar: BST should start on Sunday 26 March 2056")
    if datetime(2056, 3, 26, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0) or \
       datetime(2056, 3, 26, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1):
        errs.append("calendar: BST should start at 01:00 UTC on 26 March 2056")
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BANK_HOLIDAYS):
        errs.append("calendar: a bank holiday inside the window")
    try:
        import holidays
        pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2056]) if d.weekday() < 5}
        if pkg != set(BANK_HOLIDAYS):
            errs.append("calendar: holidays package disagrees: %s vs %s" % (sorted(pkg), sorted(BANK_HOLIDAYS)))
    except ImportError:
        pass

    # ---- counts
    if len(files) != 40 or len(labels) != 40:
        errs.append("set: %d files, %d labels (want 40)" % (len(files), len(labels)))
    for a in AUTHORITIES:
        names = sorted(f for f in files if f.startswith(a + "_"))
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("set: %s files are %s" % (a, names))
    tally = {c: sum(1 for v in cats.values() if v == c) for c in CATEGORY_TARGET}
    if tally != CATEGORY_TARGET or len(cats) != 40:
        errs.append("set: categories %s" % tally)
    if tally["urgent"] < 11 or tally["near_miss"] < 11:
        errs.append("set: at least 11 urgent and 11 near misses are required")

    devices = set()
    for L in labels:
        f, e, a = L["file"], L["expect"], L["authority"]
        m, data = meta[f], files[f]
        if set(L) != {"file", "authority", "mailbox", "now", "expect", "why"} or set(e) != {
                "kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
                "notice_ok", "next_action"}:
            err(f, "label keys")
        if not f.startswith(a + "_"):
            err(f, "authority")
        # ---- the message parses, with the headers a mail has
        msg = parse(data)
        if any(p.defects for p in msg.walk()):
            err(f, "defects %s" % [p.defects for p in msg.walk() if p.defects])
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err(f, "no %s" % h)
        if MAILBOXES[(a, L["mailbox"])].lower() not in (str(msg["To"]) + " " + str(msg["Cc"] or "")).lower():
            err(f, "mailbox address not in To/Cc")
        # ---- Date and now
        d = email.utils.parsedate_to_datetime(msg["Date"])
        local = d.astimezone(LON)
        if d.utcoffset() != local.utcoffset():
            err(f, "Date offset %s is not Europe/London's %s" % (d.utcoffset(), local.utcoffset()))
        if local != dt(m["when"]):
            err(f, "Date header differs from the recorded time")
        if not (WINDOW[0] <= local.date() <= WINDOW[1]):
            err(f, "Date outside the window")
        if local.date() in BANK_HOLIDAYS:
            err(f, "Date on a bank holiday")
        if local.weekday() >= 5 and not m["out_of_hours"]:
            err(f, "Date on a weekend without a justification")
        now = datetime.fromisoformat(L["now"])
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)):
            err(f, "now is not 1-10 minutes after Date")
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            err(f, "now offset is not Europe/London's")
        # ---- label rules
        if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
            err(f, "kind / next_action value")
        if e["next_action"] != expected_next(a, e):
            err(f, "next_action %s, rules give %s" % (e["next_action"], expected_next(a, e)))
        if e["urgent"] != (cats[f] == "urgent"):
            err(f, "urgent disagrees with the category")
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERN_IDS:
            err(f, "concerns not sorted / unknown ids")
        if e["missing"] != sorted(set(e["missing"])):
            err(f, "missing not sorted")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err(f, "level only on step_downs, 2 or 3")
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None):
                err(f, v)
        key = (a, e["kind"], (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None)
        if key in REQ:
            req = set(REQ[key])
            if a == "knowsley" and e["kind"] == "step_up":
                req -= {r for r, c in KNOWSLEY_WHEN.items() if c not in e["concerns"]}
            if not set(e["missing"]) <= req:
                err(f, "missing %s outside the requirements %s" % (e["missing"], sorted(req)))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in req and ((val is not True) != (fact in e["missing"])):
                    err(f, "%s is %s but missing says %s" % (fact, val, fact in e["missing"]))
            if (not e["children"]) != ("children" in e["missing"]):
                err(f, "children vs missing")
            if "case_id" in req and ((not e["case_ids"]) != ("case_id" in e["missing"])):
                err(f, "case_id vs missing")
        elif e["missing"]:
            err(f, "missing must be [] for %s / %s" % (a, e["kind"]))
        # ---- notice (Knowsley step requests only)
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    err(f, "no meeting date: notice null and meeting_details missing")
            else:
                today = now.astimezone(LON).date()
                wd = working_days(today, m["meeting"])
                if e["notice_ok"] != (wd >= 5):
                    err(f, "notice_ok %s but %d working days" % (e["notice_ok"], wd))
                if m["meeting"].weekday() >= 5 or m["meeting"] in BANK_HOLIDAYS:
                    err(f, "meeting on a non-working day")
        elif e["notice_ok"] is not None or m["meeting"] is not None:
            err(f, "notice only for Knowsley step requests")
        # ---- the text holds what the label says
        text = readable(msg)
        low = text.lower()
        for c in m["children"]:
            if c["name"] not in text:
                err(f, "child %s not in the text" % c["name"])
            if c["dob"]:
                if c["_w"] not in text or parse_dob(c["_w"]) != c["dob"]:
                    err(f, "DOB %s as written not found / does not parse" % c["_w"])
                age = age_years(date.fromisoformat(c["dob"]), now.date())
                if not (0 <= age < 18) or date.fromisoformat(c["dob"]) > now.date():
                    err(f, "child %s is %d at now" % (c["name"], age))
        names = [c["name"] for c in e["children"]]
        if len(set(names)) != len(names):
            err(f, "duplicate child")
        for n in m["not_children"]:
            if n in names:
                err(f, "%s must not be labelled a child" % n)
        for cid in e["case_ids"]:
            if cid not in text:
                err(f, "case id %s not in the text" % cid)
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}", cid):
                err(f, "case id %s has no case-system form" % cid)
        if len(set(e["case_ids"])) != len(e["case_ids"]):
            err(f, "duplicate case id")
        for n in m["not_case_ids"]:
            if n in e["case_ids"]:
                err(f, "%s must not be a case id" % n)
            if n not in text:
                err(f, "not-a-case-id %s is not in the text" % n)
        # ---- urgent mails: none of the banned words anywhere (subject, every header, every decoded part)
        if cats[f] == "urgent":
            every = readable(msg, headers=True).lower()
            for w in BANNED:
                if w in every:
                    err(f, "urgent mail contains the banned word %r" % w)
            if not m["device"]:
                err(f, "urgent mail without a recorded telling device")
            devices.add(m["device"])
        # ---- kind-specific structure
        subj = str(msg["Subject"])
        is_auto = msg["Auto-Submitted"] is not None and str(msg["Auto-Submitted"]).lower() != "no"
        if e["kind"] == "auto_reply" and not is_auto:
            err(f, "auto_reply without Auto-Submitted")
        if e["kind"] != "auto_reply" and is_auto:
            err(f, "human mail carries Auto-Submitted")
        if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj):
            err(f, "follow_up without an [SB-] reference in the subject")
        if e["kind"] in ("step_up", "step_down", "other") and re.search(r"\[SB-", subj):
            err(f, "a new request / other mail with an [SB-] reference")
        replies = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                   and "METHOD:REPLY" in p.get_payload(decode=True).decode()]
        if (e["kind"] == "meeting_reply") != bool(replies):
            err(f, "iTIP REPLY part vs kind")
    want_devices = {"plain", "hedged", "a PS", "in an attachment (clinical)", "in a forwarded part",
                    "a calendar reply's comment", "a child's own words"}
    if not want_devices <= devices:
        errs.append("set: urgent devices missing %s" % (want_devices - devices))
    # ---- decisive notice: at least one Knowsley count where plain weekdays and working days disagree
    decisive = []
    for L in labels:
        m = meta[L["file"]]
        if m["meeting"]:
            today = datetime.fromisoformat(L["now"]).astimezone(LON).date()
            if (working_days(today, m["meeting"]) >= 5) != (plain_weekdays(today, m["meeting"]) >= 5):
                decisive.append(L["file"])
    if decisive != ["knowsley_02.eml"]:
        errs.append("set: decisive notice counts %s (want knowsley_02 only)" % decisive)
    return errs


def build_all():
    FILES.clear(); LABELS.clear(); CATS.clear(); META.clear()
    for b in BUILDERS:
        b()
    return dict(FILES), [dict(l) for l in LABELS], dict(CATS), dict(META)


def stats(labels, cats, meta):
    from collections import Counter
    print("categories", Counter(cats.values()))
    for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        print(k, Counter(str(l["expect"][k]) for l in labels))
    print("mailbox", Counter(l["mailbox"] for l in labels))
    print("offsets", Counter(l["now"][-6:] for l in labels))
    for l in labels:
        m = meta[l["file"]]
        if m["meeting"]:
            today = datetime.fromisoformat(l["now"]).astimezone(LON).date()
            print("notice %-18s %s -> %s: %d WD, %d plain weekdays" % (
                l["file"], today.strftime("%a %d %b"), m["meeting"].strftime("%a %d %b"),
                working_days(today, m["meeting"]), plain_weekdays(today, m["meeting"])))


def main():
    files, labels, cats, meta = build_all()
    files2, labels2, _c, _m = build_all()
    errs = check_all(files, labels, cats, meta)
    if files != files2 or json.dumps(labels) != json.dumps(labels2):
        errs.append("set: not deterministic")
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    order = {a: i for i, a in enumerate(AUTHORITIES)}
    labels.sort(key=lambda l: (order[l["authority"]], l["file"]))
    for f, data in files.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({l["file"]: cats[l["file"]] for l in labels}, fh, indent=1)
        fh.write("\n")
    # re-read what was written: every file parses and matches
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            assert fh.read() == files[f]
    print("ok: 40 files written; %s" % {c: sum(1 for v in cats.values() if v == c) for c in CATEGORY_TARGET})
    if "--stats" in sys.argv:
        stats(labels, cats, meta)


if __name__ == "__main__":
    main()
