#!/usr/bin/env python3
"""mixed118: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and the parse fields -
over the spring term of 2038 (Monday 4 January - Thursday 1 April 2038), in concealed and denied pregnancies,
unassisted births and the first days of a baby's life.

Standard library only (python3 make_set.py). Deterministic: Message-IDs and MIME boundaries come from sha1 of the
file name; .docx files are minimal OOXML zips with fixed timestamps; PDFs are hand-built PDF 1.4 text pages.
The labels were set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md and the seeds; the self-checks below only
verify them against those rules and stop before writing anything if one fails. The parser was never run.
"""
import hashlib, html, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2038, 1, 4), date(2038, 4, 1))
# England & Wales bank holidays 2038 (checked against the `holidays` package when it is importable):
BANK_HOLIDAYS = {date(2038, 1, 1), date(2038, 4, 23), date(2038, 4, 26), date(2038, 5, 3), date(2038, 5, 31),
                 date(2038, 8, 30), date(2038, 12, 27), date(2038, 12, 28)}
BANNED = re.compile(r"urgent|immediate|emergency|at risk|risk of harm|danger|\basap\b", re.I)

MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
MB_NAME = {"mash_step_up": "MASH step-up", "early_help_duty": "Early Help duty"}

CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
REQ = {  # authority -> kind -> possible requirement ids (REQUIREMENTS.md)
    "richmond_wandsworth": {"step_up": {"case_summary", "rationale", "children"},
                            "step_down": {"case_summary", "draft_plan", "consent", "children"}},
    "tower_hamlets": {"step_down": {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
                      "step_up": {"request_for_support", "manager_agreed", "children"}},
    "torbay": {"step_down": {"assessment", "manager_agreed", "consent", "children"},
               "step_up": {"consent", "manager_agreed", "children"}},
    "herefordshire": {"step_down": {"consent_form", "draft_plan", "lead_practitioner", "children"}},
    "knowsley": {"step_up": {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2",
                             "engaging_families", "exploitation_assessment", "children"},
                 "step_down": {"meeting_details", "worries_strengths_next", "lead_practitioner", "consent", "children"}},
}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def lt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


# ---------------------------------------------------------------- attachments ---------------------------------
def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, (2037, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf_escape(s):
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2013", "-").replace("\u2014", "-"))
    s.encode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Document"):
    wrapped = []
    for l in lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = 92 if cut < 1 else cut
            wrapped.append(l[:cut])
            l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 58] for i in range(0, len(wrapped), 58)] or [[]]
    objs = []
    n_pages = len(pages)
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join("(%s) Tj T*\n" % pdf_escape(l) for l in pg) + "ET\n"
        sb = stream.encode("latin-1")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, pdf_escape(title).encode("latin-1"), xref))
    return out


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def ics_reply(uid, organizer, attendee, cn, partstat, summary, start, end, comment=None, seq=0):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    z = ZoneInfo("UTC")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
             "DTSTART:" + start.astimezone(z).strftime("%Y%m%dT%H%M%SZ"),
             "DTEND:" + end.astimezone(z).strftime("%Y%m%dT%H%M%SZ"),
             "DTSTAMP:" + (start - timedelta(hours=1)).astimezone(z).strftime("%Y%m%dT%H%M%SZ"),
             "ORGANIZER;CN=%s:mailto:%s" % (MB_ORG_CN, organizer), "UID:" + uid,
             'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, cn, attendee),
             "SEQUENCE:%d" % seq, "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    if comment:
        lines.append("COMMENT:" + esc(comment))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for l in lines:
        while len(l.encode()) > 74:
            folded.append(l[:74])
            l = " " + l[74:]
        folded.append(l)
    return "\r\n".join(folded) + "\r\n"


MB_ORG_CN = "Stepbot"


def ics_request(uid, organizer, org_cn, attendees, summary, start, end, location, description):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    z = ZoneInfo("UTC")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
             "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100",
             "TZOFFSETTO:-0000", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T010000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", "ORGANIZER;CN=\"%s\":mailto:%s" % (org_cn, organizer)]
    for cn, a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (cn, a))
    lines += ["DESCRIPTION:" + esc(description), "SUMMARY:" + esc(summary),
              "DTSTART;TZID=GMT Standard Time:" + start.strftime("%Y%m%dT%H%M%S"),
              "DTEND;TZID=GMT Standard Time:" + end.strftime("%Y%m%dT%H%M%S"),
              "UID:" + uid, "SEQUENCE:0", "LOCATION:" + esc(location), "STATUS:CONFIRMED",
              "DTSTAMP:" + start.astimezone(z).strftime("%Y%m%dT%H%M%SZ"), "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for l in lines:
        while len(l.encode()) > 74:
            folded.append(l[:74])
            l = " " + l[74:]
        folded.append(l)
    return "\r\n".join(folded) + "\r\n"


def html_twin(text):
    paras = text.strip("\n").split("\n\n")
    out = "".join('<p class="MsoNormal">%s</p>\n' % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n"))
                  for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm 0cm 8pt 0cm;font-size:11pt;font-family:"Aptos",sans-serif;}</style>'
            '</head><body lang="EN-GB"><div class="WordSection1">\n' + out + '</div></body></html>\n')


# ---------------------------------------------------------------- the builder ---------------------------------
MAILS = []


def mail(file, cat, authority, mailbox, sent, frm, subject, body, expect, why, *, html_body=None, html_only=False,
         atts=(), cc=None, extra=(), cal=None, meeting=None, mins=4, offhours=False, to=None, ua=None):
    MAILS.append(dict(file=file, cat=cat, authority=authority, mailbox=mailbox, sent=sent, frm=frm, subject=subject,
                      body=body, expect=expect, why=why, html_body=html_body, html_only=html_only, atts=atts, cc=cc,
                      extra=extra, cal=cal, meeting=meeting, mins=mins, offhours=offhours, to=to, ua=ua))


def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None, action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": action}


def build(m):
    msg = EmailMessage()
    dtm = lt(m["sent"])
    name, addr_ = m["frm"]
    dom = addr_.split("@")[1]
    msg["From"] = email.utils.formataddr((name, addr_)) if name else addr_
    msg["To"] = m["to"] or email.utils.formataddr(("%s %s" % (m["authority"].replace("_", " ").title(),
                                                                MB_NAME[m["mailbox"]]),
                                                               MAILBOX[m["authority"]][m["mailbox"]]))
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(dtm)
    msg["Message-ID"] = "<%s@%s>" % (sha(m["file"] + "mid")[:30].upper(), dom)
    for k, v in m["extra"]:
        msg[k] = v
    if m["ua"]:
        msg["X-Mailer"] = m["ua"]
    if m["html_only"]:
        msg.set_content(m["html_body"] or html_twin(m["body"]), subtype="html")
    else:
        msg.set_content(m["body"])
        if m["html_body"] is not None:
            msg.add_alternative(m["html_body"] or html_twin(m["body"]), subtype="html")
        if m["cal"] is not None:
            msg.add_alternative(m["cal"], subtype="calendar", params={"method": "REPLY"})
    for fn, ctype, data in m["atts"]:
        mt, st = ctype.split("/")
        if mt == "text":
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%s" % (i, sha(m["file"] + str(i))[:24]))
    return msg.as_bytes(policy=email.policy.SMTP)


# ================================================================ THE MAILS ==================================
# ================================================================ KNOWSLEY ==================================
K_ACK_214 = """> From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
> Sent: 27 January 2038 16:02
> Subject: Step up - Kacey Lunt EHM-60217 - TAF Weds 3rd Feb [SB-knowsley-214]
>
> Thank you. Your step-up request for Kacey Lunt has been received, reference SB-knowsley-214.
> What is missing: Graded Care Profile (GCP2).
> Step-up TAF meeting: Wednesday 3 February 2038 10:00 (5 working days' notice given)."""

k01_body = """Hi MASH team,

Please find attached a step up request for Tiana Roberts-Keane (DOB 03/08/2021), EHM-60944.

Tiana is 16. At the TAF on 6th January she told us she is 33 weeks pregnant - nobody at home knew, including mum, and she has had no antenatal care apart from the late booking appointment last week. The worry for the step up is the home: the Graded Care Profile I completed with mum on 08/01 scored 4 across physical care and safety (no heating upstairs, black mould in the back bedroom where Tiana and the baby would sleep, very little food in on both visits, dog mess on the landing). Mum is aware of the step up and understands why we are asking.

My Team Manager, Elinor Marsh, has discussed this with me in supervision and agreed the step up.

The step up TAF meeting is booked for Wednesday 20th January 2038 at 10am on Teams - invite attached and sent to the MASH inbox and MASH business support. I have invited the current TAF members (school, community midwife, 0-19 service).

Attached: Step up request form, TAF minutes from 06/01/2038, GCP2.

Kind regards
Bethany O'Rourke
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0733
"""
k01_ics = ics_request("TAF-" + sha("k01")[:20], "bethany.orourke@knowsley.gov.uk", "Bethany O'Rourke",
                      [("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                       ("MASH business support", "mash.businesssupport@knowsley.gov.uk")],
                      "Step up TAF meeting - T Roberts-Keane EHM-60944", lt("2038-01-20 10:00"),
                      lt("2038-01-20 11:00"), "Microsoft Teams Meeting",
                      "Step up TAF meeting for Tiana Roberts-Keane, EHM-60944. Chair: MASH social worker.")
mail("knowsley_01.eml", "ordinary", "knowsley", "mash_step_up", "2038-01-11 10:20",
     ("Bethany O'Rourke", "bethany.orourke@knowsley.gov.uk"),
     "Step up request - Tiana Roberts-Keane - EHM-60944 - TAF Wed 20th Jan", k01_body,
     E("step_up", case_ids=["EHM-60944"], children=[("Tiana Roberts-Keane", "2021-08-03")], concerns=["neglect"],
       manager=True, notice_ok=True, action="book_meeting"),
     "Complete Knowsley step-up for neglect around a 16-year-old's concealed pregnancy (form .docx, TAF minutes .pdf, "
     "GCP2 .pdf, Teams .ics REQUEST); TAF Wed 20 Jan from Mon 11 Jan = 7 WD; mum 'aware' is not consent.",
     html_body="", cc="MASH business support <mash.businesssupport@knowsley.gov.uk>", ua="Microsoft Outlook 16.0",
     atts=[("FF Step Up Request Form - T Roberts-Keane.docx", DOCX_T, docx([
         "FF Step Up request to CSC", "Case ID on EHM: EHM-60944",
         "Child: Tiana Roberts-Keane, DOB 03/08/2021",
         "Has this family recently closed to Children's Social Care?: No",
         "Date of step up TAF meeting: Wednesday 20/01/2038 10:00 (Teams)",
         "Level of Engagement: medium", "Recent TAF meeting minutes attached: yes (06/01/2038)",
         "What are we worried about? Tiana (16) is 33 weeks pregnant, concealed until the TAF on 06/01. Home "
         "conditions poor: no heating upstairs, mould in the bedroom, little food. GCP2 completed 08/01/2038.",
         "What is working well? Tiana has now booked with the midwife and attends school most days.",
         "What next? Step up for a Child and Family Assessment before the baby is born.",
         "Graded Care profile (If neglect should be completed): completed 08/01/2038, attached.",
         "Agreement by line manager: Elinor Marsh, Team Manager, agreed 08/01/2038."])),
           ("TAF minutes 06.01.2038 - Roberts-Keane.pdf", "application/pdf", pdf([
               "Team Around the Family meeting - minutes", "Date: 06/01/2038   Case: EHM-60944",
               "Present: Tiana, mum, Bethany O'Rourke (Family First), Year 12 pastoral lead, 0-19 service.",
               "Tiana shared that she is pregnant (around 33 weeks). Mum was not aware.",
               "Actions: midwife booking this week; GCP2 to be completed; consider step up."], "TAF minutes")),
           ("GCP2 Roberts-Keane Jan 2038.pdf", "application/pdf", pdf([
               "Graded Care Profile 2 (GCP2) - summary", "Completed 08/01/2038 with mum. EHM-60944.",
               "Physical care: grade 4. Safety: grade 4. Love and care: grade 2. Esteem: grade 3.",
               "Notes: no heating upstairs; mould in back bedroom; low food supply on two visits."], "GCP2")),
           ("Step up TAF meeting.ics", "text/calendar", k01_ics)])

k02_body = """Im outside Kaceys now, 14 Cherrybank Close Huyton. Her little brother opened the door a crack on his way out to school and said Kacey had a baby in the bathroom last night. He said the baby is in the bottom drawer in Kaceys room wrapped in a bath towel and she's cold and he hasnt seen anyone feed her.

I can hear a really weak cry from upstairs. Donna (mum) came down and shut the door on me, says its family business and nobody is coming in, Kacey is fine. As far as I know Kacey hasnt seen a midwife or a doctor at all. Kacey is 15.

Im staying in my car across the road and not leaving. Please ring me 07700 900418

Leah

Sent from my iPhone

""" + K_ACK_214 + "\n"
mail("knowsley_02.eml", "urgent", "knowsley", "mash_step_up", "2038-01-29 08:52",
     ("Leah Nwachukwu", "leah.nwachukwu@knowsley.gov.uk"),
     "Re: Step up - Kacey Lunt EHM-60217 - TAF Weds 3rd Feb [SB-knowsley-214]", k02_body,
     E("follow_up", urgent=True, case_ids=["EHM-60217"], children=[("Kacey Lunt", None)], concerns=["neglect"],
       action="alert_duty"),
     "URGENT - a 15-year-old gave birth in the bathroom last night, the newborn is cold in a drawer, unfed, and "
     "mum will not let anyone in: safety rule 1 on a follow_up (alert_duty overrides attach_to_request); iPhone reply "
     "with stepbot's acknowledgement quoted; none of the banned words.", ua="iPhone Mail (21A360)")

k03_guidance = pdf([
    "Knowsley Safeguarding Children Partnership", "CONCEALED AND DENIED PREGNANCY - PRACTICE GUIDANCE (v2.1, 2035)",
    "1. Purpose. This note helps practitioners recognise a concealed or denied pregnancy and respond.",
    "2. Why it matters. Concealment can mean no antenatal care, an unassisted birth, and a baby born without anyone",
    "   prepared to care for it. In the most serious cases nationally babies have been abandoned or have died.",
    "3. Indicators (examples only): a young person who gives birth alone and hides the baby; a woman who denies",
    "   being pregnant in late pregnancy; a newborn found abandoned; repeated missed midwife contacts.",
    "4. What to do. Discuss with your designated safeguarding lead. Where a baby's life may be in danger, call 999.",
    "   Otherwise contact the MASH. A pre-birth assessment may be needed.",
    "5. This guidance is reviewed every three years."], "Concealed pregnancy guidance")
mail("knowsley_03.eml", "near_miss", "knowsley", "mash_step_up", "2038-01-13 11:05",
     ("Caoimhe Brannigan", "caoimhe.brannigan@nhs.example"),
     "Concealed / denied pregnancy guidance - is this still the current version?",
     """Hello,

I've just started as the safeguarding midwife for the community team and I'm putting together our induction pack. Attached is the partnership's "Concealed and Denied Pregnancy - Practice Guidance" (v2.1, 2035) which was in the old pack.

Could someone confirm whether this is still the current version, or point me to a newer one? And do referrals for a concealed pregnancy still come to this inbox, or should midwives use the MARF?

This isn't about any particular woman or family - it's just for the pack.

Many thanks
Caoimhe Brannigan
Safeguarding Midwife, Community Midwifery
0151 496 0281
""",
     E("other", action="human_review"),
     "NEAR MISS - a policy: a midwife asks whether an attached concealed-pregnancy guidance note (whose indicator list "
     "names a baby hidden after an unassisted birth and a newborn abandoned) is current; no family, so other -> "
     "human_review; safety rule 1 excludes bulletins that list examples.",
     atts=[("KSCP Concealed and Denied Pregnancy Guidance v2.1.pdf", "application/pdf", k03_guidance)])

mail("knowsley_04.eml", "near_miss", "knowsley", "early_help_duty", "2038-02-16 14:05",
     ("Sanjay Dhillon", "sanjay.dhillon@knowsley.gov.uk"),
     "Step down to Family First Level 3 - Mercer-Doyle - ICS-1287734 - joint home visit 24/02",
     """Hi Family First duty,

Level 3 step down please.

Children: Alfie Mercer-Doyle DOB 12.09.2037 and Layla Mercer-Doyle DOB 02.05.2031. ICS-1287734.

Background for the case manager: Jodie (mum) concealed her pregnancy with Alfie and gave birth to him alone at home on 12 September last year; when the paramedics arrived he was cold and he spent nine days on the neonatal unit. That was five months ago. Since then Jodie has worked with the perinatal mental health team, has been open with us and with the health visitor, and hasn't missed a single appointment. There are no current child protection concerns and the CIN plan has been met.

Joint home visit: Wednesday 24th February 2038 at 11.00am at the family home, 7 Ashfield Road, Kirkby.

What are we worried about?
That Jodie's low mood returns and she pulls away from services the way she did during the pregnancy.

What is working well?
Alfie is thriving (he has gone from the 9th to the 50th centile). Jodie and her partner Ryan share the night feeds, Jodie's mum visits most days, and Layla's attendance is 98%.

What needs to happen?
A Family First case manager to keep the link with the perinatal team and the health visitor, support Jodie with the nursery application and check in with Layla at school.

Jodie has consented to the step down to Family First and knows to expect us both on the 24th.

Thanks
Sanjay Dhillon
Social Worker, Children in Need Team, Knowsley Council
""",
     E("step_down", level=3, case_ids=["ICS-1287734"],
       children=[("Alfie Mercer-Doyle", "2037-09-12"), ("Layla Mercer-Doyle", "2031-05-02")],
       concerns=["parental_mental_health"], consent=True, notice_ok=True, action="book_meeting"),
     "NEAR MISS - past and resolved: a concealed pregnancy and a cold newborn after an unassisted birth five months "
     "ago, 'no current child protection concerns'; complete Knowsley level 3 step-down (joint home visit, all three "
     "headings, consent); Tue 16 Feb -> Wed 24 Feb = 6 WD.")

k05_body = """Hello,

Step up request for the Pye family, EHM-61388 - form and latest TAF minutes attached.

Children: Jaxon Pye (14/06/2030) and Ruby-Mae Pye (27/01/2033).

Mum, Stacey-Ann Pye, is 30 weeks pregnant. She has missed her last four midwife appointments and the community midwife has been turned away twice; she hasn't been in for either of my last two home visits and didn't attend the TAFs on 10th and 24th February. The school say Jaxon has told them "there's no baby, mum says". We have no idea what preparation there is for the birth.

Step up TAF: Wednesday 10 March 2038, 10:00, Kirkby Family Hub (Teams link in the invite I've sent to the MASH inbox and MASH business support).

My TM Elinor Marsh has agreed the step up.

Gráinne McAteer
Family First Case Manager
Knowsley Council
"""
mail("knowsley_05.eml", "ordinary", "knowsley", "mash_step_up", "2038-03-04 15:40",
     ("Gráinne McAteer", "grainne.mcateer@knowsley.gov.uk"), "Step up request EHM-61388 Pye family", k05_body,
     E("step_up", case_ids=["EHM-61388"], children=[("Jaxon Pye", "2030-06-14"), ("Ruby-Mae Pye", "2033-01-27")],
       concerns=["non_engagement"], manager=True, missing=["engaging_families"], notice_ok=False,
       action="request_info"),
     "Knowsley step-up for non-engagement (missed midwife visits, a denied pregnancy) with form and TAF minutes but no "
     "Engaging Families toolkit (required when non_engagement); TAF Wed 10 Mar from Thu 4 Mar = 4 WD, short.",
     html_body="", ua="Microsoft Outlook 16.0",
     atts=[("FF Step Up Request Form - Pye.docx", DOCX_T, docx([
         "FF Step Up request to CSC", "Case ID on EHM: EHM-61388", "Date of step up TAF meeting: 10/03/2038 10:00",
         "Level of Engagement: low", "What are we worried about? Mum 30 weeks pregnant, missed midwife contacts.",
         "What is working well? Children attending school.", "What next? Step up to CSC.",
         "Agreement by line manager: Elinor Marsh"])),
           ("TAF Minutes 24.02.2038 - Pye.docx", DOCX_T, docx([
               "TAF meeting minutes 24/02/2038 - EHM-61388", "Mum did not attend. School, midwife, FF present.",
               "Agreed: case manager to discuss step up with TM."]))])

k06_body = """Hi all,

Please see attached step up form and TAF minutes for Oakley Fairhurst, DOB 04/03/2038, EHM-61702.

Oakley is 11 days old. Mum Chantelle Fairhurst (19) has been open to Family First since October for her anxiety and isolation - she didn't tell anyone she was pregnant until 28 weeks. Her new partner Jordan Keegan moved into the flat in February. Chantelle's anxiety has got much worse since the birth; she is not sleeping and says she can't cope with the crying.

My Team Manager Elinor Marsh agreed the step up this morning.

Step up TAF meeting: Wednesday 24th March 2038 at 10am, Huyton Family Hub (Teams invite to follow to MASH and MASH BS). TAF members invited.

Thanks,
Callum Oyelowo
Family First Case Manager, Knowsley Council

PS just off the phone with the community midwife, Bernie Lyons. She has only just been told by the Wirral midwives that Jordan's first baby (a boy, born 2031) had a fractured skull and broken ribs at seven weeks old and Jordan was convicted for it in 2032 - that baby was adopted. Chantelle went back to college today and Jordan has Oakley on his own at the flat (Flat 3, 22 Derby Road, Huyton) until she gets home at 4. Chantelle doesn't know any of this. Bernie is trying to get hold of Chantelle now.
"""
mail("knowsley_06.eml", "urgent", "knowsley", "mash_step_up", "2038-03-15 11:10",
     ("Callum Oyelowo", "callum.oyelowo@knowsley.gov.uk"),
     "Step Up - Oakley Fairhurst - EHM-61702 - TAF Wed 24/03", k06_body,
     E("step_up", urgent=True, case_ids=["EHM-61702"], children=[("Oakley Fairhurst", "2038-03-04")],
       concerns=["parental_mental_health", "physical_harm"], manager=True, notice_ok=True, action="alert_duty"),
     "URGENT - a father's history the midwife has just learned of, in a P.S.: an 11-day-old alone today with a man "
     "convicted of fracturing his own baby's skull; otherwise a complete step-up (form, TAF minutes, TM agreed, "
     "Wed 24 Mar = 7 WD) so missing [] and alert_duty.",
     html_body="", ua="Microsoft Outlook 16.0",
     atts=[("Step Up Form - O Fairhurst.docx", DOCX_T, docx([
         "FF Step Up request to CSC", "Case ID on EHM: EHM-61702", "Child: Oakley Fairhurst DOB 04/03/2038",
         "Date of step up TAF meeting: 24/03/2038 10:00", "Level of Engagement: high",
         "What are we worried about? Mum's anxiety since the birth; new partner in the home.",
         "What is working well? Chantelle engages well with Family First and the health visitor.",
         "What next? Step up for assessment.", "Agreement by line manager: Elinor Marsh, 15/03/2038"])),
           ("TAF minutes 09-03-2038 Fairhurst.pdf", "application/pdf", pdf([
               "TAF minutes 09/03/2038 - EHM-61702 - Oakley Fairhurst",
               "Present: Chantelle, Callum Oyelowo (FF), health visitor, community midwife.",
               "Chantelle reports poor sleep and feeling overwhelmed. HV to increase visits."], "TAF minutes"))])

k07_cal = ics_reply("TAF-" + sha("k01")[:20], "bethany.orourke@knowsley.gov.uk", "bernie.lyons@nhs.example",
                    "Bernie Lyons", "ACCEPTED", "Step up TAF meeting [SB-knowsley-198]", lt("2038-01-20 10:00"),
                    lt("2038-01-20 11:00"), comment="Happy to attend - I'll bring the booking notes from last week.")
mail("knowsley_07.eml", "ordinary", "knowsley", "mash_step_up", "2038-01-14 09:31",
     ("Bernie Lyons", "bernie.lyons@nhs.example"), "Accepted: Step up TAF meeting [SB-knowsley-198]",
     "Bernie Lyons has accepted this meeting.\n\nHappy to attend - I'll bring the booking notes from last week.\n",
     E("meeting_reply", action="record_reply"),
     "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the community midwife with a harmless "
     "COMMENT; meeting_reply -> record_reply.",
     cal=k07_cal, to="Knowsley MASH <knowsleymash@knowsley.gov.uk>", ua="Microsoft Outlook 16.0")

k08_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning Family First,</p>
<p><b>Level 2 step down</b> &ndash; ICS-1290415</p>
<p>Abena Osei-Bonsu (DOB 22/06/2020), who is 17, and her baby daughter Maya Osei-Bonsu (DOB 19/11/2037).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Final CIN meeting</b></td><td>Wednesday 7 April 2038, 13:30, Huyton Family Hub, Room 2</td></tr>
<tr><td><b>Lead practitioner</b></td><td>Nadia Farrell, Family Nurse, Family Nurse Partnership (Mersey Care)</td></tr>
</table>
<p><b>What are we worried about?</b><br>Abena's attendance at college has dropped to 61% since Maya was born and she may lose her place.</p>
<p><b>What is working well?</b><br>Abena is a loving, attentive mum; Maya is gaining weight well and all her checks are up to date. Abena's mother is supportive and they live together.</p>
<p><b>What needs to happen?</b><br>The Family Nurse to continue weekly visits, help Abena with a nursery place through Care to Learn and link with the college.</p>
<p>Abena and her mum have agreed to the step down.</p>
<p>Kind regards,<br>Ewa Kowalczyk<br>Social Worker, Knowsley Council</p>
</body></html>
"""
mail("knowsley_08.eml", "ordinary", "knowsley", "early_help_duty", "2038-03-29 10:12",
     ("Ewa Kowalczyk", "ewa.kowalczyk@knowsley.gov.uk"), "Step down L2 - ICS-1290415 - final CIN 07.04.2038", "",
     E("step_down", level=2, case_ids=["ICS-1290415"],
       children=[("Abena Osei-Bonsu", "2020-06-22"), ("Maya Osei-Bonsu", "2037-11-19")],
       concerns=["school_attendance"], consent=True, notice_ok=True, action="book_meeting"),
     "HTML-only Knowsley level 2 step-down for a 17-year-old mother and her baby (both children): date, time, venue, "
     "lead practitioner with agency, three headings; Mon 29 Mar (BST, +0100) -> Wed 7 Apr = 7 WD (Good Friday 2038 "
     "is 23 April, so no bank holiday).",
     html_only=True, html_body=k08_html)

# ================================================================ RICHMOND & WANDSWORTH =====================
r01_body = """Dear MASH,

I would like to step up the Haddad family. Mosaic ID: 2451837.

Zara Haddad, DOB 09/04/2024 (13)
Sami Haddad, DOB 30/07/2033 (4)

Mum, Noor, is 29 weeks pregnant. Since December she has missed five community midwife visits and cancelled the pre-birth planning meeting twice; she has not been to any of the Early Help sessions since before Christmas. Zara is doing the shopping, taking Sami to nursery and has missed school to look after him when mum "can't get up".

I have discussed this with Lucy (the Early Help worker) and I agree it needs stepping up. The latest case summary is attached. I will send the rationale separately once I've spoken to Lucy again this afternoon.

Marguerite Fofanah
Early Help Team Manager (Wandsworth)
Richmond and Wandsworth Council
"""
mail("richmond_wandsworth_01.eml", "ordinary", "richmond_wandsworth", "mash_step_up", "2038-01-12 09:48",
     ("Marguerite Fofanah", "marguerite.fofanah@richmondandwandsworth.gov.uk"),
     "Step up - Haddad family - Mosaic 2451837", r01_body,
     E("step_up", case_ids=["2451837"], children=[("Zara Haddad", "2024-04-09"), ("Sami Haddad", "2033-07-30")],
       concerns=["non_engagement", "school_attendance", "young_carer"], manager=True, missing=["rationale"],
       action="request_info"),
     "R&W step-up sent by the Early Help team manager (manager agreed) for a mother missing midwife visits; case "
     "summary attached but the rationale 'to follow', so missing; 'Mosaic ID: 2451837' -> the bare number.",
     html_body="", ua="Microsoft Outlook 16.0",
     atts=[("Case summary - Haddad - Jan 2038.docx", DOCX_T, docx([
         "Case summary", "Mosaic ID 2451837", "Children: Zara Haddad (13), Sami Haddad (4)",
         "Mother 29 weeks pregnant; missed midwife appointments; Zara caring for her brother."]))])

mail("richmond_wandsworth_02.eml", "urgent", "richmond_wandsworth", "mash_step_up", "2038-01-23 21:40",
     ("Oluwaseun Bamgbose", "o.bamgbose@nhs.example"),
     "Tamsin Achterberg 14 Larkspur Court SW15 - in labour at home, refusing transfer",
     """I'm the community midwife at the house now. The Early Help worker gave me this address on Thursday in case I needed it.

Tamsin Achterberg is in established labour, about 6cm, 37 weeks. She is saying no to the ambulance crew, who are waiting downstairs. Her partner Gary Moult is in the room and keeps telling her she is not going anywhere.

The crew's control room checked the address: Gary has a conviction from 2030 for grievous bodily harm to his 4-month-old daughter. The Early Help worker told me on Thursday he was not supposed to be living here.

Tamsin's son Leon Achterberg (3) is asleep in the back bedroom. Gary has locked the front door and has the key in his pocket. I have not been able to speak to Tamsin on her own. The crew have called the police but nobody has come yet.

My mobile 07700 900651. I am staying with her.

Seun
Sent from my Samsung Galaxy smartphone.
""",
     E("other", urgent=True, children=[("Leon Achterberg", None)], concerns=["domestic_abuse", "physical_harm"],
       action="alert_duty"),
     "URGENT - a woman in labour at home refusing the ambulance, her partner (convicted of harming a baby) has locked "
     "the door, a 3-year-old asleep upstairs, Saturday 21:40: safety rule 1 out of hours; a midwife's phone mail, "
     "kind other; none of the banned words.", offhours=True)

mail("richmond_wandsworth_03.eml", "urgent", "richmond_wandsworth", "mash_step_up", "2038-02-10 11:25",
     ("Priya Venkataraman", "priya.venkataraman@nhs.example"),
     "Baby Tobi Adebayo (3 days old) taken off Cedar Ward against advice",
     """Dear colleagues,

At 10:50 today Shanice Adebayo (19) left Cedar postnatal ward with her son Tobi Adebayo, born 07/02/2038, against medical advice. Tobi is three days old, was feeding poorly overnight and his newborn examination has not been done.

Shanice told the healthcare assistant she was going to "Dean's place in Roehampton". After she left, our hospital safeguarding team checked with the police: Dean Rollinson has a police marker for repeated serious assaults on two previous partners, one of them while she was pregnant. On admission Shanice told us she was no longer in contact with him.

She is not answering her phone. Security have looked at the CCTV: she got into a grey hatchback outside the maternity entrance at 10:56 with Tobi in a car seat.

Please call the ward on 020 7946 0468 (ask for the midwife in charge).

Priya Venkataraman
Midwife in Charge, Cedar Postnatal Ward
Kingsbridge University Hospital
""",
     E("other", urgent=True, children=[("Tobi Adebayo", "2038-02-07")], concerns=["domestic_abuse"],
       action="alert_duty"),
     "URGENT - a 3-day-old taken off the ward against advice to a man the police have flagged for serious assaults on "
     "partners: safety rule 1 in office hours; a hospital midwife's clinical mail, kind other; none of the banned words.",
     html_body="", ua="Microsoft Outlook 16.0")

r04_handout = pdf([
    "Putney Family Hub - Young Parents' Antenatal Group", "Session 4: Getting ready for the birth",
    "If your baby comes before the midwife gets there:",
    " - Call 999 and put your phone on speaker. The call handler will talk you through it.",
    " - Keep your baby warm: skin to skin on your chest, covered with a dry towel. Never leave your baby alone.",
    " - Do not cut or pull the cord. Wait for the paramedics.",
    "If you have been hiding your pregnancy because you are scared, you are not in trouble. Talk to your midwife,",
    "your school nurse or us. Lots of young mums have felt the same.",
    "Your first days at home: feeding, sleep (feet to foot, on the back), crying and when to ask for help."],
    "Young parents antenatal handout")
mail("richmond_wandsworth_04.eml", "near_miss", "richmond_wandsworth", "early_help_duty", "2038-02-04 13:15",
     ("Róisín Fennelly", "roisin.fennelly@richmondandwandsworth.gov.uk"),
     "Antenatal class handout for the young parents' group - OK to use?",
     """Hi duty,

The midwives at Putney Family Hub have given us the attached handout for our young parents' antenatal group (session 4, starts after half term).

Could one of the managers look over the "if your baby comes before the midwife" and "hiding your pregnancy" bits and let me know if the wording is OK to go in our group pack? Some of the group are 16 and 17 so we want it to sound friendly, not scary.

No particular family - just the group.

Thanks!
Róisín
Early Help Practitioner, Putney
""",
     E("other", action="human_review"),
     "NEAR MISS - an antenatal class handout: a baby born before the midwife arrives and a hidden pregnancy as "
     "generic advice in an attached PDF, no family; other -> human_review.",
     atts=[("Young parents antenatal group - session 4 handout.pdf", "application/pdf", r04_handout)])

r05_body = """Dear MASH colleagues,

Please find attached the latest case summary for Aisha Kamara and her son Idris Kamara (DOB 03/11/2031). Mosaic ID 2460119.

Rationale for step up
Aisha is 25 weeks pregnant (EDD 14/05/2038). Her first child was removed from her care in Lambeth in 2033 following neglect linked to her drinking. She has been abstinent for over three years (hair strand tests clear, most recently in December) and Idris is doing well in her care - there are no concerns about him. Her anxiety has increased during this pregnancy and she is now seeing the perinatal mental health team. We are asking for a pre-birth assessment because of the history, as the pre-birth protocol requires, not because anything has changed. A pre-birth plan is already in place with the specialist midwife and the perinatal team, with a birth plan and a discharge planning meeting booked for 28 April.

Aisha has agreed to the pre-birth assessment and signed the consent.

This has been discussed with me by Kwame (EH worker) and I agree the step up.

Dominic Ashworth-Lee
Early Help Team Manager (Richmond)
"""
mail("richmond_wandsworth_05.eml", "near_miss", "richmond_wandsworth", "mash_step_up", "2038-02-22 10:05",
     ("Dominic Ashworth-Lee", "dominic.ashworth-lee@richmondandwandsworth.gov.uk"),
     "Step up - pre-birth assessment - Kamara - Mosaic ID 2460119", r05_body,
     E("step_up", case_ids=["2460119"], children=[("Idris Kamara", "2031-11-03")],
       concerns=["parental_mental_health"], consent=True, manager=True, action="book_meeting"),
     "NEAR MISS - a pre-birth assessment for a baby due in May with a plan in place; the 2033 removal and drinking "
     "are history ('no concerns about him'); complete R&W step-up (case summary attached, rationale pasted under its "
     "heading, sent by the EH team manager).",
     html_body="", ua="Microsoft Outlook 16.0",
     atts=[("Case summary - Kamara - Feb 2038.docx", DOCX_T, docx([
         "Case summary - Mosaic ID 2460119", "Aisha Kamara (mother), Idris Kamara (6)",
         "Pre-birth: EDD 14/05/2038. Perinatal mental health team involved. Plan in place."]))])

mail("richmond_wandsworth_06.eml", "ordinary", "richmond_wandsworth", "early_help_duty", "2038-03-30 10:40",
     ("Tomasz Wróblewski", "tomasz.wroblewski@richmondandwandsworth.gov.uk"),
     "Step down – Keisha & baby Amari Lewis-Grant – Mosaic 2438801",
     """Hi Jasper / Early Help duty,

Following our call this morning, confirming the step-down case discussion for Thursday 1st April at 2pm on Teams.

Keisha Lewis-Grant (17, DOB 19/08/2020) and her son Amari Lewis-Grant (DOB 28/12/2037).

Keisha had a low mood after Amari was born which is now much better with the support of the perinatal team. The CIN plan has been met. Latest case summary and the draft Early Help plan are attached.

Keisha has given her consent to Early Help (she signed at our visit on 26 March), and my team manager Hollie Brandt agrees with the step down and will join the discussion.

Thanks,
Tomasz Wróblewski
Social Worker, Assessment and Intervention
""",
     E("step_down", case_ids=["2438801"],
       children=[("Keisha Lewis-Grant", "2020-08-19"), ("Amari Lewis-Grant", "2037-12-28")],
       concerns=["parental_mental_health"], consent=True, manager=True, action="book_meeting"),
     "Complete R&W step-down (case summary, draft plan, consent) for a 17-year-old mother and her baby; case "
     "discussion agreed by phone for Thu 1 April, inside the seed's 5 days; BST (+0100) after 28 March.",
     html_body="", ua="Microsoft Outlook 16.0",
     atts=[("Case summary - Lewis-Grant.docx", DOCX_T, docx([
         "Case summary - Mosaic 2438801", "Keisha Lewis-Grant (17) and Amari Lewis-Grant (3 months)."])),
           ("Draft Early Help plan - Lewis-Grant.docx", DOCX_T, docx([
               "Draft Early Help plan", "Goals: Keisha back at college in September; nursery place for Amari."]))])

mail("richmond_wandsworth_07.eml", "ordinary", "richmond_wandsworth", "early_help_duty", "2038-03-17 14:02",
     ("Lucy Marchbank", "lucy.marchbank@richmondandwandsworth.gov.uk"),
     "Automatic reply: Step down - Baptiste [SB-richmond_wandsworth-61]",
     """Thank you for your email. I am on maternity leave and will not be reading my emails.

For anything about a family I work with please contact the Early Help duty line on 020 7946 0355. If you are worried about a child's safety please call the MASH on 020 7946 0321, or 999 in an emergency.

Lucy
""",
     E("auto_reply", action="ignore"),
     "Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied, X-Auto-Response-Suppress) from a worker on "
     "maternity leave; its 999 boilerplate is not a risk: auto_reply -> ignore (safety rule 2).",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<SB-RAW-61-ACK@richmondandwandsworth.gov.uk>")])

mail("richmond_wandsworth_08.eml", "ordinary", "richmond_wandsworth", "early_help_duty", "2038-03-08 16:20",
     ("Hannah Ferreira-Lowe", "hannah.ferreira-lowe@richmondandwandsworth.gov.uk"),
     "RE: Step down - Baptiste - Mosaic 2447316 [SB-richmond_wandsworth-61]",
     """Hi,

Please find attached the draft Early Help plan for Noah Baptiste, which was missing from my request last week. The case discussion is still Wednesday 10th at 11 with Jasper.

Thanks
Hannah

> From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
> Sent: 04 March 2038 12:10
> Subject: Step down - Baptiste - Mosaic 2447316 [SB-richmond_wandsworth-61]
>
> Your step-down request has been received, reference SB-richmond_wandsworth-61.
> What is missing: draft Early Help plan.
""",
     E("follow_up", case_ids=["2447316"], children=[("Noah Baptiste", None)], action="attach_to_request"),
     "Follow-up to [SB-richmond_wandsworth-61] bringing the missing draft plan (.docx); the quoted ack's 'What is "
     "missing' line is stepbot's: follow_up -> attach_to_request.",
     atts=[("Draft EH plan - Noah Baptiste.docx", DOCX_T, docx([
         "Draft Early Help plan - Noah Baptiste", "Mosaic 2447316", "Lead: Early Help worker tbc by Jasper Quint."]))])

# ================================================================ TOWER HAMLETS =============================
mail("tower_hamlets_01.eml", "urgent", "tower_hamlets", "mash_step_up", "2038-03-02 10:15",
     ("Shirin Chowdhury", "shirin.chowdhury@nhs.example"), "Year 10 girl in my room now - please ring the school",
     """Hello MAST,

The police are in the Tesco car park on Roman Road because a delivery driver found a newborn baby there at 7.40 this morning, wrapped in one of our school PE hoodies. The baby has been taken to the Royal London.

At 9.30 one of our Year 10 girls, Ruksana Begum (15, DOB 11/10/2022), came to my room. She is very pale, sweating and shaking and there is a lot of blood on her tracksuit and on the chair. She says it is a heavy period. Her own PE hoodie is not in her locker. She keeps asking to go home and says her dad will be very angry if anyone rings him.

The ambulance has been called for her and she is with me and the DSL. She is begging us not to tell anyone.

Please ring the school on 020 7946 0587 and ask for me or Mr Abernethy.

Shirin Chowdhury
School Nurse, 5-19 Service
""",
     E("other", urgent=True, children=[("Ruksana Begum", "2022-10-11")], concerns=["neglect"], action="alert_duty"),
     "URGENT - a newborn found in a car park this morning and a 15-year-old in the school nurse's room bleeding and "
     "pale, afraid of her father: safety rule 1; a school nurse's mail, kind other; none of the banned words.")

t02_letter = pdf([
    "Globe Town Medical Practice", "Dictated: Dr Ikechukwu Obi   Typed: SB   Date: 28/01/2038",
    "Re: Mariam Siddiqui, DOB 05.07.2020", "",
    "Dear colleagues,",
    "I saw Mariam this morning. She is 17 and on my examination she is about 38 weeks pregnant, although she has",
    "told her family and her college that she is not pregnant. She has had no antenatal care.",
    "She came with a man she called her boyfriend, who gave his age as 31 and answered every question for her.",
    "When he went out to move his van she told me that he does not let her go out on her own, that she has been",
    "staying at his flat in Limehouse since Christmas, that he has taken her phone, and that he says she will have",
    "the baby at the flat and 'nobody needs to know'. She said she is frightened of him.",
    "They have just left the surgery together in his white van and she is going back to the flat with him now.",
    "I do not know his name. Her mother's address is on our system: 41 Cranbrook Estate, E2.",
    "Please telephone me at the surgery on 020 7946 0644.",
    "Yours faithfully, Dr I. Obi, GP (dictated but not read)"], "GP letter")
mail("tower_hamlets_02.eml", "urgent", "tower_hamlets", "mash_step_up", "2038-01-28 12:05",
     ("Globe Town Medical Practice", "globetown.admin@nhs.example"), "Patient seen this morning - letter from Dr Obi",
     """Dear MAST,

Please see the attached letter from Dr Obi about a 17-year-old patient he saw this morning. He asks that someone rings him at the surgery on 020 7946 0644 as soon as you can.

Sandra Bell
Medical Secretary, Globe Town Medical Practice
""",
     E("other", urgent=True, children=[("Mariam Siddiqui", "2020-07-05")],
       concerns=["domestic_abuse", "exploitation", "sexual_harm"], action="alert_duty"),
     "URGENT, ONLY IN THE ATTACHMENT - a GP's dictated letter: a 17-year-old about 38 weeks pregnant, denying it, "
     "controlled by a 31-year-old who has her phone and plans a birth at his flat, leaving with him now: safety rule 1 "
     "reads attachments; none of the banned words.",
     atts=[("Letter re M Siddiqui 28.01.2038.pdf", "application/pdf", t02_letter)])

mail("tower_hamlets_03.eml", "urgent", "tower_hamlets", "mash_step_up", "2038-02-18 16:35",
     ("Fatuma Abdi", "fatuma.abdi@nhs.example"), "RE: Step up - Dobrev family - 2475530 [SB-tower_hamlets-377]",
     """At the flat for the new birth visit now. Baby Ivan Dobrev is 6 days old (born 12/02/2038). Mum Elena is on the sofa and I can't wake her properly, there are empty vodka bottles on the floor and she smells strongly of drink.

Ivan is in the moses basket in a soaked nappy, the last feed on the chart was 11 last night. His brother Mateo Dobrev (4) let me in, he said mummy has been sleeping all day. No other adult here.

I have rung 999 for mum and I'm staying with the boys. Ring me 07700 900233

Fatuma
HV, 0-19 Service

Sent from Outlook for Android
________________________________
From: MAST <MAST@towerhamlets.gov.uk>
Sent: Tuesday, February 16, 2038 9:14 AM
Subject: Step up - Dobrev family - 2475530 [SB-tower_hamlets-377]

Your request has been received, reference SB-tower_hamlets-377. MAST will be in touch about the multi-agency discussion.
""",
     E("follow_up", urgent=True, case_ids=["2475530"],
       children=[("Ivan Dobrev", "2038-02-12"), ("Mateo Dobrev", None)], concerns=["neglect", "substance_misuse"],
       action="alert_duty"),
     "URGENT - a health visitor at a new-birth visit now: mother unrousable with empty vodka bottles, a 6-day-old "
     "unfed since last night, a 4-year-old, no other adult: safety rule 1 on a follow_up; none of the banned words.")

mail("tower_hamlets_04.eml", "near_miss", "tower_hamlets", "mash_step_up", "2038-02-08 15:30",
     ("Hollie Strachan", "hollie.strachan.student@uni.example"), "Question for my assignment (student health visitor)",
     """Hello,

I'm a student health visitor on placement in Stepney and I'm writing an assignment on the first days after birth. My practice teacher suggested I ask MAST directly.

What would happen if a mum left the postnatal ward against advice with her newborn to go to a partner the police had a marker on? Would that come to MAST as a step up or would the hospital send a MARF? And what if the family already had an Early Help worker?

There is no real family - this is a made-up scenario for the assignment. Any pointers to the right guidance would be great.

Thank you,
Hollie Strachan
Student Specialist Community Public Health Nurse
""",
     E("other", action="human_review"),
     "NEAR MISS - hypothetical: a student's made-up scenario of a mother leaving the ward with a newborn to a "
     "flagged partner ('There is no real family'); other -> human_review.")

mail("tower_hamlets_05.eml", "near_miss", "tower_hamlets", "mash_step_up", "2038-03-04 14:10",
     ("Daniel Abernethy", "d.abernethy@school.example"),
     "RE: Year 10 girl in my room now - please ring the school [SB-tower_hamlets-412]",
     """Dear MAST,

An update for your records - nothing further is needed from you today.

Ruksana Begum and her baby daughter are both on the postnatal ward at the Royal London and are doing well. Her aunt is staying with her and her parents have been supportive, far more than she feared. The police have closed their enquiry about the car park. The strategy meeting was held yesterday and the allocated social worker is Rahima Uddin, who visited her on the ward this morning.

We have agreed a return-to-school plan with the family for after the Easter holidays.

Kind regards
Daniel Abernethy
Designated Safeguarding Lead

> From: MAST <MAST@towerhamlets.gov.uk>
> Sent: 02 March 2038 10:19
> Subject: Year 10 girl in my room now - please ring the school [SB-tower_hamlets-412]
> Your message has been passed to the MAST duty team.
""",
     E("follow_up", children=[("Ruksana Begum", None)], action="attach_to_request"),
     "NEAR MISS - resolved and already handled: the DSL reports the girl and her baby safe on the ward, police "
     "enquiry closed, strategy meeting held; follow_up to [SB-tower_hamlets-412] -> attach_to_request.",
     html_body="", ua="Microsoft Outlook 16.0")

mail("tower_hamlets_06.eml", "ordinary", "tower_hamlets", "early_help_duty", "2038-01-20 11:50",
     ("Mohammed Ali Hussain", "mohammed.hussain@towerhamlets.gov.uk"),
     "Step down to Early Help - Hossain - Mosaic 2469012",
     """Dear Early Help Hub,

The Child and Family Assessment for Zayan Hossain (born 29/10/2037), Mosaic 2469012, concluded on 15 January 2038 with a recommendation to step down to Early Help.

Zayan's mum, Sumaiya (23), hid the pregnancy from her family because she was afraid of their reaction and gave birth at the Royal London after arriving in labour. Her mother and sister now know, have been supportive, and Sumaiya and Zayan live with them. Sumaiya's anxiety is the main ongoing need. There is no further statutory role.

Sumaiya has given her consent to the step down.

TAF meeting: Tuesday 26 January 2038 at 10:00 at Bow Family Hub (I will chair).
Lead practitioner: Lamia Choudhury, Family Hub Practitioner, Tower Hamlets Family Hubs.

Attached: C&F assessment and the draft TAF plan.

Regards
Mohammed Ali Hussain
Social Worker, Children and Families Assessment Team
""",
     E("step_down", case_ids=["2469012"], children=[("Zayan Hossain", "2037-10-29")],
       concerns=["parental_mental_health"], consent=True, action="book_meeting"),
     "Complete Tower Hamlets step-down (C&F assessment .pdf, draft TAF plan .docx, consent, named lead practitioner "
     "with agency); the concealed pregnancy is past; TAF within 10 WD of the assessment's end (15 Jan -> 26 Jan).",
     atts=[("C&F Assessment - Zayan Hossain.pdf", "application/pdf", pdf([
         "Child and Family Assessment - Mosaic 2469012", "Child: Zayan Hossain, born 29/10/2037",
         "Completed: 15/01/2038. Outcome: step down to Early Help (TAF)."], "C&F assessment")),
           ("Draft TAF plan - Hossain.docx", DOCX_T, docx([
               "Draft TAF plan", "Lead practitioner: Lamia Choudhury (Tower Hamlets Family Hubs)",
               "Goals: Sumaiya's anxiety support; baby clinic; nursery plan."]))])

mail("tower_hamlets_07.eml", "ordinary", "tower_hamlets", "mash_step_up", "2038-03-09 15:15",
     ("Chloé Martin-Adeyemi", "chloe.martin-adeyemi@towerhamlets.gov.uk"),
     "MARF - step up request - Lily Crane - Mosaic 2481907",
     """Hello MAST,

Please find attached a MARF for Lily Crane, Mosaic 2481907.

Lily was born on 18/01/2038 at home - mum, Jessica Crane, says it was quick and unplanned and no midwife was there. Lily is now 7 weeks old. Her birth still hasn't been registered (the 42 days ran out on 1 March), she isn't registered with a GP, and the health visitor has been turned away at the door three times, with Jessica saying Lily is "at her nan's".

I saw Lily myself last Friday (5 March) at her nan's flat with Jessica: she was clean, content, feeding well and has put on weight on the nursery scales. So I'm not worried about today, but I am worried about the pattern of avoiding health services.

I haven't had the chance to discuss this with my manager yet - I'll take it to supervision on Thursday and let you know.

Thanks
Chloé Martin-Adeyemi
Early Help Practitioner, Poplar Family Hub
""",
     E("step_up", case_ids=["2481907"], children=[("Lily Crane", "2038-01-18")], concerns=["non_engagement"],
       missing=["manager_agreed"], action="request_info"),
     "Tower Hamlets MAST step-up about a baby born unassisted and not registered: MARF attached but the manager not "
     "yet asked ('I'll take it to supervision on Thursday'), so manager_agreed null and missing; seen well on Friday.",
     atts=[("MARF - Lily Crane - March 2038.pdf", "application/pdf", pdf([
         "Multi-Agency Referral Form (MARF)", "Child: Lily Crane   DOB 18/01/2038   Mosaic 2481907",
         "Reason: birth not registered, no GP, health visitor refused access x3.",
         "Referrer: Chloe Martin-Adeyemi, Early Help Practitioner"], "MARF"))])

mail("tower_hamlets_08.eml", "ordinary", "tower_hamlets", "early_help_duty", "2038-03-26 09:40",
     ("Joanna Przybylska", "joanna.przybylska@towerhamlets.gov.uk"), "Step down - Rahman - Mosaic 2472264",
     """Hi Early Help Hub,

Step down for Aryan Rahman (DOB 2038-01-03) and Inaya Rahman (DOB 2034-06-15), Mosaic 2472264.

Mum has postnatal depression and is being seen by the perinatal team; dad works nights. Mum has consented to the step down. The draft TAF plan is attached. The C&F assessment will follow once my manager has signed it off next week. Lead practitioner tbc - we are still waiting for the Family Hub to confirm who will take it on.

Joanna Przybylska
Social Worker
""",
     E("step_down", case_ids=["2472264"], children=[("Aryan Rahman", "2038-01-03"), ("Inaya Rahman", "2034-06-15")],
       concerns=["parental_mental_health"], consent=True, missing=["assessment", "lead_practitioner"],
       action="request_info"),
     "Tower Hamlets step-down with consent and a draft TAF plan but the C&F assessment 'will follow' and the lead "
     "practitioner 'tbc': both missing -> request_info.",
     atts=[("Draft TAF plan - Rahman.docx", DOCX_T, docx([
         "Draft TAF plan - Mosaic 2472264", "Aryan Rahman, Inaya Rahman", "Lead practitioner: tbc"]))])

# ================================================================ TORBAY ====================================
mail("torbay_01.eml", "urgent", "torbay", "mash_step_up", "2038-02-17 02:38",
     ("Dr Marta Sousa", "marta.sousa@nhs.example"), "14 yr old in ED post delivery - baby not with her",
     """MASH / out of hours,

Patient: Isla-Rose Penhaligon, DOB 30/09/2023 (14 yrs).
Brought to ED at 01:50 by her mother with heavy PV bleeding. On examination she has delivered within the last 6-12 hours; placenta retained; Hb 71. Initially denied any pregnancy.

She has now told the nurse the baby was born in the bathroom at home at about 20:00 last night, is a girl, and is "with Lee". Lee is mum's partner and lives with them. When asked who the baby's father is, Isla-Rose became very distressed and said "I can't say, he'll kill me".

Mum says she knew nothing. Nobody here has seen the baby. Lee is not answering his phone.
Home address: Flat B, 3 Fore Street, Paignton.

Police informed 02:30. Isla-Rose going to theatre. I am on until 08:00, bleep via switchboard 01632 960411.

Dr Marta Sousa
ED Registrar, Torbay Hospital
""",
     E("other", urgent=True, children=[("Isla-Rose Penhaligon", "2023-09-30")], concerns=["neglect", "sexual_harm"],
       action="alert_duty", ), 
     "URGENT - a 14-year-old in ED at 02:38 after an unassisted birth, the newborn unseen and 'with' mum's partner, "
     "whom she fears: safety rule 1 out of hours (night); A&E clinical note; none of the banned words.",
     offhours=True)

mail("torbay_02.eml", "urgent", "torbay", "mash_step_up", "2038-03-07 10:52",
     ("Agnieszka Zielińska", "a.zielinska88@gmail.example"), "baby next door",
     """Hello,

I am sorry my English is not so good. I live at 12 Hele Road Torquay, the flat upstairs is number 14.

The young girl there had a baby maybe two weeks ago. I never see the baby outside and never see the midwife come. Last night about 1 o'clock I hear the man shouting "shut it up or I shut it up" many times and then a big bang like something hit the wall and the baby crying stop. After this, quiet.

This morning he is still there, his car is outside and the curtains are closed. I knock to ask if all ok and he say go away. I did not see the girl. I did not hear the baby all morning.

I am scared and I do not know who to tell. My friend give me this email.

Agnieszka
""",
     E("other", urgent=True, concerns=["physical_harm"], action="alert_duty"),
     "URGENT - a neighbour, non-native English, Sunday: a two-week-old unseen, a man shouting 'shut it up or I shut it "
     "up', a bang and silence, he is still there this morning: safety rule 1 at the weekend; the baby unnamed so "
     "children []; none of the banned words.",
     html_body="", offhours=True)

mail("torbay_03.eml", "near_miss", "torbay", "early_help_duty", "2038-01-26 13:20",
     ("Kerensa Trewhella", "kerensa.trewhella@torbay.gov.uk"),
     "Step down request - triage please - LCS-2294518 Bolitho",
     """Hello Early Help,

Please can I have a triage slot for Poppy Bolitho (DOB 21/12/2037) and Lily Bolitho (DOB 14/03/2034), LCS-2294518. Poppy is under 5 (so is Lily) so I think this goes to the fortnightly under-5s triage.

Unlike with Lily in 2034, when mum hid her pregnancy until she went into labour, this time Sasha booked at 9 weeks and went to every appointment - there was no concealment and there were no concerns at the birth. The pre-birth CIN plan has done its job and there is no need for ongoing statutory involvement. The family would benefit from help with housing and routines.

The Single Assessment is attached with my team manager Morwenna Kitto's analysis; she has agreed the step down to Level 3. Sasha has consented to Early Help.

Thanks,
Kerensa Trewhella
Social Worker, Torbay Children's Services
""",
     E("step_down", level=3, case_ids=["LCS-2294518"],
       children=[("Poppy Bolitho", "2037-12-21"), ("Lily Bolitho", "2034-03-14")], consent=True, manager=True,
       action="book_meeting"),
     "NEAR MISS - negated and past: 'there was no concealment', the 2034 hidden pregnancy is history; complete Torbay "
     "step-down (Single Assessment, manager's agreement, consent), level 3 stated; under-5s -> fortnightly triage.",
     html_body="", ua="Microsoft Outlook 16.0",
     atts=[("Single Assessment - Bolitho - Jan 2038.pdf", "application/pdf", pdf([
         "Single Assessment - LCS-2294518", "Children: Poppy Bolitho (1 month), Lily Bolitho (3)",
         "Team manager analysis (Morwenna Kitto): agree step down to Early Help Level 3."], "Single Assessment"))])

mail("torbay_04.eml", "near_miss", "torbay", "mash_step_up", "2038-02-01 08:15",
     ("Torbay EDT", "edt@torbay.gov.uk"), "EDT handover - weekend 30-31 January - FYI, no actions for MASH",
     """EDT HANDOVER - Saturday 30 January 17:00 to Monday 1 February 08:00
Worker: P. Rundle

1. Sat 23:10 - SWASFT call: baby girl born at home at 22:40 before the midwife or crew arrived, Marldon Way, Paignton. Mother 31, second baby, partner present. Crew conveyed mother and baby to Torbay Hospital, both well. Labour ward midwife confirms a booked pregnancy, full antenatal care, no safeguarding concerns. Outcome: NFA for EDT.

2. Sun 00:45 - Police: 16-year-old not home by curfew, found at a friend's house, returned home 01:30. Outcome: NFA, school informed by email.

3. Sun 14:20 - Foster carer advice call about a child's hay fever medicine. Advice given. Outcome: NFA.

No new contacts for MASH from this weekend.
""",
     E("other", action="human_review"),
     "NEAR MISS - already handled: an EDT weekend log whose birth-before-arrival entry ended with mother and baby well "
     "in hospital and no concerns; other -> human_review.")

mail("torbay_05.eml", "near_miss", "torbay", "early_help_duty", "2038-03-10 16:45",
     ("Summer Jago", "summerjago05@gmail.example"), "help for me and my baby when he comes",
     """hi

my name is Summer Jago im 17 (dob 05/05/2020) and i live in Brixham with my mum. my midwife Karen said to email you.

i hid my pregnancy from my mum till i was 30 weeks cos i was scared she would kick me out but she didnt, she was upset at first but shes been amazing and me and her are ok now. babys due 12th april and its a boy

Karen said early help could help with stuff like a family support worker and a nursery place for when i go back to college in september. my boyfriend isnt involved and thats my choice, hes never been nasty or anything

can someone ring me after 4 on 07700 900562

thanks
summer

Sent from my Android
""",
     E("other", children=[("Summer Jago", "2020-05-05")], action="human_review"),
     "NEAR MISS - a teenager's own words about a concealed pregnancy that is now known and supported ('me and her "
     "are ok now'); a request for help, not a step request: other -> human_review.")

mail("torbay_06.eml", "ordinary", "torbay", "mash_step_up", "2038-01-21 11:30",
     ("Tegen Rowe", "tegen.rowe@torbay.gov.uk"), "Step up - EHM-741266 - Hext",
     """Hello MASH,

I'm contacting MASH to step up the Hext family, EHM-741266: Oscar Hext (DOB 2032-09-08) and Ella Hext (DOB 2035-02-19).

Mum, Kerry Hext, is 35 weeks pregnant and only booked with the midwife at 31 weeks. Since then she has missed three of the four midwife appointments and two of our home visits, and nothing has been got ready for the baby.

Kerry has agreed to the contact to MASH and signed the consent form at my visit on Tuesday. My ATM Silas Penrose has read the case and agrees it meets the threshold for a step up.

Tegen Rowe
Family Intervention Worker, Early Help, Torbay Council
""",
     E("step_up", case_ids=["EHM-741266"], children=[("Oscar Hext", "2032-09-08"), ("Ella Hext", "2035-02-19")],
       concerns=["non_engagement"], consent=True, manager=True, action="book_meeting"),
     "Complete Torbay step-up (contact to MASH) for a late-booked pregnancy and missed midwife visits: consent signed "
     "and the ATM's agreement stated -> book_meeting.")

mail("torbay_07.eml", "ordinary", "torbay", "early_help_duty", "2038-02-15 14:55",
     ("Mariusz Lewandowski", "mariusz.lewandowski@torbay.gov.uk"), "Step down LCS-2290077 Mitchell - triage slot",
     """Hi,

Requesting a triage slot for Harvey Mitchell (DOB 14/01/2038), who is 4 weeks old, and his sister Ava Mitchell (DOB 09/09/2029), LCS-2290077.

The Single Assessment is attached. My manager Rebecca Hosking has agreed the step down. Ava's attendance has slipped to 84% since Harvey arrived, which is the main thing for Early Help to pick up.

I'll ask mum for her consent at my visit on Thursday and confirm by email.

Mariusz Lewandowski
Social Worker
""",
     E("step_down", case_ids=["LCS-2290077"],
       children=[("Harvey Mitchell", "2038-01-14"), ("Ava Mitchell", "2029-09-09")],
       concerns=["school_attendance"], manager=True, missing=["consent"], action="request_info"),
     "Torbay step-down with the Single Assessment and the manager's agreement but consent still to be asked ('I'll "
     "ask mum ... on Thursday'): consent null and missing -> request_info; no level stated.",
     atts=[("Single Assessment - Mitchell.pdf", "application/pdf", pdf([
         "Single Assessment - LCS-2290077", "Harvey Mitchell, Ava Mitchell",
         "Recommendation: step down to Early Help. Manager: Rebecca Hosking."], "Single Assessment"))])

mail("torbay_08.eml", "ordinary", "torbay", "early_help_duty", "2038-02-26 10:05",
     ("Kerensa Trewhella", "kerensa.trewhella@torbay.gov.uk"),
     "RE: Step down request - triage please - LCS-2294518 Bolitho [SB-torbay-57]",
     """Hi,

Just chasing this one - I sent the step down for Poppy Bolitho and her sister Lily Bolitho on 26 January and haven't had a triage date yet. I know the under-5s triage is fortnightly but a month has now gone by and mum keeps asking me when she'll meet her Early Help worker.

Could you let me know when it's listed?

Thanks
Kerensa

> From: Early Help <earlyhelp@torbay.gov.uk>
> Sent: 26 January 2038 13:26
> Subject: Step down request - triage please - LCS-2294518 Bolitho [SB-torbay-57]
> Your request has been received, reference SB-torbay-57. A triage slot will be confirmed.
""",
     E("follow_up", case_ids=["LCS-2294518"], children=[("Poppy Bolitho", None), ("Lily Bolitho", None)],
       action="attach_to_request"),
     "A chaser on [SB-torbay-57] (torbay_03's request) a month on: follow_up -> attach_to_request.")

# ================================================================ HEREFORDSHIRE =============================
h01_comment = ("Sorry, can't make the drop-in. I'm outside the Hallworth house in Kington waiting for the police. "
               "Baby Poppy Hallworth is 5 days old and nobody has seen her since Thursday - the midwife has been "
               "turned away three times. Dad (Craig) opened the door just now with blood on his T-shirt and hands, "
               "said Poppy is 'asleep, not your business' and mum Jade 'is out'. I couldn't hear anything inside. "
               "He's shut the door and I can see him moving about upstairs. Please ring me 07700 900812. Ffion")
h01_cal = ics_reply("DROPIN-" + sha("h01")[:20], "earlyhelpcoordinators@herefordshire.gov.uk",
                    "ffion.prosser@herefordshire.gov.uk", "Ffion Prosser", "DECLINED",
                    "Step-down drop-in [SB-herefordshire-140]", lt("2038-03-09 10:00"), lt("2038-03-09 10:30"),
                    comment=h01_comment)
mail("herefordshire_01.eml", "urgent", "herefordshire", "early_help_duty", "2038-03-09 09:20",
     ("Ffion Prosser", "ffion.prosser@herefordshire.gov.uk"),
     "Declined: Step-down drop-in [SB-herefordshire-140] @ Tue 9 Mar 2038 10:00 - 10:30 (GMT)",
     "Ffion Prosser has declined this invitation.\n\nNote from Ffion Prosser:\n" + h01_comment +
     "\n\nInvitation from Google Calendar\n",
     E("meeting_reply", urgent=True, children=[("Poppy Hallworth", None)], concerns=["physical_harm"],
       action="alert_duty"),
     "URGENT, IN A MEETING REPLY'S COMMENT - a Google Calendar DECLINED reply whose note says a 5-day-old unseen "
     "since Thursday, the midwife turned away, dad at the door with blood on his hands: safety rule 1 reads a meeting "
     "reply's comment; none of the banned words.",
     cal=h01_cal, atts=[("invite.ics", "text/calendar", h01_cal)])

h02_fwd = """Forwarding as below - please can MASH pick this up now. I've rung the police on 101 as well.

Gemma Pryce-Williams
Named Nurse for Children, County Hospital

From: Ben Adeyemi-Price <ben.adeyemi-price@nhs.example>
Sent: 25 February 2038 13:22
To: Hospital Safeguarding Team <hospital.safeguarding@nhs.example>
Subject: patient left ED

Kirsty Bevan (27) came into ED at 10:15 by taxi with abdominal pain. On scan she is about 36 weeks pregnant. She has denied being pregnant throughout, became angry when the registrar said so, and walked out of the department at 12:50 before the obstetric review, saying she needed to get back.

While waiting she told the triage nurse that her son Ellis Bevan (2) was "fine, asleep in his cot" at home. She said nobody else lives with them and that she left him there at 9.30 this morning.

Address on our system: 5 Eign Mill Court, Hereford. She is not answering her mobile.

Ben Adeyemi-Price
Charge Nurse, ED
"""
mail("herefordshire_02.eml", "urgent", "herefordshire", "mash_step_up", "2038-02-25 13:40",
     ("Gemma Pryce-Williams", "gemma.pryce-williams@nhs.example"), "FW: patient left ED", h02_fwd,
     E("other", urgent=True, children=[("Ellis Bevan", None)], concerns=["neglect"], action="alert_duty"),
     "URGENT, IN A FORWARDED MESSAGE - a woman 36 weeks pregnant who denies it walked out of ED, leaving behind the "
     "fact that her 2-year-old has been alone at home since 9.30: safety rule 1 reads forwarded history; none of the "
     "banned words.", html_body="", ua="Microsoft Outlook 16.0")

h03_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif">
<h2>7-minute briefing: concealed pregnancy and the first days of life</h2>
<p><i>Learning from the Child Safeguarding Practice Review "Baby Q" (published January 2038)</i></p>
<h3>1. What happened</h3>
<p>In 2035 Baby Q was born at home to a 16-year-old who had hidden her pregnancy from her family and from school. Baby Q was found by her grandmother some hours later, cold but alive, and made a full recovery. Baby Q now lives with her mother and grandmother, and the family were supported by Early Help until 2037.</p>
<h3>2. What we learned</h3>
<ul><li>Weight gain, sickness and absence were noticed by three agencies but nobody asked about pregnancy.</li>
<li>Missed midwife visits were not shared with the school nurse.</li>
<li>A denied pregnancy is a reason to think about a pre-birth assessment.</li></ul>
<h3>3. Ask yourself</h3>
<p>What would you do if a young person you work with told you she was hiding a pregnancy? Who would you tell, and how quickly?</p>
<h3>4. Training</h3>
<p>Book the multi-agency "Concealed pregnancy and unassisted birth" workshop on Thursday 18 March, 09:30-12:30, Shirehall.</p>
<p style="font-size:9pt">You receive this because you are on the HSCP practitioner mailing list. <a href="https://hscp.example/unsubscribe">Unsubscribe</a>.</p>
</body></html>
"""
mail("herefordshire_03.eml", "near_miss", "herefordshire", "early_help_duty", "2038-01-20 08:00",
     ("Herefordshire Safeguarding Children Partnership", "news@hscp.example"),
     "7-minute briefing: concealed pregnancy and the first days of life (CSPR 'Baby Q')", "",
     E("other", action="human_review"),
     "NEAR MISS - a partnership bulletin (List-Id, List-Unsubscribe, HTML only): a 2035 case review of a hidden "
     "pregnancy and a baby found cold, now recovered, plus an 'ask yourself' question; other -> human_review.",
     html_only=True, html_body=h03_html,
     extra=[("List-Id", "HSCP practitioners <practitioners.hscp.example>"),
            ("List-Unsubscribe", "<https://hscp.example/unsubscribe>"), ("Precedence", "bulk")])

mail("herefordshire_04.eml", "near_miss", "herefordshire", "early_help_duty", "2038-02-03 11:15",
     ("Gethin Lloyd-Price", "gethin.lloyd-price@herefordshire.gov.uk"),
     "Step down to Early Help (Level 3) – Whitlock – 623408",
     """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Freddie Whitlock (DOB 6 December 2037) and his sister Maisie Whitlock (DOB 17 June 2032), Mosaic 623408. I talked it through with Verity at the drop-in last Tuesday.

For the record: the midwife raised in December that she had just learned dad, Liam, "had a record". We checked: it was a 2029 caution for shoplifting - nothing involving children, violence or domestic abuse. Police and probation checks were clear and the s47 ended with no further action. There are no current safeguarding concerns.

The remaining needs are housing (the family are overcrowded in a one-bedroom flat) and Maisie's attendance, which is 88%.

Key person: Sophie Grainger, Health Visitor, Herefordshire 0-19 Service.

Kind regards
Gethin Lloyd-Price
Social Worker, Children's Services, Herefordshire Council
""",
     E("step_down", level=3, case_ids=["623408"],
       children=[("Freddie Whitlock", "2037-12-06"), ("Maisie Whitlock", "2032-06-17")],
       concerns=["school_attendance"], consent=True, action="book_meeting"),
     "NEAR MISS - negated: the father's 'record' the midwife learned of was a shoplifting caution, checks clear, s47 "
     "NFA; complete Herefordshire level 3 step-down (plan .docx, signed consent form .pdf, key person with agency).",
     atts=[("EHA step-down plan - Whitlock.docx", DOCX_T, docx([
         "Early Help Assessment - step-down plan", "Mosaic 623408", "Freddie Whitlock, Maisie Whitlock",
         "Key person: Sophie Grainger, Health Visitor (0-19 Service)"])),
           ("Signed consent form - Whitlock.pdf", "application/pdf", pdf([
               "Early Help consent form", "I agree to the step down to Early Help for my children.",
               "Signed: Kayleigh Whitlock (mother)   Date: 01/02/2038"], "Consent form"))])

mail("herefordshire_05.eml", "ordinary", "herefordshire", "early_help_duty", "2038-03-08 14:30",
     ("Amara Nwosu-Bell", "amara.nwosu-bell@herefordshire.gov.uk"),
     "Step down – Jones-Morgan children – Mosaic 618822",
     """Hi both,

Step-down plan attached for the Jones-Morgan sibling group, Mosaic 618822:
- Tyler Jones-Morgan (09/02/2027)
- Bethan Jones-Morgan (23/08/2030)
- Seren Jones-Morgan (04/01/2038)

Mum, Carys, has postnatal depression and is under the perinatal team; she gave her consent to the step down verbally on the phone this morning. I'll get the consent form signed when I visit on Thursday and send it on.

Key person: Delyth Hughes, Family Support Worker, Early Help (Leominster).

Thanks
Amara Nwosu-Bell
Social Worker
""",
     E("step_down", case_ids=["618822"],
       children=[("Tyler Jones-Morgan", "2027-02-09"), ("Bethan Jones-Morgan", "2030-08-23"),
                 ("Seren Jones-Morgan", "2038-01-04")],
       concerns=["parental_mental_health"], consent=True, missing=["consent_form"], action="request_info"),
     "Herefordshire sibling-group step-down: plan and key person present, consent given verbally but the signed "
     "consent form to follow, so consent true and consent_form missing -> request_info.",
     atts=[("Step-down plan - Jones-Morgan.docx", DOCX_T, docx([
         "Early Help Assessment step-down plan - Mosaic 618822", "Tyler, Bethan and Seren Jones-Morgan",
         "Key person: Delyth Hughes"]))])

mail("herefordshire_06.eml", "ordinary", "herefordshire", "early_help_duty", "2038-03-12 12:10",
     ("Amara Nwosu-Bell", "amara.nwosu-bell@herefordshire.gov.uk"),
     "Re: Step down – Jones-Morgan children – Mosaic 618822 [SB-herefordshire-151]",
     """As promised, the signed consent form is attached - Carys signed it at my visit yesterday.

Amara

Sent from my iPad

> On 8 Mar 2038, at 14:36, earlyhelpcoordinators@herefordshire.gov.uk wrote:
>
> Your step-down request has been received, reference SB-herefordshire-151.
> What is missing: signed consent form.
""",
     E("follow_up", case_ids=["618822"], consent=True, action="attach_to_request"),
     "Apple Mail reply to [SB-herefordshire-151] (herefordshire_05) adding the signed consent form .pdf: follow_up "
     "-> attach_to_request; 'Carys signed it' -> consent true.",
     atts=[("Consent form signed - Jones-Morgan.pdf", "application/pdf", pdf([
         "Early Help consent form - Mosaic 618822", "Signed: Carys Jones-Morgan   Date: 11/03/2038"],
         "Consent form"))], ua="iPad Mail (21D50)")

mail("herefordshire_07.eml", "ordinary", "herefordshire", "early_help_duty", "2038-03-18 09:03",
     ("Nia Beddoes", "nia.beddoes@nhs.example"), "Away until Monday 22 March",
     """Thanks for your email. I'm on annual leave until Monday 22 March.

For antenatal or postnatal queries please contact the community midwives' office on 01632 960433.

Nia Beddoes
Community Midwife
""",
     E("auto_reply", action="ignore"),
     "Gmail vacation responder marked only by 'Auto-Submitted: auto-replied' (custom subject): auto_reply -> ignore.",
     extra=[("Auto-Submitted", "auto-replied")])

mail("herefordshire_08.eml", "ordinary", "herefordshire", "mash_step_up", "2038-01-19 15:25",
     ("Lowri Vaughan-Sims", "lowri.vaughan-sims@herefordshire.gov.uk"), "Step up request - Chloe Price - 16",
     """Hello,

I'd like to step up Chloe Price (16, DOB 11/11/2021), Mosaic 620517, from Early Help to Children's Social Care for a pre-birth assessment.

Chloe's pregnancy was only found at 32 weeks, when she went to the GP with back pain; she says she didn't know. She won't say who the father is, only that he is a boy in her year. She hasn't been in school since November. She is living with her mum, who is supportive, and there are no concerns about today. The baby is due at the end of February.

My manager agreed this morning that it should go to MASH.

Lowri Vaughan-Sims
Early Help Practitioner, Hereford City
""",
     E("step_up", case_ids=["620517"], children=[("Chloe Price", "2021-11-11")], concerns=["school_attendance"],
       manager=True, action="human_review"),
     "A step-up sent to Herefordshire, whose seed defines no step_up: human_review, missing [] and notice null; the "
     "late-found pregnancy with a supportive mum is not an immediate risk.")

# Knowsley meeting times (for the notice self-check), as written in each mail
for _m in MAILS:
    _m["meeting"] = {"knowsley_01.eml": "2038-01-20 10:00", "knowsley_04.eml": "2038-02-24 11:00",
                     "knowsley_05.eml": "2038-03-10 10:00", "knowsley_06.eml": "2038-03-24 10:00",
                     "knowsley_08.eml": "2038-04-07 13:30"}.get(_m["file"], _m["meeting"])



# ---------------------------------------------------------------- self-checks ---------------------------------
def wd_between(d0, d1):
    n, d = 0, d0
    while d < d1:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def strip_html(s):
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def readable(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        data = part.get_payload(decode=True) or b""
        if ct == "text/html":
            texts.append(strip_html(data.decode("utf-8")))
        elif ct.startswith("text/"):
            t = data.decode("utf-8")
            if ct == "text/calendar":
                t = re.sub(r"\r?\n[ \t]", "", t).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            texts.append(t)
        elif ct == DOCX_T:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                texts.append(strip_html(z.read("word/document.xml").decode("utf-8")))
        elif ct == "application/pdf":
            assert data.startswith(b"%PDF-1.4"), fn
            chunks = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
            texts.append("\n".join(re.sub(rb"\\(.)", rb"\1", c).decode("latin-1") for c in chunks))
        else:
            raise AssertionError("unexpected part %s" % ct)
    return msg, "\n".join(texts)


def next_action(a, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or k not in REQ[a]:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def check_all(built):
    errs = []
    def err(f, s):
        errs.append("%s: %s" % (f, s))
    try:
        import holidays
        h = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2038])}
        if h != BANK_HOLIDAYS | {date(2038, 12, 25), date(2038, 12, 26)}:
            errs.append("bank holidays differ from the holidays package: %s" % sorted(h ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    assert not [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]], "a bank holiday inside the window"
    assert WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 3
    files = [m["file"] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40:
        errs.append("need 40 distinct files, got %d" % len(set(files)))
    for a in MAILBOX:
        n = sum(1 for m in MAILS if m["authority"] == a)
        if n != 8:
            errs.append("%s has %d mails" % (a, n))
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(f for f in files if f.startswith(a + "_")) != want:
            errs.append("%s file names wrong" % a)
    cats = {c: sum(1 for m in MAILS if m["cat"] == c) for c in ("urgent", "near_miss", "ordinary")}
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        errs.append("category counts %s" % cats)
    for m in MAILS:
        f, e, a = m["file"], m["expect"], m["authority"]
        raw = built[f]
        msg, text = readable(raw)
        if msg.defects or any(p.defects for p in msg.walk()):
            err(f, "parse defects %s" % msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                err(f, "no %s" % h)
        if MAILBOX[a][m["mailbox"]].lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower():
            err(f, "mailbox address not in To/Cc")
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        if sent.utcoffset() != sent.astimezone(LON).utcoffset():
            err(f, "Date offset is not Europe/London's")
        ld = sent.astimezone(LON).date()
        if not (WINDOW[0] <= ld <= WINDOW[1]):
            err(f, "Date outside the window")
        if (ld.weekday() >= 5 or ld in BANK_HOLIDAYS) and not m["offhours"]:
            err(f, "sent on a non-working day without being about the night/weekend")
        now = datetime.fromisoformat(m["now"])
        if not (timedelta(minutes=1) <= now - sent <= timedelta(minutes=15)):
            err(f, "now not shortly after Date")
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            err(f, "now offset wrong")
        # category <-> urgent
        if e["urgent"] != (m["cat"] == "urgent"):
            err(f, "urgent label disagrees with category")
        if m["cat"] == "urgent":
            hit = BANNED.findall(text)
            if hit:
                err(f, "banned words in an urgent mail: %s" % hit)
        if e["next_action"] != next_action(a, e):
            err(f, "next_action %s but rules give %s" % (e["next_action"], next_action(a, e)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "bad concerns")
        if e["missing"] != sorted(set(e["missing"])):
            err(f, "missing not sorted/unique")
        req = REQ[a].get(e["kind"]) if e["kind"] in ("step_up", "step_down") else None
        if req is None:
            if e["missing"]:
                err(f, "missing must be [] for this kind")
        else:
            if not set(e["missing"]) <= req:
                err(f, "missing ids not in the requirement matrix: %s" % (set(e["missing"]) - req))
            level = e["level"] if e["level"] is not None else 3
            if a == "knowsley" and e["kind"] == "step_down":
                need = {"meeting_details", "worries_strengths_next", "children"} | (
                    {"lead_practitioner"} if level == 2 else {"consent"})
                if not set(e["missing"]) <= need:
                    err(f, "Knowsley level %d step-down cannot miss %s" % (level, set(e["missing"]) - need))
            if "consent" in req and (a != "knowsley" or e["kind"] == "step_up" or level == 3):
                if ("consent" in e["missing"]) != (e["consent"] is not True):
                    err(f, "consent label and missing disagree")
            if "manager_agreed" in req:
                if ("manager_agreed" in e["missing"]) != (e["manager_agreed"] is not True):
                    err(f, "manager label and missing disagree")
            if ("children" in e["missing"]) != (not e["children"]):
                err(f, "children and missing disagree")
            if a == "knowsley" and e["kind"] == "step_up":
                if ("case_id" in e["missing"]) != (not e["case_ids"]):
                    err(f, "case_id and missing disagree")
                for doc, con in (("gcp2", "neglect"), ("engaging_families", "non_engagement"),
                                 ("exploitation_assessment", "exploitation")):
                    if doc in e["missing"] and con not in e["concerns"]:
                        err(f, "%s missing without %s" % (doc, con))
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err(f, "level only on step-downs")
        # notice
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if m["meeting"]:
                mt = lt(m["meeting"])
                given = wd_between(now.astimezone(LON).date(), mt.date())
                if (given >= 5) != e["notice_ok"]:
                    err(f, "notice_ok %s but %d working days" % (e["notice_ok"], given))
                m["_wd"] = given
            elif e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                err(f, "no meeting: notice null and meeting_details missing")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null here")
        # children / case ids in the text
        low = text.lower()
        for c in e["children"]:
            if c["name"].lower() not in low:
                err(f, "child %s not in the readable text" % c["name"])
            if c["dob"]:
                d = date.fromisoformat(c["dob"])
                n = now.date()
                age = n.year - d.year - ((n.month, n.day) < (d.month, d.day))
                if not (d < n and age < 18):
                    err(f, "child %s not under 18 at now" % c["name"])
        for cid in e["case_ids"]:
            if cid not in text:
                err(f, "case id %s not in text" % cid)
        # kinds
        subj = str(msg["Subject"])
        if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj):
            err(f, "follow_up without a reference in the subject")
        if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj:
            err(f, "request with a reference")
        has_reply = any(p.get_content_type() == "text/calendar" and "METHOD:REPLY" in
                        (p.get_payload(decode=True) or b"").decode() for p in msg.walk())
        if has_reply != (e["kind"] == "meeting_reply"):
            err(f, "iTIP REPLY present iff meeting_reply")
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            err(f, "Auto-Submitted iff auto_reply")
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                      "missing", "notice_ok", "next_action"}:
            err(f, "label keys")
    return errs, cats


def main():
    built = {m["file"]: build(m) for m in MAILS}
    for m in MAILS:
        m["now"] = (lt(m["sent"]) + timedelta(minutes=m["mins"])).isoformat()
    errs, cats = check_all(built)
    if errs:
        print("SELF-CHECK FAILED (nothing written):")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for f, raw in built.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(raw)
    order = sorted(MAILS, key=lambda m: m["file"])
    labels = [{"file": m["file"], "authority": m["authority"], "mailbox": m["mailbox"], "now": m["now"],
               "expect": m["expect"], "why": m["why"]} for m in order]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({m["file"]: m["cat"] for m in order}, fh, indent=1)
        fh.write("\n")
    # re-read what was written
    for m in order:
        raw = open(os.path.join(HERE, m["file"]), "rb").read()
        email.message_from_bytes(raw)
    print("self-check OK: 40 files, 8 per authority, every mail parses with email.message_from_bytes,")
    print("  no banned words in any urgent mail (subject, bodies, HTML, calendar, .docx/.pdf/.txt text),")
    print("  labels consistent with categories and with DESIGN's next_action order and requirement matrix.")
    print("categories:", cats)
    kinds = {}
    for m in order:
        kinds[m["expect"]["kind"]] = kinds.get(m["expect"]["kind"], 0) + 1
    print("kinds:", kinds)
    for m in order:
        if "_wd" in m:
            print("  notice %s: %d working days -> %s" % (m["file"], m["_wd"], m["expect"]["notice_ok"]))
    print("urgent mails:")
    for m in order:
        if m["cat"] == "urgent":
            print("  %s (%s, %s): %s" % (m["file"], m["expect"]["kind"], m["now"], m["why"]))


if __name__ == "__main__":
    main()
