#!/usr/bin/env python3
"""mixed15: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in writers' styles and situations earlier sets lack: partner-agency practitioners (school DSL, health visitor,
police public-protection officer, housing officer, youth justice worker), staff new to the job who get the protocol
wrong, a request sent on Christmas Eve for a meeting after New Year, out-of-office replies carrying a human-written
line, a child's details only in an Excel-style CSV export (US-order dates) or a plain-text pipe / tab table,
parents and children both named by first name, two-digit-year DOBs, one sibling stepped up and the others not, a
step-down from a council the family has moved away from, a "resending as I got no reply" duplicate, long
confidentiality footers full of risk words, urgent content only in a PS or only in the subject line.

Window: Monday 7 November 2033 - Friday 13 January 2034, all in GMT (+0000; BST ended on 30 October 2033). The
Christmas shutdown is inside the window: Christmas Day 2033 is a Sunday, so the England & Wales bank holidays are
Boxing Day (Monday 26 December) and the Christmas Day substitute (Tuesday 27 December); New Year's Day 2034 is a
Sunday, so Monday 2 January 2034 is the substitute bank holiday. Christmas Eve 2033 is a Saturday: knowsley_01 is
sent then (the one weekend Date in the set).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and python-docx are used only by the
self-checks, to read back the hand-built PDFs and .docx files). The helpers (MIME assembly, Word HTML, PDF, .docx,
iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed12/make_set.py and adapted (window, bank holidays, GMT only, a CSV attachment builder and
reader, US-order DOB parsing, bulletin / DLP-notice builders and structural checks). Every label was set by hand;
the self-checks at the end only verify them against the specification's rules and STOP on any error before
anything is written.
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
    """Local (Europe/London) wall-clock time: every mail in this set is in GMT (+0000): the window starts after BST ended on 30 October 2033."""
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
            zi = zipfile.ZipInfo(name, date_time=(2033, 1, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- added for mixed15
def ch(name, dob=None, written=None, as_written=None, order="dmy"):
    """A labelled child. `written` is the DOB exactly as the mail writes it (the self-check finds it in the
    readable text and parses it back to `dob`; `order="mdy"` for a US-order date). `as_written` is the text span
    that carries the name when the full name is never written in one piece ("Callum and Evie Pryor",
    "Jayden,Luscott" in a CSV, "Kayden YEO" in a police mail)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written, "_order": order}

CSV_MS = "application/vnd.ms-excel"
def csv_att(filename, rows):
    """An Excel 'CSV UTF-8 (Comma delimited)' export: BOM, CRLF, sent by Outlook as application/vnd.ms-excel."""
    def cell(c):
        return '"%s"' % c.replace('"', '""') if ("," in c or '"' in c) else c
    data = "\ufeff" + "".join(",".join(cell(c) for c in r) + "\r\n" for r in rows)
    return binary_part(CSV_MS, filename, data.encode("utf-8"))

def gmail_mail(f, top, body, atts=(), font="Arial"):
    """Google Workspace: multipart/alternative, base64 text + base64 HTML (div-per-line), Gmail boundaries."""
    def gm_html(t):
        out = []
        for line in t.split("\n"):
            out.append("<div>%s</div>" % (html.escape(line, quote=False) or "<br>"))
        return ('<div dir="ltr"><div style="font-family:%s,sans-serif">%s</div></div>\n'
                % (font, "\n".join(out)))
    alt = multipart("alternative", [text_part(body, cte="base64", crlf=True),
                                    text_part(gm_html(body), "html", cte="base64", crlf=True)], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, True)

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

K01_SUBJ = "Step up request - Brannigan children - EHM-61447 - TAF Tues 3rd Jan"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2033-12-24 10:12:33"
    body = T("""
Morning MASH,

I know it's Christmas Eve so I'm not expecting anyone to pick this up until after the break - I'm just catching up from home so I can switch off properly over Christmas!

Please find attached a step up request for Harvey Brannigan (DOB 09/01/2024) and Ellie-Mai Brannigan (DOB 22/05/2028). Case ID on EHM: EHM-61447.

They live with mum, Stacey Brannigan, in Tower Hill. I've been their lead practitioner at Level 3 since June. Despite two TAF reviews nothing has improved, and over the last month it has got worse. When I visited on Wednesday there was no gas or electric credit, the house was freezing and the only food in was a box of cereal. Ellie-Mai has had head lice since October and the school nurse says her eczema isn't being treated - the cream hasn't been collected from the chemist. Harvey's attendance is 71% this term and school have been giving him breakfast most mornings. The GCP2 I completed with mum on 15/12 scores physical care at 4 and safety at 3.

Attached: the FF Step Up request to CSC form (Appendix 1), the minutes of the TAF review on 13/12/2033 and the GCP2 summary.

My TM, Lorraine Whitty, discussed the step up with me on Thursday and agreed it - it's in the management oversight box on the form. Mum knows I'm doing this.

The step up TAF is booked for Tuesday 3rd January 2034 at 10am at Kirkby Family Hub, meeting room 1. I've sent the calendar invite to the MASH inbox and MASH business support, and invited school, the school nurse and the health visitor. I couldn't get a Wednesday before the 11th. That's well over a week's notice, so hopefully that's OK.

Have a lovely Christmas when it comes, and see you all in the new year!

Rachael

Rachael Quinlan
Family First Case Manager (Level 3) | Kirkby | Knowsley Council
07700 900461
""")
    form = docx_att("Appendix 1 - FF Step Up Request - Brannigan.docx", [
        "# FF Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-61447",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: 03/01/2034 10:00, Kirkby Family Hub (meeting room 1)",
        "Level of Engagement: medium - mum lets me in but does not follow through on the plan",
        "Recent TAF meeting minutes attached: Yes - 13/12/2033"], [
        [["Child", "Date of birth", "School"],
         ["Harvey Brannigan", "09/01/2024", "Cherry Brow Primary"],
         ["Ellie-Mai Brannigan", "22/05/2028", "Cherry Brow Primary (Reception)"]],
        [["What are we worried about?", "No gas or electric credit; no food in the home; untreated head lice and "
          "eczema; Harvey's attendance 71%."],
         ["What is working well?", "Mum lets the case manager in; the children are close to their nan."],
         ["What next?", "Step up to CSC for a Child and Family Assessment."],
         ["Graded Care profile (if neglect should be completed)", "Completed 15/12/2033 - attached"],
         ["Agreement by line manager", "Lorraine Whitty, Team Manager, 22/12/2033 - agreed"]]])
    taf = pdf_att("TAF review minutes 13.12.33 - Brannigan.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Brannigan    Date: 13/12/2033    Venue: Kirkby Family Hub",
        "Present: mum, Rachael Quinlan (Family First), school attendance officer, school nurse.",
        "1. Home conditions: no improvement; utilities often without credit.",
        "2. Health: head lice and eczema untreated.",
        "3. Action: case manager to complete GCP2 and discuss step up with TM."])
    gcp = pdf_att("GCP2 summary - Brannigan.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Completed 15/12/2033 by Rachael Quinlan with mum",
        "Physical care: grade 4   Safety: grade 3   Love and care: grade 2   Stimulation and education: grade 3"])
    top = outlook_top(f, addr("Quinlan, Rachael", "Rachael.Quinlan@" + KDOM), addr("Knowsley MASH", KMASH),
                      K01_SUBJ, when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf, gcp], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61447"],
        [ch("Harvey Brannigan", "2024-01-09", "09/01/2024"), ch("Ellie-Mai Brannigan", "2028-05-22", "22/05/2028")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Sent on CHRISTMAS EVE (Saturday 24 December 2033, from home) for a step-up TAF AFTER NEW YEAR, Tuesday 3 "
        "January 2034. Otherwise complete: Appendix 1 form, TAF minutes and GCP2 (neglect) attached, EHM case id, "
        "TM agreed -> nothing missing. Notice: working days d with Sat 24 Dec < d <= Tue 3 Jan are 28, 29, 30 "
        "December and 3 January = 4 (25 Dec is a Sunday, Mon 26 Dec Boxing Day and Tue 27 Dec the Christmas Day "
        "substitute are bank holidays, and Mon 2 Jan 2034 is the New Year substitute) -> 4 < 5 -> notice not ok -> "
        "request_info ('well over a week's notice' is a weekday count of 7). Concerns: no credit, no food, "
        "untreated lice and eczema = neglect; 71% = school_attendance. 'Mum knows' -> consent null.",
        meeting=date(2034, 1, 3), not_children=["Stacey Brannigan", "Lorraine Whitty", "Rachael Quinlan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2033-12-29 11:05:20"
    blocks = [
        "Hi,",
        "",
        "Sorry to mark this urgent - nothing has happened and there are no safeguarding concerns, it's only that the "
        "final CIN is a week today and a colleague has just told me I should have let Family First know at least 5 "
        "working days before! I only started with Knowsley on 12 December (I've come from Wigan) so I'm still "
        "getting my head round which inbox is which - I hope this is the right one for step downs.",
        "",
        "I'm stepping Ruby down from CIN to a {{Level 2}} Early Help service with school as lead.",
        "",
        ("table", [["Child", "DOB", "ICS"],
                   ["Ruby Sefton-¦Hale", "18/08/2022", "2217046"]]),
        "",
        "{{Final CIN meeting:}} Thursday 5th January 2034 at 2pm, St Oswin's CE Primary School, Huyton (the family "
        "room).",
        "{{Lead Practitioner:}} Mrs Bernadette Kilbride, Pastoral Lead, St Oswin's CE Primary School - she has agreed "
        "to take on the role.",
        "",
        ("h", "What are we worried about?"),
        "Ruby's attendance has dropped to 86% this term, mostly Mondays, and she gets very anxious about coming into "
        "school. She is on the waiting list for an autism (ASC) assessment.",
        "",
        ("h", "What is working well?"),
        "Mum (Gemma Sefton) has worked really well with the CIN plan. The home is calm and the domestic abuse from "
        "last year has not come back - Ruby's dad has had no contact since the non-molestation order in March 2032. "
        "Ruby has a lovely relationship with Mrs Kilbride.",
        "",
        ("h", "What needs to happen?"),
        "A school-led TAF with an attendance and anxiety plan; school to chase the ASC assessment with the "
        "paediatrician; mum to keep going to the parents' group at the family hub.",
        "",
        "Mum has agreed to the step down and to school taking over. My TM, Alison Crerand, is happy with the plan.",
        "",
        "Thanks",
        "[[Hollie]] Brennand",
        "Social Worker, CIN Team 2",
        "Knowsley Children's Social Care",
    ]
    top = outlook_top(f, addr("Brennand, Hollie", "Hollie.Brennand@" + KDOM), addr("Knowsley MASH", KMASH),
                      "URGENT - Step down to Level 2 - Ruby Sefton-Hale - final CIN Thurs 5th Jan", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, word_mail(f, top, blocks, font="Calibri"), "knowsley", "mash_step_up", when, 4,
        "near_miss", "step_down", False, 2, ["2217046"],
        [ch("Ruby Sefton-Hale", "2022-08-18", "18/08/2022")],
        ["disability_send", "school_attendance"], True, True, [], False, "request_info",
        "NEAR MISS: 'URGENT' in the subject and Importance: high, but only because the writer - new to Knowsley, "
        "two and a half weeks in - is worried about the notice; 'nothing has happened and there are no safeguarding "
        "concerns'; the domestic abuse is historic (no contact since the 2032 order) -> not urgent, no "
        "domestic_abuse. She sends it to the MASH inbox instead of the Family First duty mailbox: kind from the "
        "content (a Level 2 step-down), mailbox from the address (mash_step_up). Level 2 complete: date, time and "
        "venue; all three Signs of Safety headings; Lead Practitioner named with her agency -> missing []. Notice: "
        "Thu 29 Dec -> Thu 5 Jan 2034: 30 Dec, 3, 4, 5 Jan = 4 WD because Mon 2 January 2034 is the New Year "
        "substitute bank holiday (a weekday count gives 5) -> not ok -> request_info. Word splits 'Sefton-Hale' "
        "across two runs; 'ICS' column -> bare number. Concerns: 86% = school_attendance; ASC assessment waiting "
        "list = disability_send. Consent (not a Level 2 requirement) and TM agreement stated -> true, true.",
        meeting=date(2034, 1, 5),
        not_children=["Bernadette Kilbride", "Gemma Sefton", "Alison Crerand", "Hollie Brennand"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2033-12-06 14:31:09"
    body = T("""
Hi Family First duty,

Letting you know I'm stepping the Cunliffe family down from Level 4 (CIN) to Level 3 Family First, following my C&F assessment.

Children:
Tyler Cunliffe - DOB 14/03/29 - ICS 2209113
Skye Cunliffe - DOB 02/11/31 - ICS 2209114

Mum is Leanne Cunliffe. Her partner, Connor Pye, lives with them - he isn't Tyler or Skye's dad (their dad, Jordan, moved to Spain in 2031 and isn't in touch).

Joint home visit: Wednesday 14th December at 10am at the family home, 27 Tarbock Close, Halewood.

What are we worried about?
Leanne's anxiety and low mood - some days she can't face leaving the house. Tyler's speech is behind for his age and he's on the waiting list for speech and language therapy.

What is working well?
Leanne is taking her medication and sees her GP every month. Connor does the nursery run most days and is a real support to her. The cannabis use that worried us at the start of the assessment has stopped - Connor has had three clear tests since August. The children are warm, fed and well cared for, and Skye is meeting all her milestones.

What needs to happen?
The Family First case manager to support Leanne with her Talking Therapies referral and a parenting group; nursery to keep a close eye on how Tyler is getting on; the SALT referral followed up.

Leanne signed the consent for the referral to Family First when I saw her on Friday (2nd), and Connor is in agreement too.

Thanks
Joanne

Joanne Tarpey
Social Worker, CIN Team 3 | Knowsley Children's Social Care
0151 496 0628
""")
    top = outlook_top(f, addr("Tarpey, Joanne", "Joanne.Tarpey@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L4 to L3 - Tyler and Skye Cunliffe - joint visit 14/12", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2209113", "2209114"],
        [ch("Tyler Cunliffe", "2029-03-14", "14/03/29"), ch("Skye Cunliffe", "2031-11-02", "02/11/31")],
        ["disability_send", "parental_mental_health"], True, None, [], True, "book_meeting",
        "Level 3 step-down 'from Level 4 (CIN) to Level 3': the level it goes TO is 3. DOBs with TWO-DIGIT years "
        "('14/03/29', '02/11/31' = 2029, 2031). After the first lines the adults and the children are all named by "
        "FIRST name only (Leanne, Connor, Jordan; Tyler, Skye): the children are the two in the list, mum and her "
        "partner are adults by role. Joint home visit with date, time and venue; all three Signs of Safety "
        "headings; Leanne's signed consent -> complete. Notice: Tue 6 Dec -> Wed 14 Dec = 7, 8, 9, 12, 13, 14 = "
        "6 WD -> ok -> book_meeting. Concerns: Leanne's anxiety and low mood = parental_mental_health; speech "
        "delay, SALT waiting list = disability_send; Connor's cannabis use has stopped (three clear tests) -> "
        "excluded. Manager not mentioned -> null.",
        meeting=date(2033, 12, 14), not_children=["Leanne Cunliffe", "Connor Pye", "Joanne Tarpey"])

K04_FOOTER = T("""
--
Holly Bank Primary School is an academy within the Northern Lights Learning Trust, a charitable company limited by guarantee registered in England and Wales (company number 09990000). Registered office: Unit 4, Valley Court, Kirkby L33 7XX.

CONFIDENTIALITY: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. It may contain sensitive personal information, including information about children and families, safeguarding and child protection matters, abuse, neglect, harm or the risk of harm. If you have received this email in error please notify the sender immediately and delete it; you must not copy, forward, disclose or otherwise use any part of it. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the Trust.

SAFEGUARDING: The Trust is committed to safeguarding and promoting the welfare of children and expects all staff, volunteers and visitors to share this commitment. If you are worried that a child is being abused or is at risk of significant harm, contact the Knowsley MASH; if a child is in immediate danger, call 999. Our safeguarding and child protection policy is available on the school website.

This email has been scanned for viruses and malware. Please consider the environment before printing this email.
""")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2033-11-15 13:42:10"
    body = T("""
Dear MASH,

I'm the DSL at Holly Bank Primary School. I rang the MASH number at 1.20 but was told I was in a queue, so I'm emailing as well and will keep trying.

At lunchtime today Lola Gaskin (Year 5, DOB 11/06/2024) told her teaching assistant that her mum's boyfriend, Dean Marwick, grabbed her round the neck last night and pushed her against the kitchen wall because she'd spilled juice on his phone, and then hit her on the legs with his belt. I have seen red marks on the side of her neck and two long red marks on the back of her left thigh (I only looked at what she showed me). She said "please don't tell him I told you".

Dean collects Lola from school on Tuesdays because her mum, Kerry Gaskin, works until 6. He is due at the gate at 3.15 today. Lola says she doesn't want to go home.

Lola is open to Family First - I think the EHM number is EHM-63320 - and her case manager is Farid Quayle. I haven't been able to reach him.

I have recorded everything on CPOMS. Please can someone ring me on 0151 496 0755 before 3pm.

Angela Foy
Deputy Headteacher and Designated Safeguarding Lead
Holly Bank Primary School
0151 496 0755
""") + "\n" + K04_FOOTER
    top = plain_top(f, addr("Angela Foy", "a.foy@hollybank.example.sch.uk"), addr("Knowsley MASH", KMASH),
                    "Disclosure - Lola Gaskin Y5 - please ring school", when, "mail.gmail.com", None,
                    extra=[("X-Gm-Message-State", "AOJu0Y" + sha(f, "gm")[:20])])
    add(f, gmail_mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-63320"],
        [ch("Lola Gaskin", "2024-06-11", "11/06/2024")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT: a school DSL (partner agency, Google Workspace, base64) reports a child's DISCLOSURE in school "
        "today - mum's boyfriend grabbed her round the neck and hit her with a belt last night, marks seen - and "
        "the same man is due to collect her at 3.15 TODAY; she does not want to go home -> immediate risk -> "
        "alert_duty. A report, not a step-up request -> other. The long trust CONFIDENTIALITY / SAFEGUARDING "
        "footer ('abuse, neglect, harm or the risk of harm', 'immediate danger, call 999') is boilerplate and "
        "adds nothing. 'EHM-63320' keeps its joined prefix. Concern physical_harm.",
        not_children=["Dean Marwick", "Kerry Gaskin", "Angela Foy", "Farid Quayle"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2033-11-21 10:20:45"
    body = T("""
Hi MASH,

Step up request for Jack Nolan (DOB 30/09/2026) and Poppy Nolan (DOB 17/04/2030), Case ID on EHM: EHM-62918. The step up form and the minutes of the last TAF (08/11/2033) are attached.

So you have the full picture before you read the form: there was another domestic incident at the family home on Saturday night. Dad, Craig Nolan, punched mum, Michelle Nolan, several times - she has a fractured cheekbone - with both children in the house. Police attended, Craig was arrested at the scene and charged with GBH, and at Liverpool Magistrates' this morning he was remanded in custody until his trial at Liverpool Crown Court (he has bail refused, so he's in HMP Liverpool). There is a PPN, a MARAC referral has gone in and mum has an IDVA. The children are at home with mum and her sister is staying with them; I saw them all yesterday and they're OK.

So nothing immediate - Craig is in custody - but this is the third incident since June and mum has let him back each time, and I don't think Family First can hold this any more.

My TM, Sian Doherty, agreed the step up this morning - it's recorded on EHM and on the form.

The step up TAF is Wednesday 30th November at 1.30pm on Teams. The invite has gone to the MASH inbox and MASH business support, and I've invited school, the health visitor and the IDVA.

Thanks
Siobhan

Siobhan Brogan
Family First Case Manager | Huyton | Knowsley Council
""")
    form = docx_att("Step up form - Nolan - EHM-62918.docx", [
        "# FF Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-62918",
        "Date of step up TAF meeting: 30/11/2033 13:30, Microsoft Teams",
        "Recent TAF meeting minutes attached: Yes (08/11/2033)",
        "Up to date police information: incident 19/11/2033; father charged with GBH, remanded in custody "
        "21/11/2033; PPN and MARAC referral."], [[
            ["What are we worried about?", "Three domestic abuse incidents since June 2033, the last with both "
             "children in the house; mum has allowed dad back after each one."],
            ["What is working well?", "Mum is protective when dad is away, has an IDVA and has support from her "
             "sister. Jack's attendance is good."],
            ["What next?", "Step up to CSC for a Child and Family Assessment."],
            ["Agreement by line manager", "Sian Doherty, TM, 21/11/2033 - agreed"]]])
    taf = pdf_att("TAF minutes 08.11.33 - Nolan.pdf", "TAF REVIEW MINUTES - NOLAN", [
        "Date: 08/11/2033. Venue: Huyton Family Hub.",
        "Present: mum, Siobhan Brogan (Family First), school, health visitor.",
        "Domestic abuse: second police call-out in October; mum has resumed the relationship.",
        "Action: case manager to discuss step up with TM if there is a further incident."])
    top = outlook_top(f, addr("Brogan, Siobhan", "Siobhan.Brogan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Nolan children - EHM-62918 - TAF Weds 30/11", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-62918"],
        [ch("Jack Nolan", "2026-09-30", "30/09/2026"), ch("Poppy Nolan", "2030-04-17", "17/04/2030")],
        ["domestic_abuse"], None, True, [], True, "book_meeting",
        "NEAR MISS: a serious assault on mum with the children in the house on Saturday, but the risk is already "
        "HANDLED BY POLICE: the father was arrested, charged and REMANDED IN CUSTODY this morning ('So nothing "
        "immediate - Craig is in custody'); PPN, MARAC, IDVA; the children are with mum and her sister -> not "
        "urgent; the planned step-up is the route. Complete: form and TAF minutes attached, EHM id, TM agreed; "
        "no neglect, non-engagement or exploitation, so no extra tool. Notice: Mon 21 Nov -> Wed 30 Nov = 22, 23, "
        "24, 25, 28, 29, 30 = 7 WD -> ok -> book_meeting. Concern domestic_abuse (this week's, kept although held).",
        meeting=date(2033, 11, 30),
        not_children=["Craig Nolan", "Michelle Nolan", "Sian Doherty", "Siobhan Brogan"])

K06_ORIG = T("""
Hi MASH,

Please find attached a step up request for Kai Docherty (DOB 27/07/2018), Case ID on EHM: EHM-62501.

This step up is for Kai only. He lives with mum, Donna Docherty, and his younger sister and brother, Lexi Docherty (DOB 04/10/2023) and Archie Docherty (DOB 19/02/2027), who will stay open to me at Level 3 - there are no concerns about their care and mum is doing well with them.

The worries are about Kai. He has been reported missing three times since September, and on 14 October BTP found him at Warrington Bank Quay station with two older males, £400 in cash and two phones. The Merseyside Exploitation Assessment I completed on 24 November shows significant risk of criminal exploitation. He has been home every night since 20 November and is seeing the exploitation worker weekly, but he won't talk about who he's been with and mum can't keep him in.

Attached: FF Step Up request to CSC (Appendix 1), the TAF minutes from 22/11/2033 and the Merseyside Exploitation Assessment.

My TM, Paul Regan, agreed the step up in supervision on 30/11.

Step up TAF: Wednesday 14th December at 10am at Huyton Family Hub. The invite has gone to the MASH inbox and MASH business support.

Thanks
Mark

Mark Hennessy
Family First Case Manager | Kirkby | Knowsley Council
""")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2033-12-08 09:05:12"
    subj = "Step up request - Kai Docherty - EHM-62501 - TAF Weds 14th Dec"
    body = T("""
Resending as I got no reply - please can someone confirm you've got this? The TAF is next Wednesday and I haven't had an acceptance from MASH or business support yet.

Mark
""") + quote("Hennessy, Mark <Mark.Hennessy@knowsley.gov.uk>", "01 December 2033 15:32",
             "Knowsley MASH <knowsleymash@knowsley.gov.uk>", subj, K06_ORIG,
             cc="MASH Business Support <mash.businesssupport@knowsley.gov.uk>")
    form = docx_att("FF Step Up Request - Kai Docherty.docx", [
        "# FF Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-62501",
        "Child: Kai Docherty   DOB: 27/07/2018",
        "Date of step up TAF meeting: 14/12/2033 10:00, Huyton Family Hub",
        "Recent TAF meeting minutes attached: Yes (22/11/2033)",
        "Merseyside Exploitation Assessment - CE/CSE concern: completed 24/11/2033 - attached",
        "Agreement by line manager: Paul Regan, TM, 30/11/2033"])
    taf = pdf_att("TAF minutes 22.11.33 - Docherty.pdf", "TAF REVIEW MINUTES - DOCHERTY", [
        "Date: 22/11/2033. Present: mum, Mark Hennessy (Family First), school, exploitation worker.",
        "Kai: three missing episodes; found in Warrington 14/10 with older males.",
        "Action: complete the Merseyside Exploitation Assessment and discuss step up with TM."])
    mea = pdf_att("Merseyside Exploitation Assessment - K Docherty.pdf", "MERSEYSIDE EXPLOITATION ASSESSMENT", [
        "Young person: Kai Docherty    Completed: 24/11/2033 by Mark Hennessy",
        "Criminal exploitation: significant risk. Sexual exploitation: no indicators.",
        "Indicators: missing episodes, found out of area with older males, unexplained cash and phones."])
    top = outlook_top(f, addr("Hennessy, Mark", "Mark.Hennessy@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: " + subj, when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf, mea], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-62501"],
        [ch("Kai Docherty", "2018-07-27", "27/07/2018"), ch("Lexi Docherty", "2023-10-04", "04/10/2023"),
         ch("Archie Docherty", "2027-02-19", "19/02/2027")],
        ["exploitation", "missing"], None, True, [], False, "request_info",
        "A DUPLICATE RESEND: 'Resending as I got no reply' on top of the original step-up forwarded with its "
        "attachments (sent Thu 1 Dec). The request is read from the forwarded original: form, TAF minutes and the "
        "Merseyside Exploitation Assessment (exploitation) attached, EHM id, TM agreed -> nothing missing. Notice "
        "is counted from THIS message (DESIGN: today from --now): Thu 8 Dec -> Wed 14 Dec = 9, 12, 13, 14 = 4 WD "
        "-> not ok -> request_info (from 1 Dec it would have been 9). ONE SIBLING STEPPED UP: 'This step up is for "
        "Kai only'; his sister and brother are named in full with DOBs and stay at Level 3 - labelled as children "
        "named (DESIGN: 'each child named'), with no concerns of their own. Concerns: exploitation + missing.",
        meeting=date(2033, 12, 14), not_children=["Donna Docherty", "Paul Regan", "Mark Hennessy"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2033-12-23 16:31:02"
    body = T("""
Thank you for your email. I am on annual leave from Friday 23rd December and back in the office on Wednesday 4th January 2034.

If your email is about a case, please contact the Family First duty team on 0151 496 0410 or FamilyFirst0-18DutyMailbox@knowsley.gov.uk.
If you think a child is at immediate risk of harm, contact the MASH Duty Social Work Team or, out of hours, the Emergency Duty Team. In an emergency always call 999.

Carol - if you're reading this, the Kenwright TAF minutes are saved in the team drive under Dec > TAF minutes. Can you send them over to MASH BS if they chase? Thank you, have a good one! Jo x

Jo Heyes
Family First Case Manager | Huyton | Knowsley Council
""")
    add(f, ooo(f, when, "Heyes, Jo", "Jo.Heyes@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
               "[SB-knowsley-229] Step-down received - Family First case manager will attend", body),
        "knowsley", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office over the Christmas shutdown (Automatic reply:, Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress) that ALSO carries a HUMAN-WRITTEN LINE the worker typed into it for a colleague "
        "('Carol - ... the Kenwright TAF minutes are saved in the team drive'). Still machine-sent -> auto_reply -> "
        "ignore (never answered). The 'immediate risk of harm ... 999' lines are signposting; no child is named "
        "(a family surname only).")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2033-12-28 09:41:27"
    body = T("""
Morning,

Thanks for this - I hadn't counted the bank holidays properly (or remembered that Christmas falls on a Sunday this year!). I've moved the step up TAF for Harvey and Ellie-Mai to Wednesday 11th January 2034 at 10am, same place (Kirkby Family Hub, meeting room 1). The new invite has gone to the MASH inbox and MASH business support.

Rachael

Sent from Outlook for iOS
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Saturday, December 24, 2033 10:16 AM",
             "Rachael Quinlan <Rachael.Quinlan@knowsley.gov.uk>",
             "[SB-knowsley-231] Step-up request received - notice too short", T("""
Thank you - your step-up request for EHM-61447 has been received (reference SB-knowsley-231).

Notice: the step-up TAF meeting on Tuesday 3 January 2034 gives 4 working days' notice (26 and 27 December 2033 and 2 January 2034 are bank holidays). At least 5 working days are needed - please move the meeting and send the new invitation.
"""))
    top = outlook_top(f, addr("Quinlan, Rachael", "Rachael.Quinlan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-231] Step-up request received - notice too short", when,
                      cc=addr("MASH Business Support", KBS), reply_to_mid="<SB-knowsley-231.ack@knowsley.gov.uk>")
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-61447"],
        [], [], None, None, [], None, "attach_to_request",
        "Reply, in the gap between the Christmas and New Year bank holidays, to stepbot's acknowledgement "
        "[SB-knowsley-231] of knowsley_01, moving the TAF to Wednesday 11 January 2034 -> follow_up -> "
        "attach_to_request (missing [] and notice null for a follow-up). The children are written by first name "
        "only ('Harvey and Ellie-Mai') -> no child labelled; case id from the quoted acknowledgement.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

R01_SUBJ = ("Step up - Farrant children - Leo has a burn on his hand this morning, says Wayne did it with a lighter. "
            "Wayne collecting him from nursery at 12 - pls ring me")

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2033-11-16 09:41:50"
    body = T("""
Please see subject line - nursery have just rung me. Please can someone from MASH ring me on 07700 900238 as soon as you can.

Below is the step up I drafted yesterday after supervision with Chloe; the case summary is attached.

Children:
Mia Farrant - DOB 21/01/2026 - Mosaic 2744105
Leo Farrant - DOB 05/06/2029 - Mosaic 2744106

Rationale for step up
Chloe Hartigan (Early Help worker) has worked with mum, Kirsty Farrant, since April. Since Kirsty's partner, Wayne Tilley, moved in during the summer the police have been called to the flat twice for arguments between them (September and October), the home conditions have gone downhill, Leo has missed his hearing and dental appointments, and Mia's attendance is 78%. Kirsty has stopped answering Chloe's calls and cancelled the last two home visits, and when Chloe told her we were thinking about a step up she said she doesn't want social services anywhere near her kids. Two TAF reviews have not changed anything, and I think a Child and Family Assessment is needed.

I have discussed the family with Chloe in reflective supervision and I agree the plan to step up to Children's Services.

Deborah

Deborah Nkemelu
Early Help Team Manager (Richmond North)
Richmond and Wandsworth Early Help
""")
    cs = docx_att("Case summary - Farrant children.docx", [
        "# Early Help case summary - Mia and Leo Farrant",
        "Open to Early Help since 03/04/2033. Early Help worker: Chloe Hartigan.",
        "Household: mum Kirsty Farrant; her partner Wayne Tilley since July 2033.",
        "Police call-outs for arguments September and October 2033. Leo: missed audiology and dental appointments. "
        "Mia: attendance 78%. Mum has not engaged since October (calls unanswered, two visits cancelled).",
        "Two TAF reviews (July, October) without progress."])
    top = outlook_top(f, addr("Nkemelu, Deborah", "Deborah.Nkemelu@" + RDOM), addr("MASH Step Up", RSU),
                      R01_SUBJ, when)
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2744105", "2744106"],
        [ch("Mia Farrant", "2026-01-21", "21/01/2026"), ch("Leo Farrant", "2029-06-05", "05/06/2029")],
        ["domestic_abuse", "neglect", "non_engagement", "physical_harm", "school_attendance"], False, True, [], None,
        "alert_duty",
        "URGENT content ONLY IN THE SUBJECT LINE: a 4-year-old has a burn on his hand this morning that he says "
        "mum's partner did with a lighter, and the same man is collecting him from nursery at 12 today. The body "
        "only says 'Please see subject line - nursery have just rung me' and then carries yesterday's routine "
        "step-up -> immediate risk -> alert_duty. The step-up itself is complete (Early Help Team Manager sends it, "
        "rationale under its heading, case summary attached; 'I agree the plan' -> manager true). Concerns: burn = "
        "physical_harm; police call-outs for arguments = domestic_abuse; missed health appointments and home "
        "conditions = neglect; stopped answering, visits cancelled = non_engagement; 78% = school_attendance. "
        "Mum 'doesn't want social services anywhere near her kids' -> consent false (a stated refusal; not a "
        "Richmond step-up requirement). Children in order of first full name (the subject has 'Leo' only).",
        not_children=["Kirsty Farrant", "Wayne Tilley", "Chloe Hartigan", "Deborah Nkemelu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2033-12-15 15:20:14"
    body = T("""
Dear Early Help Duty,

I'm an ASYE social worker (I started in the Wandsworth CIN team in October) and this is my first step-down, so please let me know if I've missed anything.

As agreed with Jasper Quint on the phone this afternoon, the step-down case discussion for Archie Whitlock (DOB 2 April 2022, Mosaic ID 2731190) is on Monday 19 December at 2pm on Teams.

Latest case summary
Archie lives with his dad, Simon Whitlock, in Earlsfield. He has been on a CIN plan since June because of dad's depression after Archie's mum died last year, and its effect on Archie's school attendance. Dad is now under the community mental health team and doing much better, and Archie's attendance has come up from 71% to 90%, although his attendance and dad's low mood are still the main worries. Dad and Archie both want Early Help to carry on with the plan, and dad signed the consent at the CIN review on 12 December.

I've attached the case summary and the plan.

Kind regards,
Priya Lal
Social Worker (ASYE), Wandsworth CIN Team 2
""")
    cs = docx_att("Case summary - Archie Whitlock.docx", [
        "# Case summary - Archie Whitlock (Mosaic 2731190)",
        "CIN plan since 14/06/2033: father's depression following bereavement; school attendance.",
        "Current: father engaged with CMHT; attendance 90% this term (71% last year).",
        "Recommendation: step down to Early Help."])
    wrong = docx_att("Step up request form.docx", [
        "# MASH Step Up - request form (Early Help to Children's Services)",
        "To be completed by the Early Help Team Manager and emailed to MASH-StepUP@richmondandwandsworth.gov.uk",
        "Child's name:", "Date of birth:", "Mosaic ID:", "Latest case summary attached (Y/N):",
        "Rationale for the plan to step up:", "Early Help Team Manager:"])
    top = outlook_top(f, addr("Lal, Priya", "Priya.Lal@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Archie Whitlock - case discussion Mon 19/12 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [cs, wrong], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2731190"],
        [ch("Archie Whitlock", "2022-04-02", "2 April 2022")],
        ["parental_mental_health", "school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "A step-down from an ASYE social worker NEW TO THE JOB who ATTACHES THE WRONG FORM: 'I've attached the case "
        "summary and the plan', but the second attachment is a blank 'MASH Step Up - request form' (the step-UP "
        "form), not a draft Early Help plan -> draft_plan missing -> request_info. Case summary pasted under its "
        "heading and attached; dad signed consent -> true. Concerns: dad's depression / low mood = "
        "parental_mental_health; attendance (still a main worry) = school_attendance. Mum's death is not a concern.",
        not_children=["Simon Whitlock", "Jasper Quint", "Priya Lal"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2033-12-28 14:05:33"
    body = T("""
Hello,

I am a Tenancy Enforcement Officer with Wandle Valley Homes. I tried the children's services number on your website but it just rings out, I think because of Christmas, so I am emailing this address which I found on the same page.

We did a gas safety forced entry at 23 Merton Court, Garratt Lane at 1pm today (court warrant, no access since October). Inside we found two children on their own: a girl who says her name is Destiny Okoro and she is 6, and her brother Jaylen Okoro who looks about 3. There is no adult in the flat. The heating is off and the meter has no credit, the fridge is empty apart from some milk that has gone off, and Jaylen's nappy is soaked through and he has a bad rash. Destiny says mummy went out "when it was dark" and hasn't come back. The tenant is Blessing Okoro. The neighbour at number 21 says she saw her leave yesterday evening with a suitcase.

I've rung the police - they said they are sending someone but there may be a wait - and I am staying in the flat with the children, with my colleague, until someone comes. Please can someone from children's services ring me urgently on 07700 900815.

Kwame Asante
Tenancy Enforcement Officer
Wandle Valley Homes

Sent from my Galaxy
""")
    top = plain_top(f, addr("Kwame Asante", "k.asante@wandlevalleyhomes.example.org.uk"), addr(None, RSU),
                    "Two young children left alone - 23 Merton Court - need social services now", when,
                    "wandlevalleyhomes.example.org.uk", None)
    alt = multipart("alternative", [text_part(body, cte="base64", crlf=True),
                                    text_part(html_of(body, "Roboto"), "html", cte="base64", crlf=True)], bnd(f, 1))
    add(f, build(top, alt, True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Destiny Okoro"), ch("Jaylen Okoro")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT from a HOUSING OFFICER (partner agency) on Wednesday 28 December, between the Christmas and New "
        "Year bank holidays, who found the MASH step-up address on the council website: a 6-year-old and a "
        "3-year-old alone in a cold flat since last night, no food, the toddler's nappy soaked, mother seen "
        "leaving with a suitcase; police 'may be a wait' -> immediate risk -> alert_duty. A report, not a request "
        "-> other. Ages only -> dob null. Concern neglect (abandonment). 'Sent from my Galaxy', base64 text + HTML.",
        not_children=["Blessing Okoro", "Kwame Asante"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2033-12-20 10:15:08"
    blocks = [
        "Dear MASH Step Up,",
        "",
        "Please accept this step up for Callum Pryor (DOB 12/08/2019, Mosaic 2758821) and Evie Pryor (DOB "
        "30/03/2024, Mosaic 2758822). I have discussed the family with their Early Help worker, Nathan Ellory, and "
        "I agree the plan to step up to Children's Services.",
        "",
        ("h", "Where the children are now"),
        "So that nobody reading this is alarmed: the children are safe. On Saturday evening their mum, Joanne "
        "Pryor, took an overdose of her prescribed medication with a lot of alcohol. Callum found her and rang 999; "
        "she was taken to Kingston Hospital and is now an informal patient on the mental health ward. The "
        "Emergency Duty Team attended on Saturday night and Callum and Evie went to their maternal grandparents, "
        "Mr and Mrs Ellison, in Twickenham, where they are staying under the safety plan EDT agreed. Nathan saw "
        "them there yesterday: they are settled, and both went to school this morning from their grandparents' "
        "house. Joanne knows about this referral and agrees with it - Nathan saw her on the ward yesterday. The "
        "children's dad has not been involved since 2027.",
        "",
        ("h", "Rationale for step up"),
        "Joanne's mental health and her drinking have been getting worse since October despite the Early Help "
        "plan, and Callum (14) has been doing most of the cooking and getting Evie to school. Early Help cannot "
        "hold this: a Child and Family Assessment is needed, including where the children live while mum is in "
        "hospital and after.",
        "",
        "The latest case summary is attached.",
        "",
        "Kind regards",
        "{{Astrid Sorensen}}",
        "Early Help Team Manager, Twickenham",
        "Richmond and Wandsworth Early Help",
    ]
    cs = docx_att("Case summary - Pryor children.docx", [
        "# Early Help case summary - Callum and Evie Pryor",
        "Open to Early Help since 06/03/2033 (lead: Nathan Ellory, Early Help worker).",
        "Mother's depression and increasing alcohol use since October 2033; Callum taking on caring tasks.",
        "16/12/2033: mother's overdose; EDT safety plan - children with maternal grandparents."])
    top = outlook_top(f, addr("Sorensen, Astrid", "Astrid.Sorensen@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Callum and Evie Pryor", when)
    add(f, word_mail(f, top, blocks, atts=[cs]), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["2758821", "2758822"],
        [ch("Callum Pryor", "2019-08-12", "12/08/2019"), ch("Evie Pryor", "2024-03-30", "30/03/2024")],
        ["parental_mental_health", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'overdose', '999', 'hospital', 'Emergency Duty Team' describe Saturday's crisis, but the "
        "children are SAFELY PLACED WITH THEIR GRANDPARENTS under the EDT safety plan, seen yesterday, at school "
        "today; mum is an informal in-patient -> not urgent. Complete step-up from the Early Help Team Manager "
        "(rationale under its heading, case summary attached; 'I agree the plan' -> manager true) -> book_meeting. "
        "'Joanne knows about this referral and agrees with it' -> consent true (not a requirement). Concerns: mum's "
        "mental health = parental_mental_health; her drinking = substance_misuse; Callum cooking and getting Evie "
        "to school = young_carer. The grandparents are adults ('Mr and Mrs Ellison').",
        not_children=["Joanne Pryor", "Nathan Ellory", "Astrid Sorensen"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2033-12-16 09:12:40"
    body = T("""
Hi,

So sorry - I attached the wrong form yesterday (the step up one, not the plan!). Here is the actual draft Early Help plan for Archie.

Priya
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "15 December 2033 15:21",
             "Lal, Priya <Priya.Lal@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-162] Step-down received - still needed: draft plan", T("""
Thank you. Your step-down for Archie Whitlock has been logged as SB-richmond_wandsworth-162.
Still needed: the draft plan for Early Help. (The attachment 'Step up request form.docx' is not a draft plan.)
"""))
    plan = docx_att("Draft EH plan - Archie Whitlock.docx", [
        "# Draft Early Help plan - Archie Whitlock (Mosaic 2731190)",
        "1. Attendance: school attendance officer and Early Help worker to keep the attendance plan going (target "
        "95%).",
        "2. Dad's mental health: dad to stay with the CMHT; Early Help worker to link him with the carers' and "
        "bereavement group.",
        "3. Bereavement support for Archie through school.",
        "4. Step-down review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Lal, Priya", "Priya.Lal@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-162] Step-down received - still needed: draft plan", when,
                      reply_to_mid="<SB-richmond_wandsworth-162.ack@richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2731190"],
        [ch("Archie Whitlock")], ["parental_mental_health", "school_attendance"], None, None, [], None,
        "attach_to_request",
        "Reply to stepbot's chase [SB-richmond_wandsworth-162] from richmond_wandsworth_02's ASYE worker, now "
        "attaching the real draft Early Help plan -> follow_up -> attach_to_request. Case id from the plan's "
        "title; child from the quoted acknowledgement and the plan (no DOB here); concerns from the plan "
        "(attendance, dad's mental health). Consent is not restated -> null.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2033-12-23 12:05:40"
    body = T("""
Thank you for your email. I'm on leave until Tuesday 3 January 2034 and will not be checking my emails.

If your email is about Amelia Rhodes: the broken wrist on 19 December happened AT nursery - she fell off the climbing frame in front of two members of staff, nursery completed their accident form, and the A&E doctor and the paediatric liaison nurse had no safeguarding concerns. Nothing needs to happen about it; the step-down and the case discussion on 4 January go ahead as planned.

For anything else urgent please contact the CIN duty desk on 020 7946 0382. If you think a child is at immediate risk of harm, call MASH on 020 7946 0321, or 999 in an emergency.

Lucy Fairbairn
Social Worker, Richmond CIN Team 1
""")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">%s</div></body></html>\n'
                 % "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>")
                           for p in body.strip().split("\n\n")))
    add(f, ooo(f, when, "Fairbairn, Lucy", "Lucy.Fairbairn@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-170] Step-down case discussion confirmed - Wed 4 January 2034 10:00",
               body, html_only=html_body),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "auto_reply", False, None, [], [ch("Amelia Rhodes")], [], None, None, [], None, "ignore",
        "NEAR MISS in an HTML-only out-of-office (Auto-Submitted: auto-replied) whose HUMAN-WRITTEN paragraph is "
        "about a child's injury: a 'broken wrist' and 'A&E', but it happened at nursery in front of two staff, "
        "with an accident form, and the hospital had 'no safeguarding concerns' -> an accident, not urgent, no "
        "concern. "
        "Still machine-sent -> auto_reply -> ignore. The child is named in full in the human line -> labelled (as "
        "earlier sets label a child named in a machine notice). The '999' line is signposting.",
        not_children=["Lucy Fairbairn"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2033-12-21 08:50:13"
    add(f, itip_reply(f, when, "Imogen Varley", "imogen.varley@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Callum and Evie Pryor [SB-richmond_wandsworth-168]",
                      "20331222T100000", "20331222T110000", "Microsoft Teams Meeting"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Callum Pryor", as_written="Callum and Evie Pryor"), ch("Evie Pryor")], [], None, None, [], None,
        "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the MASH manager to stepbot's invitation for "
        "richmond_wandsworth_04's step-up case discussion (Thursday 22 December, the last working days before the "
        "Christmas bank holidays) -> meeting_reply -> record_reply. 'Callum and Evie Pryor' in the SUMMARY gives "
        "two children with the shared surname.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2034-01-04 16:05:51"
    body = T("""
Hi Early Help Duty,

Confirming the step-down case discussion I agreed with Jasper this morning: Friday 6 January 2034 at 10am on Teams.

Name\tDOB\tMosaic ID\tSchool
Ethan Molloy\t09/12/19\t2690417\tGarratt Park Academy
Grace Molloy\t27/06/23\t2690418\tMerton Rise Primary

Latest case summary
Ethan and Grace live with mum (Rebecca Molloy) and dad (Sean Molloy) in Southfields. The CIN plan started in July after Ethan's exclusion and Sean's drinking. Sean has been alcohol-free since August and goes to AA every week; Rebecca has finished the Triple P course. Ethan now has an EHCP for his ADHD and his attendance is 93%. What's left is Ethan's behaviour at home and Rebecca's anxiety - she's on the waiting list for counselling. Grace is doing really well.

Draft plan for Early Help
1. Early Help worker to visit fortnightly and run Who's in Charge? with Rebecca and Sean.
2. Counselling referral for Rebecca followed up with the GP.
3. School SENCo to share Ethan's EHCP targets with the Early Help worker.
4. Step-down review meeting within 4 weeks of handover.

Consent: Rebecca and Sean both agreed to Early Help carrying on with the plan at the final CIN review on 15 December, and Ethan and Grace were part of that conversation.

Thanks
Marcus

Marcus Ofori
Social Worker, Wandsworth CIN Team 4
""")
    top = outlook_top(f, addr("Ofori, Marcus", "Marcus.Ofori@" + RDOM), addr("Early Help Duty", RED),
                      "Step down confirmation - Molloy children - case discussion Fri 6 Jan", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2690417", "2690418"],
        [ch("Ethan Molloy", "2019-12-09", "09/12/19"), ch("Grace Molloy", "2023-06-27", "27/06/23")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete step-down sent after New Year with NO attachments: the case summary and the draft plan are "
        "pasted into the body under their own headings ('Latest case summary', 'Draft plan for Early Help') -> met; "
        "both parents consented -> true -> book_meeting (the case discussion is 2 days after the contact). The "
        "children are in a TAB-SEPARATED table with TWO-DIGIT-YEAR DOBs ('09/12/19', '27/06/23'); after that "
        "parents and children are all named by first name (Rebecca, Sean; Ethan, Grace) and told apart by role. "
        "Concerns: EHCP for ADHD = disability_send; Rebecca's anxiety = parental_mental_health; Sean's drinking has "
        "stopped (alcohol-free since August) -> excluded.",
        not_children=["Rebecca Molloy", "Sean Molloy", "Marcus Ofori"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
CWDOM = "cannonwharf.example.sch.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2033-11-14 11:10:27"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Nusrat Chowdhury (DOB 06/02/2020), Mosaic 1622034. This request is for Nusrat only.

Nusrat (13) has Type 1 diabetes. Since the summer her diabetes has been out of control at home: she has had two admissions to the Royal London with diabetic ketoacidosis (August and October), mum has missed four of the last five diabetes clinic appointments, and the diabetes nurse says the insulin is not being collected from the pharmacy regularly. Mum (Rokeya Chowdhury) tells me she "can't manage it", and she has stopped coming to TAF meetings and answering the diabetes team's calls. Nusrat is frightened of ending up in hospital again.

Her sisters, Tahmina Chowdhury (DOB 15/09/2023) and Ruqayyah Chowdhury (DOB 01/12/2028), are doing well - school and nursery have no worries about them - and they will stay with me at targeted early help.

Mum has consented to this request: she signed the consent section of the MARF on Friday. My manager, Lisa Marchetti, agreed the step up in supervision on 10 November.

Kind regards
Ruksana Ali
Early Help Practitioner, Targeted Early Help (Bethnal Green)
London Borough of Tower Hamlets
""")
    marf = pdf_att("MARF - Nusrat Chowdhury.pdf", "MULTI-AGENCY REQUEST FOR SUPPORT (MARF)", [
        "Child: Nusrat Chowdhury   DOB: 06/02/2020   Mosaic: 1622034",
        "Parent/carer: Rokeya Chowdhury (mother)",
        "Reason for request: Type 1 diabetes poorly managed at home - two DKA admissions (08/2033, 10/2033); four "
        "of five clinic appointments missed; insulin not collected; mother no longer engaging with the TAF or the "
        "diabetes team.",
        "Other children in the household: two younger sisters - no concerns; remain at targeted early help.",
        "Parental consent: Yes - signed by mother 11/11/2033",
        "Manager agreement: Lisa Marchetti, Team Manager, Targeted Early Help - agreed 10/11/2033",
        "Referrer: Ruksana Ali, Early Help Practitioner"])
    top = outlook_top(f, addr("Ali, Ruksana", "Ruksana.Ali@" + TDOM), addr("MAST", TMAST),
                      "MAST step up request - Nusrat Chowdhury (Mosaic 1622034)", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1622034"],
        [ch("Nusrat Chowdhury", "2020-02-06", "06/02/2020"), ch("Tahmina Chowdhury", "2023-09-15", "15/09/2023"),
         ch("Ruqayyah Chowdhury", "2028-12-01", "01/12/2028")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "ONE SIBLING STEPPED UP: 'This request is for Nusrat only'; her two sisters are named in full with DOBs and "
        "stay at targeted early help with no worries - labelled, because DESIGN lists each child named, with no "
        "concern of their own. Complete MAST step-up: MARF attached, manager agreed, mum signed consent -> "
        "book_meeting. Concerns (about Nusrat): diabetes not managed, clinic appointments missed, insulin not "
        "collected = neglect (medical neglect); mum stopped coming to TAFs and answering the diabetes team = "
        "non_engagement. 'Mosaic 1622034' -> bare number.",
        not_children=["Rokeya Chowdhury", "Lisa Marchetti", "Ruksana Ali"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2033-12-05 16:20:44"
    body = T("""
Dear MAST,

I'm the learning mentor at Cannon Wharf Primary School and I took over as lead practitioner for Sumaiya Ahmed's Early Help in September. It's my first time doing this, so please bear with me if I've done something wrong.

Our TAF for Sumaiya hasn't made any difference and I'd like to step her up to social care. Sumaiya (DOB 12/07/2025) comes into school hungry most days and is often in the same clothes all week, she has had head lice since October, and she has toothache that hasn't been treated (the dentist's letter was never followed up). Her attendance is 79%. Mum (Rehana Ahmed) has stopped coming to the TAF meetings - she missed the last three and doesn't answer our calls. Mum's partner, Ryan Cole, lives with them.

I've attached the form. My headteacher, Ms Rosalind Clarke, agrees it needs to go to social care. We haven't asked mum about this referral yet.

Thank you
Jamal Uddin
Learning Mentor and Early Help Lead Practitioner
Cannon Wharf Primary School
020 7946 0654
""")
    eha = docx_att("Early Help Assessment - Sumaiya Ahmed.docx", [
        "# Early Help Assessment (EHA)",
        "Child: Sumaiya Ahmed    DOB: 12/07/2025    School: Cannon Wharf Primary School (Year 3)",
        "Assessment completed: 18/09/2033 by Jamal Uddin (lead practitioner)",
        "Family: mother Rehana Ahmed; mother's partner Ryan Cole; two younger sisters.",
        "Strengths: Sumaiya is kind and loves reading; she has good friendships.",
        "Needs: hygiene, food, dental care, attendance.",
        "TAF plan: breakfast club; uniform bank; dental referral; attendance support."])
    top = plain_top(f, addr("Jamal Uddin", "j.uddin@" + CWDOM), addr("MAST", TMAST),
                    "Step up - Sumaiya Ahmed (Year 3)", when, CWDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [eha], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [],
        [ch("Sumaiya Ahmed", "2025-07-12", "12/07/2025")],
        ["neglect", "non_engagement", "school_attendance"], None, True, ["request_for_support"], None,
        "request_info",
        "A school LEARNING MENTOR (partner agency) acting as lead practitioner for the first time - 'please bear "
        "with me if I've done something wrong' - who ATTACHES THE WRONG FORM: 'I've attached the form', but it is "
        "her Early Help Assessment, not the Multi-Agency Request for Support -> request_for_support missing -> "
        "request_info. Headteacher (her line manager) agrees -> manager true; 'We haven't asked mum about this "
        "referral yet' -> consent null (not a requirement). Concerns: hungry, same clothes, untreated lice and "
        "toothache = neglect; mum missed three TAFs, doesn't answer = non_engagement; 79% = school_attendance.",
        not_children=["Rehana Ahmed", "Ryan Cole", "Rosalind Clarke", "Jamal Uddin"])

TH_ACK = T("""
Thank you. Your step-up request for Sumaiya Ahmed has been logged as SB-tower_hamlets-301 and passed to the MAST duty team.
Still needed: the completed Multi-Agency Request for Support form (the attachment 'Early Help Assessment - Sumaiya Ahmed.docx' is an Early Help Assessment).
If a child is in immediate danger call 999, or MAST on 0207 364 5606/5601.
""")
TH_ACK_SUBJ = "[SB-tower_hamlets-301] Step-up received - still needed: Multi-Agency Request for Support form"

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2033-12-15 15:10:44"
    body = T("""
MAST duty,

Tobi Thompson-Adeyemi (DOB 21/05/2018) is on a referral order with us. At his session with me at 2pm today he told me that the older boys he owes money to (he says £600, for a phone and some weed they say he "lost") gave him a package and a knife on Tuesday to hold, and that he has been told to take both to someone at Mile End station at 9 o'clock tonight. He showed me the messages on his phone. He says that if he doesn't, they've told him they know where he lives and that his mum and his little brother, Malachi Thompson-Adeyemi (8), will "get it".

He is scared but would not let me call the police, and he left my office at 3 to go home - the package and the knife are in his bedroom. Mum, Grace Adeyemi, doesn't know. Tobi isn't open to social care; the family had Early Help in 2031.

I've told my manager and I'm doing the NRM and the police intelligence form now. Please can someone ring me on 020 7946 0917 - I'm here until 6.

Sol Mendes
Case Manager, Youth Justice Service
London Borough of Tower Hamlets
""")
    top = outlook_top(f, addr("Mendes, Sol", "Sol.Mendes@" + TDOM), addr("MAST", TMAST),
                      "Tobi Thompson-Adeyemi - criminal exploitation - tonight 9pm", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tobi Thompson-Adeyemi", "2018-05-21", "21/05/2018"), ch("Malachi Thompson-Adeyemi")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT from a YOUTH JUSTICE WORKER (partner service): a 15-year-old under the control of older boys he "
        "owes money to is holding a knife and a package at home and has been told to deliver them at 9pm TONIGHT, "
        "with threats to his mother and 8-year-old brother; he refused police and has gone home -> immediate risk "
        "-> alert_duty. A report, not a step-up (not open to social care or Early Help) -> other. Concern "
        "exploitation (criminal exploitation / county lines); the brother is named in full with an age -> "
        "labelled, dob null. The NRM is a referral, not a case id.",
        not_children=["Grace Adeyemi", "Sol Mendes"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2033-12-07 13:10:05"
    body = T("""
Dear MAST,

Please find the MARF attached - sorry, I sent the Early Help Assessment on Monday by mistake.

I also need to tell you something from this morning. At 11 o'clock Sumaiya told her class teacher that Ryan (mum's partner) banged her head against the bathroom door last night because she wet the bed, and she has a lump on the back of her head that our first aider has seen. She said he told her not to tell anyone or she'd "get it worse". She says she doesn't want to go home. Ryan is the one who collects her - he picks her up at 3.15 every day. I've rung the MAST number twice and it's been engaged; I'll keep trying.

Jamal
""") + quote("MAST <MAST@towerhamlets.gov.uk>", "05 December 2033 16:21", "Jamal Uddin <j.uddin@%s>" % CWDOM,
             TH_ACK_SUBJ, TH_ACK)
    marf = pdf_att("MARF - Sumaiya Ahmed.pdf", "MULTI-AGENCY REQUEST FOR SUPPORT (MARF)", [
        "Child: Sumaiya Ahmed   DOB: 12/07/2025   Mosaic: not known",
        "Parent/carer: Rehana Ahmed (mother); mother's partner Ryan Cole",
        "Reason for request: neglect (hunger, hygiene, untreated head lice and toothache); attendance 79%; mother "
        "not engaging with the TAF since September.",
        "Parental consent: not yet sought",
        "Manager agreement: Ms R. Clarke, Headteacher - agreed 05/12/2033",
        "Referrer: Jamal Uddin, Learning Mentor, Cannon Wharf Primary School (lead practitioner)"])
    top = plain_top(f, addr("Jamal Uddin", "j.uddin@" + CWDOM), addr("MAST", TMAST), "RE: " + TH_ACK_SUBJ, when,
                    CWDOM, "Microsoft Outlook 16.0", extra=[("In-Reply-To", "<SB-tower_hamlets-301.ack@towerhamlets.gov.uk>")])
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, [],
        [ch("Sumaiya Ahmed", "2025-07-12", "12/07/2025")],
        ["neglect", "non_engagement", "physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "URGENT follow-up: the learning mentor's reply to stepbot's chase [SB-tower_hamlets-301] (tower_hamlets_02) "
        "sends the right form at last, then reports a DISCLOSURE IN SCHOOL this morning - mum's partner banged the "
        "8-year-old's head against a door last night (lump seen), threatened her, and he collects her at 3.15 "
        "TODAY; she does not want to go home -> immediate risk -> alert_duty over attach_to_request. Facts from the "
        "MARF: DOB, headteacher's agreement (manager true), 'consent: not yet sought' (null), 'Mosaic: not known' "
        "(no case id). Concerns: physical_harm (this disclosure) + the MARF's neglect, non_engagement, "
        "school_attendance.",
        not_children=["Ryan Cole", "Rehana Ahmed", "Jamal Uddin"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2033-12-09 10:22:18"
    body = T("""
Dear MAST,

An update for your records. A social worker (Ms Kemi Adeyemi) and a police officer came to school on Wednesday afternoon before home time and spoke to Sumaiya, and she went home with her mum, not Ryan. The strategy meeting was held yesterday morning and I attended. Ryan has moved out to his brother's in Essex as part of the safety plan and has agreed not to come to the house or to school while the section 47 enquiry is going on, and mum is supporting the plan. Sumaiya was seen by the paediatrician on Wednesday evening. She's in school today and was chatting away at breakfast club.

The social worker said she'll speak to you about the step up side - I'll wait to hear from her.

Thank you
Jamal
""") + quote("MAST <MAST@towerhamlets.gov.uk>", "05 December 2033 16:21", "Jamal Uddin <j.uddin@%s>" % CWDOM,
             TH_ACK_SUBJ, TH_ACK)
    top = plain_top(f, addr("Jamal Uddin", "j.uddin@" + CWDOM), addr("MAST", TMAST), "RE: " + TH_ACK_SUBJ, when,
                    CWDOM, "Microsoft Outlook 16.0", extra=[("In-Reply-To", "<SB-tower_hamlets-301.ack@towerhamlets.gov.uk>")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "follow_up", False, None, [],
        [ch("Sumaiya Ahmed")], ["physical_harm"], None, None, [], None, "attach_to_request",
        "NEAR MISS: the next follow-up in the same thread says the risk is HELD: social worker and police saw the "
        "child on Wednesday, she went home with mum, the STRATEGY MEETING HAS ALREADY BEEN HELD, the partner has "
        "moved out to another county under a safety plan and the s47 enquiry is under way -> not urgent -> "
        "follow_up -> attach_to_request. This week's assault stays physical_harm (a held risk keeps its concern). "
        "Child from the quoted acknowledgement (first name only in the new text), no DOB.",
        not_children=["Kemi Adeyemi"])

TH06_FOOTER = T("""
________________________________
Confidentiality and safeguarding notice
This email and any attachments are intended only for the named recipient(s) and may contain personal and sensitive information about children and families, including information about abuse, neglect, domestic abuse, exploitation, the risk of harm and significant harm. This information is protected by the Data Protection Act 2018 and UK GDPR and must be handled securely and shared only in line with Working Together to Safeguard Children 2023. If you have received it in error, please tell the sender at once and delete it; do not copy, print or forward it.
If you are worried that a child is at risk of harm or abuse, contact MAST on 0207 364 5606/5601 (out of hours, in an emergency only, 0207 364 4079). If a child is in immediate danger, call the police on 999.
London Borough of Tower Hamlets may monitor email traffic and content for security and compliance. Views expressed in this email are those of the sender and not necessarily those of the Council.
""")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2033-11-22 12:40:39"
    body = T("""
Hello Early Help Hub,

I'm stepping Ibrahim Miah (DOB 14 October 2022) and Yasmin Miah (DOB 8 March 2027) down to targeted early help following the Child and Family Assessment, which concluded on 17 November with a recommendation of step-down. The assessment and the draft TAF plan are attached.

Consent: both parents, Mr Shahid Miah and Mrs Nazia Miah, signed consent to the step-down and the TAF plan on 18/11/2033.
Lead Practitioner: Ms Afsana Khatun, Family Support Worker, Limehouse Children and Family Centre - she knows the family and has agreed.

Remaining needs: Ibrahim's attendance (88%) and dad's depression since he lost his job. The family are in temporary accommodation in one room and are bidding for a bigger flat.

I'll arrange and chair the TAF meeting.

Kind regards,
Abdul Karim
Social Worker, CIN Team 3
Children's Social Care | London Borough of Tower Hamlets
""") + TH06_FOOTER
    cfa = pdf_att("C&F Assessment - Miah children.pdf", "CHILD AND FAMILY ASSESSMENT - IBRAHIM AND YASMIN MIAH", [
        "Mosaic 1601453 / 1601454. Concluded 17/11/2033.",
        "Needs: Ibrahim's school attendance (88%); father's depression; overcrowded temporary accommodation.",
        "Outcome: step down to targeted early help with a TAF plan."])
    plan = docx_att("Draft TAF plan - Miah.docx", [
        "# Draft TAF plan - Ibrahim and Yasmin Miah",
        "1. Lead Practitioner (Afsana Khatun) to visit fortnightly.",
        "2. Attendance plan for Ibrahim with the school.",
        "3. Dad to be supported to see his GP and Talking Therapies; housing support letter."])
    top = outlook_top(f, addr("Karim, Abdul", "Abdul.Karim@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Miah family - Mosaic 1601453 / 1601454", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1601453", "1601454"],
        [ch("Ibrahim Miah", "2022-10-14", "14 October 2022"), ch("Yasmin Miah", "2027-03-08", "8 March 2027")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: an ordinary, complete step-down signed off with the council's long CONFIDENTIALITY AND "
        "SAFEGUARDING FOOTER ('abuse, neglect, domestic abuse, exploitation, the risk of harm and significant "
        "harm', 'immediate danger, call the police on 999'): boilerplate, about no child -> not urgent and no "
        "concern from it. C&F assessment and draft TAF plan attached, both parents' signed consent, Lead "
        "Practitioner with agency -> book_meeting. Concerns: 88% = school_attendance; dad's depression = "
        "parental_mental_health (temporary accommodation has no id).",
        not_children=["Shahid Miah", "Nazia Miah", "Afsana Khatun", "Abdul Karim"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2033-12-22 09:30:17"
    add(f, itip_reply(f, when, "Afsana Khatun", "Afsana.Khatun@" + TDOM, ("Early Help Hub", THUB), "DECLINED",
                      "TAF meeting - Ibrahim and Yasmin Miah [SB-tower_hamlets-288]",
                      "20331229T100000", "20331229T113000", "Limehouse Children and Family Centre",
                      comment="Sorry - the centre is closed from 23 December to 3 January and I'm on leave. "
                              "Could Abdul move it to the week of 9 January?"),
        "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Ibrahim Miah", as_written="Ibrahim and Yasmin Miah"), ch("Yasmin Miah")], [], None, None, [], None,
        "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT about the CHRISTMAS CLOSURE, from the Lead "
        "Practitioner for tower_hamlets_06's TAF meeting on 29 December -> meeting_reply -> record_reply; "
        "children from the SUMMARY 'Ibrahim and Yasmin Miah'.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2033-12-23 15:02:10"
    body = T("""
Thank you for your email. Cannon Wharf Primary School is now closed for the Christmas holidays and reopens on Wednesday 4 January 2034. Emails are not monitored during the holidays.

If you have a safeguarding concern about a pupil during the holidays, please contact MAST on 0207 364 5606/5601 (out of hours 0207 364 4079). If a child is in immediate danger, call 999.

For Sumaiya Ahmed's TAF, please contact Ms Clarke (Headteacher) on 020 7946 0650 until 4pm today.

Jamal Uddin
Learning Mentor, Cannon Wharf Primary School
""")
    add(f, ooo(f, when, "Jamal Uddin", "j.uddin@" + CWDOM, addr("MAST", TMAST),
               "[SB-tower_hamlets-301] Step-up - MAST outcome recorded", body),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [ch("Sumaiya Ahmed")], [], None, None, [], None, "ignore",
        "A school's CHRISTMAS-HOLIDAY out-of-office (Auto-Submitted: auto-replied) with the MAST numbers and 999 "
        "as holiday signposting, plus one HUMAN-WRITTEN line about a child ('For Sumaiya Ahmed's TAF, please contact "
        "Ms Clarke') -> auto_reply -> ignore. The child named in full is labelled; the signposting is not a risk.")

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

T01_CSV = [["Person ID", "Forename", "Surname", "DOB", "Gender", "Relationship", "Main carer", "School / setting"],
           ["LCS-2934410", "Jayden", "Luscott", "7/19/2017", "Male", "Subject", "Kerry Luscott (mother)",
            "Collaton Vale Academy"],
           ["LCS-2934411", "Maisie", "Luscott", "11/23/2023", "Female", "Sibling", "Kerry Luscott (mother)",
            "Hollicombe Brook Primary"],
           ["LCS-2934412", "Ollie", "Luscott", "3/14/2029", "Male", "Sibling", "Kerry Luscott (mother)",
            "Little Acorns Pre-school"]]

def torbay_01():
    f = "torbay_01.eml"; when = "2033-11-08 11:25:30"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the family in the attached LCS export - three children, all living with mum.

This is a step down from Safeguarding and Supporting Families: the CP plan ended at the review conference on 3 November. The outcomes have been achieved and level 4 is no longer needed, but the family still need a level 3 coordinated response. My TM, Jenny Hocking, has agreed there is no further need for statutory intervention and has recorded her manager's analysis on LCS confirming level 3. My Single Assessment update with the rationale is attached.

Mum consented to level 3 Early Help at the conference (it's in the minutes) and again when I saw her on Friday.

The remaining worries are mum's low mood (she's under the GP and on the Talking Therapies list) and the eldest's school attendance (84%). The youngest is under 5, so I know it'll need to go to the fortnightly triage.

Sorry about the dates in the export - LCS has saved them the American way round (month first) and I can't work out how to change it.

Thanks
Bethany

Bethany Trewin
Social Worker, Safeguarding and Supporting Families
Torbay Children's Services
""")
    csvp = csv_att("LCS_export_household_08112033.csv", T01_CSV)
    sa = pdf_att("Single Assessment update - LCS-2934410.pdf", "SINGLE ASSESSMENT UPDATE - HOUSEHOLD OF LCS-2934410", [
        "Completed 04/11/2033 by Bethany Trewin (SASF).",
        "Analysis: the outcomes of the child protection plan have been achieved; no further need for level 4 "
        "intervention. Remaining needs: mother's low mood; the eldest child's attendance (84%).",
        "Rationale for step down: needs can be met by a level 3 coordinated Early Help response.",
        "Manager's analysis (J. Hocking, Team Manager, 07/11/2033): no further need for statutory intervention; "
        "threshold for level 3 met; agree step down.",
        "Consent: mother consented to level 3 Early Help at the RCPC on 03/11/2033."])
    top = outlook_top(f, addr("Trewin, Bethany", "Bethany.Trewin@" + BDOM), addr("Early Help Torbay", TEH),
                      "Triage slot request - step down from SASF (LCS export attached)", when)
    add(f, mail(f, top, body, [csvp, sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-2934410", "LCS-2934411", "LCS-2934412"],
        [ch("Jayden Luscott", "2017-07-19", "7/19/2017", "Jayden,Luscott", order="mdy"),
         ch("Maisie Luscott", "2023-11-23", "11/23/2023", "Maisie,Luscott", order="mdy"),
         ch("Ollie Luscott", "2029-03-14", "3/14/2029", "Ollie,Luscott", order="mdy")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "The children's names, DOBs and LCS ids are ONLY in an Excel-style CSV EXPORT (application/vnd.ms-excel, "
        "UTF-8 with BOM, Forename and Surname in separate columns); the body says 'the family in the attached LCS "
        "export'. The export's DOBs are in AMERICAN ORDER (month first, as the worker warns): 7/19/2017, 11/23/2023, "
        "3/14/2029 -> 2017-07-19, 2023-11-23, 2029-03-14 (every day is over 12, so no other reading is possible). "
        "Complete Torbay step-down: Single Assessment update attached, TM's manager's analysis recorded, consent "
        "given -> book_meeting; 'level 3' stated. Ollie is 4 -> under-5s triage (no label change). Concerns: mum's "
        "low mood = parental_mental_health; 84% = school_attendance. The mother in the 'Main carer' column is not "
        "a child.",
        not_children=["Kerry Luscott", "Jenny Hocking", "Bethany Trewin"], names_only_in_attachments=True)

def torbay_02():
    f = "torbay_02.eml"; when = "2033-12-23 15:48:02"
    body = T("""
Hi EH,

Last one from me before Christmas! Could I please have a triage slot in the new year for Riley Penhaligon (DOB 03/08/2021, LCS-2951180) and Jacob Penhaligon (DOB 19/05/2024, LCS-2951181).

This is a step down from the Single Assessment Team: the assessment found no further action at level 4, but a level 3 coordinated response is needed. The Single Assessment with my analysis and rationale is attached, and my TM, Neil Ashworth, recorded his manager's analysis on LCS yesterday confirming the threshold for level 3.

The boys live with mum, Danielle Penhaligon, in Brixham. The original referral was about domestic abuse by mum's ex-partner, Lee Barter, but he moved to Exeter in the summer, there's been no contact since, and he's on police bail not to come to the address. What's left is Riley's attendance (87%) and mum needing some help with routines and debt. Mum signed consent for level 3 Early Help on 21 December.

Have a lovely Christmas and see you in the new year!

Gemma

Gemma Searle
Social Worker, Single Assessment Team
Torbay Children's Services

PS - Danielle has literally just rung me as I was about to press send. Lee is at the house now - he's drunk, banging on the door and shouting that he's taking the boys for Christmas. The boys are inside with her. I've told her to ring 999 and I'm calling EDT now from the office.
""")
    sa = pdf_att("Single Assessment - Penhaligon.pdf", "SINGLE ASSESSMENT - RILEY AND JACOB PENHALIGON", [
        "LCS-2951180 / LCS-2951181. Completed 20/12/2033 by Gemma Searle.",
        "Analysis: referral for domestic abuse by the mother's former partner; he left the area in June 2033 and "
        "there has been no contact since. Remaining needs: Riley's attendance (87%); routines; debt.",
        "Rationale: no further action at level 4; level 3 coordinated response recommended.",
        "Manager's analysis (N. Ashworth, 22/12/2033): threshold for level 3 met."])
    top = outlook_top(f, addr("Searle, Gemma", "Gemma.Searle@" + BDOM), addr("Early Help Torbay", TEH),
                      "Triage request - Penhaligon boys - step down L3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 2,
        "urgent", "step_down", True, 3, ["LCS-2951180", "LCS-2951181"],
        [ch("Riley Penhaligon", "2021-08-03", "03/08/2021"), ch("Jacob Penhaligon", "2024-05-19", "19/05/2024")],
        ["domestic_abuse", "school_attendance", "substance_misuse"], True, True, [], None, "alert_duty",
        "URGENT content ONLY IN A PS, under a cheerful pre-Christmas sign-off (Friday 23 December, 15:48): the "
        "ex-partner, on bail not to go to the address, is at the house NOW, drunk, banging on the door and saying "
        "he is taking the boys; the boys are inside -> immediate risk -> alert_duty (the sender's own call to EDT "
        "does not make it resolved). The step-down above it is complete (Single Assessment attached, TM's "
        "manager's analysis, consent signed, level 3). The PS makes the domestic abuse current: concerns "
        "domestic_abuse + substance_misuse ('he's drunk') + 87% = school_attendance.",
        not_children=["Danielle Penhaligon", "Lee Barter", "Neil Ashworth", "Gemma Searle"])

T03_DISCLAIMER = T("""
This e-mail and its attachments are intended for the above named only and may be confidential. If they have come to you in error you must take no action based on them, nor must you copy or show them to anyone; please reply to this e-mail and highlight the error. Security Warning: Please note that this e-mail has been created in the knowledge that Internet e-mail is not a 100% secure communications medium. All e-mails and attachments are subject to monitoring and recording.
""")

def torbay_03():
    f = "torbay_03.eml"; when = "2033-12-27 11:20:15"
    body = T("""
OFFICIAL-SENSITIVE

To Torbay MASH / EDT,

I am aware today is a bank holiday. I have phoned EDT and left a message, and I am sending this to the MASH inbox as well so that there is a written record.

At 09:30 today officers from the Management of Sexual or Violent Offenders team made an unannounced visit to registered sex offender Darren STAPLETON (DOB 02/03/1979) at his registered address in Paignton. He was not present. Enquiries indicate he has been staying since Christmas Eve at the home of his new partner, Kelly YEO, at 4 Fernleigh Road, Torquay. Kelly YEO has two children who live with her:

Kayden YEO - DOB 14/02/2026
Ruby-Rose YEO - DOB 03/10/2029

STAPLETON has previous convictions for sexual offences against children (2016) and is subject to a Sexual Harm Prevention Order which prohibits any unsupervised contact with a child under 16. As far as we know Ms YEO has not been told about his convictions. He has not notified police of a change of address.

Officers will attend Fernleigh Road this afternoon to locate him. I am asking that Children's Services are made aware today so that the children's safety can be considered and a joint visit arranged.

Our reference: Log 0231 of 27/12/2033.

DC 4417 Hannah Lethbridge
Public Protection Unit (MOSOVO) - Torbay
Devon & Cornwall Police

OFFICIAL-SENSITIVE
""") + "\n" + T03_DISCLAIMER
    top = plain_top(f, addr("Lethbridge, Hannah", "hannah.lethbridge@devon-cornwall.example.police.uk"),
                    addr("Torbay MASH", TMASH),
                    "OFFICIAL-SENSITIVE: RSO staying with children - Fernleigh Road, Torquay - CSC needed today", when,
                    "devon-cornwall.example.police.uk", "Microsoft Outlook 16.0",
                    extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, crlf=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kayden Yeo", "2026-02-14", "14/02/2026", "Kayden YEO"),
         ch("Ruby-Rose Yeo", "2029-10-03", "03/10/2029", "Ruby-Rose YEO")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT from a POLICE PUBLIC PROTECTION officer on TUESDAY 27 DECEMBER 2033, the Christmas Day substitute "
        "bank holiday (out of hours -> EDT): a registered sex offender convicted of offences against children, "
        "under an SHPO banning unsupervised contact with under-16s, has been living since Christmas Eve with a "
        "7- and a 4-year-old whose mother may not know; police will look for him 'this afternoon' -> the children "
        "are with him now -> immediate risk -> alert_duty. A report, not a request -> other. Police style: "
        "surnames in capitals ('Kayden YEO') -> labelled in normal case; the adult's DOB is not a child's; 'Log "
        "0231' is not a case id. Concern sexual_harm.",
        not_children=["Darren STAPLETON", "Kelly YEO", "Hannah Lethbridge"])

def torbay_04():
    f = "torbay_04.eml"; when = "2033-12-12 08:00:05"
    body = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTITIONER BRIEFING, DECEMBER 2033

Keeping children safe over Christmas and New Year

Domestic abuse
Police and refuges see more domestic abuse incidents over Christmas and New Year, often linked to alcohol, money worries and families spending long periods together. Ask about it, and remember that children who live with domestic abuse are victims in their own right.

Safer sleep
Co-sleeping on a sofa, or after a parent has been drinking or taking drugs, is linked with sudden unexpected death in infancy. Talk to families about safer sleep before the holidays, especially where routines change.

Bruising in babies who are not yet mobile
Any bruise, mark or injury on a baby who is not yet crawling or pulling to stand must be referred to the MASH the same day under the Torbay and Devon bruising protocol - even if there is a plausible explanation.

Children missing from home
Missing episodes and child exploitation often rise in the holidays. Report a missing child to the police straight away and let the lead professional know.

If you think a child is in immediate danger, call 999. For other concerns contact the MASH; out of hours, the Emergency Duty Team.

LUNCHTIME LEARNING - Wednesday 18 January 2034, 12:30-13:30, Teams
"Child J": learning from a local rapid review. Child J (a pseudonym) was seven months old when he was taken to hospital with bruising and fractures. The session looks at what professionals knew, the missed chances to refer, and what has changed since. Book through the TSCP training page.

You are receiving this because you are on the TSCP practitioner mailing list. Unsubscribe: https://tscp.example.org.uk/unsubscribe
""")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>%s</td></tr></table>'
             '</body></html>\n' % "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>")
                                          for p in body.strip().split("\n\n")))
    top = plain_top(f, addr("Torbay Safeguarding Children Partnership", "news@tscp.example.org.uk"),
                    addr("Early Help Torbay", TEH),
                    "TSCP briefing: keeping children safe over Christmas + January lunchtime learning", when,
                    "mail.tscp.example.org.uk", "Mailchimp Mailer - **CID" + sha(f, "mc")[:12] + "**",
                    extra=[("List-Id", "TSCP practitioner briefing <practitioners.tscp.example.org.uk>"),
                           ("List-Unsubscribe", "<https://tscp.example.org.uk/unsubscribe>"),
                           ("Precedence", "bulk")])
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(htmlb, "html", crlf=True)], bnd(f, 1))
    add(f, build(top, alt, True), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a safeguarding partnership TRAINING / NEWSLETTER mail (List-Id, List-Unsubscribe, Precedence: "
        "bulk) full of risk vocabulary - domestic abuse, drinking and drugs, sudden infant death, bruising in "
        "non-mobile babies, fractures, missing children, exploitation, 'immediate danger, call 999' - as general "
        "advice and a pseudonymised rapid review ('Child J') -> no real child, not urgent -> other -> human_review; "
        "no child, no concern.")

def torbay_05():
    f = "torbay_05.eml"; when = "2033-12-01 14:05:38"
    body = T("""
Dear MASH,

I am the health visitor and lead professional for the Tremlett family at level 3 (Early Help, EHM-740512), and I would like to make a contact to MASH so that the family can be considered for a level 4 statutory intervention.

Children: Bobby Tremlett (DOB 12/11/2030) and Isla-Rose Tremlett (DOB 30/06/2033).

Since the TAF review in September things have gone backwards. Isla-Rose's weight has dropped from the 50th to below the 9th centile. Mum (Chloe Tremlett) has missed three baby clinic appointments and the paediatric dietitian appointment. The flat is cold and damp, and on my visit on Tuesday there was no formula in the house apart from a little borrowed from a neighbour. Chloe's postnatal depression has come back, and dad (Aaron Tremlett) is smoking cannabis every day in the flat. Bobby's nursery say he is often hungry when he arrives.

I discussed the family with my Clinical Team Leader, Helen Rowe, yesterday and we agree this information needs to be considered for level 4. Chloe has given her consent for me to make this contact - I went through it with her at Tuesday's visit.

Kind regards
Catherine Mudge
Specialist Community Public Health Nurse (Health Visitor)
Paignton 0-19 Public Health Nursing Team
Tel: 01632 960371

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.
********************************************************************************************************************
""")
    top = plain_top(f, addr("MUDGE, Catherine (TORBAY AND SOUTH DEVON NHS FOUNDATION TRUST)",
                            "catherine.mudge@nhs.example.net"), addr("Torbay MASH", TMASH),
                    "Contact to MASH - step up from level 3 - Tremlett family (EHM-740512)", when, "nhs.example.net",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-740512"],
        [ch("Bobby Tremlett", "2030-11-12", "12/11/2030"), ch("Isla-Rose Tremlett", "2033-06-30", "30/06/2033")],
        ["neglect", "parental_mental_health", "substance_misuse"], True, True, [], None, "book_meeting",
        "A HEALTH VISITOR (partner agency) as the level 3 lead professional makes the contact to MASH (Torbay "
        "step-up) in NHSmail style (surname in capitals, trust in the display name, starred NHS disclaimer). "
        "Torbay step-up needs the children, parental consent and the worker's and manager's agreement: 'Chloe has "
        "given her consent' -> true; her Clinical Team Leader agrees it needs considering for level 4 -> manager "
        "true -> book_meeting. Concerns: faltering weight, missed clinic and dietitian appointments, no formula, "
        "cold flat, hungry toddler = neglect; postnatal depression = parental_mental_health; dad's daily cannabis "
        "use = substance_misuse. A baby born in 2033 (DOB 30/06/2033).",
        not_children=["Chloe Tremlett", "Aaron Tremlett", "Helen Rowe", "Catherine Mudge"])

def torbay_06():
    f = "torbay_06.eml"; when = "2033-12-29 10:31:02"
    body = T("""
Hi - Single Assessment attached at last. Sorry, LCS was down on the 22nd and I couldn't export it before I finished for Christmas.

Ellie

Sent from my iPhone

On 21 Dec 2033, at 16:02, Early Help Torbay <earlyhelp@torbay.gov.uk> wrote:

> Thank you. Your step-down request for Freddie Widger and Alfie Widger has been logged as SB-torbay-188.
> Still needed: the Single Assessment with your analysis and the rationale for the step-down.
""")
    sa = pdf_att("Single Assessment - Widger.pdf", "SINGLE ASSESSMENT - FREDDIE AND ALFIE WIDGER", [
        "LCS-2948023 / LCS-2948024. Completed 20/12/2033 by Ellie Rowse (Single Assessment Team).",
        "Analysis: the referral concerned father's alcohol use; he has been abstinent since June 2033 (confirmed by "
        "his GP). Remaining need: Freddie's school attendance (84%).",
        "Rationale: no further action at level 4; level 3 coordinated response recommended.",
        "Manager's analysis (S. Quick, Team Manager, 21/12/2033): threshold for level 3 met."])
    top = plain_top(f, addr("Ellie Rowse", "Ellie.Rowse@" + BDOM), addr("Early Help Torbay", TEH),
                    "Re: [SB-torbay-188] Step-down received - still needed: Single Assessment", when, BDOM,
                    "iPhone Mail (23C71)", extra=[("In-Reply-To", "<SB-torbay-188.ack@torbay.gov.uk>")])
    add(f, mail(f, top, body, [sa], crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-2948023", "LCS-2948024"],
        [ch("Freddie Widger"), ch("Alfie Widger")], ["school_attendance"], None, True, [], None,
        "attach_to_request",
        "iPhone reply, in the week between the Christmas and New Year bank holidays, to stepbot's chase "
        "[SB-torbay-188], attaching the missing Single Assessment -> follow_up -> attach_to_request. Children from "
        "the quoted acknowledgement (no DOB); case ids and the TM's manager's analysis (manager true) from the PDF; "
        "concern school_attendance (84%); dad's alcohol use is historic (abstinent since June) -> excluded; consent "
        "not mentioned -> null.")

def torbay_07():
    f = "torbay_07.eml"; when = "2033-11-09 09:15:20"
    add(f, itip_reply(f, when, "Silas Penrose", "silas.penrose@" + BDOM, ("Early Help Torbay", TEH), "TENTATIVE",
                      "Under-5s triage - Luscott family (LCS-2934410) [SB-torbay-176]",
                      "20331115T113000", "20331115T120000", "Microsoft Teams Meeting",
                      comment="Tentative - I'm in the Christmas cover planning meeting until 11:30. Tamsin Verity "
                              "will start the slot if I'm late."),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-2934410"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT, from the Early Help assistant team manager for "
        "torbay_01's slot at the fortnightly under-5s triage (Tuesday 15 November 2033, a sitting counted from the "
        "pack's anchor) -> meeting_reply -> record_reply. The SUMMARY names the family and its LCS id, no child.",
        not_children=["Tamsin Verity"])

def torbay_08():
    f = "torbay_08.eml"; when = "2033-12-30 08:40:11"
    body = T("""
Hi, thanks for your email. I'm on leave until Wednesday 4 January 2034.

For anything urgent please contact the Single Assessment Team duty worker on 01632 960458. If you think a child is at immediate risk, contact the MASH or, out of hours, the Emergency Duty Team.

For the Widger triage on 3 January - my team manager, Sam Quick, will attend in my place and has the Single Assessment and the pre-reads.

Ellie Rowse
Social Worker, Single Assessment Team
""")
    add(f, ooo(f, when, "Rowse, Ellie", "Ellie.Rowse@" + BDOM, addr("Early Help Torbay", TEH),
               "[SB-torbay-188] Triage slot confirmed - Tuesday 3 January 2034 09:30", body),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) in answer to stepbot's triage-slot confirmation for the "
        "torbay_06 family, with a HUMAN-WRITTEN line that matters to the triage (her team manager will attend in "
        "her place, as the seed allows) - still an auto-reply -> ignore; a person must pick the line up by hand. "
        "No child named (family surname only).",
        not_children=["Sam Quick"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
BCT = "birminghamchildrenstrust.example.co.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2033-11-16 10:50:12"
    body = T("""
Dear Early Help Co-ordinators,

I'm a social worker with Birmingham Children's Trust. The Bennett family moved from Kings Norton to Ross-on-Wye at the end of October, and I'm writing about stepping them down to Early Help in Herefordshire rather than transferring them to you at child in need.

Our Child and Family Assessment concluded on 10 November. The children no longer need statutory support, but mum would benefit from intensive (level 3) early help while the family settle into a new area. I discussed this with Xavier Moss on the phone on Monday and he suggested I send the plan straight to you.

Children:
Tia Bennett - DOB 27/09/2020 - Eclipse ID 3318207
Noah Bennett - DOB 11/04/2027 - Eclipse ID 3318208

Attached are the Early Help Assessment step-down plan (on your template) and mum's signed consent form. Mum (Shanice Bennett) has agreed to the plan.

Key person: Mrs Helen Pritchard, Family Support Worker, Ross Family Hub - she has met mum and agreed to take on the role.

The worries are mum's anxiety since the move and Noah's speech and language delay (he is waiting for an assessment); Tia has settled well at her new school.

Our case will close on 25 November, once you have confirmed you've received this.

Kind regards
Marcia Campbell-Reid
Social Worker, Children in Need Team (South)
Birmingham Children's Trust
""")
    plan = docx_att("EHA step-down plan - Bennett (Herefordshire template).docx", [
        "# Early Help Assessment - step-down plan",
        "Family: Shanice Bennett (mother); Tia Bennett; Noah Bennett. New address: Ross-on-Wye (moved 28/10/2033).",
        "Level: 3 - Intensive"], [
        [["What are we worried about? - wellbeing concerns", "Mum's anxiety since the move; she knows nobody locally. "
          "Noah's speech and language delay."],
         ["What's working well? - Existing strengths", "Mum is warm and organised; Tia has settled at school; "
          "maternal grandmother visits from Birmingham monthly."]],
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Key person to link mum with the Ross family hub groups and her new GP", "Mum feels less isolated",
          "6 weeks"],
         ["Speech and language assessment for Noah - health visitor", "Noah assessed", "3 months"]],
        [["Details of Key Person", "Helen Pritchard, Family Support Worker, Ross Family Hub - agreed with mum "
          "14/11/2033"]]])
    cf = pdf_att("Consent form - Bennett - signed.pdf", "EARLY HELP CONSENT FORM", [
        "I agree to my family receiving Early Help support in Herefordshire and to the step-down plan being shared "
        "with Herefordshire Council.",
        "Signed: S. Bennett (mother)    Date: 14/11/2033"])
    top = plain_top(f, addr("Campbell-Reid, Marcia", "Marcia.Campbell-Reid@" + BCT), addr("Early Help Co-ordinators", HEH),
                    "Step down to Early Help - family moved to Ross-on-Wye - Bennett children", when, BCT,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["3318207", "3318208"],
        [ch("Tia Bennett", "2020-09-27", "27/09/2020"), ch("Noah Bennett", "2027-04-11", "11/04/2027")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "A STEP-DOWN ACROSS AUTHORITIES: the family has MOVED from Birmingham to Herefordshire and the Birmingham "
        "social worker steps them down to Herefordshire Early Help (not misdirected: the request is addressed to "
        "Herefordshire's co-ordinators, who are the service the family now needs). Judged on Herefordshire's "
        "step-down: EHA step-down plan, signed consent form and key person with agency -> complete -> "
        "book_meeting; 'intensive (level 3)' -> level 3. 'Eclipse ID 3318207' (the other council's case system) -> "
        "'3318207'. Concerns: mum's anxiety = parental_mental_health; Noah's speech and language delay awaiting "
        "assessment = disability_send.",
        not_children=["Shanice Bennett", "Helen Pritchard", "Xavier Moss", "Marcia Campbell-Reid"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2033-11-14 12:32:51"
    body = T("""
Hello,

I'm not sure this is the right email address - I tried the MASH number and couldn't get through, and yours was the address on my list.

I did the 6-8 week check for baby Freya Griffiths (DOB 19/09/2033) at 11 this morning, at home in Hereford. Mum, Natalie Griffiths, told me that last night her partner, Scott Morgan, strangled her with his hands until she "saw stars", while she was holding Freya, because she hadn't made his tea. She has red marks and bruising on both sides of her neck. He told her that if she "grassed" he would "finish it". Her son, Alfie Griffiths (2), was in the room.

Scott is at work and will be home at about 5pm. Natalie is too frightened to leave or to call the police herself, and she asked me not to tell anyone; I have told her that I have to. She has no family in Hereford.

I've left the house now. Please can someone call me urgently on 07700 900372. I have also told my safeguarding lead.

Joanna Whitcombe
Health Visitor, Hereford City 0-19 Team
""")
    top = plain_top(f, addr("WHITCOMBE, Joanna (WYE VALLEY NHS TRUST)", "joanna.whitcombe@nhs.example.net"),
                    addr("Early Help Co-ordinators", HEH),
                    "Urgent - mum disclosed strangulation last night - baby Freya Griffiths", when, "nhs.example.net",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Freya Griffiths", "2033-09-19", "19/09/2033"), ch("Alfie Griffiths")], ["domestic_abuse"], None, None,
        [], None, "alert_duty",
        "URGENT from a HEALTH VISITOR (partner agency) who cannot get through to MASH and writes to the Early Help "
        "co-ordinators' inbox instead ('I'm not sure this is the right email address'): mum disclosed NON-FATAL "
        "STRANGULATION last night while holding the 8-week-old, with a threat to 'finish it', the 2-year-old in the "
        "room; the partner is home at 5pm today and mum is too frightened to act -> immediate risk -> alert_duty. "
        "A report, not a step-down -> other (mailbox from the address: early_help_duty). Concern domestic_abuse. "
        "A baby born in 2033; the toddler by age only -> dob null.",
        not_children=["Natalie Griffiths", "Scott Morgan", "Joanna Whitcombe"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2033-12-08 14:15:27"
    body = T("""
Dear Co-ordinators,

Please find attached the EHA step-down plan for the Bradstock sibling group and mum's signed consent form. I talked it through with Verity Lang at Tuesday's drop-in. It's a Level 3 step-down: the CP plan ended in October and the CIN plan closes on 16 December.

Sibling group (from Mosaic):

| Mosaic ID | Name            | DOB        | School / setting         |
|-----------|-----------------|------------|--------------------------|
| 621550    | Lily Bradstock  | 04/01/2023 | Ridgemoor Primary       |
| 621551    | Harry Bradstock | 22/07/2024 | Ridgemoor Primary       |
| 621552    | Rosie Bradstock | 15/03/2029 | Little Acorns Pre-school |

Key person: Sue Gittins, Family Support Worker, Leominster Family Hub - agreed with mum on 5 December.

Because it will come up over Christmas, here is the contact plan everyone (including dad) agreed at the last CIN review, so the Early Help worker has it:
- Dad (Kevin Bradstock) will have the children on Boxing Day, 10am to 4pm, at their paternal grandmother's house in Leominster, and she will be there throughout.
- Bottom line: if Kevin arrives having had a drink, Grandma will not let the children go with him and will ring mum to collect them.
- If he were ever to become aggressive, mum and Grandma know to ring 999.
Kevin hasn't had a drink since June (monthly tests all clear) and every contact since September has gone well. This is the safety plan, not a current worry.

What we are still working on: Lily's anxiety about school (her attendance is 89%) and mum (Jodie Bradstock)'s low mood.

Thanks
Kate

Kate Ashby
Social Worker, Leominster Locality Team, Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - Bradstock sibling group.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Level: 3 - Intensive",
        "1. Family Details and Consent: mother Jodie Bradstock; written consent signed 05/12/2033 (attached)."], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Anxiety support and attendance plan for Lily - school and key person", "Attendance above 95%",
          "Easter"],
         ["Mum to see her GP and start the Freedom from Worry group - key person", "Mum feels brighter", "8 weeks"],
         ["Contact plan reviewed at the first MAG - key person", "Contact stays safe and regular", "February"]],
        [["Details of Key Person", "Sue Gittins, Family Support Worker, Leominster Family Hub"]]])
    cf = pdf_att("Signed consent - Bradstock.pdf", "EARLY HELP CONSENT FORM", [
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: J. Bradstock    Date: 05/12/2033"])
    top = outlook_top(f, addr("Ashby, Kate", "Kate.Ashby@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan and consent - Bradstock sibling group (L3)", when)
    add(f, mail(f, top, body, [plan, cf]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["621550", "621551", "621552"],
        [ch("Lily Bradstock", "2023-01-04", "04/01/2023"), ch("Harry Bradstock", "2024-07-22", "22/07/2024"),
         ch("Rosie Bradstock", "2029-03-15", "15/03/2029")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: a CHRISTMAS CONTACT SAFETY PLAN in the hypothetical ('if Kevin arrives having had a drink ... "
        "will not let the children go', 'If he were ever to become aggressive ... ring 999'); dad alcohol-free "
        "since June and every contact fine - 'This is the safety plan, not a current worry' -> not urgent, and no "
        "substance_misuse or domestic_abuse (historic / hypothetical). Children in a plain-text PIPE TABLE pasted "
        "from Mosaic. Complete sibling-group step-down: plan, signed consent form, key person with agency -> "
        "book_meeting; Level 3. Concerns: Lily's 89% = school_attendance; mum's low mood = "
        "parental_mental_health.",
        not_children=["Kevin Bradstock", "Jodie Bradstock", "Sue Gittins", "Verity Lang", "Kate Ashby"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2034-01-09 09:50:38"
    body = T("""
Hi,

I'm a newly qualified social worker (I joined the Hereford City Team in September) and this is my first step-down, so I'm sorry if I've got anything wrong.

I'd like to step Jessica Lloyd (DOB 23/11/20, Mosaic 624018) down to Level 2 early help now that her CIN plan has ended. I think Level 2 is right because things are so much better at home and school are very involved.

Attached are the step-down plan and the consent form, which mum (Amy Lloyd) signed at our visit on 5 January.

Key person: Mr Dan Probert, Pastoral Manager at Wyebridge Academy - he has agreed.

Jessica has ADHD and an EHCP request is in with the local authority; her attendance was 82% last term.

Kind regards
Charlotte

Charlotte Yapp
Social Worker (NQSW), Hereford City Team
""")
    plan = docx_att("Step down plan - Jessica Lloyd.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Jessica Lloyd (Mosaic 624018)    Level: 2 (see covering email)"], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Attendance plan - Wyebridge Academy pastoral team", "Attendance above 92%", "Easter"],
         ["EHCP needs assessment followed up - SENCo and key person", "Decision on the EHCP", "16 weeks"],
         ["ADHD parenting course for mum - key person", "Mum has strategies at home", "10 weeks"]],
        [["Details of Key Person", "Dan Probert, Pastoral Manager, Wyebridge Academy"]]])
    cf = pdf_att("Consent form Lloyd.pdf", "EARLY HELP CONSENT FORM", [
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: Amy Lloyd    Date: 05/01/2034"])
    top = outlook_top(f, addr("Yapp, Charlotte", "Charlotte.Yapp@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Level 2 - Jessica Lloyd", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 2, ["624018"],
        [ch("Jessica Lloyd", "2020-11-23", "23/11/20")], ["disability_send", "school_attendance"], True, None, [],
        None, "book_meeting",
        "A NEWLY QUALIFIED social worker's first step-down, after New Year, naming A LEVEL THE HEREFORDSHIRE "
        "PROTOCOL DOES NOT USE for step-down ('Level 2'; the seed steps down at level 3 'Intensive'). The contract's "
        "level is the level a step-down goes to 'when stated' -> 2; Herefordshire's requirements do not depend on "
        "the level. Plan, signed consent form and key person with agency -> complete -> book_meeting. DOB with a "
        "two-digit year ('23/11/20'). Concerns: ADHD and EHCP request = disability_send; 82% = school_attendance.",
        not_children=["Amy Lloyd", "Dan Probert", "Charlotte Yapp"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2033-11-29 16:10:55"
    body = T("""
Hi,

Signed consent form attached - Dawn signed it at the CIN meeting this afternoon, for both Kacey and Tyler. Dawn asked if Kacey can keep seeing Mrs Hughes at school for ELSA - I said I'd ask you.

Thanks
Rhodri

Get Outlook for Android
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "22 November 2033 11:40",
             "Bevan, Rhodri <Rhodri.Bevan@herefordshire.gov.uk>",
             "[SB-herefordshire-77] Step-down plan received - still needed: written consent", T("""
Thank you. Your step-down plan has been logged as SB-herefordshire-77.
Still needed: the family's written consent form.
"""))
    cf = pdf_att("Scan 29 Nov 2033 - consent Hodges.pdf", "EARLY HELP CONSENT FORM", [
        "Children: Kacey Hodges (DOB 02/05/2025), Tyler Hodges (DOB 17/10/2028)    Mosaic: 613042 / 613043",
        "Parent/carer: Dawn Hodges (mother)",
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: D. Hodges    Date: 29/11/2033"])
    top = outlook_top(f, addr("Bevan, Rhodri", "Rhodri.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-77] Step-down plan received - still needed: written consent", when,
                      reply_to_mid="<SB-herefordshire-77.ack@herefordshire.gov.uk>")
    alt = multipart("mixed", [text_part(body, cte="base64", crlf=True), cf], bnd(f, 1))
    add(f, build(top, alt, True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["613042", "613043"],
        [ch("Kacey Hodges", "2025-05-02", "02/05/2025"), ch("Tyler Hodges", "2028-10-17", "17/10/2028")],
        [], True, None, [], None, "attach_to_request",
        "Outlook for Android reply (base64 body) to stepbot's chase [SB-herefordshire-77] with the signed consent "
        "form (a scanned PDF) -> follow_up -> attach_to_request; consent true. The body names the mother and both "
        "children by FIRST NAME only (Dawn, Kacey, Tyler; 'Mrs Hughes' is school staff): the children's full names, "
        "DOBs and Mosaic ids come from the PDF, where the mother is named as the parent. ELSA support is not a "
        "concern id.",
        not_children=["Dawn Hodges"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2033-12-02 12:10:44"
    add(f, itip_reply(f, when, "Rhodri Bevan", "Rhodri.Bevan@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                      "Step-down drop-in - Mason and Layla Preece [SB-herefordshire-84]",
                      "20331206T100000", "20331206T103000", "Microsoft Teams Meeting",
                      comment="Thanks - I'll have the draft plan with me."),
        "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Mason Preece", as_written="Mason and Layla Preece"), ch("Layla Preece")], [], None, None, [], None,
        "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, with a short COMMENT, for a Tuesday-morning step-down drop-in "
        "(6 December) -> meeting_reply -> record_reply; two children from the SUMMARY 'Mason and Layla Preece'.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2033-11-30 11:45:09"
    body = T("""
Dear MASH,

We have been the lead professional for Connor Gwilliam (Year 8, DOB 09/06/2021, Mosaic 619377) under an Early Help Assessment since March, and I would like to request that his case is stepped up to social care.

Despite the plan, Connor's attendance has fallen to 61%, he arrives hungry most days and in the same uniform, and he has told staff that mum "sleeps all day" and that there is often no food in. Mum (Lisa Gwilliam) has told us she is drinking more since her partner left. She came to the first two TAF meetings but not the last three.

Our Headteacher, Mr Ian Layton, agrees that this now needs social care. We have not spoken to mum about this referral yet.

There are no immediate safeguarding concerns - Connor is in school today and we will keep him on our daily check-in.

Kind regards
Karen Eckley
Designated Safeguarding Lead
Castlefields High School
""")
    top = plain_top(f, addr("Karen Eckley", "k.eckley@castlefields.example.sch.uk"), addr("Herefordshire MASH", HMASH),
                    "Request to step up - Connor Gwilliam (Y8)", when, "castlefields.example.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["619377"],
        [ch("Connor Gwilliam", "2021-06-09", "09/06/2021")],
        ["neglect", "non_engagement", "school_attendance", "substance_misuse"], None, True, [], None, "human_review",
        "A SCHOOL DSL (partner agency, lead professional) asks Herefordshire MASH to step a child up; Herefordshire's "
        "protocol defines no step-up -> human_review with missing [] (facts still labelled). Headteacher agrees -> "
        "manager true; 'We have not spoken to mum ... yet' -> consent null. 'There are no immediate safeguarding "
        "concerns' -> not urgent. Concerns: 61% = school_attendance; hungry, same uniform, no food = neglect; mum "
        "drinking more = substance_misuse; missed the last three TAFs = non_engagement.",
        not_children=["Lisa Gwilliam", "Ian Layton", "Karen Eckley"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2033-12-21 09:02:17"
    body = T("""
Your message wasn't delivered to everyone

Your email message conflicts with a policy in your organisation. The message wasn't delivered to all recipients.

Message details
Subject: [SB-herefordshire-90] Step-down plan received
Recipient(s) the message was not delivered to: j.m.parry1987@personalmail.example.com

Policy: HC - Children's personal data to personal email addresses
Rule: Block - names and dates of birth sent outside the secure domain list

If you think this is a mistake, contact the IT Service Desk on 01632 960100 and quote the subject of the message.
""")
    top = outlook_top(f, addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "Notification: your message conflicts with a policy in your organisation", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Organization-SCL", "-1"),
                             ("X-MS-Exchange-Generated-Message-Source", "Data Loss Prevention Agent")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A Data Loss Prevention POLICY NOTIFICATION from Exchange (Auto-Submitted: auto-generated, DLP agent "
        "source): stepbot's own acknowledgement was blocked from a practitioner's personal address -> machine mail "
        "-> auto_reply -> ignore. 'Children's personal data' is the policy's name, not a child.")
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
# England & Wales bank holidays 2033-2034 (gov.uk rules): New Year's Day 2033 is a Saturday -> Monday 3 January;
# Good Friday 15 April, Easter Monday 18 April, early May 2 May, spring 30 May, summer 29 August 2033. Christmas Day
# 2033 is a SUNDAY, so Boxing Day is Monday 26 December and the Christmas Day substitute is Tuesday 27 December;
# New Year's Day 2034 is a Sunday -> substitute Monday 2 January 2034. Three fall inside the window (26, 27 Dec,
# 2 Jan). Good Friday 7 April 2034 etc. are listed for completeness.
BANK_HOLIDAYS = {date(2033, 1, 3), date(2033, 4, 15), date(2033, 4, 18), date(2033, 5, 2), date(2033, 5, 30),
                 date(2033, 8, 29), date(2033, 12, 26), date(2033, 12, 27), date(2034, 1, 2), date(2034, 4, 7),
                 date(2034, 4, 10), date(2034, 5, 1), date(2034, 5, 29), date(2034, 8, 28), date(2034, 12, 25),
                 date(2034, 12, 26)}
WINDOW = (datetime(2033, 11, 7, tzinfo=LON), datetime(2034, 1, 13, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2033, 10, 30, 1, 0, 0, tzinfo=UTC)    # last Sunday in October 2033: GMT from then on
BST_NEXT = datetime(2034, 3, 26, 1, 0, 0, tzinfo=UTC)    # last Sunday in March 2034
WEEKEND_DATES = {"knowsley_01.eml": date(2033, 12, 24)}  # Christmas Eve 2033 is a Saturday

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"], 1)}
def parse_dob(w, order="dmy"):
    """DOB as written -> ISO: dd/mm/yyyy, d/m/yy, dd.mm.yy(yy), dd-mm-yy, yyyy-mm-dd, '3rd of March 2019',
    '30 Nov 2015', '5th Nov 2021'; order="mdy" reads a numeric date month first (US order, m/d/yyyy)."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})", w)
    if m:
        y = int(m[4]); y = y + 2000 if y < 100 else y
        if order == "mdy":
            return date(y, int(m[1]), int(m[3])).isoformat()
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

def parse_dob_safe(w, order="dmy"):
    try:
        return parse_dob(w, order)
    except (ValueError, KeyError):
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
        elif fn and fn.lower().endswith(".csv"):
            out.append(payload.decode("utf-8-sig"))
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
        if d.weekday() >= 5 and WEEKEND_DATES.get(f) != d.date(): err(f, "Date on a weekend")
        if f in WEEKEND_DATES and d.date() != WEEKEND_DATES[f]: err(f, "Date should be %s" % WEEKEND_DATES[f])
        if meeting is not None and meeting <= now.date(): err(f, "meeting not after now")
        if not (BST_END <= d.astimezone(UTC) < BST_NEXT): err(f, "Date not in the GMT period")
        if not msg["Date"].strip().endswith("+0000"): err(f, "Date offset should be +0000")
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
                if parse_dob_safe(w, mc["_order"]) != c["dob"]:
                    err(f, "dob %r parses to %s, label %s" % (w, parse_dob_safe(w, mc["_order"]), c["dob"]))
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
    if not (tot["urgent"] == 8 and tot["near_miss"] == 8 and sum(tot.values()) == 40):
        err("set", "category totals %s" % tot)
    errors += structural_checks()
    return errors, tot

def weekdays(today, meeting):
    """A plain Monday-Friday count (bank holidays NOT skipped) - the count a hurried writer makes."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        n += d.weekday() < 5
        d += timedelta(days=1)
    return n

def structural_checks():
    """Each message really has the feature its label relies on."""
    errors = []
    def err(f, m):
        errors.append("%s: %s" % (f, m))
    msgs = {f: email.message_from_bytes(FILES[f], policy=email.policy.default) for f in FILES}
    labs = {l["file"]: l for l in LABELS}
    def plain_bodies(m):
        out = []
        for part in m.walk():
            if not part.is_multipart() and not part.get_filename() and part.get_content_type() == "text/plain":
                out.append(part.get_content())
        return "\n".join(out)
    def now_of(f):
        return datetime.fromisoformat(labs[f]["now"]).date()
    # the calendar: Christmas Day and New Year's Day fall on Sundays, hence the substitute days
    if date(2033, 12, 25).weekday() != 6 or date(2034, 1, 1).weekday() != 6: err("calendar", "Christmas/New Year weekday")
    if not {date(2033, 12, 26), date(2033, 12, 27), date(2034, 1, 2)} <= BANK_HOLIDAYS: err("calendar", "substitute days")
    if date(2033, 12, 25) in BANK_HOLIDAYS or date(2034, 1, 1) in BANK_HOLIDAYS: err("calendar", "Sunday listed")
    # knowsley_01: Christmas Eve (Saturday), meeting after New Year, 4 WD where a weekday count gives 7
    f = "knowsley_01.eml"
    d = email.utils.parsedate_to_datetime(msgs[f]["Date"])
    if d.date() != date(2033, 12, 24) or d.weekday() != 5: err(f, "not sent on Christmas Eve (Saturday)")
    if (working_days(now_of(f), META[f]["meeting"]), weekdays(now_of(f), META[f]["meeting"])) != (4, 7):
        err(f, "expected 4 WD / 7 weekdays")
    if META[f]["meeting"] <= date(2034, 1, 2): err(f, "meeting should be after the New Year bank holiday")
    # knowsley_02: across 2 January 2034 only - 4 WD, 5 weekdays; sent to the MASH inbox; URGENT marked
    f = "knowsley_02.eml"
    if (working_days(now_of(f), META[f]["meeting"]), weekdays(now_of(f), META[f]["meeting"])) != (4, 5):
        err(f, "expected 4 WD / 5 weekdays")
    if "URGENT" not in str(msgs[f]["Subject"]) or KFF.lower() in str(msgs[f]["To"]).lower(): err(f, "subject/inbox")
    # knowsley_06: a resend; the original's date would have given enough notice
    f = "knowsley_06.eml"
    b = plain_bodies(msgs[f])
    if not b.startswith("Resending as I got no reply") or "Sent: 01 December 2033" not in b: err(f, "resend shape")
    if working_days(date(2033, 12, 1), META[f]["meeting"]) < 5 or working_days(now_of(f), META[f]["meeting"]) >= 5:
        err(f, "resend notice arithmetic")
    if len([p for p in msgs[f].walk() if p.get_filename()]) != 3: err(f, "attachments not resent")
    # richmond_wandsworth_01: the risk only in the Subject
    f = "richmond_wandsworth_01.eml"
    subj = str(msgs[f]["Subject"]).lower()
    body = body_text(msgs[f])[len(str(msgs[f]["Subject"])):].lower()
    if "burn" not in subj or "lighter" not in subj: err(f, "risk not in subject")
    if any(w in body for w in ("burn", "lighter", "nursery at 12")): err(f, "risk words in the body")
    if "please see subject line" not in body: err(f, "body should point at the subject")
    # torbay_02: the risk only in the PS
    f = "torbay_02.eml"
    b = plain_bodies(msgs[f])
    ps = b.find("PS - ")
    if ps < 0 or any(b.find(w) < ps for w in ("drunk", "banging", "999")): err(f, "risk not only in the PS")
    if b[ps:].count("\n") > 2: err(f, "PS should be the last paragraph")
    # torbay_01: children only in a CSV export with unambiguous US-order dates
    f = "torbay_01.eml"
    csvs = [p for p in msgs[f].walk() if (p.get_filename() or "").endswith(".csv")]
    if len(csvs) != 1 or csvs[0].get_content_type() != CSV_MS: err(f, "CSV attachment")
    else:
        raw = csvs[0].get_payload(decode=True)
        if not raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw: err(f, "CSV not an Excel UTF-8 export")
    for c in META[f]["children"]:
        mo, dd, _y = (int(x) for x in c["_w"].split("/"))
        if not (mo <= 12 < dd) or c["_order"] != "mdy": err(f, "US date %s is ambiguous" % c["_w"])
    # torbay_03: sent on the Christmas Day substitute bank holiday
    f = "torbay_03.eml"
    if email.utils.parsedate_to_datetime(msgs[f]["Date"]).date() not in BANK_HOLIDAYS: err(f, "not on a bank holiday")
    # footers full of risk words on a non-urgent and an urgent mail
    for f, marker in (("knowsley_04.eml", "CONFIDENTIALITY:"), ("tower_hamlets_06.eml", "Confidentiality and safeguarding notice")):
        b = plain_bodies(msgs[f])
        tail = b[b.find(marker):] if marker in b else ""
        if not all(w in tail for w in ("abuse", "harm", "risk")) or len(tail) < 600: err(f, "footer")
    # school disclosures: the named adult collects the child at the end of today
    for f, who in (("knowsley_04.eml", "Dean"), ("tower_hamlets_04.eml", "Ryan")):
        b = plain_bodies(msgs[f])
        if "3.15" not in b or who not in b or "doesn't want to go home" not in b: err(f, "disclosure shape")
    # out-of-office replies that carry a human-written line
    for f, line in (("knowsley_07.eml", "Carol - if you're reading this"), ("richmond_wandsworth_06.eml", "If your email is about Amelia Rhodes"),
                    ("tower_hamlets_08.eml", "For Sumaiya Ahmed's TAF"), ("torbay_08.eml", "For the Widger triage")):
        if line not in readable(msgs[f]) or msgs[f]["Auto-Submitted"] != "auto-replied": err(f, "OOO with a human line")
    # per kind
    for f, m in msgs.items():
        k = labs[f]["expect"]["kind"]
        subj = str(m["Subject"])
        has_ref = re.search(r"\[SB-[a-z_]+-\d+\]", subj) is not None
        if k == "follow_up" and not has_ref: err(f, "follow_up without [SB-] in subject")
        if k in ("step_up", "step_down", "other") and has_ref: err(f, "new mail with an [SB-] reference")
        if k == "meeting_reply":
            cals = [p for p in m.walk() if p.get_content_type() == "text/calendar"]
            if len(cals) != 1 or "METHOD:REPLY" not in cals[0].get_payload(decode=True).decode():
                err(f, "meeting_reply without an iTIP REPLY")
        if k == "auto_reply" and not (m["Auto-Submitted"] or m.get_content_type() == "multipart/report"):
            err(f, "auto_reply without a machine marker")
        if k != "auto_reply" and m["Auto-Submitted"]: err(f, "Auto-Submitted on a non-auto_reply")
        if k == "other" and not labs[f]["expect"]["urgent"] and m["Precedence"] != "bulk" and CATS[f] != "near_miss":
            err(f, "unexpected other")
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
