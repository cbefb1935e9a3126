#!/usr/bin/env python3
"""mixed128: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2044 (Monday 18 April - Wednesday 20 July 2044), in families of prisoners.

Stdlib only (email, zipfile, zlib-free hand-built PDFs, hand-built .docx and .ics). Deterministic: no clock,
no randomness; Message-IDs and boundaries come from sha1 of the file name. Every label is set by hand from
/work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and the policy packs; the self-checks only verify the labels
against those rules and the mail against the brief, and STOP on any error before anything is written.
"""
import hashlib, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2044, 4, 18), date(2044, 7, 20))
# England & Wales bank holidays 2044 that matter here (checked against the `holidays` package when importable):
BANK_HOLIDAYS = {date(2044, 4, 15), date(2044, 4, 18), date(2044, 5, 2), date(2044, 5, 30), date(2044, 8, 29)}
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]

MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        n += is_wd(d)
    return n

# ---------------------------------------------------------------- attachment builders (stdlib only)
def docx(paragraphs):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2044, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def pdf(lines):
    def e(s):
        s.encode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join("(%s) Tj T*\n" % e(l) for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream)]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("ascii")

def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)

VTZ = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
       "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
       "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
       "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]

def ical(method, uid, start, end, summary, organizer, attendees, location="Microsoft Teams Meeting",
         comment=None, description=None, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method] + VTZ + [
        "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20440101T000000Z",
        "DTSTART;TZID=Europe/London:" + start, "DTEND;TZID=Europe/London:" + end,
        "SUMMARY:" + ics_esc(summary), "LOCATION:" + ics_esc(location), "SEQUENCE:0",
        "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, ps in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s:mailto:%s" % (ps, cn, em))
    if description:
        L.append("DESCRIPTION:" + ics_esc(description))
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_esc(comment))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"

def html_of(text):
    import html as H
    paras = [("<p>%s</p>" % "<br>\n".join(H.escape(l, quote=False) for l in p.split("\n"))) for p in text.split("\n\n")]
    return ('<html><head><meta charset="utf-8"><style>p{margin:0 0 8pt 0;font-family:Aptos,sans-serif;'
            'font-size:11pt}</style></head><body lang="EN-GB">\n%s\n</body></html>\n' % "\n".join(paras))

CT = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "pdf": ("application", "pdf"), "txt": ("text", "plain"), "ics": ("text", "calendar")}

# ---------------------------------------------------------------- the mail builder
MAILS = []

def mail(file, cat, authority, mailbox, frm, subject, when, body, label, why, *, to=None, cc=None, style="outlook",
         atts=(), html="alt", extra=(), in_reply_to=None, now_after=4, cal=None, offhours=False, meeting=None):
    """when: local London wall-clock 'YYYY-MM-DD HH:MM'. style sets X-Mailer / signature habits."""
    d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=LON)
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to or MAILBOX[authority][mailbox]
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(d)
    dom = {"outlook": "EUR03.PROD.OUTLOOK.COM", "gmail": "mail.gmail.com", "iphone": "icloud.com",
           "android": "android.outlook.com", "thunderbird": "localhost"}.get(style, "example.org")
    m["Message-ID"] = "<%s@%s>" % (sha(file + "mid")[:30].upper(), dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if style == "outlook":
        m["Thread-Index"] = "AQH" + sha(file + "ti")[:24]
        m["X-MS-Has-Attach"] = "yes" if atts else ""
        m["Content-Language"] = "en-GB"
    elif style == "iphone":
        m["X-Mailer"] = "iPhone Mail (21F90)"
    elif style == "android":
        m["X-Mailer"] = "Outlook for Android"
    elif style == "thunderbird":
        m["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"
    for k, v in extra:
        m[k] = v
    if html == "only":
        m.set_content(html_of(body), subtype="html")
    else:
        m.set_content(body)
        if html == "alt":
            m.add_alternative(html_of(body), subtype="html")
    if cal is not None:
        method, caltext = cal
        if html == "none" and not m.is_multipart():
            m.make_alternative()
        m.add_alternative(caltext, subtype="calendar", params={"method": method})
    for name, data in atts:
        ext = name.rsplit(".", 1)[1].lower()
        mt, st = CT[ext]
        if mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=st, filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary("=_%s_%d" % (sha(file + "b%d" % i)[:24], i))   # deterministic boundaries
    raw = m.as_bytes(policy=email.policy.SMTP)
    now = (d + timedelta(minutes=now_after)).isoformat()
    lab = {"file": file + ".eml", "authority": authority, "mailbox": mailbox, "now": now,
           "expect": dict(label), "why": why}
    MAILS.append(dict(file=file + ".eml", cat=cat, raw=raw, label=lab, when=d, offhours=offhours, meeting=meeting))

def L(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None, next_action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": b} for n, b in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": next_action}

def ack(ref, auth):
    return "<%s@stepbot.%s.gov.uk>" % (sha(ref)[:20], auth.replace("_", ""))

# =====================================================================================================
# KNOWSLEY
# =====================================================================================================
mail("knowsley_01", "urgent", "knowsley", "mash_step_up",
     "Niamh Fitzpatrick-Owusu <niamh.fitzpatrick-owusu@knowsley.gov.uk>",
     "Step up request - Merrick - EHM-62114 - step up TAF Wed 27/04", "2044-04-19 10:40", """Hi MASH,

Please find attached the FF Step Up request to CSC form and the minutes of our last TAF (12/04/2044) for:

Tayla-Rose Merrick, DOB 02/05/2033
Brandon Merrick, DOB 19/11/2036

Case ID on EHM: EHM-62114

Concerns are domestic abuse. Dad (Wayne Merrick) was sentenced in 2042 for assaulting Mum (Kerry-Ann) in front of both children. Since then Mum has been on her own with the two of them and the plan has not moved things on enough - Tayla-Rose is self-harming again and Mum is not sleeping. We think this needs a C&F assessment.

My team manager Aled Pryce discussed the step up with me on Friday and agreed it.

Date of step up TAF meeting: Wednesday 27 April 2044 at 10:00 on Teams. The invite has gone to the MASH inbox and MASH business support.

Thanks
Niamh

Niamh Fitzpatrick-Owusu
Family First Case Manager (Level 3), Family First 0-18, Knowsley Council
0151 496 0219

PS I have just had a text from Kerry-Ann, 10.31: "they let him out this morning, hes here, hes in the kitchen with the kids and he wont go. dont ring me he checks my phone". We were told his release date was July. His licence has an exclusion zone round the house and no contact with Kerry-Ann. The kids are still off for Easter so both of them are in the house with him right now. I'm trying his probation officer but no answer yet.
""", L("step_up", True, None, ["EHM-62114"], [("Tayla-Rose Merrick", "2033-05-02"), ("Brandon Merrick", "2036-11-19")],
       ["domestic_abuse"], None, True, [], True, "alert_duty"),
     "URGENT (no alarm word): the PS says the father was released this morning, his licence excludes him from the house and bars contact with mum, and he is in the kitchen now with both children and will not leave - DESIGN safety rule 1 -> alert_duty. The Knowsley step-up itself is complete (REQUIREMENTS knowsley step_up: form, case id, TM agreed, TAF minutes, meeting Wed 27 Apr = 6 WD from Tue 19 Apr, Easter Monday 18 Apr before today).",
     atts=[("FF Step Up request to CSC - Merrick.docx", docx(["Family First 0-18 Step Up request to CSC (Appendix 1)",
            "Case ID on EHM: EHM-62114", "Children: Tayla-Rose Merrick 02/05/2033; Brandon Merrick 19/11/2036",
            "What are we worried about: domestic abuse history, Tayla-Rose self-harm, Mum's sleep and mood.",
            "What is working well: Mum engages with the TAF; school support for Brandon.",
            "What needs to happen: C&F assessment by Children's Social Care.",
            "Team Manager agreement: Aled Pryce, 15/04/2044"])),
           ("TAF minutes 12.04.2044 Merrick.pdf", pdf(["TAF meeting minutes - Merrick - 12/04/2044",
            "Present: Mum, Family First, school nurse, Knowsley Domestic Abuse Service.",
            "Actions: consider step up to CSC; case manager to discuss with TM."]))],
     meeting=date(2044, 4, 27))

mail("knowsley_02", "ordinary", "knowsley", "mash_step_up",
     "Ewa Sadowska <ewa.sadowska@knowsley.gov.uk>",
     "Step up to CSC: Jaxon Whitfield EHM-61872 - TAF Wednesday 11 May 10am", "2044-05-04 09:20", """Good morning,

Step up request for Jaxon Whitfield (DOB 14/03/2039), EHM ID EHM-61872.

Jaxon's dad was remanded to HMP Altcourse in January and Mum has been on her own since. Home conditions have gone down a lot: no food in on three of the last four visits, Jaxon in the same clothes, missed his 5-year health check and two dental appointments. The GCP2 was completed with Mum on 26 April and is attached - it scores level 4 for physical care and safety.

Attached: step up form (Appendix 1), GCP2, minutes of the TAF on 20 April, and the calendar invite for the step up TAF.

My TM Corinne Oduya agreed the step up in supervision on 28/04/2044.

Step up TAF: Wednesday 11 May 2044, 10:00-11:00, Teams.

Kind regards,
Ewa Sadowska
Family First Case Manager
Knowsley Council
""", L("step_up", False, None, ["EHM-61872"], [("Jaxon Whitfield", "2039-03-14")], ["neglect"], None, True, [], True,
       "book_meeting"),
     "Complete Knowsley step-up for neglect (REQUIREMENTS knowsley step_up + gcp2 for neglect): form, GCP2, TAF minutes, case id, TM agreed, invite attached as .ics; Wed 4 May -> Wed 11 May is exactly 5 WD (May Day 2 May already past) -> book_meeting.",
     cc="Mash.Businesssupport@knowsley.gov.uk",
     atts=[("Appendix 1 Step Up form - Whitfield.docx", docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-61872",
            "Child: Jaxon Whitfield, 14/03/2039", "Neglect - Graded Care Profile 2 completed 26/04/2044.",
            "Team Manager: Corinne Oduya - agreed 28/04/2044"])),
           ("GCP2 Whitfield 26.04.44.pdf", pdf(["Graded Care Profile 2 (GCP2) - Jaxon Whitfield",
            "Physical care: 4. Safety: 4. Love and care: 2. Stimulation: 3."])),
           ("TAF minutes 20-04-2044.pdf", pdf(["TAF meeting minutes 20/04/2044 - Whitfield",
            "Agreed: case manager to seek TM agreement to step up."])),
           ("invite.ics", ical("REQUEST", "ff-whitfield-%s" % sha("k02")[:12], "20440511T100000", "20440511T110000",
            "Step up TAF - Jaxon Whitfield EHM-61872", ("Ewa Sadowska", "ewa.sadowska@knowsley.gov.uk"),
            [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
             ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")]).encode())],
     meeting=date(2044, 5, 11))

mail("knowsley_03", "ordinary", "knowsley", "mash_step_up",
     "Marcus Adeyinka-Hale <marcus.adeyinka-hale@knowsley.gov.uk>",
     "step up - Oisín Byrne-Kamara - EHM-62390", "2044-04-27 15:05", """Hi all

Requesting step up for Oisín Byrne-Kamara (born 7th July 2035), EHM-62390.

Since Mum's partner got sentenced in February Mum has stopped engaging. 5 planned home visits missed, she doesn't answer the door or texts, cancelled the last two TAFs the morning of. Oisín's attendance is down to 71% and school can't get hold of her either.

Form and TAF minutes attached. Desmond Faulk (TM) has agreed the step up.

Step up TAF is booked for Weds 4th May at 1.30pm (Teams), invite sent to MASH + MASH business support.

Cheers
Marcus
Family First 0-18
""", L("step_up", False, None, ["EHM-62390"], [("Oisín Byrne-Kamara", "2035-07-07")], ["non_engagement", "school_attendance"],
       None, True, ["engaging_families"], False, "request_info"),
     "Knowsley step-up for non-engagement with no mention of the Engaging Families toolkit (REQUIREMENTS knowsley: engaging_families when non_engagement); Wed 27 Apr -> Wed 4 May is 4 WD because Mon 2 May is the Early May bank holiday (5 plain weekdays) -> notice not ok -> request_info.",
     style="thunderbird", html="none",
     atts=[("Step Up form Byrne-Kamara.docx", docx(["Step Up request to CSC (Appendix 1)", "Case ID on EHM: EHM-62390",
            "Oisín Byrne-Kamara 07/07/2035", "Non-engagement since February; attendance 71%."])),
           ("TAF minutes Byrne-Kamara 30.03.44.pdf", pdf(["TAF meeting minutes 30/03/2044", "Mum did not attend."]))],
     meeting=date(2044, 5, 4))

mail("knowsley_04", "near_miss", "knowsley", "early_help_duty",
     "Bronagh McAleese <bronagh.mcaleese@knowsley.gov.uk>",
     "Step down to Level 2 - Kaylan Doherty - ICS-1408812 - final CIN 16/06", "2044-06-07 11:10", """Hello Family First duty,

I am stepping Kaylan Doherty (DOB 30.08.2032, ICS-1408812) down to Level 2 at his final CIN meeting.

Final CIN meeting: Thursday 16 June 2044 at 10:00, Kirkby Family Hub, Room 2.

Lead Practitioner after step down: Marguerite Achebe, Pastoral Lead, Halewood Academy - she has agreed to take the role.

What are we worried about?
Kaylan's attendance (88% this term) and Mum's low mood since Dad's sentence was extended in March.

What is working well?
Kaylan is open with school about how he feels; Mum has started counselling through her GP; visits to Dad are now arranged through the prison's family worker and go well.

What needs to happen?
Level 2 support through school with an Early Help Assessment, a TAF within 6 weeks, and a referral to the young people's carers group at school for children with a parent in custody.

For background only: in February Kaylan's uncle asked him to carry an item into a visit at HMP Altcourse. It was found at the search before the visit, the police dealt with it, the uncle is banned from the prison and has had no contact with Kaylan since. This was addressed through the CIN plan and there is no current concern about it.

Thanks,
Bronagh McAleese
Social Worker, Children in Need Team
""", L("step_down", False, 2, ["ICS-1408812"], [("Kaylan Doherty", "2032-08-30")], ["parental_mental_health", "school_attendance"],
       None, None, [], True, "book_meeting"),
     "NEAR MISS - an old visit incident, dealt with (February, found at the search, uncle banned, 'no current concern') -> not urgent, no exploitation. Complete Knowsley level 2 step-down (REQUIREMENTS knowsley step_down L2: date/time/venue, all three Signs of Safety headings, lead practitioner with agency); Tue 7 Jun -> Thu 16 Jun = 7 WD -> book_meeting.",
     meeting=date(2044, 6, 16))

mail("knowsley_05", "urgent", "knowsley", "early_help_duty",
     "Gráinne Lyons <grainne.lyons@knowsley.gov.uk>",
     "Re: [SB-knowsley-418] Step down - Ashcroft - ICS-1412207", "2044-06-09 16:20", """Please hold this step down.

School rang me at 4.05. Kenzie Ashcroft (10) told his teacher that his dad rang him on the prison phone at dinner time and said "I've sent someone round tonight to sort your mum out, you stay in your room". Last time Dad said something like this a friend of his kicked the front door in (March).

Mum (Jade) is collecting Kenzie and his sister Poppy Ashcroft (6) from after-school club at 5 and taking them home. She's not answering me. I'm driving to the school now.

Gráinne

Sent from my iPhone

> On 7 Jun 2044, at 14:02, stepbot <noreply@stepbot.knowsley.gov.uk> wrote:
>
> Thank you. Your step-down request has been received: [SB-knowsley-418].
> Case: ICS-1412207
""", L("follow_up", True, None, ["ICS-1412207"], [("Kenzie Ashcroft", None), ("Poppy Ashcroft", None)], ["domestic_abuse"],
       None, None, [], None, "alert_duty"),
     "URGENT (no alarm word): a father in prison phoned his 10-year-old today to say he has 'sent someone round tonight to sort your mum out'; a friend kicked the door in last time; the children go home at 5 - DESIGN safety rule 1 -> alert_duty, though the mail is a follow-up to [SB-knowsley-418] (attach_to_request comes after).",
     style="iphone", html="none", in_reply_to=ack("SB-knowsley-418", "knowsley"))

mail("knowsley_06", "ordinary", "knowsley", "early_help_duty",
     "Chidi Okonkwo <chidi.okonkwo@knowsley.gov.uk>",
     "Level 3 step down - Kenyon - joint home visit Wed 1 June", "2044-05-25 14:00", """Hi,

Level 3 step down for the Kenyon children, ICS-1410056:
- Ruby-Jo Kenyon, 22/01/2038
- Alfie Kenyon, 09/09/2041

Joint home visit: Wednesday 1 June 2044 at 11:00 at the family home, Stockbridge Village (address on ICS). A Family First case manager is invited.

Mum (Chantelle) has consented to the referral to Family First.

What are we worried about: Mum's depression since Dad went to HMP Risley in December; Ruby-Jo doing a lot for Alfie at bedtime.
What is working well: Mum is taking her medication and goes to the Partners of Prisoners group on Tuesdays; both children are in school every day.
What needs to happen: Family First case manager to lead a TAF; young carers assessment for Ruby-Jo; support with visits.

Chidi Okonkwo
Social Worker
""", L("step_down", False, 3, ["ICS-1410056"], [("Ruby-Jo Kenyon", "2038-01-22"), ("Alfie Kenyon", "2041-09-09")],
       ["parental_mental_health", "young_carer"], True, None, [], False, "request_info"),
     "Knowsley level 3 step-down complete on content (REQUIREMENTS knowsley step_down L3: visit date/time/venue, three headings, consent) but Wed 25 May -> Wed 1 Jun is 4 WD: Mon 30 May is the Spring Bank Holiday (5 plain weekdays) -> notice not ok -> request_info.",
     meeting=date(2044, 6, 1))

k07cal = ical("REPLY", "ff-byrne-kamara-%s" % sha("k03")[:12], "20440504T133000", "20440504T143000",
              "Step-up TAF - EHM-62390", ("Marcus Adeyinka-Hale", "marcus.adeyinka-hale@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "ACCEPTED")],
              comment="Will attend. Mum has asked that Dad's release date isn't discussed in front of Oisín.")
mail("knowsley_07", "ordinary", "knowsley", "mash_step_up",
     "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Accepted: Step-up TAF - EHM-62390", "2044-04-29 08:50",
     "Accepted: Step-up TAF - EHM-62390\n\nWill attend. Mum has asked that Dad's release date isn't discussed in front of Oisín.\n",
     L("meeting_reply", False, None, ["EHM-62390"], [], [], None, None, [], None, "record_reply"),
     "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) with a COMMENT about the release date - no risk; DESIGN kind meeting_reply -> record_reply; EHM id in the SUMMARY.",
     to="Marcus Adeyinka-Hale <marcus.adeyinka-hale@knowsley.gov.uk>", cc="knowsleymash@knowsley.gov.uk", html="none",
     cal=("REPLY", k07cal))

mail("knowsley_08", "near_miss", "knowsley", "early_help_duty",
     "Knowsley Safeguarding Children Partnership <kscp-news@knowsley.gov.uk>",
     "KSCP Briefing: children with a parent in prison", "2044-06-13 12:30", """KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BRIEFING (June 2044)

Children with a parent in prison

Around 1 in 20 children will see a parent go to prison while they are at school. This briefing, written with the prison family support service at HMP Altcourse, sets out what practitioners may hear and what to do.

Things you may hear (examples from practice, not current cases):
- a child asked by a relative to carry something into a visit;
- a parent in prison making frightening calls to a child;
- a parent released earlier than the family were told, or turning up where a licence condition says he must not go;
- the parent at home struggling alone after a sentence.

What to do: if a child is in immediate danger, call 999. Otherwise talk to your DSL or line manager, and contact MASH the same day where a child may be at risk of harm. Victim contact officers in probation will tell registered victims of release dates and licence conditions.

Training dates: 22 June and 13 July, Huyton Suite. Book via the KSCP website.

You are receiving this because you are on the KSCP mailing list. Unsubscribe: https://kscp.example.org/unsubscribe
""", L("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "NEAR MISS - a partnership briefing that lists examples ('not current cases') of every risk in this set; DESIGN safety rule 1: bulletins that list examples must not trigger it. No request -> other -> human_review.",
     style="bulk", extra=[("List-Id", "KSCP practitioner news <kscp-news.knowsley.gov.uk>"),
                          ("List-Unsubscribe", "<https://kscp.example.org/unsubscribe>"), ("Precedence", "bulk")])

# =====================================================================================================
# RICHMOND & WANDSWORTH
# =====================================================================================================
mail("richmond_wandsworth_01", "urgent", "richmond_wandsworth", "mash_step_up",
     "Rosalind Achterberg <rosalind.achterberg@richmondandwandsworth.gov.uk>",
     "Step up - Amélie Dufresne-Walsh - Mosaic 2290417", "2044-04-21 11:25", """Dear MASH colleagues,

Following a reflective discussion with Tom Kaczmarek (Early Help practitioner) this morning, as Early Help Team Manager I have agreed to step Amélie up to Children's Services. The latest case summary is attached.

Rationale for step up
Amélie Dufresne-Walsh (13, DOB 03.02.2031, Mosaic 2290417) has been open to Early Help since her father was remanded to HMP Wandsworth last autumn. Her uncle, Ciaran Walsh, drives her to visits because Mum does not drive. Tom has been worried for some weeks that the uncle is using the visits.

At 11.02 today Amélie sent Tom this message from the school toilets:
"uncle C gave me a packet this morning and said put it in my bra for the visit later and dont tell mum or dad will get hurt"

She has a visit at HMP Wandsworth at 14:00 today and her uncle is collecting her from school at 12.45 to take her. Tom is going to the school now. Mum is at work and does not yet know.

Kind regards,
Rosalind Achterberg
Early Help Team Manager (Wandsworth North)
""", L("step_up", True, None, ["2290417"], [("Amélie Dufresne-Walsh", "2031-02-03")], ["exploitation"], None, True, [], None,
       "alert_duty"),
     "URGENT (no alarm word): a 13-year-old told by her uncle to hide a package in her clothes for a prison visit at 14:00 today, collected at 12.45 - DESIGN safety rule 1 -> alert_duty. The R&W step-up itself is complete (REQUIREMENTS richmond_wandsworth step_up: case summary attached, rationale under its heading; sent by the EH Team Manager).",
     atts=[("Case summary - A Dufresne-Walsh.docx", docx(["Case summary - Amélie Dufresne-Walsh, Mosaic 2290417",
            "Early Help since October 2043. Father remanded HMP Wandsworth.", "Visits with paternal uncle."]))])

mail("richmond_wandsworth_02", "ordinary", "richmond_wandsworth", "mash_step_up",
     "Kwabena Asante-Lowe <kwabena.asante-lowe@richmondandwandsworth.gov.uk>",
     "MASH step up: Nakamura-Reid children (Mosaic 2287760 / 2287761)", "2044-05-10 14:10", """Hello MASH,

I am the Early Help Team Manager for Richmond South and I agree this step up.

Children:
Tobias Nakamura-Reid, born 30 November 2034 (Mosaic 2287760)
Elsie Nakamura-Reid, born 5 June 2038 (Mosaic 2287761)

The latest case summary is attached.

Rationale for step up:
Since Dad's sentence in January Mum has been drinking most days; the children have been late or absent (Tobias 79%, Elsie 83%) and Tobias described Mum asleep on the sofa when he got in from school three times last week. Twelve weeks of Early Help have not changed this, and Mum has not taken up the alcohol service.

Consent: Mum has declined consent to the step up. We have explained that we are sharing this with MASH because of our concerns about the children.

Kwabena Asante-Lowe
Early Help Team Manager
""", L("step_up", False, None, ["2287760", "2287761"], [("Tobias Nakamura-Reid", "2034-11-30"), ("Elsie Nakamura-Reid", "2038-06-05")],
       ["school_attendance", "substance_misuse"], False, True, [], None, "book_meeting"),
     "Complete R&W step-up (REQUIREMENTS richmond_wandsworth step_up: case summary attached, rationale pasted under its heading). Consent declined -> consent false, but R&W step-up does not require consent -> book_meeting.",
     atts=[("Case Summary Nakamura-Reid May 2044.pdf", pdf(["Case summary - Nakamura-Reid", "Mosaic 2287760 / 2287761",
            "Open to Early Help since February 2044."]))])

mail("richmond_wandsworth_03", "near_miss", "richmond_wandsworth", "early_help_duty",
     "Priyanka Venkataraman <priyanka.venkataraman@richmondandwandsworth.gov.uk>",
     "Step down to Early Help - Leo Santos-Marsh (Mosaic 2276054)", "2044-05-16 10:05", """Dear Early Help Duty,

Confirming the step-down case discussion for Leo Santos-Marsh (DOB 14/04/2036, Mosaic 2276054), agreed on the phone with Jasper Quint this morning for Friday 20 May at 10:00 on Teams.

Attached: latest case summary and the draft plan for Early Help.

Ms Santos consented on 12 May to Early Help continuing the plan. My team manager Farah Whitlock agrees the step-down.

Release plan (for information): Mr Marsh is due for release on 9 June to approved premises in Croydon. His licence has an exclusion zone covering both boroughs and a condition of no contact with Ms Santos or Leo. The victim liaison officer has told Ms Santos, she has the safety plan, and police have a marker on the address. There are no current safeguarding concerns; the plan for Early Help is about Ms Santos's anxiety and Leo's attendance (84%).

Priyanka Venkataraman
Social Worker, Family Support and Protection
""", L("step_down", False, None, ["2276054"], [("Leo Santos-Marsh", "2036-04-14")], ["parental_mental_health", "school_attendance"],
       True, True, [], None, "book_meeting"),
     "NEAR MISS - a release plan with a safe address (approved premises, exclusion zone, no-contact condition, VLO told mum, 'no current safeguarding concerns') -> not urgent. Complete R&W step-down (REQUIREMENTS richmond_wandsworth step_down: case summary, draft plan, consent) -> book_meeting.",
     atts=[("Case summary Santos-Marsh.pdf", pdf(["Case summary - Leo Santos-Marsh, Mosaic 2276054"])),
           ("Draft Early Help plan - Leo.docx", docx(["Draft plan for Early Help - Leo Santos-Marsh",
            "1. Attendance support with school.", "2. Mum: talking therapies referral."]))])

mail("richmond_wandsworth_04", "ordinary", "richmond_wandsworth", "mash_step_up",
     "Hollie Brathwaite <hollie.brathwaite@richmondandwandsworth.gov.uk>",
     "RE: [SB-richmond_wandsworth-233] Step up - Maisie Okafor-Lund", "2044-05-13 09:40", """Morning,

As promised, the case summary for Maisie Okafor-Lund (Mosaic 2301186) is attached.

Thanks
Hollie

Hollie Brathwaite
Early Help Team Manager

From: stepbot <noreply@stepbot.richmondandwandsworth.gov.uk>
Sent: 11 May 2044 12:20
Subject: [SB-richmond_wandsworth-233] Step up - Maisie Okafor-Lund

We have received your step-up request. Still needed: the latest case summary.
""", L("follow_up", False, None, ["2301186"], [("Maisie Okafor-Lund", None)], [], None, None, [], None, "attach_to_request"),
     "Follow-up to [SB-richmond_wandsworth-233] adding the missing case summary (DESIGN kind follow_up -> attach_to_request).",
     in_reply_to=ack("SB-richmond_wandsworth-233", "rw"),
     atts=[("Case Summary - Maisie Okafor-Lund.docx", docx(["Case summary - Maisie Okafor-Lund (Mosaic 2301186)"]))])

mail("richmond_wandsworth_05", "urgent", "richmond_wandsworth", "early_help_duty",
     "Halina Kowalczyk <halina.kowalczyk58@gmail.com>",
     "please help my daughter Aleksandra and Ruby", "2044-05-06 18:20", """Hello,

I am grandmother of Ruby Kowalczyk, she is 2 years. I find this email on the leaflet from the children centre.

My daughter Aleksandra live in Roehampton (Alton estate, flat 14 Danebury). Tonight 17.45 she have phone call from prison from her husband Marek, he shout at her and she cry. After, she call me on WhatsApp video and she is very bad, then I hear big noise and she not speak anymore. I still see on the phone she is on the kitchen floor, she not move, not answer me. Ruby is crying and pulling her hair. Now the phone is gone off.

She have very bad depression since he go to prison, the doctor give her many tablets.

I am in Southampton, 2 hours by train. The neighbour is not home. I call and call, no answer.

Please somebody go to them.

Halina Kowalczyk
07700 900 418
""", L("other", True, None, [], [("Ruby Kowalczyk", None)], ["parental_mental_health"], None, None, [], None, "alert_duty"),
     "URGENT (no alarm word, non-native voice, Friday 18:20 - out of hours): a mother who collapsed after a prison call, not moving or answering, alone with a 2-year-old - DESIGN safety rule 1 -> alert_duty (the out-of-hours service at this hour). A grandmother's report, no step -> other.",
     style="gmail", offhours=True, now_after=3)

mail("richmond_wandsworth_06", "near_miss", "richmond_wandsworth", "mash_step_up",
     "Hollie Brathwaite <hollie.brathwaite@richmondandwandsworth.gov.uk>",
     "Step up - Maisie Okafor-Lund", "2044-05-11 12:15", """Dear MASH,

Following our reflective discussion, I (Early Help Team Manager) am stepping Maisie Okafor-Lund (DOB 17/02/2037, Mosaic 2301186) up to Children's Services. The case summary will follow on Friday.

Rationale for step up
Maisie's mum, Grace, is using cocaine at weekends again; Maisie has been sent to school without lunch or a coat repeatedly and the house was without food on two visits. Grace has stopped attending the drug service.

On a separate point, school flagged a story Maisie wrote in class: "my daddy works away on a big ship and sends me letters". Her dad is in HMP Isis. Grace told school in September that the family chose this explanation for now with advice from the prison family worker. There is no safeguarding concern arising from the story and it is not part of the reason for this step up.

Hollie Brathwaite
Early Help Team Manager
""", L("step_up", False, None, ["2301186"], [("Maisie Okafor-Lund", "2037-02-17")], ["neglect", "substance_misuse"], None, True,
       ["case_summary"], None, "request_info"),
     "NEAR MISS - a child's story about dad's job 'away' (dad in prison; the family's chosen explanation, 'no safeguarding concern arising from the story') -> not urgent. R&W step-up with rationale under its heading but the case summary 'will follow' -> case_summary missing (REQUIREMENTS richmond_wandsworth step_up) -> request_info.",
     html="only")

mail("richmond_wandsworth_07", "ordinary", "richmond_wandsworth", "mash_step_up",
     "Tom Kaczmarek <tom.kaczmarek@richmondandwandsworth.gov.uk>",
     "Automatic reply: Step-up case discussion - Mosaic 2290417", "2044-04-29 16:45", """Thank you for your email. I am out of the office until Tuesday 3 May (Monday 2 May is a bank holiday) and on Thursday 28 April I was at the family day at HMP Coldingley.

If your email is about an immediate safeguarding concern please call the MASH duty desk; in an emergency call 999. Otherwise I will reply when I am back.

Tom Kaczmarek
Early Help Practitioner
""", L("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
     "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) with safeguarding boilerplate; DESIGN kind auto_reply -> ignore (safety rule 2).",
     to="MASH Business Support <mash.businesssupport@richmondandwandsworth.gov.uk>", cc="MASH-StepUP@richmondandwandsworth.gov.uk",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

mail("richmond_wandsworth_08", "ordinary", "richmond_wandsworth", "early_help_duty",
     "Jean-Luc Mbemba <jean-luc.mbemba@richmondandwandsworth.gov.uk>",
     "Step down - Ilunga children - Mosaic 2311470", "2044-06-21 13:30", """Hi Early Help duty,

I'd like to step down Précieuse Ilunga (12/09/2035) and Ezekiel Ilunga (03/01/2040), Mosaic 2311470, to Early Help. Latest case summary and draft plan attached.

I haven't got consent yet - I'll talk to Mum after her visit to HMP Downview on Thursday, she's been too wound up before visits to have that conversation.

Worries for Early Help: Mum's depression, and Précieuse getting Ezekiel up and to school most mornings.

I spoke to Keziah on duty and we pencilled in a case discussion for Monday 27 June at 14:00.

Jean-Luc Mbemba
Social Worker
""", L("step_down", False, None, ["2311470"], [("Précieuse Ilunga", "2035-09-12"), ("Ezekiel Ilunga", "2040-01-03")],
       ["parental_mental_health", "young_carer"], None, None, ["consent"], None, "request_info"),
     "R&W step-down with case summary and draft plan, but consent still to be asked ('I'll talk to Mum ... on Thursday') -> consent null -> consent missing (REQUIREMENTS richmond_wandsworth step_down) -> request_info.",
     atts=[("Case summary Ilunga.pdf", pdf(["Case summary - Ilunga family, Mosaic 2311470"])),
           ("Draft plan Early Help - Ilunga.docx", docx(["Draft plan for Early Help - Ilunga", "Young carers assessment for Precieuse."]))])

# =====================================================================================================
# TOWER HAMLETS
# =====================================================================================================
mail("tower_hamlets_01", "urgent", "tower_hamlets", "mash_step_up",
     "Farzana Rahim <farzana.rahim@towerhamlets.gov.uk>",
     "MAST step up - Hamza Chowdhury - Mosaic 2814403", "2044-04-26 13:45", """Dear MAST,

Step up for Hamza Chowdhury (15, DOB 22/08/2028, Mosaic 2814403). MARF attached. I am the Early Help team manager and I have agreed this step up.

Hamza's dad is serving a sentence at HMP Thameside. At 12.30 today Hamza told his youth worker at the Limehouse project that his dad owes money on the wing. A man who calls himself "Reds" has messaged Hamza that he has to collect a bag from a flat in Poplar at 8 tonight and drop it to a car on Cotton Street, "or your dad gets striped". He was sent a location pin. Hamza says he is going because he is scared for his dad. He left the project at 1pm and is not answering.

Mum knows and is frightened; she says Hamza won't listen to her.

Farzana Rahim
Team Manager, Early Help Hub (East)
""", L("step_up", True, None, ["2814403"], [("Hamza Chowdhury", "2028-08-22")], ["exploitation"], None, True, [], None, "alert_duty"),
     "URGENT (no alarm word): a 15-year-old ordered to carry a bag for a prison debt at 8pm tonight, threatened through his father, now not answering - DESIGN safety rule 1 -> alert_duty. The MAST step-up is complete (REQUIREMENTS tower_hamlets step_up: MARF attached, manager agreed).",
     atts=[("MARF - Hamza Chowdhury.pdf", pdf(["Multi-Agency Request for Support form", "Child: Hamza Chowdhury 22/08/2028",
            "Mosaic 2814403", "Manager: Farzana Rahim - agreed"]))])

mail("tower_hamlets_02", "near_miss", "tower_hamlets", "mash_step_up",
     "Delroy Achampong <delroy.achampong@towerhamlets.gov.uk>",
     "Step up request - Alam children", "2044-05-19 10:30", """Hi MAST,

Requesting a step up for:
Nusrat Alam - 04/04/2035
Rayhan Alam - 27/10/2037
Mosaic 2820115

MARF attached. Concerns: Mum's depression is getting worse (she's in bed most of the day) and the children are going without - no clean uniform, Rayhan's head lice untreated for weeks, often no evening meal.

Mum has told me she worries that Dad's brother might one day ask the children to take something in when they visit Dad at HMP Pentonville. To be clear this has not happened: the children have only ever visited with Mum, the uncle has never been on a visit, and the prison family worker has talked Mum through the searches. We don't have a concern about this at the moment.

I'll discuss the step up with my manager at supervision on Thursday and confirm.

Delroy Achampong
Family Support Practitioner, Early Help
""", L("step_up", False, None, ["2820115"], [("Nusrat Alam", "2035-04-04"), ("Rayhan Alam", "2037-10-27")],
       ["neglect", "parental_mental_health"], None, None, ["manager_agreed"], None, "request_info"),
     "NEAR MISS - a hypothetical ('might one day ask the children to take something in'; 'this has not happened') -> not urgent, no exploitation. MAST step-up with MARF attached, manager not yet asked ('I'll discuss ... on Thursday') -> manager_agreed null -> missing (REQUIREMENTS tower_hamlets step_up) -> request_info.",
     style="gmail", atts=[("MARF Alam May 2044.pdf", pdf(["Multi-Agency Request for Support", "Nusrat Alam, Rayhan Alam", "Mosaic 2820115"]))])

mail("tower_hamlets_03", "ordinary", "tower_hamlets", "early_help_duty",
     "Adaeze Nwosu <adaeze.nwosu@towerhamlets.gov.uk>",
     "Step down to TAF - Maryam Hussain - Mosaic 2809913", "2044-06-06 11:00", """Dear Early Help Hub,

Stepping down Maryam Hussain (DOB 01.12.2033, Mosaic 2809913) following her Child and Family Assessment, which concluded on 3 June 2044.

Attached: the C&F assessment and the draft TAF plan.

Mum has consented to the step down to Early Help.

Lead Practitioner: Shanaz Miah, Family Support Worker, Stepney Green Children and Family Centre.

TAF meeting: Tuesday 14 June 2044 at 10:00 at Stepney Green Children and Family Centre, which I will chair.

Background: Dad has been in HMP Highpoint since 2042; the family's needs are Mum's anxiety and Maryam's attendance (85%).

Adaeze Nwosu
Social Worker, Children and Families Assessment Team
""", L("step_down", False, None, ["2809913"], [("Maryam Hussain", "2033-12-01")], ["parental_mental_health", "school_attendance"],
       True, None, [], None, "book_meeting"),
     "Complete Tower Hamlets step-down (REQUIREMENTS tower_hamlets step_down: C&F assessment, draft TAF plan, consent, Lead Practitioner with agency); TAF Tue 14 Jun within 10 WD of 3 Jun -> book_meeting.",
     atts=[("C&F Assessment - Maryam Hussain.pdf", pdf(["Child and Family Assessment - Maryam Hussain", "Concluded 03/06/2044",
            "Outcome: step down to Early Help (TAF)."])),
           ("Draft TAF plan Hussain.docx", docx(["Draft TAF plan - Maryam Hussain", "Lead Practitioner: Shanaz Miah"]))])

mail("tower_hamlets_04", "urgent", "tower_hamlets", "mash_step_up",
     "Bernadette Osei-Tutu <b.osei-tutu@visitingfamilies.example.org>",
     "6 year old left at our visitors centre - Ilyas Farouk", "2044-06-15 15:55", """Hello,

I'm the family support worker at the visitors' centre at HMP Thameside. The family live in Tower Hamlets (Mile End) which is why I'm writing to you.

Ilyas Farouk, age 6, came in for the 2pm family visit with a woman who said she was a friend of his mum. After the visit she told our volunteer she was "going for a cigarette" and she hasn't come back - that was 14:40. Her phone goes to voicemail. Mum's mobile is switched off. Dad is back on the wing and can't help.

Ilyas is with me in the children's room now. He's had a drink and a biscuit. He says mum "is poorly" and has been "sleeping for a long time". Our centre closes at 17:00 and I have no adult to give him to.

Bernadette Osei-Tutu
Family Support Worker, Visiting Families Hub, HMP Thameside visitors' centre
020 7946 0731
""", L("other", True, None, [], [("Ilyas Farouk", None)], ["neglect"], None, None, [], None, "alert_duty"),
     "URGENT (no alarm word): a 6-year-old left at a prison visitors' centre with no adult to go to, mother unreachable and 'sleeping for a long time', centre closing at 17:00 - DESIGN safety rule 1 -> alert_duty. A partner's report, no step -> other.",
     style="gmail")

mail("tower_hamlets_05", "ordinary", "tower_hamlets", "mash_step_up",
     "Iqbal Sheikh <iqbal.sheikh@towerhamlets.gov.uk>",
     "RE: [SB-tower_hamlets-812] MAST step up - Sadia Khatun", "2044-04-27 09:15", """Hi,

Please find the completed MARF for Sadia Khatun (Mosaic 2817702) attached - sorry it didn't go with the first email.

Iqbal

Iqbal Sheikh | Early Help Practitioner | London Borough of Tower Hamlets

-----Original Message-----
From: stepbot <noreply@stepbot.towerhamlets.gov.uk>
Sent: 26 April 2044 16:02
Subject: [SB-tower_hamlets-812] MAST step up - Sadia Khatun

Thank you for your step-up request. Still needed: the completed Multi-Agency Request for Support form.
""", L("follow_up", False, None, ["2817702"], [("Sadia Khatun", None)], [], None, None, [], None, "attach_to_request"),
     "Follow-up to [SB-tower_hamlets-812] adding the MARF (DESIGN kind follow_up -> attach_to_request).",
     in_reply_to=ack("SB-tower_hamlets-812", "th"),
     atts=[("MARF Sadia Khatun.docx", docx(["Multi-Agency Request for Support form", "Sadia Khatun", "Mosaic 2817702"]))])

mail("tower_hamlets_06", "near_miss", "tower_hamlets", "early_help_duty",
     "Ciarán Ó Dálaigh <ciaran.odalaigh@towerhamlets.gov.uk>",
     "Step down - Zara Ahmed-Clarke - Mosaic 2799034", "2044-07-05 14:20", """Good afternoon,

I am stepping down Zara Ahmed-Clarke (13, DOB 11/11/2030, Mosaic 2799034) to a TAF following her C&F assessment, which concluded on 1 July 2044. Assessment and draft TAF plan attached. Mum has consented.

Lead Practitioner: tbc - school are considering it and will let me know next week.

History, for the record only: in March 2043 Zara was found at the visit search at HMP Pentonville with a SIM card her maternal uncle had given her. There was a s47 enquiry and a child protection plan, which ended in January 2044. The uncle was convicted and has had no contact with Zara since; visits now only happen through the Family Hub with the prison family worker. There is no current concern about this.

The TAF plan is about Zara's attendance (82%) after a difficult year.

Ciarán Ó Dálaigh
Social Worker
""", L("step_down", False, None, ["2799034"], [("Zara Ahmed-Clarke", "2030-11-11")], ["school_attendance"], True, None,
       ["lead_practitioner"], None, "request_info"),
     "NEAR MISS - an old visit incident, dealt with (2043 SIM card, s47, CP plan ended, uncle convicted, 'no current concern') -> not urgent, no exploitation. Tower Hamlets step-down with assessment, plan and consent but Lead Practitioner 'tbc' -> lead_practitioner missing (REQUIREMENTS tower_hamlets step_down) -> request_info.",
     atts=[("CFA Zara Ahmed-Clarke July 2044.pdf", pdf(["Child and Family Assessment - Zara Ahmed-Clarke", "Concluded 01/07/2044"])),
           ("TAF plan draft - Zara.docx", docx(["Draft TAF plan - Zara Ahmed-Clarke", "Attendance support."]))])

t07cal = ical("REPLY", "th-taf-hussain-%s" % sha("t03")[:12], "20440614T100000", "20440614T113000",
              "TAF meeting - Mosaic 2809913", ("Adaeze Nwosu", "adaeze.nwosu@towerhamlets.gov.uk"),
              [("Shanaz Miah", "shanaz.miah.sgcfc@gmail.com", "DECLINED")],
              location="Stepney Green Children and Family Centre",
              comment="Sorry - I'm at HMP Highpoint with Mum and Maryam for the family day on the 14th. Could we do Wednesday 15th at 10?",
              prodid="-//Google Inc//Google Calendar 70.9054//EN")
mail("tower_hamlets_07", "ordinary", "tower_hamlets", "early_help_duty",
     "Shanaz Miah <shanaz.miah.sgcfc@gmail.com>",
     "Declined: TAF meeting - Mosaic 2809913 @ Tue 14 Jun 2044 10:00 - 11:30 (BST)", "2044-06-09 09:05",
     "Shanaz Miah has declined this invitation.\n\nTAF meeting - Mosaic 2809913\nTue 14 Jun 2044 10:00 - 11:30 (BST)\n\nNote from Shanaz Miah: Sorry - I'm at HMP Highpoint with Mum and Maryam for the family day on the 14th. Could we do Wednesday 15th at 10?\n\nInvitation from Google Calendar\n",
     L("meeting_reply", False, None, ["2809913"], [], [], None, None, [], None, "record_reply"),
     "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, COMMENT asking for another day - no risk; DESIGN kind meeting_reply -> record_reply; the SUMMARY's 'Mosaic 2809913' is the bare number.",
     to="Adaeze Nwosu <adaeze.nwosu@towerhamlets.gov.uk>", cc="EarlyHelpHub@towerhamlets.gov.uk", style="gmail", html="none",
     cal=("REPLY", t07cal))

mail("tower_hamlets_08", "urgent", "tower_hamlets", "early_help_duty",
     "Yetunde Bankole <yetunde.bankole@towerhamlets.gov.uk>",
     "RE: [SB-tower_hamlets-790] Step down - Holt - Mosaic 2805521", "2044-07-11 12:10", """Please pause this step-down.

Mum (Ms Holt) rang me at 12.02. Darius is outside the flat on Jamaica Street banging on the door and shouting for Kian. She is inside with Kian Holt (8) and Lola Holt (4). She has rung 999 but nobody has arrived yet. She forwarded me the letter below at 11.48 - none of us knew he was out.

Yetunde Bankole, Social Worker

---------- Forwarded message ---------
From: Victim Contact Scheme, Probation Service
Date: Mon, 11 Jul 2044 at 09:30
Subject: Mr Darius Holt

Dear Ms Holt,
I am writing to let you know that Mr Darius Holt was released from HMP Belmarsh on Friday 8 July 2044. This is earlier than the date we previously gave you (3 October 2044); he was released under the early release arrangements.
His licence conditions include: not to contact you or your children directly or indirectly; not to enter the exclusion zone shown on the enclosed map, which includes your home address.
I am sorry that this letter reaches you after his release.
Victim Contact Officer
""", L("follow_up", True, None, ["2805521"], [("Kian Holt", None), ("Lola Holt", None)], ["domestic_abuse"], None, None, [], None,
       "alert_duty"),
     "URGENT (no alarm word): a release that came early (the VCO's letter quoted) and the father outside the flat now, banging on the door and shouting for the 8-year-old, mother inside with both children, police not yet there - DESIGN safety rule 1 -> alert_duty; HTML-only follow-up to [SB-tower_hamlets-790].",
     html="only", in_reply_to=ack("SB-tower_hamlets-790", "th"))

# =====================================================================================================
# TORBAY
# =====================================================================================================
mail("torbay_01", "ordinary", "torbay", "early_help_duty",
     "Demelza Hocking <demelza.hocking@torbay.gov.uk>",
     "Triage slot please - Pascoe - LCS-2419903", "2044-04-21 14:30", """Hi Early Help,

Please could I have a triage slot to step down the Pascoe children to level 3 Early Help:
Mylo Pascoe, DOB 03/03/2035
Nevaeh Pascoe, DOB 19/08/2040
LCS-2419903

The Single Assessment, with my analysis and rationale, is attached. Silas Penrose (TM) has recorded his manager's analysis confirming the threshold for level 3 is met. Mum has given her consent for level 3 Early Help.

Dad is at HMP Channings Wood until 2046; Mum is doing well but struggles with low mood and the travel for visits.

Many thanks
Demelza Hocking
Social Worker, Single Assessment Team
""", L("step_down", False, 3, ["LCS-2419903"], [("Mylo Pascoe", "2035-03-03"), ("Nevaeh Pascoe", "2040-08-19")],
       ["parental_mental_health"], True, True, [], None, "book_meeting"),
     "Complete Torbay step-down (REQUIREMENTS torbay step_down: Single Assessment, TM's analysis, consent); Nevaeh is 3 -> the fortnightly under-5s triage; level 3 stated -> book_meeting.",
     atts=[("Single Assessment Pascoe April 2044.pdf", pdf(["Single Assessment - Pascoe - LCS-2419903",
            "Rationale: step down to level 3 Early Help.", "Manager's analysis: threshold met for level 3 (S. Penrose)."]))])

mail("torbay_02", "urgent", "torbay", "mash_step_up",
     "Pauline Hart <paulinehart61@yahoo.co.uk>",
     "my grandson Alfie", "2044-06-12 19:05", """please can someone help, my grandson Alfie Luscombe-Hart is 4 and lives with my daughter Kirsty in Paignton (Foxhole)

her new boyfriend Gary Tozer come out of Exeter prison on friday, hes on the sex offenders register for something with a little boy, she told me that herself. she sent me a photo 10 mins ago of Gary giving Alfie his bath and said hes "brilliant with him". now shes not answering me

i am in Newton Abbot and havent got a car. i didnt know who else to email

Pauline (Alfie's nan)
07700 900 662

Sent from Yahoo Mail on Android
""", L("other", True, None, [], [("Alfie Luscombe-Hart", None)], ["sexual_harm"], None, None, [], None, "alert_duty"),
     "URGENT (no alarm word, Sunday evening - out of hours): a man on the sex offenders register for an offence against a young boy, released on Friday, is bathing a 4-year-old now and the mother is not answering - DESIGN safety rule 1 -> alert_duty (the out-of-hours service). A grandmother's report, no step -> other.",
     style="android", html="none", offhours=True, now_after=2)

mail("torbay_03", "near_miss", "torbay", "mash_step_up",
     "Jenna Rowe-Pearce <jenna.rowe-pearce@torbay.gov.uk>",
     "Contact to MASH - Northcott - EHM-744120", "2044-05-17 11:20", """Hi MASH,

Contact to MASH for Kacey Northcott (06/06/2031) and Brody Northcott (14/02/2034), EHM-744120, for consideration of a level 4 statutory response.

New information: since the level 3 plan started, Mum's partner (the children's dad) was sentenced and Mum is on her own. The house has deteriorated badly - no working cooker for three weeks, the children sleeping in their clothes, dog mess in the kitchen - and both children's attendance has dropped under 80%.

Mum has given her consent for me to contact MASH. My team manager Tamsin Verity and I agree this needs considering for a level 4 intervention.

Jenna Rowe-Pearce
Early Help Family Practitioner

P.S. Mum mentioned Dad rang from HMP Dartmoor at Easter and said he'd "sort out" anyone who takes the kids off her. The prison monitored the call, his phone privileges were stopped, and his offender manager spoke to him the next day. He's there until 2047 at the earliest. Nothing further since - I've included it for completeness only.
""", L("step_up", False, None, ["EHM-744120"], [("Kacey Northcott", "2031-06-06"), ("Brody Northcott", "2034-02-14")],
       ["neglect", "school_attendance"], True, True, [], None, "book_meeting"),
     "NEAR MISS - a threat in a prison call at Easter, already handled (call monitored, privileges stopped, offender manager spoke to him, in custody until 2047, 'nothing further') -> not urgent. Complete Torbay step-up (REQUIREMENTS torbay step_up: consent given, worker and TM agree) -> book_meeting.")

mail("torbay_04", "ordinary", "torbay", "early_help_duty",
     "Ngozi Eze-Trewhella <ngozi.eze-trewhella@torbay.gov.uk>",
     "Step down triage request - Lowenna Treloar LCS-2426675", "2044-06-08 10:10", """Dear Early Help inbox,

Requesting a triage slot for Lowenna Treloar (DOB 10 Oct 2036), LCS-2426675, to step down to level 3.

Single Assessment attached. Mum has consented to level 3 Early Help.

My team manager Tamsin Verity disagrees that level 3 is the right threshold at the moment - she wants Dad's release address confirmed by probation before the case steps down, given the domestic abuse before his sentence. I'm sending this so the request is logged and the ATM can hear both views at triage.

Ngozi Eze-Trewhella
Social Worker, Safeguarding and Supporting Families
""", L("step_down", False, 3, ["LCS-2426675"], [("Lowenna Treloar", "2036-10-10")], ["domestic_abuse"], True, False,
       ["manager_agreed"], None, "request_info"),
     "Torbay step-down with Single Assessment and consent, but the team manager disagrees the level 3 threshold is met -> manager_agreed false -> missing (REQUIREMENTS torbay step_down) -> request_info.",
     atts=[("Single Assessment - L Treloar.pdf", pdf(["Single Assessment - Lowenna Treloar - LCS-2426675"]))])

mail("torbay_05", "near_miss", "torbay", "early_help_duty",
     "Rhodri Vaughan <rhodri.vaughan@probation.example.gov.uk>",
     "For information: release plan - J. Veale - family open to Early Help (EHM-743388)", "2044-07-01 13:00", """Dear colleagues,

For information only, as the family of Mr Jordan Veale's former partner have an open Early Help plan (EHM-743388).

Release plan
- Release date: 14 July 2044 from HMP Guys Marsh.
- Release address: approved premises in Plymouth (not Torbay).
- Licence conditions: no contact, direct or indirect, with his former partner or her children; exclusion zone covering Torbay; GPS tag; curfew 19:00-07:00 for the first 12 weeks.
- His former partner has been told the date and conditions through the victim contact scheme and has a safety plan with the IDVA.

No action is needed from Early Help. I will let you know if the plan changes.

Rhodri Vaughan
Probation Officer, Plymouth and Torbay Probation Delivery Unit
""", L("other", False, None, ["EHM-743388"], [], ["domestic_abuse"], None, None, [], None, "human_review"),
     "NEAR MISS - a probation release plan with a safe address (approved premises outside Torbay, exclusion zone, tag, VCS told the former partner, 'no action is needed') -> not urgent. For information, no request -> other -> human_review; the abuse of the former partner -> domestic_abuse.")

mail("torbay_06", "urgent", "torbay", "mash_step_up",
     "Kerenza Polglase <kerenza.polglase@torbay.gov.uk>",
     "Contact to MASH - Coombes - EHM-745902", "2044-07-14 12:25", """MASH,

Contact for Maddison Coombes (12/03/2041) and Reggie Coombes (born 9 Jan 2043), EHM-745902.

Mum (Shannon) rang me at 11.05. Her partner had just called from HMP Dartmoor to say he's been given another six years. She said: "I'm done. The kids' dinners are in the fridge. I'm going to take all my tablets and go to sleep and not wake up." She put the phone down and since then it goes straight to voicemail. She has the children at home with her - Maddison is 3 and Reggie is 18 months.

I'm 40 minutes away in Brixham and on my way. Her mum is in Spain. There's no one else nearby.

My ATM Ursula Kemp agrees this needs to be considered for level 4. I haven't been able to talk to Mum about consent.

Kerenza
Early Help Family Practitioner

Sent from Outlook for Android
""", L("step_up", True, None, ["EHM-745902"], [("Maddison Coombes", "2041-03-12"), ("Reggie Coombes", "2043-01-09")],
       ["parental_mental_health"], None, True, ["consent"], None, "alert_duty"),
     "URGENT (no alarm word): a mother who said after a prison call that she will take all her tablets and 'not wake up', unreachable since, alone with a 3-year-old and an 18-month-old - DESIGN safety rule 1 -> alert_duty. Torbay step-up: ATM agrees -> manager true; consent not asked -> null -> consent missing, but alert_duty comes first.",
     style="android", html="none")

tb07cal = ical("REPLY", "tb-triage-%s" % sha("tb07")[:12], "20440524T100000", "20440524T103000",
               "Early Help triage - LCS-2421187", ("Early Help Business Support", "earlyhelp.businesssupport@torbay.gov.uk"),
               [("Aaron Penhaligon", "aaron.penhaligon@torbay.gov.uk", "DECLINED")],
               comment="Can't make triage tomorrow - I'm at the Pengelly house now. Dad came out of Channings Wood yesterday and has turned up drunk, he's shouting at the children and just grabbed Ellie Pengelly (7) round the neck. I've rung 999 and I'm staying with Mum and the kids till they come.")
mail("torbay_07", "urgent", "torbay", "early_help_duty",
     "Aaron Penhaligon <aaron.penhaligon@torbay.gov.uk>", "Declined: Early Help triage - LCS-2421187", "2044-05-23 16:40",
     "Declined: Early Help triage - LCS-2421187\n\nCan't make triage tomorrow - I'm at the Pengelly house now. Dad came out of Channings Wood yesterday and has turned up drunk, he's shouting at the children and just grabbed Ellie Pengelly (7) round the neck. I've rung 999 and I'm staying with Mum and the kids till they come.\n",
     L("meeting_reply", True, None, ["LCS-2421187"], [("Ellie Pengelly", None)], ["physical_harm", "substance_misuse"], None, None, [],
       None, "alert_duty"),
     "URGENT (no alarm word) in a meeting reply's COMMENT: a father released yesterday, drunk in the house now, grabbed a 7-year-old by the neck, police not yet there - DESIGN safety rule 1 ('a meeting reply's comment') -> alert_duty before record_reply.",
     to="Early Help Business Support <earlyhelp.businesssupport@torbay.gov.uk>", cc="earlyhelp@torbay.gov.uk", html="none",
     cal=("REPLY", tb07cal))

mail("torbay_08", "ordinary", "torbay", "early_help_duty",
     "Demelza Hocking <demelza.hocking@torbay.gov.uk>",
     "RE: [SB-torbay-140] Step down triage request - Jago Trewin", "2044-04-26 10:00", """Hi,

Attached is Silas's manager's analysis for Jago Trewin (LCS-2415530), confirming the threshold for level 3 is met. That should be everything now.

Thanks, Demelza

> [SB-torbay-140] We have your request. Still needed: your team manager's analysis confirming the level 3 threshold.
""", L("follow_up", False, None, ["LCS-2415530"], [("Jago Trewin", None)], [], None, True, [], None, "attach_to_request"),
     "Follow-up to [SB-torbay-140] adding the TM's analysis (manager agreement stated -> true); DESIGN kind follow_up -> attach_to_request.",
     in_reply_to=ack("SB-torbay-140", "torbay"),
     atts=[("Manager analysis - J Trewin.docx", docx(["Team Manager's analysis - Jago Trewin LCS-2415530",
            "Threshold met for level 3 intervention. S. Penrose, 25/04/2044"]))])

# =====================================================================================================
# HEREFORDSHIRE
# =====================================================================================================
mail("herefordshire_01", "ordinary", "herefordshire", "early_help_duty",
     "Siân Pritchard <sian.pritchard@herefordshire.gov.uk>",
     "EHA step-down plan - Bevan sibling group (Mosaic 705512, 705513)", "2044-04-20 11:35", """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (level 3) for the Bevan sibling group, discussed with Mererid at last Tuesday's drop-in:

Ffion Bevan - DOB 21/05/2034 - Mosaic ID 705512
Rhys Bevan - DOB 30/10/2037 - Mosaic ID 705513

Also attached is Mum's signed consent form.

Key person: Mrs Anwen Hughes, Family Support Worker, Ledbury Primary School, who has agreed to lead.

Since Dad went to HMP Hewell Mum's anxiety has been the main need; the children are settled in school.

Siân Pritchard
Social Worker, Children's Safeguarding and Family Support
""", L("step_down", False, 3, ["705512", "705513"], [("Ffion Bevan", "2034-05-21"), ("Rhys Bevan", "2037-10-30")],
       ["parental_mental_health"], True, None, [], None, "book_meeting"),
     "Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down: EHA step-down plan, signed consent form, key person with agency); level 3 stated -> book_meeting.",
     atts=[("EHA step-down plan - Bevan.docx", docx(["Early Help Assessment step-down plan - Bevan (level 3)",
            "What needs to happen / by whom / outcome / timescale"])),
           ("Signed consent form - Bevan.pdf", pdf(["Early Help consent form - signed by parent 18/04/2044"]))])

mail("herefordshire_02", "urgent", "herefordshire", "mash_step_up",
     "Olamide Fashola <olamide.fashola@probation.example.gov.uk>",
     "Jarvis - released today - tag shows him at the family address", "2044-05-23 12:05", """MASH,

Lee Jarvis was released from HMP Hewell at 09:00 today. His licence conditions include an exclusion zone covering Bromyard and no contact, direct or indirect, with Ms Stacey Pugh or their children, Lily Jarvis (7) and Jake Jarvis (5).

His GPS tag has placed him at Ms Pugh's address in Bromyard continuously since 11:40. Ms Pugh is not answering her phone. The school tells me both children are absent today.

Mr Jarvis's index offence is an assault on Ms Pugh in front of the children. I have asked police to attend and I am starting recall. The tag log is attached.

Olamide Fashola
Probation Officer, Herefordshire Probation Delivery Unit
""", L("other", True, None, [], [("Lily Jarvis", None), ("Jake Jarvis", None)], ["domestic_abuse"], None, None, [], None, "alert_duty"),
     "URGENT (no alarm word, probation's clinical voice): a father released this morning, excluded by his licence, shown by his tag at the family address for 25 minutes with two young children absent from school and mum not answering - DESIGN safety rule 1 -> alert_duty. A partner's notification, no step -> other.",
     style="outlook", atts=[("tag log 23-05-2044.txt", ("Location monitoring - subject L. JARVIS\n09:14 HMP Hewell gate\n"
            "10:52 Worcester Rd\n11:40 inside exclusion zone - home address of victim\n12:00 inside exclusion zone - home address of victim\n").encode())])

mail("herefordshire_03", "near_miss", "herefordshire", "early_help_duty",
     "Rebecca Thornbury <rebecca.thornbury@herefordshire.gov.uk>",
     "Step down plan - Teddy Morgan-Akhtar (Mosaic 711208)", "2044-04-28 15:15", """Hi team,

Step-down plan attached for Teddy Morgan-Akhtar (DOB 15.09.2037, Mosaic 711208), following a discussion with an Early Help co-ordinator on Tuesday.

Mum has agreed verbally to the step down; I'll get the signed form to you next week.

Key person: Bethan Rowlands, Family Support Worker, Herefordshire Early Help (Leominster locality).

Teddy tells everyone at school that Daddy is "building a bridge in Scotland". Dad is in HMP Hewell. Mum chose this explanation with the prison family worker's help and school know. There is no concern arising from it; the plan includes support for Mum to tell Teddy when she is ready.

Main need: attendance (89%) and routines.

Rebecca
""", L("step_down", False, None, ["711208"], [("Teddy Morgan-Akhtar", "2037-09-15")], ["school_attendance"], True, None,
       ["consent_form"], None, "request_info"),
     "NEAR MISS - a child's story about dad's job 'away' (the family's chosen explanation; 'no concern arising from it') -> not urgent. Herefordshire step-down with plan and key person but only verbal consent (consent true; the written form 'next week') -> consent_form missing (REQUIREMENTS herefordshire step_down) -> request_info.",
     style="iphone", html="none",
     atts=[("Step down plan Teddy.docx", docx(["EHA step-down plan - Teddy Morgan-Akhtar", "Attendance and routines."]))])

mail("herefordshire_04", "ordinary", "herefordshire", "early_help_duty",
     "Kasia Wróblewska <kasia.wroblewska@herefordshire.gov.uk>",
     "Step up to social care - Nowak-Jones", "2044-06-14 09:50", """Hello,

I would like to step up Daniel Nowak-Jones (DOB 19/01/2032, Mosaic 716044) to children's social care.

Since his stepdad was recalled to prison in April, Mum is drinking heavily and Daniel (12) is making his own meals and getting himself to school; the fridge was empty at the last two visits.

Mum consents to the step up. My manager has agreed.

Kasia Wróblewska
Early Help Family Support Worker
""", L("step_up", False, None, ["716044"], [("Daniel Nowak-Jones", "2032-01-19")], ["neglect", "substance_misuse"], True, True, [],
       None, "human_review"),
     "A step-up sent to Herefordshire, whose protocol defines only step-down (REQUIREMENTS herefordshire: step_up not defined) -> human_review; no requirements for an undefined kind -> missing [] and notice null.")

mail("herefordshire_05", "near_miss", "herefordshire", "early_help_duty",
     "Gethin Probert <gethin.probert@herefordshire.gov.uk>",
     "Re: [SB-herefordshire-77] Step down - Seren Watkins-Lloyd", "2044-06-03 10:25", """Hi,

Attached is the step-down plan for Seren Watkins-Lloyd (Mosaic 708830), which was the missing piece.

I've also attached the letter Mum received from the victim contact officer, so the co-ordinator knows the dates when planning the MAGs. Mr Lloyd's release is not until March 2045 and there are licence conditions in place; nothing in it changes the plan.

Gethin

On 1 Jun 2044, at 09:12, stepbot wrote:
> [SB-herefordshire-77] Still needed: the Early Help Assessment step-down plan.
""", L("follow_up", False, None, ["708830"], [("Seren Watkins-Lloyd", None)], [], None, None, [], None, "attach_to_request"),
     "NEAR MISS - a victim contact officer's notification of a release date months away (March 2045) with licence conditions, 'nothing changes the plan' -> not urgent. Follow-up to [SB-herefordshire-77] adding the plan -> attach_to_request.",
     style="iphone", in_reply_to=ack("SB-herefordshire-77", "herefordshire"),
     atts=[("Step-down plan Seren W-L.docx", docx(["EHA step-down plan - Seren Watkins-Lloyd"])),
           ("VCO letter to Ms Watkins.pdf", pdf(["Victim Contact Scheme", "Dear Ms Watkins,",
            "Mr Lloyd's expected release date is 3 March 2045.", "Licence conditions will include no contact with you or Seren",
            "and an exclusion zone. I will write again before his release."]))])

mail("herefordshire_06", "urgent", "herefordshire", "early_help_duty",
     "Office - Bishopswood Primary <office@bishopswood-primary.example.sch.uk>",
     "Ava-Mae Griffiths Year 3 - signed out by dad, we cant reach anyone", "2044-07-06 13:10", """Hello,

I'm the office manager at Bishopswood Primary. I couldn't get through on the phone so I'm emailing as well.

At 12.20 a man signed Ava-Mae Griffiths (8) out at reception, saying he was her dad, Dean Griffiths, and taking her to the dentist. We have just spoken to Mum: Dean is serving a sentence at HMP Hewell and is out today on day release. Mum says he is not allowed any contact with Ava-Mae and she had no idea he was out.

He is not answering the mobile number Mum gave us. We don't know where they are. The prison says he is due back at 17:00.

Mrs Lorraine Bufton
Office Manager (DSL is Mr Achebe, on his way back from a course)
""", L("other", True, None, [], [("Ava-Mae Griffiths", None)], ["missing"], None, None, [], None, "alert_duty"),
     "URGENT (no alarm word): an 8-year-old taken from school 50 minutes ago by a father on day release from prison who is barred from contact; whereabouts unknown - DESIGN safety rule 1 -> alert_duty. A school's report, no step -> other; whereabouts unknown -> missing.",
     html="alt")

mail("herefordshire_07", "near_miss", "herefordshire", "early_help_duty",
     "Tomasz Zieliński <tomasz.zielinski@herefordshire.gov.uk>",
     "Step down - Cole children - Mosaic 713390", "2044-07-18 11:00", """Good morning,

Step-down plan and Mum's signed consent form attached for:
Harrison Cole, 12/12/2035
Maisie-Rae Cole, 04/04/2039
(Mosaic 713390)

Key person: Ms Delphine Ashworth, Family Worker, Hope Family Centre, Hereford.

Mr Cole was released on 11 July to approved premises in Worcester. He has not been to the house and has made no contact; his licence bars him from Herefordshire and from contacting Mum or the children, and Mum was told the date in advance by the victim contact officer. There are no current child protection concerns. The plan supports Mum's low mood.

Tomasz Zieliński
Social Worker
""", L("step_down", False, None, ["713390"], [("Harrison Cole", "2035-12-12"), ("Maisie-Rae Cole", "2039-04-04")],
       ["parental_mental_health"], True, None, [], None, "book_meeting"),
     "NEAR MISS - negated: the father released last week 'has not been to the house and has made no contact', licence kept, VCO told mum in advance, 'no current child protection concerns' -> not urgent. Complete Herefordshire step-down (plan, signed consent form, key person with agency) -> book_meeting.",
     atts=[("EHA step-down plan - Cole.docx", docx(["Early Help Assessment step-down plan - Cole children"])),
           ("Consent form signed - Cole.pdf", pdf(["Early Help consent form", "Signed: Ms K. Cole, 14/07/2044"]))])

mail("herefordshire_08", "ordinary", "herefordshire", "early_help_duty",
     "Marisol Fernández-Hale <marisol.fernandez-hale@herefordshire.gov.uk>",
     "Chasing: [SB-herefordshire-91] step down for Ellis Baptiste", "2044-07-20 09:30", """Hi,

Just chasing [SB-herefordshire-91] - the step-down plan for Ellis Baptiste (Mosaic 712004) went over on 6 July and I've not had confirmation it's been picked up. Mum's asking, as Ellis's dad is due out next month and she wants to know who her key person is before then.

Thanks
Marisol
""", L("follow_up", False, None, ["712004"], [("Ellis Baptiste", None)], [], None, None, [], None, "attach_to_request"),
     "A chaser on [SB-herefordshire-91] (DESIGN kind follow_up -> attach_to_request); last day of the window.",
     html="none", in_reply_to=ack("SB-herefordshire-91", "herefordshire"))


# =====================================================================================================
# self-checks
# =====================================================================================================
def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        name = part.get_filename() or ""
        out.append(name)
        if ct.startswith("text/"):
            out.append(data.decode(part.get_content_charset() or "utf-8", "replace"))
        elif name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8")))
        elif name.endswith(".pdf"):
            out.append(" ".join(re.findall(rb"\((.*?)\) Tj", data)[i].decode("latin-1")
                                for i in range(len(re.findall(rb"\((.*?)\) Tj", data)))))
        else:
            raise SystemExit("unreadable part %s" % ct)
    return "\n".join(out)

def check():
    errs = []
    try:
        import holidays
        h = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2044]) if WINDOW[0] - timedelta(days=5) <= d <= date(2044, 8, 31)}
        if h != {d for d in BANK_HOLIDAYS}:
            errs.append("bank holiday list differs from the holidays package: %s" % sorted(h ^ BANK_HOLIDAYS))
        hol_src = "holidays package agrees"
    except ImportError:
        hol_src = "holidays package not importable; built-in list used"
    files = [m["file"] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40:
        errs.append("need 40 distinct files")
    for a in MAILBOX:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(f for f in files if f.rsplit("_", 1)[0] == a) != want:
            errs.append("authority %s must have files 01..08" % a)
    cats = {}
    for m in MAILS:
        cats[m["cat"]] = cats.get(m["cat"], 0) + 1
        lab, e = m["label"], m["label"]["expect"]
        msg = email.message_from_bytes(m["raw"], policy=email.policy.default)
        if msg["Date"] is None or msg["From"] is None:
            errs.append(m["file"] + ": headers")
        to = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if MAILBOX[lab["authority"]][lab["mailbox"]].lower() not in to:
            errs.append(m["file"] + ": mailbox address not in To/Cc")
        d = m["when"]
        if not (WINDOW[0] <= d.date() <= WINDOW[1]):
            errs.append(m["file"] + ": outside window")
        if not m["offhours"] and (not is_wd(d.date()) or not (8 <= d.hour < 18)):
            errs.append(m["file"] + ": not a working-day office-hours mail but not flagged off-hours")
        if d.utcoffset() != timedelta(hours=1):
            errs.append(m["file"] + ": not BST")
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(0) < now - d <= timedelta(minutes=15)):
            errs.append(m["file"] + ": now not shortly after Date")
        if (e["urgent"]) != (m["cat"] == "urgent"):
            errs.append(m["file"] + ": urgent flag vs category")
        if (e["next_action"] == "alert_duty") != e["urgent"]:
            errs.append(m["file"] + ": alert_duty iff urgent")
        if e["concerns"] != sorted(e["concerns"]) or e["missing"] != sorted(e["missing"]):
            errs.append(m["file"] + ": unsorted")
        if e["kind"] in ("follow_up", "meeting_reply", "auto_reply", "other") and (e["missing"] or e["notice_ok"] is not None):
            errs.append(m["file"] + ": missing/notice must be empty for " + e["kind"])
        if not e["urgent"]:
            exp = {"auto_reply": "ignore", "meeting_reply": "record_reply", "follow_up": "attach_to_request", "other": "human_review"}.get(e["kind"])
            if exp is None:
                if lab["authority"] == "herefordshire" and e["kind"] == "step_up":
                    exp = "human_review"
                else:
                    exp = "request_info" if (e["missing"] or e["notice_ok"] is False) else "book_meeting"
            if e["next_action"] != exp:
                errs.append(m["file"] + ": next_action %s, expected %s" % (e["next_action"], exp))
        if lab["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if m["meeting"] is None:
                errs.append(m["file"] + ": knowsley request needs a meeting date for the notice check")
            else:
                given = wd_between(now.astimezone(LON).date(), m["meeting"])
                if (given >= 5) != e["notice_ok"]:
                    errs.append(m["file"] + ": notice_ok %s but %d WD" % (e["notice_ok"], given))
        elif e["notice_ok"] is not None:
            errs.append(m["file"] + ": notice only set for Knowsley requests here")
        text = readable(msg)
        if m["cat"] == "urgent":
            low = text.lower()
            for w in BANNED:
                if re.search(r"\b%s\b" % re.escape(w), low) or (w in ("at risk", "danger", "asap") and w in low):
                    errs.append(m["file"] + ": banned word %r" % w)
        for c in e["children"]:
            if c["name"] not in text:
                errs.append(m["file"] + ": child %s not in text" % c["name"])
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append(m["file"] + ": case id %s not in text" % cid)
        if not lab["why"]:
            errs.append(m["file"] + ": no why")
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11:
        errs.append("need at least 11 urgent and 11 near misses: %s" % cats)
    return errs, cats, hol_src

if __name__ == "__main__":
    errs, cats, hol_src = check()
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    for m in MAILS:
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(m["raw"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump([m["label"] for m in MAILS], f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as f:
        json.dump({m["file"]: m["cat"] for m in MAILS}, f, indent=1)
        f.write("\n")
    # re-read what was written
    for m in MAILS:
        with open(os.path.join(HERE, m["file"]), "rb") as f:
            email.message_from_bytes(f.read())
    print("self-check OK: 40 files, 8 per authority; every mail parses with email.message_from_bytes;")
    print("  no banned word in any urgent mail (subject, decoded bodies, .docx/.pdf/.txt/.ics attachments);")
    print("  labels agree with categories (urgent <-> alert_duty), next_action order, Knowsley notice in working days;")
    print("  bank holidays: %s (Easter Monday 18 Apr, May Day 2 May, Spring 30 May 2044)" % hol_src)
    print("categories:", json.dumps(dict(sorted(cats.items()))))
    for m in MAILS:
        if m["cat"] == "urgent":
            print("  URGENT %-28s %s" % (m["file"], m["label"]["why"].split(": ", 1)[1][:160]))
