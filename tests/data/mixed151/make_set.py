#!/usr/bin/env python3
"""mixed151: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2055, in landlords, letting agents, housing repairs and environmental health: damp and
black mould in a baby's room, no heating or hot water, a condemned house, rats and cockroaches, overcrowding, an
illegal eviction, a landlord who keeps a key, letting agents and gas engineers who see inside the home, housing
officers, environmental health officers and tenancy sustainment workers - alongside ordinary step-ups, step-downs,
follow-ups, meeting replies and machine mail.

Window: the spring term of 2055, Monday 4 January - Friday 9 April 2055. New Year's Day (Friday 1 January 2055)
falls before it; Easter Sunday is 18 April 2055 (computed here with the Gregorian computus), so Good Friday
(16 April) and Easter Monday (19 April) fall in the Easter holidays (Monday 12 - Friday 23 April) after it. There
is no bank holiday inside the window. British Summer Time starts at 01:00 UTC on Sunday 28 March 2055: mail up to
then carries +0000, mail after it +0100.

Standard library only. Deterministic (no clock, no randomness): boundaries, Message-IDs, Thread-Index values and
calendar UIDs come from sha1 of the file name; .docx zips carry fixed timestamps; PDFs are hand-built (PDF 1.4,
Flate-compressed text pages). Every label was set by hand from /work/shared/DESIGN.md and REQUIREMENTS.md; the
self-checks below only verify the labels against those rules and the messages against the brief, and STOP before
anything is written if any check fails. Run: python3 make_set.py [--stats]
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile, zlib
import email, email.policy, email.utils
import xml.etree.ElementTree as ET
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "mixed151"
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


# ============================================================================= MIME helpers (after mixed27's)
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
    """Local (Europe/London) wall-clock time -> aware datetime (GMT up to 28 March 2055 01:00 UTC, then BST)."""
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

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=None,
              lf_only=False):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64lines(text.encode(charset))
    elif cte == "8bit":
        body = text
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

def build(top, root, crlf=True, allow_8bit=False):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")                              # headers are always 7-bit (RFC 2047 where needed)
    s = head + render(root)
    if not allow_8bit:
        s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")

def html_of(text, font="Aptos"):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-fareast-language:EN-US;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    t = t.replace("¦", "</span>" + RUN)
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t).replace("¦", "")

def word_html(blocks, font="Aptos"):
    """blocks: paragraphs ('' = empty), ('h', text) bold headings, ('table', rows) MsoTableGrid tables."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = word_inline(c)
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt'>"
                               "\n  <p class=MsoNormal>%s<o:p></o:p></p>\n  </td>\n"
                               % ("background:#D9E2F3;" if i == 0 else "", cell))
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
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]]
            out.append("")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(word_plain(b[1]))
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'word ' at the end of a physical line; space-stuffing."""
    out = []
    for logical in text.split("\n"):
        if logical.startswith(">"):
            out.append(logical)
            continue
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
    h = [("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "7bit":
        body.encode("ascii")
    return Part(h, body)


# ----------------------------------------------------------------------------- PDF (hand-built, Flate) and .docx
def make_pdf(title, lines, producer="Microsoft: Print To PDF"):
    """A PDF 1.4 text document (Helvetica, WinAnsi), Flate-compressed content streams, 52 lines a page."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 95:
            cut = l.rfind(" ", 0, 95)
            cut = cut if cut > 0 else 95
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)]
    n = len(pages)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (4 + 2 * i) for i in range(n)), n)).encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, pg in enumerate(pages):
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = zlib.compress(content.encode("cp1252"), 9)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cb) + cb + b"\nendstream")
    objs.append(("<< /Producer (%s) /Title (%s) >>" % (esc(producer), esc(title))).encode("cp1252"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return out

def pdf_text(data):
    """Readable text of a PDF built by make_pdf (stdlib reader: inflate each stream, read its string operands)."""
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        txt = s.decode("cp1252")
        for sm in re.finditer(r"\(((?:\\.|[^\\)])*)\)\s*(?:'|Tj)", txt):
            out.append(re.sub(r"\\(.)", r"\1", sm.group(1)))
    for m in re.finditer(rb"/(?:Title|Producer) \(((?:\\.|[^\\)])*)\)", data):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1).decode("cp1252")))
    return "\n".join(out)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=(), core_title="", stamp=(2055, 1, 4, 9, 0, 0)):
    """paras: strings ('# ' = Heading 1); tables: list of row lists (after the paragraphs)."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>")
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
            zi = zipfile.ZipInfo(name, date_time=stamp)
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
    return binary_part(DOCX, filename, make_docx(paras, tables))


# ----------------------------------------------------------------------------- iCalendar
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

def ics(method, fname, stamp, start, end, summary, location, description, organizer, attendees,
        extra=None, sequence=0):
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
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % sequence]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# ----------------------------------------------------------------------------- top headers
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None, has_attach=False):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % sha(fname, "srv")[:4].upper()))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
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

def gmail_top(fname, frm, to, subject, when, cc=None, extra=None):
    h = [("From", frm), ("Date", email.utils.format_datetime(dt(when))),
         ("Message-ID", "<CA%s@mail.gmail.com>" % sha(fname, "gm")[:30])]
    h += [("Subject", hdr(subject)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h + (extra or [])


# ----------------------------------------------------------------------------- message builders
def mail(f, top, body, atts=(), html_alt=False, cte="quoted-printable", crlf=True):
    t = text_part(body, cte=cte)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf, allow_8bit=(cte == "8bit"))

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def gmail_mail(f, top, text, html_body, atts=()):
    alt = multipart("alternative", [text_part(text), text_part(html_body, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def iphone_mail(f, top, text, atts=()):
    t = flowed_part(text)
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
               comment=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY (text, HTML, text/calendar method=REPLY, plus invite.ics)."""
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

def quote_block(frm, sent, to, subject, text, cc=None):
    """An Outlook-style original under a reply or a forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement as it reads when quoted under a reply."""
    out = ["Thank you - your %s has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything.",
            "", "stepbot on behalf of the duty team"]
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
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked back against `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        how=None):
    """Record one file. `meeting` is the date the notice is counted to (Knowsley step requests); `not_children`
    are adults named in the text who must never be labelled; `how` says how an urgent mail tells the risk, or why
    a near miss is not urgent (README and --stats)."""
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children), "how": how}

CUSTOM = []          # (file, what, predicate(msg)) structural checks

def custom(f, what):
    def deco(fn):
        CUSTOM.append((f, what, fn))
        return fn
    return deco


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def appendix1(answers):
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2055-01-19 10:12:41"
    body = T("""
Morning both,

Please find attached a step up request for the Kerrigan family, EHM-66204:

Skye Kerrigan - DOB 11/06/2047
Jaxon Kerrigan - DOB 30/09/2051

The step up TAF meeting is Wednesday 27th January 2055 at 10am on Teams. I've sent the Teams invite from my calendar to the MASH inbox and MASH business support (copy attached) and I've invited the current TAF members, including Carl Mawdsley from Environmental Health.

Attached: the step up form, the GCP2 I completed with mum on 12/01/2055, and the minutes of our TAF on 14/01/2055.

Briefly: the family rent a two-bed terrace in Kirkby from a private landlord. Since the autumn the house has gone downhill badly. There is black mould across the back bedroom where both children sleep (the landlord has been told about the leaking gutter five times), cockroaches in the kitchen, dog mess on the floors, and most visits there is no food in the house. Jaxon has missed two health reviews and his 27-month check; Skye comes to school in the same uniform all week and her attendance is 84%. Mum (Danielle) has been offered the Home Start volunteer, a deep clean and help with the landlord, and has turned most of it down. The GCP2 scores are 4 for nutrition, housing and hygiene.

Environmental health have an open job (service request 55/00312) against the landlord for the damp; that sits alongside this and isn't the reason for the step up - the reason is the care of the children.

My team manager, Mick Rowlands, went through this with me in supervision on 18/01/2055 and agreed the step up. Danielle knows we are asking for the step up; she wasn't happy about it.

Thanks,
Lorraine

Lorraine Heneghan
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0371 | 07700 900 146

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Kerrigan.docx", appendix1([
        ("Case ID on EHM:", "EHM-66204"),
        ("Children:", "Skye Kerrigan 11/06/2047; Jaxon Kerrigan 30/09/2051"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 27/01/2055, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in but declines most of the support offered"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 14/01/2055"),
        ("What are we worried about?", "Home conditions: black mould in the children's bedroom, cockroaches, dog "
         "mess, often no food. Jaxon's missed health reviews. Skye's attendance 84% and her hygiene."),
        ("What is working well?", "Mum loves the children and they are close to her; maternal nan visits on "
         "Sundays; Skye is doing well in reading."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 12/01/2055 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Mick Rowlands, Team Manager, 18/01/2055"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly joint visits with Environmental "
         "Health, a TAF every four weeks, GCP2 reviewed in eight weeks."),
    ]))
    gcp2 = docx_att("GCP2 Kerrigan 12.01.2055.docx", [
        "# Graded Care Profile 2 - summary", "Family: Kerrigan (EHM-66204). Completed with mum, 12/01/2055.",
        "Area 1 Physical care - nutrition: 4; housing: 4; clothing: 3; hygiene: 4.",
        "Area 2 Care of safety: 3.", "Area 3 Love and care: 2.", "Area 4 Stimulation and education: 3.",
        "Worker's summary: the physical care of both children is poor and has got worse since October."])
    minutes = pdf_att("TAF minutes 14.01.2055 - Kerrigan.pdf", "Team Around the Family - minutes", [
        "Date: 14/01/2055, 13:30, Kirkby Family Hub",
        "Present: Danielle Kerrigan (mum), Lorraine Heneghan (Family First, chair), Skye's class teacher,",
        "the health visitor, Carl Mawdsley (Environmental Health Officer).",
        "EHO: improvement notice to be served on the landlord for the gutter and damp; cockroach treatment",
        "booked for 21/01. School: Skye tired, hungry at breakfast club. HV: Jaxon's review missed again.",
        "Agreed: Lorraine to discuss a step up with her team manager."])
    cal = ics("REQUEST", f, dt(when), "20550127T100000", "20550127T113000",
              "Step up TAF meeting - Kerrigan - EHM-66204", "Microsoft Teams Meeting",
              "Step up TAF meeting for Skye and Jaxon. Chair: MASH social worker. Minutes: MASH business support.",
              ("Lorraine Heneghan", "Lorraine.Heneghan@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    inv = Part([("Content-Type", 'application/ics; name="Step up TAF meeting - Kerrigan.ics"'),
                ("Content-Disposition", 'attachment; filename="Step up TAF meeting - Kerrigan.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    top = outlook_top(f, addr("Heneghan, Lorraine", "Lorraine.Heneghan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kerrigan - EHM-66204 - TAF Weds 27/01 10am", when,
                      cc=addr("MASH Business Support", KBS), has_attach=True)
    add(f, mail(f, top, body, [form, gcp2, minutes, inv], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-66204"],
        [ch("Skye Kerrigan", "2047-06-11", "11/06/2047"), ch("Jaxon Kerrigan", "2051-09-30", "30/09/2051")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (REQUIREMENTS knowsley step_up): Appendix 1 form, TAF minutes (PDF), GCP2 (.docx) "
        "because the concern is neglect, EHM-66204, the TM 'agreed the step up', and the meeting 'Wednesday 27th "
        "January 2055 at 10am' (also in the attached .ics REQUEST). Notice: Tue 19 Jan -> Wed 27 Jan = 6 working "
        "days >= 5 -> ok -> book_meeting. 'Danielle knows we are asking ... she wasn't happy' is not consent -> null. "
        "The environmental health 'service request 55/00312' is not a case-system id. Concerns: home conditions, no "
        "food, missed health reviews -> neglect; 84% -> school_attendance.",
        meeting=date(2055, 1, 27), not_children=["Lorraine Heneghan", "Mick Rowlands", "Carl Mawdsley"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2055-02-05 15:08:19"
    body = T("""
Hi Family First,

I'm writing to let you know I intend to step Oliver Brophy (DOB 17/03/2049), ICS-2043318, down to a Level 2 service at his final CIN meeting.

Final CIN meeting: Thursday 11th February 2055 at 2pm. Venue tbc - either the family's new house or Huyton Family Hub, I'll confirm on Monday once I know if the carpets are down.

Lead practitioner (Level 2): Yvonne Pratt, Tenancy Sustainment Officer, Lyndale Homes. Yvonne has worked with mum since the family were on the housing register and has agreed to take on the lead practitioner role. Her number is 0151 496 0922.

Mum has agreed to the step down.

What are we worried about?
Mum's anxiety and low mood - she is on the Talking Therapies waiting list. Oliver has a speech and language delay; he is on the SALT waiting list and nursery have an SEN support plan for him.

What is working well?
The family moved on 1st February from a two-bed flat (five of them, Oliver sleeping in mum's room) into a three-bed Lyndale Homes house in Huyton. Mum says she can breathe for the first time in two years. Oliver's dad is back in touch and has him every Saturday. Nursery attendance is 96%.

What needs to happen?
Yvonne to lead an Early Help Assessment and a TAF; nursery to keep the SEN support plan going and chase SALT; mum to keep her Talking Therapies referral open; help with the new tenancy (furniture grant, the move-in debt).

Thanks
Gemma

Gemma Stoddart
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0187

""") + KDISC
    top = plain_top(f, addr("Stoddart, Gemma", "Gemma.Stoddart@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 2 step down - Oliver Brophy - final CIN Thurs 11th Feb", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2043318"], [ch("Oliver Brophy", "2049-03-17", "17/03/2049")],
        ["disability_send", "parental_mental_health"], True, None, ["meeting_details"], False, "request_info",
        "Knowsley Level 2 step-down: three Signs of Safety headings answered and a named lead practitioner with her "
        "agency (a housing association's tenancy sustainment officer), but 'Venue tbc': level 2 needs the date, time "
        "AND venue, so meeting_details is missing while notice is still counted. Notice: Fri 5 Feb -> Thu 11 Feb = "
        "4 working days (8, 9, 10, 11 Feb) < 5 -> not ok. 'Mum has agreed to the step down' -> consent true (not "
        "required at level 2). Concerns: mum's anxiety -> parental_mental_health; speech delay with SEN support -> "
        "disability_send; the old overcrowding is resolved (moved 1 Feb).",
        meeting=date(2055, 2, 11), not_children=["Gemma Stoddart", "Yvonne Pratt"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2055-02-10 13:41:07"
    body = T("""
Hello,

I am gas engineer, I do the gas safety check today for the landlord (Maple Lettings) at 27 Rushbrook Close, Kirkby L33 9ZQ. I find this email on the council web page, I hope is correct one.

The tenant Mr Dolan open the door at 10 and after he go to work. He say his son is sick in bed and I must not go in the bedroom. But the boiler flue is in cupboard of this bedroom so I must go.

The bedroom door have a bolt on the outside, it was closed. Inside is a boy, maybe 8 years. He say his name is Reece Dolan. He have bruises on both arms, old yellow ones and new purple ones, and a cut on his ear with dry blood. He tell me: "Dad locks me in when he goes to work so I don't take food. When he comes back at six I get the belt if I wet the bed." There is a bucket in the room for toilet and the window is screwed closed. He is not sick, he is hungry, I give him my sandwich and he eat it very fast.

I don't know what I can do. I must leave at 1 o'clock for next job. The boy ask me to put the bolt back, he is scared dad will know somebody was in, so I did this. Father come home at 6 o'clock, the boy say.

My phone is 07700 900 318. Please somebody call me today.

Tomasz Wieczorek
TW Heating & Gas
Gas Safe registered engineer 613207
""")
    top = [("From", addr("Tomasz Wieczorek", "tw.heatinggas@example.co.uk")), ("To", KMASH),
           ("Subject", "boy locked in bedroom 27 Rushbrook Close Kirkby - please call me"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.example.co.uk")),
           ("X-Mailer", "Android Mail 8.2")]
    add(f, build(top, text_part(body, cte="base64"), crlf=False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Reece Dolan")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, non-native English from a gas engineer on a landlord's gas safety check (phone mail, base64): "
        "an 8-year-old bolted into his bedroom, fresh and old bruises, a cut ear, 'I get the belt', a bucket for a "
        "toilet, hungry - and the father comes home at six tonight. Not a step request -> other; no case id; the Gas "
        "Safe registration number is not one. Concerns: bruises and the belt -> physical_harm; locked in without food "
        "or a toilet -> neglect.",
        not_children=["Tomasz Wieczorek"], how="non-native English, a gas engineer; the child's own words")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2055-03-03 10:05:52"
    blocks = [
        "Good morning,",
        "",
        "Step up request for the Byrne children (EHM-67719). The step up TAF meeting is {{Wednesday 10th March 2055 "
        "at 1.30pm}} at Kirkby Family Hub, Room 3 - the invite has gone from my calendar to the MASH inbox and to MASH "
        "business support, and I've invited school and the school nurse.",
        "",
        ("table", [
            ["Child", "DOB", "School"],
            ["Tia Byrne", "05/10/2043", "All Saints Catholic High (Y10)"],
            ["Corey Byrne", "14/02/2046", "Westvale Primary (Y4)"],
        ]),
        "",
        "Attached: the step up form, the Engaging Families toolkit and what it shows, and the TAF minutes from 24/02/2055.",
        "",
        ("h", "Why now"),
        "Mum has cancelled or not been in for 9 of the last 12 visits and did not come to the last two TAFs. Corey's "
        "attendance is 79% and Tia's 83%, and both schools' letters have gone unanswered. The Engaging Families "
        "toolkit puts engagement as low despite three different approaches (evening visits, visits with nan, a "
        "worker she chose). My team manager, Paul Culshaw, has agreed the step up.",
        "",
        ("h", "History you will see on EHM"),
        "In February 2054 the family's previous private landlord changed the locks and put their belongings in the "
        "street while mum was at Whiston Hospital with Corey. Police attended, the landlord was prosecuted for "
        "unlawful eviction (fined at Liverpool Magistrates' Court in August 2054), and the family have had a Lyndale "
        "Homes tenancy in Kirkby since April 2054 with no problems at all. In the TAF minutes mum mentions that the "
        "old landlord 'used to let himself in at night' - that was the old address, in 2053-54, he has had no contact "
        "since and the police were satisfied at the time that the children were not harmed.",
        "",
        "To be clear there are no current concerns about anyone harming Tia or Corey. This step up is about "
        "non-engagement and attendance.",
        "",
        "Many thanks,",
        "Sinéad",
        "",
        "Sinéad Moloney",
        "Family First Case Manager | Kirkby Team | Knowsley Council",
        "0151 496 0554",
        "",
        KDISC.strip(),
    ]
    form = docx_att("FF Step Up request to CSC - Byrne.docx", appendix1([
        ("Case ID on EHM:", "EHM-67719"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "10/03/2055 13:30, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit followed, attached"),
        ("Recent TAF meeting minutes attached:", "Yes - 24/02/2055"),
        ("What are we worried about?", "Mum not engaging; poor school attendance for both children."),
        ("What is working well?", "Stable tenancy since April 2054; nan is supportive; Tia wants to do well at school."),
        ("What next?", "C&F assessment; attendance plan with both schools."),
        ("Graded Care profile (If neglect should be completed).", "Not applicable"),
        ("Agreement by line manager:", "Paul Culshaw (TM) agreed 01/03/2055"),
    ]))
    toolkit = docx_att("Engaging Families Toolkit - Byrne.docx", [
        "# Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
        "Family: Byrne, EHM-67719. Completed 26/02/2055.",
        "Approaches tried: evening visits (3), joint visits with maternal nan (2), change of worker at mum's request.",
        "Outcome: engagement LOW. Visits kept 3/12; TAFs attended 1/3.",
        "What the toolkit tells us: mum is not hostile but does not follow through; the children's needs are not being met."])
    minutes = pdf_att("TAF minutes 24.02.2055 - Byrne.pdf", "TAF review - minutes", [
        "Date: 24/02/2055. Present: Sinead Moloney (FF), Westvale Primary, All Saints, school nurse. Mum did not attend.",
        "Attendance: Corey 79%, Tia 83%. Mum told Sinead on the phone she 'can't face meetings' since the old landlord",
        "business - 'he used to let himself in at night'. (Old address, 2053-54; no contact since.)",
        "Agreed: step up to be discussed with the team manager."])
    top = outlook_top(f, addr("Moloney, Sinéad", "Sinead.Moloney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Byrne - EHM-67719 - TAF Wed 10/03 1.30pm", when,
                      cc=addr("MASH Business Support", KBS), has_attach=True)
    add(f, word_mail(f, top, blocks, [form, toolkit, minutes]), "knowsley", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-67719"],
        [ch("Tia Byrne", "2043-10-05", "05/10/2043"), ch("Corey Byrne", "2046-02-14", "14/02/2046")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS: an illegal eviction and a landlord who 'used to let himself in at night' - both 2053-54, the "
        "landlord prosecuted, no contact since - and 'no current concerns about anyone harming Tia or Corey'. Complete "
        "Knowsley step-up for non-engagement: form, Engaging Families toolkit, TAF minutes, EHM-67719, TM agreed; "
        "children in a Word table. Notice: Wed 3 Mar -> Wed 10 Mar 13:30 = exactly 5 working days -> ok -> "
        "book_meeting. Consent not mentioned -> null.",
        meeting=date(2055, 3, 10), not_children=["Sinéad Moloney", "Paul Culshaw"],
        how="historic eviction and a landlord's night visits (2053-54), prosecuted, negated now")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2055-01-22 09:31:12"
    data = itip_reply(f, when, "Carl Mawdsley", "Carl.Mawdsley@" + KDOM, ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF meeting - EHM-66204 [SB-knowsley-6117]", "20550127T100000", "20550127T113000",
                      "Microsoft Teams Meeting",
                      comment="I'll bring the HHSRS inspection notes and the improvement notice timetable.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-66204"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (method=REPLY, PARTSTAT=ACCEPTED) from the environmental health officer for knowsley_01's "
        "step-up TAF; the case id is in the SUMMARY; the COMMENT is routine -> meeting_reply, record_reply.")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2055-03-02 11:52:30"
    ack = ack_text("step-up request", "SB-knowsley-6182",
                   ["Family: Maisie Mulhearn (DOB 19/07/2054), EHM-67032",
                    "Step up TAF meeting: Wednesday 10 March 2055, 10:00, Microsoft Teams"],
                   ["the Graded Care Profile 2 (GCP2), because the concerns include neglect"])
    body = T("""
Hi,

GCP2 attached as asked (completed with mum on 24/02/2055).

I need to tell you about this morning as well. I did a joint visit at 9.30 with Carl Mawdsley from environmental health about the rats - the landlord still hasn't paid for the treatment. Maisie was in her cot in the back bedroom. She has fresh bite marks on two fingers of her left hand and a small open bite on her cheek, and there were droppings in the cot. Carl says they are rat bites.

Mum (Shelby) smelt of drink and was slurring, and there were empty cider bottles by the sofa. We asked her to take Maisie to the walk-in centre now and offered to drive them; she refused and told us to get out. Maisie is still in the flat with mum and the rats are still in the back bedroom - Carl can't get pest control in before Thursday. Dad is working away until the weekend.

I've come back to the office and my manager said to put this in writing to you straight away. I'm at my desk on 0151 496 0633.

Janine

Janine Bostock
Family First Case Manager | Kirkby Team | Knowsley Council

""") + KDISC + quote_block("stepbot <knowsleymash@knowsley.gov.uk>", "25 February 2055 14:03",
                            "Bostock, Janine <Janine.Bostock@knowsley.gov.uk>",
                            "Step-up request received [SB-knowsley-6182]", ack)
    gcp2 = pdf_att("GCP2 - Mulhearn - 24.02.2055.pdf", "Graded Care Profile 2 - summary", [
        "Family: Mulhearn (EHM-67032). Completed with mum, 24/02/2055.",
        "Area 1 Physical care - nutrition 3; housing 5; clothing 3; hygiene 4.",
        "Area 2 Care of safety: 4. Area 3 Love and care: 3. Area 4 Stimulation: 3.",
        "Housing: rats in the back bedroom and kitchen; landlord notified by Environmental Health 03/02/2055."])
    top = outlook_top(f, addr("Bostock, Janine", "Janine.Bostock@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step-up request received [SB-knowsley-6182]", when, cc=addr("MASH Business Support", KBS),
                      reply_to_mid="<SB-knowsley-6182.ack@stepbot.knowsley.gov.uk>", has_attach=True)
    add(f, mail(f, top, body, [gcp2], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "urgent", "follow_up", True, None, ["EHM-67032"], [ch("Maisie Mulhearn", "2054-07-19", "19/07/2054")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a follow-up to [SB-knowsley-6182] that brings the missing GCP2: a 7-month-old with fresh rat "
        "bites on her fingers and cheek, left in the infested flat with a mother who is drunk and refused to take her "
        "for treatment this morning; pest control not until Thursday. Urgent on a follow_up -> alert_duty; a "
        "follow-up has no requirements and no notice. Child and DOB from the quoted acknowledgement. Concerns: "
        "untreated bites, infestation -> neglect; mum drunk -> substance_misuse. 'my manager said to put this in "
        "writing' is not a manager's agreement to a step-up -> null.",
        not_children=["Janine Bostock", "Carl Mawdsley"], how="plainly, as an addition to a follow-up")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2055-04-09 14:20:36"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt} h3{font-family:Calibri,sans-serif;font-size:12pt;color:#1F3864;margin:10px 0 2px 0}</style></head>
<body lang="EN-GB">
<p>Hi Family First duty,</p><p>&nbsp;</p>
<p>I'd like to step the Swift children down to Family First at <b>Level 3</b> when I close the Child in Need plan.</p>
<p>&nbsp;</p>
<p>Harvey Swift, DOB 21/04/2048<br>Lily-Mae Swift, DOB 02/12/2050<br>ICS ID 2051177</p>
<p>&nbsp;</p>
<p><b>Joint home visit:</b> Tuesday 20th April 2055 at 10.00am, at the family's home - 8 Cherryfield Drive, Kirkby, L32 9ZT. I know it's the Easter holidays next week; I've picked the Tuesday after Easter Monday so the case manager isn't asked to come in on a bank holiday.</p>
<p>&nbsp;</p>
<p>Mum signed the Family First consent form at the CIN review on 6 April.</p>
<h3>What are we worried about?</h3>
<p>Mum's depression comes back when things pile up; there are rent arrears of about &pound;640 from the old private tenancy which she is frightened of. Harvey's attendance is 88%%.</p>
<h3>What is working well?</h3>
<p>The family moved in January from a damp, overcrowded private flat (Lily-Mae's asthma was terrible there) to a Lyndale Homes house; the asthma nurse says Lily-Mae has not needed her reliever for six weeks. Mum takes her medication and sees her GP monthly. Both children are happy at Westvale Primary.</p>
<h3>What needs to happen?</h3>
<p>A Family First case manager to pick up the TAF; a payment plan for the old arrears with the citizens advice worker; Harvey's attendance plan with school; mum to keep her GP reviews.</p>
<p>&nbsp;</p>
<p>Thanks and have a good Easter,</p>
<p>Marcus</p><p>&nbsp;</p>
<p>Marcus Ebanks<br>Social Worker | Child in Need Team (Prescot) | Knowsley Council<br>0151 496 0460</p>
<p>&nbsp;</p>
<p style="font-size:8pt;color:#808080">%s</p>
</body></html>
""") % html.escape(KDISC.strip())
    top = outlook_top(f, addr("Ebanks, Marcus", "Marcus.Ebanks@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Swift - joint visit Tues 20th April", when)
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2051177"],
        [ch("Harvey Swift", "2048-04-21", "21/04/2048"), ch("Lily-Mae Swift", "2050-12-02", "02/12/2050")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "HTML-only Knowsley Level 3 step-down: joint home visit with date, time and address, all three headings, "
        "consent ('signed the Family First consent form') -> nothing missing. NOTICE ACROSS EASTER: from Fri 9 Apr "
        "2055 the visit on Tue 20 Apr is 7 plain weekdays but Good Friday (16 Apr) and Easter Monday (19 Apr) are "
        "bank holidays -> exactly 5 working days (12-15 and 20 Apr) -> ok -> book_meeting. 'ICS ID 2051177' -> "
        "'2051177'. Concerns: mum's depression -> parental_mental_health; 88% -> school_attendance (the damp flat is "
        "the past).",
        meeting=date(2055, 4, 20), not_children=["Marcus Ebanks"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2055-03-31 00:21:14"
    text = T("""
Hi all,

Sorry for the late email - I've only just finished writing up after the move and wanted this with you before the Easter rush.

I'm stepping the Heffernan children down to Family First at Level 3. ICS-2049902.

Kai Heffernan, DOB 06/08/2041
Ruby Heffernan, DOB 23/01/2044

Final CIN meeting: Tuesday 6th April, 2pm, Kirkby Family Hub, Room 2.

Dad has consented to Family First taking over.

Background, because you'll see it on ICS: on Monday 22nd March environmental health served an emergency prohibition order on the family's rented house in Westvale after the flood - the back wall was bowing and the electrics were found to be dangerous - so the house is condemned. The family went to a Travelodge that night and moved into a council flat in Kirkby on Friday 26th. Nobody was hurt. There are no child protection concerns and the CIN plan ends at the meeting.

What are we worried about?
Dad is a single parent and the move has knocked him. Kai has missed a lot of school since the flood (81%). Ruby does a lot at home because of dad's back (he is waiting for surgery) - the young carers assessment is done and she has a young carers worker.

What is working well?
Dad is honest and asks for help. The new flat is warm, dry and five minutes from school. Ruby loves the young carers group. Their aunt has them every Sunday.

What needs to happen?
A Family First case manager to lead a TAF; Kai's attendance plan with school; Ruby's young carers support to continue; help for dad with the new tenancy, furniture and the insurance claim.

Niamh

Niamh Cottier
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0728

Sent from my iPad
""") + "\n" + KDISC
    top = plain_top(f, addr("Niamh Cottier", "Niamh.Cottier@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Heffernan - final CIN Tues 6th April", when, KDOM, "iPad Mail (22A3354)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-2049902"],
        [ch("Kai Heffernan", "2041-08-06", "06/08/2041"), ch("Ruby Heffernan", "2044-01-23", "23/01/2044")],
        ["school_attendance", "young_carer"], True, None, [], False, "request_info",
        "NEAR MISS: 'emergency prohibition order', 'dangerous' electrics, a condemned house - but the family moved "
        "out safely, nobody was hurt, 'no child protection concerns'. Knowsley Level 3 step-down complete (date, time "
        "and venue, three headings, dad's consent). NOTICE DECIDED BY THE CLOCK: sent at 00:21 BST on Wed 31 March "
        "(Tue 30 March 23:21 UTC); today is the Europe/London date, 31 March -> Thu 1, Fri 2, Mon 5, Tue 6 April = 4 "
        "working days < 5 -> not ok -> request_info (a reader using the UTC date counts 5). Concerns: Kai's 81% -> "
        "school_attendance; Ruby -> young_carer.",
        meeting=date(2055, 4, 6), not_children=["Niamh Cottier"],
        how="a condemned house and an emergency prohibition order, the family already rehoused")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RDUTY = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2055-01-11 11:20:05"
    body = T("""
Dear MASH colleagues,

Following reflective discussion with Leanne Castle (Early Help Practitioner) on Friday, I have agreed that the Wilkes family should step up to Children's Services, and I am sending the request as Early Help Team Manager.

Children:
Daisy Wilkes, DOB 09/05/2049 - Mosaic ID 3207716
Sonny Wilkes, DOB 02/11/2053 - Mosaic ID 3207717

The latest case summary is attached. Mum (Kerry-Ann Wilkes) has been told about the step up and agrees to it.

Rationale for step up
The family rent a basement flat in Battersea from a private landlord through Crown & Anchor Lettings. Black mould has covered the children's bedroom wall and ceiling since October and the agent has ignored 14 repair requests. Sonny has been admitted to St George's three times since November with chest infections and wheeze, and the respiratory team have written to the GP about the mould. Mum's depression has worsened; she has stopped taking Sonny to his follow-up appointments (two missed) and Daisy has been late to school most days. Mum's partner smokes cannabis in the flat daily. We have offered a TAF since September, a referral to the Private Sector Housing team (now open) and a parenting worker, and things have got worse, not better: the children's health needs are not being met at home and we think a social work assessment is needed.

Kind regards,

Harriet Osei-Bonsu
Early Help Team Manager | Battersea & Nine Elms Locality | Wandsworth Children's Services
020 7946 0215

""") + RDISC
    summary = docx_att("Case summary - Wilkes - Mosaic 3207716.docx", [
        "# Early Help case summary - Wilkes", "Children: Daisy Wilkes (09/05/2049), Sonny Wilkes (02/11/2053).",
        "Lead practitioner: Leanne Castle, Early Help Practitioner. Open to Early Help since 05/09/2054.",
        "Housing: private basement flat, severe damp and mould in the children's room; Private Sector Housing "
        "inspection booked.",
        "Health: Sonny - three admissions with chest infections; two missed respiratory follow-ups.",
        "Parents: mum - depression, GP reviewing medication; partner - daily cannabis use.",
        "TAF: three meetings; actions mostly not completed by the family."])
    top = outlook_top(f, addr("Osei-Bonsu, Harriet", "Harriet.Osei-Bonsu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Wilkes - Mosaic 3207716 / 3207717", when,
                      cc=addr("Castle, Leanne", "Leanne.Castle@" + RDOM), has_attach=True)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3207716", "3207717"],
        [ch("Daisy Wilkes", "2049-05-09", "09/05/2049"), ch("Sonny Wilkes", "2053-11-02", "02/11/2053")],
        ["neglect", "parental_mental_health", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up (seed 000 'Process to Step Up'): sent by the Early Help Team Manager "
        "('I have agreed') with the case summary attached and the rationale under its own heading -> book_meeting. "
        "'Mosaic ID 3207716' -> bare numbers. Consent 'has been told about the step up and agrees to it' -> true. "
        "Concerns: unmet health needs in a mouldy flat, missed follow-ups -> neglect; mum's depression -> "
        "parental_mental_health; partner's daily cannabis -> substance_misuse.",
        not_children=["Kerry-Ann Wilkes", "Leanne Castle", "Harriet Osei-Bonsu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2055-01-25 15:34:48"
    body = T("""
Imogen / MASH,

Please take this as a step up today; I will ring the duty desk as soon as I have sent it.

Family: Precious Akintola-Reid (mum, 24) and her two boys:
Zion Akintola-Reid, DOB 02/03/2050
Malachi Akintola-Reid, DOB 15/11/2054 (10 weeks)
Mosaic 3229840. Open to Early Help (worker: Abi Fashola) since November.

What has happened today: the landlord of the room they rent in Twickenham changed the locks this morning while mum was at the baby clinic and put their things in bin bags in the front garden. Mum went to Housing Options at midday and has been told nothing can be offered before tomorrow. At 2.50pm she phoned Abi to say she is taking both boys to stay tonight with Malachi's father, Jermaine Reid, at his flat in Hounslow, because she has nowhere else. She is going there at 6pm.

Jermaine Reid was convicted in 2053 of grievous bodily harm to Zion (a broken arm and four fractured ribs when Zion was 14 months old) and the child arrangements order made in 2054 says he is to have no unsupervised contact with either child. Mum says "he's changed" and that she will be there the whole time.

The latest case summary is attached.

Rationale for step up
This family was stepped down to us last year on the basis that mum would keep the boys away from Mr Reid. Tonight she plans to take a 10-week-old and a 4-year-old to sleep at his flat. Early Help cannot keep them safe from that; it needs Children's Services today. I have agreed this step up as Team Manager. I have not been able to speak to mum about the step up itself - she is not answering Abi now.

Declan Forde
Early Help Team Manager | Richmond (Twickenham & Teddington) | Achieving for Children
020 7946 0388 | 07700 900 905

""") + RDISC
    summary = docx_att("Case summary - Akintola-Reid.docx", [
        "# Early Help case summary - Akintola-Reid", "Zion Akintola-Reid (02/03/2050); Malachi Akintola-Reid (15/11/2054).",
        "Stepped down from the Children in Need service in May 2054 after the child arrangements order.",
        "Jermaine Reid: convicted 2053 (GBH, Zion); no unsupervised contact under the 2054 order.",
        "Housing: a single room in a shared house in Twickenham, let by a private landlord without a written tenancy; "
        "rent arrears since December.", "Early Help plan: housing advice, baby clinic, nursery place for Zion."])
    top = plain_top(f, addr("Forde, Declan", "Declan.Forde@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Akintola-Reid - Mosaic 3229840 - tonight", when, RDOM, "Microsoft Outlook 16.0",
                    cc=addr("Fashola, Abi", "Abi.Fashola@" + RDOM))
    add(f, mail(f, top, body, [summary]), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3229840"],
        [ch("Zion Akintola-Reid", "2050-03-02", "02/03/2050"), ch("Malachi Akintola-Reid", "2054-11-15", "15/11/2054")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1, told plainly in a step-up: an illegal eviction this morning, and tonight at 6pm mum takes a "
        "10-week-old and a 4-year-old to sleep at the flat of the father convicted of breaking the older boy's arm "
        "and ribs, who may have no unsupervised contact. The request itself is complete for Richmond & Wandsworth "
        "(case summary attached, rationale under its heading, sent by the TM who agrees) -> missing [] -> "
        "alert_duty. Consent not discussed -> null (not required for this step-up). Mum (24) is an adult.",
        not_children=["Precious Akintola-Reid", "Jermaine Reid", "Abi Fashola", "Declan Forde"],
        how="plainly: the eviction, the convicted father and tonight's 6pm move")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2055-01-14 08:02:00"
    text = T("""
HOUSING & HEALTH BULLETIN - January 2055
Private Sector Housing and Public Health, for partners in Richmond and Wandsworth

1. Awaab's Law - two years on
Social landlords must now investigate damp and mould hazards within 10 working days and deal with emergency hazards within 24 hours. Private landlords come under the same duties from April. If a family tells you their landlord is ignoring mould, please refer to Private Sector Housing using the online form.

2. Case study for discussion (anonymised; 2053; fictionalised details)
A two-year-old in a privately rented flat was admitted to hospital with a severe respiratory illness after months of exposure to mould. Health visitors had recorded the mould at four visits. What could each agency have done sooner? Which risks were visible to whom? We will discuss this case at the February briefing. This is an example for learning only and is not a referral about any family.

3. Carbon monoxide - winter reminder
Faulty boilers and blocked flues are dangerous. Signs include headaches that ease outside the home. In an emergency, leave the property and call the National Gas Emergency line, then 999 if anyone is unwell.

4. Training dates
Damp, mould and children's health: 10 February, 09:30-12:30, Wandsworth Town Hall (book via the learning hub).
Hoarding and self-neglect: 3 March, 13:00-16:00, online.

You are receiving this bulletin because you are on the partners' mailing list.
Unsubscribe: https://lists.example.gov.uk/psh-bulletin/unsubscribe
""")
    hb = "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">" + "".join(
        "<h3>%s</h3>" % html.escape(p.split("\n", 1)[0]) + "<p>%s</p>" % html.escape(p.split("\n", 1)[1]).replace("\n", "<br>")
        if "\n" in p else "<p>%s</p>" % html.escape(p) for p in text.strip().split("\n\n")) + "</body></html>\n"
    top = [("From", addr("Private Sector Housing Bulletin", "psh-bulletin@lists.example.gov.uk")),
           ("To", addr("Early Help Duty", RDUTY)), ("Subject", "Housing & Health Bulletin - January 2055"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.example.gov.uk")),
           ("List-Id", "Private Sector Housing partners <psh-bulletin.lists.example.gov.uk>"),
           ("List-Unsubscribe", "<https://lists.example.gov.uk/psh-bulletin/unsubscribe>"),
           ("Precedence", "bulk")]
    root = multipart("alternative", [text_part(text), text_part(hb, "html")], bnd(f, 1))
    add(f, build(top, root), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partners' bulletin (List-Id, List-Unsubscribe, Precedence: bulk) with 'emergency', 'risks', "
        "'dangerous' and an anonymised 2053 case study 'for learning only ... not a referral' - no child, nothing "
        "happening now -> other, human_review (DESIGN: bulletins that list examples must not trigger rule 1).",
        how="a bulletin: Awaab's Law, an anonymised 2053 case study, CO advice")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2055-02-16 16:45:22"
    text = T("""
Hi Early Help duty,

Confirming the step down for Jayden Frimpong (DOB 28/07/2045), Mosaic ID 3190021. I spoke to Jasper this afternoon and we've agreed the case discussion for Friday 19th at 2pm on Teams.

Latest case summary and the draft Early Help plan are attached.

Quick background: Jayden and mum spent 14 months in one room in a hostel in Tooting (shared kitchen, mice, no space for homework) and were rehoused by the council into a two-bed flat in Roehampton on 2 February. The s47 last summer was about the hostel manager, not mum, and closed NFA. The CIN plan has done what it needed to.

What we're still worried about: mum's anxiety (she's under the GP and on the Talking Therapies list) and Jayden's attendance, 86% this year with a lot of late marks from the long journey from the hostel.

I haven't asked mum about Early Help yet - I'll ask her at Thursday's visit and let you know.

Thanks,
Anouska

Anouska Brereton
Social Worker | Family Support & Child Protection (Wandsworth) 
Sent from my iPhone
""")
    summary = pdf_att("Case summary - J Frimpong - Feb 2055.pdf", "Case summary - Jayden Frimpong", [
        "Mosaic ID 3190021. DOB 28/07/2045. Allocated SW: Anouska Brereton.",
        "Household: mother (Abena Frimpong) and Jayden. Rehoused 02/02/2055 from temporary accommodation.",
        "CIN plan since 09/2054. Progress: housing resolved; school attendance improving; mum engaging with GP."])
    plan = docx_att("Draft EH plan - Frimpong.docx", [
        "# Draft Early Help plan", "Child: Jayden Frimpong", "1. Attendance: school family worker to meet mum fortnightly.",
        "2. Mum's anxiety: keep Talking Therapies referral; GP review in March.",
        "3. Settling in: furniture grant, homework club at Roehampton library."])
    top = plain_top(f, addr("Brereton, Anouska", "Anouska.Brereton@" + RDOM), addr("Early Help Duty", RDUTY),
                    "Step down - Jayden Frimpong - Mosaic 3190021", when, RDOM, "iPhone Mail (22D72)")
    add(f, iphone_mail(f, top, text, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3190021"], [ch("Jayden Frimpong", "2045-07-28", "28/07/2045")],
        ["parental_mental_health", "school_attendance"], None, None, ["consent"], None, "request_info",
        "iPhone (format=flowed, quoted-printable) Richmond & Wandsworth step-down with the case summary (PDF) and "
        "draft plan (.docx), the case discussion agreed with the Early Help manager for Fri 19 Feb (within 5 days), "
        "but consent still to be asked ('I'll ask her at Thursday's visit') -> consent null -> missing consent -> "
        "request_info. The closed s47 about the hostel manager and the mice are the past. Concerns: mum's anxiety, "
        "86% attendance.",
        not_children=["Anouska Brereton", "Abena Frimpong"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2055-03-04 12:07:58"
    fwd = T("""
Dear Sir/Madam,

I attended Flat 3, 41 Abbotswell Road at 10.30 this morning for a pre-arranged mid-tenancy inspection with my colleague Ellie Vance. There was no answer, so under the notice we had served we let ourselves in with the management key.

We found two young children on their own in the flat. A girl told us she is four and her name is Ruby Kelleher. There is a little boy in a cot who we think is under two - the tenancy lists him as Finn Kelleher. The flat is very cold: the boiler is off because the prepayment gas meter has no credit, and there is ice on the inside of the bedroom window. The boy's nappy was soaked through and his bedding was wet. The only thing in the fridge is a bottle of milk that has gone off. Ruby said "Mummy went out when it was dark."

The tenant, Ms Shannon Kelleher, is not answering her phone. The tenant at Flat 2 says she heard the front door go at about 9pm last night and has heard nobody since.

We are still in the flat with the children now and will stay until someone comes, but we need to be told what to do. I have tried your main switchboard and been on hold for 20 minutes.

Callum Rees
Property Manager | Kingsgate Residential Lettings
020 7946 0733 | mobile 07700 900 271
""")
    body = T("""
Hi,

This came into the housing repairs inbox at 11.58 - I think it's for you rather than us. Sorry if it's the wrong inbox; I couldn't see another one for children.

Shabnam

Shabnam Qureshi
Housing Repairs Co-ordinator | Housing Services | Wandsworth Council
020 7946 0566
""") + quote_block("Callum Rees <callum.rees@kingsgate-lettings.example.co.uk>", "04 March 2055 11:52",
                    "Housing Repairs <housing.repairs@richmondandwandsworth.gov.uk>",
                    "Flat 3, 41 Abbotswell Road - children on their own", fwd) + "\n" + RDISC
    top = outlook_top(f, addr("Qureshi, Shabnam", "Shabnam.Qureshi@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Flat 3, 41 Abbotswell Road - children on their own", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Ruby Kelleher"), ch("Finn Kelleher")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED part: a housing repairs co-ordinator's one-line 'I think it's for you' over a "
        "letting agent's report from a mid-tenancy inspection - a 4-year-old and a baby under two alone in a freezing "
        "flat since about 9pm last night, soaked nappy, no food; the agents are still there. Not a step request -> "
        "other. Children named in the forwarded text (no DOBs). Concerns: neglect.",
        not_children=["Shannon Kelleher", "Callum Rees", "Ellie Vance", "Shabnam Qureshi"],
        how="in a forwarded part, a letting agent's inspection")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2055-03-10 09:20:44"
    ack = ack_text("step-down request", "SB-richmond_wandsworth-3310",
                   ["Children: Poppy Marchant (12/12/2047), Archie Marchant (03/05/2050)", "Mosaic ID 3255098",
                    "Case discussion: Friday 12 March 2055, 10:00 (as agreed with the Early Help duty manager)"],
                   ["the draft plan for Early Help"])
    body = T("""
Hi,

Draft plan attached - sorry for the delay.

An update for Friday's discussion, so nobody is alarmed by what's on Mosaic: on Saturday night the family's landlord came to the house drunk about the rent, kicked the front door in and threatened mum. The neighbours called the police, he was arrested at the scene and charged on Sunday, and he is on bail not to come within 100 metres of the address. The council's tenancy relations officer has had the door and locks replaced and is taking harassment proceedings against him. Poppy and Archie were at their dad's for the weekend and saw none of it. There are no concerns about the children's safety - mum says she feels safer now than she has for months, and the plan stands.

Olu

Olu Adebayo-Hart
Social Worker | Children in Need (Richmond) | Achieving for Children

On 08/03/2055 16:12, stepbot wrote:
""") + quoted(ack)
    plan = docx_att("Draft EH plan - Marchant.docx", [
        "# Draft plan for Early Help - Marchant", "Poppy Marchant and Archie Marchant",
        "1. Poppy's anxiety about school: school counsellor weekly.", "2. Mum: debt advice, rent arrears plan.",
        "3. Dad's weekend contact continues as agreed."])
    top = plain_top(f, addr("Olu Adebayo-Hart", "Olu.Adebayo-Hart@" + RDOM), addr("Early Help Duty", RDUTY),
                    "Re: Step-down request received [SB-richmond_wandsworth-3310]", when, RDOM,
                    "Mozilla Thunderbird 128.4", extra=[("In-Reply-To", "<SB-richmond_wandsworth-3310.ack@stepbot>")])
    add(f, build(top, multipart("mixed", [text_part(body, cte="7bit", params="; format=flowed"), plan], bnd(f, 1)),
                 crlf=False), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["3255098"],
        [ch("Poppy Marchant", "2047-12-12", "12/12/2047"), ch("Archie Marchant", "2050-05-03", "03/05/2050")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS on a '>'-quoted follow-up to [SB-richmond_wandsworth-3310] that brings the missing draft plan: a "
        "drunk landlord kicked the door in on Saturday - arrested at the scene, charged, on bail away from the "
        "address, locks replaced, the children away at their dad's and 'no concerns about the children's safety'. "
        "-> follow_up, attach_to_request. Children, DOBs and the Mosaic id from the quoted acknowledgement. Concerns "
        "[]: a landlord's harassment, already handled, is none of the contract's household concerns.",
        not_children=["Olu Adebayo-Hart"], how="already handled: the landlord arrested and on bail")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2055-03-29 10:03:11"
    body = T("""
Thank you for your email. I am on annual leave until Tuesday 6 April and will not be checking my emails.

For emergency repairs (no heating, no hot water, a gas or water leak) please call the 24-hour repairs line on 020 7946 0100.
For urgent tenancy matters please contact the Tenancy Sustainment duty officer on 020 7946 0101.

Gareth Pym
Tenancy Sustainment Officer | Housing Services | Wandsworth Council
""")
    top = outlook_top(f, addr("Pym, Gareth", "Gareth.Pym@" + RDOM), addr("Early Help Duty", RDUTY),
                      "Automatic reply: Step-down case discussion - invitation [SB-richmond_wandsworth-3342]", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body)), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) from a tenancy sustainment "
        "officer invited to a step-down discussion; its 'emergency repairs' / 'urgent tenancy matters' lines are "
        "boilerplate -> auto_reply, ignore (safety rule 2). First +0100 Monday of BST.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2055-04-06 08:47:26"
    note = ("Sorry, I can't do 2pm - I'm at the flat now with mum (got here at 8). Dean came back last night and hit "
            "her: she has a split lip and her left eye is swollen shut. Tyler and Ava saw it and Tyler tried to pull "
            "him off her. Dean took her phone and keys and told her he'll be back at 7 tonight to 'finish it'. She "
            "won't go to her sister's because the landlord has told her that if she leaves the flat empty he'll "
            "take it back. I'm staying until 4. Please can someone from MASH ring me on 07700 900 644.")
    data = google_reply(f, when, "Ngozi Eze", "ngozi.eze@thamesfamilysupport.example.org",
                        ("MASH Step Up", RSU), "DECLINED",
                        "Step-up case discussion - Tyler Okoro and Ava Okoro - Mosaic 3381204",
                        "20550406T130000Z", "20550406T140000Z", "Microsoft Teams Meeting",
                        "Tue 6 Apr 2055 14:00 - 15:00 (BST)", note=note)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["3381204"], [ch("Tyler Okoro"), ch("Ava Okoro")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's COMMENT (Google Calendar REPLY, PARTSTAT=DECLINED, plus invite.ics): the "
        "Early Help worker declines the step-up discussion because she is at the flat - mum beaten last night in "
        "front of the children, her phone and keys taken, and the man coming back at 7 tonight to 'finish it'; the "
        "landlord's threat keeps her there. -> meeting_reply, urgent, alert_duty. Children and Mosaic id from the "
        "SUMMARY; no DOBs. Concerns: domestic_abuse.",
        not_children=["Ngozi Eze"], how="in a declined calendar reply's COMMENT")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2055-01-13 14:25:17"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support form to step the Uddin family up from Early Help to Children's Social Care.

Arif Uddin - DOB 19/08/2044 - Mosaic 3401187
Nabila Uddin - DOB 30/01/2047 - Mosaic 3401188
Sumaiya Uddin - DOB 11/06/2052 - Mosaic 3401189

The family (parents, five children and paternal grandmother - eight people) live in a two-bedroom council flat in Poplar. They have been on the housing register in Band 2 for four years. The overcrowding is the background, not the reason for this request: the reason is that the children's basic care has slipped badly since mum's depression returned in the autumn and dad started working nights. The children come to school unwashed and with head lice, Nabila has had two teeth taken out under general anaesthetic for decay, Sumaiya has missed all her pre-school immunisations, and Arif's attendance is 81% with most absences on Mondays, when he is kept home to mind Sumaiya. We have had a TAF since June (school, health visitor, the housing officer and the family hub) and the plan has not made a difference.

Mum and dad agree to the referral; I discussed it with them together at the home visit on 11 January.

My team manager, Farzana Chowdhury, has agreed the step up and is copied in.

Kind regards,
Shahida Khanom
Early Help Practitioner | Early Help Hub (Poplar & Bow) | Tower Hamlets Council
020 7946 0830

""") + TDISC
    marf = pdf_att("MARF - Uddin family - Jan 2055.pdf", "Multi-Agency Request for Support (MARF)", [
        "Referrer: Shahida Khanom, Early Help Practitioner. Manager: Farzana Chowdhury (agreed 12/01/2055).",
        "Children: Arif Uddin (19/08/2044), Nabila Uddin (30/01/2047), Sumaiya Uddin (11/06/2052), and two older siblings.",
        "Parents' consent to this request: YES (11/01/2055).",
        "Concerns: neglect of basic care (hygiene, dental, immunisations); mother's depression; Arif's attendance 81%.",
        "Housing: 8 people in a 2-bed flat, Band 2 on the housing register; housing officer on the TAF.",
        "Early Help since 06/2054: TAF plan reviewed 4 times; little progress."])
    top = plain_top(f, addr("Khanom, Shahida", "Shahida.Khanom@" + TDOM), addr("MAST", TMAST),
                    "MARF / step up - Uddin family - Mosaic 3401187", when, TDOM, "Microsoft Outlook 16.0",
                    cc=addr("Chowdhury, Farzana", "Farzana.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3401187", "3401188", "3401189"],
        [ch("Arif Uddin", "2044-08-19", "19/08/2044"), ch("Nabila Uddin", "2047-01-30", "30/01/2047"),
         ch("Sumaiya Uddin", "2052-06-11", "11/06/2052")],
        ["neglect", "parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: the Multi-Agency Request for Support form attached (PDF) and the "
        "manager's agreement stated (and she is copied) -> book_meeting. Overcrowding is named as background. "
        "Consent 'Mum and dad agree to the referral' -> true. Concerns: basic care, dental decay, immunisations -> "
        "neglect; mum's depression -> parental_mental_health; 81% -> school_attendance.",
        not_children=["Shahida Khanom", "Farzana Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2055-01-28 16:40:09"
    body = T("""
Hi Early Help Hub,

I'm stepping the Hossain children down from Child in Need to a Team Around the Family. The Child and Family Assessment concluded on 22/01/2055 and recommends Early Help.

Rayan Hossain - DOB 14/02/2049
Mehreen Hossain - DOB 03/09/2051
Ayat Hossain - DOB 27/10/2054
Mosaic 3412250

Attached: the C&F assessment and the draft TAF plan. Mum (Ms Nasrin Hossain) signed her consent to Early Help on 26/01/2055.

Lead practitioner: Shirin Akhter, Tenancy Sustainment Officer, Limehouse Homes - she has known mum for three years and mum asked for her. Shirin's number is 020 7946 0677.

I will chair the TAF meeting on Thursday 4 February at 10am at the Limehouse Homes office on Commercial Road.

Summary of why we're stepping down: mum separated from Kamal Hossain in October after the incident in the kitchen; a non-molestation order was made in November and he has kept to it. Mum's low mood after Ayat's birth has lifted with the perinatal team. The damp in the flat is being dealt with by Limehouse Homes (surveyor booked).

Thanks,
Oliver

Oliver Tremlett
Social Worker | Child in Need Team 2 | Tower Hamlets Council
020 7946 0519

PS - 4.35pm, just as I was sending this. Shirin has rung me from outside the flat: she went round with the surveyor for the damp inspection and Kamal is inside - the order says he can't come within 100 metres. He has been drinking. He has Ayat and won't give her back to mum, and mum has locked herself in the bathroom with Rayan and Mehreen. Shirin could hear the baby screaming through the door. She has called the police and is waiting outside; they hadn't arrived when she rang me. I'm driving over now but I'm 40 minutes away.

""") + TDISC
    cfa = pdf_att("C&F Assessment - Hossain - concluded 22.01.2055.pdf", "Child and Family Assessment - Hossain", [
        "Children: Rayan (14/02/2049), Mehreen (03/09/2051), Ayat (27/10/2054). Mosaic 3412250.",
        "Assessment started 05/12/2054; concluded 22/01/2055. Outcome: step down to Early Help (TAF).",
        "Domestic abuse: father (Kamal Hossain) left the home 10/2054; non-molestation order 11/2054, complied with.",
        "Mother: perinatal mental health team since 11/2054; mood improving.",
        "Housing: Limehouse Homes flat, damp in the children's room; surveyor visit booked.",
        "Analysis: needs can be met by a coordinated Early Help plan with the housing association as lead."])
    plan = docx_att("Draft TAF plan - Hossain.docx", [
        "# Draft TAF plan - Hossain", "Lead practitioner: Shirin Akhter (Limehouse Homes)",
        "1. Mum's wellbeing: perinatal team until April; then GP.",
        "2. Damp: surveyor visit, repairs schedule, dehumidifier.",
        "3. Rayan: school nurse and learning mentor.", "4. Order: mum to report any contact from Mr Hossain."])
    top = outlook_top(f, addr("Tremlett, Oliver", "Oliver.Tremlett@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Hossain - Mosaic 3412250", when, has_attach=True)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["3412250"],
        [ch("Rayan Hossain", "2049-02-14", "14/02/2049"), ch("Mehreen Hossain", "2051-09-03", "03/09/2051"),
         ch("Ayat Hossain", "2054-10-27", "27/10/2054")],
        ["domestic_abuse", "parental_mental_health", "substance_misuse"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS under a complete Tower Hamlets step-down (C&F assessment, draft TAF plan, signed "
        "consent, lead practitioner with agency - a housing association's tenancy sustainment officer): the father "
        "under a non-molestation order is in the flat now, drunk, holding the 3-month-old, mum locked in the "
        "bathroom with the other two; police called but not there. -> urgent, alert_duty, missing []. Concerns: "
        "domestic_abuse (order, today), substance_misuse (drinking now), parental_mental_health (the step-down's "
        "worry). Manager not mentioned -> null.",
        not_children=["Nasrin Hossain", "Kamal Hossain", "Shirin Akhter", "Oliver Tremlett"], how="in a PS")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2055-02-09 11:15:40"
    text = T("""
Hello Early Help Hub,

This isn't about any particular family - our team is rewriting our procedure for lock changes (abandonment, unlawful occupation and evictions after a possession order), and I'd like Early Help's advice before it goes to our board.

Hypothetically:
- If our officer or a bailiff changes the locks and finds a child on their own inside, what do we do? Is that an emergency call to the police, or to MAST? Should we stay with the child?
- If we find a baby in a flat with no heating and the parent says they are fine, at what point is that a risk we should report?
- If we find severe overcrowding, what's the threshold for an Early Help referral, and do we need the family's consent?

Could someone from Early Help come to our team meeting on Wednesday 3 March (10am, Stepney Green Homes, Ben Jonson Road) to talk it through? Twenty minutes would be plenty.

Thanks,
Duncan

Duncan Fairweather
Income & Tenancy Manager | Stepney Green Homes
020 7946 0242
""")
    hb = ("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in text.split("\n"))
          + "</div>\n")
    top = gmail_top(f, addr("Duncan Fairweather", "d.fairweather@stepneygreenhomes.example.org.uk"),
                    addr("Early Help Hub", THUB), "Question - children found at a lock change (procedure)", when)
    add(f, gmail_mail(f, top, text, hb), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a housing association manager's HYPOTHETICAL questions for a lock-change procedure ('not about "
        "any particular family'; a child alone, a baby with no heating, 'emergency', 'risk') and a request for a "
        "speaker -> other, human_review; no child, no concern.",
        not_children=["Duncan Fairweather"], how="hypothetical questions for a housing procedure")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2055-02-22 10:30:51"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Step down from CIN to Early Help for the child below. The Child and Family Assessment concluded on 18/02/2055 and is attached.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th align="left">Name</th><th align="left">DOB</th><th align="left">Mosaic</th><th align="left">School</th></tr>
<tr><td>Zainab Ali</td><td>05/05/2046</td><td>3420086</td><td>Chrisp Street Primary</td></tr>
</table>
<p>&nbsp;</p>
<p><b>Consent:</b> Mum (Ms Fatima Ali) gave her consent to Early Help on 19/02/2055.</p>
<p><b>TAF plan:</b> will follow - I want to write it with mum and school at the TAF.</p>
<p><b>Lead practitioner:</b> to be confirmed. I've asked the school's family support worker and am waiting to hear.</p>
<p><b>Summary:</b> Zainab's asthma was made much worse by the mould in their old private flat (two admissions in the autumn). The family were rehoused by the council in January and she has had no admissions since. Remaining worries: mum's anxiety (she is seeing her GP) and Zainab's attendance, 88%% this year.</p>
<p>Kind regards,<br>Chidi</p>
<p>Chidi Okonkwo-Hale<br>Social Worker | Child in Need Team 1 | Tower Hamlets Council<br>020 7946 0561</p>
<p style="font-size:8pt;color:#7F7F7F">%s</p>
</body></html>
""") % html.escape(TDISC.strip())
    cfa = pdf_att("CFA - Zainab Ali - 18.02.2055.pdf", "Child and Family Assessment - Zainab Ali", [
        "DOB 05/05/2046. Mosaic 3420086. Concluded 18/02/2055.",
        "Outcome: step down to Early Help; no further statutory involvement needed.",
        "Health: asthma, improved since the move from the damp flat (01/2055).",
        "Mother: anxiety, GP treatment. School: attendance 88%."])
    top = outlook_top(f, addr("Okonkwo-Hale, Chidi", "Chidi.Okonkwo-Hale@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Zainab Ali - Mosaic 3420086", when, has_attach=True)
    add(f, html_only(f, top, h, [cfa]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3420086"], [ch("Zainab Ali", "2046-05-05", "05/05/2046")],
        ["parental_mental_health", "school_attendance"], True, None, ["draft_plan", "lead_practitioner"], None,
        "request_info",
        "HTML-only Tower Hamlets step-down with the child in an HTML table: C&F assessment attached, consent given, "
        "but the TAF plan 'will follow' and the lead practitioner is 'to be confirmed' -> missing draft_plan and "
        "lead_practitioner -> request_info. The mould is the old flat's. Concerns: mum's anxiety, 88% attendance.",
        not_children=["Fatima Ali", "Chidi Okonkwo-Hale"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2055-03-17 15:55:33"
    body = T("""
Hi,

Please see attached my notes from this afternoon's visit to Flat 12, Dellow House, Cable Street (private rented; complaint about damp and no heating made by the tenant's sister). I've copied you in because of the occupants - see the first section of the notes.

I'm back at my desk from 4.30 on 020 7946 0795.

Rhys

Rhys Pritchard
Environmental Health Officer | Private Sector Housing | Tower Hamlets Council

""") + TDISC
    notes = pdf_att("Inspection notes - Flat 12 Dellow House - 17.03.2055.pdf",
                    "Housing Act 2004 inspection - visit notes", [
        "Address: Flat 12, Dellow House, Cable Street, London E1. Visit: 17/03/2055, 14:35-15:20. Officer: R Pritchard.",
        "Service request: SR/PSH/55/0219 (complaint by the tenant's sister, Ms Shapla Begum).",
        "",
        "1. Occupants",
        "Mr Shahed Miah (tenant); Ms Runa Begum (partner); infant Ibrahim Miah, born 31/01/2055 (6 weeks).",
        "The infant was in a cot in the rear bedroom under a damp blanket. He was breathing very fast with a rattling",
        "chest, the skin was pulling in under his ribs with each breath, and his lips were blue-grey. Ms Begum said he",
        "has been 'breathing funny' for two days and has not fed since last night. I asked her to ring 111 or take him",
        "to the Royal London now and offered to call a taxi. She said Mr Miah does not allow her to take the baby out",
        "or to see doctors, and that he keeps her phone. Mr Miah came back at 15:10, told me to leave, and said 'my son",
        "is fine, no doctors'. I left at 15:20. The infant is still in the flat.",
        "",
        "2. Observations",
        "Rear bedroom: black mould over most of the external wall and ceiling, behind and above the cot; window frame",
        "rotten; condensation running down the glass. No working heating: the boiler was capped by a Gas Safe engineer",
        "on 02/03/2055 and has not been replaced. Hot water: none. Portable heater in the living room only.",
        "",
        "3. Hazards (HHSRS, provisional)",
        "Damp and mould growth - Category 1 (band A). Excess cold - Category 1 (band B).",
        "",
        "4. Next steps (housing)",
        "Landlord to be contacted today; improvement notice to follow; consider works in default."])
    top = outlook_top(f, addr("Pritchard, Rhys", "Rhys.Pritchard@" + TDOM), addr("MAST", TMAST),
                      "Visit notes - Flat 12 Dellow House, Cable Street - 17/03", when,
                      cc=addr("Early Help Hub", THUB), has_attach=True)
    add(f, mail(f, top, body, [notes]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ibrahim Miah", "2055-01-31", "31/01/2055")],
        ["domestic_abuse", "neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 IN AN ATTACHMENT: the body only says 'see the first section of the notes'; the environmental "
        "health officer's PDF records a 6-week-old in a mould-covered room breathing fast with blue-grey lips, not fed "
        "since last night, and a father who forbids doctors, keeps the mother's phone and sent the officer away; the "
        "baby is still there. -> other, urgent, alert_duty. The service request SR/PSH/55/0219 is not a case id. "
        "Concerns: medical care withheld -> neglect; the father's control of the mother (phone, not allowed out) -> "
        "domestic_abuse.",
        not_children=["Shahed Miah", "Runa Begum", "Rhys Pritchard", "Shapla Begum"],
        how="clinically, only in the attached inspection notes")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2055-02-25 09:12:03"
    data = itip_reply(f, when, "Joanne Pike", "j.pike@chrispstreet.example.sch.uk", ("Early Help Hub", THUB),
                      "TENTATIVE", "TAF meeting - Mosaic 3397741 [SB-tower_hamlets-2207]", "20550303T100000",
                      "20550303T113000", "Chrisp Street Primary - family room",
                      comment="I may be at a housing panel with another family that morning - I'll confirm by Monday.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3397741"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a routine COMMENT, for a TAF meeting on Wed 3 March; the Mosaic "
        "number is in the SUMMARY -> meeting_reply, record_reply.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2055-03-12 13:02:29"
    body = T("""
Dear MAST,

Step up request for Leo Baptiste (DOB 12/03/2043) and Ines Baptiste (DOB 08/09/2048), Mosaic 3388402. The MARF is attached.

My manager, Farzana Chowdhury, agreed the step up at supervision yesterday. Dad (Mr Rui Baptiste, sole carer) knows about the referral and has agreed to it.

Why: since September the children have regularly been without food at home (school gives Ines breakfast and a food parcel on Fridays), the flat is very dirty, Ines has had untreated head lice and a skin infection for weeks, and dad has missed five of the last seven appointments with us and with the GP. We have tried morning visits, a family support worker and a change of worker.

You will see in the MARF the gas engineer's report from 15 February, which classed the boiler as IMMEDIATELY DANGEROUS (a cracked flue was letting carbon monoxide into the kitchen) and has a box headed "Risk". For clarity: the engineer disconnected and capped it that day, dad and both children were checked at the Royal London that evening and were fine, the landlord fitted a new boiler on 19 February, and there are now working CO alarms in the kitchen and hall. That is resolved and is not the reason for the step up.

Thanks,
Josh

Josh Albright
Early Help Practitioner | Early Help Hub (Stepney & Wapping) | Tower Hamlets Council
020 7946 0744

""") + TDISC
    marf = docx_att("MARF - Baptiste - March 2055.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Children: Leo Baptiste 12/03/2043; Ines Baptiste 08/09/2048. Mosaic 3388402.",
        "Referrer: Josh Albright (Early Help). Manager agreement: Farzana Chowdhury, 11/03/2055.",
        "Parent aware and consents: Yes (Mr Rui Baptiste, 10/03/2055).",
        "Is there an immediate risk to the child? No.",
        "Concerns: neglect - food, hygiene, untreated health needs; father not engaging with Early Help or the GP.",
        "Attached information - gas engineer's report 15/02/2055: Classification: IMMEDIATELY DANGEROUS. "
        "Risk: carbon monoxide from a cracked flue. Action: appliance disconnected, warning notice issued. "
        "Landlord replaced the boiler 19/02/2055; CO alarms fitted."])
    top = outlook_top(f, addr("Albright, Josh", "Josh.Albright@" + TDOM), addr("MAST", TMAST),
                      "Step up / MARF - Baptiste - Mosaic 3388402", when, has_attach=True)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["3388402"],
        [ch("Leo Baptiste", "2043-03-12", "12/03/2043"), ch("Ines Baptiste", "2048-09-08", "08/09/2048")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "NEAR MISS: a gas engineer's 'IMMEDIATELY DANGEROUS' classification and a 'Risk: carbon monoxide' box - the "
        "boiler capped the same day, the family checked and fine, a new boiler and CO alarms since; the MARF answers "
        "'Is there an immediate risk to the child? No.' Complete MAST step-up (MARF .docx, manager agreed) -> "
        "book_meeting. Consent 'has agreed to it' -> true. Concerns: food, hygiene, untreated health -> neglect; "
        "missed appointments -> non_engagement.",
        not_children=["Rui Baptiste", "Josh Albright", "Farzana Chowdhury"],
        how="a gas engineer's 'IMMEDIATELY DANGEROUS' report, resolved a month ago")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2055-04-01 10:48:15"
    ack = ack_text("step-down request", "SB-tower_hamlets-2231",
                   ["Child: Zainab Ali (05/05/2046), Mosaic 3420086"],
                   ["the draft TAF plan", "the name and agency of the identified Lead Practitioner"])
    body = T("""
Hi,

Draft TAF plan attached. The lead practitioner is Joanne Pike, Family Support Worker at Chrisp Street Primary - she agreed yesterday.

Just so you're aware before the TAF: last Tuesday night the CO alarm in the new flat went off. The gas engineer found a blocked flue on the old boiler, capped it, and the landlord fixed it the next morning. Zainab and mum were checked at A&E and sent home the same night - no harm done, and the alarm did its job.

Chidi

On Mon, 22 Feb 2055 at 10:34, stepbot <EarlyHelpHub@towerhamlets.gov.uk> wrote:
""") + quoted(ack)
    plan = docx_att("TAF plan (draft) - Zainab Ali.docx", [
        "# TAF plan (draft) - Zainab Ali", "Lead practitioner: Joanne Pike, Family Support Worker, Chrisp Street Primary",
        "1. Attendance: weekly check-in with Joanne; target 95% by July.", "2. Asthma: school nurse care plan.",
        "3. Mum's anxiety: GP; parents' group at the children's centre."])
    top = gmail_top(f, addr("Chidi Okonkwo-Hale", "Chidi.Okonkwo-Hale@" + TDOM), addr("Early Help Hub", THUB),
                    "Re: Step-down request received [SB-tower_hamlets-2231]", when,
                    extra=[("In-Reply-To", "<SB-tower_hamlets-2231.ack@stepbot>")])
    hb = "<div dir=\"ltr\">%s</div>\n" % html.escape(body).replace("\n", "<br>\n")
    add(f, gmail_mail(f, top, body, hb, [plan]), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["3420086"], [ch("Zainab Ali", "2046-05-05", "05/05/2046")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS on a follow-up to [SB-tower_hamlets-2231] (tower_hamlets_04's step-down) bringing the draft TAF "
        "plan and the lead practitioner: a carbon monoxide alarm last week - flue capped, fixed the next morning, "
        "checked at A&E and sent home, 'no harm done' -> follow_up, attach_to_request. Child, DOB and Mosaic id from "
        "the quoted acknowledgement. Concerns [] (none restated; the CO incident is resolved).",
        not_children=["Joanne Pike"], how="a carbon monoxide alarm last week, fixed, A&E all clear")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2055-01-05 14:35:02"
    body = T("""
Hello Early Help,

Please could I have a triage slot for the Yeo children, stepping down from the Single Assessment Team to level 3 Early Help.

Elsie Yeo - DOB 29/11/2048
Bodhi Yeo - DOB 17/08/2052 (so under 5 - I understand that means the fortnightly under-5s triage)
LCS-2310874

The Single Assessment is attached; it includes my analysis and the rationale for stepping down, and my team manager Claire Penhaligon's management analysis confirming the threshold for level 3 is met.

Mum has consented to level 3 Early Help (she signed the consent on 04/01/2055).

In short: the family spent the autumn in a winter holiday let in Paignton with damp and mould through the bedrooms, which made Elsie's asthma much worse, and the landlord wanted them out by Easter. They moved into a Bay Coast Housing flat in Preston just before Christmas. Remaining needs: mum's anxiety (GP, waiting for talking therapy) and Bodhi's speech delay (he's been referred to speech and language therapy and the nursery is putting in SEN support).

Many thanks,
Morwenna

Morwenna Tregunna
Social Worker | Single Assessment Team | Torbay Council
01632 960 318

""") + BDISC
    sa = pdf_att("Single Assessment - Yeo - LCS-2310874.pdf", "Single Assessment - Yeo", [
        "Children: Elsie Yeo (29/11/2048), Bodhi Yeo (17/08/2052). LCS-2310874.",
        "Social worker's analysis: needs at level 3 - mother's anxiety; Bodhi's speech and language delay;",
        "settling into a secure tenancy after a period in a damp, insecure holiday let.",
        "Rationale for step down: no further statutory intervention needed; coordinated level 3 response.",
        "Manager's analysis (Claire Penhaligon, Team Manager, 04/01/2055): I agree with the analysis; the",
        "threshold for level 3 intervention is met and the threshold for level 4 is not."])
    top = outlook_top(f, addr("Tregunna, Morwenna", "Morwenna.Tregunna@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down L3 - Yeo - LCS-2310874", when, has_attach=True)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2310874"],
        [ch("Elsie Yeo", "2048-11-29", "29/11/2048"), ch("Bodhi Yeo", "2052-08-17", "17/08/2052")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (seed 002): Single Assessment attached with the TM's analysis 'confirming the "
        "threshold for level 3 is met' (manager true) and consent for level 3 given -> book_meeting; Bodhi is 2, so "
        "the fortnightly under-5s triage applies; level 3 stated. The damp holiday let is the past. Concerns: mum's "
        "anxiety -> parental_mental_health; speech delay with SEN support -> disability_send.",
        not_children=["Morwenna Tregunna", "Claire Penhaligon"])

def torbay_02():
    f = "torbay_02.eml"; when = "2055-01-22 18:52:40"
    body = T("""
hi sorry i dont know if anyone reads this on a friday night, i got this address off the torbay council website

im the tenancy support worker for Lowenna Hocking at 5 Marldon Court, Paignton. its a 1 bed flat - Lowenna, her daughter Tegan Hocking who is 15, and a lodger called Wayne that Lowenna took in in the autumn to help with the rent. Tegan sleeps on the sofa in the living room

Tegan messaged me at 5.40 asking could i meet her at the library so i did. she told me Wayne comes onto the sofa after her mum goes to bed "and puts his hands in my pyjamas". she said "he says if I tell, he stops paying and we get chucked out and it'll be my fault". she said its been since christmas, most nights

she said "please dont make me go back tonight" but she hasnt got anywhere else to go and she says her mum wont believe her. the library shut at 7 and shes gone home now, Wayne is in tonight

my number is 07700 900 583

Jade Pengelly
Tenancy Support Worker, Harbour Housing Support

Sent from my Galaxy
""")
    top = [("From", addr("Jade Pengelly", "jade.pengelly@harbourhousingsupport.example.org.uk")), ("To", BMASH),
           ("Subject", "Tegan Hocking 5 Marldon Court"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<%s@email.android.com>" % sha(f, "and")[:24])]
    add(f, build(top, text_part(body, cte="8bit"), crlf=False, allow_8bit=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Tegan Hocking")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in mobile style (no capitals, 8bit text, Friday 18:52, out of hours), in the child's own "
        "words: a 15-year-old who sleeps on the sofa of an overcrowded one-bed flat says the lodger 'puts his hands "
        "in my pyjamas', threatens eviction if she tells, and she has gone home where he is tonight. Not a step "
        "request -> other. Concerns: sexual_harm.",
        not_children=["Lowenna Hocking", "Jade Pengelly"], how="mobile style; the child's own words")

def torbay_03():
    f = "torbay_03.eml"; when = "2055-02-08 09:40:26"
    body = T("""
Good morning,

I am sending this to the MASH address because the Adult Social Care front door address I was given has bounced. Please could you pass it to the right team.

Yesterday afternoon we served an emergency prohibition order on 14 Warbro Road, Torquay, a privately owned terraced house occupied by Mr Dennis Ackland (61). The house is severely hoarded: the stairs are impassable, the kitchen cannot be used, the wiring has been chewed by rats and there is no working smoke alarm. Our assessment under the Housing Health and Safety Rating System found category 1 hazards for fire, electrical hazards and pests; in our view the house is dangerous to live in and the risk of a fatal fire is high. Mr Ackland has refused to leave and says he will sleep in the front room.

For the avoidance of doubt: no children live at or visit the property. Mr Ackland has no children or grandchildren; his only relative is a brother in Exeter. Our concern is his own wellbeing and the neighbours' safety, which is why we think this is for Adult Social Care (self-neglect).

Our summary is attached.

Tristan Mabb
Senior Environmental Health Officer | Community Safety | Torbay Council
01632 960 152

""") + BDISC
    summ = pdf_att("EPO summary - 14 Warbro Road.pdf", "Emergency Prohibition Order - summary", [
        "Premises: 14 Warbro Road, Torquay. Owner-occupier: Mr Dennis Ackland (61).",
        "Order served 07/02/2055 under s.43 Housing Act 2004. Category 1 hazards: fire; electrical hazards; pests.",
        "Occupants: one adult. No children at or visiting the premises.",
        "Recommendation: referral to Adult Social Care (self-neglect); Fire Service home safety visit."])
    top = plain_top(f, addr("Mabb, Tristan", "Tristan.Mabb@" + BDOM), addr("Torbay MASH", BMASH),
                    "Emergency prohibition order - 14 Warbro Road - for Adult Social Care please", when, BDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [summ]), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an environmental health officer's 'emergency prohibition order', 'dangerous', 'the risk of a "
        "fatal fire is high' - about a 61-year-old man hoarding alone, with 'no children live at or visit the "
        "property' and a request to pass it to Adult Social Care -> other, human_review; no child.",
        not_children=["Dennis Ackland", "Tristan Mabb"], how="an adult with no child: a hoarded house under an order")

def torbay_04():
    f = "torbay_04.eml"; when = "2055-02-24 12:18:55"
    fwd = T("""
---------- Forwarded message ---------
From: Sharon Pascoe <sharonpascoe77@example.com>
Date: Tue, 23 Feb 2055 at 20:14
Subject: Re: Mason
To: Demelza Rowe <demelza.rowe@torbay.gov.uk>

Hi Demelza yes I agree to you contacting MASH about Mason. I just want him safe and home at night. Sharon
""")
    text = T("""
Hi MASH,

Contact to MASH for Mason Pascoe, DOB 01/12/2042 (12), EHM-841207 - open to me at level 3 since November.

Since the family were evicted by their private landlord in December (section 21) they have been in temporary accommodation in Torquay town centre, and Mason has started going missing overnight: three times this month (5th, 13th and 20th February). Police found him each time at a flat in Union Street with older lads, and he came home with cash and new trainers he can't explain. He was in school today - I checked with his head of year at 11.

Mum's consent to this contact is in her email below.

I haven't been able to catch my ATM yet (she is on leave until Monday) - I'll confirm her agreement then.

Demelza

Demelza Rowe
Early Help Family Practitioner | Torbay Council
01632 960 274
""") + "\n" + fwd + "\n" + BDISC
    hb = "<div dir=\"ltr\">%s</div>\n" % html.escape(text).replace("\n", "<br>\n")
    top = gmail_top(f, addr("Demelza Rowe", "demelza.rowe@" + BDOM), addr("Torbay MASH", BMASH),
                    "Fwd: Mason - contact to MASH", when)
    add(f, gmail_mail(f, top, text, hb), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-841207"], [ch("Mason Pascoe", "2042-12-01", "01/12/2042")],
        ["exploitation", "missing"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (a contact to MASH from the level 3 lead practitioner) as a Gmail 'Fwd:' whose forwarded "
        "part carries mum's consent ('yes I agree to you contacting MASH') -> consent true; the ATM has not been "
        "asked yet ('I'll confirm her agreement then') -> manager null -> missing manager_agreed -> request_info. "
        "Not urgent: the missing episodes are this month's, each ended by police, and Mason was in school today. "
        "Concerns: overnight missing episodes -> missing; older lads, unexplained cash and trainers -> exploitation.",
        not_children=["Sharon Pascoe", "Demelza Rowe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2055-03-16 15:20:13"
    body = T("""
Contact to MASH - Amelia Stentiford - EHM-843390

Child: Amelia Stentiford, DOB 09/10/2042 (12). Open to Early Help at level 3 since September 2054 (school anxiety, mum's long working hours).

Household: mother, Ms Rachel Stentiford, works night shifts at a care home (Tuesday to Thursday, 20:00-08:00). They rent the top-floor flat at 19 Higher Polsham Road, Paignton. The landlord, Mr Graham Luscott, lives in the ground-floor flat and keeps a key to theirs.

Information: at 13:10 today Amelia told her form tutor, and then me, "When mum's at work Graham lets himself in. He sits on my bed and he touches me under my nightie. He says it's our rent secret." She said it happened last Thursday and on Saturday and "lots of times since the summer". She asked to go to her aunt's tonight; her aunt lives in Exeter and does not drive.

Tonight: mum is on shift from 20:00. She says she cannot miss it or she will lose her job. Amelia will be upstairs on her own, with Mr Luscott downstairs and his key.

Consent: I spoke to Ms Stentiford at 14:30. She consents to this contact to MASH.

Management oversight: discussed with Silas Penrose (ATM) at 14:45; we agree this needs to be considered for a level 4 response today.

Kerensa Jory
Early Help Family Practitioner | Torbay Council
01632 960 391 | 07700 900 737

""") + BDISC
    top = plain_top(f, addr("Jory, Kerensa", "Kerensa.Jory@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - Amelia Stentiford - EHM-843390", when, BDOM, "Microsoft Outlook 16.0",
                    cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-843390"], [ch("Amelia Stentiford", "2042-10-09", "09/10/2042")],
        ["sexual_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1, told clinically under headings in a Torbay step-up: a 12-year-old's disclosure today that "
        "the landlord who lives downstairs lets himself in with his key while mum works nights and touches her - and "
        "mum works tonight from 20:00. The contact itself is complete (consent given, ATM agrees it needs considering "
        "for level 4) -> missing [] -> alert_duty. Concerns: sexual_harm (school anxiety is background).",
        not_children=["Rachel Stentiford", "Graham Luscott", "Kerensa Jory", "Silas Penrose"],
        how="clinically, under headings: a landlord with a key and a disclosure")

def torbay_06():
    f = "torbay_06.eml"; when = "2055-03-18 11:05:48"
    body = T("""
Hello,

Please may I have a triage slot for Noah Kitto, DOB 22/02/2047, LCS-2298871. His CIN plan ended at the final review on 15 March and I'd like to step him down to level 3 Early Help.

The Single Assessment update and the final CIN review summary are attached. My team manager, Jon Dymond, has recorded his analysis confirming the threshold for level 3 is met. Mum consented to level 3 Early Help at the final CIN review.

History, so it doesn't alarm anyone reading the file cold: Noah became known to us in October 2054 after the letting agent found him on his own in the flat during a routine inspection. Mum had gone to the shop for about 40 minutes and had left him watching a film; she came back while the agent was there. We held a strategy discussion, the s47 enquiry ended with no further action, there has been no repeat, and mum now uses the breakfast and after-school clubs.

What remains is mum's depression (she is with Talking Therapies and on medication) and help with rent arrears from when she was off sick. Noah's attendance is 96%.

Thanks,
Hollie

Hollie Trebilcock
Social Worker | Safeguarding & Supporting Families Team | Torbay Council
01632 960 405

""") + BDISC
    sa = pdf_att("Single Assessment update and final CIN review - Noah Kitto.pdf", "Single Assessment update - Noah Kitto", [
        "LCS-2298871. DOB 22/02/2047. Final CIN review 15/03/2055.",
        "History: found alone at home by the letting agent, 10/2054; strategy discussion; s47 NFA; no repeat.",
        "Current: mother's depression (treated); rent arrears; Noah's attendance 96%, settled at school.",
        "Manager's analysis (Jon Dymond, TM, 16/03/2055): threshold for level 3 met; level 4 no longer needed.",
        "Consent: mother consented to level 3 Early Help at the final CIN review."])
    top = outlook_top(f, addr("Trebilcock, Hollie", "Hollie.Trebilcock@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Noah Kitto - LCS-2298871", when, has_attach=True)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-2298871"], [ch("Noah Kitto", "2047-02-22", "22/02/2047")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS: a child 'found on his own in the flat' by a letting agent - in October 2054, for 40 minutes, a "
        "strategy discussion, s47 NFA, no repeat. Complete Torbay step-down (SASF path): assessment update and final "
        "CIN review attached, the TM's analysis 'confirming the threshold for level 3 is met', consent given at the "
        "final CIN review -> book_meeting; 'step him down to level 3' -> level 3. Concerns: mum's depression -> "
        "parental_mental_health; attendance 96% is no concern; rent arrears are not a contract concern.",
        not_children=["Hollie Trebilcock", "Jon Dymond"], how="a child left alone, found by a letting agent in October 2054, NFA")

def torbay_07():
    f = "torbay_07.eml"; when = "2055-01-06 15:02:37"
    data = itip_reply(f, when, "Morwenna Tregunna", "Morwenna.Tregunna@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - LCS-2310874 [SB-torbay-4407]", "20550112T113000", "20550112T120000",
                      "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-2310874"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, for torbay_01's under-5s triage slot (Tue 12 Jan 11:30, "
        "an under-5s Tuesday) -> meeting_reply, record_reply; LCS id from the SUMMARY.")

def torbay_08():
    f = "torbay_08.eml"; when = "2055-04-05 08:10:04"
    text = T("""
Morning - on my way in so typing on my phone, sorry.

The Nankivell family (evicted by their landlord two weeks ago, now in room 6 at the Belgrave Road B&B, Torquay). Mum rang me at 7.40: Kyra Nankivell (13) didn't come back last night.

She was last seen about 10pm getting into a silver car outside the B&B with two men in their twenties - the owner saw it from the window. Her phone has been off since 10.30. Mum reported her missing to the police at midnight (log 0018 of 05/04).

Kyra has been with these men before. Last week she came back with a new phone and vapes and said they're "my mates from the car wash". She's 13.

Mum has the two little ones in the room and no credit on her phone, so she can't keep ringing round.

I'll be in the office at 9 - 01632 960 448.

Tamsyn

Tamsyn Bowden
Homelessness Prevention Officer | Housing Options | Torbay Council
Sent from my iPhone
""")
    top = plain_top(f, addr("Bowden, Tamsyn", "Tamsyn.Bowden@" + BDOM), addr("Torbay MASH", BMASH),
                    "Kyra Nankivell - didn't come home last night - Belgrave Rd B&B", when, BDOM, "iPhone Mail (22E240)")
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Kyra Nankivell")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 in mobile style (iPhone, format=flowed, 08:10 before office hours, +0100): a 13-year-old "
        "missing now - out all night after getting into a car with two men in their twenties, phone off, new phone "
        "and vapes from 'my mates from the car wash'; the family in a B&B after an eviction. Police know, but she is "
        "still missing -> other, urgent, alert_duty. The police log number is not a case id. Concerns: missing, "
        "exploitation.",
        not_children=["Tamsyn Bowden"], how="mobile style: a child missing now")


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2055-01-06 11:40:22"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at Tuesday's drop-in, please find attached the Early Help Assessment step-down plan and the signed consent form for the Parry children, who are stepping down from social care at the Intensive level (Level 3).

Evie Parry - DOB 19/03/2046 - Mosaic 702114
Tomos Parry - DOB 08/07/2049 - Mosaic 702115
Lottie Parry - DOB 25/12/2052 - Mosaic 702116

Key person: Gail Probert, Tenancy Sustainment Officer, Marches Homes (01632 960 233). Mum chose Gail and Gail has agreed to lead.

Background: the Child and Family Assessment (concluded 21/12/2054) found that the family's needs are at the Intensive level. Last winter they were in a tied cottage near Leominster with no heating and water coming through the roof; the farmer ended dad's job and the tenancy together. Marches Homes rehoused them in a three-bedroom house in Leominster in November. Mum has multiple sclerosis and Evie does a lot of her care; Evie's attendance has dropped to 87%.

Kind regards,

Bethan Prosser
Social Worker | Leominster & North Locality Team | Herefordshire Council
01632 960 219

""") + HDISC
    plan = docx_att("EHA step-down plan - Parry children.docx", [
        "# Early Help Assessment - step-down plan", "Children: Evie Parry, Tomos Parry, Lottie Parry",
        "What are we worried about? Evie's caring role for mum (MS); Evie's attendance (87%).",
        "What's working well? Secure, warm tenancy since 11/2054; dad working again; grandparents nearby.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. Young carers assessment and group for Evie - Gail Probert to refer - by 31/01/2055.",
        "2. Attendance plan with Evie's school - school - from January.",
        "3. Adult social care review of mum's care package - Gail to chase - February.",
        "Key person: Gail Probert, Marches Homes."])
    consent = pdf_att("Signed consent - Parry - 04.01.2055.pdf", "Consent to Early Help", [
        "I agree to my family receiving support from Early Help and to information being shared with the",
        "Early Help Co-ordinator team and the key person named in the plan.",
        "Signed: Sioned Parry (mother)   Date: 04/01/2055", "Signed: Gareth Parry (father)   Date: 04/01/2055"])
    top = outlook_top(f, addr("Prosser, Bethan", "Bethan.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan and consent - Parry children - Mosaic 702114-702116", when, has_attach=True)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["702114", "702115", "702116"],
        [ch("Evie Parry", "2046-03-19", "19/03/2046"), ch("Tomos Parry", "2049-07-08", "08/07/2049"),
         ch("Lottie Parry", "2052-12-25", "25/12/2052")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan (.docx), signed consent form (PDF) and a "
        "key person with her agency (a housing association's tenancy sustainment officer) -> book_meeting; 'Intensive "
        "level (Level 3)' -> level 3. The tied cottage with no heating is last winter's. Concerns: Evie's caring for "
        "mum -> young_carer; 87% -> school_attendance.",
        not_children=["Bethan Prosser", "Gail Probert", "Sioned Parry", "Gareth Parry"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2055-02-02 14:02:57"
    body = T("""
Hello,

Step-down to Early Help for Alfie Bevan, DOB 14/09/2050, Mosaic 708842.

The step-down plan is attached. The key person will be Sarah Meredith, Health Visitor, Wye Valley NHS Trust, who has agreed.

Dad (Mr Rhys Bevan, single parent) agreed to the step-down on the phone this morning. I'll get the signed consent form when I visit on Thursday and send it on.

Background: until December Alfie and his dad lived in a static caravan on a farm near Kington, with no insulation, mould round every window and a wood burner with no carbon monoxide alarm. The council's housing team moved them into a Marches Homes bungalow in Kington just before Christmas. Alfie is being assessed for autism (he is on the waiting list for the neurodevelopmental pathway) and his nursery has an SEN support plan.

Ifan Griffiths
Social Worker | Kington & West Locality Team | Herefordshire Council
01632 960 264
""")
    plan = docx_att("Step-down plan - Alfie Bevan.docx", [
        "# Early Help Assessment step-down plan - Alfie Bevan", "Key person: Sarah Meredith, Health Visitor",
        "1. Neurodevelopmental pathway - HV to chase the appointment - March.",
        "2. Nursery SEN support plan - nursery SENCo - termly review.",
        "3. Dad's money and the new tenancy - Marches Homes tenancy officer - February."])
    top = plain_top(f, addr("Ifan Griffiths", "Ifan.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step-down - Alfie Bevan - Mosaic 708842", when, HDOM, "Mozilla Thunderbird 128.4")
    add(f, build(top, multipart("mixed", [text_part(body, cte="7bit"), plan], bnd(f, 1)), crlf=False),
        "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["708842"], [ch("Alfie Bevan", "2050-09-14", "14/09/2050")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "Thunderbird plain-text Herefordshire step-down: plan attached and a key person with her agency, dad's "
        "verbal agreement -> consent true, but the written consent form is still to come ('I'll get the signed "
        "consent form ... on Thursday') -> missing consent_form -> request_info. No level written -> null. The cold, "
        "mouldy caravan is the past. Concerns: autism assessment, SEN support -> disability_send.",
        not_children=["Rhys Bevan", "Sarah Meredith", "Ifan Griffiths"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2055-03-28 00:47:19"
    text = T("""
I don't know who else to write to, the police number just kept ringing.

It is quarter to one in the morning. The two children from next door, Lily Preece and Jack Preece, knocked on my door about twenty minutes ago in their pyjamas. Lily is 9 and Jack is 6. They say their mum Kirsty went out on Friday afternoon and has not come back.

Their electric has been off since Thursday. Lily says the landlord cut it off because mum owes him money. They have been eating dry cereal in the dark and Jack has wet himself and was freezing. I have put them in my spare bed with a hot water bottle.

I am 81 and I have to go into the County Hospital at 7 o'clock this morning for my operation. The taxi is coming at a quarter past six and there is nobody I can leave them with. I do not have a number for their dad.

Please will somebody come, or ring me on 01632 960 712 (it's a landline, I'll keep it by the bed).

Margaret Bufton
4 Orchard Row, Pembridge
""")
    hb = ('<html><body><div style="font-family:Verdana;font-size:12pt">%s</div></body></html>\n'
          % "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in text.split("\n")))
    top = [("From", addr("Margaret Bufton", "margaret.bufton@example.net")), ("To", HMASH),
           ("Subject", "two children at my door - from no 3 Orchard Row Pembridge"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "webmail.example.net")),
           ("X-Mailer", "Example Webmail 9.4")]
    root = multipart("alternative", [text_part(text), text_part(hb, "html")], bnd(f, 1))
    add(f, build(top, root), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Lily Preece"), ch("Jack Preece")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 out of hours, on the night the clocks change (Sun 28 March 2055 00:47 GMT, before 01:00 UTC, "
        "so +0000): a neighbour of 81 has taken in a 9- and a 6-year-old whose mother has been gone since Friday, "
        "with the electricity cut off by the landlord, and she leaves for hospital at 6.15am with nobody to leave them "
        "with -> other, urgent, alert_duty (Emergency Duty Team). Concerns: neglect.",
        not_children=["Margaret Bufton"], how="plainly, a neighbour at quarter to one in the morning")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2055-02-11 12:36:44"
    body = T("""
Hello,

I'm not sure this is the right inbox and I may be overreacting, so please tell me if I should send this somewhere else. The family are open to Early Help (Mosaic 712390; their Early Help worker is Sian Jones) and I think it needs stepping up to social care, but I don't know how that works in Herefordshire.

This morning the health visitor, Nerys Price, and I did a joint visit about the mould in the baby's room. While Nerys was weighing Reggie Jenkins (11 weeks, DOB 22/11/2054) we both saw bruises on both sides of his chest - four or five small round marks on each side, like fingertips - and his left thigh was swollen. He screamed when she moved that leg.

Mum (Chantelle Jenkins) said he "rolled off the sofa" on Tuesday. Nerys says he is too young to roll. Nerys asked mum to take him to the County Hospital this afternoon and offered to go with her. Mum said she would take him tomorrow, when his dad (Lee Jenkins) is at work, because Lee "doesn't want the social involved". Lee was in the house and is off work today, and Reggie is at home with both of them.

Nerys is writing this up too but she is in clinic until 4. Sorry if this is nothing.

Lowri Vaughan
Tenancy Sustainment Officer | Marches Homes
01632 960 286
""")
    top = outlook_top(f, addr("Lowri Vaughan", "l.vaughan@marcheshomes.example.org.uk"), addr("MASH", HMASH),
                      "Step up? - baby at 7 Meadow View, Bromyard", when,
                      cc=addr("Early Help Co-ordinators", HEH))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["712390"], [ch("Reggie Jenkins", "2054-11-22", "22/11/2054")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, HEDGED ('I may be overreacting', 'Sorry if this is nothing'): a housing association's "
        "tenancy sustainment officer on a joint visit about mould saw fingertip bruising on an 11-week-old's chest "
        "and a swollen thigh he screams at, with an explanation that does not fit; mum will not take him to hospital "
        "until tomorrow, and he is at home with both parents. She asks for a step-up from Early Help -> step_up, "
        "which Herefordshire's seed does not define (human_review, missing [], no notice) - but urgent comes first -> "
        "alert_duty. Concerns: physical_harm.",
        not_children=["Chantelle Jenkins", "Lee Jenkins", "Nerys Price", "Sian Jones", "Lowri Vaughan"],
        how="hedged ('I may be overreacting')")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2055-02-19 15:15:31"
    ack = ack_text("step-down request", "SB-herefordshire-1904",
                   ["Child: Alfie Bevan (14/09/2050), Mosaic 708842"],
                   ["the family's written consent form"])
    text = T("""
Hi,

Signed consent form attached - dad signed it on 18/02/2055.

Also, so it's on the record before the plan is processed: the gas engineer who did the landlord's safety check at the bungalow on Monday rang us about a burn on the back of Alfie's hand. I visited the same afternoon. Alfie was seen by his GP on Tuesday and at the paediatric clinic on Wednesday; both say the burn is consistent with him grabbing the bare hot-water pipe in the airing cupboard, which dad had reported to the landlord twice. The landlord lagged and boxed in the pipe on Wednesday. The paediatrician has no concerns about a non-accidental injury and the burn is healing well. No change to the plan.

Ifan

Sent from my iPad

On 2 Feb 2055, at 14:06, stepbot <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    consent = pdf_att("Consent form - Bevan - signed 18.02.2055.pdf", "Consent to Early Help", [
        "Child: Alfie Bevan. I agree to my family receiving support from Early Help.",
        "Signed: Rhys Bevan (father)   Date: 18/02/2055"])
    top = plain_top(f, addr("Ifan Griffiths", "Ifan.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-1904]", when, HDOM, "iPad Mail (22D72)",
                    extra=[("In-Reply-To", "<SB-herefordshire-1904.ack@stepbot>")])
    add(f, iphone_mail(f, top, text, [consent]), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["708842"], [ch("Alfie Bevan", "2050-09-14", "14/09/2050")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS, AN INJURY EXPLAINED: a burn a gas engineer reported - seen by the GP and a paediatrician, "
        "consistent with a bare hot-water pipe the landlord had not lagged, 'no concerns about a non-accidental "
        "injury', the pipe boxed in. An Apple Mail reply to [SB-herefordshire-1904] (herefordshire_02) bringing the "
        "signed consent form -> follow_up, consent true, attach_to_request. Child, DOB and Mosaic id from the quoted "
        "acknowledgement. Concerns [].",
        not_children=["Rhys Bevan"], how="an injury explained by the GP and a paediatrician")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2055-03-15 16:20:08"
    data = google_reply(f, when, "Rhodri Haines", "rhodri.haines.sw@gmail.example.com",
                        ("Early Help Co-ordinators", HEH), "ACCEPTED", "Step-down drop-in [SB-herefordshire-1957]",
                        "20550316T100000Z", "20550316T103000Z", "Microsoft Teams",
                        "Tue 16 Mar 2055 10:00 - 10:30 (GMT)")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED (plus invite.ics), for a Tuesday-morning step-down drop-in; no "
        "note and no case id -> meeting_reply, record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2055-03-24 10:10:36"
    body = T("""
OFFICIAL - SENSITIVE

WEST MERCIA POLICE - HEREFORDSHIRE PUBLIC PROTECTION UNIT
NOTIFICATION TO CHILDREN'S SERVICES - FOR INFORMATION

Occurrence: 22/55/03186     Date/time: 22/03/2055 19:40     Location: 31 Holmer Road, Hereford

Summary: The landlord of the address, Mr Philip Nash, was at the property to repair the boiler when the victim's ex-partner, Jordan Tolley, arrived, kicked in the back door and assaulted the victim, Ms Kayleigh Tolley (pushed to the floor, bruising to her arm). Mr Nash rang 999 and stayed with the victim. Officers attended within eight minutes.

Suspect: Jordan Tolley, arrested at the scene, charged with assault occasioning actual bodily harm and criminal damage, remanded in custody on 23/03/2055 to appear at Hereford Crown Court. A restraining order will be sought on conviction.

Children in the household:
Mia Tolley, DOB 03/04/2049
Freddie Tolley, DOB 17/12/2051
The children were at their grandmother's for tea and did not see the incident. No injuries to the children.

Current situation: the victim and both children are staying with the maternal grandmother in Leominster while the door is repaired. DASH risk assessment: MEDIUM. Victim referred to the IDVA service.

No further police action is required in respect of the children. This notification is for your information and records.

PPU Herefordshire | Tel 01632 960 050
""")
    top = plain_top(f, addr("Herefordshire PPU", "ppu.herefordshire@westmercia.example.police.uk"),
                    addr("Herefordshire MASH", HMASH), "Notification - domestic incident 22/03/2055 - Holmer Road, "
                    "Hereford - FOR INFORMATION", when, "westmercia.example.police.uk")
    add(f, build(top, text_part(body)), "herefordshire", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Mia Tolley", "2049-04-03", "03/04/2049"), ch("Freddie Tolley", "2051-12-17", "17/12/2051")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS, POLICE HAVE THE ADULT: a notification 'for information' - the landlord, there to fix the boiler, "
        "saw an ex-partner kick the door in and assault the mother; the man was arrested, charged and remanded in "
        "custody, the children were not there and are with their grandmother. 'DASH risk assessment: MEDIUM', '999' "
        "-> other, human_review. The occurrence number is not a case id. Children named with DOBs; concerns: "
        "domestic_abuse.",
        not_children=["Philip Nash", "Jordan Tolley", "Kayleigh Tolley"], how="already handled: remanded in custody")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2055-04-07 13:30:50"
    human = T("""
Your message to ifan.grifiths@herefordshire.gov.uk couldn't be delivered.

ifan.grifiths wasn't found at herefordshire.gov.uk.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using an old entry in your address book, delete it and type the address again.

Diagnostic information for administrators:
Generating server: CWXP265MB4417.GBRP265.PROD.OUTLOOK.COM
ifan.grifiths@herefordshire.gov.uk
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""")
    orig_when = dt("2055-04-07 13:30:12")
    status = T("""
Reporting-MTA: dns;CWXP265MB4417.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;CWXP265MB4417.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: %s

Final-Recipient: rfc822;ifan.grifiths@herefordshire.gov.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""") % email.utils.format_datetime(orig_when)
    orig = "".join("%s: %s\n" % kv for kv in [
        ("From", "stepbot <%s>" % HEH), ("To", "ifan.grifiths@herefordshire.gov.uk"),
        ("Subject", "Step-down completed - please close the case [SB-herefordshire-2012]"),
        ("Date", email.utils.format_datetime(orig_when)), ("Message-ID", "<SB-herefordshire-2012.rem@stepbot>")])
    parts = [text_part(human), Part([("Content-Type", "message/delivery-status")], status),
             Part([("Content-Type", "text/rfc822-headers")], orig)]
    root = multipart("report", parts, bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % HDOM),
           ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Undeliverable: Step-down completed - please close the case [SB-herefordshire-2012]"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, HDOM)),
           ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB")]
    add(f, build(top, root), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted) for a "
        "stepbot reminder sent to a misspelt address -> auto_reply, ignore (safety rule 2).")


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority and kind ("children" always).
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

# --- the calendar, worked out here rather than trusted
def easter_sunday(y):
    """Gregorian Easter (the anonymous Gregorian / Meeus-Jones-Butcher computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)

def first_monday(y, mth):
    d = date(y, mth, 1)
    return d + timedelta(days=(0 - d.weekday()) % 7)

def last_monday(y, mth):
    d = date(y + (mth == 12), mth % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=d.weekday())

def bank_holidays(y):
    """England & Wales bank holidays that fall on a weekday (substitute days for weekend ones)."""
    out = {}
    nyd = date(y, 1, 1)
    out[nyd + timedelta(days={5: 2, 6: 1}.get(nyd.weekday(), 0))] = "New Year's Day"
    es = easter_sunday(y)
    out[es - timedelta(days=2)] = "Good Friday"
    out[es + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "Early May bank holiday"
    out[last_monday(y, 5)] = "Spring bank holiday"
    out[last_monday(y, 8)] = "Summer bank holiday"
    xmas, box = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() < 5 and box.weekday() < 5:
        out[xmas], out[box] = "Christmas Day", "Boxing Day"
    elif xmas.weekday() == 4:                       # Friday: Boxing Day (Saturday) moves to Monday 28
        out[xmas], out[date(y, 12, 28)] = "Christmas Day", "Boxing Day (substitute)"
    elif xmas.weekday() == 5:                       # Saturday: Monday 27 and Tuesday 28
        out[date(y, 12, 27)], out[date(y, 12, 28)] = "Christmas Day (substitute)", "Boxing Day (substitute)"
    elif xmas.weekday() == 6:                       # Sunday: Boxing Day Monday 26, Christmas Tuesday 27
        out[box], out[date(y, 12, 27)] = "Boxing Day", "Christmas Day (substitute)"
    return out

# The same lists, written out by hand (and cross-checked when this set was written against the `holidays`
# package and dateutil.easter, outside this script): the computed ones must equal them.
EXPECTED_BH = {
    2054: {date(2054, 1, 1), date(2054, 3, 27), date(2054, 3, 30), date(2054, 5, 4), date(2054, 5, 25),
           date(2054, 8, 31), date(2054, 12, 25), date(2054, 12, 28)},
    2055: {date(2055, 1, 1), date(2055, 4, 16), date(2055, 4, 19), date(2055, 5, 3), date(2055, 5, 31),
           date(2055, 8, 30), date(2055, 12, 27), date(2055, 12, 28)},
}
EASTER_2055 = date(2055, 4, 18)
BANK_HOLIDAYS = set(bank_holidays(2054)) | set(bank_holidays(2055))

# The window: the spring term of 2055 - schools go back on Monday 4 January (New Year's Day is Friday 1 January,
# a bank holiday) and break up for Easter after Friday 9 April; the Easter holidays are Monday 12 - Friday 23 April,
# around Good Friday 16 April and Easter Monday 19 April.
WINDOW_START, WINDOW_END = date(2055, 1, 4), date(2055, 4, 9)
EASTER_HOLS = (date(2055, 4, 12), date(2055, 4, 23))
WINDOW = (datetime(2055, 1, 4, tzinfo=LON), datetime(2055, 4, 9, 23, 59, 59, tzinfo=LON))

def last_sunday(y, mth):
    d = date(y + (mth == 12), mth % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)

def own_offset(instant):
    """UK clock rule: BST (+0100) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
    October, GMT (+0000) otherwise."""
    y = instant.astimezone(UTC).year
    start = datetime.combine(last_sunday(y, 3), datetime.min.time(), UTC).replace(hour=1)
    end = datetime.combine(last_sunday(y, 10), datetime.min.time(), UTC).replace(hour=1)
    return "+0100" if start <= instant.astimezone(UTC) < end else "+0000"

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

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w.strip())
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

# --- reading a message back, standard library only
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def ics_text(c):
    c = c.replace("\r\n ", "").replace("\n ", "")
    return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return "\n".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())

def readable(msg, attachments=True):
    """Every decoded text of a message: subject, text and HTML bodies, calendar parts, attachment names,
    .docx and PDF text (attachments=False: the inline bodies only)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        if fn and not attachments:
            continue
        if fn:
            out.append(fn)
        payload = part.get_payload(decode=True) or b""
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct in ("text/calendar", "application/ics"):
            out.append(ics_text(payload.decode("utf-8")))
        elif ct.startswith("text/") or ct.startswith("message/"):
            out.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise ValueError("unreadable part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

BANNED = re.compile(r"(?i)\b(urgent\w*|risk\w*|immediate\w*|emergenc\w*|danger\w*|unsafe\w*|"
                    r"safeguarding\s+concerns?|asap|critical\w*)\b")
YEAR = re.compile(r"(?<![\d/.-])(20\d\d)(?![\d])")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
DATE_HDR = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})$")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def raw_header(f, name):
    """A top-level header exactly as written in the file (the email package re-formats Date headers)."""
    head = FILES[f].split(b"\r\n\r\n" if b"\r\n" in FILES[f][:200] else b"\n\n", 1)[0].decode("ascii")
    m = re.search(r"(?mi)^%s: (.*(?:\r?\n[ \t].*)*)" % re.escape(name), head)
    return re.sub(r"\s+", " ", m.group(1)).strip() if m else ""

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}: err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = (e["level"] if e["level"] is not None else 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    key = (a, e["kind"], lvl)
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
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r not an EHM/ICS/LCS/Mosaic id" % cid)
    # --- the Date header: a real date in the window, the right weekday and the right UTC offset
    msg = parse(f)
    raw_date = raw_header(f, "Date")
    m = DATE_HDR.match(raw_date)
    if not m:
        err("Date header %r not in RFC 5322 form" % raw_date); return errors
    d = email.utils.parsedate_to_datetime(raw_date)
    local = d.astimezone(LON)
    if DAYS[local.weekday()] != m[1] or local.day != int(m[2]): err("Date weekday/day %r wrong" % raw_date)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if local.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if local.weekday() >= 5 and not e["urgent"]: err("weekend Date on a mail that is not urgent")
    if m[8] != own_offset(d) or d.utcoffset() != local.utcoffset(): err("Date offset %s, expected %s" % (m[8], own_offset(d)))
    now = datetime.fromisoformat(lab["now"])
    if now.utcoffset() != d.utcoffset() or now.utcoffset() != now.astimezone(LON).utcoffset():
        err("now offset differs from the Date header's / Europe/London's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after Date")
    # --- Knowsley notice
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date() or meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting day")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice only for Knowsley step requests")
    # --- the message itself
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    try:
        FILES[f][:FILES[f].find(b"MIME-Version")].decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes in the headers")
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    heads = all_headers(msg)
    for y in YEAR.findall(text + " " + heads):
        if int(y) > 2055: err("a year after 2055: %s" % y)
    if e["urgent"]:
        hits = sorted(set(x.lower() for x in BANNED.findall(text + "\n" + heads)))
        if hits: err("banned word(s) in an urgent mail: %s" % hits)
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        if c["name"] not in text: err("child %s not in the text" % c["name"])
        w = metas[c["name"]]["_w"]
        if w is not None:
            if w not in text: err("dob as written %r not in the text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if not date.fromisoformat(c["dob"]) < now.date(): err("dob of %s after now" % c["name"])
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is 18 or over" % c["name"])
    pos = [text.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("adult %s not in the text" % name)
        if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in the text" % cid)
    return errors

# --- per-kind and structural checks
def _plain(msg):
    return "\n".join(p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8")
                     for p in msg.walk() if p.get_content_type() == "text/plain" and not p.get_filename())

def _cal(msg):
    return "\n".join(ics_text(p.get_payload(decode=True).decode()) for p in msg.walk()
                     if p.get_content_type() in ("text/calendar", "application/ics"))

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def add_kind_checks():
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        if k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: [(p.get_param("method") or "").upper() for p in m.walk()
                                      if p.get_content_type() == "text/calendar"] == ["REPLY"]))
        if k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted", lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail", lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "METHOD:REPLY" not in _cal(m)))

custom("knowsley_01.eml", "the Teams invitation is attached as an iTIP REQUEST for 27 Jan 10:00")(
    lambda m: "METHOD:REQUEST" in _cal(m) and "DTSTART;TZID=GMT Standard Time:20550127T100000" in _cal(m))
custom("knowsley_03.eml", "one base64 text/plain part with LF line ends (phone mail)")(
    lambda m: not m.is_multipart() and m["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in FILES["knowsley_03.eml"])
custom("knowsley_04.eml", "children only in the Word table (the '&' line names no surname twice)")(
    lambda m: "Tia Byrne\t05/10/2043" in _plain(m))
custom("knowsley_07.eml", "HTML-only (no text/plain part)")(
    lambda m: all(p.get_content_type() != "text/plain" for p in m.walk()))
custom("knowsley_07.eml", "the visit crosses Good Friday and Easter Monday: 5 WD, 7 plain weekdays")(
    lambda m: working_days(_today("knowsley_07.eml"), date(2055, 4, 20)) == 5
    and plain_weekdays(_today("knowsley_07.eml"), date(2055, 4, 20)) == 7
    and {date(2055, 4, 16), date(2055, 4, 19)} <= BANK_HOLIDAYS)
custom("knowsley_08.eml", "sent after midnight BST: the UTC date is the day before; 4 WD by London, 5 by UTC")(
    lambda m: email.utils.parsedate_to_datetime(m["Date"]).astimezone(UTC).date() == date(2055, 3, 30)
    and _today("knowsley_08.eml") == date(2055, 3, 31)
    and working_days(date(2055, 3, 31), date(2055, 4, 6)) == 4 and working_days(date(2055, 3, 30), date(2055, 4, 6)) == 5)
custom("knowsley_08.eml", "format=flowed iPad mail")(lambda m: m.get_param("format") == "flowed")
custom("richmond_wandsworth_03.eml", "a list mail (List-Id, Precedence: bulk)")(
    lambda m: m["List-Id"] is not None and m["Precedence"] == "bulk")
custom("richmond_wandsworth_04.eml", "format=flowed iPhone mail with two attachments")(
    lambda m: [p.get_param("format") for p in m.walk() if p.get_content_type() == "text/plain"] == ["flowed"]
    and len([p for p in m.walk() if p.get_filename()]) == 2)
custom("richmond_wandsworth_05.eml", "the children are named only in the forwarded part")(
    lambda m: "Ruby Kelleher" not in _plain(m).split("From: Callum Rees")[0] and "Ruby Kelleher" in _plain(m).split("From: Callum Rees")[1])
custom("richmond_wandsworth_08.eml", "the risk is in the calendar COMMENT")(
    lambda m: "COMMENT:" in _cal(m) and "back at 7 tonight" in _cal(m) and "Mosaic 3381204" in _cal(m))
custom("tower_hamlets_02.eml", "the risk is in the PS, after the signature")(
    lambda m: "won't give her back" in _plain(m).split("PS - 4.35pm")[1] and "won't give her back" not in _plain(m).split("PS - 4.35pm")[0])
custom("tower_hamlets_04.eml", "HTML-only (no text/plain part)")(
    lambda m: all(p.get_content_type() != "text/plain" for p in m.walk()))
custom("tower_hamlets_05.eml", "the child and the risk only in the attached PDF")(
    lambda m: "Ibrahim" not in readable(m, attachments=False) and "blue-grey" not in readable(m, attachments=False)
    and "Ibrahim Miah" in readable(m))
custom("torbay_02.eml", "an 8bit text/plain phone mail")(lambda m: m["Content-Transfer-Encoding"] == "8bit")
custom("torbay_04.eml", "mum's consent is in the Gmail forwarded block")(
    lambda m: "yes I agree to you contacting MASH" in _plain(m).split("---------- Forwarded message ---------")[1])
custom("herefordshire_03.eml", "sent before 01:00 UTC on the night the clocks go forward: +0000, and now too")(
    lambda m: str(m["Date"]).endswith("+0000") and _lab("herefordshire_03.eml")["now"].endswith("+00:00")
    and datetime.fromisoformat(_lab("herefordshire_03.eml")["now"]) < datetime(2055, 3, 28, 1, 0, tzinfo=UTC))
custom("herefordshire_08.eml", "a delivery-status report")(lambda m: m.get_content_type() == "multipart/report")
for _f in ("richmond_wandsworth_06.eml", "tower_hamlets_08.eml", "herefordshire_05.eml"):
    custom(_f, "the acknowledgement is quoted with '>'")(lambda m: "\n> Reference: SB-" in _plain(m).replace("\r\n", "\n"))

# Wording checks: a phrase in the mail and what it means for consent / manager_agreed.
WORDING = [
    ("knowsley_01.eml", "Danielle knows we are asking for the step up", "consent", None),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_02.eml", "Mum has agreed to the step down", "consent", True),
    ("knowsley_04.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_06.eml", "my manager said to put this in writing", "manager_agreed", None),
    ("knowsley_07.eml", "Mum signed the Family First consent form", "consent", True),
    ("knowsley_08.eml", "Dad has consented to Family First", "consent", True),
    ("richmond_wandsworth_01.eml", "has been told about the step up and agrees to it", "consent", True),
    ("richmond_wandsworth_02.eml", "I have not been able to speak to mum about the step up", "consent", None),
    ("richmond_wandsworth_04.eml", "I'll ask her at Thursday's visit", "consent", None),
    ("tower_hamlets_01.eml", "Mum and dad agree to the referral", "consent", True),
    ("tower_hamlets_02.eml", "signed her consent to Early Help", "consent", True),
    ("tower_hamlets_04.eml", "gave her consent to Early Help", "consent", True),
    ("tower_hamlets_07.eml", "agreed the step up at supervision", "manager_agreed", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_04.eml", "I'll confirm her agreement then", "manager_agreed", None),
    ("torbay_04.eml", "yes I agree to you contacting MASH", "consent", True),
    ("torbay_05.eml", "She consents to this contact to MASH", "consent", True),
    ("torbay_05.eml", "needs to be considered for a level 4 response", "manager_agreed", True),
    ("torbay_06.eml", "Mum consented to level 3 Early Help", "consent", True),
    ("herefordshire_02.eml", "agreed to the step-down on the phone", "consent", True),
    ("herefordshire_05.eml", "Signed consent form attached", "consent", True),
]

def check():
    errors = []
    if len(FILES) != 40 or len(LABELS) != 40: errors.append("set: %d files, need 40" % len(FILES))
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        if phrase not in readable(parse(f)): errors.append("%s: wording %r not in the text" % (f, phrase))
        if _lab(f)["expect"][field] is not value:
            errors.append("%s: %r means %s=%s, label %s" % (f, phrase, field, value, _lab(f)["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(per.get(a, []))
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s: needs files _01.._08" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11 or sum(tot.values()) != 40:
        errors.append("set: categories %s (need at least 11 urgent and 11 near misses)" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("set: not every kind present")
    ukinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= ukinds:
        errors.append("set: urgent kinds %s, need step_up, step_down, follow_up, meeting_reply and other" % ukinds)
    for f in FILES:
        if CATS[f] != "ordinary" and not META[f]["how"]: errors.append("%s: say how the risk is told" % f)
    return errors, tot

# The Knowsley counts the README states: file -> (working days, plain weekdays) from the London date of `now`.
COUNTS_EXPECTED = {"knowsley_01.eml": (6, 6), "knowsley_02.eml": (4, 4), "knowsley_04.eml": (5, 5),
                   "knowsley_07.eml": (5, 7), "knowsley_08.eml": (4, 4)}

def set_checks():
    errors = []
    for y, exp in EXPECTED_BH.items():
        if set(bank_holidays(y)) != exp:
            errors.append("set: computed %d bank holidays %s differ from the list" % (y, sorted(set(bank_holidays(y)) ^ exp)))
    if easter_sunday(2055) != EASTER_2055 or EASTER_2055.weekday() != 6:
        errors.append("set: Easter 2055 computed as %s" % easter_sunday(2055))
    for y, e in ((2054, date(2054, 3, 29)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25))):
        if easter_sunday(y) != e: errors.append("set: computus wrong for %d" % y)
    if not (WINDOW_START.weekday() == 0 and WINDOW_END.weekday() == 4): errors.append("set: window must be Mon-Fri")
    if not (WINDOW_START - timedelta(days=3) == date(2055, 1, 1) and date(2055, 1, 1) in BANK_HOLIDAYS):
        errors.append("set: New Year's Day 2055 should be the Friday before the window")
    if any(WINDOW_START <= d <= WINDOW_END for d in BANK_HOLIDAYS): errors.append("set: a bank holiday in the window")
    gf, em = EASTER_2055 - timedelta(days=2), EASTER_2055 + timedelta(days=1)
    if not (EASTER_HOLS[0] == WINDOW_END + timedelta(days=3) and EASTER_HOLS[0] < gf < em < EASTER_HOLS[1]):
        errors.append("set: the Easter holidays must start the Monday after the window and hold Good Friday and Easter Monday")
    if last_sunday(2055, 3) != date(2055, 3, 28) or last_sunday(2055, 10) != date(2055, 10, 31):
        errors.append("set: BST 2055 runs from Sunday 28 March to Sunday 31 October")
    d = WINDOW_START
    while d <= WINDOW_END:
        for hh in (0, 12, 23):
            inst = datetime(d.year, d.month, d.day, hh, 30, tzinfo=LON)
            if own_offset(inst) != inst.strftime("%z"): errors.append("set: zoneinfo and the UK rule disagree at %s" % inst)
        d += timedelta(days=1)
    counts = {}
    for f in FILES:
        if META[f]["meeting"] is not None:
            counts[f] = (working_days(_today(f), META[f]["meeting"]), plain_weekdays(_today(f), META[f]["meeting"]))
    if counts != COUNTS_EXPECTED: errors.append("set: Knowsley counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    offs = sorted({raw_header(f, "Date")[-5:] for f in FILES})
    if offs != ["+0000", "+0100"]: errors.append("set: the set must hold both GMT and BST mail, has %s" % offs)
    return errors, counts

def readme_check():
    p = os.path.join(HERE, "README.md")
    if not os.path.exists(p):
        return []
    first = open(p, encoding="utf-8").readline().rstrip("\n")
    want = ("# %s: blind held-out set for urgency and the parse fields, over the spring term of 2055 (Monday 4 January "
            "- Friday 9 April 2055), in landlords, letting agents, housing repairs and environmental health" % SET)
    return [] if first == want else ["README.md: first line is %r" % first]

def stats(tot, counts):
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["categories %s" % tot,
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "offsets %s" % dict(Counter(str(parse(f)["Date"])[-5:] for f in FILES)),
           "consent %s, manager %s, level %s, notice %s" % (
               dict(Counter(str(e["consent"]) for e in ex)), dict(Counter(str(e["manager_agreed"]) for e in ex)),
               dict(Counter(str(e["level"]) for e in ex)), dict(Counter(str(e["notice_ok"]) for e in ex))),
           "children %d (%d with a DOB)" % (sum(len(e["children"]) for e in ex),
                                           sum(1 for e in ex for c in e["children"] if c["dob"])),
           "Knowsley counts (WD, plain weekdays) %s" % counts]
    per = {}
    for l in LABELS:
        per.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    out += ["%s %s" % (a, dict(c)) for a, c in per.items()]
    for l in sorted(LABELS, key=lambda l: l["file"]):
        out.append("%-28s %-9s %-13s %-17s %s | %s" % (l["file"], CATS[l["file"]], l["expect"]["kind"],
                                                        l["expect"]["next_action"], l["now"], META[l["file"]]["how"] or ""))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = check()
    errs2, counts = set_checks()
    errors += errs2 + readme_check()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        print(stats(tot, counts))
    print("wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
