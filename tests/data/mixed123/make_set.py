#!/usr/bin/env python3
"""mixed123: build the blind held-out set (40 .eml files, labels.json, categories.json) and self-check.

Stdlib only (python3 make_set.py). Deterministic: Message-IDs, boundaries and UIDs come from sha1 of the
file name; no clock, no randomness. Parents with physical or sensory disabilities and long-term illness,
autumn term 2040 (Monday 3 September - Wednesday 19 December 2040).
"""
import datetime as D
import email
import email.policy
import hashlib
import html as _html
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WIN_START, WIN_END = D.date(2040, 9, 3), D.date(2040, 12, 19)
# England & Wales bank holidays 2040 (checked by hand: Easter Sunday 2040 is 1 April; 25 Dec is a Tuesday)
BANK_HOLIDAYS = {D.date(2040, 1, 2), D.date(2040, 3, 30), D.date(2040, 4, 2), D.date(2040, 5, 7),
                 D.date(2040, 5, 28), D.date(2040, 8, 27), D.date(2040, 12, 25), D.date(2040, 12, 26)}
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger",
          "dangerous", "asap"]

MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk",
                      "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
REQ = {  # (authority, kind) -> requirement ids (REQUIREMENTS.md); knowsley step_down by level
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                              "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def when(s):
    """'2040-09-10 09:40' -> aware Europe/London datetime."""
    return D.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += D.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# ---------------------------------------------------------------- attachments
def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
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


def pdf_text(data):
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
        out.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(out)


def make_docx(paras, tables=()):
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _html.escape(t, quote=False)

    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>"
                                    for r in rows) + "</w:tbl>"
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
            zi = zipfile.ZipInfo(name, date_time=(2040, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode()
    x = re.sub(r"</w:p>", "\n", x)
    return _html.unescape(re.sub(r"<[^>]+>", "", x))


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def pdf(name, title, lines):
    return (name, ("application", "pdf"), make_pdf(title, lines))


def docx(name, paras, tables=()):
    return (name, DOCX, make_docx(paras, tables))


def txt(name, text):
    return (name, ("text", "plain"), text)


def ics_dt(d):
    return d.astimezone(D.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


VTZ = ("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nBEGIN:STANDARD\r\nDTSTART:16011028T020000\r\n"
       "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
       "BEGIN:DAYLIGHT\r\nDTSTART:16010325T010000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
       "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


def ics(method, uid, stamp, start, end, summary, location, organizer, attendees, comment=None, desc=None):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:" + method]
    cal = "\r\n".join(L) + "\r\n" + VTZ
    E = ["BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:" + ics_dt(stamp),
         "DTSTART;TZID=Europe/London:" + start.strftime("%Y%m%dT%H%M%S"),
         "DTEND;TZID=Europe/London:" + end.strftime("%Y%m%dT%H%M%S"),
         "SUMMARY:" + esc(summary), "LOCATION:" + esc(location),
         "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail_, partstat in attendees:
        E.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s" % (cn, partstat, mail_))
    if desc:
        E.append("DESCRIPTION:" + esc(desc))
    if comment:
        E.append("COMMENT;LANGUAGE=en-GB:" + esc(comment))
    E += ["END:VEVENT", "END:VCALENDAR"]
    return cal + "\r\n".join(E) + "\r\n"


# ---------------------------------------------------------------- message builder
MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (22A3354)")],
    "android": [("X-Mailer", "Android Mail 2040.08")],
    "apple": [("X-Mailer", "Apple Mail (2.3826)")],
    "none": [],
}


def to_html(text):
    paras = text.split("\n\n")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join("<p>%s</p>" % _html.escape(p).replace("\n", "<br>") for p in paras) + "</body></html>")


def build(f, frm, to, subject, date, body=None, html=None, atts=(), cc=None, mailer="outlook",
          extra=(), in_reply_to=None, cal=None, html_only=False, sig_domain="example.org"):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = formataddr(frm)
    m["To"] = ", ".join(formataddr(t) if isinstance(t, tuple) else t for t in to)
    if cc:
        m["Cc"] = ", ".join(formataddr(t) if isinstance(t, tuple) else t for t in cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm[1].split("@")[1]
    m["Message-ID"] = "<%s@%s>" % (sha(f)[:24], dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    for k, v in MAILERS[mailer] + list(extra):
        m[k] = v
    if html_only:
        m.set_content(html if html else to_html(body), subtype="html", cte="quoted-printable")
    else:
        m.set_content(body, cte="quoted-printable")
        if html is not None:
            m.add_alternative(html if html is not True else to_html(body), subtype="html",
                              cte="quoted-printable")
    if cal is not None:
        if not m.is_multipart():
            m.make_alternative()
        cp = EmailMessage(policy=email.policy.SMTP)
        cp.set_content(cal.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                       params={"method": "REPLY", "charset": "utf-8"})
        m.attach(cp)
    for name, (maint, subt), data in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=subt, filename=name, cte="quoted-printable")
        else:
            m.add_attachment(data, maintype=maint, subtype=subt, filename=name)
    # deterministic boundaries
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%s_%d" % (sha(f)[:16], n))
    return m.as_bytes()


def ooo(f, frm, to, subject, date, body):
    return build(f, frm, [to], "Automatic reply: " + subject, date, body, html=True,
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


def itip_reply(f, frm, organizer, partstat, summary, date, start, end, location, comment, mailer="outlook"):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = ics("REPLY", sha(summary)[:32] + "@stepbot", date, start, end, summary, location, organizer,
              [(frm[0], frm[1], partstat)], comment=comment)
    return build(f, frm, [(organizer[0], organizer[1])],
                 "%s: %s" % (word, summary), date, (comment or "") + "\n", cal=cal, mailer=mailer,
                 extra=[("Content-Class", "urn:content-classes:calendarmessage")] if mailer == "outlook" else [])


# ---------------------------------------------------------------- readable text
def readable(msg):
    out = [msg.get("Subject", "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        if fn:
            out.append(fn)
        payload = part.get_payload(decode=True) or b""
        if ct == "application/pdf":
            out.append(pdf_text(payload))
        elif ct == "/".join(DOCX):
            out.append(docx_text(payload))
        elif ct.startswith("text/"):
            t = payload.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


# ---------------------------------------------------------------- the set
FILES, LABELS, CATS = {}, [], {}


def ch(name, dob=None):
    return {"name": name, "dob": dob}


def add(f, data, authority, mailbox, date, cat, kind, level=None, case_ids=(), children=(), concerns=(),
        consent=None, manager=None, missing=(), notice=None, why="", ref=None, meeting=None, delay=4):
    urgent = cat == "urgent"
    if urgent:
        na = "alert_duty"
    elif kind == "auto_reply":
        na = "ignore"
    elif kind == "meeting_reply":
        na = "record_reply"
    elif kind == "follow_up":
        na = "attach_to_request"
    elif kind == "other" or (authority, kind) == ("herefordshire", "step_up"):
        na = "human_review"
    elif missing or notice is False:
        na = "request_info"
    else:
        na = "book_meeting"
    now = date + D.timedelta(minutes=delay)
    FILES[f] = data
    CATS[f] = cat
    LABELS.append({"file": f, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
                              "children": list(children), "concerns": sorted(concerns), "consent": consent,
                              "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice,
                              "next_action": na},
                   "why": why,
                   "_meeting": meeting, "_date": date, "_ref": ref})


def A(auth, box):
    return ("", MAILBOX[auth][box])


# ================================================================ KNOWSLEY
def knowsley():
    au = "knowsley"
    # 01 ordinary: complete step-up, Outlook twin, Teams invitation .ics attached
    d = when("2040-09-10 09:40")
    mt = when("2040-09-19 10:00")
    body = """Good morning MASH,

Please find attached a step-up request for the Okafor family (EHM-61420), following our TAF review last Thursday.

Children:
- Tyler-James Okafor, DOB 14/02/2031
- Precious Okafor, DOB 30/06/2034

Dad (Emeka) is the sole carer. He has a spinal cord injury and uses a power wheelchair; his care package was cut in the summer and he now has one call a day. Since then the children have been going to school unwashed and hungry, the kitchen is not accessible to him, and Precious has missed 11 sessions this half term. The GCP2 I completed on 29 August scores level 4 for physical care and nutrition. Our worry is neglect and school attendance, and it has not shifted with a level 3 plan.

Emeka knows about the step-up and has agreed to it; he said he would rather have more help than struggle on.

My team manager, Nadia Rimmer, read the request on Friday and has agreed the step-up.

The step-up TAF meeting is on Wednesday 19 September 2040 at 10:00 on Teams - I have sent the invitation to this inbox and to MASH business support; a copy is attached. Dad will join from home (he prefers Teams to travelling, transport is a problem).

Attached:
- Step-up request form (Appendix 1)
- GCP2 Okafor
- TAF minutes 06.09.2040

Thanks,
Joanne Prescott
Family First Case Manager (Level 3), Knowsley Council
0151 496 0382"""
    inv = ics("REQUEST", sha("k01inv") + "@knowsley.gov.uk", d - D.timedelta(minutes=20), mt,
              mt + D.timedelta(hours=1), "Step-up TAF meeting - Okafor (EHM-61420)", "Microsoft Teams Meeting",
              ("Joanne Prescott", "joanne.prescott@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
               ("MASH business support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")])
    atts = [docx("Step up request form Appendix 1 - Okafor.docx",
                 ["# Appendix 1: Step-up request form", "EHM number: EHM-61420",
                  "Family First case manager: Joanne Prescott", "Team manager agreement: Nadia Rimmer, agreed 07/09/2040",
                  "Reason for step-up: neglect; school attendance"],
                 [["Child", "DOB"], ["Tyler-James Okafor", "14/02/2031"], ["Precious Okafor", "30/06/2034"]]),
            pdf("GCP2 Okafor.pdf", "Graded Care Profile 2 (GCP2) - Okafor",
                ["Completed 29/08/2040 by Joanne Prescott.", "Physical care: level 4. Nutrition: level 4.",
                 "Safety: level 3. Love and care: level 2. Stimulation and education: level 3."]),
            pdf("TAF minutes 06.09.2040 Okafor.pdf", "TAF minutes - Okafor family - 06/09/2040",
                ["Present: Emeka Okafor, Joanne Prescott (Family First), Mrs Hale (St Luke's Primary), school nurse.",
                 "Agreed: plan not progressing; case manager to request step-up to MASH."]),
            ("invite.ics", ("text", "calendar"), inv)]
    data = build("knowsley_01", ("Joanne Prescott", "joanne.prescott@knowsley.gov.uk"),
                 [("Knowsley MASH", MAILBOX[au]["mash_step_up"])], "Step up request - Okafor - EHM-61420", d,
                 body, html=True, atts=atts, cc=[("MASH business support", "Mash.Businesssupport@knowsley.gov.uk")])
    add("knowsley_01.eml", data, au, "mash_step_up", d, "ordinary", "step_up", case_ids=["EHM-61420"],
        children=[ch("Tyler-James Okafor", "2031-02-14"), ch("Precious Okafor", "2034-06-30")],
        concerns=["neglect", "school_attendance"], consent=True, manager=True, missing=[], notice=True, meeting=mt,
        why="Complete Knowsley step-up (form, GCP2 for neglect, TAF minutes, invitation): Mon 10 Sep -> Wed 19 Sep is 7 WD >= 5; dad 'has agreed to it' is consent; TM agreed.")

    # 02 ordinary: level 2 step-down, final CIN across Christmas (decisive)
    d = when("2040-12-19 14:10")
    mt = when("2040-12-27 10:00")
    body = """Hi Family First duty,

Step down to Level 2 for Aisha Bello (DOB 3rd March 2030), ICS-1388207.

Final CIN meeting: Thursday 27/12/2040 at 10:00, Huyton Hub, room 2 (ground floor, step-free - Mum is on haemodialysis Mon/Wed/Fri so we have avoided those days).

What are we worried about?
Mum's kidney failure means she is exhausted on dialysis days and Aisha (10) has been doing a lot at home - cooking, getting her brother to nursery. Young carer role is the main worry now.

What is working well?
Aisha is now registered with Knowsley Young Carers, Dad has changed shifts, the renal social worker has arranged transport. School say she is settled and happier.

What needs to happen?
Young carers group weekly, school to keep a check-in with Aisha, family to be supported to apply for a Blue Badge and a carers' assessment for Dad.

Lead practitioner: Siân Roberts, Family Support Worker, St Aidan's Catholic Primary School.

Many thanks
Gareth Lunt
Social Worker, Children in Need Team 3"""
    data = build("knowsley_02", ("Lunt, Gareth", "gareth.lunt@knowsley.gov.uk"),
                 [("Family First 0-18 Duty", MAILBOX[au]["early_help_duty"])],
                 "Step down L2 - Aisha Bello ICS-1388207 - final CIN 27/12", d, body)
    add("knowsley_02.eml", data, au, "early_help_duty", d, "ordinary", "step_down", level=2,
        case_ids=["ICS-1388207"], children=[ch("Aisha Bello", "2030-03-03")], concerns=["young_carer"],
        missing=[], notice=False, meeting=mt,
        why="Complete level 2 step-down, but Wed 19 Dec -> Thu 27 Dec 2040 is only 4 WD (Christmas Day and Boxing Day excluded; a plain weekday count gives 6), so notice is short: request_info.")

    # 03 urgent: follow-up, mum with MS on the floor, 10-month-old alone with her
    d = when("2040-09-20 14:23")
    body = """Re: [SB-knowsley-41] step-up Fairhurst EHM-60877

Mash team - Claire Fairhurst has just rung me from the kitchen floor. She went down at about 12 and cannot get up, she says her legs have gone completely (MS relapse). She has been on the floor for over two hours. Ruby Fairhurst (10 months, DOB 14.11.2039) is loose in the kitchen with her, crawling, Claire cannot reach her or lift her, and she says Ruby has had no milk since breakfast. Claire's phone is on 6% and she is scared it will die.

Partner is working offshore, back on the 28th. The front door is locked from the inside and the key safe was never fitted (that was on the OT list). Her mum is in Southport and not answering.

I am in a meeting in Kirkby and 40 minutes away by car. Address is 14 Alder Grove, Halewood. Can somebody get to her and the baby now please, I don't think I should leave this with me.

This is the family from the step-up for neglect I sent last week (GCP2 already with you).

Jo
Sent from my iPhone"""
    data = build("knowsley_03", ("Joanne Prescott", "joanne.prescott@knowsley.gov.uk"),
                 [("Knowsley MASH", MAILBOX[au]["mash_step_up"])],
                 "RE: [SB-knowsley-41] step-up Fairhurst EHM-60877", d, body, mailer="iphone",
                 in_reply_to="<sb-knowsley-41@stepbot.knowsley.gov.uk>")
    add("knowsley_03.eml", data, au, "mash_step_up", d, "urgent", "follow_up", case_ids=["EHM-60877"],
        children=[ch("Ruby Fairhurst", "2039-11-14")], concerns=["neglect"], ref="SB-knowsley-41",
        why="Safety rule 1 on a follow-up: a mother with MS on the floor for two hours, unable to reach her 10-month-old, locked in, phone dying - a baby with no able carer now; alert_duty overrides attach_to_request.")

    # 04 urgent: PA at night, dad on opioids unrousable, 2-year-old in the house
    d = when("2040-10-05 19:58")
    body = """hi this is Dawn I am Gary Whitfields PA (agency, Helping Hands Huyton). I got your email off the letter on his fridge, Family First sent it.

Came for his 7.30 call and I cannot wake Gary. He is on the settee, I shouted and shook his shoulder, nothing, breathing is really slow with a snoring noise and his lips look grey. His fentanyl patches box is open on the table and there is 3 patches on his arm not 1. The GP told him last month he was using more than prescribed.

Mason Whitfield is here, he is 2 (born 03/08/2038), he was in the kitchen on his own in a soaking nappy eating dry cereal off the floor. I have rang 999 and they said ambulance could be a long wait. I am supposed to be at my next client at 8.15 and I cant take Mason with me, my agency says I am not allowed. Mum lives in Preston and her number is not working.

EHM ref on the letter is EHM-59102 if that helps.

Sent from my Android phone"""
    data = build("knowsley_04", ("Dawn Tyrer", "dawn.tyrer82@gmail.com"), [("", MAILBOX[au]["mash_step_up"])],
                 "Gary Whitfield cant wake him", d, body, mailer="android")
    add("knowsley_04.eml", data, au, "mash_step_up", d, "urgent", "other", case_ids=["EHM-59102"],
        children=[ch("Mason Whitfield", "2038-08-03")], concerns=["substance_misuse"], delay=3,
        why="Safety rule 1 at night (Friday 19:58): a father on high-dose fentanyl unrousable, a 2-year-old with no able adult once the PA leaves at 8.15; not a step request, so kind other, but alert_duty (out of hours).")

    # 05 near miss: level 3 step-down, historic opioid episode resolved
    d = when("2040-10-08 11:05")
    mt = when("2040-10-16 10:00")
    body = """Dear Family First duty,

Level 3 step-down: Kobi Adeyemi (DOB 21/05/2039), ICS-1391544. Joint home visit with a Family First case manager on Tuesday 16 October 2040 at 10.00am at the family home, 3 Sefton Close, Prescot L34.

Background, because the referral history reads worse than where we are now: in March Mum (Folake) was found by her sister asleep and could not be woken, with Kobi in his cot; she had taken extra of her prescribed morphine for her back pain. Paramedics gave naloxone and she was admitted overnight. That was seven months ago. Since then she has been through the pain clinic, her morphine has been replaced with a lower-dose patch that her pharmacist dispenses weekly, and there have been no further incidents. Her partner is now living at home. No current child protection concerns.

What are we worried about?
That the misuse of prescribed opioids could return if her pain flares (substance misuse was the reason for the CIN plan).

What is working well?
Mum engages with the pain clinic and the GP, her partner and sister share Kobi's care, Kobi is thriving at nursery and his health visitor has no concerns.

What needs to happen?
Family First to keep a light-touch plan for six months; pain clinic review in January; Mum to keep the weekly dispensing.

Folake has consented to the step-down to Family First at Level 3 and knows about the joint visit.

Regards,
Ewa Kaczmarek
Social Worker, Knowsley CIN Team 1"""
    data = build("knowsley_05", ("Ewa Kaczmarek", "ewa.kaczmarek@knowsley.gov.uk"),
                 [("Family First 0-18 Duty", MAILBOX[au]["early_help_duty"])],
                 "Level 3 step down - Kobi Adeyemi ICS-1391544 - JHV 16/10", d, body, html=True)
    add("knowsley_05.eml", data, au, "early_help_duty", d, "near_miss", "step_down", level=3,
        case_ids=["ICS-1391544"], children=[ch("Kobi Adeyemi", "2039-05-21")], concerns=["substance_misuse"],
        consent=True, missing=[], notice=True, meeting=mt,
        why="Near miss: the unrousable-parent episode is seven months old and resolved ('no further incidents', 'no current child protection concerns'); complete level 3 step-down, Mon 8 Oct -> Tue 16 Oct is 6 WD.")

    # 06 near miss: disability-rights bulletin listing examples
    d = when("2040-11-14 10:02")
    body = """MERSEYSIDE DEAF AND DISABLED PARENTS NETWORK - November bulletin

In this issue: "Disability is not a safeguarding concern" - our new leaflet for children's services

Every month parents tell us about referrals that start from an assumption. Some examples from this year (details changed):
* a deaf father was referred because "he won't hear the baby cry at night" - he uses a vibrating baby monitor and a flashing doorbell;
* a blind mother was asked whether she "could keep her toddler safe near the road" - she uses a harness and a guide dog and nobody asked about the sighted parents on the same street;
* a mum with MS was told a social worker would visit "in case she falls while holding the baby" - the OT had already fitted a changing unit at wheelchair height.

None of these families needed social care. What they needed was the right adaptation and a carers' assessment. Our leaflet sets out what the Children Act 1989 and the Care Act 2014 say about assessing disabled parents, and how to ask for a reasonable adjustment.

Training for practitioners: Wednesday 5 December 2040, 1.30-3.30pm, Kirkby Suite. Book through the network website.

You are receiving this because you signed up at the Knowsley Family Hubs conference. Unsubscribe: reply STOP."""
    data = build("knowsley_06", ("Merseyside Deaf and Disabled Parents Network", "news@mddpn.org.uk"),
                 [("", MAILBOX[au]["mash_step_up"])], "November bulletin: disability is not a safeguarding concern", d,
                 body, html=True, mailer="none",
                 extra=[("List-Id", "MDDPN bulletin <bulletin.mddpn.org.uk>"),
                        ("List-Unsubscribe", "<mailto:news@mddpn.org.uk?subject=STOP>"), ("Precedence", "bulk")])
    add("knowsley_06.eml", data, au, "mash_step_up", d, "near_miss", "other",
        why="Near miss: a disability-rights bulletin whose examples (a deaf father, a blind mother, a mum with MS) are stories about other families, all resolved; a newsletter is kind other, human_review.")

    # 07 ordinary: iTIP REPLY accepted with a COMMENT
    d = when("2040-09-18 09:10")
    s = when("2040-09-26 13:30")
    data = itip_reply("knowsley_07", ("Bernadette Quayle", "b.quayle@stmarysprimary.knowsley.sch.uk"),
                      ("Knowsley MASH", MAILBOX[au]["mash_step_up"]), "ACCEPTED",
                      "Step-up TAF meeting [SB-knowsley-52]", d, s, s + D.timedelta(hours=1), "Microsoft Teams Meeting",
                      "I will attend for school. Mum is Deaf and uses BSL - has the interpreter been booked? If not, please could it be Access BSL as she knows them.")
    add("knowsley_07.eml", data, au, "mash_step_up", d, "ordinary", "meeting_reply", ref="SB-knowsley-52",
        why="Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with a COMMENT asking for a BSL interpreter: meeting_reply, record_reply.")

    # 08 ordinary: step-up after a stroke, manager agreement pending, TAF minutes to follow, no date
    d = when("2040-11-08 13:15")
    body = """Hello MASH

Step-up request for Kacper Zieliński, DOB 22/07/2031, EHM-62015. Form attached.

Mum (Agnieszka) had a stroke in June and has aphasia and right-sided weakness. Kacper (9) is doing her personal care in the mornings and translating at appointments, his attendance has fallen to 81% and he is falling asleep in class. Young carer and school attendance are the concerns. Mum has signed consent for the step-up (on the form).

My manager is on leave until Monday so I have not had her agreement yet - I will forward it when I have it. TAF minutes to follow, and I'll send the invite for the step-up TAF once I have a date from school.

Thanks
Ryan Mercer
Family First, Knowsley"""
    atts = [docx("Appendix 1 step up form Zielinski.docx",
                 ["# Step-up request form (Appendix 1)", "Child: Kacper Zieliński  DOB 22/07/2031", "EHM-62015",
                  "Parent consent: signed by Agnieszka Zielińska 06/11/2040",
                  "Team manager agreement: awaited (manager on leave)"])]
    data = build("knowsley_08", ("Ryan Mercer", "ryan.mercer@knowsley.gov.uk"), [("", MAILBOX[au]["mash_step_up"])],
                 "step up Kacper Zielinski EHM-62015", d, body, atts=atts)
    add("knowsley_08.eml", data, au, "mash_step_up", d, "ordinary", "step_up", case_ids=["EHM-62015"],
        children=[ch("Kacper Zieliński", "2031-07-22")], concerns=["school_attendance", "young_carer"],
        consent=True, missing=["manager_agreed", "meeting_details", "taf_minutes"], notice=None,
        why="Step-up with the form only: manager agreement still to come (null, so missing), TAF minutes to follow, no meeting date (notice null, meeting_details missing).")


# ================================================================ RICHMOND & WANDSWORTH
def richmond():
    au = "richmond_wandsworth"
    # 01 ordinary: complete step-up
    d = when("2040-09-11 10:20")
    body = """Dear MASH colleagues,

I am requesting a step-up to Children's Services for Noor Haddad (DOB 2037-01-09), Mosaic ID 2417730, following reflective discussion with the Early Help worker, Tamsin Oyelaran, on 7 September. I am the Early Help Team Manager and I have agreed this step-up.

Rationale for step up
Mum (Rania) is registered blind. Her partner has increasingly controlled her: he has moved furniture so she cannot find her way around, hidden her cane and her phone, and told the nursery she "can't be trusted" to collect Noor. Rania disclosed last week that he pushed her in the hallway in August. Early Help cannot manage the domestic abuse within a level 3 plan and Rania wants a social worker. She has agreed to this referral. She and Noor are staying with her sister in Putney this week while the IDVA works on a safety plan.

The latest case summary is attached.

Kind regards
Harriet Mbeki
Early Help Team Manager (Wandsworth North)"""
    atts = [docx("Case summary - Noor Haddad - Sept 2040.docx",
                 ["# Early Help case summary", "Child: Noor Haddad, DOB 09/01/2037, Mosaic 2417730",
                  "Parent: Rania Haddad (registered blind, uses a long cane and screen reader)",
                  "Concerns: domestic abuse, coercive control by partner.",
                  "Support to date: Early Help worker since April; IDVA since 2 September; sensory team."])]
    data = build("richmond_wandsworth_01", ("Harriet Mbeki", "harriet.mbeki@richmondandwandsworth.gov.uk"),
                 [("MASH Step Up", MAILBOX[au]["mash_step_up"])], "Step up - Noor Haddad (Mosaic 2417730)", d, body,
                 html=True, atts=atts)
    add("richmond_wandsworth_01.eml", data, au, "mash_step_up", d, "ordinary", "step_up", case_ids=["2417730"],
        children=[ch("Noor Haddad", "2037-01-09")], concerns=["domestic_abuse"], consent=True, manager=True,
        missing=[],
        why="Complete Richmond & Wandsworth step-up from the Early Help Team Manager: rationale pasted under its heading, case summary attached; mum and child safe at her sister's, so not urgent.")

    # 02 urgent: blind mother locked out, baby kept inside (Saturday night, voice dictated)
    d = when("2040-09-22 21:14")
    body = """this is Gabriela Nunes i am blind i am using voice on my phone sorry for mistakes

my partner Diego has pushed me out of the front door and locked it he has Lucas inside Lucas Nunes is my baby he is 16 weeks born 2nd June 2040. i can hear Lucas crying since 20 minutes and Diego is shouting he says i am not getting him back and that a blind woman cant have a baby anyway. i have no coat and no cane and no keys im sitting on the step at 41 Lavender Sweep flat B. i dont know this street without my cane

Lucas has not had his feed since 6. my early help worker is Jess from the children's centre this email was on her letter

sent with voice control"""
    data = build("richmond_wandsworth_02", ("Gabriela Nunes", "gabinunes.sw11@outlook.com"),
                 [("", MAILBOX[au]["mash_step_up"])], "help please my baby", d, body, mailer="iphone")
    add("richmond_wandsworth_02.eml", data, au, "mash_step_up", d, "urgent", "other",
        children=[ch("Lucas Nunes", "2040-06-02")], concerns=["domestic_abuse"], delay=2,
        why="Safety rule 1 on a Saturday night: a blind mother locked out by a drinking partner who keeps the 16-week-old inside and says she won't get him back; dictated, no alarm words; kind other, alert_duty (out of hours).")

    # 03 near miss: step-down, a worry shown to be prejudice
    d = when("2040-10-03 15:40")
    body = """Hello Early Help duty,

Step-down request for Ezra Campbell-Ncube, DOB 28-02-2039, Mosaic ID 2390015.

The referral in July came from the maternity ward, which was worried that Dad (Themba), who is a full-time wheelchair user after a spinal injury, "would not be able to respond quickly if the baby were in danger" when Mum returned to work. The Child and Family Assessment looked at this carefully. We found no evidence of neglect or of any harm: Themba's care of Ezra is attentive and safe, the flat has a cot with a drop side and a wheelchair-height changing unit from the OT, and he has a PA for the heavy tasks. The worry was about his disability, not about anything he had done, and my manager and I have apologised to the family for how the referral was handled.

What the family would like from Early Help is practical: a nursery place with accessible drop-off, help with the Access to Work claim, and a parents' group that is step-free.

Attached: case summary and the draft Early Help plan. Both parents have consented to the step-down. Agreed with my team manager, Priya Shah.

Best wishes
Olusegun Adebanjo
Social Worker, Richmond Assessment Team"""
    atts = [pdf("Case summary Campbell-Ncube.pdf", "Case summary - Ezra Campbell-Ncube - Mosaic 2390015",
                ["Outcome of C&F assessment: no further social care involvement; step down to Early Help.",
                 "Parents: Themba Campbell-Ncube (wheelchair user), Leah Campbell.",
                 "No concerns about the care of Ezra were substantiated."]),
            docx("Draft Early Help plan - Ezra C-N.docx",
                 ["# Draft Early Help plan", "1. Accessible nursery place - Early Help worker - by November.",
                  "2. Access to Work and PIP review - Welfare rights - by December.",
                  "3. Step-free parents' group - Family Hub - from October."])]
    data = build("richmond_wandsworth_03", ("Olusegun Adebanjo", "olusegun.adebanjo@richmondandwandsworth.gov.uk"),
                 [("Early Help Duty", MAILBOX[au]["early_help_duty"])],
                 "Step down - Ezra Campbell-Ncube - Mosaic 2390015", d, body, atts=atts)
    add("richmond_wandsworth_03.eml", data, au, "early_help_duty", d, "near_miss", "step_down",
        case_ids=["2390015"], children=[ch("Ezra Campbell-Ncube", "2039-02-28")], concerns=[], consent=True,
        manager=True, missing=[],
        why="Near miss: a worry about a wheelchair-using father was explored and shown to rest on his disability ('no evidence of neglect or of any harm'); complete step-down (case summary, draft plan, consent).")

    # 04 ordinary: HTML-only step-down, case summary to follow, consent pending
    d = when("2040-11-12 11:30")
    h = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi team,</p>
<p>Please can I request a step-down to Early Help for the Ali children:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Hafsa Ali</td><td>5 Jan 2033</td><td>2401193</td></tr>
<tr><td>Bilal Ali</td><td>17 Aug 2036</td><td>2401193</td></tr>
</table>
<p>Mum (Samina) has end-stage kidney disease and dialyses three mornings a week at St Helier. Hafsa (7) has been getting Bilal ready and missing the start of school on dialysis days - young carer and attendance are the issues. Dad now does the mornings and a school breakfast club place is agreed.</p>
<p>The draft plan is attached. The case summary will follow once my manager has signed it off. Mum wants to think about the step-down and will let me know after her dialysis on Thursday.</p>
<p>Thanks,<br>Chiara Lombardi<br>Social Worker, Wandsworth CIN Team</p>
</body></html>"""
    atts = [docx("Draft plan Ali children.docx", ["# Draft Early Help plan - Hafsa and Bilal Ali",
                                                  "Breakfast club; young carers assessment; transport to dialysis."])]
    data = build("richmond_wandsworth_04", ("Chiara Lombardi", "chiara.lombardi@richmondandwandsworth.gov.uk"),
                 [("Early Help Duty", MAILBOX[au]["early_help_duty"])], "Step down request - Ali children", d,
                 html=h, html_only=True, atts=atts)
    add("richmond_wandsworth_04.eml", data, au, "early_help_duty", d, "ordinary", "step_down", case_ids=["2401193"],
        children=[ch("Hafsa Ali", "2033-01-05"), ch("Bilal Ali", "2036-08-17")],
        concerns=["school_attendance", "young_carer"], consent=None, missing=["case_summary", "consent"],
        why="HTML-only step-down (children in a table, one Mosaic number written twice): case summary to follow and consent still to be asked ('will let me know'), so both missing.")

    # 05 urgent: follow-up from a health visitor, carer did not come, toddler unfed since yesterday
    d = when("2040-09-25 11:22")
    body = """[SB-richmond_wandsworth-27] - further information for the step-up sent by Harriet Mbeki last week (Isla Brennan-Kowalczyk, Mosaic 2409981, neglect)

I did an unannounced visit at 10.45 this morning. Dad (Tomasz, motor neurone disease, no use of his arms now) is in bed and cannot get up. The agency carer has not come since Sunday evening - the agency says the carer left and nobody was rostered. Mum has been an inpatient at Kingston since Friday.

Isla (DOB 11/11/2038, 22 months) was in her cot when I arrived. Dad says she last ate at lunchtime yesterday; he has been talking to her through the bars. Her nappy is soaked through and has dried, she has a sore red rash, the cot sheet is wet. There is no food in the flat she could reach and nothing in the fridge except milk that has gone off. Dad cannot lift her and is crying.

I have given her water and a banana from my bag. I have clinic at Barnes at 12.30 and there is nobody else. Dad's sister lives in Leeds.

Please can someone from MASH call me on 07700 900 418.

Kate Ferreira
Health Visitor, Richmond 0-19 Service (HCRG Care Group)"""
    data = build("richmond_wandsworth_05", ("Ferreira Kate (HCRG)", "kate.ferreira@nhs.net"),
                 [("MASH Step Up", MAILBOX[au]["mash_step_up"])],
                 "RE: [SB-richmond_wandsworth-27] Isla Brennan-Kowalczyk - home visit today", d, body,
                 in_reply_to="<sb-raw-27@stepbot.richmondandwandsworth.gov.uk>")
    add("richmond_wandsworth_05.eml", data, au, "mash_step_up", d, "urgent", "follow_up", case_ids=["2409981"],
        children=[ch("Isla Brennan-Kowalczyk", "2038-11-11")], concerns=["neglect"],
        ref="SB-richmond_wandsworth-27",
        why="Safety rule 1 on a follow-up: the father with MND cannot care for or feed his 22-month-old, the carer has not come since Sunday and the health visitor must leave; urgent overrides attach_to_request.")

    # 06 near miss: forwarded carers' assessment, no current concerns
    d = when("2040-10-17 14:05")
    body = """FYI - as discussed on the phone with your duty worker, the carers' assessment for the Osei children is attached. We don't need anything from Early Help at present; sending so it is on the file.

Kind regards
Rowena Platt
Carers' Assessment Officer, Adult Social Care (Richmond)

---------- Forwarded message ---------
From: Rowena Platt <rowena.platt@richmondandwandsworth.gov.uk>
Date: Tue, 16 Oct 2040 at 16:31
Subject: Carers' assessment outcome - Osei
To: Abena Osei <abena.osei@gmail.com>

Dear Ms Osei,

Thank you for meeting me. The young carers' assessment for Maya Osei (12) and Kwame Osei (9) is attached. As we discussed, the children help with shopping and with your medication reminders on bad MS days; they are not doing personal care and they told me they have time for friends and football. There are no safeguarding concerns. We talked through "what if" you fell when you were on your own with them - your pendant alarm and the key safe mean help would reach you, and the children know to press it.

Best wishes,
Rowena"""
    atts = [pdf("Young carers assessment Osei Oct 2040.pdf", "Young carers' assessment - Maya and Kwame Osei",
                ["Parent: Abena Osei (relapsing-remitting MS).", "Caring tasks: shopping, medication reminders.",
                 "Impact on education: none identified. Wellbeing: good.",
                 "Outcome: Young Carers group offered; no referral to children's social care needed."])]
    data = build("richmond_wandsworth_06", ("Rowena Platt", "rowena.platt@richmondandwandsworth.gov.uk"),
                 [("Early Help Duty", MAILBOX[au]["early_help_duty"])], "Fwd: Carers' assessment outcome - Osei", d,
                 body, mailer="gmail", atts=atts)
    add("richmond_wandsworth_06.eml", data, au, "early_help_duty", d, "near_miss", "other",
        children=[ch("Maya Osei", None), ch("Kwame Osei", None)], concerns=["young_carer"],
        why="Near miss: a forwarded young carers' assessment for information ('no safeguarding concerns'; the fall is a 'what if' with a pendant alarm in place); no request, so kind other, human_review.")

    # 07 ordinary: out-of-office
    d = when("2040-12-14 16:05")
    body = """Thank you for your email. I am on annual leave from Friday 14 December and return on Wednesday 2 January 2041.

For Early Help duty please email EarlyHelpDuty@richmondandwandsworth.gov.uk. If you have a safeguarding concern about a child, please contact the MASH on 020 7946 0120, or 999 if a child is in danger now.

Tamsin Oyelaran
Early Help Worker"""
    data = ooo("richmond_wandsworth_07", ("Tamsin Oyelaran", "tamsin.oyelaran@richmondandwandsworth.gov.uk"),
               ("Early Help Duty", MAILBOX[au]["early_help_duty"]), "[SB-richmond_wandsworth-88] Step-down discussion", d,
               body)
    add("richmond_wandsworth_07.eml", data, au, "early_help_duty", d, "ordinary", "auto_reply", delay=1,
        why="Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate mentions a safeguarding concern and 999: auto_reply, ignore.")

    # 08 ordinary: follow-up adding the rationale
    d = when("2040-11-22 09:12")
    body = """Morning,

Attached is the rationale you asked for. Jayden-Lee's step-up is now complete from my side - case summary went with the original email.

Harriet

Harriet Mbeki
Early Help Team Manager (Wandsworth North)

________________________________
From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 21 November 2040 15:02
To: Harriet Mbeki
Subject: [SB-richmond_wandsworth-33] Step up - Jayden-Lee Fofana (Mosaic 2415508)

Thank you. We have your step-up request. Still needed: the rationale for the plan to step up."""
    atts = [docx("Rationale for step up - Fofana.docx",
                 ["# Rationale for step up", "Jayden-Lee Fofana, Mosaic 2415508",
                  "Dad has severe Crohn's disease with repeated admissions; Jayden-Lee (13) has been out of school for six weeks and the family has not engaged with the attendance plan."])]
    data = build("richmond_wandsworth_08", ("Harriet Mbeki", "harriet.mbeki@richmondandwandsworth.gov.uk"),
                 [("MASH Step Up", MAILBOX[au]["mash_step_up"])],
                 "RE: [SB-richmond_wandsworth-33] Step up - Jayden-Lee Fofana (Mosaic 2415508)", d, body, atts=atts,
                 in_reply_to="<sb-raw-33@stepbot.richmondandwandsworth.gov.uk>")
    add("richmond_wandsworth_08.eml", data, au, "mash_step_up", d, "ordinary", "follow_up", case_ids=["2415508"],
        children=[ch("Jayden-Lee Fofana", None)], concerns=["non_engagement", "school_attendance"],
        ref="SB-richmond_wandsworth-33",
        why="Reply to [SB-richmond_wandsworth-33] adding the missing rationale as .docx: follow_up, attach_to_request.")


# ================================================================ TOWER HAMLETS
def tower_hamlets():
    au = "tower_hamlets"
    # 01 urgent: deaf father's Relay UK call transcript forwarded by a school DSL
    d = when("2040-10-16 15:12")
    transcript = """Relay UK - text relay call record
Call from: text user (Mr Rahim Chowdhury) to Marner Primary School office
Call start 14:58

RELAY ASSISTANT: Connecting you now, the school is answering. GA
SCHOOL OFFICE: Marner Primary, Shelly speaking. GA
MR CHOWDHURY: HELLO THIS IS ZAYAN CHOWDHURY DAD YEAR 2. I AM DEAF USING RELAY. SHIREEN IS OUTSIDE MY FLAT NOW BANGING THE DOOR SHE SMASHED MY WINDOW WITH A BRICK. SHE HAS COURT ORDER NOT TO COME. SHE SAID SHE IS GOING TO THE SCHOOL TO TAKE ZAYAN AT HOME TIME AND I WILL NEVER SEE HIM. SHE TOOK HIM BEFORE TO BIRMINGHAM FOR 5 DAYS. I CANNOT CALL POLICE ON VOICE PLEASE TELL THEM. PLEASE DONT LET HER TAKE HIM. GA
SCHOOL OFFICE: OK Mr Chowdhury, I am getting Mrs Hussain now. GA
MR CHOWDHURY: SHE HAS A BLACK CAR. SHE SAYS SHE WILL BE THERE 3.15. GA
Call end 15:04"""
    body = """MAST - please see below and attached. Home time is 3.15 today and Zayan (Year 2, DOB 12/03/2034) is in class. Mum, Shireen Begum, has a non-molestation order and no contact. Dad is Deaf and cannot phone 999 by voice - we have called the police for him but have no time given. Mum has taken Zayan before (Birmingham, 5 days, 2039).

We are keeping Zayan in the office with me. Please can MAST ring me on 020 7946 0733.

Nasreen Hussain
Designated Safeguarding Lead, Marner Primary School

-----Original Message-----
From: Office <office@marner.towerhamlets.sch.uk>
Sent: 16 October 2040 15:05
To: Nasreen Hussain
Subject: Relay call - Zayan Chowdhury dad

Transcript attached from the relay call Rahim made just now. Shelly"""
    data = build("tower_hamlets_01", ("Nasreen Hussain", "n.hussain@marner.towerhamlets.sch.uk"),
                 [("MAST", MAILBOX[au]["mash_step_up"])], "FW: Relay call - Zayan Chowdhury dad", d, body,
                 atts=[txt("Relay UK transcript 16-10-2040.txt", transcript)])
    add("tower_hamlets_01.eml", data, au, "mash_step_up", d, "urgent", "other",
        children=[ch("Zayan Chowdhury", "2034-03-12")], concerns=["domestic_abuse"], delay=3,
        why="Safety rule 1 in a forwarded Relay UK transcript: a drunk mother in breach of a non-molestation order, who has abducted the child before, says she will take him at 3.15 today; kind other, alert_duty.")

    # 02 urgent: complete step-up with fresh injury after dad's stroke
    d = when("2040-11-21 10:40")
    body = """Dear MAST,

Please find attached the Multi-Agency Request for Support for the Begum children, Mosaic 1533870. My manager, Shamima Chowdhury, has agreed this step-up.

Sumaiya Begum - DOB 04/05/2029
Ibrahim Begum - DOB 19/12/2032

Dad (Abdul) had a large stroke in February. Since then he has had marked personality change - the neuro team call it disinhibition and anger - and the Early Help plan has been about carers' support and respite.

Something has changed. I saw Sumaiya at school at 9.15 this morning: she has red finger marks on both sides of her neck. She told me Dad grabbed her round the throat last night when she turned the TV off and she "couldn't breathe for a bit". She says he said next time he would not stop. She is frightened to go home. Mum works at the hospital until 9pm, so from 3.30 Dad is alone with both children.

Mum knows I am contacting you.

Thank you
Lucy Ashworth
Family Support Practitioner, Tower Hamlets Early Help (Bow Locality)"""
    atts = [docx("MARF Begum Nov 2040.docx", ["# Multi-Agency Request for Support Form",
                                              "Children: Sumaiya Begum (04/05/2029), Ibrahim Begum (19/12/2032)",
                                              "Mosaic 1533870", "Manager agreement: Shamima Chowdhury, 21/11/2040",
                                              "Reason: physical harm to Sumaiya by father (post-stroke behaviour change)."])]
    data = build("tower_hamlets_02", ("Lucy Ashworth", "lucy.ashworth@towerhamlets.gov.uk"),
                 [("MAST", MAILBOX[au]["mash_step_up"])], "Step up - Begum - Mosaic 1533870", d, body, html=True,
                 atts=atts)
    add("tower_hamlets_02.eml", data, au, "mash_step_up", d, "urgent", "step_up", case_ids=["1533870"],
        children=[ch("Sumaiya Begum", "2029-05-04"), ch("Ibrahim Begum", "2032-12-19")], concerns=["physical_harm"],
        manager=True, missing=[],
        why="Safety rule 1 inside a complete MAST step-up (MARF, manager agreed): fresh finger marks on a child's neck from a strangling grip, a threat of worse, and she goes home to him alone at 3.30; 'knows I am contacting you' is not consent.")

    # 03 urgent: district nurse, mum on dialysis deteriorating, baby and toddler with nobody
    d = when("2040-11-26 12:05")
    body = """Hello

I am the district nurse for Mrs Nasrin Akter, 22 Ocean Estate, Stepney E1. The renal unit at the Royal London asked me to check on her because she did not come for dialysis on Friday or this morning.

On arrival 11.20: she is drowsy, confused, breathless and has swollen legs. She has refused to go in because there is nobody for the children. I have called 999 for her and the crew is on the way - they will take her but they cannot take the children.

The children are Rayyan Akter (DOB 04.10.2040, 7 weeks) and Samiha Akter (DOB 2037-06-15, 3 years). Samiha told me she had crisps for dinner and breakfast. The baby's bottles have been made with cold tap water and there are only two nappies left. The flat is cold. Husband is in Sylhet until the 30th. I have rung the neighbours and the sister-in-law, nobody answers.

I can stay until the ambulance leaves but I have other patients. Please tell me who is coming for the children.

Mercy Adjei
District Nursing Sister, Stepney Team, Barts Health
Tel 020 7946 0561"""
    data = build("tower_hamlets_03", ("Adjei Mercy (Barts Health)", "mercy.adjei@nhs.net"),
                 [("MAST", MAILBOX[au]["mash_step_up"])], "Mrs Akter - children need someone now", d, body)
    add("tower_hamlets_03.eml", data, au, "mash_step_up", d, "urgent", "other",
        children=[ch("Rayyan Akter", "2040-10-04"), ch("Samiha Akter", "2037-06-15")], concerns=["neglect"],
        why="Safety rule 1: a mother on dialysis being taken to hospital now, a 7-week-old and a 3-year-old poorly fed and about to have no carer at all; kind other, alert_duty.")

    # 04 near miss: step-down, neighbour's worry about a blind mother unfounded
    d = when("2040-09-12 14:30")
    body = """Dear Early Help Hub,

Step-down to a Team Around the Family for Elif Yılmaz (DOB 2039-08-08), Mosaic 1519246. The Child and Family Assessment concluded on 7 September 2040.

Mum, Derya, has been blind since childhood. The referral came in July from a neighbour who believed the baby was being left alone in the flat. The assessment found this was not the case: Elif was with her father in the next room each time, and Derya's care of her is good - she uses a baby monitor with an app, tactile bottle markings and a harness outdoors. The neighbour's worry was not substantiated.

The family would like support with a local parent-and-baby group, the Family Hub's RNIB link worker and help to claim the Blind Person's Allowance.

Lead practitioner: Rukhsana Ahmed, Health Visitor, Barts Health 0-19 Service (Bethnal Green).
Attached: the Child and Family Assessment and the draft TAF plan.
Consent: both parents have consented to the step-down to Early Help.

I will arrange and chair the TAF meeting and let you have the date.

Regards
Thomas Okwuosa
Social Worker, Tower Hamlets Assessment and Intervention"""
    atts = [pdf("Child and Family Assessment - Elif Yilmaz.pdf", "Child and Family Assessment - Elif Yilmaz",
                ["Mosaic 1519246. Concluded 07/09/2040.",
                 "Analysis: the allegation that the baby was left alone is not substantiated.",
                 "Recommendation: step down to Early Help with a TAF plan."]),
            docx("Draft TAF plan Yilmaz.docx", ["# Draft TAF plan", "Parent-and-baby group; RNIB link worker; benefits check."])]
    data = build("tower_hamlets_04", ("Thomas Okwuosa", "thomas.okwuosa@towerhamlets.gov.uk"),
                 [("Early Help Hub", MAILBOX[au]["early_help_duty"])], "Step down - Elif Yılmaz - Mosaic 1519246", d,
                 body, atts=atts)
    add("tower_hamlets_04.eml", data, au, "early_help_duty", d, "near_miss", "step_down", case_ids=["1519246"],
        children=[ch("Elif Yılmaz", "2039-08-08")], concerns=[], consent=True, missing=[],
        why="Near miss: a neighbour's report that a blind mother left her baby alone was assessed and not substantiated; complete Tower Hamlets step-down (assessment, TAF plan, consent, named lead practitioner with agency).")

    # 05 near miss: OT report, risks assessed and mitigated
    d = when("2040-10-04 09:20")
    body = """Good morning,

As requested by Kerry in the Early Help team, here is my occupational therapy report for Mr Dariusz Nowicki, for the file. I am not making a referral - there are no concerns about the care of his daughter, Mia Nowicka (DOB 19/03/2040).

In brief: Mr Nowicki has secondary progressive MS and uses a wheelchair indoors. The report lists the risks I assessed (falls when transferring while holding Mia, bathing when he is fatigued, the stairs to the front door) and what is now in place for each: a wheelchair-height cot and changing unit, a baby sling for transfers, a bath seat with Mum doing bath time, and a through-floor lift fitted last week. If his condition changes, the report sets out when to ask for a re-assessment.

Kind regards
Ifeoma Nwachukwu
Occupational Therapist, Tower Hamlets Adult Social Care (Community OT)"""
    atts = [pdf("OT report - D Nowicki - Oct 2040.pdf", "Occupational Therapy report - Dariusz Nowicki",
                ["Risk assessed: falls during transfers when holding the baby. Mitigation: sling; transfers seated.",
                 "Risk assessed: bathing the baby when fatigued. Mitigation: bath seat; mother bathes Mia.",
                 "Equipment: through-floor lift (fitted 27/09/2040), wheelchair-height cot and changing unit.",
                 "Conclusion: with the equipment in place Mr Nowicki can safely care for Mia."])]
    data = build("tower_hamlets_05", ("Nwachukwu Ifeoma", "ifeoma.nwachukwu@towerhamlets.gov.uk"),
                 [("MAST", MAILBOX[au]["mash_step_up"])], "OT report for your file - Nowicki", d, body, atts=atts)
    add("tower_hamlets_05.eml", data, au, "mash_step_up", d, "near_miss", "other",
        children=[ch("Mia Nowicka", "2040-03-19")],
        why="Near miss: an occupational therapy report listing assessed and mitigated risks ('no concerns about the care of his daughter'); not a referral, so kind other, human_review.")

    # 06 ordinary: step-up, MARF to follow, manager agreed
    d = when("2040-10-29 10:05")
    body = """Hi MAST

Looking to step up Reggie O'Donnell, DOB 30 September 2030. Mum has fibromyalgia and chronic pain and has stopped engaging with Early Help - 4 missed home visits since August and she won't answer the door. Reggie's attendance is 68%.

My manager Femi Adewale agreed the step-up in supervision on Friday. I'll send the MARF this afternoon.

Cheers
Sophie Kinsella-Ward
Early Help Practitioner, Tower Hamlets

Sent from Outlook for Android"""
    data = build("tower_hamlets_06", ("Sophie Kinsella-Ward", "sophie.kinsella-ward@towerhamlets.gov.uk"),
                 [("MAST", MAILBOX[au]["mash_step_up"])], "step up Reggie O'Donnell", d, body, mailer="android")
    add("tower_hamlets_06.eml", data, au, "mash_step_up", d, "ordinary", "step_up",
        children=[ch("Reggie O'Donnell", "2030-09-30")], concerns=["non_engagement", "school_attendance"],
        manager=True, missing=["request_for_support"],
        why="MAST step-up with manager agreement but the Multi-Agency Request for Support form still to come: request_for_support missing.")

    # 07 ordinary: Google Calendar decline
    d = when("2040-12-07 13:40")
    s = when("2040-12-11 14:00")
    data = itip_reply("tower_hamlets_07", ("Oliver Grant", "oliver.grant.gp@gmail.com"),
                      ("MAST", MAILBOX[au]["mash_step_up"]), "DECLINED",
                      "MAST discussion [SB-tower_hamlets-61] @ Tue 11 Dec 2040 14:00 - 15:00 (GMT)", d, s,
                      s + D.timedelta(hours=1), "Microsoft Teams", "Sorry - surgery that afternoon. I will send a GP report instead.",
                      mailer="gmail")
    add("tower_hamlets_07.eml", data, au, "mash_step_up", d, "ordinary", "meeting_reply", ref="SB-tower_hamlets-61",
        why="Google Calendar iTIP REPLY, PARTSTAT=DECLINED with a comment: meeting_reply, record_reply.")

    # 08 ordinary: step-down, consent refused
    d = when("2040-12-04 11:00")
    body = """Dear Early Help Hub

Step-down request: Jannat Uddin, DOB 02/11/2035, Mosaic 1528811. Child and Family Assessment concluded 28 November 2040 (attached), draft TAF plan attached.

Dad (Shafiq) had a stroke in 2039 and uses a wheelchair; Jannat has been helping with his medication and meals. Young carer support is what is needed now.

Lead practitioner: Marta Sousa, Young Carers Worker, Carers Centre Tower Hamlets.

Dad has not agreed to the step-down. He says he wants the social worker to stay involved and does not want "another new person". I have explained the reasons and we will talk again, but at present consent is refused.

Regards,
Grace Mwangi
Social Worker"""
    atts = [pdf("CFA Jannat Uddin.pdf", "Child and Family Assessment - Jannat Uddin", ["Concluded 28/11/2040. Recommendation: step down to TAF."]),
            docx("TAF plan draft - Uddin.docx", ["# Draft TAF plan", "Young carers support; respite; school check-ins."])]
    data = build("tower_hamlets_08", ("Grace Mwangi", "grace.mwangi@towerhamlets.gov.uk"),
                 [("Early Help Hub", MAILBOX[au]["early_help_duty"])], "Step down Jannat Uddin 1528811", d, body,
                 atts=atts)
    add("tower_hamlets_08.eml", data, au, "early_help_duty", d, "ordinary", "step_down", case_ids=["1528811"],
        children=[ch("Jannat Uddin", "2035-11-02")], concerns=["young_carer"], consent=False, missing=["consent"],
        why="Step-down with assessment, plan and lead practitioner, but dad 'has not agreed'/'consent is refused': consent false, so missing.")


# ================================================================ TORBAY
def torbay():
    au = "torbay"
    # 01 ordinary: complete step-down, under-5 sibling
    d = when("2040-09-17 09:30")
    body = """Morning Early Help,

Requesting a triage slot to step down the Trebilcock children to level 3 Early Help. LCS-2418836.

Jago Trebilcock - 17/04/2036
Morwenna Trebilcock - 14/01/2038

Mum (Kerensa) has relapsing MS and the CIN plan was about Jago's young carer role and getting the care package right. Her package is now 3 calls a day and Jago goes to the young carers' group. Single Assessment attached.

Kerensa has given consent to the step-down. My team manager, Fraser Hocking, has agreed it.

Thanks
Lowenna Pascoe
Social Worker, Torbay Children's Services"""
    atts = [docx("Single Assessment Trebilcock.docx", ["# Single Assessment", "LCS-2418836",
                                                        "Recommendation: step down to Early Help level 3."])]
    data = build("torbay_01", ("Lowenna Pascoe", "lowenna.pascoe@torbay.gov.uk"), [("Early Help", MAILBOX[au]["early_help_duty"])],
                 "Step down to EH - Trebilcock - LCS-2418836", d, body, html=True, atts=atts)
    add("torbay_01.eml", data, au, "early_help_duty", d, "ordinary", "step_down", level=3, case_ids=["LCS-2418836"],
        children=[ch("Jago Trebilcock", "2036-04-17"), ch("Morwenna Trebilcock", "2038-01-14")],
        concerns=["young_carer"], consent=True, manager=True, missing=[],
        why="Complete Torbay level 3 step-down (Single Assessment, consent, TM agreed); Morwenna is 2 so the fortnightly under-5s triage applies.")

    # 02 urgent: PA, Saturday morning, wheelchair-user mum stuck, toddler at top of stairs
    d = when("2040-10-13 07:12")
    body = """Hello, I am Oksana, personal assistant of Mrs Jodie Mudge (LCS-2420194). Your email is on the letter about step down for neglect, ref [SB-torbay-58].

Jodie ring me 6.30 this morning. She cannot get out of bed, the hoist is broken since last night and her partner did not come home. Poppy Mudge (18 months, born 3/3/2039) climb out of the cot and she is now on the landing, Jodie can hear her at the top of the stairs, there is no gate, the gate is in the car of partner. Jodie is crying and shouting to Poppy to sit down. Poppy is only in vest and it is cold.

I am in Newton Abbot, I have no car today, the bus is 8.40. Jodie says please send someone, the key is in the key safe 1-9-7-4.

Oksana Hrytsenko
sent from mobile"""
    data = build("torbay_02", ("Oksana Hrytsenko", "oksana.hrytsenko@gmail.com"),
                 [("", MAILBOX[au]["early_help_duty"])], "Re: [SB-torbay-58] Jodie Mudge - Poppy", d, body,
                 mailer="android", in_reply_to="<sb-torbay-58@stepbot.torbay.gov.uk>")
    add("torbay_02.eml", data, au, "early_help_duty", d, "urgent", "follow_up", case_ids=["LCS-2420194"],
        children=[ch("Poppy Mudge", "2039-03-03")], concerns=["neglect"], ref="SB-torbay-58", delay=3,
        why="Safety rule 1 on a Saturday morning follow-up in a PA's non-native English: a wheelchair-user mother stuck in bed, her 18-month-old alone at the top of open stairs, nobody able to get there; alert_duty out of hours.")

    # 03 urgent: school contact, child quotes dad on chronic pain
    d = when("2040-11-29 10:50")
    body = """MASH,

Kai Rowe-Stevens (Y5, DOB 06/06/2031) came to me at 10.15. He said: "Dad said last night he can't do this any more and none of us will be here by the weekend." Kai says Dad showed him a shoebox of tablets he has been "saving up" from his pain prescriptions and told him not to tell Mum. Mum works away Mon-Fri.

Dad (Neil) has had chronic back pain since an accident and has been off work for two years. He is collecting Kai and his sister Ellie (Y2, DOB 2034-02-11) at 3.15 today, as he does every day.

Kai is with our learning mentor. I have not spoken to Dad. Please ring me on 01803 960 214.

Sent from my iPad

Claire Loveridge
Deputy Head / DSL, Oldway Primary"""
    data = build("torbay_03", ("Claire Loveridge", "c.loveridge@oldway.torbay.sch.uk"),
                 [("Torbay MASH", MAILBOX[au]["mash_step_up"])], "Kai and Ellie Rowe-Stevens - what Kai told me", d, body,
                 mailer="iphone")
    add("torbay_03.eml", data, au, "mash_step_up", d, "urgent", "other",
        children=[ch("Kai Rowe-Stevens", "2031-06-06"), ch("Ellie Rowe-Stevens", "2034-02-11")],
        concerns=["parental_mental_health"],
        why="Safety rule 1 in a child's quoted words: a father in chronic pain stockpiling tablets says 'none of us will be here by the weekend' and collects both children at 3.15 today; kind other, alert_duty.")

    # 04 near miss: complete step-up with a hypothetical and historic episode
    d = when("2040-10-09 14:15")
    body = """Dear MASH,

Contact to MASH / step-up for Tegan Heard (DOB 10/10/2029), EHM-741203, from Early Help.

Dad (Martin) has been on dialysis for four years and is on the transplant list. The Early Help plan has not shifted the neglect: the house is very cold, there is little food, Tegan is often unwashed and Dad has missed the last three TAF meetings and will not return calls (non-engagement).

To be clear about what this is not: there are no immediate concerns today. Dad said "if the call for my transplant comes in the night, there'd be nobody for Tegan" - a hypothetical we have planned for with her aunt. The police protection in 2038 was about Tegan's mother, who no longer has contact.

Martin has given consent to this contact. My manager, the Early Help ATM Jenna Hext, has agreed it.

Thanks
Aaron Pillay
Early Help Family Practitioner, Torbay"""
    data = build("torbay_04", ("Aaron Pillay", "aaron.pillay@torbay.gov.uk"), [("Torbay MASH", MAILBOX[au]["mash_step_up"])],
                 "Step up to MASH - Tegan Heard EHM-741203", d, body)
    add("torbay_04.eml", data, au, "mash_step_up", d, "near_miss", "step_up", case_ids=["EHM-741203"],
        children=[ch("Tegan Heard", "2029-10-10")], concerns=["neglect", "non_engagement"], consent=True, manager=True,
        missing=[],
        why="Near miss: 'no immediate concerns today', the transplant call is a hypothetical with a plan, the police protection is historic; complete Torbay step-up (consent, manager agreed).")

    # 05 near miss: partnership training bulletin with a vignette
    d = when("2040-11-07 12:00")
    body = """TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BRIEFING

Think Family: disabled parents and parents with long-term illness

Case scenario for team discussion (fictional):
"A mother with MS phones you from the floor. She fell two hours ago and cannot get up. Her 10-month-old is in the room with her." What do you do first? Who do you call? What would you record?

Points for discussion:
- a parent's disability is not in itself a reason for a referral to children's social care;
- ask about adaptations, a care package and a carers' assessment first;
- a contingency plan (pendant alarm, key safe, a named adult) is part of every plan for a parent whose condition can change suddenly.

Learning lunch: Tuesday 20 November 2040, 12.30, Paignton Library. Slides attached to the website.

To stop receiving these briefings, reply UNSUBSCRIBE."""
    data = build("torbay_05", ("TSCP Business Unit", "tscp@torbay.gov.uk"), [("Early Help", MAILBOX[au]["early_help_duty"])],
                 "Practice briefing: Think Family - disabled parents", d, body, html=True,
                 extra=[("List-Id", "TSCP briefings <briefings.tscp.torbay.gov.uk>"), ("Precedence", "bulk")])
    add("torbay_05.eml", data, au, "early_help_duty", d, "near_miss", "other",
        why="Near miss: a training briefing whose fictional scenario is a mother with MS on the floor with a baby; a bulletin that lists examples is not urgent; kind other, human_review.")

    # 06 near miss: step-down, mum managing well after a stroke, manager sign-off pending
    d = when("2040-09-21 15:55")
    body = """Hi EH team

Could we have a triage slot for Freddie Tozer-Nkemelu (DOB 1st Feb 2036), LCS-2431007.

Mum (Chidinma) had a stroke in January. When I started the assessment in June there was a worry that she could not respond if Freddie choked at mealtimes - that has not happened, she has done first aid training adapted by the stroke team, she has a PA every morning and the smart speaker calls her sister if she asks it to. She is managing well with support and there are no concerns about Freddie's care. Freddie is 4 and at nursery four days.

Single Assessment attached. Mum has consented to the step-down.

I'll get my manager to sign it off when she's back on Thursday and forward her agreement.

Thanks, Beth
Bethany Ley, Social Worker, Torbay"""
    atts = [pdf("Single Assessment - Freddie Tozer-Nkemelu.pdf", "Single Assessment - Freddie Tozer-Nkemelu",
                ["LCS-2431007", "Outcome: no concerns about the care of Freddie; step down for Early Help support."])]
    data = build("torbay_06", ("Bethany Ley", "bethany.ley@torbay.gov.uk"), [("Early Help", MAILBOX[au]["early_help_duty"])],
                 "Triage slot please - Freddie T-N", d, body, atts=atts, mailer="apple")
    add("torbay_06.eml", data, au, "early_help_duty", d, "near_miss", "step_down", case_ids=["LCS-2431007"],
        children=[ch("Freddie Tozer-Nkemelu", "2036-02-01")], concerns=[], consent=True, manager=None,
        missing=["manager_agreed"],
        why="Near miss: the choking worry from June 'has not happened' and mum is 'managing well with support'; step-down lacks manager agreement ('I'll get my manager to sign it off'), so manager_agreed missing.")

    # 07 ordinary: Outlook TENTATIVE with COMMENT
    d = when("2040-12-06 16:20")
    s = when("2040-12-11 09:30")
    data = itip_reply("torbay_07", ("Sarah-Jane Widdicombe", "sarah-jane.widdicombe@torbay.gov.uk"),
                      ("Early Help", MAILBOX[au]["early_help_duty"]), "TENTATIVE",
                      "Step-down triage [SB-torbay-64]", d, s, s + D.timedelta(minutes=30), "Torbay Town Hall, Room 3",
                      "Tentative - I may have to take Mum to her renal clinic that morning; my ATM will cover if so.")
    add("torbay_07.eml", data, au, "early_help_duty", d, "ordinary", "meeting_reply", ref="SB-torbay-64",
        why="Outlook iTIP REPLY, PARTSTAT=TENTATIVE with a COMMENT: meeting_reply, record_reply.")

    # 08 ordinary: step-up with consent declined
    d = when("2040-12-03 10:10")
    body = """Hi MASH

Step up request, EHM-744580 - Lowen Hext, DOB 9 September 2033.

Dad has early-onset Parkinson's and Mum has ME; the home has deteriorated badly, Lowen is often hungry at school and wearing the same clothes all week. We think this is neglect and it is not improving with Early Help.

My ATM has agreed the step-up. Mum and Dad have declined consent - they are worried the children will be "taken off them because we're disabled". I have explained this is about support, but at the moment they do not agree.

Regards
Demelza Rowe
Early Help Lead Practitioner"""
    data = build("torbay_08", ("Demelza Rowe", "demelza.rowe@torbay.gov.uk"), [("Torbay MASH", MAILBOX[au]["mash_step_up"])],
                 "Step up EHM-744580", d, body)
    add("torbay_08.eml", data, au, "mash_step_up", d, "ordinary", "step_up", case_ids=["EHM-744580"],
        children=[ch("Lowen Hext", "2033-09-09")], concerns=["neglect"], consent=False, manager=True,
        missing=["consent"],
        why="Torbay step-up with the ATM's agreement but parental consent declined (consent false, so missing): request_info; parents fear being judged for their disability.")


# ================================================================ HEREFORDSHIRE
def herefordshire():
    au = "herefordshire"
    # 01 ordinary: complete sibling-group step-down
    d = when("2040-10-02 10:30")
    body = """Dear Early Help Co-ordinators,

Please find the Early Help Assessment step-down plan and the signed consent form for Osian and Seren Pritchard (sibling group), stepping down to Level 3 (Intensive) Early Help. I discussed this with Gill Morgan, Early Help co-ordinator, at last Tuesday's drop-in.

Osian Pritchard - DOB 07/07/2032 - Mosaic 702115
Seren Pritchard - DOB 23/12/2035 - Mosaic 702116

Dad (Rhodri) is a full-time wheelchair user after a car accident and Mum works nights; Osian (8) has been doing much of the care for Seren. Young carer support is the focus.

Key person: Bethan Price, Family Support Worker, Ledbury Family Hub (01531 960 340).

Kind regards,
Tom Harcourt
Social Worker, Herefordshire Council"""
    atts = [docx("EHA step-down plan - Pritchard.docx", ["# Early Help Assessment step-down plan",
                                                        "What needs to happen / by whom / outcome / timescale",
                                                        "Young carers assessment for Osian - Herefordshire Young Carers - November"]),
            pdf("Consent form signed - Pritchard.pdf", "Early Help consent form",
                ["Family: Pritchard. Signed by Rhodri Pritchard and Megan Pritchard, 28/09/2040."])]
    data = build("herefordshire_01", ("Tom Harcourt", "tom.harcourt@herefordshire.gov.uk"),
                 [("Early Help Co-ordinators", MAILBOX[au]["early_help_duty"])],
                 "Step down - Pritchard sibling group", d, body, html=True, atts=atts)
    add("herefordshire_01.eml", data, au, "early_help_duty", d, "ordinary", "step_down", level=3,
        case_ids=["702115", "702116"], children=[ch("Osian Pritchard", "2032-07-07"), ch("Seren Pritchard", "2035-12-23")],
        concerns=["young_carer"], consent=True, missing=[],
        why="Complete Herefordshire sibling-group step-down (plan, signed consent form, key person with agency); Level 3 stated.")

    # 02 urgent: epilepsy nurse, baby dropped during a seizure, Friday late afternoon
    d = when("2040-11-30 16:22")
    body = """To the MASH team

I am the epilepsy specialist nurse for Ffion Parry (adult, 27), 8 Mill Lane, Kingstone HR2. She rang me at 15.50, post-ictal, confused and slurring. She has had three tonic-clonic seizures since lunchtime. She says she was holding her baby during the last one and dropped him onto the kitchen tiles.

Elis Parry, DOB 12/05/2040 (6 months). On the phone she said he has "a big lump" on the side of his head, was sick once and is now "very sleepy and floppy, he won't feed". She will not ring 999 because she believes he will be taken off her. She is alone; her partner is on nights at the factory until 6am and does not answer his phone on shift.

I am in Leominster clinic and cannot get there for over an hour. I have rung her back twice and she is not answering now.

Sian Gwilliam
Epilepsy Specialist Nurse, Wye Valley NHS Trust
01432 960 887"""
    data = build("herefordshire_02", ("GWILLIAM, Sian (WYE VALLEY NHS TRUST)", "sian.gwilliam@nhs.net"),
                 [("MASH", MAILBOX[au]["mash_step_up"])], "Ffion Parry and baby Elis", d, body)
    add("herefordshire_02.eml", data, au, "mash_step_up", d, "urgent", "other",
        children=[ch("Elis Parry", "2040-05-12")], concerns=["physical_harm"], delay=3,
        why="Safety rule 1 in clinical words: a 6-month-old dropped in his mother's seizure, head lump, vomiting, now drowsy and floppy, mother alone, refusing 999 and not answering; kind other, alert_duty.")

    # 03 urgent: follow-up, dad on opioids and diazepam about to drive to collect the twins
    d = when("2040-12-05 12:52")
    body = """Re [SB-herefordshire-19] - please hold the step-down for the Jones twins, Mosaic 698844.

School have just rung me (12.40). Dad, Gareth Jones, rang the school office slurring his words and repeating himself. He told them he had taken "a few extra" of his oxycodone and diazepam this morning because his back is bad, and that he is driving over at 1.30 to take Tomos and Alys out for the afternoon and then "away for the weekend". Mum is in hospital in Hereford after her surgery. School say they cannot stop a parent collecting.

Tomos Jones and Alys Jones, DOB 15/03/2033. The plan we sent was for substance misuse (his prescribed medication) and he had been doing well.

I am on my way to Kington but it will take me 50 minutes.

Rachel Ojo
Social Worker, Herefordshire
Sent from my iPhone"""
    data = build("herefordshire_03", ("Rachel Ojo", "rachel.ojo@herefordshire.gov.uk"),
                 [("Early Help Co-ordinators", MAILBOX[au]["early_help_duty"])],
                 "RE: [SB-herefordshire-19] Jones twins - please hold", d, body, mailer="iphone",
                 in_reply_to="<sb-her-19@stepbot.herefordshire.gov.uk>")
    add("herefordshire_03.eml", data, au, "early_help_duty", d, "urgent", "follow_up", case_ids=["698844"],
        children=[ch("Tomos Jones", "2033-03-15"), ch("Alys Jones", "2033-03-15")], concerns=["substance_misuse"],
        ref="SB-herefordshire-19",
        why="Safety rule 1 on a follow-up: a father intoxicated on extra oxycodone and diazepam is driving to take the twins at 1.30 today; alert_duty overrides attach_to_request.")

    # 04 near miss: step-down, a midwife's worry about a blind mother shown to be assumption
    d = when("2040-10-15 13:00")
    body = """Dear Co-ordinators,

Step-down plan attached for Dev Sharma-Evans, DOB 29/02/2040, Mosaic 705532, to Early Help (Level 3).

The contact came from the midwife, who was worried that Anjali, who is blind, would not be able to bathe and feed a newborn safely. The assessment explored this with Anjali and with the sensory impairment team. It was based on assumption, not evidence: Dev is gaining weight, his care is good and Anjali has her own well-worked-out methods. There are no child protection concerns and there never were any injuries.

What the family want from Early Help is help with the health visitor's written materials in accessible formats and a local baby group.

Key person: Hannah Lloyd, Health Visitor, Wye Valley NHS Trust.
Signed consent form attached.

Thanks
Marcus Ibe
Social Worker, Herefordshire Council"""
    atts = [docx("EHA step down plan Dev S-E.docx", ["# Early Help Assessment step-down plan",
                                                    "Accessible formats from 0-19; baby group; review at MAG."]),
            pdf("Consent form Sharma-Evans.pdf", "Early Help consent form", ["Signed by Anjali Sharma-Evans, 11/10/2040."])]
    data = build("herefordshire_04", ("Marcus Ibe", "marcus.ibe@herefordshire.gov.uk"),
                 [("Early Help Co-ordinators", MAILBOX[au]["early_help_duty"])],
                 "EHA step down - Dev Sharma-Evans", d, body, atts=atts)
    add("herefordshire_04.eml", data, au, "early_help_duty", d, "near_miss", "step_down", level=3,
        case_ids=["705532"], children=[ch("Dev Sharma-Evans", "2040-02-29")], concerns=[], consent=True, missing=[],
        why="Near miss: a worry that a blind mother could not safely care for a newborn was explored and found to rest on assumption ('no child protection concerns'); complete step-down (plan, consent form, key person); DOB is 29 Feb 2040.")

    # 05 near miss: follow-up, care package now in place, past missed calls resolved
    d = when("2040-11-16 11:35")
    body = """Hello

Update for [SB-herefordshire-24] (Kemi Adebayo). I'm the care co-ordinator for Mr Tunde Adebayo at Wye Care.

The new care package started on Monday: four calls a day with a named team of three carers, and the agency has a back-up rota so a call can't be missed without the office knowing. Last month's problems - when the 7am call was missed twice and Kemi went to school without breakfast - were about our old staff shortage and have not happened since we took over. Mr Adebayo is managing well and Kemi's school say she is settled.

Kind regards
Precious Mlambo
Care Co-ordinator, Wye Care Ltd

> On 12 Nov 2040, at 09:10, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
> Thank you. Your step-down plan for Kemi Adebayo is logged as [SB-herefordshire-24]."""
    data = build("herefordshire_05", ("Precious Mlambo", "p.mlambo@wyecare.co.uk"),
                 [("Early Help Co-ordinators", MAILBOX[au]["early_help_duty"])],
                 "Re: [SB-herefordshire-24] Kemi Adebayo", d, body, mailer="apple",
                 in_reply_to="<sb-her-24@stepbot.herefordshire.gov.uk>")
    add("herefordshire_05.eml", data, au, "early_help_duty", d, "near_miss", "follow_up",
        children=[ch("Kemi Adebayo", None)], concerns=[], ref="SB-herefordshire-24",
        why="Near miss: missed care calls and a missed breakfast are last month's and resolved, a parent managing well with support; follow-up to [SB-herefordshire-24], attach_to_request.")

    # 06 ordinary: step-down, verbal consent only, key person tbc
    d = when("2040-09-20 11:45")
    body = """hi all

Step down plan attached for Lily-Rose Vaughan dob 3/9/2034, Mosaic 709980. Mum has ME/CFS and has been bed-bound much of the year; Lily-Rose's attendance dropped to 72% and is now 90% with the taxi in place.

Mum agreed to the step-down on the phone yesterday - I'll get the consent form signed when I visit on Thursday. Key person tbc, school are thinking about it.

thanks
Kirsty Whittall (SW)"""
    atts = [docx("Step down plan - LR Vaughan.docx", ["# Early Help Assessment step-down plan", "School taxi; attendance; carers support."])]
    data = build("herefordshire_06", ("Kirsty Whittall", "kirsty.whittall@herefordshire.gov.uk"),
                 [("", MAILBOX[au]["early_help_duty"])], "step down plan Lily-Rose V", d, body, atts=atts)
    add("herefordshire_06.eml", data, au, "early_help_duty", d, "ordinary", "step_down", case_ids=["709980"],
        children=[ch("Lily-Rose Vaughan", "2034-09-03")], concerns=["school_attendance"], consent=True,
        missing=["consent_form", "lead_practitioner"],
        why="Herefordshire step-down: verbal consent (true) but no signed consent form yet, and the key person 'tbc'; plan attached.")

    # 07 ordinary: step-up to Herefordshire (not defined by the protocol)
    d = when("2040-11-06 10:10")
    body = """Dear MASH

I'd like to step up Harvey Bevan (DOB 30/01/2036, Mosaic 711204) from Early Help. Dad (Lee) has progressive MS and over the last two months he has been unable to manage Harvey's care; the home is neglected, Harvey has head lice and tooth decay that has not been treated, and the Early Help plan has not made a difference. My manager, Sue Parry, agrees with the step-up.

Regards
Naomi Hughes
Early Help Practitioner, Herefordshire"""
    data = build("herefordshire_07", ("Naomi Hughes", "naomi.hughes@herefordshire.gov.uk"),
                 [("Herefordshire MASH", MAILBOX[au]["mash_step_up"])], "Step up - Harvey Bevan", d, body, html=True)
    add("herefordshire_07.eml", data, au, "mash_step_up", d, "ordinary", "step_up", case_ids=["711204"],
        children=[ch("Harvey Bevan", "2036-01-30")], concerns=["neglect"], manager=True, missing=[],
        why="A step-up to Herefordshire, whose protocol defines no step-up: human_review, missing [] and notice null.")

    # 08 ordinary: chaser
    d = when("2040-12-17 09:05")
    body = """Morning,

Just chasing [SB-herefordshire-30] - I sent the step-down plan and consent form for Ruby-Mae Hill on 26 November and haven't heard who the co-ordinator will be. Mum is anxious about it (she is deaf and gets worried when letters arrive that she hasn't had explained), so I'd like to tell her before Christmas.

Thanks
Adeel Qureshi
Social Worker

-----Original Message-----
From: Adeel Qureshi
Sent: 26 November 2040 14:40
To: Early Help Co-ordinators
Subject: [SB-herefordshire-30] Step down - Ruby-Mae Hill

Plan and consent form attached."""
    data = build("herefordshire_08", ("Adeel Qureshi", "adeel.qureshi@herefordshire.gov.uk"),
                 [("Early Help Co-ordinators", MAILBOX[au]["early_help_duty"])],
                 "Chasing: [SB-herefordshire-30] Step down - Ruby-Mae Hill", d, body)
    add("herefordshire_08.eml", data, au, "early_help_duty", d, "ordinary", "follow_up",
        children=[ch("Ruby-Mae Hill", None)], ref="SB-herefordshire-30",
        why="A chaser on [SB-herefordshire-30] with its original quoted: follow_up, attach_to_request.")


# ================================================================ checks
def check():
    errs = []

    def e(f, msg):
        errs.append("%s: %s" % (f, msg))
    # calendar
    assert WIN_START.weekday() == 0 and WIN_END.weekday() == 2, "window weekdays"
    assert D.date(2040, 12, 25).weekday() == 1
    for h in BANK_HOLIDAYS:
        assert h.weekday() < 5, h
    assert not [h for h in BANK_HOLIDAYS if WIN_START <= h <= WIN_END], "no bank holiday inside the window"
    # counts
    if len(FILES) != 40:
        e("set", "expected 40 files, got %d" % len(FILES))
    for au in MAILBOX:
        n = sum(1 for f in FILES if f.startswith(au + "_"))
        if n != 8:
            e("set", "%s has %d files" % (au, n))
    cats = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        e("set", "category counts %s" % cats)
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    for L in LABELS:
        f, x, au = L["file"], L["expect"], L["authority"]
        assert list(x) == keys, f
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        msg_compat = email.message_from_bytes(FILES[f])
        if msg.defects or any(p.defects for p in msg.walk()):
            e(f, "parse defects %s" % msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                e(f, "no " + h)
        addrs = (msg.get("To", "") + "," + msg.get("Cc", "")).lower()
        if MAILBOX[au][L["mailbox"]].lower() not in addrs:
            e(f, "mailbox address not in To/Cc")
        date = email.utils.parsedate_to_datetime(msg["Date"])
        if date != L["_date"] or not (WIN_START <= date.date() <= WIN_END) or date.date() in BANK_HOLIDAYS:
            e(f, "date outside window or on a bank holiday")
        if date.utcoffset() != L["_date"].astimezone(LON).utcoffset():
            e(f, "offset")
        now = D.datetime.fromisoformat(L["now"])
        if not (D.timedelta(0) < now - date <= D.timedelta(minutes=10)):
            e(f, "now not shortly after Date")
        local = date.astimezone(LON)
        out_of_hours = local.weekday() >= 5 or not (9 <= local.hour < 17)
        if out_of_hours and f not in OUT_OF_HOURS:
            e(f, "sent out of hours but not listed as a night/weekend mail")
        text = readable(msg_compat)
        low = text.lower()
        # urgent / category consistency
        if x["urgent"] != (CATS[f] == "urgent"):
            e(f, "urgent label disagrees with category")
        if x["urgent"]:
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", low):
                    e(f, "banned word %r in an urgent mail" % w)
            if x["next_action"] != "alert_duty":
                e(f, "urgent without alert_duty")
        # fields
        if x["concerns"] != sorted(set(x["concerns"])) or set(x["concerns"]) - CONCERNS:
            e(f, "bad concerns")
        if x["level"] is not None and (x["kind"] != "step_down" or x["level"] not in (2, 3)):
            e(f, "bad level")
        for c in x["case_ids"]:
            if c not in text:
                e(f, "case id %s not in text" % c)
        for c in x["children"]:
            if c["name"] not in text:
                e(f, "child %s not in text" % c["name"])
            if c["dob"]:
                dob = D.date.fromisoformat(c["dob"])
                age = (now.date() - dob).days / 365.25
                if not (0 < age < 18):
                    e(f, "child age %.1f" % age)
        # requirements
        kind = x["kind"]
        if kind in ("step_up", "step_down") and (au, kind) != ("herefordshire", "step_up"):
            key = (au, kind, x["level"] or 3) if (au, kind) == ("knowsley", "step_down") else (au, kind)
            req = REQ[key]
            if au == "knowsley" and kind == "step_up":
                req = req - {c for c, k in (("gcp2", "neglect"), ("engaging_families", "non_engagement"),
                                            ("exploitation_assessment", "exploitation")) if k not in x["concerns"]}
            if not set(x["missing"]) <= req:
                e(f, "missing %s not required" % (set(x["missing"]) - req))
            for fact, field in (("consent", "consent"), ("manager_agreed", "manager_agreed")):
                if fact in req and (x[field] is not True) != (fact in x["missing"]):
                    e(f, "%s label disagrees with missing" % fact)
            if "children" in req and (not x["children"]) != ("children" in x["missing"]):
                e(f, "children vs missing")
            if "case_id" in req and (not x["case_ids"]) != ("case_id" in x["missing"]):
                e(f, "case_id vs missing")
            if au == "knowsley":
                m = L["_meeting"]
                if m is None:
                    if x["notice_ok"] is not None or "meeting_details" not in x["missing"]:
                        e(f, "no meeting: notice null and meeting_details missing")
                else:
                    wd = working_days(now.astimezone(LON).date(), m.date())
                    if (wd >= 5) != x["notice_ok"]:
                        e(f, "notice %d WD vs label %s" % (wd, x["notice_ok"]))
            elif x["notice_ok"] is not None:
                e(f, "notice only for Knowsley")
        else:
            if x["missing"] or x["notice_ok"] is not None:
                e(f, "missing/notice must be empty for kind %s" % kind)
        # kind markers
        refs = re.findall(r"\[SB-[a-z_]+-\d+\]", msg["Subject"])
        if kind in ("follow_up", "meeting_reply") and not refs:
            e(f, "follow_up/meeting_reply without [SB-...] in subject")
        if kind in ("step_up", "step_down") and refs:
            e(f, "step request carries a reference")
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar" and "REPLY" in p.get_content()]
        if (kind == "meeting_reply") != bool(cal):
            e(f, "iTIP REPLY presence vs kind")
        if (kind == "auto_reply") != bool(msg.get("Auto-Submitted")):
            e(f, "Auto-Submitted vs kind")
        if kind == "meeting_reply" and "COMMENT" not in cal[0].get_content():
            e(f, "meeting reply without COMMENT")
        if L["file"] == "knowsley_02.eml":
            m = L["_meeting"]
            plain = sum(1 for i in range(1, (m.date() - now.date()).days + 1)
                        if (now.date() + D.timedelta(days=i)).weekday() < 5)
            if not (plain >= 5 and working_days(now.date(), m.date()) < 5):
                e(f, "Christmas must decide knowsley_02")
    return errs, cats


OUT_OF_HOURS = {"knowsley_04.eml", "richmond_wandsworth_02.eml", "torbay_02.eml"}


def main():
    knowsley(); richmond(); tower_hamlets(); torbay(); herefordshire()
    errs, cats = check()
    if errs:
        print("SELF-CHECK FAILED:")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    labels = [{k: v for k, v in L.items() if not k.startswith("_")} for L in LABELS]
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(CATS, fh, indent=1)
        fh.write("\n")
    print("self-check OK: 40 files, 8 per authority; every mail parses with email.message_from_bytes (no defects);")
    print("  no banned word in any urgent mail (subject, decoded bodies, HTML, .txt/.ics/.pdf/.docx text);")
    print("  labels agree with categories; Knowsley notice counted over 2040 bank holidays (Christmas decides knowsley_02)")
    print("categories:", cats)
    for L in LABELS:
        if L["expect"]["urgent"]:
            print("  URGENT %-28s %-11s %s" % (L["file"], L["expect"]["kind"], L["now"]))


if __name__ == "__main__":
    main()
