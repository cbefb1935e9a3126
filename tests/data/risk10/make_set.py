#!/usr/bin/env python3
"""risk10: blind held-out set (40 invented mails) for stepbot's `parse` contract, safety rule 1 first.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar
UIDs come from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf and
python-docx are used only by the self-checks, to read back the hand-built PDFs and .docx files).
Helpers (MIME assembly, PDF, iCalendar, working-day counter, checks) are copied from
/work/main/tests/data/risk9/make_set.py; the minimal .docx builder from tests/data/fields6/make_set.py.
Every label below was set by hand; the self-checks at the end only verify them against the
specification's rules and stop on error, before anything is written.
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import zipfile, io as _io
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
BST = timezone(timedelta(hours=1))   # every Date in the window is British Summer Time (+0100)

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

def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BST)

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

# -- minimal hand-built .docx (fixed zip timestamps, so the output is byte-stable); from fields6
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
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
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
          ("Message-ID", msgid(fname, mid_domain or "LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM")),
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
        h.append(mailer if isinstance(mailer, tuple) else ("X-Mailer", mailer))
    return h + (extra or [])

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable", charset="utf-8",
         html_body=None):
    """text/plain (optionally with an HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf, charset=charset)
    if html_alt or html_body:
        t = multipart("alternative", [t, text_part(html_body or html_of(body), "html", crlf=crlf)], bnd(f, 2))
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

def quote(lines_from, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply."""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (lines_from, sent, to, ("Cc: %s\n" % cc) if cc else "", subject, text))

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

DOB_WRITTEN = {}   # (file, name) -> the DOB exactly as written in the mail (checked by the self-checks)
_CUR = [None]

def ch(name, dob=None, written=None):
    """A labelled child. `written` is the DOB as the mail writes it; the self-check finds it in the
    readable text and parses it back to `dob`."""
    assert (dob is None) == (written is None), name
    if dob:
        DOB_WRITTEN[(_CUR[0], name)] = written
    return {"name": name, "dob": dob}

def start(fname):
    _CUR[0] = fname
    return fname

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=()):
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
    META[fname] = {"meeting": meeting, "not_children": list(not_children)}

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = start("knowsley_01.eml"); when = "2028-06-05 12:41:17"
    body = T("""
MASH,

Kyle Rimmer-Doyle, DOB 03/11/2012, open to FF (EHM-71342), 9/12 referral order with us.

Seen 10:30 today at Huyton YJS for his RO session. Summary:

- CCE: he confirmed he has been running for the "KB" line (Kirkby - Barrow) since Easter. Handler
  known to him only as "Tizer", early 20s; OCG nominal per Merpol intel.
- Says he was robbed of a "box" (approx £1,400 of gear) Sat night in Barrow. He now owes the
  full £1,400 as "tax".
- Told he is going OOA "on the 4 o'clock from Lime Street" for a 2-week "shift" in a trap house
  in Barrow to clear it. Has a burner - showed me 14 missed calls from "T" since 09:00.
- If he doesn't go they will "do mum's windows" and hurt his little sister Macy Rimmer-Doyle (7).
  He showed me a Snap, sent to him at 08:52, of Macy in the yard at her primary school this morning.
- Mum (Leanne Rimmer) not aware. Kyle wouldn't let me drive him home. Left the building at 11:50
  saying he was "going for his stuff".
- No MEA done yet - I'll complete it with the FF case manager.

Intel logged with Merpol (ref to follow). I'm at Huyton YJS until 5pm on 0151 496 0732,
mob 07700 900184.

Gareth

Gareth Ashcroft-Lyle
Youth Justice Officer
Knowsley Youth Justice Service
""")
    root = text_part(body, charset="iso-8859-15")
    top = plain_top(f, addr("Gareth Ashcroft-Lyle", "gareth.ashcroft-lyle@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Kyle R-D - YJS session this am", when, KDOM, ("User-Agent", "Evolution 3.50.2"))
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 4, "urgent",
        "other", True, None, ["EHM-71342"],
        [ch("Kyle Rimmer-Doyle", "2012-11-03", "03/11/2012"), ch("Macy Rimmer-Doyle")],
        ["exploitation", "physical_harm"], None, None, [], None, "alert_duty",
        "Youth justice officer's note in CCE shorthand only (CCE, line, OOA, trap house, 'tax', OCG nominal, "
        "burner, MEA), ISO-8859-15 QP with a pound sign; no word urgent/risk/immediate. A 15-year-old is being "
        "sent out of area 'on the 4 o'clock from Lime Street' today to work off a drug debt, and his 7-year-old "
        "sister is threatened with a photo taken this morning -> urgent today. Not a step request (other). "
        "Threat to hurt Macy adds physical_harm; 'Leanne Rimmer' is an adult; Merpol ref is not a case id.",
        not_children=["Leanne Rimmer"])

def knowsley_02():
    f = start("knowsley_02.eml"); when = "2028-06-13 13:06:44"
    body = T("""
Hi MASH,

Step up request for Tommy Nolan-Fitzgerald (DOB 02/05/2023) and Ava-Rose Nolan-Fitzgerald
(DOB 20/03/2028), EHM-70815, open to me at Level 3 since February.

The concern is neglect. The GCP2 was completed on 30/05/2028 and is attached, with the step up form
and the minutes of the last TAF (06/06/2028). My Team Manager, Bernadette Okafor-Hughes, discussed the
step up with me in supervision on 7 June and agreed it.

Step up TAF meeting: Wednesday 21 June 2028 at 10:00, Huyton Family Hub, Room 2. I'll send the Teams
invite separately and invite the current TAF members.

I did a home visit this morning - my notes are attached as notes.txt as I'm typing on the laptop in
the car.

Thanks,
Toni

Toni Keegan-Walsh
Family First Case Manager (Level 3)
Knowsley Council
07700 900362
""")
    notes = T("""
HV 13/06/2028 09:20-10:05, Tarbock Close
Present: mum (Shannon Nolan), Tommy, Ava-Rose. Dale Fitzgerald (dad) at work.

- Home conditions as per GCP2, no change. Kitchen floor sticky, bins overflowing.
- Ava-Rose in the Moses basket in the front room. Purple/blue bruise approx 2cm on her left cheek
  and two small round bruises on her left upper arm. She is 12 weeks and not rolling yet.
- Mum said Dale "held her too tight" on Sunday night when she wouldn't settle and he "lost it".
- Mum has not taken her to the GP. Said not to tell anyone, Dale will "go mad" if social services
  come to the house.
- Tommy said "daddy shouted at the baby and throwed the bottle".
- Mum said Dale will be back when he gets in from work at about half 5 and she has nowhere else to
  go with the kids.
- Mum asked me to leave at 10:05.
TKW
""")
    notes_bytes = b"\xff\xfe" + notes.replace("\n", "\r\n").encode("utf-16-le")
    notes_part = Part([("Content-Type", 'text/plain; charset="utf-16"; name="notes.txt"'),
                       ("Content-Description", "notes.txt"),
                       ("Content-Disposition", 'attachment; filename="notes.txt"; size=%d' % len(notes_bytes)),
                       ("Content-Transfer-Encoding", "base64")], b64lines(notes_bytes))
    form = docx_att("Step up form - Nolan-Fitzgerald.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-70815",
        "Children: Tommy Nolan-Fitzgerald (02/05/2023); Ava-Rose Nolan-Fitzgerald (20/03/2028)",
        "Date of step up TAF meeting: Wednesday 21 June 2028, 10:00, Huyton Family Hub",
        "Recent TAF meeting minutes attached: yes (06/06/2028)",
        "What are we worried about? Home conditions and the children's basic care have not improved after "
        "two rounds of support; Ava-Rose missed her 8-week check; Tommy's nappies are left unchanged for long periods.",
        "What is working well? Mum loves the children and attends the baby group when prompted.",
        "What needs to happen? A statutory assessment; GCP2 shows grade 4 in physical care and safety.",
        "Graded Care Profile 2: completed 30/05/2028, attached.",
        "Team Manager: Bernadette Okafor-Hughes - discussed and agreed 07/06/2028."])
    gcp = pdf_att("GCP2 - Nolan-Fitzgerald.pdf", "Graded Care Profile 2 - summary of grades", [
        "Family: Nolan-Fitzgerald. EHM-70815. Completed 30/05/2028 by Toni Keegan-Walsh.",
        "Physical care: grade 4. Safety: grade 4. Love and care: grade 2. Stimulation: grade 3.",
        "Overall: care falls below the level the children need (neglect)."])
    minutes = pdf_att("TAF minutes 06.06.28.pdf", "TAF meeting minutes - 06/06/2028", [
        "Family: Nolan-Fitzgerald (EHM-70815). Present: mum, Toni Keegan-Walsh (FF), health visitor, nursery.",
        "Home conditions unchanged; 8-week check missed; actions from April not completed.",
        "Agreed: case manager to discuss step up with TM."])
    root = multipart("mixed", [
        multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True)], bnd(f, 2)),
        form, gcp, minutes, notes_part], bnd(f, 1))
    top = outlook_top(f, addr("Keegan-Walsh, Toni", "Toni.Keegan-Walsh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Nolan-Fitzgerald - EHM-70815 - TAF Wed 21/06 10:00", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["EHM-70815"],
        [ch("Tommy Nolan-Fitzgerald", "2023-05-02", "02/05/2023"), ch("Ava-Rose Nolan-Fitzgerald", "2028-03-20", "20/03/2028")],
        ["neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "Complete neglect step-up (form .docx, GCP2 and TAF minutes PDFs, TM agreed, 'Wednesday 21 June 2028 at 10:00' "
        "= 6 WD after Tue 13 June, notice ok, missing []). The body is calm; the risk is only in a text/plain "
        "attachment named notes.txt, labelled charset utf-16 (base64, BOM, CRLF): bruises on the cheek and arm of a "
        "12-week-old non-mobile baby, attributed to dad, who is back 'when he gets in from work' tonight -> urgent, "
        "alert_duty overrides book_meeting.",
        meeting=date(2028, 6, 21), not_children=["Shannon Nolan", "Dale Fitzgerald"])

def knowsley_03():
    f = start("knowsley_03.eml"); when = "2028-06-08 11:32:09"
    body = T("""
Hi Family First,

Not urgent - just giving you notice of the final CIN meeting for Harvey and Lacey-Jo Birchall ahead of
their step down to Family First at Level 3.

Children: Harvey Birchall (DOB 19/07/2019), Lacey-Jo Birchall (DOB 04/12/2025)
ICS ID 2298841 (Harvey), 2298842 (Lacey-Jo)
Final CIN meeting: Tuesday 20 June 2028 at 14:00, Kirkby Family Hub, Cherryfield Drive, Kirkby
Mum (Kerry Birchall) consented to the referral to Family First at my visit on 1 June.

What are we worried about?
Mum's drinking, which had reduced since March, and routines for Lacey-Jo.

What is working well?
Harvey's attendance is 96%. Mum has engaged with the drug and alcohol service since March. Nan helps
with the school runs.

What needs to happen?
Family First case manager to support routines and mum's recovery plan; the alcohol service to continue.

One other thing - again not urgent, I'll pick it up at the CIN. The police rang me at 8.40 this
morning: a driver found Lacey-Jo on her own in her pyjamas on the grass verge of the East Lancs Road,
by the roundabout, at about 7.30am. Officers took her home and found mum asleep on the settee,
smelling of drink and hard to rouse, with the back door open. They left Lacey-Jo with mum at 8.15
once mum had woken up. Harvey had already gone to breakfast club. I'm in court all afternoon so will
ring mum tomorrow.

Thanks,
Ciarán

Ciarán Moloney
Social Worker, Children in Need Team 1
Knowsley Council Children's Social Care
0151 496 0528
""")
    top = outlook_top(f, addr("Moloney, Ciarán", "Ciaran.Moloney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Not urgent - step down Level 3 - Birchall children - final CIN Tues 20th", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6, "urgent",
        "step_down", True, 3, ["2298841", "2298842"],
        [ch("Harvey Birchall", "2019-07-19", "19/07/2019"), ch("Lacey-Jo Birchall", "2025-12-04", "04/12/2025")],
        ["neglect", "substance_misuse"], True, None, [], True, "alert_duty",
        "Sender under-rates a current risk twice ('Not urgent' in the subject and body): a 2-year-old found alone "
        "on a main-road verge this morning was returned by police to a mother asleep, drunk and hard to rouse, and is "
        "with her now; nobody is holding it today ('will ring mum tomorrow') -> urgent. Otherwise a complete Level 3 "
        "step-down: three Signs of Safety headings, venue, consent; Tue 20 June 14:00 = 8 WD after Thu 8 June, ok. "
        "'ICS ID 2298841 (Harvey), 2298842' -> both numbers.",
        meeting=date(2028, 6, 20), not_children=["Kerry Birchall"])

def knowsley_04():
    f = start("knowsley_04.eml"); when = "2028-06-14 09:48:30"
    body = T("""
Dear colleagues,

Please find attached the anonymised learning summary from the Rapid Review concerning Child H, for
discussion at the Family First practice forum on Thursday 22 June (13:30, Huyton Suite).

Please read it before the forum and do not forward it outside the partnership.

Kind regards,
KSCP Business Unit
Knowsley Safeguarding Children Partnership
""")
    doc = docx_att("Child H learning summary - ANONYMISED.docx", [
        "# Rapid Review - learning summary - Child H",
        "This summary is anonymised. Child H, the family and all practitioners are not identified, and dates are given by season only.",
        "# What happened",
        "Child H was 9 months old. In autumn 2026 Child H was brought to ED with a sub-conjunctival haemorrhage and "
        "a spiral fracture of the left femur. The explanation (leg caught in the cot bars) did not fit the injury.",
        "Two weeks earlier an Early Help worker had seen a bruise on Child H's cheek and accepted mum's explanation "
        "that an older sibling had hit the baby with a toy. No bruising protocol was followed.",
        "Mum's new partner had moved in three weeks before the admission. He was not known to the Early Help worker.",
        "Child H was discharged home with the partner present before the skeletal survey, and was readmitted four days later.",
        "# Learning points",
        "1. Any bruise on a non-mobile baby needs the bruising protocol and a same-day call to MASH.",
        "2. Be professionally curious about new adults in the household.",
        "3. No discharge before the skeletal survey and the strategy discussion.",
        "# For the forum",
        "Discuss: what would you do if you saw a bruise on a baby at a home visit this afternoon?"])
    top = outlook_top(f, addr("KSCP Business Unit", "kscp.businessunit@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Practice forum 22 June - pre-read: Rapid Review learning summary (Child H)", when)
    add(f, mail(f, top, body, [doc]), "knowsley", "early_help_duty", when, 2, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Partnership pre-read whose .docx body is an anonymised Rapid Review extract (sub-conjunctival haemorrhage, "
        "spiral fracture, discharge before the skeletal survey, 'this afternoon' in a discussion question): all "
        "about 'Child H' in 2026, a pseudonym -> not urgent, no child, no concerns; other -> human_review.")

def knowsley_05():
    f = start("knowsley_05.eml"); when = "2028-06-05 10:17:52"
    body = T("""
*** NOT URGENT - FOR INFORMATION ONLY ***

ED attendance notification (routine - child known to Family First)

Name: Jayden-Lee Houghton        DOB: 21/09/2021        NHS no: 999 214 6630
Open to: Family First 0-18, Level 3 (EHM-69920)
Attended: Sat 03/06/2028 16:05, brought by mum (Claire Houghton) and mum's sister
PC: FOOSH from a trampoline at a cousin's 7th birthday party, witnessed by 4 adults
O/E: tender swollen L wrist, no other marks. Skin check (full, per protocol): NAD
XR: buckle # distal radius L - consistent with mechanism
Paeds reg review: NAI screen per protocol - negative; history consistent from all 3 adults and from
the child; developmentally appropriate injury; no safeguarding concerns
Plan: backslab, fracture clinic Mon 12/06, analgesia; D/C home with mum 18:40

Outcome: no concerns identified. Sent only because ED policy is to notify when a child has an open
Early Help episode. No action requested.

Sasha Pendlebury
Paediatric Liaison Nurse, Emergency Department
Tarbock Park Hospital
0151 496 0871
""")
    top = plain_top(f, addr("Pendlebury Sasha (Tarbock Park Hospital)", "sasha.pendlebury@tarbockpark-nhs.example.org"),
                    addr("Knowsley MASH", KMASH), "NOT URGENT - ED attendance notification - J-L Houghton", when,
                    "tarbockpark-nhs.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=True, cte="base64"), "knowsley", "mash_step_up", when, 5, "near_miss",
        "other", False, None, ["EHM-69920"], [ch("Jayden-Lee Houghton", "2021-09-21", "21/09/2021")], [], None, None,
        [], None, "human_review",
        "ED liaison notification headed 'NOT URGENT' in clinical shorthand (FOOSH, buckle #, NAD, NAI screen) "
        "describing a resolved, witnessed, clinically explained injury; the child is home -> near miss, not urgent, "
        "concerns [] (injury explained). NHS number is not a case id; base64 body.",
        not_children=["Claire Houghton"])

KNOWSLEY_06_THREAD = T("""
Hi MASH,

Please see the thread below - Caroline has agreed the step up. The step up TAF meeting is on
Wednesday 28 June at 13:30 at Prescot Family Hub (Teams invite to follow to you and MASH business
support). The step up form and the TAF minutes from 14/06 are attached.

The Engaging Families toolkit scoring isn't finished yet - I'll send it over once it's scored.

Dani

Danielle Ó Ceallaigh
Family First Case Manager (Level 3)
Knowsley Council

> On 21 Jun 2028, at 14:10, Caroline Etherington <Caroline.Etherington@knowsley.gov.uk> wrote:
>
> Yes - agreed, send it to MASH today. Make sure the toolkit goes with it.
> C
>
>> On 21 Jun 2028, at 13:55, Danielle Ó Ceallaigh <Danielle.OCeallaigh@knowsley.gov.uk> wrote:
>>
>> Caroline - TAF minutes done, form done. Can I send it? Toolkit about half done.
>>
>>> On 20 Jun 2028, at 16:40, Caroline Etherington <Caroline.Etherington@knowsley.gov.uk> wrote:
>>>
>>> Happy in principle. It's non-engagement, so we'll need the Engaging Families toolkit
>>> with it. Finish the form and I'll look again tomorrow.
>>> Caroline Etherington, Team Manager, Family First 0-18 (Prescot)
>>>
>>>> On 20 Jun 2028, at 11:02, Danielle Ó Ceallaigh <Danielle.OCeallaigh@knowsley.gov.uk> wrote:
>>>>
>>>> Caroline, can we talk about stepping up Róisín and Darragh? (Case ID on EHM: 70244)
>>>> Mum has missed 5 of the last 6 planned visits and two TAFs, and isn't answering the
>>>> door or her phone. Róisín's attendance is 68% this term and Darragh's 74%. School
>>>> have tried twice as well. I think we've done all we can at Level 3.
>>>> Dani
""")

def knowsley_06():
    f = start("knowsley_06.eml"); when = "2028-06-21 15:22:05"
    form = docx_att("Step up form McAleer-Quigley.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: 70244",
        "Child 1: Róisín McAleer-Quigley, DOB 22/02/2016",
        "Child 2: Darragh McAleer-Quigley, DOB 09/10/2018",
        "Date of step up TAF meeting: Wednesday 28 June 2028, 13:30, Prescot Family Hub",
        "Level of Engagement: low. Engaging Families Toolkit: in progress, to follow.",
        "Recent TAF meeting minutes attached: yes (14/06/2028)",
        "What are we worried about? Mum (Bríd McAleer) has stopped engaging: 5 of 6 visits missed, no response to "
        "letters, calls or school. Attendance: Róisín 68%, Darragh 74%.",
        "What is working well? The children are well presented when in school; Darragh enjoys breakfast club.",
        "What needs to happen? Statutory assessment to understand what is happening at home."])
    minutes = pdf_att("TAF minutes 14.06.28.pdf", "TAF minutes - 14/06/2028 - McAleer-Quigley", [
        "Case ID on EHM: 70244. Present: Danielle O Ceallaigh (FF), school attendance officer, school nurse. Mum did not attend.",
        "Attendance below 75% for both children. Mum not seen since 19 May.",
        "Action: case manager to discuss step up with TM."])
    top = plain_top(f, addr("Danielle Ó Ceallaigh", "Danielle.OCeallaigh@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Fwd: Step up - McAleer-Quigley - TAF Wed 28/06 13:30", when, KDOM,
                    "Apple Mail (2.3774.600.62)", cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, KNOWSLEY_06_THREAD, [form, minutes], crlf=False), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["70244"],
        [ch("Róisín McAleer-Quigley", "2016-02-22", "22/02/2016"), ch("Darragh McAleer-Quigley", "2018-10-09", "09/10/2018")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], True, "request_info",
        "Apple Mail plain text with four nested '>' levels (newest first). The TM's agreement is in the first quoted "
        "level ('Yes - agreed'); the children's full names and DOBs are only in the attached form. Non-engagement, "
        "but the Engaging Families toolkit is 'to follow' -> engaging_families missing -> request_info. Wed 28 June "
        "13:30 is exactly 5 WD after Wed 21 June, ok. 'Case ID on EHM: 70244' -> '70244'.",
        meeting=date(2028, 6, 28), not_children=["Bríd McAleer"])

def knowsley_07():
    f = start("knowsley_07.eml"); when = "2028-06-30 15:48:21"
    body = T("""
Hi Family First duty,

I'm letting you know of the intention to step Zoë-Grace Pennington (d.o.b. 07/02/2018, ICS ID
2301177) down to a Level 2 Early Help service.

Final CIN meeting: Thursday 6 July 2028, 10:00, Prescot Park Primary School (family room).

Lead Practitioner after the step down: Yetunde Ashworth-Bello, SENCo, Prescot Park Primary School,
who has agreed to take on the role.

What are we worried about?
Zoë-Grace's speech and language delay and the EHCP needs assessment that is under way; dad's
isolation since mum moved to Wales.

What is working well?
Dad has kept every appointment; attendance is 97%; no incidents since February.

What needs to happen?
School to lead the Level 2 plan; SALT referral to be chased by school; dad to join the dads' group at
Prescot Family Hub.

Dad has agreed to the step down and to school leading the plan.

Thanks,
Hollie

Hollie Prendergast
Social Worker, Children in Need Team 2
Knowsley Council
""")
    top = outlook_top(f, addr("Prendergast, Hollie", "Hollie.Prendergast@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Zoë-Grace Pennington - final CIN 06/07", when,
                      cc=addr("Yetunde Ashworth-Bello", "senco@prescotpark-primary.example.sch.uk"))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7, "ordinary",
        "step_down", False, 2, ["2301177"], [ch("Zoë-Grace Pennington", "2018-02-07", "07/02/2018")],
        ["disability_send"], True, None, [], False, "request_info",
        "Level 2 step-down with venue, all three Signs of Safety headings and a Lead Practitioner with agency, but "
        "Fri 30 June -> Thu 6 July is only 4 WD (< 5) -> notice not ok -> request_info. Speech/EHCP = disability_send; "
        "dad's isolation maps to no id. Dad's agreement = consent true (not required at Level 2).",
        meeting=date(2028, 7, 6))

def knowsley_08():
    f = start("knowsley_08.eml"); when = "2028-06-26 09:37:40"
    body = T("""
Morning,

The Engaging Families toolkit is now scored - attached. It shows low engagement (14/40) and sets out
what we've tried: six visits, three letters, a joint visit with school and calls at different times
of day.

Dani
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "21 June 2028 15:27",
             "Danielle Ó Ceallaigh <Danielle.OCeallaigh@knowsley.gov.uk>",
             "[SB-knowsley-112] Step-up request received", T("""
Thank you. Your step-up request has been received and given the reference SB-knowsley-112.
Children: Róisín McAleer-Quigley (DOB 22/02/2016), Darragh McAleer-Quigley (DOB 09/10/2018)
Case ID on EHM: 70244
Concerns recorded: non-engagement; school attendance
Step-up TAF meeting: Wednesday 28 June 2028 at 13:30 (notice: 5 working days)
Still needed: the Engaging Families toolkit and what it tells you (the step-up relates to non-engagement).

Knowsley MASH (automated message)
"""))
    tool = pdf_att("Engaging Families Toolkit - McAleer-Quigley.pdf", "Engaging Families Toolkit - scoring", [
        "Family: McAleer-Quigley. Case ID on EHM: 70244. Scored 23/06/2028.",
        "Score 14/40 - low engagement. Attempts: 6 visits, 3 letters, joint visit with school, calls at varied times.",
        "What this tells us: engagement has not improved with any approach at Level 3."])
    top = plain_top(f, addr("Danielle Ó Ceallaigh", "Danielle.OCeallaigh@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-112] Step-up request received", when, KDOM, "Apple Mail (2.3774.600.62)",
                    extra=[("In-Reply-To", "<SB-knowsley-112.ack.20280621152701@knowsley.gov.uk>"),
                           ("References", "<SB-knowsley-112.ack.20280621152701@knowsley.gov.uk>")])
    add(f, mail(f, top, body, [tool], crlf=False), "knowsley", "mash_step_up", when, 3, "ordinary",
        "follow_up", False, None, ["70244"],
        [ch("Róisín McAleer-Quigley", "2016-02-22", "22/02/2016"), ch("Darragh McAleer-Quigley", "2018-10-09", "09/10/2018")],
        ["non_engagement", "school_attendance"], None, None, [], None, "attach_to_request",
        "Reply to the SB-knowsley-112 acknowledgement supplying the Engaging Families toolkit (PDF) -> follow_up, "
        "attach_to_request, missing []. Children, DOBs, case id and concerns come from the quoted acknowledgement "
        "(facts from the whole message); manager agreement is not restated here -> null.")

# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = start("richmond_wandsworth_01.eml"); when = "2028-06-12 09:24:31"
    body = T("""
MASH,

I've agreed this needs to step up to Children's Services now: Ruby Ferreira-Hale (DOB 11/04/2022) and
Alfie Ferreira-Hale (DOB 30/01/2026), Mosaic ID 2461170. The case summary and rationale will follow
once Femi is off the phone - the Teams chat between Femi (EH worker) and Sinéad (IDVA) this morning is
exported below.

Priyanka

Priyanka Raman-Leigh
Early Help Team Manager (Wandsworth South)

----- Teams chat export - Femi Adeyemi-Cole, Sinéad Ní Mhurchú - 12/06/2028 -----
[08:41] Sinéad Ní Mhurchú: morning. DV inc at Ruby & Alfie's mum's flat o/n, 23:50. NFS disclosed. DASH 21 = high. MARAC ref going in today
[08:43] Femi Adeyemi-Cole: kids there?
[08:43] Sinéad Ní Mhurchú: yes both in the flat. Police attended, Shane arrested
[08:47] Sinéad Ní Mhurchú: custody RUI'd him at 07:15. No bail so no conds. CPS no charging decision yet
[08:52] Femi Adeyemi-Cole: ok. refuge?
[09:04] Sinéad Ní Mhurchú: she's just txt me. he's back in the flat now. she's got Alfie in the bathroom with the door locked, Ruby is in the front room with him
[09:05] Femi Adeyemi-Cole: 999?
[09:06] Sinéad Ní Mhurchú: she won't, says it'll make it worse. I'm calling 999 now
[09:07] Femi Adeyemi-Cole: ok calling Priyanka
----- end of export -----
""")
    top = outlook_top(f, addr("Raman-Leigh, Priyanka", "Priyanka.Raman-Leigh@" + RDOM), addr("MASH Step Up", RMASH),
                      "FW: Teams chat - Ferreira-Hale - step up", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["2461170"],
        [ch("Ruby Ferreira-Hale", "2022-04-11", "11/04/2022"), ch("Alfie Ferreira-Hale", "2026-01-30", "30/01/2026")],
        ["domestic_abuse"], None, True, ["case_summary", "rationale"], None, "alert_duty",
        "EH team manager's step-up whose substance is a pasted Teams chat export in DV shorthand only (DV inc, NFS, "
        "DASH 21 = high, MARAC, RUI'd, no conds): the perpetrator released this morning is back in the flat now with "
        "a 6-year-old and a 2-year-old -> urgent. 'I've agreed this needs to step up' from the sending EH TM -> "
        "manager_agreed true. Case summary and rationale 'will follow' -> both missing (kept on an urgent request).",
        not_children=["Shane"])

def richmond_wandsworth_02():
    f = start("richmond_wandsworth_02.eml"); when = "2028-06-14 18:12:48"
    body = T("""
To the MASH team,

Session record - telephone interpreting
Date: 14/06/2028   Start: 17:31   End: 17:52 (call dropped)
Language: Arabic (Levantine)
Booked by: Rosewood House (women's refuge, Wandsworth) - support worker Kerry-Ann Doyle
Job ref: LL-558231

I am the interpreter on this call. The refuge worker had to leave the room at the end of the call
and asked me to send what was said to your team, because she could not get through on the phone. I
give the mother's words as I interpreted them, in the first person:

"My husband found out where we are. His cousin saw Yasmin at the school gate today. He rang me ten
minutes ago. He said he is coming here with his brothers within the hour to take the children, and
that he has their passports and tickets for Amman tomorrow. He said if I try to stop him he will
hurt them and me. The children are Yasmin Al-Khatib, she is 9, and Omar Al-Khatib, he is 6. We are in
the room upstairs."

The call dropped at 17:52. The refuge worker told me she would ring the police. I have no other
information.

I am bound by confidentiality and share this only for the children's safety, as the refuge worker
asked me to.

Nadia Haddad-Sørensen
Public Service Interpreter (Arabic)
NRPSI no. 70412
LinguaLink Interpreting
""")
    top = plain_top(f, addr("Nadia Haddad-Sørensen", "nadia.haddad@lingualink-interpreting.example.com"),
                    addr(None, RMASH), "Call from a mother in a refuge - interpreter's note (Arabic)", when,
                    "lingualink-interpreting.example.com", None,
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2, "urgent",
        "other", True, None, [], [ch("Yasmin Al-Khatib"), ch("Omar Al-Khatib")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "An interpreter relays a refuge call in the first person, at 18:12 (out of office hours): the father says he "
        "is coming 'within the hour' to take the children abroad and will hurt them if stopped -> urgent. Other "
        "(not a step request). Fleeing DA -> domestic_abuse; the threat to hurt the children -> physical_harm. "
        "Ages only (dob null); Job ref and NRPSI number are not case ids.",
        not_children=["Kerry-Ann Doyle"])

def richmond_wandsworth_03():
    f = start("richmond_wandsworth_03.eml"); when = "2028-06-20 10:02:15"
    rows = [
        ("Child", "Theo Abernethy-Clarke"),
        ("DOB", "08/02/2028 (4/12)"),
        ("Address", "Flat 3, Aldersmead Court, London SW17"),
        ("Known to", "Wandsworth Early Help (Mosaic ID 2470019) - HV universal"),
        ("Attended", "ED 06:40 today with mother and mother&#8217;s partner. PC: &#8220;rolled off the changing mat&#8221; at 05:30"),
        ("O/E", "L SCH. 3 x FTB (fingertip-pattern bruising) L upper arm. Small healing bruise R pinna. Non-mobile."),
        ("Paeds review", "Reg (ST6) 07:50: ?NAI. Plan: CT head, skeletal survey, clotting screen, ophthalmology review; admit under paeds."),
        ("Outcome / disposition", "Mother&#8217;s partner took Theo from cubicle 4 at 09:12 before bloods, &#8220;to get him some air&#8221;; mother followed. Not returned. DNW. Both phones off. CCTV: left via the ambulance bay in a silver Corsa. Police informed 09:40 (CAD 1873)."),
        ("Requested", "Please share with MASH duty."),
    ]
    trs = "\n".join(
        '<tr style=3D"mso-yfti-irow:%d">\n<td width=3D"180" valign=3D"top" style=3D"width:135.0pt;border:solid #A6A6A6 1.0pt;'
        'mso-border-alt:solid #A6A6A6 .5pt;background:#F2F2F2;padding:0cm 5.4pt 0cm 5.4pt">\n'
        '<p class=3D"MsoNormal"><b><span style=3D"font-size:10.0pt;mso-bidi-font-family:Arial">%s<o:p></o:p></span></b></p>\n</td>\n'
        '<td width=3D"420" valign=3D"top" style=3D"width:315.0pt;border:solid #A6A6A6 1.0pt;border-left:none;'
        'mso-border-left-alt:solid #A6A6A6 .5pt;padding:0cm 5.4pt 0cm 5.4pt">\n'
        '<p class=3D"MsoNormal"><span style=3D"font-size:10.0pt">%s<o:p></o:p></span></p>\n</td>\n</tr>' % (i, k, v)
        for i, (k, v) in enumerate(rows))
    # Word-generated HTML: written already quoted-printable-safe (=3D) and then soft-wrapped below
    raw = T("""
<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
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
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
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
<o:shapedefaults v:ext=3D"edit" spidmax=3D"1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext=3D"edit">
<o:idmap v:ext=3D"edit" data=3D"1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=3D"EN-GB" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Good morning,<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Please see the ED liaison notification below.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<table class=3D"MsoTableGrid" border=3D"1" cellspacing=3D"0" cellpadding=3D"0" style=3D"border-collapse:collapse;border:none;mso-border-alt:solid #A6A6A6 .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
<tbody>
@@ROWS@@
</tbody>
</table>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal"><span style=3D"mso-fareast-language:EN-GB">Olamide Fairweather-Ojo<o:p></o:p></span></p>
<p class=3D"MsoNormal"><span style=3D"mso-fareast-language:EN-GB">Paediatric ED Liaison Nurse | St Gregory&#8217;s Hospital | 020 7946 0784<o:p></o:p></span></p>
</div>
</body>
</html>
""").replace("@@ROWS@@", trs)
    # soft-wrap each line at 76 columns without splitting an =XX escape
    out = []
    for line in raw.split("\n"):
        while len(line) > 75:
            cut = 75
            while line[cut - 1] == "=" or line[cut - 2] == "=":
                cut -= 1
            out.append(line[:cut] + "=")
            line = line[cut:]
        out.append(line)
    qp_body = "\n".join(out)
    root = Part([("Content-Type", 'text/html; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
                qp_body)
    top = outlook_top(f, addr("Fairweather-Ojo, Olamide", "olamide.fairweather-ojo@stgregorys-nhs.example.org"),
                      addr("MASH Step Up", RMASH), "ED liaison notification - Abernethy-Clarke - 4/12", when,
                      mid_domain="AM9PR02MB7732.eurprd02.prod.outlook.com")
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 5, "urgent",
        "other", True, None, ["2470019"], [ch("Theo Abernethy-Clarke", "2028-02-08", "08/02/2028")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "HTML-only Word/Outlook mail with heavy mso markup (VML namespaces, conditional comments, <o:p>, "
        "mso-* styles); the key sentence is in the 'Outcome / disposition' <td>: a non-mobile 4-month-old with "
        "L SCH and fingertip bruising, ?NAI, was taken out of ED by mother's partner before tests, whereabouts "
        "unknown (DNW, phones off). Clinical shorthand only -> urgent. CAD number is not a case id.")

def richmond_wandsworth_04():
    f = start("richmond_wandsworth_04.eml"); when = "2028-06-22 14:15:03"
    body = T("""
Hi Early Help Duty,

We're refreshing the reception folder at Roehampton Family Hub. Could you confirm that the form
below is still the current version? The copy we have was last updated in 2025 and I want to check
before I print 20 copies. No family is involved - it's the blank template.

Thanks,
Hazel

Hazel Tremayne-Okoro
Business and Systems Officer, Roehampton Family Hub

-----------------------------------------------------------------
IMMEDIATE RISK SCREENING - completed by the practitioner at first contact
Child's name: ______________________   DOB: ___/___/______
Mosaic ID (if known): ____________
1. Is the child at immediate risk of significant harm today or tonight?   YES / NO
2. Has the child made a disclosure? (record the child's exact words):
   ________________________________________________
3. Injury observed? (location, size, colour): ____________________
4. Is the alleged perpetrator in the home, or collecting the child today?   YES / NO
5. If YES to 1 or 4: telephone MASH duty now on 020 7946 0321, and call 999 if the child is in danger.
Completed by: ______________   Date/time: ______________
-----------------------------------------------------------------
""")
    top = outlook_top(f, addr("Tremayne-Okoro, Hazel", "Hazel.Tremayne-Okoro@" + RDOM), addr("Early Help Duty", REH),
                      "Is this still the right form? - Immediate Risk Screening (blank)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A blank risk-screening template pasted under a question about reception stationery: 'immediate risk of "
        "significant harm today or tonight', 'disclosure', 'perpetrator ... collecting the child today', '999' are "
        "all printed prompts with empty answers; 'No family is involved' -> not urgent, no child, other.")

def richmond_wandsworth_05():
    f = start("richmond_wandsworth_05.eml"); when = "2028-06-27 11:20:36"
    body = T("""
Hi Jasper,

Following our call this morning, I'm confirming the step-down case discussion for Kian
Delacroix-Mensah (DOB 2024-09-17, Mosaic ID 2433806) on Friday 30 June at 10:00 on Teams.

The latest case summary and the draft plan for Early Help are attached. Mum (Adjoa Mensah) has given
her consent for Early Help to continue the plan, and for the family hub to take on the Lead
Professional role.

For clarity, because the wording of the May referral was alarming: the section 47 enquiry has
concluded. The CP medical on 19 May ruled out NAI - the bruising to Kian's shin and forehead was
consistent with his fall from the climbing frame at Little Oaks Nursery, which two staff witnessed and
recorded in the accident book. Nor is it the case that Kian was left unsupervised at home: the
neighbour's call was about a different flat, as police confirmed the same day. It isn't that we have
no worries at all, but nothing suggests Kian isn't safe at home.

What remains is mum's anxiety and isolation since the move from Croydon; the plan covers both.

Tobias

Tobias Lindqvist-Amoah
Social Worker, Assessment Team (Wandsworth)
""")
    summary = pdf_att("Case summary - Delacroix-Mensah.pdf", "Case summary - Kian Delacroix-Mensah", [
        "Mosaic ID 2433806. DOB 2024-09-17.",
        "Referral May 2028 (nursery bruising; neighbour's report). s47 concluded: NAI ruled out by CP medical 19/05/2028; "
        "neighbour's report concerned another flat.",
        "Current: mum's anxiety and isolation; GP and Talking Therapies. Kian thriving at nursery."])
    plan = docx_att("Draft EH plan - Delacroix-Mensah.docx", [
        "# Draft plan for Early Help",
        "Child: Kian Delacroix-Mensah",
        "Lead Professional: Tooting Family Hub (family support worker to be named at the case discussion).",
        "1. Mum to attend the hub's wellbeing group weekly - from July.",
        "2. Family support worker to link mum with the local parents' network - 6 weeks.",
        "3. Review with the nursery at 3 months."])
    top = outlook_top(f, addr("Lindqvist-Amoah, Tobias", "Tobias.Lindqvist-Amoah@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Kian Delacroix-Mensah - case discussion Fri 30 June 10:00", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2433806"], [ch("Kian Delacroix-Mensah", "2024-09-17", "2024-09-17")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete R&W step-down (case summary PDF, draft plan .docx, consent stated). Alarming vocabulary is all "
        "'ruled out' or negated by double negatives ('Nor is it the case that Kian was left unsupervised', "
        "'nothing suggests Kian isn't safe') -> near miss, not urgent; no physical_harm. Only mum's anxiety remains.",
        not_children=["Adjoa Mensah"])

def richmond_wandsworth_06():
    f = start("richmond_wandsworth_06.eml"); when = "2028-06-29 16:05:12"
    body = T("""
Hello MASH,

After our reflective discussion on 27 June I have agreed to step Mateus Carvalho-Byrne (DOB
14.05.2014, Mosaic ID 2448015) up to Children's Services.

The latest case summary and the rationale are both in the attached 'Step up pack' (two headed
sections). The Early Help worker is Kwame Asante-Rowe, EH Practitioner, who will join the case
discussion. Mum (Lúcia Carvalho) is aware of the step up.

Oona

Oona Fitzsimmons-Baptiste
Early Help Team Manager (Richmond)
""")
    pack = docx_att("Step up pack - Carvalho-Byrne.docx", [
        "# Case summary",
        "Mateus Carvalho-Byrne, DOB 14.05.2014, Mosaic ID 2448015. Open to Early Help since October 2027.",
        "Mum has bipolar disorder; she was detained under the Mental Health Act in April and discharged in May. "
        "Mateus (14) does the shopping, cooking and mum's medication prompts and looks after the house.",
        "# Rationale for step up",
        "Mum's relapse signature is present again (not sleeping, stopped medication). Mateus is carrying the care alone; "
        "the Early Help plan cannot meet the level of need. A Child and Family Assessment is needed to plan support "
        "for a young carer and a contingency plan if mum is admitted again."])
    top = outlook_top(f, addr("Fitzsimmons-Baptiste, Oona", "Oona.Fitzsimmons-Baptiste@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Carvalho-Byrne - case summary and rationale (one document)", when)
    add(f, mail(f, top, body, [pack], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6, "ordinary",
        "step_up", False, None, ["2448015"], [ch("Mateus Carvalho-Byrne", "2014-05-14", "14.05.2014")],
        ["parental_mental_health", "young_carer"], None, True, [], None, "book_meeting",
        "Complete R&W step-up from the EH team manager ('I have agreed') with both required documents as headed "
        "sections of one .docx ('Case summary', 'Rationale for step up') -> book_meeting. 'Mum ... is aware' is not "
        "consent (null). DOB written 14.05.2014.",
        not_children=["Lúcia Carvalho", "Kwame Asante-Rowe"])

def richmond_wandsworth_07():
    f = start("richmond_wandsworth_07.eml"); when = "2028-06-30 12:03:27"
    data = itip_reply(f, when, "Imogen Varley", "imogen.varley@" + RDOM, ("R&W MASH Step Up", RMASH), "DECLINED",
                      "Step-up case discussion - Carvalho-Byrne [SB-richmond_wandsworth-57]",
                      "20280703T100000", "20280703T110000", "Microsoft Teams Meeting",
                      comment="Sorry - I'm chairing an ICPC for another family at that time. Please offer another slot; Jasper Quint can join in my place if it has to be Monday.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a comment about another family's ICPC -> meeting_reply, "
        "record_reply; the SUMMARY gives only a surname, so no child.")

def richmond_wandsworth_08():
    f = start("richmond_wandsworth_08.eml"); when = "2028-07-10 17:26:55"
    body = T("""
Hi EH duty,

As agreed with Jasper on the phone, the step-down case discussion for Maja Kowalczyk-Adebayo (DOB
03/03/2017) and Hanna Kowalczyk-Adebayo (DOB 28/08/2020), Mosaic 2451990 / 2451991, is on Wednesday
12 July at 14:00 on Teams. The draft plan is attached; the case summary is below.

Consent: I haven't got it yet. Mum wants dad there when we talk about it, so I'll go round tonight when
he gets in from work and ask them both, and I'll confirm tomorrow.

Case summary
CIN since January 2028 for neglect (home conditions, missed health appointments). Home conditions
have been good at the last six visits; both girls are up to date with dental and health checks; school
report Maja is settled and Hanna's nursery attendance is 95%. The family would benefit from Early Help
support with routines and budgeting as the CIN plan ends.

Zoë

Zoë Ní Bhraonáin
Social Worker, Children in Need (Richmond)

Sent from Outlook for Android
""")
    plan = pdf_att("Draft EH plan - Kowalczyk-Adebayo.pdf", "Draft plan for Early Help - Kowalczyk-Adebayo", [
        "Children: Maja Kowalczyk-Adebayo, Hanna Kowalczyk-Adebayo. Mosaic 2451990 / 2451991.",
        "1. Family support worker: routines and budgeting, weekly for 8 weeks.",
        "2. Health visitor/school nurse: keep health checks up to date.",
        "3. Review at the 4-week step-down review meeting."])
    top = plain_top(f, addr("Zoë Ní Bhraonáin", "Zoe.NiBhraonain@" + RDOM), addr("Early Help Duty", REH),
                    "step down - Kowalczyk-Adebayo girls - case discussion Weds", when, RDOM, None,
                    extra=[("X-Mailer", "Outlook for Android")])
    add(f, mail(f, top, body, [plan], crlf=False, cte="base64"), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2451990", "2451991"],
        [ch("Maja Kowalczyk-Adebayo", "2017-03-03", "03/03/2017"), ch("Hanna Kowalczyk-Adebayo", "2020-08-28", "28/08/2020")],
        ["neglect"], None, None, ["consent"], None, "request_info",
        "Outlook for Android step-down (base64 body, RFC 2047 From 'Zoë Ní Bhraonáin', sent 17:26) with the case "
        "summary pasted under its own heading and the draft plan as a PDF. 'when he gets in from work' is only about "
        "asking for consent tonight -> consent null -> missing consent -> request_info. Not urgent.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
NHS_DISCLAIMER = T("""
********************************************************************
This message may contain confidential and privileged information. If you are not the intended
recipient please accept our apologies; please do not disclose, copy or distribute information in
this e-mail or take any action in reliance on its contents. Please inform the sender and delete it.
********************************************************************
""")

def tower_hamlets_01():
    f = start("tower_hamlets_01.eml"); when = "2028-06-12 13:18:26"
    body = T("""
Dear MAST,

Postnatal day 5 visit today at 11:30 to Ms Farzana Begum (P1) and baby Ruqayyah Begum-Ahmed (born
07/06/2028, 2.9kg, breastfed), 3rd floor, Cressfield House, E1.

Baby was not at home. Ms Begum says her partner, Imran Ahmed, took Ruqayyah out in his car at about
10:00 "to show her to his cousin in Ilford". There is no car seat - the box is still unopened in the
hall. He had been drinking since last night: there were empty cans and a vodka bottle in the kitchen
and Ms Begum says he was "slurring". She says he is disqualified from driving. Ruqayyah was last fed
at 07:00. He is not answering his phone and Ms Begum does not know the cousin's address.

I stayed until 12:50 and they had not come back. Ms Begum is very distressed. I advised her to ring
999; she would not, so my team leader is ringing the police now.

I'm back at the St Dunstan's community midwifery base from 14:00 on 07700 900611.

Hawa Jalloh-Pritchard RM
Community Midwife, Team 3 (Stepney)
St Dunstan's Hospital Maternity Services

""") + NHS_DISCLAIMER
    top = plain_top(f, addr("JALLOH-PRITCHARD, Hawa (ST DUNSTAN'S HOSPITAL)", "hawa.jalloh-pritchard@stdunstans-nhs.example.org"),
                    addr("MAST", TMAST), "Postnatal visit today - baby not at home - Begum-Ahmed", when,
                    "stdunstans-nhs.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=True, cte="base64"), "tower_hamlets", "mash_step_up", when, 4, "urgent",
        "other", True, None, [], [ch("Ruqayyah Begum-Ahmed", "2028-06-07", "07/06/2028")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Community midwife (NHS-style base64 body with disclaimer): a 5-day-old was driven off three hours ago "
        "without a car seat by a partner who has been drinking since last night and is disqualified; not fed since "
        "07:00, whereabouts unknown -> urgent today. Drink-driving with a baby = neglect + substance_misuse (risk8 "
        "convention). Other, not a step request.",
        not_children=["Farzana Begum", "Imran Ahmed"])

def tower_hamlets_02():
    f = start("tower_hamlets_02.eml"); when = "2028-06-21 12:34:10"
    body = T("""
Dear Sir or Madam,

My name is Hafsa Chowdhury-Mirza and I am 14 years old. I am in Year 9 at Bow Meadow Academy. I found
this email address on the Tower Hamlets website under Early Help, because my mum went to a parenting
course at the hub last year.

I am writing about my brother, Musa Chowdhury-Mirza, who is 5. This morning, when I was getting him
dressed, he showed me his right hand. The palm is red with blisters on it and he had it wrapped in a
sock. He told me that last night my dad held his hand on the cooker ring because he wet himself
again, and that Dad said if he told anyone he would do the other hand.

Musa is not at school today because Dad said he is ill. Dad is at home with him all day because he is
not working at the moment. My mum works at the hospital and does not finish until 8pm.

I did not tell my teacher because I am scared that my dad will find out it was me. I am writing from
the library computer at lunch. I have to go straight home when I finish at 3.15.

Please do not tell my dad that I wrote this.

Yours faithfully,
Hafsa Chowdhury-Mirza
Year 9, Bow Meadow Academy
""")
    top = plain_top(f, addr("Hafsa Chowdhury-Mirza", "24hchowdhurymirza@bowmeadow-academy.example.sch.uk"),
                    addr(None, THUB), "Reporting something about my brother", when,
                    "bowmeadow-academy.example.sch.uk", None,
                    extra=[("X-Mailer", "Microsoft Outlook Web App")])
    add(f, mail(f, top, body, html_alt=True, crlf=False), "tower_hamlets", "early_help_duty", when, 5, "urgent",
        "other", True, None, [], [ch("Hafsa Chowdhury-Mirza"), ch("Musa Chowdhury-Mirza")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A 14-year-old writes herself, in a formal letter from her school account, with her 5-year-old brother's "
        "account (a sibling's report of the child's words): deliberate burn to the palm last night, the father "
        "kept him off school and is alone with him today -> urgent. Both named children are listed (the writer is "
        "a child too), in order of appearance; ages only, dob null.")

def tower_hamlets_03():
    f = start("tower_hamlets_03.eml"); when = "2028-06-29 15:41:05"
    body = T("""
Good afternoon,

I am the Practice Manager at Jubilee Street Medical Centre. Dr Okwuosa has asked me to email MAST
because she is in surgery until 6.30pm and has not been able to get through on the phone. Her message
is below exactly as she dictated it.

---
Pt: Ibrahim Rahman-Oduya   DOB: 02-04-2027 (14/12)   NHS no: 999 456 7812
Seen 11:10 today with mum + mum's partner. PC: not using L arm since yesterday. Hx: "caught arm in
the cot bars". O/E: swollen tender L upper arm; 2 x small bruises L forearm. Sent for XR.
XR L humerus (reported 14:52): spiral # mid-shaft, no periosteal reaction - acute.
Rang mum 15:05 to refer to paeds ED for review + skeletal survey: declined, said partner "won't allow
it", then rang off. Not answering since.
Home: Brodlove Court, E1. Not previously known to us; no HV concerns on record.
---

Dr Okwuosa can be reached on 020 7946 0558 after 6.30pm.

Kind regards,

Lorraine Fairbanks-Iqbal
Practice Manager
Jubilee Street Medical Centre
""")
    top = outlook_top(f, addr("FAIRBANKS-IQBAL, Lorraine (JUBILEE STREET MEDICAL CENTRE)", "lorraine.fairbanks-iqbal@jubileest-gp.example.org"),
                      addr("MAST", TMAST), "Message from Dr Okwuosa - radiology result - Ibrahim Rahman-Oduya", when,
                      mid_domain="LO2P123MB4410.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 7, "urgent",
        "other", True, None, [], [ch("Ibrahim Rahman-Oduya", "2027-04-02", "02-04-2027")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "GP practice manager relays a GP's dictated note in clinical shorthand only (PC, Hx, O/E, XR, 'spiral # "
        "mid-shaft ... acute', 14/12): an unexplained acute spiral fracture in a 14-month-old whose mother has refused "
        "paediatric review because of her partner and stopped answering -> urgent. DOB written 02-04-2027; NHS "
        "number is not a case id.")

def tower_hamlets_04():
    f = start("tower_hamlets_04.eml"); when = "2028-07-04 10:26:40"
    body = T("""
Hi,

FYI. My tenant, Ms Kulsum Akter, reported to me this morning that her ex-partner forced the front door
at her flat in Limehouse Walk last night, threatened to kill her and smashed the kitchen. Police
attended; he had left before they arrived. She is staying with a friend and we are arranging an
emergency management transfer. I have referred her to the IDVA service and to MARAC.

I'm emailing only because our system shows a family hub referral for her in 2025. I have checked
with her: she has no children living with her. Her two sons, Arif and Zayan, have lived with their
father in Leicester since March 2027 under a child arrangements order. She sees them in the school
holidays only, they were not at the flat, and they are not due to visit until late August. The
ex-partner is not their father and has never met them.

Happy to share the MARAC referral if it's useful for your records.

Declan Mbeki-Forsyth
Tenancy Sustainment Officer
Poplar Riverside Homes
""")
    top = plain_top(f, addr("Declan Mbeki-Forsyth", "d.mbeki-forsyth@poplarriverside-homes.example.org"),
                    addr("Early Help Hub", THUB), "Ms K Akter - DA at property last night - FYI re any children", when,
                    "poplarriverside-homes.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Housing officer: forced entry and a threat to kill last night, but the risk is to an adult only and the "
        "children are explicitly elsewhere (with their father in Leicester since 2027 under a CAO, not due to visit "
        "until August; the ex-partner has never met them) -> near miss, not urgent. First names only -> no "
        "children; adult-only -> concerns [].")

def tower_hamlets_05():
    f = start("tower_hamlets_05.eml"); when = "2028-07-07 21:14:33"
    body = T("""
Hi it's Nasrin, Shelina from the hub said to email this address if anything happened so I'm keeping
you updated.

Tonight the kids' dad Kamal turned up at about 8 and started smashing things and shouting at me. I rang
999. The police are here now as I'm writing this and they've arrested him, he's in the back of the
van outside. The kids (Ayaan Hussain-Clarke and Inaya Hussain-Clarke) weren't here, they've been at my
mum's in Poplar since teatime and they're staying there tonight, my mum knows not to let him in and an
officer has been round to check on them. They didn't see or hear any of it.

The officer said they'll let children's services know in the morning and I've got a crime number.

I'm ok, just shaken. I'll ring Shelina on Monday.

Nasrin

Sent from my iPhone
""")
    top = plain_top(f, addr("Nasrin Hussain", "nasrin.h88@mailbox.example.com"), addr(None, THUB),
                    "Update from Nasrin (Ayaan and Inaya's mum)", when, "mailbox.example.com",
                    "iPhone Mail (22F76)")
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 6, "near_miss",
        "other", False, None, [], [ch("Ayaan Hussain-Clarke"), ch("Inaya Hussain-Clarke")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "A parent's update at 21:14 about a DA incident 'now as I'm writing this', but the police are on scene and "
        "have arrested him, the children have been at grandmother's since teatime, stay there tonight and were "
        "checked by an officer, and police will notify children's services -> the risk is held, nothing is asked "
        "of this inbox tonight -> near miss, not urgent (risk9 convention). domestic_abuse kept as the current worry.",
        not_children=["Kamal"])

T06_PLAIN = T("""
Dear MAST,

Please find attached the MARF for Leo Aziz-Marsh (DOB 16/10/2019, Mosaic 1588420). I have agreed this
step up: mum has disengaged from the TAF since April and Leo's attendance is 71%.

I've left Tomasz's original email to me below with my comments in red, because parts of it read as if
they happened this week and they did not - the MARF has the right dates.

Rukhsana

Rukhsana Begum-Whitlock
Early Help Team Manager (Bow and Mile End)

From: Tomasz Wiśniewski-Bond <Tomasz.Wisniewski-Bond@towerhamlets.gov.uk>
Sent: 04 July 2028 16:50
To: Rukhsana Begum-Whitlock <Rukhsana.Begum-Whitlock@towerhamlets.gov.uk>
Subject: Leo A-M - step up?

Rukhsana - can we step Leo up? Dad hit Leo with a belt and he had marks all over his back, police were
called and Leo was taken to his nan's.
[RB: this is the incident of 14 June 2026, which led to the s47 and the CP plan that ended in March
2027. Dad has had no contact since and lives in Glasgow. Nothing like it has happened since.]

Leo told his teacher "Dad's coming back to get me".
[RB: said in June 2026, same incident - not recent. I checked with school today: no disclosures this
year.]

Mum won't answer the door to me and has missed the last three TAFs. Leo's attendance is 71% this year.
[RB: agreed - this is the reason for the step up.]

Tomasz
""")

def tower_hamlets_06():
    f = start("tower_hamlets_06.eml"); when = "2028-07-05 14:02:48"
    top_html = html.escape(T6_TOP, quote=False).replace("\n\n", "</p><p class=\"MsoNormal\">").replace("\n", "<br>")
    red = lambda s: '<span style="color:red">%s</span>' % html.escape(s, quote=False)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>\n'
         '<body lang="EN-GB"><div class="WordSection1">\n<p class="MsoNormal">%s</p>\n'
         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
         '<p class="MsoNormal"><b>From:</b> Tomasz Wi&#347;niewski-Bond &lt;Tomasz.Wisniewski-Bond@towerhamlets.gov.uk&gt;<br>\n'
         '<b>Sent:</b> 04 July 2028 16:50<br>\n<b>To:</b> Rukhsana Begum-Whitlock &lt;Rukhsana.Begum-Whitlock@towerhamlets.gov.uk&gt;<br>\n'
         '<b>Subject:</b> Leo A-M - step up?</p></div>\n'
         '<p class="MsoNormal">Rukhsana - can we step Leo up? Dad hit Leo with a belt and he had marks all over his back, '
         'police were called and Leo was taken to his nan&#8217;s. %s</p>\n'
         '<p class="MsoNormal">Leo told his teacher &#8220;Dad&#8217;s coming back to get me&#8221;. %s</p>\n'
         '<p class="MsoNormal">Mum won&#8217;t answer the door to me and has missed the last three TAFs. Leo&#8217;s '
         'attendance is 71%% this year. %s</p>\n<p class="MsoNormal">Tomasz</p>\n</div></body></html>\n') % (
        top_html,
        red("RB: this is the incident of 14 June 2026, which led to the s47 and the CP plan that ended in March 2027. "
            "Dad has had no contact since and lives in Glasgow. Nothing like it has happened since."),
        red("RB: said in June 2026, same incident - not recent. I checked with school today: no disclosures this year."),
        red("RB: agreed - this is the reason for the step up."))
    marf = pdf_att("MARF - Leo Aziz-Marsh.pdf", "Multi-Agency Request for Support (MARF) - Tower Hamlets", [
        "Child: Leo Aziz-Marsh. DOB 16/10/2019. Mosaic 1588420.",
        "Reason for request: mum has disengaged from the TAF since April 2028 (3 TAFs missed, no home visits); "
        "attendance 71% in 2027/28.",
        "History: s47 June 2026 (physical abuse by father); CP plan ended March 2027; father in Glasgow, no contact since.",
        "Immediate risk? No.",
        "Manager: Rukhsana Begum-Whitlock, EH Team Manager - agreed 05/07/2028."])
    top = outlook_top(f, addr("Begum-Whitlock, Rukhsana", "Rukhsana.Begum-Whitlock@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Leo Aziz-Marsh - MARF attached", when)
    add(f, mail(f, top, T06_PLAIN, [marf], html_body=h), "tower_hamlets", "mash_step_up", when, 5, "near_miss",
        "step_up", False, None, ["1588420"], [ch("Leo Aziz-Marsh", "2019-10-16", "16/10/2019")],
        ["non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "MAST step-up by the EH team manager with the practitioner's original quoted below and her inline comments "
        "in red (HTML) / '[RB: ...]' (plain): each alarming sentence in the quote (belt marks, 'Dad's coming back to "
        "get me') is corrected to June 2026, concluded -> near miss, not urgent; the newest statement wins. MARF "
        "attached and manager agreed -> book_meeting.",
        not_children=["Tomasz"])

T6_TOP = T06_PLAIN.split("\nFrom: Tomasz")[0].strip()

def tower_hamlets_07():
    f = start("tower_hamlets_07.eml"); when = "2028-07-11 10:44:19"
    body = T("""
Hello Early Help Hub,

The Child and Family Assessment for Kenji Nakamura-Begg (DOB 5 May 2015) and Aiko Nakamura-Begg (DOB
19 December 2017), Mosaic 1603377 / 1603378, concluded on 7 July with a recommendation to step down to
a Team Around the Family.

Attached: the C&F assessment and the TAF plan. Both parents have consented to the step-down.

Lead Practitioner: Mrs Shirin Patel-Doherty, Pastoral Manager, Shadwell Basin Community School, who has
agreed to take the role.

I will chair the TAF meeting on Tuesday 18 July at 10:00 at the school and send the minutes within
10 working days.

Remaining worries: dad's depression (he is under the community mental health team) and Kenji's
attendance (88%).

Anjali Desrosiers
Social Worker, Children and Families Assessment Team
London Borough of Tower Hamlets
""")
    cfa = pdf_att("CFA final - Nakamura-Begg.pdf", "Child and Family Assessment - Nakamura-Begg", [
        "Children: Kenji Nakamura-Begg (05/05/2015), Aiko Nakamura-Begg (19/12/2017). Mosaic 1603377 / 1603378.",
        "Concluded 07/07/2028. Outcome: step down to TAF with a Lead Practitioner.",
        "Analysis: dad's depression is being treated; mum is the main carer; Kenji's attendance 88%."])
    taf = docx_att("TAF plan v3 - Nakamura-Begg.docx", [
        "# TAF plan",
        "Lead Practitioner: Shirin Patel-Doherty, Shadwell Basin Community School.",
        "1. School attendance plan for Kenji - attendance officer - review in 6 weeks.",
        "2. Dad to continue with the CMHT; carers' support for mum.",
        "3. TAF review every 6 weeks."])
    top = outlook_top(f, addr("Desrosiers, Anjali", "Anjali.Desrosiers@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Nakamura-Begg siblings - TAF 18/07", when)
    add(f, mail(f, top, body, [cfa, taf], html_alt=True), "tower_hamlets", "early_help_duty", when, 9, "ordinary",
        "step_down", False, None, ["1603377", "1603378"],
        [ch("Kenji Nakamura-Begg", "2015-05-05", "5 May 2015"), ch("Aiko Nakamura-Begg", "2017-12-19", "19 December 2017")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F assessment (PDF), TAF plan (.docx), both parents' consent, Lead "
        "Practitioner with agency -> book_meeting. DOBs written '5 May 2015' and '19 December 2017' (the second is "
        "split across a line break in the body). No level stated -> null.")

def tower_hamlets_08():
    f = start("tower_hamlets_08.eml"); when = "2028-07-14 09:05:02"
    body = T("""
Thank you for your email. I am on annual leave until Monday 24 July with no access to email.

For Early Help queries please contact Olwen Fairclough, Early Help Service Manager.
If a child is at immediate risk of harm, please call MAST on 0207 364 5606 (out of hours 0207 364 4079)
or the police on 999.

Rukhsana Begum-Whitlock
Early Help Team Manager (Bow and Mile End)
""")
    top = outlook_top(f, addr("Begum-Whitlock, Rukhsana", "Rukhsana.Begum-Whitlock@" + TDOM), addr("MAST", TMAST),
                      "Automatic reply: [SB-tower_hamlets-140] MAST discussion booked", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange out-of-office (Auto-Submitted: auto-replied) to a stepbot message; the 999 line is boilerplate -> "
        "auto_reply, ignore.")

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = start("torbay_01.eml"); when = "2028-06-23 13:52:37"
    body = T("""
Hello,

I'm Kayden Polglase's foster carer (he is 8, DOB 17/08/2019, and has been placed with us since
February). His social worker, Marcus, is on leave until Monday and the duty line has been engaged for
40 minutes, so I'm emailing as well as trying again.

Kayden's first overnight contact with his birth mum is this weekend. The contact supervisor is due to
collect him from school when he finishes at 3.15 today and take him to mum's flat in Hele, and he
stays until 5pm on Sunday.

Last night at bath time Kayden asked me whether he has to sleep in Gary's room again at mum's. Gary is
mum's boyfriend. Kayden said that when he stayed there before he came into care, Gary "puts his hands
round my neck until I go dizzy - it's a game but I don't like it", and that Gary told him that's what
happens to boys who tell. He was shaking. I wrote his words down straight away.

I don't know whether anyone knows Gary is living there now. I don't want Kayden to go today.

Denise Trelawny-Hobbs
Foster carer
07700 900847
""")
    top = plain_top(f, addr("Denise Trelawny-Hobbs", "denise.trelawnyhobbs@fostermail.example.co.uk"),
                    addr("MASH", BMASH), "Kayden Polglase - contact this weekend", when, "fostermail.example.co.uk",
                    None, extra=[("X-Mailer", "Yahoo Mail iOS")])
    add(f, mail(f, top, body, crlf=False, html_alt=True), "torbay", "mash_step_up", when, 5, "urgent",
        "other", True, None, [], [ch("Kayden Polglase", "2019-08-17", "17/08/2019")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Foster carer, Friday 13:52: the 8-year-old's first overnight contact 'this weekend' starts when he is "
        "collected from school at 3.15 today, at a home where mum's boyfriend, whom he describes choking him until "
        "he goes dizzy, now lives; his social worker is on leave -> urgent today. Other. 'Gary' is an adult.",
        not_children=["Gary"])

def torbay_02():
    f = start("torbay_02.eml"); when = "2028-07-07 16:24:08"
    # Apple Mail format=flowed, 7bit: soft line breaks end with a space
    body = (
        "Dear Early Help,\n"
        "\n"
        "I am the grandmother of Elodie Trebilcock-Farrugia, who was born on \n"
        "22/04/2028. My daughter Gemma had support from your family hub when she \n"
        "was pregnant and I found this address on your leaflet.\n"
        "\n"
        "I have been staying with Gemma and her partner Ross since the birth. I fly \n"
        "home to Malta tomorrow at 6am, and from tomorrow morning she'll be on her \n"
        "own with him.\n"
        "\n"
        "Last Saturday night I saw Ross shake Elodie hard when she would not stop \n"
        "crying - her head went backwards and forwards - and he shouted at her to \n"
        "shut up. I think he has done it before when he thought I was asleep. \n"
        "Elodie has been very sleepy and sick after her feeds since Sunday, and \n"
        "Gemma says I am imagining things. Gemma starts night shifts at the care \n"
        "home tomorrow, so Elodie will be alone with Ross all night.\n"
        "\n"
        "I have not told Gemma I am writing. I have this phone until 5am tomorrow: \n"
        "07700 900732.\n"
        "\n"
        "Carmela Farrugia\n"
        "\n"
        "Sent from my iPad\n")
    root = text_part(body, charset="us-ascii", cte="7bit", params="; format=flowed")
    top = plain_top(f, addr("Carmela Farrugia", "carmela.farrugia@maltanet.example.com.mt"), addr(None, BEH),
                    "My granddaughter Elodie", when, "maltanet.example.com.mt", "iPad Mail (21F90)")
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 7, "urgent",
        "other", True, None, [], [ch("Elodie Trebilcock-Farrugia", "2028-04-22", "22/04/2028")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Grandmother (iPad, 7bit format=flowed) on a Friday at 16:24: she saw the father shake an 11-week-old last "
        "Saturday, the baby has been sleepy and vomiting since, and 'from tomorrow morning she'll be on her own "
        "with him' all night. The protective adult leaves before the next working day and the baby needs medical "
        "assessment now -> urgent today (see Borderline). Other.",
        not_children=["Gemma", "Ross", "Carmela Farrugia"])

def torbay_03():
    f = start("torbay_03.eml"); when = "2028-06-27 11:07:54"
    body = T("""
MASH - contact for Jenson Brimacombe (DOB 03/03/2025) and Maisie Brimacombe (DOB 14/02/2028),
EHM-744192, open to me at level 3. Silas (ATM) and I have agreed this needs to be considered for a
level 4 response, and mum has given her consent for the contact to MASH - she is with our family
worker at the hub now. Reception's message is below.

Jory Penhaligon-Wells
Lead Practitioner, Early Help (Paignton)
07700 900215
""") + quote("Paignton Family Hub Reception <paignton.familyhub@torbay.gov.uk>", "27 June 2028 10:58",
             "Penhaligon-Wells, Jory <Jory.Penhaligon-Wells@torbay.gov.uk>", "Lady at reception - Brimacombe", T("""
Hi Jory,

Kirsty Brimacombe came to the desk at 10:40 with Jenson in the buggy - no coat, no bag. She said she
walked out when Dean went to the shop. She said he's been "choking her out" and last night he said
he'd "put the baby through the wall". Maisie is still at the flat with Dean - she couldn't carry both
of them. She's sat in our family room with Becca as we speak, shaking, and she won't go back.

Can you come down?

Lou (reception)
"""))
    top = outlook_top(f, addr("Penhaligon-Wells, Jory", "Jory.Penhaligon-Wells@" + BDOM), addr("Torbay MASH", BMASH),
                      "FW: Lady at reception - Brimacombe - contact to MASH", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["EHM-744192"],
        [ch("Jenson Brimacombe", "2025-03-03", "03/03/2025"), ch("Maisie Brimacombe", "2028-02-14", "14/02/2028")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "Torbay contact to MASH (step_up) from the level 3 lead practitioner, forwarding the Family Hub "
        "receptionist's note: mum fled strangulation this morning and a 4-month-old is at the flat 'as we speak' "
        "with the man who threatened to 'put the baby through the wall' -> urgent. Consent and the ATM's agreement "
        "are stated -> missing [].",
        not_children=["Kirsty Brimacombe", "Dean"])

def torbay_04():
    f = start("torbay_04.eml"); when = "2028-06-19 14:40:22"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Morwenna Jago-Pascoe (DOB 13/01/2019) and Tristan Jago-Pascoe
(DOB 25/06/2021), LCS-2388104 / LCS-2388105, stepping down to level 3 Early Help.

My Single Assessment with the analysis and rationale is attached. My TM, Pete Cardew, has recorded the
manager's analysis on LCS confirming the threshold for level 3 is met. Ms Pascoe has consented to level
3 Early Help.

Background - the triage panel asked last time for the history in full, so here is the relevant
excerpt of the Section 7 report on file:

  "Section 7 report, May 2026, para 4.3: On 12 April 2026 Mr Jago attended the family home
  intoxicated, assaulted Ms Pascoe in front of both children and threatened to 'burn the house down
  with the kids in it'. Police attended and he was arrested at the scene. The children were described
  by officers as terrified."

Since then: Mr Jago was convicted in July 2026 and is subject to a restraining order until 2031; a
child arrangements order (no contact) was made in November 2026; he lives in Newcastle and there has
been no contact of any kind for two years. The CP plan ended in March 2027 and the children have been
CIN since.

Current worries: Ms Pascoe's anxiety and low mood (GP and Talking Therapies) and Morwenna's anxiety
about school.

Nessa Tregenza-Hart
Social Worker, Safeguarding and Supporting Families Team
Torbay Council
""")
    sa = pdf_att("Single Assessment - Jago-Pascoe.pdf", "Single Assessment - Jago-Pascoe (LCS-2388104 / LCS-2388105)", [
        "Children: Morwenna Jago-Pascoe (13/01/2019), Tristan Jago-Pascoe (25/06/2021).",
        "Analysis: historic domestic abuse (2026) - perpetrator convicted, restraining order, no contact since 2026.",
        "Current need: mother's anxiety and low mood; Morwenna's school anxiety.",
        "Rationale for step down: needs can be met by a level 3 Early Help plan.",
        "Manager's analysis (P. Cardew, TM, 16/06/2028): threshold for level 3 intervention met."])
    top = outlook_top(f, addr("Tregenza-Hart, Nessa", "Nessa.Tregenza-Hart@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Jago-Pascoe - step down to level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4, "near_miss",
        "step_down", False, 3, ["LCS-2388104", "LCS-2388105"],
        [ch("Morwenna Jago-Pascoe", "2019-01-13", "13/01/2019"), ch("Tristan Jago-Pascoe", "2021-06-25", "25/06/2021")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down whose body quotes a Section 7 court report about April 2026 ('threatened to burn "
        "the house down with the kids in it'); conviction, restraining order, no-contact CAO, no contact for two "
        "years -> historic, near miss, not urgent; concerns only the current parental_mental_health. Single "
        "Assessment attached, manager's analysis recorded, consent -> book_meeting. Neither child is under 5.",
        not_children=["Pete Cardew"])

def torbay_05():
    f = start("torbay_05.eml"); when = "2028-07-06 20:41:15"
    body = T("""
TO WHOEVER RUNS MASH

I want to make a FORMAL COMPLAINT.

In MAY a social worker came to my house and said the school had reported that my son Cody Rowse (7) had
bruises on his back and that I had HIT HIM. I did NOT. He was seen by the paediatrician at the hospital
on 11 May who said the marks were from him falling on the rocks at Meadfoot beach, which is exactly
what I TOLD you. The investigation was closed with no further action on 19 May and your letter says
"no evidence of non-accidental injury".

I have STILL not had an apology and my neighbours all saw the social worker's car outside.

Cody is FINE. He is at home with me and his mum and he is at school every day. We are a normal family.

I want the record corrected and a written apology.

Lee Rowse
""")
    top = plain_top(f, addr("Lee Rowse", "lee.rowse77@mailbox.example.com"), addr(None, BMASH),
                    "COMPLAINT - you accused me of hurting my son", when, "mailbox.example.com", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit", charset="us-ascii"), "torbay", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [], [ch("Cody Rowse")], [], None, None, [], None, "human_review",
        "An angry parent's complaint at 20:41 (out of hours, 7bit, capitals) about a May s47 that was closed NFA "
        "after a paediatrician explained the bruises; the child is fine now -> concluded and ruled out, near miss, "
        "not urgent, concerns []. Other -> human_review.",
        not_children=["Lee Rowse"])

def torbay_06():
    f = start("torbay_06.eml"); when = "2028-06-13 09:58:11"
    body = T("""
Good morning Early Help,

Please can I have a slot at the under-5s triage for Ezra Couch-Hendy (DOB 30/11/2024) and Bonnie
Couch-Hendy (DOB 02/06/2027), LCS-2399710, stepping down to level 3 Early Help.

Mum (Jade Couch) has consented to level 3 Early Help - we talked it through at my visit on Friday and
she’s keen. The main worry is neglect: home conditions and routines, which have improved a lot since
the CIN plan started in February.

My Single Assessment isn’t finished – it’s with my TM, Morwen Tonkin, for sign-off, and she'll add her
manager's analysis at the same time. I'll send both as soon as they're done.

Thanks,
Alys

Alys Kitto
Social Worker, Single Assessment Team
Torbay Council
""")
    top = outlook_top(f, addr("Kitto, Alys", "Alys.Kitto@" + BDOM), addr("Early Help", BEH),
                      "Under 5s triage slot - Couch-Hendy - step down L3", when)
    add(f, mail(f, top, body, html_alt=True, charset="windows-1252"), "torbay", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["LCS-2399710"],
        [ch("Ezra Couch-Hendy", "2024-11-30", "30/11/2024"), ch("Bonnie Couch-Hendy", "2027-06-02", "02/06/2027")],
        ["neglect"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "Torbay under-5s step-down (windows-1252 QP): consent given, but the Single Assessment and the manager's "
        "analysis are still with the TM -> assessment and manager_agreed missing -> request_info.",
        not_children=["Jade Couch", "Morwen Tonkin"])

def torbay_07():
    f = start("torbay_07.eml"); when = "2028-07-03 11:30:48"
    body = T("""
Hi MASH,

Contact to MASH for Archie Pengelly-Rowe (DOB 08/08/2014), EHM-745031, open to me at level 3.

Since his mum died in March, dad's drinking has increased a lot. Archie's attendance has dropped to
63% this term and he is doing most of the shopping and looking after his sister, Ivy, who is 6. There
is no new incident - it's the pattern over the last two months, and I don't think level 3 can hold it
any more.

Dad has given his consent for this contact to MASH.

My ATM, Silas Penrose, is on leave until Wednesday. I've talked it through with him over the phone
but he wants to read the chronology before he signs it off, so I'll ask him to add his agreement when
he's back.

Tamara Loveday-Nkemelu
Lead Practitioner, Early Help (Torquay)
""")
    top = outlook_top(f, addr("Loveday-Nkemelu, Tamara", "Tamara.Loveday-Nkemelu@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Archie Pengelly-Rowe - level 4 consideration", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6, "ordinary",
        "step_up", False, None, ["EHM-745031"], [ch("Archie Pengelly-Rowe", "2014-08-08", "08/08/2014")],
        ["school_attendance", "substance_misuse", "young_carer"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (contact to MASH) with dad's consent, but the ATM 'wants to read the chronology before he "
        "signs it off' -> manager_agreed null -> missing -> request_info. 'There is no new incident' -> not urgent. "
        "Ivy has no surname given -> not listed.")

def torbay_08():
    f = start("torbay_08.eml"); when = "2028-07-12 08:47:30"
    data = itip_reply(f, when, "Alys Kitto", "Alys.Kitto@" + BDOM, ("Torbay Early Help", BEH), "TENTATIVE",
                      "Under-5s triage - Couch-Hendy [SB-torbay-203]", "20280718T113000", "20280718T120000",
                      "Microsoft Teams Meeting",
                      comment="Might be 10 mins late - I'm at court first thing. My TM will join if I'm held up.")
    add(f, data, "torbay", "early_help_duty", when, 3, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a comment -> meeting_reply, record_reply.")

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = start("herefordshire_01.eml"); when = "2028-06-15 11:12:40"
    body = T("""
Hello,

I'm a registered childminder in Leominster. I look after Poppy Aldridge-Vaughan (she's 4, DOB
30/03/2024) three days a week. Her family had an Early Help worker last year and I still had this
email address from then.

This morning Poppy drew a picture at the table and told me about it. She drew herself in the bath
with red scribble all over the water and a big person with long arms. She said (I wrote it down
straight away): "That's me in the bath. The water is hot hot. Daddy holds me in till I stop crying."
Then she pointed at her foot.

When I changed her I saw that the top of her left foot and ankle are red and peeling, like bad
sunburn, with a blister the size of a 50p. It wasn't there on Monday.

Her dad collects her from me at 12 on Thursdays and takes her to his for the afternoon and night -
that's today. Mum is working in Worcester until 6.

I've taken a photo of the drawing. I haven't said anything to dad.

Bethan Rhys-Morgan
Registered childminder (Ofsted EY558204)
07700 900458
""")
    top = plain_top(f, addr("Bethan Rhys-Morgan", "bethan.rhysmorgan.childminding@mailbox.example.com"),
                    addr(None, HEH), "Poppy's drawing this morning", when, "mailbox.example.com",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=True, html_alt=True), "herefordshire", "early_help_duty", when, 6, "urgent",
        "other", True, None, [], [ch("Poppy Aldridge-Vaughan", "2024-03-30", "30/03/2024")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A childminder reports, second-hand, what a 4-year-old said about her drawing ('Daddy holds me in till I stop "
        "crying' in hot water) and a fresh scald-like injury; the father collects her at 12 today for the night -> "
        "urgent. Other (not a step request); the Ofsted registration number is not a case id.")

def herefordshire_02():
    f = start("herefordshire_02.eml"); when = "2028-06-20 15:10:26"
    body = T("""
Hi MASH,

As discussed with Xavier this morning, I'd like to step the Gittins family up to social care. The
TAF review notes from today are attached. Mum consents to the referral.

Thanks,
Callum

Callum Prothero-Dee
Family Support Worker, Ross-on-Wye Family Hub (Herefordshire Early Help)
""")
    doc = docx_att("TAF review 20.06.28 - Gittins.docx", [
        "# TAF review meeting - 20/06/2028, 13:00, Ross-on-Wye Family Hub",
        "Children: Kai Gittins (DOB 11/09/2020); Lily-Mae Gittins (DOB 05/01/2025). EH episode on Mosaic: 1977302.",
        "Present: mum (Chelsea Gittins), Callum Prothero-Dee (FSW), school (Mrs Okafor), health visitor. Apologies: nursery.",
        "# Progress",
        "Attendance: Kai 91%, stable. Lily-Mae's 2-year check completed in May.",
        "Dad (Jason Gittins) did not attend; he has not engaged with the drug and alcohol service since April.",
        "Mum reports more arguments at home and dad drinking most evenings.",
        "# Actions",
        "1. FSW to discuss step up with the EH co-ordinator (Xavier Moss).",
        "2. Health visitor to visit in 2 weeks.",
        "# AOB (added 14:50, after the meeting)",
        "Mum rang me at 14:40 from the school car park. Jason has been drinking since last night. He smashed the "
        "front windows and pushed Kai down the stairs this morning; Kai has a swollen wrist. Lily-Mae is at home "
        "with Jason now - mum ran out to get Kai from school and daren't go back. Jason told her that if she brings "
        "the police he'll take Lily-Mae where she'll never find her."])
    top = outlook_top(f, addr("Prothero-Dee, Callum", "Callum.Prothero-Dee@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Gittins children", when)
    add(f, mail(f, top, body, [doc], html_alt=True), "herefordshire", "mash_step_up", when, 5, "urgent",
        "step_up", True, None, ["1977302"],
        [ch("Kai Gittins", "2020-09-11", "11/09/2020"), ch("Lily-Mae Gittins", "2025-01-05", "05/01/2025")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], True, None, [], None, "alert_duty",
        "A step-up to Herefordshire (undefined kind, so missing [] and human_review but for urgency). The body is "
        "bland; the risk is in the .docx body's last section ('AOB, added 14:50'): a drunk father pushed a 7-year-old "
        "down the stairs this morning and is alone with a 3-year-old now, threatening to take her -> urgent -> "
        "alert_duty. 'EH episode on Mosaic: 1977302' -> the number.",
        not_children=["Chelsea Gittins", "Jason Gittins"])

def herefordshire_03():
    f = start("herefordshire_03.eml"); when = "2028-07-05 12:20:57"
    quoted_plain = T("""
Hi Rhiannon, thanks for the plan for Ruby and Finn Tanner-Wilde (Mosaic 1985540). Before I allocate,
a few questions:

1. Has mum signed the consent form?
[RBP: Yes - scanned copy attached.]

2. Who is the key person?
[RBP: Hannah Cole-Bevan, Family Support Worker, Bromyard Family Hub.]

3. Any current concerns about dad since the non-molestation order?
[RBP: Yes, and I need to flag this today. School rang me at 11:45: Ruby has a round burn on her
forearm and says dad did it with his cigarette last night at contact because she "cheeked him". Dad
collects both children from school today for his overnight contact - Ruby is in class until she
finishes at 3. I'm on a home visit in Kington until 2 and can't get through to MASH duty. Please hold
the step-down.]

4. Is Finn's EHCP assessment still going ahead?
[RBP: Yes - the decision is due in August.]

Thanks,
Verity
""")
    body = T("""
Hi Verity,

Answers in blue below.

R

Rhiannon Beddoes-Price
Social Worker, Children in Need (Bromyard)
""") + quote("Lang, Verity <verity.lang@herefordshire.gov.uk>", "05 July 2028 09:15",
             "Beddoes-Price, Rhiannon <Rhiannon.Beddoes-Price@herefordshire.gov.uk>",
             "[SB-herefordshire-96] Step-down plan - Ruby and Finn Tanner-Wilde - questions", quoted_plain,
             cc="Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>")
    blue = lambda s: '<span style="color:#0070C0">%s</span>' % html.escape(s, quote=False)
    qa = re.findall(r"(\d\. [^\n]+)\n\[RBP: (.*?)\]", quoted_plain, re.S)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body lang="EN-GB"><div class="WordSection1">\n<p class="MsoNormal">Hi Verity,</p><p class="MsoNormal">'
         'Answers in blue below.</p><p class="MsoNormal">R</p>\n<p class="MsoNormal">Rhiannon Beddoes-Price<br>'
         'Social Worker, Children in Need (Bromyard)</p>\n'
         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         '<b>From:</b> Lang, Verity &lt;verity.lang@herefordshire.gov.uk&gt;<br><b>Sent:</b> 05 July 2028 09:15<br>'
         '<b>To:</b> Beddoes-Price, Rhiannon<br><b>Cc:</b> Early Help Co-ordinators<br>'
         '<b>Subject:</b> [SB-herefordshire-96] Step-down plan - Ruby and Finn Tanner-Wilde - questions</p></div>\n'
         '<p class="MsoNormal">Hi Rhiannon, thanks for the plan for Ruby and Finn Tanner-Wilde (Mosaic 1985540). '
         'Before I allocate, a few questions:</p>\n'
         + "".join('<p class="MsoNormal">%s<br>%s</p>\n' % (html.escape(q, quote=False),
                                                            blue(" ".join(a.split()))) for q, a in qa)
         + '<p class="MsoNormal">Thanks,<br>Verity</p>\n</div></body></html>\n')
    cons = pdf_att("Consent form - Tanner-Wilde.pdf", "Early Help consent - Tanner-Wilde", [
        "Children: Ruby Tanner-Wilde (12/05/2019), Finn Tanner-Wilde (28/10/2021). Mosaic 1985540.",
        "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
        "Signed: S. Tanner (mother), 03/07/2028."])
    top = outlook_top(f, addr("Beddoes-Price, Rhiannon", "Rhiannon.Beddoes-Price@" + HDOM),
                      addr("Lang, Verity", "verity.lang@" + HDOM),
                      "RE: [SB-herefordshire-96] Step-down plan - Ruby and Finn Tanner-Wilde - questions", when,
                      cc=addr("Early Help Co-ordinators", HEH))
    add(f, mail(f, top, body, [cons], html_body=h), "herefordshire", "early_help_duty", when, 4, "urgent",
        "follow_up", True, None, ["1985540"],
        [ch("Ruby Tanner-Wilde", "2019-05-12", "12/05/2019"), ch("Finn Tanner-Wilde", "2021-10-28", "28/10/2021")],
        ["disability_send", "physical_harm"], True, None, [], None, "alert_duty",
        "Reply to the co-ordinator's questions on SB-herefordshire-96 with answers inline inside the quoted text "
        "('Answers in blue below'); answer 3 is a cigarette burn the child attributes to dad, who collects both "
        "children today for an overnight - 'until she finishes at 3' -> urgent follow_up -> alert_duty. Consent "
        "true (signed form attached); Finn's EHCP assessment -> disability_send. DOBs only in the consent PDF.")

def herefordshire_04():
    f = start("herefordshire_04.eml"); when = "2028-07-10 10:05:18"
    body = T("""
Hi,

As you asked - the consultant's letter confirming the outcome of Amelie's admission is attached. In
short: FII was considered and ruled out; the faltering growth is explained by EoE and she is now on an
elemental diet. Nothing outstanding on the CP side.

Osian

Osian Vaughan-Price
Social Worker, Children in Need (Hereford)
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "07 July 2028 14:02",
             "Vaughan-Price, Osian <Osian.Vaughan-Price@herefordshire.gov.uk>",
             "[SB-herefordshire-101] Step-down plan received - Bourne-Tranter", T("""
Thank you. Your step-down plan has been received and given the reference SB-herefordshire-101.
Children: Amelie Bourne-Tranter (DOB 17/02/2022)
Case: Mosaic 1990214
The Early Help co-ordinator asks for the paediatric letter mentioned in the plan before allocation.

Herefordshire Early Help Co-ordinators (automated message)
"""))
    letter = pdf_att("Paediatric letter - Bourne-Tranter.pdf", "Wyebridge Children's Unit - discharge letter", [
        "Re: Amelie Bourne-Tranter, DOB 17/02/2022. Consultant: Dr A. Whitlock-Sayer.",
        "Admission 12-16 June 2028: faltering growth (weight < 0.4th centile), reported vomiting.",
        "Ward staff raised possible FII (reported intake not matching observed intake). Observed feeding on the ward. "
        "OGD + biopsies: eosinophilic oesophagitis (EoE, > 40 eos/hpf).",
        "FII: considered and ruled out at the professionals' meeting on 16/06/2028 (paediatrics, ward SW, HV). "
        "No safeguarding concerns. Discharged home to parents.",
        "Plan: elemental diet, dietetic follow-up, outpatients in 6/52."])
    top = outlook_top(f, addr("Vaughan-Price, Osian", "Osian.Vaughan-Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-101] Step-down plan received - Bourne-Tranter", when)
    add(f, mail(f, top, body, [letter], html_alt=True), "herefordshire", "early_help_duty", when, 2, "near_miss",
        "follow_up", False, None, ["1990214"], [ch("Amelie Bourne-Tranter", "2022-02-17", "17/02/2022")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up supplying a paediatric letter in clinical shorthand (FII, EoE, OGD, eos/hpf, 6/52): induced "
        "illness was considered and ruled out, the growth problem has a medical cause, discharged home -> near miss, "
        "not urgent, concerns []. 'Case: Mosaic 1990214' -> the number.")

def herefordshire_05():
    f = start("herefordshire_05.eml"); when = "2028-07-12 14:30:44"
    body = T("""
Dear Co-ordinators,

Please find attached the Early Help Assessment step-down plan and mum's signed consent form for Jac
Morgan-Lloyd (DOB 06.06.2016) and Efa Morgan-Lloyd (DOB 23.01.2019), Mosaic ID 1979983, stepping down
to Early Help ('Intensive', level 3). I spoke to Xavier at last Tuesday's drop-in.

Key person agreed with mum: Sioned Griffiths-Bell, Family Support Worker, Kington Family Hub
(Herefordshire Early Help).

Chronology from Mosaic, as Xavier asked for it in full:
14/02/2027  Police DA notification: dad strangled mum in front of Jac and Efa; dad arrested.
15/02/2027  Strategy discussion; s47 enquiries on both children.
03/03/2027  ICPC: CP plans, category emotional abuse.
19/04/2027  Dad remanded; convicted July 2027, 3 years, restraining order (mum and children).
12/09/2027  RCPC: CP plans ended; CIN plans.
22/05/2028  C&F reassessment: step down to Early Help agreed.
12/07/2028 09:30  Mum signed the EH consent form at Kington Family Hub; visit went well, children happy.

What remains is mum's low mood and PTSD symptoms (GP and the trauma service) and Jac's anxiety at
school; the plan covers both.

Megan Powell-Abiodun
Social Worker, Children in Need (Kington)
""")
    plan = docx_att("EHA step-down plan - Morgan-Lloyd.docx", [
        "# Early Help Assessment step-down plan",
        "Children: Jac Morgan-Lloyd (06.06.2016), Efa Morgan-Lloyd (23.01.2019). Mosaic ID 1979983.",
        "Key person: Sioned Griffiths-Bell, Kington Family Hub.",
        "Wellbeing plan: mum's wellbeing - GP and trauma service, key person fortnightly - 6 months; "
        "Jac's school anxiety - school ELSA sessions - autumn term."])
    cons = pdf_att("Signed consent - Morgan-Lloyd.pdf", "Consent to Early Help - Morgan-Lloyd", [
        "I consent to my family receiving Early Help and to information being shared.",
        "Signed: R. Morgan (mother), 12/07/2028, Kington Family Hub."])
    top = outlook_top(f, addr("Powell-Abiodun, Megan", "Megan.Powell-Abiodun@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Morgan-Lloyd siblings - Mosaic 1979983", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 5, "near_miss",
        "step_down", False, 3, ["1979983"],
        [ch("Jac Morgan-Lloyd", "2016-06-06", "06.06.2016"), ch("Efa Morgan-Lloyd", "2019-01-23", "23.01.2019")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling step-down with a pasted Mosaic chronology: the frightening entries are 2027 and "
        "concluded (conviction, restraining order, CP plans ended) and the only entry dated today is benign (consent "
        "signed, children happy) -> near miss, not urgent; domestic_abuse not labelled (historic). Plan, signed "
        "consent form, key person with agency -> book_meeting.")

def herefordshire_06():
    f = start("herefordshire_06.eml"); when = "2028-06-05 15:35:09"
    body = T("""
Dear Early Help Co-ordinators,

Step-down to Early Help ('Intensive', level 3) for the Prothero-Gwynne sibling group, Mosaic no.
1969044:
- Nia Prothero-Gwynne, DOB 14/10/2013
- Cai Prothero-Gwynne, DOB 01/06/2016
- Mali Prothero-Gwynne, DOB 09/09/2021

Attached: the Early Help Assessment step-down plan and Dad's signed consent form (signed at my visit
on Friday).

Key person agreed with Dad: Anwen Bevan, Family Support Worker, Leominster Family Hub (Herefordshire
Early Help), who came to the drop-in with me last Tuesday.

The remaining worries are home conditions, which have improved but slip when Dad works extra shifts,
and Nia's attendance (86%).

Diolch,
Tegan

Tegan Bufton-Lowe
Social Worker, Children in Need (Leominster)
""")
    plan = docx_att("EHA step-down plan - Prothero-Gwynne.docx", [
        "# Early Help Assessment step-down plan",
        "Sibling group: Nia, Cai and Mali Prothero-Gwynne. Mosaic no. 1969044.",
        "Key person: Anwen Bevan, Leominster Family Hub.",
        "Wellbeing plan: home routines and conditions - key person weekly - 12 weeks; Nia's attendance - school "
        "attendance officer - to 95% by December."])
    cons = pdf_att("Consent form - Prothero-Gwynne.pdf", "Consent to Early Help - Prothero-Gwynne", [
        "I consent to my family receiving Early Help and to information being shared.",
        "Signed: G. Prothero (father), 02/06/2028."])
    top = outlook_top(f, addr("Bufton-Lowe, Tegan", "Tegan.Bufton-Lowe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Prothero-Gwynne sibling group", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 3, "ordinary",
        "step_down", False, 3, ["1969044"],
        [ch("Nia Prothero-Gwynne", "2013-10-14", "14/10/2013"), ch("Cai Prothero-Gwynne", "2016-06-01", "01/06/2016"),
         ch("Mali Prothero-Gwynne", "2021-09-09", "09/09/2021")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: plan (.docx), signed consent form (PDF), key person with "
        "agency -> book_meeting; 'Mosaic no.' label dropped (the number wraps onto the next line).")

def herefordshire_07():
    f = start("herefordshire_07.eml"); when = "2028-06-22 13:50:31"
    body = T("""
Hi,

Step-down plan for Theo O’Driscoll-Pugh (DOB 2017-03-21), Mosaic ref 1981120, attached with mum’s
signed consent form.

The key person is still to be identified – Verity is checking capacity at Ledbury Family Hub and I’ll
let you know as soon as someone is agreed with mum.

The main worry now is mum’s cannabis use, which has reduced; Theo is doing well at school.

Thanks,
Kasia

Kasia Nowicka-Hughes
Social Worker, Children in Need (Ledbury)
""")
    plan = docx_att("Step down plan - O'Driscoll-Pugh.docx", [
        "# Early Help Assessment step-down plan",
        "Child: Theo O’Driscoll-Pugh. Mosaic ref 1981120.",
        "Key person: to be identified.",
        "Wellbeing plan: mum's recovery work with the drug and alcohol service - monthly reviews - 6 months."])
    cons = pdf_att("Consent - O'Driscoll-Pugh.pdf", "Consent to Early Help", [
        "Child: Theo O\u2019Driscoll-Pugh. I consent to Early Help.", "Signed: C. O'Driscoll (mother), 20/06/2028."])
    top = outlook_top(f, addr("Nowicka-Hughes, Kasia", "Kasia.Nowicka-Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Theo O’Driscoll-Pugh", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True, charset="windows-1252"), "herefordshire", "early_help_duty",
        when, 6, "ordinary", "step_down", False, None, ["1981120"],
        [ch("Theo O’Driscoll-Pugh", "2017-03-21", "2017-03-21")],
        ["substance_misuse"], True, None, ["lead_practitioner"], None, "request_info",
        "Herefordshire step-down (windows-1252 QP, typographic apostrophe in O’Driscoll-Pugh kept as written): plan "
        "and signed consent attached, but the key person is 'still to be identified' -> lead_practitioner missing "
        "-> request_info. No level stated -> null.")

def herefordshire_08():
    f = start("herefordshire_08.eml"); when = "2028-06-29 09:22:47"
    body = T("""
Morning,

Key person now agreed with mum: Gethin Rees-Ahmed, Family Support Worker, Ledbury Family Hub
(Herefordshire Early Help). He's met Theo and mum at the hub and they're happy with him.

Kasia
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "22 June 2028 13:58",
             "Nowicka-Hughes, Kasia <Kasia.Nowicka-Hughes@herefordshire.gov.uk>",
             "[SB-herefordshire-88] Step-down plan received - still needed: key person", T("""
Thank you. Your step-down plan has been received and given the reference SB-herefordshire-88.
Children: Theo O’Driscoll-Pugh (DOB 21/03/2017)
Case: Mosaic ref 1981120
Still needed: the details of the key person (lead practitioner) agreed with the family.

Herefordshire Early Help Co-ordinators (automated message)
"""))
    top = outlook_top(f, addr("Nowicka-Hughes, Kasia", "Kasia.Nowicka-Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-88] Step-down plan received - still needed: key person", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2, "ordinary",
        "follow_up", False, None, ["1981120"], [ch("Theo O’Driscoll-Pugh", "2017-03-21", "21/03/2017")],
        [], None, None, [], None, "attach_to_request",
        "Reply to SB-herefordshire-88 naming the key person with agency -> follow_up, attach_to_request. Child, DOB "
        "and case id from the quoted acknowledgement; no concern is restated -> [].")

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
# Knowsley's conditional documents (config/authorities/knowsley.yaml `when: {concern: ...}`)
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}
BANK_HOLIDAYS = {date(2027, 12, 27), date(2027, 12, 28), date(2028, 1, 3), date(2028, 4, 14), date(2028, 4, 17),
                 date(2028, 5, 1), date(2028, 5, 29), date(2028, 8, 28), date(2028, 12, 25), date(2028, 12, 26)}
WINDOW = (datetime(2028, 6, 5, tzinfo=BST), datetime(2028, 7, 14, 23, 59, 59, tzinfo=BST))

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"], 1)}
def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '5 May 2015'."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", w)
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

def readable(msg):
    from pypdf import PdfReader
    import docx
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
            d = docx.Document(_io.BytesIO(part.get_payload(decode=True)))
            out += [p.text for p in d.paragraphs]
            out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif ct == "application/pdf":
            r = PdfReader(_io.BytesIO(part.get_payload(decode=True)))
            out += [p.extract_text() for p in r.pages]
        else:
            raise AssertionError("unexpected part type %s" % ct)
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
        allowed = set(REQ.get(key, set()))
        if a == "knowsley" and e["kind"] == "step_up":
            allowed = {r for r in allowed if r not in KNOWSLEY_WHEN or KNOWSLEY_WHEN[r] in e["concerns"]}
        if not set(e["missing"]) <= allowed: err(f, "missing ids not allowed for %s: %s" % (key, e["missing"]))
        if key not in REQ and e["missing"]: err(f, "missing must be [] for this kind")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err(f, "level")
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None): err(f, v)
        if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err(f, "consent vs missing")
        if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]): err(f, "manager vs missing")
        if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err(f, "case_id vs missing")
        if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err(f, "children vs missing")
        if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
            err(f, "duplicates")
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
        if d.utcoffset() != timedelta(hours=1) or now.utcoffset() != timedelta(hours=1): err(f, "not +0100")
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err(f, "now not 1-10 min after Date")
        text = readable(msg)
        for c in e["children"]:
            if c["name"] not in text: err(f, "child %s not in text" % c["name"])
            if c["dob"]:
                w = DOB_WRITTEN[(f, c["name"])]
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
    if not (14 <= tot["urgent"] <= 16 and 10 <= tot["near_miss"] <= 12 and sum(tot.values()) == 40):
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
