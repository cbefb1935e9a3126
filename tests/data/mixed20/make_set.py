#!/usr/bin/env python3
"""mixed20: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
over the summer term of 2038, in styles and situations earlier sets lack or used only once: corrections and second
thoughts in the same thread ("sorry - wrong DOB", "please ignore my last email - consent was withdrawn this morning",
"ignore my email of 09:15 - this can't wait", a reply that adds the missing document), twins, an unborn baby with an
EDD, a mother who shares her daughter's first name but not her surname, messages forwarded AS ATTACHMENTS
(message/rfc822) that carry the real request or the risk, iTIP replies with a COMMENT (one with the .ics only as an
attached file), a scanned step-down form that is an image only, very terse mail (one line of text-speak, a phone mail
with no punctuation, ALL CAPS), a very long formal request in numbered sections, consent and refusal in varied
wording, manager agreement refused / pending / given in a forwarded reply, and concern-scope traps (strengths,
ruled-out injuries, empty template headings, a child's own mental health versus a parent's, an older sibling's drug
use in and out of the household); urgent mail in plain words or only in an attachment, a forwarded attachment or a
quoted part; near misses that are hypotheticals, a training scenario pack, closed history and a newsletter.

Window: Monday 19 April - Friday 16 July 2038 (the summer term). British Summer Time (+0100) runs from 28 March to
31 October 2038, so every Date header and every `now` is +0100. England & Wales bank holidays inside the window
(confirmed with the `holidays` package): Good Friday 23 April, Easter Monday 26 April, the early May bank holiday
3 May and the spring bank holiday 31 May. No Date falls on one; three Knowsley notice counts cross them.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, calendar UIDs and the pixels
of the scan come from sha1 of the file name; zips have fixed timestamps. Run with
/work/main/.venv/bin/python make_set.py (pypdf and python-docx are used only by the self-checks to read back the
hand-built PDFs and .docx files; the `holidays` package must confirm the 2038 bank holidays). The helpers (MIME
assembly, Word HTML, PDF, .docx, iCalendar, scanned PDF, working-day counter, readable-text extraction and the
checks) are copied from /work/main/tests/data/mixed18/make_set.py and adapted (window, bank holidays, BST-only
offsets, the checks), with builders added for a message/rfc822 attachment (a mail forwarded as an attachment) and
an iTIP REPLY carried only as an attached .ics file. Every label was set by hand; the self-checks at the end only
verify them against the specification's rules and STOP on any error before anything is written.
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")

# ----------------------------------------------------------------------------- helpers
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
    """Local (Europe/London) wall-clock time. The whole window (19 April - 16 July 2038) is British Summer Time
    (+0100); zoneinfo picks the offset and the self-check asserts it is +0100 for every Date."""
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
    head.encode("ascii")                      # headers are always 7-bit (RFC 2047 where needed)
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

# -- Word (Outlook) "filtered medium" HTML with mso markup ---------------------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
span.GramE
	{mso-style-name:"";
	mso-gram-e:yes;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    """Markers: [[x]] -> SpellE span; {{x}} -> bold; '¦' splits the Word run (a new <span>)."""
    t = html.escape(t, quote=False)
    t = re.sub(r"\[\[(.+?)\]\]", r"<span class=SpellE>\1</span>", t)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    t = t.replace("¦", "</span>" + RUN)
    t = t.replace("\n", "<br>\n")
    return RUN + t + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", re.sub(r"\[\[(.+?)\]\]", r"\1", t)).replace("¦", "")

def word_html(blocks, font="Aptos"):
    """blocks: strings (paragraphs; '' = empty paragraph) or ('table', rows) with the first row
    shaded as a header, or ('h', text) for a bold heading paragraph."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                       "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
            for i, r in enumerate(rows):
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

# -- format=flowed (RFC 3676) ---------------------------------------------------------------
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

# -- hand-built PDF 1.4 (Helvetica, WinAnsi) so pypdf can read the text back
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
    """A labelled child. `written` is the DOB exactly as the mail writes it (the self-check finds it
    in the readable text and parses it back to `dob`). `as_written` is the text span that carries the
    name when the full name is never written in one piece ("Paige and Macey Rimmer")."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), names_only_in_attachments=False):
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    kids = [{"name": c["name"], "dob": c["dob"]} for c in children]
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox,
                   "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": kids, "concerns": concerns, "consent": consent,
                              "manager_agreed": manager_agreed, "missing": missing,
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "attachment_only": names_only_in_attachments}

# -- minimal hand-built .docx (fixed zip timestamps, so the output is byte-stable)
import zipfile, io as _io
def make_docx(paras, tables=()):
    """paras: list of strings (a string starting with '# ' is a Heading 1); tables: list of row lists."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
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
            zi = zipfile.ZipInfo(name, date_time=(2038, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html", crlf=crlf)], bnd(f, 2))
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
               comment=None, to_name=None, cc=None):
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
                      "%s: %s" % (word, summary), when, cc=cc,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def quote(lines_from, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (lines_from, sent, to, cc_line, subject, text))


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

# ----------------------------------------------------------------------------- helpers copied from mixed16 / mixed18
# (.docx readers used by the self-checks, the image-only scanned PDF, the Teams block, a simple HTML twin)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def docx_parts(data):
    """(accepted text, deleted text, comment text) of a .docx: what Word shows with "All Markup" split three
    ways. Accepted text = the document as it reads once the changes are accepted (w:t, never w:delText)."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    acc, dele = [], []
    for p in root.iter(W + "p"):
        acc.append("".join((e.text or "") if e.tag == W + "t" else "\t" for e in p.iter()
                           if e.tag in (W + "t", W + "tab")))
        dele.append("".join(e.text or "" for e in p.iter(W + "delText")))
    com = []
    if "word/comments.xml" in z.namelist():
        croot = ET.fromstring(z.read("word/comments.xml"))
        for c in croot.iter(W + "comment"):
            com.append(" ".join("".join(e.text or "" for e in p.iter(W + "t")) for p in c.iter(W + "p")))
    return "\n".join(acc), "\n".join(x for x in dele if x), "\n".join(com)

def make_scan_pdf(fname, pages=1, producer="Canon iR-ADV C5560 PDF"):
    """An image-only PDF, as a multifunction printer's 'scan to email' makes it: each page is one greyscale raster
    (FlateDecode) drawn full-page, with no text layer, so no text can be extracted from it."""
    w, h = 124, 176
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for pg in range(pages):
        rows = []
        seed = hashlib.sha1((fname + "scan%d" % pg).encode()).digest()
        for y in range(h):
            line = bytearray([238 + (seed[(y * 7) % 20] & 7)] * w)
            band = (y - 14) // 6
            if 14 <= y < h - 16 and (y - 14) % 6 in (2, 3) and seed[band % 20] % 5:
                length = 20 + seed[(band * 3) % 20] % (w - 40)
                for x in range(12, 12 + length):
                    if (x * 13 + y * 7 + seed[x % 20]) % 4:
                        line[x] = 60 + seed[(x + y) % 20] % 70
            rows.append(bytes(line))
        raw = zlib.compress(b"".join(rows), 9)
        n = len(objs) + 1          # page object number; image n+1, contents n+2
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> >> "
                    b"/Contents %d 0 R >>" % (n + 1, n + 2))
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(raw))
                    + raw + b"\nendstream")
        cs = b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
        objs.append(b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream")
        kids.append(n)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    objs.append(b"<< /Producer (%s) /Creator (%s) /CreationDate (D:20380520110412Z) >>"
                % (producer.encode(), producer.encode()))
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

def teams_block(fname):
    h = sha(fname, "teams")
    mid = "%s %s %s %s" % (int(h[:3], 16) % 900 + 100, int(h[3:6], 16) % 900 + 100, int(h[6:9], 16) % 900 + 100,
                           int(h[9:12], 16) % 900 + 100)
    return T("""
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: %s
Passcode: %s
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________
""" % (h[12:40], mid, h[40 - 6:].upper()[:6]))

def simple_html(text):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div>%s</div></body></html>\n"
            % "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n")))

def docx_hf_text(data):
    """(header text, footer text) of a .docx: every word/header*.xml and word/footer*.xml part."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    out = {"header": [], "footer": []}
    for name in sorted(z.namelist()):
        m = re.fullmatch(r"word/(header|footer)\d*\.xml", name)
        if m:
            root = ET.fromstring(z.read(name))
            out[m[1]] += ["".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p")]
    return "\n".join(out["header"]), "\n".join(out["footer"])

def docx_body_text(data):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

# ----------------------------------------------------------------------------- helpers added for mixed20
def rfc822_part(inner, filename):
    """A mail forwarded AS AN ATTACHMENT (Outlook's / Thunderbird's "Forward as attachment"): a message/rfc822
    part whose body is the whole original message, headers and MIME structure included (7-bit, so it can be
    carried inside a quoted-printable / base64 outer mail unchanged)."""
    text = inner.decode("ascii").replace("\r\n", "\n")
    return Part([("Content-Type", 'message/rfc822; name="%s"' % filename),
                 ("Content-Description", filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "7bit")], text)

def inner_top(frm, to, subject, when_local, mid, cc=None, extra=None):
    """Headers of a forwarded original (its Date is its own sending time, not the outer mail's)."""
    d = dt(when_local)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)), ("Message-ID", mid)]
    return h + (extra or [])

def flowed_quoted(text, width=72):
    """format=flowed (RFC 3676) for a reply that quotes with '>': a quoted logical line is wrapped with its quote
    prefix repeated on every physical line (soft breaks keep the quote depth), an unquoted one as flowed() does."""
    out = []
    for logical in text.split("\n"):
        m = re.match(r"^(>+ ?)", logical)
        if not m:
            out.append(flowed(logical, width))
            continue
        prefix = m.group(1)
        if not prefix.endswith(" "):
            prefix += " "
        content = logical[len(m.group(1)):]
        if not content:
            out.append(m.group(1).rstrip())
            continue
        words, cur, phys = content.split(" "), "", []
        for w in words:
            if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                phys.append(prefix + cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(prefix + cur)
        out.append("\n".join(phys))
    return "\n".join(out)

def ics_file_reply(f, top, note, cal_lines):
    """A reply whose iTIP REPLY travels only as an attached file (invite.ics, text/calendar; method=REPLY,
    Content-Disposition: attachment) under a short human note - as some mobile and webmail clients send it."""
    cal = "\r\n".join(ics_fold(l) for l in cal_lines) + "\r\n"
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY; name="invite.ics"'),
                     ("Content-Disposition", 'attachment; filename="invite.ics"'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [text_part(note, crlf=True), cal_part], bnd(f, 1))
    return build(top, root, True)

def ack_block(ref, kind_words, facts, missing_lines, sent, to, mailbox_name, mailbox_addr):
    """stepbot's acknowledgement as Outlook quotes it under a reply (From:/Sent:/To:/Subject: block)."""
    body = ("Thank you for your %s. Your reference is %s - please keep it in the subject line of any reply.\n\n"
            "We have read:\n%s\n" % (kind_words, ref, "\n".join(facts)))
    if missing_lines:
        body += "\nWhat is missing:\n%s\n\nPlease reply to this email with the missing item(s).\n" % "\n".join(
            "- " + m for m in missing_lines)
    body += "\n%s (automated message)\n" % mailbox_name
    subj = "[%s] %s received - %s" % (ref, kind_words[0].upper() + kind_words[1:],
                                        "information needed" if missing_lines else "thank you")
    return quote("%s <%s>" % (mailbox_name, mailbox_addr), sent, to, subj, body), subj

# ============================================================================= shared bits
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

def appendix1(answers):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: each question, then its answer (an
    empty answer stays an empty paragraph, as in a form the worker did not fill in)."""
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out

KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

# ============================================================================= KNOWSLEY
# A shortened local version of the Engaging Families question is used in knowsley_01 and knowsley_05 (the forms
# carry "Engaging Families Toolkit - Signs of Well-being family engagement tool"), so that those two urgent mails
# contain none of the alarm words anywhere, attachments included (checked below).
EF_Q_SHORT = "Engaging Families Toolkit - Signs of Well-being family engagement tool:"
EF_Q_FULL = "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool."

def knowsley_01():
    f = "knowsley_01.eml"; when = "2038-04-20 10:41:07"
    body = T("""
Hi MASH,

Step up request for Skye Doolan (DOB 02/12/2025), EHM-85517, open to Family First at Level 3 since November. Attached: the step up form, the minutes of the TAF on 14/04/38 and the Merseyside Exploitation Assessment (completed 09/04/38).

My TM, Paula Rimmer (cc'd), agreed the step up in supervision on Friday 16th.

Step up TAF meeting: Wednesday 5th May 2038 at 10.00am, Halewood Family Hub. I'll send the calendar invite to the MASH inbox and MASH business support this afternoon and invite the current TAF members.

In short: three missing episodes since February (the longest 19 hours), a new phone and clothes she can't account for, and older lads in cars outside school at home time. Mum (Kerry Doolan) works nights and nan has been minding Skye, but Skye goes out of nan's back door.

School's pastoral lead sent me the email attached ("Skye - this morning") at 08:52. I've been on a home visit until now so I'm attaching it as it came, so you have everything in one place.

Thanks
Gemma

Gemma Houghton
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0384 | 07700 900384

""") + KDISC
    inner_body = T("""
Gemma,

Skye came to find me at 8.30 when she got in. She was excited, not upset. She told me she won't be in school tomorrow because Dean is picking her up from her nan's at 7 o'clock tonight to take her to a party in Birmingham with his mates, and she'll be back on Thursday.

She showed me a message from him on her phone: "wear the dress i got u, u can stay at mine after, dont tell ur nan". I asked who Dean is - she says he's "about 25", has a flat in Huyton and a black Audi, and he's the one who bought her the phone. Mum is on nights again tonight and nan thinks Skye is going to a sleepover at a friend's.

Skye knows I'm passing this on to you. She made me promise not to tell her nan.

Jo

Jo Nolan
Pastoral Lead (Year 7)
Hollybank Academy
0151 496 0877
""")
    inner = build(inner_top(addr("Jo Nolan", "j.nolan@hollybankacademy.example.org"),
                            addr("Houghton, Gemma", "Gemma.Houghton@" + KDOM), "Skye - this morning",
                            "2038-04-20 08:52:16", msgid(f + "inner", "hollybankacademy.example.org"),
                            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                  text_part(inner_body), crlf=False)
    form = docx_att("FF Step Up request to CSC - Skye Doolan.docx", appendix1([
        ("Case ID on EHM:", "EHM-85517"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 5th May 2038, 10.00am, Halewood Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum and nan come to every TAF; Skye sees her youth worker most weeks"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 14/04/2038"),
        ("What are we worried about?", ""),
        ("Current Concerns (Impact on child)", "Three missing episodes since February (the longest 19 hours, found "
         "by police in Huyton). A new phone, trainers and clothes Skye can't explain. Older lads in cars waiting "
         "outside school at home time. Skye has dropped her friends from primary school."),
        ("Past Harm", "None known."),
        ("Complicating Factors", "Mum works nights as a healthcare assistant; nan (71) minds Skye and her health is poor."),
        ("What is working well?", ""),
        ("Existing Strengths", "Mum and nan love Skye and report every missing episode straight away. Skye likes her "
         "youth worker and goes to the Tuesday girls' group. Attendance 95%."),
        ("Existing Safety", "Nan locks the front door at night; mum has cut her nights from six to four."),
        ("What next?", ""),
        ("Goals", "Skye at home every night, in school every day and away from the older lads."),
        ("Next Steps", "C&F assessment; disruption work with police; Family First to stay involved."),
        (EF_Q_SHORT, "N/A - engagement is not the worry"),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 09/04/2038 - attached"),
        ("Up to date police information if applicable:", "Three missing-person reports (February, March, April 2038)."),
        ("Agreement by line manager:", "Paula Rimmer, Team Manager, 16/04/2038"),
        ("Contingency plan (Smart and timely).", "If not stepped up: TAF every 2 weeks, MEA re-scored in 4 weeks, "
         "return interview after every missing episode.")]))
    minutes = pdf_att("TAF minutes 14.04.38 - Doolan.pdf", "TAF meeting minutes - 14/04/2038 - Skye Doolan", [
        "Present: Kerry Doolan (mum), Gemma Houghton (Family First, chair), Jo Nolan (Hollybank Academy),",
        "Liam Foy (youth worker), PCSO Rowe.",
        "Missing episodes: 3 since February; return interviews done for 2; Skye will not say where she goes.",
        "School: attendance 95%; older lads in cars at the gates at 3.10 most days.",
        "Youth worker: Skye has a new phone she says her cousin gave her.",
        "Agreed: Gemma to discuss a step up with her TM; MEA to be shared with MASH."])
    mea = docx_att("Merseyside Exploitation Assessment - S Doolan - April 38.docx", [
        "# Merseyside Exploitation Assessment", "Young person: Skye Doolan, aged 12",
        "Completed: 09/04/2038 by Gemma Houghton (Family First) with Liam Foy (youth worker)",
        "Indicators present: going missing (3); unexplained gifts (phone, clothes, trainers); older males in cars; "
        "secrecy about her phone; new older friends; dropped her peer group.",
        "Overall level: HIGH - child criminal and sexual exploitation indicators"])
    rfc = rfc822_part(inner, "Skye - this morning.eml")
    top = outlook_top(f, addr("Houghton, Gemma", "Gemma.Houghton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FF Step Up request to CSC - Skye Doolan - EHM-85517", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Rimmer, Paula", "Paula.Rimmer@" + KDOM)]))
    add(f, mail(f, top, body, [form, minutes, mea, rfc], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-85517"], [ch("Skye Doolan", "2025-12-02", "02/12/2025")],
        ["exploitation", "missing", "sexual_harm"], None, True, [], True, "alert_duty",
        "URGENT ONLY IN A MAIL FORWARDED AS AN ATTACHMENT (message/rfc822 'Skye - this morning.eml'), IN PLAIN WORDS "
        "(no 'urgent', 'immediate', 'risk', 'safeguarding', 'danger' or 'child protection' anywhere, attachments "
        "included): the covering note is a calm, complete planned step-up; the school's attached mail says a 12-year-old "
        "with a HIGH exploitation assessment is being picked up at 7 tonight by 'Dean' (about 25, flat, Audi, bought her "
        "the phone) to stay over after a party in Birmingham, 'dont tell ur nan', mum on nights -> safety rule 1 (every "
        "part, forwarded messages included) -> alert_duty. Concerns: exploitation + sexual_harm (grooming for sexual "
        "exploitation, as in earlier sets) + missing (three episodes). Requirements all met: form, TAF minutes, MEA "
        "(exploitation), EHM-85517, TM agreed; TAF Wed 5 May 10:00 at Halewood Family Hub from Tue 20 Apr = 21, 22, "
        "27, 28, 29, 30 Apr, 4, 5 May = 8 WD (Good Friday, Easter Monday and 3 May excluded) -> notice ok. Consent not "
        "mentioned -> null.",
        meeting=date(2038, 5, 5), not_children=["Kerry Doolan", "Paula Rimmer", "Gemma Houghton", "Jo Nolan", "Dean"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2038-04-21 14:06:33"
    body = T("""
Hi MASH,

Please find attached a step up request for Jessica Hughes (known as Jess, DOB 19/07/2028) and her brother Tommy Hughes (DOB 30/01/2032), EHM-86043.

Just so there's no confusion when you read the form: Mum is also called Jessica - Jessica Dale (she kept her own surname). I've called her "Mum" all the way through, and "Jess" is always the 9-year-old.

The concern is non-engagement. Since January Mum has cancelled, or not been in for, 9 of the 12 planned home visits and she didn't come to the last two TAFs. Tommy's attendance has dropped to 81% and school can't get hold of her either. The Engaging Families toolkit is attached and referenced in the form - it scores Mum's engagement as low, and it sets out everything we've tried (visits at different times, texts, a worker she chose, meeting at nan's).

To be clear about what isn't a worry: there are no concerns about home conditions - the house is always clean and the fridge is full when I do get in - and Mum's bipolar disorder is stable (she's well on lithium and sees the CMHT monthly; no concerns there). Jess's attendance is 98%.

My TM, Rob Callister (cc'd), agreed the step up yesterday. Mum knows I'm stepping the case up.

Step up TAF meeting: a week today - Wednesday 28th April at 1.30pm on Teams. I've sent the invite to the MASH inbox and MASH business support and I'll invite the TAF members.

Thanks
Ciara

Ciara Fitzsimmons
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0526

""") + KDISC + teams_block(f)
    form = docx_att("FF Step Up request to CSC - Hughes.docx", appendix1([
        ("Case ID on EHM:", "EHM-86043"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "28/04/2038 13:30 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - yes, toolkit completed 12/04/2038 (attached)"),
        ("Recent TAF meeting minutes attached:", "Yes - 31/03/2038"),
        ("What are we worried about?", ""),
        ("Current Concerns (Impact on child)", "Mum not engaging: 9 of 12 visits missed since January, last two TAFs "
         "missed. Tommy (6) attendance 81% and falling; he is behind with reading and school cannot reach Mum."),
        ("Past Harm", "None."),
        ("Complicating Factors", "Mum works shifts at a supermarket; no car."),
        ("What is working well?", ""),
        ("Existing Strengths", "Jess attendance 98%. No concerns about home conditions. Mum's bipolar disorder stable on "
         "lithium, CMHT monthly. Nan close by and supportive."),
        ("Existing Safety", "Nan does the school run three days a week."),
        ("What next?", ""),
        ("Goals", "Mum working with the TAF; Tommy's attendance above 95%."),
        ("Next Steps", "Step up for a C&F assessment."),
        (EF_Q_FULL, "Completed 12/04/2038 - engagement scored LOW. Attached."),
        ("Graded Care profile (If neglect should be completed).", "N/A - no neglect concerns"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Rob Callister, 20/04/2038"),
        ("Contingency plan (Smart and timely).", "Unannounced visits weekly; school attendance officer to visit.")]))
    minutes = pdf_att("TAF minutes 31.03.38 - Hughes.pdf", "TAF meeting minutes - 31/03/2038 - Hughes family", [
        "Present: Ciara Fitzsimmons (Family First, chair), Tommy's class teacher, school attendance officer, nan.",
        "Apologies: Mum (Jessica Dale) - did not attend, no apology.",
        "Tommy: attendance 81%; 11 sessions missed this half term; reading age below expected.",
        "Jess: attendance 98%, doing well.",
        "Agreed: Ciara to complete the Engaging Families toolkit and discuss a step up with her TM."])
    ef = docx_att("Engaging Families Toolkit - Hughes - April 2038.docx", [
        "# Engaging Families Toolkit", "Family: Hughes (Mum: Jessica Dale)", "Completed 12/04/2038 by Ciara Fitzsimmons",
        "Engagement score: LOW",
        "What we have tried: visits at different times of day (7 attempts); texts and letters; a worker Mum chose; "
        "meeting at nan's; a joint visit with school.",
        "What this tells us: Mum agrees to plans but does not follow them through; the children's needs at school "
        "are not being met."])
    top = outlook_top(f, addr("Fitzsimmons, Ciara", "Ciara.Fitzsimmons@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Hughes - EHM-86043 - TAF Weds 28th April", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Callister, Rob", "Rob.Callister@" + KDOM)]))
    add(f, mail(f, top, body, [form, minutes, ef], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-86043"],
        [ch("Jessica Hughes", "2028-07-19", "19/07/2028"), ch("Tommy Hughes", "2032-01-30", "30/01/2032")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "A MOTHER WHO SHARES HER DAUGHTER'S FIRST NAME BUT NOT HER SURNAME: 'Jessica Hughes (known as Jess, DOB "
        "19/07/2028)' is a child; 'Mum is also called Jessica - Jessica Dale' is an adult and never labelled. Concerns: "
        "non_engagement (Engaging Families toolkit attached, so engaging_families is met) + school_attendance (Tommy 81%); "
        "STRENGTH TRAPS excluded: 'no concerns about home conditions' (no neglect, GCP2 not needed), Mum's bipolar "
        "'stable ... no concerns there' (no parental_mental_health), 'Jess's attendance is 98%'. Form, TAF minutes, "
        "EHM-86043, TM agreed -> nothing missing. NOTICE ACROSS EASTER: 'a week today - Wednesday 28th April' from Wed "
        "21 Apr = Thu 22, Tue 27, Wed 28 = 3 WD (Good Friday 23 and Easter Monday 26 April are bank holidays; a weekday "
        "count gives 5) -> notice not ok -> request_info. 'Mum knows' -> consent null.",
        meeting=date(2038, 4, 28), not_children=["Jessica Dale", "Rob Callister", "Ciara Fitzsimmons"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2038-04-27 16:42:19"
    text = T("""
hiya ff duty

step down to level 3 for tia moran dob 03/02/2029 and jax moran dob 17/09/2033 tia ics 1593320 jax ics 1593321

final cin meeting weds 5th may 10am at stockbridge village family hub

dad is on board with ff and so is mum

worries mum drinking heavy at weekends and jax only in school 3 days out of 5 most weeks

whats working well nan is round every day the house is spot on tia loves her after school club and dad does all the school runs

what needs to happen ff case manager to do parenting with mum and link her in with cgl for the drinking plus an attendance plan with jax school

ring me if any probs 07700 900614

shannon

Sent from my iPhone
""")
    top = plain_top(f, addr("Kelly, Shannon", "Shannon.Kelly@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "step down l3 moran", when, KDOM, None,
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    root = flowed_part(text, cte="7bit")
    add(f, build(top, root, False), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1593320", "1593321"],
        [ch("Tia Moran", "2029-02-03", "03/02/2029", as_written="tia moran"),
         ch("Jax Moran", "2033-09-17", "17/09/2033", as_written="jax moran")],
        ["school_attendance", "substance_misuse"], True, None, [], True, "book_meeting",
        "VERY TERSE PHONE MAIL WITH NO PUNCTUATION AT ALL (no . , ; : ? ! - iPhone format=flowed, all lower case): "
        "names are labelled in normal capitalisation; 'ics 1593320' -> '1593320' (a label before the number is dropped). "
        "Level 3 stated; consent 'dad is on board with ff and so is mum' -> true (required at L3); the three Signs of "
        "Safety headings are there in text-speak ('worries', 'whats working well', 'what needs to happen') and "
        "answered; meeting with date, time and venue. Concerns: substance_misuse (mum drinking heavily) + "
        "school_attendance (Jax 3 days in 5). NOTICE ACROSS THE EARLY MAY BANK HOLIDAY: Tue 27 Apr -> Wed 5 May = 28, "
        "29, 30 Apr, 4, 5 May = exactly 5 WD (Monday 3 May excluded; a weekday count gives 6) -> ok -> book_meeting.",
        meeting=date(2038, 5, 5), not_children=["shannon"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2038-05-25 11:18:40"
    body = T("""
Hi Family First duty,

I'm writing to let you know of the plan to step Leo Parr (DOB 28.10.2028), ICS-1577209, down from CIN to a Level 2 Early Help plan led by his school.

Lead Practitioner: Mrs Aisha Rahim, Pastoral Lead, Sandfield Brook Primary School (Huyton) - she has agreed to take on the role.
Final CIN meeting: Wednesday 2nd June 2038 at 2pm, Huyton Family Hub (Room 2).
Consent: Mum (Donna Parr) has consented to the step down and to Mrs Rahim as Lead Practitioner.

You will see a lot on ICS, so I've pasted the key events from the chronology. None of it is current:

ICS chronology (key events)
14/03/2033 A&E referral - Leo (aged 4) with a skull fracture and bruising to both ears; father's account did not fit; father arrested
15/03/2033 Strategy discussion, s47; Leo and mum moved to maternal grandmother's under a safety agreement
26/04/2033 ICPC - CP plan, category physical abuse
11/2033 Father (Craig Parr) convicted of GBH with intent - 14 years; restraining order protecting Leo and mum until 2053
09/2034 CP plan ended at review conference - CIN
07/2035 CIN closed
01/2037 Re-referral by school (Leo's anxiety and sleep, mum's housing); C&F assessment; CIN since 03/2037

Craig Parr is still in prison (earliest release 2042). There has been no contact since March 2033 and none is planned; the restraining order stands.

What are we worried about?
Leo (9) still gets very anxious at bedtime and on Sunday nights before school, and he has started to hate reading aloud. He has dyslexia - he's on the SEN register and school have applied for an EHCP needs assessment. Mum has felt isolated since the move to Huyton.

What is working well?
Leo's attendance is 98% this year and he loves his football team. There are no concerns about home conditions - the flat is warm, clean and well stocked - and Mum is warm, consistent and works well with school.

What needs to happen?
School (Mrs Rahim) to lead a Level 2 Early Help plan: ELSA sessions for Leo's anxiety, the EHCP request, a reading intervention; Mum to the Family Hub's Tuesday parents' group; TAF review in 6 weeks.

Kind regards
Bisi

Bisi Okonedo
Social Worker | CIN Team (Huyton) | Knowsley Council
0151 496 0650

""") + KDISC
    top = outlook_top(f, addr("Okonedo, Bisi", "Bisi.Okonedo@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Leo Parr - ICS-1577209 - final CIN 02/06", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 2, ["ICS-1577209"], [ch("Leo Parr", "2028-10-28", "28.10.2028")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "NEAR MISS - CLOSED HISTORY: a pasted ICS chronology with a skull fracture at 4, s47, CP plan (physical abuse), "
        "the father's GBH conviction - all 2033-35 and closed; the father is in prison until at least 2042 with no "
        "contact and a restraining order -> not urgent, and no physical_harm / domestic_abuse (historic). Concerns: "
        "disability_send (dyslexia, SEN register, EHCP request); Leo's anxiety is the child's own mental health (no "
        "contract id, NOT parental_mental_health); strengths excluded ('attendance is 98%', 'no concerns about home "
        "conditions'). Complete Level 2 step-down: date, time and venue, all three Signs of Safety headings, Lead "
        "Practitioner named with her agency; consent stated (not required at L2). NOTICE ACROSS THE SPRING BANK "
        "HOLIDAY: Tue 25 May -> Wed 2 Jun = 26, 27, 28 May, 1, 2 Jun = exactly 5 WD (Monday 31 May excluded; 6 "
        "weekdays) -> ok -> book_meeting.",
        meeting=date(2038, 6, 2), not_children=["Donna Parr", "Craig Parr", "Aisha Rahim", "Bisi Okonedo"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2038-05-13 13:37:02"
    body = T("""
Afternoon,

Please find attached the step up request for Mason Carney (DOB 21/06/2034) and Ava Carney (DOB 24/02/2038), EHM-84790, open to Family First since September for neglect.

The GCP2 (completed with mum on 05/05/38) scores level 4 for physical care, and home conditions haven't improved despite six months of intensive work. Attached: the step up form, the GCP2, the minutes of the last TAF (28/04/38), and the health visitor's record of her visit this morning - she emailed it to me at 12.30 and asked me to send it on with the step up.

My TM, Helen Garside, agreed the step up this morning.

Step up TAF: Wednesday 26th May at 10am, Prescot Family Hub. The calendar invite has gone to the MASH inbox and MASH business support.

Thanks
Jordan

Jordan Lacey
Family First Case Manager | Prescot Team | Knowsley Council
0151 496 0449

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Carney.docx", appendix1([
        ("Case ID on EHM:", "EHM-84790"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "26/05/2038 10:00, Prescot Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Medium"),
        ("Recent TAF meeting minutes attached:", "Yes - 28/04/2038"),
        ("What are we worried about?", ""),
        ("Current Concerns (Impact on child)", "Home conditions: rubbish bags in the kitchen, dog mess upstairs, no "
         "bedding on Mason's bed. Mason (3) has missed his 2-year review and his dental appointments and often arrives "
         "at nursery hungry. Ava (11 weeks) has missed her 8-week immunisations."),
        ("Past Harm", "None recorded."),
        ("Complicating Factors", "Mum is on her own since dad left in January; debt."),
        ("What is working well?", ""),
        ("Existing Strengths", "Mum loves the children and Mason is attached to her. Nursery place in place."),
        ("Existing Safety", "Mum's sister visits on Sundays."),
        ("What next?", ""),
        ("Goals", "A clean, safe home; the children's health appointments kept; Mason at nursery every day."),
        ("Next Steps", "Step up for a C&F assessment."),
        (EF_Q_SHORT, "N/A"),
        ("Graded Care profile (If neglect should be completed).", "Completed 05/05/2038 - attached"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Helen Garside, 13/05/2038"),
        ("Contingency plan (Smart and timely).", "Twice-weekly visits; HV fortnightly.")]))
    gcp2 = pdf_att("GCP2 - Carney - 05.05.38.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Carney (Mason and Ava scored)", "Completed by: Jordan Lacey, Family First, with mum on 05/05/2038", "",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3", "",
        "Housing: rubbish in the kitchen, dog mess upstairs; Mason's bed has no bedding.",
        "Health: Mason's 2-year review and dental appointments missed; Ava's 8-week immunisations missed."])
    minutes = docx_att("TAF minutes 28.04.38 - Carney.docx", [
        "# TAF meeting - minutes", "Date: 28/04/2038, 13:30, Prescot Family Hub",
        "Present: Stacey Carney (mum), Jordan Lacey (Family First, chair), nursery, health visitor",
        "Nursery: Mason often hungry on arrival; attendance 70%.",
        "HV: Ava feeding and growing at the 6-8 week check (15/04); immunisations to be booked.",
        "Agreed: GCP2 to be completed; Jordan to discuss a step up with her TM."])
    hv = pdf_att("HV home visit record 13.05.38 - Ava Carney.pdf", "Health Visiting Service - Home Visit Record", [
        "Child: Ava Carney   DOB: 24/02/2038 (11 weeks)   NHS no. 943 476 5919",
        "Date of visit: 13/05/2038   Time: 10:05 - 11:20",
        "Visit by: Claire Ashworth, Health Visitor, Prescot 0-19 Team",
        "Present: mum (Stacey Carney), Ava, Mason (3) - Mason not at nursery today.", "",
        "Observations: Ava pale, floppy and difficult to rouse; a weak, minimal cry. Fontanelle sunken.",
        "Nappy dry - mum says it has been dry 'since last night'. Lips dry and cracked.",
        "Weight: 4.05 kg (4.62 kg at the 6-8 week check on 15/04/2038).",
        "Feeding: mum says the formula ran out on Monday and she has been giving Ava cooled boiled water",
        "and 'a bit of baby rice' since.", "",
        "Advice: Ava needs to be seen at A&E today. I offered to drive mum and both children to Whiston.",
        "Mum declined - she said she would 'see how Ava is tonight' - and asked me to leave. I left at 11:20.",
        "GP surgery informed 11:35; the surgery has rung mum twice with no answer.", "",
        "Plan: HV to re-visit tomorrow morning. Record shared with the Family First case manager (Jordan Lacey)."])
    top = outlook_top(f, addr("Lacey, Jordan", "Jordan.Lacey@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Carney - EHM-84790", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Garside, Helen", "Helen.Garside@" + KDOM)]))
    add(f, mail(f, top, body, [form, gcp2, minutes, hv], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-84790"],
        [ch("Mason Carney", "2034-06-21", "21/06/2034"), ch("Ava Carney", "2038-02-24", "24/02/2038")],
        ["neglect"], None, True, [], True, "alert_duty",
        "URGENT ONLY IN AN ATTACHED PDF, IN PLAIN WORDS (none of the alarm words anywhere): the covering mail is a "
        "routine, complete neglect step-up; the health visitor's record of this morning's visit says an 11-week-old is "
        "pale, floppy, hard to rouse, fontanelle sunken, nappy dry since last night, 570 g lighter than four weeks "
        "ago, fed only water since Monday, and mum REFUSED A&E and asked the HV to leave -> a baby needing medical care "
        "today with a parent refusing it -> safety rule 1 (attachments are read) -> alert_duty. Concern neglect (GCP2 "
        "attached, so gcp2 met). Form, TAF minutes, EHM-84790, TM agreed; TAF Wed 26 May 10:00 from Thu 13 May = 14, "
        "17-21, 24, 25, 26 = 9 WD -> ok; nothing missing. Consent not mentioned -> null.",
        meeting=date(2038, 5, 26), not_children=["Stacey Carney", "Claire Ashworth", "Helen Garside", "Jordan Lacey"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2038-05-28 09:12:55"
    add(f, itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Megan Quinn", "Megan.Quinn@" + KDOM), "DECLINED",
                      "Step-up TAF meeting - EHM-83611", "20380609T100000", "20380609T113000", "Microsoft Teams Meeting",
                      comment="Declining as I'm on annual leave that week. Bryony Tate (MASH social worker) will chair "
                              "in my place - I've forwarded the invite to her.",
                      to_name="Quinn, Megan", cc=addr("Knowsley MASH", KMASH)),
        "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-83611"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=DECLINED) with a COMMENT naming a stand-in chair, "
        "copied to the MASH inbox -> meeting_reply, record_reply. The case id written in the meeting SUMMARY is "
        "labelled (earlier sets' convention); the COMMENT's administrative facts (who chairs) are not labelled. "
        "No requirements, so missing [] and notice null.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2038-06-08 10:03:12"
    q, subj = ack_block("SB-knowsley-63", "step-up request",
                        ["Child: Harvey Lunt (14/11/2013)", "Case ID on EHM: EHM-86519",
                         "Step-up TAF meeting: Wednesday 16 June 2038, 10:00, Teams"],
                        ["Graded Care Profile 2 (GCP2)"], "07 June 2038 16:21", "Brennan, Sophie", "Knowsley MASH",
                        KMASH)
    body = T("""
Hi,

Sorry - wrong DOB for Harvey in my email yesterday. It should be 14/11/2031, not 14/11/2013 (typo - he's 6, not 24!). Everything else in the request is right.

The GCP2 is with the HV for her scores - I'll send it as soon as it comes back.

Sophie

Sophie Brennan | Family First Case Manager | Kirkby Team | Knowsley Council | 0151 496 0342
""") + q + "\n" + KDISC
    top = outlook_top(f, addr("Brennan, Sophie", "Sophie.Brennan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: " + subj, when, reply_to_mid="<SB-knowsley-63.ack.20380607162100@knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "follow_up", False, None, ["EHM-86519"], [ch("Harvey Lunt", "2031-11-14", "14/11/2031")],
        [], None, None, [], None, "attach_to_request",
        "A CORRECTION IN THE SAME THREAD ('Sorry - wrong DOB ... It should be 14/11/2031, not 14/11/2013'): a reply to "
        "[SB-knowsley-63] -> follow_up, attach_to_request. The latest statement wins: Harvey's DOB is 2031-11-14, not "
        "the 14/11/2013 in the quoted acknowledgement. EHM-86519 from the quoted ack. The ack's 'What is missing: "
        "Graded Care Profile 2' implies a neglect request but states no concern -> concerns []; the promised GCP2 is "
        "not attached, but a follow_up has no requirements (missing [], notice null).",
        not_children=["Sophie Brennan"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2038-06-08 15:27:48"
    body = T("""
Hi MASH,

Step up request for Kieran Walsh (DOB 5 March 2022) and Maisie Walsh (DOB 11 November 2028), EHM-85902. The step up form and the minutes of the last TAF are attached. My TM, Lynne Garvey, agreed the step up in supervision yesterday (07/06).

Step up TAF: Thursday 17th June 2038 at 1.30pm, Huyton Family Hub (and on Teams for anyone who can't get there). I'll send the invite to the MASH inbox and MASH business support today.

Tola

Tola Adeyemi
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0717

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Walsh.docx", appendix1([
        ("Case ID on EHM:", "EHM-85902"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "17/06/2038 13:30"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - dad has been to every TAF"),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about?", ""),
        ("Current Concerns (Impact on child)", "Kieran (16) is smoking cannabis every day - dad finds it in his room "
         "most weeks. He has taken £600 from dad's bank account since March to buy it, punched a hole in his bedroom "
         "door when dad took his phone, and sleeps most of the day. Maisie (9) has started having nightmares and "
         "doesn't want to be in the house when Kieran is angry. Dad (Martin Walsh) doesn't drink or use drugs himself "
         "and is doing everything he can, but he can't keep cannabis out of the house."),
        ("Past Harm", ""),
        ("Complicating Factors", ""),
        ("What is working well?", ""),
        ("Existing Strengths", "Dad is a loving, consistent parent. Maisie's attendance is 98% and school have no "
         "concerns about her. No concerns about home conditions."),
        ("Existing Safety", ""),
        ("What next?", ""),
        ("Goals", "Kieran working with the young people's drug service and back in education or training."),
        ("Next Steps", "C&F assessment. Referral to the young people's substance misuse service made 01/06 (first "
         "appointment 22/06)."),
        ("Scaling Question: (add question here)", ""),
        ("Have you considered/completed/reviewed if applicable:", ""),
        (EF_Q_FULL, "N/A"),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", ""),
        ("Up to date police information if applicable:", ""),
        ("Agreement by line manager:", "Lynne Garvey, Team Manager, 07/06/2038"),
        ("Contingency plan (Smart and timely).", "")]))
    minutes = pdf_att("TAF minutes 25.05.38 - Walsh.pdf", "TAF meeting minutes - 25/05/2038 - Walsh family", [
        "Present: Martin Walsh (dad), Tola Adeyemi (Family First, chair), Maisie's class teacher, Kieran's youth worker.",
        "Kieran did not attend. Dad: cannabis found in Kieran's room three times this month; money missing.",
        "School: Maisie 98% attendance, settled; she told her teacher she is 'scared of Kieran when he shouts'.",
        "Agreed: referral to the young people's substance misuse service; Tola to discuss a step up with her TM."])
    top = outlook_top(f, addr("Adeyemi, Tola", "Tola.Adeyemi@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Walsh - EHM-85902", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Garvey, Lynne", "Lynne.Garvey@" + KDOM)]))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-85902"],
        [ch("Kieran Walsh", "2022-03-05", "5 March 2022"), ch("Maisie Walsh", "2028-11-11", "11 November 2028")],
        ["substance_misuse"], None, True, [], True, "book_meeting",
        "TEMPLATE HEADINGS WITH EMPTY ANSWERS: the attached Appendix 1 leaves 'Past Harm', 'Complicating Factors', "
        "'Existing Safety', the scaling question, the MEA, police information and the contingency plan blank - a blank "
        "states nothing (no exploitation concern, so no MEA is needed; 'N/A' to the GCP2 and toolkit). SUBSTANCE MISUSE "
        "BY AN OLDER SIBLING IN THE HOUSEHOLD, NOT THE PARENT: Kieran (16, a child of the household) smokes cannabis "
        "daily; dad 'doesn't drink or use drugs himself' -> substance_misuse is still a current concern of the "
        "household. Strengths excluded (Maisie 98%, no concerns about home conditions). Form, TAF minutes, EHM-85902, "
        "TM agreed; TAF Thu 17 Jun 13:30 from Tue 8 Jun = 9, 10, 11, 14-17 = 7 WD -> ok -> book_meeting. Consent not "
        "mentioned -> null.",
        meeting=date(2038, 6, 17), not_children=["Martin Walsh", "Lynne Garvey", "Tola Adeyemi"])

# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2038-04-19 09:34:10"
    inner_body = T("""
Hi Deb,

As we discussed in supervision this afternoon, here is my step up request for the Ahmadi family (Mosaic ID 2381456), for you to send to the MASH step-up inbox. The case summary is attached.

Rationale for stepping up to Children's Services
- Since January there have been two police call-outs (11 January and 28 March) after neighbours heard shouting. On 28 March mum had a cut lip and told police that her husband, Reza Ahmadi, pushed her into the door frame; she withdrew her statement the next day.
- Mum tells me Reza controls the money, checks her phone and won't let her see her sister. She is frightened of what will happen if she leaves.
- Mum has PTSD from her journey to the UK and has stopped going to her Talking Therapies sessions; she told me last week she "can't think straight".
- Soraya told her teacher she "hates the shouting" and has started wetting the bed; Dariush hides behind the sofa when his dad comes home.
- Three months of Early Help (TAF, IDVA referral, Freedom Programme offer) have not changed things, and mum says she will not leave or support a prosecution.
I think the threshold for Children's Services is met: the children are living with domestic abuse that is getting worse, and their mum's mental health is deteriorating.

What isn't a worry: there are no concerns about home conditions (clean, warm, plenty of food) and Soraya's attendance is 98%.

Mum knows I am asking for a step up and understands why.

Priya

Priya Sandhu | Early Help Practitioner | Wandsworth West Early Help Team
020 7946 0561
""")
    summary = docx_att("Case summary - Ahmadi - April 2038.docx", [
        "# Case summary - Ahmadi family (Mosaic ID 2381456)",
        "Children: Soraya Ahmadi (DOB 09/09/2029), Dariush Ahmadi (DOB 30/04/2033)",
        "Parents: Leila Ahmadi (mother, 31), Reza Ahmadi (father, 38)",
        "Early Help since 14/01/2038 - lead practitioner Priya Sandhu (Early Help Practitioner)",
        "# Chronology",
        "11/01/2038 Police attend - verbal argument reported by neighbours; no offences recorded.",
        "14/01/2038 Early Help assessment opened (school referral: Soraya's bedwetting and tiredness).",
        "02/02/2038 TAF 1 - IDVA referral accepted by mum; Freedom Programme offered.",
        "28/03/2038 Police attend - mum with a cut lip; Reza arrested and released; statement withdrawn 29/03.",
        "09/04/2038 TAF 3 - mum has stopped Talking Therapies; says she will not leave.",
        "# Current picture",
        "Coercive control and physical abuse of mum by Reza; mum's untreated PTSD; both children showing distress.",
        "Home conditions good; Soraya's attendance 98%; Dariush at nursery 4 days a week."])
    inner_root = multipart("mixed", [text_part(inner_body), summary], bnd(f + "inner", 1))
    inner = build(inner_top(addr("Sandhu, Priya", "Priya.Sandhu@" + RDOM), addr("Marsh, Deborah", "Deborah.Marsh@" + RDOM),
                            "Step up - Ahmadi family - Mosaic ID 2381456", "2038-04-16 16:05:12",
                            msgid(f + "inner", "LO2P265MB7731.GBRP265.PROD.OUTLOOK.COM")), inner_root, crlf=False)
    body = T("""
Good morning MASH,

I'm forwarding Priya's email as an attachment so you have her case summary with it - it didn't come through properly when I tried to forward it inline.

We discussed the family in supervision on Friday. I agree with Priya that the Ahmadi family should step up to Children's Services; the rationale is set out in her email.

Please send the case discussion invitation to me - Priya will join too.

Deborah

Deborah Marsh
Early Help Team Manager | Wandsworth West | Richmond and Wandsworth Councils
020 7946 0540

""") + RDISC
    top = outlook_top(f, addr("Marsh, Deborah", "Deborah.Marsh@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Ahmadi family - Mosaic ID 2381456", when,
                      cc=addr("Sandhu, Priya", "Priya.Sandhu@" + RDOM))
    add(f, mail(f, top, body, [rfc822_part(inner, "Step up - Ahmadi family - Mosaic ID 2381456.eml")], html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2381456"],
        [ch("Soraya Ahmadi", "2029-09-09", "09/09/2029"), ch("Dariush Ahmadi", "2033-04-30", "30/04/2033")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], None, "book_meeting",
        "THE REAL REQUEST IN A MAIL FORWARDED AS AN ATTACHMENT (message/rfc822): the Early Help Team Manager's covering "
        "note only says she agrees; the worker's attached mail carries the rationale under its own heading and, inside "
        "it, the case summary .docx (a nested attachment) with the children and DOBs -> both RW step-up documents met "
        "-> book_meeting. Manager true (the sending EH TM: 'I agree'). 'Mosaic ID 2381456' -> '2381456'. Concerns: "
        "domestic_abuse + parental_mental_health (mum's untreated PTSD); strengths excluded ('no concerns about home "
        "conditions', 'attendance is 98%'). 'Mum knows ... and understands why' -> consent null (not required).",
        not_children=["Leila Ahmadi", "Reza Ahmadi", "Priya Sandhu", "Deborah Marsh"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2038-05-12 11:06:51"
    orig = T("""
Dear MASH colleagues,

I'm requesting a step-up case discussion for the Brooks family. Tom Akande (Early Help Practitioner) is the lead practitioner; I'm his team manager and I agree that the family needs to step up to Children's Services.

Children: Ethan Brooks (DOB 07/03/2031) and Charlie Brooks (DOB 19/12/2032), Mosaic 2270918.

Case summary
Open to Early Help since October 2037, after police attended a domestic incident at the family home. Mum (Hayley Brooks) separated from the boys' father, Lee Brooks, in September 2037. A non-molestation order was made on 12/01/2038; Lee breached it in March and was charged and bailed. His contact with the boys is supervised only, at the contact centre, by agreement in the family court proceedings. In February Lee told the contact centre he had "nothing to live for"; he is open to the community mental health team. The boys are doing well at East Sheen Meadows Primary and mum is a protective parent.

Rationale for step up
The abuse has carried on after separation (the March breach, 40+ messages a day to mum), Lee's mental health is deteriorating, and on 6 May mum reported that he had talked about "taking the boys somewhere nobody will find us". Early Help cannot manage this level of concern and we think a C&F assessment is needed.

Any day next week suits me for the discussion, ideally Tuesday.

Nina
""")
    body = T("""
Please ignore my email of 09:15 below asking for a case discussion next week - this is now urgent and can't wait.

Mum rang Tom at 10:40. Lee Brooks collected Ethan and Charlie from East Sheen Meadows Primary at 10:15, telling the office it was a dentist appointment - the school didn't know about the contact arrangements. He has since texted mum "you'll never see them again, we're all going to be with my dad". His dad died last year. His phone is now switched off.

Mum has called 999 and the police are on their way to her. I am ringing the MASH duty line now as well; I'm sending this so that you have it in writing. Lee drives a grey Vauxhall Astra and has had no fixed address since March.

Nina

Nina Achterberg
Early Help Team Manager | Richmond North | Richmond and Wandsworth Councils
020 7946 0588
""") + quote("Achterberg, Nina <Nina.Achterberg@%s>" % RDOM, "12 May 2038 09:15", "MASH Step Up <%s>" % RSU,
             "Step up - Brooks boys - Mosaic 2270918 - case discussion please", orig,
             cc="Akande, Tom <Tom.Akande@%s>" % RDOM) + "\n" + RDISC
    top = outlook_top(f, addr("Achterberg, Nina", "Nina.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Step up - Brooks boys - Mosaic 2270918 - case discussion please", when,
                      cc=addr("Akande, Tom", "Tom.Akande@" + RDOM), extra=[("Importance", "high")])
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2270918"],
        [ch("Ethan Brooks", "2031-03-07", "07/03/2031"), ch("Charlie Brooks", "2032-12-19", "19/12/2032")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], None, "alert_duty",
        "A SECOND THOUGHT IN THE SAME THREAD THAT TURNS A ROUTINE REQUEST URGENT: 'Please ignore my email of 09:15 "
        "below ... this can't wait' - the father, allowed only supervised contact, took both boys from school on a false "
        "pretext 50 minutes ago, texted 'you'll never see them again, we're all going to be with my dad' (his father is "
        "dead) and switched his phone off -> a threat to the children's lives now -> alert_duty (police already called: "
        "still urgent, the children are with him). The quoted 09:15 request is still the step-up: children, DOBs and "
        "Mosaic id, 'Case summary' and 'Rationale for step up' pasted under their own headings (both met), the sending "
        "EH TM agrees -> manager true, nothing missing. Concerns: domestic_abuse + parental_mental_health (the "
        "father's). Consent not mentioned -> null.",
        not_children=["Hayley Brooks", "Lee Brooks", "Tom Akande", "Nina Achterberg"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2038-05-06 15:52:30"
    body = T("""
Dear MASH colleagues,

I am requesting a pre-birth step up for the Okafor family.

Mum: Adaeze Okafor (24), 26 weeks pregnant - the baby (Baby Okafor) is due on 14/08/2038.
Child: Chidera Okafor (DOB 05/05/2035), who turned 3 yesterday - Mosaic 2399120.
Mum's partner and the unborn baby's father: Kelechi Eze (29), who moved in in January.

The family have been open to Early Help since March 2037 (mum's low mood after Chidera's birth, and housing). Since Kelechi moved in, mum has told the health visitor and our practitioner that he uses cocaine "most weekends" and she has found it in the flat. Mum's own mental health has gone downhill in this pregnancy - the midwife has referred her to the perinatal mental health team.

The latest case summary is attached. I will send the rationale separately after I have spoken to the midwife tomorrow - she has information from the booking appointment that I need to include.

Mum has agreed to this referral. I have reviewed the case with Joy Mensah, the Early Help practitioner, and I agree that it needs to step up.

Kind regards
Funmi

Funmi Oyelowo
Early Help Team Manager | Battersea | Richmond and Wandsworth Councils
020 7946 0602

""") + RDISC
    summary = docx_att("Case summary - Okafor - May 2038.docx", [
        "# Case summary - Okafor family (Mosaic 2399120)",
        "Child: Chidera Okafor (DOB 05/05/2035). Unborn baby: EDD 14/08/2038.",
        "Mother: Adaeze Okafor (24). Partner: Kelechi Eze (29), father of the unborn baby.",
        "Early Help since 22/03/2037 - practitioner Joy Mensah.",
        "Chidera: healthy, at nursery 3 days a week, meeting his milestones.",
        "Mum: low mood since Chidera's birth; worse in this pregnancy; perinatal mental health referral 04/05/2038.",
        "Partner: cocaine use at weekends reported by mum; he has not met the practitioner."])
    top = outlook_top(f, addr("Oyelowo, Funmi", "Funmi.Oyelowo@" + RDOM), addr("MASH Step Up", RSU),
                      "Pre-birth step up - Okafor - Mosaic 2399120", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["2399120"], [ch("Chidera Okafor", "2035-05-05", "05/05/2035")],
        ["parental_mental_health", "substance_misuse"], True, True, ["rationale"], None, "request_info",
        "AN UNBORN BABY: a pre-birth step-up; 'the baby (Baby Okafor) is due on 14/08/2038' is an EDD, not a DOB, and "
        "an unborn baby is never a child -> only Chidera (DOB 05/05/2035) is labelled. Case summary attached; the "
        "rationale is promised 'separately' -> missing -> request_info. Concerns: substance_misuse (the partner's "
        "cocaine use) + parental_mental_health (mum's perinatal mental health). Consent 'Mum has agreed' -> true (not "
        "required); the sending EH TM 'I agree that it needs to step up' -> manager true.",
        not_children=["Baby Okafor", "Adaeze Okafor", "Kelechi Eze", "Joy Mensah", "Funmi Oyelowo"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2038-05-18 12:44:09"
    body = T("""
Hi,

A question for whoever picks up this inbox - it's hypothetical, not about a family I'm working with. I'm preparing a scenario for our team's practice session on Thursday and I want to get the advice right before I put it in front of everyone.

1. If a 15-year-old told us her boyfriend is 24 and that she has been staying over at his flat, would that go as a step up through my team manager and this inbox, or straight to MASH as a new contact?

2. If a parent on our caseload said she was thinking of "ending it and taking the kids with me", I assume we'd ring MASH there and then rather than emailing - is that right, and which number do we use out of hours?

3. If a step-up case discussion is already booked and something serious happens in between, do we wait for the discussion or phone?

There are no names because there is no actual case. Happy to be pointed to the right document if this is all written down somewhere.

Thanks
Callum

Callum Reid
Early Help Practitioner | Twickenham Early Help Team | Richmond and Wandsworth Councils
020 7946 0615

""") + RDISC
    top = outlook_top(f, addr("Reid, Callum", "Callum.Reid@" + RDOM), addr("MASH Step Up", RSU),
                      "Question - step up or straight to MASH? (hypothetical)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - HYPOTHETICALS: a practitioner's questions for a practice session ('it's hypothetical, not about a "
        "family I'm working with', 'there is no actual case') about a 15-year-old with a 24-year-old boyfriend and a "
        "parent 'ending it and taking the kids with me' -> no real child, nothing happening -> not urgent, no concerns, "
        "no children. A general enquiry, not a request -> other -> human_review.",
        not_children=["Callum Reid"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2038-06-02 10:21:44"
    body = T("""
Hi Early Help duty,

Following my call with Jasper Quint yesterday morning, we agreed a case discussion on Thursday 3 June at 2pm (Teams) about stepping Ella Grant (DOB 12/10/2024) and Ruby Grant (DOB 27/03/2031) down to Early Help. The latest case summary and the draft plan for Early Help are attached.

Update on consent: when I visited yesterday afternoon, mum (Nicola Grant) told me that she has declined any further involvement - from us or from Early Help. She says the family "has had enough of services". I've explained what Early Help could offer and left her the leaflets. I would still like to hold the discussion so we can agree what happens next.

Background: the girls have been open to CIN since November 2037 because of Ella's self-harm and Ruby's attendance. Ella (13) is under CAMHS for anxiety and low mood, has a safety plan and hasn't self-harmed since February. Ruby's attendance is 88% and improving. Mum's own mental health is good and there are no concerns about home conditions.

Thanks
Liam

Liam Forde
Social Worker | CIN Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0637

""") + RDISC
    summary = docx_att("Case summary - Grant - June 2038.docx", [
        "# Case summary - Grant (Mosaic 2301775 / 2301776)",
        "Ella Grant (DOB 12/10/2024) - CAMHS since December 2037 (anxiety, low mood); safety plan; no self-harm "
        "since February 2038.", "Ruby Grant (DOB 27/03/2031) - attendance 72% in the autumn term, 88% this term.",
        "Mother: Nicola Grant, sole carer. No concerns about her mental health or home conditions.",
        "CIN plan since 24/11/2037; reviews 02/2038 and 05/2038 - progress on all actions."])
    plan = docx_att("Draft Early Help plan - Grant.docx", [
        "# Draft Early Help plan - Grant family",
        "1. Ruby: attendance plan with school - target 95% by October.",
        "2. Ella: continue CAMHS; school counsellor weekly.",
        "3. Mum: parenting teenagers course (optional)."])
    top = outlook_top(f, addr("Forde, Liam", "Liam.Forde@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Grant - Mosaic 2301775 / 2301776 - case discussion Thurs 3/6", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2301775", "2301776"],
        [ch("Ella Grant", "2024-10-12", "12/10/2024"), ch("Ruby Grant", "2031-03-27", "27/03/2031")],
        ["school_attendance"], False, None, ["consent"], None, "request_info",
        "CONSENT REFUSED IN NEW WORDS: mum 'has declined any further involvement - from us or from Early Help' -> "
        "consent false -> missing -> request_info (case summary and draft plan are attached). PARENTAL vs CHILD MENTAL "
        "HEALTH: Ella's anxiety, low mood and self-harm are the child's own (no contract id - not "
        "parental_mental_health), and 'Mum's own mental health is good' is negated. Concern school_attendance (Ruby "
        "88%, the plan's first action); 'no concerns about home conditions' excluded. Two Mosaic ids written "
        "'Mosaic 2301775 / 2301776'.",
        not_children=["Nicola Grant", "Jasper Quint", "Liam Forde"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2038-06-14 14:22:37"
    body = T("""
Just left the Doherty house. Baby Mia Doherty (10 wks) has a bruise the size of a 10p on her left cheek and a red mark behind her ear - mum says the 2 yr old did it. Dad came home while I was there and told me to leave. I'm parked outside in my car. What do I do?

Jade 07700 900482

Get Outlook for iOS
""")
    top = plain_top(f, addr("Mulvey, Jade", "Jade.Mulvey@" + RDOM), addr("MASH Step Up", RSU),
                    "Doherty - need advice now", when, "LO3P265MB8822.GBRP265.PROD.OUTLOOK.COM", None,
                    extra=[("X-Mailer", "Outlook for iOS")])
    add(f, build(top, text_part(body, crlf=False), False), "richmond_wandsworth", "mash_step_up", when, 1,
        "urgent", "other", True, None, [], [ch("Mia Doherty")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT IN A VERY TERSE MAIL, IN PLAIN WORDS (no alarm words): bruising to the cheek and behind the ear of a "
        "10-week-old (non-mobile) baby, blamed on a 2-year-old, the father ordering the worker out, the worker parked "
        "outside asking 'What do I do?' -> alert_duty. An Early Help worker asking for advice, not requesting a step "
        "-> other (earlier sets' convention); physical_harm; 'Baby Mia Doherty (10 wks)' gives the child, no DOB.",
        not_children=["Jade"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2038-06-24 09:48:12"
    body = T("""
Dear Jasper,

Thank you for agreeing a step-down case discussion when we spoke this morning. Confirming what we agreed: Monday 28 June at 10:00 on Teams. The latest case summary (June 2038) and the draft Early Help plan are attached.

Noor Haddad (DOB 03/08/2023), Mosaic 2355018.

You will see from the summary that Noor took an overdose of paracetamol on 6 February. She was admitted to Kingston Hospital for two nights and has been followed up by CAMHS, and there have been no further incidents. She wrote a safety plan with her CAMHS worker, her parents keep all medicines locked away, and she sees CAMHS fortnightly. Noor says she feels "a lot better" and she is back at school full time (attendance 96% since Easter).

Consent: Noor and both parents (Rami and Leila Haddad) consent to Early Help continuing the plan, and to Sam Ortiz at Richmond Youth Hub taking on the Lead Professional role.

There are no concerns about either parent's mental health or care of Noor. What is left for Early Help is mainly Noor's worry about her GCSEs and helping her parents talk with her about how she is feeling.

Kind regards
Anna

Anna Kowalski
Social Worker | CIN Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0659

""") + RDISC
    summary = pdf_att("Case summary - Noor Haddad - June 2038.pdf", "Case summary - Noor Haddad (Mosaic 2355018)", [
        "DOB: 03/08/2023. Parents: Rami Haddad, Leila Haddad. Sibling: none.",
        "06/02/2038 Paracetamol overdose; admitted to Kingston Hospital 06-08/02/2038.",
        "08/02/2038 CAMHS assessment; safety plan agreed with Noor and her parents.",
        "C&F assessment 03/2038: parents protective and attuned; CIN plan for 3 months.",
        "CIN reviews 04/2038 and 06/2038: no further incidents; medicines locked away; attendance 96% since Easter.",
        "Recommendation: step down to Early Help (Richmond Youth Hub) with CAMHS continuing."])
    plan = docx_att("Draft Early Help plan - Noor Haddad.docx", [
        "# Draft Early Help plan - Noor Haddad",
        "Lead Professional: Sam Ortiz, Richmond Youth Hub",
        "1. Weekly youth worker sessions (exam anxiety, friendships).",
        "2. Family sessions to help Noor and her parents talk about how she is feeling.",
        "3. CAMHS to continue fortnightly; school pastoral check-ins."])
    top = outlook_top(f, addr("Kowalski, Anna", "Anna.Kowalski@" + RDOM), addr("Early Help Duty", RED),
                      "Step down confirmation - Noor Haddad - Mosaic 2355018 - case discussion Mon 28/06 10:00", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2355018"], [ch("Noor Haddad", "2023-08-03", "03/08/2023")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS - A CHILD'S OWN CRISIS, OVER AND MANAGED: a 14-year-old's paracetamol overdose in February "
        "(admitted, CAMHS, safety plan, medicines locked away, no further incidents) -> not urgent. A child's own mental "
        "health maps to no contract id and the parents' is negated ('no concerns about either parent's mental "
        "health') -> concerns []; attendance 96% is a strength. Complete RW step-down: case summary, draft plan, "
        "consent from Noor and both parents -> book_meeting.",
        not_children=["Rami Haddad", "Leila Haddad", "Sam Ortiz", "Anna Kowalski"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2038-05-07 12:10:33"
    q, subj = ack_block("SB-richmond_wandsworth-214", "step-up request",
                        ["Child: Chidera Okafor (05/05/2035)", "Mosaic: 2399120"],
                        ["the rationale for the plan to step up to Children's Services"], "06 May 2038 16:01",
                        "Oyelowo, Funmi", "MASH Step Up", RSU)
    body = T("""
Good afternoon,

The rationale for the step up is attached, as promised - I spoke to the midwife this morning.

Funmi

Funmi Oyelowo
Early Help Team Manager | Battersea | Richmond and Wandsworth Councils
""") + q + "\n" + RDISC
    rationale = docx_att("Rationale for step up - Okafor - 07.05.38.docx", [
        "# Rationale for step up to Children's Services - Okafor family (Mosaic 2399120)",
        "Chidera Okafor (DOB 05/05/2035) and the unborn baby (EDD 14/08/2038).",
        "1. Mum's partner, Kelechi Eze, uses cocaine most weekends; the midwife reports he attended the booking "
        "appointment under the influence.",
        "2. Mum's perinatal mental health has declined; she is waiting for the perinatal mental health team.",
        "3. Fourteen months of Early Help have not reduced these worries, and a new baby is due in August.",
        "Mum has agreed to the step up.",
        "Agreed by: Funmi Oyelowo, Early Help Team Manager, 07/05/2038"])
    top = outlook_top(f, addr("Oyelowo, Funmi", "Funmi.Oyelowo@" + RDOM), addr("MASH Step Up", RSU), "RE: " + subj,
                      when, reply_to_mid="<SB-richmond_wandsworth-214.ack.20380506160100@richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [rationale], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2399120"], [ch("Chidera Okafor", "2035-05-05", "05/05/2035")],
        ["parental_mental_health", "substance_misuse"], True, True, [], None, "attach_to_request",
        "A LATER MESSAGE ADDING THE MISSING DOCUMENT: a reply to [SB-richmond_wandsworth-214] attaching the promised "
        "rationale for the pre-birth step-up -> follow_up, attach_to_request. Child and Mosaic id from the quoted ack; "
        "concerns, consent ('Mum has agreed') and manager ('Agreed by: ... Early Help Team Manager') from the attached "
        "rationale. The unborn baby (EDD 14/08/2038) is not a child.",
        not_children=["Kelechi Eze", "Funmi Oyelowo"])

# ============================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2038-05-11 14:55:20"
    body = T("""
Dear MAST colleagues,

MAST STEP-UP REQUEST - CHOWDHURY FAMILY - MOSAIC 2512340

1. Purpose of this email
1.1 This is a formal request for the Chowdhury family to step up from Targeted Early Help to Children's Social Care through MAST.
1.2 The completed Multi-Agency Request for Support form (MARF) is attached.
1.3 My line manager, Shirin Akter (Early Help Team Manager), read this request and agreed it at 13:30 today; she is copied in.

2. Family composition
2.1 Mother: Rehana Begum (34), main carer.
2.2 Maryam Chowdhury, DOB 17/01/2030 (8), Year 3 at Bowman Park Primary School.
2.3 Ishaan Chowdhury, DOB 02/06/2034 (3), at Overland Children's Centre nursery three mornings a week.
2.4 Father: Anwar Chowdhury, who has lived in Sylhet since 2036 and has no contact.
2.5 Mother's cousin, Mr Faruk Miah (about 30), has been staying in the flat since April.

3. Background and Early Help involvement
3.1 The family have been open to Targeted Early Help since September 2037, after a referral from Bowman Park Primary about Maryam's attendance and mum's low mood.
3.2 A TAF has met six-weekly since October, with Bowman Park Primary, the health visitor, Overland Children's Centre and the housing officer. Mum was referred to Talking Therapies in October and has attended four of ten sessions.
3.3 Housing: a two-bedroom flat on the fourth floor, overcrowded since Mr Miah arrived; he sleeps in the living room. A housing transfer application was made in January and the family are in Band 2.
3.4 An attendance plan was agreed at the November TAF; Maryam's attendance rose to 88% in the spring term and has since fallen back.

4. Current concerns
4.1 Maryam's attendance is 79% this year, with most absences on Mondays and Fridays.
4.2 Mum's depression has worsened since February; she told me she "can't get out of bed some days".
4.3 The flat is overcrowded and mum is two months behind with the rent.

5. What is working well
5.1 Mum loves her children and is honest with professionals about how she is feeling.
5.2 Maryam is described by her teacher as bright and kind.
5.3 The children's maternal aunt visits twice a week and helps with shopping.

6. Voice of the child
6.1 Maryam says she likes school "when I'm there" and that her favourite thing is drawing.
6.2 She has told her teacher that she worries about mum being sad.
6.3 At 11:20 today Maryam told her class teacher, Ms Okoro, that Mr Miah "comes into my bed when everyone is asleep" and that he told her "tonight is our secret night again". She asked her teacher not to tell mum because Mr Miah had said mum would be sent away. The school's Designated Safeguarding Lead has recorded it and is ringing MAST; I am adding it here because it changes everything in this request.

7. Analysis
7.1 Before today, my view was that the family's needs had outgrown Early Help: attendance and mum's mental health have not improved after eight months of a coordinated plan, and mum has told me more than once that she does not feel able to manage the household as it is. I had discussed this with my manager in supervision on 4 May and we had agreed that a step-up request should be made this week.
7.2 What Maryam said today is a disclosure of sexual abuse by an adult who is living in the home and who has told her it will happen again tonight.
7.3 Ishaan is too young to tell us about his experience, and he shares the bedroom and the bed with his sister and mum.

8. Request
8.1 I am asking MAST to accept this step-up and to consider today whether Maryam and Ishaan can stay in the flat tonight while Mr Miah is there.
8.2 Mum consented to the MARF being sent to MAST on 10/05/2038; she does not yet know about Maryam's disclosure.

9. Attachments
9.1 MARF - Chowdhury - 10.05.38.pdf

Yours sincerely

Rukhsana Hussain
Senior Early Help Practitioner | Targeted Early Help (Bow and Mile End) | London Borough of Tower Hamlets
020 7946 0711

""") + TDISC
    marf = pdf_att("MARF - Chowdhury - 10.05.38.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "Date completed: 10/05/2038   Completed by: Rukhsana Hussain, Targeted Early Help",
        "Children: Maryam Chowdhury (17/01/2030), Ishaan Chowdhury (02/06/2034)   Mosaic ID: 2512340",
        "Parent/carer: Rehana Begum   Address: Flat 6, Bowman House, London E3 9ZZ",
        "Reason for request: school attendance (Maryam 79%); mother's depression worsening; overcrowding.",
        "Early Help provided: TAF since 09/2037; Talking Therapies referral; attendance plan; housing advice.",
        "Parental consent to this request: Yes - Rehana Begum, 10/05/2038",
        "Manager: Shirin Akter, Early Help Team Manager"])
    top = outlook_top(f, addr("Hussain, Rukhsana", "Rukhsana.Hussain@" + TDOM), addr("MAST", TMAST),
                      "MAST step-up request - Chowdhury family (Mosaic 2512340)", when,
                      cc=addr("Akter, Shirin", "Shirin.Akter@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2512340"],
        [ch("Maryam Chowdhury", "2030-01-17", "17/01/2030"), ch("Ishaan Chowdhury", "2034-06-02", "02/06/2034")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], True, True, [], None, "alert_duty",
        "VERY LONG FORMAL REQUEST IN NUMBERED SECTIONS (1.1 ... 9.1) with the urgent fact buried in 6.3 'Voice of the "
        "child': an 8-year-old disclosed this morning that her mother's cousin, who lives in the flat, 'comes into my "
        "bed' and told her 'tonight is our secret night again' -> sexual abuse by an adult in the home, repeated "
        "tonight -> alert_duty. Otherwise a complete MAST step-up: MARF attached, manager agreed (1.3), consent to the "
        "MARF (8.2). Concerns: sexual_harm + school_attendance (79%) + parental_mental_health (mum's depression); "
        "overcrowding and rent arrears map to no id.",
        not_children=["Rehana Begum", "Anwar Chowdhury", "Faruk Miah", "Shirin Akter", "Rukhsana Hussain"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2038-06-21 16:05:33"
    body = T("""
Dear colleagues,

Thank you for booking onto the Step-Up / Step-Down practice workshop on Thursday 24 June, 09:30-12:30, Training Room 3, Mulberry Place.

Please read the three scenarios below before Thursday. They are fictional composites written for the workshop - no real family, child or address - and we will work through them in small groups.

SCENARIO A - "Baby Z"
Baby Z is 8 weeks old. At a routine visit the health visitor sees a small bruise on Z's left ear and a torn frenulum. Dad says Z "fell off the changing mat". Mum is quiet and says nothing. Questions: What would you do before you leave the house? Who do you call, and when? What would you NOT do?

SCENARIO B - "Sami, 14"
Sami has been reported missing three times this month and has a new phone and trainers nobody can explain. Last night he came home at 4am with a cut hand. He is open to Targeted Early Help. Questions: Is this a step up, a strategy discussion or both? What does the MARF need to say?

SCENARIO C - "The K family"
The K family are being stepped down from a CIN plan. The C&F assessment is complete and the TAF plan is drafted, but mum tells the social worker that she has declined any further involvement. Questions: Can the step-down go ahead? Who leads? What do you write to the family?

Bring the Step-Down and Step-Up Guidance (July 2024) - we will use the flowcharts. Tea and coffee provided.

Best wishes
Grace Adebayo
Learning and Development Officer | Children and Culture | London Borough of Tower Hamlets

""") + TDISC
    top = outlook_top(f, addr("Adebayo, Grace", "Grace.Adebayo@" + TDOM), addr("Early Help Hub", THUB),
                      "Step-up / step-down workshop Thurs 24 June - scenario pack (please read before)", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SCENARIO PACK: 'fictional composites ... no real family, child or address' - a bruised "
        "ear and torn frenulum on an 8-week-old, a missing 14-year-old with a cut hand, a mother declining involvement "
        "-> not urgent, no children (no surnames; nobody real), no concerns, no consent. An invitation, not a request "
        "-> other -> human_review.",
        not_children=["Grace Adebayo"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2038-05-19 08:49:10"
    q, subj = ack_block("SB-tower_hamlets-88", "MAST step-up request",
                        ["Child: Zayan Ali (22/09/2031)"],
                        ["the completed Multi-Agency Request for Support form (MARF)"],
                        "Tuesday, May 18, 2038 3:12:09 PM", "Begum, Tahmina", "MAST", TMAST)
    body = "hi marf attached now sorry 4 the delay x\ntahmina\n\nGet Outlook for Android\n" + q
    marf = pdf_att("MARF Zayan Ali.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "Date completed: 18/05/2038   Completed by: Tahmina Begum, Family Support Worker, Targeted Early Help",
        "Child: Zayan Ali   DOB: 22/09/2031   Mosaic ID: 2488104   School: Maple Street Primary",
        "Parent/carer: Sabina Ali (mother)",
        "Reason for request: neglect - Zayan (6) comes to school hungry and unwashed most days; untreated head lice",
        "for months; two dental appointments missed; home conditions poor at the last two visits.",
        "Early Help provided since 11/2037: TAF, food bank, a home-conditions plan - little change.",
        "Parental consent to this request: Yes - Sabina Ali, 17/05/2038",
        "Manager agreement: Yes - Nadim Rahman, 18/05/2038"])
    top = outlook_top(f, addr("Begum, Tahmina", "Tahmina.Begum@" + TDOM), addr("MAST", TMAST), "RE: " + subj, when,
                      reply_to_mid="<SB-tower_hamlets-88.ack.20380518151209@towerhamlets.gov.uk>",
                      extra=[("X-Mailer", "Outlook for Android")])
    add(f, mail(f, top, body, [marf], crlf=False, cte="base64"), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["2488104"], [ch("Zayan Ali", "2031-09-22", "22/09/2031")],
        ["neglect"], True, True, [], None, "attach_to_request",
        "ONE LINE OF TEXT-SPEAK ADDING THE MISSING DOCUMENT ('hi marf attached now sorry 4 the delay x') on a reply to "
        "[SB-tower_hamlets-88] -> follow_up, attach_to_request. Child and DOB from the quoted ack; Mosaic id, neglect, "
        "consent and manager agreement from the attached MARF (facts come from every part). A follow_up has no "
        "requirements (missing [], notice null).",
        not_children=["Sabina Ali", "Tahmina Begum", "Nadim Rahman"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2038-05-27 11:32:05"
    body = T("""
Hi MAST,

I'm sending the attached MARF for Rayan Haque (DOB 04/04/2027), Mosaic 2466731, for a MAST view on stepping up.

To be open with you: my TM is not in agreement. She thinks we should give the new TAF plan another six weeks. We've discussed it twice and I still think the threshold is met, so I told her I would send it and she knows I have.

The concern is domestic abuse. Mum's partner, Jamal Rahim, checks her phone, controls the money and stops her seeing her sister. Police were called on 12 May after neighbours heard shouting and a door being smashed. Rayan (11) has started wetting the bed and told his teacher he stays in his room "when Jamal is angry". Mum knows I'm sending this and agreed to it.

What this is not about: the cannabis school found in Rayan's bag in March was his older brother's - Imran Haque (19) - who moved out to his girlfriend's in Poplar in April and isn't part of the household now. Mum doesn't drink or use drugs. Rayan's attendance is 97%.

Marta

Marta Lindqvist
Early Help Practitioner | Targeted Early Help (Bow) | London Borough of Tower Hamlets
020 7946 0742

""") + TDISC
    marf = pdf_att("MARF - Rayan Haque.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "Date completed: 26/05/2038   Completed by: Marta Lindqvist, Targeted Early Help",
        "Child: Rayan Haque   DOB: 04/04/2027   Mosaic ID: 2466731",
        "Parent/carer: Nasima Haque (mother). Mother's partner: Jamal Rahim.",
        "Reason for request: domestic abuse - coercive control of mother; police call-out 12/05/2038.",
        "Impact on Rayan: bedwetting since April; withdrawn at home.",
        "Parental consent to this request: Yes - Nasima Haque, 26/05/2038",
        "Manager agreement: No - manager would like the TAF plan to continue for six weeks"])
    top = outlook_top(f, addr("Lindqvist, Marta", "Marta.Lindqvist@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Rayan Haque - Mosaic 2466731", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, ["2466731"], [ch("Rayan Haque", "2027-04-04", "04/04/2027")],
        ["domestic_abuse"], True, False, ["manager_agreed"], None, "request_info",
        "MANAGER AGREEMENT REFUSED: 'my TM is not in agreement' (and the MARF's 'Manager agreement: No') -> "
        "manager_agreed false -> missing -> request_info, although the MARF is attached and mum consented. SUBSTANCE "
        "MISUSE BY AN OLDER SIBLING OUTSIDE THE HOUSEHOLD: the cannabis was Imran Haque's (19, an adult who moved out "
        "in April), and mum 'doesn't drink or use drugs' -> no substance_misuse; Imran is 19, never a child. Concern "
        "domestic_abuse; attendance 97% is a strength.",
        not_children=["Imran Haque", "Jamal Rahim", "Nasima Haque", "Marta Lindqvist"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2038-06-15 13:14:27"
    blocks = [
        "Dear Early Help Hub,", "",
        "I'm writing to step the Ogunleye children down from Children's Social Care to a Team Around the Family with a "
        "Lead Practitioner. My Child and Family Assessment, completed on 10/06/2038, concluded that statutory "
        "involvement is no longer needed but that the family would benefit from a coordinated Early Help plan.", "",
        ("table", [["Name", "DOB", "Mosaic ID", "School"],
                   ["Tobi Ogunleye", "08/12/2026", "2430017", "Arbour Square Primary"],
                   ["Bisola Ogunleye", "21/05/2029", "2430018", "Harford Street Primary"]]), "",
        "{{Consent:}} both parents consented to the step-down at the final CIN review on 9 June.",
        "{{Lead Practitioner:}} Ms Farah Siddiqui, SENCo, Harford Street Primary - agreed on 11 June.",
        "{{TAF meeting:}} Thursday 24 June 2038, 10:00, at Harford Street Primary. I will chair it.",
        "{{Attached:}} the C&F assessment (PDF) and the draft TAF plan (Word).", "",
        "The plan is about Bisola's autism (EHCP in place; she needs a consistent routine at home and at school) and "
        "about Tobi, who has been helping to care for his dad since dad's multiple sclerosis got worse - he needs "
        "young carers support and some time for himself.", "",
        "Kind regards", "Kwame", "",
        "Kwame Mensah", "Social Worker | Children's Social Work (Stepney) | London Borough of Tower Hamlets",
        "020 7946 0788"]
    cfa = pdf_att("C&F assessment - Ogunleye - 10.06.38.pdf", "Child and Family Assessment - Ogunleye children", [
        "Children: Tobi Ogunleye (08/12/2026), Bisola Ogunleye (21/05/2029)   Mosaic IDs 2430017, 2430018",
        "Parents: Funke Ogunleye, Dapo Ogunleye (multiple sclerosis, relapsing)",
        "Assessment completed: 10/06/2038   Social worker: Kwame Mensah",
        "Bisola: autism, EHCP since 2035; meltdowns at home when routines change.",
        "Tobi: young carer - helps dad with stairs and medication; tired at school.",
        "Outcome: no further statutory involvement; step down to a TAF with a Lead Practitioner."])
    plan = docx_att("Draft TAF plan - Ogunleye.docx", [
        "# Draft TAF plan - Ogunleye family", "Lead Practitioner: Farah Siddiqui (SENCo, Harford Street Primary)",
        "1. Tobi: young carers service assessment; after-school club two days a week.",
        "2. Bisola: EHCP review in September; visual timetable at home.",
        "3. Parents: carers assessment for mum; occupational therapy for dad."])
    top = outlook_top(f, addr("Mensah, Kwame", "Kwame.Mensah@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Ogunleye children - TAF 24/06", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2430017", "2430018"],
        [ch("Tobi Ogunleye", "2026-12-08", "08/12/2026"), ch("Bisola Ogunleye", "2029-05-21", "21/05/2029")],
        ["disability_send", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down in Outlook Word HTML with the children in an MsoTableGrid table (Mosaic ids in "
        "their own column, no label): C&F assessment PDF, draft TAF plan, both parents' consent, Lead Practitioner named "
        "with her agency, TAF date given -> book_meeting. Concerns disability_send (autism, EHCP) + young_carer (Tobi "
        "caring for his dad); dad's MS is a physical illness, not parental_mental_health.",
        not_children=["Farah Siddiqui", "Kwame Mensah", "Funke Ogunleye", "Dapo Ogunleye"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2038-06-30 09:41:02"
    d = dt(when)
    stamp = d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    cal_lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:-//Apple Inc.//iPhone OS 17.5//EN", "VERSION:2.0",
                 "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
                 "DTSTAMP:%s" % stamp, "SEQUENCE:0",
                 "DTSTART;TZID=Europe/London:20380701T100000", "DTEND;TZID=Europe/London:20380701T110000",
                 "ORGANIZER;CN=MAST:mailto:%s" % TMAST,
                 "ATTENDEE;CN=PC Daniel Ross;PARTSTAT=ACCEPTED:mailto:daniel.ross@met.police.example.uk",
                 "COMMENT:" + ics_escape("I'll join by phone from 10:15 - I'm at Thames Magistrates' Court until then."),
                 "SUMMARY:" + ics_escape("MAST discussion - Mosaic 2479950 [SB-tower_hamlets-97]"),
                 "END:VEVENT", "END:VCALENDAR"]
    note = T("""
Accepted - I'll join by phone from 10:15, I'm at Thames Magistrates' Court until then.

PC Daniel Ross
Child Abuse Investigation Team (East)

Sent from my iPhone
""")
    top = plain_top(f, addr("PC Daniel Ross", "daniel.ross@met.police.example.uk"), addr("MAST", TMAST),
                    "Accepted: MAST discussion - Mosaic 2479950 [SB-tower_hamlets-97]", when,
                    "met.police.example.uk", "iPhone Mail (21F90)")
    add(f, ics_file_reply(f, top, note, cal_lines), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["2479950"], [], [], None, None, [], None, "record_reply",
        "AN iTIP REPLY CARRIED ONLY AS AN ATTACHED FILE: a short human note plus 'invite.ics' (text/calendar; "
        "method=REPLY, Content-Disposition: attachment), PARTSTAT=ACCEPTED with a COMMENT (joining late from court) -> "
        "meeting_reply, record_reply. 'Mosaic 2479950' in the SUMMARY -> case id '2479950' (earlier sets' convention); "
        "the COMMENT's logistics are not labelled.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2038-07-08 15:03:50"
    body = T("""
Hello Early Help Hub,

Step down for Aisha Khan (DOB 30/11/2032), Mosaic 2440981. My C&F assessment (completed 02/07/2038) and the draft TAF plan are attached.

Consent: verbal only, written to follow - mum (Nasreen Khan) agreed on the phone yesterday and will sign the consent form when I visit on Monday.

Lead Practitioner: tbc - I've asked the school nurse and the family's key worker at the housing association, but neither has confirmed yet.

TAF meeting: I'll arrange it and let you know the date once the Lead Practitioner is confirmed, within the 10 working days.

The plan is about Aisha's asthma - she has missed four asthma clinic appointments since January and her inhalers often haven't been collected - and mum's depression, which is why she finds the appointments hard. Mum is now under her GP and has a Talking Therapies start date.

Thanks
Siobhan

Siobhan O'Neill
Social Worker | Children's Social Work (Poplar) | London Borough of Tower Hamlets

""") + TDISC
    cfa = pdf_att("C&F assessment - Aisha Khan - 02.07.38.pdf", "Child and Family Assessment - Aisha Khan", [
        "Child: Aisha Khan (30/11/2032)   Mosaic ID 2440981   Mother: Nasreen Khan",
        "Assessment completed 02/07/2038 by Siobhan O'Neill.",
        "Aisha: asthma - 4 clinic appointments missed since 01/2038; inhalers not collected; 2 A&E attendances.",
        "Mother: depression; GP review 06/2038; Talking Therapies from 19/07/2038.",
        "Outcome: step down to a TAF with a Lead Practitioner; no further statutory involvement."])
    plan = docx_att("Draft TAF plan - Aisha Khan.docx", [
        "# Draft TAF plan - Aisha Khan", "Lead Practitioner: to be confirmed",
        "1. School nurse to set up an asthma plan with mum; repeat prescriptions delivered.",
        "2. Mum: Talking Therapies; GP review in 6 weeks."])
    top = outlook_top(f, addr("O'Neill, Siobhan", "Siobhan.ONeill@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Khan - Mosaic 2440981", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2440981"], [ch("Aisha Khan", "2032-11-30", "30/11/2032")],
        ["neglect", "parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "'Consent: verbal only, written to follow' -> consent TRUE for Tower Hamlets, whose requirement is the fact of "
        "consent (contrast herefordshire_04, where the written form is the requirement). Lead Practitioner 'tbc' -> "
        "missing -> request_info (assessment and TAF plan attached). Concerns: neglect (missed asthma appointments, "
        "inhalers not collected - missed health care = neglect, earlier sets' convention) + parental_mental_health.",
        not_children=["Nasreen Khan", "Siobhan O'Neill"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2038-06-01 10:15:44"
    body = T("""
Thank you for your email.

Harford Street Primary School is closed for half term from Monday 31 May to Friday 4 June 2038 and this mailbox is not monitored. We will reply when we are back on Monday 7 June.

If you are worried about a child, please contact MAST on 0207 364 5606 / 5601 (out of hours 0207 364 4079), or the police on 999.

Harford Street Primary School Office
""")
    top = plain_top(f, addr("Harford Street Primary - Office", "office@harfordstreet.example.sch.uk"),
                    addr("Early Help Hub", THUB),
                    "Automatic reply: [SB-tower_hamlets-93] TAF meeting - please confirm the Lead Practitioner",
                    when, "harfordstreet.example.sch.uk", None,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("In-Reply-To", "<SB-tower_hamlets-93.chase.20380601101500@towerhamlets.gov.uk>")])
    add(f, build(top, text_part(body, crlf=True), True), "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A school's half-term auto-reply (Auto-Submitted: auto-replied, X-Autoreply) to a stepbot chase, sent during "
        "the half-term week after the spring bank holiday; quotes the MAST numbers from the seed as boilerplate -> "
        "auto_reply, ignore (RFC 3834: never answered), not urgent.")

# ============================================================================= TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2038-07-09 12:31:18"
    body = T("""
Hi MASH,

I'm the lead professional for the Luxton family (EHM-760433, level 3).

Mum, Chelsea Luxton, rang me at 12.10 from Torbay Hospital. She was taken in by ambulance at 7 this morning with appendicitis and is going to theatre this afternoon. The twins, Alfie and Archie Luxton (DOB 02/03/2037, 16 months), are at home with their dad, Shane Pascoe. He isn't supposed to have them on his own since his drink-driving conviction last year - mum let him in this morning because there was nobody else.

He has sent mum three photos since 10 o'clock: the boys in the playpen still in last night's sleepsuits, and in the last one (11.48) Shane is asleep on the sofa with an empty vodka bottle on the floor next to him. He isn't answering mum's calls or mine.

Mum is asking for someone to go round - she says she agrees to anything you need to do. I've tried my manager but she's in a meeting until 2.

Address: 14 Cherry Tree Close, Paignton TQ4 9ZZ.

Becky

Becky Trewin
Family Support Worker | Early Help (Paignton) | Torbay Council
01632 960318 | 07700 900318

""") + BDISC
    top = outlook_top(f, addr("Trewin, Becky", "Becky.Trewin@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Luxton twins - EHM-760433", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-760433"],
        [ch("Alfie Luxton", "2037-03-02", "02/03/2037", as_written="Alfie and Archie Luxton"),
         ch("Archie Luxton", "2037-03-02", "02/03/2037")],
        ["neglect", "substance_misuse"], True, None, ["manager_agreed"], None, "alert_duty",
        "URGENT IN PLAIN WORDS (no alarm words): 16-month-old TWINS alone with a father who is asleep next to an empty "
        "vodka bottle, unanswered phones, their mother in theatre this afternoon -> alert_duty. TWINS: 'Alfie and "
        "Archie Luxton (DOB 02/03/2037, ...)' gives two children with one shared surname and one shared DOB. A contact "
        "to MASH from the level 3 lead professional -> Torbay step_up: consent 'she agrees to anything you need to do' "
        "-> true; manager 'in a meeting until 2' -> null -> missing manager_agreed (alert_duty comes first). Concerns "
        "neglect + substance_misuse.",
        not_children=["Chelsea Luxton", "Shane Pascoe", "Becky Trewin"])

def torbay_02():
    f = "torbay_02.eml"; when = "2038-06-16 09:07:41"
    oldest = T("""
Hi Jo,

Are you OK for me to request a triage slot for the Brewers? The Single Assessment is finished and attached - I've put my analysis in and left the manager's analysis box for you. Mum has signed the consent for level 3 Early Help.

One thing you need to know. When I got to the house at 4 today Gary Brewer was in the kitchen. He's on bail not to go to the address after he put mum in hospital in April. He'd been drinking. Mum said he'd only come to "get his things", but his bag was unpacked in the front room and he told me he's "staying till Friday whatever anyone says". Kayden looked terrified and Lola wouldn't come out of her room. I left at 4.40. I haven't told anyone else yet.

Morwenna
""")
    middle = T("""
Yes - agreed, L3 threshold met (my analysis is on the SA now). Go ahead and request triage.

Jo
""")
    body = T("""
Morning Early Help,

Please can I have a triage slot for the Brewer children - my TM's agreement is below. The Single Assessment is attached, with my analysis and Jo's manager's analysis. Mum has consented to level 3 Early Help.

Thanks
Morwenna

Morwenna Hext
Social Worker | Single Assessment Team | Torbay Council
01632 960377
""") + quote("Tapper, Jo <Jo.Tapper@%s>" % BDOM, "16 June 2038 08:40", "Hext, Morwenna <Morwenna.Hext@%s>" % BDOM,
             "RE: Step down to L3 - Brewer - LCS-2290674 - OK to request triage?", middle) \
        + quote("Hext, Morwenna <Morwenna.Hext@%s>" % BDOM, "15 June 2038 17:12", "Tapper, Jo <Jo.Tapper@%s>" % BDOM,
                "Step down to L3 - Brewer - LCS-2290674 - OK to request triage?", oldest) + "\n" + BDISC
    sa = pdf_att("Single Assessment - Brewer - LCS-2290674.pdf", "Single Assessment - Brewer children (LCS-2290674)", [
        "Children: Kayden Brewer (DOB 19/10/2023), Lola Brewer (DOB 08/06/2030)",
        "Mother: Tanya Brewer. Father: Gary Brewer (bail conditions: not to attend the address, April 2038).",
        "Reason for assessment: police notification 21/04/2038 - mother assaulted by father, admitted overnight.",
        "Findings: mother protective since April; children attending school (Kayden 82%, Lola 95%);",
        "Kayden anxious and missing school on Mondays. Father not living at the address.",
        "Social worker's analysis: no further statutory intervention at level 4; high level of need -",
        "step down to a level 3 coordinated Early Help response (DA recovery work, attendance plan for Kayden).",
        "Manager's analysis (Jo Tapper, Team Manager, 16/06/2038): threshold for level 3 intervention met; agree",
        "step down to level 3 Early Help.",
        "Consent for level 3 Early Help: given by Tanya Brewer, signed 10/06/2038."])
    top = outlook_top(f, addr("Hext, Morwenna", "Morwenna.Hext@" + BDOM), addr("Torbay Early Help", TEH),
                      "FW: Step down to L3 - Brewer - LCS-2290674 - OK to request triage?", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["LCS-2290674"],
        [ch("Kayden Brewer", "2023-10-19", "19/10/2023"), ch("Lola Brewer", "2030-06-08", "08/06/2030")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT ONLY IN THE OLDEST QUOTED PART, IN PLAIN WORDS (no alarm words): the new text and the TM's reply are "
        "routine; the social worker's own message of yesterday 17:12, quoted at the bottom, says the father - on bail "
        "not to attend after putting mum in hospital - was in the kitchen drinking, has unpacked and is 'staying till "
        "Friday whatever anyone says', the children frightened -> a domestic abuse perpetrator in breach of bail "
        "living with the children now -> alert_duty. MANAGER AGREEMENT GIVEN IN A FORWARDED REPLY ('Yes - agreed, L3 "
        "threshold met') and in the SA -> true; consent signed -> true; Single Assessment attached; level 3 -> "
        "otherwise complete. Children and DOBs only in the SA. Concerns domestic_abuse + school_attendance (Kayden 82%).",
        not_children=["Tanya Brewer", "Gary Brewer", "Jo Tapper", "Morwenna Hext"], names_only_in_attachments=True)

def torbay_03():
    f = "torbay_03.eml"; when = "2038-05-10 07:58:23"
    body = T("""
PLS BOOK A TRIAGE SLOT. STEP DOWN TO LEVEL 3 FROM SAT.

JAYDEN COOMBE DOB 04/05/2031. LCS-2301187.

SA ON LCS - MY ANALYSIS DONE. TM AGREED L3 - HER ANALYSIS ON LCS TOO.
MUM CONSENTS TO LEVEL 3 EH.
ISSUES - SCHOOL ATTENDANCE 74 PERCENT AND MUMS LOW MOOD.

STEVE RUNDLE
SW SAT
""")
    top = outlook_top(f, addr("Rundle, Steve", "Steve.Rundle@" + BDOM), addr("Torbay Early Help", TEH),
                      "STEP DOWN REQ - JAYDEN COOMBE - LCS-2301187", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2301187"],
        [ch("Jayden Coombe", "2031-05-04", "04/05/2031", as_written="JAYDEN COOMBE")],
        ["parental_mental_health", "school_attendance"], True, True, ["assessment"], None, "request_info",
        "VERY TERSE, ALL CAPS: the child is labelled in normal capitalisation ('JAYDEN COOMBE' -> 'Jayden Coombe'). "
        "Level 3 stated, consent 'MUM CONSENTS' -> true, manager 'TM AGREED L3 - HER ANALYSIS ON LCS' -> true. The "
        "Single Assessment is only 'ON LCS' - not attached or pasted -> assessment missing -> request_info. Concerns "
        "school_attendance (74%) + parental_mental_health (mum's low mood).",
        not_children=["STEVE RUNDLE"])

def torbay_04():
    f = "torbay_04.eml"; when = "2038-05-20 16:11:09"
    body = T("""
Hi Early Help,

Please can I request a triage slot for Poppy Eddy (DOB 13/01/2034), LCS-2311456 - a step down to level 3 following my Single Assessment, which is attached.

This is subject to TM sign-off: my TM, Rosie Cardew, is on leave until Monday and will add her manager's analysis on LCS when she is back, so please don't book the slot until then.

Dad (Gareth Eddy) has given his consent for level 3 Early Help. He has cared for Poppy on his own since mum left in January.

The needs are dad's depression since mum left (he's under his GP and on the Talkworks waiting list) and Poppy's speech - she is on the SEN support register at nursery for speech and language and has a SALT referral. Nursery say there are no concerns about her care and she is always clean, fed and happy.

Thanks
Tamsyn

Tamsyn Jenkin
Social Worker | Single Assessment Team | Torbay Council
01632 960342

""") + BDISC
    sa = pdf_att("Single Assessment - Poppy Eddy.pdf", "Single Assessment - Poppy Eddy (LCS-2311456)", [
        "Child: Poppy Eddy (DOB 13/01/2034). Father and sole carer: Gareth Eddy.",
        "Reason for assessment: health visitor referral 03/2038 - father's low mood after separation.",
        "Findings: warm, attuned care; father's depression affecting routines; Poppy on nursery SEN support (speech).",
        "Social worker's analysis: no further action at level 4; step down to level 3 Early Help.",
        "Manager's analysis: [to be completed by Team Manager]"])
    top = outlook_top(f, addr("Jenkin, Tamsyn", "Tamsyn.Jenkin@" + BDOM), addr("Torbay Early Help", TEH),
                      "Request for triage slot - Eddy - LCS-2311456", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 9,
        "ordinary", "step_down", False, 3, ["LCS-2311456"], [ch("Poppy Eddy", "2034-01-13", "13/01/2034")],
        ["disability_send", "parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
        "MANAGER AGREEMENT PENDING: 'This is subject to TM sign-off' and the SA's manager's analysis box '[to be "
        "completed by Team Manager]' -> manager null -> missing -> request_info. Consent (dad, the sole carer) true; "
        "Single Assessment attached; level 3. Poppy is 4 (under-5s triage - no label depends on it). Concerns "
        "parental_mental_health (dad's depression) + disability_send (SEN support for speech and language, as earlier "
        "sets); 'no concerns about her care' excludes neglect.",
        not_children=["Gareth Eddy", "Rosie Cardew", "Tamsyn Jenkin"])

def torbay_05():
    f = "torbay_05.eml"; when = "2038-07-06 10:27:16"
    fwd = T("""

---------- Forwarded message ---------
From: Karen Polglase <karen.polglase@bayfamilies.example.org>
Date: Mon, 5 Jul 2038 at 17:02
Subject: Re: Contact to MASH - Nancekivell
To: Jess Hocking <jess.hocking@bayfamilies.example.org>

Yes, agreed - I've read your summary and it's right to make the contact now. Please copy me in.

Karen
Service Manager, Bay Families Project

On Mon, 5 Jul 2038 at 15:40, Jess Hocking <jess.hocking@bayfamilies.example.org> wrote:
> Karen, are you happy for me to make a contact to MASH for the Nancekivells? Summary below - it has gone
> backwards since Easter and I don't think level 3 is enough now.
""")
    body = T("""
Hello MASH,

I'm the lead professional for the Nancekivell family (level 3, EHM-758120), and I'm making a contact to MASH because things have gone backwards since Easter. My service manager's agreement is in the forwarded email below.

Both parents know about this contact and agree to it - I went through it with them at home yesterday.

Children: Harvey Nancekivell (DOB 22/08/2025) and Ruby Nancekivell (DOB 15/02/2030).

Harvey (12) is caring for his mum, who has MS and is now mostly in bed. He does the shopping, her medication and Ruby's breakfast, and he has missed 31 days of school this year (attendance 71%). Dad works away Monday to Friday and since March he has been signed off with depression - he told me he "can't face" coming home. Ruby (8) is doing well at school but has started asking to stay with her nan.

Jess

Jess Hocking
Family Worker (Lead Professional) | Bay Families Project
07700 900734
""") + fwd
    top = plain_top(f, addr("Jess Hocking", "jess.hocking@bayfamilies.example.org"), addr("MASH", TMASH),
                    "Fwd: Contact to MASH - Nancekivell - EHM-758120", when, "mail.gmail.com", None,
                    cc=addr("Karen Polglase", "karen.polglase@bayfamilies.example.org"))
    alt = multipart("alternative", [text_part(body, cte="base64"), text_part(simple_html(body), "html", cte="base64")],
                    gbnd(f, 1))
    add(f, build(top, alt, False), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-758120"],
        [ch("Harvey Nancekivell", "2025-08-22", "22/08/2025"), ch("Ruby Nancekivell", "2030-02-15", "15/02/2030")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "MANAGER AGREEMENT GIVEN IN A FORWARDED REPLY: a charity lead professional (Google Workspace, base64) forwards "
        "her service manager's 'Yes, agreed - ... it's right to make the contact now' -> manager true (a commissioned "
        "service's manager, as earlier sets). Consent 'Both parents know about this contact and agree to it' -> true. "
        "Complete Torbay step_up -> book_meeting. Concerns young_carer (Harvey caring for mum) + school_attendance (71%) "
        "+ parental_mental_health (dad's depression); mum's MS is a physical illness.",
        not_children=["Karen Polglase", "Jess Hocking"])

def torbay_06():
    f = "torbay_06.eml"; when = "2038-06-14 11:52:30"
    add(f, itip_reply(f, when, "Lucy Hannaford", "lucy.hannaford@nhs.example.net",
                      ("Torbay Early Help", TEH), "ACCEPTED", "Under-5s triage - LCS-2317729",
                      "20380622T113000", "20380622T120000", "Microsoft Teams Meeting",
                      comment="Accepting. For the triage: the bruise on Freddie's lower back that nursery asked about "
                              "on Friday was seen by the GP with mum this morning - it is a Mongolian blue spot (a "
                              "birthmark), recorded in his red book at his newborn check. The GP and I have no "
                              "concerns about it. Lucy Hannaford, Health Visitor",
                      to_name="Torbay Early Help"),
        "torbay", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, ["LCS-2317729"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - A RULED-OUT INJURY IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (ACCEPTED) from a health "
        "visitor whose COMMENT says the 'bruise' nursery asked about is a Mongolian blue spot recorded at birth, seen by "
        "the GP today, 'no concerns' -> not urgent, no physical_harm. meeting_reply -> record_reply; the case id in the "
        "SUMMARY is labelled; 'Freddie' (first name only) adds no child. The sitting, Tue 22 Jun 11:30, is an under-5s "
        "triage by the pack's fortnightly anchor.")

def torbay_07():
    f = "torbay_07.eml"; when = "2038-07-07 14:40:12"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Oscar Tonkin (DOB 14/09/2030), LCS-2319905 - a step down to level 3 following my Single Assessment (attached, with my analysis and my TM Nigel Beer's manager's analysis confirming the level 3 threshold). Mum and dad both consent to level 3 Early Help.

Some of the words in the referral and on LCS will jump out at you, so a bit of context. Oscar is 7 and autistic, with no speech. The school's safeguarding lead referred him in May because he got out of the school gates twice and ran towards the main road - he has no sense of danger around roads or water. School's risk assessment for trips now has him on 2:1 and the gates have a new lock. The Single Assessment found two loving, protective parents who are exhausted; there are no concerns about his care at home. The most immediate need is respite - mum and dad haven't had a night's sleep since Easter - and a specialist car seat.

Thanks
Harriet

Harriet Gill
Social Worker | Single Assessment Team | Torbay Council
01632 960355

""") + BDISC
    sa = pdf_att("Single Assessment - Oscar Tonkin - LCS-2319905.pdf", "Single Assessment - Oscar Tonkin (LCS-2319905)", [
        "Child: Oscar Tonkin (DOB 14/09/2030). Parents: Claire Tonkin, Marcus Tonkin.",
        "Referral: school, 05/2038 - Oscar left the school site twice (autism, no sense of danger).",
        "Findings: loving, protective parents; no concerns about care at home; parents exhausted; EHCP in place.",
        "Social worker's analysis: no further action at level 4; high level of need - step down to level 3 for",
        "short breaks, a specialist car seat and parent support.",
        "Manager's analysis (Nigel Beer, Team Manager, 06/07/2038): level 3 threshold met; agree step down.",
        "Consent: both parents consent to level 3 Early Help (05/07/2038)."])
    top = outlook_top(f, addr("Gill, Harriet", "Harriet.Gill@" + BDOM), addr("Torbay Early Help", TEH),
                      "Triage slot please - Oscar Tonkin - LCS-2319905", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-2319905"], [ch("Oscar Tonkin", "2030-09-14", "14/09/2030")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "NEAR MISS - ALARM VOCABULARY ABOUT A DISABILITY: 'safeguarding lead', 'no sense of danger', 'risk "
        "assessment', 'most immediate need is respite' describe an autistic 7-year-old's needs and a school's "
        "planning; 'no concerns about his care at home' -> not urgent, concern disability_send only. Complete Torbay "
        "step-down: SA attached with the TM's analysis, both parents consent, level 3 -> book_meeting.",
        not_children=["Claire Tonkin", "Marcus Tonkin", "Nigel Beer", "Harriet Gill"])

def torbay_08():
    f = "torbay_08.eml"; when = "2038-07-02 17:45:03"
    body = T("""
This is an automated message from LCS. Please do not reply.

Workflow step "Step down to Early Help (level 3)" has been completed for:

Ellis Vosper (LCS-2288310), DOB 09/09/2029

Completed by: Kerensa Rowe (Social Worker) on 02/07/2038 17:44
Next action: Early Help Assistant Team Manager - add management oversight and the lead practitioner's details.

Open in LCS: https://lcs.example.torbay.gov.uk/workflow/step/2288310-77
""")
    top = plain_top(f, addr("LCS Notifications", "lcs-noreply@" + BDOM), addr("Torbay Early Help", TEH),
                    "LCS: Step down to Early Help completed - Ellis Vosper (LCS-2288310)", when, BDOM, None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "bulk")])
    add(f, build(top, text_part(body, cte="7bit", crlf=True), True), "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, ["LCS-2288310"], [ch("Ellis Vosper", "2029-09-09", "09/09/2029")],
        [], None, None, [], None, "ignore",
        "A case-system workflow notification (Auto-Submitted: auto-generated, no-reply sender) -> auto_reply, ignore. "
        "The child, DOB and LCS id in the notice are labelled, as earlier sets labelled a machine notice's title; "
        "'level 3' in a workflow name on an auto_reply gives no level.",
        not_children=["Kerensa Rowe"])

# ============================================================================= HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2038-05-10 07:41:26"
    body = T("""
I DO NOT KNOW WHO ELSE TO WRITE TO. YOUR ADDRESS WAS ON THE COUNCIL WEBSITE UNDER CHILDREN AND FAMILIES.

I LIVE NEXT DOOR TO 2 ORCHARD COTTAGES, PEMBRIDGE. THE MOTHER, KELLY WATKINS, WENT OFF IN A TAXI WITH TWO SUITCASES ON FRIDAY NIGHT AND SHE HAS NOT COME BACK. HER THREE CHILDREN ARE STILL IN THE HOUSE ON THEIR OWN.

THE OLDEST, CHLOE WATKINS, IS 9. SHE CAME TO MY DOOR LAST NIGHT AT 9 O'CLOCK ASKING FOR BREAD AND MILK FOR THE LITTLE ONES, MASON AND LILY-MAY WATKINS, WHO ARE 3 AND 18 MONTHS. SHE SAID HER MUM TEXTED HER TO SAY SHE WILL BE BACK WHEN SHE IS BACK. I GAVE HER WHAT I HAD IN.

THIS MORNING THEIR CURTAINS ARE STILL SHUT AND I CAN HEAR THE BABY CRYING THROUGH THE WALL. I AM 91 AND I CANNOT MANAGE THE STEPS UP TO THEIR DOOR. I DO NOT HAVE A MOBILE TELEPHONE.

PLEASE SEND SOMEBODY.

MRS M BEVAN
1 ORCHARD COTTAGES, PEMBRIDGE, HR6 9ZZ
""")
    top = plain_top(f, addr("Margaret Bevan", "margaret.bevan1947@example.com"), addr(None, HEH),
                    "THE CHILDREN AT 2 ORCHARD COTTAGES", when, "example.com", None)
    alt = multipart("alternative", [text_part(body), text_part(simple_html(body), "html")], gbnd(f, 1))
    add(f, build(top, alt, False), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Chloe Watkins", as_written="CHLOE WATKINS"), ch("Mason Watkins", as_written="MASON AND LILY-MAY WATKINS"),
         ch("Lily-May Watkins", as_written="LILY-MAY WATKINS")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT IN PLAIN WORDS, ALL CAPS, FROM A MEMBER OF THE PUBLIC to the Early Help co-ordinators (no alarm words): "
        "a 9-year-old, a 3-year-old and an 18-month-old alone since Friday night, their mother gone with suitcases, "
        "begging for food, the baby crying this Monday morning before office hours -> alert_duty. Not a request from a "
        "practitioner -> other. Children labelled in normal capitalisation; 'MASON AND LILY-MAY WATKINS' gives two "
        "children with the shared surname; ages only -> dob null. Abandonment -> neglect.",
        not_children=["KELLY WATKINS", "MRS M BEVAN"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2038-05-20 12:18:55"
    body = T("""
Hi,

Please see attached - I've had to scan it as Mosaic wouldn't let me save the form this morning.

Owain

Owain Pritchard
Social Worker | Hereford City CIN Team | Herefordshire Council
01632 960623

""") + HDISC
    scan = binary_part("application/pdf", "SCAN_20380520_1204.pdf", make_scan_pdf(f, pages=2))
    top = outlook_top(f, addr("Pritchard, Owain", "Owain.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Mosaic 771204", when)
    add(f, mail(f, top, body, [scan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["771204"], [], [], None, None,
        ["children", "consent_form", "draft_plan", "lead_practitioner"], None, "request_info",
        "A SCANNED FORM THAT IS AN IMAGE ONLY: the only attachment is a two-page copier scan ('SCAN_20380520_1204.pdf', "
        "greyscale rasters, no text layer) and the body says only 'Please see attached'. Nothing in it can be read and "
        "its NAME does not say what it is, so every fact and document is missing: no child named (children missing), no "
        "written consent, no plan, no key person -> request_info. The subject gives the kind (step down) and the Mosaic "
        "id. Level not stated -> null.",
        not_children=["Owain Pritchard"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2038-06-15 10:36:14"
    body = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Megan Powell (DOB 21/03/2025), Mosaic 768850, stepping down to Early Help at Level 3 (Intensive).

Consent: mum (Rhian Powell) was not keen at first - she felt the family had "had enough of people" - but after meeting the key person she has now signed the consent form (attached). Megan has signed it too.

Key person: Bethan Lloyd, Youth Worker, Leominster Youth Hub - she has met Megan and mum and agreed to lead.

Background you will see on Mosaic: in March Megan told her school counsellor that her grandfather sexually abused her between the ages of 6 and 8 (2031-2033). He died in 2036. The police recorded the disclosure; because he is dead there is no criminal investigation. The s47 enquiry concluded that Megan is safe now and there is no current concern about anyone in her life. She has weekly sessions with a specialist counselling service, which will continue. There are no concerns about mum's care of Megan.

What Early Help will help with: Megan's attendance (84% this term), her friendships, and mum's confidence in talking with Megan about what happened.

Kind regards
Ffion

Ffion Vaughan
Social Worker | Leominster CIN Team | Herefordshire Council
01632 960641

""") + HDISC
    plan = docx_att("EHA step-down plan - Megan Powell.docx", [
        "# Early Help Assessment - step-down plan", "Child: Megan Powell (DOB 21/03/2025)   Mosaic ID 768850",
        "Level: 3 (Intensive)",
        "What are we worried about? Megan's attendance (84%); low confidence with friends; mum unsure how to talk "
        "with Megan about her disclosure.",
        "What's working well? Megan is engaged with counselling; mum is protective and warm; no current concerns.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Youth Hub weekly sessions (Bethan Lloyd) - confidence and friendships - 12 weeks.",
        "2. School attendance plan - 95% by December.",
        "3. Parent support sessions for mum (Bethan Lloyd with the counselling service) - 6 sessions.",
        "Key person: Bethan Lloyd, Youth Worker, Leominster Youth Hub"])
    consent = pdf_att("Signed consent form - Powell.pdf", "Herefordshire Council - Early Help consent form", [
        "Child: Megan Powell (21/03/2025)",
        "I agree to my family's information being shared with the Early Help Co-ordinator team and the key person",
        "named in the step-down plan, and to Early Help support.",
        "Parent/carer: Rhian Powell   Signed: R. Powell   Date: 14/06/2038",
        "Young person: Megan Powell   Signed: M. Powell   Date: 14/06/2038"])
    top = outlook_top(f, addr("Vaughan, Ffion", "Ffion.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (Level 3) - Megan Powell - Mosaic 768850", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["768850"], [ch("Megan Powell", "2025-03-21", "21/03/2025")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - CLOSED HISTORY: a disclosure of sexual abuse in 2031-2033 by a grandfather who died in 2036; police "
        "recorded it, the s47 concluded Megan is safe now, 'no current concern about anyone in her life' -> not urgent, "
        "no sexual_harm (historic, the alleged abuser dead). CONSENT IN NEW WORDS: 'mum ... was not keen at first ... "
        "but ... has now signed the consent form' -> true, and the signed form is attached (consent_form met). Plan and "
        "key person with agency -> complete -> book_meeting. Level 3 stated. Concern school_attendance (84%).",
        not_children=["Rhian Powell", "Bethan Lloyd", "Ffion Vaughan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2038-04-28 14:22:37"
    body = T("""
Hello,

Please find attached the Early Help Assessment step-down plan for the Jenkins siblings: Tyler Jenkins (DOB 2nd September 2026), Lacey Jenkins (DOB 16/04/2029) and Finn Jenkins (DOB 25/12/2033). Mosaic 770331 / 770332 / 770333.

Consent: verbal only, written to follow. Mum (Donna Jenkins) agreed on the phone this morning but I couldn't get out to her to sign the form today - I'll take it with me on Friday.

Key person: Sian Morgan, Family Support Worker, Ross-on-Wye Family Centre. She has met mum and agreed to take the role.

The plan is about mum's anxiety and depression (GP, Talking Therapies), Tyler doing too much for Finn before and after school, and Lacey's EHCP review in the autumn.

Thanks
Carys

Carys Griffiths
Social Worker | Ross and South CIN Team | Herefordshire Council
01632 960655

""") + HDISC
    plan = docx_att("EHA step-down plan - Jenkins siblings.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Tyler Jenkins (02/09/2026), Lacey Jenkins (16/04/2029), Finn Jenkins (25/12/2033)",
        "What are we worried about? Mum's anxiety and depression; Tyler (11) caring for Finn (4) every morning and "
        "evening; Lacey's EHCP (speech, language and communication) due for review.",
        "What's working well? Mum is open with professionals; the children are close; good school attendance.",
        "Wellbeing plan: 1. Young carers assessment for Tyler (Sian Morgan, 4 weeks). 2. Mum: Talking Therapies "
        "(self-referral made). 3. EHCP review for Lacey (school SENCo, October).",
        "Key person: Sian Morgan, Ross-on-Wye Family Centre"])
    top = outlook_top(f, addr("Griffiths, Carys", "Carys.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Jenkins siblings - Mosaic 770331 / 770332 / 770333", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["770331", "770332", "770333"],
        [ch("Tyler Jenkins", "2026-09-02", "2nd September 2026"), ch("Lacey Jenkins", "2029-04-16", "16/04/2029"),
         ch("Finn Jenkins", "2033-12-25", "25/12/2033")],
        ["disability_send", "parental_mental_health", "young_carer"], True, None, ["consent_form"], None,
        "request_info",
        "'Consent: verbal only, written to follow' -> consent TRUE (stated as given), but Herefordshire needs the "
        "family's WRITTEN consent (consent_form), which is not attached -> missing -> request_info (contrast "
        "tower_hamlets_07). Plan attached, key person with agency. Sibling group of three, three Mosaic ids, DOBs in "
        "two formats. No level written -> null. Concerns parental_mental_health, young_carer (Tyler caring for Finn), "
        "disability_send (Lacey's EHCP). herefordshire_08 later adds the signed form.",
        not_children=["Donna Jenkins", "Sian Morgan", "Carys Griffiths"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2038-07-02 12:00:04"
    body = T("""
HEREFORDSHIRE SAFEGUARDING CHILDREN PARTNERSHIP - SUMMER TERM BULLETIN (JULY 2038)
You are receiving this because you are on the partnership mailing list.

1. STEP-DOWN DROP-IN: NEW TIME FROM SEPTEMBER
From Tuesday 7 September the Early Help co-ordinators' step-down drop-in will run from 9.30 to 11.30. Social workers are asked to bring the draft step-down plan.

2. LEARNING FROM A LOCAL REVIEW: "BABY R"
A rapid review looked at the care of a 9-week-old baby (called Baby R in the review) who was found to have bruising to the ear and a fractured rib. Three professionals had seen a small bruise in the fortnight before, and each thought someone else had made the referral. Key learning:
- Bruising in a baby who is not yet mobile must ALWAYS be referred to MASH the same day. If a baby is injured or unwell and you are with them, call 999.
- Never assume someone else has made the referral - ask, and write down who you spoke to.
The full learning briefing is on the partnership website.

3. ASK THE CO-ORDINATOR
"What happens if a parent withdraws consent halfway through a step-down?" - The step-down stops; the social worker and their manager decide whether the case stays open to social care, and the co-ordinator records the reason. Written consent can be withdrawn at any time.

4. TRAINING DATES
- Signs of Safety refresher: 14 September, Hereford
- Neglect and the Graded Care Profile 2: 21 September, online

To unsubscribe, reply with UNSUBSCRIBE in the subject line.
""")
    top = plain_top(f, addr("Herefordshire Safeguarding Children Partnership", "bulletin@hscp.example.org.uk"),
                    addr("Early Help Co-ordinators", HEH),
                    "Summer term bulletin: step-down drop-in, learning from a local review, training", when,
                    "hscp.example.org.uk", None,
                    extra=[("List-Id", "HSCP bulletin <bulletin.hscp.example.org.uk>"),
                           ("List-Unsubscribe", "<mailto:bulletin@hscp.example.org.uk?subject=UNSUBSCRIBE>"),
                           ("Precedence", "bulk")])
    alt = multipart("alternative", [text_part(body), text_part(simple_html(body), "html")], bnd(f, 1))
    add(f, build(top, alt, False), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A NEWSLETTER: a partnership bulletin (List-Id, List-Unsubscribe, Precedence: bulk, no "
        "Auto-Submitted) whose learning review describes 'Baby R' with a bruised ear and a fractured rib and tells "
        "readers to 'call 999' -> bulletin examples are not a current risk to a named child -> not urgent, no children, "
        "no concerns. Not a request and not an auto-reply -> other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2038-06-10 09:22:48"
    q, subj = ack_block("SB-herefordshire-147", "step-down request",
                        ["Child: Jack Hill (07/07/2031)", "Mosaic: 769412",
                         "Written consent: not attached", "Key person: Zoe Price, Family Support Worker, Bromyard Family Centre"],
                        ["the family's written consent (signed consent form)"], "08 June 2038 11:05",
                        "Morgan, Gethin", "Early Help Co-ordinators", HEH)
    last = T("""
Hi,

Signed consent form attached for Jack Hill - mum signed it at my visit this afternoon, so that's everything now.

Gethin
""") + q
    body = T("""
Please ignore my last email - consent was withdrawn this morning.

Mum (Leanne Hill) rang me at 8.40 to say she has changed her mind and doesn't want Early Help after all, and she has asked me to destroy the form she signed yesterday. I'm going to talk to my manager about closing to social care with a universal offer instead.

Sorry for the extra work.

Gethin

Gethin Morgan
Social Worker | Bromyard and Ledbury CIN Team | Herefordshire Council
01632 960672
""") + quote("Morgan, Gethin <Gethin.Morgan@%s>" % HDOM, "09 June 2038 17:05", "Early Help Co-ordinators <%s>" % HEH,
             "RE: " + subj, last) + "\n" + HDISC
    top = outlook_top(f, addr("Morgan, Gethin", "Gethin.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: " + subj, when, reply_to_mid="<SB-herefordshire-147.ack.20380608110500@herefordshire.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["769412"], [ch("Jack Hill", "2031-07-07", "07/07/2031")],
        [], False, None, [], None, "attach_to_request",
        "'PLEASE IGNORE MY LAST EMAIL - CONSENT WAS WITHDRAWN THIS MORNING': a reply to [SB-herefordshire-147] above the "
        "worker's own previous mail (which sent the signed form and said 'that's everything now') and stepbot's ack -> "
        "follow_up, attach_to_request. The latest statement wins -> consent false (a stated, current withdrawal), "
        "although the quoted mail says mum signed. Child, DOB and Mosaic id from the quoted ack. Follow-ups have no "
        "requirements.",
        not_children=["Leanne Hill", "Zoe Price", "Gethin Morgan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2038-07-01 11:09:50"
    body = T("""
Dear MASH,

I'd like to step Kai and Ellie Prosser (7 and 4), Mosaic 772905, up from Early Help to Children's Social Care. My team manager, Gwyneth Lewis, has read my summary and is happy for this to go.

I've been the family's Early Help worker since October. Since Easter things have slipped badly: the house smells of damp and dog mess, both children have head lice that haven't been treated, Ellie has missed her 3-year check and two hearing appointments, and Kai has been sent to school in the same clothes all week. Mum (Stacey Prosser) has stopped answering the door to me - I've had no access on my last five visits and she didn't come to the last TAF.

I've attached nothing yet - tell me what you need and I'll send it.

Thanks
Rhodri

Rhodri Evans
Early Help Family Support Worker | Kington and Weobley | Herefordshire Council
01632 960684

""") + HDISC
    top = outlook_top(f, addr("Evans, Rhodri", "Rhodri.Evans@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Prosser - Mosaic 772905", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["772905"],
        [ch("Kai Prosser", as_written="Kai and Ellie Prosser"), ch("Ellie Prosser")],
        ["neglect", "non_engagement"], None, True, [], None, "human_review",
        "A STEP-UP TO HEREFORDSHIRE, whose protocol defines no step-up -> human_review; missing [] and notice null "
        "(no requirements for an undefined kind). 'Kai and Ellie Prosser (7 and 4)' -> two children, ages only -> dob "
        "null. Concerns neglect (home conditions, untreated lice, missed health checks) + non_engagement (no access on "
        "five visits, missed TAF). TM 'is happy for this to go' -> manager true; consent not mentioned -> null.",
        not_children=["Stacey Prosser", "Gwyneth Lewis", "Rhodri Evans"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2038-04-30 16:02:11"
    ack = T("""
Thank you for your step-down request. Your reference is SB-herefordshire-140 - please keep it in the subject line of any reply.

We have read:
Children: Tyler Jenkins (02/09/2026), Lacey Jenkins (16/04/2029), Finn Jenkins (25/12/2033)
Mosaic: 770331, 770332, 770333
Key person: Sian Morgan, Ross-on-Wye Family Centre

What is missing:
- the family's written consent (signed consent form)

Please reply to this email with the missing item(s).

Early Help Co-ordinators (automated message)
""")
    text = ("Hi,\n\nSigned consent form attached - mum signed it this afternoon when I visited.\n\nCarys\n\n"
            "Sent from my iPhone\n\nOn 28 Apr 2038, at 14:31, Early Help Co-ordinators <%s> wrote:\n\n" % HEH
            + "\n".join("> " + l if l else ">" for l in ack.splitlines()) + "\n")
    consent = pdf_att("Consent form - Jenkins - signed 30.04.38.pdf", "Herefordshire Council - Early Help consent form", [
        "Children: Tyler Jenkins, Lacey Jenkins, Finn Jenkins",
        "I agree to my family's information being shared with the Early Help Co-ordinator team and the key person",
        "named in the step-down plan, and to Early Help support.",
        "Parent/carer: Donna Jenkins   Signed: D. Jenkins   Date: 30/04/2038"])
    top = plain_top(f, addr("Griffiths, Carys", "Carys.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-140] Step-down request received - information needed", when, HDOM,
                    "iPhone Mail (21E236)",
                    extra=[("In-Reply-To", "<SB-herefordshire-140.ack.20380428143100@herefordshire.gov.uk>")])
    flow = Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(flowed_quoted(text), "utf-8"))
    root = multipart("mixed", [flow, consent], "Apple-Mail-" + sha(f, "am")[:8].upper())
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["770331", "770332", "770333"],
        [ch("Tyler Jenkins", "2026-09-02", "02/09/2026"), ch("Lacey Jenkins", "2029-04-16", "16/04/2029"),
         ch("Finn Jenkins", "2033-12-25", "25/12/2033")],
        [], True, None, [], None, "attach_to_request",
        "THE LATER MESSAGE ADDING THE MISSING DOCUMENT for herefordshire_04: an iPhone reply to "
        "[SB-herefordshire-140] attaching the signed consent form ('mum signed it this afternoon') -> follow_up, "
        "attach_to_request, consent true. Children, DOBs and Mosaic ids from stepbot's acknowledgement quoted with '>'. "
        "No concern is stated in this mail or the ack -> concerns [].",
        not_children=["Donna Jenkins", "Sian Morgan"])

# ============================================================================= self-checks
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
# England & Wales bank holidays 2038 (gov.uk pattern, confirmed with the `holidays` package): New Year's Day Friday
# 1 January; Good Friday 23 April and Easter Monday 26 April (Easter Sunday 25 April 2038); early May bank holiday
# 3 May; spring bank holiday 31 May; summer bank holiday 30 August; Christmas Day and Boxing Day fall on Saturday and
# Sunday, so the substitute days are Monday 27 and Tuesday 28 December. FOUR fall inside the window (19 April -
# 16 July): 23 April, 26 April, 3 May and 31 May. No Date header falls on one; three Knowsley notice counts cross them.
BANK_HOLIDAYS = {date(2038, 1, 1), date(2038, 4, 23), date(2038, 4, 26), date(2038, 5, 3), date(2038, 5, 31),
                 date(2038, 8, 30), date(2038, 12, 27), date(2038, 12, 28)}
IN_WINDOW_BH = {date(2038, 4, 23): "Good Friday", date(2038, 4, 26): "Easter Monday", date(2038, 5, 3): "May Day",
                date(2038, 5, 31): "Spring Bank Holiday"}
WINDOW = (datetime(2038, 4, 19, tzinfo=LON), datetime(2038, 7, 16, 23, 59, 59, tzinfo=LON))
# BST 2038 runs from 01:00 UTC on Sunday 28 March to 01:00 UTC on Sunday 31 October (the last Sundays of March and
# October), so the whole window is +0100.
BST_START = datetime(2038, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2038, 10, 31, 1, 0, 0, tzinfo=UTC)
def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"], 1)}
def parse_dob(w):
    try:
        return _parse_dob(w)
    except (ValueError, KeyError):          # an impossible date (e.g. a day/month swap) parses to nothing
        return None

def _parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, d/m/yy, dd.mm.yy(yy), dd-mm-yy, yyyy-mm-dd, '3rd of March 2019',
    '30 Nov 2015', '5th Nov 2021'."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})", w)
    if m:
        y = int(m[4]); y = y + 2000 if y < 100 else y
        return date(y, int(m[3]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", w)              # 16-Oct-2015
    if m:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
    m = re.fullmatch(r"([A-Za-z]{3,9}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", w)  # Oct 16th 2019
    if m:
        return date(int(m[3]), MONTHS[m[1][:3].lower()], int(m[2])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? of the (\d{1,2})(?:st|nd|rd|th)? (\d{4})", w)  # 2nd of the 10th 2027
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"([a-z\-]+) of ([A-Za-z]+),? ([a-z\- ]+)", w)     # dates written in words
    if m and m[1] in ORDINALS:
        y = words_year(m[3])
        if y:
            return date(y, MONTHS[m[2][:3].lower()], ORDINALS[m[1]]).isoformat()
    return None

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth"]
ORDINALS = {w: i for i, w in enumerate(ORD_UNITS) if w}
ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31})
ORDINALS.update({"twenty-" + ORD_UNITS[i]: 20 + i for i in range(1, 10)})

def words_number(t):
    """'seventeen' -> 17, 'twenty-seven' -> 27 (1-99)."""
    if t in UNITS:
        return UNITS.index(t)
    if t in TENS:
        return TENS[t]
    if "-" in t:
        a, b = t.split("-", 1)
        if a in TENS and b in UNITS[1:10]:
            return TENS[a] + UNITS.index(b)
    return None

def words_year(t):
    """'two thousand and seventeen' -> 2017; 'twenty twenty-seven' -> 2027."""
    m = re.fullmatch(r"two thousand(?: and)? ([a-z\-]+)", t)
    if m and words_number(m[1]):
        return 2000 + words_number(m[1])
    m = re.fullmatch(r"twenty ([a-z\-]+)", t)
    if m and words_number(m[1]) and words_number(m[1]) >= 10:
        return 2000 + words_number(m[1])
    return None

def working_days(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

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
    """Readable text of an HTML part: comments (incl. Word's conditional <xml> blocks), <head> and
    <style> dropped; block tags become spaces; inline tags (Word's split runs) join without a space."""
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def readable(msg, skip=()):
    """Every readable part of a message, as one whitespace-normalised string. `skip`: ids of parts to leave out
    (used by the structural checks to read a mail WITHOUT the message it carries as an attachment)."""
    from pypdf import PdfReader
    import io, docx
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or id(part) in skip:
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
            docx.Document(io.BytesIO(payload))           # must open in python-docx
            acc, _deleted, comments = docx_parts(payload)
            out += [acc, comments]                       # as Word shows it once the changes are accepted, + comments
            out += list(docx_hf_text(payload))           # headers and footers (a case id may live only there)
        elif ct == "application/pdf":
            r = PdfReader(io.BytesIO(payload))
            out += [p.extract_text() for p in r.pages]
            out += [str(v.get("/V", "")) for v in (r.get_fields() or {}).values()]   # AcroForm field values
    return re.sub(r"\s+", " ", "\n".join(out))

def body_text(msg):
    """Subject plus the inline text/plain and text/html parts (no attachments)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct == "text/plain":
            out.append(part.get_content())
    return re.sub(r"\s+", " ", "\n".join(out))

def META_W(f, name):
    for c in META[f]["children"]:
        if c["name"] == name:
            return c["_w"] or ""
    return ""

def check():
    errors = []
    def err(f, m):
        errors.append("%s: %s" % (f, m))
    seen_files = set()
    for lab in LABELS:
        f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
        if f in seen_files: err(f, "duplicate file")
        seen_files.add(f)
        if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err(f, "file name / authority")
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                      "manager_agreed", "missing", "notice_ok", "next_action"}:
            err(f, "expect keys")
        if e["kind"] not in KINDS: err(f, "kind")
        if e["next_action"] != expected_next(a, e): err(f, "next_action %s != %s" % (e["next_action"], expected_next(a, e)))
        if e["urgent"] != (CATS[f] == "urgent"): err(f, "urgent vs category")
        if CATS[f] not in ("urgent", "near_miss", "ordinary"): err(f, "category")
        if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err(f, "concerns")
        if e["missing"] != sorted(set(e["missing"])): err(f, "missing not sorted/unique")
        lvl = e["level"] if a == "knowsley" and e["kind"] == "step_down" else None
        if a == "knowsley" and e["kind"] == "step_down" and lvl is None:
            lvl = 3
        key = (a, e["kind"], lvl)
        allowed = REQ.get(key, set())
        if not set(e["missing"]) <= allowed: err(f, "missing ids not allowed for %s: %s" % (key, e["missing"]))
        if key not in REQ and e["missing"]: err(f, "missing must be [] for this kind")
        if a == "knowsley" and e["kind"] == "step_up":
            for doc, concern in KNOWSLEY_WHEN.items():
                if doc in e["missing"] and concern not in e["concerns"]:
                    err(f, "%s missing but no %s concern" % (doc, concern))
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err(f, "level")
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None): err(f, v)
        if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err(f, "consent vs missing")
        if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]): err(f, "manager vs missing")
        if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err(f, "case_id vs missing")
        if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err(f, "children vs missing")
        if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
            err(f, "duplicates")
        for cid in e["case_ids"]:
            if re.match(r"(?i)(mosaic|ics|ehm|lcs)\s*(id|no|ref)?[.:]?\s", cid): err(f, "case id keeps its label: %s" % cid)
        # notice (Knowsley step_up / step_down only)
        now = datetime.fromisoformat(lab["now"])
        meeting = META[f]["meeting"]
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if meeting is None:
                if e["notice_ok"] is not None: err(f, "notice_ok must be null without a date")
                if "meeting_details" not in e["missing"]: err(f, "meeting_details should be missing")
            else:
                wd = working_days(now.date(), meeting)
                if e["notice_ok"] != (wd >= 5): err(f, "notice_ok %s but %d WD" % (e["notice_ok"], wd))
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
            err(f, "meeting date recorded for a label with no notice")
        # the message itself
        data = FILES[f]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg[h] is None: err(f, "header %s" % h)
        try:
            data[:data.find(b"MIME-Version")].decode("ascii")
        except UnicodeDecodeError:
            err(f, "8-bit bytes in the headers")
        for part in msg.walk():
            if part.defects: err(f, "defects %s" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None): err(f, "header defect %s %s" % (k, v.defects))
        rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
        if MAILBOXES[(a, mb)].lower() not in rcpt: err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if not (WINDOW[0] <= d <= WINDOW[1]): err(f, "Date outside window")
        if d.weekday() >= 5: err(f, "Date on a weekend")
        if d.date() in BANK_HOLIDAYS: err(f, "Date on a bank holiday")
        if d.utcoffset() != LON.utcoffset(d.replace(tzinfo=None)): err(f, "Date offset is not Europe/London's")
        if meeting is not None and meeting <= now.date(): err(f, "meeting not after now")
        if not msg["Date"].strip().endswith(expected_offset(d)):
            err(f, "Date offset should be %s" % expected_offset(d))
        if now.utcoffset() != d.utcoffset(): err(f, "now offset differs from the Date header's")
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err(f, "now not 1-10 min after Date")
        text = readable(msg)
        metas = {c["name"]: c for c in META[f]["children"]}
        for c in e["children"]:
            mc = metas.get(c["name"])
            if mc is None:
                err(f, "child %s has no source record" % c["name"]); continue
            span = re.sub(r"\s+", " ", mc["_as"]) if mc["_as"] else c["name"]
            if span not in text: err(f, "child %s (%r) not in text" % (c["name"], span))
            if c["dob"] or mc["_w"]:
                w = mc["_w"] or ""
                if w not in text: err(f, "dob as written %r not in text" % w)
                if parse_dob(w) != c["dob"]: err(f, "dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
                if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                    err(f, "dob %s of %s is not before now (an unborn baby is never a child)" % (c["dob"], c["name"]))
                if c["dob"] and (now.date() - date.fromisoformat(c["dob"])).days >= 18 * 365.25:
                    err(f, "%s is 18 or over, not a child" % c["name"])
        for name in META[f]["not_children"]:
            if name not in text: err(f, "excluded person %s not in text" % name)
            one_word = len(name.split()) == 1
            if any(name.lower() == c["name"].lower() or (one_word and name.lower() in c["name"].lower().split())
                   for c in e["children"]):
                err(f, "excluded person %s labelled as a child" % name)
        for cid in e["case_ids"]:
            if cid not in text: err(f, "case id %s not in text" % cid)
        if META[f]["attachment_only"] and not e["children"]:
            err(f, "children named only in an attachment must still be labelled")
        if META[f]["attachment_only"]:
            body = body_text(msg)
            for c in e["children"]:
                if c["name"] in body: err(f, "child %s should be named only in an attachment" % c["name"])
                if c["dob"] and META_W(f, c["name"]) in body: err(f, "DOB of %s should be only in an attachment" % c["name"])
        if e["urgent"] and e["next_action"] != "alert_duty": err(f, "urgent without alert_duty")
    for f, what, fn in CUSTOM:
        try:
            ok = fn(email.message_from_bytes(FILES[f], policy=email.policy.default))
        except Exception as ex:                      # a check that cannot run is a failed check
            ok = False; what += " (%r)" % ex
        if not ok: err(f, "structural check failed: " + what)
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: err(a, "needs 8 files, has %d" % len(per.get(a, [])))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if not (tot["urgent"] == 8 and tot["near_miss"] == 8 and sum(tot.values()) == 40):
        err("set", "category totals %s" % tot)
    return errors, tot



# ----------------------------------------------------------------------------- structural checks for mixed20
# Each asserts that a message really has the feature its label and the README rely on (checked before writing).
def _plain(msg):
    """The first inline text/plain part (the newest text of the outer mail)."""
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

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"]).date()

def _weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def _bh_between(today, meeting):
    return sorted(d for d in BANK_HOLIDAYS if today < d <= meeting)

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _rfc822(msg):
    return [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]

def _outside_rfc822(msg):
    """Readable text of a mail with every part inside its message/rfc822 attachments left out."""
    skip = set()
    for r in _rfc822(msg):
        for p in r.get_payload()[0].walk():
            skip.add(id(p))
    return readable(msg, skip)

def _inner_text(rfc_part):
    inner = rfc_part.get_payload()[0]
    return readable(inner)

def _pdf_text(msg, name_part):
    from pypdf import PdfReader
    import io
    p = _att(msg, lambda p: name_part in p.get_filename())[0]
    return " ".join((pg.extract_text() or "") for pg in PdfReader(io.BytesIO(p.get_payload(decode=True))).pages)

def _docx_text(msg, name_part):
    p = _att(msg, lambda p: name_part in p.get_filename())[0]
    return docx_body_text(p.get_payload(decode=True))

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _cal_text(msg):
    return _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")

SEP = "________________________________"
NO_ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child protection)\b")
PUNCT = re.compile(r"[.,;:?!]")

def _no_alarm(msg):
    return not NO_ALARM.search(readable(msg))

def _k01(msg):
    rfc = _rfc822(msg)
    outer_plain = _plain(msg)
    words = ("party in Birmingham", "wear the dress", "7 o'clock tonight")
    inner = _inner_text(rfc[0]) if rfc else ""
    outside = _outside_rfc822(msg)
    now, m = _now("knowsley_01.eml"), META["knowsley_01.eml"]["meeting"]
    return (len(rfc) == 1 and rfc[0].get_filename() == "Skye - this morning.eml" and all(w in inner for w in words)
            and not any(w in outer_plain for w in words) and not any(w in outside for w in words) and _no_alarm(msg)
            and working_days(now, m) == 8 and _bh_between(now, m) == [date(2038, 4, 23), date(2038, 4, 26),
                                                                          date(2038, 5, 3)])

def _k02(msg):
    t = readable(msg)
    now, m = _now("knowsley_02.eml"), META["knowsley_02.eml"]["meeting"]
    return ("Jessica Dale" in t and "Jessica Hughes" in t and "a week today - Wednesday 28th April" in _plain(msg)
            and working_days(now, m) == 3 and _weekdays(now, m) == 5
            and _bh_between(now, m) == [date(2038, 4, 23), date(2038, 4, 26)]
            and "no concerns about home conditions" in _plain(msg) and "Jess's attendance is 98%" in _plain(msg))

def _k03(msg):
    b = _plain(msg)
    before = b.split("Sent from my iPhone")[0]
    now, m = _now("knowsley_03.eml"), META["knowsley_03.eml"]["meeting"]
    return (msg.get_param("format") == "flowed" and not PUNCT.search(before) and before == before.lower()
            and "dad is on board" in before and working_days(now, m) == 5 and _weekdays(now, m) == 6
            and _bh_between(now, m) == [date(2038, 5, 3)])

def _k04(msg):
    b = _plain(msg)
    now, m = _now("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]
    return (all(w in b for w in ("skull fracture", "GBH", "CP plan", "None of it is current", "attendance is 98%",
                                 "no concerns about home conditions"))
            and working_days(now, m) == 5 and _weekdays(now, m) == 6 and _bh_between(now, m) == [date(2038, 5, 31)])

def _k05(msg):
    words = ("floppy", "sunken", "A&E", "Mum declined")
    hv = _pdf_text(msg, "HV home visit record")
    others = body_text(msg) + " ".join(_pdf_text(msg, n) for n in ("GCP2",)) + _docx_text(msg, "TAF minutes") \
        + _docx_text(msg, "FF Step Up request")
    return all(w in hv for w in words) and not any(w in others for w in words) and _no_alarm(msg)

def _k06(msg):
    c = _cal_text(msg)
    return ("PARTSTAT=DECLINED" in c and "COMMENT" in c and "Bryony Tate" in c
            and KMASH.lower() in str(msg["Cc"]).lower() and "EHM-83611" in c)

def _k07(msg):
    b = _plain(msg)
    new, old = b.split(SEP, 1)
    return "14/11/2031" in new and "14/11/2013" in new and "Harvey Lunt (14/11/2013)" in old and "14/11/2031" not in old

def _k08(msg):
    t = _docx_text(msg, "FF Step Up request")
    ls = t.splitlines()
    def after(q):
        return ls[ls.index(q) + 1]
    return (after("Past Harm") == "" and after("Complicating Factors") == "" and after("Existing Safety") == ""
            and after("Merseyside Exploitation Assessment - CE/CSE concern.") == ""
            and "doesn't drink or use drugs himself" in t and "Kieran (16)" in t)

def _r01(msg):
    rfc = _rfc822(msg)
    if len(rfc) != 1:
        return False
    inner_msg = rfc[0].get_payload()[0]
    nested = [p.get_filename() for p in inner_msg.walk() if p.get_filename()]
    return ("Rationale for stepping up" in _inner_text(rfc[0]) and "Rationale" not in _outside_rfc822(msg)
            and nested == ["Case summary - Ahmadi - April 2038.docx"] and "Soraya Ahmadi" not in _plain(msg))

def _r02(msg):
    b = _plain(msg)
    new, old = b.split(SEP, 1)
    return (new.startswith("Please ignore my email of 09:15 below") and "Case summary" in old
            and "Rationale for step up" in old and "Case summary" not in new and "you'll never see them again" in new)

def _r03(msg):
    t = readable(msg)
    return "14/08/2038" in t and date(2038, 8, 14) > _now("richmond_wandsworth_03.eml") and "Baby Okafor" in t

def _r04(msg):
    return "hypothetical" in _plain(msg) and "no actual case" in _plain(msg)

def _r05(msg):
    return "declined any further involvement" in _plain(msg) and "Mum's own mental health is good" in _plain(msg)

def _r06(msg):
    b = _plain(msg)
    return _no_alarm(msg) and len([l for l in b.splitlines() if l.strip()]) <= 3 and "What do I do?" in b

def _r07(msg):
    return "overdose" in _plain(msg) and "no further incidents" in _plain(msg)

def _r08(msg):
    return "Rationale for step up to Children's Services" in _docx_text(msg, "Rationale for step up")

def _t01(msg):
    b = _plain(msg)
    heads = re.findall(r"(?m)^(\d)\. [A-Z]", b)
    subs = re.findall(r"(?m)^\d\.\d ", b)
    s63 = re.search(r"(?m)^6\.3 .*$", b).group(0)
    return (heads == [str(i) for i in range(1, 10)] and len(subs) >= 20 and len(b.split()) > 600
            and "tonight" in s63 and "tonight" not in b.split("6.3 ")[0])

def _t02(msg):
    b = _plain(msg)
    return "fictional composites" in b and "no real family" in b

def _t03(msg):
    new = _plain(msg).split(SEP)[0]
    lines = [l for l in new.splitlines() if l.strip()]
    return lines == ["hi marf attached now sorry 4 the delay x", "tahmina", "Get Outlook for Android"]

def _t04(msg):
    b = _plain(msg)
    return "my TM is not in agreement" in b and "Imran Haque (19)" in b and "doesn't drink or use drugs" in b

def _t05(msg):
    return "<table" in _html(msg) and "Tobi Ogunleye" in _html(msg)

def _t06(msg):
    cals = _cal(msg)
    c = _cal_text(msg)
    return (len(cals) == 1 and cals[0].get_filename() == "invite.ics"
            and cals[0].get_content_disposition() == "attachment" and "METHOD:REPLY" in c
            and "PARTSTAT=ACCEPTED" in c and "COMMENT:" in c)

def _t07(msg):
    return "verbal only, written to follow" in _plain(msg) and "Lead Practitioner: tbc" in _plain(msg)

def _o01(msg):
    b = _plain(msg)
    return _no_alarm(msg) and "Alfie and Archie Luxton (DOB 02/03/2037" in b and b.count("02/03/2037") == 1

def _o02(msg):
    b = _plain(msg)
    parts = b.split(SEP)
    words = ("staying till Friday", "on bail", "drinking")
    return (len(parts) == 3 and all(w in parts[2] for w in words) and not any(w in parts[0] + parts[1] for w in words)
            and "Yes - agreed" in parts[1] and _no_alarm(msg)
            and not any(w in _pdf_text(msg, "Single Assessment") for w in ("staying till Friday", "drinking")))

def _o03(msg):
    b = _plain(msg)
    return b == b.upper() and re.search(r"[A-Z]", b) and "SA ON LCS" in b and not _att(msg, lambda p: True)

def _o04(msg):
    return "subject to TM sign-off" in _plain(msg) and "[to be completed by Team Manager]" in _pdf_text(msg, "Single")

def _o05(msg):
    b = _plain(msg)
    new, fwd = b.split("---------- Forwarded message ---------")
    return "Yes, agreed" in fwd and "Yes, agreed" not in new

def _o06(msg):
    c = _cal_text(msg)
    start = date(2038, 6, 22)
    return ("Mongolian blue spot" in c and "PARTSTAT=ACCEPTED" in c and "20380622T113000" in c
            and (start - date(2026, 1, 6)).days % 14 == 0 and start.weekday() == 1)

def _o07(msg):
    b = _plain(msg)
    return all(w in b for w in ("safeguarding lead", "no sense of danger", "risk assessment", "most immediate need"))

def _o08(msg):
    return msg["Auto-Submitted"] == "auto-generated"

def _h01(msg):
    b = _plain(msg)
    return _no_alarm(msg) and b == b.upper() and "MASON AND LILY-MAY WATKINS" in b

def _h02(msg):
    atts = _att(msg, lambda p: True)
    b = _plain(msg)
    return (len(atts) == 1 and atts[0].get_content_type() == "application/pdf"
            and _pdf_text(msg, "SCAN_").strip() == "" and b.startswith("Hi,\n\nPlease see attached"))

def _h03(msg):
    return ("was not keen at first" in _plain(msg) and "has now signed the consent form" in _plain(msg)
            and "He died in 2036" in _plain(msg) and _att(msg, lambda p: "Signed consent form" in p.get_filename()))

def _h04(msg):
    return ("verbal only, written to follow" in _plain(msg)
            and not _att(msg, lambda p: "consent" in p.get_filename().lower()))

def _h05(msg):
    return msg["List-Id"] is not None and msg["Precedence"] == "bulk" and msg["Auto-Submitted"] is None

def _h06(msg):
    b = _plain(msg)
    new, old = b.split(SEP, 1)
    return (new.startswith("Please ignore my last email - consent was withdrawn this morning")
            and "mum signed it" in old and not _att(msg, lambda p: True))

def _h07(msg):
    return not _att(msg, lambda p: True)

def _h08(msg):
    b = _plain(msg)
    return ("> Children: Tyler Jenkins (02/09/2026)" in b
            and _att(msg, lambda p: p.get_filename().startswith("Consent form - Jenkins")))

CUSTOM = [
    ("knowsley_01.eml", "risk only inside the message/rfc822 attachment; no alarm words anywhere; 8 WD across Easter "
                        "and 3 May", _k01),
    ("knowsley_02.eml", "mother Jessica Dale / daughter Jessica Hughes; 3 WD vs 5 weekdays across Easter", _k02),
    ("knowsley_03.eml", "flowed, lower case, no punctuation; exactly 5 WD vs 6 weekdays across 3 May", _k03),
    ("knowsley_04.eml", "closed chronology; exactly 5 WD vs 6 weekdays across 31 May", _k04),
    ("knowsley_05.eml", "risk words only in the HV record PDF; no alarm words anywhere", _k05),
    ("knowsley_06.eml", "DECLINED with a COMMENT, MASH inbox copied", _k06),
    ("knowsley_07.eml", "wrong DOB only in the quoted ack; correction in the new text", _k07),
    ("knowsley_08.eml", "form with empty answers; sibling's (not parent's) cannabis use", _k08),
    ("richmond_wandsworth_01.eml", "request (rationale + nested case summary) only inside the message/rfc822", _r01),
    ("richmond_wandsworth_02.eml", "'Please ignore my email of 09:15' above the quoted request", _r02),
    ("richmond_wandsworth_03.eml", "an EDD after now; Baby Okafor named", _r03),
    ("richmond_wandsworth_04.eml", "hypothetical, no actual case", _r04),
    ("richmond_wandsworth_05.eml", "'declined any further involvement'; mum's MH negated", _r05),
    ("richmond_wandsworth_06.eml", "three lines at most; no alarm words", _r06),
    ("richmond_wandsworth_07.eml", "overdose over and managed", _r07),
    ("richmond_wandsworth_08.eml", "the missing rationale attached", _r08),
    ("tower_hamlets_01.eml", "nine numbered sections, 20+ subsections, 600+ words, 'tonight' first in 6.3", _t01),
    ("tower_hamlets_02.eml", "fictional scenario pack", _t02),
    ("tower_hamlets_03.eml", "one line of text-speak above the quoted ack", _t03),
    ("tower_hamlets_04.eml", "TM not in agreement; adult sibling's cannabis, not the household's", _t04),
    ("tower_hamlets_05.eml", "children in an HTML table", _t05),
    ("tower_hamlets_06.eml", "iTIP REPLY only as an attached invite.ics, ACCEPTED with a COMMENT", _t06),
    ("tower_hamlets_07.eml", "verbal consent, written to follow; LP tbc", _t07),
    ("torbay_01.eml", "twins, one DOB written once; no alarm words", _o01),
    ("torbay_02.eml", "risk only in the oldest quoted message; TM's agreement in the forwarded reply; no alarm words",
     _o02),
    ("torbay_03.eml", "ALL CAPS, nothing attached", _o03),
    ("torbay_04.eml", "subject to TM sign-off; SA manager box empty", _o04),
    ("torbay_05.eml", "manager's agreement only in the forwarded part", _o05),
    ("torbay_06.eml", "ruled-out bruise in the COMMENT; under-5s sitting by the anchor", _o06),
    ("torbay_07.eml", "alarm vocabulary about a disability", _o07),
    ("torbay_08.eml", "auto-generated notification", _o08),
    ("herefordshire_01.eml", "ALL CAPS, no alarm words", _h01),
    ("herefordshire_02.eml", "the only attachment is an image-only PDF with no extractable text", _h02),
    ("herefordshire_03.eml", "'not keen ... has now signed'; historic disclosure, signed form attached", _h03),
    ("herefordshire_04.eml", "verbal consent, no consent form attached", _h04),
    ("herefordshire_05.eml", "bulletin headers", _h05),
    ("herefordshire_06.eml", "'Please ignore my last email - consent was withdrawn' above the quoted signed-form mail",
     _h06),
    ("herefordshire_07.eml", "nothing attached", _h07),
    ("herefordshire_08.eml", "signed form attached under a '>'-quoted ack", _h08),
]

# Fields set from a wording (consent / manager phrases) cannot be derived mechanically; these assert that the labels
# say what the README says each wording means.
WORDING = [
    ("knowsley_03.eml", "consent", True, "dad is on board with ff"),
    ("richmond_wandsworth_05.eml", "consent", False, "declined any further involvement"),
    ("herefordshire_03.eml", "consent", True, "has now signed the consent form"),
    ("herefordshire_04.eml", "consent", True, "verbal only, written to follow"),
    ("tower_hamlets_07.eml", "consent", True, "verbal only, written to follow"),
    ("herefordshire_06.eml", "consent", False, "consent was withdrawn this morning"),
    ("tower_hamlets_04.eml", "manager_agreed", False, "my TM is not in agreement"),
    ("torbay_04.eml", "manager_agreed", None, "subject to TM sign-off"),
    ("torbay_05.eml", "manager_agreed", True, "Yes, agreed"),
    ("torbay_02.eml", "manager_agreed", True, "Yes - agreed"),
    ("knowsley_02.eml", "consent", None, "Mum knows I'm stepping the case up"),
]
for _f, _field, _value, _phrase in WORDING:
    CUSTOM.append((_f, "%s labelled %s for '%s'" % (_field, _value, _phrase),
                   lambda m, f=_f, field=_field, value=_value, phrase=_phrase:
                   phrase in _plain(m) and _lab(f)["expect"][field] is value))
CUSTOM.append(("herefordshire_04.eml", "consent_form missing although consent is true",
               lambda m: "consent_form" in _lab("herefordshire_04.eml")["expect"]["missing"]))

def add_kind_checks():
    """Generic per-kind shape checks: follow-ups carry an [SB-...] reference in the subject, meeting replies exactly
    one iTIP REPLY part, auto-replies an Auto-Submitted header, new requests and other mail no [SB-...] reference,
    human mail no Auto-Submitted header."""
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
        if k != "auto_reply":
            CUSTOM.append((f, "no Auto-Submitted header on human mail", lambda m: m["Auto-Submitted"] is None))

ALARM_FREE_URGENT = ["knowsley_01.eml", "knowsley_05.eml", "richmond_wandsworth_06.eml", "torbay_01.eml",
                     "torbay_02.eml", "herefordshire_01.eml"]
BH_CROSSING = {"knowsley_02.eml", "knowsley_03.eml", "knowsley_04.eml", "knowsley_01.eml"}

def set_checks():
    """Whole-set checks: the bank holidays (the `holidays` package is required), exactly four of them inside the
    window, BST throughout, the window Monday to Friday, at least four urgent mails free of the alarm words, at least
    two Knowsley notice counts crossing a bank holiday, children in order of first full-name appearance."""
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the `holidays` package is needed to confirm the 2038 bank holidays"]
    ref = holidays.country_holidays("GB", subdiv="ENG", years=2038)
    if {d for d in ref if d.weekday() < 5} != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s"
                      % sorted({d for d in ref if d.weekday() < 5} ^ BANK_HOLIDAYS))
    inside = {d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != set(IN_WINDOW_BH):
        errors.append("set: bank holidays inside the window are %s" % sorted(inside))
    for d, name in IN_WINDOW_BH.items():
        if ref.get(d) != name:
            errors.append("set: holidays names %s %r, expected %r" % (d, ref.get(d), name))
    last_sun = lambda y, m: max(date(y, m, d) for d in range(25, 32) if date(y, m, d).weekday() == 6)
    if BST_START.date() != last_sun(2038, 3) or BST_END.date() != last_sun(2038, 10):
        errors.append("set: BST 2038 must run from the last Sunday of March to the last Sunday of October")
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if d.utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d.date()); break
        d += timedelta(days=1)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        errors.append("set: the window must run Monday to Friday")
    free = []
    for lab in LABELS:
        f = lab["file"]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        if lab["expect"]["urgent"] and not NO_ALARM.search(readable(msg)):
            free.append(f)
    if sorted(free) != sorted(ALARM_FREE_URGENT) or len(free) < 4:
        errors.append("set: urgent mails free of alarm words are %s" % free)
    crossing = set()
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if lab["authority"] == "knowsley" and m is not None and _bh_between(datetime.fromisoformat(lab["now"]).date(), m):
            crossing.add(lab["file"])
    if crossing != BH_CROSSING or len(crossing) < 2:
        errors.append("set: Knowsley notice counts crossing a bank holiday: %s" % sorted(crossing))
    for lab in LABELS:
        f = lab["file"]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        text = readable(msg)
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is None:
                continue                             # check() already reports a child with no source record
            span = mc["_as"] or c["name"]
            pos.append(text.find(span) if mc["_as"] is None else text.find(span) + 0.5)
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    return errors

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[l["expect"]["kind"]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        m = META[l["file"]]["meeting"]
        if m:
            now = datetime.fromisoformat(l["now"]).date()
            out.append("notice %s: %s -> %s = %d WD (%d weekdays)" % (l["file"], now, m, working_days(now, m),
                                                                     _weekdays(now, m)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = check()
    errors += set_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
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
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
