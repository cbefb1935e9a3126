#!/usr/bin/env python3
"""mixed157: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2060, in ambulance crews, paramedics, NHS 111 and out-of-hours GP services: crews who attend
a home and see a child, a 999 call a child answers, a 111 call handler's notes, a paramedic's patient report form
attached, a parent taken to hospital leaving children behind, an out-of-hours GP's worry about a baby, a community
first responder writing from home - alongside ordinary step-ups and step-downs, follow-ups, meeting replies, an
out-of-office and a bounce.

Window: Wednesday 1 September - Friday 17 December 2060 (18 December 2060 is a Saturday, so the term's last working
day is Friday 17 December). British Summer Time ends at 01:00 UTC on Sunday 31 October 2060: mail up to then carries
+0100, mail after it +0000 (one mail is sent at 01:38 BST on 31 October, in the hour that is repeated). No England &
Wales bank holiday falls inside the window (the Late Summer Bank Holiday was Monday 30 August 2060; Christmas Day and
Boxing Day 2060 fall on a Saturday and a Sunday, so the substitute days are Monday 27 and Tuesday 28 December, after
the window - knowsley_04 counts its notice across them).

Standard library only. Deterministic: no clock, no randomness; boundaries, Message-IDs and calendar UIDs come from
sha1 of the file name; .docx files are minimal OOXML zips with fixed timestamps and PDFs hand-built PDF 1.4 text
pages. Every label was set by hand from /work/shared/DESIGN.md and REQUIREMENTS.md; the self-checks verify them
against the rules and the messages and STOP before anything is written if any check fails.
Run: python3 make_set.py [--stats]
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
import xml.etree.ElementTree as ET
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
YEAR = 2060


# ============================================================================ small helpers
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
    """Europe/London wall-clock time (fold=0: in the repeated hour on 31 October the first, BST, reading)."""
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

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="",
              extra=None, disposition=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
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
        return out + (p.body if p.body.endswith("\n") else p.body + "\n")
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    return out + "--%s--\n" % p.boundary

def build(top, root, crlf=True):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                      # 7-bit throughout: encoded-words, QP and base64
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
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks):
    """blocks: strings (paragraphs; '' = empty), ('table', rows) with a shaded first row, ('h', text) headings."""
    out = [WORD_HEAD]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none'>\n")
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
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]] + [""]
        elif isinstance(b, tuple):
            out.append(word_plain(b[1]))
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'word ' + newline; space-stuff lines starting with ' ' or 'From '."""
    out = []
    for logical in text.split("\n"):
        if logical.startswith(">"):
            out.append(logical); continue
        cur, phys = "", []
        for w in logical.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " "); cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            out.append(" " + p if p.startswith((" ", "From ")) else p)
    return "\n".join(out)

def make_pdf(title, lines):
    """A one-page PDF 1.4 (Helvetica, WinAnsi, uncompressed content stream)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 56, title
    content = "BT\n/F1 10 Tf\n13 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
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
    """Read the text back from a PDF built by make_pdf (stdlib only): the strings shown by the ' operator."""
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
        out.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(out)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows."""
    def para(t):
        run = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>'
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % (run % html.escape(t[2:], quote=False))
        return "<w:p>%s</w:p>" % (run % html.escape(t, quote=False))
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>")
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
            zi = zipfile.ZipInfo(name, date_time=(2060, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# ============================================================================ iCalendar
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

def ics(method, uid_of, stamp, start, end, summary, location, description, organizer, attendees, extra=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(uid_of, "uid").upper(),
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


# ============================================================================ message tops and builders
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")]
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

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only(f, top, html_body, atts=()):
    h = text_part(html_body, "html", crlf=True)
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=()):
    body = multipart("alternative", [text_part(text, crlf=True), text_part(html_body, "html", crlf=True)], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def iphone_mail(f, top, text, atts=()):
    t = Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
              ("Content-Transfer-Encoding", "quoted-printable")], qp(flowed(text)))
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def quote(frm, sent, to, subject, text, cc=None):
    """An Outlook quoted original / forwarded message under the new text."""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, "Cc: %s\n" % cc if cc else "", subject, text))

def quoted(text):
    """'> '-quote every line (a plain-text reply)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing=()):
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, uid_of,
               comment=None, cc=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY), optionally copied to others."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", uid_of, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    root = multipart("alternative", [text_part((comment or "") + "\n", crlf=True), cal_part(cal, "REPLY")], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, cc=cc, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def itip_request_mail(f, top, body, cal, atts=()):
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True),
                                    cal_part(cal, "REQUEST")], bnd(f, 2))
    return build(top, multipart("mixed", [alt] + list(atts), bnd(f, 1)), True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, uid_of):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:040000008200E00074C5B7101A82E008%s" % sha(uid_of, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email),
         "CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
         "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location)
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Roboto"), "html"),
                                    cal_part(cal, "REPLY")], gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    top = [("From", addr(frm_name, frm_email)), ("To", addr(organizer[0], organizer[1])),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, multipart("mixed", [alt, ics_att], gbnd(f, 1)), False)

def ooo(f, when, frm_name, frm_email, to, subject, body):
    ex = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    top = outlook_top(f, addr(frm_name, frm_email), to, "Automatic reply: " + subject, when, extra=ex)
    return build(top, text_part(body, crlf=True), True)

def ndr(f, when, local_domain, to, failed_rcpt, orig_subject, orig_from, orig_when):
    human = T("""
Your message to %(r)s couldn't be delivered.

%(u)s wasn't found at %(d)s.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM
%(r)s
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""") % {"r": failed_rcpt, "u": failed_rcpt.split("@")[0], "d": failed_rcpt.split("@")[1]}
    status = T("""
Reporting-MTA: dns;LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""") % (email.utils.format_datetime(dt(orig_when)), failed_rcpt)
    orig = "".join("%s: %s\n" % kv for kv in [
        ("From", orig_from), ("To", failed_rcpt), ("Subject", hdr(orig_subject)),
        ("Date", email.utils.format_datetime(dt(orig_when))), ("Message-ID", msgid(f + "-orig", "stepbot.invalid"))])
    parts = [text_part(human, crlf=True), Part([("Content-Type", "message/delivery-status")], status),
             Part([("Content-Type", "text/rfc822-headers")], orig)]
    root = multipart("report", parts, bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % local_domain),
           ("To", to), ("Subject", hdr("Undeliverable: " + orig_subject)),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, local_domain)),
           ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB")]
    return build(top, root, True)


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
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the self-check)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(f, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        how=None):
    """Record one file. `meeting`: the date Knowsley notice is counted to. `not_children`: adults named in the
    text who must never be labelled as children. `how`: for urgent and near-miss mail, how the risk is told."""
    assert f not in FILES, f
    FILES[f] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": f, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[f] = category
    META[f] = {"meeting": meeting, "children": children, "not_children": list(not_children), "how": how}

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
           "the sender that you have received the message in error before deleting it. NHSmail.\n")


# ============================================================================ KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2060-09-09 10:12:40"
    body = T("""
Hi MASH,

This is the Teams invitation for the step up TAF meeting for the Hollins family (EHM-73318): Wednesday 15th September, 10am - 11.30am. I have sent it to the MASH inbox and MASH business support and invited the current TAF members myself (school, the health visitor and the housing officer).

Children:
Tayla Hollins - DOB 14/03/2051
Reggie Hollins - DOB 02/11/2056

Attached: the FF Step Up request form, the GCP2 I completed with mum on 02/09/2060, and the minutes of our last TAF meeting (01/09/2060).

My team manager, Joanne Prendergast, went through the step up with me in supervision on Wednesday and agreed it (it's recorded on the form).

In short: NWAS paramedics came out to the house on 21 August for mum's asthma attack and made a referral afterwards. The crew found nothing to eat in the house except a box of cereal, dog mess on the kitchen floor and Reggie asleep on a bare mattress with no bedding. The GCP2 scores 4 in three areas (nutrition, housing, hygiene). Mum (Kelly) takes part in every TAF and is honest with us, but nothing has changed in six months of level 3 work, and she told the health visitor she has "a few cans most nights".

Thanks,
Niamh

Niamh Corkhill
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0734 | 07700 900 318

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Hollins.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM:", "EHM-73318",
        "Children:", "Tayla Hollins 14/03/2051; Reggie Hollins 02/11/2056",
        "Date of step up TAF meeting:", "Wednesday 15/09/2060, 10:00, Microsoft Teams",
        "Level of Engagement:", "Medium - mum attends every TAF; the Engaging Families toolkit was not needed",
        "Recent TAF meeting minutes attached:", "Yes - TAF 01/09/2060",
        "What are we worried about?", "Home conditions and food (NWAS referral 21/08/2060; GCP2 02/09/2060); "
        "Reggie has no proper bed; mum's drinking most nights.",
        "What is working well?", "Mum is honest and attends; Tayla's attendance is 96%; maternal nan helps on Sundays.",
        "What next?", "Step up to CSC for a C&F assessment.",
        "Graded Care profile (If neglect should be completed).", "Completed 02/09/2060 - attached.",
        "Agreement by line manager:", "Agreed - Joanne Prendergast, Team Manager, 08/09/2060",
        "Contingency plan:", "If not agreed: weekly home visits, a bed and bedding through the Family First fund, "
        "TAF every three weeks."])
    gcp2 = pdf_att("GCP2 - Hollins - 02.09.2060.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Hollins. Completed by Niamh Corkhill (Family First) with mum, 02/09/2060.",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3",
        "Area 5 Parental motivation: 3",
        "Notes: little food in the house on three visits; kitchen floor soiled by the dog; Reggie sleeps on a "
        "mattress with no bedding."])
    minutes = docx_att("TAF minutes 01.09.2060 - Hollins.docx", [
        "# Team Around the Family - minutes", "Date: 01/09/2060, 13:30, Huyton Family Hub",
        "Present: Kelly (mum), Niamh Corkhill (Family First, chair), Tayla's class teacher, the health visitor "
        "(Bernadette Caffrey), the housing officer",
        "Health visitor: NWAS referral after the 999 call on 21/08 - conditions described by the crew.",
        "Agreed: Niamh to complete the GCP2 and discuss a step up with her team manager.",
        "Agreed: Kelly's partner Shane is not to be left on his own with the children."])
    cal = ics("REQUEST", f, dt(when), "20600915T100000", "20600915T113000",
              "Step up TAF meeting - Hollins (EHM-73318)", "Microsoft Teams Meeting",
              "Step up TAF meeting for Tayla and Reggie Hollins. Join on your computer or mobile app.",
              ("Niamh Corkhill", "niamh.corkhill@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Bernadette Caffrey", "bernadette.caffrey@nhs.net", "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Andrea Whelan", "a.whelan@millbrookprimary.example.sch.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Corkhill, Niamh", "Niamh.Corkhill@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Hollins (EHM-73318)", when, cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Tayla Hollins", "2051-03-14", "14/03/2051"), ch("Reggie Hollins", "2056-11-02", "02/11/2056")],
        ["neglect", "substance_misuse"], None, True, [], False, "request_info",
        "Knowsley step-up sent as the requester's own Teams invitation (iTIP METHOD:REQUEST, the kind is step_up, "
        "not meeting_reply) with the step-up form (.docx), the GCP2 (.pdf, needed because the concern is neglect) "
        "and the TAF minutes (.docx); EHM id; team manager agreed. NOTICE: sent Thu 9 Sep, meeting Wed 15 Sep -> "
        "working days 10, 13, 14, 15 Sep = 4 < 5 (6 calendar days; a reader counting days says ok) -> not ok -> "
        "request_info. Concerns: the NWAS crew's home conditions -> neglect; mum's 'few cans most nights' -> "
        "substance_misuse. Mum 'takes part' is not consent -> null; the toolkit line is no non-engagement concern.",
        meeting=date(2060, 9, 15), not_children=["Niamh Corkhill", "Joanne Prendergast", "Bernadette Caffrey"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2060-09-16 11:34:05"
    body = T("""
Hi all,

Step up request for the Lyons family, EHM-74102.

Step up TAF meeting: Wednesday 22nd September, 1.30pm, on Teams - the invite has gone separately to the MASH inbox and MASH business support.

Children:
Kaiden Lyons - 20/05/2057
Maisie Lyons - 04/12/2059

The step up form and the minutes of the last TAF (07/09/2060) are attached. The GCP2 is booked with mum for Tuesday 21st and I'll send it on straight afterwards. My TM, Lesley Brannock, has agreed the step up - her agreement is on the form.

Worries in short: the flat has had no working cooker since July, Maisie's cot is broken so she sleeps in the pram, and Maisie has missed three weight checks. Mum (Shannon) says she is "on top of it" but nothing has moved in four months.

PS - while I was writing this a paramedic from NWAS rang the team phone. They were called to the flat at 7.10 this morning for Maisie: her left thigh is swollen and she screams when it is touched. Dad (Jordan) told the crew she rolled off the settee. The crew didn't think that fitted - the settee is low and the floor is carpeted - and they took Maisie and mum to Alder Hey. Mum then rang me from Alder Hey at 11.20: the x-ray shows the thigh bone is broken and the doctors keep asking her how it happened. Jordan stayed at the flat with Kaiden and isn't answering his phone. I haven't spoken to anyone else about this yet - sending as it is.

Stephen

Stephen Gorst
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0652

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Lyons.docx", [
        "# FF Step Up request to CSC", "Case ID on EHM:", "EHM-74102",
        "Children:", "Kaiden Lyons 20/05/2057; Maisie Lyons 04/12/2059",
        "Date of step up TAF meeting:", "Wednesday 22/09/2060, 13:30, Microsoft Teams",
        "Recent TAF meeting minutes attached:", "Yes - 07/09/2060",
        "What are we worried about?", "No cooker since July; Maisie sleeps in the pram; three missed weight checks.",
        "What is working well?", "Kaiden attends nursery every day; mum answers the door on every visit.",
        "What next?", "Step up to CSC for a C&F assessment.",
        "Graded Care profile (If neglect should be completed).", "Booked with mum for 21/09/2060 - to follow.",
        "Agreement by line manager:", "Agreed - Lesley Brannock, Team Manager, 15/09/2060"])
    minutes = pdf_att("TAF minutes 07.09.2060 - Lyons.pdf", "Team Around the Family - minutes (Lyons)", [
        "Date: 07/09/2060, 10:00, Kirkby Family Hub.",
        "Present: Shannon (mum), Stephen Gorst (Family First, chair), nursery key worker, health visitor.",
        "Health visitor: Maisie missed her weight checks in June, July and August.",
        "Agreed: Stephen to discuss a step up with his team manager; GCP2 to be booked."])
    top = outlook_top(f, addr("Gorst, Stephen", "Stephen.Gorst@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Lyons - EHM-74102 - TAF Weds 22nd 1.30pm", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["EHM-74102"],
        [ch("Kaiden Lyons", "2057-05-20", "20/05/2057"), ch("Maisie Lyons", "2059-12-04", "04/12/2059")],
        ["neglect", "physical_harm"], None, True, ["gcp2"], False, "alert_duty",
        "Safety rule 1 in a PS: a 9-month-old's broken thigh bone with an account ('rolled off the settee') the "
        "crew and doctors doubt, and the father who gave it is alone at the flat with the 3-year-old now -> urgent "
        "-> alert_duty, whatever else is true. The step-up itself: form and TAF minutes attached, TM agreed, but the "
        "GCP2 needed for neglect is 'to follow' -> missing gcp2; Thu 16 Sep -> Wed 22 Sep = 4 working days -> notice "
        "not ok.",
        meeting=date(2060, 9, 22), not_children=["Stephen Gorst", "Lesley Brannock"],
        how="in a PS under an ordinary step-up: a paramedic's phone call, told plainly, no alarm words")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2060-10-29 11:48:20"
    text = T("""
Hi Family First duty,

Step down to Family First at Level 3 for Zara and Idris Ahmed. ICS ID 2213904.

Zara Ahmed DOB 23/06/2049
Idris Ahmed DOB 09/01/2053

Mum (Farah Ahmed) has consented to the referral to Family First - she signed the consent at the CIN review on 26/10/2060.

Joint home visit: Friday 5th November 2060 at 10am, at home - 18 Foxdale Close, Kirkby, L32 9ZQ.

What are we worried about?
Between April and July the out-of-hours GP saw Zara three times and the ambulance came out twice for asthma attacks, each time when her preventer inhaler had run out and the repeat prescription hadn't been collected. Idris's attendance has dropped to 84% this term and he is late most Mondays.

What is working well?
Mum now orders the prescriptions on the app and the pharmacy delivers. There have been no out-of-hours or ambulance call-outs since July. Zara has an asthma plan at school and carries her own inhaler. Grandad does the school run on Tuesdays and Thursdays.

What needs to happen?
A Family First case manager to take on a TAF with school and the asthma nurse; a morning routine plan for Idris; mum to keep Zara's asthma reviews.

Thanks
Gemma

Gemma Swift
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0281

Sent from my iPhone
""")
    top = plain_top(f, addr("Swift, Gemma", "Gemma.Swift@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Ahmed - joint visit Fri 5th Nov", when, KDOM, "iPhone Mail (21F90)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2213904"],
        [ch("Zara Ahmed", "2049-06-23", "23/06/2049"), ch("Idris Ahmed", "2053-01-09", "09/01/2053")],
        ["neglect", "school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 3 step-down from an iPhone (format=flowed): joint home visit with date, time and "
        "address, all three Signs of Safety headings, mum 'has consented' -> nothing missing. 'ICS ID 2213904' -> "
        "the bare number. NOTICE ACROSS THE END OF BST: sent Fri 29 Oct (+0100), visit Fri 5 Nov (GMT) -> working "
        "days 1, 2, 3, 4, 5 Nov = exactly 5 -> ok -> book_meeting. Concerns: prescriptions not collected, repeated "
        "out-of-hours and ambulance call-outs -> neglect; 84% -> school_attendance.",
        meeting=date(2060, 11, 5), not_children=["Gemma Swift", "Farah Ahmed"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2060-12-17 14:22:10"
    blocks = [
        "Hi Family First,",
        "",
        "Callum is being stepped down to a Level 2 service at his final CIN meeting. Everything is in the table. "
        "Dad (Martin) has consented to the step down and to Denise taking on the lead practitioner role.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Callum Birchall, DOB 28/02/2048"],
            ["ICS", "ICS-2207751"],
            ["Final CIN meeting", "Wednesday 29 December 2060, 2.00pm"],
            ["Venue", "Westvale Family Hub, Kirkby - meeting room 2"],
            ["Lead practitioner (Level 2)", "Denise Ogundipe, Pastoral Manager, Cronton Brook Academy"],
            ["Lead practitioner contact", "d.ogundipe@crontonbrook.example.sch.uk | 0151 496 0913"],
        ]),
        "",
        "I know it's between Christmas and New Year - Monday 27th and Tuesday 28th are the bank holidays, so I've "
        "gone for the Wednesday.",
        "",
        ("h", "What are we worried about?"),
        "Callum (12) looks after his dad, who has type 1 diabetes and has bad hypos at night. Callum has rung 111 "
        "or 999 for him six times since March and is tired at school.",
        ("h", "What is working well?"),
        "Dad now has a sensor that alarms on his phone and on Callum's aunt's phone; there has been no ambulance "
        "call-out since August. Callum goes to the young carers group every Thursday and Denise checks in with him daily.",
        ("h", "What needs to happen?"),
        "Denise to lead an Early Help Assessment and a TAF from January; the diabetes team to review dad's plan; "
        "a young carer's assessment.",
        "",
        "Thanks,",
        "Ryan",
        "",
        "Ryan Gallimore",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0447",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Gallimore, Ryan", "Ryan.Gallimore@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Callum Birchall - final CIN Weds 29th Dec", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2207751"],
        [ch("Callum Birchall", "2048-02-28", "28/02/2048")],
        ["young_carer"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down (Outlook Word HTML with a table and a tab-separated text twin): final "
        "CIN date, time and venue, lead practitioner with agency, three headings -> nothing missing. NOTICE ACROSS "
        "THE CHRISTMAS SUBSTITUTE BANK HOLIDAYS: sent Fri 17 Dec, meeting Wed 29 Dec -> 20, 21, 22, 23, 24, 29 Dec "
        "= 6 working days (8 plain weekdays; Mon 27 and Tue 28 Dec are the substitute days for Christmas Day and "
        "Boxing Day, which fall on a weekend) -> ok -> book_meeting. Concern: Callum caring for his diabetic father "
        "-> young_carer.",
        meeting=date(2060, 12, 29), not_children=["Ryan Gallimore", "Denise Ogundipe"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2060-10-06 09:30:02"
    text = T("""
NWAS Safeguarding Matters - October 2060
For partner agencies in Merseyside and Cheshire

1. Learning from our crews

These case studies come from closed cases. Every detail that could identify a family has been changed. They are shared for learning only: please do not treat this bulletin as a referral or act on it for any family.

Case study A - "the child who opened the door"
A crew were called at 02:10 to a man with chest pain. The door was opened by a 4-year-old; the only adult in the house was the patient. The crew could not leave the child alone, and a second vehicle waited with her until her aunt arrived. Learning: every crew must ask "who else lives here, and who will look after the children if we take you in?" before leaving.

Case study B - the explained injury
A 7-year-old with a broken wrist after a trampoline fall. The history was consistent, the parent sought help at once, and the crew recorded "no concerns". Learning: record what made the account fit, not only what would have made it not fit.

Case study C - a 999 call from a child
A 9-year-old rang 999 because her mum had taken an overdose. The call handler kept her on the line for 22 minutes until the crew arrived. Learning: children who ring 999 need to be told what will happen to them next.

2. Training dates
"Children in the room" - risk assessment for frontline crews, Tuesday 9 November, 13:00 - 16:00, Teams.

3. Contacts
NWAS Safeguarding Team, 0151 496 0120 (office hours). In an emergency always ring 999.

You are receiving this bulletin because your organisation is on the NWAS partner distribution list. Unsubscribe: reply with "unsubscribe" in the subject.
""")
    h = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">\n" + "".join(
        "<h2>%s</h2>\n" % html.escape(p) if p.startswith(("1.", "2.", "3.", "NWAS Safeguarding Matters")) else
        "<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n")) + "</body></html>\n"
    top = plain_top(f, addr("NWAS Safeguarding Team", "nwas.safeguarding@nhs.net"), addr("Knowsley MASH", KMASH),
                    "NWAS Safeguarding Matters - October 2060", when, "nhs.net",
                    extra=[("List-Id", "NWAS Safeguarding Matters <safeguarding-matters.nwas.nhs.net>"),
                           ("List-Unsubscribe", "<mailto:nwas.safeguarding@nhs.net?subject=unsubscribe>")])
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: the ambulance service's partner bulletin (List-Id) tells three anonymised case studies from "
        "closed cases - a 4-year-old alone with a collapsed adult, an explained broken wrist, a child's 999 call - and "
        "says 'please do not treat this bulletin as a referral'. Bulletins that list examples must not trigger rule 1; "
        "no child is named and nothing is happening -> other, human_review.",
        how="a bulletin's anonymised case studies from closed cases, with the alarm words (risk, emergency)")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2060-09-10 08:02:31"
    comment = ("Sorry Niamh, I can't do Wednesday - baby clinic. I'm copying MASH because I can't get through on "
               "the phone. At 07:15 a paramedic rang our health visiting duty line: NWAS were called to the Hollins "
               "house at 05:40 because Kelly had a seizure after a night's drinking, and they have taken her to "
               "Whiston. Tayla Hollins (9) and Reggie Hollins (3) are at home with Kelly's boyfriend Shane, who the "
               "crew said could hardly stand. The TAF minutes say Shane is not to be left on his own with the "
               "children. The crew had to leave with Kelly. I've rung Kelly's mum twice - no answer. I'm in clinic "
               "until 12. Bernie")
    add(f, itip_reply(f, when, "Bernadette Caffrey", "bernadette.caffrey@nhs.net",
                      ("Niamh Corkhill", "niamh.corkhill@" + KDOM), "DECLINED",
                      "Step up TAF meeting - Hollins (EHM-73318)", "20600915T100000", "20600915T113000",
                      "Microsoft Teams Meeting", "knowsley_01.eml", comment=comment, cc=addr("Knowsley MASH", KMASH)),
        "knowsley", "mash_step_up", when, 4,
        "urgent", "meeting_reply", True, None, ["EHM-73318"],
        [ch("Tayla Hollins"), ch("Reggie Hollins")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's comment: a DECLINED iTIP REPLY (to knowsley_01's invitation, same UID, "
        "copied to the MASH inbox) whose COMMENT says the sole carer was taken to hospital by ambulance at dawn and "
        "a 9- and a 3-year-old are at home with a man the crew said could hardly stand and who must not be alone "
        "with them -> urgent -> alert_duty (08:02, before office hours). Ages only, so dob null.",
        not_children=["Bernadette Caffrey", "Niamh Corkhill"],
        how="in the COMMENT of a calendar decline, told plainly by a health visitor passing on a paramedic's call")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2060-11-23 14:05:44"
    ack = ack_text("step-up", "SB-knowsley-6241", ["Case: EHM-73990", "Step up TAF meeting: Wednesday 1 December "
                                                   "2060, 10:00 (notice: 6 working days)"])
    body = T("""
Hi,

For completeness I'm attaching the NWAS patient report form from Saturday.

School asked about the bruise on Oscar's forehead this morning, so this is the explanation for the file: he came off his scooter on the pavement outside the house on Saturday afternoon, the neighbour saw it happen, and mum rang 999 straight away. The crew checked him over and found a bump and a graze that fitted the fall. They noted mum was calm and appropriate and had no concerns about his care.

The step up TAF next Wednesday is unchanged.

Leanne

Leanne Toner
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0388
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "18 November 2060 09:41",
             "Toner, Leanne <Leanne.Toner@knowsley.gov.uk>", "[SB-knowsley-6241] Step up received - Whitfield", ack)
    prf = pdf_att("NWAS ePRF 20.11.2060 - Whitfield.pdf", "North West Ambulance Service - Patient Report Form (copy)", [
        "Incident date: 20/11/2060. Call received 15:12. On scene 15:31. Cleared 16:20.",
        "Patient: Oscar Whitfield. DOB 11/02/2054. Age 6.",
        "History: fell from a scooter onto the pavement outside home; witnessed by neighbour. No loss of consciousness.",
        "Findings: 3 cm swelling and graze to the forehead. Alert, talking, GCS 15. No other injuries.",
        "Impression: minor head injury. Mechanism consistent with the injury.",
        "Disposition: treated at scene, head injury advice given to mother; not conveyed.",
        "Social: mother present, calm and appropriate, called promptly. Home clean and warm.",
        "Safeguarding: no concerns identified."])
    top = outlook_top(f, addr("Toner, Leanne", "Leanne.Toner@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-6241] Step up received - Whitfield", when)
    add(f, mail(f, top, body, [prf]), "knowsley", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, ["EHM-73990"],
        [ch("Oscar Whitfield", "2054-02-11", "11/02/2054")],
        [], None, None, [], None, "attach_to_request",
        "Near miss (an injury explained): a reply on [SB-knowsley-6241] adding the ambulance patient report form "
        "for a 6-year-old's forehead bruise - a witnessed scooter fall, 999 called at once, 'mechanism consistent', "
        "'no concerns identified' -> not urgent; follow_up -> attach_to_request. Child and DOB only in the PDF; no "
        "concern about care, so concerns [].",
        not_children=["Leanne Toner"], how="an injury explained by a witnessed fall, in an attached patient report form")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2060-11-08 09:26:15"
    body = T("""
Good morning,

I'm the DSL at Stockbridge Lane Primary. I have tried the MASH phone line twice this morning and been in a queue, so I am emailing as well.

Ruby Kinsella (Year 3, DOB 03/07/2053) came into breakfast club at 8.15 with her brother Alfie Kinsella (Reception, DOB 19/01/2056). They were dropped off by mum's partner, Lee Carney. Ruby said this to our breakfast club lead and then repeated it to me, and I wrote it down straight away:

"The ambulance men came in the night and took mummy away because Lee pushed her down the stairs. There was blood on the carpet. Lee said we live with him now and if we tell anyone he'll hurt Alfie."

Mum's phone goes to voicemail. Whiston Hospital will not tell us anything. Lee is on the system to collect both children at 3.15 today. We have not spoken to Lee. Both children are in class and staying with staff they know.

Please ring me on 0151 496 0560 (direct line) - I am in school all day.

Lorraine Pye
Deputy Headteacher and DSL
Stockbridge Lane Primary School
""")
    top = plain_top(f, addr("Lorraine Pye", "l.pye@stockbridgelane.example.sch.uk"), addr("Knowsley MASH", KMASH),
                    "Ruby and Alfie Kinsella - what Ruby told us this morning", when, "stockbridgelane.example.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Ruby Kinsella", "2053-07-03", "03/07/2053"), ch("Alfie Kinsella", "2056-01-19", "19/01/2056")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a child's own words: a 7-year-old says the ambulance took mum in the night because mum's "
        "partner pushed her down the stairs and he has threatened to hurt her 4-year-old brother; he collects both "
        "children at 3.15 today -> urgent, alert_duty. Not a step request -> other.",
        not_children=["Lorraine Pye", "Lee Carney"], how="a child's own words, quoted by the school DSL")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2060-10-31 01:38:12"
    body = T("""
To the MASH team,

I am the attending paramedic at a call in Wandsworth tonight. Our clinical hub gave me this address for children's services; apologies if it is the wrong one - I have asked the hub to phone it through as well.

Incident 3110-0219. Called 00:52 to Flat 3, 27 Cressida Road, London SW18 9ZZ.

Patient: Danielle Frost, 31. She told us she took about twenty of her sertraline tablets with vodka at around 23:30. We are taking her to St George's.

Children at the address: Kai Frost (8) and Ella Frost (20 months). Both were awake when we arrived; Kai let us in.

At 01:10 Ella's father, Marcus Doyle, arrived at the flat. In the ambulance Danielle told us he has a non-molestation order from the summer because he strangled her, that he is not allowed at the flat or near the children, and she begged us not to leave them with him. Marcus has told us he is staying with the children tonight. We asked for police at 01:05 and no unit has been free. Danielle has no family in London. We have had to leave to take Danielle in. The children are with Marcus now.

Kirsty Hammond
Paramedic, London Ambulance Service
Wimbledon ambulance station
Mobile 07700 900 476

""") + NHSDISC
    top = plain_top(f, addr("Kirsty Hammond", "kirsty.hammond3@nhs.net"), addr("MASH Step Up", RSU),
                    "Children left at address - Cressida Road SW18 - incident 3110-0219", when, "nhs.net")
    add(f, mail(f, top, body, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 6,
        "urgent", "other", True, None, [],
        [ch("Kai Frost"), ch("Ella Frost")],
        ["domestic_abuse", "parental_mental_health"], None, None, [], None, "alert_duty",
        "Safety rule 1, out of hours (Sunday 31 October at 01:38 BST, in the hour that is repeated when the clocks go "
        "back at 02:00 BST): a paramedic has had to take the sole carer to hospital after an overdose and an 8-year-"
        "old and a 20-month-old are at the flat with a man under a non-molestation order for strangling their mother "
        "-> urgent, alert the out-of-hours team. Misdirected to the step-up inbox; not a request -> other. Date "
        "header +0100 (01:38 BST = 00:38 UTC, before the change at 01:00 UTC). Body base64.",
        not_children=["Kirsty Hammond", "Danielle Frost", "Marcus Doyle"],
        how="a paramedic's crew note, plainly, base64-encoded, at night")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2060-09-21 10:40:33"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Please find attached the case summary and the rationale for a step up to Children's Services for the "
        "Adeyinka family (Mosaic ID 2841190).",
        "",
        ("table", [["Child", "Date of birth", "School"],
                   ["Tomi Adeyinka", "30/08/2047", "Falconbrook Academy, Year 9"],
                   ["Bisi Adeyinka", "11/05/2052", "Larkhall Park Primary, Year 4"]]),
        "",
        "As the Early Help Team Manager I have reviewed the case with Nia Oduwole (the family's Early Help worker) "
        "and agreed the step up. Mum (Folake Adeyinka) has consented to the referral to Children's Services.",
        "",
        "In brief: the London Ambulance Service has been called nine times since June for mum's sickle cell crises, "
        "and on six of those Tomi made the 999 call. When mum is admitted Tomi looks after Bisi on his own, sometimes "
        "for two or three nights; he has missed 31 sessions of school this term. Mum's hospital team describe her "
        "illness as getting worse and the extended family are in Lagos. Early Help support has not been enough.",
        "",
        "Kind regards",
        "Priya",
        "",
        "Priya Sandhu",
        "Early Help Team Manager (Wandsworth North)",
        "Richmond and Wandsworth Councils",
        "020 7946 0552",
        "",
        RDISC.strip(),
    ]
    summ = docx_att("Case summary - Adeyinka - Sept 2060.docx", [
        "# Case summary", "Family: Adeyinka. Mosaic ID 2841190.",
        "Children: Tomi Adeyinka (30/08/2047), Bisi Adeyinka (11/05/2052).",
        "Early Help worker: Nia Oduwole since February 2060.",
        "Mum has sickle cell disease; nine ambulance call-outs since June; Tomi rang 999 on six of them.",
        "Tomi cares for Bisi when mum is admitted; attendance 79% this term.",
        "Support so far: young carers service, school pastoral support, a food bank referral."])
    rat = pdf_att("Rationale for step up - Adeyinka.pdf", "Rationale for step up to Children's Services", [
        "Family: Adeyinka (Mosaic ID 2841190).",
        "Tomi (13) is the only carer for Bisi (8) during mum's hospital stays, some of them overnight.",
        "There is no adult in the UK who can step in; an assessment of the children's needs is required.",
        "Signed: Priya Sandhu, Early Help Team Manager, 20/09/2060."])
    top = outlook_top(f, addr("Sandhu, Priya", "Priya.Sandhu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Adeyinka - Mosaic ID 2841190", when)
    add(f, word_mail(f, top, blocks, [summ, rat]), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2841190"],
        [ch("Tomi Adeyinka", "2047-08-30", "30/08/2047"), ch("Bisi Adeyinka", "2052-05-11", "11/05/2052")],
        ["school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (REQUIREMENTS: case_summary + "
        "rationale, both attached, .docx and .pdf); children in a Word table; the manager 'agreed the step up' -> "
        "true; 'has consented' -> true. A 13-year-old who makes the 999 calls and cares for his sister -> "
        "young_carer; 31 sessions missed -> school_attendance. Not immediate (no child is alone now) -> book_meeting.",
        not_children=["Priya Sandhu", "Nia Oduwole", "Folake Adeyinka"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2060-10-13 15:05:50"
    body = T("""
Hi Early Help duty,

As agreed with Jasper Quint on the phone this morning, I am stepping the Lennox family down to Early Help. The step-down case discussion is Monday 18th October at 11am on Teams.

Tia Lennox - 14/09/2051
Jayden Lennox - 02/02/2055
Mosaic ID 2790317

The latest case summary and the draft Early Help plan are attached. Mum has given her consent for Early Help to continue the plan.

For context, because it is the first thing you will see on Mosaic: in June 2059 Tia, then 7, rang 999 when her father assaulted her mother. The London Ambulance Service treated mum at home and the police arrested dad. He was convicted and is in prison, and a restraining order covers mum and both children. There has been no contact since and domestic abuse is not one of the current worries.

The current worries are mum's low mood (she is with her GP and talking therapies and is improving) and Tia's attendance, which is 88% this term.

Thanks,
Sam

Sam Achterberg
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0613

""") + RDISC
    summ = docx_att("Case summary - Lennox.docx", [
        "# Case summary - Lennox", "Mosaic ID 2790317. Children: Tia Lennox (14/09/2051), Jayden Lennox (02/02/2055).",
        "History: police and ambulance call-out June 2059 (father assaulted mother); father convicted and in prison; "
        "restraining order in force. No contact since.",
        "Current: mum's low mood, improving with talking therapies; Tia's attendance 88%."])
    plan = pdf_att("Draft Early Help plan - Lennox.pdf", "Draft Early Help plan - Lennox family", [
        "1. Tia's attendance: school attendance officer and Early Help worker, review at 6 weeks.",
        "2. Mum's wellbeing: continue talking therapies; Early Help worker to link mum with a parents' group.",
        "3. Jayden: nursery place to continue; speech and language review in January."])
    top = outlook_top(f, addr("Achterberg, Sam", "Sam.Achterberg@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Lennox - Mosaic ID 2790317", when)
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2790317"],
        [ch("Tia Lennox", "2051-09-14", "14/09/2051"), ch("Jayden Lennox", "2055-02-02", "02/02/2055")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss (historic): a child's 999 call about an assault on her mother is from June 2059; the father was "
        "convicted and is in prison under a restraining order, 'no contact since' and 'domestic abuse is not one of "
        "the current worries' -> not urgent and not a current concern. Complete Richmond & Wandsworth step-down "
        "(case summary .docx, draft plan .pdf, consent given; discussion agreed with the Early Help duty manager) "
        "-> book_meeting. Current concerns: mum's low mood, Tia's 88%.",
        not_children=["Sam Achterberg", "Jasper Quint"], how="a historic 999 call, resolved and negated")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2060-11-16 09:12:30"
    fwd = T("""
Please see below the call handler's notes from a 111 call last night. We have not been able to make contact with the family since.

22:41 Caller: Mason, says he is 12. Calling about his sister Lily, 4.
Lily has a burn on the back of her right hand "the size of a biscuit", blistered. Caller says "Steve held her hand on the cooker because she wouldn't stop crying". Steve = mum's boyfriend. Mum "at work until 6".
Caller whispering, says Steve is asleep downstairs.
Advised cool running water for 20 minutes and cling film.
22:50 Ambulance requested. 23:20 crew on scene: no answer at the door, lights off. 23:45 crew stood down.
Call-backs at 23:05, 23:30 and 06:30: no answer.

Grace Adeyemi
Named Nurse, NHS 111 London (Clinical Assessment Service)
""")
    body = T("""
Hi Early Help duty,

Confirming the step down of Mason and Lily Kerrigan to Early Help, as agreed with Jasper on Friday. The step-down case discussion is Thursday 18th November at 2pm on Teams.

Mason Kerrigan - 04/04/2048
Lily Kerrigan - 19/08/2056
Mosaic ID 2803365

The latest case summary and the draft Early Help plan are attached. Mum has consented to the step down.

The remaining worries are Mason's attendance (90%) and childcare while mum works nights at the care home; her boyfriend Steve looks after the children on those nights.

Also below: the 111 safeguarding nurse sent this to our team inbox at 7.55 this morning for the Kerrigans. I'm in court from 9.30 so I'm forwarding it with this so it's all in one place.

Lucy

Lucy Fairbrother
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0740
""") + quote("NHS 111 London Safeguarding <nhs111london.safeguarding@nhs.net>", "16 November 2060 07:55",
             "CIN Team Richmond <cin.richmond@richmondandwandsworth.gov.uk>",
             "111 call 15/11/2060 - Kerrigan - information sharing", fwd) + "\n" + RDISC
    summ = docx_att("Case summary - Kerrigan.docx", [
        "# Case summary - Kerrigan", "Mosaic ID 2803365. Mason Kerrigan (04/04/2048), Lily Kerrigan (19/08/2056).",
        "Child in Need since March 2060 after mum's eviction; the family are now housed in Hampton.",
        "Mason's attendance 90%; Lily attends nursery four mornings."])
    plan = docx_att("Draft Early Help plan - Kerrigan.docx", [
        "# Draft Early Help plan - Kerrigan",
        "1. Mason's attendance: school and the Early Help worker, weekly check-in.",
        "2. Childcare on mum's night shifts: to be reviewed at the first TAF.",
        "3. Housing: tenancy sustainment officer to visit monthly."])
    top = outlook_top(f, addr("Fairbrother, Lucy", "Lucy.Fairbrother@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Kerrigan - Mosaic ID 2803365", when)
    add(f, mail(f, top, body, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["2803365"],
        [ch("Mason Kerrigan", "2048-04-04", "04/04/2048"), ch("Lily Kerrigan", "2056-08-19", "19/08/2056")],
        ["physical_harm", "school_attendance"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a forwarded part: under an ordinary, complete step-down, the forwarded NHS 111 call "
        "handler's notes say a 12-year-old reported last night that his mother's boyfriend held his 4-year-old "
        "sister's hand on the cooker, the crew got no answer and nobody has reached the family since; the same man "
        "minds the children on mum's night shifts -> urgent -> alert_duty. The step-down part is complete (summary, "
        "plan, consent) so missing [].",
        not_children=["Lucy Fairbrother", "Grace Adeyemi"],
        how="in a forwarded 111 call handler's notes, below the social worker's signature")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2060-12-02 16:20:05"
    text = T("""
Hi EH duty

Step down for Amelie Novak (6), DOB 03/10/2054, Mosaic ID 2822016. Latest case summary attached.

Jasper and I have pencilled the step down discussion for Tuesday 7th at 10am.

Draft plan to follow next week once I've met school. I'll ask dad for his consent when I see him on Monday.

Background: dad has epilepsy and Amelie has rung 999 for him three times this year when he had a seizure at home. She is doing really well at the young carers group and school say she's happy.

Thanks
Josh

Josh Redfern
Social Worker, Richmond and Wandsworth Councils
07700 900 839

Sent from my iPhone
""")
    summ = pdf_att("Case summary - Novak - Dec 2060.pdf", "Case summary - Amelie Novak", [
        "Mosaic ID 2822016. Amelie Novak, DOB 03/10/2054. Lives with her father.",
        "Father has epilepsy; three ambulance call-outs in 2060, each after Amelie rang 999.",
        "Amelie attends the young carers group; attendance 97%."])
    top = plain_top(f, addr("Josh Redfern", "Josh.Redfern@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Amelie Novak", when, RDOM, "iPhone Mail (21F90)")
    add(f, iphone_mail(f, top, text, [summ]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2822016"],
        [ch("Amelie Novak", "2054-10-03", "03/10/2054")],
        ["young_carer"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Incomplete Richmond & Wandsworth step-down from an iPhone (format=flowed, attachment): the case summary is "
        "attached but the draft plan is 'to follow', and consent is still to be asked ('I'll ask dad ... on Monday') "
        "-> consent null; missing consent and draft_plan -> request_info. A 6-year-old who rings 999 for her "
        "father's seizures -> young_carer.",
        not_children=["Josh Redfern"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2060-09-27 12:00:40"
    text = T("""
When a child calls 999
A workshop for Early Help practitioners from the London Ambulance Service Safeguarding Education Team

Thursday 21 October 2060, 09:30 - 12:30, The Atrium, Richmond Civic Centre (and on Teams)

Every day our call handlers speak to children who ring 999 for a parent. This workshop walks through what happens on the call, what the crew does at the house and how the information reaches children's services.

The scenarios we will use are fictional:

Scenario 1. Imagine a 6-year-old rings 999 at 7pm. She whispers that "daddy is hurting mummy" and there is blood on the floor. What should the call handler ask, and what happens to her once the crew arrives?

Scenario 2. A 10-year-old rings because his mum "won't wake up" after taking tablets. There is a baby in the house. Who looks after the children if mum is taken to hospital?

Scenario 3. A crew attend a teenager's asthma attack and notice the younger children are alone. How do they share the risk with the out-of-hours social work team?

Book through the Learning Zone (course code LAS-CW-114). Places are limited to 40.

You are receiving this because you are on the LAS partner training list. To stop receiving these emails reply "unsubscribe".
""")
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri\">\n"
         + "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n"))
         + "</body></html>\n")
    top = plain_top(f, addr("LAS Safeguarding Education", "las.safeguardingeducation@nhs.net"),
                    addr("Early Help Duty", RED), "Workshop: When a child calls 999 - Thursday 21 October", when,
                    "nhs.net", extra=[("List-Id", "LAS partner training <partner-training.las.nhs.net>")])
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (training, hypothetical): the ambulance service's workshop invitation (List-Id) uses three "
        "fictional scenarios ('Imagine a 6-year-old rings 999...', a mum who 'won't wake up', children alone) - "
        "no real child, nothing happening -> other, human_review.",
        how="a training invitation's fictional scenarios")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2060-09-23 09:48:11"
    add(f, itip_reply(f, when, "Nia Oduwole", "Nia.Oduwole@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Adeyinka (Mosaic 2841190)", "20600924T140000", "20600924T150000",
                      "Microsoft Teams Meeting", "richmond_wandsworth_02.eml"),
        "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["2841190"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED by the Early Help worker for the step-up case discussion stepbot booked for "
        "richmond_wandsworth_02 (Fri 24 Sep 14:00) -> meeting_reply, record_reply. 'Mosaic 2841190' -> '2841190'.",
        not_children=["Nia Oduwole"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2060-11-08 11:30:19"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3318", [
        "Case: 2799012", "Children: Noah Petrakis",
        "Step-down case discussion: Thursday 11 November 2060, 14:00 (as agreed with the Early Help duty manager)"])
    body = T("""
Hi,

An update for the file before Thursday.

The ambulance was called to the family at 2am on Saturday because Noah (19 months) had a fit with a high temperature. Mum did exactly the right thing - she put him on his side and rang 999. The LAS crew and then the out-of-hours GP at Teddington confirmed a febrile convulsion with an ear infection. He's home on antibiotics and well. The crew's note says "parents appropriate, home clean and warm, no concerns", and I saw Noah and mum yesterday.

No change to the plan - the step-down discussion on Thursday can go ahead as agreed.

Aoife

On 05/11/2060 10:02, Early Help Duty wrote:
""") + quoted(ack) + T("""

--
Aoife Brennan
Social Worker, Child in Need Team (Richmond)
Richmond and Wandsworth Councils | 020 7946 0288
""")
    top = plain_top(f, addr("Aoife Brennan", "Aoife.Brennan@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-3318] Step-down received - Petrakis", when, RDOM,
                    cc=None, extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["2799012"],
        [ch("Noah Petrakis")],
        [], None, None, [], None, "attach_to_request",
        "Near miss (an illness explained): a '>'-quoted plain-text reply on [SB-richmond_wandsworth-3318]: a "
        "19-month-old's 2am fit was a febrile convulsion confirmed by the crew and the out-of-hours GP; 'no "
        "concerns'; the plan is unchanged -> not urgent; follow_up -> attach_to_request. Case id and the child's "
        "full name come from the quoted acknowledgement.",
        not_children=["Aoife Brennan"], how="a 999 call for a febrile convulsion, explained and checked")


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2060-11-03 15:47:26"
    body = T("""
Dear MAST team,

I send the Multi-Agency Request for Support form for the Begum family (Mosaic ID 1790442) for step up to Children Social Care. My manager Ruksana Miah agree the step up, she is in copy.

Children:
Sumaiya Begum, born 02/12/2047
Nafisa Begum, born 15/06/2052

The reason for the step up is in the form: the home is in very bad condition, father is very ill with his heart and mother cannot manage, and the girls are missing school many days.

But something new from today I must tell you. Sumaiya call me at 15:10 from the school office. She say the ambulance came this morning at 6 o'clock for her father, he have again the heart attack, and they take him to the Royal London. Mother go with him in the ambulance and she is still there. Mother tell the girls to go after school to uncle Jamal flat in Mile End and sleep there tonight. This is the same uncle who the police spoke with in 2058 because Sumaiya say he touch her in private place. Sumaiya say to me: "Please miss don't make me go there, he comes in the bed when everyone is sleeping." I try to call mother many times, the phone is off. School finish at 15:30 and uncle is coming to take them.

Sorry for my English.

Ioana Vasilescu
Family Support Worker | Early Help Hub (Bow) | Tower Hamlets Council
020 7946 0187

""") + TDISC
    form = docx_att("Multi-Agency Request for Support - Begum.docx", [
        "# Multi-Agency Request for Support", "Family: Begum. Mosaic ID 1790442.",
        "Children: Sumaiya Begum (02/12/2047), Nafisa Begum (15/06/2052).",
        "Reason for request: home conditions very poor (damp, no beds for the girls); father has heart failure and "
        "is often in hospital; mother cannot manage alone; attendance Sumaiya 71%, Nafisa 78%.",
        "Early Help since: April 2060 (Ioana Vasilescu).",
        "Manager agreement: Ruksana Miah, Early Help Team Manager, 03/11/2060."])
    top = outlook_top(f, addr("Vasilescu, Ioana", "Ioana.Vasilescu@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Begum family - Mosaic ID 1790442", when,
                      cc=addr("Miah, Ruksana", "Ruksana.Miah@" + TDOM))
    add(f, mail(f, top, body, [form]), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["1790442"],
        [ch("Sumaiya Begum", "2047-12-02", "02/12/2047"), ch("Nafisa Begum", "2052-06-15", "15/06/2052")],
        ["neglect", "school_attendance", "sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 in non-native English, inside a complete MAST step-up (Request for Support form attached, "
        "manager agreed and copied): the father was taken by ambulance this morning, the mother went with him, and "
        "the girls are to sleep tonight at an uncle's flat - the uncle a 12-year-old says touched her ('he comes in "
        "the bed') - and he collects them from school now -> urgent -> alert_duty. Consent not mentioned -> null.",
        not_children=["Ioana Vasilescu", "Ruksana Miah"], how="in non-native English, with the child's own words")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2060-09-14 12:15:08"
    body = T("""
Dear Early Help Hub,

I am stepping the Rahman family down to a Team Around the Family. The Child and Family Assessment concluded on 03/09/2060 and recommended step-down; the assessment and the TAF plan are attached.

Ayaan Rahman - DOB 17/01/2055
Inaya Rahman - DOB 30/03/2059
Mosaic ID 1786630

Mr and Mrs Rahman have given their consent to the step-down.

Lead Practitioner: Shirin Akhtar, Family Support Worker, Lansbury Children and Family Centre - she has agreed to take the role.

I have arranged the TAF meeting for Thursday 16th September at 10am at Lansbury Children and Family Centre and I will chair it; the minutes will be on Mosaic within the 10 working days.

Background: the referral came from the London Ambulance Service in July, after crews were called five times in three months for Ayaan's asthma. Mum has had postnatal depression since Inaya was born and was not managing his inhalers. She is now being treated by the perinatal team, Ayaan has an asthma plan and there have been no ambulance call-outs since July.

Kind regards,
Hamza Chowdhury
Social Worker | Children's Social Care (Assessment) | Tower Hamlets Council
020 7946 0358

""") + TDISC
    cfa = pdf_att("C&F Assessment - Rahman.pdf", "Child and Family Assessment - Rahman (summary)", [
        "Mosaic ID 1786630. Ayaan Rahman (17/01/2055), Inaya Rahman (30/03/2059).",
        "Started 12/07/2060 after an LAS referral; concluded 03/09/2060.",
        "Analysis: mum's postnatal depression affected Ayaan's asthma care; now treated and improving.",
        "Recommendation: step-down to a Team Around the Family with a Lead Practitioner."])
    plan = docx_att("TAF plan - Rahman.docx", [
        "# TAF plan - Rahman", "1. Ayaan's asthma plan: GP practice nurse review every 3 months.",
        "2. Mum's mental health: perinatal team; Lead Practitioner to check in fortnightly.",
        "3. Nursery place for Ayaan from January."])
    top = outlook_top(f, addr("Chowdhury, Hamza", "Hamza.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Rahman - Mosaic ID 1786630", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1786630"],
        [ch("Ayaan Rahman", "2055-01-17", "17/01/2055"), ch("Inaya Rahman", "2059-03-30", "30/03/2059")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (REQUIREMENTS: assessment .pdf, TAF plan .docx, consent 'have given "
        "their consent', lead practitioner named with agency) -> book_meeting; the social worker arranges and "
        "chairs the TAF (16 Sep), within 10 WD of the assessment's end (3 Sep). Mum's postnatal depression -> "
        "parental_mental_health; the ambulance call-outs are past.",
        not_children=["Hamza Chowdhury", "Shirin Akhtar"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2060-10-12 10:05:17"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Early Help Hub,</p>
<p>Please accept this step-down for <b>Yusuf Osman</b> (DOB 08/08/2059), Mosaic 1802217. The Child and Family Assessment is attached; it concluded on 07/10/2060. Mum has consented to the step-down to Early Help.</p>
<p>Because of how the case started, a note so nobody is alarmed by the history: the referral came from the London Ambulance Service in July, when a crew attending Yusuf for croup noticed a blue-grey mark on his lower back and queried an injury. The s47 enquiry found it is a congenital dermal melanocytosis (a Mongolian blue spot), confirmed by the paediatrician. There was no injury and there are no concerns about his care.</p>
<p>What remains is mum's isolation and low mood since she moved from Birmingham; she has no family here.</p>
<p>Thanks,<br>Chloe</p>
<p>Chloe Adebayo<br>Social Worker | Children's Social Care (Assessment) | Tower Hamlets Council<br>020 7946 0471</p>
<p style="font-size:8pt;color:#666">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""")
    cfa = docx_att("CFA - Osman - Oct 2060.docx", [
        "# Child and Family Assessment - Yusuf Osman", "Mosaic 1802217. DOB 08/08/2059.",
        "Referral: LAS, July 2060 (mark on lower back). Outcome of s47: Mongolian blue spot, no injury.",
        "Needs: mum isolated, low mood; Yusuf meeting his milestones.",
        "Recommendation: step-down to Early Help."])
    top = outlook_top(f, addr("Adebayo, Chloe", "Chloe.Adebayo@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Yusuf Osman", when)
    add(f, html_only(f, top, h, [cfa]), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["1802217"],
        [ch("Yusuf Osman", "2059-08-08", "08/08/2059")],
        ["parental_mental_health"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Near miss (negated): a crew's query of an injury in July was a Mongolian blue spot - 'no injury and no "
        "concerns about his care' -> not urgent, no physical_harm. HTML-only Tower Hamlets step-down with the "
        "assessment (.docx) and consent, but no TAF plan and no lead practitioner named -> missing draft_plan, "
        "lead_practitioner -> request_info. Mum's low mood -> parental_mental_health.",
        not_children=["Chloe Adebayo"], how="an ambulance crew's injury query, investigated and negated")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2060-10-25 08:40:55"
    body = T("""
Dear MAST,

Please find attached a notification of attendance for a child under 5 with a burn. We send these to MAST for every under-5 burn or scald, in line with our local procedure. No action is requested.

Regards,
Admin Team
Tower & Docklands Out of Hours GP Service
020 7946 0901

""") + NHSDISC
    letter = pdf_att("OOH notification - Ali - 23.10.2060.pdf", "Tower & Docklands Out of Hours GP Service - "
                     "Notification of attendance", [
        "To: MAST, Tower Hamlets Council. Copy: registered GP.",
        "Patient: Maryam Ali. DOB 22/04/2057.",
        "Seen: Saturday 23/10/2060 at 21:15, Mile End out-of-hours base, with her mother.",
        "History: a cup of tea knocked over while mum was carrying it past the sofa; Maryam reached for it.",
        "Findings: superficial scald, left forearm, about 1% of body surface. Cooled under running water for 20",
        "minutes at home before attending. Dressed; to see the practice nurse on Tuesday.",
        "Assessment: history consistent with the injury; prompt and appropriate care sought.",
        "Safeguarding: no concerns identified. Routine notification only.",
        "Dr Helena Marsh, GP, Tower & Docklands Out of Hours GP Service."])
    top = outlook_top(f, addr("TDOOH Admin", "tdooh.admin@nhs.net"), addr("MAST", TMAST),
                      "Notification of attendance - under 5 burn - Ali", when)
    add(f, mail(f, top, body, [letter]), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Maryam Ali", "2057-04-22", "22/04/2057")],
        [], None, None, [], None, "human_review",
        "Near miss (an injury explained): an out-of-hours GP service's routine notification (PDF letter) of a "
        "3-year-old's scald from knocked-over tea - history consistent, prompt care, 'no concerns identified', 'no "
        "action is requested' -> other, human_review. Child and DOB only in the PDF.",
        not_children=["Helena Marsh"], how="a burn explained in a routine out-of-hours GP notification")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2060-11-22 14:26:03"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>MAST - from the London Ambulance Service clinical hub. Please read now; we need anyone who may know this family.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>14:02</b></td><td>999 call. Caller a girl, says she is 6 and her name is Safa. "My mummy drinked the bottle and fell down and she won't wake up. My brother is crying." Brother Idris - "he's a baby, he can't walk".</td></tr>
<tr><td><b>14:04</b></td><td>Caller cannot give an address. Says she lives "in the flats next to the market, up the stairs", school "Harbour Street School". Phone location: within about 180 m of Watney Market, E1.</td></tr>
<tr><td><b>14:09</b></td><td>Call lost. Recontact attempted four times - no answer.</td></tr>
<tr><td><b>14:12</b></td><td>Two ambulances and the police sent to search the area.</td></tr>
<tr><td><b>14:24</b></td><td>Not yet found.</td></tr>
</table>
<p>The phone number is 07700 900 652. If MAST or the school knows a 6-year-old called Safa with a baby brother called Idris living by Watney Market, please ring our clinical hub on 020 7946 0333 at once.</p>
<p>Marcus Lindqvist<br>Clinical Team Navigator, Clinical Hub<br>London Ambulance Service</p>
</body></html>
""")
    top = outlook_top(f, addr("Lindqvist, Marcus", "marcus.lindqvist@nhs.net"), addr("MAST", TMAST),
                      "999 call from a child - Watney Market E1 - address not found", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Safa"), ch("Idris")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1: an HTML-only log from the ambulance clinical hub - a 6-year-old rang 999 because her mother "
        "'drinked the bottle' and won't wake, a baby brother is with them, the call was lost and the flat has not "
        "been found -> urgent -> alert_duty. Only first names are given (labelled as written); not a request -> other.",
        not_children=["Marcus Lindqvist"], how="a 999 call a child answers, in a call log table, HTML only")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2060-10-01 13:10:40"
    ack = ack_text("step-up", "SB-tower_hamlets-2207", ["Family: Hossain"],
                   ["request_for_support: the completed Multi-Agency Request for Support form",
                    "manager_agreed: evidence that your manager has agreed the step-up"])
    body = T("""
Hi MAST,

Please find attached the completed Multi-Agency Request for Support form for Rafi Hossain (DOB 05/05/2050), which your acknowledgement said was missing.

My manager, Daniel Okwu, has now agreed the step-up - he is copied in.

Thanks,
Farhana

Farhana Uddin
Early Help Practitioner | Early Help Hub (Poplar) | Tower Hamlets Council
020 7946 0629
""") + quote("MAST <MAST@towerhamlets.gov.uk>", "29 September 2060 16:12", "Uddin, Farhana <Farhana.Uddin@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-2207] Step up received - Hossain", ack)
    form = docx_att("MARF - Rafi Hossain.docx", [
        "# Multi-Agency Request for Support", "Child: Rafi Hossain, DOB 05/05/2050.",
        "Reason for request: Rafi has been missing from home overnight twice in September. On 19/09/2060 British "
        "Transport Police found him at 3am at Canary Wharf station and the London Ambulance Service checked him over "
        "for cold; on 26/09/2060 he came home at 6am and will not say where he was.",
        "Parent consent: Yes - mum signed 28/09/2060.",
        "Manager agreement: Daniel Okwu, Early Help Team Manager, 01/10/2060."])
    top = outlook_top(f, addr("Uddin, Farhana", "Farhana.Uddin@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-2207] Step up received - Hossain", when,
                      cc=addr("Okwu, Daniel", "Daniel.Okwu@" + TDOM))
    add(f, mail(f, top, body, [form]), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, [],
        [ch("Rafi Hossain", "2050-05-05", "05/05/2050")],
        ["missing"], True, True, [], None, "attach_to_request",
        "Follow-up on [SB-tower_hamlets-2207] supplying the two things the acknowledgement asked for: the Request "
        "for Support form (.docx; 'Parent consent: Yes - mum signed' -> consent true) and the manager's agreement "
        "('has now agreed', manager copied) -> follow_up, attach_to_request; missing [] for a follow-up. Two "
        "overnight missing episodes (the last ended at home) -> missing; not immediate.",
        not_children=["Farhana Uddin", "Daniel Okwu"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2060-12-09 11:55:21"
    body = T("""
Dear MAST,

Following Monday's strategy discussion, you asked me to send the Request for Support form to formalise the step up for Leo and Ruby Whitmore. It is attached, with the LAS patient report form for Leo from Sunday night. My manager, Anjali Rao, has agreed the step up.

Leo Whitmore - 03/03/2054
Ruby Whitmore - 10/10/2058

What happened: on Sunday night a neighbour rang 999. The crew treated mum for facial injuries and noted a bruise on Leo's upper arm, which Leo said happened when Craig pulled him off his mum. Craig Dunmore was arrested at the scene, charged on Monday and remanded in custody by Thames Magistrates' Court on Tuesday until his trial in March. Mum and the children are staying with maternal grandmother in Wapping, under the safety plan agreed at the strategy discussion, and the C&F assessment has started.

Nothing is needed today - this is to get the paperwork in order.

Gareth Pryce
Early Help Practitioner | Early Help Hub (Stepney) | Tower Hamlets Council
020 7946 0266

""") + TDISC
    form = docx_att("Request for Support - Whitmore.docx", [
        "# Multi-Agency Request for Support", "Children: Leo Whitmore (03/03/2054), Ruby Whitmore (10/10/2058).",
        "Reason: domestic abuse incident 05/12/2060; mother's partner remanded in custody; strategy discussion "
        "06/12/2060 agreed a C&F assessment.", "Manager agreement: Anjali Rao, 08/12/2060."])
    prf = pdf_att("LAS PRF 05.12.2060 - Whitmore L.pdf", "London Ambulance Service - Patient Report Form (copy)", [
        "Date: 05/12/2060. Call 22:48 (neighbour). On scene 23:02.",
        "Patient: Leo Whitmore, 6. Bruise 4 cm, left upper arm. States mum's partner pulled him by the arm.",
        "Other patient: adult female, facial injuries, treated at scene.",
        "Police on scene; adult male arrested 23:10.",
        "Referral to MAST made by phone 23:40. Children remained with mother; police present."])
    top = outlook_top(f, addr("Pryce, Gareth", "Gareth.Pryce@" + TDOM), addr("MAST", TMAST),
                      "Step up - Whitmore - Request for Support form", when)
    add(f, mail(f, top, body, [form, prf]), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, [],
        [ch("Leo Whitmore", "2054-03-03", "03/03/2054"), ch("Ruby Whitmore", "2058-10-10", "10/10/2058")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "book_meeting",
        "Near miss (already handled): Sunday's assault and a 6-year-old's bruise were dealt with - the partner "
        "arrested, charged and remanded in custody until March, the children with mother at grandmother's under a "
        "safety plan, a strategy discussion held; 'Nothing is needed today' -> not urgent. Complete MAST step-up "
        "(Request for Support form, manager agreed) -> book_meeting. Consent not mentioned -> null.",
        not_children=["Gareth Pryce", "Anjali Rao", "Craig Dunmore"],
        how="an assault already handled: the adult remanded, the children safe")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2060-11-17 16:02:09"
    add(f, ndr(f, when, TDOM, addr("Early Help Hub", TEH), "shirin.akhtar@lansburycfc.example.org.uk",
               "[SB-tower_hamlets-2291] TAF meeting recorded - Rahman", addr("Early Help Hub", TEH),
               "2060-11-17 16:01:40"),
        "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (Auto-Submitted: auto-replied, multipart/report) for stepbot's own mail to a "
        "mistyped lead practitioner address -> auto_reply, ignore (safety rule 2, no loops).")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2060-09-07 11:20:14"
    body = T("""
Hello Early Help,

Please could I have a triage slot for the Yeo family - a step down to level 3 Early Help.

Harley Yeo - 01/06/2057
Finn Yeo - 12/12/2052
LCS-4721036

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Mark Trewin, has added his analysis and agrees the threshold for level 3 is met. Mum (Jade Yeo) has given her consent to level 3 Early Help.

Harley is 3, so I understand this will go to the under-5s triage.

Background: the South Western Ambulance Service crew referred the family in May after Harley swallowed some of his grandad's heart tablets. He was kept in Torbay Hospital overnight and was fine. The home safety work is done (cupboard locks and a medicines box) and grandad's tablets now stay in his own flat. What remains is supervision when mum is on her own with both boys, and Finn's behaviour at school.

Thanks,
Kerensa

Kerensa Pascoe
Social Worker | Single Assessment Team | Torbay Council
01632 960 377

""") + BDISC
    sa = pdf_att("Single Assessment - Yeo.pdf", "Single Assessment - Yeo (summary and analysis)", [
        "LCS-4721036. Harley Yeo (01/06/2057), Finn Yeo (12/12/2052).",
        "Referral: SWASFT, 14/05/2060 - accidental ingestion of a relative's medication.",
        "Social worker's analysis: needs met at level 3; supervision and routines are the remaining worries.",
        "Team manager's analysis (Mark Trewin, 06/09/2060): I agree the threshold for level 3 intervention is met.",
        "Consent: mother consents to level 3 Early Help (06/09/2060)."])
    top = outlook_top(f, addr("Pascoe, Kerensa", "Kerensa.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - Yeo - LCS-4721036", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4721036"],
        [ch("Harley Yeo", "2057-06-01", "01/06/2057"), ch("Finn Yeo", "2052-12-12", "12/12/2052")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asking for a triage slot (REQUIREMENTS: the Single Assessment attached, team "
        "manager's analysis 'agrees the threshold for level 3 is met', consent given) -> book_meeting; Harley is 3, "
        "so the fortnightly under-5s triage. The May ingestion is past and explained; supervision -> neglect.",
        not_children=["Kerensa Pascoe", "Mark Trewin", "Jade Yeo"])

def torbay_02():
    f = "torbay_02.eml"; when = "2060-11-24 20:14:37"
    text = T("""
Hi, PRF and referral attached re the Fenwick children. Couldn't get through on the phone.

Crew cleared 19:55.

Jamie

Jamie Vosper
Paramedic, SWASFT

Sent from my iPhone
""")
    prf = pdf_att("PRF 24.11.2060 Fenwick.pdf", "South Western Ambulance Service - Patient Report Form and referral "
                  "to children's services", [
        "Incident: 24/11/2060. Call 18:31 from mother's partner: 'child fell off bed'. On scene 18:49.",
        "Patient: Jaxon Fenwick. DOB 14/06/2058 (2 years).",
        "Findings: bruising to both ears; four small round bruises in a row on the left upper arm; a linear bruise on",
        "the left cheek. Child quiet and watchful, did not cry when examined.",
        "Account: fell from his bed onto the floor. Bed about 40 cm high, carpeted floor. The account does not",
        "explain bruising to both ears or to the arm.",
        "Conveyed: with mother (Chantelle Fenwick) to Torbay Hospital ED; handed to the paediatric team 19:40.",
        "Other children in the household: Sienna Fenwick, aged 4 months. She stayed at the address with mother's",
        "partner, Ryan Coles (27), who declined to travel with us.",
        "Mother said in the ambulance that Ryan 'loses it' when the children cry.",
        "Police: requested 18:58; no unit available before the crew left the address.",
        "Crew: J. Vosper (paramedic), T. Rowe (technician)."])
    top = plain_top(f, addr("Jamie Vosper", "jamie.vosper@nhs.net"), addr("MASH", BMASH),
                    "Referral - Fenwick - PRF attached", when, "nhs.net", "iPhone Mail (21F90)")
    add(f, iphone_mail(f, top, text, [prf]), "torbay", "mash_step_up", when, 6,
        "urgent", "other", True, None, [],
        [ch("Jaxon Fenwick", "2058-06-14", "14/06/2058"), ch("Sienna Fenwick")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 only in an attachment: a paramedic's one-line mobile mail whose attached patient report form "
        "describes a 2-year-old's bruised ears and fingertip-pattern arm bruises unexplained by 'fell off bed', "
        "and the 4-month-old sister left at home tonight with the partner who gave that account and 'loses it' when "
        "the children cry -> urgent, out of hours (Wednesday 20:14) -> alert_duty. Not a request -> other.",
        not_children=["Jamie Vosper", "Chantelle Fenwick", "Ryan Coles"],
        how="only in the attached patient report form, clinical wording, under a one-line mobile body")

def torbay_03():
    f = "torbay_03.eml"; when = "2060-10-12 14:40:09"
    body = T("""
Dear MASH,

I am making a contact to MASH to step the Tonkin family up from level 3 Early Help for consideration at level 4.

Jake Tonkin - 09/09/2047
Poppy Tonkin - 21/05/2058
EHM-823117

Mum (Nicola Tonkin) has given her consent for this contact to MASH. My assistant team manager, Silas Penrose, agrees the information needs to be considered at level 4.

Why now: mum's drinking has got worse since the summer. Jake (13) has rung 999 for her three times since August - twice when she had fallen and once when he could not wake her - and the paramedics have taken her to Torbay Hospital twice. Jake gets Poppy up, takes her to nursery and collects her most days, and his attendance has dropped to 82%. Mum is honest about the drinking and has an appointment with the alcohol service, but she has missed the last two.

Kind regards,
Morwenna

Morwenna Polglase
Early Help Family Practitioner | Torbay Council
01632 960 841 | 07700 900 733

""") + BDISC
    top = outlook_top(f, addr("Polglase, Morwenna", "Morwenna.Polglase@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up - Tonkin - EHM-823117", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-823117"],
        [ch("Jake Tonkin", "2047-09-09", "09/09/2047"), ch("Poppy Tonkin", "2058-05-21", "21/05/2058")],
        ["substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (a contact to MASH; REQUIREMENTS: consent 'has given her consent', the assistant "
        "team manager 'agrees the information needs to be considered at level 4') -> book_meeting. Mum's drinking "
        "-> substance_misuse; a 13-year-old making the 999 calls and caring for his sister -> young_carer. Nothing "
        "is happening tonight.",
        not_children=["Morwenna Polglase", "Silas Penrose", "Nicola Tonkin"])

def torbay_04():
    f = "torbay_04.eml"; when = "2060-10-19 09:15:30"
    body = T("""
Good morning,

Please find attached an adult safeguarding referral raised by one of our crews yesterday.

Mr Arthur Pengelly, aged 78, was found on the floor of his kitchen after a fall; he had been there for some hours. The house is cold (no working heating), there is hoarding in every room, and the crew judged the home unsafe and the risk of further falls high. Mr Pengelly declined to go to hospital and has capacity for that decision.

Household: Mr Pengelly lives alone. No children live at or visit the address and he has no dependants.

We think this may have reached the children's MASH by mistake - if so, please forward it to Adult Social Care.

Regards,
SWASFT Safeguarding Hub
South Western Ambulance Service NHS Foundation Trust
01632 960 120

""") + NHSDISC
    form = docx_att("Adult safeguarding referral - Pengelly.docx", [
        "# Adult safeguarding referral", "Adult: Arthur Pengelly, 78. Category: self-neglect.",
        "Found after a fall; cold house; hoarding; declined conveyance with capacity.",
        "Children in household: none. Dependants: none."])
    top = outlook_top(f, addr("SWASFT Safeguarding Hub", "swasft.safeguardinghub@nhs.net"), addr("MASH", BMASH),
                      "Adult safeguarding referral - self-neglect - Mr A Pengelly", when)
    add(f, mail(f, top, body, [form]), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (an adult with no child at risk): the ambulance service's adult self-neglect referral uses the "
        "alarm words ('unsafe', 'risk of further falls') about a 78-year-old who lives alone - 'No children live at "
        "or visit the address' -> not a child-protection matter; misdirected -> other, human_review.",
        not_children=["Arthur Pengelly"], how="an adult's self-neglect, no child involved, with alarm words")

def torbay_05():
    f = "torbay_05.eml"; when = "2060-10-14 10:52:44"
    ack = ack_text("step-up", "SB-torbay-4187", ["Case: EHM-823117",
                                                  "Children: Jake Tonkin (09/09/2047), Poppy Tonkin (21/05/2058)",
                                                  "MASH threshold discussion: to be booked with the assistant team manager"])
    text = T("""
Sorry on my phone. Jake just rang me from school in tears.

He rang 999 for mum at 1am - she'd collapsed after drinking - and the paramedics took her to Torbay hospital, she's still on the ward. Jake had Poppy on his own for the rest of the night.

At 8 this morning Poppy's dad Darren turned up drunk and said he was taking her. Jake had to go to school. Darren has a non-mol for hitting mum and isn't meant to see Poppy except at the contact centre. Jake thinks he's taken her to his flat in Paignton. Poppy is 2.

I can't get hold of anyone on the ward.

M

Sent from my iPhone

On 12 Oct 2060, at 14:46, MASH <mash@torbay.gov.uk> wrote:

""") + quoted(ack)
    top = plain_top(f, addr("Polglase, Morwenna", "Morwenna.Polglase@" + BDOM), addr("MASH", BMASH),
                    "Re: [SB-torbay-4187] Contact received - Tonkin", when, BDOM, "iPhone Mail (21F90)")
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-823117"],
        [ch("Jake Tonkin", "2047-09-09", "09/09/2047"), ch("Poppy Tonkin", "2058-05-21", "21/05/2058")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in mobile style, in a reply on [SB-torbay-4187] (torbay_03's family): mum was taken to "
        "hospital by ambulance at 1am, and this morning the drunk father under a non-molestation order took the "
        "2-year-old to his flat -> urgent -> alert_duty though the kind is follow_up. Names and DOBs come from the "
        "quoted acknowledgement.",
        how="mobile style from the lead practitioner, a parent taken to hospital")

def torbay_06():
    f = "torbay_06.eml"; when = "2060-11-26 15:35:51"
    body = T("""
Hi Early Help,

I'd like a triage slot to step Ava-Rose down to level 3 Early Help.

Ava-Rose Luscombe - DOB 17/02/2050
LCS-4733902

The Single Assessment is attached.

Mum has said she doesn't want Early Help - she declined when I visited on Wednesday. I'll keep talking to her, but I wanted to get the request in.

Background: dad's depression. The ambulance was called twice in the spring when he took overdoses; he is now under the community mental health team and doing better, and there have been no call-outs since April. Ava-Rose (10) worries about him and her school has noticed she is withdrawn.

Tom

Tom Lethbridge
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960 562

""") + BDISC
    sa = pdf_att("Single Assessment - Luscombe.pdf", "Single Assessment - Ava-Rose Luscombe", [
        "LCS-4733902. Ava-Rose Luscombe, DOB 17/02/2050.",
        "Father's depression; two ambulance call-outs (March, April 2060); CMHT involved since May.",
        "Social worker's analysis: needs can be met at level 3."])
    top = outlook_top(f, addr("Lethbridge, Tom", "Tom.Lethbridge@" + BDOM), addr("Early Help", BEH),
                      "Step down to level 3 - Luscombe - triage", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["LCS-4733902"],
        [ch("Ava-Rose Luscombe", "2050-02-17", "17/02/2050")],
        ["parental_mental_health"], False, None, ["consent", "manager_agreed"], None, "request_info",
        "Incomplete Torbay step-down: the Single Assessment is attached (it carries only the social worker's "
        "analysis) but mum 'declined' -> consent false, and no team manager's agreement -> missing consent, "
        "manager_agreed -> request_info. 'level 3' stated -> 3. The overdoses are past (no call-outs since April).",
        not_children=["Tom Lethbridge"])

def torbay_07():
    f = "torbay_07.eml"; when = "2060-12-01 10:10:26"
    blocks = [
        "Hello Early Help,",
        "",
        "Please could the Dart family have a slot at the Tuesday triage - a step down to level 3 Early Help.",
        "",
        ("table", [["Child", "Date of birth", "Case"],
                   ["Lowen Dart", "11/11/2049", "LCS-4710958"],
                   ["Tegen Dart", "04/04/2053", "LCS-4710958"]]),
        "",
        "The Single Assessment is attached. My team manager, Mark Trewin, has recorded his analysis and agrees the "
        "threshold for level 3 is met, and mum has given her consent to level 3 Early Help.",
        "",
        "A note on the history, as it is the first thing on LCS: the original referral in March 2059 came from a "
        "South Western Ambulance Service crew who found mum unconscious after an overdose while the children were "
        "in the house. That is long resolved. Mum has been well for 18 months, sees the community mental health "
        "team monthly, and there have been no further ambulance call-outs. The children are doing well at school.",
        "",
        "What Early Help can add: support for mum to keep her routines through the winter and a young people's "
        "group for Lowen.",
        "",
        "Thanks,",
        "Ellie",
        "",
        "Ellie Bassett",
        "Social Worker | Single Assessment Team | Torbay Council",
        "01632 960 298",
        "",
        BDISC.strip(),
    ]
    sa = docx_att("Single Assessment - Dart.docx", [
        "# Single Assessment - Dart", "LCS-4710958. Lowen Dart (11/11/2049), Tegen Dart (04/04/2053).",
        "Team manager's analysis (Mark Trewin): threshold for level 3 met.",
        "Consent: mother consents to level 3 Early Help (29/11/2060)."])
    top = outlook_top(f, addr("Bassett, Ellie", "Ellie.Bassett@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down L3 - Dart", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-4710958"],
        [ch("Lowen Dart", "2049-11-11", "11/11/2049"), ch("Tegen Dart", "2053-04-04", "04/04/2053")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Near miss (historic): a crew found mum unconscious after an overdose with the children at home in March "
        "2059 - 'long resolved', well for 18 months -> not urgent. Complete Torbay step-down (assessment .docx, TM "
        "agrees the threshold, consent; Word HTML with a table; the case id repeated per row, labelled once) -> "
        "book_meeting; both children over 5 -> weekly triage. Mum's mental health is the case's concern.",
        not_children=["Ellie Bassett", "Mark Trewin"], how="a historic overdose found by a crew, resolved")

def torbay_08():
    f = "torbay_08.eml"; when = "2060-09-10 09:20:18"
    add(f, google_reply(f, when, "Ursula Kemp", "ursula.kemp@actionforchildren.example.org.uk",
                        ("Torbay Early Help", BEH), "ACCEPTED", "Under-5s triage - Yeo (LCS-4721036)",
                        "20600921T083000Z", "20600921T090000Z", "Early Help offices, Paignton - Room 3",
                        "Tue 21 Sep 2060 09:30 - 10:00 (BST)", "torbay_01.eml"),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-4721036"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (ACCEPTED, times in UTC, with the invite.ics copy) from the AFC representative "
        "for torbay_01's under-5s triage slot -> meeting_reply, record_reply.",
        not_children=["Ursula Kemp"])


# ============================================================================ HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2060-09-13 11:05:47"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for the Pritchard children, stepping down to Level 3 (Intensive) following the Child & Family Assessment.

Evie Pritchard - 05/05/2045
Tom Pritchard - 21/08/2049
Lacey Pritchard - 30/01/2055
Mosaic ID 1448207

Key person: Carys Bevan, Family Support Worker, Leominster Children's Centre - agreed with the family at the visit on 10/09/2060.

Background: West Midlands Ambulance Service crews have been called to the house six times this year when dad (Gareth) fell after drinking. Dad has now engaged with the alcohol service and has been sober for eight weeks; the children's nan lives in the next street and is part of the plan.

Kind regards,
Rhian Powell
Social Worker | Children's Services (Leominster) | Herefordshire Council
01632 960 631

""") + HDISC
    consent = pdf_att("Consent form signed - Pritchard.pdf", "Early Help - consent to share information and receive "
                      "support", ["Family: Pritchard. Children: Evie, Tom and Lacey Pritchard.",
                                  "I agree to my family receiving Early Help support and to information being shared.",
                                  "Signed: Gareth Pritchard (father) 10/09/2060. Signed: Lisa Pritchard (mother) 10/09/2060."])
    plan = docx_att("EHA step down plan - Pritchard.docx", [
        "# Early Help Assessment - step-down plan", "Mosaic ID 1448207.",
        "What needs to happen: dad continues with the alcohol service (weekly); nan's support written into the plan.",
        "By whom: Carys Bevan (key person), alcohol service, school.",
        "Outcome: no further ambulance call-outs; children's attendance stays above 95%.",
        "Timescale: review at the MAG in six weeks."])
    top = outlook_top(f, addr("Powell, Rhian", "Rhian.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Pritchard - Mosaic ID 1448207", when)
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1448207"],
        [ch("Evie Pritchard", "2045-05-05", "05/05/2045"), ch("Tom Pritchard", "2049-08-21", "21/08/2049"),
         ch("Lacey Pritchard", "2055-01-30", "30/01/2055")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent form .pdf signed, EHA step-down plan "
        ".docx, key person with agency) -> book_meeting; 'Level 3 (Intensive)' -> 3. Dad's drinking and the six "
        "ambulance call-outs -> substance_misuse; now sober, nothing immediate.",
        not_children=["Rhian Powell", "Carys Bevan", "Gareth Pritchard"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2060-11-19 21:05:12"
    body = T("""
Dear MASH team,

I'm the out-of-hours GP on duty at the Hereford base tonight. I may be reading too much into this, but I would rather you heard it tonight than on Monday.

At 19:30 I saw Ellis Price, DOB 15/10/2060 (5 weeks old), brought in by his father, Aaron Price, for "not feeding well". On examination the frenulum of his upper lip is torn and there is a fingertip-sized bruise on his left cheek. Dad said Ellis's 3-year-old brother hit him with a toy this afternoon. A 5-week-old cannot move himself about, and I do not think that account explains the torn frenulum.

I asked for an ambulance to take Ellis to Hereford County Hospital for the paediatricians to see him. The crew arrived at 20:25, but dad declined to go and at 20:40 left in his car with Ellis, saying he would "take him home and see how he gets on". Mum was not with them and we have no phone number for her. The address we hold is 3 Orchard View, Much Marcle, HR8 9ZX.

I have told the police (their reference 1119-0412); they said they would send someone when they could. I am on shift until 08:00 on 01632 960 412.

Dr Imran Qadir
GP, Marches Out-of-Hours GP Service

""") + NHSDISC
    top = outlook_top(f, addr("Qadir, Imran (Dr)", "imran.qadir@nhs.net"), addr("Herefordshire MASH", HMASH),
                      "5-week-old seen at OOH tonight - Ellis Price", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Ellis Price", "2060-10-15", "15/10/2060")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, hedged ('I may be reading too much into this'), out of hours (Friday 21:05): a 5-week-old "
        "with a torn frenulum and a cheek bruise the father's account does not explain, the father refused the "
        "ambulance and took him home, police not yet attending -> urgent -> alert the out-of-hours team. An "
        "out-of-hours GP's report, not a request (and Herefordshire defines no step-up) -> other.",
        not_children=["Imran Qadir", "Aaron Price"], how="hedged, by an out-of-hours GP, after the ambulance was refused")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2060-10-31 19:40:33"
    body = T("""
hi, not sure this is the right email but its the only one i could find on the council website on a sunday.

im a community first responder for the ambulance service. i was sent to Yew Tree Cottage, Kingstone at 16:50 today for a man with chest pains, Rob Lloyd. the ambulance took him to Hereford County at 17:30 and they think its his heart.

his two kids were there on their own with him, Ollie Lloyd who is 8 and his sister Bella Lloyd who is 6. Rob told me their mum lives in Birmingham and hasnt seen them since the summer and theres nobody else. the crew said theyd "pass it on" but nobody has rung me.

i had to get back to my own kids at half 6 so theyre with Keira, the 14 year old from the next farm, but she has to go home at 9. the fridge was empty apart from milk and Ollie said they often get their own tea and put themselves to bed when dad works late.

my number is 07700 900 215. please can someone ring me or go out there tonight

Gwen
""")
    top = plain_top(f, addr("Gwen Watkins", "gwenwatkins62@hotmail.example.co.uk"), addr(None, HEH),
                    "2 kids on their own at Kingstone tonight", when, "hotmail.example.co.uk")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ollie Lloyd"), ch("Bella Lloyd")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 from a member of the public (a community first responder), lower-case and unpunctuated, on "
        "Sunday 31 October at 19:40 GMT (the evening the clocks went back: +0000): the only carer went to hospital by "
        "ambulance, an 8- and a 6-year-old are at home with a 14-year-old neighbour who leaves at 9, their mother "
        "is out of touch, and they 'often get their own tea' -> urgent, out-of-hours alert. Sent to the co-ordinators' "
        "inbox -> other.",
        not_children=["Rob Lloyd", "Keira"], how="a member of the public, lower case, a parent taken to hospital")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2060-12-08 13:30:02"
    body = T("""
Dear Early Help Co-ordinators,

Step-down plan for Seren and Dylan Hughes, with mum's signed consent form attached.

Seren Hughes - 06/05/2049
Dylan Hughes - 29/09/2052
Mosaic ID 1460093

Key person: Ffion Parry, Family Support Worker, Kington Family Hub (agreed with mum and both children).

Mum has epilepsy and Seren helps to look after her and Dylan. There have been no seizures since July, when mum's medication was changed.

The plan has a contingency section, which I'll copy here so it is clear: "If mum has another seizure and needs an ambulance, the children will go to their grandmother, Mrs Glenys Hughes, at 2 Bridge Street, Kington, who has agreed. Seren knows to ring 999 and then Nan, and has practised what to say with the school nurse. If mum were ever unconscious with no other adult there, Seren would ring 999 first." This is planning for what might happen - nothing like it has happened since July.

Regards,
Bethan Lewis
Social Worker | Children's Services (Kington) | Herefordshire Council
01632 960 707

""") + HDISC
    consent = pdf_att("Consent form - Hughes.pdf", "Early Help consent form", [
        "Family: Hughes. Children: Seren Hughes, Dylan Hughes.",
        "I consent to Early Help support and to information being shared with the key person.",
        "Signed: Sian Hughes (mother), 06/12/2060."])
    plan = docx_att("Step down plan - Hughes.docx", [
        "# Early Help step-down plan - Hughes", "Mosaic ID 1460093.",
        "What needs to happen: young carers assessment for Seren; epilepsy nurse review for mum in January.",
        "By whom: Ffion Parry (key person), school nurse, epilepsy nurse.",
        "Contingency: if mum needs an ambulance the children go to Mrs Glenys Hughes, 2 Bridge Street, Kington.",
        "Timescale: review at the MAG in six weeks."])
    top = outlook_top(f, addr("Lewis, Bethan", "Bethan.Lewis@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Hughes - Mosaic ID 1460093", when)
    add(f, mail(f, top, body, [consent, plan]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["1460093"],
        [ch("Seren Hughes", "2049-05-06", "06/05/2049"), ch("Dylan Hughes", "2052-09-29", "29/09/2052")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Near miss (hypothetical): the plan's contingency ('If mum has another seizure and needs an ambulance ...', "
        "'If mum were ever unconscious ...') is planning, and nothing has happened since July -> not urgent. "
        "Complete Herefordshire step-down (signed consent form .pdf, plan .docx, key person with agency) -> "
        "book_meeting; level not stated -> null. Seren helps look after mum and her brother -> young_carer.",
        not_children=["Bethan Lewis", "Ffion Parry", "Glenys Hughes"], how="a contingency plan's hypothetical")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2060-11-25 10:22:40"
    body = T("""
Hi co-ordinators,

Step-down for Kian Bowen, DOB 14/02/2056, Mosaic ID 1455520. The Early Help plan is attached.

Mum agreed to the step-down verbally when I visited on Tuesday and I'll get the consent form signed at my visit next week. The key person is still to be agreed - we'll decide at the MAG on 7th December.

The main worry is Kian's attendance (81%). Mum keeps him off after every minor illness - the out-of-hours GP letters show four visits this term for coughs and colds - and she is anxious about him since his febrile convulsion last year.

Thanks,
Owain

Owain Jenkins
Social Worker | Children's Services (Ross-on-Wye) | Herefordshire Council
01632 960 264

""") + HDISC
    plan = pdf_att("EH plan - Kian Bowen.pdf", "Early Help plan - Kian Bowen", [
        "Mosaic ID 1455520. Kian Bowen, DOB 14/02/2056.",
        "What needs to happen: attendance plan with school; school nurse to talk with mum about when to keep Kian home.",
        "By whom: school attendance lead, school nurse. Key person: to be agreed at the MAG.",
        "Timescale: review in six weeks."])
    top = outlook_top(f, addr("Jenkins, Owain", "Owain.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kian Bowen", when)
    t = text_part(body, cte="base64", crlf=True)
    add(f, build(top, multipart("mixed", [t, plan], bnd(f, 1))), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1455520"],
        [ch("Kian Bowen", "2056-02-14", "14/02/2056")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Incomplete Herefordshire step-down (base64 body, plan attached as .pdf): mum 'agreed ... verbally' -> "
        "consent true, but the written consent form is to follow and the key person is 'still to be agreed' -> "
        "missing consent_form, lead_practitioner -> request_info. Attendance 81% -> school_attendance.",
        not_children=["Owain Jenkins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2060-12-06 09:40:15"
    ack = ack_text("step-down", "SB-herefordshire-1732", ["Case: Mosaic ID 1448207",
                                                          "Step-down plan received: 13/09/2060"])
    body = T("""
Good morning,

Just so it is on the file: dad (Gareth) was taken to Hereford County Hospital by ambulance on Saturday evening after a fall at home. The crew stayed with the children until their grandmother, Mrs Ann Pritchard, arrived at 19:10, about 40 minutes later. Nan is staying at the house all week - she is a named carer in the plan - and I saw all three children with her yesterday afternoon. They are fine, and dad is due home on Wednesday.

No action needed from the co-ordinators.

Carys

Carys Bevan
Family Support Worker | Leominster Children's Centre | Herefordshire Council
01632 960 519
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "13 September 2060 11:20",
             "Powell, Rhian <Rhian.Powell@herefordshire.gov.uk>", "[SB-herefordshire-1732] Step-down received - Pritchard",
             ack)
    top = outlook_top(f, addr("Bevan, Carys", "Carys.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1732] Step-down received - Pritchard", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["1448207"], [], [], None, None, [], None, "attach_to_request",
        "Near miss (a parent taken to hospital, already handled): the crew stayed until grandmother arrived, she is "
        "a named carer staying all week, the key person saw the children yesterday -> not urgent. A reply on "
        "[SB-herefordshire-1732] (herefordshire_01's family) -> follow_up, attach_to_request. No child named.",
        not_children=["Carys Bevan", "Ann Pritchard"], how="a parent taken to hospital, children already safe with nan")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2060-12-17 12:00:31"
    body = T("""
Thank you for your email. I am on annual leave from Friday 17 December and back on Tuesday 4 January.

For step-downs that need processing before then, please contact my colleague Xavier Moss (xavier.moss@herefordshire.gov.uk) or the Early Help co-ordinator team on 01632 960 587. If you are worried that a child is at risk of harm, contact the MASH.

Verity Lang
Early Help Co-ordinator | Herefordshire Council
""")
    add(f, ooo(f, when, "Verity Lang", "verity.lang@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-1766] Reminder: step-down to complete - Bowen", body),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from a co-ordinator answering stepbot's reminder -> "
        "auto_reply, ignore (safety rule 2). 'at risk of harm' is boilerplate, about no child.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2060-12-14 08:47:05"
    ack = ack_text("step-down", "SB-herefordshire-1790", ["Case: Mosaic ID 1471186",
                                                          "Children: Alfie Morgan, Maisie Morgan"],
                   ["lead_practitioner: the key person agreed with the family"])
    body = T("""
Morning,

Attaching the ambulance service's referral form that came through to our team inbox overnight, for the Morgan file. I'm on a course all day so I haven't had a chance to read it properly - please add it to the step-down.

Becky

Becky Stanton
Social Worker | Children's Services (Hereford City) | Herefordshire Council
01632 960 318
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "10 December 2060 15:02",
             "Stanton, Becky <Becky.Stanton@herefordshire.gov.uk>", "[SB-herefordshire-1790] Step-down received - Morgan",
             ack)
    form = docx_att("WMAS referral 13.12.2060 - Morgan.docx", [
        "# West Midlands Ambulance Service - referral to children's services",
        "Incident time: 23:52, 13/12/2060. Address: 14 Holmer Rise, Hereford.",
        "Patient: Kirsty Morgan (mother), 29. Head wound and a suspected broken wrist.",
        "Patient states her partner, Lee Gittins, pushed her against the radiator.",
        "Conveyed to Hereford County Hospital at 00:40.",
        "Children in the property: Alfie Morgan (6) and Maisie Morgan (3), asleep upstairs.",
        "Lee Gittins remained at the property with the children. The patient asked the crew: "
        "'please don't leave them with him'.",
        "Police requested 00:05; not on scene when the crew left at 00:40.",
        "Concern category: domestic abuse; children left with the alleged perpetrator.",
        "Crew: S. Price (paramedic), D. Rees (student paramedic)."])
    top = outlook_top(f, addr("Stanton, Becky", "Becky.Stanton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1790] Step-down received - Morgan", when)
    add(f, mail(f, top, body, [form]), "herefordshire", "early_help_duty", when, 5,
        "urgent", "follow_up", True, None, ["1471186"],
        [ch("Alfie Morgan"), ch("Maisie Morgan")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 only in an attachment the sender has not read: a reply on [SB-herefordshire-1790] adds the "
        "ambulance service's overnight referral (.docx): mother taken to hospital at 00:40 after her partner pushed "
        "her against a radiator, a 6- and a 3-year-old left with him, police not there, and nothing since -> urgent "
        "-> alert_duty although the kind is follow_up.",
        not_children=["Becky Stanton", "Kirsty Morgan", "Lee Gittins"],
        how="in an attached ambulance referral (.docx) under a 'for the file' follow-up")


# ============================================================================ rules (DESIGN.md, REQUIREMENTS.md)
AUTHORITIES = ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
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


# ============================================================================ calendar
def easter(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)

def nth_monday(y, m, last=False):
    if last:
        d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
        while d.weekday() != 0:
            d -= timedelta(days=1)
        return d
    d = date(y, m, 1)
    while d.weekday() != 0:
        d += timedelta(days=1)
    return d

def bank_holidays_by_rule(y):
    """England & Wales bank holidays as observed (weekdays), from the standing rules."""
    out = set()
    ny = date(y, 1, 1)
    while ny.weekday() >= 5:
        ny += timedelta(days=1)
    out.add(ny)
    e = easter(y)
    out |= {e - timedelta(days=2), e + timedelta(days=1)}
    out |= {nth_monday(y, 5), nth_monday(y, 5, last=True), nth_monday(y, 8, last=True)}
    taken = set()
    for day in (date(y, 12, 25), date(y, 12, 26)):
        d = day
        while d.weekday() >= 5 or d in taken:
            d += timedelta(days=1)
        taken.add(d)
    return out | taken

# England & Wales bank holidays on weekdays, written out (and re-derived by rule in set_checks):
# 2060: New Year's Day Thu 1 Jan; Good Friday 16 Apr; Easter Monday 19 Apr; Early May Mon 3 May; Spring Mon 31 May;
# Late Summer Mon 30 Aug; Christmas Day is Saturday 25 Dec and Boxing Day Sunday 26 Dec, so the substitute days are
# Monday 27 and Tuesday 28 December. 2061: New Year's Day is a Saturday, substitute Monday 3 January.
BANK_HOLIDAYS = {date(2060, 1, 1), date(2060, 4, 16), date(2060, 4, 19), date(2060, 5, 3), date(2060, 5, 31),
                 date(2060, 8, 30), date(2060, 12, 27), date(2060, 12, 28),
                 date(2061, 1, 3), date(2061, 4, 8), date(2061, 4, 11), date(2061, 5, 2), date(2061, 5, 30),
                 date(2061, 8, 29), date(2061, 12, 26), date(2061, 12, 27)}
WINDOW_START, WINDOW_END = date(2060, 9, 1), date(2060, 12, 17)      # Wednesday - Friday
BST_END = datetime(2060, 10, 31, 1, 0, 0, tzinfo=UTC)                  # last Sunday of October, 01:00 UTC
BST_START = datetime(2060, 3, 28, 1, 0, 0, tzinfo=UTC)                 # last Sunday of March, 01:00 UTC

def last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d

def rule_offset(d):
    """+0100 between the last Sundays of March and October (01:00 UTC), else +0000."""
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

# file: (working days, plain weekdays, notice_ok) - the README's Knowsley table
KNOWSLEY_EXPECTED = {"knowsley_01.eml": (4, 4, False), "knowsley_02.eml": (4, 4, False),
                     "knowsley_03.eml": (5, 5, True), "knowsley_04.eml": (6, 8, True)}


# ============================================================================ reading the messages back
BANNED = re.compile(r"(?i)\b(urgen\w*|risk\w*|immediate\w*|emergenc\w*|danger\w*|unsafe|safeguarding\s+concerns?|"
                    r"asap|critical\w*)\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
YEAR_RE = re.compile(r"(?<![\d-])(20\d\d)(?![\d-])")
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def readable(msg):
    """Every decoded text a reader sees: subject, bodies, HTML, calendars, PDF and .docx text, attachment names."""
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
        elif ct.startswith("text/") or ct.startswith("message/"):
            out.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise ValueError("unreadable part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

def all_headers(msg):
    return " ".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ============================================================================ self-checks
def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]: err("label keys")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                   "missing", "notice_ok", "next_action"]: err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if CATS[f] != "ordinary" and not META[f]["how"]: err("urgent / near miss without a note of how it is told")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
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
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice null, details missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d working days" % (e["notice_ok"], wd))
            exp = KNOWSLEY_EXPECTED.get(f)
            if exp != (wd, plain_weekdays(now.astimezone(LON).date(), meeting), e["notice_ok"]):
                err("Knowsley count %s differs from the README table %s" % ((wd, plain_weekdays(
                    now.astimezone(LON).date(), meeting), e["notice_ok"]), exp))
            if meeting <= now.date() or meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting date")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice only for Knowsley step requests")
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
    raw_date = msg["Date"].strip()
    d = email.utils.parsedate_to_datetime(raw_date)
    local = d.astimezone(LON)
    if not (WINDOW_START <= local.date() <= WINDOW_END): err("Date outside the window")
    if raw_date[:3] != local.strftime("%a"): err("Date header weekday %s, the date is a %s" % (raw_date[:3], local.strftime("%a")))
    if local.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not raw_date.endswith(rule_offset(d)): err("Date offset should be %s" % rule_offset(d))
    if d.utcoffset() != local.utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now's offset differs from the Date header's")
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=10)): err("now is not 2-10 minutes after Date")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted only on auto_reply")
    text = readable(msg)
    for y in YEAR_RE.findall(text):
        if int(y) > YEAR + 1: err("year %s after the window's in the text" % y)
    if e["urgent"]:
        hits = BANNED.findall(text + " " + all_headers(msg))
        if hits: err("banned words in an urgent mail: %s" % sorted(set(h.lower() for h in hits)))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        if c["name"] not in text: err("child %s not in the text" % c["name"])
        w = metas[c["name"]]["_w"]
        if w is not None:
            if w not in text: err("DOB as written %r not in the text" % w)
            if parse_dob(w) != c["dob"]: err("DOB %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if not (date.fromisoformat(c["dob"]) < now.date()) or age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is not a child at now" % c["name"])
    firsts = [text.find(c["name"].split()[0]) for c in e["children"]]
    if firsts != sorted(firsts): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("named adult %s not in the text" % name)
        if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in the text" % cid)
    # per kind
    subj = str(msg["Subject"])
    methods = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj): err("follow_up without [SB-] reference")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("[SB-] on a new request / other mail")
    if (e["kind"] == "meeting_reply") != (methods == ["REPLY"]): err("meeting_reply <=> one METHOD:REPLY part")
    return errors

def set_checks():
    errors = []
    for y in (2060, 2061):
        rule = bank_holidays_by_rule(y)
        listed = {d for d in BANK_HOLIDAYS if d.year == y}
        if rule != listed: errors.append("set: bank holidays %d by rule %s differ from the list %s" % (
            y, sorted(rule - listed), sorted(listed - rule)))
    if easter(2060) != date(2060, 4, 18): errors.append("set: Easter Sunday 2060 should be 18 April")
    inside = [d for d in BANK_HOLIDAYS if WINDOW_START <= d <= WINDOW_END]
    if inside: errors.append("set: a bank holiday inside the window %s" % inside)
    if WINDOW_START.strftime("%A") != "Wednesday" or WINDOW_END.strftime("%A") != "Friday" \
            or date(2060, 12, 18).strftime("%A") != "Saturday":
        errors.append("set: window weekdays (1 Sep 2060 Wednesday, 17 Dec Friday, 18 Dec Saturday)")
    if BST_END.date() != last_sunday(2060, 10) or BST_START.date() != last_sunday(2060, 3):
        errors.append("set: BST change dates are not the last Sundays of March and October")
    for t, off in ((BST_END - timedelta(seconds=1), 3600), (BST_END, 0), (BST_START - timedelta(seconds=1), 0),
                   (BST_START, 3600)):
        if t.astimezone(LON).utcoffset() != timedelta(seconds=off):
            errors.append("set: Europe/London offset at %s is not %d s" % (t, off))
    if not (date(2060, 12, 25).weekday() == 5 and date(2060, 12, 26).weekday() == 6):
        errors.append("set: Christmas 2060 should fall on Saturday and Boxing Day on Sunday")
    if len(LABELS) != 40 or len(FILES) != 40: errors.append("set: 40 files needed")
    for a in AUTHORITIES:
        n = sum(1 for l in LABELS if l["authority"] == a)
        if n != 8: errors.append("set: %s has %d files, needs 8" % (a, n))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11: errors.append("set: needs at least 11 urgent and 11 near misses %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("set: every kind must appear")
    uk = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= uk:
        errors.append("set: urgent kinds should vary, have %s" % sorted(uk))
    offs = {l["now"][-6:] for l in LABELS}
    if offs != {"+01:00", "+00:00"}: errors.append("set: both +01:00 and +00:00 should appear, have %s" % offs)
    if set(KNOWSLEY_EXPECTED) != {l["file"] for l in LABELS if META[l["file"]]["meeting"]}:
        errors.append("set: the Knowsley notice table does not list exactly the files with a meeting date")
    return errors, tot

def run_checks():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    e2, tot = set_checks()
    return errors + e2, tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s manager %s level %s notice %s" % (dict(Counter(str(e["consent"]) for e in ex)),
                                                       dict(Counter(str(e["manager_agreed"]) for e in ex)),
                                                       dict(Counter(str(e["level"]) for e in ex)),
                                                       dict(Counter(str(e["notice_ok"]) for e in ex))),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS))]
    for a in AUTHORITIES:
        out.append("%s %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        m = parse(l["file"])
        out.append("| %s | %s | %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], l["expect"]["kind"],
                   l["expect"]["next_action"], m["Date"], META[l["file"]]["how"] or ""))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.fullmatch(r"(%s)_\d\d" % "|".join(AUTHORITIES), name):
            fn()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
        sys.exit(1)
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
