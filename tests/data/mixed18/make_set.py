#!/usr/bin/env python3
"""mixed18: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in styles and situations earlier sets lack: large families (four to six children of different surnames, named in
prose and in lists with DOBs in mixed formats, one child excluded from the request), concerns told in professional
shorthand and acronyms (DV, DA, CSE, CCE, NFA, CP, CIN, PLO, LAC, EHCP, SEMH, ACEs, MARAC, MAPPA, PPN ...) including
negated and historic scope, step requests written as answers under a form's questions copied into the body (blank,
"N/A", "see attached"), meeting details given many ways ("next Weds at 2 at the children's centre", "w/c 17th, date
TBC", a Teams link with no date, a date in the subject only, a meeting declined and re-proposed), near misses
(long-standing neglect, school refusal, a relapse with the other parent caring, a police PPN already actioned, an
injury witnessed by a professional, a carer's seizure handled by adults, a checked conviction, historic acronyms),
urgent mail whose immediacy is only implied (a toddler's carer found unconscious, a 14-year-old missing overnight and
just seen with an older man, a sex offender moving in this weekend), threads (a reply that only adds the missing
document, a wrong child's name corrected, a duplicate re-sent under another subject), and attachments (a fillable
PDF whose answers are form-field values, a .docx whose case id is only in its header and footer, phone photos whose
text nobody can read).

Window: Monday 6 October - Friday 19 December 2036 (the autumn term). British Summer Time (+0100) ends at 01:00 UTC
on Sunday 26 October 2036, the last Sunday of October; every Date up to Friday 24 October is +0100 and every later
one +0000. No England & Wales bank holiday falls in the window, so the Knowsley notice traps are weekends (two
Monday meetings), a Friday-evening mail and a re-proposed date.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, calendar UIDs, Teams ids and
the pixels of the photos come from sha1 of the file name; zips have fixed timestamps. Run with
/work/main/.venv/bin/python make_set.py (pypdf and python-docx are used only by the self-checks to read back the
hand-built PDFs - including AcroForm field values - and .docx files - including headers and footers; the `holidays`
package cross-checks the bank-holiday list). The helpers (MIME assembly, Word HTML, PDF, .docx, iCalendar, JPEG,
working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed16/make_set.py and adapted (window, bank holidays, BST/GMT offsets), with builders added
for a fillable AcroForm PDF, a .docx with header and footer parts, a form copied into a body as question / answer
lines, and an Exchange non-delivery report. Every label was set by hand; the self-checks at the end only verify them
against the specification's rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time: British Summer Time (+0100) until 01:00 UTC on Sunday 26 October
    2036, Greenwich Mean Time (+0000) after it. zoneinfo picks the offset; the self-check asserts it."""
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
            zi = zipfile.ZipInfo(name, date_time=(2036, 1, 1, 0, 0, 0))
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
def make_png(w, h, rgb):
    """A tiny solid-colour PNG (for Outlook's inline signature images), built with zlib."""
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def inline_png(fname, name, n, rgb, w=120, h=40):
    cid = "%s@01DC%s.%s" % (name, sha(fname, "cid%d" % n)[:4].upper(), sha(fname, "cidb%d" % n)[:8].upper())
    data = make_png(w, h, rgb)
    p = Part([("Content-Type", 'image/png; name="%s"' % name), ("Content-Description", name),
              ("Content-Disposition", 'inline; filename="%s"; size=%d' % (name, len(data))),
              ("Content-ID", "<%s>" % cid), ("Content-Transfer-Encoding", "base64")], b64lines(data))
    return p, cid

def itip_request_mail(f, top, desc_text, desc_html, cal, atts):
    """An Outlook meeting invitation: multipart/mixed { multipart/alternative { text/plain, text/html,
    text/calendar; method=REQUEST }, attachments }."""
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(desc_text, crlf=True), text_part(desc_html, "html", crlf=True),
                                    cal_part], bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1))
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, comment=None):
    """A Google Calendar iTIP REPLY: text + HTML + text/calendar method=REPLY, plus invite.ics (application/ics)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively accepted"}[partstat]
    d = dt(when)
    att = "ATTENDEE;CN=%s;PARTSTAT=%s" % (frm_name, partstat)
    if comment:
        att += ';X-RESPONSE-COMMENT="%s"' % comment.replace('"', "'")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
         "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "ORGANIZER;CN=%s:mailto:%s" % organizer,
         "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         att + ":mailto:%s" % frm_email,
         "CREATED:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "LAST-MODIFIED:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE",
         "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    sd = datetime.strptime(start_utc, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(LON)
    ed = datetime.strptime(end_utc, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(LON)
    when_txt = "%s %d %s %d %s - %s (%s)" % (sd.strftime("%a"), sd.day, sd.strftime("%b"), sd.year,
                                             sd.strftime("%H:%M"), ed.strftime("%H:%M"), sd.tzname())
    text = "%s has %s this invitation.\n\n%s\n%s\n" % (frm_name, word.lower(), summary, when_txt)
    if comment:
        text += "\n%s replied: \"%s\"\n" % (frm_name, comment)
    text += "\nInvitation from Google Calendar\n"
    htmlb = "<div>%s</div>\n" % html.escape(text).replace("\n", "<br>\n")
    alt = multipart("alternative", [text_part(text, cte="7bit" if text.isascii() else "quoted-printable"),
                                    text_part(htmlb, "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "7bit")], cal)], gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    subj = "%s: %s @ %s" % (word, summary, when_txt)
    top = plain_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), subj, when,
                    frm_email.split("@")[1], None,
                    extra=[("Reply-To", addr(frm_name, frm_email))])
    return build(top, root, False)

def stepbot_ack(ref, lines):
    """stepbot's acknowledgement as it is quoted with '>' under a phone / Apple / Android reply."""
    return "\n".join("> " + l if l else ">" for l in lines) + "\n"

# ----------------------------------------------------------------------------- helpers added for mixed16
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx_rich(blocks, comments=(), creator="Author", modified_by=None, when="2036-10-01T09:00:00Z"):
    """A .docx with Word's revision marks and comments, as a document looks before "Accept All Changes".
    blocks: '# Heading' | str | [segments] | ('table', rows) where each cell is str or [segments].
    segments: str (a normal run) | ('ins', text, author, date) | ('del', text, author, date) |
              ('c', id) (a comment range starts) | ('/c', id) (the range ends; Word puts the reference run here).
    comments: (id, author, initials, date, [paragraphs])."""
    rid = [0]
    def t(s):
        return html.escape(s, quote=False)
    def run(s, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return '<w:r><%s xml:space="preserve">%s</%s></w:r>' % (tag, t(s), tag)
    def seg(sg):
        if isinstance(sg, str):
            return run(sg)
        kind = sg[0]
        if kind in ("ins", "del"):
            rid[0] += 1
            return ('<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>'
                    % (kind, rid[0], t(sg[2]), sg[3], run(sg[1], deleted=(kind == "del")), kind))
        if kind == "c":
            return '<w:commentRangeStart w:id="%d"/>' % sg[1]
        if kind == "/c":
            return ('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    '<w:commentReference w:id="%d"/></w:r>' % (sg[1], sg[1]))
        raise ValueError(sg)
    def para(p):
        if isinstance(p, str) and p.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(p[2:])
        if isinstance(p, str):
            return "<w:p>%s</w:p>" % (run(p) if p else "")
        return "<w:p>%s</w:p>" % "".join(seg(s) for s in p)
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + "".join("<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>"
                                  for r in b[1]) + "</w:tbl>")
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W_NS, "".join(body)))
    com = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="%s">%s</w:comments>'
           % (W_NS, "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
                            % (cid, t(a), d, t(ini), "".join("<w:p>%s</w:p>" % run(x) for x in paras))
                            for cid, a, ini, d, paras in comments)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' if comments else "")
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' if comments else "")
               + '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>4</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (t(creator), t(modified_by or creator), when, when))
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
             ("word/document.xml", doc), ("word/_rels/document.xml.rels", docrels)]
    if comments:
        parts.append(("word/comments.xml", com))
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2036, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def rich_docx_att(filename, blocks, comments=(), **kw):
    return binary_part(DOCX, filename, make_docx_rich(blocks, comments, **kw))

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
    objs.append(b"<< /Producer (%s) /Creator (%s) /CreationDate (D:20361203141902Z) >>"
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

def jpeg_values(fname, w=96, h=128):
    """The grey level of each 8x8 block of the 'photo of a form': a pale page with darker lines of 'writing'."""
    seed = hashlib.sha1((fname + "jpg").encode()).digest()
    bw, bh = w // 8, h // 8
    vals = []
    for by in range(bh):
        for bx in range(bw):
            v = 214 + seed[(bx + by) % 20] % 24
            if 2 <= by < bh - 2 and by % 2 == 0 and 1 <= bx < 1 + (seed[by % 20] % (bw - 2)) + 1:
                v = 70 + seed[(bx * 5 + by) % 20] % 60
            vals.append(v)
    return vals

def make_jpeg(fname, w=96, h=128):
    """A small baseline greyscale JPEG (a 'photo of a form'), every 8x8 block one grey level, so the entropy-coded
    data is DC-only. Quantisation table all 1s; a 12-symbol DC table of 4-bit codes and a one-symbol AC table
    (EOB = '0'). Decodes exactly in any baseline decoder."""
    assert w % 8 == 0 and h % 8 == 0
    vals = jpeg_values(fname, w, h)
    bits, prev = [], 0
    for v in vals:
        dc = 8 * (v - 128)
        diff = dc - prev; prev = dc
        cat = 0 if diff == 0 else abs(diff).bit_length()
        bits.append(format(cat, "04b"))                       # DC code: the category as 4 bits
        if cat:
            bits.append(format(diff if diff > 0 else diff + (1 << cat) - 1, "0%db" % cat))
        bits.append("0")                                      # AC: EOB
    s = "".join(bits)
    s += "1" * (-len(s) % 8)
    data = bytearray()
    for i in range(0, len(s), 8):
        b = int(s[i:i + 8], 2)
        data.append(b)
        if b == 0xFF:
            data.append(0)
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + b"\x01" * 64)
    out += seg(0xC0, b"\x08" + struct.pack(">HH", h, w) + b"\x01\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes([0, 0, 0, 12] + [0] * 12) + bytes(range(12)))
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return out + bytes(data) + b"\xff\xd9"

def jpeg_dc_decode(data):
    """Self-check: decode make_jpeg's entropy data back to the block grey levels (and check the markers)."""
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
    i = 2
    while True:
        marker = data[i + 1]; ln = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker == 0xC0:
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
        if marker == 0xDA:
            i += 2 + ln
            break
        i += 2 + ln
    ent = data[i:-2].replace(b"\xff\x00", b"\xff")
    s = "".join(format(b, "08b") for b in ent)
    pos, prev, vals = 0, 0, []
    for _ in range((w // 8) * (h // 8)):
        cat = int(s[pos:pos + 4], 2); pos += 4
        diff = 0
        if cat:
            v = int(s[pos:pos + cat], 2); pos += cat
            diff = v if s[pos - cat] == "1" else v - (1 << cat) + 1
        assert s[pos] == "0"; pos += 1
        prev += diff
        vals.append(prev // 8 + 128)
    return vals

def image_att(filename, data, ctype):
    return binary_part(ctype, filename, data)

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

def bullet_html(intro_lines, bullets, tail, font="Aptos"):
    """Outlook HTML for a mail that is a bulleted list (<ul><li class=MsoListParagraph>)."""
    out = [WORD_HEAD % {"font": font}]
    for l in intro_lines:
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % word_inline(l))
    out.append('<ul style="margin-top:0cm" type=disc>\n')
    for b in bullets:
        out.append('<li class=MsoListParagraph style="margin-left:0cm;mso-list:l0 level1 lfo1">%s<o:p></o:p></li>\n'
                   % word_inline(b))
    out.append("</ul>\n")
    for l in tail:
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (word_inline(l) if l else "<o:p>&nbsp;</o:p>"))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

# ----------------------------------------------------------------------------- helpers added for mixed18
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def make_docx_hf(blocks, header=(), footer=(), creator="Author", when="2036-11-11T16:20:00Z"):
    """A .docx whose header and footer parts (word/header1.xml, word/footer1.xml, referenced from the section
    properties) carry their own paragraphs - as a council template puts the case id in the running header.
    blocks: '# Heading' | str | ('table', rows)."""
    def t(s):
        return html.escape(s, quote=False)
    def para(p):
        if p.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t(p[2:])
        return '<w:p>%s</w:p>' % ('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % t(p) if p else "")
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + "".join("<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>"
                                  for r in b[1]) + "</w:tbl>")
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
           '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/>'
           '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W_NS, R_NS, "".join(body)))
    hdr_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="%s" xmlns:r="%s">%s</w:hdr>'
               % (W_NS, R_NS, "".join(para(x) for x in header)))
    ftr_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="%s" xmlns:r="%s">%s</w:ftr>'
               % (W_NS, R_NS, "".join(para(x) for x in footer)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
               '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>2</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (t(creator), t(creator), when, when))
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
             ("word/document.xml", doc), ("word/_rels/document.xml.rels", docrels),
             ("word/header1.xml", hdr_xml), ("word/footer1.xml", ftr_xml)]
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2036, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def hf_docx_att(filename, blocks, header=(), footer=(), **kw):
    return binary_part(DOCX, filename, make_docx_hf(blocks, header, footer, **kw))

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

# -- a fillable PDF (AcroForm): the page content holds the title and the field LABELS only; each answer is a text
# field's value (/V) with an appearance stream (/AP) so a viewer shows it. Page-text extraction does not see the
# answers; a form-aware reader (pypdf get_fields) does.
def _pdf_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

def _wrap(s, n):
    out = []
    for para in s.split("\n"):
        while len(para) > n:
            cut = para.rfind(" ", 0, n)
            cut = cut if cut > 0 else n
            out.append(para[:cut]); para = para[cut:].lstrip()
        out.append(para)
    return out

def make_form_pdf(title, intro, fields, producer="Adobe Acrobat Pro (64-bit) 24.2"):
    """fields: (name, label, value, lines) - lines = the height of the box in text lines (1 = single-line)."""
    content = ["BT", "/F1 13 Tf", "50 805 Td", _pdf_str(title) + " Tj", "ET"]
    y = 785
    for l in intro:
        content += ["BT", "/F1 8 Tf", "50 %d Td" % y, _pdf_str(l) + " Tj", "ET"]
        y -= 11
    y -= 6
    widgets = []
    for name, label, value, lines in fields:
        content += ["BT", "/F1 9 Tf", "50 %d Td" % y, _pdf_str(label) + " Tj", "ET"]
        if lines == 1:
            rect = (250, y - 4, 545, y + 10)
            y -= 18
        else:
            rect = (50, y - 6 - 11 * lines, 545, y - 4)
            y = rect[1] - 12
        widgets.append((name, label, value, lines, rect))
        content.append("0.6 G 0.5 w %d %d %d %d re S" % (rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]))
    assert y > 30, title
    cb = ("\n".join(content) + "\n").encode("cp1252")
    objs = {}
    objs[1] = None                                        # catalog, filled below
    objs[2] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"
    n = 6
    annots = []
    for name, label, value, lines, rect in widgets:
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        vl = _wrap(value, 95) if lines > 1 else [value]
        assert len(vl) <= max(lines, 1), (name, len(vl))
        ap = ["/Tx BMC", "q", "BT", "/Helv 8.5 Tf", "0 g", "2 %d Td" % (h - 10), "10 TL"]
        for i, l in enumerate(vl):
            ap.append(_pdf_str(l) + (" Tj" if i == 0 else " '"))
        ap += ["ET", "Q", "EMC"]
        apb = ("\n".join(ap) + "\n").encode("cp1252")
        objs[n + 1] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << /Font << /Helv 4 0 R >> >> "
                       b"/Length %d >>\nstream\n" % (w, h, len(apb)) + apb + b"endstream")
        ff = b" /Ff 4096" if lines > 1 else b""
        objs[n] = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /P 3 0 R /T " + _pdf_str(name).encode("cp1252")
                   + b" /TU " + _pdf_str(label).encode("cp1252") + b" /V " + _pdf_str(value).encode("cp1252")
                   + b" /DA (/Helv 8.5 Tf 0 g)" + ff + b" /Rect [%d %d %d %d]" % rect
                   + b" /MK << /BC [0.6 0.6 0.6] >> /AP << /N %d 0 R >> >>" % (n + 1))
        annots.append(n)
        n += 2
    refs = b" ".join(b"%d 0 R" % a for a in annots)
    objs[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R /Annots [" + refs + b"] >>")
    objs[1] = (b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + refs + b"] /NeedAppearances true "
               b"/DR << /Font << /Helv 4 0 R >> >> /DA (/Helv 8.5 Tf 0 g) >> >>")
    objs[n] = b"<< /Producer (%s) /Title %s >>" % (producer.encode(), _pdf_str(title).encode("cp1252"))
    info = n
    out = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i in range(1, n + 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, info, xref)
    return out

def form_pdf_att(filename, title, intro, fields):
    return binary_part("application/pdf", filename, make_form_pdf(title, intro, fields))

def form_q_and_a(pairs):
    """A form's questions copied into a mail body: the question on one line, the answer on the next (an empty
    answer stays an empty line), a blank line between items."""
    return "\n\n".join("%s\n%s" % (q, a) for q, a in pairs) + "\n"


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
    """Knowsley Appendix 1 (FF Step Up request to CSC) as a list of .docx paragraphs: question, then answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

K01_FORM = [
    ("Case ID on EHM:", "EHM-80416"),
    ("Has this family recently closed to Children's Social Care?:", "Yes - CIN closed Feb 2034 (NFA at the final review)"),
    ("Date of step up TAF meeting:", "Monday 20th October 2036, 10.00am - Teams (invite sent to Knowsley MASH and MASH Business Support this morning)"),
    ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
     "Medium - N/A, mum comes to every TAF and every visit; it's the change that doesn't last"),
    ("Recent TAF meeting minutes attached:", "Yes - see attached (TAF 01.10.36)"),
    ("Children in the household (my addition - the form has no box for this):",
     "Jade Rourke - 17.09.22\nTyler Maddocks - 5th March 2025\nEllie-Mae Maddocks - 2027-11-30\nReggie Sheridan - 03.02.31\n"
     "Nova Sheridan - 22/01/2034\nKai (16) is not part of this referral - he has lived with his nan in Kirkby since 2035 "
     "and is doing well there."),
    ("What are we worried about?", ""),
    ("Current Concerns (Impact on child)",
     "Home conditions have slipped back to where they were before the 2034 CIN: no working cooker since August, dog mess "
     "in the back bedroom, the three youngest sharing a wet mattress on the floor. It is the three youngest it hits "
     "hardest - Ellie-Mae has been sent home from school twice with head lice, Reggie's nursery say he is hungry on "
     "Mondays and comes in wearing the same clothes all week, and Nova has missed her 2-year review twice and her MMR. "
     "Jade's attendance is 64% this half term."),
    ("Past Harm",
     "DV between mum (Stacey Rourke) and Reggie and Nova's dad - no DV since 2033, MARAC closed Jan 2034; he lives in "
     "Wales and has had no contact since. CIN 2033-34 for neglect, closed NFA."),
    ("Complicating Factors", "Six of them in a three-bed house; UC sanction in July; mum's own childhood in care."),
    ("What is working well?", ""),
    ("Existing Strengths", "Mum loves the children and they are close to her. Tyler is doing well at school and is never "
     "late. Nan has the younger ones every Sunday."),
    ("Existing Safety", ""),
    ("What next?", ""),
    ("Goals", "The children living in a clean, safe home with enough food; Nova's health checks and immunisations up to "
     "date; Jade back in school full time."),
    ("Next Steps", "Step up to CSC for a C&F assessment. Family First to stay involved until the assessment is done."),
    ("Scaling Question: (add question here)", "On a scale of 0-10, where 10 is the children's needs are met at home "
     "every day and 0 is they are not met at all: 3"),
    ("Have you considered/completed/reviewed if applicable:", ""),
    ("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "N/A"),
    ("Graded Care profile (If neglect should be completed).", "Completed 29.09.36 - see attached"),
    ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
    ("Up to date police information if applicable:", ""),
    ("Agreement by line manager:", "Yes - Gill Tarrant (Team Manager) agreed in supervision 09/10/36, copied in"),
    ("Contingency plan (Smart and timely).", "If the step up is not agreed: TAF with health and school within 2 weeks, "
     "GCP2 re-scored in 6 weeks, Family First visits twice weekly, HV to see Nova by 31/10."),
]

def knowsley_01():
    f = "knowsley_01.eml"; when = "2036-10-13 10:14:22"
    body = T("""
Morning,

Step up request for the Rourke household. Word keeps crashing on my laptop so I've copied the form into the email and answered under each question. The GCP2 and the minutes of the last TAF are attached.

Leah

""") + form_q_and_a([("FF Step Up request to CSC", "")] + K01_FORM) + T("""

Leah Brophy
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0271 | 07700 900233

""") + KDISC
    gcp2 = pdf_att("GCP2 - Rourke household - 29.09.36.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Rourke household (Ellie-Mae, Reggie and Nova scored; Jade and Tyler discussed)",
        "Completed by: Leah Brophy, Family First, with mum at home on 29/09/2036", "",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3", "",
        "Nutrition: cooker broken since August; children fed on cereal and takeaways; Reggie hungry at nursery.",
        "Housing: dog mess in back bedroom; younger three share one wet mattress on the floor.",
        "Health: Nova - 2-year review missed twice, MMR not given.",
        "Overall: physical care falls below what the children need; scored with mum, who agreed the scores."])
    minutes = docx_att("TAF minutes 01.10.36 - Rourke.docx", [
        "# Team Around the Family meeting - minutes", "Date: 01/10/2036, 13:30, Kirkby Family Hub",
        "Present: Stacey (mum), Leah Brophy (Family First, chair), school (Jade and Tyler), nursery (Reggie), HV (Nova)",
        "School: Jade 64% this half term; Tyler 97%. Ellie-Mae sent home twice with head lice.",
        "Nursery: Reggie hungry on Mondays, same clothes all week.",
        "HV: Nova's 2-year review missed twice; MMR outstanding.",
        "Agreed: Leah to discuss a step up with her TM; GCP2 to be shared with MASH."])
    top = outlook_top(f, addr("Brophy, Leah", "Leah.Brophy@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FF Step Up request to CSC - Rourke / Maddocks / Sheridan - EHM-80416", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Tarrant, Gill", "Gill.Tarrant@" + KDOM)]))
    add(f, mail(f, top, body, [gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-80416"],
        [ch("Jade Rourke", "2022-09-17", "17.09.22"), ch("Tyler Maddocks", "2025-03-05", "5th March 2025"),
         ch("Ellie-Mae Maddocks", "2027-11-30", "2027-11-30"), ch("Reggie Sheridan", "2031-02-03", "03.02.31"),
         ch("Nova Sheridan", "2034-01-22", "22/01/2034")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "LARGE FAMILY + FORM ANSWERS IN THE BODY: the Appendix 1 'FF Step Up request to CSC' is copied into the mail "
        "under its own heading, each answer on the line after its question (some blank, 'N/A', 'see attached'), so "
        "step_up_form is met (REQUIREMENTS: the same document pasted into the body under its own heading). Five children "
        "of three surnames with DOBs in five formats (17.09.22, 5th March 2025, 2027-11-30, 03.02.31, 22/01/2034); 'Kai "
        "(16) is not part of this referral' is never given a surname -> not a child (first name only adds nobody). "
        "Neglect (home conditions, hunger, missed 2-year review and MMR) with the GCP2 attached, Jade's 64% -> "
        "school_attendance; the DV is historic ('no DV since 2033, MARAC closed') and the CIN closed NFA -> excluded. "
        "Engaging Families and the MEA 'N/A' (engagement 'Medium', no exploitation). TAF minutes attached; TM Gill "
        "Tarrant agreed -> manager true; no consent wording -> null. Meeting Mon 20 Oct 10:00 from Mon 13 Oct: Tue-Fri + "
        "Mon = exactly 5 WD across the weekend -> ok -> book_meeting.",
        meeting=date(2036, 10, 20), not_children=["Stacey Rourke", "Gill Tarrant", "Leah Brophy", "Kai"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2036-10-09 15:22:10"
    body = T("""
Hi Family First,

I'm stepping Lily-Rose Pennington (DOB 14/06/2033) down to Family First at level 3 now my C&F assessment is finished. Mum, Jodie Pennington, has consented to the referral to Family First and is happy for a case manager to come to the meeting.

Final CIN meeting: next Weds at 2 at the children's centre (Tower Hill Children's Centre, Kirkby - mum prefers it to home).

What are we worried about?
Mum's depression - she stopped her medication in the summer and struggled for a few weeks; she is back on it and under her GP, but she is isolated and has no family nearby. Rent arrears (£1,140) and a notice seeking possession from the housing association.

What's working well?
Lily-Rose is thriving at nursery (full-time since September, 96% attendance) and her keyworker describes her as a happy, chatty little girl. Mum is warm with her and the home is clean and well stocked. Mum has started going to the stay-and-play on Tuesdays.

What needs to happen?
Family First to help mum with the arrears and the housing association; referral to the Community Wellbeing Team; a TAF with nursery in 6 weeks.

One thing you'll see on ICS: Lily-Rose had a bruise on her forehead and a small cut to her lip when I saw her on Monday. She tripped on the step into the nursery garden last Friday - her keyworker, Sam, saw it happen, gave first aid, rang mum straight away and recorded it on the nursery's accident form, which I've seen. It fits exactly with what I saw and nursery have no worries at all. I've recorded it on ICS as accidental and talked it through with my TM.

Thanks
Kerry-Ann

Kerry-Ann Lyon
Social Worker | Assessment Team (Kirkby) | Knowsley Council
0151 496 0733

""") + KDISC
    top = outlook_top(f, addr("Lyon, Kerry-Ann", "KerryAnn.Lyon@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Lily-Rose Pennington - ICS-1462207", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["ICS-1462207"],
        [ch("Lily-Rose Pennington", "2033-06-14", "14/06/2033")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "NEAR MISS - AN INJURY WITH A CONFIRMED ACCIDENTAL EXPLANATION WITNESSED BY A PROFESSIONAL: a bruised forehead "
        "and cut lip on a 3-year-old, but her nursery keyworker saw the fall, gave first aid and recorded it, the SW has "
        "seen the accident form and it fits -> not urgent, no physical_harm. Level 3 step-down with consent (required at "
        "L3) and all three Signs of Safety headings. MEETING AS 'next Weds at 2 at the children's centre (Tower Hill "
        "Children's Centre, Kirkby)': date, time and venue are all given (meeting_details met); sent Thursday 9 Oct, so "
        "'next Weds' is Wed 15 Oct (the coming Wednesday, 6 days on): Fri 10, Mon 13, Tue 14, Wed 15 = 4 WD < 5 -> "
        "notice not ok -> request_info. Rent arrears map to no concern id; TM not asked to agree -> manager null.",
        meeting=date(2036, 10, 15), not_children=["Jodie Pennington", "Kerry-Ann Lyon"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2036-11-03 09:48:31"
    body = T("""
Hi MASH,

Please find attached the step up form, the minutes of the last TAF and the Merseyside Exploitation Assessment for Mia Kinsella (DOB 21/08/2022). Case ID on EHM: EHM-79325. My TM, Lorraine Pye, agreed the step up in supervision on Thursday.

Step up TAF: w/c 17th, date TBC - I'm waiting on school to confirm a room and the DSL's availability and I'll send the invite as soon as I have it.

Summary: Mia (14) has been open to Family First since April for school attendance and going missing. Since the summer there have been growing concerns about older males - lifts in cars, new clothes and vapes she can't explain, a second phone. The MEA was scored high in September (CE and sexual exploitation indicators). Mum (Leanne Kinsella) works hard to keep her in but can't stop her going out.

I was going to send this on Friday but I'm sending it now. Mum rang me at 8.15: Mia went out at about 7 last night and didn't come home, and her phone has been off since 10pm. Mum reported her missing to Merseyside Police at 11.30pm (log 0987 of 02/11). Then about ten minutes ago the school attendance officer rang - one of the Year 11 parents saw Mia at Huyton bus station at 9.20 this morning with a man who looked about 30. He had his arm round her and they got into a silver car together. The description fits the man in the MEA who has been giving her lifts. I've passed this on to the police and I'm going round to mum's now.

Dean

Dean Carragher
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0590 | 07700 900861

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Mia Kinsella.docx", appendix1([
        ("Case ID on EHM:", "EHM-79325"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "TBC (w/c 17/11)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Medium"),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about?", "Mia going missing (5 episodes since July), older males, unexplained gifts, "
         "second phone; attendance 58%."),
        ("What is working well?", "Mum is protective and reports every episode; Mia has a good relationship with her "
         "youth worker."),
        ("What next?", "C&F assessment; strategy discussion; disruption work with police."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 18/09/2036 - attached"),
        ("Agreement by line manager:", "Lorraine Pye, 30/10/2036")]))
    minutes = pdf_att("TAF minutes 22.10.36 - Kinsella.pdf", "TAF meeting minutes - 22/10/2036", [
        "Present: Leanne (mum), Dean Carragher (Family First), school DSL, youth worker, PCSO.",
        "Missing episodes: 5 since July, longest 14 hours; return interviews done for 3.",
        "School: attendance 58%; Mia often collected at lunchtime by cars the school doesn't know.",
        "Agreed: Dean to discuss a step up with his TM; PCSO to share intelligence on the silver car."])
    mea = docx_att("Merseyside Exploitation Assessment - M Kinsella Sept 36.docx", [
        "# Merseyside Exploitation Assessment", "Young person: Mia (14)", "Completed: 18/09/2036 by Dean Carragher",
        "Indicators: going missing; unexplained gifts (clothes, vapes); second phone; lifts from older males; "
        "association with older peers; reduced school attendance.", "Overall level: HIGH (CE and sexual exploitation)"])
    top = outlook_top(f, addr("Carragher, Dean", "Dean.Carragher@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Mia Kinsella - EHM-79325", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Pye, Lorraine", "Lorraine.Pye@" + KDOM)]))
    add(f, mail(f, top, body, [form, minutes, mea], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-79325"], [ch("Mia Kinsella", "2022-08-21", "21/08/2022")],
        ["exploitation", "missing", "school_attendance", "sexual_harm"], None, True, ["meeting_details"], None,
        "alert_duty",
        "URGENT WITH THE IMMEDIACY ONLY IMPLIED (no 'urgent', 'immediate', 'risk', 'safeguarding' or 'danger'): a "
        "14-year-old missing overnight, phone off, was seen twenty minutes before the mail at a bus station getting into "
        "a car with a man of about 30 who matches the adult in her high-scoring exploitation assessment - safety rule 1 "
        "-> alert_duty, although the sender has told the police. Concerns: exploitation + sexual_harm (sexual "
        "exploitation of a child, as grooming in earlier sets), missing, school_attendance (58%). The planned step-up is "
        "otherwise complete (form, TAF minutes, MEA, EHM-79325, TM agreed) but the TAF is 'w/c 17th, date TBC' - no "
        "date -> meeting_details missing, notice null. The police log number is not a case id.",
        not_children=["Leanne Kinsella", "Lorraine Pye", "Dean Carragher"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2036-10-24 17:26:44"
    body = T("""
Hi FF duty,

Notification of SD from CIN to L2 EH - sorry it's late on a Friday.

CYP: Josh Tierney, DOB 09/04/2027 (9), ICS-1455062
Lives with: mum (Nicola Tierney), Prescot
Final CIN: Fri 31/10/36, 10:00, Prescot Family Hub, room 2
LP: Helen Darby, SENCo, St Luke's CE Primary, Prescot - agreed at the last CIN, copied in
TM: Gareth Leatham - SD agreed 22/10
Consent: mum consents to the SD and to Helen as LP

Bkgd: CIN since Mar 36 following a PPN (DA - mum's ex-partner). Ex NFA'd by police and moved out Apr 36; no DA since, no contact, no PPNs since April. DASH was standard; not heard at MARAC. CP never considered.

What are we worried about?
- Josh's SEMH: EHCP finalised Sept 36 (SEMH primary need); 2 x FTE last year, none since June
- Mum's low mood - on sertraline via GP, on the Talking Therapies waiting list
- ACEs - Josh still talks about what he saw at home

What is working well?
- Mum completed the Freedom Programme in July
- Josh's 1:1 TA and the nurture group are working; no FTE since June
- Mum and school speak every week; home is calm

What needs to happen?
- Helen to complete the EHA and hold the first TAF within 6 wks
- EHCP annual review booked for Jan 37
- Mum to start Talking Therapies; school counsellor to continue the ACEs / trauma work with Josh
- CAMHS referral for an ADHD screen (school have sent it)

Have a good weekend,
Aisha

Aisha Gorman
Social Worker | CIN Team (Prescot & Whiston) | Knowsley Council
0151 496 0452

""") + KDISC
    top = outlook_top(f, addr("Gorman, Aisha", "Aisha.Gorman@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "SD CIN > L2 - Josh Tierney - ICS-1455062", when,
                      cc=", ".join([addr("Leatham, Gareth", "Gareth.Leatham@" + KDOM),
                                    addr("Helen Darby", "h.darby@stlukes-prescot.example.sch.uk")]))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 9,
        "ordinary", "step_down", False, 2, ["ICS-1455062"], [ch("Josh Tierney", "2027-04-09", "09/04/2027")],
        ["disability_send", "parental_mental_health"], True, True, [], True, "book_meeting",
        "SENT AFTER 17:00 ON A FRIDAY (17:26 BST, Fri 24 Oct, the last working day before the clock change) for a final "
        "CIN on Fri 31 Oct 10:00 (GMT). DESIGN counts from today = the --now date, Friday: Mon 27, Tue 28, Wed 29, Thu "
        "30, Fri 31 = exactly 5 WD -> ok -> book_meeting (a count that treats evening mail as received on Monday would "
        "give 4). SHORTHAND throughout: SD, L2, CYP, LP, TM, PPN, DA, NFA'd, DASH, MARAC, CP, SEMH, EHCP, FTE, ACEs, "
        "CAMHS. Concerns: SEMH/EHCP -> disability_send, mum's low mood -> parental_mental_health; the DA is historic "
        "('no DA since', ex moved out, 'no PPNs since April') and CP/MARAC are negated -> excluded. L2: date, time, "
        "venue, all three headings and a named lead practitioner with her agency; consent and TM agreement stated.",
        meeting=date(2036, 10, 31), not_children=["Nicola Tierney", "Helen Darby", "Gareth Leatham", "Aisha Gorman"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2036-11-12 11:37:02"
    body = T("""
Hi MASH,

Attached are the step up form and the minutes of the last TAF for Leo and Ava Callaghan. My TM, Paul Kenyon, has read the form and agreed the step up - he's copied in.

Why now: this is the third PPN for domestic abuse at the address since June. The latest was on Saturday night (8th): neighbours called the police, dad (Shaun Callaghan) was arrested at the scene and has been bailed with conditions not to contact mum or go to the address until 6 December. Officers checked the children, who were asleep upstairs and weren't hurt. MASH screened the PPN on Monday - NFA for a strategy discussion, back to Family First - and mum has seen the IDVA and has a safety plan. So nothing needs doing today; the children are at home with mum and school have no worries this week.

What worries us is the pattern: three incidents in five months, dad back home within a fortnight each time, and Leo (6) has started wetting the bed and hiding under the table when voices are raised.

Step up TAF - Teams link below. I'll confirm the date and time once the MASH social worker has confirmed they can chair.

Shannon
""") + teams_block(f) + T("""
Shannon Whitfield
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0318

""") + KDISC
    form = hf_docx_att("FF Step Up request to CSC - Callaghan.docx", appendix1([
        ("Case ID on EHM:", "(see header)"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Children:", "Leo Callaghan - DOB 11/12/2029; Ava Callaghan - DOB 02/05/2032"),
        ("Date of step up TAF meeting:", "TBC - Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum engages; toolkit not needed"),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about?", "Repeated domestic abuse (3 PPNs since June); Leo's bed-wetting and hiding; "
         "dad returns each time."),
        ("What is working well?", "Mum engages with the IDVA and Family First; school attendance good for both."),
        ("What next?", "C&F assessment; consider CIN / CP planning; IDVA to continue."),
        ("Up to date police information if applicable:", "PPN 08/11/2036 - dad arrested, bailed to 06/12 with "
         "conditions (no contact with mum, not to attend the address). MASH screened 10/11: NFA for strategy."),
        ("Agreement by line manager:", "Paul Kenyon (TM) 11/11/2036")]),
        header=["Knowsley Family First 0-18 - FF Step Up request to CSC", "Case ID on EHM: EHM-81177"],
        footer=["OFFICIAL-SENSITIVE | Callaghan | EHM-81177 | Page 1 of 2"], creator="Shannon Whitfield")
    minutes = pdf_att("TAF minutes 30.10.36 - Callaghan.pdf", "TAF meeting minutes - 30/10/2036", [
        "Present: Kelly (mum), Shannon Whitfield (Family First), school, IDVA.",
        "Second PPN since June discussed; dad back at the address since 16/10.",
        "Leo: bed-wetting since September, hides when voices are raised (school and mum).",
        "Ava: settled at nursery.", "Agreed: Shannon to discuss a step up with her TM."])
    top = outlook_top(f, addr("Whitfield, Shannon", "Shannon.Whitfield@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Callaghan children", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Kenyon, Paul", "Paul.Kenyon@" + KDOM)]))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-81177"],
        [ch("Leo Callaghan", "2029-12-11", "11/12/2029", as_written="Leo and Ava Callaghan"),
         ch("Ava Callaghan", "2032-05-02", "02/05/2032")],
        ["domestic_abuse"], None, True, ["meeting_details"], None, "request_info",
        "NEAR MISS - A POLICE PPN ALREADY ACTIONED: Saturday's DA incident ended in dad's arrest and bail conditions "
        "keeping him away, officers checked the children, MASH screened the PPN (NFA for strategy), the IDVA has a safety "
        "plan; 'nothing needs doing today' -> not urgent, but the DA is this month's and the plan addresses it -> "
        "domestic_abuse. THE CASE ID ONLY IN THE .DOCX HEADER AND FOOTER: the body and the subject carry no case number; "
        "the attached Appendix 1 says 'Case ID on EHM: (see header)', and word/header1.xml and word/footer1.xml hold "
        "EHM-81177 -> case_ids [EHM-81177], case_id met. A TEAMS LINK WITH NO DATE ('I'll confirm the date and time') -> "
        "meeting_details missing, notice null -> request_info. Form and TAF minutes attached; TM agreed (copied). "
        "Children from 'Leo and Ava Callaghan' with DOBs from the form.",
        not_children=["Shaun Callaghan", "Paul Kenyon", "Shannon Whitfield"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2036-11-20 14:05:40"
    original = T("""
Hi MASH,

Step up request for Harvey Lunt (DOB 30/09/2030), EHM-80902. The step up form and the last TAF minutes are attached, and the step up TAF is on Wednesday 3 December 2036 at 10am on Teams (invite sent to you and MASH Business Support). My TM, Adele Corkhill, has agreed the step up.

The concerns are neglect - Harvey needs six teeth out under general anaesthetic after four missed dental appointments, and home conditions have gone downhill again since the summer - and his attendance (79%). The GCP2 is being finalised and I'll send it separately.

Natalie
""")
    ack = T("""
Thank you. Your step-up request has been logged as SB-knowsley-57.

Still needed before the step-up TAF meeting:
- the Graded Care Profile 2 (GCP2), because the concerns include neglect

Please reply to this email with the missing item. The step-up TAF meeting on Wednesday 3 December 2036 at 10:00 gives 11 working days' notice.

Knowsley MASH (automated message)
""") + quote("Birch, Natalie <Natalie.Birch@knowsley.gov.uk>", "18 November 2036 09:47", "Knowsley MASH <%s>" % KMASH,
             "Step up - Harvey Lunt - EHM-80902", original)
    body = T("""
Hi,

GCP2 attached.

Natalie
""") + quote("Knowsley MASH <%s>" % KMASH, "18 November 2036 10:02", "Birch, Natalie <Natalie.Birch@knowsley.gov.uk>",
             "[SB-knowsley-57] Step-up request received - information needed - Lunt - EHM-80902", ack)
    gcp2 = pdf_att("GCP2 - Harvey Lunt - Nov 2036.pdf", "Graded Care Profile 2 - Harvey (6)", [
        "Completed 19/11/2036 by Natalie Birch with mum.",
        "Physical care: 4 (dental decay, six extractions needed; four dental appointments missed)",
        "Care of safety: 3", "Love and care: 2", "Stimulation and education: 3 (attendance 79%)"])
    top = outlook_top(f, addr("Birch, Natalie", "Natalie.Birch@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-57] Step-up request received - information needed - Lunt - EHM-80902", when,
                      reply_to_mid="<SB-knowsley-57.ack@knowsley.gov.uk>")
    add(f, mail(f, top, body, [gcp2], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-80902"], [ch("Harvey Lunt", "2030-09-30", "30/09/2030")],
        ["neglect", "school_attendance"], None, True, [], None, "attach_to_request",
        "A REPLY THAT ONLY ADDS THE MISSING DOCUMENT, with the original request quoted: the new text is 'GCP2 attached.'; "
        "below it stepbot's acknowledgement [SB-knowsley-57] ('Still needed ... GCP2') and under that Natalie's original "
        "request. Reply to a reference -> follow_up -> attach_to_request; missing [] and notice null (a follow_up has no "
        "requirements). Facts come from the whole message, quoted history included: Harvey Lunt 2030-09-30, EHM-80902, "
        "neglect (extractions, missed dental appointments, home conditions) and 79% attendance, TM Adele Corkhill "
        "agreed -> manager true; consent never mentioned -> null.",
        not_children=["Adele Corkhill", "Natalie Birch"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2036-12-02 09:12:15"
    body = T("""
Morning,

Step up for Brandon Quayle (DOB 2 Aug 2026) and his half-sister Skye Rimmer (DOB 19 Jan 2030). Attached: the step up form, the minutes of the last TAF (13/11) and the Engaging Families toolkit. My TM, Joanne Shaw, agreed the step up on 28/11. The calendar invite is going out today to you and MASH Business Support.

In short: the family have not engaged since the summer. Mum (Donna Rimmer) has cancelled or not been in for 9 of the last 11 visits, didn't come to the last two TAFs and has stopped answering school. Brandon's attendance is down to 71% and Skye's nursery place has lapsed. The toolkit shows everything we've tried - different times, a worker mum chose, meeting at nan's, texts instead of calls - and what it tells us.

Thanks,
Bernie

Bernadette Molloy
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0664

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Quayle Rimmer.docx", appendix1([
        ("Case ID on EHM:", "EHM-81540"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", ""),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - yes, toolkit followed (attached)"),
        ("Recent TAF meeting minutes attached:", "Yes (13/11)"),
        ("What are we worried about?", "No engagement since July; Brandon's attendance 71%; Skye's nursery place lapsed."),
        ("What is working well?", "Nan is in contact and willing to help."),
        ("What next?", "C&F assessment."),
        ("Agreement by line manager:", "Joanne Shaw 28/11/2036")]))
    minutes = pdf_att("TAF minutes 13.11.36 - Quayle Rimmer.pdf", "TAF meeting minutes - 13/11/2036", [
        "Present: Bernadette Molloy (Family First), school, nursery, nan. Apologies: none from mum (did not attend).",
        "School: Brandon 71%, late most days; letters unanswered.",
        "Nursery: Skye's place lapsed after 4 weeks' non-attendance.",
        "Agreed: Bernadette to discuss a step up with her TM."])
    ef = docx_att("Engaging Families Toolkit - Quayle Rimmer.docx", [
        "# Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
        "Approaches tried: visits at different times of day; a worker mum chose; meetings at nan's; texts instead of "
        "calls; a letter in plain English; a joint visit with school.",
        "Outcome: 9 of 11 visits cancelled or no answer; 2 TAFs not attended.",
        "What this tells us: engagement is low and not improving despite every reasonable approach."])
    top = outlook_top(f, addr("Molloy, Bernadette", "Bernadette.Molloy@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF Weds 10th Dec 1.30pm - Quayle / Rimmer - EHM-81540", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, ef], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-81540"],
        [ch("Brandon Quayle", "2026-08-02", "2 Aug 2026"), ch("Skye Rimmer", "2030-01-19", "19 Jan 2030")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        "THE MEETING DATE IS ONLY IN THE SUBJECT: 'Step up TAF Weds 10th Dec 1.30pm'; the body says only that the "
        "invite is going out and the form's date box is blank. The subject is part of the message, so meeting_details is "
        "met: Tue 2 Dec -> Wed 10 Dec = 3, 4, 5, 8, 9, 10 = 6 WD -> ok. Non-engagement with the Engaging Families toolkit "
        "attached (engaging_families met), form, TAF minutes, EHM-81540, TM agreed -> nothing missing -> book_meeting. "
        "Half-siblings with different surnames; mum is not a child.",
        meeting=date(2036, 12, 10), not_children=["Donna Rimmer", "Joanne Shaw", "Bernadette Molloy"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2036-10-28 11:05:57"
    sig_o = "Orla Keegan\nLearning Mentor & Family Support | St Aidan's Catholic Primary School, Huyton\n0151 496 0820"
    sig_m = "Marcus Heyes\nSocial Worker | CIN Team (Huyton) | Knowsley Council\n0151 496 0377"
    first = T("""
Hi Orla,

As we discussed at the last CIN, I'm planning to step Tia Foy (DOB 06/01/2028) and Callum Foy (DOB 17/07/2031) down to level 2 with school as lead practitioner. I'd like to hold the final CIN meeting on Thursday 6 November at 2pm at St Aidan's - would that work for you?

For your notes, and I'll send the same to Family First:

What are we worried about?
Dad's drinking has reduced but he still binge drinks some weekends when he has the children. Callum's attendance is 86% and he is often late.

What is working well?
Dad has engaged with CGL since May and has had two alcohol-free months. Mum and dad co-parent well and both children are happy at St Aidan's.

What needs to happen?
School to lead the EHA and TAF; dad to keep going to CGL; an attendance support plan for Callum.

Mum and dad both agree to the step down.

Thanks
Marcus

""") + sig_m + "\n"
    second = T("""
Hi Marcus,

Sorry - Thursday 6th is our parents' evening and I'm with parents all afternoon. Could we do Monday 3rd November at 9.30 here at school instead? I've booked the library just in case.

Happy to take on lead practitioner for both of them.

Orla

""") + sig_o + "\n" + quote("Heyes, Marcus <Marcus.Heyes@knowsley.gov.uk>", "24 October 2036 14:02",
                             "Orla Keegan <o.keegan@staidans-huyton.example.sch.uk>", "Final CIN - Foy", first)
    third = T("""
Perfect - Monday 3 November at 9.30 at St Aidan's it is. I'll let Family First know.

Thanks Orla
Marcus
""") + quote("Orla Keegan <o.keegan@staidans-huyton.example.sch.uk>", "27 October 2036 12:15",
             "Heyes, Marcus <Marcus.Heyes@knowsley.gov.uk>", "RE: Final CIN - Foy", second)
    body = T("""
Hi Family First,

Forwarding the thread below so you have everything in one place - this is my notification of a step down to level 2 for Tia and Callum. The final CIN is the date school offered (the Monday, not the Thursday - see Orla's reply), and Orla has agreed to be lead practitioner.

Marcus

""") + sig_m + "\n\n" + KDISC + quote("Heyes, Marcus <Marcus.Heyes@knowsley.gov.uk>", "27 October 2036 12:31",
                                       "Orla Keegan <o.keegan@staidans-huyton.example.sch.uk>", "RE: Final CIN - Foy",
                                       third)
    top = outlook_top(f, addr("Heyes, Marcus", "Marcus.Heyes@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "FW: Final CIN - Foy - ICS-1449870 / ICS-1449871", when,
                      cc=addr("Orla Keegan", "o.keegan@staidans-huyton.example.sch.uk"))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-1449870", "ICS-1449871"],
        [ch("Tia Foy", "2028-01-06", "06/01/2028"), ch("Callum Foy", "2031-07-17", "17/07/2031")],
        ["school_attendance", "substance_misuse"], True, None, [], False, "request_info",
        "A PROPOSED MEETING THAT THE REPLY DECLINES AND RE-PROPOSES, in a forwarded thread: the SW proposed Thu 6 Nov "
        "2pm; the school declined (parents' evening) and offered Mon 3 Nov 9.30 at school; the SW confirmed 'Monday 3 "
        "November at 9.30 at St Aidan's it is'. The newest statement wins -> the meeting is Mon 3 Nov. Notice from Tue 28 "
        "Oct: Wed 29, Thu 30, Fri 31, Mon 3 = 4 WD across the weekend -> not ok -> request_info (the declined Thursday "
        "would have given 7). Level 2 stated; lead practitioner Orla Keegan with her school in her signature and her "
        "agreement in the thread; the three headings are in the oldest message; 'Mum and dad both agree' -> consent "
        "true. Concerns: dad's drinking -> substance_misuse, Callum's 86% -> school_attendance.",
        meeting=date(2036, 11, 3), not_children=["Orla Keegan", "Marcus Heyes"])
# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2036-10-14 13:40:08"
    blocks = [
        "Hi MASH,", "",
        "Step up request for Kesha Farrow (15, Mosaic 2461183) and Marley Farrow (10, Mosaic 2461184). The latest case "
        "summary is attached. I've had the reflective discussion with Ama (EH worker, cc) and I agree the step up.", "",
        ("h", "Rationale for step up"),
        "{{Hx}} (so it's clear what this is NOT about): CP (neglect) 2031-32, then CIN, closed NFA 2034. No DV since "
        "2033 - dad deported 2034, no contact; MARAC closed Nov 2033. CSE screening for Kesha in 2035: NFA, no "
        "indicators since. No MAPPA nominal or RSO linked to the household; PNC on mum's partner clear. LADO n/a.", "",
        "{{Now}}: Marley's SEMH - EHCP needs assessment refused twice, 3 x FTE this half term, on a PTT (9-12) since "
        "29/09; CAMHS (ADHD pathway) 14 months' wait. Mum's MH has deteriorated (GP; CMHT referral not accepted) and she "
        "says she is \"at the end of my rope\" with his behaviour at home. Kesha is doing the school run and looks after "
        "Marley from 12 every day; her own attendance is 79% and falling.", "",
        "12 months of EH (6 TAFs, a parenting course, a YC referral) hasn't shifted this. We think the family needs a "
        "C&F assessment and CIN support - this isn't about any immediate safeguarding concern.", "",
        "Mum knows about the step up and agrees to it.", "",
        "Chidi", "",
        "Chidi Okwu", "Early Help Team Manager | Wandsworth Early Help (Battersea) | Richmond and Wandsworth",
        "020 7946 0582", "", RDISC.strip()]
    summary = docx_att("Case summary - Farrow - Oct 2036.docx", [
        "# Case summary - Farrow family (Mosaic 2461183 / 2461184)",
        "Household: mum (Yvonne Farrow), Kesha (15), Marley (10), Battersea.",
        "Early Help since October 2035 (TAF x 6, parenting course, young carers referral).",
        "Marley: SEMH; EHCP needs assessment refused twice; part-time timetable 9-12 since 29/09/2036; three fixed-term "
        "exclusions this half term; CAMHS ADHD pathway.",
        "Kesha: young carer for Marley every afternoon; attendance 79%.",
        "Mum: depression; GP managing; CMHT referral not accepted.",
        "History: CP (neglect) 2031-32, CIN to 2034, closed NFA. No current CP concerns."])
    top = outlook_top(f, addr("Okwu, Chidi", "Chidi.Okwu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Farrow - Mosaic 2461183 / 2461184", when,
                      cc=addr("Boateng, Ama", "Ama.Boateng@" + RDOM))
    add(f, word_mail(f, top, blocks, [summary]), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["2461183", "2461184"],
        [ch("Kesha Farrow"), ch("Marley Farrow")],
        ["disability_send", "parental_mental_health", "school_attendance", "young_carer"], True, True, [], None,
        "book_meeting",
        "NEAR MISS - ALARMING ACRONYMS, ALL NEGATED OR HISTORIC: 'CP (neglect) 2031-32 ... closed NFA 2034', 'No DV since "
        "2033', 'MARAC closed Nov 2033', 'CSE screening ... NFA, no indicators since', 'No MAPPA nominal or RSO', 'PNC ... "
        "clear', 'LADO n/a' -> none is current: not urgent and no neglect / domestic_abuse / exploitation / sexual_harm. "
        "The current worries, also in shorthand: SEMH, EHCP, FTE, PTT -> disability_send + school_attendance; mum's MH -> "
        "parental_mental_health; Kesha caring for Marley every afternoon -> young_carer. Sent by the EH team manager "
        "('I agree' -> manager true) with the case summary attached and the rationale under its own heading -> nothing "
        "missing -> book_meeting. 'Mum ... agrees to it' -> consent true. Ages only -> dob null; 'Mosaic 2461183' -> "
        "'2461183'.",
        not_children=["Chidi Okwu", "Ama", "Yvonne Farrow"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2036-10-22 10:02:51"
    body = T("""
Dear Early Help duty,

Further to my call with Jasper this morning, I'm confirming the step down case discussion for Friday 24 October at 10am (Teams). The CIN plan ended at the review on 20/10 and everyone agreed Early Help should continue the plan.

The children:
Precious Barnes - 3rd Feb 2024 - Mosaic 2398810
Tremaine Osei - 11.09.26 - Mosaic 2398811
Amara Osei - 2029-06-21 - Mosaic 2398812
Jayden Whyte - 30/03/2032 - Mosaic 2403307
Zion Whyte - 03.02.35 - Mosaic 2441969

Kai Barnes (17) is not part of this referral - he's at college, has his own YOT worker and doesn't want Early Help.

Mum, Leanne Whyte, consents to Early Help continuing the plan, and Precious and Tremaine have been asked for their views and are happy with it. The three youngest are the focus of the plan: routines, Jayden starting Reception next September and getting Zion to his health reviews.

Main worries: Leanne's depression (under the GP, and she has started a Recovery College course) and Tremaine's attendance (85%). No CP concerns; the DA that brought us in (2035) has not recurred and the perpetrator is in prison.

Attached: the latest case summary and the draft Early Help plan.

Kind regards
Harriet

Harriet Whitlock
Social Worker | Family Support & Safeguarding (Wandsworth) | Richmond and Wandsworth
020 7946 0644

""") + RDISC
    summary = docx_att("Case summary - Whyte Barnes Osei - Oct 2036.docx", [
        "# Case summary", "Household: Leanne (mum) and five of her six children; the eldest lives with them but is "
        "not part of the step-down.", "CIN since April 2035 following domestic abuse (perpetrator imprisoned 2035).",
        "CIN review 20/10/2036: outcomes met; step-down to Early Help agreed by all.",
        "Current needs: mum's depression; Tremaine's attendance (85%); routines for the three youngest."])
    plan = docx_att("Draft Early Help plan - Whyte Barnes Osei.docx", [
        "# Draft Early Help plan", "1. Mum to continue with her GP and the Recovery College course.",
        "2. Attendance support plan for Tremaine with school.", "3. Morning and bedtime routines (Family Practitioner).",
        "4. Health reviews for the youngest with the health visitor.", "Review: TAF in 6 weeks."])
    top = outlook_top(f, addr("Whitlock, Harriet", "Harriet.Whitlock@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Whyte / Barnes / Osei sibling group - case discussion Fri 24/10 10am", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["2398810", "2398811", "2398812", "2403307", "2441969"],
        [ch("Precious Barnes", "2024-02-03", "3rd Feb 2024"), ch("Tremaine Osei", "2026-09-11", "11.09.26"),
         ch("Amara Osei", "2029-06-21", "2029-06-21"), ch("Jayden Whyte", "2032-03-30", "30/03/2032"),
         ch("Zion Whyte", "2035-02-03", "03.02.35"), ch("Kai Barnes")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "LARGE FAMILY: six children of three surnames, five listed with DOBs in four formats (3rd Feb 2024, 11.09.26, "
        "2029-06-21, 30/03/2032, 03.02.35) and their Mosaic numbers, 'the three youngest' in prose, and 'Kai Barnes (17) "
        "is not part of this referral'. Kai is named in full, so he is labelled (DESIGN: 'each child named'; mixed14's "
        "convention for a named child excluded from the request), last and without a DOB. Complete step-down: case "
        "summary and draft plan attached, mum consents -> book_meeting (no notice period). Concerns: Leanne's "
        "depression, Tremaine's 85%; 'No CP concerns', the 2035 DA 'has not recurred' -> excluded.",
        not_children=["Leanne Whyte", "Harriet Whitlock", "Jasper"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2036-12-05 14:52:33"
    body = T("""
Hi MASH,

Following a reflective discussion this afternoon with Dani, our EH worker (cc), I'm asking for the Fenwick girls to be stepped up to Children's Services. The latest case summary is attached.

The girls are Poppy Fenwick (17/03/2024), Isla Fenwick (08/08/2027) and Rosie Fenwick (29/10/2030), Mosaic 2477390. They live with mum, Claire Fenwick, in Roehampton.

Rationale for step up
At today's home visit mum told Dani that her new partner, Wayne Tolley, is moving in this weekend - his van is booked for tomorrow morning, and he's been staying over "a few nights a week" since October. Mum volunteered that he "got into trouble years ago". Dani checked with our police liaison officer before leaving the office: Wayne Tolley was convicted in 2030 of sexual activity with a 13-year-old girl and is on the sex offenders register until 2040. Mum says she doesn't believe it and that the girls "don't need to know". She does not agree to us sharing this with Children's Services; I've told her we have to.

Early Help has worked with the family since March on Isla's attendance and mum's low mood, which were both improving.

I agree with this step up.

Rosalind

Rosalind Achebe
Early Help Team Manager | Richmond Early Help (Roehampton & Putney) | Richmond and Wandsworth
020 7946 0719

""") + RDISC
    summary = docx_att("Case summary - Fenwick - Dec 2036.docx", [
        "# Case summary - Fenwick (Mosaic 2477390)", "Household: Claire (mum), Poppy (12), Isla (9), Rosie (6).",
        "Early Help since March 2036: Isla's attendance (now 91%, up from 78%); mum's low mood (GP, improving).",
        "Mum's new partner: Wayne Tolley, staying over since October; moving in this weekend (see covering email)."])
    top = outlook_top(f, addr("Achebe, Rosalind", "Rosalind.Achebe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Fenwick - Mosaic 2477390", when,
                      cc=addr("Kowalczyk, Dani", "Dani.Kowalczyk@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2477390"],
        [ch("Poppy Fenwick", "2024-03-17", "17/03/2024"), ch("Isla Fenwick", "2027-08-08", "08/08/2027"),
         ch("Rosie Fenwick", "2030-10-29", "29/10/2030")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], False, True, [], None, "alert_duty",
        "URGENT WITH THE IMMEDIACY ONLY IMPLIED: a man convicted of sexual activity with a 13-year-old girl and on the "
        "register is moving in 'this weekend' ('van booked for tomorrow morning') with three girls of 12, 9 and 6, "
        "already staying over, and mum doesn't believe it - sent at 14:52 on a Friday. No 'urgent', 'immediate', 'risk' "
        "or 'safeguarding' in the text; the harm can begin before the next working day -> alert_duty (a written step-up "
        "is not the route for it, which is why the label does not depend on the kind). Otherwise a complete step-up from "
        "the EH team manager (case summary attached, rationale under its heading, 'I agree' -> manager true). Mum 'does "
        "not agree to us sharing this' -> consent false. Concerns: sexual_harm, plus the EH work still in progress "
        "(attendance, mum's low mood).",
        not_children=["Claire Fenwick", "Wayne Tolley", "Rosalind Achebe", "Dani"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2036-11-25 16:10:19"
    blocks = [
        "Hi MASH,", "",
        "Step up request for the Nightingale children: Connor Nightingale (DOB 12/12/2025), Lacey Nightingale (DOB "
        "01/07/2028) and Ruby Nightingale (DOB 15/10/2032). I've discussed this with their worker and I agree it needs to "
        "step up.", "",
        "To be clear from the start: nothing new happened today and I'm not asking for anything to happen tonight. The "
        "children are fed, warm and in school, there are no injuries and nobody has raised a concern about this week. "
        "This is about two years of neglect that Early Help has not been able to shift.", "",
        ("h", "Rationale"),
        "The home conditions are the worst our team has worked with: dog faeces in the hall and the bedrooms, black mould "
        "across the children's room, mattresses on the floor with no bedding, a fridge that has been broken since the "
        "summer. The GCP2 in April 2035 and again in October 2036 scored 4 for physical care and 4 for safety. Ruby has "
        "had four courses of antibiotics for chest infections this year and the health visitor links them to the mould. "
        "Connor (10) has started taking food from other children's lunchboxes. Mum agrees with every plan and nothing "
        "changes; dad works away. We've had three TAF cycles, a deep clean, the housing team and a family support worker "
        "twice a week. It isn't enough.", "",
        "The case summary will follow tomorrow - Mosaic has been down all afternoon and I can't export it. Mosaic family "
        "ID 2390044.", "",
        "Sunil", "", "Sunil Varma", "Early Help Team Manager | Wandsworth Early Help (Tooting) | Richmond and Wandsworth",
        "020 7946 0803", "", RDISC.strip()]
    top = outlook_top(f, addr("Varma, Sunil", "Sunil.Varma@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Nightingale family", when)
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["2390044"],
        [ch("Connor Nightingale", "2025-12-12", "12/12/2025"), ch("Lacey Nightingale", "2028-07-01", "01/07/2028"),
         ch("Ruby Nightingale", "2032-10-15", "15/10/2032")],
        ["neglect"], None, True, ["case_summary"], None, "request_info",
        "NEAR MISS - LONG-STANDING NEGLECT, SERIOUS BUT NOT IMMEDIATE: 'the worst our team has worked with', dog faeces, "
        "black mould, no bedding, a child with repeated chest infections, a 10-year-old taking food - but 'nothing new "
        "happened today', the children are fed, warm and in school with no injuries, and the TM asks for nothing tonight "
        "-> not urgent; neglect. Word HTML with a plain twin. The rationale is under its own heading (met); the case "
        "summary 'will follow tomorrow' -> case_summary missing -> request_info. The TM's 'I agree' -> manager true; "
        "'Mosaic family ID 2390044' -> '2390044'.",
        not_children=["Sunil Varma"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2036-10-16 09:31:45"
    data = itip_reply(f, when, "Quint, Jasper", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Farrow [SB-richmond_wandsworth-88]", "20361017T100000",
                      "20361017T110000", "Microsoft Teams Meeting",
                      comment="I'm chairing a strategy meeting in Roehampton all Friday morning, so I can't do 10. "
                              "Could we move it to Friday 17th at 14:00, or Monday 20th at 10:00? Either works for Ama too.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "A PROPOSED MEETING DECLINED AND RE-PROPOSED: the Early Help manager's Outlook iTIP REPLY (PARTSTAT=DECLINED) to "
        "stepbot's step-up case discussion for the Farrow family (richmond_wandsworth_01), with a COMMENT offering Friday "
        "14:00 or Monday 20th 10:00. An iTIP REPLY -> meeting_reply -> record_reply whatever the comment says (the "
        "counter-offer is for business support to act on; it is not a new request). Only a surname in the summary -> "
        "no child; no case id.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2036-10-06 07:58:12"
    body = T("""
Thank you for your email. I'm on annual leave and back on Monday 13 October.

For CIN / CP visits, core groups, PLO and LAC reviews on my caseload please contact my Team Manager, Priya Doshi, on 020 7946 0530.

If you have an immediate child protection concern about a child in Richmond or Wandsworth, please call the MASH on 020 7946 0321 (Monday to Friday, 9am-5pm) or the Emergency Duty Team on 020 7946 0999 out of hours. If a child is in immediate danger, call 999.

Tom Adebayo
Social Worker | Family Support & Safeguarding (Richmond) | Richmond and Wandsworth
""")
    data = ooo(f, when, "Adebayo, Tom", "Tom.Adebayo@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-79] Step-down case discussion confirmed", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:' subject) sent at 07:58 on the first "
        "day of the window, in reply to a stepbot confirmation. Its CP / PLO / LAC shorthand and the 'immediate child "
        "protection concern ... call 999' lines are boilerplate -> not urgent -> auto_reply -> ignore.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2036-11-13 12:20:06"
    body = T("""
Hi,

As agreed with Jasper on the phone this morning, the step down case discussion is on Tuesday 18th at 2pm on Teams.

Attached: the step down request form (filled in on the PDF), the latest case summary and the draft Early Help plan.

Thanks
Toby

Toby Mensah-Reid
Social Worker | Family Support & Safeguarding (Wandsworth) | Richmond and Wandsworth
020 7946 0691

""") + RDISC
    form = form_pdf_att("Step down request form - completed.pdf", "Step Down to Early Help - Request Form", [
        "Richmond and Wandsworth Children's Services. Complete every box; the form is fillable.",
        "Send to the Early Help duty inbox with the latest case summary and the draft Early Help plan."], [
        ("child1_name", "Child 1 - full name", "Maisie Kavanagh", 1),
        ("child1_dob", "Child 1 - date of birth", "07/03/2030", 1),
        ("child1_mosaic", "Child 1 - Mosaic ID", "2455601", 1),
        ("child2_name", "Child 2 - full name", "Alfie Kavanagh", 1),
        ("child2_dob", "Child 2 - date of birth", "22/12/2033", 1),
        ("child2_mosaic", "Child 2 - Mosaic ID", "2455602", 1),
        ("parent", "Parent / carer", "Gemma Kavanagh (mother)", 1),
        ("sw", "Allocated social worker", "Toby Mensah-Reid, Family Support & Safeguarding (Wandsworth)", 1),
        ("consent", "Has the family consented to Early Help continuing the plan?",
         "Yes - Gemma signed the consent section at the CIN review on 10/11/2036", 1),
        ("reason", "Reason for step down", "CIN plan outcomes met at the review on 10/11/2036; the family would "
         "benefit from continued Early Help support with school attendance and mum's wellbeing.", 3),
        ("needs", "Current needs - what are we worried about?", "Maisie: attendance 86% and anxiety about going into "
         "school. Gemma: depression - on medication, on the Talking Therapies waiting list.", 3),
        ("ehw", "Identified Early Help worker (if known)", "", 1),
        ("date", "Date completed", "12/11/2036", 1)])
    summary = docx_att("Case summary - Kavanagh - Nov 2036.docx", [
        "# Latest case summary", "Gemma and her two children, Maisie (6) and Alfie (2), live in Earlsfield.",
        "CIN since March 2036 after concerns about Maisie's attendance and Gemma's depression.",
        "CIN review 10/11/2036: outcomes met; step-down to Early Help agreed; Gemma consented."])
    plan = docx_att("Draft Early Help plan - Kavanagh.docx", [
        "# Draft Early Help plan", "1. Attendance and anxiety support for Maisie with school (weekly check-ins).",
        "2. Gemma to continue with her GP and start Talking Therapies.", "3. Nursery place for Alfie from January.",
        "Review at 6 weeks."])
    top = outlook_top(f, addr("Mensah-Reid, Toby", "Toby.MensahReid@" + RDOM), addr("Early Help Duty", RED),
                      "Step down request form, case summary and draft plan", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [form, summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2455601", "2455602"],
        [ch("Maisie Kavanagh", "2030-03-07", "07/03/2030"), ch("Alfie Kavanagh", "2033-12-22", "22/12/2033")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "A PDF FORM WHOSE ANSWERS ARE IN FORM FIELDS: the attached 'Step down request form - completed.pdf' is a fillable "
        "AcroForm; its page text holds only the questions, and the children's names, DOBs, Mosaic IDs and the consent "
        "answer are text-field values (with appearance streams, as a viewer shows them). The body names nobody and the "
        "other attachments give first names only. Read as a person sees the form: Maisie and Alfie Kavanagh with DOBs, "
        "Mosaic 2455601 / 2455602, consent 'Yes - Gemma signed'. Case summary and draft plan attached -> complete -> "
        "book_meeting.",
        not_children=["Gemma Kavanagh", "Toby Mensah-Reid", "Jasper"], names_only_in_attachments=True)

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2036-11-17 08:47:29"
    body = T("""
Hi, sorry, I'm not sure this is the right inbox - it's the only MASH address I've got.

I'm Shanice Cole's Early Help worker (Shanice is 19 and a care leaver; EH since her baby was born). Her baby is Nevaeh Cole, DOB 26/09/2036, Mosaic 2480117.

Kayla, who is 15 and the younger sister of Shanice's friend, messaged me at 07:50 this morning. She says Shanice left Nevaeh with her on Saturday night "for a couple of hours" and hasn't come back, and hasn't answered her phone since Sunday morning. Kayla's mum is away in Birmingham until Wednesday. Kayla is supposed to be at school today, she's run out of formula and has been giving Nevaeh water with sugar in, and she says Nevaeh has been "sleeping loads".

I've tried Shanice six times. I'm in a team meeting until 10 - what should I do?

Bex

Get Outlook for Android
""")
    top = outlook_top(f, addr("Hollings, Bex", "Bex.Hollings@" + RDOM), addr("MASH Step Up", RSU),
                      "Advice please - Shanice / baby", when)
    add(f, build(top, text_part(body, cte="base64"), False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["2480117"], [ch("Nevaeh Cole", "2036-09-26", "26/09/2036")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, IMMEDIACY IMPLIED, AN ADVICE REQUEST: a 7-week-old left since Saturday night with a 15-year-old who has "
        "run out of formula, is feeding her sugared water, must go to school today, and says the baby is 'sleeping "
        "loads'; the mother is uncontactable and the only adult is away until Wednesday. The worker asks 'what should I "
        "do?' -> other (not a step request), urgent -> alert_duty. Abandonment by the only carer -> neglect. Kayla is a "
        "child but named by first name only -> not labelled; Shanice (19) is an adult. Outlook for Android, base64 text, "
        "LF line ends.",
        not_children=["Shanice Cole", "Kayla", "Bex"])
# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2036-10-08 11:26:40"
    body = T("""
Hi MAST,

Please find attached the MARF for Amelia Dobson (DOB 19/04/2034), as discussed with my manager Dilwar Hussain yesterday - he agrees with the step up and is copied in. Mum, Kirsty Dobson, consented to the referral when I saw her on the ward on Friday.

Background: Early Help since January for neglect (missed health appointments, Amelia's weight, home conditions). Mum has been an inpatient at the Royal London mental health unit under Section 2 since 29 September, and Amelia has been staying with her nan, Brenda Dobson, who has her own health problems and drinks.

This morning: I went for the 10.30 visit at nan's flat. Nan's neighbour, Mrs Pauline Grey, was at the door holding Amelia. She had heard Amelia crying for over an hour, let herself in with the spare key and found nan on the kitchen floor, not responding. The ambulance took nan to the Royal London at 10.50; the paramedics said she had been drinking and had taken some of her tablets. Mrs Grey has to leave for work at 1 and says she can't keep Amelia. Mum is still on the ward and can't have her. I don't know of anyone else in the family - Amelia's dad isn't named.

I'm still at the flat with Mrs Grey and Amelia.

Shirin

Shirin Akhtar
Early Help Practitioner | Bethnal Green Family Hub | Tower Hamlets Council
020 7946 0911 | 07700 900526

""") + TDISC
    marf = pdf_att("MARF - Amelia Dobson - Oct 2036.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Amelia Dobson   DOB: 19/04/2034   Mosaic ID: 1507736",
        "Address: c/o maternal grandmother, Bethnal Green",
        "Referrer: Shirin Akhtar, Early Help Practitioner, Bethnal Green Family Hub",
        "Consent: mother (Kirsty Dobson) consented on 03/10/2036",
        "Manager agreement: Dilwar Hussain, Early Help Team Manager, 07/10/2036",
        "Reason for request: step up from Early Help. Neglect - missed health appointments, weight below the 2nd "
        "centile, poor home conditions; mother detained under s2 MHA since 29/09/2036; grandmother caring, with her "
        "own health and alcohol problems.",
        "Immediate risk to the child at the time of completion (07/10/2036): No"])
    top = outlook_top(f, addr("Akhtar, Shirin", "Shirin.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF attached - Amelia Dobson", when,
                      cc=addr("Hussain, Dilwar", "Dilwar.Hussain@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["1507736"], [ch("Amelia Dobson", "2034-04-19", "19/04/2034")],
        ["neglect", "parental_mental_health", "substance_misuse"], True, True, [], None, "alert_duty",
        "URGENT WITH THE IMMEDIACY ONLY IMPLIED - A TODDLER'S CARER FOUND UNCONSCIOUS: the 2-year-old's grandmother "
        "(her only carer while mum is detained) was found 'not responding' after drinking and taking tablets; the "
        "neighbour holding Amelia leaves at 1pm and can't keep her, mum can't have her, no one else is known. No "
        "'urgent', 'immediate', 'risk' or 'safeguarding' in the body, and the MARF says 'Immediate risk ... No' as at "
        "yesterday - the facts decide -> alert_duty. The planned step-up itself is complete (MARF, manager agreed, "
        "consent). Mosaic ID only in the MARF. Concerns: neglect, mum's detention -> parental_mental_health, the "
        "carer's drinking -> substance_misuse.",
        not_children=["Kirsty Dobson", "Brenda Dobson", "Pauline Grey", "Dilwar Hussain", "Shirin Akhtar"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2036-10-21 15:47:03"
    blocks = [
        "Hello Early Help Hub,", "",
        "The C&F assessment for this family concluded on 17/10 with a recommendation for a step down to a TAF. The four "
        "children:", "",
        ("table", [["", "Name", "Date of birth", "Mosaic"],
                   ["1", "Yusuf Rahman", "2023-05-14", "1510223"],
                   ["2", "Layla Rahman", "9th Nov 2025", "1510224"],
                   ["3", "Idris Khan", "01.12.29", "1510225"],
                   ["4", "Safa Khan", "17/08/2032", "1510226"]]),
        "They live with mum, Shabana Begum, in Bow. Yusuf and Layla's dad has had no contact since 2031; the two "
        "youngest see their dad, Tariq Khan, every weekend and that works well.", "",
        "Mum and Mr Khan both consent to the step down and to a TAF.", "",
        "Needs: mum's depression (GP, on medication); Layla's EHCP needs assessment (autism diagnosed in August); "
        "Yusuf's attendance (82%) since he started Year 9; overcrowding (five of them in a two-bed - on the housing "
        "register). No current safeguarding concerns.", "",
        "Attached: the C&F assessment and the draft TAF plan. I'll arrange and chair the TAF on Tuesday 4 November at "
        "10am at Bow Family Hub.", "",
        "Lead Practitioner: still to be agreed - I've asked the school and the Family Hub and neither has confirmed "
        "yet. I'll let you know.", "",
        "Gabriela", "", "Gabriela Novak", "Social Worker | Assessment & Intervention Team | Tower Hamlets Council",
        "020 7946 0962", "", TDISC.strip()]
    assess = pdf_att("C&F Assessment - Rahman Khan children - Oct 2036.pdf", "Child and Family Assessment - summary", [
        "Completed: 17/10/2036 by Gabriela Novak", "Children: four siblings (Rahman and Khan), Bow.",
        "Outcome: no further statutory involvement; step down to a Team Around the Family.",
        "Needs: maternal depression; EHCP needs assessment (autism); secondary school attendance 82%; overcrowding."])
    plan = docx_att("Draft TAF plan - Rahman Khan.docx", [
        "# Draft TAF plan", "1. Mum: GP review and Talking Therapies referral.", "2. Layla: EHCP needs assessment "
        "(SENCo).", "3. Yusuf: attendance plan with his school.", "4. Housing: priority review.",
        "Lead Practitioner: to be confirmed."])
    top = outlook_top(f, addr("Novak, Gabriela", "Gabriela.Novak@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Rahman / Khan children", when)
    add(f, word_mail(f, top, blocks, [assess, plan]), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1510223", "1510224", "1510225", "1510226"],
        [ch("Yusuf Rahman", "2023-05-14", "2023-05-14"), ch("Layla Rahman", "2025-11-09", "9th Nov 2025"),
         ch("Idris Khan", "2029-12-01", "01.12.29"), ch("Safa Khan", "2032-08-17", "17/08/2032")],
        ["disability_send", "parental_mental_health", "school_attendance"], True, None, ["lead_practitioner"], None,
        "request_info",
        "LARGE FAMILY in a Word table: four children of two surnames, DOBs in four formats (2023-05-14, 9th Nov 2025, "
        "01.12.29, 17/08/2032), 'the two youngest' in prose; mum and the younger children's father are adults. C&F "
        "assessment and draft TAF plan attached, consent from both parents -> met; the lead practitioner is 'still to be "
        "agreed' -> lead_practitioner missing -> request_info. Concerns: depression, EHCP needs assessment -> "
        "disability_send, 82% attendance; overcrowding maps to no id; 'No current safeguarding concerns'.",
        not_children=["Shabana Begum", "Tariq Khan", "Gabriela Novak"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2036-10-30 09:15:22"
    ack = T("""
Thank you. Your step-down request has been logged as SB-tower_hamlets-131.

Children: Ibrahim Saleh (13/02/2027)
Attachments received: C&F assessment; TAF plan
Nothing is missing. Please tell us the date, time and venue of the TAF meeting you arrange.

Early Help Hub (automated message)
""")
    body = T("""
Hi,

Apologies - I pasted the wrong child into my email yesterday afternoon. The step down is for Ruby Mahmood, DOB 05/05/2030, Mosaic 1498870. Ibrahim Saleh is a child on another of my cases and should never have been in that email - please take his name off the request.

The C&F assessment and the plan I attached yesterday are Ruby's and are correct.

Thanks
Salma

Salma Chowdhury
Social Worker | Children in Need Team (Poplar) | Tower Hamlets Council
020 7946 0435

""") + quote("Early Help Hub <%s>" % THUB, "29 October 2036 16:12", "Chowdhury, Salma <Salma.Chowdhury@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-131] Step-down request received", ack)
    top = outlook_top(f, addr("Chowdhury, Salma", "Salma.Chowdhury@" + TDOM), addr("Early Help Hub", THUB),
                      "RE: [SB-tower_hamlets-131] Step-down request received", when,
                      reply_to_mid="<SB-tower_hamlets-131.ack@towerhamlets.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["1498870"], [ch("Ruby Mahmood", "2030-05-05", "05/05/2030")],
        [], None, None, [], None, "attach_to_request",
        "A PRACTITIONER CORRECTING A WRONG CHILD'S NAME from an earlier mail: yesterday's request (as stepbot's quoted "
        "acknowledgement shows) named 'Ibrahim Saleh (13/02/2027)', a child from another family; today's reply says "
        "the step-down is for Ruby Mahmood and asks for his name to be taken off. The latest statement wins and a "
        "corrected, other-family child is not labelled -> children [Ruby Mahmood]. Reply to [SB-tower_hamlets-131] -> "
        "follow_up -> attach_to_request. No consent or concern stated in this message.",
        not_children=["Ibrahim Saleh", "Salma Chowdhury"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2036-12-01 13:02:48"
    body = T("""
Dear MAST,

MARF attached for Hana Uddin (DOB 30/01/2022).

Hana has not been in school since 8 September (0% this term) and has left the flat twice in that time. She sleeps most of the day, games through the night and has stopped seeing her friends. School describe it as emotionally based school avoidance; the attendance team are talking about prosecuting mum, Rukhsana Uddin, who works nights as a care assistant. CAMHS accepted the referral in July - the wait is nine months. Dad lives in Sylhet.

This is not about Hana being unsafe today: she is at home, mum is there during the day and nothing suggests anyone is harming her. But after 14 weeks of Early Help - a home tuition offer, the school nurse, two TAFs - nothing has moved, and we think she needs a statutory assessment.

I haven't been able to discuss the step up with my manager yet (she's on leave) - I'll confirm her view on Thursday when she's back.

Parveen

Parveen Ali
Early Help Practitioner | Stepney Family Hub | Tower Hamlets Council
020 7946 0158

""") + TDISC
    marf = pdf_att("MARF - Hana Uddin.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Hana Uddin   DOB: 30/01/2022", "Referrer: Parveen Ali, Early Help Practitioner",
        "Reason: step up from Early Help - school non-attendance (0% since 08/09/2036), social withdrawal, awaiting CAMHS.",
        "Manager agreement: (to follow)", "Consent: not yet discussed with mum"])
    top = outlook_top(f, addr("Ali, Parveen", "Parveen.Ali@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Hana Uddin (14) - EBSA", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, [], [ch("Hana Uddin", "2022-01-30", "30/01/2022")],
        ["school_attendance"], None, None, ["manager_agreed"], None, "request_info",
        "NEAR MISS - SCHOOL REFUSAL: a 14-year-old at 0% since September, barely leaving the flat, sleeping by day, a "
        "nine-month CAMHS wait and a threatened prosecution - serious, but 'not about Hana being unsafe today' and the "
        "facts agree (mum at home, no one harming her) -> not urgent; school_attendance (the child's own mental health "
        "has no id). MARF attached (met); the manager has not been asked yet ('I'll confirm her view on Thursday') -> "
        "manager_agreed null -> missing -> request_info. Consent 'not yet discussed' -> null (not a requirement here).",
        not_children=["Rukhsana Uddin", "Parveen Ali"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2036-12-03 10:14:30"
    data = itip_reply(f, when, "Ali, Parveen", "Parveen.Ali@" + TDOM, ("MAST", TMAST), "TENTATIVE",
                      "MAST discussion - Rahim family [SB-tower_hamlets-147]", "20361204T140000", "20361204T150000",
                      "Microsoft Teams Meeting",
                      comment="I'm at an attendance panel until 2 - I'll join as soon as it finishes. If I can't, my "
                              "manager will join instead.")
    add(f, data, "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT, to stepbot's MAST discussion invitation "
        "([SB-tower_hamlets-147], Thu 4 Dec 14:00) -> meeting_reply -> record_reply. Surname only in the summary -> no "
        "child; no case id.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2036-10-31 16:45:11"
    d = dt(when)
    human = T("""
Delivery has failed to these recipients or groups:

Salma.Chowdhury@towerhamlets.gov.uk
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM

Salma.Chowdhury@towerhamlets.gov.uk
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""")
    status = T("""
Reporting-MTA: dns;LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: %s

Final-Recipient: rfc822;Salma.Chowdhury@towerhamlets.gov.uk
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""" % email.utils.format_datetime(d - timedelta(seconds=3)))
    returned = T("""
From: Early Help Hub <%s>
To: "Chowdhury, Salma" <Salma.Chowdhury@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-131] TAF meeting date still needed
Date: %s
Message-ID: <SB-tower_hamlets-131.chase1@towerhamlets.gov.uk>
Auto-Submitted: auto-generated
""" % (THUB, email.utils.format_datetime(d - timedelta(seconds=5))))
    root = multipart("report", [text_part(human, crlf=True),
                                Part([("Content-Type", "message/delivery-status")], status),
                                Part([("Content-Type", "text/rfc822-headers")], returned)],
                     bnd(f, 1), params="; report-type=delivery-status")
    top = outlook_top(f, addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + TDOM),
                      addr("Early Help Hub", THUB),
                      "Undeliverable: [SB-tower_hamlets-131] TAF meeting date still needed", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange Online non-delivery report (multipart/report; report-type=delivery-status, 'Undeliverable:', "
        "Auto-Submitted: auto-replied): stepbot's chase to the social worker bounced because her mailbox is full -> "
        "auto_reply -> ignore. The returned headers carry the [SB-tower_hamlets-131] reference; no child is named.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2036-12-09 10:40:57"
    pairs = [
        ("Child's full name:", "Theo Brannigan-Walsh"),
        ("Date of birth:", "19 July 2031"),
        ("Mosaic ID:", "1503377"),
        ("Other children in the household:", "N/A"),
        ("Parent(s) / carer(s):", "Chloe Brannigan (mother)"),
        ("Reason for step down:", "CIN plan outcomes met; the C&F assessment recommends a TAF with a lead practitioner."),
        ("Date the Child and Family Assessment was completed:", "05/12/2036"),
        ("Child and Family Assessment attached?", "See attached"),
        ("Has the family consented to the step down to Early Help?", "Yes - Chloe consented at the final CIN review on 05/12/2036"),
        ("Identified Lead Practitioner (name and agency):", "Amina Choudhury, Family Support Worker, Stepney Green Family Hub (LBTH Early Help)"),
        ("TAF plan attached?", ""),
        ("Date / time / venue of the TAF meeting:", "TBC - I'll arrange and chair it before Christmas"),
        ("Any current safeguarding concerns?", "N/A"),
        ("What are we worried about?", "Chloe's drinking - much reduced (with CGL since June) but not stopped. Theo's angry outbursts at home. (His attendance is good - 97%.)"),
        ("What is working well?", "Chloe has engaged with every CIN visit and with CGL; Theo loves his football club; grandad helps twice a week."),
        ("What needs to happen?", "Amina to lead the EHA and TAF; Chloe to continue with CGL; school to continue Theo's ELSA sessions."),
        ("Other professionals involved:", "CGL (Chloe); school (ELSA); GP"),
        ("Team manager sign-off:", ""),
    ]
    body = T("""
Hi,

Step down referral - I've copied the form into the email because the Word template won't open on my laptop. The C&F assessment is attached.

""") + form_q_and_a(pairs) + T("""
Kofi

Kofi Osei-Bonsu
Social Worker | Children in Need Team (Stepney) | Tower Hamlets Council
020 7946 0387

""") + TDISC
    assess = pdf_att("C&F Assessment - T Brannigan-Walsh - Dec 2036.pdf", "Child and Family Assessment", [
        "Child: Theo (5). Completed: 05/12/2036.", "Outcome: step down to a Team Around the Family.",
        "Analysis: mother's alcohol use much reduced; Theo's emotional regulation at home; strong support from grandfather."])
    top = outlook_top(f, addr("Osei-Bonsu, Kofi", "Kofi.OseiBonsu@" + TDOM), addr("Early Help Hub", THUB),
                      "Step Down Referral Form - Theo Brannigan-Walsh - Mosaic 1503377", when)
    add(f, mail(f, top, body, [assess], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1503377"], [ch("Theo Brannigan-Walsh", "2031-07-19", "19 July 2031")],
        ["substance_misuse"], True, None, ["draft_plan"], None, "request_info",
        "A STEP-DOWN WRITTEN ENTIRELY AS ANSWERS UNDER A FORM'S QUESTIONS copied into the body (question line, answer "
        "line; some answers 'N/A', 'See attached', blank). Assessment 'See attached' and attached -> met; consent 'Yes' "
        "-> true; lead practitioner named with agency -> met; 'TAF plan attached?' left blank and no plan attached -> "
        "draft_plan missing -> request_info. 'Team manager sign-off:' blank -> manager null. Concerns: mum's drinking -> "
        "substance_misuse; attendance is good (negated); 'Any current safeguarding concerns? N/A'. 'Mosaic 1503377' in "
        "the subject and 'Mosaic ID: 1503377' -> '1503377'.",
        not_children=["Chloe Brannigan", "Amina Choudhury", "Kofi Osei-Bonsu"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2036-11-06 16:20:35"
    body = T("""
Dear Early Help Hub,

For information only - no action is needed from you, but the family has an Early Help worker (Jo Whelan) and I wanted the record to be complete.

At pick-up today (3.20pm) Mr Daniel Ofori, dad of Kwame Ofori (Year 2) and Abena Ofori (Nursery), had a seizure in the playground and was unconscious for about two minutes. Our first aider was with him straight away and we called an ambulance. Mr Ofori has epilepsy - it's on the children's records and we hold a copy of his care plan. The paramedics took him to the Royal London as a precaution; he was awake and talking when he left.

Both children were with their class teachers the whole time and didn't see most of it. Mum, Grace Ofori, arrived from work within 15 minutes and took both children home. She rang at 5 to say Mr Ofori is being kept in overnight and will be home tomorrow.

Kwame was upset, so his class teacher will check in with him in the morning. No safeguarding concerns.

Kind regards
Adaeze Nwosu
Designated Safeguarding Lead | Mulberry Lane Primary School
020 7946 0276
""")
    htm = simple_html(body)
    alt = multipart("alternative", [text_part(body, cte="base64"), text_part(htm, "html", cte="base64")], gbnd(f, 1))
    top = plain_top(f, addr("Adaeze Nwosu", "a.nwosu@mulberrylane.example.sch.uk"), addr("Early Help Hub", THUB),
                    "For information - Ofori family - incident at pick-up today", when, "mulberrylane.example.sch.uk", None)
    add(f, build(top, alt, False), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [ch("Kwame Ofori"), ch("Abena Ofori")],
        [], None, None, [], None, "human_review",
        "NEAR MISS, THE MIRROR OF A CARER FOUND UNCONSCIOUS: a father with known epilepsy had a seizure and was "
        "unconscious for two minutes at pick-up, but first aid and paramedics attended, the children were with their "
        "teachers throughout and mum collected them within 15 minutes - a medical emergency handled by protective "
        "adults -> not urgent, no concern id. 'For information only' from a school DSL -> other -> human_review. "
        "Gmail-style base64 text + HTML.",
        not_children=["Daniel Ofori", "Grace Ofori", "Jo Whelan", "Adaeze Nwosu"])
# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2036-10-20 12:05:18"
    body = T("""
Hi MASH,

I'm the lead practitioner (Early Help, level 3) for Jack Penhaligon (DOB 02/02/2027) and Evie Penhaligon (DOB 13/08/2031), EHM-741230, and I'd like the new information below considered for a level 4 response.

Dad, Rob Penhaligon, relapsed last week after 14 months sober. He was drunk at the school gate on Thursday and school rang mum. Mum, Sarah Penhaligon, asked him to leave that evening and he's staying with his brother in Brixham. He has gone back to Torbay Recovery Initiatives himself.

The children are safe at home with mum, who is caring for them full time and has been protective throughout - she's arranged for her sister to supervise any contact at weekends. School have no worries about either child this week. I don't think anything needs to happen today.

The reason for the contact: this is dad's fourth relapse in three years and each time he's home again within a month, and Jack (9) has told me he worries about dad coming back. We'd like MASH to look at whether a single assessment is needed.

My team manager, Lowenna Trebilcock (copied), agrees this should go to MASH for a threshold discussion, and mum consents to the contact.

Jenna

Jenna Rowe
Family Practitioner | Early Help (Torquay) | Torbay Council
01632 960378

""") + BDISC
    top = outlook_top(f, addr("Rowe, Jenna", "Jenna.Rowe@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Penhaligon children - EHM-741230", when,
                      cc=addr("Trebilcock, Lowenna", "Lowenna.Trebilcock@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-741230"],
        [ch("Jack Penhaligon", "2027-02-02", "02/02/2027"), ch("Evie Penhaligon", "2031-08-13", "13/08/2031")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - A PARENT'S RELAPSE WITH THE OTHER PARENT CARING: dad drunk at the school gate after 14 months "
        "sober, but mum asked him to leave that night, he lives elsewhere, contact is supervised by an aunt, the children "
        "are safe at home with a protective mum and school have no worries -> not urgent; substance_misuse (the reason "
        "for the contact). A Torbay contact to MASH with parental consent and the TM's agreement -> complete -> "
        "book_meeting (the MASH threshold discussion).",
        not_children=["Rob Penhaligon", "Sarah Penhaligon", "Lowenna Trebilcock", "Jenna Rowe"])

B02_BODY = T("""
Hi Early Help,

Please could I have a triage slot for Alfie Chudleigh (DOB 21/11/2024) and Mollie Chudleigh (DOB 04/04/2032), LCS-2291045.

Single Assessment completed 06/11/2036 - no further action at level 4, but a high level of need that we think needs a level 3 coordinated response. My analysis and the rationale for the step down are in the SA (attached). My TM, Morwenna Pascoe, recorded her manager's analysis on LCS on 07/11 confirming the threshold for level 3 is met.

Mum (Jade Chudleigh) gave her consent for level 3 Early Help on 06/11.

Main needs: mum's anxiety and low mood; Alfie's attendance (84%); Mollie is 4, so I think she'll need the under-5s triage.

Thanks
Kieran

Kieran Hannaford
Social Worker | Single Assessment Team | Torbay Council
01632 960517

""") + BDISC

def _b02_atts():
    return [pdf_att("Single Assessment - Chudleigh - Nov 2036.pdf", "Single Assessment - analysis and outcome", [
        "Children: Alfie (11) and Mollie (4). Completed 06/11/2036 by Kieran Hannaford.",
        "Social worker's analysis: mother's anxiety and low mood affect routines and Alfie's attendance (84%); no "
        "evidence of significant harm. Rationale for step down: needs are at level 3 and call for a coordinated "
        "Early Help response rather than statutory intervention.",
        "Outcome: no further action at level 4; step down to level 3 Early Help.",
        "Manager's analysis (M. Pascoe, 07/11/2036): agree - threshold for level 3 met."])]

def torbay_02():
    f = "torbay_02.eml"; when = "2036-11-10 10:21:44"
    top = outlook_top(f, addr("Hannaford, Kieran", "Kieran.Hannaford@" + BDOM), addr("Early Help", TEH),
                      "Step down request - Chudleigh - LCS-2291045", when)
    add(f, mail(f, top, B02_BODY, _b02_atts(), html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2291045"],
        [ch("Alfie Chudleigh", "2024-11-21", "21/11/2024"), ch("Mollie Chudleigh", "2032-04-04", "04/04/2032")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "THE FIRST OF A DUPLICATE PAIR (torbay_03 is the same mail sent again 13 minutes later under a different "
        "subject). A complete Torbay step-down: Single Assessment with analysis and rationale attached, the TM's "
        "manager's analysis confirming level 3, mum's consent -> book_meeting (Mollie is 4: the under-5s triage, which "
        "is a booking matter, not a parse field). Level 3 stated.",
        not_children=["Jade Chudleigh", "Morwenna Pascoe", "Kieran Hannaford"])

def torbay_03():
    f = "torbay_03.eml"; when = "2036-11-10 10:34:02"
    top = outlook_top(f, addr("Hannaford, Kieran", "Kieran.Hannaford@" + BDOM), addr("Early Help", TEH),
                      "Triage slot please - Alfie & Mollie Chudleigh", when)
    add(f, mail(f, top, B02_BODY, _b02_atts(), html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["LCS-2291045"],
        [ch("Alfie Chudleigh", "2024-11-21", "21/11/2024", as_written="Alfie & Mollie Chudleigh"),
         ch("Mollie Chudleigh", "2032-04-04", "04/04/2032")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "A DUPLICATE SENT TWICE WITH A DIFFERENT SUBJECT: the same body and attachment as torbay_02, sent 13 minutes "
        "later with a new Message-ID and the subject 'Triage slot please - Alfie & Mollie Chudleigh'. Parsed on its own "
        "it is the same complete step-down, so the label is identical (the parse contract has no duplicate field; "
        "deduplicating a re-send is intake's and business support's job). The subject names both children first "
        "('Alfie & Mollie Chudleigh').",
        not_children=["Jade Chudleigh", "Morwenna Pascoe", "Kieran Hannaford"])

def torbay_04():
    f = "torbay_04.eml"; when = "2036-12-03 15:30:26"
    pairs = [
        ("Name(s) and date(s) of birth of the child(ren):", "Kacey Tregenza 08/10/2025\nRiley Tregenza 27/06/2028"),
        ("LCS number(s):", "LCS-2276508 / LCS-2276509"),
        ("Route (SAT / other):", "SAT - Single Assessment completed 28/11/2036, no further action at level 4"),
        ("Single Assessment with your analysis and rationale attached?", "Yes - see attached"),
        ("Manager's analysis recorded confirming the threshold for level 3?", "Yes - Jory Rowse (TM), on LCS 01/12/2036"),
        ("Consent for level 3 Early Help obtained?", "see attached"),
        ("Any children under 5?", "N/A"),
        ("Current worries:", "Riley's attendance (82%); dad's cannabis use (he says he has cut down); Kacey is "
         "anxious about secondary school."),
        ("Anything else triage should know?", ""),
    ]
    body = T("""
Hi, triage request below (form copied in) - SA and consent attached.

""") + form_q_and_a(pairs) + T("""
Tasha

Tasha Coombe
Social Worker | Single Assessment Team | Torbay Council
01632 960644

""") + BDISC
    sa = pdf_att("Single Assessment - Tregenza - Nov 2036.pdf", "Single Assessment - analysis and outcome", [
        "Children: Kacey (11) and Riley (8). Completed 28/11/2036 by Tasha Coombe.",
        "Analysis: father's cannabis use and its effect on routines; Riley's attendance 82%; Kacey's anxiety about "
        "the move to secondary school. No evidence of significant harm.",
        "Rationale for step down: needs sit at level 3; a coordinated Early Help plan is proportionate.",
        "Outcome: no further action at level 4; step down to level 3."])
    photo = image_att("IMG_20361203_142211.jpg", make_jpeg(f), "image/jpeg")
    top = outlook_top(f, addr("Coombe, Tasha", "Tasha.Coombe@" + BDOM), addr("Early Help", TEH),
                      "EH step down - triage request - Tregenza", when)
    add(f, mail(f, top, body, [sa, photo], html_alt=True), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["LCS-2276508", "LCS-2276509"],
        [ch("Kacey Tregenza", "2025-10-08", "08/10/2025"), ch("Riley Tregenza", "2028-06-27", "27/06/2028")],
        ["school_attendance", "substance_misuse"], None, True, ["consent"], None, "request_info",
        "FORM ANSWERS IN THE BODY + AN IMAGE-ONLY ATTACHMENT A HUMAN CANNOT VERIFY: the consent question is answered "
        "'see attached', and the only other attachment besides the Single Assessment (which does not mention consent) "
        "is a phone photo named 'IMG_20361203_142211.jpg' whose pixels are an illegible page - nothing in any readable "
        "part states that consent was given, and a duty worker cannot read it from the photo -> consent null -> missing "
        "-> request_info (a stated consent is the requirement; an unreadable picture of something is not a statement). "
        "Level 3 from the answered 'threshold for level 3? Yes'; TM Jory Rowse's analysis -> manager true; 'Any "
        "children under 5? N/A', 'Anything else' blank.",
        not_children=["Tasha Coombe", "Jory Rowse"])

def torbay_05():
    f = "torbay_05.eml"; when = "2036-11-13 13:45:09"
    body = T("""
Hi MASH,

I'm the Early Help lead practitioner (Bayside Family Partnership, level 3) for Demelza Hocking and her four children:

Tayla Hocking - 14.05.24
Brooklyn Hocking - 3rd Sept 2026
Marley Tonkin - 2029-01-30
Sonny Tonkin - 11/07/2033

Demelza was detained under section 2 of the Mental Health Act at Torbay Hospital at 10.30 this morning, after the crisis team assessed her at home.

Tayla is staying with her dad in Paignton this week and is fine there. The three youngest are at home with Demelza's partner, Lee Varcoe, who moved in about three weeks ago and isn't the father of any of the children. He collected Marley and Sonny from school and nursery at lunchtime, Brooklyn will be home from school at 3.30, and Lee told me on the phone he'll "look after them tonight and for as long as it takes".

Our police link officer told me last week that Lee is under investigation for assaulting his previous partner's 5-year-old son in Plymouth in August, and is on bail with a condition not to have unsupervised contact with any child under 16. Brooklyn's dad and Marley and Sonny's dad haven't been told - I don't have numbers for either of them.

I haven't been able to talk to Demelza about this contact - she's on the ward and too unwell. My manager, Kerensa Pollard, has agreed I should make it and is copied in.

Holly

Holly Endean
Lead Practitioner | Bayside Family Partnership (Torbay Early Help)
07700 900742
""")
    top = outlook_top(f, addr("Holly Endean", "holly.endean@baysidefamilies.example.org.uk"), addr("MASH", TMASH),
                      "Contact to MASH - Hocking / Tonkin children - mum admitted to hospital today", when,
                      cc=addr("Kerensa Pollard", "kerensa.pollard@baysidefamilies.example.org.uk"),
                      mid_domain="AM9PR02MB7719.eurprd02.prod.outlook.com")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Tayla Hocking", "2024-05-14", "14.05.24"), ch("Brooklyn Hocking", "2026-09-03", "3rd Sept 2026"),
         ch("Marley Tonkin", "2029-01-30", "2029-01-30"), ch("Sonny Tonkin", "2033-07-11", "11/07/2033")],
        ["parental_mental_health", "physical_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT IN A LARGE-FAMILY CONTACT, IMMEDIACY IMPLIED: mum was detained under the Mental Health Act this morning "
        "and 'the three youngest' (10, 7 and 3) are tonight in the sole care of a partner of three weeks who is on bail "
        "for assaulting a 5-year-old, with a condition not to have unsupervised contact with any child under 16; no "
        "parent has been told -> alert_duty. Four children of two surnames, DOBs in four formats (14.05.24, 3rd Sept "
        "2026, 2029-01-30, 11/07/2033); Tayla is safe at her dad's but is named and labelled. A Torbay contact to MASH: "
        "the manager agreed (copied); mum could not be asked -> consent null -> missing. Concerns: mum's mental health, "
        "physical_harm (an alleged child assaulter in sole care).",
        not_children=["Demelza Hocking", "Lee Varcoe", "Kerensa Pollard", "Holly Endean"])

def torbay_06():
    f = "torbay_06.eml"; when = "2036-12-16 12:58:50"
    ack = T("""
Thank you. Your step-down request has been logged as SB-torbay-212.

Children: Tyler Cornish (02/09/2029), Ruby-Mae Cornish (25/01/2033)
Case: LCS-2288817
Level: 3

Still needed before a triage slot can be allocated:
- the Single Assessment with your analysis and the rationale for the step down

Please reply to this email with the missing item.

Torbay Early Help (automated message)
""")
    body = T("""
SA attached as requested.

BUT please park the SD - just had the HV on the phone: Ruby-Mae Cornish in TH ED now w/ ?# L humerus + old bruising to her back. Mum says fell off sofa; RM told the triage nurse "Daddy pulled my arm". Dad (Shane) on the ward, agitated, wants to take her home AMA before x-ray - ward have called security. HV ringing MASH too but wanted you to have it in writing. On my way to TH now.

Sam

Sent from Outlook for iOS

""") + "On 15 Dec 2036, at 16:40, Early Help <%s> wrote:\n" % TEH + "\n".join(
        "> " + l if l else ">" for l in ack.splitlines()) + "\n"
    sa = pdf_att("Single Assessment - Cornish - Dec 2036.pdf", "Single Assessment - analysis and outcome", [
        "Children: Tyler (7) and Ruby-Mae (3). Completed 09/12/2036 by Sam Widdicombe.",
        "Analysis: mother's low mood; Tyler's attendance 88%. Rationale for step down: needs at level 3.",
        "Consent for level 3 Early Help: given by mum (Danielle Cornish) on 10/12/2036.",
        "Manager's analysis (K. Lang, 11/12/2036): agree - threshold for level 3 met."])
    top = plain_top(f, addr("Widdicombe, Sam", "Sam.Widdicombe@" + BDOM), addr("Early Help", TEH),
                    "RE: [SB-torbay-212] Step-down request - still needed: Single Assessment - Cornish - LCS-2288817",
                    when, BDOM, None,
                    extra=[("In-Reply-To", "<SB-torbay-212.ack@torbay.gov.uk>"),
                           ("References", "<SB-torbay-212.ack@torbay.gov.uk>")])
    root = multipart("mixed", [text_part(body, crlf=False), sa], bnd(f, 1))
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-2288817"],
        [ch("Ruby-Mae Cornish", "2033-01-25", "25/01/2033"), ch("Tyler Cornish", "2029-09-02", "02/09/2029")],
        ["parental_mental_health", "physical_harm", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT ON A REPLY THAT ADDS THE MISSING DOCUMENT, TOLD IN SHORTHAND: 'SA attached as requested' to "
        "[SB-torbay-212], then 'RM ... in TH ED now w/ ?# L humerus + old bruising', 'Daddy pulled my arm', dad 'wants to "
        "take her home AMA before x-ray' -> a 3-year-old with a suspected inflicted fracture about to be removed by the "
        "alleged perpetrator -> alert_duty (urgent outranks attach_to_request). follow_up: missing [] and notice null. "
        "Ruby-Mae is named in full first in the new text; DOBs and the LCS id from the quoted acknowledgement; consent "
        "and the manager's analysis from the attached SA; concerns: physical_harm + the SA's low mood and 88% "
        "attendance. iOS mail, '>' quoting, LF.",
        not_children=["Danielle Cornish", "Sam Widdicombe", "Shane"])

def torbay_07():
    f = "torbay_07.eml"; when = "2036-10-22 08:52:37"
    data = itip_reply(f, when, "Penrose, Silas", "silas.penrose@" + BDOM, ("MASH", TMASH), "ACCEPTED",
                      "MASH threshold discussion - Penhaligon - EHM-741230 [SB-torbay-198]", "20361023T140000",
                      "20361023T143000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "mash_step_up", when, 1,
        "ordinary", "meeting_reply", False, None, ["EHM-741230"], [], [], None, None, [], None, "record_reply",
        "The Early Help assistant team manager's Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, for the MASH "
        "threshold discussion booked for torbay_01 (Thu 23 Oct 14:00 BST) -> meeting_reply -> record_reply. The case id "
        "written in the summary is labelled (earlier sets' convention); only a surname -> no child.")

def torbay_08():
    f = "torbay_08.eml"; when = "2036-11-28 10:10:41"
    body = T("""
Hello,

I've just moved to the Brixham health visiting team from Cornwall, so apologies if this is a daft question. One of my families has a social worker who mentioned stepping them down to Early Help "through triage" - how does that work from the health side? Do I need to come to triage, or send anything beforehand? And is it still Tuesday mornings?

I've set up a Teams call in case it's easier to talk it through - I'm free most of next week, just jump on the link whenever suits:
""") + teams_block(f) + T("""
Many thanks
Nicola

Nicola Harvey
Health Visitor | 0-19 Public Health Nursing (Brixham)
07700 900318
""")
    top = outlook_top(f, addr("Harvey, Nicola", "nicola.harvey@nhs.example.net"), addr("Early Help", TEH),
                      "Quick question about step down / triage", when, mid_domain="nhs.example.net")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A process question from a health visitor new to the area, with a Teams link and no date ('jump on the link "
        "whenever suits'): no family named, no request -> other -> human_review.",
        not_children=["Nicola Harvey"])
# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2036-10-15 14:33:27"
    body = T("""
Hi Verity,

Attached are the Early Help Assessment step-down plan and the signed consent form for Ellis Bevan (DOB 23.06.29) and Maisy Bevan (DOB 2031-10-02) - level 3.

Key person: Nia Lewis, Family Support Worker, Leominster Children's Centre - she has met dad and the children and has agreed to take the key person role.

Ellis (7) has been doing a lot of his dad's care since dad's spinal surgery in the spring - helping him dress, making the tea - and his attendance has dropped to 88%. Dad, Owain Bevan, is a single parent and has been open and keen for help throughout.

Thanks
Gethin

Gethin Prothero
Social Worker | Children in Need (North) | Herefordshire Council
01632 960431

""") + HDISC
    plan = rich_docx_att("EHA Step Down Plan - Bevan.docx", [
        "# Early Help Assessment - Step Down Plan", "Children: Ellis (7) and Maisy (5), Leominster. Level 3.",
        "What are we worried about? Ellis is caring for his dad after spinal surgery; his attendance is 88%.",
        "What's working well? Dad is open, warm and keen for help; Maisy is settled in Reception.",
        ("table", [["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
                   ["Young carers assessment for Ellis (Nia Lewis)", "Ellis gets young carers support", "4 weeks"],
                   ["Adult social care OT referral for dad (GP)", "Dad has aids at home", "6 weeks"],
                   ["Attendance plan (school)", "Ellis above 95%", "Half term"]]),
        "Key person: Nia Lewis, Family Support Worker, Leominster Children's Centre."], creator="Gethin Prothero")
    consent = pdf_att("Consent form signed - Bevan.pdf", "Early Help - written consent", [
        "I consent to my family's information being shared with Early Help and to Early Help support for my children.",
        "Parent: Owain Bevan", "Signed: O. Bevan      Date: 13/10/2036"])
    top = outlook_top(f, addr("Prothero, Gethin", "Gethin.Prothero@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan - Mosaic 618204 / 618205", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["618204", "618205"],
        [ch("Ellis Bevan", "2029-06-23", "23.06.29"), ch("Maisy Bevan", "2031-10-02", "2031-10-02")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "A complete Herefordshire sibling step-down: EHA step-down plan (.docx with the wellbeing-plan table), the "
        "signed written consent form (PDF) -> consent_form met and consent true, and the key person named with her "
        "agency -> book_meeting. A 7-year-old doing his father's personal care -> young_carer; 88% -> "
        "school_attendance. DOBs '23.06.29' and '2031-10-02'; 'Mosaic 618204 / 618205' -> two ids.",
        not_children=["Owain Bevan", "Nia Lewis", "Gethin Prothero"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2036-12-08 12:41:16"
    body = T("""
Hi,

DSL at Wyebridge Academy. Y9 student Courtney Price (DOB 12/03/2022) - open to EH (key worker Sam Jones, Hereford South). CSE concerns raised in Sept, discussed at MAG, screened medium; no SW allocated.

12.15 today: C showed her form tutor Snapchat msgs from an adult male ("Dan", says he's 24 - his photo looks older) arranging to pick her up from the bus station "straight after school today" and take her to "a party in Worcester, stay over". He's sent her £40 and a new phone in the last week. She says she's going and "you can't stop me". Mum not answering (works in Gloucester). Sam is on leave.

Not called police yet - wanted to check with EH first as you know the family. School finishes at 3.05.

Helen Morris
DSL / Assistant Head (Inclusion) | Wyebridge Academy
01632 960873
""")
    htm = simple_html(body)
    alt = multipart("alternative", [text_part(body, cte="base64"), text_part(htm, "html", cte="base64")], gbnd(f, 1))
    top = plain_top(f, addr("Helen Morris", "h.morris@wyebridge-academy.example.sch.uk"), addr("Early Help Co-ordinators", HEH),
                    "Y9 student open to EH - advice please", when, "wyebridge-academy.example.sch.uk", None)
    add(f, build(top, alt, False), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Courtney Price", "2022-03-12", "12/03/2022")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, TOLD IN SHORTHAND (DSL, Y9, EH, CSE, MAG, SW, 'C', 'msgs'): a 14-year-old with known CSE concerns is "
        "being collected 'straight after school today' (3.05) by an adult man who has sent her money and a phone, to "
        "'stay over' at a party in another city; mum unreachable, key worker on leave, police not called -> "
        "alert_duty. The DSL asks for advice, not a step -> other. Concerns: exploitation + sexual_harm (CSE / "
        "grooming of a child, as in earlier sets). Google Workspace-style base64 text + HTML.",
        not_children=["Sam Jones", "Helen Morris"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2036-11-20 10:55:03"
    body = T("""
Hi EH co-ordinators,

Step-down plan and signed consent form attached for Freddie Jenkins (DOB 04/04/2032) and Lola Jenkins (DOB 17/12/2034) - level 3.

Hx, as it all sits on Mosaic and will look alarming on a first read:
- CP plan (NAI - Freddie, # ribs aged 10 wks) 2032-34; ended Oct 2034.
- Dad (Carl Jenkins) convicted 2033, HMP Long Lartin until 2039; MAPPA level 1; RO - no contact with mum or the children. No contact since 2032.
- MARAC x 2 in 2032 (DA, dad) - closed 2033. No DA since.
- s47 Aug 2036 (nursery - bruise on Lola's lower back): NFA - CP medical confirmed a Mongolian blue spot, documented at birth.
- Mum's new partner, Aaron Powell (since Feb 36): PNC - one conviction for criminal damage (2019), nothing DA- or child-related; enhanced DBS clear (he's a junior football coach); assessed in the C&F and seen as a protective factor.

Current needs (why L3 not L2): mum's anxiety (GP, CBT started); Freddie's EHCP needs assessment (speech, language and communication) - decision due in January.

Key person: Carys Bowen, Family Support Worker, Kington Family Hub (Herefordshire Council) - agreed 18/11.

Rhian

Rhian Parry
Social Worker | Safeguarding & Family Support (West) | Herefordshire Council
01632 960762

""") + HDISC
    plan = docx_att("EHA Step Down Plan - Jenkins - Nov 2036.docx", [
        "# Early Help Assessment - Step Down Plan", "Children: Freddie (4) and Lola (1), Kington. Level 3.",
        "What are we worried about? Mum's anxiety; Freddie's speech, language and communication needs.",
        "What's working well? Mum's warm, consistent care; support from her partner and her parents.",
        "What needs to happen (by whom, outcome, timescale): EHCP needs assessment (SENCo, decision January); CBT "
        "(mum, GP, 12 weeks); stay-and-play for Lola (Carys Bowen, from December).",
        "Key person: Carys Bowen, Family Support Worker, Kington Family Hub."])
    consent = pdf_att("Signed consent - Jenkins.pdf", "Early Help - written consent", [
        "I agree to Early Help support for Freddie and Lola and to information being shared with the Early Help team.",
        "Signed by mother, 17/11/2036"])
    top = outlook_top(f, addr("Parry, Rhian", "Rhian.Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "SD to EH (L3) - Jenkins - Mosaic 612994 / 612995", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["612994", "612995"],
        [ch("Freddie Jenkins", "2032-04-04", "04/04/2032"), ch("Lola Jenkins", "2034-12-17", "17/12/2034")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - ACRONYMS IN HISTORIC OR NEGATED SCOPE, AND A NEW PARTNER WITH A CONVICTION THAT HAS BEEN CHECKED "
        "(the mirror of a sex offender moving in): CP (NAI, rib fractures) ended 2034, MAPPA level 1 father in prison "
        "until 2039 with a restraining order, MARAC closed 2033 'No DA since', an s47 closed NFA (a birthmark), and a "
        "partner whose only conviction is criminal damage in 2019 with a clear enhanced DBS, assessed as protective -> "
        "nothing current, not urgent; no physical_harm / domestic_abuse. Current: mum's anxiety, Freddie's EHCP needs "
        "assessment. Plan, signed consent form and key person with agency -> complete -> book_meeting.",
        not_children=["Carl Jenkins", "Aaron Powell", "Carys Bowen", "Rhian Parry"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2036-12-02 11:18:49"
    body = T("""
Hi,

My TM (Sian Price, cc) and I agree that Gracie Bufton (DOB 09/09/2030) needs stepping up to Children's Social Care. I'm not sure whether that goes through you or MASH, so I'm sending it here first.

Neglect: head lice untreated for months, dental pain, no winter coat, regularly hungry at school. Mum (Kerry Bufton) hasn't engaged since July - 7 missed visits - and last week told me she doesn't want Early Help or Children's Services involved and won't agree to a referral.

I've set up a Teams call so we can talk it through - link below, any time this week that suits you.
""") + teams_block(f) + T("""
Dafydd

Dafydd Lloyd
Early Help Key Worker | Hereford City | Herefordshire Council
01632 960215

""") + HDISC
    top = outlook_top(f, addr("Lloyd, Dafydd", "Dafydd.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up to CSC - Gracie Bufton", when, cc=addr("Price, Sian", "Sian.Price@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 7,
        "ordinary", "step_up", False, None, [], [ch("Gracie Bufton", "2030-09-09", "09/09/2030")],
        ["neglect", "non_engagement"], False, True, [], None, "human_review",
        "A STEP-UP SENT TO HEREFORDSHIRE, whose protocol defines no step-up -> human_review; no requirements for an "
        "undefined kind -> missing [] and notice null, although the meeting is only a Teams link with no date. Mum 'won't "
        "agree to a referral' -> consent false; TM agrees (cc) -> manager true. Neglect and seven missed visits -> "
        "non_engagement.",
        not_children=["Sian Price", "Kerry Bufton", "Dafydd Lloyd"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2036-10-22 09:20:38"
    ack = T("""
Thank you for the step-down plan. Your reference is SB-herefordshire-64.

Children: Tegan Hughes, Dylan Hughes
Case: 616402
Still needed before the step-down can be processed:
- the family's signed written consent form

Please reply to this email with the missing item.

Herefordshire Early Help Co-ordinators (automated message)
""")
    body = T("""
Photo of the signed consent form attached - mum signed it at the visit yesterday. Sorry it's not a proper scan, the scanner at Bromyard is broken and I'm in the car.

Tomos

Sent from Outlook for iOS
""") + quote("Early Help Co-ordinators <%s>" % HEH, "20 October 2036 15:48", "Jones, Tomos <Tomos.Jones@herefordshire.gov.uk>",
             "[SB-herefordshire-64] Step-down plan received - still needed: signed consent form - Hughes", ack)
    photo = image_att("IMG_0871.jpg", make_jpeg(f), "image/jpeg")
    top = plain_top(f, addr("Jones, Tomos", "Tomos.Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "RE: [SB-herefordshire-64] Step-down plan received - still needed: signed consent form - Hughes",
                    when, HDOM, None, extra=[("In-Reply-To", "<SB-herefordshire-64.ack@herefordshire.gov.uk>"),
                                             ("References", "<SB-herefordshire-64.ack@herefordshire.gov.uk>")])
    root = multipart("mixed", [text_part(body, crlf=False), photo], bnd(f, 1))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["616402"], [ch("Tegan Hughes"), ch("Dylan Hughes")],
        [], True, None, [], None, "attach_to_request",
        "A follow-up adding a PHOTO of the signed consent form (an unnamed JPEG, 'IMG_0871.jpg', whose text cannot be "
        "read) to [SB-herefordshire-64]: follow_up -> attach_to_request, missing [] whatever the photo shows. The body "
        "itself states 'mum signed it at the visit yesterday' -> consent true. Children and the case number from the "
        "quoted acknowledgement ('Case: 616402' -> '616402').",
        not_children=["Tomos"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2036-11-17 15:02:12"
    data = google_reply(f, when, "Ffion Hale", "ffion.hale@locum-sw.example.com", ("Early Help Co-ordinators", HEH),
                        "ACCEPTED", "Step-down drop-in [SB-herefordshire-71]", "20361118T100000Z", "20361118T103000Z")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from an agency social worker's own "
        "domain for a Tuesday-morning drop-in, Tue 18 Nov 10:00 GMT (DTSTART in UTC, which in November is the same "
        "wall-clock time) -> meeting_reply -> record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2036-12-19 16:30:00"
    body = T("""
Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 5 Ionawr 2037 ac ni fydd gennyf fynediad i'm e-byst. Os yw'n fater brys ynglŷn â diogelu plentyn, cysylltwch â'r Tîm Dyletswydd ar 01632 960900. Mewn argyfwng, ffoniwch 999.

Thank you for your email. I am out of the office until Monday 5 January 2037 and will not have access to my emails. If your email is about an urgent safeguarding matter, please contact the Duty Team on 01632 960900. In an emergency, call 999.

Elin Vaughan
Gweithiwr Cymdeithasol / Social Worker
Tîm Plant ac Ieuenctid / Children and Young People's Team
""")
    data = ooo(f, when, "Vaughan, Elin", "elin.vaughan@powys-border.example.gov.uk", addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-77] Step-down plan received - Evans", body, prefix="Ateb Awtomatig / Automatic reply: ",
               lang="cy-GB")
    add(f, data, "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A BILINGUAL WELSH / ENGLISH out-of-office from a social worker over the border, on the last afternoon of the "
        "window ('Ateb Awtomatig / Automatic reply:', Auto-Submitted: auto-replied, Content-Language cy-GB; UTF-8 'ŷ'): "
        "'brys ... diogelu plentyn' / 'urgent safeguarding matter' and 999 are boilerplate -> auto_reply -> ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2036-12-12 11:58:21"
    body = T("""
Hi Xavier,

The EHA step-down plan (done on the fillable PDF) and the family's signed consent form are attached for Jordan and Alfie-Ray. Level 3; the key person has agreed - her details are in the plan.

Thanks
Lowri

Lowri Hamer
Social Worker | Children in Need (South) | Herefordshire Council
01632 960349

""") + HDISC
    form = form_pdf_att("EHA Step Down Plan - Probert (fillable).pdf", "Early Help Assessment - Step Down Plan", [
        "Herefordshire Council - Early Help Assessment step-down plan (Signs of Safety). Fillable form.",
        "Send to the Early Help Co-ordinator team with the family's signed consent."], [
        ("child1", "Child 1 - name", "Jordan Probert", 1),
        ("dob1", "Child 1 - date of birth", "14/07/2032", 1),
        ("mosaic1", "Child 1 - Mosaic ID", "621377", 1),
        ("child2", "Child 2 - name", "Alfie-Ray Probert", 1),
        ("dob2", "Child 2 - date of birth", "02/03/2036", 1),
        ("mosaic2", "Child 2 - Mosaic ID", "621378", 1),
        ("level", "Level of need", "Level 3 - Intensive", 1),
        ("worried", "What are we worried about? (wellbeing concerns)",
         "Mum's low mood since Alfie-Ray was born; Jordan's behaviour at school.", 2),
        ("working", "What's working well? (existing strengths)",
         "Mum is warm with both boys; nursery and school report good progress; nan is a big support.", 2),
        ("plan", "Wellbeing plan - what needs to happen, by whom, outcome, achievable timescale",
         "Perinatal mental health referral (GP, January); behaviour support at school (SENCo, this term); "
         "stay-and-play for Alfie-Ray (key person, from January); review at MAG in 6 weeks.", 3),
        ("key", "Key person (name, role, agency)",
         "Bethan Griffiths, Family Support Worker, Ross-on-Wye Children's Centre (Herefordshire Council) - agreed 09/12/2036", 1),
        ("consent", "Written consent obtained?", "Yes - signed form attached", 1),
        ("other", "Anything else the co-ordinator needs to know?",
         "Added 11.40 today: Jordan's nan, Pat Probert, rang me at 11.30. She had just been on FaceTime with Jordan, who "
         "showed her a blister on the back of his hand and said Gary 'burnt me with his lighter because I wouldn't stop "
         "crying'. Jordan is off school today with a cold. Gary Mapp (mum's partner) is at the house with Jordan and the "
         "baby; mum is at work until 6 and nan isn't allowed at the house. I've left a message for my TM.", 6)])
    consent = pdf_att("Signed consent form - Probert.pdf", "Early Help - written consent", [
        "I consent to Early Help support for my children and to information being shared with the Early Help team.",
        "Signed: (mother)      Date: 10/12/2036"])
    top = outlook_top(f, addr("Hamer, Lowri", "Lowri.Hamer@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Probert - Mosaic 621377 / 621378", when)
    add(f, mail(f, top, body, [form, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["621377", "621378"],
        [ch("Jordan Probert", "2032-07-14", "14/07/2032"), ch("Alfie-Ray Probert", "2036-03-02", "02/03/2036")],
        ["parental_mental_health", "physical_harm"], True, None, [], None, "alert_duty",
        "URGENT ONLY IN A PDF FORM FIELD: the covering mail is routine and the page text of the fillable plan holds only "
        "its questions; the last text field's value ('Anything else the co-ordinator needs to know?', added 11.40 today) "
        "says a 4-year-old showed his grandmother a fresh blister and said mum's partner burnt him with a lighter, and "
        "that man is alone with him and the 9-month-old today -> alert_duty (safety rule 1 reads every part, form "
        "fields included). Otherwise a complete step-down: the plan (met by name and content), the signed consent form "
        "and the key person with agency, level 3 in a field. Children, DOBs and Mosaic ids from the fields.",
        not_children=["Pat Probert", "Gary Mapp", "Bethan Griffiths", "Lowri Hamer"], names_only_in_attachments=True)

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
# England & Wales bank holidays 2036 (gov.uk pattern): New Year's Day Tuesday 1 January; Good Friday 11 April and
# Easter Monday 14 April (Easter Sunday 13 April 2036); early May 5 May; spring 26 May; summer 25 August; Christmas
# Day Thursday 25 December; Boxing Day Friday 26 December. NONE falls inside the window (6 October - 19 December),
# so every notice count here is a pure weekday count - the traps are weekends, the clock change and Friday evenings.
# (Cross-checked against the `holidays` package when installed.)
BANK_HOLIDAYS = {date(2036, 1, 1), date(2036, 4, 11), date(2036, 4, 14), date(2036, 5, 5), date(2036, 5, 26),
                 date(2036, 8, 25), date(2036, 12, 25), date(2036, 12, 26)}
WINDOW = (datetime(2036, 10, 6, tzinfo=LON), datetime(2036, 12, 19, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on the last Sunday of October: Sunday 26 October 2036 (2 Nov is a Sunday but in November).
BST_END = datetime(2036, 10, 26, 1, 0, 0, tzinfo=UTC)
def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"], 1)}
def parse_dob(w):
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

def readable(msg):
    from pypdf import PdfReader
    import io, docx
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
            if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
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


# ----------------------------------------------------------------------------- structural checks for mixed16
# Each asserts that a message really has the feature its label and README rely on (checked before writing).
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

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"]).date()

def _weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _docx(msg, name_part):
    p = _att(msg, lambda p: name_part in p.get_filename())[0]
    return p.get_payload(decode=True)

def _before_sig(text, sig_start):
    return text[:text.index(sig_start)]

NO_ALARM = re.compile(r"(?i)\b(urgent|immediate|immediately|risk|safeguarding|child protection|danger)\b")

def _lines_after(text, question):
    """The answer line that follows a question line in a form copied into a body."""
    ls = text.splitlines()
    i = ls.index(question)
    return ls[i + 1]

def _pdf(msg, name_part):
    from pypdf import PdfReader
    import io
    p = _att(msg, lambda p: name_part in p.get_filename())[0]
    return PdfReader(io.BytesIO(p.get_payload(decode=True)))

def _next_weekday(d, wd):
    n = (wd - d.weekday()) % 7
    return d + timedelta(days=n or 7)

def _k01(msg):
    b = _plain(msg)
    now, m = _now("knowsley_01.eml"), META["knowsley_01.eml"]["meeting"]
    return (_lines_after(b, "Case ID on EHM:") == "EHM-80416" and _lines_after(b, "Existing Safety") == ""
            and _lines_after(b, "Up to date police information if applicable:") == ""
            and _lines_after(b, "Merseyside Exploitation Assessment - CE/CSE concern.") == "N/A"
            and "see attached" in _lines_after(b, "Graded Care profile (If neglect should be completed).")
            and all(w in b for w in ("17.09.22", "5th March 2025", "2027-11-30", "03.02.31", "22/01/2034"))
            and "Kai (16) is not part of this referral" in b and not re.search(r"\bKai [A-Z]", readable(msg))
            and "the three youngest" in b and now.weekday() == 0 and m.weekday() == 0
            and working_days(now, m) == 5 and len({c["name"].split()[-1] for c in META["knowsley_01.eml"]["children"]}) == 3)

def _k02(msg):
    now, m = _now("knowsley_02.eml"), META["knowsley_02.eml"]["meeting"]
    return ("next Weds at 2 at the children's centre" in _plain(msg) and now.weekday() == 3
            and _next_weekday(now, 2) == m and working_days(now, m) == 4
            and "saw it happen" in _plain(msg) and "accident form" in _plain(msg))

def _k03(msg):
    b = _plain(msg)
    return (not NO_ALARM.search(b) and "w/c 17th, date TBC" in b and "about ten minutes ago" in b
            and "didn't come home" in b)

def _k04(msg):
    d = email.utils.parsedate_to_datetime(msg["Date"])
    now, m = _now("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]
    monday = now + timedelta(days=3)
    return (d.weekday() == 4 and d.hour >= 17 and msg["Date"].strip().endswith("+0100")
            and datetime(m.year, m.month, m.day, 10, tzinfo=LON).utcoffset() == timedelta(0)
            and working_days(now, m) == 5 and working_days(monday, m) == 4
            and all(x in _plain(msg) for x in ("SD", "CYP", "PPN", "NFA'd", "DASH", "MARAC", "SEMH", "EHCP", "FTE", "ACEs")))

def _k05(msg):
    import io, docx
    data = _docx(msg, "FF Step Up request to CSC - Callaghan")
    head, foot = docx_hf_text(data)
    d = docx.Document(io.BytesIO(data))
    py_head = "\n".join(p.text for p in d.sections[0].header.paragraphs)
    return ("EHM-81177" in head and "EHM-81177" in foot and "EHM-81177" in py_head
            and "EHM-81177" not in docx_body_text(data) and "EHM-81177" not in body_text(msg)
            and "Microsoft Teams meeting" in _plain(msg) and "I'll confirm the date and time" in _plain(msg)
            and "NFA for a strategy discussion" in _plain(msg))

def _k06(msg):
    new = _plain(msg).split("________________________________")[0]
    return ([l for l in new.splitlines() if l.strip()] == ["Hi,", "GCP2 attached.", "Natalie"]
            and _plain(msg).count("________________________________") == 2 and "GCP2 is being finalised" in _plain(msg))

def _k07(msg):
    subj = str(msg["Subject"])
    rest = readable(msg).replace(re.sub(r"\s+", " ", subj), " ")
    now, m = _now("knowsley_07.eml"), META["knowsley_07.eml"]["meeting"]
    return ("Weds 10th Dec 1.30pm" in subj and not re.search(r"10th|10/12|1\.30|13:30|Weds", rest)
            and working_days(now, m) == 6)

def _k08(msg):
    b = _plain(msg)
    top = b.split("________________________________")[0]
    now, m = _now("knowsley_08.eml"), META["knowsley_08.eml"]["meeting"]
    return ("Thursday 6 November at 2pm" in b and "Monday 3rd November at 9.30" in b
            and "Monday 3 November at 9.30 at St Aidan's it is" in b and not re.search(r"\b3\b|November", top)
            and m.weekday() == 0 and working_days(now, m) == 4 and working_days(now, date(2036, 11, 6)) == 7)

def _r01(msg):
    b = _plain(msg)
    return all(x in b for x in ("No DV since 2033", "MARAC closed", "CSE screening", "NFA", "No MAPPA", "SEMH", "PTT"))

def _r02(msg):
    b = _plain(msg)
    return (all(w in b for w in ("3rd Feb 2024", "11.09.26", "2029-06-21", "30/03/2032", "03.02.35"))
            and "Kai Barnes (17) is not part of this referral" in b and "The three youngest" in b
            and len({c["name"].split()[-1] for c in META["richmond_wandsworth_02.eml"]["children"]}) == 3)

def _r03(msg):
    b = _plain(msg).split("This email and any attachments")[0]
    d = email.utils.parsedate_to_datetime(msg["Date"])
    return d.weekday() == 4 and not NO_ALARM.search(b) and "moving in this weekend" in b and "tomorrow morning" in b

def _r04(msg):
    b = _plain(msg)
    return "nothing new happened today" in b and "worst" in b and "will follow tomorrow" in b

def _r05(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    cal = cal.replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in cal and "Monday 20th at 10:00" in cal.replace("\\,", ",")

def _r07(msg):
    r = _pdf(msg, "Step down request form")
    page = " ".join(p.extract_text() for p in r.pages)
    vals = {k: str(v.get("/V")) for k, v in r.get_fields().items()}
    return ("/AcroForm" in str(r.trailer["/Root"]) and vals["child1_name"] == "Maisie Kavanagh"
            and vals["child2_dob"] == "22/12/2033" and "Maisie Kavanagh" not in page and "2455601" not in page
            and "Child 1 - full name" in page and "Kavanagh" not in body_text(msg))

def _r08(msg):
    return "Get Outlook for Android" in _plain(msg) and "Kayla" in _plain(msg) and "what should I do?" in _plain(msg)

def _t01(msg):
    b = _plain(msg)
    return (not NO_ALARM.search(b.split("Tower Hamlets Council - this email")[0]) and "not responding" in b
            and "has to leave for work at 1" in b and "Immediate risk to the child at the time of completion (07/10/2036): No"
            in " ".join(p.extract_text() for p in _pdf(msg, "MARF").pages))

def _t02(msg):
    b = _plain(msg)
    return (all(w in b for w in ("2023-05-14", "9th Nov 2025", "01.12.29", "17/08/2032")) and "the two youngest" in b
            and "<table" in _html(msg) and "still to be agreed" in b)

def _t03(msg):
    b = _plain(msg)
    new, old = b.split("________________________________", 1)
    return ("Ibrahim Saleh (13/02/2027)" in old and "Ruby Mahmood" not in old and "Ruby Mahmood" in new
            and "take his name off" in new)

def _t04(msg):
    return "not about Hana being unsafe today" in _plain(msg) and "0% this term" in _plain(msg)

def _t06(msg):
    return (msg.get_content_type() == "multipart/report" and msg.get_param("report-type") == "delivery-status"
            and any(p.get_content_type() == "message/delivery-status" for p in msg.walk()))

def _t07(msg):
    b = _plain(msg)
    return (_lines_after(b, "TAF plan attached?") == "" and _lines_after(b, "Team manager sign-off:") == ""
            and _lines_after(b, "Any current safeguarding concerns?") == "N/A"
            and _lines_after(b, "Child and Family Assessment attached?") == "See attached"
            and len(_att(msg, lambda p: True)) == 1)

def _t08(msg):
    b = _plain(msg)
    return "unconscious for about two minutes" in b and "For information only" in b and "within 15 minutes" in b

def _o02_pair(msg):
    a = email.message_from_bytes(FILES["torbay_02.eml"], policy=email.policy.default)
    b = email.message_from_bytes(FILES["torbay_03.eml"], policy=email.policy.default)
    pa = [p.get_payload(decode=True) for p in a.walk() if not p.is_multipart()]
    pb = [p.get_payload(decode=True) for p in b.walk() if not p.is_multipart()]
    da = email.utils.parsedate_to_datetime(a["Date"]); db = email.utils.parsedate_to_datetime(b["Date"])
    return (pa == pb and str(a["Subject"]) != str(b["Subject"]) and a["Message-ID"] != b["Message-ID"]
            and timedelta(0) < db - da <= timedelta(minutes=30)
            and _lab("torbay_02.eml")["expect"] == _lab("torbay_03.eml")["expect"])

def _o04(msg):
    b = _plain(msg)
    jpg = _att(msg, lambda p: p.get_content_type() == "image/jpeg")
    sa = " ".join(p.extract_text() for p in _pdf(msg, "Single Assessment").pages).lower()
    return (_lines_after(b, "Consent for level 3 Early Help obtained?") == "see attached" and len(jpg) == 1
            and "consent" not in jpg[0].get_filename().lower() and "consent" not in sa
            and _lines_after(b, "Anything else triage should know?") == ""
            and jpg[0].get_payload(decode=True) == make_jpeg("torbay_04.eml")
            and jpeg_dc_decode(jpg[0].get_payload(decode=True)) == jpeg_values("torbay_04.eml")
            and _lab("torbay_04.eml")["expect"]["consent"] is None and "consent" in _lab("torbay_04.eml")["expect"]["missing"])

def _o05(msg):
    b = _plain(msg)
    return (all(w in b for w in ("14.05.24", "3rd Sept 2026", "2029-01-30", "11/07/2033")) and "The three youngest" in b
            and not NO_ALARM.search(b) and "tonight" in b)

def _o06(msg):
    b = _plain(msg)
    new = b.split("On 15 Dec 2036")[0]
    return (all(x in new for x in ("TH ED", "?#", "AMA", "HV")) and new.strip().startswith("SA attached as requested")
            and "> Children: Tyler Cornish (02/09/2029), Ruby-Mae Cornish (25/01/2033)" in b)

def _h03(msg):
    b = _plain(msg)
    return all(x in b for x in ("CP plan", "MAPPA", "MARAC", "No DA since", "s47", "NFA", "PNC", "DBS clear"))

def _h05(msg):
    jpg = _att(msg, lambda p: p.get_content_type() == "image/jpeg")
    return (len(jpg) == 1 and jpg[0].get_filename() == "IMG_0871.jpg"
            and jpeg_dc_decode(jpg[0].get_payload(decode=True)) == jpeg_values("herefordshire_05.eml"))

def _h07(msg):
    return "\u0177" in _plain(msg) and msg["Content-Language"] == "cy-GB" and msg["Auto-Submitted"] == "auto-replied"

def _h08(msg):
    r = _pdf(msg, "EHA Step Down Plan - Probert")
    page = " ".join(p.extract_text() for p in r.pages)
    vals = " ".join(str(v.get("/V")) for v in r.get_fields().values())
    words = ("burnt", "lighter", "blister")
    other = " ".join(p.extract_text() for p in _pdf(msg, "Signed consent form").pages)
    return (all(w in vals for w in words) and not any(w in page for w in words) and not any(w in other for w in words)
            and not any(w in body_text(msg) for w in words) and "Jordan Probert" not in page)

CUSTOM = [
    ("knowsley_01.eml", "Appendix 1 answered line by line (blank / N/A / see attached); five DOB formats, three "
                        "surnames; Kai only by first name; Monday -> Monday = 5 WD", _k01),
    ("knowsley_02.eml", "'next Weds at 2 at the children's centre' sent on a Thursday = 4 WD; witnessed accident", _k02),
    ("knowsley_03.eml", "no alarm words; 'w/c 17th, date TBC'; missing overnight, seen ten minutes ago", _k03),
    ("knowsley_04.eml", "Friday after 17:00 BST, meeting after the clock change: 5 WD from Friday, 4 from Monday; "
                        "shorthand", _k04),
    ("knowsley_05.eml", "case id only in the .docx header and footer (python-docx reads it); Teams link, no date", _k05),
    ("knowsley_06.eml", "the new text only says 'GCP2 attached.'; the original request quoted under the ack", _k06),
    ("knowsley_07.eml", "the meeting date and time only in the Subject; 6 WD", _k07),
    ("knowsley_08.eml", "declined Thursday and re-proposed Monday only in the quoted thread; 4 WD vs 7", _k08),
    ("richmond_wandsworth_01.eml", "negated/historic acronyms", _r01),
    ("richmond_wandsworth_02.eml", "six children, three surnames, DOB formats, Kai Barnes excluded", _r02),
    ("richmond_wandsworth_03.eml", "Friday; no alarm words; moving in this weekend", _r03),
    ("richmond_wandsworth_04.eml", "long-standing neglect, 'nothing new happened today', summary to follow", _r04),
    ("richmond_wandsworth_05.eml", "DECLINED with a re-proposal in the COMMENT", _r05),
    ("richmond_wandsworth_07.eml", "answers only in AcroForm field values, not in the page text or the body", _r07),
    ("richmond_wandsworth_08.eml", "Outlook for Android advice request", _r08),
    ("tower_hamlets_01.eml", "no alarm words; carer not responding; MARF says 'No' as at yesterday", _t01),
    ("tower_hamlets_02.eml", "four children in a Word table, four DOB formats; LP still to be agreed", _t02),
    ("tower_hamlets_03.eml", "the wrong child only in the quoted ack; the correction in the new text", _t03),
    ("tower_hamlets_04.eml", "school refusal, not unsafe today", _t04),
    ("tower_hamlets_06.eml", "Exchange NDR multipart/report", _t06),
    ("tower_hamlets_07.eml", "form Q&A with blank, N/A and 'See attached' answers; no plan attached", _t07),
    ("tower_hamlets_08.eml", "seizure handled by adults; for information only", _t08),
    ("torbay_03.eml", "the same mail as torbay_02, re-sent with a different subject and Message-ID", _o02_pair),
    ("torbay_04.eml", "consent 'see attached' -> only an unnamed, unreadable photo; SA silent on consent", _o04),
    ("torbay_05.eml", "four children, two surnames, four DOB formats; no alarm words; tonight", _o05),
    ("torbay_06.eml", "shorthand risk in a reply adding the SA; children in the quoted ack", _o06),
    ("herefordshire_03.eml", "historic / negated acronyms", _h03),
    ("herefordshire_05.eml", "one unnamed photo that decodes", _h05),
    ("herefordshire_07.eml", "Welsh / English auto-reply", _h07),
    ("herefordshire_08.eml", "the risk only in an AcroForm field value", _h08),
]

def add_kind_checks():
    """Generic per-kind shape checks: follow-ups carry an [SB-...] reference in the subject, meeting replies an
    iTIP REPLY part, auto-replies an Auto-Submitted header or a multipart/report, new requests and other mail no
    [SB-...] reference and no Auto-Submitted header."""
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
            CUSTOM.append((f, "auto_reply marked Auto-Submitted or a multipart/report",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")
                           or m.get_content_type() == "multipart/report"))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "auto_reply":
            CUSTOM.append((f, "no Auto-Submitted header on human mail", lambda m: m["Auto-Submitted"] is None))

def set_checks():
    """Whole-set checks: the bank-holiday list (against the `holidays` package when installed), no bank holiday in
    the window, the clock change on the last Sunday of October, children in order of first full-name appearance."""
    errors = []
    try:
        import holidays
        ref = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=2036) if d.weekday() < 5}
        if ref != BANK_HOLIDAYS:
            errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    inside = [d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: a bank holiday falls inside the window: %s" % inside)
    last_sun = max(date(2036, 10, d) for d in range(25, 32) if date(2036, 10, d).weekday() == 6)
    if BST_END.date() != last_sun or datetime(2036, 10, 24, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) \
            or datetime(2036, 10, 27, 12, tzinfo=LON).utcoffset() != timedelta(0):
        errors.append("set: BST must end on the last Sunday of October 2036 (%s)" % last_sun)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        errors.append("set: the window must run Monday to Friday")
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
