#!/usr/bin/env python3
"""mixed59: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2078 (Tuesday 4 January - Thursday 31 March 2078), in how people communicate: a Deaf parent
writing in BSL-influenced English and Deaf parents whose words reach the council through a BSL interpreter (a
consent signed through an interpreter, an interpreter's session note attached to a step-up), blind parents writing
with a screen reader (and asking for Word, not scanned PDFs; a consent given as a voice message because the paper
form cannot be signed), autistic parents writing very literally, at length and in numbered points, easy-read forms
(consent forms ticked YES or NO, a child's "My views" sheet, an easy-read family plan, an advocate's easy-read
questions), parents with dyslexia typing phonetically, non-verbal children using AAC devices ("talkers", eye-gaze,
symbol grids) and Makaton whose words a teacher, a DSL or a therapist passes on, and text relay (18001) transcripts
with "GA" and "SK" - including a council telephony system's automatic transcript of a dropped relay call. As near
misses, the same writers describe ordinary worries or past events: a blind mother's closed child protection plan, an
autistic mother's literal answer to "is anyone at risk?", a phonetic letter about a 2076 police call-out, an AAC
child's "DAD HURT BLOOD AMBULANCE" after a ladder fall, a zombie story retold on a talker, an easy-read "what happened
before", a training bulletin of example scenarios and an interpreter's out-of-office.

Window: spring term 2078, Tuesday 4 January (the first working day after the New Year's Day substitute bank holiday,
Monday 3 January; 1 January 2078 is a Saturday) to Thursday 31 March 2078 (the last working day before Good Friday,
1 April; Easter Monday is 4 April). No bank holiday falls inside the window. British Summer Time begins on Sunday
27 March 2078, so mail dated 28-31 March carries +0100 and everything earlier +0000. Two Knowsley notice periods
cross Good Friday and Easter Monday (meetings after the window): knowsley_01 is decided by them (6 plain weekdays,
4 working days), knowsley_03 is exactly 5 working days (7 plain weekdays).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (`--stats`
prints the tallies; `--inject-faults` also breaks an in-memory copy in several ways and requires every break to be
caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, quote-chain, working-day, readable-text and self-check helpers follow
/work/main/tests/data/mixed27/make_set.py (the model set), adapted. Every label was set by hand from the
specification; the self-checks only verify them against its rules and STOP on any error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import zipfile, io as _io

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


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
    """Local (Europe/London) wall-clock time. GMT (+0000) until Sunday 27 March 2078, BST (+0100) from then."""
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
    head.encode("ascii")                      # headers are always 7-bit (MIME encoded-words where needed)
    s = head + render(root)
    s.encode("ascii")
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
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))


# -- Word (Outlook) "filtered medium" HTML
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:%(font)s;}
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
    """Markers: {{x}} -> bold; a broken bar (U+00A6) splits the Word run (a new <span>)."""
    t = esc(t)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    t = t.replace("\u00a6", "</span>" + RUN)
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t).replace("\u00a6", "")

def word_html(blocks, font="Aptos"):
    """blocks: strings (paragraphs; '' = empty paragraph), ('table', rows) with the first row shaded, or ('h', text)."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                       "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr style='mso-yfti-irow:%d%s'>\n" % (i, ";mso-yfti-firstrow:yes" if i == 0 else ""))
                for c in r:
                    shade = "background:#D9E2F3;" if i == 0 else ""
                    cell = word_inline(c)
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid "
                               "windowtext .5pt;%spadding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal>%s"
                               "<o:p></o:p></p>\n  </td>\n" % (shade, cell))
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
    """The text/plain twin Outlook writes for a Word HTML body (table cells tab-separated)."""
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


# -- format=flowed (RFC 3676)
def flowed(text, width=72):
    out = []
    for logical in text.split("\n"):
        words = logical.split(" ")
        phys, cur = [], ""
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

def flowed_part(text, charset="utf-8", cte="quoted-printable"):
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="%s"; format=flowed; delsp=no' % charset),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body, charset)
    else:
        body.encode("ascii")
    return Part(h, body)


# -- hand-built PDF 1.4 (Helvetica, WinAnsi), one or more pages, so pypdf can read the text back
def make_pdf(title, lines, per_page=50):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)]
    n = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)).encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, pg in enumerate(pages):
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pesc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
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

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None, reply_to_mid=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re): ", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, mid_domain or "LO2P265MB5530.GBRP265.PROD.OUTLOOK.COM"))]
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
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)), ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def make_docx(paras, tables=()):
    """paras: strings (a string starting with '# ' is a Heading 1); tables: lists of row lists."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(t)
    def para(t):
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
            zi = zipfile.ZipInfo(name, date_time=(2078, 1, 4, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))
def txt_att(filename, text, crlf=True):
    t = text.replace("\n", "\r\n") if crlf else text
    return Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
                 ("Content-Description", filename),
                 ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(t.encode()))),
                 ("Content-Transfer-Encoding", "base64")], b64lines(t.encode("utf-8")))

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html", crlf=crlf)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=(), font="Aptos"):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks, font), "html")],
                     bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=(), crlf=True, boundary=bnd):
    """multipart/alternative with a hand-written HTML part (not generated from the text)."""
    body = multipart("alternative", [text_part(text, crlf=crlf), text_part(html_body, "html", crlf=crlf)],
                     boundary(f, 2))
    root = multipart("mixed", [body] + list(atts), boundary(f, 1)) if atts else body
    return build(top, root, crlf)

def html_only(f, top, html_body):
    return build(top, text_part(html_body, "html", crlf=True), True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment + "\n") if comment else " ", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar method=REPLY) plus the
    same calendar as an application/ics 'invite.ics' attachment."""
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

def itip_request_mail(f, top, body, cal, atts=()):
    """An Outlook meeting request (iTIP METHOD:REQUEST) with attachments: multipart/mixed holding a
    multipart/alternative (text, HTML, text/calendar method=REQUEST) and the attached files."""
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True), cal_part],
                    bnd(f, 2))
    return build(top, multipart("mixed", [alt] + list(atts), bnd(f, 1)), True)

def ooo(f, when, frm_name, frm_email, to, subject, body, html_body=None, prefix="Automatic reply: ", extra=None):
    ex = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + (extra or [])
    top = outlook_top(f, addr(frm_name, frm_email), to, prefix + subject, when, extra=ex)
    if html_body:
        root = multipart("alternative", [text_part(body, crlf=True), text_part(html_body, "html", crlf=True)],
                         bnd(f, 1))
    else:
        root = text_part(body, crlf=True)
    return build(top, root, True)

def quote(lines_from, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (lines_from, sent, to, cc_line, subject, text))

def quoted(text):
    """'> '-prefix every line (a plain-text reply client's quoting)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement, as it reads when quoted under a reply."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

def iphone_mail(f, top, text, atts=()):
    t = flowed_part(text)
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def gmail_alt(f, top, text, atts=()):
    """Gmail / Android Gmail: multipart/alternative, text/plain + <div dir="ltr"> HTML, LF line ends."""
    h = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    body = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [body] + list(atts), gbnd(f, 1)) if atts else body
    return build(top, root, False)

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


# -- reading a message back (the self-checks)
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def docx_text(data):
    import xml.etree.ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(_io.BytesIO(data)).read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def part_texts(msg):
    """(label, text) for every readable part: 'subject', 'body' (inline text/plain or HTML), 'calendar', and
    'att:<filename>' for attachments (text, .docx through python-docx's opener + XML, PDF through pypdf)."""
    from pypdf import PdfReader
    import docx
    out = [("subject", str(msg["Subject"] or ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        label = "att:" + fn if fn else "body"
        if ct in ("text/calendar", "application/ics"):
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(("calendar" if not fn else label,
                        c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")))
        elif ct == "text/html":
            out.append((label, html_text(part.get_content())))
        elif ct.startswith("text/"):
            out.append((label, part.get_content()))
        elif ct == DOCX:
            docx.Document(_io.BytesIO(payload))           # must open in python-docx
            out.append((label, docx_text(payload)))
        elif ct == "application/pdf":
            r = PdfReader(_io.BytesIO(payload))
            out.append((label, "\n".join(p.extract_text() for p in r.pages)))
        if fn:
            out.append(("filename", fn))
    return out

def norm_ws(s):
    return re.sub(r"\s+", " ", s)

def readable(msg):
    return norm_ws("\n".join(t for _l, t in part_texts(msg)))

def body_text(msg):
    """Subject plus the inline text parts (no attachments, no calendar)."""
    return norm_ws("\n".join(t for l, t in part_texts(msg) if l in ("subject", "body")))

def att_text(msg):
    return norm_ws("\n".join(t for l, t in part_texts(msg) if l.startswith("att:")))


# ----------------------------------------------------------------------------- the set's records
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

def ch(name, dob=None, written=None, as_written=None):
    """A labelled child. `written` is the DOB exactly as the mail writes it (the self-check finds it in the readable
    text and parses it back to `dob`). `as_written` is the span carrying the name when it is not written as labelled
    (capitals, lower case)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), test=""):
    """Record one file. `meeting` is the date the notice is counted to (Knowsley step requests only); `not_children`
    are people (adults, or children named by first name only) who appear in the text and must never be labelled;
    `test` is the README's one line on what the mail tests."""
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children), "test": test}


# ============================================================================= KNOWSLEY (004_ba08e3b9f619f49f.txt)
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
K_SEED = "004_ba08e3b9f619f49f.txt"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2078-03-29 11:05:12"
    body = T("""
Hi all,

Teams invite for the step up TAF meeting for the Achterberg-Doyle children (EHM-73315). The step up request form, the GCP2 and the last TAF minutes are attached.

When: Wednesday 6 April 2078, 10:00-11:30
Where: Microsoft Teams - mum will join in person at the Halewood Family Hub with her interpreter, and anyone who would rather be in the room is welcome there.
That gives everyone a full week's notice.

Communication - please read before the meeting:
Mum (Marieke Achterberg) is Deaf and her first language is British Sign Language. I've booked a registered BSL/English interpreter, Hollie Fairbrother, for the whole meeting. Please talk to mum, not to Hollie; one person at a time; the chair will need to leave pauses so the interpretation can catch up, and the Teams captions are not a substitute. Please do not ask the children to interpret. Liam (10) interprets for mum at the GP, at school and on the phone, and that is one of our worries.

Children:
Liam Doyle - 14/08/2067
Saskia Achterberg-Doyle - 02/11/2071
Ruby Achterberg-Doyle - 27/05/2075

The concerns are neglect (the GCP2 scores 4 for nutrition, housing and health; Ruby's weight has dropped from the 50th to the 9th centile since October) and Liam's caring role. My team manager, Rhys Okonkwo-Bell, discussed the step up with me in supervision on 24 March and agreed it.

I went through the step up with mum on Friday, with Hollie interpreting. Mum signed that she understands why we're worried but she does not agree with the step up - she feels professionals talk to Liam instead of her. She does want to come to the meeting and have her say, and I've told her she can bring a Deaf advocate.

I've invited the current TAF members (Halewood Park Primary, the health visitor and the Sensory Support Service).

Thanks,
Siobhan

Siobhan Grainger
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0625 | Text only: 07700 900 431

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20780406T100000", "20780406T113000",
              "Step up TAF meeting - Achterberg-Doyle - EHM-73315 (BSL interpreter booked)",
              "Microsoft Teams Meeting; Halewood Family Hub (mum and interpreter in person)",
              "Step up TAF meeting, chaired by the MASH social worker. BSL/English interpreter booked for mum. "
              "Please do not ask the children to interpret.",
              ("Grainger, Siobhan", "Siobhan.Grainger@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Okonkwo-Bell, Rhys", "Rhys.Okonkwo-Bell@" + KDOM, "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("Halewood Park Primary DSL", "dsl@halewoodpark.example.sch.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Achterberg-Doyle.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-73315",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 6 April 2078, 10:00 (Teams / Halewood Family Hub)",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Medium. Mum comes to every meeting where an interpreter is booked. The concerns are about care, not engagement.",
        "Recent TAF meeting minutes attached: Yes - TAF of 22/03/2078",
        "What are we worried about?",
        "Current Concerns (Impact on child): Ruby (2) has dropped from the 50th to the 9th centile for weight since October. The house is cold because the gas meter is not topped up, bedding is soiled, and Saskia's head lice have not been treated since January. Health visitor and dental appointments missed. Liam (10) interprets for mum at the GP, at school and on the phone and misses school to do it (attendance 86%).",
        "Past Harm: None known.",
        "Complicating Factors: Mum is Deaf (BSL) and isolated since the children's father left in 2077; interpreters are hard to book at short notice; no family nearby.",
        "What is working well?",
        "Existing Strengths: Mum loves the children and they are close to her. School is a strong support. Mum attends when an interpreter is booked.",
        "Existing Safety: Breakfast club for Saskia and Liam every day.",
        "What next?",
        "Goals: Ruby gaining weight; a warm home; Liam not interpreting for adults.",
        "Next Steps: Child and Family Assessment; BSL-accessible parenting support; young carers assessment for Liam.",
        "Scaling Question: How safe and well cared for are the children at home? 3",
        "Graded Care profile (If neglect should be completed): Yes - GCP2 completed 17/03/2078 (attached).",
        "Merseyside Exploitation Assessment - CE/CSE concern: Not applicable.",
        "Up to date police information if applicable: No police involvement.",
        "Agreement by line manager: Rhys Okonkwo-Bell, Team Manager - agreed in supervision 24/03/2078.",
        "Contingency plan (Smart and timely): If Ruby's weight drops again before the meeting, the health visitor will contact MASH the same day."])
    gcp2 = pdf_att("GCP2 Graded Care Profile - Achterberg-Doyle - 17.03.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Achterberg-Doyle (EHM-73315). Completed by: Siobhan Grainger with mum, BSL interpreter present.",
        "Date completed: 17/03/2078",
        "Area 1 Physical care - nutrition: grade 4. Ruby's weight has fallen to the 9th centile; cupboards nearly empty.",
        "Area 1 Physical care - housing: grade 4. Gas not topped up; damp bedroom; soiled bedding.",
        "Area 1 Physical care - health: grade 4. Missed health visitor and dental appointments; head lice untreated.",
        "Area 2 Safety: grade 3. Safety gates in place; Ruby supervised.",
        "Area 3 Love and care: grade 2. Warm and affectionate relationships with all three children.",
        "Area 4 Stimulation and education: grade 3. Liam missing school to interpret for mum.",
        "Overall: neglect of physical care; strengths in emotional warmth."])
    minutes = docx_att("TAF minutes 22 March - Achterberg-Doyle.docx", [
        "# Team Around the Family meeting - minutes",
        "Family: Achterberg-Doyle (EHM-73315). Date: 22/03/2078. BSL/English interpreter: Hollie Fairbrother.",
        "Present: Siobhan Grainger (Family First), mum, Halewood Park Primary (DSL), health visitor.",
        "Update: Ruby weighed by the health visitor on 15/03 - 9th centile. School report Liam missed 6 mornings this half term to go with mum to appointments.",
        "Actions agreed: Family First to discuss step up with team manager; health visitor to re-weigh Ruby in two weeks; school to refer Liam to young carers."])
    top = outlook_top(f, addr("Grainger, Siobhan", "Siobhan.Grainger@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Achterberg-Doyle - EHM-73315 (BSL interpreter booked)", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73315"],
        [ch("Liam Doyle", "2067-08-14", "14/08/2067"), ch("Saskia Achterberg-Doyle", "2071-11-02", "02/11/2071"),
         ch("Ruby Achterberg-Doyle", "2075-05-27", "27/05/2075")],
        ["neglect", "school_attendance", "young_carer"], False, True, [], False, "request_info",
        "Knowsley step-up sent, as the protocol asks, as the Family First case manager's Teams invitation (an iTIP "
        "METHOD:REQUEST, not a reply) to the MASH inbox and MASH business support (%s, s.4 'Cases Stepping-Up': "
        "'all step up calendar invites and requests are to be sent directly to the MASH email address'). Form "
        "(Appendix 1), GCP2 (neglect) and TAF minutes attached, EHM-73315, TM agreed in supervision -> nothing "
        "missing. Consent FALSE: mum, who is Deaf, 'signed that she ... does not agree with the step up' through "
        "the BSL interpreter (a stated refusal; Knowsley's step-up does not require consent, so it is not missing). "
        "NOTICE ACROSS EASTER, DECISIVE: from Tue 29 March the meeting on Wed 6 April is 'a full week's notice' (6 "
        "plain weekdays) but Good Friday 1 April and Easter Monday 4 April are bank holidays, so 4 working days < 5 "
        "(s.4: 'Please allow at least 5 working days' notice') -> notice not ok -> request_info. Concerns: neglect "
        "(GCP2), young_carer (Liam, 10, interprets for his Deaf mother and misses school to do it), "
        "school_attendance (the form's 86%%, poor by the set's convention even though caring is its cause). "
        "Mum's deafness is a communication need, not a concern id." % K_SEED,
        meeting=date(2078, 4, 6), not_children=["Marieke Achterberg", "Hollie Fairbrother", "Rhys Okonkwo-Bell",
                                                "Siobhan Grainger"],
        test="**step-up as a Teams invitation (iTIP REQUEST) with form, GCP2 and TAF minutes; Deaf mum refuses "
             "through the BSL interpreter (consent false); 'a full week's notice' = 6 weekdays but 4 WD across "
             "Good Friday and Easter Monday** (decisive)")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2078-01-13 17:48:33"
    lines = [
        ("17:41", "RELAY ASSISTANT", "Text relay, please wait while I connect your call GA"),
        ("17:42", "CALLER", "HELLO MY NAME IS TAYLA BRENNAN-MOSS I AM 14 I AM DEAF. ME AND MY LITTLE BROTHER KOBI ARE "
                            "LOCKED OUT IN THE BACK GARDEN. MUMS BOYFRIEND LOCKED THE DOOR AT TEA TIME CAUSE KOBI "
                            "SPILT HIS DRINK. HE SAYS WE CAN COME IN WHEN WE LEARN SOME RESPECT GA"),
        ("17:43", "RELAY ASSISTANT", "The number is ringing. Please hold GA"),
        ("17:44", "CALLER", "ITS FREEZING AND DARK. KOBI IS 6 HE HAS NO COAT OR SHOES AND HE WONT STOP CRYING. MUM IS "
                            "ON SHIFT TILL 10. I BANGED ON THE DOOR AND HE TURNED THE TELLY UP. MY PHONE IS ON 8 "
                            "PERCENT GA"),
        ("17:45", "RELAY ASSISTANT", "Still ringing. Please hold GA"),
        ("17:45", "CALLER", "WE LIVE AT 14 ELDON GROVE BY THE PARK. PLEASE COME GA"),
        ("17:46", "RELAY ASSISTANT", "The caller has disconnected. SK"),
    ]
    text = T("""
Knowsley Council Telephony - automated message. Please do not reply to this email.

MISSED TEXT RELAY CALL - MASH DUTY LINE

A text relay call (18001) to the MASH duty line was not answered before the caller disconnected. The relay provider's transcript of the typed conversation is below, exactly as received.

Line: MASH duty (0151 496 0417)
Call started: 13/01/2078 17:41
Call ended: 13/01/2078 17:46 (caller disconnected)
Relay reference: TR/KN/0113/4471
Caller number: withheld

--- Transcript ---
""") + "".join("%s %s: %s\n" % l for l in lines) + T("""
--- End of transcript ---

This message was generated automatically for a call to this line that was not answered. Missed relay calls are not returned automatically.
""")
    rows = "".join("<tr><td style='padding:3px 8px;color:#555555;vertical-align:top'>%s</td>"
                   "<td style='padding:3px 8px;vertical-align:top'><b>%s</b></td>"
                   "<td style='padding:3px 8px'>%s</td></tr>\n" % (esc(a), esc(b), esc(c)) for a, b, c in lines)
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10pt\">\n"
         "<p style=\"color:#666666\">Knowsley Council Telephony - automated message. Please do not reply to this email.</p>\n"
         "<h3>MISSED TEXT RELAY CALL - MASH DUTY LINE</h3>\n"
         "<p>A text relay call (18001) to the MASH duty line was not answered before the caller disconnected. The relay "
         "provider's transcript of the typed conversation is below, exactly as received.</p>\n"
         "<table><tr><td>Line</td><td>MASH duty (0151 496 0417)</td></tr>\n"
         "<tr><td>Call started</td><td>13/01/2078 17:41</td></tr>\n"
         "<tr><td>Call ended</td><td>13/01/2078 17:46 (caller disconnected)</td></tr>\n"
         "<tr><td>Relay reference</td><td>TR/KN/0113/4471</td></tr>\n"
         "<tr><td>Caller number</td><td>withheld</td></tr></table>\n"
         "<table style=\"border-top:1px solid #999999;margin-top:8px\">\n" + rows + "</table>\n"
         "<p style=\"color:#666666;font-size:8pt\">This message was generated automatically for a call to this line "
         "that was not answered. Missed relay calls are not returned automatically.</p>\n</body></html>\n")
    top = plain_top(f, addr("Knowsley Council Telephony", "telephony-noreply@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Missed text relay call - MASH duty line - 13/01/2078 17:41", when, KDOM, None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 2,
        "urgent", "auto_reply", True, None, [],
        [ch("Tayla Brennan-Moss", as_written="TAYLA BRENNAN-MOSS")],
        ["neglect"], None, None, [], None, "alert_duty",
        "AN AUTOMATIC MESSAGE THAT IS AN IMMEDIATE RISK: the council telephony system's transcript of a text relay "
        "call (Auto-Submitted: auto-generated, 'do not reply') that nobody answered at 17:41. A Deaf 14-year-old "
        "typed that she and her 6-year-old brother have been locked out in the back garden since tea time by "
        "mum's boyfriend, in the dark and freezing, the boy with no coat or shoes, mum at work until 10, phone at "
        "8%%; then the line dropped. DESIGN safety rule 1: 'mail that looks automatic' is read too, and the "
        "seed's 'Safeguarding procedures would always override' (%s) -> urgent; kind auto_reply (machine "
        "notice, never answered) but urgent comes first -> alert_duty, and at 17:48 the out-of-hours team. "
        "No alarm word anywhere. Name in capitals -> 'Tayla Brennan-Moss', age only; brother Kobi named by first "
        "name only -> not labelled. Concern neglect (children shut out in the cold by a carer); physical_harm "
        "arguable." % K_SEED,
        not_children=["Kobi"],
        test="**the telephony system's automatic transcript of a dropped text relay call (GA / SK): a Deaf "
             "14-year-old and her brother of 6 locked out in the cold by mum's boyfriend**; auto_reply but urgent; "
             "CAPS name; no alarm words")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2078-03-25 14:20:05"
    letter = T("""
To the Family First case manager.

My name is Adaeze Okafor. I am Ezra's mother. I am autistic. I am writing this so that you know the facts before you come to my house. Please read all of it. It is long because I answer questions fully.

1. Please arrive at 10:00. If you will be late, email me. Do not ring the doorbell more than once. Ezra does not like the bell. Knock twice instead.

2. Please do not wear perfume or aftershave. Ezra will leave the room.

3. The social worker's form asked: "Has anyone in the family ever been hurt?" The answer is yes. In October 2075 my former partner, Ezra's father, hit me and broke my wrist. Ezra saw it. The police came. He went to court and he was convicted. He has not had any contact with us since November 2075. He lives in Aberdeen. This is in the past. I am telling you because the form asked and I answer questions fully. It does not mean something is happening now. Nothing is happening now.

4. Things I worry about now:
(a) Ezra will only eat 6 foods. The dietitian says his weight is fine, so I am trying not to worry about it, but I still worry about it.
(b) The school bus. When the driver changes, Ezra will not get on. Then he misses the morning. This happened 9 times since Christmas.
(c) I do not sleep much. I am not ill. I am tired.
(d) Ezra's trampoline has a tear in the net. I have ordered a new net. It comes on Tuesday.

5. I do not understand the phrase "step down". Ezra is not on a step. I have been told it means that social care will stop and Family First will start. If that is correct, I agree.

6. I consent to my family being helped by Family First. I have read the leaflet two times.

7. I do not want to talk about point 3 again at the visit. It is written here.

Adaeze Okafor
23 March 2078
""")
    body = T("""
Hello Family First duty,

I'd like to step Ezra down to Family First at Level 3 at the end of the C&F assessment.

Joint home visit: Tuesday 5 April 2078 at 10:00, at home - 3 Thornfield Rise, Kirkby.
Child: Ezra Okafor-Blake, DOB 09/06/2068
ICS ID: 1956032

Mum (Adaeze Okafor) is autistic. She has asked me to tell you how she communicates best: written information in advance; exact times (she will expect us at 10:00, not "around ten"); one worker talking at a time; no idioms or "we'll see". She prefers email to phone calls. She wrote the attached letter for the case manager in her own words - please read it before the visit. It is long and very direct; that is how mum writes, and it is really helpful.

To be clear about one part of her letter: she describes her former partner's violence in 2075. That was dealt with fully at the time (police, conviction, no contact since; he lives in Aberdeen). There are no current concerns about domestic abuse, and the assessment found no child protection concerns.

What are we worried about?
Ezra is autistic and has an EHCP. His attendance has dropped to 84% since Christmas - mostly mornings when the school bus is late or a different driver comes. Mum is exhausted and has no break.

What is working well?
Mum knows Ezra extremely well and has built visual timetables for every part of his day. Brookvale Primary are positive and flexible. His EHCP was reviewed in February.

What needs to happen?
A Family First case manager to co-ordinate a TAF with school and SEN transport (same driver where possible); a short breaks assessment; parent carer support for mum.

Consent: mum signed the Family First consent form on 23 March, and her letter says "I consent to my family being helped by Family First."

Thanks,
Ifeoma

Ifeoma Nwachukwu
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0748

""") + KDISC
    att = txt_att("Letter to the case manager - Adaeze Okafor (her own words).txt", letter)
    top = outlook_top(f, addr("Nwachukwu, Ifeoma", "Ifeoma.Nwachukwu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 3 step down - Ezra Okafor-Blake - joint home visit Tue 5 April 10:00", when)
    add(f, mail(f, top, body, [att], html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1956032"],
        [ch("Ezra Okafor-Blake", "2068-06-09", "09/06/2068")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - AN AUTISTIC MOTHER'S LITERAL LETTER ABOUT THE PAST AND ORDINARY WORRIES: the attached .txt "
        "answers 'Has anyone ever been hurt?' with 'yes ... hit me and broke my wrist ... The police came' - in "
        "October 2075, convicted, no contact since, 'This is in the past ... Nothing is happening now'; the social "
        "worker adds 'no current concerns about domestic abuse'; the rest is food, a bus, sleep and a trampoline "
        "net. Historic and negated -> not urgent, no domestic_abuse; 'I am not ill. I am tired' -> no "
        "parental_mental_health. Complete Knowsley Level 3 step-down (%s s.3 'Further support required from "
        "Family First at Level 3': date and time of a joint home visit, the three Signs of Safety headings, "
        "consent - 'I consent to my family being helped by Family First'). Notice ACROSS EASTER, NOT DECISIVE: "
        "Fri 25 March -> Tue 5 April = Mon 28, Tue 29, Wed 30, Thu 31, Tue 5 = exactly 5 working days (7 plain "
        "weekdays; Good Friday and Easter Monday excluded) -> ok -> book_meeting. 'ICS ID: 1956032' -> bare "
        "number. Concerns: disability_send (Ezra autistic, EHCP), school_attendance (84%%). Manager not "
        "mentioned -> null (not required for a step-down)." % K_SEED,
        meeting=date(2078, 4, 5), not_children=["Adaeze Okafor", "Ifeoma Nwachukwu"],
        test="**an autistic mother's long, literal letter (.txt) answering 'has anyone ever been hurt?' with a "
             "2075 assault, and ordinary worries**; complete L3 step-down; exactly 5 WD across Easter (7 weekdays)")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2078-02-02 11:26:40"
    blocks = [
        "Dear MASH team,",
        "",
        "I am the Designated Safeguarding Lead at Cronton Vale School. I am writing about {{Oliver Mercer}}, Year 5, DOB 19/10/2067. Oliver is autistic and non-verbal. He communicates with an AAC device (a tablet with a symbol grid that speaks the words) and some Makaton, and he has an EHCP.",
        "",
        "At 10:05 today, in his 1:1 session, Oliver went to the 'body' page of his device. These are the words from the device's message log, in the order he pressed them (I have printed the log and kept it):",
        ("table", [["Time", "Page", "What Oliver pressed"],
                   ["10:05", "Body", "WAYNE / HURT / BOTTOM / BED"],
                   ["10:06", "People", "WAYNE / MUM / FRIEND"],
                   ["10:07", "Time", "LAST NIGHT / NIGHT NIGHT / MORE"],
                   ["10:09", "Feelings", "SCARED / NO / HOME / NO HOME"]]),
        "",
        "His teaching assistant, Mrs Kaur, only asked 'Who?' and 'When?' with his choice board - she did not suggest any words.",
        "",
        "Wayne is mum's boyfriend; we only know him by his first name. He moved in at Christmas. Mum works nights at a care home three nights a week and Wayne looks after Oliver and his little sister on those nights. Tonight is one of them - mum told the class teacher at drop-off on Monday.",
        "",
        "Since last week Oliver has refused the toilet at school and flinches when staff help him with personal care, which is new for him.",
        "",
        "Oliver goes home on the school minibus, which drops him at 3.40pm. Mum leaves for work at 7pm.",
        "",
        "We have not spoken to mum or to Wayne. Please call me on 0151 496 0783 or 07700 900 512.",
        "",
        "Joanne Hesketh",
        "Deputy Headteacher and Designated Safeguarding Lead",
        "Cronton Vale School",
    ]
    top = outlook_top(f, addr("Joanne Hesketh", "j.hesketh@crontonvale.example.sch.uk"), addr("Knowsley MASH", KMASH),
                      "Oliver Mercer (Y5) - what he said on his communication aid this morning", when,
                      mid_domain="AS8PR03MB7712.eurprd03.prod.outlook.com")
    add(f, word_mail(f, top, blocks), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Oliver Mercer", "2067-10-19", "19/10/2067")],
        ["disability_send", "sexual_harm"], None, None, [], None, "alert_duty",
        "A NON-VERBAL CHILD'S AAC WORDS PASSED ON BY THE SCHOOL DSL: the device log (a Word table) reads 'WAYNE / "
        "HURT / BOTTOM / BED', 'LAST NIGHT / NIGHT NIGHT / MORE', 'SCARED / NO / HOME'; new toilet refusal and "
        "flinching at personal care; Wayne (mum's boyfriend) looks after him tonight while mum works nights; home "
        "on the minibus at 3.40. A disclosure of sexual abuse by a carer he returns to today -> urgent (DESIGN "
        "safety rule 1; %s: 'If a child is believed to be at risk, nothing within this protocol should be used "
        "to delay') -> alert_duty. From a school, asks for no step -> other. Concerns sexual_harm and "
        "disability_send (autistic, non-verbal, EHCP: set convention, a child whose SEND the mail describes). "
        "The sister is not named; Wayne has no surname." % K_SEED,
        not_children=["Joanne Hesketh", "Wayne"],
        test="**a DSL passes on a non-verbal 10-year-old's AAC log (Word table): 'WAYNE / HURT / BOTTOM / BED ... "
             "NO HOME'; Wayne minds him tonight**")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2078-02-07 09:12:18"
    body = T("""
Hi,

Letting you know I'm stepping Leah down to a Level 2 Early Help service at her final CIN meeting:

Date: Friday 11th February 2078
Time: 2pm
Venue: St Aidan's CE Primary School, Huyton - the Rainbow Room

That's 5 days' notice (Mon-Fri).

Child: Leah Cartwright, DOB 30/01/2070 - ICS-1938802

Lead Practitioner: Priya Sandhu, SENCO, St Aidan's CE Primary School. She has agreed to take on the Lead Practitioner role and the Early Help Assessment.

Mum (Kerry-Ann Cartwright) has dyslexia and finds letters and forms hard, so I went through the step down with her in person and then she texted me her answer. Copying it exactly as she sent it:

   "yes im hapy for the scool to be the lead for the famly help and for mrs sandhu to do the meetings. can you ring me not leters x"

Please phone or text mum rather than writing to her. If you do need to send her something, easy read and large print please, and no attachments she has to open.

What are we worried about?
Leah's attendance is 88% and she is behind with reading. Mum can't always read school letters, so Leah misses trips and forms go back late.

What is working well?
Mum and Leah are close. Mum ended contact with the ex-partner who was the reason for the CIN plan and there have been no incidents for 8 months. Leah loves school and her after-school club.

What needs to happen?
School to lead an Early Help Assessment and TAF; reading support for Leah; school to send messages to mum by text or voice note; mum to be offered the adult literacy service if she wants it.

Thanks,
Carys

Carys Wainwright
Social Worker | Safeguarding & Children in Need Team 2 | Knowsley Council
0151 496 0214

""") + KDISC
    top = outlook_top(f, addr("Wainwright, Carys", "Carys.Wainwright@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Leah Cartwright - final CIN Fri 11th Feb 2pm", when,
                      cc=addr("Priya Sandhu", "p.sandhu@staidans-huyton.example.sch.uk"))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-1938802"],
        [ch("Leah Cartwright", "2070-01-30", "30/01/2070")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley LEVEL 2 step-down (%s s.2, 'For families identified as requiring ongoing Level 2 support'): "
        "date, time and venue of the final CIN meeting, the three Signs of Safety headings, and the Lead "
        "Practitioner's name and organisation (Priya Sandhu, SENCO, St Aidan's) -> nothing missing. Consent TRUE "
        "from the mother's phonetic text, quoted as sent ('yes im hapy for the scool to be the lead for the famly "
        "help'); consent is not a level 2 requirement anyway. NOTICE, INCLUSIVE-COUNTING TRAP: the social worker "
        "writes 'That's 5 days' notice (Mon-Fri)', counting today; DESIGN counts working days d with today < d <= "
        "meeting: Mon 7 Feb -> Fri 11 Feb = Tue, Wed, Thu, Fri = 4 < 5 ('At least 5 working days prior to the "
        "potential final Child in Need (CIN) meeting') -> not ok -> request_info. 'ICS-1938802' keeps its prefix. "
        "Concern school_attendance (88%%); the ex-partner is history (no incidents for 8 months) -> no "
        "domestic_abuse." % K_SEED,
        meeting=date(2078, 2, 11), not_children=["Kerry-Ann Cartwright", "Priya Sandhu", "Carys Wainwright"],
        test="Level 2 step-down, consent in the dyslexic mother's phonetic text; **'That's 5 days' notice "
             "(Mon-Fri)' is 4 working days** (no bank holiday: the writer counted today)")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2078-02-21 20:14:09"
    body = T("""
Hello,

My name is Bernadette Kowalczyk-Ryan. I am registered blind and I use a screen reader called JAWS on my laptop, so please excuse any odd layout or mistakes, I can't always tell.

I got a letter in the post from Family First about my son Reuben Kowalczyk-Ryan's review. My neighbour read some of it to me but not all of it. You also emailed me a copy, but it is a scanned picture in a PDF and my screen reader just says "graphic, graphic, blank page". Please could you send it as a Word document or just type it into the email?

I know the review is because of what happened before, so I want to explain it myself. In 2076 the children were on a child protection plan because of my ex partner. He was violent to me, and once he threw a chair and it hit Reuben's arm. That was all dealt with. He went to prison and then moved to Cardiff, he isn't allowed any contact and hasn't had any. The plan ended in 2077 and the social worker said we were doing really well. I'm not worried about him now at all.

What I do worry about is ordinary things. Reuben is 11 and wants to walk to school on his own, and I can't see the road to know he's crossed it OK. We're practising with the lollipop man. And his sister Isla keeps moving my things so I can't find them, which I suppose is normal for 8.

Also, if the review is at the new family hub, could somebody meet me at the bus stop the first time? I have a guide dog called Hazel but she hasn't been there before.

The best way to reach me is email, or phone 07700 900 944. Please don't send anything as pictures.

Thank you
Bernadette
""")
    top = plain_top(f, addr("Bernadette Kowalczyk-Ryan", "bernadette.kr@example.net"), addr(None, KFF),
                    "Reuben's review letter - I can't read it, I'm blind", when, "example.net",
                    "Microsoft Windows Mail 16005.14326.22342.0")
    add(f, mail(f, top, body, crlf=True, cte="7bit"), "knowsley", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Reuben Kowalczyk-Ryan")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A BLIND MOTHER'S SCREEN-READER MAIL ABOUT THE PAST: 'child protection plan', 'violent', 'threw "
        "a chair and it hit Reuben's arm' - all in 2076, the perpetrator imprisoned, moved away, no contact, the "
        "plan ended in 2077, 'I'm not worried about him now at all'. Her request is accessible formats (the scanned "
        "PDF reads 'graphic, graphic, blank page') and someone to meet her guide dog at the bus stop. Historic and "
        "resolved -> not urgent (DESIGN safety rule 1 excludes historic and resolved risk); a parent asking for no "
        "step -> other -> human_review. No current concern (a child walking to school and a sibling moving things "
        "are ordinary). Reuben labelled with no DOB (age only); Isla named by first name only -> not labelled. "
        "Plain 7-bit text from Windows Mail at 20:14. (%s: no rule applies to a parent's own enquiry.)" % K_SEED,
        not_children=["Bernadette Kowalczyk-Ryan", "Isla"],
        test="**a blind mother's screen-reader mail: a 2076 CP plan, a violent ex, a chair that hit her son - all "
             "closed; she asks for Word instead of a scanned PDF**")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2078-02-08 13:02:55"
    data = itip_reply(f, when, "Priya Sandhu", "p.sandhu@staidans-huyton.example.sch.uk",
                      ("Family First 0-18 Duty Mailbox", KFF), "TENTATIVE",
                      "Final CIN meeting (Level 2 step down) - ICS-1938802 [SB-knowsley-3051]",
                      "20780211T140000", "20780211T150000", "St Aidan's CE Primary School, Huyton - the Rainbow Room",
                      comment="I'll be there but may be 10 minutes late (SEN panel runs until 2). Mum has asked for "
                              "everything to be read out at the start rather than handed over - she has dyslexia. I'll "
                              "bring the plan in easy read.")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["ICS-1938802"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the level 2 lead practitioner (a school SENCO) for "
        "knowsley_05's final CIN meeting; SUMMARY carries ICS-1938802 and [SB-knowsley-3051]. The COMMENT asks for "
        "papers to be read aloud for a mother with dyslexia - nothing of concern. DESIGN: meeting_reply -> "
        "record_reply; case id from the SUMMARY (set convention). (%s s.2: the final CIN meeting.)" % K_SEED,
        test="Outlook REPLY TENTATIVE from the level 2 lead practitioner, COMMENT about reading papers aloud for a "
             "parent with dyslexia")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2078-03-16 15:40:27"
    blocks = [
        "Family First duty,",
        "",
        "Request to step the Joseph children down to Family First when the C&F assessment closes.",
        "",
        "{{Joint home visit:}} Wednesday 23 March 2078, 10:00, at home - 27 Sefton Row, Page Moss",
        "{{ICS ID}} 1941187",
        "{{Children:}} Jamie Joseph (DOB 05/12/2065) and Kezia Joseph (DOB 18/07/2071)",
        "",
        "Dad, Clive Joseph, is the children's sole carer. He has a learning disability and reads a little; he uses easy-read information and likes to be shown things rather than told. I haven't asked him about consent yet - I want to go through the easy-read Family First leaflet with him properly first, which I'm doing on Friday with his advocate, and I'll let you know his answer after that.",
        "",
        ("table", [["What are we worried about?", "What is working well?", "What needs to happen?"],
                   ["Jamie (12) does most of the shopping and reads all the post for dad. He is late for school most days (attendance 86%). Kezia's attendance is 90%.",
                    "Dad is warm and patient. The home is clean and the children are well fed. Dad asked for help himself. His advocate from the Knowsley Advocacy Hub is involved.",
                    "A Family First case manager to lead a TAF; a young carers assessment for Jamie; easy-read budgeting and post support for dad; an attendance plan with school."]]),
        "",
        "My team manager, Gwen Holloway, has agreed the step down.",
        "",
        "Daniel",
        "",
        "Daniel Fairclough-Mensah",
        "Social Worker | Assessment Team (Huyton) | Knowsley Council",
        "0151 496 0866",
    ]
    top = outlook_top(f, addr("Fairclough-Mensah, Daniel", "Daniel.Fairclough-Mensah@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down - Joseph family - joint visit Wed 23/03", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["1941187"],
        [ch("Jamie Joseph", "2065-12-05", "05/12/2065"), ch("Kezia Joseph", "2071-07-18", "18/07/2071")],
        ["school_attendance", "young_carer"], None, True, ["consent"], True, "request_info",
        "Knowsley step-down with NO LEVEL stated -> level null, treated as level 3 (REQUIREMENTS.md), so consent is "
        "required (%s s.3: 'they need to gain consent from the parent for the case to be referred to Family "
        "First'). CONSENT STILL TO BE ASKED: 'I haven't asked him about consent yet - I want to go through the "
        "easy-read Family First leaflet with him ... on Friday' -> null (DESIGN: 'still to be asked') -> consent "
        "missing -> request_info. Date, time and venue of the joint home visit and the three headings (a Word "
        "table) are present. Notice not decisive: Wed 16 March -> Wed 23 March = exactly 5 working days -> ok. "
        "'ICS ID 1941187' -> bare number. Concerns: young_carer (Jamie shops and reads the post for his father), "
        "school_attendance (86%%). Manager 'has agreed the step down' -> true." % K_SEED,
        meeting=date(2078, 3, 23), not_children=["Clive Joseph", "Gwen Holloway", "Daniel Fairclough-Mensah"],
        test="step-down with no level (-> L3) whose **consent waits for an easy-read leaflet with a father who has "
             "a learning disability** (null -> missing); headings in a Word table; exactly 5 WD")

# ============================================================================= RICHMOND & WANDSWORTH (000_ad98922a9b2c3c54.txt)
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
R_SEED = "000_ad98922a9b2c3c54.txt"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2078-01-11 10:31:44"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with Farah Siddiqui (Early Help Practitioner) yesterday, I agree with the plan to step the Vance family up to Children's Services. The latest case summary is attached and the rationale is below.

Children:
Oscar Vance - DOB 03/04/2066
Martha Vance - DOB 21/09/2069
Mosaic ID: 2468013

Rationale for step up
Over six months of Early Help, Mr Vance's drinking has increased - he told Farah he drinks "most of a bottle of vodka" most evenings - and Mrs Vance's depression has deepened; she has stopped going to her GP reviews. Oscar (11) has missed 24 sessions this half term (attendance 79%) and Martha has arrived at school hungry on several occasions. The family have engaged with Farah, but the TAF plan is not making a difference and we think a Child and Family Assessment is now needed. There are no immediate child protection concerns.

Communication needs - please read before contacting the family
Mrs Vance is blind and uses a screen reader on her phone and laptop. Please send her letters by email as Word documents or as plain text in the body of the email - not scanned PDFs, not images, and not tables laid out for print. Put the most important thing in the first line. If you invite her to a meeting, give the exact address and which door to use; she travels with a long cane. Mr Vance reads print.

Consent
Both parents agree to the step up. Mrs Vance replied to Farah's email on Monday: "Yes, we agree to you asking Children's Services for more help."

Kind regards,

Tobias Eriksen-Lloyd
Early Help Team Manager (Tooting and Balham) | Wandsworth Early Help
020 7946 0573

""") + RDISC
    att = docx_att("Case summary - Vance - January 2078.docx", [
        "# Case summary - Vance family",
        "Mosaic ID: 2468013. Early Help since July 2077. Lead practitioner: Farah Siddiqui.",
        "Household: Mr Daniel Vance, Mrs Helen Vance (registered blind), Oscar (11), Martha (8).",
        "Summary: referred by school for attendance and hunger. TAF plan: alcohol service referral (not taken up), "
        "GP review for Mrs Vance's depression (missed twice), breakfast club (Martha attends), attendance plan "
        "(no improvement: 79%).",
        "Accessibility: all written communication to Mrs Vance in Word or plain text email; no scanned documents.",
        "Current position: escalating parental alcohol use and untreated depression; children's needs not met."])
    top = outlook_top(f, addr("Eriksen-Lloyd, Tobias", "Tobias.Eriksen-Lloyd@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Vance family - Mosaic ID 2468013", when,
                      cc=addr("Siddiqui, Farah", "Farah.Siddiqui@" + RDOM))
    add(f, mail(f, top, body, [att], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2468013"],
        [ch("Oscar Vance", "2066-04-03", "03/04/2066"), ch("Martha Vance", "2069-09-21", "21/09/2069")],
        ["neglect", "parental_mental_health", "school_attendance", "substance_misuse"], True, True, [], None,
        "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager to the MASH: Step Up inbox with "
        "'the latest case summary and the rationale' (%s, 'Process to Step Up'): summary .docx attached, "
        "rationale under its own heading -> nothing missing; no notice period -> notice null -> book_meeting "
        "(MASH business support invite within 1 working day). Manager true: the sender is the team manager and "
        "writes 'I agree with the plan to step ... up'. Consent true: 'Both parents agree to the step up'. "
        "'There are no immediate child protection concerns' - negated, not urgent. The blind mother's "
        "screen-reader needs are communication, not a concern. Concerns: substance_misuse, "
        "parental_mental_health, school_attendance (79%%), neglect (arrives hungry). 'Mosaic ID 2468013' -> bare "
        "number." % R_SEED,
        not_children=["Farah Siddiqui", "Tobias Eriksen-Lloyd", "Helen Vance", "Daniel Vance"],
        test="complete step-up from the EH team manager; **a blind mother's screen-reader needs set out for MASH** "
             "('not scanned PDFs'); consent in her own emailed words")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2078-01-17 16:05:20"
    body = T("""
Hi Early Help duty,

Confirming by email, as agreed on the phone with Lorna Featherstone (Early Help duty team manager) this afternoon: step-down case discussion on Thursday 20th January at 2pm, on Teams.

Child: Maya Osei, DOB 11/06/2066
Mosaic: 2451190

Attached: the latest case summary (PDF) and the draft Early Help plan (Word).

Maya lives with her dad, Kwabena Osei, who is Deaf; British Sign Language is his first language. Maya is hearing. We met on 14 January with a registered BSL/English interpreter, Gethin Marsh-Adeyemi. Through the interpreter, dad signed that he consents to Early Help continuing the plan, and he and the interpreter both signed the consent record, which is on Mosaic.

Dad would like the school's family support worker, Mrs Bernice Adjei at Furzedown Vale Primary, to be the lead professional, and she has agreed.

Please book a BSL interpreter for any meeting with dad. He lip-reads a little but misses a lot, and Maya must not be asked to interpret - she has done it for years (GP, parents' evenings, the bank), and stopping that is the first goal in the plan.

Thanks,
Anjali

Anjali Raman
Social Worker | Children in Need Team 3 | Wandsworth Children's Services
020 7946 0688

""") + RDISC
    summary = pdf_att("Case summary - Maya Osei - January 2078.pdf", "Case summary - Maya Osei (Mosaic 2451190)", [
        "Child in Need since May 2077, after school raised concerns that Maya (then 10) was missing lessons to "
        "interpret for her father at appointments.",
        "Father: Kwabena Osei, Deaf, BSL user. Warm, committed parent. No concerns about his care of Maya.",
        "Progress: BSL interpreters now booked by the GP surgery and school; Maya attends a young carers group; "
        "attendance 96%.",
        "Recommendation: step down to Early Help with a TAF led by school. Remaining need: Maya's caring role."])
    plan = docx_att("Draft Early Help plan - Maya Osei.docx", [
        "# Draft Early Help plan - Maya Osei",
        "Goal 1: Maya does not interpret for adults. Who: school, GP surgery, Early Help. How: interpreters booked "
        "for every appointment; dad registered for video relay.",
        "Goal 2: Maya keeps going to the young carers group. Who: young carers service.",
        "Goal 3: Dad has a Deaf-led peer support contact. Who: Early Help.",
        "Lead professional: Mrs Bernice Adjei, Family Support Worker, Furzedown Vale Primary."])
    top = outlook_top(f, addr("Raman, Anjali", "Anjali.Raman@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Maya Osei - case discussion Thurs 20th 2pm (agreed with Lorna)", when)
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2451190"],
        [ch("Maya Osei", "2066-06-11", "11/06/2066")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (%s, 'Process to Step Down': the social worker agrees a time "
        "with the Early Help duty team manager 'within 5 days of this contact - confirming this by email with "
        "the latest case summary and the draft plan'): summary PDF + draft plan .docx; Thursday 20 January is 3 "
        "days after Monday 17th. CONSENT TRUE THROUGH A BSL INTERPRETER: 'Through the interpreter, dad signed "
        "that he consents to Early Help continuing the plan' ('Step Down to Early Help': 'The allocated social "
        "worker should gain consent'). No level stated -> null; manager not mentioned -> null. Concern "
        "young_carer (Maya interprets for her Deaf father); the father's deafness is not a concern. 'Mosaic: "
        "2451190' -> bare number." % R_SEED,
        not_children=["Kwabena Osei", "Gethin Marsh-Adeyemi", "Bernice Adjei", "Lorna Featherstone", "Anjali Raman"],
        test="complete step-down; **a Deaf father's consent signed through a registered BSL interpreter**; a "
             "hearing child who interprets (young_carer)")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2078-02-07 08:41:03"
    text = T("""
Hello

Me Deaf. BSL my language. English not good, sorry.

My son Kai Adebayo-Finch, age 14. Saturday morning he go out. Not come back. Saturday night no. Sunday night no. Now Monday morning. His phone off.

Before, 3 weeks, Kai have new trainers expensive, new phone, cash money. I ask where from. He say "job, delivery, man pay me". Friday night I see from window, car black, man older maybe 25, Kai get in car.

Police - I try text 999 but my phone not registered for text 999, not work. Phone call I cannot. Early Help worker Sandra I email Sunday, reply come back "away, leave".

Kai have asthma. Inhaler here, he not take.

Please someone help find Kai. Me very worried. I stay home, wait. Email me or text 07700 900 218 (text only, I cannot hear call). Or video call, I sign.

Funmi Adebayo
""")
    top = plain_top(f, addr("Funmi Adebayo", "funmi.adebayo.bsl@example.com"), addr(None, RED),
                    "My son Kai not come home. Help please", when, "mail.gmail.com", None)
    add(f, gmail_alt(f, top, text), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kai Adebayo-Finch")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A DEAF MOTHER WRITING IN BSL-INFLUENCED ENGLISH (topic-comment order, no articles or tense): her son of "
        "14 has been missing since Saturday morning - two nights - phone off; for three weeks he has had "
        "expensive trainers, a new phone and cash for a 'job, delivery, man pay me'; she saw him get into a car "
        "with a man of about 25; she could not reach the police (emergency SMS not registered) and the Early Help "
        "worker is on leave. A missing child with signs of criminal exploitation, no one yet looking -> urgent "
        "(DESIGN safety rule 1; %s: 'where there are immediate child protection concerns' the step-up process is "
        "not the route) -> alert_duty. A parent's mail, no step asked -> other. Concerns: missing, exploitation. "
        "No alarm word anywhere. Android Gmail, multipart/alternative." % R_SEED,
        not_children=["Funmi Adebayo", "Sandra"],
        test="**a Deaf mother in BSL-influenced English: her son of 14 missing two nights, cash and a 'delivery "
             "job', a man of 25 in a car**; could not text 999; no alarm words")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2078-02-24 12:15:30"
    text = T("""
Hello,

I wasn't sure which inbox this should go to, so apologies if it's the wrong one.

Zainab Qureshi-Hart (Year 3, DOB 07/03/2070) has cerebral palsy and uses an eye-gaze communication device. This morning at registration she put together:

   DAD / HURT / BLOOD / AMBULANCE / HOSPITAL / SAD

We followed our usual procedure: her class teacher asked open questions with her choice board, and Zainab went to the photos on her device and showed us a picture of her dad with his leg in plaster. Mum came in at 9.15 when we rang. On Saturday dad fell off a ladder clearing the gutters, cut his head and broke his ankle, and the ambulance took him to hospital. He's home now on crutches. Zainab saw the fall and has been upset since.

Mum's account and Zainab's match, the photo matches, and nothing else worries us - Zainab is very well cared for and was smiling once she had "told" us. We've logged it on CPOMS as a wellbeing note.

I'm only emailing because mum asked whether Early Help has anything for children who are worried about a poorly parent, and because the words from her device will be in our records and I'd rather you heard about it from us.

Many thanks,

Hattie Lomax
SENCo | Ravensbury Park Primary School
020 7946 0329
""")
    top = plain_top(f, addr("Hattie Lomax", "h.lomax@ravensburypark.example.sch.uk"), addr("MASH Step Up", RSU),
                    "Zainab Qureshi-Hart (Y3) - 'DAD HURT BLOOD AMBULANCE' on her device this morning", when,
                    "ravensburypark.example.sch.uk", None)
    add(f, gmail_alt(f, top, text), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Zainab Qureshi-Hart", "2070-03-07", "07/03/2070")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS - AN AAC CHILD'S ALARMING WORDS WITH AN ORDINARY EXPLANATION: 'DAD / HURT / BLOOD / AMBULANCE' "
        "from a 7-year-old's eye-gaze device turns out, with her own photo and mum's matching account, to be her "
        "father's fall from a ladder on Saturday; 'nothing else worries us'. An injury to the parent, explained and "
        "consistent -> not urgent. A school's information-sharing mail to the step-up inbox, asking about support "
        "-> other -> human_review (%s defines only the Early Help team manager's step-up). Concern "
        "disability_send (cerebral palsy, AAC: set convention); no young_carer - mum asks about support for a "
        "worried child, no caring role is described." % R_SEED,
        not_children=["Hattie Lomax"],
        test="**a school passes on 'DAD / HURT / BLOOD / AMBULANCE' from an eye-gaze device - dad fell off a "
             "ladder**, mum's account matches")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2078-03-09 12:34:50"
    worker = T("""
Imran,

As discussed in supervision yesterday, here is the step up for the Wierzbicki girls for you to send to MASH.

Hanna Wierzbicka - DOB 15/02/2068
Zofia Wierzbicka - DOB 30/08/2071
Mosaic ID: 2473356

Their dad, Tomasz Wierzbicki, has been their sole carer since mum returned to Poland in 2077. Dad is Deaf (BSL, and Polish Sign Language with his family) and we always work with an interpreter - usually Carys Venn.

Rationale for step up
Dad's mental health has got much worse since Christmas. He stopped taking his antidepressants in January, he is sleeping most of the day, the flat is cold because the meter hasn't been topped up, and the girls have missed 11 days of school between them this half term. The TAF plan (GP, Deaf mental health service, school) isn't working because dad doesn't go to appointments, and we think the girls need a social work assessment. Dad agreed to the step up at this morning's visit - he signed "yes, I need more help" through the interpreter.

No immediate safeguarding concerns at this morning's visit.

Attached: case summary, and Carys's interpreter session note from this morning (she always sends a short note after each session - I haven't had a chance to read this one properly, I've just got back from the visit).

Rosalind

Rosalind Tran
Early Help Practitioner | Richmond Early Help (Twickenham)
020 7946 0512
""")
    body = T("""
MASH colleagues,

Step up request below from Rosalind Tran, which I have discussed with her and agree with. Case summary attached; rationale below.

Imran

Imran Chaudhry-Bell
Early Help Team Manager | Richmond Early Help (Twickenham)
020 7946 0590
""") + quote("Tran, Rosalind <Rosalind.Tran@%s>" % RDOM, "09 March 2078 12:02",
             "Chaudhry-Bell, Imran <Imran.Chaudhry-Bell@%s>" % RDOM,
             "Step up - Wierzbicki family - Mosaic 2473356", worker) + "\n" + RDISC
    summary = docx_att("Case summary - Wierzbicki - March 2078.docx", [
        "# Case summary - Wierzbicki family",
        "Mosaic ID: 2473356. Early Help since October 2077 (referred by school: attendance and presentation).",
        "Household: Mr Tomasz Wierzbicki (Deaf, BSL user), Hanna (10), Zofia (6). Mother in Poland, phone contact.",
        "Work done: TAF with school, GP and the Deaf mental health service; energy and food bank support; "
        "interpreters booked for every visit.",
        "Current position: father's depression worsening, medication stopped, home cold, school absence rising."])
    note = docx_att("Interpreter session note 09.03 - C Venn.docx", [
        "# Interpreter's session note",
        "Interpreter: Carys Venn, Registered Sign Language Interpreter (BSL/English)",
        "Assignment: Early Help home visit, Mr T. Wierzbicki, 09/03/2078, 10:00-11:30",
        "Interpreting: the visit was interpreted in full. Topics: school attendance, GP appointment, the step up "
        "to social care (Mr Wierzbicki agreed), the energy meter.",
        "Note for the worker - please read:",
        "After Rosalind had left, while I was putting my coat on, Mr Wierzbicki signed to me directly - not for "
        "interpreting - and asked me not to tell anyone. My code of conduct means I must pass this on.",
        "He signed (my English rendering, as close as I can make it): 'I have kept my tablets, a lot of them. "
        "Tonight, when the girls are asleep, I give them some too, and we all sleep together. Finished. No more "
        "problems for anyone.'",
        "He was calm and looked very tired. Then he signed that he was joking. I do not think he was joking.",
        "The girls finish school at 3.15 and he collects them.",
        "I tried to ring Rosalind at 11:40 but it went to voicemail, so I am sending this note now.",
        "Carys Venn - 07700 900 731"])
    top = outlook_top(f, addr("Chaudhry-Bell, Imran", "Imran.Chaudhry-Bell@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Wierzbicki family - Mosaic 2473356", when)
    add(f, mail(f, top, body, [summary, note], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2473356"],
        [ch("Hanna Wierzbicka", "2068-02-15", "15/02/2068"), ch("Zofia Wierzbicka", "2071-08-30", "30/08/2071")],
        ["neglect", "parental_mental_health", "school_attendance"], True, True, [], None, "alert_duty",
        "THE RISK IS ONLY IN AN ATTACHMENT NOBODY HAS READ: a planned step-up forwarded by the Early Help team "
        "manager (%s, 'Process to Step Up': case summary attached, rationale under its heading; the manager "
        "forwards and agrees -> manager true), whose worker wrote 'No immediate safeguarding concerns' and "
        "attached the BSL interpreter's session note without reading it. The note: the Deaf father signed to "
        "the interpreter that he has kept 'a lot' of tablets and 'Tonight, when the girls are asleep, I give "
        "them some too, and we all sleep together. Finished.' A parent's plan to kill his children and himself "
        "tonight -> urgent (DESIGN safety rule 1: every part is read, attachments included) -> alert_duty, first "
        "in next_action's order; nothing missing. Consent true ('Dad agreed to the step up ... signed \"yes, I "
        "need more help\"'). Polish feminine surnames Wierzbicka for the girls (father Wierzbicki). Concerns: "
        "parental_mental_health, neglect (cold flat), school_attendance (11 days missed). 'Mosaic ID: 2473356' "
        "-> bare number." % R_SEED,
        not_children=["Tomasz Wierzbicki", "Carys Venn", "Rosalind Tran", "Imran Chaudhry-Bell"],
        test="**a forwarded step-up whose BSL interpreter's session note (.docx, unread) records the Deaf father's "
             "plan to give the girls his tablets tonight**; body says 'No immediate safeguarding concerns'")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2078-01-21 09:20:10"
    ack = ack_text("step-down", "SB-richmond_wandsworth-4410", [
        "Case: Mosaic 2449075", "Children: Ellie-Rose Tull (04/05/2072), Mason Tull (16/12/2074)",
        "Step-down case discussion: Monday 24 January 2078, 14:00 (Microsoft Teams)"], ["consent"])
    body = T("""
Hi,

Further to my step-down request for Ellie-Rose and Mason: I've attached the easy-read version of the draft Early Help plan, which I made for mum (Shannon Tull) because she has a mild learning disability. I went through it with her yesterday, page by page.

Unfortunately mum has now decided she doesn't want Early Help. She texted me afterwards:

"no thank you i dont want more people coming to my house i can do it myself"

I've talked it through with my team manager and we'll think about what else we can offer at Monday's case discussion. I'll let you know if mum changes her mind, but for now please note that consent is refused.

Naomi

Naomi Brightwell
Social Worker | Children in Need Team 1 | Richmond Children's Services
020 7946 0147

""") + quote("Early Help Duty <%s>" % RED, "19 January 2078 15:12", "Brightwell, Naomi <Naomi.Brightwell@%s>" % RDOM,
                 "[SB-richmond_wandsworth-4410] Step-down request received - Mosaic 2449075", ack) + "\n" + RDISC
    plan = pdf_att("Easy read - Our Early Help plan - Tull family.pdf", "Our Early Help plan (easy read)", [
        "This plan is about: Ellie-Rose and Mason.",
        "[picture of a family] Who is in our family: Mum (Shannon), Ellie-Rose (5), Mason (3).",
        "[picture of a tick] Things that are going well: The children go to bed on time. Ellie-Rose likes school.",
        "[picture of a ladder] Things we want to work on:",
        "1. Help with money and bills. Who helps: Early Help worker and Citizens Advice.",
        "2. Mason goes to stay-and-play every Tuesday. Who helps: the family hub.",
        "3. Mum has someone to talk to. Who helps: the parents' group.",
        "[picture of a calendar] We will check how it is going: every 6 weeks.",
        "Do you agree with this plan? Mum will tell Naomi."])
    top = outlook_top(f, addr("Brightwell, Naomi", "Naomi.Brightwell@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-4410] Step-down request received - Mosaic 2449075", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2449075"],
        [ch("Ellie-Rose Tull", "2072-05-04", "04/05/2072"), ch("Mason Tull", "2074-12-16", "16/12/2074")],
        [], False, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-4410] adding the easy-read draft plan (PDF) for a mother with a "
        "learning disability - and a REFUSAL OF CONSENT in her own text: 'no thank you i dont want more people "
        "coming to my house' ... 'please note that consent is refused' -> consent false (DESIGN: refused). "
        "follow_up -> attach_to_request, missing [] for the kind (the request's own record will still lack "
        "consent; %s 'Step Down to Early Help': consent is sought from the family, and the dispute route is the "
        "team manager's). Children and DOBs from the quoted acknowledgement; 'Mosaic 2449075' -> bare number. "
        "The easy-read plan's worries (money, stay-and-play) map to no concern id -> []. 'I've talked it through "
        "with my team manager' is not agreement -> null." % R_SEED,
        not_children=["Shannon Tull", "Naomi Brightwell"],
        test="follow-up adding an **easy-read plan; the mother refuses Early Help in her own text** (consent "
             "false); children only in the quoted acknowledgement")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2078-03-15 10:02:18"
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
         "<p>To the MASH duty team,</p>\n"
         "<p>I'm the speech and language therapist at Wandle Meadow School. <b>Poppy-Mae Lindqvist</b> (DOB 22/01/2070, "
         "age 8) has Down syndrome and communicates with Makaton signs and some single words.</p>\n"
         "<p>This morning her teaching assistant noticed Poppy-Mae walking on her toes. When her socks came off for PE, "
         "both feet had red, blistered skin up to the ankle, ending in a straight line like a sock line. The school "
         "nurse has seen them and dressed them. She says they look like scalds from hot water and are at least a day "
         "old.</p>\n"
         "<p>I sat with Poppy-Mae with her Makaton symbol board. She signed:</p>\n"
         "<p style=\"margin-left:30px\"><b>DADDY - HOT - BATH - HURT</b></p>\n"
         "<p>and pointed at her feet. When I signed 'again?', she signed <b>AGAIN</b> and <b>TONIGHT</b>, then "
         "<b>NO BATH</b>, and cried.</p>\n"
         "<p>Poppy-Mae lives with her dad, Anders, and his partner; her mum lives abroad. Dad collects her at 3.15 "
         "today. The nurse has photographed her feet. We have not contacted dad.</p>\n"
         "<p>Please can a social worker ring me before lunch on 020 7946 0622 (school) or 07700 900 358.</p>\n"
         "<p>Bethan Okoro-Price<br>Speech and Language Therapist<br>Wandle Meadow School</p>\n"
         "<p style=\"color:#808080;font-size:8pt\">Sent from the Wandle Meadow School staff mail system.</p>\n"
         "</body></html>\n")
    top = plain_top(f, addr("Bethan Okoro-Price", "b.okoro-price@wandlemeadow.example.sch.uk"), addr("MASH Step Up", RSU),
                    "Poppy-Mae Lindqvist - both feet - signed 'DADDY HOT BATH'", when,
                    "wandlemeadow.example.sch.uk", "SchoolComms Mail 7.2")
    add(f, html_only(f, top, h), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Poppy-Mae Lindqvist", "2070-01-22", "22/01/2070")],
        ["disability_send", "physical_harm"], None, None, [], None, "alert_duty",
        "A THERAPIST PASSES ON A CHILD'S MAKATON SIGNS (HTML-only mail): sock-line scalds to both feet, a day old, "
        "and an 8-year-old with Down syndrome signing 'DADDY - HOT - BATH - HURT', then 'AGAIN', 'TONIGHT', 'NO "
        "BATH'; dad collects at 3.15 today. Suspected deliberate scalding with a repeat feared tonight -> urgent "
        "(DESIGN safety rule 1; %s: immediate child protection concerns are not a step-up) -> alert_duty. From a "
        "school, no step asked -> other. Concerns physical_harm, disability_send (set convention). No alarm word "
        "anywhere." % R_SEED,
        not_children=["Bethan Okoro-Price", "Anders"],
        test="**Makaton signs 'DADDY - HOT - BATH - HURT ... AGAIN ... TONIGHT' and sock-line scalds**, HTML-only; "
             "no alarm words")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2078-01-26 07:30:00"
    text = T("""
SOUTH WEST LONDON DEAF CHILDREN'S NETWORK - LEARNING BRIEF, JANUARY

Safeguarding Deaf and disabled children: what their words might mean

Deaf and disabled children are more likely to be harmed and less likely to be heard. This month's brief looks at how concerns reach us when a child or parent does not use spoken English, and what the duty worker should do.

PRACTICE SCENARIOS (all fictional - for training only)

Scenario 1. A teacher passes on that a non-verbal 8-year-old pressed HURT / DADDY / BATH on her AAC device and has marks on her feet. What do you ask the teacher? What must the teacher NOT do?

Scenario 2. A text relay call comes in to the duty line: "HE HAS COME BACK HE IS SHOUTING I AM IN THE BATHROOM WITH THE BABY GA". Then the line drops. What do you do in the first five minutes?

Scenario 3. A Deaf mother writes: "Son not home 2 night. Man car. Police I cannot phone." How would you reply, and how would you reach her?

Scenario 4. An interpreter tells you something a parent signed to her "off the record". Can she share it? (Yes - the NRCPD code allows it where a child may be at risk.)

KEY MESSAGES
- Never use a child, a sibling or a relative to interpret.
- Book a registered interpreter; allow double time.
- Register Deaf families for emergency SMS (text 999) at the first visit.
- A child's AAC words are evidence: print and keep the device log.

NEXT SESSION
"Hearing the child who doesn't speak" - Thursday 10 February 2078, 13:30-15:30, online. Book through the network website.

You are receiving this because you subscribed to the SWL Deaf Children's Network bulletin. Unsubscribe: https://swl-dcn.example.org/unsubscribe
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body style=\"font-family:Arial,sans-serif;font-size:11pt;max-width:640px\">\n"
         "<div style=\"background:#3B1F6B;color:#FFFFFF;padding:12px\"><b>SOUTH WEST LONDON DEAF CHILDREN'S NETWORK</b>"
         "<br>Learning brief, January</div>\n<h2>Safeguarding Deaf and disabled children: what their words might "
         "mean</h2>\n<p>Deaf and disabled children are more likely to be harmed and less likely to be heard. This "
         "month's brief looks at how concerns reach us when a child or parent does not use spoken English, and what "
         "the duty worker should do.</p>\n<h3>Practice scenarios (all fictional - for training only)</h3>\n<ol>\n"
         "<li>A teacher passes on that a non-verbal 8-year-old pressed HURT / DADDY / BATH on her AAC device and has "
         "marks on her feet. What do you ask the teacher? What must the teacher NOT do?</li>\n"
         "<li>A text relay call comes in to the duty line: \"HE HAS COME BACK HE IS SHOUTING I AM IN THE BATHROOM WITH "
         "THE BABY GA\". Then the line drops. What do you do in the first five minutes?</li>\n"
         "<li>A Deaf mother writes: \"Son not home 2 night. Man car. Police I cannot phone.\" How would you reply, and "
         "how would you reach her?</li>\n"
         "<li>An interpreter tells you something a parent signed to her \"off the record\". Can she share it? (Yes - "
         "the NRCPD code allows it where a child may be at risk.)</li>\n</ol>\n<h3>Key messages</h3>\n<ul>\n"
         "<li>Never use a child, a sibling or a relative to interpret.</li>\n"
         "<li>Book a registered interpreter; allow double time.</li>\n"
         "<li>Register Deaf families for emergency SMS (text 999) at the first visit.</li>\n"
         "<li>A child's AAC words are evidence: print and keep the device log.</li>\n</ul>\n"
         "<h3>Next session</h3>\n<p>\"Hearing the child who doesn't speak\" - Thursday 10 February 2078, 13:30-15:30, "
         "online. Book through the network website.</p>\n"
         "<p style=\"color:#777777;font-size:8pt\">You are receiving this because you subscribed to the SWL Deaf "
         "Children's Network bulletin. <a href=\"https://swl-dcn.example.org/unsubscribe\">Unsubscribe</a></p>\n"
         "</body></html>\n")
    top = plain_top(f, addr("SWL Deaf Children's Network", "bulletin@swl-dcn.example.org"), addr(None, RED),
                    "Learning brief: safeguarding Deaf and disabled children - what their words might mean", when,
                    "swl-dcn.example.org", None,
                    extra=[("List-Id", "SWL DCN bulletin <bulletin.swl-dcn.example.org>"),
                           ("List-Unsubscribe", "<https://swl-dcn.example.org/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, alt_mail(f, top, text, h, crlf=False, boundary=gbnd), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING BULLETIN WHOSE EXAMPLE SCENARIOS ECHO THIS SET'S URGENT MAILS: an AAC child's 'HURT "
        "/ DADDY / BATH', a text relay call 'HE HAS COME BACK ... GA' that drops, a Deaf mother's 'Son not home 2 "
        "night' - 'all fictional - for training only'. DESIGN safety rule 1: 'bulletins that list examples must "
        "not trigger it' -> not urgent. A mailing list (List-Id, List-Unsubscribe, no Auto-Submitted) -> other "
        "-> human_review; no child, no concern. (%s: no rule for bulletins.)" % R_SEED,
        test="**a Deaf children's network learning brief whose fictional scenarios mirror the urgent mails** "
             "(relay 'GA', AAC 'HURT DADDY BATH')")

# ============================================================================= TOWER HAMLETS (001_7484577aab521096.txt)
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
T_SEED = "001_7484577aab521096.txt"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2078-01-06 14:45:10"
    body = T("""
Dear Early Help Hub,

I am stepping Idris Shaw (DOB 14/04/2069, Mosaic 2502318) down to Early Help following his Child and Family Assessment, which concluded on 5 January 2078. Statutory social work is no longer needed, but Idris and his mum would benefit from a Team Around the Family.

Attached: the C&F assessment (PDF) and the draft TAF plan (Word).

Lead Practitioner: Mr Olumide Carrington, Pastoral Lead, Bow Common Academy - he has agreed to take on the role.

TAF meeting: I will chair it on Tuesday 18 January 2078 at 10:00 at Bow Common Academy.

Communication: mum, Nadia Shaw, is autistic. She has a communication passport, which is at the end of the TAF plan. In short: a written agenda two days before any meeting; no phone calls without a text first; she may not make eye contact, and that is not rudeness; she answers questions literally, so ask exactly what you mean.

Consent: mum gave her consent by email, which is how she prefers to communicate. Her words:
"I give my consent for Idris to be stepped down to Early Help and for Mr Carrington to be the lead practitioner. I understand that this means the social worker will stop visiting after 18 January 2078 and that the school will coordinate support."

Idris is autistic and has an EHCP. The worries in the assessment were his school refusal in the autumn (attendance now 93% and rising) and mum's isolation.

Kind regards,
Rezwana

Rezwana Karim
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0418

""") + TDISC
    assess = pdf_att("CF Assessment - Idris Shaw - Jan 2078.pdf", "Child and Family Assessment - Idris Shaw (Mosaic 2502318)", [
        "Assessment started: 10/11/2077. Concluded: 05/01/2078.",
        "Reason for assessment: school refusal (attendance 71% in October) and a referral from school about mum's "
        "isolation.",
        "Analysis: Idris is a much-loved child whose needs are well understood by his mother. Anxiety-based school "
        "refusal improved with a reduced timetable and a key adult. No child protection concerns.",
        "Outcome: no further statutory role. Step down to Early Help with a TAF led by Bow Common Academy.",
        "Views of the child: Idris said he likes Mr Carrington and the Lego club."])
    plan = docx_att("Draft TAF plan - Idris Shaw.docx", [
        "# Draft TAF plan - Idris Shaw",
        "Lead practitioner: Mr Olumide Carrington, Pastoral Lead, Bow Common Academy.",
        "Outcome 1: Idris attends full time by Easter. Actions: key adult at the gate; phased timetable.",
        "Outcome 2: Mum has regular contact with other parents of autistic children. Actions: parent carer forum.",
        "Communication passport (Nadia Shaw): written agenda two days before meetings; text before calling; "
        "literal questions; quiet room."])
    top = outlook_top(f, addr("Karim, Rezwana", "Rezwana.Karim@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Idris Shaw - C&F assessment concluded 5 January", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2502318"],
        [ch("Idris Shaw", "2069-04-14", "14/04/2069")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (%s, 'Definitions' and 'Stepping Down - From Child Protection/Child in "
        "Need'): the C&F assessment (PDF), the draft TAF plan (.docx), consent and a named Lead Practitioner with "
        "his agency -> nothing missing -> book_meeting; the TAF the social worker chairs on Tue 18 January is "
        "within 10 working days of the assessment concluding on 5 January (9 WD). CONSENT IN AN AUTISTIC "
        "MOTHER'S OWN LITERAL EMAIL: 'I give my consent for Idris to be stepped down to Early Help' -> true. "
        "Concern disability_send (autistic, EHCP); attendance 93%% and rising is not poor -> no "
        "school_attendance. No level stated -> null." % T_SEED,
        not_children=["Nadia Shaw", "Olumide Carrington", "Rezwana Karim"],
        test="complete step-down; **consent in an autistic mother's own literal email; her communication "
             "passport**")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2078-02-10 07:12:40"
    body = T("""
hello, my name is leanne tarrant. i am blind and i use a screen reader so sorry for any mistakes.

i need someone to help me with my baby ivy-rose tarrant. she is 4 months old, born 19 september 2077.

when i changed her this morning at 6, her left leg is swollen and hot at the top, by her nappy, and she screams when i move it. she has never cried like that. i cant see it so i dont know if it is bruised or what colour it is.

my partner craig says she rolled off the sofa last night when i was asleep, but she cant roll yet, she is only 4 months.

he took my phone last night and said i am not to ring the doctor or the health visitor, because they will take her off us because i am blind. he has gone to work now but he has my phone. i am using my laptop. he is back at 5.

i dont know who else to tell. the health visitor is called marcia but i dont have her email. i found this address on the council website.

leanne
flat 6 lantern house, cordwainer street
i can only answer emails, i have no phone.
""")
    top = plain_top(f, addr("leanne tarrant", "leanne.tarrant@example.org.uk"), addr(None, TMAST),
                    "please help, baby leg swollen", when, "example.org.uk",
                    "Mozilla Thunderbird 128.6.0")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ivy-Rose Tarrant", "2077-09-19", "19 september 2077", as_written="ivy-rose tarrant")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A BLIND MOTHER'S SCREEN-READER MAIL AT 07:12, ALL IN LOWER CASE: her 4-month-old's leg is swollen, hot "
        "and too painful to move; the partner says she rolled off the sofa but she cannot roll yet; he has taken "
        "the mother's phone and forbidden her to call the GP or health visitor, and is back at 5. An unexplained "
        "injury (a possible fracture) to a non-mobile baby, with medical care being prevented -> urgent (DESIGN "
        "safety rule 1; %s 'Step Up to Early Help from Universal Provision': 'If there is an immediate child "
        "protection concern, contact MAST') -> alert_duty, before office hours. A parent's mail -> other. Name "
        "in lower case -> 'Ivy-Rose Tarrant'; DOB '19 september 2077'. Concerns physical_harm, domestic_abuse "
        "(phone taken, told not to seek help). No alarm word anywhere." % T_SEED,
        not_children=["Leanne Tarrant", "Craig", "Marcia"],
        test="**a blind mother's lower-case screen-reader mail at 07:12: her 4-month-old's swollen leg, the "
             "partner took her phone**; no alarm words")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2078-03-15 09:55:05"
    body = T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support form for Amelia Brooks-Kaur (DOB 28/11/2066, Mosaic ID 2511407).

Amelia is 11. She has a moderate learning disability and an EHCP, and she uses easy-read materials and symbols.

We have worked with the family since September. Despite the TAF plan, mum (Donna Brooks) has missed 6 of the last 8 TAF meetings and home visits, the house has had no working heating or cooker since November, and school tell us Amelia is in the same uniform all week and often hungry. We think this now needs a social work assessment. My team manager, Sultana Hoque (copied), has agreed this step up.

Mum knows I am making this request; she has not said whether she agrees.

Also attached is Amelia's "My views" easy-read sheet, which she filled in with her teaching assistant at school yesterday for her annual review. Her TA gave it to me in a sealed envelope this morning and I haven't opened it yet, but the child's views should go with the request.

Many thanks,
Chloe

Chloe Ashworth-Diallo
Family Support Practitioner | Early Help (Bethnal Green) | Tower Hamlets Council
020 7946 0277

""") + TDISC
    marf = docx_att("MARF - Multi-Agency Request for Support - Amelia Brooks-Kaur.docx", [
        "# Multi-Agency Request for Support",
        "Child: Amelia Brooks-Kaur. DOB: 28/11/2066. Mosaic ID: 2511407.",
        "Parent/carer: Donna Brooks (mother).",
        "Referrer: Chloe Ashworth-Diallo, Early Help (Bethnal Green).",
        "Reason for request: neglect of physical care (no heating or cooker, hunger, unwashed uniform) and "
        "non-engagement with the TAF plan (6 of 8 sessions missed).",
        "Child's needs: moderate learning disability, EHCP; communicates best with easy read and symbols.",
        "Manager agreement: Sultana Hoque, Early Help Team Manager - agreed 14/03/2078.",
        "Parent aware of request: yes. Parent's view: not given."])
    views = docx_att("My views - Amelia - easy read.docx", [
        "# My views (easy read)",
        "My name is: Amelia Brooks-Kaur",
        "[picture of a house] At home I like: my cat Biscuit. My tablet. Pasta.",
        "[picture of a sad face] At home I do not like:",
        "Uncle Des comes in my bed when mum is at work at night. He touches me under my pyjamas. He says it is our "
        "secret and I will get in trouble.",
        "[picture of a calendar] Uncle Des is staying at our house this week.",
        "[picture of a school] At school I like: art. Mrs Patel. Dinner.",
        "[picture of a star] What I want: my own room with a lock.",
        "Who helped me fill this in: Mrs Patel (teaching assistant), 14 March 2078."])
    top = outlook_top(f, addr("Ashworth-Diallo, Chloe", "Chloe.Ashworth-Diallo@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Amelia Brooks-Kaur - MARF attached", when,
                      cc=addr("Hoque, Sultana", "Sultana.Hoque@" + TDOM))
    add(f, mail(f, top, body, [marf, views], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2511407"],
        [ch("Amelia Brooks-Kaur", "2066-11-28", "28/11/2066")],
        ["disability_send", "neglect", "non_engagement", "sexual_harm"], None, True, [], None, "alert_duty",
        "THE DISCLOSURE IS ONLY IN AN UNOPENED EASY-READ SHEET: a planned Tower Hamlets step-up for neglect and "
        "non-engagement (%s 'Step Up': MARF attached, manager 'has agreed this step up' and is copied -> nothing "
        "missing), whose attached 'My views' easy-read sheet - 'I haven't opened it yet' - says 'Uncle Des comes "
        "in my bed when mum is at work at night. He touches me under my pyjamas ... Uncle Des is staying at our "
        "house this week.' Sexual abuse of an 11-year-old with a learning disability by an adult in the house "
        "this week -> urgent (DESIGN safety rule 1: attachments are read) -> alert_duty. Consent: 'she has not "
        "said whether she agrees' -> null (not a Tower Hamlets step-up requirement). Concerns: neglect, "
        "non_engagement, sexual_harm, disability_send. 'Mosaic ID 2511407' -> bare number." % T_SEED,
        not_children=["Donna Brooks", "Sultana Hoque", "Chloe Ashworth-Diallo", "Des"],
        test="**a step-up whose unopened easy-read 'My views' sheet (.docx) discloses 'Uncle Des comes in my bed' "
             "- he is staying this week**")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2078-02-01 19:03:27"
    text = T("""
hi my name is dean o sullivan i have dislexia so sorry for the speling, my frend is not hear to check it.

i got a leter about a meting for my son. it ses Alfie O'Sullivan review meting 9 febuary but i cant read the rest of it properly.

i wont to say about befor. the polise came to are house in 2076 becos my ex partner hit me and smashd the windos and the kids was there. she went to prisin and she is not aloud to cum near us or the kids, thats a cort order. the soshal worker then was rachel she was good. we are ok now, alfie is doing good at scool and he is in the football team.

can some one ring me insted of leters becos i cant read them very good, or send a voise note. 07700 900 167

thanks
dean

Sent from my iPhone
""")
    top = plain_top(f, addr("Dean O'Sullivan", "deano.sullivan@example.co.uk"), addr(None, TMAST), "meting leter",
                    when, "icloud.com", None)
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [],
        [ch("Alfie O'Sullivan")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FATHER WITH DYSLEXIA TYPING PHONETICALLY ABOUT THE PAST: 'the polise came to are house in "
        "2076 becos my ex partner hit me and smashd the windos and the kids was there' - the ex-partner was "
        "imprisoned, a court order keeps her away, 'we are ok now'. Historic and resolved -> not urgent. He asks "
        "for phone calls or voice notes instead of letters about a review meeting -> other -> human_review (sent "
        "to the MAST inbox; %s defines no parent's enquiry). Child written as on the letter, 'Alfie "
        "O'Sullivan', no DOB. No current concern." % T_SEED,
        not_children=["Dean O Sullivan"],
        test="**a father with dyslexia, phonetic spelling, about a 2076 police call-out (ex-partner in prison)**; "
             "iPhone format=flowed")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2078-02-23 15:10:44"
    body = T("""
Hello Early Help Hub,

Step down for the Kowalski-Reid children following their Child and Family Assessment, which concluded on 18/02/2078 with no further statutory role.

Lena Kowalski-Reid - 09/09/2067 - Mosaic 2497731
Tomas Kowalski-Reid - 01/03/2072 - Mosaic 2497732

Background you will see in the plan: the children were on child protection plans in 2076 because of their father's domestic abuse. He was convicted, moved to Spain in 2077 and has had no contact since. The CP plans ended in May 2077 and there are no current domestic abuse or child protection concerns.

Mum, Agnieszka Kowalski, has dyslexia, so we wrote the TAF plan together in easy read - it's attached and is the draft TAF plan. The C&F assessment is attached too.

Lead Practitioner: Ms Fatima Osman, Family Support Worker, Limehouse Children's Centre - she has agreed.

Consent: mum has consented to the step down and signed the easy-read plan on 21 February.

Current worries are Lena's attendance (87%) and mum's money worries since her hours were cut.

TAF meeting: I'll chair it on Thursday 3 March at 14:00 at Limehouse Children's Centre.

Thanks,
Mercy

Mercy Adjei-Fletcher
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0752

""") + TDISC
    assess = pdf_att("CF Assessment - Kowalski-Reid - Feb 2078.pdf", "Child and Family Assessment - Lena and Tomas Kowalski-Reid", [
        "Mosaic: 2497731 (Lena), 2497732 (Tomas). Concluded: 18/02/2078.",
        "History: child protection plans (domestic abuse) from March 2076 to May 2077. Father convicted; lives in "
        "Spain; no contact since 2077.",
        "Current: no domestic abuse or child protection concerns. Lena's attendance 87%. Mother's income reduced.",
        "Outcome: no further statutory role; step down to a TAF with a lead practitioner."])
    plan = pdf_att("Easy read TAF plan - Our family plan - Kowalski-Reid.pdf", "Our family plan (easy read) - TAF plan", [
        "Our family: Mum (Agnieszka), Lena (10), Tomas (5).",
        "[picture of a clock] Before (2076): Dad hurt Mum. The police came. We were scared. Social workers helped us.",
        "[picture of a sun] Now: Dad lives in Spain. He does not see us. We feel safe.",
        "[picture of a ladder] What we want to get better:",
        "1. Lena goes to school every day. Who helps: school and Fatima.",
        "2. Mum gets help with money. Who helps: Fatima and Citizens Advice.",
        "3. Tomas goes to stay-and-play every week. Who helps: the children's centre.",
        "Lead practitioner: Fatima Osman, Limehouse Children's Centre.",
        "Signed: Agnieszka Kowalski. Date: 21/02/2078. 'Yes, I agree to Early Help.'"])
    top = outlook_top(f, addr("Adjei-Fletcher, Mercy", "Mercy.Adjei-Fletcher@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Kowalski-Reid children - C&F assessment concluded 18/02/2078", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2497731", "2497732"],
        [ch("Lena Kowalski-Reid", "2067-09-09", "09/09/2067"), ch("Tomas Kowalski-Reid", "2072-03-01", "01/03/2072")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - AN EASY-READ PLAN THAT TELLS THE PAST: 'Before (2076): Dad hurt Mum. The police came. We were "
        "scared.' - 'Now: Dad lives in Spain ... We feel safe'; the social worker writes 'no current domestic "
        "abuse or child protection concerns', CP plans ended May 2077. Historic -> not urgent, no domestic_abuse. "
        "Complete Tower Hamlets step-down (%s 'Stepping Down'): C&F assessment PDF, the easy-read TAF plan as "
        "the draft plan (its name and heading say so), consent ('has consented to the step down'; signed 'Yes, I "
        "agree'), Lead Practitioner with agency -> book_meeting. TAF on 3 March is within 10 WD of 18 February. "
        "Concern school_attendance (87%%); money worries have no id. Two bare Mosaic numbers." % T_SEED,
        not_children=["Agnieszka Kowalski", "Fatima Osman", "Mercy Adjei-Fletcher"],
        test="complete step-down whose **easy-read TAF plan says 'Before (2076): Dad hurt Mum. The police came'** "
             "- historic")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2078-03-04 23:41:12"
    body = T("""
Dear Early Help Hub,

On Wednesday 2 March 2078 at about 11:15, the Early Help practitioner, Joanne, asked me: "Is anyone in the house at risk?" I did not answer at the time. I am autistic and I need time to answer questions properly, and it was a question with no clear boundaries. I have now thought about it. This is my full answer.

I am sending it at night because that is when the house is quiet. It does not mean it is urgent. You do not need to reply tonight.

1. Definition. I have taken "at risk" to mean "likely to be harmed by someone in the house, now". Under that definition the answer is no. Nobody in the house is at risk.

2. The people in the house are me and my son, Yusuf Abernethy-Khan. He is 7. Nobody else lives here and nobody else stays here.

3. I think Joanne may have asked because of the past, so here are the facts. In 2074 my brother hit me in this flat. Yusuf was a baby. The police came and my brother was convicted. He lives in Leeds. He has not been here since 2074 and he does not know our address.

4. If "at risk" includes accidents, then the honest answer is that Yusuf climbs. On 27 February he climbed onto the kitchen worktop. I have put a lock on the knife drawer, and the medicines are in a locked box on top of the wardrobe. He has not climbed since.

5. If "at risk" includes me: I get overwhelmed when there is a lot of noise. When that happens I go into the bathroom for 10 minutes with my ear defenders. Yusuf knows this and watches one programme. I have never hurt him. I have a plan from the adult autism team which I can send.

6. My worries (Joanne asked for these too): Yusuf's school wants a meeting about his reading. The letter says "sometime next week", which is not a time. I would like an exact day and time.

7. Please put this email on my file so that I do not have to answer the question again.

Ruth Abernethy
""")
    top = plain_top(f, addr("Ruth Abernethy", "ruth.abernethy@example.net"), addr(None, TEH),
                    "Answer to the question Joanne asked me on Wednesday 2 March", when, "example.net", None)
    add(f, mail(f, top, body, crlf=False, cte="base64"), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Yusuf Abernethy-Khan")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN AUTISTIC MOTHER'S LITERAL, NUMBERED ANSWER TO 'IS ANYONE IN THE HOUSE AT RISK?', SENT AT "
        "23:41: 'the answer is no. Nobody in the house is at risk'; her brother's assault in 2074 (convicted, "
        "lives in Leeds, no contact); a child who climbed once, now with a locked knife drawer and medicine box; "
        "'I have never hurt him'; 'It does not mean it is urgent'. Negated, historic and handled -> not urgent "
        "(DESIGN safety rule 1). A parent's reply, no step asked -> other -> human_review. Child labelled, age "
        "only. No current concern id (a reading meeting). Base64 text/plain, LF line ends. (%s: no rule for a "
        "parent's mail.)" % T_SEED,
        not_children=["Ruth Abernethy", "Joanne"],
        test="**an autistic mother's literal numbered answer to 'is anyone at risk?' at 23:41 - 'no', a 2074 "
             "assault, a locked knife drawer**; base64 body")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2078-01-28 16:20:33"
    body = T("""
Hello MAST,

Please find attached a MARF for Zara Hussain-Marsh (DOB 12/12/2068) and Adam Hussain-Marsh (DOB 03/06/2073).

We think the family now needs a social work assessment. Mum's mental health has declined sharply since her own mother died in November - she is in bed most of the day, barely eating, and has stopped answering the door. Zara (9) is doing the cooking and taking Adam to nursery, and her attendance has dropped to 82%.

Mum is Deaf and uses BSL. I met her on Wednesday with a BSL interpreter from the council's interpreting contract and explained the request. Through the interpreter, mum said yes - she agrees to the referral to MAST and wants more help.

My manager, Sultana Hoque, is on leave until Monday. I'll get her sign-off then and forward it, but I wanted you to have the MARF before the weekend.

Please use a BSL interpreter for any contact with mum - not Zara.

Liam

Liam Fairweather
Early Help Practitioner | Early Help (Poplar) | Tower Hamlets Council
020 7946 0835

""") + TDISC
    marf = docx_att("MARF - Hussain-Marsh - January 2078.docx", [
        "# Multi-Agency Request for Support",
        "Children: Zara Hussain-Marsh (12/12/2068); Adam Hussain-Marsh (03/06/2073).",
        "Parent: Mrs Samira Hussain-Marsh (Deaf, BSL; interpreter needed for all contact).",
        "Reason for request: parental mental health (bereavement, depression), a 9-year-old caring for her "
        "brother and her mother, school attendance 82%.",
        "Parental consent to this request: yes - given through a BSL interpreter on 26/01/2078.",
        "Manager agreement: to follow (manager on leave)."])
    top = outlook_top(f, addr("Fairweather, Liam", "Liam.Fairweather@" + TDOM), addr("MAST", TMAST),
                      "MAST request - Hussain-Marsh children - MARF attached", when)
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [],
        [ch("Zara Hussain-Marsh", "2068-12-12", "12/12/2068"), ch("Adam Hussain-Marsh", "2073-06-03", "03/06/2073")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, ["manager_agreed"], None,
        "request_info",
        "Tower Hamlets MAST step-up (%s 'Step Up'): the MARF is attached (request_for_support met) but the "
        "manager has NOT yet agreed - 'on leave until Monday. I'll get her sign-off then' -> null -> "
        "manager_agreed missing -> request_info. CONSENT TRUE THROUGH A BSL INTERPRETER: 'Through the "
        "interpreter, mum said yes - she agrees to the referral to MAST' (not a Tower Hamlets step-up "
        "requirement). No case id given (none is required). Concerns: parental_mental_health, young_carer (Zara, "
        "9, cooks and takes her brother to nursery), school_attendance (82%%)." % T_SEED,
        not_children=["Sultana Hoque", "Samira Hussain-Marsh", "Liam Fairweather"],
        test="MAST step-up with the MARF; **a Deaf mother's consent through an interpreter; manager sign-off "
             "pending** (missing)")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2078-03-28 08:02:15"
    body = T("""
Thank you for your email.

I am on annual leave from Monday 28 March, returning on Tuesday 5 April, and I will not be checking email.

For anything about my cases, please contact the Children and Families Assessment Team duty desk on 020 7946 0411.

If you need a BSL interpreter for a meeting with one of my families, please use the interpreting bookings form on the intranet - do not ask a family member to interpret.

If a child is in immediate danger, call 999. For an immediate child protection concern, contact MAST.

Rezwana Karim
Social Worker | Children and Families Assessment Team
""")
    data = ooo(f, when, "Karim, Rezwana", "Rezwana.Karim@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-2817] TAF meeting recorded", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, 'Automatic reply:' "
        "on an [SB-] subject) from a social worker on leave over Easter; its 'immediate danger, call 999' and "
        "'immediate child protection concern, contact MAST' lines are boilerplate describing no child -> not "
        "urgent; DESIGN safety rule 2 -> auto_reply -> ignore. Dated Mon 28 March 08:02 +0100, the first working "
        "day of British Summer Time. (%s's MAST contact sentence, quoted as signposting.)" % T_SEED,
        test="plain out-of-office over Easter, **'immediate danger, call 999' boilerplate**; the first BST "
             "working day (+0100)")

# ============================================================================= TORBAY (002_682540a1ccf30a2a.txt)
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
B_SEED = "002_682540a1ccf30a2a.txt"

def torbay_01():
    f = "torbay_01.eml"; when = "2078-01-12 11:10:22"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Couch family. The Single Assessment has concluded no further action at level 4, with a recommendation for a level 3 coordinated response. The Single Assessment, with my analysis and my Team Manager's analysis (Morwenna Hext, confirming the threshold is met for level 3), is attached.

Children:
Tegan Couch - DOB 02/02/2072
Archie Couch - DOB 17/10/2075 (2, so I think this needs the under-5s triage)
LCS-2284519

Consent: mum, Sophie Couch, has a learning disability, so we used the council's easy-read consent form "Saying yes to Early Help". Her advocate was with her. She ticked YES to every question and signed it on 10 January - a copy is attached.

The worries are home conditions and routines (the GCP2 scored level 3 in two areas) and Archie's missed health visitor checks.

Thanks,
Jory

Jory Penhaligon
Social Worker | Single Assessment Team | Torbay Council
01632 960 274

""") + BDISC
    sa = docx_att("Single Assessment - Couch - LCS-2284519.docx", [
        "# Single Assessment - Couch family (LCS-2284519)",
        "Children: Tegan Couch (02/02/2072); Archie Couch (17/10/2075).",
        "Social worker's analysis: Mum, who has a learning disability, loves the children and wants help. Home "
        "conditions and routines have slipped since the children's father left. No evidence of significant harm. "
        "Rationale for step down: needs are at level 3 and can be met by a coordinated Early Help response.",
        "Team Manager's analysis (Morwenna Hext, 11/01/2078): I agree with the social worker's analysis. The "
        "threshold for level 3 intervention is met. Agreed for step down to Early Help.",
        "Recommendation: step down to level 3 Early Help; easy-read materials for mum; advocate to stay involved."])
    consent = pdf_att("Easy read consent - Saying yes to Early Help - S Couch.pdf", "Saying yes to Early Help (easy read)", [
        "[picture of a family] Early Help is a team that helps families with things that are hard.",
        "Do you want Early Help to help your family?  YES (ticked)",
        "Can Early Help talk to school, nursery and the health visitor?  YES (ticked)",
        "Do you know you can say stop at any time?  YES (ticked)",
        "Your name: Sophie Couch    Signed: S Couch    Date: 10/01/2078",
        "Who helped you: Advocate, Torbay Advocacy Partnership"])
    top = outlook_top(f, addr("Penhaligon, Jory", "Jory.Penhaligon@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down to Early Help (level 3) - Couch family - LCS-2284519", when)
    add(f, mail(f, top, body, [sa, consent], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2284519"],
        [ch("Tegan Couch", "2072-02-02", "02/02/2072"), ch("Archie Couch", "2075-10-17", "17/10/2075")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (%s, 'Step down process from Single Assessment "
        "Team' steps 1-4): the Single Assessment with the social worker's analysis and the team manager's "
        "analysis 'confirming the threshold is met for level 3' (manager true), and consent ('Prior to attending "
        "triage, social worker to ensure consent for level 3 early help has been sought') given on an EASY-READ "
        "CONSENT FORM, every YES ticked -> nothing missing -> book_meeting. Archie is 2 -> the fortnightly "
        "under-5s triage ('step downs for under 5's heard fortnightly - AFC attending'). 'level 3' stated -> 3. "
        "Concern neglect (home conditions, GCP2, missed health checks)." % B_SEED,
        not_children=["Sophie Couch", "Morwenna Hext", "Jory Penhaligon"],
        test="complete step-down; **consent on an easy-read form ticked YES with an advocate**; a 2-year-old "
             "(under-5s triage)")

def torbay_02():
    f = "torbay_02.eml"; when = "2078-03-11 15:22:48"
    text = T("""
pleese can sum one help me i have dislexia sorry for spelings

my ex Shane as took my kids Kayla Trewin (7) and Brody Trewin (4) from scool at dinner time. he is not aloud to, i have a non molestashun order and the cort ses he only sees them at the contact senter on saturdays.

he was drunk i cud smel it on him wen he came to my door this morning shouting. the scool sed he came at 12.30 and they new him so they let them go (the office did not no about the order, it was the new lady)

he drove of with them in his van, there is no car seats in it. he sent me a txt saying he is taking them to his mums in bristol and i wont see them agen

i rang the police at 1 oclock they sed they wil ring me back but it as been 2 ours and nobody as rung

my phone is 07700 900 276 pleese ring me
jade
""")
    top = plain_top(f, addr("Jade Trewin", "jadetrewin.home@example.com"), addr(None, BMASH),
                    "pleese help my ex as took my kids", when, "mail.gmail.com", None)
    add(f, mail(f, top, text, crlf=False, cte="base64"), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kayla Trewin"), ch("Brody Trewin")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "A MOTHER WITH DYSLEXIA TYPING PHONETICALLY: her ex-partner, under a non-molestation order and a "
        "supervised-contact order, took the children (7 and 4) from school at 12.30 while drunk, drove off in a "
        "van with no car seats, and texted that she 'wont see them agen'; the police have not called back in two "
        "hours. Children with a drunk driver in breach of court orders, now -> urgent (DESIGN safety rule 1; "
        "%s: MASH triages new information, but 'safeguarding processes' come first) -> alert_duty. A parent's "
        "mail -> other. Concerns domestic_abuse (non-molestation order), substance_misuse (drunk). Android "
        "Gmail, a single base64 text/plain part. No alarm word anywhere." % B_SEED,
        not_children=["Jade", "Shane"],
        test="**a mother with dyslexia, phonetic: 'my ex as took my kids from scool ... drunk ... no car seats'**, "
             "court order breached; base64; no alarm words")

def torbay_03():
    f = "torbay_03.eml"; when = "2078-03-02 09:50:30"
    body = T("""
Dear Early Help team,

I am autistic. I write things in numbered points so that nothing is missed. Please read all the points. They are in the order they happened, not in order of importance, because I find it hard to decide importance.

1. On Monday 28 February the Early Help worker, Kerry, said she would ring at 10:00. She rang at 10:20. I would like to know if 10:00 means 10:00.

2. The form Kerry left has a question "How are things at home?". I do not know what "things" means. I have not filled it in yet.

3. Mia's nursery has changed the pick-up time from 15:00 to 15:15 from next week.

4. The bin collection was missed on Tuesday. I know that is not Early Help. I have told the bins team as well.

5. I went to the food bank on Monday with the voucher Kerry gave me. Thank you.

6. My partner, Dean Hollis, moved back in on Saturday 26 February. Kerry does not know this yet.

7. Mia Pascoe is 4. Her date of birth is the 3rd of May 2073.

8. This morning at 07:40 Mia bit Dean on the arm. Dean put Mia in the bath and held her head under the water. I counted to 6 before he let her up. She was coughing. She is all right now and she is at nursery. Dean said that if she bites again he will do it again tonight and for longer. He said it is how you stop biting. I am telling you because your leaflet says "tell us if a child has been hurt". I do not know if this counts as hurt because she has no marks.

9. Dean is at work until 17:00.

10. I would like Kerry to bring the next food bank voucher on Friday.

11. I prefer email. I do not answer the phone to numbers I do not know. If you ring, please text me first from the same number.

Rowan Pascoe
""")
    top = plain_top(f, addr("Rowan Pascoe", "rowan.pascoe@example.co.uk"), addr("Early Help", BEH),
                    "Points about this week (11 points)", when, "example.co.uk", "Mozilla Thunderbird 128.7.1")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 5,
        "urgent", "other", True, None, [],
        [ch("Mia Pascoe", "2073-05-03", "3rd of May 2073")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN AUTISTIC PARENT'S LITERAL, NUMBERED MAIL WITH THE RISK AT POINT 8 OF 11, between a missed bin "
        "collection and a food bank voucher: this morning the partner (moved back in on Saturday) held the "
        "4-year-old's head under the bath water 'to stop biting', she came up coughing, and he said he will do it "
        "'again tonight and for longer'; 'I do not know if this counts as hurt because she has no marks'. An "
        "assault by near-drowning with a repeat threatened tonight -> urgent (DESIGN safety rule 1: 'every part' "
        "is read) -> alert_duty. A parent's mail to the Early Help inbox -> other. Child and DOB ('the 3rd of May "
        "2073') from point 7. Concern physical_harm. No alarm word anywhere. (%s: no rule delays a safeguarding "
        "response.)" % B_SEED,
        not_children=["Rowan Pascoe", "Dean Hollis", "Kerry"],
        test="**an autistic parent's 11 literal numbered points; point 8: the partner held a 4-year-old under the "
             "bath water and will 'do it again tonight'**; no alarm words")

def torbay_04():
    f = "torbay_04.eml"; when = "2078-03-22 09:05:41"
    data = itip_reply(f, when, "Elowen Tremain", "Elowen.Tremain@" + BDOM, ("Early Help Torbay", BEH), "DECLINED",
                      "Triage: step down - Hocking - LCS-2290417 [SB-torbay-2291]",
                      "20780322T103000", "20780322T110000", "Microsoft Teams Meeting",
                      comment="Sorry, I can't make triage. I'm at Nathan's school (Brixham Hill Academy). Nathan "
                              "Hocking (9) is autistic and non-verbal and uses a talker. At 8.50 he typed on it: GARY "
                              "KICK ME. GARY SLEEP OUR HOUSE TONIGHT. He has a large bruise on his lower back; school "
                              "have photographed it. Gary is mum's ex, who isn't meant to be at the house. Mum isn't "
                              "answering. Please can someone from MASH ring me on 07700 900 263 - I'm staying at school "
                              "with him.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["LCS-2290417"],
        [ch("Nathan Hocking")],
        ["disability_send", "physical_harm"], None, None, [], None, "alert_duty",
        "A MEETING REPLY'S COMMENT CARRIES THE RISK: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to this morning's "
        "triage slot for the Hocking step-down; its COMMENT: a non-verbal autistic 9-year-old typed on his "
        "talker 'GARY KICK ME. GARY SLEEP OUR HOUSE TONIGHT', a large bruise on his back, mum unreachable. DESIGN "
        "safety rule 1 names 'a meeting reply's comment' -> urgent -> alert_duty overrides record_reply. Case id "
        "from the SUMMARY; Nathan named in full in the comment (no DOB). Concerns physical_harm, disability_send "
        "(set convention); 'mum's ex, who isn't meant to be at the house' could argue domestic_abuse - left out "
        "as the harm described is to the child. (%s: triage is Tuesday mornings.) No alarm word anywhere." % B_SEED,
        not_children=["Elowen Tremain", "Gary"],
        test="**an iTIP REPLY DECLINED whose COMMENT relays a talker's 'GARY KICK ME. GARY SLEEP OUR HOUSE "
             "TONIGHT'**; no alarm words")

def torbay_05():
    f = "torbay_05.eml"; when = "2078-01-20 13:40:09"
    body = T("""
Dear MASH,

I'm the lead professional for the Blackmore family at level 3 (EHM-738412). Following new information, my ATM, Jessamy Pollard, and I agree that this needs to be considered for a level 4 statutory intervention.

Children:
Harvey Blackmore - DOB 08/08/2067
Isla-Grace Blackmore - DOB 24/12/2070

New information: on Friday 14 January, mum's partner, Lee Stanlake, assaulted mum at home while the children were upstairs. Police attended; he was arrested and charged, and the court remanded him in custody on Monday. His next hearing is in March. The children stayed with their nan on Friday night and are back home with mum. Police have shared a DASH (high) and a MARAC referral has been made.

While Lee is remanded there is no current risk from him. The reason for this contact is the pattern: this is the third incident in a year, and mum has let him back each time.

Mum is Deaf and rang me yesterday through text relay. With her permission, here is the relevant part of the transcript (her typing is in capitals):

  MUM: I AM OK. KIDS OK. LEE IN PRISON NOW POLICE SAID TILL COURT. I FEEL SAFE TONIGHT GA
  ME: Thank you. Would you agree to me asking MASH to look at whether you need a social worker? GA
  MUM: YES I AGREE YOU SEND TO MASH. I WANT HELP SO HE DONT COME BACK AGAIN GA
  ME: Thank you, I'll do that tomorrow. GA
  MUM: OK BYE SK

Please use a BSL interpreter (never the children) for any contact with mum. She also uses text relay (18001 before the number).

Demelza

Demelza Rowe
Early Help Practitioner (Lead Professional) | Torbay Early Help, Paignton
01632 960 512

""") + BDISC
    top = outlook_top(f, addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up consideration - Blackmore children - EHM-738412", when,
                      cc=addr("Pollard, Jessamy", "Jessamy.Pollard@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-738412"],
        [ch("Harvey Blackmore", "2067-08-08", "08/08/2067"), ch("Isla-Grace Blackmore", "2070-12-24", "24/12/2070")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - A RISK ALREADY HANDLED, WITH A TEXT RELAY TRANSCRIPT: last Friday's assault ended in arrest, "
        "charge and remand in custody; 'While Lee is remanded there is no current risk from him'; the mother "
        "types 'I FEEL SAFE TONIGHT GA'. The contact is about the pattern, not tonight -> not urgent. Complete "
        "Torbay step-up (%s, 'Step up processes from level 3 to level 4' step 2: 'a contact should be made to "
        "MASH with parental consent'; 'The worker and team manager should agree'): consent TRUE in the relay "
        "transcript ('YES I AGREE YOU SEND TO MASH ... GA'), the ATM and the worker 'agree' -> true -> "
        "book_meeting (MASH threshold discussion). Concern domestic_abuse (current household concern: three "
        "incidents, DASH high, MARAC). EHM-738412 keeps its prefix." % B_SEED,
        not_children=["Lee Stanlake", "Jessamy Pollard", "Demelza Rowe"],
        test="step-up **with a Deaf mother's consent typed over text relay ('YES I AGREE ... GA')**; the "
             "assault already handled (remanded) - near miss")

def torbay_06():
    f = "torbay_06.eml"; when = "2078-01-31 09:00:12"
    body = T("""
Thank you for your email.

I'm away interpreting at a child protection conference in Plymouth and then at Exeter Crown Court until Friday 4 February, with very limited access to email. I will reply to booking requests when I'm back.

For urgent bookings please use the Devon and Torbay BSL booking line.

If this is a safeguarding emergency, please don't wait for me: call 999 (Deaf people can use 999 BSL or emergency SMS) or contact the MASH directly.

Tamsin Kitto
Registered Sign Language Interpreter (BSL/English)
""")
    html_body = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:10pt\">"
                 + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in body.strip().split("\n\n"))
                 + "</body></html>\n")
    data = ooo(f, when, "Tamsin Kitto", "tamsin@kittointerpreting.example.co.uk", addr("MASH", BMASH),
               "BSL interpreter for a home visit - Wednesday 2 February", body, html_body=html_body,
               prefix="Out of office: ")
    add(f, data, "torbay", "mash_step_up", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN INTERPRETER'S OUT-OF-OFFICE FULL OF RISK WORDS: 'child protection conference', 'Crown "
        "Court', 'safeguarding emergency ... call 999' - about her diary and as signposting, describing no child. "
        "Auto-Submitted: auto-replied, 'Out of office:' prefix, text + HTML -> auto_reply -> ignore (DESIGN "
        "safety rule 2: never answered), not urgent. (%s: no rule applies.)" % B_SEED,
        test="**a BSL interpreter's out-of-office: 'child protection conference', 'Crown Court', 'safeguarding "
             "emergency, call 999'**")

def torbay_07():
    f = "torbay_07.eml"; when = "2078-03-08 14:30:19"
    body = T("""
Hello,

Requesting a triage slot to step the Fordham children down to level 3 Early Help. Their child protection plans ended in December and the final CIN review agreed statutory intervention is no longer needed. My Team Manager, Kerenza Nance, agrees with the step down and has recorded her analysis that the threshold for level 3 is met (in the attached Single Assessment).

Children:
Phoebe Fordham - DOB 14/06/2065
Noah Fordham - DOB 30/10/2068
LCS-2279034

Consent: dad, Gareth Fordham, has dyslexia, so we used the easy-read consent form. He ticked "NO - I do not want Early Help" and wrote underneath "we dont need it now the social workers have gone". So consent has not been given. I'd still like to bring the family to triage to think about how else we can support the children - Phoebe's attendance is 81% and dad's depression is ongoing.

Attached: Single Assessment with TM analysis; dad's easy-read consent form.

Tristan

Tristan Pengelly-Ames
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 433

""") + BDISC
    sa = docx_att("Single Assessment update - Fordham - LCS-2279034.docx", [
        "# Single Assessment - Fordham (LCS-2279034)",
        "Children: Phoebe Fordham (14/06/2065), Noah Fordham (30/10/2068).",
        "Social worker's analysis: the child protection plans (neglect) ended in December; home conditions are now "
        "good enough; Phoebe's attendance 81%; father's depression treated by his GP but ongoing.",
        "Team Manager's analysis (Kerenza Nance, 07/03/2078): statutory intervention is no longer required; the "
        "threshold for level 3 is met; I agree with the step down to Early Help."])
    form = pdf_att("Easy read consent form - G Fordham.pdf", "Saying yes or no to Early Help (easy read)", [
        "[picture of a family] Early Help is a team that helps families.",
        "Do you want Early Help to help your family?",
        "YES - I want Early Help ( )",
        "NO - I do not want Early Help (X ticked)",
        "Anything else you want to say: we dont need it now the social workers have gone",
        "Name: Gareth Fordham    Signed: G Fordham    Date: 04/03/2078"])
    top = outlook_top(f, addr("Pengelly-Ames, Tristan", "Tristan.Pengelly-Ames@" + BDOM), addr("MASH", BMASH),
                      "Step down request - level 3 - Fordham children - LCS-2279034", when)
    add(f, mail(f, top, body, [sa, form], html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2279034"],
        [ch("Phoebe Fordham", "2065-06-14", "14/06/2065"), ch("Noah Fordham", "2068-10-30", "30/10/2068")],
        ["parental_mental_health", "school_attendance"], False, True, ["consent"], None, "request_info",
        "A Torbay step-down SENT TO THE MASH INBOX BY MISTAKE (the seed says 'Social Worker to email Early Help "
        "inbox to request triage slot'; mailbox from the address -> mash_step_up, kind from the content -> "
        "step_down). From the Safeguarding and Supporting Families team (%s, 'Step down process from "
        "Safeguarding and Supporting Families Team and CWD team'). Single Assessment with the TM's analysis "
        "(manager true: 'agrees with the step down'). CONSENT REFUSED ON AN EASY-READ FORM: 'He ticked \"NO - I "
        "do not want Early Help\"' ... 'So consent has not been given' -> false -> consent missing -> "
        "request_info. 'level 3' -> 3. Concerns: school_attendance (81%%), parental_mental_health (ongoing "
        "depression); the ended CP plans are history." % B_SEED,
        not_children=["Gareth Fordham", "Kerenza Nance", "Tristan Pengelly-Ames"],
        test="**step-down to the wrong inbox; a father with dyslexia ticks NO on the easy-read consent form** "
             "(consent false)")

def torbay_08():
    f = "torbay_08.eml"; when = "2078-02-17 10:45:55"
    body = T("""
Hi MASH,

I'm the lead professional for the Pawlak family at level 3 (EHM-741196). My ATM, Rhiannon Tregaskis, and I discussed this on Tuesday and we agree the new information needs considering for level 4.

Children:
Kacper Pawlak - DOB 11/11/2069
Maja Pawlak - DOB 05/05/2076

New information: school report that Kacper (8) has been coming in with no lunch and in the same clothes all week, and says there is "no food except bread". Maja (1) has missed her 12-month immunisations and two health visitor appointments. At my home visit on Monday there was no electricity on the meter (off since the weekend) and dad was asleep on the sofa at 2pm with cans around him.

Consent: dad is Deaf and uses BSL (and some Polish Sign Language). I haven't been able to ask him yet - the interpreter booked for Tuesday cancelled on the day, and the next one I could get is Thursday 24th. I don't want to ask him through Kacper. I'll ask dad on Thursday with the interpreter and let you know straight away.

Ciaran

Ciaran Yelland
Early Help Practitioner (Lead Professional) | Torbay Early Help, Brixham
01632 960 618

""") + BDISC
    top = outlook_top(f, addr("Yelland, Ciaran", "Ciaran.Yelland@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Pawlak family - EHM-741196 - consent to follow", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-741196"],
        [ch("Kacper Pawlak", "2069-11-11", "11/11/2069"), ch("Maja Pawlak", "2076-05-05", "05/05/2076")],
        ["neglect", "substance_misuse"], None, True, ["consent"], None, "request_info",
        "Torbay step-up (%s, 'Step up processes from level 3 to level 4' step 2: 'a contact should be made to "
        "MASH with parental consent'; the ATM and the worker 'agree' -> manager true). CONSENT NOT YET ASKED "
        "BECAUSE NO INTERPRETER COULD BE HAD: 'I haven't been able to ask him yet - the interpreter booked for "
        "Tuesday cancelled ... I don't want to ask him through Kacper' -> null -> consent missing -> "
        "request_info. Not urgent: cumulative neglect, assessed at a planned visit, raised as a step-up. "
        "Concerns neglect (no food, no electricity, missed immunisations), substance_misuse (asleep at 2pm with "
        "cans)." % B_SEED,
        not_children=["Rhiannon Tregaskis", "Ciaran Yelland"],
        test="step-up whose **consent waits for a BSL interpreter (the booked one cancelled; not through the "
             "child)** -> missing")

# ============================================================================= HEREFORDSHIRE (003_d813ace460bad8eb.txt)
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
H_SEED = "003_d813ace460bad8eb.txt"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2078-01-19 11:00:47"
    body = T("""
Dear Early Help co-ordinators,

Following the Child & Family Assessment and my discussion with Siân at yesterday's Tuesday drop-in, please find attached the Early Help Assessment step-down plan for the Morgan-Lacey children, as a sibling group:

- Callum Morgan-Lacey, DOB 04/04/2066, Mosaic 622104
- Evie Morgan-Lacey, DOB 19/11/2070, Mosaic 622105

Their needs are at the intensive level (level 3).

Dad, Rhys Morgan-Lacey, is the main carer and has dyslexia. I read the whole plan through with him, section by section, and recorded an audio version he can play back on his phone. He then signed the written consent form, which is attached.

Key person: Mrs Anwen Beddoes, Family Support Worker, Leominster Family Hub - agreed with dad and with Anwen.

The worries are Callum's attendance (85%) and dad's low mood since he lost his job; the plan covers both.

Diolch,
Bronwen

Bronwen Hughes-Okoro
Social Worker | Assessment Team (Hereford) | Herefordshire Council
01632 960 145

""") + HDISC
    plan = docx_att("EHA step-down plan - Morgan-Lacey.docx", [
        "# Early Help Assessment step-down plan - Morgan-Lacey",
        "Children: Callum Morgan-Lacey (Mosaic 622104); Evie Morgan-Lacey (Mosaic 622105).",
        "What are we worried about? Callum's attendance (85%). Dad's low mood since he was made redundant.",
        "What's working well? Dad is a loving, consistent parent. The children are close to their grandparents.",
        "Wellbeing plan - what needs to happen, by whom: attendance plan with school (school, from February); dad "
        "to the GP and the talking therapies service (dad, with Anwen's support); an audio copy of every plan for "
        "dad (key person).",
        "Key person: Anwen Beddoes, Family Support Worker, Leominster Family Hub."])
    consent = pdf_att("Signed consent form - Morgan-Lacey.pdf", "Consent to Early Help - written consent", [
        "I agree to my family receiving Early Help support and to the step-down plan.",
        "The plan was read to me in full and I have an audio copy.",
        "Name: Rhys Morgan-Lacey    Signed: R Morgan-Lacey    Date: 17/01/2078",
        "Children: Callum Morgan-Lacey, Evie Morgan-Lacey"])
    top = outlook_top(f, addr("Hughes-Okoro, Bronwen", "Bronwen.Hughes-Okoro@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Morgan-Lacey children - Mosaic 622104 / 622105", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["622104", "622105"],
        [ch("Callum Morgan-Lacey", "2066-04-04", "04/04/2066"), ch("Evie Morgan-Lacey", "2070-11-19", "19/11/2070")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (%s: 'the social worker will obtain written consent, "
        "identify a key person with the family, complete an Early Help Assessment step-down plan, and following "
        "a discussion with an early help co-ordinator, send it through'): EHA step-down plan .docx, the signed "
        "written consent form PDF, key person with agency -> nothing missing -> book_meeting. A father with "
        "dyslexia had the plan read to him and an audio copy before signing -> consent true. 'level 3' -> 3. "
        "Concerns school_attendance (85%%), parental_mental_health (low mood). Two bare Mosaic ids." % H_SEED,
        not_children=["Rhys Morgan-Lacey", "Anwen Beddoes", "Bronwen Hughes-Okoro"],
        test="complete sibling-group step-down; **a father with dyslexia signs after the plan is read aloud and "
             "recorded for him**")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2078-03-01 12:10:36"
    body = T("""
Hi,

Please find attached the EHA step-down plan and mum's signed consent form for Ava Bright (DOB 06/07/2075) and Leo Bright (DOB 21/03/2070), Mosaic 619852. Intensive, level 3.

Key person: Ms Carla Dunne, Family Support Worker, Ross-on-Wye Children's Centre - agreed with mum and with Carla.

The children's CP plans ended in January. There have been no incidents since mum's ex-partner, Jason Pritchard, moved to Gloucester in the autumn, and there has been no contact.

Thanks,
Esther

Esther Mwangi-Holt
Social Worker | Child in Need Team (South) | Herefordshire Council
01632 960 389

PS - 11:52. Before sending this I've just had a call through text relay from the children's grandad, Alan Bright, who is Deaf. The children are staying with him this week while mum is in hospital for her operation. His typing: "JASON IS HERE AT MY DOOR NOW BANGING AND SHOUTING HE WANTS THE KIDS. HE SAYS HE WILL TAKE LEO IN HIS CAR. I CANT PHONE THE POLICE I CANT HEAR GA". Then the line went. I've rung 999 and given them the address - 4 Wye View Cottages, Hoarwithy - but they couldn't tell me when someone would get there. I'm in court from 12:15 (a final hearing on another case) and can't leave or take calls. Please can someone from duty pick this up now.

""") + HDISC
    plan = docx_att("EHA step-down plan - Bright.docx", [
        "# Early Help Assessment step-down plan - Ava and Leo Bright",
        "Mosaic: 619852.",
        "What are we worried about? Mum's confidence after the end of the child protection plans; Leo's anxiety "
        "about the past.",
        "What's working well? Mum ended the relationship and has kept to the safety plan; grandparents nearby.",
        "Wellbeing plan - what needs to happen, by whom: Leo's school counselling (school); Freedom-style "
        "programme for mum (Early Help); review at the MAG.",
        "Key person: Carla Dunne, Family Support Worker, Ross-on-Wye Children's Centre."])
    consent = pdf_att("Signed consent form - Bright.pdf", "Consent to Early Help - written consent", [
        "I agree to my family receiving Early Help support and to the step-down plan.",
        "Name: Stacey Bright    Signed: S Bright    Date: 24/02/2078",
        "Children: Ava Bright, Leo Bright"])
    top = outlook_top(f, addr("Mwangi-Holt, Esther", "Esther.Mwangi-Holt@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bright children - Mosaic 619852", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "step_down", True, 3, ["619852"],
        [ch("Ava Bright", "2075-07-06", "06/07/2075"), ch("Leo Bright", "2070-03-21", "21/03/2070")],
        ["domestic_abuse"], True, None, [], None, "alert_duty",
        "A COMPLETE STEP-DOWN WITH THE RISK IN A PS, SENT TO THE WRONG TEAM: the request itself is complete (%s: "
        "plan, signed consent form, key person; 'Intensive, level 3') and says 'no incidents' - but the PS, "
        "added at 11:52, relays a text relay call from the Deaf grandfather the children are staying with: the "
        "ex-partner is 'AT MY DOOR NOW BANGING AND SHOUTING HE WANTS THE KIDS. HE SAYS HE WILL TAKE LEO IN HIS "
        "CAR'; 999 called but no arrival time; the social worker is in court and asks duty to 'pick this up now'. "
        "DESIGN safety rule 1: urgent whatever the kind -> alert_duty (first in next_action's order); the "
        "Early Help co-ordinators' inbox is not the duty team, which is why it must be alerted. Concern "
        "domestic_abuse. Manager not mentioned -> null." % H_SEED,
        not_children=["Jason Pritchard", "Alan Bright", "Carla Dunne", "Esther Mwangi-Holt", "Stacey Bright"],
        test="**a complete step-down ('no incidents') with a PS at 11:52: a text relay call from a Deaf "
             "grandfather - the ex-partner at the door now, threatening to take Leo**")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2078-01-27 15:35:58"
    ack = ack_text("step-down", "SB-herefordshire-1177", [
        "Case: Mosaic 617730", "Children: Tyler Dacey (09/10/2069), Skye Dacey (14/01/2077)",
        "Key person: Nia Probert, Family Support Worker, Bromyard Family Hub"], ["consent_form (the family's written consent)"])
    body = T("""
Hi,

Mum (Chantelle Dacey) dropped her signed easy-read consent form at reception this afternoon - scanned copy attached. That should be everything now.

Thanks,
Owain

Owain Gittins
Social Worker | Child in Need Team (North) | Herefordshire Council
01632 960 702

""") + quote("Early Help Co-ordinators <%s>" % HEH, "25 January 2078 10:41", "Gittins, Owain <Owain.Gittins@%s>" % HDOM,
             "[SB-herefordshire-1177] Step-down request received - Mosaic 617730", ack) + "\n" + HDISC
    form = pdf_att("Easy read consent form - Dacey - scanned.pdf", "Saying yes to Early Help (easy read) - scanned copy", [
        "[picture of a family] Early Help is a team that helps families.",
        "Do you want Early Help to help your family?  YES (ticked)",
        "Can we share information with the people who help you?  YES (ticked)",
        "Your name: Chantelle Dacey    Signed: C Dacey    Date: 27/01/2078",
        "[picture of a speech bubble] Is there anything else you want to tell us? (handwritten)",
        "pleese help me. Kyle is back living hear since sunday. he ses if i tell eny one he wil hurt the baby. he "
        "hit Tyler last nite with his belt. dont ring me he looks at my phone"])
    top = outlook_top(f, addr("Gittins, Owain", "Owain.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1177] Step-down request received - Mosaic 617730", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "follow_up", True, None, ["617730"],
        [ch("Tyler Dacey", "2069-10-09", "09/10/2069"), ch("Skye Dacey", "2077-01-14", "14/01/2077")],
        ["domestic_abuse", "physical_harm"], True, None, [], None, "alert_duty",
        "THE RISK IS IN THE SCANNED FORM, NOT THE MAIL: a routine follow-up to [SB-herefordshire-1177] adding the "
        "easy-read consent form ('That should be everything now'); the form's handwritten box, in the mother's "
        "phonetic spelling: 'Kyle is back living hear since sunday. he ses if i tell eny one he wil hurt the "
        "baby. he hit Tyler last nite with his belt. dont ring me he looks at my phone'. An 8-year-old hit last "
        "night by an adult living in the home, a threat to the baby -> urgent (DESIGN safety rule 1: "
        "attachments are read) -> alert_duty over attach_to_request. Consent true (YES ticked, signed - %s's "
        "written consent). Children and DOBs from the quoted acknowledgement. Concerns domestic_abuse, "
        "physical_harm." % H_SEED,
        not_children=["Chantelle Dacey", "Nia Probert", "Owain Gittins", "Kyle"],
        test="**a follow-up adding an easy-read consent form whose handwritten box says 'Kyle is back ... he hit "
             "Tyler last nite'**; the mail says 'everything now'")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2078-02-14 10:20:14"
    body = T("""
Dear MASH,

I'd like to request a step up to social care for the Whitlock children:

Ruby Whitlock - DOB 12/12/2071
Finn Whitlock - DOB 01/08/2074
Mosaic 620447

My manager, Dilys Jenkins-Obi, has discussed this with me and agrees.

So that the history is clear: in 2077 dad (Martin Whitlock, who is blind) was in hospital for six weeks after a road accident and the children stayed with their nan. There was a child protection plan for neglect in 2075, which closed in 2076. None of that is current - dad is home and well - and there are no immediate safeguarding concerns.

Current concerns: since January the home conditions have slipped badly (dog mess on the floors, no clean bedding, mouldy food), Finn (3) has lost weight, and mum has stopped letting us in - I have been turned away at the door three times. We think the family needs a Child and Family Assessment.

Communication: dad uses a screen reader, so please email him in plain text or Word, not PDF. Mum prefers text messages.

Megan

Megan Vaughan-Ali
Early Help Family Support Worker | Herefordshire Council
01632 960 557

""") + HDISC
    top = outlook_top(f, addr("Vaughan-Ali, Megan", "Megan.Vaughan-Ali@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Whitlock children - Mosaic 620447", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["620447"],
        [ch("Ruby Whitlock", "2071-12-12", "12/12/2071"), ch("Finn Whitlock", "2074-08-01", "01/08/2074")],
        ["neglect", "non_engagement"], None, True, [], None, "human_review",
        "NEAR MISS IN A KIND HEREFORDSHIRE DOES NOT DEFINE: 'child protection plan for neglect in 2075', a father "
        "in hospital in 2077 - 'None of that is current ... there are no immediate safeguarding concerns'. "
        "Historic and negated -> not urgent. The current worries (home conditions, a 3-year-old losing weight, "
        "the family refusing entry) are serious but planned, raised as a step-up. %s covers step-down only "
        "(REQUIREMENTS.md: 'step_up is not defined by this seed') -> human_review, missing [] and notice null for "
        "an undefined kind. Manager 'agrees' -> true. Concerns neglect, non_engagement. The blind father's "
        "screen-reader needs are communication, not a concern." % H_SEED,
        not_children=["Martin Whitlock", "Dilys Jenkins-Obi", "Megan Vaughan-Ali"],
        test="**a step-up to Herefordshire (undefined -> human_review)** with a blind father's 2077 accident and a "
             "2075 CP plan as history")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2078-02-04 13:15:09"
    body = T("""
Hello co-ordinators,

Step-down plan attached for Hana Lewis-Tanaka (DOB 25/05/2067), Mosaic 621590.

Mum, Joanne Lewis-Tanaka, is blind. She can't sign our paper consent form, and the PDF version doesn't work with her screen reader (it's a locked, scanned form). Instead she gave her consent in a voice message on 3 February: "This is Joanne Lewis-Tanaka. I agree to Hana being stepped down to Early Help and to Mr Bowen being her key person." I've saved the voice message to Mosaic.

I've asked business support for an accessible Word version of the consent form that mum can complete with her screen reader; I'll send the completed form as soon as it's back.

Key person: Mr Geraint Bowen, Pastoral Manager, Arrow Valley High School - agreed with mum and with Mr Bowen.

The worries are that Hana (10) does a lot for mum - reading the post, the shopping and most of the cooking - and her attendance is 89%.

Kwame

Kwame Asante-Holloway
Social Worker | Child in Need Team (Hereford) | Herefordshire Council
01632 960 863

""") + HDISC
    plan = docx_att("EHA step-down plan - Hana Lewis-Tanaka.docx", [
        "# Early Help Assessment step-down plan - Hana Lewis-Tanaka (Mosaic 621590)",
        "What are we worried about? Hana is a young carer for her mother. Attendance 89%.",
        "What's working well? A close, loving relationship; mum is independent with her guide dog and screen reader.",
        "Wellbeing plan - what needs to happen, by whom: young carers assessment (Early Help); grocery delivery and "
        "a talking-post service for mum (key person); attendance plan (school).",
        "Key person: Geraint Bowen, Pastoral Manager, Arrow Valley High School.",
        "Consent: verbal (voice message, 03/02/2078); accessible written form to follow."])
    top = outlook_top(f, addr("Asante-Holloway, Kwame", "Kwame.Asante-Holloway@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Hana Lewis-Tanaka - plan attached, consent given by voice message", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["621590"],
        [ch("Hana Lewis-Tanaka", "2067-05-25", "25/05/2067")],
        ["school_attendance", "young_carer"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down (%s: 'the social worker will obtain written consent'): the plan and the key "
        "person (with agency) are present, and a BLIND MOTHER HAS CONSENTED BY VOICE MESSAGE ('I agree to Hana "
        "being stepped down to Early Help') -> consent true; but the WRITTEN form is not attached - an accessible "
        "Word version is 'to follow' -> consent_form missing (set convention: Herefordshire's consent_form needs "
        "the written form) -> request_info. No level stated -> null. Concerns young_carer, school_attendance "
        "(89%%)." % H_SEED,
        not_children=["Joanne Lewis-Tanaka", "Geraint Bowen", "Kwame Asante-Holloway"],
        test="**a blind mother consents by voice message - the paper form is inaccessible, an accessible Word "
             "form to follow** (consent true, consent_form missing)")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2078-02-09 16:05:27"
    ack = ack_text("step-down", "SB-herefordshire-1203", [
        "Case: Mosaic 618820", "Children: Finley Harcourt (02/09/2068)",
        "Key person: Dafydd Morgan-Ellis, Class Teacher, Orchard Vale School"], [])
    log = T("""
AAC communication log - Finley Harcourt - exported from the device
Week commencing 31 January
31/01 09:12  GOOD MORNING / HAPPY
31/01 11:40  MORE / PAINT / PLEASE
02/02 13:05  I WANT / OUTSIDE / FOOTBALL
03/02 10:30  MUM / TAKE ME / SWIMMING / SATURDAY
Week commencing 7 February
07/02 09:20  ZOMBIE / KILL / MUM / BLOOD / SCREAM / RUN
07/02 09:21  FUNNY / LAUGH / BOOK
07/02 14:10  I WANT / DRINK
08/02 10:02  I LIKE / SCHOOL / FRIEND / OSCAR
08/02 15:15  HOME / HAPPY / DOG
""")
    text = T("""
Hello,

As agreed at the first MAG, here is Finley's AAC communication log for the last two weeks (attached), so the co-ordinator can see how he's getting on.

A word of explanation before you read it, because one entry looks alarming out of context. On Monday 7 February Finley typed ZOMBIE / KILL / MUM / BLOOD / SCREAM / RUN. He was retelling the story of the comic his cousin lent him ("The Last Allotment" - zombies in a garden centre), and straight away he typed FUNNY / LAUGH / BOOK and showed his TA the page. Mum knows the comic and is fine with it. I checked with Finley afterwards using his talking mat: he rated home "happy" and "safe" and school "happy".

Everything else in the log is really positive - he's putting three symbols together now, which is new.

Best wishes,
Dafydd

Dafydd Morgan-Ellis
Class Teacher | Orchard Vale School

On Fri, 28 Jan 2078 at 09:14, Early Help Co-ordinators <%s> wrote:
""" % HEH) + quoted(ack)
    top = plain_top(f, addr("Dafydd Morgan-Ellis", "d.morgan-ellis@orchardvale.example.sch.uk"), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1203] Step-down request received - Mosaic 618820 (AAC log for the MAG)", when,
                    "mail.gmail.com", None)
    add(f, gmail_alt(f, top, text, [txt_att("AAC log - Finley - w-c 31 Jan and 7 Feb.txt", log, crlf=False)]),
        "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["618820"],
        [ch("Finley Harcourt", "2068-09-02", "02/09/2068")],
        ["disability_send"], None, None, [], None, "attach_to_request",
        "NEAR MISS - ALARMING AAC WORDS THAT RETELL A STORY: the attached device log has 'ZOMBIE / KILL / MUM / "
        "BLOOD / SCREAM / RUN', and the teacher explains it at once - a comic about zombies, followed by 'FUNNY / "
        "LAUGH / BOOK'; the child rates home 'happy' and 'safe'. Fiction, explained -> not urgent. A Gmail reply "
        "to [SB-herefordshire-1203] from the key person, sending the log agreed at the first MAG (%s, 'To review "
        "the progress of family at four consecutive multi-agency meetings') -> follow_up -> attach_to_request. "
        "Child and DOB from the quoted acknowledgement; concern disability_send (AAC user: set convention)." % H_SEED,
        not_children=["Dafydd Morgan-Ellis", "Oscar"],
        test="**a key person's follow-up with an AAC log: 'ZOMBIE / KILL / MUM / BLOOD' - retelling a comic**, "
             "explained")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2078-03-03 11:40:51"
    body = T("""
Hello,

I'm an independent advocate for Kirsty Bevan, who has a learning disability. Her children are Lola Bevan and Jack Bevan. Kirsty asked me to send you her questions, which we wrote together in easy read - they're attached. She wanted you to know the background in her own words so she doesn't have to explain it again at the first meeting.

Kirsty is happy for you to contact me as well as her. She prefers phone calls to letters, and easy read for anything written.

Kind regards,

Lowri Pugh
Independent Advocate | Marches Advocacy Service
01632 960 944
""")
    doc = docx_att("Kirsty's questions - easy read.docx", [
        "# My questions for Early Help (easy read)",
        "About me: My name is Kirsty Bevan. My children are Lola (6) and Jack (3).",
        "[picture of a clock] What happened before:",
        "Last year my boyfriend Dean hit me. [picture of a police car] The police came. He went to prison.",
        "He is in prison for 3 more years. He is not allowed to see us.",
        "[picture of a sun] Now: We are safe. Lola likes school. Jack goes to nursery. I am happy in our new flat.",
        "[picture of a question mark] My questions:",
        "1. When does the Early Help lady come to my house?",
        "2. Please can all letters be easy read.",
        "3. Can someone help me fill in the school trip form?",
        "4. Can Lowri come to the meetings with me?",
        "Written with: Lowri Pugh (advocate), 2 March 2078"])
    top = outlook_top(f, addr("Lowri Pugh", "lowri.pugh@marchesadvocacy.example.org.uk"), addr("Early Help Co-ordinators", HEH),
                      "Questions from Ms Bevan (easy read, written with her advocate)", when,
                      mid_domain="CWLP123MB4410.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [doc], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Lola Bevan"), ch("Jack Bevan")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN EASY-READ 'WHAT HAPPENED BEFORE', SENT BY AN ADVOCATE: 'Last year my boyfriend Dean hit "
        "me. The police came. He went to prison. He is in prison for 3 more years. He is not allowed to see us. "
        "Now: We are safe.' A past assault, the perpetrator imprisoned -> not urgent, no concern. An advocate "
        "sending a parent's questions (visit date, easy-read letters, a school trip form) -> other -> "
        "human_review (%s defines only the social worker's step-down). Children named in full in the body "
        "('Lola Bevan and Jack Bevan'), ages only in the attachment -> no DOB." % H_SEED,
        not_children=["Kirsty Bevan", "Lowri Pugh", "Dean"],
        test="**an advocate sends a mother's easy-read questions: 'Last year my boyfriend Dean hit me ... He is "
             "in prison ... We are safe'**")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2078-01-24 09:30:40"
    data = google_reply(f, when, "Llinos Parry", "Llinos.Parry@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in - Mosaic 623318 [SB-herefordshire-1190]", "20780125T100000Z",
                        "20780125T103000Z", "Microsoft Teams",
                        "Tue 25 Jan 2078 10am - 10:30am (GMT)",
                        note="Thanks - I'll bring the draft plan. Dad is Deaf; I've booked a BSL interpreter for "
                             "the joint visit afterwards, not for the drop-in.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["623318"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY plus an invite.ics attachment), PARTSTAT=ACCEPTED, "
        "for the Tuesday-morning step-down drop-in (%s: 'To be available for Tuesday morning step-down drop-in'); "
        "SUMMARY carries Mosaic 623318 and [SB-herefordshire-1190]; the note about booking a BSL interpreter is "
        "nothing of concern -> record_reply; case id from the SUMMARY ('Mosaic 623318' -> bare number)." % H_SEED,
        test="Google Calendar REPLY ACCEPTED with invite.ics for the Tuesday drop-in; a note about a BSL "
             "interpreter")


# ============================================================================= RULES AND SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
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

# England & Wales bank holidays in 2078 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day falls on Saturday 1 January, so the substitute day is Monday 3 January;
# Good Friday 1 April; Easter Monday 4 April; Early May bank holiday Monday 2 May; Spring bank holiday Monday 30 May;
# Summer bank holiday Monday 29 August; Christmas Day falls on Sunday 25 December, so Boxing Day is Monday
# 26 December and the Christmas substitute day Tuesday 27 December.
BANK_HOLIDAYS = {date(2078, 1, 3), date(2078, 4, 1), date(2078, 4, 4), date(2078, 5, 2), date(2078, 5, 30),
                 date(2078, 8, 29), date(2078, 12, 26), date(2078, 12, 27)}
EASTER = {date(2078, 4, 1): "Good Friday", date(2078, 4, 4): "Easter Monday"}        # both just after the window
NEW_YEAR_SUBSTITUTE = date(2078, 1, 3)                                                 # the day before the window
# The window: the spring term of 2078, from the first working day of January (Tuesday 4 January, after the New
# Year substitute bank holiday) to the last working day before Good Friday (Thursday 31 March).
WINDOW = (datetime(2078, 1, 4, tzinfo=LON), datetime(2078, 3, 31, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 27 March 2078 (the last Sunday of March).
BST_START = datetime(2078, 3, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2078

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) >= BST_START else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, '3rd of May 2073', '19 september 2077'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    return None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

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

def normalised(as_written):
    """'TAYLA BRENNAN-MOSS' -> 'Tayla Brennan-Moss'; 'ivy-rose tarrant' -> 'Ivy-Rose Tarrant'."""
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in as_written.split(" "))

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

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for k, v in part.items() if k != "Thread-Index")

def years_text(msg, text):
    """Readable text and every header (but Thread-Index, which is base64), with stepbot references
    ([SB-torbay-2291]) and attachment byte counts (size=2112) taken out: what the year check reads."""
    t = re.sub(r"SB-[a-z_]+-\d+", "SB-ref", text + " " + all_headers(msg))
    return re.sub(r'size="?\d+"?', "size=n", t)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not isinstance(e["urgent"], bool): err("urgent not a bool")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS or e["missing"] != sorted(set(e["missing"])):
        err("missing ids unknown / not sorted / not unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3        # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]:
                err("%s missing but no %s concern" % (doc, concern))
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
            if meeting.year > MAX_YEAR: err("meeting after %d" % MAX_YEAR)
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # the message itself
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(years_text(msg, text)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = mc["_as"] or c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
        if mc["_as"] and normalised(mc["_as"]) != c["name"]:
            err("child %r is not the normalised name of %r" % (c["name"], mc["_as"]))
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                err("dob %s of %s is not before now" % (c["dob"], c["name"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name.lower() not in text.lower(): err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] == c["name"].split()[0] for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
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
        lab = _lab(f)
        try:
            present = phrase in readable(parse(f))
        except Exception:
            present = False
        if not present: errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording check: %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot


# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _html(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/html" and not part.get_filename():
            return part.get_content()
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _exp(f):
    return _lab(f)["expect"]

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename()]

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _leaves(msg):
    return [p for p in msg.walk() if not p.is_multipart()]

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _cal(msg, method):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"
            and (p.get_param("method") or "").upper() == method]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _easter_between(f):
    return [h for h in EASTER if _today(f) < h <= META[f]["meeting"]]

def _k01(m):
    cal = _cal(m, "REQUEST")
    c = cal[0].get_payload(decode=True).decode() if cal else ""
    return (len(cal) == 1 and "DTSTART;TZID=GMT Standard Time:20780406T100000" in c and "BEGIN:VTIMEZONE" in c
            and _exts(m) == ["docx", "pdf", "docx"] and "a full week's notice" in _plain(m)
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 6 and len(_easter_between("knowsley_01.eml")) == 2
            and KBS.lower() in str(m["Cc"]).lower())

def _k02(m):
    p = _plain(m)
    return ((m["Auto-Submitted"] or "") == "auto-generated" and " GA\n" in p and p.count("CALLER:") == 3
            and "disconnected. SK" in p and "TAYLA BRENNAN-MOSS" in p and "Tayla Brennan-Moss" not in readable(m)
            and _no_alarm(m) and _date(m).hour >= 17)

def _k03(m):
    a = [p for p in _att(m) if p.get_filename().endswith(".txt")]
    t = a[0].get_content() if a else ""
    return (len(a) == 1 and "broke my wrist" in t and "This is in the past" in t and "broke my wrist" not in _plain(m)
            and "no current concerns about domestic abuse" in _plain(m)
            and _wd("knowsley_03.eml") == 5 and _pw("knowsley_03.eml") == 7 and len(_easter_between("knowsley_03.eml")) == 2)

def _k04(m):
    h = _html(m)
    tbl = h[h.index("<table"):h.index("</table>")]
    return "MsoTableGrid" in h and "WAYNE / HURT / BOTTOM / BED" in tbl and "SCARED / NO / HOME / NO HOME" in tbl

def _k05(m):
    return ("That's 5 days' notice (Mon-Fri)" in _plain(m) and _wd("knowsley_05.eml") == 4
            and _pw("knowsley_05.eml") == 4 and not _easter_between("knowsley_05.eml"))

def _k06(m):
    lv = _leaves(m)
    return (len(lv) == 1 and lv[0].get_content_type() == "text/plain" and lv[0]["Content-Transfer-Encoding"] == "7bit"
            and '"graphic, graphic, blank page"' in _plain(m))

def _k08(m):
    h = _html(m)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("What are we worried about?" in tbl and "What needs to happen?" in tbl and "attendance 86%" in tbl
            and "I haven't asked him about consent yet" in _plain(m) and _wd("knowsley_08.eml") == 5)

def _r05(m):
    b, a = body_text(m), att_text(m)
    return ("we all sleep together" in a and "tablets" not in b and "sleep together" not in b
            and "No immediate safeguarding concerns" in b and "haven't had a chance to read this one" in b)

def _r06(m):
    top = _plain(m).split(SEP)[0]
    return ("Ellie-Rose Tull" not in top and "Ellie-Rose Tull" in _plain(m).split(SEP)[1]
            and '"no thank you i dont want more people coming to my house i can do it myself"' in top)

def _r07(m):
    return [p.get_content_type() for p in _leaves(m)] == ["text/html"] and _no_alarm(m)

def _r08(m):
    return (m["List-Id"] is not None and m["List-Unsubscribe"] is not None and m["Auto-Submitted"] is None
            and "all fictional - for training only" in _plain(m))

def _t02(m):
    t = readable(m)
    return ("ivy-rose tarrant" in t and "Ivy-Rose" not in t and "19 september 2077" in t and _no_alarm(m)
            and _date(m).hour < 8)

def _t03(m):
    b, a = body_text(m), att_text(m)
    return ("Uncle Des" in a and not re.search(r"\bDes\b", b) and "haven't opened it yet" in b
            and "MARF" in " ".join(p.get_filename() for p in _att(m)))

def _t06(m):
    lv = _leaves(m)
    return (len(lv) == 1 and lv[0]["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in lv[0].get_payload(decode=True)
            and "Nobody in the house is at risk" in _plain(m) and _date(m).hour == 23)

def _t08(m):
    return m["Date"].strip().endswith("+0100") and (m["Auto-Submitted"] or "") == "auto-replied"

def _b02(m):
    lv = _leaves(m)
    return len(lv) == 1 and lv[0]["Content-Transfer-Encoding"] == "base64" and _no_alarm(m)

def _b03(m):
    p = _plain(m)
    points = re.findall(r"(?m)^(\d{1,2})\. ", p)
    eighth = re.search(r"(?ms)^8\. (.*?)^9\. ", p)
    return (points == [str(i) for i in range(1, 12)] and eighth is not None and "under the water" in eighth.group(1)
            and p.count("under the water") == 1 and _no_alarm(m))

def _b04(m):
    c = _cal(m, "REPLY")[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "GARY KICK ME" in c and "COMMENT" in c and _no_alarm(m)

def _b07(m):
    return BMASH in str(m["To"]) and BEH not in str(m["To"]) and _exp("torbay_07.eml")["kind"] == "step_down"

def _h02(m):
    p = _plain(m)
    return (p.index("PS - 11:52") > p.index("Esther Mwangi-Holt\nSocial Worker") and
            p.index("There have been no incidents") < p.index("PS - 11:52") and "AT MY DOOR NOW" in p)

def _h03(m):
    b, a = body_text(m), att_text(m)
    return "he hit Tyler last nite" in a and "Kyle" not in b and "That should be everything now" in b

def _h04(m):
    return _exp("herefordshire_04.eml")["kind"] == "step_up" and HMASH in str(m["To"])

def _h06(m):
    a = att_text(m)
    return "ZOMBIE / KILL / MUM / BLOOD / SCREAM / RUN" in a and "> Reference: SB-herefordshire-1203" in _plain(m)

def _h08(m):
    return [p.get_filename() for p in _att(m)] == ["invite.ics"] and len(_cal(m, "REPLY")) == 1

CUSTOM = [
    ("knowsley_01.eml", "an iTIP REQUEST for Wed 6 April 10:00, 3 attachments, 'a full week's notice' = 4 WD / 6 weekdays across Easter", _k01),
    ("knowsley_02.eml", "automatic relay transcript with GA/SK, CAPS name, no alarm word, after 17:00", _k02),
    ("knowsley_03.eml", "the 2075 assault only in the .txt letter; exactly 5 WD / 7 weekdays across Easter", _k03),
    ("knowsley_04.eml", "the AAC words inside the Word table", _k04),
    ("knowsley_05.eml", "'That's 5 days' notice (Mon-Fri)' is 4 WD", _k05),
    ("knowsley_06.eml", "one 7-bit text/plain part (screen-reader mail)", _k06),
    ("knowsley_08.eml", "three headings in a Word table; consent still to be asked; 5 WD", _k08),
    ("richmond_wandsworth_05.eml", "the plan to harm tonight only in the interpreter's note", _r05),
    ("richmond_wandsworth_06.eml", "children only in the quoted ack; the refusal in the new text", _r06),
    ("richmond_wandsworth_07.eml", "HTML-only, no alarm word", _r07),
    ("richmond_wandsworth_08.eml", "a mailing list, no Auto-Submitted, 'for training only'", _r08),
    ("tower_hamlets_02.eml", "lower-case name, before 08:00, no alarm word", _t02),
    ("tower_hamlets_03.eml", "the disclosure only in the easy-read attachment", _t03),
    ("tower_hamlets_06.eml", "one base64 LF text part at 23:xx", _t06),
    ("tower_hamlets_08.eml", "out-of-office dated in BST (+0100)", _t08),
    ("torbay_02.eml", "one base64 text part, no alarm word", _b02),
    ("torbay_03.eml", "the near-drowning in point 8 of 11 only", _b03),
    ("torbay_04.eml", "the risk in a DECLINED reply's COMMENT", _b04),
    ("torbay_07.eml", "a step-down sent to the MASH inbox", _b07),
    ("herefordshire_02.eml", "the PS after the signature, after 'no incidents'", _h02),
    ("herefordshire_03.eml", "the risk only in the scanned form", _h03),
    ("herefordshire_04.eml", "a step-up to Herefordshire's MASH inbox", _h04),
    ("herefordshire_06.eml", "the zombie words in the attached log; the ack quoted with '>'", _h06),
    ("herefordshire_08.eml", "Google REPLY with invite.ics", _h08),
]

# (file, phrase, field, value): each consent / manager phrase tied to its label
WORDING = [
    ("knowsley_01.eml", "she does not agree with the step up", "consent", False),
    ("knowsley_01.eml", "discussed the step up with me in supervision on 24 March and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "I consent to my family being helped by Family First", "consent", True),
    ("knowsley_05.eml", "yes im hapy for the scool to be the lead for the famly help", "consent", True),
    ("knowsley_08.eml", "I haven't asked him about consent yet", "consent", None),
    ("knowsley_08.eml", "has agreed the step down", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Both parents agree to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree with the plan to step the Vance family up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "dad signed that he consents to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_05.eml", "Dad agreed to the step up", "consent", True),
    ("richmond_wandsworth_05.eml", "which I have discussed with her and agree with", "manager_agreed", True),
    ("richmond_wandsworth_06.eml", "please note that consent is refused", "consent", False),
    ("tower_hamlets_01.eml", "I give my consent for Idris to be stepped down to Early Help", "consent", True),
    ("tower_hamlets_03.eml", "she has not said whether she agrees", "consent", None),
    ("tower_hamlets_03.eml", "has agreed this step up", "manager_agreed", True),
    ("tower_hamlets_05.eml", "mum has consented to the step down", "consent", True),
    ("tower_hamlets_07.eml", "she agrees to the referral to MAST", "consent", True),
    ("tower_hamlets_07.eml", "I'll get her sign-off then", "manager_agreed", None),
    ("torbay_01.eml", "confirming the threshold is met for level 3", "manager_agreed", True),
    ("torbay_01.eml", "She ticked YES to every question", "consent", True),
    ("torbay_05.eml", "YES I AGREE YOU SEND TO MASH", "consent", True),
    ("torbay_05.eml", "and I agree that this needs to be considered for a level 4", "manager_agreed", True),
    ("torbay_07.eml", "So consent has not been given", "consent", False),
    ("torbay_07.eml", "agrees with the step down", "manager_agreed", True),
    ("torbay_08.eml", "I haven't been able to ask him yet", "consent", None),
    ("torbay_08.eml", "we agree the new information needs considering for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "He then signed the written consent form", "consent", True),
    ("herefordshire_03.eml", "Do you want Early Help to help your family? YES (ticked)", "consent", True),
    ("herefordshire_04.eml", "has discussed this with me and agrees", "manager_agreed", True),
    ("herefordshire_05.eml", "I agree to Hana being stepped down to Early Help", "consent", True),
]

def add_kind_checks():
    """Per kind: follow-ups carry an [SB-...] reference in the subject, meeting replies exactly one text/calendar
    METHOD:REPLY part, auto-replies an Auto-Submitted header; new requests and other mail carry no [SB-...]."""
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        elif k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: [(p.get_param("method") or "").upper() for p in m.walk()
                                      if p.get_content_type() == "text/calendar"] == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in m.walk()
                                                     if p.get_content_type() == "text/calendar"]))

# The whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "knowsley_02.eml", "richmond_wandsworth_03.eml", "richmond_wandsworth_07.eml",
                  "torbay_02.eml", "torbay_03.eml", "torbay_04.eml", "tower_hamlets_02.eml", "tower_hamlets_03.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_03.eml": (5, 7), "knowsley_05.eml": (4, 4), "knowsley_08.eml": (5, 5)}
CROSSING_EASTER_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml"]      # plain weekdays say ok, working days say not ok
BST_FILES_EXPECTED = ["knowsley_01.eml", "tower_hamlets_08.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2078])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = [d for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: bank holidays inside the window: %s (expected none)" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2078 is %s, expected %s just after the window" % (easter, EASTER))
    if WINDOW[1].date() + timedelta(days=1) != date(2078, 4, 1) or WINDOW[1].date().weekday() != 3:
        errors.append("set: the window must end on Thursday 31 March, the day before Good Friday")
    if not (NEW_YEAR_SUBSTITUTE in pkg and "observed" in pkg.get(NEW_YEAR_SUBSTITUTE)
            and WINDOW[0].date() == NEW_YEAR_SUBSTITUTE + timedelta(days=1) and WINDOW[0].date().weekday() == 1
            and date(2078, 1, 1).weekday() == 5):
        errors.append("set: the window must start on Tuesday 4 January, after the New Year substitute Monday 3 January")
    last_sun = max(date(2078, 3, d) for d in range(25, 32) if date(2078, 3, d).weekday() == 6)
    if BST_START.date() != last_sun or last_sun != date(2078, 3, 27):
        errors.append("set: BST must start on the last Sunday of March 2078 (27 March)")
    for d, off in ((date(2078, 3, 26), timedelta(0)), (date(2078, 3, 28), timedelta(hours=1))):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != off:
            errors.append("set: Europe/London offset on %s is not %s" % (d, off))
    quiet, counts, bst = [], {}, []
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if msg["Date"].strip().endswith("+0100"):
            bst.append(f)
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort(); bst.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    cross = sorted(f for f in counts if _easter_between(f))
    if cross != CROSSING_EASTER_EXPECTED or not all(len(_easter_between(f)) == 2 for f in cross):
        errors.append("set: counts crossing Good Friday and Easter Monday are %s, expected %s" % (cross, CROSSING_EASTER_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if bst != BST_FILES_EXPECTED:
        errors.append("set: mails dated in BST (+0100) are %s, expected %s" % (bst, BST_FILES_EXPECTED))
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot


# ----------------------------------------------------------------------------- fault injection (in memory only)
def _sub(f, old, new, count=1):
    data = FILES[f]
    assert old in data, (f, old)
    FILES[f] = data.replace(old, new, count)

def _relabel(f, **kw):
    lab = _lab(f)
    for k, v in kw.items():
        if k == "category":
            CATS[f] = v
        else:
            lab["expect"][k] = v

def _redate(f, new_date_header):
    old = parse(f)["Date"]
    _sub(f, ("Date: " + str(old)).encode(), ("Date: " + new_date_header).encode())

FAULTS = [
    ("knowsley_01's notice read as plain weekdays (ok)", lambda: _relabel("knowsley_01.eml", notice_ok=True,
                                                                         next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2078, 4, 1)),
     "bank holidays differ from the holidays package"),
    ("a mail moved to a Saturday", lambda: _redate("torbay_05.eml", "Sat, 22 Jan 2078 13:40:09 +0000"), "Date on a weekend"),
    ("the BST out-of-office given +0000", lambda: _redate("tower_hamlets_08.eml", "Mon, 28 Mar 2078 07:02:15 +0000"),
     "Date offset should be +0100"),
    ("a mail dated on the New Year substitute bank holiday", lambda: _redate("herefordshire_08.eml",
                                                                            "Mon, 03 Jan 2078 09:30:40 +0000"),
     "Date outside the window"),
    ("an alarm word added to a quiet urgent mail", lambda: _sub("richmond_wandsworth_03.eml",
                                                                b"Subject: My son Kai", b"Subject: URGENT My son Kai"),
     "the urgent mails with no alarm word are"),
    ("an urgent mail filed as a near miss", lambda: _relabel("torbay_03.eml", category="near_miss"), "urgent vs category"),
    ("the undefined Herefordshire step-up sent to book_meeting", lambda: _relabel("herefordshire_04.eml",
                                                                                 next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("a CAPS name labelled as written", lambda: _exp("knowsley_02.eml")["children"][0].update(name="TAYLA BRENNAN-MOSS"),
     "has no source record"),
    ("the refused consent relabelled true", lambda: _relabel("richmond_wandsworth_06.eml", consent=True),
     "'please note that consent is refused' means consent False"),
    ("consent still to be asked, missing emptied", lambda: _relabel("knowsley_08.eml", missing=[],
                                                                    next_action="book_meeting"), "consent vs missing"),
    ("the interpreter's note copied into the body", lambda: _sub("richmond_wandsworth_05.eml",
        b"No immediate safeguarding concerns at this morning's visit.",
        b"No immediate safeguarding concerns at this morning's visit. He said we all sleep together tonight."),
     "only in the interpreter's note"),
    ("a year after the window's in a subject", lambda: _sub("knowsley_03.eml", b"Tue 5 April 10:00", b"Tue 5 April 2079 10:00"),
     "year after 2078"),
    ("an 18-year-old labelled as a child", lambda: _exp("richmond_wandsworth_01.eml")["children"][0].update(dob="2060-04-03"),
     "parses to 2066-04-03, label 2060-04-03"),
    ("Auto-Submitted removed from the relay transcript", lambda: _sub("knowsley_02.eml",
                                                                     b"Auto-Submitted: auto-generated\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("a meeting reply made a REQUEST", lambda: _sub("torbay_04.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY"),
    ("a level on a step-up", lambda: _relabel("torbay_05.eml", level=3), ": level"),
    ("children of knowsley_01 out of order", lambda: _exp("knowsley_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("an adult labelled as a child", lambda: _exp("tower_hamlets_04.eml")["children"].append(
        {"name": "Dean O'Sullivan", "dob": None}), "has no source record"),
]

def inject_faults():
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
    return missed

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "missing %s" % dict(Counter(m for e in ex for m in e["missing"])),
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("dates %s" % sorted(str(datetime.fromisoformat(l["now"]).date()) for l in LABELS))
    return "\n".join(out)

def readme_table():
    rows = []
    for l in sorted(LABELS, key=lambda l: l["file"]):
        e = l["expect"]
        k = e["kind"] + (" (L%d)" % e["level"] if e["level"] else "")
        rows.append("| %s | %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], k, e["next_action"],
                                                   META[l["file"]]["test"]))
    return "\n".join(rows)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        if "--stats" in sys.argv:
            print(stats())
        sys.exit(1)
    if "--inject-faults" in sys.argv:
        missed = inject_faults()
        if missed:
            print("FAULT INJECTION: these faults were NOT caught:", *missed, sep="\n  ")
            sys.exit(1)
        errors, _tot = run_checks()
        if errors:
            print("SELF-CHECK FAILED after restoring:", *errors, sep="\n  ")
            sys.exit(1)
        print("fault injection: all %d injected faults were caught (nothing written by the faults)" % len(FAULTS))
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
    if "--table" in sys.argv:
        print(readme_table())
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
