#!/usr/bin/env python3
"""mixed21: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
over the autumn term of 2039, in styles and situations the earlier sets lack: mail written by partner agencies in
their own formats (a police PPN / "Vulnerability referral" pasted in, a midwife's SBAR handover, a school DSL's CPOMS
export with timestamps, a housing officer's incident note); names with diacritics and non-English orders (Zofia
Wiśniewska, Nguyễn Văn An with the family name first, Mohammed Al-Amin, Saoirse Ní Bhriain and her brother Cian Ó
Briain), a child known by a nickname and a legal name, children whose double-barrelled surname differs from their
parents'; two unrelated families in one mail and a mail that compares with a different, closed family; checkbox
forms (Word content-control checkboxes ☒ / ☐, plain glyphs, a PDF with [X] / [ ], a "Yes / No" whose "No" is struck
through, a box left blank); long disclaimers and signatures full of risk words; Outlook Teams meeting invitations
(iTIP REQUEST with a Teams join block) sent by Knowsley requesters, and a plain-text "can we move it to..." reply;
urgent risk only in a forwarded text-message transcript, only in a subject line, only in a second attachment after
a routine first one, only in a third party's reply-all; near misses (a risk closed by the police today, a historic
disclosure under review, a pupil's story, a case-law summary, a duplicate "URGENT" re-send, a ruled-out disclosure,
a closed comparison family, risk words only in a signature).

Window: Monday 5 September - Friday 16 December 2039 (the autumn term). British Summer Time ends at 01:00 UTC on
Sunday 30 October 2039 (the last Sunday of October), so Date headers are +0100 before it and +0000 after; each `now`
is 1-10 minutes after its Date with the same offset. No England & Wales bank holiday falls inside the window (the
late summer bank holiday is 29 August, Christmas Day falls on a Sunday so the substitute days are 26 and 27 December);
the Knowsley notice counts instead cross the clock change, include two exact-5-working-day edges, and one meeting is
given only as "next Thursday".

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, calendar UIDs and Teams ids
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (pypdf
and python-docx are used only by the self-checks to read back the hand-built PDFs and .docx files; the `holidays`
package must confirm the 2039 bank holidays). `--stats` prints tallies; `--fault-test` injects faults into an
in-memory rebuild (nothing is written) and fails unless every one is caught. The helpers (MIME assembly, Word HTML,
PDF, .docx, iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed20/make_set.py and adapted (window, bank holidays, BST on both sides, the checks), with
builders added for an Outlook iTIP REQUEST carrying a Teams meeting and attachments, Word content-control checkboxes
and struck-through runs in .docx. Every label was set by hand; the self-checks only verify them against the
specification's rules and STOP on any error before anything is written.
"""
import base64, copy, hashlib, html, json, os, quopri, re, struct, sys, zlib
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
    """Local (Europe/London) wall-clock time. zoneinfo picks the offset: +0100 until the clocks go back at 01:00 UTC
    on Sunday 30 October 2039, +0000 after; the self-check asserts it for every Date."""
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
        meeting=None, not_children=(), names_only_in_attachments=False, not_case_ids=()):
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
                   "attachment_only": names_only_in_attachments, "not_case_ids": list(not_case_ids)}

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
            zi = zipfile.ZipInfo(name, date_time=(2039, 1, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added for mixed21
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"

def make_docx2(paras, tables=()):
    """A .docx whose paragraphs may hold typed segments, as Word writes forms:
    a paragraph is a str ('# ' = Heading 1) or a list of segments; a segment is a str (plain run), ('b', text) bold,
    ('strike', text) a struck-through run (w:strike - the text is still there, only the formatting shows it is
    crossed out), ('cc', True/False) a Word content-control checkbox (w:sdt with w14:checkbox; its glyph ☒ / ☐ lives
    inside w:sdtContent, as Word 2010+ saves it) or ('glyph', True/False) a plain ☒ / ☐ character typed into a run.
    tables: list of row lists, each cell a paragraph spec."""
    def run(t, props=""):
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
            "<w:rPr>%s</w:rPr>" % props if props else "", html.escape(t, quote=False))
    def seg(s):
        if isinstance(s, str):
            return run(s)
        k, v = s
        if k == "b":
            return run(v, "<w:b/>")
        if k == "strike":
            return run(v, "<w:strike/>")
        if k == "glyph":
            return run("\u2612" if v else "\u2610", '<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/>')
        if k == "cc":
            return ('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" '
                    'w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                    '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                    % (1 if v else 0, run("\u2612" if v else "\u2610",
                                          '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
                                          'w:hint="eastAsia"/>')))
        raise ValueError(k)
    def para(p):
        if isinstance(p, str):
            if p.startswith("# "):
                return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(p[2:])
            return "<w:p>%s</w:p>" % run(p)
        return "<w:p>%s</w:p>" % "".join(seg(s) for s in p)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'mc:Ignorable="w14"><w:body>%s<w:sectPr/></w:body></w:document>' % (W14_NS, body))
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
            zi = zipfile.ZipInfo(name, date_time=(2039, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx2_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx2(paras, tables))

def docx_runs(data):
    """[(paragraph index, run text, struck?)] of word/document.xml - used by the checks to see which word of a
    'Yes / No' answer is crossed out."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for i, p in enumerate(root.iter(W + "p")):
        for r in p.iter(W + "r"):
            rpr = r.find(W + "rPr")
            struck = rpr is not None and rpr.find(W + "strike") is not None
            out.append((i, "".join(t.text or "" for t in r.iter(W + "t")), struck))
    return out

def docx_checkboxes(data):
    """[(checked?, glyph)] of the Word content-control checkboxes (w:sdt / w14:checkbox) of a .docx."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W, W14 = "{%s}" % W_NS, "{%s}" % W14_NS
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for sdt in root.iter(W + "sdt"):
        cb = sdt.find(W + "sdtPr/" + W14 + "checkbox")
        if cb is not None:
            val = cb.find(W14 + "checked").get(W14 + "val")
            out.append((val == "1", "".join(t.text or "" for t in sdt.iter(W + "t"))))
    return out

def itip_request(f, top, body, cal, atts=()):
    """An Outlook meeting request sent by a person (the organiser): multipart/mixed holding multipart/alternative
    (text/plain, text/html, text/calendar; method=REQUEST) and then the attachments, as Outlook sends an invitation
    with files attached. The body carries the Teams join block."""
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True), cal_part],
                    bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1)) if atts else alt
    return build(top + [("Content-Class", "urn:content-classes:calendarmessage")], root, True)

def teams_url(fname):
    h = sha(fname, "teams")
    return "https://teams.example.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % h[12:40]

def request_ics(f, when, start, end, summary, description, organizer, attendees):
    """METHOD:REQUEST for a Teams meeting (Exchange PRODID, GMT Standard Time VTIMEZONE, Teams URL property)."""
    return ics("REQUEST", f, dt(when), start, end, summary, "Microsoft Teams Meeting", description, organizer,
               [(cn, em, role, "NEEDS-ACTION") for cn, em, role in attendees],
               extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams_url(f), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                      "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])

def sms_block(lines):
    """A text-message conversation as a phone's 'copy' or export writes it: '[Sun 2 Oct 23:48] Kian: ...'."""
    return "\n".join("[%s] %s" % (t, m) for t, m in lines)

def gmail_mail(f, top, body, atts=()):
    """Google Workspace style: base64 text/plain + simple HTML alternative, Gmail boundaries."""
    alt = multipart("alternative", [text_part(body, cte="base64"), text_part(simple_html(body), "html", cte="base64")],
                    gbnd(f, 1))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 2)) if atts else alt
    return build(top, root, False)

# ============================================================================= shared bits
KDISC = T("""
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.
""")
# A long signature footer full of risk words (knowsley_03; the MASH / EDT numbers are the deployment's demo numbers)
KDISC_LONG = T("""
------------------------------------------------------------------------
SAFEGUARDING IS EVERYONE'S RESPONSIBILITY
If you believe a child or young person is at immediate risk of harm, call 999.
If you are worried that a child in Knowsley is being abused, neglected or is at risk of harm, contact the MASH on 0151 496 0417 (Monday to Friday, 9am to 5pm) or the Emergency Duty Team on 0151 496 0999 at any other time. Do not wait: if it is urgent, phone - do not email.
------------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may contain personal, sensitive or special category data, including information about children and adults at risk. They are intended solely for the addressee(s). If you have received this e-mail in error, you must not read, copy, use or disclose it or its contents; please notify the sender immediately and delete it from your system. Knowsley Council does not accept liability for any loss or damage caused by software viruses. E-mail traffic to and from Knowsley Council may be monitored and recorded for the purposes of ensuring compliance with the Council's policies, including child protection and information governance, and for the detection and prevention of crime. Under freedom of information and data protection law the contents of this e-mail may be disclosed.
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
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: each question, then its answer."""
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
EF_Q_SHORT = "Engaging Families Toolkit - Signs of Well-being family engagement tool:"
EF_Q_FULL = "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool."

# ============================================================================= KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"; when = "2039-10-26 11:20:14"
    org = ("Rachael Tinsley", "Rachael.Tinsley@" + KDOM)
    body = T("""
Hi all,

This is the step up TAF meeting for Lily-Rose Ashworth-Kaur (DOB 14/03/2031), EHM-93115, open to Family First at Level 3 since May. MASH - the step up request form, the GCP2 and the minutes of the last TAF are attached to this invitation. Angela Hurst (DSL, Evelyn Primary) is invited for school.

Lily-Rose lives with her mum, Priya Kaur. Her dad, Connor Ashworth, lives in Prescot and has her every other weekend; I will invite him as part of the family.

Why I'm asking for a step up: home conditions have gone downhill since the summer despite five months of intensive work. There was no food in the house on three of my last four unannounced visits, Lily-Rose has been in the same clothes all week more than once, and her head lice have not been treated since September despite school's letters and two free treatments. Her attendance has dropped to 86%. The GCP2 (completed with mum on 18/10/39) scores level 4 for physical care.

My TM's sign-off is in the form. Mum is aware that I'm asking for a step up.

Please note the clocks go back on Sunday - the meeting is at 10am UK time on Wednesday 2 November.

Thanks
Rachael

Rachael Tinsley
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0273
""") + teams_block(f) + KDISC
    summary = "Step up TAF meeting - Lily-Rose Ashworth-Kaur - EHM-93115"
    cal = request_ics(f, when, "20391102T100000", "20391102T113000", summary, body, org,
                      [("Knowsley MASH", KMASH, "REQ-PARTICIPANT"), ("MASH Business Support", KBS, "REQ-PARTICIPANT"),
                       ("Hurst, Angela", "a.hurst@evelynprimary.example.sch.uk", "REQ-PARTICIPANT"),
                       ("Mercer, Paul", "Paul.Mercer@" + KDOM, "OPT-PARTICIPANT")])
    form = docx2_att("FF Step Up request to CSC - Ashworth-Kaur.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM:", "EHM-93115",
        "Has this family recently closed to Children's Social Care?:", [("cc", False), " Yes    ", ("cc", True), " No"],
        "Date of step up TAF meeting:", "Wednesday 2 November 2039, 10:00 - Microsoft Teams",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
        "Medium - mum lets me in and agrees plans but does not follow them through",
        "Recent TAF meeting minutes attached:", [("cc", True), " Yes    ", ("cc", False), " No"],
        "What are we worried about?", "",
        "Current Concerns (Impact on child)",
        "No food in the house on 3 of 4 unannounced visits; Lily-Rose in the same clothes all week; head lice untreated "
        "since September; attendance 86% and falling. Lily-Rose told school she is 'always hungry at weekends'.",
        "Past Harm", "None known.",
        "Complicating Factors", "Mum works evening shifts at a care home.",
        "What is working well?", "",
        "Existing Strengths", "Mum and Lily-Rose are very close; dad is consistent and there are no concerns about his "
        "care on his weekends.",
        "Existing Safety", "Breakfast club every school day; nan does tea on Tuesdays and Thursdays.",
        "What next?", "",
        "Goals", "Lily-Rose fed, clean and in school every day.",
        "Next Steps", "Step up for a C&F assessment.",
        EF_Q_FULL, "N/A - engagement is not the main worry",
        "Graded Care profile (If neglect should be completed).", [("cc", True), " Completed 18/10/2039 - attached"],
        "Merseyside Exploitation Assessment - CE/CSE concern.", "N/A",
        "Up to date police information if applicable:", "None.",
        "Agreement by line manager:",
        [("cc", True), " Agreed    ", ("cc", False), " Not agreed        Name: Paul Mercer (Team Manager)    Date: 21/10/2039"],
        "Contingency plan (Smart and timely).", "If not stepped up: weekly unannounced visits, food bank referral and "
        "lice treatment at the hub, reviewed at a TAF in 4 weeks."])
    gcp2 = pdf_att("GCP2 - Ashworth-Kaur - 18.10.39.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Child: Lily-Rose Ashworth-Kaur (8)", "Completed by: Rachael Tinsley, Family First, with mum (Priya Kaur) on 18/10/2039", "",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
        "Area 2 Care of safety: 2", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3", "",
        "Nutrition: cupboards and fridge empty on 3 of 4 visits; no regular evening meal.",
        "Hygiene: head lice untreated since September; clothes not washed."])
    minutes = pdf_att("TAF minutes 12.10.39 - Ashworth-Kaur.pdf", "TAF meeting minutes - 12/10/2039 - Lily-Rose Ashworth-Kaur", [
        "Present: Priya Kaur (mum), Rachael Tinsley (Family First, chair), Angela Hurst (Evelyn Primary), school nurse.",
        "School: attendance 86%; Lily-Rose often hungry on Mondays; lice letters sent home three times.",
        "School nurse: two free lice treatments given to mum in September; not used.",
        "Mum: working extra evening shifts; says she will 'get on top of it'.",
        "Agreed: GCP2 to be completed this week; Rachael to discuss a step up with her TM."])
    top = outlook_top(f, addr("Tinsley, Rachael", org[1]),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS),
                                 addr("Hurst, Angela", "a.hurst@evelynprimary.example.sch.uk")]),
                      summary, when, cc=addr("Mercer, Paul", "Paul.Mercer@" + KDOM))
    add(f, itip_request(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-93115"],
        [ch("Lily-Rose Ashworth-Kaur", "2031-03-14", "14/03/2031")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "OUTLOOK TEAMS MEETING INVITATION SENT BY THE REQUESTER (multipart/mixed: text + HTML + text/calendar "
        "METHOD:REQUEST with a Teams join block and X-MICROSOFT-SKYPETEAMSMEETINGURL, then three attachments) -> the "
        "invitation carries the request, so step_up. MANAGER SIGN-OFF ONLY IN A WORD CONTENT-CONTROL CHECKBOX: the body "
        "says only 'My TM's sign-off is in the form'; the form's 'Agreement by line manager:' reads ☒ Agreed ☐ Not "
        "agreed, Paul Mercer (the ☒ / ☐ glyphs sit inside w:sdt content controls) -> manager true. Child's double-barrelled "
        "surname differs from both parents' (Priya Kaur, Connor Ashworth - adults, not labelled). Concerns neglect (GCP2 "
        "attached, so gcp2 met) + school_attendance (86%). 'Mum is aware' -> consent null. NOTICE ACROSS THE CLOCK CHANGE, "
        "EXACTLY 5 WD: sent Wed 26 Oct (+0100), meeting 10:00 GMT Wed 2 Nov (DTSTART;TZID=GMT Standard Time) = 27, 28, 31 "
        "Oct, 1, 2 Nov = 5 -> ok -> book_meeting.",
        meeting=date(2039, 11, 2), not_children=["Priya Kaur", "Connor Ashworth", "Rachael Tinsley", "Angela Hurst",
                                                 "Paul Mercer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2039-11-08 14:02:37"
    org = ("Niamh Costigan", "Niamh.Costigan@" + KDOM)
    body = T("""
Hi MASH,

This is the step up TAF meeting for Mohammed Al-Amin (DOB 02/05/2030) and his sister Maryam Al-Amin (DOB 19/01/2034), EHM-94027, open to Family First at Level 3 since February.

Attached, in this order: 1. the step up request form (my TM Gareth Lyle's agreement is in it); 2. the minutes of the TAF we held this morning.

In a line: Mum (Rukhsana Al-Amin) has been very low since the summer - her depression has come back and she is in bed most days - and Mohammed (9) is getting himself and Maryam up, dressed and to school. His attendance is down to 84% and he is falling asleep in class. Mum knows I'm asking for a step up.

I'll invite the TAF members from my calendar.

Thanks
Niamh

Niamh Costigan
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0158
""") + teams_block(f) + KDISC
    summary = "Step up TAF meeting - Al-Amin - EHM-94027"
    cal = request_ics(f, when, "20391116T133000", "20391116T150000", summary, body, org,
                      [("Knowsley MASH", KMASH, "REQ-PARTICIPANT"), ("MASH Business Support", KBS, "REQ-PARTICIPANT")])
    form = docx_att("FF Step Up request to CSC - Al-Amin.docx", appendix1([
        ("Case ID on EHM:", "EHM-94027"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 16/11/2039, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages when she is well enough"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/11/2039"),
        ("What are we worried about?", ""),
        ("Current Concerns (Impact on child)", "Mum's depression has returned since July; she is in bed most days and "
         "not eating well. Mohammed (9) is getting himself and Maryam (5) up, dressed, fed and to school; he is tired, "
         "his attendance is 84% and he is falling asleep in class. Maryam is late most mornings."),
        ("Past Harm", "Physical harm to Mohammed by a relative two years ago (on ICS). The family court ordered that "
         "this relative must not live with the children or be alone with them."),
        ("Complicating Factors", "Dad died three years ago. No family nearby except mum's brother (see Past Harm)."),
        ("What is working well?", ""),
        ("Existing Strengths", "Mum is warm and loving when she is well; she went to her GP last week. Breakfast club "
         "every day."),
        ("Existing Safety", "Mum's friend Mrs Begum does the school run on Fridays."),
        ("What next?", ""),
        ("Goals", "Mum well and parenting again; Mohammed able to be a child, not a carer."),
        ("Next Steps", "Step up for a C&F assessment; young carers referral; CMHT review for mum."),
        (EF_Q_SHORT, "N/A"),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Nothing recent."),
        ("Agreement by line manager:", "Agreed - Gareth Lyle, Team Manager, 04/11/2039"),
        ("Contingency plan (Smart and timely).", "If not stepped up: daily check-ins by phone, twice-weekly visits, "
         "breakfast club for both children, review TAF in 4 weeks.")]))
    minutes = pdf_att("TAF minutes 08.11.39 - Al-Amin.pdf", "TAF meeting minutes - 08/11/2039 09:30 - Al-Amin family", [
        "Present: Niamh Costigan (Family First, chair), Mrs Joy Okafor (Maryam's class teacher, Year 1),",
        "Mr Ryan Doyle (Mohammed's class teacher, Year 5), school nurse.",
        "Apologies: Mum (Rukhsana Al-Amin) - unwell.",
        "School: Mohammed 84%, late 11 times this half term, asleep in class twice. Maryam late most days.",
        "School nurse: mum seen by the GP on 02/11; medication restarted; CMHT referral made.",
        "Agreed: Niamh to send the step up invitation to MASH today; young carers referral for Mohammed.", "",
        "Added after the meeting (12:40, Niamh): Mrs Okafor rang. At breakfast club Maryam told her 'Uncle Tariq is",
        "sleeping at ours again and he's getting us from school today because mummy has gone to auntie's in Bolton till",
        "tomorrow'. Uncle Tariq is mum's brother, Tariq Hussain - the relative who broke Mohammed's arm two years ago and",
        "who the family court ordered must not live with the children or be alone with them. Maryam says he has been at",
        "the flat since Saturday. School finishes at 3.15 today. I have rung mum twice (12:45 and 13:05) - no answer."])
    top = outlook_top(f, addr("Costigan, Niamh", org[1]),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)]), summary, when)
    add(f, itip_request(f, top, body, cal, [form, minutes]), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-94027"],
        [ch("Mohammed Al-Amin", "2030-05-02", "02/05/2030"), ch("Maryam Al-Amin", "2034-01-19", "19/01/2034")],
        ["parental_mental_health", "physical_harm", "school_attendance", "young_carer"], None, True, [], True,
        "alert_duty",
        "URGENT ONLY IN THE SECOND ATTACHMENT, AFTER A ROUTINE FIRST ONE, IN PLAIN WORDS (none of the alarm words "
        "anywhere): a calm Teams invitation (iTIP REQUEST) for a planned step-up with 1. the step up form and 2. this "
        "morning's TAF minutes, whose last paragraph, 'Added after the meeting (12:40)', says Maryam (5) told her teacher "
        "that mum's brother Tariq Hussain - who broke Mohammed's arm two years ago and is barred by the family court "
        "from living with or being alone with the children - has been staying since Saturday and is collecting both "
        "children from school at 3.15 today, mum away till tomorrow and not answering -> safety rule 1 (every part, "
        "attachments included) -> alert_duty. Concerns parental_mental_health (mum's depression) + young_carer "
        "(Mohammed, 9, getting his sister up and to school) + school_attendance (84%) + physical_harm (a man who harmed "
        "the child, barred by the court, caring for them today, as earlier sets). Form, TAF minutes, EHM-94027, TM "
        "agreed, TAF Wed 16 Nov 13:30 from Tue 8 Nov = 9, 10, 11, 14, 15, 16 = 6 WD -> ok; nothing missing. 'Mum knows' "
        "-> consent null.",
        meeting=date(2039, 11, 16), not_children=["Rukhsana Al-Amin", "Tariq Hussain", "Gareth Lyle", "Niamh Costigan",
                                                  "Joy Okafor"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2039-10-28 16:05:22"
    body = T("""
Hi Family First duty,

I'd like to let you know that we plan to step Alexander Ogunbiyi (DOB 07/06/2031) down from Child in Need to Family First at Level 3. He is known to everyone, school included, as Sasha - please use that with him. ICS-2291874.

Final CIN meeting: next Thursday at 10am, Kirkby Family Hub (Cherryfield Drive), meeting room 1.

Consent: Mum, Grace Ogunbiyi, has agreed to the referral to Family First - she signed the consent section on Wednesday.

What are we worried about?
Sasha (8) is on the waiting list for an ADHD assessment and school have started an EHCP request. He has had two fixed-term exclusions this term and his attendance is 88%.

What is working well?
Mum has worked really well with CIN and there are no concerns about home conditions or about mum's care of Sasha. Grandad takes Sasha to boxing twice a week and he loves it.

What needs to happen?
A Family First case manager to support mum with school (an attendance plan and the EHCP request), the ADHD pathway and the Incredible Years parenting group.

For your system: the hub has him as Sasha Ogunbiyi from the summer holiday club - same child.

Many thanks, and have a good weekend
Jo

Joanne Rafferty
Social Worker | Children in Need Team (Kirkby) | Knowsley Council
0151 496 0731 | 07700 900731
Working days: Monday to Thursday
""") + KDISC_LONG
    top = outlook_top(f, addr("Rafferty, Joanne", "Joanne.Rafferty@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Alexander Ogunbiyi - ICS-2291874", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["ICS-2291874"], [ch("Alexander Ogunbiyi", "2031-06-07", "07/06/2031")],
        ["disability_send", "school_attendance"], True, None, [], False, "request_info",
        "MEETING GIVEN ONLY AS A WEEKDAY NAME: 'next Thursday at 10am' in a mail sent on FRIDAY 28 October is Thursday 3 "
        "November (the coming Thursday, which is also the Thursday of next week, so not ambiguous); ACROSS THE CLOCK "
        "CHANGE: Fri 28 Oct (+0100) -> Mon 31 Oct, Tue 1, Wed 2, Thu 3 Nov = 4 WD -> notice not ok -> request_info. A CHILD "
        "KNOWN BY A NICKNAME: legal name Alexander Ogunbiyi, 'known ... as Sasha', and 'Sasha Ogunbiyi' in the hub's records "
        "- one child, labelled by his legal name as first written in full (a nickname never adds a child). LONG SIGNATURE "
        "FOOTER WITH RISK WORDS ('immediate risk of harm, call 999', 'abused, neglected or is at risk', 'if it is urgent, "
        "phone', 'child protection') -> boilerplate, not urgent. Level 3 stated; consent 'Mum ... has agreed to the "
        "referral to Family First - she signed' -> true; the three Signs of Safety headings answered; venue given. "
        "Concerns disability_send (ADHD waiting list, EHCP request) + school_attendance (88%, exclusions); strengths "
        "excluded.",
        meeting=date(2039, 11, 3), not_children=["Grace Ogunbiyi", "Joanne Rafferty", "Sasha Ogunbiyi"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2039-09-15 12:30:18"
    body = T("""
Dear colleagues,

Here is this month's short case-law summary for social work and Early Help teams. It is for learning only: neither case is a Knowsley case, and nothing here is about any child or family we are working with. Please share it at team meetings.

1. Re T (A Child) (Interim Removal) [2039] EWCA Civ 1187
Facts: a local authority sought the immediate removal of a four-month-old baby, T, after a skeletal survey showed fractures of different ages. The parents gave no explanation. At the first hearing the magistrates refused an interim care order with removal and approved a safety plan with the maternal grandparents instead.
Held: the Court of Appeal allowed the local authority's appeal. Separation at an interim stage is lawful only where the child's safety requires immediate separation; here it did, because the safety plan depended on grandparents who did not accept that the injuries had been inflicted.
For practice: record why a safety plan is or is not protective - not only that one exists.

2. Re M and K (Children: Exploitation) [2039] EWFC 301
Facts: two brothers, M (14) and K (15), were repeatedly missing and were found in a county-lines address in another city. The local authority applied for a secure accommodation order for M.
Held: the court refused the secure order but made care orders, holding that the risk of serious harm from criminal exploitation was significant harm attributable to the care given, even though the parents were trying hard to protect the boys.
For practice: the NRM referrals and the return-home interviews were central evidence - record them fully.

Any questions, please get in touch.

Harriet Okwu
Senior Solicitor (Children and Families) | Legal Services | Knowsley Council
0151 496 0802
""") + KDISC
    top = outlook_top(f, addr("Okwu, Harriet", "Harriet.Okwu@" + KDOM),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("Family First 0-18 Duty Mailbox", KFF)]),
                      "Legal update - case law summary for practitioners (September 2039)", when,
                      cc=addr("CSC Team Managers", "csc.teammanagers@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CASE-LAW SUMMARY: Legal Services' monthly round-robin (a person's mail, no List-Id or "
        "Auto-Submitted) summarising two fictional judgments with 'immediate removal', fractures of different ages, "
        "'risk of serious harm', county lines, missing brothers - 'for learning only ... nothing here is about any child "
        "or family we are working with'. Children only as initials (T, M, K), so none labelled; the judgments' facts are "
        "examples, not current worries about a household -> concerns []. Not a request -> other -> human_review.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2039-11-15 09:12:40"
    body = T("""
Good morning,

I'm writing to let you know of the plan to step Saoirse Ní Bhriain (DOB 23/04/2029) and her brother Cian Ó Briain (DOB 11/12/2032) down from Child in Need to a Level 2 Early Help plan led by their school. They are full siblings - Ní Bhriain and Ó Briain are the girl's and the boy's forms of the same Irish surname. ICS-2301552 (Saoirse) and ICS-2301553 (Cian).

Mum is Siobhán Ní Bhriain. Dad, Pádraig Ó Briain, lives in Dublin and rings the children every Sunday.

Lead Practitioner: Mr Dónal Keane, Pastoral Manager, St Aidan's Catholic Primary School (Huyton) - he has agreed to take on the role.

Final CIN meeting: Tuesday 22 November 2039 at 2pm at St Aidan's Catholic Primary School (the meeting room by reception).

What are we worried about?
Mum's anxiety - she is seeing her GP and is on the Talking Therapies waiting list - and Cian's attendance, which is 89% (mostly Mondays).

What is working well?
Mum has kept every CIN visit and every appointment. The children are close to their aunt in Roby, and Saoirse's attendance is up to 95%. Home conditions are good.

What needs to happen?
Mr Keane to lead a Level 2 plan: an attendance plan for Cian with a Monday breakfast-club place, the worry group for Saoirse, and support for mum to get to Talking Therapies. TAF review in 6 weeks.

Consent: Mum has consented to the step down and to Mr Keane as Lead Practitioner.

Kind regards
Helen

Helen Brophy
Social Worker | Children in Need Team (Huyton) | Knowsley Council
0151 496 0644
""") + KDISC
    top = outlook_top(f, addr("Brophy, Helen", "Helen.Brophy@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Saoirse Ní Bhriain and Cian Ó Briain - final CIN 22/11", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-2301552", "ICS-2301553"],
        [ch("Saoirse Ní Bhriain", "2029-04-23", "23/04/2029"), ch("Cian Ó Briain", "2032-12-11", "11/12/2032")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "IRISH NAMES WITH DIACRITICS AND GENDERED SURNAME FORMS (RFC 2047 subject, QP UTF-8 body): full siblings Saoirse "
        "Ní Bhriain and Cian Ó Briain; Mum Siobhán Ní Bhriain shares her daughter's surname form and Dad Pádraig Ó Briain "
        "his son's - both adults, never labelled. Complete Level 2 step-down: date, time and venue, the three Signs of "
        "Safety headings, Lead Practitioner named with his agency; consent stated (not required at L2). Concerns "
        "parental_mental_health (mum's anxiety) + school_attendance (Cian 89%). EXACTLY 5 WD: Tue 15 Nov -> Tue 22 Nov = "
        "16, 17, 18, 21, 22 -> ok -> book_meeting.",
        meeting=date(2039, 11, 22), not_children=["Siobhán Ní Bhriain", "Pádraig Ó Briain", "Dónal Keane", "Helen Brophy"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2039-09-21 10:47:05"
    original = quote("Dunn, Carla <Carla.Dunn@knowsley.gov.uk>", "19 September 2039 11:31",
                     "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Step up request - Zofia Wiśniewska - EHM-92540",
                     T("""
Hi MASH,

Step up request for Zofia Wiśniewska (DOB 30/11/2032), EHM-92540, open to Family First at Level 3 since April. The step up form is attached; the GCP2 and the TAF minutes will follow.

Zofia (6) lives with her dad, Marek Wiśniewski, who has been her only carer since mum went back to Poland last year. The concern is neglect: Zofia has missed her dental and eye appointments, she has had the same untreated tooth abscess twice, and on four of my last six visits there was no food in the flat and it was very cold. Dad is struggling with his shifts and with English; he is doing his best, but it is not enough for Zofia.

My TM, Sandra Birtwistle, agreed the step up in supervision on Friday.

Step up TAF: Wednesday 28 September 2039 at 10am (Teams) - the invite has gone to MASH and MASH business support.

Carla

Carla Dunn | Family First Case Manager | Prescot Team | Knowsley Council | 0151 496 0566
"""), cc="MASH Business Support <mash.businesssupport@knowsley.gov.uk>")
    chase = quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "20 September 2039 09:00",
                  "Dunn, Carla <Carla.Dunn@knowsley.gov.uk>",
                  "[SB-knowsley-188] Reminder: step-up request - information still needed", T("""
This is a reminder about your step-up request SB-knowsley-188 (Zofia Wiśniewska, EHM-92540).

What is missing:
- Graded Care Profile 2 (GCP2)
- the minutes of the most recent TAF meeting

The step-up TAF meeting on Wednesday 28 September 2039 is 5 working days away. Please reply to this email with the missing items.

Knowsley MASH (automated message)
"""))
    body = T("""
Hi,

Sorry - I was on leave on Monday afternoon and yesterday. I'm re-sending the whole request below, with the GCP2 and the minutes of the last TAF now attached (and the step up form again), so everything is in one place.

The TAF is still Wednesday 28 September at 10am on Teams - the invite went to the MASH inbox and MASH business support on Monday.

Carla

Carla Dunn | Family First Case Manager | Prescot Team | Knowsley Council | 0151 496 0566
""") + chase + "\n" + original + "\n" + KDISC
    form = docx_att("FF Step Up request to CSC - Wisniewska.docx", appendix1([
        ("Case ID on EHM:", "EHM-92540"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "28/09/2039 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - dad engages with every visit"),
        ("Recent TAF meeting minutes attached:", "Yes - 12/09/2039"),
        ("What are we worried about?", ""),
        ("Current Concerns (Impact on child)", "Missed dental and optician appointments; untreated tooth abscess twice; "
         "no food and no heating on 4 of 6 visits."),
        ("Past Harm", "None."),
        ("Complicating Factors", "Dad works 12-hour shifts; limited English; no family in the UK."),
        ("What is working well?", ""),
        ("Existing Strengths", "Dad loves Zofia and wants help. Zofia's attendance is 97%."),
        ("Existing Safety", "A neighbour, Mrs Haigh, has Zofia after school on dad's long days."),
        ("What next?", ""),
        ("Goals", "Zofia's health needs met; food and heating in the flat every day."),
        ("Next Steps", "Step up for a C&F assessment; interpreter for all meetings."),
        (EF_Q_FULL, "N/A"),
        ("Graded Care profile (If neglect should be completed).", "Completed 20/09/2039 - attached"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Sandra Birtwistle, Team Manager, 16/09/2039"),
        ("Contingency plan (Smart and timely).", "Weekly visits with an interpreter; dental appointment booked.")]))
    gcp2 = pdf_att("GCP2 - Wisniewska - 20.09.39.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Child: Zofia Wisniewska (6)", "Completed by: Carla Dunn, Family First, with dad on 20/09/2039 (Polish interpreter)", "",
        "Area 1 Physical care: 4   Area 2 Care of safety: 2   Area 3 Love and care: 1   Area 4 Stimulation: 2", "",
        "Health: dental abscess untreated twice; eye test overdue by a year.",
        "Nutrition and housing: no food on 4 of 6 visits; heating off to save money."])
    minutes = docx_att("TAF minutes 12.09.39 - Wisniewska.docx", [
        "# TAF meeting - minutes", "Date: 12/09/2039, 15:30, Prescot Family Hub",
        "Present: Marek Wisniewski (dad), Carla Dunn (Family First, chair), school, school nurse, interpreter",
        "School nurse: abscess again - dentist letter sent, appointment missed.",
        "Agreed: GCP2 to be completed; Carla to discuss a step up with her TM."])
    top = outlook_top(f, addr("Dunn, Carla", "Carla.Dunn@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-188] Reminder: step-up request - information still needed", when,
                      reply_to_mid="<SB-knowsley-188.chase.20390920090000@knowsley.gov.uk>")
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "follow_up", False, None, ["EHM-92540"], [ch("Zofia Wiśniewska", "2032-11-30", "30/11/2032")],
        ["neglect"], None, True, [], None, "attach_to_request",
        "A REQUEST RE-SENT AFTER A CHASE WITH THE MISSING ITEMS NOW ATTACHED: a reply to stepbot's reminder "
        "[SB-knowsley-188] (subject and In-Reply-To) quoting the reminder and the original request, with the GCP2 and "
        "TAF minutes attached -> follow_up, attach_to_request (no requirements: missing [], notice null). Facts from the "
        "quoted original: Zofia Wiśniewska (Polish diacritics; the PDF, cp1252, writes 'Zofia Wisniewska' - the same "
        "child, labelled once as first written in full), EHM-92540, neglect, TM agreed. Dad Marek Wiśniewski is an "
        "adult. The reminder's 'What is missing:' heading is no 'missing' concern. Consent not mentioned -> null.",
        not_children=["Marek Wiśniewski", "Sandra Birtwistle", "Carla Dunn"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2039-10-27 09:31:44"
    q, subj = ack_block("SB-knowsley-231", "step-up request",
                        ["Child: Lily-Rose Ashworth-Kaur (14/03/2031)", "Case ID on EHM: EHM-93115",
                         "Step-up TAF meeting: Wednesday 2 November 2039, 10:00 (Microsoft Teams) - 5 working days' notice"],
                        [], "26 October 2039 11:26", "Tinsley, Rachael", "Knowsley MASH", KMASH)
    body = T("""
Hi,

Angela Hurst (Lily-Rose's DSL) has just told me she can't do Wednesday 2nd any more - school have had the Ofsted call. Can we move it to Wednesday 9 November at 10am instead? Same Teams link. If MASH are happy with that I'll send the updated invitation from my calendar today.

Thanks
Rachael

Rachael Tinsley | Family First Case Manager | Huyton Team | Knowsley Council | 0151 496 0273
""") + q + "\n" + KDISC
    top = outlook_top(f, addr("Tinsley, Rachael", "Rachael.Tinsley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: " + subj, when, cc=addr("MASH Business Support", KBS),
                      reply_to_mid="<SB-knowsley-231.ack.20391026112600@knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-93115"], [ch("Lily-Rose Ashworth-Kaur", "2031-03-14", "14/03/2031")],
        [], None, None, [], None, "attach_to_request",
        "A PLAIN-TEXT REPLY THAT PROPOSES A NEW TIME ('Can we move it to Wednesday 9 November at 10am instead?') for the "
        "requester-arranged step-up TAF of knowsley_01, sent on the acknowledgement thread [SB-knowsley-231]: no "
        "text/calendar part, so not an iTIP REPLY or COUNTER -> follow_up, attach_to_request (a person decides; stepbot "
        "never moves a requester's meeting). No requirements: missing [], notice null. Child and EHM-93115 from the quoted "
        "ack; the ack states no concern -> concerns []; consent and manager not stated in this mail -> null.",
        not_children=["Angela Hurst", "Rachael Tinsley"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2039-09-12 15:44:09"
    body = T("""
Hi MASH,

I'm stepping up two of my families today. They are not connected in any way - both TM sign-offs came through this morning, so I'm sending them together, but please log them as two separate requests. My TM, Lorraine Ashcroft, has agreed both (her sign-off is in each form).

1) FAIRCLOUGH - EHM-91208
Harley Fairclough (DOB 09/09/2027), lives with mum, Dionne Fairclough.
Step up TAF meeting: Wednesday 21 September 2039 at 10am, Kirkby Family Hub.
Attached: step up form, TAF minutes (05/09/39), Merseyside Exploitation Assessment (completed 01/09/39).
Worries: Harley (12) has been reported missing four times since July - twice found by police in Liverpool city centre with older lads - and he has new trainers and a second phone that mum didn't buy. He has been home every night this week and in school, but the MEA has gone up from medium to high.

2) BAPTISTE - EHM-91377
Jade Baptiste (DOB 17/02/2035) and Kyron Baptiste (DOB 03/08/2037), live with mum, Shannice Baptiste, and her partner.
Step up TAF meeting: Wednesday 21 September 2039 at 1.30pm, Teams.
Attached: step up form, TAF minutes (31/08/39).
Worries: neglect - Kyron (2) has missed his 2-year check and his immunisations, both children are often in dirty clothes, and the flat had no working cooker for five weeks. The GCP2 is booked with mum for next Tuesday and I'll send it straight over.

Invites to both TAFs have gone to the MASH inbox and MASH business support.

Thanks
Dermot

Dermot Kinsella
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0917
""") + KDISC
    f1 = docx_att("FF Step Up request to CSC - Fairclough.docx", appendix1([
        ("Case ID on EHM:", "EHM-91208"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "21/09/2039 10:00, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "High"),
        ("Recent TAF meeting minutes attached:", "Yes - 05/09/2039"),
        ("Current Concerns (Impact on child)", "Four missing episodes since July; found with older males in Liverpool "
         "city centre; unexplained trainers and a second phone."),
        ("Existing Strengths", "Mum reports every episode straight away; Harley likes his youth worker."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 01/09/2039 - attached"),
        ("Agreement by line manager:", "Lorraine Ashcroft, Team Manager, 12/09/2039")]))
    m1 = pdf_att("TAF minutes 05.09.39 - Fairclough.pdf", "TAF meeting minutes - 05/09/2039 - Harley Fairclough", [
        "Present: Dionne Fairclough (mum), Dermot Kinsella (Family First, chair), school, youth worker, PCSO.",
        "Missing episodes: 4 since July; return interviews done for 3.",
        "Agreed: MEA to be re-scored; Dermot to discuss a step up with his TM."])
    mea = docx_att("MEA - H Fairclough - Sept 39.docx", [
        "# Merseyside Exploitation Assessment", "Young person: Harley Fairclough, aged 12",
        "Completed: 01/09/2039 by Dermot Kinsella (Family First)",
        "Indicators: missing (4); older males; unexplained items; second phone.", "Overall level: HIGH (was MEDIUM in June)"])
    f2 = docx_att("FF Step Up request to CSC - Baptiste.docx", appendix1([
        ("Case ID on EHM:", "EHM-91377"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "21/09/2039 13:30, Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Medium"),
        ("Recent TAF meeting minutes attached:", "Yes - 31/08/2039"),
        ("Current Concerns (Impact on child)", "Kyron's 2-year check and immunisations missed; children often in dirty "
         "clothes; no working cooker for five weeks."),
        ("Graded Care profile (If neglect should be completed).", "Booked for 20/09/2039 - to follow"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Lorraine Ashcroft, Team Manager, 12/09/2039")]))
    m2 = pdf_att("TAF minutes 31.08.39 - Baptiste.pdf", "TAF meeting minutes - 31/08/2039 - Baptiste family", [
        "Present: Shannice Baptiste (mum), Dermot Kinsella (Family First, chair), health visitor, nursery.",
        "HV: Kyron's 2-year review missed twice; immunisations overdue.",
        "Agreed: GCP2 to be booked; Dermot to discuss a step up with his TM."])
    top = outlook_top(f, addr("Kinsella, Dermot", "Dermot.Kinsella@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Two step up requests - Fairclough (EHM-91208) and Baptiste (EHM-91377)", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Ashcroft, Lorraine", "Lorraine.Ashcroft@" + KDOM)]))
    add(f, mail(f, top, body, [f1, m1, mea, f2, m2], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-91208", "EHM-91377"],
        [ch("Harley Fairclough", "2027-09-09", "09/09/2027"), ch("Jade Baptiste", "2035-02-17", "17/02/2035"),
         ch("Kyron Baptiste", "2037-08-03", "03/08/2037")],
        ["exploitation", "missing", "neglect"], None, True, ["gcp2"], True, "request_info",
        "TWO UNRELATED FAMILIES IN ONE MAIL ('please log them as two separate requests'): one label for the message "
        "(earlier sets' convention) - every child and case id in order of appearance, concerns the union (Fairclough: "
        "exploitation + missing; Baptiste: neglect), and a requirement unmet for EITHER family is missing: the Baptiste "
        "GCP2 is only booked ('I'll send it straight over') -> gcp2 missing -> request_info. Fairclough's MEA is attached "
        "(exploitation_assessment met); both forms and both TAF minutes attached; the TM agreed both. Both TAFs are on "
        "Wed 21 Sep (10:00 and 13:30) from Mon 12 Sep = 13-16, 19-21 = 7 WD -> ok for either. Harley is home and in school "
        "this week -> not urgent.",
        meeting=date(2039, 9, 21), not_children=["Dionne Fairclough", "Shannice Baptiste", "Lorraine Ashcroft",
                                                 "Dermot Kinsella"])

# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2039-10-03 10:18:33"
    texts = sms_block([
        ("Sun 2 Oct 23:48", "Kian: hes back. mum let him in"),
        ("Sun 2 Oct 23:52", "Kian: he smashed the tv and pushed mum into the door. shes got blood on her lip"),
        ("Mon 3 Oct 07:41", "Kian: hes still here. he took mums phone and the car keys"),
        ("Mon 3 Oct 07:44", "Kian: he says hes taking tilly to his mums in reading after school and we wont see her again"),
        ("Mon 3 Oct 07:45", "Kian: pls dont tell mum i told u"),
        ("Mon 3 Oct 08:02", "Kian: im at school now. tilly is at hers. he said hes getting her at 3")])
    fwd = quote("Lewandowska, Marta <Marta.Lewandowska@richmondandwandsworth.gov.uk>", "03 October 2039 08:31",
                "Achterberg, Rosalind <Rosalind.Achterberg@richmondandwandsworth.gov.uk>", "FW: texts from Kian",
                "Ros - I'm on visits in Tooting all morning. Kian's texts to my work phone are below (copied off the "
                "phone). Can we talk at 2?\n\nMarta\n\n" + texts + "\n")
    body = T("""
Hello MASH,

Following reflective supervision with Marta Lewandowska (Early Help practitioner) on Friday, I'm stepping up Kian Deller (DOB 12/02/2026) and his sister Tilly Deller (DOB 05/10/2031) to Children's Services - I agree this now needs to step up. Mosaic IDs 3391046 (Kian) and 3391047 (Tilly). The latest case summary is attached.

Rationale for step up
- Mum's ex-partner, Lee Carver, assaulted her in March and is under a non-molestation order. Since August mum has been letting him visit, and she has told Marta she "can't keep him out".
- Police were called to the house twice in September after neighbours heard shouting.
- Mum has stopped seeing her IDVA and has cancelled the last three Early Help visits.
- Kian (13) is staying out late and has said he wants to "sort Lee out".
- Early Help has done what it can; the family now needs a social work assessment.

Marta forwarded me Kian's texts from this morning - they are below as she sent them, for the file.

Rosalind

Rosalind Achterberg
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0412
""") + fwd + "\n" + RDISC
    summ = docx_att("Case summary - Deller - September 2039.docx", [
        "# Early Help case summary", "Children: Kian Deller (13), Tilly Deller (7)",
        "Parent: Natalie Deller (mum). Father of both children: not involved.",
        "Open to Early Help since January 2039 after mum's ex-partner assaulted her; plan: recovery from domestic "
        "abuse (Freedom Programme, IDVA), Kian's attendance and anger, Tilly's sleep.",
        "Progress: good until August; since then mum has missed sessions and stopped seeing the IDVA. Kian's attendance "
        "is 87%.", "Practitioner: Marta Lewandowska. Team Manager: Rosalind Achterberg."])
    top = outlook_top(f, addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Deller - Mosaic 3391046 / 3391047", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3391046", "3391047"],
        [ch("Kian Deller", "2026-02-12", "12/02/2026"), ch("Tilly Deller", "2031-10-05", "05/10/2031")],
        ["domestic_abuse", "non_engagement"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN A FORWARDED TEXT-MESSAGE TRANSCRIPT, IN PLAIN WORDS (none of the alarm words anywhere): the Early "
        "Help Team Manager's calm, complete step-up (rationale heading, case summary attached, 'I agree this now needs "
        "to step up') ends 'Kian's texts from this morning - they are below ... for the file'; in the forwarded "
        "practitioner's mail the 13-year-old's texts say the ex-partner under a non-molestation order is in the house "
        "since last night, smashed the TV, pushed mum into the door ('blood on her lip'), took her phone and car keys, and "
        "is collecting 7-year-old Tilly from school at 3 to take her to Reading ('we wont see her again') -> safety rule "
        "1 -> alert_duty. Concerns domestic_abuse + non_engagement (IDVA and visits stopped). Mosaic IDs written as bare "
        "numbers. Consent not mentioned -> null.",
        not_children=["Lee Carver", "Marta Lewandowska", "Rosalind Achterberg", "Natalie Deller"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2039-10-19 18:47:51"
    body = T("""
Hi MASH,

I'm sending the Bailey step-up tonight so it is with you first thing. We were already working towards a step-up (rationale below, latest case summary attached) and this afternoon's incident confirms it. I agree this needs to step up.

To be clear about tonight: the children are now safe with their grandmother, police have attended, no further action tonight. Mum's partner, Craig Doyle, was arrested at the house and is in custody at Wandsworth; he will be interviewed tomorrow and the officer expects bail conditions keeping him away from the family. Mum and the children are staying with her mother (Mrs Joan Bailey, Twickenham) until then. The Emergency Duty Team were told at 17:40 and agreed nothing more is needed tonight.

Children: Ruby Bailey (DOB 04/04/2033) and Mason Bailey (DOB 22/12/2036).

Rationale for step up
- Craig Doyle moved in in June. Since then there have been three police call-outs for shouting and one for damage, and mum has had bruises she explains as falls.
- His drinking has increased - mum says he drinks every day from lunchtime.
- Ruby (6) has told school she hides in the wardrobe when they argue, and her attendance has dropped to 88%.
- Mum minimises what is happening and the Early Help plan is not keeping the children safe enough.

The PPN came to Early Help at 17:30 and is pasted below.

Dev

Dev Chauhan
Early Help Team Manager | Richmond (Twickenham hub) | Richmond and Wandsworth Councils
020 7946 0455

---------- PPN (pasted) ----------
METROPOLITAN POLICE SERVICE - PPN / VULNERABILITY REFERRAL
PPN ref: PPN-39-0481152      CAD: 4417/19OCT39
Date/time of incident: 19/10/2039 14:10
Type: Domestic abuse - children present
Subjects:
  BAILEY, Kerry-Ann (DOB 11/05/1994) - victim
  DOYLE, Craig (DOB 02/02/1990) - suspect - ARRESTED 14:35, in custody (Wandsworth)
  BAILEY, Ruby (DOB 04/04/2033) - child present
  BAILEY, Mason (DOB 22/12/2036) - child present
Circumstances: Officers attended after a 999 call from a neighbour. Victim states the suspect punched her once to the face in the kitchen during an argument about money; the children were in the living room. Victim has a swollen cheek and declined an ambulance.
Children: seen and spoken to by officers; no injuries; both calm. Taken by the victim to the maternal grandmother's address at 16:00.
DASH: 14 ticks - HIGH. MARAC referral to follow.
Officer's view of risk to the children: reduced - suspect in custody, children with protective family.
Submitted: PC 4471WW, 19/10/2039 16:55
-----------------------------------
""") + RDISC
    summ = docx_att("Case summary - Bailey - October 2039.docx", [
        "# Early Help case summary", "Children: Ruby Bailey (6), Mason Bailey (2)", "Mum: Kerry-Ann Bailey",
        "Open to Early Help since April 2039 for routines, nursery and Ruby's attendance.",
        "Since June: mum's partner Craig Doyle in the household; police call-outs; mum minimises.",
        "Practitioner: Sade Ogun. Team Manager: Dev Chauhan."])
    top = outlook_top(f, addr("Chauhan, Dev", "Dev.Chauhan@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Bailey - Mosaic 3402218 - today's PPN pasted below", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["3402218"],
        [ch("Ruby Bailey", "2033-04-04", "04/04/2033"), ch("Mason Bailey", "2036-12-22", "22/12/2036")],
        ["domestic_abuse", "school_attendance", "substance_misuse"], None, True, [], None, "book_meeting",
        "NEAR MISS - A RISK ALREADY ACTED ON AND CLOSED BY THE POLICE TODAY, sent OUT OF HOURS (18:47): 'the children are "
        "now safe with their grandmother, police have attended, no further action tonight' - the partner who punched "
        "mum is ARRESTED and IN CUSTODY, the children were seen by officers (no injuries) and are with a protective "
        "grandmother, the EDT has been told and agreed nothing more is needed tonight. DESIGN's safety rule 1 says "
        "resolved risks must not trigger an alert: nobody can reach the children tonight and every protective step has "
        "been taken, so not urgent (the PPN's 'DASH HIGH' and '999' are the police's record, not a new risk). Today's DA "
        "stays a current concern (earlier sets' convention for an actioned PPN): domestic_abuse + substance_misuse (the "
        "partner's daily drinking) + school_attendance (Ruby 88%). A police-style 'BAILEY, Ruby' is the same child as "
        "'Ruby Bailey'. The PPN ref and CAD number are police references, not case ids; Mosaic 3402218 -> '3402218'. "
        "Complete step-up (rationale heading, case summary attached, the sending EH TM agrees) -> book_meeting.",
        not_children=["Craig Doyle", "Joan Bailey", "Dev Chauhan", "Sade Ogun"],
        not_case_ids=["PPN-39-0481152", "4417/19OCT39"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2039-10-20 09:14:02"
    add(f, itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Bailey (Mosaic 3402218) [SB-richmond_wandsworth-207]",
                      "20391021T100000", "20391021T110000", "Microsoft Teams Meeting"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["3402218"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, no comment) from the Early Help manager for "
        "stepbot's step-up case discussion of richmond_wandsworth_02 -> meeting_reply, record_reply. The summary's "
        "'Mosaic 3402218' is labelled as a case id (earlier sets' convention); 'Bailey' alone names no child.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2039-09-06 14:22:10"
    body = T("""
Dear Early Help duty,

As agreed with Jasper Quint on the phone this morning, the step-down case discussion for the Nguyễn children is on Friday 9 September at 10am on Teams. The step-down checklist, the latest case summary and the draft plan for Early Help are attached.

Children: Nguyễn Văn An (DOB 18/06/2029) and Nguyễn Thị Mai (DOB 02/02/2035). Nguyễn is the family name and comes first, so at school they are An Nguyen and Mai Nguyen. Mum is Trần Thị Hoa - Vietnamese women keep their own family name - and dad, Nguyễn Văn Bình, works in Birmingham during the week and is home at weekends.

Mosaic: 3377120 (An), 3377121 (Mai).

In short: mum's depression is better than it was in the spring but it has not gone, and she is on the Talking Therapies waiting list; An (10) still interprets for her at the GP and at school meetings, which the plan addresses with an interpreter and a young carers' assessment; Mai (4) is waiting for a speech and language assessment.

Best wishes
Seun

Seun Bakare
Social Worker | Family Support and Protection (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0733
""") + RDISC
    checklist = pdf_att("Step-down checklist - Nguyen - Sept 39.pdf", "Step-down to Early Help - social worker's checklist", [
        "Children: Nguyen Van An (18/06/2029), Nguyen Thi Mai (02/02/2035)   Mosaic: 3377120, 3377121",
        "Social worker: Seun Bakare", "",
        "Latest case summary attached:                              [X] Yes   [ ] No",
        "Draft plan for Early Help attached:                        [X] Yes   [ ] No",
        "Case discussion agreed with the EH duty team manager:      [X] Yes   [ ] No   09/09/2039 10:00",
        "Family consent for Early Help to continue the plan:        [X] Yes   [ ] No",
        "Lead Professional agreed:                                  [ ] Yes   [X] Not yet - at the case discussion",
        "Team Manager agreement to the step-down:                   [X] Yes   [ ] No   Bernadette Flynn, 05/09/2039"])
    summ = docx_att("Case summary - Nguyen - September 2039.docx", [
        "# Case summary (Children in Need)", "Children: Nguyễn Văn An (10), Nguyễn Thị Mai (4)",
        "Mother: Trần Thị Hoa. Father: Nguyễn Văn Bình (works away Monday to Friday).",
        "CIN since February 2039 after school raised An's absences and mum's low mood.",
        "Now: mum better but still low; An interpreting for mum; Mai's speech delay (SALT waiting list)."])
    plan = docx_att("Draft Early Help plan - Nguyen.docx", [
        "# Draft plan for Early Help", "1. Interpreter booked for every appointment so An does not interpret - by 30/09/2039",
        "2. Young carers' assessment for An - Wandsworth Young Carers - by 31/10/2039",
        "3. Support mum to Talking Therapies - Early Help practitioner - ongoing",
        "4. Chase the speech and language assessment for Mai - health visitor - by 30/09/2039"])
    top = outlook_top(f, addr("Bakare, Seun", "Seun.Bakare@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Nguyễn family - Mosaic 3377120 / 3377121 - case discussion Fri 9 Sept 10am", when)
    add(f, mail(f, top, body, [checklist, summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3377120", "3377121"],
        [ch("Nguyễn Văn An", "2029-06-18", "18/06/2029"), ch("Nguyễn Thị Mai", "2035-02-02", "02/02/2035")],
        ["disability_send", "parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "VIETNAMESE NAMES, FAMILY NAME FIRST, WITH DIACRITICS (RFC 2047 subject, QP UTF-8): the children are Nguyễn Văn "
        "An and Nguyễn Thị Mai, labelled as first written in full; 'An Nguyen' / 'Mai Nguyen' (school's order) and the "
        "PDF's ASCII 'Nguyen Van An' are the same children; mum Trần Thị Hoa (a different family name) and dad Nguyễn "
        "Văn Bình are adults. CONSENT AND MANAGER ONLY IN A PDF CHECKLIST WITH [X] / [ ] BOXES: 'Family consent ... [X] "
        "Yes [ ] No' -> true; 'Team Manager agreement ... [X] Yes' -> true; the body states neither. Case summary and "
        "draft plan attached -> complete -> book_meeting (no notice period). Concerns parental_mental_health (better "
        "but ongoing, the plan addresses it) + young_carer (An interpreting for mum, earlier sets) + disability_send (Mai's "
        "speech delay awaiting assessment).",
        not_children=["Trần Thị Hoa", "Nguyễn Văn Bình", "An Nguyen", "Mai Nguyen", "Seun Bakare", "Bernadette Flynn"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2039-11-14 08:52:31"
    body = T("""
Hello,

The SENCo at Ethan's school gave me this email address - I hope it's the right one.

My son, Ethan Tierney-Walsh (DOB 21/07/2032), has an EHCP for autism and a severe speech and language disorder. He is moving to Thameside Brook School in January and the new school is four miles away. Who do I speak to about travel help - a taxi or a bus pass with an escort? I work in the mornings so I can't take him myself.

I've attached the page of his EHCP that names the school.

Many thanks
Gemma Tierney
07700 900512
""")
    page = pdf_att("EHCP Section I - Ethan Tierney-Walsh.pdf", "Education, Health and Care Plan - Section I: Placement", [
        "Child: Ethan Tierney-Walsh   DOB: 21/07/2032", "Placement: Thameside Brook School (special school, autism)",
        "Start date: the spring term (January)"])
    top = plain_top(f, addr("Gemma Tierney", "gemma.tierney.home@example.com"), addr("MASH Step Up", RSU),
                    "Transport to school for Ethan (EHCP)", when, "mail.gmail.com", None)
    add(f, gmail_mail(f, top, body, [page]), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "other", False, None, [], [ch("Ethan Tierney-Walsh", "2032-07-21", "21/07/2032")],
        ["disability_send"], None, None, [], None, "human_review",
        "MISDIRECTED: a parent (Gmail) asks the MASH step-up inbox about home-to-school transport for her son's EHCP "
        "placement -> other, human_review. Facts on other mail are still labelled: the child (double-barrelled surname "
        "different from his mother's; Gemma Tierney is an adult) and disability_send (EHCP, autism, speech and "
        "language disorder). No requirements: missing [].",
        not_children=["Gemma Tierney"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2039-11-29 11:05:27"
    body = T("""
Dear MASH,

Please find attached the latest case summary for Thandiwe Mbeki (DOB 08/08/2030), Mosaic 3420985. After supervision with her Early Help practitioner I agree that this now needs to step up to Children's Services.

Rationale for step up
Thandiwe (9) lives with her dad, Sipho Mbeki. Over the last four months home conditions have declined badly (no hot water since October, rubbish bags in the hallway); Thandiwe has missed two dental appointments and her glasses have been broken since September; dad has cancelled six of the last eight Early Help visits and did not come to the last two TAFs. We have tried visits at different times, a male worker and meeting at school. Nothing has happened today to change things, but the plan is not working and she needs a social work assessment.

Kind regards
Priyanka

Priyanka Raval (she/her)
Early Help Team Manager | Richmond South Locality | Richmond and Wandsworth Councils
020 7946 0467 | 07700 900467
Working pattern: Monday, Tuesday, Thursday, Friday

Safeguarding is everyone's responsibility. If you believe a child is at immediate risk of harm, call 999. If you are worried that a child is being abused or neglected, or is at risk of significant harm, contact the MASH on 020 7946 0321 (out of hours: the Emergency Duty Team on 020 7946 0999). Please do not email urgent child protection concerns - phone.

Book now: Child Protection Level 3 refresher (multi-agency), 7 December, Twickenham - urgent, limited places.

This email and any attachments are confidential and may contain information about children and adults at risk. If you are not the intended recipient please notify the sender immediately and delete it; any unauthorised use, disclosure or copying is prohibited. Richmond and Wandsworth Councils' Shared Staffing Arrangement. Emails may be monitored for safeguarding, security and legal reasons.
""")
    summ = docx_att("Case summary - Mbeki - November 2039.docx", [
        "# Early Help case summary", "Child: Thandiwe Mbeki (9)", "Parent: Sipho Mbeki (dad, sole carer)",
        "Open to Early Help since May 2039 (school attendance and home conditions).",
        "Now: home conditions poor; health appointments missed; dad not engaging (6 of 8 visits cancelled)."])
    top = outlook_top(f, addr("Raval, Priyanka", "Priyanka.Raval@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Thandiwe Mbeki - Mosaic 3420985", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 8,
        "near_miss", "step_up", False, None, ["3420985"], [ch("Thandiwe Mbeki", "2030-08-08", "08/08/2030")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "NEAR MISS - RISK WORDS ONLY IN A LONG SIGNATURE AND DISCLAIMER: 'Safeguarding is everyone's responsibility', "
        "'immediate risk of harm, call 999', 'abused or neglected ... at risk of significant harm', 'do not email urgent "
        "child protection concerns', a training banner ('Child Protection Level 3 refresher ... urgent, limited places') "
        "and 'children and adults at risk' in the confidentiality notice; the request itself says 'Nothing has happened "
        "today'. A planned step-up for neglect (home conditions, missed dental appointments, broken glasses) and "
        "non_engagement (6 of 8 visits cancelled) -> not urgent. Complete (case summary attached, rationale heading, the "
        "sending EH TM agrees) -> book_meeting. Consent not mentioned -> null.",
        not_children=["Sipho Mbeki", "Priyanka Raval"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2039-11-01 12:16:40"
    blocks = [
        "Dear MASH,", "",
        "Following reflective supervision with Nimo Hersi (Early Help practitioner) yesterday, I agree the Abdi children "
        "now need to step up to Children's Services. The children are:",
        ("table", [["Name", "DOB", "Mosaic ID", "School"],
                   ["Ifrah Abdi", "14/01/2028", "3415006", "Elmcroft Academy"],
                   ["Hamza Abdi", "09/05/2033", "3415007", "Linden Vale Primary"]]),
        "",
        ("h", "Rationale for step up"),
        "Mum, Faadumo Ali, has had a serious relapse of her psychosis since she stopped her medication in August. The "
        "home treatment team visit daily and her sister stays overnight, but mum is not sleeping and is talking to the "
        "television. Ifrah (11) is doing the shopping and cooking and getting Hamza (6) to school, and she has missed 19 "
        "days since September. Dad lives in Leicester and has not been in touch since the summer. Early Help cannot hold "
        "this any longer: the family needs a social work assessment.",
        "",
        "The latest case summary will follow this afternoon, once Nimo has updated it on Mosaic.",
        "",
        "Kind regards",
        "Fintan O'Hara",
        "Early Help Team Manager | Wandsworth South | Richmond and Wandsworth Councils",
        "020 7946 0488", "",
        RDISC.strip()]
    top = outlook_top(f, addr("O'Hara, Fintan", "Fintan.OHara@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Abdi family - Mosaic 3415006 / 3415007", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3415006", "3415007"],
        [ch("Ifrah Abdi", "2028-01-14", "14/01/2028"), ch("Hamza Abdi", "2033-05-09", "09/05/2033")],
        ["parental_mental_health", "school_attendance", "young_carer"], None, True, ["case_summary"], None,
        "request_info",
        "HTML-ONLY Outlook (Word 'filtered medium', no text/plain twin) with the children in an MsoTableGrid table "
        "(name, DOB, Mosaic ID, school) and the rationale under its own bold heading; 'The latest case summary will follow "
        "this afternoon' -> case_summary missing (a promised document is missing) -> request_info. Concerns "
        "parental_mental_health (mum's relapse) + young_carer (Ifrah, 11, shopping, cooking, getting Hamza to school) + "
        "school_attendance (19 days missed). Not urgent: the home treatment team visit daily and an aunt stays "
        "overnight. Manager: the sending EH TM 'I agree' -> true.",
        not_children=["Faadumo Ali", "Nimo Hersi", "Fintan O'Hara"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2039-12-09 16:40:12"
    body = T("""
Thank you for your email. I'm on annual leave until Tuesday 3 January and I'm not checking my emails.

For anything about a family I'm working with, please call my colleague Femi Adeyinka on 020 7946 0587, or the Early Help duty line on 020 7946 0600.

If you think a child is in immediate danger, call 999.

Bukola Sanni
Early Help Practitioner | Wandsworth North | Richmond and Wandsworth Councils
""")
    top = outlook_top(f, addr("Sanni, Bukola", "Bukola.Sanni@" + RDOM), addr("MASH Step Up", RSU),
                      "Automatic reply: [SB-richmond_wandsworth-266] Step-up request received - thank you", when,
                      reply_to_mid="<SB-richmond_wandsworth-266.ack.20391209164000@richmondandwandsworth.gov.uk>",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, 'Automatic reply:') to a stepbot "
        "acknowledgement, giving a colleague's number and 'If you think a child is in immediate danger, call 999' as "
        "boilerplate -> auto_reply, ignore (RFC 3834: never answered); not urgent. The colleague is an adult.")

# ============================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2039-11-17 13:48:05"
    subj = ("RE: Step up to MAST - Sumaiya Khanom - Sumaiya didn't come home last night, mum thinks she's with the man "
            "in the grey car, her phone is off")
    orig = quote("Miah, Rukhsana <Rukhsana.Miah@towerhamlets.gov.uk>", "Wednesday, November 16, 2039 3:40:27 PM",
                 "Ali, Nasreen <Nasreen.Ali@towerhamlets.gov.uk>", "Step up to MAST - Sumaiya Khanom", T("""
Hi Nasreen,

Can I step Sumaiya up to MAST? MARF attached (Mosaic 3458821). She's 14 (DOB 27/03/2025) and has been open to us since May for school attendance.

What has changed: three times in the last fortnight she has been picked up after school by a man in his twenties in a grey car; she has a new phone and new trainers that mum didn't buy; her attendance is down to 71%. She has been home every night so far. Mum has agreed to the referral.

Rukhsana
"""))
    tm = quote("Ali, Nasreen <Nasreen.Ali@towerhamlets.gov.uk>", "Wednesday, November 16, 2039 5:02:11 PM",
               "Miah, Rukhsana <Rukhsana.Miah@towerhamlets.gov.uk>", "RE: Step up to MAST - Sumaiya Khanom",
               "Agreed - please send it to MAST with the MARF tomorrow. Nasreen (TM)\n")
    body = "\nSent from Outlook for iOS\n" + tm + "\n" + orig + "\n" + TDISC
    marf = pdf_att("MARF - Sumaiya Khanom - Nov 39.pdf", "Multi-Agency Request for Support (MARF) - Tower Hamlets", [
        "Child: Sumaiya Khanom   DOB: 27/03/2025   Mosaic ID: 3458821",
        "Parent/carer: Ms Rumana Khanom (mother)",
        "Referrer: Rukhsana Miah, Early Help Practitioner, Bow Family Hub",
        "Reason for request: step up from Targeted Early Help. Possible exploitation by an older male (picked up in a",
        "grey car three times in a fortnight); unexplained phone and trainers; attendance 71% and falling.",
        "Parent/carer consent: Yes - mum, 16/11/2039",
        "Manager agreement: Nasreen Ali, Team Manager, 16/11/2039"])
    top = outlook_top(f, addr("Miah, Rukhsana", "Rukhsana.Miah@" + TDOM), addr("MAST", TMAST), subj, when,
                      cc=addr("Ali, Nasreen", "Nasreen.Ali@" + TDOM))
    add(f, mail(f, top, body, [marf], crlf=False), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["3458821"], [ch("Sumaiya Khanom", "2025-03-27", "27/03/2025")],
        ["exploitation", "missing", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT ONLY IN THE SUBJECT LINE, IN PLAIN WORDS (none of the alarm words anywhere): an Outlook for iOS reply "
        "whose only new text is 'Sent from Outlook for iOS'; the worker typed the news into the subject - 'Sumaiya didn't "
        "come home last night, mum thinks she's with the man in the grey car, her phone is off'. The quoted request says "
        "'She has been home every night so far' (the latest statement wins) -> a 14-year-old with exploitation "
        "indicators missing overnight with the older man -> alert_duty. Concerns exploitation + missing + "
        "school_attendance (71%). Complete MAST step-up: MARF attached, TM 'Agreed' in the quoted reply, mum agreed "
        "(consent true). Mosaic ID from the MARF.",
        not_children=["Nasreen Ali", "Rukhsana Miah", "Rumana Khanom"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2039-09-12 12:21:50"
    body = T("""
Dear MAST,

I am the Lead Practitioner for Basit's Early Help plan (open since April) and I am requesting a step up to Children's Social Care. Our headteacher, Mr Jonathan Pryce-Evans, has agreed. The MARF is attached and Basit's CPOMS chronology is pasted below.

Abdul-Basit Hossain (known as Basit), DOB 14/02/2032, Year 3. He lives with mum (Shirin Akhter) and mum's friend Jamal Uddin, who moved in over the summer. Dad lives in Luton.

Mrs F Chowdhury
Deputy Headteacher and Designated Safeguarding Lead
Bow Lock Primary School
020 7946 0872

CPOMS - Student chronology export
Student: HOSSAIN, Abdul-Basit    Year group: 3    Generated: 12/09/2039 12:14 by F Chowdhury
Date/Time | Category | Recorded by | Incident | Status
12/09/2039 11:52 | Safeguarding; Physical injury | F Chowdhury (DSL) | Basit came to the office holding his left wrist and crying. He said Uncle Jamal twisted it this morning "because I spilt the milk". Wrist swollen; he cannot move his fingers without crying. He says Uncle Jamal is picking him up at 3.15 today and "said he'll do the other one if I tell". Mum is at work in Leicester until late. | Open
12/09/2039 09:05 | Attendance; Lateness | Office | Arrived 09:05 - no breakfast, no book bag. | Closed
09/09/2039 15:20 | Welfare | Class teacher (Y3) | Collected by Jamal Uddin again. Basit very quiet and did not want to go. | Closed
07/09/2039 10:40 | Welfare; Hunger | Breakfast club | Ate three bowls of cereal; said there was "no tea" last night. | Closed
05/09/2039 08:55 | Attendance | Office | First day of term - not in; mum rang at 10:30, "overslept". | Closed
18/07/2039 14:10 | Early Help | F Chowdhury (DSL) | TAF review: attendance 88%; mum engaging; plan continues. | Closed
04/04/2039 09:30 | Early Help | F Chowdhury (DSL) | Early Help assessment completed with mum; plan agreed (attendance, routines). | Closed
""")
    marf = pdf_att("MARF - Abdul-Basit Hossain - Sept 39.pdf", "Multi-Agency Request for Support (MARF) - Tower Hamlets", [
        "Child: Abdul-Basit Hossain   DOB: 14/02/2032   School: Bow Lock Primary (Year 3)",
        "Referrer: F Chowdhury, DSL and Lead Practitioner (school-led Early Help plan since April 2039)",
        "Reason for request: the Early Help plan is not progressing - lateness and absence, hunger, a new adult in the",
        "household (Jamal Uddin) whom Basit does not want to go home with.",
        "Agreed by: J Pryce-Evans, Headteacher, 12/09/2039"])
    top = outlook_top(f, addr("Mrs F Chowdhury", "f.chowdhury@bowlockprimary.example.sch.uk"), addr("MAST", TMAST),
                      "Step up request - Abdul-Basit Hossain (Y3) - CPOMS chronology and MARF", when,
                      mid_domain="bowlockprimary.example.sch.uk")
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, [], [ch("Abdul-Basit Hossain", "2032-02-14", "14/02/2032")],
        ["neglect", "physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "A SCHOOL DSL'S CPOMS EXPORT PASTED AS TEXT WITH TIMESTAMPS (newest first, pipe-separated): the covering note is a "
        "routine step-up from the school Lead Practitioner, but the top entry, timestamped 11:52 TODAY, records a swollen "
        "wrist 'Uncle Jamal twisted ... this morning', the same man collecting at 3.15 today and a threat ('he'll do the "
        "other one if I tell') -> alert_duty. Concerns physical_harm + neglect (hunger, 'no tea', no breakfast) + "
        "school_attendance (lateness, absence). CPOMS style 'HOSSAIN, Abdul-Basit' and the nickname 'Basit' are the same "
        "child. Manager: the headteacher agreed (a partner agency's line manager, earlier sets' convention) -> true; MARF "
        "attached -> nothing missing. No case number is written -> case_ids []. Consent not mentioned -> null.",
        not_children=["Jamal Uddin", "Shirin Akhter", "Jonathan Pryce-Evans"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2039-11-23 15:40:33"
    body = T("""
Hi MAST,

This is a request for advice, not a referral.

In English this week Year 8 wrote a thriller in the style of their class novel. Yusuf Mirza (8R, DOB 04/10/2026) wrote his in the first person and it is quite graphic, so his teacher passed it to me. I've pasted it below exactly as he wrote it.

I spoke to Yusuf this afternoon with his head of year. He is proud of it - he says it is the class novel "mixed with a film I watched with my cousin", and he could tell me which bits came from where. He was relaxed, laughed about the ending, and said nothing like it happens at home. I rang his mum, who was surprised and then amused; she has asked for a copy for his grandad. There are no other worries about Yusuf on our system - attendance 98%, no behaviour points.

Our view is that there are no concerns and we will record this on CPOMS as no further action. Could you confirm you're happy with that, or tell me if you'd want anything else done?

Thanks
Ollie

Ollie Brennan
Assistant Head (Pastoral) | Designated Safeguarding Lead
Harford Green Academy
020 7946 0911

--- "The Last Shift" by Yusuf M, 8R ---
The front door slammed at midnight and I knew he was back. I heard his belt buckle hit the floor and Mum whispered "stay in your room". I counted his footsteps on the stairs - thirteen, like always. He said if I told anyone he would make sure nobody ever found me.

That night I climbed out of the window with the kitchen knife in my bag and ran to the canal, where the van was waiting with its lights off. The man in the van said "You're late. Get in." I got in.

I woke up in my bed. The alarm was ringing. It was Monday, and I had double maths.
--- end ---
""")
    top = plain_top(f, addr("Ollie Brennan", "o.brennan@harfordgreen.example.sch.uk"), addr("MAST", TMAST),
                    "Advice please - Year 8 creative writing piece (spoken to pupil and mum - no concerns)", when,
                    "harfordgreen.example.sch.uk", None)
    add(f, gmail_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [ch("Yusuf Mirza", "2026-10-04", "04/10/2026")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A PUPIL'S STORY: a Year 8 thriller written in the first person (a man coming home at midnight, a "
        "belt, 'make sure nobody ever found me', a kitchen knife, a van at the canal) pasted into a DSL's advice request; "
        "the DSL has spoken to the pupil and his mum - it is fiction based on the class novel and a film, 'nothing like "
        "it happens at home', 'there are no concerns' - and the story ends 'I woke up in my bed'. Not a report -> not "
        "urgent, concerns []. 'This is a request for advice, not a referral' -> other -> human_review; the pupil, named "
        "in full with his DOB, is labelled (facts on other mail).",
        not_children=["Ollie Brennan"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2039-10-04 10:11:29"
    body = T("""
Hello Early Help Hub,

Please find attached the step-down form, the Child and Family Assessment (completed 30/09/39) and the draft TAF plan for Hibaaq Warsame (DOB 22/01/2030).

The Lead Practitioner will be Ms Leila Haddad, Family Support Worker at the Stepney Family Hub (Early Help), who has agreed to take on the role. I will chair the TAF meeting on Friday 14 October at 10am at the Stepney hub.

My manager, Grace Owusu-Ansah, agreed the step-down at the final CIN review on 3 October.

Kind regards
Adaeze

Adaeze Okonkwo
Social Worker | Children in Need (Stepney and Wapping) | London Borough of Tower Hamlets
020 7946 0615
""") + TDISC
    form = docx2_att("Step-down form - Hibaaq Warsame.docx", [
        "# Step-down from Children's Social Care to Early Help (TAF) - social worker's form",
        "Child: Hibaaq Warsame    DOB: 22/01/2030    Mosaic ID: 3361552",
        "Parent/carer: Ms Amina Farah (mother)",
        "Reason for step-down: CIN plan outcomes met; remaining needs can be met through a TAF.",
        "Child and Family Assessment completed: 30/09/2039 (attached)",
        "TAF plan drafted with the family: attached",
        ["Does the family consent to the step-down?    ", "Yes", " / ", ("strike", "No")],
        "If no, what has the family said?",
        "",
        "Lead Practitioner (name and agency): Leila Haddad, Family Support Worker, Stepney Family Hub",
        "Worries at step-down: mum's PTSD (she is in therapy with the refugee service); Hibaaq's attendance (91%, "
        "improving)."])
    cfa = pdf_att("C&F Assessment - Hibaaq Warsame - 30.09.39.pdf", "Child and Family Assessment - summary and outcome", [
        "Child: Hibaaq Warsame (9)   Mosaic ID: 3361552   Completed: 30/09/2039",
        "Analysis: mum's PTSD is better managed with therapy; routines in place; attendance up from 79% to 91%.",
        "Outcome: step down to Early Help - Team Around the Family with a Lead Practitioner."])
    plan = docx_att("Draft TAF plan - Warsame.docx", [
        "# Draft TAF plan", "1. Attendance above 95% - school and Lead Practitioner - review at 6 weeks",
        "2. Mum continues therapy with the refugee service - mum - ongoing",
        "3. Hibaaq joins the after-school club at the hub - Leila Haddad - from November"])
    top = outlook_top(f, addr("Okonkwo, Adaeze", "Adaeze.Okonkwo@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to TAF - Hibaaq Warsame - Mosaic 3361552", when)
    add(f, mail(f, top, body, [form, cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3361552"], [ch("Hibaaq Warsame", "2030-01-22", "22/01/2030")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "CONSENT ONLY AS A STRUCK-THROUGH ANSWER IN A WORD FORM: 'Does the family consent to the step-down?  Yes / No' "
        "with 'No' crossed out (a w:strike run) and the 'If no' box left empty -> as Word shows it, the answer is Yes -> "
        "consent true. The body never mentions consent. C&F assessment and draft TAF plan attached, Lead Practitioner "
        "named with her agency -> complete -> book_meeting. Manager agreement stated in the body -> true. Concerns "
        "parental_mental_health (mum's PTSD) + school_attendance (91%, the plan addresses it). The child's surname "
        "differs from her mother's (Amina Farah, an adult).",
        not_children=["Amina Farah", "Leila Haddad", "Grace Owusu-Ansah", "Adaeze Okonkwo"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2039-12-01 11:33:14"
    body = T("""
Dear MAST,

I'm requesting a step up for Safiya Begum-Lewis (DOB 30/06/2036) and her brother Idris Begum-Lewis (DOB 11/01/2038). Mum is Shapla Begum and dad, Aaron Lewis, lives with them. My manager, Sadia Karim (copied), agreed this morning. The MARF is attached.

Why now: since the summer the flat has gone downhill - no food in on my last three visits, Idris's nappies soaked through, and Safiya (3) has not been to nursery for four weeks. Dad smokes cannabis every day in the flat, and mum has stopped seeing the health visitor and missed Idris's one-year review. Both parents agreed to this referral yesterday.

I know this will look like the Hussain family we stepped up two years ago - the same estate, a toddler, a dad using - and that family ended with their baby in hospital with a fractured skull, a child protection plan and care proceedings. I want to be clear that this is not that: nobody has hurt Safiya or Idris, there are no injuries and no violence in the home, and the Hussain case has long been closed. (Their little boy, Rayan, was the same age then as Safiya is now.) I just don't want us to wait until it gets there.

Thanks
Tanvir

Tanvir Alam
Early Help Practitioner | Poplar Family Hub | London Borough of Tower Hamlets
020 7946 0683
""") + TDISC
    marf = pdf_att("MARF - Begum-Lewis - Dec 39.pdf", "Multi-Agency Request for Support (MARF) - Tower Hamlets", [
        "Children: Safiya Begum-Lewis (30/06/2036) Mosaic ID 3470031; Idris Begum-Lewis (11/01/2038) Mosaic ID 3470032",
        "Parents: Shapla Begum (mother), Aaron Lewis (father) - same address",
        "Referrer: Tanvir Alam, Early Help Practitioner, Poplar Family Hub",
        "Reason for request: neglect of two under-3s; father's daily cannabis use; mother not engaging with health.",
        "Parent/carer consent to this request: Yes - both parents, 30/11/2039",
        "Manager agreement: Sadia Karim, Team Manager, 01/12/2039"])
    top = outlook_top(f, addr("Alam, Tanvir", "Tanvir.Alam@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Begum-Lewis - MARF attached", when,
                      cc=addr("Karim, Sadia", "Sadia.Karim@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3470031", "3470032"],
        [ch("Safiya Begum-Lewis", "2036-06-30", "30/06/2036"), ch("Idris Begum-Lewis", "2038-01-11", "11/01/2038")],
        ["neglect", "non_engagement", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - A DIFFERENT, CLOSED FAMILY AS A COMPARISON: 'the Hussain family we stepped up two years ago ... their "
        "baby in hospital with a fractured skull, a child protection plan and care proceedings ... long been closed', "
        "'nobody has hurt Safiya or Idris, there are no injuries and no violence' -> not urgent; the comparison family's "
        "child is named only by first name ('Rayan') and its harm is another, closed household's -> no child, no "
        "physical_harm. Concerns neglect + substance_misuse (dad's daily cannabis) + non_engagement (health visitor). "
        "Children's double-barrelled surname differs from both parents' (Shapla Begum, Aaron Lewis). Nursery is not "
        "school (no school_attendance). Complete: MARF, manager agreed, both parents consent -> book_meeting.",
        not_children=["Shapla Begum", "Aaron Lewis", "Sadia Karim", "Tanvir Alam", "Rayan"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2039-12-02 09:20:45"
    add(f, itip_reply(f, when, "Claire Mensah", "claire.mensah@nhs.example.net", ("MAST", TMAST), "ACCEPTED",
                      "MAST discussion - Begum-Lewis [SB-tower_hamlets-301]", "20391206T100000", "20391206T110000",
                      "Microsoft Teams Meeting",
                      comment="I'll join from the clinic - I may be five minutes late."),
        "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY from a health visitor's NHS address (PARTSTAT=ACCEPTED, an administrative COMMENT) to "
        "stepbot's MAST discussion invitation for tower_hamlets_05 -> meeting_reply, record_reply. The summary names only "
        "a surname -> no child; no case id.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2039-09-14 16:20:07"
    body = T("""
Hi Early Help Hub,

Following the final CIN review on Monday, I'm stepping Amelia Costa (DOB 09/09/2028) and Tiago Costa (DOB 15/03/2033) down from CIN to a Team Around the Family. The C&F assessment and the draft TAF plan are attached. Mosaic 3349710 (Amelia) and 3349711 (Tiago).

Lead Practitioner: Ms Ruth Adeyemi, Learning Mentor, Roman Road Primary School - she has agreed.

Consent: I have to tell you that Mum (Beatriz Costa) said no to Early Help at the review - she told us she is "done with services" and does not want a TAF. I'll keep talking to her this week, but at the moment she does not consent.

Worries: Tiago (6) is autistic and waiting for his EHCP needs assessment; Amelia (11) has 86% attendance. Home conditions and mum's care are good.

Daniel

Daniel Ferreira | Social Worker | CIN Team (Bethnal Green) | London Borough of Tower Hamlets | 020 7946 0629
""") + TDISC
    cfa = pdf_att("C&F Assessment - Costa - Sept 39.pdf", "Child and Family Assessment - Costa children", [
        "Children: Amelia Costa (11), Tiago Costa (6)   Mosaic: 3349710, 3349711",
        "Outcome: no further social work role; step down to a TAF recommended."])
    plan = docx_att("Draft TAF plan - Costa.docx", [
        "# Draft TAF plan", "1. EHCP needs assessment for Tiago - school SENCo - by December",
        "2. Attendance plan for Amelia - Learning Mentor - review in 6 weeks"])
    top = outlook_top(f, addr("Ferreira, Daniel", "Daniel.Ferreira@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Costa - Mosaic 3349710 / 3349711", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3349710", "3349711"],
        [ch("Amelia Costa", "2028-09-09", "09/09/2028"), ch("Tiago Costa", "2033-03-15", "15/03/2033")],
        ["disability_send", "school_attendance"], False, None, ["consent"], None, "request_info",
        "CONSENT REFUSED, STATED PLAINLY: 'Mum ... said no to Early Help ... at the moment she does not consent' -> consent "
        "false (a current refusal; 'I'll keep talking to her' does not change it) -> consent missing -> request_info. "
        "Assessment and TAF plan attached, Lead Practitioner named with her agency. Concerns disability_send (autism, "
        "EHCP needs assessment) + school_attendance (86%); home conditions and mum's care are strengths.",
        not_children=["Beatriz Costa", "Ruth Adeyemi", "Daniel Ferreira"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2039-12-05 10:02:58"
    body = T("""
Hi MAST,

MARF attached for Olivia Nwankwo (DOB 19/12/2025). My manager's authorisation and the consent question are in the form.

Thanks
Sabina

Sabina Mahmood
Early Help Practitioner | Isle of Dogs Family Hub | London Borough of Tower Hamlets
020 7946 0694
""") + TDISC
    marf = docx2_att("MARF - Olivia Nwankwo.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Olivia Nwankwo    DOB: 19/12/2025    Mosaic ID: 3466120",
        "Parent/carer: Ms Chioma Nwankwo (mother)",
        "Referrer: Sabina Mahmood, Early Help Practitioner, Isle of Dogs Family Hub",
        "Reason for request: Olivia (13) is attending 62% this term. Mum's drinking has increased since the summer - she "
        "has told me she drinks a bottle of wine most nights - and the Early Help plan since March has not progressed.",
        ["Parent/carer aware of this request:    ", ("glyph", True), " Yes    ", ("glyph", False), " No"],
        ["Parent/carer consents to this request:    ", ("glyph", False), " Yes    ", ("glyph", True),
         " No    (mum does not agree - she says \"it's only wine\")"],
        ["Manager authorisation:    ", ("glyph", True), " Agreed    ", ("glyph", False),
         " Not agreed    Anwar Siddiqui, Team Manager, 02/12/2039"]])
    top = outlook_top(f, addr("Mahmood, Sabina", "Sabina.Mahmood@" + TDOM), addr("MAST", TMAST),
                      "Step up - Olivia Nwankwo - MARF", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["3466120"], [ch("Olivia Nwankwo", "2025-12-19", "19/12/2025")],
        ["school_attendance", "substance_misuse"], False, True, [], None, "book_meeting",
        "CHECKBOX MARF (.docx, plain ☒ / ☐ glyphs typed in runs): 'consents to this request: ☐ Yes ☒ No (mum does not "
        "agree)' -> consent false (a stated refusal is labelled even where consent is not a requirement); 'Manager "
        "authorisation: ☒ Agreed ☐ Not agreed' -> manager true. Tower Hamlets' step-up needs only the MARF and the "
        "manager -> complete -> book_meeting. Concerns school_attendance (62%) + substance_misuse (mum's drinking).",
        not_children=["Chioma Nwankwo", "Anwar Siddiqui", "Sabina Mahmood"])

# ============================================================================= TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2039-11-21 13:37:26"
    ack, ack_subj = ack_block("SB-torbay-144", "step-down request",
                              ["Children: Poppy Widdicombe (03/05/2036), Alfie Widdicombe (24/08/2039)",
                               "LCS: LCS-2511870",
                               "Triage: under-5s triage (AFC attending), Tuesday 22 November 2039, 11:30, Microsoft Teams"],
                              [], "16 November 2039 15:02", "Tregear, Lowenna", "Torbay Early Help", TEH)
    fwd = quote("Tregear, Lowenna <Lowenna.Tregear@torbay.gov.uk>", "21 November 2039 09:12",
                "Pascoe, Demelza <demelza.pascoe@nhs.example.net>; Little Acorns Nursery <office@littleacorns.example.org.uk>",
                "FW: " + ack_subj, T("""
Morning both - FYI the step-down for Poppy and Alfie is at the under-5s triage tomorrow at 11.30. I'll let you know the outcome.

Lowenna

Lowenna Tregear | Social Worker | Single Assessment Team | Torbay Council | 01632 960341
""") + ack + "\n" + BDISC, cc="Early Help <earlyhelp@torbay.gov.uk>")
    body = T("""
Lowenna - sorry to reply to everyone, but you and Early Help need this before tomorrow's triage.

I've just come out of the flat (13:20). Jason Widdicombe was there. Mum told me last month that he had moved back to Plymouth, and your request says the same. He had been drinking - I could smell it and he was slurring - and he had Alfie asleep on his chest on the sofa with a can in his other hand. Mum has a fresh cut and swelling under her left eye. She wouldn't say how it happened, and when he went out to his car she whispered that he's "staying for good now" and that I mustn't ring anyone. He came back in and told me to leave, so I did.

Poppy is at Little Acorns until 3 and he says he is collecting her. Nursery - please ring me as soon as you get this.

Demelza

Demelza Pascoe
Health Visitor | 0-19 Service (Paignton)
07700 900263
""") + fwd
    top = outlook_top(f, addr("Pascoe, Demelza", "demelza.pascoe@nhs.example.net"),
                      ", ".join([addr("Tregear, Lowenna", "Lowenna.Tregear@" + BDOM),
                                 addr("Little Acorns Nursery", "office@littleacorns.example.org.uk")]),
                      "RE: FW: " + ack_subj, when, cc=addr("Early Help", TEH),
                      mid_domain="AM6PR09MB4417.eurprd09.prod.outlook.com",
                      reply_to_mid="<LO4P265MB3312FW21112039@LO4P265MB3312.GBRP265.PROD.OUTLOOK.COM>")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 5,
        "urgent", "follow_up", True, None, ["LCS-2511870"],
        [ch("Poppy Widdicombe", "2036-05-03", "03/05/2036"), ch("Alfie Widdicombe", "2039-08-24", "24/08/2039")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A THIRD PARTY'S REPLY-ALL, IN PLAIN WORDS (none of the alarm words anywhere): the social worker "
        "forwarded stepbot's acknowledgement [SB-torbay-144] to the health visitor and the nursery, copying the Early "
        "Help inbox; the HEALTH VISITOR (NHS address - not the requester) replies to all: the father who 'moved back to "
        "Plymouth' is in the flat drunk with the 3-month-old asleep on his chest, mum has a fresh cut and swollen eye and "
        "whispered he is 'staying for good now' and not to ring anyone, he ordered the HV out and is collecting Poppy (3) "
        "from nursery at 3 -> alert_duty. A reply on the [SB-] thread -> follow_up (no requirements: missing [], notice "
        "null). Concerns domestic_abuse + substance_misuse. Children, DOBs and LCS id from the quoted ack (first "
        "full-name appearance: Poppy, then Alfie); Jason Widdicombe is an adult. Consent and manager not stated -> null.",
        not_children=["Jason Widdicombe", "Demelza Pascoe", "Lowenna Tregear"])

def torbay_02():
    f = "torbay_02.eml"; when = "2039-10-13 10:12:44"
    body = T("""
Hi MASH,

I'm the lead practitioner for the Lavers family (level 3 Early Help, EHM-744209): Jacob Lavers (DOB 19/06/2030) and Evie Lavers (DOB 02/02/2035). My TM, Kerensa Trout, and I talked this morning and we agree this information needs considering for level 4. Mum (Chloe Lavers) agrees to this contact - I spoke to her at 9.30.

The PPN below came to Early Help at 08:50. When I spoke to mum she said Ryan has texted her that he'll be back tonight "to finish it", he still has a key, and she is going to stay at home with the children because "it's my house".

Morwenna

Morwenna Hext
Family Intervention Worker | Early Help (Paignton) | Torbay Council
01632 960418

VULNERABILITY REFERRAL (PPN) - DEVON AND CORNWALL POLICE
Occurrence: CR/39/211874      Date/time: 12/10/2039 22:40      Location: Paignton
Type: Domestic - physical. Children present.
Persons:
  LAVERS, Chloe (DOB 14/09/1998) - victim
  PENGELLY, Ryan (DOB 30/01/1994) - suspect, ex-partner (not the children's father)
  LAVERS, Jacob (DOB 19/06/2030) - child present
  LAVERS, Evie (DOB 02/02/2035) - child present
Circumstances: Suspect attended the victim's address after drinking, argued, and pushed the victim against the wall by her throat. Jacob (9) tried to pull him away; the suspect grabbed Jacob by the throat and threw him onto the sofa. Red marks to Jacob's neck seen by officers. Suspect left before police arrival.
Suspect: NOT LOCATED. Circulated as wanted. Believed to have a key to the address.
DASH: HIGH (16). Risk to children: HIGH.
Action: victim and children seen 23:30. Victim declined to leave the address. MARAC referral to be made. Shared with MASH and Early Help for information.
Officer: PC 2281 Tremlett
""") + BDISC
    top = outlook_top(f, addr("Hext, Morwenna", "Morwenna.Hext@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Lavers - EHM-744209 - PPN from last night", when,
                      cc=addr("Trout, Kerensa", "Kerensa.Trout@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-744209"],
        [ch("Jacob Lavers", "2030-06-19", "19/06/2030"), ch("Evie Lavers", "2035-02-02", "02/02/2035")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "A POLICE PPN / VULNERABILITY REFERRAL PASTED IN - THE MIRROR OF richmond_wandsworth_02: here the suspect who "
        "grabbed a 9-year-old by the throat is NOT LOCATED, still has a key, has texted that he will be back tonight 'to "
        "finish it', and mum is staying at home with the children -> nothing has been made safe -> alert_duty. The lead "
        "practitioner's contact to MASH is Torbay's step-up: TM agrees, mum agrees (consent true) -> nothing missing. "
        "Concerns domestic_abuse + physical_harm (Jacob's neck); drinking once is not labelled substance_misuse. Police "
        "style 'LAVERS, Jacob' = 'Jacob Lavers'; the occurrence number is a police reference, not a case id; adults' "
        "DOBs are not children's.",
        not_children=["Chloe Lavers", "Kerensa Trout", "Morwenna Hext"], not_case_ids=["CR/39/211874"])

def torbay_03():
    f = "torbay_03.eml"; when = "2039-11-07 08:58:03"
    orig = quote("Mudge, Jenna", "01 November 2039 14:12", "Early Help <earlyhelp@torbay.gov.uk>",
                 "Step down triage request - Ellis Hannaford - LCS-2498833", T("""
Hi Early Help,

Please can I have a triage slot for Ellis Hannaford (DOB 16/09/2029), LCS-2498833. The Single Assessment is attached with my analysis and the rationale for stepping down to a level 3 Early Help response. My TM, Ben Gilbert, has recorded his manager's analysis confirming the threshold for level 3 is met, and mum has given her consent to level 3 early help.

Worries: Ellis (10) has 79% attendance and is on the SEN register for dyslexia; mum works nights and Ellis is late most days.

Thanks
Jenna
"""))
    body = T("""
Hi Early Help,

Resending my request from last Tuesday (below) - I had the automatic acknowledgement the same afternoon but no triage slot has been confirmed yet and mum keeps asking me. Urgent please - I need to close the SA this week.

Thanks
Jenna

Jenna Mudge | Social Worker | Single Assessment Team | Torbay Council | 01632 960377
""") + orig + "\n" + BDISC
    sa = pdf_att("Single Assessment - Ellis Hannaford.pdf", "Single Assessment - analysis and rationale", [
        "Child: Ellis Hannaford (10)   LCS-2498833", "Social worker's analysis: needs are at level 3 - attendance, "
        "dyslexia support, routines while mum works nights.",
        "Rationale for step-down: no further action at level 4; level 3 co-ordinated response needed.",
        "Manager's analysis (Ben Gilbert, Team Manager): threshold met for level 3 intervention. 31/10/2039"])
    top = outlook_top(f, addr("Mudge, Jenna", "Jenna.Mudge@" + BDOM), addr("Early Help", TEH),
                      "FW: URGENT - RESEND - Step down triage request - Ellis Hannaford - LCS-2498833", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-2498833"], [ch("Ellis Hannaford", "2029-09-16", "16/09/2029")],
        ["disability_send", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A DUPLICATE RE-SEND OF AN ALREADY-ACKNOWLEDGED REQUEST, MARKED 'URGENT' (subject and Importance: "
        "high) about a triage slot, not a child's safety. It forwards the worker's own original (no [SB-] reference in "
        "the subject or text), so it is labelled on its own merits, identically to the original (earlier sets: detecting "
        "a re-send is not part of the parse contract) -> step_down, level 3 stated, Single Assessment attached, TM's "
        "analysis recorded, mum's consent -> complete -> book_meeting. Concerns school_attendance (79%) + "
        "disability_send (SEN register, dyslexia).",
        not_children=["Ben Gilbert", "Jenna Mudge"])

def torbay_04():
    f = "torbay_04.eml"; when = "2039-09-20 14:41:36"
    body = T("""
Hi,

Please find attached the triage request form and the Single Assessment for Isla Bray (DOB 27/07/2028) and Oscar Bray (DOB 05/11/2031), LCS-2470052.

Thanks
Kit

Kit Penhaligon | Social Worker | Single Assessment Team | Torbay Council | 01632 960352
""") + BDISC
    form = docx2_att("Triage request form - Bray.docx", [
        "# Request for a triage slot - step down to level 3 Early Help",
        "Children: Isla Bray (27/07/2028), Oscar Bray (05/11/2031)",
        "LCS: LCS-2470052",
        ["Single Assessment with analysis and rationale attached:    ", ("glyph", True), " Yes    ", ("glyph", False), " No"],
        ["Team Manager's analysis confirming threshold met for level 3 recorded:    ", ("glyph", False), " Yes    ",
         ("glyph", False), " No"],
        ["Family consent for level 3 Early Help sought and given:    ", ("glyph", True), " Yes    ", ("glyph", False), " No"],
        ["Any child under 5:    ", ("glyph", False), " Yes    ", ("glyph", True), " No"],
        "Main needs: mum's anxiety and low mood (GP); Oscar's attendance (84%)."])
    sa = pdf_att("Single Assessment - Bray - Sept 39.pdf", "Single Assessment - analysis and rationale", [
        "Children: Isla Bray (11), Oscar Bray (7)   LCS-2470052",
        "Social worker's analysis: mum's anxiety and low mood affect routines; Oscar's attendance 84%.",
        "Rationale for step-down: no further action at level 4; level 3 co-ordinated response needed.",
        "Manager's analysis: [to be recorded by the Team Manager]"])
    top = outlook_top(f, addr("Penhaligon, Kit", "Kit.Penhaligon@" + BDOM), addr("Early Help", TEH),
                      "Triage request - Bray - LCS-2470052", when)
    add(f, mail(f, top, body, [form, sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2470052"],
        [ch("Isla Bray", "2028-07-27", "27/07/2028"), ch("Oscar Bray", "2031-11-05", "05/11/2031")],
        ["parental_mental_health", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "A CHECKBOX FORM WITH ONE ANSWER LEFT BLANK: 'Team Manager's analysis confirming threshold met ... recorded: ☐ Yes "
        "☐ No' - neither box ticked, and the SA's manager box says '[to be recorded by the Team Manager]' -> a blank states "
        "nothing -> manager null -> manager_agreed missing -> request_info. 'Family consent ... ☒ Yes' -> true; SA attached. "
        "Level 3 from the form's title. Concerns parental_mental_health + school_attendance (84%). torbay_08 supplies "
        "the manager's analysis.",
        not_children=["Kit Penhaligon"])

def torbay_05():
    f = "torbay_05.eml"; when = "2039-11-30 15:15:09"
    body = T("""
Hello MASH,

I'm the lead practitioner for the Popescu family (level 3, EHM-746631): Ștefan Popescu (DOB 12/12/2027) and Ana-Maria Popescu (DOB 08/04/2031). My team manager, Nicola Brimacombe, and I agree that this now needs considering for level 4. Mr and Mrs Popescu consent to this contact - they signed the consent section of our plan with me today.

What is new: Mr Popescu's drinking has got much worse since he lost his job in September - Mrs Popescu says he drinks every day from the morning - and he has refused the referral to the alcohol service twice and stopped coming to TAF meetings. Ștefan (11) has started refusing to go home after school.

Tegen

Tegen Luscombe
Family Support Worker | Early Help (Brixham) | Torbay Council
01632 960455
""") + BDISC
    top = outlook_top(f, addr("Luscombe, Tegen", "Tegen.Luscombe@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Popescu family - EHM-746631", when,
                      cc=addr("Brimacombe, Nicola", "Nicola.Brimacombe@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-746631"],
        [ch("Ștefan Popescu", "2027-12-12", "12/12/2027"), ch("Ana-Maria Popescu", "2031-04-08", "08/04/2031")],
        ["non_engagement", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (contact to MASH by the level 3 lead practitioner): worker and TM agree it needs "
        "considering for level 4; both parents consent (signed today) -> book_meeting. A Romanian diacritic (Ș, S "
        "with comma below) in a child's name, only in the QP UTF-8 body. Concerns substance_misuse (dad's daily drinking) + "
        "non_engagement (refused the alcohol service twice, stopped coming to TAFs).",
        not_children=["Nicola Brimacombe", "Tegen Luscombe"])

def torbay_06():
    f = "torbay_06.eml"; when = "2039-10-25 11:02:47"
    body = T("""
Hi Early Help,

Please can Ellie Yeo (DOB 10/01/2036), LCS-2489117, have a slot at the under-5s triage. The Single Assessment with my analysis and the rationale for stepping down to level 3 is attached, my TM Sam Widger has recorded his analysis agreeing the threshold for level 3 is met, and mum and dad both consent to level 3 early help.

One thing you'll see on LCS from Friday: nursery logged that Ellie said "Daddy hit Mummy with a stick". The nursery manager spoke to mum that afternoon, and to Ellie with her key worker. The family had been to the Punch and Judy show on Paignton pier on the Thursday, and Ellie was retelling the show - she acted out the crocodile and the string of sausages for them, and mum showed us the photos on her phone. Nursery and I are satisfied there is nothing in it; there is no history of domestic abuse and no concerns about either parent.

Ellie's needs are her speech (she is waiting for speech and language therapy) and her sleep, and mum is expecting twins in January and will need help with routines.

Thanks
Hannah

Hannah Coombes | Social Worker | Single Assessment Team | Torbay Council | 01632 960366
""") + BDISC
    sa = pdf_att("Single Assessment - Ellie Yeo.pdf", "Single Assessment - analysis and rationale", [
        "Child: Ellie Yeo (3)   LCS-2489117",
        "Analysis: speech delay (SALT waiting list), sleep; parents caring and engaged; twins due in January.",
        "Rationale for step-down: no further action at level 4; level 3 support with routines and speech.",
        "Manager's analysis (Sam Widger, Team Manager): threshold met for level 3 intervention. 24/10/2039"])
    top = outlook_top(f, addr("Coombes, Hannah", "Hannah.Coombes@" + BDOM), addr("Early Help", TEH),
                      "Step down triage request - Ellie Yeo (3) - LCS-2489117", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["LCS-2489117"], [ch("Ellie Yeo", "2036-01-10", "10/01/2036")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "NEAR MISS - A DISCLOSURE RULED OUT WITH A BENIGN EXPLANATION: nursery logged 'Daddy hit Mummy with a stick'; "
        "nursery and the social worker established the 3-year-old was retelling the Punch and Judy show on Paignton pier "
        "(crocodile, sausages, photos), 'nothing in it ... no history of domestic abuse' -> not urgent, no domestic_abuse. "
        "Complete level 3 step-down for an under-5 (the fortnightly under-5s triage): SA attached, TM's analysis "
        "recorded, both parents consent -> book_meeting. Concerns disability_send (speech delay awaiting SALT); the "
        "expected twins are unborn and never children.",
        not_children=["Sam Widger", "Hannah Coombes"])

def torbay_07():
    f = "torbay_07.eml"; when = "2039-09-16 12:05:30"
    body = T("""
Hi MASH,

I'm the lead practitioner for Riley Chudleigh (DOB 28/02/2034), level 3 Early Help, EHM-741187. My team manager, Gareth Bowden, and I agree that Riley's situation needs considering for level 4.

Consent: Riley's step-dad, Wayne Coles, is happy for me to contact you, but Mum (Kirsty Chudleigh) - who has parental responsibility; Wayne doesn't - said no when I asked her this morning. She said "I don't want social services in my life again".

What worries us: Riley (5) has untreated tooth decay and is in pain, he has had head lice since the summer, and school say he is hungry every morning and has lost weight since June.

Loveday

Loveday Pearce
Early Help Practitioner | Early Help (Torquay) | Torbay Council
01632 960471
""") + BDISC
    top = outlook_top(f, addr("Pearce, Loveday", "Loveday.Pearce@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Riley Chudleigh - EHM-741187", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-741187"], [ch("Riley Chudleigh", "2034-02-28", "28/02/2034")],
        ["neglect"], False, True, ["consent"], None, "request_info",
        "CONSENT ACROSS TWO ADULTS: the step-father (no parental responsibility) agrees, the mother (who has PR) 'said no "
        "... this morning' -> consent false (a current refusal by the parent with PR; earlier sets: a non-PR adult's view "
        "does not decide it) -> Torbay's step-up consent missing -> request_info. TM agrees -> true. Concerns neglect "
        "(untreated tooth decay, lice, hunger, weight loss) - serious but not immediate.",
        not_children=["Wayne Coles", "Kirsty Chudleigh", "Gareth Bowden", "Loveday Pearce"])

def torbay_08():
    f = "torbay_08.eml"; when = "2039-09-22 09:40:18"
    q, subj = ack_block("SB-torbay-101", "step-down request",
                        ["Children: Isla Bray (27/07/2028), Oscar Bray (05/11/2031)", "LCS: LCS-2470052",
                         "Single Assessment: attached"],
                        ["your team manager's analysis confirming the threshold for level 3 is met"],
                        "20 September 2039 14:45", "Penhaligon, Kit", "Torbay Early Help", TEH)
    body = T("""
Morning,

I've now recorded my manager's analysis on LCS for Isla and Oscar: I agree the threshold for level 3 intervention is met. Kit is on a course today so I'm replying for him.

Rob Jewell
Team Manager | Single Assessment Team | Torbay Council
""") + q + "\n" + BDISC
    top = outlook_top(f, addr("Jewell, Rob", "Rob.Jewell@" + BDOM), addr("Early Help", TEH), "RE: " + subj, when,
                      cc=addr("Penhaligon, Kit", "Kit.Penhaligon@" + BDOM),
                      reply_to_mid="<SB-torbay-101.ack.20390920144500@torbay.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-2470052"],
        [ch("Isla Bray", "2028-07-27", "27/07/2028"), ch("Oscar Bray", "2031-11-05", "05/11/2031")],
        [], None, True, [], None, "attach_to_request",
        "The team manager himself replies to stepbot's ack [SB-torbay-101] (torbay_04's request) for his absent worker: "
        "'I agree the threshold for level 3 intervention is met' -> manager true -> follow_up, attach_to_request "
        "(missing [], notice null). Children and LCS id from the quoted ack; no concern stated in this message -> [].",
        not_children=["Rob Jewell", "Kit"])

# ============================================================================= HEREFORDSHIRE
NHS_FOOTER = T("""
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.
""")

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2039-12-02 15:12:40"
    body = T("""
Hello Early Help team,

I was told your team holds this family, so I'm sending you our discharge handover. Please pass it on if it should go somewhere else.

MIDWIFERY HANDOVER (SBAR)

Situation
Baby: Theo Price, born 29/11/2039 at Hereford County Hospital, term, 3.2 kg, bottle-fed.
Mother: Chelsea Price (19). Discharged home to her flat in Leominster at 13:30 today.

Background
Chelsea's first child, Lacey Price (DOB 14/07/2037), lives with her maternal grandmother under a special guardianship order. The pre-birth plan agreed in the summer says that the baby's father, Kyle Dawes, must have no contact with Theo: he was convicted of shaking his daughter from a previous relationship. Chelsea told us all through the pregnancy that she and Kyle had split up.

Assessment
At 12:15 today Kyle Dawes came onto the ward. He told staff he is moving in with Chelsea and the baby "from tonight" and that he will "do the nights" so Chelsea can sleep. Chelsea did not disagree. They left the ward together with Theo at 13:30 in Kyle's car. I couldn't find a number for the family's worker, so nobody from the pre-birth plan has been told.

Recommendation
The community midwife visit is booked for Monday morning. I go off shift at 4pm.

Ffion Parry
Community Midwife | Leominster Midwifery Team
07700 900349
""") + NHS_FOOTER
    top = outlook_top(f, addr("Parry, Ffion (Community Midwife)", "ffion.parry@wvt.example.nhs.uk"),
                      addr("Early Help Co-ordinators", HEH),
                      "Midwifery handover - Chelsea Price and baby Theo - discharged home today", when,
                      mid_domain="wvt.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Theo Price", "2039-11-29", "29/11/2039"), ch("Lacey Price", "2037-07-14", "14/07/2037")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A MIDWIFE'S SBAR DISCHARGE HANDOVER, IN PLAIN WORDS (none of the alarm words anywhere), on a FRIDAY AFTERNOON: a "
        "3-day-old went home at 13:30 with the father the pre-birth plan bars from any contact because he was convicted of "
        "shaking a baby; he says he is moving in 'from tonight' to 'do the nights', nobody from the plan knows, the next "
        "visit is Monday -> a newborn in the care of a man convicted of harming a baby before the next working day -> "
        "alert_duty. A partner agency's handover sent to the wrong team, asking for no step -> other. Concern "
        "physical_harm (a convicted abuser's access, earlier sets' convention). Both children named in full are "
        "labelled: Theo (DOB 29/11/2039 - a newborn is a child, his DOB is before now) and his half-sister Lacey (with "
        "her grandmother under an SGO). Chelsea Price (19) and Kyle Dawes are adults.",
        not_children=["Chelsea Price", "Kyle Dawes", "Ffion Parry"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2039-09-08 11:47:22"
    body = T("""
Good morning,

I am a tenancy enforcement officer with Wye Valley Homes and I don't know who else to send this to. My incident note is below.

INCIDENT NOTE - TENANCY ENFORCEMENT
Date: 08/09/2039    Time: 10:30 - 11:40    Officer: G Pugh
Address: 14 Bredon Close, Ross-on-Wye
Present: County Court enforcement agents (2); tenant Ms Leanne Rudge; her children Kaden Rudge (DOB 03/03/2032) and Lola-Mae Rudge (DOB 18/10/2037).
10:30  Warrant of possession executed. Ms Rudge present with both children. Locks changed 10:50.
11:05  Ms Rudge very distressed. Offered a homelessness appointment at the council at 2pm today; she refused it.
11:15  Ms Rudge put both children in the back of my car, said "they're yours now, I'm done", and walked off towards the town centre, taking nothing with her. She has not answered her phone since (4 calls). No other family known locally; Kaden says his nan "lives in Wales somewhere".
11:40  Both children are still in my car outside the property, with me. Lola-Mae (nearly 2) has no coat, no nappies and no food. Kaden (7) keeps asking when mum is coming back. I have to be in Hereford for another eviction at 1pm.

Please can someone ring me on 07700 900781.

Gareth Pugh
Tenancy Enforcement Officer | Wye Valley Homes
Wye Valley Homes is a registered society. This email and any attachments are confidential to the intended recipient.
""")
    top = outlook_top(f, addr("Pugh, Gareth", "gareth.pugh@wyevalleyhomes.example.org.uk"), addr("MASH", HMASH),
                      "Eviction today - 14 Bredon Close, Ross-on-Wye - Ms Leanne Rudge and two children", when,
                      mid_domain="wyevalleyhomes.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kaden Rudge", "2032-03-03", "03/03/2032"), ch("Lola-Mae Rudge", "2037-10-18", "18/10/2037")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A HOUSING OFFICER'S TIMESTAMPED INCIDENT NOTE, IN PLAIN WORDS (none of the alarm words anywhere): at an eviction "
        "the mother put her 7-year-old and nearly-2-year-old in the officer's car, said 'they're yours now, I'm done' and "
        "walked off; not answering; no family locally; the toddler has no coat, nappies or food; the officer must leave "
        "at 1pm -> children abandoned with a stranger, no carer -> alert_duty. A housing officer asking for no step -> "
        "other (earlier sets). Concern neglect (abandonment, earlier sets' convention).",
        not_children=["Leanne Rudge", "Gareth Pugh"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2039-10-19 10:25:16"
    body = T("""
Hi both,

Following my chat with Xavier Moss at last Tuesday's drop-in, here is the Early Help Assessment step-down plan for Kieran Bevan (DOB 20/05/2025), Mosaic 618455, at Intensive (Level 3), with mum's signed consent form.

Key person: Mrs Sian Watkins, Pastoral Lead, Weobley High School - agreed with Kieran and mum on 14/10.

You will see on Mosaic that when Kieran was in Year 5 he disclosed that his former step-father, Neil Harte, had sexually abused him. There was an s47 and a police investigation at the time, which ended with no further action for lack of evidence. The police have told us they are reviewing that investigation this autumn as part of a wider review of Mr Harte, and may want to speak to Kieran again with his CAMHS worker present. Mr Harte has lived in Spain for three years and has had no contact with Kieran or his mum since the disclosure. This is a review of historic matters only - nothing is happening now, and it is not a reason for the case to stay open.

The plan covers what is current: Kieran's attendance (82%) and his low mood (CAMHS), and mum's wish for help with his evenings and gaming.

Thanks
Bethan

Bethan Lloyd
Social Worker | Children in Need (Leominster) | Herefordshire Council
01632 960612
""") + HDISC
    plan = docx_att("EHA Step-Down Plan - Kieran Bevan.docx", [
        "# Early Help Assessment - Step-Down Plan", "Level of need: Intensive (Level 3)",
        "Child: Kieran Bevan (20/05/2025)   Mosaic: 618455",
        "What are we worried about? Attendance 82%; low mood (CAMHS); late nights gaming.",
        "What's working well? Close to mum; plays rugby; CAMHS worker he trusts.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Attendance plan - Sian Watkins (school) - attendance above 92% - by Christmas",
        "Evening routine and gaming agreement - Family Support - fewer late nights - 6 weeks",
        "Details of Key Person: Mrs Sian Watkins, Pastoral Lead, Weobley High School (agreed 14/10/2039)"])
    consent = pdf_att("Signed consent form - Bevan.pdf", "Consent to Early Help support - Herefordshire Council", [
        "Child: Kieran Bevan", "I agree to my family receiving Early Help support and to the step-down plan.",
        "Signed: Tracey Bevan (mother)    Date: 14/10/2039"])
    top = outlook_top(f, addr("Lloyd, Bethan", "Bethan.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Kieran Bevan - Mosaic 618455", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["618455"], [ch("Kieran Bevan", "2025-05-20", "20/05/2025")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC DISCLOSURE BEING REVIEWED: the police are reviewing a Year 5 disclosure of sexual abuse by "
        "a former step-father (s47 and investigation NFA at the time); he has lived in Spain for three years with no "
        "contact; 'a review of historic matters only - nothing is happening now' -> not urgent, and no sexual_harm "
        "(historic). Complete Herefordshire step-down: plan (Level 3), signed consent form (Herefordshire's written "
        "consent_form), key person with agency -> book_meeting. Concerns school_attendance (82%); Kieran's low mood is the "
        "child's own (no contract id).",
        not_children=["Neil Harte", "Sian Watkins", "Bethan Lloyd", "Tracey Bevan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2039-11-28 13:18:05"
    body = T("""
Hello,

Please find attached the Early Help Assessment step-down plan for the Mills children (one request for the sibling group) and mum's signed consent form. I discussed the plan with Verity Lang at the drop-in last Tuesday.

Children: Ruby Mills (DOB 06/02/2030), Harrison Mills (DOB 14/09/2033) and Daisy Mills (DOB 30/12/2036). Mosaic 620118 / 620119 / 620120.

The key person is in the plan.

Thanks
Rhian

Rhian Vaughan
Social Worker | Children in Need (Hereford City) | Herefordshire Council
01632 960627
""") + HDISC
    plan = docx2_att("EHA Step-Down Plan - Mills.docx", [
        "# Early Help Assessment - Step-Down Plan",
        "Level of need: Intensive (Level 3)",
        "Children: Ruby Mills (06/02/2030), Harrison Mills (14/09/2033), Daisy Mills (30/12/2036)",
        "1. Family Details and Consent",
        ["Family consent:    ", ("glyph", True), " Written consent obtained (signed form attached)    ",
         ("glyph", False), " Verbal only    ", ("glyph", False), " Not obtained"],
        "2. Summary of Presenting Needs",
        "Mum's depression (GP, on medication). Ruby (9) does most of the cooking and looks after Daisy after school.",
        "3. Early Help Assessment - Part 2",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Young carers assessment for Ruby - Home-Start - Ruby has time for herself - by 31/12/2039",
        "Mum to the GP review and the Talking Therapies course - mum with Home-Start - mood improves - 8 weeks",
        "Details of Key Person: Ms Anita Kowalczyk, Family Support Worker, Home-Start Herefordshire - agreed with mum "
        "24/11/2039"])
    consent = pdf_att("Signed consent - Mills - 24.11.39.pdf", "Consent to Early Help support - Herefordshire Council", [
        "Children: Ruby, Harrison and Daisy Mills",
        "I agree to my family receiving Early Help support and to the step-down plan.",
        "Signed: Donna Mills (mother)    Date: 24/11/2039"])
    top = outlook_top(f, addr("Vaughan, Rhian", "Rhian.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Mills sibling group - Mosaic 620118 / 620119 / 620120", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["620118", "620119", "620120"],
        [ch("Ruby Mills", "2030-02-06", "06/02/2030"), ch("Harrison Mills", "2033-09-14", "14/09/2033"),
         ch("Daisy Mills", "2036-12-30", "30/12/2036")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: the plan's checkbox '☒ Written consent obtained (signed form "
        "attached) ☐ Verbal only ☐ Not obtained' plus the signed consent PDF (consent_form met), the wellbeing plan, and "
        "the key person (Home-Start) only in the plan -> book_meeting. Level 3 from the plan. Concerns "
        "parental_mental_health + young_carer (Ruby, 9, cooking and caring for Daisy).",
        not_children=["Donna Mills", "Anita Kowalczyk", "Rhian Vaughan"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2039-10-06 14:50:33"
    q, subj = ack_block("SB-herefordshire-88", "step-down request",
                        ["Child: Jayden Powell-Rees (07/07/2027)", "Mosaic: 617732",
                         "Early Help Assessment step-down plan: received"],
                        ["the family's written consent (signed consent form)",
                         "details of the key person agreed with the family"],
                        "04 October 2039 11:20", "Preece, Owain", "Early Help Co-ordinators", HEH)
    body = T("""
Hi,

Signed consent form attached - mum signed it at the visit this morning. Key person: Mr Tom Bishop, Youth Worker, Ledbury Youth Project - agreed with Jayden and mum yesterday, and Tom is happy to do it.

Owain

Owain Preece | Social Worker | Children in Need (Ledbury) | Herefordshire Council | 01632 960634
""") + q + "\n" + HDISC
    consent = pdf_att("Consent form - Powell-Rees - signed 06.10.39.pdf", "Consent to Early Help support - Herefordshire Council", [
        "Child: Jayden Powell-Rees", "I agree to my family receiving Early Help support and to the step-down plan.",
        "Signed: Carys Rees (mother)    Date: 06/10/2039"])
    top = outlook_top(f, addr("Preece, Owain", "Owain.Preece@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: " + subj, when, reply_to_mid="<SB-herefordshire-88.ack.20391004112000@herefordshire.gov.uk>")
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["617732"], [ch("Jayden Powell-Rees", "2027-07-07", "07/07/2027")],
        [], True, None, [], None, "attach_to_request",
        "A reply to [SB-herefordshire-88] adding what the ack asked for: the signed consent form (attached) and the key "
        "person (Youth Worker, Ledbury Youth Project) -> follow_up, attach_to_request. 'mum signed it' -> consent true. "
        "Child (double-barrelled surname different from his mother's) and Mosaic id from the quoted ack.",
        not_children=["Tom Bishop", "Owain Preece", "Carys Rees"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2039-11-09 12:12:54"
    body = T("""
Hi MASH,

I'd like to step Maddison Jones-Birch (DOB 12/04/2033) up to social care. She lives with her mum, Kerry Jones, and mum's partner, Dale Birch. Mosaic 619904.

She has been open to Early Help since January. Home conditions are poor, Maddison (6) is often hungry and in dirty clothes, she has missed her dental and eye appointments, and mum has cancelled five of the last seven visits. My manager, Hywel Pritchard, agreed the step up yesterday.

Lucy

Lucy Hamer
Family Support Worker | Early Help (Kington) | Herefordshire Council
01632 960655
""") + HDISC
    top = outlook_top(f, addr("Hamer, Lucy", "Lucy.Hamer@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Maddison Jones-Birch - Mosaic 619904", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["619904"], [ch("Maddison Jones-Birch", "2033-04-12", "12/04/2033")],
        ["neglect", "non_engagement"], None, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up -> human_review; no requirements for an "
        "undefined kind (missing [], notice null). Concerns neglect (hunger, dirty clothes, missed health appointments) + "
        "non_engagement (5 of 7 visits cancelled); manager agreed. The child's double-barrelled surname joins her "
        "mother's and the partner's (both adults).",
        not_children=["Kerry Jones", "Dale Birch", "Hywel Pritchard", "Lucy Hamer"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2039-11-11 16:20:08"
    add(f, itip_reply(f, when, "Rhian Vaughan", "rhian.vaughan@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                      "Step-down drop-in - Hughes family [SB-herefordshire-97]", "20391115T100000", "20391115T103000",
                      "Microsoft Teams Meeting"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED, no comment) to stepbot's Tuesday step-down drop-in invitation -> "
        "meeting_reply, record_reply; the summary names only a surname -> no child, no case id.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2039-09-15 09:35:47"
    body = T("""
Morning,

Step-down plan and the signed consent form for Poppy-Mae Griffiths (DOB 22/08/2031), Mosaic 616208, attached. I went through the plan with Xavier at Tuesday's drop-in.

The one gap is the key person: school have said they can't take it on and the family hub has a waiting list, so we haven't got anyone yet - I'll let you know as soon as we do.

Worries: mum's drinking (she is working with Turning Point) and Poppy-Mae's attendance (87%).

Ceri

Ceri Davies | Social Worker | Children in Need (Bromyard) | Herefordshire Council | 01632 960641
""") + HDISC
    plan = docx_att("EHA Step-Down Plan - Griffiths.docx", [
        "# Early Help Assessment - Step-Down Plan", "Level of need: Intensive (Level 3)",
        "Child: Poppy-Mae Griffiths (22/08/2031)   Mosaic: 616208",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Mum continues with Turning Point - mum - drinking reduced - review in 8 weeks",
        "Attendance plan - school - above 92% - by half term",
        "Details of Key Person: not yet identified"])
    consent = pdf_att("Signed consent - Griffiths.pdf", "Consent to Early Help support - Herefordshire Council", [
        "Child: Poppy-Mae Griffiths", "I agree to my family receiving Early Help support and to the step-down plan.",
        "Signed: Shelley Griffiths (mother)    Date: 13/09/2039"])
    top = outlook_top(f, addr("Davies, Ceri", "Ceri.Davies@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Poppy-Mae Griffiths - Mosaic 616208", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["616208"], [ch("Poppy-Mae Griffiths", "2031-08-22", "22/08/2031")],
        ["school_attendance", "substance_misuse"], True, None, ["lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan (Level 3) and the signed consent form, but 'we haven't got anyone yet' for "
        "the key person (the plan: 'not yet identified') -> lead_practitioner missing -> request_info. Concerns "
        "substance_misuse (mum's drinking) + school_attendance (87%).",
        not_children=["Shelley Griffiths", "Ceri Davies"])

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
# England & Wales bank holidays 2039 (confirmed with the `holidays` package; weekday dates only): New Year's Day falls
# on Saturday 1 January, so Monday 3 January is the substitute; Good Friday 8 April and Easter Monday 11 April (Easter
# Sunday 10 April 2039); early May bank holiday 2 May; spring bank holiday 30 May; summer bank holiday 29 August;
# Christmas Day falls on Sunday 25 December, so Boxing Day is Monday 26 and the Christmas substitute Tuesday 27
# December. NONE falls inside the window (5 September - 16 December).
BANK_HOLIDAYS = {date(2039, 1, 3), date(2039, 4, 8), date(2039, 4, 11), date(2039, 5, 2), date(2039, 5, 30),
                 date(2039, 8, 29), date(2039, 12, 26), date(2039, 12, 27)}
IN_WINDOW_BH = {}
WINDOW = (datetime(2039, 9, 5, tzinfo=LON), datetime(2039, 12, 16, 23, 59, 59, tzinfo=LON))
# BST 2039 runs from 01:00 UTC on Sunday 27 March to 01:00 UTC on Sunday 30 October (the last Sundays of March and
# October): Dates up to Friday 28 October are +0100, from Monday 31 October +0000.
BST_START = datetime(2039, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2039, 10, 30, 1, 0, 0, tzinfo=UTC)
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

_RCACHE = {}
def rtext(f):
    """readable() of FILES[f], cached by the bytes' hash (the fault tests change the bytes, so the cache stays right)."""
    key = hashlib.sha1(FILES[f]).hexdigest()
    if key not in _RCACHE:
        _RCACHE[key] = readable(email.message_from_bytes(FILES[f], policy=email.policy.default))
    return _RCACHE[key]

YEAR4 = re.compile(r"(?<!\w)(20\d\d)(?!\w)")
YEAR2 = re.compile(r"(?<![\w/.])\d{1,2}([/.])\d{1,2}\1(\d\d)(?![\w/.])")

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
        if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err(f, "label keys")
        if mb not in ("mash_step_up", "early_help_duty"): err(f, "mailbox value")
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
            if cid in META[f]["not_case_ids"]: err(f, "%s is a police / NHS reference, not a case id" % cid)
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
        text = rtext(f)
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
        for ref in META[f]["not_case_ids"]:
            if ref not in text: err(f, "police / NHS reference %s not in text" % ref)
        # years: the mail's own dates are in 2039; other years only in the labelled children's DOBs as written
        t2 = text.replace("Microsoft Exchange Server 2010", " ")      # the iCalendar PRODID is no date
        for c in META[f]["children"]:
            if c["_w"]:
                t2 = t2.replace(c["_w"], " ")
        for m in YEAR4.finditer(t2):
            if m.group(1) != "2039": err(f, "year %s outside a labelled DOB" % m.group(1))
        for m in YEAR2.finditer(t2):
            if m.group(2) != "39": err(f, "two-digit year in %r" % m.group(0))
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

# ----------------------------------------------------------------------------- structural checks for mixed21
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

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _ws(s):
    return re.sub(r"\s+", " ", s)

def _pdf_text(msg, name_part):
    from pypdf import PdfReader
    import io
    p = _att(msg, lambda p: name_part in p.get_filename())[0]
    return _ws(" ".join((pg.extract_text() or "") for pg in PdfReader(io.BytesIO(p.get_payload(decode=True))).pages))

def _docx_bytes(msg, name_part):
    return _att(msg, lambda p: name_part in p.get_filename())[0].get_payload(decode=True)

def _docx_text(msg, name_part):
    return docx_parts(_docx_bytes(msg, name_part))[0]

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _cal_text(msg):
    return _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")

def _offset(msg):
    return email.utils.parsedate_to_datetime(msg["Date"]).utcoffset()

def _meeting_offset(dstr, hhmm):
    d = datetime.strptime(dstr + " " + hhmm, "%Y-%m-%d %H:%M").replace(tzinfo=LON)
    return d.utcoffset()

SEP = "________________________________"
NO_ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child protection)\b")

def _no_alarm(msg):
    return not NO_ALARM.search(readable(msg))

def _k01(msg):
    f = "knowsley_01.eml"
    c = _cal_text(msg)
    now, m = _now(f), META[f]["meeting"]
    cbs = docx_checkboxes(_docx_bytes(msg, "FF Step Up request"))
    form = _docx_text(msg, "FF Step Up request")
    return ("METHOD:REQUEST" in c and "X-MICROSOFT-SKYPETEAMSMEETINGURL" in c
            and "DTSTART;TZID=GMT Standard Time:20391102T100000" in c and "Microsoft Teams meeting" in _plain(msg)
            and _offset(msg) == timedelta(hours=1) and _meeting_offset("2039-11-02", "10:00") == timedelta(0)
            and working_days(now, m) == 5 and _weekdays(now, m) == 5
            and "agree" not in _plain(msg).lower() and "sign-off is in the form" in _plain(msg)
            and len(cbs) == 7 and all((g == "\u2612") == v for v, g in cbs) and cbs[-2:] == [(True, "\u2612"), (False, "\u2610")]
            and "\u2612 Agreed" in form)

def _k02(msg):
    f = "knowsley_02.eml"
    atts = [p.get_filename() for p in _att(msg, lambda p: True)]
    words = ("Uncle Tariq", "sleeping at ours", "3.15")
    minutes = _pdf_text(msg, "TAF minutes")
    others = _ws(body_text(msg) + " " + _cal_text(msg) + " " + _docx_text(msg, "FF Step Up request"))
    now, m = _now(f), META[f]["meeting"]
    return (atts == ["FF Step Up request to CSC - Al-Amin.docx", "TAF minutes 08.11.39 - Al-Amin.pdf"]
            and all(w in minutes for w in words) and not any(w in others for w in words)
            and "METHOD:REQUEST" in _cal_text(msg) and _no_alarm(msg) and working_days(now, m) == 6)

def _k03(msg):
    f = "knowsley_03.eml"
    b = _plain(msg)
    head = b.split("-" * 20)[0]
    now, m = _now(f), META[f]["meeting"]
    d = email.utils.parsedate_to_datetime(msg["Date"])
    return ("next Thursday at 10am" in b and d.weekday() == 4 and (m - d.date()).days == 6
            and not re.search(r"(?i)\b3(rd)? nov|\b0?3/11\b|thursday 3", readable(msg))
            and working_days(now, m) == 4 and _offset(msg) == timedelta(hours=1)
            and _meeting_offset(m.isoformat(), "10:00") == timedelta(0)
            and not NO_ALARM.search(head) and len(NO_ALARM.findall(b)) >= 5 and "Sasha Ogunbiyi" in b)

def _k04(msg):
    b = _plain(msg)
    return ("[2039] EWCA Civ 1187" in b and "nothing here is about any child or family we are working with" in b
            and not _att(msg, lambda p: True))

def _k05(msg):
    f = "knowsley_05.eml"
    now, m = _now(f), META[f]["meeting"]
    raw = FILES[f][:FILES[f].find(b"MIME-Version")].decode("ascii")
    return (working_days(now, m) == 5 and _weekdays(now, m) == 5 and "Subject: =?utf-8?" in raw
            and "Siobhán Ní Bhriain" in _plain(msg) and "Pádraig Ó Briain" in _plain(msg))

def _k06(msg):
    names = [p.get_filename() for p in _att(msg, lambda p: True)]
    b = _plain(msg)
    return ("[SB-knowsley-188] Reminder" in str(msg["Subject"]) and any("GCP2" in n for n in names)
            and any("TAF minutes" in n for n in names) and "What is missing:" in b
            and "the GCP2 and the TAF minutes will follow" in b and "Zofia Wiśniewska" in b
            and "Zofia Wisniewska" in _pdf_text(msg, "GCP2"))

def _k07(msg):
    new = _plain(msg).split(SEP)[0]
    return "Can we move it to Wednesday 9 November at 10am instead?" in new and not _cal(msg)

def _k08(msg):
    names = [p.get_filename() for p in _att(msg, lambda p: True)]
    b = _plain(msg)
    return ("EHM-91208" in str(msg["Subject"]) and "EHM-91377" in str(msg["Subject"])
            and not any("gcp2" in n.lower() or "graded care" in n.lower() for n in names)
            and any(n.startswith("MEA") for n in names) and "I'll send it straight over" in b
            and "Wednesday 21 September 2039 at 10am" in b and "Wednesday 21 September 2039 at 1.30pm" in b)

def _r01(msg):
    b = _plain(msg)
    new, fwd = b.split(SEP, 1)
    words = ("hes back", "he smashed the tv", "hes getting her at 3")
    return all(w in fwd for w in words) and not any(w in new.lower() for w in words) and _no_alarm(msg)

def _r02(msg):
    b = _plain(msg)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    return ("the children are now safe with their grandmother, police have attended, no further action tonight" in b
            and "in custody" in b and d.hour >= 17 and "PPN-39-0481152" in b)

def _r03(msg):
    c = _cal_text(msg)
    return "METHOD:REPLY" in c and "PARTSTAT=ACCEPTED" in c and "Mosaic 3402218" in c

def _r04(msg):
    p = _pdf_text(msg, "Step-down checklist")
    b = _plain(msg)
    return ("Family consent for Early Help to continue the plan: [X] Yes [ ] No" in p
            and "Team Manager agreement to the step-down: [X] Yes" in p and "consent" not in b.lower()
            and "Nguyễn Văn An" in b and "An Nguyen" in b and "=?utf-8?" in FILES["richmond_wandsworth_04.eml"][:400].decode())

def _r05(msg):
    return str(msg["From"]).endswith("@example.com>") and "EHCP" in _plain(msg)

def _r06(msg):
    b = _plain(msg)
    head, sig = b.split("Kind regards", 1)
    return (not NO_ALARM.search(head) and len(NO_ALARM.findall(sig)) >= 6
            and not NO_ALARM.search(_docx_text(msg, "Case summary")))

def _r07(msg):
    h = html_text(_html(msg))
    return (not _plain(msg) and "<table" in _html(msg) and "will follow this afternoon" in h
            and not _att(msg, lambda p: True))

def _r08(msg):
    return msg["Auto-Submitted"] == "auto-replied" and "Femi Adeyinka" in _plain(msg)

def _t01(msg):
    b = _plain(msg)
    new = b.split(SEP)[0].strip()
    rest = _ws(b + " " + _pdf_text(msg, "MARF"))
    return ("didn't come home last night" in str(msg["Subject"]) and new == "Sent from Outlook for iOS"
            and "come home last night" not in rest and "phone is off" not in rest and _no_alarm(msg)
            and "She has been home every night so far" in b)

def _t02(msg):
    b = _plain(msg)
    rows = re.findall(r"(?m)^(\d\d/\d\d/2039 \d\d:\d\d) \|", b)
    stamps = [datetime.strptime(r, "%d/%m/%Y %H:%M") for r in rows]
    d = email.utils.parsedate_to_datetime(msg["Date"])
    return ("CPOMS - Student chronology export" in b and len(rows) >= 7 and stamps == sorted(stamps, reverse=True)
            and stamps[0].date() == d.date() and stamps[0] < d.replace(tzinfo=None))

def _t03(msg):
    b = _plain(msg)
    return ("This is a request for advice, not a referral." in b and "I woke up in my bed." in b
            and "there are no concerns" in b)

def _t04(msg):
    runs = docx_runs(_docx_bytes(msg, "Step-down form"))
    para = [r for r in runs if r[0] == next(i for i, t, s in runs if "Does the family consent" in t)]
    texts = docx_parts(_docx_bytes(msg, "Step-down form"))[0].split("\n")
    i = texts.index("If no, what has the family said?")
    return ([(t, s) for _i, t, s in para][1:] == [("Yes", False), (" / ", False), ("No", True)]
            and texts[i + 1] == "" and "consent" not in _plain(msg).lower())

def _t05(msg):
    t = readable(msg)
    b = _plain(msg)
    return ("Rayan" in t and "Rayan Hussain" not in t and "Hussain family" in b and "fractured skull" in b
            and "nobody has hurt Safiya or Idris" in b)

def _t06(msg):
    c = _cal_text(msg)
    return ("PARTSTAT=ACCEPTED" in c and "COMMENT" in c and "METHOD:REPLY" in c
            and "nhs.example.net" in str(msg["From"]))

def _t07(msg):
    b = _plain(msg)
    return "at the moment she does not consent" in b and "said no to Early Help" in b

def _t08(msg):
    data = _docx_bytes(msg, "MARF")
    t = docx_parts(data)[0]
    return (not docx_checkboxes(data) and "\u2610 Yes    \u2612 No" in t and "\u2612 Agreed" in t
            and "consent" not in _plain(msg).lower().replace("the consent question", ""))

def _o01(msg):
    b = _plain(msg)
    new, rest = b.split(SEP, 1)
    return ("nhs.example.net" in str(msg["From"]) and TEH in str(msg["Cc"]) and "[SB-torbay-144]" in str(msg["Subject"])
            and "Alfie asleep on his chest" in new and "asleep on his chest" not in rest and _no_alarm(msg)
            and "Poppy Widdicombe (03/05/2036)" in rest and "Poppy Widdicombe" not in new)

def _o02(msg):
    b = _plain(msg)
    return "NOT LOCATED" in b and "to finish it" in b and "CR/39/211874" in b

def _o03(msg):
    b = _plain(msg)
    new, orig = b.split(SEP, 1)
    return ("URGENT" in str(msg["Subject"]) and "RESEND" in str(msg["Subject"]) and msg["Importance"] == "high"
            and "[SB-" not in readable(msg) and "SB-torbay" not in readable(msg)
            and "automatic acknowledgement" in new and "triage slot for Ellis Hannaford" in orig)

def _o04(msg):
    t = docx_parts(_docx_bytes(msg, "Triage request form"))[0]
    line = next(l for l in t.split("\n") if "Team Manager's analysis" in l)
    return (line.count("\u2610") == 2 and "\u2612" not in line
            and "[to be recorded by the Team Manager]" in _pdf_text(msg, "Single Assessment"))

def _o05(msg):
    return "Ștefan Popescu" in _plain(msg) and "consent to this contact - they signed" in _plain(msg)

def _o06(msg):
    b = _plain(msg)
    age = (_now("torbay_06.eml") - date(2036, 1, 10)).days / 365.25
    return "Punch and Judy" in b and "nothing in it" in b and age < 5

def _o07(msg):
    b = _plain(msg)
    return "said no when I asked her this morning" in b and "who has parental responsibility; Wayne doesn't" in b

def _o08(msg):
    new = _plain(msg).split(SEP)[0]
    return "[SB-torbay-101]" in str(msg["Subject"]) and "I agree the threshold for level 3 intervention is met" in new

def _h01(msg):
    b = _plain(msg)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    return ("nhs" in str(msg["From"]) and _no_alarm(msg) and d.weekday() == 4 and d.hour >= 15
            and '"from tonight"' in b and (_now("herefordshire_01.eml") - date(2039, 11, 29)).days <= 7)

def _h02(msg):
    b = _plain(msg)
    return _no_alarm(msg) and "they're yours now" in b and len(re.findall(r"(?m)^\d\d:\d\d  ", b)) >= 4

def _h03(msg):
    b = _plain(msg)
    return ("a review of historic matters only" in b and "has had no contact" in b
            and _att(msg, lambda p: "Signed consent form" in p.get_filename()))

def _h04(msg):
    t = docx_parts(_docx_bytes(msg, "EHA Step-Down Plan"))[0]
    return ("\u2612 Written consent obtained" in t and "Anita Kowalczyk" in t and "Anita Kowalczyk" not in _plain(msg)
            and _att(msg, lambda p: p.get_filename().startswith("Signed consent")))

def _h05(msg):
    return "[SB-herefordshire-88]" in str(msg["Subject"]) and _att(msg, lambda p: "Consent form" in p.get_filename())

def _h06(msg):
    return "Step up" in str(msg["Subject"])

def _h07(msg):
    c = _cal_text(msg)
    return "METHOD:REPLY" in c and "PARTSTAT=ACCEPTED" in c

def _h08(msg):
    return ("haven't got anyone yet" in _plain(msg)
            and "Details of Key Person: not yet identified" in _docx_text(msg, "EHA Step-Down Plan"))

BASE_CUSTOM = [
    ("knowsley_01.eml", "Teams iTIP REQUEST; exactly 5 WD across the clock change; manager only in a content-control ☒", _k01),
    ("knowsley_02.eml", "risk only in the second attachment; no alarm words; iTIP REQUEST; 6 WD", _k02),
    ("knowsley_03.eml", "'next Thursday' on a Friday, no date written; 4 WD across the clock change; risk words only "
                        "in the footer; nickname", _k03),
    ("knowsley_04.eml", "case-law summary, not about any family", _k04),
    ("knowsley_05.eml", "exactly 5 WD; RFC 2047 subject; Irish names", _k05),
    ("knowsley_06.eml", "re-sent after a chase with GCP2 + TAF minutes; ASCII variant of the name in the PDF", _k06),
    ("knowsley_07.eml", "plain-text 'can we move it', no calendar part", _k07),
    ("knowsley_08.eml", "two families; Baptiste GCP2 only booked; MEA attached; two meetings", _k08),
    ("richmond_wandsworth_01.eml", "risk only in the forwarded text transcript; no alarm words", _r01),
    ("richmond_wandsworth_02.eml", "'safe with their grandmother, police have attended, no further action tonight', "
                                   "in custody, out of hours", _r02),
    ("richmond_wandsworth_03.eml", "ACCEPTED REPLY with the Mosaic id in the summary", _r03),
    ("richmond_wandsworth_04.eml", "consent and manager only as [X] in the PDF; Vietnamese names", _r04),
    ("richmond_wandsworth_05.eml", "a parent's Gmail", _r05),
    ("richmond_wandsworth_06.eml", "risk words only in the signature / disclaimer", _r06),
    ("richmond_wandsworth_07.eml", "HTML-only with a table; case summary to follow, nothing attached", _r07),
    ("richmond_wandsworth_08.eml", "out-of-office with a colleague's number", _r08),
    ("tower_hamlets_01.eml", "risk only in the subject; no alarm words", _t01),
    ("tower_hamlets_02.eml", "CPOMS export, newest first, top entry today", _t02),
    ("tower_hamlets_03.eml", "pupil's story; advice, no concerns", _t03),
    ("tower_hamlets_04.eml", "consent only as 'Yes / No' with 'No' struck through; 'If no' box empty", _t04),
    ("tower_hamlets_05.eml", "closed comparison family, first name only", _t05),
    ("tower_hamlets_06.eml", "ACCEPTED REPLY with a COMMENT from an NHS address", _t06),
    ("tower_hamlets_07.eml", "consent refused", _t07),
    ("tower_hamlets_08.eml", "plain ☒ / ☐ glyphs: consent No, manager Agreed", _t08),
    ("torbay_01.eml", "third party's reply-all on the [SB-] thread; risk only in its new text; no alarm words", _o01),
    ("torbay_02.eml", "PPN: suspect not located, back tonight", _o02),
    ("torbay_03.eml", "URGENT resend, no [SB-] reference anywhere", _o03),
    ("torbay_04.eml", "manager box left blank (two ☐)", _o04),
    ("torbay_05.eml", "Romanian diacritic; consent signed", _o05),
    ("torbay_06.eml", "Punch and Judy; under 5", _o06),
    ("torbay_07.eml", "PR mother refuses, step-father agrees", _o07),
    ("torbay_08.eml", "TM's own agreement on the [SB-] thread", _o08),
    ("herefordshire_01.eml", "midwife's SBAR, Friday afternoon, no alarm words", _h01),
    ("herefordshire_02.eml", "housing officer's timestamped note, no alarm words", _h02),
    ("herefordshire_03.eml", "historic disclosure under review; signed consent form attached", _h03),
    ("herefordshire_04.eml", "☒ written consent; key person only in the plan", _h04),
    ("herefordshire_05.eml", "consent form on the [SB-] thread", _h05),
    ("herefordshire_06.eml", "a step-up", _h06),
    ("herefordshire_07.eml", "ACCEPTED REPLY", _h07),
    ("herefordshire_08.eml", "no key person", _h08),
]

# Fields set from a wording cannot be derived mechanically; these assert that the labels say what the README says
# each wording means.
WORDING = [
    ("knowsley_01.eml", "consent", None, "Mum is aware that I'm asking for a step up"),
    ("knowsley_02.eml", "consent", None, "Mum knows I'm asking for a step up"),
    ("knowsley_03.eml", "consent", True, "has agreed to the referral to Family First"),
    ("tower_hamlets_07.eml", "consent", False, "at the moment she does not consent"),
    ("torbay_07.eml", "consent", False, "said no when I asked her this morning"),
    ("torbay_05.eml", "consent", True, "consent to this contact - they signed"),
    ("herefordshire_05.eml", "consent", True, "mum signed it at the visit this morning"),
    ("tower_hamlets_01.eml", "manager_agreed", True, "Agreed - please send it to MAST"),
    ("tower_hamlets_02.eml", "manager_agreed", True, "Our headteacher, Mr Jonathan Pryce-Evans, has agreed"),
    ("torbay_08.eml", "manager_agreed", True, "I agree the threshold for level 3 intervention is met"),
    ("richmond_wandsworth_01.eml", "manager_agreed", True, "I agree this now needs to step up"),
    ("knowsley_07.eml", "manager_agreed", None, "Can we move it to"),
]
CUSTOM = []

def add_wording_and_kind_checks():
    for _f, _field, _value, _phrase in WORDING:
        CUSTOM.append((_f, "%s labelled %s for '%s'" % (_field, _value, _phrase),
                       lambda m, f=_f, field=_field, value=_value, phrase=_phrase:
                       phrase in _plain(m) and _lab(f)["expect"][field] is value))
    CUSTOM.append(("richmond_wandsworth_04.eml", "consent / manager true from the PDF's [X]",
                   lambda m: _lab("richmond_wandsworth_04.eml")["expect"]["consent"] is True
                   and _lab("richmond_wandsworth_04.eml")["expect"]["manager_agreed"] is True))
    CUSTOM.append(("tower_hamlets_04.eml", "consent true from the struck 'No'",
                   lambda m: _lab("tower_hamlets_04.eml")["expect"]["consent"] is True))
    CUSTOM.append(("tower_hamlets_08.eml", "consent false from '☒ No', manager true from '☒ Agreed'",
                   lambda m: _lab("tower_hamlets_08.eml")["expect"]["consent"] is False
                   and _lab("tower_hamlets_08.eml")["expect"]["manager_agreed"] is True))
    CUSTOM.append(("torbay_04.eml", "manager null and missing for the blank box",
                   lambda m: _lab("torbay_04.eml")["expect"]["manager_agreed"] is None
                   and "manager_agreed" in _lab("torbay_04.eml")["expect"]["missing"]))
    CUSTOM.append(("knowsley_01.eml", "manager true from the content-control ☒",
                   lambda m: _lab("knowsley_01.eml")["expect"]["manager_agreed"] is True))
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
            CUSTOM.append((f, "a new request / other mail carries no iTIP REPLY",
                           lambda m: all((p.get_param("method") or "").upper() != "REPLY" for p in m.walk()
                                         if p.get_content_type() == "text/calendar")))
        if k != "auto_reply":
            CUSTOM.append((f, "no Auto-Submitted header on human mail", lambda m: m["Auto-Submitted"] is None))

ALARM_FREE_URGENT = ["knowsley_02.eml", "richmond_wandsworth_01.eml", "tower_hamlets_01.eml", "torbay_01.eml",
                     "herefordshire_01.eml", "herefordshire_02.eml"]
CLOCK_CHANGE_COUNTS = {"knowsley_01.eml", "knowsley_03.eml"}
EXACT_FIVE = {"knowsley_01.eml", "knowsley_05.eml"}
WEEKDAY_NAME_ONLY = {"knowsley_03.eml"}

def set_checks():
    """Whole-set checks: the bank holidays (the `holidays` package is required), none inside the window, BST ending on
    the last Sunday of October with at least four Dates on each side, the window Monday to Friday, at least five urgent
    mails free of the alarm words, Knowsley counts across the clock change and at exactly 5 WD, children in order of
    first full-name appearance."""
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the `holidays` package is needed to confirm the 2039 bank holidays"]
    ref = holidays.country_holidays("GB", subdiv="ENG", years=2039)
    if {d for d in ref if d.weekday() < 5} != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s"
                      % sorted({d for d in ref if d.weekday() < 5} ^ BANK_HOLIDAYS))
    inside = {d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != set(IN_WINDOW_BH):
        errors.append("set: bank holidays inside the window are %s" % sorted(inside))
    if ref.get(date(2039, 8, 29)) != "Late Summer Bank Holiday" or date(2039, 8, 29) >= WINDOW[0].date():
        errors.append("set: the late summer bank holiday should be 29 August, before the window")
    last_sun = lambda y, m: max(date(y, m, d) for d in range(25, 32) if date(y, m, d).weekday() == 6)
    if BST_START.date() != last_sun(2039, 3) or BST_END.date() != last_sun(2039, 10):
        errors.append("set: BST 2039 must run from the last Sunday of March to the last Sunday of October")
    if not (LON.utcoffset(datetime(2039, 10, 30, 0, 30)) == timedelta(hours=1)
            and LON.utcoffset(datetime(2039, 10, 30, 3, 0)) == timedelta(0)):
        errors.append("set: Europe/London does not change on 30 October 2039")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        errors.append("set: the window must run Monday to Friday")
    sides = {"+0100": 0, "+0000": 0}
    for f in FILES:
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        sides[expected_offset(email.utils.parsedate_to_datetime(msg["Date"]))] += 1
    if sides["+0100"] < 4 or sides["+0000"] < 4:
        errors.append("set: Dates each side of the clock change %s" % sides)
    free = [lab["file"] for lab in LABELS if lab["expect"]["urgent"] and not NO_ALARM.search(rtext(lab["file"]))]
    if sorted(free) != sorted(ALARM_FREE_URGENT) or len(free) < 5:
        errors.append("set: urgent mails free of alarm words are %s" % free)
    crossing, five = set(), set()
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if lab["authority"] == "knowsley" and m is not None:
            now = datetime.fromisoformat(lab["now"])
            if now < BST_END <= datetime(m.year, m.month, m.day, tzinfo=UTC):
                crossing.add(lab["file"])
            if working_days(now.date(), m) == 5:
                five.add(lab["file"])
    if crossing != CLOCK_CHANGE_COUNTS or len(crossing) < 2:
        errors.append("set: Knowsley notice counts across the clock change: %s" % sorted(crossing))
    if five != EXACT_FIVE or len(five) < 2:
        errors.append("set: Knowsley counts of exactly 5 WD: %s" % sorted(five))
    for f in WEEKDAY_NAME_ONLY:
        if f not in crossing | {l["file"] for l in LABELS if META[l["file"]]["meeting"]}:
            errors.append("set: %s has no counted meeting" % f)
    for lab in LABELS:
        f = lab["file"]
        text = rtext(f)
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is None:
                continue                             # check() already reports a child with no source record
            span = mc["_as"] or c["name"]
            pos.append(text.find(span))
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
            now = datetime.fromisoformat(l["now"])
            out.append("notice %s: %s (%s) -> %s = %d WD (%d weekdays)" % (l["file"], now.date(), now.strftime("%z"), m,
                                                                         working_days(now.date(), m), _weekdays(now.date(), m)))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        out.append("date %s %s" % (l["file"], l["now"]))
    return "\n".join(out)

BUILDERS = [name for name in sorted(globals())
            if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name)]

def build_all():
    FILES.clear(); LABELS.clear(); CATS.clear(); META.clear(); CUSTOM.clear()
    for name in BUILDERS:
        globals()[name]()
    CUSTOM.extend(BASE_CUSTOM)
    add_wording_and_kind_checks()

def run_checks():
    errors, tot = check()
    errors += set_checks()
    return errors, tot

# ----------------------------------------------------------------------------- fault injection (--fault-test)
# Each fault is applied to a fresh in-memory build (nothing is written); the run fails unless every fault is caught.
def _msg(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def _store(f, msg):
    FILES[f] = msg.as_bytes(policy=email.policy.default.clone(linesep="\r\n"))

def _first_plain(msg):
    return next(p for p in msg.walk() if not p.is_multipart() and p.get_content_type() == "text/plain"
                and not p.get_filename())

def f_plain(f, old, new):
    def go():
        msg = _msg(f)
        p = _first_plain(msg)
        t = p.get_content()
        assert old in t, (f, old)
        p.set_content(t.replace(old, new, 1), subtype="plain", charset="utf-8", cte="quoted-printable")
        _store(f, msg)
    return go

def f_header(f, name, value):
    def go():
        msg = _msg(f)
        if value is None:
            del msg[name]
        elif msg[name] is None:
            msg[name] = value
        else:
            msg.replace_header(name, value)
        _store(f, msg)
    return go

def f_label(f, field, value, where="expect"):
    def go():
        lab = _lab(f)
        (lab["expect"] if where == "expect" else lab)[field] = value
    return go

def f_docx(f, name_part, fn_xml):
    def go():
        msg = _msg(f)
        p = _att(msg, lambda p: name_part in p.get_filename())[0]
        z = zipfile.ZipFile(_io.BytesIO(p.get_payload(decode=True)))
        out = _io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for n in z.namelist():
                d = z.read(n)
                if n == "word/document.xml":
                    d = fn_xml(d.decode()).encode()
                w.writestr(zipfile.ZipInfo(n, date_time=(2039, 1, 1, 0, 0, 0)), d)
        p.set_payload(b64lines(out.getvalue()))
        _store(f, msg)
    return go

def f_swap_attachments(f):
    def go():
        msg = _msg(f)
        pl = msg.get_payload()
        pl[1], pl[2] = pl[2], pl[1]
        _store(f, msg)
    return go

def f_cal(f, old, new):
    def go():
        msg = _msg(f)
        p = _cal(msg)[0]
        c = p.get_payload(decode=True).decode()
        assert old in c
        p.set_payload(b64lines(c.replace(old, new).encode()))
        _store(f, msg)
    return go

def f_global(name, value):
    def go():
        globals()[name] = value
    return go

def f_meta(f, key, value):
    def go():
        META[f][key] = value
    return go

def _tick_manager(x):
    i = x.index("Team Manager's analysis")
    j = x.index("\u2610", i)
    return x[:j] + "\u2612" + x[j + 1:]

def _move_strike(x):
    x = x.replace('<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">No</w:t></w:r>',
                  '<w:r><w:t xml:space="preserve">No</w:t></w:r>')
    return x.replace('<w:r><w:t xml:space="preserve">Yes</w:t></w:r>',
                     '<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">Yes</w:t></w:r>', 1)

FAULTS = [
    ("knowsley_03 notice labelled ok", f_label("knowsley_03.eml", "notice_ok", True)),
    ("knowsley_01 meeting moved a day earlier (4 WD)", f_meta("knowsley_01.eml", "meeting", date(2039, 11, 1))),
    ("knowsley_05 'now' a day later", f_label("knowsley_05.eml", "now", "2039-11-16T09:14:40+00:00", where="lab")),
    ("knowsley_03 'now' given in GMT before the clock change", f_label("knowsley_03.eml", "now", "2039-10-28T15:12:22+00:00", where="lab")),
    ("richmond_wandsworth_06 Date in BST after the clock change",
     f_header("richmond_wandsworth_06.eml", "Date", "Tue, 29 Nov 2039 12:05:27 +0100")),
    ("torbay_04 Date on a Saturday", f_header("torbay_04.eml", "Date", "Sat, 24 Sep 2039 14:41:36 +0100")),
    ("herefordshire_06 Date outside the window", f_header("herefordshire_06.eml", "Date", "Mon, 19 Dec 2039 12:12:54 +0000")),
    ("tower_hamlets_06 'now' 30 minutes after Date", f_label("tower_hamlets_06.eml", "now", "2039-12-02T09:50:45+00:00", where="lab")),
    ("mum Siobhán Ní Bhriain labelled a child", lambda: (_lab("knowsley_05.eml")["expect"]["children"].append(
        {"name": "Siobhán Ní Bhriain", "dob": None}), META["knowsley_05.eml"]["children"].append(ch("Siobhán Ní Bhriain")))),
    ("'An Nguyen' labelled as a second child", lambda: (_lab("richmond_wandsworth_04.eml")["expect"]["children"].append(
        {"name": "An Nguyen", "dob": None}), META["richmond_wandsworth_04.eml"]["children"].append(ch("An Nguyen")))),
    ("nickname 'Sasha Ogunbiyi' labelled a child", lambda: (_lab("knowsley_03.eml")["expect"]["children"].append(
        {"name": "Sasha Ogunbiyi", "dob": None}), META["knowsley_03.eml"]["children"].append(ch("Sasha Ogunbiyi")))),
    ("comparison child 'Rayan' labelled", lambda: (_lab("tower_hamlets_05.eml")["expect"]["children"].append(
        {"name": "Rayan", "dob": None}), META["tower_hamlets_05.eml"]["children"].append(ch("Rayan")))),
    ("Kian Deller's DOB day/month swapped", f_label("richmond_wandsworth_01.eml", "children",
        [{"name": "Kian Deller", "dob": "2026-12-02"}, {"name": "Tilly Deller", "dob": "2031-10-05"}])),
    ("newborn Theo's DOB after now", lambda: _lab("herefordshire_01.eml")["expect"]["children"].__setitem__(
        0, {"name": "Theo Price", "dob": "2039-12-29"})),
    ("knowsley_08 children reordered", lambda: _lab("knowsley_08.eml")["expect"]["children"].reverse()),
    ("'immediately' added to knowsley_02's covering text", f_plain("knowsley_02.eml", "I'll invite the TAF members",
                                                                   "I'll immediately invite the TAF members")),
    ("knowsley_02's risk copied into the covering text", f_plain("knowsley_02.eml", "Mum knows I'm asking",
                                                               "Uncle Tariq is sleeping at ours. Mum knows I'm asking")),
    ("knowsley_02's attachments swapped", f_swap_attachments("knowsley_02.eml")),
    ("tower_hamlets_01's subject news copied into the body", f_plain("tower_hamlets_01.eml", "Sent from Outlook for iOS",
                                                                     "her phone is off\nSent from Outlook for iOS")),
    ("richmond_wandsworth_01's texts moved into the TM's text", f_plain("richmond_wandsworth_01.eml",
        "Marta forwarded me", "Kian says hes getting her at 3. Marta forwarded me")),
    ("torbay_01 sent by the requester, not a third party", f_header("torbay_01.eml", "From",
                                                                    "\"Tregear, Lowenna\" <Lowenna.Tregear@torbay.gov.uk>")),
    ("risk words added to richmond_wandsworth_06's request text", f_plain("richmond_wandsworth_06.eml",
        "Nothing has happened today", "Nothing immediate has happened today")),
    ("knowsley_01 Teams block removed", f_plain("knowsley_01.eml", "Microsoft Teams meeting", "Online meeting")),
    ("knowsley_01 METHOD:REQUEST changed to PUBLISH", f_cal("knowsley_01.eml", "METHOD:REQUEST", "METHOD:PUBLISH")),
    ("tower_hamlets_04 'Yes' struck instead of 'No'", f_docx("tower_hamlets_04.eml", "Step-down form", _move_strike)),
    ("torbay_04 manager box ticked", f_docx("torbay_04.eml", "Triage request form", _tick_manager)),
    ("tower_hamlets_07 consent true but still missing", f_label("tower_hamlets_07.eml", "consent", True)),
    ("richmond_wandsworth_02 labelled urgent as a near miss", f_label("richmond_wandsworth_02.eml", "urgent", True)),
    ("knowsley_03 book_meeting with notice too short", f_label("knowsley_03.eml", "next_action", "book_meeting")),
    ("a level on a step_up", f_label("knowsley_08.eml", "level", 3)),
    ("knowsley_08 gcp2 missing without neglect", f_label("knowsley_08.eml", "concerns", ["exploitation", "missing"])),
    ("a case id keeping its 'Mosaic' label", f_label("richmond_wandsworth_06.eml", "case_ids", ["Mosaic 3420985"])),
    ("the PPN reference labelled a case id", f_label("richmond_wandsworth_02.eml", "case_ids", ["3402218", "PPN-39-0481152"])),
    ("a 2038 date written in a mail", f_plain("herefordshire_06.eml", "since January", "since January 2038")),
    ("a follow_up without its [SB-] subject", f_header("knowsley_06.eml", "Subject", "RE: Reminder: step-up request")),
    ("the out-of-office's Auto-Submitted removed", f_header("richmond_wandsworth_08.eml", "Auto-Submitted", None)),
    ("Herefordshire step-up labelled book_meeting", f_label("herefordshire_06.eml", "next_action", "book_meeting")),
    ("torbay_03 labelled follow_up", f_label("torbay_03.eml", "kind", "follow_up")),
    ("an urgent file filed as a near miss", lambda: CATS.__setitem__("herefordshire_02.eml", "near_miss")),
    ("a bank holiday invented inside the window", f_global("BANK_HOLIDAYS", BANK_HOLIDAYS | {date(2039, 10, 31)})),
    ("Christmas substitute dropped from the bank holidays", f_global("BANK_HOLIDAYS", BANK_HOLIDAYS - {date(2039, 12, 27)})),
    ("BST said to end a week early", f_global("BST_END", datetime(2039, 10, 23, 1, 0, 0, tzinfo=UTC))),
    ("knowsley_05's meeting moved to Monday 21 Nov (4 WD, no longer an exact-5 edge)",
     f_meta("knowsley_05.eml", "meeting", date(2039, 11, 21))),
    ("torbay_03 reference added to the subject", f_header("torbay_03.eml", "Subject",
        "FW: URGENT - RESEND - [SB-torbay-139] Step down triage request - Ellis Hannaford - LCS-2498833")),
    ("herefordshire_04 key person copied into the body", f_plain("herefordshire_04.eml", "The key person is in the plan.",
                                                                "The key person is Anita Kowalczyk.")),
]

def fault_test():
    saved = {k: globals()[k] for k in ("BANK_HOLIDAYS", "BST_END")}
    missed = []
    for name, fn in FAULTS:
        build_all()
        try:
            fn()
            errors, _tot = run_checks()
        finally:
            globals().update(saved)
        print("  %-75s %s" % (name, "caught (%d)" % len(errors) if errors else "MISSED"))
        if "-v" in sys.argv:
            print("".join("      %s\n" % e for e in errors), end="")
        if not errors:
            missed.append(name)
    build_all()
    return missed

def main():
    build_all()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    if "--fault-test" in sys.argv:
        missed = fault_test()
        if missed:
            print("FAULT TEST FAILED - not caught:", *missed, sep="\n  ")
            sys.exit(1)
        print("fault test: all %d injected faults caught (nothing written)" % len(FAULTS))
        return
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
