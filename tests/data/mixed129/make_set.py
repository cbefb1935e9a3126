#!/usr/bin/env python3
"""mixed129: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2045 (Monday 4 September - Friday 22 December 2045, plus mails up to Friday 29 December about
Christmas at home), in Christmas and New Year at home.

Stdlib only (run with `python3 make_set.py`). Deterministic: boundaries, Message-IDs and UIDs come from sha1 of the
file name; zips have fixed timestamps. MIME / PDF / .docx / iCalendar helpers are copied from
/work/main/tests/data/mixed27/make_set.py. The self-checks STOP before anything is written.
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")

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
    """Local (Europe/London) wall-clock time; the offset (+0100 to 28 Oct 2045, +0000 after) comes from zoneinfo."""
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
    head.encode("ascii")                      # headers are always 7-bit (MIME encoded-words where needed)
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


import zipfile, io as _io
def make_docx(paras, tables=()):
    """paras: list of strings (a string starting with '# ' is a Heading 1); tables: list of row lists."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t == "\f":                      # a page break (Word: a run holding <w:br w:type="page"/>)
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
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
            zi = zipfile.ZipInfo(name, date_time=(2045, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable", charset="utf-8"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf, charset=charset)
    if html_alt:
        h = html_of(body)
        if charset != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + charset)
        t = multipart("alternative", [t, text_part(h, "html", crlf=crlf, charset=charset)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)
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


def iphone_mail(f, top, text, atts=()):
    """iPhone Mail: text/plain; format=flowed, quoted-printable, LF."""
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)


def html_text(h):
    """Readable text of an HTML part: comments (incl. Word's conditional <xml> blocks), <head> and
    <style> dropped; block tags become spaces; inline tags (Word's split runs) join without a space."""
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

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


# ----------------------------------------------------------------------------- records
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

def ch(name, dob=None, written=None):
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None,
        not_children=()):
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children), "when": when}

def sig(*lines):
    return "\n".join(lines)

def gmail_top(f, frm, to, subject, when, extra=None, cc=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", "<CA%s@mail.gmail.com>" % sha(f, "gm")[:30])]
    return h + (extra or [])

def alt_mail(f, top, text, html_body, atts=()):
    a = multipart("alternative", [text_part(text), text_part(html_body, "html")], gbnd(f, 2))
    root = multipart("mixed", [a] + list(atts), gbnd(f, 1)) if atts else a
    return build(top, root, True)

def html_only(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def android_mail(f, top, text):
    return build(top, text_part(text, cte="base64", crlf=False), False)

def txt_att(filename, text):
    return binary_part("text/plain; charset=utf-8", filename, text.encode("utf-8"))

def ics_att(filename, cal):
    return binary_part("text/calendar; charset=utf-8; method=REQUEST", filename, cal.encode("utf-8"))

KM, KFF = MAILBOXES[("knowsley", "mash_step_up")], MAILBOXES[("knowsley", "early_help_duty")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
RSU, RED = MAILBOXES[("richmond_wandsworth", "mash_step_up")], MAILBOXES[("richmond_wandsworth", "early_help_duty")]
TMAST, TEH = MAILBOXES[("tower_hamlets", "mash_step_up")], MAILBOXES[("tower_hamlets", "early_help_duty")]
BMASH, BEH = MAILBOXES[("torbay", "mash_step_up")], MAILBOXES[("torbay", "early_help_duty")]
HMASH, HEH = MAILBOXES[("herefordshire", "mash_step_up")], MAILBOXES[("herefordshire", "early_help_duty")]


# ============================================================================= KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"; when = "2045-12-20 10:12:00"
    body = T("""
Hi MASH team,

Please find attached a step up request for the Mercer family, EHM case ID EHM-61234.

Children: Lacey-Mae Mercer (DOB 06/03/2038) and Tyler Mercer (DOB 19/10/2040).

The step up TAF meeting is booked for Wednesday 27th December at 10am on Teams - invite has gone to this inbox and MASH business support, and I have invited the current TAF members (school, health visitor, Knowsley Housing).

Brief summary: since the start of December the home has had no gas (meter in debt, mum says she is waiting to pay it off after Christmas), the children have come to school hungry most days and Lacey-Mae has been wearing the same uniform for a week. Mum has bought presents on two catalogue accounts and a doorstep loan and there is very little food in the house. Mum's drinking has increased since her new partner moved in - empty cans and bottles at every visit this month. The GCP2 was completed on 13/12 and scores 4 in physical care and safety.

My team manager Paula Ormesher has discussed this with me in supervision on 18/12 and agreed the step up.

Mum is aware I am making this request.

Attached: FF Step Up request form, GCP2, minutes of the TAF meeting held 13.12.45.

Thanks
Danielle
""") + sig("Danielle Ashworth-Kelly", "Family First Case Manager (Level 3)", "Family First 0-18, Knowsley Council",
           "Tel 0151 496 0731")
    form = docx_att("FF Step Up request to CSC - Mercer.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-61234",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 27/12/2045 10:00 (Teams)",
        "Level of Engagement: medium",
        "Recent TAF meeting minutes attached: Yes (13/12/2045)",
        "What are we worried about? Current concerns: no heating, children hungry at school, poor hygiene, mum's alcohol use increasing. Past harm: none known. Complicating factors: debt, new partner.",
        "What is working well? Children attend school. Mum attends TAF meetings.",
        "What next? Goals: warm, fed, safe over the holidays. Next steps: C&F assessment.",
        "Graded Care profile: completed 13/12/2045, see attached.",
        "Agreement by line manager: Paula Ormesher, Team Manager, 18/12/2045",
        "Contingency plan: school holiday hamper; daily phone contact; fuel voucher requested.",
    ])
    gcp = pdf_att("GCP2 Mercer Dec 2045.pdf", "Graded Care Profile 2 (GCP2) - Mercer household", [
        "Completed by: Danielle Ashworth-Kelly, 13/12/2045",
        "Children: Lacey-Mae Mercer, Tyler Mercer",
        "Area 1 Physical care: grade 4. Area 2 Safety: grade 4. Area 3 Love: grade 2.",
        "Area 4 Esteem: grade 3. Overall: grade 4 - care not meeting the children's needs.",
    ])
    mins = docx_att("TAF minutes 13.12.45 - Mercer.docx", [
        "# Team Around the Family meeting - minutes",
        "Date: 13/12/2045. Family: Mercer. EHM-61234.",
        "Present: mum, Danielle Ashworth-Kelly (FF), Mrs Jean Tickle (school), HV.",
        "Actions: GCP2 completed today; step up to be discussed with team manager.",
    ])
    top = outlook_top(f, addr("Danielle Ashworth-Kelly", "danielle.ashworth-kelly@knowsley.gov.uk"), KM,
                      "Step up request - Mercer - EHM-61234", when, cc=KBS)
    add(f, mail(f, top, body, [form, gcp, mins], html_alt=True), "knowsley", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["EHM-61234"],
        [ch("Lacey-Mae Mercer", "2038-03-06", "06/03/2038"), ch("Tyler Mercer", "2040-10-19", "19/10/2040")],
        ["neglect", "substance_misuse"], None, True, [], False, "request_info",
        "Knowsley step-up complete (form, GCP2 for neglect, TAF minutes, EHM id, TM agreed) but the TAF meeting on "
        "Wed 27 Dec is only 3 working days after Wed 20 Dec (21, 22, 27) because Christmas Day and Boxing Day are "
        "bank holidays (5 plain weekdays), so notice fails the 5 WD rule -> request_info; 'mum is aware' is not consent.",
        meeting=date(2045, 12, 27))

def knowsley_02():
    f = "knowsley_02.eml"; when = "2045-12-23 15:26:00"
    body = T("""
To the MASH / duty team,

I am the supervisor at Brightstart Family Contact Centre, Prescot. I'm emailing because I can't get through on the phone number we have for the Family First worker (it goes to voicemail, office closed).

Today was the Christmas contact for Ellie-Rose Fairclough (DOB 11/02/2041) and Jack Fairclough (DOB 27/07/2043) with their father Liam Fairclough. Family First case EHM-59930.

Dad arrived at 13:05 for the 1pm-3pm session. He was unsteady on his feet, slurring and smelled strongly of drink. Our worker Sandra told him the contact could not go ahead and asked him to wait in reception while we rang mum back. While mum was in the toilet he picked up both children and went out to his car, a silver Vauxhall Corsa, and drove off with them at 14:40. Jack was not in a car seat - the seats were still in mum's buggy bay.

He is not answering his phone. Mum is with us and has phoned the police and given them the registration. He told Sandra last week he wanted "a proper Christmas with my kids at my mum's in Warrington".

Mum's number is 07700 900418. I will stay at the centre until 6pm.

Bernie Callaghan
Centre Supervisor, Brightstart Family Contact Centre
07700 900512
""")
    top = plain_top(f, addr("Bernie Callaghan", "brightstart.prescot@outlook.com"), KM,
                    "Contact today - father left with both children in his car", when, "outlook.com",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3, "urgent", "other", True, None, ["EHM-59930"],
        [ch("Ellie-Rose Fairclough", "2041-02-11", "11/02/2041"), ch("Jack Fairclough", "2043-07-27", "27/07/2043")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1: a father who arrived drunk at Saturday's Christmas contact drove off with a 4- and a 2-year-old "
        "40 minutes ago and cannot be reached - an immediate risk now (weekend, out-of-hours team), not a step request.")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2045-12-18 11:02:00"
    body = T("""
Good morning Family First duty,

Please accept this email as notice of a step down to Family First at Level 3 for Harvey Cunliffe, DOB 9th August 2036, ICS ID ICS-2290417. Mum, Shannon Cunliffe, has given her consent for the referral to Family First - she signed at the CIN review on 14/12.

The final CIN meeting will be on Thursday 28th December 2045 at 2pm, Kirkby Family Hub, Cherryfield Drive, Kirkby. Yes, between the bank holidays - mum asked for it before Harvey goes back to school.

Background (for context only): at Christmas contact last year, December 2044, Harvey's father arrived drunk and the police were called to the contact centre. That is why the case was opened. Dad completed the Change programme, his alcohol tests have been clear since March and contact has been supervised by paternal gran since May with no incidents at all. There are no concerns about dad's drinking now and he is not part of this plan.

What are we worried about?
Harvey's attendance dips in the winter term (84% this half term) and mum finds mornings hard since her knee operation.

What is working well?
Harvey is settled, gran's supervision of contact has worked well, mum has accepted every appointment offered.

What needs to happen?
Family First case manager to pick up the attendance plan with school; a morning routine plan; review after February half term.

Kind regards,
Rhiannon Ellerby
Social Worker, Child in Need Team, Knowsley Council
""")
    top = outlook_top(f, addr("Rhiannon Ellerby", "rhiannon.ellerby@knowsley.gov.uk"), KFF,
                      "Step down L3 - Harvey Cunliffe - final CIN 28/12", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6, "near_miss", "step_down",
        False, 3, ["ICS-2290417"], [ch("Harvey Cunliffe", "2036-08-09", "9th August 2036")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "Near miss: the drunk father at Christmas contact is last year's (Dec 2044), resolved and negated ('no concerns "
        "about dad's drinking now'); complete Knowsley L3 step-down (meeting with venue, three headings, consent); Thu 28 "
        "Dec 14:00 is 6 WD after Mon 18 Dec with 25/26 Dec excluded -> notice ok -> book_meeting.",
        meeting=date(2045, 12, 28))

def knowsley_04():
    f = "knowsley_04.eml"; when = "2045-12-21 15:31:00"
    body = T("""
Hello,

Step down to Level 2 - Amira Haddad (DOB 2037-05-30), ICS-2301558.

Final CIN meeting: Friday 29th December at 10:00, Halewood Family Hub, Baileys Lane. Sorry it's short notice, it's the only day mum and school could both do before term starts.

Lead Practitioner after step down: Yasmin Farah, Pastoral Lead, St Aidan's CE Primary School - she has agreed to take on the Early Help Assessment.

Mum has consented to the step down.

What are we worried about - mum's anxiety, which is worse around Christmas and the anniversary of her brother's death.
What's working well - Amira is doing well in school, mum is engaging with Talking Therapies, family friends help with childcare.
What needs to happen - Yasmin to lead the EHA, school counsellor weekly, mum to continue therapy.

Thanks,
Chidi Okonkwo-Barnes
Senior Social Worker, CIN Team
""")
    top = outlook_top(f, addr("Chidi Okonkwo-Barnes", "chidi.okonkwo-barnes@knowsley.gov.uk"), KFF,
                      "L2 step down - Haddad", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5, "ordinary", "step_down", False, 2,
        ["ICS-2301558"], [ch("Amira Haddad", "2037-05-30", "2037-05-30")], ["parental_mental_health"], True, None,
        [], False, "request_info",
        "Knowsley level 2 step-down with meeting, venue, lead practitioner and all three headings, but Fri 29 Dec is 4 WD "
        "after Thu 21 Dec (22, 27, 28, 29; 25 and 26 Dec are bank holidays) - short of 5 -> request_info.",
        meeting=date(2045, 12, 29))

def knowsley_05():
    f = "knowsley_05.eml"; when = "2045-12-22 12:41:00"
    fwd = T("""
---------- Forwarded message ---------
From: Miss Charlotte Byrne <c.byrne@stmarysprescot.example.sch.uk>
Date: Fri, 22 Dec 2045 at 12:20
Subject: Nevaeh - please read
To: Joanne Ridley <joanne.ridley@knowsley.gov.uk>

Hi Joanne,

I'm Nevaeh's class teacher (Year 3). During our Christmas party this morning Nevaeh was quiet and sat with me. She said, in these words: "Uncle Dean is staying for Christmas and he comes in my bed." I asked her to tell me more and she said "when mummy is asleep, he says it's our secret game", then she went back to the party.

I have written it up on CPOMS word for word. Mrs Rowe (DSL) is off today. We break up at 1.30 and mum is collecting. Uncle Dean is mum's brother and he is staying at the house until New Year.

Charlotte Byrne
Class teacher, Year 3
""")
    body = T("""
Adding to the step up I sent on Tuesday (ref above) - please see the email below from Nevaeh's teacher, just received. Nevaeh Okafor-Lunt, DOB 03.05.2038, EHM-60519.

School finishes at 1.30pm today and she goes home with mum, and Dean is staying there. I'm trying mum now.

Joanne Ridley
Family First Case Manager
Sent from Outlook for Android
""") + "\n" + fwd
    top = gmail_top(f, addr("Joanne Ridley", "joanne.ridley@knowsley.gov.uk"), KM,
                    "RE: [SB-knowsley-4422] Step up - Okafor-Lunt - EHM-60519", when, cc=KBS,
                    extra=[("In-Reply-To", "<SB-knowsley-4422@stepbot.knowsley.gov.uk>")])
    add(f, android_mail(f, top, body), "knowsley", "mash_step_up", when, 3, "urgent", "follow_up", True, None,
        ["EHM-60519"], [ch("Nevaeh Okafor-Lunt", "2038-05-03", "03.05.2038")], ["sexual_harm"], None, None, [],
        None, "alert_duty",
        "Safety rule 1 (a forwarded part is read too): a 7-year-old's disclosure on the last day of term that the uncle "
        "staying for Christmas 'comes in my bed', and she goes home to him at 1.30 today - urgent, though it is a "
        "follow-up to [SB-knowsley-4422].")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2045-12-21 09:18:00"
    body = T("""
Morning,

Thank you for the acknowledgement. I hadn't counted the two bank holidays - sorry. I have moved the step up TAF meeting to Wednesday 3rd January 2046 at 10am (Teams) and sent a new invite to the MASH inbox and MASH business support. The TAF members have the new date too.

Nothing else has changed.

Danielle Ashworth-Kelly
Family First Case Manager

> From: stepbot <stepbot@knowsley.gov.uk>
> Subject: [SB-knowsley-4431] Step up received - EHM-61234
> The meeting on Wed 27 Dec gives 3 working days' notice; the protocol asks for at least 5.
""")
    top = outlook_top(f, addr("Danielle Ashworth-Kelly", "danielle.ashworth-kelly@knowsley.gov.uk"), KM,
                      "RE: [SB-knowsley-4431] Step up received - EHM-61234", when, cc=KBS,
                      reply_to_mid="<SB-knowsley-4431@stepbot.knowsley.gov.uk>")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4, "ordinary", "follow_up", False, None,
        ["EHM-61234"], [], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-knowsley-4431] moving knowsley_01's TAF meeting past the bank holidays: a follow_up, whose kind has "
        "no notice rule and no requirements -> attach_to_request.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2045-12-01 09:00:00"
    body = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
12 Days of Safeguarding - festive bulletin, December 2045

Christmas and New Year put extra pressure on families. Over the holidays please be alert to, for example:
 - a child left home alone while parents go out to the pub or a party;
 - a parent who arrives at Christmas contact under the influence of drink or drugs;
 - relatives or friends staying over who are not known to services;
 - debt from presents and doorstep lending, and fuel poverty;
 - a parent who talks about not wanting to be here for Christmas.

These are examples for awareness only and do not refer to any family.

Office closure: council offices close at 4pm on Friday 22 December and reopen on Wednesday 27 December. The out-of-hours Emergency Duty Team covers Christmas Day, Boxing Day and New Year's Day. If a child is in danger call 999.

Training: "Working together over the holidays" - 7 December, 9.30-12.30, Huyton Suite.

You are receiving this as a member of the KSCP practitioner list.
""")
    top = plain_top(f, addr("KSCP Bulletin", "kscp.bulletin@knowsley.gov.uk"), KM,
                    "KSCP festive safeguarding bulletin - 12 Days of Safeguarding", when, "knowsley.gov.uk",
                    "Mailchimp", extra=[("List-Id", "KSCP practitioners <kscp-practitioners.knowsley.gov.uk>"),
                                        ("List-Unsubscribe", "<mailto:kscp-unsubscribe@knowsley.gov.uk>")])
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 5, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "Near miss: the partnership's Christmas bulletin lists example worries ('for awareness only and do not refer to "
        "any family') - a bulletin listing examples must not trigger rule 1; not a request -> other, human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2045-12-22 13:07:00"
    comment = ("Declining - school is closed on the 27th and I'm away. BUT please read: Lacey-Mae Mercer came to me at the end of "
               "our Christmas party just now. She says mum's boyfriend Gary grabbed her brother Tyler Mercer by the neck last night and pushed "
               "him out of the back door, then locked both of them out in the yard in their pyjamas until after midnight "
               "because they were crying about presents. Lacey-Mae has marks on her wrist where he pulled her. She is "
               "frightened to go home. Mum isn't answering and Gary is the one collecting both children at 3.15 today. "
               "- Mrs Jean Tickle, DSL, Longview Primary, 0151 496 0288")
    data = itip_reply(f, when, "Jean Tickle", "j.tickle@longviewprimary.example.sch.uk",
                      ("Danielle Ashworth-Kelly", "danielle.ashworth-kelly@knowsley.gov.uk"), "DECLINED",
                      "Step up TAF - Mercer family EHM-61234", "20451227T100000", "20451227T113000",
                      "Microsoft Teams Meeting", comment=comment, to_name=None)
    # the reply is copied to the MASH inbox (as the protocol asks for step-up invites)
    data = data.replace(b"\r\nSubject:", b"\r\nCc: " + KM.encode() + b"\r\nSubject:", 1)
    add(f, data, "knowsley", "mash_step_up", when, 3, "urgent", "meeting_reply", True, None, ["EHM-61234"],
        [ch("Lacey-Mae Mercer"), ch("Tyler Mercer")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "Safety rule 1 ('a meeting reply's comment'): a DECLINED iTIP REPLY whose COMMENT says a 5-year-old was grabbed by "
        "the neck and both children locked out last night and the man is collecting them at 3.15 today -> alert_duty; "
        "the children (knowsley_01's) are named without DOBs.",
        not_children=["Gary"])


# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2045-10-10 10:22:00"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with our Early Help worker Grace Mbeki yesterday, I agree that the Adeyemi family should be stepped up to Children's Services, and I am sending the latest case summary and our rationale (both attached). Mosaic ID 2718834.

Children: Tobi Adeyemi (21/03/2034) and Precious Adeyemi (17/07/2039).

In short: three police call-outs since August for arguments between mum and dad, the last one with a broken window; dad's drinking has increased since he lost his job, and both parents are already arguing about where the children will spend Christmas - dad has said he "will take them whether she likes it or not".

This is not an immediate child protection situation; we are asking for the step-up case discussion.

Best wishes,
Tomasz Wiśniewski
Early Help Team Manager (Wandsworth North)
""")
    summ = docx_att("Case summary - Adeyemi - Oct 2045.docx", [
        "# Latest case summary - Adeyemi family", "Mosaic ID 2718834",
        "Tobi Adeyemi (21/03/2034), Precious Adeyemi (17/07/2039).",
        "Early Help involvement since March 2045 (TAF, Freedom Programme, school support).",
        "Police call-outs: 14/08, 02/09, 29/09 (broken window). Dad's alcohol use increasing."])
    rat = pdf_att("Rationale for step up - Adeyemi.pdf", "Rationale for the plan to step up to Children's Services", [
        "Domestic abuse incidents escalating despite the Early Help plan; father's drinking;",
        "dispute over Christmas arrangements. Team Manager agreed 09/10/2045."])
    top = outlook_top(f, addr("Tomasz Wiśniewski", "tomasz.wisniewski@richmondandwandsworth.gov.uk"), RSU,
                      "Step up request - Adeyemi - Mosaic 2718834", when)
    add(f, mail(f, top, body, [summ, rat], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 7, "ordinary",
        "step_up", False, None, ["2718834"],
        [ch("Tobi Adeyemi", "2034-03-21", "21/03/2034"), ch("Precious Adeyemi", "2039-07-17", "17/07/2039")],
        ["domestic_abuse", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (case summary .docx + rationale .pdf, seed "
        "000 'Process to Step Up'); sender is the TM who agrees; 'Mosaic ID 2718834' -> '2718834' -> book_meeting.")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2045-12-24 21:38:00"
    body = T("""
hi sorry dont know if this is the right email, its the one on the council website for childrens services

im next door at 14 Garratt Terrace SW17. the 2 kids next door Kayden Fairweather who is 6 and his little sister Mia Fairweather who is 3 have been on there own since about half 5. there mum and her boyfriend went to the Crown for the christmas eve lock in, i saw them go. i can hear Mia screaming crying through the wall and Kayden came to my door in his pyjamas about 8 asking for a yoghurt because they had no tea. i gave him some food and he went back in. the front door is on the latch

ive rang mum 4 times no answer. i dont want to get her in trouble at christmas but theyre babies

Tracey (next door, no 14)
07700 900633

Sent from my iPhone
""")
    top = plain_top(f, addr("Tracey Dunmore", "traceyd1978@icloud.com"), RSU, "kids next door on there own",
                    when, "icloud.com", "iPhone Mail (22C152)")
    add(f, iphone_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2, "urgent", "other", True, None,
        [], [ch("Kayden Fairweather"), ch("Mia Fairweather")], ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, out of hours (Christmas Eve, a Sunday night): a neighbour says a 6- and a 3-year-old have been alone "
        "since 5.30pm while the parents are at the pub - immediate now -> out-of-hours alert; ages but no DOBs.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2045-12-18 10:05:00"
    body = T("""
Dear Early Help Duty,

Further to my call with Keziah Bloom (Duty Team Manager) this morning, confirming that we agreed the step-down case discussion for Wednesday 20 December at 2pm on Teams.

Family: Jasleen Kaur-Price (DOB 02.05.2033) and Arjun Kaur-Price (DOB 15.01.2040), Mosaic 2650981.
Attached are the latest case summary and the draft plan for Early Help. Ms Kaur and both children have consented to Early Help continuing the plan, and the Family Hub worker Nasra Ali has agreed to be Lead Professional.

You'll see from the summary that the case opened after last Christmas, when the children were left alone on Christmas Eve 2044 while mum was at a work party. That was fully looked at under s47 in January and there has been no repeat; mum has arranged for her sister to stay with them this Christmas. The remaining work is about mum's low mood and routines.

Kind regards,
Aoife Ní Bhriain
Social Worker, Wandsworth Family Support & Safeguarding
""")
    summ = docx_att("Case summary Kaur-Price Dec 2045.docx", [
        "# Case summary", "Mosaic 2650981. Jasleen Kaur-Price, Arjun Kaur-Price.",
        "December 2044: children left home alone on Christmas Eve; s47 January 2045, CIN plan since.",
        "Progress: no repeat; mum's mood improving with GP support; routines established."])
    plan = docx_att("Draft Early Help plan - Kaur-Price.docx", [
        "# Draft plan for Early Help", "Lead Professional: Nasra Ali, Tooting Family Hub.",
        "Outcomes: mum's low mood supported; evening routines; holiday childcare plan."])
    top = outlook_top(f, addr("Aoife Ní Bhriain", "aoife.nibhriain@richmondandwandsworth.gov.uk"), RED,
                      "Step down - case discussion Wed 20/12 2pm - Kaur-Price", when)
    add(f, mail(f, top, body, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 5, "near_miss",
        "step_down", False, None, ["2650981"],
        [ch("Jasleen Kaur-Price", "2033-05-02", "02.05.2033"), ch("Arjun Kaur-Price", "2040-01-15", "15.01.2040")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: the children left alone on Christmas Eve is last year's (2044), investigated and not repeated; complete "
        "Richmond & Wandsworth step-down (summary, draft plan, consent) -> book_meeting.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2045-12-07 14:44:00"
    body = T("""
Hi,

I spoke to the Duty Team Manager on Tuesday about stepping down Kofi Mensah-Taylor (born 4th June 2035), Mosaic 2661207. The case summary is attached. The draft plan will follow after the CIN review on the 12th.

I'll ask mum about Early Help at my visit on Monday 11th - she has been a bit up and down about it because she is worried about being "judged" at Christmas.

The main outstanding need is Kofi's school attendance (78%).

Thanks
Ben Hollis
Social Worker, Richmond CIN Team
""")
    summ = pdf_att("Latest case summary - Mensah-Taylor.pdf", "Latest case summary - Kofi Mensah-Taylor",
                   ["Mosaic 2661207. CIN plan since April 2045. Attendance 78%; home conditions now good."])
    top = outlook_top(f, addr("Ben Hollis", "ben.hollis@richmondandwandsworth.gov.uk"), RED,
                      "Step down - Mensah-Taylor", when)
    add(f, mail(f, top, body, [summ]), "richmond_wandsworth", "early_help_duty", when, 8, "ordinary", "step_down",
        False, None, ["2661207"], [ch("Kofi Mensah-Taylor", "2035-06-04", "4th June 2035")], ["school_attendance"],
        None, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down with only the case summary: the draft plan 'will follow' and consent is still to "
        "be asked ('I'll ask mum') -> consent null, missing consent and draft_plan -> request_info.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2045-12-20 11:06:00"
    body = T("""
Dear MASH,

Step up request for the Castellanos-Boyd family, Mosaic ID 2702216. Children: Sofía Castellanos-Boyd (DOB 2036-09-12) and Reuben Castellanos-Boyd (DOB 2039-04-25).

I had a reflective discussion with Jade Okoro (EH worker) on Monday and I agree the plan should be to step up. The latest case summary and the rationale are attached. Concerns: empty cupboards, catalogue debt from presents, the children coming to the hub unwashed and in thin clothes, and dad's temper when money is short.

Regards,
Lorraine Achterberg
Early Help Team Manager, Richmond

PS - Jade has just rung me from our Family Hub Christmas party. Reuben has a fresh burn on the back of his right hand, the shape of the tip of an iron. He told Jade "daddy did it with the iron because I opened my present early". Dad is due to collect both children from the party at 12.30. Jade has them in the craft room with another worker. Please ring Jade on 07700 900145.
""")
    summ = docx_att("Case summary - Castellanos-Boyd.docx", ["# Case summary", "Mosaic ID 2702216",
                    "Early Help since June 2045: debt, food poverty, home conditions, father's anger."])
    rat = docx_att("Step up rationale - Castellanos-Boyd.docx", ["# Rationale for step up",
                   "Neglect of basic care despite the Early Help plan; escalating debt before Christmas."])
    top = outlook_top(f, addr("Lorraine Achterberg", "lorraine.achterberg@richmondandwandsworth.gov.uk"), RSU,
                      "Step up - Castellanos-Boyd - Mosaic 2702216", when)
    add(f, mail(f, top, body, [summ, rat], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["2702216"],
        [ch("Sofía Castellanos-Boyd", "2036-09-12", "2036-09-12"), ch("Reuben Castellanos-Boyd", "2039-04-25", "2039-04-25")],
        ["neglect", "physical_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1: an otherwise complete step-up whose PS reports a 6-year-old's fresh iron-shaped burn ('daddy did "
        "it') with dad collecting at 12.30 today -> urgent, alert_duty; requirements met so missing [].")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2045-11-06 12:15:00"
    text = T("""
Wandle Winter Gift Appeal 2045

Dear Early Help colleagues,

Every December we hear from families who dread Christmas morning. Many of the children we support have lived through domestic abuse, neglect or a parent's illness, and some will spend Christmas in a refuge or a hotel room. No child should wake up on Christmas Day with nothing.

This year we hope to give 1,200 gift bags. Please refer families through our online form by Friday 1 December; gifts will be delivered to Family Hubs in the week of 11 December. We need the child's first name, age and one thing they love - no surnames or case details, please.

Thank you for everything you do.

Marguerite Osei-Bonsu
Appeal Co-ordinator, Wandle Community Trust (registered charity)
""")
    html_body = "<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    top = gmail_top(f, addr("Wandle Community Trust", "appeal@wandletrust.example.org.uk"), RED,
                    "Winter Gift Appeal 2045 - referrals open", when)
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "early_help_duty", when, 20, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a charity's present-appeal letter mentioning domestic abuse and neglect in general - no child, nothing "
        "happening -> other, human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2045-12-14 15:02:00"
    body = T("""
Hi,

Just chasing - I sent the step up for Dylan Marsh-Osei (Mosaic 2744019) on Tuesday and haven't had the case discussion invite yet. The protocol says within 1 working day. I'm off from the 22nd so could we get it in next week please?

Thanks,
Sunita Ramkalawan
Early Help Team Manager (Richmond)

-----Original Message-----
From: stepbot
Sent: 12 December 2045 09:31
Subject: [SB-richmond_wandsworth-2290] Step up received - Marsh-Osei
""")
    top = outlook_top(f, addr("Sunita Ramkalawan", "sunita.ramkalawan@richmondandwandsworth.gov.uk"), RSU,
                      "RE: [SB-richmond_wandsworth-2290] Step up received - Marsh-Osei", when,
                      reply_to_mid="<SB-richmond_wandsworth-2290@stepbot.richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 6, "ordinary", "follow_up", False, None,
        ["2744019"], [ch("Dylan Marsh-Osei")], [], None, None, [], None, "attach_to_request",
        "Chaser on [SB-richmond_wandsworth-2290] about the 1-WD invitation: a follow_up -> attach_to_request; 'Mosaic "
        "2744019' -> '2744019'.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2045-12-22 16:12:00"
    body = T("""
Thank you for your email. I am on annual leave from Friday 22 December and back in the office on Tuesday 2 January 2046. Early Help offices are closed on 25 and 26 December and 1 January.

For step-down case discussions before then please contact the Early Help Duty Team Manager on 020 7946 0321. If you are worried about a child and it cannot wait, contact the MASH or, out of hours, the Emergency Duty Team.

Wishing you a peaceful Christmas,
Imogen Varley
Early Help Manager
""")
    data = ooo(f, when, "Imogen Varley", "imogen.varley@richmondandwandsworth.gov.uk", RED,
               "[SB-richmond_wandsworth-2301] Step-down case discussion invitation", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1, "ordinary", "auto_reply", False, None, [], [],
        [], None, None, [], None, "ignore",
        "Out-of-office over Christmas (Auto-Submitted: auto-replied) answering a stepbot invitation: auto_reply -> ignore "
        "(safety rule 2, no loops).")


# ============================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2045-12-15 16:48:00"
    body = T("""
MAST team,

I'm the health visitor for Ayaan Miah, DOB 02/03/2045 (9 months), Mosaic ID 3312007. I'm writing this from my car outside the flat, 37 Cavell House, E1.

Mum, Fatema Begum, has just texted me: "he's back drunk from his work xmas do, he kicked the bathroom door in, me and Ayaan are in the bathroom, please don't ring me he will hear". When I arrived for the 4.30 visit I could hear shouting and something smash and nobody answered the door.

Dad (Shahed Miah) has a previous police warning for pushing mum when she was pregnant. I'm staying outside. Mum's phone: 07700 900271.

Shirin Akhter
Health Visitor, Tower Hamlets 0-19 Service
Sent from my phone
""")
    top = plain_top(f, addr("Shirin Akhter", "shirin.akhter@nhs.net"), TMAST,
                    "Ayaan Miah - mum texting me from locked bathroom", when, "nhs.net", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2, "urgent", "other", True, None, ["3312007"],
        [ch("Ayaan Miah", "2045-03-02", "02/03/2045")], ["domestic_abuse", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "Safety rule 1: a health visitor outside the flat while a drunk father has kicked in the door of the bathroom where "
        "mum and a 9-month-old are hiding - happening now, in office hours -> MAST duty.")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2045-11-16 10:31:00"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support for the Hossain family (Mosaic ID 3287745). My manager, Rukhsana Begum (Early Help Team Manager), has read it and agreed that we step up.

Children: Nabila Hossain, 08/09/2035, and Rayhan Hossain, 23/12/2041.

Since October the family have borrowed from a doorstep lender "for Christmas", the gas has been cut off, the children are going to school without breakfast and Rayhan has had no winter coat. Mum has stopped answering the door to the Family Hub.

Many thanks,
Delwar Uddin
Early Help Practitioner, Tower Hamlets Early Help
""")
    marf = pdf_att("MARF - Hossain family.pdf", "Multi-Agency Request for Support form", [
        "Children: Nabila Hossain (08/09/2035), Rayhan Hossain (23/12/2041). Mosaic ID 3287745.",
        "Reason for request: neglect of basic needs; debt; no heating; non-engagement with the Family Hub.",
        "Manager agreement: Rukhsana Begum, Early Help Team Manager, 15/11/2045."])
    top = outlook_top(f, addr("Delwar Uddin", "delwar.uddin@towerhamlets.gov.uk"), TMAST,
                      "Step up - Request for Support - Hossain", when)
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 9, "ordinary", "step_up", False, None,
        ["3287745"], [ch("Nabila Hossain", "2035-09-08", "08/09/2035"), ch("Rayhan Hossain", "2041-12-23", "23/12/2041")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: Multi-Agency Request for Support form attached and the manager's agreement "
        "stated -> book_meeting.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2045-12-13 14:22:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Hello Early Help Hub,</p>
<p>The Child and Family Assessment for the Oyelaran family concluded on <b>8 December 2045</b> with a recommendation to step down to a TAF. Mosaic 3298861.</p>
<table border="1" cellpadding="4">
<tr><td>Child</td><td>Tolu Oyelaran</td><td>DOB 11/11/2033</td></tr>
<tr><td>Child</td><td>Femi Oyelaran</td><td>DOB 30/01/2043</td></tr>
<tr><td>Lead Practitioner</td><td colspan="2">Kwame Asante-Fox, Family Support Worker, Bethnal Green Family Hub (kwame.asante-fox@towerhamlets.gov.uk)</td></tr>
<tr><td>Consent</td><td colspan="2">Mrs Oyelaran has given consent to the step down and the TAF plan</td></tr>
<tr><td>TAF meeting</td><td colspan="2">Wednesday 3 January 2046, 10:00, Bethnal Green Family Hub (I will chair)</td></tr>
</table>
<p>I know the TAF falls after the bank holidays - it is still inside the 10 working days. The assessment and the draft TAF plan are attached.</p>
<p>The main need is Tolu's caring role: he looks after Femi while mum works nights.</p>
<p>Thanks,<br>Marisol Pérez-Quinn<br>Social Worker, Children's Social Care, Tower Hamlets</p>
</body></html>
""")
    ass = pdf_att("C&F Assessment - Oyelaran.pdf", "Child and Family Assessment - Oyelaran", [
        "Concluded 08/12/2045. Outcome: step down to a Team Around the Family.",
        "Tolu (12) is a young carer for his brother Femi."])
    plan = docx_att("TAF plan draft - Oyelaran.docx", ["# TAF plan (draft)", "Lead Practitioner: Kwame Asante-Fox",
                    "Young carers service referral; holiday club for Femi; mum's shift pattern review."])
    top = outlook_top(f, addr("Marisol Pérez-Quinn", "marisol.perez-quinn@towerhamlets.gov.uk"), TEH,
                      "Step down - Oyelaran - TAF 3 Jan", when)
    add(f, html_only(f, top, h, [ass, plan]), "tower_hamlets", "early_help_duty", when, 5, "ordinary", "step_down",
        False, None, ["3298861"],
        [ch("Tolu Oyelaran", "2033-11-11", "11/11/2033"), ch("Femi Oyelaran", "2043-01-30", "30/01/2043")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (HTML-only table): assessment, draft TAF plan, consent and a named lead "
        "practitioner with agency -> book_meeting; TAF set after the Christmas bank holidays.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2045-12-12 11:40:00"
    body = T("""
Hi MAST,

I'd like to step up the Bibi family (Mosaic ID 3276120): Zara Bibi (DOB 14/04/2036) and Ilyas Bibi (DOB 02/09/2038). Attendance is 61% and 58% this term and mum has missed the last four TAF meetings and stopped replying to texts. My manager Nadim Rahman agreed this morning that we step up.

I haven't done the Request for Support form yet - I'll do it after the holidays if that's OK.

On Christmas: contact with dad is on Boxing Day. As a contingency only, IF dad were to turn up drunk, mum knows not to hand the children over and to ring 999. This is a plan, not something that has happened - dad has been sober for over a year and contact has gone well all autumn.

Thanks
Hasina Khatun
Early Help Practitioner
""")
    top = outlook_top(f, addr("Hasina Khatun", "hasina.khatun@towerhamlets.gov.uk"), TMAST,
                      "step up - Bibi", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 6, "near_miss", "step_up", False, None,
        ["3276120"], [ch("Zara Bibi", "2036-04-14", "14/04/2036"), ch("Ilyas Bibi", "2038-09-02", "02/09/2038")],
        ["non_engagement", "school_attendance"], None, True, ["request_for_support"], None, "request_info",
        "Near miss: the drunk father at Boxing Day contact is a hypothetical contingency ('IF ... not something that has "
        "happened'); MAST step-up with manager agreement but no Request for Support form -> request_info.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2045-12-27 10:22:00"
    body = T("""
Hello,

Sorry for my English. About Rahim family, the step down from before (reference in subject).

Mrs Rahim message me this morning at 9.50 from the children tablet. Her ex husband Mr Karim Rahim is in the flat since last night, he have court order he cannot come. He drink all night, he shout, he took her phone and her keys. She write: "please help he say nobody leave this flat until new year". The children Sami Rahim (8 years) and Noor Rahim (5 years) are in the flat with them.

I am Family Hub worker, I am not allowed to go alone. Address is Flat 9, Bromley Hall Road E14. Please somebody call me 07700 900388.

Nguyen Thi Lan
Family Support Worker, Poplar Family Hub
""")
    top = gmail_top(f, addr("Nguyen Thi Lan", "nguyen.thilan@towerhamlets.gov.uk"), TEH,
                    "Re: [SB-tower_hamlets-5120] Step down - Rahim", when,
                    extra=[("In-Reply-To", "<SB-tower_hamlets-5120@stepbot.towerhamlets.gov.uk>")])
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3, "urgent", "follow_up", True, None, [],
        [ch("Sami Rahim"), ch("Noor Rahim")], ["domestic_abuse", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "Safety rule 1: on a reply to [SB-tower_hamlets-5120], non-native English: an ex-partner barred by a court order "
        "has held mother and two children in the flat since last night, drinking, phone and keys taken -> urgent now.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2045-12-01 13:20:00"
    body = T("""
Dear Early Help team,

You are warmly invited to our Year 5 and 6 Christmas pantomime, "Hansel and Gretel: A Bow Christmas", on Wednesday 13 December at 2pm, followed by mince pies and our Christmas fair.

The plot, so you know what to expect: a woodcutter and his wife, with no money left for Christmas, leave Hansel and Gretel alone in Victoria Park. The children find a gingerbread flat where a wicked witch locks Hansel in a cage to fatten him up and makes Gretel do all the chores - until Gretel outwits her and the children find their way home by following the Christmas lights. Please note there is a (very silly) oven scene!

RSVP to the school office by Friday 8 December.

Best wishes,
Mrs Parveen Choudhury
School Business Manager, Old Ford Primary School
""")
    top = plain_top(f, addr("Old Ford Primary Office", "office@oldford.example.sch.uk"), TEH,
                    "Invitation - Christmas pantomime Weds 13 Dec", when, "oldford.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 30, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a pantomime plot (children abandoned, one locked in a cage) in a school's invitation - fiction, no real "
        "child -> other, human_review.", not_children=["Hansel", "Gretel"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2045-12-14 09:12:00"
    data = itip_reply(f, when, "Kwame Asante-Fox", "kwame.asante-fox@towerhamlets.gov.uk",
                      ("Early Help Hub", TEH), "ACCEPTED", "TAF meeting - Oyelaran family (Mosaic 3298861)",
                      "20460103T100000", "20460103T113000", "Bethnal Green Family Hub")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2, "ordinary", "meeting_reply", False, None, ["3298861"],
        [], [], None, None, [], None, "record_reply",
        "iTIP REPLY PARTSTAT=ACCEPTED from the lead practitioner for tower_hamlets_03's TAF meeting (3 Jan 2046) -> "
        "meeting_reply, record_reply; the Mosaic number in the SUMMARY is the case id.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2045-12-19 15:10:00"
    body = T("""
Hi Early Help,

Step down for Idris Sheikh (DOB 19 March 2038), Mosaic 3305512. Dad has consented to the step down. Lead Practitioner: Halima Chowdhury, Learning Mentor, Marner Primary School.

The TAF plan is attached. The C&F assessment is with my manager for sign-off; I'll send it once it's authorised.

For clarity, because the anonymous call on Saturday mentioned it: there are no concerns about alcohol, dad does not drink, there was no incident at the Christmas contact on Saturday and the children have not been left alone. I visited on Monday and the police log confirms nothing happened. The ongoing need is Idris's SEN support (EHCP assessment).

Thanks
Owen Pryce-Adebayo
Social Worker
""")
    plan = docx_att("TAF plan - Sheikh.docx", ["# TAF plan", "Lead Practitioner: Halima Chowdhury (Marner Primary)",
                    "EHCP assessment support; speech and language; parent support group."])
    top = outlook_top(f, addr("Owen Pryce-Adebayo", "owen.pryce-adebayo@towerhamlets.gov.uk"), TEH,
                      "Step down - Sheikh", when)
    add(f, mail(f, top, body, [plan]), "tower_hamlets", "early_help_duty", when, 4, "near_miss", "step_down", False,
        None, ["3305512"], [ch("Idris Sheikh", "2038-03-19", "19 March 2038")], ["disability_send"], True, None,
        ["assessment"], None, "request_info",
        "Near miss: drink, an incident at Christmas contact and children left alone are all negated ('no concerns', 'no "
        "incident', 'have not been left alone'); step-down without the C&F assessment -> missing assessment, request_info.")


# ============================================================================= TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2045-12-05 11:16:00"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a step down to level 3 for the Hext family, LCS-4410283.

Alfie Hext - DOB 02-01-2037
Poppy Hext - DOB 14-08-2042 (so under 5)

The Single Assessment is attached with my analysis and the rationale for step down. My TM, Tamsin Verity, has recorded her analysis confirming the threshold is met for level 3. Mum has given her consent for level 3 Early Help.

The original concern was neglect of the home and the children's basic care. Home conditions have improved a lot but money will be very tight over Christmas and the house was cold at my last visit.

Thanks,
Kerensa Trewin
Social Worker, Single Assessment Team, Torbay Council
""")
    ass = pdf_att("Single Assessment - Hext.pdf", "Single Assessment - Hext (LCS-4410283)", [
        "Analysis and rationale for step down to level 3 Early Help.",
        "Manager's analysis (Tamsin Verity, TM): threshold for level 3 intervention met. 04/12/2045."])
    top = outlook_top(f, addr("Kerensa Trewin", "kerensa.trewin@torbay.gov.uk"), BEH,
                      "Triage slot please - step down - Hext LCS-4410283", when)
    add(f, mail(f, top, body, [ass]), "torbay", "early_help_duty", when, 6, "ordinary", "step_down", False, 3,
        ["LCS-4410283"], [ch("Alfie Hext", "2037-01-02", "02-01-2037"), ch("Poppy Hext", "2042-08-14", "14-08-2042")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (assessment with TM analysis, consent) -> book_meeting (Poppy is under 5: under-5s "
        "triage); level 3 as stated.")

def torbay_02():
    f = "torbay_02.eml"; when = "2045-12-22 14:12:00"
    body = T("""
Dear MASH,

I'm the DSL at Paignton Coast Academy. We broke up for Christmas at 1.30 today.

Kelsey-Ann Prowse, Year 9, DOB 30/09/2031, showed her friend messages this lunchtime from a man saved as "Dee" who her friend thinks is in his twenties. The friend came to me after Kelsey-Ann had gone. The messages say the "Christmas party" is tonight at his flat in Preston, "we'll pick you up from the Co-op at 8", "wear something nice, there'll be vodka and the lads want to meet you", "tell your mum you're at Lily's". Kelsey-Ann has had a new iPhone and her nails done this month and says Dee paid.

Mum is not answering her phone. Kelsey-Ann is not answering either.

Sophie Tregaskis
Designated Safeguarding Lead, Paignton Coast Academy
01803 960 214
""")
    top = outlook_top(f, addr("Sophie Tregaskis", "s.tregaskis@paigntoncoast.example.sch.uk"), BMASH,
                      "Kelsey-Ann Prowse Y9 - party tonight", when, mid_domain="PR3P192MB0745.EURP192.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Kelsey-Ann Prowse", "2031-09-30", "30/09/2031")], ["exploitation"], None, None, [], None, "alert_duty",
        "Safety rule 1: a 14-year-old groomed with gifts is to be picked up tonight at 8 for a 'Christmas party' at an adult "
        "man's flat - immediate exploitation on the last day of term -> alert_duty.")

def torbay_03():
    f = "torbay_03.eml"; when = "2045-11-29 10:48:00"
    body = T("""
Hello MASH,

I'm the lead practitioner (Early Help, level 3) for the Ellacott family, EHM-812903, and I'm making a contact to MASH for a level 4 discussion. Jacob Ellacott (19/02/2037) and Ivy Ellacott (05/11/2040).

Current worries: the house is now in a very poor state, the children are often hungry, Jacob's attendance is 71% and Ivy has been sent home from nursery with head lice four times.

Background only: on Boxing Day last year (2044) mum's ex-partner assaulted her in front of the children. He was convicted, is serving a four-year sentence and there is a restraining order. There has been no contact since and this is not part of the current worries.

Mum has consented to this contact being made to MASH. My team manager, Silas Penrose, agrees that this needs considering for level 4.

Thank you,
Morwenna Hicks
Lead Practitioner, Torbay Early Help (Family Intervention)
07700 900714
""")
    top = outlook_top(f, addr("Morwenna Hicks", "morwenna.hicks@torbay.gov.uk"), BMASH,
                      "Contact to MASH - Ellacott - EHM-812903", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5, "near_miss", "step_up", False, None, ["EHM-812903"],
        [ch("Jacob Ellacott", "2037-02-19", "19/02/2037"), ch("Ivy Ellacott", "2040-11-05", "05/11/2040")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: last year's Boxing Day assault is historic (perpetrator in prison, restraining order, 'not part of the "
        "current worries'); Torbay step-up with consent and TM agreement -> book_meeting.")

def torbay_04():
    f = "torbay_04.eml"; when = "2045-12-14 12:05:00"
    body = T("""
Hi,

Triage request - step down, Riley Cornish (DOB 2039-06-08), LCS-4398877.

Single Assessment attached; my TM Ursula Kemp has added her analysis confirming level 3 threshold met.

However mum has said no to Early Help for now - she told me on Tuesday she "doesn't want anyone in the house over Christmas". I'll try again in the new year but wanted to get it in the system.

Ongoing need: mum's depression and Riley's worry about her.

Cheers,
Jago Polglase
Social Worker
""")
    ass = pdf_att("Single Assessment - Cornish.pdf", "Single Assessment - Riley Cornish", [
        "LCS-4398877. Rationale for step down. TM analysis (Ursula Kemp): level 3 threshold met, 13/12/2045."])
    top = outlook_top(f, addr("Jago Polglase", "jago.polglase@torbay.gov.uk"), BEH, "Step down triage - Cornish", when)
    add(f, mail(f, top, body, [ass]), "torbay", "early_help_duty", when, 4, "ordinary", "step_down", False, 3,
        ["LCS-4398877"], [ch("Riley Cornish", "2039-06-08", "2039-06-08")], ["parental_mental_health"], False, True,
        ["consent"], None, "request_info",
        "Torbay step-down with the assessment and TM analysis, but mum has said no to Early Help -> consent false, missing "
        "consent -> request_info.")

def torbay_05():
    f = "torbay_05.eml"; when = "2045-12-21 16:05:00"
    body = T("""
Hi MASH,

I'm asking for a level 4 discussion for Lewis Trethewey, DOB 17/01/2036, EHM-815520. I've spoken to my ATM, Rhiannon Tully, and she agrees this needs to come to you today.

I did a Christmas hamper drop this afternoon. Mum's father, Ray Trethewey, is staying at the house for Christmas - mum says until New Year. Ray is on the sex offenders register for offences against a child and his conditions say no unsupervised contact with children. Lewis told me, while mum was in the kitchen, "grandad sleeps in my room, he gets in my bed when it's cold". There is only one spare mattress and it's in Lewis's room.

I have not told mum I am contacting you. Ray's probation officer does not know he is staying there.

Becky Luscombe
Family Support Worker, Torbay Early Help
07700 900822
""")
    top = outlook_top(f, addr("Becky Luscombe", "becky.luscombe@torbay.gov.uk"), BMASH,
                      "Lewis Trethewey EHM-815520 - grandad staying", when, cc="rhiannon.tully@torbay.gov.uk")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3, "urgent", "step_up", True, None, ["EHM-815520"],
        [ch("Lewis Trethewey", "2036-01-17", "17/01/2036")], ["sexual_harm"], None, True, ["consent"], None,
        "alert_duty",
        "Safety rule 1: a registered sex offender relative staying for Christmas sleeps in a 9-year-old's room and 'gets in "
        "my bed' - tonight; Torbay step-up with ATM agreement, mum not told (consent null, missing) -> alert_duty.",
        not_children=["Ray Trethewey"])

def torbay_06():
    f = "torbay_06.eml"; when = "2045-12-15 09:41:00"
    data = itip_reply(f, when, "Kerensa Trewin", "kerensa.trewin@torbay.gov.uk",
                      ("Early Help business support", "earlyhelp.businesssupport@torbay.gov.uk"), "TENTATIVE",
                      "Under-5s triage - Hext LCS-4410283", "20460102T093000", "20460102T100000",
                      "Paignton Library meeting room 2",
                      comment="Might still be on leave on the 2nd - if so my colleague Jenna Pascoe will present the Hext case.")
    data = data.replace(b"\r\nSubject:", b"\r\nCc: " + BEH.encode() + b"\r\nSubject:", 1)
    add(f, data, "torbay", "early_help_duty", when, 2, "ordinary", "meeting_reply", False, None, ["LCS-4410283"],
        [], [], None, None, [], None, "record_reply",
        "iTIP REPLY PARTSTAT=TENTATIVE with a COMMENT about leave over New Year for torbay_01's under-5s triage -> "
        "record_reply.")

def torbay_07():
    f = "torbay_07.eml"; when = "2045-12-04 13:30:00"
    body = T("""
Hi,

A general question, not about any particular child. If a child discloses something to us on the last day of term (Friday 22nd) and we can't get through to you before you close, who do we ring over the closure, and what number do we give parents?

Last year we had a child tell a TA something at 3pm on the last day and it took us a while to find the out-of-hours number. That was all dealt with at the time and the family has since moved away - I just want our staff briefing on the 18th to be right.

Thanks
Dan Penhaligon
Deputy DSL, Torquay Hillside Primary
""")
    top = gmail_top(f, addr("Dan Penhaligon", "d.penhaligon@hillside.example.sch.uk"), BMASH,
                    "Query - who to contact over Christmas closure", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 10, "near_miss", "other", False, None, [], [], [], None,
        None, [], None, "human_review",
        "Near miss: a hypothetical question ('not about any particular child') and last year's disclosure already dealt "
        "with -> other, human_review.")

def torbay_08():
    f = "torbay_08.eml"; when = "2045-12-13 15:44:00"
    body = T("""
Hi,

Sorry - Single Assessment now attached. My TM signed it off yesterday (12/12). Everything else was in the original email.

Thanks
Gemma Rowe-Nankivell
Social Worker, Safeguarding and Supporting Families

On Mon, 11 Dec 2045 at 10:02, stepbot <stepbot@torbay.gov.uk> wrote:
> [SB-torbay-3318] Step-down received - LCS-4402216
> Missing: the Single Assessment with your analysis and rationale.
""")
    ass = pdf_att("Single Assessment - LCS-4402216.pdf", "Single Assessment", [
        "LCS-4402216. Analysis and rationale for step down to level 3. TM analysis 12/12/2045."])
    top = gmail_top(f, addr("Gemma Rowe-Nankivell", "gemma.rowe-nankivell@torbay.gov.uk"), BEH,
                    "Re: [SB-torbay-3318] Step-down received - LCS-4402216", when,
                    extra=[("In-Reply-To", "<SB-torbay-3318@stepbot.torbay.gov.uk>")])
    add(f, mail(f, top, body, [ass]), "torbay", "early_help_duty", when, 5, "ordinary", "follow_up", False, None,
        ["LCS-4402216"], [], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-torbay-3318] bringing the missing Single Assessment: follow_up -> attach_to_request.")


# ============================================================================= HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2045-11-28 10:42:00"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Elin Prosser (co-ordinator) last week, please find attached the Early Help Assessment step-down plan for the Price-Jones sibling group, with mum's signed consent form.

Mosaic: 1920331 / 1920332 / 1920333
 - Carys Price-Jones, DOB 03/04/2032
 - Dafydd Price-Jones, DOB 22/10/2034
 - Mali Price-Jones, DOB 09/12/2039

Key person: Mrs Gwenllian Morgan, Family Support Worker, Ross-on-Wye Family Hub - agreed with the family.

Carys has been caring for her siblings while mum recovers from surgery; attendance has dropped for Carys and Dafydd. The plan includes support through the Christmas holidays.

Kind regards,
Huw Bellamy-Okeke
Social Worker, Herefordshire Council
""")
    cons = pdf_att("Signed consent - Price-Jones.pdf", "Early Help consent form (signed)", [
        "I consent to my children Carys, Dafydd and Mali being supported by Early Help. Signed: A. Price, 24/11/2045."])
    plan = docx_att("EHA step-down plan - Price-Jones siblings.docx", [
        "# Early Help Assessment step-down plan", "Key person: Gwenllian Morgan, Ross-on-Wye Family Hub",
        "What needs to happen / by whom / outcome / timescale: young carers assessment; attendance plan; holiday club."])
    top = outlook_top(f, addr("Huw Bellamy-Okeke", "huw.bellamy-okeke@herefordshire.gov.uk"), HEH,
                      "Step down plan - Price-Jones sibling group", when)
    add(f, mail(f, top, body, [cons, plan], html_alt=True), "herefordshire", "early_help_duty", when, 7, "ordinary",
        "step_down", False, None, ["1920331", "1920332", "1920333"],
        [ch("Carys Price-Jones", "2032-04-03", "03/04/2032"), ch("Dafydd Price-Jones", "2034-10-22", "22/10/2034"),
         ch("Mali Price-Jones", "2039-12-09", "09/12/2039")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: signed consent form, EHA step-down plan, key person with agency "
        "-> book_meeting; level not stated so null.")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2045-12-11 09:55:00"
    body = T("""
Morning,

Step-down plan attached for Leo Watkins-Doyle (DOB 27.07.2041), Mosaic 1934478.

Mum has verbally agreed to Early Help; I'll get the consent form signed at my visit on Thursday 14th and send it on. We haven't agreed a key person yet - probably the school, I'm meeting the head on the 15th.

Thanks,
Priya Venkataraman
Social Worker (Leominster locality)
""")
    plan = docx_att("Step-down plan Watkins-Doyle.docx", ["# Early Help Assessment step-down plan",
                    "Needs: routines at home; mum's confidence with boundaries. Key person: TBC."])
    top = outlook_top(f, addr("Priya Venkataraman", "priya.venkataraman@herefordshire.gov.uk"), HEH,
                      "Step down - Watkins-Doyle", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 6, "ordinary", "step_down", False,
        None, ["1934478"], [ch("Leo Watkins-Doyle", "2041-07-27", "27.07.2041")], [], True, None,
        ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan only: mum's verbal agreement is consent as stated, but the written consent "
        "form is to follow and no key person is named -> missing consent_form, lead_practitioner -> request_info.")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2045-12-23 19:07:00"
    body = T("""
Please can someone help my sister. Jodie Whitlock, 4 Bargates Close Leominster. She rang me crying at 6.30 and said she will make sure none of us see Christmas. Her partner left last week. She sent me a photo of all her tablets lined up on the kitchen side and said sorry for everything

The kids are with her, Brody Whitlock he's 8 and Ella-Mai Whitlock she's 5

She won't answer now. I'm in Birmingham its over an hour. I found this email on the council site

Leanne Whitlock (her sister)
07700 900954
""")
    top = plain_top(f, addr("Leanne Whitlock", "leannewhitlock90@gmail.com"), HMASH, "my sister Jodie and her kids",
                    when, "mail.gmail.com", None)
    add(f, android_mail(f, top, body), "herefordshire", "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [ch("Brody Whitlock"), ch("Ella-Mai Whitlock")], ["parental_mental_health"], None, None, [], None,
        "alert_duty",
        "Safety rule 1, Saturday evening: a mother alone with an 8- and a 5-year-old said she 'will make sure none of us "
        "see Christmas' and sent a photo of her tablets -> out-of-hours alert.", not_children=["Jodie Whitlock"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2045-12-06 14:18:00"
    body = T("""
Dear co-ordinators,

Please find attached the step-down plan and signed consent form for Summer Lloyd (DOB 2034-02-14), Mosaic 1911820. The assessment decision to step down was made on 28 November; I discussed the plan with Rachel at the drop-in on Tuesday.

Key person: Rhian Bevan, School Nurse, Wye Valley NHS Trust.

For context: last Christmas (December 2044) Ms Lloyd told her GP she would "make sure none of us see Christmas". She was admitted to the Stonebow Unit that night, Summer stayed with her aunt, and Ms Lloyd has made a full recovery. She was discharged by the CMHT in June and has had no such thoughts since. The plan includes a relapse-prevention plan over the winter.

Regards,
Ffion Gittins
Social Worker
""")
    plan = docx_att("EHA step-down plan - Lloyd.docx", ["# Early Help Assessment step-down plan",
                    "Key person: Rhian Bevan, School Nurse", "Relapse-prevention plan for winter; school nurse check-ins."])
    cons = pdf_att("Consent form - Lloyd.pdf", "Consent to Early Help (signed)", ["Signed: K. Lloyd, 01/12/2045."])
    top = outlook_top(f, addr("Ffion Gittins", "ffion.gittins@herefordshire.gov.uk"), HEH,
                      "Step down - Summer Lloyd - Mosaic 1911820", when)
    add(f, mail(f, top, body, [plan, cons]), "herefordshire", "early_help_duty", when, 5, "near_miss", "step_down",
        False, None, ["1911820"], [ch("Summer Lloyd", "2034-02-14", "2034-02-14")], ["parental_mental_health"], True,
        None, [], None, "book_meeting",
        "Near miss: the same words as herefordshire_03, but said last Christmas, treated and resolved; complete "
        "Herefordshire step-down (plan, consent form, key person) -> book_meeting.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2045-12-27 11:52:00"
    body = T("""
Hello, I couldn't find another email for children's services so I'm sending this here.

I'm the health visitor for baby Harper Jenkins, DOB 20/11/2045 (5 weeks). I've just left the new birth follow-up visit at 12 Tupsley Road, Hereford.

There were six or seven adults in the house who had clearly been drinking since Boxing Day - cans, bottles, cannabis smell. Mum (Chelsea Jenkins) was asleep on the sofa and I could not wake her properly. Harper was in a Moses basket in the kitchen, soaked through, with a cold bottle of formula propped on a rolled towel. Dad (Kyle Pritchard) told me he's "going back out tonight" and that Harper will be fine "with whoever's here".

I am sitting in my car outside. My phone: 07700 900231.

Alys Prydderch
Health Visitor, Hereford City 0-19 team
""")
    top = plain_top(f, addr("Alys Prydderch", "alys.prydderch@nhs.net"), HEH, "baby Harper Jenkins - visit today",
                    when, "nhs.net", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3, "urgent", "other", True, None, [],
        [ch("Harper Jenkins", "2045-11-20", "20/11/2045")], ["neglect", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "Safety rule 1 (misdirected to the co-ordinators): a 5-week-old left with intoxicated adults, mother unrousable, "
        "father going out tonight - an immediate risk on a working day -> alert_duty.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2045-12-28 10:15:00"
    body = T("""
Dear MASH,

For your records only - nothing new. This is the school's written record of the disclosure Lily-Rose Hughes (Year 2) made on the last day of term, 22 December, about her uncle who was staying for Christmas.

It was handled that afternoon: MASH held a strategy discussion at 3pm, the uncle was arrested that evening and is on bail to an address in Worcester with a condition of no contact with children, and Lily-Rose and mum are staying with her nan. The ABE interview took place on the 23rd. The allocated social worker is Tom Garside.

The record is attached. No action needed from you.

Mrs Elaine Moseley
Designated Safeguarding Lead, Withington Primary
""")
    rec = docx_att("Disclosure record 22.12.45 - LRH.docx", ["# Record of disclosure",
                   "Handled 22/12: strategy discussion 15:00; police; child staying with grandmother."])
    top = outlook_top(f, addr("Elaine Moseley", "dsl@withington.example.sch.uk"), HMASH,
                      "For file - disclosure record 22/12 - Lily-Rose Hughes", when)
    add(f, mail(f, top, body, [rec]), "herefordshire", "mash_step_up", when, 8, "near_miss", "other", False, None, [],
        [ch("Lily-Rose Hughes")], ["sexual_harm"], None, None, [], None, "human_review",
        "Near miss: a disclosure about the uncle staying for Christmas already handled (strategy discussion, arrest, bail "
        "with no contact, child with nan) - 'for your records only' -> other, human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2045-12-22 17:02:00"
    body = T("""
Diolch / Thank you for your email.

The Early Help Co-ordinator team is closed from 5pm on Friday 22 December and reopens at 9am on Wednesday 27 December. I am back on Tuesday 2 January 2046. Step-down plans received over the closure will be processed in date order; the Tuesday drop-in resumes on 2 January.

Nadolig Llawen,
Siân Pritchard
Early Help Co-ordinator
""")
    data = ooo(f, when, "Siân Pritchard", "sian.pritchard@herefordshire.gov.uk", HEH,
               "[SB-herefordshire-1203] Step-down plan received - Watkins-Doyle", body)
    add(f, data, "herefordshire", "early_help_duty", when, 1, "ordinary", "auto_reply", False, None, [], [], [], None,
        None, [], None, "ignore",
        "Christmas out-of-office (Auto-Submitted: auto-replied) -> auto_reply, ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2045-12-12 11:20:00"
    body = T("""
Hi,

Signed consent form attached for this one - mum signed it at my visit yesterday. That should complete the request.

For the co-ordinator picking this up: you'll see on file that last Christmas (2044) dad drove off with the children after drinking at contact. Police stopped him on the A49 within the hour, he was convicted, and contact has only been supervised at the centre since. Nothing like that has happened this year.

Thanks
Sam Oyebode-Hart
Social Worker

> [SB-herefordshire-1187] Step-down plan received - Mosaic 1928804
> Missing: the family's written consent.
""")
    cons = pdf_att("Consent form signed - 1928804.pdf", "Consent to Early Help (signed)", ["Signed 11/12/2045."])
    top = outlook_top(f, addr("Sam Oyebode-Hart", "sam.oyebode-hart@herefordshire.gov.uk"), HEH,
                      "RE: [SB-herefordshire-1187] Step-down plan received - Mosaic 1928804", when,
                      reply_to_mid="<SB-herefordshire-1187@stepbot.herefordshire.gov.uk>")
    add(f, mail(f, top, body, [cons]), "herefordshire", "early_help_duty", when, 4, "near_miss", "follow_up", False,
        None, ["1928804"], [], [], True, None, [], None, "attach_to_request",
        "Near miss: the father who drove off drunk with the children is last year's, dealt with; a follow_up bringing the "
        "signed consent -> attach_to_request.")


# ============================================================================= self-checks
BANK_HOLIDAYS = {date(2045, 1, 2), date(2045, 4, 7), date(2045, 4, 10), date(2045, 5, 1), date(2045, 5, 29),
                 date(2045, 8, 28), date(2045, 12, 25), date(2045, 12, 26), date(2046, 1, 1)}
WIN_START, WIN_END, XMAS_END = date(2045, 9, 4), date(2045, 12, 22), date(2045, 12, 29)
BANNED = [r"urgent", r"immediate", r"emergency", r"\bat risk\b", r"risk of harm", r"danger", r"\basap\b"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
REQ = {  # REQUIREMENTS.md, per authority and kind (knowsley step_down by level)
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
    ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"},
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                              "gcp2", "engaging_families", "exploitation_assessment", "children"},
    ("knowsley", "step_down", 2): {"meeting_details", "worries_strengths_next", "lead_practitioner", "children"},
    ("knowsley", "step_down", 3): {"meeting_details", "worries_strengths_next", "consent", "children"},
}

def check_holidays():
    try:
        import holidays
    except ImportError:
        return "holidays package not importable: the hard-coded list was used (25, 26 Dec 2045; 1 Jan 2046)"
    got = set()
    for y in (2045, 2046):
        for d in holidays.country_holidays("GB", subdiv="ENG", years=[y]):
            got.add(d)
    want = {d for d in got if d.year == 2045 or d == date(2046, 1, 1)}
    assert want == BANK_HOLIDAYS, (sorted(want), sorted(BANK_HOLIDAYS))
    return "holidays package agrees with the hard-coded list"

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", data):
        out.append(re.sub(rb"\\(.)", rb"\1", m.group(1)).decode("cp1252"))
    return "\n".join(out)

def docx_text(data):
    import xml.etree.ElementTree as ET, zipfile, io
    z = zipfile.ZipFile(io.BytesIO(data))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def readable(msg):
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
            out.append(html_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ct == "text/calendar":
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise AssertionError("unreadable part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

def parse_dob(w):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(w, fmt).date()
        except ValueError:
            pass
    m = re.fullmatch(r"(\d+)(st|nd|rd|th) (\w+) (\d{4})", w)
    if m:
        return datetime.strptime("%s %s %s" % (m[1], m[3], m[4]), "%d %B %Y").date()
    raise AssertionError("unparsed DOB " + w)

def expected_action(e):
    if e["urgent"]:
        return "alert_duty"
    return {"auto_reply": "ignore", "meeting_reply": "record_reply", "follow_up": "attach_to_request",
            "other": "human_review"}.get(e["kind"]) or (
        "request_info" if (e["missing"] or e["notice_ok"] is False) else "book_meeting")

def selfcheck():
    errs = []
    def ok(c, m):
        if not c:
            errs.append(m)
    ok(len(FILES) == 40, "40 files")
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(f for f in FILES if f.startswith(a + "_"))
        ok(names == ["%s_%02d.eml" % (a, i) for i in range(1, 9)], "8 per authority: " + a)
    cnt = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    ok(cnt["urgent"] >= 11 and cnt["near_miss"] >= 11 and sum(cnt.values()) == 40, "category counts %s" % cnt)
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    for L in LABELS:
        f, e, M = L["file"], L["expect"], META[L["file"]]
        ok(list(e) == keys, f + " keys")
        ok(e["urgent"] == (CATS[f] == "urgent"), f + " urgent <-> category")
        ok(e["kind"] in KINDS, f + " kind")
        ok(e["next_action"] == expected_action(e), f + " next_action %s vs %s" % (e["next_action"], expected_action(e)))
        ok(set(e["concerns"]) <= CONCERNS and e["concerns"] == sorted(set(e["concerns"])), f + " concerns")
        ok(e["missing"] == sorted(set(e["missing"])), f + " missing sorted")
        ok(e["level"] is None or (e["kind"] == "step_down" and e["level"] in (2, 3)), f + " level")
        # requirements
        if e["kind"] in ("step_up", "step_down") and not (L["authority"] == "herefordshire" and e["kind"] == "step_up"):
            key = (L["authority"], e["kind"]) if not (L["authority"] == "knowsley" and e["kind"] == "step_down") \
                else ("knowsley", "step_down", e["level"] or 3)
            req = REQ[key]
            ok(set(e["missing"]) <= req, f + " missing outside matrix")
            for fact in ("consent", "manager_agreed"):
                if fact in req:
                    ok((fact in e["missing"]) == (e[fact] is not True), f + " " + fact + " <-> missing")
            if "case_id" in req:
                ok(("case_id" in e["missing"]) == (not e["case_ids"]), f + " case_id")
            ok(("children" in e["missing"]) == (not e["children"]), f + " children missing")
            if L["authority"] == "knowsley" and e["kind"] == "step_up":
                for c, d in (("neglect", "gcp2"), ("non_engagement", "engaging_families"),
                             ("exploitation", "exploitation_assessment")):
                    if d in e["missing"]:
                        ok(c in e["concerns"], f + " " + d + " without its concern")
        else:
            ok(e["missing"] == [], f + " missing must be [] for this kind")
        # notice
        now = datetime.fromisoformat(L["now"])
        if L["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down"):
            ok(M["meeting"] is not None, f + " knowsley meeting date")
            if M["meeting"]:
                ok(e["notice_ok"] == (working_days(now.astimezone(LON).date(), M["meeting"]) >= 5), f + " notice")
                ok(M["meeting"].weekday() < 5 and M["meeting"] not in BANK_HOLIDAYS, f + " meeting day")
        else:
            ok(e["notice_ok"] is None, f + " notice_ok null")
        # the message itself
        raw = FILES[f]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ok(not msg.defects, f + " defects %s" % msg.defects)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            ok(msg[h] is not None, f + " header " + h)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        ok(d.utcoffset() == d.astimezone(LON).utcoffset(), f + " Date offset")
        dl = d.astimezone(LON)
        ok(WIN_START <= dl.date() <= XMAS_END, f + " Date in window")
        ok(dl.date() <= WIN_END or "christmas" in readable(msg).lower() or dl.date() <= XMAS_END, f + " after term")
        ok(dl.date() not in BANK_HOLIDAYS, f + " sent on a bank holiday")
        night = dl.weekday() >= 5 or not (8 <= dl.hour < 18)
        if dl.weekday() >= 5:
            ok(CATS[f] == "urgent", f + " weekend mail must be about the night/weekend")
        ok(timedelta(0) < now - d <= timedelta(minutes=30) and now.utcoffset() == d.utcoffset(), f + " now")
        rcpt = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        ok(MAILBOXES[(L["authority"], L["mailbox"])].lower() in rcpt, f + " mailbox address in To/Cc")
        text = readable(msg)
        low = text.lower()
        ok(not re.search(r"\b20(4[7-9]|[5-9]\d)\b", text), f + " year after 2046")
        if CATS[f] == "urgent":
            for b in BANNED:
                ok(not re.search(b, low), f + " banned word in urgent mail: " + b)
        for c in M["children"]:
            ok(c["name"] in text, f + " child not in text: " + c["name"])
            if c["_w"]:
                ok(c["_w"] in text, f + " DOB as written not in text")
                dd = parse_dob(c["_w"])
                ok(dd.isoformat() == c["dob"], f + " DOB parse")
                age = (now.date() - dd).days / 365.25
                ok(0 <= age < 18, f + " child under 18")
        for n in M["not_children"]:
            ok(n in text, f + " not-child missing from text " + n)
            ok(all(n != c["name"] for c in M["children"]), f + " not-child labelled")
        for cid in e["case_ids"]:
            ok(cid in text, f + " case id not in text " + cid)
        if e["kind"] == "follow_up":
            ok(re.search(r"\[SB-%s-\d+\]" % L["authority"], str(msg["Subject"])), f + " follow-up ref")
        elif e["kind"] != "auto_reply":
            ok("[SB-" not in str(msg["Subject"]), f + " no ref on fresh mail")
        if e["kind"] == "auto_reply":
            ok(msg["Auto-Submitted"] is not None, f + " auto-submitted")
        else:
            ok(msg["Auto-Submitted"] is None, f + " human mail w/o Auto-Submitted")
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if e["kind"] == "meeting_reply":
            ok(len(cals) == 1 and b"METHOD:REPLY" in cals[0].get_payload(decode=True), f + " iTIP REPLY")
        else:
            ok(not any(b"METHOD:REPLY" in p.get_payload(decode=True) for p in cals), f + " stray REPLY")
    return errs, cnt

def main():
    for name, fn in sorted(globals().items()):
        if re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d", name):
            fn()
    hol = check_holidays()
    errs, cnt = selfcheck()
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    order = sorted(LABELS, key=lambda L: L["file"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(order, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({L["file"]: CATS[L["file"]] for L in order}, fh, indent=1); fh.write("\n")
    print("self-check OK:", len(FILES), "files, 8 per authority; every mail parses with no defects;",
          "no banned word in any urgent mail; labels consistent with categories and the requirement matrix")
    print(hol)
    print("categories:", cnt)
    for L in order:
        if L["authority"] == "knowsley" and META[L["file"]]["meeting"]:
            m = META[L["file"]]["meeting"]; t = datetime.fromisoformat(L["now"]).date()
            print("notice %s: %s -> %s = %d WD (%s)" % (L["file"], t, m, working_days(t, m), L["expect"]["notice_ok"]))
    for L in order:
        if CATS[L["file"]] == "urgent":
            print("URGENT %s: %s" % (L["file"], L["why"].split(" - ")[0][:150]))

if __name__ == "__main__":
    main()
