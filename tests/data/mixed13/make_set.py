#!/usr/bin/env python3
"""mixed13: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in writers' styles and situations earlier sets lack (an agency worker's first step-up, speech-to-text dictation, a
manager writing for an absent worker, a request held in a Teams invitation's description, Outlook Safe Links,
signatures longer than the message with inline images, kinship care and special guardianship, a disabled child whose
needs dominate, young carers, a teenager in custody, a family that moved between two of the councils, numbers
spelled out, chronology tables, tick-box consent, risk told only in the subject or the last line, and a child's own
message forwarded by her teacher).

Window: Thursday 21 August - Friday 28 November 2031. The summer bank holiday (Monday 25 August 2031) falls inside
it and one Knowsley notice count crosses it; British Summer Time ends on Sunday 26 October 2031, so Date headers
before it are +0100 and after it +0000, and one Knowsley notice count crosses the clock change.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and python-docx are used
only by the self-checks, to read back the hand-built PDFs and .docx files). The helpers (MIME assembly, Word HTML,
PDF, .docx, RTF, iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed12/make_set.py and adapted (window, bank holidays, BST end, an iTIP REQUEST builder with
attachments, a Google Calendar REPLY, multipart/related with hand-built PNGs, a delivery receipt, DOBs written in
words). Every label was set by hand; the self-checks at the end only verify them against the specification's rules
and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time: BST (+0100) until Sunday 26 October 2031 01:00 UTC, GMT (+0000) after."""
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

# -- RTF (WordPad / export style) ------------------------------------------------------------
def rtf_esc(s):
    out = []
    for chh in s:
        o = ord(chh)
        if chh in "\\{}":
            out.append("\\" + chh)
        elif chh == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(chh)
        else:
            try:
                out.append("\\'%02x" % chh.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def make_rtf(blocks, generator="Riched20 10.0.22621"):
    """blocks: ('h', text) | ('p', text) | ('table', rows, [twips widths])."""
    s = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fswiss\\fprq2\\fcharset0 Arial;}"
         "{\\f1\\fnil\\fcharset0 Calibri;}}\r\n{\\colortbl ;\\red31\\green56\\blue100;}\r\n"
         "{\\*\\generator %s;}\\viewkind4\\uc1 \r\n" % generator]
    for b in blocks:
        if b[0] == "h":
            s.append("\\pard\\sa160\\sl252\\slmult1\\cf1\\b\\f0\\fs24 %s\\cf0\\b0\\fs20\\par\r\n" % rtf_esc(b[1]))
        elif b[0] == "p":
            s.append("\\pard\\sa120\\f0\\fs20 %s\\par\r\n" % rtf_esc(b[1]))
        elif b[0] == "table":
            rows, widths = b[1], b[2]
            for r in rows:
                x, cellx = 0, ""
                for w in widths:
                    x += w
                    cellx += "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % x
                s.append("\\trowd\\trgaph108\\trleft0%s\r\n\\pard\\intbl\\f0\\fs20 %s\\row\r\n"
                         % (cellx, "".join("%s\\cell " % rtf_esc(c) for c in r)))
            s.append("\\pard\\par\r\n")
    s.append("}\r\n")
    data = "".join(s)
    data.encode("ascii")
    return data.encode("ascii")

RTF_DEST = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "generator",
            "listtable", "listoverridetable", "rsidtbl", "xmlnstbl", "themedata", "latentstyles"}
RTF_SPECIAL = {"par": "\n", "line": "\n", "cell": " | ", "row": "\n", "tab": "\t", "emdash": "\u2014",
               "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
               "rdblquote": "\u201d", "bullet": "\u2022", "sect": "\n", "page": "\n"}
RTF_TOKEN = re.compile(r"\\([a-z]{1,32})(-?\d{1,10})?[ ]?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|[\r\n]+|(.)", re.I)

def rtf_to_text(data):
    """Minimal RTF reader for the self-checks (the usual striprtf algorithm)."""
    stack, ignorable, ucskip, curskip, out = [], False, 1, 0, []
    for m in RTF_TOKEN.finditer(data.decode("ascii")):
        word, arg, hexc, chr_, brace, tchar = m.groups()
        if brace:
            curskip = 0
            if brace == "{":
                stack.append((ucskip, ignorable))
            else:
                ucskip, ignorable = stack.pop()
        elif chr_:
            curskip = 0
            if chr_ == "*":
                ignorable = True
            elif not ignorable and chr_ in "{}\\":
                out.append(chr_)
            elif not ignorable and chr_ == "~":
                out.append("\xa0")
        elif word:
            curskip = 0
            if word in RTF_DEST:
                ignorable = True
            elif ignorable:
                pass
            elif word in RTF_SPECIAL:
                out.append(RTF_SPECIAL[word])
            elif word == "uc":
                ucskip = int(arg)
            elif word == "u":
                c = int(arg)
                out.append(chr(c + 65536 if c < 0 else c))
                curskip = ucskip
        elif hexc:
            if curskip > 0:
                curskip -= 1
            elif not ignorable:
                out.append(bytes([int(hexc, 16)]).decode("cp1252"))
        elif tchar:
            if curskip > 0:
                curskip -= 1
            elif not ignorable:
                out.append(tchar)
    return "".join(out)

# -- TNEF (winmail.dat) with a plain-text attBody --------------------------------------------
def make_tnef(fname, subject, body, when):
    def attr(level, attid, data):
        return (bytes([level]) + struct.pack("<I", attid) + struct.pack("<I", len(data)) + data
                + struct.pack("<H", sum(data) & 0xFFFF))
    d = dt(when).astimezone(UTC)
    out = struct.pack("<I", 0x223E9F78) + struct.pack("<H", int(sha(fname, "tnef")[:4], 16))
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))                      # attTnefVersion
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))                          # attOemCodepage
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")                      # attMessageClass
    out += attr(1, 0x00018004, subject.encode("cp1252") + b"\x00")                   # attSubject
    out += attr(1, 0x00038005, struct.pack("<7H", d.year, d.month, d.day, d.hour, d.minute, d.second,
                                            (d.weekday() + 1) % 7))                  # attDateSent
    out += attr(1, 0x0002800C, body.replace("\n", "\r\n").encode("cp1252") + b"\x00")  # attBody
    return out

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
            zi = zipfile.ZipInfo(name, date_time=(2031, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))
def rtf_att(filename, blocks):
    return binary_part("application/rtf", filename, make_rtf(blocks))

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

def mdn(f, when, frm, to, orig_to, orig_subject, orig_sent, read_at, final_rcpt, orig_mid):
    """An Exchange read receipt: multipart/report; report-type=disposition-notification (RFC 8098)."""
    human = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n"
             % (orig_to, orig_subject, orig_sent, read_at))
    dn = ("Reporting-UA: LO2P265MB3317.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server\n"
          "Final-Recipient: rfc822;%s\n"
          "Original-Message-ID: %s\n"
          "Disposition: automatic-action/MDN-sent-automatically; displayed\n" % (final_rcpt, orig_mid))
    root = multipart("report", [text_part(human, crlf=True),
                                Part([("Content-Type", "message/disposition-notification")], dn)],
                     bnd(f, 1), params="; report-type=disposition-notification")
    top = outlook_top(f, frm, to, "Read: " + orig_subject, when,
                      extra=[("X-MS-Exchange-Organization-SCL", "-1")])
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    return build(top, root, True)


# ----------------------------------------------------------------------------- helpers added for mixed13
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

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2031-08-22 13:46:10"
    body = T("""
Hi MASH team,

I'm an agency Family First case manager - I started in Knowsley three weeks ago (I've come from Sefton, where we did step ups on a different form), so this is my first step up here. Apologies in advance if I've got the format wrong - just tell me and I'll put it right.

I couldn't get the Word version of the Appendix 1 form to open on the agency laptop (no Word on it yet!), so I've copied the form into this email below. The minutes of the last TAF are attached as a PDF.

FF Step Up Request to CSC (Appendix 1)

Case ID on EHM: 90417
Children: Jaxon Whitfield, DOB 17/03/2018; Poppy-Rae Whitfield, DOB 05/12/2021
Parent/carer: Gemma Whitfield (mum). Dad, Ryan Whitfield, lives in Warrington and has had no contact for two years.
Date of step up TAF meeting: Friday 29th August, 10am, Kirkby Family Hub
Recent TAF meeting minutes attached: yes (TAF on 7 August)

What are we worried about?
Mum has cancelled or not been in for 6 of the last 8 planned home visits and did not come to the last two TAF meetings. When I do get in she says she is "fine" and doesn't need us. Jaxon's attendance last year was 71% with 14 late marks, and school have not been able to get mum in for an attendance meeting since May.

What is working well?
When I have seen the children they are clean, well dressed and happy, and the flat is warm. Poppy-Rae is doing well at Woolfall Brook nursery and her key worker has no worries about her.

What needs to happen?
Step up to CSC for a Child and Family Assessment so that mum's engagement can be looked at properly and a plan agreed with her for Jaxon's attendance.

Management oversight: discussed with my TM, Dawn Aspinall, on 20/08/2031 - she agrees with the step up and has recorded it on EHM.

A couple of questions, sorry:
- In Sefton we used a "levels of engagement" tool for non-engagement. Someone here mentioned an "Engaging Families toolkit" - I haven't done one because I don't know what it is. Is it needed? If so, could someone send me a copy?
- Mum knows I'm making this request. I haven't asked her to consent to it - I wasn't sure whether that's needed for a step up in Knowsley.

The TAF is a week today, which I hope is enough notice. The calendar invite has gone to the MASH inbox and MASH business support.

Thanks,
Kerry-Ann

Kerry-Ann Baptiste
Family First Case Manager (Agency - via Northpoint Social Care Recruitment)
Kirkby | Knowsley Council
07700 900518
""")
    taf = pdf_att("TAF minutes 07.08.31 - Whitfield.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Whitfield    Date: 07/08/2031    Venue: Kirkby Family Hub",
        "Present: Kerry-Ann Baptiste (Family First), school attendance officer, nursery key worker.",
        "Apologies: none received from mum, who did not attend.",
        "1. Attendance: Jaxon 71% for 2030/31; no contact from mum since May.",
        "2. Home visits: 6 of the last 8 cancelled or no answer.",
        "3. Action: case manager to discuss step up to CSC with TM."])
    top = outlook_top(f, addr("Baptiste, Kerry-Ann (Agency)", "KerryAnn.Baptiste@" + KDOM),
                      addr("Knowsley MASH", KMASH),
                      "Step up request - Whitfield family - my first one, please bear with me!", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [taf], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["90417"],
        [ch("Jaxon Whitfield", "2018-03-17", "17/03/2018"), ch("Poppy-Rae Whitfield", "2021-12-05", "05/12/2021")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], False, "request_info",
        "An AGENCY case manager's first Knowsley step-up, apologising for the format: the Appendix 1 form is pasted "
        "into the body under its own heading (meets step_up_form), TAF minutes attached, 'Case ID on EHM: 90417' -> "
        "'90417', TM Dawn Aspinall 'agrees' -> manager true; 'Mum knows ... I haven't asked her to consent' -> "
        "consent null. Cancelled visits and missed TAFs = non_engagement, so the Engaging Families toolkit is "
        "required - she says she has not done it -> engaging_families missing. Notice: sent Fri 22 Aug 2031, TAF "
        "Fri 29 Aug; Monday 25 August is the summer bank holiday, so 26, 27, 28, 29 = 4 WD < 5 -> not ok ('a week "
        "today' is a plain weekday count of 5) -> request_info.",
        meeting=date(2031, 8, 29),
        not_children=["Gemma Whitfield", "Ryan Whitfield", "Dawn Aspinall", "Kerry-Ann Baptiste"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2031-09-02 12:18:33"
    body = T("""
Hi Family First duty,

Just to let you know I'm stepping Mia Doran and Tommy Doran down to level to at the final sin meeting next week. Mia's date of birth is 4th of June 2018 and Tommy's date of birth is 2nd of the 10th 2027. ICS numbers 1533028 and 1533029.

The final sin meeting is on Tuesday the 9th of September at 2 PM at Halewood family hub in the bored room upstairs.

The new lead practitioner will be Mrs Carol Yates who is the learning mentor at saint Aidan's primary school. She has said she's happy to take it on and she will be at the meeting.

What are we worried about. Mum's drinking is a lot better but she still has the odd relapse at weekends and Mia's attendance is 89% which school want to get up.

What's working well. Dad Sean Doran moved back in at Easter and has been a real support, the house is clean and warm and both kids are happy and well looked after. Mum goes to the rap around recovery group every Thursday.

What needs to happen. School to chair a tough meeting within 6 weeks, Tommy to start his nursery place at Little Acorns after half term, and mum to keep going to the recovery group with dad.

Mum and dad are both happy with the step down, they said so at the last sin review.

Thanks

Danny

Danny Fogarty
Social Worker, CIN Team 2
Knowsley Children's Social Care
Dictated on my phone so apologies for any odd words
""")
    top = plain_top(f, addr("Danny Fogarty", "Danny.Fogarty@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Doran - final CIN Tues 9th Sept", when, KDOM, None,
                    extra=[("X-Mailer", "Samsung Mail")])
    add(f, mail(f, top, body, html_alt=True, crlf=False, cte="base64"), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["1533028", "1533029"],
        [ch("Mia Doran", "2018-06-04", "4th of June 2018"), ch("Tommy Doran", "2027-10-02", "2nd of the 10th 2027")],
        ["school_attendance", "substance_misuse"], True, None, [], True, "book_meeting",
        "A Level 2 step-down DICTATED on a phone, with speech-to-text slips left in: 'level to' (= level 2; the "
        "subject says 'L2'), 'sin meeting' (= CIN meeting), 'bored room', 'rap around', 'tough meeting' (= TAF "
        "meeting); the Signs of Safety headings are spoken ('What are we worried about.' ... 'What needs to "
        "happen.') and all three are answered. Date, time and venue of the final CIN (Tue 9 Sept, 2 PM, Halewood "
        "Family Hub) and a named lead practitioner with her agency (Mrs Carol Yates, learning mentor at St "
        "Aidan's primary) -> nothing missing. DOBs as dictated: '4th of June 2018', '2nd of the 10th 2027' (2 "
        "October 2027). 'ICS numbers 1533028 and 1533029' -> both. Notice: Tue 2 Sep -> Tue 9 Sep = 3, 4, 5, 8, 9 "
        "= exactly 5 WD -> ok -> book_meeting. Mum's weekend relapses = substance_misuse; 89% = "
        "school_attendance. Parents 'happy with the step down' -> consent true (not a Level 2 requirement).",
        meeting=date(2031, 9, 9), not_children=["Sean Doran", "Carol Yates", "Danny Fogarty"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2031-11-04 09:07:41"
    body = T("""
Dear MASH team,

I'm Head of Year 7 at Cronton Park Academy. At 07:48 this morning one of my Year 7 pupils, Lily Hannaway (DOB 14/02/2020), sent me the message below through SchoolPing, the app we use for homework messages. She hasn't arrived at school, and her brother Mason Hannaway, who is in Year 3 at Cronton Park Primary, isn't in either - I've checked with the primary office.

I've copied her message exactly as she wrote it:

------------------------------------------------------------
SchoolPing message - from: Lily Hannaway (7H) - to: Mr O Garside - 07:48
sir its lily. me and mason are not coming in today mums boyfriend wont let us. he hit mason with the dogs lead last nite cos he wet the bed again and theres blood on his back through his tshirt. he said if we go school and tell anyone hes going to do it to me to. mum went work at 6. hes on the sofa. please dont ring mum she will get in trouble with him
------------------------------------------------------------

I haven't replied to Lily because I don't know whether he can see her phone, and I don't know the boyfriend's name. Our DSL, Mrs Banerjee, is on a course today, so I'm sending this straight to you and ringing your duty line as well. The family are open to Family First - their case manager is Nicola Rowan, who I've copied in.

My direct line is 0151 496 0628.

Owen Garside
Head of Year 7
Cronton Park Academy
""")
    top = plain_top(f, addr("Owen Garside", "o.garside@cronton-park.example.sch.uk"), addr("Knowsley MASH", KMASH),
                    "Lily Hannaway Y7 - message from her this morning", when, "mail.gmail.example.com", None,
                    cc=addr("Nicola Rowan", "Nicola.Rowan@" + KDOM))
    t = text_part(body)
    h = text_part(html_of(body, font="Arial"), "html")
    root = multipart("alternative", [t, h], gbnd(f, 1))
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Lily Hannaway", "2020-02-14", "14/02/2020"), ch("Mason Hannaway")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, told in a CHILD'S OWN MESSAGE forwarded by her Head of Year: an 11-year-old writes at 07:48 that "
        "mum's boyfriend hit her brother with the dog's lead last night ('theres blood on his back'), has kept both "
        "children home and threatened to 'do it to me to' if they tell; mum is at work and the boyfriend is in the "
        "house with them now -> immediate risk -> alert_duty. A teacher who asks for no step is not a step request "
        "-> other. Children Lily Hannaway (DOB 14/02/2020) and Mason Hannaway (named in full by the teacher, no "
        "DOB); concern physical_harm. No case id (open to Family First, none written).",
        not_children=["Owen Garside", "Nicola Rowan"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2031-10-23 10:35:02"
    blocks = [
        "Dear Family First duty,",
        "",
        "Following the review child protection conference on 16 October, the child protection plans for Ava and "
        "Freddie ended and the plan is to {{step down to Family First at Level 3}}. Mum, Hayley Kinsella, consented "
        "to the referral to Family First at the conference and signed the consent form the same day.",
        "",
        ("table", [["Child", "Date of birth", "ICS ID"],
                   ["Ava Kinsella", "09/05/2026", "1488120"],
                   ["Freddie Kinsella", "21/01/2029", "1488121"]]),
        "",
        "{{Joint home visit:}} Thursday 30 October 2031 at 10:00, at the family home (14 Sandringham Walk, "
        "Stockbridge Village), with the Family First case manager.",
        "",
        "Because the history is serious and you will see it in the file, I've summarised it here so that nobody is "
        "alarmed by the words in the records. All of it is in the past and was dealt with at the time:",
        "",
        ("table", [["Date", "Event"],
                   ["03/2029", "Freddie (8 weeks) admitted to Alder Hey with a skull fracture and three rib "
                               "fractures. CP medical: non-accidental. Police protection; both children placed "
                               "with their maternal grandmother."],
                   ["04/2029", "Father, Connor Lacey, arrested and charged."],
                   ["06/2029", "ICPC - both children made subject to CP plans (physical abuse)."],
                   ["02/2030", "Connor Lacey convicted of causing grievous bodily harm with intent and sentenced "
                               "to 11 years. Restraining order: no contact with mum or the children, for life."],
                   ["09/2030", "Children returned to mum's care after a positive parenting assessment; CP plans "
                               "continued."],
                   ["10/2031", "RCPC: CP plans ended. No contact from Connor Lacey since 04/2029. The victim "
                               "contact scheme will tell mum before any release, which cannot be before 2036."]]),
        "",
        ("h", "What are we worried about?"),
        "Mum's anxiety - she still has panic attacks, is on sertraline from her GP and is on the waiting list for "
        "trauma-focused therapy. She can become isolated over the winter.",
        "",
        ("h", "What is working well?"),
        "The children have been in mum's care for over a year with no incidents at all. Both are thriving: Ava has "
        "settled well in Year 1 and Freddie is meeting his milestones. Their grandmother, Pauline Kinsella, "
        "lives two streets away and sees them every day.",
        "",
        ("h", "What needs to happen?"),
        "A Family First case manager to support mum with her anxiety and to link her with the parents' group at "
        "the family hub; Freddie to take up his funded nursery place in January; first TAF review in six weeks.",
        "",
        "Kind regards,",
        "Bethan",
        "",
        "Bethan Ormerod",
        "Social Worker | Child Protection & CIN Team (Kirkby) | Knowsley Children's Social Care",
    ]
    top = outlook_top(f, addr("Ormerod, Bethan", "Bethan.Ormerod@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Kinsella children - joint home visit Thurs 30/10", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1488120", "1488121"],
        [ch("Ava Kinsella", "2026-05-09", "09/05/2026"), ch("Freddie Kinsella", "2029-01-21", "21/01/2029")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "NEAR MISS: a CHRONOLOGY TABLE of serious past harm - a baby's skull and rib fractures, non-accidental, "
        "police protection, CP plans - all of it 2029-2030 and dealt with: the father convicted and imprisoned "
        "(no release before 2036), a lifelong restraining order, the children home with mum for over a year with no "
        "incident, CP plans ended at the RCPC -> not urgent, and no physical_harm (historic). Current worry: mum's "
        "anxiety = parental_mental_health. A complete Level 3 step-down in Word HTML: joint home visit date, time "
        "and venue (the family home), all three Signs of Safety headings, consent given. Notice: sent Thu 23 Oct "
        "2031 (BST) for Thu 30 Oct (GMT, after the clock change): 24, 27, 28, 29, 30 = exactly 5 WD -> ok -> "
        "book_meeting. 'ICS ID' column -> the digits.",
        meeting=date(2031, 10, 30),
        not_children=["Hayley Kinsella", "Connor Lacey", "Pauline Kinsella", "Bethan Ormerod"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2031-11-13 16:40:27"
    teams = T("""
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.example.com/l/meetup-join/19%3ameeting_kn0wsley5tepup%40thread.v2/0>
Meeting ID: 381 552 904 117
Passcode: Zq7fH3
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________
""")
    desc = T("""
Step up TAF meeting - Sullivan family - EHM-92260

Please find attached to this invite the FF Step Up Request form (Appendix 1), the minutes of the last TAF and the Merseyside Exploitation Assessment.

Children: Callum Sullivan, DOB 28/07/2016, and his sister Keeley Sullivan, DOB 11/11/2019. They live with mum, Jodie Sullivan, in Halewood.

Why: Callum has been missing overnight three times since the start of September and was found twice in Liverpool city centre with older males. He has new clothes, two phones and cash he can't explain, and Merseyside Police have shared intelligence linking him to a county line. The exploitation assessment (attached) scores him as high risk. He has been home every night since 2 November and mum is keeping him close, but the TAF has not been able to reduce the risk at Level 3.

Mum knows about the step up and is coming to the meeting.

My TM, Marcus Wainwright, has agreed the step up (EHM case note 12/11/2031).

MASH - sorry this is less notice than usual. I was waiting for the exploitation assessment to come back from police and didn't want to send the invite without it. It's 6 days away so I hope that's OK.

Gareth Rees
Family First Case Manager | Halewood | Knowsley Council
""")
    desc_full = desc + "\n" + teams
    desc_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div>%s</div></body></html>\n"
                 % "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>")
                           for p in desc_full.split("\n\n")))
    cal = ics("REQUEST", f, dt(when), "20311119T133000", "20311119T150000",
              "Step up TAF meeting - Sullivan family (EHM-92260)", "Microsoft Teams Meeting", desc_full,
              ("Rees, Gareth", "Gareth.Rees@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Joanne Brennan", "j.brennan@halewood-academy.example.sch.uk", "OPT-PARTICIPANT", "NEEDS-ACTION")],
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                     "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                     "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example.com/l/meetup-join/19%3ameeting_kn0wsley"
                     "5tepup%40thread.v2/0",
                     "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                     "END:VALARM"])
    form = docx_att("FF Step Up Request - Sullivan.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-92260",
        "Date of step up TAF meeting: 19/11/2031 13:30, Microsoft Teams",
        "Recent TAF meeting minutes attached: Yes (30/10/2031)",
        "Merseyside Exploitation Assessment: completed 11/11/2031 with Merseyside Police - attached"], [
        [["Child", "Date of birth"], ["Callum Sullivan", "28/07/2016"], ["Keeley Sullivan", "11/11/2019"]],
        [["What are we worried about?", "Three overnight missing episodes since September; found with older males in "
          "Liverpool city centre; unexplained phones, clothes and cash; police intelligence of county lines "
          "involvement."],
         ["What is working well?", "Mum reports every missing episode and works with the case manager; Keeley is "
          "settled at school."],
         ["What needs to happen?", "Step up to CSC; strategy discussion and a Child and Family Assessment."],
         ["Management oversight", "Discussed with TM Marcus Wainwright 12/11/2031 - agreed."]]])
    taf = pdf_att("TAF minutes 30.10.31 - Sullivan.pdf", "TAF REVIEW MINUTES - SULLIVAN", [
        "Date: 30/10/2031. Venue: Halewood Family Hub.",
        "Present: mum, Gareth Rees (Family First), school DSL, youth worker.",
        "Third missing episode discussed. Exploitation assessment requested from Merseyside Police.",
        "Action: case manager to discuss step up with TM."])
    mea = pdf_att("Merseyside Exploitation Assessment - C Sullivan.pdf", "MERSEYSIDE EXPLOITATION ASSESSMENT", [
        "Young person: Callum Sullivan    DOB: 28/07/2016",
        "Completed: 11/11/2031 by Gareth Rees with Merseyside Police",
        "Indicators: missing episodes (3); older associates; unexplained items and money; county lines intelligence.",
        "Overall risk: HIGH (criminal exploitation)."])
    top = outlook_top(f, addr("Rees, Gareth", "Gareth.Rees@" + KDOM),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)]),
                      "Step up TAF meeting - Sullivan family (EHM-92260)", when,
                      cc=addr("Joanne Brennan", "j.brennan@halewood-academy.example.sch.uk"),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    top = [(k, v) for k, v in top if k != "X-MS-Has-Attach"] + [("X-MS-Has-Attach", "yes")]
    add(f, itip_request_mail(f, top, desc_full, desc_html, cal, [form, taf, mea]), "knowsley", "mash_step_up",
        when, 6, "ordinary", "step_up", False, None, ["EHM-92260"],
        [ch("Callum Sullivan", "2016-07-28", "28/07/2016"), ch("Keeley Sullivan", "2019-11-11", "11/11/2019")],
        ["exploitation", "missing"], None, True, [], False, "request_info",
        "The step-up arrives as the case manager's own Teams MEETING INVITATION (iTIP METHOD:REQUEST, Content-Class "
        "calendarmessage), as the Knowsley protocol asks: the request is in the invitation's DESCRIPTION (text, "
        "HTML and the calendar part) above the Teams join boilerplate, with the form, TAF minutes and Merseyside "
        "Exploitation Assessment attached to the invite -> every document is there (exploitation + missing; the "
        "MEA meets exploitation_assessment), TM agreed; 'Mum knows' -> consent null. But the meeting is Wed 19 Nov "
        "13:30 and the invite is sent Thu 13 Nov 16:40: 14, 17, 18, 19 = 4 WD < 5 -> notice not ok ('6 days away' "
        "counts calendar days) -> request_info. Not urgent: the missing episodes are past and he has been home every "
        "night since 2 November; the step-up is the planned route.",
        meeting=date(2031, 11, 19), not_children=["Jodie Sullivan", "Marcus Wainwright", "Gareth Rees",
                                                  "Joanne Brennan"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2031-08-25 19:52:14"
    body = T("""
Hi MASH,

I'm replying on behalf of Kerry-Ann Baptiste, who was the case manager for the Whitfield children. Her agency assignment ended on Friday afternoon, so the family are with me until they're reallocated. Sorry for the bank holiday email - I'm catching up so this is there for the morning.

Attached is the Engaging Families toolkit for Gemma, which Kerry-Ann and I went through together on Friday before she left (she just hadn't recognised the name - it's the same idea as the tool she used in Sefton). It shows mum's engagement as "avoidant" in all four areas, which is exactly why we want this stepped up. As Kerry-Ann's TM I agreed the step up on 20 August and I still do.

On the date: I've seen that Friday 29th is short notice because of today's bank holiday. I'll ring MASH business support first thing to see whether a later slot works and send a new invite if so.

Dawn

Dawn Aspinall
Team Manager | Family First 0-18 (Kirkby) | Knowsley Council

Sent from Outlook for iOS

""") + stepbot_ack("SB-knowsley-211", [
        "On Fri, Aug 22, 2031 at 1:51 PM, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:",
        "",
        "Thank you - your step-up request for Jaxon Whitfield and Poppy-Rae Whitfield (EHM 90417) has been",
        "received (reference SB-knowsley-211).",
        "",
        "Still needed: the Engaging Families toolkit and what it tells you (the step-up relates to",
        "non-engagement).",
        "",
        "Notice: the step-up TAF meeting on Friday 29 August 2031 gives 4 working days' notice. At least 5",
        "working days are needed.",
    ])
    tk = pdf_att("Engaging Families toolkit - G Whitfield.pdf", "ENGAGING FAMILIES TOOLKIT - SUMMARY", [
        "Parent: Gemma Whitfield    Completed: 22/08/2031 (K. Baptiste with D. Aspinall)",
        "Area 1 - Attendance at appointments: avoidant",
        "Area 2 - Openness with professionals: avoidant",
        "Area 3 - Acting on agreed actions: avoidant",
        "Area 4 - Relationship with the lead practitioner: avoidant",
        "What this tells us: engagement has not improved despite flexible visits; escalation is needed."])
    top = plain_top(f, addr("Dawn Aspinall", "Dawn.Aspinall@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: [SB-knowsley-211] Step up request received - still needed: Engaging Families toolkit",
                    when, KDOM, None, cc=addr("MASH Business Support", KBS),
                    extra=[("In-Reply-To", "<SB-knowsley-211.ack@knowsley.gov.uk>"),
                           ("References", "<SB-knowsley-211.ack@knowsley.gov.uk>")])
    add(f, mail(f, top, body, [tk], crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["90417"],
        [ch("Jaxon Whitfield"), ch("Poppy-Rae Whitfield")], ["non_engagement"], None, True, [], None,
        "attach_to_request",
        "A MANAGER WRITING ON BEHALF OF AN ABSENT WORKER: the agency case manager's assignment has ended, and her TM "
        "replies to stepbot's chase [SB-knowsley-211] (for knowsley_01) with the Engaging Families toolkit, late on "
        "the evening of the summer bank holiday (Mon 25 Aug) -> follow_up -> attach_to_request (missing [], "
        "notice null). 'As Kerry-Ann's TM I agreed the step up ... and I still do' -> manager true. Children and "
        "'EHM 90417' (-> '90417') from the quoted acknowledgement; mum's avoidant engagement = non_engagement.",
        not_children=["Kerry-Ann Baptiste", "Gemma Whitfield", "Dawn Aspinall"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2031-09-08 11:20:45"
    body = T("""
Hi MASH,

Please find attached a step up request for the Tierney-Walsh children:
- Skye Tierney-Walsh, DOB 19/10/2024 (Year 2, St Columba's Catholic Primary)
- Rio Tierney-Walsh, DOB 02/06/2028 (nursery, three mornings a week)
Case ID on EHM: EHM-91877

They live with mum, Kelsey Walsh, in Huyton. Dad, Jordan Tierney, lives in Liverpool and has them most Sundays.

I've been their Family First case manager since February. Despite two TAF reviews things have not improved: both children regularly arrive at school and nursery hungry and in dirty clothes, Skye has had untreated head lice since July, and at my last three visits there was almost no food in the house and dog mess in the kitchen. The GCP2 I completed with mum on 1 September scores physical care at 4 and safety at 3.

Attached:
- FF Step Up Request to CSC form (Appendix 1)
- GCP2 summary (01/09/2031)
- TAF minutes (28/08/2031)

My TM, Paul Doherty, discussed the step up with me on 5 September and agreed it - it's recorded on EHM and in the management oversight box on the form. Mum has agreed to the step up too; she told me on Friday that she wants the extra help.

Step up TAF: Wednesday 17th September, 10am, Huyton Family Hub. The invite has gone to the MASH inbox and MASH business support, and I've invited school, nursery and the health visitor.

For completeness, because it will show on the police log: officers attended the house at 23:10 on Saturday after a silent 999 call from mum's mobile. It turned out Rio had been playing with the phone while mum was in the bath. The officers spoke to mum, saw both children asleep in bed and recorded no concerns. It's not why I'm stepping up, and nothing else happened.

Thanks,
Lorraine

Lorraine Kenny
Family First Case Manager | Huyton | Knowsley Council
0151 496 0459
""")
    form = docx_att("Appendix 1 - Step Up - Tierney-Walsh.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-91877",
        "Date of step up TAF meeting: Wednesday 17/09/2031, 10:00, Huyton Family Hub",
        "Recent TAF meeting minutes attached: Yes (28/08/2031)",
        "Graded Care Profile 2: completed 01/09/2031 - attached"], [
        [["Child", "Date of birth"], ["Skye Tierney-Walsh", "19/10/2024"], ["Rio Tierney-Walsh", "02/06/2028"]],
        [["What are we worried about?", "Hungry and unkempt at school and nursery; untreated head lice; little food "
          "in the home; dog mess in the kitchen. GCP2 physical care 4, safety 3."],
         ["What is working well?", "Mum is honest about how hard she is finding things and lets the case manager in."],
         ["What needs to happen?", "Step up to CSC for a Child and Family Assessment."],
         ["Management oversight", "Discussed with TM Paul Doherty 05/09/2031 - agreed."]]])
    gcp = pdf_att("GCP2 - Tierney-Walsh.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Completed 01/09/2031 by Lorraine Kenny with mum",
        "Physical care: grade 4   Safety: grade 3   Love and care: grade 2   Stimulation: grade 3"])
    taf = pdf_att("TAF minutes 28.08.31.pdf", "TAF REVIEW MINUTES - TIERNEY-WALSH", [
        "Date: 28/08/2031. Venue: Huyton Family Hub.",
        "Present: mum, Lorraine Kenny (Family First), school, nursery, health visitor.",
        "Home conditions and food remain the main worry. Action: GCP2; discuss step up with TM."])
    top = outlook_top(f, addr("Kenny, Lorraine", "Lorraine.Kenny@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up to CSC - Tierney-Walsh children - EHM-91877 - TAF Weds 17/09", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp, taf], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-91877"],
        [ch("Skye Tierney-Walsh", "2024-10-19", "19/10/2024"), ch("Rio Tierney-Walsh", "2028-06-02", "02/06/2028")],
        ["neglect"], True, True, [], True, "book_meeting",
        "NEAR MISS: '999', 'officers attended the house at 23:10' - a SILENT 999 CALL made by a 3-year-old playing "
        "with mum's phone; officers saw both children asleep and recorded no concerns -> not urgent, adds nothing. "
        "Otherwise a complete neglect step-up (form, GCP2, TAF minutes; EHM-91877; TM Paul Doherty agreed; mum "
        "'has agreed to the step up' -> consent true). Notice: Mon 8 Sep -> Wed 17 Sep = 9, 10, 11, 12, 15, 16, "
        "17 = 7 WD -> ok -> book_meeting.",
        meeting=date(2031, 9, 17), not_children=["Kelsey Walsh", "Jordan Tierney", "Paul Doherty", "Lorraine Kenny"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2031-09-17 11:42:09"
    htmlb = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#242424">
<table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td>
<p style="font-size:20px;font-weight:600">Recording and transcript are ready</p>
<p>The recording and transcript of <b>Step up TAF - Tierney-Walsh children (EHM-91877)</b> are now available.</p>
<p>Wednesday, 17 September 2031 &middot; 10:00 - 11:31 (BST)</p>
<p><a href="https://teams.example.com/l/meetingrecap?threadId=19%3ameeting_hUyT0n91877%40thread.v2">Open recap</a></p>
<p style="color:#616161;font-size:12px">Only people in your organisation can open the recording. It will expire on 16 November 2031. You're receiving this email because you were invited to the meeting. This is an automatically generated email - please do not reply.</p>
<p style="color:#616161;font-size:12px">Microsoft Teams</p>
</td></tr></table></body></html>
""")
    top = outlook_top(f, addr("Microsoft Teams", "no-reply@teams.mail.example.com"), addr("Knowsley MASH", KMASH),
                      "Recording and transcript are ready: Step up TAF - Tierney-Walsh children (EHM-91877)", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("Precedence", "bulk")], mid_domain="teams.mail.example.com")
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, text_part(htmlb, "html", crlf=True), True), "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, ["EHM-91877"], [], [], None, None, [], None, "ignore",
        "A Microsoft Teams 'Recording and transcript are ready' notification (HTML only, Auto-Submitted: "
        "auto-generated, no-reply sender) after knowsley_07's step-up TAF -> machine mail -> auto_reply -> ignore. "
        "The case id in the meeting title is labelled as a meeting reply's SUMMARY would be; the title names the "
        "family only by surname, so no child.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

import urllib.parse
def safelink(fname, n, url, rcpt):
    """An Outlook (Defender for Office 365) Safe Links rewrite of `url`, as it reaches the recipient."""
    h = sha(fname, "sl%d" % n)
    ticks = "6389%014d" % int(h[:12], 16)
    return ("https://eur02.safelinks.protection.outlook.com/?url=" + urllib.parse.quote(url, safe="")
            + "&data=05%7C02%7C" + urllib.parse.quote(rcpt, safe="") + "%7C" + h[:32] + "%7C" + h[8:40]
            + "%7C0%7C0%7C" + ticks + "%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXa"
            "W4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C&sdata="
            + urllib.parse.quote(base64.b64encode(hashlib.sha256(h.encode()).digest()).decode(), safe="")
            + "&reserved=0")

def linked_mail(text, links, font="Aptos"):
    """Text with {{LINKn}} tokens -> (plain twin 'anchor<url>', HTML with <a href>)."""
    plain = text
    for tok, (anchor, url) in links.items():
        plain = plain.replace(tok, "%s<%s>" % (anchor, url))
    htm = html_of(text, font)
    for tok, (anchor, url) in links.items():
        htm = htm.replace(html.escape(tok, quote=False),
                          '<a href="%s">%s</a>' % (html.escape(url), html.escape(anchor, quote=False)))
    return plain, htm

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2031-09-09 15:12:40"
    cs_url = ("https://rwshared.sharepoint.example.com/:w:/r/sites/EHWandsworthSouth/Shared%20Documents/Families/"
              "Amadi-Clarke/Case%20summary%20-%20Amadi-Clarke%20-%20Sept%202031.docx?d=w3c1f&csf=1&web=1")
    hub_url = "https://www.familyhubs.example.org.uk/wandsworth"
    text = T("""
Dear MASH colleagues,

Following a reflective discussion in supervision this afternoon with Tobi Ajayi, the family's Early Help Practitioner, I have agreed that the Amadi-Clarke family should be stepped up to Children's Services. The concerns are significant, but they are not immediate child protection concerns.

Children
Zion Amadi-Clarke, DOB 30/04/2019
Nia Amadi-Clarke, DOB 12/12/2027
Mosaic 2741906 / 2741907

Latest case summary
The latest case summary is saved in the family's folder on our team site: {{LINK1}}

Rationale for step up
Zion and Nia live with their mum, Shanice Amadi, and her partner, Marlon Eastwood, in Battersea. Police have been called to the flat three times since June after arguments between Shanice and Marlon; on the last occasion (23 August) a neighbour reported hearing a child screaming, and officers noted a door that had been kicked in. Shanice has twice declined a referral to the domestic abuse service and says the police "exaggerate". Zion has started copying Marlon's behaviour at school - last week he pushed a teaching assistant against a wall - and he told his mentor that "home is loud". The Early Help plan has been in place for nine months and the domestic abuse is not reducing; we do not think the children's needs can be met at Early Help level any longer.

Shanice knows I am contacting MASH today.

Kind regards

Harriet Calloway
Early Help Team Manager | Wandsworth South
Richmond and Wandsworth Councils
020 7946 0712
Find out about our Family Hubs: {{LINK2}}
""")
    links = {"{{LINK1}}": ("Case summary - Amadi-Clarke - Sept 2031.docx", safelink(f, 1, cs_url, RSU)),
             "{{LINK2}}": ("familyhubs.example.org.uk/wandsworth", safelink(f, 2, hub_url, RSU))}
    plain, htm = linked_mail(text, links)
    top = outlook_top(f, addr("Calloway, Harriet", "Harriet.Calloway@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Amadi-Clarke family - Mosaic 2741906 / 2741907", when,
                      cc=addr("Ajayi, Tobi", "Tobi.Ajayi@" + RDOM))
    root = multipart("alternative", [text_part(plain, crlf=True), text_part(htm, "html", crlf=True)], bnd(f, 2))
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2741906", "2741907"],
        [ch("Zion Amadi-Clarke", "2019-04-30", "30/04/2019"), ch("Nia Amadi-Clarke", "2027-12-12", "12/12/2027")],
        ["domestic_abuse"], None, True, ["case_summary"], None, "request_info",
        "OUTLOOK SAFE LINKS: the Early Help Team Manager's step-up gives the rationale pasted under its own heading "
        "(met), but the 'Latest case summary' is only a link to a document on the team's SharePoint site, "
        "rewritten by Safe Links (https://eur02.safelinks.protection.outlook.com/?url=...&data=...&sdata=...) - "
        "neither attached nor pasted, so case_summary is missing -> request_info. The long numbers inside the "
        "Safe Links 'data' parameter are not case ids; 'Mosaic 2741906 / 2741907' -> both. The sender is the EH TM "
        "who 'agreed' -> manager true; 'Shanice knows' -> consent null (not a Richmond step-up requirement). Police "
        "call-outs, a kicked-in door, declined DA support = domestic_abuse.",
        not_children=["Shanice Amadi", "Marlon Eastwood", "Harriet Calloway", "Tobi Ajayi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2031-10-01 10:05:19"
    blocks = [
        "Hi Early Help Duty,",
        "",
        "As agreed with Jasper Quint on the phone this morning, the step-down case discussion for Keira and Alfie is "
        "on {{Monday 6 October at 2pm}} (Teams). The latest case summary and the draft Early Help plan are attached.",
        "",
        ("table", [["Child", "Date of birth", "Mosaic ID"],
                   ["Keira Hollis-Ward", "07.01.2018", "2698114"],
                   ["Alfie Hollis-Ward", "23.08.2022", "2698115"]]),
        "",
        "Keira is 13 and is a young carer for her brother Alfie, who has Down's syndrome and a heart condition and "
        "has an EHCP. Their mum, Dionne Hollis, works nights as a healthcare assistant, so Keira gets Alfie up, gives "
        "him his morning medication and walks him to the school bus. Her attendance is 86% and she is late most "
        "days. The CIN plan was about getting Alfie's respite and overnight care in place, which has now happened, "
        "and about getting Keira a young carers assessment, which is still outstanding.",
        "",
        ("table", [["Step-down checklist", "Yes", "No"],
                   ["Case summary attached", "\u2713", ""],
                   ["Draft Early Help plan attached", "\u2713", ""],
                   ["Family consent to Early Help continuing the plan", "\u2713", ""],
                   ["Social work team manager agrees the step-down", "\u2713", ""],
                   ["Lead professional identified", "", "\u2713"],
                   ["Young carers assessment completed", "", "\u2713"]]),
        "",
        "Thanks,",
        "Ines",
        "",
        "Ines Carvalho",
        "Social Worker | Children in Need Team (Wandsworth) | Richmond and Wandsworth Councils",
    ]
    cs = docx_att("Case summary - Hollis-Ward.docx", [
        "# Case summary - Keira and Alfie Hollis-Ward",
        "CIN plan since February 2031 (young carer; disabled sibling's respite and overnight care).",
        "Alfie: Down's syndrome, congenital heart condition, EHCP at Garratt Park School.",
        "Keira: attendance 86%; late most mornings; young carers assessment requested.",
        "Mum works nights; no concerns about her care of the children."])
    plan = docx_att("Draft EH plan - Hollis-Ward.docx", [
        "# Draft Early Help plan - Hollis-Ward",
        "1. Young carers assessment for Keira and a place at the young carers group.",
        "2. School: morning support and an attendance plan for Keira.",
        "3. Review respite arrangements for Alfie at 4 weeks."])
    top = outlook_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM), addr("Early Help Duty", RED),
                      "Step-down - Hollis-Ward - case discussion Mon 06/10 2pm", when)
    add(f, word_mail(f, top, blocks, [cs, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2698114", "2698115"],
        [ch("Keira Hollis-Ward", "2018-01-07", "07.01.2018"), ch("Alfie Hollis-Ward", "2022-08-23", "23.08.2022")],
        ["disability_send", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "CONSENT AND MANAGER AGREEMENT ONLY IN A YES/NO CHECKLIST: the body never says either in words; the Word "
        "table has a tick in the 'Yes' column for 'Family consent to Early Help continuing the plan' and 'Social "
        "work team manager agrees the step-down' (the text/plain twin keeps the tick in the Yes column) -> consent "
        "true, manager true. Case summary and draft plan attached -> complete Richmond step-down -> book_meeting "
        "(no notice period). A YOUNG CARER: Keira (13) cares for her brother with Down's syndrome (EHCP) -> "
        "young_carer + disability_send; 86% = school_attendance. DOBs '07.01.2018', '23.08.2022'; Mosaic ids in a "
        "table column.",
        not_children=["Dionne Hollis", "Jasper Quint", "Ines Carvalho"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2031-11-17 11:46:05"
    body = T("""
Hello,

Please could the duty social worker ring me as soon as possible on 020 7946 0183 about the pupil in the subject line. I have been on hold to the MASH number for 25 minutes.

Kind regards

Miriam Achebe
Deputy Head and Designated Safeguarding Lead
Brocklebank Primary School

Get Outlook for iOS
""")
    subj = ("Theo Marchetti-Byrne Y4 - told us dad strangled him last night, red marks on his neck - dad collecting "
            "him at 3.15 today - please call")
    top = outlook_top(f, addr("Miriam Achebe", "m.achebe@brocklebank.example.sch.uk"), addr("MASH Step Up", RSU),
                      subj, when, mid_domain="brocklebank.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Theo Marchetti-Byrne")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, told ONLY IN THE SUBJECT: a DSL on her phone puts everything in the subject line (a 9-year-old says "
        "his dad strangled him last night, red marks on his neck, dad collects him at 3.15 today); the body only "
        "asks for a call back -> immediate risk -> alert_duty. A school asking for a call, not a step request -> "
        "other. Child named only in the subject (no DOB); concern physical_harm.",
        not_children=["Miriam Achebe"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2031-09-11 12:31:50"
    hub_url = "https://www.familyhubs.example.org.uk/wandsworth"
    fb_url = "https://forms.example.com/r/EHfeedbackWandsworth"
    text = T("""
Hi,

Case summary attached - sorry, Harriet's link only works inside our team.

Also - Nia's nursery (Little Owls, Battersea) rang me ten minutes ago. Nia has a bruise and a cut on her forehead and told her key worker "Marlon pushed me into the door". Marlon is mum's partner (the DA incidents in the summary) and he is down to collect Nia from nursery at 1pm today. Mum isn't answering her phone. I've asked the nursery to ring MASH too.

Tobi

Tobi Ajayi (she/her)
Early Help Practitioner
Wandsworth South Early Help Team | Family Hubs Service
Richmond and Wandsworth Councils

Tel: 020 7946 0735 | Mobile: 07700 900642
Working days: Monday to Thursday. I don't work on Fridays - for anything that can't wait, please contact the Early Help duty worker on 020 7946 0700.
Wandsworth South Family Hub, 4 Garratt Green Road, London SW17

[Richmond and Wandsworth Councils]  [Family Hubs - Start for Life]  [Disability Confident Employer]

Our values: Respect | Integrity | Kindness | Curiosity
I'm a trained Mental Health First Aider - if you'd like a chat, just ask.
I work flexibly and sometimes send emails outside normal hours. Please don't feel you have to reply outside your own working hours.
Proud to support Care Leavers Week 2031.

Find your local Family Hub: {{LINK1}}
Tell us how we did: {{LINK2}}

Please consider the environment before printing this email.

CONFIDENTIALITY: This email and any attachments are confidential and may contain personal or sensitive information. They are intended solely for the addressee. If you have received this email in error, please tell the sender and delete it; do not copy, use or disclose it. Richmond and Wandsworth Councils may monitor email traffic for security purposes and to make sure their policies are followed. Any views expressed are those of the author and not necessarily those of the Councils. This email has been scanned for viruses, but the Councils accept no liability for any damage caused by its contents.

Worried about a child? If you think a child is in immediate danger, call 999. To contact the MASH call 020 7946 0321 (office hours) or 020 7946 0999 (out of hours).
""")
    links = {"{{LINK1}}": ("www.familyhubs.example.org.uk/wandsworth", safelink(f, 1, hub_url, RSU)),
             "{{LINK2}}": ("Early Help feedback form", safelink(f, 2, fb_url, RSU))}
    quoted = T("""

________________________________
From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 09 September 2031 15:16
To: Calloway, Harriet <Harriet.Calloway@richmondandwandsworth.gov.uk>
Cc: Ajayi, Tobi <Tobi.Ajayi@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-140] Step-up received - still needed: latest case summary

Thank you - your step-up request for Zion Amadi-Clarke and Nia Amadi-Clarke (Mosaic 2741906 / 2741907) has been received (reference SB-richmond_wandsworth-140).

Still needed: the latest case summary. The link in your email points to a document we cannot open - please attach it.
""")
    plain, htm = linked_mail(text + quoted, links)
    imgs = [inline_png(f, "image001.png", 1, (0, 94, 184), 160, 48),
            inline_png(f, "image002.png", 2, (0, 150, 110), 120, 48),
            inline_png(f, "image003.png", 3, (40, 40, 120), 96, 48)]
    alts = ["Richmond and Wandsworth Councils", "Family Hubs - Start for Life", "Disability Confident Employer"]
    img_html = "&nbsp;&nbsp;".join('<img width="%d" height="48" src="cid:%s" alt="%s">' % (w, cid, a)
                                   for (p, cid), a, w in zip(imgs, alts, (160, 120, 96)))
    token = html.escape("[Richmond and Wandsworth Councils]  [Family Hubs - Start for Life]  "
                        "[Disability Confident Employer]", quote=False)
    assert token in htm
    htm = htm.replace(token, img_html)
    alt = multipart("alternative", [text_part(plain, crlf=True), text_part(htm, "html", crlf=True)], bnd(f, 3))
    related = multipart("related", [alt] + [p for p, _cid in imgs], bnd(f, 2), params='; type="multipart/alternative"')
    cs = docx_att("Case summary - Amadi-Clarke - Sept 2031.docx", [
        "# Early Help case summary - Amadi-Clarke family",
        "Children: Zion Amadi-Clarke (30/04/2019), Nia Amadi-Clarke (12/12/2027). Mosaic 2741906 / 2741907.",
        "Household: mum Shanice Amadi; her partner Marlon Eastwood.",
        "Early Help plan since December 2030: routines, Zion's behaviour in school, domestic abuse support.",
        "Police call-outs for domestic incidents in June, July and 23 August 2031; mum declines DA support.",
        "Management oversight: step up agreed by Harriet Calloway (EH Team Manager) on 09/09/2031."])
    root = multipart("mixed", [related, cs], bnd(f, 1))
    top = outlook_top(f, addr("Ajayi, Tobi", "Tobi.Ajayi@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-140] Step-up received - still needed: latest case summary", when,
                      cc=addr("Calloway, Harriet", "Harriet.Calloway@" + RDOM),
                      reply_to_mid="<SB-richmond_wandsworth-140.ack@richmondandwandsworth.gov.uk>")
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2741906", "2741907"],
        [ch("Zion Amadi-Clarke", "2019-04-30", "30/04/2019"), ch("Nia Amadi-Clarke", "2027-12-12", "12/12/2027")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT in a reply whose SIGNATURE IS FAR LONGER THAN THE MESSAGE (pronouns, working days, values, three "
        "inline images in multipart/related with cid: references, Safe Links, a confidentiality disclaimer and "
        "'immediate danger, call 999' boilerplate): the reply to stepbot's chase [SB-richmond_wandsworth-140] for "
        "richmond_wandsworth_01 attaches the missing case summary, then says in two lines that a 3-year-old has a "
        "bruise and cut on her forehead, says mum's violent partner pushed her into a door, and he collects her "
        "from nursery at 1pm today -> immediate risk -> alert_duty over attach_to_request. Children and DOBs from "
        "the case summary and the quoted acknowledgement; manager true from the summary's management oversight "
        "line; concerns domestic_abuse + physical_harm.",
        not_children=["Shanice Amadi", "Marlon Eastwood", "Harriet Calloway", "Tobi Ajayi"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2031-10-30 14:22:11"
    body = T("""
Hi,

As agreed with Jasper Quint this morning, the step-down case discussion for Ruby and Leo Faraday-Shah is on Tuesday 4 November at 10:30 at Ham Family Hub, room 3. The latest case summary and the draft Early Help plan are attached.

Ruby Faraday-Shah - born 15 March 2022 - Mosaic ID 2655012
Leo Faraday-Shah - born 3 August 2025 - Mosaic ID 2655013

Mum (Sara Faraday) and dad (Imran Shah) both agreed to Early Help continuing the plan at the final CIN review on 28 October; it's recorded on Mosaic.

The remaining needs are mum's low mood (she is still seeing her GP and has just started counselling) and help with money and the housing application. Sam Okafor from the Ham hub already knows the family and would be happy to be their Early Help worker.

Voice of the child - Ruby asked me to include the letter she wrote for her final CIN review, so I've typed it out exactly as she wrote it:

"Dear Patrick, When dad lived with us he used to shout and hit mum and once he threw a chair and it hit Leo on the head and we had to go to hospital and the police came. I used to hide under my bed with Leo and my headphones. I was scared every night. Now dad lives in Scotland and we only talk to him on video on Sundays with mum there. I am not scared any more. I sleep in my own bed. I want Sam from Early Help to still come because she helps mum with the forms and she takes me to climbing. From Ruby (age 9)"

For the record, the incident Ruby describes was in November 2029: dad was convicted of assault, there is a non-molestation order until 2033, and he has lived in Glasgow since 2030 with no in-person contact. There have been no incidents since.

Thanks,
Patrick

Patrick Ellery
Social Worker | Richmond Children in Need Team
Richmond and Wandsworth Councils
""")
    cs = docx_att("Case summary - Faraday-Shah - Oct 2031.docx", [
        "# Case summary - Ruby and Leo Faraday-Shah",
        "CIN plan since January 2030 following domestic abuse in November 2029 (father convicted; NMO to 2033).",
        "No incidents since 2029. Father lives in Glasgow; video contact on Sundays, supervised by mum.",
        "Current needs: mum's low mood (GP, counselling); finances and housing.",
        "Consent to Early Help continuing the plan: both parents, final CIN review 28/10/2031."])
    plan = docx_att("Draft EH plan - Faraday-Shah.docx", [
        "# Draft Early Help plan",
        "1. Early Help worker (Sam Okafor, Ham Family Hub): fortnightly visits; benefits and housing forms.",
        "2. Mum: counselling; parents' group at the hub.",
        "3. Ruby: climbing club; school pastoral check-ins. Review at 4 weeks."])
    top = outlook_top(f, addr("Ellery, Patrick", "Patrick.Ellery@" + RDOM), addr("Early Help Duty", RED),
                      "Step-down - Ruby and Leo Faraday-Shah - case discussion Tues 4 Nov", when)
    add(f, mail(f, top, body, [cs, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2655012", "2655013"],
        [ch("Ruby Faraday-Shah", "2022-03-15", "15 March 2022"), ch("Leo Faraday-Shah", "2025-08-03", "3 August 2025")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: a 9-year-old's own letter ('voice of the child') describes serious PAST harm in vivid words - dad "
        "hitting mum, a chair thrown that hit her brother's head, hospital, police, 'I was scared every night' - "
        "but it is 2029, dad was convicted, lives in Glasgow with only supervised video contact and a "
        "non-molestation order, 'I am not scared any more', no incidents since -> not urgent; domestic abuse and "
        "the injury are historic (no domestic_abuse / physical_harm). Current worry: mum's low mood = "
        "parental_mental_health. Complete Richmond step-down (summary and plan attached, both parents agreed) -> "
        "book_meeting. DOBs '15 March 2022', '3 August 2025'; 'Mosaic ID 2655012' -> digits.",
        not_children=["Sara Faraday", "Imran Shah", "Sam Okafor", "Patrick Ellery", "Jasper Quint"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2031-10-02 08:58:30"
    add(f, itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("Early Help Duty", RED), "ACCEPTED",
                      "Step-down case discussion - Keira Hollis-Ward and Alfie Hollis-Ward [SB-richmond_wandsworth-152]",
                      "20311006T140000", "20311006T144500", "Microsoft Teams Meeting"),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Keira Hollis-Ward"), ch("Alfie Hollis-Ward")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the Early Help manager for "
        "richmond_wandsworth_02's case discussion -> meeting_reply -> record_reply; children from the SUMMARY.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2031-11-19 09:40:00"
    body = T("""
Hi Early Help Duty,

I spoke to Jasper Quint yesterday and we agreed a step-down case discussion for the Trelawny children on Monday 24 November at 11:00 (Teams).

The family moved to Earlsfield from Paignton in July. They were open to Torbay Early Help (LCS-2805531) until the move, and Torbay closed their plan when we accepted the transfer. Our Mosaic numbers are 2766043 (Jenson) and 2766044 (Lowenna).

Latest case summary
Jenson Trelawny (born 14th September 2020) and Lowenna Trelawny (born 2 Feb 2024) live with their mum, Demelza Trelawny, in a two-bedroom housing association flat. We assessed them after Torbay's transfer-in notification: the Child and Family Assessment (concluded 12 November) found no need for statutory involvement. There are no concerns about domestic abuse or substance use. Mum is isolated since the move and has no family in London; Jenson's attendance has dropped to 88% since he started at his new school in September, mostly days when mum couldn't get Lowenna to nursery and him to school on time. Mum has been open and warm with us throughout.

The draft Early Help plan is attached. Mum is happy for Early Help to carry on the plan - she agreed at my visit on 14 November.

Thanks
Grace

Grace Abernethy
Social Worker | Assessment Team (Wandsworth)
Richmond and Wandsworth Councils
""")
    plan = docx_att("Draft Early Help plan - Trelawny.docx", [
        "# Draft Early Help plan - Trelawny family",
        "1. Family Hub: introduce mum to the parents' group and a community befriender.",
        "2. School: attendance support for Jenson; walking bus.",
        "3. Nursery: confirm Lowenna's 30 funded hours. Review at 4 weeks."])
    top = outlook_top(f, addr("Abernethy, Grace", "Grace.Abernethy@" + RDOM), addr("Early Help Duty", RED),
                      "Step-down - Trelawny family (moved from Torbay) - case discussion Mon 24/11", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["LCS-2805531", "2766043", "2766044"],
        [ch("Jenson Trelawny", "2020-09-14", "14th September 2020"), ch("Lowenna Trelawny", "2024-02-02", "2 Feb 2024")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "A FAMILY THAT MOVED BETWEEN TWO OF THE COUNCILS (Torbay -> Wandsworth): the mail quotes Torbay's closed "
        "Early Help id 'LCS-2805531' (prefix joined, kept) as well as Richmond & Wandsworth's Mosaic numbers "
        "'2766043', '2766044' - all three are case numbers as written, in order of appearance. A complete Richmond "
        "step-down: the case summary pasted under its own heading, draft plan attached, mum 'happy for Early Help "
        "to carry on the plan' -> consent true -> book_meeting. 'No concerns about domestic abuse or substance "
        "use' are negated; 88% = school_attendance; isolation maps to no id.",
        not_children=["Demelza Trelawny", "Grace Abernethy", "Jasper Quint"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2031-11-25 09:14:27"
    orig_subj = "Step-down case discussion - actions agreed [SB-richmond_wandsworth-171]"
    human = T("""
Your message has been delivered to the following recipients:

Grace Abernethy (Grace.Abernethy@richmondandwandsworth.gov.uk)

Subject: %s
""" % orig_subj)
    dsn = ("Reporting-MTA: dns;LO2P265MB5208.GBRP265.PROD.OUTLOOK.COM\n"
           "Received-From-MTA: dns;stepbot.richmondandwandsworth.gov.uk\n"
           "Arrival-Date: Tue, 25 Nov 2031 09:14:03 +0000\n\n"
           "Final-Recipient: rfc822;Grace.Abernethy@richmondandwandsworth.gov.uk\n"
           "Action: delivered\n"
           "Status: 2.0.0\n"
           "X-Display-Name: Grace Abernethy\n")
    hdrs = ("From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>\n"
            "To: Grace Abernethy <Grace.Abernethy@richmondandwandsworth.gov.uk>\n"
            "Subject: %s\n"
            "Date: Tue, 25 Nov 2031 09:14:01 +0000\n"
            "Message-ID: <SB-richmond_wandsworth-171.actions@richmondandwandsworth.gov.uk>\n"
            "Disposition-Notification-To: EarlyHelpDuty@richmondandwandsworth.gov.uk\n" % orig_subj)
    root = multipart("report", [text_part(human, crlf=True),
                                Part([("Content-Type", "message/delivery-status")], dsn),
                                Part([("Content-Type", "text/rfc822-headers")], hdrs)],
                     bnd(f, 1), params="; report-type=delivery-status")
    top = outlook_top(f, addr("Microsoft Outlook", "postmaster@" + RDOM), addr("Early Help Duty", RED),
                      "Delivered: " + orig_subj, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-SCL", "-1")])
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange DELIVERY RECEIPT ('Delivered: ...', multipart/report; report-type=delivery-status with Action: "
        "delivered, Status 2.0.0) for stepbot's own mail -> machine mail -> auto_reply -> ignore. No child named.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2031-08-28 10:12:05"
    body = T("""
Please see attached.

Thanks
Rizwana

Get Outlook for Android
""")
    marf = docx_att("MARF.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Referrer: Rizwana Chowdhury, Early Help Practitioner, Bow Family Hub",
        "Type of request: Step up from Targeted Early Help to Children's Social Care (via MAST)",
        "Parents: Mrs Nasreen Miah (mother); Mr Jamal Miah (father)",
        "Address: Flat 12, Bruce House, Bow, E3",
        "Reason for request: The family have had an Early Help plan since January. Home conditions have got worse "
        "since dad lost his job in the spring: the flat is cluttered and dirty, there is often little food, and "
        "Ilyas's eczema has become infected twice because his creams were not collected. Dad is depressed and in bed "
        "most of the day; mum is struggling to manage alone. The plan is not making a difference.",
        "Completed by: Rizwana Chowdhury    Date: 27/08/2031"], [
        [["Child's name", "Date of birth", "Mosaic ID", "School"],
         ["Ilyas Miah", "04/04/2017", "1552870", "Tredegar Square Primary"],
         ["Safa Miah", "19/09/2020", "1552871", "Tredegar Square Primary"]],
        [["Area of concern", "Tick"],
         ["Neglect", "\u2611"], ["Domestic abuse", "\u2610"], ["Substance misuse", "\u2610"],
         ["Parental mental health", "\u2611"], ["Exploitation", "\u2610"], ["Radicalisation", "\u2610"],
         ["Missing", "\u2610"], ["School attendance", "\u2610"], ["Young carer", "\u2610"], ["SEND", "\u2610"]],
        [["Question", "Yes", "No"],
         ["Has the parent/carer consented to this request?", "\u2611", "\u2610"],
         ["Is any child at immediate risk of significant harm?", "\u2610", "\u2611"],
         ["Has your line manager agreed this request?", "\u2611", "\u2610"],
         ["Manager's name", "Parveen Rahim, Early Help Team Manager", ""]]])
    top = outlook_top(f, addr("Chowdhury, Rizwana", "Rizwana.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up", when)
    add(f, mail(f, top, body, [marf], html_alt=True, crlf=False, cte="base64"), "tower_hamlets", "mash_step_up",
        when, 5, "ordinary", "step_up", False, None, ["1552870", "1552871"],
        [ch("Ilyas Miah", "2017-04-04", "04/04/2017"), ch("Safa Miah", "2020-09-19", "19/09/2020")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "The body says only 'Please see attached.' (Outlook for Android): the whole request is in the attached "
        "Word MARF, which meets request_for_support. Consent and manager agreement are stated ONLY as TICK BOXES "
        "(\u2611 Yes / \u2610 No) in the form -> both true; the immediate-risk question is ticked No. Concerns from "
        "the ticked boxes and the form's text (poor home conditions, little food, infected eczema with creams not "
        "collected = neglect; dad's depression = parental_mental_health). Children, DOBs and Mosaic ids only in "
        "the form's table -> nothing missing -> book_meeting.",
        not_children=["Nasreen Miah", "Jamal Miah", "Parveen Rahim", "Rizwana Chowdhury"],
        names_only_in_attachments=True)

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2031-11-05 15:33:48"
    body = T("""
Dear MAST,

I am writing to request a step up for the three Lewandowski children, whose family I have supported for eleven months under an Early Help plan. The children are Oliwer Lewandowski, who is eleven; Zuzanna Lewandowski, who is eight; and the youngest, Tymek Lewandowski, who was born on the second of February twenty twenty-seven. The family's Mosaic number is 1560312.

Over the last six weeks things have gone backwards. Their father, Piotr Lewandowski, is drinking heavily again: I have found him drunk on three of my last four visits, twice before midday. Oliwer has missed nineteen days of school since the start of September, mostly Mondays after weekends when dad has been drinking. Mum, Agnieszka Lewandowska, works two jobs and is out of the house from six in the morning until eight at night on four days a week.

My manager, Rukhsana Siddique, agreed the step up in supervision on the third of November. Mum has agreed to the referral too.

The MARF will follow tomorrow - I am waiting for the school to finish their section.

Kind regards

Matthew Nwosu
Early Help Family Support Worker | Poplar Family Hub | London Borough of Tower Hamlets
""")
    top = outlook_top(f, addr("Nwosu, Matthew", "Matthew.Nwosu@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Lewandowski family (three children)", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1560312"],
        [ch("Oliwer Lewandowski"), ch("Zuzanna Lewandowski"),
         ch("Tymek Lewandowski", "2027-02-02", "second of February twenty twenty-seven")],
        ["school_attendance", "substance_misuse"], True, True, ["request_for_support"], None, "request_info",
        "NUMBERS SPELLED OUT throughout: ages 'eleven' and 'eight' (no DOB -> null), a DOB written in words ('born "
        "on the second of February twenty twenty-seven' = 2027-02-02), 'nineteen days', 'the third of November'. "
        "Manager agreed in supervision -> true; consent given (not a MAST requirement). The MARF 'will follow "
        "tomorrow' -> request_for_support missing -> request_info. Dad drinking heavily = substance_misuse; 19 "
        "days missed = school_attendance.",
        not_children=["Piotr Lewandowski", "Agnieszka Lewandowska", "Rukhsana Siddique", "Matthew Nwosu"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2031-09-22 16:05:12"
    body = T("""
Hi there,

My name is Kaitlyn and I'm a locum social worker in the Assessment & Intervention team. I joined from the US (Ohio) through an agency in July, so please bear with me - this is my first step-down here and I'm still learning the UK terminology!

I've completed the Child and Family Assessment for the Okonkwo kids and the outcome is a step-down to Early Help. Here's the info:

Children:
- Chidi Okonkwo - DOB October 3, 2017 - Mosaic ID 1547720
- Adaeze Okonkwo - DOB May 21, 2021 - Mosaic ID 1547721

Mom (Ngozi Okonkwo) consented to the step-down to Early Help at my home visit on 9/18 (sorry - 18 September!). Dad isn't involved.

Concerns: Mom went to the ER twice in August with panic attacks; she's now seeing her GP and is on a wait list for therapy. Chidi is autistic and has what I'd call an IEP - I think you call it an EHCP - at his school. No concerns about the kids' physical care, and no DV.

The C&F assessment and the TAF plan (I think that's your "draft plan"?) are both attached.

Lead practitioner: the school counselor at Chidi's school has agreed in principle to be the "lead professional", but I don't have her name yet - I'll confirm as soon as I hear back from the school.

Thanks so much, and please tell me if anything is missing!

Kaitlyn

Kaitlyn Brewster (she/her)
Locum Social Worker | Assessment & Intervention Team | London Borough of Tower Hamlets
""")
    cfa = pdf_att("C&F Assessment - Okonkwo.pdf", "CHILD AND FAMILY ASSESSMENT - SUMMARY AND OUTCOME", [
        "Children: Chidi Okonkwo, Adaeze Okonkwo    Mosaic: 1547720 / 1547721",
        "Assessment concluded: 19/09/2031. Outcome: step down to Early Help (TAF with a lead practitioner).",
        "Mother's anxiety and panic attacks; Chidi's autism and EHCP; no concerns about physical care."])
    plan = docx_att("TAF plan - Okonkwo.docx", [
        "# TAF plan - Okonkwo family",
        "1. Mum: GP and talking therapy; parents' autism support group.",
        "2. School: EHCP review for Chidi in November.",
        "3. Lead practitioner: to be confirmed (school)."])
    top = outlook_top(f, addr("Brewster, Kaitlyn (Locum)", "Kaitlyn.Brewster@" + TDOM), addr("Early Help Hub", THUB),
                      "Step-Down Request - Okonkwo Family (first one - please advise!)", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1547720", "1547721"],
        [ch("Chidi Okonkwo", "2017-10-03", "October 3, 2017"), ch("Adaeze Okonkwo", "2021-05-21", "May 21, 2021")],
        ["disability_send", "parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "An AGENCY LOCUM trained in the US writing her first UK step-down in American English ('Mom', 'ER', 'IEP', "
        "'wait list', 'counselor'): DOBs in US long form ('October 3, 2017', 'May 21, 2021' - unambiguous), while "
        "'9/18' is a visit date in US order, not a DOB. C&F assessment and TAF plan attached, consent given; the "
        "lead practitioner is agreed 'in principle' but unnamed -> lead_practitioner missing -> request_info. Mum's "
        "panic attacks = parental_mental_health; autism + EHCP = disability_send; 'no DV' negated.",
        not_children=["Ngozi Okonkwo", "Kaitlyn Brewster"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2031-10-14 11:50:36"
    body = T("""
Dear MAST,

For information only - nothing is being asked of MAST.

I'm the Youth Justice Service case manager for Joseph Quartey (17). As you may know from the police notifications in the summer, Joseph was remanded to HMYOI Cookham Wood in June after a stabbing outside Mile End station in May (the victim, an 18-year-old, has recovered). He was convicted of wounding with intent on 12 September and sentenced on 10 October to a four-year detention and training order, so he will be in custody until at least 2033.

I'm writing because his younger sister and brother, Ama and Kwame Quartey, are open to the Early Help hub, and Joseph's sentencing was reported in the local press on Saturday. After the stabbing there were threats on social media against "the Quartey family". The police carried out a threat assessment in June, the family were moved to a new flat in Bow through a management transfer, and there have been no threats or incidents of any kind since July. The police reviewed it again after the press report and assess the risk of retaliation as low; their safeguarding plan closed on 30 September.

Mum, Efua Quartey, knows I am letting MAST know, and so does the family's Early Help worker.

Regards

Leon Fairweather
Youth Justice Officer | Tower Hamlets Youth Justice Service
""")
    top = outlook_top(f, addr("Fairweather, Leon", "Leon.Fairweather@" + TDOM), addr("MAST", TMAST),
                      "For information only - Joseph Quartey (17) - sentenced, in custody - family safety update", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Joseph Quartey"), ch("Ama Quartey", as_written="Ama and Kwame Quartey"),
         ch("Kwame Quartey", as_written="Ama and Kwame Quartey")],
        [], None, None, [], None, "human_review",
        "NEAR MISS about a TEENAGER IN CUSTODY: 'stabbing', 'remanded', 'wounding with intent', 'threats', "
        "'retaliation' - the 17-year-old is serving a detention and training order in a YOI, the threats to the "
        "family were in the summer, they were moved, nothing since July, police assess retaliation risk as low and "
        "closed their plan; 'nothing is being asked of MAST' -> not urgent; a Youth Justice officer's information "
        "note asking for no step -> other -> human_review. Children: Joseph (17 - still a child) and his siblings "
        "'Ama and Kwame Quartey', no DOBs. Concerns []: Joseph's offending harmed someone outside the family, and "
        "no current worry about the household is described.",
        not_children=["Efua Quartey", "Leon Fairweather"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2031-11-21 17:48:59"
    body = ("To whoever reads this, I got this email address off the leaflet the family hub gave me. I have had my "
            "niece Chantelle's two little ones Tyrese and Amelia-Rose Campbell living with me since August when the "
            "police took them out of her flat because of the drugs and the man she was with beating her up, nobody "
            "made it official they just said it was better with family, I am 67 and I have a bad heart and I cannot "
            "do it anymore, I have told Chantelle she has to have them back and she is coming for them at 8 o'clock "
            "tonight, she says she is off the crack but she isn't I could see it on her last week, and he is back "
            "living there, Dwayne, the one who broke her jaw, and he told Tyrese on the phone he is going to sort him "
            "out for telling the police, Tyrese is 6 and the baby is 2, I know I shouldn't be doing this but I can't "
            "cope, I'm not well, nobody from the social has been since September, I'm sorry\n\n"
            "Marcia Campbell\n\nSent from Yahoo Mail for iPad\n")
    top = plain_top(f, addr("Marcia Campbell", "marcia.campbell1964@mailbox.example.co.uk"), THUB,
                    "my nieces kids", when, "mailbox.example.co.uk", None,
                    extra=[("X-Mailer", "YahooMailIosMobile Raven/58310 CFNetwork/1498 Darwin/23.2.0")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Tyrese Campbell", as_written="Tyrese and Amelia-Rose Campbell"),
         ch("Amelia-Rose Campbell", as_written="Tyrese and Amelia-Rose Campbell")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT from an informal KINSHIP CARER at breaking point, one long unpunctuated paragraph at 17:48 on a "
        "Friday (out of hours): the great-aunt who has had two children since police removed them in August (never "
        "made formal) will hand them back to their mother at 8 o'clock TONIGHT - a mother still using crack, living "
        "again with the man who broke her jaw, who has threatened to 'sort out' the 6-year-old for talking to the "
        "police -> immediate risk -> alert_duty. A relative asking for no step -> other. Children from 'Tyrese and "
        "Amelia-Rose Campbell' (ages only); concerns domestic_abuse, substance_misuse, physical_harm (the threat).",
        not_children=["Marcia Campbell"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2031-11-06 10:20:14"
    body = T("""
Morning,

MARF attached - the school have done their section. I've also attached a screenshot of the page mum signed, in case you need it.

Matt

Matthew Nwosu
Early Help Family Support Worker | Poplar Family Hub
""") + quote("MAST <MAST@towerhamlets.gov.uk>", "05 November 2031 15:37",
             "Nwosu, Matthew <Matthew.Nwosu@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-318] Step-up received - still needed: Multi-Agency Request for Support form", T("""
Thank you - your step-up request for Oliwer Lewandowski, Zuzanna Lewandowski and Tymek Lewandowski (Mosaic 1560312) has been received (reference SB-tower_hamlets-318).

Still needed: the completed Multi-Agency Request for Support form (MARF).
"""))
    marf = pdf_att("MARF - Lewandowski - final.pdf", "MULTI-AGENCY REQUEST FOR SUPPORT (MARF)", [
        "Family: Lewandowski    Mosaic ID: 1560312",
        "Children: Oliwer Lewandowski 17/06/2020; Zuzanna Lewandowski 08/01/2023; Tymek Lewandowski 02/02/2027",
        "Parents: Agnieszka Lewandowska (mother), Piotr Lewandowski (father)",
        "Reason: father's heavy drinking; Oliwer absent 19 days this term, mostly Mondays.",
        "Parent consent to this request: Yes - signed by mother 04/11/2031",
        "Line manager agreement: Rukhsana Siddique, Early Help Team Manager - agreed 03/11/2031",
        "School section: completed by Mrs J. Kowalczyk, DSL, 05/11/2031"])
    shot = binary_part("image/png", "Screenshot_20311106-101412.png", make_png(72, 128, (236, 236, 236)))
    top = outlook_top(f, addr("Nwosu, Matthew", "Matthew.Nwosu@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-318] Step-up received - still needed: Multi-Agency Request for Support "
                      "form", when, reply_to_mid="<SB-tower_hamlets-318.ack@towerhamlets.gov.uk>")
    add(f, mail(f, top, body, [marf, shot], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["1560312"],
        [ch("Oliwer Lewandowski", "2020-06-17", "17/06/2020"), ch("Zuzanna Lewandowski", "2023-01-08", "08/01/2023"),
         ch("Tymek Lewandowski", "2027-02-02", "02/02/2027")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "attach_to_request",
        "Reply to stepbot's chase [SB-tower_hamlets-318] for tower_hamlets_02 with the MARF (PDF) and a phone "
        "screenshot (a PNG image, unreadable and not needed) -> follow_up -> attach_to_request. The MARF now gives "
        "every child's DOB (the first mail had ages in words), consent 'Yes - signed' and the manager's agreement; "
        "'Mosaic 1560312' -> '1560312'.",
        not_children=["Agnieszka Lewandowska", "Piotr Lewandowski", "Rukhsana Siddique", "Matthew Nwosu"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2031-09-03 09:31:22"
    add(f, google_reply(f, when, "Halima Noor", "h.noor@arboursquare.example.sch.uk", ("MAST", TMAST), "TENTATIVE",
                        "MAST discussion - Ilyas Miah and Safa Miah [SB-tower_hamlets-301]",
                        "20310908T090000Z", "20310908T100000Z"),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Ilyas Miah"), ch("Safa Miah")], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text + HTML + text/calendar method=REPLY, plus invite.ics as application/ics), "
        "PARTSTAT=TENTATIVE, from the school's DSL invited to the MAST discussion for tower_hamlets_01 -> "
        "meeting_reply -> record_reply; children from the SUMMARY.",
        not_children=["Halima Noor"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2031-10-01 16:22:40"
    htmlb = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#242424">
<table role="presentation" width="640"><tr><td>
<p style="font-size:20px;font-weight:600">Meeting recap</p>
<p><b>Strategy discussion - Hussain children (Mosaic 1549003 / 1549004)</b><br>Wednesday, 1 October 2031 &middot; 14:00 - 15:10</p>
<p style="background:#FFF4CE;padding:6px">AI-generated content may be incorrect. Review the recording and transcript before you rely on it.</p>
<p><b>Attendees:</b> Maryam Okonjo (MAST), DC Lisa Farrow (Met Police CAIT), Dr Anjali Rao (Royal London Hospital), school DSL, Early Help practitioner</p>
<p><b>Notes</b></p>
<ul>
<li><b>Incident:</b> DC Lisa Farrow summarised Monday night's incident: the father, Rashid Hussain, assaulted the mother at the family home; Yasmin Hussain (9) was pushed when she tried to intervene and has a bruise on her upper arm. Adam Hussain (4) was asleep.</li>
<li><b>Police action:</b> Rashid Hussain was charged on Tuesday and remanded in custody; next court date 29 October.</li>
<li><b>Children's safety:</b> the mother and both children are staying with the maternal grandparents in Poplar. Dr Anjali Rao reported the child protection medical for Yasmin on Tuesday: injury consistent with the account, no other injuries.</li>
<li><b>Decision:</b> agreed that the threshold for s47 enquiries is met and a single assessment will continue; no immediate safety concerns while the father is remanded; safety plan with the grandparents agreed.</li>
</ul>
<p><b>Follow-up tasks</b></p>
<ul>
<li>Maryam Okonjo: allocate a social worker for the s47 enquiry by 3 October.</li>
<li>DC Lisa Farrow: inform MAST immediately of any change to remand.</li>
</ul>
<p style="color:#616161;font-size:12px">This recap was generated by Intelligent recap in Microsoft Teams Premium. You're receiving this email because you attended the meeting. Please do not reply to this automatically generated message.</p>
</td></tr></table></body></html>
""")
    top = outlook_top(f, addr("Microsoft Teams", "no-reply@teams.mail.example.com"), addr("MAST", TMAST),
                      "Recap of Strategy discussion - Hussain children (Mosaic 1549003 / 1549004)", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                      mid_domain="teams.mail.example.com")
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, text_part(htmlb, "html", crlf=True), True), "tower_hamlets", "mash_step_up", when, 1,
        "near_miss", "auto_reply", False, None, ["1549003", "1549004"],
        [ch("Yasmin Hussain"), ch("Adam Hussain")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "ignore",
        "NEAR MISS in a Teams 'Intelligent recap' (AI-generated notes of a strategy discussion, HTML only, "
        "Auto-Submitted: auto-generated) -> machine mail -> auto_reply -> ignore. It describes an assault this "
        "week and a 9-year-old's bruise, but the risk is HELD: father charged and remanded, mother and children "
        "with the grandparents, CP medical done, s47 and a safety plan agreed, 'no immediate safety concerns' -> "
        "not urgent. As in mixed12, a held risk keeps this week's domestic_abuse + physical_harm. Children and "
        "'Mosaic 1549003 / 1549004' from the recap.",
        not_children=["Rashid Hussain", "Maryam Okonjo", "Lisa Farrow", "Anjali Rao"])

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2031-10-07 13:15:55"
    body = T("""
Hello Early Help,

Please could I have a triage slot for Ezra Mallory. As he is under 5, I understand he will be heard at the fortnightly under-5s triage with AFC.

Ezra Mallory, DOB 16/06/2027, LCS-2833190
Lives with mum and dad, Lauren and Kit Mallory, and his big sister Isla Mallory (8), in Preston, Paignton.

Ezra has cerebral palsy (GMFCS level IV), epilepsy and global developmental delay. He is fed by gastrostomy, uses a specialist seating system and a wheelchair, needs two-person moving and handling at home, and has an EHCP at the Chestnut Tree special school nursery. He has fourteen professionals involved.

The Children with Disabilities team's CIN plan was about his care package: a wheelchair-accessible home (the family moved in June), the equipment (hoist, bath seat, profiling bed), six hours a week of short breaks and the continuing-care nursing assessment. All of that is now in place and has been reviewed, so there is no further need for statutory intervention. What the family still need is a level 3 coordinated response - one lead practitioner to hold the TAF and keep the professionals joined up - and support for mum and dad to keep going.

My team manager, Jenna Tregenza, agreed the step down in supervision and recorded her management analysis on LCS on 06/10/2031, confirming the threshold for level 3 is met.

Mum and dad gave consent for level 3 Early Help on 03/10/2031 - the signed form is uploaded to LCS.

The Single Assessment update is attached.

Many thanks,
Kerenza

Kerenza Polglase
Social Worker | Children with Disabilities Team | Torbay Council
01632 960372
""")
    sa = pdf_att("Single Assessment update - Ezra Mallory.pdf", "SINGLE ASSESSMENT - UPDATE (CHILDREN WITH DISABILITIES)", [
        "Child: Ezra Mallory    DOB: 16/06/2027    LCS-2833190",
        "Needs: cerebral palsy (GMFCS IV), epilepsy, gastrostomy feeding, EHCP.",
        "CIN outcomes achieved: accessible housing, equipment, short breaks, continuing-care assessment.",
        "Social worker's analysis: level 4 no longer required; level 3 coordinated response recommended.",
        "Manager's analysis (J. Tregenza, 06/10/2031): agree - threshold for level 3 met; step down."])
    top = outlook_top(f, addr("Polglase, Kerenza", "Kerenza.Polglase@" + BDOM), addr("Early Help Torbay", TEH),
                      "Triage slot request - step down from CWD team - Ezra Mallory (4) - level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2833190"],
        [ch("Ezra Mallory", "2027-06-16", "16/06/2027"), ch("Isla Mallory")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "A step-down from the Children with Disabilities team (the seed's SASF/CWD route) for a CHILD WHOSE "
        "DISABILITY DOMINATES: cerebral palsy, epilepsy, gastrostomy, EHCP; the CIN plan was his care package, now "
        "in place -> concern disability_send only (the parents' tiredness maps to no id). 'GMFCS level IV' is a "
        "motor-function scale, not an Early Help level; the step-down level is 'level 3' -> 3. Single Assessment "
        "attached, TM's analysis recorded (manager true), consent given -> book_meeting; Ezra is 4, so the "
        "under-5s triage panel applies. His sister 'Isla Mallory (8)' is a named child (age only -> dob null).",
        not_children=["Kit Mallory", "Jenna Tregenza", "Kerenza Polglase"])

def torbay_02():
    f = "torbay_02.eml"; when = "2031-10-27 09:22:18"
    body = T("""
Morning,

I'm sending this step-down request on behalf of Jade Pascoe, the allocated social worker, who is off work this week. Jade was assaulted at a home visit on a different case last Wednesday - a parent punched her and she has a fractured cheekbone. The police have charged him. That family has nothing to do with the Rowes; I'm only mentioning it so you know why I'll be attending triage in Jade's place, as the process says the team manager attends in the social worker's absence.

Tegan Rowe (DOB 01/03/2019) and Bailey Rowe (DOB 30/11/2022) - LCS-2790014 and LCS-2790015 - have been on CIN plans since January, after mum, Danielle Rowe, was admitted to hospital with a mental health crisis. The outcomes have been achieved: mum has been well for six months, is engaging with the community mental health team and takes her medication, and the children's grandmother has stepped in with the school runs. There is no further need for statutory intervention. I agreed this with Jade in supervision on 20 October, and my management analysis is on LCS, confirming the level 3 threshold is met.

Mum gave her consent for level 3 Early Help at the CIN review on 20 October.

Remaining needs: mum's mental health (relapse prevention plan) and Tegan's attendance, which is 87%.

The Single Assessment update is attached.

Thanks,
Nicola

Nicola Pengilly
Team Manager | Safeguarding and Supporting Families | Torbay Council
""")
    sa = pdf_att("SA update - Rowe - Oct 2031.pdf", "SINGLE ASSESSMENT - UPDATE", [
        "Children: Tegan Rowe (01/03/2019), Bailey Rowe (30/11/2022)    LCS-2790014 / LCS-2790015",
        "CIN outcomes achieved; mother well for six months; CMHT involved; relapse prevention plan.",
        "Manager's analysis (N. Pengilly, 20/10/2031): threshold for level 3 met; step down agreed."])
    top = outlook_top(f, addr("Pengilly, Nicola", "Nicola.Pengilly@" + BDOM), addr("Early Help Torbay", TEH),
                      "Step down request for triage - Rowe children (on behalf of Jade Pascoe)", when,
                      cc=addr("Pascoe, Jade", "Jade.Pascoe@" + BDOM))
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-2790014", "LCS-2790015"],
        [ch("Tegan Rowe", "2019-03-01", "01/03/2019"), ch("Bailey Rowe", "2022-11-30", "30/11/2022")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS and a MANAGER WRITING FOR AN ABSENT WORKER: 'assaulted', 'punched', 'fractured cheekbone', "
        "'police have charged him' describe an attack on the social worker by a parent on ANOTHER case - a staff "
        "safety matter, no child of this family at risk -> not urgent, adds no concern. The TM sends the Rowe "
        "step-down herself: Single Assessment attached, her own management analysis (manager true), consent at the "
        "CIN review, 'the level 3 threshold is met' -> level 3 -> book_meeting. The mental health crisis is the "
        "January history; mum's relapse prevention and 87% attendance are the current needs.",
        not_children=["Jade Pascoe", "Danielle Rowe", "Nicola Pengilly"])

def torbay_03():
    f = "torbay_03.eml"; when = "2031-11-12 15:40:07"
    body = T("""
Hi Early Help,

I'm a newly qualified social worker (in my ASYE year) in the Single Assessment Team and this is my first step down, so I've tried to follow the process document step by step!

Step 1 - I have finished the Single Assessment for Zennor Kitto (DOB 2nd April 2016) and Piran Kitto (DOB 19.09.2027), LCS: 2851207 / 2851208. My analysis recommends no further action at level 4 but a level 3 coordinated response.

Step 1 (manager's analysis) - my team manager, Jacqui Tonkin, has read the assessment and has told me she doesn't agree that level 3 is right yet. She wants the results of mum's partner's hair strand test first, because of his cannabis use in the flat, so her analysis isn't on LCS yet.

Step 2 - this email!

Step 3 - consent: mum (Tamsyn Kitto) gave her consent for level 3 early help on the phone today.

I'll send the Single Assessment over as soon as Jacqui has added her analysis.

Worries: mum's partner, Dean Rowse, smokes cannabis in the flat most evenings; Zennor's attendance is 79%. Piran is 4, so I think he will need the under-5s triage?

Thanks,
Ryan

Ryan Trebilcock
Social Worker (ASYE) | Single Assessment Team | Torbay Council
""")
    top = outlook_top(f, addr("Trebilcock, Ryan", "Ryan.Trebilcock@" + BDOM), addr("Early Help Torbay", TEH),
                      "Triage request - step down from SAT - Kitto children", when,
                      cc=addr("Tonkin, Jacqui", "Jacqui.Tonkin@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2851207", "2851208"],
        [ch("Zennor Kitto", "2016-04-02", "2nd April 2016"), ch("Piran Kitto", "2027-09-19", "19.09.2027")],
        ["school_attendance", "substance_misuse"], True, False, ["assessment", "manager_agreed"], None,
        "request_info",
        "A newly qualified social worker follows the protocol's numbered steps literally. The TM has read the "
        "assessment and 'doesn't agree that level 3 is right yet' -> a stated, current disagreement -> manager "
        "false (missing); the Single Assessment 'I'll send ... as soon as' -> assessment missing; mum's consent "
        "given -> request_info. 'level 3' -> 3; 'LCS: 2851207 / 2851208' -> the digits. Partner's cannabis use in "
        "the flat = substance_misuse; 79% = school_attendance. Piran (19.09.2027) is under 5.",
        not_children=["Jacqui Tonkin", "Tamsyn Kitto", "Dean Rowse", "Ryan Trebilcock"])

def torbay_04():
    f = "torbay_04.eml"; when = "2031-11-20 13:02:33"
    body = T("""
Dear MASH,

I'm the lead practitioner for the Trethewey family at level 3 (a young carers plan since March, EHM-806114) and I'm making a contact to MASH because I think this now needs a level 4 response today.

Maisie Trethewey (12, DOB 08/08/2019) is a young carer for her mum, Claire Trethewey, who has MS and uses a wheelchair. Maisie's brother Alfie Trethewey (7, DOB 23/05/2024) lives with them too. Mum's partner, Shane Hext, moved in during the summer to "help with mum's care".

At our young carers group at lunchtime today, Maisie showed me red marks on both sides of her neck. She said Shane "grabbed me round the neck and pushed me against the fridge" last night because she hadn't done mum's tablets right, and that he smacks Alfie "when mum's asleep". She doesn't want to go home. Shane collects both children from school at 3.15 on Thursdays while mum is at physio.

My manager, Rebecca Stidston, has agreed that this needs a level 4 response. I haven't spoken to mum about consent - Maisie begged me not to, because Shane reads mum's phone, and I didn't want to put her at more risk.

I've rung the MASH number as well and I'm staying at school with Maisie until I hear back.

Hannah Polwhele
Young Carers Support Worker (Lead Practitioner)
Torbay Young Carers
07700 900455
""")
    top = outlook_top(f, addr("Hannah Polwhele", "hannah.polwhele@torbayyoungcarers.example.org.uk"),
                      addr("Torbay MASH", TMASH), "Contact to MASH - step up from level 3 - Trethewey family", when,
                      cc=addr("Rebecca Stidston", "rebecca.stidston@torbayyoungcarers.example.org.uk"),
                      mid_domain="torbayyoungcarers.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-806114"],
        [ch("Maisie Trethewey", "2019-08-08", "08/08/2019"), ch("Alfie Trethewey", "2024-05-23", "23/05/2024")],
        ["physical_harm", "young_carer"], None, True, ["consent"], None, "alert_duty",
        "URGENT step-up by a YOUNG CARERS charity's lead practitioner (a Torbay contact to MASH): a 12-year-old "
        "young carer has red marks on her neck from being grabbed by the throat last night by mum's partner, who "
        "also hits her 7-year-old brother, and he collects both at 3.15 today -> immediate risk -> alert_duty. "
        "Consent deliberately not sought (to avoid more risk) -> null, so consent is still listed missing; the "
        "charity manager agreed -> manager true. Concerns physical_harm + young_carer; 'level 3' / 'level 4' in a "
        "step-up -> level null.",
        not_children=["Claire Trethewey", "Shane Hext", "Rebecca Stidston", "Hannah Polwhele"])

def torbay_05():
    f = "torbay_05.eml"; when = "2031-10-28 15:27:10"
    body = T("""
Dear MASH,

At 14:40 today Kieran Stoneman (Year 9, DOB 30/01/2018) came to my office very distressed. Since Saturday someone he met on Instagram, who he believed was a 15-year-old girl, has been demanding money from him after he sent them intimate images of himself. This afternoon they sent him a collage of the images with his school logo, his mum's Facebook profile and his friends' names, and said they will send it to everyone "at 12 tonight" unless he pays £300. He has already paid £40 from his savings.

He told me he would "rather be dead than have everyone see it" and that he has "thought about how".

He is with our pastoral lead now and I haven't let him leave. I've reported it to the police on 101 and they say an officer will call back this evening. I've phoned his mum, Rachel Stoneman, who is coming to collect him at 4.30 and is very upset. As far as I know the family are not known to Early Help or social care.

I'm writing because I'm worried about tonight - the midnight deadline, what he said about being dead, and that the police may not see him until later.

Adrian Colley
Assistant Headteacher and Designated Safeguarding Lead
Barton Hill Academy, Torquay
01632 960418
""")
    top = outlook_top(f, addr("Adrian Colley", "a.colley@bartonhill.example.sch.uk"), addr("Torbay MASH", TMASH),
                      "Year 9 boy - online blackmail - deadline midnight tonight", when,
                      mid_domain="bartonhill.example.sch.uk",
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kieran Stoneman", "2018-01-30", "30/01/2018")], ["exploitation", "sexual_harm"], None, None, [], None,
        "alert_duty",
        "URGENT: a school DSL reports SEXTORTION of a 13-year-old boy - intimate images, a threat to send them to "
        "everyone 'at 12 tonight' unless he pays, money already paid - and the boy says he would 'rather be dead' "
        "and has 'thought about how'; police will only call back this evening -> immediate risk tonight -> "
        "alert_duty. Not known to Early Help; a school asking for no step -> other. Concerns exploitation + "
        "sexual_harm (online sexual exploitation); his suicidal statement maps to no contract id.",
        not_children=["Rachel Stoneman", "Adrian Colley"])

def torbay_06():
    f = "torbay_06.eml"; when = "2031-11-18 09:30:41"
    body = T("""
Hi,

Good news - Dean's hair strand test came back negative, so Jacqui has now agreed the step down and added her analysis to the Single Assessment (attached).

Thanks,
Ryan
""") + quote("Early Help Torbay <earlyhelp@torbay.gov.uk>", "12 November 2031 15:44",
             "Trebilcock, Ryan <Ryan.Trebilcock@torbay.gov.uk>",
             "[SB-torbay-233] Step-down received - still needed: Single Assessment; manager's analysis", T("""
Thank you. Your step-down request has been logged as SB-torbay-233.
Still needed: the Single Assessment with your analysis; your team manager's analysis confirming the threshold for level 3 intervention is met.
"""))
    sa = pdf_att("Single Assessment - Kitto - authorised.pdf", "SINGLE ASSESSMENT - AUTHORISED", [
        "Children: Zennor Kitto (02/04/2016), Piran Kitto (19/09/2027)    LCS: 2851207 / 2851208",
        "Mother: Tamsyn Kitto. Partner: Dean Rowse.",
        "Hair strand test (received 14/11/2031): negative for cannabis over the last three months.",
        "Zennor's attendance 79% - the main remaining need.",
        "Consent for level 3 Early Help: given by mother, 12/11/2031.",
        "Manager's analysis (J. Tonkin, 17/11/2031): threshold for level 3 met; step down agreed."])
    top = outlook_top(f, addr("Trebilcock, Ryan", "Ryan.Trebilcock@" + BDOM), addr("Early Help Torbay", TEH),
                      "RE: [SB-torbay-233] Step-down received - still needed: Single Assessment; manager's analysis",
                      when, reply_to_mid="<SB-torbay-233.ack@torbay.gov.uk>")
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2851207", "2851208"],
        [ch("Zennor Kitto", "2016-04-02", "02/04/2016"), ch("Piran Kitto", "2027-09-19", "19/09/2027")],
        ["school_attendance"], True, True, [], None, "attach_to_request",
        "Reply to stepbot's chase [SB-torbay-233] for torbay_03 with the authorised Single Assessment -> "
        "follow_up -> attach_to_request. The latest statement wins over torbay_03: the TM 'has now agreed' -> "
        "manager true; the partner's hair strand test is negative, so cannabis use is ruled out (no "
        "substance_misuse); attendance remains. Children, DOBs and ids from the PDF; consent true from the PDF.",
        not_children=["Tamsyn Kitto", "Dean Rowse"])

def torbay_07():
    f = "torbay_07.eml"; when = "2031-10-09 12:05:00"
    add(f, itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help Torbay", TEH), "ACCEPTED",
                      "Under-5s triage - Ezra Mallory (LCS-2833190) [SB-torbay-219]",
                      "20311021T093000", "20311021T100000", "Paignton Family Hub, Room 2",
                      comment="I'll bring the portage worker's update and the short-breaks review."),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-2833190"],
        [ch("Ezra Mallory")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, with a harmless COMMENT, from the AFC representative to the "
        "under-5s triage slot for torbay_01 -> meeting_reply -> record_reply; child and case id from the SUMMARY.")

def torbay_08():
    f = "torbay_08.eml"; when = "2031-09-03 07:15:02"
    body = T("""
Thank you for contacting Barton Hill Academy.

Your email has been logged as ticket #48213 and will be answered within 3 school days.

If your enquiry is about a safeguarding concern, please telephone the school on 01632 960411 and ask for the Designated Safeguarding Lead.

This is an automated message - please do not reply to it.

Barton Hill Academy Office
""")
    top = plain_top(f, addr("Barton Hill Academy Office", "office@bartonhill.example.sch.uk"),
                    addr("Early Help Torbay", TEH),
                    "[Ticket #48213] RE: [SB-torbay-205] Triage slot confirmed - Tuesday 9 September", when,
                    "helpdesk.bartonhill.example.sch.uk", None,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("In-Reply-To", "<SB-torbay-205.slot@torbay.gov.uk>")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A school office HELPDESK auto-acknowledgement ('[Ticket #48213]', Auto-Submitted: auto-replied, "
        "X-Autoreply) to stepbot's slot confirmation -> auto_reply -> ignore. The ticket number is not a case id; "
        "the safeguarding signpost is boilerplate.")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2031-09-10 11:05:26"
    blocks = [
        "Dear colleagues,",
        "",
        "Please find attached the Early Help Assessment step-down plan and the signed consent form for Harvey "
        "Pritchard, born on the twenty-third of January two thousand and seventeen, and his sister Lola Pritchard, "
        "born on the eleventh of July two thousand and twenty-one (Mosaic 631540 and 631541). I discussed the plan "
        "with Verity Lang at the Tuesday drop-in on the second of September.",
        "",
        "Both children have lived with their maternal grandmother, Mrs Janet Pritchard, since two thousand and "
        "twenty-nine. A {{Special Guardianship Order}} was made in her favour on the fourteenth of August this year, "
        "and the children's Child in Need plan ended at the final review on the fourth of September. Mrs Pritchard "
        "holds parental responsibility and has signed the consent form herself.",
        "",
        "For context, as the history is serious and will be in the records you receive: the children were removed "
        "from their parents' care under police protection in March two thousand and twenty-nine, after their "
        "father, Dean Morris, seriously assaulted their mother in front of them and Harvey's arm was broken when he "
        "tried to intervene. Mr Morris was convicted and is serving a sentence of nine years; a restraining order "
        "prevents any contact with the children or with Mrs Pritchard. Their mother, Kayleigh Pritchard, sees them "
        "for two hours every other Saturday at the contact centre in Leominster, supervised, and this is going well. "
        "There has been no incident of any kind in the two and a half years since.",
        "",
        "The remaining needs are Harvey's behaviour at school (he has an Education, Health and Care Plan for social, "
        "emotional and mental health needs) and practical support for Mrs Pritchard, who is seventy-one and had a "
        "hip replacement in the spring.",
        "",
        "The key person is Mrs Anwen Jeffries, Family Support Worker at Kington Primary School, who knows the family "
        "well and has agreed to take the role.",
        "",
        "Yours sincerely,",
        "",
        "Geraint Vaughan",
        "Senior Social Worker, Kington and West Locality Team",
        "Herefordshire Council",
    ]
    plan = docx_att("EHA Step Down Plan - Pritchard.docx", [
        "# Early Help Assessment - Step Down",
        "Level: Level 3 - Intensive",
        "Section 1 - Family details and consent: special guardian Janet Pritchard (holds PR); consent form signed.",
        "Section 3 - Mapping",
        "What are we worried about? Harvey's behaviour at school (EHCP - social, emotional and mental health); "
        "Mrs Pritchard's health after her hip replacement.",
        "What's working well? A stable, loving home with Nan since 2029; supervised contact with mum going well; "
        "Lola thriving at school.",
        "Complicating factors: father in prison (restraining order); the children's history of trauma."], [
        [["ID", "Name", "Date of Birth"], ["631540", "Harvey Pritchard", "23/01/2017"],
         ["631541", "Lola Pritchard", "11/07/2021"]],
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["School family support worker to lead a TAF; EHCP review", "Harvey settled in class", "By Christmas"],
         ["Carers assessment and practical help for Mrs Pritchard", "Nan supported to keep caring", "6 weeks"]],
        [["Details of Key Person", ""], ["Name", "Anwen Jeffries"],
         ["Agency / role", "Kington Primary School - Family Support Worker"]]])
    cf = pdf_att("Consent - Pritchard - signed.pdf", "EARLY HELP CONSENT FORM", [
        "Children: Harvey Pritchard, Lola Pritchard",
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: Janet Pritchard (special guardian, holds parental responsibility)    Date: 05/09/2031"])
    top = outlook_top(f, addr("Vaughan, Geraint", "Geraint.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Harvey and Lola Pritchard (special guardianship with their grandmother)", when)
    add(f, word_mail(f, top, blocks, [plan, cf], font="Calibri"), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["631540", "631541"],
        [ch("Harvey Pritchard", "2017-01-23", "twenty-third of January two thousand and seventeen"),
         ch("Lola Pritchard", "2021-07-11", "eleventh of July two thousand and twenty-one")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS in SPECIAL GUARDIANSHIP: 'police protection', 'seriously assaulted', 'arm was broken' describe "
        "2029; the father is in prison with a restraining order, mum's contact is supervised and going well, no "
        "incident since -> not urgent; historic harm adds no concern. The grandmother is the special guardian (she "
        "holds PR) and signed the consent form -> consent true, consent_form met; EHA step-down plan attached "
        "('Level 3 - Intensive' -> 3), key person named with her agency -> book_meeting. NUMBERS SPELLED OUT: DOBs "
        "'the twenty-third of January two thousand and seventeen' and 'the eleventh of July two thousand and "
        "twenty-one'. Harvey's EHCP = disability_send.",
        not_children=["Janet Pritchard", "Dean Morris", "Kayleigh Pritchard", "Anwen Jeffries", "Geraint Vaughan",
                      "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2031-10-16 14:52:44"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Bufton children. I talked the plan through with Xavier Moss at the drop-in on Tuesday.

Jayden Bufton - DOB 05/03/2018 - Mosaic 640212
Maddie Bufton - DOB 29/10/2020 - Mosaic 640213
Ruby-Lou Bufton - DOB 14/07/2025 - Mosaic 640214

Background: the children have been on Child in Need plans since February, after the police attended several incidents of domestic abuse between mum, Kerry Bufton, and her ex-partner Callum Dyke (Ruby-Lou's dad). Kerry ended the relationship in April and a non-molestation order was made in May. Callum has not been to the house since, and he has had supervised contact with Ruby-Lou at the contact centre in Hereford every other Saturday, which has gone well.

Kerry has worked really hard. She completed the Freedom Programme, moved the family to a new house on the other side of Leominster and is back at work part-time. Jayden's attendance has gone up from 81% to 92%, and Maddie has settled well at her new school. Kerry still has anxiety - she is on the waiting list for talking therapies - and she would like support with routines and with Jayden's behaviour at home, which is why the plan is for Early Help at level 3.

The key person is Paula Gittins, the family support worker at Leominster Family Hub, who has met Kerry and the children and has agreed to take the role.

Kerry signed the consent form at my visit yesterday (attached). I'd be grateful if the step-down could be processed this week, as the CIN closure is booked for 24 October.

Just as I was finishing this, Kerry rang me: Callum is outside the house now, banging on the windows and shouting that he's taking Ruby-Lou, and she's locked in the bathroom with all three children - I've told her to ring 999 and I'm going over now.

Megan

Megan Ashby
Social Worker | Leominster Locality Team | Herefordshire Council
07700 900733
""")
    plan = docx_att("EHA step-down plan - Bufton.docx", [
        "# Early Help Assessment - Step Down Plan",
        "Level 3 - Intensive",
        "What are we worried about? Mum's anxiety; routines; Jayden's behaviour at home.",
        "What's working well? No contact from Callum Dyke at the house since the non-molestation order; supervised "
        "contact going well; Jayden's attendance up to 92%.",
        "Complicating factors: history of domestic abuse (CIN since February 2031)."], [
        [["ID", "Name", "Date of Birth"], ["640212", "Jayden Bufton", "05/03/2018"],
         ["640213", "Maddie Bufton", "29/10/2020"], ["640214", "Ruby-Lou Bufton", "14/07/2025"]],
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Paula Gittins (Leominster Family Hub): routines and behaviour work at home", "Calmer mornings", "8 weeks"],
         ["Kerry: talking therapies", "Anxiety managed", "When offered"]],
        [["Details of Key Person", ""], ["Name", "Paula Gittins"], ["Agency", "Leominster Family Hub"]]])
    cf = pdf_att("Consent form - Bufton - signed 15.10.31.pdf", "EARLY HELP CONSENT FORM", [
        "Children: Jayden Bufton, Maddie Bufton, Ruby-Lou Bufton",
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: Kerry Bufton    Date: 15/10/2031"])
    top = outlook_top(f, addr("Ashby, Megan", "Megan.Ashby@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Bufton children (Jayden, Maddie and Ruby-Lou) - Leominster", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["640212", "640213", "640214"],
        [ch("Jayden Bufton", "2018-03-05", "05/03/2018"), ch("Maddie Bufton", "2020-10-29", "29/10/2020"),
         ch("Ruby-Lou Bufton", "2025-07-14", "14/07/2025")],
        ["domestic_abuse", "parental_mental_health"], True, None, [], None, "alert_duty",
        "URGENT told ONLY IN THE LAST LINE of a long, calm, complete step-down (plan, signed consent form, key person "
        "with agency, level 3): 'Just as I was finishing this' the ex-partner under a non-molestation order is "
        "outside the house NOW, banging on the windows and threatening to take the 3-year-old, while mum is locked "
        "in the bathroom with all three children -> immediate risk -> alert_duty. The last line makes the domestic "
        "abuse current again (the earlier paragraphs call it past) -> domestic_abuse; mum's anxiety = "
        "parental_mental_health; attendance 'gone up ... to 92%' is a strength, not labelled.",
        not_children=["Kerry Bufton", "Callum Dyke", "Paula Gittins", "Megan Ashby", "Xavier Moss"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2031-11-05 10:48:13"
    body = T("""
Good morning,

Tom Garrard (Social Worker, Hereford City Team) has asked me to send you the attached step-down plan for the Oakes family while he is out on visits today. Tom also asked me to pass on the following:

"Dad (Martin Oakes) agreed to the step-down on the phone on Monday and will sign the consent form at the handover visit next week - I'll send it straight over. The key person is Lucy Wargent from Herefordshire Carers Support, who is already Ellis's young carers worker. I discussed the plan with Xavier Moss at last Tuesday's drop-in."

Please reply to Tom directly if you need anything else.

Kind regards

Sam Pugh
Business Support Officer | Children's Services (Hereford City) | Herefordshire Council
""")
    plan = docx_att("Step down plan - Oakes - Nov 2031.docx", [
        "# Early Help Assessment - Step Down Plan",
        "Level: 3 (Intensive)",
        "What are we worried about? Ellis (13) is the main carer for his dad since dad's stroke in March: he "
        "helps him wash and dress, manages his tablets and looks after his sister before school. Ellis's "
        "attendance is 83% and he is exhausted.",
        "What's working well? Dad's speech and mobility are improving; Grace is happy at school; the family are "
        "close and open with professionals.",
        "Complicating factors: mum left the family home in 2029 and lives in Scotland."], [
        [["ID", "Name", "Date of Birth"], ["637720", "Ellis Oakes", "21/06/2018"], ["637721", "Grace Oakes", "09/09/2026"]],
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Adult social care: care package for dad (referral made)", "Ellis no longer does personal care", "4 weeks"],
         ["Lucy Wargent: young carers support and respite activities", "Ellis has time for himself", "Ongoing"],
         ["School: attendance plan", "Attendance above 90%", "Spring term"]],
        [["Details of Key Person", ""], ["Name", "Lucy Wargent"],
         ["Agency / role", "Herefordshire Carers Support - Young Carers Worker"]]])
    top = outlook_top(f, addr("Children's Services Business Support - Hereford City", "cs.bs.herefordcity@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step-down plan on behalf of Tom Garrard - Oakes family",
                      when, cc=addr("Garrard, Tom", "Tom.Garrard@" + HDOM),
                      extra=[("Reply-To", addr("Garrard, Tom", "Tom.Garrard@" + HDOM))])
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["637720", "637721"],
        [ch("Ellis Oakes", "2018-06-21", "21/06/2018"), ch("Grace Oakes", "2026-09-09", "09/09/2026")],
        ["school_attendance", "young_carer"], True, None, ["consent_form"], None, "request_info",
        "Sent by BUSINESS SUPPORT from a shared mailbox on behalf of the social worker (Reply-To him), quoting his "
        "words: dad 'agreed ... on the phone' -> consent true, but the written consent form will come 'next week' "
        "-> consent_form missing -> request_info. Plan attached (children, DOBs and Mosaic ids only in the .docx; "
        "'Level: 3'), key person named with her agency. A YOUNG CARER: Ellis (13) does his father's personal care "
        "after a stroke -> young_carer; 83% = school_attendance.",
        not_children=["Tom Garrard", "Martin Oakes", "Lucy Wargent", "Sam Pugh", "Xavier Moss"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2031-09-02 14:10:08"
    body = T("""
Hello,

I'd like to step up the Gwilliam children to social care, please. I'm their Early Help family support worker at Ross-on-Wye Family Hub, and I don't think we can keep them safe enough at Early Help any more. I've put a chronology below so you can see how things have built up.

Children: Tyler Gwilliam (03/03/2016) and Evie Gwilliam (17/12/2019), Mosaic 629904 / 629905. They live with their mum, Donna Gwilliam, in Ross-on-Wye.

Date       | What happened                                                         | Source
14/01/2031 | Early Help plan starts (school attendance, home conditions)           | EH
03/03/2031 | Evie misses her second dental appointment; untreated tooth decay      | Dentist
11/04/2031 | Mum cancels home visit (1st of 5 cancelled since April)                | EH
19/05/2031 | Tyler's attendance falls to 74%                                       | School
30/06/2031 | Mum does not attend the TAF review                                    | EH
22/07/2031 | Neighbour reports both children out on the street at 10pm, no adult   | PCSO
28/08/2031 | Home visit: no food in the fridge, both children with head lice        | EH
01/09/2031 | First day of term: Tyler absent; attendance for 2030/31 ended at 68%  | School

My manager, Carol Bevan, agrees it is time to step this up.

Mum has told me she doesn't agree - she says social services "aren't coming anywhere near my kids".

Becky Tranter
Family Support Worker | Ross-on-Wye Family Hub | Herefordshire Council
01632 960529
""")
    top = outlook_top(f, addr("Tranter, Becky", "Becky.Tranter@" + HDOM), addr("MASH", HMASH),
                      "Step up to social care please - Gwilliam children", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["629904", "629905"],
        [ch("Tyler Gwilliam", "2016-03-03", "03/03/2016"), ch("Evie Gwilliam", "2019-12-17", "17/12/2019")],
        ["neglect", "non_engagement", "school_attendance"], False, True, [], None, "human_review",
        "A step-up told as a plain-text CHRONOLOGY TABLE (pipe-separated rows; dates in the table are events, not "
        "DOBs), sent to Herefordshire, whose protocol defines no step-up -> human_review with missing []. Facts "
        "still labelled: missed dental appointments, no food, head lice, children out at 10pm = neglect; five "
        "cancelled visits and a missed TAF = non_engagement; 74% / 68% = school_attendance. Mum 'doesn't agree' -> "
        "consent false (a stated refusal); 'My manager ... agrees' -> manager true.",
        not_children=["Donna Gwilliam", "Carol Bevan", "Becky Tranter"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2031-10-24 19:26:30"
    body = T("""
Dear Sir or Madam,

I am a host under the Homes for Ukraine scheme in Pembridge. Since March 2030 I have hosted Mrs Olena Kovalenko and her two children, Sofiia Kovalenko, who is seven, and Mykyta Kovalenko, who is four. The council\u2019s resettlement team gave me this address for the family support service.

Yesterday evening Mrs Kovalenko left the house with a man I have never met, who collected her in a van. She left a note in Ukrainian, which a neighbour has translated for me. It says that she is going to Poland \u201cfor a few weeks\u201d and that \u201cRichard will look after them\u201d. Her telephone has been switched off since this morning.

I am seventy-four and I am due to have heart surgery at the Queen Elizabeth Hospital in Birmingham. I must leave for the hospital at six o\u2019clock tomorrow morning and I will be in for at least five nights. There is nobody else in the house, and I do not know of any relatives in this country. The children do not know that their mother has gone; they think she is at work. Sofiia has asked me twice today when Mama is coming home.

I have tried the resettlement team\u2019s number but it goes to a recorded message until Monday. I have not called the police because I did not know whether this is a police matter.

Please can somebody tell me what I should do. My telephone number is 07700 900814.

Yours faithfully,

Richard Hollings
""")
    top = plain_top(f, addr("Richard Hollings", "rhollings@mailbox.example.net"), addr(None, HEH),
                    "Two Ukrainian children staying with me - their mother has left", when, "mailbox.example.net",
                    "Microsoft Outlook 16.0")
    t = text_part(body, charset="windows-1252")
    add(f, build(top, t, True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Sofiia Kovalenko"), ch("Mykyta Kovalenko")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, from a HOMES FOR UKRAINE host at 19:26 on a Friday (out of hours), formal and polite: the mother "
        "has left the country with a stranger, leaving a 7- and a 4-year-old with their 74-year-old host, who must "
        "leave for heart surgery at 6am tomorrow; no other adult, no relatives, the resettlement team unreachable "
        "until Monday -> the children will have no carer within hours -> immediate risk -> alert_duty. A member of "
        "the public asking for no step -> other. Abandonment = neglect; children with ages only. windows-1252 "
        "quoted-printable with curly quotes.",
        not_children=["Olena Kovalenko", "Richard Hollings"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2031-11-12 16:15:20"
    body = T("""
Signed consent attached - dad signed it at the handover visit this afternoon.

Tom

Tom Garrard
Social Worker | Hereford City Team

Get Outlook for Android

""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "05 November 2031 10:52",
             "Children's Services Business Support - Hereford City <cs.bs.herefordcity@herefordshire.gov.uk>",
             "[SB-herefordshire-247] Step-down plan received - still needed: written consent form", T("""
Thank you. Your step-down plan for Ellis Oakes and Grace Oakes has been logged as SB-herefordshire-247.
Still needed: the family's written consent form.
"""), cc="Garrard, Tom <Tom.Garrard@herefordshire.gov.uk>")
    cf = pdf_att("CamScanner 12-11-2031 16.02.pdf", "EARLY HELP CONSENT FORM", [
        "Children: Ellis Oakes, Grace Oakes    Mosaic: 637720 / 637721",
        "I agree to my family receiving Early Help support and to the step-down plan being shared with the",
        "Early Help co-ordinators and the key person.",
        "Signed: Martin Oakes (father)    Date: 12/11/2031",
        "Scanned with CamScanner"])
    top = outlook_top(f, addr("Garrard, Tom", "Tom.Garrard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-247] Step-down plan received - still needed: written consent form", when,
                      reply_to_mid="<SB-herefordshire-247.ack@herefordshire.gov.uk>")
    add(f, mail(f, top, body, [cf], crlf=False, cte="base64"), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["637720", "637721"],
        [ch("Ellis Oakes"), ch("Grace Oakes")], [], True, None, [], None, "attach_to_request",
        "Outlook for Android reply (base64 text) to stepbot's chase [SB-herefordshire-247] for herefordshire_03 "
        "with the signed consent form as a phone-scanner PDF ('CamScanner 12-11-2031 16.02.pdf') -> follow_up -> "
        "attach_to_request; consent true; children and Mosaic ids from the acknowledgement and the form.",
        not_children=["Martin Oakes", "Tom Garrard"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2031-11-17 08:12:51"
    add(f, itip_reply(f, when, "Hannah Lyall", "Hannah.Lyall@" + HDOM, ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in - Jack Bayley and Poppy Bayley [SB-herefordshire-258]",
                      "20311118T093000", "20311118T100000", "Microsoft Teams Meeting",
                      comment="Sorry, I can't make tomorrow. Dad was arrested on Saturday night after assaulting mum. "
                              "The children were at their nan's in Bromyard and have stayed there with mum. He has "
                              "been remanded in custody until his trial, police and EDT put a safety plan in place "
                              "over the weekend, and the strategy discussion this morning agreed no further immediate "
                              "action. The step-down is on hold for now - I'll rebook the drop-in once things have "
                              "settled."),
        "herefordshire", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, [],
        [ch("Jack Bayley"), ch("Poppy Bayley")], ["domestic_abuse"], None, None, [], None, "record_reply",
        "NEAR MISS in a DECLINED iTIP REPLY's COMMENT: 'arrested', 'assaulting mum', 'remanded', 'EDT', 'strategy "
        "discussion' - the weekend's assault is HELD (father remanded, children safe with mum at their nan's, "
        "police/EDT safety plan, strategy discussion agreed no further immediate action) -> not urgent -> "
        "meeting_reply -> record_reply. The assault is this week's and about the children's household -> "
        "domestic_abuse. Children from the SUMMARY.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2031-11-26 07:00:12"
    text = T("""
You have a new response on your form "Step-down drop-in feedback (autumn 2031)".

Responses so far: 14

View results: https://forms.example.com/Pages/DesignPageV2.aspx?subpage=design&id=hfdStepDownDropIn2031

You're receiving this email because you turned on notifications for this form. To stop them, open the form's Settings and turn off "Get email notification of each response".

Microsoft Forms
""")
    top = outlook_top(f, addr("Microsoft Forms", "no-reply@forms.example.com"), addr("Early Help Co-ordinators", HEH),
                      "New response to Step-down drop-in feedback (autumn 2031)", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                      mid_domain="forms.example.com")
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, mail(f, top, text, html_alt=True), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A Microsoft Forms new-response notification (Auto-Submitted: auto-generated, no-reply sender) for the "
        "co-ordinators' drop-in feedback form -> machine mail -> auto_reply -> ignore. No family.")

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
# England & Wales bank holidays 2031 (gov.uk pattern): New Year's Day 1 January, Good Friday 11 April, Easter
# Monday 14 April (Easter Sunday 13 April 2031), early May 5 May, spring 26 May, summer 25 August, Christmas Day
# 25 December, Boxing Day 26 December. One falls inside the window (25 August).
BANK_HOLIDAYS = {date(2031, 1, 1), date(2031, 4, 11), date(2031, 4, 14), date(2031, 5, 5), date(2031, 5, 26),
                 date(2031, 8, 25), date(2031, 12, 25), date(2031, 12, 26)}
WINDOW = (datetime(2031, 8, 21, tzinfo=LON), datetime(2031, 11, 28, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2031, 10, 26, 1, 0, 0, tzinfo=UTC)     # last Sunday in October: +0100 before, +0000 after

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
            d = docx.Document(io.BytesIO(payload))
            out += [p.text for p in d.paragraphs]
            out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif ct == "application/pdf":
            r = PdfReader(io.BytesIO(payload))
            out += [p.extract_text() for p in r.pages]
        elif ct == "application/rtf":
            out.append(rtf_to_text(payload))
        elif ct == "application/ms-tnef":
            if payload[:4] != struct.pack("<I", 0x223E9F78):
                out.append("<<BAD TNEF SIGNATURE>>")
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
        want_off = "+0100" if d.astimezone(UTC) < BST_END else "+0000"
        if not msg["Date"].strip().endswith(want_off): err(f, "Date offset should be %s" % want_off)
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
        for name in META[f]["not_children"]:
            if name not in text: err(f, "excluded person %s not in text" % name)
            if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
                err(f, "excluded person %s labelled as a child" % name)
        for cid in e["case_ids"]:
            if cid not in text: err(f, "case id %s not in text" % cid)
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

# ----------------------------------------------------------------------------- structural checks for mixed13
# Each asserts that a message really has the feature its label and README rely on (checked before writing).
def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def _k01(msg):
    now = datetime.fromisoformat(_lab("knowsley_01.eml")["now"]).date()
    m = META["knowsley_01.eml"]["meeting"]
    return _weekdays(now, m) == 5 and working_days(now, m) == 4 and date(2031, 8, 25) in BANK_HOLIDAYS

def _k04(msg):
    return msg["Date"].strip().endswith("+0100") and META["knowsley_04.eml"]["meeting"] > BST_END.date()

def _k05(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if len(cal) != 1 or cal[0].get_param("method") != "REQUEST":
        return False
    c = cal[0].get_payload(decode=True).decode().replace("\r\n ", "")
    desc = [l for l in c.split("\r\n") if l.startswith("DESCRIPTION")][0]
    desc = desc.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    return (all(x in desc for x in ("EHM-92260", "Callum Sullivan", "Keeley Sullivan", "Marcus Wainwright"))
            and "calendarmessage" in (msg["Content-Class"] or ""))

def _k02(msg):
    b = _plain(msg)
    return "level to" in b and "sin meeting" in b and "L2" in str(msg["Subject"])

def _k03(msg):
    b = _plain(msg)
    return "sir its lily" in b and "theres blood on his back" in b

def _k06(msg):
    return email.utils.parsedate_to_datetime(msg["Date"]).date() in BANK_HOLIDAYS

def _r01(msg):
    no_att = not any(p.get_filename() for p in msg.walk() if not p.is_multipart())
    t = readable(msg)
    return no_att and "safelinks.protection.outlook.com/?url=" in t and "Latest case summary" in t

def _r02(msg):
    b = _plain(msg)
    lines = [l for l in b.splitlines() if re.search(r"(?i)consent|agrees", l)]
    return len(lines) == 2 and all(re.search("\t\u2713\t$", l) for l in lines)

def _r03(msg):
    subj = str(msg["Subject"])
    body = body_text(msg)[len(re.sub(r"\s+", " ", subj)):]
    return "Theo Marchetti-Byrne" in subj and "strangled" in subj and "Theo" not in body and "strangled" not in body

def _r04(msg):
    rel = [p for p in msg.walk() if p.get_content_type() == "multipart/related"]
    imgs = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    htm = [p for p in msg.walk() if p.get_content_type() == "text/html"][0].get_content()
    if len(rel) != 1 or len(imgs) != 3:
        return False
    if not all("cid:" + p["Content-ID"].strip("<>") in htm for p in imgs):
        return False
    b = _plain(msg)
    msg_part = b[:b.index("Tobi Ajayi (she/her)")]
    sig = b[b.index("Tobi Ajayi (she/her)"):b.index("________________________________")]
    return len(sig) > 4 * len(msg_part)

def _h02(msg):
    paras = [p.strip() for p in _plain(msg).split("\n\n") if p.strip()]
    i = [k for k, p in enumerate(paras) if "outside the house now" in p]
    return (len(i) == 1 and paras[i[0] + 1] == "Megan"
            and not any("outside the house" in p for p in paras[:i[0]]))

def _th01(msg):
    import io, docx
    p = [x for x in msg.walk() if x.get_filename() == "MARF.docx"][0]
    d = docx.Document(io.BytesIO(p.get_payload(decode=True)))
    rows = {r.cells[0].text: [c.text for c in r.cells] for t in d.tables for r in t.rows}
    return (rows["Has the parent/carer consented to this request?"][1:] == ["\u2611", "\u2610"]
            and rows["Has your line manager agreed this request?"][1:] == ["\u2611", "\u2610"]
            and _plain(msg).strip().startswith("Please see attached."))

def _th02(msg):
    b = _plain(msg)
    return "who is eleven" in b and "who is eight" in b and not re.search(r"\d\d/\d\d/\d{4}", b)

def _h01(msg):
    b = body_text(msg)
    return "twenty-third of January two thousand and seventeen" in b and not re.search(r"\d\d/\d\d/\d{4}", b)

def _h05(msg):
    p = [x for x in msg.walk() if x.get_content_type() == "text/plain"][0]
    return p.get_content_charset() == "windows-1252" and "\u2019" in p.get_content()

def _t01(msg):
    return "GMFCS level IV" in _plain(msg) and _lab("torbay_01.eml")["expect"]["level"] == 3

CUSTOM = [
    ("knowsley_01.eml", "notice crosses the summer bank holiday (5 weekdays, 4 working days)", _k01),
    ("knowsley_02.eml", "speech-to-text slips kept ('level to', 'sin meeting'), 'L2' in the subject", _k02),
    ("knowsley_03.eml", "the child's own message is quoted verbatim", _k03),
    ("knowsley_04.eml", "sent in BST, joint visit after the clock change", _k04),
    ("knowsley_05.eml", "an iTIP REQUEST whose DESCRIPTION carries the request", _k05),
    ("knowsley_06.eml", "sent on the summer bank holiday", _k06),
    ("richmond_wandsworth_01.eml", "case summary only behind a Safe Links URL, nothing attached", _r01),
    ("richmond_wandsworth_02.eml", "consent and manager agreement only as ticks in the Yes column", _r02),
    ("richmond_wandsworth_03.eml", "risk and child only in the Subject", _r03),
    ("richmond_wandsworth_04.eml", "multipart/related with 3 cid images; signature > 4x the message", _r04),
    ("herefordshire_02.eml", "risk only in the last paragraph before the sign-off", _h02),
    ("tower_hamlets_01.eml", "body 'Please see attached.'; consent/manager only as ticked boxes in the MARF", _th01),
    ("tower_hamlets_02.eml", "numbers spelled out, no numeric DOB in the body", _th02),
    ("herefordshire_01.eml", "DOBs only in words in the body", _h01),
    ("herefordshire_05.eml", "windows-1252 text with curly quotes", _h05),
    ("torbay_01.eml", "'GMFCS level IV' beside an Early Help level 3", _t01),
]

def add_kind_checks():
    """Generic per-kind shape checks: follow-ups carry an [SB-...] reference in the subject, meeting replies an
    iTIP REPLY part, auto-replies an Auto-Submitted header or a multipart/report."""
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        elif k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with a text/calendar method=REPLY part",
                           lambda m: any(p.get_content_type() == "text/calendar" and
                                         (p.get_param("method") or "").upper() == "REPLY" for p in m.walk())))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted or a multipart/report",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")
                           or m.get_content_type() == "multipart/report"))
        elif k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))


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
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = check()
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
