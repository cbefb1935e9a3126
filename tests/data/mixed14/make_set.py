#!/usr/bin/env python3
"""mixed14: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field,
in writers' styles and situations earlier sets lack: voice-to-text dictation with no punctuation and misheard words,
phone mail with autocorrect slips and text-speak, one mail about two unrelated families, long RE: RE: FW: chains
whose decisive fact is only in an older quoted message, bottom-posted replies, secure-mail (Egress / Galaxkey /
NHSmail [secure]) deliveries and notices, council web-form submissions as HTML-only label/value tables, .rtf, .odt
and .txt attachments, RFC 2047 names and subjects, step- and half-siblings in one household, a referral withdrawn by
a later mail, chasers ("any update on this?"), a manager's one-word "Agreed." above the forwarded request,
families named only by first name, neglect told in plain words, near misses (historic, a plan that is working, a
risk already managed by police, a hypothetical) and urgent mail that never says "urgent", "risk" or "immediate".

Window: Monday 8 March - Friday 14 May 2032. Good Friday (26 March), Easter Monday (29 March) and the early May
bank holiday (Monday 3 May 2032) fall inside it and three Knowsley notice counts cross them; British Summer Time
starts on Sunday 28 March 2032, so Date headers before it are +0000 and after it +0100.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and python-docx are used only by the
self-checks, to read back the hand-built PDFs and .docx files). The helpers (MIME assembly, Word HTML, PDF, .docx,
RTF, iCalendar, working-day counter, readable-text extraction and the checks) are copied from
/work/main/tests/data/mixed13/make_set.py and adapted (window, 2032 bank holidays, BST start, an .odt writer and
reader, .txt attachments, web-form HTML tables, secure-mail wrappers). Every label was set by hand; the self-checks at
the end only verify them against the specification's rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time: GMT (+0000) until Sunday 28 March 2032 01:00 UTC, BST (+0100) after."""
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
            zi = zipfile.ZipInfo(name, date_time=(2032, 1, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added for mixed14
ODT = "application/vnd.oasis.opendocument.text"

def make_odt(paras, tables=(), generator="LibreOffice/24.8.4.2$Windows_X86_64 LibreOffice_project/bb3cfa12c7b1bf994ecc5649a80400d06cd71002"):
    """A minimal OpenDocument Text file (what LibreOffice Writer saves): 'mimetype' first and STORED, then
    content.xml, meta.xml and META-INF/manifest.xml, all with fixed timestamps. paras: strings ('# ' = heading);
    tables: lists of rows."""
    def esc(t):
        return html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % esc(t[2:])
        return '<text:p text:style-name="Standard">%s</text:p>' % esc(t)
    body = "".join(para(p) for p in paras)
    for i, rows in enumerate(tables, 1):
        ncol = max(len(r) for r in rows)
        body += ('<table:table table:name="Table%d"><table:table-column table:number-columns-repeated="%d"/>'
                 % (i, ncol))
        for r in rows:
            body += "<table:table-row>" + "".join(
                '<table:table-cell office:value-type="string">%s</table:table-cell>' % para(c) for c in r) + \
                "</table:table-row>"
        body += "</table:table>"
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (ns, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>%s</meta:generator></office:meta></office:document-meta>' % (ns, esc(generator)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % ODT)
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in (("mimetype", ODT, zipfile.ZIP_STORED), ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, date_time=(2032, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def odt_to_text(data):
    """Readable text of an .odt for the self-checks: content.xml with paragraphs and cells split."""
    with zipfile.ZipFile(_io.BytesIO(data)) as z:
        x = z.read("content.xml").decode("utf-8")
    x = re.sub(r"</text:(p|h)>|</table:table-cell>", "\n", x)
    x = re.sub(r"<text:s/>", " ", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))

def odt_att(filename, paras, tables=()):
    return binary_part(ODT, filename, make_odt(paras, tables))

def txt_att(filename, text, charset="utf-8", cte="base64", crlf=True):
    """A plain-text file attachment (text/plain with a file name)."""
    t = text.replace("\n", "\r\n") if crlf else text
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(t.encode(charset)))),
         ("Content-Transfer-Encoding", cte)]
    body = b64lines(t.encode(charset)) if cte == "base64" else qp(t, charset)
    return Part(h, body)

def png_att(filename, w, h, rgb):
    return binary_part("image/png", filename, make_png(w, h, rgb))

def form_html(title, intro, rows, footer, brand="#00205b"):
    """A council web-form submission as form builders send it: HTML only, a two-column label/value table.
    rows: (label, value) pairs; a row whose label starts with '## ' is a section heading."""
    out = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<title>%s</title></head>\n<body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
           'color:#0b0c0c">\n<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr>'
           '<td style="background:%s;color:#ffffff;padding:14px 20px;font-size:20px;font-weight:bold">%s</td></tr>'
           '</table>\n<p style="padding:0 20px">%s</p>\n<table cellpadding="6" cellspacing="0" border="1" '
           'style="border-collapse:collapse;margin:0 20px;border-color:#b1b4b6" width="760">\n'
           % (html.escape(title), brand, html.escape(title), html.escape(intro))]
    for label, value in rows:
        if label.startswith("## "):
            out.append('<tr><th colspan="2" align="left" style="background:#f3f2f1;font-size:16px">%s</th></tr>\n'
                       % html.escape(label[3:]))
        else:
            val = "<br>\n".join(html.escape(v, quote=False) for v in value.split("\n"))
            out.append('<tr><td valign="top" width="280" style="font-weight:bold">%s</td><td valign="top">%s</td></tr>\n'
                       % (html.escape(label), val))
    out.append('</table>\n<p style="padding:0 20px;color:#505a5f;font-size:12px">%s</p>\n</body></html>\n'
               % html.escape(footer))
    return "".join(out)

def bottom_quote(header, text):
    """A '>'-quoted original with its attribution line, as Apple Mail / Android / Gmail put it above a
    bottom-posted reply."""
    lines = text.rstrip("\n").split("\n")
    return header + "\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"

def ack_lines(ref, lines):
    return "\n".join(lines)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
SEP = "\n________________________________\n"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2032-03-23 14:12:31"
    newest = T("""
Hi MASH,

Please see below and attached - step up request for Harvey and Alfie Culshaw (EHM-104772): the step up form, the GCP2 and the minutes of the TAF on 11 March.

The step up TAF meeting is on Wednesday 31 March at 10am at Kirkby Family Hub (room 3), with a Teams link for anyone who can't get there. The invite has gone to the MASH inbox and MASH business support, and I've invited school and the health visitor. That's over a week's notice so I hope that's OK.

Stacey knows about the step up - she agreed at the TAF on 11 March that it should go to CSC, and she says she'll come to the meeting.

Thanks,
Caitlin

Caitlin Moss
Family First Case Manager | Kirkby | Knowsley Council
0151 496 0773
""")
    m3 = T("""
Thanks Marie. The first Wednesday I can get the hub room and school can come is the 31st, so I'll book that and send everything to MASH once the form's done.

C
""")
    m2 = T("""
Morning Caitlin,

I've read your notes and the GCP2. Yes - I agree the boys need to step up to CSC. Please do the step up form, get the TAF booked (a Wednesday if you can) and send it all over to MASH. I've recorded my management oversight on EHM.

Marie

Marie Lunt
Team Manager | Family First 0-18 (Kirkby) | Knowsley Council
""")
    m1 = T("""
Hi Marie,

Can we talk about the Culshaw boys tomorrow? I did an unannounced visit with the health visitor this afternoon and I think we're at the point of stepping up.

The house was the worst I've seen it. The living room carpet is covered in dog mess and the smell of urine hits you at the front door. The mattress Harvey and Alfie share has no sheet on it and was wet through. There was nothing in the fridge except a bottle of squash and half a tin of beans. Harvey told me he'd made Alfie's tea last night - dry cereal, because there was no milk. Alfie had the same clothes on as on Thursday, and school say he's hungry every morning and has been taking food out of other children's lunchboxes. Harvey's attendance is down to 81%.

Stacey was asleep on the sofa when we got there at 2pm and said she's just exhausted. The GCP2 I did with her on 4 March scored 4 for physical care and 4 for safety, and nothing has changed since the TAF on 11 March.

Caitlin
""")
    body = (newest + SEP.rstrip("\n") + "\n" +
            "From: Moss, Caitlin <Caitlin.Moss@knowsley.gov.uk>\nSent: 16 March 2032 10:15\n"
            "To: Lunt, Marie <Marie.Lunt@knowsley.gov.uk>\nSubject: RE: RE: Culshaw boys - step up?\n\n" + m3 +
            SEP + "From: Lunt, Marie <Marie.Lunt@knowsley.gov.uk>\nSent: 16 March 2032 09:02\n"
            "To: Moss, Caitlin <Caitlin.Moss@knowsley.gov.uk>\nSubject: RE: Culshaw boys - step up?\n\n" + m2 +
            SEP + "From: Moss, Caitlin <Caitlin.Moss@knowsley.gov.uk>\nSent: 15 March 2032 16:20\n"
            "To: Lunt, Marie <Marie.Lunt@knowsley.gov.uk>\nSubject: Culshaw boys - step up?\n\n" + m1)
    form = docx_att("FF Step Up Request - Culshaw.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-104772",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 31/03/2032, 10:00, Kirkby Family Hub (room 3) / Teams",
        "Level of Engagement: medium - mum lets us in but actions from the TAF plan are not completed",
        "Recent TAF meeting minutes attached: Yes (11/03/2032)"], [
        [["Child", "Date of birth", "School"],
         ["Harvey Culshaw", "12/07/2022", "Shevington Vale Primary"],
         ["Alfie Culshaw", "03/11/2025", "Shevington Vale Primary"]],
        [["What are we worried about?", "Home conditions: dog faeces, smell of urine, wet mattress with no bedding; "
          "little or no food; Alfie hungry at school and in the same clothes for days; Harvey's attendance 81%."],
         ["What is working well?", "Mum is warm with the boys and lets the case manager in; school are very supportive."],
         ["What next?", "Step up to CSC for a Child and Family Assessment."],
         ["Graded Care profile (If neglect should be completed)", "Completed 04/03/2032 - attached"],
         ["Agreement by line manager:", ""]]])
    gcp = pdf_att("GCP2 - Culshaw - 04.03.32.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Family: Culshaw    Completed: 04/03/2032 by Caitlin Moss with mum",
        "Physical care: 4    Safety: 4    Love and care: 2    Stimulation and education: 3",
        "Evidence: faeces in the living room; wet bedding; little food; children hungry at school."])
    taf = pdf_att("TAF minutes 11.03.32 - Culshaw.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Culshaw    Date: 11/03/2032    Venue: Kirkby Family Hub",
        "Present: Stacey (mum), Caitlin Moss (Family First), Shevington Vale Primary, health visitor.",
        "Home conditions and food remain the main worry; plan actions not completed.",
        "Mum agreed that if things have not improved the case should go to CSC.",
        "Action: case manager to discuss step up with TM."])
    top = outlook_top(f, addr("Moss, Caitlin", "Caitlin.Moss@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: RE: RE: Culshaw boys - step up?", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp, taf], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-104772"],
        [ch("Harvey Culshaw", "2022-07-12", "12/07/2022"), ch("Alfie Culshaw", "2025-11-03", "03/11/2025")],
        ["neglect", "school_attendance"], True, True, [], False, "request_info",
        "A FW: RE: RE: chain whose DECISIVE FACT IS ONLY IN AN OLDER QUOTED MESSAGE: the TM's 'Yes - I agree the "
        "boys need to step up' is in the second-oldest message (16 March); the newest text does not repeat it and "
        "the form's 'Agreement by line manager' box is blank -> manager true. Neglect told in plain words in the "
        "oldest message (dog mess, urine, wet mattress, empty fridge, hungry child) + 81% = school_attendance. Form, "
        "GCP2 and TAF minutes attached; 'she agreed at the TAF ... that it should go to CSC' -> consent true. "
        "Notice: sent Tue 23 March 2032; TAF Wed 31 March. Good Friday (26th) and Easter Monday (29th) are bank "
        "holidays, so the working days are 24, 25, 30, 31 = 4 < 5 -> not ok -> request_info ('over a week' is a "
        "plain weekday count of 6; the clock change on the 28th changes no count).",
        meeting=date(2032, 3, 31),
        not_children=["Marie Lunt", "Caitlin Moss"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2032-04-27 16:48:09"
    body = T("""
Hi FF duty sorry typing this on my phone as my laptop has died!!

Stepping Lacey-Mae n Rocco Dunne down to L3 with Family Fiesta (sorry FAMILY FIRST lol autocorrect). Lacey-Mae dob 14/9/20, Rocco dob 2/2/23. ICS 1612094 & 1612095.

Jointly home visit is weds 5th may @ 10am at the house - 27 Cherry Tree Close, Hale wood L26 - with whoever is coming from FF pls.

Mum n dad (Kelsey n Aaron) both consented to FF at the CIN reveiw last wk, its on ICS.

Worried abt: mums anxiety, shes on the waiting list for talking therapies n some days she cant get out of bed or take LM to school. Shes had 2 panic attacks in the supermarket this month.

Wots wrkin well: dad has gone part time so hes there for the school run, home is lovely now, both kids well looked after n Lacey-Mae's attendance is back up to 96%. Nan helps loads.

Wot needs 2 happen: FF case manager to support mum to get to her appts n link her in with the parenting group at the hub, Rocco to start nursing (NURSERY!!) in sept, TAF in 6 wks.

Any probs ring me on 07700 900371

Rhiannon

Rhiannon Gaskell
Social Worker | CIN Team 1 | Knowsley Children's Social Care

Sent from Outlook for Android
""")
    top = plain_top(f, addr("Gaskell, Rhiannon", "Rhiannon.Gaskell@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Dunne - joint HV weds 5th", when, KDOM, None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1612094", "1612095"],
        [ch("Lacey-Mae Dunne", "2020-09-14", "14/9/20", as_written="Lacey-Mae n Rocco Dunne"),
         ch("Rocco Dunne", "2023-02-02", "2/2/23", as_written="Lacey-Mae n Rocco Dunne")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "A Level 3 step-down TYPED ON A PHONE with AUTOCORRECT SLIPS and TEXT-SPEAK: 'Family Fiesta (sorry FAMILY "
        "FIRST)', 'Jointly home visit', 'Hale wood', 'nursing (NURSERY!!)', 'n', 'abt', 'wot', '2'; 'L3' -> level "
        "3. The three Signs of Safety headings in text-speak ('Worried abt', 'Wots wrkin well', 'Wot needs 2 "
        "happen') are all answered; joint home visit date, time and venue (the family home's address); parents "
        "consented -> nothing missing. 'Lacey-Mae n Rocco Dunne' gives both children (shared surname); DOBs "
        "'14/9/20', '2/2/23'; 'ICS 1612094 & 1612095' -> the digits. Notice: sent Tue 27 April 2032; visit Wed 5 "
        "May. The early May bank holiday (Mon 3 May) is skipped: 28, 29, 30 April, 4, 5 May = exactly 5 WD -> ok "
        "-> book_meeting (a plain weekday count gives 6). Mum's anxiety = parental_mental_health; attendance 'back "
        "up to 96%' is a strength.",
        meeting=date(2032, 5, 5), not_children=["Rhiannon Gaskell"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2032-04-08 17:49:52"
    body = T("""
hi mush team this is Nicola Hayes family thirst case manager I'm dictating this in the car outside the house so sorry for any mistakes I've just been to the Kavanagh house on Tower Hill in Kirby for my 4 o'clock visit and mum Danielle was on the kitchen floor she had taken all of her antidepressants and her partners tablets I rang an ambulance and they've taken her to whistle hospital the paramedics think she took them about 3 o'clock the children are Ruby Kavanagh who is 2 and Jack Kavanagh who is 7 months they are still in the house with mums partner Craig he is not their dad he has been drinking all afternoon there are empty cans everywhere and he was slurring and shouting at the baby he told me he is not having the kids and he is going out at 7 and I should take them I can't take them I haven't got car seats and I'm not allowed mums mum lives in Cornwall and there is nobody else I've rang the duty number twice and it just rings out can somebody from the evening team please ring me back on 07700 900614 I'm staying outside the house until somebody rings me thanks Nicola

Nicola Heyes
Family First Case Manager | Kirkby | Knowsley Council

Sent from my iPhone
""")
    top = plain_top(f, addr("Nicola Heyes", "Nicola.Heyes@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Kavanagh - Tower Hill - please ring me", when, KDOM, "iPhone Mail (22F76)")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ruby Kavanagh"), ch("Jack Kavanagh")],
        ["parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, VOICE-TO-TEXT DICTATED in the car with NO PUNCTUATION and MISHEARD WORDS ('mush team' = MASH, "
        "'family thirst' = Family First, 'Nicola Hayes' for her own name Heyes, 'Kirby', 'whistle hospital' = "
        "Whiston): mum has been taken to hospital after an overdose; a 2-year-old and a 7-month-old are left with "
        "mum's partner, who is not their father, has been drinking all afternoon, is 'shouting at the baby', "
        "refuses to care for them and is going out at 7; nobody else can take them. Sent at 17:49 on a Thursday "
        "(out of office hours). None of 'urgent', 'risk' or 'immediate' is used -> alert_duty. A worker who asks "
        "for a call back, not a step -> other. Concerns: the overdose = parental_mental_health; the partner's "
        "drinking = substance_misuse. No case id written; the children have no DOBs.",
        not_children=["Nicola Heyes"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2032-04-09 11:05:40"
    body = T("""
Hi MASH,

Please find attached the step up request for Tyler and Evie Brophy (EHM-103356), the Engaging Families toolkit (it saves as an .rtf, sorry) and the minutes of the TAF on 25 March.

The step up TAF is on Wednesday 21 April at 10am at Huyton Family Hub - the invite has gone to the MASH inbox and MASH business support. My TM, Lisa Grundy, discussed the step up with me in supervision on 6 April and agreed it; her management oversight is on EHM and she has signed the form.

I want to flag one thing so that nobody is alarmed when they read the form. The 'Past Harm' box and the contingency plan both mention the children's dad, Lee Walsh. Everything about Lee is historic: in 2029 he hit Tyler with a belt, he was convicted, a restraining order was made, and he moved to Spain in 2030. He has had no contact with Jade or the children since. The contingency plan says what mum would do if he ever came back - it's there because the form asks for one, not because anything has happened.

The step up is about Jade's engagement (avoidant in all four areas of the toolkit) and Tyler's attendance, which is 68% this year. Jade knows I am making the request.

Thanks,
Kieran

Kieran Moffat
Family First Case Manager | Huyton | Knowsley Council
0151 496 0588
""")
    form = docx_att("Appendix 1 - FF Step Up request - Brophy.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-103356",
        "Has this family recently closed to Children's Social Care?: No (CIN closed September 2030)",
        "Date of step up TAF meeting: Wednesday 21/04/2032 10:00, Huyton Family Hub",
        "Level of Engagement: low - Engaging Families Toolkit completed 02/04/2032 (attached)",
        "Recent TAF meeting minutes attached: Yes (25/03/2032)"], [
        [["Child", "Date of birth"], ["Tyler Brophy", "21/08/2020"], ["Evie Brophy", "06/04/2024"]],
        [["Current Concerns (Impact on child)", "Tyler's attendance 68% (2031/32); mum has not completed 5 of the "
          "last 7 TAF actions and missed two planned home visits; Tyler is falling behind in reading."],
         ["Past Harm", "2029: Tyler was hit with a belt by his father, Lee Walsh. Father convicted (2029), "
          "restraining order - no contact with Jade Brophy or the children. Moved to Spain 2030. No contact since."],
         ["Complicating Factors", "Mum's low mood (on sertraline from her GP); money worries."],
         ["Existing Strengths", "Evie is thriving at nursery; the children are warm, fed and well dressed."],
         ["Goals / Next Steps", "Step up to CSC for a Child and Family Assessment of mum's engagement."],
         ["Up to date police information", "No police call-outs to the address since 2029."],
         ["Agreement by line manager", "Yes - Lisa Grundy (Team Manager) 06/04/2032"],
         ["Contingency plan", "If Lee Walsh returns to the UK or tries to contact the family, mum will call 999 "
          "and the case manager will tell MASH the same day. If Tyler's attendance falls below 60% before the "
          "meeting, the school will call an emergency TAF."]]])
    tk = rtf_att("Engaging Families Toolkit - Brophy.rtf", [
        ("h", "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment"),
        ("p", "Family: Brophy (EHM-103356)    Completed: 02/04/2032 by Kieran Moffat with Lisa Grundy"),
        ("table", [["Area", "Rating", "Evidence"],
                   ["Attendance at appointments", "avoidant", "2 of the last 6 visits kept"],
                   ["Openness with professionals", "avoidant", "mum says she is 'fine' and ends calls"],
                   ["Acting on agreed actions", "avoidant", "5 of 7 TAF actions not done"],
                   ["Relationship with the lead practitioner", "avoidant", "texts go unanswered"]],
         [2800, 1400, 4400]),
        ("p", "What this tells us: engagement has not improved with flexible visits and texts; escalation is needed.")])
    taf = pdf_att("TAF minutes 25.03.32 - Brophy.pdf", "TEAM AROUND THE FAMILY - REVIEW MINUTES", [
        "Family: Brophy    Date: 25/03/2032    Venue: Huyton Family Hub",
        "Present: Kieran Moffat (Family First), school attendance officer, nursery. Mum did not attend.",
        "Tyler's attendance 68%. Actions from January not completed.",
        "Action: case manager to complete the Engaging Families toolkit and discuss step up with TM."])
    top = outlook_top(f, addr("Moffat, Kieran", "Kieran.Moffat@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Brophy - EHM-103356 - TAF Weds 21/04", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, tk, taf], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-103356"],
        [ch("Tyler Brophy", "2020-08-21", "21/08/2020"), ch("Evie Brophy", "2024-04-06", "06/04/2024")],
        ["non_engagement", "parental_mental_health", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS: 'hit Tyler with a belt', 'restraining order', 'call 999' are HISTORIC (2029, father convicted, in "
        "Spain since 2030, no contact since) and HYPOTHETICAL (the Appendix 1 contingency plan: 'If Lee Walsh "
        "returns ... mum will call 999'); the sender says so plainly -> not urgent, and no physical_harm. A complete "
        "non-engagement step-up: form, the Engaging Families toolkit (an .rtf, 'avoidant' in all four areas) and TAF "
        "minutes; TM Lisa Grundy agreed; 'Jade knows' -> consent null. Concerns: non_engagement, 68% = "
        "school_attendance, mum's low mood on sertraline (a complicating factor now) = parental_mental_health. "
        "Notice: Fri 9 April -> Wed 21 April = 12-16, 19, 20, 21 = 8 WD -> ok -> book_meeting.",
        meeting=date(2032, 4, 21), not_children=["Lee Walsh", "Jade Brophy", "Lisa Grundy", "Kieran Moffat"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2032-04-30 09:14:22"
    quoted = bottom_quote(
        "On Tue, 27 Apr 2032, 16:55 Family First 0-18 Duty Mailbox, <FamilyFirst0-18DutyMailbox@knowsley.gov.uk> wrote:",
        T("""
Thank you - your step-down request for Lacey-Mae Dunne and Rocco Dunne (ICS 1612094, 1612095) has been
received (reference SB-knowsley-362).

Joint home visit: Wednesday 5 May 2032, 10:00, 27 Cherry Tree Close, Halewood.
Notice: 5 working days - OK.

A Family First case manager will attend; we will confirm who by reply.

Family First 0-18 Duty Team | Knowsley Council
"""))
    body = quoted + T("""

Hiya any update on this? Mum's asking who's coming from FF on weds so she can tell the kids. Also can they bring a leaflet for the parenting group at the hub pls

Ta
Rhiannon

Rhiannon Gaskell
Social Worker | CIN Team 1 | Knowsley Children's Social Care

Sent from Outlook for Android
""")
    top = plain_top(f, addr("Gaskell, Rhiannon", "Rhiannon.Gaskell@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Re: [SB-knowsley-362] Step-down received - Dunne - joint home visit Wed 5 May", when, KDOM, None,
                    extra=[("In-Reply-To", "<SB-knowsley-362.ack@knowsley.gov.uk>"),
                           ("References", "<SB-knowsley-362.ack@knowsley.gov.uk>")])
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["1612094", "1612095"],
        [ch("Lacey-Mae Dunne"), ch("Rocco Dunne")], [], None, None, [], None, "attach_to_request",
        "A BOTTOM-POSTED CHASER ('any update on this?') under stepbot's quoted acknowledgement [SB-knowsley-362] "
        "(for knowsley_02): the new text is below the '>' quote -> follow_up -> attach_to_request (missing [], notice "
        "null). Children and 'ICS 1612094, 1612095' (-> the digits) come from the quoted acknowledgement, without "
        "DOBs; no concern is described.",
        not_children=["Rhiannon Gaskell"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2032-05-11 10:22:15"
    body = T("""
Good morning,

Please find attached, on behalf of Gemma Rawlinson (Family First Case Manager, Kirkby), the step up request form, the GCP2 and the latest TAF minutes for the Mercer children, EHM-108815.

Gemma has sent the Teams invitation for the step up TAF meeting on Wednesday 19 May at 13:30 to the MASH inbox and MASH business support.

Gemma is out on visits all day today, so please reply to her directly.

Kind regards,

Sandra Kelly
Business Support Officer | Family First 0-18 | Knowsley Council
""")
    form = odt_att("Step Up Request - Mercer - EHM-108815.odt", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-108815",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 19/05/2032 13:30 (Teams)",
        "Level of Engagement: medium",
        "Recent TAF meeting minutes attached: Yes (28/04/2032)"], [
        [["Child", "Date of birth"], ["Kenzie Mercer", "30/06/2027"], ["Lola Mercer", "12/01/2031"]],
        [["What are we worried about?", "The cooker has not worked for three weeks and the girls are eating crisps "
          "and toast for tea. Lola's nappy rash is raw and bleeding. The bedroom windows are boarded up and the "
          "flat smells of urine. Kenzie has been sent home from school twice with head lice."],
         ["What is working well?", "Mum loves the girls and goes to work every day; the girls' nan helps when she "
          "can."],
         ["What next?", "Step up to CSC for a Child and Family Assessment."],
         ["Graded Care profile (If neglect should be completed)", "Completed 04/05/2032 - physical care 4, "
          "safety 3 - attached"],
         ["Up to date police information", "PC Sutton (Merseyside Police MASH desk) rang me at 09:40 today. "
          "Mum's brother, Wayne Mercer, was released from HMP Altcourse yesterday after serving five years for "
          "causing grievous bodily harm to a six-week-old baby (his own son). His licence says he must not live in "
          "a household with children under 16. Mum told PC Sutton that Wayne stayed at the flat last night and is "
          "minding Kenzie and Lola today while she is at work."],
         ["Agreement by line manager", "Yes - Paul Doherty (Team Manager) 10/05/2032"],
         ["Contingency plan", "Case manager to continue weekly visits until the TAF."]]])
    gcp = pdf_att("GCP2 Mercer May 2032.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Family: Mercer    Completed: 04/05/2032 by Gemma Rawlinson with mum",
        "Physical care: 4    Safety: 3    Love and care: 2    Stimulation and education: 3"])
    taf = pdf_att("TAF minutes 28.04.32 Mercer.pdf", "TAF REVIEW MINUTES - MERCER", [
        "Date: 28/04/2032. Venue: Kirkby Family Hub.",
        "Present: mum, Gemma Rawlinson (Family First), school, health visitor.",
        "Home conditions, food and Lola's nappy rash discussed; landlord contacted about the cooker.",
        "Action: GCP2; case manager to discuss step up with TM."])
    top = outlook_top(f, addr("Kelly, Sandra", "Sandra.Kelly@" + KDOM),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)]),
                      "Step up request - Mercer - EHM-108815 (on behalf of Gemma Rawlinson)", when,
                      cc=addr("Rawlinson, Gemma", "Gemma.Rawlinson@" + KDOM))
    add(f, mail(f, top, body, [form, gcp, taf], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-108815"],
        [ch("Kenzie Mercer", "2027-06-30", "30/06/2027"), ch("Lola Mercer", "2031-01-12", "12/01/2031")],
        ["neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "URGENT, and the risk is ONLY IN THE ATTACHED FORM, an .odt (LibreOffice) file: business support send a "
        "calm covering note for a complete neglect step-up, but the form's 'Up to date police information' box, "
        "typed this morning, says mum's brother - released yesterday after five years for GBH on a six-week-old "
        "baby, barred by his licence from living with children - stayed at the flat last night and is minding the "
        "4- and 1-year-old TODAY -> a convicted child abuser caring for young children now -> alert_duty. The request "
        "itself is complete (form, GCP2, TAF minutes; 'Agreement by line manager: Yes'); notice Tue 11 May -> Wed 19 "
        "May = 12, 13, 14, 17, 18, 19 = 6 WD -> ok. Concerns: neglect (home conditions, bleeding nappy rash) + "
        "physical_harm (the man's access).",
        meeting=date(2032, 5, 19),
        not_children=["Gemma Rawlinson", "Sandra Kelly", "Wayne Mercer", "Paul Doherty"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2032-03-25 12:03:44"
    body = T("""
Dear Family First Duty Team,

I am writing to let you know of my intention to step Gabrielė Petrauskaitė and her brother Matas Petrauskas down from Child in Need to Level 2 Early Help support. (In Lithuanian a girl's surname ends differently from her brother's - they are full siblings.)

Gabrielė Petrauskaitė - DOB 17.05.2019 - ICS-1598340
Matas Petrauskas - DOB 02.12.2021 - ICS-1598341

Final CIN meeting: Thursday 1 April 2032 at 10:00, St Oswin's Catholic Primary School, Huyton (family room). That is a week today.

Lead Practitioner: Mrs Danuta Kowalczyk, EAL and Family Liaison Officer at St Oswin's Catholic Primary School, has agreed to take on the Lead Practitioner role and will be at the meeting.

What are we worried about?
Mum, Rasa, has had low mood since her father died in Lithuania in the autumn; her GP has prescribed medication and she has started counselling. Gabrielė's attendance dropped to 88% in the spring term.

What is working well?
Both parents engaged with every part of the CIN plan. The family moved from a damp one-bed flat to a two-bed house in January. Matas has settled at nursery and Gabrielė has friends at school.

What needs to happen?
School to complete an Early Help Assessment and hold a TAF within 6 weeks, to support Gabrielė's attendance and to keep mum linked to counselling and the Polish and Lithuanian parents' group.

Rasa and Tomas both agree with the step down.

Kind regards,

Aušra Vaitkevičienė
Social Worker | Child in Need Team (Huyton) | Knowsley Children's Social Care
0151 496 0812
""")
    top = outlook_top(f, addr("Aušra Vaitkevičienė", "Ausra.Vaitkeviciene@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 – Petrauskaitė / Petrauskas – final CIN Thu 1 April", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1598340", "ICS-1598341"],
        [ch("Gabrielė Petrauskaitė", "2019-05-17", "17.05.2019"), ch("Matas Petrauskas", "2021-12-02", "02.12.2021")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "A complete Level 2 step-down with RFC 2047 From ('Aušra Vaitkevičienė') and Subject ('–', 'ė'): Lithuanian "
        "full siblings whose surnames differ by gender (Petrauskaitė / Petrauskas); date, time and venue of the final "
        "CIN, a named lead practitioner with her agency, all three Signs of Safety headings -> nothing missing. But "
        "the notice is short: sent Thu 25 March 2032 (GMT) for Thu 1 April (BST). Good Friday (26th) and Easter "
        "Monday (29th) are bank holidays -> 30, 31 March, 1 April = 3 WD < 5 -> not ok -> request_info ('a week "
        "today' is a plain weekday count of 5). Concerns: mum's low mood = parental_mental_health; 88% = "
        "school_attendance. Both parents agree -> consent true (not a Level 2 requirement).",
        meeting=date(2032, 4, 1),
        not_children=["Danuta Kowalczyk", "Aušra Vaitkevičienė"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2032-03-29 19:36:10"
    body = T("""
Hi MASH,

Sorry for the bank holiday email - I wanted this to be there first thing tomorrow.

Please withdraw the step up request for Harvey and Alfie Culshaw, and take Wednesday's TAF out of the diary - I've cancelled the invite. Stacey and the boys went to her sister's in Birkenhead on Saturday and she told me this evening that they are staying there for good; the boys start at a school in Birkenhead after Easter.

I've spoken to Wirral's Early Help front door this evening and they are taking the case as a transfer in. I'll send them the GCP2, the TAF minutes and a closing summary tomorrow. My TM, Marie Lunt, knows.

So nothing further is needed from Knowsley MASH. Thanks for your help.

Caitlin

Caitlin Moss
Family First Case Manager | Kirkby | Knowsley Council
0151 496 0773
""") + SEP + T("""
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 23 March 2032 14:19
To: Moss, Caitlin <Caitlin.Moss@knowsley.gov.uk>
Cc: MASH Business Support <mash.businesssupport@knowsley.gov.uk>
Subject: [SB-knowsley-341] Step-up request received - Harvey Culshaw, Alfie Culshaw - notice too short

Thank you - your step-up request for Harvey Culshaw and Alfie Culshaw (EHM-104772) has been received (reference SB-knowsley-341).

Notice: the step-up TAF meeting on Wednesday 31 March 2032 gives 4 working days' notice (Friday 26 March and Monday 29 March are bank holidays). At least 5 working days are needed. Please move the meeting, or reply to tell us why it cannot move.

Knowsley MASH
""")
    top = outlook_top(f, addr("Moss, Caitlin", "Caitlin.Moss@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-341] Step-up request received - Harvey Culshaw, Alfie Culshaw - notice too short",
                      when, cc=addr("MASH Business Support", KBS),
                      reply_to_mid="<SB-knowsley-341.ack@knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "ordinary", "follow_up", False, None, ["EHM-104772"],
        [ch("Harvey Culshaw"), ch("Alfie Culshaw")], [], None, None, [], None, "attach_to_request",
        "A REFERRAL WITHDRAWN BY A LATER MAIL, sent at 19:36 on EASTER MONDAY (a bank holiday, in BST): the case "
        "manager replies to stepbot's acknowledgement [SB-knowsley-341] of knowsley_01 to withdraw it (the family "
        "have moved to Birkenhead; Wirral take it as a transfer in) -> follow_up -> attach_to_request (missing [], "
        "notice null). Children and EHM-104772 from the quoted acknowledgement; no worry is described; 'My TM ... "
        "knows' is no agreement to anything.",
        not_children=["Caitlin Moss", "Marie Lunt"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2032-03-10 11:30:05"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion on 8 March with Ciarán Ó Dubhghaill, the family's Early Help Practitioner, I agree that Kayden and Tiana Doherty-Walsh need to step up to Children’s Services, and I am sending the request as the protocol asks.

Attached is one document, ‘Step up – case summary and rationale – Doherty-Walsh’, in two sections: the latest case summary (updated 9 March) and the rationale for the step up.

Kayden – DOB 09/09/2019 – Mosaic 2611840
Tiana – DOB 28/02/2023 – Mosaic 2611841

In short: mum’s ex-partner, Shaun Keane, has been back in the home since January. There have been two police call-outs to arguments in February, mum’s drinking has increased, and she stopped going to the Freedom Programme after two sessions. The Early Help plan is not reducing the worry.

Mum (Gemma Doherty) knows about the step up and has agreed to it.

There have been no injuries and police assessed both call-outs as verbal arguments, so this is not something I have phoned through; please send the case discussion invitation to me and to Ciarán.

Kind regards,

Philippa Crane
Early Help Team Manager | Wandsworth North Early Help | Richmond and Wandsworth
020 7946 0563
""")
    doc = docx_att("Step up - case summary and rationale - Doherty-Walsh.docx", [
        "# Latest case summary (updated 09/03/2032)",
        "Children: Kayden Doherty-Walsh (09/09/2019, Mosaic 2611840) and Tiana Doherty-Walsh (28/02/2023, "
        "Mosaic 2611841). Mother: Gemma Doherty. Open to Early Help since July 2031 (mum's drinking, housing).",
        "January 2032: mum's ex-partner Shaun Keane moved back in. February 2032: two police call-outs to loud "
        "arguments (verbal only). Mum reports drinking most evenings. Freedom Programme: attended 2 of 12 sessions.",
        "Kayden is withdrawn at school; Tiana's nursery report she is often collected late.",
        "# Rationale for step up",
        "The return of a partner with a history of domestic abuse, two call-outs in a month, mum's increased drinking "
        "and her disengagement from the Freedom Programme mean that the level of need is now above what Early "
        "Help can hold. A statutory assessment is needed to understand the impact on Kayden and Tiana.",
        "Management oversight: Philippa Crane, Early Help Team Manager, 09/03/2032 - agreed."])
    top = outlook_top(f, addr("Crane, Philippa", "Philippa.Crane@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request – Doherty-Walsh children", when,
                      cc=addr("Ciarán Ó Dubhghaill", "Ciaran.ODubhghaill@" + RDOM))
    t = text_part(body, charset="windows-1252")
    h = text_part(html_of(body), "html", charset="windows-1252")
    root = multipart("mixed", [multipart("alternative", [t, h], bnd(f, 2)), doc], bnd(f, 1))
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2611840", "2611841"],
        [ch("Kayden Doherty-Walsh", "2019-09-09", "09/09/2019", as_written="Kayden and Tiana Doherty-Walsh"),
         ch("Tiana Doherty-Walsh", "2023-02-28", "28/02/2023", as_written="Kayden and Tiana Doherty-Walsh")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "book_meeting",
        "A complete Richmond & Wandsworth step-up from the Early Help Team Manager (windows-1252 quoted-printable "
        "with curly quotes): ONE attached .docx holds BOTH the 'Latest case summary' and the 'Rationale for step up' "
        "under their own headings -> case_summary and rationale met -> book_meeting. 'Kayden and Tiana "
        "Doherty-Walsh' gives two children; 'Mosaic 2611840' -> the digits. The returned ex-partner and call-outs "
        "= domestic_abuse, mum's drinking = substance_misuse (disengaging from the Freedom Programme is part of the "
        "DA picture, not labelled separately). 'no injuries ... not something I have phoned through' -> not urgent. "
        "Mum 'has agreed to it' -> consent true; the sending TM 'agree[s]' -> manager true.",
        not_children=["Shaun Keane", "Gemma Doherty", "Philippa Crane", "Ciarán Ó Dubhghaill"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2032-03-18 15:02:51"
    body = T("""
Hi Jasper / Early Help duty,

As discussed on the phone this morning, I'm stepping down two of my families. They have nothing to do with each other - I've put them in one email to save you two. Case discussions agreed with Jasper for Tuesday 23 March at 10:00 (Hollis) and 11:00 (Adeyemi), on Teams. My TM, Priya Nair, will join both.

1. HOLLIS
Ellie Hollis, DOB 04/10/2020, Mosaic 2587714
Finn Hollis, DOB 19/06/2023, Mosaic 2587715
CIN since September because of dad's (Rob's) drinking. Rob has been in recovery since November and finished the 12-week programme, but he had two lapses in February, so relapse prevention is the main thing Early Help would hold. Ellie's attendance is 86%. Rob and Jo both consented to Early Help at the CIN review on 9 March.

2. ADEYEMI
Temi Adeyemi, DOB 22/01/2017, Mosaic 2590432
CIN since November after mum (Funmi) was admitted to hospital with a bipolar relapse. Mum has been well and on her medication since December and the crisis plan is in place. Temi still does a lot at home when mum is low - cooking, getting herself to school - and has just been referred to the Wandsworth young carers service. Mum consented to the step down on 15 March.

I've attached the latest case summaries and the draft Early Help plans for both families.

Thanks,
Marcus

Marcus Greenidge
Social Worker | Family Support and Child Protection (South) | Wandsworth Children's Services
020 7946 0719
""")
    a1 = docx_att("Case summary - Hollis - March 2032.docx", [
        "# Case summary - Hollis", "Children: Ellie Hollis (04/10/2020), Finn Hollis (19/06/2023).",
        "Parents: Rob and Jo Hollis. CIN since 09/2031 (father's alcohol use). Recovery programme completed; two "
        "lapses in February 2032. Ellie's attendance 86%."])
    a2 = docx_att("Draft Early Help plan - Hollis.docx", [
        "# Draft Early Help plan - Hollis family",
        "1. Relapse prevention: Rob to keep weekly contact with the recovery service; Early Help worker to review monthly.",
        "2. Attendance: school and Early Help to agree an attendance plan for Ellie.",
        "3. Finn to take up his funded nursery place from September."])
    a3 = pdf_att("Case summary - Adeyemi - March 2032.pdf", "CASE SUMMARY - ADEYEMI", [
        "Child: Temi Adeyemi (22/01/2017)    Mosaic 2590432",
        "Mother: Funmi Adeyemi. CIN since 11/2031 following an admission for a bipolar relapse.",
        "Mother well and on medication since 12/2031; crisis plan in place.",
        "Temi takes on caring tasks at home; referred to the young carers service 03/2032."])
    top = outlook_top(f, addr("Greenidge, Marcus", "Marcus.Greenidge@" + RDOM), addr("Early Help Duty", RED),
                      "Step downs - Hollis and Adeyemi families (case discussions Tues 23rd)", when,
                      cc=", ".join([addr("Quint, Jasper", "jasper.quint@" + RDOM),
                                    addr("Nair, Priya", "Priya.Nair@" + RDOM)]))
    add(f, mail(f, top, body, [a1, a2, a3], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2587714", "2587715", "2590432"],
        [ch("Ellie Hollis", "2020-10-04", "04/10/2020"), ch("Finn Hollis", "2023-06-19", "19/06/2023"),
         ch("Temi Adeyemi", "2017-01-22", "22/01/2017")],
        ["parental_mental_health", "school_attendance", "substance_misuse", "young_carer"], True, None,
        ["draft_plan"], None, "request_info",
        "ONE MAIL ABOUT TWO UNRELATED FAMILIES (two step-downs, numbered): labelled as one message - every child "
        "and Mosaic id in order, concerns the union (Hollis: dad's lapses = substance_misuse, 86% = "
        "school_attendance; Adeyemi: mum's bipolar disorder = parental_mental_health, Temi's caring = young_carer), "
        "and a requirement unmet for EITHER family is missing. The mail says the draft plans 'for both families' "
        "are attached, but only three files are: both Hollis documents and the Adeyemi case summary - there is no "
        "Adeyemi draft plan -> draft_plan missing -> request_info. Consent stated for both families -> true; the "
        "TM 'will join' is not agreement -> null (not a requirement here).",
        not_children=["Jo Hollis", "Funmi Adeyemi", "Priya Nair", "Marcus Greenidge"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2032-04-13 13:52:18"
    m5 = T("""
Dear MASH,

Please see below for the rationale to step up Amelia Doyle-Kerr (DOB 07/05/2026, Mosaic 2650917) and Reggie Doyle-Kerr (DOB 15/12/2028, Mosaic 2650918). The latest case summary is attached. I agree this needs to step up.

Could we have the case discussion this week please - Thursday would suit me and Bex.

Kind regards,
Helen

Helen Fairweather
Early Help Team Manager | Wandsworth South Early Help | Richmond and Wandsworth
""")
    m4 = T("""
Helen - rationale below. Case summary updated on Mosaic and attached.

Rationale for step up
Amelia and Reggie have been open to Early Help since October because of mum's low mood and her partner Dale's drinking. Despite the plan (GP support for mum, Dale referred to the alcohol service, weekly visits) things have not improved: Dale has not taken up the alcohol service, mum has missed her last two GP appointments, and school have now reported an injury to Amelia and what she said about it. We cannot manage this at Early Help level and need a statutory assessment.

Bex
""")
    m3 = T("""
Yes - agreed. Do the rationale and I'll send it to MASH with the case summary this afternoon.

Helen
""")
    m2 = T("""
Helen - see below from school. I think this confirms we need to step Amelia and Reggie up now rather than wait for the TAF review on the 27th. Shall I do the rationale?

Bex

Bex Carmody
Early Help Practitioner | Wandsworth South Early Help
""")
    m1 = T("""
Hi Bex,

Just to let you know Amelia came in today with a bandage on her left hand. At 11:40 she told Mrs Okoro (TA) that Dale "put the lighter on my hand because I wouldn't stop crying" last night. Our first aider looked under the bandage and there is a round blister about the size of a 5p on her palm.

Mum works until 6 on Tuesdays, so Dale is picking Amelia and Reggie up at 3.15 as usual.

I've recorded it on CPOMS. Can you add this to what you're sending to MASH for the step up?

Thanks,
Angela

Angela Price
Designated Safeguarding Lead | Durnsford Rise Primary School
""")
    body = (m5 + SEP + "From: Carmody, Bex <Bex.Carmody@richmondandwandsworth.gov.uk>\nSent: 13 April 2032 13:40\n"
            "To: Fairweather, Helen <Helen.Fairweather@richmondandwandsworth.gov.uk>\n"
            "Subject: RE: RE: FW: Amelia Doyle-Kerr (Y1)\n\n" + m4 +
            SEP + "From: Fairweather, Helen <Helen.Fairweather@richmondandwandsworth.gov.uk>\nSent: 13 April 2032 13:05\n"
            "To: Carmody, Bex <Bex.Carmody@richmondandwandsworth.gov.uk>\nSubject: RE: FW: Amelia Doyle-Kerr (Y1)\n\n" + m3 +
            SEP + "From: Carmody, Bex <Bex.Carmody@richmondandwandsworth.gov.uk>\nSent: 13 April 2032 12:40\n"
            "To: Fairweather, Helen <Helen.Fairweather@richmondandwandsworth.gov.uk>\nSubject: FW: Amelia Doyle-Kerr (Y1)\n\n" + m2 +
            SEP + "From: Angela Price <a.price@durnsfordrise.example.sch.uk>\nSent: 13 April 2032 12:10\n"
            "To: Carmody, Bex <Bex.Carmody@richmondandwandsworth.gov.uk>\nSubject: Amelia Doyle-Kerr (Y1)\n\n" + m1)
    cs = pdf_att("Case summary - Doyle-Kerr - 13.04.32.pdf", "EARLY HELP CASE SUMMARY - DOYLE-KERR", [
        "Children: Amelia Doyle-Kerr (07/05/2026, Mosaic 2650917); Reggie Doyle-Kerr (15/12/2028, Mosaic 2650918)",
        "Mother: Leanne Doyle. Mother's partner: Dale Sutton (not the children's father).",
        "Open to Early Help since 10/2031: mother's low mood; partner's alcohol use.",
        "Plan: GP support for mother (two appointments missed); alcohol service referral for Mr Sutton (not taken up).",
        "13/04/2032: school report an injury to Amelia's hand - see the school's email."])
    top = outlook_top(f, addr("Fairweather, Helen", "Helen.Fairweather@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: RE: RE: FW: Amelia Doyle-Kerr (Y1)", when,
                      cc=addr("Carmody, Bex", "Bex.Carmody@" + RDOM))
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2650917", "2650918"],
        [ch("Amelia Doyle-Kerr", "2026-05-07", "07/05/2026"), ch("Reggie Doyle-Kerr", "2028-12-15", "15/12/2028")],
        ["parental_mental_health", "physical_harm", "substance_misuse"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN THE OLDEST PART OF A FW: RE: RE: FW: CHAIN: the TM's newest text asks for a case "
        "discussion 'this week - Thursday'; the worker's rationale mentions 'an injury'; only the school DSL's "
        "12:10 message, four levels down, says a 5-year-old told her TA that mum's partner 'put the lighter on my "
        "hand' last night, that there is a 5p-sized blister on her palm, and that the same man collects both "
        "children at 3.15 TODAY -> alert_duty. No message in the chain says 'urgent', 'risk' or 'immediate'. As a "
        "step-up the request is complete: rationale under its own heading (quoted), case summary attached; the "
        "sending TM 'agree[s]' -> manager true. Concerns: physical_harm, mum's low mood = parental_mental_health, "
        "the partner's drinking = substance_misuse.",
        not_children=["Angela Price", "Bex Carmody", "Helen Fairweather", "Leanne Doyle", "Dale Sutton"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2032-04-19 10:10:33"
    q = bottom_quote("On 16 Apr 2032, at 16:05, Quint, Jasper <jasper.quint@richmondandwandsworth.gov.uk> wrote:", T("""
Hi Freya,

Thursday 22nd at 2pm works for me. Please send the case summary and the draft plan to the Early Help duty inbox and copy me in.

Jasper

Jasper Quint
Early Help Manager | Richmond and Wandsworth

> On 16 Apr 2032, at 11:32, Lindqvist, Freya <Freya.Lindqvist@richmondandwandsworth.gov.uk> wrote:
>
> Hi Jasper, following our call this morning, could we do the step-down case discussion for the Morley children on Thursday 22nd at 2pm? Freya
"""))
    body = q + T("""

Thanks Jasper - confirming the case discussion on Thursday 22 April at 2pm on Teams. My TM, Ollie Brandt, will join.

Attached are the latest case summary (an .rtf export from Mosaic) and the draft Early Help plan.

Keira Morley - DOB 08/02/2027 - Mosaic 2573309
Jayden Morley - DOB 30/10/2029 - Mosaic 2573310

Mum, Chantelle Morley, consented to the step down at the CIN review on 14 April and would like Bernie Lacey from Petersham Lane Children's Centre to carry on working with her.

A note on the history, because the old records are alarming. In March 2029, when Keira was 2, police found her alone in the flat at 2am while mum was out drinking; she was taken into police protection overnight, and the children were on child protection plans until July 2030 (Jayden from birth). That was three years ago. Chantelle has not had a drink since January 2030 - she is now a volunteer peer mentor with the recovery service - and the CIN plan since 2030 has been about housing and Jayden's nursery place. Nothing about that history is current.

What Early Help would hold: Keira's attendance (89%), mum's anxiety (GP and talking therapies), and the move from temporary accommodation to the two-bed flat in Ham next month.

Freya

Freya Lindqvist
Social Worker | CIN Team (Richmond) | Achieving for Children
""")
    cs = rtf_att("Case summary - Morley - Mosaic export.rtf", [
        ("h", "Case summary - Morley (exported from Mosaic 15/04/2032)"),
        ("table", [["Child", "Date of birth", "Mosaic ID"],
                   ["Keira Morley", "08/02/2027", "2573309"], ["Jayden Morley", "30/10/2029", "2573310"]],
         [3200, 2200, 2200]),
        ("p", "History: March 2029 - Keira found alone at night, police protection; CP plans (neglect) until July "
              "2030. Mother abstinent from alcohol since January 2030."),
        ("p", "Current: CIN plan - housing (temporary accommodation; two-bed flat in Ham offered for May 2032), "
              "Keira's attendance 89%, mother's anxiety (GP, talking therapies)."),
        ("p", "Social worker's view: needs can be met by Early Help; mother consents (CIN review 14/04/2032).")])
    plan = docx_att("Draft Early Help plan - Morley.docx", [
        "# Draft Early Help plan - Morley family",
        "1. Attendance: attendance plan with Keira's school; review at 6 weeks.",
        "2. Mum's anxiety: continue GP and talking therapies; Early Help worker to check in fortnightly.",
        "3. Housing: support with the move to Ham and the nursery transfer for Jayden.",
        "Lead professional: Bernie Lacey, Family Support Worker, Petersham Lane Children's Centre."])
    top = plain_top(f, addr("Lindqvist, Freya", "Freya.Lindqvist@" + RDOM), addr("Early Help Duty", RED),
                    "Re: Step down - Morley children - case discussion Thurs 22nd", when, RDOM,
                    "Apple Mail (2.3826.600.51.1.1)", cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    t = text_part(body, crlf=False)
    root = multipart("mixed", [t, cs, plan], "Apple-Mail=_%s" % sha(f, "am").upper()[:32])
    add(f, build(top, root, False), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2573309", "2573310"],
        [ch("Keira Morley", "2027-02-08", "08/02/2027"), ch("Jayden Morley", "2029-10-30", "30/10/2029")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS in a BOTTOM-POSTED reply (Apple Mail, the Early Help manager's '>' quoted time above the new "
        "text): 'found her alone in the flat at 2am', 'police protection', 'child protection plans', 'out "
        "drinking' are HISTORIC (2029-2030; mum abstinent since January 2030, plans ended July 2030) and the sender "
        "says so -> not urgent, no neglect or substance_misuse. A complete Richmond & Wandsworth step-down: case "
        "summary (.rtf Mosaic export) and draft plan attached, mum consented -> book_meeting. Current concerns: "
        "89% = school_attendance, mum's anxiety = parental_mental_health. The TM 'will join' -> manager null.",
        not_children=["Chantelle Morley", "Bernie Lacey", "Ollie Brandt", "Jasper Quint", "Freya Lindqvist"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2032-05-05 09:40:12"
    body = T("""
Dear MASH,

Please withdraw the step-up request below (your reference SB-richmond_wandsworth-118).

Since I sent it, things have moved on. Dad was arrested outside the school on Friday (30 April) for breaching the non-molestation order. He has been charged and remanded in custody until his trial in July. The police are holding the children's passports and a port alert is in place. Mum and the children moved into a refuge in Kent on Saturday; Kent Children's Services have the case, and the children start at their new school on Monday.

We have closed our Early Help episode and sent the case summary to Kent Early Help. Nothing further is needed from Richmond and Wandsworth MASH.

Regards,
Sanjay

Sanjay Mistry
Early Help Team Manager | Richmond Early Help | Richmond and Wandsworth
""") + T("""

-----Original Message-----
From: Mistry, Sanjay <Sanjay.Mistry@richmondandwandsworth.gov.uk>
Sent: 27 April 2032 14:30
To: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Subject: Step up - Okafor children

Dear MASH,

I am requesting a step up for Chiamaka Okafor (DOB 03/03/2022, Mosaic 2639021) and Obinna Okafor (DOB 11/08/2025, Mosaic 2639022). The latest case summary is attached.

Rationale for step up
Dad, Chidi Okafor, left the family home in January after a domestic incident, and a non-molestation order has been in place since February. In the last fortnight he has texted mum that he will take the children to Nigeria "and you will never see them again", and he has been seen outside Sheen Vale Primary twice at home time. Mum, Grace Okafor, has told the school not to release the children to anyone but her. Early Help cannot manage the abduction worry on its own and we think a statutory assessment is needed.

Mum is aware of this request.

Sanjay
""")
    top = outlook_top(f, addr("Mistry, Sanjay", "Sanjay.Mistry@" + RDOM), addr("MASH Step Up", RSU),
                      "[SB-richmond_wandsworth-118] PLEASE WITHDRAW - FW: Step up - Okafor children", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, ["2639021", "2639022"],
        [ch("Chiamaka Okafor", "2022-03-03", "03/03/2022"), ch("Obinna Okafor", "2025-08-11", "11/08/2025")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS and a REFERRAL WITHDRAWN BY A LATER MAIL: the TM forwards his own step-up of 27 April with the "
        "stepbot reference added to the subject and asks MASH to withdraw it. The quoted request describes a father "
        "threatening to take the children to Nigeria and waiting outside the school, but the newest text says the "
        "RISK HAS ALREADY BEEN MANAGED BY POLICE: arrested, charged and remanded until July, passports held, a port "
        "alert, the family in a Kent refuge with Kent Children's Services -> not urgent (the latest statement "
        "wins) -> follow_up -> attach_to_request. The breach and threats this fortnight stay domestic_abuse. "
        "'Mum is aware' -> consent null; no manager agreement is stated.",
        not_children=["Chidi Okafor", "Grace Okafor", "Sanjay Mistry"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2032-03-11 08:57:40"
    add(f, itip_reply(f, when, "Ciarán Ó Dubhghaill", "Ciaran.ODubhghaill@" + RDOM, ("MASH Step Up", RSU),
                      "ACCEPTED", "Step-up case discussion - Doherty-Walsh children [SB-richmond_wandsworth-97]",
                      "20320312T140000", "20320312T150000", "Microsoft Teams Meeting"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED, no comment) from the Early Help practitioner to "
        "the step-up case discussion stepbot booked for richmond_wandsworth_01; his display name is RFC 2047 "
        "encoded ('Ciarán Ó Dubhghaill'). The summary names the family by surname only -> no child, no case id.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2032-04-16 16:47:29"
    msg_text = T("""
To Richmond and Wandsworth MASH,

At 07:30 today officers executing a drugs warrant at 41 Calbourne Mews, SW11 found a boy locked in an upstairs room that was being used to grow cannabis. He gives his name as Tuan Pham and says he is 15. He speaks very little English.

Through a Vietnamese interpreter he told us he came to the UK in a lorry in February, that he "owes" £20,000 for the journey, and that he was not allowed to leave the house. He has not been to school or seen a doctor since he arrived.

Tuan is at Lavender Hill police station now. He is not under arrest. At 14:00 a man who says he is Tuan's uncle, Mr Van Long Tran, came to the front counter to collect him. We believe Mr Tran is linked to the address. The custody inspector will release Tuan to Mr Tran at 18:00 today unless Children's Services give him somewhere else to go.

Please can the duty social worker ring me on 020 7946 0817 before then.

DC Rachel Ambrose
Wandsworth CID, Metropolitan Police Service
""")
    text = ("You have received a secure message from DC Rachel Ambrose <rachel.ambrose@met.police.example.uk>.\n\n"
            "Subject: Vietnamese boy - Lavender Hill - release 18:00\n\n"
            "---------------- Message ----------------\n" + msg_text +
            "-----------------------------------------\n\n"
            "To reply securely, or to open any attachments, sign in to Galaxkey: "
            "https://secure.galaxkey.example/read?m=%s\n\n"
            "This message was protected by Galaxkey. You are receiving this notification because "
            "MASH-StepUP@richmondandwandsworth.gov.uk was a recipient.\n" % sha(f, "gk")[:24])
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">\n"
             "<table width=\"640\" cellpadding=\"12\" cellspacing=\"0\" style=\"border:1px solid #d0d7de\">"
             "<tr><td style=\"background:#0a2540;color:#fff;font-size:18px\">Galaxkey secure message</td></tr>\n"
             "<tr><td><p>You have received a secure message from <b>DC Rachel Ambrose</b> "
             "&lt;rachel.ambrose@met.police.example.uk&gt;.</p><p><b>Subject:</b> Vietnamese boy - Lavender Hill - "
             "release 18:00</p>\n<div style=\"border-left:3px solid #0a2540;padding-left:10px\">%s</div>\n"
             "<p><a href=\"https://secure.galaxkey.example/read?m=%s\">Reply securely</a></p>"
             "<p style=\"color:#6e7781;font-size:12px\">This message was protected by Galaxkey.</p></td></tr>"
             "</table></body></html>\n"
             % ("".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>") for p in msg_text.strip().split("\n\n")),
                sha(f, "gk")[:24]))
    top = plain_top(f, addr("DC Rachel Ambrose via Galaxkey", "noreply@secure.galaxkey.example"),
                    addr("MASH Step Up", RSU), "Secure message: Vietnamese boy - Lavender Hill - release 18:00", when,
                    "secure.galaxkey.example", None,
                    extra=[("Reply-To", addr("DC Rachel Ambrose", "rachel.ambrose@met.police.example.uk")),
                           ("X-Galaxkey-Message-Id", sha(f, "gkid")[:32])])
    root = multipart("alternative", [text_part(text), text_part(htmlb, "html")], bnd(f, 1))
    add(f, build(top, root, False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Tuan Pham")], ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT, carried in a SECURE-MAIL PORTAL NOTIFICATION (Galaxkey style: 'You have received a secure "
        "message ...' with the whole message text inline, a 'Reply securely' link, Reply-To the officer, no "
        "Auto-Submitted header): police found a 15-year-old locked in a cannabis grow house, in debt bondage after "
        "being brought in a lorry, and will release him at 18:00 TODAY to a man believed to be linked to the address "
        "-> a trafficked child about to be handed back to his exploiters -> alert_duty. Sent 16:47 on a Friday. A "
        "police report asking for no step -> other. Concern: exploitation (trafficking / modern slavery). Age only -> "
        "dob null.",
        not_children=["Van Long Tran", "Rachel Ambrose"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2032-04-23 09:31:07"
    body = T("""
Mosaic - new work assigned

A new step has been assigned to the worker group Early Help Duty (Richmond).

Step: Early Help Plan and Visit
Person: Keira Morley (2573309)
Assigned by: Freya Lindqvist
Date assigned: 23/04/2032 09:30
Due: 07/05/2032

Open Mosaic to view the step: https://mosaic.richmondandwandsworth.example/workflow/step?id=%s

This is an automated message from Mosaic. Please do not reply to this email - replies are not monitored.
""" % sha(f, "mos")[:10])
    top = plain_top(f, addr("Mosaic Notifications", "mosaic-noreply@" + RDOM), addr("Early Help Duty", RED),
                    "Mosaic: New work assigned - Early Help Plan and Visit - Keira Morley (2573309)", when, RDOM, None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "bulk")])
    add(f, build(top, text_part(body, cte="7bit"), False), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "auto_reply", False, None, ["2573309"], [ch("Keira Morley")], [], None, None, [], None, "ignore",
        "A MOSAIC WORKFLOW NOTIFICATION ('New work assigned - Early Help Plan and Visit', Auto-Submitted: "
        "auto-generated, no-reply sender), the step the Richmond seed says the social worker assigns after a "
        "step-down is agreed (after richmond_wandsworth_04's case discussion) -> machine mail -> auto_reply -> "
        "ignore. The person and id it names are labelled, as earlier sets label a machine notice's title.",
        not_children=["Freya Lindqvist"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2032-03-15 10:05:26"
    orig = T("""
Hi Gareth,

As we discussed in supervision on Wednesday, here is the MARF for the Hussain children for your agreement. If you're happy with it, please could you send it on to MAST?

Ibrahim (11) and Maryam (7) live with mum, Shazia Hussain, in a one-bedroom flat in Bow; dad works away and is home one weekend a month. Since Christmas the flat has got steadily worse. At my last three visits there were no beds for the children - they sleep on a mattress on the living room floor with one duvet - the kitchen bin was overflowing, there was black mould on the bedroom wall and the fridge was empty apart from milk. School say Maryam is often hungry and has had the same uniform on all week. Mum has severe depression; she told me she stays in bed most days and has stopped taking her medication.

Mum knows I'm making the request and agrees that she needs more help than Early Help can give.

Thanks,
Rumana

Rumana Akhtar
Early Help Practitioner | Early Help Hub (Bow) | London Borough of Tower Hamlets
020 7946 0281
""")
    body = T("""
Agreed.

Gareth

Gareth Lloyd-Jones
Team Manager | Early Help Hub (Bow) | London Borough of Tower Hamlets
""") + SEP + ("From: Akhtar, Rumana <Rumana.Akhtar@towerhamlets.gov.uk>\nSent: 12 March 2032 15:50\n"
              "To: Lloyd-Jones, Gareth <Gareth.Lloyd-Jones@towerhamlets.gov.uk>\n"
              "Subject: Step up - MARF - Hussain family\n\n") + orig
    marf = docx_att("MARF - Hussain - March 2032.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Referrer: Rumana Akhtar, Early Help Practitioner, Early Help Hub (Bow)",
        "Type of request: Step up from Targeted Early Help to Children's Social Care (via MAST)",
        "Parent/carer: Shazia Hussain (mother). Father works away.",
        "Reason for request: deteriorating home conditions (no beds, mould, little food) and mother's severe "
        "depression; the Early Help plan since October 2031 has not improved things.",
        "Completed by: Rumana Akhtar    Date: 12/03/2032"], [
        [["Child's name", "Date of birth", "Mosaic ID"],
         ["Ibrahim Hussain", "14/02/2021", "1617730"], ["Maryam Hussain", "30/09/2024", "1617731"]],
        [["Question", "Yes", "No"],
         ["Has the parent/carer consented to this request?", "\u2611", "\u2610"],
         ["Is any child at immediate risk of significant harm?", "\u2610", "\u2611"],
         ["Has your line manager agreed this request?", "\u2610", "\u2610"]]])
    top = outlook_top(f, addr("Lloyd-Jones, Gareth", "Gareth.Lloyd-Jones@" + TDOM), addr("MAST", TMAST),
                      "FW: Step up - MARF - Hussain family", when, cc=addr("Akhtar, Rumana", "Rumana.Akhtar@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1617730", "1617731"],
        [ch("Ibrahim Hussain", "2021-02-14", "14/02/2021"), ch("Maryam Hussain", "2024-09-30", "30/09/2024")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "A MANAGER AGREEING IN A ONE-WORD REPLY above the forwarded request: the worker asked her TM to agree the "
        "MARF and send it on; he forwards it to MAST with 'Agreed.' and his signature (Team Manager) -> manager "
        "true, although the MARF's own manager boxes are both unticked (the newest statement, by the manager "
        "himself, wins). The MARF travels with the forward -> request_for_support met -> book_meeting. Children, "
        "DOBs and Mosaic ids only in the MARF's table; the body uses first names and ages. Neglect in plain words "
        "(no beds, mould, empty fridge, hungry child) + mum's severe depression = parental_mental_health; consent "
        "ticked and stated.",
        not_children=["Shazia Hussain", "Rumana Akhtar", "Gareth Lloyd-Jones"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2032-03-24 12:40:03"
    rows = [
        ("## About you", ""),
        ("Your name", "Selina Okonkwo"),
        ("Role", "Early Help Practitioner (Lead Practitioner)"),
        ("Organisation", "Tower Hamlets Early Help Hub (Stepney)"),
        ("Email", "selina.okonkwo@towerhamlets.gov.uk"),
        ("Phone", "020 7946 0674"),
        ("## The request", ""),
        ("Type of request", "Step up from Targeted Early Help to Children's Social Care"),
        ("## The child", ""),
        ("Child's full name", "Lacey Brennan"),
        ("Date of birth", "03/08/2018"),
        ("Mosaic ID (if known)", "1573906"),
        ("School", "Stepney Meadow Girls' School (Year 8)"),
        ("Parent / carer", "Michelle Brennan (mother)"),
        ("## Consent and oversight", ""),
        ("Has the parent/carer been told about this request?", "No"),
        ("Has consent been obtained?", "Not sought - mum is not answering calls or the door"),
        ("Has your line manager agreed this request?", "Yes - Farhana Begum (Team Manager), 24/03/2032"),
        ("Is the child at immediate risk of significant harm?", "No"),
        ("## Reason for request", ""),
        ("Describe your concerns", "Lacey has been open to Early Help since January for school attendance and "
         "arguments at home. On Monday night (22/03) mum told Lacey to get out and not come back after an argument "
         "about her phone. Lacey slept on the stairwell of the Ashpole House flats on Monday and Tuesday night. "
         "She came into school this morning in yesterday's clothes and told her Head of Year she is going to stay "
         "at 'Jay's' tonight. Jay is 23 and lives in Mile End; she met him on Snapchat and he has bought her a "
         "phone, vapes and food. Mum told the school office this morning that she will not have Lacey back, and has "
         "stopped answering the phone. Lacey will not give Jay's surname or address."),
        ("What has been tried?", "Family mediation (two sessions), attendance plan, weekly key work sessions."),
        ("What do you want to happen?", "Children's Social Care assessment."),
        ("Other information", "Head of Year (Ms Rahman) will try to keep Lacey at school until 3.30pm."),
    ]
    htmlb = form_html("Multi-Agency Request for Support (MARF) - new submission",
                      "A new Multi-Agency Request for Support has been submitted on the Tower Hamlets website. "
                      "Reference: MARF-2032-03-0417. Submitted: 24/03/2032 12:38.",
                      rows, "This email was sent by the Tower Hamlets online forms service to the MAST inbox. "
                            "Reply to this email to contact the person who submitted the form.")
    top = plain_top(f, addr("Tower Hamlets Online Forms", "forms-noreply@" + TDOM), addr("MAST", TMAST),
                    "New submission: Multi-Agency Request for Support (MARF) - MARF-2032-03-0417", when, TDOM, None,
                    extra=[("Reply-To", addr("Selina Okonkwo", "selina.okonkwo@" + TDOM))])
    add(f, build(top, text_part(htmlb, "html"), False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["1573906"], [ch("Lacey Brennan", "2018-08-03", "03/08/2018")],
        ["exploitation", "neglect"], None, True, [], None, "alert_duty",
        "URGENT in a COUNCIL WEB-FORM SUBMISSION (HTML only, a label/value table, from the forms service with "
        "Reply-To the practitioner): the submitter ticked 'immediate risk ... No', but the facts are plain - a "
        "13-year-old thrown out by her mother, two nights on a stairwell, going TONIGHT to the flat of a 23-year-old "
        "man she met on Snapchat who buys her a phone, vapes and food; mum refuses to have her back -> alert_duty "
        "(the careful reader, not the tick, decides). The form is the MARF itself -> request_for_support met; "
        "'line manager agreed ... Yes' -> manager true; consent 'Not sought' -> null. Concerns: grooming by an adult "
        "= exploitation, a parent refusing to have her child home = neglect.",
        not_children=["Selina Okonkwo", "Michelle Brennan", "Farhana Begum"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2032-04-06 14:20:47"
    body = T("""
Dear Early Help Hub,

My Child and Family Assessment of the Păun family concluded on 31 March. The outcome is step-down to a Team Around the Family with a Lead Practitioner.

Children:
Ștefan Păun, DOB 11/11/2019, Mosaic 1624471
Ioana Păun, DOB 25/06/2022, Mosaic 1624472
Parents: Mihaela Păun and Florin Păun.

Remaining needs: Ștefan's attendance (84%); overcrowding (a one-bedroom flat for four); mum's depression, for which she now sees her GP and has started talking therapies.

Consent: both parents consented to the step-down at my closing visit on 1 April, with a Romanian interpreter.

Lead Practitioner: Mr Adrian Munteanu, Family Support Worker at the Romanian and Moldovan Community Centre (Whitechapel), has agreed to take on the role.

I will chair the TAF meeting on Tuesday 13 April at 10:00 at Overland Children's Centre, and the minutes will be on Mosaic within 10 working days of the end of the assessment.

Attached: the C&F assessment summary (exported from Mosaic as text) and the TAF plan.

Mulțumesc / thank you,

Zeynep Kılıç
Social Worker | Assessment and Intervention Team | London Borough of Tower Hamlets
020 7946 0388
""")
    cfa = T("""
CHILD AND FAMILY ASSESSMENT - SUMMARY (exported from Mosaic 06/04/2032)
=======================================================================
Children:   Ștefan Păun   11/11/2019   Mosaic 1624471
            Ioana Păun    25/06/2022   Mosaic 1624472
Parents:    Mihaela Păun (mother), Florin Păun (father)
Assessment: started 04/02/2032, concluded 31/03/2032 (Zeynep Kılıç)

Reason for referral: school concern about Ștefan's attendance and tiredness; family of four in a one-bedroom flat.

Analysis: the parents are caring and meet the children's basic needs. Mother has depression (GP, talking therapies).
Ștefan's attendance is 84%. Housing is overcrowded; the family are on the housing register (band 2).

Outcome: no further statutory involvement; step-down to a TAF with a Lead Practitioner (Adrian Munteanu,
Romanian and Moldovan Community Centre). Parents consent (01/04/2032, interpreter present).
""")
    plan = docx_att("TAF plan - Paun family.docx", [
        "# Team Around the Family plan - Păun family",
        "Lead Practitioner: Adrian Munteanu, Family Support Worker, Romanian and Moldovan Community Centre",
        "1. Attendance: school attendance officer and Lead Practitioner to meet the parents fortnightly.",
        "2. Housing: support with the housing register and a priority review.",
        "3. Mother's wellbeing: continue GP and talking therapies; link to the women's group at the centre."])
    top = outlook_top(f, addr("Zeynep Kılıç", "Zeynep.Kilic@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to TAF – Ștefan & Ioana Păun – TAF 13/04", when)
    t = text_part(body, cte="base64", crlf=True)
    h = text_part(html_of(body), "html", cte="base64", crlf=True)
    root = multipart("mixed", [multipart("alternative", [t, h], bnd(f, 2)),
                               txt_att("CFA summary - Paun - 1624471.txt", cfa), plan], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1624471", "1624472"],
        [ch("Ștefan Păun", "2019-11-11", "11/11/2019"), ch("Ioana Păun", "2022-06-25", "25/06/2022")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "A complete Tower Hamlets step-down with RFC 2047 From ('Zeynep Kılıç', dotless i) and Subject ('Ș', 'ă', "
        "'–'), a base64 UTF-8 body and HTML twin, and the C&F assessment as a PLAIN .txt ATTACHMENT (a Mosaic text "
        "export) beside the TAF plan .docx -> assessment and draft_plan met; both parents consented; a named Lead "
        "Practitioner with his agency -> book_meeting. Romanian names with comma-below Ș and breve ă. Concerns: "
        "84% = school_attendance, mum's depression = parental_mental_health (overcrowding maps to no id).",
        not_children=["Mihaela Păun", "Florin Păun", "Adrian Munteanu", "Zeynep Kılıç"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2032-04-22 09:12:35"
    body = T("""
OFFICIAL-SENSITIVE

Dear MAST colleagues,

For information only - no action is requested from MAST.

Daniel Ofori (DOB 19/02/2017) was brought into the Royal London Hospital Emergency Department at 23:40 last night with a stab wound to his left thigh. He had surgery overnight and is now on the paediatric ward (Rainbow ward), where he will stay until at least Monday.

The Metropolitan Police have an officer on the ward 24 hours a day, and two suspects were arrested at the scene. Officers believe the attack was linked to a county lines debt. A strategy discussion was held at 08:30 this morning, chaired by MAST (Maryam Okonjo). The allocated social worker, Mr Tunde Bakare, visited the ward at 9am and a safety plan is in place for Daniel's discharge. Mum is with Daniel. His younger brother, Kwesi Ofori (11), is at school and is staying with his aunt in Hackney for now.

I am sending this to your inbox for your records because Daniel's Early Help episode (Mosaic 1590288) is still open to the Early Help Hub.

Kind regards,

Carys Davies
Paediatric Liaison Nurse | Safeguarding Children Team
Royal London Hospital, Barts Health NHS Trust
020 7946 0911

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.
********************************************************************************************************************
""")
    top = outlook_top(f, addr("DAVIES, Carys (BARTS HEALTH NHS TRUST)", "carys.davies14@nhs.example.net"),
                      addr("MAST", TMAST), "[secure] FYI - Daniel Ofori DOB 19/02/2017 - admitted RLH last night",
                      when, mid_domain="nhs.example.net")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, ["1590288"],
        [ch("Daniel Ofori", "2017-02-19", "19/02/2017"), ch("Kwesi Ofori")],
        ["exploitation", "physical_harm"], None, None, [], None, "human_review",
        "NEAR MISS, an NHSmail '[secure]' message from a paediatric liaison nurse: 'stab wound', 'surgery', "
        "'county lines debt', 'strategy discussion' - but the RISK IS ALREADY MANAGED: two suspects arrested, an "
        "officer on the ward around the clock, a strategy discussion held this morning by MAST, a safety plan for "
        "discharge, the younger brother safe with an aunt; 'For information only - no action is requested' -> not "
        "urgent; a report that asks for no step -> other -> human_review. This week's stabbing keeps "
        "physical_harm and the county lines debt exploitation (the held-risk convention). Both brothers named in "
        "full; 'Mosaic 1590288' -> the digits.",
        not_children=["Carys Davies", "Tunde Bakare", "Maryam Okonjo"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2032-04-12 11:18:58"
    body = T("""
Hi, any update on this? I sent the MARF on Weds and my manager replied agreeing on Thursday but I haven't heard anything about the MAST discussion.

Also Kerry rang me this morning in tears. Dean has been back at the flat since Saturday. He hit her on Sunday night and she has a black eye and a cut lip - Tyler and Ellie-Mae were in the room and saw it. He's still there now and she says he took her phone and only gave it back so she could ring me. She is scared of what he'll do if she tells anyone. The kids are off school today because he wouldn't let her take them.

Can someone ring me back on 07700 900752?

Precious

Sent from my iPhone
""")
    top = plain_top(f, addr("Precious Nwosu", "Precious.Nwosu@" + TDOM), addr("MAST", TMAST),
                    "Re: [SB-tower_hamlets-207] Step-up request received - still needed: manager agreement", when,
                    TDOM, "iPhone Mail (22F76)",
                    extra=[("In-Reply-To", "<SB-tower_hamlets-207.ack@towerhamlets.gov.uk>"),
                           ("References", "<SB-tower_hamlets-207.ack@towerhamlets.gov.uk>")])
    root = flowed_part(body, cte="7bit")
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, [], [], ["domestic_abuse"], None, True, [], None, "alert_duty",
        "URGENT in a CHASER ('any update on this?') replying to stepbot's acknowledgement [SB-tower_hamlets-207] "
        "from an iPhone (format=flowed, nothing quoted): the mother's partner, back since Saturday, beat her on "
        "Sunday in front of the children, is in the flat NOW, controls her phone and kept the children off school "
        "today -> alert_duty, though the words 'urgent', 'risk' and 'immediate' never appear. EVERYONE IS NAMED BY "
        "FIRST NAME ONLY and then by pronouns (Kerry, Dean, Tyler, Ellie-Mae) -> no child labelled (a first name "
        "alone adds nobody), no case id. 'my manager replied agreeing' -> manager true (as stated). Concern: "
        "domestic_abuse witnessed by the children.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2032-03-16 09:31:14"
    add(f, itip_reply(f, when, "Akhtar, Rumana", "Rumana.Akhtar@" + TDOM, ("MAST", TMAST), "DECLINED",
                      "MAST discussion - Hussain family [SB-tower_hamlets-188]", "20320317T100000",
                      "20320317T110000", "Microsoft Teams Meeting",
                      comment="I'm on annual leave on Wednesday - Gareth (my TM) will attend in my place."),
        "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (PARTSTAT=DECLINED) with a COMMENT naming a stand-in, to the MAST discussion stepbot "
        "booked for tower_hamlets_01 -> meeting_reply -> record_reply. The summary names the family by surname "
        "only; the comment's facts are administrative.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2032-04-28 15:44:20"
    body = T("""
Hello Early Help Hub,

I’m the agency social worker for Aaliyah Thompson and her half-brother Jaden Clarke, and I’m writing about their step-down from Child in Need to Targeted Early Help following my Child and Family Assessment, which concluded on 23 April.

Aaliyah Thompson – DOB 12/12/2016 – Mosaic 1609953
Jaden Clarke – DOB 04/04/2026 – Mosaic 1609954

They live with their mum, Natalie Thompson, in Poplar. Jaden’s dad, Marcus Clarke, has him every Saturday and that arrangement works well.

Remaining needs: mum’s anxiety (she’s under the GP and on the waiting list for talking therapies) and Aaliyah’s attendance, which is 83% this year.

Natalie has consented to the step-down – she signed the consent on 23 April.

Lead Practitioner: tbc – I’ve asked the SENCo at Aaliyah’s school whether she will take it on, and she’s getting back to me on Monday.

I’ll chair the TAF on Wednesday 12 May at 10:00 at Lansbury Lawn Primary.

Attached: the C&F assessment (.rtf) and the draft TAF plan.

Many thanks,

Declan Fitzpatrick
Social Worker (Agency) | Children and Families Service | London Borough of Tower Hamlets
""")
    cfa = rtf_att("C&F Assessment - Thompson-Clarke.rtf", [
        ("h", "Child and Family Assessment - Thompson / Clarke"),
        ("table", [["Child", "Date of birth", "Mosaic ID"],
                   ["Aaliyah Thompson", "12/12/2016", "1609953"], ["Jaden Clarke", "04/04/2026", "1609954"]],
         [3200, 2200, 2200]),
        ("p", "Assessment concluded 23/04/2032 (D. Fitzpatrick)."),
        ("p", "Analysis: mother’s anxiety affects routines; Aaliyah’s attendance 83%. No safeguarding concerns "
              "identified; the children are well cared for."),
        ("p", "Outcome: step-down to Targeted Early Help with a TAF; mother consents.")])
    plan = docx_att("Draft TAF plan - Thompson-Clarke.docx", [
        "# Draft TAF plan - Thompson / Clarke",
        "1. Attendance plan for Aaliyah with the school.",
        "2. Mum's anxiety: GP, talking therapies; Lead Practitioner to check in fortnightly.",
        "Lead Practitioner: to be confirmed."])
    top = outlook_top(f, addr("Fitzpatrick, Declan (Agency)", "Declan.Fitzpatrick@" + TDOM),
                      addr("Early Help Hub", THUB), "Step down to Early Help – Thompson / Clarke", when)
    t = text_part(body, charset="windows-1252")
    h = text_part(html_of(body), "html", charset="windows-1252")
    root = multipart("mixed", [multipart("alternative", [t, h], bnd(f, 2)), cfa, plan], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1609953", "1609954"],
        [ch("Aaliyah Thompson", "2016-12-12", "12/12/2016"), ch("Jaden Clarke", "2026-04-04", "04/04/2026")],
        ["parental_mental_health", "school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "A Tower Hamlets step-down for HALF-SIBLINGS WITH DIFFERENT SURNAMES (Thompson / Clarke), windows-1252 "
        "quoted-printable with curly apostrophes; the C&F assessment is an .rtf and the draft TAF plan a .docx -> "
        "assessment and draft_plan met; mum signed the consent -> true. 'Lead Practitioner: tbc - I've asked the "
        "SENCo ... getting back to me on Monday' -> not yet identified -> lead_practitioner missing -> "
        "request_info. Jaden's father is an adult. Concerns: mum's anxiety = parental_mental_health, 83% = "
        "school_attendance.",
        not_children=["Natalie Thompson", "Marcus Clarke", "Declan Fitzpatrick"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2032-05-07 10:01:02"
    text = T("""
Read receipt

Your secure email "Outcome of MAST discussion - Hussain family" was opened by j.ahmed@bowschool.example.sch.uk on 07/05/2032 at 09:58 (BST).

You sent this email on 06/05/2032 at 16:12 from MAST@towerhamlets.gov.uk.

You can see who has opened your secure emails, and revoke access at any time, from your Galaxkey dashboard.

This is an automatically generated message from Galaxkey. Please do not reply.
""")
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">%s</body></html>\n"
             % "".join("<p>%s</p>\n" % html.escape(p) for p in text.strip().split("\n\n")))
    top = plain_top(f, addr("Galaxkey", "noreply@secure.galaxkey.example"), addr("MAST", TMAST),
                    "Read receipt: Outcome of MAST discussion - Hussain family", when, "secure.galaxkey.example", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    root = multipart("alternative", [text_part(text, cte="7bit"), text_part(htmlb, "html")], bnd(f, 1))
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A SECURE-MAIL SERVICE's READ RECEIPT (Galaxkey style, Auto-Submitted: auto-generated): a school opened "
        "the secure email MAST sent about tower_hamlets_01's outcome -> machine mail -> auto_reply -> ignore. The "
        "family is named by surname only.")


# ============================================================================= TORBAY
BEH = MAILBOXES[("torbay", "early_help_duty")]
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2032-03-09 11:40:19"
    body = T("""
hi early help this is Lowenna Prout single assessment team I'm dictating this between visits so please excuse any mistakes could I please have a tree ash slot for the Colwill children Kayden Colwill date of birth 4th of September 2017 and Poppy Colwill date of birth 22nd of January 2029 LCS 2891044 and 2891045 they live with mum Sophie Colwill in pain ton the single assessment is finished and my analysis is no further action at level for but a level three coordinated response my team manager Gemma Pollard did her managers analysis on LCS yesterday and she agrees the threshold for level three is met mum has given her consent for level three early help she signed the form at my visit on Monday the worries are mums drinking at weekends which is a lot less than it was and Kayden's attendance which is 82 percent Poppy is 3 so I think she will need the under fives tree ash I've attached the single assessment thank you

Lowenna

Lowenna Prout
Social Worker | Single Assessment Team | Torbay Council
01632 960417
""")
    sa = pdf_att("SA - Colwill - March 2032.pdf", "SINGLE ASSESSMENT - COLWILL", [
        "Children: Kayden Colwill (04/09/2017), Poppy Colwill (22/01/2029)    LCS 2891044 / 2891045",
        "Mother: Sophie Colwill, Paignton.",
        "Worker's analysis: mother's weekend drinking reduced; Kayden's attendance 82%. No further action at "
        "level 4; level 3 coordinated response recommended.",
        "Manager's analysis (G. Pollard, 08/03/2032): agree - threshold for level 3 met; step down to Early Help.",
        "Consent for level 3 Early Help: signed by mother 08/03/2032."])
    top = outlook_top(f, addr("Prout, Lowenna", "Lowenna.Prout@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage request - step down - Colwill children", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2891044", "2891045"],
        [ch("Kayden Colwill", "2017-09-04", "4th of September 2017"),
         ch("Poppy Colwill", "2029-01-22", "22nd of January 2029")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "A Torbay step-down DICTATED between visits with NO PUNCTUATION and MISHEARD WORDS: 'tree ash' = triage, "
        "'pain ton' = Paignton, 'level for' = level 4 (the level the assessment closes), 'level three' = the "
        "step-down level -> 3. Single Assessment attached, TM's analysis recorded ('she agrees the threshold for "
        "level three is met') -> manager true, mum signed the consent -> nothing missing -> book_meeting. DOBs "
        "spoken as '4th of September 2017' / '22nd of January 2029'; 'LCS 2891044 and 2891045' -> the digits. "
        "Concerns: mum's weekend drinking (reduced but current) = substance_misuse, 82% = school_attendance. Poppy "
        "is 3 -> the under-5s triage.",
        not_children=["Sophie Colwill", "Gemma Pollard", "Lowenna Prout"])

def torbay_02():
    f = "torbay_02.eml"; when = "2032-04-01 14:05:37"
    rows = [
        ("## Your details", ""),
        ("Name", "Ellie Crocker"),
        ("Job title", "Family Intervention Worker (Lead Professional, level 3)"),
        ("Organisation / team", "Torbay Council Early Help - Torquay team"),
        ("Email", "ellie.crocker@torbay.gov.uk"),
        ("Telephone", "01632 960533"),
        ("## Reason for contact", ""),
        ("Type of contact", "Step up - level 3 Early Help to level 4"),
        ("EHM ID", "EHM-812207"),
        ("## Children", ""),
        ("Child 1", "Brooke Widdicombe - 15/05/2020"),
        ("Child 2", "Riley Widdicombe - 09/10/2022"),
        ("Child 3", "Ava Widdicombe - 27/03/2028"),
        ("Parent / carer", "Shelley Widdicombe (mother)"),
        ("## Concerns", ""),
        ("Describe your concerns", "I visited on 30 March with the health visitor. The living room and kitchen floors "
         "were covered in dog mess and cat litter, and the whole house smelt of urine. The three children share one "
         "single mattress in the back bedroom with no sheet or duvet. The fridge had a pint of milk that was out of "
         "date and a tub of butter; there was no other food in the house. Ava (4) was in a nappy that had not been "
         "changed since the morning and has a sore nappy rash (the health visitor has given cream and will check it "
         "on Tuesday). Riley has no shoes that fit and has missed 11 days of school since February; Brooke is "
         "often late and hungry. Shelley says she is 'too tired' to do anything and has stopped taking her "
         "antidepressants. This is the fourth visit since January with the same conditions despite the Early Help "
         "plan."),
        ("## Consent and management oversight", ""),
        ("Has the parent consented to this contact to MASH?", "No - Shelley said \"I don't want social services in "
         "my house\" when I told her I was making this contact."),
        ("Has this been discussed with your line manager?", "Yes - Silas Penrose (Assistant Team Manager, Early "
         "Help) agrees this needs to be considered for a level 4 response."),
        ("Is any child at immediate risk of significant harm?", "No"),
    ]
    htmlb = form_html("Contact to MASH - professional form", "Form reference: MASH-PRO-32-01873. Submitted "
                      "01/04/2032 14:04 by ellie.crocker@torbay.gov.uk.", rows,
                      "Torbay Council online forms. This notification was sent to the MASH inbox.", brand="#00594f")
    top = plain_top(f, addr("Torbay Council Online Forms", "noreply@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - professional form - MASH-PRO-32-01873", when, BDOM, None,
                    extra=[("Reply-To", addr("Ellie Crocker", "ellie.crocker@" + BDOM))])
    add(f, build(top, text_part(htmlb, "html"), False), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-812207"],
        [ch("Brooke Widdicombe", "2020-05-15", "15/05/2020"), ch("Riley Widdicombe", "2022-10-09", "09/10/2022"),
         ch("Ava Widdicombe", "2028-03-27", "27/03/2028")],
        ["neglect", "parental_mental_health", "school_attendance"], False, True, ["consent"], None, "request_info",
        "A Torbay contact to MASH (step-up from level 3) as a COUNCIL WEB-FORM SUBMISSION: HTML only, a label/value "
        "table, from the forms service with Reply-To the lead professional. NEGLECT AND HOME CONDITIONS IN PLAIN "
        "WORDS (dog mess, urine, one bare mattress for three, no food, an unchanged nappy, no shoes that fit) + 11 "
        "days missed = school_attendance + mum stopped her antidepressants = parental_mental_health. Chronic, "
        "with the health visitor involved and 'immediate risk: No' -> not urgent. The ATM 'agrees' -> manager true; "
        "mum said 'I don't want social services in my house' -> a stated refusal -> consent false -> missing "
        "(the seed asks for a contact 'with parental consent') -> request_info.",
        not_children=["Ellie Crocker", "Shelley Widdicombe", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2032-04-20 10:20:44"
    q = bottom_quote("On Fri, 16 Apr 2032 at 14:22, Early Help Torbay <earlyhelp@torbay.gov.uk> wrote:", T("""
Thank you - your request for a triage slot for Jake Northcott and Millie Northcott (LCS-2877610, LCS-2877611)
has been received (reference SB-torbay-264).

Still needed before we can allocate a triage slot:
- the Single Assessment with your analysis and the rationale for the step down.

Reply to this email with the missing item and keep the reference in the subject.

Early Help Torbay
"""))
    body = q + T("""

Hi, Single Assessment attached now - sorry, I'd saved it as a draft.

So that you have it before triage: on Sunday night (18th) the children's dad, Ryan Northcott, turned up drunk at the house and put the front window through. Mum rang 999. Police were there within ten minutes and arrested him; he has been charged with criminal damage and assaulting mum and was remanded in custody at Exeter Magistrates' yesterday until his trial in June. The children were asleep upstairs and were not hurt - they went to their nan's on Monday and are back home with mum now. The PPN came through MASH on Monday and MASH have reviewed it with me and my TM: we agreed it doesn't change the plan and the step-down can go ahead. Mum has a new safety plan and the Bobby Van are fitting new locks on Thursday.

Daniel

Daniel Penhaligon
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""")
    sa = pdf_att("Single Assessment - Northcott - April 2032.pdf", "SINGLE ASSESSMENT - NORTHCOTT", [
        "Children: Jake Northcott (12/12/2020) LCS-2877610; Millie Northcott (07/07/2024) LCS-2877611",
        "Mother: Kayleigh Northcott. Father (separated 2031): Ryan Northcott.",
        "Worker's analysis: CIN outcomes achieved; remaining needs are mother's low mood after the separation and "
        "Jake's attendance (85%). Level 3 coordinated response recommended.",
        "Manager's analysis (S. Keast, Team Manager, 14/04/2032): agree - threshold for level 3 met.",
        "Consent for level 3 Early Help: given by mother 15/04/2032."])
    top = plain_top(f, addr("Penhaligon, Daniel", "Daniel.Penhaligon@" + BDOM), addr("Early Help Torbay", BEH),
                    "Re: [SB-torbay-264] Triage request received - still needed: Single Assessment", when, BDOM,
                    None, extra=[("In-Reply-To", "<SB-torbay-264.ack@torbay.gov.uk>"),
                                                      ("References", "<SB-torbay-264.ack@torbay.gov.uk>")])
    add(f, mail(f, top, body, [sa], crlf=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["LCS-2877610", "LCS-2877611"],
        [ch("Jake Northcott", "2020-12-12", "12/12/2020"), ch("Millie Northcott", "2024-07-07", "07/07/2024")],
        ["domestic_abuse", "parental_mental_health", "school_attendance"], True, True, [], None, "attach_to_request",
        "NEAR MISS in a BOTTOM-POSTED follow-up (new text under the '>' quoted acknowledgement [SB-torbay-264]) "
        "supplying the missing Single Assessment: 'turned up drunk', 'put the front window through', '999', "
        "'assaulting mum' - a RISK ALREADY MANAGED BY POLICE: arrested within ten minutes, charged, remanded until "
        "June; the children unhurt; the PPN reviewed by MASH, who agreed the plan stands -> not urgent -> "
        "follow_up -> attach_to_request. Sunday's assault stays domestic_abuse (held risk); the attached SA adds "
        "mum's low mood (parental_mental_health), 85% (school_attendance), the TM's analysis (manager true) and "
        "mum's consent (true).",
        not_children=["Ryan Northcott", "Kayleigh Northcott", "Daniel Penhaligon"])

def torbay_04():
    f = "torbay_04.eml"; when = "2032-04-14 12:15:08"
    body = T("""
[This message was sent securely using Egress]

Hello MASH,

I am the health visitor for Roxy Pearce, DOB 20/02/2032, who lives with her mum Chloe Pearce (19) and mum's partner Jordan Bray at Flat 3, 22 Gulliver Row, Torquay. I did a planned visit at 10:30 this morning.

Roxy had a bruise about 2cm across on her left cheek and two small round bruises on the back of her right upper arm, about the size of fingertips. Chloe said the dog jumped on the sofa and caught her. Roxy is 7 weeks old and is not rolling or moving herself yet.

Jordan came into the room, said "she's fine, you lot are always looking for something", and told me to leave.

I asked Chloe to take Roxy to the Children's Emergency Department at Torbay Hospital this afternoon to be checked. She said she would not, because Jordan would not let her. Jordan is not working this week and is at home with them. I left at 10:55.

I have told my safeguarding lead, Sarah Eveleigh, who asked me to send this to you and to ring the MASH duty line, which I am doing now.

Jenna Trethowan
Health Visitor (SCPHN) | Torquay North Health Visiting Team | Torbay and South Devon NHS Foundation Trust
01632 960781

--
Secured by Egress. The sender has protected this email. Egress verifies the identity of the sender and protects the content in transit.
To send a secure reply, use the Reply button in your email client or visit https://switch.egress.example/ui/reply?id=%s
""" % sha(f, "eg")[:20])
    top = outlook_top(f, addr("Trethowan, Jenna", "jenna.trethowan@nhs.example.net"), addr("Torbay MASH", BMASH),
                      "[SECURE] Baby Roxy Pearce - visit this morning", when, mid_domain="nhs.example.net",
                      extra=[("X-Egress-Classification", "OFFICIAL-SENSITIVE"),
                             ("X-Egress-Package-Id", sha(f, "egp")[:32].upper())])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Roxy Pearce", "2032-02-20", "20/02/2032")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT in an EGRESS-SECURED email ('[SECURE]' subject, Egress banner and footer, X-Egress headers) from a "
        "health visitor: a 7-week-old, not yet moving herself, has a bruise on her cheek and fingertip bruises on "
        "her arm with an unlikely explanation; the partner told the HV to leave; the mother refuses to take her to "
        "hospital because he won't let her, and he is at home with the baby all week -> alert_duty. Told plainly: "
        "no 'urgent', 'risk' or 'immediate'. A report that asks for no step -> other. Mum (19) and her partner are "
        "adults.",
        not_children=["Chloe Pearce", "Jordan Bray", "Sarah Eveleigh", "Jenna Trethowan"])

def torbay_05():
    f = "torbay_05.eml"; when = "2032-05-06 15:30:26"
    body = T("""
Hi Early Help,

Please could I have a triage slot for Elowen and Kit Hocking? Kit is 2, so I think they'll need to go to the under-5s triage.

Elowen Hocking – DOB 03/03/2021 – LCS-2869903
Kit Hocking – DOB 14/06/2029 – LCS-2869904

Both children's CIN plans end at the review on 11 May: mum's carers' assessment is done, the adaptations to the house are finished and a personal assistant now comes in four mornings a week. What's left is Elowen – she is 11 and still does a lot for her mum, who has fibromyalgia, and for Kit, and she is late most days after getting him ready; her attendance is 88%.

The Single Assessment update is attached (my analysis and Ross's management analysis are in it). Jess (mum) signed the consent for early help on Tuesday.

Thanks,
Merryn

Merryn Carne
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960655
""")
    sa = rtf_att("Single Assessment update - Hocking.rtf", [
        ("h", "Single Assessment - update (SASF)"),
        ("table", [["Child", "Date of birth", "LCS ID"],
                   ["Elowen Hocking", "03/03/2021", "LCS-2869903"], ["Kit Hocking", "14/06/2029", "LCS-2869904"]],
         [3000, 2200, 2400]),
        ("p", "Worker’s analysis: outcomes of the CIN plans achieved (carers’ assessment, home adaptations, personal "
              "assistant). Remaining need: Elowen’s caring role and her attendance (88%). No further statutory "
              "intervention; L3 (level 3) coordinated early help response recommended."),
        ("p", "Manager’s analysis (Ross Hambly, Team Manager, 04/05/2032): I agree. Threshold for level 3 met; "
              "step down to Early Help."),
        ("p", "Consent: Jess Hocking signed the consent for level 3 early help on 04/05/2032.")])
    top = outlook_top(f, addr("Carne, Merryn", "Merryn.Carne@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot – step down from SASF – Elowen & Kit Hocking", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["LCS-2869903", "LCS-2869904"],
        [ch("Elowen Hocking", "2021-03-03", "03/03/2021"), ch("Kit Hocking", "2029-06-14", "14/06/2029")],
        ["school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "A complete Torbay step-down (RFC 2047 subject with '–') whose Single Assessment is an .rtf: the LEVEL is "
        "written only in the .rtf ('L3 (level 3) coordinated early help response') -> 3; the manager's analysis "
        "('I agree. Threshold for level 3 met') is also only in the .rtf -> manager true; mum signed the consent "
        "-> book_meeting. Kit is 2 -> the under-5s triage. Concerns: an 11-year-old caring for her mum and brother "
        "= young_carer, 88% = school_attendance (mum's fibromyalgia maps to no id).",
        not_children=["Jess Hocking", "Ross Hambly", "Merryn Carne"])

def torbay_06():
    f = "torbay_06.eml"; when = "2032-03-10 16:12:55"
    add(f, itip_reply(f, when, "Prout, Lowenna", "Lowenna.Prout@" + BDOM, ("Early Help Torbay", BEH), "ACCEPTED",
                      "Under-5s triage - Colwill children [SB-torbay-239]", "20320323T113000", "20320323T120000",
                      "Microsoft Teams Meeting", comment="Thanks - I'll bring the updated SA."),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (PARTSTAT=ACCEPTED) with a short COMMENT, to the under-5s triage slot stepbot offered "
        "for torbay_01 (Tuesday 23 March 11:30, a fortnightly under-5s sitting) -> record_reply. Surname only in "
        "the summary.")

def torbay_07():
    f = "torbay_07.eml"; when = "2032-04-23 11:00:49"
    body = T("""
Hello Early Help,

Please may I have a triage slot for Morgan Chenoweth (DOB 18/10/2018, LCS-2841107) and Lily Chenoweth (DOB 01/06/2021, LCS-2841108)? Their child protection plans ended at the review conference on 14 April, the outcomes have been achieved and there is no further need for statutory intervention, but they would benefit from a level 3 coordinated response.

Because the file is alarming, a word on the history. In August 2030 the children's dad, Callum Chenoweth, strangled mum in front of the children. He was charged, but the case was dropped when mum withdrew her statement, and the children were made subject to CP plans in September 2030.

The safety plan has worked. Callum moved out in 2030 and lives in Brixham; he completed the Building Better Relationships programme last year; he sees the children only at supervised contact at the family contact centre, fortnightly, and every contact has gone well. There has not been a single incident in eighteen months, there have been no police call-outs since 2030, and mum's IDVA closed the case in January. Morgan and Lily both told me they feel safe and that "Dad's different now".

What's left: Morgan's anxiety about school, which has led to a lot of missed days (attendance 79%) - she is on the CAMHS waiting list; and mum's confidence about managing on her own.

My TM, Tegen Rowse, agreed the step down and recorded her manager's analysis on LCS on 19 April. Mum (Hayley) consented to level 3 early help on 20 April. The Single Assessment is attached.

Thanks,
Nessa

Nessa Trevithick
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""")
    sa = pdf_att("Single Assessment - Chenoweth - April 2032.pdf", "SINGLE ASSESSMENT - CHENOWETH", [
        "Children: Morgan Chenoweth (18/10/2018) LCS-2841107; Lily Chenoweth (01/06/2021) LCS-2841108",
        "History: August 2030 domestic abuse incident (non-fatal strangulation of mother by father); CP plans "
        "09/2030 - 04/2032. No incidents since 2030.",
        "Current: Morgan's attendance 79% (anxiety, CAMHS waiting list). Level 3 coordinated response recommended.",
        "Manager's analysis (T. Rowse, 19/04/2032): threshold for level 3 met; agree step down."])
    top = outlook_top(f, addr("Trevithick, Nessa", "Nessa.Trevithick@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot request - step down after CP plans - Chenoweth", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-2841107", "LCS-2841108"],
        [ch("Morgan Chenoweth", "2018-10-18", "18/10/2018"), ch("Lily Chenoweth", "2021-06-01", "01/06/2021")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A PLAN THAT IS WORKING: 'strangled mum in front of the children', 'charged', 'CP plans' describe "
        "August 2030; the safety plan has held for eighteen months (father moved out, perpetrator programme done, "
        "supervised contact only, no call-outs since 2030, IDVA closed) -> not urgent, and no domestic_abuse (historic "
        "and managed). A complete level 3 step-down: Single Assessment attached, TM's analysis recorded, mum "
        "consented -> book_meeting. Current: Morgan's 79% = school_attendance (her anxiety and mum's confidence map "
        "to no id).",
        not_children=["Callum Chenoweth", "Tegen Rowse", "Nessa Trevithick"])

def torbay_08():
    f = "torbay_08.eml"; when = "2032-05-10 08:15:00"
    text = T("""
Secure email expiry reminder

A secure email you received will expire in 7 days.

From: nessa.trevithick@torbay.gov.uk
Subject: SA - Chenoweth
Received: 23/04/2032 11:02
Expires: 17/05/2032 11:02

After it expires you will no longer be able to open the email or its attachments. Download anything you need to keep before then.

This is an automated notification from Egress. Please do not reply to this email.
""")
    top = plain_top(f, addr("Egress Notifications", "notifications@switch.egress.example"),
                    addr("Early Help Torbay", BEH), "Reminder: a secure email will expire in 7 days (SA - Chenoweth)",
                    when, "switch.egress.example", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(text, cte="7bit"), False), "torbay", "early_help_duty", when, 3,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A SECURE-MAIL SERVICE's EXPIRY REMINDER (Egress style, Auto-Submitted: auto-generated) for a secure email "
        "the inbox received on 23 April -> machine mail -> auto_reply -> ignore. Surname only; no child, no case id.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2032-03-22 14:30:11"
    body = T("""
Dear Early Help Co-ordinators,

Following the Child and Family Assessment I completed on 12 March, and my discussion with Xavier Moss at the step-down drop-in on 16 March, please find attached the Early Help Assessment step-down plan and mum's signed consent form. The plan is an .odt - I'm on an agency laptop that only has LibreOffice, so I hope it opens.

This is a sibling group step-down to level 3, and the household is a blended one, so to be clear about who is who. The family live at 5 Kingsland Road, Leominster:
- Kerry Pritchard (mum) and her partner, Dai Lloyd;
- Kerry's children, Alfie Pritchard (DOB 02/05/2021) and Jessica Pritchard (DOB 17/08/2023);
- Kerry and Dai's daughter, Ffion Lloyd (DOB 26/05/2031), who is Alfie and Jessica's half-sister.
Dai's son from his previous relationship, Kayden Lloyd (11), stays every other weekend. He lives with his mum in Kington, has never been open to us and is not part of this step-down.

The step-down is for Alfie, Jessica and Ffion. Mosaic: Alfie 640218, Jessica 640219, Ffion 640220.

Key person: Mrs Sian Vaughan, Family Support Worker at Leominster Family Hub (Herefordshire Council). She met the family with me on 18 March and has agreed to lead.

Needs: Kerry's depression (she is with the GP and the perinatal mental health team), Alfie's speech and language (he is on SEN support at school) and damp in the children's bedroom (a housing repair is booked).

Kind regards,

Nia Prydderch
Social Worker (Agency) | Children's Safeguarding and Family Support | Herefordshire Council
""")
    plan = odt_att("EHA step-down plan - Pritchard-Lloyd.odt", [
        "# Early Help Assessment - Step Down (Level 3 - Intensive)",
        "Sibling group: Alfie Pritchard (02/05/2021), Jessica Pritchard (17/08/2023), Ffion Lloyd (26/05/2031)",
        "Mosaic IDs: 640218, 640219, 640220",
        "What are we worried about? Mum's depression; Alfie's speech and language needs; damp in the bedroom.",
        "What's working well? Dai and Kerry share the care well; the children are warm, fed and attend school and "
        "nursery every day.",
        "Details of Key Person: Sian Vaughan, Family Support Worker, Leominster Family Hub (Herefordshire Council) "
        "- agreed with the family on 18/03/2032."], [
        [["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
         ["Kerry to keep her GP and perinatal mental health appointments; Sian to check in fortnightly",
          "Kerry feels better supported", "3 months"],
         ["School SENCo to review Alfie's SEN support plan and speech therapy", "Alfie's speech improves", "Summer term"],
         ["Sian to chase the housing repair for the damp", "Dry bedroom", "6 weeks"]]])
    consent = pdf_att("Consent form signed - K Pritchard.pdf", "EARLY HELP - CONSENT TO SHARE INFORMATION AND "
                      "RECEIVE SUPPORT", [
        "Family: Pritchard / Lloyd, 5 Kingsland Road, Leominster",
        "Children: Alfie Pritchard, Jessica Pritchard, Ffion Lloyd",
        "I agree to my family being stepped down to Early Help and to information being shared with the key person.",
        "Signed: K. Pritchard (mother)    Date: 18/03/2032",
        "Signed: D. Lloyd (father of Ffion)    Date: 18/03/2032"])
    top = outlook_top(f, addr("Prydderch, Nia (Agency)", "Nia.Prydderch@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Pritchard / Lloyd sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["640218", "640219", "640220"],
        [ch("Alfie Pritchard", "2021-05-02", "02/05/2021"), ch("Jessica Pritchard", "2023-08-17", "17/08/2023"),
         ch("Ffion Lloyd", "2031-05-26", "26/05/2031"), ch("Kayden Lloyd")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "A BLENDED HOUSEHOLD with STEP- AND HALF-SIBLINGS: a sibling-group step-down for mum's two children and her "
        "baby with her partner (their half-sister, a different surname); the partner's son Kayden Lloyd (11), who "
        "stays every other weekend, is named in full but is 'not part of this step-down'. DESIGN asks for 'each "
        "child named', so all four are labelled (Kayden last, age only -> dob null). The EHA step-down plan is an "
        ".odt (LibreOffice) - an ordinary, readable document type, so draft_plan is met; signed consent form PDF; "
        "key person named with her agency -> book_meeting; 'level 3' stated. Concerns: mum's depression = "
        "parental_mental_health, SEN support for speech = disability_send (damp maps to no id).",
        not_children=["Kerry Pritchard", "Dai Lloyd", "Sian Vaughan", "Xavier Moss", "Nia Prydderch"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2032-03-31 10:45:38"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Seren Jones-Parry (DOB 13/01/2019, Mosaic 633812) and Osian Jones-Parry (DOB 09/07/2022, Mosaic 633813), stepping down to level 3 early help. I talked the plan through with Verity Lang on the phone last week.

The children's child protection plans ended at the review conference on 24 March. I know the history in Mosaic will read badly, so briefly: in October 2031 Osian, then 2, had a bruise to his ear and his dad, Rhys Parry, admitted hitting him. Rhys was arrested and accepted a caution, and at the ICPC in November he agreed to move out to his mother's in Leominster under a safety plan.

The safety plan has worked. Rhys has stayed at his mother's, completed the Caring Dads programme in February, and sees the children only at supervised contact at the Hereford family centre on Saturdays, which has gone well every time. There have been no incidents of any kind since October. Leanne (mum) has been fully protective throughout, and the conference agreed unanimously that the children no longer need a plan.

Key person: Mr Gareth Probert, Pastoral Lead at Hinton Brook Primary School, who has agreed to take on the role. What Early Help would hold: Seren's attendance (90% - she has missed Mondays since the autumn) and support for Leanne with money and with getting back to work.

Thanks,
Tom

Tom Gittins
Social Worker | Children's Safeguarding and Family Support (Hereford City) | Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - Jones-Parry.docx", [
        "# Early Help Assessment - Step Down",
        "Children: Seren Jones-Parry (13/01/2019), Osian Jones-Parry (09/07/2022)",
        "What are we worried about? Seren's attendance (90%). Mum's finances.",
        "What's working well? The safety plan has held since November 2031; mum is protective; supervised contact "
        "with dad goes well.",
        "What needs to happen? Attendance support plan with school; money advice and work support for mum; review "
        "at the MAG.",
        "Key person: Gareth Probert, Pastoral Lead, Hinton Brook Primary School - agreed."])
    consent = pdf_att("Consent - Jones-Parry - signed.pdf", "CONSENT TO EARLY HELP SUPPORT", [
        "Children: Seren Jones-Parry, Osian Jones-Parry",
        "I consent to my family receiving Early Help support and to the step-down plan.",
        "Signed: Leanne Jones (mother)    Date: 29/03/2032"])
    top = outlook_top(f, addr("Gittins, Tom", "Tom.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jones-Parry children - plan and consent attached", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["633812", "633813"],
        [ch("Seren Jones-Parry", "2019-01-13", "13/01/2019"), ch("Osian Jones-Parry", "2022-07-09", "09/07/2022")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PLAN THAT IS WORKING: 'bruise to his ear', 'admitted hitting him', 'arrested', 'caution', "
        "'child protection plans' are the October 2031 history; since then the safety plan has held (father living "
        "away, programme completed, supervised contact only, no incidents of any kind, CP plans ended) -> not "
        "urgent, and no physical_harm (concluded). A complete Herefordshire step-down: plan .docx, signed consent "
        "PDF, key person with agency ('level 3 early help') -> book_meeting. Current: 90% = school_attendance "
        "(mum's money worries map to no id).",
        not_children=["Rhys Parry", "Leanne Jones", "Gareth Probert", "Verity Lang", "Tom Gittins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2032-04-20 13:20:16"
    body = T("""
Hi its Bethan the school nurse for Lugg Meadow primary, sorry typing on my phone in the car park.

Zak Bevan (yr 4, dob 30/10/2022) has type 1 diabetes. School rang me at 12. His blood sugar was 27 n his jet ones (KETONES sorry autocorrect) were 3.4, hes been sick 3 times n is really drowsy. Mum came n took him home at 12.40, she wouldnt take him to A&E, said hes just got a bug n needs to sleep it off.

School say she hasnt sent his insulting (INSULIN!!) pen in since last weds n the pharmacy told me she hasnt collected his prescription since feb.

With ketones that high he needs to be in hospital today. Mum isnt answering my calls. Theyre at home now, 14 Marcle Crescent.

Ive told my safeguarding lead n im ringing ur duty line too, pls can a SW call me back 07700 900283

Bethan

Bethan Powell
School Nurse | 0-19 Service (Hereford South)

Sent from my iPhone
""")
    top = plain_top(f, addr("Bethan Powell", "bethan.powell7@nhs.example.net"), addr("Herefordshire MASH", HMASH),
                    "Zak Bevan yr 4 Lugg Meadow - ketones", when, "nhs.example.net", "iPhone Mail (22F76)")
    add(f, build(top, flowed_part(body, cte="quoted-printable"), False), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Zak Bevan", "2022-10-30", "30/10/2022")], ["neglect"],
        None, None, [], None, "alert_duty",
        "URGENT, TYPED ON A PHONE with AUTOCORRECT SLIPS corrected in capitals ('jet ones (KETONES ...)', 'insulting "
        "(INSULIN!!)') and text-speak ('n', 'hes', 'ur', 'pls'): a 9-year-old with type 1 diabetes has very high "
        "blood sugar and ketones, is vomiting and drowsy, and his mother has taken him home refusing A&E; she has not "
        "sent or collected his insulin for weeks -> 'he needs to be in hospital today' and he is at home now -> "
        "alert_duty (medical neglect of a child who needs treatment today), with no 'urgent', 'risk' or "
        "'immediate'. A school nurse asking for a call back -> other. Concern: neglect (medical).",
        not_children=["Bethan Powell"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2032-04-15 15:10:02"
    body = T("""
Dear MASH,

I'm the Early Help key worker for the Pugh family at level 3 (Ella Pugh, DOB 11/03/2025, and Toby Pugh, DOB 02/12/2027, Mosaic 629944 and 629945). We've been working with mum, Gemma Pugh, since January on Ella's school attendance and on debt.

I'd like to ask whether this family should be stepped up, because of something that may happen next month. Gemma told me yesterday that her new partner, Lee Harding, plans to move in when his tenancy ends on 1 May. Gemma's sister has told her that Lee was cautioned in 2027 for assaulting his previous partner's 4-year-old son, and the police officer on the MASH desk has confirmed to me that there is relevant information held about him.

At the moment Lee does not live there and does not stay over. Gemma is clear that he has never been left alone with the children and says she will keep it that way. But if he does move in, I think the children could be at risk, so I wanted to ask now rather than wait until he is there.

My manager, Huw Lewis, agrees that this should come to MASH. Gemma doesn't know I'm writing to you yet.

Elin Harries
Family Support Worker | Early Help (Ross-on-Wye) | Herefordshire Council
01632 960893
""")
    top = outlook_top(f, addr("Harries, Elin", "Elin.Harries@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up? - Pugh children - worried about what happens next month", when,
                      cc=addr("Lewis, Huw", "Huw.Lewis@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["629944", "629945"],
        [ch("Ella Pugh", "2025-03-11", "11/03/2025"), ch("Toby Pugh", "2027-12-02", "02/12/2027")],
        ["school_attendance"], None, True, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: 'if he does move in, I think the children could be at risk' - a man cautioned "
        "for assaulting a child plans to move in next month; today he does not live there, does not stay over and "
        "has never been alone with the children, and mum is protective -> a future, conditional worry, not an "
        "immediate risk -> not urgent, and no physical_harm yet. A step-up sent to Herefordshire, whose seed defines "
        "no step-up -> human_review, missing [] and notice null. Current work: Ella's attendance = "
        "school_attendance (debt maps to no id). Manager 'agrees' -> true; 'Gemma doesn't know' -> consent null.",
        not_children=["Gemma Pugh", "Lee Harding", "Huw Lewis", "Elin Harries"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2032-03-25 09:30:27"
    body = T("""
Hi, signed consent form for the Moore children attached (it's a photo - the scanner in the office is broken, hope that's ok). Mum signed it at my visit this morning.

Agnieszka

Agnieszka Wróbel
Social Worker | Children's Safeguarding and Family Support (North Hereford) | Herefordshire Council

Get Outlook for Android

________________________________
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: Tuesday, March 23, 2032 3:41:08 PM
To: Wróbel, Agnieszka <Agnieszka.Wrobel@herefordshire.gov.uk>
Subject: [SB-herefordshire-73] Step-down received - still needed: signed consent form

Thank you - your step-down request for Lily Moore and Jacob Moore (Mosaic 637701, 637702) has been received (reference SB-herefordshire-73).

Still needed: the family's signed consent form (the protocol asks for written consent).

Early Help Co-ordinator Team | Herefordshire Council
""")
    img = png_att("Screenshot_20320325-091522_Gallery.png", 90, 120, (236, 236, 232))
    top = outlook_top(f, addr("Agnieszka Wróbel", "Agnieszka.Wrobel@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-73] Step-down received - still needed: signed consent form", when,
                      reply_to_mid="<SB-herefordshire-73.ack@herefordshire.gov.uk>")
    add(f, mail(f, top, body, [img], crlf=False, cte="base64"), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["637701", "637702"],
        [ch("Lily Moore"), ch("Jacob Moore")], [], True, None, [], None, "attach_to_request",
        "Outlook for Android reply (base64 body, RFC 2047 From 'Agnieszka Wróbel') to stepbot's chase "
        "[SB-herefordshire-73], attaching a PHONE SCREENSHOT of the signed consent form -> follow_up -> "
        "attach_to_request (missing [] for a follow-up, whatever the image shows). 'Mum signed it ... this "
        "morning' -> consent true. Children and 'Mosaic 637701, 637702' from the quoted chase.",
        not_children=["Agnieszka Wróbel"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2032-03-25 16:40:12"
    add(f, itip_reply(f, when, "Agnieszka Wróbel", "Agnieszka.Wrobel@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "ACCEPTED", "Step-down drop-in - Moore [SB-herefordshire-73]", "20320330T100000",
                      "20320330T103000", "Microsoft Teams Meeting"),
        "herefordshire", "early_help_duty", when, 5,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (PARTSTAT=ACCEPTED, no comment; RFC 2047 display name) to the Tuesday-morning "
        "step-down drop-in stepbot offered after herefordshire_05's consent form (Tuesday 30 March 10:00, after "
        "the clock change) -> record_reply. Surname only in the summary.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2032-05-06 11:15:43"
    m5 = T("""
Dear Early Help Co-ordinators,

Please find attached the EHA step-down plan for Callum Davies (DOB 05/05/2018, Mosaic 641530), stepping down to level 3. I discussed it with Verity Lang at Tuesday's drop-in.

Mum, Donna Davies, gave her consent verbally at my closing visit on 4 May - she wasn't able to sign the form because she'd left her glasses at work, so I'll get the signed form to you next week.

Key person: please see below.

Thanks,
Rhys

Rhys Morgan
Social Worker | Children's Safeguarding and Family Support (South Wye) | Herefordshire Council
""")
    m4 = T("""
Great - send it over to the co-ordinators with the plan.

Gwen

Gwen Harris
Team Manager | Children's Safeguarding and Family Support (South Wye)
""")
    m3 = T("""
Gwen - FYI, key person sorted for Callum (see below).

Rhys
""")
    m2 = T("""
Hi Rhys,

Yes, I'm happy to be the key person for Callum and I'll chair his TAF meetings in school. He gets on well with me and mum trusts school.

Alison

Mrs Alison Bufton
SENCo | Wormside High School
""")
    m1 = T("""
Hi Alison,

Would you be willing to be the key person for Callum's step-down to early help? I can come into school to talk it through.

Thanks,
Rhys
""")
    body = (m5 + SEP + "From: Harris, Gwen <Gwen.Harris@herefordshire.gov.uk>\nSent: 28 April 2032 09:12\n"
            "To: Morgan, Rhys <Rhys.Morgan@herefordshire.gov.uk>\nSubject: RE: FW: RE: Key person for Callum Davies\n\n" + m4 +
            SEP + "From: Morgan, Rhys <Rhys.Morgan@herefordshire.gov.uk>\nSent: 27 April 2032 17:03\n"
            "To: Harris, Gwen <Gwen.Harris@herefordshire.gov.uk>\nSubject: FW: RE: Key person for Callum Davies\n\n" + m3 +
            SEP + "From: Alison Bufton <a.bufton@wormsidehigh.example.sch.uk>\nSent: 27 April 2032 15:48\n"
            "To: Morgan, Rhys <Rhys.Morgan@herefordshire.gov.uk>\nSubject: RE: Key person for Callum Davies\n\n" + m2 +
            SEP + "From: Morgan, Rhys <Rhys.Morgan@herefordshire.gov.uk>\nSent: 26 April 2032 10:20\n"
            "To: Alison Bufton <a.bufton@wormsidehigh.example.sch.uk>\nSubject: Key person for Callum Davies\n\n" + m1)
    plan = docx_att("EHA step-down plan - Callum Davies.docx", [
        "# Early Help Assessment - Step Down (Level 3 - Intensive)",
        "Child: Callum Davies (05/05/2018), Mosaic 641530. Year 8, Wormside High School.",
        "What are we worried about? Callum's attendance is 76%; mum's drinking, which has reduced since she started "
        "with the alcohol service, still affects mornings.",
        "What's working well? Mum is honest about her drinking and keeps her appointments; Callum has a good "
        "relationship with school staff.",
        "What needs to happen? Attendance plan with school; mum to continue with the alcohol service; TAF every "
        "6 weeks.",
        "Details of Key Person: to be confirmed (school asked 26/04/2032)."])
    top = outlook_top(f, addr("Morgan, Rhys", "Rhys.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: RE: FW: RE: Key person for Callum Davies", when, cc=addr("Harris, Gwen", "Gwen.Harris@" + HDOM))
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["641530"], [ch("Callum Davies", "2018-05-05", "05/05/2018")],
        ["school_attendance", "substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "A FW: RE: FW: RE: chain whose DECISIVE FACT IS ONLY IN AN OLDER QUOTED MESSAGE: the newest text says only "
        "'Key person: please see below' and the attached plan still says 'to be confirmed'; the key person's "
        "agreement - 'Yes, I'm happy to be the key person for Callum', signed 'SENCo | Wormside High School' - is "
        "in the school's quoted reply of 27 April (newer than the plan) -> lead_practitioner met. Plan attached "
        "(level 3). Consent given verbally, the signed form 'next week' -> consent true but consent_form missing "
        "-> request_info. Concerns: 76% = school_attendance, mum's drinking = substance_misuse. The TM's 'send it "
        "over' is not a requirement here -> manager null.",
        not_children=["Donna Davies", "Alison Bufton", "Gwen Harris", "Verity Lang", "Rhys Morgan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2032-04-12 08:30:00"
    body = T("""
Erica Lawson no longer works for Herefordshire Council and this mailbox is not monitored. Your email has not been forwarded.

For a child or family that Erica was working with, please contact the Children's Safeguarding and Family Support duty team on 01632 960500. If you think a child is in immediate danger, call 999.
""")
    top = outlook_top(f, addr("Lawson, Erica", "Erica.Lawson@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Automatic reply: [SB-herefordshire-91] Step-down drop-in offered - Tuesday 13 April 09:30", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    top = [(k, v) for k, v in top if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    add(f, build(top, text_part(body, crlf=True), True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A LEAVER'S MAILBOX AUTO-REPLY ('Automatic reply:', Auto-Submitted: auto-replied) to stepbot's drop-in "
        "offer [SB-herefordshire-91]: the social worker has left and the mailbox is not monitored -> auto_reply -> "
        "ignore. Its 'immediate danger, call 999' is boilerplate about no child.")
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
# England & Wales bank holidays 2032 (gov.uk pattern): New Year's Day Thursday 1 January, Good Friday 26 March,
# Easter Monday 29 March (Easter Sunday 28 March 2032), early May Monday 3 May, spring Monday 31 May, summer Monday 30
# August, and - Christmas Day and Boxing Day falling on a Saturday and Sunday - substitute days Monday 27 and Tuesday
# 28 December. Three fall inside the window (26 March, 29 March, 3 May).
BANK_HOLIDAYS = {date(2032, 1, 1), date(2032, 3, 26), date(2032, 3, 29), date(2032, 5, 3), date(2032, 5, 31),
                 date(2032, 8, 30), date(2032, 12, 27), date(2032, 12, 28)}
WINDOW = (datetime(2032, 3, 8, tzinfo=LON), datetime(2032, 5, 14, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2032, 3, 28, 1, 0, 0, tzinfo=UTC)   # last Sunday in March: +0000 before, +0100 after

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
        elif ct == ODT:
            out.append(odt_to_text(payload))
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


# ----------------------------------------------------------------------------- structural checks for mixed14
# Each asserts that a message really has the feature its label and README rely on (checked before writing).
SEPLINE = "________________________________"

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _newest(msg):
    return _plain(msg).split(SEPLINE)[0]

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"]).date()

def _weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def _raw(f):
    return FILES[f].decode("ascii", "replace").replace("\r\n", "\n")

def _local(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _k01(msg):
    import io, docx
    f = "knowsley_01.eml"; m = META[f]["meeting"]
    p = [x for x in msg.walk() if x.get_filename() == "FF Step Up Request - Culshaw.docx"][0]
    d = docx.Document(io.BytesIO(p.get_payload(decode=True)))
    rows = {r.cells[0].text: r.cells[1].text for t in d.tables for r in t.rows}
    return (_weekdays(_now(f), m) == 6 and working_days(_now(f), m) == 4
            and "I agree" not in _newest(msg) and "I agree the boys need to step up" in _plain(msg)
            and rows["Agreement by line manager:"] == "")

def _k02(msg):
    f = "knowsley_02.eml"; m = META[f]["meeting"]; b = _plain(msg)
    return ("Family Fiesta" in b and "Jointly home visit" in b and "Wot needs 2 happen" in b
            and _weekdays(_now(f), m) == 6 and working_days(_now(f), m) == 5 and date(2032, 5, 3) in BANK_HOLIDAYS)

def _dictated(b, marker):
    para = b.split("\n\n")[0]
    return len(para) > 600 and not re.search(r"[.,;:!?]", para) and marker in para

def _k03(msg):
    return _dictated(_plain(msg), "mush team") and "whistle hospital" in _plain(msg) and _local(msg).hour >= 17

def _k05(msg):
    b = _plain(msg)
    return 0 <= b.index("> Thank you - your step-down request") < b.index("any update on this?")

def _k06(msg):
    import io
    p = [x for x in msg.walk() if (x.get_filename() or "").endswith(".odt")][0]
    z = zipfile.ZipFile(io.BytesIO(p.get_payload(decode=True)))
    first = z.infolist()[0]
    return ("HMP Altcourse" not in body_text(msg) and "HMP Altcourse" in readable(msg)
            and first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
            and p.get_content_type() == ODT)

def _k07(msg):
    f = "knowsley_07.eml"; m = META[f]["meeting"]
    return (_weekdays(_now(f), m) == 5 and working_days(_now(f), m) == 3 and msg["Date"].strip().endswith("+0000")
            and m > BST_START.date() and "=?utf-8?" in _raw(f).split("\n\n")[0].lower())

def _k08(msg):
    d = _local(msg)
    return d.date() == date(2032, 3, 29) and d.date() in BANK_HOLIDAYS and msg["Date"].strip().endswith("+0100")

def _r02(msg):
    names = [p.get_filename() for p in msg.walk() if p.get_filename()]
    return (len(names) == 3 and not any("Adeyemi" in n and "plan" in n.lower() for n in names)
            and "draft Early Help plans for both families" in _plain(msg))

def _r03(msg):
    segs = _plain(msg).split(SEPLINE)
    return (len(segs) == 5 and "lighter" not in "".join(segs[:4]) and "3.15" not in "".join(segs[:4])
            and "lighter" in segs[4] and "3.15" in segs[4])

def _r04(msg):
    b = _plain(msg)
    return 0 <= b.index("> Thursday 22nd at 2pm works for me") < b.index("confirming the case discussion")

def _r05(msg):
    b = _plain(msg)
    return ("[SB-richmond_wandsworth-118]" in str(msg["Subject"])
            and b.index("remanded in custody") < b.index("-----Original Message-----") < b.index("never see them again"))

def _r07(msg):
    return (msg["From"].addresses[0].domain == "secure.galaxkey.example" and msg["Auto-Submitted"] is None
            and msg["Reply-To"] is not None and "locked in an upstairs room" in _plain(msg))

def _th01(msg):
    import io, docx
    new = _newest(msg).strip()
    p = [x for x in msg.walk() if (x.get_filename() or "").startswith("MARF")][0]
    d = docx.Document(io.BytesIO(p.get_payload(decode=True)))
    rows = {r.cells[0].text: [c.text for c in r.cells] for t in d.tables for r in t.rows}
    return (new.split("\n")[0] == "Agreed." and len(new.split("\n")) <= 6
            and rows["Has your line manager agreed this request?"][1:] == ["\u2610", "\u2610"])

def _webform(msg):
    return (msg.get_content_type() == "text/html" and not msg.is_multipart() and msg["Reply-To"] is not None
            and msg["Auto-Submitted"] is None and "<table" in msg.get_content())

def _th02(msg):
    h = html_text(msg.get_content())
    return _webform(msg) and re.search(r"immediate risk of significant harm\?\s+No", h) is not None

def _th03(msg):
    txt = [p for p in msg.walk() if p.get_filename() and p.get_content_type() == "text/plain"]
    return len(txt) == 1 and "\u0218tefan P\u0103un" in txt[0].get_content() and "=?utf-8?" in _raw("tower_hamlets_03.eml").lower()

def _th05(msg):
    b = _plain(msg)
    return (all(n in b for n in ("Kerry", "Dean", "Tyler", "Ellie-Mae"))
            and re.search(r"\b(Kerry|Dean|Tyler|Ellie-Mae) [A-Z][a-z]", b) is None
            and "any update on this?" in b)

def _t01(msg):
    return _dictated(_plain(msg), "tree ash") and "level for" in _plain(msg)

def _t02(msg):
    return _webform(msg)

def _t04(msg):
    return "sent securely using Egress" in _plain(msg) and msg["X-Egress-Classification"] is not None

def _h01(msg):
    names = [c["name"] for c in _lab("herefordshire_01.eml")["expect"]["children"]]
    return (any(p.get_content_type() == ODT for p in msg.walk()) and "Kayden Lloyd" in names
            and "Ffion Lloyd" in names and "not part of this step-down" in _plain(msg))

def _h03(msg):
    p = [x for x in msg.walk() if x.get_content_type() == "text/plain"][0]
    return "jet ones (KETONES" in _plain(msg) and p.get_param("format") == "flowed"

def _h07(msg):
    import io, docx
    segs = _plain(msg).split(SEPLINE)
    p = [x for x in msg.walk() if (x.get_filename() or "").endswith(".docx")][0]
    d = docx.Document(io.BytesIO(p.get_payload(decode=True)))
    return ("happy to be the key person" not in "".join(segs[:3]) and "happy to be the key person" in segs[3]
            and any("to be confirmed" in q.text for q in d.paragraphs))

CUSTOM = [
    ("knowsley_01.eml", "Easter: 6 weekdays but 4 WD; TM agreement only in a quoted message; form's manager box blank", _k01),
    ("knowsley_02.eml", "autocorrect slips and text-speak; early May bank holiday: 6 weekdays, 5 WD", _k02),
    ("knowsley_03.eml", "dictated paragraph with no punctuation and misheard words, after 17:00", _k03),
    ("knowsley_05.eml", "bottom-posted chaser under the quoted acknowledgement", _k05),
    ("knowsley_06.eml", "risk only in the .odt form (mimetype stored first), not in the body", _k06),
    ("knowsley_07.eml", "Easter: 5 weekdays but 3 WD, sent in GMT for a BST meeting; RFC 2047 headers", _k07),
    ("knowsley_08.eml", "sent on Easter Monday, in BST", _k08),
    ("richmond_wandsworth_02.eml", "two families, three attachments, no Adeyemi draft plan", _r02),
    ("richmond_wandsworth_03.eml", "risk only in the oldest of five chain segments", _r03),
    ("richmond_wandsworth_04.eml", "bottom-posted under the '>' quote", _r04),
    ("richmond_wandsworth_05.eml", "withdrawal above the quoted original request", _r05),
    ("richmond_wandsworth_07.eml", "secure-portal notification carrying the text, no Auto-Submitted", _r07),
    ("tower_hamlets_01.eml", "one-word 'Agreed.' above the forward; MARF manager boxes unticked", _th01),
    ("tower_hamlets_02.eml", "HTML-only web form, 'immediate risk' answered No", _th02),
    ("tower_hamlets_03.eml", ".txt attachment with the C&F summary; RFC 2047 headers", _th03),
    ("tower_hamlets_05.eml", "chaser with first names only", _th05),
    ("torbay_01.eml", "dictated paragraph with no punctuation; 'level for' misheard", _t01),
    ("torbay_02.eml", "HTML-only web form with Reply-To", _t02),
    ("torbay_04.eml", "Egress banner and header", _t04),
    ("herefordshire_01.eml", ".odt plan; step-brother not in the step-down still labelled", _h01),
    ("herefordshire_03.eml", "autocorrect slips on a format=flowed phone mail", _h03),
    ("herefordshire_07.eml", "key person's agreement only in an older quoted message; plan says tbc", _h07),
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
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[l["expect"]["kind"]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = {}
    for l in LABELS:
        cat.setdefault(l["expect"]["kind"], Counter())[CATS[l["file"]]] += 1
    for k, c in cat.items():
        out.append("category %s %s" % (k, dict(c)))
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
