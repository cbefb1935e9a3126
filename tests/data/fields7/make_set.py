#!/usr/bin/env python3
"""fields7: blind held-out set (40 invented mails) for the FIELDS of stepbot's `parse` contract.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, TNEF keys and
calendar UIDs come from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py
(pypdf and python-docx are used only by the self-checks, to read back the hand-built PDFs and .docx
files). Helpers (MIME assembly, PDF, .docx, iCalendar, working-day counter, checks) are copied from
/work/main/tests/data/fields6/make_set.py and extended with Word (mso) HTML, RTF, TNEF (winmail.dat),
format=flowed and Google Calendar REPLY builders. Every label below was set by hand; the self-checks
at the end only verify them against the specification's rules and STOP on any error before writing.
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
    """Local (Europe/London) wall-clock time: BST (+0100) until Sunday 29 October 2028, GMT after."""
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
        meeting=None, not_children=()):
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children)}

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
            zi = zipfile.ZipInfo(name, date_time=(2028, 1, 1, 0, 0, 0))
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

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2028-09-14 15:41:08"
    blocks = [
        "Hi MASH,",
        "",
        "Please see below and attached the step up for Tiernan and [[Róisín]]. The Appendix 1 form, the last "
        "TAF minutes and the GCP2 are attached.",
        "",
        "{{Step up TAF:}} Wednesday 20th at 10:00 on Teams – I’ve sent the calendar invite to the MASH inbox "
        "and MASH business support from my own calendar.",
        "",
        ("table", [["Name", "DOB", "EHM ID", "NHS number", "School"],
                   ["Tiernan Mc¦Gowan", "14/02/¦2016", "EHM-61530", "485 112 7730", "Brookhey Catholic High (Y8)"],
                   ["[[Róisín]] Brady", "03-03-19", "EHM-61531", "485 112 8101", "Larchfield Primary (Y4)"]]),
        "",
        "Tiernan and [[Róisín]] are half-siblings – same mum, Shannon Brady (31). Tiernan’s dad, Declan "
        "[[McGowan]], has no contact: the DA was historic (2022), he moved to Glasgow and there has been no "
        "contact since the non-molestation order ended.",
        "",
        ("table", [["Other people / references", ""],
                   ["Mum’s partner", "Jamie Rourke (not the father of either child) – moved in July 2028"],
                   ["Police", "Merseyside Police ref 28KN/117734 (call-out 02/09/2028, noise complaint, no offences)"],
                   ["Team manager", "Paula Devine"]]),
        "",
        ("h", "Why step up now"),
        "Since the last TAF on 31 August things have gone backwards. The flat smells strongly of cannabis on "
        "every visit (Jamie says it’s “just his weed” and he smokes it by the window), there is no gas credit "
        "most weeks so no hot water, the children’s mattresses are on the floor with no bedding, and "
        "[[Róisín]] has had head lice since June that haven’t been treated. Letters from the housing "
        "association about the arrears are piling up behind the door.",
        "",
        "School attendance is fine – Tiernan 97%, [[Róisín]] 96% – no concerns about school attendance.",
        "",
        "Mum’s on board with the step up – she says she knows she’s struggling.",
        "",
        "My TM has signed this off on EHM – management oversight case note dated 13/09/2028.",
        "",
        "Thanks",
        "Keeley",
        "",
        "{{Keeley Brannigan}}",
        "Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council",
        "0151 496 0583",
    ]
    form = docx_att("Appendix 1 - FF Step Up Request - McGowan Brady.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-61530 / EHM-61531",
        "Date of step up TAF meeting: Wednesday 20/09/2028 10:00 (Microsoft Teams)",
        "Recent TAF meeting minutes attached: Yes (31/08/2028)",
        "Graded Care Profile 2 completed: Yes, 08/09/2028 - attached"], [[
            ["What are we worried about?", "Home conditions: no hot water, no bedding, untreated head lice; "
             "cannabis smoked in the flat by mum's partner."],
            ["What is working well?", "Both children attend school (97% / 96%). Mum is honest about how she is coping."],
            ["What needs to happen?", "Step up to CSC for a Child and Family Assessment."],
            ["Management oversight", "Discussed with TM Paula Devine 13/09/2028 - agreed (EHM case note)."]]])
    taf = pdf_att("TAF minutes 31.08.28.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Brady / McGowan    Date: 31/08/2028    Venue: Larchfield Primary",
        "Present: mum, Keeley Brannigan (Family First), school DSL, school nurse.",
        "1. Home conditions: no improvement; gas meter often empty.",
        "2. Head lice treatment not done despite two reminders.",
        "3. Action: case manager to discuss step up with TM."])
    gcp = pdf_att("GCP2 - Brady household.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Completed 08/09/2028 by Keeley Brannigan",
        "Physical care: grade 4   Safety: grade 3   Love and care: grade 2   Stimulation: grade 3",
        "Overall: care consistently falls below the children's needs."])
    top = outlook_top(f, addr("Brannigan, Keeley", "Keeley.Brannigan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step Up Request - EHM-61530 / EHM-61531", when, cc=addr("MASH business support", KBS))
    add(f, word_mail(f, top, blocks, [form, taf, gcp], plain_twin=False), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-61530", "EHM-61531"],
        [ch("Tiernan McGowan", "2016-02-14", "14/02/2016"), ch("Róisín Brady", "2019-03-03", "03-03-19")],
        ["neglect", "substance_misuse"], True, True, [], False, "request_info",
        "HTML-only Outlook body in Word 'filtered medium' mso markup with MsoTableGrid tables; Word splits "
        "'Mc|Gowan' and '14/02/|2016' across two <span> runs and wraps 'Róisín' in SpellE spans, so text must be "
        "joined without spaces. Half-siblings with different surnames (Tiernan McGowan, Róisín Brady); DOB "
        "'03-03-19' = 3 March 2019. Several id systems in one table: EHM ids are case ids (prefix joined, kept); "
        "the NHS numbers and the Merseyside Police ref are not. Adults Shannon Brady, Declan McGowan, Jamie "
        "Rourke, Paula Devine are not children. Concerns: cannabis smoked in the flat by mum's partner = "
        "substance_misuse; no hot water, no bedding, untreated lice = neglect; arrears letters map to no id; 'DA "
        "was historic ... no contact' and 'no concerns about school attendance' are excluded. 'My TM has signed "
        "this off on EHM' = manager_agreed true; 'Mum's on board' = consent true (not a Knowsley step-up "
        "requirement). Form, TAF minutes and GCP2 (neglect) attached, so nothing missing, but 'Wednesday 20th' "
        "from Thu 14 Sep 2028 is 4 WD (15, 18, 19, 20) < 5 -> notice not ok -> request_info.",
        meeting=date(2028, 9, 20), not_children=["Shannon Brady", "Declan McGowan", "Jamie Rourke", "Paula Devine"])

KYLE_ORIG = T("""
Graham,

Here's the step up for Kyle ready to go to MASH once you've had a look - form, TAF minutes and the
Engaging Families toolkit attached.

Kyle Docherty-Lamb, 19.07.14, Case ID on EHM: 58812. Lives with mum Leanne Docherty in Tower Hill;
his little sister Mia (6) lives with their nan in Halewood so isn't part of this.

Over the summer Kyle's been coming in at 2 or 3 in the morning, has a new iPhone and £200 trainers
nobody in the house bought him, and a silver Audi with older lads in it picks him up from the shops on
Kennet Road. He was reported missing to Merseyside Police twice in August (refs MP/28/4471 and
MP/28/4590) and both times turned up the next afternoon saying he'd been "at a mate's".

Mum has cancelled the last four home visits and didn't come to the TAF on 1 September - she says she's
"sick of being judged". I've used the Engaging Families toolkit (attached, score 3/10): it tells me mum
is avoiding rather than unable, and that nothing we've offered has been taken up since June.

Step up TAF: the 22nd at 10am, Kirkby Family Hub (it's a Friday - I know Wednesdays are preferred but
school can only release the DSL that day). I'll send the calendar invite to MASH and MASH business
support.

Mum knows I'm asking for the step up and she doesn't agree with it - she says Kyle is "just being a
teenager" and that she won't sign anything for social care.

I haven't done the Merseyside Exploitation Assessment yet - I've started it but police need to add
their section.

Jade

Jade Ashworth
Family First Case Manager | Knowsley Council | 0151 496 0714
""")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2028-09-15 09:05:33"
    body = T("""
MASH - forwarding Jade's step up below as she's on a course today and the invite needs to be with you.

I've read it and I agree it needs to go up. My management oversight is on EHM (case note today). The
MEA isn't finished - police are adding their section - and Jade will send it on as soon as it's back.

Graham Hollis
Team Manager, Family First 0-18 (Kirkby)
Knowsley Council
""") + quote("Ashworth, Jade <Jade.Ashworth@knowsley.gov.uk>", "14 September 2028 17:52",
             "Hollis, Graham <Graham.Hollis@knowsley.gov.uk>", "Step up - Kyle - Case ID 58812", KYLE_ORIG)
    form = docx_att("Appendix 1 - Step up request - KDL.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Child: Kyle Docherty-Lamb    DOB: 19/07/2014    Case ID on EHM: 58812",
        "Date of step up TAF meeting: 22/09/2028 10:00, Kirkby Family Hub",
        "Recent TAF meeting minutes attached: Yes",
        "Engaging Families toolkit used: Yes - attached",
        "Merseyside Exploitation Assessment: started, not yet complete"], [[
            ["What are we worried about?", "Late nights, unexplained phone and trainers, older males in a car, two missing episodes; mum not engaging."],
            ["What is working well?", "Kyle still goes to school most days and likes his football coach."],
            ["What needs to happen?", "Step up to CSC; exploitation assessment to be completed with police."]]])
    taf = docx_att("TAF minutes 01.09.28.docx", [
        "# TAF review minutes - Docherty-Lamb", "01/09/2028, Kirkby Family Hub",
        "Mum did not attend. Kyle attended for ten minutes.",
        "School: Kyle arriving tired, new expensive items noticed by staff.",
        "Agreed: case manager to consider step up with TM."])
    ef = pdf_att("Engaging Families toolkit - KDL.pdf", "ENGAGING FAMILIES TOOLKIT", [
        "Family: Docherty-Lamb   Completed by: Jade Ashworth, 12/09/2028",
        "Score: 3/10. Pattern: avoidance of home visits and TAF meetings; no take-up of offers since June.",
        "What it tells us: mum is choosing not to engage rather than being unable to."])
    top = outlook_top(f, addr("Hollis, Graham", "Graham.Hollis@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Step up - Kyle - Case ID 58812", when,
                      cc="%s, %s" % (addr("MASH business support", KBS), addr("Ashworth, Jade", "Jade.Ashworth@" + KDOM)))
    add(f, mail(f, top, body, [form, taf, ef], html_alt=True), "knowsley", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["58812"], [ch("Kyle Docherty-Lamb", "2014-07-19", "19.07.14")],
        ["exploitation", "missing", "non_engagement"], False, True, ["exploitation_assessment"], True,
        "request_info",
        "Forwarded request with the forwarder's own comment: the Family First TEAM MANAGER forwards the worker's "
        "step-up and writes 'I agree it needs to go up' -> manager_agreed true. 'Case ID on EHM: 58812' / 'Case ID "
        "58812' -> label dropped; police missing-person refs are not case ids. Concerns without the category "
        "words: late nights, unexplained iPhone and trainers, older lads in a car = exploitation; 'reported "
        "missing ... twice' = missing; cancelled visits, no TAF attendance = non_engagement (Engaging Families "
        "toolkit attached, met). The Merseyside Exploitation Assessment is only started -> exploitation_assessment "
        "missing. 'Mum knows ... and she doesn't agree with it ... won't sign anything' = consent false (not a "
        "Knowsley step-up requirement, so not missing). Mia (first name only, lives elsewhere) and Leanne Docherty (mum) are "
        "not children. 'the 22nd at 10am' = Fri 22 Sep: from Fri 15 Sep exactly 5 WD -> ok.",
        meeting=date(2028, 9, 22), not_children=["Leanne Docherty", "Jade Ashworth", "Graham Hollis"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2028-09-26 08:22:40"
    text = T("""
Hi FF duty,

Letting you know about a step down from CIN to a Level Two Early Help service for the Rimmer twins, Paige and Macey Rimmer, born 3rd of\x00March 2019 (they're 9 now).

Final CIN meeting: Thursday week (not this Thursday, the one after) at 2pm, Huyton Family Hub, meeting room 3.

New Lead Practitioner: Deborah Kinsella, Assistant Head and DSL at St Brendan's Vale Catholic Primary School - she has agreed to pick up the EHA and the TAF.

What are we worried about?
Mum's low mood - her GP has increased her medication and she's on the Talking Therapies waiting list. Macey is on the SEN register for speech and language. The twins share a bed because the house is too small.

What's working well?
Both girls are in school every day (96% and 97%) - no concerns about school attendance. Mum has come to every CIN meeting. Dad, Craig Rimmer, has the girls every weekend and that works well. The DA in 2023 was historic - mum's ex-partner has had no contact since and is out of the area. Macey talks non-stop about their new puppy, Bonnie.

What needs to happen?
School to lead an EHA and TAF at Level 2; SALT review for Macey; mum to keep going to her GP and Talking Therapies; housing application to be updated.

Mum's on board with the step down.

Ta,
Ravi

Ravi Sandhu
Social Worker, CIN Team 2, Knowsley Council
0151 496 0671

Sent from my iPhone
""")
    body = flowed(text)
    top = plain_top(f, addr("Sandhu, Ravi", "Ravi.Sandhu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down CIN → EH - Rimmer twins - ICS 1302941/1302942", when, KDOM, "iPhone Mail (22A3354)")
    root = text_part(body, cte="8bit", params="; format=flowed; delsp=no")
    add(f, build(top, root, False, allow_8bit=True), "knowsley", "early_help_duty", when, 3, "ordinary",
        "step_down", False, 2, ["1302941", "1302942"],
        [ch("Paige Rimmer", "2019-03-03", "3rd of March 2019", as_written="Paige and Macey Rimmer"),
         ch("Macey Rimmer", "2019-03-03", "3rd of March 2019")],
        ["disability_send", "parental_mental_health"], True, None, [], True, "book_meeting",
        "iPhone text/plain format=flowed (8bit UTF-8): the twins' one DOB 'born 3rd of March 2019' is split by a "
        "soft line break after 'of', so it is only whole once the flowed text is joined. 'Paige and Macey Rimmer' "
        "= two children sharing one DOB. Subject 'CIN → EH' (RFC 2047) plus 'Level Two' in words -> level 2. "
        "'ICS 1302941/1302942' -> two ids, label dropped. 'Thursday week (not this Thursday, the one after)' from "
        "Tue 26 Sep = Thu 5 Oct: 7 WD -> ok (reading it as Thu 28 Sep would give 2). Venue given; all three Signs "
        "of Safety headings answered; lead practitioner named with agency. Concerns: mum's low mood = "
        "parental_mental_health; SEN register for speech and language = disability_send; overcrowding maps to no "
        "id; 'no concerns about school attendance' and the historic 2023 DA are excluded. Craig Rimmer (dad), "
        "Deborah Kinsella (LP) and the puppy Bonnie are not children. 'Mum's on board' = consent true (not "
        "required at L2).",
        meeting=date(2028, 10, 5), not_children=["Craig Rimmer", "Deborah Kinsella"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2028-10-26 14:20:15"
    body = T("""
Hi,

Please find attached the step down notification for the Carberry children. Everything is on the form -
the joint home visit is booked with the family for 02/11 at 10.

I've had to use the old Word template as EHM was down this afternoon.

Thanks
Aoife

Aoife Mulhern
Social Worker | Assessment Team 1 | Knowsley Council
""")
    form = docx_att("Step down notification - Carberry.docx", [
        "# Children's Social Care - Step Down Notification to Family First 0-18",
        "Please complete every box and send to the Family First 0-18 duty mailbox at least 5 working days before the meeting or visit."], [[
            ["ICS case number", "ICS-1311207"],
            ["Child 1 - name", "Harley Carberry"],
            ["Child 1 - date of birth", "11/08/2017"],
            ["Child 2 - name", "Lily-Rose Carberry"],
            ["Child 2 - date of birth", "5th Nov 2021"],
            ["Parents / carers", "Kerry Watts (mum); Wayne Carberry (dad) - separated, both have PR"],
            ["Stepping down to", "Family First 0-18 - a Family First Case Manager to co-ordinate the TAF"],
            ["Final CIN meeting / joint home visit (date, time, venue)",
             "Joint home visit 02/11 at 10:00 - mum's address, 27 Sandringham Walk, Halewood L26"],
            ["What are we worried about?",
             "Mum's drinking has crept back up at weekends (she says 'a few cans'; Harley says she 'sleeps all "
             "Sunday'). On those days Harley (11) does the shopping, makes the tea and gets Lily-Rose ready."],
            ["What is working well?",
             "Dad has the children Wednesday nights and alternate weekends and is reliable. Both children are well "
             "presented. Mum has started with Change Grow Live."],
            ["What needs to happen?",
             "Family First case manager to lead the TAF; young carers assessment for Harley; mum to continue with "
             "CGL; school and nursery to share attendance weekly."],
            ["Parental consent to Family First referral",
             "Dad - yes, happy for EH to be involved. Mum - hasn't decided yet, wants to talk it over with her sister."],
            ["Team manager agreement", "Awaiting TM sign-off"],
            ["Completed by / date", "A. Mulhern, 26/10/2028"]]])
    top = outlook_top(f, addr("Mulhern, Aoife", "Aoife.Mulhern@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down notification form - ICS-1311207", when)
    add(f, mail(f, top, body, [form], html_alt=True), "knowsley", "early_help_duty", when, 8, "ordinary",
        "step_down", False, None, ["ICS-1311207"],
        [ch("Harley Carberry", "2017-08-11", "11/08/2017"), ch("Lily-Rose Carberry", "2021-11-05", "5th Nov 2021")],
        ["substance_misuse", "young_carer"], True, None, [], True, "book_meeting",
        "All the fields are in the attached .docx form (the body says only 'everything is on the form'). No level "
        "is written: 'Family First Case Manager to co-ordinate' implies level 3, so level null and level-3 "
        "requirements apply. Consent: 'Dad - yes, happy for EH to be involved. Mum - hasn't decided yet' -> true "
        "(one parent with PR has consented; see borderlines). 'Awaiting TM sign-off' -> manager_agreed null (not "
        "required). Mum's weekend drinking = substance_misuse; Harley shopping/cooking/getting his sister ready = "
        "young_carer. Joint home visit '02/11 at 10:00' at mum's address = Thu 2 Nov 2028: from Thu 26 Oct (BST) "
        "to Thu 2 Nov (GMT) exactly 5 WD (27, 30, 31, 1, 2) -> ok. Kerry Watts and Wayne Carberry are adults.",
        meeting=date(2028, 11, 2), not_children=["Kerry Watts", "Wayne Carberry", "Aoife Mulhern"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2028-10-30 09:12:51"
    chase = T("""
Your step-up request [SB-knowsley-57] is still waiting for:
- gcp2: the Graded Care Profile 2 (GCP2), because the concerns include neglect

Please reply to this email with the document attached, keeping [SB-knowsley-57] in the subject.
The step-up TAF meeting cannot go ahead until the request is complete.

Knowsley MASH (automated reminder)
""")
    body = T("""
Hi,

GCP2 attached - sorry, the GCP2 app only exports RTF. The TAF minutes already went over with the
original request.

Nadine

Nadine Okoro | Family First Case Manager | Knowsley Council
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "27 October 2028 09:00",
             "Okoro, Nadine <Nadine.Okoro@knowsley.gov.uk>",
             "[SB-knowsley-57] Still needed for your step-up request: GCP2", chase)
    gcp = rtf_att("GCP2_EHM-60977.rtf", [
        ("h", "Graded Care Profile 2 \u2013 Summary Report"),
        ("p", "Child: Ellis Fairhurst\tDate of birth: 09/01/2021"),
        ("p", "Assessor: Nadine Okoro (Family First 0-18)\tDate completed: 24/10/2028"),
        ("table", [["Area", "Grade", "Evidence"],
                   ["Physical care", "4", "No food in the fridge on three of four visits; Ellis in the same clothes all week; soiled bedding not changed."],
                   ["Safety", "3", "Medication left within reach; broken bedroom window unrepaired since July."],
                   ["Love and care", "2", "Warm, affectionate relationship with dad."],
                   ["Stimulation and education", "3", "Two dental appointments missed; no books or toys seen."]],
         [1800, 900, 6300]),
        ("p", "Overall: care consistently falls below the level Ellis needs (neglect). Shared with dad on 24/10/2028."),
    ])
    top = outlook_top(f, addr("Okoro, Nadine", "Nadine.Okoro@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-57] Still needed for your step-up request: GCP2", when,
                      cc=addr("MASH business support", KBS), reply_to_mid="<SB-knowsley-57.chase.20281027090000@knowsley.gov.uk>")
    add(f, mail(f, top, body, [gcp]), "knowsley", "mash_step_up", when, 5, "ordinary",
        "follow_up", False, None, ["EHM-60977"], [ch("Ellis Fairhurst", "2021-01-09", "09/01/2021")],
        ["neglect"], None, None, [], None, "attach_to_request",
        "Reply to stepbot's own chase ([SB-knowsley-57] in the subject and the quoted reminder) that adds the "
        "missing GCP2 as an RTF attachment -> follow_up. The case id EHM-60977 is written ONLY in the "
        "attachment's file name 'GCP2_EHM-60977.rtf' (convention: a file name is part of the message's text). "
        "The child, DOB and the neglect evidence are only inside the RTF (a table). The quoted chase's 'still "
        "waiting for' list is stepbot's own text, not a concern. follow_up: missing [] and no notice.")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2028-09-15 08:03:12"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "DECLINED",
                      "Step-up TAF meeting - McGowan / Brady (EHM-61530) [SB-knowsley-49]",
                      "20280920T100000", "20280920T113000", "Microsoft Teams Meeting",
                      comment="Declining - I'm on the duty rota all day on the 20th. Bryony Tate will chair "
                              "instead; I've forwarded her the invite and the paperwork.")
    add(f, data, "knowsley", "mash_step_up", when, 2, "ordinary",
        "meeting_reply", False, None, ["EHM-61530"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT naming a colleague who will chair instead -> "
        "record_reply. The case id in the SUMMARY/Subject is the only field (surnames only, no child named).")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2028-09-18 10:31:02"
    body = T("""
Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do piątku 22 września 2028 r. i nie mam dostępu do poczty.

W sprawach pilnych, w tym rezerwacji tłumaczy na spotkania dotyczące dzieci i rodzin, proszę
kontaktować się z biurem LinguaLink: bookings@lingualink.example.com lub tel. 0151 496 0902.

Pozdrawiam
Agnieszka Wróblewska
Tłumaczka języka polskiego | LinguaLink Interpreting
""")
    data = ooo(f, when, "Wróblewska, Agnieszka", "a.wroblewska@lingualink.example.com", addr("Knowsley MASH", KMASH),
               "Step-up TAF meeting - Kowalczyk family [SB-knowsley-52]", body,
               prefix="Automatyczna odpowiedź: ", lang="pl-PL")
    add(f, data, "knowsley", "mash_step_up", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office written entirely in Polish ('Automatyczna odpowiedź:' RFC 2047 subject, Auto-Submitted: "
        "auto-replied) from an interpreter -> ignore. 'dzieci i rodzin' (children and families) is boilerplate; "
        "the subject names a family, no child.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2028-10-23 16:48:30"
    body = T("""
Hello,

I'd like to let you know about a step down to Family First (Level 3) for Zac Flanagan (8) and
Ellie-Jo Flanagan (dob:3/3/19). ICS: 1298830.

Joint home visit with a Family First case manager: Tuesday 31st October at 1.30pm at the family home,
9 Pennard Avenue, Stockbridge Village.

What are we worried about?
Mum's anxiety means she often can't get Zac to school - he's on a part-time timetable after two
fixed-term exclusions this term - and Ellie-Jo was late 14 times last half term.

What's working well?
Mum is warm with both children and asks for help when she needs it. Nan (Pauline Flanagan) does the
school run twice a week. No concerns about home conditions or about anyone else in the household.

Mum's fine with Family First coming in - she said so at the CIN review last week.

Thanks,
Seun

Oluwaseun Adebayo
Social Worker, CIN Team 1
Knowsley Council
""")
    top = outlook_top(f, addr("Adebayo, Oluwaseun", "Oluwaseun.Adebayo@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step down to Family First Level 3 - Flanagan - ICS: 1298830", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 7, "ordinary",
        "step_down", False, 3, ["1298830"],
        [ch("Zac Flanagan"), ch("Ellie-Jo Flanagan", "2019-03-03", "3/3/19")],
        ["parental_mental_health", "school_attendance"], True, None, ["worries_strengths_next"], True,
        "request_info",
        "A Level 3 STEP-DOWN sent to the MASH step-up inbox by mistake: mailbox mash_step_up (the To address), "
        "kind step_down (what it is). 'ICS: 1298830' -> label dropped. DOB '(dob:3/3/19)' = 3 March 2019; Zac has "
        "an age only. 'What needs to happen?' is absent -> worries_strengths_next missing. 'Mum's fine with Family "
        "First coming in' = consent true. Part-time timetable, exclusions and lateness = school_attendance; mum's "
        "anxiety = parental_mental_health. Joint home visit 'Tuesday 31st October at 1.30pm' with address: from "
        "Mon 23 Oct 6 WD -> ok. Nan Pauline Flanagan is an adult.",
        meeting=date(2028, 10, 31), not_children=["Pauline Flanagan"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2028-10-12 11:02:45"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with Kemi Balogun (Early Help Practitioner) on Tuesday, I am
stepping this family up to Children's Services. I have discussed it with Kemi and I agree that we
should step up.

Children:
- Oluwadamilare Adeyemi ("Dami"), DOB 11/12/2012 - Mosaic ID 2417733, NHS no. 943 476 5919
- Ebunoluwa Adeyemi ("Ebun"), age 9 - Mosaic ID 2417734

The latest case summary is attached (RTF - it's the export from our Early Help system).

Rationale for step up
Dami has been missing overnight twice since the start of term (Met CAD 1187/29SEP28 and CAD
4412/11OCT28); both times he came home the next day and told Kemi he was "at a friend's in Tooting".
The flat smells strongly of cannabis on every visit - mum's partner smokes in the living room - and
there are unopened bailiff letters and a disconnection notice on the side; the children themselves
are fed, clean and warm. Mum has stopped coming to TAF meetings and has not answered Kemi's last five
calls. We have done what we can at level 3 and the missing episodes are escalating.

Exploitation screening was completed on 20 September and found no indicators; we will keep that under
review.

Consent has not been sought yet - Kemi will speak to mum once we have MASH's view.

Marguerite Fenn
Early Help Team Manager - Wandsworth South
Richmond and Wandsworth Councils
""")
    cs = rtf_att("Case summary - ADEYEMI.rtf", [
        ("h", "EARLY HELP CASE SUMMARY"),
        ("p", "Family: ADEYEMI\tLead practitioner: Kemi Balogun (Early Help, Wandsworth South)"),
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Oluwadamilare (Dami) ADEYEMI", "11/12/2012", "2417733"],
                   ["Ebunoluwa (Ebun) ADEYEMI", "22.04.2019", "2417734"]], [3600, 1800, 1800]),
        ("p", "Parent: Folasade Adeyemi (mother). Mother\u2019s partner: Tunde Lawal (in the household since March 2028)."),
        ("p", "Open to Early Help since January 2028 (level 3) for school attendance and parenting support."),
        ("p", "September\u2013October 2028: two overnight missing episodes (Dami); return home interviews declined."),
        ("p", "TAF 28/09/2028: mother did not attend. Exploitation screening 20/09/2028: no indicators."),
        ("p", "Home: strong smell of cannabis on every visit; debt letters; children fed and clean."),
    ])
    top = outlook_top(f, addr("Fenn, Marguerite", "Marguerite.Fenn@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request – Adeyemi – Mosaic ID 2417733", when)
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["2417733", "2417734"],
        [ch("Oluwadamilare Adeyemi", "2012-12-11", "11/12/2012"), ch("Ebunoluwa Adeyemi", "2019-04-22", "22.04.2019")],
        ["missing", "non_engagement", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete R&W step-up from the EH team manager ('I agree that we should step up' -> manager_agreed true). "
        "Children named in full once and then by nickname ('Dami', 'Ebun'): two children, not four. Ebun's DOB is "
        "only in the RTF case summary ('22.04.2019'); the RTF is the case summary, the rationale is pasted under "
        "its own heading. Several id systems: Mosaic IDs are case ids ('Mosaic ID' label dropped); the NHS number "
        "and Met CAD refs are not. Concerns: overnight missing = missing; partner's cannabis in the living room = "
        "substance_misuse; mum not attending TAF / not answering = non_engagement; bailiff letters map to no id "
        "(children 'fed, clean and warm', so not neglect); exploitation screened negative -> excluded. 'Consent "
        "has not been sought yet' -> null.",
        not_children=["Folasade Adeyemi", "Tunde Lawal", "Kemi Balogun"])

BOATENG_BLOCKS = [
    "Dear Early Help Duty,",
    "",
    "Further to my call with Jasper this morning, the step-down case discussion is agreed for Monday 18th "
    "at 2pm on Teams.",
    "",
    ("table", [["Name", "Date of birth", "Mosaic ID", "School"],
               ["Kwame Boateng", "17th October 2013", "2398811", "Wandle Park Academy (Y10)"],
               ["Alfie [[Reardon]]", "01/05/2020", "2398812", "Orchid Lane Primary (Y4)"]]),
    "",
    "Mum: Abena [[Reardon]]. Kwame’s dad: Kojo Boateng (lives in Kumasi, phone contact). Alfie’s dad: no contact.",
    "",
    ("h", "Worries – status at step-down"),
    ("table", [["Worry", "Status", "Comment"],
               ["Domestic abuse (Alfie’s father)", "Closed", "Historic – 2026; no contact since, non-molestation order expired March 2028, no further incidents"],
               ["Home conditions / neglect", "Closed", "Resolved January 2028 after the move to the new flat"],
               ["Mum’s depression", "Ongoing", "GP managing; Talking Therapies started in August"],
               ["Kwame’s school attendance (81%)", "Ongoing", "Attendance officer involved; mostly Mondays"],
               ["Alfie – speech and language delay", "Ongoing", "EHCP needs assessment requested by school"],
               ["Kwame – cannabis", "Closed", "Stopped in the spring; last three youth-service checks clear"]]),
    "",
    ("h", "Draft plan for Early Help"),
    ("table", [["Need", "Action", "Who", "By when"],
               ["Attendance", "Weekly check-in with Kwame; attendance panel if below 85%", "EH worker / school", "Half term"],
               ["Mum’s wellbeing", "Keep Talking Therapies going; carers’ break", "Mum / GP", "Ongoing"],
               ["Alfie’s speech and language", "Support the EHCP process; SALT sessions", "SENCO / EH worker", "December 2028"]]),
    "",
    "Consent was obtained at the CIN review on 3rd – mum and Kwame both agreed to Early Help continuing the plan.",
    "",
    "Case summary: this is awaiting TM sign-off on Mosaic – I’ll send it as soon as Bea has signed it.",
    "",
    "Kind regards",
    "",
    "{{Hal Rowntree}}",
    "Social Worker, Children in Need Team (Wandsworth)",
    "Richmond and Wandsworth Councils",
]

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2028-09-13 14:16:09"
    top = outlook_top(f, addr("Rowntree, Hal", "Hal.Rowntree@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help – Boateng / Reardon – Mosaic 2398811 & 2398812", when,
                      cc=addr("Lindqvist, Bea", "Bea.Lindqvist@" + RDOM))
    add(f, word_mail(f, top, BOATENG_BLOCKS), "richmond_wandsworth", "early_help_duty", when, 3, "ordinary",
        "step_down", False, None, ["2398811", "2398812"],
        [ch("Kwame Boateng", "2013-10-17", "17th October 2013"), ch("Alfie Reardon", "2020-05-01", "01/05/2020")],
        ["disability_send", "parental_mental_health", "school_attendance"], True, None, ["case_summary"], None,
        "request_info",
        "Word mso HTML with plain twin; three MsoTableGrid tables. Siblings with different surnames. The worries "
        "are a long table with a Status column: only the ONGOING rows count (mum's depression, Kwame's 81% "
        "attendance, Alfie's speech delay with EHCP request); the CLOSED rows (historic DA, resolved neglect, "
        "stopped cannabis) are excluded. Draft plan pasted as a table under its own heading (met). 'Consent was "
        "obtained at the CIN review on 3rd' -> consent true. Case summary 'awaiting TM sign-off' -> case_summary "
        "missing; that phrase is about the summary, and the TM is only copied -> manager_agreed null (not a R&W "
        "step-down requirement). 'Mosaic 2398811 & 2398812' -> two ids.",
        not_children=["Abena Reardon", "Kojo Boateng"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2028-09-15 10:40:00"
    ack = T("""
Thank you - your step-down request has been received (reference SB-richmond_wandsworth-88).
Still needed: the latest case summary.
The case discussion on Monday 18 September 2028 at 14:00 has been recorded.

Early Help Duty (automated message)
""")
    body = T("""
Hi,

Case summary now attached - Bea signed it off on Mosaic this morning.

Hal
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "13 September 2028 14:18",
             "Rowntree, Hal <Hal.Rowntree@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-88] Step down to Early Help – Boateng / Reardon – Mosaic 2398811 & 2398812", ack)
    cs = docx_att("Case summary - Boateng Reardon.docx", [
        "# Case Summary (signed off)",
        "Children: Kwame Boateng (DOB 17/10/2013, Mosaic 2398811); Alfie Reardon (DOB 01/05/2020, Mosaic 2398812).",
        "Open to the Children in Need team since February 2027.",
        "Current needs: mum's depression (GP, Talking Therapies); Kwame's attendance 81%; Alfie's speech and "
        "language delay - EHCP needs assessment requested.",
        "Historic, closed: domestic abuse by Alfie's father (2026) - no contact since.",
        "Consent: mother and Kwame consented to Early Help at the CIN review, 03/09/2028.",
        "Team manager sign-off: B. Lindqvist, 15/09/2028 - step-down to Early Help agreed."])
    top = outlook_top(f, addr("Rowntree, Hal", "Hal.Rowntree@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-88] Step down to Early Help – Boateng / Reardon – Mosaic 2398811 & 2398812",
                      when, reply_to_mid="<SB-richmond_wandsworth-88.ack.20280913141800@richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [cs]), "richmond_wandsworth", "early_help_duty", when, 2, "ordinary",
        "follow_up", False, None, ["2398811", "2398812"],
        [ch("Kwame Boateng", "2013-10-17", "17/10/2013"), ch("Alfie Reardon", "2020-05-01", "01/05/2020")],
        ["disability_send", "parental_mental_health", "school_attendance"], True, True, [], None,
        "attach_to_request",
        "Follow-up with the stepbot reference supplying the case summary that richmond_wandsworth_02 lacked. "
        "Manager agreement only inside the attached summary ('Team manager sign-off ... step-down ... agreed') "
        "-> true; consent and the ongoing concerns also from the attachment; the historic DA is excluded.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2028-09-28 09:37:21"
    body = T("""
Hi Jasper and EH duty,

As discussed on the phone, confirming the step-down case discussion on Monday 2nd October at 2pm
(Teams). Bea will join as my TM.

Children: Beatriz Gonçalves Ferreira (DOB 12/03/2015) and her brother Tomás Gonçalves Ferreira (4).

Case summary
The family have been open to CIN since March 2028, after school found that Beatriz (13) was doing most
of the caring for mum, Marta Gonçalves, who has MS and has had two hospital admissions this year.
Beatriz cooks, does the shopping and manages mum's medication, and has told school she is tired all the
time. Mum's mood has been low since her diagnosis and she now sees the community mental health team.
There are no concerns about school attendance (Beatriz 97%) or about Tomás at nursery. The domestic
abuse that led to a referral in 2024 is historic: the children's father, Rui Ferreira, moved to Portugal
that year and has had no contact with the children since.

Draft plan for Early Help
1. Young carers assessment and the Carers Trust group for Beatriz - Early Help worker, by November.
2. Adult social care review of mum's care package, to reduce what Beatriz does at home.
3. Mum to keep her CMHT appointments; Early Help to help with transport.
4. TAF review in 6 weeks.

Consent
Mum has consented to Early Help carrying on with the plan. Rui rang me last week when a relative told
him about the CIN plan and said he does not want "social services" involved. He is not on either
child's birth certificate and has no parental responsibility, and mum is clear that she wants the
support.

Morwenna Tait
Social Worker, Children in Need (Richmond)
Richmond and Wandsworth Councils
""")
    tnef = make_tnef(f, "Step down – Gonçalves Ferreira – Mosaic: 2389104", body, when)
    top = outlook_top(f, addr("Tait, Morwenna", "Morwenna.Tait@" + RDOM), addr("Early Help Duty", RED),
                      "Step down – Gonçalves Ferreira – Mosaic: 2389104", when)
    top = [(k, v) if k != "X-MS-TNEF-Correlator" else (k, "<%s@%s>" % (sha(f, "tc")[:24].upper(), RDOM)) for k, v in top]
    root = multipart("mixed", [text_part(body), binary_part("application/ms-tnef", "winmail.dat", tnef)], bnd(f, 1))
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 9, "near_miss",
        "step_down", False, None, ["2389104"],
        [ch("Beatriz Gonçalves Ferreira", "2015-03-12", "12/03/2015"), ch("Tomás Gonçalves Ferreira")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Outlook rich-text mail: text/plain twin plus an application/ms-tnef winmail.dat (a TNEF stream whose "
        "attBody repeats the text); the label does not depend on decoding the TNEF. Two-part UNHYPHENATED "
        "surname 'Gonçalves Ferreira' (mum Marta Gonçalves and father Rui Ferreira are adults). Case summary and "
        "draft plan pasted under their own headings. Consent: mum (PR) consents; the father without parental "
        "responsibility objects -> consent true. Near miss: 'domestic abuse ... historic ... no contact' is "
        "excluded. Mum's low mood = parental_mental_health (her MS maps to no id); Beatriz caring = young_carer; "
        "'no concerns about school attendance' excluded. 'Bea will join as my TM' is not agreement -> null. "
        "'Mosaic: 2389104' -> label dropped.",
        not_children=["Marta Gonçalves", "Rui Ferreira"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2028-10-17 13:55:10"
    body = T("""
Hi MASH,

I'm not making a step-up request yet - I'd just like a steer from a MASH manager before I take this to
my TM, as I'm honestly not sure it meets the threshold.

I'm working with Noah Pryce-Whitfield (Year 4, DOB 08/02/2020) and his mum at level 3. Since the
summer Noah has been coming into school hungry most Mondays, and last week he told his teacher that
dad "drinks all weekend and sleeps". Dad has him every weekend. Mum's view is that it's "just dad
being dad".

Is this something you would want to see as a step up, or should I keep it at Early Help and do a GCP2
first? I haven't spoken to my TM or to either parent about a step up.

Thanks,
Samira

Samira Noor
Early Help Practitioner, Richmond Family Hub (Ham)
""")
    top = outlook_top(f, addr("Noor, Samira", "Samira.Noor@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up? – advice please (not a referral yet)", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 6, "ordinary",
        "other", False, None, [], [ch("Noah Pryce-Whitfield", "2020-02-08", "08/02/2020")],
        ["neglect", "substance_misuse"], None, None, [], None, "human_review",
        "Looks like a step-up (subject 'Step up?', MASH step-up inbox) but is a request for advice: 'I'm not "
        "making a step-up request yet ... I'd just like a steer' -> other -> human_review, missing []. Fields "
        "still labelled from the text: hungry most Mondays = neglect; dad 'drinks all weekend' = "
        "substance_misuse; 'haven't spoken to my TM or to either parent' -> consent and manager null.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2028-10-13 08:47:55"
    data = itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "TENTATIVE",
                      "Step-up case discussion – Adeyemi [SB-richmond_wandsworth-93]",
                      "20281016T100000", "20281016T110000", "Microsoft Teams Meeting",
                      comment="Tentative - I'm in a strategy meeting that may overrun. If I can't make it "
                              "Keziah will cover. Kemi (the EH worker) will definitely be there.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT -> record_reply. Surname only in the summary.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2028-11-01 15:22:04"
    body = T("""
This is an automated message from the SecureGate email service at Oakfield Primary School.

Your message:
  Subject: Step-up case discussion - invitation [SB-richmond_wandsworth-97]
  Sent:    01/11/2028 15:20
  To:      head@oakfield-primary.example.org

has been HELD by the recipient's email security policy (blocked attachment type: .ics).
The recipient has been told and may release it. You do not need to do anything.

Do not reply to this message - this mailbox is not monitored.
""")
    top = plain_top(f, addr("SecureGate", "postmaster@oakfield-primary.example.org"), addr("MASH Step Up", RSU),
                    "Message held: Step-up case discussion - invitation [SB-richmond_wandsworth-97]", when,
                    "securegate.oakfield-primary.example.org", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("Return-Path", "<>")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 2, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Email-security 'message held' notification (Auto-Submitted: auto-generated, empty Return-Path) about "
        "stepbot's own invitation -> auto_reply -> ignore.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2028-10-31 10:09:37"
    body = T("""
Hi Jasper,

Thanks for the call. Confirming the step-down case discussion for Friday 3rd November at 10am, Teams.

Isla MacLeod and Callum MacLeod - details from Mosaic below.

Person ID   Name               DOB          Gender
2431876     MACLEOD, Isla      21/06/2016   F
2431877     MACLEOD, Callum    04/09/2018   M

The latest case summary and the draft Early Help plan are attached.

Current picture: Callum's attendance has dropped to 84% (mostly Mondays); mum, Fiona MacLeod, has
anxiety and finds mornings very hard. Isla is doing well at school and has a good group of friends.
I'll talk to mum about Early Help taking over the plan when I see her on Thursday.

Kind regards
Priyanka Desai
Social Worker, Family Support & Child Protection (Richmond)
Richmond and Wandsworth Councils

-------------------------------------------------------------------------------
CONFIDENTIALITY AND DATA PROTECTION NOTICE
This email and any attachments are confidential and may contain personal and
sensitive information about children, young people and their families. It is
intended only for the named recipient(s). If you have received it in error,
please notify the sender immediately, delete it and do not copy, forward or
disclose it. Richmond and Wandsworth Councils process personal data in
accordance with the UK GDPR and the Data Protection Act 2018. Information about
children and families must only be shared with the consent of the person
concerned, or where there is another lawful basis such as safeguarding; consent
may be withdrawn at any time. Parents and carers can ask how their information
is used at www.richmond.gov.uk/privacy. If you believe a child is at immediate
risk of harm, call the police on 999; if you are worried about a child, contact
the MASH. Emails sent to and from the Councils may be monitored and recorded.
Views expressed are those of the author and not necessarily the Councils'.
-------------------------------------------------------------------------------
""")
    cs = docx_att("Case summary - MacLeod.docx", [
        "# Case Summary - MacLeod",
        "Open to Family Support since May 2028 after a referral from school about Callum's lateness.",
        "Mum (Fiona MacLeod) has generalised anxiety; GP and Talking Therapies involved.",
        "Isla: doing well at school. Callum: attendance 84%, late most Mondays."])
    plan = pdf_att("Draft EH plan - MacLeod.pdf", "DRAFT EARLY HELP PLAN - MacLeod", [
        "1. Morning routine support for mum - Early Help worker, weekly for 6 weeks.",
        "2. Callum's attendance to 92% by February - school attendance lead.",
        "3. Mum to continue Talking Therapies."])
    top = outlook_top(f, addr("Desai, Priyanka", "Priyanka.Desai@" + RDOM), addr("Early Help Duty", RED),
                      "Step down – MacLeod – case discussion Fri 3rd", when)
    add(f, mail(f, top, body, [cs, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2431876", "2431877"],
        [ch("Isla MacLeod", "2016-06-21", "21/06/2016"), ch("Callum MacLeod", "2018-09-04", "04/09/2018")],
        ["parental_mental_health", "school_attendance"], None, None, ["consent"], None, "request_info",
        "Near miss by boilerplate: a long council disclaimer about 'children', 'consent ... withdrawn' and 'If you "
        "believe a child is at immediate risk of harm, call ... 999' - none of it is about this family, so not "
        "urgent and not consent. The body only says 'I'll talk to mum about Early Help ... on Thursday' -> "
        "consent null -> consent missing. Mosaic paste with names in ALL CAPS ('MACLEOD, Isla') repeats the "
        "children already named in normal case: two children, not four; 'Person ID' column values are the case "
        "ids. Mum Fiona MacLeod is an adult. Case summary and draft plan attached.",
        not_children=["Fiona MacLeod"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

MIAH_ORIG = T("""
Rubina,

Step up for the Miah children for your oversight before it goes to MAST - the MARF is attached.

Zayan Miah (DOB 23/05/2018) and Aleena Miah (DOB 14/01/2021). Mosaic ID: 1498820 (the family were
open to CSC briefly in 2025). Mum is 28 weeks pregnant - baby Miah is due 14/12/2028.

Worries: mum told me on Monday that dad takes her bank card and her phone, checks where she has been,
and that she is frightened of what he will do if she "talks to social services". Zayan has started
wetting the bed and flinches when dad raises his voice. Dad has refused every home visit since July
and walked out of the last TAF.

Mum consents to the referral to MAST and signed the MARF.

Shamima

Shamima Khatun
Early Help Practitioner, Bow and Poplar Locality
""")

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2028-09-20 13:05:12"
    body = T("""
MAST - I agree this needs to step up and I have signed the management oversight on Mosaic.

BUT PLEASE NOTE - this has changed since Shamima wrote it yesterday. School rang me at 12:40: Zayan has
a fresh burn on his forearm, about the size of an iron, and told his teacher "Abba did it this morning
because I was slow". Dad is collecting both children from school at 3.15 today. I am phoning MAST duty
on 0207 364 5606 now as well.

Rubina Akhtar
Early Help Team Manager (Bow and Poplar)
London Borough of Tower Hamlets
""") + quote("Khatun, Shamima <Shamima.Khatun@towerhamlets.gov.uk>", "19 September 2028 16:40",
             "Akhtar, Rubina <Rubina.Akhtar@towerhamlets.gov.uk>", "Step up request - Miah - Mosaic ID 1498820",
             MIAH_ORIG)
    marf = docx_att("MARF - Miah.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Referrer: Shamima Khatun, Early Help Practitioner, Bow and Poplar Locality"], [[
            ["Child", "DOB", "Mosaic ID"],
            ["Zayan Miah", "23/05/2018", "1498820"],
            ["Aleena Miah", "14/01/2021", "1498820"],
            ["Reason for request", "Coercive control of mother by father; child showing distress; father refusing all contact with Early Help.", ""],
            ["Parental consent", "Yes - mother signed 19/09/2028", ""],
            ["Is there an immediate risk?", "No (at the time of writing)", ""]]])
    top = outlook_top(f, addr("Akhtar, Rubina", "Rubina.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "FW: Step up request - Miah - Mosaic ID 1498820", when,
                      cc=addr("Khatun, Shamima", "Shamima.Khatun@" + TDOM), extra=[("Importance", "high")])
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2, "urgent",
        "step_up", True, None, ["1498820"],
        [ch("Zayan Miah", "2018-05-23", "23/05/2018"), ch("Aleena Miah", "2021-01-14", "14/01/2021")],
        ["domestic_abuse", "non_engagement", "physical_harm"], True, True, [], None, "alert_duty",
        "URGENT: the forwarding team manager's OWN comment on top adds what the quoted request (and the MARF's "
        "'Immediate risk? No') does not: a fresh iron-sized burn the child attributes to dad this morning, and "
        "dad collects both children at 3.15 today. The forward itself is a complete MAST step-up (MARF attached; "
        "'I agree this needs to step up' from the TM -> manager_agreed true; 'Mum consents' -> true). Concerns: "
        "coercive control = domestic_abuse; the burn = physical_harm; dad refusing every visit = non_engagement. "
        "The unborn 'baby Miah' (due 14/12/2028) is not a child. The Mosaic id appears once per child in the MARF "
        "but is one id.",
        not_children=["Shamima Khatun", "Rubina Akhtar"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2028-10-03 10:28:44"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "Please find below the step-down details for Safiya and Arif following the Child and Family "
        "Assessment, which concluded on 29 September. I will arrange and chair the TAF meeting on Thursday 12 "
        "October at 10am at Stepney Green Family Hub, and the minutes will go on Mosaic.",
        "",
        ("table", [["Person ID", "Name", "DOB", "NHS No."],
                   ["1502210", "UDDIN, Safiya", "02/02/¦2016", "612 884 1029"],
                   ["1502211", "ISLAM, Arif", "28.11.2020", "612 884 3377"]]),
        "",
        "Safiya Uddin and her half-brother Arif Islam live with their mum, [[Rehana]] Uddin, in a "
        "two-bedroom flat in Stepney.",
        "",
        ("h", "Needs at step-down"),
        ("table", [["Area", "Status"],
                   ["Housing – overcrowding", "Ongoing – on the housing register"],
                   ["Mum’s depression", "Ongoing – improving; GP reviewing medication monthly"],
                   ["Arif – global developmental delay", "Ongoing – EHCP in place at Jubilee Wharf Primary"],
                   ["Domestic abuse (Arif’s father)", "Closed – historic (2025); he left the UK in 2026 and there has been no contact"],
                   ["Safiya’s attendance", "No concerns – 98%"]]),
        "",
        "{{Lead Practitioner:}} Ms [[Farzana]] Haque, Family Support Worker, Stepney Green Family Hub – she "
        "has met mum and agreed to take on the role.",
        "",
        "{{Consent:}} Mum signed the consent section of the TAF plan on 2 October.",
        "",
        "Attached: the Child and Family Assessment (PDF) and the draft TAF plan (Word).",
        "",
        "Tom Fairweather",
        "Social Worker, Children’s Social Work Team 3",
        "London Borough of Tower Hamlets",
    ]
    cfa = pdf_att("CFA - Uddin Islam.pdf", "CHILD AND FAMILY ASSESSMENT - OUTCOME", [
        "Children: Safiya Uddin, Arif Islam    Assessment concluded: 29/09/2028",
        "Outcome: step down to Early Help (TAF with a Lead Practitioner).",
        "Analysis: mum's depression is improving with GP support; Arif's needs are met through his EHCP."])
    plan = docx_att("Draft TAF plan - Uddin Islam.docx", [
        "# Draft TAF plan", "1. Mum's wellbeing: GP reviews; Family Hub wellbeing group.",
        "2. Arif: EHCP annual review in January; SALT at school.",
        "3. Housing: support with the bidding system.",
        "Consent: I agree to the TAF plan. Signed: R. Uddin, 02/10/2028"])
    top = outlook_top(f, addr("Fairweather, Tom", "Tom.Fairweather@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to EH – Uddin/Islam – TAF 12/10", when)
    add(f, word_mail(f, top, blocks, [cfa, plan], plain_twin=False), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1502210", "1502211"],
        [ch("Safiya Uddin", "2016-02-02", "02/02/2016"), ch("Arif Islam", "2020-11-28", "28.11.2020")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "HTML-only Word mso body with two MsoTableGrid tables. A Mosaic paste gives the children in ALL CAPS "
        "'SURNAME, Forename' ('UDDIN, Safiya', 'ISLAM, Arif'); the sentence below names the same two half-siblings "
        "in normal case: two children, not four. Person IDs are case ids; NHS numbers are not. Word splits the DOB "
        "'02/02/|2016' across runs. Needs table with a Status column: ongoing mum's depression and Arif's delay "
        "(EHCP) count; overcrowding maps to no id; the closed historic DA and 'No concerns' attendance are "
        "excluded. Complete: C&F assessment PDF, TAF plan, consent, named Lead Practitioner with agency.",
        not_children=["Rehana Uddin", "Farzana Haque"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2028-10-12 15:12:30"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Hodan Warsame and her brother Abdirahman
Warsame.

I should be open that my TM's response on the management oversight section was "not at this stage" -
he would like us to try a further six weeks of TAF first. The school DSL and I don't agree, because of
what Abdirahman has been watching online, and we would like MAST's view. I am copying Faisal.

Khadra Abdi
Early Help Practitioner, Whitechapel Locality
London Borough of Tower Hamlets
""")
    marf = docx_att("MARF Warsame Oct 2028.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Referrer: Khadra Abdi, Early Help Practitioner    Date: 12/10/2028"], [[
            ["Child 1", "Hodan Warsame", "DOB: 19 March 2015"],
            ["Child 2", "Abdirahman Warsame", "DOB: 6/9/2017"],
            ["Known to CSC / Mosaic ID", "Not known to CSC (Early Help case only)", ""],
            ["Parent / carer", "Sahra Warsame (mother); father lives in Leicester", ""],
            ["Reason for request",
             "Abdirahman (11) has been watching videos from an extremist channel on his tablet and repeating its "
             "views about 'non-believers' at school; school made a Prevent referral on 2 October. Hodan (13) does "
             "the cooking, bathes and feeds her brother and does the school run most days while mum works night "
             "shifts.", ""],
            ["Strengths", "Mum is loving and wants help; both children attend well - no concerns about attendance.", ""],
            ["Parental consent", "Not yet asked - Prevent advised us not to discuss with mum until the Channel panel has met.", ""],
            ["Management oversight", "TM: not at this stage - continue TAF for 6 weeks and review. F. Chowdhury, 11/10/2028", ""]]])
    top = outlook_top(f, addr("Abdi, Khadra", "Khadra.Abdi@" + TDOM), addr("MAST", TMAST),
                      "Step up – Warsame – MARF attached", when, cc=addr("Chowdhury, Faisal", "Faisal.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 5, "ordinary",
        "step_up", False, None, [],
        [ch("Hodan Warsame", "2015-03-19", "19 March 2015"), ch("Abdirahman Warsame", "2017-09-06", "6/9/2017")],
        ["radicalisation", "young_carer"], None, False, ["manager_agreed"], None, "request_info",
        "MAST step-up whose MARF (.docx) holds the fields. 'TM: not at this stage' (form) and 'my TM's response "
        "... was \"not at this stage\"' (body) = the manager has declined for now -> manager_agreed false -> "
        "missing. Consent 'Not yet asked' -> null (not a Tower Hamlets step-up requirement). No case id ('Not "
        "known to CSC'). Extremist videos and a Prevent referral = radicalisation; Hodan's cooking, bathing and "
        "school run = young_carer; 'no concerns about attendance' excluded. DOB '6/9/2017' = 6 September 2017.",
        not_children=["Sahra Warsame", "Khadra Abdi"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2028-11-03 11:20:19"
    ack = T("""
Your step-down request (reference SB-tower_hamlets-140) has been received.

Still needed:
- lead_practitioner: the name and agency of the identified Lead Practitioner
- consent: confirmation that the family consents to the step-down

Reply to this email, keeping the reference in the subject.
Early Help Hub (automated message)
""")
    body = T("""
Hello,

In answer to the two things still needed for Jannat Ali-Khan:

Lead Practitioner - Mr Daniel Osei, Learning Mentor at Bow Green Academy, has agreed to take the role.

Consent - mum gave her consent at the final CIN meeting on the 27th and it's recorded on Mosaic.

Thanks
Joel

Joel Mensah | Social Worker | Children's Social Work Team 1 | LBTH
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "30 October 2028 10:02",
             "Mensah, Joel <Joel.Mensah@towerhamlets.gov.uk>", "[SB-tower_hamlets-140] Step down - Mosaic 1487719", ack)
    top = outlook_top(f, addr("Mensah, Joel", "Joel.Mensah@" + TDOM), addr("Early Help Hub", THUB),
                      "RE: [SB-tower_hamlets-140] Step down - Mosaic 1487719", when,
                      reply_to_mid="<SB-tower_hamlets-140.ack.20281030100200@towerhamlets.gov.uk>")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3, "ordinary",
        "follow_up", False, None, ["1487719"], [ch("Jannat Ali-Khan")], [], True, None, [], None,
        "attach_to_request",
        "Reply to stepbot's 'still needed' acknowledgement adding the lead practitioner and consent -> follow_up. "
        "The case id is only in the Subject ('Mosaic 1487719' -> label dropped). 'mum gave her consent at the "
        "final CIN meeting on the 27th' -> consent true. The quoted 'Still needed' list is stepbot's text. Daniel "
        "Osei is an adult professional.",
        not_children=["Daniel Osei", "Joel Mensah"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2028-10-25 16:02:11"
    body = T("""
Hi Early Help Hub,

Step-down for Chloé Martin-Diallo (07/07/2014) and her brother Idrissa Diallo (6) - Mosaic no.
1479003.

The C&F assessment concluded on 20 October and is attached with the draft TAF plan; the plan sets out
the worries. I'll arrange and chair the TAF meeting once a Lead Practitioner is confirmed - LP TBC,
school are considering it.

Mum is happy with the step down and has signed the plan.

Natalie

Natalie Greaves
Social Worker, Children's Social Work Team 2
London Borough of Tower Hamlets
""")
    cfa = pdf_att("C&F Assessment - Martin-Diallo.pdf", "CHILD AND FAMILY ASSESSMENT", [
        "Children: Chloé Martin-Diallo, Idrissa Diallo    Concluded: 20/10/2028",
        "Outcome: needs can be met by a Team Around the Family with a Lead Practitioner.",
        "See the TAF plan for the worries and actions."])
    plan = docx_att("TAF plan draft.docx", [
        "# Draft TAF plan - Martin-Diallo",
        "Worries (from the C&F assessment):",
        "- Chloé's anxiety and school refusal - attendance 71% this half term.",
        "- Mum's PTSD - under the Traumatic Stress Service; still having flashbacks and struggling to get up in the mornings.",
        "- Dad (Idrissa's father, Moussa Diallo) smokes cannabis daily in the flat; he is open about it and has declined a referral.",
        "Not a worry: Idrissa is meeting all his milestones and his attendance is 99%.",
        "Actions: school attendance plan with a phased timetable; Family Hub wellbeing group for mum; "
        "drug service offer to dad to stay open.",
        "Consent: I agree to this plan. Signed: A. Martin, 24/10/2028"])
    top = outlook_top(f, addr("Greaves, Natalie", "Natalie.Greaves@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down – Martin-Diallo", when)
    add(f, mail(f, top, body, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 7, "ordinary",
        "step_down", False, None, ["1479003"],
        [ch("Chloé Martin-Diallo", "2014-07-07", "07/07/2014"), ch("Idrissa Diallo")],
        ["parental_mental_health", "school_attendance", "substance_misuse"], True, None, ["lead_practitioner"],
        None, "request_info",
        "Concerns only in the attached TAF plan (the body says 'the plan sets out the worries'): Chloé's school "
        "refusal (71%) = school_attendance (her own anxiety maps to no id); mum's PTSD = parental_mental_health; "
        "dad's daily cannabis in the flat = substance_misuse; Idrissa explicitly 'not a worry'. Half-siblings "
        "with different surnames; 'Mosaic no.' and '1479003' sit on two lines of the body (label "
        "dropped) -> '1479003'. 'LP TBC' -> lead_practitioner missing. 'Mum is happy with "
        "the step down and has signed the plan' -> consent true.",
        not_children=["Moussa Diallo"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2028-10-16 09:14:08"
    org = ("MAST", TMAST)
    att = ("Yusuf Kaleem", "y.kaleem@bowgreen-academy.example.org")
    note = "I'll bring the Prevent referral and our safeguarding log. Can only stay until 14:45."
    cal = "\r\n".join(ics_fold(l) for l in [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
        "DTSTART:20281018T130000Z", "DTEND:20281018T140000Z", "DTSTAMP:20281016T081400Z",
        "ORGANIZER;CN=MAST:mailto:%s" % org[1],
        "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=%s;X-NUM-GUESTS=0;X-RESPONSE-COMMENT="%s":mailto:%s'
        % (att[0], note, att[1]),
        "CREATED:20281012T160000Z", "LAST-MODIFIED:20281016T081400Z", "LOCATION:Microsoft Teams Meeting",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:MAST discussion – Warsame [SB-tower_hamlets-151]", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    subject = ("Accepted: MAST discussion – Warsame [SB-tower_hamlets-151] @ Wed 18 Oct 2028 14:00 - 15:00 (BST) "
               "(MAST@towerhamlets.gov.uk)")
    plain = ("Yusuf Kaleem has accepted this invitation.\r\n\r\nMAST discussion – Warsame [SB-tower_hamlets-151]\r\n"
             "When: Wed 18 Oct 2028 14:00 – 15:00 (BST)\r\n\r\nYusuf Kaleem replied with a note: " + note +
             "\r\n\r\nInvitation from Google Calendar\r\n")
    html_b = ("<div><p><b>Yusuf Kaleem has accepted this invitation.</b></p><p>MAST discussion &ndash; Warsame "
              "[SB-tower_hamlets-151]<br>When: Wed 18 Oct 2028 14:00 &ndash; 15:00 (BST)</p><p>Yusuf Kaleem "
              "replied with a note: &quot;" + html.escape(note) + "&quot;</p><p>Invitation from Google "
              "Calendar</p></div>\n")
    alt = multipart("alternative", [
        Part([("Content-Type", 'text/plain; charset="UTF-8"'), ("Content-Transfer-Encoding", "base64")],
             b64lines(plain.encode())),
        Part([("Content-Type", 'text/html; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
             qp(html_b, "utf-8")),
        Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'), ("Content-Transfer-Encoding", "base64")],
             b64lines(cal.encode()))], gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [("Reply-To", addr(att[0], att[1])), ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", "<calendar-%s@google.com>" % sha(f, "gc")[:32]),
           ("Date", email.utils.format_datetime(dt(when))), ("Subject", hdr(subject)),
           ("From", addr(att[0], att[1])), ("To", addr("MAST", TMAST))]
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 4, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED) whose note sits in the ATTENDEE's X-RESPONSE-COMMENT "
        "parameter and in the text 'replied with a note'; invite.ics attached -> record_reply.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2028-10-23 09:02:41"
    blocks = [
        "Thank you for your email.",
        "",
        "The school office is closed for half term from Monday 23 October and reopens on Monday 30 October "
        "2028. Emails are not read during the holiday.",
        "",
        "If your email is about a safeguarding concern for a child, please contact MAST on 0207 364 5606 / 5601 "
        "or, out of hours, 0207 364 4079. In an emergency call 999.",
        "",
        "{{Jubilee Wharf Primary School}}",
        "“Growing together, learning together”",
    ]
    top = outlook_top(f, addr("Jubilee Wharf Primary - Office", "office@jubileewharf.example.org"),
                      addr("Early Help Hub", THUB), "Automatic reply: TAF meeting – Uddin/Islam [SB-tower_hamlets-133]",
                      when, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                      mid_domain="jubileewharf.example.org")
    add(f, build(top, text_part(word_html(blocks, "Calibri"), "html"), True), "tower_hamlets", "early_help_duty",
        when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "School half-term out-of-office as HTML-only Word mso markup (Auto-Submitted: auto-replied) -> ignore; the "
        "MAST numbers and 999 are boilerplate.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2028-10-30 12:44:00"
    body = T("""
Hello MAST,

I'm not sure this is the right inbox - I was told to copy MAST into homelessness cases with children.

Household: Ama Osei-Bonsu (mum) and her children Kwabena Osei-Bonsu (DOB 03/08/2017) and Esi
Osei-Bonsu (DOB 11/11/2022). They are in temporary accommodation at Mary Seacole House, E1 from today.

For completeness: the domestic abuse that led to their move out of Newham was historic (2024) - the
perpetrator was convicted, there is a restraining order and he has had no contact since. No current
safeguarding concerns have been raised by the family, the school or the health visitor, and nothing is
being asked of MAST.

Housing ref HOM/28/30917.

Bridget Lenihan
Housing Options Officer, London Borough of Tower Hamlets
""")
    top = outlook_top(f, addr("Lenihan, Bridget", "Bridget.Lenihan@" + TDOM), addr("MAST", TMAST),
                      "Homelessness application – Osei-Bonsu household – for info", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5, "near_miss",
        "other", False, None, [],
        [ch("Kwabena Osei-Bonsu", "2017-08-03", "03/08/2017"),
         ch("Esi Osei-Bonsu", "2022-11-11", "11/11/2022", as_written="Esi\nOsei-Bonsu")],
        [], None, None, [], None, "human_review",
        "Near miss: a housing officer's 'for info' copy that mentions domestic abuse only as historic (2024, "
        "perpetrator convicted, restraining order, no contact) and says no current safeguarding concerns and "
        "nothing is asked -> other, not urgent, no concerns. 'Esi Osei-Bonsu' is broken across a line. 'Mary "
        "Seacole House' is a building, not a person; the housing ref is not a case id.",
        not_children=["Ama Osei-Bonsu", "Mary Seacole"])

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2028-10-05 10:11:19"
    body = T("""
Hi Early Help,

Please could I have a triage slot for Femke and Jesse - stepping down to L3.

Femke van der Berg - DOB 12/04/2016 - LCS-2412287
Jesse Hocking - D.O.B 09-11-24 - LCS-2412290
(half-siblings: same mum, Kayleigh Hocking. Femke's dad, Pieter van der Berg, lives in Exeter and has
her alternate weekends.)

The Single Assessment is attached, with my analysis and the rationale for stepping down. My TM has
signed this off on LCS - her manager's analysis is section 9 of the SA.

Mum signed the LCS consent form for level 3 Early Help at my visit on 3 October.

Other references, in case they're useful: Devon & Cornwall Police log CR/088123/28 (the August
call-out) and NHS no. 401 223 8846 (Jesse).

Hannah Trebilcock
Social Worker, Safeguarding & Supporting Families Team
Torbay Council
""")
    sa = pdf_att("Single Assessment - van der Berg Hocking.pdf", "SINGLE ASSESSMENT - SUMMARY AND ANALYSIS", [
        "Children: Femke van der Berg (12/04/2016, LCS-2412287); Jesse Hocking (09/11/2024, LCS-2412290)",
        "Worries: mum's drinking - on three weekends in August neighbours called the police because mum was",
        "drunk and shouting in the street (the children were at their nan's each time); she is now engaging",
        "with Torbay Recovery Service. Femke (12) has missed 9 days this term looking after Jesse when mum is",
        "unwell or hungover.",
        "Strengths: warm relationships; Femke's dad is reliable; mum accepts help.",
        "Social worker's analysis and rationale: needs can now be met at level 3 (Targeted Early Help).",
        "Section 9 - Manager's analysis: I agree the threshold for level 3 intervention is met and the",
        "step-down is appropriate. B. Coaker, Team Manager, 02/10/2028."])
    top = outlook_top(f, addr("Trebilcock, Hannah", "Hannah.Trebilcock@" + BDOM), addr("Early Help", TEH),
                      "Step down request – triage slot please – LCS-2412287", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3, "ordinary",
        "step_down", False, 3, ["LCS-2412287", "LCS-2412290"],
        [ch("Femke van der Berg", "2016-04-12", "12/04/2016"), ch("Jesse Hocking", "2024-11-09", "09-11-24")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down for half-siblings with different surnames, one with the lower-case two-part "
        "surname 'van der Berg'. 'D.O.B 09-11-24' = 9 November 2024 (Jesse is under 5: the under-5s triage). "
        "Several id systems: LCS ids kept with their prefix; the police log and the NHS number are not case ids. "
        "'My TM has signed this off on LCS' and section 9's manager's analysis -> manager_agreed true. 'Mum signed "
        "the LCS consent form' -> true. 'L3' -> level 3. Concerns are in the SA PDF: mum's drinking = "
        "substance_misuse; Femke missing school to look after Jesse = young_carer + school_attendance. Kayleigh "
        "Hocking and Pieter van der Berg are adults.",
        not_children=["Kayleigh Hocking", "Pieter van der Berg"])

def torbay_02():
    f = "torbay_02.eml"; when = "2028-10-10 14:37:02"
    body = T("""
Dear MASH,

I'm the lead professional (Early Help, level 3) for Oakley-Jay Pascoe (7) and Tiegan Pascoe (DOB 30 Nov
2015), EHM-744120. I'd like MASH to consider a step up to level 4. My manager's agreement is below.

What has changed: police were called to the house twice in September after neighbours heard shouting
and smashing; the second time mum had a cut lip and a bruised wrist, and Oakley-Jay was found hiding
under his bed. Mum's partner, Dean Pascoe, has been charged with assault, is on bail not to contact
her or go to the address, and is staying with his mother in Brixham. A DASH was completed (high risk),
the case goes to MARAC on 17 October and police have fitted a doorbell camera. Nobody is at risk
tonight, but I'm worried about what happens when his bail ends.

The house also smells of cannabis every time I visit and the electric is on emergency credit with
bills unpaid - mum says she "uses a bit to sleep".

Consent: I talked it through with mum yesterday. She's thinking about it and will let me know on
Monday - she wants to speak to her sister first.

Tasha Rowe
Family Support Worker (Lead Professional)
Action for Families Torbay
07700 900521
""") + quote("Slee, Gemma <gemma.slee@actionforfamilies.example.org.uk>", "09 October 2028 16:20",
             "Rowe, Tasha <tasha.rowe@actionforfamilies.example.org.uk>", "RE: Pascoe - step up?", T("""
Yes - agreed. The new information needs considering for a level 4 response; please make the contact to
MASH tomorrow and copy me in.

Gemma Slee
Service Manager, Action for Families Torbay
"""))
    top = outlook_top(f, addr("Rowe, Tasha", "tasha.rowe@actionforfamilies.example.org.uk"), addr("Torbay MASH", TMASH),
                      "Contact to MASH – step up from L3 – Pascoe children", when,
                      cc=addr("Slee, Gemma", "gemma.slee@actionforfamilies.example.org.uk"),
                      mid_domain="actionforfamilies.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6, "near_miss",
        "step_up", False, None, ["EHM-744120"],
        [ch("Oakley-Jay Pascoe"), ch("Tiegan Pascoe", "2015-11-30", "30 Nov 2015", as_written="Tiegan Pascoe")],
        ["domestic_abuse", "substance_misuse"], None, True, ["consent"], None, "request_info",
        "Near miss: serious current domestic abuse, but the risk is held (partner charged, on bail away from the "
        "address, DASH high, MARAC booked, 'Nobody is at risk tonight') -> not urgent. 'DOB 30 Nov 2015' is broken "
        "across a line ('30 Nov' / '2015'). Manager agreement is in the quoted reply from the charity's service "
        "manager ('Yes - agreed') -> true. Consent: mum 'thinking about it and will let me know on Monday' -> "
        "null -> consent missing. Cannabis smell = substance_misuse; unpaid bills map to no id. 'level 3' / "
        "'level 4' in a step-up -> level null. Dean Pascoe and Gemma Slee are adults.",
        not_children=["Dean Pascoe", "Gemma Slee"])

PROWSE_ORIG = T("""
Hi,

Triage slot please for Mason Prowse (born 3 January 2017) and Evie-Rae Prowse (04.06.2023),
LCS-2409915. Mum has agreed to level 3 Early Help.

Worries: Mason's behaviour at school - two exclusions this term and attendance 79%; mum's depression
(she has stopped her medication).

Single Assessment to follow - my TM still has to sign off section 9.

Marcus Yeo
Social Worker, Single Assessment Team, Torbay Council
""")

def torbay_03():
    f = "torbay_03.eml"; when = "2028-10-16 09:49:31"
    body = T("""
Morning,

Single Assessment attached as requested (section 9 is my TM's analysis).

Unfortunately I also have to let you know that mum rang me at 8.30 this morning and has withdrawn her
consent for Early Help - she says she "doesn't want anyone else in her house". I'll keep working with
her this week, but please treat consent as withdrawn for now.

Marcus
""") + quote("Yeo, Marcus <Marcus.Yeo@torbay.gov.uk>", "11 October 2028 15:10", "Early Help <earlyhelp@torbay.gov.uk>",
             "Step down – Prowse – LCS-2409915", PROWSE_ORIG)
    sa = pdf_att("SA Prowse.pdf", "SINGLE ASSESSMENT - PROWSE", [
        "Children: Mason Prowse, Evie-Rae Prowse    LCS-2409915",
        "Analysis: needs can be met at level 3; mum's depression and Mason's school attendance are the main worries.",
        "Section 9 - Manager's analysis: threshold for level 3 met; step-down agreed. L. Harvey, Team Manager, 13/10/2028"])
    top = outlook_top(f, addr("Yeo, Marcus", "Marcus.Yeo@" + BDOM), addr("Early Help", TEH),
                      "RE: [SB-torbay-204] Step down – Prowse – LCS-2409915", when,
                      reply_to_mid="<SB-torbay-204.ack.20281011151200@torbay.gov.uk>")
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 4, "ordinary",
        "follow_up", False, None, ["LCS-2409915"],
        [ch("Mason Prowse", "2017-01-03", "3 January 2017"), ch("Evie-Rae Prowse", "2023-06-04", "04.06.2023")],
        ["parental_mental_health", "school_attendance"], False, True, [], None, "attach_to_request",
        "Follow-up ([SB-torbay-204]) that supplies the Single Assessment and WITHDRAWS consent: the quoted "
        "original's 'Mum has agreed' is overridden by 'has withdrawn her consent ... treat consent as withdrawn' "
        "-> consent false. Manager agreement only in the attached SA's section 9 -> true. Children, DOBs, id and "
        "concerns from the quoted original.")

def torbay_04():
    f = "torbay_04.eml"; when = "2028-11-02 12:18:44"
    body = T("""
MASH,

I've just come from a home visit (11:30) to Lily-Mae Chudleigh (DOB 2025-02-14 - she's 3). She has a
red hand-shaped mark across her left cheek and a bruise behind her ear. Mum, Stacey Chudleigh, told me
her partner Kyle Mudge did it last night when Lily-Mae wouldn't stop crying, and that he'll be back at
the house when he finishes work at 5.

Mum has agreed to me making this contact to MASH. I've spoken to Silas (my ATM) on the phone and he
agrees it needs a level 4 response today. I've taken mum and Lily-Mae to Paignton Family Hub and we're
waiting there until I hear from you.

EHM ref 745518.

Jo Widdicombe
Family Support Worker, Torbay Early Help (Paignton)
07700 900614
""")
    top = outlook_top(f, addr("Widdicombe, Jo", "Jo.Widdicombe@" + BDOM), addr("Torbay MASH", TMASH),
                      "Contact to MASH – Lily-Mae Chudleigh – today", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM), extra=[("Importance", "high")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2, "urgent",
        "step_up", True, None, ["745518"], [ch("Lily-Mae Chudleigh", "2025-02-14", "2025-02-14")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT: a hand-shaped mark on a 3-year-old's face, mum names her partner, and he will be back at the "
        "house at 5 today. A Torbay contact to MASH with both requirements met ('Mum has agreed to me making this "
        "contact' -> consent true; the ATM 'agrees it needs a level 4 response' -> manager true), so nothing is "
        "missing, but alert_duty comes first. 'EHM ref 745518' -> label dropped. ISO DOB.",
        not_children=["Stacey Chudleigh", "Kyle Mudge"])

def torbay_05():
    f = "torbay_05.eml"; when = "2028-10-19 11:26:05"
    body = T("""
Hello EH,

Could Niamh and Rory be added to the next triage please? Niamh O'Connell (DOB 01/09/2013) and her
half-brother Rory McBride (DOB 17/02/2019). LCS ref: 2415530 and 2415531.

The Single Assessment is attached (exported as RTF from LCS - sorry, it's the only export that keeps
the tables).

Mum gave verbal consent for level 3 Early Help on the phone on 18 October and I've recorded it on LCS.

Manager's analysis - awaiting TM sign-off. Dave is back on Monday and will do it then.

Rosa Ellery
Social Worker, Single Assessment Team, Torbay Council
""")
    sa = rtf_att("Single Assessment O'Connell McBride (LCS export).rtf", [
        ("h", "SINGLE ASSESSMENT \u2013 LCS EXPORT"),
        ("table", [["Child", "DOB", "LCS ID"],
                   ["Niamh O\u2019Connell", "01/09/2013", "2415530"],
                   ["Rory McBride", "17/02/2019", "2415531"]], [3000, 1800, 1800]),
        ("p", "Step-down to: Early Help Level 3 (Targeted)"),
        ("h", "Analysis"),
        ("p", "Mum\u2019s partner drinks most evenings and there are loud arguments; no violence has been reported "
              "by the family, school or police. Niamh\u2019s attendance is 82% and falling. Rory is on the SEN "
              "register (ADHD assessment under way) and needs a consistent routine."),
        ("p", "Strengths: mum is open with professionals; Niamh is doing well in drama; Rory\u2019s teacher reports "
              "progress with his reading."),
        ("h", "Section 9 \u2013 Manager\u2019s analysis"),
        ("p", "[Not completed \u2013 awaiting TM sign-off]"),
    ])
    top = outlook_top(f, addr("Ellery, Rosa", "Rosa.Ellery@" + BDOM), addr("Early Help", TEH),
                      "Triage request – O'Connell / McBride", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 5, "ordinary",
        "step_down", False, 3, ["2415530", "2415531"],
        [ch("Niamh O'Connell", "2013-09-01", "01/09/2013"), ch("Rory McBride", "2019-02-17", "17/02/2019")],
        ["disability_send", "school_attendance", "substance_misuse"], True, None, ["manager_agreed"], None,
        "request_info",
        "Single Assessment as an RTF attachment (an RTF table; the RTF writes O’Connell with a typographic "
        "apostrophe). Level only in the RTF ('Early Help Level 3 (Targeted)') -> 3. 'LCS ref: 2415530 and "
        "2415531' -> two ids, label dropped. 'Mum gave verbal consent ... recorded on LCS' -> consent true. "
        "'awaiting TM sign-off' (body and the empty section 9) -> manager_agreed null -> missing. Concerns only "
        "in the RTF: partner's nightly drinking = substance_misuse (no violence, so no domestic_abuse); Niamh's "
        "82% = school_attendance; SEN register / ADHD assessment = disability_send. Half-siblings with O' and "
        "Mc surnames.")

def torbay_06():
    f = "torbay_06.eml"; when = "2028-10-06 15:30:40"
    data = itip_reply(f, when, "Hannah Trebilcock", "Hannah.Trebilcock@" + BDOM, ("Early Help", TEH), "ACCEPTED",
                      "Early Help triage – van der Berg / Hocking [SB-torbay-198]",
                      "20281010T100000", "20281010T103000", "Microsoft Teams Meeting",
                      comment="Accepted. Jesse is under 5 - if this needs to move to the under-5s slot with AFC "
                              "please let me know and I'll rearrange.")
    add(f, data, "torbay", "early_help_duty", when, 2, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, with a COMMENT about the under-5s slot -> record_reply. Surnames "
        "and a first name only: no child named in full.")

def torbay_07():
    f = "torbay_07.eml"; when = "2028-09-27 12:00:03"
    body = T("""
This is an automated acknowledgement. Your email has been received by the Devon Multi-Agency
Safeguarding Hub and will be read by a member of the team.

If you are worried that a child is at immediate risk of harm, call the police on 999.

Please do not reply to this email - replies to this address are not monitored.

Devon MASH
""")
    top = plain_top(f, addr("Devon MASH (no reply)", "noreply@devonmash.example.org"), addr("Early Help", TEH),
                    "Automatic acknowledgement: Early Help triage outcome [SB-torbay-187]", when,
                    "devonmash.example.org", None,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "auto_reply")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Another authority's automated acknowledgement (Auto-Submitted: auto-replied, Precedence: auto_reply) of "
        "one of stepbot's own mails -> ignore; 999 line is boilerplate.")

def torbay_08():
    f = "torbay_08.eml"; when = "2028-10-22 21:14:26"
    body = T("""
Hi,

I was given this email by the lady at the school gate, I hope it's the right one. My son Jowan
Polglaze is 13 (born 2nd June 2015) and he hasn't been to school properly since September, he says
his stomach hurts every morning and the school keep ringing me. I've tried everything. I'm not
working at the moment because of my back and it's just me, him and his little sister Demelza Polglaze
(dob 21/12/2021).

I don't drink or anything like that before anyone thinks it, I'm just exhausted.

Can someone help? I'm happy for you to ring me on 07700 900387.

Kerensa
""")
    top = plain_top(f, addr("Kerensa Polglaze", "kerensa.polglaze82@example.com"), TEH,
                    "help with my son please", when, "mail.example.com", None,
                    extra=[("User-Agent", "Android Mail 2028.09")])
    add(f, mail(f, top, body, crlf=False), "torbay", "early_help_duty", when, 4, "ordinary",
        "other", False, None, [],
        [ch("Jowan Polglaze", "2015-06-02", "2nd June 2015", as_written="Jowan Polglaze"),
         ch("Demelza Polglaze", "2021-12-21", "21/12/2021")],
        ["school_attendance"], None, None, [], None, "human_review",
        "A parent's self-referral on a Sunday evening, not a step request -> other -> human_review. 'Jowan "
        "Polglaze' is broken across a line. Only school_attendance; 'I don't drink' is negated; mum's back and "
        "exhaustion map to no id. 'I'm happy for you to ring me' is not consent to a step-down -> null.")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2028-09-11 11:03:27"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Xavier at last Tuesday's drop-in, please find attached the Early Help
Assessment step-down plan for the sibling group, together with mum's signed consent form.

The key person agreed with the family is named in the plan.

Best wishes
Rhiannon Pugh
Social Worker, Leominster Locality Team
Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - Horvath.docx", [
        "# Early Help Assessment - Step-Down Plan",
        "Level of need: Level 3 - Intensive",
        "Assessment decision: step down to Early Help, 05/09/2028",
        "Mother: Renáta Horváthová (speaks Slovak; an interpreter is needed for meetings)."], [
            [["Child's name", "Date of birth", "Mosaic ID"],
             ["Eliška Horváthová", "19/09/2014", "640125"],
             ["Matej Horváth", "2018-01-05", "640126"]],
            [["What are we worried about?", "Mum's depression since Matej's father left in the spring (GP; awaiting Talking Therapies with an interpreter). Eliška's attendance is 85%."],
             ["What is working well?", "A warm home; both children are well cared for; no concerns about physical care."]],
            [["What needs to happen", "By whom", "Outcome", "Timescale"],
             ["Talking Therapies referral with interpreter", "GP / key person", "Mum's mood improves", "8 weeks"],
             ["Attendance plan for Eliška", "Leominster Brook Primary attendance lead", "Attendance above 92%", "End of term"]],
            [["Details of Key Person", ""],
             ["Name", "Helen Probert"],
             ["Agency", "Leominster Family Hub (Herefordshire Council Early Help)"],
             ["Telephone", "01632 960433"]]])
    consent = pdf_att("Consent - Horvathova.pdf", "CONSENT TO EARLY HELP SUPPORT", [
        "I, Renáta Horváthová, agree to my family receiving Early Help support and to information being shared",
        "with the agencies named in the plan.",
        "Children: Eliška Horváthová, Matej Horváth",
        "Signed: R. Horváthová    Date: 07/09/2028    (read to mum in Slovak by the interpreter)"])
    top = outlook_top(f, addr("Pugh, Rhiannon", "Rhiannon.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan – sibling group – Leominster", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["640125", "640126"],
        [ch("Eliška Horváthová", "2014-09-19", "19/09/2014"), ch("Matej Horváth", "2018-01-05", "2018-01-05")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Every field is in the attached .docx plan (children, DOBs, Mosaic ids, level, worries, key person) and "
        "the consent PDF; the body names nobody. Slovak sibling surnames that differ by sex (Horváthová / "
        "Horváth); mum Renáta Horváthová is an adult. 'Level 3 - Intensive' -> 3. Complete: plan, signed consent "
        "form, key person with agency.",
        not_children=["Renáta Horváthová", "Helen Probert"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2028-09-27 13:31:50"
    blocks = [
        "Hi both,",
        "",
        "Step-down for Skye Vaughan (D.O.B 03-03-¦19), Mosaic 651877. Mum, Jodie Vaughan (24), is 30 weeks "
        "pregnant – the baby is due on 14/12/2028 (unborn, so not part of this plan yet).",
        "",
        "I’ve pasted the EHA step-down plan below as I can’t get the Word version to attach from home.",
        "",
        ("h", "Early Help Assessment – Step-Down Plan"),
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Speech and language: support the EHCP needs assessment request", "SENCO, Kingsthorne Vale Primary",
                    "Skye’s needs assessed", "By January 2029"],
                   ["Mum’s low mood in pregnancy: perinatal mental health referral", "Midwife / GP",
                    "Mum supported before the birth", "December 2028"],
                   ["Pre-birth planning: antenatal contact", "Health Visiting", "A plan in place for the baby", "4 weeks"]]),
        "",
        "Mum agreed verbally at the visit on Monday, but she won’t sign anything until she has spoken to her "
        "solicitor about the contact case with Skye’s dad.",
        "",
        "Key person: not agreed yet – possibly the health visitor, I’m waiting to hear back.",
        "",
        "For background, mum’s partner Dean Lewis has a DA history from 2022 with a previous partner; there "
        "is nothing to suggest it in this relationship and no concerns from police or the midwife.",
        "",
        "Gareth",
        "",
        "{{Gareth Bufton}} | Social Worker | Hereford City Locality Team | Herefordshire Council",
    ]
    top = outlook_top(f, addr("Bufton, Gareth", "Gareth.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down – Skye Vaughan – EHA plan in body", when)
    add(f, word_mail(f, top, blocks), "herefordshire", "early_help_duty", when, 6, "ordinary",
        "step_down", False, None, ["651877"], [ch("Skye Vaughan", "2019-03-03", "03-03-19")],
        ["disability_send", "parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None,
        "request_info",
        "Word mso HTML with plain twin; the EHA step-down plan is pasted as a table under its own heading "
        "(draft_plan met). DOB 'D.O.B 03-03-19' (Word splits the run after '03-03-'). The unborn baby (due "
        "14/12/2028) is not a child; mum Jodie Vaughan (24) and her partner Dean Lewis are adults. 'Mum agreed "
        "verbally ... but she won't sign anything' -> consent true, but the written consent form is missing. "
        "'Key person: not agreed yet' -> lead_practitioner missing. Concerns: speech/EHCP = disability_send; "
        "mum's low mood = parental_mental_health; the partner's 2022 DA with a previous partner is excluded.",
        not_children=["Jodie Vaughan", "Dean Lewis"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2028-10-18 12:41:06"
    ack = T("""
Your step-down request [SB-herefordshire-71] has been received.

Still needed:
- consent_form: the family's written consent

Reply to this email with the document attached, keeping [SB-herefordshire-71] in the subject.
Early Help Co-ordinators (automated message)
""")
    body = T("""
Hi,

Signed consent form attached - mum signed it at the visit yesterday.

PS - school have just rung (12:30). Kian told his teacher this morning that his stepdad held his hand
on the cooker ring last night because he'd taken a biscuit; there's a blister right across his palm.
His stepdad picks him up at 3.15. I'm ringing MASH duty now - I don't think this step-down can go ahead.

Tom

Tom Bickerton | Social Worker | Kington & Golden Valley Locality Team
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "16 October 2028 15:05",
             "Bickerton, Tom <Tom.Bickerton@herefordshire.gov.uk>", "[SB-herefordshire-71] Step down - Kian Parry", ack)
    consent = pdf_att("Consent form - Parry.pdf", "HEREFORDSHIRE EARLY HELP - CONSENT FORM", [
        "Child: Kian Parry    DOB: 02/11/2017    Mosaic no 652291",
        "I agree to my family being supported by Early Help and to information being shared with the key person.",
        "Signed: Leanne Parry (mother)    Date: 17/10/2028"])
    top = outlook_top(f, addr("Bickerton, Tom", "Tom.Bickerton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-71] Step down - Kian Parry", when,
                      reply_to_mid="<SB-herefordshire-71.ack.20281016150500@herefordshire.gov.uk>",
                      extra=[("Importance", "high")])
    add(f, mail(f, top, body, [consent]), "herefordshire", "early_help_duty", when, 3, "urgent",
        "follow_up", True, None, ["652291"], [ch("Kian Parry", "2017-11-02", "02/11/2017")],
        ["physical_harm"], True, None, [], None, "alert_duty",
        "URGENT follow-up: it supplies the missing consent form ([SB-herefordshire-71]) but its PS reports a "
        "deliberate burn last night by the stepdad, who collects the child at 3.15 today -> alert_duty overrides "
        "attach_to_request. DOB and Mosaic id only in the consent PDF. Signed form -> consent true. Leanne Parry "
        "is the mother.",
        not_children=["Leanne Parry"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2028-10-24 09:58:14"
    text = T("""
Dear co-ordinators,

Please find attached the EHA step-down plan and the signed consent form for Seren Morgan-Lloyd (11) and Evan Morgan-Lloyd (6), following our chat at the drop-in. My TM has signed this off on Mosaic.

Key person: Dr Ffion Rees is the family's GP and has been very involved, but the agreed key person is Carys Meredith, Family Support Worker at Bromyard Family Hub.

The s47 in August concluded with no further action - the paediatrician was clear that Evan's bruising came from a fall off the trampoline at Queenswood Country Park, and the account was consistent throughout. There are no current child protection concerns.

What remains is mum's drinking at weekends (she is now working with Turning Point) and Seren missing school on Mondays to look after Evan (attendance 88%).

Owain Harries
Social Worker, Bromyard & Ledbury Locality Team
Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - Morgan-Lloyd.docx", [
        "# Early Help Assessment - Step-Down Plan (sibling group)",
        "Children: Seren Morgan-Lloyd (11), Evan Morgan-Lloyd (6)",
        "Worries: mum's weekend drinking; Seren caring for Evan on Mondays and missing school (88%)."], [
            [["What needs to happen", "By whom", "Outcome", "Timescale"],
             ["Alcohol support", "Turning Point / mum", "Mum sober at weekends", "12 weeks"],
             ["Young carers assessment and Monday childcare plan", "Key person / school", "Seren in school every Monday", "6 weeks"]],
            [["Details of Key Person", ""], ["Name", "Carys Meredith"], ["Agency", "Bromyard Family Hub"]]])
    consent = pdf_att("Consent form signed.pdf", "EARLY HELP CONSENT", [
        "I consent to Early Help support for Seren and Evan. Signed: B. Morgan-Lloyd (mother), 20/10/2028"])
    top = [("From", addr("Owain Harries", "Owain.Harries@" + HDOM)), ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Step down - Morgan-Lloyd children (sibling group)"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, HDOM)),
           ("User-Agent", "Mozilla Thunderbird")]
    alt = text_part(flowed(text), cte="7bit", params="; format=flowed")
    root = multipart("mixed", [alt, plan, consent], bnd(f, 1))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 4, "near_miss",
        "step_down", False, None, [], [ch("Seren Morgan-Lloyd"), ch("Evan Morgan-Lloyd")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Near miss: 's47', 'bruising', 'child protection' all about a concluded enquiry (accidental trampoline "
        "fall, NFA, 'no current child protection concerns') -> not urgent, no physical_harm. Thunderbird "
        "format=flowed, 7bit. Complete: plan, signed consent form, key person with agency (Dr Ffion Rees, the "
        "GP, is mentioned but is not the key person). 'My TM has signed this off on Mosaic' -> manager_agreed "
        "true. Ages only; no case id written. 'Queenswood Country Park' is a place.",
        not_children=["Ffion Rees", "Carys Meredith"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2028-09-29 11:47:25"
    body = T("""
Hello,

I am the lead professional for Archie McAllister-Nash (14, DOB 27/10/2014) through our Early Help
family support service, and I am asking for his case to be stepped up to children's social care.

Over the last month Archie has been given vapes, cash and a new phone by older boys from Hereford, and
he has twice been seen by school staff carrying a sealed package to the bus station at lunchtime. He
has gone quiet and won't say who the boys are. He has not been missing overnight.

My manager, Sian Gittins, has agreed the request. Archie's dad is aware of the referral but hasn't
said whether he agrees, and his mum lives in Cardiff and hasn't been told yet.

Bethan Lloyd
Family Support Worker, Marches Family Trust
""")
    top = outlook_top(f, addr("Lloyd, Bethan", "bethan.lloyd@marchesfamilytrust.example.org.uk"),
                      addr("Herefordshire MASH", HMASH), "Request to step up to social care – Archie McAllister-Nash",
                      when, mid_domain="marchesfamilytrust.example.org.uk")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 8, "ordinary",
        "step_up", False, None, [], [ch("Archie McAllister-Nash", "2014-10-27", "27/10/2014")],
        ["exploitation"], None, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines none -> human_review, missing [] and notice "
        "null. Fields still labelled: vapes, cash, a phone from older boys and carrying packages = exploitation "
        "(the word is never used); 'has not been missing overnight' -> no missing. 'My manager ... has agreed' -> "
        "true; dad 'aware ... hasn't said whether he agrees' -> consent null.",
        not_children=["Sian Gittins", "Bethan Lloyd"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2028-10-09 16:20:33"
    data = itip_reply(f, when, "Gareth Bufton", "Gareth.Bufton@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "ACCEPTED", "Step-down drop-in [SB-herefordshire-66]", "20281010T100000", "20281010T103000",
                      "Microsoft Teams Meeting",
                      comment="Accepted - I'll bring the key person details; the health visitor has agreed in principle.")
    add(f, data, "herefordshire", "early_help_duty", when, 3, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, for a Tuesday drop-in slot, with a COMMENT -> record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2028-10-23 08:15:00"
    body = T("""
Thank you for your email. Ledbury Fields Primary School is closed for half term (Monday 23 to Friday 27
October 2028) and this mailbox will not be checked until Monday 30 October.

If you have a safeguarding concern about a pupil, please contact the Herefordshire MASH; if a child is
in immediate danger, call 999.
""")
    data = ooo(f, when, "Ledbury Fields Primary - Office", "office@ledburyfields.example.org", addr("Early Help Co-ordinators", HEH),
               "Early Help - key person request (Vaughan)", body, prefix="Out of Office: ")
    add(f, data, "herefordshire", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "School half-term 'Out of Office:' (Auto-Submitted: auto-replied) -> ignore. The echoed subject gives a "
        "surname only; the 999 line is boilerplate.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2028-11-02 14:05:12"
    body = T("""
Dear Early Help Hub (Powys),

Please find below a step-down from Powys Children's Services to your Early Help service for Tegan
Bowen-Rees (DOB 14.03.2016) and Osian Bowen-Rees (DOB 09.10.2019). The family live in Knighton.

Worries: mum's mental health (she is under the Powys community mental health team); Tegan's attendance
(83%).

Mum has consented and signed the Powys consent form. My TM, Huw Jarman, agreed the step-down on 30
October.

Diolch,
Gwilym Prosser
Social Worker, Powys County Council Children's Services
""")
    top = outlook_top(f, addr("Prosser, Gwilym", "gwilym.prosser@powys.example.gov.uk"),
                      addr("Early Help Co-ordinators", HEH), "Step down referral – Tegan & Osian Bowen-Rees (Powys)",
                      when, mid_domain="powys.example.gov.uk")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 6, "ordinary",
        "other", False, None, [],
        [ch("Tegan Bowen-Rees", "2016-03-14", "14.03.2016", as_written="Tegan Bowen-Rees"),
         ch("Osian Bowen-Rees", "2019-10-09", "09.10.2019")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "human_review",
        "Misdirected: a Powys social worker addresses 'Early Help Hub (Powys)' for a family in Knighton, Powys, "
        "but the mail reached Herefordshire's co-ordinators -> other -> human_review, missing []. Fields still "
        "labelled: 'Tegan Bowen-Rees' is broken across a line; mum's mental health and Tegan's 83% attendance; "
        "'Mum has consented' -> true; 'My TM ... agreed the step-down' -> true.",
        not_children=["Huw Jarman"])

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
# England & Wales bank holidays 2028 (none falls in the window; listed so the counter is honest)
BANK_HOLIDAYS = {date(2028, 1, 3), date(2028, 4, 14), date(2028, 4, 17), date(2028, 5, 1), date(2028, 5, 29),
                 date(2028, 8, 28), date(2028, 12, 25), date(2028, 12, 26)}
WINDOW = (datetime(2028, 9, 11, tzinfo=LON), datetime(2028, 11, 3, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2028, 10, 29, 1, 0, 0, tzinfo=UTC)

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
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: err(a, "needs 8 files, has %d" % len(per.get(a, [])))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if not (tot["urgent"] == 3 and tot["near_miss"] == 5 and sum(tot.values()) == 40):
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
