#!/usr/bin/env python3
"""mixed136: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2048, in regional English and dialect written as people speak: Scouse in Knowsley ("our
kid", "me mam", "sound", "made up", "bizzies", "kecks", "go 'ed"), Devon and Torbay speech ("my lover", "my bird",
"proper job", "dreckly", "dimpsy", "teasy", "mazed", "maid"), East London and Bangladeshi-English in Tower Hamlets
(Amma, Nani, "innit", "vexed", "bredrens", Sylheti and Bangla phrases), Herefordshire and Welsh-border speech ("I
be nesh", "'im said", "bist", "ar", Mam-gu, cwtch, cariad, Duw, diolch, bore da) and south-west London (Estuary
"I ain't daft", young people's "allow it" and "the olders", a Putney parent's "absolutely epic"); parents,
grandparents, neighbours and workers who write the way they talk, alongside practitioners writing standard English.

Window: the autumn term of 2048, Tuesday 1 September - Friday 18 December 2048 (checked below with Python: 1 September
2048 is a Tuesday, 18 December 2048 a Friday). BST ends at 01:00 UTC on Sunday 25 October 2048, so Dates up to
Friday 23 October carry +0100 and Dates from Monday 26 October carry +0000. England & Wales bank holidays (computed
here, and compared with the `holidays` package when it is importable): none falls inside the window (the Late Summer
bank holiday is Monday 31 August, the day before it); Christmas Day is Friday 25 December and Boxing Day (Saturday
26 December) is observed on Monday 28 December, which matters for a Knowsley meeting on Tuesday 29 December.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; the .docx zips have fixed timestamps; PDFs are hand-built PDF 1.4 text pages. Standard library
only (python3 make_set.py); `--stats` prints tallies. Every label was set by hand from /work/shared/DESIGN.md,
REQUIREMENTS.md and the seeds; the self-checks verify them against those rules and STOP before writing anything if
any check fails. The MIME / Word-HTML / PDF / .docx / iCalendar helpers are adapted from
/work/main/tests/data/mixed27/make_set.py (the example the brief names).
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
SET = "mixed136"


# ============================================================================= MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((SET + fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((SET + fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Europe/London wall-clock time -> aware datetime (the offset is +0100 or +0000 as London has it)."""
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
    else:  # 7bit
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
    s.encode("ascii")                         # every message is 7-bit clean (QP / base64 / encoded-words)
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Calibri"):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def gmail_html(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<div>%s</div>" % "<br>".join(html.escape(l, quote=False) for l in para.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(out)


# -- Word "filtered medium" HTML (Outlook) with an MsoTableGrid table
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
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
    t = re.sub(r"\[\[(.+?)\]\]", r"<span class=SpellE>\1</span>", t)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", re.sub(r"\[\[(.+?)\]\]", r"\1", t))

def word_html(blocks):
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
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"


# -- format=flowed (RFC 3676)
def flowed(text, width=72):
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
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)

def flowed_part(text):
    return Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(flowed(text)))


# -- hand-built PDF 1.4 (Helvetica, WinAnsi, uncompressed so the self-check can read it back)
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
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
            b"<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) >>" % pdf_escape(title).encode("cp1252")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    """Read back the text of a PDF built by make_pdf (the strings shown by the ' operator)."""
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    s = m.group(1).decode("cp1252")
    out, i = [], 0
    while i < len(s):
        if s[i] == "(":
            j, buf = i + 1, []
            while s[j] != ")":
                if s[j] == "\\":
                    j += 1
                buf.append(s[j]); j += 1
            out.append("".join(buf)); i = j + 1
        else:
            i += 1
    return "\n".join(out)


# -- minimal .docx (OOXML) with fixed timestamps
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paras, tables=()):
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
            zi = zipfile.ZipInfo(name, date_time=(2048, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    paras = re.split(r"</w:p>", xml)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))) for p in paras)

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


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


# -- header blocks
OUTLOOK_MID = "LO6P265MB7120.GBRP265.PROD.OUTLOOK.COM"

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, OUTLOOK_MID))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
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


# -- whole-message builders
def mail(f, top, body, atts=(), html_alt=False, crlf=True, html_body=None):
    t = text_part(body, crlf=crlf)
    if html_alt or html_body:
        t = multipart("alternative", [t, text_part(html_body or html_of(body), "html", crlf=crlf)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def gmail(f, top, body, atts=()):
    alt = multipart("alternative", [text_part(body), text_part(gmail_html(body), "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def word_mail(f, top, blocks, atts=(), plain_twin=True):
    h = text_part(word_html(blocks), "html")
    body = multipart("alternative", [text_part(word_text(blocks)), h], bnd(f, 2)) if plain_twin else h
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only(f, top, html_body, cte="quoted-printable"):
    return build(top, text_part(html_body, "html", cte=cte, crlf=True), True)

def android_b64(f, top, text):
    """Gmail for Android: one text/plain part, base64, LF line ends."""
    return build(top, text_part(text, cte="base64"), False)

def apple_mail(f, top, text, atts=(), html_body=None):
    """iPhone / iPad Mail: text/plain; format=flowed (+ optional HTML), Apple-Mail boundaries, LF."""
    t = flowed_part(text)
    if html_body:
        t = multipart("alternative", [t, text_part(html_body, "html")], "Apple-Mail=_%s" % sha(f, "a2")[:24].upper())
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "a1")[:24].upper()) if atts else t
    return build(top, root, False)

def itip_request_mail(f, top, body, cal, atts=()):
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True),
                                    cal_part(cal, "REQUEST")], bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1))
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    root = multipart("alternative", [text_part((comment + "\n") if comment else " ", crlf=True),
                                     cal_part(cal, "REPLY")], bnd(f, 1))
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

def quote(frm, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = ("This email and any attachments are confidential and intended solely for the addressee. If you have received "
         "it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.\n")
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify the "
         "sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")
BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are "
         "not the intended recipient, please delete it and tell the sender.\n")
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")


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
# Dates that are not working days, each with its reason (the brief: "every Date a working day or justified").
JUSTIFIED = {}
# (file, phrase, field, value): a dialect phrase the label of `field` rests on.
WORDING = []

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the self-check)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), told=None):
    """Record one file. `meeting` is the date the Knowsley notice is counted to; `not_children` are adults named in
    the mail who must never be labelled; `told` is how an urgent mail tells its risk (for the README)."""
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children), "told": told,
                   "when": when}


# ============================================================================= KNOWSLEY (Scouse)
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2048-09-08 10:12:37"
    body = T("""
Hiya,

Step up TAF for the Kelly kids, EHM-63318. The invite's in this email for Wednesday 16th September at 10am on Teams - I've sent it to youse in MASH and to MASH business support for the minutes, and I've invited the current TAF lot myself (school, the HV and the nursery).

Kids:
Tyler-Jay Kelly - 03/02/2041
Lacey Kelly - 27/11/2045

Attached: the step up form, the GCP2 we did together at the TAF on 1st September, and the minutes of that TAF.

Me TM, Bernie Coyle, went through it with me in supervision yesterday and she's agreed the step up - it's signed off on the form an' all.

Quick version: the house has gone downhill again. No gas on the meter most weeks, dog dirt on the landing, the kids' beds have no sheets on. Lacey's nearly three and she's still in 12-18 month clothes - the HV has weighed her twice since July and she's dropped a centile both times. Mum (Shannon) is dead nice and always lets us in but nothing sticks for more than a week. Tyler-Jay goes the shop with his nan on a Saturday or there's no scran in the house.

Ta-ra for now,
Leanne

Leanne Gerrard
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0374

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20480916T100000", "20480916T113000",
              "Step up TAF meeting - Kelly - EHM-63318", "Microsoft Teams Meeting",
              "Step up TAF for Tyler-Jay and Lacey Kelly (EHM-63318). Form, GCP2 and TAF minutes attached to the "
              "invitation email. Chair: MASH social worker. Minutes: MASH business support.",
              ("Leanne Gerrard", "Leanne.Gerrard@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     + sha(f, "teams")[:24]])
    form = docx_att("FF Step Up request to CSC - Kelly.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM:", "EHM-63318",
        "Children:", "Tyler-Jay Kelly 03/02/2041; Lacey Kelly 27/11/2045",
        "Has this family recently closed to Children's Social Care?:", "No",
        "Date of step up TAF meeting:", "Wednesday 16/09/2048, 10:00, Microsoft Teams",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
        "High - mum always lets us in and comes to every TAF; the toolkit was not needed",
        "Recent TAF meeting minutes attached:", "Yes - TAF 01/09/2048",
        "What are we worried about?",
        "Home conditions (no gas most weeks, dog dirt on the landing, no bedding); Lacey's weight and clothes; "
        "food running out before payday. Impact: Lacey has dropped two centiles since July.",
        "What is working well?", "Mum engages and is honest; nan shops with Tyler-Jay on Saturdays; both children "
        "attend school and nursery every day.",
        "What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed.",
        "Graded Care profile (If neglect should be completed).", "Completed 01/09/2048 with mum - see attached GCP2.",
        "Merseyside Exploitation Assessment - CE/CSE concern.", "N/A",
        "Agreement by line manager:", "Agreed - Bernie Coyle, Team Manager, 07/09/2048",
        "Contingency plan (Smart and timely).", "If not agreed: fortnightly home visits with the HV, a TAF every "
        "four weeks, a referral for a fuel voucher and a food bank parcel each week."])
    gcp2 = pdf_att("GCP2 - Kelly - 01.09.2048.pdf", "Graded Care Profile 2 (GCP2) - Kelly family",
                   ["Completed: 01/09/2048 by Leanne Gerrard (Family First) with Shannon Kelly (mum)",
                    "Children: Tyler-Jay Kelly (7) and Lacey Kelly (2)",
                    "Area 1 Physical care - nutrition: grade 4; housing: grade 4; hygiene: grade 4",
                    "Area 2 Safety - in presence: grade 3; in absence: grade 3",
                    "Area 3 Love and care: grade 2",
                    "Area 4 Stimulation and education: grade 3",
                    "Overall: grade 4 - care is not meeting the children's physical needs consistently."])
    minutes = docx_att("TAF minutes 01.09.2048 - Kelly.docx", [
        "# Team Around the Family - minutes", "Date: 01/09/2048, 13:30, Kirkby Family Hub",
        "Present: Shannon Kelly (mum), Leanne Gerrard (Family First, chair), class teacher, health visitor, "
        "nursery manager",
        "HV: Lacey weighed 28/07 and 25/08, dropped a centile each time.",
        "Nursery: Lacey arrives hungry on Mondays; same clothes all week.",
        "GCP2 completed together in the meeting - overall grade 4.",
        "Agreed: Leanne to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Gerrard, Leanne", "Leanne.Gerrard@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Kelly - EHM-63318 - Wed 16 Sep 10:00", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63318"],
        [ch("Tyler-Jay Kelly", "2041-02-03", "03/02/2041"), ch("Lacey Kelly", "2045-11-27", "27/11/2045")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up sent as the Family First case manager's own Outlook meeting request (iTIP METHOD:"
        "REQUEST, the Teams invite the protocol asks for) to the MASH inbox and MASH business support, with the "
        "Appendix 1 form (.docx), the GCP2 (.pdf, needed for neglect) and the TAF minutes (.docx). Scouse voice: "
        "'Me TM ... she's agreed the step up' -> manager_agreed true; 'lets us in' is not consent -> null. EHM-63318. "
        "Notice: Tue 8 Sep -> Wed 16 Sep 10:00 = 6 working days (9, 10, 11, 14, 15, 16) >= 5 -> ok -> book_meeting. "
        "Concerns: home conditions, Lacey's weight, no food -> neglect.",
        meeting=date(2048, 9, 16), not_children=["Shannon Kelly", "Bernie Coyle", "Leanne Gerrard"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2048-09-30 15:47:12"
    nan = T("""
Jamie its Pauline, Kelseys mam.

Im sorry to bother you la but i didnt know who else to tell. Hes back. Darren. Hes been at our Kelseys since dinner time bevvied and off his head on summat, she rang me crying from the bathroom. Hes give her a dig in the face and hes smashed the telly. The kids are in there with him.

Our Mason rang me on her phone, he said "nan hes got Ruby-Leigh and he wont give her back, hes saying no ones taking his babby off him". Hes saying hes taking the baby to his mams in Speke tonight and youse will never see her again.

I cant get round there, me legs are bad and ive no bus fare till Friday. Kelsey says dont ring the bizzies cos hell go mad. I dont know what to do. Please can someone go round. Its 22 Thornbury Walk, Huyton.

Pauline x
""")
    body = T("""
Forwarding this from Nan (Pauline Doyle) - it came in ten minutes ago to my work email. This is the Doyle family, Mason Doyle (9) and Ruby-Leigh Doyle (7 months), EHM-63790, step up TAF booked for next Wednesday.

I'm stuck in a TAF in Halewood till half four and I can't get out of it. Can someone in MASH read this now and give Nan a ring on 07700 900 214 please.

Jamie

Jamie Pendleton
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0581
""") + quote("Pauline Doyle <pauline.doyle61@btinternet.com>", "30 September 2048 15:31",
             "Pendleton, Jamie <Jamie.Pendleton@knowsley.gov.uk>", "our kelsey", nan) + "\n" + KDISC
    top = outlook_top(f, addr("Pendleton, Jamie", "Jamie.Pendleton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: [SB-knowsley-2207] Step up TAF - Doyle - EHM-63790", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-63790"],
        [ch("Mason Doyle"), ch("Ruby-Leigh Doyle")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, TOLD IN THE FORWARDED PART: the case manager's own note is neutral ('Can someone in MASH read this "
        "now'); the forwarded message from the children's nan, in unpunctuated Scouse, says the ex-partner is "
        "'bevvied and off his head on summat', has hit mum ('give her a dig'), holds the 7-month-old and says he is "
        "taking her to Speke tonight ('youse will never see her again'); the 9-year-old rang nan. A reply on an "
        "existing request ([SB-knowsley-2207] in the subject) -> follow_up, but urgent -> alert_duty. Children named "
        "in full in the worker's note, ages only (no DOB). Concerns: domestic_abuse, substance_misuse. 'bizzies' = "
        "police; 'la' = lad/mate; 'dinner time' = midday.",
        not_children=["Pauline Doyle", "Jamie Pendleton"], told="in a forwarded message from the children's nan")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2048-10-12 14:20:05"
    body = T("""
Hi Family First duty,

I'm stepping the Roberts family down to Family First at Level 3 at their final CIN meeting:

Date and time: Tuesday 20th October 2048, 10:00
Venue: Kirkby Family Hub, Cherryfield Drive, Kirkby
Children: Charlie Roberts (DOB 11/05/2039) and Skye Roberts (DOB 30/01/2044)
ICS ID: ICS-2290573

Mum (Jodie Roberts) has given her consent to the referral to Family First - she signed it at the CIN review on 6th October.

What are we worried about?
Mum's low mood over the winter months (she was on medication last winter); Charlie's attendance (86%) and lateness; the family are in rent arrears.

What is working well?
Mum has stuck with Talking Therapies since June and says she feels "loads better, honest". Charlie's nan does the school run on Mondays and Tuesdays. The children are warm, fed and obviously loved.

What needs to happen?
A Family First case manager to pick up a TAF with school and the Talking Therapies worker; a benefits check and help with the rent arrears; a morning routine plan for Charlie.

Thanks,
Danny

Danny Fitzsimmons
Social Worker | CIN Team (Kirkby) | Knowsley Council
0151 496 0612

PS - sorry, just come off the phone to Charlie's nan and I'm not sure what to make of it. She says mum's ex, Carl Bennett, turned up at the house about an hour ago, he's been drinking, and he's "took Skye in the car". Nan says he's not meant to have her without mum, there's no car seat in his car, and mum's "on the floor in bits" with a cut lip. I can't get hold of mum. It might be something and nothing and he's just took her the shop, but I wanted you to know in case anyone from Family First has been out there today. I'm heading round there now.

""") + KDISC
    top = plain_top(f, addr("Fitzsimmons, Danny", "Danny.Fitzsimmons@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Family First L3 - Roberts - ICS-2290573", when, OUTLOOK_MID, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "urgent", "step_down", True, 3, ["ICS-2290573"],
        [ch("Charlie Roberts", "2039-05-11", "11/05/2039"), ch("Skye Roberts", "2044-01-30", "30/01/2044")],
        ["domestic_abuse", "parental_mental_health", "school_attendance", "substance_misuse"], True, None, [], True,
        "alert_duty",
        "URGENT, TOLD IN A HEDGED PS under a complete Level 3 step-down: mum's ex has been drinking, has hurt mum "
        "(cut lip) and driven off with the 4-year-old with no car seat in the last hour; 'might be something and "
        "nothing' does not undo it -> alert_duty. The request itself is complete: date, time and venue, all three "
        "Signs of Safety headings, consent 'signed it at the CIN review' (level 3) -> missing []; notice Mon 12 Oct -> "
        "Tue 20 Oct = 6 WD -> ok. Level 3 stated. Concerns: mum's low mood, attendance 86%, and from the PS domestic "
        "abuse and drinking.",
        meeting=date(2048, 10, 20), not_children=["Jodie Roberts", "Carl Bennett", "Danny Fitzsimmons"],
        told="in a hedged PS under an otherwise complete step-down")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2048-10-15 13:52:44"
    body = T("""
Hi,

I'm the learning mentor at Westvale Meadow Primary in Kirkby. Kayla Moran in Year 6 (DOB 22/03/2038) came to find me at dinner today, 12.40, and asked to talk to me in the quiet room. I've written down what she said as near to how she said it as I can:

"Miss I don't wanna go home. Me mam's fella Lee put me head under the tap in the bath last night cos I never done the dishes. He held it there till I couldn't get me breath, me mam was in work. He said if I grass he'll burn all me stuff and put me out on the landing in me kecks. Our kid seen it, he was crying. Lee's picking us up today cos me mam's on a late."

"Our kid" is her brother Jayden Moran in Year 3 (DOB 09/07/2041). He's in class and seems OK, I haven't spoken to him.

Kayla has a red mark on the left side of her neck, about 3cm long, which I saw but didn't touch. She was shaking when she told me.

Lee (we don't know his surname) has been on the list of people allowed to collect both children since September. Home time is 3.15.

Our DSL, Mrs Carragher, is out on a course today. I rang her and she said to email you straight away and ring, which I'm doing now - I'm on hold to the MASH number.

Siobhan McCann
Learning Mentor
Westvale Meadow Primary School, Kirkby
0151 496 0733
""")
    top = plain_top(f, addr("Siobhan McCann", "s.mccann@westvalemeadow.knowsley.sch.uk"), addr("Knowsley MASH", KMASH),
                    "Kayla Moran Y6 - what she told me at dinner", when, "mail.gmail.com",
                    extra=[("X-Google-Smtp-Source", sha(f, "gs")[:40])])
    add(f, gmail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kayla Moran", "2038-03-22", "22/03/2038"), ch("Jayden Moran", "2041-07-09", "09/07/2041")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, IN THE CHILD'S OWN WORDS (Scouse): a 10-year-old says mum's partner held her head under the tap "
        "last night 'till I couldn't get me breath' and threatened to 'put me out on the landing in me kecks' if she "
        "told; a fresh neck mark; the same man collects her and 'our kid' (her brother) at 3.15 today. A school's "
        "contact, not a step request -> other -> alert_duty. 'Our kid' = her brother, named in full by the mentor. "
        "Concerns: physical_harm.",
        not_children=["Siobhan McCann"], told="in a 10-year-old's own words written down by a learning mentor")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2048-10-21 00:22:19"
    text = T("""
Hiya,

Sorry it's dead late - trying to get me C&F assessments finished before half term.

Step down to Family First at Level 3 for the Brennan family, from my C&F assessment:

Children: Ellie Brennan 17/06/2040 and Oscar Brennan 08/02/2046
ICS: ICS-2295518
Joint home visit: Tuesday 27th October, 10am, at home - 6 Larkspur Close, Huyton, L36 4QT

Consent: I asked mum (Stacey Brennan) at my visit on Monday and her exact words were "yeah go 'ed, I'm sound with Family First coming in, anything that helps" - and she's signed the consent section on the C&F.

What are we worried about?
Mum's been dead low since they moved from Walton in the summer - no mates round here, GP has her on sertraline. Oscar (2) has hardly any words yet and is waiting for speech and language. Ellie's been covering for mum with Oscar in the mornings.

What's working well?
Mum's honest about how she's feeling and kept every appointment with me. The kids are made up with their new school and nursery. Their auntie (mum's sister) is coming over from Walton at weekends.

What needs to happen?
A Family First case manager to get mum into the Huyton parents' group, chase the SALT referral for Oscar, and set up a TAF with school and nursery.

Ta,
Nicola

Nicola Tierney
Social Worker | Assessment Team (Huyton) | Knowsley Council
""")
    top = plain_top(f, addr("Nicola Tierney", "Nicola.Tierney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to FF Level 3 - Brennan - ICS-2295518", when, KDOM,
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, build(top, flowed_part(text), False), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-2295518"],
        [ch("Ellie Brennan", "2040-06-17", "17/06/2040"), ch("Oscar Brennan", "2046-02-08", "08/02/2046")],
        ["disability_send", "parental_mental_health"], True, None, [], False, "request_info",
        "Level 3 step-down sent at 00:22 BST on Wed 21 Oct (Thunderbird, format=flowed). Consent in Scouse: '\"yeah "
        "go 'ed, I'm sound with Family First coming in\"' and 'she's signed the consent section' -> true. Joint home "
        "visit with date, time and the home address, all three headings -> missing []. NOTICE DECIDED BY THE CLOCK: "
        "the Europe/London date of now is Wed 21 Oct, so Tue 27 Oct is 4 working days (22, 23, 26, 27) < 5 -> not ok "
        "-> request_info; a reader who takes the UTC date (Tue 20 Oct, 23:27Z) would count 5. 'ICS: ICS-2295518'. "
        "Concerns: mum's low mood -> parental_mental_health; Oscar's speech delay -> disability_send.",
        meeting=date(2048, 10, 27), not_children=["Stacey Brennan", "Nicola Tierney"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2048-11-03 09:35:51"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p>Hiya love,</p>
<p>Sorry if this is the wrong place, the lady at the Family Hub give me this email.</p>
<p>I'm Nan to Rio Walsh (12) and Kenzie Walsh (8). I've had them living with me since last year when it all kicked off with their dad. He was battering our Chelsea (their mam) something shocking and the kids seen a lot of it. He got sent down in March 2047 for it and he's in Walton for years yet, and there's a restraining order so he can't come near any of us when he does get out. Chelsea's in her own flat in Prescot now and doing dead well, she has the kids every Sunday at mine.</p>
<p>The kids are made up living with me, they're sound, no bother at all. Rio's in Year 8 at All Saints and Kenzie's in Year 4, both doing boss at school.</p>
<p>What I'm after is help with uniforms. Rio's shot up and his kecks are halfway up his legs and I can't afford new blazers on me pension. Is there a grant or something? I'm on Pension Credit.</p>
<p>Also I've got a Special Guardianship Order for them (nearly a year now). Someone at bingo said there's a group for nans like me, is that you lot?</p>
<p>Ta very much,<br>Maureen Kinsella (Nan)<br>07700 900 148</p>
</div></body></html>
""")
    top = plain_top(f, addr("Maureen Kinsella", "mo.kinsella52@hotmail.co.uk"), KFF,
                    "help with school uniforms for me grandkids", when, "AM9PR01MB8411.eurprd01.prod.exchangelabs.com")
    add(f, html_only(f, top, h, cte="base64"), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Rio Walsh"), ch("Kenzie Walsh")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (historic, risk managed): a nan's HTML-only, base64 Outlook.com mail. 'He was battering our Chelsea "
        "something shocking' is last year's, the father is in prison ('sent down in March 2047') with a restraining "
        "order, the children live with nan under an SGO and are 'sound, no bother'. What she asks for is a uniform "
        "grant and a kinship carers' group -> other -> human_review. Children named in full with ages, no DOB. "
        "Concerns []: the domestic abuse is historic and nothing current is a contract concern.",
        not_children=["Maureen Kinsella"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2048-11-05 11:03:26"
    body = T("""
Alright all,

Step up for Ryan Fallon (DOB 14/04/2034, 14), EHM-64102. TAF is Weds 11th Nov at 1.30 on Teams - the invite's gone to MASH and MASH BS from my calendar.

Step up form and the minutes of the last TAF (22/10/2048) attached. My TM, Angela Byrne, has read it and agreed the step up - she's signed the form.

Why: Ryan's barely been in school since September (41%), he's had two fixed-term exclusions, and mum has stopped answering the door to me and to school. She's missed the last two TAFs. I've been out six times since the start of October, left cards, rang, texted - nothing back.

Before anyone reads the minutes and panics - at the last TAF school said Ryan told his form tutor "me mam's gonna kill me when she sees me report". That's just how people talk round here, he was laughing when he said it. School followed it up the same day, spoke to Ryan on his own, and he said mum "just shouts and takes me phone off me". No marks, nothing to suggest physical chastisement, and Ryan says he feels safe at home. So this isn't a physical harm thing - it's non-engagement and attendance.

Cheers,
Callum

Callum Hughes
Family First Case Manager | Prescot Team | Knowsley Council
0151 496 0269

""") + KDISC
    form = docx_att("Step Up form - Fallon - EHM-64102.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM:", "EHM-64102",
        "Has this family recently closed to Children's Social Care?:", "No",
        "Date of step up TAF meeting:", "Wednesday 11/11/2048, 13:30, Teams",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
        "Low. Engaging Families Toolkit: not completed yet.",
        "Recent TAF meeting minutes attached:", "Yes - 22/10/2048",
        "What are we worried about?", "Ryan's attendance (41%), two fixed-term exclusions, mum not engaging with "
        "Family First or school since September.",
        "What is working well?", "Ryan comes to youth club on Thursdays; he gets on with his form tutor.",
        "What next?", "Step up to CSC for a C&F assessment.",
        "Graded Care profile (If neglect should be completed).", "N/A",
        "Merseyside Exploitation Assessment - CE/CSE concern.", "N/A",
        "Agreement by line manager:", "Agreed - Angela Byrne, TM, 04/11/2048"])
    minutes = docx_att("TAF minutes 22.10.2048 - Fallon.docx", [
        "# TAF meeting - minutes", "22/10/2048, 15:30, Prescot Family Hub. Mum did not attend.",
        "School: attendance 41%. Ryan said to his tutor 'me mam's gonna kill me when she sees me report' - followed "
        "up the same day, no concerns about physical chastisement, Ryan says he feels safe at home.",
        "Actions: Callum to discuss a step up with his TM."])
    top = outlook_top(f, addr("Hughes, Callum", "Callum.Hughes@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Ryan Fallon - EHM-64102", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-64102"],
        [ch("Ryan Fallon", "2034-04-14", "14/04/2034")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], False, "request_info",
        "NEAR MISS (figure of speech, followed up, negated): 'me mam's gonna kill me when she sees me report' is "
        "Scouse hyperbole, checked the same day - 'no marks, nothing to suggest physical chastisement ... feels safe "
        "at home' -> not urgent, no physical_harm. Knowsley step-up for non-engagement + attendance: the form says "
        "'Engaging Families Toolkit: not completed yet' -> engaging_families missing; form, TAF minutes, EHM id and "
        "TM agreement present. Notice Thu 5 Nov -> Wed 11 Nov 13:30 = 4 WD (6, 9, 10, 11) < 5 -> not ok -> "
        "request_info.",
        meeting=date(2048, 11, 11), not_children=["Angela Byrne", "Callum Hughes"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2048-12-18 11:40:09"
    blocks = [
        "Hello Family First Duty Team,",
        "",
        "This is to let you know of my intention to step Jack Cain down to a Level 2 Early Help service at his final "
        "CIN meeting. Mum asked for it to be done before the New Year, so it's between Christmas and New Year - the "
        "details are below.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Jack Cain, DOB 02/10/2036"],
            ["ICS ID", "ICS-2301846"],
            ["Final CIN meeting", "Tuesday 29 December 2048, 10:00"],
            ["Venue", "Halewood Family Hub, Roseheath Drive, Halewood"],
            ["Lead Practitioner from step-down", "Tony Ashton, Pastoral Lead, Halewood Park Academy (agreed, and "
                                                  "will attend)"],
        ]),
        "",
        "{{What are we worried about?}}",
        "Jack (12) has an ADHD diagnosis and his EHCP application is with the SEND team. He was excluded twice last "
        "year for fighting and still struggles at unstructured times.",
        "",
        "{{What is working well?}}",
        "Since the summer Jack has a key worker at school, his medication is sorted and he has had no exclusions this "
        "term. Mum says \"I'm made up with him, he's a different lad since the summer\". Dad has him every other "
        "weekend and it goes well.",
        "",
        "{{What needs to happen?}}",
        "Mr Ashton to lead a TAF with school SENCO and the ADHD nurse; first TAF review within 6 weeks; EHCP decision "
        "to be chased by school.",
        "",
        "Kind regards,",
        "Hayley Morrissey",
        "Social Worker | CIN Team (Huyton) | Knowsley Council",
        "0151 496 0955",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Morrissey, Hayley", "Hayley.Morrissey@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Intention to step down to Level 2 - Cain - ICS-2301846", when,
                      cc=addr("Tony Ashton", "t.ashton@halewoodpark.knowsley.sch.uk"))
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2301846"],
        [ch("Jack Cain", "2036-10-02", "02/10/2036")],
        ["disability_send"], None, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down in an Outlook Word table (HTML + tab-separated text twin): date, time "
        "and venue of the final CIN meeting, the lead practitioner with his agency, all three headings; consent is "
        "not required at level 2 and not mentioned -> null. NOTICE ACROSS CHRISTMAS: Fri 18 Dec -> Tue 29 Dec 10:00 "
        "= exactly 5 working days (21, 22, 23, 24, 29), because Christmas Day (Fri 25 Dec) and the Boxing Day "
        "substitute (Mon 28 Dec) are bank holidays; 7 plain weekdays -> ok -> book_meeting. Mum's 'I'm made up with "
        "him' is praise, not consent. Concerns: ADHD / EHCP -> disability_send.",
        meeting=date(2048, 12, 29), not_children=["Tony Ashton", "Hayley Morrissey"])


# ============================================================================= RICHMOND & WANDSWORTH (south-west London)
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2048-09-09 14:05:48"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with our Early Help practitioner, Kwame Asante, I am requesting a step up to Children's Services for:

Daniel Adebayo-Hart, DOB 19/01/2035, Mosaic ID 3120457
Address: 41 Fernlea Road, Balham SW12

The latest case summary is attached. The rationale is below.

Rationale for the plan to step up
Daniel (13) has been his mother's main carer since her multiple sclerosis relapse in the spring. Early Help has worked with the family for nine months under a young carers plan, but mum's depression has deepened (her GP increased her medication in August and she has said she "can't see the point some days"), and the practical support we arranged - a carers' assessment and two mornings a week from an agency - has not made enough difference. Daniel's attendance has fallen to 71%. In his own words to Kwame: "I'm cool, innit, it's just long. I can't be going football when mum's on her own, allow it." He has stopped going to football and to the young carers' group. We think the family now needs a statutory assessment of Daniel's needs as a young carer alongside a joint assessment with adult social care.

Daniel's mum, Grace Adebayo, knows about and agrees with the step up.

As Daniel's Early Help Team Manager I have agreed this step up.

Kind regards,

Priya Nandakumar
Early Help Team Manager (Wandsworth South)
Richmond and Wandsworth Councils
020 7946 0583

""") + RDISC
    summary = docx_att("Case summary - Adebayo-Hart - Sept 2048.docx", [
        "# Early Help case summary",
        "Child: Daniel Adebayo-Hart, DOB 19/01/2035, Mosaic ID 3120457",
        "Parent: Grace Adebayo (mother)",
        "Early Help involvement: December 2047 to date (young carers plan). Lead practitioner: Kwame Asante.",
        "Presenting needs: Daniel cares for mum (MS, depression); attendance 71% (autumn term to date); "
        "withdrawn from football and the young carers' group.",
        "Support so far: carers' assessment (March 2048); agency care two mornings a week; young carers' group.",
        "Current view: needs exceed what the Early Help plan can provide."])
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Mosaic ID 3120457 - Adebayo-Hart", when,
                      cc=addr("Asante, Kwame", "Kwame.Asante@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3120457"],
        [ch("Daniel Adebayo-Hart", "2035-01-19", "19/01/2035")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000: case summary attached as "
        ".docx, rationale pasted under its own heading); the young person's own words in London slang ('I'm cool, "
        "innit, it's just long ... allow it') are part of the rationale, not a risk. 'Mosaic ID 3120457' -> "
        "'3120457'. 'knows about and agrees with the step up' -> consent true; 'I have agreed this step up' -> "
        "manager true. Concerns: young carer, mum's depression, 71% attendance.",
        not_children=["Grace Adebayo", "Kwame Asante", "Priya Nandakumar"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2048-09-14 08:52:30"
    text = T("""
Hello there,

Apologies for the slightly bonkers email, but I'd rather get this in first.

On Saturday afternoon our two, Hugo Fennimore-Slade (9) and Clementine Fennimore-Slade (6) - Clemmie to everyone - were having an absolutely epic water fight in the back garden with the boys from next door. Clemmie was shrieking "HELP, HELP, HE'S KILLING ME!" at the top of her lungs, as one does when one's brother has the big Super Soaker, and a lady walking past on Lytton Grove rang the police.

Two perfectly lovely officers came round at about four, spoke to both children (soaked and giggling), had a look round the house and left saying they would put it down as a concern for welfare, "all fine, no further action". One of them said a note might be passed to children's services as a matter of routine and that we might get a letter.

I'm totally fine with that, genuinely - better safe than sorry and all that - but I'd rather it didn't sit on a file somewhere unexplained. Is there any way a note can be added to say it was a water fight? Our neighbours, the Okafors, are more than happy to vouch for the carnage.

Many thanks, and sorry to add to your inbox on a Monday,

Harriet Fennimore-Slade
(mum to the water-fight culprits)
07700 900 770

Sent from my iPhone
""")
    h = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
         "<body dir=\"auto\">" + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>")
                                        for p in text.split("\n\n")) + "</body></html>\n")
    top = plain_top(f, addr("Harriet Fennimore-Slade", "harriet@fennimore-slade.me.uk"), REH,
                    "Police visit on Saturday - could this be noted please?", when, "fennimore-slade.me.uk",
                    extra=[("X-Mailer", "iPhone Mail (22B91)")])
    add(f, apple_mail(f, top, text, html_body=h), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Hugo Fennimore-Slade"), ch("Clementine Fennimore-Slade")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (alarming words, already checked and resolved): a Putney-ish parent's iPhone mail (format=flowed "
        "+ HTML) - 'HELP, HELP, HE'S KILLING ME!' was a 6-year-old in a water fight; police attended, spoke to the "
        "children and closed it as 'all fine, no further action'. She asks only for a note on file -> other -> "
        "human_review. Children named in full with ages. Concerns [].",
        not_children=["Harriet Fennimore-Slade"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2048-10-01 16:58:02"
    text = T("""
Hi MASH

Jordan here, senior youth worker at Falcon Road youth hub in Battersea. Early Help (Sade Bankole) are working with this family but she's on leave and her phone's going to voicemail so Im sending it here, her out of office gave this address.

Kemari Joseph-Lewis, 15 (DOB 04/08/2033), came in the hub at 4 proper shook. Writing it how he said it:

"Bro I'm in debt to them man. They took the ting off me on the bus, the food, and now they're saying I owe them 800. The olders said I gotta do a drop to Portsmouth tonight to pay it off or they're gonna shank me and come to my mum's yard. They know what school my little sister goes. They're linking me at Clapham Junction at 7."

(food = drugs, shank = stab, yard = home, linking = meeting)

He showed me his phone, messages from a number saved as "Big T" saying "7 sharp or ur mums door gets it" with a picture of his mums front door. He's got a cut on his hand he says is from last week.

He's still here with me at the hub but he says he's going at 7 because he's more scared of what happens if he don't. His mum Michelle is at work till 9 and isn't picking up.

Can someone call me back on 07700 900 392.

Jordan Mensah
Senior Youth Worker
Falcon Road Youth Hub
""")
    top = plain_top(f, addr("Jordan Mensah", "jordan.mensah.fryh@gmail.com"), RSU,
                    "Kemari Joseph-Lewis - please call me back today", when, "mail.gmail.com")
    add(f, android_b64(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kemari Joseph-Lewis", "2033-08-04", "04/08/2033")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT, A YOUNG PERSON'S OWN WORDS IN LONDON SLANG relayed by a youth worker (Gmail for Android, one base64 "
        "text/plain part, LF): a 15-year-old 'in debt to them man' after drugs ('the food') were taken, told by 'the "
        "olders' to run drugs to Portsmouth tonight or be stabbed ('shank me') and his mum's home attacked; meeting "
        "them at Clapham Junction at 7 -> alert_duty, out-of-hours-adjacent (16:58). A contact from a youth worker, "
        "not a step request -> other. Little sister unnamed -> not labelled. Concerns: exploitation (county-lines "
        "debt bondage); physical_harm could be argued for the threat.",
        not_children=["Jordan Mensah", "Sade Bankole"], told="a young person's own words in slang, relayed by a youth worker")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2048-10-22 11:26:14"
    body = T("""
Hi Jasper,

Confirming the step-down case discussion we agreed on the phone this morning: Tuesday 27 October 2048 at 14:00, on Teams (I'll send the link). The latest case summary and the draft Early Help plan are attached.

Children: Lily-Mae Pearce (DOB 03/03/2037) and Alfie Pearce (DOB 12/12/2042)
Mosaic: 3098841 (Lily-Mae), 3098842 (Alfie)

Consent: mum, Kerry Pearce, has consented to Early Help continuing the plan - in her words, "yeah, course I want the help to carry on, I ain't daft."

My team manager, Ruth Adair, agrees with the step down and will join the discussion.

Background you'll see in the summary: the family came to us in 2046 after serious domestic abuse by Alfie's dad, Lee Pearce - he hit mum with a bottle in front of both children. That is historic. He was convicted in 2047, there is a five-year restraining order, he lives in Kent and there has been no contact of any kind since. Mum's take: "he ain't coming back, I'd be on the blower to the Old Bill before he got to the gate." There are no current domestic abuse concerns.

What Early Help would pick up: Lily-Mae's attendance (88%, mostly Mondays), and mum's anxiety (on medication, stable, but she finds the school run hard).

Thanks,
Marcus

Marcus Ellery
Social Worker | Family Support and Child in Need (Wandsworth)
Richmond and Wandsworth Councils
020 7946 0622

""") + RDISC
    summary = pdf_att("Case summary - Pearce - Oct 2048.pdf", "Case summary - Pearce family",
                      ["Children: Lily-Mae Pearce (03/03/2037), Alfie Pearce (12/12/2042). Mosaic 3098841 / 3098842.",
                       "Involvement: CIN plan since March 2046 following domestic abuse by Lee Pearce (convicted 2047;",
                       "five-year restraining order; no contact since). CIN reviews: good progress.",
                       "Current needs: Lily-Mae's attendance (88%); mum's anxiety (GP, medication, stable).",
                       "Recommendation: step down to Early Help with a TAF led from school."])
    plan = docx_att("Draft Early Help plan - Pearce.docx", [
        "# Draft Early Help plan - Pearce",
        "Outcome 1: Lily-Mae's attendance above 95% by February - school attendance officer, weekly.",
        "Outcome 2: Mum supported with anxiety - Talking Therapies self-referral; school run buddy on Mondays.",
        "Outcome 3: Alfie settled in Reception - class teacher, half-termly check-in.",
        "Lead professional (proposed): Mrs Dionne Clarke, Family Support Worker, Honeywell Junior School."])
    top = outlook_top(f, addr("Ellery, Marcus", "Marcus.Ellery@" + RDOM), addr("Early Help Duty", REH),
                      "Step down case discussion Tue 27 Oct 2pm - Mosaic 3098841 - Pearce", when,
                      cc="%s, %s" % (addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("Adair, Ruth", "Ruth.Adair@" + RDOM)))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3098841", "3098842"],
        [ch("Lily-Mae Pearce", "2037-03-03", "03/03/2037"), ch("Alfie Pearce", "2042-12-12", "12/12/2042")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS (historic, negated): 'hit mum with a bottle in front of both children' was 2046; he was convicted, "
        "there is a restraining order, no contact since, 'There are no current domestic abuse concerns' -> not "
        "urgent, no domestic_abuse concern. Complete Richmond & Wandsworth step-down: case summary (.pdf), draft plan "
        "(.docx), consent in Estuary English ('yeah, course I want the help to carry on, I ain't daft') -> true; TM "
        "'agrees with the step down' -> true. Case discussion agreed for Tue 27 Oct, within 5 days of the contact "
        "(no notice field for this authority). Two bare Mosaic numbers.",
        not_children=["Kerry Pearce", "Lee Pearce", "Ruth Adair", "Marcus Ellery"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2048-11-10 09:48:33"
    comment = ("Sorry, can't do Thursday - I'm outside the flat in Ham now for my 9.15 visit. Mum (Shannelle) won't "
               "open the door, she's talking to me through the letterbox. She says her ex, Dwayne, came back last "
               "night and he's still in there, and she whispered that he \"put his hands round the baby's neck to "
               "shut her up\" at 4 this morning. I can hear him shouting and Ava-Rose Clarke (9 months) screaming. "
               "Mum says he's taken her phone off her. I've rung 999 and I'm waiting in the car. Can someone from "
               "MASH ring me on 07700 900 517. Chloe")
    data = itip_reply(f, when, "Chloe Barnard", "Chloe.Barnard@" + RDOM,
                      ("MASH Business Support", "mash.businesssupport@" + RDOM), "DECLINED",
                      "Step-up case discussion - Clarke - Mosaic 3134862", "20481112T100000", "20481112T110000",
                      "Microsoft Teams Meeting", comment)
    # the organiser is MASH business support; the reply reaches the step-up inbox too (Cc)
    data = data.replace(b"\r\nTo: ", b"\r\nCc: MASH Step Up <" + RSU.encode() + b">\r\nTo: ", 1)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["3134862"],
        [ch("Ava-Rose Clarke")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the step-up case "
        "discussion, whose COMMENT (also the text part) says the Early Help worker is outside the flat now, mum's "
        "ex is inside, mum says he 'put his hands round the baby's neck' at 4am and the 9-month-old is screaming -> "
        "meeting_reply but urgent -> alert_duty. Case id from the SUMMARY ('Mosaic 3134862'). Concerns: "
        "domestic_abuse, physical_harm.",
        not_children=["Chloe Barnard"], told="in a declined meeting reply's comment")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2048-11-30 07:15:40"
    text = T("""
Alright! Thanks for your email.

I'm off on leave now till Monday 7th December - gone to see my nan in Margate, so signal will be rubbish.

If it's about the Tuesday stay-and-play, speak to Bev on 020 7946 0418. If it's about one of my families and it can't wait, ring the centre on the same number and someone will pick it up.

Cheers,
Dee

Dee Fairbrother
Family Support Worker
Roehampton Children's Centre
""")
    top = [("From", addr("Dee Fairbrother", "dee.fairbrother@roehamptoncc.org.uk")), ("To", REH),
           ("Subject", "Re: [SB-richmond_wandsworth-3290] Step-down case discussion - Thursday 3 December 14:00"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com")),
           ("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<SB-richmond_wandsworth-3290.1@stepbot.invalid>")]
    add(f, build(top, text_part(text), False), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder from a partner agency's family support worker, written as she talks ('Alright! ... "
        "gone to see my nan in Margate'); only 'Auto-Submitted: auto-replied' marks it (subject 'Re: [SB-...]', no "
        "'Automatic reply:') -> auto_reply -> ignore (safety rule 2).",
        not_children=["Dee Fairbrother"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2048-12-02 17:36:21"
    text = T("""
Hi EH duty, sorry sending from my phone.

Spoke to your duty TM (Kwabena) this afternoon and we've pencilled the step-down case discussion for Mon 7th at 11. Case summary attached. The draft plan I'll do tomorrow and send over, promise.

Kids: Reggie Moss 21/05/2039 and Frankie Moss 14/09/2043. Mosaic 3141190.

Haven't asked mum about consent yet - I'm seeing her Friday. She's gonna be fine with it I reckon, she's been proper up for help all along, but I'll confirm once I've actually asked her.

Main stuff: Reggie's basically a young carer for his nan, who lives with them and has COPD - he does her inhalers and gets her up for the toilet at night while mum works nights at the hospital. Frankie's fine, loves nursery. School attendance is OK now (96%).

Tash

Tash Kowalczyk
Social Worker, Children in Need (Richmond)
Sent from my iPhone
""")
    summary = pdf_att("Moss case summary Dec 2048.pdf", "Case summary - Moss family",
                      ["Children: Reggie Moss (21/05/2039), Frankie Moss (14/09/2043). Mosaic 3141190.",
                       "CIN since May 2048: young carer (maternal grandmother with COPD); mum works nights.",
                       "Progress: attendance 96%; carers' assessment for nan done; respite nights agreed.",
                       "Recommendation: step down to Early Help (young carers service + school)."])
    top = plain_top(f, addr("Kowalczyk, Tash", "Tash.Kowalczyk@" + RDOM), addr("Early Help Duty", REH),
                    "Step down - Moss - Mosaic 3141190", when, RDOM, extra=[("X-Mailer", "iPhone Mail (22C152)")])
    add(f, apple_mail(f, top, text, [summary]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3141190"],
        [ch("Reggie Moss", "2039-05-21", "21/05/2039"), ch("Frankie Moss", "2043-09-14", "14/09/2043")],
        ["young_carer"], None, None, ["consent", "draft_plan"], None, "request_info",
        "iPhone step-down (format=flowed, quoted-printable, PDF case summary) in a casual London voice: 'Haven't "
        "asked mum about consent yet ... She's gonna be fine with it I reckon' -> consent null (still to be asked), "
        "so missing consent; 'The draft plan I'll do tomorrow' -> draft_plan missing -> request_info. Attendance "
        "'OK now (96%)' is no concern; Reggie caring for nan -> young_carer.",
        not_children=["Tash Kowalczyk"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2048-12-04 10:12:55"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3307",
                   ["Mosaic: 3141190", "Case discussion: Monday 7 December 2048, 11:00 (to be confirmed)"],
                   ["the draft plan for Early Help", "confirmation that the family consent to Early Help"])
    body = T("""
Hiya,

Saw mum this morning and she's well up for it - she's signed the consent form for Early Help, it's attached along with the draft plan. Still good for Monday at 11.

Ta,
Tash

Tash Kowalczyk
Social Worker, Children in Need (Richmond)
020 7946 0740
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "02 December 2048 17:41",
             "Kowalczyk, Tash <Tash.Kowalczyk@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-3307] Step down - Moss - Mosaic 3141190", ack) + "\n" + RDISC
    consent = pdf_att("Consent to Early Help - Moss - signed.pdf", "Consent to Early Help support",
                      ["I agree to my family receiving support from Early Help and to information being shared",
                       "with the professionals named in the plan.",
                       "Signed: Danielle Moss (mother)    Date: 04/12/2048", "Mosaic: 3141190"])
    plan = docx_att("Draft EH plan - Moss.docx", [
        "# Draft Early Help plan - Moss family",
        "Outcome 1: Reggie gets time for himself - young carers' group on Wednesdays; respite nights for nan.",
        "Outcome 2: Nan's care at night shared - district nurse review; night sitting service referral.",
        "Outcome 3: Mum's shifts - employer flexible working request supported."])
    top = outlook_top(f, addr("Kowalczyk, Tash", "Tash.Kowalczyk@" + RDOM), addr("Early Help Duty", REH),
                      "RE: [SB-richmond_wandsworth-3307] Step down - Moss - Mosaic 3141190", when,
                      reply_to_mid="<SB-richmond_wandsworth-3307.0@stepbot.invalid>")
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["3141190"], [], [], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-3307] (richmond_wandsworth_07's request) bringing the signed consent "
        "form and the draft plan; 'she's well up for it - she's signed the consent form' -> consent true. No child "
        "named in full (the subject and the quoted acknowledgement say only 'Moss'); the quoted 'What is missing:' "
        "heading is stepbot's own and no concern -> follow_up, attach_to_request.",
        not_children=["Tash Kowalczyk"])


# ============================================================================= TOWER HAMLETS (East London, Bangladeshi-English)
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2048-09-07 10:00:00"
    text = T("""
TOWER HAMLETS CHILDREN'S PARTNERSHIP - PRACTICE BULLETIN, SEPTEMBER 2048

Hearing families in their own words: Sylheti, Bangla and East End phrases

Many of the families we work with speak Sylheti at home, and many of our young people speak a mix of East End, London slang and Bangla. This month's bulletin gives a few phrases practitioners tell us they hear. ALL EXAMPLES BELOW ARE FICTIONAL AND FOR TRAINING ONLY. They do not refer to any child or family.

Family words
- Amma / Abba - mum / dad.  Nani, Nanu - maternal grandmother.  Dadi - paternal grandmother.
- Khala - mum's sister.  Chacha - dad's brother.  Bhaiya - big brother.  Apa - big sister.

Phrases to listen for (fictional examples)
- "Abba maare" - roughly "dad hits [me]". A child who says this has told you something: write down their exact words and follow your procedures.
- "Ami dori" - "I am scared".
- "He's proper vexed with me, he'll send me back home" - a young person may mean being sent abroad; ask what "back home" means and when.
- "My chacha is coming for the wedding" - usually exactly what it sounds like. Context matters.

Case study (fictional): "Child A", aged 9, tells a lunchtime supervisor "Abba hit me with the belt and said he will send me Bangladesh". In the training session we will discuss what you would do in the next ten minutes, the next hour and the next day, including when to call MAST on 0207 364 5606/5601 and when to call 999.

Training: "Language, culture and disclosure" - Wednesday 14 October 2048, 09:30-12:30, Albert Jacob House. Book through the learning portal.

You are receiving this bulletin because you work with children in Tower Hamlets. To unsubscribe, reply with "unsubscribe".
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\""
         "font-family:Arial,sans-serif;font-size:11pt\"><table width=\"640\" cellpadding=\"8\"><tr><td style=\""
         "background:#5B2C6F;color:#FFFFFF\"><b>TOWER HAMLETS CHILDREN'S PARTNERSHIP - PRACTICE BULLETIN</b><br>"
         "September 2048</td></tr><tr><td>" + "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>")
                                                        for p in text.split("\n\n")[1:]) + "</td></tr></table></body></html>\n")
    top = plain_top(f, addr("Tower Hamlets Children's Partnership", "childrenspartnership@" + TDOM),
                    addr("Early Help Hub", TEH), "Practice bulletin: hearing families in their own words", when,
                    "bulletins." + TDOM,
                    extra=[("List-Id", "Tower Hamlets practice bulletin <practice-bulletin.towerhamlets.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:childrenspartnership@towerhamlets.gov.uk?subject=unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, text, html_body=h), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin listing fictional examples): a partnership practice bulletin (List-Id, Precedence: "
        "bulk, no Auto-Submitted) teaching Sylheti, Bangla and East End phrases; 'Abba maare' (dad hits me), 'Child "
        "A ... hit me with the belt and said he will send me Bangladesh' and the MAST numbers are training examples, "
        "'FICTIONAL AND FOR TRAINING ONLY' -> not urgent; not a request -> other -> human_review. No child.")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2048-09-16 15:22:10"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "Please find attached my step-down referral for the Ahmed children following the conclusion of the Child "
        "and Family Assessment on 11/09/2048. The C&F assessment and the draft TAF plan are attached.",
        "",
        ("table", [
            ["Name", "Date of birth", "School / setting"],
            ["Sumaiya Ahmed", "05/10/2038", "Stepney Green School, Year 5"],
            ["Zakaria Ahmed", "22/04/2042", "Ben Jonson Primary, Year 1"],
            ["Maryam Ahmed", "09/12/2046", "Home (cerebral palsy, portage visits)"],
        ]),
        "",
        "Mosaic family ID: 3352187",
        "",
        "{{Consent}}: Mrs Shirin Ahmed gave her consent to the step-down at the final CIN review on 14/09/2048, "
        "through our Sylheti interpreter. Her words were \"ji, ami razi, Early Help ashuk\" - \"yes, I agree, let "
        "Early Help come\".",
        "",
        "{{Lead Practitioner}}: TBC - I am chasing the Ben Jonson family support worker and will confirm by Friday.",
        "",
        "{{Needs}}: Maryam's care needs (cerebral palsy; feeding and physio routines); Sumaiya does a lot of Maryam's "
        "care after school and at night (young carer); overcrowding (two-bedroom flat, housing application "
        "submitted).",
        "",
        "Kind regards,",
        "Oliver Dunmore",
        "Social Worker, Child in Need Team 2",
        "London Borough of Tower Hamlets",
        "",
        TDISC.strip(),
    ]
    assess = pdf_att("C&F Assessment - Ahmed - concluded 11.09.2048.pdf", "Child and Family Assessment - Ahmed",
                     ["Children: Sumaiya Ahmed (05/10/2038), Zakaria Ahmed (22/04/2042), Maryam Ahmed (09/12/2046)",
                      "Mosaic family ID 3352187. Assessment concluded 11/09/2048.",
                      "Analysis: needs are met at home with support; statutory involvement no longer required.",
                      "Recommendation: step down to a Team Around the Family; young carer support for Sumaiya;",
                      "housing and OT support for Maryam's needs."])
    plan = docx_att("Draft TAF plan - Ahmed.docx", [
        "# Draft TAF plan - Ahmed family",
        "Outcome 1: Sumaiya has time to play and do homework - young carers service; respite two evenings a week.",
        "Outcome 2: Maryam's equipment and physio - OT and portage; hoist assessment.",
        "Outcome 3: Housing - support with the overcrowding application."])
    top = outlook_top(f, addr("Dunmore, Oliver", "Oliver.Dunmore@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down referral - Ahmed children - Mosaic 3352187", when)
    add(f, word_mail(f, top, blocks, [assess, plan], plain_twin=False), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3352187"],
        [ch("Sumaiya Ahmed", "2038-10-05", "05/10/2038"), ch("Zakaria Ahmed", "2042-04-22", "22/04/2042"),
         ch("Maryam Ahmed", "2046-12-09", "09/12/2046")],
        ["disability_send", "young_carer"], True, None, ["lead_practitioner"], None, "request_info",
        "HTML-only Outlook step-down (Word table of three children, no text/plain twin) with the C&F assessment "
        "(.pdf) and draft TAF plan (.docx). Consent given through a Sylheti interpreter, quoted in Sylheti ('ji, ami "
        "razi, Early Help ashuk' - 'yes, I agree, let Early Help come') -> true. 'Lead Practitioner: TBC' -> "
        "lead_practitioner missing -> request_info. Mum named as an adult, not a child. Concerns: Maryam's cerebral "
        "palsy -> disability_send; Sumaiya caring -> young_carer.",
        not_children=["Shirin Ahmed", "Oliver Dunmore"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2048-10-08 14:37:29"
    body = T("""
Dear MAST,

Please find attached the completed Multi-Agency Request for Support form for Aisha Khatun (DOB 19/02/2035), Mosaic 3377021.

Early Help has worked with the family since March 2048 (attendance and mum's health). The MARF sets out the information school passed to me at lunchtime today. My manager, Imran Chowdhury, read the MARF this afternoon and has agreed the step up to MAST.

I am available on the number below for the rest of the afternoon.

Kind regards,

Shahana Miah
Family Support Practitioner
Early Help Hub (Bethnal Green)
London Borough of Tower Hamlets
020 7364 0918

""") + TDISC
    marf = pdf_att("MARF - Aisha Khatun - 08.10.2048.pdf", "Multi-Agency Request for Support (MARF)",
                   ["Child: Aisha Khatun   DOB: 19/02/2035   Mosaic: 3377021",
                    "Parent / carer: Mrs Nasima Khatun (mother); Mr Abdul Khatun (father, works nights)",
                    "Referrer: Shahana Miah, Early Help Hub. Manager: Imran Chowdhury (agreed 08/10/2048).",
                    "Parental consent: not yet sought - mother not yet aware of today's information.",
                    "",
                    "Section 4 - What has happened / what are you worried about?",
                    "At 12:50 today (08/10/2048) Aisha (13) told her form tutor that an adult male she calls",
                    "'Uncle Jay', aged about 25, has collected her from the chicken shop on Whitechapel Road",
                    "after school most days since September, gives her cannabis and vapes, and has taken her twice",
                    "to a flat in Mile End where 'his friends' were.",
                    "She showed staff messages from him: 'come to the flat tonight after 6, my bredrens wanna meet",
                    "you, wear the dress I bought u'. Aisha said she will go because 'he'll be vexed if I don't,",
                    "he's been good to me innit'.",
                    "Aisha leaves school at 15:20. Mother collects her younger brother from primary at 15:15 and",
                    "does not usually see Aisha until the evening.",
                    "",
                    "Section 5 - What support has been offered so far?",
                    "Early Help plan since March: attendance support; GP liaison for mum's diabetes.",
                    "",
                    "Section 6 - What are you asking for?",
                    "Step up to Children's Social Care via MAST."])
    top = outlook_top(f, addr("Miah, Shahana", "Shahana.Miah@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF attached - Aisha Khatun - Mosaic 3377021", when,
                      cc=addr("Chowdhury, Imran", "Imran.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["3377021"],
        [ch("Aisha Khatun", "2035-02-19", "19/02/2035")],
        ["exploitation"], None, True, [], None, "alert_duty",
        "URGENT, TOLD ONLY IN THE ATTACHMENT, CLINICALLY: the covering mail is bland ('sets out the information "
        "school passed to me at lunchtime today'); the MARF PDF records a 13-year-old groomed by a 25-year-old "
        "('Uncle Jay') with cannabis and gifts, told to come to his flat 'tonight after 6, my bredrens wanna meet "
        "you', and she says she will go ('he'll be vexed if I don't ... innit') -> alert_duty. Otherwise a complete "
        "MAST step-up: MARF attached, manager 'has agreed the step up' -> missing []. Consent 'not yet sought' -> null "
        "(not required for a Tower Hamlets step-up). Concerns: exploitation (CSE).",
        not_children=["Nasima Khatun", "Abdul Khatun", "Shahana Miah", "Imran Chowdhury"],
        told="clinically, only in the attached MARF")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2048-10-23 16:12:47"
    body = T("""
Hiya MAST team,

Sending this over before the weekend - MARF attached for Idris Rahman (DOB 27/07/2036), Mosaic 3366745.

Quick one: Idris has been missing from school loads (62% this term), he's been seen round Mile End Park after dark with an older lot, and he's stopped coming to his Thursday session with me. His Amma (that's what he calls his mum) is struggling bad since his dad left in the summer - she's on antidepressants and told me "ami ar pari na" (I can't cope anymore), but she's not in crisis, she's got her sister round most days. I've asked Idris straight about the olders and he says they're "just mandem from the ends, no one's got me doing nothing" - school and the police school officer have no info about him carrying or running for anyone.

Mum's happy for me to refer, she signed the MARF with me yesterday.

My manager Rukhsana's off today so it ain't been signed off yet - I'll get her to look at it Monday and confirm to you.

Cheers,
Tariq

Tariq Hussain
Early Help Youth Practitioner
London Borough of Tower Hamlets
Sent from Outlook for iOS
""")
    marf = pdf_att("MARF Idris Rahman Oct 2048.pdf", "Multi-Agency Request for Support (MARF)",
                   ["Child: Idris Rahman   DOB: 27/07/2036   Mosaic: 3366745",
                    "Parent: Mrs Salma Rahman (mother). Consent to this request: YES - signed 22/10/2048.",
                    "Referrer: Tariq Hussain, Early Help. Manager sign-off: pending.",
                    "Section 4 - What are you worried about?",
                    "Attendance 62% this term; seen late at night with older young people; disengaged from Early",
                    "Help sessions; mother's depression since father left (July 2048). No information that Idris is",
                    "carrying or being used to run drugs.",
                    "Section 6 - What are you asking for?", "Step up to Children's Social Care via MAST."])
    top = outlook_top(f, addr("Hussain, Tariq", "Tariq.Hussain@" + TDOM), addr("MAST", TMAST),
                      "Step up - Idris Rahman - Mosaic 3366745 - MARF attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["3366745"],
        [ch("Idris Rahman", "2036-07-27", "27/07/2036")],
        ["parental_mental_health", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "MAST step-up from an Early Help youth practitioner who writes as he talks ('struggling bad', 'it ain't been "
        "signed off yet', the boy's 'mandem from the ends'); mum's Bangla 'ami ar pari na' (I can't cope anymore) "
        "with 'not in crisis'. MARF attached; consent 'signed the MARF with me' -> true; the manager has not yet "
        "agreed ('I'll get her to look at it Monday') -> null -> manager_agreed missing -> request_info. Concerns: "
        "attendance 62%, mum's depression; exploitation not labelled (asked, denied, no information).",
        not_children=["Salma Rahman", "Tariq Hussain"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2048-11-17 07:41:36"
    text = T("""
Assalamu alaikum sir/madam

I am mother of Rayhan Uddin he is 15 year. I get this email from the school paper. My english not good sorry.

My husband he is beating Rayhan from last night with belt and shoe because Rayhan have girlfriend in school. Rayhan mouth is bleeding. Now my husband lock him in the small room and take his phone. He say today 4 o clock he take Rayhan to Heathrow and send him Bangladesh to his brother in Sylhet for marriage with his cousin, the ticket is already buy.

Rayhan is crying he say Amma please dont let them. He is born here he is British he dont want to go.

My husband and his brother (Rayhan chacha) they are watching the door. I am writing this in bathroom. Please dont call me my husband check my phone. I am so scared what to do.

Rayhan go to Stepney Green school year 11.

Rokeya Begum
Flat 12 Heron House, Roman Road E3
""")
    top = plain_top(f, addr("Rokeya Begum", "rokeya.begum1984@gmail.com"), TMAST, "please help my son", when,
                    "mail.gmail.com")
    add(f, android_b64(f, top, text), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Rayhan Uddin")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, TOLD PLAINLY in a mother's second-language English (Bangladeshi-English word order, 'Amma', "
        "'chacha'), Gmail for Android, one base64 part with LF, 07:41 (before office hours): her husband has beaten "
        "their 15-year-old with a belt and shoe since last night, his mouth is bleeding, he is locked in a room, and "
        "he is to be taken to Heathrow at 4 today to be married in Sylhet. A parent's contact -> other -> "
        "alert_duty. Age, no DOB. Concerns: physical_harm (forced marriage has no contract id of its own).",
        not_children=["Rokeya Begum"], told="plainly, by a mother writing in her second language")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2048-11-24 12:18:03"
    body = T("""
Dear Early Help Hub,

Following the conclusion of the Child and Family Assessment on 20/11/2048, I am stepping down the following children to a Team Around the Family:

Nusrat Hossain, DOB 30/06/2036
Ibrahim Hossain, DOB 15/01/2041
Mosaic 3389904 / 3389905

Attached: the C&F assessment (PDF) and the draft TAF plan (Word).

Consent: Mrs Rehana Hossain consented to the step-down at my final visit on 20/11/2048, with a Sylheti interpreter present.

Lead Practitioner: Ms Farhana Ali, Family Support Worker, Ocean Estate Primary School - she has agreed to take on the role. TAF meeting booked for Thursday 3 December 2048 at 10:00 at the school (I will chair).

Background: the assessment followed a referral in August about an incident that Nusrat told her teacher about in the summer term. During a family visit to Bangladesh in early 2047, her father slapped her and her mother. This is historic: Mr Hossain has remained in Bangladesh, there has been no contact since February 2047, and the family have no plans to travel. Nusrat's Nani (maternal grandmother) lives with the family; in her words, through the interpreter, "ora amar shathe nirapod" - "they are safe with me". No current child protection concerns were identified.

Remaining needs: Mrs Hossain's depression (GP, on medication), Ibrahim's attendance (84%), and overcrowding.

Kind regards,
Rosie Tran
Social Worker, Children and Families Assessment Team
London Borough of Tower Hamlets

""") + TDISC
    assess = pdf_att("CFA Hossain concluded 20.11.2048.pdf", "Child and Family Assessment - Hossain",
                     ["Children: Nusrat Hossain (30/06/2036), Ibrahim Hossain (15/01/2041). Mosaic 3389904 / 3389905.",
                      "Concluded 20/11/2048. Historic incident (early 2047, Bangladesh) - father has had no contact",
                      "since February 2047. No current child protection concerns.",
                      "Needs: mother's depression; Ibrahim's attendance 84%; overcrowding.",
                      "Outcome: step down to TAF; lead practitioner Farhana Ali (Ocean Estate Primary)."])
    plan = docx_att("Draft TAF plan - Hossain.docx", [
        "# Draft TAF plan - Hossain",
        "Outcome 1: Ibrahim's attendance above 95% - school attendance officer, breakfast club.",
        "Outcome 2: Mrs Hossain's wellbeing - GP review; Bangla-speaking women's group at the Idea Store.",
        "Outcome 3: Housing - overcrowding application supported."])
    top = outlook_top(f, addr("Tran, Rosie", "Rosie.Tran@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Hossain - Mosaic 3389904 / 3389905", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3389904", "3389905"],
        [ch("Nusrat Hossain", "2036-06-30", "30/06/2036"), ch("Ibrahim Hossain", "2041-01-15", "15/01/2041")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS (historic, negated): 'her father slapped her and her mother' in Bangladesh in early 2047; he has "
        "stayed there with no contact since, 'No current child protection concerns'; Nani's Bangla 'ora amar shathe "
        "nirapod' (they are safe with me). Complete Tower Hamlets step-down: C&F assessment (.pdf), draft TAF plan "
        "(.docx), consent, lead practitioner with agency -> book_meeting. Concerns: mum's depression, 84% "
        "attendance; no domestic_abuse or physical_harm (historic).",
        not_children=["Rehana Hossain", "Farhana Ali", "Rosie Tran"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2048-11-30 10:31:18"
    data = itip_reply(f, when, "Farhana Ali", "f.ali@oceanestate.towerhamlets.sch.uk",
                      ("Early Help Hub", TEH), "ACCEPTED", "TAF meeting - Hossain - Mosaic 3389904",
                      "20481203T100000", "20481203T113000", "Ocean Estate Primary School, parents' room",
                      "Accepted - I've booked the parents' room. Nani is coming too, inshallah, with her neighbour to help.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3389904"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the lead practitioner for tower_hamlets_06's TAF meeting, with a "
        "short COMMENT ('Nani is coming too, inshallah') -> meeting_reply -> record_reply; case id from the SUMMARY "
        "('Mosaic 3389904').",
        not_children=["Farhana Ali"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2048-12-11 09:05:27"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="color:#000; background-color:#fff; font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px"><div dir="ltr">Hello love,</div><div dir="ltr"><br></div><div dir="ltr">Brenda here, Tommy Wheeler's nan (he's 14). I spoke to a lady on your phone line last night about 11 o'clock when he hadn't come in and his phone was dead and I was going spare.</div><div dir="ltr"><br></div><div dir="ltr">Just wanted to let you know he's home, safe and sound. He walked in at half twelve, he'd been round his mate Dele's in Poplar playing that FIFA and his phone died, the dozy mare. Police come round at 1 and had a word with him, they were lovely, and he's been read the riot act by me and his mum I can tell you. Nothing happened to him, he ain't been with no bad lot, he's just a daft 14 year old who can't tell the time.</div><div dir="ltr"><br></div><div dir="ltr">Sorry to have bovvered you all. His mum Kelly says thank you an' all. The Early Help lady, Jade, is still coming Tuesday about his school.</div><div dir="ltr"><br></div><div dir="ltr">Ta ta,</div><div dir="ltr">Brenda (Nan)</div><div dir="ltr">07700 900 655</div></div></body></html>
""")
    top = plain_top(f, addr("Brenda Tilley", "brendatilley54@yahoo.co.uk"), TEH, "Our Tommy - he's home", when,
                    "mail.yahoo.com", extra=[("X-Mailer", "WebService/1.1.23187 YMailNorrin")])
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Tommy Wheeler")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (resolved): a Cockney nan's HTML-only Yahoo mail - her 14-year-old grandson was missing last night "
        "but 'he's home, safe and sound', was at a friend's with a dead phone, police have seen him, 'Nothing "
        "happened to him'. A thank-you, not a request -> other -> human_review. Concerns []: the missing episode is "
        "over. 'bovvered', 'going spare', 'dozy mare' are East End speech.",
        not_children=["Brenda Tilley"])


# ============================================================================= TORBAY (Devon)
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2048-09-04 11:50:16"
    ack = ack_text("step-down", "SB-torbay-5296",
                   ["LCS: LCS-5521176", "Triage: to be allocated once the request is complete"],
                   ["the Single Assessment with your analysis and the rationale for the step-down"])
    body = T("""
Hiya,

Sorry my bird, forgot to attach the Single Assessment yesterday - here 'tis. Shout if you can't open it.

Lowenna

Lowenna Geach
Social Worker | Single Assessment Team | Torbay Council
01803 207 446
""") + quote("Early Help Torbay <earlyhelp@torbay.gov.uk>", "03 September 2048 16:22",
             "Geach, Lowenna <Lowenna.Geach@torbay.gov.uk>",
             "[SB-torbay-5296] Triage slot request - Bowden - LCS-5521176", ack) + "\n" + BDISC
    sa = pdf_att("Single Assessment - Bowden - LCS-5521176.pdf", "Single Assessment - Bowden",
                 ["LCS-5521176. Assessment completed 01/09/2048.",
                  "Outcome: no further action at level 4; level 3 coordinated response recommended.",
                  "Rationale: needs around school attendance and housing can be met by Early Help."])
    top = outlook_top(f, addr("Geach, Lowenna", "Lowenna.Geach@" + BDOM), addr("Early Help Torbay", BEH),
                      "RE: [SB-torbay-5296] Triage slot request - Bowden - LCS-5521176", when,
                      reply_to_mid="<SB-torbay-5296.0@stepbot.invalid>")
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-5521176"], [], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-torbay-5296] in a Devon voice ('Sorry my bird ... here 'tis') bringing the missing Single "
        "Assessment (.pdf) -> follow_up -> attach_to_request. No child named in full; the quoted acknowledgement's "
        "'What is missing:' heading is stepbot's own.",
        not_children=["Lowenna Geach"])

def torbay_02():
    f = "torbay_02.eml"; when = "2048-09-29 10:44:38"
    body = T("""
Morning all,

Please could I have a triage slot for the Stanbury family - step down to level 3 Early Help.

Jessica Stanbury, DOB 08/08/2039
Noah Stanbury, DOB 27/03/2044 (he's 4, so I think this needs the under-5s triage)
LCS-5530217

The children's CP plan ended at the review conference on 24/09/2048 - outcomes achieved, so level 4 is no longer needed, but there is enough going on for a level 3 coordinated response. My Single Assessment update with the rationale is attached, and my team manager, Nick Yeo, has recorded his analysis on it confirming the threshold for level 3 is met.

Mum (Lorna Stanbury) has given consent for level 3 early help. Her words: "I'd be proper glad of it, my lover, I don't want to go backwards."

You'll see the history in the assessment. In February 2047 mum had a severe psychotic episode - "I went proper mazed," as she puts it - and was sectioned; the children stayed with their grandparents in Brixham for six weeks. That is historic. Mum was discharged from the community mental health team in March 2048 and has been well since. There are no current concerns about her mental health, and the CP plan (which was for neglect) has ended with the home in good order.

What's left: Jessica's attendance (88%) and mum's isolation since she moved to Paignton.

Ta,
Ben

Ben Tozer
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01803 207 812

""") + BDISC
    sa = pdf_att("SA update and TM analysis - Stanbury.pdf", "Single Assessment (update) - Stanbury",
                 ["Children: Jessica Stanbury (08/08/2039), Noah Stanbury (27/03/2044). LCS-5530217.",
                  "CP plan ended 24/09/2048 - outcomes achieved.",
                  "Rationale for step-down: needs now at level 3 (attendance, isolation).",
                  "Manager's analysis (Nick Yeo, Team Manager, 28/09/2048): I agree the threshold for level 3",
                  "intervention is met and support the step-down to Early Help."])
    top = outlook_top(f, addr("Tozer, Ben", "Ben.Tozer@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot request - step down to level 3 - Stanbury - LCS-5530217", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-5530217"],
        [ch("Jessica Stanbury", "2039-08-08", "08/08/2039"), ch("Noah Stanbury", "2044-03-27", "27/03/2044")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS (historic, resolved, negated): mum's 2047 psychotic episode ('I went proper mazed') and sectioning "
        "are history - discharged in March 2048, 'no current concerns about her mental health'; the CP plan for "
        "neglect has ended. Complete Torbay step-down (SASF path): SA update with the TM's analysis 'confirming the "
        "threshold for level 3 is met' -> manager true; consent in Devon speech ('I'd be proper glad of it, my "
        "lover') -> true; level 3 stated; Noah (4) -> under-5s triage. Concerns: attendance 88% only.",
        not_children=["Lorna Stanbury", "Nick Yeo", "Ben Tozer"])

def torbay_03():
    f = "torbay_03.eml"; when = "2048-10-15 15:58:04"
    body = T("""
Hello Early Help,

Please can I request a triage slot for a step down.

Child: Daisy Vosper, DOB 11/11/2047 (11 months) - so the under-5s triage please.
LCS-5547720

My Single Assessment was completed on 13/10/2048: no further action at level 4, but a high level of need that needs a level 3 coordinated response. The SA is attached, with the rationale. My TM, Claire Hext, has recorded her analysis on the SA confirming the threshold for level 3 is met.

Consent: I've explained Early Help to mum (Tamsyn Vosper) and she's keen, but she hasn't signed anything yet. When I asked her she said "I'll do it dreckly, my lover". I'll chase her at my visit on Tuesday.

What we're worried about: mum's low mood since Daisy was born (GP and health visitor involved), and damp in the flat.

Thanks,
Rachel

Rachel Luxton
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC
    sa = pdf_att("SA - Daisy Vosper - LCS-5547720.pdf", "Single Assessment - Daisy Vosper",
                 ["Child: Daisy Vosper, DOB 11/11/2047. LCS-5547720. Completed 13/10/2048.",
                  "Outcome: no further action at level 4; level 3 coordinated response.",
                  "Rationale: mother's postnatal low mood; housing disrepair (damp); isolation.",
                  "Manager's analysis (Claire Hext, TM, 14/10/2048): threshold for level 3 met."])
    top = plain_top(f, addr("Luxton, Rachel", "Rachel.Luxton@" + BDOM), addr("Early Help Torbay", BEH),
                    "Request for triage slot - step down - Daisy Vosper - LCS-5547720", when, OUTLOOK_MID,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-5547720"],
        [ch("Daisy Vosper", "2047-11-11", "11/11/2047")],
        ["parental_mental_health"], None, True, ["consent"], None, "request_info",
        "DIALECT TRAP: mum says \"I'll do it dreckly, my lover\" - in Devon 'dreckly' means some time later, not "
        "now - and 'she hasn't signed anything yet ... I'll chase her' -> consent not given yet -> null -> consent "
        "missing -> request_info. SA attached with the TM's analysis -> manager true. 'needs a level 3 "
        "coordinated response' -> level 3. Daisy (11 months) -> under-5s triage. Concerns: mum's postnatal low mood.",
        not_children=["Tamsyn Vosper", "Claire Hext", "Rachel Luxton"])

def torbay_04():
    f = "torbay_04.eml"; when = "2048-10-28 12:02:11"
    text = T("""
Hello,

Thanks for your email. I'm on annual leave for half term and back on Monday 2nd November.

If it's about one of my families and it can't wait, ring the Early Help duty line on 01632 960214 and they'll pick it up.

Proper job, see you dreckly!
Becky

Becky Widger
Early Help Practitioner | Torbay Council
""")
    top = outlook_top(f, addr("Widger, Becky", "Becky.Widger@" + BDOM), addr("Early Help Torbay", BEH),
                      "Automatic reply: [SB-torbay-5410] Triage slot confirmed - Tuesday 3 November", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, text), "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office over half term ('Automatic reply:', Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress) answering a stepbot confirmation, signed off in Devon ('Proper job, see you "
        "dreckly!') -> auto_reply -> ignore. Dated Wed 28 Oct: GMT (+0000) since BST ended on Sun 25 Oct.",
        not_children=["Becky Widger"])

def torbay_05():
    f = "torbay_05.eml"; when = "2048-11-14 22:41:27"
    text = T("""
Hello my lover,

I don't know if this is the right place, your website said to email the MASH about kiddies so I'm doing that.

I live at 7 Cary Street in Paignton. Next door at number 9 is little Mia Luscombe, she's 5 I think, and her baby brother Riley Luscombe who can't be more than one. Their mum Chantelle went off about teatime in a car with a fella I've never seen before.

Mia's been sat out on the front step in just her nightie since it got dimpsy, crying for her mum. It's proper cold out tonight, the car said 3 degrees. I've took her in my kitchen and give her some toast and a blanket, but she says the babby is still in his cot upstairs on his own and the door's shut behind her. I can hear him screaming through the wall. I've knocked and knocked. Chantelle's not answering her phone, it just rings.

I'm 78 and my knees won't let me climb in round the back. My son's in Exeter. What do I do? I've got Mia here with me now.

Jan Hannaford (Mrs)

Sent from my iPad
""")
    top = plain_top(f, addr("Jan Hannaford", "janhannaford@btinternet.com"), BMASH, "little maid next door", when,
                    "btinternet.com", extra=[("X-Mailer", "iPad Mail (22B91)")])
    JUSTIFIED[f] = ("a Saturday night: a neighbour writes when it happens, out of hours (the daemon must alert the "
                    "out-of-hours service, not queue it for Monday)")
    add(f, apple_mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Mia Luscombe"), ch("Riley Luscombe")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, TOLD PLAINLY by an elderly neighbour in Devon speech on a SATURDAY NIGHT (22:41 GMT, iPad Mail, "
        "format=flowed): a 5-year-old 'maid' on the step in her nightie since dusk ('since it got dimpsy') at 3 "
        "degrees, and a baby ('the babby') alone and screaming behind a shut door; mum gone since teatime -> "
        "alert_duty out of hours. Not a step request -> other. Both children named in full, ages only. Concerns: "
        "neglect.",
        not_children=["Jan Hannaford"], told="plainly, by an elderly neighbour on a Saturday night")

def torbay_06():
    f = "torbay_06.eml"; when = "2048-11-25 13:16:45"
    body = T("""
Afternoon my lover,

Probably me being a worrier, but my ATM (Jo Northcott) has said to send this over to you straight off as a contact for level 4 rather than wait for Tuesday's supervision, so here 'tis.

Tyler Widdicombe, 6 (DOB 02/09/2042), EHM-748216. He's been level 3 with me since May for neglect and mum's drinking.

This morning at school Tyler told his TA that daddy (Shane Widdicombe - not living there officially but stops over most nights) "put I in the shed last night 'cause I was teasy, and done my hands with the black plastic things". The TA saw red marks right round both wrists, like lines. He also said "daddy says if I tell he'll do it to Poppy next". Poppy's his sister, Poppy Widdicombe (DOB 19/06/2045), at Little Acorns nursery.

It might be nothing - Tyler does tell a tale sometimes and he'd been watching something on his tablet - but the marks are there, the TA took a photo on the school system. Dad's down to pick both of them up from school and nursery at quarter past three today because mum's at Torbay Hospital with her foot.

Mum (Amber) says she's happy for me to contact you - she said "do what you got to do, my bird". She says she didn't know nothing about the shed.

Ta,
Kerensa

Kerensa Pollard
Family Support Worker | Early Help (Torquay) | Torbay Council
01803 207 325

""") + BDISC
    top = outlook_top(f, addr("Pollard, Kerensa", "Kerensa.Pollard@" + BDOM), addr("MASH Torbay", BMASH),
                      "Contact to MASH - Tyler Widdicombe - EHM-748216", when,
                      cc=addr("Northcott, Jo", "Jo.Northcott@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-748216"],
        [ch("Tyler Widdicombe", "2042-09-02", "02/09/2042"), ch("Poppy Widdicombe", "2045-06-19", "19/06/2045")],
        ["neglect", "physical_harm", "substance_misuse"], True, True, [], None, "alert_duty",
        "URGENT, TOLD HEDGED ('Probably me being a worrier ... It might be nothing') by a Devon family support worker: "
        "a 6-year-old says dad shut him in the shed last night 'cause I was teasy' (irritable) and bound his hands "
        "with 'the black plastic things' (cable ties) - marks round both wrists - and threatened his 2-year-old "
        "sister; dad collects both at 3.15 today -> alert_duty. Otherwise a complete Torbay step-up (contact to "
        "MASH): ATM 'said to send this over' -> manager true; mum 'happy for me to contact you ... do what you got "
        "to do, my bird' -> consent true -> missing []. Concerns: the current level 3 reasons (neglect, mum's "
        "drinking) and the new physical harm.",
        not_children=["Shane Widdicombe", "Jo Northcott", "Kerensa Pollard"],
        told="hedged, by a worker who doubts herself")

def torbay_07():
    f = "torbay_07.eml"; when = "2048-12-01 09:27:50"
    body = T("""
Morning my lovers!

Triage slot please for a step down to level 3.

Jago Stoneman, DOB 04/04/2037 (11), LCS-5561032. Jago's autistic with an EHCP at Paignton Academy.

His CIN plan ended at the review on 26/11/2048 - outcomes achieved, no need for level 4 any more, but the family still need a level 3 coordinated response around Jago's move to the specialist provision in January and respite for mum and dad. The Single Assessment is attached with the rationale, and my TM, Mark Rowe, has added his management analysis confirming the level 3 threshold is met.

Mum and dad (Tegan and Rob Stoneman) have both given their consent for level 3 early help - signed it last Thursday.

Proper job, ta!
Demelza

Demelza Tremlett
Social Worker | Children with Disabilities Team | Torbay Council
01803 207 990

""") + BDISC
    sa = pdf_att("Single Assessment - Jago Stoneman.pdf", "Single Assessment - Jago Stoneman",
                 ["Child: Jago Stoneman, DOB 04/04/2037. LCS-5561032.",
                  "CIN plan ended 26/11/2048 - outcomes achieved.",
                  "Level 3 needs: transition to specialist provision (January 2049 start), parental respite.",
                  "Management analysis (Mark Rowe, TM, 27/11/2048): threshold for level 3 met; step-down agreed.",
                  "Consent for level 3 Early Help: signed by both parents 26/11/2048."])
    top = outlook_top(f, addr("Tremlett, Demelza", "Demelza.Tremlett@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot please - step down L3 - Jago Stoneman - LCS-5561032", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-5561032"],
        [ch("Jago Stoneman", "2037-04-04", "04/04/2037")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Children with Disabilities team, written in a Devon social worker's own "
        "voice ('Morning my lovers!', 'Proper job'): Single Assessment with the TM's analysis -> manager true; both "
        "parents 'have both given their consent' -> true; level 3 stated -> book_meeting. Concerns: autism / EHCP "
        "-> disability_send.",
        not_children=["Rob Stoneman", "Mark Rowe", "Demelza Tremlett"])

def torbay_08():
    f = "torbay_08.eml"; when = "2048-12-07 08:47:13"
    text = T("""
Morning my lover,

This is Sheila, nan to Kian Coombes and Ruby-Lou Coombes. Their worker Becky said to email here if anything happened so I am.

Saturday night our Darren and his missus Kayleigh had proper ructions after his work do, she threw a plate at him and he put his fist through the kitchen door. Police come out.

The children weren't there. They were stopping with me and Grandad in Brixham all weekend and they're still here now, and they'll stay here till it's all sorted, however long that is. Darren's gone to his brother's up Newton Abbot and the police have give him bail not to go back to the house nor contact Kayleigh. Kayleigh's at her mum's in Churston.

The children are fine, they didn't see none of it, they're happy as Larry with us. Kian's been helping Grandad on the boat. I'll take them to school as normal today.

Becky's coming Wednesday anyhow. Just wanted you to know proper.

Sheila Coombes
""")
    top = plain_top(f, addr("Sheila Coombes", "sheila.coombes@talktalk.net"), BEH, "Kian and Ruby-Lou - just so you know",
                    when, "talktalk.net", "TalkTalk Webmail")
    add(f, build(top, text_part(text, cte="7bit"), False), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Kian Coombes"), ch("Ruby-Lou Coombes")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS (risk already managed): a Devon nan's plain 7-bit webmail about 'proper ructions' between her son "
        "and his wife on Saturday - police attended, he is on bail not to return or make contact, and the children "
        "were with nan in Brixham all weekend and stay there; 'they didn't see none of it'. Information for the "
        "worker, not a request -> other -> human_review. Concerns: domestic_abuse (current, but managed).",
        not_children=["Sheila Coombes"])


# ============================================================================= HEREFORDSHIRE (Herefordshire and the Welsh border)
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2048-09-17 09:58:31"
    body = T("""
Bore da,

Please find attached the Early Help Assessment step-down plan and the signed written consent for Seren Jones-Harris (DOB 30/10/2034), Mosaic 697223. I talked it through with Verity at the co-ordinators' drop-in on Tuesday.

Mum signed the consent form on 15/09/2048 and wrote on it "diolch, we are happy with this".

Key person: Mr Gareth Lloyd, Youth Worker, Leominster Youth Project - he has met Seren and mum and agreed to lead.

What we're worried about: Seren's attendance fell to 80% after her taid (grandad) died in the spring, and she has been struggling with low mood. Mum works shifts at the poultry plant.

Diolch,
Catrin

Catrin Beddoe
Social Worker | Children in Need Team (Leominster) | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Seren Jones-Harris.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Seren Jones-Harris, DOB 30/10/2034, Mosaic 697223",
        "What are we worried about? Attendance 80%; low mood since her grandfather's death.",
        "What's working well? Close to mum; loves the youth project's drama group.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Bereavement support - school counsellor - Seren can talk about taid - by half term.",
        "2. Attendance plan - school - attendance above 92% - by Christmas.",
        "Key person: Gareth Lloyd, Leominster Youth Project."])
    consent = pdf_att("Signed consent - Jones-Harris.pdf", "Consent to Early Help - written",
                      ["I agree to the step-down plan and to Early Help working with my family.",
                       "Signed: Nerys Jones (mother)   Date: 15/09/2048",
                       "Comment: diolch, we are happy with this"])
    top = outlook_top(f, addr("Beddoe, Catrin", "Catrin.Beddoe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jones-Harris - Mosaic 697223", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["697223"],
        [ch("Seren Jones-Harris", "2034-10-30", "30/10/2034")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down from a Welsh-speaking social worker ('Bore da', 'Diolch'): EHA step-down "
        "plan (.docx), signed written consent (.pdf, mum wrote 'diolch, we are happy with this') -> consent true and "
        "consent_form met; key person with agency -> missing [] -> book_meeting. No level is written -> null "
        "(DESIGN: level only when stated; the pack's default level 3 is not a stated level). 'taid' = grandad. "
        "Concerns: attendance 80% (Seren's own low mood has no contract id).",
        not_children=["Gareth Lloyd", "Nerys Jones", "Catrin Beddoe"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2048-10-09 18:12:08"
    text = T("""
Duw, I don't know if anyone is there on a Friday night but the police said to email you as well as ringing them.

I'm Mam-gu (nan) to Gethin Prosser, he's 2, born 14th March 2046. His mam is my daughter Carys, they live out past Kington at the Rhiw Farm cottages.

Carys's boyfriend Jason Price came back from the mart at dinner time and he's been on the cider all afternoon. About half past four he had a row with Carys, pushed her down the stairs, and took Gethin out to his pickup with no coat on him and no car seat. He told Carys "you won't see him again, I'll take him up the mountain". He's not Gethin's dad.

Carys has broke her wrist we think, she's at the County hospital now with my husband. Nobody knows where Jason has gone and he's not answering. He has a shotgun at the farm for the foxes but I don't know if he took it. I'm at Carys's house in case he brings Gethin back. It's getting dark and it's raining something awful up here.

The police said somebody would come but I haven't seen anybody yet.

Please, cariad, can somebody ring me on 07700 900 861.

Glenys Prosser
""")
    top = plain_top(f, addr("Glenys Prosser", "glenys.prosser@btinternet.com"), HMASH, "Gethin - please someone ring me",
                    when, "btinternet.com", "BT Mail")
    add(f, mail(f, top, text, crlf=False), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Gethin Prosser", "2046-03-14", "14th March 2046")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, TOLD PLAINLY by a Welsh-border grandmother ('Duw', 'Mam-gu', 'cariad') at 18:12 on a Friday (out of "
        "hours): mum's boyfriend, drunk on cider since midday, pushed her down the stairs and drove off with the "
        "2-year-old in a pickup with no car seat, saying 'you won't see him again, I'll take him up the mountain'; "
        "a shotgun at the farm; whereabouts unknown -> alert_duty. A grandmother's contact -> other. DOB written "
        "'14th March 2046'. Concerns: domestic_abuse, substance_misuse (missing could be argued: the child's "
        "whereabouts are unknown).",
        not_children=["Glenys Prosser", "Jason Price"], told="plainly, by a grandmother on a Friday evening")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2048-10-14 10:17:55"
    body = T("""
Hello MASH,

I'm requesting a step up from Early Help to children's social care for Harley Stokes (DOB 18/01/2040), Mosaic 709931.

I've been Harley's family support worker since February. Home conditions have gone right back down since the summer - the kitchen is thick with dirt, dog mess in the bedrooms, and there's often no food in by Thursday. Mum (Kerry-Ann Stokes) is drinking most days again. Harley's nan, who lives two doors down, put it better than I can: "that 'ouse be a tip and the boy's clemmed half the week" (clemmed = starving).

Harley is eating at breakfast club and at his nan's most evenings, so nothing needs doing today - but the Early Help plan isn't holding and I think it needs a statutory assessment.

My manager, Dawn Griffiths (Early Help Team Manager), agreed the step up in supervision yesterday. Mum knows I'm making this request and has agreed to it.

Thanks,
Ceri

Ceri Llewellyn
Family Support Worker | Early Help (Hereford City) | Herefordshire Council
01432 260 411

""") + HDISC
    top = outlook_top(f, addr("Llewellyn, Ceri", "Ceri.Llewellyn@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Step up request - Harley Stokes - Mosaic 709931", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["709931"],
        [ch("Harley Stokes", "2040-01-18", "18/01/2040")],
        ["neglect", "substance_misuse"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS.md) -> human_review, "
        "missing [] and notice null. Nan's Herefordshire words ('that 'ouse be a tip and the boy's clemmed half the "
        "week') describe neglect; 'nothing needs doing today' and the child eating at breakfast club and nan's -> "
        "not urgent. 'Mum ... has agreed to it' -> consent true; 'agreed the step up in supervision' -> manager "
        "true. Concerns: neglect, mum's drinking.",
        not_children=["Kerry-Ann Stokes", "Dawn Griffiths", "Ceri Llewellyn"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2048-11-04 11:40:22"
    text = T("""
Good morning,

I'm Owen Gwatkin's grandad, up at Lower Cwm farm near Longtown. The family worker, Nia, gave me this address.

The hospital in Hereford rang our Sian (Owen's mam) last night about the bruises on Owen's legs and back, because the doctor who saw him on Saturday was worried somebody had done it to him. I wanted to write and say how it happened, so it's down proper.

Saturday we were sorting the ewes ready for the tup. Owen (he's 11) went in the pen after his cap that had blown in, and the old Suffolk tup had him - knocked him flat and butted him twice afore I could get to him. I saw it happen with my own eyes and so did our neighbour Dai Pritchard, who was helping. We took Owen to the County on Saturday to be checked over.

The doctor and the hospital's children's nurse saw him again yesterday with his mam, and they said they were happy it was the tup, the marks fit what happened, and they'd write to his GP and the school nurse so everybody knows. Nobody has been hurting that boy. He was proper shook on Saturday but he's bragging about it at school now.

Diolch,
Emrys Gwatkin
""")
    top = plain_top(f, addr("Emrys Gwatkin", "emrys.gwatkin@gmail.com"), HEH, "about our Owen and the bruises", when,
                    "mail.gmail.com")
    add(f, gmail(f, top, text), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Owen Gwatkin")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (an accident explained and already checked): a Welsh-border farmer grandfather (Gmail) explains "
        "the bruises a doctor queried - an 11-year-old knocked down and butted by a ram ('the tup') in front of two "
        "adults; the hospital's doctor and children's nurse saw him again and 'were happy it was the tup'. "
        "Information, not a request -> other -> human_review. Concerns [].",
        not_children=["Emrys Gwatkin", "Dai Pritchard"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2048-11-12 14:03:36"
    body = T("""
Prynhawn da,

Following my Child and Family Assessment (decision 05/11/2048) and a discussion with Xavier at Tuesday's step-down drop-in, please find attached the Early Help Assessment step-down plan and mum's signed written consent form. This is a step down to Early Help at level 3.

Children:
Ffion Morgan, DOB 21/09/2038 (Mosaic 704518)
Tomos Morgan, DOB 02/06/2043 (Mosaic 704519)

Key person: Mrs Siân Preece, Family Support Worker, Kington Primary School - agreed with mum and with Siân.

Needs: Tomos's attendance (85%); Ffion is a young carer for mum, who has fibromyalgia and low mood.

Bottom lines written into the plan (hypothetical, as the guidance asks): IF mum's former partner, who has been in HMP Hewell since 2047 for assaulting her, were ever to be released and come back to the house, that would mean stepping back up to social care. He is not due for release within the life of this plan and there is no contact. Nothing of that kind is happening now.

Diolch yn fawr,
Rhodri

Rhodri Vaughan
Social Worker | Assessment Team | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Morgan.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Ffion Morgan (21/09/2038, Mosaic 704518); Tomos Morgan (02/06/2043, Mosaic 704519)",
        "What are we worried about? Tomos's attendance; Ffion's caring role; mum's low mood.",
        "What's working well? Mum is open with professionals; Ffion's school know her well.",
        "Wellbeing plan: 1. Young carers assessment for Ffion - Siân Preece - by 1 December.",
        "2. Attendance plan for Tomos - Kington Primary - weekly review.",
        "3. Mum's GP review and pain clinic - mum - next appointment 20 November.",
        "Bottom lines: if mum's former partner returns to the house, step back up to social care.",
        "Key person: Siân Preece, Family Support Worker, Kington Primary School."])
    consent = pdf_att("Morgan consent form signed.pdf", "Early Help step-down - written consent",
                      ["I have seen the step-down plan, I agree with the actions, and I consent to Early Help.",
                       "Signed: Lowri Morgan (mother)   Date: 10/11/2048"])
    top = outlook_top(f, addr("Vaughan, Rhodri", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Morgan children - Mosaic 704518/704519", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["704518", "704519"],
        [ch("Ffion Morgan", "2038-09-21", "21/09/2038"), ch("Tomos Morgan", "2043-06-02", "02/06/2043")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS (hypothetical bottom line, historic abuse): 'IF mum's former partner ... were ever to be released "
        "and come back' is a contingency in the plan; he has been in prison since 2047, no contact, 'Nothing of that "
        "kind is happening now' -> not urgent, no domestic_abuse. Complete Herefordshire sibling-group step-down: "
        "plan (.docx), signed consent form (.pdf), key person with agency ('Siân', UTF-8) -> book_meeting; level 3 "
        "stated. Welsh greetings ('Prynhawn da', 'Diolch yn fawr').",
        not_children=["Lowri Morgan", "Rhodri Vaughan"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2048-11-23 16:20:49"
    body = T("""
Afternoon,

Step-down plan attached for Kyle Price (DOB 15/02/2039) and Demi Price (DOB 09/09/2044), Mosaic 712804 / 712805.

Key person: Mrs Jackie Skyrme, Family Support Worker, Ross Children's Centre - she's agreed and has met the family.

Mum agreed to the step down when I saw her on Friday. Her words were "ar, that'll be grand, anythin' as 'elps the kids". I haven't got the written consent form signed yet - I'm seeing her on Thursday to do it and will send it straight over.

Needs: home conditions (the reason for the CP plan) are much better but need keeping on top of; Demi's nursery attendance; Kyle's ADHD medication review.

Cheers,
Sam

Sam Hatton
Social Worker | Children in Need Team (Ross-on-Wye) | Herefordshire Council

""") + HDISC
    plan = docx_att("Step-down plan - Price - Nov 2048.docx", [
        "# Early Help Assessment - step-down plan",
        "Kyle Price (15/02/2039); Demi Price (09/09/2044). Mosaic 712804 / 712805.",
        "What are we worried about? Keeping the home in good order; Demi's nursery attendance.",
        "What's working well? Mum has kept the home clean since July; the children are close to their nan.",
        "Wellbeing plan: 1. Home conditions - fortnightly visit - Jackie Skyrme - ongoing.",
        "2. Nursery attendance - Ross Children's Centre - 90% by February.",
        "Key person: Jackie Skyrme, Ross Children's Centre."])
    top = outlook_top(f, addr("Hatton, Sam", "Sam.Hatton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Price - Mosaic 712804", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["712804", "712805"],
        [ch("Kyle Price", "2039-02-15", "15/02/2039"), ch("Demi Price", "2044-09-09", "09/09/2044")],
        ["neglect"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and a key person, and mum's verbal agreement in Herefordshire speech "
        "('ar, that'll be grand, anythin' as 'elps the kids') -> consent true as stated, but 'I haven't got the "
        "written consent form signed yet' -> consent_form missing -> request_info. Level not stated -> null. "
        "Concerns: home conditions (improved but the reason for the CP plan) -> neglect.",
        not_children=["Jackie Skyrme", "Sam Hatton"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2048-12-01 12:26:40"
    body = T("""
Hello,

I'm a TA at Monnow Vale Primary. Mrs Powell, our head, is on the phone to you now but asked me to write down exactly what Lily-Ann said to me this morning, so here it is as near as I can. She talks broad like her dad.

"I be proper nesh, Miss, I ain't 'ad no tea since Saturday. Dad shut I in the cwtch under the stairs all Sunday 'cause I let the dog out, and 'im said if I cried 'im'd leave I in there all week. 'Im said I bist to go straight back in there tonight when I get 'ome. There's no light in there and I weed meself."

(nesh = cold, cwtch = the cupboard, bist = have got to)

Lily-Ann Bevan is 7, Year 3 (DOB 03/05/2041). She ate two breakfasts at breakfast club and her hands were blue when she came in. Her clothes smelled of wee. She has a small bruise on her left cheekbone which she says is from the cupboard door.

Her dad, Dean Bevan, collects her at 3.10 as a rule. Mum left in the summer, we think she's in Abergavenny.

Bethan Watkins
Teaching Assistant
Monnow Vale Primary School
""")
    top = outlook_top(f, addr("Bethan Watkins", "b.watkins@monnowvale.hereford.sch.uk"), addr("MASH Herefordshire", HMASH),
                      "What Lily-Ann said this morning", when,
                      cc=addr("Mrs A Powell (Headteacher)", "head@monnowvale.hereford.sch.uk"))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Lily-Ann Bevan", "2041-05-03", "03/05/2041")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, IN THE CHILD'S OWN WORDS (Herefordshire and Welsh-border speech: 'I be proper nesh', 'the cwtch "
        "under the stairs', ''im said I bist to go straight back in there tonight'): a 7-year-old with no food since "
        "Saturday, shut in a dark cupboard all Sunday, told she must go back in tonight; blue hands, a bruise; dad "
        "collects at 3.10 -> alert_duty. A school's contact -> other. Concerns: neglect, physical_harm.",
        not_children=["Dean Bevan", "Bethan Watkins"], told="in a 7-year-old's own words written down by a TA")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2048-12-07 17:05:12"
    data = google_reply(f, when, "Sam Hatton", "Sam.Hatton@" + HDOM,
                        ("Early Help Co-ordinators", HEH), "TENTATIVE",
                        "Step-down drop-in [SB-herefordshire-6180]", "20481208T093000Z", "20481208T100000Z",
                        "Plough Lane offices, Hereford", "Tue 8 Dec 2048 09:30 - 10:00 (GMT)",
                        note="Should be there, but if the Wye's over the road at Wilton again I'll be late - "
                             "it was up to the Hope and Anchor Saturday.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=TENTATIVE, plus invite.ics) to a step-down drop-in, with a note about "
        "the River Wye flooding the road at Wilton -> meeting_reply -> record_reply. No case id or child.",
        not_children=["Sam Hatton"])


WORDING += [
    ("knowsley_01.eml", "she's agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "always lets us in", "consent", None),
    ("knowsley_05.eml", "I'm sound with Family First coming in", "consent", True),
    ("knowsley_08.eml", "I'm made up with him", "consent", None),
    ("richmond_wandsworth_01.eml", "knows about and agrees with the step up", "consent", True),
    ("richmond_wandsworth_04.eml", "I ain't daft", "consent", True),
    ("richmond_wandsworth_07.eml", "She's gonna be fine with it I reckon", "consent", None),
    ("richmond_wandsworth_08.eml", "she's signed the consent form", "consent", True),
    ("tower_hamlets_02.eml", "ji, ami razi, Early Help ashuk", "consent", True),
    ("tower_hamlets_03.eml", "has agreed the step up to MAST", "manager_agreed", True),
    ("tower_hamlets_04.eml", "it ain't been signed off yet", "manager_agreed", None),
    ("tower_hamlets_04.eml", "she signed the MARF with me", "consent", True),
    ("torbay_02.eml", "I'd be proper glad of it, my lover", "consent", True),
    ("torbay_03.eml", "I'll do it dreckly, my lover", "consent", None),
    ("torbay_06.eml", "do what you got to do, my bird", "consent", True),
    ("torbay_06.eml", "has said to send this over to you straight off", "manager_agreed", True),
    ("herefordshire_01.eml", "diolch, we are happy with this", "consent", True),
    ("herefordshire_06.eml", "ar, that'll be grand", "consent", True),
]


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority / kind / (Knowsley) level; "children" always.
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
BANNED = re.compile(r"(?i)(urgent|immediate|risk|emergency|danger|safeguarding concern|unsafe|\basap\b|at risk)")

# The window: the autumn term of 2048.
WINDOW_START, WINDOW_END = date(2048, 9, 1), date(2048, 12, 18)
CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}


def easter(y):
    """Anonymous Gregorian algorithm."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return date(y, month, (h + l - 7 * m + 114) % 31 + 1)

def bank_holidays(y):
    """England & Wales bank holidays (weekday dates, substitutes included)."""
    def first_monday(m):
        d = date(y, m, 1)
        return d + timedelta(days=(7 - d.weekday()) % 7)
    def last_monday(m):
        d = date(y, m + 1, 1) - timedelta(days=1)
        return d - timedelta(days=d.weekday())
    out = set()
    nyd = date(y, 1, 1)
    out.add(nyd if nyd.weekday() < 5 else nyd + timedelta(days=7 - nyd.weekday()))
    e = easter(y)
    out |= {e - timedelta(days=2), e + timedelta(days=1), first_monday(5), last_monday(5), last_monday(8)}
    xmas, boxing = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() < 5 and boxing.weekday() < 5:
        out |= {xmas, boxing}
    elif xmas.weekday() == 4:                       # Fri / Sat -> Boxing Day observed Monday 28th
        out |= {xmas, date(y, 12, 28)}
    elif xmas.weekday() == 5:                       # Sat / Sun -> Mon 27th and Tue 28th
        out |= {date(y, 12, 27), date(y, 12, 28)}
    elif xmas.weekday() == 6:                       # Sun / Mon -> Mon 26th and Tue 27th
        out |= {boxing, date(y, 12, 27)}
    return out

BANK_HOLIDAYS = bank_holidays(2048) | bank_holidays(2049)

def working_day(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        n += working_day(d)
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
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

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def readable(msg):
    """Everything a reader could see in the message: every header of every part (decoded), every text part,
    HTML (tags stripped, and raw), calendar text (unfolded, unescaped), attachment names, and the text of every
    PDF and .docx attachment."""
    out = []
    for part in msg.walk():
        out += ["%s: %s" % (k, v) for k, v in part.items()]
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            c = part.get_content()
            out += [html_text(c), c]
        elif ct in ("text/calendar", "application/ics"):
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise ValueError("unreadable part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

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
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted / unique")
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    allowed = REQ.get((a, e["kind"], lvl), set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed: %s" % e["missing"])
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    for v in ("consent", "manager_agreed"):
        if e[v] not in (True, False, None): err(v)
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}", cid): err("case id form %r" % cid)
    # time
    now = datetime.fromisoformat(lab["now"])
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    local = d.astimezone(LON)
    if d.utcoffset() != local.utcoffset(): err("Date offset %s is not Europe/London's %s" % (d.utcoffset(), local.utcoffset()))
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now is not 1-10 minutes after Date")
    if not (WINDOW_START <= local.date() <= WINDOW_END): err("Date outside the window")
    if not working_day(local.date()) and f not in JUSTIFIED: err("Date %s is not a working day" % local.date())
    if working_day(local.date()) and f in JUSTIFIED: err("justification recorded for a working day")
    # notice
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice / missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if not working_day(meeting): err("meeting on a weekend or bank holiday")
            if "meeting_details" in e["missing"]: err("meeting_details missing with a meeting")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok / meeting must be null here")
    # the message
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes")
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    subj = str(msg["Subject"])
    if e["kind"] == "auto_reply":
        if msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
    elif msg["Auto-Submitted"] is not None:
        err("Auto-Submitted on human mail")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if e["kind"] == "meeting_reply":
        if len(cals) != 1 or "METHOD:REPLY" not in cals[0].get_payload(decode=True).decode(): err("iTIP REPLY part")
    elif any("METHOD:REPLY" in c.get_payload(decode=True).decode() for c in cals):
        err("iTIP REPLY on a non-reply")
    if e["kind"] == "follow_up" and "[SB-%s-" % a not in subj: err("follow_up without a reference")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("reference on a new request")
    text = readable(msg)
    if e["urgent"]:
        hits = sorted({m.group(0).lower() for m in BANNED.finditer(text)})
        if hits: err("banned words in an urgent mail: %s" % hits)
        if not META[f]["told"]: err("urgent mail without a 'told' note")
    # children, case ids
    pos = []
    for c, mc in zip(e["children"], META[f]["children"]):
        if c["name"] not in text: err("child %s not in text" % c["name"]); continue
        pos.append(text.index(c["name"]))
        if mc["_w"]:
            if mc["_w"] not in text: err("DOB as written %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("DOB %r parses to %s" % (mc["_w"], parse_dob(mc["_w"])))
            dob = date.fromisoformat(c["dob"])
            if not (dob < now.date() and age_years(dob, now.date()) < 18): err("%s is not a child at now" % c["name"])
    if pos != sorted(pos): err("children not in order of first appearance")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for name in META[f]["not_children"]:
        if name not in text: err("named adult %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

def set_checks():
    errors = []
    # the window and the clock, checked with Python's own calendar
    if WINDOW_START.strftime("%A") != "Tuesday" or WINDOW_END.strftime("%A") != "Friday":
        errors.append("window ends are not Tuesday 1 September / Friday 18 December 2048")
    last_sun_oct = max(date(2048, 10, d) for d in range(25, 32) if date(2048, 10, d).weekday() == 6)
    if last_sun_oct != date(2048, 10, 25) or datetime(2048, 10, 25, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() \
            != timedelta(hours=1) or datetime(2048, 10, 25, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0):
        errors.append("BST does not end at 01:00 UTC on Sunday 25 October 2048")
    bh2048 = sorted(bank_holidays(2048))
    want = [date(2048, 1, 1), date(2048, 4, 3), date(2048, 4, 6), date(2048, 5, 4), date(2048, 5, 25),
            date(2048, 8, 31), date(2048, 12, 25), date(2048, 12, 28)]
    if bh2048 != want: errors.append("bank holidays 2048 %s" % bh2048)
    if any(WINDOW_START <= d <= WINDOW_END for d in bh2048): errors.append("a bank holiday inside the window")
    try:
        import holidays
        pk = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2048, 2049]) if d.weekday() < 5}
        if pk != BANK_HOLIDAYS: errors.append("bank holidays differ from the holidays package: %s" % (pk ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    # counts
    if len(FILES) != 40 or len(LABELS) != 40: errors.append("need 40 files")
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s: files %s" % (a, names))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("category totals %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("not every kind present")
    mids = [str(parse(f)["Message-ID"]) for f in FILES]
    if len(set(mids)) != len(mids): errors.append("duplicate Message-IDs")
    if set(SHORT) != set(FILES): errors.append("README descriptions do not cover the files")
    if sorted(JUSTIFIED) != ["torbay_05.eml"]: errors.append("justified dates %s" % sorted(JUSTIFIED))
    # wording: each dialect phrase is in the mail and its label is what the phrase means
    for f, phrase, field, value in WORDING:
        lab = next(l for l in LABELS if l["file"] == f)
        if phrase not in readable(parse(f)): errors.append("%s: wording %r not in text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    # the Knowsley notice counts, as the README table gives them
    want_wd = {"knowsley_01.eml": 6, "knowsley_03.eml": 6, "knowsley_05.eml": 4, "knowsley_07.eml": 4,
               "knowsley_08.eml": 5}
    got = {l["file"]: working_days(datetime.fromisoformat(l["now"]).astimezone(LON).date(), META[l["file"]]["meeting"])
           for l in LABELS if META[l["file"]]["meeting"]}
    if got != want_wd: errors.append("Knowsley notice counts %s" % got)
    k5 = next(l for l in LABELS if l["file"] == "knowsley_05.eml")
    utc_day = datetime.fromisoformat(k5["now"]).astimezone(UTC).date()
    if working_days(utc_day, date(2048, 10, 27)) != 5: errors.append("knowsley_05 is not decided by the clock")
    return errors

def check():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    try:
        errors += set_checks()
    except Exception as ex:
        errors.append("set checks raised %r" % ex)
    return errors


# ============================================================================= README
def readme():
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    kinds = {}
    for l in LABELS:
        kinds[l["expect"]["kind"]] = kinds.get(l["expect"]["kind"], 0) + 1
    rows = []
    for l in LABELS:
        e, m = l["expect"], META[l["file"]]
        if not m["meeting"]:
            continue
        now = datetime.fromisoformat(l["now"])
        today = now.astimezone(LON).date()
        rows.append("| %s | %s %s | %s | %d | %d | %s |" % (
            l["file"][:-4], today.strftime("%a %-d %b"), now.strftime("%H:%M %z"), m["meeting"].strftime("%a %-d %b"),
            working_days(today, m["meeting"]), plain_weekdays(today, m["meeting"]),
            "ok" if e["notice_ok"] else "**not ok**"))
    told = ["- %s: %s" % (f[:-4], META[f]["told"]) for f in sorted(FILES) if CATS[f] == "urgent"]
    table = ["| %s | %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], l["expect"]["kind"],
                                             l["expect"]["next_action"], SHORT[l["file"]]) for l in LABELS]
    return T("""
# mixed136: blind held-out set for urgency and the parse fields, over the autumn term of 2048 (Tuesday 1 September - Friday 18 December 2048), in regional English and dialect, written as people speak

40 invented RFC 5322 messages, 8 per authority, each addressed to the MASH step-up or Early Help duty mailbox that
`/work/main/config/deployment.yaml` names. `labels.json` follows the dev corpus format exactly (`file`, `authority`,
`mailbox`, `now`, `expect` with `kind`, `urgent`, `level`, `case_ids`, `children`, `concerns`, `consent`,
`manager_agreed`, `missing`, `notice_ok`, `next_action`, and a `why`). `categories.json` maps each file to `urgent`
(%(u)d), `near_miss` (%(n)d) or `ordinary` (%(o)d). Score with `stepbot parse FILE --authority <authority> --mailbox
<mailbox> --now <now>`. Written blind: nothing under `bot/`, `handlers/`, `scripts/`, `templates/`, `bench/` or the rest
of `tests/` was read, the parser was never run, nothing was scored. `python3 make_set.py` rewrites every file
(deterministically) after its self-checks pass; `--stats` prints tallies.

## Voices
Knowsley: Scouse - a nan's unpunctuated message ("bevvied", "give her a dig", "the bizzies", "youse"), a
10-year-old's words ("me mam's fella", "in me kecks", "our kid"), a nan with an SGO ("made up", "sound", "boss"),
case managers and social workers who talk the same way at work ("Me TM ... she's agreed", "go 'ed, I'm sound with
Family First coming in", "dead late"). Torbay: Devon - "my lover", "my bird", "here 'tis", "proper job", "dreckly",
"dimpsy", "the babby", "little maid", "teasy", "mazed", "proper ructions". Tower Hamlets: a mother's
Bangladeshi-English, Sylheti and Bangla phrases ("ji, ami razi", "ami ar pari na", "ora amar shathe nirapod", Amma,
Nani, chacha), an Early Help youth practitioner's East London ("it ain't been signed off", "mandem from the ends"), a
13-year-old's "bredrens" and "vexed", a Cockney nan ("bovvered", "going spare"). Herefordshire and the Welsh border:
"I be proper nesh", "'im said I bist to", "the cwtch under the stairs", "ar, that'll be grand", "clemmed", "the
tup", Mam-gu, taid, Duw, cariad, bore da, prynhawn da, diolch. South-west London: a youth worker relaying "the
olders", "shank", "the food", "linking"; a 13-year-old's "allow it"; an Estuary mum ("I ain't daft", "the Old
Bill"); a Putney parent ("absolutely epic"); a partner agency's chatty out-of-office. Practitioners elsewhere write
standard English, often quoting the family's words.

## How the urgent mails tell it (no banned word anywhere in them, subject, parts and attachments included)
%(told)s

## Formats
Outlook multipart/alternative (quoted-printable, CRLF), an Outlook meeting request (iTIP METHOD:REQUEST with
VTIMEZONE) carrying .docx and .pdf attachments, Word "filtered medium" HTML with an MsoTableGrid table (with and
without the text twin), plain single-part Outlook and webmail (7-bit), HTML-only (Outlook.com base64, Yahoo QP),
Gmail for Android (single base64 text/plain, LF), iPhone / iPad Mail (format=flowed, one with an HTML twin and one
with a PDF), Thunderbird format=flowed, Google Workspace, a partnership bulletin (List-Id, Precedence: bulk), an
Outlook forward, replies quoting stepbot's acknowledgement, Outlook iTIP REPLYs (ACCEPTED with comment, DECLINED with
comment), a Google Calendar REPLY (TENTATIVE, with invite.ics), an Outlook out-of-office and a Gmail vacation
responder. Attachments: hand-built PDF 1.4 pages and minimal .docx files (standard library only).

## Calendar checks (all done in make_set.py with Python)
- Window: 1 September 2048 is a Tuesday, 18 December 2048 a Friday. All Dates are working days inside it except
  torbay_05, a neighbour's mail on **Saturday 14 November 2048 at 22:41** (justified: out of hours, the daemon must
  reach the out-of-hours service).
- England & Wales bank holidays for 2048 are computed (Easter by the Gregorian algorithm, substitutes) and equal the
  `holidays` package's list when it is importable (`/work/main/.venv/bin/python make_set.py`): 1 Jan, 3 and 6 Apr,
  4 and 25 May, 31 Aug, **Fri 25 Dec and Mon 28 Dec (Boxing Day, a Saturday, is observed on the Monday)**. None falls
  inside the window (the Late Summer bank holiday is Monday 31 August, the day before it).
- Clock: BST ends at 01:00 UTC on **Sunday 25 October 2048**. Dates up to Friday 23 October carry **+0100**, Dates from
  Monday 26 October **+0000**; every `now` is 1-10 minutes after its Date with the same offset.

## Knowsley notice arithmetic (working days d with today < d <= meeting; today = the Europe/London date of `now`)
| file | sent (`now`) | meeting | working days | plain weekdays | notice |
|---|---|---|---|---|---|
%(rows)s

- knowsley_05 is **decided by the clock**: sent at 00:22 BST on Wednesday 21 October (23:22 UTC on Tuesday 20th). By
  the London date the joint home visit on Tuesday 27 October is 4 working days away (22, 23, 26, 27) - not ok; a
  reader who takes the UTC date counts 5.
- knowsley_08 crosses **Christmas Day and the Boxing Day substitute**: Friday 18 December -> Tuesday 29 December is
  exactly 5 working days (21, 22, 23, 24, 29) against 7 plain weekdays - ok. No count in this window can be decided
  by a bank holiday alone (the latest Date is 18 December).
- knowsley_07 (Thu 5 -> Wed 11 Nov) is 4 - not ok; knowsley_01 (Tue 8 -> Wed 16 Sep) and knowsley_03 (Mon 12 -> Tue
  20 Oct) are 6 - ok. Knowsley mails without a step request (follow_up, other) have `notice_ok` null, as do all other
  authorities.

## Labelling conventions (as the dev corpus and earlier sets)
Facts come from the whole message, quoted and forwarded parts and attachments included. Children need a first name
and surname written somewhere, in order of first appearance; adults (parents, nans, workers) are never children; DOB
only when written. Case ids as written (prefix joined kept; "Mosaic ID 3120457" -> "3120457"; "ICS: ICS-2295518"
-> "ICS-2295518"). `consent` / `manager_agreed` true only when stated as given - in whatever dialect ("I'm sound with
Family First coming in", "I'd be proper glad of it, my lover", "ji, ami razi", "ar, that'll be grand", "do what you
got to do, my bird", "she's agreed the step up"); null when still to come ("I'll do it dreckly, my lover" + "hasn't
signed anything yet"; "She's gonna be fine with it I reckon" + "Haven't asked mum"; "it ain't been signed off yet");
praise and access ("I'm made up with him", "always lets us in") are not consent. Herefordshire's `consent_form` needs
the written form (herefordshire_06 has verbal consent only). `level` only for step-downs and only when written
(herefordshire_01 and _06, tower_hamlets_02 and _06, richmond_wandsworth_04 and _07 write none -> null; a step-up's
"level 3" / "level 4" never sets it). Concerns are current worries about the named children's
household: historic, resolved, negated, hypothetical and training-example harms are excluded; a managed but current
incident (torbay_08's row, perpetrator on bail) stays. `missing` per REQUIREMENTS.md; `[]` for kinds without
requirements and for Herefordshire's undefined step-up (herefordshire_03 -> human_review).

## Borderline labels a scorer should know
- richmond_wandsworth_03: concerns `exploitation` only; `physical_harm` could be argued for the threat to stab him.
- tower_hamlets_03: concerns `exploitation` only (grooming for CSE with cannabis); `sexual_harm` / `substance_misuse`
  could be argued.
- tower_hamlets_05: concerns `physical_harm`; the forced marriage planned for today has no contract id.
- herefordshire_02: concerns `domestic_abuse` + `substance_misuse`; `missing` could be argued (the 2-year-old's
  whereabouts are unknown).
- knowsley_03: the PS adds `domestic_abuse` and `substance_misuse` to the step-down's own concerns; the request part
  is complete (missing [], notice ok) and the label is urgent -> alert_duty.
- torbay_06: concerns keep the existing level 3 reasons (neglect, mum's drinking) with the new `physical_harm`.
- torbay_08 is a near miss with `domestic_abuse` labelled (current, managed); knowsley_06 is a near miss with `[]`
  (the abuse is historic and the father in prison).
- knowsley_05 consent true: the mum's Scouse words and "she's signed the consent section".

## Counts
- Categories: urgent %(u)d, near_miss %(n)d, ordinary %(o)d. Per authority (urgent / near miss / ordinary): knowsley
  3 / 2 / 3, richmond_wandsworth 2 / 2 / 4, tower_hamlets 2 / 3 / 3, torbay 2 / 2 / 4, herefordshire 2 / 2 / 4.
- Kinds: %(kinds)s.

## Files
| file | category | kind | next_action | what it tests |
|---|---|---|---|---|
%(table)s
""") % {"u": tot["urgent"], "n": tot["near_miss"], "o": tot["ordinary"], "told": "\n".join(told),
        "rows": "\n".join(rows), "kinds": ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda kv: -kv[1])),
        "table": "\n".join(table)}


SHORT = {
    "knowsley_01.eml": "complete step-up as the case manager's own Outlook Teams invite (iTIP REQUEST) with form, GCP2 and TAF minutes; Scouse 'Me TM ... she's agreed'; 6 WD",
    "knowsley_02.eml": "a nan's unpunctuated Scouse message forwarded under [SB-knowsley-2207]: ex 'bevvied', hit mum, holding the baby, 'youse will never see her again' tonight",
    "knowsley_03.eml": "complete L3 step-down (6 WD, consent) whose hedged PS says mum's drunk ex hurt her and drove off with the 4-year-old, no car seat",
    "knowsley_04.eml": "a 10-year-old's words: mum's fella held her head under the tap, 'put me out on the landing in me kecks'; he collects at 3.15",
    "knowsley_05.eml": "L3 step-down at 00:22 BST; consent 'go 'ed, I'm sound with Family First coming in'; 4 WD by the London date, 5 by UTC",
    "knowsley_06.eml": "a nan with an SGO asks for a uniform grant; 'battering our Chelsea' is last year's, father in prison (HTML-only, base64)",
    "knowsley_07.eml": "step-up for non-engagement without the Engaging Families toolkit; 'me mam's gonna kill me' checked and negated; 4 WD",
    "knowsley_08.eml": "L2 step-down in a Word table, lead practitioner + venue; Fri 18 Dec -> Tue 29 Dec = exactly 5 WD across Christmas",
    "richmond_wandsworth_01.eml": "complete step-up from the EH team manager; a 13-year-old carer's 'I'm cool, innit ... allow it' in the rationale",
    "richmond_wandsworth_02.eml": "a Putney parent: 'HELP, HE'S KILLING ME!' was a water fight, police closed it 'all fine' (iPhone, flowed + HTML)",
    "richmond_wandsworth_03.eml": "a youth worker relays a 15-year-old: 'the olders' want a drugs run to Portsmouth tonight or they'll 'shank' him (Android base64)",
    "richmond_wandsworth_04.eml": "complete step-down; DV in 2046 is historic and negated; Estuary consent 'I ain't daft'",
    "richmond_wandsworth_05.eml": "DECLINED meeting reply whose comment reports a baby's neck squeezed at 4am, the man still inside now",
    "richmond_wandsworth_06.eml": "Gmail vacation responder ('gone to see my nan in Margate'), Auto-Submitted only",
    "richmond_wandsworth_07.eml": "iPhone step-down: consent still to be asked ('She's gonna be fine with it I reckon'), plan to follow",
    "richmond_wandsworth_08.eml": "follow-up [SB-...-3307] with the signed consent form and the draft plan; quoted 'What is missing:'",
    "tower_hamlets_01.eml": "partnership bulletin of Sylheti / Bangla / East End phrases and a fictional 'Child A' (List-Id, bulk)",
    "tower_hamlets_02.eml": "HTML-only Word-table step-down of three; consent in Sylheti 'ji, ami razi'; lead practitioner TBC",
    "tower_hamlets_03.eml": "bland covering mail; the MARF PDF records a 13-year-old told to come to a man's flat 'tonight after 6, my bredrens wanna meet you'",
    "tower_hamlets_04.eml": "MAST step-up in a youth practitioner's East London voice; consent on the MARF; manager 'ain't been signed off yet'",
    "tower_hamlets_05.eml": "a mother's Bangladeshi-English: son beaten, bleeding, locked in, to be flown to Sylhet for marriage at 4 today",
    "tower_hamlets_06.eml": "complete step-down; father's slap in Bangladesh in 2047 historic; Nani's 'ora amar shathe nirapod'",
    "tower_hamlets_07.eml": "ACCEPTED meeting reply for the Hossain TAF, comment 'Nani is coming too, inshallah'",
    "tower_hamlets_08.eml": "a Cockney nan: grandson missing last night is 'home, safe and sound' (Yahoo HTML-only)",
    "torbay_01.eml": "follow-up [SB-torbay-5296] bringing the Single Assessment ('Sorry my bird ... here 'tis')",
    "torbay_02.eml": "complete L3 step-down; mum's 2047 psychosis ('I went proper mazed') historic, discharged, no current concern",
    "torbay_03.eml": "under-5s step-down; consent 'I'll do it dreckly, my lover' and not signed -> null -> missing",
    "torbay_04.eml": "half-term out-of-office, 'Proper job, see you dreckly!'",
    "torbay_05.eml": "Saturday 22:41: a neighbour has the 5-year-old 'maid' from the step since dimpsy; 'the babby' alone screaming next door",
    "torbay_06.eml": "hedged contact to MASH: 6-year-old shut in the shed 'cause I was teasy', wrists bound; dad collects at 3.15",
    "torbay_07.eml": "complete L3 step-down from the CWD team, 'Morning my lovers!'",
    "torbay_08.eml": "a nan: 'proper ructions', police, bail conditions; the children were with her all along and stay",
    "herefordshire_01.eml": "complete step-down, Welsh greetings, consent form 'diolch, we are happy with this'; no level written",
    "herefordshire_02.eml": "Friday 18:12: Mam-gu says the drunk boyfriend drove off with the 2-year-old, 'I'll take him up the mountain'",
    "herefordshire_03.eml": "a step-up to Herefordshire (undefined kind) -> human_review; nan's 'the boy's clemmed'",
    "herefordshire_04.eml": "a farmer grandad: the bruises were the tup, seen by two adults and accepted by the hospital",
    "herefordshire_05.eml": "complete sibling step-down; a hypothetical 'IF ... released' bottom line; 'Siân'",
    "herefordshire_06.eml": "verbal consent 'ar, that'll be grand' but no written form -> consent_form missing",
    "herefordshire_07.eml": "a 7-year-old: 'I be proper nesh ... Dad shut I in the cwtch ... I bist to go straight back in there tonight'",
    "herefordshire_08.eml": "Google Calendar TENTATIVE reply, 'if the Wye's over the road at Wilton again I'll be late'",
}


# ============================================================================= main
BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
            tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05,
            tower_hamlets_06, tower_hamlets_07, tower_hamlets_08,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
            herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
            herefordshire_06, herefordshire_07, herefordshire_08]

def stats():
    from collections import Counter
    E = [l["expect"] for l in LABELS]
    for fld in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        print(fld, dict(Counter(str(e[fld]) for e in E)))
    print("mailbox", dict(Counter(l["mailbox"] for l in LABELS)))
    print("categories", dict(Counter(CATS.values())))
    print("offsets", dict(Counter(l["now"][-6:] for l in LABELS)))
    print("children", sum(len(e["children"]) for e in E), "with DOB", sum(1 for e in E for c in e["children"] if c["dob"]))

def main():
    for b in BUILDERS:
        b()
    errors = check()
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for old in os.listdir(HERE):
        if old.endswith(".eml") and old not in FILES:
            os.remove(os.path.join(HERE, old))
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    order = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(order, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({f: CATS[f] for f in sorted(CATS)}, fh, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme())
    print("ok: %d files, %s; every self-check passed" % (len(FILES), {c: list(CATS.values()).count(c)
                                                                    for c in ("urgent", "near_miss", "ordinary")}))
    if "--stats" in sys.argv:
        stats()

if __name__ == "__main__":
    main()
