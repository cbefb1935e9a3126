#!/usr/bin/env python3
"""mixed19: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in styles and situations earlier sets lack: children named only in running narrative or chronology prose ("a boy
called ...", "gave her name as ...", "... arrived at school with ...", dated bulleted chronologies) beside adults who
are not children (parents, step-parents, uncles, a kinship carer, professionals) and named pets; long top-posted reply
chains (Outlook From:/Sent:/To:/Subject: blocks four and five deep, Gmail "On ... wrote:" with nested > quoting)
whose key fact - the meeting date, manager agreement, consent, the lead practitioner, the urgent risk - changes or
appears only deep in the chain; manager agreement written many ways (an "Authorised by" signature line, a forwarded
one-line "Agreed - BW (TM)", an approval row in a table) and its false friends ("agreed with my manager on the phone
that I would chase", "mum agrees with every plan we suggest", "manager not yet available", a TM's analysis not yet
done); a child's own anxiety and self-harm beside a parent's mental illness; domestic abuse only as the history behind
an old plan beside current domestic abuse; HTML-only mails whose children and DOBs are table cells, mail from shared
team mailboxes, terse "Sent from my iPhone" mail, and .csv spreadsheets listing a household; urgent mail in flat
professional language with no alarm words; near misses that sound alarming but are historic, resolved, ruled out,
hypothetical, or training / policy text.

Window: Monday 5 January - Friday 27 March 2037 (the spring term). Greenwich Mean Time throughout: British Summer
Time starts on Sunday 29 March 2037, after the window, so every Date is +0000. No England & Wales bank holiday falls
in the window (New Year's Day is Thursday 1 January, Good Friday 3 April), so the Knowsley notice traps are weekends,
the February half-term (a school holiday, not a bank holiday) and a meeting date that moves within a reply chain.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (pypdf and
python-docx are used only by the self-checks to read back the hand-built PDFs and .docx files; the `holidays` package
cross-checks the bank-holiday list). The helpers (MIME assembly, Word HTML, PDF, .docx, iCalendar, working-day
counter, readable-text extraction and the checks) are copied from /work/main/tests/data/mixed18/make_set.py and
adapted (window, bank holidays, GMT only), with builders added for Gmail-style multipart/alternative mail with nested
"On ... wrote:" quoting (text and gmail_quote HTML), deep Outlook From:/Sent: chains and .csv attachments. Every label
was set by hand; the self-checks at the end only verify them against the specification's rules and STOP on any error
before anything is written.
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
    """Local (Europe/London) wall-clock time. Every Date in the window (5 January - 27 March 2037) is Greenwich
    Mean Time (+0000): British Summer Time starts on Sunday 29 March 2037. The self-check asserts it."""
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
            zi = zipfile.ZipInfo(name, date_time=(2037, 1, 1, 0, 0, 0))
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

def make_docx_rich(blocks, comments=(), creator="Author", modified_by=None, when="2037-01-02T09:00:00Z"):
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
            zi = zipfile.ZipInfo(name, date_time=(2037, 1, 1, 0, 0, 0))
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
    objs.append(b"<< /Producer (%s) /Creator (%s) /CreationDate (D:20370202101500Z) >>"
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

# ----------------------------------------------------------------------------- helpers added in mixed18 (kept)
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def make_docx_hf(blocks, header=(), footer=(), creator="Author", when="2037-01-02T09:00:00Z"):
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
            zi = zipfile.ZipInfo(name, date_time=(2037, 1, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added for mixed19
def gq_lines(text):
    """Quote a block the way Gmail's plain-text part does: '> ' before a line, '>' before an already quoted line
    (so nested quotes read '>> '), and a bare '>' for an empty line."""
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append(">" + l if l.startswith(">") else ("> " + l if l else ">"))
    return "\n".join(out)

def gmail_thread_text(new, chain):
    """A Gmail reply: the new text on top, then each older message under its 'On ... wrote:' attribution, each one
    quoted inside the newer one. chain: [(attribution, text), ...], newest first."""
    def render(i):
        attr, txt = chain[i]
        inner = txt.rstrip("\n")
        if i + 1 < len(chain):
            inner += "\n\n" + render(i + 1)
        return attr + "\n\n" + gq_lines(inner)
    return new.rstrip("\n") + "\n\n" + (render(0) + "\n" if chain else "")

def gmail_thread_html(new, chain):
    """The HTML twin: <div dir="ltr"> lines and nested <blockquote class="gmail_quote"> with a gmail_attr line."""
    def para(t):
        return "".join("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>") for l in t.rstrip("\n").split("\n"))
    def render(i):
        attr, txt = chain[i]
        inner = para(txt) + (render(i + 1) if i + 1 < len(chain) else "")
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (html.escape(attr, quote=False), inner))
    return '<div dir="ltr">%s</div>%s\n' % (para(new), render(0) if chain else "")

def gmail_mail(f, top, new, chain, atts=(), cte="base64"):
    """Gmail / Google Workspace: multipart/alternative (text/plain + text/html, both base64 by default), inside
    multipart/mixed when there are attachments; CRLF line ends."""
    alt = multipart("alternative", [text_part(gmail_thread_text(new, chain), cte=cte, crlf=True),
                                    text_part(gmail_thread_html(new, chain), "html", cte=cte, crlf=True)], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, True)

def chain(messages):
    """A deep Outlook reply chain, newest first: [(from, sent, to, subject, text, cc), ...]. Each older message is
    appended under Outlook's rule and 'From:/Sent:/To:/Subject:' block, as Outlook builds a top-posted thread."""
    out = ""
    for frm, sent, to, subject, text, cc in reversed(messages):
        out = quote(frm, sent, to, subject, text.rstrip("\n") + "\n" + out, cc=cc)
    return out

def csv_att(filename, rows, bom=False):
    """A spreadsheet export as text/csv (UTF-8, CRLF, optional BOM), fields quoted only where needed."""
    def cell(c):
        return '"%s"' % c.replace('"', '""') if re.search(r'[,"\n]', c) else c
    text = "\r\n".join(",".join(cell(c) for c in r) for r in rows) + "\r\n"
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    return binary_part('text/csv; charset="utf-8"', filename, data)

def iphone_mail(f, top, text, atts=()):
    """iPhone Mail: text/plain; format=flowed, quoted-printable, LF."""
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

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

def knowsley_01():
    f = "knowsley_01.eml"; when = "2037-01-13 10:22:41"
    sg = "Shelley Gorman\nFamily First Case Manager | Halewood Team | Knowsley Council\n0151 496 0358 | 07700 900447"
    shelley = "Gorman, Shelley <Shelley.Gorman@knowsley.gov.uk>"
    bern = "Wilde, Bernadette <Bernadette.Wilde@knowsley.gov.uk>"
    nad = "Nadine Kershaw <n.kershaw@kingfisherlane.example.sch.uk>"
    m5 = T("""
Bernadette,

After this afternoon's TAF I think Ruby and Alfie need to step up. Home conditions are no better after twelve weeks of support: the GCP2 I re-scored with mum on 06/01 has 4s for nutrition, housing and hygiene again. Ruby Doran (DOB 03/05/2029) has been in school 79% of the time since September, and Alfie Doran (DOB 19/11/2031) has had head lice since October and is hungry at breakfast club most mornings. Gemma (mum) lets me in every week but nothing changes, and her partner, Liam Prescott, still won't meet me.

Can I go ahead with the step up to CSC? EHM-83051.

Shelley
""")
    m4 = "Agreed - BW (TM)\n"
    m3 = T("""
Hi Nadine,

Following Thursday's TAF, and with my manager's agreement (below), I'm stepping Ruby and Alfie up to CSC. I've pencilled in the step up TAF for Wednesday 14 January at 10am at Halewood Family Hub - could you come as DSL? I'll send the calendar invite to you, the MASH inbox and MASH business support.

Shelley
""")
    m2 = T("""
Hi Shelley,

I'm so sorry - I'm on DSL refresher training all day on the 14th and can't get cover. Could we do the following Wednesday instead, any time in the morning?

Nadine Kershaw
Designated Safeguarding Lead | Kingfisher Lane Primary, Halewood
""")
    m1 = T("""
No problem, Nadine - I'll move it to Wednesday 21st at 10am, same place. The new invite is on its way to you, the MASH inbox and MASH business support.

Shelley
""")
    thread = chain([
        (shelley, "12 January 2037 16:05", nad, "RE: Doran - step up TAF", m1, None),
        (nad, "12 January 2037 14:40", shelley, "RE: Doran - step up TAF", m2, None),
        (shelley, "09 January 2037 11:18", nad, "Doran - step up TAF", m3, bern),
        (bern, "08 January 2037 17:32", shelley, "RE: Doran - step up?", m4, None),
        (shelley, "08 January 2037 15:50", bern, "Doran - step up?", m5, None),
    ])
    body = T("""
Hi MASH,

Step up request for the Doran children. Attached: the step up form, the GCP2 (re-scored 06/01/37) and the minutes of the TAF on 08/01/37. The step up TAF is the date Nadine and I settled on below (the first one didn't work for school), and my TM's agreement is further down the thread.

Thanks
Shelley

""") + sg + "\n\n" + KDISC + thread
    form = docx_att("FF Step Up request to CSC - Doran - EHM-83051.docx", appendix1([
        ("Case ID on EHM:", "EHM-83051"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "As per the calendar invite - Halewood Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in; her partner does not engage"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/01/37"),
        ("What are we worried about?", "Home conditions (GCP2 4s for nutrition, housing and hygiene), head lice, "
         "hunger at breakfast club, Ruby's attendance 79%."),
        ("What is working well?", "Mum is warm with the children and lets workers in. Nan takes the children to "
         "school when she can."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is done."),
        ("Graded Care profile (If neglect should be completed).", "Re-scored 06/01/37 - attached"),
        ("Agreement by line manager:", "Yes - see email"),
    ]))
    gcp2 = pdf_att("GCP2 - Doran - 06.01.37.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Doran. Completed with mum at home on 06/01/2037 by Shelley Gorman (Family First).", "",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 3, hygiene 4, health 3",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3", "",
        "Scores unchanged or worse since the first GCP2 in October 2036."])
    minutes = docx_att("TAF minutes 08.01.37 - Doran.docx", [
        "# Team Around the Family - minutes", "Date: 08/01/2037, 13:30, Halewood Family Hub",
        "Present: Gemma (mum), Shelley Gorman (Family First, chair), Kingfisher Lane Primary, school nurse",
        "School: Ruby 79% since September; Alfie has had head lice since October and is hungry at breakfast club.",
        "Family First: GCP2 re-scored 06/01, no improvement.",
        "Agreed: Shelley to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Gorman, Shelley", "Shelley.Gorman@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Doran - step up TAF - EHM-83051", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-83051"],
        [ch("Ruby Doran", "2029-05-03", "03/05/2029"), ch("Alfie Doran", "2031-11-19", "19/11/2031")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "FIVE-DEEP OUTLOOK CHAIN WHERE THE MEETING DATE CHANGES: the new text only says the TAF is 'the date Nadine and "
        "I settled on below'. Oldest first: the request to the TM (children and DOBs only here), the TM's forwarded "
        "one-line 'Agreed - BW (TM)' (manager true), the first proposal 'Wednesday 14 January at 10am', the DSL "
        "declining the 14th, and the newest 'I'll move it to Wednesday 21st at 10am'. The current date is Wed 21 Jan: "
        "from Tue 13 Jan, 14, 15, 16, 19, 20, 21 = 6 WD -> ok (the superseded 14th would give 1 WD). Form (Appendix 1), "
        "GCP2 and TAF minutes attached; neglect (GCP2 4s, head lice, hunger) + school_attendance (79%). No consent "
        "wording -> null. Complete -> book_meeting.",
        meeting=date(2037, 1, 21),
        not_children=["Gemma", "Liam Prescott", "Nadine Kershaw", "Bernadette", "Shelley Gorman"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2037-01-29 11:47:09"
    body = T("""
Hi MASH,

Step up request for Harvey attached (the form and the Engaging Families toolkit). Ruth Okafor (TM) agreed the step up in supervision on Monday and is copied in. The minutes of the TAF on 21/01 are still being typed up - I'll send them as soon as I have them. Step up TAF: Wednesday 4 February, 1.30pm, Kirkby Family Hub - invite to follow.

Chronology since the last TAF:
• 12/01/37 – home visit cancelled by mum by text, the third in a row.
• 16/01/37 – Harvey told his teacher he sleeps downstairs now because Tyson, the family's new puppy, cries at night. Mum did not come to the attendance meeting (Harvey 88% this year).
• 21/01/37 – TAF: mum (Shannon Leckie) and her partner, Craig Bamber, did not attend. Engaging Families toolkit completed with the TAF members (attached).
• 26/01/37 – Ruth agreed the step up in supervision.
• 29/01/37 08:50 – Harvey Leckie arrived at school with a swollen left ear, four finger-shaped marks on his left cheek and a cut on the inside of his bottom lip. He told his teacher that Craig "smacked me on the head because I wet the bed again". He flinched when she knelt down beside him.
• 29/01/37 10:30 – school rang mum: no answer. Craig rang back, said Harvey "falls over all the time" and that he will pick him up at 3.15 as normal.

I'm on my way to school now and will ring you from there.

Joe

Joe Halligan
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0682 | 07700 900915

""") + KDISC
    form = docx_att("FF Step Up request to CSC - EHM-82776.docx", appendix1([
        ("Case ID on EHM:", "EHM-82776"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 4 February 2037, 1.30pm, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - Engaging Families toolkit completed 21/01/37, attached"),
        ("Recent TAF meeting minutes attached:", "To follow - being typed up"),
        ("What are we worried about?", "Mum and her partner have stopped engaging: three visits cancelled, TAF not "
         "attended, attendance meeting missed. Harvey's attendance 88%."),
        ("What is working well?", "Harvey likes school and his teacher; nan sees him at weekends."),
        ("What next?", "Step up to CSC."),
        ("Engaging Families Toolkit - Signs of Well-being Family Engagement Tool.", "Completed 21/01/37 - attached"),
        ("Agreement by line manager:", "Yes - Ruth Okafor, TM, 26/01/37"),
    ]))
    toolkit = pdf_att("Engaging Families Toolkit - Leckie - 21.01.37.pdf", "Engaging Families Toolkit - summary", [
        "Family: Leckie / Bamber. Completed at the TAF on 21/01/2037 by Joe Halligan (Family First).",
        "Engagement over the last 12 weeks: 3 of 9 visits completed; 2 TAFs, neither attended by the adults.",
        "What the toolkit tells us: engagement is low and falling; the adults agree to plans and then cancel.",
        "Outcome: consider step up to CSC."])
    top = outlook_top(f, addr("Halligan, Joe", "Joe.Halligan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-82776", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Okafor, Ruth", "Ruth.Okafor@" + KDOM)]))
    add(f, mail(f, top, body, [form, toolkit], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-82776"], [ch("Harvey Leckie")],
        ["non_engagement", "physical_harm", "school_attendance"], None, True, ["taf_minutes"], False, "alert_duty",
        "URGENT, FLAT, AT THE END OF A DATED BULLETED CHRONOLOGY: a planned non-engagement step-up whose last two bullets "
        "(today 08:50 and 10:30) say a 6-year-old arrived at school with a swollen ear, finger-shaped marks on his cheek "
        "and a cut lip, says mum's partner hit him, flinches, and the partner will collect him at 3.15 today - no "
        "'urgent', 'risk', 'safeguarding', 'danger' or 'child protection' anywhere -> alert_duty. The child is named in "
        "full only in the chronology ('Harvey Leckie arrived at school with'), no DOB; Tyson is the family's puppy, "
        "Shannon Leckie and Craig Bamber are adults. The request is still parsed: form + Engaging Families toolkit "
        "attached, TM agreed, minutes 'still being typed up' -> taf_minutes missing; TAF Wed 4 Feb from Thu 29 Jan = "
        "30, 2, 3, 4 = 4 WD -> notice not ok.",
        meeting=date(2037, 2, 4),
        not_children=["Tyson", "Shannon Leckie", "Craig Bamber", "Ruth Okafor", "Joe Halligan"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2037-01-22 14:05:33"
    blocks = [
        "Good afternoon,", "",
        "Following the C&F assessment the family's needs sit at Level 3, so I'm stepping the children below down to "
        "Family First 0-18. My team manager, Sinead Corr, agreed the step down at the CIN review on 15/01/2037.", "",
        ("table", [["Child", "Date of birth", "School", "ICS ID"],
                   ["Leonie Brennan-Hughes", "11/04/2025", "Prescot Moss High School, Year 7", "ICS-1519043"],
                   ["Finn Hughes", "27/09/2029", "Whitefield Rise Primary, Year 2", "ICS-1519044"]]), "",
        ("table", [["Adult", "Relationship", "Lives with the children?"],
                   ["Claire Brennan", "Mother", "Yes"],
                   ["Darren Hughes", "Father", "No - Widnes, has the children alternate weekends"]]), "",
        "{{Consent:}} Claire has consented to the case being referred to Family First (signed 20/01/2037).", "",
        "{{Final CIN meeting:}} Thursday 29 January 2037 at 10.00am, Prescot Family Hub (room 2).", "",
        ("h", "What are we worried about?"),
        "Claire has bipolar disorder. She had a manic episode in the autumn and was in hospital for three weeks in "
        "October. While she was in hospital, and for a while after, Leonie did most of the looking after of Finn - and "
        "she still does a lot: she gets him up and to school most mornings and cooks tea when mum is tired.", "",
        ("h", "What is working well?"),
        "Claire is well now, taking her medication and seeing the CMHT every fortnight. Darren has the children every "
        "other weekend and rings them most nights. Leonie has started at the young carers' group.", "",
        ("h", "What needs to happen?"),
        "Family First to coordinate a TAF; young carer support for Leonie to continue; a crisis plan with the CMHT so "
        "everyone knows what happens if Claire becomes unwell again; help for Claire with mornings.", "",
        "Kind regards", "Adaeze", "",
        "Adaeze Nwosu", "Social Worker | Child in Need Team (Prescot) | Knowsley Council", "0151 496 0563", "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Nwosu, Adaeze", "Adaeze.Nwosu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Brennan-Hughes - CIN 29/01", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-1519043", "ICS-1519044"],
        [ch("Leonie Brennan-Hughes", "2025-04-11", "11/04/2025"), ch("Finn Hughes", "2029-09-27", "27/09/2029")],
        ["parental_mental_health", "young_carer"], True, True, [], True, "book_meeting",
        "HTML-ONLY OUTLOOK (no text/plain part) WITH THE CHILDREN, DOBs AND ICS IDs ONLY IN TABLE CELLS, and a second "
        "table of adults (mother, father) who are not children. Level 3 stated; consent stated as given (required at "
        "L3); all three Signs of Safety headings; final CIN Thu 29 Jan 10:00 with venue -> from Thu 22 Jan: 23, 26, 27, "
        "28, 29 = exactly 5 WD -> ok -> book_meeting. A PARENT'S mental illness (mum's bipolar disorder) -> "
        "parental_mental_health; the 11-year-old caring for her brother -> young_carer. TM agreed -> manager true.",
        meeting=date(2037, 1, 29), not_children=["Claire Brennan", "Darren Hughes", "Sinead Corr", "Adaeze Nwosu"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2037-02-13 15:40:18"
    body = T("""
Hi Family First,

I'm stepping Maddison Twist (DOB 08/07/2024) down to Level 2 following her last CIN review. The lead practitioner will be Lou Cassidy, Pastoral Lead at Tarbock Green Academy, who has agreed to take on the role (copied in). Mum (Kelly Twist) is happy with the step down.

Final CIN meeting: Thursday 19 February at 10.30am at Halewood Family Hub. I know that's half term - Lou is happy to come in, and mum prefers it because Maddison will be at her nan's.

Some background, because the ICS history looks worse than where we are now. Maddison was on a child protection plan from March 2034 to February 2035 (emotional abuse), because of domestic abuse by her father, Ryan Twist, towards mum - including an incident in January 2034 when he strangled mum in front of Maddison and was arrested. He was convicted, there is a restraining order until 2039, and he has lived in Scotland since 2034. There has been no contact with Maddison or mum since then, and MARAC closed the case in 2035. That is history: the current CIN plan (open since October) has nothing to do with it.

What are we worried about?
Maddison's attendance - 68% in the autumn term, 81% since Christmas - and her low mood; she has been finding Year 8 hard and says she has "no one to sit with".

What is working well?
Mum has worked hard on mornings and Maddison is getting in most days now. She has joined the school's Friday art club, and she talks to Lou every week.

What needs to happen?
School-led EHA and TAF with Lou as lead practitioner; attendance plan reviewed fortnightly; a referral to the school counsellor; a first TAF review in six weeks.

Thanks
Tom

Tom Fairhurst
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0640

""") + KDISC
    top = outlook_top(f, addr("Fairhurst, Tom", "Tom.Fairhurst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Maddison Twist - final CIN Thurs 19th", when,
                      cc=addr("Lou Cassidy", "l.cassidy@tarbockgreen.example.sch.uk"))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 2, [], [ch("Maddison Twist", "2024-07-08", "08/07/2024")],
        ["school_attendance"], True, None, [], False, "request_info",
        "NEAR MISS - DOMESTIC ABUSE ONLY AS THE HISTORY BEHIND AN OLD PLAN: a strangulation in front of the child, "
        "an arrest and a CP plan, all 2034-35, conviction, restraining order to 2039, no contact since, MARAC closed, "
        "'That is history' -> not urgent and no domestic_abuse concern. Current worries: attendance (68%, 81%) -> "
        "school_attendance; the child's own low mood has no concern id (not parental_mental_health). Level 2 stated; "
        "lead practitioner named with her school; three headings; date, time, venue given. Notice: the meeting is in "
        "half term (a school holiday, not a bank holiday), Thu 19 Feb from Fri 13 Feb = 16, 17, 18, 19 = 4 WD -> not ok "
        "-> request_info. No case id written -> case_ids [] (not a Knowsley step_down requirement).",
        meeting=date(2037, 2, 19), not_children=["Kelly Twist", "Ryan Twist", "Lou Cassidy", "Tom Fairhurst"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2037-03-03 08:12:40"
    ack = T("""
Thank you. Your step-up request has been
logged as SB-knowsley-318.

Children: Oscar Flynn (14/12/2027)
Case: EHM-84410
Step-up TAF meeting: Wed 11 March 2037 10:00

Still needed:
- the minutes of the most recent TAF meeting
- confirmation that your team manager
  has agreed the step-up

Knowsley MASH (automated message)
""")
    text = T("""
TAF mins attached. Jo (TM) agreed it at 8 this morning, she's cc'd.

Paul

Sent from my iPhone

On 2 Mar 2037, at 16:31, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + "\n".join("> " + l if l else ">" for l in ack.rstrip("\n").split("\n")) + "\n"
    minutes = pdf_att("TAF minutes 24.02.37 Flynn.pdf", "Team Around the Family - minutes", [
        "Date: 24/02/2037, 15:30, Huyton Family Hub. Chair: Paul Rimmer (Family First).",
        "Present: mum, Paul Rimmer, school (class teacher), school nurse.",
        "School: Oscar's attendance is 71% this term; late most days; two days' exclusion in February.",
        "Mum: finding mornings very hard; has started the parenting course.",
        "Agreed: Paul to discuss a step up to CSC with his team manager."])
    top = plain_top(f, addr("Rimmer, Paul", "Paul.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-318] Step-up request received - still needed: TAF minutes, manager agreement",
                    when, KDOM, None, cc=addr("Merriman, Jo", "Jo.Merriman@" + KDOM),
                    extra=[("In-Reply-To", "<SB-knowsley-318.ack@knowsley.gov.uk>"),
                           ("References", "<SB-knowsley-318.ack@knowsley.gov.uk>")])
    add(f, iphone_mail(f, top, text, [minutes]), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-84410"], [ch("Oscar Flynn", "2027-12-14", "14/12/2027")],
        ["school_attendance"], None, True, [], None, "attach_to_request",
        "TERSE iPHONE FOLLOW-UP ('Sent from my iPhone', format=flowed, '>' quoting): two lines that add the missing TAF "
        "minutes and the manager's agreement ('Jo (TM) agreed it at 8 this morning, she's cc'd' -> manager true) to "
        "[SB-knowsley-318]. Child, DOB and case id come from the quoted acknowledgement; the minutes add the 71% "
        "attendance -> school_attendance. follow_up -> missing [] and notice null -> attach_to_request.",
        not_children=["Paul Rimmer", "Jo"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2037-03-09 09:30:12"
    body = T("""
Dear colleagues,

Ahead of Thursday's team meetings, here is this month's 7-minute briefing. Managers: please work through the three case studies with your teams - they are invented, based loosely on themes from the monthly step-up log.

7-MINUTE BRIEFING: STEP UP, OR STRAIGHT TO MASH?

1. Why it matters
The step-up process is for planned moves from Level 3 to Children's Social Care. It is not a route for immediate safeguarding concerns: "Safeguarding procedures would always override" the process. Any immediate child protection concern goes to the MASH Duty Social Work Team by phone, the same day - and 999 in an emergency.

2. Case study 1 - "Child K" (7)
During a home visit Child K tells the Family First worker that "Daddy's friend" touched her private parts at a sleepover last night, and that the friend is babysitting again tonight. Mum is at work until 10pm.
Answer: NOT a step up. This is an immediate child protection concern. Phone the MASH duty team now, tell your manager, record it; do not wait for a TAF.

3. Case study 2 - "Child L" (14)
Child L has been missing overnight three times in a month, comes home with new trainers and a second phone, and has been seen getting into cars with older males. She is home today and attending school.
Answer: a step up may well be right - with the Merseyside Exploitation Assessment completed and attached, your TM's agreement and the TAF minutes. If she goes missing again, report it to the police and MASH at the time.

4. Case study 3 - siblings "M" and "N"
Long-standing neglect, GCP2 scores going the wrong way, mum agreeing to every plan but nothing changing.
Answer: a planned step up - GCP2 attached, Engaging Families toolkit referenced, at least 5 working days' notice of the step up TAF (preferably a Wednesday), invite to the MASH inbox and MASH business support.

5. Top tips
- Evidence of management oversight in every step up.
- One email per family; the EHM case ID in the subject.
- If in doubt, ring MASH and ask.

6. Reflect
Think of a family you work with now: which of these is it closest to?

7. Further reading
Knowsley step-up / step-down protocol and 7-minute briefing (staff intranet).

Family First Workforce Development
Knowsley Council
""")
    top = outlook_top(f, addr("FF Workforce Development", "FF.WorkforceDevelopment@" + KDOM),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("Family First 0-18 Duty Mailbox", KFF)]),
                      "7-minute briefing: step up or straight to MASH? (case studies for Thursday's team meetings)",
                      when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING TEXT: a workforce-development 7-minute briefing from a shared team mailbox to both Knowsley "
        "inboxes. Its invented case studies describe a sexual-abuse disclosure with the abuser babysitting 'tonight', "
        "missing episodes and exploitation, and say 'immediate child protection concern' and '999' - but 'Child K', "
        "'Child L', 'M' and 'N' are pseudonymised scenarios, not a family, and nothing is reported or requested -> "
        "kind other, not urgent, no children or concerns -> human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2037-02-25 12:10:05"
    body = T("""
Hi MASH,

Step up request for the three children listed in the attached spreadsheet (exported from EHM - it has everyone in the household with DOBs). Attached too: the step up form, the GCP2 (completed 18/02/37) and the minutes of the TAF on 19/02/37.

Step up TAF meeting: Wednesday 4 March 2037 at 10am, Kirkby Family Hub - the calendar invite has gone to the MASH inbox and MASH business support.

The concerns are neglect - the GCP2 shows physical care at 4 across the board, the youngest has lost weight since Christmas and the house has had no heating since January - and Tyler's attendance, which is 74% this year.

I agreed with my manager on the phone this morning that I would chase school for the up-to-date attendance figures before the meeting and bring them on the day.

Thanks
Sasha

Sasha Mellor
Family First Case Manager | Kirkby Team | Knowsley Council
(sent from the Kirkby team mailbox - my laptop is being rebuilt)
0151 496 0729

""") + KDISC
    csvf = csv_att("EHM household export - Tierney Ashworth.csv", [
        ["Full name", "Date of birth", "Age", "Gender", "Role", "School / setting"],
        ["Kerry Tierney", "02/11/1996", "40", "Female", "Mother", ""],
        ["Wayne Ashworth", "17/05/1993", "43", "Male", "Mother's partner", ""],
        ["Tyler Tierney", "14/06/2026", "10", "Male", "Child", "Ravenhurst Primary"],
        ["Paige Ashworth", "09/01/2031", "6", "Female", "Child", "Ravenhurst Primary"],
        ["Lola Ashworth", "28/10/2034", "2", "Female", "Child", "Ravenhurst Nursery"],
    ])
    form = docx_att("FF Step Up request to CSC - EHM-83917.docx", appendix1([
        ("Case ID on EHM:", "EHM-83917"),
        ("Date of step up TAF meeting:", "Wednesday 4 March 2037, 10am, Kirkby Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 19/02/37"),
        ("What are we worried about?", "Neglect: physical care, no heating, weight loss of the youngest; attendance."),
        ("What is working well?", "The children are affectionate with mum; nan helps with the nursery run."),
        ("What next?", "Step up to CSC."),
        ("Graded Care profile (If neglect should be completed).", "Completed 18/02/37 - attached"),
        ("Agreement by line manager:", ""),
    ]))
    gcp2 = pdf_att("GCP2 - Tierney Ashworth - 18.02.37.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Completed 18/02/2037 with mum by Sasha Mellor (Family First).",
        "Area 1 Physical care: nutrition 4, housing 4, clothing 4, hygiene 4, health 4.",
        "Area 2 Care of safety: 3. Area 3 Love and care: 2. Area 4 Stimulation and education: 3."])
    minutes = docx_att("TAF minutes 19.02.37 - Tierney Ashworth.docx", [
        "# TAF minutes 19/02/2037", "Present: mum, Sasha Mellor (chair), Ravenhurst Primary, health visitor.",
        "HV: the youngest has dropped from the 50th to the 25th centile since December.",
        "Agreed: GCP2 shared; step up to be discussed with the team manager."])
    top = outlook_top(f, addr("FF Kirkby Team", "FFKirkbyTeam@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Tierney / Ashworth family - EHM-83917", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [csvf, form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-83917"],
        [ch("Tyler Tierney", "2026-06-14", "14/06/2026"), ch("Paige Ashworth", "2031-01-09", "09/01/2031"),
         ch("Lola Ashworth", "2034-10-28", "28/10/2034")],
        ["neglect", "school_attendance"], None, None, ["manager_agreed"], True, "request_info",
        "SHARED TEAM MAILBOX + SPREADSHEET + A MANAGER FALSE FRIEND: sent from the Kirkby team mailbox, signed by the "
        "case manager; the children are named only in an attached .csv EHM export (text/csv) that also lists the mother "
        "and her partner (adults, never children). 'I agreed with my manager on the phone this morning that I would "
        "chase school for the attendance figures' is an agreement about a task, not the manager agreeing the step-up, "
        "and the form's 'Agreement by line manager:' is blank -> manager_agreed null -> missing. Form, GCP2 (neglect) "
        "and TAF minutes attached; TAF Wed 4 Mar from Wed 25 Feb = 26, 27, 2, 3, 4 = exactly 5 WD -> ok. request_info.",
        meeting=date(2037, 3, 4), not_children=["Kerry Tierney", "Wayne Ashworth", "Sasha Mellor"],
        names_only_in_attachments=True)

def knowsley_08():
    f = "knowsley_08.eml"; when = "2037-01-23 10:41:09"
    body = T("""
Thank you for your email.

I am on annual leave until Monday 26 January and will not be checking my emails.

For safeguarding advice please contact the Named Nurse team on 0151 496 0644. If you think a child is at immediate risk of harm, call 999.

Marie Ellison
School Nurse | 0-19 Service (Knowsley)
""")
    data = ooo(f, when, "Ellison, Marie", "marie.ellison@nhs.example.net", addr("Knowsley MASH", KMASH),
               "Minutes - step up TAF 21/01/2037 - Doran", body)
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An NHS school nurse's Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) "
        "answering MASH business support's minutes of the Doran step-up TAF; its 'immediate risk of harm, call 999' is boilerplate -> auto_reply "
        "-> ignore (never answered, never urgent).",
        not_children=["Marie Ellison"])
# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2037-01-12 15:12:44"
    blocks = [
        "Dear MASH colleagues,", "",
        "Following our reflective discussion on Friday, I am stepping the children below up to Children's Services. "
        "The latest case summary is attached and the rationale is set out below.", "",
        ("table", [["Child", "Date of birth", "Mosaic ID", "School / setting"],
                   ["Amara Okoro-Bell", "02/03/2027", "2408816", "Hazelbrook Primary, Year 5"],
                   ["Joshua Bell", "15/10/2032", "2408817", "Willowmead Nursery"]]), "",
        ("h", "Rationale for step up"),
        "Early Help has worked with the family since June 2036, first for Amara's attendance and then, from the "
        "autumn, because of arguments at home. Police were called to the flat twice in December (07/12 and 28/12) "
        "after incidents between mum, Chiamaka Okoro, and Joshua's father, Daniel Bell, who does not live there but "
        "has been staying most weekends again. On 28/12 Amara told officers she had hidden in the bathroom with "
        "Joshua. Mum has also been drinking most evenings since her own mother died in the summer.", "",
        "A domestic abuse safety plan is in place and mum has an IDVA, but the incidents are becoming more frequent, "
        "mum says she cannot stop Daniel coming round, and Amara has told her teacher she does not like weekends. "
        "Nothing has happened since 28/12 and Daniel is working away until 30 January, but we do not think Early Help "
        "alone can keep the children safe once he is back.", "",
        "Mum knows I am making this referral and has agreed to it.", "",
        ("table", [["Management oversight", ""],
                   ["Reflective discussion", "09/01/2037 - EH Team Manager, EH worker (Marta Silva), family support worker"],
                   ["Decision", "Step up to Children's Services"],
                   ["Approved by", "Joanna Fenwick, Early Help Team Manager - approved 09/01/2037"]]), "",
        "Kind regards", "",
        "Joanna Fenwick", "Early Help Team Manager | Tooting & Earlsfield | Richmond and Wandsworth Councils",
        "020 7946 0517", "",
        RDISC.strip(),
    ]
    summary = docx_att("Case summary - Okoro-Bell - Jan 2037.docx", [
        "# Early Help case summary", "Family: Okoro / Bell. EH lead practitioner: Marta Silva. Open since 14/06/2036.",
        "Work so far: attendance plan for Amara (now 93%); parenting support; DA safety plan; IDVA referral (11/12/2036).",
        "December: police call-outs on 07/12 and 28/12; mum's drinking increased after a bereavement.",
        "Mum engages with visits and the IDVA; Daniel has declined to meet Early Help."])
    top = outlook_top(f, addr("Fenwick, Joanna", "Joanna.Fenwick@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Okoro-Bell family", when)
    add(f, word_mail(f, top, blocks, [summary], plain_twin=False), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2408816", "2408817"],
        [ch("Amara Okoro-Bell", "2027-03-02", "02/03/2027"), ch("Joshua Bell", "2032-10-15", "15/10/2032")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "book_meeting",
        "HTML-ONLY OUTLOOK STEP-UP WITH TABLES, sent by the Early Help Team Manager: the children, DOBs and Mosaic ids are "
        "only table cells; the manager's approval is a row of a 'Management oversight' table ('Approved by | Joanna "
        "Fenwick, Early Help Team Manager - approved 09/01/2037') -> manager true. CURRENT DOMESTIC ABUSE (police "
        "call-outs in December, escalating, the reason for the step-up) -> domestic_abuse, mum drinking most evenings "
        "-> substance_misuse; not urgent: nothing since 28/12 and the father is away until 30 January. 'Rationale for "
        "step up' heading in the body + case summary attached -> complete; consent stated -> true. book_meeting.",
        not_children=["Chiamaka Okoro", "Daniel Bell", "Joanna Fenwick", "Marta Silva"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2037-02-04 12:26:50"
    lena = "Achterberg, Lena <Lena.Achterberg@richmondandwandsworth.gov.uk>"
    kwame = "Osei-Mensah, Kwame <Kwame.Osei-Mensah@richmondandwandsworth.gov.uk>"
    harriet = "Harriet Dunmore <manager@willowmead-nursery.example.org.uk>"
    m3 = T("""
Hi Kwame,

Just to let you know, Priya brought Mia in at 9.40 this morning. She smelt strongly of alcohol, her speech was slurred and she had to hold on to the door frame. Arjun was in his car seat. She said she was taking him home to sleep. We asked her to stay and have a coffee, but she left, put Arjun in the car and drove off.

Mia Sandhu is with us until 3. We haven't been able to reach dad (Gurpreet) - he's working in Reading today.

Harriet
Harriet Dunmore | Nursery Manager | Willowmead Nursery, Roehampton
""")
    m2 = T("""
Lena - see below from nursery. I've rung mum twice, no answer.

Kwame
""")
    m1 = T("""
Thanks Kwame. I'll send the step up to MASH now with the summary and the rationale we agreed yesterday. Keep trying mum.

Lena
""")
    thread = chain([
        (lena, "04 February 2037 11:58", kwame, "RE: Sandhu", m1, None),
        (kwame, "04 February 2037 11:41", lena, "FW: Sandhu", m2, None),
        (harriet, "04 February 2037 10:52", kwame, "Sandhu", m3, None),
    ])
    body = T("""
Hi MASH,

Step up for the Sandhu children, as discussed with Imogen yesterday. The latest case summary and my rationale are attached; the thread below is for background.

Lena

Lena Achterberg
Early Help Team Manager | Roehampton & Putney | Richmond and Wandsworth Councils
020 7946 0588

""") + RDISC + thread
    summary = docx_att("Case summary - Sandhu - 03.02.37.docx", [
        "# Early Help case summary - Sandhu",
        "Children: Mia Sandhu (DOB 21/06/2033) and Arjun Sandhu (DOB 04/07/2036).",
        "Parents: Priya Sandhu (mum), Gurpreet Sandhu (dad, works away Monday to Thursday).",
        "Open to Early Help since September 2036 after the health visitor raised mum's drinking.",
        "Mum is on the waiting list for the community alcohol service; the HV has smelt alcohol at two afternoon "
        "visits."])
    rationale = docx_att("Rationale for step up - Sandhu.docx", [
        "# Rationale for step up to Children's Services",
        "Mum's alcohol use has increased since Christmas despite the support offered.",
        "Dad is away most of the week. Both children are very young and rely on mum for everything.",
        "Early Help support has not changed things in five months; a social work assessment is needed."])
    top = outlook_top(f, addr("Achterberg, Lena", "Lena.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Sandhu - step up", when)
    add(f, mail(f, top, body, [summary, rationale], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Mia Sandhu", "2033-06-21", "21/06/2033"), ch("Arjun Sandhu", "2036-07-04", "04/07/2036")],
        ["substance_misuse"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN THE DEEPEST MESSAGE OF A THREE-DEEP OUTLOOK CHAIN, IN FLAT WORDS: the Early Help Team Manager's "
        "new text and both replies read as a routine step-up, but the nursery manager's original (10:52 today) says mum "
        "arrived smelling of alcohol, slurring, holding the door frame, and drove off with her 7-month-old in the car to "
        "'sleep' - a baby alone with an intoxicated carer now, dad in Reading, mum not answering. No 'urgent', 'risk', "
        "'safeguarding', 'danger' or 'child protection' anywhere -> alert_duty. The step-up itself is complete (case "
        "summary + rationale attached; the sender is the EH Team Manager -> manager true); no Mosaic id written -> []. "
        "Mia is named in full in the nursery's narrative, Arjun only in the attached summary.",
        not_children=["Priya Sandhu", "Gurpreet Sandhu", "Harriet Dunmore", "Kwame", "Lena Achterberg", "Imogen"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2037-01-20 10:48:03"
    body = T("""
Hi Early Help duty,

Following my call with your duty manager this morning - we've agreed Friday at 2pm for the case discussion - here is the confirmation with the latest case summary and my draft plan for Early Help.

This step-down is for a boy called Jacob Whitlock, who is nine and in Year 5 at Petersham Vale Primary. Jacob lives in Ham with his mum, Kirsty Whitlock, his step-dad, Lee Harman, and his half-sister, Maisie Harman, who turned two in December. Mum's brother, Dean Whitlock, lives round the corner and does most of the school runs. The family also have a Staffie called Bruno, whom Jacob adores and mentions in every conversation.

The CIN plan was for neglect - home conditions and Jacob's hygiene - and things have improved a lot since the summer: the flat is clean, there is food in, and school say Jacob comes in clean and on time. What the family still need is help to keep it going without a social worker, and support for mum with budgeting and Maisie's nursery place.

Consent: mum agrees with every plan we suggest - which has been part of the difficulty, as agreeing hasn't always meant doing - so I don't expect any problem with Early Help. I'll go through the step-down with her and Lee at Thursday's visit.

Mosaic IDs: Jacob 2391150, Maisie 2391151.

Thanks
Simon

Simon Pollard
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0746

""") + RDISC
    summary = pdf_att("Case summary - Whitlock Harman - Jan 2037.pdf", "Case summary - Whitlock / Harman", [
        "Children: Jacob Whitlock, DOB 08/06/2027 (Mosaic 2391150); Maisie Harman, DOB 11/12/2034 (Mosaic 2391151).",
        "Household: Kirsty Whitlock (mum), Lee Harman (step-father to Jacob, father to Maisie).",
        "CIN since 12/06/2036 (neglect: home conditions, Jacob's hygiene and school readiness).",
        "Progress: home conditions good at the last four visits; Jacob's attendance 96%.",
        "Remaining needs: budgeting, nursery place for Maisie, keeping routines going."])
    plan = docx_att("Draft Early Help plan - Whitlock Harman.docx", [
        "# Draft plan for Early Help",
        "1. Family support worker to visit fortnightly for 12 weeks - routines and home conditions.",
        "2. Budgeting support through the family hub.",
        "3. Nursery place for Maisie from April (two-year-old funding).",
        "4. Review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Pollard, Simon", "Simon.Pollard@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Whitlock / Harman - Mosaic 2391150", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2391150", "2391151"],
        [ch("Jacob Whitlock", "2027-06-08", "08/06/2027"), ch("Maisie Harman", "2034-12-11", "11/12/2034")],
        ["neglect"], None, None, ["consent"], None, "request_info",
        "CHILDREN ONLY IN RUNNING NARRATIVE ('a boy called Jacob Whitlock, who is nine', 'his half-sister, Maisie "
        "Harman, who turned two in December'), among adults who are not children - mum Kirsty Whitlock, step-dad Lee "
        "Harman, uncle Dean Whitlock, the social worker - and the family's Staffie, Bruno. DOBs from the attached case "
        "summary. CONSENT FALSE FRIEND: 'mum agrees with every plan we suggest' describes her manner, and 'I'll go "
        "through the step-down with her ... at Thursday's visit' says it has not been asked -> consent null -> missing "
        "-> request_info. Case summary + draft plan attached; concern neglect (the CIN plan, improving).",
        not_children=["Kirsty Whitlock", "Lee Harman", "Dean Whitlock", "Bruno", "Simon Pollard"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2037-03-10 09:14:27"
    jq = "Quint, Jasper <jasper.quint@richmondandwandsworth.gov.uk>"
    dom = "Ferreira, Dominic <Dominic.Ferreira@richmondandwandsworth.gov.uk>"
    m3 = T("""
Jasper,

Mum rang at 9.30pm: Lily hasn't come home from school, her phone goes straight to voicemail and she isn't at any of the usual friends'. Mum has reported her missing to the Met (CAD 7713/09MAR) and I've let EDT know. It's the third time since Christmas.

I talked to mum again about stepping up to Children's Services. She said no - she doesn't want social workers involved.

Dominic
""")
    m2 = T("""
Thanks Dominic. Let's talk first thing - I think we step up tomorrow whatever happens tonight.

J
""")
    m1 = T("""
Jasper - update. Lily came home at 07:20 this morning. Police did the safe and well check at 07:55: she says she stayed at a friend's in Putney, and the friend's mum has confirmed it. No injuries, she's eaten and gone to bed. Return home interview booked for Thursday.

Mum rang me at 8 to say she has thought about it overnight and she now agrees to the referral to Children's Services - "I can't do this on my own any more".

Dominic
""")
    thread = chain([
        (dom, "10 March 2037 08:41", jq, "RE: Lily - missing", m1, None),
        (jq, "09 March 2037 22:16", dom, "RE: Lily - missing", m2, None),
        (dom, "09 March 2037 21:50", jq, "Lily - missing", m3, None),
    ])
    body = T("""
Morning MASH,

Please treat this as the step up request for Lily Marchbank (DOB 17/05/2023). The latest case summary and the rationale for the step up are attached. The thread below is the last twelve hours - please read it to the end; where things stand this morning is in Dominic's last email.

Jasper Quint
Early Help Manager | Richmond and Wandsworth Councils

""") + RDISC + thread
    summary = docx_att("Case summary - Lily Marchbank - March 2037.docx", [
        "# Early Help case summary", "Lily Marchbank, 13. Mum: Rachel Marchbank. EH worker: Dominic Ferreira.",
        "Open to Early Help since October 2036: school attendance (74% this year) and conflict at home.",
        "Missing episodes: 27/12/2036, 14/02/2037 and 09/03/2037 - each time back by the morning."])
    rationale = docx_att("Rationale for step up - Marchbank.docx", [
        "# Rationale for step up",
        "Three missing episodes in ten weeks, falling attendance and mum telling us she cannot manage.",
        "Early Help has offered what it can; Lily needs a social work assessment of why she is going missing."])
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Lily Marchbank - Mosaic 2419904", when)
    add(f, mail(f, top, body, [summary, rationale], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["2419904"], [ch("Lily Marchbank", "2023-05-17", "17/05/2023")],
        ["missing", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - RESOLVED IN THE SAME CHAIN, AND CONSENT THAT CHANGES: the oldest message (21:50 last night) says a "
        "13-year-old has not come home, phone off, reported missing; the newest (08:41 today) says she came home at "
        "07:20, police did the safe and well check, no injuries, return home interview booked -> not urgent. The missing "
        "episode is this week and the reason for the step-up -> missing; attendance 74% -> school_attendance. Consent: "
        "'She said no' last night, 'she now agrees to the referral' this morning -> the latest statement -> true. The "
        "Early Help Manager sends the step-up ('I think we step up') -> manager true. Summary + rationale attached -> "
        "book_meeting. The police CAD number is not a case id.",
        not_children=["Rachel Marchbank", "Dominic", "Jasper Quint"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2037-01-21 16:20:05"
    body = T("""
Thank you for contacting the Battersea Family Support Team shared mailbox.

This inbox is checked between 9am and 5pm, Monday to Friday, and we aim to reply within two working days.

If you are worried that a child is at immediate risk of harm, please do not wait for a reply: call the MASH on 020 7946 0321 or, out of hours, the Emergency Duty Team on 020 7946 0999. In an emergency call 999.

Battersea Family Support Team
Richmond and Wandsworth Councils
""")
    data = ooo(f, when, "Family Support Team - Battersea", "FamilySupport.Battersea@" + RDOM,
               addr("Early Help Duty", RED), "Early Help duty rota - week of 26 January", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "AUTO-REPLY FROM A SHARED TEAM MAILBOX (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, "
        "'Automatic reply:'): the standard acknowledgement of a team inbox, with MASH / EDT / 999 boilerplate -> "
        "auto_reply -> ignore; never urgent.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2037-01-22 17:52:36"
    ack = T("""
Thank you. Your step-down request has been logged as SB-richmond_wandsworth-211.

Children: Jacob Whitlock (08/06/2027), Maisie Harman (11/12/2034)
Case: 2391150, 2391151
Case discussion: Friday 23 January 2037 14:00 (as agreed with the Early Help duty manager)

Still needed:
- confirmation that the child and family consent to Early Help continuing the plan

Early Help Duty (automated message)
""")
    text = T("""
Please hold this step-down - I need to pass this on tonight and the MASH line is closed.

I went out at 4 to go through the step-down with mum. Lee had been drinking since lunchtime. While I was there he threw a mug at Kirsty; it missed her and hit Maisie on the side of the head - she has a lump and a small cut above her eye, and was very quiet afterwards. Kirsty wants to take the children to her brother's, but Lee has her car keys and phone and says nobody is leaving. He told me to go at 17:30 and I did. I've rung the police and they're on their way; I'm parked outside.

This is a child protection matter now, not a step-down. EDT are ringing me back.

Simon

Sent from Outlook for iOS

On 20 Jan 2037, at 10:52, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + "\n".join("> " + l if l else ">" for l in ack.rstrip("\n").split("\n")) + "\n"
    top = plain_top(f, addr("Pollard, Simon", "Simon.Pollard@" + RDOM), addr("Early Help Duty", RED),
                    "RE: [SB-richmond_wandsworth-211] Step-down request - still needed: consent - Whitlock / Harman",
                    when, RDOM, None,
                    extra=[("In-Reply-To", "<SB-richmond_wandsworth-211.ack@richmondandwandsworth.gov.uk>"),
                           ("References", "<SB-richmond_wandsworth-211.ack@richmondandwandsworth.gov.uk>")])
    add(f, build(top, text_part(text, crlf=False), False), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["2391150", "2391151"],
        [ch("Jacob Whitlock", "2027-06-08", "08/06/2027"), ch("Maisie Harman", "2034-12-11", "11/12/2034")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP, AFTER OFFICE HOURS (17:52): the social worker answers stepbot's 'still needed: consent' "
        "for the Whitlock / Harman step-down ([SB-richmond_wandsworth-211], Outlook for iOS, 'On ... wrote:' with '>' "
        "quoting) - the drunk step-father threw a mug that hit the 2-year-old's head, and is stopping mum leaving with "
        "the children; police on the way, the worker outside -> alert_duty (the out-of-hours service), overriding "
        "attach_to_request. Children, DOBs and Mosaic ids from the quoted acknowledgement; concerns current DA, the "
        "injury and the drinking; consent never asked -> null. follow_up: missing [] and notice null.",
        not_children=["Lee", "Kirsty", "Simon"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2037-01-21 09:05:12"
    data = itip_reply(f, when, "Quint, Jasper", "jasper.quint@" + RDOM, ("Early Help Duty", RED), "ACCEPTED",
                      "Step-down case discussion - Whitlock / Harman [SB-richmond_wandsworth-211]",
                      "20370123T140000", "20370123T150000", "Microsoft Teams Meeting",
                      comment="I'll chair. Marta will join as the likely Early Help worker.")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "The Early Help manager's Outlook iTIP REPLY (PARTSTAT=ACCEPTED, with a COMMENT) to the step-down case discussion "
        "on Friday 23 January 14:00 -> meeting_reply -> record_reply. The summary carries surnames only (no child) and "
        "no case id.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2037-02-26 11:33:20"
    body = T("""
Hello,

Confirming the step-down case discussion I agreed with Jasper Quint on the phone this morning: Monday 2 March at 2pm, on Teams. The latest case summary and the draft plan for Early Help are attached.

Children: Kacper Nowicki (DOB 09.10.2029) and Zofia Nowicka (DOB 23.03.2034). Mosaic: 2377120 / 2377121.

Summary: mum, Agnieszka Nowicka, has recurrent depression. She was very unwell in the autumn and the CIN plan was about making sure the children were looked after while she recovered. She is much better now: she is on medication, sees her GP monthly and goes to a Polish-speaking women's group in Balham. Kacper is an anxious boy who worries about mum - he has been refusing to go to Beavers and checks on her at night - and school have started him on a worry group. Zofia is settled at nursery.

Consent: mum texted me after yesterday's visit - copying it here:
"Hi Tolu, yes I am happy for early help to carry on helping us. Thank you for everything. Aga"

My team manager, Bernard Lowe, agreed the step-down at the CIN review on 19/02 and is copied in.

Thanks
Tolu

Tolu Adeyemi
Social Worker | Family Support & Child in Need (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0289

""") + RDISC
    summary = docx_att("Case summary - Nowicki Nowicka - Feb 2037.docx", [
        "# Case summary", "Kacper Nowicki (7) and Zofia Nowicka (2); mum Agnieszka Nowicka; dad in Poland, no contact.",
        "CIN since 30/09/2036 because of mum's depression; mum now well and engaged with her GP.",
        "Kacper: anxiety, worry group at school."])
    plan = docx_att("Draft Early Help plan - Nowicki.docx", [
        "# Draft plan for Early Help", "1. Family support worker fortnightly for 3 months.",
        "2. Mum to continue with her GP and the women's group.", "3. School worry group for Kacper; review at 6 weeks.",
        "4. Review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Adeyemi, Tolu", "Tolu.Adeyemi@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Nowicki children - case discussion Mon 2 March 2pm", when,
                      cc=addr("Lowe, Bernard", "Bernard.Lowe@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["2377120", "2377121"],
        [ch("Kacper Nowicki", "2029-10-09", "09.10.2029"), ch("Zofia Nowicka", "2034-03-23", "23.03.2034")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down: case summary + draft plan attached, consent as mum's text message "
        "pasted into the body ('yes I am happy for early help to carry on helping us') -> true; TM agreed and copied. "
        "Polish surnames by gender: the girl is Zofia NowickA like her mother Agnieszka Nowicka (an adult, never a "
        "child) and her brother Kacper NowickI. A PARENT'S depression -> parental_mental_health; the 7-year-old's own "
        "anxiety has no concern id. book_meeting (no notice period).",
        not_children=["Agnieszka Nowicka", "Jasper Quint", "Bernard Lowe", "Tolu Adeyemi"])
# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf_pdf(filename, lines):
    return pdf_att(filename, "Multi-Agency Request for Support (MARF) - Tower Hamlets", lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2037-01-19 08:37:14"
    text = T("""
Morning MAST,

MARF attached for the Miah children - step up from targeted early help as agreed at Friday's TAF.

Manager not yet available to sign off - Rehana is on leave until Weds, I'll ask her to reply to this when she's back.

Mum consents to the referral (she signed the MARF).

Shabana

Sent from my iPhone
""")
    marf = marf_pdf("MARF - Miah - 16.01.37.pdf", [
        "Section 1 - Children",
        "Child 1: Tanvir Miah   DOB 05/12/2028   Mosaic ID 1602284   School: Cannon Wharf Primary (Y3)",
        "Child 2: Sumaiya Miah   DOB 21/07/2031   Mosaic ID 1602285   School: Cannon Wharf Primary (Y1)",
        "Section 2 - Parents / carers",
        "Rokeya Begum (mother) - main carer. Abdul Miah (father) - lives at the address, works nights.",
        "Section 3 - Reason for request",
        "Targeted early help since May 2036. The family have stopped engaging: four missed home visits since November,",
        "no attendance at the last two TAFs. Tanvir's attendance 76%, Sumaiya's 81%. Step up requested for a",
        "Child and Family Assessment.",
        "Section 4 - Consent",
        "Parent/carer consent to this request: Yes - signed by Rokeya Begum, 16/01/2037",
        "Section 5 - Management authorisation",
        "Manager name:",
        "Date:",
        "Completed by: Shabana Akhtar, Early Help Practitioner, Tower Hamlets Early Help, 16/01/2037"])
    top = plain_top(f, addr("Shabana Akhtar", "Shabana.Akhtar@" + TDOM), addr("MAST", TMAST),
                    "Step up - Miah children - MARF attached", when, TDOM, None)
    add(f, iphone_mail(f, top, text, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1602284", "1602285"],
        [ch("Tanvir Miah", "2028-12-05", "05/12/2028"), ch("Sumaiya Miah", "2031-07-21", "21/07/2031")],
        ["non_engagement", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "TERSE 'Sent from my iPhone' MAST STEP-UP whose children, DOBs and Mosaic ids are only in the attached MARF (PDF) "
        "- which lists the parents too (adults). MANAGER FALSE FRIEND: 'Manager not yet available to sign off - Rehana "
        "is on leave until Weds', and the MARF's 'Management authorisation' is blank -> manager_agreed null -> missing "
        "(a Tower Hamlets step-up requirement). Consent signed on the MARF -> true; MARF attached -> "
        "request_for_support met. Non-engagement and attendance -> request_info.",
        not_children=["Rokeya Begum", "Abdul Miah", "Rehana", "Shabana Akhtar"], names_only_in_attachments=True)

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2037-02-12 14:18:52"
    han = "Greaves, Hannah <Hannah.Greaves@towerhamlets.gov.uk>"
    ruk = "Ali, Rukhsana <Rukhsana.Ali@towerhamlets.gov.uk>"
    dan = "Daniel Achebe <d.achebe@cranbrookterrace.example.sch.uk>"
    m4 = T("""
Hi Daniel,

Thank you for agreeing at Tuesday's CIN review to be lead practitioner for Ezra Pereira-Lowe (DOB 30/01/2030) and Noah Pereira-Lowe (DOB 14/09/2032) when they step down to early help. I'll send you the C&F assessment once it's signed off, and the TAF date when I have one.

Hannah
""")
    m3 = T("""
Hi Hannah,

I'm sorry to say I've got a new job and leave Cranbrook Terrace Primary at half term, so I won't be able to be lead practitioner for the boys after all. Our SENCo can still come to the TAF for Noah.

Daniel Achebe
Learning Mentor | Cranbrook Terrace Primary
""")
    m2 = T("""
Rukhsana,

Daniel Achebe is leaving Cranbrook Terrace Primary at half term so can't be lead practitioner for Ezra and Noah. Would you be able to take it on from the TAF?

Hannah
""")
    m1 = T("""
Hi Hannah,

Yes - I'll take on the lead practitioner role for Ezra and Noah from the TAF on the 24th.

Rukhsana Ali
Family Navigator | Tower Hamlets Early Help (Bethnal Green locality)
""")
    thread = chain([
        (ruk, "12 February 2037 13:40", han, "RE: Lead practitioner - Pereira-Lowe", m1, None),
        (han, "11 February 2037 17:02", ruk, "Lead practitioner - Pereira-Lowe", m2, None),
        (dan, "10 February 2037 09:12", han, "RE: Pereira-Lowe - lead practitioner", m3, None),
        (han, "05 February 2037 10:26", dan, "Pereira-Lowe - lead practitioner", m4, None),
    ])
    body = T("""
Hi Early Help Hub,

Step-down to a Team Around the Family for the Pereira-Lowe boys (Mosaic 1587730 / 1587731). The Child and Family Assessment (completed 06/02/37) and the draft TAF plan are attached. I'll chair the TAF on Tuesday 24 February at 10am at Roman Road Family Hub. Mum, Sadie Pereira, has consented to the step-down.

The lead practitioner has changed since the CIN review - please see the thread below.

Hannah

Hannah Greaves
Social Worker | Child in Need Team | Tower Hamlets Council
020 7946 0853

""") + TDISC + thread
    cfa = pdf_att("Child and Family Assessment - Pereira-Lowe - 06.02.37.pdf", "Child and Family Assessment - summary", [
        "Children: Ezra Pereira-Lowe (7) and Noah Pereira-Lowe (4). Mother: Sadie Pereira. Completed 06/02/2037.",
        "Noah: autism diagnosis (November 2036), EHC needs assessment requested; speech and language therapy.",
        "Ezra: attendance 82% this year; anxious about changes at home and at school.",
        "Outcome: needs can be met through a Team Around the Family - step down to early help with mum's consent."])
    plan = docx_att("Draft TAF plan - Pereira-Lowe.docx", [
        "# Draft TAF plan", "1. Support mum through Noah's EHC needs assessment (SENCo, lead practitioner).",
        "2. Attendance plan for Ezra; school to review fortnightly.", "3. Parenting support around Noah's autism."])
    top = outlook_top(f, addr("Greaves, Hannah", "Hannah.Greaves@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Pereira-Lowe - TAF Tue 24 Feb", when,
                      cc=addr("Ali, Rukhsana", "Rukhsana.Ali@" + TDOM))
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1587730", "1587731"],
        [ch("Ezra Pereira-Lowe", "2030-01-30", "30/01/2030"), ch("Noah Pereira-Lowe", "2032-09-14", "14/09/2032")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "FOUR-DEEP OUTLOOK CHAIN WHERE THE LEAD PRACTITIONER CHANGES: the oldest message thanks the school's learning "
        "mentor for agreeing to lead (children and DOBs only there); he then withdraws (new job), the social worker "
        "asks an Early Help Family Navigator, and the newest message has Rukhsana Ali, Family Navigator, Tower Hamlets "
        "Early Help, accepting -> lead_practitioner met by the CURRENT holder with her agency. C&F assessment and draft "
        "TAF plan attached; consent stated -> complete -> book_meeting. Noah's autism / EHC needs assessment -> "
        "disability_send; Ezra 82% -> school_attendance (his anxiety has no concern id).",
        not_children=["Sadie Pereira", "Daniel Achebe", "Rukhsana Ali", "Hannah Greaves"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2037-03-03 08:31:19"
    blocks = [
        "Good morning MAST,", "",
        "We are asking for a step up for the four children below, who are open to the hub at targeted early help. "
        "Sarah Lomax (Hub Manager) has agreed this request and is copied in. The MARF will follow later this morning.", "",
        ("table", [["Name", "DOB", "School / setting", "Notes"],
                   ["Maryam Karimi", "19/02/2026", "Lansbury Lawns Primary, Year 6", "eldest"],
                   ["Ibrahim Karimi", "07/06/2028", "Lansbury Lawns Primary, Year 4", ""],
                   ["Safiya Karimi", "12/12/2030", "Lansbury Lawns Primary, Year 1", ""],
                   ["Zayd Karimi", "14/04/2036", "-", "10 months, at home"]]), "",
        "This morning Maryam, Ibrahim and Safiya arrived at breakfast club at 07:45 on their own. Maryam told staff "
        "that they have not seen their mum, Nasrin Karimi, since Sunday evening, that there has been no food in the "
        "flat since yesterday lunchtime, and that Zayd is at home with the lodger, who the children call Uncle Reza. "
        "They do not know his surname. Safiya was in a summer dress with no socks or coat. Ibrahim ate three bowls of "
        "cereal.", "",
        "We have rung mum's mobile four times this morning; it goes to voicemail. Dad, Hamid Karimi, lives in "
        "Birmingham and we do not have a number for him. The children are in school until 3.15 and do not know who "
        "will be at the flat tonight.", "",
        "Background: the family have been open to the hub since September for school attendance and for support "
        "with housing (overcrowding).", "",
        "Jannat Hussain", "Family Support Worker | Poplar Family Hub | Tower Hamlets Council",
        "(sent from the hub inbox)", "020 7946 0617", "",
        TDISC.strip(),
    ]
    top = outlook_top(f, addr("Poplar Family Hub", "PoplarFamilyHub@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Karimi children", when,
                      cc=addr("Lomax, Sarah", "Sarah.Lomax@" + TDOM))
    add(f, word_mail(f, top, blocks, plain_twin=False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Maryam Karimi", "2026-02-19", "19/02/2026"), ch("Ibrahim Karimi", "2028-06-07", "07/06/2028"),
         ch("Safiya Karimi", "2030-12-12", "12/12/2030"), ch("Zayd Karimi", "2036-04-14", "14/04/2036")],
        ["neglect", "school_attendance"], None, True, ["request_for_support"], None, "alert_duty",
        "URGENT, FLAT, IN AN HTML-ONLY MAIL FROM A SHARED HUB MAILBOX whose four children and DOBs are table cells: three "
        "children came to breakfast club alone, have not seen their mother since Sunday evening, no food since "
        "yesterday, and the 10-month-old is at home with a lodger known only as 'Uncle Reza'; no one known to be "
        "caring for them tonight -> alert_duty, with none of the words 'urgent', 'immediate', 'risk', 'safeguarding', "
        "'danger', 'child protection'. Concerns neglect (+ school_attendance from the background); the mother being "
        "absent is not the 'missing' concern (a missing child). The hub manager agreed (copied) -> manager true; the "
        "MARF 'will follow' -> request_for_support missing.",
        not_children=["Nasrin Karimi", "Hamid Karimi", "Sarah Lomax", "Jannat Hussain", "Reza"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2037-03-18 13:26:08"
    fk = "Farzana Khatun <farzana.khatun@stepneyfamilies.example.org>"
    ta = "Tahmina Alam <tahmina.alam@stepneyfamilies.example.org>"
    new = T("""
Hi MAST,

Further to the thread below - the MARF is attached.

I visited at 12.15 today. Inaya has three small round bruises along her left jaw and a thumb-sized bruise on the inside of her upper arm. She is seven weeks old and not rolling yet. Dad, Kamal Chowdhury, said Rayyan must have done it while they were playing. Mum didn't say anything. Dad asked me to leave at 12.40 and I left. He says he has made a GP appointment for tomorrow afternoon.

I'm back in the office now and can talk to whoever picks this up.

Farzana

Farzana Khatun | Family Support Practitioner | Stepney Families Project (commissioned targeted early help) | 07700 900542
""")
    c1 = ("On Tue, 17 Mar 2037 at 16:02, %s wrote:" % ta, T("""
Farzana, I agree this needs to go to MAST as a step up. Please complete the MARF tomorrow and send it from your account.

Tahmina
Service Manager, Stepney Families Project
"""))
    c2 = ("On Tue, 17 Mar 2037 at 15:10, %s wrote:" % fk, T("""
Tahmina - quick update on the Chowdhury family. Dad rang this afternoon to say they don't want me involved any more and that he is withdrawing the consent they gave on Monday for the referral. Mum didn't come to the phone.
"""))
    c3 = ("On Mon, 16 Mar 2037 at 11:48, %s wrote:" % fk, T("""
Tahmina,

Visited the Chowdhury family this morning. Both parents agreed to a referral to MAST for more support.

Children: Rayyan Chowdhury (DOB 02/01/2035) and baby Inaya Chowdhury (DOB 28/01/2037).
Worries: dad's cannabis use (daily, in the flat), serious overcrowding (one bedroom), and mum has been very low since the birth - the health visitor has referred her to perinatal mental health.

Farzana
"""))
    marf = marf_pdf("MARF - Chowdhury - 18.03.37.pdf", [
        "Children: Rayyan Chowdhury, DOB 02/01/2035; Inaya Chowdhury, DOB 28/01/2037.",
        "Parents: Kamal Chowdhury (father), Rumana Chowdhury (mother).",
        "Reason for request: dad's daily cannabis use; overcrowding; mum's low mood since the birth (perinatal",
        "mental health referral by the HV). Today's visit: see covering email.",
        "Parent/carer consent: given 16/03/2037; withdrawn by father 17/03/2037.",
        "Management authorisation: Tahmina Alam, Service Manager, Stepney Families Project, 17/03/2037.",
        "Completed by: Farzana Khatun, 18/03/2037."])
    top = plain_top(f, addr("Farzana Khatun", "farzana.khatun@stepneyfamilies.example.org"), addr("MAST", TMAST),
                    "Re: Chowdhury - step up / MARF", when, "mail.gmail.com", None,
                    cc=addr("Tahmina Alam", "tahmina.alam@stepneyfamilies.example.org"),
                    extra=[("In-Reply-To", msgid(f, "mail.gmail.com").replace("<", "<R")),
                           ("References", msgid(f, "mail.gmail.com").replace("<", "<R"))])
    add(f, gmail_mail(f, top, new, [c1, c2, c3], [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Rayyan Chowdhury", "2035-01-02", "02/01/2035"), ch("Inaya Chowdhury", "2037-01-28", "28/01/2037")],
        ["parental_mental_health", "physical_harm", "substance_misuse"], False, True, [], None, "alert_duty",
        "URGENT IN FLAT WORDS ON TOP OF A GMAIL CHAIN ('On ... wrote:', nested '>' and '>>' quoting, gmail_quote HTML) "
        "from a commissioned early-help charity: a 7-week-old who cannot roll has round bruises along her jaw and a "
        "thumb-sized bruise on her arm, an implausible explanation, the worker asked to leave -> alert_duty; none of "
        "'urgent', 'immediate', 'risk', 'safeguarding', 'danger', 'child protection'. The chain changes consent: given "
        "Monday (deepest), withdrawn by dad Tuesday -> the latest statement -> false. The service manager's 'I agree "
        "this needs to go to MAST as a step up' -> manager true; MARF attached -> complete. Children and DOBs only in the "
        "deepest message (and the MARF): Rayyan first. Concerns physical_harm + dad's cannabis + mum's low mood.",
        not_children=["Kamal Chowdhury", "Rumana Chowdhury", "Tahmina Alam", "Farzana Khatun"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2037-02-09 10:44:36"
    body = T("""
Hi MAST,

Please find attached the MARF for Daniel Kowalski (DOB 03/04/2024), Mosaic 1571406. I'm the Early Help Team Manager and I agree this step up. Dad, Piotr Kowalski, knows about the referral and has consented.

Why: we have worked with Daniel and his dad since last April. Dad has cancelled or not been in for eleven of the last sixteen visits, Daniel's attendance is 59% this year, and nothing we have tried has changed that.

Before anyone asks why this isn't a direct referral: I checked it against the guidance from last week's threshold refresher, which I'm pasting here for my team as much as for you -

"When NOT to use step up: if there is an immediate child protection concern - for example a child who discloses abuse, an unexplained injury to a non-mobile baby, a child left at home alone, a young person missing and believed to be with an adult who is exploiting them, or a parent threatening to harm a child - contact MAST (0207 364 5606/5601, or out of hours in an emergency only 0207 364 4079). If it is an emergency call the police on 999."

None of those apply to Daniel. This is a slow build-up of non-engagement and missed school, not an incident.

Niamh

Niamh O'Leary
Early Help Team Manager (Isle of Dogs & Poplar) | Tower Hamlets Council
020 7946 0472

""") + TDISC
    marf = marf_pdf("MARF - Kowalski - 06.02.37.pdf", [
        "Child: Daniel Kowalski, DOB 03/04/2024, Mosaic ID 1571406. Father: Piotr Kowalski.",
        "Reason for request: non-engagement with targeted early help since April 2036; attendance 59%.",
        "Parent consent: Yes - Piotr Kowalski, 06/02/2037.",
        "Management authorisation: Niamh O'Leary, Early Help Team Manager, 09/02/2037."])
    top = outlook_top(f, addr("O'Leary, Niamh", "Niamh.OLeary@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Daniel Kowalski - MARF attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["1571406"], [ch("Daniel Kowalski", "2024-04-03", "03/04/2024")],
        ["non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - POLICY TEXT QUOTED IN A ROUTINE STEP-UP: the team manager pastes the threshold guidance's list of "
        "examples of immediate child protection concerns (disclosure, injury to a non-mobile baby, a child home alone, "
        "exploitation, threats) with MAST's emergency numbers and 999, then says 'None of those apply to Daniel' -> a "
        "bulletin-style list of examples, not a report -> not urgent, and its examples add no concerns. The request: "
        "MARF attached, the sender is the EH Team Manager agreeing -> manager true, dad consented -> true; "
        "non-engagement + 59% attendance -> book_meeting.",
        not_children=["Piotr Kowalski", "Niamh O'Leary"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2037-02-11 16:02:10"
    data = itip_reply(f, when, "O'Leary, Niamh", "Niamh.OLeary@" + TDOM, ("MAST", TMAST), "TENTATIVE",
                      "MAST discussion - Kowalski [SB-tower_hamlets-402]", "20370213T100000", "20370213T110000",
                      "Microsoft Teams Meeting",
                      comment="Tentative - I have a panel that may overrun. If I can't make it, Kasia (the EH practitioner) will join instead.")
    add(f, data, "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT naming a stand-in, for the MAST discussion booked for "
        "tower_hamlets_05 (Fri 13 Feb 10:00) -> meeting_reply -> record_reply. Surname only in the summary -> no child.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2037-02-27 15:22:48"
    ack = T("""
Thank you. Your step-down request has been logged as SB-tower_hamlets-417.

Children: Tahmid Uddin, Arham Hossain
Case: 1598812
Lead practitioner: Joanne Pike (Millwall Dock Primary)

Still needed:
- the most current Child and Family Assessment

Early Help Hub (automated message)
""")
    body = T("""
Hi,

The signed-off Child and Family Assessment is attached.

Rashida

Rashida Begum
Social Worker | Assessment & Intervention | Tower Hamlets Council
020 7946 0376

""") + TDISC + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "24 February 2037 10:07",
                     "Begum, Rashida <Rashida.Begum@towerhamlets.gov.uk>",
                     "[SB-tower_hamlets-417] Step-down request - still needed: the Child and Family Assessment - Uddin",
                     ack)
    cfa = pdf_att("C&F Assessment - Tahmid Uddin - signed off 26.02.37.pdf", "Child and Family Assessment", [
        "Child: Tahmid Uddin, DOB 16/11/2025. Half-brother: Arham Hossain, DOB 22/08/2032.",
        "Household: Shapla Begum (mother), Anwar Hossain (step-father).",
        "Reason for assessment: attendance 79%, two fixed-term exclusions; ADHD assessment under way (SEN support).",
        "Outcome: step down to early help (TAF), lead practitioner Joanne Pike, SENCo, Millwall Dock Primary.",
        "Mother consents to the step-down and to sharing this assessment.",
        "Manager's decision: agreed - step down to early help. F. Rahim, Team Manager, 26/02/2037."])
    top = outlook_top(f, addr("Begum, Rashida", "Rashida.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-417] Step-down request - still needed: the Child and Family Assessment - Uddin",
                      when, extra=[("In-Reply-To", "<SB-tower_hamlets-417.ack@towerhamlets.gov.uk>"),
                                   ("References", "<SB-tower_hamlets-417.ack@towerhamlets.gov.uk>")])
    add(f, mail(f, top, body, [cfa], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["1598812"],
        [ch("Tahmid Uddin", "2025-11-16", "16/11/2025"), ch("Arham Hossain", "2032-08-22", "22/08/2032")],
        ["disability_send", "school_attendance"], True, True, [], None, "attach_to_request",
        "Outlook reply to [SB-tower_hamlets-417] adding the missing Child and Family Assessment (tower_hamlets_08's "
        "request): the new text is one line; children and case id from the quoted acknowledgement, DOBs, consent "
        "('Mother consents to the step-down') and the manager's decision ('agreed - step down') from the attached "
        "assessment; concerns attendance + ADHD assessment / SEN support. follow_up -> missing [] -> attach_to_request.",
        not_children=["Shapla Begum", "Anwar Hossain", "Joanne Pike", "Rashida Begum"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2037-02-24 10:05:41"
    body = T("""
Dear colleagues,

I am requesting a step-down to early help at the end of my Child and Family Assessment, which I will finish and upload this week; I'll send it to you once my manager has signed it off.

The step-down is for a boy called Tahmid Uddin, who is eleven and in Year 6 at Millwall Dock Primary. Tahmid lives on the Isle of Dogs with his mother, Shapla Begum, his step-father, Mr Anwar Hossain, and his half-brother, Arham Hossain, who is four. His paternal uncle, Mr Jamal Uddin, has him every Saturday and takes him to football. Tahmid talks a great deal about the family's cat, Simba, who sleeps on his bed.

The assessment started after school raised Tahmid's attendance (79%) and two fixed-term exclusions for behaviour. He is on the waiting list for an ADHD assessment and has SEN support at school. Home is warm and loving and his mother and step-father have worked well with me.

A draft TAF plan is attached. Mum has consented to the step-down and to the assessment being shared. Ms Joanne Pike, SENCo at Millwall Dock Primary, has agreed to be lead practitioner. I will arrange and chair the TAF once the assessment is signed off.

Kind regards
Rashida Begum
Social Worker | Assessment & Intervention | Tower Hamlets Council
020 7946 0376

""") + TDISC
    plan = docx_att("Draft TAF plan - Uddin.docx", [
        "# Draft TAF plan", "1. Attendance support plan (school, lead practitioner).",
        "2. Support with the ADHD pathway and behaviour plan at school.", "3. Parenting support for mum and Mr Hossain."])
    top = outlook_top(f, addr("Begum, Rashida", "Rashida.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down request - Uddin - Mosaic 1598812", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1598812"], [ch("Tahmid Uddin"), ch("Arham Hossain")],
        ["disability_send", "school_attendance"], True, None, ["assessment"], None, "request_info",
        "CHILDREN ONLY IN RUNNING NARRATIVE: 'a boy called Tahmid Uddin, who is eleven' and 'his half-brother, Arham "
        "Hossain, who is four' (ages, no DOBs), among adults who are not children - mother Shapla Begum, step-father Mr "
        "Anwar Hossain (same surname as the half-brother), paternal uncle Mr Jamal Uddin (same surname as Tahmid), the "
        "SENCo - and the family's cat, Simba. The Child and Family Assessment is still to be finished ('I'll send it "
        "to you once my manager has signed it off') -> assessment missing; draft TAF plan attached, consent given, lead "
        "practitioner named with her school -> request_info. Attendance + ADHD / SEN support.",
        not_children=["Shapla Begum", "Anwar Hossain", "Jamal Uddin", "Simba", "Joanne Pike", "Rashida Begum"])
# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2037-01-14 11:20:37"
    blocks = [
        "Hi Early Help,", "",
        "Please could I have a triage slot for the step-down below. The Single Assessment with my analysis and the "
        "rationale for stepping down is attached.", "",
        ("table", [["Child", "DOB", "LCS number"],
                   ["Jayden Pascoe", "05/05/2029", "LCS-2650117"],
                   ["Ivy-Rose Pascoe", "18/09/2033", "LCS-2650118"]]), "",
        ("table", [["Step-down checklist", ""],
                   ["Single Assessment analysis and rationale", "Yes - attached"],
                   ["Consent for level 3 Early Help", "Yes - mum (Stacey Pascoe) consented on 12/01/2037"],
                   ["Team Manager's analysis: threshold for level 3 met", "Agreed - Rebecca Sayer, Team Manager, 13/01/2037"],
                   ["Level", "3"]]), "",
        "Ivy-Rose is three, so I think this needs the under-5s triage.", "",
        "In short: mum's anxiety and depression got much worse after a house move in the autumn and Jayden's "
        "attendance dropped to 80%. Mum is now under the GP and Talkworks, Jayden is back up to 92% since Christmas, "
        "and the family need level 3 support to keep it going.", "",
        "Thanks", "Kate", "",
        "Kate Trethewey", "Social Worker | Single Assessment Team | Torbay Council", "01632 960455", "",
        BDISC.strip(),
    ]
    sa = pdf_att("Single Assessment - Pascoe - Jan 2037.pdf", "Single Assessment - analysis and outcome", [
        "Children: Jayden Pascoe (7) and Ivy-Rose Pascoe (3). Mother: Stacey Pascoe. Completed 12/01/2037.",
        "Analysis: mum's anxiety and depression worsened after the move; now treated and improving.",
        "Jayden's attendance fell to 80% in the autumn term; 92% since Christmas.",
        "Rationale for step down: needs now sit at level 3; no role for statutory social care."])
    top = outlook_top(f, addr("Trethewey, Kate", "Kate.Trethewey@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - step down to level 3 - Pascoe children", when)
    add(f, word_mail(f, top, blocks, [sa], plain_twin=False), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2650117", "LCS-2650118"],
        [ch("Jayden Pascoe", "2029-05-05", "05/05/2029"), ch("Ivy-Rose Pascoe", "2033-09-18", "18/09/2033")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "HTML-ONLY STEP-DOWN (no text/plain part) WITH TWO TABLES: the children, DOBs and LCS numbers are cells of the "
        "first; the second is a checklist whose rows give consent and the MANAGER'S APPROVAL AS A TABLE ROW ('Team "
        "Manager's analysis: threshold for level 3 met | Agreed - Rebecca Sayer, Team Manager, 13/01/2037') -> manager "
        "true. Single Assessment attached; level 3 (a table cell); a child under 5 -> the fortnightly under-5s triage. "
        "Mum's anxiety and depression -> parental_mental_health; attendance -> school_attendance. book_meeting.",
        not_children=["Stacey Pascoe", "Rebecca Sayer", "Kate Trethewey"])

def torbay_02():
    f = "torbay_02.eml"; when = "2037-02-10 14:03:28"
    text = T("""
At home visit. Mum (Jade Tozer) asleep on settee, can't wake her properly. Empty vodka bottle on the floor. Kayla-Mae Tozer 3yrs in a soaked nappy, eating dry cereal off the floor. Gas hob was on, I've turned it off.

Rung 999 for mum, ambulance says 40 mins. I'm staying with KM. No family nearby. Who can take her if mum goes to hospital?

Open to EH at level 3, EHM-781442.

Urgent - pls ring me 07700 900611

Gary

Sent from my iPhone
""")
    top = plain_top(f, addr("Luscombe, Gary", "Gary.Luscombe@" + BDOM), addr("MASH", BMASH),
                    "Kayla-Mae Tozer - need someone to ring me now", when, BDOM, None,
                    extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 1,
        "urgent", "step_up", True, None, ["EHM-781442"], [ch("Kayla-Mae Tozer")],
        ["neglect", "substance_misuse"], None, None, ["consent", "manager_agreed"], None, "alert_duty",
        "URGENT, TERSE, 'Sent from my iPhone': the Early Help practitioner is in the home now - the sole carer of a "
        "3-year-old cannot be woken (an empty vodka bottle), the child soaked and eating off the floor, the "
        "gas hob left on; ambulance 40 minutes, no one to care for the child -> alert_duty. A contact to MASH from the "
        "level 3 lead practitioner about new information is Torbay's step-up route -> kind step_up; it says nothing of "
        "consent or a manager -> both null and missing (alert_duty still comes first). 'KM' is the same child. Alarm "
        "word 'Urgent' present (one of the two urgent mails that may use them).",
        not_children=["Jade Tozer", "Gary"])

def torbay_03():
    f = "torbay_03.eml"; when = "2037-03-05 16:12:09"
    body = T("""
Hi,

Please could I have a triage slot for the Cole / Harvey children - the list with DOBs and LCS numbers is attached (exported from LCS), with my Single Assessment. Mum and Nathan have both consented to level 3 Early Help.

I know LCS will show a section 47 in November, so for the avoidance of doubt: the marks on Ellis's lower back that nursery reported on 14/11/2036 were seen the next day by Dr Ifeoma Okonkwo, consultant paediatrician at Torbay Hospital, who confirmed they are congenital dermal melanocytosis (Mongolian blue spots) - they are also recorded in his red book at his 6-week check. The s47 concluded NFA on 18/11/2036 and the police closed their log. There are no injuries and there have been no concerns of that kind since.

The assessment itself was about the older two's attendance (Ruby 83%, Mason 79%) and mum's drinking, which has come right down since she started with the community alcohol team in December.

My team manager hasn't done her analysis yet - she's on leave until Monday and I'd rather get on the triage list now. I'll forward it when it's done.

Thanks
Anna

Anna Widger
Social Worker | Single Assessment Team | Torbay Council
01632 960387

""") + BDISC
    csvf = csv_att("LCS export - household - Cole Harvey.csv", [
        ["LCS ID", "Name", "DOB", "Age", "Relationship"],
        ["LCS-2698240", "Ruby Cole", "12/08/2028", "8", "Subject"],
        ["LCS-2698241", "Mason Cole", "30/03/2031", "5", "Sibling"],
        ["LCS-2698242", "Ellis Harvey", "02/06/2035", "1", "Half-sibling"],
        ["", "Kelly Cole", "", "", "Mother"],
        ["", "Nathan Harvey", "", "", "Mother's partner (Ellis's father)"],
    ], bom=True)
    sa = pdf_att("Single Assessment - Cole Harvey - March 2037.pdf", "Single Assessment - analysis", [
        "Completed 03/03/2037 by Anna Widger.",
        "Analysis: school attendance of the two older children; mother's alcohol use, reducing with support.",
        "s47 (November 2036): concluded NFA - congenital dermal melanocytosis confirmed by a paediatrician.",
        "Rationale for step down: needs at level 3; no statutory role."])
    top = outlook_top(f, addr("Widger, Anna", "Anna.Widger@" + BDOM), addr("Early Help", BEH),
                      "Step down - triage slot please - Cole / Harvey children (list attached)", when)
    add(f, mail(f, top, body, [csvf, sa], html_alt=True), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["LCS-2698240", "LCS-2698241", "LCS-2698242"],
        [ch("Ruby Cole", "2028-08-12", "12/08/2028"), ch("Mason Cole", "2031-03-30", "30/03/2031"),
         ch("Ellis Harvey", "2035-06-02", "02/06/2035")],
        ["school_attendance", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "NEAR MISS - AN INJURY RULED OUT: 'marks on Ellis's lower back', 'section 47', 'police' - but a consultant "
        "paediatrician confirmed Mongolian blue spots (recorded at birth), the s47 concluded NFA in November and nothing "
        "since -> not urgent, no physical_harm. SPREADSHEET: children, DOBs and LCS ids only in the attached LCS .csv "
        "export (UTF-8 with BOM), which also lists the mother and her partner (adults, not children); the body names "
        "the children by first name only. Consent from both carers -> true. MANAGER NOT YET: 'My team manager hasn't done "
        "her analysis yet - she's on leave' -> null -> missing -> request_info. Level not written -> null.",
        not_children=["Kelly Cole", "Nathan Harvey", "Ifeoma Okonkwo", "Anna Widger"], names_only_in_attachments=True)

def torbay_04():
    f = "torbay_04.eml"; when = "2037-03-23 09:41:55"
    dh = "Dan Hext <dan.hext@bayyouthproject.example.org>"
    bs = "Becky Stapleton <becky.stapleton@bayyouthproject.example.org>"
    new = T("""
Hi MASH,

This is a contact to MASH from me as Connor's lead practitioner (open to early help at level 3, EHM-790215). My manager's agreement and mum's consent are in the thread below, from last week, when we were planning to bring this to Thursday's threshold discussion.

This morning has changed things. At 08:52 Connor sent me a photo of a sandwich bag with about twenty small wraps in it and the message "they want me to take this to plymouth today on the 11.10 from paignton. if i dont they said they know where my mum lives". He isn't at school and isn't answering his phone now. The 11.10 train is in an hour and a half.

Mum is at work in Exeter and hasn't heard from him since last night.

Dan

Dan Hext | Youth Worker / Lead Practitioner | The Bay Youth Project (commissioned early help) | 07700 900736
""")
    c1 = ("On Thu, 19 Mar 2037 at 17:05, %s wrote:" % bs, T("""
Dan - agreed, this needs to go to MASH for a level 4 conversation. Please send it in with mum's consent.

Becky
Team Manager, The Bay Youth Project
"""))
    c2 = ("On Thu, 19 Mar 2037 at 15:30, %s wrote:" % dh, T("""
Becky,

I think Connor Eddy (DOB 11/01/2022) needs to go to MASH. Since February: missing from home twice (back the next morning both times), new clothes and a second phone he won't explain, older lads from Plymouth picking him up from the skate park, and his attendance is down to 41%.

Mum (Lorraine Eddy) signed the consent for a contact to MASH at today's visit.

Dan
"""))
    top = plain_top(f, addr("Dan Hext", "dan.hext@bayyouthproject.example.org"), addr("MASH", BMASH),
                    "Re: Connor Eddy - contact to MASH", when, "mail.gmail.com", None,
                    cc=addr("Becky Stapleton", "becky.stapleton@bayyouthproject.example.org"),
                    extra=[("In-Reply-To", msgid(f, "mail.gmail.com").replace("<", "<R")),
                           ("References", msgid(f, "mail.gmail.com").replace("<", "<R"))])
    add(f, gmail_mail(f, top, new, [c1, c2]), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-790215"], [ch("Connor Eddy", "2022-01-11", "11/01/2022")],
        ["exploitation", "missing", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT IN FLAT WORDS ON TOP OF A GMAIL CHAIN from a commissioned youth project: a 15-year-old has been given "
        "drugs to carry to Plymouth on the 11.10 train today under threat to his mother, is out of school and not "
        "answering -> criminal exploitation happening within the hour -> alert_duty; none of 'urgent', 'immediate', "
        "'risk', 'safeguarding', 'danger', 'child protection'. Torbay step-up (contact to MASH from the lead "
        "practitioner): the TM's agreement ('agreed, this needs to go to MASH') and mum's signed consent are only in the "
        "quoted chain -> both true, nothing missing. The child's full name and DOB only in the deepest message.",
        not_children=["Lorraine Eddy", "Becky Stapleton", "Dan Hext"])

def torbay_05():
    f = "torbay_05.eml"; when = "2037-01-15 13:07:44"
    body = T("""
Hi MASH,

Not about a live case! We're running a team development session next Wednesday on step up, and I've been asked to bring some "what would you do?" scenarios and check our answers with you first. Could someone look over these?

1. Hypothetically: a 9-year-old tells her Early Help worker that her stepdad hit her with a belt last night and she is scared to go home. We think: phone MASH straight away, not a step up, and don't wait for consent. Right?

2. A dad we work with says at a TAF that if his ex stops contact "he'll take the kids and nobody will find them". Step up, or a contact to MASH the same day?

3. A baby of 4 months with a bruise on her ear and no explanation. Phone MASH (or 999 out of hours) immediately?

4. Long-standing neglect, GCP2 scores going the wrong way, nothing that happened on one particular day. We think: a step up with parental consent and the team manager's agreement.

If anyone from MASH could come to the session (Wednesday 21st, 2-4pm, Paignton Library) that would be brilliant.

Thanks
Morwenna

Morwenna Ridd
Early Help Family Practitioner | Paignton Early Help Team | Torbay Council
01632 960292

""") + BDISC
    top = outlook_top(f, addr("Ridd, Morwenna", "Morwenna.Ridd@" + BDOM), addr("MASH", BMASH),
                      "Question for our team session - step up or MASH contact?", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - HYPOTHETICAL SCENARIOS: 'Not about a live case!' - four invented 'what would you do?' scenarios "
        "for a team session (a belt, a threat to abduct, a bruise on a baby's ear, neglect), each unnamed and "
        "hypothetical -> no report, no child, no concern, not urgent -> kind other -> human_review.",
        not_children=["Morwenna Ridd"])

def torbay_06():
    f = "torbay_06.eml"; when = "2037-01-26 09:12:05"
    owen = "Brimble, Owen <Owen.Brimble@torbay.gov.uk>"
    carol = "Mudge, Carol <Carol.Mudge@torbay.gov.uk>"
    subj = "[SB-torbay-356] Step-down request - still needed: manager's analysis - Sparkes - LCS-2661093"
    ack = T("""
Thank you. Your step-down request has been logged as SB-torbay-356.

Children: Archie Sparkes (24/10/2031)
Case: LCS-2661093
Level: 3

Still needed before a triage slot can be allocated:
- your team manager's analysis confirming the threshold for level 3 intervention is met

Please reply to this email with the missing item.

Torbay Early Help (automated message)
""")
    m2 = T("""
Carol - can you add your analysis / agreement for the Sparkes step-down? Triage want it before they'll allocate a slot.

Thanks
Owen
""")
    m1 = "Agreed - threshold for L3 met. CM (TM)\n"
    thread = chain([
        (carol, "26 January 2037 08:47", owen, "RE: " + subj, m1, None),
        (owen, "23 January 2037 16:10", carol, "FW: " + subj, m2, None),
        ("Early Help <earlyhelp@torbay.gov.uk>", "23 January 2037 15:02", owen, subj, ack, None),
    ])
    body = T("""
Morning - see my TM's reply below.

Owen

Owen Brimble
Social Worker | Single Assessment Team | Torbay Council
01632 960541

""") + BDISC + thread
    top = outlook_top(f, addr("Brimble, Owen", "Owen.Brimble@" + BDOM), addr("Early Help", BEH), "FW: " + subj, when,
                      extra=[("In-Reply-To", "<SB-torbay-356.ack@torbay.gov.uk>"),
                             ("References", "<SB-torbay-356.ack@torbay.gov.uk>")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-2661093"], [ch("Archie Sparkes", "2031-10-24", "24/10/2031")],
        [], None, True, [], None, "attach_to_request",
        "FORWARDED ONE-LINE MANAGER AGREEMENT: 'FW: [SB-torbay-356] ...' whose new text is 'see my TM's reply below'; "
        "the TM's reply is one line, 'Agreed - threshold for L3 met. CM (TM)' -> manager true. Three-deep chain: the TM's "
        "line, the worker's request to her, stepbot's acknowledgement (child, DOB, LCS id). follow_up -> missing [] "
        "-> attach_to_request; consent not mentioned -> null; no concern stated.",
        not_children=["Owen Brimble", "Carol"])

def torbay_07():
    f = "torbay_07.eml"; when = "2037-01-16 10:30:22"
    data = itip_reply(f, when, "Kemp, Ursula", "ursula.kemp@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Pascoe [SB-torbay-349]", "20370120T113000", "20370120T120000",
                      "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "The AFC representative's Outlook iTIP REPLY (PARTSTAT=ACCEPTED, no comment) to the fortnightly under-5s triage "
        "sitting on Tue 20 Jan 11:30 booked for torbay_01 -> meeting_reply -> record_reply. Surname only -> no child.")

def torbay_08():
    f = "torbay_08.eml"; when = "2037-03-11 15:35:50"
    body = T("""
Dear MASH,

We are making a contact to MASH to ask for the Langdon family to be considered for a level 4 statutory response. The case is open to us at level 3 (EHM-788301).

The children are:
Tilly Langdon - 29.07.2027
Finley Langdon - 03.03.2031

New information since the last TAF: on Monday mum (Sian Langdon) told her worker that her partner, Jordan Heard, pushed her against the fridge on Saturday night in front of both children and took her phone so she couldn't ring anyone. It is the third incident she has told us about since Christmas. She does not want to report it to the police. Tilly has told school she "hates weekends". Jordan is staying at his mother's in Exeter this week for work, so we are not asking for anything today - but we and the team manager agree that this now needs to be considered for level 4.

Mum has given her consent for this contact and knows we are sharing this information with MASH.

Kind regards

Megan Soper
Family Practitioner | Brixham Early Help Team | Torbay Council
01632 960618
Authorised by: Paula Dart, Team Manager, Brixham Early Help - 11/03/2037

Sent from the Brixham Early Help Team shared mailbox

""") + BDISC
    top = outlook_top(f, addr("Brixham Early Help Team", "BrixhamEarlyHelp@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up from level 3 - Langdon - EHM-788301", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-788301"],
        [ch("Tilly Langdon", "2027-07-29", "29.07.2027"), ch("Finley Langdon", "2031-03-03", "03.03.2031")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "SHARED TEAM MAILBOX + 'AUTHORISED BY' IN THE SIGNATURE: sent from the Brixham Early Help Team inbox, signed by "
        "the family practitioner, whose signature block ends 'Authorised by: Paula Dart, Team Manager' (and 'we and the "
        "team manager agree') -> manager true; mum's consent stated -> true. CURRENT DOMESTIC ABUSE (pushed against the "
        "fridge on Saturday in front of the children, third incident since Christmas) -> domestic_abuse; not urgent: "
        "the partner is away this week and 'we are not asking for anything today'. Torbay step-up complete -> "
        "book_meeting.",
        not_children=["Sian Langdon", "Jordan Heard", "Megan Soper", "Paula Dart"])
# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(filename, family, signed_by, when_signed):
    return pdf_att(filename, "Consent to Early Help - Herefordshire Council", [
        "Family: %s" % family,
        "I agree to my family being stepped down to Early Help and to information being shared with the Early Help "
        "Co-ordinator team and the key person named in the plan.",
        "Signed: %s     Date: %s" % (signed_by, when_signed)])

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2037-02-11 08:14:03"
    body = T("""
Hello - I'm sending this to you because I know you're in early and the MASH line has a queue of twenty minutes.

I'm at Leominster Children's Centre. At 07:35 a dog walker, Mr Graham Tolley, brought in a little girl he found on the footpath behind the Ryelands estate. She was in pyjamas and wellies with no coat, and it is two degrees this morning. She gave her name as Sienna Pritchard and says she is six.

She says she couldn't wake her mummy up and her baby brother was crying, so she went to find Nanna, but she doesn't know where Nanna lives. She says her brother is still in his cot. She knows her house has a blue door "by the shop" but not the street.

I've rung 999 and given them everything we know; they are trying to find the address. Mr Tolley's spaniel, Bramble, has stayed next to her and she is calmer now and has had some toast. She isn't known to the centre.

I'll stay with her. Please could someone from MASH ring me on 01632 960734.

Carys Bevan
Family Support Worker | Leominster Children's Centre | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Bevan, Carys", "Carys.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Little girl brought in to the children's centre this morning - please ring me", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Sienna Pritchard")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, FLAT, BEFORE OFFICE HOURS (08:14), IN THE WRONG INBOX: a 6-year-old found outside in pyjamas at 2 "
        "degrees says her mother cannot be woken and her baby brother is alone in his cot; the address is unknown -> "
        "alert_duty (the out-of-hours service at 08:14), with none of 'urgent', 'immediate', 'risk', 'safeguarding', "
        "'danger', 'child protection'. A report that asks for no step -> kind other, missing []. The child is named only "
        "as 'She gave her name as Sienna Pritchard' (no DOB); the baby brother is unnamed; the dog walker Mr Graham "
        "Tolley, his spaniel Bramble and the worker are not children. Concern: neglect (young children without a "
        "functioning carer).",
        not_children=["Graham Tolley", "Bramble", "Carys Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2037-01-27 10:32:11"
    body = T("""
Hi Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for Holly Preece (DOB 04/09/2022), Mosaic 633018, and the consent form her parents signed last week. This is a level 3 step-down.

Key person: Mrs Angharad Lewis, Pastoral Manager at Wyebridge Academy, who agreed on 23/01/2037 to lead.

Some history, so that nobody is alarmed by what's on Mosaic. Holly took an overdose of paracetamol in June 2036 and was admitted to Hereford County Hospital overnight; she had been cutting her arms since the spring. She has been open to CAMHS since then, has a safety plan she wrote with them, and has not self-harmed since August - seven months now. Her CAMHS worker describes her as "much more settled" and she will stay open to CAMHS for now.

This is Holly's own mental health, not her parents'. Mum and dad (Donna and Mark Preece) are both well and have been fully involved throughout. The CIN plan was opened because of the self-harm and Holly's attendance, which fell to 62% last summer; it is 88% this term, and the plan keeps attendance support in place.

Thanks
Gethin

Gethin Price
Social Worker | Child in Need Team (Hereford City) | Herefordshire Council
01632 960812

""") + HDISC
    plan = docx_att("EHA step-down plan - Holly Preece.docx", [
        "# Early Help Assessment step-down plan", "Child: Holly Preece, 14. Mosaic 633018. Level 3.",
        "Key person: Angharad Lewis, Pastoral Manager, Wyebridge Academy.",
        "What needs to happen: weekly mentoring at school; attendance plan; CAMHS to continue; family to keep Holly's "
        "safety plan on the fridge; review at the next MAG.", "Outcome: Holly in school every day and feeling settled."])
    consent = consent_pdf("Signed consent form - Preece.pdf", "Preece", "Donna Preece, Mark Preece", "20/01/2037")
    top = outlook_top(f, addr("Price, Gethin", "Gethin.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Holly Preece - Mosaic 633018", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["633018"], [ch("Holly Preece", "2022-09-04", "04/09/2022")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - THE CHILD'S OWN SELF-HARM, HISTORIC AND MANAGED: an overdose and cutting in 2036, no self-harm for "
        "seven months, CAMHS safety plan -> not urgent. 'This is Holly's own mental health, not her parents'' -> no "
        "parental_mental_health (the contract has no id for a child's own mental health); attendance support stays in "
        "the plan -> school_attendance. Complete Herefordshire step-down: EHA step-down plan, signed consent form, key "
        "person with agency; level 3 stated -> book_meeting.",
        not_children=["Angharad Lewis", "Donna", "Mark Preece", "Gethin Price"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2037-03-19 14:44:09"
    body = T("""
Hello,

Step-down to Early Help at level 3 (Intensive) for Alfie Bufton (DOB 1st Dec 2030) and Poppy Bufton (DOB 9th Aug 2033), Mosaic 640211 / 640212. The EHA step-down plan and mum's signed consent form are attached.

Key person: still to be agreed - school have asked for a week to think about it, and I'll confirm as soon as they do.

Because the plan has a safety section that reads alarmingly out of context, a word on it. The children's father, Wayne Bufton, was sent to prison in 2035 for a serious assault on mum; there is a restraining order and his earliest release date is in 2039. The children have had no contact with him since 2034. Mum has been sober for fourteen months. The safety section is there because the family asked for a plan for "what if" - nothing in it is happening now:

- If Wayne is released early or tries to make contact, mum will ring 999 (there is a marker on the address) and tell the key person.
- If either child says that anyone has hurt them, school will contact MASH the same day.
- If mum starts drinking again, she will ring her sponsor and her sister will have the children.

What the step-down is for: Alfie's attendance (85%) and helping both children make sense of what happened, through the school's ELSA.

Thanks
Ffion

Ffion Jenkins
Social Worker | Child in Need Team (Leominster) | Herefordshire Council
01632 960851

""") + HDISC
    plan = docx_att("EHA step-down plan - Bufton.docx", [
        "# Early Help Assessment step-down plan - Bufton", "Level 3 (Intensive). Children: Alfie (6) and Poppy (3).",
        "What needs to happen: attendance plan for Alfie; ELSA sessions for both children; mum to continue with AA.",
        "Safety plan: see the covering email - contingencies only.", "Key person: to be confirmed."])
    consent = consent_pdf("Signed consent - Bufton.pdf", "Bufton", "Leanne Bufton", "17/03/2037")
    top = outlook_top(f, addr("Jenkins, Ffion", "Ffion.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down to Early Help - Bufton children - Mosaic 640211 / 640212", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["640211", "640212"],
        [ch("Alfie Bufton", "2030-12-01", "1st Dec 2030"), ch("Poppy Bufton", "2033-08-09", "9th Aug 2033")],
        ["school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS - HYPOTHETICAL AND HISTORIC: the safety section is a list of 'if' contingencies (the father released "
        "early, a child saying someone hurt them, mum drinking again) and the violence is a 2035 conviction with the "
        "father in prison until 2039 and no contact since 2034; mum sober fourteen months -> not urgent, no "
        "domestic_abuse or substance_misuse. Current: Alfie's attendance -> school_attendance. Level 3 stated; plan and "
        "signed consent attached; the key person 'still to be agreed' -> lead_practitioner missing -> request_info.",
        not_children=["Wayne Bufton", "Leanne Bufton", "Ffion Jenkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2037-03-02 11:02:44"
    body = T("""
Hi Early Help Co-ordinators,

Please find attached the EHA step-down plan and the signed consent for the Davies children (Mosaic 627740 / 627741). Level 3. The key person will be Mrs Lowri Bowen, Family Support Worker at Kington Family Centre, who has met the family and agreed.

A short chronology of the CIN work, so you have the context:
• 14/10/36 - First visit. Met Kieran Davies (10) and his sister Seren Davies (7) at their uncle's house in Kington; their uncle, Rhys Davies, has looked after them since their mum, Bethan Davies, went into residential rehab in September.
• 11/11/36 - CIN meeting: Rhys confirmed as kinship carer for the duration of mum's treatment; school attendance good for both children.
• 09/12/36 - Mum completed the residential programme and moved into supported housing in Hereford; supervised contact at the family centre twice a week.
• 20/01/37 - Mum moved into Rhys's house with the children, with community alcohol service support; 3 negative tests since.
• 24/02/37 - Final CIN review: everyone agreed the children's needs can now be met through Early Help at level 3.

Mum and Rhys both signed the consent form at the review.

Diolch / Thanks
Owain

Owain Hughes
Social Worker | Child in Need Team (Kington & Leominster) | Herefordshire Council
01632 960866

""") + HDISC
    plan = docx_att("EHA step-down plan - Davies.docx", [
        "# Early Help Assessment step-down plan - Davies", "Level 3. Key person: Lowri Bowen, Kington Family Centre.",
        "What needs to happen: mum to stay with the community alcohol service; Rhys to remain in the household while "
        "mum settles; family support worker weekly for 12 weeks; review at the next MAG.",
        "Outcome: the children living safely with mum, with Rhys's support."])
    consent = consent_pdf("Signed consent - Davies.pdf", "Davies", "Bethan Davies, Rhys Davies", "24/02/2037")
    top = outlook_top(f, addr("Hughes, Owain", "Owain.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Davies children - Mosaic 627740 / 627741", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["627740", "627741"], [ch("Kieran Davies"), ch("Seren Davies")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "CHILDREN NAMED ONLY IN A DATED BULLETED CHRONOLOGY ('Met Kieran Davies (10) and his sister Seren Davies (7)'), "
        "with three adults of the same surname who are not children: the uncle and kinship carer Rhys Davies, mum "
        "Bethan Davies, and the key person's team. Ages, no DOBs. Mum's recovery from alcohol dependency is what the "
        "plan supports -> substance_misuse. Complete Herefordshire step-down: plan, signed consent form, key person "
        "with agency; level 3 -> book_meeting.",
        not_children=["Rhys Davies", "Bethan Davies", "Lowri Bowen", "Owain Hughes"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2037-02-06 16:41:30"
    text = T("""
Hi both, I think the Gwilliam family needs stepping up to social care - mum not engaging at all since Christmas, Leo Gwilliam (8) has missed 20 days this term and home conditions are poor again. My TM (Nia) agrees.

What's the process? I can't find a Herefordshire step up form anywhere.

Becca

Sent from my iPhone
""")
    top = plain_top(f, addr("Tyler, Becca", "Becca.Tyler@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step up?", when, HDOM, None)
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "step_up", False, None, [], [ch("Leo Gwilliam")],
        ["neglect", "non_engagement", "school_attendance"], None, True, [], None, "human_review",
        "A TERSE iPHONE STEP-UP to Herefordshire, whose protocol defines no step_up -> human_review, and (no "
        "requirements for an undefined kind) missing [] and notice null. 'My TM (Nia) agrees' -> manager true; no "
        "consent wording -> null. Concerns: home conditions, non-engagement, 20 days missed.",
        not_children=["Nia", "Becca"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2037-03-25 09:20:15"
    ffion = "Jenkins, Ffion <Ffion.Jenkins@herefordshire.gov.uk>"
    subj = "[SB-herefordshire-144] Step-down request - still needed: key person - Bufton - Mosaic 640211 / 640212"
    ack = T("""
Thank you. Your step-down request has been logged as SB-herefordshire-144.

Children: Alfie Bufton (01/12/2030), Poppy Bufton (09/08/2033)
Case: 640211, 640212
Level: 3

Still needed:
- the details of the key person agreed with the family to lead on this step-down

Herefordshire Early Help Co-ordinators (automated message)
""")
    m2 = T("""
Hi Ffion,

Sorry for the wait - we've talked it through and Mrs Sian Parry, our Family Liaison Officer, will be the key person for Alfie and Poppy. She has met mum and is happy to take it on.

Best wishes
Rhian Watkins
Headteacher | Eardisley Brook Primary School
""")
    thread = chain([
        ("Rhian Watkins <head@eardisleybrook.example.sch.uk>", "24 March 2037 16:48", ffion,
         "Key person - Bufton", m2, None),
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "19 March 2037 14:46", ffion,
         subj, ack, None),
    ])
    body = T("""
Hi,

The key person for Alfie and Poppy is Mrs Sian Parry, Family Liaison Officer at Eardisley Brook Primary School - see the head's email below.

Ffion

Ffion Jenkins
Social Worker | Child in Need Team (Leominster) | Herefordshire Council
01632 960851

""") + HDISC + thread
    top = outlook_top(f, addr("Jenkins, Ffion", "Ffion.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: " + subj, when,
                      extra=[("In-Reply-To", "<SB-herefordshire-144.ack@herefordshire.gov.uk>"),
                             ("References", "<SB-herefordshire-144.ack@herefordshire.gov.uk>")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["640211", "640212"],
        [ch("Alfie Bufton", "2030-12-01", "01/12/2030"), ch("Poppy Bufton", "2033-08-09", "09/08/2033")],
        [], None, None, [], None, "attach_to_request",
        "Reply to [SB-herefordshire-144] (herefordshire_03's request) supplying the missing key person, with the "
        "school's confirmation and stepbot's acknowledgement quoted below in Outlook From:/Sent: blocks; children, DOBs "
        "and Mosaic ids from the quoted acknowledgement -> follow_up -> missing [] -> attach_to_request. Nothing about "
        "consent, a manager or a concern is stated here.",
        not_children=["Sian Parry", "Rhian Watkins", "Ffion Jenkins"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2037-03-16 08:55:40"
    data = itip_reply(f, when, "Jenkins, Ffion", "Ffion.Jenkins@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "DECLINED", "Step-down drop-in [SB-herefordshire-139]", "20370317T100000", "20370317T103000",
                      "Microsoft Teams Meeting",
                      comment="Sorry - I'm in court all day Tuesday. I'll send the plan through instead.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT, to a Tuesday-morning step-down drop-in slot -> "
        "meeting_reply -> record_reply.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2037-03-20 12:01:33"
    body = T("""
Thank you for your email. I am on leave until Monday 30 March.

If your message is about a child protection matter, please contact the Child in Need duty desk on 01632 960800, or the MASH. I will reply when I return.

Owain Hughes
Social Worker | Child in Need Team (Kington & Leominster)
""")
    data = ooo(f, when, "Hughes, Owain", "Owain.Hughes@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-131] Reminder: step-down to be completed within 10 working days - Davies", body)
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A social worker's Outlook out-of-office (Auto-Submitted: auto-replied) answering stepbot's own reminder "
        "([SB-herefordshire-131], the Davies step-down) -> auto_reply -> ignore, never answered (no loop); the 'child "
        "protection matter' line is boilerplate.",
        not_children=["Owain Hughes"])
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
# England & Wales bank holidays 2037 (weekdays, gov.uk pattern): New Year's Day Thursday 1 January; Good Friday 3 April
# and Easter Monday 6 April (Easter Sunday 5 April 2037); early May 4 May; spring 25 May; summer 31 August; Christmas
# Day Friday 25 December; Boxing Day (Saturday 26 December) substituted on Monday 28 December. NONE falls inside the
# window (5 January - 27 March), so every notice count here is a pure weekday count - the traps are weekends, the
# February half-term (a school holiday, not a bank holiday) and a date that moves within a reply chain.
# (Cross-checked against the `holidays` package.)
BANK_HOLIDAYS = {date(2037, 1, 1), date(2037, 4, 3), date(2037, 4, 6), date(2037, 5, 4), date(2037, 5, 25),
                 date(2037, 8, 31), date(2037, 12, 25), date(2037, 12, 28)}
WINDOW = (datetime(2037, 1, 5, tzinfo=LON), datetime(2037, 3, 27, 23, 59, 59, tzinfo=LON))
# BST starts at 01:00 UTC on the last Sunday of March: Sunday 29 March 2037, after the window -> GMT throughout.
BST_START = datetime(2037, 3, 29, 1, 0, 0, tzinfo=UTC)
def expected_offset(d):
    return "+0000" if d.astimezone(UTC) < BST_START else "+0100"

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


# ----------------------------------------------------------------------------- structural checks (helpers from mixed16 / mixed18)
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

# ----------------------------------------------------------------------------- structural checks for mixed19
SEP = "________________________________"
# the six words the brief names (and their inflections); at least four urgent mails must use none of them anywhere
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _blocks(msg):
    """The new text and each quoted Outlook block of a plain-text part, newest first."""
    return _plain(msg).split(SEP)

def _only_html(msg):
    return (not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                    if not p.is_multipart()) and "<td" in _html(msg))

def _cells(msg):
    return [html_text(c).strip() for c in re.findall(r"(?is)<td\b.*?</td>", _html(msg))]

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _iphone(msg):
    return "Sent from my iPhone" in _plain(msg) and msg.get_body(("plain",)).get_param("format") == "flowed"

def _gmail(msg, min_attr):
    p = _plain(msg)
    return (p.count(" wrote:") >= min_attr and any(l.startswith(">>") for l in p.splitlines())
            and 'class="gmail_quote' in _html(msg)
            and msg.get_body(("plain",))["Content-Transfer-Encoding"] == "base64")

def _k01(msg):
    b = _blocks(msg)
    now, m = _now("knowsley_01.eml"), META["knowsley_01.eml"]["meeting"]
    return (len(b) == 6 and "21" not in b[0] and "Wednesday" not in b[0] and "Wednesday 21st at 10am" in b[1]
            and "Wednesday 14 January at 10am" in b[3] and b[4].strip().endswith("Agreed - BW (TM)")
            and "03/05/2029" in b[5] and "03/05/2029" not in "".join(b[:5])
            and working_days(now, date(2037, 1, 14)) == 1 and m == date(2037, 1, 21) and working_days(now, m) == 6)

def _k02(msg):
    p = _plain(msg)
    bullets = [l for l in p.splitlines() if l.startswith("• ")]
    return (len(bullets) == 6 and bullets[-2].startswith("• 29/01/37 08:50 – Harvey Leckie arrived at school with")
            and p.count("Harvey Leckie") == 1 and "Leckie" not in str(msg["Subject"]) and "Tyson" in bullets[1]
            and _no_alarm(msg) and working_days(_now("knowsley_02.eml"), META["knowsley_02.eml"]["meeting"]) == 4)

def _k03(msg):
    c = _cells(msg)
    return (_only_html(msg) and msg.get_content_type() == "text/html"
            and all(x in c for x in ("Leonie Brennan-Hughes", "11/04/2025", "Finn Hughes", "ICS-1519044", "Claire Brennan"))
            and working_days(_now("knowsley_03.eml"), META["knowsley_03.eml"]["meeting"]) == 5)

def _k04(msg):
    p = _plain(msg); m = META["knowsley_04.eml"]["meeting"]
    return ("half term" in p and "strangled" in p and "That is history" in p and date(2037, 2, 16) <= m <= date(2037, 2, 20)
            and m not in BANK_HOLIDAYS and working_days(_now("knowsley_04.eml"), m) == 4)

def _k05(msg):
    p = _plain(msg)
    new = [l for l in p.split("Sent from my iPhone")[0].splitlines() if l.strip()]
    return _iphone(msg) and len(new) == 2 and "> Children: Oscar Flynn (14/12/2027)" in p

def _k06(msg):
    p = _plain(msg)
    return all(x in p for x in ('"Child K" (7)', '"Child L" (14)', "999", "immediate child protection concern"))

def _k07(msg):
    import io, docx
    csvp = _att(msg, lambda p: p.get_filename().endswith(".csv"))
    d = docx.Document(io.BytesIO(_docx(msg, "FF Step Up request")))
    paras = [x.text for x in d.paragraphs]
    i = paras.index("Agreement by line manager:")
    return (len(csvp) == 1 and csvp[0].get_content_type() == "text/csv" and "Kerry Tierney" in csvp[0].get_content()
            and "I agreed with my manager on the phone this morning that I would chase" in _plain(msg)
            and paras[i + 1] == "" and msg["From"].addresses[0].username == "FFKirkbyTeam"
            and working_days(_now("knowsley_07.eml"), META["knowsley_07.eml"]["meeting"]) == 5)

def _r01(msg):
    c = _cells(msg)
    return (_only_html(msg) and "Approved by" in c and any(x.startswith("Joanna Fenwick, Early Help Team Manager - approved") for x in c)
            and "Amara Okoro-Bell" in c and "15/10/2032" in c)

def _r02(msg):
    b = _blocks(msg)
    return (len(b) == 4 and "drove off" in b[3] and not any("drove off" in x or "alcohol" in x for x in b[:3])
            and "Mia Sandhu" in b[3] and _no_alarm(msg))

def _r03(msg):
    p = _plain(msg)
    return all(x in p for x in ("a boy called Jacob Whitlock", "mum agrees with every plan we suggest",
                                "I'll go through the step-down with her", "a Staffie called Bruno"))

def _r04(msg):
    b = _blocks(msg)
    return (len(b) == 4 and "she now agrees to the referral" in b[1] and "Lily came home at 07:20" in b[1]
            and "She said no" in b[3] and "reported her missing" in b[3])

def _r06(msg):
    d = email.utils.parsedate_to_datetime(msg["Date"])
    p = _plain(msg)
    return (d.hour >= 17 and "On 20 Jan 2037, at 10:52" in p and "> Children: Jacob Whitlock (08/06/2027)" in p
            and "Maisie Harman" not in p.split("On 20 Jan 2037")[0])

def _r08(msg):
    p = _plain(msg)
    return "Zofia Nowicka" in p and "Agnieszka Nowicka" in p and '"Hi Tolu, yes I am happy for early help' in p

def _t01(msg):
    r = " ".join(x.extract_text() for x in _pdf(msg, "MARF").pages)
    return (_iphone(msg) and "Manager not yet available" in _plain(msg) and "Manager name:\nDate:" in r.replace(" \n", "\n")
            and "Miah" not in _plain(msg).replace("Miah children", ""))

def _t02(msg):
    b = _blocks(msg)
    return (len(b) == 5 and "Rukhsana Ali" in b[1] and "Family Navigator | Tower Hamlets Early Help" in b[1]
            and "won't be able to be lead practitioner" in b[3] and "30/01/2030" in b[4]
            and "30/01/2030" not in "".join(b[:4]))

def _t03(msg):
    c = _cells(msg)
    return (_only_html(msg) and msg["From"].addresses[0].username == "PoplarFamilyHub" and _no_alarm(msg)
            and all(x in c for x in ("Maryam Karimi", "19/02/2026", "Zayd Karimi", "14/04/2036")))

def _t04(msg):
    p = _plain(msg)
    new = p.split(" wrote:")[0]
    return (_gmail(msg, 3) and _no_alarm(msg) and "withdrawing the consent" in p and "Rayyan Chowdhury" not in new
            and ">> Children: Rayyan Chowdhury (DOB 02/01/2035)" in p.replace(">>> ", ">> ") or False)

def _t05(msg):
    p = _plain(msg)
    return "When NOT to use step up" in p and "None of those apply to Daniel" in p and "999" in p

def _t08(msg):
    p = _plain(msg)
    return all(x in p for x in ("a boy called Tahmid Uddin", "the family's cat, Simba", "His paternal uncle, Mr Jamal Uddin"))

def _b01(msg):
    c = _cells(msg)
    return (_only_html(msg) and "Agreed - Rebecca Sayer, Team Manager, 13/01/2037" in c and "Ivy-Rose Pascoe" in c
            and (_now("torbay_01.eml") - date(2033, 9, 18)).days < 5 * 365.25)

def _b03(msg):
    csvp = _att(msg, lambda p: p.get_filename().endswith(".csv"))
    return (len(csvp) == 1 and csvp[0].get_payload(decode=True).startswith(b"\xef\xbb\xbf")
            and "congenital dermal melanocytosis" in _plain(msg) and "hasn't done her analysis yet" in _plain(msg))

def _b04(msg):
    p = _plain(msg)
    new = p.split(" wrote:")[0]
    return (_gmail(msg, 2) and _no_alarm(msg) and "agreed" not in new.lower().replace("manager's agreement", "")
            and "> Dan - agreed, this needs to go to MASH" in p and "signed the consent" in p.split(" wrote:", 2)[2])

def _b05(msg):
    p = _plain(msg)
    return "Not about a live case!" in p and "Hypothetically" in p

def _b06(msg):
    b = _blocks(msg)
    return len(b) == 4 and b[1].strip().endswith("Agreed - threshold for L3 met. CM (TM)") and "Archie Sparkes" in b[3]

def _b08(msg):
    p = _plain(msg)
    return ("\nAuthorised by: Paula Dart, Team Manager" in p and msg["From"].addresses[0].username == "BrixhamEarlyHelp")

def _h01(msg):
    d = email.utils.parsedate_to_datetime(msg["Date"])
    p = _plain(msg)
    return d.hour < 9 and "She gave her name as Sienna Pritchard" in p and "spaniel, Bramble" in p and _no_alarm(msg)

def _h02(msg):
    p = _plain(msg)
    return "This is Holly's own mental health, not her parents'" in p and "overdose" in p and "since August" in p

def _h03(msg):
    p = _plain(msg)
    return len([l for l in p.splitlines() if l.startswith("- If ")]) == 3 and "still to be agreed" in p

def _h04(msg):
    p = _plain(msg)
    lines = p.splitlines()
    carrying = [l for l in lines if "Kieran Davies" in l or "Seren Davies" in l]
    return len(carrying) == 1 and carrying[0].startswith("• 14/10/36 - First visit. Met Kieran Davies (10)")

def _h06(msg):
    b = _blocks(msg)
    return len(b) == 3 and "Sian Parry" in b[1] and "> " not in b[0] and "Alfie Bufton (01/12/2030)" in b[2]

CUSTOM = [
    ("knowsley_01.eml", "five-deep chain; date moves 14th -> 21st; top text names no date; agreement one line", _k01),
    ("knowsley_02.eml", "six-bullet chronology, child named in full only in 'arrived at school with'; no alarm words; 4 WD", _k02),
    ("knowsley_03.eml", "HTML-only; children, DOBs, ids, adults in <td> cells; exactly 5 WD", _k03),
    ("knowsley_04.eml", "historic DA named as history; meeting in half term; 4 WD", _k04),
    ("knowsley_05.eml", "two-line iPhone follow-up (format=flowed) over the quoted ack", _k05),
    ("knowsley_06.eml", "training case studies with pseudonymised children", _k06),
    ("knowsley_07.eml", "shared team mailbox; text/csv household export; phone-chase false friend; blank form sign-off", _k07),
    ("richmond_wandsworth_01.eml", "HTML-only; approval as a table row; children in cells", _r01),
    ("richmond_wandsworth_02.eml", "risk only in the deepest of four blocks; no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "'a boy called'; pet; 'mum agrees with every plan we suggest'", _r03),
    ("richmond_wandsworth_04.eml", "missing last night, home this morning; consent no -> yes in the chain", _r04),
    ("richmond_wandsworth_06.eml", "after 17:00; iOS 'On ... wrote:' with the ack quoted", _r06),
    ("richmond_wandsworth_08.eml", "NowickA mother and daughter; consent as a pasted text message", _r08),
    ("tower_hamlets_01.eml", "iPhone; 'Manager not yet available'; MARF authorisation blank", _t01),
    ("tower_hamlets_02.eml", "five blocks; the lead practitioner changes; current one newest", _t02),
    ("tower_hamlets_03.eml", "HTML-only from a shared hub mailbox; children in cells; no alarm words", _t03),
    ("tower_hamlets_04.eml", "Gmail chain (3 attributions, '>>'); consent withdrawn; no alarm words", _t04),
    ("tower_hamlets_05.eml", "pasted list of example concerns followed by 'None of those apply'", _t05),
    ("tower_hamlets_08.eml", "'a boy called'; pet; uncle", _t08),
    ("torbay_01.eml", "HTML-only; manager agreement as a checklist cell; a child under 5", _b01),
    ("torbay_02.eml", "terse iPhone mail", _iphone),
    ("torbay_03.eml", "text/csv with BOM; ruled-out marks; TM analysis not done", _b03),
    ("torbay_04.eml", "Gmail chain; agreement and consent only in the quoted part; no alarm words", _b04),
    ("torbay_05.eml", "hypothetical scenarios, not a live case", _b05),
    ("torbay_06.eml", "forwarded one-line agreement inside a three-deep chain", _b06),
    ("torbay_08.eml", "shared team mailbox; 'Authorised by:' signature line", _b08),
    ("herefordshire_01.eml", "'gave her name as'; a named dog; before 09:00; no alarm words", _h01),
    ("herefordshire_02.eml", "child's own historic self-harm, not the parents'", _h02),
    ("herefordshire_03.eml", "three hypothetical 'If' lines; key person still to be agreed", _h03),
    ("herefordshire_04.eml", "children named only in one chronology bullet", _h04),
    ("herefordshire_05.eml", "terse iPhone mail", _iphone),
    ("herefordshire_06.eml", "three blocks: new text, school's confirmation, quoted ack", _h06),
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
    """Whole-set checks: the bank-holiday list against the `holidays` package (required), no bank holiday in the
    window, GMT throughout (BST starts on the last Sunday of March, after the window), at least four urgent mails with
    no alarm word anywhere, children in order of first full-name appearance."""
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    ref = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=2037) if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = [d for d in BANK_HOLIDAYS | ref if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: a bank holiday falls inside the window: %s" % inside)
    last_sun = max(date(2037, 3, d) for d in range(25, 32) if date(2037, 3, d).weekday() == 6)
    if BST_START.date() != last_sun or BST_START <= WINDOW[1]:
        errors.append("set: BST must start on the last Sunday of March 2037, after the window (%s)" % last_sun)
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(0):
            errors.append("set: %s is not GMT" % d)
        d += timedelta(days=1)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        errors.append("set: the window must run Monday to Friday")
    quiet = []
    for lab in LABELS:
        f = lab["file"]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        if not msg["Date"].strip().endswith("+0000"):
            errors.append("%s: Date is not +0000" % f)
        text = readable(msg)
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is None:
                continue
            span = mc["_as"] or c["name"]
            pos.append(text.find(span))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    if len(quiet) < 4:
        errors.append("set: only %d urgent mails avoid every alarm word (need 4): %s" % (len(quiet), quiet))
    QUIET[:] = quiet
    return errors

QUIET = []

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
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET]
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
