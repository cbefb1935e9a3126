#!/usr/bin/env python3
"""mixed155: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2061, in prison, probation and parents released from custody.

Window: Tuesday 4 January 2061 (Monday 3 January is the New Year's Day substitute bank holiday, 1 January 2061
being a Saturday) to Friday 1 April 2061, the last school day before the Easter holidays (Easter Sunday is
10 April 2061: Good Friday 8 April and Easter Monday 11 April fall in the two-week break 4 - 15 April).
GMT (+0000) until British Summer Time starts at 01:00 UTC on Sunday 27 March 2061; +0100 from then on.

Standard library only. Deterministic (no clock, no randomness): boundaries, Message-IDs, UIDs come from sha1 of
the file name; .docx zips have fixed timestamps; PDFs are hand-built. Run: python3 make_set.py  (--stats prints
tallies). Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md and the seeds; the
self-checks only verify them against those rules and STOP on any error before anything is written.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile, zlib
import email, email.policy, email.utils
from email.header import Header, decode_header, make_header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
YEAR = 2061


# ============================================================================ small helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Europe/London wall-clock time 'YYYY-MM-DD HH:MM:SS' -> aware datetime (GMT or BST as the date has it)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LON)

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, em):
    if name is None:
        return em
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, em)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), em)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="", extra=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    h += extra or []
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:                                   # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        return out + (p.body if p.body.endswith("\n") else p.body + "\n")
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    return out + "--%s--\n" % p.boundary

def build(top, root, crlf):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                       # 7-bit throughout (QP / base64 / encoded-words)
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Aptos"):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def word_html(blocks):
    """Outlook/Word HTML: strings are paragraphs, ('table', rows) an MsoTableGrid with a shaded header row."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
           'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n--></style></head>\n'
           '<body lang="EN-GB" style="word-wrap:break-word"><div class="WordSection1">\n']
    for b in blocks:
        if isinstance(b, tuple):
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                       "style='border-collapse:collapse;border:none'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = html.escape(c, quote=False)
                    if i == 0:
                        cell = "<b>%s</b>" % cell
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt'>"
                               "<p class=MsoNormal>%s<o:p></o:p></p></td>\n"
                               % ("background:#D9E2F3;" if i == 0 else "", cell))
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif b == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % html.escape(b, quote=False).replace("\n", "<br>\n"))
    out.append("</div></body></html>\n")
    return "".join(out)

def word_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            out += ["\t".join(r) for r in b[1]] + [""]
        else:
            out.append(b)
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'word ' + newline; space-stuffing for lines starting ' ', 'From '."""
    out = []
    for logical in text.split("\n"):
        words, cur, phys = logical.split(" "), "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)


# ---------------------------------------------------------------------------- PDF (FlateDecode text page)
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(title, lines):
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pdf_escape(l) for l in wrapped) + "ET\n"
    cb = zlib.compress(content.encode("cp1252"), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cb) + cb + b"\nendstream",
            ("<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) >>" % pdf_escape(title)).encode("cp1252")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    """Read the text back (stdlib): inflate every FlateDecode stream, collect the (string) operands."""
    out = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n(.*?)\nendstream", data, re.S):
        s = zlib.decompress(m.group(1)).decode("cp1252")
        i, n = 0, len(s)
        while i < n:
            if s[i] == "(":
                j, buf, depth = i + 1, [], 1
                while j < n:
                    c = s[j]
                    if c == "\\":
                        buf.append(s[j + 1]); j += 2; continue
                    if c == "(":
                        depth += 1
                    elif c == ")":
                        depth -= 1
                        if depth == 0:
                            break
                    buf.append(c); j += 1
                out.append("".join(buf))
                i = j + 1
            else:
                i += 1
    for m in re.finditer(rb"/Title \((.*?)\) /Producer", data):
        out.append(m.group(1).decode("cp1252").replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\"))
    return "\n".join(out)


# ---------------------------------------------------------------------------- .docx (minimal OOXML)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows (lists of cell strings), placed after the paras."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W_NS, body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2060, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# ---------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out, first = [], True
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

def outlook_reply_ics(fname, stamp, start, end, summary, location, organizer, attendee, partstat, comment=None):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer,
        "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location),
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# ---------------------------------------------------------------------------- headers and whole messages
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, importance=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest()[:22]).decode()),
          ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM")),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    if importance:
        h.append(("Importance", importance))
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def mail(f, top, body, atts=(), html_alt=True, crlf=True, cte="quoted-printable"):
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only_mail(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def flowed_mail(f, top, text, atts=(), cte="quoted-printable"):
    body = flowed(text)
    p = Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
              ("Content-Transfer-Encoding", cte)], qp(body) if cte == "quoted-printable" else body)
    if cte == "7bit":
        body.encode("ascii")
    root = multipart("mixed", [p] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else p
    return build(top, root, False)

def quote_outlook(frm, sent, to, subject, text, cc=None):
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, ("Cc: %s\n" % cc) if cc else "", subject, text))

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement, as practitioners quote it in replies."""
    out = ["Thank you - your %s request has been received and logged as %s." % (kind_word, ref), ""] + lines
    if missing:
        out += ["", "What is missing:"] + ["- " + m for m in missing]
    out += ["", "Please reply to this email (keep %s in the subject) to add anything." % ref, "",
            "stepbot - duty mailbox assistant"]
    return "\n".join(out) + "\n"


# ============================================================================ readers used by the checks
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def decoded_headers(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            try:
                out.append("%s: %s" % (k, str(make_header(decode_header(str(v))))))
            except Exception:
                out.append("%s: %s" % (k, v))
    return "\n".join(out)

def readable(msg):
    """Every decoded piece of text a reader could see: all headers, text and HTML parts, calendars,
    attachment names, .docx and PDF text."""
    out = [decoded_headers(msg)]
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
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise ValueError("unexpected part type %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))


# ============================================================================ the set's records
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

def ch(name, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the checks)."""
    return {"name": name, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), plain_weekdays=None, utc_trap=None):
    assert fname not in FILES, fname
    FILES[fname] = data
    now = (dt(when) + timedelta(minutes=delay_min)).replace(second=0)
    kids = [{"name": c["name"], "dob": parse_dob(c["_w"]) if c["_w"] else None} for c in children]
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": kids, "concerns": concerns, "consent": consent,
                              "manager_agreed": manager_agreed, "missing": missing,
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "plain_weekdays": plain_weekdays, "utc_trap": utc_trap}

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"], 1)}

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    raise ValueError("unparsed DOB %r" % w)

SIG_KMBC = "Knowsley Council - this email and any attachments are confidential and intended for the addressee only.\n"


def appendix1(answers):
    """The Knowsley 'FF Step Up request to CSC' form (seed 004, Appendix 1) as a two-column Word table."""
    return make_docx(["# FF Step Up request to CSC", "Knowsley Family First 0-18"],
                     [[["Question", "Answer"]] + [[q, a] for q, a in answers]])

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """Google Calendar iTIP REPLY: alternative (text, HTML, text/calendar method=REPLY) + invite.ics."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:%s@google.com" % sha(f, "uid")[:26],
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email)]
    if note:
        L.append("COMMENT:" + ics_escape(note))
    L += ["CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n%s\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location, ("\nNote from %s: %s\n" % (frm_name, note)) if note else "")
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Roboto"), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))],
                    gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [("From", addr(frm_name, frm_email)), ("To", addr(organizer[0], organizer[1])),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, False)

def outlook_itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
                       comment=None, to=None, cc=None):
    """Outlook iTIP REPLY: multipart/alternative (text with the comment + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_reply_ics(f, dt(when), start, end, summary, location, organizer, (frm_name, frm_email),
                            partstat, comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    body = (comment + "\n") if comment else " \n"
    root = multipart("alternative", [text_part(body), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), to or addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when, cc=cc,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def ooo_mail(f, when, frm_name, frm_email, to, subject, body):
    top = outlook_top(f, addr(frm_name, frm_email), to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return build(top, text_part(body, crlf=True), True)

def bulletin_mail(f, when, frm, to, subject, text, list_id, domain):
    top = plain_top(f, frm, to, subject, when, domain, extra=[
        ("List-Id", list_id), ("List-Unsubscribe", "<mailto:unsubscribe@%s>" % domain),
        ("Precedence", "bulk")])
    return build(top, multipart("alternative", [text_part(text, cte="7bit"), text_part(html_of(text), "html")],
                                bnd(f, 1)), False)


# ============================================================================ KNOWSLEY
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KD = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2061-01-11 10:12:27"
    body = T("""
Good morning,

Please find attached a step up request for the Heywood children (EHM-61402).

Callum Heywood - DOB 14/03/2052
Lily-Mae Heywood - DOB 02/10/2056

The step up TAF meeting is on Wednesday 19th January 2061 at 10:00 at Whiston Family Hub, Old Colliery Road - I have sent the Teams/calendar invite to the MASH inbox and to MASH business support, and invited the current TAF members (school, health visitor, the probation officer and Change Grow Live).

Attached: the step up form, the minutes of our TAF on 05/01/2061 and the Graded Care Profile 2 completed with mum on 07/01/2061.

Brief background: dad (Jason Heywood) was released from HMP Rainford Vale on licence on 2 December and is living at his mother's in Prescot with his probation officer's approval; he sees the children on Saturdays at his mum's. Since he went to prison in 2059 mum has been drinking most evenings and the home has gone downhill - no working fridge, the children's mattresses wet and no bedding, Lily-Mae's nappy rash untreated for weeks. The GCP2 scores care as 4 in physical care and 3 in safety. Mum is aware of the step up. My team manager, Leanne Corkhill, discussed the step up with me in supervision on 10/01/2061 and agreed it.

Kind regards

Siobhan McAteer
Family First Case Manager | Whiston & Prescot Team | Knowsley Council
0151 496 0482 | 07700 900 415

""") + SIG_KMBC
    form = binary_part(DOCX, "FF Step Up request to CSC - Heywood.docx", appendix1([
        ("Case ID on EHM:", "EHM-61402"),
        ("Children:", "Callum Heywood 14/03/2052; Lily-Mae Heywood 02/10/2056"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 19/01/2061, 10:00, Whiston Family Hub"),
        ("Level of Engagement:", "Medium - mum attends TAFs but has not followed through on the home conditions plan"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 05/01/2061"),
        ("What are we worried about?", "Home conditions and physical care have declined since dad's sentence in "
         "2059: no working fridge, wet mattresses, no bedding, untreated nappy rash. Mum drinks most evenings."),
        ("What is working well?", "Children attend school and nursery; paternal grandmother is a support; dad's "
         "Saturday contact is going well and probation report no concerns."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved."),
        ("Graded Care profile (If neglect should be completed).", "Completed 07/01/2061 - attached"),
        ("Up to date police information if applicable:", "None since 2059"),
        ("Agreement by line manager:", "Agreed - Leanne Corkhill, Team Manager, 10/01/2061"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly home visits, CGL referral for mum, "
         "TAF every three weeks.")]))
    minutes = pdf_att("TAF minutes 05.01.2061 - Heywood.pdf", "Team Around the Family - minutes", [
        "Date: 05/01/2061, 13:30, Whiston Family Hub",
        "Present: mum, Siobhan McAteer (chair), class teacher, health visitor, probation officer (Niamh Gallagher)",
        "Probation: Mr Heywood is keeping to his licence; contact is at his mother's address.",
        "Health visitor: Lily-Mae's nappy rash untreated; cot mattress wet; no bedding.",
        "Agreed: GCP2 to be completed; Siobhan to discuss a step up with her team manager."])
    gcp2 = pdf_att("GCP2 - Heywood children.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Completed with mum on 07/01/2061 by Siobhan McAteer.",
        "Area 1 Physical care: 4   Area 2 Safety: 3   Area 3 Love and care: 2   Area 4 Stimulation: 3"])
    top = outlook_top(f, addr("McAteer, Siobhan", "Siobhan.McAteer@" + KD), addr("Knowsley MASH", KMASH),
                      "Step up request - Heywood - EHM-61402 - TAF Weds 19/01 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, gcp2]), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-61402"],
        [ch("Callum Heywood", "14/03/2052"), ch("Lily-Mae Heywood", "02/10/2056")],
        ["neglect", "substance_misuse"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up: FF step-up form (.docx), TAF minutes (.pdf), GCP2 (.pdf) for the neglect, EHM id, "
        "TM agreed in supervision, meeting Wed 19 Jan 2061 10:00 with venue. Notice from Tue 11 Jan: 12,13,14,17,18,19 "
        "= 6 working days -> ok -> book_meeting. Dad's release on licence is background (probation report no "
        "concerns); 'mum is aware' is not consent -> null.",
        meeting=date(2061, 1, 19), not_children=["Jason Heywood", "Leanne Corkhill", "Siobhan McAteer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2061-04-01 11:05:12"
    body = T("""
Hi MASH,

Step up for the Bramley family - EHM-61877.

Jaxon Bramley 21/07/2050
Ava Bramley 30/01/2053

Step up TAF meeting: Tuesday 12th April at 10am, Kirkby Family Hub, Cherryfield Drive (not a Wednesday I'm afraid - it's the only morning the school's DSL and mum's probation officer can both do over the Easter holidays). Invite sent to the MASH inbox and MASH business support; I've invited the TAF members.

Why: since the children's stepdad, Kieran Moss, came out of HMP Cragmoor in February mum has stopped engaging - four missed home visits, she didn't come to the last two TAFs and doesn't answer calls. Jaxon's attendance has dropped to 74% this term and Ava's to 81%; school say both are often late. No incidents reported and probation say Kieran is keeping to his licence.

Step up form and the TAF minutes (17/03/2061) are attached. I haven't done the Engaging Families toolkit yet - I'll complete it next week and send it on. My TM, Leanne Corkhill, agreed the step up on 30/03/2061.

Thanks, and have a good Easter

Gemma Ashcroft
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0716
""")
    form = binary_part(DOCX, "FF Step Up request to CSC - Bramley.docx", appendix1([
        ("Case ID on EHM:", "EHM-61877"),
        ("Date of step up TAF meeting:", "Tuesday 12/04/2061 10:00, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit still to be completed"),
        ("Recent TAF meeting minutes attached:", "Yes - 17/03/2061"),
        ("What are we worried about?", "Mum not engaging since February; attendance Jaxon 74%, Ava 81%."),
        ("What is working well?", "Children are warm and well presented at school; maternal aunt nearby."),
        ("What next?", "Step up to CSC for assessment."),
        ("Agreement by line manager:", "Agreed 30/03/2061 - Leanne Corkhill")]))
    minutes = binary_part(DOCX, "TAF minutes 17.03.2061 - Bramley.docx", make_docx([
        "# TAF meeting minutes - Bramley", "17/03/2061 - Kirkby Family Hub",
        "Present: Gemma Ashcroft (chair), school DSL, school nurse. Mum did not attend (second TAF missed).",
        "Agreed: Gemma to discuss a step up with her TM."]))
    top = outlook_top(f, addr("Ashcroft, Gemma", "Gemma.Ashcroft@" + KD), addr("Knowsley MASH", KMASH),
                      "Step up - Bramley - EHM-61877", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61877"],
        [ch("Jaxon Bramley", "21/07/2050"), ch("Ava Bramley", "30/01/2053")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], True, "request_info",
        "Knowsley step-up for non-engagement without the Engaging Families toolkit ('I'll complete it next week') -> "
        "engaging_families missing -> request_info. NOTICE ACROSS EASTER, EXACTLY 5: sent Fri 1 Apr 2061 (BST), TAF "
        "Tue 12 Apr: 4,5,6,7,12 April = 5 working days (Good Friday 8 Apr and Easter Monday 11 Apr excluded; the "
        "school Easter holidays are council working days) -> ok. Not a Wednesday (preferred, not required).",
        meeting=date(2061, 4, 12), plain_weekdays=7, not_children=["Kieran Moss", "Gemma Ashcroft"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2061-03-29 00:18:40"
    text = T("""
Hi Family First duty,

Sorry for the late email - just back from a long evening visit and wanted this in before I'm off on leave.

Step down to Family First (Level 3) for the Lunt children, ICS-2288104:
Harvey Lunt 09/05/2055
Sienna Lunt 01/12/2058

Joint home visit: Monday 4th April at 2pm at the family home, 12 Larchfield Road, Huyton. Could a Family First case manager come with me?

Mum (Gemma Lunt) consented to the referral to Family First at the CIN review on 24/03/2061 and signed the consent form there.

What are we worried about?
Dad (Robbie Lunt) was released from HMP Rainford Vale in January and moved back home with probation's agreement after the assessment. He is struggling - low mood, not sleeping, no work yet - and mum's anxiety has been high since. Harvey's attendance in reception is 88%.

What is working well?
No incidents since dad came home; he has kept every probation appointment and the licence has been kept; both parents are warm and the children are well cared for; paternal nan helps with school runs.

What needs to happen?
Family First to support dad into work and mum with her anxiety (Talking Therapies referral made), and to help with Harvey's attendance. CIN plan to close after the joint visit.

Thanks
Aoife Brennan
Social Worker, CIN Team 3, Knowsley Council
0151 496 0633

Sent from my iPhone
""")
    top = plain_top(f, addr("Aoife Brennan", "Aoife.Brennan@" + KD), addr(None, KFF),
                    "Step down L3 - Lunt - ICS-2288104 - joint visit Mon 4th April", when, KD,
                    "iPhone Mail (22E252)")
    add(f, flowed_mail(f, top, text), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-2288104"],
        [ch("Harvey Lunt", "09/05/2055"), ch("Sienna Lunt", "01/12/2058")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Complete Knowsley Level 3 step-down (joint home visit date, time and address, all three headings, consent "
        "signed at the CIN review), iPhone format=flowed. NOTICE ON EUROPE/LONDON TIME, DECISIVE: the Date is Tue "
        "29 Mar 2061 00:18 +0100 (BST began Sun 27 Mar), i.e. Mon 28 Mar 23:18 UTC; 'today' is the London date "
        "Tue 29 Mar -> 30,31 Mar, 1,4 Apr = 4 working days < 5 -> not ok -> request_info (a UTC date would give 5). "
        "Dad released on licence, no incidents: no domestic_abuse; mum's anxiety / dad's low mood "
        "-> parental_mental_health; attendance 88% -> school_attendance.",
        meeting=date(2061, 4, 4), utc_trap=5, not_children=["Robbie Lunt", "Gemma Lunt", "Aoife Brennan"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2061-01-19 15:40:05"
    body = T("""
Hi all,

Step up request for Kayla and Esme - EHM-60993. Step up TAF: Wednesday 26th January 2061 at 1.30pm at Prescot Family Hub, Warrington Road. Invite sent to the MASH inbox and MASH business support; current TAF members invited.

Kayla Whitfield 17/06/2054
Esme Whitfield 25/02/2059

Step up form and TAF minutes (12/01/2061) attached. My team manager, Leanne Corkhill, agreed the step up in supervision yesterday.

Summary: mum (Shannon Whitfield) has been in contact with Lee Cassidy, Esme's dad, throughout his sentence - daily calls from HMP Rainford Vale, and he tells her who she can see and when she can go out. She has stopped going to her mum's and her mood is very low (GP has started her on sertraline). Lee went to prison in 2059 for breaking Kayla's arm. Mum says she will not have him back, but the calls have got more controlling as his release date has come closer.

Thanks
Kirsty Nolan
Family First Case Manager | Prescot Team | Knowsley Council
0151 496 0358 | 07700 900 627

PS - since writing the above mum has just rung me from the bathroom. Lee was let out this morning and came straight to the house with his bag from the prison. His licence says he is not to live anywhere with children under 18 without his probation officer agreeing, and not to contact Kayla. He's in the front room now with both girls and has told mum he is sleeping there tonight and "nobody's taking my kids off me". Mum is too frightened to ask him to leave. His probation officer hasn't picked up. I'm on 07700 900 627 - please ring me.
""")
    form = binary_part(DOCX, "FF Step Up request to CSC - Whitfield.docx", appendix1([
        ("Case ID on EHM:", "EHM-60993"),
        ("Date of step up TAF meeting:", "Wednesday 26/01/2061 13:30, Prescot Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 12/01/2061"),
        ("What are we worried about?", "Controlling contact from Esme's father from prison; mum isolated and low; "
         "his conviction for injuring Kayla in 2059."),
        ("What is working well?", "Mum engages with Family First; children attend nursery and school daily."),
        ("What next?", "Step up to CSC before his release; safety planning with mum."),
        ("Agreement by line manager:", "Agreed - Leanne Corkhill, 18/01/2061")]))
    minutes = binary_part(DOCX, "TAF minutes 12.01.2061 - Whitfield.docx", make_docx([
        "# TAF minutes - Whitfield", "12/01/2061, Prescot Family Hub",
        "Present: mum, Kirsty Nolan (chair), school, health visitor, IDVA.",
        "IDVA: daily calls from the prison; mum frightened of his release.",
        "Agreed: Kirsty to discuss a step up with her TM."]))
    top = outlook_top(f, addr("Nolan, Kirsty", "Kirsty.Nolan@" + KD), addr("Knowsley MASH", KMASH),
                      "Step up request - Whitfield - EHM-60993", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes]), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-60993"],
        [ch("Kayla Whitfield", "17/06/2054"), ch("Esme Whitfield", "25/02/2059")],
        ["domestic_abuse", "parental_mental_health", "physical_harm"], None, True, [], True, "alert_duty",
        "IN A PS: an otherwise complete step-up (form, TAF minutes, EHM id, TM agreed, TAF Wed 26 Jan = 5 WD from "
        "Wed 19 Jan, ok) whose PS says the father, imprisoned for breaking Kayla's arm, was released this morning, "
        "is in the house with both girls against his licence and is staying tonight; mum too frightened to ask him "
        "to leave -> urgent, alert_duty. No banned word anywhere.",
        meeting=date(2061, 1, 26), not_children=["Lee Cassidy", "Shannon Whitfield", "Kirsty Nolan"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2061-03-07 13:25:44"
    ack = ack_text("step-up", "SB-knowsley-2207", [
        "Case: EHM-61188", "Children: Ruby Kerrigan (03/09/2050), Tyler Kerrigan (14/11/2054)",
        "Step-up TAF meeting: Wednesday 16 March 2061, 10:00 (Huyton Family Hub)"], [])
    dsl = T("""
Hi Claire,

Ruby handed this in at Letters Home club this morning (the project the prison's family engagement worker runs with us - the children write to their parent in prison and we post them on). I haven't spoken to her yet, she's in class until 3.15. Copying it exactly:

"Dear Dad,
I hope you are ok in there. I got 10/10 in spellings. Gary got really mad on Saturday because Tyler spilt his drink and he pushed him down the stairs and Tyler's arm is all purple and fat and he can't do his coat up. Gary said we are not allowed to tell school or he will do the same to me when mum is on nights. Mum is on nights again tonight. I wish you were home. When you come home can we go to the park.
Love Ruby xxx"

Tyler is off today - mum rang in to say he has a cold.

Mr Peter Lyons
DSL, Stockbridge Lane Primary School
0151 496 0261
""")
    body = T("""
Adding this for the Kerrigan step up (see below from school). Gary is mum's partner and lives there; mum's rota has her at the care home 8pm-8am tonight. I'm going to school now.

Claire Fenlon
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0579
""") + quote_outlook("Lyons, Peter <P.Lyons@stockbridgelane.example.sch.uk>", "07 March 2061 12:58",
                     "Fenlon, Claire <Claire.Fenlon@knowsley.gov.uk>", "Letter from Ruby K", dsl) + \
        quote_outlook("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "02 March 2061 09:41",
                      "Fenlon, Claire <Claire.Fenlon@knowsley.gov.uk>",
                      "[SB-knowsley-2207] Step-up request received - EHM-61188", ack)
    top = outlook_top(f, addr("Fenlon, Claire", "Claire.Fenlon@" + KD), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-2207] Step-up request received - EHM-61188", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-61188"],
        [ch("Ruby Kerrigan", "03/09/2050"), ch("Tyler Kerrigan", "14/11/2054")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "IN A CHILD'S OWN WORDS, IN A FORWARDED PART: a reply to [SB-knowsley-2207] carrying a 10-year-old's letter "
        "to her father in prison: mum's partner pushed her brother down the stairs (arm 'purple and fat'), "
        "threatened her 'when mum is on nights', and mum is on nights tonight -> urgent follow_up, alert_duty. "
        "Children and DOBs from the quoted acknowledgement.",
        not_children=["Claire Fenlon", "Peter Lyons"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2061-02-16 11:30:19"
    body = T("""
Dear Family First duty team,

Step down to Level 2 - Oscar Rimmer, DOB 11/08/2052, ICS-2276510.

Final CIN meeting: Tuesday 22nd February 2061, 10:00, Huyton Family Hub, Civic Way (room 2).
Lead Practitioner taking over: Mrs Donna Ashworth, Pastoral Lead, St Aelred's Catholic Primary School (0151 496 0950). Donna has agreed to take on the Lead Practitioner role.

Background, so nobody is alarmed by the file: Oscar's dad, Mark Rimmer, is serving eight years at HMP Cragmoor for stabbing Oscar's mum in 2058 - Oscar was in the house and saw it. There is a restraining order until 2068, his earliest release is 2063 and there has been no contact of any kind; the prison confirms he has no phone or letter access to the family. There are no current concerns about domestic abuse and the CP plan ended in June 2060.

What are we worried about?
Oscar's attendance is 86% this year, mostly Mondays. He still has nightmares about 2058, though far fewer.

What is working well?
Mum is protective and has kept every agreement; Oscar is settled in Year 3, sees the school counsellor weekly and plays for the local football team.

What needs to happen?
Attendance support from school, counselling to continue, Early Help Assessment at Level 2 led by Donna.

Mum has agreed to the step down. My team manager, Paul Dwyer, has agreed the step down.

Regards
Tomasz Kowal
Social Worker, Child in Need Team 1, Knowsley Council
0151 496 0117
""")
    top = outlook_top(f, addr("Kowal, Tomasz", "Tomasz.Kowal@" + KD), addr("Family First 0-18 Duty", KFF),
                      "Step down L2 - Oscar Rimmer - final CIN Tues 22/02", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 2, ["ICS-2276510"], [ch("Oscar Rimmer", "11/08/2052")],
        ["school_attendance"], True, True, [], False, "request_info",
        "NEAR MISS: a stabbing witnessed in 2058, father imprisoned, restraining order, no contact, 'no current "
        "concerns about domestic abuse', CP plan ended 2060 -> historic, not urgent; concerns only attendance 86%. "
        "Complete Level 2 step-down (date, time, venue, named lead practitioner with school, three headings). "
        "NOTICE COUNTS FROM THE DAY AFTER TODAY: Wed 16 Feb -> Tue 22 Feb = 17,18,21,22 = 4 working days (5 if "
        "today were counted) -> not ok -> request_info. Half-term week is not a bank holiday.",
        meeting=date(2061, 2, 22), not_children=["Mark Rimmer", "Donna Ashworth", "Paul Dwyer", "Tomasz Kowal"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2061-01-13 09:02:51"
    data = outlook_itip_reply(f, when, "Niamh Gallagher", "niamh.gallagher@probation.example.gov.uk",
                              ("Siobhan McAteer", "Siobhan.McAteer@knowsley.gov.uk"), "TENTATIVE",
                              "Step-up TAF meeting - Heywood - EHM-61402 [SB-knowsley-2231]",
                              "20610119T100000", "20610119T113000", "Whiston Family Hub, Old Colliery Road",
                              comment="I'm in court in the morning so may be late; I'll join on Teams if I can't get there.",
                              cc=addr("Knowsley MASH", KMASH))
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-61402"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE (subject 'Tentative: ...') from the probation officer for "
        "knowsley_01's step-up TAF meeting, MASH inbox in Cc; the comment is logistics only -> meeting_reply, "
        "record_reply; case id from the SUMMARY.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2061-01-27 08:00:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING
Children of prisoners: release days and licence conditions

This briefing is for awareness only. The scenarios below are fictional and do not refer to any family.

Why it matters
Around a third of children with a parent in prison are known to children's services. The day a parent is released is a point of heightened risk: licence conditions can be broken in the first hours, and children may be the first to know.

Example scenarios for team discussion
1. A father convicted of harming a child is released and goes straight to an address where children live. Is this an immediate safeguarding concern? (Yes - call the MASH duty team or, out of hours, the Emergency Duty Team; in an emergency call 999.)
2. A mother on remand asks a neighbour to look after her children. Who has parental responsibility, and is the arrangement safe?
3. A child writes to a parent in prison about being hurt at home. Who reads the letter, and who acts?

What to do
- Ask probation for the licence conditions and the offender manager's name.
- Check MAPPA level and risk of serious harm to children.
- Record who has the children and where.

Next MAPPA awareness session: Thursday 10 February 2061, 13:30, online. Book via the partnership website.

You are receiving this because you subscribed to KSCP briefings. Unsubscribe: reply with UNSUBSCRIBE.
""")
    data = bulletin_mail(f, when, addr("KSCP Briefings", "briefings@kscp.example.org.uk"), addr(None, KMASH),
                         "7-minute briefing: children of prisoners - release days", text,
                         "KSCP briefings <briefings.kscp.example.org.uk>", "kscp.example.org.uk")
    add(f, data, "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partnership 7-minute briefing (List-Id, Precedence: bulk) whose fictional example scenarios "
        "describe a father released to an address with children, with 'immediate safeguarding concern', "
        "'emergency', 'risk' -> a bulletin listing examples, no real child -> other, human_review.")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RD = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2061-01-18 14:20:33"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with Chinedu Obi (Early Help Practitioner) this morning, I have agreed to step the Afolabi family up to Children's Services. Mosaic ID 2716603.

Children
Deji Afolabi - 05/12/2049
Tomi Afolabi - 18/04/2053

The latest case summary is attached.

Rationale for step up
Mum, Funmilayo Afolabi, was remanded in custody at HMP Ashgrove on 6 January 2061 (trial not expected before the summer). There is no father involved. The boys are living with their maternal grandmother, Mrs Grace Adeyemi, in a private family arrangement; she is 74 and had a stroke in November. Since mum's remand Deji, who is 11, has been doing the cooking, getting his brother to school and helping his nan to wash and dress. Deji's attendance has fallen to 71% this month and he fell asleep in class twice last week. Early Help cannot secure the care arrangement or the question of who holds decisions for the boys while mum is on remand, and a Children's Services assessment (including whether a family and friends arrangement should be formalised) is needed.

Consent: Mrs Adeyemi has consented to the step up, and mum agreed on a call from the prison on 14/01/2061.

Kind regards

Harriet Penhaligon
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
020 7946 0185
""")
    summary = binary_part(DOCX, "Case summary - Afolabi.docx", make_docx([
        "# Early Help case summary - Afolabi", "Mosaic ID: 2716603",
        "Children: Deji Afolabi (05/12/2049), Tomi Afolabi (18/04/2053)",
        "Early Help involvement since September 2060 (attendance and housing).",
        "06/01/2061: mum remanded in custody at HMP Ashgrove; children to maternal grandmother (74, post-stroke).",
        "Deji is providing personal care to his grandmother and most of the care of his brother.",
        "Attendance this month: Deji 71%, Tomi 90%."]))
    top = outlook_top(f, addr("Penhaligon, Harriet", "Harriet.Penhaligon@" + RD), addr("MASH Step Up", RSU),
                      "Step up - Afolabi - Mosaic 2716603", when, cc=addr("Obi, Chinedu", "Chinedu.Obi@" + RD))
    add(f, mail(f, top, body, [summary]), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2716603"],
        [ch("Deji Afolabi", "05/12/2049"), ch("Tomi Afolabi", "18/04/2053")],
        ["school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (manager agreed: 'I have agreed "
        "to step the ... family up'): case summary attached (.docx), rationale pasted under its own heading. Mother "
        "on remand, boys with a 74-year-old grandmother; Deji (11) caring -> young_carer; attendance 71% -> "
        "school_attendance. Consent stated by grandmother and mum.",
        not_children=["Funmilayo Afolabi", "Grace Adeyemi", "Chinedu Obi", "Harriet Penhaligon"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2061-02-03 17:35:08"
    comment = ("Sorry, I can't do tomorrow at 10. I'm sitting in my car outside 41 Ferrier Street. Ryan Dunne got "
               "out of HMP Elmhurst on Tuesday and Kirsty has let him back in, though his licence says he lives at "
               "the hostel in Croydon. He's been drinking since lunchtime. Through the window I've just seen him "
               "throw a glass at Kirsty while she was holding Ella Dunne (5 months) - it caught Ella's forehead and "
               "she's bleeding. Mia Dunne (8) ran upstairs. Kirsty won't come to the door. I've rung 999 and I'm "
               "staying here until they come, but nobody is here yet. Please can the out of hours team ring me on "
               "07700 900 734 - I don't think the girls can stay in that house tonight. Sophie")
    data = outlook_itip_reply(f, when, "Sophie Lindqvist", "Sophie.Lindqvist@" + RD,
                              ("MASH Business Support", "mash.businesssupport@" + RD), "DECLINED",
                              "Step-up case discussion - Dunne - Mosaic 2719845 [SB-richmond_wandsworth-412]",
                              "20610204T100000", "20610204T110000", "Microsoft Teams Meeting", comment=comment,
                              cc=addr("MASH Step Up", RSU))
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["2719845"],
        [ch("Ella Dunne"), ch("Mia Dunne")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (DECLINED) to the step-up case discussion, at 17:35, "
        "whose COMMENT says the father released on Tuesday is in the house against his licence, drunk, threw a glass "
        "that cut the 5-month-old's forehead; police called but not there yet -> urgent meeting_reply, alert_duty "
        "(out of hours). Children by full name, ages only.",
        not_children=["Ryan Dunne", "Sophie Lindqvist"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2061-01-26 11:45:50"
    body = T("""
Hello Early Help duty,

As agreed with Jasper Quint on the phone this morning, I'm confirming the step-down case discussion for the Callaghan children on Monday 31 January 2061 at 2pm (Teams). Mosaic ID 2703318.

Freddie Callaghan, DOB 23/09/2051
Poppy Callaghan, DOB 14/02/2056

Attached: the latest case summary and the draft Early Help plan.

A word about the father, because his name will come up on checks. Dean Callaghan was released on licence on 14 November 2060 after serving five years for a GBH on mum. He is managed at MAPPA level 2 and his probation officer assesses him as high risk of serious harm to mum as a known adult. His licence has an exclusion zone covering all of Wandsworth and a no-contact condition with mum and the children. He lives in his own flat in Gravesend. Probation (Priya Raman, Offender Manager) confirmed on Monday that he has kept to every condition, has made no attempt at contact, and his GPS tag data shows no entry to the zone. Mum has a safety plan and a panic alarm. There are no child protection concerns today.

The remaining worry is mum's anxiety, which has been high since his release; she has started CBT.

Mum has consented to Early Help and signed the consent form at our last visit. My team manager, Olu Bakare, agrees with the step down and will attend.

Grace Ndlovu
Social Worker, Family Safeguarding Team (Wandsworth)
020 7946 0662
""")
    summ = binary_part(DOCX, "Case summary - Callaghan.docx", make_docx([
        "# Case summary - Callaghan children", "Mosaic ID 2703318",
        "CP plan (emotional harm) ended October 2060; CIN since.",
        "Father released on licence 14/11/2060; no contact, licence kept, MAPPA level 2.",
        "Mum: anxiety, CBT started January 2061."]))
    plan = binary_part(DOCX, "Draft Early Help plan - Callaghan.docx", make_docx([
        "# Draft Early Help plan", "1. Support mum's anxiety (CBT, Family Support Worker).",
        "2. Freddie: school nurse drop-in; Poppy: nursery 15 hours.", "3. Review in 4 weeks."]))
    top = outlook_top(f, addr("Ndlovu, Grace", "Grace.Ndlovu@" + RD), addr("Early Help Duty", RED),
                      "Step down - Callaghan - case discussion Mon 31/01 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RD))
    add(f, mail(f, top, body, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["2703318"],
        [ch("Freddie Callaghan", "23/09/2051"), ch("Poppy Callaghan", "14/02/2056")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS: a father released on licence after a GBH, 'high risk of serious harm to mum', MAPPA level 2 - "
        "but he lives in Gravesend, has kept every condition (exclusion zone, no contact, GPS tag), and 'no child "
        "protection concerns today' -> not urgent. Complete step-down (case summary, draft plan, consent); current "
        "concern mum's anxiety only.",
        not_children=["Dean Callaghan", "Priya Raman", "Olu Bakare", "Grace Ndlovu"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2061-03-08 16:05:21"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Early Help,</p>
<p>I'd like to step <b>Maisie Ferreira</b> (DOB 30/06/2057) down to Early Help. Mosaic 2721190.</p>
<p>Mum, Chloe Ferreira, was released from HMP Ashgrove on 17 February after a six-month sentence and Maisie came home from her aunt's the same week. The reunification has gone well so far. Mum is on a methadone script, her tests have been clear since release, and she sees her probation officer weekly. The worry is relapse now that the structure of prison is gone, and she has no support network apart from her sister.</p>
<p>The case summary is attached. The draft plan will follow once I've met the Early Help worker.</p>
<p>On consent: mum wants to think about whether she wants Early Help. I'll ask her again at my visit on Thursday.</p>
<p>I'll ring Jasper to agree a time for the case discussion.</p>
<p>Thanks,<br>Marcus Bell<br>Social Worker, Assessment and Intervention (Richmond)<br>020 7946 0829</p>
</body></html>
""")
    summ = pdf_att("Case summary - Maisie Ferreira.pdf", "Case summary - Maisie Ferreira", [
        "Mosaic 2721190", "Maisie Ferreira, DOB 30/06/2057",
        "Mother released from custody 17/02/2061; Maisie returned from kinship care (maternal aunt).",
        "Mother in recovery (methadone), tests clear since release; probation weekly."])
    top = outlook_top(f, addr("Bell, Marcus", "Marcus.Bell@" + RD), addr("Early Help Duty", RED),
                      "Step down - Maisie Ferreira", when)
    add(f, html_only_mail(f, top, h, [summ]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2721190"], [ch("Maisie Ferreira", "30/06/2057")],
        ["substance_misuse"], None, None, ["consent", "draft_plan"], None, "request_info",
        "HTML-only step-down: case summary attached (PDF) but the draft plan 'will follow' and consent is still to "
        "be asked ('wants to think about it'; 'I'll ask her again') -> consent null; missing consent, draft_plan -> "
        "request_info. Mother released from custody, in recovery -> substance_misuse. 'Mosaic 2721190' -> id "
        "'2721190'.",
        not_children=["Chloe Ferreira", "Marcus Bell"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2061-02-12 16:10:37"
    text = T("""
Hello,

I'm the family engagement worker at HMP Elmhurst (employed by Prisoners' Families Link). I found this address on your website - I hope it is the right one for Wandsworth children's services.

This afternoon Jayden Okafor (DOB 19/05/2048), aged 12, came to the social visit to see his dad, Marcus Okafor (A7730KR). He was brought by his mum's partner, Stephen Hale, who waited in the visitors' centre.

While his dad queued for drinks, Jayden came to the play corner where I was, lifted his jumper and showed me a bruise across his left ribs about the size of my hand, purple and yellow. He said: "Steve punched me on Thursday 'cos I wouldn't stop crying about dad. He said next time he'll do it properly and if I tell dad he'll never let me come here again." He asked me not to tell his dad.

The visit ended at 4pm. Stephen Hale is driving Jayden home to Battersea now (Sangora Road, I think number 17). Jayden said his mum is at work until 10 tonight. I haven't told his dad.

I've written it all up for the prison's duty governor. Our visitors' centre closes at 5. My mobile is 07700 900 289.

Leanne Mortimer
Family Engagement Worker, HMP Elmhurst
Prisoners' Families Link
""")
    top = plain_top(f, addr("Leanne Mortimer", "leanne.mortimer@pflink.example.org"), addr(None, RSU),
                    "Jayden Okafor - visit today", when, "mail.gmail.com")
    data = build(top, multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")],
                                gbnd(f, 1)), False)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Jayden Okafor", "19/05/2048")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "PLAINLY, SATURDAY AFTERNOON: a prison family engagement worker reports a 12-year-old's disclosure at a "
        "visit (bruised ribs, 'next time he'll do it properly') and that the alleged abuser is driving him home now, "
        "mother at work until 10pm -> disclosure + going home -> urgent, alert_duty (out of hours). Not a step "
        "request -> other. Prisoner number A7730KR is no case id.",
        not_children=["Marcus Okafor", "Stephen Hale", "Leanne Mortimer"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2061-03-09 12:30:14"
    body = T("""
Dear Early Help team,

I'm writing to ask whether you run (or know of) a group for children who have a parent in prison. We have three children at Larkspur Primary in this position at the moment and I'd like to do more for them.

One of them, Amelia Brooks (Year 2, DOB 04/10/2053), gave me permission to share the letter she wrote to her mum at HMP Ashgrove during our Letters Home session, because she wanted other children to know "it's ok". I've typed it below:

"Dear Mummy, I miss you every day. Nana lets me have the big bed. I'm not scared at night any more because the shouting stopped when you went away. When the judge said you had to stay there I cried but Nana says only 4 more months. I got a star for reading. Love from Amelia"

To be clear, this is not a referral. The shouting Amelia mentions was last spring and was fully looked at then; Amelia has lived with her grandmother under a Special Guardianship Order since last June, she is thriving, her attendance is 98% and we have no worries about her care. Her mum's release date is in July and her contact is arranged through the prison's family days.

Could you send me details of any groups, and any resources for the class teachers?

With thanks

Anjali Desai
Inclusion Lead, Larkspur Primary School
020 7946 0418
""")
    top = outlook_top(f, addr("Desai, Anjali", "a.desai@larkspur.example.sch.uk"), addr("Early Help Duty", RED),
                      "Support for children with a parent in prison?", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Amelia Brooks", "04/10/2053")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a child's letter to her mother in prison mentions being 'scared at night' and 'the shouting' - "
        "but last spring, already looked at, the child now thriving with her special guardian, 'this is not a "
        "referral'. A school's enquiry about groups -> other, human_review; no current concern. The child is named "
        "in full with DOB, so she is labelled.",
        not_children=["Anjali Desai"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2061-03-28 09:03:12"
    body = T("""
Thank you for your email. I am on annual leave and will return on Tuesday 5 April 2061.

If your enquiry is about a MAPPA case or an urgent risk issue, please contact the Wandsworth Probation duty officer on 020 7946 0583. If a child is in immediate danger, call 999.

Priya Raman
Probation Officer (Offender Manager), Wandsworth Probation Delivery Unit
""")
    data = ooo_mail(f, when, "Priya Raman", "priya.raman@probation.example.gov.uk", addr("Early Help Duty", RED),
                    "Invitation: Step-down review - Callaghan [SB-richmond_wandsworth-455]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: an Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') from the probation "
        "officer, dated Mon 28 Mar 2061 09:03 +0100 (first working day of BST), whose boilerplate says 'urgent risk' "
        "and 'immediate danger, call 999' -> auto_reply, ignore; never answered (no loops).")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2061-02-22 10:40:02"
    ack = ack_text("step-up", "SB-richmond_wandsworth-430", [
        "Mosaic ID: 2720077", "Children: Leo Marchant (08/11/2050)"], ["rationale: the rationale for the step up"])
    text = T("""
Good morning,

Rationale attached, as requested. Apologies - it was sitting in my drafts.

Harriet

Harriet Penhaligon
Early Help Team Manager (Wandsworth North)
020 7946 0185

On 21/02/2061 15:02, MASH Step Up wrote:
""") + quoted(ack)
    rationale = pdf_att("Rationale for step up - Marchant.pdf", "Rationale for step up - Leo Marchant", [
        "Mosaic ID 2720077",
        "Leo's father was released on licence in December 2060 and lives at home with probation's approval.",
        "Since then mum's drinking has increased (she says to cope with the change) and Leo's attendance has fallen "
        "to 79%. Leo is often late and has missed PE kit and lunches.",
        "Early Help has worked with the family for 14 weeks; the plan has not held. A Children's Services assessment "
        "is needed."])
    top = plain_top(f, addr("Harriet Penhaligon", "Harriet.Penhaligon@" + RD), addr("MASH Step Up", RSU),
                    "Re: [SB-richmond_wandsworth-430] Step-up request received - Mosaic ID 2720077", when, RD,
                    "Mozilla Thunderbird")
    data = build(top, multipart("mixed", [text_part(text), rationale], bnd(f, 1)), False)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2720077"], [ch("Leo Marchant", "08/11/2050")],
        ["school_attendance", "substance_misuse"], None, None, [], None, "attach_to_request",
        "Thunderbird '>'-quoted reply to [SB-richmond_wandsworth-430] supplying the missing rationale as a PDF -> "
        "follow_up, attach_to_request. Concerns from the rationale (mum's drinking, attendance 79%); the quoted "
        "'What is missing:' heading is no 'missing' concern; child and DOB from the quoted acknowledgement.",
        not_children=["Harriet Penhaligon"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TD = "towerhamlets.gov.uk"

def marf(filename, child_lines, reason_lines, extra=()):
    return pdf_att(filename, "Multi-Agency Request for Support (MARF) - Tower Hamlets MAST",
                   child_lines + [""] + reason_lines + list(extra))

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2061-01-10 12:15:48"
    body = T("""
Dear MAST,

Please find attached a MARF to step up the Chowdhury family from Early Help. Mosaic: 2455870.

Ibrahim Chowdhury - DOB 27/02/2051
Maryam Chowdhury - DOB 12/07/2055

Dad, Rashid Chowdhury, was recalled to prison on 2 January for breaching his licence (a failed drug test) and is back at HMP Thornwick; probation expect him to serve until the autumn. Since the recall mum's depression has worsened sharply - she told me she is staying in bed most days, her GP has referred her to the crisis team - and neither child has been in school since term started on 4 January. Mum is honest about it and wants help.

Mum has given consent for this request to MAST. My manager, Nadia Sultana, has agreed the step up (we discussed it this morning).

Kind regards,
Shahana Begum
Early Help Practitioner, Bow Family Hub
London Borough of Tower Hamlets
020 7946 0347
""")
    att = marf("MARF - Chowdhury.pdf", [
        "Child 1: Ibrahim Chowdhury, DOB 27/02/2051, Mosaic 2455870", "Child 2: Maryam Chowdhury, DOB 12/07/2055"],
        ["Reason: father recalled to custody 02/01/2061; mother's depression; no school attendance since 04/01/2061.",
         "Parental consent: given 10/01/2061.", "Manager agreement: Nadia Sultana, Early Help Team Manager."])
    top = outlook_top(f, addr("Begum, Shahana", "Shahana.Begum@" + TD), addr("MAST", TMAST),
                      "MARF - step up - Chowdhury", when)
    add(f, mail(f, top, body, [att]), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2455870"],
        [ch("Ibrahim Chowdhury", "27/02/2051"), ch("Maryam Chowdhury", "12/07/2055")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF attached (request_for_support), manager agreed, consent given. "
        "Father recalled to prison; mother's depression; no attendance since term began on 4 Jan. 'Mosaic: "
        "2455870' -> '2455870'.",
        not_children=["Rashid Chowdhury", "Nadia Sultana", "Shahana Begum"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2061-02-02 13:05:26"
    body = T("""
Dear MAST team,

I am Fatema Khanom, family support worker in Shapla Community Family Service. I write about the Akter family, my manager Mrs Rahima Ali know about this and she agree I send to MAST for step up today.

Children:
Sumaiya Akter 09/08/2047
Rayan Akter 22/11/2051
Ayat Akter 05/06/2057

The mother Mrs Rokeya Akter is in HMP Ashgrove on remand since Friday 28 January. The children now stay with the mother brother, Mr Jamal Uddin, in his flat in Mile End. No father in UK.

Today in our homework club Sumaiya was crying and she tell me: the uncle friend, his name Tanvir, he sleep in the flat since Sunday. Last night he come in the girls room when everybody sleeping and he touch her under her clothes, on her chest and between her legs. She say this is two times now, Monday night and last night. She is 13. She is very scared to sleep there tonight. The uncle say Tanvir stay all this week and Sumaiya is liar. Ayat (3) sleep in same room.

Homework club finish 5pm and then Sumaiya go back to the flat. I did not do the MARF yet, I am doing it now and I will send after.

Please somebody call me before 5pm, 07700 900 148.

Thank you
Fatema Khanom
Family Support Worker
Shapla Community Family Service, Whitechapel
""")
    top = outlook_top(f, addr("Fatema Khanom", "fatema.khanom@shapla-families.example.org"), addr("MAST", TMAST),
                      "Step up for Akter family - please read today", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Sumaiya Akter", "09/08/2047"), ch("Rayan Akter", "22/11/2051"), ch("Ayat Akter", "05/06/2057")],
        ["sexual_harm"], None, True, ["request_for_support"], None, "alert_duty",
        "IN NON-NATIVE ENGLISH: mother on remand, children with an uncle whose friend has twice sexually assaulted "
        "the 13-year-old at night and is staying 'all this week'; she goes back at 5pm -> disclosure + going home "
        "-> urgent step_up, alert_duty. Manager 'know ... and she agree I send to MAST for step up' -> true; MARF "
        "not yet done -> request_for_support missing; consent not mentioned -> null.",
        not_children=["Rokeya Akter", "Jamal Uddin", "Rahima Ali", "Fatema Khanom"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2061-02-15 10:30:55"
    body = T("""
Hi MAST,

Step up request for Lucas Barrett (DOB 03/03/2049), Mosaic ID 2459931. MARF attached.

So you have the full picture before the police notification reaches you: on Sunday night mum's ex-partner, Wayne Dobbs (not Lucas's father), who was released on licence in January, came to the flat, smashed the front door and threatened to kill mum. Police arrested him at the scene. He was remanded in custody at Thames Magistrates' Court on Monday and probation have recalled him to prison. Lucas was at his nan's in Poplar for the whole weekend and did not see any of it. Mum and Lucas are safe; the council has repaired the door and mum has a non-molestation order application in.

The reasons for the step up are longer-standing: mum's drinking has escalated since the autumn, and Lucas went missing twice in January (found the next morning both times, return home interviews done) and we're worried about who he's with.

Mum consents to the MAST referral. My team manager, Nadim Rahman, agreed the step up yesterday.

Thanks,
Joe Pettit
Early Help Practitioner, Poplar Family Hub, LBTH
020 7946 0992
""")
    att = marf("MARF - Barrett.pdf", ["Child: Lucas Barrett, DOB 03/03/2049, Mosaic ID 2459931"],
               ["Reason: mother's alcohol use; two missing episodes January 2061; domestic abuse by ex-partner "
                "(now remanded in custody).", "Consent: given by mother 14/02/2061.", "Manager: Nadim Rahman, agreed."])
    top = outlook_top(f, addr("Pettit, Joe", "Joe.Pettit@" + TD), addr("MAST", TMAST),
                      "Step up - Lucas Barrett - Mosaic 2459931", when)
    add(f, mail(f, top, body, [att]), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2459931"], [ch("Lucas Barrett", "03/03/2049")],
        ["domestic_abuse", "missing", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS: a threat to kill and a smashed door by a man released on licence - but he was arrested at the "
        "scene, remanded and recalled; the boy was at his nan's and 'mum and Lucas are safe' -> already handled, "
        "not urgent. Complete MAST step-up (MARF, consent, manager agreed). Concerns: the recent abuse, mum's "
        "drinking, two January missing episodes.",
        not_children=["Wayne Dobbs", "Nadim Rahman", "Joe Pettit"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2061-02-24 15:10:37"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "I am stepping the Hussain children down to Early Help. The Child and Family Assessment was completed on "
        "23/02/2061 (attached) and recommends Early Help. The draft TAF plan is attached. I will chair the TAF "
        "meeting on Thursday 3 March 2061 at 10:00 at Cleveland Way Children's Centre.",
        "",
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Amira Hussain", "19/12/2052", "2461120"],
                   ["Zayn Hussain", "02/04/2058", "2461121"]]),
        "",
        "Background: dad, Imran Hussain, was released from HMP Thornwick on 1 December 2060 and came home after "
        "probation and we assessed the plan for his return. He has kept his licence, attends a fathers' group and "
        "there have been no incidents. The CIN plan's goals are met. Remaining needs: Amira's attendance (89%) and "
        "the family's finances while dad looks for work.",
        "",
        "Both parents have given consent to the step down to Early Help.",
        "Lead practitioner: Ms Roksana Miah, Family Support Worker, Cleveland Way Children's Centre (agreed).",
        "",
        "Regards,",
        "Ciaran Mulholland",
        "Social Worker, CIN Team 2, London Borough of Tower Hamlets",
        "020 7946 0554",
    ]
    cfa = pdf_att("C&F Assessment - Hussain.pdf", "Child and Family Assessment - Hussain children", [
        "Completed 23/02/2061 by Ciaran Mulholland", "Amira Hussain 19/12/2052 (2461120); Zayn Hussain 02/04/2058 (2461121)",
        "Outcome: needs can be met through Early Help (TAF). Father's return from custody went to plan."])
    plan = binary_part(DOCX, "Draft TAF plan - Hussain.docx", make_docx([
        "# Draft TAF plan - Hussain", "Lead practitioner: Roksana Miah",
        "1. Amira's attendance to 95% (school attendance officer).", "2. Money advice and employment support for dad.",
        "3. TAF review every 6 weeks."]))
    top = outlook_top(f, addr("Mulholland, Ciaran", "Ciaran.Mulholland@" + TD), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Hussain children", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2461120", "2461121"],
        [ch("Amira Hussain", "19/12/2052"), ch("Zayn Hussain", "02/04/2058")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (Outlook Word HTML with a table + tab-separated text twin): C&F assessment "
        "PDF, draft TAF plan .docx, consent of both parents, named lead practitioner with agency; TAF 3 March is "
        "within 10 WD of the assessment's end (23 Feb). Father home from prison with no incidents -> no concern; "
        "attendance 89%.",
        not_children=["Imran Hussain", "Roksana Miah", "Ciaran Mulholland"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2061-03-21 09:50:14"
    text = T("""
Hi EH Hub

Step down request for Tyrese Campbell-Hart, DOB 10/10/2047, Mosaic ID 2474415.

Mum (Andrea Campbell) was released from HMP Ashgrove on 28 February on home detention curfew (tagged 7pm-7am until May). Tyrese came home from his foster placement on 3 March under the plan agreed at the LAC review and has settled well. The C&F assessment is attached and recommends Early Help.

Mum consented to Early Help at the CIN review on 17/03/2061.

I haven't done the draft plan yet - I'll send it after Thursday's visit. Lead practitioner tbc (possibly the youth worker at his school, I'm waiting to hear).

Main need is Tyrese's attendance (82% since he came home) and some support for mum with the curfew and money.

Thanks
Dami Adeyemi
Social Worker, Children Looked After Team
""")
    cfa = pdf_att("CFA - Tyrese Campbell-Hart.pdf", "Child and Family Assessment - Tyrese Campbell-Hart", [
        "Mosaic ID 2474415", "Completed 18/03/2061. Recommendation: step down to Early Help.",
        "Mother on HDC until May 2061; reunification from foster care 03/03/2061 successful so far."])
    top = plain_top(f, addr("Dami Adeyemi", "Dami.Adeyemi@" + TD), addr("Early Help Hub", TEH),
                    "Step down - Tyrese Campbell-Hart", when, TD)
    root = multipart("mixed", [text_part(text, cte="base64"), cfa], bnd(f, 1))
    add(f, build(top, root, False), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2474415"], [ch("Tyrese Campbell-Hart", "10/10/2047")],
        ["school_attendance"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Base64 text/plain step-down: C&F assessment attached and consent given, but the draft plan is not done and "
        "the lead practitioner is 'tbc' -> missing draft_plan, lead_practitioner -> request_info. Mother out on "
        "home detention curfew, reunification going well: no concern beyond attendance 82%.",
        not_children=["Andrea Campbell", "Dami Adeyemi"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2061-03-10 16:50:09"
    body = T("""
RE: Mr Daniel ROURKE, CRN Y482133, PNC 59/0114327K - home visit 10/03/2061

To the Early Help Hub,

I am the supervising probation officer for Mr Daniel Rourke (DOB 14/06/2031), released on licence from HMP Thornwick on 07/03/2061. Index offence: sexual assault of a child under 13 (2056). Licence conditions include: (7) not to have unsupervised contact with any child under 18 without the prior approval of the supervising officer; (9) to reside at Approved Premises, Kenton House, E3.

1. At 11:40 today Mr Rourke was not at the Approved Premises. Staff state he has not slept there since 08/03/2061.
2. At 14:25 I attended 14 Cable Street, E1, the address of Ms Kerry Fenn, whom Mr Rourke has described as a friend. Ms Fenn confirmed that he has stayed there on 08/03 and 09/03/2061.
3. Ms Fenn lives with her two children: Lacey Fenn (DOB 02/05/2054) and Tommy Fenn (DOB 19/09/2057).
4. Ms Fenn stated that she was not aware of the nature of his conviction. She stated that she works a night shift at 20:00 this evening and that Mr Rourke has agreed to look after both children overnight.
5. Mr Rourke was not present during my visit. His mobile is switched off. His current whereabouts are unknown.
6. Police have been informed (ref CAD 4471/10MAR61) and a recall has been requested. Recall has not yet been executed.

I am forwarding this to Tower Hamlets children's services for action regarding the children. I am on duty until 18:00 on 020 7946 0871.

Rebecca Thorne
Probation Officer
Probation Service - Tower Hamlets Probation Delivery Unit
""")
    top = outlook_top(f, addr("Thorne, Rebecca", "rebecca.thorne@probation.example.gov.uk"), addr("Early Help Hub", TEH),
                      "Daniel ROURKE CRN Y482133 - children at 14 Cable Street", when)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lacey Fenn", "02/05/2054"), ch("Tommy Fenn", "19/09/2057")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "CLINICALLY, IN A PROBATION OFFICER'S NUMBERED NOTE to the wrong mailbox: a man convicted of sexually "
        "assaulting a child, released on licence three days ago, has been staying with a mother who is leaving him "
        "alone with her 6- and 3-year-old overnight from 20:00 tonight; he is missing and the recall is not yet "
        "executed -> the harmer's access tonight -> urgent, alert_duty. CRN, PNC and the police CAD are no case ids; "
        "Mr Rourke's DOB (2031) makes him an adult, not a child.",
        not_children=["Daniel Rourke", "Kerry Fenn", "Rebecca Thorne"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2061-01-31 11:20:40"
    ack = ack_text("step-down", "SB-tower_hamlets-5560", [
        "Case: 2458803", "Children: Sami Haque (2052-05-17), Aaliyah Haque (2055-09-03)"],
        ["consent: the parent's consent to the step down"])
    body = T("""
Hi,

Mum has now given her consent to the step down - signed form attached.

One thing in case it worries anyone reading the file: the police notification from 2059 records that Mr Kamal Haque threatened to "finish" mum when he got out. That was before his sentence. His release date has moved forward to 14 February, but probation confirmed this morning that he will live at Approved Premises in Birmingham, with an exclusion zone covering the whole of Tower Hamlets, a GPS tag and no contact with mum or the children. Mum knows, has been seen by the victim liaison officer and has a safety plan. We have no concerns about the children's safety and this doesn't change the step down.

Thanks,
Rumana Islam
Social Worker, CIN Team 1, LBTH
020 7946 0716
""") + quote_outlook("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "28 January 2061 14:05",
                     "Islam, Rumana <Rumana.Islam@towerhamlets.gov.uk>",
                     "[SB-tower_hamlets-5560] Step-down request received - 2458803", ack)
    form = pdf_att("Consent form signed - Haque.pdf", "Consent to Early Help - Haque family", [
        "I consent to my family being stepped down to Early Help and to information being shared with the TAF.",
        "Signed: Salma Haque (mother)    Date: 30/01/2061"])
    top = outlook_top(f, addr("Islam, Rumana", "Rumana.Islam@" + TD), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-5560] Step-down request received - 2458803", when)
    add(f, mail(f, top, body, [form]), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["2458803"],
        [ch("Sami Haque", "2052-05-17"), ch("Aaliyah Haque", "2055-09-03")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS: a 2059 threat to 'finish' mum on release and a release date brought forward - but he goes to "
        "Approved Premises in Birmingham with an exclusion zone, tag and no contact; 'no concerns about the "
        "children's safety' -> not urgent; historic abuse is no current concern. Follow-up to "
        "[SB-tower_hamlets-5560] bringing the signed consent -> consent true, attach_to_request.",
        not_children=["Kamal Haque", "Salma Haque", "Rumana Islam"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2061-03-27 20:47:31"
    text = T("""
hi im Nadias sister Yasmin. Nadia Farouk got remanded yesterday at Thames mags (saturday court) and her kids Zara and Adam got left with her boyfriend Kieran he is not their dad.

Zara Farouk is 6 Adam Farouk is 4. Flat 9 Moyle House, Stepney.

i went round at 7 to bring them food and Kieran wont open the door. i can hear Adam crying thru the letterbox for like half hour. he was off his face on something when i saw him this morning. Zara came to the letterbox and said Kieran is asleep on the kitchen floor and wont wake up and theres no dinner. she said there are tablets on the floor. she cant reach the lock.

theres no other adult there. i dont have a key. my phone is 07700 900 823 please ring me im still outside

Yasmin

Sent from my Galaxy
""")
    top = [("From", addr("Yasmin Farouk", "yasmin.farouk88@example.com")), ("To", addr(None, TMAST)),
           ("Subject", "nadias kids"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.example.com"))]
    add(f, build(top, text_part(text, cte="base64"), False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Zara Farouk"), ch("Adam Farouk")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "MOBILE STYLE, SUNDAY NIGHT, FIRST DAY OF BST (+0100): the mother was remanded yesterday; her children (6 "
        "and 4) were left with her boyfriend, now unrousable on the kitchen floor with tablets around him; no "
        "other adult, the aunt locked out -> sole carer incapacitated -> urgent, alert_duty (out of hours). A "
        "member of the public -> other. Base64 text/plain, LF.",
        not_children=["Nadia Farouk", "Yasmin Farouk"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BD = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2061-01-12 10:40:16"
    body = T("""
Dear Early Help,

Please could the Loosemore children have a slot at triage? As Archie and Ruby-Rose are both under 5 I think this needs the under-5s triage.

Archie Loosemore - 20/11/2057
Ruby-Rose Loosemore - 04/09/2059
LCS-4471820

Mum, Jade Loosemore, was released from HMP Sallowfield on 1 December 2060 after a four-month sentence. The children were with their maternal grandmother under the interim plan and returned home to mum on 8 December. The CIN goals have been met: mum has kept to her licence, has moved to a two-bedroom flat in Preston, and the health visitor reports both children thriving. Remaining need: mum is isolated and her mood is low in the evenings; she'd like a children's centre group and a family support worker.

The Single Assessment with my team manager's analysis is attached. My team manager, Wenna Polglase, has agreed the step down to Early Help (level 3). Jade has consented to the step down.

Many thanks,
Kerenza Trethewey
Social Worker, Safeguarding Team 2, Torbay Council
01632 960 352
""")
    sa = pdf_att("Single Assessment - Loosemore.pdf", "Single Assessment - Loosemore children", [
        "LCS-4471820", "Archie Loosemore 20/11/2057; Ruby-Rose Loosemore 04/09/2059",
        "Summary: mother released from custody 01/12/2060; children home since 08/12/2060; CIN goals met.",
        "Team manager's analysis: step down to Early Help level 3 agreed - Wenna Polglase, 11/01/2061."])
    top = outlook_top(f, addr("Trethewey, Kerenza", "Kerenza.Trethewey@" + BD), addr("Early Help", BEH),
                      "Step down to EH - Loosemore - LCS-4471820 - under 5s triage please", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4471820"],
        [ch("Archie Loosemore", "20/11/2057"), ch("Ruby-Rose Loosemore", "04/09/2059")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down, level 3 stated: Single Assessment with the TM's analysis (PDF), manager agreed, "
        "consent. Both children under 5 -> the fortnightly under-5s triage. Mother released from custody, licence "
        "kept; her low mood -> parental_mental_health.",
        not_children=["Jade Loosemore", "Wenna Polglase", "Kerenza Trethewey"])

def torbay_02():
    f = "torbay_02.eml"; when = "2061-03-18 15:55:42"
    text = T("""
MASH - step up for Pascoe kids, EHM-740321, pls ring me

dad Craig Pascoe out of HMP Stonehythe today 10am. licence = exclusion zone all of Paignton + no contact with mum (Leanne) or kids.

hes at mums NOW. his van is outside 7 Marldon View, i can see it from the end of the road.

kids inside: Ruby Pascoe 6 (12/05/2054), Alfie Pascoe 3 (30/01/2058)

mum txt me 10 mins ago "hes not going, dont send anyone he'll go mad". Last time he was out (2059) he strangled mum in front of Ruby and broke Alfie's collarbone, thats what he went down for.

consent - mum agreed to the MASH contact this morning before he turned up. ATM Silas Penrose agreed the step up this morning too.

Im staying here. 07700 900 961

Bryony
Bryony Tapp, Family Intervention Worker, Torbay Early Help

Sent from my iPhone
""")
    top = plain_top(f, addr("Bryony Tapp", "Bryony.Tapp@" + BD), addr("MASH", BMASH),
                    "Pascoe EHM-740321 step up - dad at house now", when, BD, "iPhone Mail (22D72)",
                    cc=addr("Silas Penrose", "silas.penrose@" + BD))
    add(f, flowed_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-740321"],
        [ch("Ruby Pascoe", "12/05/2054"), ch("Alfie Pascoe", "30/01/2058")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "MOBILE STYLE (iPhone format=flowed): a father released this morning, imprisoned for strangling the mother "
        "and breaking the toddler's collarbone, is in the house now against his licence, with both children; mum "
        "texts 'he's not going' -> urgent step_up, alert_duty. Consent and ATM agreement both stated, so nothing "
        "missing for a Torbay step-up.",
        not_children=["Craig Pascoe", "Silas Penrose", "Bryony Tapp"])

def torbay_03():
    f = "torbay_03.eml"; when = "2061-03-01 11:15:03"
    body = T("""
Hello MASH,

Contact to MASH / step up request for Mason Tozer, DOB 29/05/2053, EHM-741067.

Mason's dad has been in HMP Stonehythe since 2058 (release due 2062). Since Christmas mum's mood has been very low - she is not getting up in the mornings, and Mason's attendance is down to 79%. She has missed the last three TAF meetings and cancelled two home visits.

Before anyone worries about the bruise school logged: Mason had a bruise on his left cheekbone on Monday. It happened at the prison family day on Saturday - he fell from the climbing frame in the visits hall play area. Tess Harvey, the prison's family engagement worker, saw it happen; first aid was given and it's in their accident book (she's emailed me a copy). Mum told school about it on Monday morning before they asked, and Mason's account matches. No concerns about how it happened.

Mum consents to the contact to MASH. ATM Silas Penrose agreed this step up on 28/02/2061.

Kind regards
Morwenna Jago
Early Help Lead Practitioner, Torbay Early Help (Paignton)
01632 960 519
""")
    top = outlook_top(f, addr("Jago, Morwenna", "Morwenna.Jago@" + BD), addr("MASH", BMASH),
                      "Step up - Mason Tozer - EHM-741067", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-741067"], [ch("Mason Tozer", "29/05/2053")],
        ["non_engagement", "parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS: a bruise on a 7-year-old's cheekbone - explained: a fall at the prison family day, witnessed by "
        "the family engagement worker, in the accident book, told to school by mum, account matches -> no physical "
        "harm, not urgent. Complete Torbay step-up (consent + ATM agreement). Concerns: mum's low mood, missed TAFs "
        "and visits, attendance 79%.",
        not_children=["Tess Harvey", "Silas Penrose", "Morwenna Jago"])

def torbay_04():
    f = "torbay_04.eml"; when = "2061-03-17 14:30:29"
    body = T("""
Hi Early Help,

I'm asking for a triage slot for Bethany Widdicombe (DOB 16/01/2049), LCS-4479102. The Single Assessment is attached.

Bethany's dad, Neil Widdicombe, was released from HMP Stonehythe on 9 February and has been living at home with probation's agreement. Things have settled: no incidents, both parents working with the school. The only outstanding need is Bethany's attendance (85%) and some friendship issues in Year 8.

Consent: I have to be honest - dad has said no to Early Help. He says he doesn't want "any more people in our lives" after prison and probation, and mum goes along with what he decides. I've explained what Early Help is; they still said no.

I haven't been able to discuss the step down with my team manager yet - she's back on Monday.

Thanks
Lowenna Pook
Social Worker, Safeguarding Team 1, Torbay Council
""")
    sa = binary_part(DOCX, "Single Assessment - Bethany Widdicombe.docx", make_docx([
        "# Single Assessment - Bethany Widdicombe", "LCS-4479102",
        "Father released from custody 09/02/2061; living at home with probation's agreement; no incidents.",
        "Attendance 85%. Recommendation: step down to Early Help."]))
    top = outlook_top(f, addr("Pook, Lowenna", "Lowenna.Pook@" + BD), addr("Early Help", BEH),
                      "Triage slot - Widdicombe - LCS-4479102", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["LCS-4479102"], [ch("Bethany Widdicombe", "16/01/2049")],
        ["school_attendance"], False, None, ["consent", "manager_agreed"], None, "request_info",
        "Torbay step-down with the Single Assessment (.docx) but consent refused ('dad has said no to Early Help', "
        "'they still said no') -> consent false, and the team manager not yet consulted -> manager null; missing "
        "consent, manager_agreed -> request_info. No level stated.",
        not_children=["Neil Widdicombe", "Lowenna Pook"])

def torbay_05():
    f = "torbay_05.eml"; when = "2061-02-19 15:42:18"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Verdana,sans-serif;font-size:10pt} td{padding:3px 8px;border:1px solid #999}</style></head>
<body>
<p><b>HMP Stonehythe Visitors' Centre</b> - run by Harbour Families Trust</p>
<p>To Torbay children's services,</p>
<p>I am the visitors' centre manager on duty. I am writing because we have a two-year-old with us and no one to care for her.</p>
<table>
<tr><td>Child</td><td>Skye Roper, DOB 11/08/2058 (age 2)</td></tr>
<tr><td>Mother</td><td>Chantelle Roper, DOB 03/03/2036, of Paignton</td></tr>
<tr><td>Visiting</td><td>her partner (Skye's father), prisoner A3318FT</td></tr>
</table>
<p>At 14:50 our volunteer found Ms Roper unresponsive on the floor of the visitors' centre toilets with a syringe beside her. Paramedics gave her naloxone and took her to Torbay Hospital at 15:20; she had not come round properly when they left.</p>
<p>Skye is in our family room with two volunteers. Ms Roper travelled alone by bus. Skye's father says there is no one else - no grandparents, no friends he has a number for. The prison cannot take Skye and our centre closes at 17:00, when the volunteers go home.</p>
<p>Please ring me on 01632 960 471 (centre) or 07700 900 392.</p>
<p>Carys Hendy<br>Visitors' Centre Manager, HMP Stonehythe<br>Harbour Families Trust</p>
</body></html>
""")
    top = outlook_top(f, addr("Carys Hendy", "carys.hendy@harbourfamilies.example.org"), addr("Torbay MASH", BMASH),
                      "Two-year-old at HMP Stonehythe visitors' centre - mother taken to hospital", when)
    add(f, html_only_mail(f, top, h), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Skye Roper", "11/08/2058")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "HTML-ONLY, SATURDAY AFTERNOON: at a prison visitors' centre a mother was found unresponsive with a syringe "
        "and taken to hospital; her two-year-old has no other carer and the centre closes at 17:00 -> sole carer "
        "incapacitated -> urgent, alert_duty (out of hours). Mother's DOB 2036 = adult; prisoner number is no case "
        "id. Not a step request -> other.",
        not_children=["Chantelle Roper", "Carys Hendy"])

def torbay_06():
    f = "torbay_06.eml"; when = "2061-03-23 09:30:44"
    body = T("""
OFFICIAL-SENSITIVE

MAPPA RELEASE NOTIFICATION - FOR INFORMATION ONLY

Offender: Darren YEO, DOB 22/07/2029
MAPPA category 1, level 2
Release date: 28/03/2061 (automatic release on licence), HMP Stonehythe
Release address: Approved Premises, Bristol

Risk of serious harm (OASys): HIGH to a known adult (ex-partner); MEDIUM to children.

Licence conditions include: exclusion zone covering the whole of Torbay (GPS monitored); no contact, direct or indirect, with his ex-partner or her children; to reside at the Approved Premises; curfew 19:00-07:00.

Victim contact: the ex-partner and her two children moved out of the area in 2059 and their address is withheld. They do not live in Torbay. The victim liaison officer has informed her of the release date and conditions.

No action is requested of Children's Services. This notification is sent so that the MASH record can be updated. Please contact the MAPPA Unit with any queries.

Devon and Torbay MAPPA Unit
01632 960 700
""")
    top = outlook_top(f, addr("MAPPA Unit", "mappa.unit@devon-torbay-mappa.example.gov.uk"), addr("Torbay MASH", BMASH),
                      "MAPPA release notification - YEO - 28/03/2061 - for information", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a MAPPA release notification ('HIGH' risk of serious harm to an adult, 'MEDIUM to children') for "
        "a man released on 28 March to Approved Premises in Bristol with a Torbay exclusion zone; his ex-partner's "
        "children live elsewhere, unnamed; 'no action is requested' -> other, human_review, not urgent. His DOB "
        "(2029) is an adult's.",
        not_children=["Darren YEO"])

def torbay_07():
    f = "torbay_07.eml"; when = "2061-03-28 08:47:05"
    data = google_reply(f, when, "Hayley Northcott", "hayley.northcott.cc@gmail.com",
                        ("Early Help Business Support", "earlyhelp.businesssupport@torbay.gov.uk"), "ACCEPTED",
                        "Under-5s triage - Loosemore - LCS-4471820 [SB-torbay-3390]",
                        "20610329T083000Z", "20610329T090000Z", "Torbay Early Help, Union House, Torquay",
                        "Tue 29 Mar 2061 09:30 - 10:00 (BST)")
    top_fix = data.replace(b"To: Early Help Business Support <earlyhelp.businesssupport@torbay.gov.uk>",
                           b"To: Early Help Business Support <earlyhelp.businesssupport@torbay.gov.uk>\nCc: earlyhelp@torbay.gov.uk", 1)
    add(f, top_fix, "torbay", "early_help_duty", when, 4,
        "ordinary", "meeting_reply", False, None, ["LCS-4471820"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY ACCEPTED (plus invite.ics) from the children's centre worker for torbay_01's "
        "under-5s triage slot on Tue 29 Mar 2061 09:30 BST (08:30Z in the calendar: the clocks went forward on "
        "27 March) -> meeting_reply, record_reply; case id from the SUMMARY.")

def torbay_08():
    f = "torbay_08.eml"; when = "2061-03-30 17:20:36"
    ack = ack_text("step-down", "SB-torbay-3402", [
        "Case: LCS-4480335", "Children: Jordan Hannaford (14/02/2052), Mia Hannaford (07/07/2056)"],
        ["manager_agreed: your team manager's agreement"])
    text = T("""
Hi,

Wenna has now agreed the step down for the Hannaford children (she's copied in).

One more thing, and I may well be reading too much into it. Mum rang me about ten minutes ago. Jordan and Mia's dad, Lee Hannaford, was released from Stonehythe this morning - his licence says no contact with mum. She said, very quietly, that he was in her kitchen, "he's got Mia on his lap and he won't let me take them up for their bath", and then the line went dead. When he was last out, in 2058, he held Mia's hand on the cooker hob - that was the index offence. I've tried her back three times and it goes to voicemail.

I'm not sure what to make of it - sorry to tack this on the end.

Demelza

Demelza Rowe
Social Worker, Safeguarding Team 3, Torbay Council
01632 960 288

On Mon, 28 Mar 2061 at 11:12, Early Help <earlyhelp@torbay.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Demelza Rowe", "Demelza.Rowe@" + BD), addr("Early Help", BEH),
                    "Re: [SB-torbay-3402] Step-down request received - LCS-4480335", when, BD, None,
                    cc=addr("Wenna Polglase", "Wenna.Polglase@" + BD))
    add(f, build(top, text_part(text), False), "torbay", "early_help_duty", when, 5,
        "urgent", "follow_up", True, None, ["LCS-4480335"],
        [ch("Jordan Hannaford", "14/02/2052"), ch("Mia Hannaford", "07/07/2056")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "HEDGED ('I may well be reading too much into it'), on a '>'-quoted follow-up that supplies the manager's "
        "agreement: a father released this morning, whose index offence was holding the girl's hand on a hob, is in "
        "the kitchen against his licence with the girl on his lap, the call cut off and mum not answering -> urgent "
        "follow_up, alert_duty. Wed 30 Mar 2061 17:20 +0100 (BST).",
        not_children=["Lee Hannaford", "Demelza Rowe"])


# ============================================================================ HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HD = "herefordshire.gov.uk"

def consent_form_pdf(filename, family, signer, when):
    return pdf_att(filename, "Herefordshire Early Help - consent form (%s)" % family, [
        "I agree to my family receiving support from Early Help and to information being shared with the",
        "professionals named in the plan.", "Signed: %s    Date: %s" % (signer, when)])

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2061-01-25 13:40:22"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the step-down plan and the signed consent form for the Bevan children - step down to Early Help (level 3) as discussed at Tuesday's drop-in.

Lily Bevan - 11/02/2050 - Mosaic 734551
George Bevan - 06/06/2054 - Mosaic 734552

Dad, Aaron Bevan, is serving a sentence at HMP Wyebridge until 2062. The children see him at the monthly family days, arranged by the prison's family engagement worker, and the visits go well. Mum's mood, which was the main worry when we became involved, has improved a great deal with medication and counselling, though she still has bad weeks.

Key person / lead practitioner: Mrs Helen Price, Family Support Worker, Ledbury Road Family Hub - she has met mum and agreed.

Kind regards
Ffion Pritchard
Social Worker, Hereford City Locality Team
Herefordshire Council
01632 960 623
""")
    plan = binary_part(DOCX, "Step-down plan - Bevan children.docx", make_docx([
        "# Early Help step-down plan - Bevan", "Lily Bevan (11/02/2050), George Bevan (06/06/2054)",
        "Lead practitioner: Helen Price, Ledbury Road Family Hub",
        "1. Mum's wellbeing: counselling continues; FSW fortnightly.",
        "2. Children's contact with dad in prison: family days continue (family engagement worker).",
        "3. Review at the MAG."]))
    consent = consent_form_pdf("Consent form - Bevan (signed).pdf", "Bevan", "Rhian Bevan", "20/01/2061")
    top = outlook_top(f, addr("Pritchard, Ffion", "Ffion.Pritchard@" + HD), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan children", when)
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["734551", "734552"],
        [ch("Lily Bevan", "11/02/2050"), ch("George Bevan", "06/06/2054")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down, level 3 stated: step-down plan (.docx), signed consent "
        "form (PDF), named key person with agency -> book_meeting. Father serving a sentence, prison family days "
        "going well: no concern from him; mum's mood -> parental_mental_health. 'Mosaic 734551' -> '734551'.",
        not_children=["Aaron Bevan", "Helen Price", "Rhian Bevan", "Ffion Pritchard"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2061-03-16 09:55:08"
    body = T("""
Good morning,

Sent on behalf of Sam Hughes, Social Worker.

Please find attached the updated step-down plan and the signed consent form for the Price children (level 3 step-down). Sam's nominated key person is Kerry Mapp, Family Support Worker, Leominster Children's Centre.

Kind regards
Tracey Gwynne
Business Support Officer, Children's Services, Herefordshire Council
""")
    plan = binary_part(DOCX, "Step-down plan - Price children (updated 16.03.2061).docx", make_docx([
        "# Early Help step-down plan - Price children (level 3)",
        "Tyler Price, DOB 08/01/2053, Mosaic 738210", "Kian Price, DOB 22/07/2056, Mosaic 738211",
        "Key person: Kerry Mapp, Family Support Worker, Leominster Children's Centre",
        "Why we were involved: domestic abuse by Wayne Price (father) towards mum in 2059; he was sentenced to "
        "three years.",
        "Plan: 1. Freedom Programme for mum. 2. Tyler - school counsellor. 3. Kian - nursery 30 hours.",
        "# Update this morning (Sam, 08:40)",
        "Mum rang at 8.15. Wayne was released from HMP Wyebridge yesterday. His licence says he must live at the "
        "probation hostel in Worcester and not go to mum's. He came round last night and is still there. He "
        "shouted at mum and broke her phone, and she says he shoved Kian into the door frame - Kian has a cut above "
        "his eye that she has put a plaster on. Wayne has told her he is taking both boys to his brother's tonight "
        "and she won't stop him. I'm going round this afternoon after my visit in Kington."]))
    consent = consent_form_pdf("Consent form - Price (signed).pdf", "Price", "Jodie Price", "10/03/2061")
    top = outlook_top(f, addr("Gwynne, Tracey", "Tracey.Gwynne@" + HD), addr("Early Help Co-ordinators", HEH),
                      "Step down - Price children - plan and consent", when,
                      cc=addr("Hughes, Sam", "Sam.Hughes@" + HD))
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 4,
        "urgent", "step_down", True, 3, ["738210", "738211"],
        [ch("Tyler Price", "08/01/2053"), ch("Kian Price", "22/07/2056")],
        ["domestic_abuse", "physical_harm"], True, None, [], None, "alert_duty",
        "IN AN ATTACHMENT: business support sends a routine step-down (plan, signed consent form, key person -> "
        "nothing missing); the plan's 'Update this morning' says the father released yesterday is in the house "
        "against his licence, shoved the 4-year-old into a door frame (cut above the eye), broke mum's phone and is "
        "taking both boys tonight -> urgent step_down, alert_duty. Children named in full only in the .docx.",
        not_children=["Wayne Price", "Jodie Price", "Kerry Mapp", "Tracey Gwynne", "Sam Hughes"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2061-02-25 16:35:27"
    fwd = T("""
---------- Forwarded message ---------
From: DC Owen Prosser <owen.prosser@marches-police.example.police.uk>
Date: Fri, 25 Feb 2061 at 16:02
Subject: Gareth LLOYD - not at registered address
To: Rhys Bowen <rhys.bowen@wyevalleyhomes.example.org>

Rhys,

Thanks for the tip-off. Unannounced visit to Mr Gareth Lloyd's registered address (your flat at 3 Holmer Court) at 15:10 today - not there. He is a registered sex offender, released on licence on 01/02/2061; the index offence was sexual activity with a girl aged 11.

His neighbour says he's been staying most nights with Ms Amy Jenkins at Flat 4, 22 Bath Street, Hereford. Ms Jenkins has two daughters, Evie Jenkins (8) and Holly Jenkins (5). I rang Ms Jenkins: she says Gareth is collecting the girls from school today and is babysitting them tonight while she works at the care home until 10pm. She had no idea about his conviction and went quiet when I told her. She has not said she will change the plan.

I'm on until 7 and trying to find him. Could you let me know if he turns up at Holmer Court?

DC 4417 Owen Prosser
Management of Sexual or Violent Offenders (MOSOVO), Hereford
""")
    text = T("""
Hi,

Is this family known to you? The police forwarded me this as his landlord and I'm not sure who at the council should have it. Sorry if it's the wrong inbox.

Rhys

Rhys Bowen
Housing Officer, Wye Valley Homes
01632 960 845

""") + fwd
    top = plain_top(f, addr("Rhys Bowen", "rhys.bowen@wyevalleyhomes.example.org"), addr(None, HEH),
                    "Fwd: Gareth LLOYD - not at registered address", when, "mail.gmail.com")
    root = multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")], gbnd(f, 1))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 6,
        "urgent", "other", True, None, [], [ch("Evie Jenkins"), ch("Holly Jenkins")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "IN A FORWARDED PART (Gmail 'Fwd:'): a housing officer asks 'is this family known to you?' above a police "
        "note: a registered sex offender released on licence is collecting two girls (8 and 5) from school today "
        "and babysitting them tonight, the mother unaware until told -> the harmer's access tonight -> urgent, "
        "alert_duty. Misdirected, not a request -> other.",
        not_children=["Gareth Lloyd", "Amy Jenkins", "Owen Prosser", "Rhys Bowen"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2061-02-03 11:05:40"
    body = T("""
Hello co-ordinators,

Step down plan and signed consent form attached for Erin Davies (DOB 30/04/2055), Mosaic 739902.

The history will look alarming on Mosaic, so in brief: mum (Kelly Davies) was arrested in October 2060 after Erin's arm fracture and remanded in custody at HMP Sallowfield, charged with child cruelty. In December the CPS discontinued the case after the medical evidence showed Erin has a bone condition (osteogenesis imperfecta, now diagnosed), and mum was released on 14 December. Erin came home from her grandmother's on 20 December. The child protection plan ended on 24 January 2061 and there are no current child protection concerns.

What remains is mum's anxiety after her time in custody.

Lead practitioner: Ms Bethan Morgan, Family Support Worker, Bromyard Family Hub.

Thanks
Owain Hopkins
Social Worker, Ledbury & Bromyard Locality Team, Herefordshire Council
""")
    plan = binary_part(DOCX, "Step down plan - Erin Davies.docx", make_docx([
        "# Step down plan - Erin Davies", "Lead practitioner: Bethan Morgan, Bromyard Family Hub",
        "1. Mum's anxiety: GP and counselling.",
        "2. Review at four MAGs."]))
    consent = consent_form_pdf("Consent form signed - Davies.pdf", "Davies", "Kelly Davies", "01/02/2061")
    top = outlook_top(f, addr("Hopkins, Owain", "Owain.Hopkins@" + HD), addr("Early Help Co-ordinators", HEH),
                      "Step down - Erin Davies - Mosaic 739902", when)
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["739902"], [ch("Erin Davies", "30/04/2055")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: a fracture, a mother remanded for child cruelty - but the case was discontinued (bone condition "
        "diagnosed), she was released, the CP plan ended and 'no current child protection concerns' -> resolved, "
        "not urgent, no physical_harm. Complete step-down (plan, signed consent form, lead practitioner). Concern: "
        "mum's anxiety only (the bone condition is the explanation, not a worry raised).",
        not_children=["Kelly Davies", "Bethan Morgan", "Owain Hopkins"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2061-03-08 15:20:51"
    text = T("""
Hi all,

Step down request for Jack Preece, DOB 14/08/2051, Mosaic 741177. The draft Early Help plan is attached.

Jack's dad, Carl Preece, came out of HMP Wyebridge on licence on 7 February and is living at home with probation's agreement. It has gone well - no incidents, dad has kept every appointment, and Jack is happy to have him home. The remaining worry is Jack's attendance, 83% this term.

Mum and dad both agreed to Early Help verbally at my visit on Monday. I'll get the consent form signed at my next visit.

We haven't identified a lead practitioner yet - school are thinking about it.

Thanks,
Nia Lewis
Social Worker, Kington & Leominster Locality Team
Herefordshire Council
""")
    plan = binary_part(DOCX, "Draft EH plan - Jack Preece.docx", make_docx([
        "# Draft Early Help plan - Jack Preece", "1. Attendance: weekly check-in with the school attendance lead.",
        "2. Family: support for dad's return to work.", "3. Review at the MAG."]))
    top = plain_top(f, addr("Nia Lewis", "Nia.Lewis@" + HD), addr("Early Help Co-ordinators", HEH),
                    "Step down request - Jack Preece", when, HD, "Mozilla Thunderbird")
    add(f, flowed_mail(f, top, text, [plan], cte="7bit"), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["741177"], [ch("Jack Preece", "14/08/2051")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Thunderbird format=flowed step-down with the draft plan: verbal consent stated ('agreed to Early Help "
        "verbally') -> consent true, but the written consent form is to follow -> consent_form missing; no lead "
        "practitioner yet -> request_info. Father home on licence, going well.",
        not_children=["Carl Preece", "Nia Lewis"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2061-03-14 07:30:00"
    text = T("""
HEREFORDSHIRE SAFEGUARDING CHILDREN PARTNERSHIP - LEARNING BULLETIN, MARCH 2061

Children affected by parental imprisonment: learning from a local case review

Child M (aged 6) was seriously injured by a father released from prison to the family home. Professionals knew the release date, but nobody checked the licence conditions or told the school. Child M disclosed at school the day before the injury. The review found that the immediate danger was not recognised because the information sat with three agencies.

Learning points
- On a release day, ask: where will the parent live, are there children at that address, and what do the licence conditions say?
- A child's letter to a parent in prison can contain a disclosure. Read it.
- A mother on remand may leave the children with whoever is available. Check who has them tonight.
- Any immediate risk to a child: call the MASH or, out of hours, the Emergency Duty Team. In an emergency call 999.

All names and details in this bulletin are fictional or anonymised. This bulletin is for learning only and does not concern any current family.

Herefordshire Safeguarding Children Partnership - unsubscribe: hscp-bulletin-leave@hscp.example.org.uk
""")
    data = bulletin_mail(f, when, addr("HSCP Learning Bulletin", "bulletin@hscp.example.org.uk"), addr(None, HEH),
                         "Learning bulletin: children affected by parental imprisonment", text,
                         "HSCP learning bulletin <bulletin.hscp.example.org.uk>", "hscp.example.org.uk")
    add(f, data, "herefordshire", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partnership learning bulletin (List-Id) about an anonymised 'Child M' injured by a father "
        "released from prison, with 'immediate danger', 'immediate risk', 'emergency' - fictional/anonymised, "
        "'does not concern any current family' -> other, human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2061-03-31 12:05:33"
    body = T("""
Thank you for your email. I am on leave over the Easter holidays and back in the office on Tuesday 19 April 2061.

For anything about my cases please contact the Hereford City Locality duty desk on 01632 960 600.

Ffion Pritchard
Social Worker, Hereford City Locality Team
""")
    data = ooo_mail(f, when, "Ffion Pritchard", "Ffion.Pritchard@" + HD, addr("Early Help Co-ordinators", HEH),
                    "[SB-herefordshire-881] Step-down completed - Bevan children", body)
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to a stepbot mail, Thu 31 Mar "
        "2061 12:05 +0100 (BST) -> auto_reply, ignore. The family's surname in the quoted subject is no child.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2061-03-07 10:10:15"
    body = T("""
Dear MASH,

I would like to ask for Ellie Bowkett (DOB 03/10/2052, Year 4) to be stepped up to social care.

Ellie's dad, Shaun Bowkett, is due to be released from HMP Wyebridge in May. He was convicted in 2058 of assaulting Ellie's mum. Mum has told us he will "probably" come back to live with them when he is released. If he does, we would be worried, given what happened in 2058 and what Ellie has told us about that time.

To be clear, there are no concerns at the moment: he is in prison, there is no contact apart from letters, which the prison screens, Ellie is happy and settled, attendance is 97%, and mum is engaging well with the school and with the Early Help worker. Nothing has happened - we are thinking ahead to May.

Mum has given consent for this referral.

Gethin Walters
Deputy Head and Designated Safeguarding Lead, Bishopswood Primary School
01632 960 274
""")
    top = outlook_top(f, addr("Walters, Gethin", "g.walters@bishopswood.example.sch.uk"), addr("MASH", HMASH),
                      "Step up request - Ellie Bowkett", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, [], [ch("Ellie Bowkett", "03/10/2052")],
        [], True, None, [], None, "human_review",
        "NEAR MISS, HYPOTHETICAL: a DSL asks to step a child up because her father, convicted of assaulting her "
        "mother in 2058, 'will probably' return in May - 'if he does, we would be worried'; 'there are no concerns "
        "at the moment', 'nothing has happened' -> not urgent, concerns [] (historic and hypothetical). A step_up "
        "to Herefordshire, whose protocol defines none -> human_review, missing [] and notice null.",
        not_children=["Shaun Bowkett", "Gethin Walters"])


# ============================================================================ the rules the checks apply
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
REQ = {   # REQUIREMENTS.md: requirement ids per authority / kind / (Knowsley) level; "children" always
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
BANNED = ["urgent", "urgently", "risk", "immediate", "immediately", "emergency", "danger", "dangerous", "unsafe",
          "safeguarding concern", "asap", "critical"]
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]

# ---- the calendar, worked out here (and compared with the `holidays` package when it is installed)
def easter_sunday(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f_ = (b + 8) // 25
    g = (b - f_ + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, ((h + l - 7 * m + 114) % 31) + 1)

def first_monday(y, mo):
    d = date(y, mo, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)

def last_monday(y, mo):
    d = (date(y, mo + 1, 1) if mo < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=d.weekday())

def last_sunday(y, mo):
    d = (date(y, mo + 1, 1) if mo < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)

def bank_holidays(y):
    """England & Wales bank holidays (the days off work) in year y."""
    out = {}
    nyd = date(y, 1, 1)
    out[nyd + timedelta(days={5: 2, 6: 1}.get(nyd.weekday(), 0))] = "New Year's Day" + (
        " (substitute)" if nyd.weekday() >= 5 else "")
    es = easter_sunday(y)
    out[es - timedelta(days=2)] = "Good Friday"
    out[es + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "Early May bank holiday"
    out[last_monday(y, 5)] = "Spring bank holiday"
    out[last_monday(y, 8)] = "Summer bank holiday"
    xmas, boxing = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:            # Sat: both substitutes Mon 27 and Tue 28
        out[date(y, 12, 27)] = "Christmas Day (substitute)"; out[date(y, 12, 28)] = "Boxing Day (substitute)"
    elif xmas.weekday() == 6:          # Sun: Boxing Day Mon 26, Christmas substitute Tue 27
        out[boxing] = "Boxing Day"; out[date(y, 12, 27)] = "Christmas Day (substitute)"
    elif xmas.weekday() == 4:          # Fri: Boxing Day on Sat -> Mon 28
        out[xmas] = "Christmas Day"; out[date(y, 12, 28)] = "Boxing Day (substitute)"
    else:
        out[xmas] = "Christmas Day"; out[boxing] = "Boxing Day"
    return out

BH = {}
for _y in (YEAR - 1, YEAR):
    BH.update(bank_holidays(_y))
WINDOW_START, WINDOW_END = date(2061, 1, 4), date(2061, 4, 1)      # spring term 2061
EASTER_HOLS = (date(2061, 4, 4), date(2061, 4, 15))
HALF_TERM = (date(2061, 2, 14), date(2061, 2, 18))

def bst_bounds(y):
    return (datetime.combine(last_sunday(y, 3), datetime.min.time(), UTC).replace(hour=1),
            datetime.combine(last_sunday(y, 10), datetime.min.time(), UTC).replace(hour=1))

def expected_offset(d):
    s, e = bst_bounds(d.year)
    return timedelta(hours=1) if s <= d.astimezone(UTC) < e else timedelta(0)

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BH:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

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

CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def set_checks():
    errors = []
    err = errors.append
    # calendar facts the whole set rests on
    if date(2061, 1, 1).weekday() != 5: err("1 Jan 2061 should be a Saturday")
    if BH.get(date(2061, 1, 3)) != "New Year's Day (substitute)": err("3 Jan 2061 should be the NYD substitute")
    if easter_sunday(2061) != date(2061, 4, 10): err("Easter 2061 should be Sunday 10 April")
    if BH.get(date(2061, 4, 8)) != "Good Friday" or BH.get(date(2061, 4, 11)) != "Easter Monday": err("Easter BHs")
    if easter_sunday(2024) != date(2024, 3, 31) or easter_sunday(2025) != date(2025, 4, 20): err("computus")
    if WINDOW_START.weekday() != 1 or WINDOW_END.weekday() != 4: err("window should be Tue 4 Jan - Fri 1 Apr")
    if not (EASTER_HOLS[0] <= date(2061, 4, 8) <= EASTER_HOLS[1] and EASTER_HOLS[0] <= date(2061, 4, 11) <= EASTER_HOLS[1]):
        err("Easter holidays should contain Good Friday and Easter Monday")
    if EASTER_HOLS[0] - timedelta(days=3) != WINDOW_END: err("term should end on the Friday before the holidays")
    if any(WINDOW_START <= d <= WINDOW_END for d in BH): err("a bank holiday inside the window")
    s, e = bst_bounds(2061)
    if s != datetime(2061, 3, 27, 1, 0, tzinfo=UTC) or e != datetime(2061, 10, 30, 1, 0, tzinfo=UTC): err("BST dates")
    for probe, off in ((datetime(2061, 3, 27, 0, 59, tzinfo=UTC), 0), (datetime(2061, 3, 27, 1, 0, tzinfo=UTC), 1),
                       (datetime(2061, 1, 15, 12, 0, tzinfo=UTC), 0), (datetime(2061, 4, 1, 12, 0, tzinfo=UTC), 1)):
        if probe.astimezone(LON).utcoffset() != timedelta(hours=off): err("zoneinfo disagrees at %s" % probe)
        if expected_offset(probe) != timedelta(hours=off): err("own BST rule disagrees at %s" % probe)
    try:
        import holidays as _h
        pkg = {d for d in _h.country_holidays("GB", subdiv="ENG", years=[2060, 2061])
               if d.weekday() < 5}
        if pkg != set(BH): err("bank holidays differ from the holidays package: %s" % sorted(pkg ^ set(BH)))
    except ImportError:
        pass
    # the set
    if len(LABELS) != 40: err("need 40 labels, have %d" % len(LABELS))
    for a in AUTHORITIES:
        fs = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if fs != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: err("files for %s: %s" % (a, fs))
    cats = [CATS[l["file"]] for l in LABELS]
    if cats.count("urgent") < 11: err("fewer than 11 urgent")
    if cats.count("near_miss") < 11: err("fewer than 11 near misses")
    kinds_urgent = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if kinds_urgent != KINDS - {"auto_reply"}: err("urgent kinds should be every kind but auto_reply: %s" % kinds_urgent)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: err("every kind should appear")
    # Knowsley arithmetic: the traps are really traps
    for l in LABELS:
        m = META[l["file"]]
        now = datetime.fromisoformat(l["now"])
        if m["meeting"]:
            if m["plain_weekdays"] is not None and plain_weekdays(now.astimezone(LON).date(), m["meeting"]) != m["plain_weekdays"]:
                err("%s plain weekday count" % l["file"])
            if m["utc_trap"] is not None:
                if now.astimezone(UTC).date() == now.astimezone(LON).date(): err("%s: UTC date equals London date" % l["file"])
                if working_days(now.astimezone(UTC).date(), m["meeting"]) != m["utc_trap"]: err("%s utc count" % l["file"])
                if (m["utc_trap"] >= 5) == l["expect"]["notice_ok"]: err("%s: the UTC trap is not decisive" % l["file"])
    return errors

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                   "missing", "notice_ok", "next_action"]: err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r has no case-system form" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice/missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d working days" % (e["notice_ok"], wd))
            if meeting <= now.astimezone(LON).date() or meeting.weekday() >= 5 or meeting in BH: err("meeting date")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok must be null (no notice rule)")
    # the message
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in re.findall(r"[\w.+-]+@[\w.-]+", rcpt): err("mailbox address not in To/Cc")
    raw_date = msg["Date"].strip()
    d = email.utils.parsedate_to_datetime(raw_date)
    ld = d.astimezone(LON)
    if not (WINDOW_START <= ld.date() <= WINDOW_END): err("Date outside the window")
    if raw_date[:3] != ld.strftime("%a"): err("weekday name %s but the date is a %s" % (raw_date[:3], ld.strftime("%a")))
    if d.utcoffset() != expected_offset(d) or d.utcoffset() != ld.utcoffset(): err("Date offset wrong")
    if not raw_date.endswith("+0100" if expected_offset(d) else "+0000"): err("Date offset text")
    if ld.date() in BH: err("Date on a bank holiday")
    if ld.weekday() >= 5 and CATS[f] != "urgent": err("weekend mail that is not urgent")
    if now.utcoffset() != expected_offset(now): err("now offset wrong")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    subj = str(msg["Subject"])
    if e["kind"] == "follow_up" and not re.search(r"\[SB-%s-\d+\]" % a, subj): err("follow_up without [SB-] ref")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("[SB-] on a new mail")
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if (e["kind"] == "meeting_reply") != (len(cal) == 1 and "METHOD:REPLY" in cal[0].get_payload(decode=True).decode()):
        err("meeting_reply <=> one text/calendar METHOD:REPLY")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("auto_reply <=> Auto-Submitted")
    text = readable(msg)
    low = text.lower()
    if e["urgent"]:
        for w in BANNED:
            if w in low:
                i = low.find(w)
                err("banned word %r in an urgent mail: ...%s..." % (w, text[max(0, i - 40): i + 40]))
    for c, kid in zip(META[f]["children"], e["children"]):
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if c["_w"]:
            if c["_w"] not in text: err("DOB %r not in text" % c["_w"])
            dob = date.fromisoformat(kid["dob"])
            if not (dob < now.date() and age_years(dob, now.date()) < 18): err("%s is not a child at now" % c["name"])
    pos = [text.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    for m in re.finditer(r"\b(?:EHM|ICS|LCS)-\d+", text):
        if m.group(0) not in e["case_ids"]: err("case id %s in text but not labelled" % m.group(0))
    return errors


# ============================================================================ main
def build_all():
    for a in AUTHORITIES:
        for i in range(1, 9):
            globals()["%s_%02d" % (a, i)]()
    LABELS.sort(key=lambda l: (AUTHORITIES.index(l["authority"]), l["file"]))

def stats():
    from collections import Counter
    print("categories", Counter(CATS.values()))
    for key in ("kind", "next_action", "urgent", "consent", "manager_agreed", "level", "notice_ok"):
        print(key, Counter(str(l["expect"][key]) for l in LABELS))
    print("offsets", Counter(l["now"][-6:] for l in LABELS))
    for l in LABELS:
        m = META[l["file"]]
        if m["meeting"]:
            today = datetime.fromisoformat(l["now"]).astimezone(LON).date()
            print("  %s now %s meeting %s: %d WD, %d plain weekdays%s" % (
                l["file"], l["now"], m["meeting"], working_days(today, m["meeting"]),
                plain_weekdays(today, m["meeting"]),
                "" if m["utc_trap"] is None else ", %d from the UTC date" % m["utc_trap"]))

def main():
    build_all()
    errors = set_checks()
    for lab in LABELS:
        errors += check_file(lab)
    if errors:
        print("SELF-CHECK FAILED - nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({l["file"]: CATS[l["file"]] for l in LABELS}, fh, indent=1)
        fh.write("\n")
    print("ok: %d files, %s" % (len(FILES), {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}))
    if "--stats" in sys.argv:
        stats()

if __name__ == "__main__":
    main()
