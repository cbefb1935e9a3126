#!/usr/bin/env python3
"""mixed74: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the summer term of 2093,
in parents with a learning disability or low literacy and the people around them.

Standard library only, plus `holidays` (run with /work/main/.venv/bin/python make_set.py). Deterministic: no clock,
no randomness; Message-IDs and boundaries come from sha1 of the file name. Every label is written by hand below; the
self-checks at the end only verify them against the design's rules and stop before writing anything on an error.
"""
import hashlib, io, json, os, re, sys, zipfile
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
YEAR = 2093
WIN_START, WIN_END = date(2093, 4, 14), date(2093, 7, 24)
BANK = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[YEAR])}
EXPECTED_BANK_IN_WINDOW = {date(2093, 5, 4), date(2093, 5, 25)}

ADDR = {
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

SEED = {
    "knowsley": "004_ba08e3b9f619f49f.txt",
    "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
    "tower_hamlets": "001_7484577aab521096.txt",
    "torbay": "002_682540a1ccf30a2a.txt",
    "herefordshire": "003_d813ace460bad8eb.txt",
}
RULE = {
    ("knowsley", "step_up"): "seed 004 'FF Step Up request to CSC' (Case ID on EHM, Date of step up TAF meeting, Recent TAF meeting minutes attached, Agreement by line manager; GCP2 for neglect) and '7 MINUTE BRIEFING' (at least 5 working days' notice); REQUIREMENTS.md knowsley step_up",
    ("knowsley", "step_down"): "seed 004 'The final CIN Meeting' / 'Further support required from a Level 2 partner agency' / 'Further support required from Family First at Level 3' (date, time and venue; worried / working well / needs to happen; consent; minimum of 5 days' notice); REQUIREMENTS.md knowsley step_down (no level = level 3)",
    ("richmond_wandsworth", "step_up"): "seed 000 'Step Up Discussion' (EH team manager emails the MASH Step Up inbox with case summary and rationale); REQUIREMENTS.md richmond_wandsworth step_up",
    ("richmond_wandsworth", "step_down"): "seed 000 'Step Down Case Discussion' (latest case summary and draft plan; consent from the child and family); REQUIREMENTS.md richmond_wandsworth step_down",
    ("tower_hamlets", "step_up"): "seed 001 'Step-Down and Step-Up Guidance' (step-up through MAST: request for support with manager agreement); REQUIREMENTS.md tower_hamlets step_up",
    ("tower_hamlets", "step_down"): "seed 001 'Table 1: Step Down Process Flow Chart' (assessment, draft plan, consent, lead practitioner identified; TAF within 10 WD); REQUIREMENTS.md tower_hamlets step_down",
    ("torbay", "step_up"): "seed 002 'Step up processes from level 3 to level 4' (contact to MASH after discussion with line manager, consent); REQUIREMENTS.md torbay step_up",
    ("torbay", "step_down"): "seed 002 'Process to enable family to be discussed triage' (assessment, manager's analysis, consent before triage; under-5s fortnightly); REQUIREMENTS.md torbay step_down",
    ("herefordshire", "step_down"): "seed 003 'New Early Help Assessment Step- Down' and 'Roles and responsibilities' (written consent, key person, step-down plan within two weeks); REQUIREMENTS.md herefordshire step_down",
    ("herefordshire", "step_up"): "seed 003 covers step-down only; REQUIREMENTS.md 'step_up is not defined by this seed' -> human_review",
}
URGENT_RULE = "DESIGN.md safety rule 1 (an email describing an immediate child-protection risk is alerted at once, whatever its kind; every part is read, quoted history and meeting-reply comments included) and DESIGN next_action order (alert_duty first); seeds README / seed 004 'Safeguarding procedures would always override'"
NEAR_RULE = "DESIGN.md safety rule 1: negated, historic, hypothetical and resolved risks, and bulletins that list examples, must not trigger the alert"
KIND_RULE = {
    "follow_up": "DESIGN parse contract: a reply adding to an existing request ([SB-...] reference) is follow_up -> attach_to_request; missing [] and notice null for kinds without requirements",
    "meeting_reply": "DESIGN parse contract: an iTIP REPLY is meeting_reply -> record_reply; missing []",
    "auto_reply": "DESIGN parse contract and safety rule 2 (RFC 3834): auto-submitted out-of-office is auto_reply -> ignore, never answered",
    "other": "DESIGN parse contract: anything else (enquiry, bulletin, information, misdirected) is other -> human_review; missing []",
}

# ----------------------------------------------------------------------------------------------- helpers
def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

def L(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def wd_between(today, meeting_day):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting_day:
        if d.weekday() < 5 and d not in BANK:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting_day):
    return sum(1 for i in range(1, (meeting_day - today).days + 1)
               if (today + timedelta(days=i)).weekday() < 5)

def dayname(d):
    return d.strftime("%A ") + str(d.day) + d.strftime(" %B")

ZDT = (2093, 1, 1, 0, 0, 0)

def docx(paras):
    """Minimal OOXML .docx whose text is readable from word/document.xml."""
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = x.replace("</w:p>", "\n")
    return re.sub(r"<[^>]+>", "", x).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")

def pdf(lines):
    """Hand-built one-page PDF 1.4, uncompressed text stream (Helvetica)."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def pdf_text(data):
    return "\n".join(re.sub(r"\\(.)", r"\1", m.decode("latin-1"))
                     for m in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data))

def ics(method, uid, start, minutes, summary, organizer, attendee, partstat=None, comment=None, seq=0, location=None):
    s = start.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    e = (start + timedelta(minutes=minutes)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid, "SEQUENCE:%d" % seq,
             "DTSTAMP:%s" % s, "DTSTART:%s" % s, "DTEND:%s" % e, "SUMMARY:%s" % summary,
             "ORGANIZER:mailto:%s" % organizer]
    if location:
        lines.append("LOCATION:%s" % location)
    if partstat:
        lines.append("ATTENDEE;PARTSTAT=%s:mailto:%s" % (partstat, attendee))
    else:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % attendee)
    if comment:
        lines.append("COMMENT:%s" % comment)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
              "received it in error please tell the sender and delete it. Views expressed are the author's own.")

# ----------------------------------------------------------------------------------------------- the mails
MAILS = []

def mail(file, authority, mailbox, date_s, frm, subject, *, text=None, html=None, atts=(), cc=None, to=None,
         alt_html=None, cal=None, headers=(), ooh=False, now_min=4, cat, exp, meeting=None, why):
    MAILS.append(dict(file=file, authority=authority, mailbox=mailbox, date=L(date_s), frm=frm, subject=subject,
                      text=text, html=html, atts=list(atts), cc=cc, to=to, alt_html=alt_html, cal=cal,
                      headers=list(headers), ooh=ooh, now_min=now_min, cat=cat, exp=exp, meeting=meeting, why=why))

def E(kind, urgent, next_action, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": next_action}

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ============================== KNOWSLEY ==============================
k01_meet = L("2093-05-06 10:00")
mail("knowsley_01.eml", "knowsley", "mash_step_up", "2093-04-28 10:07",
     "Carys Whitfield <carys.whitfield@knowsley.gov.uk>",
     "Step up request - Baby Oakley Prescott - EHM-61734 - TAF Wed 6th May 10am",
     cc="Mash.Businesssupport@knowsley.gov.uk",
     text="""Good morning MASH,

Please find attached the step up request for Oakley Prescott (DOB 09/01/2093), Case ID on EHM: EHM-61734.

Mum (Jodie Prescott, 24) has a mild learning disability and reads at about a 7 year old level. Oakley's weight has dropped from the 50th to below the 9th centile since February. The health visitor has shown mum the feeds four times with pictures, but mum is still making bottles from memory and often gives 2oz when he needs 5oz. Dad is not around. Maternal grandad helps at weekends only.

The GCP2 was completed on 21/04/2093 with mum and her advocate present and is attached; it scores 4 on nutrition and 3 on health. Recent TAF meeting minutes (15/04/2093) are also attached.

Concerns: neglect (feeding, weight, missed health appointments).

Management oversight: I discussed this in supervision with my Team Manager, Anita Moss, on 27/04/2093 and she has agreed the step up.

The step up TAF meeting is on Wednesday 6th May at 10:00 on Teams - the calendar invite has gone to knowsleymash@ and MASH Business Support. Mum's advocate has asked for the meeting to be kept to an hour with a break, and for any letters afterwards to be in Easy Read please.

Kind regards
Carys Whitfield
Family First Case Manager (Level 3), Kirkby
0151 496 0733
""",
     atts=[("FF Step Up request to CSC - Prescott.docx", DOCX, docx([
         "FF Step Up request to CSC", "Case ID on EHM: EHM-61734", "Child: Oakley Prescott DOB 09/01/2093",
         "Date of step up TAF meeting: Wednesday 6 May 2093 10:00, Microsoft Teams",
         "Recent TAF meeting minutes attached: yes",
         "What are we worried about: Oakley is not getting enough milk. Mum does not understand the feed chart.",
         "What is working well: Mum loves Oakley, attends the Family Hub baby group, accepts the health visitor.",
         "What needs to happen: A Child and Family Assessment with a PAMS-informed parenting assessment.",
         "Graded Care Profile: GCP2 completed 21/04/2093, attached.",
         "Agreement by line manager: Anita Moss, Team Manager, 27/04/2093"])),
          ("GCP2 Graded Care Profile - Oakley.pdf", "application/pdf", pdf([
              "Graded Care Profile 2 (GCP2)", "Child: Oakley Prescott", "Completed 21/04/2093 with parent and advocate",
              "Area 1 Physical care - Nutrition: 4", "Area 1 Physical care - Health: 3"])),
          ("TAF minutes 15.04.93.docx", DOCX, docx([
              "Team Around the Family meeting minutes", "Date: 15/04/2093", "Family: Prescott (EHM-61734)",
              "Present: Jodie Prescott, advocate, health visitor, Family First case manager",
              "Actions: feed chart in pictures; weekly weigh."]))],
     cat="ordinary", meeting=k01_meet,
     exp=E("step_up", False, "book_meeting", case_ids=["EHM-61734"], children=[("Oakley Prescott", "2093-01-09")],
           concerns=["neglect"], manager=True, missing=[], notice_ok=True),
     why="Complete Knowsley step-up for neglect: step-up form, GCP2 (.pdf) and TAF minutes attached, EHM case id, TM Anita Moss agreed, meeting Wed 6 May 10:00. Notice from Tue 28 Apr: 29, 30 Apr, 1, 5, 6 May = exactly 5 WD (May Day Mon 4 May excluded; 6 plain weekdays) -> ok -> book_meeting. Mum's learning disability is the parent's, not the child's, so no disability_send; no consent statement -> null.")

k02_meet = L("2093-05-27 14:00")
mail("knowsley_02.eml", "knowsley", "early_help_duty", "2093-05-20 11:32",
     "Rhiannon Doyle <rhiannon.doyle@knowsley.gov.uk>",
     "Step down to Family First - Haines family - joint home visit",
     text="""Hi Family First duty,

I am the social worker for Bobbi Haines (DOB 14.03.2088) and Kai Haines (DOB 02.11.2090), ICS ID 2280415. The C&F assessment is nearly done and the family's needs sit at Level 3, so I would like to step down to Family First.

Dad (Lee Haines) has a learning disability and cannot read letters. His advocate, Marion Tully from Knowsley Advocacy Hub, went through the Easy Read step down leaflet with him on Monday and Lee has given his consent for the case to be referred to Family First. Marion has asked that every letter to Lee is Easy Read with pictures, and that meetings are booked for at least 90 minutes because he needs things explaining twice.

Joint home visit: Wednesday 27th May at 2pm at the family home, 11 Larchwood Close, Kirkby. Marion will be there.

What are we worried about
- Bobbi (5) is missing school on Mondays because dad cannot read the school app messages.
- The house is cluttered and the children's beds have no sheets.

What is working well
- Lee walks the kids to school most days and they are warm and fed.
- Lee rings me when he does not understand something.

What needs to happen
- A Family First case manager to help Lee set up texts from school read aloud, and a weekly routine chart.
- Continue advocacy support.

Thanks
Rhiannon Doyle
Social Worker, Children and Families Team 2
Knowsley Council
""",
     cat="ordinary", meeting=k02_meet,
     exp=E("step_down", False, "request_info", level=3, case_ids=["2280415"],
           children=[("Bobbi Haines", "2088-03-14"), ("Kai Haines", "2090-11-02")],
           concerns=["neglect", "school_attendance"], consent=True, missing=[], notice_ok=False),
     why="Knowsley level 3 step-down ('sit at Level 3'): consent given by dad through his advocate, all three Signs of Safety headings, joint home visit date/time/address -> nothing missing. Notice: sent Wed 20 May, visit Wed 27 May: 21, 22, 26, 27 May = 4 WD (Spring Bank Holiday Mon 25 May excluded; 5 plain weekdays) -> notice not ok -> request_info. 'ICS ID 2280415' -> label before the number is not part of it.")

k03_meet = L("2093-06-22 10:00")
mail("knowsley_03.eml", "knowsley", "early_help_duty", "2093-06-11 15:48",
     "Dominic Farrelly <dominic.farrelly@knowsley.gov.uk>",
     "Final CIN / step down level 2 - Ruby-Jo Ashworth",
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Please note the final CIN meeting for <b>Ruby-Jo Ashworth</b> (DOB 30/08/2091), ICS 2291876. We are stepping down to <b>Level 2</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Item</th><th>Detail</th></tr>
<tr><td>Final CIN meeting</td><td>Monday 22 June 2093, 10:00</td></tr>
<tr><td>Venue</td><td>Huyton Family Hub, Room 3</td></tr>
<tr><td>New Lead Practitioner</td><td>Gemma Rourke, Health Visitor, Mersey Community Health</td></tr>
<tr><td>Parent</td><td>Shelley Ashworth (mum) - low literacy, prefers phone calls and Easy Read</td></tr>
</table>
<p><b>What are we worried about:</b> mum sometimes mixes up Ruby-Jo's inhaler times because she cannot read the label.</p>
<p><b>What is working well:</b> the pharmacy now gives colour-coded stickers and mum uses them every day; nursery attendance 97%.</p>
<p><b>What needs to happen:</b> Gemma to check the inhaler routine monthly and support the 2-year check.</p>
<p>Mum agreed to the step down at the last CIN review.</p>
<p>Dominic Farrelly<br>Social Worker, Knowsley Children's Social Care<br>0151 496 0215</p>
<p style="font-size:8pt;color:#777">DISCLAIMER_HERE</p>
</body></html>""".replace("DISCLAIMER_HERE", DISCLAIMER),
     cat="ordinary", meeting=k03_meet,
     exp=E("step_down", False, "book_meeting", level=2, case_ids=["2291876"],
           children=[("Ruby-Jo Ashworth", "2091-08-30")], concerns=[], consent=True, missing=[], notice_ok=True),
     why="HTML-only Knowsley level 2 step-down with date, time and venue and the new Lead Practitioner (name + agency) in a table, all three headings answered -> complete. Notice from Thu 11 Jun to Mon 22 Jun 10:00 = 7 WD -> ok -> book_meeting. 'Mum agreed to the step down' -> consent true. Inhaler mix-up is managed -> no concern label.")

k04_ack = """Thank you. Your step-up request has been received and logged as [SB-knowsley-4471].
Family: Kinsella, EHM-62019. Child: Ava-Rose Kinsella (DOB 27/04/2093).
MASH Business Support, Knowsley"""
mail("knowsley_04.eml", "knowsley", "mash_step_up", "2093-06-03 13:26",
     "Tracey Lunt <tracey.lunt@merseyhealth.nhs.uk>",
     "RE: [SB-knowsley-4471] Step up received - Kinsella",
     text="""Hi,

Adding to the step up for Ava-Rose. I weighed her at home at 11.40 today. She is 5 weeks old and she is now 2.9kg, her birth weight was 3.4kg. She has had no wet nappy since last night. She is very sleepy and hard to rouse, her mouth is dry and the soft spot on her head is sunken.

Mum (Kayleigh) showed me how she makes the bottles. She puts 1 scoop in the 7oz bottle "so the tin lasts till Monday". She has been doing it like this for about 10 days. Mum does not understand that this is not enough food, she said Ava-Rose is "a good girl, she never cries now".

I told mum Ava-Rose must go to Alder Hey now. Mum said she will take her after tea when her own mum gets home from work because she does not know the bus. I could not stay, I had a clinic, and mum would not let me ring a taxi for her. Ava-Rose is still at home with mum at 11 Bramble Walk, Halewood.

Tracey Lunt
Health Visitor, Halewood 0-19 Team
07700 900 418

""" + quote(k04_ack) + "\n",
     cat="urgent",
     exp=E("follow_up", True, "alert_duty", case_ids=["EHM-62019"], children=[("Ava-Rose Kinsella", "2093-04-27")],
           concerns=["neglect"]),
     why="URGENT, no alarm words: a 5-week-old who has lost weight, no wet nappy since last night, sunken fontanelle, hard to rouse, on formula made up at a fraction of strength, still at home with a mother who will not take her until 'after tea' -> immediate risk now -> alert_duty. Kind follow_up ([SB-knowsley-4471] reply), facts also in the quoted acknowledgement. Concern neglect.")

k05_meet = L("2093-05-11 10:30")
mail("knowsley_05.eml", "knowsley", "early_help_duty", "2093-05-01 14:02",
     "Paul Gerrity <paul.gerrity@knowsley.gov.uk>",
     "Step down L3 - Nixon - final CIN Mon 11 May",
     text="""Family First duty,

Step down at Level 3 for Frankie Nixon (DOB 22/07/2092), ICS ID 2276604. Final CIN meeting Monday 11 May at 10:30, Prescot One Stop Shop, meeting room 2. Please send a Family First case manager.

Background: in February Frankie was admitted for faltering growth. Mum (Amber Nixon) has a learning disability and had been watering down the formula. That was 3 months ago. Since then Frankie has been weighed weekly and is now back on the 50th centile. There are no current concerns about feeding.

PAMS assessment summary (completed 24/04/2093 by Knowsley Parenting Assessment Service):
- Feeding and nutrition: skills now adequate with a picture chart and a marked scoop.
- Health: attends all appointments with the Link Worker's reminders.
- Safety: mum is able to name hazards and keeps the stair gate shut.
- Overall: parenting is good enough with ongoing practical support. Recommend Level 3 Early Help.

What are we worried about: mum may struggle when Frankie moves on to solid food.
What is working well: mum follows the picture chart every feed, her sister visits daily, weight is on track.
What needs to happen: Family First to support the weaning plan and keep the weekly weigh-in going to 6 months.

Amber has consented to the referral to Family First - her advocate was present and signed as witness.

Paul Gerrity
Senior Social Worker
""",
     cat="near_miss", meeting=k05_meet,
     exp=E("step_down", False, "book_meeting", level=3, case_ids=["2276604"], children=[("Frankie Nixon", "2092-07-22")],
           concerns=["neglect"], consent=True, missing=[], notice_ok=True),
     why="NEAR MISS: a past incident (faltering growth from watered-down formula in February, 'that was 3 months ago', now 50th centile, 'no current concerns about feeding') and a positive PAMS assessment summary -> not urgent. Level 3 stated; consent given with advocate; three headings; meeting with venue. Notice from Fri 1 May to Mon 11 May 10:30: 5, 6, 7, 8, 11 May = exactly 5 WD (May Day excluded) -> ok -> book_meeting. Concern neglect (the history being stepped down, worry about weaning).")

mail("knowsley_06.eml", "knowsley", "mash_step_up", "2093-07-13 09:15",
     "Workforce Development Knowsley <workforce.development@knowsley.gov.uk>",
     "Training handout - Working with parents with a learning disability (session 14 July)",
     text="""Dear colleagues,

Ahead of tomorrow's half-day session "Working with parents with a learning disability", please read the attached handout, which includes three case scenarios for group discussion. The scenarios are invented.

Scenario B, for example: imagine a mother with a learning disability whose new "friend" has moved in and now holds her bank card; her toddler is left with him while she does his errands. What would you do first? Who would you call?

Please bring the handout with you. Venue: Kirkby Centre, 09:30-13:00.

Workforce Development Team
Knowsley Council
""",
     atts=[("LD parents handout - scenarios.pdf", "application/pdf", pdf([
         "Working with parents with a learning disability - handout",
         "Scenario A: a father who cannot read a clock and gives his son's medicine at the wrong times.",
         "Scenario B: a mother whose 'friend' moves in, takes her money and is left with her toddler (cuckooing).",
         "Scenario C: a newborn whose mother sleeps through night feeds.",
         "All scenarios are fictional and for discussion only."]))],
     cat="near_miss",
     exp=E("other", False, "human_review"),
     why="NEAR MISS: a training handout with invented scenarios ('imagine...', 'The scenarios are invented', 'fictional and for discussion only') sent to the MASH inbox -> hypothetical, no real child -> not urgent; kind other -> human_review. No children, no concerns labelled for a bulletin.")

mail("knowsley_07.eml", "knowsley", "mash_step_up", "2093-07-18 20:41",
     "Maureen Mottram <mo.mottram52@gmail.com>",
     "my grandson Tyler",
     text="""To whoever reads this at the council

I am Tyler Mottram's nan. My daughter Chelsea Mottram has a learning disability and lives at 4 Foxglove Court, Stockbridge Village. Tyler is 2.

A man called Dean moved into her flat about 3 weeks ago. She says he is her friend. Since then there are men in and out all night and Chelsea has no money left on her card.

I went round tonight at 7. Chelsea was not there. Dean opened the door. Tyler was in his cot in the same nappy as this morning, crying, with no tea. There was a needle and a burnt spoon on the kitchen side next to his cup. Dean told me to get out and that Chelsea was "doing a job for him" and would not be back till late. He would not let me take Tyler.

I am sat in my car outside now. I dont know what to do. My number is 07700 900 266.

Maureen Mottram

Sent from my iPhone
""",
     ooh=True, cat="urgent",
     exp=E("other", True, "alert_duty", children=[("Tyler Mottram", None)],
           concerns=["exploitation", "neglect", "substance_misuse"]),
     why="URGENT, no alarm words, deliberately OUT OF HOURS (Saturday 18 July 20:41): a grandmother outside the flat now - a 2-year-old left with 'Dean' who has moved in (cuckooing), a needle and burnt spoon next to his cup, mother away 'doing a job for him', nan refused the child -> immediate, alert the out-of-hours service. Kind other (not a step request). Child named 'Tyler Mottram', age only ('Tyler is 2') -> dob null. Concerns: exploitation (cuckooing), neglect, substance_misuse.")

mail("knowsley_08.eml", "knowsley", "early_help_duty", "2093-06-16 08:03",
     "Sinead Fairclough <sinead.fairclough@merseyhealth.nhs.uk>",
     "Automatic reply: Step down - Haines family",
     text="""Thank you for your email. I am on annual leave from 15 June to 26 June 2093 with no access to email.

For anything about families I support as Learning Disability Liaison Nurse, please contact the LD Nursing Team on 0151 496 0802 or ldteam@merseyhealth.nhs.uk.

Sinead Fairclough
Community Learning Disability Nurse
""",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<haines-stepdown-20930615@knowsley.gov.uk>")],
     cat="ordinary",
     exp=E("auto_reply", False, "ignore"),
     why="Out-of-office from an LD nurse (Auto-Submitted: auto-replied) -> auto_reply -> ignore; names no child.")

# ============================== RICHMOND & WANDSWORTH ==============================
mail("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2093-04-16 10:20",
     "Helen Okafor <helen.okafor@richmondandwandsworth.gov.uk>",
     "Step up - Mensah family - Mosaic ID 2301557",
     text="""Dear MASH colleagues,

I am the Early Help Team Manager (Wandsworth South). I am asking for a step up case discussion for:

Kwame Mensah, DOB 11/06/2089
Abena Mensah, DOB 03/12/2091
Mosaic ID 2301557

Mum, Efua Mensah, has a moderate learning disability. Dad works nights. Kwame has missed his last three dental and two paediatric appointments; Abena's nappy rash has become infected twice. Mum's advocate (Jo Pilling, VoiceAbility) says mum cannot read the appointment letters and nobody has been reading them to her since her sister moved away.

The latest case summary is attached. Mum has consented to this step up: her advocate explained it to her with the Easy Read sheet on 14 April.

I will send the rationale for step up separately after supervision tomorrow.

Please book the discussion for a longer slot (mum's advocate asks for 90 minutes) and send mum an Easy Read invitation.

Helen Okafor
Early Help Team Manager, Wandsworth South
020 7946 0188
""",
     atts=[("Case summary - Mensah.docx", DOCX, docx([
         "Case summary", "Family: Mensah. Mosaic ID 2301557", "Children: Kwame Mensah, Abena Mensah",
         "Early Help since October 2092. Missed health appointments; mum's learning disability; letters unread."]))],
     cat="ordinary",
     exp=E("step_up", False, "request_info", case_ids=["2301557"],
           children=[("Kwame Mensah", "2089-06-11"), ("Abena Mensah", "2091-12-03")], concerns=["neglect"],
           consent=True, missing=["rationale"]),
     why="Richmond & Wandsworth step-up from the EH team manager with the case summary attached but the rationale 'to follow' -> rationale missing -> request_info. Consent through the advocate -> true (RW step_up does not require it). 'Mosaic ID 2301557' -> '2301557'. Missed health care, infected rash -> neglect.")

mail("richmond_wandsworth_02.eml", "richmond_wandsworth", "early_help_duty", "2093-05-05 12:10",
     "Tomasz Wrobel <tomasz.wrobel@richmondandwandsworth.gov.uk>",
     "Step down request - Lily Carver (Mosaic 2317740)",
     text="""Hello Early Help Duty,

I would like to step down Lily Carver (DOB 19/02/2090) to Early Help. Mosaic number: 2317740.

Mum, Stacey Carver, has low literacy and a learning disability. With the support of her advocate, Priya Anand (Richmond Advocacy), Stacey gave her consent for Early Help to continue the plan. Priya asked that the step down case discussion is booked for 90 minutes, not 45, and that the outcome letter is sent in Easy Read.

Latest case summary attached. I am still finishing the draft plan with Stacey - it needs to be in pictures so she can use it, so it will be a few days.

I can do Thursday or Friday afternoon this week for the discussion; I will call the duty manager to agree.

Tomasz Wrobel
Social Worker, Richmond Assessment Team
""",
     atts=[("Case summary Lily Carver May 93.pdf", "application/pdf", pdf([
         "Case summary - Lily Carver", "Mosaic 2317740", "CIN plan since January 2093.",
         "Mum uses picture prompts; Lily attends nursery every day."]))],
     cat="ordinary",
     exp=E("step_down", False, "request_info", case_ids=["2317740"], children=[("Lily Carver", "2090-02-19")],
           concerns=[], consent=True, missing=["draft_plan"]),
     why="Richmond & Wandsworth step-down: case summary attached, consent given through the advocate, but the draft plan is 'still finishing' -> draft_plan missing -> request_info. 'Mosaic number: 2317740' -> bare number. No worry named as a concern category (low literacy is the parent's) -> concerns [].")

mail("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up", "2093-06-08 12:55",
     "Grace Adeyemi <grace.adeyemi@richmondandwandsworth.gov.uk>",
     "Step up - Dunmore children - Mosaic 2326019 / 2326020",
     text="""MASH,

Step up for Callum Dunmore (DOB 05/05/2086) and Freya Dunmore (DOB 17/10/2088). Mosaic IDs 2326019 and 2326020. Case summary and rationale attached.

I need to tell you what mum told my worker at 11 this morning. Mum (Nicola Dunmore) has a learning disability. The lodger, Stuart, has had her bank card since March. Mum said that since last month he "makes her be nice" to his friends instead of rent. The men come to the flat in the evening while Callum and Freya are in the next room. Mum said two of them are coming round tonight at 8 and Stuart has told her she has to, or he will tell the council she is a bad mum and they will take the kids. She was shaking and asked us not to tell him she told us.

Stuart is at the flat now. Mum and the children will be back there after school at 3.30.

Grace Adeyemi
Early Help Team Manager, Richmond
020 7946 0342
""",
     atts=[("Case summary and rationale for step up - Dunmore.docx", DOCX, docx([
         "Case summary", "Family: Dunmore. Children: Callum Dunmore, Freya Dunmore.",
         "Rationale for step up", "Financial and sexual exploitation of mum by the lodger; children in the home."]))],
     cat="urgent",
     exp=E("step_up", True, "alert_duty", case_ids=["2326019", "2326020"],
           children=[("Callum Dunmore", "2086-05-05"), ("Freya Dunmore", "2088-10-17")],
           concerns=["exploitation"], missing=[]),
     why="URGENT, quiet wording: a mother with a learning disability being sexually and financially exploited by her lodger, two men coming tonight at 8 while the children are in the flat, the children going back there at 3.30 -> immediate -> alert_duty even though the step-up itself is complete (case summary + rationale in one .docx -> missing []). Concern exploitation (the parent exploited in the children's home; not labelled sexual_harm to the children).")

mail("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "2093-06-24 10:44",
     "Farah Siddiqui <farah.siddiqui@richmondandwandsworth.gov.uk>",
     "Step down - Baby Noah Pryce - case discussion",
     text="""Dear Early Help Duty Manager,

Following our phone call, I confirm the step down case discussion for Noah Pryce (DOB 02/06/2093), Mosaic ID 2335581, on Monday 29 June at 11:00 (Teams).

Dad, Owen Pryce, is Noah's main carer. He has a learning disability and takes medication that makes him sleep very deeply - he has told us he cannot wake in the night. This was the main worry when Noah came home from hospital.

It is managed: since discharge a Shared Lives night carer (Brenda Coles) has stayed every night from 10pm to 7am and does the night feeds, and Owen's mother lives with them. This has been in place for three weeks without a missed night and is funded until Noah is six months old. The health visitor is happy with Noah's weight.

Owen has consented to Early Help continuing the plan; his advocate went through the Easy Read version with him. The latest case summary and the draft plan are attached. Please send letters to Owen in Easy Read and copy his advocate, Leon Baptiste (Wandsworth Advocacy).

Proposed lead professional: Kate Ellory, Health Visitor, Wandsworth 0-19.

Farah Siddiqui
Social Worker, Wandsworth Children in Need Team
""",
     atts=[("Case summary Pryce.docx", DOCX, docx(["Case summary - Noah Pryce", "Night care in place 10pm-7am."])),
           ("Draft plan Pryce (Easy Read).pdf", "application/pdf", pdf([
               "Draft plan - Noah Pryce", "Night carer every night 10pm to 7am", "Health visitor weighs Noah every 2 weeks"]))],
     cat="near_miss",
     exp=E("step_down", False, "book_meeting", case_ids=["2335581"], children=[("Noah Pryce", "2093-06-02")],
           concerns=[], consent=True, missing=[]),
     why="NEAR MISS: a newborn whose father cannot wake at night - but overnight support is already in place (Shared Lives night carer 10pm-7am every night for three weeks, grandmother living in) -> managed, not urgent. Complete Richmond & Wandsworth step-down (case summary + draft plan attached, consent through the advocate), case discussion agreed by phone for Mon 29 June (within 5 days of the contact) -> book_meeting. Concern none labelled: the worry is stated as managed (judgement call; a parser adding neglect would be arguable).")

rw05_start = L("2093-05-11 14:00")
mail("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", "2093-05-08 16:05",
     "Jo Pilling <jo.pilling@voiceability.example.org>",
     "Accepted: Step up case discussion - Mensah [SB-richmond_wandsworth-1120]",
     text="""Jo Pilling has accepted this meeting.

Thank you for booking 90 minutes. I will bring the Easy Read copy for Efua.
""",
     cal=ics("REPLY", "sb-raw-1120-%s" % sha("rw05")[:12], rw05_start, 90,
             "Step up case discussion - Mensah [SB-richmond_wandsworth-1120]",
             "MASH-StepUP@richmondandwandsworth.gov.uk", "jo.pilling@voiceability.example.org",
             partstat="ACCEPTED", comment="Thank you for booking 90 minutes. I will bring the Easy Read copy for Efua."),
     cat="ordinary",
     exp=E("meeting_reply", False, "record_reply"),
     why="An advocate's iTIP REPLY (text/calendar METHOD:REPLY, PARTSTAT=ACCEPTED) with a courteous comment -> meeting_reply -> record_reply; nothing alarming in the comment.")

mail("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", "2093-05-25 19:20",
     "Deborah Quaye <deborah.quaye@stgeorgesmaternity.nhs.uk>",
     "Baby Theo Linnell - going home tonight with dad only",
     html="""<html><body>
<div style="font-family:Arial;font-size:10pt">
<p>Hello, I hope this reaches someone tonight. I could not find another address for Wandsworth.</p>
<p>Baby <b>Theo Linnell</b> was born on 23/05/2093 and is 2 days old. Mum, Sasha Linnell, was taken back into theatre at 5pm and will be on the high dependency unit at least until Thursday.</p>
<p>Dad, <b>Martin Linnell</b>, has a learning disability. He has just left the ward with Theo in a taxi to go home to 27 Ferrier Street, SW18. He told me himself: <i>"I can't wake up in the night, I never have, my tablets knock me out. Sasha does the nights."</i> There is nobody else at home - his mum lives in Glasgow.</p>
<p>Theo needs feeding every 3 hours through the night, and he is on formula because mum cannot feed him now. Dad has never made a bottle. I showed him once at 6pm; he could not tell me how many scoops.</p>
<p>I have the address above and dad's mobile: 07700 900 571. Ward 4 direct line 020 7946 0575.</p>
<p>Deborah Quaye<br>Midwife, Labour Ward, St George's</p>
</div></body></html>""",
     ooh=True, cat="urgent",
     exp=E("other", True, "alert_duty", children=[("Theo Linnell", "2093-05-23")], concerns=["neglect"]),
     why="URGENT, HTML-only, no alarm words, deliberately OUT OF HOURS (Spring Bank Holiday Monday 25 May, 19:20): a 2-day-old on formula gone home tonight with a father who says he cannot wake at night, has never made a bottle and has no other adult at home -> the first night feed is hours away -> alert the out-of-hours service. Sent to the Early Help duty inbox by mistake; kind other. Concern neglect.")

rw07_prev = """From: MASH Business Support <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 26 June 2093 15:12
Subject: [SB-richmond_wandsworth-1187] Step up case discussion booked - Tilley

Dear Ms Tilley,
A step up case discussion has been arranged under section 17 / section 47 considerations regarding whether the threshold for significant harm is met. Outcome options include a Child and Family Assessment or a strategy discussion."""
mail("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", "2093-06-30 09:38",
     "Ruth Ogunleye <ruth.ogunleye@voiceability.example.org>",
     "RE: [SB-richmond_wandsworth-1187] Step up case discussion booked - Tilley - complaint about this letter",
     text="""Good morning,

I am the independent advocate for Gemma Tilley. I want to complain about the letter below.

Gemma has a learning disability. The family's plan says clearly that all letters must be in Easy Read. Instead she was sent a letter about "section 47" and "significant harm" and "strategy discussion". She came to my office on Friday crying and packed a bag for her son, Alfie Tilley (he is 3), because she thought he was being taken away that night. Nothing like that was planned - it was an ordinary step up discussion and Alfie is fine, he is at home with her and his nan.

Please send an Easy Read letter explaining the meeting, allow 90 minutes on the day, and let me know who I should send a formal complaint to.

Ruth Ogunleye
Independent Advocate, VoiceAbility (Richmond)

""" + quote(rw07_prev) + "\n",
     cat="near_miss",
     exp=E("follow_up", False, "attach_to_request", children=[("Alfie Tilley", None)]),
     why="NEAR MISS: an advocate's complaint about a meeting letter that used 's47', 'significant harm' and 'strategy discussion'; the mother thought her son would be taken, but 'Alfie is fine, he is at home with her and his nan' -> no risk. Reply to [SB-richmond_wandsworth-1187] -> follow_up -> attach_to_request. Child 'Alfie Tilley (he is 3)' -> dob null.")

rw08_start = L("2093-07-13 10:00")
mail("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up", "2093-07-09 17:52",
     "Bola Ashanti <bola.ashanti@richmondandwandsworth.gov.uk>",
     "Accepted: Step up case discussion - Hurst [SB-richmond_wandsworth-1203]",
     text="""Bola Ashanti has accepted this meeting.

Accepting for Monday - but you need to know this now. I visited Danielle at 4pm. Her "friend" Carl, who moved in last month, took the twins (7 months) to "his mum's" last night and has not brought them back. He is not answering. Danielle does not know his mum's address or his surname. She has no bottles or milk for them at the flat, all their things are still here. I am still with Danielle at 9 Lacy Road, Putney.
""",
     cal=ics("REPLY", "sb-raw-1203-%s" % sha("rw08")[:12], rw08_start, 60,
             "Step up case discussion - Hurst [SB-richmond_wandsworth-1203]",
             "MASH-StepUP@richmondandwandsworth.gov.uk", "bola.ashanti@richmondandwandsworth.gov.uk",
             partstat="ACCEPTED",
             comment="Accepting for Monday - but you need to know this now. Carl who moved in last month took the twins (7 months) last night and has not brought them back. Not answering. I am still with Danielle."),
     cat="urgent",
     exp=E("meeting_reply", True, "alert_duty", concerns=["missing"]),
     why="URGENT inside a meeting reply (iTIP REPLY ACCEPTED): the comment says 7-month-old twins were taken last night by a man who moved in with the mother (surname unknown) and have not been returned; no feeds with them -> immediate, alert_duty outranks record_reply (DESIGN: 'a meeting reply's comment' is read). Twins not named -> children []. Concern missing.")

# ============================== TOWER HAMLETS ==============================
mail("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2093-04-22 11:11",
     "Shirin Begum <shirin.begum@towerhamlets.gov.uk>",
     "MAST request for support - Uddin",
     text="""Dear MAST,

Please see the attached request for support for Sumaiya Uddin (DOB 08/09/2087) and Arif Uddin (DOB 25/01/2092), Mosaic 3310482.

Dad, Rashed Uddin, has a learning disability and does not read English or Bengali. Mum died last year. Since the Early Help plan started in January, the children have been late or absent from school 40% of the time, and Arif's asthma inhaler is often empty because dad cannot read the pharmacy texts.

Dad consented to the request with his advocate and a Sylheti interpreter present on 20/04/2093.

I have not yet had supervision - I will discuss with my manager on Friday and confirm her agreement then.

Meetings with dad need to be at least an hour and a half with the interpreter, please.

Shirin Begum
Early Help Practitioner, Bow & Poplar
""",
     atts=[("Request for Support - Uddin.docx", DOCX, docx([
         "MAST Request for Support", "Children: Sumaiya Uddin 08/09/2087; Arif Uddin 25/01/2092",
         "Mosaic 3310482", "Parental consent: yes, 20/04/2093, advocate and interpreter present",
         "Manager agreement: to follow"]))],
     cat="ordinary",
     exp=E("step_up", False, "request_info", case_ids=["3310482"],
           children=[("Sumaiya Uddin", "2087-09-08"), ("Arif Uddin", "2092-01-25")],
           concerns=["neglect", "school_attendance"], consent=True, manager=None, missing=["manager_agreed"]),
     why="Tower Hamlets MAST step-up: request for support attached, consent given with advocate and interpreter, but 'I will discuss with my manager on Friday' -> manager_agreed null -> missing -> request_info. 'Mosaic 3310482' -> bare number. Absence -> school_attendance; empty inhaler -> neglect.")

mail("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2093-05-12 16:22",
     "Anjali Desai <anjali.desai@elft-ldteam.nhs.uk>",
     "Zayn Hoque - medicine given twice today",
     text="""Dear MAST team,

I am the community learning disability nurse for Ms Rokeya Hoque. I was with her on the phone at 15.50.

Her son Zayn Hoque (DOB 14/02/2090) is 3, has complex epilepsy and global developmental delay, and has an EHCP. He takes clobazam and sodium valproate. Ms Hoque cannot tell the time on a clock with hands; she uses the TV programmes to know when to give the medicines. Today the TV schedule changed because of the football. She told me she gave him the evening doses at 2pm and then again at 4pm "to be safe".

She says Zayn is now very sleepy and "floppy like a doll" and she cannot wake him properly. She is alone with Zayn and the baby. She does not want to phone an ambulance because last time people came she thought they would take the children. She has stopped answering my calls since 16.05.

Address: Flat 12, Limehouse Court, E14. Her mobile: 07700 900 814.

Anjali Desai
Community Learning Disability Nurse, Tower Hamlets
""",
     cat="urgent",
     exp=E("other", True, "alert_duty", children=[("Zayn Hoque", "2090-02-14")], concerns=["disability_send", "neglect"]),
     why="URGENT, no alarm words: a 3-year-old with epilepsy given a double dose of sedating medicines because his mother cannot tell the time, now floppy and hard to wake, mother alone and refusing an ambulance and no longer answering -> immediate -> alert_duty (office hours, MAST). Kind other (a nurse's report, not a request for support). Epilepsy, developmental delay, EHCP -> disability_send; neglect.")

mail("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "2093-05-28 10:03",
     "Marcus Bell <marcus.bell@towerhamlets.gov.uk>",
     "Step down to Early Help - Josie and Mia Fenwick - Mosaic 3321907",
     text="""Dear Early Help Hub,

I am requesting step down for Josie Fenwick (DOB 12.11.2085) and Mia Fenwick (DOB 30.04.2089), Mosaic 3321907. The Child and Family Assessment concluded on 22/05/2093 (attached) with a recommendation for Targeted Early Help.

Mum (Kerry Fenwick) has low literacy and a mild learning disability. She signed the consent form with her advocate, Dolores Pike (POhWER), on 26/05/2093 - mum has consented to the step down. The draft TAF plan is attached in Easy Read.

Lead Practitioner: Naz Chowdhury, Family Support Worker, Globe Town Children and Family Centre.

I will arrange and chair the TAF meeting - proposed Thursday 4 June at 13:00 at Globe Town CFC, booked for 2 hours at the advocate's request.

Marcus Bell
Social Worker, Tower Hamlets Children's Social Care
""",
     atts=[("C&F Assessment Fenwick - concluded 22.05.93.pdf", "application/pdf", pdf([
         "Child and Family Assessment - Fenwick", "Concluded: 22/05/2093", "Outcome: step down to Targeted Early Help"])),
           ("Draft TAF plan Fenwick Easy Read.docx", DOCX, docx(["Draft TAF plan - Fenwick (Easy Read)",
                                                                 "Who helps: Naz", "What happens: school every day"]))],
     cat="ordinary",
     exp=E("step_down", False, "book_meeting", case_ids=["3321907"],
           children=[("Josie Fenwick", "2085-11-12"), ("Mia Fenwick", "2089-04-30")], concerns=[], consent=True,
           missing=[]),
     why="Complete Tower Hamlets step-down: C&F assessment (.pdf), draft plan (.docx), consent given with the advocate, lead practitioner named with agency -> book_meeting (the social worker arranges and chairs the TAF, 4 June within 10 WD of 22 May). Dates written dd.mm.yyyy.")

mail("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "2093-06-15 14:30",
     "Imogen Castell <imogen.castell@towerhamlets.gov.uk>",
     "Step down - Roberts family (Mosaic 3302214)",
     text="""Hi,

Step down request for Tyler-James Roberts (DOB 07/07/2087) and Skye Roberts (DOB 19/03/2091), Mosaic 3302214.

History, so the Early Help worker has it: in January and February 2093 mum's flat was taken over by a man called "Deeks" and his associates (cuckooing). Mum has a learning disability and was being made to hold drugs. Police executed a warrant on 3 March, Deeks was arrested and remains in custody, and a closure order was made on the flat. The family were rehoused to Stepney in April. Since then there have been no visitors of concern, mum has a new tenancy support worker and the children's attendance is back to 95%. That episode is over.

Attached: the completed Child and Family Assessment and the draft plan. Mum has given consent for step down (signed, with her advocate).

Lead Practitioner: Adaeze Nwosu, Early Help Practitioner, Stepney Family Hub.

Imogen Castell
Social Worker
Tower Hamlets Children's Social Care
""" + "\n" + DISCLAIMER + "\n",
     atts=[("CFA Roberts June 2093.pdf", "application/pdf", pdf(["Child and Family Assessment - Roberts", "Completed 09/06/2093"])),
           ("Draft plan - Roberts.docx", DOCX, docx(["Draft Early Help plan - Roberts", "Tenancy support; school attendance"]))],
     cat="near_miss",
     exp=E("step_down", False, "book_meeting", case_ids=["3302214"],
           children=[("Tyler-James Roberts", "2087-07-07"), ("Skye Roberts", "2091-03-19")],
           concerns=["exploitation"], consent=True, missing=[]),
     why="NEAR MISS: a past incident - cuckooing in Jan-Feb, man arrested and in custody, closure order, family rehoused, 'That episode is over' -> historic, not urgent. Complete Tower Hamlets step-down (assessment, plan, consent, lead practitioner) -> book_meeting. Concern exploitation kept as the history the plan addresses (judgement call).")

th05_ack = """[SB-tower_hamlets-2290] Step down received - Hussain
Missing: consent. Please send the family's consent.
Early Help Hub Business Support"""
mail("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", "2093-06-19 09:50",
     "Bernadette Achebe <b.achebe@pohwer.example.org>",
     "RE: [SB-tower_hamlets-2290] Step down received - Hussain - consent",
     text="""Hello,

I am Mrs Hussain's advocate. I met her yesterday with the Easy Read step down leaflet and a Bengali interpreter. She understands what Early Help is and she has given her consent. Her signed consent form is attached.

Please can the TAF meeting be in the morning (she collects her son at 3) and last no more than an hour, with a break.

Bernadette Achebe
Independent Advocate, POhWER

""" + quote(th05_ack) + "\n",
     atts=[("Consent form - Hussain signed.pdf", "application/pdf", pdf([
         "Consent to Early Help", "Parent: Mrs Hussain", "Signed 18/06/2093", "Advocate: B Achebe"]))],
     cat="ordinary",
     exp=E("follow_up", False, "attach_to_request", consent=True),
     why="Advocate's reply to [SB-tower_hamlets-2290] with the signed consent form -> follow_up -> attach_to_request; consent stated as given through the advocate -> true; no child named -> children []; missing [] for follow_up.")

mail("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", "2093-07-07 11:27",
     "Dr Helena Marsh <h.marsh@parentingassessments.example.co.uk>",
     "PAMS assessment summary - Kaur family - for information",
     text="""Dear MAST,

As requested by the allocated worker, I attach my PAMS 4.0 parenting assessment summary for Ms Jaspreet Kaur, mother of Amar Kaur (DOB 16/10/2092). I understand the family is open to Early Help; this is for information and no action is requested from MAST.

In brief: Ms Kaur has a mild learning disability. The assessment looked at areas where parents with a learning disability can struggle - for example, making up formula correctly, reading medicine labels, and judging who is safe to leave a baby with. Ms Kaur showed she can make up feeds correctly (observed 6 times), uses a talking medicine timer, and has a clear plan for childcare with her sister. No parenting deficits were found that place Amar at significant harm. Recommended: continue Early Help with practical support.

Dr Helena Marsh
Independent Social Work Assessor
""",
     atts=[("PAMS summary - Kaur.pdf", "application/pdf", pdf([
         "PAMS 4.0 Parenting Assessment - Summary", "Parent: Jaspreet Kaur. Child: Amar Kaur",
         "Feeding: adequate (observed 6 times)", "Health: adequate with talking timer",
         "Overall: good enough parenting with support"]))],
     cat="near_miss",
     exp=E("other", False, "human_review", children=[("Amar Kaur", "2092-10-16")]),
     why="NEAR MISS: a PAMS assessment summary listing the kinds of worries (formula, medicine labels, who is safe) only as areas assessed, with positive findings and 'no action is requested' -> not urgent; information, not a request for support -> other -> human_review. Child named with DOB. No concern labelled: none is raised as current (judgement call).")

mail("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", "2093-07-15 13:05",
     "Kieran Doyle-Price <kieran.doyleprice@towerhamlets.gov.uk>",
     "MAST request for support - Lacey and Jayden Moore",
     text="""Dear MAST,

Request for support attached for Lacey Moore (DOB 29/06/2089) and Jayden Moore (DOB 01/12/2091), Mosaic 3338150.

Summary: mum, Tasha Moore, has a learning disability. Since May a man known as "Kyle" has been staying at her flat. He controls her money and her phone, and neighbours report lots of visitors at night. Mum gave consent for this request at our meeting on Monday, with her advocate. My team manager, Rachel Onu, has read the request and agreed it this morning.

Kind regards
Kieran Doyle-Price
Early Help Practitioner, Isle of Dogs

PS - after I wrote the above I rang mum at 12.30. Kyle answered her phone. He said she is "out working for him" till tomorrow and the kids are staying with him tonight. I could hear Jayden screaming and a man shouting at him to shut up. Mum is not answering her own number now. Flat 6, Cardale House, E14.
""",
     atts=[("Request for Support - Moore.docx", DOCX, docx([
         "MAST Request for Support", "Lacey Moore 29/06/2089; Jayden Moore 01/12/2091", "Mosaic 3338150",
         "Consent: given", "Manager: Rachel Onu, agreed"]))],
     cat="urgent",
     exp=E("step_up", True, "alert_duty", case_ids=["3338150"],
           children=[("Lacey Moore", "2089-06-29"), ("Jayden Moore", "2091-12-01")],
           concerns=["exploitation"], consent=True, manager=True, missing=[]),
     why="URGENT in a PS, no alarm words: a routine-looking complete MAST request (form, consent, TM agreed -> missing []) whose PS says the man controlling mum answered her phone, mum is 'out working for him', the children are with him tonight, a child screaming and a man shouting at him -> immediate -> alert_duty. Concern exploitation (cuckooing/control of the parent); no named physical injury so physical_harm not labelled (judgement call).")

th08_start = L("2093-07-24 14:00")
mail("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "2093-07-23 08:40",
     "Ola Bankole <ola.bankole@towerhamlets.gov.uk>",
     "Declined: TAF meeting - Fenwick [SB-tower_hamlets-2247]",
     text="""Ola Bankole has declined this meeting.

Sorry - I am at Thames Family Court all day tomorrow for an emergency protection order hearing on another family I hold (not the Fenwicks). My colleague Naz will attend for Early Help. The Fenwick plan is going well.
""",
     cal=ics("REPLY", "sb-twh-2247-%s" % sha("th08")[:12], th08_start, 60, "TAF meeting - Fenwick [SB-tower_hamlets-2247]",
             "marcus.bell@towerhamlets.gov.uk", "ola.bankole@towerhamlets.gov.uk", partstat="DECLINED",
             comment="At court all day tomorrow for an EPO hearing on another family (not the Fenwicks). Naz will attend."),
     cat="near_miss",
     exp=E("meeting_reply", False, "record_reply"),
     why="NEAR MISS: a DECLINED iTIP REPLY whose comment mentions an 'emergency protection order hearing' - for someone else's case, already before a court - and says the Fenwick plan is going well -> not urgent -> record_reply.")

# ============================== TORBAY ==============================
mail("torbay_01.eml", "torbay", "mash_step_up", "2093-04-17 10:30",
     "Lorna Petheridge <lorna.petheridge@torbay.gov.uk>",
     "Contact to MASH - step up from level 3 - Harvey Jago",
     text="""MASH,

Contact for Harvey Jago, DOB 04/04/2086, LCS ID 884213. Early Help level 3 since September.

Mum (Donna Jago) has a learning disability. Harvey (7) is autistic and has an EHCP. Mum has been unable to follow the sleep and medication routine the paediatrician set, despite picture plans; Harvey has been sent home from school 6 times this term for exhaustion and has missed his melatonin review twice. Dad is in the home but works away.

I discussed with my line manager, Claire Vosper (Early Help ATM), yesterday and she agreed this contact to MASH. Mum gave consent to the contact, with her advocate present, on 15/04/2093.

Lorna Petheridge
Lead Practitioner, Torbay Early Help (Paignton)
01803 496 0114
""",
     cat="ordinary",
     exp=E("step_up", False, "book_meeting", case_ids=["884213"], children=[("Harvey Jago", "2086-04-04")],
           concerns=["disability_send", "neglect", "school_attendance"], consent=True, manager=True, missing=[]),
     why="Complete Torbay step-up (contact to MASH): consent given with the advocate, line manager (Early Help ATM) agreed -> book_meeting. 'LCS ID 884213' -> '884213'. Autism + EHCP -> disability_send; unmet medical/sleep routine -> neglect; sent home from school -> school_attendance.")

mail("torbay_02.eml", "torbay", "early_help_duty", "2093-04-29 14:15",
     "Yvonne Chambers <yvonne.chambers@torbay.gov.uk>",
     "Step down to Early Help L3 - triage please - Baby Rosie Tozer",
     text="""Hello Early Help,

Please add Rosie Tozer (DOB 11/02/2093), LCS ID 890066, to the next under-5s triage. Step down to Level 3.

Why she came to us: in March mum (Kirsty Tozer, learning disability) was making up the formula with too much powder and cold water, and Rosie was constipated and unsettled. Nothing serious happened and she was never unwell enough for hospital.

Since then: the health visitor and I did a feed observation on Monday - Kirsty made up three bottles correctly using the marked jug and the picture card, and Rosie is gaining weight well. The parenting assessment is going well.

The single assessment is attached. My team manager, Oliver Quick, has recorded his analysis that the level 3 threshold is met and agreed the step down. Kirsty has consented to level 3 Early Help.

Yvonne Chambers
Social Worker, Single Assessment Team
""",
     atts=[("Single Assessment Rosie Tozer.docx", DOCX, docx([
         "Single Assessment - Rosie Tozer", "LCS ID 890066", "Outcome: step down to Early Help level 3"]))],
     cat="near_miss",
     exp=E("step_down", False, "book_meeting", level=3, case_ids=["890066"], children=[("Rosie Tozer", "2093-02-11")],
           concerns=["neglect"], consent=True, manager=True, missing=[]),
     why="NEAR MISS: formula made up wrong in March, now corrected (three bottles made correctly at Monday's observation, gaining weight, 'parenting assessment is going well') -> not urgent. Complete Torbay step-down: assessment attached, TM's analysis/agreement, consent -> book_meeting; Rosie is under 5 -> fortnightly under-5s triage. Level 3 stated. Concern neglect (the reason for involvement).")

mail("torbay_03.eml", "torbay", "early_help_duty", "2093-05-14 23:10",
     "Night Staff Harbour View <nightstaff.harbourview@seasidesupport.example.org>",
     "Jade and baby Kai - room 4",
     text="""Hi, this is the night worker at Harbour View supported living, Torquay. I did not know who else to email, your address is on the fridge sheet.

Jade Polgrean (room 4) has a learning disability. Her baby Kai Polgrean was born on 04/05/2093, he is 10 days old.

Tonight at 10pm I saw the bottles she has made for the night. They are only half a scoop of powder in each full bottle. Jade said the midwife told her "half" and she has done it like this since they came home. Kai is very quiet, a grey colour, and did not wake for his 7pm or 10pm feed. Jade says he is "just a good sleeper". She would not let me pick him up and has now locked her door. I can hear no crying.

Our manager is not on call tonight. I am the only staff on site till 7am.

Harbour View night line: 01803 496 0390
""",
     ooh=True, cat="urgent",
     exp=E("other", True, "alert_duty", children=[("Kai Polgrean", "2093-05-04")], concerns=["neglect"]),
     why="URGENT, no alarm words, OUT OF HOURS (Thursday 23:10): a 10-day-old fed half-strength bottles since coming home, grey, not waking for two feeds, mother has locked the door, single night worker on site -> immediate -> alert the out-of-hours service. Kind other. Concern neglect.")

mail("torbay_04.eml", "torbay", "early_help_duty", "2093-06-02 09:05",
     "Sam Trevithick <sam.trevithick@torbay.gov.uk>",
     "step down triage - Cody Hext",
     text="""Morning,

Can I have a triage slot for Cody Hext, DOB 23/08/2084, LCS ID 876502. Level 3.

Dad (Gareth Hext) has a learning disability and Cody is a young carer for him - he does the shopping, reads the post and the bills, and sorts dad's tablets. Cody's attendance has dropped to 84%.

Single assessment attached. Dad consented at the visit yesterday, his advocate was there.

I haven't managed to get hold of my TM yet, she is on leave till Monday - I'll forward her analysis then.

Sam
Sam Trevithick | Social Worker | Torbay Children's Services
""",
     atts=[("SA - Cody Hext.docx", DOCX, docx(["Single Assessment - Cody Hext", "Young carer for dad"]))],
     cat="ordinary",
     exp=E("step_down", False, "request_info", level=3, case_ids=["876502"], children=[("Cody Hext", "2084-08-23")],
           concerns=["school_attendance", "young_carer"], consent=True, manager=None, missing=["manager_agreed"]),
     why="Torbay step-down with the assessment and consent (through the advocate) but the team manager's analysis 'then' -> manager_agreed null -> missing -> request_info. Cody reads dad's post and sorts his tablets -> young_carer; 84% -> school_attendance. Cody is 8 -> weekly triage.")

t05_edt = """---------- Forwarded message ---------
From: Emergency Duty Team <edt@torbay.gov.uk>
Date: Mon, 22 Jun 2093 at 07:05
Subject: EDT overnight log - Penrose

22:40 Police called to 3 Tor Close, Brixham after a neighbour heard shouting. Lodger (Neil Carne) had been taking mum's benefits and threatening her. Neil Carne arrested and in custody; bail conditions will stop him returning to the address.
23:30 Children Ellie Penrose (6) and Jack Penrose (4) taken with mum to maternal grandmother's in Paignton; police checked and all safe and well there. Mum has a mild learning disability; grandmother able to care for them.
No further action needed overnight. Day team to follow up."""
mail("torbay_05.eml", "torbay", "mash_step_up", "2093-06-22 08:20",
     "Ian Coombe <ian.coombe@torbay.gov.uk>",
     "Fwd: EDT overnight log - Penrose",
     text="""MASH - FYI, this family is open to Early Help (I'm the lead practitioner). I'll visit mum and nan at grandmother's today and update the plan. No action needed from you this morning, just for the record.

Ian Coombe
Early Help Lead Practitioner, Brixham

""" + t05_edt + "\n",
     cat="near_miss",
     exp=E("other", False, "human_review", children=[("Ellie Penrose", None), ("Jack Penrose", None)],
           concerns=["exploitation"]),
     why="NEAR MISS: already handled by police overnight - the lodger arrested and in custody with bail conditions, the children with mum at grandmother's, 'safe and well' -> not urgent. Forwarded EDT log for information -> other -> human_review. Children named with ages only -> dob null. Concern exploitation (the lodger taking mum's benefits).")

mail("torbay_06.eml", "torbay", "early_help_duty", "2093-07-03 21:37",
     "shannon x <shanzy.b1998@hotmail.example.co.uk>",
     "help",
     text="""hi its shannon bray. the man lee who stays at mine sed i got to go wiv his mate tonite at 11 or he wil chuk me an the kids out. i dont want to go. last time i went his mate hurt me. my 2 boys are in bed here. lee got my bank card an my fone charger. pls can sum1 ring me i dont no wot to do. 07700 900 733. im at 14 Churchward rd paignton

Sent from my Samsung Galaxy
""",
     ooh=True, cat="urgent",
     exp=E("other", True, "alert_duty", concerns=["exploitation"]),
     why="URGENT, no alarm words, OUT OF HOURS (Friday 21:37): a mother with low literacy writing in her own words - the man staying with her is sending her to 'his mate' at 11 tonight (who hurt her last time), threatening to throw her and the children out, children in bed in the flat -> immediate -> alert the out-of-hours service. Kind other. Boys not named -> children []. Concern exploitation (sexual and financial exploitation of the parent in the children's home).")

mail("torbay_07.eml", "torbay", "early_help_duty", "2093-07-08 12:40",
     "Pauline Ferris <pauline.ferris47@btinternet.example.com>",
     "Help for my son and his little girl",
     text="""Dear Sir or Madam,

I am writing on behalf of my son, Wayne, who has a learning disability. He has recently got custody of his daughter Maisie Ferris, who is 4. He is doing his best and she is well looked after - I pop in every day - but he struggles with letters from the school and the doctor and he gets anxious about forms.

Is there anyone at Early Help who could help him with things like reading the school letters and setting up reminders? And can letters be sent to him in Easy Read? He would need someone to come to the house as he does not like the bus.

We are not in any trouble, I just want him to have some help before he gets overwhelmed.

Kind regards,
Pauline Ferris (Maisie's grandmother)
""",
     cat="ordinary",
     exp=E("other", False, "human_review", children=[("Maisie Ferris", None)]),
     why="A grandparent's general enquiry for support for her son with a learning disability and his 4-year-old; no step request, no risk ('she is well looked after') -> other -> human_review. Maisie Ferris named, age only -> dob null.")

t08_prev = """From: Early Help Business Support <earlyhelp@torbay.gov.uk>
Sent: 16 July 2093 10:02
Subject: [SB-torbay-3316] Triage slot confirmed - Ruby Hext

Ruby Hext (DOB 02/03/2093) is booked for the under-5s triage on Tuesday 28 July.
LCS ID 891140."""
mail("torbay_08.eml", "torbay", "early_help_duty", "2093-07-21 15:55",
     "Hollie Prowse <hollie.prowse@torbay.gov.uk>",
     "RE: [SB-torbay-3316] Triage slot confirmed - Ruby Hext",
     text="""Hi

Update on Ruby before triage. Mum (Stacey Hext) phoned me crying at 15.30. The man who moved in with her in June, Kev, has pushed her out of the flat and locked the door. Ruby is inside with him. Stacey is on the landing; she says Kev has been drinking since lunch and told her she can have the baby back when she gives him her PIN.

Ruby is 4 months old and is due a feed at 4. I am driving there now, 20 mins away. Flat 2, 9 Market Street, Torquay.

Hollie Prowse
Social Worker, Torbay Single Assessment Team
01803 496 0277

""" + quote(t08_prev) + "\n",
     cat="urgent",
     exp=E("follow_up", True, "alert_duty", case_ids=["891140"], children=[("Ruby Hext", "2093-03-02")],
           concerns=["exploitation", "substance_misuse"]),
     why="URGENT reply to an existing step-down ([SB-torbay-3316]), no alarm words: a 4-month-old locked in a flat with a drinking man who is holding her to get the mother's PIN, mother locked out, social worker 20 minutes away -> immediate -> alert_duty outranks attach_to_request. Child, DOB and LCS ID only in the quoted history. Concerns exploitation (financial exploitation, the baby used as leverage) and substance_misuse (drinking since lunch).")

# ============================== HEREFORDSHIRE ==============================
mail("herefordshire_01.eml", "herefordshire", "early_help_duty", "2093-04-21 11:45",
     "Bethan Griffiths <bethan.griffiths@herefordshire.gov.uk>",
     "Step down plan - Price sibling group - level 3",
     text="""Dear Early Help Co-ordinators,

Following my discussion with Lowri at the drop-in on 14 April, please find attached the Early Help Assessment step-down plan for the Price sibling group (level 3):

- Evan Price, DOB 02/02/2084, Mosaic 711920
- Seren Price, DOB 18/09/2087, Mosaic 711921
- Dylan Price, DOB 27/12/2090, Mosaic 711922

Mum (Carys Price) has a learning disability and low literacy. Her written consent is attached - she signed it with her advocate after going through the Easy Read version. The key person agreed with the family is Hywel Bevan, Family Support Worker, Leominster Children's Centre.

Please send mum any letters in Easy Read and copy her advocate, Angharad Rees (Herefordshire Advocacy).

Bethan Griffiths
Social Worker, Herefordshire Children's Services
""",
     atts=[("EHA step-down plan - Price.docx", DOCX, docx([
         "Early Help Assessment step-down plan", "Evan Price; Seren Price; Dylan Price",
         "Wellbeing Plan: reading support for post; weekly routine chart", "Key person: Hywel Bevan, Leominster Children's Centre"])),
           ("Written consent - Carys Price.pdf", "application/pdf", pdf([
               "Consent to Early Help", "Parent: Carys Price", "Signed 17/04/2093 with advocate"]))],
     cat="ordinary",
     exp=E("step_down", False, "book_meeting", level=3, case_ids=["711920", "711921", "711922"],
           children=[("Evan Price", "2084-02-02"), ("Seren Price", "2087-09-18"), ("Dylan Price", "2090-12-27")],
           concerns=[], consent=True, missing=[]),
     why="Complete Herefordshire sibling-group step-down: plan .docx, written consent .pdf (consent_form), key person with agency -> book_meeting. Level 3 written. Mosaic ids bare numbers. No concern category raised.")

mail("herefordshire_02.eml", "herefordshire", "early_help_duty", "2093-05-07 10:10",
     "Owain Pritchard <owain.pritchard@herefordshire.gov.uk>",
     "Step down - Scarlett Vaughan - plan and consent attached",
     text="""Hello co-ordinators,

Step down plan attached for Scarlett Vaughan (DOB 05/06/2091), Mosaic 714388. Mum's signed consent form attached too. Key person: Mandy Holloway, Health Visitor, Wye Valley 0-19 Service.

Mum (Leanne Vaughan) has a learning disability. Her ex-lodger was taking her money last year; he left in November and has not been back. The safety plan covers what would happen if he did come back: mum would ring her sister and the police and not let him in. This is a contingency only - there is no sign of him.

Overnight Scarlett sleeps well and mum manages the bedtime routine with her picture chart.

Owain Pritchard
Social Worker, Hereford City Team
""",
     atts=[("Step-down plan Vaughan.docx", DOCX, docx(["Early Help Assessment step-down plan - Scarlett Vaughan",
                                                      "Contingency: if the ex-lodger returns, ring sister and police"])),
           ("Consent form signed - Vaughan.pdf", "application/pdf", pdf(["Consent form", "Leanne Vaughan", "Signed"]))],
     cat="near_miss",
     exp=E("step_down", False, "book_meeting", case_ids=["714388"], children=[("Scarlett Vaughan", "2091-06-05")],
           concerns=[], consent=True, missing=[]),
     why="NEAR MISS: a past exploiter ('left in November and has not been back') and a hypothetical in the safety plan ('what would happen if he did come back ... contingency only') -> not urgent. Complete Herefordshire step-down (plan, signed consent form, key person with agency) -> book_meeting. Level not written -> null. Concern: historic, contingency only -> none labelled (judgement call).")

mail("herefordshire_03.eml", "herefordshire", "early_help_duty", "2093-05-27 14:20",
     "Rachel Morgan-Lloyd <rachel.morganlloyd@herefordshire.gov.uk>",
     "Step down - Jacob Hughes",
     text="""Hi,

Draft step-down plan attached for Jacob Hughes (DOB 10/10/2088), Mosaic 716540.

Dad (Martin Hughes) has a learning disability. I explained the step down using the Easy Read leaflet and his advocate is going to go through the consent form with him next Tuesday - I'll send it on once he's signed.

Key person: Sophie Lane, Pastoral Lead, St Martin's Primary, Hereford.

Can meetings with dad be booked for an hour and a half please; his advocate says he needs breaks.

Rachel
Rachel Morgan-Lloyd | Social Worker | Herefordshire Council
""",
     atts=[("Draft step-down plan - Hughes.docx", DOCX, docx(["Early Help Assessment step-down plan - Jacob Hughes"]))],
     cat="ordinary",
     exp=E("step_down", False, "request_info", case_ids=["716540"], children=[("Jacob Hughes", "2088-10-10")],
           concerns=[], consent=None, missing=["consent_form"]),
     why="Herefordshire step-down with plan and key person but consent still to be asked ('his advocate is going to go through the consent form with him next Tuesday') -> consent null, consent_form missing -> request_info.")

h04_fwd = """From: Lucy Parry <lucy.parry@herefordshire.gov.uk>
Sent: 12 June 2093 11:58
To: Sian Watkins <sian.watkins@herefordshire.gov.uk>
Subject: Keeley - Gary

Sian, I've just been to the flat. Mum (Tanya Bevan) has gone to the food bank in Bromyard and left Keeley with Gary. Gary is the man the police told us about last Thursday - he has a conviction for sexual offences against a young child. He moved in three weeks ago, mum calls him her friend and he has her bank card. Mum says she will be back at 4. Gary would not let me in. Keeley is 2."""
mail("herefordshire_04.eml", "herefordshire", "mash_step_up", "2093-06-12 12:15",
     "Sian Watkins <sian.watkins@herefordshire.gov.uk>",
     "FW: Keeley - Gary - step up please",
     text="""MASH - please can you step up Keeley Bevan (DOB 21/01/2091), Mosaic 717002, from Early Help. See Lucy's message below from 15 minutes ago.

Sian Watkins
Early Help Team Leader, Bromyard

""" + h04_fwd + "\n",
     cat="urgent",
     exp=E("step_up", True, "alert_duty", case_ids=["717002"], children=[("Keeley Bevan", "2091-01-21")],
           concerns=["exploitation", "sexual_harm"], missing=[]),
     why="URGENT forwarded chain, no alarm words: a 2-year-old left alone right now with a man who moved in three weeks ago, holds mum's bank card and has a conviction for sexual offences against a young child; he refused the worker entry -> immediate -> alert_duty. Herefordshire's step-up is undefined (missing [], would be human_review) but urgency comes first. Concerns exploitation (cuckooing of the parent) and sexual_harm (the risk from the man).")

mail("herefordshire_05.eml", "herefordshire", "early_help_duty", "2093-06-29 07:30",
     "Herefordshire Safeguarding Children Partnership <hscp.bulletin@herefordshire.gov.uk>",
     "HSCP Bulletin - Learning Disability Awareness Week: supporting parents",
     html="""<html><body style="font-family:Verdana;font-size:10pt">
<h2>HSCP Practitioner Bulletin - June 2093</h2>
<p><b>Learning Disability Awareness Week</b> runs 29 June - 3 July. This month we focus on parents with a learning disability.</p>
<p>Signs that a parent may need more help could include, for example:</p>
<ul>
<li>a baby not gaining weight because feeds are made up wrongly</li>
<li>a parent who cannot read medicine labels or tell the time for doses</li>
<li>a "friend" moving in and taking over the home or the parent's money (cuckooing)</li>
<li>a parent who cannot wake for night feeds</li>
</ul>
<p>If you are worried about a child, follow the usual procedures. Free Easy Read templates and the PAMS briefing are on the HSCP website.</p>
<p>Book on the Good Practice Guidance webinar, Thursday 2 July, 12:30.</p>
<p style="font-size:8pt">You are receiving this bulletin because you are on the HSCP practitioner list.</p>
</body></html>""",
     headers=[("List-Unsubscribe", "<mailto:hscp.bulletin@herefordshire.gov.uk?subject=unsubscribe>"),
              ("Precedence", "bulk")],
     cat="near_miss",
     exp=E("other", False, "human_review"),
     why="NEAR MISS: an HTML-only partnership bulletin that lists examples of warning signs (underfed baby, medicine times, cuckooing, night feeds) about no real child -> bulletins that list examples must not trigger it -> other -> human_review. Not an auto-reply (a bulletin with Precedence: bulk, no Auto-Submitted).")

mail("herefordshire_06.eml", "herefordshire", "mash_step_up", "2093-07-02 10:35",
     "Nia Jenkins <nia.jenkins@herefordshire.gov.uk>",
     "Step up request - Poppy and Alfie Marsh",
     text="""Dear MASH,

I'd like to request a step up to social care for Poppy Marsh (DOB 13/04/2086) and Alfie Marsh (DOB 09/09/2089), Mosaic 718814.

Mum, Zoe Marsh, has a learning disability. Over the past three months the children have been coming to school hungry and in the same clothes all week, and Alfie has had head lice untreated since Easter. Mum has stopped coming to the TAF meetings and does not answer the door. My manager, Huw Bowen, agrees with the step up. Mum has not consented - she told me she does not want social workers.

Please could letters to mum be in Easy Read.

Nia Jenkins
Early Help Practitioner, Ross-on-Wye
""",
     cat="ordinary",
     exp=E("step_up", False, "human_review", case_ids=["718814"],
           children=[("Poppy Marsh", "2086-04-13"), ("Alfie Marsh", "2089-09-09")],
           concerns=["neglect", "non_engagement"], consent=False, manager=True, missing=[]),
     why="Herefordshire step-up: the seed defines no step-up (REQUIREMENTS) -> human_review, missing []. Consent refused ('has not consented ... does not want social workers') -> false; manager agrees -> true. Hunger, untreated lice -> neglect; stopped attending TAF -> non_engagement. Chronic, not immediate.")

mail("herefordshire_07.eml", "herefordshire", "early_help_duty", "2093-07-20 17:45",
     "Eleri Powell <eleri.powell@wvt-schoolnursing.nhs.uk>",
     "Mason Lewis (Y2) - insulin",
     text="""Hello,

I'm the school nurse for Kington Primary. I'm emailing the address I have for Early Help as Mason's family has a co-ordinator.

Mason Lewis, DOB 15/03/2086, has type 1 diabetes. Dad, Craig Lewis, has a learning disability and cannot read the dose chart or tell the time from the clock on the wall; he used an alarm on his phone that his sister set up. He told me at pick-up that the phone broke on Saturday. Mason has had no long-acting insulin since Saturday night.

Today Mason's blood sugar was too high for the meter to read, he was vomiting and breathing fast and his breath smelt of pear drops. Dad took him home at 3.15 to "sleep it off". I have rung dad four times since 4pm and there is no answer. They live at 2 Church Row, Kington.

Eleri Powell
School Nurse, Wye Valley NHS Trust
01432 496 0155
""",
     cat="urgent",
     exp=E("other", True, "alert_duty", children=[("Mason Lewis", "2086-03-15")], concerns=["neglect"]),
     why="URGENT, no alarm words (17:45, after office hours): a child with type 1 diabetes with no long-acting insulin for two days, vomiting, fast breathing and ketotic breath, taken home to 'sleep it off' by a father who cannot read the chart or tell the time, not answering -> immediate -> alert_duty. Sent to the co-ordinators' inbox: kind other. Type 1 diabetes is a medical condition, not labelled disability_send (judgement call); neglect.")

mail("herefordshire_08.eml", "herefordshire", "early_help_duty", "2093-07-24 11:02",
     "jacob hughes dad <martyhughes77@gmail.example.com>",
     "Re: [SB-herefordshire-0932] Step down - Jacob Hughes",
     text="""hello this is martin jacobs dad

i have sined the form. my advocat sue helpd me read it. i am ok with early help. the form is on here.

can the meeting be in the morning pleas i get tird

martin

On Wed, 27 May 2093 at 14:31, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
> [SB-herefordshire-0932] Step down - Jacob Hughes
> We still need the family's signed consent form.
""",
     atts=[("consent form.pdf", "application/pdf", pdf(["Early Help consent form", "Parent: Martin Hughes",
                                                          "I agree to Early Help", "Signed with advocate"]))],
     cat="ordinary",
     exp=E("follow_up", False, "attach_to_request", children=[("Jacob Hughes", None)], consent=True),
     why="A father with a learning disability replying in his own words to [SB-herefordshire-0932] with the signed consent form ('i am ok with early help', signed with his advocate) -> follow_up -> attach_to_request; consent true. 'jacobs dad' names the child only by first name (Jacob Hughes appears in the subject/quote); the child's full name is in the subject and the quoted acknowledgement -> children [Jacob Hughes], no DOB in this mail (judgement call).")


# ----------------------------------------------------------------------------------------------- build
def build(m):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or ADDR[m["authority"]][m["mailbox"]]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s@%s>" % (sha(m["file"])[:24].upper(), dom)
    for k, v in m["headers"]:
        msg[k] = v
    if m["text"] is not None and m["cal"] is not None:
        msg.set_content(m["text"])
        msg.add_alternative(m["cal"], subtype="calendar", params={"method": "REPLY"})
    elif m["text"] is not None:
        msg.set_content(m["text"])
        if m["alt_html"]:
            msg.add_alternative(m["alt_html"], subtype="html")
    else:
        msg.set_content(m["html"], subtype="html")
    for fn, ctype, data in m["atts"]:
        mt, st = ctype.split("/")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m["cal"] is not None:
        msg.add_attachment(m["cal"].encode(), maintype="text", subtype="calendar", filename="invite.ics",
                           params={"method": "REPLY"})
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("=_mx74_%s_%d" % (sha(m["file"])[:20], i))
    return msg.as_bytes(policy=policy.default)

def readable(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        data = part.get_payload(decode=True)
        if fn and fn.endswith(".docx"):
            out.append(docx_text(data))
        elif fn and fn.endswith(".pdf"):
            out.append(pdf_text(data))
        else:
            t = part.get_content() if part.get_content_maintype() == "text" else ""
            if isinstance(t, bytes):
                t = t.decode("utf-8", "replace")
            out.append(re.sub(r"<[^>]+>", " ", t))
    return "\n".join(out), msg

ALARM = re.compile(r"urgent|immediate|\brisk|emergenc|safeguard|danger|child protection", re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer",
            "disability_send"}
REQ = {
    ("knowsley", "step_up"): None, ("knowsley", "step_down"): None,
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
    ("herefordshire", "step_up"): set(),
}

def knowsley_req(kind, level, concerns):
    if kind == "step_up":
        r = {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
        if "neglect" in concerns: r.add("gcp2")
        if "non_engagement" in concerns: r.add("engaging_families")
        if "exploitation" in concerns: r.add("exploitation_assessment")
        return r
    if level == 2:
        return {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"}
    return {"children", "meeting_details", "worries_strengths_next", "consent"}

def expected_next(a, e):
    if e["urgent"]: return "alert_duty"
    k = e["kind"]
    if k == "auto_reply": return "ignore"
    if k == "meeting_reply": return "record_reply"
    if k == "follow_up": return "attach_to_request"
    if k == "other": return "human_review"
    if a == "herefordshire" and k == "step_up": return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

def check_and_write():
    errs = []
    def chk(c, s):
        if not c: errs.append(s)
    # calendar checks
    chk({d for d in BANK if WIN_START <= d <= WIN_END} == EXPECTED_BANK_IN_WINDOW, "bank holidays in window")
    chk(WIN_START.weekday() == 1 and WIN_END.weekday() == 4, "window weekdays")
    chk(date(2093, 4, 13) in BANK and date(2093, 4, 10) in BANK, "Easter before window")
    names = [m["file"] for m in MAILS]
    chk(len(names) == 40 and len(set(names)) == 40, "40 unique files")
    for a in ADDR:
        chk(sorted(n for n in names if n.startswith(a + "_")) == ["%s_%02d.eml" % (a, i) for i in range(1, 9)], "8 for " + a)
    labels, cats, raws, table = [], {}, {}, []
    for m in MAILS:
        f, a, e = m["file"], m["authority"], m["exp"]
        raw = build(m)
        raws[f] = raw
        text, msg = readable(raw)
        chk(not msg.defects and all(not p.defects for p in msg.walk()), f + " defects")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            chk(msg[h] is not None, f + " header " + h)
        chk(ADDR[a][m["mailbox"]].lower() in (str(msg["To"]) + str(msg["Cc"] or "")).lower(), f + " mailbox address")
        dtm = m["date"]
        chk(dtm.utcoffset() == timedelta(hours=1), f + " BST")
        chk(WIN_START <= dtm.date() <= WIN_END, f + " in window")
        working = dtm.weekday() < 5 and dtm.date() not in BANK
        if m["ooh"]:
            chk(not working or dtm.hour >= 18 or dtm.hour < 8, f + " ooh flag")
        else:
            chk(working, f + " weekday/bank holiday")
        now = dtm + timedelta(minutes=m["now_min"])
        chk(1 <= m["now_min"] <= 10 and now.utcoffset() == dtm.utcoffset(), f + " now")
        # label schema
        chk(set(e) == {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                       "missing", "notice_ok", "next_action"}, f + " keys")
        chk(e["next_action"] == expected_next(a, e), f + " next_action %s vs %s" % (e["next_action"], expected_next(a, e)))
        chk(e["urgent"] == (m["cat"] == "urgent"), f + " urgent/category")
        chk(set(e["concerns"]) <= CONCERNS and e["concerns"] == sorted(set(e["concerns"])), f + " concerns")
        chk(e["level"] is None or e["kind"] == "step_down", f + " level only on step_down")
        if e["urgent"]:
            chk(not ALARM.search(text), f + " alarm word in urgent mail: %s" % (ALARM.search(text) and ALARM.search(text).group(0)))
        for c in e["case_ids"]:
            chk(c in text, f + " case id in text " + c)
        for ch in e["children"]:
            chk(ch["name"] in text, f + " child in text " + ch["name"])
            if ch["dob"]:
                dob = date.fromisoformat(ch["dob"])
                chk(dob < now.date() and (now.date() - dob).days < 18 * 365, f + " dob range")
                dd = "%02d/%02d/%d" % (dob.day, dob.month, dob.year)
                chk(dd in text or dd.replace("/", ".") in text, f + " dob as written")
        # requirements
        key = (a, e["kind"])
        if e["kind"] in ("step_up", "step_down"):
            req = knowsley_req(e["kind"], e["level"], e["concerns"]) if a == "knowsley" else REQ[key]
            chk(set(e["missing"]) <= req, f + " missing ids allowed")
            for fid, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fid in req:
                    chk((val is not True) == (fid in e["missing"]), f + " fact " + fid)
            if "children" in req:
                chk((not e["children"]) == ("children" in e["missing"]), f + " children fact")
        else:
            chk(e["missing"] == [], f + " missing [] for kind")
        if e["kind"] == "follow_up":
            chk("[SB-" in str(msg["Subject"]), f + " follow_up ref")
        else:
            chk("[SB-" not in str(msg["Subject"]) or e["kind"] == "meeting_reply", f + " no ref")
        if e["kind"] == "auto_reply":
            chk(msg["Auto-Submitted"] is not None, f + " auto-submitted")
        else:
            chk(msg["Auto-Submitted"] is None, f + " not auto-submitted")
        if e["kind"] == "meeting_reply":
            chk("METHOD:REPLY" in raw.decode("ascii", "replace") or "method=\"REPLY\"" in raw.decode() , f + " itip")
        # notice
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            chk(m["meeting"] is not None, f + " meeting")
            mt = m["meeting"]
            chk(mt.weekday() < 5 and mt.date() not in BANK, f + " meeting day")
            g = wd_between(now.date(), mt.date())
            chk((g >= 5) == e["notice_ok"], f + " notice %d" % g)
            table.append((f, now, mt, g, plain_weekdays(now.date(), mt.date())))
        else:
            chk(e["notice_ok"] is None, f + " notice null")
        chk(re.search(r"\b(209[4-9]|21\d\d)\b", text) is None, f + " year after 2093")
        labels.append({"file": f, "authority": a, "mailbox": m["mailbox"], "now": now.isoformat(), "expect": e,
                       "why": "%s | Rule: %s%s; %s" % (
                           m["why"], ("seed %s; " % SEED[a]),
                           RULE.get(key, KIND_RULE.get(e["kind"], "")),
                           URGENT_RULE if e["urgent"] else (NEAR_RULE if m["cat"] == "near_miss" else "DESIGN.md parse contract field rules"))})
        cats[f] = m["cat"]
    from collections import Counter
    cc = Counter(cats.values())
    chk(cc["urgent"] >= 11 and cc["near_miss"] >= 11, "category counts %s" % cc)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    for f, raw in raws.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(cats, fh, indent=1)
        fh.write("\n")
    # re-parse written files
    for f in raws:
        with open(os.path.join(HERE, f), "rb") as fh:
            BytesParser(policy=policy.default).parse(fh)
    print("ok", dict(cc), Counter(l["expect"]["kind"] for l in labels),
          Counter(l["expect"]["next_action"] for l in labels))
    for f, now, mt, g, p in table:
        print("%s | %s | %s | %d WD | %d plain" % (f, now.strftime("%a %d %b %H:%M"), mt.strftime("%a %d %b %H:%M"), g, p))

if __name__ == "__main__":
    check_and_write()
