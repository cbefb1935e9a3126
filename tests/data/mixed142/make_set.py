#!/usr/bin/env python3
"""mixed142: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2055 (Wednesday 1 September - Friday 17 December 2055), in foster carers and children in care.

Voices: foster carers writing in themselves (a Sunday-evening mail about a child not back from a weekend at his
mum's, a carer's forwarded account of what a looked-after girl heard about her little sister at home, a carer
family's holiday auto-reply), supervising social workers (a forward, an out-of-office), a connected carer
grandmother texting from her phone at night, a residential children's home shift leader's incident log, an
Independent Reviewing Officer (a disclosure at a review; a practice question), a Children Looked After nurse's health
assessment, a looked-after 14-year-old writing herself from a stranger's flat, a leaving-care personal adviser, the
Emergency Duty Team, a fostering newsletter and a Skills to Foster handout, a fostering team manager closing an
allegation, and social workers and Early Help practitioners stepping families down (children home from care, special
guardians, connected carers) and up (siblings at home while a brother or sister is in care, a kinship placement
breaking down).

Deterministic: no clock, no randomness. Boundaries, Message-IDs and calendar UIDs come from sha1 of the file name;
.docx zips have fixed timestamps; PDFs are hand-built PDF 1.4 text pages. Run with any Python 3.9+
(`python3 make_set.py`); if `holidays`, `pypdf` and `python-docx` are importable (e.g. /work/main/.venv/bin/python)
they are used as extra cross-checks (bank holidays; reading the attachments back), otherwise the built-in readers are
used. `--stats` prints tallies and the Knowsley notice table. Every check STOPS the script before anything is written.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header, decode_header, make_header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
SET = "mixed142"

# The autumn term of 2055, checked with Python: 1 September 2055 is a Wednesday, 17 December 2055 a Friday.
WINDOW = (date(2055, 9, 1), date(2055, 12, 17))
# England & Wales bank holidays around the window (gov.uk rules; substitutes when the day falls at a weekend).
# Christmas Day 2055 is a Saturday and Boxing Day a Sunday, so the substitute days are Mon 27 and Tue 28 December;
# New Year's Day 2056 is a Saturday, so its substitute is Monday 3 January 2056.
BANK_HOLIDAYS = {date(2055, 1, 1), date(2055, 4, 16), date(2055, 4, 19), date(2055, 5, 3), date(2055, 5, 31),
                 date(2055, 8, 30), date(2055, 12, 27), date(2055, 12, 28), date(2056, 1, 3)}
BST_END = datetime(2055, 10, 31, 1, 0, tzinfo=UTC)     # last Sunday of October 2055, 01:00 UTC

BANNED = ["urgent", "immediate", "immediately", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
          "asap", "at risk"]


# ----------------------------------------------------------------------------------------------- MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def abnd(fname, n):
    return "Apple-Mail=_%s" % sha(fname, "a%d" % n)[:32].upper()

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def dt(s):
    """Europe/London wall-clock time 'YYYY-MM-DD HH:MM:SS' -> aware datetime (BST until 31 October 2055)."""
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
        if re.search(r'[,.;:@()"\[\]]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email_)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", crlf_b64=True):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf_b64 else text
        body = b64lines(t.encode(charset))
    else:                                   # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Description", filename),
                 ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data))),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        body = p.body if p.body.endswith("\n") else p.body + "\n"
        return out + body
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    return out + "--%s--\n" % p.boundary

def build(top, root, crlf=True):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                       # 7-bit on the wire: every 8-bit character is encoded
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Aptos"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def gmail_html(text):
    paras = text.strip("\n").split("\n\n")
    return ('<div dir="ltr">%s</div>\n' % "".join(
        "<div>%s</div><div><br></div>" % "<br>".join(html.escape(l, quote=False) for l in p.split("\n"))
        for p in paras))

def flowed(text, width=72):
    """RFC 3676 format=flowed: long lines wrapped with a trailing space (soft break)."""
    out = []
    for logical in text.split("\n"):
        words = logical.split(" ")
        cur, phys = "", []
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

def flowed_part(text, cte="quoted-printable"):
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="%s"; format=flowed; delsp=no' % ("us-ascii" if cte == "7bit" else "utf-8")),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body)
    else:
        body.encode("ascii")
    return Part(h, body)


# ----------------------------------------------------------------------------------------------- headers
def outlook_top(f, frm, to, subject, when, cc=None, extra=None, domain="LO2P265MB5519.GBRP265.PROD.OUTLOOK.COM",
                reply_to=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re): ", "", subject))),
          ("Thread-Index", thread_index(f)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(f, domain))]
    if reply_to:
        h += [("In-Reply-To", reply_to), ("References", reply_to)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(f, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(f, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def gmail_top(f, frm, to, subject, when, cc=None, extra=None):
    h = [("From", frm), ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com")),
         ("Subject", hdr(subject)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h + (extra or [])


# ----------------------------------------------------------------------------------------------- documents
def make_pdf(title, lines):
    """A one-page PDF 1.4 (Helvetica, WinAnsi, uncompressed text) whose text pypdf can read back."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, (title, len(wrapped))
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

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows (lists of cell strings)."""
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2055, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# ----------------------------------------------------------------------------------------------- iCalendar
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

def outlook_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY: multipart/alternative (text/plain + text/calendar; method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, frm_name, frm_email)]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["SUMMARY;LANGUAGE=en-GB:%s: %s" % (word, ics_escape(summary)),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % (int(sha(f, "own")[:7], 16)),
          "X-MICROSOFT-CDO-IMPORTANCE:1", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    body = (comment + "\n") if comment else " \n"
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar method=REPLY) plus the
    same calendar as an application/ics 'invite.ics' attachment; times in UTC."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email)]
    if note:
        L.append("COMMENT:" + ics_escape(note))
    L += ["CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n%s\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location, ("\nNote from %s: %s\n" % (frm_name, note)) if note else "")
    alt = multipart("alternative", [text_part(text, cte="7bit" if text.isascii() else "quoted-printable"),
                                    text_part(gmail_html(text), "html"),
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
    return build(top, root, crlf=False)


# ----------------------------------------------------------------------------------------------- mail shapes
def outlook_mail(f, top, text, atts=(), html_body=None):
    """Outlook: multipart/alternative (QP text + Word-ish HTML twin), in multipart/mixed when there are attachments."""
    alt = multipart("alternative", [text_part(text), text_part(html_body or html_of(text), "html")], bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1)) if atts else alt
    return build(top, root)

def plain_mail(f, top, text, atts=(), cte="quoted-printable", crlf=True, boundary=None):
    t = text_part(text, cte=cte, crlf_b64=crlf)
    root = multipart("mixed", [t] + list(atts), boundary or bnd(f, 1)) if atts else t
    return build(top, root, crlf=crlf)

def html_only_mail(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root)

def quote_block(frm, sent, to, subject, text, cc=None):
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))


# ----------------------------------------------------------------------------------------------- records
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

def MB(authority, mailbox):
    return MAILBOXES[(authority, mailbox)]

def ch(name, dob=None, written=None, as_written=None):
    """A labelled child: `written` is the DOB exactly as the mail writes it (checked against `dob`); `as_written` is
    the span that names the child when the full name is never written in one piece."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, weekend_reason=None,
        not_children=(), adults=()):
    """Record one file. `meeting`: the Europe/London date notice is counted to (Knowsley step requests only).
    `weekend_reason`: why a mail is dated on a weekend. `not_children`: people named in the text who must never be
    labelled as children; `adults`: (name, DOB as written) of people who must be 18 or over at `now`."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "weekend_reason": weekend_reason,
                   "not_children": list(not_children), "adults": list(adults), "when": when}


# =============================================================================================== KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"
    text = """Hi Family First duty,

Apologies for the time of this email - catching up after a long day in court.

I'm writing to let you know about a planned step down to Family First at Level 3 for Tyler-James Hesketh (DOB 03/02/2046), ICS-2471093.

Tyler-James came home to his mum, Leanne Hesketh, in June after 14 months in foster care with Mr and Mrs Corrigan. The care order was discharged on 9 June and he has been open to me on a Child in Need plan since then. The plan has gone well and my team manager, Gareth Lowe (cc'd), agrees that Tyler-James no longer needs a social worker but would benefit from a Family First case manager for the next few months.

Final CIN meeting: Monday 18th October at 10am, Huyton Family Hub (Poplar Bank, L36), meeting room 2. Leanne and his class teacher will be there. I'd be grateful if a Family First case manager could attend.

Leanne has consented to the referral to Family First - she signed the consent form on my visit on Friday.

What are we worried about?
- Tyler-James's attendance has dropped to 84% since he moved home, mostly Mondays.
- Leanne's anxiety and low mood. She is under her GP and has started a course with the talking therapies service but still struggles with mornings.
- Tyler-James misses his foster carers; he still asks to ring them and is upset afterwards.

What is working well?
- Leanne has kept every appointment and home conditions have been good on every visit since June.
- Tyler-James is close to his mum and his nan; he told me "I like being home".
- The Corrigans have kept in touch by phone with Leanne's agreement, which has helped him settle.

What needs to happen?
- A Family First case manager to take over as lead practitioner and hold TAF meetings every 6 weeks.
- Support for Leanne with morning routines and school attendance (the attendance officer to be invited to the first TAF).
- Planned phone contact with the former foster carers to carry on as part of his life story work.

Thanks,
Ciara

Ciara Dunphy
Social Worker | Child in Need Team | Knowsley Council
0151 496 0382

Sent from Outlook for iOS
"""
    top = outlook_top(f, addr("Ciara Dunphy", "ciara.dunphy@knowsley.gov.uk"),
                      MB("knowsley", "early_help_duty"),
                      "Step down to Family First (Level 3) - Tyler-James Hesketh ICS-2471093 - final CIN Mon 18th Oct",
                      "2055-10-12 00:34:10", cc=addr("Gareth Lowe", "gareth.lowe@knowsley.gov.uk"))
    add(f, outlook_mail(f, top, text), "knowsley", "early_help_duty", "2055-10-12 00:34:10", 5, "ordinary",
        "step_down", False, 3, ["ICS-2471093"], [ch("Tyler-James Hesketh", "2046-02-03", "03/02/2046")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "Knowsley Level 3 step-down (child home from foster care, care order discharged) with date, time and venue, all "
        "three Signs of Safety headings and consent ('has consented to the referral to Family First'); TM 'agrees'. "
        "Sent at 00:34 BST on Tue 12 Oct: today is Tue 12 Oct in Europe/London (Mon 11 Oct in UTC), so the final CIN on "
        "Mon 18 Oct is 4 working days away (13, 14, 15, 18) - short of 5 -> request_info; a reader using the UTC date "
        "counts 5 and wrongly says ok.",
        meeting=date(2055, 10, 18), not_children=["Leanne Hesketh", "Gareth Lowe"])


def knowsley_02():
    f = "knowsley_02.eml"
    text = """Hello,

I'm sorry to email on a Sunday night but I don't know who else to try. I am a foster carer for Knowsley (my supervising social worker is Liam Garvey but he is off until tomorrow). I've rung the out of hours number twice and it just rings out.

Mason Farrell, he's 10 (DOB 14/07/2045), lives with me. This weekend was his first overnight stay at his mum Kerry's flat in Kirkby as part of the plan for him going home. He was meant to be dropped back to me at 6 o'clock tonight. He's not back and Kerry's phone is going straight to voicemail.

At 7.21 Mason messaged me off his tablet. This is exactly what he sent:

"can u come get me. mum and dean are fighting and she fell over and there is blood on her face. dean said im not going back to urs im staying here now. dont ring mum she will know i told"

Dean is Dean Carr, Kerry's ex. He is not meant to be anywhere near Kerry or Mason. She has a non-molestation order against him after he put her in hospital last year, and Mason's social worker told me he is not allowed any contact with Mason at all. Nobody told me he was around.

I know where Mason is, he is at the flat (Flat 3, 27 Haigh Walk, Kirkby). I haven't gone round because I don't want to make things worse for him. I've messaged him back to say I'm getting help and to stay in his room with the door shut.

Please can someone ring me on 07700 900418. I'll keep my phone on all night.

Bernadette (Bernie) Kinsella
Knowsley foster carer
"""
    top = gmail_top(f, addr("Bernie Kinsella", "bernie.kinsella@example.com"), MB("knowsley", "mash_step_up"),
                    "Mason not back from his mum's - please ring me 07700 900418", "2055-09-19 19:52:41")
    alt = multipart("alternative", [text_part(text), text_part(gmail_html(text), "html")], gbnd(f, 1))
    add(f, build(top, alt, crlf=False), "knowsley", "mash_step_up", "2055-09-19 19:52:41", 4, "urgent",
        "other", True, None, [], [ch("Mason Farrell", "2045-07-14", "14/07/2045")], ["domestic_abuse"],
        None, None, [], None, "alert_duty",
        "Safety rule 1 (a child's own words, quoted in a foster carer's mail): a 10-year-old in foster care, not "
        "returned from his first overnight at his mum's, texts that mum's ex - barred by a non-molestation order and "
        "allowed no contact - is there, fighting, mum bleeding, and says he is keeping him; Sunday evening, out of "
        "hours -> alert the out-of-hours team. Not a step request -> other. 'missing' is not labelled: his carer knows "
        "exactly where he is.",
        weekend_reason="Sunday 19 September 19:52: a foster carer writes the evening a child is not returned from a "
                       "weekend stay with his birth mother (out of hours)",
        not_children=["Kerry", "Dean Carr", "Liam Garvey"])


def knowsley_03():
    f = "knowsley_03.eml"
    text = """Hi all,

Please find attached a step up request to CSC for Lily-Mae Byrne (DOB 21/05/2049) and Finn Byrne (DOB 02/11/2052), EHM case ID EHM-83302.

The step up TAF meeting is on Wednesday 29th September at 10am on Teams (invite sent separately to both inboxes). I have invited the current TAF members (school, nursery, health visitor).

My team manager, Paul Ashcroft, discussed the step up with me in supervision on 20/09 and agrees to it.

Attached:
- FF Step Up request to CSC (Appendix 1)
- GCP2 completed with mum on 15/09
- Minutes of the last TAF meeting (08/09)

Summary of worries: home conditions have gone backwards again over the summer despite six months of Level 3 support - no working fridge, dog mess in the kitchen, both children's beds wet with no clean bedding on three visits. Finn has missed his 2-year check and two hearing appointments. Lily-Mae's attendance is 79% this term and school say she is often hungry when she arrives. The GCP2 scores 4 for physical care and 4 for safety.

Background the MASH social worker will see on ICS: the children's older brother Kai has been in long-term foster care since 2053. He came into care after a head injury caused by mum's partner at the time, who was convicted and is still in prison; mum ended that relationship and there has been no contact with him since. Nothing suggests that has changed - I only mention it so it isn't a surprise at the meeting. Kai sees Lily-Mae and Finn monthly at supervised family time, which goes well.

Mum (Chantelle) knows I am asking for the step up.

Thanks
Shannon

Shannon Melia
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0561
"""
    form = docx_att("FF Step Up request to CSC - Byrne.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-83302",
        "Children: Lily-Mae Byrne (21/05/2049); Finn Byrne (02/11/2052)",
        "Has this family recently closed to Children's Social Care?: No (sibling open to the Children in Care team)",
        "Date of step up TAF meeting: Wednesday 29/09/2055 10:00, Microsoft Teams",
        "Level of Engagement: high - mum attends every TAF meeting and is open with the case manager; the changes have not lasted",
        "Recent TAF meeting minutes attached: Yes (08/09/2055)",
        "# What are we worried about?",
        "Current concerns: neglect of the children's physical care - no working fridge, dog mess in the kitchen, wet "
        "bedding; Finn's missed 2-year check and hearing appointments; Lily-Mae hungry at school, attendance 79%.",
        "Past harm: older sibling in long-term foster care since 2053 (historic; perpetrator in prison, no contact).",
        "# What is working well?",
        "Mum loves the children and they are warm with her; family time with their brother goes well.",
        "# What next?",
        "Goal: the children's basic care needs met every day. Next step: step up TAF meeting 29/09/2055.",
        "Graded Care profile: completed 15/09/2055 (attached).",
        "Agreement by line manager: Paul Ashcroft, Team Manager, 20/09/2055.",
        "Contingency plan: if not stepped up, weekly visits and a GCP2 review in 6 weeks."])
    gcp = pdf_att("GCP2 - Byrne - 15.09.2055.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Byrne. Children: Lily-Mae Byrne (6), Finn Byrne (2). EHM-83302.",
        "Completed with mum (Chantelle Byrne) on 15/09/2055 by Shannon Melia, Family First.",
        "Area 1 Physical care: 4", "Area 2 Safety: 4", "Area 3 Love: 2", "Area 4 Esteem: 3",
        "Key evidence: no working fridge; dog mess in the kitchen; wet bedding not changed on three visits;",
        "Finn's health appointments missed (2-year review, audiology x2); Lily-Mae arrives at school hungry.",
        "Graded Care Profile 2 scores of 4 indicate the children's needs are frequently not met."])
    minutes = docx_att("TAF minutes - Byrne - 08.09.2055.docx", [
        "# Team Around the Family meeting - minutes",
        "Date: 08/09/2055. Chair: Shannon Melia (Family First). Present: Chantelle Byrne (mum), class teacher, "
        "nursery manager, health visitor.",
        "Review of actions: fridge not replaced; bedding not changed; hearing appointment missed.",
        "Agreed: the case manager to discuss a step up with her team manager if there is no change by 20/09."])
    top = outlook_top(f, addr("Shannon Melia", "shannon.melia@knowsley.gov.uk"), MB("knowsley", "mash_step_up"),
                      "Step up request - Byrne family - EHM-83302 - TAF Wed 29/09/2055 10:00", "2055-09-22 11:05:37",
                      cc="Mash.Businesssupport@knowsley.gov.uk")
    add(f, outlook_mail(f, top, text, [form, gcp, minutes]), "knowsley", "mash_step_up", "2055-09-22 11:05:37", 6,
        "near_miss", "step_up", False, None, ["EHM-83302"],
        [ch("Lily-Mae Byrne", "2049-05-21", "21/05/2049"), ch("Finn Byrne", "2052-11-02", "02/11/2052")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Near miss (historic): the older brother's 2053 head injury, the perpetrator in prison with no contact, is "
        "background only. Complete Knowsley step-up for neglect: Appendix 1 form, EHM id, TM agreed, TAF minutes, GCP2; "
        "the TAF on Wed 29 Sep 10:00 is exactly 5 working days after Wed 22 Sep -> book_meeting. 'Mum knows' is not "
        "consent; Kai (first name only, in foster care) is not a child of the request.",
        meeting=date(2055, 9, 29), not_children=["Chantelle", "Paul Ashcroft"])


def knowsley_04():
    f = "knowsley_04.eml"
    comment = ("I hold Kai's case in the Children in Care team. I'll join but may have to drop off at 11 for a placement "
               "planning meeting - happy to give an update on family time first.")
    data = outlook_reply(f, "2055-09-24 09:12:05", "Marcus Tiernan", "marcus.tiernan@knowsley.gov.uk",
                         ("Knowsley MASH", MB("knowsley", "mash_step_up")), "TENTATIVE",
                         "Step up TAF meeting - Byrne family (EHM-83302)", "20550929T100000", "20550929T113000",
                         "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", "2055-09-24 09:12:05", 3, "ordinary", "meeting_reply", False, None,
        ["EHM-83302"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT from the older brother's Children in Care social "
        "worker for knowsley_03's step-up TAF; the EHM id in the SUMMARY -> meeting_reply, record_reply.")


def knowsley_05():
    f = "knowsley_05.eml"
    rows = [("Time", "What happened"),
            ("Tue 09/11 19:05", "Jade left the home without agreement after tea. Reported missing to Merseyside Police at 21:00."),
            ("Wed 10/11 02:47", "Returned in a grey Audi A3 driven by a white male, approx. mid-20s, not known to staff. The car waited until she was inside."),
            ("02:55", "Jade had a new iPhone still in its box and 140 pounds in cash. Said a 'mate' gave them to her. Declined a search."),
            ("09:30", "Told her key worker she 'owes Jay now' and that 'Jay looks after me, he's not like you lot'."),
            ("13:10", "Staff heard Jade on the phone in her room: 'yeah 9 o'clock, by the Asda car park, I'll bring my stuff and I'm staying at yours till Sunday'."),
            ("13:25", "Holdall packed under her bed: clothes, make-up, the new phone's box."),
            ("13:40", "Police missing persons co-ordinator told of the above by phone; they have no record of anyone called 'Jay'.")]
    intro = """Good afternoon,

I am the shift leader at Brookvale House, an independent children's home in Huyton. Jade Rimmer (DOB 22/03/2041, ICS ID 2398815) is placed with us by the Knowsley Children in Care Team. Her social worker, Kate Molyneux, is on annual leave this week and the team's duty line has not been answered since 11:00. Our registered manager asked me to send the log to MASH so that someone in Knowsley has it today."""
    outro = """Jade is 14. She has had four missing episodes since she was placed here on 1 October, after her foster placement broke down. This is the first time she has come back in a car with an adult.

Staff can stay with her, but we cannot lawfully lock her in and we need a decision from her local authority about tonight before 9pm. Please ring the home on 0151 496 0733 and ask for me or for Gary Woodhouse (registered manager).

Dionne Sefton
Shift Leader, Brookvale House
Brookvale Care Ltd, 12 Tarbock Road, Huyton L36 9ZQ"""
    text = intro + "\n\nLog extract:\n" + "\n".join("%s | %s" % r for r in rows[1:]) + "\n\n" + outro + "\n"
    table = ("<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse;font-family:Calibri;font-size:11pt'>\n"
             + "".join("<tr>%s</tr>\n" % "".join(("<th style='background:#DDEBF7'>%s</th>" if i == 0 else "<td>%s</td>")
                                                  % html.escape(c, quote=False) for c in r) for i, r in enumerate(rows))
             + "</table>\n")
    hb = html_of(intro + "\n\nLog extract:", "Calibri").replace("</div></body></html>\n", "") + table + \
        html_of(outro, "Calibri").split('<div class="WordSection1">\n', 1)[1]
    top = outlook_top(f, addr("Dionne Sefton", "dionne.sefton@brookvale-care.example.co.uk"),
                      MB("knowsley", "mash_step_up"),
                      "Jade Rimmer (ICS ID 2398815) - incident log 09-10/11 and tonight - please ring the home",
                      "2055-11-10 14:20:12", cc=addr("Gary Woodhouse", "gary.woodhouse@brookvale-care.example.co.uk"),
                      domain="AM9P191MB1408.EURP191.PROD.OUTLOOK.COM")
    add(f, outlook_mail(f, top, text, html_body=hb), "knowsley", "mash_step_up", "2055-11-10 14:20:12", 6, "urgent",
        "other", True, None, ["2398815"], [ch("Jade Rimmer", "2041-03-22", "22/03/2041")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 (clinical log in an HTML table): a 14-year-old in a children's home, missing overnight, brought "
        "back at 02:47 by an unknown adult man with a new phone and cash, 'owes Jay', and arranging to be picked up at "
        "9pm tonight with a packed bag; her social worker is on leave -> alert_duty. A residential worker's log is not "
        "a step request -> other; 'ICS ID 2398815' -> '2398815'.",
        not_children=["Kate Molyneux", "Gary Woodhouse", "Dionne Sefton"])


def knowsley_06():
    f = "knowsley_06.eml"
    text = """Hello Family First duty team,

Please accept this as notice of a Level 2 step down for Ruby Shacklady (DOB 30/08/2048, ICS-2455018) and Alfie Shacklady (DOB 12/04/2051, ICS-2455019).

Ruby and Alfie have lived with their maternal aunt, Tracey Pye, since March 2054 - first as connected carers (Tracey was approved as their foster carer) and, since the Special Guardianship Order was made on 4 October, as their special guardian. The children are no longer looked after and the post-SGO Child in Need plan is ready to close.

Final CIN meeting: Wednesday 15 December 2055, 1.30pm, St Aidan's Catholic Primary School, Prescot (family room).

New lead practitioner: Mrs Joanne Whitty, Family Support Worker, St Aidan's Catholic Primary School - she has agreed to take on the lead practitioner role and will be at the meeting.

Tracey has agreed to the step down and to school taking the lead.

What are we worried about?
Alfie has a significant speech and language delay and his EHC needs assessment started in November. Ruby can be anxious before and after family time with her birth mum (twice a year, supervised, plus letterbox).

What is working well?
Both children are settled and doing well with Tracey. Attendance is 97% (Ruby) and 96% (Alfie). The SGO support plan is in place, including the allowance, and Tracey uses the special guardians' support group.

What needs to happen?
School to lead the Early Help Assessment and hold the first TAF within six weeks; speech and language therapy and the EHC needs assessment to continue; the SGO support team to stay involved with family time and letterbox.

I know it's a week's notice - I hope that's enough. I've copied in Liam Garvey, who was Tracey's supervising social worker until the SGO.

Many thanks,
Aoife

Aoife Brannigan
Social Worker, Child in Need Team
Knowsley Council | 0151 496 0277
"""
    top = outlook_top(f, addr("Aoife Brannigan", "aoife.brannigan@knowsley.gov.uk"), MB("knowsley", "early_help_duty"),
                      "L2 step down - Shacklady children - final CIN 15/12", "2055-12-09 15:45:50",
                      cc=addr("Liam Garvey", "liam.garvey@knowsley.gov.uk"))
    add(f, plain_mail(f, top, text), "knowsley", "early_help_duty", "2055-12-09 15:45:50", 4, "ordinary",
        "step_down", False, 2, ["ICS-2455018", "ICS-2455019"],
        [ch("Ruby Shacklady", "2048-08-30", "30/08/2048"), ch("Alfie Shacklady", "2051-04-12", "12/04/2051")],
        ["disability_send"], True, None, [], False, "request_info",
        "Knowsley Level 2 step-down for children now living with their special guardian (a former connected carer): "
        "date, time and venue, all three headings, a lead practitioner named with her agency; 'Tracey has agreed to "
        "the step down' is the special guardian's consent (true, not required at L2). But Thu 9 Dec -> Wed 15 Dec is 4 "
        "working days (10, 13, 14, 15): 'a week's notice' is 6 calendar days, short of 5 WD -> request_info.",
        meeting=date(2055, 12, 15), not_children=["Tracey Pye", "Joanne Whitty", "Liam Garvey"])


def knowsley_07():
    f = "knowsley_07.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} h3{font-size:11.0pt;color:#1F3864;margin:8pt 0 2pt 0;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Level 3 step down for <b>Skye Duffy</b>, DOB 09/09/2047, ICS-2399120.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Skye came home to her mum, Courtney Duffy, in February from foster care under the plan agreed at her final looked after review; the care order was discharged in May and she has been on a CIN plan since. Mum consented to the referral to Family First on 22/11.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Joint home visit:</b> Thursday 2nd December at 10:00, at home - 41 Coronation Walk, Kirkby, L32 9ZQ.</p>
<p class="MsoNormal"><b>Household:</b> mum, Skye, mum's partner Lee Hughes, and baby Ava-Rose Duffy (born 30/09/2055).</p>
<h3>What are we worried about?</h3>
<ul>
<li>Skye's attendance is 88% this term and she is often late.</li>
<li>Mum is tired with a new baby and relies on Lee for the school run.</li>
<li>Update from today (25/11): the health visitor, Gemma Roscoe, did the 8-week contact at 11am and found a bruise behind Ava-Rose's left ear and a torn frenulum. Mum said Skye must have dropped her bottle on her. Ava-Rose is 8 weeks old and not yet rolling. The HV said Lee had Ava-Rose on his own all last night because mum was on a night shift. The HV has told the GP. Mum is back at work tonight from 6pm until 6am and Lee will have both girls on his own. I haven't been able to speak to my TM (she is on a course today) - I'm not sure whether this changes the step down and will pick it up with her first thing tomorrow.</li>
</ul>
<h3>What is working well?</h3>
<ul>
<li>Skye is happy to be home and has a good relationship with her mum and her nan.</li>
<li>Mum has worked with every part of the CIN plan and kept in touch with Skye's former foster carer, who still has her for tea once a month.</li>
</ul>
<h3>What needs to happen?</h3>
<ul>
<li>Family First case manager to take over as lead practitioner after the joint visit.</li>
<li>Support with routines and getting Skye to school on time.</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks</p>
<p class="MsoNormal">Nathan</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#595959">Nathan Crilly | Social Worker | Child in Need Team | Knowsley Council | 0151 496 0194</span></p>
</div></body></html>
"""
    top = outlook_top(f, addr("Nathan Crilly", "nathan.crilly@knowsley.gov.uk"), MB("knowsley", "early_help_duty"),
                      "Step down L3 - Skye Duffy - joint home visit Thu 2nd Dec 10am", "2055-11-25 16:20:44")
    add(f, html_only_mail(f, top, h), "knowsley", "early_help_duty", "2055-11-25 16:20:44", 5, "urgent",
        "step_down", True, 3, ["ICS-2399120"],
        [ch("Skye Duffy", "2047-09-09", "09/09/2047"), ch("Ava-Rose Duffy", "2055-09-30", "30/09/2055")],
        ["physical_harm", "school_attendance"], True, None, [], True, "alert_duty",
        "Safety rule 1 (hedged, inside the 'What are we worried about?' list of an HTML-only step-down): an 8-week-old "
        "non-mobile baby with a bruise behind the ear and a torn frenulum after a night alone with mum's partner, who "
        "has both girls alone again tonight; the writer will 'pick it up tomorrow' -> alert_duty. The step-down itself "
        "is complete (joint visit date, time and address, three headings, consent) and Thu 25 Nov -> Thu 2 Dec is "
        "exactly 5 WD.",
        meeting=date(2055, 12, 2), not_children=["Courtney Duffy", "Lee Hughes", "Gemma Roscoe"])


def knowsley_08():
    f = "knowsley_08.eml"
    body = """Thank you for your email. I am on annual leave until Monday 20th December with no access to email.

If a child placed with one of our foster carers is missing from placement, or you have an immediate safeguarding concern about a child in placement, please call the police on 999 and the Emergency Duty Team on 0151 496 0999.

For anything else please contact the Fostering duty line on 0151 496 0312 or fostering.duty@knowsley.gov.uk.

Liam Garvey
Supervising Social Worker | Knowsley Fostering Service
"""
    top = outlook_top(f, addr("Liam Garvey", "liam.garvey@knowsley.gov.uk"), MB("knowsley", "early_help_duty"),
                      "Automatic reply: [SB-knowsley-2587] L2 step down - Shacklady children - final CIN 15/12",
                      "2055-12-10 08:02:19",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, plain_mail(f, top, body), "knowsley", "early_help_duty", "2055-12-10 08:02:19", 2, "near_miss",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss (boilerplate): an Outlook out-of-office (Auto-Submitted: auto-replied) from the supervising social "
        "worker copied into knowsley_06, whose text mentions a child missing from placement, an 'immediate "
        "safeguarding concern' and 999 as standing advice -> auto_reply, ignore (rule 2: never answered).")


# =============================================================================================== RICHMOND & WANDSWORTH
RW = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    text = """Dear Jasper / Early Help duty,

Further to our call this afternoon, I am confirming the step-down case discussion for Tobenna Okafor (DOB 17/01/2043), Mosaic ID 3310472, on Thursday 23 September at 2pm on Teams.

Tobenna was accommodated under section 20 from November 2054 to May 2055, after his relationship with his father broke down and he spent two nights sleeping at a friend's. He went home to his dad, Mr Emeka Okafor, in May with a Child in Need plan and things are much better between them: the family work with the Adolescent Support Team has finished and Tobenna says home "feels normal again".

The latest case summary and the draft Early Help plan are attached.

Mr Okafor and Tobenna both gave their consent on 17 September to Early Help continuing the plan. Tobenna has asked that Ms Grace Allen, his youth worker at the Falcon Road Youth Hub, takes on the lead professional role, and she has agreed.

The remaining worries are about school: Tobenna's attendance is 86% and he is behind in maths after missing most of Year 7 while he was in care.

My team manager, Delia Forsyth (cc'd), agrees with the step-down and will join the discussion. Tunde Bakare, his social worker in the Children Looked After Team while he was accommodated, has also been invited.

Kind regards,
Priya

Priya Raman
Social Worker | Children in Need Service (Wandsworth)
Richmond and Wandsworth Children's Services | 020 7946 0427
"""
    summary = pdf_att("Case summary - T Okafor - Sept 2055.pdf", "Case summary - Tobenna Okafor (Mosaic ID 3310472)", [
        "Name: Tobenna Okafor. DOB: 17/01/2043. Address: with father, Mr Emeka Okafor, Battersea SW11.",
        "Involvement: accommodated (s20) November 2054 - May 2055, foster placement in Tooting; returned home May 2055;",
        "Child in Need plan since May 2055, reviewed 6 and 17 September 2055.",
        "Progress: father and son attending family work; no missing episodes; relationship repaired.",
        "Remaining needs: school attendance 86%; catch-up in maths; a trusted adult outside the family.",
        "Views: Tobenna wants Grace Allen (Falcon Road Youth Hub) as his lead professional."])
    plan = docx_att("Draft Early Help plan - Tobenna Okafor.docx", [
        "# Draft Early Help plan",
        "Young person: Tobenna Okafor (17/01/2043). Lead professional (proposed): Grace Allen, youth worker, Falcon Road Youth Hub.",
        "Outcome 1: attendance above 95% by Easter - school attendance officer and Grace, fortnightly check-ins.",
        "Outcome 2: maths catch-up - school tutoring programme, two sessions a week.",
        "Outcome 3: father and son keep talking - monthly review with Grace; father to attend the parents' evening.",
        "Review: Early Help review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Priya Raman", "priya.raman@" + RW), MB("richmond_wandsworth", "early_help_duty"),
                      "Step down to Early Help - Tobenna Okafor (Mosaic ID 3310472) - case discussion Thurs 23/09 2pm",
                      "2055-09-20 16:05:02",
                      cc="%s; %s; %s" % (addr("Delia Forsyth", "delia.forsyth@" + RW),
                                         addr("Jasper Quint", "jasper.quint@" + RW),
                                         addr("Tunde Bakare", "tunde.bakare@" + RW)))
    add(f, outlook_mail(f, top, text, [summary, plan]), "richmond_wandsworth", "early_help_duty",
        "2055-09-20 16:05:02", 4, "ordinary", "step_down", False, None, ["3310472"],
        [ch("Tobenna Okafor", "2043-01-17", "17/01/2043")], ["school_attendance"], True, True, [], None,
        "book_meeting",
        "Complete Richmond & Wandsworth step-down for a boy home from section 20 foster care: case summary (PDF), draft "
        "Early Help plan (.docx), consent from father and son, case discussion agreed by phone for Thu 23 Sep (within "
        "5 days); TM 'agrees'; 'Mosaic ID 3310472' -> '3310472' -> book_meeting.",
        not_children=["Emeka Okafor", "Grace Allen", "Delia Forsyth", "Tunde Bakare"])


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    text = """Hello MASH,

Following a reflective discussion with Leah Conway (Early Help Practitioner) yesterday, I am requesting a step up to Children's Services for Destiny Barrett (DOB 11/02/2049), Mosaic ID 3298771. The latest case summary is attached. I have agreed this step-up as Leah's team manager.

Rationale for step up
Destiny lives with her mum, Shanice Barrett. Her older brother Jermaine has been in foster care in Kent since 2054 and has fortnightly family time with mum and Destiny. Since mum's new partner, Wayne Piper, moved in over the summer the Early Help plan has stalled: mum has cancelled four of the last six home visits, Destiny has been sent to school without lunch or a coat several times, and school have noticed she has lost weight. Jermaine's foster carer told us that at the last family time Destiny said she "has to be really quiet or Wayne shouts". We do not think Early Help can bring about the change Destiny needs, and we believe her needs now meet the threshold for a Child and Family Assessment.

Kind regards,
Hollie

Hollie Strand
Early Help Team Manager (Richmond) | Richmond and Wandsworth Children's Services
020 7946 0652

PS - Leah has just rung me from Destiny's school (12.25). At lunch Destiny told her that Wayne "put his hand over my mouth and my nose so I couldn't breathe because I was crying" last night, and that "he said next time he'll do it till I go to sleep". There are red marks either side of her nose. Wayne is due to collect her at 3.15 today as mum is working. Leah is staying at the school with her.
"""
    summary = docx_att("Case summary - Barrett - 05.10.2055.docx", [
        "# Early Help case summary",
        "Child: Destiny Barrett, DOB 11/02/2049, Mosaic ID 3298771. Lives with mum, Shanice Barrett, and mum's partner Wayne Piper.",
        "Sibling: Jermaine (13), in foster care in Kent since 2054; fortnightly family time.",
        "Early Help involvement since January 2055 (parenting support, school readiness).",
        "Since July: four of six visits cancelled; Destiny without lunch or a coat; weight loss noted by school.",
        "Current plan: TAF every six weeks; actions on routines and meals not completed."])
    top = outlook_top(f, addr("Hollie Strand", "hollie.strand@" + RW), MB("richmond_wandsworth", "mash_step_up"),
                      "Step up - Destiny Barrett - Mosaic ID 3298771", "2055-10-06 12:40:26",
                      cc=addr("Leah Conway", "leah.conway@" + RW))
    add(f, outlook_mail(f, top, text, [summary]), "richmond_wandsworth", "mash_step_up", "2055-10-06 12:40:26", 3,
        "urgent", "step_up", True, None, ["3298771"], [ch("Destiny Barrett", "2049-02-11", "11/02/2049")],
        ["neglect", "non_engagement", "physical_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 (in a PS): a 6-year-old says mum's partner held his hand over her mouth and nose last night "
        "('next time he'll do it till I go to sleep'), marks on her face, and he collects her at 3.15 today -> "
        "alert_duty. Otherwise a complete step-up from the Early Help Team Manager (case summary attached, rationale "
        "under its own heading, her own agreement), so missing [].",
        not_children=["Shanice Barrett", "Wayne Piper", "Leah Conway"])


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    comment = ("Sorry Jasper, I can't do 2pm. Ruby Castle's foster carer rang me at 9.40 - Ruby's mum has put the "
               "carers' home address and a photo of their front door on Facebook with 'coming to get my baby back "
               "tonight', and her partner Craig Dyer (suspended sentence for what he did to Ruby's brother) has "
               "commented 'see you at 8 x'. The carers have Ruby (5) and two other children there. I'm driving out to "
               "them now and still trying to reach my TM. Priya has my handover notes on Tobenna.")
    data = outlook_reply(f, "2055-09-23 10:04:51", "Tunde Bakare", "tunde.bakare@" + RW,
                         ("Early Help Duty", MB("richmond_wandsworth", "early_help_duty")), "DECLINED",
                         "Step-down case discussion - T. Okafor (Mosaic 3310472) [SB-richmond_wandsworth-1187]",
                         "20550923T140000", "20550923T150000", "Microsoft Teams Meeting", comment)
    add(f, data, "richmond_wandsworth", "early_help_duty", "2055-09-23 10:04:51", 2, "urgent", "meeting_reply", True,
        None, ["3310472"], [ch("Ruby Castle")], ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 (a calendar reply's comment): a DECLINED iTIP REPLY for richmond_wandsworth_01's case discussion "
        "whose COMMENT says a 5-year-old's foster home address has been posted by her mother, 'coming to get my baby "
        "back tonight', with her partner - sentenced for harming her brother - replying 'see you at 8' -> alert_duty. "
        "The Mosaic number in the SUMMARY is the case id; Ruby named without a DOB.",
        not_children=["Craig Dyer", "Tobenna"])


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    h = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Fostering Matters</title>
<style>body{font-family:Arial,Helvetica,sans-serif;color:#222;} h1{color:#00594F;font-size:20px;} h2{color:#00594F;font-size:16px;border-bottom:2px solid #9BC53D;} .box{background:#F2F7EE;padding:10px;} .small{font-size:11px;color:#666;}</style></head>
<body>
<table width="620" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h1>Fostering Matters - Autumn 2055</h1>
<p>News, training and reminders for Richmond and Wandsworth foster carers, kinship carers and the teams who work with them.</p>
<h2>Training corner: when a child doesn't come back from family time</h2>
<div class="box">
<p><i>Case study (fictional - for training only).</i> Jordan, 9, is due back from an overnight stay at his dad's at 6pm. At 7pm he texts his foster carer: "dads hitting mum can u come". His dad is not answering.</p>
<p><b>What should the carer do?</b> Call 999 straight away if a child is in danger. Then ring the out-of-hours Emergency Duty Team, and tell your supervising social worker in the morning. Do not go to the address yourself.</p>
<p>Our autumn workshop walks through this and three other scenarios: a child missing from placement overnight, an allegation made against a carer, and a birth parent posting a carer's address online.</p>
</div>
<h2>Missing from care: the updated protocol</h2>
<p>The updated missing from care protocol and the Philomena Protocol grab-sheet are now on the carers' portal. Please keep a recent photo and description of every child in your care.</p>
<h2>Allegations against carers - new LADO leaflet</h2>
<p>A new leaflet explains what happens if an allegation is made against you, who supports you and how long it usually takes.</p>
<h2>Dates for your diary</h2>
<ul><li>Tuesday 12 October, 10am-1pm: Skills to Foster refresher (Teams)</li>
<li>Thursday 4 November, 7pm: Kinship carers' evening, Roehampton Family Hub</li>
<li>Saturday 11 December: Christmas party for fostering families</li></ul>
<p class="small">You are receiving this because you are on the Fostering Matters distribution list (foster carers, kinship carers, Early Help and Children's Services teams). <a href="https://fostering.example.org/unsubscribe">Unsubscribe</a>.</p>
</td></tr></table>
</body></html>
"""
    top = [("From", addr("Fostering Matters", "fostering.matters@" + RW)),
           ("To", addr("Early Help Duty", MB("richmond_wandsworth", "early_help_duty"))),
           ("Subject", "Fostering Matters - Autumn 2055: family time, missing from care and allegations"),
           ("Date", email.utils.format_datetime(dt("2055-09-14 07:30:00"))),
           ("Message-ID", msgid(f, "mailer.fostering.example.org")),
           ("List-Id", "Fostering Matters <fostering-matters.list.richmondandwandsworth.gov.uk>"),
           ("List-Unsubscribe", "<https://fostering.example.org/unsubscribe>")]
    add(f, html_only_mail(f, top, h), "richmond_wandsworth", "early_help_duty", "2055-09-14 07:30:00", 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (a training example in a bulletin): an HTML-only fostering newsletter (List-Id, no Auto-Submitted) "
        "whose fictional case study echoes knowsley_02 - a child texting from a contact weekend that dad is hitting mum "
        "- plus missing-from-care and allegation items; no real child -> other, human_review.")


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    text = """Hi team, I spoke to your duty TM (Jasper) this morning and we've agreed a step down case discussion for Tuesday 19th at 11am.

Kwame Mensah-Doyle (DOB 12.06.2047) and Abena Mensah-Doyle (DOB 03.03.2050), Mosaic 3345120 and 3345121. Both live with their grandmother, Mrs Gloria Mensah, who is a connected carer - they were looked after and placed with her under an interim care order, and since the Child Arrangements Order in July they are no longer looked after. CIN since then.

Mum has schizophrenia which is well managed by her CMHT at the moment. She has supervised contact fortnightly at grandma's and there have been no concerns about contact.

The worries now are mainly Kwame's attendance (83%) and grandma's health - she is 68 and recovering from a knee operation, so the school run is hard.

Mrs Mensah is happy for Early Help to continue the plan and would like the family support worker from the children's centre to be the lead.

Draft plan attached. The case summary will follow next week - I'm still finishing it.

Thanks
Marsha

Sent from my iPhone"""
    plan = docx_att("EH draft plan Mensah-Doyle.docx", [
        "# Early Help plan (draft)",
        "Children: Kwame Mensah-Doyle (12/06/2047), Abena Mensah-Doyle (03/03/2050). Carer: Mrs Gloria Mensah (grandmother).",
        "1. Kwame's attendance to 95%: walking bus from the children's centre; school attendance officer.",
        "2. Practical help for Mrs Mensah while she recovers: holiday club places, a befriender.",
        "3. Contact with mum to continue as now, supervised by Mrs Mensah.",
        "Lead professional (proposed): family support worker, Roehampton Children's Centre."])
    top = plain_top(f, addr("Marsha Quartey", "marsha.quartey@" + RW), MB("richmond_wandsworth", "early_help_duty"),
                    "Step down - Mensah-Doyle children", "2055-10-15 13:18:40", "richmondandwandsworth.gov.uk",
                    "iPhone Mail (22F76)")
    root = multipart("mixed", [flowed_part(text), plan], abnd(f, 1))
    add(f, build(top, root, crlf=False), "richmond_wandsworth", "early_help_duty", "2055-10-15 13:18:40", 7,
        "ordinary", "step_down", False, None, ["3345120", "3345121"],
        [ch("Kwame Mensah-Doyle", "2047-06-12", "12.06.2047"), ch("Abena Mensah-Doyle", "2050-03-03", "03.03.2050")],
        ["school_attendance"], True, None, ["case_summary"], None, "request_info",
        "iPhone (format=flowed, QP) step-down for two children living with their connected-carer grandmother under a "
        "Child Arrangements Order: draft plan attached, the grandmother 'is happy for Early Help to continue the plan' "
        "(consent), but the case summary 'will follow next week' -> missing case_summary -> request_info. Mum's "
        "schizophrenia is 'well managed' with 'no concerns about contact' (not a concern); DOBs written 12.06.2047.",
        not_children=["Gloria Mensah"])


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    text = """Hi,

I'm not sure this is the right inbox - please redirect me if not. I'm a personal adviser in the Leaving Care Service.

Shannon Kerr (DOB 04/05/2036, aged 19) lives with her former foster carers, Mr and Mrs Dempsey, under a Staying Put arrangement. Last night she took an overdose of paracetamol. Her former carers found her, called an ambulance and went with her to St George's. She has been treated, is medically fit, and the mental health liaison team saw her this morning; she has a follow-up with the Early Intervention in Psychosis team on Thursday and is going back to the Dempseys' today, which she wants and they want.

There are no children in the household. The Dempseys stopped fostering when Shannon turned 18 and she is their only Staying Put young person; Shannon has no children and is not pregnant.

I've been told to ask whether anything comes to MASH for a Staying Put arrangement in this situation, or whether it stays with Leaving Care and Adult Mental Health. I'm also updating the Dempseys' fostering social worker.

Thanks,
Olamide

Olamide Adeyemi
Personal Adviser | Leaving Care Service
Richmond and Wandsworth | 020 7946 0790
"""
    top = outlook_top(f, addr("Olamide Adeyemi", "olamide.adeyemi@" + RW), MB("richmond_wandsworth", "mash_step_up"),
                      "Shannon Kerr - care leaver (Staying Put) - for advice", "2055-11-08 10:47:33")
    alt = multipart("alternative", [text_part(text, cte="base64"), text_part(html_of(text), "html", cte="base64")],
                    bnd(f, 2))
    add(f, build(top, alt), "richmond_wandsworth", "mash_step_up", "2055-11-08 10:47:33", 5, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (an adult only): a leaving-care personal adviser asks advice about a 19-year-old care leaver's "
        "overdose in a Staying Put home; treated, home today, no children in the household -> other, children [] (19 "
        "is an adult), concerns []; both parts base64.",
        not_children=["Shannon Kerr"], adults=[("Shannon Kerr", "04/05/2036")])


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    ack = """Thank you. Your step-down request has been received and given the reference SB-richmond_wandsworth-1203.

Case discussion: Tuesday 19 October 2055, 11:00 (as agreed with the Early Help duty team manager).

Still needed before the case discussion:
- the latest case summary

Early Help Duty | Richmond and Wandsworth"""
    text = """Morning,

Case summary now finished - attached ahead of 11am today. Mosaic 3345120 / 3345121.

Thanks
Marsha

Marsha Quartey | Social Worker | Children in Need Service (Richmond) | 020 7946 0368
""" + quote_block("Early Help Duty <%s>" % MB("richmond_wandsworth", "early_help_duty"),
                  "15 October 2055 13:26", "Marsha Quartey <marsha.quartey@%s>" % RW,
                  "[SB-richmond_wandsworth-1203] Step down - Mensah-Doyle children", ack)
    summary = pdf_att("Case summary - Mensah-Doyle - Oct 2055.pdf", "Case summary - Mensah-Doyle children", [
        "Children: Kwame Mensah-Doyle, DOB 12/06/2047 (Mosaic 3345120); Abena Mensah-Doyle, DOB 03/03/2050 (Mosaic 3345121).",
        "Carer: Mrs Gloria Mensah, maternal grandmother, Roehampton SW15 (Child Arrangements Order, July 2055).",
        "History: looked after from February 2054 (interim care order), placed with grandmother as connected carer;",
        "care proceedings concluded July 2055 with a Child Arrangements Order; Child in Need plan since.",
        "Current needs: Kwame's school attendance is 83%; grandmother recovering from knee surgery.",
        "Mother's mental health: stable, engaging with her CMHT; supervised contact fortnightly without concerns."])
    top = outlook_top(f, addr("Marsha Quartey", "marsha.quartey@" + RW), MB("richmond_wandsworth", "early_help_duty"),
                      "RE: [SB-richmond_wandsworth-1203] Step down - Mensah-Doyle children", "2055-10-19 09:26:15",
                      reply_to=msgid("richmond_wandsworth_05.eml-ack", "stepbot.richmondandwandsworth.gov.uk"))
    add(f, outlook_mail(f, top, text, [summary]), "richmond_wandsworth", "early_help_duty", "2055-10-19 09:26:15", 4,
        "ordinary", "follow_up", False, None, ["3345120", "3345121"],
        [ch("Kwame Mensah-Doyle", "2047-06-12", "12/06/2047"), ch("Abena Mensah-Doyle", "2050-03-03", "03/03/2050")],
        ["school_attendance"], None, None, [], None, "attach_to_request",
        "Reply to [SB-richmond_wandsworth-1203] (richmond_wandsworth_05) bringing the missing case summary as a PDF -> "
        "follow_up, attach_to_request; the children, DOBs and the attendance worry are read from the PDF (the body has "
        "only the Mosaic numbers); the quoted acknowledgement's 'Still needed' list is not a concern.",
        not_children=["Gloria Mensah"])


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    text = """For information only - no action needed from MASH.

EDT NOTIFICATION - SUNDAY 12/12/2055
Children: Lola Whitfield (DOB 08/08/2050) and Jayden Whitfield (DOB 21/12/2052), Mosaic 3379015.

At 01:30 police used their powers of protection (s46) after a neighbour heard the children crying and found them alone in the flat in Earlsfield. Their mum, Kirsty Whitfield, was found at 04:00 at a friend's address, heavily intoxicated, and was arrested on suspicion of child neglect. She has since been released under investigation.

EDT placed Lola and Jayden together with emergency foster carers (Mr and Mrs Okonkwo) at 03:15. Both children were checked over by the out-of-hours GP: no injuries. They are settled, and the carers took Lola to school this morning.

A strategy discussion was held at 09:00 today, chaired by the Children Looked After team manager. The case is allocated to the Children Looked After Team (social worker: Tunde Bakare).

We are copying the Step Up inbox only because the family had an open Early Help episode (Early Help practitioner: Leah Conway), so that Early Help can close it and pass on their records.

Siobhan Carey
Senior Practitioner, Emergency Duty Team
Richmond and Wandsworth (out of hours) | 020 7946 0999
"""
    top = plain_top(f, addr("EDT - Siobhan Carey", "edt@" + RW), MB("richmond_wandsworth", "mash_step_up"),
                    "EDT notification - police protection - Whitfield children - placed overnight - FYI",
                    "2055-12-13 09:58:07", "richmondandwandsworth.gov.uk",
                    cc=addr("Leah Conway", "leah.conway@" + RW))
    add(f, plain_mail(f, top, text), "richmond_wandsworth", "mash_step_up", "2055-12-13 09:58:07", 6, "near_miss",
        "other", False, None, ["3379015"],
        [ch("Lola Whitfield", "2050-08-08", "08/08/2050"), ch("Jayden Whitfield", "2052-12-21", "21/12/2052")],
        ["neglect", "substance_misuse"], None, None, [], None, "human_review",
        "Near miss (risk already managed): an EDT notification that police protection was used overnight, the children "
        "are with emergency foster carers, checked, and a strategy discussion has been held this morning; 'for "
        "information only - no action needed from MASH' -> other, human_review. The concerns behind it (children left "
        "alone, mum intoxicated) are still labelled.",
        not_children=["Kirsty Whitfield", "Tunde Bakare", "Leah Conway"])


# =============================================================================================== TOWER HAMLETS
TH = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    text = """Dear Early Help Hub,

I am writing to step down Rayan Ahmed (DOB 08/06/2046), Mosaic 3520994, to a Team Around the Family with a Lead Practitioner.

Rayan was in foster care under section 20 for five months this year while his mum, Ms Salma Akter, was in hospital after major surgery. He returned home to her on 14 July. The Child and Family Assessment completed on 3 September concluded that he no longer needs a social worker but would benefit from a coordinated Early Help plan. The assessment and the draft TAF plan are attached.

Ms Akter has consented to the step-down and to the TAF plan, and Rayan has been involved in writing it.

Lead Practitioner: Mr Daniel Osei, Learning Mentor, Stepney Wharf Primary School. He knows Rayan well and has agreed to take on the role.

TAF meeting (I will chair): Thursday 16 September 2055, 10:00-11:30, Stepney Wharf Primary School, Ben Jonson Road, E1.

Remaining needs: Rayan does a lot of caring for his mum since her surgery (shopping, helping her up the stairs) and would benefit from the young carers' project; mum needs help with an occupational therapy referral and a housing transfer to a ground-floor flat.

Kind regards,
Rukhsana

Rukhsana Begum
Social Worker | Assessment and Intervention Service
London Borough of Tower Hamlets | 020 7946 0531
"""
    cfa = pdf_att("C&F Assessment - Rayan Ahmed - 03.09.2055.pdf", "Child and Family Assessment - Rayan Ahmed", [
        "Child: Rayan Ahmed. DOB: 08/06/2046. Mosaic: 3520994. Mother: Ms Salma Akter.",
        "Assessment started 14/07/2055 (return home from s20 foster care); concluded 03/09/2055.",
        "Findings: warm relationship with mother; home conditions good; Rayan is a young carer for his mother",
        "following her surgery; school attendance 96%.",
        "Outcome: no further social work involvement; step down to a Team Around the Family with a Lead Practitioner."])
    plan = docx_att("Draft TAF plan - Rayan Ahmed.docx", [
        "# Team Around the Family plan (draft)",
        "Child: Rayan Ahmed (08/06/2046). Lead Practitioner: Daniel Osei, Learning Mentor, Stepney Wharf Primary School.",
        "1. Young carers' project referral - Lead Practitioner, by 30/09/2055.",
        "2. Occupational therapy referral for Ms Akter - GP, by 30/09/2055.",
        "3. Housing transfer application supported - Early Help housing adviser.",
        "Review: TAF every six weeks."])
    top = outlook_top(f, addr("Rukhsana Begum", "rukhsana.begum@" + TH), MB("tower_hamlets", "early_help_duty"),
                      "Step-down to Early Help - Rayan Ahmed (Mosaic 3520994) - TAF 16/09", "2055-09-07 11:30:19")
    add(f, outlook_mail(f, top, text, [cfa, plan]), "tower_hamlets", "early_help_duty", "2055-09-07 11:30:19", 5,
        "ordinary", "step_down", False, None, ["3520994"], [ch("Rayan Ahmed", "2046-06-08", "08/06/2046")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down for a boy home from section 20 foster care: C&F assessment (PDF), draft TAF "
        "plan (.docx), consent, a Lead Practitioner named with his agency, TAF arranged by the social worker for Thu 16 "
        "Sep (within 10 WD of the assessment's end on 3 Sep) -> book_meeting; no manager's view is given (null, not required).",
        not_children=["Salma Akter", "Daniel Osei"])


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    fwd = """Dear Zainab,

Sorry to write on a Sunday night. Amina had her video call with her mum and her sister this evening and she has been crying since.

She told me that Jamal is back living at her mum's flat - "he's there all the time now, he answers mum's phone". Jamal is the man who broke Amina's arm in 2053, which is why she came to live with me.

She said her little sister Safa Hussain, who is 4, told her on the call "Jamal smacked me with the phone charger" and pulled up her leggings to show her, and Amina saw red lines on her legs. Amina said Safa was whispering. Mum ended the call when Jamal came into the room.

Amina is very scared for her sister and keeps asking me whether Safa will be at nursery tomorrow. I told her I would tell you first thing.

Rehana Islam
(foster carer)"""
    text = """Morning MAST,

Forwarding the email below from one of our foster carers, Mrs Islam, which I have only just opened. Amina is looked after and has her own social worker in the Children Looked After team, but this is about her little sister Safa, who still lives at home with their mum and as far as I know isn't open to anyone. I didn't know where else to send it.

I'm on 020 7946 0588 all morning.

Zainab

Zainab Chowdhury
Supervising Social Worker | Tower Hamlets Fostering Service
""" + quote_block("Rehana Islam <rehana.islam@example.com>", "03 October 2055 21:40",
                  "Zainab Chowdhury <zainab.chowdhury@%s>" % TH, "Amina - something she told me tonight", fwd)
    top = outlook_top(f, addr("Zainab Chowdhury", "zainab.chowdhury@" + TH), MB("tower_hamlets", "mash_step_up"),
                      "FW: Amina - something she told me tonight", "2055-10-04 09:48:30")
    add(f, outlook_mail(f, top, text), "tower_hamlets", "mash_step_up", "2055-10-04 09:48:30", 4, "urgent", "other",
        True, None, [], [ch("Safa Hussain")], ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 (in the forwarded part): a looked-after 12-year-old tells her foster carer that the man who broke "
        "her arm is living with mum again and that her 4-year-old sister at home showed marks from being hit with a "
        "charger; the sister is with him now -> alert_duty. Forwarded by the supervising social worker; not a step "
        "request -> other. Amina (first name only) is not labelled; Safa named in full, no DOB.",
        not_children=["Amina", "Jamal", "Rehana Islam"])


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    text = """REVIEW HEALTH ASSESSMENT - CHILDREN LOOKED AFTER
Findings for Children's Social Care (today)

Child: Ishaan MIAH    DOB: 19/01/2051    NHS No: 999 703 4412    Mosaic: 3561207
Legal status: interim care order (s38)
Placement: connected carer - maternal grandmother, Mrs Shirin Miah, Bow, E3
Allocated SW: Lucy Brennan (CLA Team) - on leave (auto-reply). CLA duty line not answered x2 (11:50, 12:55).

Seen: 11:15 today in clinic with carer.

Skin: 4 x ovoid bruises 1-1.5 cm, grouped, medial aspect L upper arm, yellow/purple. Linear bruise 6 cm x 0.5 cm with parallel tramline pattern, posterior L thigh. Carer's explanation: "falls over in the park".

Child's account (own words, unprompted, while undressing for weight): "Uncle Terry hits with the lead when I wet. Don't tell Nani."

Carer's account of the household: Mr Terry Walsh is "a friend who stays sometimes". He is not named as a household member on the connected carer assessment. Carer states he is at the address today.

Outcome: Ishaan left clinic with his grandmother at 12:40 by car to the placement address. Photographs taken and uploaded to the record. Paediatric opinion requested via the child protection medical rota.

Please can a social worker call me back this afternoon. I am in clinic until 17:00 on 020 7946 0715.

Joanne Fairbairn
Specialist Nurse, Children Looked After
East London Community Health (NHS)
"""
    top = plain_top(f, addr("FAIRBAIRN, Joanne (EAST LONDON COMMUNITY HEALTH)", "joanne.fairbairn@nhs.example"),
                    MB("tower_hamlets", "mash_step_up"), "RHA 11/11/2055 - Ishaan Miah - Mosaic 3561207 - findings for CSC",
                    "2055-11-11 13:55:02", "nhs.example",
                    cc=addr("Lucy Brennan", "lucy.brennan@" + TH))
    add(f, plain_mail(f, top, text), "tower_hamlets", "mash_step_up", "2055-11-11 13:55:02", 4, "urgent", "other",
        True, None, ["3561207"], [ch("Ishaan Miah", "2051-01-19", "19/01/2051")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "Safety rule 1 (clinical): a looked-after nurse's review health assessment finds grip and tramline bruising on "
        "a 4-year-old in a connected-carer placement, who says 'Uncle Terry hits with the lead'; he went back to the "
        "placement where that man is today, and his social worker is away -> alert_duty. The NHS number is not a case "
        "id; 'Ishaan MIAH' is labelled 'Ishaan Miah'.",
        not_children=["Shirin Miah", "Terry Walsh", "Lucy Brennan"])


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    text = """Hello MAST colleagues,

This is a general practice question, not about a particular child.

In two recent reviews, connected carers have asked me what would happen if a birth parent who only has supervised contact took a child from a contact session, or turned up drunk at the carers' home demanding to take the child. I've told them to ring 999 in that situation and then the out-of-hours service.

My question is about what happens afterwards:
1. Would a notification like that come to MAST as a contact, or go straight to the allocated Children Looked After social worker and the fostering team?
2. If the looked-after child has a brother or sister still living at home with that parent, would you expect a Multi-Agency Request for Support for the sibling, and who should complete it?

I'd like to give carers accurate information at the next kinship carers' evening, so I'd be grateful to be pointed to the right procedure.

Many thanks,
Ifeoma

Ifeoma Nwosu
Independent Reviewing Officer | Safeguarding and Quality Assurance
London Borough of Tower Hamlets
"""
    top = outlook_top(f, addr("Ifeoma Nwosu", "ifeoma.nwosu@" + TH), MB("tower_hamlets", "mash_step_up"),
                      "Question - not a referral - connected carers and contact", "2055-11-17 15:10:44")
    add(f, outlook_mail(f, top, text), "tower_hamlets", "mash_step_up", "2055-11-17 15:10:44", 5, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (hypothetical): an Independent Reviewing Officer's practice question - 'not about a particular "
        "child' - about a parent taking a child from contact or turning up drunk; no child, nothing happening -> "
        "other, human_review.")


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    text = """Dear MAST,

I would like to request a step up to Children's Social Care for Hamza Rahman (DOB 01/12/2044) and Maryam Rahman (DOB 15/08/2049), Mosaic ID 3488201. The completed Multi-Agency Request for Support form is attached.

The family have been open to Early Help since March. Their eldest brother has been in foster care in Essex since 2052 and has monthly family time, which dad often misses. Dad, Mr Abdul Rahman, has been the children's only carer since last year.

Our worries: dad has missed 5 of the last 8 TAF meetings and has not let me into the home since August. School say Hamza comes in unwashed and in the same uniform all week, and his attendance is 74%. Maryam has untreated tooth decay and has missed two dental appointments; she told her teacher she has cereal for tea most nights.

Dad has agreed to the referral to MAST - he says he wants more help and is struggling since his hours changed.

My manager is on leave until Monday. I will ask her to confirm her agreement when she is back, but I didn't want to hold the form until then.

Kind regards,
Kamrul Hassan
Family Support Practitioner | Early Help Hub
London Borough of Tower Hamlets | 020 7946 0652
"""
    marf = pdf_att("MARF - Rahman - 26.11.2055.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Hamza Rahman (01/12/2044); Maryam Rahman (15/08/2049). Mosaic ID 3488201.",
        "Parent/carer: Mr Abdul Rahman (father). Address: Poplar, E14.",
        "Referrer: Kamrul Hassan, Family Support Practitioner, Early Help Hub.",
        "Reason for request: neglect of physical care and health; non-engagement with the Early Help plan;",
        "school attendance 74% (Hamza).",
        "Parental consent to this request: Yes - given by Mr Rahman on 25/11/2055.",
        "Manager sign-off: pending (manager on leave until 29/11/2055)."])
    top = plain_top(f, addr("Kamrul Hassan", "kamrul.hassan@" + TH), MB("tower_hamlets", "mash_step_up"),
                    "Step up request - Rahman children - MARF attached", "2055-11-26 11:12:56",
                    "PR3P265MB0472.GBRP265.PROD.OUTLOOK.COM")
    add(f, plain_mail(f, top, text, [marf], cte="base64"), "tower_hamlets", "mash_step_up", "2055-11-26 11:12:56", 5,
        "ordinary", "step_up", False, None, ["3488201"],
        [ch("Hamza Rahman", "2044-12-01", "01/12/2044"), ch("Maryam Rahman", "2049-08-15", "15/08/2049")],
        ["neglect", "non_engagement", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up (base64 text/plain body) with the MARF attached and dad's agreement to the referral "
        "(consent true), but the manager has not agreed yet ('I will ask her to confirm ... when she is back'; 'sign-off: "
        "pending') -> manager_agreed null and missing -> request_info.",
        not_children=["Abdul Rahman"])


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    data = google_reply(f, "2055-09-08 08:41:27", "Daniel Osei", "d.osei@stepneywharf.example.sch.uk",
                        ("Early Help Hub", MB("tower_hamlets", "early_help_duty")), "ACCEPTED",
                        "TAF meeting - R.A. (Mosaic 3520994) [SB-tower_hamlets-6120]", "20550916T090000Z",
                        "20550916T103000Z", "Stepney Wharf Primary School, Ben Jonson Road, E1",
                        "Thu 16 Sep 2055 10:00 - 11:30 (BST)")
    add(f, data, "tower_hamlets", "early_help_duty", "2055-09-08 08:41:27", 3, "ordinary", "meeting_reply", False,
        None, ["3520994"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED (text/calendar method=REPLY + invite.ics), from the Lead "
        "Practitioner for tower_hamlets_01's TAF meeting; times in UTC (09:00Z = 10:00 BST); the Mosaic number in the "
        "SUMMARY is the case id; initials only -> record_reply.")


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    text = """Hi Early Help Hub,

Step down for Zara Ali-Thompson (DOB 25/04/2045), Mosaic 3502267.

Background, so it doesn't alarm anyone reading the file: Zara was in foster care from 2052 to 2054 after her mum's then partner, Carl Brooks, seriously assaulted her mum and injured Zara. He was convicted in 2053, is still serving a long prison sentence and has a restraining order; he has had no contact with Zara or her mum since 2052 and none is planned. There have been no incidents of domestic abuse since and police checks this month are clear. Zara went home to her mum, Ms Donna Thompson, in 2054 and the care order was discharged in March this year.

The current worries are Zara's anxiety and school refusal - her attendance is 80% this term - and she would like help to join a club outside school.

Mum and Zara both consented to Early Help at the final CIN review on 14 October.

Lead Practitioner: Ms Ruth Adebayo, Pastoral Lead, Limehouse Fields Academy (agreed).

The draft TAF plan is attached. The updated Child and Family Assessment concluded on 12 October but is still waiting for my manager's authorisation on Mosaic - I'll send it as soon as it's signed off.

Thanks,
Georgia

Georgia Finch | Social Worker | Child in Need Service | London Borough of Tower Hamlets
"""
    plan = docx_att("Draft TAF plan - Zara Ali-Thompson.docx", [
        "# Team Around the Family plan (draft)",
        "Child: Zara Ali-Thompson (25/04/2045). Lead Practitioner: Ruth Adebayo, Pastoral Lead, Limehouse Fields Academy.",
        "1. Attendance: phased return plan with the pastoral team; target 92% by February.",
        "2. Anxiety: school counsellor weekly; referral to the CAMHS schools link.",
        "3. Confidence: place at the Saturday drama club (Early Help activities fund).",
        "TAF meeting: Tuesday 26 October 2055, 15:30, Limehouse Fields Academy (chaired by Georgia Finch)."])
    top = outlook_top(f, addr("Georgia Finch", "georgia.finch@" + TH), MB("tower_hamlets", "early_help_duty"),
                      "Step down - Zara Ali-Thompson - Mosaic 3502267", "2055-10-18 14:02:33")
    add(f, outlook_mail(f, top, text, [plan]), "tower_hamlets", "early_help_duty", "2055-10-18 14:02:33", 6,
        "near_miss", "step_down", False, None, ["3502267"], [ch("Zara Ali-Thompson", "2045-04-25", "25/04/2045")],
        ["school_attendance"], True, None, ["assessment"], None, "request_info",
        "Near miss (historic and negated): the 2052 assault, a perpetrator still in prison with no contact, 'no "
        "incidents of domestic abuse since' - so no domestic_abuse or physical_harm. Tower Hamlets step-down with "
        "consent, a named Lead Practitioner and the draft TAF plan, but the C&F assessment is 'waiting for my manager's "
        "authorisation' -> missing assessment -> request_info.",
        not_children=["Carl Brooks", "Donna Thompson", "Ruth Adebayo"])


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    text = """Hello, thanks for your email.

We're away on holiday with the children until Monday 13th September with very little signal, so we won't see emails until then.

If it's about one of the children in our care, please contact our supervising social worker, Zainab Chowdhury, at Tower Hamlets Fostering on 020 7946 0588.

Pauline and Desmond Grant
"""
    top = [("From", addr("Pauline Grant", "grant.family.fostering@example.com")),
           ("To", MB("tower_hamlets", "early_help_duty")),
           ("Subject", "Away until Monday 13th September"),
           ("Date", email.utils.format_datetime(dt("2055-09-03 17:45:08"))),
           ("Message-ID", msgid(f, "mail.gmail.com")),
           ("In-Reply-To", "<SB.tower_hamlets.6098.%s@stepbot.towerhamlets.gov.uk>" % sha(f, "irt")[:12]),
           ("References", "<SB.tower_hamlets.6098.%s@stepbot.towerhamlets.gov.uk>" % sha(f, "irt")[:12]),
           ("Auto-Submitted", "auto-replied")]
    alt = multipart("alternative", [text_part(text, cte="7bit"), text_part(gmail_html(text), "html")], gbnd(f, 1))
    add(f, build(top, alt, crlf=False), "tower_hamlets", "early_help_duty", "2055-09-03 17:45:08", 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A foster family's Gmail vacation responder answering a stepbot acknowledgement: only 'Auto-Submitted: "
        "auto-replied' marks it (custom subject, no 'Automatic reply:') -> auto_reply, ignore.")


# =============================================================================================== TORBAY
TB = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"
    text = """Good morning,

Please could I have a triage slot for a step down to level 3 Early Help for Daisy Pengelly (DOB 10/10/2047) and Oscar Pengelly (DOB 30/03/2051), LCS-5523871. Oscar is 4, so I understand this will go to the under-5s triage.

Daisy and Oscar were accommodated under section 20 for eight months last year while their mum, Sarah Pengelly, completed residential rehab, and they came home to her in January. The Child in Need plan ended at the review on 9 September with the outcomes achieved: mum has been sober for 14 months (tested), home conditions are good and the children are thriving. She still goes to her recovery group every week.

The Single Assessment is attached with my analysis and the rationale for the step down. My team manager, Kate Ellery, has recorded her analysis confirming the threshold for level 3 is met (section 7 of the assessment).

Mum has given her consent for level 3 Early Help - she signed it at the review on 9 September.

Remaining needs: mum's anxiety and isolation (she has lost touch with friends who are still drinking), and support with Oscar's move to school next September.

Thanks,
Rebecca

Rebecca Tapp
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 418
"""
    sa = pdf_att("Single Assessment - Pengelly - Sept 2055.pdf", "Single Assessment - Daisy and Oscar Pengelly (LCS-5523871)", [
        "Children: Daisy Pengelly, DOB 10/10/2047; Oscar Pengelly, DOB 30/03/2051. Mother: Sarah Pengelly, Paignton.",
        "1. Reason for assessment: review of needs at the end of the Child in Need plan following return home from",
        "   section 20 foster care (January 2055).",
        "2-5. Findings: mother in sustained recovery (14 months, tested); home conditions good; children attending",
        "   school and nursery well; warm, consistent care observed on every visit.",
        "6. Social worker's analysis and rationale: statutory intervention no longer needed; remaining needs are",
        "   mother's anxiety and isolation and Oscar's transition to school - a level 3 coordinated response.",
        "7. Team Manager's analysis: I agree with the analysis and confirm the threshold for level 3 intervention is met.",
        "   Kate Ellery, Team Manager, 10/09/2055.",
        "Consent for level 3 Early Help: given by Sarah Pengelly, 09/09/2055."])
    top = outlook_top(f, addr("Rebecca Tapp", "rebecca.tapp@" + TB), MB("torbay", "early_help_duty"),
                      "Triage slot request - step down to level 3 - Pengelly (LCS-5523871)", "2055-09-14 10:22:48")
    add(f, outlook_mail(f, top, text, [sa]), "torbay", "early_help_duty", "2055-09-14 10:22:48", 5, "ordinary",
        "step_down", False, 3, ["LCS-5523871"],
        [ch("Daisy Pengelly", "2047-10-10", "10/10/2047"), ch("Oscar Pengelly", "2051-03-30", "30/03/2051")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment with the TM's analysis confirming level 3, consent) for children "
        "home from section 20 foster care; Oscar is 4 -> the fortnightly under-5s triage. Mum's drinking is historic "
        "(sober 14 months, tested) and not a concern; her anxiety is -> book_meeting.",
        not_children=["Sarah Pengelly", "Kate Ellery"])


def torbay_02():
    f = "torbay_02.eml"
    text = """i am the nan of Kacey and Brody Luscombe i have had them under a court order since there mum lost them. there mum Jodie has turned up at my house drunk with her boyfriend Shane they have been banging on the door for half an hour screaming she is taking her kids back tonight.

Shane has put a brick through my front room window there is glass all over the settee where Brody was asleep 5 mins before. I have took the kids upstairs to the bathroom and locked the door. Kacey is shaking she wont let go of me.

they are still outside I can hear them trying the back door. I rung 999 at 9.50 they said they will send someone but no one has come yet. the out of hours number for social services just rings and rings.

Kacey is 7 and Brody is 3. my address is 6 Cockington Close Paignton TQ3 9ZX. please send someone. my mobile is 07700 900 662

Linda Luscombe

Sent from my Galaxy"""
    top = [("From", addr("Linda Luscombe", "lindaluscombe54@example.net")),
           ("To", MB("torbay", "mash_step_up")),
           ("Subject", "please help Kacey and Brody"),
           ("Date", email.utils.format_datetime(dt("2055-10-20 22:14:33"))),
           ("Message-ID", msgid(f, "email.android.com"))]
    root = text_part(text, cte="base64", crlf_b64=False)
    add(f, build(top, root, crlf=False), "torbay", "mash_step_up", "2055-10-20 22:14:33", 3, "urgent", "other",
        True, None, [], [ch("Kacey Luscombe", as_written="Kacey and Brody Luscombe"),
                         ch("Brody Luscombe", as_written="Kacey and Brody Luscombe")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 (plain, a connected carer's phone mail at 22:14): the grandmother caring for a 7- and a "
        "3-year-old under a court order writes that their drunk mother and her boyfriend are trying to get in, have "
        "put a brick through the window where the toddler was asleep, and police have not arrived -> out-of-hours "
        "alert. Single base64 text/plain part with LF line ends; 'Kacey and Brody Luscombe' names both children.",
        not_children=["Jodie", "Shane", "Linda Luscombe"])


def torbay_03():
    f = "torbay_03.eml"
    text = """Hello MASH,

I'm the lead professional for the Heard family (EHM-904412): Logan Heard (DOB 02/06/2049) and Millie Heard (DOB 14/01/2052), who live with their mum, Kirsty Heard, in Torquay. Their older sister Tayla has been in foster care since 2053 and has fortnightly family time with mum.

Following supervision yesterday, my ATM, Silas Penrose (cc'd), and I agree this needs to be considered for a level 4 statutory intervention. Mum has consented to this contact to MASH.

The level 3 plan has not reduced the worries: home conditions have gone downhill since the summer (no food in the house on three visits, Millie's nappy rash left untreated), and there was a police call-out to the address on 2 November.

The full chronology is attached - I've updated it today after my home visit this afternoon.

Thanks,
Megan

Megan Tozer
Early Help Practitioner (Lead Professional) | Torbay Early Help
01632 960 732
"""
    chron = pdf_att("Chronology - Heard family - updated 09.11.2055.pdf", "Chronology - Heard family (EHM-904412)", [
        "Children: Logan Heard (02/06/2049), Millie Heard (14/01/2052). Mother: Kirsty Heard. Sibling Tayla in foster care.",
        "14/03/2055  Level 3 Early Help opened after a contact from school (home conditions, lateness).",
        "02/05/2055  TAF 1. Actions: beds for both children, nursery place for Millie.",
        "27/06/2055  TAF 2. Beds provided; nursery attendance 60%.",
        "05/09/2055  Home visit: no food in the house; food bank voucher given.",
        "10/10/2055  Home visit: Millie's nappy rash untreated; mum agreed to see the GP (did not attend).",
        "02/11/2055  Police: domestic incident at the address, children present. Callum Rowe (mum's partner) arrested",
        "            for assault on Kirsty; bailed with conditions not to attend the address or contact her.",
        "08/11/2055  Supervision with ATM (Silas Penrose): agreed to consider level 4; mum consented to a contact to MASH.",
        "09/11/2055 13:20  Home visit (MT). Mum tearful. Said Callum has been staying at the house since Friday",
        "            'because he's got nowhere else to go'. Callum was upstairs during the visit and shouted at mum",
        "            to 'get rid of her'. Mum said quietly: 'he had the belt out on Logan last night because he wet the",
        "            bed'. Logan would not take his jumper off and pulled his arm away when mum touched it.",
        "            Mum is working 4pm-10pm tonight; Callum will be looking after Logan and Millie.",
        "            Mum asked me not to tell anyone it was her who said."])
    top = outlook_top(f, addr("Megan Tozer", "megan.tozer@" + TB), MB("torbay", "mash_step_up"),
                      "Contact to MASH - step up from level 3 - Heard family (EHM-904412)", "2055-11-09 15:05:21",
                      cc=addr("Silas Penrose", "silas.penrose@" + TB))
    add(f, outlook_mail(f, top, text, [chron]), "torbay", "mash_step_up", "2055-11-09 15:05:21", 5, "urgent",
        "step_up", True, None, ["EHM-904412"],
        [ch("Logan Heard", "2049-06-02", "02/06/2049"), ch("Millie Heard", "2052-01-14", "14/01/2052")],
        ["domestic_abuse", "neglect", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 (in an attachment): the calm covering mail says only that the chronology was updated today; its "
        "last entry records that mum's partner, bailed not to attend after assaulting her, is living there, 'had the "
        "belt out on Logan last night', and will have both children alone this evening -> alert_duty. The Torbay "
        "step-up itself is complete (consent, ATM agreement).",
        not_children=["Kirsty Heard", "Callum Rowe", "Silas Penrose", "Tayla"])


def torbay_04():
    f = "torbay_04.eml"
    text = """Hi Early Help,

Please can I request a triage slot for Jayden Symons (DOB 11/11/2041), LCS-5530119, for a step down to a level 3 coordinated response.

Jayden came home to his dad, Mr Neil Symons, in April after 18 months in a residential children's home in Exeter. While he was in residential care in 2054 he had eleven missing episodes and was assessed as being criminally exploited (county lines). Since he came home there have been no missing episodes - the last one was in March 2055 - the exploitation screening was closed by the multi-agency panel in July with "no current exploitation concerns", and police have had no intelligence linking him to the line since March.

The Single Assessment completed this week concluded no further action at level 4 with a level 3 coordinated response. My team manager, Hannah Gill, has recorded her analysis confirming the threshold for level 3 is met. Dad and Jayden have both consented to level 3 Early Help.

Remaining needs: Jayden's school attendance (71% this half term) and getting him back into the college taster course he dropped out of.

I'll send the Single Assessment once it has been authorised on LCS (should be Monday).

Thanks,
Owen

Owen Treloar | Social Worker | Single Assessment Team | Torbay Council | 01632 960 225
"""
    top = outlook_top(f, addr("Owen Treloar", "owen.treloar@" + TB), MB("torbay", "early_help_duty"),
                      "Request for triage slot - Jayden Symons - step down to level 3", "2055-10-28 14:40:10")
    add(f, outlook_mail(f, top, text), "torbay", "early_help_duty", "2055-10-28 14:40:10", 5, "near_miss",
        "step_down", False, 3, ["LCS-5530119"], [ch("Jayden Symons", "2041-11-11", "11/11/2041")],
        ["school_attendance"], True, True, ["assessment"], None, "request_info",
        "Near miss (resolved): missing episodes and county-lines exploitation from 2054, none since March, screening "
        "closed with 'no current exploitation concerns' - so neither missing nor exploitation. Torbay step-down of a "
        "boy home from residential care with consent and the TM's analysis, but the Single Assessment is still to be "
        "authorised -> missing assessment -> request_info; level 3 stated.",
        not_children=["Neil Symons", "Hannah Gill"])


def torbay_05():
    f = "torbay_05.eml"
    data = outlook_reply(f, "2055-09-16 09:05:39", "Rebecca Tapp", "rebecca.tapp@" + TB,
                         ("Early Help", MB("torbay", "early_help_duty")), "ACCEPTED",
                         "Under-5s triage - Pengelly (LCS-5523871) [SB-torbay-4102]", "20550921T113000",
                         "20550921T120000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", "2055-09-16 09:05:39", 2, "ordinary", "meeting_reply", False, None,
        ["LCS-5523871"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, for torbay_01's under-5s triage slot (Tue 21 Sep 11:30 BST) "
        "-> meeting_reply, record_reply; LCS id from the SUMMARY.")


def torbay_06():
    f = "torbay_06.eml"
    text = """Hello MASH,

I'm the lead professional for Alfie Widdicombe (DOB 20/02/2046) and Summer Widdicombe (DOB 07/07/2048), EHM-903377.

Alfie and Summer live with their grandfather, Mr Ray Widdicombe (71), who has been their special guardian since 2051; he was their connected foster carer before that. They have been open to level 3 Early Help since May.

Mr Widdicombe's health has gone downhill quickly since the summer and he was diagnosed with early-stage dementia in October. The children are often without a cooked meal, Summer's head lice have been untreated for months, the oil for the heating ran out a fortnight ago, and Alfie (9) is doing most of the cooking and reminding grandad about his tablets. I'm worried this placement will break down without more help, and there is no other family who can step in.

My team manager, Rosie Coombes, agrees this needs to be considered for level 4.

I have talked to Mr Widdicombe about a contact to MASH and he does not agree to it - he said very clearly that he doesn't want social services "back in our lives" and that he'll manage. I'm sending this so that MASH can advise whether it can go ahead without his consent, and so you are aware.

Many thanks,
Joanne

--
Joanne Widger
Family Intervention Worker, Torbay Early Help
01632 960 871
"""
    top = plain_top(f, addr("Joanne Widger", "joanne.widger@" + TB), MB("torbay", "mash_step_up"),
                    "Step up to MASH - Widdicombe children (EHM-903377)", "2055-11-29 12:15:27", TB,
                    extra=[("User-Agent", "Mozilla Thunderbird 224.3.0")])
    root = flowed_part(text, cte="7bit")
    add(f, build(top, root), "torbay", "mash_step_up", "2055-11-29 12:15:27", 5, "ordinary", "step_up", False, None,
        ["EHM-903377"],
        [ch("Alfie Widdicombe", "2046-02-20", "20/02/2046"), ch("Summer Widdicombe", "2048-07-07", "07/07/2048")],
        ["neglect", "young_carer"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (Thunderbird, format=flowed, 7bit) for a kinship placement breaking down: the special guardian "
        "'does not agree' to the contact to MASH -> consent false and missing; manager agreed -> request_info. Not "
        "urgent: no immediate harm described.",
        not_children=["Ray Widdicombe", "Rosie Coombes"])


def torbay_07():
    f = "torbay_07.eml"
    text = """Hello,

Please could this be passed to Ellie Narracott, the Early Help practitioner supporting Kieran's mum and his younger brothers - she asked to be kept informed.

On 3 September Kieran Dawe (11), who is in foster care with one of our carers in Brixham, told a teacher that his foster carer had hit him with a slipper. This was dealt with under the allegations procedure: a strategy discussion was held the same day, the LADO was involved, Kieran was seen by a paediatrician (no marks or injuries), and he was spoken to by his social worker and an independent advocate.

On 14 September Kieran told his advocate that he had made it up because he wanted to go back to his mum's. The LADO meeting on 6 October concluded that the allegation was unfounded. Kieran has stayed in the placement throughout, is settled and says he wants to stay.

Nothing is needed from Early Help except to let mum know the outcome, which she has already been told by Kieran's social worker.

Kind regards,
Angela Stentiford
Team Manager, Fostering Service | Torbay Council
"""
    top = outlook_top(f, addr("Angela Stentiford", "angela.stentiford@" + TB), MB("torbay", "early_help_duty"),
                      "Kieran Dawe - outcome of allegation - for the EH worker with the birth family",
                      "2055-10-08 11:50:14")
    add(f, outlook_mail(f, top, text), "torbay", "early_help_duty", "2055-10-08 11:50:14", 6, "near_miss", "other",
        False, None, [], [ch("Kieran Dawe")], [], None, None, [], None, "human_review",
        "Near miss (resolved): an allegation that a foster carer hit a child, investigated the same day (LADO, "
        "paediatrician: no injuries), retracted and found unfounded; the child is settled -> other, human_review; "
        "concerns [] (no current worry); Kieran named without a DOB.",
        not_children=["Ellie Narracott", "Angela Stentiford"])


def torbay_08():
    f = "torbay_08.eml"
    ack = """Thank you. Your step-down request has been received and given the reference SB-torbay-4188.

Still needed before a triage slot can be confirmed:
- the Single Assessment, with your analysis and the rationale for the step down

Early Help | Torbay Council"""
    text = """Morning,

SA now authorised on LCS - attached.

Owen

Owen Treloar | Social Worker | Single Assessment Team | Torbay Council | 01632 960 225
""" + quote_block("Early Help <%s>" % MB("torbay", "early_help_duty"), "28 October 2055 14:47",
                  "Owen Treloar <owen.treloar@%s>" % TB,
                  "[SB-torbay-4188] Request for triage slot - Jayden Symons - step down to level 3", ack)
    sa = pdf_att("Single Assessment - J Symons - LCS-5530119.pdf", "Single Assessment - Jayden Symons (LCS-5530119)", [
        "Young person: Jayden Symons, DOB 11/11/2041. Father: Neil Symons, Torquay.",
        "Reason for assessment: return home from residential care (April 2055); review of needs.",
        "Missing and exploitation: no missing episodes since March 2055; exploitation screening closed July 2055",
        "with no current exploitation concerns; no police intelligence since March.",
        "Current needs: school attendance 71% this half term; re-engagement with education/college.",
        "Social worker's analysis: no further action at level 4; level 3 coordinated response recommended.",
        "Team Manager's analysis: I confirm the threshold for level 3 intervention is met. Hannah Gill, 29/10/2055.",
        "Authorised on LCS: 01/11/2055."])
    top = outlook_top(f, addr("Owen Treloar", "owen.treloar@" + TB), MB("torbay", "early_help_duty"),
                      "RE: [SB-torbay-4188] Request for triage slot - Jayden Symons - step down to level 3",
                      "2055-11-02 09:40:55",
                      reply_to=msgid("torbay_04.eml-ack", "stepbot.torbay.gov.uk"))
    add(f, outlook_mail(f, top, text, [sa]), "torbay", "early_help_duty", "2055-11-02 09:40:55", 3, "ordinary",
        "follow_up", False, None, ["LCS-5530119"], [ch("Jayden Symons", "2041-11-11", "11/11/2041")],
        ["school_attendance"], None, True, [], None, "attach_to_request",
        "Reply to [SB-torbay-4188] (torbay_04) bringing the authorised Single Assessment as a PDF -> follow_up, "
        "attach_to_request (level null: only step_downs carry a level). From the PDF: the child and DOB, the TM's "
        "analysis (manager true), attendance; missing/exploitation there are negated. Sent on Tue 2 Nov in GMT "
        "(+0000); the quoted acknowledgement is from 28 Oct, still BST.",
        not_children=["Neil Symons", "Hannah Gill"])


# =============================================================================================== HEREFORDSHIRE
HF = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"
    text = """Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at last Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for Evie Prosser (DOB 05/05/2045) and Tomos Prosser (DOB 18/12/2049), Mosaic IDs 704551 and 704552, together with their aunt's signed consent form.

Evie and Tomos live with their paternal aunt, Mrs Nia Prosser. They were placed with her as connected carers (she was approved as their foster carer) in 2054, and a Special Guardianship Order was made in August. The Child and Family Assessment completed on 13/09/2055 found that their remaining needs are at Intensive (Level 3) and can be met by Early Help.

Key person: Mrs Sian Bevan, Family Support Worker, Widemarsh Children's Centre - she has agreed to take this on and has met the family.

Remaining needs: Evie's attendance (89%) and friendships at her new school; Tomos's sleep; and Mrs Prosser would like support with life-story work and managing letterbox contact with the children's mum.

Kind regards,
Rhian

Rhian Bowen
Social Worker | Hereford Locality Team | Herefordshire Council
01632 960 350
"""
    plan = docx_att("EHA step-down plan - Prosser - Sept 2055.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Evie Prosser (05/05/2045), Tomos Prosser (18/12/2049). Carer: Mrs Nia Prosser (special guardian).",
        "What are we worried about? Evie's attendance (89%) and friendships; Tomos's sleep.",
        "What's working well? Stable, loving home; SGO support plan in place; good contact with grandparents.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Attendance support - school family liaison officer - 95% by February half term.",
        "2. Sleep clinic referral for Tomos - health visitor - within 4 weeks.",
        "3. Life-story work and letterbox support - key person with the SGO support team - by Christmas.",
        "Key person: Sian Bevan, Family Support Worker, Widemarsh Children's Centre."])
    consent = pdf_att("Signed consent - Early Help - Prosser.pdf", "Consent to Early Help support", [
        "I, Nia Prosser, special guardian of Evie Prosser and Tomos Prosser, consent to my family receiving",
        "Early Help support and to information being shared with the professionals named in the plan.",
        "Signed: N. Prosser    Date: 17/09/2055",
        "Witnessed by: Rhian Bowen, Social Worker"])
    top = outlook_top(f, addr("Rhian Bowen", "rhian.bowen@" + HF), MB("herefordshire", "early_help_duty"),
                      "EHA step-down plan - Prosser sibling group (Mosaic 704551 / 704552)", "2055-09-22 11:20:31")
    add(f, outlook_mail(f, top, text, [plan, consent]), "herefordshire", "early_help_duty", "2055-09-22 11:20:31", 5,
        "ordinary", "step_down", False, 3, ["704551", "704552"],
        [ch("Evie Prosser", "2045-05-05", "05/05/2045"), ch("Tomos Prosser", "2049-12-18", "18/12/2049")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down for children with their special guardian (formerly their "
        "connected foster carer): EHA step-down plan (.docx), signed consent form (PDF), key person with agency; "
        "'Intensive (Level 3)' -> level 3; already discussed at the drop-in -> book_meeting.",
        not_children=["Nia Prosser", "Sian Bevan", "Verity Lang"])


def herefordshire_02():
    f = "herefordshire_02.eml"
    text = """hi i got this email address off the leaflet in the unit. my name is kayleigh pugh im 14 im in care at ashdown house in hereford.

i left at tea time and i dont want to go back. im at a mans flat in leominster he picked me up from the bus station. he is like 30. he says i can stay here as long as i do stuff for him and his mates that are coming round later. he took my phone off me so im on my ipad on his wifi

i dont know the address its above a shop with a green sign near the church.

my social worker is rhian but she doesnt work weekends. i dont know who else to tell. dont tell him i emailed

kayleigh

Sent from my iPad"""
    top = plain_top(f, addr("kayleigh", "kayleigh.p.2041@example.net"), MB("herefordshire", "early_help_duty"),
                    "help", "2055-11-06 23:12:09", "example.net", "iPad Mail (22F76)")
    add(f, build(top, flowed_part(text, cte="7bit"), crlf=False), "herefordshire", "early_help_duty",
        "2055-11-06 23:12:09", 3, "urgent", "other", True, None, [],
        [ch("Kayleigh Pugh", as_written="kayleigh pugh")], ["exploitation", "missing"], None, None, [], None,
        "alert_duty",
        "Safety rule 1 (a child's own words, Saturday 23:12): a 14-year-old in a children's home writes that she is "
        "missing from placement at an unknown adult man's flat, who has taken her phone and says she can stay 'as "
        "long as i do stuff for him and his mates that are coming round later' -> out-of-hours alert; misdirected to "
        "the co-ordinators' inbox, not a step request -> other. Name written in lower case, labelled 'Kayleigh Pugh'.",
        weekend_reason="Saturday 6 November 23:12: a looked-after child missing from her placement writes herself, at "
                       "night, to an address on a leaflet",
        not_children=["rhian"])


def herefordshire_03():
    f = "herefordshire_03.eml"
    text = """MASH duty,

I chaired the second looked after review for Poppy Lewis (DOB 14/02/2047, Mosaic 718220) at her placement this morning. Poppy is placed with her paternal aunt and uncle, Mrs Donna Lewis and Mr Gary Lewis, who are temporarily approved connected carers (Regulation 24) in Ross-on-Wye.

When I saw Poppy on her own at the end of the review, she told me, in these words:

"Uncle Gary comes in the bath with me when Auntie Donna goes to bingo. He says it's our game. If I tell I have to go back to mum's where there's no food."

I did not ask her anything further and I told her I would make sure the right people knew.

Mrs Lewis goes to bingo on Tuesday and Thursday evenings, and today is Tuesday. Poppy is due to be at the placement tonight. The carers do not know what she said to me.

Poppy's social worker, Ellen Davies, is on leave until 6 December and I have not been able to reach her team manager (two messages left since 11:15). I am in the office until 5pm on 01632 960 433.

Mark Bellamy
Independent Reviewing Officer | Quality Assurance Unit
Herefordshire Council
"""
    top = outlook_top(f, addr("Mark Bellamy", "mark.bellamy@" + HF), MB("herefordshire", "mash_step_up"),
                      "Poppy Lewis (Mosaic 718220) - what she told me at her review today", "2055-11-30 12:25:40")
    add(f, outlook_mail(f, top, text), "herefordshire", "mash_step_up", "2055-11-30 12:25:40", 4, "urgent", "other",
        True, None, ["718220"], [ch("Poppy Lewis", "2047-02-14", "14/02/2047")], ["sexual_harm"], None, None, [],
        None, "alert_duty",
        "Safety rule 1 (plain, in the child's words): an Independent Reviewing Officer reports an 8-year-old's "
        "disclosure that her connected carer uncle gets in the bath with her when her aunt is at bingo - which is "
        "tonight - and she is at the placement tonight; her social worker is on leave -> alert_duty; other.",
        not_children=["Donna Lewis", "Gary Lewis", "Ellen Davies", "Mark Bellamy"])


def herefordshire_04():
    f = "herefordshire_04.eml"
    text = """Hi Xavier,

As discussed at Tuesday's drop-in, the EHA step-down plan for Jake Vaughan (DOB 08/05/2051), Mosaic 720913, is attached.

Jake went home to his dad, Ryan Vaughan, from foster care in April; the care order was discharged in August and the Child in Need plan closed at the review on 29/11/2055 with his remaining needs at level 3.

Dad has agreed to the step-down and signed the consent form - I left the signed form on my desk at Plough Lane, so I will scan it over tomorrow.

Key person: Mrs Carys Powell, Family Support Worker, Bobblestock Children's Centre (agreed).

Remaining needs: routines at home and dad's budgeting since he went back to work.

Thanks,
Rhiannon

Rhiannon Morgan
Social Worker | Child in Need Team | Herefordshire Council

PS - probably me overthinking this, and sorry if it isn't one for your team, but when I popped in at 11 this morning Jake had a swollen left eye and finger-shaped marks on his cheek. Dad said he fell off the sofa. When dad went into the kitchen Jake whispered "daddy squeezed my face hard cos I wet my pants". Dad's new girlfriend has moved in. I'm in court all afternoon and my manager is off today, so I haven't been able to talk it through with anyone.
"""
    plan = docx_att("EHA step-down plan - Jake Vaughan.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Jake Vaughan (08/05/2051). Parent: Ryan Vaughan (father).",
        "What are we worried about? Routines at home (bedtime, meals) and money since dad returned to work.",
        "What's working well? Jake is happy to be home; dad has worked well with the CIN plan.",
        "Wellbeing plan: 1. Routines - key person weekly visits for 6 weeks. 2. Budgeting - Citizens Advice",
        "appointment. 3. Nursery - 15 hours funded place to continue.",
        "Key person: Carys Powell, Family Support Worker, Bobblestock Children's Centre."])
    top = outlook_top(f, addr("Rhiannon Morgan", "rhiannon.morgan@" + HF), MB("herefordshire", "early_help_duty"),
                      "Step down - Jake Vaughan (Mosaic 720913)", "2055-12-02 13:50:17",
                      cc=addr("Xavier Moss", "xavier.moss@" + HF))
    add(f, outlook_mail(f, top, text, [plan]), "herefordshire", "early_help_duty", "2055-12-02 13:50:17", 5,
        "urgent", "step_down", True, None, ["720913"], [ch("Jake Vaughan", "2051-05-08", "08/05/2051")],
        ["physical_harm"], True, None, ["consent_form"], None, "alert_duty",
        "Safety rule 1 (hedged, in a PS): a 4-year-old home from foster care has a swollen eye and finger marks and "
        "whispers that dad 'squeezed my face hard'; the writer is in court and no one has been told -> alert_duty. "
        "The step-down: plan and key person present; dad 'signed the consent form' (consent true) but the form is not "
        "attached -> missing consent_form.",
        not_children=["Ryan Vaughan", "Carys Powell", "Xavier"])


def herefordshire_05():
    f = "herefordshire_05.eml"
    text = """Dear colleagues,

Please find attached the EHA step-down plan and the signed consent form for Mason Price (DOB 17/09/2049), Mosaic 711034. I discussed Mason with Verity at the drop-in on 28 September.

Mason lives with his mum, Kelly Price, in Leominster. You will see on Mosaic that his older half-sister has been in long-term foster care since 2052 after serious physical abuse by mum's former partner. He was convicted, now lives in Scotland on licence with a restraining order, and has had no contact with the family since 2052.

In September we completed a section 47 enquiry after an anonymous call said he had been seen in Leominster. Police confirmed it was mistaken identity - he had not left Scotland - and the enquiry found no current child protection concerns. The Child and Family Assessment that followed concluded that Mason's needs are at Intensive (Level 3) and can be met by Early Help: mum's low mood since the anonymous call, and Mason's worries about his sister.

Key person: Ms Bethan Hughes, Family Support Worker, Herefordshire Early Help (North) - agreed with mum and with Bethan.

Best wishes,
Cerys

Cerys Watkins | Social Worker | North Locality Team | Herefordshire Council
"""
    plan = docx_att("EHA step-down plan - Mason Price.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Mason Price (17/09/2049). Parent: Kelly Price.",
        "What are we worried about? Mum's low mood; Mason's worry about his sister; mum's isolation in a new area.",
        "What's working well? Warm relationship; Mason attends school every day; mum asks for help when she needs it.",
        "Wellbeing plan: 1. Mum - GP review and the community wellbeing group. 2. Mason - school ELSA sessions.",
        "3. Family time with his sister to carry on monthly (arranged by her social worker).",
        "Key person: Bethan Hughes, Family Support Worker, Herefordshire Early Help (North)."])
    consent = pdf_att("Consent form signed - K Price.pdf", "Consent to Early Help support", [
        "I, Kelly Price, parent of Mason Price, consent to my family receiving Early Help support.",
        "Signed: K. Price    Date: 04/10/2055"])
    top = outlook_top(f, addr("Cerys Watkins", "cerys.watkins@" + HF), MB("herefordshire", "early_help_duty"),
                      "Step-down - Mason Price (Mosaic 711034)", "2055-10-06 15:30:03")
    add(f, outlook_mail(f, top, text, [plan, consent]), "herefordshire", "early_help_duty", "2055-10-06 15:30:03", 5,
        "near_miss", "step_down", False, 3, ["711034"], [ch("Mason Price", "2049-09-17", "17/09/2049")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss (historic and resolved): 2052 abuse of a half-sister now in foster care, a perpetrator in Scotland "
        "with no contact, and a September s47 that found mistaken identity and 'no current child protection "
        "concerns'. Complete Herefordshire step-down (plan, signed consent form, key person); mum's low mood is the "
        "current worry; 'Intensive (Level 3)' -> level 3 -> book_meeting.",
        not_children=["Kelly Price", "Bethan Hughes", "Verity"])


def herefordshire_06():
    f = "herefordshire_06.eml"
    text = """Dear colleagues,

We are running the autumn Skills to Foster course for new foster carers and connected carers on Saturdays in November, and we would love an Early Help co-ordinator to co-facilitate session 4 ("Working with birth families and keeping children safe") on Saturday 20 November.

The session 4 scenarios are attached so you can see what the group will discuss. All of them are fictional and are used for training only.

If you can help, please reply to this email by Friday 15 October.

Many thanks,
Gemma

Gemma Tranter
Learning and Development Officer | Herefordshire Fostering Service
"""
    handout = pdf_att("Skills to Foster - Session 4 - Scenarios.pdf", "Skills to Foster - Session 4 - Scenarios (fictional, for training only)", [
        "Scenario 1. Jordan, 9, comes back from family time at his dad's with a burn on his arm and says",
        "'dad said not to tell'. What do you do tonight? Who do you ring? What do you write down?",
        "Scenario 2. A 14-year-old in your care has not come home. On her tablet you see messages from an older",
        "man offering to pick her up tonight. What do you do first?",
        "Scenario 3. A birth mum posts your address on Facebook and says she is coming to take her baby back.",
        "Scenario 4. During a bath, a 6-year-old tells you an adult at her last placement 'played a game' with her.",
        "Discussion: recording, the missing from care protocol, the allegations procedure, and looking after yourself."])
    top = outlook_top(f, addr("Gemma Tranter", "gemma.tranter@" + HF), MB("herefordshire", "early_help_duty"),
                      "Skills to Foster - session 4 scenarios - co-facilitator wanted", "2055-10-01 12:00:45")
    add(f, outlook_mail(f, top, text, [handout]), "herefordshire", "early_help_duty", "2055-10-01 12:00:45", 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (training examples in an attachment): a Skills to Foster handout whose 'fictional, for training "
        "only' scenarios echo this set's urgent mails (a burn after contact, a girl offered a lift by an older man, an "
        "address posted online, a bath-time disclosure); first names only -> other, human_review.")


def herefordshire_07():
    f = "herefordshire_07.eml"
    data = outlook_reply(f, "2055-12-13 16:40:22", "Dylan Pritchard", "dylan.pritchard@" + HF,
                         ("Early Help Co-ordinators", MB("herefordshire", "early_help_duty")), "ACCEPTED",
                         "Step-down drop-in [SB-herefordshire-3390]", "20551214T100000", "20551214T103000",
                         "Microsoft Teams Meeting",
                         "Thanks - I'll bring the draft plan for the two boys who are living with their nan.")
    add(f, data, "herefordshire", "early_help_duty", "2055-12-13 16:40:22", 3, "ordinary", "meeting_reply", False,
        None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED with a short COMMENT, for a Tuesday drop-in (14 Dec, GMT) -> "
        "meeting_reply, record_reply; no case id, no child named.")


def herefordshire_08():
    f = "herefordshire_08.eml"
    text = """Hello,

I'd like to ask for Lacey Bufton (DOB 03/03/2050), Mosaic 715560, to be stepped back up to social care.

Lacey went home to her mum, Gemma Bufton, from foster care in May (section 20 ended) and was stepped down to Early Help in July. Since October mum has started drinking again: Lacey has been sent to school hungry and unwashed on several days, she has missed two dental appointments, and mum has not answered the door to me on my last two visits. There is no suggestion that Lacey is being left alone or hurt - her gran sees her every day after school - but the plan isn't working.

My manager, Owain Jenkins, agrees this needs to go back to social care. Mum agrees to the referral and says she wants help with her drinking.

Thanks,
Sophie

Sophie Lloyd
Family Support Worker | Herefordshire Early Help (South)
Sent from my Android phone
"""
    top = plain_top(f, addr("Sophie Lloyd", "sophie.lloyd@" + HF), MB("herefordshire", "mash_step_up"),
                    "Step up request - Lacey Bufton (Mosaic 715560)", "2055-12-15 10:05:29", HF)
    add(f, plain_mail(f, top, text), "herefordshire", "mash_step_up", "2055-12-15 10:05:29", 5, "ordinary",
        "step_up", False, None, ["715560"], [ch("Lacey Bufton", "2050-03-03", "03/03/2050")],
        ["neglect", "non_engagement", "substance_misuse"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up -> human_review, missing [] and notice "
        "null (no requirements for an undefined kind). A child home from foster care whose mum is drinking again; "
        "'no suggestion that Lacey is being left alone or hurt', gran sees her daily -> not urgent. Mum not "
        "answering the door -> non_engagement.",
        not_children=["Gemma Bufton", "Owain Jenkins"])


# =============================================================================================== reading back
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script|title)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def pdf_text(data):
    try:
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    except ImportError:
        out = []
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", data):
            s = re.sub(rb"\\(.)", rb"\1", m.group(1))
            out.append(s.decode("cp1252"))
        return "\n".join(out)

def docx_text(data):
    try:
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append("\t".join(c.text for c in r.cells))
        return "\n".join(parts)
    except ImportError:
        z = zipfile.ZipFile(io.BytesIO(data))
        xml = z.read("word/document.xml").decode("utf-8")
        return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
                         for p in re.findall(r"<w:p\b.*?</w:p>", xml))

def parse(fname):
    return email.message_from_bytes(FILES[fname], policy=email.policy.default)

def readable(msg):
    """Subject, every text part (HTML as text), calendars unfolded, and the text of every .docx/.pdf attachment."""
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
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return re.sub(r"\s+", " ", "\n".join(out))

def all_headers(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, str(make_header(decode_header(str(v))))))
    return "\n".join(out)


# =============================================================================================== checks
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
EXPECT_KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
               "notice_ok", "next_action"]
LABEL_KEYS = ["file", "authority", "mailbox", "now", "expect", "why"]
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
EXPECTED_CATS = {"urgent": 12, "near_miss": 11, "ordinary": 17}

def requirements(authority, kind, level, concerns):
    """REQUIREMENTS.md's matrix: the requirement ids that may appear in `missing` (None = kind not defined)."""
    if kind not in ("step_up", "step_down"):
        return set()
    R = {("richmond_wandsworth", "step_up"): {"case_summary", "rationale"},
         ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent"},
         ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner"},
         ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed"},
         ("torbay", "step_down"): {"assessment", "manager_agreed", "consent"},
         ("torbay", "step_up"): {"consent", "manager_agreed"},
         ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner"}}
    if authority == "knowsley" and kind == "step_up":
        req = {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
        req |= {"gcp2"} if "neglect" in concerns else set()
        req |= {"engaging_families"} if "non_engagement" in concerns else set()
        req |= {"exploitation_assessment"} if "exploitation" in concerns else set()
    elif authority == "knowsley":
        req = {"meeting_details", "worries_strengths_next"} | (
            {"lead_practitioner"} if level == 2 else {"consent"})        # no level stated = level 3
    elif (authority, kind) in R:
        req = set(R[(authority, kind)])
    else:
        return None                                                      # Herefordshire step_up: not defined
    return req | {"children"}

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def local_now(lab):
    return datetime.fromisoformat(lab["now"]).astimezone(LON)

def parse_dob(s):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise ValueError(s)

def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))

def check():
    E = []
    names = sorted(FILES)
    if len(names) != 40:
        E.append("set: %d files, expected 40" % len(names))
    for a in AUTHORITIES:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        have = [n for n in names if re.fullmatch(r"%s_\d\d\.eml" % a, n)]
        if have != want:
            E.append("set: %s files %s, expected %s" % (a, have, want))
    cats = {}
    for c in CATS.values():
        cats[c] = cats.get(c, 0) + 1
    if cats != EXPECTED_CATS or cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11:
        E.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (cats, EXPECTED_CATS))
    if {l["file"] for l in LABELS} != set(FILES) or len(LABELS) != 40:
        E.append("set: labels do not cover the files one to one")
    # the calendar
    if not (WINDOW[0].weekday() == 2 and WINDOW[1].weekday() == 4):
        E.append("set: the window must run Wednesday 1 September - Friday 17 December 2055")
    if any(WINDOW[0] <= h <= WINDOW[1] for h in BANK_HOLIDAYS):
        E.append("set: a bank holiday falls inside the window")
    last_sun = max(date(2055, 10, d) for d in range(25, 32) if date(2055, 10, d).weekday() == 6)
    if BST_END.date() != last_sun:
        E.append("set: BST must end on the last Sunday of October 2055")
    try:
        import holidays
        pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2055, 2056])
        ref = {d for d in pkg if d.weekday() < 5 and d <= date(2056, 1, 31)}
        if ref != BANK_HOLIDAYS:
            E.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    for lab in LABELS:
        f, x = lab["file"], lab["expect"]
        meta = META[f]
        a, mb = lab["authority"], lab["mailbox"]
        if list(lab) != LABEL_KEYS or list(x) != EXPECT_KEYS:
            E.append("%s: label keys %s / %s" % (f, list(lab), list(x)))
        if not f.startswith(a + "_") or (a, mb) not in MAILBOXES:
            E.append("%s: authority/mailbox %s/%s" % (f, a, mb))
        # --- parse and headers
        try:
            msg = parse(f)
        except Exception as ex:                                     # pragma: no cover
            E.append("%s: does not parse (%r)" % (f, ex)); continue
        for part in msg.walk():
            if part.defects:
                E.append("%s: MIME defects %s" % (f, part.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                E.append("%s: no %s header" % (f, h))
        rcpts = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(a, mb)].lower() not in rcpts:
            E.append("%s: %s is not in To/Cc" % (f, MAILBOXES[(a, mb)]))
        text = readable(msg)
        low = text.lower()
        # --- Date and now
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        want = dt(meta["when"])
        if d != want or d.utcoffset() != want.utcoffset():
            E.append("%s: Date %s is not %s with the Europe/London offset" % (f, msg["Date"], want.isoformat()))
        if d.utcoffset() != (timedelta(hours=1) if d.astimezone(UTC) < BST_END else timedelta(0)):
            E.append("%s: Date offset wrong for BST/GMT" % f)
        ld = d.astimezone(LON).date()
        if not (WINDOW[0] <= ld <= WINDOW[1]):
            E.append("%s: Date %s outside the window" % (f, ld))
        weekend = ld.weekday() >= 5
        if weekend != bool(meta["weekend_reason"]):
            E.append("%s: weekend Date %s needs (only then) a justification" % (f, ld))
        if ld in BANK_HOLIDAYS:
            E.append("%s: Date on a bank holiday" % f)
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=15)):
            E.append("%s: now %s is not 1-15 minutes after Date" % (f, lab["now"]))
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            E.append("%s: now offset differs from Europe/London's" % f)
        # --- kind / next_action
        k = x["kind"]
        if k not in KINDS or x["next_action"] not in ACTIONS:
            E.append("%s: kind/next_action" % f)
        if x["urgent"] != (CATS[f] == "urgent"):
            E.append("%s: urgent vs category" % f)
        req = requirements(a, k, x["level"], x["concerns"])
        if x["urgent"]:
            na = "alert_duty"
        elif k == "auto_reply":
            na = "ignore"
        elif k == "meeting_reply":
            na = "record_reply"
        elif k == "follow_up":
            na = "attach_to_request"
        elif k == "other" or req is None:
            na = "human_review"
        elif x["missing"] or x["notice_ok"] is False:
            na = "request_info"
        else:
            na = "book_meeting"
        if x["next_action"] != na:
            E.append("%s: next_action %s != %s" % (f, x["next_action"], na))
        # --- concerns, missing, level, notice
        for fld, allowed in (("concerns", CONCERNS), ("missing", None)):
            v = x[fld]
            if v != sorted(set(v)):
                E.append("%s: %s not sorted/unique" % (f, fld))
            if allowed is not None and not set(v) <= allowed:
                E.append("%s: unknown %s %s" % (f, fld, v))
        allowed_missing = req or set()
        if not set(x["missing"]) <= allowed_missing:
            E.append("%s: missing %s not allowed for %s/%s (allowed %s)" % (f, x["missing"], a, k, sorted(allowed_missing)))
        if req:
            if "consent" in req and ((x["consent"] is True) == ("consent" in x["missing"])):
                E.append("%s: consent vs missing" % f)
            if "manager_agreed" in req and ((x["manager_agreed"] is True) == ("manager_agreed" in x["missing"])):
                E.append("%s: manager vs missing" % f)
            if "case_id" in req and (bool(x["case_ids"]) == ("case_id" in x["missing"])):
                E.append("%s: case id vs missing" % f)
            if bool(x["children"]) == ("children" in x["missing"]):
                E.append("%s: children vs missing" % f)
        if x["level"] is not None and (k != "step_down" or x["level"] not in (2, 3)):
            E.append("%s: level %r on a %s" % (f, x["level"], k))
        if x["level"] is not None and not re.search(r"level\s*%d" % x["level"], low):
            E.append("%s: level %d is not written" % (f, x["level"]))
        knowsley_step = a == "knowsley" and k in ("step_up", "step_down")
        if knowsley_step:
            if meta["meeting"] is None:
                if x["notice_ok"] is not None or "meeting_details" not in x["missing"]:
                    E.append("%s: no meeting -> notice_ok None and meeting_details missing" % f)
            else:
                wd = working_days(local_now(lab).date(), meta["meeting"])
                if x["notice_ok"] != (wd >= 5):
                    E.append("%s: notice_ok %s but %d WD" % (f, x["notice_ok"], wd))
                if meta["meeting"].weekday() >= 5 or meta["meeting"] in BANK_HOLIDAYS:
                    E.append("%s: meeting on a weekend or bank holiday" % f)
        elif x["notice_ok"] is not None or meta["meeting"] is not None:
            E.append("%s: notice only for Knowsley step requests" % f)
        # --- banned words in urgent mail (every header and every decoded part)
        if x["urgent"]:
            whole = (all_headers(msg) + "\n" + text).lower()
            for w in BANNED:
                if w in whole:
                    E.append("%s: urgent mail contains the banned word %r" % (f, w))
        # --- children, case ids, people who are not children
        pos = []
        for c in meta["children"]:
            span = (c["_as"] or c["name"]).lower()
            if span not in low:
                E.append("%s: child %r not in the text" % (f, span))
            pos.append(low.find(span))
            if c["dob"]:
                if c["_w"] not in text:
                    E.append("%s: DOB %r not written" % (f, c["_w"]))
                dob = parse_dob(c["_w"])
                if dob.isoformat() != c["dob"]:
                    E.append("%s: DOB %r parses to %s" % (f, c["_w"], dob))
                if not (dob < local_now(lab).date() and age_on(dob, local_now(lab).date()) < 18):
                    E.append("%s: %s is not a child at now" % (f, c["name"]))
        if pos != sorted(pos):
            E.append("%s: children not in order of first appearance" % f)
        for n in meta["not_children"]:
            if n.lower() not in low:
                E.append("%s: not-child %r not in the text" % (f, n))
            if any(n.lower() == c["name"].lower() for c in x["children"]):
                E.append("%s: %r labelled as a child" % (f, n))
        for n, w in meta["adults"]:
            if w not in text or age_on(parse_dob(w), local_now(lab).date()) < 18:
                E.append("%s: adult %s not 18+" % (f, n))
        for cid in x["case_ids"]:
            if cid not in text:
                E.append("%s: case id %s not in the text" % (f, cid))
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}", cid):
                E.append("%s: %s is not an EHM/ICS/LCS/Mosaic id" % (f, cid))
        if len(set(x["case_ids"])) != len(x["case_ids"]):
            E.append("%s: case ids not deduplicated" % f)
        # --- per kind
        subj = str(msg["Subject"])
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        replies = [p for p in cals if "METHOD:REPLY" in p.get_payload(decode=True).decode()]
        if k == "meeting_reply" and not (len(cals) == 1 and len(replies) == 1):
            E.append("%s: a meeting_reply needs exactly one text/calendar METHOD:REPLY part" % f)
        if k != "meeting_reply" and cals:
            E.append("%s: calendar part outside a meeting_reply" % f)
        if k == "auto_reply" and not msg["Auto-Submitted"]:
            E.append("%s: auto_reply without Auto-Submitted" % f)
        if k != "auto_reply" and msg["Auto-Submitted"]:
            E.append("%s: human mail with Auto-Submitted" % f)
        if k == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj):
            E.append("%s: follow_up without an [SB-] reference" % f)
        if k in ("step_up", "step_down", "other") and "[SB-" in subj:
            E.append("%s: a new request/other mail carries an [SB-] reference" % f)
    # README
    rp = os.path.join(HERE, "README.md")
    if os.path.exists(rp):
        first = open(rp, encoding="utf-8").readline().rstrip("\n")
        want = ("# %s: blind held-out set for urgency and the parse fields, over the autumn term of 2055 (Wednesday "
                "1 September - Friday 17 December 2055), in foster carers and children in care" % SET)
        if first != want:
            E.append("README.md: first line is %r" % first)
    return E


def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    for a in AUTHORITIES:
        out.append("%s %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        m = META[l["file"]]["meeting"]
        if m:
            ln = local_now(l)
            utc_today = datetime.fromisoformat(l["now"]).astimezone(UTC).date()
            cal = (m - ln.date()).days
            out.append("  %s now %s (local %s, UTC date %s) -> %s: %d WD (from the UTC date %d), %d calendar days"
                       % (l["file"], l["now"], ln.strftime("%a %d %b %H:%M"), utc_today, m.strftime("%a %d %b"),
                          working_days(ln.date(), m), working_days(utc_today, m), cal))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        out.append("  %-26s %-9s %-13s %-17s %s" % (l["file"], CATS[l["file"]], l["expect"]["kind"],
                                                     l["expect"]["next_action"], local_now(l).strftime("%a %d %b %H:%M")))
    return "\n".join(out)


def main():
    for name, fn in sorted(globals().items()):
        if re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d", name):
            fn()
    errors = check()
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
    print("wrote %d messages, labels.json and categories.json; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
