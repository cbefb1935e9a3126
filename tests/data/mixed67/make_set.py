#!/usr/bin/env python3
"""mixed67: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2086 (Monday 2 September - Friday 13 December 2086), in allegations about adults who work
with or care for children: teachers, sports coaches, youth leaders, childminders and nursery staff, foster carers,
taxi escorts, residential workers and tutors, reported by a child, a parent, a colleague or the setting, where the
adult will see the child again soon (this afternoon's lesson, tonight's training, the taxi home, tonight's shift),
and the LADO's part in it - alongside practitioners' ordinary step-up and step-down requests.

Urgent (11): a PE teacher's messages and a one-to-one "after school today"; a non-verbal boy's words about the taxi
escort on the 3.15 taxi home (buried in a follow-up); a 13-year-old's direct messages about his coach before
tonight's training; a private tutor's ruler and locked room, the lesson at 4pm today (in a step-up's P.S.); a
childminder's husband seen shaking a toddler who is there now (a mother writing in her second language); a young
person's text about the waking-night worker who is on again tonight; a nursery whistleblower's referral attached (and
only there) by LADO business support, the worker rostered in the toddler room this afternoon; a football coach showing an 11-year-old
images who is picking him up at 5.30 for training; a foster carer's slap and the 3.15 taxi back to her; a church
youth leader's messages to a 12-year-old an hour before a weekend camp; a 7-year-old's disclosure about an
after-school club playworker buried at the bottom of a forwarded chain under a step-down.

Near misses (11): an allegation already with the LADO and the teaching assistant suspended on bail; a safer-recruitment
course email; a partnership policy reminder; an escort dismissed in July with no contact with any child now; a
historic allegation about a teacher who retired in 2078; a misunderstanding at a swimming lesson cleared up; a LADO
consultation below the harm threshold; a parent worried by the news about a coach in another county; a LADO
out-of-office; and two requests whose history holds an allegation long since concluded.

Window: the brief's "early September to mid December 2086". 1 September 2086 is a Sunday, so the window starts on
Monday 2 September; mid December is taken as Friday 13 December 2086 (15 December is a Sunday; the 13th is the last
weekday before the middle of the month). No England & Wales bank holiday falls inside the window (the Late Summer
Bank Holiday, Monday 26 August, is before it; Christmas Day, Wednesday 25 December, after it). British Summer Time
ends at 01:00 UTC on Sunday 27 October 2086: mail up to Friday 25 October is dated +0100, from Monday 28 October +0000.

Built with the standard library's email.message (EmailMessage / MIMEPart) and written with BytesGenerator through
as_bytes(); deterministic (no clock, no randomness): boundaries, Message-IDs, Thread-Index values and calendar UIDs
come from sha1 of the file name; .docx zips have fixed timestamps; PDFs are hand-built PDF 1.4 text pages. Run with
/work/main/.venv/bin/python make_set.py (`--stats` prints the tallies;
`--inject-faults` also breaks an in-memory copy in 14 ways and requires every break to be caught). pypdf and python-docx are used only by the
self-checks, to read the attachments back; `holidays` is required and must agree with the script's bank-holiday list.
The PDF, .docx, iCalendar, working-day, readable-text and label-check helpers are adapted from
/work/main/tests/data/mixed27/make_set.py. Every label was set by hand from the specification; the self-checks only
verify them against its rules and STOP on any error before anything is written.
"""

import base64, hashlib, html, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage, MIMEPart, Message
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
CRLF = email.policy.SMTP            # Outlook / Exchange mail: CRLF line ends
LF = email.policy.default           # phone and web mail as stored with LF


def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Europe/London wall-clock time -> aware datetime (offset +0100 before 27 October 2086, +0000 after)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LON)

def addr(name, mail):
    if name is None:
        return mail
    if re.search(r'[,.;:@()"]', name):
        name = '"%s"' % name.replace('"', "")
    return "%s <%s>" % (name, mail)


# ----------------------------------------------------------------------------- message construction (email.message)
def new_mail(f, frm, to, subject, when, domain, cc=None, extra=(), outlook=False, in_reply_to=None):
    """The top headers of one message, in the order a client writes them."""
    m = EmailMessage(policy=LF)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    if outlook:
        m["Thread-Topic"] = re.sub(r"^((RE|FW|Fwd|Re|Fw): )+", "", subject)
        m["Thread-Index"] = thread_index(f)
    m["Date"] = email.utils.format_datetime(dt(when))
    m["Message-ID"] = msgid(f, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    late = []
    if outlook:
        m["Accept-Language"] = "en-GB, en-US"
        late.append(("Content-Language", "en-GB"))
    for k, v in extra:
        if k.lower().startswith("content-"):
            late = [(kk, vv) for kk, vv in late if kk.lower() != k.lower()] + [(k, v)]
        else:
            m[k] = v
    LATE_HEADERS[id(m)] = late       # Content-* headers: set_content() clears them, so finish() adds them last
    return m

LATE_HEADERS = {}

def finish(f, m, crlf=True):
    """Deterministic boundaries (sha1 of the file name and the part's position), no MIME-Version on sub-parts, then
    serialise with the email package's BytesGenerator (CRLF for Outlook/Exchange mail, LF otherwise)."""
    for i, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary("_%03d_%s" % (i, sha(f, "b%d" % i)[:26].upper()))
    for k, v in LATE_HEADERS.pop(id(m), []):
        m[k] = v
    return m.as_bytes(policy=CRLF if crlf else LF)

def body(m, text, html_text=None, cte="quoted-printable"):
    m.set_content(text, cte=cte)
    if html_text is not None:
        m.add_alternative(html_text, subtype="html", cte="quoted-printable")

def attach(m, filename, data, ctype):
    maintype, subtype = ctype.split("/")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)

def html_of(text, font="Aptos"):
    """The HTML twin Outlook writes for a plain body: one MsoNormal paragraph per block."""
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, '\n<p class="MsoNormal">&nbsp;</p>\n'.join(out)))

def table_html(intro, rows, outro):
    """An Outlook HTML body holding a bordered two-column table (label | value)."""
    cells = "".join("<tr><td style='border:solid windowtext 1.0pt;padding:2pt 5pt;background:#D9E2F3'><b>%s</b></td>"
                    "<td style='border:solid windowtext 1.0pt;padding:2pt 5pt'>%s</td></tr>\n"
                    % (html.escape(k), html.escape(v).replace("\n", "<br>")) for k, v in rows)
    paras = lambda t: "".join('<p class="MsoNormal">%s</p>\n' % html.escape(p).replace("\n", "<br>")
                              for p in t.split("\n\n") if p)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n%s<table class="MsoTableGrid" border="1" cellspacing="0" '
            'cellpadding="0" style="border-collapse:collapse">\n%s</table>\n%s</div></body></html>\n'
            % (paras(intro), cells, paras(outro)))

def table_text(intro, rows, outro):
    return intro + "".join("%s\t%s\n" % (k, v.replace("\n", " ")) for k, v in rows) + "\n" + outro


# ----------------------------------------------------------------------------- attachments
def make_pdf(title, lines):
    """A hand-built one-page PDF 1.4 (Helvetica, WinAnsi) whose text pypdf can read back."""
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
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
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
    """A minimal OOXML .docx: paragraphs ('# ' = Heading 1) and simple tables."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    bodyx = "".join(para(p) for p in paras)
    for rows in tables:
        bodyx += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % bodyx)
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
            zi = zipfile.ZipInfo(name, date_time=(2086, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


# ----------------------------------------------------------------------------- iCalendar
def cn(name):
    """An iCalendar CN parameter value, quoted when it holds a comma, colon or semicolon (RFC 5545 3.2)."""
    return '"%s"' % name if re.search(r"[,;:]", name) else name

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
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

def outlook_reply_ics(f, when, start, end, summary, location, organizer, attendee, partstat, comment=None):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, cn(attendee[0]), attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["SUMMARY;LANGUAGE=en-GB:%s: %s" % ({"ACCEPTED": "Accepted", "DECLINED": "Declined",
                                              "TENTATIVE": "Tentative"}[partstat], ics_escape(summary)),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
          "ORGANIZER;CN=%s:mailto:%s" % (cn(organizer[0]), organizer[1]), "CLASS:PUBLIC", "PRIORITY:5",
          "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE",
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(ics_fold(l) for l in L) + "\r\n").encode("utf-8")

def google_reply_ics(f, when, start_utc, end_utc, summary, location, organizer, attendee, partstat, note=None):
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % (cn(organizer[0]), organizer[1]), "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, cn(attendee[0]), attendee[1])]
    if note:
        L.append("COMMENT:" + ics_escape(note))
    L += ["CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(ics_fold(l) for l in L) + "\r\n").encode("utf-8")

def calendar_alt(m, cal_bytes):
    m.add_alternative(cal_bytes, maintype="text", subtype="calendar", cte="base64",
                      params={"method": "REPLY", "charset": "utf-8"})


# ----------------------------------------------------------------------------- quoting
def outlook_quote(frm, sent, to, subject, text, cc=None):
    """An Outlook-style original under a reply or a forward (the rule and the From/Sent/To/Subject block)."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def gt_quote(text):
    """'> '-prefixed quoting, as a phone or web client quotes the message replied to."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def stepbot_ack(kind_word, ref, lines, missing):
    """stepbot's acknowledgement as the sender received it (quoted under their reply)."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + x for x in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.\n")
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify the "
         "sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")
BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are "
         "not the intended recipient, please delete it and tell the sender.\n")
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")


# ----------------------------------------------------------------------------- the set's records
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

# The rule (council, seed section, REQUIREMENTS row or DESIGN clause) behind each authority / kind, quoted in `why`.
RULES = {
    ("knowsley", "step_up"): "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4 'Cases Stepping-Up from Family First "
        "0-18 ... on a Planned Basis' and Appendix 1 (step-up form, case ID on EHM, team manager's agreement, recent "
        "TAF minutes, date of the step-up TAF meeting, GCP2 for neglect, Engaging Families toolkit for "
        "non-engagement, Merseyside Exploitation Assessment; 'at least 5 working days' notice'); REQUIREMENTS.md "
        "knowsley step_up.",
    ("knowsley", "step_down"): "Knowsley, seed 004_ba08e3b9f619f49f.txt section 2 'Cases Stepping Down from Children's "
        "Social Care ... at Levels 2 and 3' and section 3 (date, time and venue; 'what are we worried about, what is "
        "working well, what needs to happen'; level 2 lead practitioner's name and organisation; level 3 consent; 5 "
        "days' notice read as 5 working days); REQUIREMENTS.md knowsley step_down (no level stated = level 3).",
    ("knowsley", "follow_up"): "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4; DESIGN 'kind': follow_up (a reply "
        "adding to an existing request) -> attach_to_request, missing [] for a kind with no requirements.",
    ("knowsley", "other"): "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4 N.B. ('Any immediate safeguarding "
        "concerns should be communicated to the Duty Social Work Team in the Multi Agency Safeguarding Hub') and "
        "section 5 (unplanned contacts to MASH); DESIGN 'kind': other (no step request) -> human_review.",
    ("richmond_wandsworth", "step_up"): "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Process to Step Up' "
        "(the Early Help Team Manager emails the MASH Step Up inbox 'with the latest case summary and the rationale') "
        "and 'Step up from Early Help' (immediate child protection concerns are not a planned step-up); "
        "REQUIREMENTS.md richmond_wandsworth step_up.",
    ("richmond_wandsworth", "step_down"): "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Process to Step Down' "
        "(case discussion agreed with the Early Help Duty Team Manager 'within 5 days of this contact', confirmed by "
        "email 'with the latest case summary and the draft plan') and 'Step Down to Early Help' (consent from the "
        "child, young person and family); REQUIREMENTS.md richmond_wandsworth step_down.",
    ("richmond_wandsworth", "meeting_reply"): "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Step Up "
        "Discussion' (MASH business support's invitation); DESIGN 'kind': meeting_reply (an iTIP REPLY) -> "
        "record_reply.",
    ("richmond_wandsworth", "other"): "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Step up from Early Help' "
        "(immediate child protection concerns are raised at once, not queued); DESIGN 'kind': other (no step "
        "request) -> human_review.",
    ("tower_hamlets", "step_up"): "Tower Hamlets, seed 001_7484577aab521096.txt 'Key Aspects of Step Up' (via the "
        "MAST) and 'Step Up to Early Help from Universal Provision' ('contact MAST ... followed up with a completed "
        "Multi-Agency Request for Support form'), management oversight in 'Definitions'; REQUIREMENTS.md "
        "tower_hamlets step_up.",
    ("tower_hamlets", "step_down"): "Tower Hamlets, seed 001_7484577aab521096.txt 'Definitions' and 'Stepping Down - "
        "From Child Protection/Child in Need' (most current Child and Family Assessment, TAF plan, family consent, "
        "Lead Practitioner identified); REQUIREMENTS.md tower_hamlets step_down.",
    ("tower_hamlets", "auto_reply"): "Tower Hamlets, seed 001_7484577aab521096.txt; DESIGN 'kind': auto_reply "
        "(out-of-office, bounce, auto-submitted) -> ignore; safety rule 2 (never answered).",
    ("tower_hamlets", "other"): "Tower Hamlets, seed 001_7484577aab521096.txt 'Step Up to Early Help from Universal "
        "Provision' ('If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of "
        "hours in an emergency only 0207 364 4079)'); DESIGN 'kind': other (no step request) -> human_review.",
    ("torbay", "step_up"): "Torbay, seed 002_682540a1ccf30a2a.txt 'Step up processes from level 3 to level 4' steps 1-2 "
        "('The worker and team manager should agree ...', 'a contact should be made to MASH with parental "
        "consent'); REQUIREMENTS.md torbay step_up.",
    ("torbay", "step_down"): "Torbay, seed 002_682540a1ccf30a2a.txt 'Step down process from Single Assessment Team' "
        "steps 1-4 (Single Assessment with rationale, team manager's analysis confirming the level 3 threshold, "
        "consent sought before triage, triage slot within 5 working days, under-5s heard fortnightly); "
        "REQUIREMENTS.md torbay step_down.",
    ("torbay", "follow_up"): "Torbay, seed 002_682540a1ccf30a2a.txt 'Step down process from Single Assessment Team' "
        "step 1; DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request.",
    ("torbay", "meeting_reply"): "Torbay, seed 002_682540a1ccf30a2a.txt step 4 (the triage slot confirmed to the "
        "social worker); DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply.",
    ("torbay", "auto_reply"): "Torbay, seed 002_682540a1ccf30a2a.txt; DESIGN 'kind': auto_reply (auto-submitted) -> "
        "ignore; safety rule 1 (read for risk) and rule 2 (never answered).",
    ("torbay", "other"): "Torbay, seed 002_682540a1ccf30a2a.txt 'Step up processes from level 3 to level 4' step 3 "
        "(information reaching MASH from a source other than the lead professional); DESIGN 'kind': other (no step "
        "request) -> human_review.",
    ("herefordshire", "step_down"): "Herefordshire, seed 003_d813ace460bad8eb.txt 'New Early Help Assessment "
        "Step-Down' ('obtain written consent, identify a key person with the family, complete an Early Help "
        "Assessment step-down plan ... within two weeks'; sibling groups) and 'Roles and responsibilities'; "
        "REQUIREMENTS.md herefordshire step_down.",
    ("herefordshire", "step_up"): "Herefordshire, seed 003_d813ace460bad8eb.txt: the seed defines no step-up "
        "(REQUIREMENTS.md: 'step_up is not defined by this seed') -> human_review, missing [] and notice null for an "
        "undefined kind.",
    ("herefordshire", "other"): "Herefordshire, seed 003_d813ace460bad8eb.txt (step-down only); DESIGN 'kind': other "
        "(no step request) -> human_review.",
}
URGENT_RULE = (" Urgency: DESIGN safety rule 1 (an immediate child-protection risk is never just queued; every part "
               "of the message is read, quoted history and attachments included) and DESIGN next_action order "
               "(alert_duty first, whatever the kind).")

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the self-check)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(f, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children, concerns,
        consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(), adults=(),
        not_case_ids=()):
    """Record one file. `meeting` is the day notice is counted to (Knowsley step requests); `not_children` are
    people in the text who must never be labelled; `adults` are (name, DOB as written) who must be 18 or over;
    `not_case_ids` are reference numbers in the text that are not case ids."""
    assert f not in FILES, f
    FILES[f] = data
    now = dt(when) + timedelta(minutes=delay_min)
    rule = RULES[(authority, kind)]
    LABELS.append({"file": f, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why + " | Rule: " + rule + (URGENT_RULE if urgent else "")})
    CATS[f] = category
    META[f] = {"meeting": meeting, "children": children, "not_children": list(not_children),
               "adults": list(adults), "not_case_ids": list(not_case_ids), "when": when}


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def appendix1(answers):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: question, then answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2086-09-17 12:48:16"
    text = T("""
Good afternoon,

I'm the Designated Safeguarding Lead at Ravenscroft High School in Huyton. I need advice from the duty team this afternoon please, as I can't reach my headteacher (at a conference in Manchester, phone off) or the LADO (I rang the LADO line at 12.05 and left a voicemail, and I've emailed the referral form).

At 11.50 today Maddison Cowley, Year 9 (DOB 03/02/2073), came to my office with a friend. She showed me Snapchat messages on her phone from Mr Gareth Lunt, one of our PE teachers. He has been messaging her since July from an account under a different name. I have taken screenshots. They include:
- "you're my favourite, don't tell the others"
- "send me one in your netball kit x"
- "this stays between us or we both get in trouble"
and last night at 23.14: "come to the sports hall store after school tomorrow, just us, I'll run you home after x".

"Tomorrow" is today. School finishes at 3.10pm. Mr Lunt is in school now and is timetabled to teach Maddison's PE group period 5 (1.50pm). He doesn't know she has spoken to me.

Maddison is with our pastoral manager and says she does not want to go to PE. She has asked us not to tell her mum yet because "she'll go round his house". Mum is Kerry Cowley, 07700 900318.

I don't know whether I can take a member of staff off timetable or send him home without the head or the LADO, and I don't want to alert him in a way that means the messages get deleted. Please can someone ring me back on 0151 496 0722 before 1.45 if at all possible.

Many thanks,
Bernadette

Bernadette Crolla
Assistant Headteacher | Designated Safeguarding Lead
Ravenscroft High School, Huyton
0151 496 0722
""")
    m = new_mail(f, addr("Bernadette Crolla", "b.crolla@ravenscrofthigh.example.sch.uk"), addr("Knowsley MASH", KMASH),
                 "Staff allegation - Year 9 pupil - need advice before period 5", when,
                 "ravenscrofthigh.example.sch.uk", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Maddison Cowley", "2073-02-03", "03/02/2073")], ["sexual_harm"],
        None, None, [], None, "alert_duty",
        "A SCHOOL DSL REPORTS A TEACHER'S GROOMING MESSAGES AND A ONE-TO-ONE PLANNED FOR TODAY: a 13-year-old's "
        "Snapchat messages from her PE teacher ('this stays between us', a photo 'in your netball kit', 'come to the "
        "sports hall store after school tomorrow, just us, I'll run you home'); 'tomorrow' is today, he teaches her "
        "at 1.50pm and school ends at 3.10pm; the head and the LADO cannot be reached. An adult in a position of "
        "trust arranging unsupervised contact with a child he is grooming, this afternoon -> immediate risk -> "
        "urgent -> alert_duty. Reported by the setting, asking for advice, no step -> other. Grooming for sexual "
        "contact -> sexual_harm. Mr Gareth Lunt and the mother are adults, never children.",
        not_children=["Gareth Lunt", "Kerry Cowley", "Bernadette Crolla"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2086-10-03 13:05:40"
    ack = stepbot_ack("step-up", "SB-knowsley-1291", [
        "Child: Alfie Dunleavy (11/05/2076)", "Case ID: EHM-63417",
        "Step-up TAF meeting: Wednesday 9 October 2086, 10:00, Microsoft Teams"],
        ["the minutes of the most recent TAF meeting"])
    text = T("""
Hi,

TAF minutes from 24 September attached as asked - sorry for the delay, the school nurse had to check her section.

Something else from this morning that needs looking at today, and I don't know whether it's for you or the LADO. Alfie is autistic, has an EHCP and talks using his symbols board and a few words. At 10.30 he got very upset when his teaching assistant mentioned home time. He pointed to "taxi" on his board and then to "no", and said "Tony hand in pants. Secret. No taxi." Then he showed her on himself, at the top of his trousers. He has been wetting himself on the way home for about three weeks, which the taxi driver has been reporting to school as "behaviour".

Tony is the passenger assistant on the contract taxi that takes Alfie to and from Meadowbank Primary - he sits in the back with Alfie while the driver sits in front. The taxi collects Alfie at 3.15 today. Mum is at work in Liverpool city centre until 6 and says she can't get back; she's asked school to put him in the taxi as normal because she doesn't believe Tony would do anything.

School rang passenger transport at 11 but only got a voicemail. I'm at the school until 2 if anyone can call me on 07700 900417.

Siobhan

Siobhan Kearns
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0531 | 07700 900417

""") + outlook_quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "30 September 2086 09:12",
                     "Kearns, Siobhan <Siobhan.Kearns@knowsley.gov.uk>",
                     "Step-up request received - Dunleavy - EHM-63417 [SB-knowsley-1291]", ack)
    minutes = make_docx([
        "# Team Around the Family - review meeting",
        "Date: 24/09/2086, 13:30, Kirkby Family Hub",
        "Present: mum (Claire Dunleavy), Siobhan Kearns (Family First, chair), class teacher, school nurse, SENCo",
        "Child: Alfie Dunleavy, EHM-63417",
        "School: Alfie has come to school hungry on most Mondays this half term and has worn the same clothes all "
        "week on two occasions; breakfast club has been offered every day.",
        "School nurse: at the home visit on 19/09 there was very little food in the house and Alfie's bed is a "
        "mattress on the floor with no sheets.",
        "Mum: exhausted; Alfie sleeps three or four hours a night and she has not managed to get him to the sleep "
        "clinic. EHCP annual review due in November.",
        "Agreed: Family First to request a step-up to Children's Social Care for neglect; GCP2 completed on "
        "20/09/2086 and sent with the step-up request."])
    m = new_mail(f, addr("Kearns, Siobhan", "Siobhan.Kearns@" + KDOM), addr("Knowsley MASH", KMASH),
                 "RE: Step-up request received - Dunleavy - EHM-63417 [SB-knowsley-1291]", when,
                 "LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM", cc=addr("MASH Business Support", KBS), outlook=True,
                 in_reply_to=msgid("knowsley-ack-1291", "stepbot.knowsley.gov.uk"))
    body(m, text, html_of(text))
    attach(m, "TAF minutes 24.09.2086 - Dunleavy.docx", minutes, DOCX)
    add(f, finish(f, m), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-63417"], [ch("Alfie Dunleavy", "2076-05-11", "11/05/2076")],
        ["disability_send", "neglect", "sexual_harm"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP THAT BRINGS THE MISSING TAF MINUTES AND, IN ITS SECOND PARAGRAPH, A DISCLOSURE: a 10-year-old "
        "autistic boy who speaks with a symbols board said 'Tony hand in pants. Secret. No taxi.' about the passenger "
        "assistant who sits with him in the back of the school taxi; the same taxi collects him at 3.15 today and "
        "mum, who does not believe it, wants him put in it. No alarm word anywhere. Immediate risk -> urgent -> "
        "alert_duty, which comes before attach_to_request. A reply to [SB-knowsley-1291] -> follow_up (reference "
        "SB-knowsley-1291), missing []. Child and DOB from the quoted acknowledgement; EHM-63417 in subject and "
        "ack. Concerns: the disclosure -> sexual_harm; the attached minutes' hunger, clothes and bare mattress -> "
        "neglect; autism / EHCP -> disability_send. 'Tony' (first name only) and mum are adults.",
        not_children=["Claire Dunleavy", "Siobhan Kearns"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2086-12-11 10:20:05"
    text = T("""
Hi Family First,

I'd like to step the Pownall children down to Family First at Level 3 at their final CIN meeting.

Children: Jenson Pownall, DOB 19/06/2074 (ICS-1587320); Lacey Pownall, DOB 30/01/2078 (ICS-1587321)
Final CIN meeting: Friday 3rd January 2087, 10.00am, Halewood Family Hub, Leathers Lane (family room). I've gone for the first week back so a Family First case manager can come - I know it's a way off but I didn't want to squeeze it in before Christmas.
Consent: Mum (Leanne Pownall) consented to the referral to Family First at the CIN review on 4 December and signed the consent form.

Background you'll see on ICS: the family first came to us in March 2085 after Jenson told a teacher about things his then football coach had done. That was dealt with through the LADO and the police - the coach was dismissed by the club, convicted in January 2086 and is barred from working with children. Jenson has had no contact with him since March 2085, finished his counselling with CAMHS in July, and the CP plan ended in October 2085. It is not part of why we are still involved and there are no current concerns about it.

What are we worried about?
Mum's anxiety and low mood have come back since she lost her job in the summer; some mornings she can't get out of bed and the children are late or miss school. Jenson's attendance is 88% this term.

What is working well?
Mum is back in touch with her GP and has started talking therapy; maternal grandad now does the school run on Tuesdays and Thursdays; both children are settled at school and Jenson has joined the running club.

What needs to happen?
A Family First case manager to pick up a TAF with school and mum's GP; an attendance plan for Jenson with school; mum to keep her therapy appointments and grandad's school runs to be written into the plan.

Thanks,
Joanne

Joanne Mercer
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0377

""") + KDISC
    m = new_mail(f, addr("Mercer, Joanne", "Joanne.Mercer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                 "Level 3 step down - Pownall - final CIN Fri 3rd Jan 2087", when,
                 "LO4P265MB2290.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-1587320", "ICS-1587321"],
        [ch("Jenson Pownall", "2074-06-19", "19/06/2074"), ch("Lacey Pownall", "2078-01-30", "30/01/2078")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A CONCLUDED ALLEGATION AGAINST A FORMER COACH IN THE BACKGROUND: Jenson's 2085 disclosure about "
        "his football coach went through the LADO and the police; the coach was dismissed, convicted in January "
        "2086 and barred; no contact since March 2085, CP plan ended October 2085, 'no current concerns about it' "
        "-> historic and concluded, not urgent, no sexual_harm. Complete Knowsley level 3 step-down ('Level 3' "
        "written): final CIN date, time and venue; all three Signs of Safety headings; 'consented to the referral "
        "to Family First ... signed the consent form' -> consent true. NOTICE ACROSS CHRISTMAS: from Wed 11 Dec "
        "2086 to Fri 3 Jan 2087 is 17 plain weekdays but 14 working days (Christmas Day, Boxing Day and New Year's "
        "Day 2087 excluded) >= 5 -> ok -> book_meeting. Mum's anxiety and low mood -> parental_mental_health; 88% "
        "-> school_attendance.",
        meeting=date(2087, 1, 3), not_children=["Leanne Pownall", "Joanne Mercer"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2086-09-23 15:30:12"
    summary = [
        "LADO reference: KLADO/86/0233",
        "Child: Ruby-Mae Hesketh, DOB 22/10/2077, Year 4, ICS-1590412",
        "Setting: St Columba's Catholic Primary School, Prescot",
        "Adult: Mrs Carol Dempsey, teaching assistant",
        "Allegation: on 12/09/2086 Ruby-Mae came home with bruising to her upper arm and told her mum that Mrs "
        "Dempsey had 'yanked' her out of the dinner queue.",
    ]
    text = T("""
Dear MASH colleagues,

Please see below a summary of the allegations management meeting (AMM) held on Thursday 19 September 2086, for your records and for linking to the child's ICS file. The full notes are attached. This is for information only - no action is requested from MASH.

""") + "\n".join(summary) + T("""


Actions already taken:
- Mrs Dempsey was suspended by the school on 13/09/2086 and is not on the school site.
- Merseyside Police are investigating (crime reference 0913-86-4471). Mrs Dempsey has been interviewed and released on police bail with conditions not to contact any pupil of the school and not to attend the school or any other school or childcare setting.
- She does not work in any other setting. Her only other role, as a Brownies volunteer, has been stood down by Girlguiding pending the outcome.
- Ruby-Mae is back in school, has a trusted adult and is described by her mum as "much happier". Mum is satisfied with the school's response.

Next review AMM: Thursday 17 October 2086, 14:00 (Teams). The LADO will share the outcome when the police investigation concludes.

Kind regards,
Dawn Tickle
LADO Business Support Officer
Quality Assurance & Safeguarding Unit | Knowsley Council
0151 496 0660

""") + KDISC
    notes = make_pdf("Allegations Management Meeting - notes - KLADO/86/0233", summary + [
        "Date of meeting: 19/09/2086, 10:00, Teams. Chair: Local Authority Designated Officer.",
        "Attendees: LADO; headteacher, St Columba's; Merseyside Police (Child Protection Unit); HR adviser for "
        "schools; MASH social worker (information sharing).",
        "Information shared: bruising seen by mum on 12/09/2086; Ruby-Mae's account to mum and to the "
        "headteacher consistent; one lunchtime supervisor saw Mrs Dempsey pull Ruby-Mae by the arm.",
        "Decisions: suspension to continue; police investigation to continue; bail conditions noted (no contact "
        "with any pupil, not to attend any school or childcare setting); Girlguiding informed and volunteer role "
        "stood down.",
        "Child: back in school, trusted adult identified, mum satisfied with the school's response.",
        "Next review AMM: 17/10/2086 14:00."])
    m = new_mail(f, addr("LADO Business Support", "LADO.BusinessSupport@" + KDOM), addr("Knowsley MASH", KMASH),
                 "LADO ref KLADO/86/0233 - AMM 19/09/2086 - for MASH records", when,
                 "LO2P265MB3301.GBRP265.PROD.OUTLOOK.COM", cc=addr("MASH Business Support", KBS), outlook=True)
    body(m, text)
    attach(m, "AMM notes KLADO-86-0233.pdf", notes, PDF)
    add(f, finish(f, m), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, ["ICS-1590412"], [ch("Ruby-Mae Hesketh", "2077-10-22", "22/10/2077")],
        ["physical_harm"], None, None, [], None, "human_review",
        "NEAR MISS - AN ALLEGATION ALREADY WITH THE LADO AND THE ADULT SUSPENDED: LADO business support sends MASH "
        "the summary and notes of an allegations management meeting about a teaching assistant who bruised a "
        "Year 4 pupil's arm; she is suspended, on police bail not to contact any pupil or attend any school or "
        "childcare setting, her Brownies role stood down; the child is back in school and settled; 'no action is "
        "requested from MASH' -> no immediate risk, not urgent. LADO business support's record, no step -> other -> "
        "human_review. The allegation is live (police investigation continuing), so its concern is labelled: "
        "physical_harm. 'ICS-1590412' is a case id; 'KLADO/86/0233' (LADO reference) and the crime reference are "
        "not. Mrs Carol Dempsey is an adult.",
        not_children=["Carol Dempsey", "Dawn Tickle"], not_case_ids=["KLADO/86/0233", "0913-86-4471"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2086-09-16 10:12:33"
    text = T("""
Morning,

Please find attached the step up request for the Carragher children and the minutes of the TAF on 11/09/2086. The step up TAF meeting is Wednesday 25th September at 10am on Teams - the invite has gone to the MASH inbox and MASH business support, and I've invited the current TAF members (school, the health visitor, the school nurse and the food bank worker).

Tommy-Lee Carragher - 14/03/2076
Skye Carragher - 02/09/2080
Ava Carragher - 30/11/2084

My TM, Lisa Brady, agreed the step up in supervision on Friday (it's recorded on the form). Mum knows about the step up and agrees with it - she says she "can't do it on her own any more".

In short: the house has got much worse since the summer (no working cooker, dog mess upstairs, the children's mattresses on the floor), Ava has missed her last two health visitor checks and has a nappy rash that hasn't cleared, and Tommy-Lee's attendance is 81% with school reporting he is hungry and asking for food at breakfast club.

The Graded Care Profile 2 is being done with the health visitor on Thursday 19th and I'll send it as soon as it's finished - it won't be with you today, sorry.

Lauren

Lauren Gaskell | Family First Case Manager | Huyton Team | Knowsley Council | 0151 496 0284

""") + KDISC
    form = make_docx(appendix1([
        ("Case ID on EHM:", "EHM-63102"),
        ("Children:", "Tommy-Lee Carragher 14/03/2076; Skye Carragher 02/09/2080; Ava Carragher 30/11/2084"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 25/09/2086, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum lets us in and comes to every TAF; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 11/09/2086"),
        ("What are we worried about?", "Home conditions (no cooker, dog mess upstairs, mattresses on the floor); "
         "Ava's missed health checks and nappy rash; Tommy-Lee hungry at school, attendance 81%."),
        ("What is working well?", "Mum is honest about how hard things are and wants help; the children are close "
         "to their nan, who visits on Sundays."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Being completed with the health visitor on "
         "19/09/2086 - to follow."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Lisa Brady, Team Manager, 13/09/2086"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the health visitor and a "
         "TAF every three weeks.")]))
    minutes = make_pdf("Team Around the Family - minutes - Carragher - 11/09/2086", [
        "Present: mum, Lauren Gaskell (Family First, chair), class teacher, health visitor, school nurse, food bank "
        "worker.",
        "Health visitor: Ava not brought to her 18-month or 2-year checks; nappy rash seen on 05/09.",
        "School: Tommy-Lee asking for food at breakfast club most days; attendance 81%.",
        "Home: cooker not working since July; upstairs dirty with dog mess.",
        "Agreed: Lauren to discuss a step up with her team manager; GCP2 to be completed with the health visitor."])
    m = new_mail(f, addr("Gaskell, Lauren", "Lauren.Gaskell@" + KDOM), addr("Knowsley MASH", KMASH),
                 "Step up request - Carragher - EHM-63102 - TAF Weds 25th Sept 10am", when,
                 "LO4P265MB5512.GBRP265.PROD.OUTLOOK.COM", cc=addr("MASH Business Support", KBS), outlook=True)
    body(m, text, html_of(text))
    attach(m, "FF Step Up request to CSC - Carragher.docx", form, DOCX)
    attach(m, "TAF minutes 11.09.2086 - Carragher.pdf", minutes, PDF)
    add(f, finish(f, m), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-63102"],
        [ch("Tommy-Lee Carragher", "2076-03-14", "14/03/2076"), ch("Skye Carragher", "2080-09-02", "02/09/2080"),
         ch("Ava Carragher", "2084-11-30", "30/11/2084")],
        ["neglect", "school_attendance"], True, True, ["gcp2"], True, "request_info",
        "Knowsley neglect step-up for three children: step-up form (.docx) and TAF minutes (.pdf) attached, "
        "EHM-63102, meeting 'Wednesday 25th September at 10am on Teams', TM 'agreed the step up' -> manager true; "
        "'Mum knows about the step up and agrees with it' -> consent true. The GCP2 'won't be with you today' -> "
        "gcp2 missing (neglect needs it) -> request_info. Notice: Mon 16 Sep -> Wed 25 Sep = 7 working days >= 5 "
        "-> ok. Home conditions, hunger, missed health checks -> neglect; 81% -> school_attendance.",
        meeting=date(2086, 9, 25), not_children=["Lauren Gaskell", "Lisa Brady"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2086-10-25 14:35:09"
    intro = T("""
Hi Family First duty,

Letting you know that I intend to step Harvey down to a Level 2 Early Help service at his final CIN meeting next Friday. Details below.

""")
    rows = [("Child", "Harvey Moorcroft, DOB 07.07.2077"),
            ("ICS", "ICS-1571188"),
            ("Final CIN meeting", "Friday 1st November 2086, 10.00am"),
            ("Venue", "Stockbridge Village Family Hub, The Withens (meeting room 2)"),
            ("Lead practitioner (Level 2)", "Janine Swift, Learning Mentor, St Aidan's Catholic Primary School, "
             "0151 496 0903"),
            ("Consent", "Dad (Paul Moorcroft) has agreed to the step down to school-led Early Help"),
            ("Manager", "Agreed with my team manager, Carl Ashworth, on 22/10/2086")]
    outro = T("""
What are we worried about?
Harvey's attendance (86% this year) and lateness since his mum moved to Wales in the spring; he finds Mondays after contact weekends hard.

What is working well?
Dad has changed his shifts to do the school run. Harvey has a good relationship with Miss Swift and goes to her breakfast club. Contact with mum is regular and goes well.

What needs to happen?
Miss Swift to lead an Early Help Assessment and a TAF from November; an attendance plan with the school's attendance officer; a Monday-morning check-in for Harvey.

It's half term next week, but the meeting is at the Family Hub rather than school and Miss Swift has confirmed she can come in for it.

Thanks,
Mo

Mohammed Iqbal
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0418

""") + KDISC
    m = new_mail(f, addr("Iqbal, Mohammed", "Mohammed.Iqbal@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                 "Level 2 step down - Harvey Moorcroft - final CIN Fri 1st Nov", when,
                 "LO2P265MB0917.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, table_text(intro, rows, outro), table_html(intro, rows, outro))
    add(f, finish(f, m), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-1571188"], [ch("Harvey Moorcroft", "2077-07-07", "07.07.2077")],
        ["school_attendance"], True, True, [], True, "book_meeting",
        "Complete Knowsley LEVEL 2 step-down in an Outlook table: final CIN date, time and venue; all three Signs of "
        "Safety headings; the Level 2 lead practitioner named with her organisation -> nothing missing. 'Dad ... "
        "has agreed to the step down' -> consent true (not required at level 2); 'Agreed with my team manager' -> "
        "manager true. NOTICE EXACTLY 5 ACROSS THE CLOCK CHANGE AND HALF TERM: Fri 25 Oct (BST, +0100) -> Fri 1 Nov "
        "(GMT) = Mon 28, Tue 29, Wed 30, Thu 31 Oct, Fri 1 Nov = 5 working days >= 5 -> ok (half term is not a "
        "bank holiday) -> book_meeting. DOB written dd.mm.yyyy. 86% -> school_attendance.",
        meeting=date(2086, 11, 1), not_children=["Paul Moorcroft", "Janine Swift", "Carl Ashworth"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2086-11-21 16:40:27"
    text = T("""
Hi,

I'm finishing the C&F assessment for the Kenyon children and the family's needs sit with Family First. Mum has given consent for the case to be referred to Family First (she signed the consent form at my visit on Monday).

Oliver Kenyon - 17/04/2080 - ICS-1580046
Isla Kenyon - 05/12/2083 - ICS-1580047

Joint home visit: Tuesday 26th November at 11.00am, at home - 4 Ashgrove Close, Halewood. That gives you the 5 days' notice (Thursday to Tuesday). Could you let me know which case manager will come?

What are we worried about?
Mum's depression since Isla's dad left in June - she hasn't been taking her medication regularly and finds the evenings very hard. Oliver (6) has a speech and language delay and is waiting for an autism assessment; mum struggles to get him to his appointments.

What's working well?
Mum asked for help herself and has restarted her medication with the GP's support. Nan lives two streets away and has the children on Fridays. Both children are healthy and their attendance at school and nursery is good.

What needs to happen?
A Family First case manager to pick up a TAF with school, nursery and the GP; help for mum to get Oliver to his speech and language and autism appointments; a place on the parenting programme at the Family Hub.

Thanks,
Rachel

Rachel Tinsley
Social Worker | Assessment Team (Huyton) | Knowsley Council
0151 496 0193
""")
    m = new_mail(f, addr("Tinsley, Rachel", "Rachel.Tinsley@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                 "Step down to Family First - Kenyon - joint home visit Tues 26th", when,
                 "LO4P265MB1188.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text)
    add(f, finish(f, m), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["ICS-1580046", "ICS-1580047"],
        [ch("Oliver Kenyon", "2080-04-17", "17/04/2080"), ch("Isla Kenyon", "2083-12-05", "05/12/2083")],
        ["disability_send", "parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley step-down from a C&F assessment with NO LEVEL STATED -> level null, read as level 3 "
        "(REQUIREMENTS): joint home visit date, time and address; all three headings; consent 'signed the consent "
        "form' -> true -> nothing missing. NOTICE COUNTED IN CALENDAR DAYS BY THE WRITER, DECISIVE: 'That gives you "
        "the 5 days' notice (Thursday to Tuesday)' is 5 calendar days, but from Thu 21 Nov the visit on Tue 26 Nov "
        "is Fri 22, Mon 25, Tue 26 = 3 working days < 5 -> not ok -> request_info. Mum's depression -> "
        "parental_mental_health; speech delay and autism assessment -> disability_send.",
        meeting=date(2086, 11, 26), not_children=["Rachel Tinsley"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2086-10-09 00:41:52"
    text = T("""
Hi MASH,

Sorry for the late-night email - I wanted this with you tonight so you have a full week's notice. The step up TAF for Kacey Ellison is next Tuesday, 15th October, at 1.30pm at Prescot Family Hub (Teams link in the invite I've sent to the MASH inbox and MASH business support). I've invited school, the school nurse and the youth worker from Whiston Youth Hub.

Kacey Ellison, DOB 23/08/2075, EHM-63855.

Attached: the step up form, the TAF minutes from 1st October and the Engaging Families toolkit (Signs of Well-being Family Engagement Risk Assessment Tool) I completed with my TM. Dave Heyes (TM) agreed the step up in supervision on Monday.

Summary: the family have not engaged with the plan since June. Mum has cancelled or not been in for 9 of the last 12 planned visits, hasn't come to the last three TAFs and has stopped answering calls from school. Kacey is 11 and has just started Year 7; her attendance since September is 71%. The toolkit puts engagement as low, with the avoidance getting worse despite everything we've tried (different times, a joint visit with school, a letter from the headteacher, an offer to meet at nan's).

When I finally got mum on the phone on Friday she told me she does not consent to the step up - she "won't have social workers in the house" - but my TM and I are clear it's needed.

Natalie

Natalie Forshaw | Family First Case Manager | Prescot & Whiston Team | Knowsley Council | 0151 496 0652
""")
    form = make_docx(appendix1([
        ("Case ID on EHM:", "EHM-63855"),
        ("Children:", "Kacey Ellison 23/08/2075"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Tuesday 15/10/2086, 13:30, Prescot Family Hub / Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - Engaging Families toolkit completed 07/10/2086 and attached"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 01/10/2086"),
        ("What are we worried about?", "Mum has not engaged with the plan since June (9 of 12 visits missed, three "
         "TAFs missed); Kacey's attendance 71% since September."),
        ("What is working well?", "Kacey talks to the school nurse and the youth worker; nan is supportive."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Dave Heyes, Team Manager, 07/10/2086")]))
    minutes = make_docx(["# TAF minutes - Ellison - 01/10/2086",
                         "Present: Natalie Forshaw (chair), Year 7 head of year, school nurse, youth worker. Mum "
                         "did not attend (third TAF missed).",
                         "School: attendance 71% since September; mum not answering calls.",
                         "Agreed: Natalie to complete the Engaging Families toolkit and discuss a step up with her TM."])
    toolkit = make_pdf("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool", [
        "Family: Ellison. Completed by Natalie Forshaw with Dave Heyes (TM), 07/10/2086.",
        "Engagement: LOW. 9 of 12 planned visits cancelled or no answer since June; 3 TAFs missed.",
        "Approaches tried: different times of day; joint visit with school; letter from the headteacher; offer to "
        "meet at maternal grandmother's home.",
        "What this tells us: the pattern of avoidance is increasing and the plan cannot progress at level 3."])
    m = new_mail(f, addr("Forshaw, Natalie", "Natalie.Forshaw@" + KDOM), addr("Knowsley MASH", KMASH),
                 "Step up - Ellison - EHM-63855 - TAF Tues 15th Oct 1.30pm", when,
                 "LO2P265MB6650.GBRP265.PROD.OUTLOOK.COM", cc=addr("MASH Business Support", KBS), outlook=True)
    body(m, text, html_of(text))
    attach(m, "FF Step Up request to CSC - Ellison.docx", form, DOCX)
    attach(m, "TAF minutes 01.10.2086 - Ellison.docx", minutes, DOCX)
    attach(m, "Engaging Families Toolkit - Ellison.pdf", toolkit, PDF)
    add(f, finish(f, m), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63855"], [ch("Kacey Ellison", "2075-08-23", "23/08/2075")],
        ["non_engagement", "school_attendance"], False, True, [], False, "request_info",
        "Complete Knowsley non-engagement step-up (form and TAF minutes .docx, the Engaging Families toolkit .pdf -> "
        "engaging_families met, EHM id, 'Dave Heyes (TM) agreed the step up') sent AFTER MIDNIGHT. NOTICE FROM THE "
        "LOCAL DATE, DECISIVE: the Date is Wed 9 Oct 00:41 +0100 (Tue 8 Oct 23:41 UTC); DESIGN counts from today, "
        "the Europe/London date of now (Wed 9 Oct): Thu 10, Fri 11, Mon 14, Tue 15 = 4 working days < 5 -> not ok "
        "-> request_info. The writer's 'tonight ... a full week's notice' and a UTC-date reading (Tue 8 Oct) both "
        "give 5. CONSENT REFUSED: 'she does not consent to the step up' -> false (not a requirement of a Knowsley "
        "step-up, so nothing missing). Missed visits and TAFs -> non_engagement; 71% -> "
        "school_attendance.",
        meeting=date(2086, 10, 15), not_children=["Natalie Forshaw", "Dave Heyes"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2086-09-19 16:05:30"
    text = T("""
Hello,

I'm not sure this is the right email - it's the one on the council website for Children's Services. Please pass it on if not.

Tyrese Okonkwo-Bell is 13 (DOB 30/05/2073 on our membership form) and comes to our Tuesday and Thursday sessions. This afternoon he sent me these messages on the youth hub's Instagram account. I've copied them exactly:

[14:52] tyrese: miss can i tell u something but u cant tell my mum
[14:53] tyrese: its about coach dwayne at the boxing
[14:58] tyrese: he makes me stay behind in the office after training when everyone goes and he touches me where he shouldnt
[14:58] tyrese: he says its what champions do and if i tell anyone im off the team and mum has to pay back all the fees he let off
[15:03] Aisha (Roehampton Youth Hub): Thank you for telling me Tyrese. You've done the right thing and you're not in trouble. Where are you now?
[15:11] tyrese: home. trainings tonight at 6 and mum is making me go she says im being lazy
[15:12] tyrese: please dont make me go
[15:40] tyrese: hes just messaged mum saying he'll drop me home after

The coach is Dwayne Pardoe, who runs Southfields Amateur Boxing Club. The club website gives Mr Pardoe's wife as its welfare contact, so I haven't contacted the club.

I've told Tyrese he doesn't have to go tonight, and I'm trying his mum (Grace Okonkwo, 07700 900653) but it goes to voicemail - she works shifts at the hospital.

I'm at the hub until 9pm on 020 7946 0872.

Aisha

Aisha Karim
Senior Youth Worker | Roehampton Youth Hub
020 7946 0872
""")
    m = new_mail(f, addr("Aisha Karim", "aisha.karim@roehamptonyouthhub.example.org.uk"), addr("MASH Step Up", RSU),
                 "Tyrese - messages from today - please can someone call me", when,
                 "AM9P191MB1410.EURP191.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Tyrese Okonkwo-Bell", "2073-05-30", "30/05/2073")], ["sexual_harm"],
        None, None, [], None, "alert_duty",
        "A CHILD'S OWN MESSAGES, COPIED BY A YOUTH WORKER: a 13-year-old says his boxing coach 'touches me where he "
        "shouldnt' in the office after training and threatens him if he tells; training is 'tonight at 6', mum is "
        "making him go and the coach has just offered to drop him home afterwards; mum unreachable, the club's "
        "welfare contact is the coach's wife. No alarm word anywhere. Contact with the alleged abuser within two "
        "hours -> immediate -> urgent -> alert_duty. Youth worker writing to the only address she found, no step "
        "-> other. Dwayne Pardoe, Grace Okonkwo and Aisha Karim are adults.",
        not_children=["Dwayne Pardoe", "Grace Okonkwo", "Aisha Karim"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2086-11-12 11:25:14"
    text = T("""
Dear MASH,

Following reflective supervision with Ama Owusu (Early Help Practitioner) on Friday, I have agreed that Priya should be stepped up to Children's Services. Her latest case summary is attached.

Child: Priya Raman-Hughes, DOB 14/03/2077 (Mosaic ID 2841176)
Lives with: her father, Sunil Raman, in Earlsfield

Rationale for step up
Early Help has worked with Priya and her father since March. Dad's depression has deepened since the summer and he has stopped seeing his GP; he tells Ama he "can't see the point". Priya's attendance has fallen to 83% and she has become very anxious about getting things wrong at school. Dad has not followed through on any part of the plan for three months despite weekly visits, and the TAF on 29 October agreed that the worries for Priya now need a statutory assessment. Dad has been told that we are making this request.

Kind regards,
Helen

Helen Mackenzie
Early Help Team Manager | Wandsworth West
020 7946 0514

P.S. Ama has just rung me from Priya's school. This morning Priya told her class teacher that her private maths tutor, Mr Colin Vesey, who comes to the house on Tuesdays and Thursdays at 4pm, hit her across the knuckles with a metal ruler last week and shut her in the study until she got every question right. There is a purple mark across the back of her right hand. Priya begged the teacher not to tell her dad because "he'll make it worse with Mr Vesey". Dad told Ama on the phone that the tutor is "strict but the best" and that today's lesson is going ahead at 4. Priya goes home at 3.30.

""") + RDISC
    summary = make_docx([
        "# Early Help case summary - Priya Raman-Hughes",
        "Mosaic ID: 2841176. DOB: 14/03/2077. Address: Earlsfield. Lives with father, Sunil Raman.",
        "Early Help Practitioner: Ama Owusu. Open to Early Help since 03/2086.",
        "Father: depression, not attending GP appointments since July; limited routines at home.",
        "Priya: attendance 83% (autumn term); anxious, perfectionist; private maths tutor twice a week, arranged "
        "by father.",
        "TAF 29/10/2086: plan not progressing; agreed to seek step-up. No immediate child protection concerns "
        "identified at the TAF.",
        "Strengths: Priya is close to her aunt in Tooting; school is supportive; father loves her and is proud of "
        "her schoolwork."])
    m = new_mail(f, addr("Mackenzie, Helen", "Helen.Mackenzie@" + RDOM), addr("MASH Step Up", RSU),
                 "Step up - Priya Raman-Hughes - Mosaic 2841176", when, "DB9P265MB1944.GBRP265.PROD.OUTLOOK.COM",
                 outlook=True)
    body(m, text, html_of(text))
    attach(m, "Case summary - Priya Raman-Hughes - Nov 2086.docx", summary, DOCX)
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2841176"], [ch("Priya Raman-Hughes", "2077-03-14", "14/03/2077")],
        ["parental_mental_health", "physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "THE RISK IS IN A P.S. BELOW THE SIGNATURE OF A COMPLETE STEP-UP: the Early Help Team Manager's step-up "
        "(case summary .docx attached, 'Rationale for step up' under its own heading -> nothing missing; 'I have "
        "agreed' -> manager true; 'Dad has been told' is not consent -> null) ends with a P.S.: a 9-year-old's "
        "private tutor hit her knuckles with a metal ruler (a purple mark today) and shut her in a room; father "
        "says today's lesson goes ahead at 4pm and she goes home at 3.30. The summary's older 'No immediate child "
        "protection concerns identified at the TAF' is overtaken by the P.S. -> urgent -> alert_duty. 'Mosaic ID "
        "2841176' -> the bare number. Concerns: the tutor's assault -> physical_harm; dad's depression -> "
        "parental_mental_health; 83% -> school_attendance. Colin Vesey, Sunil Raman and Ama Owusu are adults.",
        not_children=["Colin Vesey", "Sunil Raman", "Ama Owusu", "Helen Mackenzie"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2086-10-07 09:02:00"
    text = T("""
Safer Recruitment and Managing Allegations against Staff and Volunteers
Thursday 14 November 2086, 9.30am-1pm
Wandsworth Town Hall (Committee Room 3) and on Teams
Facilitators: the Local Authority Designated Officer (LADO) for Richmond and Wandsworth, and the Partnership's Training Lead

Who should come: managers who recruit staff or volunteers who work with children - schools, early years settings, sports clubs, youth and faith groups, fostering and residential services, and home-to-school transport providers.

The morning covers:
- safer recruitment: references, gaps in employment, enhanced DBS checks with barred list checks, online checks;
- what counts as an allegation: an adult who works with children has harmed a child or may have, has possibly committed a criminal offence against a child, has behaved in a way that suggests they may pose a risk of harm to children, or has behaved in a way that suggests they may not be suitable to work with children;
- low-level concerns and the staff code of conduct;
- reporting to the LADO within one working day, and what happens next.

Pre-course scenarios (fictional, for discussion on the day - please do not bring real cases):
Scenario 1: a volunteer football coach regularly gives a 12-year-old a lift home after training and messages him on his personal phone.
Scenario 2: a parent reports that a teaching assistant grabbed a child's arm in the lunch queue; the assistant is due to supervise the same class this afternoon.
Scenario 3: a young person says a residential worker pushed her against a wall; he is on shift again tonight.
Scenario 4: a taxi escort is seen on a dashcam shouting at a pupil with autism.

Please book through the Partnership's learning portal by Friday 1 November. Places are limited to two per organisation.

If you are worried that a child is at immediate risk of harm, do not wait for training: call the police on 999. To report an allegation about an adult who works with children, contact the LADO the same working day.

Richmond and Wandsworth Safeguarding Children Partnership - Learning and Development
You are receiving this because your team is on the Partnership's training distribution list. To unsubscribe, reply with UNSUBSCRIBE.
""")
    m = new_mail(f, addr("RWSCP Learning and Development", "rwscp.training@" + RDOM),
                 addr("RWSCP training list", "rwscp-training-list@" + RDOM),
                 "Places available: Safer Recruitment and Managing Allegations (LADO) - Thu 14 November", when,
                 "rwscp.richmondandwandsworth.gov.uk", cc=addr("Early Help Duty", RED),
                 extra=[("List-Id", "RWSCP training <rwscp-training-list.richmondandwandsworth.gov.uk>"),
                        ("List-Unsubscribe", "<mailto:rwscp.training@richmondandwandsworth.gov.uk?subject=UNSUBSCRIBE>")])
    body(m, text, html_of(text, "Arial"))
    add(f, finish(f, m), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SAFER-RECRUITMENT TRAINING EMAIL: course details and four pre-course scenarios that echo this "
        "set's urgent mails (a coach's lifts and messages, a teaching assistant due to supervise 'this afternoon', "
        "a residential worker 'on shift again tonight', a taxi escort), marked 'fictional, for discussion'; the "
        "999 line is boilerplate. DESIGN safety rule 1: training and bulletins that list examples must not "
        "trigger the alert. A distribution-list mail (List-Id, no Auto-Submitted) -> other -> human_review; no "
        "child, no concerns.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2086-10-23 10:40:44"
    text = T("""
Dear MASH team,

Mrs Funmi Adeyemi rang your duty line on Monday evening about something she saw at her son Daniel's swimming lesson that day (21 October), and your colleague asked her to get the club to email you with the outcome. I'm the club's welfare officer.

Mrs Adeyemi was worried when she saw from the balcony that the coach, Sam Whitlock, had his hands on Daniel's waist in the water and then under his back. I met Mrs Adeyemi and Daniel (10) together on Tuesday after school. Daniel said straight away "he was just holding me up because I kept sinking on my back". I have looked at the pool's CCTV with the leisure centre manager: the coach was supporting Daniel's float during a back-stroke drill, in the shallow end, in full view of the other swimmers, two other coaches and the parents on the balcony, for under a minute. This is how our coaches are taught to support a float, and he told Daniel what he was doing as he did it.

I also spoke to the LADO on Tuesday for advice (a consultation only). She agreed that this does not meet the threshold for the LADO and that no further action is needed. Mrs Adeyemi has emailed me to say she is reassured and understands what she saw, and Daniel is carrying on with his lessons. We have asked our coaches to explain hands-on support to parents at the start of each term.

Nothing else is needed from MASH - this is just to close the loop.

Kind regards,
Karen Holloway
Club Welfare Officer, Putney Otters Swimming Club
07700 900284
""")
    m = new_mail(f, addr("Karen Holloway", "welfare@putneyotters.example.org.uk"), addr("MASH Step Up", RSU),
                 "Daniel Adeyemi - Mrs Adeyemi's call to MASH on Monday - resolved", when,
                 "putneyotters.example.org.uk", extra=[("User-Agent", "Mozilla Thunderbird")])
    body(m, text, cte="8bit" if not text.isascii() else "7bit")
    add(f, finish(f, m, crlf=False), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [ch("Daniel Adeyemi")], [], None, None, [], None, "human_review",
        "NEAR MISS - A MISUNDERSTANDING CLEARED UP: a mother worried by a swimming coach's hands on her 10-year-old's "
        "waist; the club welfare officer spoke to the boy ('he was just holding me up'), reviewed CCTV (a float "
        "drill in the shallow end in full view), and the LADO consultation found it below the threshold; mum "
        "reassured; 'Nothing else is needed from MASH'. Not urgent, no concern. A club's update, no step -> other "
        "-> human_review. Daniel is named in full (subject), no DOB. Sam Whitlock and Funmi Adeyemi are adults. "
        "Thunderbird plain text, LF.",
        not_children=["Sam Whitlock", "Funmi Adeyemi", "Karen Holloway"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2086-09-02 15:10:21"
    text = T("""
Hello,

As agreed with Rosa (Early Help duty team manager) on the phone this morning, confirming the step-down case discussion for Zara Whitfield-Mensah on Thursday 5th September at 2pm on Teams. My team manager, Joanne Pike, agrees with the step down and will join us.

Zara Whitfield-Mensah, DOB 09/01/2074, Mosaic ID 2830054.

The latest case summary and the draft plan for Early Help are attached. Zara and her mum have both consented to Early Help continuing the plan, and Zara has asked for Kemi from the Family Support Service, who she already knows, to be her lead professional; Kemi Adebayo (Family Support Worker, Richmond Early Help) has agreed in principle.

Summary: mum has multiple sclerosis and had a relapse in the spring; Zara (12) does much of the cooking and looks after her younger brother after school. Mum's mood was very low over the summer but she is now seeing the community mental health team and is much better. The CIN plan's goals are met; what remains is support for Zara as a young carer and for mum's mental health.

Thanks,
Tomasz

Tomasz Nowicki
Social Worker | Family Support and Safeguarding (Richmond)
020 7946 0288

""") + RDISC
    summary = make_pdf("Case summary - Zara Whitfield-Mensah - August 2086", [
        "Mosaic ID 2830054. DOB 09/01/2074. Lives with mother and younger brother, Twickenham.",
        "Child in Need plan since February 2086 (mother's relapse of multiple sclerosis; low mood).",
        "Progress: mother engaged with community mental health team since July; Richmond Carers Centre support in "
        "place; Zara attending young carers' group; attendance 96%.",
        "Recommendation: close to social care; step down to Early Help (young carer support, mother's wellbeing)."])
    plan = make_docx(["# Draft Early Help plan - Zara Whitfield-Mensah",
                      "Lead professional (proposed): Kemi Adebayo, Family Support Worker, Richmond Early Help",
                      "Outcome 1: Zara has time for herself - young carers' group weekly; one after-school club.",
                      "Outcome 2: mum's care needs met by adults - adult social care review of mum's care package.",
                      "Outcome 3: mum's mental health stays stable - CMHT appointments kept.",
                      "Review: TAF every six weeks."])
    m = new_mail(f, addr("Nowicki, Tomasz", "Tomasz.Nowicki@" + RDOM), addr("Early Help Duty", RED),
                 "Step down - Zara Whitfield-Mensah - case discussion Thurs 5th Sept 2pm", when,
                 "DB9P265MB0702.GBRP265.PROD.OUTLOOK.COM", cc=addr("Pike, Joanne", "Joanne.Pike@" + RDOM),
                 outlook=True)
    body(m, text, html_of(text))
    attach(m, "Case summary - Whitfield-Mensah - Aug 2086.pdf", summary, PDF)
    attach(m, "Draft Early Help plan - Whitfield-Mensah.docx", plan, DOCX)
    add(f, finish(f, m), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2830054"], [ch("Zara Whitfield-Mensah", "2074-01-09", "09/01/2074")],
        ["parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down on the window's first day: case discussion agreed by phone with "
        "the Early Help duty team manager for Thu 5 Sep 2pm (within the seed's 5 days); case summary .pdf and draft "
        "plan .docx attached; 'Zara and her mum have both consented' -> consent true; 'My team manager ... agrees "
        "with the step down' -> manager true; a lead professional named with her agency. No notice rule for this "
        "kind -> notice null -> book_meeting. Young carer for mum -> young_carer; mum's low mood / CMHT -> "
        "parental_mental_health. 'Mosaic ID 2830054' -> bare number.",
        not_children=["Kemi Adebayo", "Joanne Pike", "Tomasz Nowicki"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2086-11-29 12:05:37"
    text = T("""
Hi MASH,

Step up request for Leon (12/04/2074) and Mia (21/07/2081) Fairbairn, Mosaic 2835519 and 2835520. Their latest case summary is attached.

I agree this now needs to step up to Children's Services - Lucy Crane (our Early Help practitioner) and I discussed it in supervision yesterday. I'm writing up the rationale properly after I've spoken to our service manager on Monday and will send it then. Sorry - I wanted you to have the summary before the weekend.

Gabriel

Gabriel Osei
Early Help Team Manager | Richmond
020 7946 0733

""") + RDISC
    summary = make_pdf("Early Help case summary - Fairbairn family - November 2086", [
        "Children: Leon Fairbairn (DOB 12/04/2074, Mosaic 2835519); Mia Fairbairn (DOB 21/07/2081, Mosaic 2835520).",
        "Lives with: mother, Hampton.",
        "Open to Early Help since January 2086; lead practitioner Lucy Crane.",
        "Mother's drinking has increased since the summer: daytime drinking seen at three visits; two missed school "
        "pick-ups for Mia.",
        "Home conditions: little food in the house; no heating for two weeks in November; children hungry at school.",
        "Strengths: the children are attached to each other and to their grandmother (Feltham)."])
    m = new_mail(f, addr("Osei, Gabriel", "Gabriel.Osei@" + RDOM), addr("MASH Step Up", RSU),
                 "Step Up - Fairbairn children", when, "DB9P265MB3371.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "Fairbairn case summary Nov 2086.pdf", summary, PDF)
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2835519", "2835520"],
        [ch("Leon Fairbairn", "2074-04-12", "12/04/2074"), ch("Mia Fairbairn", "2081-07-21", "21/07/2081")],
        ["neglect", "substance_misuse"], None, True, ["rationale"], None, "request_info",
        "Richmond & Wandsworth step-up from the Early Help Team Manager ('I agree this now needs to step up' -> "
        "manager true) with the latest case summary (.pdf) attached; the RATIONALE IS PROMISED FOR MONDAY ('I'm "
        "writing up the rationale properly ... and will send it then') and there is no rationale heading or "
        "document -> rationale missing -> request_info. Names written 'Leon (12/04/2074) and Mia (21/07/2081) "
        "Fairbairn' in the body, in full in the PDF. Mosaic ids bare. Mother's drinking -> substance_misuse; "
        "hunger, no heating, little food -> neglect. Consent not mentioned -> null.",
        not_children=["Lucy Crane", "Gabriel Osei"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2086-12-02 09:14:02"
    summary = "Step-up case discussion - Fairbairn - Mosaic 2835519 [SB-richmond_wandsworth-5120]"
    org = ("MASH Step Up", RSU)
    att = ("Lucy Crane", "lucy.crane@familyaction.example.org.uk")
    human = "Tue 3 Dec 2086 10am - 11am (GMT)"
    note = "I'll bring the rationale Gabriel sent on Monday."
    cal = google_reply_ics(f, when, "20861203T100000Z", "20861203T110000Z", summary, "Microsoft Teams Meeting",
                           org, att, "ACCEPTED", note)
    text = ("%s has accepted this invitation.\n\n%s\n%s\nMicrosoft Teams Meeting\n\nNote from %s: %s\n\n"
            "Invitation from Google Calendar\n" % (att[0], summary, human, att[0], note))
    m = new_mail(f, addr(*att), addr(*org), "Accepted: %s @ %s (%s)" % (summary, human, org[1]), when, "google.com",
                 extra=[("Reply-To", addr(*att)), ("Sender", "Google Calendar <calendar-notification@google.com>")])
    m.set_content(text, cte="7bit")
    m.add_alternative(html_of(text, "Roboto"), subtype="html", cte="quoted-printable")
    calendar_alt(m, cal)
    m.add_attachment(cal, maintype="application", subtype="ics", filename="invite.ics")
    add(f, finish(f, m, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2835519"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED with a note, "
        "from the Early Help practitioner (a commissioned charity on Google Workspace) for the Fairbairn step-up "
        "case discussion (richmond_wandsworth_06's family), Tue 3 Dec 10:00 GMT, times in UTC. SUMMARY 'Mosaic "
        "2835519' -> the bare number (meeting replies carry the case id of their SUMMARY; children [] as in the "
        "dev corpus). record_reply.",
        not_children=["Lucy Crane"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2086-10-18 11:45:50"
    text = T("""
Hi Early Help duty,

Following my call with your duty manager yesterday, we've agreed the step-down case discussion for Ellie-Rose for Wednesday 23rd October at 10am on Teams.

Ellie-Rose Tanner, 02/10/2076, Mosaic ID 2822907. Case summary and draft plan attached.

Consent - I raised Early Help with mum (Kirsty Tanner) at my visit on Wednesday. She said she would "think about it over half term" and let me know, so I don't have her consent yet. I'll ring her on the 28th.

Ellie-Rose has ADHD and is on the waiting list for an EHCP assessment; her attendance is 84% and she has had two fixed-term exclusions this term. Mum has kept to the routines the CIN plan set up and there are no worries about her care of Ellie-Rose.

Chiara

Chiara Benedetti
Social Worker | Children in Need (Wandsworth)
020 7946 0561

""") + RDISC
    summary = make_pdf("Case summary - Ellie-Rose Tanner", [
        "Mosaic ID 2822907. DOB 02/10/2076. Lives with mother, Battersea.",
        "CIN since March 2086 following school's referral about behaviour and exclusions.",
        "ADHD diagnosed June 2086; medication started; EHCP needs assessment requested by school (waiting list).",
        "Attendance 84% this term; two fixed-term exclusions.",
        "Mother has kept to the routines agreed in the CIN plan; home is warm and organised."])
    plan = make_docx(["# Draft Early Help plan - Ellie-Rose Tanner",
                      "1. School to chase the EHCP needs assessment and review the behaviour support plan.",
                      "2. Attendance plan with the education welfare officer.",
                      "3. Mum to attend the ADHD parents' course at the Family Hub.",
                      "Lead professional: to be agreed at the case discussion."])
    m = new_mail(f, addr("Benedetti, Chiara", "Chiara.Benedetti@" + RDOM), addr("Early Help Duty", RED),
                 "Step down to Early Help - Ellie-Rose Tanner", when, "DB9P265MB4120.GBRP265.PROD.OUTLOOK.COM",
                 outlook=True)
    body(m, text, html_of(text))
    attach(m, "Ellie-Rose Tanner - case summary.pdf", summary, PDF)
    attach(m, "Ellie-Rose Tanner - draft EH plan.docx", plan, DOCX)
    add(f, finish(f, m), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2822907"], [ch("Ellie-Rose Tanner", "2076-10-02", "02/10/2076")],
        ["disability_send", "school_attendance"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with the case summary (.pdf) and draft plan (.docx) attached and a case "
        "discussion agreed with the duty manager (Wed 23 Oct 10am). CONSENT UNCLEAR: mum will 'think about it over "
        "half term ... so I don't have her consent yet' -> null (not refused, still to be given) -> consent "
        "missing -> request_info. ADHD / EHCP assessment -> disability_send; 84% and exclusions -> "
        "school_attendance. 'no worries about her care' -> no neglect.",
        not_children=["Kirsty Tanner", "Chiara Benedetti"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2086-10-02 12:35:18"
    text = T("""
Hello,

I am sorry my English is not good. I find this email on council website page for help with children.

My son is Andrei Popescu, he have 20 month (born 14.01.2085). He go to childminder Mrs Kelly Brandon in Bow, Monday to Friday, 7.30 until 6.

This morning 7.40 when I bring Andrei, the door was open and I see her husband shaking Andrei very hard by the arms and shouting in his face because he was crying, his head go back and forward. When he see me he stop and say "he's fine, he's just tired". Mrs Brandon was in kitchen. Last week Andrei have red marks on top of arms like fingers and she tell me he fall in garden.

I am at work now in Canary Wharf (cleaning), my manager say I cannot leave before 6 or I lose my job. I have nobody else to take him. Andrei is there now with them all day. I call Mrs Brandon 3 times, she not answer.

Please can somebody go to see my son. I don't know what else I can do. My phone is 07700 900731.

Ioana Popescu
(mother of Andrei)
""")
    m = new_mail(f, addr("Ioana Popescu", "ioana.popescu@example.net"), TEH, "please help my son at childminder",
                 when, "mail.example.net", extra=[("X-Mailer", "Android Mail 14.2")])
    body(m, text, cte="7bit")
    add(f, finish(f, m, crlf=False), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Andrei Popescu", "2085-01-14", "14.01.2085")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "A MOTHER WRITING IN HER SECOND LANGUAGE, FROM WORK: at drop-off she saw the childminder's husband shake her "
        "20-month-old son hard by the arms ('his head go back and forward'); finger-like marks last week explained "
        "as a fall; the boy is there now until 6pm, she cannot leave work and the childminder does not answer. "
        "Shaking a toddler, who is in that household now -> immediate -> urgent -> alert_duty. No alarm word "
        "anywhere. A parent's plea to the Early Help Hub, no step -> other. DOB 'born 14.01.2085'. Kelly Brandon "
        "(the childminder) and Ioana Popescu are adults.",
        not_children=["Kelly Brandon", "Ioana Popescu"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2086-11-18 16:20:45"
    text = T("""
Dear MAST duty,

I am Sakina's allocated social worker. She is 15 (DOB 07/06/2071) and has lived at Fernleigh House, a privately run children's home in Stepney, since August.

At 15:48 today Sakina sent me this text (copied exactly):

"miss i need to tell u sumthing. dean the night staff grabbed me by my neck last nite and pushed me into the wall in the hallway coz i wouldnt give him my phone at 12. i got marks on my neck. hes on again tonite 10 till 8. the manager sed i was kicking off and its my word against his. please dont let him be on tonite i cant sleep there if hes there"

I rang the registered manager, Mrs Denise Farrow, at 16:00. She said Dean is their "most experienced waking night", that Sakina "was kicking off" at midnight, and that she would look at the incident log tomorrow. She did not agree to change tonight's rota. I have emailed the LADO, but her out-of-office says she is on leave until Wednesday, and my team manager is at a panel until 6.

I am in court in Chelmsford and can't get to Stepney before 7. Sakina is at college until 5 and then goes back to Fernleigh House.

Hannah Cole
Social Worker | Children Looked After Team 2 | Tower Hamlets Council
020 7946 0419 | 07700 900286

""") + TDISC
    m = new_mail(f, addr("Cole, Hannah", "Hannah.Cole@" + TDOM), addr("MAST", TMAST),
                 "Sakina Begum (Mosaic 2850613) - allegation against night worker - he is on shift tonight", when,
                 "AS8P265MB2206.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["2850613"], [ch("Sakina Begum", "2071-06-07", "07/06/2071")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A YOUNG PERSON'S TEXT, FORWARDED BY HER SOCIAL WORKER: a 15-year-old in a private children's home says the "
        "waking-night worker grabbed her by the neck and pushed her into a wall last night (marks on her neck); he "
        "is on shift again 'tonite 10 till 8'; the registered manager will not change the rota, the LADO is on "
        "leave, the social worker is in court. No alarm word anywhere. A residential worker's assault and his "
        "shift with her tonight -> immediate -> urgent -> alert_duty. Looked-after child, no step -> other. "
        "'Mosaic 2850613' in the subject -> bare number. 'Dean' (first name only), Denise Farrow and Hannah Cole "
        "are adults.",
        not_children=["Denise Farrow", "Hannah Cole"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2086-12-10 11:50:09"
    text = T("""
MAST colleagues,

Please see the attached referral, which came into the LADO inbox at 09:14 and has only just been read. Sunita (LADO) is chairing a strategy meeting until 1pm. She asked me by phone to send it straight to MAST duty so it can be picked up today, and she will join any strategy discussion from 1pm.

LADO ref: TH-LADO-86-0419 (opened today). Ofsted URN of the setting: EY583310.

Jolene Ward
LADO Business Support Officer | Tower Hamlets Council
020 7946 0655

""") + TDISC
    form = make_pdf("Tower Hamlets LADO - referral of a concern about an adult who works with children", [
        "Date and time received: 10/12/2086 09:14 (LADO inbox). LADO ref: TH-LADO-86-0419.",
        "Referrer: Shanice Grant, nursery practitioner, Little Acorns Nursery, Poplar. Asks not to be named to "
        "the setting if possible.",
        "Adult concerned: Leanne Costa, nursery practitioner (toddler room), Little Acorns Nursery. Ofsted URN "
        "EY583310.",
        "Child: Ayat Chowdhury, DOB 29/12/2084 (23 months).",
        "What happened: on Monday 09/12/2086 at lunch in the toddler room the referrer saw Leanne Costa force a "
        "spoon into Ayat's mouth while holding her jaw. When Ayat spat the food out, Leanne Costa smacked her hard "
        "on the back of the legs twice and shut her on her own in the cot room for about 20 minutes while she "
        "screamed. The referrer has seen her grab Ayat by the arm before.",
        "Setting's response: told the nursery manager at 2pm on 09/12/2086. The manager is Leanne Costa's "
        "sister; she said the referrer 'must have got it wrong' and not to 'make a drama'. Ayat's parents have "
        "not been told.",
        "Is the adult still working with children? YES - rostered in the toddler room 1pm to 6pm today, "
        "10/12/2086. Ayat is booked in until 6pm today.",
        "Is this urgent? YES."])
    m = new_mail(f, addr("LADO Business Support", "lado@" + TDOM), addr("MAST", TMAST),
                 "LADO referral received 09:14 - Little Acorns Nursery (Poplar) - for MAST duty today", when,
                 "AS8P265MB7713.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "LADO referral form - Little Acorns Nursery - 10.12.2086.pdf", form, PDF)
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Ayat Chowdhury", "2084-12-29", "29/12/2084")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE ATTACHMENT: LADO business support's covering note says only 'please see the "
        "attached referral ... so it can be picked up today'; the attached LADO referral form (.pdf) holds the "
        "facts: a nursery practitioner force-fed a 23-month-old, smacked her legs and shut her alone in the cot "
        "room; the manager (her sister) dismissed it and told no parent; she is 'rostered in the toddler room 1pm "
        "to 6pm today' and the child is booked in until 6pm. DESIGN safety rule 1 (attachments are read) -> "
        "immediate -> urgent -> alert_duty. A forward from LADO business support, no step -> other. Child and DOB "
        "only in the PDF. 'TH-LADO-86-0419' (LADO reference) and 'EY583310' (Ofsted URN) are not case ids -> "
        "case_ids []. Leanne Costa, Shanice Grant and Jolene Ward are adults.",
        not_children=["Leanne Costa", "Shanice Grant", "Jolene Ward"], not_case_ids=["TH-LADO-86-0419", "EY583310"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2086-09-05 08:30:00"
    text = T("""
7-MINUTE BRIEFING: ALLEGATIONS AGAINST PEOPLE WHO WORK WITH CHILDREN (LADO)
A back-to-school reminder from the Tower Hamlets Safeguarding Children Partnership

1. Why it matters
Most people who work with children do so safely. A small number do not, and children often tell someone they trust - a teacher, a coach, a youth worker - in small pieces. This reminder applies to staff, volunteers, foster carers, childminders, tutors and transport staff.

2. What counts as an allegation
An adult who works with children has harmed a child or may have; has possibly committed a criminal offence against or related to a child; has behaved in a way that suggests they may pose a risk of harm to children; or has behaved in a way that suggests they may not be suitable to work with children.

3. Examples used in our training (fictional)
- a PE teacher messaging a pupil on social media from a private account;
- a childminder's partner who is rough with a toddler;
- a youth leader who asks a child to keep a secret;
- a taxi escort who is alone with a child with SEND.

4. What to do
If a child is in immediate danger, call the police on 999. Otherwise tell your DSL or manager the same day; they must refer to the LADO within one working day. Do not investigate yourself and do not tell the adult concerned.

5. Low-level concerns
Behaviour that does not meet the harm threshold but is not in line with your code of conduct should still be shared with your DSL and recorded.

6. Contacts
LADO: lado@towerhamlets.gov.uk. MAST: 0207 364 5606 / 5601; out of hours, in an emergency only, 0207 364 4079.

7. Reflect
Does everyone in your team know who the LADO is and how to reach them?

Tower Hamlets Safeguarding Children Partnership
You are receiving this as a member of a partner agency's distribution list.
""")
    m = new_mail(f, addr("Tower Hamlets Safeguarding Children Partnership", "thscp@" + TDOM),
                 addr("THSCP partners", "thscp-partners@lists." + TDOM), "7-minute briefing: allegations against "
                 "people who work with children (LADO) - back-to-school reminder", when, "lists.towerhamlets.gov.uk",
                 cc=addr("Early Help Hub", TEH),
                 extra=[("List-Id", "THSCP partners <thscp-partners.lists.towerhamlets.gov.uk>"),
                        ("List-Unsubscribe", "<mailto:thscp@towerhamlets.gov.uk?subject=unsubscribe>")])
    body(m, text, html_of(text, "Arial"))
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A POLICY REMINDER: the partnership's 7-minute briefing on allegations against people who work "
        "with children (the harm test, 'Examples used in our training (fictional)', report to the LADO within one "
        "working day, 999 if a child is in immediate danger, MAST's numbers). DESIGN safety rule 1: bulletins "
        "that list examples must not trigger it. A distribution-list mail (List-Id, no Auto-Submitted) -> other -> "
        "human_review. No child, no concerns.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2086-11-11 14:15:26"
    text = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Zain Hussain (DOB 26/02/2074) and Mariam Hussain (DOB 08/09/2080), Mosaic 2847721 and 2847722. My manager, Shahida Akhtar, has agreed the step up and signed section 9 of the MARF. Dad has consented to the referral to MAST and signed the consent section.

Why now: since mum was admitted to a mental health ward in September (she is still an inpatient), dad has been working nights. His sister stays with the children when he works, but she has three children of her own and it keeps falling through. There is often no food in the house at weekends, and Mariam has had head lice for weeks and the same uniform every day. Eight weeks of the Early Help plan have not changed things.

You'll see on Mosaic that in May 2086 there was an allegation that Zain's youth worker at the Limehouse youth project had hit him. That went to the LADO, was investigated and was unsubstantiated - the CCTV showed Zain slipped on the stairs and the youth worker caught him. The youth worker has since moved to a job in another borough, Zain had already stopped going to the project, and it has nothing to do with this request. There is nothing current about it.

Rezwana

Rezwana Ahmed
Early Help Practitioner | Bethnal Green Locality | Tower Hamlets Council
020 7946 0187

""") + TDISC
    marf = make_pdf("Multi-Agency Request for Support (MARF) - Hussain", [
        "Section 1 Children: Zain Hussain, DOB 26/02/2074, Mosaic 2847721; Mariam Hussain, DOB 08/09/2080, Mosaic 2847722.",
        "Section 2 Parents/carers: father (main carer at present); mother (inpatient, mental health ward, since 09/2086).",
        "Section 4 Reason for request: father working nights; care arrangements with paternal aunt unreliable; no "
        "food at weekends; Mariam's hygiene (head lice, same uniform).",
        "Section 6 Early Help so far: TAF since 16/09/2086; plan not progressing.",
        "Section 8 Consent: father consents to this request (signed 08/11/2086).",
        "Section 9 Manager: agreed - Shahida Akhtar, Early Help Team Manager, 11/11/2086."])
    m = new_mail(f, addr("Ahmed, Rezwana", "Rezwana.Ahmed@" + TDOM), addr("MAST", TMAST),
                 "Step up request - Hussain family - MARF attached", when, "AS8P265MB0451.GBRP265.PROD.OUTLOOK.COM",
                 outlook=True)
    body(m, text, html_of(text))
    attach(m, "MARF - Hussain - 11.11.2086.pdf", marf, PDF)
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["2847721", "2847722"],
        [ch("Zain Hussain", "2074-02-26", "26/02/2074"), ch("Mariam Hussain", "2080-09-08", "08/09/2080")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN EARLIER ALLEGATION AGAINST A YOUTH WORKER, INVESTIGATED AND UNSUBSTANTIATED: May 2086, LADO, "
        "CCTV showed a slip; the worker has left the borough; 'nothing current about it' -> not urgent, no "
        "physical_harm. Complete MAST step-up: MARF (.pdf) attached -> request_for_support met; 'My manager ... has "
        "agreed the step up' -> manager true; 'Dad has consented' -> consent true -> book_meeting. No food at "
        "weekends, head lice, same uniform -> neglect; mum on a mental health ward -> parental_mental_health "
        "Mosaic ids bare.",
        not_children=["Shahida Akhtar", "Rezwana Ahmed"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2086-09-25 10:30:58"
    text = T("""
Good morning,

The Child and Family Assessment for the Miah children concluded on 20/09/2086 with a recommendation to step down to a Team Around the Family. The assessment and the draft TAF plan are attached.

Jannat Miah - 03/03/2081 - Mosaic 2839004
Ibrahim Miah - 17/08/2083 - Mosaic 2839005

Mum and dad both gave their consent to the step down at my final visit on 20 September.

Lead Practitioner: tbc - I've asked Jannat's school and the health visitor and I'm waiting to hear which of them will take it on.

I'll arrange and chair the TAF and will send the date once the Lead Practitioner is confirmed.

Needs going forward: Ibrahim has a global developmental delay and is waiting for a paediatric review; mum's depression, for which she is seeing her GP; the family of four are in one room of temporary accommodation.

Femi

Olufemi Adeyinka
Social Worker | Assessment and Intervention Team | Tower Hamlets Council
020 7946 0310

""") + TDISC
    assessment = make_pdf("Child and Family Assessment - Miah - concluded 20/09/2086", [
        "Children: Jannat Miah (03/03/2081, Mosaic 2839004); Ibrahim Miah (17/08/2083, Mosaic 2839005).",
        "Referral: health visitor, July 2086 - mother's low mood, overcrowding.",
        "Findings: mother's depression (GP treatment started August); Ibrahim's global developmental delay "
        "(paediatric review awaited); family in one room of temporary accommodation.",
        "Outcome: no ongoing statutory role; step down to a Team Around the Family with a Lead Practitioner.",
        "Parents' consent to the step down given 20/09/2086."])
    plan = make_docx(["# Draft TAF plan - Miah family",
                      "1. Housing: support with the bid for larger accommodation.",
                      "2. Ibrahim: paediatric review and nursery place with SEND support.",
                      "3. Mum: GP review of depression; perinatal / wellbeing group.",
                      "Lead Practitioner: to be confirmed."])
    m = new_mail(f, addr("Adeyinka, Olufemi", "Olufemi.Adeyinka@" + TDOM), addr("Early Help Hub", TEH),
                 "Step down to Early Help - Miah - C&F assessment completed 20/09/2086", when,
                 "AS8P265MB3390.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "C&F Assessment - Miah - Sept 2086.pdf", assessment, PDF)
    attach(m, "TAF plan draft - Miah.docx", plan, DOCX)
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2839004", "2839005"],
        [ch("Jannat Miah", "2081-03-03", "03/03/2081"), ch("Ibrahim Miah", "2083-08-17", "17/08/2083")],
        ["disability_send", "parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down after a C&F assessment that concluded on 20/09/2086 (the TAF and its minutes are "
        "due within 10 working days of it): assessment (.pdf) and draft TAF plan (.docx) attached; 'both gave their "
        "consent' -> consent true; 'Lead Practitioner: tbc' -> lead_practitioner missing -> request_info. "
        "Developmental delay -> disability_send; mum's depression -> parental_mental_health.",
        not_children=["Olufemi Adeyinka"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2086-11-07 15:50:31"
    text = T("""
Hi MAST,

MARF attached for Kai Hennessy (13, DOB 11/11/2072, Mosaic 2844310).

Honest picture: my manager, Rubina Choudhury, has read it and doesn't agree it should step up yet - she wants one more TAF with the school and the youth offending service first - so it isn't signed off. I'm sending it anyway because I'd value MAST's view on threshold.

Kai's attendance has dropped to 62% since September, he has new trainers and two phones he won't explain, and older boys from outside the borough wait for him at the school gates. Mum agrees with the referral and has signed the consent section.

Connor

Connor Walsh
Early Help Practitioner (Adolescents) | Tower Hamlets Council
07700 900512

""") + TDISC
    marf = make_pdf("Multi-Agency Request for Support (MARF) - Kai Hennessy", [
        "Section 1 Child: Kai Hennessy, DOB 11/11/2072, Mosaic 2844310.",
        "Section 4 Reason for request: attendance 62% since 09/2086; unexplained new trainers and two phones; older "
        "boys from outside the borough waiting at the school gates; concern about criminal exploitation.",
        "Section 8 Consent: mother consents (signed 06/11/2086).",
        "Section 9 Manager: NOT AGREED - manager asks for a further TAF first (R. Choudhury, 07/11/2086)."])
    m = new_mail(f, addr("Walsh, Connor", "Connor.Walsh@" + TDOM), addr("MAST", TMAST), "MAST step up? Kai Hennessy",
                 when, "AS8P265MB5129.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "MARF Kai Hennessy.pdf", marf, PDF)
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2844310"], [ch("Kai Hennessy", "2072-11-11", "11/11/2072")],
        ["exploitation", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "MAST step-up with the MARF (.pdf) attached but the MANAGER DISAGREES: 'doesn't agree it should step up yet "
        "... it isn't signed off' (and MARF section 9 'NOT AGREED') -> manager_agreed false -> missing -> "
        "request_info. 'Mum agrees with the referral and has signed the consent section' -> consent true. Kai is "
        "13 (turns 14 on 11 November). Unexplained phones and trainers, older boys at the gates -> exploitation; "
        "62% -> school_attendance.",
        not_children=["Rubina Choudhury", "Connor Walsh"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2086-12-13 16:30:12"
    failed = "r.begum@stdunstansprimary.example.sch.uk"
    orig_subject = "TAF meeting - please confirm the date and time [SB-tower_hamlets-7781]"
    human = T("""
Your message to %s couldn't be delivered.

%s wasn't found at stdunstansprimary.example.sch.uk.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using an old entry in your address book, delete it and type the address again.

Diagnostic information for administrators:
Generating server: AS8P265MB1102.GBRP265.PROD.OUTLOOK.COM
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""") % (failed, failed.split("@")[0])
    m = new_mail(f, addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + TDOM),
                 addr("Early Help Hub", TEH), "Undeliverable: " + orig_subject, when,
                 "AS8P265MB1102.GBRP265.PROD.OUTLOOK.COM",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "yes"),
                        ("Content-Language", "en-GB")])
    m.set_content(human, cte="7bit")
    m.make_mixed()
    m.replace_header("Content-Type", "multipart/report")
    m.set_param("report-type", "delivery-status")
    ds = MIMEPart(policy=LF)
    ds["Content-Type"] = "message/delivery-status"
    b1, b2 = Message(), Message()
    b1["Reporting-MTA"] = "dns;AS8P265MB1102.GBRP265.PROD.OUTLOOK.COM"
    b1["Arrival-Date"] = email.utils.format_datetime(dt("2086-12-13 16:29:58"))
    b2["Final-Recipient"] = "rfc822;" + failed
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    ds.set_payload([b1, b2])
    hdrs = MIMEPart(policy=LF)
    hdrs.set_content(("From: Early Help Hub <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
                      % (TEH, failed, orig_subject, email.utils.format_datetime(dt("2086-12-13 16:29:55")),
                         msgid(f + "-orig", "stepbot.towerhamlets.gov.uk"))), subtype="rfc822-headers", cte="7bit")
    m.attach(ds)
    m.attach(hdrs)
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for stepbot's message to a mistyped lead-practitioner address; the returned headers carry "
        "[SB-tower_hamlets-7781]. DESIGN: a bounce -> auto_reply -> ignore (safety rule 2); on the window's last "
        "afternoon.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2086-10-08 16:55:03"
    text = T("""
Hi,

I'm the club welfare officer for Paignton Rovers Juniors (I'm a volunteer). I've never had to do this before so I hope this is the right place.

At about 4pm one of our mums, Jodie Pengelly, rang me in tears. Her son Mason Pengelly (11, DOB 12/05/2075) plays in our under 12s. Mason told her this afternoon that after Saturday's away match his coach, Kevin Loder, showed him pictures on his phone in the car of "people with no clothes on doing stuff" and said it was "lads' stuff, don't tell your mum". Mason says it has happened "a couple of times".

Kev gives Mason a lift to training every Tuesday because Jodie works until 7. Training is tonight, 6pm at Clennon Valley, and Kev has just texted Jodie "pick the big man up at 5.30 as usual 👍". Jodie is at work in Exeter and can't get back before 7. Mason is at his nan's in Preston (Paignton) and nan doesn't know any of this - she's expecting Kev at half 5.

I've left a message for the county FA welfare officer. Our chairman is Kev's brother-in-law so I haven't rung him. Can I cancel training? Should I ring Kev? I don't want to make it worse.

My number is 07700 900468.

Sharon Pike
Welfare Officer, Paignton Rovers Juniors FC

Sent from my Galaxy
""")
    m = new_mail(f, addr("Sharon Pike", "welfare@paigntonrovers-jfc.example.org.uk"), addr("MASH", BMASH),
                 "Help please - one of our coaches - training tonight", when, "mail.example.org.uk",
                 extra=[("X-Mailer", "Samsung Email")])
    body(m, text)
    add(f, finish(f, m, crlf=False), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Mason Pengelly", "2075-05-12", "12/05/2075")], ["sexual_harm"],
        None, None, [], None, "alert_duty",
        "A VOLUNTEER CLUB WELFARE OFFICER, AT 16:55: an 11-year-old says his football coach showed him pictures of "
        "'people with no clothes on' in the car and told him not to tell; the same coach has just texted that he "
        "will pick the boy up 'at 5.30 as usual' for tonight's 6pm training; mum is in Exeter, nan knows nothing, "
        "the chairman is the coach's brother-in-law. No alarm word anywhere (emoji in the quoted text). A child to be "
        "alone in a car with the alleged abuser within the hour -> immediate -> urgent -> alert_duty (in office "
        "hours, just). No step -> other. Showing a child sexual images -> sexual_harm. Kevin Loder, Jodie Pengelly "
        "and Sharon Pike are adults.",
        not_children=["Kevin Loder", "Jodie Pengelly", "Sharon Pike"])

def torbay_02():
    f = "torbay_02.eml"; when = "2086-11-20 13:40:37"
    text = T("""
Dear MASH duty,

I am the supervising social worker for Mrs Janet Ridd, an approved foster carer, with whom Lucas Whitford (8, DOB 22/04/2078, LCS-3482207) has been placed since June.

At 11.20 today Lucas's class teacher at Barton Hill Primary noticed a red mark on his left cheek. Lucas told her: "Janet slapped my face at breakfast because I spilt the milk. She said if I tell she'll do it again and I'll get sent away." The school's DSL has written down his words, photographed the mark (a hand-shaped redness across the cheek) and told me at 12.30. Lucas has said twice that he does not want to go "home" tonight.

Lucas goes back to Mrs Ridd's in the school taxi at 3.15. His social worker is on leave until Monday and her team manager is at a permanence panel until 4. I have emailed the LADO and am waiting for a call back. I have not told Mrs Ridd.

I need a decision about where Lucas sleeps tonight before 3.15. I can be reached on 01632 960377.

Gemma Rowe
Supervising Social Worker | Fostering Torbay | Torbay Council
01632 960377

""") + BDISC
    m = new_mail(f, addr("Rowe, Gemma", "Gemma.Rowe@" + BDOM), addr("MASH", BMASH),
                 "Lucas Whitford LCS-3482207 - allegation against foster carer - returns to placement at 3.15", when,
                 "CWLP265MB3818.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["LCS-3482207"], [ch("Lucas Whitford", "2078-04-22", "22/04/2078")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A FOSTERING SUPERVISING SOCIAL WORKER: an 8-year-old in foster care has a hand-shaped mark on his cheek and "
        "says his foster carer slapped him at breakfast and threatened him if he told; he goes back to her in the "
        "school taxi at 3.15, does not want to, his social worker is on leave and the LADO has not called back; "
        "'I need a decision about where Lucas sleeps tonight before 3.15'. No alarm word anywhere. Immediate -> "
        "urgent -> alert_duty. A looked-after child, no step -> other. LCS-3482207 is a case id. Janet Ridd and "
        "Gemma Rowe are adults.",
        not_children=["Janet Ridd", "Gemma Rowe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2086-09-06 11:20:15"
    text = T("""
Dear Sir or Madam,

Torbay Council's Passenger Transport team have asked us to confirm the following to MASH in writing, for your records.

On 19 July 2086 we dismissed one of our passenger assistants (escorts), Mr Roy Cudmore, after a parent complained that he had shouted at and grabbed the arm of a pupil on a school run. The matter was referred to the LADO at the time (LADO ref T/LADO/86/044). Devon and Cornwall Police took no further action. The LADO's process concluded in August with the allegation substantiated, and we referred Mr Cudmore to the DBS as his employer.

Since 19 July Mr Cudmore has not worked for Bayside Travel or had any contact with any pupil through us. His council passenger assistant badge was withdrawn the same day. As far as we are aware he now works nights at a distribution warehouse in Exeter and has no role involving children. The pupil concerned now travels with a different crew and her family are happy with the arrangements.

No action is required - Passenger Transport simply asked that MASH hold this confirmation.

Yours faithfully,

Malcolm Pearse
Operations Manager
Bayside Travel Ltd, Paignton
01632 960824
""")
    m = new_mail(f, addr("Malcolm Pearse", "m.pearse@baysidetravel.example.co.uk"), addr("MASH", BMASH),
                 "Former passenger assistant - confirmation requested by Passenger Transport", when,
                 "baysidetravel.example.co.uk", cc=addr("Passenger Transport", "passenger.transport@" + BDOM),
                 outlook=True)
    body(m, text, html_of(text, "Calibri"))
    add(f, finish(f, m), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ALLEGATION ABOUT AN ADULT WITH NO CONTACT WITH ANY CHILD NOW: a transport firm confirms "
        "that an escort dismissed on 19 July (shouting at and grabbing a pupil's arm) went through the LADO "
        "(concluded, substantiated), was referred to the DBS, lost his badge, and has had no contact with any "
        "pupil since; 'No action is required'. Not urgent; the pupil is not named -> children []; the harm is "
        "past and dealt with -> concerns []. 'T/LADO/86/044' is a LADO reference, not a case id. No step -> other "
        "-> human_review. Roy Cudmore is an adult.",
        not_children=["Roy Cudmore", "Malcolm Pearse"], not_case_ids=["T/LADO/86/044"])

def torbay_04():
    f = "torbay_04.eml"; when = "2086-10-31 09:12:44"
    text = T("""
Thank you for your email. I am on annual leave from Thursday 31 October, returning on Monday 4 November 2086, and will not be reading email.

To report an allegation or concern about an adult who works with children in Torbay, please email lado@torbay.gov.uk or call the LADO duty line on 01632 960515, where a colleague will pick it up within one working day.

If a child is at immediate risk of harm, do not wait: call the police on 999 or contact the MASH duty team on 01632 960214 (out of hours, the Emergency Duty Team on 01632 960999).

Colin Tapp
Local Authority Designated Officer (LADO) | Torbay Council
""")
    m = new_mail(f, addr("Tapp, Colin", "Colin.Tapp@" + BDOM), addr("Early Help", BEH),
                 "Automatic reply: Triage slot confirmed - Tue 5 November 09:30 [SB-torbay-4417]", when,
                 "CWLP265MB1906.GBRP265.PROD.OUTLOOK.COM", outlook=True,
                 in_reply_to=msgid("torbay-4417-confirm", "stepbot.torbay.gov.uk"),
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, text)
    add(f, finish(f, m), "torbay", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - THE LADO'S OUT-OF-OFFICE: 'Automatic reply:' to stepbot's triage confirmation (the LADO was "
        "copied), Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All; its 'allegation ... about an adult "
        "who works with children', 'immediate risk of harm' and 999 are boilerplate with no child. DESIGN safety "
        "rule 2 -> auto_reply -> ignore; not urgent.",
        not_children=["Colin Tapp"])

def torbay_05():
    f = "torbay_05.eml"; when = "2086-10-14 10:05:19"
    text = T("""
Hi Early Help,

Please can I have a triage slot to step the Trethewey children down to level 3 Early Help.

Ruby Trethewey - DOB 11/02/2080
Alfie Trethewey - DOB 19/03/2083 (he's 3, so I think this goes to the under-5s triage?)
LCS-3471065

The Single Assessment is attached with my analysis and the rationale for stepping down. My team manager, Nick Voysey, has recorded his manager's analysis confirming the threshold is met for a level 3 intervention (page 1 of the attachment). Dad (Lee Trethewey) consented to level 3 Early Help at my visit on Friday.

Summary: dad has been the children's main carer since mum left in the spring. His depression is treated and improving, but he struggles with mornings and Ruby's attendance is 86% this term. No further action at level 4, but the family would benefit from co-ordinated support.

Thanks,
Ben

Ben Stoneman
Social Worker | Single Assessment Team | Torbay Council
01632 960433

""") + BDISC
    sa = make_pdf("Single Assessment - Trethewey - LCS-3471065", [
        "Manager's analysis (Nick Voysey, Team Manager, 11/10/2086): threshold met for a level 3 intervention; no "
        "further action at level 4; step down to Early Help via triage.",
        "Children: Ruby Trethewey (11/02/2080); Alfie Trethewey (19/03/2083).",
        "Social worker's analysis: father is the main carer since April 2086; his depression is treated by the GP "
        "and improving; mornings are difficult and Ruby's attendance is 86% this term.",
        "Rationale for step down: the children are well cared for and attached to their father; the remaining needs "
        "(father's wellbeing, school attendance, nursery place for Alfie) can be met by a co-ordinated level 3 plan.",
        "Consent: father consented to level 3 Early Help on 11/10/2086."])
    m = new_mail(f, addr("Stoneman, Ben", "Ben.Stoneman@" + BDOM), addr("Early Help", BEH),
                 "Triage slot please - step down - Trethewey - LCS-3471065", when,
                 "CWLP265MB2241.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "Single Assessment - Trethewey - Oct 2086.pdf", sa, PDF)
    add(f, finish(f, m), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3471065"],
        [ch("Ruby Trethewey", "2080-02-11", "11/02/2080"), ch("Alfie Trethewey", "2083-03-19", "19/03/2083")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down to 'level 3 Early Help': Single Assessment (.pdf) with the social worker's "
        "analysis and rationale and the TM's manager's analysis 'confirming the threshold is met for a level 3 "
        "intervention' -> assessment met, manager true; 'Dad ... consented to level 3 Early Help' -> consent true "
        "-> book_meeting. Alfie is 3 -> the fortnightly under-5s triage (Tue 22 Oct 2086 is an under-5s Tuesday). "
        "Dad's depression -> parental_mental_health; 86% -> school_attendance.",
        not_children=["Lee Trethewey", "Nick Voysey", "Ben Stoneman"])

def torbay_06():
    f = "torbay_06.eml"; when = "2086-11-26 10:45:08"
    text = T("""
Hello MASH,

I'm the lead professional for Kayden Ellacott (DOB 30/06/2076), EHM-814522, at level 3.

New information: on Saturday Kayden told me his dad is back living at the house. Dad left in May after the police were called to a domestic incident, and mum told us then that he wouldn't be coming back. Kayden says there has been shouting "every night" since dad moved back, and he has been missing school on Mondays - his attendance has fallen to 79% this half term.

Mum has consented to me contacting MASH. I'm due to discuss it with my ATM in supervision on Thursday, so I don't have her agreement yet - I'll let you know the outcome, but I didn't want to sit on this.

Kerry Southcott
Family Intervention Worker | Early Help | Torbay Council
01632 960158

""") + BDISC
    m = new_mail(f, addr("Southcott, Kerry", "Kerry.Southcott@" + BDOM), addr("MASH", BMASH),
                 "Contact to MASH - step up - Kayden Ellacott EHM-814522", when,
                 "CWLP265MB0773.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-814522"], [ch("Kayden Ellacott", "2076-06-30", "30/06/2076")],
        ["domestic_abuse", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH, seed 002 step 2) with parental consent ('Mum has "
        "consented to me contacting MASH' -> true) but the MANAGER'S AGREEMENT STILL PENDING: 'due to discuss it "
        "with my ATM in supervision on Thursday, so I don't have her agreement yet' -> null -> manager_agreed "
        "missing -> request_info. Father back in the home after a domestic incident, shouting every night -> "
        "domestic_abuse; 79% -> school_attendance. Not immediate (no violence described now).",
        not_children=["Kerry Southcott"])

def torbay_07():
    f = "torbay_07.eml"; when = "2086-10-16 08:50:27"
    summary = "Under-5s triage - Trethewey - LCS-3471065 [SB-torbay-4391]"
    comment = "Ben will attend for the team - I'm on leave that day."
    att = ("Voysey, Nick", "Nick.Voysey@" + BDOM)
    org = ("Early Help", BEH)
    cal = outlook_reply_ics(f, when, "20861022T113000", "20861022T120000", summary, "Microsoft Teams Meeting", org,
                            att, "DECLINED", comment)
    m = new_mail(f, addr(*att), addr(*org), "Declined: " + summary, when, "CWLP265MB2241.GBRP265.PROD.OUTLOOK.COM",
                 outlook=True, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    m.set_content(comment + "\n", cte="7bit")
    calendar_alt(m, cal)
    add(f, finish(f, m), "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-3471065"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED with a comment, from the team manager for torbay_05's under-5s "
        "triage slot (Tue 22 Oct 11:30, an under-5s Tuesday); the social worker attends. SUMMARY carries "
        "LCS-3471065. DESIGN: meeting_reply -> record_reply.",
        not_children=[])

def torbay_08():
    f = "torbay_08.eml"; when = "2086-12-09 14:20:55"
    ack = stepbot_ack("step-down", "SB-torbay-4452", [
        "Child: Evie-Grace Polglase (08/12/2075)", "Case ID: LCS-3490118"],
        ["the Single Assessment with your analysis and the rationale for the step-down",
         "your team manager's analysis confirming the threshold for level 3"])
    text = T("""
Hi,

Here's the Single Assessment you asked for, with my analysis and the rationale for the step down. Tom Ley (my TM) has added his manager's analysis at the end confirming the threshold for level 3 is met.

Thanks,
Jess

Jess Tozer
Social Worker | Single Assessment Team | Torbay Council
01632 960612

""") + outlook_quote("Early Help <earlyhelp@torbay.gov.uk>", "05 December 2086 11:02",
                     "Tozer, Jess <Jess.Tozer@torbay.gov.uk>",
                     "Step-down request received - Polglase - LCS-3490118 [SB-torbay-4452]", ack)
    sa = make_pdf("Single Assessment - Evie-Grace Polglase - LCS-3490118", [
        "Child: Evie-Grace Polglase, DOB 08/12/2075. Lives with mother, Brixham.",
        "Social worker's analysis: mother's anxiety has improved with support from Talking Therapies; Evie-Grace's "
        "attendance remains low at 83%.",
        "Rationale for step down: no further action at level 4; the remaining needs (attendance and "
        "mother's wellbeing) can be met by a level 3 Early Help plan.",
        "Consent: mother has consented to level 3 Early Help (04/12/2086).",
        "Manager's analysis (Tom Ley, Team Manager, 09/12/2086): I agree the threshold for level 3 intervention is met."])
    m = new_mail(f, addr("Tozer, Jess", "Jess.Tozer@" + BDOM), addr("Early Help", BEH),
                 "RE: Step-down request received - Polglase - LCS-3490118 [SB-torbay-4452]", when,
                 "CWLP265MB4410.GBRP265.PROD.OUTLOOK.COM", outlook=True,
                 in_reply_to=msgid("torbay-ack-4452", "stepbot.torbay.gov.uk"))
    body(m, text, html_of(text))
    attach(m, "Single Assessment - Evie-Grace Polglase - Dec 2086.pdf", sa, PDF)
    add(f, finish(f, m), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-3490118"],
        [ch("Evie-Grace Polglase", "2075-12-08", "08/12/2075")], ["parental_mental_health", "school_attendance"],
        True, True, [], None, "attach_to_request",
        "Outlook reply to [SB-torbay-4452] (reference SB-torbay-4452) adding the Single Assessment (.pdf) that the "
        "quoted acknowledgement listed as missing; the attachment holds the TM's analysis 'I agree the threshold for "
        "level 3 intervention is met' -> manager true and 'mother has consented to level 3 Early Help' -> consent "
        "true. The quoted 'What is missing:' lines are stepbot's, not the sender's. DESIGN: follow_up -> "
        "attach_to_request, missing []. Concerns from the assessment: mother's anxiety -> parental_mental_health; "
        "83% -> school_attendance. Evie-Grace turned 11 the day before.",
        not_children=["Tom Ley", "Jess Tozer"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2086-09-27 15:48:39"
    text = T("""
Hello, I'm sorry if this is the wrong place, it was the only email I could find on the council website for children.

My daughter Lily Pritchard is 12. I have just found messages on her iPad from Dale Foxon, who runs the youth group at St Michael's church in Leominster. He has been messaging her privately for weeks - things like "you're so much more mature than the others", "this is our secret ok", "delete these". Last night he asked her to send a photo of herself in her pyjamas "so I know what to pack you for camp" and said he'd "sort it" so she's in the tent next to the leaders' one and he can "check on her" in the night.

The youth group weekend camp leaves from the church car park at 5pm TODAY, two nights in the Black Mountains. Lily is with her dad this weekend (we're separated) and he's taking her to the camp straight from school. He's at work and isn't answering. I've rung the vicar twice and it goes to voicemail.

I'm in Birmingham for work and can't get there before 7. What do I do? Who do I call?? My number is 07700 900852.

Claire

Sent from my iPhone
""")
    m = new_mail(f, addr("Claire Pritchard", "claire.pritchard@example.com"), HEH,
                 "Please help - my daughter - church youth camp TONIGHT", when, "icloud.example.com",
                 extra=[("X-Mailer", "iPhone Mail (22B91)")])
    m.set_content(text, cte="quoted-printable", params={"format": "flowed"})
    add(f, finish(f, m, crlf=False), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Lily Pritchard")], ["sexual_harm"], None, None, [], None,
        "alert_duty",
        "A MOTHER ON HER PHONE, 15:48 ON A FRIDAY: a church youth leader has been messaging her 12-year-old in "
        "secret ('this is our secret', 'delete these'), asked for a photo in her pyjamas and arranged for her tent "
        "to be next to the leaders' so he can 'check on her' in the night; the weekend camp leaves at 5pm TODAY "
        "for two nights; dad is taking her and does not answer; the vicar does not answer. No alarm word anywhere. "
        "Grooming with two nights' access starting in 70 minutes -> immediate -> urgent -> alert_duty. A parent "
        "writing to the only address she found, no step -> other. Lily named in full, age only (no DOB). Dale "
        "Foxon is an adult.",
        not_children=["Dale Foxon"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2086-11-14 14:10:06"
    school = T("""
Hi Sian,

Any Tuesday after 26 November works for us for the first TAF - 3.30pm is best for the class teachers.

One other thing, and sorry to put it in an email - I'm teaching all afternoon and will ring the LADO after school. At lunch Evan told his TA that "Mr Rhys at Kids' Club" takes him to the toilet on his own and touches him "where my pants go" and says it's their secret game. Rhys Morgan is a playworker with Little Explorers, the private company that runs the after-school club on our site. Evan goes to Kids' Club every day until 5.30 while mum is at work, including today. I've written down what he said.

Kath

Kath Lewis
Deputy Headteacher | Brookfields Primary School
""")
    text = T("""
Hi Early Help co-ordinators,

Please find attached the Early Help Assessment step-down plan and mum's signed consent for the Bevan sibling group, level 3, following my discussion with Xavier at Tuesday's drop-in. Key person: Carys Evans, Family Support Worker, Early Help Family Support (Herefordshire Council), who has met mum and agreed to lead.

Evan Bevan 02/03/2079 (Mosaic 731905)
Megan Bevan 14/10/2081 (Mosaic 731906)

I've forwarded school's email below about dates for the first TAF - they can do any Tuesday after the 26th.

Thanks,
Sian

Sian Powell
Social Worker | Children in Need Team (Hereford) | Herefordshire Council
01632 960264
""") + outlook_quote("Kath Lewis <k.lewis@brookfieldsprimary.example.sch.uk>", "14 November 2086 13:32",
                     "Powell, Sian <Sian.Powell@herefordshire.gov.uk>", "RE: Bevan - TAF date", school) + "\n" + HDISC
    plan = make_docx([
        "# Early Help Assessment step-down plan - Bevan sibling group",
        "Children: Evan Bevan (02/03/2079, Mosaic 731905); Megan Bevan (14/10/2081, Mosaic 731906).",
        "What are we worried about? Mum's anxiety since the children's father moved out; mornings and bedtimes are "
        "hard; mum has asked for help with routines.",
        "What's working well? Mum is warm and organised most days; the children are doing well at school; maternal "
        "grandmother helps at weekends.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale: routines support from the Family "
        "Support Worker (weekly, 12 weeks); mum to continue with her GP and talking therapy; TAF every six weeks.",
        "Key person: Carys Evans, Family Support Worker, Early Help Family Support (Herefordshire Council)."])
    consent = make_pdf("Consent to Early Help - Bevan", [
        "I agree to my family receiving support from Early Help and to information being shared with the people "
        "named in the step-down plan.",
        "Children: Evan Bevan, Megan Bevan.",
        "Signed: Rebecca Bevan (mother). Date: 12/11/2086."])
    m = new_mail(f, addr("Powell, Sian", "Sian.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                 "FW: Bevan - TAF date / step down plan", when, "LO0P265MB5120.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "EHA step-down plan - Bevan - Nov 2086.docx", plan, DOCX)
    attach(m, "Signed consent - Bevan.pdf", consent, PDF)
    add(f, finish(f, m), "herefordshire", "early_help_duty", when, 5,
        "urgent", "step_down", True, 3, ["731905", "731906"],
        [ch("Evan Bevan", "2079-03-02", "02/03/2079"), ch("Megan Bevan", "2081-10-14", "14/10/2081")],
        ["parental_mental_health", "sexual_harm"], True, None, [], None, "alert_duty",
        "THE DISCLOSURE IS AT THE BOTTOM OF A FORWARDED CHAIN UNDER A COMPLETE STEP-DOWN: the social worker sends a "
        "Herefordshire level 3 sibling-group step-down (EHA step-down plan .docx, signed consent form .pdf -> "
        "consent_form met, consent true; key person with agency -> nothing missing) and forwards the school's "
        "reply 'about dates for the first TAF'; in it the deputy head says a 7-year-old told his TA that the "
        "after-school club playworker takes him to the toilet alone and touches him 'where my pants go', calls it "
        "a secret game, and the boy is at that club 'every day until 5.30 ... including today'; she will 'ring the "
        "LADO after school'. No alarm word anywhere. Immediate -> urgent -> alert_duty (before book_meeting). "
        "Concerns: the disclosure -> sexual_harm; mum's anxiety in the plan -> parental_mental_health. 'Mosaic "
        "731905' -> bare numbers. Rhys Morgan, Kath Lewis, Carys Evans and Rebecca Bevan are adults.",
        not_children=["Rhys Morgan", "Kath Lewis", "Carys Evans", "Rebecca Bevan", "Sian Powell"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2086-10-01 10:55:41"
    text = T("""
Dear colleagues,

I am writing to let you know about a letter I received yesterday from a former pupil, now an adult, which I have today sent to the LADO. The LADO's automatic reply says that referrals should also be copied to MASH, so I am doing so for completeness.

The former pupil, Ms Hannah Lloyd (date of birth 12/08/2055), was a pupil here from 2059 to 2066. She writes that when she was in Year 5 and Year 6 her class teacher, Mr Gerald Pugh, behaved towards her in a sexual way on several occasions in the classroom store room. She reported this to West Mercia Police last month, and the police asked her to tell the school so that the LADO could be informed.

Mr Pugh retired from this school in July 2078. He has had no role here since; he is not a governor or a volunteer, and our records show no contact with the school since his retirement. He is now 79. I am not aware of him having any current role with children anywhere; the LADO has said she will make the usual checks.

Ms Lloyd does not want any contact from the school beyond an acknowledgement, which I have sent. As the LADO advised, I have not contacted Mr Pugh.

Yours faithfully,

Andrew Beaumont
Headteacher, Wyeside Primary School
01632 960390
""")
    m = new_mail(f, addr("Andrew Beaumont", "head@wyesideprimary.example.sch.uk"), addr("MASH", HMASH),
                 "Historic allegation - former member of staff (retired 2078) - copy for MASH", when,
                 "wyesideprimary.example.sch.uk", cc=addr("LADO", "lado@" + HDOM), outlook=True)
    body(m, text, html_of(text, "Calibri"))
    add(f, finish(f, m), "herefordshire", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HISTORIC ALLEGATION ABOUT A RETIRED TEACHER: a former pupil, now 31 (DOB 12/08/2055, an "
        "adult), reports that a teacher behaved sexually towards her in 2064-2066; he retired in 2078, aged 79, "
        "with no known role with children; police and the LADO already have it. No child is at risk today -> not "
        "urgent. A head's copy to MASH, no step -> other -> human_review. The victim is an adult -> children []; "
        "historic -> concerns []. Hannah Lloyd and Gerald Pugh are adults.",
        not_children=["Hannah Lloyd", "Gerald Pugh", "Andrew Beaumont"], adults=[("Hannah Lloyd", "12/08/2055")])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2086-12-03 11:30:29"
    text = T("""
Dear Mrs Oakes,

Thank you for consulting me yesterday about the complaint from Mr and Mrs Meredith about Mr Stephen Hale, Year 4 class teacher, following the incident on Friday 29 November.

Summary of the information shared: Jack Meredith (9) told his parents that Mr Hale shouted at him in front of the class for not having his PE kit and called him "lazy". Jack was upset but was not touched, and no other pupil raised concerns. Mr Hale accepts that he raised his voice and has apologised to Jack and his parents.

Outcome: having considered the four harm-test criteria in Keeping Children Safe in Education, this does not meet the threshold for the LADO. There is no suggestion that Mr Hale has harmed a child or poses a risk of harm to children. It should be handled by the school as a low-level concern and conduct matter under your staff code of conduct, and recorded in line with your low-level concerns policy. No strategy discussion or allegations management meeting is needed, and there is nothing for MASH.

I have copied the Early Help co-ordinators because Jack's family are open to Early Help and his mum asked that Jack's key person knows the outcome.

Kind regards,

Marcus Webb
Local Authority Designated Officer (LADO)
Herefordshire Council | 01632 960741

LADO ref: HLADO/86/219 (consultation)

""") + HDISC
    m = new_mail(f, addr("Webb, Marcus", "Marcus.Webb@" + HDOM), addr("Philippa Oakes", "head@kingslandbrook.example.sch.uk"),
                 "LADO consultation outcome - HLADO/86/219 - does not meet threshold", when,
                 "LO0P265MB2287.GBRP265.PROD.OUTLOOK.COM", cc=addr("Early Help Co-ordinators", HEH), outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [ch("Jack Meredith")], [], None, None, [], None, "human_review",
        "NEAR MISS - A LADO CONSULTATION BELOW THE HARM THRESHOLD: a teacher raised his voice at a 9-year-old and "
        "called him 'lazy'; no touching, he apologised; the LADO finds 'this does not meet the threshold', 'no "
        "suggestion that Mr Hale has harmed a child', a school conduct matter, 'nothing for MASH'. The Early Help "
        "co-ordinators are copied for information. Not urgent, no concern. No step -> other -> human_review. Jack "
        "named in full, no DOB. 'HLADO/86/219' is not a case id. Stephen Hale and Philippa Oakes are adults.",
        not_children=["Stephen Hale", "Marcus Webb"], not_case_ids=["HLADO/86/219"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2086-12-02 20:15:33"
    text = T("""
Hi,

Sorry to email so late. I saw on the news tonight that a rugby coach in Somerset has been charged with abusing boys at his club over several years, and it's really shaken me.

My son Noah Jenkins (10) plays for Ross Juniors RFC. I want to be clear there is nothing wrong - his coaches are lovely, Noah loves it, and nobody has said or done anything that worries me. I just realised I have no idea how clubs check people. Are coaches DBS checked? Is there somewhere I can look up a coach's name, or someone at the council I can ask? Or should I be asking the club?

Thanks for any advice,
Rhian Jenkins
""")
    m = new_mail(f, addr("Rhian Jenkins", "rhian.jenkins@example.org"), addr("Early Help", HEH),
                 "Question about coaches being checked", when, "mail.example.org",
                 extra=[("User-Agent", "Roundcube Webmail/1.9")])
    body(m, text, cte="7bit")
    add(f, finish(f, m, crlf=False), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Noah Jenkins")], [], None, None, [], None, "human_review",
        "NEAR MISS - SOMEONE ELSE'S CASE ON THE NEWS: a parent, at 20:15, shaken by a coach in another county "
        "charged with abusing boys, asks how coaches are checked; about her own son's club 'there is nothing "
        "wrong ... nobody has said or done anything that worries me'. No allegation about anyone with access to "
        "a child here -> not urgent, no concern. A parent's enquiry -> other -> human_review. Noah named in full, "
        "no DOB.",
        not_children=["Rhian Jenkins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2086-09-10 11:05:12"
    text = T("""
Dear Early Help co-ordinators,

Following my discussion with Verity at this morning's drop-in, please find attached the Early Help Assessment step-down plan (sibling group) and mum's signed consent for the three Watkins children to step down to Early Help at level 3 after the Child & Family Assessment.

Darcy Watkins - 04/04/2077 - Mosaic 718233
Finley Watkins - 23/09/2080 - Mosaic 718234
Rosie Watkins - 15/06/2084 - Mosaic 718235

Key person: Bethan Hughes, Family Support Worker, Early Help Family Support (Herefordshire Council) - she has met mum with me and agreed to lead, and mum is happy with this.

The assessment found that home conditions and the children's routines had slipped badly over the summer (neglect was the reason for the referral). Mum has made real progress with support; what remains is keeping the house and routines on track, and Darcy's attendance (87%).

Many thanks,
Ffion

Ffion Davies
Social Worker | Safeguarding and Family Support (Leominster) | Herefordshire Council
01632 960118

""") + HDISC
    plan = make_docx([
        "# Early Help Assessment step-down plan - Watkins sibling group",
        "Children: Darcy Watkins (04/04/2077); Finley Watkins (23/09/2080); Rosie Watkins (15/06/2084).",
        "What are we worried about? Home conditions and routines slipped over the summer; Darcy's attendance 87%.",
        "What's working well? Mum has cleared the house with support and keeps to the new routines; the children "
        "are attached to her; Rosie's health checks are up to date.",
        "Wellbeing plan: weekly Family Support visits for 8 weeks (Bethan Hughes), then fortnightly; attendance "
        "plan with Darcy's school; TAF every six weeks.",
        "Key person: Bethan Hughes, Family Support Worker, Early Help Family Support."])
    consent = make_pdf("Written consent to Early Help - Watkins", [
        "I consent to Early Help support for my children Darcy, Finley and Rosie Watkins and to the sharing of "
        "information in the step-down plan.",
        "Signed: Amy Watkins (mother). Date: 06/09/2086."])
    m = new_mail(f, addr("Davies, Ffion", "Ffion.Davies@" + HDOM), addr("Early Help Co-ordinators", HEH),
                 "Step down to Early Help - Watkins sibling group - plan and consent attached", when,
                 "LO0P265MB0348.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    attach(m, "EHA step-down plan - Watkins - Sept 2086.docx", plan, DOCX)
    attach(m, "Watkins - signed consent to Early Help.pdf", consent, PDF)
    add(f, finish(f, m), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["718233", "718234", "718235"],
        [ch("Darcy Watkins", "2077-04-04", "04/04/2077"), ch("Finley Watkins", "2080-09-23", "23/09/2080"),
         ch("Rosie Watkins", "2084-06-15", "15/06/2084")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at level 3 after the Tuesday drop-in (Tue 10 Sep): EHA "
        "step-down plan (.docx), the signed consent form (.pdf) -> consent_form met, consent true; key person "
        "named with her agency -> nothing missing -> book_meeting. Mosaic ids bare. Home conditions and routines "
        "(the referral was for neglect, progress made but still the plan's focus) -> neglect; 87% -> "
        "school_attendance.",
        not_children=["Bethan Hughes", "Amy Watkins", "Ffion Davies"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2086-10-30 15:35:47"
    text = T("""
Hi,

Step-down plan attached for Kian Price-Davies, DOB 19/11/2073, Mosaic 720415.

Mum agreed to Early Help on the phone this afternoon, but she hasn't signed the consent form yet - I'll take it out to her on Monday and send it straight over.

Key person: Hollie Bray, Pastoral Lead, Whitecross Hereford High School, who knows Kian well and has agreed to lead.

Main need: dad's drinking. He's engaging with the alcohol service and has been sober since August, but it's early days and Kian is still wary of him.

Gareth

Gareth Bowen
Social Worker | Children in Need Team (Hereford) | Herefordshire Council
01632 960702
""")
    plan = make_docx([
        "# Early Help Assessment step-down plan - Kian Price-Davies",
        "Child: Kian Price-Davies, 19/11/2073, Mosaic 720415.",
        "What are we worried about? Father's alcohol use (abstinent since August, engaging with the alcohol "
        "service); Kian's wariness of his father.",
        "What's working well? Mother is protective and consistent; Kian's attendance is 97%; he plays for the "
        "school football team.",
        "Wellbeing plan: key person check-ins weekly; family sessions with the alcohol service; TAF every six weeks.",
        "Key person: Hollie Bray, Pastoral Lead, Whitecross Hereford High School."])
    m = new_mail(f, addr("Bowen, Gareth", "Gareth.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                 "Step down - Kian Price-Davies - plan attached, consent form to follow", when,
                 "LO0P265MB6603.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text)
    attach(m, "Step-down plan - Kian Price-Davies.docx", plan, DOCX)
    add(f, finish(f, m), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["720415"], [ch("Kian Price-Davies", "2073-11-19", "19/11/2073")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down: plan (.docx) and key person with agency present; 'Mum agreed to Early Help on the "
        "phone ... but she hasn't signed the consent form yet' -> consent true, but the seed asks for WRITTEN "
        "consent -> consent_form missing -> request_info. No level written -> null. Dad's drinking (early "
        "recovery) -> substance_misuse; attendance 97% is no concern.",
        not_children=["Hollie Bray", "Gareth Bowen"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2086-12-05 09:40:24"
    text = T("""
Hello MASH,

I'd like to request a step up to social care for Grace Hollings (DOB 07/07/2078), Mosaic 722118, who I've been working with in Early Help since April. My manager, Nia Jones, has agreed the step up.

Grace is 8. Home conditions have got much worse since October: no hot water, dog mess in the kitchen, and Grace coming to school in the same clothes and hungry. Mum is aware of my worries but has not made the changes in the plan.

Becky

Becky Lane
Family Support Worker | Early Help Family Support | Herefordshire Council
01632 960455
""")
    m = new_mail(f, addr("Lane, Becky", "Becky.Lane@" + HDOM), addr("MASH", HMASH), "Step up request - Grace Hollings",
                 when, "LO0P265MB1174.GBRP265.PROD.OUTLOOK.COM", outlook=True)
    body(m, text, html_of(text))
    add(f, finish(f, m), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["722118"], [ch("Grace Hollings", "2078-07-07", "07/07/2078")],
        ["neglect"], None, True, [], None, "human_review",
        "A STEP-UP SENT TO HEREFORDSHIRE, whose seed defines none: REQUIREMENTS 'step_up is not defined by this "
        "seed' -> human_review, missing [] and notice null for an undefined kind. 'My manager ... has agreed the "
        "step up' -> manager true; 'Mum is aware' is not consent -> null. Home conditions, hunger, same clothes -> "
        "neglect; not immediate.",
        not_children=["Nia Jones", "Becky Lane"])


# ============================================================================= the contract's value sets and rules
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
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

# England & Wales bank holidays on weekdays in 2086 and 2087 (the `holidays` package's list, which set_checks()
# re-derives and compares). None falls inside the window; Christmas Day (Wed 25 Dec), Boxing Day (Thu 26 Dec) and
# New Year's Day 2087 (Wed 1 Jan) lie between knowsley_03's request and its meeting.
BANK_HOLIDAYS = {date(2086, 1, 1), date(2086, 3, 29), date(2086, 4, 1), date(2086, 5, 6), date(2086, 5, 27),
                 date(2086, 8, 26), date(2086, 12, 25), date(2086, 12, 26),
                 date(2087, 1, 1), date(2087, 4, 18), date(2087, 4, 21), date(2087, 5, 5), date(2087, 5, 26),
                 date(2087, 8, 25), date(2087, 12, 25), date(2087, 12, 26)}
# The brief: "early September to mid December 2086". 1 September 2086 is a Sunday -> Monday 2 September; the middle
# of December (Sunday 15th) -> the last weekday before it, Friday 13 December 2086.
BRIEF_START, BRIEF_MID_DEC = date(2086, 9, 1), date(2086, 12, 15)
WINDOW = (datetime(2086, 9, 2, tzinfo=LON), datetime(2086, 12, 13, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on the last Sunday of October: Sunday 27 October 2086.
BST_END = datetime(2086, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2087

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO (dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '4th April 2077')."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    return None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

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

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")


# ============================================================================= reading the messages back
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def docx_text(data):
    import xml.etree.ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def readable(msg):
    """Subject, every text part, every attachment's text (.docx via python-docx's zip, PDF via pypdf) and names."""
    from pypdf import PdfReader
    import docx
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/delivery-status":
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
            docx.Document(io.BytesIO(payload))            # must open in python-docx
            out.append(docx_text(payload))
        elif ct == PDF:
            out += [p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()


# ============================================================================= per-file checks
def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                  "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] not in ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if not isinstance(e["urgent"], bool): err("urgent must be a boolean")
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS or e["missing"] != sorted(set(e["missing"])):
        err("missing ids / order")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3        # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]:
                err("%s missing but no %s concern" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    for v in ("consent", "manager_agreed"):
        if e[v] not in (True, False, None): err(v)
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id as labelled" % cid)
    for ref in META[f]["not_case_ids"]:
        if ref in e["case_ids"]: err("reference %s labelled as a case id" % ref)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # the message itself
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
        if msg[h] is None: err("header %s" % h)
    try:
        data[:data.find(b"\n\n") if b"\r\n\r\n" not in data else data.find(b"\r\n\r\n")].decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes in the top headers")
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
        if part is not msg and "MIME-Version" in part: err("MIME-Version on a sub-part")
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    other_box = [x for (aa, bb), x in MAILBOXES.items() if aa == a and bb != mb][0]
    if other_box.lower() in rcpt: err("both of the authority's mailboxes in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                err("dob %s of %s is not before now" % (c["dob"], c["name"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    for ref in META[f]["not_case_ids"]:
        if ref not in text: err("reference %s not in text" % ref)
    pos = [text.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first full-name appearance")
    # per kind
    subj = str(msg["Subject"] or "")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    replies = [p for p in cals if b"METHOD:REPLY" in p.get_payload(decode=True)]
    if e["kind"] == "follow_up" and not re.search(r"\[SB-%s-\d+\]" % a, subj): err("follow_up without [SB-] ref")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("a new request or other mail with [SB-]")
    if e["kind"] == "meeting_reply" and (len(replies) != 1 or len(cals) != 1): err("meeting_reply calendar parts")
    if e["kind"] != "meeting_reply" and replies: err("an iTIP REPLY on a mail that is not a meeting_reply")
    if e["kind"] == "auto_reply" and msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
    if "Rule: " not in lab["why"] or len(lab["why"]) < 200: err("why must explain the label and name its rule")
    return errors


# ============================================================================= wording and structural checks
WORDING = [
    ("knowsley_03.eml", "consented to the referral to Family First", "consent", True),
    ("knowsley_05.eml", "Mum knows about the step up and agrees with it", "consent", True),
    ("knowsley_05.eml", "agreed the step up in supervision on Friday", "manager_agreed", True),
    ("knowsley_06.eml", "has agreed to the step down to school-led Early Help", "consent", True),
    ("knowsley_06.eml", "Agreed with my team manager", "manager_agreed", True),
    ("knowsley_07.eml", "Mum has given consent for the case to be referred to Family First", "consent", True),
    ("knowsley_08.eml", "agreed the step up in supervision on Monday", "manager_agreed", True),
    ("knowsley_08.eml", "she does not consent to the step up", "consent", False),
    ("richmond_wandsworth_02.eml", "Dad has been told that we are making this request", "consent", None),
    ("richmond_wandsworth_02.eml", "I have agreed that Priya should be stepped up", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "have both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_05.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_06.eml", "I agree this now needs to step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "so I don't have her consent yet", "consent", None),
    ("tower_hamlets_05.eml", "Dad has consented to the referral to MAST", "consent", True),
    ("tower_hamlets_05.eml", "has agreed the step up and signed section 9", "manager_agreed", True),
    ("tower_hamlets_06.eml", "both gave their consent to the step down", "consent", True),
    ("tower_hamlets_07.eml", "doesn't agree it should step up yet", "manager_agreed", False),
    ("tower_hamlets_07.eml", "Mum agrees with the referral and has signed the consent section", "consent", True),
    ("torbay_05.eml", "consented to level 3 Early Help", "consent", True),
    ("torbay_05.eml", "confirming the threshold is met for a level 3 intervention", "manager_agreed", True),
    ("torbay_06.eml", "Mum has consented to me contacting MASH", "consent", True),
    ("torbay_06.eml", "so I don't have her agreement yet", "manager_agreed", None),
    ("torbay_08.eml", "I agree the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_08.eml", "mother has consented to level 3 Early Help", "consent", True),
    ("herefordshire_02.eml", "mum's signed consent", "consent", True),
    ("herefordshire_06.eml", "mum's signed consent", "consent", True),
    ("herefordshire_07.eml", "hasn't signed the consent form yet", "consent", True),
    ("herefordshire_08.eml", "has agreed the step up", "manager_agreed", True),
    ("herefordshire_08.eml", "Mum is aware of my worries", "consent", None),
]

RULE = "________________________________"

def _plain(msg):
    return "\n".join(p.get_content() for p in msg.walk()
                     if p.get_content_type() == "text/plain" and not p.get_filename())

def _split(msg):
    """(new text, quoted/forwarded text) of an Outlook-style mail, split at the first rule."""
    t = _plain(msg)
    i = t.find(RULE)
    return (t, "") if i < 0 else (t[:i], t[i:])

def _only_below(msg, *phrases):
    top, below = _split(msg)
    return all(p in below and p not in top for p in phrases)

def _cal(msg):
    return [p.get_payload(decode=True).decode() for p in msg.walk() if p.get_content_type() == "text/calendar"]

CUSTOM = [
    ("knowsley_02.eml", "the disclosure is in the new text; the child's full name and DOB only in the quoted ack",
     lambda m: "Tony hand in pants" in _split(m)[0] and _only_below(m, "Alfie Dunleavy", "11/05/2076")),
    ("knowsley_07.eml", "the writer counts calendar days: Thursday 21 -> Tuesday 26 November is 5 calendar days",
     lambda m: "5 days' notice (Thursday to Tuesday)" in _plain(m) and (date(2086, 11, 26) - _today("knowsley_07.eml")).days == 5),
    ("knowsley_08.eml", "sent after midnight BST: the local date (9 Oct) differs from the UTC date (8 Oct)",
     lambda m: (email.utils.parsedate_to_datetime(m["Date"]).astimezone(LON).date() == date(2086, 10, 9)
                and email.utils.parsedate_to_datetime(m["Date"]).astimezone(UTC).date() == date(2086, 10, 8)
                and m["Date"].endswith("+0100") and "tonight" in _plain(m))),
    ("knowsley_06.eml", "sent in BST (+0100), the meeting falls after the clock change",
     lambda m: m["Date"].endswith("+0100") and date(2086, 11, 1) > BST_END.date()),
    ("knowsley_03.eml", "the count runs across Christmas Day, Boxing Day and New Year's Day 2087",
     lambda m: {h for h in BANK_HOLIDAYS if _today("knowsley_03.eml") < h <= date(2087, 1, 3)}
     == {date(2086, 12, 25), date(2086, 12, 26), date(2087, 1, 1)}),
    ("richmond_wandsworth_02.eml", "the tutor's assault is only in the P.S. after the signature",
     lambda m: _plain(m).find("P.S.") > _plain(m).find("Helen Mackenzie\nEarly Help Team Manager")
     and _plain(m).find("metal ruler") > _plain(m).find("P.S.")),
    ("richmond_wandsworth_06.eml", "no rationale heading or document; full names only in the PDF",
     lambda m: not re.search(r"(?im)^\s*rationale", _plain(m)) and "Leon Fairbairn" not in _plain(m)
     and not any("ationale" in (p.get_filename() or "") for p in m.walk())),
    ("richmond_wandsworth_07.eml", "Google reply: one text/calendar REPLY ACCEPTED in UTC, plus invite.ics",
     lambda m: len(_cal(m)) == 1 and "PARTSTAT=ACCEPTED" in _cal(m)[0] and "DTSTART:20861203T100000Z" in _cal(m)[0]
     and any(p.get_filename() == "invite.ics" for p in m.walk())),
    ("tower_hamlets_01.eml", "a single text/plain part (no HTML), written from a phone",
     lambda m: not m.is_multipart() and m.get_content_type() == "text/plain"),
    ("tower_hamlets_03.eml", "the referral's facts only in the attached PDF; the covering note names no child",
     lambda m: not any(x in _plain(m) + html_text(m.get_body(("html",)).get_content())
                       for x in ("Ayat", "Leanne", "toddler", "smack")) and "Ayat Chowdhury" in readable(m)
     and any((p.get_filename() or "").endswith(".pdf") for p in m.walk())),
    ("tower_hamlets_08.eml", "a multipart/report delivery-status bounce",
     lambda m: m.get_content_type() == "multipart/report" and m.get_param("report-type") == "delivery-status"
     and any(p.get_content_type() == "message/delivery-status" for p in m.walk())),
    ("torbay_07.eml", "Outlook calendar message, one text/calendar REPLY DECLINED with a COMMENT",
     lambda m: m["Content-Class"] == "urn:content-classes:calendarmessage" and len(_cal(m)) == 1
     and "PARTSTAT=DECLINED" in _cal(m)[0] and "COMMENT" in _cal(m)[0]),
    ("torbay_04.eml", "an Outlook out-of-office with X-Auto-Response-Suppress",
     lambda m: m["Subject"].startswith("Automatic reply:") and m["X-Auto-Response-Suppress"] == "All"),
    ("herefordshire_01.eml", "iPhone mail: text/plain; format=flowed",
     lambda m: m.get_param("format") == "flowed" and not m.is_multipart()),
    ("herefordshire_02.eml", "the disclosure only in the forwarded school email, below the request",
     lambda m: _only_below(m, "where my pants go", "Rhys Morgan") and "Evan Bevan 02/03/2079" in _split(m)[0]),
    ("herefordshire_04.eml", "the LADO writes to the school; the Early Help co-ordinators only copied",
     lambda m: HEH.lower() in str(m["Cc"]).lower() and HEH.lower() not in str(m["To"]).lower()),
]

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "knowsley_02.eml", "richmond_wandsworth_01.eml",
                  "torbay_01.eml", "torbay_02.eml", "tower_hamlets_01.eml", "tower_hamlets_02.eml"]
# Knowsley notice: (working days, plain weekdays) from the Europe/London date of `now` to the meeting.
COUNTS_EXPECTED = {"knowsley_03.eml": (14, 17), "knowsley_05.eml": (7, 7), "knowsley_06.eml": (5, 5),
                   "knowsley_07.eml": (3, 3), "knowsley_08.eml": (4, 4)}
THEME = re.compile(r"(?i)\b(LADO|allegation|coach|teacher|tutor|childminder|foster carer|escort|passenger "
                   r"assistant|youth (group|worker|leader|hub|project)|night staff|playworker|nursery|teaching "
                   r"assistant|welfare officer|safer recruitment|people who work with children)\b")

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        if phrase not in readable(parse(f)): errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if _lab(f)["expect"][field] is not value:
            errors.append("%s: wording check: %r means %s %s" % (f, phrase, field, value))
    return errors

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is required (/work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2086, 2087])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = [d for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: a bank holiday inside the window: %s" % inside)
    if not (BRIEF_START.weekday() == 6 and WINDOW[0].date() == date(2086, 9, 2) and WINDOW[0].weekday() == 0
            and BRIEF_MID_DEC.weekday() == 6 and WINDOW[1].date() == date(2086, 12, 13) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run Monday 2 September - Friday 13 December 2086")
    last_sun = max(date(2086, 10, d) for d in range(25, 32) if date(2086, 10, d).weekday() == 6)
    if BST_END.date() != last_sun:
        errors.append("set: BST must end on the last Sunday of October 2086")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        off = datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset()
        if off != (timedelta(hours=1) if d < last_sun else timedelta(0)):
            errors.append("set: %s has offset %s" % (d, off))
        d += timedelta(days=1)
    offsets, quiet, counts = {}, [], {}
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        text = readable(msg)
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        if CATS[f] in ("urgent", "near_miss") and not THEME.search(text):
            errors.append("%s: an urgent or near-miss mail off the set's theme" % f)
        if META[f]["meeting"] is not None:
            counts[f] = (working_days(_today(f), META[f]["meeting"]), plain_weekdays(_today(f), META[f]["meeting"]))
    quiet.sort()
    if quiet != QUIET_EXPECTED or len(quiet) < 6:
        errors.append("set: urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    # the two decisive traps: a calendar-day reading (knowsley_07) and a UTC-date reading (knowsley_08) say ok
    k7 = _today("knowsley_07.eml")
    if not ((date(2086, 11, 26) - k7).days >= 5 and counts.get("knowsley_07.eml", (9,))[0] < 5):
        errors.append("set: knowsley_07 must be ok by calendar days and not ok by working days")
    k8_utc = email.utils.parsedate_to_datetime(parse("knowsley_08.eml")["Date"]).astimezone(UTC).date()
    if not (working_days(k8_utc, date(2086, 10, 15)) >= 5 and counts.get("knowsley_08.eml", (9,))[0] < 5):
        errors.append("set: knowsley_08 must be ok from the UTC date and not ok from the local date")
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (both sides of the clock change expected)" % offsets)
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        cats = per.get(a, [])
        if len(cats) != 8 or cats.count("urgent") < 2 or cats.count("near_miss") < 2:
            errors.append("%s: needs 8 files with at least 2 urgent and 2 near misses, has %s" % (a, cats))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11 or len(LABELS) != 40:
        errors.append("set: category totals %s, expected %s" % (tot, CAT_EXPECTED))
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        errors.append("set: not every kind is present")
    return errors, quiet, counts

def stats(quiet, counts):
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
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(str(email.utils.parsedate_to_datetime(parse(l["file"])["Date"]).utcoffset())
                                       for l in LABELS)),
           "urgent with no alarm word: %s" % quiet,
           "Knowsley counts (WD, plain weekdays): %s" % counts]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    return "\n".join(out)

# ----------------------------------------------------------------------------- fault injection (in memory only)
def _relabel(f, **kw):
    lab = _lab(f)
    for k, v in kw.items():
        if k == "now":
            lab["now"] = v
        elif k == "category":
            CATS[f] = v
        else:
            lab["expect"][k] = v

def _sub(f, old, new):
    assert old in FILES[f], (f, old)
    FILES[f] = FILES[f].replace(old, new, 1)

FAULTS = [
    ("knowsley_08 counted from the UTC date (notice ok)",
     lambda: _relabel("knowsley_08.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_07 counted in calendar days (notice ok)",
     lambda: _relabel("knowsley_07.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 3 WD"),
    ("torbay_02 filed as a near miss", lambda: _relabel("torbay_02.eml", category="near_miss"), "urgent vs category"),
    ("knowsley_06's Date given +0000", lambda: _sub("knowsley_06.eml", b"14:35:09 +0100", b"14:35:09 +0000"),
     "Date offset should be +0100"),
    ("richmond_wandsworth_05's now given +0000", lambda: _relabel("richmond_wandsworth_05.eml",
                                                                   now="2086-09-02T14:14:21+00:00"),
     "now offset differs"),
    ("tower_hamlets_04 dated on a Saturday", lambda: (_sub("tower_hamlets_04.eml", b"Thu, 05 Sep 2086",
                                                           b"Sat, 07 Sep 2086"),
                                                      _relabel("tower_hamlets_04.eml", now="2086-09-07T08:39:00+01:00")),
     "Date on a weekend"),
    ("Christmas Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2086, 12, 25)),
     "bank holidays differ"),
    ("the Ofsted URN labelled as a case id", lambda: _relabel("tower_hamlets_03.eml", case_ids=["EY583310"]),
     "EY583310"),
    ("the retired teacher's adult accuser labelled as a child",
     lambda: _lab("herefordshire_03.eml")["expect"]["children"].append({"name": "Hannah Lloyd", "dob": "2055-08-12"}),
     "Hannah Lloyd"),
    ("the undefined Herefordshire step-up sent for information", lambda: _relabel("herefordshire_08.eml",
                                                                                  next_action="request_info"),
     "next_action request_info != human_review"),
    ("an alarm word added to torbay_01's subject", lambda: _sub("torbay_01.eml", b"Subject: Help please",
                                                                b"Subject: URGENT help please"), "no alarm word"),
    ("knowsley_08's refused consent labelled null", lambda: _relabel("knowsley_08.eml", consent=None),
     "she does not consent to the step up"),
    ("a level on a step-up", lambda: _relabel("knowsley_05.eml", level=3), ": level"),
    ("the children of knowsley_05 out of order", lambda: _lab("knowsley_05.eml")["expect"]["children"].reverse(),
     "children not in order"),
]

def inject_faults():
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, BANK_HOLIDAYS))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors = check() + set_checks()[0]
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, b = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
    return missed

def main():
    for name, fn in sorted(globals().items()):
        if re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_0\d", name):
            fn()
    errors = check()
    more, quiet, counts = set_checks()
    errors += more
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    if "--inject-faults" in sys.argv:
        missed = inject_faults()
        if missed:
            print("FAULT INJECTION: these faults were NOT caught:", *missed, sep="\n  ")
            sys.exit(1)
        if check() or set_checks()[0]:
            print("SELF-CHECK FAILED after restoring the injected faults")
            sys.exit(1)
        print("fault injection: all %d injected faults were caught" % len(FAULTS))
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        print(stats(quiet, counts))
    print("wrote %d messages, labels.json and categories.json; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
