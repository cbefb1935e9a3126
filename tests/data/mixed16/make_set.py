#!/usr/bin/env python3
"""mixed16: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in writers' styles and situations earlier sets lack: the summer holidays (a holiday club, a child on contact with a
parent abroad, a family flying abroad), a foster carer and a kinship carer writing, a grandparent in the wrong
inbox, a GP practice letter pasted as the body, formal legal letters (a solicitor, Cafcass), terse note-style and
bullet-only mails, image-only attachments (a scanned PDF with no text layer, phone photos), Word documents with
tracked changes and comments, long signatures with many numbers and addresses, a child who shares his father's
name, a pre-birth request, a 17-year-old about to turn 18, voluntary-sector lead practitioners, a reply correcting
a name and a date of birth, and a meeting invitation forwarded by a third person.

Window: Monday 3 July - Friday 8 September 2034, all British Summer Time (+0100). The summer bank holiday, Monday
28 August 2034 (the last Monday in August), is inside it and is the only England & Wales bank holiday in the window;
two Knowsley notice counts cross it.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs, calendar UIDs
and the pixels of the scanned/photographed attachments come from sha1 of the file name. Run with
/work/main/.venv/bin/python make_set.py (pypdf and python-docx are used only by the self-checks, to read back the
hand-built PDFs and .docx files; the `holidays` package, when present, cross-checks the bank-holiday list). The
helpers (MIME assembly, Word HTML, PDF, .docx, iCalendar, working-day counter, readable-text extraction and the
checks) are copied from /work/main/tests/data/mixed13/make_set.py and adapted (window, bank holidays, BST-only
offsets), with builders added for .docx files with tracked changes and comments, an image-only (scanned) PDF, a
baseline JPEG, a forwarded Outlook meeting invitation, delegate (SENT-BY), Thunderbird and iOS iTIP replies and an
Outlook on the web reply. Every label was set by hand; the self-checks at the end only verify them against the
specification's rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time; every mail in the window is in British Summer Time (+0100)."""
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
            zi = zipfile.ZipInfo(name, date_time=(2034, 1, 1, 0, 0, 0))
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

def make_docx_rich(blocks, comments=(), creator="Author", modified_by=None, when="2034-07-01T09:00:00Z"):
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
            zi = zipfile.ZipInfo(name, date_time=(2034, 1, 1, 0, 0, 0))
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
    objs.append(b"<< /Producer (%s) /Creator (%s) /CreationDate (D:20340802154412+01'00') >>"
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

KDISC = T("""
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems. Please consider the environment before printing this email.
""")

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2034-08-23 14:12:37"
    desc = T("""
Step up TAF meeting for Lacey-Jade Dwyer (DOB 14/02/2031) and Ronnie Dwyer (DOB 09/05/2033), who live with mum, Chantelle Dwyer, in Page Moss.

Case ID on EHM: EHM-73418

Why we are asking for a step up: home conditions and the children's presentation have not improved in 14 months of Family First support. Ronnie's weight is dropping through the centiles, he has missed his 12-month immunisations and three health visitor appointments, and Lacey-Jade is often in the same clothes for several days. Neglect is the main worry.

My Team Manager, Gail Rimmer, has discussed the step up with me and agrees with it.

The step up form, the GCP2 and the minutes of the last TAF will be sent to MASH before the meeting.

Mum knows about the meeting and has been invited.

TAF members - please attend if you can. The meeting will be chaired by the MASH social worker.

Leanne Hesketh
Family First Case Manager | Huyton | Knowsley Council
""")
    desc_full = desc + "\n" + teams_block(f)
    note = T("""
Hi,

I've had the invite below from Leanne Hesketh at Family First for a step up TAF for the Dwyer children next Wednesday. I noticed the Knowsley MASH inbox isn't on it - only MASH business support - and Leanne said at the last TAF that MASH needed to be invited, so I'm forwarding it on in case it's been missed. Leanne's on leave until Tuesday so I haven't been able to check with her.

I'll be attending for health. Ronnie was 7.9kg at clinic yesterday, still dropping through the centiles, so I'll bring his growth chart.

Kind regards
Siobhan

Siobhan Gerrard RN SCPHN (HV)
Health Visitor | 0-19 Children's Public Health Nursing | Huyton Team
Tel 0151 496 0772 | Mob 07700 900614
Working days Mon-Thu

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful.
********************************************************************************************************************

-----Original Appointment-----
From: Hesketh, Leanne <Leanne.Hesketh@knowsley.gov.uk>
Sent: 18 August 2034 11:02
To: Hesketh, Leanne; MASH Business Support; Gerrard, Siobhan; Kennedy, Claire
Subject: Step up TAF meeting - Dwyer children - EHM-73418
When: 30 August 2034 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

""")
    text = note + desc_full
    cal = ics("REQUEST", f, dt("2034-08-18 11:02:40"), "20340830T100000", "20340830T113000",
              "Step up TAF meeting - Dwyer children - EHM-73418", "Microsoft Teams Meeting", desc_full,
              ("Hesketh, Leanne", "Leanne.Hesketh@" + KDOM),
              [("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Gerrard, Siobhan", "siobhan.gerrard@nhs.example.net", "REQ-PARTICIPANT", "ACCEPTED"),
               ("Kennedy, Claire", "c.kennedy@parkhill-huyton.example.sch.uk", "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(text, crlf=True), text_part(simple_html(text), "html", crlf=True),
                                     cal_part], bnd(f, 1))
    top = outlook_top(f, addr("Gerrard, Siobhan", "siobhan.gerrard@nhs.example.net"), addr("Knowsley MASH", KMASH),
                      "FW: Step up TAF meeting - Dwyer children - EHM-73418", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")],
                      mid_domain="DB9PR02MB7411.eurprd02.prod.outlook.com")
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-73418"],
        [ch("Lacey-Jade Dwyer", "2031-02-14", "14/02/2031"), ch("Ronnie Dwyer", "2033-05-09", "09/05/2033")],
        ["neglect"], None, True, ["gcp2", "step_up_form", "taf_minutes"], False, "request_info",
        "A MEETING INVITATION FORWARDED BY A THIRD PERSON: the health visitor forwards the case manager's Teams "
        "invitation (iTIP METHOD:REQUEST, organiser Leanne Hesketh, 'FW:' subject, '-----Original Appointment-----') "
        "because the MASH inbox was left off it. The request is in the invitation's description: child names and "
        "DOBs, EHM-73418, neglect (weight dropping, missed immunisations and HV appointments, same clothes), TM Gail "
        "Rimmer agrees -> manager true; 'Mum knows ... invited' -> consent null. The form, GCP2 and TAF minutes 'will "
        "be sent ... before the meeting' and are not attached -> gcp2 (neglect), step_up_form, taf_minutes missing. "
        "Notice is counted from the day the MASH inbox receives the forward (DESIGN: today from --now): Wed 23 Aug "
        "-> Wed 30 Aug = 24, 25, 29, 30 = 4 WD because Monday 28 August is the summer bank holiday (5 weekdays; the "
        "original sent on 18 August would have given 8) -> notice not ok -> request_info.",
        meeting=date(2034, 8, 30), not_children=["Chantelle Dwyer", "Leanne Hesketh", "Gail Rimmer",
                                                 "Siobhan Gerrard"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2034-08-22 10:31:05"
    bullets = [
        "Step down from CIN to Level 2 Early Help (lead practitioner from Halewood Family Friends)",
        "Children: Kyra Molyneux, DOB 11/10/2024 (ICS-1348820); Alfie Molyneux, DOB 23/03/2031 (ICS-1348821)",
        "Lives with: mum, Danielle Molyneux, Halewood",
        "Final CIN meeting: Wednesday 30 August 2034, 2.00pm, Halewood Family Hub, meeting room 3",
        "Lead Practitioner: Faye Lunt, Family Support Worker, Halewood Family Friends (registered charity) - has "
        "agreed to take on the role (copied in)",
        "Management oversight: discussed with my TM, Carl Ashton, 21/08 - agreed",
        "Mum consents to the step down and to Faye being lead practitioner",
        "What are we worried about? Mum's anxiety and low mood (GP reviewing her medication; on the waiting list for "
        "talking therapies); Kyra's attendance was 88% last year",
        "What is working well? Home conditions good and stable; mum has engaged with every CIN visit; Alfie settled "
        "and thriving at nursery; Kyra's dad now has weekly contact and it is going well",
        "What needs to happen? Faye to complete the EHA and hold the first TAF within 6 weeks; school to monitor "
        "Kyra's attendance from September; mum to start the Talking Matters course in September",
        "Summer: Kyra is at the Halewood holiday club Mon/Wed/Fri - Faye has met her there twice",
    ]
    sig = ["Bernie Roughley", "Social Worker | Child in Need Team (Halewood & Huyton) | Knowsley Council",
           "0151 496 0288 | 07700 900455"]
    text = "".join("\u2022 %s\n" % b for b in bullets) + "\n" + "\n".join(sig) + "\n\n" + KDISC
    htm = bullet_html([], bullets, [""] + sig + ["", KDISC.strip()])
    body = multipart("alternative", [text_part(text, crlf=True), text_part(htm, "html", crlf=True)], bnd(f, 2))
    top = outlook_top(f, addr("Roughley, Bernadette", "Bernadette.Roughley@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down CIN to Level 2 - Molyneux - ICS-1348820 / ICS-1348821", when,
                      cc=", ".join([addr("Ashton, Carl", "Carl.Ashton@" + KDOM),
                                    addr("Faye Lunt", "faye.lunt@halewoodfamilyfriends.example.org.uk")]))
    add(f, build(top, body, True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-1348820", "ICS-1348821"],
        [ch("Kyra Molyneux", "2024-10-11", "11/10/2024"), ch("Alfie Molyneux", "2031-03-23", "23/03/2031")],
        ["parental_mental_health", "school_attendance"], True, True, [], True, "book_meeting",
        "A BULLET-POINT-ONLY Level 2 step-down (no greeting, no prose: every line of the body is a bullet) whose "
        "lead practitioner is from a VOLUNTARY ORGANISATION (Faye Lunt, Halewood Family Friends, a registered "
        "charity - a named person with her agency). Date, time and venue of the final CIN meeting, all three Signs of "
        "Safety headings, TM agreed, mum consents (not required at L2). Concerns: mum's anxiety/low mood, Kyra's 88% "
        "attendance. Notice across the summer bank holiday: Tue 22 Aug -> Wed 30 Aug = 23, 24, 25, 29, 30 = exactly "
        "5 WD (6 weekdays) -> ok -> book_meeting. The holiday club is only a setting.",
        meeting=date(2034, 8, 30), not_children=["Danielle Molyneux", "Faye Lunt", "Carl Ashton", "Bernie Roughley"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2034-07-10 11:48:22"
    body = T("""
Dear MASH colleagues,

Please find attached a step up request for Tyler-James Gorman (DOB 02/12/2029) and his sister Maisie Gorman (DOB 17/08/2032), EHM-68240. The step up TAF meeting is booked for Wednesday 19 July at 10:00 on Teams, and the invitation has gone to the MASH inbox and to MASH business support. I have attached the Appendix 1 form, the Graded Care Profile 2 completed on 28/06/2034 and the minutes of the TAF held on 3 July. My Team Manager, Paula Kinsella, has reviewed the request and agrees that it meets the threshold for a step up.

In summary, home conditions have deteriorated over the last three months (GCP2 overall grade 4), the children are frequently unwashed and hungry when they arrive at nursery, and Maisie's nursery attendance has fallen to 52%. Ms Gorman has engaged with the plan at times but has not been able to sustain the changes.

There is one further matter which I felt I should bring to your attention. When I visited this morning, Ms Gorman told me that her partner, Kyle Webster, had "lost his temper" with Tyler-James last night and that she had needed to pull him away. I observed a linear red mark, approximately 5cm long, to the left side of Tyler-James's neck, which Ms Gorman attributed to his T-shirt having been pulled. Tyler-James was quiet during the visit and would not speak to me about it.

Ms Gorman has asked Mr Webster to leave; however, he still has a key and told her that he would be returning this evening to collect his belongings. She was not able to tell me where he is staying at present.

I would be grateful for a view from the duty team as to whether this alters the timescale for the step up, or whether the TAF meeting on the 19th remains the appropriate forum.

Kind regards,

Gareth Fazakerley
Family First Case Manager (Level 3)
Family First 0-18 | Stockbridge Village | Knowsley Council
Tel: 0151 496 0617 | Mobile: 07700 900209

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Gorman.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-68240",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: 19/07/2034 10:00, Microsoft Teams",
        "Level of Engagement: medium - Engaging Families Toolkit not used (engagement is not the concern)",
        "Recent TAF meeting minutes attached: Yes (03/07/2034)"], [
        [["Child", "Date of birth"], ["Tyler-James Gorman", "02/12/2029"], ["Maisie Gorman", "17/08/2032"]],
        [["What are we worried about?", "Home conditions (GCP2 overall grade 4): little food, dirty bedding, dog "
          "faeces in the kitchen on two visits. Children often unwashed and hungry at nursery. Maisie's nursery "
          "attendance 52%."],
         ["What is working well?", "Ms Gorman is warm with the children and wants things to improve; maternal "
          "grandmother helps with nursery runs."],
         ["What next?", "Step up to CSC for a Child and Family Assessment."],
         ["Graded Care profile", "Completed 28/06/2034 - attached"],
         ["Agreement by line manager", "Paula Kinsella (TM) - agreed 07/07/2034"],
         ["Contingency plan", "Family First to continue weekly visits until the step up TAF meeting."]]])
    gcp = pdf_att("GCP2 - Gorman - 28.06.34.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY OF GRADES", [
        "Family: Gorman    Completed: 28/06/2034    By: Gareth Fazakerley (Family First)",
        "Children: Tyler-James Gorman, Maisie Gorman",
        "Area 1 Physical care: 4    Area 2 Care of safety: 3    Area 3 Love and care: 2",
        "Area 4 Stimulation and education: 4    Overall grade: 4"])
    taf = pdf_att("TAF minutes 03.07.34 - Gorman.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Gorman    Date: 03/07/2034    Venue: Stockbridge Village Family Hub",
        "Present: Ms Gorman, Gareth Fazakerley (Family First), nursery manager, health visitor.",
        "Home conditions have not improved since the April review. GCP2 to be completed.",
        "Action: case manager to discuss a step up to CSC with the TM."])
    top = outlook_top(f, addr("Fazakerley, Gareth", "Gareth.Fazakerley@" + KDOM),
                      addr("Knowsley MASH", KMASH), "Step up request - Gorman children - EHM-68240", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp, taf], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-68240"],
        [ch("Tyler-James Gorman", "2029-12-02", "02/12/2029"), ch("Maisie Gorman", "2032-08-17", "17/08/2032")],
        ["neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "URGENT IN UNDERSTATED PROFESSIONAL LANGUAGE, inside an otherwise complete neglect step-up (form, GCP2, TAF "
        "minutes, EHM id, TM agreed, TAF Wed 19 July = 7 WD): 'one further matter which I felt I should bring to your "
        "attention' - the partner 'lost his temper' with a 4-year-old last night, a 5cm linear red mark on the side "
        "of his neck, the child silent, and the partner still has a key and is 'returning this evening'; the writer "
        "only asks whether this 'alters the timescale'. No 'urgent', 'immediate', 'risk' or 'safeguarding' anywhere. "
        "A duty social worker would act today -> alert_duty. Concerns: neglect + physical_harm (nursery attendance "
        "is not school attendance). Consent not mentioned -> null.",
        meeting=date(2034, 7, 19), not_children=["Kyle Webster", "Paula Kinsella", "Gareth Fazakerley"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2034-08-01 09:26:40"
    body = T("""
Good morning Family First,

I'm writing to request a step down to Family First at Level 3 for Courtney Lyon (DOB 04/01/2019, ICS-1290443) and her brother Jack Lyon (DOB 19/09/2022, ICS-1290444). The children have been on a CIN plan since January and the CIN review on 25 July agreed that their needs can now be met at Level 3 with a Family First case manager.

Joint home visit: Wednesday 9 August 2034 at 10am, at the family home, 14 Wensleydale Close, Kirkby.

Mum (Sharon Lyon) and Courtney both consent to the referral to Family First, and my TM, Jeanette Flood, has agreed the step down.

What are we worried about?
- Courtney's attendance was 79% last year and she is anxious about starting Year 11.
- Courtney has gone missing from home twice this year (in March, and last night - see below).
- Mum finds it hard to hold boundaries with Courtney and arguments at home can escalate.

What is working well?
- Mum and Courtney both want things to be calmer and have used the CIN plan well.
- Jack is doing well at school and has no additional needs.
- Nan lives nearby and Courtney goes to her when things get heated.

What needs to happen?
- A Family First case manager to support mum with routines and boundaries.
- School to put an attendance plan in place for September.
- A missing-from-home safety plan (agreed with mum and Courtney this morning) to be part of the Family First plan.

Last night: I need to let you know that Courtney was reported missing by mum at 23:15 last night when she didn't come home from a friend's birthday party. Merseyside Police found her safe and well at 07:40 this morning at her friend's older sister's flat in Prescot - she had fallen asleep there and her phone had died. I've spoken to Courtney and to mum this morning: she is home, she wasn't with anyone who concerns us and there were no indicators of exploitation. Her return home interview is booked for Thursday. This was her first missing episode since March. Jeanette and I talked it through this morning and we're both clear it doesn't change the plan - we'd like the step down to go ahead as above.

Many thanks,
Rachael

Rachael Tyrer
Social Worker | CIN Team (Kirkby) | Knowsley Council
0151 496 0362

""") + KDISC
    top = outlook_top(f, addr("Tyrer, Rachael", "Rachael.Tyrer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Lyon - ICS-1290443", when,
                      cc=addr("Flood, Jeanette", "Jeanette.Flood@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["ICS-1290443", "ICS-1290444"],
        [ch("Courtney Lyon", "2019-01-04", "04/01/2019"), ch("Jack Lyon", "2022-09-19", "19/09/2022")],
        ["missing", "school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS - A CHILD WHO WAS MISSING AND WAS FOUND SAFE THIS MORNING: 'reported missing ... 23:15 last "
        "night', 'Merseyside Police found her safe and well at 07:40 this morning', home, no exploitation indicators, "
        "return interview booked -> not urgent. The missing episode is part of the plan's worries (a missing-from-home "
        "safety plan) -> missing stays a concern, with school_attendance. Complete Level 3 step-down: joint home "
        "visit with date, time and the family home as venue, all three headings, consent from mum and Courtney, TM "
        "agreed. Tue 1 Aug -> Wed 9 Aug = 2, 3, 4, 7, 8, 9 = 6 WD -> ok -> book_meeting.",
        meeting=date(2034, 8, 9), not_children=["Sharon Lyon", "Jeanette Flood", "Rachael Tyrer"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2034-08-30 16:55:12"
    body = T("""
MASH / MASH BS,

SU req. 1 x ch.
Harvey Kavanagh, dob 21/04/2027. EHM-70915.
Conc: non-engagement (7 missed appts since May, DNA last 2 TAFs), school att 81% (Y2).
EF toolkit completed 22/08 - low engagement. Att.
TAF mins 02/08 att.
SU form att.
TM (S. Quirk) agreed 29/08 - see EHM case note.
SU TAF: Wed 6/9, 10:00, Teams. Invite sent to MASH + MASH BS.
Mum aware. Not consenting to SU.

D.

Dean Makin | FF Case Manager | Kirkby | 0151 496 0533

""") + KDISC
    ef = pdf_att("EF toolkit - Kavanagh.pdf", "ENGAGING FAMILIES TOOLKIT - SIGNS OF WELL-BEING FAMILY ENGAGEMENT RISK "
                 "ASSESSMENT TOOL", [
        "Family: Kavanagh    Child: Harvey Kavanagh    Completed: 22/08/2034 by Dean Makin",
        "Appointments offered since May: 11. Attended: 4. Missed without contact: 7.",
        "TAF meetings: mum did not attend 06/07/2034 or 02/08/2034.",
        "Methods tried: text and letter reminders, visits at different times, school as venue, offer of a different worker.",
        "Level of engagement: LOW. Family engagement risk: HIGH."])
    taf = pdf_att("TAF mins 02.08.34 - Kavanagh.pdf", "TEAM AROUND THE FAMILY MEETING - MINUTES", [
        "Family: Kavanagh    Date: 02/08/2034    Venue: Kirkby Family Hub",
        "Present: Dean Makin (Family First), school attendance officer. Mum did not attend (no apology).",
        "Attendance 81% for 2033/34. School medical appointments missed x3.",
        "Action: case manager to complete the Engaging Families toolkit and discuss step up with TM."])
    form = docx_att("SU form - Kavanagh.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-70915",
        "Date of step up TAF meeting: 06/09/2034 10:00 (Teams)",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Low - "
        "toolkit completed 22/08/2034, attached",
        "Recent TAF meeting minutes attached: Yes"], [
        [["What are we worried about?", "Mum has not engaged with the plan: 7 missed appointments since May, did "
          "not attend the last two TAFs. Harvey's attendance 81%."],
         ["What is working well?", "Harvey is happy at school and his teacher has no concerns about his care."],
         ["What next?", "Step up to CSC for a C&F assessment."],
         ["Agreement by line manager", "S. Quirk, TM, 29/08/2034"]]])
    top = outlook_top(f, addr("Makin, Dean", "Dean.Makin@" + KDOM),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)]),
                      "SU req - Kavanagh - EHM-70915", when)
    add(f, mail(f, top, body, [ef, taf, form], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["EHM-70915"], [ch("Harvey Kavanagh", "2027-04-21", "21/04/2027")],
        ["non_engagement", "school_attendance"], False, True, [], True, "book_meeting",
        "VERY TERSE NOTE STYLE ('SU req. 1 x ch.', 'Conc:', 'EF toolkit ... Att.', 'TM ... agreed', 'Mum aware. Not "
        "consenting to SU.'): a complete step-up for non-engagement - the Engaging Families toolkit, TAF minutes and "
        "the Appendix 1 form are attached (abbreviated file names; the content shows what each is), EHM id, TM "
        "agreed, TAF date and time. Consent stated as refused -> false (not a step-up requirement). 'Wed 6/9' from "
        "Wed 30 Aug = 31, 1, 4, 5, 6 = exactly 5 WD -> ok -> book_meeting.",
        meeting=date(2034, 9, 6), not_children=["Dean Makin"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2034-07-24 19:20:44"
    text = T("""
Dear Sir or Madam

I hope I have got the right email, I found it on the council website under children's services.

My name is Maureen Cassidy and I am the nan of Kaydee Cassidy who is 9 (born 3rd March 2025) and Brody Cassidy who is 6. They have been living with me since Easter because my daughter Stacey (their mum) is in a rehab in Southport for her drinking and the other stuff. Social services were involved before Easter but the social worker said she was closing it because the children are safe with me, which they are.

The problem is the school holidays. I am 68 and I have a bad hip and I am waiting for the operation, and I am finding it very hard to keep up with them now they are off school for 6 weeks. Brody has ADHD (he is waiting for the assessment) and he is up at 5 every morning. The school said there is a free holiday club with meals for children on free school meals but I don't know how to get them on it because everything is still in Stacey's name not mine, and I have no money for them until the Child Benefit is changed over.

Can someone tell me who I should speak to or ring. I don't want to cause any trouble for Stacey, she is doing really well.

Thank you

Maureen Cassidy (Mrs)

Sent from my iPad
""")
    top = plain_top(f, addr("Maureen Cassidy", "maureencassidy1966@example.com"), KMASH,
                    "Help needed for my grandchildren please", when, "example.com", None,
                    extra=[("X-Mailer", "iPad Mail (21F90)")])
    add(f, build(top, flowed_part(text, charset="us-ascii", cte="7bit"), False), "knowsley", "mash_step_up", when, 9,
        "ordinary", "other", False, None, [],
        [ch("Kaydee Cassidy", "2025-03-03", "3rd March 2025"), ch("Brody Cassidy")],
        ["disability_send"], None, None, [], None, "human_review",
        "A GRANDPARENT WRITING TO THE WRONG INBOX (iPad, format=flowed): an informal kinship carer asks the MASH "
        "step-up inbox for help with the summer holidays (HAF holiday club, Child Benefit) -> no step request -> "
        "other -> human_review. Both grandchildren named in full (one DOB written '3rd March 2025', the other an age). "
        "Concern: Brody's ADHD awaiting assessment (disability_send). Mum's drinking is the reason the children moved "
        "and she is in residential rehab, out of the household and 'doing really well' -> not labelled. Nan's own "
        "health maps to no id.",
        not_children=["Maureen Cassidy"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2034-07-13 15:02:18"
    body = T("""
Hi,

Apologies - I've just noticed I gave the wrong details for the youngest in my email this morning. Her name is Aoibhinn O'Hare (not Aoife - it's the Irish spelling and mum has asked that we get it right on everything) and her date of birth is 12/07/2031, not 07/12/2031 - I had the day and month the wrong way round.

Cian's details are right, and everything else in the request stands (joint home visit Friday 21 July, 10am, at home).

Thanks
Mo

Mohammed Iqbal
Social Worker | Assessment & CIN Team (Prescot) | Knowsley Council
0151 496 0149
""") + quote("Family First 0-18 Duty Mailbox <%s>" % KFF, "13 July 2034 09:41",
             "Iqbal, Mohammed <Mohammed.Iqbal@knowsley.gov.uk>",
             "[SB-knowsley-214] Step-down request received - O'Hare - ICS-1331907", T("""
Thank you. Your step-down request has been logged as SB-knowsley-214.

Children: Cian O'Hare (25/01/2028); Aoife O'Hare (07/12/2031)
Case: ICS-1331907
Level: 3 (joint home visit with a Family First case manager)
Joint home visit: Friday 21 July 2034 10:00, family home
Nothing is missing. We will confirm which Family First case manager will attend within 1 working day.
"""))
    top = outlook_top(f, addr("Iqbal, Mohammed", "Mohammed.Iqbal@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "RE: [SB-knowsley-214] Step-down request received - O'Hare - ICS-1331907", when,
                      reply_to_mid="<SB-knowsley-214.ack@knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["ICS-1331907"],
        [ch("Aoibhinn O'Hare", "2031-07-12", "12/07/2031"), ch("Cian O'Hare", "2028-01-25", "25/01/2028")],
        [], None, None, [], None, "attach_to_request",
        "A REPLY THAT CORRECTS AN EARLIER NAME AND DATE OF BIRTH: the new text says the youngest is 'Aoibhinn "
        "O'Hare (not Aoife)' born 12/07/2031 'not 07/12/2031'; stepbot's quoted acknowledgement still has 'Aoife "
        "O'Hare (07/12/2031)'. The latest statement wins -> Aoibhinn O'Hare 2031-07-12 (Aoife is not a second child); "
        "Cian's DOB from the acknowledgement. Reply to [SB-knowsley-214] -> follow_up -> attach_to_request; level "
        "only on step_downs.",
        not_children=["Aoife O'Hare", "Mohammed Iqbal"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2034-07-11 09:58:03"
    body = T("""
OFFICIAL-SENSITIVE

Dear Sir or Madam,

Re: Safeguarding enquiries - Children Act 1989, section 8 application
Court: Family Court sitting at Liverpool
Case number: LV34C00512
Applicant: Mr Jordan Keegan (date of birth 02/06/2001)
Respondent: Ms Tanya Rimmer (date of birth 19/11/2003)
Child: Mason Keegan (date of birth 30/09/2028)
Address of child: Huyton, Knowsley

1. Cafcass has been directed by the court to undertake safeguarding enquiries before the First Hearing Dispute Resolution Appointment listed on 8 August 2034. I should be grateful if you would confirm whether the above child, or either party, is or has been known to your service and, if so, provide a summary of your involvement.

2. For your information, the respondent mother alleges in her form C1A that the applicant was physically and emotionally abusive towards her during their relationship, which ended in 2031. The applicant was convicted of assault by beating against the respondent at Liverpool and Knowsley Magistrates' Court on 3 March 2032, and a restraining order was made which remains in force until 3 March 2035. Merseyside Police checks disclose no further incidents involving either party since that date.

3. Neither party has raised any current concern about Mason's care. Mason lives with his mother and has had no contact with his father since 2031. The applicant seeks indirect contact, progressing to supervised contact at a contact centre.

4. Please note that this is a request for information and is not a referral. If, on the basis of the information you hold, you consider that Mason is at risk of significant harm, please make a referral to Children's Social Care in the usual way and let me know that you have done so.

5. I would be grateful for your response by 25 July 2034, by secure email to the address below, quoting the case number.

Yours faithfully,

Ruth Okoro
Family Court Adviser
Cafcass North West (Liverpool Service Area)
Tel: 0151 496 0861 | Mobile: 07700 900118
Secure email: ruth.okoro@cafcass.example.gov.uk

OFFICIAL-SENSITIVE
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Cafcass - Children and Family Court Advisory and Support Service.
""")
    top = outlook_top(f, addr("Okoro, Ruth", "ruth.okoro@cafcass.example.gov.uk"), addr("Knowsley MASH", KMASH),
                      "OFFICIAL-SENSITIVE: Safeguarding enquiry - Keegan - LV34C00512 - response requested by 25/07/2034",
                      when, mid_domain="LO3P123MB2218.GBRP123.PROD.OUTLOOK.COM",
                      extra=[("X-Classification", "OFFICIAL-SENSITIVE")])
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [ch("Mason Keegan", "2028-09-30", "30/09/2028")],
        [], None, None, [], None, "human_review",
        "NEAR MISS IN VERY FORMAL LEGAL STYLE: a Cafcass Family Court Adviser's numbered safeguarding-enquiry letter "
        "('physically and emotionally abusive', 'convicted of assault', 'restraining order', 'at risk of significant "
        "harm') - every fact is historic (relationship ended 2031, conviction March 2032, restraining order in force, "
        "no incidents since, no contact since 2031) and the letter says it 'is not a referral' -> not urgent, no "
        "current concern -> other -> human_review. Mason is labelled with his DOB; the parties' DOBs are adults'; "
        "the court case number LV34C00512 is not a case id.",
        not_children=["Jordan Keegan", "Tanya Rimmer", "Ruth Okoro"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
RDISC = T("""
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it from your system; you must not copy, use or disclose it. Richmond and Wandsworth Councils monitor email for security and compliance purposes. The views expressed in this email are those of the author and not necessarily those of the councils.
""")

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2034-07-06 15:20:33"
    msg_text = T("""
Dear MASH colleagues,

Please find attached the latest case summary for Precious Okafor-Grant (13) and Toby Okafor-Grant (7). Dami Ogunsola, the family's Early Help practitioner, and I had a reflective discussion on 3 July and I have agreed the plan to step the children up to Children's Services. Our rationale is below.

Rationale for step up
Mum (Abigail Okafor) has been drinking more heavily since her partner left in April. Precious has told Dami that she regularly puts Toby to bed and gets him up and ready for school because mum is "asleep on the sofa", and twice in June Toby was collected late from school by a neighbour. Mum agreed an Early Help plan in February, including a referral to the alcohol service, but she has not attended the last three appointments there and has cancelled four of Dami's last six visits. School report that Precious's attendance has dropped to 84% and that she often seems tired. We do not think the Early Help plan can meet the children's needs any longer and we believe a Child and Family Assessment is needed.

Mum has been told about the step up and agrees with it - she said she wants the help.

There are no immediate safeguarding concerns: Dami saw both children yesterday and they were well.

Kind regards,

Marcia
""")
    sig = T("""
Marcia Pennant-Lowe (she/her)
Team Manager | Early Help Locality Team - Battersea & Nine Elms
Children's Services | Richmond and Wandsworth Councils

My working days are Monday to Thursday. I do not work on Fridays.

Mondays & Tuesdays: Battersea Family Hub, 2 Lydford Row, London SW11 9ZZ
Wednesdays & Thursdays: Roehampton Family Hub, 51 Danebury Walk, London SW15 9ZZ
Post: Children's Services, Wandsworth Town Hall, Wandsworth High Street, London SW18 9ZY

Direct line: 020 7946 0415
Mobile: 07700 900287
Teams phone: 020 7946 0416
Early Help duty (Wandsworth): 020 7946 0400 (option 2)
Early Help duty (Richmond): 020 7946 0490
MASH consultation line: 020 7946 0321
Business support (Battersea hub): 020 7946 0419

Find out about Family Hubs in Wandsworth: https://www.example.gov.uk/wandsworth/familyhubs
Follow us: @WandsworthFamHubs

Proud to be a Disability Confident Leader | Investors in People Gold
Please consider the environment before printing this email.

""")
    body = msg_text + "\n" + sig + RDISC
    cs = docx_att("Case summary - Okafor-Grant - July 2034.docx", [
        "# Case summary - Okafor-Grant family",
        "Prepared by Dami Ogunsola, Early Help Practitioner, 05/07/2034",
        "Mosaic: 2361174 (Precious), 2361175 (Toby)"], [
        [["Name", "Date of birth", "School"],
         ["Precious Okafor-Grant", "02/05/2021", "Falcon Reach Academy (Year 8)"],
         ["Toby Okafor-Grant", "19/12/2026", "Larkbrook Lane Primary (Year 2)"],
         ["Abigail Okafor (mother)", "adult", ""]],
        [["Early Help involvement", "Since February 2034 (referral from school: Precious's tiredness and lateness)."],
         ["Current worries", "Mum's alcohol use; Precious caring for Toby; missed alcohol-service appointments and "
          "cancelled visits; Precious's attendance 84%."],
         ["Strengths", "Warm relationships; mum honest about her drinking; maternal aunt in Streatham supportive."],
         ["Management oversight", "Reflective discussion with TM Marcia Pennant-Lowe 03/07/2034 - step up agreed."]]])
    top = outlook_top(f, addr("Pennant-Lowe, Marcia", "Marcia.Pennant-Lowe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Okafor-Grant - Mosaic 2361174 / 2361175", when,
                      cc=addr("Ogunsola, Dami", "Dami.Ogunsola@" + RDOM))
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2361174", "2361175"],
        [ch("Precious Okafor-Grant", "2021-05-02", "02/05/2021"), ch("Toby Okafor-Grant", "2026-12-19", "19/12/2026")],
        ["non_engagement", "school_attendance", "substance_misuse", "young_carer"], True, True, [], None,
        "book_meeting",
        "A LONG SIGNATURE WITH MANY PHONE NUMBERS AND ADDRESSES (seven numbers, three addresses, a MASH line, "
        "working-pattern note, banners) under a short, complete step-up from the Early Help Team Manager: case "
        "summary attached (.docx, which carries the DOBs), rationale pasted under its own heading, 'I have agreed' "
        "-> manager true, mum 'agrees with it' -> consent true. Concerns: mum's drinking, Precious caring for Toby, "
        "missed appointments and cancelled visits, 84% attendance. 'No immediate safeguarding concerns' is negated. "
        "No number in the signature is a case id -> book_meeting.",
        not_children=["Abigail Okafor", "Dami Ogunsola", "Marcia Pennant-Lowe"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2034-08-11 13:07:51"
    body = T("""
Dear MASH colleagues,

I am writing to request a step up to Children's Services for Ezra Marsh-Obeng and Eden Marsh-Obeng (twins, DOB 19/05/2034), following a reflective discussion yesterday afternoon with the family's Early Help worker, Lauren Spiteri. The latest case summary is attached and our rationale is below.

Background
The family were referred to Early Help by the health visitor in June for support with feeding and sleep. Mum, Adwoa Obeng (29), has a history of depression and was under the perinatal mental health team during the pregnancy. Dad, Kwame Marsh, works nights as a security supervisor at the airport and sleeps during the day.

Mum's mental health has deteriorated over the last fortnight. On Tuesday (8 August) she told the health visitor that she has been having thoughts of ending her life and that "the twins would be better off coming with me". The perinatal mental health team assessed her on Wednesday; she was not detained, her medication was increased, and a safety plan was agreed that maternal grandmother, Mrs Grace Obeng, stays at the flat and is with mum and the babies at all times until the perinatal team review her on Thursday 17 August.

Rationale for step up
We do not think the twins' needs can be met through an Early Help plan any longer. Mum's mental health, the twins' age and vulnerability, and dad's working pattern mean that a Child and Family Assessment is needed so that the right support and oversight are in place. Mum has agreed to the step up and says she would welcome more help.

What is working well
Mum and dad are open with professionals, the twins are gaining weight well, and the flat is clean and well equipped. Grandmother has been a great support since the twins were born.

Agencies involved
Health visitor (Jo Mbeki, Petersham Lane Clinic), perinatal mental health team (Dr Farah Iqbal), GP (Marble Vale Surgery), Early Help (Lauren Spiteri).

Lauren and I have discussed this in supervision and I agree the step up.

Practical points for the case discussion
Lauren works Monday to Wednesday. Mum would like any meeting to be at the flat if possible because of the twins' feeding routine. Mrs Obeng flies back to Accra this afternoon for a family funeral and returns on 25 August, so the family have asked whether the discussion could be after that so that she can join.

Many thanks,

Niamh Costello
Team Manager | Early Help (Twickenham & Teddington) | Richmond and Wandsworth Councils
020 7946 0552 | 07700 900316

""") + RDISC
    cs = docx_att("Case summary - Marsh-Obeng - 10.08.34.docx", [
        "# Case summary - Marsh-Obeng family",
        "Children: Ezra Marsh-Obeng and Eden Marsh-Obeng, twins, born 19/05/2034. Mosaic 2417730 / 2417731.",
        "Parents: Adwoa Obeng (mother), Kwame Marsh (father).",
        "Referral: health visitor, June 2034 - feeding and sleep support; maternal history of depression.",
        "Early Help plan: feeding support, sleep routine, perinatal mental health team liaison.",
        "Update 10/08/2034: mum disclosed thoughts of ending her life (8 August); perinatal team assessed 9 August; "
        "safety plan - maternal grandmother to be with mum and the twins at all times until review on 17 August."])
    top = outlook_top(f, addr("Costello, Niamh", "Niamh.Costello@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Marsh-Obeng twins - Mosaic 2417730 / 2417731", when,
                      cc=addr("Spiteri, Lauren", "Lauren.Spiteri@" + RDOM))
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2417730", "2417731"],
        [ch("Ezra Marsh-Obeng", "2034-05-19", "19/05/2034"), ch("Eden Marsh-Obeng", "2034-05-19", "19/05/2034")],
        ["parental_mental_health"], True, True, [], None, "alert_duty",
        "URGENT ACROSS TWO SENTENCES FAR APART: paragraph 4 says mum has thoughts of ending her life and that 'the "
        "twins would be better off coming with me', held only by a safety plan that the grandmother is with mum and "
        "the babies AT ALL TIMES until next Thursday; five paragraphs later, under 'Practical points', 'Mrs Obeng "
        "flies back to Accra this afternoon' (and dad works nights). Neither sentence alone is an emergency; together "
        "the safety plan ends today and 12-week-old twins will be alone tonight with a mother with infanticidal "
        "thoughts. The sender, planning a discussion after 25 August, does not connect them -> alert_duty. Otherwise "
        "a complete step-up (summary attached, rationale under its heading, TM agrees, mum agrees).",
        not_children=["Adwoa Obeng", "Kwame Marsh", "Grace Obeng", "Lauren Spiteri", "Niamh Costello"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2034-08-10 11:40:09"
    body = T("""
Hi Jasper / Early Help duty,

Confirming our conversation this morning: I'd like to step Kai Lindqvist-Hart (DOB 08/02/2019) down from CIN to Early Help, and we agreed a case discussion on Tuesday 15 August at 2pm (Teams) with you, me and my TM, Grace Ibekwe. The latest case summary and the draft Early Help plan are attached. Mum (Linnea Lindqvist) and Kai both consent to the step down, and Kai has said he'd like to keep working with Marcus at the Youth Hub.

Kai became subject to a CIN plan in April after he was found in Portsmouth with £600 and a knife, having been missing for three days, and police intelligence linked him to a county line run out of Battersea. The safety plan agreed at the strategy meeting in April has held for 16 weeks now:
- Kai has been home by 9pm every night (mum keeps a log, which I've checked at every visit);
- he has had no missing episodes since 18 April;
- the two adults named in the plan have had no contact with him (police served Child Abduction Warning Notices in May, and his phone checks have been clear);
- he finished Year 10 with 93% attendance and has a place on the construction course at Wandle Valley College from September.
The exploitation risk assessment was re-scored as low on 2 August and the police have closed their operation involving him.

What we're still worried about, and why we think Early Help is right: Kai is 15 and the people who exploited him are still around, so there is a chance he could be drawn back in, especially over the summer when he has less structure. The draft plan keeps the safety plan going with the Youth Hub and mum, and builds on the college place.

Thanks,
Tomasz

Tomasz Wilk
Social Worker | Child in Need Team (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0587

""") + RDISC
    cs = docx_att("Case summary - K Lindqvist-Hart - Aug 2034.docx", [
        "# Case summary", "Kai Lindqvist-Hart, DOB 08/02/2019, Mosaic 2298315",
        "CIN since 24/04/2034 (criminal exploitation). Safety plan from the strategy meeting of 21/04/2034.",
        "Progress: no missing episodes since 18/04/2034; curfew kept; phone checks clear; CAWNs served May 2034.",
        "Exploitation risk assessment re-scored LOW on 02/08/2034."])
    plan = docx_att("Draft Early Help plan - K Lindqvist-Hart.docx", [
        "# Draft Early Help plan", "Young person: Kai Lindqvist-Hart",
        "What we are worried about: Kai could be drawn back into criminal exploitation.",
        "Plan: Youth Hub mentoring weekly (Marcus); mum to keep the curfew log; college transition support; review "
        "within 4 weeks of handover."])
    top = outlook_top(f, addr("Wilk, Tomasz", "Tomasz.Wilk@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Kai Lindqvist-Hart - Mosaic 2298315", when,
                      cc=", ".join([addr("Quint, Jasper", "jasper.quint@" + RDOM),
                                    addr("Ibekwe, Grace", "Grace.Ibekwe@" + RDOM)]))
    add(f, mail(f, top, body, [cs, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2298315"], [ch("Kai Lindqvist-Hart", "2019-02-08", "08/02/2019")],
        ["exploitation"], True, None, [], None, "book_meeting",
        "NEAR MISS - A SAFETY PLAN THAT IS WORKING: 'found in Portsmouth ... with a knife', 'missing for three days', "
        "'county line' are all April; the strategy-meeting safety plan has held for 16 weeks (curfew kept, no missing "
        "episode since 18 April, no contact with the named adults, risk re-scored low, police operation closed) -> "
        "not urgent. The plan's stated current worry is being drawn back into exploitation -> exploitation stays; "
        "missing is historic. Complete R&W step-down (case summary + draft plan attached, mum and Kai consent; the "
        "TM attending is not a stated agreement -> null) -> book_meeting.",
        not_children=["Linnea Lindqvist", "Grace Ibekwe", "Tomasz Wilk"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2034-08-28 18:52:30"
    body = T("""
Hi,

Sorry to send this to the step up inbox on a bank holiday, I couldn't think who else to email and the duty number I've got just rings out.

I'm the Early Help practitioner for Joanna Kerr and her son Leo Kerr-Mendes, who is 7 (Mosaic 2410056). Leo has been in Portugal with his dad, Rui Mendes, since 5 August for the summer contact in the court order. He's due back on Thursday.

Joanna rang me 20 minutes ago very distressed. Dad's girlfriend sent her the WhatsApp below at 17:41 and then blocked her:

[28/08/2034, 17:41] Bia: Joanna I'm sorry I'm leaving Rui tonight. He's been drinking since Friday and today he hit Leo across the face and locked him in the bedroom. I can't take Leo with me he's not mine. Please do something

Joanna has called dad about 15 times and it goes to voicemail. She called 999 and the police gave her a reference and said they would contact the Portuguese police, but she hasn't heard anything since. As far as we know Leo is on his own with dad in the apartment in Albufeira tonight.

I don't know what can be done from here but I didn't want to sit on this. My mobile is 07700 900361.

Lucy

Lucy Fairbrother
Early Help Practitioner | Richmond Early Help (Twickenham)

Get Outlook for iOS
""")
    top = outlook_top(f, addr("Fairbrother, Lucy", "Lucy.Fairbrother@" + RDOM), addr("MASH Step Up", RSU),
                      "Leo Kerr-Mendes - in Portugal with dad - please can someone call me", when)
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, text_part(body, crlf=False), False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["2410056"], [ch("Leo Kerr-Mendes")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT - CONTACT WITH A PARENT ABROAD FOR THE SUMMER, sent at 18:52 on the summer bank holiday (out of "
        "hours) from a phone: a 7-year-old on court-ordered summer contact in Portugal was hit across the face and "
        "locked in a bedroom today by a father drinking since Friday; the father's partner (the only other adult) "
        "leaves tonight; the father is unreachable; police abroad not yet confirmed. A child alone tonight with the "
        "adult who hit him -> alert_duty, even though the child is abroad. Not a step request -> other. The WhatsApp "
        "timestamp is not a DOB.",
        not_children=["Joanna Kerr", "Rui Mendes", "Lucy Fairbrother"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2034-08-02 16:10:27"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper this afternoon, I'm confirming the step down case discussion for Iris Ponsonby (DOB 14/11/2023) and Felix Ponsonby (DOB 30/06/2030) on Monday 7 August at 10am on Teams.

The latest case summary is attached. The draft Early Help plan was written by hand with mum at the final CIN meeting on Monday, so I've scanned it in rather than retype it - apologies for the quality, the scanner on the third floor isn't great. In summary, the plan covers Felix's speech and language (SALT referral made; his school to carry on the Early Talk Boost programme when he starts Reception in September), mum's recovery from postnatal depression (she is under the GP and has finished her Talking Therapies course) and Iris's move into Year 6.

Consent: mum is happy in principle, but she wants to talk it through with dad, who works in Dubai and is home at the end of August, before she gives her consent. I'll confirm as soon as she has.

Best wishes,

Adaeze Nwosu
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0634

""") + RDISC
    cs = docx_att("Case summary - Ponsonby - Aug 2034.docx", [
        "# Case summary - Ponsonby", "Iris Ponsonby (14/11/2023) - Mosaic 2388401",
        "Felix Ponsonby (30/06/2030) - Mosaic 2388402",
        "CIN since February 2034: maternal postnatal depression after Felix's birth, Felix's speech delay.",
        "Final CIN meeting 31/07/2034: step down to Early Help recommended."])
    scan = binary_part("application/pdf", "EH draft plan - Ponsonby (scanned).pdf", make_scan_pdf(f, pages=2))
    top = outlook_top(f, addr("Nwosu, Adaeze", "Adaeze.Nwosu@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Ponsonby children - Mosaic 2388401 / 2388402", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [cs, scan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2388401", "2388402"],
        [ch("Iris Ponsonby", "2023-11-14", "14/11/2023"), ch("Felix Ponsonby", "2030-06-30", "30/06/2030")],
        ["disability_send", "parental_mental_health"], None, None, ["consent"], None, "request_info",
        "A SCANNED PDF WITH NO TEXT LAYER (two greyscale page images from a copier's scan-to-email, no extractable "
        "text): the draft Early Help plan, named 'EH draft plan - Ponsonby (scanned).pdf' -> draft_plan met by the "
        "attachment's name (REQUIREMENTS: 'name or content'); the body has to carry the facts, and does (children, "
        "DOBs, the plan's areas). Case summary attached. Consent still to be given ('wants to talk it through with "
        "dad ... before she gives her consent') -> null -> consent missing -> request_info. Concerns: Felix's speech "
        "(disability_send), mum's postnatal depression (parental_mental_health).",
        not_children=["Adaeze Nwosu"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2034-07-10 08:47:10"
    summary = "Step-up case discussion - Okafor-Grant [SB-richmond_wandsworth-388]"
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
         "BEGIN:VEVENT",
         'ATTENDEE;PARTSTAT=ACCEPTED;SENT-BY="mailto:bev.hollis@%s";CN="Quint, Jasper":mailto:jasper.quint@%s'
         % (RDOM, RDOM),
         "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "SUMMARY;LANGUAGE=en-GB:Accepted: " + ics_escape(summary),
         "DTSTART;TZID=GMT Standard Time:20340712T140000", "DTEND;TZID=GMT Standard Time:20340712T150000",
         "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
         "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(" ", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("MASH Step Up", RSU),
                      "Accepted: " + summary, when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    top.insert(1, ("Sender", addr("Hollis, Bev", "bev.hollis@" + RDOM)))
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (ACCEPTED) sent BY A DELEGATE on the Early Help manager's behalf: From is Jasper "
        "Quint, the Sender header is his PA, and the ATTENDEE carries SENT-BY=mailto:bev.hollis@... -> still the "
        "attendee's own acceptance -> meeting_reply -> record_reply. The family is named by surname only.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2034-07-24 09:31:02"
    body = T("""
Thank you for your email.

Larkbrook Lane Primary School is now closed for the summer holidays. The school office reopens on Monday 4 September and pupils return on Tuesday 5 September 2034. This mailbox is not monitored during the holidays.

If your email is about a safeguarding concern for a child at our school, please contact the Wandsworth MASH on 020 7946 0321 (020 7946 0999 out of hours). If a child is in immediate danger, call 999.

Camp Larkbrook, our holiday club, runs on the school site from 24 July to 25 August (not 28 August, bank holiday). Bookings and enquiries: camp@larkbrooklane.example.sch.uk.

With best wishes for a restful summer,

The School Office
Larkbrook Lane Primary School

Thames Bend Learning Trust
Larkbrook Lane Primary School | Larkbrook Lane | London SW8 9ZZ | 020 7946 0870
Falcon Reach Academy | 12 Falcon Reach | London SW11 9ZX | 020 7946 0880
Southfields Green Primary School | Merton Way | London SW18 9ZX | 020 7946 0871
Trust central team | 3rd Floor, 40 Lavender Row | London SW11 9ZW | 020 7946 0875
Thames Bend Learning Trust is a charitable company limited by guarantee, registered in England and Wales, company number 09817263. Registered office: 3rd Floor, 40 Lavender Row, London SW11 9ZW.
""")
    htm = simple_html(body)
    top = outlook_top(f, addr("Larkbrook Lane Primary - Office", "office@larkbrooklane.example.sch.uk"),
                      addr("Early Help Duty", RED),
                      "Automatic reply: [SB-richmond_wandsworth-402] Step-down request received - Adeyemi-Rhodes", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                      mid_domain="AM9P190MB1375.EURP190.PROD.OUTLOOK.COM")
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    root = multipart("alternative", [text_part(body, crlf=True), text_part(htm, "html", crlf=True)], bnd(f, 1))
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A SCHOOL'S SUMMER-CLOSURE AUTO-REPLY (Auto-Submitted: auto-replied) to stepbot's acknowledgement, with a "
        "long academy-trust signature (four addresses, five phone numbers, a company number): machine mail -> "
        "auto_reply -> ignore. The '999' line is boilerplate; the company number is not a case id; no child named.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2034-08-03 15:40:55"
    body = T("""
Hi,

Consent attached - mum (Kelly Stroud) signed the form at my visit this afternoon for both Ruby-Mae and Jenson. It's a photo as I'm still out, I'll upload the original to Mosaic tomorrow.

Amir

Get Outlook for Android

""") + T("""
________________________________
From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: Tuesday, August 1, 2034 11:02:13 AM
To: Haddad, Amir <Amir.Haddad@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-379] Step-down request - still needed: consent

Thank you. Your step-down request for Ruby-Mae Stroud and Jenson Stroud (Mosaic 2376655 / 2376656) has been logged as SB-richmond_wandsworth-379.

Still needed: the family's consent to the step-down (you said mum would sign at your visit on Thursday).

The step-down case discussion on Friday 4 August 2034 at 10:00 has been recorded.
""")
    jpg = image_att("IMG_20340803_151207.jpg", make_jpeg(f), "image/jpeg")
    top = outlook_top(f, addr("Haddad, Amir", "Amir.Haddad@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-379] Step-down request - still needed: consent", when,
                      reply_to_mid="<SB-richmond_wandsworth-379.ack@richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body, [jpg], crlf=False, cte="base64"), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2376655", "2376656"],
        [ch("Ruby-Mae Stroud"), ch("Jenson Stroud")], [], True, None, [], None, "attach_to_request",
        "Outlook for Android reply to [SB-richmond_wandsworth-379] whose only attachment is a PHONE PHOTO "
        "(IMG_....jpg, no readable text): the body carries the fact - mum signed the consent form at today's visit -> "
        "consent true; follow_up -> attach_to_request. Children and Mosaic ids from the quoted acknowledgement.",
        not_children=["Kelly Stroud"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
TDISC = T("""
The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying or distribution is prohibited. London Borough of Tower Hamlets.
""")

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2034-07-17 11:20:13"
    body = T("""
Dear Early Help Hub,

The Child and Family Assessment for Sumaiya Rahman (DOB 27/03/2025) and Ibrahim Rahman (DOB 15/10/2028) concluded on 14 July with a recommendation to step down to a TAF plan. The assessment and the draft TAF plan are attached.

Lead practitioner: Ms Hafsa Miah, Family Support Worker at the Limehouse Community Family Project (a local charity), has agreed to take on the role. She already runs the parenting group mum goes to.

Consent: mum, Mrs Rehana Begum, consents to the step down and to the TAF plan (she signed the plan at my visit on 14 July).

Remaining needs: Ibrahim's speech and language (on the SALT waiting list; school are concerned about his understanding) and Sumaiya's attendance (89% last year).

I will chair the TAF meeting on Tuesday 25 July at 10am at the Limehouse Community Family Project and put the minutes on Mosaic.

Travel: the family fly to Sylhet on Saturday 29 July for mum's younger brother's wedding and return on 28 August (I have seen the return tickets). The school DSL asked me to check for any forced marriage or FGM concerns because of the length of the trip. I have discussed this with mum, and with dad by phone, and completed the FGM risk indicators checklist with them: there are no indicators. Mum and dad are both clear that they are against FGM, the wedding is of a 27-year-old adult, and Sumaiya is 9. I have given mum the Statement Opposing FGM to carry with her, and the school has the return date. There are no forced marriage or FGM concerns and there is nothing for MAST here.

Many thanks,
Shamima

Shamima Khanom
Social Worker | Children's Social Care - Assessment & Intervention | London Borough of Tower Hamlets
020 7946 0726

""") + TDISC
    cfa = pdf_att("C&F Assessment - Rahman - concluded 14.07.34.pdf", "CHILD AND FAMILY ASSESSMENT - SUMMARY", [
        "Children: Sumaiya Rahman (27/03/2025), Ibrahim Rahman (15/10/2028)    Mosaic: 2451190 / 2451191",
        "Assessment started 02/06/2034, concluded 14/07/2034. Social worker: Shamima Khanom.",
        "Reason for referral: school concern about Sumaiya's attendance and mum's isolation after dad's long working "
        "hours; Ibrahim's speech delay.",
        "Outcome: step down to a TAF plan with a lead practitioner (Limehouse Community Family Project)."])
    plan = docx_att("Draft TAF plan - Rahman.docx", [
        "# Draft TAF plan - Rahman family",
        "Lead practitioner: Hafsa Miah, Limehouse Community Family Project"], [
        [["Need", "Action", "Who", "By when"],
         ["Ibrahim's speech and language", "Chase SALT; school language group", "Hafsa / school", "October 2034"],
         ["Sumaiya's attendance", "Attendance plan from September", "School", "September 2034"],
         ["Mum's isolation", "Parenting group; ESOL class", "Hafsa", "Ongoing"]]])
    top = outlook_top(f, addr("Khanom, Shamima", "Shamima.Khanom@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to TAF - Rahman children - Mosaic 2451190 / 2451191", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2451190", "2451191"],
        [ch("Sumaiya Rahman", "2025-03-27", "27/03/2025"), ch("Ibrahim Rahman", "2028-10-15", "15/10/2028")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CHILD DUE TO FLY ABROAD: 'fly to Sylhet', 'forced marriage', 'FGM', 'Statement Opposing FGM' - "
        "the school's query was checked and ruled out (indicator checklist clear, the wedding is an adult's, return "
        "tickets seen, 'nothing for MAST here') -> not urgent, no concern from it. Complete Tower Hamlets step-down: "
        "C&F assessment (PDF), draft TAF plan (.docx), mum consents, lead practitioner from a VOLUNTARY "
        "ORGANISATION (Hafsa Miah, Limehouse Community Family Project) -> book_meeting. Concerns: Ibrahim's speech, "
        "Sumaiya's attendance.",
        not_children=["Rehana Begum", "Hafsa Miah", "Shamima Khanom"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2034-07-12 12:18:45"
    blocks = [
        "Dear MAST,", "",
        "Please find attached the Multi-Agency Request for Support for Keanu and Nevaeh Baptiste-Lowe, and a summary "
        "for the MAST discussion below. My manager, Faisal Choudhury, has agreed the step up, and mum has consented "
        "to the request.", "",
        "The Early Help plan has been in place since February for neglect (home conditions, the children's "
        "presentation and Keanu's missed health appointments). Progress has stalled and we think a Child and Family "
        "Assessment is now needed.", "",
        ("table", [
            ["Area", "Summary"],
            ["Children", "Keanu Baptiste-Lowe, DOB 08/01/2030 (Mosaic 2440312); Nevaeh Baptiste-Lowe, DOB 22/06/2032 "
             "(Mosaic 2440313)"],
            ["Household", "Mum, Kerry Baptiste (31); mum's partner, Jordan Pike (35), living there since March"],
            ["Home conditions", "Poor since April: dog mess in the kitchen on three visits, no bedding on Keanu's bed, "
             "very little food in the flat"],
            ["Health", "Keanu (4): dental decay, missed two dental appointments and his hearing test. Seen at the "
             "Mile End walk-in centre on Sunday with a 3cm burn to his left forearm; he told staff he 'touched the "
             "iron' and they sent a safeguarding notification. At my visit yesterday he had a second, fresh burn of "
             "the same shape on his right forearm and mum gave the same explanation. Jordan answered for Keanu and "
             "told me to leave. Keanu did not want to go back inside when I left. Next visit Thursday."],
            ["Education", "Keanu starts Reception in September; Nevaeh (2) has a nursery place from September"],
            ["Engagement", "Mum lets me in but agreed actions are not completed"],
            ["What has been tried", "EH plan since February; Family Hub parenting course (mum attended 2 of 6); "
             "health visitor; food bank referrals"]]),
        "",
        "Happy to discuss at the next MAST meeting.", "",
        "Kind regards,", "Rosa", "",
        "Rosa Delgado-Harris",
        "Early Help Practitioner | Early Help Hub (Bow & Mile End) | London Borough of Tower Hamlets",
        "020 7946 0688", "", TDISC.strip()]
    marf = docx_att("MARF - Baptiste-Lowe.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Referrer: Rosa Delgado-Harris, Early Help Practitioner",
        "Reason for request: neglect - home conditions, presentation, missed health appointments; Early Help plan "
        "not making progress since February 2034."], [
        [["Child", "Date of birth", "Mosaic ID"],
         ["Keanu Baptiste-Lowe", "08/01/2030", "2440312"],
         ["Nevaeh Baptiste-Lowe", "22/06/2032", "2440313"]],
        [["Has the parent/carer consented to this request?", "Yes - Kerry Baptiste, 10/07/2034"],
         ["Has your line manager agreed this request?", "Yes - Faisal Choudhury, 11/07/2034"]]])
    top = outlook_top(f, addr("Delgado-Harris, Rosa", "Rosa.Delgado-Harris@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Baptiste-Lowe children - Mosaic 2440312 / 2440313", when,
                      cc=addr("Choudhury, Faisal", "Faisal.Choudhury@" + TDOM))
    add(f, word_mail(f, top, blocks, [marf]), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["2440312", "2440313"],
        [ch("Keanu Baptiste-Lowe", "2030-01-08", "08/01/2030", as_written="Keanu and Nevaeh Baptiste-Lowe"),
         ch("Nevaeh Baptiste-Lowe", "2032-06-22", "22/06/2032")],
        ["neglect", "physical_harm"], True, True, [], None, "alert_duty",
        "URGENT ONLY IN A TABLE CELL: the covering text asks for a routine MAST discussion about neglect; the "
        "'Health' cell of the summary table says a 4-year-old had a burn from 'the iron' on Sunday and a second, "
        "fresh burn of the same shape on the other forearm yesterday, mum's partner answered for him and told the "
        "worker to leave, the child did not want to go back in, and the next visit is Thursday. Patterned repeat "
        "burns with the partner at home -> alert_duty. Otherwise complete (MARF .docx, manager and consent stated "
        "and ticked in the MARF).",
        not_children=["Kerry Baptiste", "Jordan Pike", "Faisal Choudhury", "Rosa Delgado-Harris"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2034-07-07 12:34:02"
    body = T("""
Hi MAST,

I'm the Early Help lead practitioner for Chelsea Doyle (22) and her son Mason Doyle-Adu (DOB 03/03/2032, Mosaic 2429871), and I'm writing to request a step up for a pre-birth assessment. Chelsea is 31 weeks pregnant (EDD 19/10/2034) with a baby girl she plans to call Aria Ferris.

Why: Chelsea's new partner, Liam Ferris (the baby's father), moved in in May. Since then Chelsea has become cut off from her family and friends, Liam checks her phone and controls her money, and police were called to the flat on 24 June after neighbours heard shouting (no further action; Chelsea declined a DASH). Mason was in the flat that night. Chelsea has also told me she is smoking cannabis "to cope", and Liam smokes it every day in the flat.

Chelsea agrees with the referral for a pre-birth assessment - she says she wants the help and wants to be honest with us. My TM, Jahanara Bibi, agreed the step up at supervision on Wednesday.

I haven't completed the MARF yet - I'll do it on Monday - but I wanted to flag this now because of the gestation.

Thanks,
Nasima

Nasima Ahmed
Family Support Practitioner | Early Help | London Borough of Tower Hamlets
020 7946 0671 | 07700 900538

""") + TDISC
    top = outlook_top(f, addr("Ahmed, Nasima", "Nasima.Ahmed@" + TDOM), addr("MAST", TMAST),
                      "Step up - pre-birth assessment - Chelsea Doyle (EDD 19/10/2034)", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2429871"], [ch("Mason Doyle-Adu", "2032-03-03", "03/03/2032")],
        ["domestic_abuse", "substance_misuse"], True, True, ["request_for_support"], None, "request_info",
        "A BABY NOT YET BORN (PRE-BIRTH ASSESSMENT): the unborn baby is never a child, even when named ('Aria "
        "Ferris') - the EDD 19/10/2034 is not a DOB; Mason (2) is the only child labelled. Coercive control, a June "
        "police call-out with Mason present (domestic_abuse) and cannabis use by both adults (substance_misuse). Mum "
        "agrees (consent true), TM agreed at supervision. The MARF is still to be written -> request_for_support "
        "missing -> request_info.",
        not_children=["Chelsea Doyle", "Liam Ferris", "Aria Ferris", "Jahanara Bibi", "Nasima Ahmed"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2034-07-26 14:50:21"
    body = T("""
Hi,

Update for the file before Friday's TAF. You'll remember the nursery photographed bruises on Zayan last week and I said I'd follow them up. Mum brought in the letter below from the GP this morning (I've pasted it in as the scan was unreadable). Zayan has been diagnosed with ITP, which explains the bruising, and the paediatric team have no safeguarding concerns. Nothing changes for the step down.

Hollie

--- pasted letter ---
CRANWELL MEDICAL PRACTICE
2 Cranwell Walk, London E2 9ZZ
Tel: 020 7946 0612   Fax: 020 7946 0613
Dr A Chaudhry   Dr S Ellis   Dr M Papadopoulos

25 July 2034

To whom it may concern

Re: Zayan Hussain   DOB 04/04/2031   NHS No. 943 476 5919
Address: Flat 12, Cranwell House, London E2

I saw Zayan, aged 3, today with his mother, Mrs Nazia Hussain. His mother reports that over the past ten days he has developed bruises on his shins, back and upper arms without any significant injury, and a rash of small red spots on both legs. The nursery had noticed and photographed the bruises on 18 July.

On examination there were multiple bruises of different sizes on the fronts of both shins, the outer upper arms and the lower back, and a widespread petechial rash on both legs. He was otherwise well and playful.

A full blood count taken on 19 July showed a platelet count of 9 x 10^9/L (normal range 150-400) with a normal haemoglobin and white cell count. I referred him the same day to the paediatric haematology team at the Royal London Hospital, who have confirmed a diagnosis of immune thrombocytopenia (ITP). He is being monitored weekly in their clinic.

In my opinion, and in that of the paediatric team, Zayan's bruising and rash are fully explained by his low platelet count. There are no safeguarding concerns.

Please do not hesitate to contact me if you need any further information.

Yours faithfully

Dr Sarah Ellis MBBS MRCGP DRCOG
GP Partner
--- end of letter ---

Hollie Brennan
Social Worker | Children's Social Care - Assessment & Intervention | London Borough of Tower Hamlets
020 7946 0733
""") + quote("Early Help Hub <%s>" % THUB, "20 July 2034 16:02", "Brennan, Hollie <Hollie.Brennan@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-162] Step down request received - Hussain children", T("""
Thank you. Your step-down request for Zayan Hussain and Inaaya Hussain (Mosaic 2446015 / 2446016) has been logged as SB-tower_hamlets-162.

Nothing is missing. Your TAF meeting on Friday 28 July 2034 at 10:00 has been recorded and the minutes are due on Mosaic within 10 working days of the end of the Child and Family Assessment.
"""))
    top = outlook_top(f, addr("Brennan, Hollie", "Hollie.Brennan@" + TDOM), addr("Early Help Hub", THUB),
                      "RE: [SB-tower_hamlets-162] Step down request received - Hussain children", when,
                      reply_to_mid="<SB-tower_hamlets-162.ack@towerhamlets.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["2446015", "2446016"],
        [ch("Zayan Hussain", "2031-04-04", "04/04/2031"), ch("Inaaya Hussain")], [], None, None, [], None,
        "attach_to_request",
        "NEAR MISS - AN INJURY FULLY EXPLAINED BY A CLINICIAN, as a GP PRACTICE LETTER PASTED AS THE BODY of a "
        "follow-up: bruises on a 3-year-old's shins, back and arms photographed by nursery, with 'safeguarding' "
        "vocabulary - the GP and the paediatric haematology team diagnose immune thrombocytopenia (platelets 9) and "
        "state the bruising is fully explained, 'no safeguarding concerns' -> not urgent, no concern. Reply to "
        "[SB-tower_hamlets-162] -> follow_up -> attach_to_request. The NHS number is not a case id; the children and "
        "Mosaic ids come from the letter and the quoted acknowledgement.",
        not_children=["Nazia Hussain", "Sarah Ellis", "Hollie Brennan"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2034-08-03 10:05:50"
    body = T("""
Morning,

The C&F assessment for Amani Yusuf (DOB 09/12/2020) concluded on 31 July with a recommendation to step down to a TAF. The assessment is attached.

Amani is 13 and does a lot of caring for her mum, who has sickle cell disease and has had three hospital admissions since Easter. When mum is in hospital Amani gets her younger brothers (6 and 4) to school and does the cooking. Her attendance dropped to 86% last year.

Mum (Ms Hodan Yusuf) has consented to the step down.

Lead practitioner: Mr Abdi Warsame, Youth and Family Worker at the Ocean Estate Youth Trust (a youth charity Amani already goes to), has agreed to be the lead practitioner. He also runs their young carers group.

I'll chair the TAF on Monday 14 August at 2pm at the Youth Trust. We'll write the TAF plan together at the meeting and I'll send it on with the minutes afterwards.

Thanks
Ciaran

Ciaran Doherty
Social Worker | Children's Social Care - Assessment & Intervention | London Borough of Tower Hamlets
020 7946 0745

""") + TDISC
    cfa = pdf_att("C&F assessment - A Yusuf.pdf", "CHILD AND FAMILY ASSESSMENT", [
        "Child: Amani Yusuf    DOB: 09/12/2020    Mosaic: 2436650",
        "Concluded: 31/07/2034    Social worker: Ciaran Doherty",
        "Analysis: Amani is a young carer for her mother (sickle cell disease). Attendance 86% in 2033/34.",
        "Recommendation: step down to a TAF plan; lead practitioner from the Ocean Estate Youth Trust."])
    top = outlook_top(f, addr("Doherty, Ciaran", "Ciaran.Doherty@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Amani Yusuf - Mosaic 2436650", when,
                      extra=[("X-Mailer", "Microsoft Outlook 16.0 (Mac)")])
    add(f, mail(f, top, body, [cfa], html_alt=True, cte="base64"), "tower_hamlets", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2436650"], [ch("Amani Yusuf", "2020-12-09", "09/12/2020")],
        ["school_attendance", "young_carer"], True, None, ["draft_plan"], None, "request_info",
        "Tower Hamlets step-down with a lead practitioner from a VOLUNTARY ORGANISATION (Abdi Warsame, Ocean Estate "
        "Youth Trust), C&F assessment attached, mum's consent - but the TAF plan will be written at the meeting and "
        "sent afterwards -> draft_plan missing -> request_info. Young carer (caring for mum, getting her brothers to "
        "school) and 86% attendance; the brothers are not named.",
        not_children=["Hodan Yusuf", "Abdi Warsame", "Ciaran Doherty"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2034-07-11 16:22:40"
    summary = "MAST discussion - Uddin family [SB-tower_hamlets-158]"
    d = dt(when)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
         "METHOD:REPLY", "BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZNAME:BST",
         "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "DTSTART:19700329T010000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZNAME:GMT",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "DTSTART:19701025T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
         "CREATED:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "LAST-MODIFIED:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "DTSTAMP:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "SUMMARY:" + ics_escape(summary), "ORGANIZER;CN=MAST:mailto:%s" % TMAST,
         "ATTENDEE;RSVP=TRUE;CN=Salma Khatun;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:salma@bricklanefamilynetwork.example.org.uk",
         "DTSTART;TZID=Europe/London:20340713T100000", "DTEND;TZID=Europe/London:20340713T110000",
         "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "Salma Khatun has accepted your event invitation.\n"
    root = multipart("mixed", [
        text_part(text, cte="7bit"),
        Part([("Content-Type", 'text/calendar; charset=UTF-8; method=REPLY'), ("Content-Transfer-Encoding", "8bit")],
             cal.replace("\r\n", "\n")),
        Part([("Content-Type", 'application/ics; name="invite.ics"'),
              ("Content-Disposition", 'attachment; filename="invite.ics"'),
              ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))], "------------%s" % sha(f, "tb")[:24])
    top = plain_top(f, addr("Salma Khatun", "salma@bricklanefamilynetwork.example.org.uk"), addr("MAST", TMAST),
                    "Accepted: " + summary, when, "bricklanefamilynetwork.example.org.uk", None,
                    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")])
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "A Thunderbird (Lightning) iTIP REPLY from a voluntary-sector worker: text/plain 'has accepted your event "
        "invitation', text/calendar METHOD:REPLY with an Olson TZID and an application/ics copy -> meeting_reply -> "
        "record_reply. The family is named by surname only.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2034-08-18 09:14:07"
    body = T("""
Thank you for your email. I am on annual leave until Monday 4 September 2034 with no access to email. For anything about the families I work with, please contact the Early Help Hub on 020 7946 0650 or EarlyHelpHub@towerhamlets.gov.uk.

আপনার ইমেইলের জন্য ধন্যবাদ। আমি ৪ সেপ্টেম্বর ২০৩৪ পর্যন্ত ছুটিতে আছি এবং ইমেইল দেখতে পারব না। কোনো প্রয়োজনে আর্লি হেল্প হাব-এ ০২০ ৭৯৪৬ ০৬৫০ নম্বরে যোগাযোগ করুন।

Shahida Miah
Family Support Worker | Early Help | London Borough of Tower Hamlets
""")
    add(f, ooo(f, when, "Miah, Shahida", "Shahida.Miah@" + TDOM, addr("Early Help Hub", THUB),
               "[SB-tower_hamlets-176] TAF meeting recorded - Ali family", body, lang="en-GB, bn-BD"),
        "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A BILINGUAL ENGLISH / BENGALI out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') to stepbot's "
        "mail -> auto_reply -> ignore. The Bengali numerals are a return date and a phone number, nothing else.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2034-08-29 10:22:31"
    text = T("""
Hello,

My name is Denise Morgan-Clarke. I'm the kinship carer for my niece Shanice Morgan, who is 14 - I've had her under a special guardianship order since 2031. I got this email address from Shanice's old paperwork.

I'm writing about Shanice's little brother, Tyreese Morgan, who is 6 and still lives with my sister Leanne (their mum) and her boyfriend Darren in Poplar.

Shanice saw Tyreese yesterday at my mum's for the bank holiday. She told me this morning that Tyreese told her Darren makes him sleep in the bath when he wets the bed and "hits him with the belt with the metal bit". She said Tyreese showed her his back and it had lines on it, some scabbed over and one of them bleeding. Tyreese begged her not to tell anyone because Darren said he'd get it worse.

Tyreese went back to Leanne's last night. I rang Leanne this morning and she laughed it off, said Shanice is a liar and hung up on me. Darren doesn't work so he is there all day.

I don't know who else to tell. Shanice is very upset. Please can someone ring me on 07700 900842.

Denise Morgan-Clarke
""")
    htm = "<div dir=\"ltr\">%s</div>\n" % "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>")
                                                for p in text.strip().split("\n\n"))
    alt = multipart("alternative", [text_part(text, cte="base64"), text_part(htm, "html", cte="base64")], gbnd(f, 1))
    top = plain_top(f, addr("Denise Morgan-Clarke", "denise.morganclarke@example.com"), TMAST,
                    "Tyreese Morgan - please can someone help", when, "mail.example.com", None)
    add(f, build(top, alt, False), "tower_hamlets", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Tyreese Morgan"), ch("Shanice Morgan")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT from a KINSHIP CARER (special guardian aunt) writing to MAST from a personal Gmail-style account the "
        "morning after the bank holiday: her niece relays what her 6-year-old brother told her - beaten with a "
        "buckled belt, lines on his back, one bleeding, made to sleep in the bath, threatened if he tells - and he "
        "went back last night to the man who did it, who is at home all day; mum dismisses it. Not a step request "
        "-> other -> alert_duty. Both children named in full (ages only; Tyreese first, as the Subject names him); Leanne "
        "and Darren are adults.",
        not_children=["Denise Morgan-Clarke"])

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
BDISC = T("""
This email and any attachments are intended for the named recipient only and may contain sensitive or protectively marked information. If you have received it in error, please notify the sender and delete it. Torbay Council email may be monitored.
""")

def torbay_01():
    f = "torbay_01.eml"; when = "2034-07-27 08:51:33"
    body = T("""
EH inbox,

SD req. 2x ch.
1. Jayden Hannaford - dob 14/05/2022 - LCS-2460183
2. Skye Hannaford - dob 30/01/2031 - LCS-2460184 (U5 - fortnightly triage pls)
SA completed 24/07: NFA at L4, L3 threshold met. SA att.
Conc: mum MH (anx/dep), J school att 86%.
Consent y - mum, 25/07.
TM y - R. Penwill, mgr analysis on LCS 26/07.
Triage slot pls - not Tue 1/8 (A/L).

Pete

Pete Hext | SW | Single Assessment Team | Torbay Children's Services | 01632 960347

""") + BDISC
    sa = pdf_att("SA - Hannaford - 24.07.34.pdf", "SINGLE ASSESSMENT - SUMMARY AND ANALYSIS", [
        "Children: Jayden Hannaford (14/05/2022) LCS-2460183; Skye Hannaford (30/01/2031) LCS-2460184",
        "Assessment completed 24/07/2034 by Pete Hext, Single Assessment Team.",
        "Analysis: mum's anxiety and depression affect routines; Jayden's attendance 86%; home conditions adequate.",
        "Decision: no further action at level 4; needs meet the threshold for a level 3 coordinated response.",
        "Rationale for step down: mum engaged throughout and wants support; no safeguarding concerns identified.",
        "Manager's analysis (R. Penwill, TM, 26/07/2034): I agree - level 3 threshold met; step down to Early Help."])
    top = outlook_top(f, addr("Hext, Pete", "Pete.Hext@" + BDOM), addr("Early Help", TEH),
                      "SD req - Hannaford - LCS-2460183 / LCS-2460184", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2460183", "LCS-2460184"],
        [ch("Jayden Hannaford", "2022-05-14", "14/05/2022"), ch("Skye Hannaford", "2031-01-30", "30/01/2031")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "VERY TERSE NOTE STYLE, the brief's own example ('SD req. 2x ch.', 'Consent y', 'TM y', 'SA att.', 'mgr "
        "analysis on LCS'): a complete Torbay step-down - Single Assessment attached, consent given, TM's analysis "
        "recorded, 'L3 threshold met' -> level 3. Skye is under 5 (fortnightly under-5s triage; no label depends "
        "on it). '1/8' is a date the worker is on leave, not a DOB.",
        not_children=["Pete Hext"])

def torbay_02():
    f = "torbay_02.eml"; when = "2034-07-19 14:26:10"
    body = T("""
Hi,

Please could the Yeo children (Harrison and Poppy) have a slot at triage? My Single Assessment has concluded no further action at level 4 but the family needs a level 3 coordinated response.

The Single Assessment is attached. Apologies - Rob (my TM) has just done his manager's analysis in it and I haven't had a chance to accept his changes yet, so it still has his tracked changes and comments showing.

Thanks,
Beth

Bethany Widger
Social Worker | Single Assessment Team | Torbay Children's Services
01632 960512

""") + BDISC
    RB, RBD, RBC = "Rob Bastable", "2034-07-19T12:41:00Z", "2034-07-19T12:44:00Z"
    sa = rich_docx_att("Single Assessment - Yeo - July 2034.docx", [
        "# Single Assessment",
        "Children: Harrison Yeo (DOB 11/11/2018) - LCS-2455706; Poppy Yeo (DOB 25/09/2020) - LCS-2455707",
        "Parents: Ms Kirsty Yeo (mother, the children live with her); Mr Aaron Yeo (father, lives in Brixham)",
        "# Reason for assessment",
        "Referral from school in May 2034: Harrison's escalating behaviour at school and mum struggling to cope after "
        "the parents separated.",
        "# Analysis",
        "There was domestic abuse between the parents before they separated in February 2034; there have been no "
        "incidents since, Mr Yeo has completed a perpetrator programme and contact is arranged through school. "
        "Harrison has significant social, emotional and mental health needs and school requested an EHCP needs "
        "assessment in June. Ms Yeo has low mood (GP reviewing). Poppy is anxious about contact.",
        ["Rationale for step down: the threshold for a statutory (level 4) response is not met, but the family has "
         "a high level of need that requires a ", ("c", 0), "level 3 coordinated response", ("/c", 0), "."],
        "# Consent",
        [("del", "Consent for level 3 Early Help is still to be sought.", RB, RBD),
         ("ins", "Ms Yeo gave consent for level 3 Early Help at the visit on 18/07/2034 (recorded on LCS).", RB, RBD)],
        "# Manager's analysis",
        [("ins", "I have read the assessment and agree with the analysis. The threshold for level 4 is not met, but "
                 "the level 3 threshold is met and I agree the step down to Early Help for triage. R. Bastable, "
                 "Team Manager, 19/07/2034.", RB, RBD), ("c", 1), ("/c", 1)],
    ], comments=[(0, RB, "RB", RBC, ["Can we say a bit more about Poppy's views here?"]),
                 (1, RB, "RB", RBC, ["Beth - happy for this to go to triage. Accept my changes before it goes on "
                                     "LCS please. Rob"])],
        creator="Bethany Widger", modified_by=RB, when="2034-07-19T12:44:00Z")
    top = outlook_top(f, addr("Widger, Bethany", "Bethany.Widger@" + BDOM), addr("Early Help", TEH),
                      "Triage slot request - Yeo family - LCS-2455706 / LCS-2455707", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2455706", "LCS-2455707"],
        [ch("Harrison Yeo", "2018-11-11", "11/11/2018"), ch("Poppy Yeo", "2020-09-25", "25/09/2020")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "A WORD DOCUMENT WITH TRACKED CHANGES AND COMMENTS decides two fields: in the attached Single Assessment the "
        "TM's TRACKED DELETION removes 'Consent ... is still to be sought' and his TRACKED INSERTION says 'Ms Yeo "
        "gave consent ... on 18/07/2034'; his inserted 'Manager's analysis' agrees the level 3 step-down and his "
        "comment says 'happy for this to go to triage'. Read as the document stands with its changes (the latest "
        "statements) -> consent true, manager true. The body states neither. Level 3 in the body. DA before the "
        "February separation is historic; concerns: Harrison's SEMH / EHCP assessment, mum's low mood.",
        not_children=["Kirsty Yeo", "Aaron Yeo", "Bethany Widger"])

def torbay_03():
    f = "torbay_03.eml"; when = "2034-08-15 10:14:27"
    body = T("""
Dear MASH,

I'm the lead professional for the Pascoe family at level 3 (EHM-788120) and I'd like MASH to consider whether the family now needs a level 4 response.

Household:
- Lee Pascoe (dad, DOB 14/02/2000) - sole carer since mum left in June
- Lee Pascoe (Jnr, DOB 06/06/2025), 9 - known as Little Lee
- Lacey Pascoe (DOB 12/12/2027), 6

Since mum left, dad's drinking has got much worse. At my last three visits he has smelt of alcohol in the morning, there have been empty vodka bottles in the kitchen, and on Friday the children hadn't had breakfast at 11am and Lacey was still wearing the clothes she had on on Wednesday. Little Lee told me he "makes the tea" most nights and puts Lacey to bed. Neighbours have told the housing officer that the children are out on the green until late.

Dad knows I'm making this contact and has agreed to it - he says he knows he needs help.

My ATM is on annual leave until 29 August. I've asked the duty ATM to look at it but she hasn't come back to me yet, and I didn't want to wait.

Kerensa

Kerensa Bowden
Family Intervention Worker (Level 3) | Early Help | Torbay Council
01632 960483 | 07700 900751

""") + BDISC
    top = outlook_top(f, addr("Bowden, Kerensa", "Kerensa.Bowden@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Pascoe family - EHM-788120", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-788120"],
        [ch("Lee Pascoe", "2025-06-06", "06/06/2025"), ch("Lacey Pascoe", "2027-12-12", "12/12/2027")],
        ["neglect", "substance_misuse", "young_carer"], True, None, ["manager_agreed"], None, "request_info",
        "A CHILD WITH THE SAME NAME AS HIS FATHER: 'Lee Pascoe (dad, DOB 14/02/2000)' and 'Lee Pascoe (Jnr, DOB "
        "06/06/2025)' - one child Lee Pascoe, with the son's DOB, never the father's. Torbay contact to MASH from the "
        "level 3 lead professional: dad's drinking, no breakfast and unchanged clothes (neglect), the 9-year-old "
        "making the tea and putting his sister to bed (young_carer). Dad agreed the contact -> consent true. The ATM "
        "is on leave and the duty ATM 'hasn't come back to me yet' -> manager null -> missing -> request_info.",
        not_children=["Kerensa Bowden"])

def torbay_04():
    f = "torbay_04.eml"; when = "2034-08-14 11:36:05"
    body = T("""
Dear Sirs

Our client: Ms Chloe Widdicombe
Child: Maisie Widdicombe (d.o.b. 02/02/2031)
Your reference: EHM-781204
Our reference: AT/WID/34-117

We act for Ms Chloe Widdicombe in respect of proceedings under Part IV of the Family Law Act 1996 and write to you as the service currently working with our client and her daughter, Maisie.

On 12 June 2034 the Family Court sitting at Torquay made a non-molestation order against Mr Ryan Kitto, Maisie's father, without notice. The order was personally served on Mr Kitto on 14 June 2034. It forbids him from using or threatening violence against our client, from intimidating, harassing or pestering her, and from attending within 100 metres of her home address. Breach of the order is a criminal offence.

Our client instructs us that at approximately 07:45 this morning Mr Kitto attended her home, forced entry through the rear door and assaulted her, and then left the property with Maisie, who is 3 years of age, in his car. Our client was taken by ambulance to Torbay Hospital, where she remains, with facial injuries. Since leaving, Mr Kitto has sent our client a number of text messages, which we have seen, including "you'll never see her again" and "she's better off with me than with you".

The police have been informed (Devon and Cornwall Police log 0127 of 14/08/2034). We understand that Mr Kitto's whereabouts, and therefore Maisie's, are not currently known. He has no accommodation of his own in the area to our client's knowledge, and she believes he may attempt to travel to his brother in Plymouth.

We are instructed to make an urgent without-notice application to the court today for a prohibited steps order and a location order, and we would ask that you confirm, by reply, the name and contact details of the social worker or team who will be dealing with this matter so that we may inform the court.

We should be grateful for your immediate attention to this letter.

Yours faithfully

Kittiwake Family Law LLP

Amelia Thorne
Associate Solicitor
Kittiwake Family Law LLP | 9 Strand Quay, Torquay TQ1 9ZZ | DX 59000 Torquay
Tel: 01632 960790 | Direct: 01632 960794
Kittiwake Family Law LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 800123).

This email is confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify us and delete it. Kittiwake Family Law LLP will never change its bank details by email.
""")
    top = outlook_top(f, addr("Thorne, Amelia", "a.thorne@kittiwakefamilylaw.example.co.uk"), addr("Early Help", TEH),
                      "Our ref: AT/WID/34-117 - Ms C Widdicombe - Maisie Widdicombe (d.o.b. 02/02/2031)", when,
                      extra=[("Importance", "high")], mid_domain="CWLP265MB5172.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "urgent", "other", True, None, ["EHM-781204"], [ch("Maisie Widdicombe", "2031-02-02", "02/02/2031")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT IN A SOLICITOR'S FORMAL LETTER ('Dear Sirs', 'We act for', 'Our client instructs us', 'Yours "
        "faithfully'): this morning a father subject to a non-molestation order broke in, assaulted the mother "
        "(hospitalised) and drove off with their 3-year-old; his whereabouts and the child's are unknown and his "
        "texts say 'you'll never see her again'. Police informed, but the child is missing with a violent adult now "
        "-> alert_duty. Not a step request -> other. The police log and the SRA number are not case ids; EHM-781204 "
        "is ('Your reference').",
        not_children=["Chloe Widdicombe", "Ryan Kitto", "Amelia Thorne"])

def torbay_05():
    f = "torbay_05.eml"; when = "2034-08-03 16:40:19"
    body = T("""
Hi there,

I'm not sure if this is the right place, but Ruby's mum told me the family have an Early Help worker at Torbay and I couldn't find another address.

I manage the Sea Breeze holiday club at Seaview Primary School in Paignton. On Tuesday one of our playworkers overheard Ruby Tremlett (she's 8) telling another child about "a girl who was locked in a cellar by a man and only let out to do his chores, and if she told anyone he would drown her puppy". Our playworker was worried and logged it, quite rightly.

I spoke to Ruby and her mum at pick-up. It's the story of the book her mum has been reading to her at bedtime - "The Keeper of Gull Rock" by Morwenna Penhale, a children's adventure story (the girl escapes in chapter 12 and the puppy is fine!). Mum showed me the book, and Ruby was completely relaxed about it and said the story is "a bit scary but really good". There is nothing else on our log about Ruby, who is a happy little girl and one of our regulars.

I've recorded it on our safeguarding log as no concern, but our policy says we should let a child's lead practitioner know about anything we log. Could you pass this on to Ruby's Early Help worker please?

Many thanks,
Jo

Jo Luscombe
Manager, Sea Breeze Holiday Club
07700 900627
""")
    top = plain_top(f, addr("Jo Luscombe", "manager@seabreezeclub.example.org.uk"), TEH,
                    "Ruby Tremlett - logged comment - for her Early Help worker", when, "seabreezeclub.example.org.uk",
                    None)
    alt = multipart("alternative", [text_part(body), text_part(simple_html(body), "html")], gbnd(f, 1))
    add(f, build(top, alt, False), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Ruby Tremlett")], [], None, None, [], None, "human_review",
        "NEAR MISS - A BOOK PLOT DESCRIBED, at a HOLIDAY CLUB: 'locked in a cellar by a man', 'if she told anyone he "
        "would drown her puppy' is the plot of a children's book her mum reads to her; the club manager checked with "
        "the child and mum and logged it as no concern, and only asks for it to be passed to the lead practitioner "
        "-> not urgent, no concern, other -> human_review.")

def torbay_06():
    f = "torbay_06.eml"; when = "2034-07-17 09:12:40"
    body = T("""
Good morning,

I'm a Torbay foster carer and Kayla Rowe (14, DOB 19/10/2019) has been placed with me since March. Her social worker, Lorna Webber, is on leave this week and the duty social worker asked me to put Saturday's events in writing to MASH so that there is a record, so here it is.

At supervised family time at the contact centre on Saturday (15 July), Kayla's mum, Tina Rowe, became angry when the supervisor reminded her not to talk about the court case. She shouted at Kayla that "if I can't have you back nobody will", and in the car park she told me she would "find out where you live and burn your house down with you in it". The supervisor ended the session and rang the police.

Since then:
- the police spoke to Tina on Saturday evening and gave her a warning, and they have put a marker on my address;
- Tina does not know where we live (my address has never been shared with her), and Kayla's school and her summer club know not to release her to anyone but me;
- the duty social worker and my supervising social worker agreed a safety plan with me yesterday, and family time is suspended until Lorna is back;
- Kayla is OK. She was upset on Saturday but she has been out with her friends since and says she is "used to mum kicking off".

I don't need anything from MASH - this is just for the record, as I was asked.

Thank you,

Sandra Hocking
Foster carer, Torbay Council Fostering Service
""")
    top = plain_top(f, addr("Sandra Hocking", "sandra.hocking64@example.com"), TMASH,
                    "Kayla Rowe - incident at family time on Saturday - for the record", when, "example.com", None)
    add(f, build(top, text_part(body, cte="quoted-printable"), False), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [ch("Kayla Rowe", "2019-10-19", "19/10/2019")], [], None, None, [], None,
        "human_review",
        "NEAR MISS from a FOSTER CARER: a birth mother's threats at family time ('if I can't have you back nobody "
        "will', 'burn your house down with you in it') - already handled: police warning and an address marker, "
        "the placement address unknown to her, a safety plan, family time suspended, the child settled; 'I don't "
        "need anything from MASH'. Not urgent; no current concern about the child's household; for the record -> "
        "other -> human_review.",
        not_children=["Tina Rowe", "Lorna Webber", "Sandra Hocking"])

def torbay_07():
    f = "torbay_07.eml"; when = "2034-08-04 07:58:12"
    summary = "Early Help under-5s triage - Hannaford [SB-torbay-277]"
    d = dt(when)
    L = ["BEGIN:VCALENDAR", "CALSCALE:GREGORIAN", "METHOD:REPLY", "PRODID:-//Apple Inc.//iPhone OS 18.5//EN",
         "VERSION:2.0", "BEGIN:VEVENT",
         "ATTENDEE;CN=Pete Hext;EMAIL=Pete.Hext@torbay.gov.uk;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:Pete.Hext@torbay.gov.uk",
         "DTEND;TZID=Europe/London:20340808T120000", "DTSTAMP:%s" % d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "DTSTART;TZID=Europe/London:20340808T113000", "LOCATION:Microsoft Teams",
         "ORGANIZER;CN=Early Help:mailto:%s" % TEH, "SEQUENCE:0", "SUMMARY:" + ics_escape(summary),
         "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(), "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    root = multipart("mixed", [
        text_part("Pete Hext has accepted your invitation.\n\nSent from my iPhone\n", cte="7bit"),
        Part([("Content-Type", 'text/calendar; charset=utf-8; method=REPLY; name=invite.ics'),
              ("Content-Disposition", 'inline; filename=invite.ics'), ("Content-Transfer-Encoding", "base64")],
             b64lines(cal.encode()))], "Apple-Mail-%s" % sha(f, "apple")[:8].upper() + "-" + sha(f, "ap2")[:4].upper())
    top = plain_top(f, addr("Pete Hext", "Pete.Hext@" + BDOM), addr("Early Help", TEH), "Accepted: " + summary, when,
                    BDOM, "iPhone Mail (22F76)")
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An iPhone Calendar iTIP REPLY (PRODID Apple iPhone OS, PARTSTAT=ACCEPTED, text/calendar sent inline as "
        "invite.ics) to the under-5s triage slot booked for torbay_01's family -> meeting_reply -> record_reply. "
        "Surname only.")

def torbay_08():
    f = "torbay_08.eml"; when = "2034-08-22 12:05:44"
    body = T("""
Hi MASH,

I'm the duty ATM covering for Kerensa's manager while she is on leave. I've read Kerensa's contact and talked it through with her this morning. I agree that this needs to be considered for a level 4 response - please take this as management agreement.

Thanks,
Claire

Claire Stoneman
Assistant Team Manager | Early Help (Paignton & Brixham) | Torbay Council
01632 960455

""") + quote("MASH <%s>" % TMASH, "15 August 2034 10:20",
             "Bowden, Kerensa <Kerensa.Bowden@torbay.gov.uk>",
             "[SB-torbay-283] Contact to MASH received - still needed: manager agreement - Pascoe - EHM-788120", T("""
Thank you. Your contact to MASH has been logged as SB-torbay-283.

Children: Lee Pascoe (06/06/2025), Lacey Pascoe (12/12/2027)
Case: EHM-788120

Still needed: confirmation that your team manager agrees that this information needs to be considered for a level 4 intervention.
"""), cc="Stoneman, Claire <Claire.Stoneman@torbay.gov.uk>") + "\n" + BDISC
    top = outlook_top(f, addr("Stoneman, Claire", "Claire.Stoneman@" + BDOM), addr("MASH", TMASH),
                      "RE: [SB-torbay-283] Contact to MASH received - still needed: manager agreement - Pascoe - "
                      "EHM-788120", when, cc=addr("Bowden, Kerensa", "Kerensa.Bowden@" + BDOM),
                      reply_to_mid="<SB-torbay-283.ack@torbay.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-788120"],
        [ch("Lee Pascoe", "2025-06-06", "06/06/2025"), ch("Lacey Pascoe", "2027-12-12", "12/12/2027")],
        [], None, True, [], None, "attach_to_request",
        "The duty assistant team manager replies to stepbot's chase [SB-torbay-283] for torbay_03 with her own "
        "agreement ('please take this as management agreement') -> manager true; follow_up -> attach_to_request. "
        "Children, DOBs and the EHM id from the quoted acknowledgement.",
        not_children=["Claire Stoneman"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
HDISC = T("""
Any opinions expressed in this email are those of the individual and not necessarily those of Herefordshire Council. This email and any files transmitted with it are confidential and solely for the use of the intended recipient. If you have received this email in error, please notify the sender and delete it.
""")

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2034-07-26 15:02:36"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Bevan children, following the decision at the end of the Child and Family Assessment on 19 July that their needs can be met at Level 3 (Intensive). I talked the plan through with Verity at Tuesday's drop-in.

Children:
Kian Bevan - 19/09/2016 - Mosaic 648201
Ellie-Mae Bevan - 04/01/2021 - Mosaic 648202
Oscar Bevan - 28/08/2030 - Mosaic 648203

Key person: Rhiannon Lloyd, Young Carers Worker, Marches Young Carers (a registered charity). She already supports Kian and has agreed to lead the plan; mum (Joanne Bevan) chose her.

A note about Kian: he turns 18 on 19 September, so he will only be part of the Early Help plan for a few weeks. He asked to be included, and the plan for him is about his move to college and a carer's assessment through adult social care once he is 18, which Rhiannon will refer for.

The main needs are Kian's caring role (mum has ME/CFS and is in bed most days), Ellie-Mae's attendance (87% last year) and Oscar starting Reception in September.

Many thanks,
Gwen

Gwen Pritchard
Social Worker | Kington & Leominster Children's Team | Herefordshire Council
01632 960264

""") + HDISC
    plan = docx_att("EHA Step Down Plan - Bevan.docx", [
        "# Early Help Assessment - Step Down Plan (Level 3 - Intensive)",
        "Family: Bevan. Mother: Joanne Bevan.",
        "What are we worried about? Kian is a young carer for mum (ME/CFS) and misses college preparation; "
        "Ellie-Mae's attendance 87%; Oscar starts school in September and mum cannot always do the school run.",
        "What's working well? Close, loving family; Kian is proud of helping; maternal aunt helps twice a week.",
        "Details of Key Person: Rhiannon Lloyd, Young Carers Worker, Marches Young Carers (charity) - agreed "
        "with the family and with Rhiannon on 21/07/2034."], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Young carers support and carer's assessment referral for Kian (Rhiannon)", "Kian has time for himself and "
          "an adult carer's assessment from 19/09/2034", "September 2034"],
         ["Attendance plan for Ellie-Mae (school)", "Attendance above 95%", "Autumn term"],
         ["Walking bus / breakfast club place for Oscar (school, Rhiannon)", "Oscar gets to school every day",
          "September 2034"]]])
    cf = pdf_att("Consent form - Bevan (signed).pdf", "EARLY HELP CONSENT FORM", [
        "Children: Kian Bevan, Ellie-Mae Bevan, Oscar Bevan    Mosaic: 648201 / 648202 / 648203",
        "I agree to my family receiving Early Help support at Level 3 and to the step-down plan being shared with "
        "the Early Help co-ordinators and the key person.",
        "Signed: Joanne Bevan (mother)    Date: 24/07/2034",
        "Signed: Kian Bevan    Date: 24/07/2034"])
    top = outlook_top(f, addr("Pritchard, Gwen", "Gwen.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan children - Mosaic 648201 / 648202 / 648203", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["648201", "648202", "648203"],
        [ch("Kian Bevan", "2016-09-19", "19/09/2016"), ch("Ellie-Mae Bevan", "2021-01-04", "04/01/2021"),
         ch("Oscar Bevan", "2030-08-28", "28/08/2030")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "A CHILD TURNING 18 SOON: Kian is 17 today and turns 18 on 19 September - still a child, labelled with his "
        "siblings. Complete Herefordshire sibling-group step-down: EHA step-down plan (.docx), signed consent form "
        "(PDF), key person from a VOLUNTARY ORGANISATION (Marches Young Carers) with agency; 'Level 3 "
        "(Intensive)'. Mum's ME/CFS is a physical illness (no id); Kian's caring role -> young_carer; Ellie-Mae's "
        "87% -> school_attendance.",
        not_children=["Joanne Bevan", "Rhiannon Lloyd", "Gwen Pritchard"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2034-07-27 10:44:50"
    body = T("""
Hello,

I'm sending the Early Help Assessment step-down plan for Tilly Jenkins (DOB 13/05/2027) and Reuben Jenkins (DOB 02/10/2029), which I talked through with Xavier on Tuesday. The children's needs were assessed as Level 3 at the end of the C&F assessment on 20 July.

Key person: Jess Harding, Family Support Worker, Leominster Family Hub (Herefordshire Council Early Help) - agreed with mum and with Jess.

Consent: Sarah Jenkins (mum) has agreed verbally to the step-down. She wants to read the plan through with her ISVA before she signs the consent form, and I'll send it on as soon as she has signed.

One sensitive matter, which mum has agreed can be shared with the key person. At the CIN review on 20 July Sarah told us, for the first time, that she was sexually abused by her stepfather, Malcolm Hodges, between the ages of 9 and 13. She has since given a statement to West Mercia Police. Mr Hodges is serving a life sentence for unrelated offences and has had no contact with Sarah or the children at any point in their lives; there is no risk to Tilly or Reuben from him, and the police have confirmed that. Sarah has been referred to the ISVA service and to Talking Therapies. The disclosure has affected her mood and her sleep, which is one of the reasons we think ongoing Early Help support matters.

The plan's main areas are mum's emotional wellbeing and routines, and Tilly's anxiety about moving up to juniors.

Kind regards,
Owain

Owain Price
Social Worker | Hereford City Children's Team | Herefordshire Council
01632 960271

""") + HDISC
    plan = docx_att("EHA Step Down Plan - Jenkins.docx", [
        "# Early Help Assessment - Step Down Plan (Level 3)",
        "Children: Tilly Jenkins (13/05/2027), Reuben Jenkins (02/10/2029). Mosaic: 650318 / 650319.",
        "What are we worried about? Mum's low mood and poor sleep since her disclosure of childhood abuse; "
        "morning routines; Tilly's anxiety about school.",
        "What's working well? Warm, consistent care; good attendance; mum asks for help when she needs it.",
        "Details of Key Person: Jess Harding, Family Support Worker, Leominster Family Hub."], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Weekly visits, routines support (Jess)", "Calmer mornings", "October 2034"],
         ["ISVA and Talking Therapies (mum)", "Mum feels supported", "Ongoing"],
         ["Transition support for Tilly (school)", "Tilly settles in Year 3", "September 2034"]]])
    top = outlook_top(f, addr("Price, Owain", "Owain.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Jenkins children - Mosaic 650318 / 650319", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["650318", "650319"],
        [ch("Tilly Jenkins", "2027-05-13", "13/05/2027"), ch("Reuben Jenkins", "2029-10-02", "02/10/2029")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - A HISTORIC DISCLOSURE BY AN ADULT NOW: mum has disclosed sexual abuse in her own childhood by a "
        "stepfather who is serving a life sentence and has never had contact with the children; police confirm no "
        "risk to them -> not urgent, no sexual_harm. Its effect on mum's mood and sleep is a current worry -> "
        "parental_mental_health. Verbal consent only, the written form to follow -> consent true, consent_form "
        "missing -> request_info. Plan attached; key person with agency; Level 3.",
        not_children=["Sarah Jenkins", "Malcolm Hodges", "Jess Harding", "Owain Price"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2034-08-04 11:52:14"
    body = T("""
Hi both,

Please find attached the EHA step-down plan and the signed consent form for Lacey Morris and Tommy Morris. I went through the plan with Xavier at Tuesday's drop-in. The key person is Sian Powell at the Ross-on-Wye Family Hub, who knows mum well.

Thanks, and have a good weekend!
Ffion

Ffion Watkins
Social Worker | Ross & South Wye Children's Team | Herefordshire Council
01632 960278

""") + HDISC
    AC = "Andrea Coles"
    plan = rich_docx_att("EHA Step Down Plan - Morris - v3.docx", [
        "# Early Help Assessment - Step Down Plan (Level 3)",
        ("table", [["Name", "Date of birth", "Mosaic ID"],
                   ["Lacey Morris", "22/02/2028", "652771"],
                   ["Tommy Morris", "15/11/2030", "652772"]]),
        "Parent: Ms Gemma Morris",
        "Background: the children were subject to child protection plans from November 2033 to June 2034 because of "
        "domestic abuse by mum's former partner, Dean Rowlands. A non-molestation order was made in December 2033 "
        "and Mr Rowlands has had no contact with the family since. The CIN plan ended on 31 July 2034.",
        [("c", 1), "What are we worried about?", ("/c", 1),
         " Mum's low mood; Lacey's anxiety that Dean will come back; Tommy's sleep."],
        "What's working well? Mum has kept to the safety plan; the children are settled at school; maternal "
        "grandparents are very involved.",
        ("table", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
                   ["Weekly family support visits (Sian)", "Mum feels supported", "October 2034"],
                   ["Worry work with Lacey (school ELSA)", "Lacey can name her worries", "Autumn term"],
                   ["Freedom Programme for mum", "Mum completes the course", "December 2034"]]),
        [("c", 0), "Details of Key Person: Sian Powell, Family Support Worker, Ross-on-Wye Family Hub", ("/c", 0)],
    ], comments=[
        (0, AC, "AC", "2034-08-02T14:10:00Z", ["Sian has confirmed she's happy to be key person. AC"]),
        (1, AC, "AC", "2034-08-04T09:37:00Z",
         ["Ffion - please don't send this yet. Gemma rang the duty line at 10.15. Dean turned up at 7 this morning, "
          "he's been drinking, he's in the house and won't leave, and he took her phone off her - she rang from "
          "next door. Lacey and Tommy are in the house with him. Can you ring her back before you do anything else? "
          "Andrea"])],
        creator="Ffion Watkins", modified_by=AC, when="2034-08-04T09:37:00Z")
    cf = pdf_att("Consent form - Morris (signed).pdf", "EARLY HELP CONSENT FORM", [
        "Children: Lacey Morris, Tommy Morris    Mosaic: 652771 / 652772",
        "I agree to my family receiving Early Help support and to the step-down plan being shared.",
        "Signed: Gemma Morris (mother)    Date: 31/07/2034"])
    top = outlook_top(f, addr("Watkins, Ffion", "Ffion.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Morris children - Mosaic 652771 / 652772", when)
    add(f, mail(f, top, body, [plan, cf], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["652771", "652772"],
        [ch("Lacey Morris", "2028-02-22", "22/02/2028"), ch("Tommy Morris", "2030-11-15", "15/11/2030")],
        ["domestic_abuse", "parental_mental_health"], True, None, [], None, "alert_duty",
        "URGENT ONLY IN A WORD COMMENT: the body is a cheerful routine step-down ('have a good weekend!'); the "
        "attached plan carries the team manager's comment from 10:37 today on 'What are we worried about?': the "
        "ex-partner subject to a non-molestation order (the reason for the CP plans) turned up drunk at 7am, is in "
        "the house, won't leave, has taken mum's phone, and both children are in there with him - 'please don't send "
        "this yet'. Every part is read (safety rule 1) -> alert_duty. Otherwise complete (plan, signed consent form, "
        "key person with agency, Level 3).",
        not_children=["Gemma Morris", "Dean Rowlands", "Sian Powell", "Ffion Watkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2034-08-08 13:15:09"
    body = T("""
Hi,

Step-down plan attached for Freddie Wilde (DOB 07/03/2029), Level 3, following our chat at the drop-in last Tuesday.

Key person: Carol Pugh, Family Support Volunteer Co-ordinator at Home from Home Herefordshire (a family support charity). Carol has met mum and Freddie and has agreed to lead the plan.

Mum (Leanne Wilde) signed the consent form at the final CIN meeting this morning. I've attached a photo of it because the scanner in the Bromyard office isn't working - the original is on file.

Freddie's needs: he is on the autism assessment pathway (seen by the community paediatrician in June), his sleep is very poor, and mum is exhausted and quite isolated. Mum is keen for the support.

Thanks,
Nia

Nia Bowen
Social Worker | Bromyard & Ledbury Children's Team | Herefordshire Council
01632 960285

""") + HDISC
    plan = docx_att("EHA Step Down Plan - Wilde.docx", [
        "# Early Help Assessment - Step Down Plan (Level 3)",
        "Child: Freddie Wilde, DOB 07/03/2029, Mosaic 655049. Parent: Leanne Wilde.",
        "What are we worried about? Freddie's sleep and behaviour while he waits for an autism assessment; mum's "
        "isolation.",
        "Details of Key Person: Carol Pugh, Volunteer Co-ordinator, Home from Home Herefordshire (charity)."], [
        [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
         ["Volunteer home visits weekly (Carol)", "Mum has a break and support", "From September 2034"],
         ["Sleep clinic referral (health visitor)", "Better sleep", "October 2034"],
         ["Parent carer forum introduction (Carol)", "Mum less isolated", "September 2034"]]])
    jpg = image_att("Signed consent form - Wilde.jpg", make_jpeg(f), "image/jpeg")
    top = outlook_top(f, addr("Bowen, Nia", "Nia.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Freddie Wilde - Mosaic 655049", when)
    add(f, mail(f, top, body, [plan, jpg], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["655049"], [ch("Freddie Wilde", "2029-03-07", "07/03/2029")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "THE SIGNED CONSENT FORM IS A PHONE PHOTO (JPEG, no readable text) named 'Signed consent form - Wilde.jpg': "
        "the name shows it is the written consent form and the body says mum signed it this morning -> consent true "
        "and consent_form met (an image is not a refused type). Key person from a VOLUNTARY ORGANISATION (Home from "
        "Home Herefordshire) with agency; plan attached; Level 3 -> book_meeting. Autism pathway -> disability_send.",
        not_children=["Leanne Wilde", "Carol Pugh", "Nia Bowen"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2034-08-21 11:47:05"
    bullets = [
        "Planned visit to Kirsty Beddoes at 10.30 today",
        "Shane Beddoes (the children's dad) was there - released from HMP Hewell on Friday",
        "Kirsty says his licence says he can't live there or contact her or the children - he's been staying since "
        "Saturday night",
        "He was asleep on the sofa, empty cider cans on the floor, strong smell of cannabis",
        "Kirsty has a black eye and a cut lip - she said she walked into a cupboard door",
        "Ava Beddoes (4) told me \"daddy shouted and pushed mummy on the floor and I hid behind the bed\"",
        "Kirsty asked me not to tell anyone and said he'll be gone \"when he's sorted himself out\"",
        "I left at 11.15 - Ava and Rio Beddoes (18 months) are still in the house with him",
        "Kirsty's mobile: 07700 900733",
        "Who do I need to tell? I've never had this before",
    ]
    sig = ["Becky Jones", "Family Support Worker | Ross-on-Wye Family Hub | Herefordshire Council", "",
           "Sent from Outlook for iOS"]
    text = "".join("\u2022 %s\n" % b for b in bullets) + "\n" + "\n".join(sig) + "\n"
    htm = bullet_html([], bullets, [""] + sig)
    body = multipart("alternative", [text_part(text), text_part(htm, "html")], bnd(f, 2))
    top = outlook_top(f, addr("Jones, Becky", "Becky.Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Beddoes family - visit this morning", when)
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, body, False), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Ava Beddoes"), ch("Rio Beddoes", as_written="Ava and Rio Beddoes")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT IN A BULLET-POINT-ONLY MAIL from a family support worker's phone: a father released on Friday, barred "
        "by his licence from living there or contacting the family, has been there since Saturday; mum has a black "
        "eye and a cut lip; the 4-year-old says he pushed mummy to the floor; cider and cannabis; the worker left at "
        "11.15 with the 4-year-old and the 18-month-old still in the house with him -> alert_duty. Not a step "
        "request -> other. 'Ava and Rio Beddoes' gives two children (ages only).",
        not_children=["Shane Beddoes", "Kirsty Beddoes", "Becky Jones"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2034-08-31 15:33:48"
    body = T("""
Hi MASH,

Step up request for the Preece family - photo of the form attached as I'm out on visits all afternoon and can't get on to the system. Mosaic 649912. My TM (Dawn) has agreed it. I'll put the typed version on Mosaic tomorrow.

Hayley

Hayley Parry
Early Help Family Support Worker | Hereford City | Herefordshire Council

Sent from Outlook for iOS
""")
    jpg = image_att("image0.jpeg", make_jpeg(f), "image/jpeg")
    top = outlook_top(f, addr("Parry, Hayley", "Hayley.Parry@" + HDOM), addr("MASH", HMASH),
                      "Step up - Preece family - Mosaic 649912", when)
    add(f, mail(f, top, body, [jpg], crlf=False), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["649912"], [], [], None, True, [], None, "human_review",
        "A step-up to Herefordshire, whose protocol defines none -> human_review, missing [] and notice null. The "
        "form is only a PHONE PHOTO ('image0.jpeg', no readable text): the facts in it are simply not readable, so "
        "only what the body says is labelled - the Mosaic id and 'My TM (Dawn) has agreed it' (manager true); no "
        "child is named in readable text -> children [], concerns [].")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2034-08-14 08:40:30"
    summary = "Step-down drop-in - Hughes [SB-herefordshire-140]"
    cal = ics("REPLY", f, dt(when), "20340815T100000", "20340815T103000", summary, "Microsoft Teams Meeting", None,
              ("Early Help Co-ordinators", HEH), [("Price, Owain", "Owain.Price@" + HDOM, "REQ-PARTICIPANT", "ACCEPTED")])
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<div style=\"font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;"
           "font-size:12pt;color:rgb(0,0,0)\"><br></div></body></html>\n")
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(htm, "html", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr("Price, Owain", "Owain.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Accepted: " + summary, when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage"),
                             ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                             ("X-OriginatorOrg", "herefordshire.gov.uk"),
                             ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:01.2210473")])
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook on the web iTIP REPLY (ACCEPTED) with no text/plain part - an empty HTML body and a text/calendar "
        "METHOD:REPLY - for a Tuesday drop-in -> meeting_reply -> record_reply. Surname only.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2034-08-28 10:02:11"
    body = T("""
Thank you for your email to Chase View Medical Practice.

Please note that the practice is closed today, Monday 28 August, for the bank holiday, and this mailbox is not monitored while the practice is closed. We will reply within 3 working days of the practice reopening on Tuesday 29 August.

This mailbox must not be used for urgent clinical matters. If you need urgent medical help, call NHS 111. In an emergency, call 999.

Professionals with a safeguarding enquiry should telephone the practice safeguarding lead, Dr Helen Morgan, on 01632 960118 when the practice is open.

Chase View Medical Practice
Station Approach, Ross-on-Wye HR9 9ZZ
""")
    add(f, ooo(f, when, "Chase View Medical Practice", "chaseview.admin@nhs.example.net",
               addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-152] Step-down plan received - Wilde", body),
        "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A GP practice mailbox's auto-reply sent ON THE SUMMER BANK HOLIDAY ('closed today, Monday 28 August, for "
        "the bank holiday'; Auto-Submitted: auto-replied) -> auto_reply -> ignore. '999' and 'safeguarding' are "
        "boilerplate; no child named.")

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
# England & Wales bank holidays 2034 (gov.uk pattern): New Year's Day falls on a Sunday, so the substitute is Monday
# 2 January; Good Friday 7 April and Easter Monday 10 April (Easter Sunday 9 April 2034); early May 1 May; spring
# 29 May; summer 28 August (the last Monday in August); Christmas Day Monday 25 December; Boxing Day Tuesday 26
# December. Only 28 August falls inside the window. (Cross-checked against the `holidays` package when installed.)
BANK_HOLIDAYS = {date(2034, 1, 2), date(2034, 4, 7), date(2034, 4, 10), date(2034, 5, 1), date(2034, 5, 29),
                 date(2034, 8, 28), date(2034, 12, 25), date(2034, 12, 26)}
SUMMER_BH = date(2034, 8, 28)
WINDOW = (datetime(2034, 7, 3, tzinfo=LON), datetime(2034, 9, 8, 23, 59, 59, tzinfo=LON))
BST = (datetime(2034, 3, 26, 1, 0, 0, tzinfo=UTC), datetime(2034, 10, 29, 1, 0, 0, tzinfo=UTC))  # last Sundays of March / October

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
        if not (BST[0] <= d.astimezone(UTC) < BST[1]) or not msg["Date"].strip().endswith("+0100"):
            err(f, "Date should be in BST with a +0100 offset")
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

def _k01(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if len(cal) != 1 or cal[0].get_param("method") != "REQUEST":
        return False
    c = cal[0].get_payload(decode=True).decode().replace("\r\n ", "")
    org = re.search(r"ORGANIZER;CN=[^:]*:mailto:(\S+)", c).group(1).lower()
    frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
    now, m = _now("knowsley_01.eml"), META["knowsley_01.eml"]["meeting"]
    return (str(msg["Subject"]).startswith("FW: ") and org != frm and "-----Original Appointment-----" in _plain(msg)
            and _weekdays(now, m) == 5 and working_days(now, m) == 4 and SUMMER_BH in BANK_HOLIDAYS
            and working_days(date(2034, 8, 18), m) >= 5)

def _bullets_only(msg, sig_start):
    lines = [l for l in _before_sig(_plain(msg), sig_start).splitlines() if l.strip()]
    return len(lines) >= 8 and all(l.startswith("\u2022 ") for l in lines) and "<li" in _html(msg)

def _k02(msg):
    now, m = _now("knowsley_02.eml"), META["knowsley_02.eml"]["meeting"]
    return (_bullets_only(msg, "Bernie Roughley") and working_days(now, m) == 5 and _weekdays(now, m) == 6
            and "Halewood Family Friends (registered charity)" in _plain(msg))

def _k03(msg):
    b = _plain(msg)
    return not NO_ALARM.search(b) and "returning this evening" in b and "alters the timescale" in b

def _k04(msg):
    b = _plain(msg)
    return "found her safe and well at 07:40 this morning" in b and "reported missing" in b

def _k05(msg):
    lines = [l for l in _before_sig(_plain(msg), "Dean Makin |").splitlines() if l.strip()]
    now, m = _now("knowsley_05.eml"), META["knowsley_05.eml"]["meeting"]
    return (all(len(l) <= 90 for l in lines) and "SU req. 1 x ch." in lines and "Wed 6/9" in _plain(msg)
            and working_days(now, m) == 5)

def _k06(msg):
    return (msg.get_content_type() == "text/plain" and msg.get_param("format") == "flowed"
            and not str(msg["From"]).lower().endswith(".gov.uk>") and "Sent from my iPad" in _plain(msg))

def _k07(msg):
    b = _plain(msg)
    new, old = b.split("________________________________", 1)
    return ("Aoife O'Hare" not in new and "Aoife O'Hare (07/12/2031)" in old and "Aoibhinn O'Hare" in new
            and "12/07/2031" in new)

def _k08(msg):
    b = _plain(msg)
    return ("OFFICIAL-SENSITIVE" in b and "is not a referral" in b and "02/06/2001" in b and "19/11/2003" in b
            and "Yours faithfully" in b)

def _r01(msg):
    b = _plain(msg)
    sig = b[b.index("Marcia Pennant-Lowe (she/her)"):b.index("This email and any attachments")]
    phones = re.findall(r"(?:020 7946 0\d{3}|07700 900\d{3})", sig)
    postcodes = re.findall(r"\bSW\d{1,2} \d[A-Z]{2}\b", sig)
    return len(phones) >= 7 and len(postcodes) >= 3 and len(sig) > len(b[:b.index("Marcia Pennant-Lowe (she/her)")]) / 2

def _r02(msg):
    paras = [p.strip() for p in _plain(msg).split("\n\n") if p.strip()]
    a = [i for i, p in enumerate(paras) if "thoughts of ending her life" in p]
    b = [i for i, p in enumerate(paras) if "flies back to Accra this afternoon" in p]
    night = [i for i, p in enumerate(paras) if "works nights" in p]
    return (len(a) == 1 and len(b) == 1 and b[0] - a[0] >= 5 and night and night[0] != b[0]
            and not NO_ALARM.search(_plain(msg).split("This email and any attachments")[0]))

def _r04(msg):
    d = email.utils.parsedate_to_datetime(msg["Date"])
    return d.date() == SUMMER_BH and d.hour >= 17 and "Get Outlook for iOS" in _plain(msg)

def _r05(msg):
    from pypdf import PdfReader
    import io
    p = _att(msg, lambda p: p.get_content_type() == "application/pdf")[0]
    r = PdfReader(io.BytesIO(p.get_payload(decode=True)))
    imgs = all("/Im0" in pg["/Resources"]["/XObject"] for pg in r.pages)
    return ("plan" in p.get_filename().lower() and imgs and len(r.pages) == 2
            and all(not (pg.extract_text() or "").strip() for pg in r.pages))

def _r06(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    return (msg["Sender"] is not None and str(msg["Sender"]) != str(msg["From"])
            and 'SENT-BY="mailto:bev.hollis@' in cal.replace("\r\n ", "") and "PARTSTAT=ACCEPTED" in cal)

def _r07(msg):
    b = _plain(msg)
    return (msg["Auto-Submitted"] == "auto-replied" and len(re.findall(r"\bSW\d{1,2} \d[A-Z]{2}\b", b)) >= 4
            and "company number 09817263" in b and "09817263" not in " ".join(_lab("richmond_wandsworth_07.eml")["expect"]["case_ids"]))

def _jpeg_ok(msg, name, f):
    """The photo is one valid baseline JPEG whose entropy data decodes back to the grey levels it was built from."""
    p = _att(msg, lambda p: p.get_content_type() == "image/jpeg")
    if len(p) != 1 or p[0].get_filename() != name:
        return False
    data = p[0].get_payload(decode=True)
    return data == make_jpeg(f) and jpeg_dc_decode(data) == jpeg_values(f)

def _t01(msg):
    b = _plain(msg)
    return all(x in b for x in ("fly to Sylhet", "forced marriage", "FGM risk indicators checklist",
                                "return tickets", "nothing for MAST here"))

def _t02(msg):
    h = _html(msg)
    cells = re.findall(r"(?s)<td\b.*?</td>", h)
    outside = re.sub(r"(?s)<table\b.*?</table>", " ", h)
    plain = _plain(msg)
    burn_lines = [l for l in plain.splitlines() if "burn" in l]
    return (any("burn" in c for c in cells) and "burn" not in outside
            and len(burn_lines) == 1 and burn_lines[0].startswith("Health\t"))

def _t03(msg):
    b = _plain(msg)
    e = _lab("tower_hamlets_03.eml")["expect"]
    return ("EDD 19/10/2034" in b and "Aria Ferris" in b and [c["name"] for c in e["children"]] == ["Mason Doyle-Adu"])

def _t04(msg):
    b = _plain(msg)
    return all(x in b for x in ("NHS No. 943 476 5919", "To whom it may concern", "Yours faithfully",
                                "immune thrombocytopenia", "fully explained"))

def _t06(msg):
    return (msg["User-Agent"] == "Mozilla Thunderbird"
            and any(p.get_content_type() == "application/ics" for p in msg.walk()))

def _t07(msg):
    return re.search("[\u0980-\u09ff]", _plain(msg)) is not None and msg["Auto-Submitted"] == "auto-replied"

def _t08(msg):
    return not str(msg["From"]).lower().endswith(".gov.uk>") and "special guardianship order" in _plain(msg)

def _o01(msg):
    b = _plain(msg)
    lines = [l for l in _before_sig(b, "Pete Hext |").splitlines() if l.strip()]
    return all(len(l) <= 80 for l in lines) and "SD req. 2x ch." in lines and "Consent y - mum, 25/07." in lines \
        and "TM y - R. Penwill, mgr analysis on LCS 26/07." in lines

def _o02(msg):
    import io, docx, zipfile as zf
    data = _docx(msg, "Single Assessment")
    doc = zf.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    acc, deleted, comments = docx_parts(data)
    pd = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    return ("<w:ins " in doc and "<w:del " in doc and "still to be sought" in deleted and "gave consent" in acc
            and "happy for this to go to triage" in comments and "consent" not in _plain(msg).lower()
            and "gave consent" not in pd)   # python-docx's paragraph text leaves the tracked insertion out

def _o03(msg):
    b = _plain(msg)
    e = _lab("torbay_03.eml")["expect"]
    lee = [c for c in e["children"] if c["name"] == "Lee Pascoe"]
    return ("Lee Pascoe (dad, DOB 14/02/2000)" in b and "Lee Pascoe (Jnr, DOB 06/06/2025)" in b and len(lee) == 1
            and lee[0]["dob"] == "2025-06-06")

def _o04(msg):
    b = _plain(msg)
    return (b.startswith("Dear Sirs") and "Yours faithfully" in b and "log 0127 of 14/08/2034" in b
            and msg["Importance"] == "high")

def _o05(msg):
    return "The Keeper of Gull Rock" in _plain(msg) and "holiday club" in _plain(msg)

def _o06(msg):
    return "foster carer" in _plain(msg) and not str(msg["From"]).lower().endswith(".gov.uk>")

def _o07(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    return "PRODID:-//Apple Inc.//iPhone OS" in cal and "DTSTART;TZID=Europe/London:20340808T113000" in cal \
        and (date(2034, 8, 8) - date(2026, 1, 6)).days % 14 == 0    # an under-5s sitting (the pack's anchor)

def _h01(msg):
    now = _now("herefordshire_01.eml")
    kian = date(2016, 9, 19)
    eighteen = date(2034, 9, 19)
    return now < eighteen and (eighteen - now).days <= 60 and (now - kian).days > 17 * 365

def _h03(msg):
    data = _docx(msg, "EHA Step Down Plan - Morris")
    acc, deleted, comments = docx_parts(data)
    words = ("been drinking", "won't leave", "took her phone")
    return (all(w in comments for w in words) and not any(w in acc for w in words)
            and not any(w in body_text(msg) for w in words))

def _h05(msg):
    return _bullets_only(msg, "Becky Jones")

def _h06(msg):
    atts = _att(msg, lambda p: True)
    return (len(atts) == 1 and atts[0].get_content_type() == "image/jpeg"
            and _lab("herefordshire_06.eml")["expect"]["children"] == [] and "Preece" in _plain(msg))

def _h07(msg):
    return (not any(p.get_content_type() == "text/plain" for p in msg.walk())
            and any(p.get_content_type() == "text/calendar" for p in msg.walk()))

def _h08(msg):
    return email.utils.parsedate_to_datetime(msg["Date"]).date() == SUMMER_BH and "bank holiday" in _plain(msg)

CUSTOM = [
    ("knowsley_01.eml", "a forwarded Outlook invitation (FW:, organiser is not the sender); 5 weekdays but 4 working "
                        "days across 28 August; the original sending would have given 5+", _k01),
    ("knowsley_02.eml", "bullet-only body (text and <li>); exactly 5 working days, 6 weekdays, across 28 August", _k02),
    ("knowsley_03.eml", "understated: no urgent/immediate/risk/safeguarding words; 'returning this evening'", _k03),
    ("knowsley_04.eml", "missing last night, found safe and well this morning", _k04),
    ("knowsley_05.eml", "terse note lines; 'Wed 6/9' exactly 5 working days", _k05),
    ("knowsley_06.eml", "grandparent's iPad mail (format=flowed) from outside the council", _k06),
    ("knowsley_07.eml", "the wrong name/DOB only in the quoted acknowledgement, the correction in the new text", _k07),
    ("knowsley_08.eml", "formal Cafcass letter with adult DOBs and 'not a referral'", _k08),
    ("richmond_wandsworth_01.eml", "signature with 7+ phone numbers and 3+ postcodes", _r01),
    ("richmond_wandsworth_02.eml", "the two risk sentences are 5+ paragraphs apart; no alarm words", _r02),
    ("richmond_wandsworth_04.eml", "sent on the evening of the summer bank holiday from Outlook for iOS", _r04),
    ("richmond_wandsworth_05.eml", "the plan is a 2-page image-only PDF with no extractable text", _r05),
    ("richmond_wandsworth_06.eml", "delegate reply: Sender header and SENT-BY", _r06),
    ("richmond_wandsworth_07.eml", "auto-reply with a 4-address trust signature and a company number", _r07),
    ("richmond_wandsworth_08.eml", "one phone-photo JPEG that decodes", lambda m: _jpeg_ok(m, "IMG_20340803_151207.jpg", "richmond_wandsworth_08.eml")),
    ("tower_hamlets_01.eml", "flight abroad with FM/FGM checked and ruled out", _t01),
    ("tower_hamlets_02.eml", "the burns only in one table cell (HTML <td>, plain 'Health<TAB>' row)", _t02),
    ("tower_hamlets_03.eml", "unborn baby named with an EDD, not labelled", _t03),
    ("tower_hamlets_04.eml", "GP letter pasted as the body explains the bruising", _t04),
    ("tower_hamlets_06.eml", "Thunderbird reply with an application/ics copy", _t06),
    ("tower_hamlets_07.eml", "bilingual English/Bengali auto-reply", _t07),
    ("tower_hamlets_08.eml", "a kinship carer (special guardian) writing from outside the council", _t08),
    ("torbay_01.eml", "terse note style ('SD req. 2x ch.', 'Consent y', 'TM y')", _o01),
    ("torbay_02.eml", "tracked insertion/deletion and comments decide consent and manager; body silent", _o02),
    ("torbay_03.eml", "father and son share the name Lee Pascoe; one child, the son's DOB", _o03),
    ("torbay_04.eml", "solicitor's formal letter with a police log and Importance: high", _o04),
    ("torbay_05.eml", "a book plot retold at a holiday club", _o05),
    ("torbay_06.eml", "a foster carer writing from outside the council", _o06),
    ("torbay_07.eml", "an iPhone iTIP REPLY for an under-5s sitting", _o07),
    ("herefordshire_01.eml", "Kian is 17 at 'now' and 18 within 60 days", _h01),
    ("herefordshire_03.eml", "the risk only in a Word comment", _h03),
    ("herefordshire_04.eml", "the consent form is one phone-photo JPEG that decodes",
     lambda m: _jpeg_ok(m, "Signed consent form - Wilde.jpg", "herefordshire_04.eml")),
    ("herefordshire_05.eml", "bullet-only body (text and <li>)", _h05),
    ("herefordshire_06.eml", "the only attachment is a photo; no child labelled", _h06),
    ("herefordshire_06.eml", "the photo decodes", lambda m: _jpeg_ok(m, "image0.jpeg", "herefordshire_06.eml")),
    ("herefordshire_07.eml", "Outlook on the web reply with no text/plain part", _h07),
    ("herefordshire_08.eml", "auto-reply sent on the summer bank holiday", _h08),
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
    """Whole-set checks: the bank-holiday list (against the `holidays` package when installed), the window's only
    bank holiday, children listed in order of first full-name appearance."""
    errors = []
    try:
        import holidays
        ref = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=2034) if d.weekday() < 5}
        if ref != BANK_HOLIDAYS:
            errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    inside = [d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside != [SUMMER_BH] or SUMMER_BH.weekday() != 0 or (SUMMER_BH + timedelta(days=7)).month != 9:
        errors.append("set: the summer bank holiday must be the last Monday of August and the only one in the window")
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
