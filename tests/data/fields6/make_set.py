#!/usr/bin/env python3
"""fields6: blind held-out set (40 invented mails) for the FIELDS of stepbot's `parse` contract.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar
UIDs come from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and
python-docx are used only by the self-checks, to read back the hand-built PDFs and .docx files).
Helpers (MIME assembly, PDF, iCalendar, working-day counter, checks) are adapted from
/work/blind/risk9/make_set.py. Every label below was set by hand; the self-checks at the end only
verify them against the specification's rules and stop on error.
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc

# ----------------------------------------------------------------------------- helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

from zoneinfo import ZoneInfo
LON = ZoneInfo("Europe/London")

def dt(s):
    """Local (Europe/London) wall-clock time: GMT before 26 March 2028, BST from then on."""
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

def qp(text, charset, crlf=False):
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

def build(top, root, crlf):
    s = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n" + render(root)
    s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

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

def make_png(w=24, h=12, rgb=(200, 170, 150)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

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

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re): ", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, mid_domain or "EUR03PR01MB5123.eurprd03.prod.outlook.com")),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
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

DOB_WRITTEN = {}   # (name, iso dob) -> the DOB exactly as written in the mail (checked by the self-checks)

def ch(name, dob=None, written=None):
    """A labelled child. `written` is the DOB as the mail writes it; the self-check finds it in the
    readable text and parses it back to `dob`."""
    assert (dob is None) == (written is None), name
    if dob:
        DOB_WRITTEN[(name, dob)] = written
    return {"name": name, "dob": dob}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None):
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox,
                   "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": children, "concerns": concerns, "consent": consent,
                              "manager_agreed": manager_agreed, "missing": missing,
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting}

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

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html", crlf=crlf)], bnd(f, 2))
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

def ooo(f, when, frm_name, frm_email, to, subject, body, html_only=False):
    top = outlook_top(f, addr(frm_name, frm_email), to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    if html_only:
        root = text_part(html_of(body), "html", crlf=True)
    else:
        root = text_part(body, crlf=True)
    return build(top, root, True)

def quote(lines_from, sent, to, subject, text):
    """An Outlook-style quoted original under a reply."""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (lines_from, sent, to, subject, text))

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2028-03-20 09:41:12"
    body = T("""
Morning MASH,

Please find attached the step up paperwork for the Halliwell-Price family. The kids are Tegan (9) and
Mason (6). There's also Kieran who's 19 and still at home, but he's an adult so not part of this.

Step up TAF is booked for Weds w/c 27th at 10am on Teams - the invite is coming separately from my
calendar to the MASH inbox and business support.

Quick version as the form's a bit long: since Christmas school have been reporting both kids coming
in hungry and in the same clothes all week, Mason's head lice have never been treated, and on my
visit on the 9th there was no food in the house apart from a bag of sugar and dog mess on the landing.
Mum's drinking was looked at last year when a neighbour raised it and it was ruled out - nothing to
suggest that's an issue now.

I talked it through with Joanne in supervision on Friday and she's happy for it to go up.
Mum isn't keen on social care being involved - she's said she won't sign anything - but I've
explained why we're doing it.

Attached: the Appendix 1 form (scanned - sorry, the printer at Huyton names everything Scan_...),
the last TAF minutes and the GCP2.

Lauren

Lauren Tickle
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0552
""")
    form = pdf_att("Scan_0042.pdf", "FF STEP UP REQUEST TO CSC - APPENDIX 1", [
        "Family First 0-18 Service, Knowsley Council",
        "Child 1: Tegan Halliwell-Price   DOB: 1st March 2019   School: Longview Primary",
        "Child 2: Mason Halliwell-Price   DOB: 14.06.21   School: Longview Primary (Year 2)",
        "Other household members: mother; Kieran Halliwell-Price (adult brother, 19)",
        "",
        "WHAT ARE WE WORRIED ABOUT?",
        "Children arriving at school hungry and unkempt; untreated head lice; no food in the home on",
        "9 March; dog faeces upstairs. Six months of level 3 plan with no sustained change.",
        "WHAT IS WORKING WELL?",
        "Children attend school every day. Mum attends TAF meetings. Kieran helps with school runs.",
        "WHAT NEEDS TO HAPPEN?",
        "Step up to CSC for a Child and Family Assessment. Step-up TAF to be held on Teams.",
        "Case manager: Lauren Tickle    Team manager: Joanne Mercer"])
    taf = docx_att("doc1.docx", [
        "# Team Around the Family - review meeting minutes",
        "Date: 28/02/2028   Venue: Longview Primary   Chair: Lauren Tickle (Family First)",
        "Present: mum, Lauren Tickle, Mrs A Corless (DSL), school nurse.",
        "1. Review of plan: food parcels used, but the children still hungry at school most days.",
        "2. Home conditions: no improvement since the last review.",
        "3. Actions: Family First to discuss step up with TM; GCP2 completed 21/02/2028."])
    gcp = pdf_att("Graded Care Profile 2 - Halliwell-Price.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Completed 21/02/2028 by Lauren Tickle",
        "Area 1 Physical care: grade 4   Area 2 Care of safety: grade 3",
        "Area 3 Love and care: grade 2   Area 4 Stimulation and education: grade 3",
        "Overall: care consistently below the level needed - neglect."])
    top = outlook_top(f, addr("Tickle, Lauren", "Lauren.Tickle@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step up request EHM-77120", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, [form, taf, gcp]), "knowsley", "mash_step_up", when, 3, "ordinary",
        "step_up", False, None, ["EHM-77120"],
        [ch("Tegan Halliwell-Price", "2019-03-01", "1st March 2019"),
         ch("Mason Halliwell-Price", "2021-06-14", "14.06.21")],
        ["neglect"], False, True, [], True, "book_meeting",
        "Complete Knowsley step-up. Case id only in the Subject ('EHM-77120', prefix joined so kept). Children named "
        "in the body by first name and age only; full names and DOBs ('1st March 2019', '14.06.21') in the form "
        "'Scan_0042.pdf', whose content is the Appendix 1 step-up form (step_up_form met by content); 'doc1.docx' "
        "is the TAF minutes by content; GCP2 present as neglect needs it. Kieran (19) is an adult, not a child. "
        "Neglect in plain words; mum's drinking 'ruled out' so no substance_misuse. 'Joanne ... happy for it to go "
        "up' (supervision) = manager_agreed true; 'Mum isn't keen ... won't sign anything' = consent false "
        "(not a Knowsley step-up requirement). 'Weds w/c 27th at 10am' = Wed 29 Mar: 7 WD after Mon 20 Mar >= 5.",
        meeting=date(2028, 3, 29))

DOOLAN_ORIG = T("""
Hi,

Step up for the twins (Ruby and Rose, 7) - EHM ref 66231. Step up TAF is next Tuesday 18th April at
10am, Teams link to follow.

Dad has cancelled the last five planned visits, doesn't answer his phone or the door, and has
stopped the girls going to the after-school group we set up in January. Nothing has moved in six
months of the plan.

I've attached the step up form and the last TAF minutes, plus the toolkit.

My TM wants more info before agreeing - she's asked to see the last two sets of TAF minutes, so I'll
send her the older set today.

Sean

Sean Dempsey
Family First Case Manager | Knowsley Council
""")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2028-04-11 14:05:40"
    form = docx_att("Step up form Doolan.docx", [
        "# FF Step Up Request to CSC (Appendix 1)",
        "Children:"], [[
                        ["Name", "DOB", "School"],
                        ["Ruby Doolan", "02/09/2020", "St Aidan's Primary"],
                        ["Rose Doolan", "02/09/2020", "St Aidan's Primary"],
                        ["What are we worried about?", "Father not engaging: five visits cancelled, no contact, girls withdrawn from the after-school group.", ""],
                        ["What is working well?", "Girls attend school and are happy there.", ""],
                        ["What needs to happen?", "Step up to CSC; step-up TAF meeting.", ""]]])
    taf = docx_att("TAF minutes 28.03.28.docx", [
        "# TAF review minutes - Doolan", "28/03/2028, Knowsley Family Hub (Huyton)",
        "Dad did not attend (third TAF in a row). Plan actions not completed.",
        "Agreed: case manager to consider step up."])
    wrong = pdf_att("toolkit.pdf", "GRADED CARE PROFILE 2 (GCP2) - SUMMARY", [
        "Family: Doolan   Completed: 12/10/2027",
        "All areas graded 1-2: care meets the children's needs. No neglect identified."])
    top = outlook_top(f, addr("Dempsey, Sean", "Sean.Dempsey@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step Up - Doolan twins", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, DOOLAN_ORIG, [form, taf, wrong]), "knowsley", "mash_step_up", when, 2, "ordinary",
        "step_up", False, None, ["66231"],
        [ch("Ruby Doolan", "2020-09-02", "02/09/2020"), ch("Rose Doolan", "2020-09-02", "02/09/2020")],
        ["non_engagement"], None, None, ["engaging_families", "manager_agreed"], False, "request_info",
        "Knowsley step-up for non-engagement; twins named in the body by first names only, full names and the "
        "shared DOB in the form's table. 'EHM ref 66231' -> label dropped. The 'toolkit.pdf' is the wrong form "
        "(a GCP2 showing no neglect), so engaging_families is missing and neglect is not a concern. 'My TM wants "
        "more info before agreeing' = not yet agreed, not refused -> null, so manager_agreed missing. 'next "
        "Tuesday 18th April' from Tue 11 Apr across Good Friday 14 and Easter Monday 17 Apr = 3 WD (12, 13, 18) "
        "< 5 (a plain weekday count gives 5) -> notice not ok.",
        meeting=date(2028, 4, 18))

def knowsley_03():
    f = "knowsley_03.eml"; when = "2028-03-08 11:20:05"
    body = T("""
Hi Family First,

L2 step down for Callum Beattie-Rowe, 01.03.19, stepping down to school.

Final CIN is Thursday week (16th) at 2pm, Kirkby Family Hub, room 2. Sian will be there.

Worries
Callum's autism assessment is still outstanding and his behaviour at home escalates whenever his
routine changes; mum gets overwhelmed at those times.

Going well
Mum has come to every CIN meeting, uses the visual timetable, and Callum's attendance is 98%.

Next steps
School SENCO to lead the L2 plan, chase the neurodevelopmental pathway, and put the EHCP needs
assessment request in by Easter.

Lead Practitioner: Sian Okafor, SENCO, Park View Primary School.
Mum is happy for school to take over as LP.

For info - mum had postnatal depression after Callum was born but that was 2019/20, she has been well
since and there are no current concerns there. She's expecting again (EDD 30/05/2028).

Thanks
Priya

Priya Lomax | Social Worker | CIN Team 1 | Knowsley Council
""")
    top = outlook_top(f, addr("Lomax, Priya", "Priya.Lomax@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Callum - ICS no. 4471902", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6, "ordinary",
        "step_down", False, 2, ["4471902"], [ch("Callum Beattie-Rowe", "2019-03-01", "01.03.19")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "Knowsley Level 2 step-down ('L2'). Case id only in the Subject, 'ICS no. 4471902' -> label dropped. "
        "DOB '01.03.19' (two-digit year). Signs of Safety headings paraphrased ('Worries' / 'Going well' / "
        "'Next steps'), all answered; Lead Practitioner named with agency (school). 'Thursday week (16th) at 2pm' "
        "from Wed 8 Mar = Thu 16 Mar: 6 WD >= 5. Historic postnatal depression (2019/20, 'no current concerns') "
        "is not labelled; the unborn baby (EDD) is not a child. 'Mum is happy for school to take over' = consent "
        "true (not required at L2).",
        meeting=date(2028, 3, 16))

def knowsley_04():
    f = "knowsley_04.eml"; when = "2028-04-13 11:02:19"
    body = T("""
Hi,

Attached is the Engaging Families toolkit - sorry, I attached the wrong PDF on Tuesday (that was the
GCP2 from last October).

Correction as well: the DOB for Ruby Doolan and Rose Doolan on the form was wrong. It should be
12/09/2020 for both girls, not the 2nd.

Kath has now read both sets of minutes and she's OK with the step up going ahead as long as the
toolkit goes over with it - which it now has.

Sean
""") + quote("Dempsey, Sean <Sean.Dempsey@knowsley.gov.uk>", "11 April 2028 14:05", "Knowsley MASH",
             "Step Up - Doolan twins", DOOLAN_ORIG)
    tk = pdf_att("Engaging Families Toolkit - Doolan.pdf", "ENGAGING FAMILIES TOOLKIT", [
        "Family: Doolan   Completed by: Sean Dempsey, 12/04/2028",
        "Engagement score: 2/10 (disguised compliance, avoidance of home visits).",
        "What it tells us: father is not engaging with the level 3 plan despite five approaches."])
    top = outlook_top(f, addr("Dempsey, Sean", "Sean.Dempsey@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "RE: [SB-KNO-0041] Step Up - Doolan twins", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, [tk]), "knowsley", "mash_step_up", when, 4, "ordinary",
        "follow_up", False, None, ["66231"],
        [ch("Ruby Doolan", "2020-09-12", "12/09/2020"), ch("Rose Doolan", "2020-09-12", "12/09/2020")],
        ["non_engagement"], None, True, [], None, "attach_to_request",
        "Follow-up with the stepbot reference supplying the Engaging Families toolkit and CORRECTING the twins' "
        "DOB (02/09 -> 12/09/2020; the correction wins over the quoted form data). 'Kath ... OK with the step up "
        "going ahead as long as the toolkit goes over with it - which it now has' = conditional manager agreement "
        "whose condition is met -> true. Case id and non-engagement from the quoted original. follow_up: "
        "missing [] and no notice.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2028-04-19 15:30:44"
    body = T("""
Afternoon,

Step down to level three for Harvey Lunt (11) and his sister Maisie Lunt (4), ICS-2290114.
Their brother Connor Lunt is 18 and lives with them but is not part of the step down.

Joint home visit: Wednesday w/c 24th April at 10am at the family home, 14 Cherryfield Drive, Kirkby.

What are we worried about? Harvey's attendance is 78% and he is late most days; dad's partner Stacey
is using cannabis most evenings in the house and the children have described the smell.
What's working well? Dad has kept every appointment since January, Maisie is thriving at nursery,
Harvey has a good relationship with his form tutor.
What needs to happen? Attendance plan with school; Stacey to take up the offer from Change Grow Live;
Family First to support dad with routines.

Domestic abuse between dad and Maisie's mum was looked at in the C&F assessment and ruled out.

Consent - dad said no to early help when I raised it at the last CIN review; he says they've "had
enough of services". I will keep trying before the visit.

Mark Sefton
Social Worker, CIN Team 3, Knowsley Council
""")
    top = outlook_top(f, addr("Sefton, Mark", "Mark.Sefton@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF), "Step down - Lunt", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5, "ordinary",
        "step_down", False, 3, ["ICS-2290114"],
        [ch("Harvey Lunt"), ch("Maisie Lunt")],
        ["school_attendance", "substance_misuse"], False, None, ["consent"], True, "request_info",
        "Knowsley step-down, level written as 'level three'. Children with ages only (dob null); Connor (18) is "
        "an adult. 'ICS-2290114' prefix joined, kept. Concerns: attendance and the PARTNER's cannabis use in the "
        "home (substance_misuse); domestic abuse 'ruled out' is not labelled. 'dad said no to early help' = "
        "consent false (still current) -> consent missing at level 3. 'Wednesday w/c 24th April at 10am' = Wed "
        "26 Apr: from Wed 19 Apr exactly 5 WD (20, 21, 24, 25, 26) -> ok.",
        meeting=date(2028, 4, 26))

def knowsley_06():
    f = "knowsley_06.eml"; when = "2028-03-21 08:52:30"
    data = itip_reply(f, when, "Angela Corless", "a.corless@longview-primary.example.org",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF - Halliwell-Price (EHM-77120)", "20280329T100000", "20280329T113000",
                      "Microsoft Teams Meeting")
    add(f, data, "knowsley", "mash_step_up", when, 2, "ordinary",
        "meeting_reply", False, None, ["EHM-77120"], [], [], None, None, [], None, "record_reply",
        "iTIP REPLY (PARTSTAT=ACCEPTED) from the school DSL to the step-up TAF invitation the MASH inbox sent; "
        "the case id in the Subject/SUMMARY is the only field. No child is named in full.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2028-03-13 12:15:51"
    body = T("""
Dear MASH,

For information only - no action needed from you, and this is not a referral.

Amelia-Grace O'Rourke (Y3, DOB 11/11/2019) told her TA this morning "daddy hit me". I spoke to her
straight away with her class teacher. She was describing her dad hitting a tennis ball that caught
her arm in the garden on Saturday. There are no marks, she was laughing about it, and mum confirmed
the same story at drop-off without being prompted. We are satisfied it was an accident.

Logged on CPOMS. Her Family First worker is copied for information.

Kind regards
Mrs Joanna Fairclough
Designated Safeguarding Lead, Westvale Primary School
""")
    top = plain_top(f, addr("Joanna Fairclough", "dsl@westvale-primary.example.org"), addr("Knowsley MASH", KMASH),
                    "FYI - Amelia-Grace O'Rourke - comment in class", when, "westvale-primary.example.org",
                    None, cc=addr("Family First", "Kelly.Rimmer@knowsley.gov.uk"))
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 7, "near_miss",
        "other", False, None, [], [ch("Amelia-Grace O'Rourke", "2019-11-11", "11/11/2019")], [], None, None, [],
        None, "human_review",
        "Near miss: a child's words 'daddy hit me' that the DSL explored and ruled out the same morning (a tennis "
        "ball in the garden, no marks, mum's account matches). Not a step request -> other. No concern is "
        "labelled because the only worry was ruled out.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2028-04-13 16:31:07"
    body = T("""
Thank you for your email. I am on annual leave, returning on Tuesday 18 April after the Easter bank
holiday. For urgent safeguarding matters please contact the MASH on 0151 496 0417. For Family First
duty queries please email the Family First 0-18 duty mailbox.

Lauren Tickle
Family First Case Manager (Level 3)
""")
    data = ooo(f, when, "Tickle, Lauren", "Lauren.Tickle@knowsley.gov.uk", addr("Knowsley MASH", KMASH),
               "TAF minutes for typing", body)
    add(f, data, "knowsley", "mash_step_up", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) -> ignore; its 'urgent safeguarding' line is boilerplate.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2028-03-07 10:05:33"
    body = T("""
Dear colleagues,

Please accept this step up for Leon Asante-Walker (13) and his sister Grace Asante-Walker (8, DOB
March 2019 - approximate, no birth certificate seen yet; the family arrived from Accra in 2023).
Mosaic: 2280471.

Latest case summary attached (doc1.docx).

Rationale for step up
Leon has been reported missing three times since 14 February, each time found in Croydon after
midnight with older males. He has new trainers and a second phone he won't explain. Mum's new partner
has smashed the TV and the bedroom door during arguments in front of Grace, and Grace has told school
she hides in the wardrobe when they shout. Mum has not taken up the domestic abuse support offered.
We have done what we can at level 3.

I have reviewed the file and I agree this should step up. I haven't discussed the step up itself with
mum yet - Kasia will do that at Thursday's visit.

Bernadette Osei
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
""")
    cs = docx_att("doc1.docx", [
        "# Case Summary", "Family: Asante-Walker   Lead worker: Kasia Nowicka (Early Help)",
        "Open to Early Help since September 2027 (level 3) for school attendance and parenting support.",
        "January 2028: first missing episode; return interview declined.",
        "February 2028: two further missing episodes; police intelligence of association with older males.",
        "Home: mum, her partner (since autumn 2027), Leon and Grace."])
    top = outlook_top(f, addr("Osei, Bernadette", "Bernadette.Osei@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Asante-Walker", when)
    add(f, mail(f, top, body, [cs], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["2280471"], [ch("Leon Asante-Walker"), ch("Grace Asante-Walker")],
        ["domestic_abuse", "exploitation", "missing"], None, True, [], None, "book_meeting",
        "Complete R&W step-up from the EH team manager: case summary as 'doc1.docx' (content heading 'Case "
        "Summary'), rationale pasted under its own heading. 'Mosaic: 2280471' -> label dropped. Grace's 'DOB "
        "March 2019 - approximate' is not a date -> dob null. Concerns in plain words: missing episodes, older "
        "males/unexplained phone (exploitation), partner smashing things in front of Grace (domestic_abuse). "
        "'I agree this should step up' from the TM = manager_agreed true; 'haven't discussed ... with mum yet' = "
        "consent null.")

OSCAR_ORIG = T("""
Hi Jasper / EH duty,

Following our call this afternoon, confirming the case discussion for Tuesday 14th at 11am on Teams.

Oscar Nwachukwu-Bell, DOB 7th November 2015. Mosaic 1930277.

Draft EH plan attached. Dad (sole carer) has consented to Early Help carrying on with the plan, as
long as visits are after 3.30 because of his shifts.

Current worries: Oscar's teeth (six extractions waiting), missed dentist and optician appointments,
and he's often in school without a coat or lunch.

Case summary to follow once my TM has signed it off.

Tom Hadley
Social Worker, Assessment & Intervention, Richmond
""")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2028-03-09 16:10:27"
    plan = ["# Draft Early Help Plan - Oscar Nwachukwu-Bell",
            "Outcome 1: dental treatment completed (dad, by June).",
            "Outcome 2: Oscar attends with coat and packed lunch every day (school / Early Help).",
            "Outcome 3: health appointments kept - shared calendar (Early Help worker)."]
    top = outlook_top(f, addr("Hadley, Tom", "Tom.Hadley@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Oscar N-B - Mosaic 1930277", when)
    add(f, mail(f, top, OSCAR_ORIG, [docx_att("EH plan draft.docx", plan), docx_att("EH plan draft.docx", plan)]),
        "richmond_wandsworth", "early_help_duty", when, 3, "ordinary",
        "step_down", False, None, ["1930277"], [ch("Oscar Nwachukwu-Bell", "2015-11-07", "7th November 2015")],
        ["neglect"], True, None, ["case_summary"], None, "request_info",
        "R&W step-down; the same draft plan is attached TWICE and the case summary is only 'to follow' -> "
        "case_summary missing. 'Dad ... has consented ..., as long as visits are after 3.30' = consent given "
        "with a practical condition -> true. DOB '7th November 2015'. Neglect in plain words (untreated teeth, "
        "missed health appointments, no coat/lunch). No notice rule for R&W.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2028-03-13 09:12:48"
    body = T("""
Morning,

Case summary now attached (scanned from the signed copy, sorry about the file name).

Unfortunately dad rang me first thing and has withdrawn his agreement - he says he doesn't want
"anyone else coming round". I'll try again at Thursday's visit, but for now please treat it as no
consent. Happy to keep tomorrow's case discussion if Jasper still thinks it's useful.

Tom
""") + quote("Hadley, Tom <Tom.Hadley@%s>" % RDOM, "09 March 2028 16:10", "Early Help Duty",
             "Step down - Oscar N-B - Mosaic 1930277", OSCAR_ORIG)
    cs = pdf_att("IMG_20280313_0001.pdf", "CASE SUMMARY", [
        "Child: Oscar Nwachukwu-Bell   DOB: 07/11/2015   Mosaic 1930277",
        "Child and Family Assessment completed 20/02/2028: needs met at Early Help level.",
        "Signed off: A. Marsh, Team Manager, 10/03/2028"])
    top = outlook_top(f, addr("Hadley, Tom", "Tom.Hadley@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-RAW-0017] Step down - Oscar N-B - Mosaic 1930277", when)
    add(f, mail(f, top, body, [cs]), "richmond_wandsworth", "early_help_duty", when, 2, "ordinary",
        "follow_up", False, None, ["1930277"], [ch("Oscar Nwachukwu-Bell", "2015-11-07", "7th November 2015")],
        ["neglect"], False, None, [], None, "attach_to_request",
        "Follow-up supplying the case summary (uninformative name 'IMG_20280313_0001.pdf') and WITHDRAWING "
        "consent: 'dad ... has withdrawn his agreement ... treat it as no consent' -> consent false, overriding "
        "the quoted original's consent. Child, DOB, id and neglect from the quoted original / PDF.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2028-03-22 14:40:02"
    body = T("""
Dear EH Duty,

As agreed with Jasper on the phone this morning, case discussion on Monday 27th at 2pm (Teams).

Amira Haddad (DOB 30/06/2017) and her brother Younes Haddad (6).

Case summary
In August 2026 Amira, then 9, was found at home alone with Younes overnight and both children were
taken into police protection. A strategy discussion was held and both were on child protection plans
until June 2027. That is all historic: the plans ended, mum completed the parenting programme and
there have been no safeguarding concerns for nine months. The CIN plan has now met its aims.
Today the worries are mum's depression, which her GP is managing (she is on the waiting list for
talking therapy), and Younes's attendance, which is 88%.

The draft plan is attached (EH plan v2). Mum signed the consent section of it on Monday, and Amira
said she wants to keep seeing Jo from the hub.

Ngozi Fashola
Senior Social Worker, Children in Need, Wandsworth
""")
    plan = docx_att("EH plan v2.docx", [
        "# Draft Early Help Plan - Haddad", "1. Mum to attend talking therapy when offered; GP reviews monthly.",
        "2. Younes's attendance to 95% by July - school attendance officer and Jo (Family Hub).",
        "3. Amira: after-school club continues.",
        "Consent: I agree to Early Help continuing this plan. Signed: H. Haddad, 20/03/2028"])
    top = outlook_top(f, addr("Fashola, Ngozi", "Ngozi.Fashola@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Haddad", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8, "near_miss",
        "step_down", False, None, [], [ch("Amira Haddad", "2017-06-30", "30/06/2017"), ch("Younes Haddad")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: 'found at home alone overnight', 'police protection', 'strategy discussion' are all 2026-27 "
        "and concluded ('all historic', 'no safeguarding concerns for nine months') -> not urgent and no neglect "
        "label. Complete R&W step-down: case summary pasted under its own heading, draft plan attached, consent "
        "signed on the plan. No case id written. Younes has an age only.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2028-03-24 11:48:19"
    body = T("""
UPDATE 11.45 - PLEASE READ FIRST

Mum has just rung Kasia from the bathroom: her ex, Marek, has turned up at the house and is shouting
that he will take the kids, and he has a knife. Daisy and Filip are in the house with her now. Kasia
told her to ring 999 and we are calling the police as well, but please get MASH duty onto this now.

The step up I was about to send is below.

----
Daisy Kowalczyk (03/05/2017) and Filip Kowalczyk (30.11.20). Mosaic ID 2419930.

Rationale for step up: Marek has been subject to a non-molestation order since January and has
breached it twice; mum has let him back in once. The IDVA has assessed the risk as high.
Case summary attached.

I agree the step up.

Bernadette Osei
Early Help Team Manager (Wandsworth North)
""")
    cs = docx_att("Case summary Kowalczyk.docx", [
        "# Case Summary - Kowalczyk", "Early Help since November 2027 after a police DA notification.",
        "Non-molestation order granted 11/01/2028. Breaches reported 02/02/2028 and 29/02/2028."])
    top = outlook_top(f, addr("Osei, Bernadette", "Bernadette.Osei@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kowalczyk - URGENT update at top", when, extra=[("Importance", "high")])
    add(f, mail(f, top, body, [cs]), "richmond_wandsworth", "mash_step_up", when, 2, "urgent",
        "step_up", True, None, ["2419930"],
        [ch("Daisy Kowalczyk", "2017-05-03", "03/05/2017"), ch("Filip Kowalczyk", "2020-11-30", "30.11.20")],
        ["domestic_abuse"], None, True, [], None, "alert_duty",
        "URGENT: the DA perpetrator is at the house now with a knife threatening to take the children, who are "
        "inside (safety rule 1). The step-up itself is complete (rationale pasted, case summary attached, TM "
        "'I agree the step up'), but alert_duty comes first. Mixed DOB formats '03/05/2017' and '30.11.20'. "
        "'Mosaic ID 2419930' -> label dropped.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2028-03-28 10:03:55"
    data = itip_reply(f, when, "Rachel Tomlin", "r.tomlin@granard-primary.example.org",
                      ("Early Help Duty", RED), "DECLINED", "Step down case discussion - Haddad",
                      "20280327T140000", "20280327T150000", "Microsoft Teams Meeting",
                      comment="Sorry, I teach all Monday afternoon. I can do Tuesday 9.30 if that helps.")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 3, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "iTIP REPLY, PARTSTAT=DECLINED, with a comment offering another time -> record_reply.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2028-04-06 13:20:40"
    body = T("""
Hello,

I'm the health visitor for Chloe Dunn (19), who is 24 weeks pregnant, EDD 2nd July 2028. She lives
with her mum and her younger brother Tyler Dunn (15).

I'm writing about Tyler really. Chloe has panic attacks, and on those days Tyler does the shopping,
gets her to her appointments and stays home with her. School tell me he has missed 14 days since
January. He's a lovely lad and very protective of her, but it's a lot for a 15-year-old.

Is there anything Early Help can offer Tyler as a young carer? This isn't a referral for Chloe or the
baby - I'm just after advice on where to point the family.

Thanks
Marisa Quayle
Health Visitor, Richmond 0-19 Service
""")
    top = plain_top(f, addr("Quayle, Marisa", "marisa.quayle@nhs-richmond.example.org"), addr("Early Help Duty", RED),
                    "Advice please - young carer", when, "nhs-richmond.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 9, "ordinary",
        "other", False, None, [], [ch("Tyler Dunn")], ["school_attendance", "young_carer"], None, None, [], None,
        "human_review",
        "Advice request from a health visitor -> other. The only child is Tyler Dunn (15, age only). Chloe Dunn "
        "(19) is his adult SISTER and the mother-to-be, not a child; the unborn baby (EDD 2nd July 2028) is not "
        "listed. Young carer and missed school in plain words.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2028-04-20 17:45:12"
    body = T("""
I'm out of the office until Monday 24 April with limited access to email.

If your message is about a child at risk of significant harm please call the MASH on 020 7946 0321
(out of hours 020 7946 0999). Otherwise I will reply when I'm back.

DC Helen Marsh
Police MASH Officer
""")
    data = ooo(f, when, "Marsh, Helen (DC)", "helen.marsh@met-police.example.org", addr("MASH Step Up", RSU),
               "Step up - Asante-Walker - police checks", body, html_only=True)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "HTML-only out-of-office (Auto-Submitted: auto-replied) -> ignore. The Subject names a family but no child.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2028-03-15 12:30:09"
    body = T("""
Dear Early Help Hub,

Ayaan Chowdhury (9) and his sister Inaya Chowdhury (4) - Mosaic ID: 1544098.

The outcome of the C&F assessment (attached, doc1.docx) is a step down to Level Two - targeted
early help. The TAF plan is attached too (Scan_0107.pdf).

Lead Practitioner: Rahima Begum, Family Support Worker, Stepney Green Family Hub.
TAF meeting: Tuesday 28 March, 10:00, Stepney Green Family Hub. I will chair.

Mum was clear at the final CIN review that she wants to carry on with the hub and asked for Rahima by
name.

The concern about physical chastisement that nursery raised in December was not substantiated and is
not part of the plan. What remains is Ayaan's speech and language delay (the EHCP needs assessment has
been agreed) and the family's overcrowding.

Farhana Uddin
Social Worker, Children and Families Assessment Team, London Borough of Tower Hamlets
""")
    cfa = docx_att("doc1.docx", [
        "# Child and Family Assessment", "Children: Ayaan Chowdhury, Inaya Chowdhury",
        "Analysis: needs can be met through a targeted early help TAF plan.",
        "Recommendation: step down to Early Help (Level 2) with a Lead Practitioner from the family hub."])
    taf = pdf_att("Scan_0107.pdf", "TEAM AROUND THE FAMILY (TAF) PLAN - CHOWDHURY", [
        "Need 1: Ayaan's speech and language - SALT and school SENCO, EHCP needs assessment.",
        "Need 2: housing - Lead Practitioner to support an overcrowding application.",
        "Lead Practitioner: Rahima Begum (Stepney Green Family Hub)"])
    top = outlook_top(f, addr("Uddin, Farhana", "Farhana.Uddin@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Chowdhury", when)
    add(f, mail(f, top, body, [cfa, taf], html_alt=True), "tower_hamlets", "early_help_duty", when, 4, "ordinary",
        "step_down", False, 2, ["1544098"], [ch("Ayaan Chowdhury"), ch("Inaya Chowdhury")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down. Level written 'Level Two - targeted' -> 2. Assessment and TAF plan "
        "under uninformative names ('doc1.docx', 'Scan_0107.pdf') whose content shows what they are. Consent "
        "only indirect: 'Mum was clear ... she wants to carry on with the hub' -> true. Lead Practitioner named "
        "with agency. Children with ages only. Unsubstantiated physical chastisement is not labelled; speech and "
        "language delay with an EHCP assessment = disability_send.")

TH_MARF_BODY = T("""
Hello MAST,

Please see the attached MARF for the two children (details are in the form).

In short: mum's partner Dean has been drinking every day since he lost his job in January, and the
children are left in his care while mum works nights. Zara has told school he is "always drunk" and
falls asleep on the sofa.

My manager Shazia is copied in. Mum knows I'm sending this.

Joel Akande
Family Support Practitioner, Early Help (Bow & Poplar)
""")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2028-03-20 10:15:42"
    marf = pdf_att("Scan_0011.pdf", "MULTI-AGENCY REQUEST FOR SUPPORT (MARF)", [
        "Referrer: Joel Akande, Early Help (Bow & Poplar)      Mosaic ID 1620045",
        "Child 1: Zara Ali-Hassan     DOB 14 Feb 2016     Stebon Primary School",
        "Child 2: Idris Ali-Hassan    DOB 2020-08-03      Stebon Primary School (Year 3)",
        "Parent/carers: mother; mother's partner (Dean)",
        "Reason for request: carer's daily alcohol misuse while caring for the children overnight.",
        "Early help offered so far: 5 months of TAF plan; partner declined alcohol service."])
    top = outlook_top(f, addr("Akande, Joel", "Joel.Akande@" + TDOM), addr("MAST", TMAST),
                      "MARF - request for support", when, cc=addr("Karim, Shazia", "Shazia.Karim@" + TDOM))
    add(f, mail(f, top, TH_MARF_BODY, [marf]), "tower_hamlets", "mash_step_up", when, 3, "ordinary",
        "step_up", False, None, ["1620045"],
        [ch("Zara Ali-Hassan", "2016-02-14", "14 Feb 2016"), ch("Idris Ali-Hassan", "2020-08-03", "2020-08-03")],
        ["substance_misuse"], None, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up: the MARF is 'Scan_0011.pdf' (met by content); the case id, the children's "
        "full names and DOBs (mixed '14 Feb 2016' and ISO) are ONLY in the attachment. Concern is the mother's "
        "PARTNER's drinking while caring (substance_misuse). Manager 'copied in' but silent -> null, so "
        "manager_agreed missing. 'Mum knows' is not consent.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2028-03-20 15:02:10"
    body = T("""
Hi all,

Yes - I've read the MARF and talked it through with Joel. I agree this needs to go to MAST.

Shazia Karim
Team Manager, Early Help (Bow & Poplar)
""") + quote("Akande, Joel <Joel.Akande@%s>" % TDOM, "20 March 2028 10:15", "MAST; Karim, Shazia",
             "MARF - request for support", TH_MARF_BODY)
    top = outlook_top(f, addr("Karim, Shazia", "Shazia.Karim@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-TWH-0022] MARF - request for support", when, cc=addr("Akande, Joel", "Joel.Akande@" + TDOM))
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5, "ordinary",
        "follow_up", False, None, [], [], ["substance_misuse"], None, True, [], None, "attach_to_request",
        "The manager's reply-all with the stepbot reference: 'I agree this needs to go to MAST' -> manager_agreed "
        "true. The MARF is not re-attached, so no case id and no full child name (only 'Zara') are in this mail; "
        "the worry comes from the quoted original.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2028-04-04 16:40:26"
    body = T("""
MAST - urgent

Jamal Haque (15) messaged me 10 minutes ago from a friend's phone. He says he's in a flat on Burdett
Road, the older lads have taken his phone and won't let him leave until he "pays back" what he lost.
He's been missing from home since Sunday night (mum reported it to police). He's known to you -
Mosaic 1877320.

I've rung 999 and given them the address he sent. I'm staying on the youth club line.

Dwayne Kelly
Senior Youth Worker, Limehouse Youth Hub
07700 900622
""")
    top = plain_top(f, addr("Dwayne Kelly", "dwayne.kelly@limehouse-youth.example.org"), addr("MAST", TMAST),
                    "URGENT - Jamal Haque held in flat", when, "limehouse-youth.example.org", "Microsoft Outlook 16.0",
                    extra=[("Importance", "high")])
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2, "urgent",
        "other", True, None, ["1877320"], [ch("Jamal Haque")], ["exploitation", "missing"], None, None, [], None,
        "alert_duty",
        "URGENT: a missing 15-year-old held in a flat by older youths until he 'pays back' a debt (criminal "
        "exploitation, now). From a youth worker, not a step request -> other; alert_duty. 'Mosaic 1877320' -> "
        "label dropped.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2028-04-06 11:05:33"
    body = T("""
Hi Hub,

Step down for Yusuf Miah (DOB 2014-06-22), Mosaic no. 1733219.

Attached: the C&F assessment and the TAF paperwork.

Background, so it doesn't alarm anyone: last April Yusuf was threatened with a knife by an older boy
on the estate. Police charged the boy, he was convicted, and the family moved to Bow in September.
Yusuf has had no contact with him since, there are no current exploitation or safety concerns, and the
strategy discussion closed it.

Now: Yusuf's attendance has dropped to 81% since the move.

Consent - mum isn't keen on school being the Lead Practitioner (she fell out with the head) but she
has agreed to the step down and is happy for the family hub to take it. LP: TBC - hub to allocate.

Kieran Doyle
Social Worker, CIN Team (East)
""")
    cfa = pdf_att("C&F Assessment - Miah.pdf", "CHILD AND FAMILY ASSESSMENT", [
        "Child: Yusuf Miah   DOB 2014-06-22", "Outcome: step down to Early Help (TAF)."])
    wrong = docx_att("Miah docs.docx", [
        "# Multi-Agency Request for Support (MARF)", "Child: Yusuf Miah",
        "Referrer: Kieran Doyle", "Reason for request: attendance support after house move."])
    top = outlook_top(f, addr("Doyle, Kieran", "Kieran.Doyle@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Miah", when)
    add(f, mail(f, top, body, [cfa, wrong]), "tower_hamlets", "early_help_duty", when, 6, "near_miss",
        "step_down", False, None, ["1733219"], [ch("Yusuf Miah", "2014-06-22", "2014-06-22")],
        ["school_attendance"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Near miss: 'threatened with a knife', 'strategy discussion' are last year's and closed (offender "
        "convicted, family moved, 'no current exploitation or safety concerns') -> not urgent, no exploitation "
        "or physical_harm. The 'TAF paperwork' ('Miah docs.docx') is the WRONG form (a MARF) -> draft_plan "
        "missing; 'LP: TBC' -> lead_practitioner missing. 'mum isn't keen on school being the LP ... but she has "
        "agreed to the step down' -> consent true (she declines one lead, not the step-down).")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2028-03-23 09:20:14"
    data = itip_reply(f, when, "Saiful Islam", "s.islam@stebon-primary.example.org", ("Early Help Hub", THUB),
                      "TENTATIVE", "TAF meeting - Chowdhury", "20280328T100000", "20280328T113000",
                      "Stepney Green Family Hub", comment="Will try - may have to send the SENCO instead.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 4, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "iTIP REPLY, PARTSTAT=TENTATIVE, with a comment -> record_reply.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2028-04-11 08:30:51"
    body = T("""
Thank you for your message. I am working from home today and checking email at lunchtime and 4pm.
If your email is urgent please ring MAST on 0207 364 5606 (out of hours, emergencies only:
0207 364 4079).

Nadim Rahman
Early Help Co-ordinator
""")
    data = ooo(f, when, "Rahman, Nadim", "nadim.rahman@" + TDOM, addr("Early Help Hub", THUB),
               "Step down - Miah", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Automatic reply (Auto-Submitted: auto-replied) -> ignore.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2028-04-25 14:10:38"
    body = T("""
Hello,

L3 step down for Aisha Rahman (6), Mosaic 1456772. Mum is 30 weeks pregnant, EDD 14/06/2028.

Attached: the C&F assessment and the TAF plan.
Mum signed her consent to the step down on 3/4/28.
Lead Practitioner: Sabina Akter, Family Support Practitioner, Bow Children and Family Centre.
TAF meeting: Thursday 4 May, 14:00, Bow Children and Family Centre.

Dad left in 2026 (non-molestation order, no contact since) - historic DA, not a current concern.
Current: mum's anxiety, which the perinatal mental health team are supporting.

Daniel Obi
Social Worker, Children and Families Assessment Team
""")
    cfa = pdf_att("Rahman C&F.pdf", "CHILD AND FAMILY ASSESSMENT - RAHMAN", [
        "Child: Aisha Rahman", "Analysis: mother's anxiety in pregnancy; support from the perinatal team.",
        "Outcome: step down to Early Help."])
    taf = docx_att("TAF plan Rahman.docx", ["# TAF Plan - Rahman", "1. Mum: perinatal mental health appointments.",
                                            "2. Aisha: breakfast club; school nurse check-in."])
    top = outlook_top(f, addr("Obi, Daniel", "Daniel.Obi@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Rahman", when)
    add(f, mail(f, top, body, [cfa, taf]), "tower_hamlets", "early_help_duty", when, 3, "ordinary",
        "step_down", False, 3, ["1456772"], [ch("Aisha Rahman")], ["parental_mental_health"], True, None, [], None,
        "book_meeting",
        "Complete Tower Hamlets step-down; 'L3' -> level 3. The unborn baby (EDD 14/06/2028) is not a child. "
        "Historic DA (2026, 'not a current concern') is not labelled. 'Mosaic 1456772' -> label dropped.")

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

TREM_ORIG = T("""
Hi Early Help,

Could I have a triage slot please for Jack Tremlett-Hoare DOB 23.08.16 and Poppy Tremlett-Hoare DOB
05.01.24 (so the under-5s triage, I think). Stepping down to level three.

The house smells of damp, there's black mould in the children's bedroom, both kids are often in
dirty clothes and Poppy's immunisations aren't up to date.

Single Assessment attached (I think it's gone on twice - sorry). My TM's analysis is in section 9.

Consent: mum gave verbal consent on 02.03.28. Dad (lives separately, has PR) hasn't been asked yet -
I'll speak to him next week.

Gemma Luscombe
Social Worker, Single Assessment Team, Torbay Council
""")

def torbay_01():
    f = "torbay_01.eml"; when = "2028-03-07 10:20:16"
    sa = ["Child 1: Jack Tremlett-Hoare   Child 2: Poppy Tremlett-Hoare   LCS-4410982",
          "Section 8 - Social worker's analysis: neglect of home conditions and health care; parents",
          "engaging; needs can be met at level 3 Early Help.",
          "Section 9 - Team Manager's analysis: I agree the threshold for level 3 Early Help is met and",
          "that step-down is appropriate. P. Dyer, Team Manager, 06/03/2028"]
    top = outlook_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("Early Help", TEH),
                      "Triage slot please - Tremlett-Hoare - LCS-4410982", when)
    add(f, mail(f, top, TREM_ORIG, [pdf_att("Assessment (final).pdf", "SINGLE ASSESSMENT", sa),
                                     pdf_att("Assessment (final).pdf", "SINGLE ASSESSMENT", sa)]),
        "torbay", "early_help_duty", when, 3, "ordinary",
        "step_down", False, 3, ["LCS-4410982"],
        [ch("Jack Tremlett-Hoare", "2016-08-23", "23.08.16"), ch("Poppy Tremlett-Hoare", "2024-01-05", "05.01.24")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Torbay step-down, 'level three' -> 3; DOBs '23.08.16', '05.01.24' (Poppy under 5). The Single "
        "Assessment is attached TWICE; the TM's agreement is only INSIDE it ('Section 9 ... I agree the threshold "
        "for level 3 ... is met') -> manager_agreed true. Consent PARTIAL: mum gave verbal consent, dad not yet "
        "asked -> true (the family's consent stated as given by the parent caring). Neglect in plain words.")

KAYDEN_ORIG = T("""
Hello MASH,

Contact to MASH / step up for Kayden Pengelly, aged 12.

Kayden has gone missing overnight four times in the last three weeks and comes home with cash and
new clothes. A 19-year-old with a car picks him up from the park by the school.

Mum isn't keen - she says she doesn't want social care "poking around" and won't give consent for
this contact. My TM (Helen Spry) wants more info before agreeing - she's asked for the last two TAF
reviews and the return interviews, which I'll send by Friday.

Ryan Kitto
Early Help Practitioner (Level 3), Torbay Council
""")

def torbay_02():
    f = "torbay_02.eml"; when = "2028-03-15 13:55:02"
    top = outlook_top(f, addr("Kitto, Ryan", "Ryan.Kitto@" + BDOM), addr("MASH", TMASH),
                      "Contact to MASH - step up - Kayden P (EHM ID: 412877)", when)
    add(f, mail(f, top, KAYDEN_ORIG, html_alt=True), "torbay", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["412877"], [ch("Kayden Pengelly")], ["exploitation", "missing"], False, None,
        ["consent", "manager_agreed"], None, "request_info",
        "Torbay step-up. Case id only in the Subject, 'EHM ID: 412877' -> label dropped. Age only (dob null). "
        "'Mum isn't keen ... won't give consent' -> consent false; 'My TM ... wants more info before agreeing' "
        "-> not yet agreed, not refused -> null. Both missing. Missing overnight + cash/new clothes/older male "
        "with a car -> missing + exploitation.")

def torbay_03():
    f = "torbay_03.eml"; when = "2028-03-17 15:30:37"
    body = T("""
Hi,

The last two TAF reviews and both return interviews are attached. Helen has read them and agrees this
needs considering at level 4 - she's copied in.

Mum's position hasn't changed: still no consent, and she hung up on me yesterday.

Ryan
""") + quote("Kitto, Ryan <Ryan.Kitto@%s>" % BDOM, "15 March 2028 13:55", "MASH",
             "Contact to MASH - step up - Kayden P (EHM ID: 412877)", KAYDEN_ORIG)
    atts = [docx_att("TAF review 1.docx", ["# TAF review - Pengelly", "01/02/2028: Kayden missing twice."]),
            docx_att("TAF review 2.docx", ["# TAF review - Pengelly", "29/02/2028: cash and new phone found."]),
            pdf_att("Return interviews.pdf", "RETURN HOME INTERVIEWS - KAYDEN PENGELLY",
                    ["Three interviews; Kayden declined to say where he had been."])]
    top = outlook_top(f, addr("Kitto, Ryan", "Ryan.Kitto@" + BDOM), addr("MASH", TMASH),
                      "RE: [SB-TOR-0031] Contact to MASH - step up - Kayden P (EHM ID: 412877)", when,
                      cc=addr("Spry, Helen", "Helen.Spry@" + BDOM))
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 3, "ordinary",
        "follow_up", False, None, ["412877"], [ch("Kayden Pengelly")], ["exploitation", "missing"], False, True,
        [], None, "attach_to_request",
        "Follow-up that supplies only part of what was missing: the manager has now agreed ('Helen has read them "
        "and agrees', and she is copied) -> true, but mum still refuses ('still no consent') -> false. Other "
        "fields from the quoted original.")

def torbay_04():
    f = "torbay_04.eml"; when = "2028-03-27 10:50:03"
    body = T("""
Please don't wait for triage on this one.

Nursery have just rung: Jack Tremlett-Hoare's little sister Poppy Tremlett-Hoare (4) came in this
morning with a burn on the back of her hand in the shape of an iron. Mum says Poppy "touched it", but
the mark is a clean flat outline and the nursery manager doesn't believe it was an accident. Mum is
collecting Poppy at 12 and has refused to take her to the minor injuries unit.

I'm trying to get hold of my TM and I'm on 07700 900731.

Gemma
""") + quote("Luscombe, Gemma <Gemma.Luscombe@%s>" % BDOM, "07 March 2028 10:20", "Early Help",
             "Triage slot please - Tremlett-Hoare - LCS-4410982", TREM_ORIG)
    top = outlook_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("Early Help", TEH),
                      "RE: [SB-TOR-0028] Triage slot please - Tremlett-Hoare - LCS-4410982", when,
                      extra=[("Importance", "high")])
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2, "urgent",
        "follow_up", True, None, ["LCS-4410982"],
        [ch("Jack Tremlett-Hoare", "2016-08-23", "23.08.16"), ch("Poppy Tremlett-Hoare", "2024-01-05", "05.01.24")],
        ["neglect", "physical_harm"], True, None, [], None, "alert_duty",
        "URGENT follow-up to the step-down thread: a 4-year-old with an iron-shaped burn, explanation doesn't "
        "fit, mum collects at 12 and refuses medical care (safety rule 1). DOBs from the quoted original. "
        "Consent true from the quoted original; the TM's agreement was only in the original's attachment, which "
        "is not here -> manager_agreed null.")

def torbay_05():
    f = "torbay_05.eml"; when = "2028-03-30 14:15:45"
    body = T("""
Hi Early Help,

Requesting a triage slot for Lily-Mae Crocker (7), born 1st March 2021. LCS ref: 3390211.

The s47 in January into the allegation that a family friend had touched Lily-Mae was unsubstantiated:
she was clear in her ABE interview that it was a misunderstanding, police took no further action and
the family friend has no contact with the family anyway. There are no sexual harm concerns.

What is left is mum's drinking - most evenings, and she has just started with Turning Point.

I discussed the step down in supervision with Mark (TM) and he agrees level 3 is the right threshold;
his analysis is at the end of the Single Assessment (attached).

Mum will agree to Early Help if it can be Sarah from Paignton Family Hub again - I've said I'll ask.

Abi Northcott
Social Worker, Safeguarding and Supporting Families Team
""")
    sa = pdf_att("Lily-Mae SA.pdf", "SINGLE ASSESSMENT - LILY-MAE CROCKER", [
        "Outcome: step down to level 3 Early Help.",
        "Team Manager's analysis: level 3 threshold met; agree step-down. M. Hext, 28/03/2028"])
    top = outlook_top(f, addr("Northcott, Abi", "Abi.Northcott@" + BDOM), addr("Early Help", TEH),
                      "Triage - Crocker", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 5, "near_miss",
        "step_down", False, 3, ["3390211"], [ch("Lily-Mae Crocker", "2021-03-01", "1st March 2021")],
        ["substance_misuse"], None, True, ["consent"], None, "request_info",
        "Near miss: s47 for alleged sexual touching 'unsubstantiated', police NFA, 'no sexual harm concerns' -> "
        "not urgent, no sexual_harm. Consent CONDITIONAL on an undecided event ('Mum will agree ... if it can be "
        "Sarah ... I'll ask') -> null, so missing. TM agreement stated in body and SA -> true. Level 3 is stated "
        "('level 3 is the right threshold'; SA 'step down to level 3') -> 3. 'LCS ref: 3390211' -> label dropped.")

def torbay_06():
    f = "torbay_06.eml"; when = "2028-04-12 09:07:22"
    data = itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help", TEH), "ACCEPTED",
                      "Under-5s triage - Tremlett-Hoare (LCS-4410982)", "20280418T093000", "20280418T100000",
                      "Paignton Family Hub, Room 1")
    add(f, data, "torbay", "early_help_duty", when, 2, "ordinary",
        "meeting_reply", False, None, ["LCS-4410982"], [], [], None, None, [], None, "record_reply",
        "iTIP REPLY, PARTSTAT=ACCEPTED, from the AFC representative for the under-5s triage; the case id is in the "
        "Subject/SUMMARY.")

def torbay_07():
    f = "torbay_07.eml"; when = "2028-04-18 09:40:58"
    body = T("""
Good morning,

I wonder if you can point me in the right direction. Ellis Rowe in Year 5 (DOB 19/10/2017) looks
after his mum, who has MS, before and after school - helping her dress, making tea, doing the washing.
He's tired a lot but his attendance is fine.

Do you run a young carers group, or is there someone we should refer to? This isn't a step down -
he's not open to social care - we just want to get him some support.

Many thanks
Mr Tom Pascoe
Pastoral Lead, Hollicombe Primary School
""")
    top = plain_top(f, addr("Tom Pascoe", "t.pascoe@hollicombe-primary.example.org"), addr("Early Help", TEH),
                    "Young carer - advice", when, "hollicombe-primary.example.org", None)
    add(f, mail(f, top, body, crlf=False, cte="base64"), "torbay", "early_help_duty", when, 6, "ordinary",
        "other", False, None, [], [ch("Ellis Rowe", "2017-10-19", "19/10/2017")], ["young_carer"], None, None, [],
        None, "human_review",
        "Advice request from a school (base64 body) -> other. Young carer in plain words; attendance explicitly "
        "fine, so no school_attendance. Mum's MS is a physical illness, not a concern id.")

def torbay_08():
    f = "torbay_08.eml"; when = "2028-04-13 17:12:40"
    body = T("""
Thank you for your email. I am on leave until Tuesday 18 April (Good Friday and Easter Monday are bank
holidays). Triage requests should go to earlyhelp@torbay.gov.uk and will be picked up by the duty ATM.

Silas Penrose
Early Help Assistant Team Manager
""")
    data = ooo(f, when, "Penrose, Silas", "silas.penrose@" + BDOM, addr("Early Help", TEH),
               "Triage - Crocker", body)
    add(f, data, "torbay", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) -> ignore.")

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2028-03-14 11:00:31"
    body = T("""
Bore da / good morning,

Step down to level three after the C&F, as discussed at this morning's drop-in with Verity. It's the
three youngest: Ffion Price-Jenkins (12), Dylan Price-Jenkins (9) and Macy Price-Jenkins (3). Their
brother Rhys Price-Jenkins is 19 and still lives at home; he isn't part of the step down.
Mosaic ref 3390182.

Attached: the plan (doc1.docx) and mum's signed consent (Scan_0117.pdf).

Key person: Bethan Rees, Family Support Worker, Leominster Children's Centre - agreed with mum.

Main worries: the house was without heating for most of February, the food cupboards were bare on two
visits, and Macy's 2-year check has been missed twice. Ffion does most of the cooking and gets Macy to
nursery before school. Checks on mum's new partner came back clear - no concerns there.

Gareth Powell
Social Worker, Leominster Locality Team
""")
    plan = docx_att("doc1.docx", [
        "# Early Help Assessment - Step-Down Plan", "Family: Price-Jenkins (Ffion, Dylan, Macy)",
        "Wellbeing plan:"], [[["What needs to happen", "By whom", "Outcome", "Timescale"],
                              ["Heating repaired; energy advice", "Mum / Bethan Rees", "Warm home", "2 weeks"],
                              ["Macy's 2-year check", "Health visitor", "Check done", "4 weeks"],
                              ["Young carers assessment for Ffion", "Bethan Rees", "Support in place", "6 weeks"]]])
    consent = pdf_att("Scan_0117.pdf", "CONSENT TO EARLY HELP", [
        "I consent to my family being stepped down to Early Help and to information being shared.",
        "Children: Ffion, Dylan and Macy Price-Jenkins", "Signed: K. Price-Jenkins (mother)   13/03/2028"])
    top = outlook_top(f, addr("Powell, Gareth", "Gareth.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Price-Jenkins sibling group", when)
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 4, "ordinary",
        "step_down", False, 3, ["3390182"],
        [ch("Ffion Price-Jenkins"), ch("Dylan Price-Jenkins"), ch("Macy Price-Jenkins")],
        ["neglect", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down, 'level three' -> 3. Children in one sentence with ages "
        "only; Rhys (19) is an adult brother, not listed. Plan as 'doc1.docx' and signed consent as "
        "'Scan_0117.pdf', both met by content; key person with agency. 'Mosaic ref 3390182' -> label dropped. "
        "Neglect in plain words; Ffion caring for Macy = young_carer; partner checks 'clear' add nothing.")

NOWAK_ORIG = T("""
Hi,

Tomasz Nowak, born 9 Feb 2017, stepping down after the s47, which ended in no further action (the
bruise on his arm was from football).

Mum's signed consent form and the plan are attached. Mum's depression is the main worry - she is on
medication from her GP - and Tomasz's attendance is 85%.

Key person will be someone from school - I'm waiting to hear who.

Helen Watkins
Social Worker, Hereford City Team
""")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2028-03-20 15:45:09"
    consent = pdf_att("Consent form Nowak.pdf", "EARLY HELP CONSENT FORM",
                      ["I agree to Early Help support for Tomasz.", "Signed: A. Nowak (mother)  17/03/2028"])
    wrong = docx_att("Nowak.docx", ["# Early Help Request for Support", "Child: Tomasz Nowak",
                                    "Reason for request: attendance and mum's low mood."])
    top = outlook_top(f, addr("Watkins, Helen", "Helen.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Mosaic 1102938", when)
    add(f, mail(f, top, NOWAK_ORIG, [consent, wrong]), "herefordshire", "early_help_duty", when, 3, "ordinary",
        "step_down", False, None, ["1102938"], [ch("Tomasz Nowak", "2017-02-09", "9 Feb 2017")],
        ["parental_mental_health", "school_attendance"], True, None, ["draft_plan", "lead_practitioner"], None,
        "request_info",
        "Herefordshire step-down; case id only in the Subject ('Mosaic 1102938' -> label dropped). The 'plan' "
        "attached ('Nowak.docx') is the WRONG form (an Early Help Request for Support) -> draft_plan missing; "
        "key person 'waiting to hear who' -> lead_practitioner missing. Signed consent form attached -> consent "
        "true, consent_form met. The NFA s47 bruise is not labelled. No level written -> null.")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2028-03-22 10:10:44"
    body = T("""
Sorry - I attached the wrong form on Monday. The actual step-down plan is attached now.

Also Tomasz's DOB was wrong in my email: it's 09/12/2017, not 9 Feb.

Still waiting on school for the key person.

Helen
""") + quote("Watkins, Helen <Helen.Watkins@%s>" % HDOM, "20 March 2028 15:45", "Early Help Co-ordinators",
             "Step down - Mosaic 1102938", NOWAK_ORIG)
    plan = docx_att("EHA step-down plan - Nowak.docx", [
        "# Early Help Assessment - Step-Down Plan", "Wellbeing plan: what needs to happen, by whom, outcome, timescale",
        "1. Attendance plan - school attendance officer - 95% - by July",
        "2. Mum's mental health - GP and Talking Therapies - engaged - ongoing"])
    top = outlook_top(f, addr("Watkins, Helen", "Helen.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-HER-0012] Step down - Mosaic 1102938", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 2, "ordinary",
        "follow_up", False, None, ["1102938"], [ch("Tomasz Nowak", "2017-12-09", "09/12/2017")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "attach_to_request",
        "Follow-up supplying only PART of what was missing (the plan, not the key person) and CORRECTING the DOB "
        "('09/12/2017, not 9 Feb' - the correction wins over the quoted original). Consent and worries from the "
        "quoted original.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2028-04-06 10:30:12"
    body = T("""
Dear MASH,

I'd like to step up Jacob Bevan (5) and Ella Bevan (2, DOB 17.01.26), EHM-20117.

Dad said no to early help at the start and hasn't let us through the door since February. His
girlfriend is using heroin in the house - the health visitor found needles in the bathroom last week
and has reported it. Both children are registered with the GP but Ella has missed her last two
appointments.

My manager Jo Pritchard agrees this needs to step up.

Carys Lloyd
Early Help Practitioner, Herefordshire Council
""")
    top = outlook_top(f, addr("Lloyd, Carys", "Carys.Lloyd@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Step up request - Bevan", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5, "ordinary",
        "step_up", False, None, ["EHM-20117"],
        [ch("Jacob Bevan"), ch("Ella Bevan", "2026-01-17", "17.01.26")],
        ["neglect", "non_engagement", "substance_misuse"], False, True, [], None, "human_review",
        "Herefordshire's seed defines no step-up -> human_review, missing []. Fields still labelled: 'Dad said "
        "no to early help' -> consent false; 'My manager ... agrees' -> true; the father's GIRLFRIEND's heroin "
        "use in the home = substance_misuse; missed health appointments = neglect.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2028-04-11 13:30:27"
    body = T("""
Hi co-ordinators,

Step down to level 3 for Ruby-Jade Hollings (DOB 14/02/2025).

The bruising nursery reported in January was seen by the paediatrician and confirmed as congenital
dermal melanocytosis (birthmarks), not an injury - the s47 closed with no further action.

The reason for Early Help is support for mum, whose anxiety has got much worse since the eviction
notice; she is waiting for Talking Therapies.

Mum has signed the consent form - I'll scan it and send it over when I'm back in the office.

Early Help Assessment step-down plan
What needs to happen: housing options appointment; Talking Therapies referral; nursery place continues.
By whom: mum with the key person; GP; nursery.
Outcome: settled housing and mum's anxiety managed.
Timescale: 12 weeks.

Key person: Laura Meek, Health Visitor, Wye Valley NHS Trust 0-19 Service.

Owen Griffiths
Social Worker, Ross-on-Wye Locality Team
""")
    top = outlook_top(f, addr("Griffiths, Owen", "Owen.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Hollings", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 7, "near_miss",
        "step_down", False, 3, [], [ch("Ruby-Jade Hollings", "2025-02-14", "14/02/2025")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "Near miss: 'bruising ... s47' on a 3-year-old was medically explained (birthmarks), NFA -> not urgent, "
        "no physical_harm. Consent stated as given ('Mum has signed the consent form') -> true, but the written "
        "form is not attached ('I'll scan it') -> consent_form missing. Plan pasted under its own heading; key "
        "person with agency. No case id written.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2028-04-24 16:05:48"
    data = itip_reply(f, when, "Gareth Powell", "Gareth.Powell@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "ACCEPTED", "Step-down drop-in (Tuesday)", "20280425T100000", "20280425T103000",
                      "Microsoft Teams")
    add(f, data, "herefordshire", "early_help_duty", when, 3, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "iTIP REPLY, PARTSTAT=ACCEPTED, for a Tuesday drop-in slot -> record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2028-04-26 12:00:03"
    body = T("""
HEREFORDSHIRE EARLY HELP PARTNERSHIP BULLETIN - APRIL 2028

1. Spotting exploitation: signs can include going missing, unexplained gifts or money, new older
friends and a drop in school attendance. The Merseyside-style exploitation toolkit is now on the
partnership website.

2. Step-down drop-ins continue on Tuesday mornings, 09:30-12:00, on Teams.

3. Young carers week is 12-16 June - please share the poster.

To unsubscribe reply UNSUBSCRIBE.
""")
    top = plain_top(f, addr("Herefordshire Early Help Partnership", "ehpartnership@" + HDOM),
                    addr("Early Help Co-ordinators", HEH), "Early Help Partnership Bulletin - April 2028", when,
                    HDOM, "Mailchimp", extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:ehpartnership@herefordshire.gov.uk?subject=unsubscribe>")])
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 2, "ordinary",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Partnership bulletin -> other. Its exploitation and young-carer items are examples, about no child, so "
        "no concerns.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2028-04-14 08:02:17"
    body = T("""
Thank you for your email. The Early Help Co-ordinator team is closed today (Good Friday) and on Easter
Monday. We will respond from Tuesday 18 April.

If a child is at immediate risk, call the MASH or, out of hours, the Emergency Duty Team; in an
emergency call 999.
""")
    data = ooo(f, when, "Lang, Verity", "verity.lang@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "Step down - Hollings", body)
    add(f, data, "herefordshire", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office on Good Friday (Auto-Submitted: auto-replied) with 999 boilerplate -> ignore.")
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
DEFINED = {(a, k) for (a, k, _l) in REQ}
BANK_HOLIDAYS = {date(2027, 12, 27), date(2027, 12, 28), date(2028, 1, 3), date(2028, 4, 14), date(2028, 4, 17),
                 date(2028, 5, 1), date(2028, 5, 29), date(2028, 8, 28), date(2028, 12, 25), date(2028, 12, 26)}
WINDOW = (datetime(2028, 3, 6, tzinfo=LON), datetime(2028, 4, 28, 23, 59, 59, tzinfo=LON))


MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"], 1)}
def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yy(yy), yyyy-mm-dd, '1st March 2019', '9 Feb 2017'."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", w)
    if m:
        y = int(m[3]); y = y + 2000 if y < 100 else y
        return date(y, int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    return None

# adults, unborn babies' parents and other people who must NOT be labelled as children (each must be in the text)
NOT_CHILDREN = {
    "knowsley_01.eml": ["Kieran Halliwell-Price"],
    "knowsley_05.eml": ["Connor Lunt", "Stacey"],
    "richmond_wandsworth_07.eml": ["Chloe Dunn"],
    "herefordshire_01.eml": ["Rhys Price-Jenkins"],
}

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

def readable(msg):
    from pypdf import PdfReader
    import io
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            h = part.get_content()
            alts = re.findall(r'alt="([^"]*)"', h)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", " ", h))))
            out += [html.unescape(a) for a in alts]
        elif ct == "text/calendar":
            c = part.get_content().replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            import docx
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            out += [p.text for p in d.paragraphs]
            out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif ct == "application/pdf":
            r = PdfReader(io.BytesIO(part.get_payload(decode=True)))
            out += [p.extract_text() for p in r.pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def check():
    errors = []
    def err(f, m):
        errors.append("%s: %s" % (f, m))
    seen_files = set()
    for lab in LABELS:
        f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
        assert f not in seen_files; seen_files.add(f)
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
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err(f, "level")
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None): err(f, v)
        # missing facts that can be cross-checked against the label itself
        if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err(f, "consent vs missing")
        if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]): err(f, "manager vs missing")
        if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err(f, "case_id vs missing")
        if (not e["children"]) and "children" in allowed and "children" not in e["missing"]: err(f, "children missing")
        if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
            err(f, "duplicates")
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
        # the message itself
        data = FILES[f]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg[h] is None: err(f, "header %s" % h)
        for part in msg.walk():
            if part.defects: err(f, "defects %s" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None): err(f, "header defect %s %s" % (k, v.defects))
        rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
        if MAILBOXES[(a, mb)].lower() not in rcpt: err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if not (WINDOW[0] <= d <= WINDOW[1]): err(f, "Date outside window")
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err(f, "now not 1-10 min after Date")
        text = readable(msg)
        for c in e["children"]:
            if c["name"] not in text: err(f, "child %s not in text" % c["name"])
            if c["dob"]:
                w = DOB_WRITTEN[(c["name"], c["dob"])]
                if w not in text: err(f, "dob as written %r not in text" % w)
                if parse_dob(w) != c["dob"]: err(f, "dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
        for name in NOT_CHILDREN.get(f, ()):
            if name not in text: err(f, "excluded person %s not in text" % name)
            if any(name == c["name"] or name.split()[0] in c["name"] for c in e["children"]):
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
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
