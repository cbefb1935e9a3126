#!/usr/bin/env python3
"""mixed146: writes 40 .eml files, labels.json and categories.json, then self-checks them.
Run: python3 make_set.py   (standard library only; uses the `holidays` package for a cross-check if present)"""
import datetime as dt, email, email.policy, email.utils, hashlib, html, io, json, os, re, sys, zipfile
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WIN_START, WIN_END = dt.date(2059, 1, 6), dt.date(2059, 3, 27)   # spring term 2059 (Mon 6 Jan - Thu 27 Mar)
BANK = {dt.date(2059, 1, 1), dt.date(2059, 3, 28), dt.date(2059, 3, 31), dt.date(2059, 5, 5),
        dt.date(2059, 5, 26), dt.date(2059, 8, 25), dt.date(2059, 12, 25), dt.date(2059, 12, 26)}
MBOX = {
    "knowsley": ("knowsleymash@knowsley.gov.uk", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
    "richmond_wandsworth": ("MASH-StepUP@richmondandwandsworth.gov.uk", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
    "tower_hamlets": ("MAST@towerhamlets.gov.uk", "EarlyHelpHub@towerhamlets.gov.uk"),
    "torbay": ("mash@torbay.gov.uk", "earlyhelp@torbay.gov.uk"),
    "herefordshire": ("mash@herefordshire.gov.uk", "earlyhelpcoordinators@herefordshire.gov.uk"),
}
MBNAME = {"mash_step_up": 0, "early_help_duty": 1}

def wd_between(today, meeting):
    """working days d with today < d <= meeting"""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK:
            n += 1
    return n

# ---------------------------------------------------------------- attachments
def make_docx(paras):
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(t[2:], quote=False)
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(t, quote=False)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(para(p) for p in paras) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2059, 1, 2, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def make_pdf(title, lines):
    def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90); cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
def docx(name, paras): return (name, DOCX, make_docx(paras))
def pdf(name, title, lines): return (name, ("application", "pdf"), make_pdf(title, lines))

# ---------------------------------------------------------------- messages
def local(s): return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def headers(m, f, frm, to, subject, when, cc=None, extra=()):
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(local(when))
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("mixed146" + f).encode()).hexdigest()[:20], dom)
    if "MIME-Version" not in m: m["MIME-Version"] = "1.0"
    for k, v in extra: m[k] = v

def html_of(text, font="Calibri"):
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>' % (font, "\n".join(out)))

def simple(f, frm, to, subject, when, text, style="plain", atts=(), cc=None, extra=(), cte="quoted-printable"):
    """style: plain | alt (multipart/alternative) | html (HTML only) | flowed | b64"""
    m = EmailMessage(policy=email.policy.SMTP)
    headers(m, f, frm, to, subject, when, cc, extra)
    if style == "html":
        m.set_content(html_of(text), subtype="html", cte=cte)
    elif style == "alt":
        m.set_content(text, cte=cte); m.add_alternative(html_of(text), subtype="html", cte=cte)
    elif style == "b64":
        m.set_content(text, cte="base64")
    elif style == "flowed":
        m.set_content(text, cte="8bit" if any(ord(c) > 127 for c in text) else "7bit")
        m.set_param("format", "flowed")
    else:
        m.set_content(text, cte=cte)
    for name, (ma, su), data in atts:
        m.add_attachment(data, maintype=ma, subtype=su, filename=name)
    return m

def ics_reply(uid, stamp, start, end, summary, organizer, attendee, cn, partstat, comment=None):
    def fold(l):
        out, b = [], l.encode()
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80: cut -= 1
            out.append(b[:cut].decode()); b = b" " + b[cut:]
        out.append(b.decode()); return "\r\n".join(out)
    def esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REPLY",
         "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T020000",
         "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:-0000",
         "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
         "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, cn, attendee)]
    if comment: L.append("COMMENT:" + esc(comment))
    L += ["DTSTART;TZID=GMT Standard Time:" + start, "DTEND;TZID=GMT Standard Time:" + end, "DTSTAMP:" + stamp,
          "ORGANIZER:mailto:" + organizer, "SEQUENCE:0", "SUMMARY:" + esc(summary), "UID:" + uid, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"

def itip(f, frm, to, subject, when, text, cal):
    m = EmailMessage(policy=email.policy.SMTP)
    headers(m, f, frm, to, subject, when)
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", cte="base64", params={"method": "REPLY"})
    return m

# ---------------------------------------------------------------- the set
SPECS = []
def add(f, auth, mbox, when, cat, msg, expect, why, justify=None):
    SPECS.append(dict(file=f, authority=auth, mailbox=mbox, when=when, cat=cat, msg=msg, expect=expect, why=why, justify=justify))

def E(kind, urgent, level, case_ids, children, concerns, consent, manager, missing, notice_ok, action):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns), "consent": consent,
            "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok, "next_action": action}

PMH = "parental_mental_health"
def to_(auth, mbox): return MBOX[auth][MBNAME[mbox]]

# ======================= KNOWSLEY =======================
a = "knowsley"
f = "knowsley_01.eml"; w = "2059-02-04 12:20"
add(f, a, "mash_step_up", w, "urgent", simple(f, "Bernadette Clancy <bernadette.clancy2@nhs.net>", to_(a, "mash_step_up"),
    "Shannon Kelly and baby Ruby-Jo - perinatal team, please call me", w, """Hello MASH,

I'm a community psychiatric nurse with the Perinatal Mental Health Team. I'm sending this to you because I can't get through on the phone line and I don't know who else in children's services to tell.

Baby: Ruby-Jo Kelly, DOB 02/01/2059 (4 weeks old)
Mum: Shannon Kelly, 26, 41 Roby Mill Drive, Huyton

Shannon has postpartum psychosis. She was on the waiting list for a mother-and-baby unit bed and withdrew on Friday. I visited at 11.40 this morning with the crisis team. She would not let us in. Through the letterbox she told me Ruby-Jo "has the devil in her" and that "she needs to go back to God tonight, I'll do it in the bath when Ryan's at work". I could hear the baby crying in the house. Ryan (dad) is working at the depot until 10pm and is not answering his phone.

She has not taken her olanzapine since Sunday. The crisis team are arranging a Mental Health Act assessment but the AMHP has told us the earliest they can get a doctor out is tomorrow morning.

Ruby-Jo is on her own with mum now and will be until at least 10pm.

I'm parked outside the house. My mobile is 07700 900418.

Bernadette Clancy
Community Psychiatric Nurse, Perinatal Mental Health Team
Mersey Perinatal Service
""", style="alt"),
    E("other", True, None, [], [("Ruby-Jo Kelly", "2059-01-02")], [PMH], None, None, [], None, "alert_duty"),
    "Safety rule 1, told plainly by a perinatal CPN: a mother with untreated postpartum psychosis says she will drown her 4-week-old 'tonight' while dad is at work; the MHA assessment cannot happen until tomorrow -> alert_duty. Not a step request (a health referral), so kind other.")

f = "knowsley_02.eml"; w = "2059-03-03 10:12"
k02_form = docx("FF Step Up request to CSC - Appendix 1 - Gerrard.docx", [
    "# Family First 0-18: Step Up request to CSC (Appendix 1)", "Case ID on EHM: EHM-77215",
    "Child: Mason Gerrard, DOB 29/10/2058", "Parents: Kirsty Gerrard (mum), Lee Gerrard (dad)",
    "Date of step up TAF meeting: Wednesday 12 March 2059 at 10:00, Microsoft Teams",
    "Recent TAF meeting minutes attached: yes (TAF review 24/02/2059)",
    "# What are we worried about?", "Dad has bipolar affective disorder and has been inconsistent with his lithium since January. Mum has postnatal depression and is under the perinatal team. Both parents describe not coping; the health visitor has seen Mason in the same nappy at two visits and dad has been sleeping in the car after arguments.",
    "# What is working well?", "Mum engages with the perinatal team and attends baby massage. Maternal grandmother visits most days.",
    "# What needs to happen?", "A Child and Family Assessment by CSC. CMHT to review dad's medication and contact him about his care plan.",
    "Management oversight: discussed in supervision with Carla Hesketh (Team Manager) on 27/02/2059, step up agreed."])
k02_taf = pdf("TAF minutes 24-02-2059 Gerrard.pdf", "TAF meeting minutes - review - 24 February 2059", [
    "Family: Gerrard. EHM-77215. Present: Kirsty Gerrard, Lee Gerrard, Joanne Tyrer (Family First), Health Visitor, Perinatal team CPN.",
    "Care coordinator from the adult CMHT sent apologies.", "Update: mum's sertraline increased to 100mg by the perinatal psychiatrist.",
    "Dad did not attend his last two CMHT appointments.", "Actions: Family First to discuss step up with Team Manager."])
add(f, a, "mash_step_up", w, "urgent", simple(f, "Joanne Tyrer <joanne.tyrer@knowsley.gov.uk>", to_(a, "mash_step_up"),
    "Step up request - Mason Gerrard - EHM-77215", w, """Good morning,

Please find attached the step up request (Appendix 1) and the most recent TAF minutes for Mason Gerrard (DOB 29/10/2058), EHM-77215. My team manager Carla Hesketh has discussed this with me and agreed the step up. I have sent the Teams invite to the MASH inbox and MASH Business Support for the step up TAF meeting on Wednesday 12th March at 10am.

The main worries are both parents' mental health: dad's bipolar disorder and mum's postnatal depression, and how this is affecting Mason's day-to-day care.

Kind regards
Joanne Tyrer
Family First Case Manager (Level 3)
Knowsley Council | 0151 496 0732

PS - just as I was sending this, dad's care coordinator at the CMHT (Gareth Pye) rang me. Lee turned up at Kirsty's mum's at 6am, took Mason from his cot and drove off in his car. He hasn't taken his lithium for over a week. He texted Kirsty at 8.15: "nobody is taking him off me, we're going somewhere you'll never find us". His phone is now switched off. Mason is 4 months old and Lee has no car seat or formula with him. Kirsty is with her mum. Gareth has told the police. I didn't know whether to send this separately.
""", atts=[k02_form, k02_taf]),
    E("step_up", True, None, ["EHM-77215"], [("Mason Gerrard", "2058-10-29")], [PMH], None, True, [], True, "alert_duty"),
    "Safety rule 1 in a PS: a father off his lithium took a 4-month-old at 6am and texts that 'nobody is taking him off me', phone now off -> alert_duty. The step-up itself is complete (Appendix 1 form, TAF minutes, EHM id, TM agreed); Mon 3 Mar -> Wed 12 Mar 10:00 is 7 WD (>= 5).")

f = "knowsley_03.eml"; w = "2059-03-06 09:41"
add(f, a, "early_help_duty", w, "urgent", simple(f, "Sinead Rooney <sinead.rooney@knowsley.gov.uk>", to_(a, "early_help_duty"),
    "RE: Step down - Rimmer twins - ICS-2280416 [SB-knowsley-5031]", w, """Hi,

Adding the venue you asked for: the joint home visit will be at the family home, 8 Cronton Lane, on the date I gave.

I've also pasted below what the psychiatric liaison nurse sent me at 8.30 this morning. I'm out on a visit until 2pm and haven't been able to ring anyone about it yet.

Sinead Rooney
Social Worker, Children in Need Team
Knowsley Council

-------- Forwarded message --------
From: Martin Okoro <martin.okoro@nhs.net>
Date: Thu, 6 Mar 2059 08:31
To: Sinead Rooney <sinead.rooney@knowsley.gov.uk>
Subject: Jade Rimmer - self-discharge

Sinead,

Psychiatric liaison, Whiston A&E. Jade Rimmer (31) was brought in by ambulance at 01:20 after taking around 40 paracetamol and some of her partner's diazepam. She left the department at 04:10 before treatment was complete and before I could see her for a psychiatric assessment. She told the triage nurse "the boys would be better off without me, and so would I" and that she would "finish it properly at home".

Her twins, Archie Rimmer (DOB 14/01/2059) and Alfie Rimmer (DOB 14/01/2059), were with a neighbour overnight; the neighbour tells us Jade collected them at about 05:00. Partner is working offshore until Sunday. Jade is not answering her phone or the door. As far as we know she is at home alone with the babies.

Martin Okoro
Psychiatric Liaison Nurse, Whiston Hospital
07700 900522
""", style="plain", cte="8bit"),
    E("follow_up", True, None, ["ICS-2280416"], [("Archie Rimmer", "2059-01-14"), ("Alfie Rimmer", "2059-01-14")], [PMH], None, None, [], None, "alert_duty"),
    "Safety rule 1 in a forwarded part: a reply to [SB-knowsley-5031] (follow_up) carries the liaison nurse's note that a mother who overdosed self-discharged before treatment, said she would 'finish it properly at home', and is now alone with 7-week-old twins -> alert_duty overrides attach_to_request.")

f = "knowsley_04.eml"; w = "2059-03-19 10:15"
add(f, a, "mash_step_up", w, "near_miss", simple(f, "Lauren Mather <lauren.mather@knowsley.gov.uk>", to_(a, "mash_step_up"),
    "Step up - Dwyer family - EHM-78102", w, """Hello,

Step up request for Kayla Dwyer (DOB 03/06/2055) and Leo Dwyer (DOB 19/08/2058), EHM-78102.

Attached: the Step Up request to CSC form (Appendix 1), the Graded Care Profile 2 completed on 10/03/2059, and the TAF minutes from 5 March. My team manager, Paul Whiteside, has discussed the step up with me and agreed it. The step up TAF meeting is on Wednesday 26 March 2059 at 13:30 on Teams; the invite has gone to the MASH inbox and MASH Business Support.

The step up is about neglect: the GCP2 scores home conditions and hygiene at level 4, Leo's nappy rash has been raw at three health visitor contacts and there is very little food in the house. Mum's mental health is part of the picture.

Risk assessment (from the perinatal mental health team's letter, January 2059): mum had intrusive thoughts of harming Leo in September 2058 when she was acutely depressed. She disclosed them herself, they were treated, and she has had no such thoughts since October. The perinatal team's view is that there is no current risk of harm to either child from mum's mental health, and she is stable on her medication. I'm including this for completeness only - it is not the reason for the step up.

Thanks
Lauren Mather
Family First Case Manager
0151 496 0281
""", style="alt", atts=[
        docx("Step Up request to CSC Appendix 1 - Dwyer.docx", ["# Step Up request to CSC (Appendix 1)", "Case ID on EHM: EHM-78102",
             "Children: Kayla Dwyer 03/06/2055; Leo Dwyer 19/08/2058", "Date of step up TAF meeting: 26/03/2059 13:30",
             "# What are we worried about?", "Neglect of the children's basic care: home conditions, hygiene, food.",
             "# What is working well?", "Kayla attends nursery every day. Mum engages with the perinatal team.",
             "# What needs to happen?", "Child and Family Assessment. GCP2 reflected: level 4 in physical care.",
             "Team Manager agreement: Paul Whiteside, 14/03/2059."]),
        pdf("GCP2 Graded Care Profile - Dwyer - 10-03-2059.pdf", "Graded Care Profile 2 - Dwyer - 10 March 2059",
            ["Area 1 Physical care: nutrition 4, housing 4, clothing 3, hygiene 4.", "Area 2 Safety: 3.", "Area 3 Love and care: 2.", "Area 4 Stimulation: 3."]),
        pdf("TAF minutes 05-03-2059 Dwyer.pdf", "TAF meeting minutes - 5 March 2059", ["Family: Dwyer, EHM-78102.", "Agreed: Family First to request step up."])]),
    E("step_up", False, None, ["EHM-78102"], [("Kayla Dwyer", "2055-06-03"), ("Leo Dwyer", "2058-08-19")], ["neglect", PMH], None, True, [], True, "book_meeting"),
    "Near miss: the risk-assessment paragraph is historic and resolved (intrusive thoughts in Sept 2058, none since October, 'no current risk'); complete Knowsley neglect step-up (form, GCP2, TAF minutes, EHM id, TM agreed); Wed 19 Mar -> Wed 26 Mar 13:30 is exactly 5 WD -> book_meeting.")

f = "knowsley_05.eml"; w = "2059-02-11 11:30"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "Ciaran Doyle <ciaran.doyle@knowsley.gov.uk>", to_(a, "early_help_duty"),
    "Step down to Level 2 - Poppy Lunt ICS-2275530", w, """Hello Family First duty,

I am stepping Poppy Lunt (DOB 22/07/2058), ICS-2275530, down to Level 2.

Final CIN meeting: Thursday 20 February 2059 at 2pm, Halewood Family Hub, Roseheath Drive.

New Lead Practitioner: Hayley Brogan, Health Visitor, 0-19 Public Health Nursing Service (Knowsley), 0151 496 0655.

Mum (Chloe) has given her consent to the step down and to Hayley taking on the Lead Practitioner role.

What are we worried about?
Chloe's anxiety and low mood after Poppy's birth, and that she becomes isolated if support stops suddenly.

What is working well?
Chloe has completed a course of NHS Talking Therapies (CBT). Her intrusive thoughts about Poppy being hurt were assessed by the perinatal team as OCD-type thoughts that Chloe finds distressing and has never acted on; she has no intent to harm Poppy and the perinatal team's risk assessment is low. Poppy is thriving, fully immunised and above her birth centile. Dad and maternal grandmother share her care.

What needs to happen?
Health visitor to continue monthly contact; Chloe to attend the postnatal group at Halewood; GP to review her sertraline in April.

Thanks, Ciaran
Ciaran Doyle, Social Worker, Children in Need Team, Knowsley Council
""", style="plain"),
    E("step_down", False, 2, ["ICS-2275530"], [("Poppy Lunt", "2058-07-22")], [PMH], True, None, [], True, "book_meeting"),
    "Near miss: 'intrusive thoughts about Poppy being hurt' are OCD-type, never acted on, low perinatal risk assessment. Complete Knowsley level 2 step-down (date/time/venue, three headings, named lead practitioner with agency); Tue 11 Feb -> Thu 20 Feb is 7 WD.")

f = "knowsley_06.eml"; w = "2059-03-26 11:05"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Amy Kavanagh-Boyce <amy.kavanagh-boyce@knowsley.gov.uk>", to_(a, "early_help_duty"),
    "Step down - Tommy Kavanagh - joint home visit", w, """Hi all,

Tommy Kavanagh, DOB 05/12/2058, ICS-2291174. I'd like to step Tommy down to Family First. Mum (Gemma) has consented to Family First support.

Joint home visit: Wednesday 2nd April 2059 at 10am at the family home, 17 Pennard Close, Kirkby.

What are we worried about?
Gemma's postnatal depression and how tired and flat she is with Tommy; no family nearby.

What is working well?
The perinatal team's discharge plan is in place. Medication changes: mirtazapine stopped in February, sertraline increased to 150mg, reviewed by her GP. Tommy is gaining weight and is warm and responsive.

What needs to happen?
Family First case manager to support Gemma with routines and to link her with the baby group at Kirkby Family Hub; the perinatal team's care coordinator (Dawn) stays involved until May.

Amy Kavanagh-Boyce
Social Worker, Knowsley Children's Social Care
""", style="plain"),
    E("step_down", False, None, ["ICS-2291174"], [("Tommy Kavanagh", "2058-12-05")], [PMH], True, None, [], False, "request_info"),
    "Knowsley step-down, no level stated (treated as level 3: consent needed and given; venue given; three headings). Notice is short: Wed 26 Mar -> Wed 2 Apr counts Thu 27, Tue 1, Wed 2 = 3 WD because Good Friday 28 Mar and Easter Monday 31 Mar are bank holidays (a plain weekday count gives 5) -> request_info.")

f = "knowsley_07.eml"; w = "2059-01-24 08:52"
cal = ics_reply("040000008200E00074C5B7101A82E008000000009a7146c0d1@knowsley.gov.uk", "20590124T085200Z", "20590129T100000", "20590129T113000",
                "Step-up TAF meeting [SB-knowsley-5122]", "joanne.tyrer@knowsley.gov.uk", "ifeoma.nwachukwu@nhs.net", "Dr Ifeoma Nwachukwu", "ACCEPTED")
add(f, a, "mash_step_up", w, "ordinary", itip(f, "Dr Ifeoma Nwachukwu <ifeoma.nwachukwu@nhs.net>", to_(a, "mash_step_up"),
    "Accepted: Step-up TAF meeting [SB-knowsley-5122]", w, "Dr Ifeoma Nwachukwu has accepted this meeting.\n", cal),
    E("meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply"),
    "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from a perinatal psychiatrist for a step-up TAF meeting -> record_reply.")

f = "knowsley_08.eml"; w = "2059-01-09 14:10"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Rachel Gaskell <rachel.gaskell@knowsley.gov.uk>", to_(a, "early_help_duty"),
    "Level 2 step down - Fazakerley - ICS-2266093", w, """Dear Family First duty team,

Please accept this email as notification of a Level 2 step down for:
Riley Fazakerley, DOB 12/04/2056
Evie Fazakerley, DOB 01/11/2058
ICS-2266093

Final CIN meeting: Monday 20 January 2059, 10:00, Stockbridge Village Family Hub, Waterpark Drive.

Mum (Natalie) consents to the step down.

What are we worried about?
Natalie's depression after Evie's birth; Riley's behaviour at nursery when mum is low.

What is working well?
Natalie is seen by NHS Talking Therapies (step 3 CBT) and says it helps. Dad has changed his shifts so he does the nursery run.

What needs to happen?
Talking therapies continue to March; nursery to keep the behaviour plan; a Level 2 lead practitioner to coordinate the TAF.

We have not yet identified who will take over the Lead Practitioner role - I've asked the nursery and the health visitor and will let you know.

Regards
Rachel Gaskell
Social Worker, Knowsley Council
""", style="html"),
    E("step_down", False, 2, ["ICS-2266093"], [("Riley Fazakerley", "2056-04-12"), ("Evie Fazakerley", "2058-11-01")], [PMH], True, None, ["lead_practitioner"], True, "request_info"),
    "HTML-only Knowsley level 2 step-down: date/time/venue and three headings present, Thu 9 Jan -> Mon 20 Jan is 7 WD, but no Lead Practitioner named yet -> missing lead_practitioner -> request_info.")

# ======================= RICHMOND & WANDSWORTH =======================
a = "richmond_wandsworth"
f = "richmond_wandsworth_01.eml"; w = "2059-01-15 11:42"
cal = ics_reply("rw-sb-3307-1f9c@richmondandwandsworth.gov.uk", "20590115T114200Z", "20590116T140000", "20590116T150000",
                "Step-up case discussion [SB-richmond_wandsworth-3307]", "mash.businesssupport@richmondandwandsworth.gov.uk",
                "tamsin.hale@richmondandwandsworth.gov.uk", "Tamsin Hale", "DECLINED",
                comment="Sorry can't do tomorrow - I'm at the house now (Mosaic 3390214). Priya has locked herself in the bathroom with Anaya (10 weeks) and the bath running. She says the voices have told her Anaya has to be washed clean of what's inside her. She isn't answering me or her husband through the door. Dad has rung the home treatment team and they are 40 mins away.")
add(f, a, "mash_step_up", w, "urgent", itip(f, "Tamsin Hale <tamsin.hale@richmondandwandsworth.gov.uk>", to_(a, "mash_step_up"),
    "Declined: Step-up case discussion [SB-richmond_wandsworth-3307]", w,
    "Tamsin Hale has declined this meeting.\n\nSorry can't do tomorrow - I'm at the house now (Mosaic 3390214). Priya has locked herself in the bathroom with Anaya (10 weeks) and the bath running. She says the voices have told her Anaya has to be washed clean of what's inside her. She isn't answering me or her husband through the door. Dad has rung the home treatment team and they are 40 mins away.\n", cal),
    E("meeting_reply", True, None, ["3390214"], [("Anaya", None)], [PMH], None, None, [], None, "alert_duty"),
    "Safety rule 1 in a calendar reply's comment: a DECLINED iTIP REPLY whose COMMENT says a psychotic mother is locked in the bathroom with a 10-week-old and a running bath, 'washed clean' - happening now -> alert_duty. Only the baby's first name is given (Anaya); 'Mosaic 3390214' -> '3390214'.")

f = "richmond_wandsworth_02.eml"; w = "2059-01-28 15:35"
add(f, a, "early_help_duty", w, "urgent", simple(f, "Olumide Bankole <olumide.bankole@richmondandwandsworth.gov.uk>", to_(a, "early_help_duty"),
    "Step down to Early Help - Leo Whitford-Ames - Mosaic ID 3412876", w, """Hello Early Help duty,

Following my call with the Early Help duty manager this morning, I'm confirming the step-down for Leo Whitford-Ames (DOB 30/09/2058), Mosaic ID 3412876. We agreed the case discussion for Friday 31 January at 10am on Teams.

Attached are the case summary and the draft plan. Leo's mum, Hannah, has consented to the step-down to Early Help, and my team manager Ruth Calloway has agreed it.

Hannah's postnatal depression has improved a lot with the perinatal team and she's due to be discharged to her GP in March.

NB I've added this morning's entry at the end of the case summary - I've let Ruth know and I'm not sure whether it changes things, would welcome a view.

Olumide Bankole
Social Worker, Assessment Team, Richmond and Wandsworth
020 7946 0588
""", style="alt", atts=[
        docx("Case summary - Leo Whitford-Ames.docx", ["# Case summary", "Leo Whitford-Ames, DOB 30/09/2058, Mosaic ID 3412876",
             "Mother: Hannah Whitford. Father: Dominic Ames (separated, no contact order in place).",
             "Referred in October 2058 by the health visitor for mum's low mood. C&F assessment completed January 2059.",
             "Mum engages with the perinatal mental health team; medication changes: sertraline 100mg since December.",
             "# Case note 28/01/2059 08:50",
             "Call from Dominic's CMHT care coordinator (Sam Reddy): Dominic has paranoid schizophrenia and has missed his depot injection for five weeks. He went to Hannah's flat at 7am today, shouting that Leo is 'not my son, he's been swapped', and punched through the door panel. He told the care coordinator afterwards that he is going back 'tonight, to sort it out once and for all', and that he has a knife at home 'for protection'. Hannah and Leo are at the flat; the door has not been repaired. CMHT are trying to find him."]),
        docx("Draft Early Help plan - Whitford-Ames.docx", ["# Draft Early Help plan", "1. Family support worker weekly home visits.", "2. Hannah to attend the baby group at the children's centre.", "3. Review at four weeks."])]),
    E("step_down", True, None, ["3412876"], [("Leo Whitford-Ames", "2058-09-30")], ["domestic_abuse", PMH], True, True, [], None, "alert_duty"),
    "Safety rule 1 inside an attachment, hedged in the body: today's case-note entry in the attached summary says the baby's father, off his depot, punched through the door this morning and will go back 'tonight' with a knife -> alert_duty. Otherwise a complete R&W step-down (case summary, draft plan, consent).")

f = "richmond_wandsworth_03.eml"; w = "2059-02-10 10:20"
add(f, a, "mash_step_up", w, "near_miss", simple(f, "Gillian Marsh-Tanaka <gillian.marsh-tanaka@richmondandwandsworth.gov.uk>", to_(a, "mash_step_up"),
    "FW: Step up request - Osagie - Mosaic 3377105", w, """Hello MASH,

As the Early Help team manager I agree this family should be stepped up and I'm forwarding Bola's request below. Case summary attached.

Gillian Marsh-Tanaka
Early Help Team Manager, Richmond and Wandsworth

From: Bola Adeyinka <bola.adeyinka@richmondandwandsworth.gov.uk>
Sent: 07 February 2059 16:02
To: Gillian Marsh-Tanaka
Subject: Step up request - Osagie - Mosaic 3377105

Hi Gillian, here's the step up for the Osagie family for you to check and send.

Children: Deborah Osagie (DOB 05/10/2047) and Kemi Osagie (DOB 20/11/2058).

Rationale for step up
Mum (Grace) has severe postnatal depression and is under the perinatal mental health team. Over the last six weeks Deborah, who is 11, has been doing the night feeds, getting herself to school late and missing school trips to look after Kemi while mum stays in bed. Early Help support has not changed this; Deborah's needs as a young carer and mum's mental health now need a statutory assessment.

Risk assessment (perinatal team, 3 February 2059)
Historic: one overdose in 2057, before the pregnancy, with no repeat. Current: Grace denies suicidal thoughts and denies any thoughts of harming either child; no psychotic symptoms. Risk to the children from mum is assessed as low; the concern is the care load on Deborah, not harm.

Bola
""", style="plain", atts=[pdf("Case summary - Osagie - 3377105.pdf", "Case summary - Osagie family - Mosaic 3377105",
        ["Deborah Osagie 05/10/2047; Kemi Osagie 20/11/2058.", "Early Help involvement since November 2058.", "Mum under the perinatal mental health team; dad lives in Nigeria."])]),
    E("step_up", False, None, ["3377105"], [("Deborah Osagie", "2047-10-05"), ("Kemi Osagie", "2058-11-20")], [PMH, "young_carer"], None, True, [], None, "book_meeting"),
    "Near miss: the perinatal risk assessment is historic (overdose in 2057) and negated (no thoughts of harm, risk low). Complete R&W step-up sent by the Early Help team manager (case summary PDF, rationale under its own heading in the forwarded part) -> book_meeting.")

f = "richmond_wandsworth_04.eml"; w = "2059-01-16 08:05"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "NHS Talking Therapies Richmond and Wandsworth <bulletin@talkingtherapies-rw.nhs.net>", to_(a, "early_help_duty"),
    "Partners' bulletin, January 2059: perinatal pathway and training dates", w, """NHS Talking Therapies - partners' bulletin, January 2059

New perinatal pathway
Parents who are pregnant or have a baby under 24 months are now seen within two weeks. Referrals can be made by health visitors, GPs, Early Help workers and social workers, or parents can self-refer online.

Training: "Intrusive thoughts in new parents" (Tuesday 11 February, 10:00-12:00, Teams)
Case example used on the day (fictional, not a real family): "Jo", 24, has thoughts of her baby falling down the stairs and of hurting him with a knife while chopping vegetables. She is horrified by the thoughts, avoids the kitchen and will not bath the baby alone. We look at how to tell OCD-type intrusive thoughts from thoughts a parent intends to act on, when to involve the perinatal mental health team and when a referral to children's social care is needed.

This bulletin is for information; please do not reply to this address.
To unsubscribe, reply with UNSUBSCRIBE in the subject line.
""", style="html", extra=[("List-Id", "<partners.talkingtherapies-rw.nhs.net>"), ("List-Unsubscribe", "<mailto:bulletin@talkingtherapies-rw.nhs.net?subject=UNSUBSCRIBE>"), ("Precedence", "bulk")]),
    E("other", False, None, [], [], [], None, None, [], None, "human_review"),
    "Near miss: a talking-therapies bulletin whose fictional training vignette ('Jo', thoughts of hurting her baby) names no real child -> other, human_review; a bulletin listing examples must not trigger rule 1.")

f = "richmond_wandsworth_05.eml"; w = "2059-03-05 13:48"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "Fiona Agyeman <fiona.agyeman@richmondandwandsworth.gov.uk>", to_(a, "early_help_duty"),
    "Step-down - Esme Lockhart (Mosaic 3401559)", w, """Hi both,

Confirming the step-down we talked through on the phone: Esme Lockhart, DOB 18/12/2058, Mosaic 3401559. Case discussion agreed with Sunil for Monday 10 March, 2pm.

Mum (Abigail) was discharged from the mother-and-baby unit at Springfield on 21 February with Esme. She has given her consent to the step-down to Early Help.

The MBU discharge plan: care coordinator from the perinatal community team (Helen Frost) visiting weekly; lithium continued, levels monthly; relapse signature shared with dad and maternal grandmother.

For clarity, because it is in the older records: the worry that Abigail might harm Esme arose in December when she was acutely unwell and was the reason for the MBU admission. It has fully resolved. The MBU's discharge risk assessment rates the risk to Esme as low, dad has been at home throughout and Esme has never been left in Abigail's sole care while she was unwell.

Case summary attached. The draft plan will follow - I'm finishing it with the family on Friday.

Fiona
Fiona Agyeman | Social Worker | Richmond and Wandsworth Children's Services
""", style="alt", atts=[docx("Case summary Lockhart.docx", ["# Case summary", "Esme Lockhart 18/12/2058, Mosaic 3401559.", "Mother admitted to the MBU 12/12/2058 with postpartum psychosis; discharged well 21/02/2059."])]),
    E("step_down", False, None, ["3401559"], [("Esme Lockhart", "2058-12-18")], [PMH], True, None, ["draft_plan"], None, "request_info"),
    "Near miss: the worry that mum might harm the baby is December's, resolved through the MBU admission, low discharge risk assessment, baby never in her sole care. R&W step-down with case summary and consent, but the draft plan 'will follow' -> missing draft_plan -> request_info.")

f = "richmond_wandsworth_06.eml"; w = "2059-02-18 16:02"
add(f, a, "mash_step_up", w, "ordinary", simple(f, "Marcus Feeney <marcus.feeney@richmondandwandsworth.gov.uk>", to_(a, "mash_step_up"),
    "Step up - Cole-Mensah - Mosaic 3355821", w, """Dear MASH,

I'm the Early Help team manager for the Cole-Mensah family and I agree they should be stepped up to Children's Services.

Children: Jayden Cole-Mensah (DOB 14/02/2053) and Amara Cole-Mensah (DOB 09/06/2058). Mosaic 3355821.

Dad (Kwame) has had a first episode of psychosis since Christmas and is under the early intervention in psychosis team; his care coordinator says his daily cannabis use is making it worse. Mum is finding it hard to manage the baby and Jayden with Kwame so unwell.

The case summary is attached. I'll send the rationale tomorrow once I've gone through it with the worker.

Marcus Feeney
Early Help Team Manager
""", style="b64", atts=[docx("Case summary - Cole-Mensah - 3355821.docx", ["# Case summary", "Jayden Cole-Mensah 14/02/2053; Amara Cole-Mensah 09/06/2058.", "Early Help since September 2058 (parenting support)."])]),
    E("step_up", False, None, ["3355821"], [("Jayden Cole-Mensah", "2053-02-14"), ("Amara Cole-Mensah", "2058-06-09")], [PMH, "substance_misuse"], None, True, ["rationale"], None, "request_info"),
    "Base64 text body; R&W step-up from the Early Help team manager with the case summary but the rationale promised 'tomorrow' -> missing rationale -> request_info.")

f = "richmond_wandsworth_07.eml"; w = "2059-01-27 09:03"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Sunil Varma <sunil.varma@richmondandwandsworth.gov.uk>", to_(a, "early_help_duty"),
    "Automatic reply: Step-down case discussion [SB-richmond_wandsworth-3340]", w, """Thank you for your email. I am on annual leave until Monday 3 February 2059 with no access to email.

For anything that cannot wait please contact the Early Help duty line on 020 7946 0310. If you have an immediate safeguarding concern about a child, call the MASH on 020 7946 0321, or 999 in an emergency.

Sunil Varma, Early Help Duty Team Manager
""", style="plain", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
    "Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied) whose boilerplate mentions 'immediate safeguarding concern' and 999: auto_reply -> ignore.")

f = "richmond_wandsworth_08.eml"; w = "2059-03-13 10:27"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Chidi Okafor <chidi.okafor@richmondandwandsworth.gov.uk>", to_(a, "early_help_duty"),
    "RE: Step-down - Mosaic 3365020 [SB-richmond_wandsworth-3351]", w, """Hi,

Here's the draft plan for Florence Adebayo-Grant that was outstanding. I also saw mum yesterday and she has given her consent to the step-down.

Thanks
Chidi Okafor, Social Worker

> From: Early Help Duty
> Subject: Step-down - Mosaic 3365020 [SB-richmond_wandsworth-3351]
> Thank you. We still need: the draft plan; the family's consent.
""", style="plain", atts=[docx("Draft plan - Adebayo-Grant.docx", ["# Draft Early Help plan", "Florence Adebayo-Grant", "Family support worker fortnightly; perinatal team care coordinator continues to April."])]),
    E("follow_up", False, None, ["3365020"], [("Florence Adebayo-Grant", None)], [], True, None, [], None, "attach_to_request"),
    "Reply to [SB-richmond_wandsworth-3351] bringing the draft plan and stating consent: follow_up -> attach_to_request; the quoted acknowledgement's list is not a new request.")

# ======================= TOWER HAMLETS =======================
a = "tower_hamlets"
f = "tower_hamlets_01.eml"; w = "2059-01-20 21:50"
add(f, a, "mash_step_up", w, "urgent", simple(f, "Liaison Psychiatry Royal London <liaison.psychiatry.rlh@nhs.net>", to_(a, "mash_step_up"),
    "Patient in A&E - baby at home on his own", w, """To the MAST duty team / out of hours,

Psychiatric liaison team, Royal London Hospital A&E, 21:45.

Mr Tanvir Ahmed, 29, was brought in by police at 20:30 after being found walking on the Highway in his socks. He is acutely psychotic. At 21:30 he told me that he "left the baby sleeping so the cameras can't see him" and walked out of the flat at about 7pm. His son, Zayan Ahmed, is 3 months old.

Zayan's mother is an inpatient on the mother-and-baby unit at Homerton this week without him; Mr Ahmed has been caring for Zayan alone. He says nobody else is at the flat. The address he gave is Flat 22, Pelling House, Commercial Road, E1. The door may be locked; he has the keys with him.

I have told the police officers who brought him in; they have gone back out to another call.

Nurse in charge: Deborah Sowande, Liaison Psychiatry, 020 7946 0744 (direct line, staffed all night).
""", style="plain"),
    E("other", True, None, [], [("Zayan Ahmed", None)], ["neglect", PMH], None, None, [], None, "alert_duty"),
    "Safety rule 1, out of hours (Mon 21:50): a psychotic father in A&E left his 3-month-old alone in the flat nearly three hours ago; mother is in the MBU -> alert_duty (MAST out-of-hours). A health referral, not a step request: kind other.")

f = "tower_hamlets_02.eml"; w = "2059-01-21 12:30"
add(f, a, "early_help_duty", w, "urgent", simple(f, "Josephine Adu <josephine.adu@towerhamlets.gov.uk>", to_(a, "early_help_duty"),
    "Step down - Maryam Chowdhury - Mosaic 3466120", w, """Good afternoon Early Help Hub,

Please find attached the Child and Family Assessment and the draft TAF plan for Maryam Chowdhury (DOB 21/12/2058), Mosaic 3466120. The assessment recommends step down to a Team Around the Family.

Mum (Ruksana) has given consent for the step down. The Lead Practitioner will be Nasima Hoque, Family Support Practitioner, Tower Hamlets Early Help (Stepney locality). I will arrange and chair the TAF meeting and send you the date.

FYI, the home treatment team's visit note from this morning, which their nurse sent me, is below.

Josephine Adu
Social Worker, Children's Social Care, Tower Hamlets

---------- Forwarded message ---------
From: CRHTT East <crhtt.east@nhs.net>
Date: Tue, 21 Jan 2059 at 11:02
Subject: Ruksana Chowdhury - visit 09:30

Visit 09:30 today (two staff). Ruksana says she held a pillow over Maryam's face last night "to make her stop crying, just for a bit" and that she has done it "two or three times" this week. Maryam looked well at the visit; no marks seen. Ruksana declined informal admission and declined for us to contact her sister. We left at 10:15; Maryam is in Ruksana's sole care. Husband is in Sylhet until February. Next visit tomorrow 09:30. Medication: started on sertraline 50mg on 14/01.
""", style="alt", atts=[pdf("C&F Assessment - Maryam Chowdhury.pdf", "Child and Family Assessment - Maryam Chowdhury (Mosaic 3466120)",
        ["Completed 17/01/2059.", "Recommendation: step down to TAF with a Lead Practitioner.", "Mother has postnatal depression; home treatment team involved."]),
        docx("Draft TAF plan - Chowdhury.docx", ["# Draft TAF plan", "Lead Practitioner: Nasima Hoque, Tower Hamlets Early Help", "Actions: health visitor weekly; baby group; perinatal team referral."])]),
    E("step_down", True, None, ["3466120"], [("Maryam Chowdhury", "2058-12-21")], [PMH, "physical_harm"], True, None, [], None, "alert_duty"),
    "Safety rule 1 in a forwarded crisis-team note: mum says she has held a pillow over her 1-month-old's face 'two or three times' this week, declined admission and the baby is in her sole care -> alert_duty; the step-down itself is complete (assessment, draft plan, consent, lead practitioner with agency).")

f = "tower_hamlets_03.eml"; w = "2059-02-13 14:05"
add(f, a, "mash_step_up", w, "urgent", simple(f, "Farzana Akhtar <farzana.akhtar@towerhamlets.gov.uk>", to_(a, "mash_step_up"),
    "Step up to MAST - Khan - Mosaic 3471938", w, """Dear MAST,

I am the Early Help practitioner for the Khan family and I am asking for a step up to Children's Social Care for Ibrahim Khan (DOB 11/08/2052) and Yusuf Khan (DOB 02/12/2058), Mosaic 3471938. My manager Shamima Begum agreed this with me today. I will do the Multi-Agency Request for Support form this afternoon and send it.

Mum (Nusrat) is under the adult community mental health team. Her care coordinator told me last week she stopped her medication in January.

Ibrahim told his teacher this morning, and the teacher wrote it down in his words:
"Mummy said the baby has to go in the river so the bad men don't get him. She said tonight when it's dark. She said don't tell Daddy."

Dad works nights at the hospital and leaves at 7pm. School has told me Ibrahim goes home at 3.15 with mum.

Farzana Akhtar
Family Support Practitioner, Tower Hamlets Early Help
020 7946 0859
""", style="html"),
    E("step_up", True, None, ["3471938"], [("Ibrahim Khan", "2052-08-11"), ("Yusuf Khan", "2058-12-02")], [PMH], None, True, ["request_for_support"], None, "alert_duty"),
    "Safety rule 1 in a child's own words (HTML-only): a 6-year-old reports mum (off her medication) said the baby 'has to go in the river ... tonight'; dad leaves at 7pm -> alert_duty. MAST step-up with manager agreement but the Request for Support form not yet done -> missing request_for_support.")

f = "tower_hamlets_04.eml"; w = "2059-02-03 11:15"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "Kwabena Owusu <kwabena.owusu@towerhamlets.gov.uk>", to_(a, "early_help_duty"),
    "Step down to TAF - Aisha Miah (Mosaic 3459007)", w, """Hello,

Step down request for Aisha Miah, DOB 08/10/2058, Mosaic 3459007, following the Child and Family Assessment (attached, completed 29/01/2059). The draft TAF plan is attached.

Mum (Shilpi) consents to the step down. Lead Practitioner: Rumana Islam, Family Support Practitioner, Tower Hamlets Early Help (Bow locality).

Risk assessment (perinatal mental health team, 27/01/2059):
- Risk to self: moderate. Shilpi has had thoughts of ending her life since December. This is being managed by the home treatment team with daily visits and a safety plan.
- Risk to Aisha: none identified. Shilpi has never expressed any thought of harming Aisha.
- Aisha's father and maternal grandmother live in the home and share her care; she is never left alone with mum while mum is unwell, by the family's own agreement.

I'll arrange and chair the TAF meeting and let you know the date.

Kwabena Owusu, Social Worker, Tower Hamlets
""", style="plain", atts=[pdf("Child and Family Assessment - Aisha Miah.pdf", "Child and Family Assessment - Aisha Miah (Mosaic 3459007)", ["Outcome: step down to TAF.", "Parental mental health; no child protection concerns."]),
        docx("Draft TAF plan - Aisha Miah.docx", ["# Draft TAF plan", "Lead Practitioner: Rumana Islam (Early Help)", "Perinatal team and home treatment team continue."])]),
    E("step_down", False, None, ["3459007"], [("Aisha Miah", "2058-10-08")], [PMH], True, None, [], None, "book_meeting"),
    "Near miss (adult only, managed): mum's risk to herself is managed by daily home-treatment visits; no risk to the baby identified and the baby is never left alone with her. Complete Tower Hamlets step-down (assessment, draft plan, consent, lead practitioner with agency) -> book_meeting.")

f = "tower_hamlets_05.eml"; w = "2059-02-26 15:40"
add(f, a, "mash_step_up", w, "near_miss", simple(f, "Catherine Moyo <catherine.moyo@nhs.net>", to_(a, "mash_step_up"),
    "Question about the MAST process - MBU discharge planning", w, """Dear MAST colleagues,

I'm the social worker on the mother-and-baby unit at Homerton. We are planning the discharge of a mother and her baby, Amelia Rossi (DOB 19/01/2059), to an address in Tower Hamlets next month.

Mum is well: her postpartum psychosis has remitted and she has been caring for Amelia on the unit with no concerns for six weeks. There is no current child protection concern and no children's social care involvement.

As part of the discharge plan we are writing a contingency section. IF mum were to relapse after discharge and stop her medication, and IF she became unable to care for Amelia safely, we would want to know who to contact - is it the MAST, and would you want a Request for Support form from us? This is a hypothetical plan for the care coordinator's file, not something that has happened.

Many thanks
Catherine Moyo
Social Worker, Mother and Baby Unit, Homerton
""", style="alt"),
    E("other", False, None, [], [("Amelia Rossi", "2059-01-19")], [PMH], None, None, [], None, "human_review"),
    "Near miss: an MBU social worker's hypothetical relapse contingency ('IF mum were to relapse ... not something that has happened'); mum well, no current concern; a process question, not a request -> other, human_review.")

f = "tower_hamlets_06.eml"; w = "2059-03-11 09:37"
add(f, a, "mash_step_up", w, "ordinary", simple(f, "Halima Rahman <halima.rahman.eh@gmail.com>", to_(a, "mash_step_up"),
    "Step up request - Uddin family (Mosaic 3448210)", w, """Hi MAST team,

Sending from my personal Gmail as our system is down - sorry. Step up request for:

Hamza Uddin - DOB 30/05/2054
Safa Uddin - DOB 14/09/2058
Mosaic 3448210

The completed Multi-Agency Request for Support form is attached. My team manager, Abdul Karim, has agreed the step up. Mum has consented to the referral.

Summary: mum has severe postnatal depression and has not been able to keep up with the children's basic care - Safa is often in a soiled nappy when I visit and Hamza has been sent to school hungry. The perinatal team's care coordinator has changed her medication twice and it hasn't helped yet.

Thanks
Halima Rahman
Early Help Practitioner, Tower Hamlets Early Help
""", style="alt", atts=[docx("Multi-Agency Request for Support form - Uddin.docx", ["# Multi-Agency Request for Support Form (MARF)", "Children: Hamza Uddin 30/05/2054; Safa Uddin 14/09/2058", "Reason: neglect of basic care linked to maternal postnatal depression.", "Manager agreement: Abdul Karim, Team Manager, 10/03/2059.", "Parental consent: given 10/03/2059."])]),
    E("step_up", False, None, ["3448210"], [("Hamza Uddin", "2054-05-30"), ("Safa Uddin", "2058-09-14")], ["neglect", PMH], True, True, [], None, "book_meeting"),
    "Gmail multipart/alternative; complete Tower Hamlets MAST step-up (Request for Support form attached, manager agreed; consent stated though not required) -> book_meeting.")

f = "tower_hamlets_07.eml"; w = "2059-02-07 16:45"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Declan Hurst <declan.hurst@towerhamlets.gov.uk>", to_(a, "early_help_duty"),
    "Step down - O'Neill children - Mosaic 3462871", w, """Hello,

Step down for Ruby O'Neill (DOB 03/03/2057) and Jack O'Neill (DOB 30/12/2058), Mosaic 3462871. The Child and Family Assessment and the draft TAF plan are attached. Lead Practitioner would be Aoife Byrne, Family Support Practitioner, Tower Hamlets Early Help.

Dad (Sean) is under the adult community mental health team for depression; the care coordinator's discharge plan moves him to his GP in April.

I met mum and dad on Wednesday to talk about the step down and they have declined consent - they don't want any more services involved and want to manage with the CMHT and family. I'll keep talking to them but wanted to get the paperwork to you.

Declan Hurst, Social Worker, Tower Hamlets
""", style="plain", atts=[pdf("CFA - O'Neill.pdf", "Child and Family Assessment - O'Neill (Mosaic 3462871)", ["Recommendation: step down to TAF."]),
        docx("Draft TAF plan - O'Neill.docx", ["# Draft TAF plan", "Lead Practitioner: Aoife Byrne (Early Help)"])]),
    E("step_down", False, None, ["3462871"], [("Ruby O'Neill", "2057-03-03"), ("Jack O'Neill", "2058-12-30")], [PMH], False, None, ["consent"], None, "request_info"),
    "Tower Hamlets step-down with assessment, draft plan and a lead practitioner, but the parents 'have declined consent' -> consent false, missing consent -> request_info.")

f = "tower_hamlets_08.eml"; w = "2059-03-19 10:02"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Josie Lambert <josie.lambert@towerhamlets.gov.uk>", to_(a, "early_help_duty"),
    "Re: Step down - Mosaic 3477012 [SB-tower_hamlets-6120]", w, """Hi,

The TAF meeting is booked for Thursday 3 April 2059 at 2pm
at the Chrisp Street family hub. The Lead Practitioner is
Sabina Uddin, Family Support Practitioner, Tower Hamlets
Early Help. Could you add her to the invite.

Thanks, Josie

Sent from my iPhone
""", style="flowed"),
    E("follow_up", False, None, ["3477012"], [], [], None, None, [], None, "attach_to_request"),
    "format=flowed iPhone reply to [SB-tower_hamlets-6120] giving the TAF date and lead practitioner: follow_up -> attach_to_request.")

# ======================= TORBAY =======================
a = "torbay"
f = "torbay_01.eml"; w = "2059-03-08 19:40"
add(f, a, "early_help_duty", w, "urgent", simple(f, "Kerenza Hawke <kerenza.hawke@torbay.gov.uk>", to_(a, "early_help_duty"),
    "Re: Step down - LCS-4518830 [SB-torbay-4410]", w, """I know this inbox isn't watched at the weekend but
I don't know what else to do. Mum (Tegan) went AWOL
from the psychiatric ward at 5pm, she is on a section 2.
She went straight to her in-laws' where Isla
(11 weeks) lives, took her out of the pram in the hall
and left in a taxi. Her last text to gran at 6.50 says
"me and Isla are going to the sea where it's quiet".
Gran has called the police. Tegan's phone is off.

Kerenza

Sent from my iPhone

> On 4 Mar 2059, at 10:02, Torbay Early Help wrote:
> Thank you for the step-down request for LCS-4518830 [SB-torbay-4410].
""", style="flowed"),
    E("follow_up", True, None, ["LCS-4518830"], [("Isla", None)], [PMH], None, None, [], None, "alert_duty"),
    "Safety rule 1, Saturday evening (justified: sent out of hours, Sat 8 Mar 19:40): a detained mother absconded, took her 11-week-old and texts they are 'going to the sea' -> alert_duty to the out-of-hours team; a reply to [SB-torbay-4410], so follow_up. Only the baby's first name is given.",
    justify="Saturday 8 March 2059, 19:40: an out-of-hours urgent mail; the weekend date is deliberate (Emergency Duty Team path).")

f = "torbay_02.eml"; w = "2059-01-22 14:18"
add(f, a, "mash_step_up", w, "urgent", simple(f, "Demelza Rowe <demelza.rowe@torbay.gov.uk>", to_(a, "mash_step_up"),
    "Step up to MASH - Finley Chudleigh EHM-902115", w, """Hello MASH,

I'd like to step up Finley Chudleigh (DOB 17/10/2058), EHM-902115, from level 3 Early Help to a level 4 statutory response. My assistant team manager, Tamsin Yeo, and I agree this needs to be considered at level 4.

Please see the letter from the perinatal team that came in at lunchtime (attached).

I haven't spoken to mum about this contact yet.

Demelza Rowe
Early Help Family Practitioner, Torbay Council
01632 960377
""", style="plain", atts=[pdf("Perinatal team letter - Chudleigh - 22-01-2059.pdf", "South Devon Perinatal Mental Health Team - review letter, 22 January 2059",
        ["Re: Ms Jess Chudleigh and baby Finley Chudleigh (DOB 17/10/2058).",
         "Seen at home at 10:00 today by Dr A. Penrose (consultant perinatal psychiatrist) and K. Vosper (CPN).",
         "Jess described hearing a man's voice for the past three days telling her to smother Finley because he is 'not really hers'.",
         "She has not acted on it. She declined informal admission to the mother-and-baby unit.",
         "Medication changes: quetiapine started today. A Mental Health Act assessment has been requested but cannot take place before tomorrow.",
         "Jess is at home alone with Finley this afternoon and evening; her partner is on shift until 11pm and has not been told.",
         "We will telephone her at 17:00. Copy: GP, health visitor, Early Help."])]),
    E("step_up", True, None, ["EHM-902115"], [("Finley Chudleigh", "2058-10-17")], [PMH], None, True, ["consent"], None, "alert_duty"),
    "Safety rule 1 in a PDF attachment: the perinatal psychiatrist's letter says mum hears a voice telling her to smother her 3-month-old, refused admission, MHA assessment not until tomorrow, alone with him tonight -> alert_duty. Torbay step-up with ATM agreement; mum not spoken to (consent null, missing).")

f = "torbay_03.eml"; w = "2059-01-14 11:55"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "Morwenna Tonkin <morwenna.tonkin@torbay.gov.uk>", to_(a, "early_help_duty"),
    "Request for triage slot - Penwill - LCS-4503321", w, """Dear Early Help,

Please could Lily Penwill (DOB 25/01/2054) and Oscar Penwill (DOB 02/08/2058), LCS-4503321, have a slot at triage for step down to level 3 Early Help.

The Single Assessment is attached. My team manager, Jago Pascoe, has recorded his analysis confirming that the threshold for level 3 intervention is met. Mum and dad have given consent for level 3 Early Help.

Risk assessment (crisis team discharge summary, 6 January 2059):
No current suicidal ideation. The thoughts mum had of harming Oscar in November 2058, during a severe depressive episode, have resolved with treatment and she has not had them since. No current risk to either child. Discharged from the crisis team to the perinatal community team.

Many thanks
Morwenna Tonkin, Social Worker, Single Assessment Team
""", style="alt", atts=[pdf("Single Assessment - Penwill.pdf", "Single Assessment - Penwill (LCS-4503321)",
        ["Lily Penwill 25/01/2054; Oscar Penwill 02/08/2058.", "Outcome: step down to level 3 Early Help.", "Team Manager analysis: threshold for level 3 met (J. Pascoe, 10/01/2059)."])]),
    E("step_down", False, 3, ["LCS-4503321"], [("Lily Penwill", "2054-01-25"), ("Oscar Penwill", "2058-08-02")], [PMH], True, True, [], None, "book_meeting"),
    "Near miss: the thoughts of harming the baby are November 2058's and resolved, 'no current risk'. Complete Torbay step-down (Single Assessment, TM analysis, consent), level 3 stated; Oscar is under 5 (under-5s triage) -> book_meeting.")

f = "torbay_04.eml"; w = "2059-01-30 16:25"
add(f, a, "mash_step_up", w, "near_miss", simple(f, "Psychiatric Liaison Torbay Hospital <liaison.torbay@nhs.net>", to_(a, "mash_step_up"),
    "For information - adult patient with a child", w, """Dear MASH,

For information only. Psychiatric liaison at Torbay Hospital saw a 34-year-old man this afternoon after an overdose. He is being admitted to the adult acute ward informally.

He has a two-year-old daughter who lives with her mother in Plymouth. He has had no contact with either of them since 2057 and does not know their address; there is no contact arrangement and he made no threats towards them. He has no other children and lives alone.

We do not think there is any child protection issue and we are not asking for any action; our trust policy is that we notify MASH whenever an adult patient has a child. We have also let his GP know.

Regards
Psychiatric Liaison Team, Torbay Hospital
01632 960522
""", style="plain"),
    E("other", False, None, [], [], [PMH], None, None, [], None, "human_review"),
    "Near miss (adult only): a liaison team's 'for information' notification about a father in hospital after an overdose whose daughter lives elsewhere with no contact and no threats; no child named -> other, human_review.")

f = "torbay_05.eml"; w = "2059-02-24 10:40"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "Rosenwyn Pollard <rosenwyn.pollard@torbay.gov.uk>", to_(a, "early_help_duty"),
    "Step down to Early Help - Noah Sanders LCS-4511276", w, """Hello,

I'd like to request a triage slot to step down Noah Sanders (DOB 11/11/2058), LCS-4511276.

My team manager, Elowen Gay, has completed her analysis and agrees the threshold for level 3 is met. Mum has given her consent to Early Help.

Mum was under the home treatment team in December. She has no thoughts of harming herself or Noah, the home treatment team closed her on 3 February and she is now seen by the perinatal community team monthly. The concern the home treatment team raised about Noah's weight in December has resolved - he is now on the 50th centile. There have been no incidents.

The Single Assessment is being signed off this week and I will send it as soon as it's authorised.

Rosenwyn Pollard
Social Worker, Safeguarding and Supporting Families Team
""", style="plain"),
    E("step_down", False, None, ["LCS-4511276"], [("Noah Sanders", "2058-11-11")], [PMH], True, True, ["assessment"], None, "request_info"),
    "Near miss: thoughts of harm negated, home treatment closed, the weight worry resolved. Torbay step-down with TM analysis and consent but the Single Assessment not yet sent -> missing assessment -> request_info; no level stated.")

f = "torbay_06.eml"; w = "2059-01-29 15:10"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Piran Couch <piran.couch@torbay.gov.uk>", to_(a, "early_help_duty"),
    "Triage please - Luscombe LCS-4499108", w, """Hi,

Please can I have a triage slot for Maisie Luscombe (DOB 07/07/2056) and Archie Luscombe (DOB 15/05/2058), LCS-4499108. Single Assessment attached.

Mum has bipolar disorder and is under the adult CMHT; her care coordinator reviewed her medication in January (lamotrigine added) and she has been stable since. Both children are under 5.

I haven't discussed it with my team manager yet as she's on leave until Monday, and I'll speak to mum about Early Help at Thursday's visit.

Piran
Piran Couch, Social Worker, Single Assessment Team
""", style="plain", atts=[docx("Single Assessment - Luscombe.docx", ["# Single Assessment", "Maisie Luscombe 07/07/2056; Archie Luscombe 15/05/2058", "Recommendation: step down to level 3 Early Help."])]),
    E("step_down", False, None, ["LCS-4499108"], [("Maisie Luscombe", "2056-07-07"), ("Archie Luscombe", "2058-05-15")], [PMH], None, None, ["consent", "manager_agreed"], None, "request_info"),
    "Torbay step-down with the Single Assessment attached; team manager not yet consulted and consent still to be asked ('I'll speak to mum') -> both null and missing -> request_info; no level stated.")

f = "torbay_07.eml"; w = "2059-03-20 11:25"
add(f, a, "mash_step_up", w, "ordinary", simple(f, "Lowenna Brewer <lowenna.brewer@torbay.gov.uk>", to_(a, "mash_step_up"),
    "Step up contact - Tremlett - EHM-903377", w, """Good morning MASH,

Contact for consideration at level 4 for Skye Tremlett (DOB 01/12/2057) and Jenson Tremlett (DOB 08/01/2059), EHM-903377.

Mum (Carly) has postnatal depression and is under the perinatal team; dad works away. Since Jenson was born the home conditions have deteriorated badly: no clean bottles, dog mess on the floor, Skye's cot wet for days. Early Help has worked with the family for four months with little change.

My team manager, Hedra Nance, and I agree this needs to be considered for a level 4 statutory intervention. Carly has given her consent to the contact to MASH.

Lowenna Brewer
Early Help Family Practitioner, Torbay Council
""", style="alt"),
    E("step_up", False, None, ["EHM-903377"], [("Skye Tremlett", "2057-12-01"), ("Jenson Tremlett", "2059-01-08")], ["neglect", PMH], True, True, [], None, "book_meeting"),
    "Outlook multipart/alternative; complete Torbay step-up (consent given, worker and TM agree level 4 consideration) -> book_meeting.")

f = "torbay_08.eml"; w = "2059-01-17 09:12"
cal = ics_reply("tor-sb-4488-a71e@torbay.gov.uk", "20590117T091200Z", "20590121T113000", "20590121T120000",
                "Under-5s triage [SB-torbay-4488]", "earlyhelp.businesssupport@torbay.gov.uk", "bryher.stevens@actionforchildren.example.org", "Bryher Stevens", "ACCEPTED")
add(f, a, "early_help_duty", w, "ordinary", itip(f, "Bryher Stevens <bryher.stevens@actionforchildren.example.org>", to_(a, "early_help_duty"),
    "Accepted: Under-5s triage [SB-torbay-4488]", w, "Bryher Stevens has accepted this meeting.\n", cal),
    E("meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply"),
    "iTIP REPLY PARTSTAT=ACCEPTED from the AFC worker for an under-5s triage slot -> record_reply.")

# ======================= HEREFORDSHIRE =======================
a = "herefordshire"
f = "herefordshire_01.eml"; w = "2059-02-10 10:32"
add(f, a, "early_help_duty", w, "urgent", simple(f, "Owain Parry <owain.parry@nhs.net>", to_(a, "early_help_duty"),
    "Kerry Price and her baby - please pass to whoever deals with this", w, """Hello,

I'm an adult CMHT care coordinator in Hereford and I'm not sure this is the right address, but it was the only children's services email I had.

Kerry Price (28) rang me at 10.10 this morning. She has not slept for four days and stopped her antipsychotic last week. She believes the health visitor is poisoning her six-week-old son, Ellis Price, through her breast milk, and says she has "stopped feeding him so they can't get to him". She has locked the door and will not let anyone in: the midwife and the health visitor are outside the house now and can hear Ellis but cannot see him. Nobody has seen Ellis since Friday.

Kerry lives alone with Ellis at 3 Tupsley Court. I'm driving over and will be there by 11.

Owain Parry
Care Coordinator, Hereford City CMHT
07700 900731
""", style="b64"),
    E("other", True, None, [], [("Ellis Price", None)], [PMH, "neglect"], None, None, [], None, "alert_duty"),
    "Safety rule 1 (base64 body, misdirected to the co-ordinators): a psychotic mother has stopped feeding her 6-week-old, has barricaded them in, baby unseen since Friday -> alert_duty. A health worker's message, not a step request: kind other.")

f = "herefordshire_02.eml"; w = "2059-03-04 09:20"
add(f, a, "early_help_duty", w, "urgent", simple(f, "Bethan Lloyd <bethan.lloyd@herefordshire.gov.uk>", to_(a, "early_help_duty"),
    "RE: Step-down plan - Ava Morgan - LCS ID 2031876 [SB-herefordshire-2207]", w, """Hi both,

Sorry - the step-down plan I sent last week will obviously have to wait. Forwarding the note the mother-and-baby unit sent me just now, in case it's needed for your records.

Bethan Lloyd
Social Worker, Herefordshire Children's Services

---- Forwarded message ----
From: Ward Manager, Mother and Baby Unit <mbu.wardmanager@nhs.net>
Sent: 04 March 2059 09:05
To: Bethan Lloyd
Subject: Leah Morgan and Ava

Bethan, Leah Morgan discharged herself from the MBU at 08:00 today against medical advice and left in a taxi with Ava (9 weeks). She is on day 3 of a new antidepressant and told the night nurse at 02:00 that she has "a plan for both of us" and that "Ava shouldn't have to grow up with a mum like me". Her mobile is switched off. We have told the police she has left but she has not been found. She may be heading to her mother's in Leominster.
""", style="plain"),
    E("follow_up", True, None, ["2031876"], [("Ava Morgan", None)], [PMH], None, None, [], None, "alert_duty"),
    "Safety rule 1 in a forwarded MBU note, hedged ('in case it's needed for your records'): a mother who spoke of 'a plan for both of us' left the MBU with her 9-week-old, phone off -> alert_duty; a reply to [SB-herefordshire-2207], so follow_up; 'LCS ID 2031876' -> '2031876'.")

f = "herefordshire_03.eml"; w = "2059-01-23 14:02"
add(f, a, "early_help_duty", w, "near_miss", simple(f, "Rhys Gwilliam <rhys.gwilliam@herefordshire.gov.uk>", to_(a, "early_help_duty"),
    "Step-down to Level 3 - Harriet Bevan (2029455)", w, """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Harriet Bevan (DOB 09/09/2058), case 2029455. This is a step-down to Level 3 (Intensive).

Key person: Sian Watkins, Early Help Family Support Worker, Herefordshire Council.

The child protection plan ended on 15 January. The perinatal team's latest risk assessment rates the risk of harm to Harriet as low: mum's psychotic episode in November 2058 has fully remitted, she takes her medication reliably and there are no current child protection concerns.

Kind regards
Rhys Gwilliam
Social Worker, Herefordshire Children's Services
""", style="alt", atts=[docx("EHA step-down plan - Harriet Bevan.docx", ["# Early Help Assessment - step-down plan", "Harriet Bevan 09/09/2058, case 2029455", "Key person: Sian Watkins (Early Help)"]),
        pdf("Signed consent form - Bevan.pdf", "Early Help consent form - signed", ["I consent to Early Help support and information sharing.", "Signed: Laura Bevan, 20/01/2059"])]),
    E("step_down", False, 3, ["2029455"], [("Harriet Bevan", "2058-09-09")], [PMH], True, None, [], None, "book_meeting"),
    "Near miss: the CP plan has ended, the psychotic episode is November's and remitted, risk low, 'no current child protection concerns'. Complete Herefordshire step-down (plan, signed consent form, key person with agency), level 3 stated -> book_meeting.")

f = "herefordshire_04.eml"; w = "2059-03-11 11:48"
add(f, a, "mash_step_up", w, "near_miss", simple(f, "Nia Probert <nia.probert@herefordshire.gov.uk>", to_(a, "mash_step_up"),
    "Step up request - Tyler Preece (2033610)", w, """Hello MASH,

I'd like to step Tyler Preece (DOB 05/05/2057), case 2033610, up from Early Help to social care. My team manager agrees.

Mum's anxiety and depression have got worse since her second pregnancy and the talking therapies service has referred her on to the perinatal team. She is struggling to get Tyler to nursery and the house is chaotic.

You may see on the file that in 2056 Tyler's father, during a psychotic episode, held Tyler over the balcony. That was fully investigated at the time, he was convicted, he has had no contact since and he now lives in Scotland. It is not part of the current worries.

Nia Probert
Early Help Worker, Herefordshire Council
""", style="plain"),
    E("step_up", False, None, ["2033610"], [("Tyler Preece", "2057-05-05")], [PMH], None, True, [], None, "human_review"),
    "Near miss: the balcony incident is 2056's, investigated, father convicted with no contact since. A step-up sent to Herefordshire, whose protocol defines no step_up -> human_review with missing [] and notice null (as dev herefordshire_04).")

f = "herefordshire_05.eml"; w = "2059-02-14 12:06"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Gareth Pugh <gareth.pugh@herefordshire.gov.uk>", to_(a, "early_help_duty"),
    "Step down plan - Lacey Bowen (2035102)", w, """Hi,

Step-down plan attached for Lacey Bowen, DOB 11/12/2058, case 2035102.

Mum (Jodie) agreed to the step-down when I saw her yesterday, but she wasn't up to signing anything - I'll take the consent form back on Tuesday.

Key person: Megan Lewis, Health Visitor, Wye Valley NHS Trust.

Jodie remains under the perinatal mental health team; the care coordinator's plan is fortnightly visits until the summer.

Gareth Pugh, Social Worker
""", style="plain", atts=[docx("Step down plan - Lacey Bowen.docx", ["# Early Help Assessment step-down plan", "Lacey Bowen 11/12/2058 (2035102)", "Key person: Megan Lewis, Health Visitor"])]),
    E("step_down", False, None, ["2035102"], [("Lacey Bowen", "2058-12-11")], [PMH], True, None, ["consent_form"], None, "request_info"),
    "Herefordshire step-down with plan and key person; mum's verbal agreement is consent as stated but the signed consent form is to follow -> missing consent_form -> request_info.")

f = "herefordshire_06.eml"; w = "2059-03-12 09:48"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "Carys Meredith <carys.meredith@herefordshire.gov.uk>", to_(a, "early_help_duty"),
    "Step-down - Pritchard siblings - 2030117 / 2030118", w, """Good morning,

Step-down for the Pritchard siblings:
Ffion Pritchard - DOB 19/03/2051 - 2030117
Osian Pritchard - DOB 27/10/2058 - 2030118

Attached: the EHA step-down plan and the signed consent form from mum and dad.
Key person: Hywel Evans, Pastoral Lead, Ledbury Primary School.

Dad has been under the adult CMHT for depression since Osian's birth; his care coordinator reports he is much better on his current medication. Ffion's attendance dropped to 82% in the autumn term while dad was unwell.

Carys Meredith
Social Worker, Herefordshire Children's Services
""", style="alt", atts=[docx("EHA step-down plan - Pritchard.docx", ["# EHA step-down plan", "Ffion Pritchard; Osian Pritchard", "Key person: Hywel Evans (Ledbury Primary School)"]),
        pdf("Consent form signed - Pritchard.pdf", "Early Help consent form - signed", ["Signed by both parents, 10/03/2059."])]),
    E("step_down", False, None, ["2030117", "2030118"], [("Ffion Pritchard", "2051-03-19"), ("Osian Pritchard", "2058-10-27")], [PMH, "school_attendance"], True, None, [], None, "book_meeting"),
    "Complete Herefordshire sibling-group step-down (plan, signed consent form, key person with agency); two case numbers; level not stated -> book_meeting.")

f = "herefordshire_07.eml"; w = "2059-02-27 13:15"
rep = MIMEMultipart("report", report_type="delivery-status")
headers(rep, f, "Mail Delivery System <MAILER-DAEMON@mx.herefordshire.gov.uk>", to_(a, "early_help_duty"),
        "Undelivered Mail Returned to Sender", w, extra=[("Return-Path", "<>")])
rep.attach(MIMEText("This is the mail system at host mx.herefordshire.gov.uk.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<k.vaughan@wyevalley-perinatal.example.nhs.uk>: host not found\n", "plain", "us-ascii"))
ds = MIMEBase("message", "delivery-status")
ds.set_payload([email.message_from_string("Reporting-MTA: dns; mx.herefordshire.gov.uk\n\n"),
                email.message_from_string("Final-Recipient: rfc822; k.vaughan@wyevalley-perinatal.example.nhs.uk\nAction: failed\nStatus: 5.1.2\n\n")])
rep.attach(ds)
rh = MIMEBase("text", "rfc822-headers")
rh.set_payload("From: earlyhelpcoordinators@herefordshire.gov.uk\nTo: k.vaughan@wyevalley-perinatal.example.nhs.uk\nSubject: Step-down drop-in [SB-herefordshire-2214]\n")
rep.attach(rh)
add(f, a, "early_help_duty", w, "ordinary", rep,
    E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
    "Postfix delivery-failure bounce (multipart/report; report-type=delivery-status, empty Return-Path) for an invitation to a perinatal nurse -> auto_reply, ignore.")

f = "herefordshire_08.eml"; w = "2059-03-17 15:30"
add(f, a, "early_help_duty", w, "ordinary", simple(f, "NHS Talking Therapies Herefordshire <talkingtherapies.hereford@nhs.net>", to_(a, "early_help_duty"),
    "Discharge letter - Mrs Rebecca Lewis", w, """Dear colleague,

Discharge summary, NHS Talking Therapies (perinatal pathway).

Mrs Rebecca Lewis attended eight sessions of CBT for postnatal anxiety between December 2058 and March 2059. Her GAD-7 score fell from 16 to 5. She has been discharged back to her GP with a relapse-prevention plan. She tells us she is enjoying her baby and her partner is supportive.

You are copied in at Mrs Lewis's request because her health visitor mentioned Early Help at an earlier appointment; no action is requested from you.

Yours sincerely
Talking Therapies Herefordshire
""", style="plain", extra=[("Cc", "gp.surgery.bromyard@nhs.net")]),
    E("other", False, None, [], [], [PMH], None, None, [], None, "human_review"),
    "A talking-therapies discharge letter copied in for information (no child named, no request) -> other, human_review.")

# ---------------------------------------------------------------- write
def serialize(m):
    if isinstance(m, EmailMessage):
        return m.as_bytes(policy=email.policy.SMTP)
    return m.as_bytes(policy=email.policy.SMTP)

labels, cats = [], {}
for s in SPECS:
    when = local(s["when"]); now = when + dt.timedelta(minutes=3 + (sum(map(ord, s["file"])) % 6))
    s["now"] = now.isoformat()
    with open(os.path.join(OUT, s["file"]), "wb") as fh:
        fh.write(serialize(s["msg"]))
    labels.append({"file": s["file"], "authority": s["authority"], "mailbox": s["mailbox"], "now": s["now"], "expect": s["expect"], "why": s["why"]})
    cats[s["file"]] = s["cat"]
labels.sort(key=lambda x: x["file"])
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), indent=1, ensure_ascii=False)
json.dump(dict(sorted(cats.items())), open(os.path.join(OUT, "categories.json"), "w"), indent=1)

# ---------------------------------------------------------------- self-checks
def all_text(msg):
    out = []
    for k, v in msg.items(): out.append(str(v))
    for part in msg.walk():
        if part.is_multipart(): continue
        data = part.get_payload(decode=True) or b""
        ct = part.get_content_type(); fn = (part.get_filename() or "").lower()
        if fn.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode()))
        elif fn.endswith(".pdf") or ct == "application/pdf":
            out.append(data.decode("latin-1"))
        else:
            out.append(data.decode(part.get_content_charset() or "utf-8", "replace"))
            if ct == "text/calendar":
                out.append(re.sub(r"\r\n[ \t]", "", data.decode()).replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n"))
        if ct == "text/html": out.append(html.unescape(re.sub(r"<[^>]+>", " ", out[-1])))
    return "\n".join(out)

BANNED = re.compile(r"urgent|immediate|\brisk|emergenc|danger|safeguarding concern|unsafe|\basap\b|at risk", re.I)
errors = []
files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
if len(files) != 40: errors.append("expected 40 .eml, found %d" % len(files))
for auth in MBOX:
    n = len([x for x in files if x.startswith(auth + "_")])
    if n != 8: errors.append("%s has %d files" % (auth, n))
from collections import Counter
cc = Counter(cats.values())
if cc["urgent"] < 11 or cc["near_miss"] < 11: errors.append("category counts %s" % cc)
try:
    import holidays
    ph = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2059])}
    if ph != BANK: errors.append("bank holiday list differs from the holidays package: %s" % (ph ^ BANK))
except ImportError:
    print("note: holidays package not available; using the built-in 2059 list")
byfile = {s["file"]: s for s in SPECS}
for lab in labels:
    f = lab["file"]; s = byfile[f]
    raw = open(os.path.join(OUT, f), "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg["Date"] is None or msg["From"] is None: errors.append(f + ": no Date/From"); continue
    d = email.utils.parsedate_to_datetime(msg["Date"])
    now = dt.datetime.fromisoformat(lab["now"])
    if not (now > d and now - d <= dt.timedelta(minutes=15)): errors.append(f + ": now not a few minutes after Date")
    if d.utcoffset() != local(s["when"]).utcoffset() or now.utcoffset() != d.utcoffset(): errors.append(f + ": offset mismatch")
    ld = d.astimezone(LON).date()
    if not (WIN_START <= ld <= WIN_END): errors.append(f + ": outside window")
    if (ld.weekday() >= 5 or ld in BANK) and not s["justify"]: errors.append(f + ": not a working day and not justified")
    to = msg["To"]; exp_to = to_(lab["authority"], lab["mailbox"])
    if exp_to.lower() not in str(to).lower(): errors.append(f + ": wrong mailbox")
    text = all_text(msg)
    if s["cat"] == "urgent":
        hit = BANNED.findall(text)
        if hit: errors.append(f + ": banned words in urgent mail: %s" % set(hit))
    if s["cat"] == "urgent" and not lab["expect"]["urgent"]: errors.append(f + ": category/label mismatch")
    if s["cat"] != "urgent" and lab["expect"]["urgent"]: errors.append(f + ": category/label mismatch")
    e = lab["expect"]
    if e["concerns"] != sorted(e["concerns"]) or e["missing"] != sorted(e["missing"]): errors.append(f + ": unsorted")
    if e["urgent"] and e["next_action"] != "alert_duty": errors.append(f + ": urgent but not alert_duty")
    for c in e["case_ids"]:
        if c not in text: errors.append(f + ": case id %s not in text" % c)
    for ch in e["children"]:
        if ch["name"] not in text: errors.append(f + ": child %s not in text" % ch["name"])
# Knowsley notice arithmetic
NOTICE = {"knowsley_02.eml": (dt.date(2059, 3, 12), 7), "knowsley_04.eml": (dt.date(2059, 3, 26), 5),
          "knowsley_05.eml": (dt.date(2059, 2, 20), 7), "knowsley_06.eml": (dt.date(2059, 4, 2), 3),
          "knowsley_08.eml": (dt.date(2059, 1, 20), 7)}
for f, (meet, n) in NOTICE.items():
    lab = next(l for l in labels if l["file"] == f)
    today = dt.datetime.fromisoformat(lab["now"]).astimezone(LON).date()
    got = wd_between(today, meet)
    if got != n: errors.append("%s: notice %d != %d" % (f, got, n))
    if lab["expect"]["notice_ok"] != (got >= 5): errors.append(f + ": notice_ok label wrong")
for l in labels:
    if l["authority"] != "knowsley" or l["expect"]["kind"] not in ("step_up", "step_down"):
        if l["expect"]["notice_ok"] is not None: errors.append(l["file"] + ": notice_ok should be null")
    elif l["file"] not in NOTICE and l["expect"]["notice_ok"] is not None:
        errors.append(l["file"] + ": notice not checked")
if errors:
    print("SELF-CHECK FAILED:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: 40 files, categories %s, all checks passed" % dict(cc))
