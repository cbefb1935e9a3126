#!/usr/bin/env python3
"""mixed11: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and fields in
situations and styles earlier sets lack.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come
from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and python-docx are used
only by the self-checks, to read back the hand-built PDFs and .docx files). The helpers (MIME assembly, Word
HTML, PDF, .docx, RTF, iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/fields7/make_set.py; the window, bank holidays, category totals and DOB formats are
adapted. Every label was set by hand; the self-checks at the end only verify them against the specification's
rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time; the whole window (January-February 2029) is GMT (+0000)."""
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
            zi = zipfile.ZipInfo(name, date_time=(2029, 1, 1, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2029-02-01 10:12:40"
    body = T("""
Hi all,

I hope you're well. Please find attached the step up request for Hope Kirkby (DOB Oct 16th 2019) and her baby brother Rory Kirkby (DOB 16.10.28 - three months old), EHM-70418. The family live on the Tower Hill estate in Kirkby and have been open to me at Level 3 since September.

Attached:
- FF Step Up request to CSC (Appendix 1)
- TAF minutes from 24/01/2029
- GCP2 completed 26/01/2029

Why now: the GCP2 came out at grade 4 for physical care and safety. Rory is regularly left in the same nappy for most of the day, his bottles are not sterilised, and Hope has been sent into school hungry and in the same clothes for a week. Mum (Danielle Kirkby) tries hard but isn't managing, and the house has been without electricity for three days twice this month.

Management oversight: discussed with my TM, Lorraine Quigley, in supervision on 30/01/2029 and she agreed the step up (case note on EHM).

Step up TAF meeting: I'm aiming for w/c 12th at Kirkby Family Hub - I'll send the calendar invite to the MASH inbox and MASH business support as soon as the room is confirmed. Mum knows I'm stepping the case up.

We live in hope that things will turn round, but it has gone on too long now.

Thanks
Leah

Leah Finnigan
Family First Case Manager (Level 3) | Kirkby locality | Knowsley Council
0151 496 0628
""")
    form = docx_att("Appendix 1 - FF Step Up Request - Kirkby.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-70418",
        "Date of step up TAF meeting: w/c 12/02/2029 - day and time to be confirmed",
        "Recent TAF meeting minutes attached: Yes (24/01/2029)",
        "Graded Care Profile 2: completed 26/01/2029 - attached"], [[
            ["What are we worried about?", "Rory left in soiled nappies, unsterilised bottles; Hope hungry and "
             "unwashed at school; no electricity for days at a time."],
            ["What is working well?", "Mum is warm with both children and lets the case manager in every week."],
            ["What needs to happen?", "Step up to CSC for a Child and Family Assessment."],
            ["Management oversight", "Discussed with TM Lorraine Quigley 30/01/2029 - agreed."]]])
    taf = pdf_att("TAF minutes 24.01.29.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Kirkby    Date: 24/01/2029    Venue: Kirkby Family Hub",
        "Present: mum, Leah Finnigan (Family First), school DSL, health visitor.",
        "1. Physical care of the baby: no improvement since the last review.",
        "2. School: Hope hungry on arrival most days.",
        "3. Action: case manager to complete GCP2 and discuss step up with TM."])
    gcp = pdf_att("GCP2 - Kirkby household.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Completed 26/01/2029 by Leah Finnigan",
        "Physical care: grade 4   Safety: grade 4   Love and care: grade 2   Stimulation: grade 3"])
    top = outlook_top(f, addr("Finnigan, Leah", "Leah.Finnigan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Hope & Rory Kirkby - EHM-70418", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf, gcp], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-70418"],
        [ch("Hope Kirkby", "2019-10-16", "Oct 16th 2019"), ch("Rory Kirkby", "2028-10-16", "16.10.28")],
        ["neglect"], None, True, ["meeting_details"], None, "request_info",
        "A child whose first name is a common word and whose surname is the town she lives in: 'Hope Kirkby' is a "
        "child, but 'I hope', 'We live in hope', 'Kirkby Family Hub' and 'in Kirkby' are not names. DOBs written "
        "'Oct 16th 2019' and '16.10.28' (= 16 October 2028, a three-month-old). Form, TAF minutes and GCP2 "
        "(neglect) attached; TM Lorraine Quigley agreed in supervision -> manager true; 'Mum knows' is not consent "
        "-> null. The step-up TAF is only 'w/c 12th' (week commencing, no day or time, 'to be confirmed' on the "
        "form too): no meeting date -> meeting_details missing, notice null -> request_info.",
        not_children=["Danielle Kirkby", "Lorraine Quigley", "Leah Finnigan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2029-01-18 14:25:10"
    body = T("""
Afternoon MASH,

Step up request for Tyler-James Roscoe (D.O.B. 03.05.15) - EHM-69952.

The step up TAF is next Weds at 1.30pm, Page Moss Family Hub (room 2). Calendar invite has gone to knowsleymash and Mash.Businesssupport from my calendar.

In short: mum has not engaged with the plan since October - 6 no-access visits, she did not attend the last two TAFs and has stopped answering my calls. Tyler-James's attendance is down to 71% and school can't get hold of her either. I've used the Engaging Families toolkit (attached) - it shows the barriers are not practical ones (transport, childcare and different times were all offered).

My TM Paul Rimmer has agreed the step up - see the management oversight box on the form.

Attached: Appendix 1 step up form, TAF minutes 10.01.29, Engaging Families toolkit.

Connor

Connor Mulhearn
Family First Case Manager | Huyton | Knowsley Council
""")
    form = docx_att("Step up form - Roscoe.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-69952",
        "Date of step up TAF meeting: next Weds 1.30pm, Page Moss Family Hub",
        "Recent TAF meeting minutes attached: Yes"], [[
            ["What are we worried about?", "Mum's non-engagement with every part of the plan; attendance 71%."],
            ["What is working well?", "Tyler-James is settled in school when he attends."],
            ["What needs to happen?", "Step up to CSC."],
            ["Management oversight", "TM Paul Rimmer - agreed 17/01/2029."]]])
    taf = pdf_att("TAF minutes 10.01.29.pdf", "TAF REVIEW MINUTES - ROSCOE", [
        "Date: 10/01/2029. Mum did not attend (second TAF missed).",
        "School: attendance 71%, no contact from mum since November."])
    efk = pdf_att("Engaging Families toolkit - Roscoe.pdf", "ENGAGING FAMILIES TOOLKIT", [
        "Completed 16/01/2029 by Connor Mulhearn.",
        "Practical barriers considered: transport, childcare, timing - all offered, none taken up.",
        "Conclusion: non-engagement is not explained by practical barriers."])
    top = outlook_top(f, addr("Mulhearn, Connor", "Connor.Mulhearn@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Roscoe - EHM-69952", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, taf, efk], html_alt=True), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-69952"],
        [ch("Tyler-James Roscoe", "2015-05-03", "03.05.15")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for non-engagement (form, TAF minutes and the Engaging Families toolkit all "
        "attached; TM Paul Rimmer agreed). The meeting is written only as 'next Weds at 1.30pm' (also on the form). "
        "Sent Thursday 18 January 2029, so 'next Weds' is Wednesday 24 January (the coming Wednesday, which is "
        "also the Wednesday of next week): 19, 22, 23, 24 = 4 WD < 5 -> notice not ok -> request_info. DOB "
        "'03.05.15' = 3 May 2015.",
        meeting=date(2029, 1, 24), not_children=["Paul Rimmer", "Connor Mulhearn"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2029-02-05 09:41:22"
    body = T("""
Good morning Family First duty,

Please see below the step down details, set out against the questions in the step down guidance.

1. Children and dates of birth:
   Summer Prescot - 12/07/2016
   Alfie Prescot - 16.10.28
2. ICS numbers: 1377420 (Summer), 1377421 (Alfie)
3. Level: 3 - a Family First case manager to co-ordinate
4. Date, time and venue of the final CIN meeting: Tuesday 13/02/2029 at 2pm, Stockbridge Village Family Hub, The Withens
5. What are we worried about? Mum's low mood and anxiety - she is on the waiting list for talking therapies and finds mornings very hard. Summer's attendance fell to 86% in the autumn term and she is often late.
6. What is working well? Mum has engaged with every CIN visit; the home is warm and well kept; Alfie is thriving and his health visitor at Prescot Health Centre has no worries; maternal grandmother Pat Prescot helps with the school run three days a week.
7. What needs to happen? A Family First case manager to co-ordinate a TAF plan; school to put an attendance plan in place; mum to be supported to take up talking therapies.
8. Has the parent consented to the referral to Family First? Yes - mum (Jade Prescot) gave her consent at the CIN review on 31/01/2029.
9. Anything else? Summer is looking forward to the summer holiday club at the hub, which mum has already booked.

Many thanks,
Niamh

Niamh Gorst
Social Worker | CIN Team 2 | Knowsley Children's Social Care
""")
    top = outlook_top(f, addr("Gorst, Niamh", "Niamh.Gorst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Prescot - ICS 1377420/1377421", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["1377420", "1377421"],
        [ch("Summer Prescot", "2016-07-12", "12/07/2016"), ch("Alfie Prescot", "2028-10-16", "16.10.28")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "A level 3 step-down written as a numbered list of answers to the guidance's questions: date/time/venue "
        "(Tue 13/02/2029 2pm, Stockbridge Village Family Hub), the three Signs of Safety headings (5-7) and consent "
        "(8: 'Yes - mum ... gave her consent') are all answered. 'Summer' is a child's first name and also 'the "
        "summer holiday club'; 'Prescot' is the surname and also the town (Prescot Health Centre); grandmother Pat "
        "Prescot and mum Jade Prescot are adults. 'ICS numbers: 1377420 (Summer), 1377421 (Alfie)' -> labels "
        "dropped. DOB '16.10.28' = 16 October 2028. Notice: Mon 5 Feb -> Tue 13 Feb = 6, 7, 8, 9, 12, 13 = 6 WD "
        ">= 5 -> book_meeting.",
        meeting=date(2029, 2, 13), not_children=["Jade Prescot", "Pat Prescot"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2029-01-23 16:47:05"
    body = T("""
hi its shannon from family first im sat in my car outside the doolans house on bewley drive dad has come back and hes really drunk hes put his fist through the front room window theres glass all over the floor mum has locked herself in the bathroom with the baby and kian doolan and lacey doolan are still downstairs with him i can hear him shouting at kian he keeps saying hes taking kian with him tonight and no one is going to stop him ive rung the police they said they are on their way but can someone from mash ring me back asap on 07700 900318 theyre open to me on ehm 70233

sent from my iphone
""")
    top = plain_top(f, addr("Shannon McArdle", "Shannon.McArdle@" + KDOM), addr("Knowsley MASH", KMASH),
                    "doolan", when, KDOM, "iPhone Mail (22D72)",
                    extra=[("Content-Language", "en-GB")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["70233"],
        [ch("Kian Doolan", as_written="kian doolan"), ch("Lacey Doolan", as_written="lacey doolan")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, written almost entirely in lower case with no punctuation at all, from a phone (subject just "
        "'doolan'): a drunk father has put his fist through the window, mum is locked in the bathroom with the baby, "
        "two children are downstairs with him and he is threatening to take Kian tonight; police called but the "
        "worker asks MASH to ring now. Happening now -> urgent -> alert_duty. Not a step-up request (no request "
        "made, a report of what is happening) -> other. Children labelled in normal capitalisation ('kian doolan' "
        "-> 'Kian Doolan'); 'ehm 70233' -> '70233'; concerns domestic_abuse + substance_misuse (drunk).")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2029-01-29 11:03:48"
    body = T("""
Hi,

I'm stepping Ellis Whiston (DOB Oct 16th 2017, ICS-1380552) down to Level 2 at his final CIN meeting:

Monday 5th Feb at 10am, Halewood Centre, Roseheath Drive.

The new lead practitioner will be Nadia Kerr, Family Support Worker at St Aidan's Primary School - she has agreed to take on the lead practitioner role and will be at the meeting. Dad (Martin Whiston) has agreed to the level 2 support.

What are we worried about?
Ellis's attendance is 84% and he has been late most Mondays after weekends at mum's. Dad is still finding the routines hard since mum moved out.

What needs to happen?
School to lead a TAF with an attendance plan; Nadia to link dad with the parenting course at the Halewood Centre; first TAF review at 6 weeks.

Thanks
Femi

Femi Adebayo
Social Worker, Children's Social Care, Knowsley Council
""")
    top = outlook_top(f, addr("Adebayo, Femi", "Femi.Adebayo@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Ellis Whiston - final CIN 05/02", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1380552"],
        [ch("Ellis Whiston", "2017-10-16", "Oct 16th 2017")],
        ["school_attendance"], True, None, ["worries_strengths_next"], True, "request_info",
        "Level 2 step-down: meeting 'Monday 5th Feb at 10am, Halewood Centre' (from Mon 29 Jan: 30, 31, 1, 2, 5 = "
        "exactly 5 WD -> ok); lead practitioner Nadia Kerr with her agency (St Aidan's Primary School) -> met. Only "
        "two Signs of Safety headings are answered - 'What is working well?' is absent -> worries_strengths_next "
        "missing -> request_info. Dad 'has agreed to the level 2 support' -> consent true (not a level 2 "
        "requirement). 'ICS-1380552' keeps its joined prefix; DOB 'Oct 16th 2017'.",
        meeting=date(2029, 2, 5), not_children=["Nadia Kerr", "Martin Whiston"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2029-01-22 08:12:30"
    body = T("""
EDT HANDOVER TO MASH - FOR INFORMATION - ALL ITEMS DEALT WITH OUT OF HOURS
Period: Fri 19/01/2029 17:00 - Mon 22/01/2029 08:00
Duty SW: Ray Fairhurst      EDT manager: Bernadette Olley

ITEM 1   Sat 20/01 01:40   Police PPN (Merseyside Police ref 29KN/004417)
Family: Corlett - ICS 1391004
Children: Mia Corlett (6), Deacon Corlett (3)
01:40  Police called by a neighbour to a domestic at the family home in Kirkby. Father (Shaun Corlett)
       arrested at the scene; charged Saturday and remanded in custody at court on Sunday.
01:55  EDT SW spoke to mum by phone; mum and both children went to the maternal grandmother's in
       Halewood for the night by agreement.
03:15  EDT SW visited the grandmother's address: both children asleep, seen, no injuries; grandmother
       protective.
Sun 21/01 10:30  Mum and children returned home; father remains in custody.
OUTCOME: no further action for EDT. Passed to MASH for the usual DA notification / screening.

ITEM 2   Sun 21/01 19:20   Missing from home - ICS 1366270
Young person: Josh Tyrer (15)
19:20  Reported missing by mum.
23:10  Located by police at a friend's house in Huyton; returned home 23:40; safe and well check done by
       officers.
OUTCOME: return home interview to be requested by MASH; nothing further for EDT.

No other calls requiring social work action.

Ray Fairhurst
Emergency Duty Team, Knowsley Council
""")
    top = outlook_top(f, addr("Knowsley Emergency Duty Team", "edt@" + KDOM), addr("Knowsley MASH", KMASH),
                      "EDT handover to MASH - weekend Fri 19/01 17:00 to Mon 22/01 08:00", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, ["1391004", "1366270"],
        [ch("Mia Corlett"), ch("Deacon Corlett"), ch("Josh Tyrer")],
        ["domestic_abuse", "missing"], None, None, [], None, "human_review",
        "NEAR MISS: the out-of-hours team's Monday-morning handover of events that were already dealt with over "
        "the weekend - a domestic at 01:40 (father remanded in custody, children seen safe at grandmother's, now "
        "home with mum) and a missing 15-year-old found and home at 23:40. Every item ends 'no further action for "
        "EDT'; nothing is happening now -> not urgent. A handover is neither a step-up nor a step-down -> other -> "
        "human_review. Facts still labelled: the three children named with surnames (ages only -> dob null), "
        "'ICS 1391004' / 'ICS 1366270' -> labels dropped, the police ref is not a case id; concerns domestic_abuse "
        "and missing (this weekend's, not historic).",
        not_children=["Shaun Corlett", "Ray Fairhurst", "Bernadette Olley"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2029-02-09 12:20:15"
    body = T("""
Hi,

As promised - the step up TAF for Hope and Rory Kirkby is now booked for Wednesday 14th February at 10am, Kirkby Family Hub (Meeting Room 1). The invite has gone to the MASH inbox and MASH business support.

Leah

Sent from Outlook for iOS
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Thursday, February 1, 2029 10:19 AM",
             "Leah Finnigan <Leah.Finnigan@knowsley.gov.uk>",
             "[SB-knowsley-41] Step up request received - information needed", T("""
Thank you - your step-up request for EHM-70418 has been received (reference SB-knowsley-41).

Still needed: the date and time of the step-up TAF meeting (at least 5 working days' notice).
"""))
    top = outlook_top(f, addr("Finnigan, Leah", "Leah.Finnigan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-41] Step up request received - information needed", when,
                      reply_to_mid="<SB-knowsley-41.ack@knowsley.gov.uk>")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-70418"],
        [ch("Hope Kirkby", as_written="Hope and Rory Kirkby"), ch("Rory Kirkby", as_written="Hope and Rory Kirkby")],
        [], None, None, [], None, "attach_to_request",
        "Reply to stepbot's acknowledgement [SB-knowsley-41] giving the missing step-up TAF date -> follow_up -> "
        "attach_to_request (missing [] and notice null for a follow-up). 'Hope and Rory Kirkby' = two children "
        "with the shared surname (no DOB here); the case id comes from the quoted acknowledgement.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2029-01-15 07:02:11"
    body = T("""
Knowsley MASH

Your mailbox is almost full.

49.2 GB / 50 GB

You won't be able to send messages soon, and when the mailbox is full you won't be able to receive them either. To free up space, delete items you no longer need and empty your Deleted Items folder, or archive older mail.

This message was sent automatically by your organisation's email system. Please do not reply.
""")
    top = outlook_top(f, addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + KDOM),
                      addr("Knowsley MASH", KMASH), "Your mailbox is almost full.", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Organization-SCL", "-1")])
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange's 'Your mailbox is almost full' quota warning to the MASH mailbox: generated by the server "
        "(Auto-Submitted: auto-generated) -> auto_reply -> ignore. Never answered.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2029-01-10 15:05:33"
    body = T("""
Dear MASH,

I'm sending two step-ups in one email - they are two separate, unrelated families from our team. Please log them as two requests.

FAMILY 1 - FENWICK (Mosaic 2456110)
Child: Isaac Fenwick, DOB 04/09/2014
Case summary: attached (Case summary - Fenwick.docx).
Rationale for step up: Isaac is regularly left on his own overnight while mum works nights; the fridge was empty at the last three visits and he has been taking food from other children at school. His attendance has dropped to 79%. The early help plan has not changed this after two reviews and I think a Child and Family Assessment is needed.

FAMILY 2 - BARNES (Mosaic 2471985)
Children: Lola Barnes, DOB 21/03/2012; Noah Barnes, DOB 30/06/2018
Case summary: to follow tomorrow - Mosaic wouldn't let me export it this afternoon.
Rationale for step up: Mum has told the EH worker that her ex-partner, Carl Dempsey, has moved back in. There were three domestic incidents in December, the last with police attending (Met ref CAD 4417/28DEC). Lola has told her teacher she is scared at home when they argue. Mum wants to stay with him and has stopped going to the DA support sessions.

I've reviewed both families in supervision with the workers this week and I agree both need to step up to Children's Services.

Kind regards
Bethan Carew
Early Help Team Manager, Roehampton & Putney
Richmond and Wandsworth Early Help
""")
    cs = docx_att("Case summary - Fenwick.docx", [
        "# Early Help case summary - Isaac Fenwick (Mosaic 2456110)",
        "Open to Early Help since 04/06/2028. Lead: Early Help worker, Roehampton.",
        "Mum works nights at a care home; Isaac (14) is alone from 7pm to 8am four nights a week.",
        "Two TAF reviews (September, December): no change in food at home or attendance (79%)."])
    top = outlook_top(f, addr("Carew, Bethan", "Bethan.Carew@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up x2 (two separate families) - Fenwick & Barnes", when)
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, ["2456110", "2471985"],
        [ch("Isaac Fenwick", "2014-09-04", "04/09/2014"), ch("Lola Barnes", "2012-03-21", "21/03/2012"),
         ch("Noah Barnes", "2018-06-30", "30/06/2018")],
        ["domestic_abuse", "neglect", "school_attendance"], None, True, ["case_summary"], None, "request_info",
        "Two unrelated families in one step-up mail from the Early Help team manager (convention: one label for "
        "the message; every child and case id in order of appearance, concerns the union, and a requirement unmet "
        "for EITHER family is missing). Fenwick: case summary attached + rationale in the body. Barnes: rationale "
        "in the body but 'Case summary: to follow tomorrow' -> case_summary missing -> request_info. Concerns: "
        "left alone overnight / no food = neglect, 79% = school_attendance (Fenwick); ex-partner back, three "
        "domestic incidents = domestic_abuse (Barnes). The sending TM says 'I agree both need to step up' -> "
        "manager true. 'Mosaic 2456110' -> '2456110'; the Met CAD ref is not a case id; Carl Dempsey is an adult.",
        not_children=["Carl Dempsey", "Bethan Carew"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2029-01-16 10:31:02"
    common_top = T("""
Dear Early Help duty,

As agreed with Jasper Quint (EH duty manager) this morning, the step-down case discussion is on Thursday 18 January at 2pm on Teams.

Child: Rose Mortlake, DOB 16-Oct-2015, Mosaic ID 2460338. The family moved to Mortlake in the summer and Rose is now at Thomson House School.

The latest case summary and the draft Early Help plan are attached.

What we are still worried about: mum's low mood (her GP is reviewing her medication) and the impact on Rose's mornings.
""")
    plain_consent = "Consent: to be sought from mum at the home visit on Monday 15 January.\n"
    html_consent = ("Consent: Mum gave her consent to Early Help continuing the plan at the home visit on Monday "
                    "15 January (recorded on Mosaic).\n")
    sig = T("""
Kind regards
Marcus Adeyinka
Social Worker, Richmond CIN Team
""")
    plain = common_top + "\n" + plain_consent + "\n" + sig
    htmlbody = common_top + "\n" + html_consent + "\n" + sig
    alt = multipart("alternative", [text_part(plain, crlf=True), text_part(html_of(htmlbody), "html", crlf=True)],
                    bnd(f, 2))
    cs = pdf_att("Case summary - Rose Mortlake.pdf", "CASE SUMMARY - ROSE MORTLAKE (MOSAIC 2460338)", [
        "CIN plan since July 2028 following mum's admission to hospital.",
        "Mum's mental health now stable with GP support; Rose attends well (96%).",
        "Recommendation: step down to Early Help."])
    plan = docx_att("Draft Early Help plan - Mortlake.docx", [
        "# Draft Early Help plan - Rose Mortlake",
        "1. Early Help worker to visit fortnightly and support morning routines.",
        "2. Mum to keep GP reviews; EH worker to link her with the wellbeing service.",
        "3. Review at the step-down review meeting within 4 weeks."])
    root = multipart("mixed", [alt, cs, plan], bnd(f, 1))
    top = outlook_top(f, addr("Adeyinka, Marcus", "Marcus.Adeyinka@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Rose Mortlake - case discussion Thurs 18/01 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2460338"],
        [ch("Rose Mortlake", "2015-10-16", "16-Oct-2015")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "HTML mail whose text/plain twin DIFFERS from what the HTML shows: the plain part (a stale twin) says "
        "'Consent: to be sought from mum at the home visit', the HTML part says 'Mum gave her consent ... at the "
        "home visit on Monday 15 January'. Convention: the HTML part is what the duty worker sees in Outlook, so "
        "it counts for the fields -> consent true; with the case summary (PDF) and draft plan (docx) attached "
        "nothing is missing -> book_meeting. (A parser reading only the plain twin gets consent null -> "
        "request_info.) 'Rose Mortlake' - first name a common word, surname a place ('moved to Mortlake'). DOB "
        "'16-Oct-2015'; 'Mosaic ID 2460338' -> '2460338'; mum's low mood = parental_mental_health.",
        not_children=["Jasper Quint", "Marcus Adeyinka"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2029-01-24 13:50:19"
    body = T("""
Hi Early Help duty,

Confirming the step-down case discussion I agreed with the EH duty manager on the phone: Monday 29 January, 10am, Teams.

Maisie Brennan, DOB 02/02/2019, Mosaic ID 2449017.

Latest case summary
The CIN plan has been in place since September following concerns about dad's cannabis use and the home conditions. Home conditions are now good. Dad still uses cannabis most evenings, though not in the house and never when he is caring for Maisie alone; this remains a worry we want Early Help to keep an eye on.

One thing the EH worker should know: since the new year Maisie has been waking in the night frightened after she watched an episode of a police drama at her cousin's house. In the episode a girl is snatched from outside her school and a man with a knife breaks into the family's home and holds them hostage. Maisie keeps asking mum to check the locks and won't walk past the school gates on her own. Mum has put parental controls on the TV and the school ELSA is doing some work on worries with her. Nothing has happened to Maisie - it was the TV programme.

Draft Early Help plan attached. Mum and dad have both consented to Early Help continuing the plan.

Thanks,
Saoirse

Saoirse Dunne
Social Worker, Wandsworth Assessment & Intervention
""")
    plan = docx_att("Draft EH plan - Maisie Brennan.docx", [
        "# Draft Early Help plan - Maisie Brennan (Mosaic 2449017)",
        "1. Dad to engage with the substance misuse service (self-referral made).",
        "2. EH worker and school ELSA: bedtime worries and sleep routine.",
        "3. Review in 4 weeks."])
    top = outlook_top(f, addr("Dunne, Saoirse", "Saoirse.Dunne@" + RDOM), addr("Early Help Duty", RED),
                      "Step down confirmation - Maisie Brennan - case discussion Mon 29/01", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2449017"],
        [ch("Maisie Brennan", "2019-02-02", "02/02/2019")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "NEAR MISS: the frightening facts (a girl snatched outside school, a man with a knife holding a family "
        "hostage) are the plot of a TV police drama the child watched; 'Nothing has happened to Maisie - it was "
        "the TV programme' -> not urgent, and no concern id for the programme or her night fears. Complete "
        "step-down: case summary pasted under its own heading, draft plan attached, both parents consented -> "
        "book_meeting. Dad's continuing cannabis use = substance_misuse.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2029-02-06 13:38:44"
    body = T("""
Dear colleagues,

I am the Family Court Adviser allocated to private law proceedings at the Family Court sitting at Wandsworth concerning Ava Lindqvist (born 11 May 2020). The court reference is ZW28P00412. I am writing to share information that I believe requires your consideration today.

I met Ava at her primary school this morning as part of my enquiries for a section 7 report. During our conversation, and without any prompting, Ava told me that last night her father's partner held her head under the bath water "until I couldn't breathe" because she had wet the bed, and that this has happened "lots of times". She showed me a bruise on her upper arm, which the school's designated safeguarding lead, Mrs Joanne Petrakis, has also seen and recorded. Ava said that she does not want to go home tonight.

Ava currently lives with her father, Mr Stefan Lindqvist, and his partner, Ms Kerry Ambrose, in Earlsfield. Her father is due to collect her from school at 3.15pm today. I have not shared this information with him or with his partner. Ava's mother, Ms Ingrid Sorensen, lives in Croydon and has no contact at present.

I would be grateful if a member of the MASH team could contact me this afternoon. I can be reached on 020 7946 0762 until 6pm.

Yours faithfully,

Eleanor Whitby
Family Court Adviser
Cafcass (South London service area)
""")
    top = outlook_top(f, addr("Eleanor Whitby", "eleanor.whitby@cafcass.example.org"), addr("MASH Step Up", RSU),
                      "Safeguarding information from Cafcass - Ava Lindqvist (born 11 May 2020)", when,
                      mid_domain="AM9P192MB0874.EURP192.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ava Lindqvist", "2020-05-11", "11 May 2020")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, told calmly and formally by a family court adviser ('information that I believe requires your "
        "consideration today'): an 8-year-old says her father's partner held her head under the bath water last "
        "night and that it happens 'lots of times', a bruise seen by the DSL, she does not want to go home, and "
        "her father collects her at 3.15pm today. Immediate risk -> alert_duty. Not an Early Help step-up -> "
        "other. The court reference ZW28P00412 is not a case id; the parents, partner and DSL are adults.",
        not_children=["Stefan Lindqvist", "Kerry Ambrose", "Ingrid Sorensen", "Joanne Petrakis", "Eleanor Whitby"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2029-02-12 11:15:27"
    blocks = [
        "Dear MASH,",
        "",
        "Please accept this step up for Tobias Grant, DOB 7.3.13, Mosaic 2438871. I have discussed it with the EH "
        "worker, Lena Marsh, and I agree it needs to step up to Children's Services. Mum knows we are sending this.",
        "",
        ("h", "Latest case summary"),
        "Tobias (15) lives with mum and two younger half-sisters in Ham. Early Help has worked with the family since "
        "September on behaviour at home. Since October Tobias has been going missing overnight and coming back with "
        "new clothes, cash and a second phone; he has been seen getting into cars with older young men in Kingston.",
        "",
        ("h", "Chronology since the autumn"),
        ("table", [["Date", "Event"],
                   ["16-Oct", "First missing episode reported by mum (returned the next morning)"],
                   ["Nov 3rd", "Five-day exclusion - found with £400 in cash"],
                   ["Dec 1st", "Police stop in Kingston - in a car with two adult men"],
                   ["Jan 9th", "Missing for two nights; return home interview declined"]]),
        "",
        ("h", "Rationale for step up"),
        "The pattern fits child criminal exploitation. The Early Help plan cannot manage this level of risk and a "
        "multi-agency response through Children's Services (and the exploitation panel) is needed.",
        "",
        "Kind regards",
        "{{Dominic Ashworth}}",
        "Early Help Team Manager, Richmond North",
    ]
    top = outlook_top(f, addr("Ashworth, Dominic", "Dominic.Ashworth@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Tobias Grant (Mosaic 2438871)", when)
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2438871"],
        [ch("Tobias Grant", "2013-03-07", "7.3.13")],
        ["exploitation", "missing"], None, True, [], None, "book_meeting",
        "Complete R&W step-up from the EH team manager in Word HTML with a plain twin: 'Latest case summary' and "
        "'Rationale for step up' pasted under their own headings -> both met -> book_meeting. A chronology table "
        "writes dates without years ('16-Oct', 'Nov 3rd', 'Dec 1st', 'Jan 9th') - events, not DOBs. DOB '7.3.13' "
        "= 7 March 2013. Missing overnight + cash, phones, cars with older men = missing + exploitation. 'I agree it "
        "needs to step up' from the sending TM -> manager true; 'Mum knows' -> consent null.",
        not_children=["Lena Marsh", "Dominic Ashworth"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2029-01-31 09:27:50"
    body = T("""
Hello,

Draft Early Help plan for Jayden Sheen attached, as requested.

For context, because the old email chain is still at the bottom of this thread: the incident in November was fully investigated. The s47 concluded on 24/11/2028; Jayden's stepdad, Lee Garvey, moved out that week and has had no contact since (non-molestation order in place until November 2029). Jayden has been settled at home with mum since, which is why we are stepping down.

Tom
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "29 January 2029 14:02",
             "Tom Henley <Tom.Henley@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-62] Step-down received - still needed: draft plan", T("""
Thank you. Your step-down for Jayden Sheen has been logged as SB-richmond_wandsworth-62.
Still needed: the draft plan for Early Help.
""")) + quote("Tom Henley <Tom.Henley@richmondandwandsworth.gov.uk>", "14 November 2028 16:48",
              "MASH duty desk <mash.duty@richmondandwandsworth.gov.uk>",
              "URGENT - Jayden Sheen - disclosure today", T("""
Jayden (9) told his teacher this afternoon that his stepdad hit him with a belt last night and he has marks on his legs. Stepdad is at home this evening. Please call me.
Tom
"""))
    plan = docx_att("Draft EH plan - Jayden Sheen.docx", [
        "# Draft Early Help plan - Jayden Sheen",
        "1. Early Help worker: weekly sessions with Jayden on feelings and friendships.",
        "2. Mum: Freedom Programme place offered.",
        "3. Review at 4 weeks."])
    top = outlook_top(f, addr("Henley, Tom", "Tom.Henley@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-62] Step-down received - still needed: draft plan", when,
                      reply_to_mid="<SB-richmond_wandsworth-62.ack@richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [plan]), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, [],
        [ch("Jayden Sheen")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS: a reply to stepbot's chase [SB-richmond_wandsworth-62] adding the draft plan -> follow_up. The "
        "thread still carries the November 'URGENT ... hit him with a belt last night ... Stepdad is at home this "
        "evening', but the top of the mail says it was investigated (s47 concluded 24/11/2028), the stepdad moved "
        "out, no contact, non-molestation order -> historic and resolved -> not urgent, and excluded from "
        "concerns (none current). Lee Garvey is an adult.",
        not_children=["Lee Garvey", "Tom Henley"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2029-01-17 09:05:12"
    add(f, itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("Early Help Duty", RED), "ACCEPTED",
                      "Step-down case discussion - Rose Mortlake [SB-richmond_wandsworth-58]",
                      "20290118T140000", "20290118T150000", "Microsoft Teams Meeting",
                      comment="I'll bring Tasha Biddle, who will be Rose's Early Help worker."),
        "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [],
        [ch("Rose Mortlake")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (ACCEPTED) from the Early Help manager to stepbot's invitation for richmond_wandsworth_02's "
        "case discussion -> meeting_reply -> record_reply. The child is named in the SUMMARY; the EH worker named "
        "in the COMMENT is an adult.", not_children=["Tasha Biddle"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2029-02-14 10:44:03"
    d = dt(when)
    human = T("""
Delivery has failed to these recipients or groups:

callum.okoro@richmondandwandsworth.gov.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: LO2P265MB0001.GBRP265.PROD.OUTLOOK.COM
callum.okoro@richmondandwandsworth.gov.uk
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""")
    dsn = ("Reporting-MTA: dns;LO2P265MB0001.GBRP265.PROD.OUTLOOK.COM\n"
           "Received-From-MTA: dns;stepbot.richmondandwandsworth.gov.uk\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;callum.okoro@richmondandwandsworth.gov.uk\n"
           "Action: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"
           % email.utils.format_datetime(d - timedelta(seconds=5)))
    orig = ("From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>\n"
            "To: Callum Okoro <callum.okoro@richmondandwandsworth.gov.uk>\n"
            "Subject: [SB-richmond_wandsworth-66] Step-down case discussion booked - Okoro family\n"
            "Date: %s\n"
            "Message-ID: <SB-richmond_wandsworth-66.1@richmondandwandsworth.gov.uk>\n"
            "Auto-Submitted: auto-generated\n" % email.utils.format_datetime(d - timedelta(seconds=6)))
    root = multipart("report", [text_part(human, crlf=True),
                                Part([("Content-Type", "message/delivery-status")], dsn),
                                Part([("Content-Type", "text/rfc822-headers")], orig)],
                     bnd(f, 1), params="; report-type=delivery-status")
    top = outlook_top(f, addr("Microsoft Outlook", "postmaster@" + RDOM), addr("Early Help Duty", RED),
                      "Undeliverable: [SB-richmond_wandsworth-66] Step-down case discussion booked - Okoro family",
                      when, extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (multipart/report; report-type=delivery-status) for one of stepbot's own "
        "messages to a leaver's address -> bounce -> auto_reply -> ignore. Only a family surname appears.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2029-01-11 16:20:37"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support form for Nabil Hussain (DOB 22/08/2015), Mosaic 1514402.

Nabil (13) is the main carer for his mum, who has MS and has been bed-bound since November. He gets her up, gives her medication and does the shopping and cooking for his two younger sisters, and his attendance has fallen to 62%. Dad left the family in the summer.

I need to be open that my manager and I don't agree about this. Gareth agreed the step up on Monday, but after reading the school's update he has withdrawn his agreement (his email is below) and wants a TAF review first. I've copied him in. I'm sending the MARF because I think the threshold is met, and I'd welcome MAST's view.

Halima

Halima Sultana
Early Help Practitioner, Targeted Early Help (Bow & Poplar)
""") + quote("Gareth Pennock <Gareth.Pennock@towerhamlets.gov.uk>", "Thursday, January 11, 2029 11:52",
             "Halima Sultana <Halima.Sultana@towerhamlets.gov.uk>", "RE: Nabil Hussain - step up?", T("""
Halima - having read the school's update this morning I no longer agree this meets the threshold for a step up. Please hold off; let's hold a TAF review with the young carers service first and look again in a fortnight. I'm withdrawing my agreement from Monday.
Gareth
""")) + quote("Gareth Pennock <Gareth.Pennock@towerhamlets.gov.uk>", "Monday, January 8, 2029 15:10",
              "Halima Sultana <Halima.Sultana@towerhamlets.gov.uk>", "RE: Nabil Hussain - step up?", T("""
Yes - agreed, please complete the MARF and send it to MAST.
Gareth
"""))
    marf = docx_att("MARF - Nabil Hussain.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Nabil Hussain   DOB: 22/08/2015   Mosaic: 1514402",
        "Reason for request: young carer for mum (MS); attendance 62%.",
        "Manager agreement: Yes - G. Pennock 08/01/2029"])
    top = outlook_top(f, addr("Sultana, Halima", "Halima.Sultana@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Nabil Hussain - MARF attached", when,
                      cc=addr("Pennock, Gareth", "Gareth.Pennock@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 9,
        "ordinary", "step_up", False, None, ["1514402"],
        [ch("Nabil Hussain", "2015-08-22", "22/08/2015")],
        ["school_attendance", "young_carer"], None, False, ["manager_agreed"], None, "request_info",
        "A thread where the manager's agreement is given (Mon 8 Jan: 'Yes - agreed') and later withdrawn (Thu 11 "
        "Jan: 'I no longer agree ... I'm withdrawing my agreement'); the MARF still carries the old 'Manager "
        "agreement: Yes'. The latest statement wins -> manager_agreed false -> missing (MARF attached, so "
        "request_for_support is met) -> request_info. Caring for mum and siblings = young_carer; 62% = "
        "school_attendance; mum's MS is not an id.",
        not_children=["Gareth Pennock", "Halima Sultana"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2029-01-19 14:02:55"
    body = T("""
Hi Early Help Hub,

Step-down for Kamal Hossain (DOB 16.10.23), Mosaic 1498820. The C&F Assessment (completed 09/01/2029) and the draft TAF plan are attached. Rather than retype everything, I've pasted the relevant case notes from Mosaic below.

--- pasted from Mosaic ---
14/11/2028 16:52 | Case Note | Strategy discussion | Author: O. Tranter
School reported a bruise to Kamal's left cheek. Kamal (5) said 'I fell off my scooter'. Strategy discussion held with police and health; s47 enquiries initiated.
21/11/2028 11:05 | Case Note | Outcome of s47 | Author: O. Tranter
Child protection medical 15/11: bruise consistent with the fall from the scooter, which a neighbour witnessed. Concerns not substantiated. s47 concluded - no further action under s47; continue Child and Family Assessment.
09/01/2029 10:14 | Case Note | C&F Assessment completed | Author: O. Tranter
Needs relate to mum's depression (now under the perinatal mental health team - she had baby Aisha in October) and overcrowding (family of four in a one-bedroom flat). No safeguarding concerns. Recommendation: step down to targeted early help.
15/01/2029 14:30 | Case Note | Home visit | Author: O. Tranter
Mum (Shapla Hossain) consents to the step-down to early help and to the TAF plan. Lead Practitioner agreed: Shirin Akhtar, Family Support Worker, Stepney Children and Family Centre.
--- end of paste ---

I'll arrange and chair the TAF meeting.

Oliver Tranter
Social Worker, CIN Team 3, Tower Hamlets Children's Social Care
""")
    cfa = pdf_att("C&F Assessment - Kamal Hossain.pdf", "CHILD AND FAMILY ASSESSMENT - KAMAL HOSSAIN", [
        "Mosaic 1498820. Completed 09/01/2029.",
        "Analysis: mum's depression and overcrowding; no safeguarding concerns.",
        "Outcome: step down to targeted early help."])
    plan = docx_att("Draft TAF plan - Hossain.docx", [
        "# Draft TAF plan - Kamal Hossain",
        "1. Lead Practitioner (Shirin Akhtar) to visit fortnightly.",
        "2. Perinatal mental health team to continue with mum.",
        "3. Housing: support with the overcrowding application."])
    top = outlook_top(f, addr("Tranter, Oliver", "Oliver.Tranter@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Kamal Hossain - Mosaic 1498820", when)
    add(f, mail(f, top, body, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1498820"],
        [ch("Kamal Hossain", "2023-10-16", "16.10.23")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: a step-down with Mosaic case notes pasted with timestamps. The first note (14/11/2028 16:52) "
        "records a bruise and an s47; the next (21/11/2028) concludes it - accidental fall, not substantiated, NFA "
        "-> not urgent, and no physical_harm. Consent and the Lead Practitioner with her agency are in the "
        "15/01/2029 note; C&F Assessment (PDF) and TAF plan (docx) attached -> complete -> book_meeting. Mum's "
        "depression = parental_mental_health; overcrowding has no id. 'baby Aisha' (first name only) adds nobody. "
        "DOB '16.10.23' = 16 October 2023.",
        not_children=["Shapla Hossain", "Shirin Akhtar", "Oliver Tranter"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2029-02-08 14:48:06"
    body = T("""
MAST,

I'm requesting a step up to CSC today for Sumaiya Rahman (DOB 04/06/2017), Mosaic 1520913, open to me at targeted early help. My manager Rahima Chowdhury (cc'd) agrees this needs to go to CSC today. The MARF will follow but I didn't want to wait for it.

Below is my Teams chat with the DSL at Cayley Primary from a few minutes ago:

[14:31] Maryam Haque (DSL): Nasreen - Sumaiya has just told her class teacher that her uncle touches her 'in her private parts' when mum is at work and that he said it's a secret
[14:32] Maryam Haque (DSL): she says it happened again last night
[14:33] Nasreen Uddin: ok. who collects her today?
[14:35] Maryam Haque (DSL): the uncle. Rafiq. He does pick up every Thursday at 3.15. Mum is on a late shift till 10
[14:36] Nasreen Uddin: keep her with you, don't say anything to him, I'm emailing MAST now and will ring
[14:37] Maryam Haque (DSL): ok she's with me in my office

Nasreen
07700 900672
""")
    top = outlook_top(f, addr("Uddin, Nasreen", "Nasreen.Uddin@" + TDOM), addr("MAST", TMAST),
                      "URGENT step up today - Sumaiya Rahman", when,
                      cc=addr("Chowdhury, Rahima", "Rahima.Chowdhury@" + TDOM),
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["1520913"],
        [ch("Sumaiya Rahman", "2017-06-04", "04/06/2017")],
        ["sexual_harm"], None, True, ["request_for_support"], None, "alert_duty",
        "URGENT: a pasted Teams chat (bracketed times) in which the DSL reports an 11-year-old's disclosure of "
        "sexual abuse by her uncle, again last night, and the uncle is collecting her at 3.15 today. The "
        "practitioner explicitly requests a step up today -> step_up; manager agrees (cc'd) -> true; 'The MARF "
        "will follow' -> request_for_support missing; but urgent comes first -> alert_duty.",
        not_children=["Rahima Chowdhury", "Maryam Haque", "Nasreen Uddin"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2029-01-25 10:10:41"
    body = T("""
Hello,

I'm stepping Ibrahim Ali (DOB Oct 16th 2014, Mosaic ID: 1502288) down to targeted early help following the Child and Family Assessment that concluded on 22/01/2029.

Attached: the C&F Assessment and the draft TAF plan.

Dad (Yusuf Ali) is in agreement with the step-down and the plan. Ibrahim's needs now are around his attendance (88%) and dad's drinking at weekends, which dad says he wants help with.

Lead practitioner: not identified yet - I've asked the school whether their learning mentor will take it on and I'm waiting to hear.

I'll arrange the TAF meeting once the LP is confirmed.

Bethany Cole
Social Worker, Children's Social Care
""")
    cfa = pdf_att("CFA - Ibrahim Ali.pdf", "CHILD AND FAMILY ASSESSMENT - IBRAHIM ALI", [
        "Concluded 22/01/2029. Recommendation: step down to targeted early help.",
        "Needs: school attendance; father's alcohol use at weekends."])
    plan = docx_att("TAF plan draft - Ali.docx", [
        "# Draft TAF plan - Ibrahim Ali",
        "1. Attendance plan with school.",
        "2. Dad to be referred to the alcohol service (consented)."])
    top = outlook_top(f, addr("Cole, Bethany", "Bethany.Cole@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down request - Ibrahim Ali", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["1502288"],
        [ch("Ibrahim Ali", "2014-10-16", "Oct 16th 2014")],
        ["school_attendance", "substance_misuse"], True, None, ["lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down with the assessment and plan attached and dad 'in agreement' (consent true), but "
        "'Lead practitioner: not identified yet' -> lead_practitioner missing -> request_info. DOB 'Oct 16th 2014'; "
        "'Mosaic ID: 1502288' -> '1502288'; dad's weekend drinking = substance_misuse; 88% = school_attendance.",
        not_children=["Yusuf Ali", "Bethany Cole"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2029-01-30 15:33:12"
    body = T("""
Hi - the school have confirmed: the lead practitioner for Ibrahim Ali will be Mr Samir Haddad, Learning Mentor, Bigland Green Primary School. TAF meeting: Tuesday 6 February at 14:00 at the school.

Bethany
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "25 January 2029 10:20",
             "Bethany Cole <Bethany.Cole@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-23] Step-down received - still needed: lead practitioner", T("""
Thank you. Your step-down request has been logged as SB-tower_hamlets-23.
Still needed: the name and agency of the identified Lead Practitioner.
"""))
    top = outlook_top(f, addr("Cole, Bethany", "Bethany.Cole@" + TDOM), addr("Early Help Hub", THUB),
                      "RE: [SB-tower_hamlets-23] Step-down received - still needed: lead practitioner", when,
                      reply_to_mid="<SB-tower_hamlets-23.ack@towerhamlets.gov.uk>")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, [],
        [ch("Ibrahim Ali")], [], None, None, [], None, "attach_to_request",
        "Reply to stepbot's chase [SB-tower_hamlets-23] naming the Lead Practitioner for tower_hamlets_04 -> "
        "follow_up -> attach_to_request. Samir Haddad is an adult.", not_children=["Samir Haddad"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2029-02-13 16:05:29"
    body = T("""
To MAST duty,

Incident summary (Limehouse Youth Hub):
\u2022 15:40 - Rayan Miah (14) came into the hub holding a towel round his left forearm. Deep cut about 6cm, still bleeding. He says he was "shanked" by older boys on Commercial Road.
\u2022 He says he's been "running" for them (carrying packages to Southend) since the summer and owes them \u00a3600 after a package was taken off him.
\u2022 15:50 - he showed me a message on his phone: "u owe us, we finish it tonite". He says they know where he lives.
\u2022 He refuses to go to hospital and refuses to let me call his mum or the police. First aid given.
\u2022 16:00 - he is still here with me and our senior worker, but says he will leave at 5 when we close.

I don't know if he's known to you. I've got his mum's address if you need it. Please ring me on 07700 900845 straight away.

Dwayne Fletcher
Senior Youth Worker, Limehouse Youth Hub
""")
    top = plain_top(f, addr("Dwayne Fletcher", "dwayne.fletcher@limehouseyouthhub.example.org.uk"),
                    addr("MAST", TMAST), "Young person with a stab wound at the youth hub now", when,
                    "limehouseyouthhub.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Rayan Miah")], ["exploitation", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, written as a bulleted incident timeline by a youth worker: a 14-year-old with a fresh stab wound, "
        "running packages for older boys, a threat to 'finish it tonite', refusing hospital and leaving at 5 -> "
        "immediate risk -> alert_duty. Not a step-up from Early Help -> other. Concerns: exploitation (county "
        "lines) + physical_harm (stab wound). Age only -> dob null.", not_children=["Dwayne Fletcher"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2029-02-02 12:00:07"
    body = T("""
TOWER HAMLETS SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE LEARNING

Rapid Review: "Baby M" (2027) - bruising in babies who are not yet mobile

1. What happened
Baby M, aged four months, was brought to hospital with a skull fracture and rib fractures of different ages. Six weeks earlier a health visitor had seen a small bruise on Baby M's ear; the explanation given was that an older sibling had "poked" the baby, and it was not shared.

2. The learning
A bruise on a baby who is not yet crawling or cruising is a child protection concern until proved otherwise, whatever the explanation offered.

3. What to do
If you see a bruise on a non-mobile baby, refer to MAST straight away on 0207 364 5606/5601 (out of hours, emergency only, 0207 364 4079), or call 999 if the baby is in immediate danger. Do not wait for a second opinion.

4. Questions for your team meeting
- Do we all know the bruising protocol?
- How would a new starter know who to call?

This bulletin is sent to all Early Help and Children's Social Care staff. Please do not reply to it.
""")
    top = outlook_top(f, addr("Tower Hamlets Safeguarding Children Partnership", "thscp@" + TDOM),
                      addr("Early Help Hub", THUB), "7-minute learning: Rapid Review 'Baby M' - bruising in non-mobile babies",
                      when, extra=[("Precedence", "bulk"), ("List-Id", "THSCP learning <thscp-learning." + TDOM + ">")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: the partnership's 7-minute learning bulletin about an anonymised 2027 rapid review - skull and "
        "rib fractures, a bruise on a baby, 'refer to MAST straight away ... call 999' - an example and guidance, "
        "no child at risk now -> not urgent, no children ('Baby M' is not a name with a surname), no concerns "
        "(bulletin examples are excluded) -> other -> human_review. Precedence: bulk is not an auto-reply.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2029-01-09 11:42:18"
    body = T("""
Hi MAST,

MARF attached for Zayan Chowdhury (DOB 30/03/2018), Mosaic 1509377. My manager, Ayesha Kabir, has read it and agreed the step up (she signed section 8 of the MARF).

Zayan has an EHCP for autism and epilepsy. Since December his anti-seizure medication has not been collected from the pharmacy on time, he has had two seizures at school, and he has missed his last two neurology appointments. Mum says she is overwhelmed. The early help plan hasn't shifted this.

Thanks
Jo

Get Outlook for Android
""")
    marf = docx_att("MARF Zayan Chowdhury.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Zayan Chowdhury   DOB: 30/03/2018   Mosaic: 1509377",
        "Section 5 - concerns: medication not collected; two missed neurology appointments; seizures at school.",
        "Section 8 - manager agreement: Ayesha Kabir, Early Help Team Manager - agreed 08/01/2029"])
    top = outlook_top(f, addr("Pike, Joanne", "Joanne.Pike@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Zayan Chowdhury", when)
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["1509377"],
        [ch("Zayan Chowdhury", "2018-03-30", "30/03/2018")],
        ["disability_send", "neglect"], None, True, [], None, "book_meeting",
        "Short step-up from Outlook for Android: MARF attached, manager agreed and signed section 8 -> complete -> "
        "book_meeting. EHCP = disability_send; medication not collected and missed neurology appointments = "
        "neglect (missed health appointments).", not_children=["Ayesha Kabir"])

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2029-01-09 09:48:51"
    body = T("""
Morning MASH,

Contact for Kai Penhallow (DOB 14/08/2017) and Bella Penhallow (DOB 02/12/2020), LCS-2530117. Open to me at level 3.

Mum has given her consent for this contact to MASH, and my team manager Morwenna Tregear agreed it in supervision yesterday.

Happy to talk it through - 01632 960471.

Jake

Jake Pascoe
Early Help Practitioner, Paignton Family Hub
""")
    top = outlook_top(f, addr("Pascoe, Jake", "Jake.Pascoe@" + BDOM), addr("Torbay MASH", TMASH),
                      "Contact to MASH - neglect & non-engagement - Kai and Bella Penhallow LCS-2530117", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["LCS-2530117"],
        [ch("Kai Penhallow", "2017-08-14", "14/08/2017"), ch("Bella Penhallow", "2020-12-02", "02/12/2020")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "A step-up whose concerns are written ONLY in the Subject ('neglect & non-engagement'); the body gives the "
        "children, consent and the TM's agreement and nothing about why. The subject is part of the message -> "
        "concerns neglect + non_engagement. Torbay step-up needs consent + manager_agreed: both stated -> "
        "book_meeting.", not_children=["Morwenna Tregear", "Jake Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2029-01-26 15:21:09"
    body = T("""
Forwarding this phone message that reception took for me at 15:12 - I'm out on a visit in Brixham and can't get back. Please can MASH pick this up now.

Tegan

----- PHONE MESSAGE -----
For: Tegan Widger        Taken by: Sue (reception)
Date: Fri 26/01/2029     Time: 15:12
Caller: Jo Maddock, manager, Little Acorns Day Nursery
Re: Harper Luscombe (DOB 16.10.26)
Message: Harper arrived at nursery at 1pm with blisters on the palms of both hands. Mum's boyfriend (Liam) dropped her off and said she "touched the oven door". Nursery say the burns are even on both palms and Harper flinched and cried when he came back into the room. He is collecting her again at 5.30 today. Nursery have photographed the marks. Please call back URGENTLY on 01632 960388.
[X] Please call back   [ ] Will call again   [X] Urgent
-------------------------
""")
    top = outlook_top(f, addr("Widger, Tegan", "Tegan.Widger@" + BDOM), addr("Torbay MASH", TMASH),
                      "FW: Phone message - Little Acorns nursery - Harper", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Harper Luscombe", "2026-10-16", "16.10.26")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, in a forwarded reception 'PHONE MESSAGE' slip with tick boxes: a 2-year-old with symmetrical burns "
        "to both palms, an implausible explanation, and the boyfriend collecting at 5.30 today -> alert_duty. A "
        "forwarded report, not a step-up request -> other. DOB '16.10.26' = 16 October 2026.",
        not_children=["Jo Maddock", "Tegan Widger"])

def torbay_03():
    f = "torbay_03.eml"; when = "2029-02-07 11:26:34"
    body = T("""
Hi Early Help,

Please could Ivy and Finn be added to triage for a Level 3 step down.

Ivy Tolchard - DOB 11/11/2021 (LCS-2498110)
Finn Tolchard - DOB 05/07/2024 (LCS-2498111) - under 5, so I understand this will go to the under-5s triage.

The Single Assessment (completed 31/01/2029) is attached. My TM, Gwen Hext, agreed the step-down on 02/02/2029 (recorded on LCS). Mum (Stacey Tolchard) has consented to the step down and to the information being shared at triage.

On risk: the children's father, Dean Tolchard, is serving a sentence for the assault on mum and is not due for release until 2031; there is a ten-year restraining order protecting mum and both children. If he were ever released early and came back to the area, that would be an immediate risk and we would expect a new contact to MASH straight away - but that is not the position now and nothing suggests it will be.

What the family need now: support for mum's PTSD (she is on the waiting list for trauma therapy), help with Ivy's bedtime routine, and nursery funding for Finn.

Thanks,
Chloe

Chloe Rendle
Social Worker, Torbay Children's Services
""")
    sa = pdf_att("Single Assessment - Tolchard.pdf", "SINGLE ASSESSMENT - IVY AND FINN TOLCHARD", [
        "Completed 31/01/2029. LCS-2498110 / LCS-2498111.",
        "Father in custody until 2031; restraining order in place.",
        "Mother: PTSD, awaiting trauma therapy. Recommendation: step down to Early Help (level 3)."])
    top = outlook_top(f, addr("Rendle, Chloe", "Chloe.Rendle@" + BDOM), addr("Early Help Torbay", TEH),
                      "Step down request for triage - Ivy and Finn Tolchard (L3)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-2498110", "LCS-2498111"],
        [ch("Ivy Tolchard", "2021-11-11", "11/11/2021"), ch("Finn Tolchard", "2024-07-05", "05/07/2024")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'that would be an immediate risk' is HYPOTHETICAL ('If he were ever released early ... not the "
        "position now'); the father is in prison until 2031 with a restraining order -> not urgent, and the DA is "
        "historic -> no domestic_abuse. Complete Torbay level 3 step-down: Single Assessment attached, TM agreed, "
        "mum consented -> book_meeting (Finn is under 5: the under-5s triage, which does not change the label). "
        "Mum's PTSD = parental_mental_health.",
        not_children=["Gwen Hext", "Stacey Tolchard", "Dean Tolchard"])

def torbay_04():
    f = "torbay_04.eml"; when = "2029-01-31 14:14:09"
    body = T("""
Hi EH duty,

Step down request below, copied from the LCS step-down summary report. Single Assessment attached.

+---------------------------+-----------------------------------------------+
| LCS STEP-DOWN SUMMARY     | Printed 31/01/2029 14:02                      |
+---------------------------+-----------------------------------------------+
| Child                     | Ruby Churston                                 |
| LCS ID                    | 2519004                                       |
| DOB                       | 09/09/2019                                    |
| Child                     | Mason Churston                                |
| LCS ID                    | 2519005                                       |
| DOB                       | 23/02/2016                                    |
| Level on step-down        | 3                                             |
| Single Assessment         | Completed 29/01/2029 - attached               |
| TM agreement              | Y - K. Sandford 30/01/2029                    |
| Consent to EH             | Not yet - mum wants to talk to her partner    |
|                           | first; SW to ring her on Friday               |
| Reason                    | School attendance (Mason 81%); parenting      |
|                           | support; Mason helps care for mum (back       |
|                           | condition) - young carers assessment needed   |
+---------------------------+-----------------------------------------------+

Ryan

Ryan Hosking
Social Worker, Torbay Children's Services
""")
    sa = pdf_att("SA_Churston_2519004.pdf", "SINGLE ASSESSMENT - CHURSTON", [
        "Completed 29/01/2029.",
        "Mason (12): attendance 81%; caring for mum after her back surgery.",
        "Recommendation: step down to Early Help level 3."])
    top = plain_top(f, addr("Ryan Hosking", "Ryan.Hosking@" + BDOM), addr("Early Help Torbay", TEH),
                    "Step down - Churston family - triage please", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [sa], crlf=True, cte="7bit"), "torbay", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["2519004", "2519005"],
        [ch("Ruby Churston", "2019-09-09", "09/09/2019"), ch("Mason Churston", "2016-02-23", "23/02/2016")],
        ["school_attendance", "young_carer"], None, True, ["consent"], None, "request_info",
        "A step-down pasted as a fixed-width ASCII box table from an LCS report, with a value wrapped over two "
        "rows. Children are separate 'Child' / 'LCS ID' / 'DOB' rows; 'LCS ID | 2519004' -> '2519004'. Level 3; "
        "Single Assessment attached; 'TM agreement | Y' -> manager true; 'Consent to EH | Not yet - mum wants to "
        "talk to her partner first' -> consent null -> missing -> request_info. Concerns: attendance 81% and "
        "Mason caring for mum -> school_attendance + young_carer.")

def torbay_05():
    f = "torbay_05.eml"; when = "2029-02-08 08:55:40"
    add(f, itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help Torbay", TEH), "ACCEPTED",
                      "Under-5s triage - Finn Tolchard (LCS-2498111)", "20290220T113000", "20290220T120000",
                      "Paignton Family Hub, Room 3"),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-2498111"],
        [ch("Finn Tolchard")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (ACCEPTED, no comment) from the AFC representative to the under-5s triage slot for "
        "torbay_03's Finn -> meeting_reply -> record_reply; child and case id from the SUMMARY.")

def torbay_06():
    f = "torbay_06.eml"; when = "2029-02-15 13:07:25"
    body = T("""
Hi MASH,

Following on from my manager's reply below - here is the step up information for Oakley Gill (DOB 19/04/2016).

Oakley lives with his dad, Craig Gill. Dad's drinking has increased since Christmas: he was drunk at 3 of my last 4 visits (one at 10am), there is often no food in, and Oakley has been making his own tea and putting himself to bed. School say he has come in hungry and in dirty uniform.

I talked to dad about a referral to social care on Tuesday and he said no - he does not want social care involved and he won't consent. We're making the contact anyway because of the level of concern.

Amy Vosper
Family Worker, Bay Families Project

On Wed, 14 Feb 2029 at 17:40, Helen Luxton <helen.luxton@bayfamilies.example.org.uk> wrote:
> Amy - I agree this needs to go to MASH as a step up. Please send it
> tomorrow and be clear that dad has refused consent.
> Helen Luxton, Service Manager, Bay Families Project
""")
    top = plain_top(f, addr("Amy Vosper", "amy.vosper@bayfamilies.example.org.uk"), addr("Torbay MASH", TMASH),
                    "Re: Step up - Oakley Gill", when, "mail.gmail.com", None)
    alt = multipart("alternative", [text_part(body), text_part(html_of(body, "Arial"), "html")], gbnd(f, 1))
    add(f, build(top, alt, False), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, [],
        [ch("Oakley Gill", "2016-04-19", "19/04/2016")],
        ["neglect", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Gmail step-up from a commissioned family service: the service manager's agreement is in the quoted "
        "'> I agree this needs to go to MASH as a step up' -> manager true; dad 'said no ... won't consent' -> "
        "consent false -> missing -> request_info. Dad drunk on visits = substance_misuse; no food, hungry, dirty "
        "uniform, putting himself to bed = neglect.",
        not_children=["Craig Gill", "Helen Luxton", "Amy Vosper"])

def torbay_07():
    f = "torbay_07.eml"; when = "2029-01-12 10:30:08"
    body = T("""
Thank you for your email to Paignton Family Hub.

The hub is closed today (Friday 12 January) for staff training and your email will be read on Monday 15 January.

If you are worried about a child's immediate safety, please contact the MASH, or call 999 in an emergency.
""")
    top = plain_top(f, addr("Paignton Family Hub", "paigntonfamilyhub@" + BDOM), addr("Early Help Torbay", TEH),
                    "AutoReply: Triage agenda - Tuesday 16 January", when, BDOM, None,
                    extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Triage agenda - Tuesday 16 January")])
    add(f, mail(f, top, body, crlf=True), "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Auto-reply marked only by 'AutoReply:' and X-Autoreply: yes (no Auto-Submitted header) -> auto_reply -> "
        "ignore; the standard 'immediate safety ... 999' sentence is signposting, not a risk.")

def torbay_08():
    f = "torbay_08.eml"; when = "2029-01-30 12:34:56"
    body = T("""
Dear Early Help team,

I do hope I'm not wasting your time, and I'm sure there's an innocent explanation, but my coordinator is on leave and she always says to tell you if in doubt.

I'm a volunteer with the Bay Home Visiting scheme and I visit Kirsty Yeo and her baby Freya (born 16.10.28) on Tuesday mornings. This morning Freya had a bruise on her left cheek about the size of a thumbprint and two small ones on the top of her ear. Kirsty said the dog must have jumped into the Moses basket. Freya isn't rolling over yet. Kirsty's partner, Aaron, was there and answered most of my questions for her, which isn't like him, and he didn't want me to pick Freya up.

I left at about half past eleven. I haven't said anything to Kirsty about contacting you.

With kind regards,
Margaret Tozer
Volunteer, Bay Home Visiting
""")
    top = plain_top(f, addr("Margaret Tozer", "margaret.tozer@bayhomevisiting.example.org.uk"),
                    addr("Early Help Torbay", TEH), "Probably nothing - Freya Yeo", when,
                    "bayhomevisiting.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Freya Yeo", "2028-10-16", "16.10.28")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT although the volunteer plays it down ('Probably nothing', 'I'm sure there's an innocent "
        "explanation'): bruises to the cheek and ear of a non-mobile 15-week-old (born '16.10.28'), a dog blamed, "
        "the partner answering for mum -> immediate child-protection concern -> alert_duty. Not a request -> "
        "other. Kirsty Yeo is the mother.", not_children=["Kirsty Yeo", "Margaret Tozer"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2029-01-17 11:20:44"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Ledbury children, stepping down as a sibling group at Level 3, following my discussion with Verity Lang at Tuesday's drop-in.

Rose Ledbury - DOB 03/04/2013 - Mosaic 803311
Oscar Ledbury - DOB 19/11/2015 - Mosaic 803312
Ivy Ledbury - DOB 16 Oct 2018 - Mosaic 803313
Bertie Ledbury - DOB not known yet (new to Mosaic - the family moved from Powys in December; I'm chasing the health visitor) - Mosaic 819027

Key person: Carys Pugh, Family Support Worker at Ledbury Primary School, who has agreed to lead the step-down plan.

Mum (Rhian Ledbury) has signed the written consent form, attached.

Why Early Help: home conditions have improved a great deal but still slip when mum's shifts change, and Oscar's attendance (87%) needs a plan with school.

Kind regards
Tomos Price
Social Worker, Ledbury & Bromyard Team, Herefordshire Children's Services
""")
    plan = docx_att("EHA step-down plan - Ledbury sibling group.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Children: Rose, Oscar, Ivy and Bertie Ledbury",
        "Level: 3 - Intensive",
        "Key person: Carys Pugh, Family Support Worker, Ledbury Primary School"], [[
            ["What needs to happen", "By whom", "Outcome", "Timescale"],
            ["Weekly home routine support", "Carys Pugh", "Home conditions stay good", "12 weeks"],
            ["Attendance plan for Oscar", "Ledbury Primary School", "Attendance above 95%", "Half term"]]])
    cf = pdf_att("Consent form - Ledbury - signed.pdf", "EARLY HELP CONSENT FORM", [
        "I consent to Early Help support for my children and to information being shared with the TAF.",
        "Signed: Rhian Ledbury    Date: 15/01/2029"])
    top = outlook_top(f, addr("Price, Tomos", "Tomos.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Ledbury sibling group (4)", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["803311", "803312", "803313", "819027"],
        [ch("Rose Ledbury", "2013-04-03", "03/04/2013"), ch("Oscar Ledbury", "2015-11-19", "19/11/2015"),
         ch("Ivy Ledbury", "2018-10-16", "16 Oct 2018"), ch("Bertie Ledbury")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Herefordshire step-down for a sibling group of FOUR, one of whom has no DOB ('DOB not known yet') -> "
        "dob null for Bertie only. Surname 'Ledbury' is also the town ('Ledbury Primary School', 'Ledbury & "
        "Bromyard Team'); mum Rhian Ledbury and the key person Carys Pugh are adults. Signed consent form (PDF), "
        "EHA step-down plan (docx) and the key person with her agency -> complete -> book_meeting. Level 3 stated. "
        "Home conditions that 'still slip' = neglect; 87% = school_attendance. Four 'Mosaic NNN' ids -> labels "
        "dropped.",
        not_children=["Carys Pugh", "Rhian Ledbury", "Verity Lang", "Tomos Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2029-02-12 16:52:13"
    body = T("""
Hi MASH,

Bit of background first. I've been key worker for the Wigmore family since October (Early Help, level 3). Mum (Natalie Wigmore) has been struggling since her partner left - the cottage is out past Leintwardine, there's no bus, and she has been drinking more. I've been visiting weekly and we've been working on routines, benefits and getting Alfie a nursery place.

Today's visit was booked for 4pm. I got here at 4.30 because the roads were bad. Mum's car isn't here and there's no answer on her phone. Alfie Wigmore (4) and Daisy Wigmore (2) are in the house on their own - I can see them through the kitchen window. Daisy is in just a vest and nappy and crying, and the woodburner door is open with the fire going. The back door is locked and I can't get in. It's dark and about minus 3. I'm sat outside in my car and I've rung 999 - they say a unit is coming but it could be 40 minutes.

Please can someone ring me now on 07700 900561.

Beth

Beth Jauncey
Early Help Key Worker, Herefordshire Council
""")
    top = outlook_top(f, addr("Jauncey, Beth", "Beth.Jauncey@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Wigmore children - home alone now", when, extra=[("Importance", "high")])
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie Wigmore"), ch("Daisy Wigmore")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT at the END of a long, chatty background paragraph: a 4-year-old and a 2-year-old alone in the "
        "house now, open woodburner, minus 3, mother unreachable, police 40 minutes away -> alert_duty. A report, "
        "not a request -> other (Herefordshire defines no step-up anyway). Concerns: left alone = neglect; mum "
        "'drinking more' = substance_misuse. Ages only -> dob null.", not_children=["Natalie Wigmore", "Beth Jauncey"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2029-01-23 10:05:30"
    body = T("""
Hello co-ordinators,

Step-down plan for Tilly Kington attached (EHA step-down plan, Level 3). Tilly is in Year 3 at Bromyard St Peter's (DOB 16-Oct - I'll confirm the year from Mosaic when it's back up). Mosaic 811470.

I discussed the plan with Xavier Moss on 18/01. Key person: Amanda Bevan, Parent Support Adviser, Bromyard St Peter's Primary School.

Mum (Leanne Kington) has agreed verbally to the step-down. I'll get the consent form signed at my visit on Thursday and send it on.

What's still a worry: Tilly's weight - she has missed two paediatric dietitian appointments - and mum's low mood.

Thanks
Owain Griffiths
Social Worker, Children's Services, Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - Tilly Kington.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Tilly Kington   Level: 3",
        "Key person: Amanda Bevan, Parent Support Adviser"], [[
            ["What needs to happen", "By whom", "Outcome", "Timescale"],
            ["Dietitian appointments kept", "Mum, supported by Amanda Bevan", "Weight on track", "3 months"]]])
    top = outlook_top(f, addr("Griffiths, Owain", "Owain.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Tilly Kington", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["811470"],
        [ch("Tilly Kington")],
        ["neglect", "parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "DOB written '16-Oct' with no year ('I'll confirm the year') -> not a full date -> dob null. Verbal consent "
        "-> consent true, but Herefordshire needs the written form: 'I'll get the consent form signed ... and send "
        "it on' -> consent_form missing -> request_info. Plan attached; key person with agency. Missed dietitian "
        "appointments = neglect; mum's low mood = parental_mental_health. 'Kington' is also a Herefordshire town.",
        not_children=["Amanda Bevan", "Leanne Kington", "Xavier Moss", "Owain Griffiths"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2029-02-05 09:12:25"
    body = T("""
Good morning,

Please find attached the EHA step-down plan and Mum's signed consent form for Callum Preece (DOB 28/02/2013, Mosaic 798245).

Key person: Rhodri Vaughan, Youth Worker, Herefordshire Youth Service - agreed at the drop-in with Verity Lang on 30/01.

So that you hear it from me: Callum went missing on Saturday evening (3 February) after an argument with mum about his phone. Mum reported him missing at 9pm and police found him at 7.30am on Sunday at a friend's house in Hereford. He is home, safe and well, and the Youth Service did the return home interview this morning. He was not with adults and there are no exploitation indicators - the exploitation screening tool came back low. We've talked it through with mum and it doesn't change the plan; the missing episode and the arguments at home are now the plan's first actions.

Kind regards
Harriet Lloyd
Social Worker, Hereford City Team
""")
    plan = docx_att("EHA step-down plan - Callum Preece.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Callum Preece (Mosaic 798245)",
        "Key person: Rhodri Vaughan, Herefordshire Youth Service"], [[
            ["What needs to happen", "By whom", "Outcome", "Timescale"],
            ["Safety plan for going missing", "Rhodri Vaughan", "No further episodes", "4 weeks"],
            ["Family sessions on rules and phone use", "Rhodri Vaughan and mum", "Fewer arguments", "8 weeks"]]])
    cf = pdf_att("Signed consent - Preece.pdf", "EARLY HELP CONSENT FORM", [
        "I agree to my family receiving Early Help support.", "Signed: J. Preece   Date: 01/02/2029"])
    top = outlook_top(f, addr("Lloyd, Harriet", "Harriet.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Callum Preece - plan, consent and key person", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["798245"],
        [ch("Callum Preece", "2013-02-28", "28/02/2013")],
        ["missing"], True, None, [], None, "book_meeting",
        "NEAR MISS: a missing episode told in full (missing Saturday night, found by police Sunday morning) but "
        "already over - home, safe and well, return home interview done, exploitation screened low -> not urgent; "
        "missing is still a current concern (it is in the plan), exploitation is screened out. Complete "
        "step-down (plan, signed consent form, key person with agency) -> book_meeting. No level is written -> "
        "level null.", not_children=["Rhodri Vaughan", "Verity Lang", "Harriet Lloyd"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2029-01-10 13:44:10"
    body = T("""
Dear MASH,

We would like to request a step up for Mason Weobley (DOB 12/12/2014), for whom we hold the Early Help Assessment as lead practitioner.

Since November Mason has been spending hours on forums that share extreme right-wing material; he has shared memes in class praising a terrorist attack and told a Year 7 boy he should "go back where he came from". We made a Prevent referral on 8 January (Prevent ref PRV-29-0117). Mum says she doesn't know how to deal with it.

Mason also has an EHCP for ADHD.

Kind regards
Claire Weaver
Pastoral Lead, Weobley High School
""")
    top = outlook_top(f, addr("Claire Weaver", "c.weaver@weobleyhigh.example.sch.uk"), addr("Herefordshire MASH", HMASH),
                      "Step up request - Mason Weobley (Y9)", when, mid_domain="DB9PR02MB7311.EURPRD02.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [],
        [ch("Mason Weobley", "2014-12-12", "12/12/2014")],
        ["disability_send", "radicalisation"], None, None, [], None, "human_review",
        "A school's step-up request to Herefordshire, whose protocol defines no step-up -> human_review, missing []. "
        "Extreme right-wing material + Prevent referral = radicalisation; EHCP = disability_send. The Prevent ref "
        "is not a case id. Surname 'Weobley' is also the village (Weobley High School).",
        not_children=["Claire Weaver"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2029-01-26 15:40:00"
    body = T("""
Signed consent form for Tilly Kington attached - mum signed it at yesterday's visit. Also, Tilly's date of birth is 16/10/2020 (now confirmed on Mosaic).

Owain
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "23 January 2029 10:12",
             "Owain Griffiths <Owain.Griffiths@herefordshire.gov.uk>",
             "[SB-herefordshire-19] Step-down plan received - still needed: written consent", T("""
Thank you. Your step-down plan has been logged as SB-herefordshire-19.
Still needed: the family's written consent form.
"""))
    cf = pdf_att("Consent form - Tilly Kington - signed.pdf", "EARLY HELP CONSENT FORM", [
        "I consent to Early Help support for my daughter.", "Signed: Leanne Kington    Date: 25/01/2029"])
    top = outlook_top(f, addr("Griffiths, Owain", "Owain.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-19] Step-down plan received - still needed: written consent", when,
                      reply_to_mid="<SB-herefordshire-19.ack@herefordshire.gov.uk>")
    add(f, mail(f, top, body, [cf]), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, [],
        [ch("Tilly Kington", "2020-10-16", "16/10/2020")],
        [], True, None, [], None, "attach_to_request",
        "Reply to stepbot's chase [SB-herefordshire-19] with herefordshire_03's signed consent form and the "
        "now-confirmed DOB '16/10/2020' -> follow_up -> attach_to_request; consent true (signed form).",
        not_children=["Leanne Kington"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2029-02-09 09:03:17"
    body = T("""
Your message to MAG-North@herefordshire.gov.uk is waiting for approval by a moderator.

Subject: MAG agenda - Tuesday 13 February
Sent: 09/02/2029 09:03

You'll be notified when your message has been approved or rejected. If it's not approved within 2 days, it will expire and you'll receive a notification.
""")
    top = outlook_top(f, addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "Your message to MAG-North is awaiting approval", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Organization-SCL", "-1")])
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange moderation notice ('awaiting approval by a moderator') for a message the co-ordinators sent to a "
        "moderated group -> auto-generated -> auto_reply -> ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2029-02-14 10:20:05"
    msgs = [("Sophie Garnett", "10:06", "is anyone there? I need a coordinator urgently - not about a step-down"),
            ("Sophie Garnett", "10:08", "I'm at Hereford County Hospital with baby Nia Bowen (8 weeks). CT shows a "
             "bleed on the brain and the paediatrician says non-accidental. Parents are trying to discharge her and "
             "take her home right now and the ward staff can't stop them. I've rung MASH but can't get through. "
             "Please call me 07700 900734")]
    plain = ("Your teammates are trying to reach you in Microsoft Teams.\n\n"
             "Step-down drop-in (chat)\n\n" +
             "".join("%s  %s\n%s\n\n" % m for m in msgs) +
             "Reply in Teams\n\nYou're receiving this because you have missed messages in Microsoft Teams. "
             "To change how often you get these emails, go to Settings > Notifications.\n")
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<table role=\"presentation\" width=\"100%%\"><tr><td><h2>Your teammates are trying to reach you in "
             "Microsoft Teams.</h2><p><b>Step-down drop-in</b> (chat)</p>%s<p><a href=\"https://teams.microsoft.com/"
             "l/chat/19:meeting_stepdown@thread.v2\">Reply in Teams</a></p><p style=\"color:#616161;font-size:11px\">"
             "You're receiving this because you have missed messages in Microsoft Teams.</p></td></tr></table>"
             "</body></html>\n" % "".join("<p><b>%s</b> <span style=\"color:#616161\">%s</span><br>%s</p>"
                                         % (html.escape(a), b, html.escape(c)) for a, b, c in msgs))
    alt = multipart("alternative", [text_part(plain, crlf=True), text_part(htmlb, "html", crlf=True)], bnd(f, 1))
    top = outlook_top(f, addr("Microsoft Teams", "noreply@email.teams.microsoft.com"), addr("Early Help Co-ordinators", HEH),
                      "You have 2 missed messages in Step-down drop-in", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("Precedence", "bulk")], mid_domain="email.teams.microsoft.com")
    add(f, build(top, alt, True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "auto_reply", True, None, [],
        [ch("Nia Bowen")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT inside automatic-looking mail: a Microsoft Teams 'missed messages' digest (Auto-Submitted: "
        "auto-generated) carries a social worker's chat: an 8-week-old with a non-accidental brain bleed whose "
        "parents are taking her out of hospital right now. Machine-generated -> kind auto_reply, but urgent comes "
        "first in next_action -> alert_duty (safety rule 1: mail that looks automatic is read too).",
        not_children=["Sophie Garnett"])

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
# England & Wales bank holidays 2029 (none falls in the window; listed so the counter is honest)
BANK_HOLIDAYS = {date(2029, 1, 1), date(2029, 3, 30), date(2029, 4, 2), date(2029, 5, 7), date(2029, 5, 28),
                 date(2029, 8, 27), date(2029, 12, 25), date(2029, 12, 26)}
WINDOW = (datetime(2029, 1, 8, tzinfo=LON), datetime(2029, 2, 16, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2029, 3, 25, 1, 0, 0, tzinfo=UTC)   # BST starts after the window: every Date is +0000

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
