#!/usr/bin/env python3
"""mixed12: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in writers' styles and situations earlier sets lack (phone haste, long multi-topic mail, reply-all chains that each
add one fact, mail forwarded twice, non-native English, case-system tables, two households, twins, half-siblings).

Window: Monday 18 March - Friday 17 May 2030. BST starts on Sunday 31 March 2030, so Date headers before it are
+0000 and after it +0100. Good Friday (19 April), Easter Monday (22 April) and the early May bank holiday (6 May)
fall inside the window and two Knowsley notice counts cross them.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and python-docx are used only by the
self-checks, to read back the hand-built PDFs and .docx files). The helpers (MIME assembly, Word HTML, PDF, .docx,
RTF, iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed11/make_set.py and adapted (window, bank holidays, BST, MDN/DSN builders, format=flowed
parts). Every label was set by hand; the self-checks at the end only verify them against the specification's rules
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
    """Local (Europe/London) wall-clock time: GMT (+0000) until Sunday 31 March 2030 01:00 UTC, BST (+0100) after."""
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
            zi = zipfile.ZipInfo(name, date_time=(2030, 1, 1, 0, 0, 0))
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

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2030-04-16 11:02:37"
    body = T("""
Hi all,

Hope everyone's surviving the run-up to Easter! A few bits from me - sorry it's a long one, I'm trying to clear my inbox before the bank holiday.

1. Sharrock family - thank you to Aled for chairing last Wednesday's step-up TAF at such short notice. Mum said she found it less scary than she expected, which is a first. The minutes have come through from business support, thanks Donna.

2. Step-up log - is the April version on the shared drive the one with the extra 'date TAF held' column? I've been filling in the March one and I think I've been putting the dates in the wrong column. If someone could let me know before the end of the month that would be great.

3. New step up - Gallagher / \u00d3 Briain children - EHM-84127

This is the main reason for the email. I'm requesting a step up to CSC for:
- Niamh Gallagher, DOB 02/11/2014
- her half-brothers, the twins Ois\u00edn and Cillian \u00d3 Briain, DOB 14/04/2021 (they turned nine on Sunday)

They live with mum, Aoife Gallagher, in Page Moss. The twins' dad, Ciar\u00e1n \u00d3 Briain, lives in Dublin and hasn't had any contact for three years. I've been the lead practitioner at Level 3 since September.

In short: the home conditions have gone back to where they were in the autumn despite two TAF reviews. There is often no food in, the twins have been sent to school in the same clothes all week, and both have untreated tooth decay (two missed dental appointments, and mum cancelled the hospital extraction appointment). Niamh, who's 15, is doing most of the looking after - she gets the twins up and to school and makes their tea - and her own attendance has dropped to 74% this term. The GCP2 I completed on 9 April scores physical care at 4.

Attached: the FF Step Up request to CSC form (Appendix 1), the TAF minutes from 3 April and the GCP2.

My TM, Angela Rourke, discussed the step up with me in supervision on Friday and agreed it - it's on the form and recorded on EHM. Mum knows I'm sending this; she's not thrilled, but she understands why.

Step up TAF: Wednesday 24th April at 10am at Huyton Family Hub (the big room upstairs). I've sent the calendar invite to the MASH inbox and MASH business support, and I've invited school, the school nurse and the dental practice. That gives you over a week, which I hope is OK.

4. Parking at Huyton hub - heads up that the car park is being resurfaced from the 29th, so anyone coming to meetings will need to use the leisure centre car park over the road.

5. Maureen's leaving do - the collection envelope is on my desk until Thursday, and it's the Eagle and Child at 5pm on the 3rd of May if anyone's free.

6. I'm off on Thursday 25th and Friday 26th April, back Monday 29th. If anything comes up about the Gallagher children while I'm off, Jess Molyneux is covering.

Thanks everyone, and happy Easter!

Paula

Paula Mercer
Family First Case Manager (Level 3) | Huyton | Knowsley Council
0151 496 0571
""")
    form = docx_att("Appendix 1 - FF Step Up Request - Gallagher.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-84127",
        "Date of step up TAF meeting: Wednesday 24/04/2030, 10:00, Huyton Family Hub",
        "Recent TAF meeting minutes attached: Yes (03/04/2030)",
        "Graded Care Profile 2: completed 09/04/2030 - attached"], [
        [["Child", "Date of birth"],
         ["Niamh Gallagher", "02/11/2014"],
         ["Ois\u00edn \u00d3 Briain", "14/04/2021"],
         ["Cillian \u00d3 Briain", "14/04/2021"]],
        [["What are we worried about?", "No food in the home; twins in the same clothes all week; untreated tooth "
          "decay and missed dental appointments; Niamh caring for the twins; Niamh's attendance 74%."],
         ["What is working well?", "Mum lets the case manager in and the children are close to each other."],
         ["What needs to happen?", "Step up to CSC for a Child and Family Assessment."],
         ["Management oversight", "Discussed with TM Angela Rourke in supervision 12/04/2030 - agreed."]]])
    taf = pdf_att("TAF minutes 03.04.30.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Gallagher / O Briain    Date: 03/04/2030    Venue: Huyton Family Hub",
        "Present: mum, Paula Mercer (Family First), school DSL, school nurse.",
        "1. Home conditions: worse since the last review.",
        "2. Dental: two appointments missed; hospital appointment cancelled.",
        "3. Action: case manager to complete GCP2 and discuss step up with TM."])
    gcp = pdf_att("GCP2 - Gallagher household.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Completed 09/04/2030 by Paula Mercer",
        "Physical care: grade 4   Safety: grade 3   Love and care: grade 2   Stimulation: grade 3"])
    top = outlook_top(f, addr("Mercer, Paula", "Paula.Mercer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "A few bits before Easter + step up request (Gallagher, EHM-84127)", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf, gcp], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-84127"],
        [ch("Niamh Gallagher", "2014-11-02", "02/11/2014"), ch("Ois\u00edn \u00d3 Briain", "2021-04-14", "14/04/2021"),
         ch("Cillian \u00d3 Briain", "2021-04-14", "14/04/2021")],
        ["neglect", "school_attendance", "young_carer"], None, True, [], False, "request_info",
        "A very long multi-topic mail (six numbered items: another family's TAF, the step-up log, parking, a leaving "
        "do, leave cover) with the step-up request as item 3 in the middle. Irish twins 'Ois\u00edn and Cillian \u00d3 "
        "Briain' (one shared DOB; full names in the form) and their half-sister Niamh Gallagher. Form, TAF minutes "
        "and GCP2 attached (neglect); TM Angela Rourke agreed -> manager true; 'Mum knows ... not thrilled, but she "
        "understands' -> consent null. Notice: sent Tue 16 April 2030; TAF Wed 24 April. Good Friday (19 Apr) and "
        "Easter Monday (22 Apr) are England & Wales bank holidays, so the working days are 17, 18, 23, 24 = 4 < 5 "
        "-> notice not ok -> request_info ('over a week' is a plain weekday count of 6). Concerns: no food, same "
        "clothes, untreated decay / missed dental appointments = neglect; 74% = school_attendance; Niamh doing the "
        "looking after = young_carer.",
        meeting=date(2030, 4, 24),
        not_children=["Aoife Gallagher", "Ciar\u00e1n \u00d3 Briain", "Angela Rourke", "Paula Mercer", "Jess Molyneux"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2030-04-30 15:40:12"
    subj = "Step down to Level 2 - Mason Kewley & Tiegan Ashcroft-Kewley - final CIN 07/05"
    fam = "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"
    body = T("""
Hi all,

Last bit - venue confirmed: Stockbridge Village Family Hub, The Withens, meeting room 2. Same date and time (Tuesday 7th May, 2pm).

Thanks
Declan
""") + quote("Ashurst, Yvonne <Yvonne.Ashurst@knowsley.gov.uk>", "30 April 2030 09:31",
             "Fairclough, Declan <Declan.Fairclough@knowsley.gov.uk>; " + fam,
             "RE: " + subj, T("""
Declan - I've read this and I agree the step down to Level 2 with school as lead. For the bit that was missing:

What needs to happen?
- School-led TAF with an attendance plan for Mason (Sandra to chair the first one within 6 weeks).
- Tiegan to start her 15 funded hours at Little Explorers nursery after half term.
- Mum to carry on with Talking Therapies and the school's parent cafe.

Yvonne

Yvonne Ashurst
Team Manager, CIN Team 1, Knowsley Children's Social Care
"""), cc="Okeke, Sandra <s.okeke@parkbrow.example.sch.uk>") + quote(
             "Okeke, Sandra <s.okeke@parkbrow.example.sch.uk>", "29 April 2030 16:02",
             "Fairclough, Declan <Declan.Fairclough@knowsley.gov.uk>; " + fam, "RE: " + subj, T("""
Hi Declan,

Happy to confirm I'll take on the Lead Practitioner role for Mason and Tiegan from the final CIN.

Sandra Okeke
Learning Mentor, Park Brow Primary School
"""), cc="Ashurst, Yvonne <Yvonne.Ashurst@knowsley.gov.uk>") + quote(
             "Fairclough, Declan <Declan.Fairclough@knowsley.gov.uk>", "29 April 2030 10:14", fam, subj, T("""
Hi Family First duty,

Letting you know of my intention to step down to a Level 2 service at the final CIN meeting:

Mason Kewley - born on the 11th of September 2020 - ICS 1502291
Tiegan Ashcroft-Kewley - 30 months - ICS 1502292
(half-siblings - same mum; Mason's dad is Lee Kewley, Tiegan's dad is Jordan Ashcroft)

Final CIN meeting: Tuesday 7th May at 2pm, venue tbc (probably Stockbridge Village).

Mum (Chantelle Kewley) has agreed to school taking over as lead.

What are we worried about?
Mason's attendance (88% this year) and lateness, and mum's low mood since she separated from Tiegan's dad in January.

What's working well?
There have been no incidents since Jordan moved out in January and he has had no contact (non-molestation order in place until 2031). Mum has kept every CIN appointment, the home is warm and tidy, and Tiegan is meeting her milestones.

Lead practitioner still to be confirmed - I've asked school.

Declan Fairclough
Social Worker, CIN Team 1, Knowsley Children's Social Care
"""), cc="Ashurst, Yvonne <Yvonne.Ashurst@knowsley.gov.uk>; Okeke, Sandra <s.okeke@parkbrow.example.sch.uk>")
    top = outlook_top(f, addr("Fairclough, Declan", "Declan.Fairclough@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF), "RE: " + subj, when,
                      cc=", ".join([addr("Okeke, Sandra", "s.okeke@parkbrow.example.sch.uk"),
                                    addr("Ashurst, Yvonne", "Yvonne.Ashurst@" + KDOM)]))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["1502291", "1502292"],
        [ch("Mason Kewley", "2020-09-11", "11th of September 2020"), ch("Tiegan Ashcroft-Kewley")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "Reply-all chain in which each person adds ONE fact and the newest message alone says almost nothing: the "
        "social worker's first mail gives the children, date/time ('venue tbc'), worries and what is working well; "
        "the school learning mentor confirms she is Lead Practitioner (name + agency); the TM adds 'What needs to "
        "happen?' and agrees; the newest mail confirms the venue. Together every Level 2 requirement is met "
        "(meeting date, time and venue; the three Signs of Safety headings; lead practitioner) -> missing []. "
        "Notice: sent Tue 30 April 2030; final CIN Tue 7 May; Monday 6 May is the early May bank holiday, so 1, 2, "
        "3, 7 May = 4 WD < 5 -> notice not ok -> request_info. Half-siblings with different surnames; Tiegan's age "
        "in months only -> dob null; 'ICS 1502291' -> '1502291'. Domestic abuse is historic ('no incidents since "
        "January', no contact, order in place) -> excluded; mum's low mood and 88% attendance are current. Consent "
        "true (not a Level 2 requirement); TM agreed -> manager true.",
        meeting=date(2030, 5, 7),
        not_children=["Lee Kewley", "Jordan Ashcroft", "Chantelle Kewley", "Sandra Okeke", "Yvonne Ashurst",
                      "Declan Fairclough"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2030-03-27 14:20:48"
    blocks = [
        "Dear Family First Duty Team,",
        "",
        "I am writing for to inform you about the step down of the family Y\u0131ld\u0131z to Family First at Level 3, "
        "after I finish the Child and Family Assessment.",
        "",
        ("h", "Children:"),
        "Elif Y\u0131ld\u0131z \u2013 date of birth 03.09.2016 \u2013 ICS 1498034",
        "Emir Y\u0131ld\u0131z \u2013 date of birth 21.11.2019 \u2013 ICS 1498035",
        "",
        "The joint home visit with the Family First case manager I have arrange for {{Thursday 4th April at 10:00}}, "
        "at the family home: 27 Lathom Road, Huyton. The mother she prefer the morning because in the afternoon "
        "she is going to the English class.",
        "",
        "The mother, Mrs G\u00fclsen Y\u0131ld\u0131z, she give her consent for the referral to Family First, she sign "
        "the form at my visit on Monday 25/03.",
        "",
        ("h", "What we are worry about:"),
        "The mother is very low in her mood since the father go back to Turkey in 2028, she is alone here and she "
        "does not speak much English. She take medication from the GP for the depression. Elif is like a young "
        "carer for her mother \u2013 she go with her to every appointment to translate, so she is missing many days "
        "from school, 81% this year.",
        "",
        ("h", "What is working good:"),
        "The mother love very much the children and the house is clean and warm. There is no more any violence "
        "\u2013 the father is living in Turkey since 2028, there is no contact and he never come back. The children "
        "are healthy and Emir is doing good in the nursery.",
        "",
        ("h", "What need to happen:"),
        "Family First to help the mother to get an interpreter for the appointments so Elif is not missing "
        "school, to support her with the English class and the GP, and to link her with the Turkish women's "
        "group in Liverpool.",
        "",
        "If you have questions please call me, I am in the office Tuesday to Thursday.",
        "",
        "Kind regards,",
        "[[Ionela]] Popescu",
        "Locum Social Worker \u2013 Assessment Team",
        "Knowsley Children's Social Care",
    ]
    top = outlook_top(f, addr("Popescu, Ionela", "Ionela.Popescu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down Level 3 \u2013 Y\u0131ld\u0131z family \u2013 joint home visit 04/04", when)
    add(f, word_mail(f, top, blocks, font="Calibri"), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1498034", "1498035"],
        [ch("Elif Y\u0131ld\u0131z", "2016-09-03", "03.09.2016"), ch("Emir Y\u0131ld\u0131z", "2019-11-21", "21.11.2019")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], True, "book_meeting",
        "A complete Level 3 step-down written by a social worker whose first language is not English, in Word HTML "
        "with a plain twin: the Signs of Safety headings are worded 'What we are worry about', 'What is working "
        "good', 'What need to happen' - all three answered -> met. Joint home visit Thursday 4 April 10:00 at the "
        "family home (date, time and venue). Notice: sent Wed 27 March 2030 in GMT, visit after the clock change; "
        "28, 29 Mar, 1, 2, 3, 4 Apr = 6 WD >= 5 -> ok. 'she give her consent ... she sign the form' -> consent "
        "true -> book_meeting. Turkish names with dotless i (Y\u0131ld\u0131z); DOBs '03.09.2016', '21.11.2019'; "
        "'ICS 1498034' -> '1498034'. Violence is historic ('no more any violence', father abroad since 2028) -> no "
        "domestic_abuse; mum's depression, 81% and Elif translating at appointments (young carer) are current.",
        meeting=date(2030, 4, 4), not_children=["G\u00fclsen Y\u0131ld\u0131z", "Ionela Popescu"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2030-05-09 14:48:03"
    body = T("""
MASH duty,

This has moved on since Kelly sent it to me this morning. School have just rung: Wayne Morrissey is outside the school gates now, asking for Ruby and Alfie. He's on bail not to go near mum or the children. School have kept both children in the office and locked the front door. Mum isn't answering her phone.

Could someone ring Mrs Price at school on 0151 496 0733, and me on 07700 900287, as soon as you get this please. They're open to Family First - EHM-83355.

Bernie

Bernie Colquitt
Team Manager, Family First 0-18 (Kirkby)
""") + original("Ashton, Kelly <Kelly.Ashton@knowsley.gov.uk>", "09 May 2030 10:12",
                "Colquitt, Bernie <Bernie.Colquitt@knowsley.gov.uk>", "FW: Ruby Morrissey", T("""
FYI - see below from school. Police are aware so nothing more for us today I don't think. I'll talk it through with mum at my visit on Monday.

Kelly Ashton
Family First Case Manager (Kirkby)
""")) + original("Joanne Price <j.price@stmarkskirkby.example.sch.uk>", "09 May 2030 09:41",
                 "Ashton, Kelly <Kelly.Ashton@knowsley.gov.uk>", "Ruby Morrissey", T("""
Hi Kelly,

Just so you're aware, Ruby Morrissey (Year 4) told her class teacher this morning that her dad came round to the house last night 'really drunk' and was banging on the door and shouting. Mum rang the police and he'd gone before they got there. Ruby and her brother Alfie Morrissey (Reception) are both in school today and seem fine.

Mum has told us before that dad has bail conditions not to go to the house.

Kind regards
Joanne Price
Designated Safeguarding Lead, St Mark's Catholic Primary, Kirkby
"""))
    top = outlook_top(f, addr("Colquitt, Bernie", "Bernie.Colquitt@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: FW: Ruby Morrissey", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-83355"],
        [ch("Ruby Morrissey"), ch("Alfie Morrissey")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT: a mail forwarded twice (school DSL -> Family First worker 'FYI ... nothing more for us today' -> "
        "her TM) whose NEW comment on top changes it: the father, on bail not to go near mum or the children and "
        "drunk at the house last night, is outside the school gates NOW asking for both children, school have "
        "locked the door and mum cannot be reached -> immediate risk -> alert_duty. Not a step-up request (the TM "
        "asks duty to ring school) -> other. Children from the subject and the original (Year 4 / Reception, no "
        "DOB); concerns domestic_abuse (bail conditions, banging and shouting at the house) + substance_misuse "
        "('really drunk').",
        not_children=["Wayne Morrissey", "Joanne Price", "Kelly Ashton", "Bernie Colquitt"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2030-05-13 10:05:26"
    body = T("""
Good morning MASH,

Please find attached a step up request for Tyler Gaskell (DOB 19/07/2017). Case ID on EHM: 85210.

Tyler lives with his mum, Leanne Gaskell, in Northwood. I have been his lead practitioner at Level 3 since November. The main worries are the state of the home and mum's mental health: at my last three visits there has been no food in the house apart from cereal and there was dog mess on the floors upstairs, and Tyler has been wearing the same uniform all week. School say he is hungry when he arrives. Mum is very low and sleeps most of the day.

Some context that I think helps explain where mum is at. None of this is new, and it is about mum, not Tyler. Mum was on a child protection plan herself as a child here in Kirkby: she was sexually abused by her stepfather from the age of 8 and was taken into care at 12. He was convicted in 2009 and died in prison in 2021. She has never had therapy for it, and she has told me the flashbacks have been worse since Tyler turned the age she was when it started. She has a diagnosis of PTSD and depression and has just been referred back to the community mental health team. There is nothing at all to suggest Tyler is at risk of sexual harm - he has no contact with anyone from that side of mum's family.

My TM, Sue Harrop, agreed the step up in supervision on Thursday (9 May) - it's in the management oversight box on the form.

The GCP2 isn't done yet - I'm completing it with mum on Thursday and will send it straight over.

The step up TAF is on Wednesday 22nd May at 1.30pm at Kirkby Family Hub. The calendar invite has gone to the MASH inbox and MASH business support, and I've invited school and the school nurse.

Attached: step up form (Appendix 1) and the minutes of the TAF on 30 April.

Thanks,
Carla

Carla Hesketh
Family First Case Manager | Kirkby | Knowsley Council
""")
    form = docx_att("Step up form - Gaskell.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Child: Tyler Gaskell    DOB: 19/07/2017",
        "Case ID on EHM: 85210",
        "Date of step up TAF meeting: 22/05/2030 13:30, Kirkby Family Hub",
        "Recent TAF meeting minutes attached: Yes (30/04/2030)",
        "GCP2: not yet completed - booked with mum for 16/05/2030"], [[
            ["What are we worried about?", "No food in the home; dog mess upstairs; same uniform all week; mum's "
             "PTSD and depression."],
            ["What is working well?", "Tyler is doing well at school academically and loves football club."],
            ["What needs to happen?", "Step up to CSC for a Child and Family Assessment."],
            ["Management oversight", "Discussed with TM Sue Harrop 09/05/2030 - agreed."]]])
    taf = pdf_att("TAF minutes 30.04.30 - Gaskell.pdf", "TAF REVIEW MINUTES - GASKELL", [
        "Date: 30/04/2030. Venue: Kirkby Family Hub.",
        "Present: mum, Carla Hesketh (Family First), school, school nurse.",
        "Home conditions and food remain a worry. Mum referred back to CMHT."])
    top = outlook_top(f, addr("Hesketh, Carla", "Carla.Hesketh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Tyler Gaskell - EHM 85210", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["85210"],
        [ch("Tyler Gaskell", "2017-07-19", "19/07/2017")],
        ["neglect", "parental_mental_health"], None, True, ["gcp2"], True, "request_info",
        "NEAR MISS: 'sexually abused', 'child protection plan', 'taken into care', 'convicted' all describe the "
        "MOTHER's own childhood (historic; the abuser died in 2021), and the mail says 'nothing at all to suggest "
        "Tyler is at risk of sexual harm' -> not urgent, no sexual_harm. Current concerns: no food, dog mess, same "
        "uniform, hungry = neglect; mum's PTSD and depression = parental_mental_health. Neglect needs the GCP2, "
        "which is 'not done yet' -> gcp2 missing -> request_info. Form and TAF minutes attached; TM agreed; "
        "'Case ID on EHM: 85210' -> '85210'. Notice: Mon 13 May -> Wed 22 May = 14, 15, 16, 17, 20, 21, 22 = 7 WD "
        "-> ok.",
        meeting=date(2030, 5, 22), not_children=["Leanne Gaskell", "Sue Harrop", "Carla Hesketh"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2030-05-08 08:07:44"
    body = T("""
morning - step up form and last TAF mins attached for the family on the form (EHM no is on the form too). step up TAF is weds 15th at 10am on teams, invite has gone to mash and mash bus support. my TM jo agreed it yesterday after supervision. any probs ring me on 07700 900376

ta
gemma

Sent from my iPhone
""")
    form = docx_att("StepUp_form_DWYER.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: 86003",
        "Parent/carer: Shannon Dwyer (mum). Mum's partner: Liam Carney.",
        "Date of step up TAF meeting: 15/05/2030 10:00, Microsoft Teams",
        "Recent TAF meeting minutes attached: Yes - 01/05/2030"], [
        [["Child's name", "DOB", "School"],
         ["Kacey-Leigh Dwyer", "22/06/2016", "Northwood Primary"],
         ["Bobby Dwyer", "08/01/2019", "Northwood Primary"]],
        [["What are we worried about?", "Three police call-outs since February for domestic incidents between mum "
          "and her partner, Liam Carney, the last on 27/04/2030 with both children in the house. Kacey-Leigh's "
          "attendance is 79%."],
         ["What is working well?", "Mum has started the Freedom Programme; the children's grandmother is a support."],
         ["What needs to happen?", "Step up to CSC for a Child and Family Assessment."],
         ["Management oversight", "Discussed with TM Jo Birchall 07/05/2030 - agreed."]]])
    taf = pdf_att("TAF minutes 01.05.30.pdf", "TAF REVIEW MINUTES", [
        "Date: 01/05/2030. Family: Dwyer.",
        "Present: mum, Gemma Tallon (Family First), school DSL.",
        "Police call-out 27/04 discussed. Mum does not feel able to end the relationship.",
        "Action: case manager to discuss step up with TM."])
    top = plain_top(f, addr("Gemma Tallon", "Gemma.Tallon@" + KDOM), KMASH, "step up", when, KDOM,
                    "iPhone Mail (22E240)", cc=KBS)
    add(f, mail(f, top, body, [form, taf], crlf=False, cte="7bit"), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["86003"],
        [ch("Kacey-Leigh Dwyer", "2016-06-22", "22/06/2016"), ch("Bobby Dwyer", "2019-01-08", "08/01/2019")],
        ["domestic_abuse", "school_attendance"], None, True, [], True, "book_meeting",
        "Written on a phone in haste, lower case, no child named in the body ('for the family on the form'): the "
        "children, their DOBs, the EHM case id and the concerns are ONLY in the attached Appendix 1 form. Form and "
        "TAF minutes attached; 'my TM jo agreed it yesterday' (and the form's management oversight box) -> manager "
        "true. 'weds 15th at 10am' = Wednesday 15 May 2030; from Wed 8 May: 9, 10, 13, 14, 15 = exactly 5 WD -> ok "
        "-> nothing missing -> book_meeting. 'Case ID on EHM: 86003' -> '86003'. Police call-outs for domestic "
        "incidents = domestic_abuse; 79% = school_attendance.",
        meeting=date(2030, 5, 15), not_children=["Shannon Dwyer", "Liam Carney", "Jo Birchall"],
        names_only_in_attachments=True)

def knowsley_07():
    f = "knowsley_07.eml"; when = "2030-04-23 09:20:31"
    body = T("""
Hi,

Thanks - I hadn't counted the bank holidays. I've moved the step up TAF for Niamh, Ois\u00edn and Cillian to Wednesday 1st May at 10am, same place (Huyton Family Hub, upstairs). The new invite has gone to the MASH inbox and MASH business support.

Also, mum rang me this morning and said she agrees with the step up now and is happy for me to tell you that.

Paula

Sent from Outlook for iOS
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Tuesday, April 16, 2030 11:08 AM",
             "Paula Mercer <Paula.Mercer@knowsley.gov.uk>",
             "[SB-knowsley-73] Step up request received - notice too short", T("""
Thank you - your step-up request for EHM-84127 has been received (reference SB-knowsley-73).

Notice: the step-up TAF meeting on Wednesday 24 April 2030 gives 4 working days' notice (Good Friday and Easter Monday are bank holidays). At least 5 working days are needed - please move the meeting and send the new invitation.
"""))
    top = outlook_top(f, addr("Mercer, Paula", "Paula.Mercer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-73] Step up request received - notice too short", when,
                      cc=addr("MASH Business Support", KBS), reply_to_mid="<SB-knowsley-73.ack@knowsley.gov.uk>")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-84127"],
        [], [], True, None, [], None, "attach_to_request",
        "Reply to stepbot's acknowledgement [SB-knowsley-73] for knowsley_01, moving the TAF after the Easter bank "
        "holidays -> follow_up -> attach_to_request (missing [] and notice null for a follow-up). The children are "
        "written by first name only ('Niamh, Ois\u00edn and Cillian') -> no child labelled. Case id from the quoted "
        "acknowledgement. 'mum ... said she agrees with the step up now' -> consent true.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2030-03-22 09:12:09"
    add(f, mdn(f, when, addr("Morgan, Dale", "Dale.Morgan@" + KDOM), addr("Knowsley MASH", KMASH),
               "Morgan, Dale", "[SB-knowsley-58] Step-up TAF meeting - MASH attendance confirmed",
               "21/03/2030 16:40", "22/03/2030 09:11", "Dale.Morgan@" + KDOM,
               "<SB-knowsley-58.confirm@knowsley.gov.uk>"),
        "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange READ RECEIPT ('Read: ...', multipart/report; report-type=disposition-notification with a "
        "message/disposition-notification part, 'MDN-sent-automatically'): machine-generated in answer to "
        "stepbot's own mail, never to be answered (RFC 3834 / RFC 8098) -> auto_reply -> ignore. No Auto-Submitted "
        "header: the report type is the marker.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2030-03-19 11:30:15"
    blocks = [
        "Dear MASH Step Up,",
        "",
        "Please accept this step-up for three children across two households. I have discussed the family with "
        "Patryk Nowicki (Early Help worker) in reflective supervision and I agree the plan to step up to "
        "Children's Services.",
        "",
        ("h", "Children and households (copied from Mosaic)"),
        ("table", [["Name", "DOB", "Mosaic ID", "Lives with", "Address"],
                   ["Saoirse Brennan-¦Walsh", "07/05/2017", "2611804", "Mother (R\u00f3is\u00edn Brennan)", "Putney"],
                   ["Kacper Kowalski", "19/12/2022", "2611805", "Mother; alternate weekends with father",
                    "Putney / Earlsfield"],
                   ["Filip Kowalski", "30/01/2015", "2611806", "Father (Tomasz Kowalski) and his partner",
                    "Earlsfield"]]),
        "Saoirse and Kacper are half-siblings (same mother); Kacper and Filip are half-brothers (same father).",
        "",
        ("h", "Rationale for step up"),
        "Since January the worries have been at the Earlsfield address. Tomasz Kowalski's drinking has escalated: "
        "police were called there twice in February after he assaulted his partner, Marta Zieli\u0144ska, the "
        "second time with Filip and Kacper in the flat. On 2 March Kacper (7) came back from his weekend saying "
        "that 'Tata was asleep on the floor all day' and that he and Filip had made their own food. Filip (15) has "
        "stopped going to school regularly (61% since January) and Tomasz has not taken up the alcohol service "
        "referral. Saoirse does not go to the Earlsfield address, but she is the one who settles Kacper when he "
        "comes home upset. The Early Help plan has not changed any of this after two TAF reviews, and I think a "
        "Child and Family Assessment is needed for all three children.",
        "",
        "The latest case summary is attached. Both parents know we are sending this to MASH.",
        "",
        "Kind regards",
        "{{Morag Lindsay}}",
        "Early Help Team Manager, Wandsworth West",
        "Richmond and Wandsworth Early Help",
    ]
    cs = docx_att("Case summary - Brennan-Walsh and Kowalski.docx", [
        "# Early Help case summary - Brennan-Walsh / Kowalski children",
        "Open to Early Help since 11/09/2029. Lead: Patryk Nowicki, Early Help worker, Wandsworth West.",
        "Two TAF reviews (November, February). Father's alcohol use and police call-outs for domestic abuse at "
        "the Earlsfield address; Filip's attendance 61%; Kacper left without supervision at weekends.",
        "Mother's household (Putney): no concerns about home conditions; mother protective."])
    top = outlook_top(f, addr("Lindsay, Morag", "Morag.Lindsay@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Brennan-Walsh / Kowalski children (two households)", when)
    add(f, word_mail(f, top, blocks, atts=[cs]), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2611804", "2611805", "2611806"],
        [ch("Saoirse Brennan-Walsh", "2017-05-07", "07/05/2017"), ch("Kacper Kowalski", "2022-12-19", "19/12/2022"),
         ch("Filip Kowalski", "2015-01-30", "30/01/2015")],
        ["domestic_abuse", "neglect", "school_attendance", "substance_misuse"], None, True, [], None, "book_meeting",
        "Step-up from the Early Help Team Manager for three children across TWO households with different "
        "surnames, in a Word table copied from Mosaic (Word splits 'Brennan-Walsh' across two runs): half-siblings "
        "through each parent. Rationale pasted under its own heading, case summary attached -> complete -> "
        "book_meeting. Sender TM 'I agree the plan to step up' -> manager true; 'Both parents know' -> consent null "
        "(not a requirement). Concerns at the father's address: assaults on his partner = domestic_abuse; "
        "drinking = substance_misuse; 7-year-old making his own food while dad is 'asleep on the floor all day' = "
        "neglect; 61% = school_attendance. 'Mosaic ID' column -> bare numbers.",
        not_children=["R\u00f3is\u00edn Brennan", "Tomasz Kowalski", "Marta Zieli\u0144ska", "Patryk Nowicki",
                      "Morag Lindsay"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2030-03-28 15:55:40"
    body = T("""
Dear Early Help duty,

Confirming the step-down case discussion I agreed with Jasper Quint this afternoon: Tuesday 2 April at 11am on Teams.

Child: Idris Adebayo-Hughes, DOB 14/02/2019, Mosaic ID 2598772.

Latest case summary
Idris has been on a CIN plan since October because of mum's depression after the birth of his baby sister and its impact on his care. Mum (Folake Adebayo) is now well supported by the perinatal mental health team and her GP and has been stable since January. Dad (Gareth Hughes) has changed his hours so that he can do the school runs. Idris is in Year 1 at Southfields Park Primary and has an EHCP assessment under way for speech and language. The CIN plan has done what it needed to do.

The draft Early Help plan is attached. Both parents signed their consent to Early Help continuing the plan at the CIN review on 25 March.

One more thing, so that nobody is alarmed if it reaches you from school: at lunchtime today Idris had an anaphylactic reaction after a friend shared a snack with nuts in it. School gave his EpiPen straight away and called 999 as his care plan says, and the ambulance took him to St George's with his class teacher; mum met them there. Dad rang me at 3pm - Idris had a second dose of adrenaline in A&E, he is breathing normally and they are keeping him in overnight for observation as a precaution. School followed his allergy plan to the letter and his EpiPens were in date. This was a medical emergency that was handled well, not a safeguarding one, and it doesn't change the step-down.

Kind regards,
Ruth Okonedo
Social Worker, Wandsworth CIN Team 4
""")
    plan = docx_att("Draft EH plan - Idris Adebayo-Hughes.docx", [
        "# Draft Early Help plan - Idris Adebayo-Hughes (Mosaic 2598772)",
        "1. Early Help worker to visit fortnightly; link mum with the postnatal peer support group.",
        "2. School SENCo to keep the family updated on the EHCP assessment.",
        "3. Step-down review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Okonedo, Ruth", "Ruth.Okonedo@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Idris Adebayo-Hughes - case discussion Tues 02/04 11am", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2598772"],
        [ch("Idris Adebayo-Hughes", "2019-02-14", "14/02/2019")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: '999', 'ambulance', 'A&E', 'adrenaline', 'kept in overnight' describe a MEDICAL emergency "
        "today (anaphylaxis after a friend's snack) that school and the parents handled exactly as the care plan "
        "says - no child-protection risk ('a medical emergency that was handled well, not a safeguarding one') "
        "-> not urgent. Complete step-down: case summary pasted under its own heading, draft plan attached, both "
        "parents consented -> book_meeting. Concerns: mum's depression (the reason for the plan) = "
        "parental_mental_health; EHCP assessment = disability_send. The baby sister is not named.",
        not_children=["Folake Adebayo", "Gareth Hughes", "Jasper Quint", "Ruth Okonedo"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2030-03-25 14:07:55"
    body = T("""
SMS received by the MASH Step Up text line
From: 07700900412 (Shona Whyte - Early Help, Wandsworth)
Received: 25/03/2030 14:07

At the Adjei flat for the 2pm visit. Mums partner Kev is back, she says since Sat. Baby Precious Adjei (10 wks) has a purple mark on her cheek and a bruise behind her ear, mum says she rolled into the cot bars. Kev is in the flat and told me to leave so I have. Im in my car outside. Can someone ring me

--
This text was forwarded from the MASH Step Up text line. Replies to this email do not reach the sender - please phone them.
""")
    top = plain_top(f, addr("MASH text line", "sms-relay@" + RDOM), addr("MASH Step Up", RSU),
                    "SMS from 07700900412", when, "sms.richmondandwandsworth.gov.uk", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Precious Adjei")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT in plain, unpunctuated words: an Early Help worker's TEXT MESSAGE relayed into the inbox by the "
        "council's SMS-to-email line (looks automatic, but a person wrote it and there is no Auto-Submitted "
        "header): a 10-week-old (not mobile, cannot 'roll into the cot bars') has a mark on her cheek and a bruise "
        "behind her ear, mum's partner is back in the flat and made the worker leave -> immediate risk -> "
        "alert_duty. A report, not a request -> other. Baby named with surname, age only -> dob null.",
        not_children=["Shona Whyte"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2030-04-03 08:52:19"
    body = T("""
Hi EH duty

Confirming case discussion for Zuzanna W\u00f3jcik-Nowak (she's eleven, Mosaic ID 2604417) - agreed with Jasper on the phone just now for Mon 8th at 2pm on Teams.

Draft plan attached. Case summary to follow when I'm back at my desk - Mosaic won't export on my phone.

Mum (Agnieszka) has said yes to EH carrying on with the plan.

Worries now are really just Zuzia's attendance (81%) and mum's back - she's waiting for spinal surgery and Zuzia is doing a lot of the cooking and looking after her at home.

Thx
Liam

Sent from my iPhone
""")
    plan = docx_att("Draft EH plan - Zuzia.docx", [
        "# Draft Early Help plan - Zuzanna W\u00f3jcik-Nowak",
        "1. Young carers assessment and referral to the young carers' group.",
        "2. Attendance plan with school (target 95%).",
        "3. EH worker to help mum apply for support at home before her surgery."])
    top = plain_top(f, addr("Liam Gorman", "Liam.Gorman@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Zuzanna W\u00f3jcik-Nowak - case discussion Mon 8th", when, RDOM,
                    "iPhone Mail (22E252)", cc=addr("Jasper Quint", "jasper.quint@" + RDOM))
    root = multipart("mixed", [flowed_part(body, cte="8bit"), plan], bnd(f, 1))
    add(f, build(top, root, False, allow_8bit=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2604417"],
        [ch("Zuzanna W\u00f3jcik-Nowak")],
        ["school_attendance", "young_carer"], True, None, ["case_summary"], None, "request_info",
        "Step-down written on an iPhone (format=flowed, 8bit UTF-8): Polish hyphenated surname with an accent; age "
        "in WORDS only ('she's eleven') -> dob null; nickname 'Zuzia' is the same child. Draft plan attached, mum "
        "'has said yes to EH carrying on' -> consent true, but 'Case summary to follow' -> case_summary missing -> "
        "request_info. Concerns: 81% = school_attendance; Zuzia cooking and looking after mum = young_carer; "
        "mum's back (a physical illness) has no id.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2030-04-03 16:31:02"
    body = T("""
Hi,

Case summary for Zuzanna attached as promised.

Also correcting myself from this morning - she's twelve, not eleven: DOB 14.03.2018 (checked on Mosaic).

Liam
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "03 April 2030 08:58",
             "Liam Gorman <Liam.Gorman@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-88] Step-down received - still needed: case summary", T("""
Thank you. Your step-down for Zuzanna W\u00f3jcik-Nowak has been logged as SB-richmond_wandsworth-88.
Still needed: the latest case summary.
"""))
    cs = pdf_att("Case summary - Zuzanna Wojcik-Nowak.pdf", "CASE SUMMARY - ZUZANNA W\u00d3JCIK-NOWAK (MOSAIC 2604417)", [
        "CIN plan since September 2029 following a referral from school about attendance and caring duties.",
        "Current worries: attendance 81%; Zuzanna is a young carer for her mother, who is awaiting spinal surgery.",
        "Mother in agreement with Early Help continuing the plan.",
        "Recommendation: step down to Early Help."])
    top = outlook_top(f, addr("Gorman, Liam", "Liam.Gorman@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-88] Step-down received - still needed: case summary", when,
                      reply_to_mid="<SB-richmond_wandsworth-88.ack@richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [cs]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["2604417"],
        [ch("Zuzanna W\u00f3jcik-Nowak", "2018-03-14", "14.03.2018")],
        ["school_attendance", "young_carer"], True, None, [], None, "attach_to_request",
        "Reply to stepbot's chase [SB-richmond_wandsworth-88] adding richmond_wandsworth_04's case summary (PDF) and "
        "CORRECTING the age given that morning with a full DOB '14.03.2018' -> follow_up -> attach_to_request. "
        "Facts from the PDF: the Mosaic id, the worries (attendance, young carer) and 'Mother in agreement' -> "
        "consent true.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2030-03-29 09:15:27"
    add(f, itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("Early Help Duty", RED), "TENTATIVE",
                      "Step-down case discussion - Idris Adebayo-Hughes [SB-richmond_wandsworth-91]",
                      "20300402T110000", "20300402T114500", "Microsoft Teams Meeting",
                      comment="I'm at the Ofsted focused-visit feedback at 10 - if it overruns, Keziah Bloom will "
                              "chair and I'll join late."),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Idris Adebayo-Hughes")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT, from the Early Help duty manager to stepbot's "
        "invitation for richmond_wandsworth_02's case discussion -> meeting_reply -> record_reply. The child is "
        "named in the SUMMARY; 'Ofsted' and the service manager in the COMMENT add nothing.",
        not_children=["Keziah Bloom"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2030-04-15 10:26:50"
    body = T("""
Hi EH duty,

As agreed with Jasper Quint on the phone this morning, the step-down case discussion for Jordan Mbeki-Lawson (DOB 08/08/2014, Mosaic 2587330) is on Thursday 18 April at 10am, Twickenham civic centre, room 4 (or Teams if that's easier).

Latest case summary
Jordan has been on a CIN plan since October 2029, after police found him in Bournemouth with older males and drugs (NRM referral made; the conclusive grounds decision is still awaited). Since Christmas things have settled: he has been going to his college taster days, the youth prevention worker sees him weekly and he has been home every night. Mum (Denise Lawson) has worked well with us and consented to Early Help continuing the plan at the CIN review on 9 April. The draft plan is attached.

Also - Mum rang me this morning about his college application and mentioned that Jordan hasn't been home since Friday night. His phone has been switched off since Saturday afternoon. She hasn't reported him missing because she says he's nearly 16 and 'always turns up'. I'll talk to her about it again when I see her on Thursday.

Thanks
Claire

Claire Tennant
Social Worker, Richmond Adolescent Team
""")
    plan = docx_att("Draft EH plan - Jordan Mbeki-Lawson.docx", [
        "# Draft Early Help plan - Jordan Mbeki-Lawson",
        "1. Youth worker: weekly sessions; college application support.",
        "2. Mum: parenting support and a return-home conversation after any missing episode.",
        "3. Review at 4 weeks."])
    top = outlook_top(f, addr("Tennant, Claire", "Claire.Tennant@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Jordan Mbeki-Lawson - case discussion Thurs 18/04", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["2587330"],
        [ch("Jordan Mbeki-Lawson", "2014-08-08", "08/08/2014")],
        ["exploitation", "missing"], True, None, [], None, "alert_duty",
        "URGENT in plain, understated words, inside an otherwise complete step-down: a 15-year-old with a recent "
        "history of criminal exploitation (found out of area with older males and drugs) has not been home since "
        "Friday night, his phone has been off since Saturday, he has NOT been reported missing, and the worker "
        "plans to raise it on Thursday. An unreported missing child at risk of exploitation needs action today -> "
        "urgent -> alert_duty (the step-down itself is complete: case summary under its heading, plan attached, "
        "consent). Concerns exploitation + missing.",
        not_children=["Denise Lawson", "Jasper Quint", "Claire Tennant"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2030-04-02 08:30:11"
    body = T("""
Your meeting was forwarded

Jasper Quint has forwarded your meeting request to additional recipients.

Meeting
Step-down case discussion - Idris Adebayo-Hughes [SB-richmond_wandsworth-91]

Meeting Time
Tuesday, 2 April 2030 11:00-11:45.

Recipients
Tasha Ogunleye

All times listed are in the following time zone: (UTC+00:00) Dublin, Edinburgh, Lisbon, London
""")
    top = outlook_top(f, addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + RDOM),
                      addr("Early Help Duty", RED),
                      "Meeting Forward Notification: Step-down case discussion - Idris Adebayo-Hughes "
                      "[SB-richmond_wandsworth-91]", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Organization-SCL", "-1")])
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [],
        [ch("Idris Adebayo-Hughes")], [], None, None, [], None, "ignore",
        "Exchange 'Meeting Forward Notification' (Auto-Submitted: auto-generated) telling the organiser that the "
        "Early Help manager forwarded stepbot's invitation: server-generated, not an iTIP REPLY -> auto_reply -> "
        "ignore. The child named in the meeting title is labelled as in a meeting reply's SUMMARY.",
        not_children=["Tasha Ogunleye"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2030-03-20 12:52:30"
    subj = "Hodan and Fu'aad - not in school today"
    ifrah = "Jama, Ifrah <Ifrah.Jama@towerhamlets.gov.uk>"
    hv = "Begum, Rukhsana <rukhsana.begum3@nhs.example.net>"
    gary = "Pentland, Gary <g.pentland@stepneyhomes.example.org.uk>"
    mich = "Michelle Dorsey <m.dorsey@harfordstreet.example.sch.uk>"
    body = T("""
Adding MAST.

Re Hodan Warsame, Fu'aad Warsame and their baby brother Ayaan Warsame (3 weeks old) - open to me at targeted early help, Mosaic 1529904.

I've just been to the flat (12 Kestrel House, Cable Street). No answer. I can hear the baby crying inside and the TV is on, curtains closed. Mum's phone goes straight to voicemail. The neighbour at no. 10 says she hasn't seen mum since Monday. I've rung 999 for a welfare check and I'm waiting outside.

Please can MAST duty ring me on 07700 900563.

Ifrah Jama
Early Help Practitioner, Targeted Early Help (Stepney)
""") + quote(gary, "20 March 2030 11:05", ifrah, "RE: " + subj, T("""
Neighbour at no. 10 rang us this morning - the baby at no. 12 was crying on and off all through the night, and there was no answer when she knocked at 8am.

Gary Pentland
Housing Officer, Stepney Homes
"""), cc=hv + "; " + mich) + quote(hv, "20 March 2030 10:20", ifrah, "RE: " + subj, T("""
For context - I saw mum (Sahra Warsame) on Friday for baby Ayaan's new birth review. She was very low and tearful, said she 'can't keep going like this' and that she hasn't slept since he was born. She agreed to see her GP on Monday but didn't go. Ayaan himself was feeding well and gaining weight.

Rukhsana Begum
Health Visitor, Stepney
"""), cc=gary + "; " + mich) + quote(mich, "20 March 2030 09:30", ifrah, subj, T("""
Hi Ifrah,

Hodan Warsame (Y4) and Fu'aad Warsame (Y1) aren't in school today and we've had no call from mum. It's the third day this week. Can you check in?

Michelle Dorsey
Attendance Officer, Harford Street Primary School
"""), cc=hv + "; " + gary)
    top = outlook_top(f, addr("Jama, Ifrah", "Ifrah.Jama@" + TDOM), addr("MAST", TMAST), "RE: " + subj, when,
                      cc=", ".join([addr("Early Help Hub", THUB),
                                    addr("Begum, Rukhsana", "rukhsana.begum3@nhs.example.net"),
                                    addr("Pentland, Gary", "g.pentland@stepneyhomes.example.org.uk"),
                                    addr("Michelle Dorsey", "m.dorsey@harfordstreet.example.sch.uk")]))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["1529904"],
        [ch("Hodan Warsame"), ch("Fu'aad Warsame"), ch("Ayaan Warsame")],
        ["parental_mental_health", "school_attendance"], None, None, [], None, "alert_duty",
        "URGENT assembled across a REPLY-ALL chain in which each person adds one fact: school (two children "
        "absent, third day, no call), health visitor (mum of a 3-week-old 'can't keep going like this', missed "
        "GP), housing (baby crying all night, no answer), Early Help worker (at the door now: baby crying, no "
        "adult answering, phone off, not seen since Monday, 999 called). No single message is urgent alone; "
        "together a newborn and two children may be without a functioning carer and the mother may be at risk -> "
        "alert_duty. The worker asks MAST to ring, no step-up request -> other. Somali names with an apostrophe "
        "(Fu'aad); ages / year groups only -> dob null; 'Mosaic 1529904' -> '1529904'. Concerns: mum's state = "
        "parental_mental_health; third day absent = school_attendance.",
        not_children=["Sahra Warsame", "Ifrah Jama", "Rukhsana Begum", "Gary Pentland", "Michelle Dorsey"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2030-03-25 10:40:05"
    body = T("""
Hello Early Help Hub,

I'm stepping Tahmid Hussain (DOB 2 June 2016) and Safa Hussain (DOB 11 January 2020) down to targeted early help. Mosaic IDs 1534420 and 1534421. The Child and Family Assessment concluded on 18/03/2030 with a recommendation of step-down; it is attached with the draft TAF plan.

Consent: mum (Rupa Begum) and dad (Jamal Hussain) both signed consent to the step-down and the TAF plan on 21/03/2030.

Lead Practitioner: Ms Farzana Khanom, Family Support Worker, Shadwell Children and Family Centre - she knows the family and has agreed. I'll arrange and chair the TAF meeting.

Worries going forward: Safa is on the SEN register for speech and language and is waiting for a speech therapy assessment, and mum's low mood has come back this month.

That is because of what is happening to mum's own mother in Sylhet. Mum's stepfather has been beating her mother for years, and last week he threatened to kill her; the family there have gone to the police and her mother is now staying with mum's uncle. Mum speaks to her every day on WhatsApp and is understandably very distressed. To be clear: there is no domestic abuse in this household - dad is very supportive, the children have never witnessed violence, and no one in Sylhet has any contact with them. Mum has agreed to see her GP about her mood, and Farzana will support her with this.

Kind regards,
Kieran Doherty
Social Worker, CIN Team 2, Tower Hamlets Children's Social Care
""")
    cfa = pdf_att("CFA - Hussain children.pdf", "CHILD AND FAMILY ASSESSMENT - TAHMID AND SAFA HUSSAIN", [
        "Mosaic 1534420 / 1534421. Concluded 18/03/2030.",
        "Needs: Safa's speech and language; mother's low mood. No safeguarding concerns in the household.",
        "Outcome: step down to targeted early help with a TAF plan."])
    plan = docx_att("Draft TAF plan - Hussain.docx", [
        "# Draft TAF plan - Tahmid and Safa Hussain",
        "1. Lead Practitioner (Farzana Khanom) to visit fortnightly.",
        "2. Speech and language therapy referral for Safa.",
        "3. Mum to see GP about her mood; LP to support."])
    top = outlook_top(f, addr("Doherty, Kieran", "Kieran.Doherty@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Tahmid and Safa Hussain - Mosaic 1534420/1534421", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["1534420", "1534421"],
        [ch("Tahmid Hussain", "2016-06-02", "2 June 2016"), ch("Safa Hussain", "2020-01-11", "11 January 2020")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: 'beating', 'threatened to kill', 'police' describe domestic abuse against the children's "
        "GRANDMOTHER in another household abroad (Sylhet), with no contact with the children, and the mail says "
        "'there is no domestic abuse in this household' -> not urgent, no domestic_abuse. Complete Tower Hamlets "
        "step-down: C&F assessment and draft TAF plan attached, both parents consented, Lead Practitioner with "
        "agency -> book_meeting. Concerns: SEN register for speech and language = disability_send; mum's low "
        "mood = parental_mental_health.",
        not_children=["Rupa Begum", "Jamal Hussain", "Farzana Khanom", "Kieran Doherty"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2030-04-09 16:10:22"
    body = T("""
MAST,

Please see below. I've read Lucy's summary and the MARF and I agree this needs to step up to CSC.

Shamima Akhtar
Team Manager, Targeted Early Help (Bow)
""") + quote("Greenaway, Lucy <Lucy.Greenaway@towerhamlets.gov.uk>", "09 April 2030 11:25",
             "Akhtar, Shamima <Shamima.Akhtar@towerhamlets.gov.uk>", "FW: MARF - Kezia and Tendai", T("""
Hi Shamima,

As discussed in supervision - the MARF for Kezia and Tendai is attached. Can you read it and, if you agree, send it on to MAST? Mum signed the consent section when I saw her at the school gate on Friday.

Lucy
""")) + quote("Peter Adeyemi <p.adeyemi@alderneystreet.example.sch.uk>", "08 April 2030 15:02",
              "Greenaway, Lucy <Lucy.Greenaway@towerhamlets.gov.uk>", "MARF - Kezia and Tendai", T("""
Hi Lucy,

Update for the MARF: Kezia Kelleher-Ndlovu's attendance is now 68% for the year and she has been late 23 times. Tendai Ndlovu's nursery say he missed his speech therapy appointment again last week - that's the third one - and his dental referral has lapsed. Mum still isn't answering our calls or letters.

Thanks
Peter Adeyemi
Deputy Headteacher and DSL, Alderney Street Primary School
"""))
    marf = pdf_att("MARF - Kelleher-Ndlovu.pdf", "MULTI-AGENCY REQUEST FOR SUPPORT (MARF)", [
        "Child 1: Kezia Kelleher-Ndlovu   DOB: 23/10/2013   Mosaic: 1541876",
        "Child 2: Tendai Ndlovu   DOB: 05/05/2026   Mosaic: 1541877",
        "Parent: Chipo Ndlovu (mother)",
        "Reason for request: mother has not engaged with the TAF plan since January (five missed TAF reviews and "
        "home visits); Kezia's attendance 68%; Tendai's speech therapy (three) and dental appointments missed.",
        "Parental consent: Yes - signed by mother 05/04/2030",
        "Manager agreement: (to be completed by the team manager)",
        "Referrer: Lucy Greenaway, Early Help Practitioner, Targeted Early Help (Bow)"])
    top = outlook_top(f, addr("Akhtar, Shamima", "Shamima.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "FW: FW: MARF - Kezia and Tendai", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1541876", "1541877"],
        [ch("Kezia Kelleher-Ndlovu", "2013-10-23", "23/10/2013"), ch("Tendai Ndlovu", "2026-05-05", "05/05/2026")],
        ["neglect", "non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "A mail forwarded twice (school DSL -> Early Help worker -> her team manager -> MAST) with a new comment on "
        "top: the TM's 'I agree this needs to step up to CSC' is the manager agreement, although the attached MARF "
        "still has the manager box blank (the newest statement wins) -> manager true. MARF attached -> complete -> "
        "book_meeting. Half-siblings with different surnames; names and DOBs only in the PDF, names also in the "
        "school's update. Concerns: mum not engaging since January = non_engagement; 68% = school_attendance; "
        "missed speech therapy and dental appointments = neglect. Mum signed consent -> true.",
        not_children=["Shamima Akhtar", "Lucy Greenaway", "Peter Adeyemi", "Chipo Ndlovu"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2030-05-02 14:15:36"
    body = T("""
Hi Hub,

Step down for Emre Arslan and the twins, Deniz Arslan and Doruk Arslan, following the C&F assessment that finished on 26/04/2030 (attached). Family details pasted from Mosaic:

Person ID\tName\tGender\tDOB\tAge\tRelationship
1551207\tARSLAN, Emre\tMale\t02/03/2016\t14y 2m\tSubject
1551208\tARSLAN, Deniz\tFemale\t17/09/2024\t5y 7m\tSibling (twin)
1551209\tARSLAN, Doruk\tMale\t17/09/2024\t5y 7m\tSibling (twin)

Household: mum Selin Arslan and her partner Hakan Kaya (not the children's father). Dad, Ozan Arslan, lives in Enfield and has the children alternate weekends.

Consent: Mother - Yes (verbal, 29/04/2030, recorded on Mosaic case note).
Lead Practitioner: Ms Halima Rahman, Family Support Worker, Chrisp Street Family Hub - agreed on our call on 30/04.
Draft TAF plan: I'll bring a draft to the TAF meeting so we can write it with mum there.

Worries: Emre's attendance (83%) and his behaviour at home since the twins started school.
Not a worry any more: Hakan's cannabis use - he has stopped, three negative tests since January. No DA concerns - none reported or seen during the assessment.

I'll arrange and chair the TAF meeting - probably w/c 13 May.

Grace Whitfield
Social Worker, Assessment and Intervention Team
""")
    cfa = pdf_att("C&F Assessment - Arslan children.pdf", "CHILD AND FAMILY ASSESSMENT - ARSLAN CHILDREN", [
        "Mosaic 1551207 / 1551208 / 1551209. Completed 26/04/2030.",
        "Analysis: Emre's school attendance and behaviour at home; no safeguarding concerns.",
        "Outcome: step down to targeted early help (TAF)."])
    top = outlook_top(f, addr("Whitfield, Grace", "Grace.Whitfield@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Arslan children (Mosaic 1551207)", when)
    add(f, mail(f, top, body, [cfa]), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1551207", "1551208", "1551209"],
        [ch("Emre Arslan", "2016-03-02", "02/03/2016"), ch("Deniz Arslan", "2024-09-17", "17/09/2024"),
         ch("Doruk Arslan", "2024-09-17", "17/09/2024")],
        ["school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "Step-down with a tab-separated grid pasted from Mosaic ('Person ID', 'ARSLAN, Emre', ages '14y 2m'), "
        "twins with one DOB; names also written normally in the first line (labels use that spelling). Person IDs "
        "are Mosaic ids -> three case ids (the subject repeats the first). C&F assessment attached, consent "
        "'Mother - Yes', Lead Practitioner with agency, but the draft TAF plan will be brought to the meeting -> "
        "draft_plan missing -> request_info. Concerns: 83% = school_attendance; the partner's cannabis use has "
        "stopped (negative tests) and 'No DA concerns' -> excluded.",
        not_children=["Selin Arslan", "Hakan Kaya", "Ozan Arslan", "Halima Rahman", "Grace Whitfield"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2030-04-23 13:35:48"
    body = T("""
Dear MAST team,

My name is Maxamed Cali Nuur, I am family worker in Ocean Somali Community Association, we are the lead practitioner for the family Abdullahi in the targeted early help since last year.

I am writing for request the step up to social care for the girl Hamdi Abdullahi, she is 13 years, born 04/11/2016.

Today at 12 o'clock Hamdi come to our office for the homework club and she was crying. She tell me her father beat her yesterday night with his belt because she was talking to a boy after school. She show me the marks on her arm and on her back, they are red lines and one is bleeding little. She say her father tell her if she is not come home straight after school today at 4 o'clock he will beat her again and he will send her to Somalia to his sister. She is very afraid to go home. Now she is sitting with my colleague Faadumo in our office.

My manager Mr Cabdullahi Faarax he is agree this is for the social care and not for us.

I am sorry I don't have the MARF form, I don't know where to find it. I will send it when I find.

Please call me 07700 900694.

Thank you
Maxamed
""")
    top = plain_top(f, addr("Maxamed Cali Nuur", "maxamed.nuur@oceansomali.example.org.uk"), addr("MAST", TMAST),
                    "Request step up - Hamdi Abdullahi", when, "oceansomali.example.org.uk", "Microsoft Outlook 16.0")
    alt = multipart("alternative", [text_part(body, cte="base64", crlf=True),
                                    text_part(html_of(body, "Calibri"), "html", cte="base64", crlf=True)], bnd(f, 1))
    add(f, build(top, alt, True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Hamdi Abdullahi", "2016-11-04", "04/11/2016")],
        ["physical_harm"], None, True, ["request_for_support"], None, "alert_duty",
        "URGENT, in a community worker's non-native English (base64 body): a 13-year-old beaten with a belt last "
        "night (marks seen, one bleeding), threatened with another beating if she is not home at 4 today and with "
        "being sent abroad, afraid to go home -> immediate risk -> alert_duty. He explicitly 'request[s] the step "
        "up to social care' as lead practitioner -> step_up; 'My manager ... he is agree' -> manager true; 'I don't "
        "have the MARF form' -> request_for_support missing (urgent still comes first). Concern physical_harm.",
        not_children=["Maxamed Cali Nuur", "Cabdullahi Faarax"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2030-04-24 10:05:14"
    body = T("""
Dear MAST,

Here is the MARF form now, my colleague help me to find it on the website.

Update: yesterday the social worker and the police come to our office at 3 o'clock and they talk with Hamdi. Hamdi go to stay with her aunt, Mrs Xaliimo Abdullahi, in Poplar. The police take the father for interview and he have bail not to go near Hamdi or the aunt house. The social worker tell me the strategy meeting is tomorrow. This morning Hamdi go to school from the aunt house, the school tell me she is ok.

Thank you
Maxamed
""") + quote("MAST <MAST@towerhamlets.gov.uk>", "23 April 2030 13:38",
             "Maxamed Cali Nuur <maxamed.nuur@oceansomali.example.org.uk>",
             "[SB-tower_hamlets-57] Step-up received - still needed: Multi-Agency Request for Support form", T("""
Thank you. Your step-up request for Hamdi Abdullahi has been logged as SB-tower_hamlets-57 and passed to the MAST duty team.
Still needed: the completed Multi-Agency Request for Support form.
If a child is in immediate danger call 999, or MAST on 0207 364 5606/5601.
"""))
    marf = pdf_att("MARF Hamdi Abdullahi.pdf", "MULTI-AGENCY REQUEST FOR SUPPORT (MARF)", [
        "Child: Hamdi Abdullahi   DOB: 04/11/2016",
        "Referrer: Maxamed Cali Nuur, Ocean Somali Community Association (lead practitioner)",
        "Reason for request: on 22/04/2030 father hit Hamdi with a belt (marks to arm and back); threatened to "
        "beat her again and to send her to Somalia.",
        "Parental consent: not sought - child protection concern.",
        "Manager agreement: Cabdullahi Faarax, Project Manager - agreed 23/04/2030."])
    top = plain_top(f, addr("Maxamed Cali Nuur", "maxamed.nuur@oceansomali.example.org.uk"), addr("MAST", TMAST),
                    "RE: [SB-tower_hamlets-57] Step-up received - still needed: Multi-Agency Request for Support form",
                    when, "oceansomali.example.org.uk", "Microsoft Outlook 16.0",
                    extra=[("In-Reply-To", "<SB-tower_hamlets-57.ack@towerhamlets.gov.uk>")])
    add(f, mail(f, top, body, [marf], crlf=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, [],
        [ch("Hamdi Abdullahi", "2016-11-04", "04/11/2016")],
        ["physical_harm"], None, True, [], None, "attach_to_request",
        "NEAR MISS: the follow-up to tower_hamlets_05 ([SB-tower_hamlets-57]) sending the MARF, whose 'Reason for "
        "request' repeats the belt assault and the threats. The new text says the risk is now held: social worker "
        "and police saw her yesterday, she is staying with her aunt, the father is on police bail not to go near "
        "her, a strategy meeting is set and she is at school -> not urgent -> attach_to_request. physical_harm "
        "stays a concern (this week's assault, the subject of the strategy meeting). MARF: manager agreed -> true; "
        "consent 'not sought' -> null.",
        not_children=["Xaliimo Abdullahi", "Cabdullahi Faarax", "Maxamed Cali Nuur"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2030-04-11 09:02:40"
    add(f, itip_reply(f, when, "Shamima Akhtar", "Shamima.Akhtar@" + TDOM, ("MAST", TMAST), "ACCEPTED",
                      "MAST discussion - Kezia Kelleher-Ndlovu and Tendai Ndlovu [SB-tower_hamlets-52]",
                      "20300415T100000", "20300415T110000", "MAST office, Room 2.14"),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Kezia Kelleher-Ndlovu"), ch("Tendai Ndlovu")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the team manager to stepbot's MAST discussion "
        "for tower_hamlets_03 -> meeting_reply -> record_reply; children from the SUMMARY.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2030-04-01 07:00:03"
    rows = [("Step-downs received", "9"), ("TAF meeting held within 10 working days", "7 of 9"),
            ("TAF minutes overdue", "2"), ("Step-downs awaiting a lead practitioner", "3"),
            ("MAST step-ups received", "6")]
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body "
             "style=\"font-family:Segoe UI,sans-serif\"><table role=\"presentation\" width=\"600\"><tr><td>"
             "<h2>Early Help Hub - weekly step-down tracker</h2><p>Here's your subscription to <b>Early Help Hub - "
             "weekly step-down tracker</b>. Week ending Friday 29 March 2030.</p><table border=\"1\" "
             "cellpadding=\"4\">%s</table><p><a href=\"https://app.powerbi.example.com/groups/me/reports/ehhub\">"
             "Go to report</a></p><p style=\"color:#605e5c;font-size:11px\">You're receiving this email because "
             "EarlyHelpHub@towerhamlets.gov.uk was subscribed to this report. Manage subscriptions in Power BI. "
             "Data refreshed 01/04/2030 06:45.</p></td></tr></table></body></html>\n"
             % "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in rows))
    top = outlook_top(f, addr("Microsoft Power BI", "no-reply-powerbi@powerbi.example.com"),
                      addr("Early Help Hub", THUB), "Subscription: Early Help Hub - weekly step-down tracker", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                      mid_domain="powerbi.example.com")
    add(f, build(top, text_part(htmlb, "html", crlf=True), True), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A scheduled Power BI report subscription (HTML-only table of step-down counts, Auto-Submitted: "
        "auto-generated): machine-generated mail -> auto_reply -> ignore. No family is named.")

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2030-04-22 19:42:16"
    body = T("""
Hello Early Help,

This is Ay\u015fe Ayd\u0131n, mother of Defne Ayd\u0131n (9) and Kerem Ayd\u0131n (4). Sorry for my english. Nicola, our early help worker, she give me this email.

Today is the contact day for Defne and Kerem with their father Serkan Ayd\u0131n. He must bring them back to my house at 6 o'clock. It is now 7.30 and he not bring them. I call him, he is drunk, I can hear. He say me they are not coming back, he will take them tonight to his brother in London and I will never see them again. Before, when we are married, he was hitting me, we have a non-molestation order now. Kerem does not have his inhaler with him.

I call the police at 7 o'clock, they say someone will call me back but nobody call yet.

Please someone help me tonight. My phone is 07700 900827.

Ay\u015fe
""")
    top = plain_top(f, addr("Ay\u015fe Ayd\u0131n", "ayse.aydin88@mail.example.com"), addr("Early Help Torbay", TEH),
                    "please help my children not come back", when, "mail.gmail.com", None)
    alt = multipart("alternative", [text_part(body, cte="base64"),
                                    text_part(html_of(body, "Roboto"), "html", cte="base64")], gbnd(f, 1))
    add(f, build(top, alt, False), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Defne Ayd\u0131n"), ch("Kerem Ayd\u0131n")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS on a BANK HOLIDAY (Easter Monday 22 April 2030, 19:42), from a mother writing in "
        "non-native English on a phone (Gmail, base64): the father, who was violent to her (non-molestation "
        "order), is drunk, has not returned a 9- and a 4-year-old from contact and says he is taking them to "
        "London tonight; the 4-year-old has no inhaler; police have not called back -> alert_duty (the Emergency "
        "Duty Team at that hour). A parent's plea, not a step request -> other. Turkish names with dotless i; ages "
        "only -> dob null. Concerns domestic_abuse + substance_misuse.",
        not_children=["Serkan Ayd\u0131n", "Ay\u015fe Ayd\u0131n"])

def torbay_02():
    f = "torbay_02.eml"; when = "2030-05-02 20:15:33"
    body = T("""
Hi,

I hope it's ok to ask this here. We had help from Early Help last year (Becky was our worker) and she said I could always email this address.

I've been offered a job at Torbay Hospital on the late shift (4pm till 10pm, three nights a week) starting in June. My ex says that if I leave the kids on their own he'll report me to social services for neglect and the police will take them off me. Is that true? Is it illegal?

Harvey Luxmoore is 14 and very sensible - he's a young leader at Scouts and has done a first aid course. Maisy Luxmoore is 11. My mum lives two doors away and would pop in at 7, and I'd leave their tea ready and they can ring me any time. I'd be home by half ten.

I don't want to do anything wrong or put them at risk. Could someone let me know what the rules are, or if there's anything like a group for single parents going back to work?

Thank you,
Gemma

Sent from my iPad
""")
    top = plain_top(f, addr("Gemma Luxmoore", "gemma.luxmoore@mail.example.com"), addr("Early Help Torbay", TEH),
                    "Question about leaving my kids at home", when, "mail.example.com", "iPad Mail (22E252)")
    add(f, build(top, flowed_part(body, charset="us-ascii", cte="7bit"), False), "torbay", "early_help_duty",
        when, 4,
        "near_miss", "other", False, None, [],
        [ch("Harvey Luxmoore"), ch("Maisy Luxmoore")], [], None, None, [], None, "human_review",
        "NEAR MISS: 'leave the kids on their own', 'neglect', 'social services', 'the police will take them' - but "
        "this is a parent asking in advance, in the evening, for advice about a planned job (a 14- and an "
        "11-year-old for a few evening hours, grandmother two doors away): nothing is happening and no child is at "
        "risk -> not urgent; the 'neglect' is the ex-partner's threat, not a concern -> concerns []. A general "
        "enquiry -> other -> human_review. iPad format=flowed; ages only -> dob null.")

def torbay_03():
    f = "torbay_03.eml"; when = "2030-03-26 11:48:29"
    blocks = [
        "Hi Early Help,",
        "",
        "Please can I have a triage slot for the children below, stepping down from SASF to a level 3 coordinated "
        "response now that the CIN plan has ended. They live across two households, so I've put both in.",
        "",
        ("table", [["Child", "DOB", "LCS", "Lives with"],
                   ["Tegan Widdicombe", "12/08/2015", "LCS-2710331", "Mum (Kirsty Widdicombe), Paignton"],
                   ["Rio Stone", "03/03/2022", "LCS-2710332", "Dad (Craig Stone), Brixham"],
                   ["Alfie-James Stone", "14/07/2028", "LCS-2710333", "Mum (Kirsty Widdicombe), Paignton"]]),
        "",
        "Rio and Alfie-James are full brothers; Tegan is their half-sister (her dad isn't involved). Alfie-James "
        "is 20 months, so I know this will need the under-5s triage.",
        "",
        ("h", "Where we are"),
        "The Single Assessment (attached) recommends level 3. My TM, Nigel Rowe, recorded the manager's analysis "
        "on LCS on 22/03/2030 confirming the threshold for level 3 is met.",
        "Consent: Kirsty has consented for Tegan and Alfie-James, and Craig has consented for Rio (both on "
        "20/03/2030).",
        "",
        ("h", "What the family need"),
        "Support for mum's low mood (she's back on antidepressants and has a CPN); Tegan does a lot of the looking "
        "after of Alfie-James when mum can't get up and has been identified as a young carer; Rio's attendance at "
        "Brixham C of E Primary is 84%.",
        "There are no DA concerns between Kirsty and Craig - they separated amicably in 2027 and handovers are "
        "fine.",
        "",
        "Thanks",
        "{{Kate Honeywill}}",
        "Social Worker, Safeguarding and Supporting Families, Torbay Children's Services",
    ]
    sa = pdf_att("Single Assessment - Widdicombe and Stone.pdf", "SINGLE ASSESSMENT - WIDDICOMBE / STONE CHILDREN", [
        "LCS-2710331 / LCS-2710332 / LCS-2710333. Completed 19/03/2030.",
        "Analysis: mother's depression; Tegan's caring role; Rio's attendance (84%).",
        "Recommendation: step down to a level 3 Early Help response.",
        "Manager's analysis (N. Rowe, 22/03/2030): threshold for level 3 met; agree step-down."])
    top = outlook_top(f, addr("Honeywill, Kate", "Kate.Honeywill@" + BDOM), addr("Early Help Torbay", TEH),
                      "Triage slot please - Widdicombe / Stone children (step down, L3, one under 5)", when)
    add(f, word_mail(f, top, blocks, atts=[sa]), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["LCS-2710331", "LCS-2710332", "LCS-2710333"],
        [ch("Tegan Widdicombe", "2015-08-12", "12/08/2015"), ch("Rio Stone", "2022-03-03", "03/03/2022"),
         ch("Alfie-James Stone", "2028-07-14", "14/07/2028")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down for three children across TWO households (mum's in Paignton, dad's in Brixham) "
        "with different surnames, in a Word table: Single Assessment attached, TM's manager's analysis recorded "
        "(and in the PDF) -> manager true, each child's parent consented -> consent true -> book_meeting. Level 3 "
        "stated. Alfie-James's age is also given in months ('20 months'; DOB 14/07/2028 in the table) -> the "
        "under-5s triage, which does not change the label. Concerns: mum's low mood, Tegan's caring role, Rio's "
        "84%; DA negated ('no DA concerns').",
        not_children=["Kirsty Widdicombe", "Craig Stone", "Nigel Rowe", "Kate Honeywill"])

def torbay_04():
    f = "torbay_04.eml"; when = "2030-05-10 16:41:07"
    body = T("""
Hi MASH contact for Jake Hannaford who's eight and his sister Lily-Mae Hannaford who's five, EHM-772190. open to me at L3 since Jan.

Mum has given consent for me to contact you today.

Mum's partner Ryan has moved back in and it's all gone downhill again - no food in the house again today, dog mess in the kitchen, Lily-Mae's head lice not treated for weeks, and Jake has missed 9 days since Easter.

My TM is on leave so I ran it past the duty TM, Helen, who said it doesn't sound like level 4 to her and to wait for my TM on Monday - but with no food in again today I don't want to leave it over the weekend.

Thanks
Sophie

Get Outlook for Android
""")
    top = outlook_top(f, addr("Trethewey, Sophie", "Sophie.Trethewey@" + BDOM), addr("Torbay MASH", TMASH),
                      "contact - Hannaford children", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-772190"],
        [ch("Jake Hannaford"), ch("Lily-Mae Hannaford")],
        ["neglect", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "Contact to MASH (Torbay step-up) typed on a phone in haste, Friday 16:41: ages in WORDS ('who's eight', "
        "'who's five') -> dob null. Mum's consent given -> met; the duty TM 'said it doesn't sound like level 4 to "
        "her and to wait' -> a stated disagreement -> manager_agreed false -> missing -> request_info (the worker "
        "sends it anyway). No food, dog mess, untreated head lice = "
        "neglect; 9 days missed = school_attendance. Worrying but not an act-today risk.")

def torbay_05():
    f = "torbay_05.eml"; when = "2030-04-05 15:20:58"
    body = T("""
Hi all,

A few things from me before I go on leave - sorry, it's turned into an essay.

1. Thank you for fitting the Pengelly family into Tuesday's triage at short notice. Silas, I've passed your actions to Lisa and she's booking the warm handover for the 16th.

2. I'm on annual leave from Monday 15th to Friday 19th April (back Tuesday 23rd, after the bank holiday). Lisa Bartlett is covering my cases and knows about everything below.

3. Triage slot request - Tregunna-Hext children
Could I please have a triage slot for:
Morwenna Tregunna-Hext - DOB 29/02/2020 - LCS ref 2705518
Jago Tregunna-Hext - DOB 06/10/2017 - LCS ref 2705519
This is a step down from the Single Assessment Team: the assessment found no further action at level 4, but a level 3 coordinated response is needed. They live with dad, Paul Tregunna, in Torquay; mum (Tasha Hext) lives in Plymouth and has them every other weekend. The worries are dad's depression (he's under the GP and on the waiting list for Talking Therapies) and the children's teeth - Jago had eight teeth out under general anaesthetic in February and Morwenna has missed two dental appointments since. The Single Assessment with my analysis is attached, and my TM, Marcus Tapp, signed off the manager's analysis on LCS yesterday.
I haven't asked dad about consent for level 3 Early Help yet - I'm seeing him on Thursday 11th and will ask then and let you know.

4. Warm handover template - is there a newer version than the one on the intranet dated 2027? Mine still has the old EHM fields.

5. Heads up that the Paignton Family Hub meeting room is being used as a vaccination clinic on Tuesdays in April, so triage might need to be on Teams.

6. The Torbay Safeguarding Children Partnership conference is on 14 May - if anyone wants to go, the booking link is on the partnership page.

Thanks, and have a lovely Easter,
Amy

Amy Cundy
Social Worker, Single Assessment Team, Torbay Children's Services
""")
    sa = pdf_att("Single Assessment - Tregunna-Hext.pdf", "SINGLE ASSESSMENT - MORWENNA AND JAGO TREGUNNA-HEXT", [
        "LCS 2705518 / 2705519. Completed 02/04/2030 by Amy Cundy.",
        "Analysis: father's depression; dental neglect (extractions under GA; missed appointments).",
        "Rationale: no further action at level 4; level 3 coordinated response recommended.",
        "Manager's analysis (M. Tapp, 04/04/2030): threshold for level 3 met."])
    top = outlook_top(f, addr("Cundy, Amy", "Amy.Cundy@" + BDOM), addr("Early Help Torbay", TEH),
                      "Bits and pieces before my leave + triage request (Tregunna-Hext)", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["2705518", "2705519"],
        [ch("Morwenna Tregunna-Hext", "2020-02-29", "29/02/2020"), ch("Jago Tregunna-Hext", "2017-10-06", "06/10/2017")],
        ["neglect", "parental_mental_health"], None, True, ["consent"], None, "request_info",
        "A long multi-topic mail (six numbered items: another family's triage, leave dates, a template question, "
        "room bookings, a conference) with the step-down triage request as item 3 in the middle. Single Assessment "
        "attached, TM signed off the manager's analysis -> manager true; 'I haven't asked dad about consent ... "
        "yet' -> consent null -> missing -> request_info. Level 3 stated. A leap-day DOB '29/02/2020'; hyphenated "
        "Cornish surname; 'LCS ref 2705518' -> '2705518'. Concerns: dad's depression = parental_mental_health; "
        "extractions and missed dental appointments = neglect.",
        not_children=["Paul Tregunna", "Tasha Hext", "Marcus Tapp", "Lisa Bartlett", "Amy Cundy"])

def torbay_06():
    f = "torbay_06.eml"; when = "2030-03-28 10:10:52"
    add(f, itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help Torbay", TEH), "DECLINED",
                      "Under-5s triage - Alfie-James Stone (LCS-2710333) [SB-torbay-64]",
                      "20300409T100000", "20300409T103000", "Paignton Family Hub, Room 3",
                      comment="On leave that week - Hollie Penwarden from AFC will come instead and has the pre-reads."),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-2710333"],
        [ch("Alfie-James Stone")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT naming a colleague, from the AFC representative to "
        "the under-5s triage slot for torbay_03's Alfie-James -> meeting_reply -> record_reply; child and case id "
        "from the SUMMARY; the colleague is an adult.", not_children=["Hollie Penwarden"])

def torbay_07():
    f = "torbay_07.eml"; when = "2030-05-15 12:18:40"
    body = T("""
Consent form attached - dad signed it at my visit this morning.

Something else I need to flag though. While I was there the children's mum Tasha turned up with her new partner, Dean Coaker. Dean is the man with the conviction for assaulting a child in 2026 and the restriction on contact with children - he shouldn't be anywhere near them. Dad let them in. When I left at quarter to 12 they were all in the front room and Tasha said they're staying over till the weekend. Morwenna and Jago are off school with chickenpox so they're at home with them. I told dad they need to leave but he said he can't make her go.

Amy

Sent from my iPhone

On 5 Apr 2030, at 15:27, Early Help Torbay <earlyhelp@torbay.gov.uk> wrote:

> Thank you. Your step-down request for Morwenna Tregunna-Hext and Jago Tregunna-Hext has been logged as SB-torbay-71.
> Still needed: confirmation that the family's consent for level 3 Early Help has been sought and given.
""")
    cf = pdf_att("Consent - Tregunna-Hext.pdf", "EARLY HELP CONSENT (LEVEL 3)", [
        "Children: Morwenna Tregunna-Hext, Jago Tregunna-Hext    LCS: 2705518 / 2705519",
        "I consent to my family receiving a level 3 Early Help service and to information being shared at triage.",
        "Signed: P. Tregunna (father)    Date: 15/05/2030"])
    top = plain_top(f, addr("Amy Cundy", "Amy.Cundy@" + BDOM), addr("Early Help Torbay", TEH),
                    "Re: [SB-torbay-71] Step-down received - still needed: consent", when, BDOM,
                    "iPhone Mail (22F76)", extra=[("In-Reply-To", "<SB-torbay-71.ack@torbay.gov.uk>")])
    add(f, mail(f, top, body, [cf], crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2705518", "2705519"],
        [ch("Morwenna Tregunna-Hext"), ch("Jago Tregunna-Hext")],
        ["physical_harm"], True, None, [], None, "alert_duty",
        "URGENT follow-up in plain, unflagged words: the reply to stepbot's chase [SB-torbay-71] for torbay_05 "
        "sends the signed consent form, then says a man convicted of assaulting a child and barred from contact "
        "with children is in the house NOW with both children (off school, at home) and is 'staying over till the "
        "weekend'; dad cannot make him leave -> immediate risk -> alert_duty over attach_to_request. Consent true "
        "(signed form). Children named in the quoted acknowledgement and the PDF (no DOB here); case ids from the "
        "PDF's 'LCS: 2705518 / 2705519'. Concern physical_harm (a convicted child abuser with access).",
        not_children=["Dean Coaker"])

def torbay_08():
    f = "torbay_08.eml"; when = "2030-03-18 09:05:26"
    human = T("""
Delivery is delayed to these recipients or groups:

lynne.pascoe@bayfamilies.example.org.uk

Subject: Triage slot confirmed - Tuesday 19 March [SB-torbay-60]

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.
""")
    dsn = ("Reporting-MTA: dns;LO6P265MB6071.GBRP265.PROD.OUTLOOK.COM\n"
           "Received-From-MTA: dns;stepbot.torbay.gov.uk\n"
           "Arrival-Date: Mon, 18 Mar 2030 05:02:11 +0000\n\n"
           "Final-Recipient: rfc822;lynne.pascoe@bayfamilies.example.org.uk\n"
           "Action: delayed\n"
           "Status: 4.4.7\n"
           "Diagnostic-Code: smtp;400 4.4.7 Message delayed\n"
           "Will-Retry-Until: Wed, 20 Mar 2030 05:02:11 +0000\n")
    hdrs = ("From: Early Help Torbay <earlyhelp@torbay.gov.uk>\n"
            "To: lynne.pascoe@bayfamilies.example.org.uk\n"
            "Subject: Triage slot confirmed - Tuesday 19 March [SB-torbay-60]\n"
            "Date: Mon, 18 Mar 2030 05:02:09 +0000\n"
            "Message-ID: <SB-torbay-60.slot@torbay.gov.uk>\n")
    root = multipart("report", [text_part(human, crlf=True),
                                Part([("Content-Type", "message/delivery-status")], dsn),
                                Part([("Content-Type", "text/rfc822-headers")], hdrs)],
                     bnd(f, 1), params="; report-type=delivery-status")
    top = outlook_top(f, addr("Microsoft Outlook", "postmaster@" + BDOM), addr("Early Help Torbay", TEH),
                      "Delivery delayed:Triage slot confirmed - Tuesday 19 March [SB-torbay-60]", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange 'Delivery delayed' notice (multipart/report; report-type=delivery-status, Action: delayed, "
        "4.4.7) for stepbot's own slot confirmation: a delay warning, not a final bounce, but still machine mail -> "
        "auto_reply -> ignore.")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2030-03-19 10:15:42"
    body = T("""
Bore da co-ordinators,

Please find attached the Early Help Assessment step-down plan for the ap Dafydd sibling group, with Mam's signed consent form. I talked the plan through with Xavier Moss at last Tuesday's drop-in, and the key person has agreed.

Diolch yn fawr,
Si\u00e2n

Si\u00e2n Maddox
Social Worker | Gweithiwr Cymdeithasol
Kington & Leominster Locality Team, Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - ap Dafydd sibling group.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Level: 3 - Intensive",
        "1. Family Details and Consent: mother Catrin ap Dafydd; written consent signed 14/03/2030 (attached)."], [
        [["Name", "Date of birth", "Mosaic ID"],
         ["Gwenll\u00efan ap Dafydd", "21/06/2016", "905512"],
         ["Si\u00f4n ap Dafydd", "09/12/2018", "905513"],
         ["Efa ap Dafydd", "30/04/2024", "905514"]],
        [["What are we worried about? - wellbeing concerns", "Mam has had severe depression since Dad died in 2028 "
          "and some days cannot get up. Gwenll\u00efan (13) does much of the care of Si\u00f4n and Efa and is a young "
          "carer."],
         ["What's working well? - Existing strengths", "Mam is under the community mental health team and taking "
          "her medication; Nain visits twice a week; the children are close and school attendance is good."],
         ["Complicating Factors", "Rural home, no bus; Mam does not drive at the moment."]],
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Young carers assessment and group for Gwenll\u00efan - key person", "Gwenll\u00efan has time for herself",
          "6 weeks"],
         ["Mam to keep CMHT appointments; transport arranged - key person", "Mam's mood improves", "3 months"]],
        [["Details of Key Person", "Bethan Prosser, Family Support Worker, Pembridge Primary School - agreed with "
          "Mam and with Bethan on 15/03/2030"]]])
    cf = pdf_att("Consent - ap Dafydd (signed).pdf", "EARLY HELP CONSENT FORM / FFURFLEN GANIAT\u00c2D", [
        "Children: Gwenll\u00efan, Si\u00f4n and Efa ap Dafydd",
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: Catrin ap Dafydd    Date: 14/03/2030"])
    top = outlook_top(f, addr("Maddox, Si\u00e2n", "Sian.Maddox@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - ap Dafydd sibling group", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["905512", "905513", "905514"],
        [ch("Gwenll\u00efan ap Dafydd", "2016-06-21", "21/06/2016"), ch("Si\u00f4n ap Dafydd", "2018-12-09", "09/12/2018"),
         ch("Efa ap Dafydd", "2024-04-30", "30/04/2024")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "The body names NO child ('the ap Dafydd sibling group'): the three Welsh children (lower-case particle "
        "'ap', diaeresis and circumflex), their DOBs and Mosaic ids are ONLY in the attached EHA step-down plan "
        "(.docx tables). Plan, signed consent form (PDF) and the key person with agency -> complete -> "
        "book_meeting; 'Level: 3 - Intensive' in the plan -> level 3. Concerns from the plan: Mam's depression = "
        "parental_mental_health; Gwenll\u00efan caring for her siblings = young_carer. Dad's death in 2028 is not a "
        "concern.",
        not_children=["Catrin ap Dafydd", "Bethan Prosser", "Xavier Moss", "Si\u00e2n Maddox"],
        names_only_in_attachments=True)

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2030-04-04 14:30:19"
    blocks = [
        "Good afternoon,",
        "",
        "Please find attached the EHA step-down plan for Oscar Bayliss (DOB 24.08.2014) and Mia Bayliss (DOB "
        "17.01.2017), Mosaic IDs 898110 and 898111. Their child protection plan ended in September 2029 and the CIN "
        "plan is now ready to close, with a Level 3 step-down to Early Help. I discussed it with Verity Lang on "
        "26/03.",
        "",
        "Because the plan is written in our Signs of Safety format, I've copied the key statements below so that "
        "the Early Help worker reads them in the right way - they are the statements from the safety plan the "
        "family wrote with us, not new worries.",
        "",
        ("h", "Danger statement"),
        "Children's Services, Karen and Neil are worried that if Neil starts drinking heavily again he could lose "
        "his temper and hurt Oscar or Mia, as happened in July 2028 when Oscar was pushed into a door and broke "
        "his wrist, and that the children would then feel frightened and unsafe at home.",
        "",
        ("h", "Safety goal"),
        "Everyone, including the children's school, will know that Neil is not drinking and is calm at home, and "
        "that Karen and the children have a plan if he relapses.",
        "",
        ("h", "Bottom lines"),
        "Neil will not look after the children on his own if he has had a drink. If he comes home drunk, Karen "
        "will take the children to her sister's and call the police if she needs to.",
        "",
        ("h", "Where things are now (scaling 8/10)"),
        "Neil has not had a drink since June 2029 (monthly tests clear) and has completed the Caring Dads "
        "programme. There have been no incidents since July 2028. The worries now are Karen's anxiety (she is "
        "waiting for counselling) and Oscar's attendance (86%).",
        "",
        "Karen and Neil both agreed to the step-down at the final core group on 2 April. I'll get the consent form "
        "signed at the handover visit next week.",
        "",
        "Key person: Rob Whiting, Youth and Family Worker, Hereford Family Hub (named in the plan).",
        "",
        "Kind regards",
        "{{Samira Khalid}}",
        "Social Worker, Hereford City Team",
    ]
    plan = docx_att("EHA step-down plan - Bayliss.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Oscar Bayliss, Mia Bayliss. Parents: Karen Bayliss and Neil Bayliss.",
        "Level 3 - Intensive"], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Attendance plan for Oscar - school and key person", "Attendance above 95%", "Half term"],
         ["Counselling referral for Karen - key person", "Karen feels less anxious", "8 weeks"],
         ["Neil to keep in touch with the alcohol service - Neil", "Stays alcohol-free", "Ongoing"]],
        [["Details of Key Person", "Rob Whiting, Youth and Family Worker, Hereford Family Hub - agreed with the "
          "family 02/04/2030"]]])
    top = outlook_top(f, addr("Khalid, Samira", "Samira.Khalid@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Oscar and Mia Bayliss (Level 3)", when)
    add(f, word_mail(f, top, blocks, atts=[plan]), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["898110", "898111"],
        [ch("Oscar Bayliss", "2014-08-24", "24.08.2014"), ch("Mia Bayliss", "2017-01-17", "17.01.2017")],
        ["parental_mental_health", "school_attendance"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS: a Signs of Safety 'Danger statement' and 'Bottom lines' are written in the hypothetical by "
        "design ('if Neil starts drinking heavily again he could ... hurt Oscar or Mia', 'If he comes home drunk "
        "... call the police') and refer to a 2028 injury; the mail says they are the family's safety-plan "
        "statements, not new worries, and dad has been alcohol-free since June 2029 -> not urgent; "
        "physical_harm and substance_misuse are historic/hypothetical -> excluded. Current: Karen's anxiety, "
        "Oscar's 86%. Consent given verbally ('both agreed') -> true, but Herefordshire needs the written form "
        "('I'll get the consent form signed') -> consent_form missing -> request_info. Plan and key person with "
        "agency present; Level 3.",
        not_children=["Karen Bayliss", "Neil Bayliss", "Rob Whiting", "Verity Lang", "Samira Khalid"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2030-05-08 11:05:37"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the EHA step-down plan (Level 3) and mum's signed consent form for Leon Price-Watkins (DOB 5th March 2015, Mosaic 902247) and his half-brother Harley Watkins (DOB 19th June 2021, Mosaic 902248).

Key person: Dawn Meredith, Learning Mentor, Whitecross Hereford High School - agreed with mum on 1 May.

So that the co-ordinator isn't caught off guard: you may see the family in the Hereford Times over the next few weeks. Mum (Stacey Watkins) is the main prosecution witness in the trial of the man charged with murdering her brother, Jamie Watkins, who was stabbed outside a pub in Hereford last September. The trial starts at Worcester Crown Court on 20 May. West Mercia Police have a witness care plan in place for mum; there have been no threats to her or to the boys, and the police say they have no intelligence of any. The boys know their uncle died, and Leon has been having bereavement support through school.

The CIN plan was about mum's grief and its impact on the boys' routines. She is doing much better, but the trial will be hard and she would like someone from Early Help alongside her.

Thanks,
Tom Prothero
Social Worker, Hereford City Team
""")
    plan = docx_att("EHA step-down plan - Price-Watkins and Watkins.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Leon Price-Watkins (Mosaic 902247), Harley Watkins (Mosaic 902248)",
        "Level: 3"], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Bereavement support for Leon continues - school", "Leon can talk about his uncle", "Ongoing"],
         ["Key person alongside mum through the trial - Dawn Meredith", "Mum copes with the trial", "June 2030"]],
        [["Details of Key Person", "Dawn Meredith, Learning Mentor, Whitecross Hereford High School"]]])
    cf = pdf_att("Signed consent - Watkins.pdf", "EARLY HELP CONSENT FORM", [
        "I agree to my family receiving Early Help support.", "Signed: S. Watkins   Date: 01/05/2030"])
    top = outlook_top(f, addr("Prothero, Tom", "Tom.Prothero@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Leon Price-Watkins and Harley Watkins - plan and consent", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["902247", "902248"],
        [ch("Leon Price-Watkins", "2015-03-05", "5th March 2015"), ch("Harley Watkins", "2021-06-19", "19th June 2021")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: 'murdering', 'stabbed', 'prosecution witness', 'threats', 'police' - the mother is a witness "
        "in the trial for her brother's killing last September; the police have a witness care plan and 'there "
        "have been no threats to her or to the boys' -> no risk to the children -> not urgent. Complete "
        "Herefordshire step-down (plan, signed consent form, key person with agency) -> book_meeting; Level 3. "
        "Half-brothers with different surnames (one hyphenated); DOBs '5th March 2015', '19th June 2021'. "
        "Concern: mum's grief (the CIN reason) = parental_mental_health.",
        not_children=["Dawn Meredith", "Stacey Watkins", "Jamie Watkins", "Tom Prothero"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2030-05-17 16:35:21"
    body = T("""
Hello,

I hope this is the right place to send this.

I've just had a phone call from Ceri Vaughan, who I support through Early Help (Kington). Her father died this morning. She was very calm, which isn't like her. She said she'd "had enough now" and was "going to be with Dad", and that she'd put the baby in the car and was going for a drive up to the Black Mountains. Then she rang off. Her phone has gone to voicemail since.

The baby is Elin Vaughan, eleven weeks old. Ceri was in hospital in February with postnatal psychosis and the plan from the perinatal team is that she isn't left on her own with Elin at the moment. Her partner, Gareth Lewis, is at work in Abergavenny until six and I don't think he knows. I don't have the car registration.

I haven't rung the police because I wasn't sure whether I was overreacting. I'm at the office until half five on 07700 900514.

Kind regards,
Heledd

Heledd Powell
Early Help Family Support Worker, Herefordshire Council
""")
    top = outlook_top(f, addr("Powell, Heledd", "Heledd.Powell@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Ceri Vaughan and baby Elin", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Elin Vaughan")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, told quietly and apologetically ('I wasn't sure whether I was overreacting'), on a Friday at "
        "16:35: a mother with recent postnatal psychosis, who must not be alone with her baby, has said she is "
        "'going to be with Dad' (who died this morning) and has driven off with the 11-week-old; phone off, no "
        "police called -> immediate risk to the baby (and the mother) -> alert_duty. A worker's report, not a "
        "request -> other. Age in words only -> dob null. Concern parental_mental_health.",
        not_children=["Ceri Vaughan", "Gareth Lewis", "Heledd Powell"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2030-04-29 09:40:03"
    body = T("""
Good morning,

I would like to ask for a step up for the family D\u0105browski to the social care. I am the Family Support Worker from Polish Community Support Herefordshire and I am the lead practitioner on the Early Help Assessment since October.

Children:
Szymon D\u0105browski - born 30.09.2020 (9 years)
\u0141ucja D\u0105browska - born 12.02.2024 (6 years)

The mother, Mrs Marta D\u0105browska, is alone since the father go back to Poland in December. She is very depressed, she don't open the door to me or to the health visitor since March and she don't answer the phone. Szymon's attendance at school is 72% and the school say he is often hungry and tired. \u0141ucja has missed three appointments at the hearing clinic. I have tried everything in the plan and nothing is changing. I told the mother on Friday by the letter that I will ask for the social care. She send me a text message: she does not agree and she does not want the social care in her house.

My manager, Mrs Ewa Kowal, agree that it is too much now for early help and it must go to the social care.

Kind regards,
Katarzyna Zaj\u0105c
Family Support Worker
Polish Community Support Herefordshire
""")
    top = plain_top(f, addr("Katarzyna Zaj\u0105c", "k.zajac@polishsupport.example.org.uk"), addr("Herefordshire MASH", HMASH),
                    "Step up request - D\u0105browski family", when, "polishsupport.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, [],
        [ch("Szymon D\u0105browski", "2020-09-30", "30.09.2020"), ch("\u0141ucja D\u0105browska", "2024-02-12", "12.02.2024")],
        ["neglect", "non_engagement", "parental_mental_health", "school_attendance"], False, True, [], None,
        "human_review",
        "A step-up request to Herefordshire, whose protocol defines no step-up -> human_review with missing [] "
        "(facts still labelled). Written by a Polish community family support worker in non-native English; "
        "Polish surnames that change with sex (D\u0105browski / D\u0105browska) and a capital \u0141. Manager 'agree' "
        "-> true; the mother's text 'she does not agree ... does not want the social care' -> consent false (a "
        "stated refusal, although consent is not a requirement here). Concerns: mum's depression = parental_mental_health; not opening the door since March = "
        "non_engagement; 72% = school_attendance; hungry + missed hearing-clinic appointments = neglect.",
        not_children=["Marta D\u0105browska", "Ewa Kowal", "Katarzyna Zaj\u0105c"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2030-04-11 12:00:44"
    body = T("""
Hi,

Signed consent form for Oscar and Mia attached - Karen and Neil both signed it at the handover visit this morning.

Samira

On 4 Apr 2030, at 14:36, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

> Thank you. Your step-down plan has been logged as SB-herefordshire-83.
> Still needed: the family's written consent form.
""")
    cf = pdf_att("Consent form - Bayliss - signed.pdf", "EARLY HELP CONSENT FORM", [
        "Children: Oscar Bayliss, Mia Bayliss",
        "We agree to our family receiving Early Help support and to the step-down plan being shared.",
        "Signed: Karen Bayliss, Neil Bayliss    Date: 11/04/2030"])
    top = plain_top(f, addr("Samira Khalid", "Samira.Khalid@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-83] Step-down plan received - still needed: written consent", when, HDOM,
                    "Apple Mail (2.3826.500.1.1)", extra=[("In-Reply-To", "<SB-herefordshire-83.ack@herefordshire.gov.uk>")])
    add(f, mail(f, top, body, [cf], crlf=False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [],
        [ch("Oscar Bayliss"), ch("Mia Bayliss")], [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to stepbot's chase [SB-herefordshire-83] with herefordshire_02's signed consent form -> "
        "follow_up -> attach_to_request; consent true; children from the PDF (first names only in the body).",
        not_children=["Karen Bayliss", "Neil Bayliss"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2030-03-26 10:30:05"
    body = T("""
Diolch am eich neges. Rydw i allan o'r swyddfa tan ddydd Llun 1 Ebrill.
Os yw eich ymholiad yn un brys, cysylltwch \u00e2'r t\u00eem dyletswydd ar 01632 960587.
Os ydych chi'n poeni bod plentyn mewn perygl uniongyrchol, ffoniwch 999.

Thank you for your message. I'm out of the office until Monday 1 April.
If your query is urgent, please contact the duty team on 01632 960587.
If you are worried that a child is in immediate danger, call 999.
""")
    add(f, ooo(f, when, "Maddox, Si\u00e2n", "Sian.Maddox@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-77] Step-down plan received - ap Dafydd sibling group", body,
               prefix="Ateb awtomatig / Automatic reply: ", lang="cy-GB"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Bilingual Welsh / English out-of-office ('Ateb awtomatig / Automatic reply:', Content-Language cy-GB, "
        "Auto-Submitted: auto-replied) from herefordshire_01's social worker -> auto_reply -> ignore. The '999 ... "
        "immediate danger' lines (in both languages) are signposting, not a risk; the subject names no child.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2030-05-13 08:50:16"
    add(f, itip_reply(f, when, "Tom Prothero", "Tom.Prothero@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "ACCEPTED", "Step-down drop-in - Leon Price-Watkins and Harley Watkins [SB-herefordshire-94]",
                      "20300514T093000", "20300514T100000", "Microsoft Teams Meeting",
                      comment="Thanks - I'll bring the plan. Dawn Meredith may join for the first ten minutes."),
        "herefordshire", "early_help_duty", when, 4,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Leon Price-Watkins"), ch("Harley Watkins")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, with a COMMENT, for stepbot's Tuesday drop-in offered for "
        "herefordshire_03 -> meeting_reply -> record_reply; children from the SUMMARY; the key person in the "
        "COMMENT is an adult.", not_children=["Dawn Meredith"])

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
# England & Wales bank holidays 2030 (gov.uk): New Year's Day, Good Friday 19 April, Easter Monday 22 April,
# early May 6 May, spring 27 May, summer 26 August, Christmas, Boxing Day. Three fall inside the window.
BANK_HOLIDAYS = {date(2030, 1, 1), date(2030, 4, 19), date(2030, 4, 22), date(2030, 5, 6), date(2030, 5, 27),
                 date(2030, 8, 26), date(2030, 12, 25), date(2030, 12, 26)}
WINDOW = (datetime(2030, 3, 18, tzinfo=LON), datetime(2030, 5, 17, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2030, 3, 31, 1, 0, 0, tzinfo=UTC)   # last Sunday in March: +0000 before, +0100 after

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
        want_off = "+0000" if d.astimezone(UTC) < BST_START else "+0100"
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
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: err(a, "needs 8 files, has %d" % len(per.get(a, [])))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if not (tot["urgent"] == 8 and tot["near_miss"] == 7 and sum(tot.values()) == 40):
        err("set", "category totals %s" % tot)
    return errors, tot

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
