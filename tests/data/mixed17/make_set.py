#!/usr/bin/env python3
"""mixed17: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in writers' styles and situations earlier sets lack: reports to the MASH / step-up inbox from people who are not
practitioners (a grandparent, a neighbour, a parent at the school gate, a solicitor, a Cafcass officer, a housing
officer), a mother and daughter with the same name and surname-only references, children known by nicknames,
children named only in an attached table, risk told only through what a professional saw / in the passive voice /
in a bulleted chronology / only in the subject line, near misses (historic harm closed, risk to an adult only, an
unborn baby with a pre-birth plan, a strategy discussion held and the child in foster care), a voice-dictated mail,
practitioners whose first language is not English, a manager's 'Agreed.' above a long thread, a forwarded EHM
notification, unusual consent and sign-off (form mentioned not attached, verbal consent by phone, consent withdrawn,
a deputy TM / ATM, agreement 'in principle'), an .rtf MARF and case summary, a .docx table of children and an
HTML-only mail with a layout table.

Window: Monday 8 January - Friday 30 March 2035. GMT (+0000) until British Summer Time starts on Sunday 25 March
2035, then +0100. Good Friday (23 March) and Easter Monday (26 March) 2035 are inside it; two Knowsley notice counts
cross them (knowsley_02: 4 WD, 6 weekdays; knowsley_05: exactly 5 WD, 7 weekdays).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; PDFs are hand-built PDF 1.4, .docx files OOXML zips with fixed timestamps, RTF WordPad-style.
Run with /work/main/.venv/bin/python make_set.py [--stats] (pypdf and python-docx read the attachments back in the
self-checks; `holidays` confirms the 2035 bank holidays). The helpers (MIME assembly, Word HTML, PDF, .docx, RTF,
iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed16/make_set.py and adapted (window, bank holidays, GMT/BST offsets), with a layout-table
HTML builder added. Every label was set by hand; the self-checks at the end only verify them against the
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
    """Local (Europe/London) wall-clock time: GMT (+0000) until BST starts on Sunday 25 March 2035, then +0100."""
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
            zi = zipfile.ZipInfo(name, date_time=(2035, 1, 1, 0, 0, 0))
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

def make_docx_rich(blocks, comments=(), creator="Author", modified_by=None, when="2035-01-02T09:00:00Z"):
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
            zi = zipfile.ZipInfo(name, date_time=(2035, 1, 1, 0, 0, 0))
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
    objs.append(b"<< /Producer (%s) /Creator (%s) /CreationDate (D:20350102154412+00'00') >>"
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

# ----------------------------------------------------------------------------- helpers added for mixed17
def layout_html(rows, intro=(), outro=(), title=None):
    """An HTML-only mail built from a template: a two-column LAYOUT table (role=presentation, no borders) whose
    left cells are labels and right cells the content (each content cell may hold several paragraphs)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<style>td{font-family:Arial,sans-serif;font-size:10pt;vertical-align:top}'
           'p{margin:0 0 6px 0}</style></head>\n<body>\n']
    for p in intro:
        out.append('<p style="font-family:Arial;font-size:10pt">%s</p>\n' % html.escape(p))
    out.append('<table role="presentation" width="640" cellpadding="6" cellspacing="0" border="0" '
               'style="border-collapse:collapse">\n')
    if title:
        out.append('<tr><td colspan="2" style="background:#00566e;color:#ffffff;font-size:13pt">'
                   '<b>%s</b></td></tr>\n' % html.escape(title))
    for label, content in rows:
        paras = content if isinstance(content, (list, tuple)) else [content]
        out.append('<tr><td width="170" style="background:#eef3f5"><b>%s</b></td><td>%s</td></tr>\n'
                   % (html.escape(label), "".join("<p>%s</p>" % html.escape(x) for x in paras)))
    out.append("</table>\n")
    for p in outro:
        out.append('<p style="font-family:Arial;font-size:10pt">%s</p>\n' % html.escape(p).replace("\n", "<br>\n"))
    out.append("</body></html>\n")
    return "".join(out)

def iphone_top(fname, frm, to, subject, when, cc=None):
    return plain_top(fname, frm, to, subject, when, "icloud.example.com", None, cc=cc,
                     extra=[("X-Mailer", "iPhone Mail (22D72)")])

def gmail_top(fname, frm, to, subject, when):
    return plain_top(fname, frm, to, subject, when, "mail.gmail.example.com", None)

def alt_mail(f, top, text, cte="base64"):
    """Gmail-style multipart/alternative (text + a plain <div> HTML twin)."""
    root = multipart("alternative", [text_part(text, cte=cte), text_part(simple_html(text), "html", cte=cte)],
                     gbnd(f, 1))
    return build(top, root, False)

KDISC = T("""
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.
""")

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2035-02-05 09:47:12"
    body = T("""
Hi - EHM says this went to MASH when I submitted it on Friday but I don't think the system sends it anywhere, so forwarding it on. Jade

-----Original Message-----
From: EHM Notifications <noreply-ehm@knowsley.gov.uk>
Sent: 02 February 2035 16:58
To: Fairclough, Jade <Jade.Fairclough@knowsley.gov.uk>
Subject: EHM Notification: Step Up Request Submitted - Case EHM-60417

*** This is an automated notification from the Early Help Module (EHM). Please do not reply to this message. ***

Notification type: Step Up Request Submitted
Workflow step: Step Up to CSC (Level 3 to Level 4)
Case ID: EHM-60417
Case name: BRENNAN family
Subject (child): Ellie-Mae Brennan
Date of birth: 21/06/2029
Gender: Female
Other children on case: Harley Brennan (DOB 03/11/2032)
Address: 41 Rowan Drive, Kirkby, L32 9ZZ
Lead practitioner: Jade Fairclough (Family First Case Manager, Kirkby)
Step up reason: Neglect
Summary: Home conditions have deteriorated since November despite the TAF plan; the children are regularly without clean clothes and there is often no food in the house; Harley has missed his 2-year health review twice. GCP2 completed 24/01/2035 - physical care and safety at level 4.
Management authorisation: Approved
Authorised by: Kerry Rimmer (Team Manager, Family First North)
Authorised on: 02/02/2035 16:41
Step up TAF meeting: Wednesday 14/02/2035 10:00
Venue: Microsoft Teams
Documents on case: Step Up Request Form (Appendix 1) v2; GCP2 - Brennan 24.01.35; TAF minutes 17.01.35
Parental consent recorded: Not recorded
Workflow status: Awaiting MASH decision
Due date: 14/02/2035

To view this notification in EHM, log in at https://ehm.knowsley.example/notifications/7781302
You are receiving this notification because you are the lead practitioner on this case.
""") + "\n" + KDISC
    top = outlook_top(f, addr("Fairclough, Jade", "Jade.Fairclough@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: EHM Notification: Step Up Request Submitted - Case EHM-60417", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-60417"],
        [ch("Ellie-Mae Brennan", "2029-06-21", "21/06/2029"), ch("Harley Brennan", "2032-11-03", "03/11/2032")],
        ["neglect"], None, True, ["gcp2", "step_up_form", "taf_minutes"], True, "request_info",
        "MOSTLY A FORWARDED CASE-MANAGEMENT NOTIFICATION with a one-line human note: the EHM 'Step Up Request "
        "Submitted' export (field: value lines) carries the request, so the kind is step_up. Children and DOBs from "
        "'Subject (child)' / 'Other children on case'; Case ID EHM-60417; 'Step up reason: Neglect' (no food, "
        "unwashed clothes, missed health review). 'Management authorisation: Approved ... Authorised by: Kerry Rimmer "
        "(Team Manager)' -> manager true; 'Parental consent recorded: Not recorded' -> consent null (not a "
        "requirement for a Knowsley step-up). The form, GCP2 and TAF minutes are only listed as 'Documents on case' "
        "in EHM - nothing is attached or pasted under its own heading -> step_up_form, gcp2 (neglect) and taf_minutes "
        "missing. TAF Wed 14/02/2035 10:00: Mon 5 Feb -> 6,7,8,9,12,13,14 = 7 WD -> notice ok. request_info.",
        meeting=date(2035, 2, 14), not_children=["Jade Fairclough", "Kerry Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2035-03-20 11:05:48"
    body = T("""
Good morning MASH,

Please find attached the step up request for the Kowalczyk family (EHM-61893), with the minutes of the last two TAF meetings and the Engaging Families toolkit.

The step up TAF meeting is on Wednesday 28 March 2035 at 10:00 on Teams - I have sent the Teams invite to MASH business support and to this inbox separately. I know it's tight with the Easter weekend in between, sorry - it's the only morning the school and the CAMHS worker could both do.

Household:
- Natalia Kowalczyk (mum, DOB 11/04/1993)
- Natalia Kowalczyk (DOB 30/05/2022), Year 7 at Knowsley Park Academy - known at home as "Tala"
- Filip Kowalczyk (DOB 18/01/2026), Year 3 at Holy Angels RC Primary

Mr Kowalczyk (dad) moved back to Poland in 2033 and has phone contact only.

In short: we have been working with the family at Level 3 since April 2034. Mum's depression has got worse since the autumn and she has not engaged with the plan - she has missed six of the last eight TAF meetings and has not let me in on my last four visits. Natalia's attendance is 61% this year and Filip's is 78%; the Holy Angels attendance officer's note (in the minutes) says "Kowalczyk Jnr has been late 14 times this half term and is often collected last". Using the Engaging Families toolkit has not shifted anything - the detail is in the toolkit and in section 4 of the form.

My team manager, Lorraine Gill, discussed the step up with me on 19/03 and agrees with it.

Mum knows we are asking for the step up and has told me she does not agree with it.

Kind regards

Callum Rigby
Family First Case Manager | Huyton & Prescot | Knowsley Council
0151 496 0533 | 07700 900281
""") + "\n" + KDISC
    atts = [
        docx_att("FF Step Up Request to CSC - Kowalczyk - EHM-61893.docx", [
            "# Family First Step Up Request to Children's Social Care (Appendix 1)",
            "Case ID on EHM: EHM-61893",
            "Children: Natalia Kowalczyk (30/05/2022); Filip Kowalczyk (18/01/2026)",
            "Date of step up TAF meeting: Wednesday 28/03/2035, 10:00, Microsoft Teams",
            "What are we worried about? Mum's depression is affecting her ability to get the children to school and "
            "to engage with support; attendance 61% (Natalia) and 78% (Filip); repeated missed TAF meetings.",
            "What is working well? The children are warm, fed and close to their mum; Natalia helps Filip with reading.",
            "What needs to happen? Social work assessment of the children's needs and mum's capacity to meet them.",
            "Section 4 - Engaging Families toolkit: completed 06/03/2035; mum is in the 'avoidant' quadrant; three "
            "different approaches tried since January without change.",
            "Management oversight: discussed with Lorraine Gill (Team Manager) 19/03/2035 - agreed."]),
        pdf_att("TAF minutes - Kowalczyk - 14.02.35 and 07.03.35.pdf", "TAF meeting minutes - Kowalczyk family",
                ["TAF 14/02/2035: present - school, CAMHS, Family First. Mum did not attend.",
                 "Holy Angels attendance officer: 'Kowalczyk Jnr has been late 14 times this half term and is often "
                 "collected last.'",
                 "TAF 07/03/2035: mum did not attend. Agreed to consider step up to CSC."]),
        pdf_att("Engaging Families toolkit - Kowalczyk.pdf", "Engaging Families toolkit - Kowalczyk",
                ["Completed by Callum Rigby, 06/03/2035.", "Quadrant: avoidant / low engagement.",
                 "Approaches tried: joint visits with school; text reminders; meeting at the family hub."]),
    ]
    top = outlook_top(f, addr("Rigby, Callum", "Callum.Rigby@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kowalczyk - EHM-61893", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61893"],
        [ch("Natalia Kowalczyk", "2022-05-30", "30/05/2022"), ch("Filip Kowalczyk", "2026-01-18", "18/01/2026")],
        ["non_engagement", "parental_mental_health", "school_attendance"], False, True, [], False, "request_info",
        "A PARENT AND A CHILD WITH THE SAME NAME and SURNAME-ONLY REFERENCES: mum and daughter are both 'Natalia "
        "Kowalczyk' (mum DOB 1993, never a child; the daughter DOB 30/05/2022); 'Mr Kowalczyk' is dad (abroad) and "
        "'Kowalczyk Jnr' is Filip. Complete Knowsley step-up: form, TAF minutes and the Engaging Families toolkit "
        "(non-engagement) attached; EHM-61893; TM Lorraine Gill agrees -> manager true; mum 'does not agree' -> "
        "consent false (not a step-up requirement). NOTICE ACROSS EASTER: Tue 20 Mar -> Wed 28 Mar 2035 = 21, 22, "
        "27, 28 = 4 WD because Good Friday 23 March and Easter Monday 26 March are bank holidays (6 weekdays) -> "
        "notice not ok -> request_info.",
        meeting=date(2035, 3, 28), not_children=["Lorraine Gill", "Callum Rigby"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2035-01-17 12:41:09"
    body = ("hi MASH this is Shannon Kehoe from family first I am dictating this in the car so sorry for any "
            "mistakes I need to step up Kenzie Ratcliffe date of birth 4th of the 11th 2026 and her brother Rory "
            "Ratcliffe date of birth 19th of the 2nd 2029 the case ID is in the subject line I was at the school "
            "this morning and the head called me in because Kenzie had a mark on her back that her teacher seen "
            "when she was getting changed for PE it was a loop shape red and purple about the size of a bank card "
            "and there was older yellow marks on her arm as well Kenzie said her dad done it with his belt last "
            "night because she was to loud when he was on the phone she was shaking when she told us and she said "
            "she doesn't want to go home there mum has been in hospital since Monday so it's just dad at home and "
            "he is picking both of them up from school at 3 o'clock today my manager Jo Whitfield has agreed the "
            "step up we spoke on the phone at 12 I haven't got a date for the tough meeting yet and I will send "
            "the step up form and the minutes of the last tough when I am back in the office later can someone "
            "ring me on my mobile 07700 900736 thanks Shannon\n\nSent from my iPhone\n")
    top = iphone_top(f, addr("Shannon Kehoe", "Shannon.Kehoe@" + KDOM), addr("Knowsley MASH", KMASH),
                     "step up EHM-58804 Ratcliffe", when)
    root = flowed_part(body, cte="quoted-printable")
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-58804"],
        [ch("Kenzie Ratcliffe", "2026-11-04", "4th of the 11th 2026"),
         ch("Rory Ratcliffe", "2029-02-19", "19th of the 2nd 2029")],
        ["physical_harm"], None, True, ["meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        "A VOICE-DICTATED MAIL with no punctuation and homophones ('to loud', 'there mum', 'seen', 'tough meeting' "
        "for TAF meeting). SAFETY RULE 1: a fresh loop-shaped red and purple mark an 8-year-old says her dad made "
        "with his belt last night, older marks, the child shaking and not wanting to go home, and the same father "
        "collecting both children at 3 o'clock TODAY with mum in hospital -> urgent, alert_duty. Fields still "
        "labelled: case id only in the typed subject (EHM-58804); dictated DOBs '4th of the 11th 2026' / '19th of "
        "the 2nd 2029'; manager Jo Whitfield agreed -> true; no TAF date -> meeting_details missing, notice null; "
        "form and TAF minutes 'will send' -> missing. No neglect, so no gcp2.",
        not_children=["Shannon Kehoe", "Jo Whitfield"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2035-02-08 14:20:33"
    body = T("""
Hi Family First duty,

Step down to Level 3 - Ava-Rose Tyrer (DOB 12/12/2027), ICS ref 4418205.

Final CIN meeting: Tuesday 20 February 2035 at 10:30, Kirkby Family Hub, Cherryfield Drive, meeting room 2. A Family First case manager would be very welcome.

What are we worried about?
Mum (Leanne Tyrer) has been sober since September but had a short lapse at New Year; if she drinks again Ava-Rose is late or misses school (attendance 84% this year).

What is working well?
Leanne goes to the Kirkby recovery hub every week, the home is clean and warm, and Ava-Rose's nan lives two streets away and helps every morning.

What needs to happen?
A Family First case manager to support the morning routine and attendance, Leanne to keep going to the recovery hub, school to report any absence the same day.

Consent: Leanne gave her consent to a Family First referral at the CIN review on 25/01/2035. However, she rang me this morning and has withdrawn her consent - she says she doesn't want "any more services" once social care closes. I'm seeing her on Monday to talk it through and I will let you know, but please treat consent as withdrawn for now.

Thanks
Rhys

Rhys Garner
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0614
""") + "\n" + KDISC
    top = outlook_top(f, addr("Garner, Rhys", "Rhys.Garner@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 3 - Tyrer - final CIN 20/02", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["4418205"],
        [ch("Ava-Rose Tyrer", "2027-12-12", "12/12/2027")],
        ["school_attendance", "substance_misuse"], False, None, ["consent"], True, "request_info",
        "CONSENT WITHDRAWN AFTER BEING GIVEN: 'gave her consent ... on 25/01/2035. However, she rang me this morning "
        "and has withdrawn her consent ... please treat consent as withdrawn' - the latest statement wins -> consent "
        "false, and a Level 3 step-down needs consent -> missing. 'ICS ref 4418205' -> '4418205' (label, not "
        "prefix). Level 3 stated; date, time and venue of the final CIN meeting and all three Signs of Safety headings "
        "given. Thu 8 Feb -> Tue 20 Feb = 8 WD -> notice ok. Concerns: mum's drinking (lapse at New Year) and 84% "
        "attendance. request_info.",
        meeting=date(2035, 2, 20), not_children=["Leanne Tyrer", "Rhys Garner"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2035-03-19 15:36:02"
    body = T("""
Hi all,

Step down from CIN to Level 2 for Kayden-James Moss (DOB 02/08/2031) - known to everyone, including at school, as KJ - and his sister Lily Moss (DOB 17/01/2033). ICS-1522087 (KJ) and ICS-1522088 (Lily).

Final CIN meeting: Wednesday 28 March 2035 at 2pm, Huyton Hey Family Hub, Room 2 (after the Easter weekend, sorry).

New Lead Practitioner: Helen Ashworth, Pastoral Lead, St Aidan's CE Primary School - Helen has agreed to take on the role and is copied in.

What are we worried about?
KJ has ADHD and an EHCP; his behaviour at home is hard for mum to manage on her own. Mum has MS and KJ does a lot for her - getting Lily ready in the mornings, helping mum with the stairs - and the young carers assessment says he is a young carer.

What is working well?
KJ is doing well at St Aidan's with his 1:1; mum's new care package started in February; KJ goes to the young carers group every Thursday and loves it; Lily is settled at nursery.

What needs to happen?
Helen to complete the EHA with mum and hold the first TAF within 6 weeks; the young carers service to continue; school to review KJ's EHCP in May.

Mum agrees to the step down and to Helen being the lead practitioner. My TM, Andrea Lunt, has agreed.

Thanks
Marie

Marie Boland
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0702
""") + "\n" + KDISC
    top = outlook_top(f, addr("Boland, Marie", "Marie.Boland@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Moss - KJ & Lily - final CIN 28/03", when,
                      cc=addr("Helen Ashworth", "h.ashworth@staidans-huyton.example.sch.uk"))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-1522087", "ICS-1522088"],
        [ch("Kayden-James Moss", "2031-08-02", "02/08/2031"), ch("Lily Moss", "2033-01-17", "17/01/2033")],
        ["disability_send", "young_carer"], True, True, [], True, "book_meeting",
        "A CHILD KNOWN BY A NICKNAME: 'Kayden-James Moss ... known to everyone ... as KJ' - the label is his full "
        "name, and 'KJ' (subject and body) is no second child. Complete Level 2 step-down: date, time and venue, all "
        "three Signs of Safety headings, a named Lead Practitioner with her agency (Helen Ashworth, St Aidan's CE "
        "Primary). Concerns: ADHD + EHCP (disability_send) and a young carer for mum with MS. NOTICE ACROSS EASTER: "
        "Mon 19 Mar -> Wed 28 Mar 2035 = 20, 21, 22, 27, 28 = exactly 5 WD (Good Friday 23 and Easter Monday 26 "
        "March excluded; 7 weekdays) -> ok -> book_meeting.",
        meeting=date(2035, 3, 28), not_children=["Helen Ashworth", "Andrea Lunt", "Marie Boland"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2035-03-23 19:52:40"
    text = T("""
I don't know if this is the right email but the council website said this one for worries about children and the number I rang just rings out.

I live at 12 Cherry Tree Walk in Kirkby. Next door at 14 is a young mum, Chelsea, with her little girl Mia Cullen who is about 3 and a baby. Chelsea's boyfriend moved in at Christmas.

About half an hour ago I heard Mia screaming and a big thump on our wall, then him shouting that he'd "shut her up for good". I went out the back and through their kitchen window I saw him holding her up off the floor by one arm and shaking her. Her head was going backwards and forwards. Chelsea isn't there tonight, her car's been gone since this afternoon.

It's gone completely quiet now and all their lights are off but his van is still outside. I'm frightened to knock. What should I do? Can someone come out?

Pauline Gaskell
07700 900418
""")
    top = gmail_top(f, addr("Pauline Gaskell", "pauline.gaskell61@gmail.example.com"), KMASH,
                    "please can someone check on the little girl at no 14", when)
    add(f, alt_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Mia Cullen")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A MEMBER OF THE PUBLIC writing to the MASH step-up inbox on the evening of GOOD FRIDAY (a bank holiday, out "
        "of hours): a neighbour saw, half an hour ago, a man hold a 3-year-old up by one arm and shake her, heard him "
        "say he'd 'shut her up for good', and now it is silent with him alone in the house with her and a baby. "
        "Lay words, no professional vocabulary, but an immediate risk -> urgent, alert_duty (the out-of-hours "
        "service at this hour). Not a request from a practitioner -> kind other; nothing is required of it (missing "
        "[], notice null). Only Mia has a first name and surname; the baby and 'Chelsea' are not labelled.",
        not_children=["Pauline Gaskell"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2035-03-29 09:14:27"
    data = itip_reply(f, when, "Farid Quayle", "farid.quayle@" + KDOM, ("Family First 0-18 Duty Mailbox", KFF),
                      "TENTATIVE", "Joint home visit - Okafor [SB-knowsley-31]", "20350403T103000",
                      "20350403T113000", "Family home (address on ICS)",
                      comment="I'm in court until 10. If I'm not there by 10:45 Elinor will cover.")
    add(f, data, "knowsley", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar method=REPLY, PARTSTAT=TENTATIVE) from the "
        "Family First case manager, with a COMMENT about cover; sent in British Summer Time (+0100) after the clock "
        "change on 25 March, for a visit on Tue 3 April 10:30 BST. meeting_reply -> record_reply; the family is "
        "named by surname only, so no child.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2035-03-14 10:02:51"
    body = T("""
Morning,

Level 3 step down to Family First for Jayden Pritchard (DOB 27/10/2030), ICS-1498163.

Joint home visit: Thursday 22 March 2035 at 1.30pm at the family home, 9 Larkspur Close, Halewood, L26 9ZZ - with me and, I hope, a Family First case manager.

Background you will see on ICS: mum, Amber Pritchard, is 31 weeks pregnant (EDD 16/05/2035). The baby's father, Dean Corkhill, has a 2028 conviction for GBH against a former partner, so a pre-birth assessment was completed and it concluded on 1 March. A pre-birth plan is in place and agreed by everyone: Dean does not live at the address, he has no unsupervised contact with Jayden or the baby, and the midwife and Whiston maternity have the birth plan. There are no safeguarding concerns about the unborn baby at this point and nothing about it needs MASH - I am only mentioning it so the case manager isn't surprised when they read the file.

What are we worried about?
Amber's low mood in this pregnancy (she has a perinatal mental health worker) and Jayden's attendance, which dropped to 89% in the autumn term.

What is working well?
Amber has kept every appointment; Jayden is happy at school and his attendance is 96% since January; Amber's mum lives with them.

What needs to happen?
A Family First case manager to support Amber around the birth and keep an eye on Jayden's attendance; perinatal mental health to continue.

Consent: Amber gave verbal consent to the Level 3 step down when I phoned her on 13/03/2035 at 16:10 - I have recorded it on ICS as a case note.

Thanks
Tom

Tom Eccleston
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0659
""") + "\n" + KDISC
    top = outlook_top(f, addr("Eccleston, Tom", "Tom.Eccleston@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 3 step down - Pritchard - joint visit 22/03", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-1498163"],
        [ch("Jayden Pritchard", "2030-10-27", "27/10/2030")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - AN UNBORN BABY WITH A PRE-BIRTH PLAN ALREADY IN PLACE: a father's 2028 GBH conviction, a "
        "pre-birth assessment concluded, a plan agreed by everyone (no residence, no unsupervised contact, birth plan "
        "with maternity), 'no safeguarding concerns about the unborn baby ... nothing about it needs MASH' -> not "
        "urgent; the unborn baby is never a child and the EDD never a DOB; domestic abuse is historic and outside the "
        "household, so not a concern. VERBAL CONSENT RECORDED BY PHONE ('gave verbal consent ... when I phoned her "
        "... recorded on ICS') -> consent true. Level 3 joint home visit with date, time and place (the family "
        "home's address); all three headings. Wed 14 Mar -> Thu 22 Mar = 6 WD -> ok -> book_meeting.",
        meeting=date(2035, 3, 22), not_children=["Amber Pritchard", "Dean Corkhill", "Tom Eccleston"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
RDISC = T("""
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Richmond and Wandsworth Councils monitor email for security and compliance.
""")

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2035-01-09 16:22:05"
    top_text = T("""
Agreed.

MASH colleagues - I've added the Step Up inbox and re-attached Tom's case summary; the rationale is in his email at the bottom.

Nkechi

Nkechi Adeyemi
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0412
""")
    m3 = T("""
Hi Nkechi,

Following our reflective discussion on Wednesday, this is my request to step up the Campbell children to Children's Services.

Children: Deon Campbell (DOB 11/03/2024) and Shanice Campbell (DOB 29/09/2027)
Mum: Kayla Campbell
Mosaic ID: 2217764

Rationale for step up
- Nine months of Early Help and the plan has not moved: the same three actions have been carried over at every TAF since June.
- Home conditions: there was no food in the house on three of my last five visits; the children's mattress is on the floor and is often wet.
- Kayla uses cannabis every day and since November she has told me she is using crack cocaine again.
- Kayla has missed four of the last six appointments with me and did not come to the last two TAF meetings.

The latest case summary is attached.

Tom
""")
    m2 = T("""
Tom - before I agree, have you checked with school about attendance since Christmas? And has Kayla been told we are thinking about stepping up?
N
""")
    m1 = T("""
Hi Nkechi,

School came back this afternoon: Deon's attendance is 71% and Shanice's 80% since September, and both were absent all of the first week back.

I told Kayla on the phone today that we are asking for a step up. She said "do what you want".

So I think we are there - can you agree it and send it to MASH?

Thanks
Tom

Tom Whitcombe
Early Help Family Practitioner | Wandsworth North Family Hub
020 7946 0437
""")
    body = (top_text + "\n" + RDISC
            + quote("Whitcombe, Tom <Tom.Whitcombe@%s>" % RDOM, "08 January 2035 17:40",
                    "Adeyemi, Nkechi <Nkechi.Adeyemi@%s>" % RDOM, "RE: Campbell - step up?", m1)
            + quote("Adeyemi, Nkechi <Nkechi.Adeyemi@%s>" % RDOM, "08 January 2035 12:02",
                    "Whitcombe, Tom <Tom.Whitcombe@%s>" % RDOM, "RE: Campbell - step up?", m2)
            + quote("Whitcombe, Tom <Tom.Whitcombe@%s>" % RDOM, "05 January 2035 16:15",
                    "Adeyemi, Nkechi <Nkechi.Adeyemi@%s>" % RDOM, "Campbell - step up?", m3))
    atts = [docx_att("Case summary - Campbell - Jan 2035.docx", [
        "# Latest case summary - Campbell family (Mosaic ID 2217764)",
        "Prepared by Tom Whitcombe, Early Help Family Practitioner, 05/01/2035.",
        "Household: Kayla Campbell (mum, 29); Deon (10) and Shanice (7).",
        "Early Help involvement since April 2034 (request from school: attendance, hunger, hygiene).",
        "Progress: limited. Kayla engaged for the first two months; since July she has missed most appointments.",
        "Current position: home conditions poor; Kayla's drug use has increased; attendance falling."])]
    top = outlook_top(f, addr("Adeyemi, Nkechi", "Nkechi.Adeyemi@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Campbell - step up?", when, cc=addr("Whitcombe, Tom", "Tom.Whitcombe@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["2217764"],
        [ch("Deon Campbell", "2024-03-11", "11/03/2024"), ch("Shanice Campbell", "2027-09-29", "29/09/2027")],
        ["neglect", "non_engagement", "school_attendance", "substance_misuse"], None, True, [], None, "book_meeting",
        "A MANAGER REPLYING 'AGREED' ABOVE A LONG QUOTED THREAD: the Early Help Team Manager (the protocol's sender) "
        "answers 'Agreed.' at the top of a three-message thread and adds the MASH Step Up inbox; every fact is in the "
        "quoted messages. Children and DOBs, 'Mosaic ID: 2217764' -> '2217764'; the rationale is pasted under its own "
        "heading ('Rationale for step up') and the case summary is attached -> nothing missing -> book_meeting. "
        "Concerns: no food / wet mattress (neglect), daily cannabis and crack cocaine, missed appointments and TAFs "
        "(non_engagement), attendance 71% / 80%. Manager true from the TM's own 'Agreed'; mum 'do what you want' is "
        "not consent -> null.",
        not_children=["Kayla Campbell", "Tom Whitcombe", "Nkechi Adeyemi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2035-01-31 07:38:16"
    text = T("""
Please, is anybody there? I found this email on the council website. I can't get through on the phone.

My grandchildren, Alfie Whitlock (8) and Rosie Whitlock (2), live with their mum, my daughter Kerry, at Flat 6 Arbour House, Latchmere Estate, Battersea, SW11 9ZZ.

Alfie rang me from his mum's phone at ten to seven this morning. He was whispering. He said "Nanny, Gary hurt Mummy, she's on the kitchen floor and she won't wake up properly" and that Gary has locked the front door and taken the key. I could hear Gary shouting in the background and then the phone went dead. I have rung back eleven times and it goes straight to voicemail. Gary is Kerry's boyfriend. He has hit her before, she has told me, but she would never report it.

I live in Leeds and can't get there. Please will somebody go round or tell me who to call. I haven't called the police because Kerry made me promise never to.

Margaret Holt
07700 900562
""")
    top = gmail_top(f, addr("Margaret Holt", "peggy.holt47@btinternet.example.com"), RSU,
                    "My grandchildren - please someone go round", when)
    add(f, alt_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Alfie Whitlock"), ch("Rosie Whitlock")], ["domestic_abuse"],
        None, None, [], None, "alert_duty",
        "A GRANDPARENT'S REPORT to the MASH step-up inbox, before office hours: her 8-year-old grandson whispered on "
        "the phone at 06:50 that mum's boyfriend hurt mum, she is on the floor and 'won't wake up properly', the door "
        "is locked and the key taken; the line went dead and no one answers. Two children locked in with a violent "
        "adult and an injured, barely conscious mother -> immediate risk in lay words -> urgent, alert_duty (the "
        "sender must be told to call 999). Not a practitioner's request -> kind other, nothing required. Concern: "
        "domestic abuse. Ages only, so dob null.",
        not_children=["Margaret Holt"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2035-02-13 11:15:40"
    rows = [
        ("Children", ["Sami Haddad, DOB 22/10/2026 (Mosaic ID 3390127)",
                      "Leila Haddad, DOB 03/03/2031 (Mosaic ID 3390128)"]),
        ("Parents", "Omar Haddad and Rania Haddad, 27 Hazelhurst Road, Tooting, SW17 9ZZ"),
        ("Allocated social worker", "Bethany Okoro, Wandsworth Child in Need Team 2, 020 7946 0587"),
        ("Case discussion", "Agreed with Jasper Quint (Early Help Duty Team Manager) on the phone this morning: "
                            "Friday 16 February 2035 at 10:00, Microsoft Teams."),
        ("Consent", "Omar and Rania both consent to Early Help continuing the plan. Sami knows and is happy to keep "
                    "seeing Sarah at the family hub."),
        ("Latest case summary", "Attached: Case summary - Haddad - Feb 2035.rtf"),
        ("Draft plan for Early Help", [
            "1. Omar to continue with the veterans' mental health service for his PTSD; Rania to tell the lead "
            "professional if his sleep or temper worsen.",
            "2. School and the family hub to support Sami's attendance (86% this term) - morning club three days a "
            "week.",
            "3. Leila to take up her 15 funded nursery hours from April.",
            "4. Step-down review meeting within 4 weeks of handover, chaired by the Early Help manager."]),
        ("Worries", "Omar's PTSD (flashbacks, poor sleep, outbursts of temper - never physical, no police call-outs); "
                    "Sami's attendance."),
    ]
    htm = layout_html(rows, intro=["Dear Early Help Duty,",
                                   "Confirming the step-down case discussion agreed today. Details below."],
                      outro=["Many thanks,", "Bethany Okoro\nSocial Worker | Child in Need Team 2 | Wandsworth "
                             "Children's Services\n020 7946 0587", RDISC.strip()],
                      title="Step down to Early Help - confirmation of case discussion")
    rtf = rtf_att("Case summary - Haddad - Feb 2035.rtf", [
        ("h", "Latest case summary - Haddad family"),
        ("p", "Prepared by Bethany Okoro, Social Worker, 12 February 2035."),
        ("table", [["Child", "DOB", "Mosaic ID"], ["Sami Haddad", "22/10/2026", "3390127"],
                   ["Leila Haddad", "03/03/2031", "3390128"]], [2600, 1600, 1800]),
        ("p", "Referral: September 2034, from school - Sami frightened by his father's shouting at night."),
        ("p", "Assessment: Omar served in the army and has PTSD; he is now in treatment and there has been no "
              "incident since October. The family want help with routines and Sami's attendance."),
        ("p", "Recommendation: step down to Early Help; consent given by both parents on 9 February 2035.")])
    root = multipart("mixed", [text_part(htm, "html", crlf=True), rtf], bnd(f, 1))
    top = outlook_top(f, addr("Okoro, Bethany", "Bethany.Okoro@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Haddad - case discussion Fri 16 Feb 10:00", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3390127", "3390128"],
        [ch("Sami Haddad", "2026-10-22", "22/10/2026"), ch("Leila Haddad", "2031-03-03", "03/03/2031")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "AN HTML-ONLY MAIL WITH A LAYOUT TABLE (no text/plain part; a template's two-column role=presentation table "
        "whose left cells are labels) and the case summary as an .RTF attachment. The draft plan is pasted under its "
        "own heading in the table ('Draft plan for Early Help'), the case summary is attached (.rtf is an accepted "
        "type), both parents consent -> nothing missing -> book_meeting (the agreed discussion time is recorded; "
        "Richmond's step-down has no notice rule). 'Mosaic ID 3390127' -> '3390127'. Concerns: dad's PTSD and Sami's "
        "86% attendance; 'never physical, no police call-outs' is negated.",
        not_children=["Omar Haddad", "Rania Haddad", "Bethany Okoro", "Jasper Quint"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2035-03-01 15:05:22"
    body = T("""
Hello MASH,

An update for the record on this one, and a request to close it.

Following Tyler's disclosure at school on Monday (26 February) that mum's partner had hit him with a phone charger cable, a strategy discussion was held on Tuesday 27 February, chaired by the MASH manager. Tyler was placed in foster care on Tuesday evening under police protection, and the interim care order was granted yesterday. Mum's partner, Curtis Bell, was arrested on Tuesday and is on police bail with conditions not to contact Tyler or go near the placement; neither he nor mum knows where the placement is. The Assessment Team (allocated social worker Hana Mirza) are completing the section 47 enquiries.

Tyler is safe and settled - his foster carer says he slept through last night for the first time.

So the step-up case discussion booked for Monday 5 March at 10:00 is no longer needed. Please cancel it and close our step-up request; we will close the Early Help episode on Mosaic today.

Thanks
Faisal

Faisal Rahimi
Early Help Team Manager | Wandsworth South | Richmond and Wandsworth Councils
020 7946 0455

""") + stepbot_ack("SB-richmond_wandsworth-58", [
        "On 23 Feb 2035, at 14:02, MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:",
        "",
        "Thank you. Your step-up request has been received.",
        "Reference: SB-richmond_wandsworth-58",
        "Child: Tyler Nwosu (14/08/2026)",
        "Step-up case discussion: Monday 5 March 2035, 10:00, Microsoft Teams",
        "Nothing is missing from your request."])
    top = outlook_top(f, addr("Rahimi, Faisal", "Faisal.Rahimi@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-58] Step-up request received - Nwosu", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "follow_up", False, None, [], [ch("Tyler Nwosu", "2026-08-14", "14/08/2026")],
        ["physical_harm"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A STRATEGY DISCUSSION ALREADY HELD AND THE CHILD SAFE IN FOSTER CARE: a disclosure of being hit "
        "with a cable, but the strategy discussion has been held, the child is in foster care under police "
        "protection and an ICO, the partner is arrested and bailed away from him and the placement is unknown to "
        "him - the risk is being managed by the people who act on it, so not urgent. A reply to stepbot's "
        "acknowledgement with [SB-richmond_wandsworth-58] in the subject -> follow_up -> attach_to_request. "
        "physical_harm stays a concern (the s47 enquiry is still open). The child's DOB is only in the quoted "
        "acknowledgement.",
        not_children=["Curtis Bell", "Hana Mirza", "Faisal Rahimi"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2035-03-22 17:41:09"
    body = T("""
Thank you for your email. I am on annual leave over Easter from Friday 23 March and back in the office on Tuesday 3 April 2035. I will not be checking my emails.

If your email is about an immediate safeguarding concern, please call the MASH on 020 7946 0321, or 999 in an emergency. For anything else about my cases please contact my team manager, Ruth Delaney, on 020 7946 0590.

Bethany Okoro
Social Worker | Child in Need Team 2 | Wandsworth Children's Services
""")
    data = ooo(f, when, "Okoro, Bethany", "Bethany.Okoro@" + RDOM, addr("Early Help Duty", RED),
               "Step-down review meeting - Haddad", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) "
        "for the Easter leave, sent the evening before Good Friday; its 'immediate safeguarding concern ... 999' is "
        "boilerplate, not a report -> auto_reply, ignore (safety rule 2: never answered).")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2035-03-27 12:18:44"
    body = T("""
MASH colleagues,

Step up request for the Lawson-Hart family, Mosaic ID 2760318.

Our family practitioner, Ayesha Karim, visited at 10:40 this morning for a planned review. This is what she saw:

The baby, Reggie Lawson-Hart (DOB 06/02/2035, seven weeks old), was lying in his car seat in the hallway. There was a soft swelling on the right side of his head, about the size of a 50p coin, and a small graze above his right eye. He was very sleepy and did not wake when Ayesha spoke to him or when mum picked him up. Mum said he had not fed since 6 o'clock this morning. Mum said he "rolled off the sofa" on Sunday. Dad shouted from upstairs that nobody was coming in and that the visit was over. Ayesha left at 10:55. Mum and dad are both at home with Reggie now. His sister Summer Lawson-Hart (4) was at nursery.

Rationale for step up
We have been working with the family since November. Reggie was born at 35 weeks and has missed his 6-8 week check and two health visitor appointments; the home has been cold and dirty on every visit; mum says dad "doesn't want services in the house". The Early Help plan is not making the baby safer and we think the family need a social work assessment.

I have discussed this with Ayesha and I agree it needs to step up. Latest case summary attached.

Graham Tolley
Early Help Team Manager | Richmond | Richmond and Wandsworth Councils
020 7946 0471
""") + "\n" + RDISC
    atts = [docx_att("Case summary - Lawson-Hart - Mar 2035.docx", [
        "# Case summary - Lawson-Hart family (Mosaic ID 2760318)",
        "Early Help since 14/11/2034 (request from midwife: poor home conditions, dad hostile to services).",
        "Children: Summer (4) and Reggie (born 06/02/2035 at 35 weeks).",
        "Engagement: mum engages when dad is out; dad has refused entry twice.",
        "Health: Reggie's 6-8 week check missed; HV visits missed 28/02 and 13/03."])]
    top = outlook_top(f, addr("Tolley, Graham", "Graham.Tolley@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Lawson-Hart - Mosaic 2760318", when,
                      cc=addr("Karim, Ayesha", "Ayesha.Karim@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2760318"],
        [ch("Reggie Lawson-Hart", "2035-02-06", "06/02/2035"), ch("Summer Lawson-Hart")],
        ["neglect", "non_engagement", "physical_harm"], None, True, [], None, "alert_duty",
        "RISK DESCRIBED ONLY THROUGH WHAT A PROFESSIONAL SAW (no 'urgent', no 'risk', no 'child protection'): a "
        "seven-week-old baby with a head swelling and a graze, too drowsy to wake, not fed for six hours, an "
        "implausible explanation (a non-mobile baby 'rolled off the sofa') and a hostile father who ended the visit; "
        "both parents are with him now -> immediate risk -> urgent, alert_duty. Sent in BST (+0100) after the clock "
        "change. The step-up itself is complete (rationale under its own heading, case summary attached) -> missing "
        "[]; the Early Help Team Manager sends it and says he agrees -> manager true. 'Mosaic ID 2760318' -> '2760318'. Summer has an age only -> dob null.",
        not_children=["Ayesha Karim", "Graham Tolley"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2035-01-15 13:02:37"
    text = T("""
Hello,

I'm not sure if this is the right place, I found this address on the Wandsworth website under "worried about a child".

There's a boy in my son's class (Year 3, at a school in Earlsfield) called Harvey Dunn. Since about October he always seems hungry - he asks my son for his snack most days and the other mums have noticed it too. His uniform is often dirty and his shoes have holes in them. He told my son his mum "sleeps a lot in the day".

I don't think he's in any danger right now and I really don't want to get his mum into trouble - she seems nice but very tired. I mentioned it to the school's safeguarding lead on Friday and she said she would look into it, but I thought someone at the council should know as well.

Thanks,
Sophie Kendrick
""")
    top = gmail_top(f, addr("Sophie Kendrick", "sophie.kendrick.82@gmail.example.com"), RSU,
                    "A boy in my son's class", when)
    add(f, alt_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [ch("Harvey Dunn")], ["neglect"], None, None, [], None,
        "human_review",
        "NEAR MISS - A MEMBER OF THE PUBLIC with a low-level worry: a parent at the school gate reports a classmate "
        "who seems hungry, with dirty uniform and holed shoes, whose mum 'sleeps a lot'; she says he is not in "
        "danger right now and has already told the school's safeguarding lead. A concern about neglect that needs a "
        "person to look at it, not an immediate risk -> not urgent. Not a practitioner's request -> kind other -> "
        "human_review.",
        not_children=["Sophie Kendrick"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2035-02-07 10:27:55"
    body = T("""
Hi,

Confirming the step-down case discussion I agreed with Jasper on the phone yesterday: Monday 12 February 2035 at 14:00 on Teams.

It is for three siblings - their names, dates of birth and Mosaic IDs are in the table at the top of the attached case summary. The draft Early Help plan is attached too.

Mum consented to Early Help continuing the plan when I saw her on 5 February, and she would like Precious from the Roehampton family hub to be the lead professional.

Thanks,
Callum

Callum O'Rourke
Social Worker | Child in Need Team 1 | Wandsworth Children's Services
020 7946 0528
""") + "\n" + RDISC
    atts = [
        docx_att("Case summary - Osei family - Feb 2035.docx", [
            "# Latest case summary - Osei family",
            "Prepared by Callum O'Rourke, Social Worker, Child in Need Team 1, 6 February 2035.",
            "Household: mum, Efua Osei (38), and the three children in the table below. Dad lives in Croydon and has "
            "regular contact.",
            "Worries: Efua's depression (she is under the community mental health team and her medication changed in "
            "January). On her bad days Kwame does most of the shopping and gets his brother and sister to school; he "
            "was assessed as a young carer in December.",
            "What is going well: the children are well cared for, attendance is good, Efua accepts help.",
            "Recommendation: step down to Early Help with a young carers referral for Kwame."],
            tables=[[["Name", "Date of birth", "School / setting", "Mosaic ID"],
                     ["Kwame Osei", "14/01/2021", "Year 9, Roehampton Park Academy", "2875531"],
                     ["Ama Osei", "30/06/2024", "Year 5, Danebury Avenue Primary", "2875532"],
                     ["Kojo Osei", "02/12/2029", "Reception, Danebury Avenue Primary", "2875533"]]]),
        pdf_att("Draft Early Help plan - Osei family.pdf", "Draft plan for Early Help - Osei family",
                ["1. Lead professional to complete the young carers referral for Kwame Osei.",
                 "2. Efua to continue with the community mental health team; GP review in March.",
                 "3. School to offer Ama and Kojo breakfast club on Efua's clinic days.",
                 "4. Step-down review meeting within 4 weeks of handover."]),
    ]
    top = outlook_top(f, addr("O'Rourke, Callum", "Callum.ORourke@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Osei family - case discussion Mon 12 Feb 14:00", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2875531", "2875532", "2875533"],
        [ch("Kwame Osei", "2021-01-14", "14/01/2021"), ch("Ama Osei", "2024-06-30", "30/06/2024"),
         ch("Kojo Osei", "2029-12-02", "02/12/2029")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "CHILDREN NAMED ONLY IN AN ATTACHED TABLE: the body says 'three siblings - their names, dates of birth and "
        "Mosaic IDs are in the table'; the .docx case summary's table (Name | Date of birth | School | Mosaic ID) "
        "gives all three, and the case ids are the table's values (the column header is a label). Case summary and "
        "draft plan attached, mum consented on 5 February -> nothing missing -> book_meeting. Concerns: mum's "
        "depression; Kwame assessed as a young carer.",
        not_children=["Efua Osei", "Callum O'Rourke"], names_only_in_attachments=True)

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
TDISC = T("""
London Borough of Tower Hamlets - this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
""")

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2035-01-19 14:48:30"
    body = T("""
Dear colleagues,

I am writing for to make the step down of the family of Mrs Rahima Khatun to the Early Help. The childrens are Ayaan Chowdhury (born 03.05.2027) and Inaya Chowdhury (born 18.11.2030). Mosaic number of Ayaan is 5518820 and of Inaya is 5518821.

The Child and Family Assessment is finish on 12 of January and I am attaching it, also the TAF plan what we was making together with the family on last Tuesday.

The mother she is agree with the step down, she was signing the consent when I was visiting on 16 January.

About the Lead Practitioner: the school (Shadwell Fields Primary) is thinking who from them can take it, I am still waiting the name, I will send it when I receive.

The worries is: the father he left the family in October and since this the mother is very sad, some days she is not going out from the bed (GP is knowing and she take medicine). Ayaan is missing the school many days, the attendance is 79%. Inaya is okay in the nursery.

If something is not clear please tell me, English is not my first language.

Best regards,
Mihaela Popescu
Social Worker | Children's Social Care - Locality Team East | London Borough of Tower Hamlets
020 7946 0763
""") + "\n" + TDISC
    atts = [pdf_att("C&F Assessment - Chowdhury - 12.01.2035.pdf", "Child and Family Assessment - Chowdhury",
                    ["Children: Ayaan Chowdhury (03/05/2027), Inaya Chowdhury (18/11/2030).",
                     "Completed 12/01/2035 by Mihaela Popescu.",
                     "Outcome: needs can be met by a Team Around the Family; step down to Early Help."]),
            docx_att("TAF plan - Chowdhury.docx", [
                "# TAF plan - Chowdhury family",
                "1. Mum to continue with GP and the talking therapies referral.",
                "2. School to put in place a morning check-in for Ayaan; attendance reviewed every two weeks.",
                "3. Lead Practitioner to hold the first TAF review within 6 weeks."])]
    top = outlook_top(f, addr("Popescu, Mihaela", "Mihaela.Popescu@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down for family Chowdhury", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["5518820", "5518821"],
        [ch("Ayaan Chowdhury", "2027-05-03", "03.05.2027"), ch("Inaya Chowdhury", "2030-11-18", "18.11.2030")],
        ["parental_mental_health", "school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "A PRACTITIONER WHOSE FIRST LANGUAGE IS NOT ENGLISH ('I am writing for to make the step down', 'The mother "
        "she is agree', 'the TAF plan what we was making'): read for meaning. C&F assessment (PDF) and TAF plan "
        "(.docx) attached; 'The mother she is agree ... she was signing the consent' -> consent true; the school is "
        "still choosing the Lead Practitioner and 'I am still waiting the name' -> lead_practitioner missing (not the "
        "'no lead practitioner identified' route: one is being identified) -> request_info. DOBs written dd.mm.yyyy. "
        "Concerns: mum's low mood (GP, medication) and 79% attendance. Mrs Rahima Khatun is the mother.",
        not_children=["Rahima Khatun", "Mihaela Popescu"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2035-02-12 13:26:51"
    body = T("""
Hi MAST,

Please find attached the MARF for Zara Hussain (DOB 25/09/2027) and her brother Ibrahim Hussain (DOB 11/01/2031), Mosaic 5690114.

Early Help has been working with the family since June 2034 around school attendance and mum's mental health. The plan has not progressed and my manager, Farhana Ali, has agreed the step up (she is copied in). Mum consents to the referral.

Happy to discuss - I'm on my mobile all afternoon.

Kind regards
Lucy

Lucy Barrington
Early Help Practitioner | Targeted Early Help (Bow & Mile End) | London Borough of Tower Hamlets
07700 900847
""") + "\n" + TDISC
    atts = [pdf_att("MARF - Hussain - Feb 2035.pdf", "Multi-Agency Request for Support (MARF)",
                    ["Children: Zara Hussain (25/09/2027); Ibrahim Hussain (11/01/2031). Mosaic 5690114.",
                     "Parent: Shabana Hussain (mother). Stepfather: Imran Qureshi.",
                     "Reason for request: Early Help plan since June 2034 has not progressed. Zara's attendance 74%,",
                     "Ibrahim's 81%. Mum has depression and has stopped attending her GP reviews.",
                     "Consent: mother consents to this request (12/02/2035).",
                     "Manager: Farhana Ali, Team Manager, Targeted Early Help - agreed 12/02/2035."])]
    subj = "MAST step up - Hussain - Zara says stepdad burnt her hand on the cooker last night, he collects her 3.15 today"
    top = outlook_top(f, addr("Barrington, Lucy", "Lucy.Barrington@" + TDOM), addr("MAST", TMAST), subj, when,
                      cc=addr("Ali, Farhana", "Farhana.Ali@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["5690114"],
        [ch("Zara Hussain", "2027-09-25", "25/09/2027"), ch("Ibrahim Hussain", "2031-01-11", "11/01/2031")],
        ["parental_mental_health", "physical_harm", "school_attendance"], True, True, [], None, "alert_duty",
        "RISK ONLY IN THE SUBJECT LINE: the body and the MARF are a routine attendance / mental-health step-up; the "
        "subject alone says Zara says her stepdad burnt her hand on the cooker last night and that he collects her "
        "at 3.15 today. Safety rule 1 reads every part, the subject included -> a fresh injury disclosed against the "
        "adult collecting her this afternoon -> urgent, alert_duty. Otherwise complete (MARF attached, TM Farhana Ali "
        "agreed and copied, consent given). 'Mosaic 5690114' -> '5690114'.",
        not_children=["Shabana Hussain", "Imran Qureshi", "Farhana Ali", "Lucy Barrington"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2035-03-06 10:44:03"
    body = T("""
Hi MAST team,

I'm the Family Court Adviser for a private law application about two children who live in Poplar: Arif Rahman (DOB 19/02/2028) and Nadia Rahman (DOB 07/08/2030). Court number ZE35P00412; the first hearing (FHDRA) is on 20 March.

Their father has applied for a child arrangements order. In the application the mother says that he was controlling and hit her during the relationship (2031-2032); he denies it. There were no police call-outs, the parents separated in 2032 and the father has had no contact with the children since. Police checks show nothing current, the school reports no concerns and the children are safe and well with their mother.

This is not a referral - I'm asking whether MAST or Early Help has had any involvement with the family, so that I can complete the safeguarding letter for the court by 15 March. The mother's details: Salma Rahman, DOB 02/02/1996; the father: Jamil Rahman, DOB 23/07/1991.

Many thanks
Dominic

Dominic Ferreira
Family Court Adviser | Cafcass London East
07700 900319
""")
    top = outlook_top(f, addr("Dominic Ferreira", "dominic.ferreira@cafcass.example.gov.uk"), addr("MAST", TMAST),
                      "Safeguarding checks - Rahman - FHDRA 20/03", when,
                      mid_domain="CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [],
        [ch("Arif Rahman", "2028-02-19", "19/02/2028"), ch("Nadia Rahman", "2030-08-07", "07/08/2030")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A CAFCASS OFFICER'S information request: allegations that the father 'was controlling and hit "
        "her' in 2031-2032, denied, no contact since 2032, police checks clear, children safe and well, 'This is not "
        "a referral' -> historic, disputed and closed: not urgent, and no current concern. Not a practitioner's "
        "step request -> kind other -> human_review. The court number ZE35P00412 is not a case-system id; the "
        "parents' DOBs (1996, 1991) are adults'.",
        not_children=["Salma Rahman", "Jamil Rahman", "Dominic Ferreira"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2035-01-25 09:58:17"
    body = T("""
Good morning MAST,

Please find attached the MARF for Nusrat Hossain (DOB 08/06/2022), who I have been working with since September.

Nusrat has been reported missing three times since Christmas, the last time on Sunday night. Each time she has been found by police in the early hours in a car with older males in Limehouse. She has a second phone mum didn't know about and new clothes and trainers she can't explain. Police have added a CSE marker. She has been home every night this week and is in school today. Mum (Shapla Hossain) is frightened for her and agrees with the step up.

Our team manager is on leave this week, so the step up was agreed by Shirin Akhtar, our Deputy Team Manager, in my supervision yesterday.

The MARF is attached as an RTF because my laptop only has WordPad at the moment - sorry.

Sabrina Lowe
Family Support Practitioner | Targeted Early Help (Stepney & Wapping) | London Borough of Tower Hamlets
020 7946 0795
""") + "\n" + TDISC
    marf = rtf_att("MARF - Hossain - Jan 2035.rtf", [
        ("h", "Multi-Agency Request for Support (MARF)"),
        ("table", [["Child's name", "Nusrat Hossain"], ["Date of birth", "08/06/2022"], ["Mosaic ID", "5102236"],
                   ["Address", "Flat 22, Pennyfields House, E14 9ZZ"],
                   ["Parent / carer", "Shapla Hossain (mother)"],
                   ["Reason for request", "Three missing episodes since 25/12/2034, found with older males; CSE "
                                          "marker; unexplained phone and gifts. Early Help plan not reducing risk."],
                   ["Consent", "Mother consents to this request - 23/01/2035"],
                   ["Manager", "Shirin Akhtar, Deputy Team Manager - agreed 24/01/2035"]], [2400, 6200]),
        ("p", "Completed by Sabrina Lowe, Family Support Practitioner, 24/01/2035.")])
    top = outlook_top(f, addr("Lowe, Sabrina", "Sabrina.Lowe@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - Hossain", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["5102236"], [ch("Nusrat Hossain", "2022-06-08", "08/06/2022")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "A DEPUTY MANAGER AGREEING and the MARF as an .RTF ATTACHMENT (WordPad): 'agreed by Shirin Akhtar, our Deputy "
        "Team Manager, in my supervision' -> manager true (a deputy acting for the TM is management oversight); the "
        "MARF (.rtf, an accepted document type) meets request_for_support -> nothing missing -> book_meeting. The "
        "Mosaic ID is only in the RTF's table. Concerns: CSE (exploitation) and three missing episodes. Not urgent: "
        "she has been home every night this week and is in school today, police aware - the risk is the reason for "
        "the step-up, not an emergency today.",
        not_children=["Shapla Hossain", "Shirin Akhtar", "Sabrina Lowe"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2035-03-07 16:12:26"
    body = T("""
Hi MAST,

MARF attached for Mariam Siddiqui (DOB 14/12/2032), Mosaic 5834407.

Mariam had six teeth taken out under general anaesthetic in November and the dentist says the rest are going the same way; she still has no toothbrush at home. The flat is very cluttered with rubbish bags in the hallway and Mariam is often in nappies that haven't been changed when she arrives at nursery. Mum consents to the referral.

My TM, Joanne Pike, has agreed the step up in principle but wants the health visitor's view added to the MARF before she formally signs it off. I'll send the updated MARF when I have it - hopefully early next week.

Thanks
Kieran

Kieran Tapper
Early Help Practitioner | Targeted Early Help (Poplar) | London Borough of Tower Hamlets
020 7946 0719
""") + "\n" + TDISC
    atts = [docx_att("MARF - Siddiqui - March 2035.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Mariam Siddiqui, DOB 14/12/2032, Mosaic 5834407",
        "Parent: Hafsa Siddiqui (mother)",
        "Reason: dental neglect (six extractions under GA, 11/2034), poor home conditions, unchanged nappies at "
        "nursery; Early Help plan since August 2034 has not improved things.",
        "Consent: mother consents (06/03/2035).",
        "Manager sign-off: [awaiting - health visitor's view to be added]"])]
    top = outlook_top(f, addr("Tapper, Kieran", "Kieran.Tapper@" + TDOM), addr("MAST", TMAST),
                      "Step up MARF - Siddiqui", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["5834407"], [ch("Mariam Siddiqui", "2032-12-14", "14/12/2032")],
        ["neglect"], True, None, ["manager_agreed"], None, "request_info",
        "A MANAGER WHO AGREES 'IN PRINCIPLE' PENDING SOMETHING: 'has agreed the step up in principle but wants the "
        "health visitor's view added to the MARF before she formally signs it off', and the MARF's sign-off box "
        "says 'awaiting' -> agreement not yet given -> manager_agreed null and missing (Tower Hamlets step-up needs "
        "management oversight) -> request_info. MARF attached, consent given. Concern: neglect (dental decay, home "
        "conditions, unchanged nappies).",
        not_children=["Hafsa Siddiqui", "Joanne Pike", "Kieran Tapper"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2035-03-28 08:51:40"
    data = itip_reply(f, when, "Nadim Rahman", "nadim.rahman@" + TDOM, ("Early Help Hub", THUB), "DECLINED",
                      "TAF meeting - Chowdhury [SB-tower_hamlets-73]", "20350404T140000", "20350404T153000",
                      "Microsoft Teams Meeting",
                      comment="Declining - Sultana from the co-ordinator team will attend instead.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT naming a colleague who will attend; sent in BST "
        "(+0100) for a TAF meeting on Wed 4 April 14:00 BST. meeting_reply -> record_reply; surname only, no child.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2035-01-30 12:05:14"
    body = T("""
Hello Early Help Hub,

Step down to a TAF for Abdul-Rahman Miah (DOB 16/04/2025), Mosaic 5477120. Everyone - family, school, even his GP - calls him Ronny, so you'll see "Ronny" all through the assessment.

- C&F assessment (concluded 24/01/2035) attached.
- Draft TAF plan attached.
- Lead Practitioner: Sultana Begum, Learning Mentor, Shadwell Fields Primary - she knows Ronny well and has agreed.
- Consent: mum and dad both consent to the step down and to Sultana leading.
- TAF meeting: I will chair it on Tuesday 6 February 2035 at 10:00 at Shadwell Fields Primary.

Worries: Ronny has ADHD and is on the waiting list for an EHCP needs assessment; his outbursts at home are fewer since his medication was reviewed.

Thanks
Oliver

Oliver Brandt
Social Worker | Children's Social Care - Locality Team West | London Borough of Tower Hamlets
020 7946 0741
""") + "\n" + TDISC
    atts = [pdf_att("C&F Assessment - Ronny Miah - 24.01.2035.pdf", "Child and Family Assessment",
                    ["Child: Abdul-Rahman (Ronny) Miah, 16/04/2025. Mosaic 5477120.",
                     "Concluded 24/01/2035. Outcome: step down to a Team Around the Family."]),
            docx_att("Draft TAF plan - Ronny Miah.docx", [
                "# Draft TAF plan",
                "1. School to continue the ADHD support plan; SENCo to submit the EHCP needs assessment request.",
                "2. Parents to attend the ADHD parenting course at the family hub.",
                "3. Lead Practitioner (Sultana Begum) to review at 6 weeks."])]
    top = outlook_top(f, addr("Brandt, Oliver", "Oliver.Brandt@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Ronny Miah - TAF 06/02", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["5477120"], [ch("Abdul-Rahman Miah", "2025-04-16", "16/04/2025")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "A CHILD KNOWN BY A NICKNAME THAT LOOKS LIKE A FULL NAME: the subject and attachment names say 'Ronny Miah'; "
        "the body gives his legal name, 'Abdul-Rahman Miah ... calls him Ronny' -> one child, labelled by his own "
        "name. Complete Tower Hamlets step-down: C&F assessment and draft TAF plan attached, both parents consent, a "
        "named Lead Practitioner with her agency -> book_meeting (the social worker's TAF date is recorded). ADHD "
        "awaiting an EHCP needs assessment -> disability_send.",
        not_children=["Sultana Begum", "Oliver Brandt"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2035-03-26 08:03:11"
    body = T("""
Thank you for your email to Shadwell Fields Primary School.

The school is closed for the Easter holidays from Friday 23 March and reopens on Tuesday 10 April 2035. This mailbox is not monitored during the holidays.

If you have a safeguarding concern about a child at our school, please contact MAST on 0207 364 5606 (out of hours, in an emergency only, 0207 364 4079). If a child is in immediate danger call 999.

Shadwell Fields Primary School
""")
    data = ooo(f, when, "Shadwell Fields Primary School - Office", "office@shadwellfields.example.sch.uk",
               addr("MAST", TMAST), "RE: MAST - information request - Hussain", body,
               extra=[("X-Autoreply", "yes")])
    add(f, data, "tower_hamlets", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A school's holiday auto-reply sent on EASTER MONDAY (a bank holiday, in BST +0100): Auto-Submitted: "
        "auto-replied, X-Autoreply; the MAST numbers and '999' are the school's boilerplate -> auto_reply, ignore.")

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
BDISC = T("""
Torbay Council: this email and any attachments are confidential. If you have received it in error, please notify the sender and delete it.
""")

def torbay_01():
    f = "torbay_01.eml"; when = "2035-01-16 10:11:46"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a level 3 step-down for Harper Kessell (DOB 19/08/2031) and Finn Kessell (DOB 02/02/2032), LCS-771204 / LCS-771205.

- Single Assessment attached, with my analysis and the rationale for stepping down.
- Our team manager is on leave until the 29th, so Becky Shute (ATM) has recorded the manager's analysis on LCS and agrees the threshold for level 3 is met.
- Mum (Jodie Kessell) consents to level 3 Early Help - she signed at my visit yesterday.

Worries: Jodie's anxiety (GP and Talkworks), Harper's attendance 88% this year.

Finn is under 5, so I think this needs the under-5s triage?

Thanks
Gemma

Gemma Luscombe
Social Worker | Single Assessment Team | Torbay Council
01632 960318
""") + "\n" + BDISC
    atts = [docx_att("Single Assessment - Kessell - Jan 2035.docx", [
        "# Single Assessment - Kessell",
        "Children: Harper Kessell (19/08/2031), Finn Kessell (02/02/2032).",
        "Social worker's analysis: needs relate to mum's anxiety and Harper's attendance; no safeguarding concerns "
        "at level 4; family want support.",
        "Rationale for step-down: the family's needs can be met by a level 3 Early Help response.",
        "Manager's analysis (B. Shute, ATM, 15/01/2035): threshold for level 3 intervention met."])]
    top = outlook_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("Early Help", TEH),
                      "Triage slot please - step down - Kessell", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-771204", "LCS-771205"],
        [ch("Harper Kessell", "2031-08-19", "19/08/2031"), ch("Finn Kessell", "2032-02-02", "02/02/2032")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "AN ATM AGREEING: the team manager is on leave and 'Becky Shute (ATM) has recorded the manager's analysis on "
        "LCS and agrees the threshold for level 3 is met' (also in the assessment) -> manager true. Single Assessment "
        "attached, mum consents -> nothing missing -> book_meeting; Finn (2) is under 5, so the under-5s triage "
        "applies. Level 3 stated. 'LCS-771204' keeps its joined prefix.",
        not_children=["Jodie Kessell", "Becky Shute", "Gemma Luscombe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2035-02-01 14:37:20"
    body = T("""
Hello MASH,

I am family worker from Early Help Paignton, I am working with the family of Miss Chloe Widdicombe since December. Today at 1.40 pm I make home visit.

I see the baby Lola Widdicombe (born 12.11.2034) have on the both cheeks red and blue marks, like fingers - four on one side and one on other side. Also small red spots around the eyes. Chloe she say the baby fall from the bed, but the baby is 11 weeks, she cannot turn yet. The boyfriend Kyle Soper is not in the house, Chloe tell me he come back from work at 5 o'clock and he is "very angry with the crying".

I talk with my manager Sarah Penhale on the phone, she agree we must contact you now. Chloe give consent for this contact to MASH. I am staying near the house in my car.

Agnieszka Nowicka
Family Worker | Early Help Paignton | Torbay Council
07700 900591
""") + "\n" + BDISC
    top = outlook_top(f, addr("Nowicka, Agnieszka", "Agnieszka.Nowicka@" + BDOM), addr("MASH", TMASH),
                      "Baby Lola Widdicombe - marks on face", when,
                      cc=addr("Penhale, Sarah", "Sarah.Penhale@" + BDOM),
                      extra=[("Importance", "high")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Lola Widdicombe", "2034-11-12", "12.11.2034")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "A PRACTITIONER WHOSE FIRST LANGUAGE IS NOT ENGLISH describes WHAT SHE SAW: finger-shaped red and blue marks "
        "on both cheeks and petechiae round the eyes of an 11-week-old who cannot roll, an explanation that does not "
        "fit, and the man who is 'very angry with the crying' home at 5 o'clock -> immediate risk -> urgent, "
        "alert_duty. It is a contact to MASH from the Early Help worker (Torbay step-up): manager Sarah Penhale "
        "agreed, Chloe consents -> nothing missing. DOB written 12.11.2034 (before now).",
        not_children=["Chloe Widdicombe", "Kyle Soper", "Sarah Penhale", "Agnieszka Nowicka"])

def torbay_03():
    f = "torbay_03.eml"; when = "2035-02-20 11:30:08"
    body = T("""
Hi,

Please can I book a triage slot for a level 3 step-down for Daisy Ellacott (DOB 23/05/2024) and Jack Ellacott (DOB 10/10/2027), LCS-768830 and LCS-768831.

The Single Assessment with my analysis is attached. Lisa Cundy (TM) completed the manager's analysis on 19/02 and agrees level 3 is met. Mum, Donna Ellacott, consents to level 3 Early Help.

You may see a police notification on LCS from Saturday. It is about the children's older sister, Kayleigh Ellacott, who is 19 and lives in her own flat in Torquay: she was assaulted there by her boyfriend on Friday night. She is an adult, she is being supported by the IDVA service and adult social care, and the boyfriend has been charged and remanded in custody. Daisy and Jack were not there, have never met him and there is no risk to them from this. It doesn't change the step-down plan.

Worries for the step-down: Jack's attendance (85%) and Donna's back injury, which means she struggles with the school run.

Thanks
Tom

Tom Heard
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960377
""") + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Ellacott - Feb 2035.pdf", "Single Assessment - Ellacott",
                    ["Children: Daisy Ellacott (23/05/2024), Jack Ellacott (10/10/2027).",
                     "Analysis: needs at level 3 (attendance; practical support for mum).",
                     "Manager's analysis: L. Cundy, TM, 19/02/2035 - threshold for level 3 met."])]
    top = outlook_top(f, addr("Heard, Tom", "Tom.Heard@" + BDOM), addr("Early Help", TEH),
                      "Step down triage request - Ellacott", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-768830", "LCS-768831"],
        [ch("Daisy Ellacott", "2024-05-23", "23/05/2024"), ch("Jack Ellacott", "2027-10-10", "10/10/2027")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - RISK TO AN ADULT ONLY: the 'assaulted ... by her boyfriend' is about the children's 19-year-old "
        "sister in her own flat; she is an adult supported by the IDVA and adult services, he is remanded, and the "
        "children were not there and have no contact -> not urgent, and no domestic_abuse concern for this "
        "household. Kayleigh is never a child. Complete Torbay step-down: Single Assessment, TM's analysis, consent "
        "-> book_meeting. Concern: Jack's 85% attendance (mum's back injury is her health, not a listed concern).",
        not_children=["Kayleigh Ellacott", "Donna Ellacott", "Lisa Cundy", "Tom Heard"])

def torbay_04():
    f = "torbay_04.eml"; when = "2035-02-14 15:02:55"
    body = T("""
Dear Sir/Madam,

Re: Flat 3, 18 Orchard Rise, Paignton, TQ4 9ZZ - concerns identified during a tenancy visit

A tenancy visit was carried out at the above address at 13:20 today following reports of noise from neighbours.

The door was answered by a child, believed to be approximately 5 years of age, who gave her name as Maisie Rowe. No adult was present in the property. A second child, an infant of approximately 12 months, was observed in a cot in the rear bedroom; the infant was found to be soaked through and crying, and the cot mattress was wet. A strong smell of cannabis was noted throughout the flat. No food was observed in the kitchen and the fridge was found to be empty.

It was stated by Maisie that "Mummy went to the shop yesterday". Attempts were made to contact the tenant, Miss Jade Rowe, by telephone on three occasions; these were unsuccessful.

The officer was required to leave the property at 13:50 to attend another appointment. The children remain in the property.

This matter is being reported for your attention.

Yours faithfully

Neil Parkhouse
Tenancy Enforcement Officer
Torbay Coast Homes
01632 960455
""")
    top = outlook_top(f, addr("Neil Parkhouse", "neil.parkhouse@torbaycoasthomes.example.org.uk"),
                      addr("MASH", TMASH), "Concerns identified at tenancy visit - Flat 3, 18 Orchard Rise", when,
                      mid_domain="AM9PR08MB6620.eurprd08.prod.outlook.com")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Maisie Rowe")], ["neglect", "substance_misuse"], None, None, [],
        None, "alert_duty",
        "A HOUSING OFFICER'S REPORT IN THE PASSIVE VOICE ('was carried out', 'was observed', 'was found', 'It was "
        "stated by', 'Attempts were made'): a 5-year-old and a 12-month-old alone in a flat, the infant soaked and "
        "crying, no food, mum gone 'to the shop yesterday', and 'The children remain in the property' -> immediate "
        "risk -> urgent, alert_duty. Not a practitioner's step request -> kind other, nothing required. Concerns: "
        "neglect and the cannabis smell (substance_misuse). The infant is unnamed; Jade Rowe is the tenant.",
        not_children=["Jade Rowe", "Neil Parkhouse"])

def torbay_05():
    f = "torbay_05.eml"; when = "2035-03-02 09:26:40"
    body = T("""
Morning MASH,

I'm the Early Help lead practitioner for the Yeo family and I'm making a contact for level 4 consideration for Ellis Yeo (DOB 07/07/2022) and Macy Yeo (DOB 21/03/2027), EHM-41786.

Mum, Leanne Yeo, has schizophrenia and stopped her depot injection in January. Since then she has become low and withdrawn and has hardly left the house; the CMHT are reviewing her this week. Ellis (12) is doing everything - shopping, cooking, getting Macy to school - and he has missed 14 days of school himself this half term. Dad is not involved.

My team manager, Clare Vosper, and I agree this needs considering for a level 4 response - we discussed it yesterday afternoon.

Mum signed our consent to share / consent to contact MASH form at my visit this morning - I'll scan it in when I'm back at the office; I haven't attached it.

Thanks
Dawn

Dawn Stapleton
Lead Practitioner | Early Help Brixham | Torbay Council
01632 960402
""") + "\n" + BDISC
    top = outlook_top(f, addr("Stapleton, Dawn", "Dawn.Stapleton@" + BDOM), addr("MASH", TMASH),
                      "Contact for level 4 consideration - Yeo - EHM-41786", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-41786"],
        [ch("Ellis Yeo", "2022-07-07", "07/07/2022"), ch("Macy Yeo", "2027-03-21", "21/03/2027")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "A SIGNED FORM MENTIONED BUT NOT ATTACHED: 'Mum signed our consent ... form at my visit this morning - I'll "
        "scan it in ... I haven't attached it' -> consent is stated as given -> true; Torbay's step-up needs the fact "
        "of consent, not the form, so nothing is missing. Worker and TM Clare Vosper agree level 4 consideration -> "
        "manager true -> book_meeting. Concerns: mum's schizophrenia off medication, Ellis as a young carer, his 14 days "
        "missed. Not urgent: the CMHT are reviewing mum and nothing describes harm or a threat today.",
        not_children=["Leanne Yeo", "Clare Vosper", "Dawn Stapleton"])

def torbay_06():
    f = "torbay_06.eml"; when = "2035-03-09 12:20:15"
    body = T("""
Hello,

Contact to MASH for Mason Lethbridge (DOB 30/01/2021), EHM-40972 - I'm his Early Help lead practitioner (Torquay).

Mason (14) has been missing from home four times since January, twice overnight. The last time he came home with £400 in cash and a new phone, and police found him in Plymouth with two adult men who are known for county lines. He has been excluded for carrying a knife in school. The Early Help plan isn't keeping him safe and my team manager, Rob Kingdon, agreed on Thursday that we should ask for a level 4 response.

Consent: I spoke to dad, Wayne Lethbridge, on the phone at 11:05 today. He gave verbal consent for this contact to MASH and I've recorded it as an EHM case note (09/03/2035, 11:12).

Mason is at home with dad today and is due back at the PRU on Monday.

Dawn Pengelly
Lead Practitioner | Early Help Torquay | Torbay Council
01632 960426
""") + "\n" + BDISC
    top = outlook_top(f, addr("Pengelly, Dawn", "Dawn.Pengelly@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - Lethbridge - EHM-40972", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-40972"], [ch("Mason Lethbridge", "2021-01-30", "30/01/2021")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "VERBAL CONSENT RECORDED BY PHONE: 'I spoke to dad ... on the phone ... He gave verbal consent for this "
        "contact to MASH and I've recorded it as an EHM case note' -> consent true. TM Rob Kingdon agreed -> manager "
        "true -> nothing missing -> book_meeting. Concerns: county lines (exploitation) and four missing episodes; "
        "he is at home with dad today, so the risk is the reason for the contact, not an emergency.",
        not_children=["Wayne Lethbridge", "Rob Kingdon", "Dawn Pengelly"])

def torbay_07():
    f = "torbay_07.eml"; when = "2035-03-29 10:40:33"
    body = T("""
Hi,

Here's the Single Assessment for Ruby Hannaford that was missing - sorry, I thought I'd attached it last week.

Thanks
Jess

Jess Brimacombe
Social Worker | Single Assessment Team | Torbay Council

""") + stepbot_ack("SB-torbay-112", [
        "On 22 Mar 2035, at 15:10, Early Help <earlyhelp@torbay.gov.uk> wrote:",
        "",
        "Thank you. Your step-down request has been received.",
        "Reference: SB-torbay-112",
        "What is missing:",
        "- the Single Assessment with your analysis and the rationale behind the decision to step down",
        "Please reply to this email with the missing information. Keep [SB-torbay-112] in the subject."])
    atts = [pdf_att("Single Assessment - Hannaford - Mar 2035.pdf", "Single Assessment - Hannaford",
                    ["Child: Ruby Hannaford.", "Analysis and rationale for step-down to level 3 Early Help."])]
    top = outlook_top(f, addr("Brimacombe, Jess", "Jess.Brimacombe@" + BDOM), addr("Early Help", TEH),
                      "RE: [SB-torbay-112] Step-down request received - what is missing", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [ch("Ruby Hannaford")], [], None, None, [], None,
        "attach_to_request",
        "A reply to stepbot's acknowledgement ([SB-torbay-112] in the subject) supplying the missing Single "
        "Assessment -> follow_up -> attach_to_request; sent in BST (+0100). The quoted 'What is missing:' heading is "
        "not the 'missing' concern.",
        not_children=["Jess Brimacombe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2035-03-21 16:45:02"
    body = T("""
Hi Early Help,

Sorry for the URGENT in the subject - it's only about timing. Evie's CIN plan ends on Wednesday 28 March and I'm on leave from Friday, so I'd really like her in the triage on Tuesday 27th if there's a slot. There are no safeguarding concerns at all - this is a planned step-down that everyone, including Evie, is happy with.

Evie Gillard (DOB 06/06/2030), LCS-770019.
- Single Assessment with my analysis attached.
- Lisa Cundy (TM) has done the manager's analysis on LCS and agrees level 3 is met.
- Mum, Kirsty Gillard, consents.

Worries: Evie's anxiety about school - she has been refusing to go in on Mondays (attendance 82%); CAMHS have her on the waiting list.

Thanks
Priya

Priya Salter
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960391
""") + "\n" + BDISC
    atts = [docx_att("Single Assessment - Gillard.docx", [
        "# Single Assessment - Evie Gillard (06/06/2030)",
        "Analysis: emotional wellbeing and school attendance; needs can be met at level 3.",
        "Rationale for step-down: CIN plan objectives met; family want continued support."])]
    top = outlook_top(f, addr("Salter, Priya", "Priya.Salter@" + BDOM), addr("Early Help", TEH),
                      "URGENT - step down triage slot needed before Easter - Gillard", when,
                      extra=[("Importance", "high")])
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["LCS-770019"], [ch("Evie Gillard", "2030-06-06", "06/06/2030")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - 'URGENT' IN THE SUBJECT ABOUT A DEADLINE (and Importance: high): the body says it is 'only about "
        "timing' before the Easter weekend and 'There are no safeguarding concerns at all' -> not urgent. Complete "
        "Torbay step-down: Single Assessment attached, TM's analysis, mum consents -> book_meeting. No level stated "
        "-> null. Concern: school refusal, 82% attendance.",
        not_children=["Kirsty Gillard", "Lisa Cundy", "Priya Salter"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
HDISC = T("""
Herefordshire Council - this email and its attachments are intended for the addressee only and may contain confidential information. If you have received it in error please tell the sender and delete it.
""")

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2035-01-11 14:16:37"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Elsie Watkins (DOB 04/04/2026) and Noah Watkins (DOB 15/09/2028), Mosaic IDs 1846620 and 1846621, stepping down to level 3. I discussed the plan with Verity Lang last week.

Key person: Rachel Powell, Family Support Worker, Leominster Family Hub - agreed with mum.

Background, because it is the first thing you will see on Mosaic: the children were on a child protection plan under the category of physical abuse from March 2032 to September 2033, after Noah's arm was broken by their father. He was convicted in 2032, has had no contact with the children since and now lives in Scotland; there is a restraining order. The CP plan ended in September 2033 and the children have been on a CIN plan since. Nothing of that kind has happened since and there are no current child protection concerns.

Current worries are mum's anxiety (she is working with Talking Therapies) and Elsie's attendance, which was 87% in the autumn term.

Kind regards
Owen

Owen Bevan
Social Worker | Children in Need Team (North) | Herefordshire Council
01632 960512
""") + "\n" + HDISC
    atts = [docx_att("EHA step-down plan - Watkins - Jan 2035.docx", [
        "# Early Help Assessment - step-down plan (level 3)",
        "Children: Elsie Watkins (04/04/2026); Noah Watkins (15/09/2028). Mosaic 1846620 / 1846621.",
        "Key person: Rachel Powell, Family Support Worker, Leominster Family Hub.",
        "What needs to happen: mum to continue Talking Therapies; school attendance support for Elsie; key person "
        "to hold the first TAF within 6 weeks.",
        "Decision to step down: CIN review 08/01/2035."]),
            pdf_att("Signed consent form - Watkins.pdf", "Early Help consent form - signed",
                    ["I consent to my family receiving Early Help support and to information being shared.",
                     "Signed: Gemma Watkins (mother)   Date: 09/01/2035"])]
    top = outlook_top(f, addr("Bevan, Owen", "Owen.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Watkins - level 3", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1846620", "1846621"],
        [ch("Elsie Watkins", "2026-04-04", "04/04/2026"), ch("Noah Watkins", "2028-09-15", "15/09/2028")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - HISTORIC HARM CLEARLY CLOSED: a broken arm caused by the father, a CP plan for physical abuse, a "
        "conviction and a restraining order - all 2032-2033, the plan ended in September 2033, no contact since, "
        "'Nothing of that kind has happened since and there are no current child protection concerns' -> not "
        "urgent, and physical_harm / domestic_abuse are not current concerns. Complete Herefordshire sibling-group "
        "step-down: EHA step-down plan (.docx), signed consent form (PDF), key person with agency -> book_meeting. "
        "Level 3 stated. 'Mosaic IDs 1846620 and 1846621' -> the numbers.",
        not_children=["Rachel Powell", "Gemma Watkins", "Owen Bevan", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2035-01-23 09:33:50"
    body = T("""
Hi,

Step-down plan attached for Archie Bufton (DOB 28/02/2021), Mosaic 1903377. I talked it through with Xavier at the drop-in last Tuesday.

Key person: Gareth Lloyd, Youth Worker, Kington Youth Project - he has agreed and Archie already knows him from the Friday club.

Consent: mum signed the written consent form when I visited on Friday - it's scanned onto Mosaic and the original is on the file. I can send you a copy if you need it.

Worries: mum's drinking (she has been in recovery since the summer, with one lapse at Christmas) and Archie's attendance (83%).

Thanks
Hannah

Hannah Goode
Social Worker | Children in Need Team (West) | Herefordshire Council
01632 960534
""") + "\n" + HDISC
    atts = [docx_att("EHA step-down plan - Bufton.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Archie Bufton (28/02/2021), Mosaic 1903377.",
        "Key person: Gareth Lloyd, Youth Worker, Kington Youth Project.",
        "What needs to happen: Archie to keep going to the Friday club; school to support attendance; mum to stay "
        "in touch with the recovery service."])]
    top = outlook_top(f, addr("Goode, Hannah", "Hannah.Goode@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Bufton", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1903377"], [ch("Archie Bufton", "2021-02-28", "28/02/2021")],
        ["school_attendance", "substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "A SIGNED FORM MENTIONED BUT NOT ATTACHED: 'mum signed the written consent form ... it's scanned onto Mosaic "
        "... I can send you a copy' -> consent true (stated as given), but Herefordshire requires the family's "
        "written consent with the plan and the form is not attached -> consent_form missing -> request_info. Plan "
        "attached, key person with agency. No level stated -> null.",
        not_children=["Gareth Lloyd", "Hannah Goode"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2035-02-28 11:52:19"
    body = T("""
Dear Sirs

Our client: Ms Laura Price
Children: Poppy Price (born 02/10/2027) and Freddie Price (born 11/06/2031)
Our ref: EV/PRI/4471

We act for Ms Price in private law proceedings in the Family Court at Hereford concerning the above children.

Our client informs us that in November 2033 the children's father assaulted her at the family home and threatened to take the children. He was convicted of assault in March 2034 and a non-molestation order remains in force until 2036. We understand that your department carried out a single assessment in late 2033, which closed in February 2034 with no further action.

We should be grateful if you would confirm whether your department holds records of that assessment and, if so, the procedure for requesting disclosure of them for the purposes of the proceedings. A signed form of authority from our client is available on request.

For the avoidance of doubt, this letter is not a referral. Our client reports no current concerns; the children live with her and have had no contact with their father since November 2033.

Yours faithfully

Eleanor Vaughan
Solicitor
Wye Valley Family Law LLP
01632 960577
""")
    top = outlook_top(f, addr("Eleanor Vaughan", "e.vaughan@wyevalleyfamilylaw.example.co.uk"), addr("MASH", HMASH),
                      "Our client: Ms Laura Price - request for disclosure - our ref EV/PRI/4471", when,
                      mid_domain="LO3P123MB2201.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Poppy Price", "2027-10-02", "02/10/2027"), ch("Freddie Price", "2031-06-11", "11/06/2031")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A SOLICITOR'S FORMAL LETTER ('Dear Sirs', 'We act for', 'Yours faithfully') about an assault and "
        "a threat to take the children in November 2033, a conviction and a non-molestation order - all historic, an "
        "assessment closed in 2034, 'this letter is not a referral', no current concerns and no contact since -> not "
        "urgent, no current concern. A disclosure request, not a step request -> kind other -> human_review. The "
        "firm's reference EV/PRI/4471 is not a case id.",
        not_children=["Laura Price", "Eleanor Vaughan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2035-03-02 10:05:31"
    body = T("""
Hello MASH,

I would like to step up Leo Hamer (DOB 13/07/2029), Mosaic ID 1920443, from Early Help to Children's Social Care.

We have had a TAF since May 2034 for neglect: Leo is often hungry at school, has had head lice for months, and his teeth are badly decayed (he is in pain and has missed two dental appointments). Dad has been given clear support and has not been able to make the changes. I attach my summary and the last TAF minutes.

Dad, Shaun Hamer, knows I am asking for a step up and agrees - he says he "can't do it on his own".

My manager, Kate Preece (Early Help Team Manager), has agreed the step up.

Many thanks
Sian

Sian Morgan
Early Help Practitioner | Early Help Locality Team (Ross-on-Wye) | Herefordshire Council
01632 960548
""") + "\n" + HDISC
    atts = [docx_att("Step up summary - Hamer.docx", [
        "# Step up summary - Leo Hamer (13/07/2029), Mosaic ID 1920443",
        "TAF since 05/2034 (neglect). GCP2 completed 02/2035: physical care and health at level 4.",
        "Dad (single carer) consents to the step up."]),
            pdf_att("TAF minutes - Hamer - 20.02.35.pdf", "TAF minutes - Hamer - 20/02/2035",
                    ["Present: school, school nurse, Early Help. Dad attended.",
                     "Agreed: no improvement; Early Help to request a step up."])]
    top = outlook_top(f, addr("Morgan, Sian", "Sian.Morgan@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Leo Hamer", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1920443"], [ch("Leo Hamer", "2029-07-13", "13/07/2029")],
        ["neglect"], True, True, [], None, "human_review",
        "A step-up to Herefordshire, whose protocol defines no step_up (REQUIREMENTS: 'step_up is not defined by this "
        "seed') -> human_review, with missing [] and notice null (no requirements for an undefined kind). Fields "
        "still labelled: 'Mosaic ID 1920443' -> '1920443'; dad 'agrees' -> consent true; TM agreed -> manager true; "
        "neglect.",
        not_children=["Shaun Hamer", "Kate Preece", "Sian Morgan"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2035-02-19 13:48:06"
    bullets = [
        "08:50 - Marden Road Primary rang: Jacob Harris arrived with a swollen, bruised left ear and a cut lip.",
        "09:30 - I saw Jacob at school with the DSL. He said mum's new partner, Darren, \"smacked me round the head "
        "with the TV remote\" last night because he wouldn't go to bed, and that it \"happens when mum's at work\".",
        "10:15 - rang mum (Stacey Harris) three times, no answer.",
        "11:40 - home visit: no answer at the door; Darren's car on the drive; I could hear Mia Harris (2) crying "
        "inside.",
        "12:30 - told my TM, Bev Carwardine; she has asked for a strategy discussion but there is no time yet.",
        "15:15 - Darren is down on the school's list to collect Jacob today.",
    ]
    text = ("Please hold the step-down below - chronology of today:\n\n"
            + "".join("\u2022 %s\n" % b for b in bullets)
            + "\nI'm going back to the house now. Rebecca\n\nRebecca Lane\nSocial Worker | Children in Need Team "
              "(South) | Herefordshire Council\n07700 900653\n\n")
    text += stepbot_ack("SB-herefordshire-41", [
        "On 14 Feb 2035, at 11:26, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:",
        "",
        "Thank you. Your step-down request has been received.",
        "Reference: SB-herefordshire-41",
        "Children: Jacob Harris (14/05/2027), Mia Harris (09/09/2032)",
        "Nothing is missing. A co-ordinator will process the plan."])
    htm = bullet_html(["Please hold the step-down below - chronology of today:"], bullets,
                      ["", "I'm going back to the house now. Rebecca", "", "Rebecca Lane",
                       "Social Worker | Children in Need Team (South) | Herefordshire Council", "07700 900653"])
    body = multipart("alternative", [text_part(text, crlf=True), text_part(htm, "html", crlf=True)], bnd(f, 2))
    top = outlook_top(f, addr("Lane, Rebecca", "Rebecca.Lane@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-41] Step-down request received - Harris children - PLEASE HOLD", when,
                      extra=[("Importance", "high")])
    add(f, build(top, body, True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, [],
        [ch("Jacob Harris", "2027-05-14", "14/05/2027"), ch("Mia Harris", "2032-09-09", "09/09/2032")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A BULLETED CHRONOLOGY (times only, no 'urgent' or 'immediate'): a fresh head injury a 7-year-old attributes "
        "to mum's partner, repeated when mum is at work; mum unreachable; the partner at home with the 2-year-old "
        "crying inside; no strategy discussion yet; and the partner collecting Jacob at 15:15 today -> immediate risk "
        "-> urgent, alert_duty, which overrides attach_to_request on this follow_up to [SB-herefordshire-41]. DOBs "
        "only in the quoted acknowledgement.",
        not_children=["Stacey Harris", "Bev Carwardine", "Rebecca Lane"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2035-03-27 08:05:44"
    data = google_reply(f, when, "Amy Jenkins", "amy.jenkins@marchesyouth.example.org.uk",
                        ("Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-52]", "20350403T083000Z", "20350403T090000Z")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED) from a voluntary-sector key person's Google Workspace, in UTC: DTSTART 20350403T083000Z is the Tuesday drop-in at "
        "09:30 BST (the subject shows '09:30 - 10:00 (BST)'); sent in BST (+0100) two days after the clock change. "
        "meeting_reply -> record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2035-03-23 09:00:12"
    body = T("""
Thank you for your email. I am out of the office for the Easter bank holiday weekend (Good Friday 23 March to Easter Monday 26 March) and will reply when I am back on Tuesday 27 March.

If your email is about a child at immediate risk, please phone the MASH, or 999 in an emergency.

Xavier Moss
Early Help Co-ordinator | Herefordshire Council
""")
    data = ooo(f, when, "Moss, Xavier", "xavier.moss@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "RE: [SB-herefordshire-49] Step-down plan - Lewis", body)
    add(f, data, "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange out-of-office sent on GOOD FRIDAY (a bank holiday, +0000) by a co-ordinator, with Auto-Submitted: "
        "auto-replied; the 'immediate risk ... 999' line is boilerplate and the [SB-] reference in the subject does "
        "not make it a follow-up -> auto_reply, ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2035-03-15 12:30:48"
    body = T("""
Hi,

Two things for the Bayliss step-down:

1. Key person: Joanne Price, Family Support Worker, Bromyard Family Hub - she has met Scarlett Bayliss and Ollie Bayliss and their dad and has agreed to take it on.
2. The signed consent form is attached (dad signed it yesterday).

Thanks
Laura

Laura Haines
Social Worker | Children in Need Team (East) | Herefordshire Council

""") + stepbot_ack("SB-herefordshire-47", [
        "On 12 Mar 2035, at 09:41, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:",
        "",
        "Thank you. Your step-down request has been received.",
        "Reference: SB-herefordshire-47",
        "What is missing:",
        "- the family's written consent",
        "- the details of the key person agreed with the family to lead on this step-down"])
    atts = [pdf_att("Consent form - Bayliss - signed.pdf", "Early Help consent form - signed",
                    ["I consent to Early Help support for my children and to information being shared.",
                     "Signed: Carl Bayliss (father)   Date: 14/03/2035"])]
    top = outlook_top(f, addr("Haines, Laura", "Laura.Haines@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-47] Step-down request received - what is missing", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, [], [ch("Scarlett Bayliss"), ch("Ollie Bayliss")], [], True, None,
        [], None, "attach_to_request",
        "A reply to stepbot's acknowledgement ([SB-herefordshire-47]) supplying the key person and the signed consent "
        "form -> follow_up -> attach_to_request (missing [] for a follow_up). 'dad signed it' -> consent true. The "
        "key person Joanne Price is an adult.",
        not_children=["Joanne Price", "Carl Bayliss", "Laura Haines"])
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
# England & Wales bank holidays 2035 (gov.uk pattern): New Year's Day Monday 1 January; Easter Sunday is 25 March 2035,
# so Good Friday is 23 March and Easter Monday 26 March; early May 7 May; spring 28 May; summer 27 August; Christmas
# Day Tuesday 25 December; Boxing Day Wednesday 26 December. Good Friday and Easter Monday fall inside the window.
# (Cross-checked against the `holidays` package, which set_checks() requires.)
BANK_HOLIDAYS = {date(2035, 1, 1), date(2035, 3, 23), date(2035, 3, 26), date(2035, 5, 7), date(2035, 5, 28),
                 date(2035, 8, 27), date(2035, 12, 25), date(2035, 12, 26)}
GOOD_FRIDAY, EASTER_MONDAY = date(2035, 3, 23), date(2035, 3, 26)
WINDOW = (datetime(2035, 1, 8, tzinfo=LON), datetime(2035, 3, 30, 23, 59, 59, tzinfo=LON))
# BST starts at 01:00 UTC on the last Sunday of March (25 March 2035): Date headers before it are +0000, after it +0100.
BST_START = datetime(2035, 3, 25, 1, 0, 0, tzinfo=UTC)
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

def dt_offset(d):
    """The Europe/London offset at the instant d."""
    return d.astimezone(LON).utcoffset()

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
        want = "+0100" if d.astimezone(UTC) >= BST_START else "+0000"
        if not msg["Date"].strip().endswith(want) or d.utcoffset() != dt_offset(d):
            err(f, "Date should carry %s (GMT before 25 March 2035, BST from then)" % want)
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


# ----------------------------------------------------------------------------- structural checks for mixed17
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

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

NO_ALARM = re.compile(r"(?i)\b(urgent|immediate|immediately|risk|safeguarding|child protection|danger)\b")

def _easter_count(f, wd, wk):
    now, m = _now(f), META[f]["meeting"]
    return (working_days(now, m) == wd and _weekdays(now, m) == wk and now < GOOD_FRIDAY < m
            and now < EASTER_MONDAY < m and m > BST_START.date())

def _k01(msg):
    b = _plain(msg)
    note, fwd = b.split("-----Original Message-----", 1)
    fields = re.findall(r"(?m)^[A-Z][A-Za-z ()/]{2,40}: \S", fwd)
    return (len([l for l in note.splitlines() if l.strip()]) == 1 and len(fields) >= 20
            and "automated notification" in fwd and not _att(msg, lambda p: True))

def _k02(msg):
    b = _plain(msg)
    return ("Mr Kowalczyk" in b and "Kowalczyk Jnr" in b and "Natalia Kowalczyk (mum, DOB 11/04/1993)" in b
            and "Natalia Kowalczyk (DOB 30/05/2022)" in b and _easter_count("knowsley_02.eml", 4, 6))

def _k03(msg):
    b = _plain(msg).split("Sent from my iPhone")[0]
    logical = b.replace(" \n", " ")
    return (msg.get_param("format") == "flowed" and not re.search(r"[.,;:?!]", logical)
            and "tough meeting" in logical and "to loud" in logical and "there mum" in logical)

def _k04(msg):
    b = _plain(msg)
    return 0 < b.index("gave her consent") < b.index("has withdrawn her consent")

def _k05(msg):
    b = _plain(msg)
    return (_easter_count("knowsley_05.eml", 5, 7) and len(re.findall(r"\bKJ\b", b)) >= 4
            and b.count("Kayden-James Moss") == 1 and "Kayden-James" not in str(msg["Subject"]))

def _k06(msg):
    d = _date(msg)
    return (d.date() == GOOD_FRIDAY and d.hour >= 17 and not str(msg["From"]).lower().endswith(".gov.uk>")
            and msg["Date"].strip().endswith("+0000"))

def _k08(msg):
    b = _plain(msg)
    e = _lab("knowsley_08.eml")["expect"]
    return ("EDD 16/05/2035" in b and "pre-birth plan is in place" in b and len(e["children"]) == 1
            and "verbal consent" in b)

def _r01(msg):
    b = _plain(msg)
    parts = b.split("________________________________")
    top = parts[0].split("This email and any files")[0]
    return (b.startswith("Agreed.") and len(parts) >= 4 and len([l for l in top.splitlines() if l.strip()]) <= 8
            and "Rationale for step up" in parts[-1] and "Rationale for step up" not in parts[0]
            and any(p.get_filename().endswith(".docx") for p in _att(msg, lambda p: True)))

def _r03(msg):
    types = [p.get_content_type() for p in msg.walk() if not p.is_multipart()]
    rtf = _att(msg, lambda p: p.get_content_type() == "application/rtf")
    return ("text/plain" not in types and 'role="presentation"' in _html(msg) and len(rtf) == 1
            and "Latest case summary" in rtf_to_text(rtf[0].get_payload(decode=True))
            and "Draft plan for Early Help" in _html(msg))

def _r06(msg):
    b = _plain(msg).split("This email and any files")[0]
    return msg["Date"].strip().endswith("+0100") and not NO_ALARM.search(b) and "DOB 06/02/2035" in b

def _r08(msg):
    import io, docx
    p = _att(msg, lambda p: p.get_filename().startswith("Case summary"))[0]
    d = docx.Document(io.BytesIO(p.get_payload(decode=True)))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    return all(n in cells for n in ("Kwame Osei", "Ama Osei", "Kojo Osei")) and "three siblings" in _plain(msg)

def _t01(msg):
    b = _plain(msg)
    return all(x in b for x in ("I am writing for to make", "The mother she is agree", "English is not my first language"))

def _t02(msg):
    subj = str(msg["Subject"])
    rest = readable(msg).replace(re.sub(r"\s+", " ", subj), " ")
    return all(w in subj for w in ("burnt", "cooker", "3.15 today")) and not re.search(r"(?i)burn|cooker|3\.15", rest)

def _t04(msg):
    rtf = _att(msg, lambda p: p.get_content_type() == "application/rtf" and "MARF" in p.get_filename())
    t = rtf_to_text(rtf[0].get_payload(decode=True))
    return "Multi-Agency Request for Support" in t and "5102236" in t and "5102236" not in _plain(msg) \
        and "Deputy Team Manager" in _plain(msg)

def _t07(msg):
    return ("Ronny Miah" in str(msg["Subject"]) and "Abdul-Rahman Miah" in _plain(msg)
            and [c["name"] for c in _lab("tower_hamlets_07.eml")["expect"]["children"]] == ["Abdul-Rahman Miah"])

def _t08(msg):
    return _date(msg).date() == EASTER_MONDAY and msg["Date"].strip().endswith("+0100")

def _b04(msg):
    b = _plain(msg).split("Yours faithfully")[0]
    passive = re.findall(r"\b(?:was|were) (?:carried out|observed|found|noted|made|required)\b|\bIt was stated\b", b)
    return len(passive) >= 7 and not re.search(r"\bI\b|\bwe\b|\bmy\b", b) and "The children remain in the property" in b

def _b05(msg):
    return not _att(msg, lambda p: True) and "I haven't attached it" in _plain(msg)

def _b08(msg):
    return str(msg["Subject"]).startswith("URGENT") and "no safeguarding concerns at all" in _plain(msg)

def _h02(msg):
    return not _att(msg, lambda p: "consent" in p.get_filename().lower()) and "signed the written consent form" in _plain(msg)

def _h05(msg):
    lines = [l for l in _plain(msg).split("On 14 Feb 2035")[0].splitlines() if l.startswith("\u2022 ")]
    return len(lines) >= 6 and all(re.match(r"\u2022 \d\d:\d\d - ", l) for l in lines) and "<li" in _html(msg)

def _h06(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    return ("DTSTART:20350403T083000Z" in cal and "09:30 - 10:00 (BST)" in str(msg["Subject"])
            and msg["Date"].strip().endswith("+0100"))

def _h07(msg):
    return _date(msg).date() == GOOD_FRIDAY and msg["Auto-Submitted"] == "auto-replied"

CUSTOM = [
    ("knowsley_01.eml", "one-line note above a forwarded EHM notification of field: value lines, nothing attached", _k01),
    ("knowsley_02.eml", "mother and daughter both Natalia Kowalczyk; 'Mr Kowalczyk', 'Kowalczyk Jnr'; 4 WD / 6 weekdays across Easter", _k02),
    ("knowsley_03.eml", "dictated: no punctuation, homophones, format=flowed", _k03),
    ("knowsley_04.eml", "consent given, then withdrawn later in the mail", _k04),
    ("knowsley_05.eml", "nickname KJ; exactly 5 WD / 7 weekdays across Easter", _k05),
    ("knowsley_06.eml", "member of the public on the evening of Good Friday (GMT)", _k06),
    ("knowsley_08.eml", "unborn baby (EDD) with a pre-birth plan; verbal consent", _k08),
    ("richmond_wandsworth_01.eml", "'Agreed.' above a 3-message quoted thread holding the facts", _r01),
    ("richmond_wandsworth_03.eml", "HTML-only with a layout table and an RTF case summary", _r03),
    ("richmond_wandsworth_06.eml", "observation only (no alarm words), BST", _r06),
    ("richmond_wandsworth_08.eml", "children only in the .docx table", _r08),
    ("tower_hamlets_01.eml", "non-native English phrasing", _t01),
    ("tower_hamlets_02.eml", "risk words only in the subject", _t02),
    ("tower_hamlets_04.eml", "MARF as RTF with the Mosaic id only there; deputy TM", _t04),
    ("tower_hamlets_07.eml", "nickname 'Ronny Miah' in the subject, one child", _t07),
    ("tower_hamlets_08.eml", "auto-reply on Easter Monday in BST", _t08),
    ("torbay_04.eml", "passive voice, no first person", _b04),
    ("torbay_05.eml", "signed form mentioned, nothing attached", _b05),
    ("torbay_08.eml", "URGENT subject about timing only", _b08),
    ("herefordshire_02.eml", "consent form mentioned, not attached", _h02),
    ("herefordshire_05.eml", "bulleted chronology with times", _h05),
    ("herefordshire_06.eml", "Google reply in UTC for a 09:30 BST drop-in", _h06),
    ("herefordshire_07.eml", "auto-reply on Good Friday", _h07),
]

def add_kind_checks():
    """Generic per-kind shape checks: follow-ups carry an [SB-...] reference in the subject, meeting replies an
    iTIP REPLY part, auto-replies an Auto-Submitted header, new requests and other mail no [SB-...] reference, and
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

def set_checks():
    """Whole-set checks: the bank-holiday list against the `holidays` package, the window's two bank holidays, the
    clock change, two Knowsley notice counts across Easter, children in order of first full-name appearance."""
    errors = []
    import holidays
    ref = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=2035) if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    hol = holidays.country_holidays("GB", subdiv="ENG", years=2035)
    if "Good Friday" not in hol.get(GOOD_FRIDAY, "") or "Easter Monday" not in hol.get(EASTER_MONDAY, ""):
        errors.append("set: Good Friday / Easter Monday 2035 not confirmed by the holidays package")
    inside = sorted(d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date())
    if inside != [GOOD_FRIDAY, EASTER_MONDAY]:
        errors.append("set: the window must hold exactly Good Friday and Easter Monday, has %s" % inside)
    last_sun = max(date(2035, 3, d) for d in range(25, 32) if date(2035, 3, d).weekday() == 6)
    if BST_START.date() != last_sun or datetime(2035, 3, 25, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) \
            or datetime(2035, 3, 24, 12, tzinfo=LON).utcoffset() != timedelta(0):
        errors.append("set: BST must start on the last Sunday of March (25 March 2035)")
    crossing = [l["file"] for l in LABELS if l["authority"] == "knowsley" and META[l["file"]]["meeting"]
                and datetime.fromisoformat(l["now"]).date() < GOOD_FRIDAY < META[l["file"]]["meeting"]]
    if sorted(crossing) != ["knowsley_02.eml", "knowsley_05.eml"]:
        errors.append("set: the Knowsley counts across Easter should be knowsley_02 and _05, are %s" % crossing)
    offs = {True: 0, False: 0}
    for l in LABELS:
        offs[datetime.fromisoformat(l["now"]).utcoffset() == timedelta(hours=1)] += 1
    if offs[True] < 5:
        errors.append("set: too few mails after the clock change (%d)" % offs[True])
    for lab in LABELS:
        f = lab["file"]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        text = readable(msg)
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is None:
                continue
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
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
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
