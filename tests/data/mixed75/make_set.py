#!/usr/bin/env python3
"""mixed75: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the autumn term of 2094
(Wednesday 1 September - Friday 17 December 2094), in children and the night-time justice system: custody
sergeants, appropriate adults, Youth Justice officers, British Transport Police, EDT logs, a solicitor, a parent,
social workers and Early Help workers, and forwarded police notifications (PPN / ViST style).

Standard library only (plus `holidays`, used when importable to cross-check the bank-holiday list). Deterministic:
no clock, no randomness; boundaries and Message-IDs come from sha1 of the file name. Every label was set by hand from
/work/shared/DESIGN.md, /work/shared/REQUIREMENTS.md and the seeds; the self-checks below only verify them and STOP
before anything is written if any check fails.

Run:  python3 make_set.py            (writes *.eml, labels.json, categories.json)
      python3 make_set.py --stats    (also prints tallies and the Knowsley notice table)
"""
import hashlib, html, io, json, os, re, sys, zipfile
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
import email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2094, 9, 1), date(2094, 12, 17))
# England & Wales bank holidays of 2094 (checked against the `holidays` package when it is importable)
BANK_HOLIDAYS = {date(2094, 1, 1), date(2094, 4, 2), date(2094, 4, 5), date(2094, 5, 3), date(2094, 5, 31),
                 date(2094, 8, 30), date(2094, 12, 27), date(2094, 12, 28)}
# mails deliberately sent out of hours on a weekend (safety rule 1: the out-of-hours service)
WEEKEND_OK = {"herefordshire_02.eml"}

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
SEED = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
        "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
        "knowsley": "004_ba08e3b9f619f49f.txt"}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def T(s):
    return s[1:] if s.startswith("\n") else s


# ---------------------------------------------------------------- documents
def make_docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<w:p>.*?</w:p>", x))


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 14 TL 50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            "/Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content)]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % x for x in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def pdf_text(data):
    s = data.decode("latin-1")
    return "\n".join(re.sub(r"\\(.)", r"\1", m) for m in re.findall(r"\(((?:\\.|[^\\)])*)\) '", s))


VTZ = T("""
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:STANDARD
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
END:DAYLIGHT
END:VTIMEZONE
""")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out, cur = [], line
    while len(cur.encode()) > 74:
        out.append(cur[:74])
        cur = " " + cur[74:]
    out.append(cur)
    return "\r\n".join(out)


def ics(method, uid, stamp, start, end, summary, location, organizer, attendees, comment=None, seq=0):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:%s" % method] + VTZ.strip().split("\n") + [
        "BEGIN:VEVENT", "UID:%s" % uid, "SEQUENCE:%d" % seq,
        "DTSTAMP:%s" % stamp.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART;TZID=Europe/London:%s" % start.strftime("%Y%m%dT%H%M%S"),
        "DTEND;TZID=Europe/London:%s" % end.strftime("%Y%m%dT%H%M%S"),
        "SUMMARY:%s" % ics_escape(summary), "LOCATION:%s" % ics_escape(location),
        "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail, partstat in attendees:
        lines.append("ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, partstat, mail))
    if comment:
        lines.append("COMMENT:%s" % ics_escape(comment))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- mail building
def new_mail(fname, frm, to, subject, sent, cc=None, extra=(), mid_domain=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(sent)
    dom = mid_domain or frm.rsplit("@", 1)[1].rstrip(">")
    m["Message-ID"] = "<%s@%s>" % (sha(fname + "mid")[:28].upper(), dom)
    for k, v in extra:
        m[k] = v
    return m


def attach(m, data, filename):
    ext = filename.rsplit(".", 1)[1].lower()
    ctype = {"pdf": ("application", "pdf"),
             "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "docm": ("application", "vnd.ms-word.document.macroEnabled.12"),
             "ics": ("text", "calendar")}[ext]
    if ctype[0] == "text":
        m.add_attachment(data, subtype=ctype[1], filename=filename)
    else:
        m.add_attachment(data, maintype=ctype[0], subtype=ctype[1], filename=filename)


def finish(fname, m):
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("=_mx75_%d_%s" % (n, sha(fname + str(n))[:24]))
            n += 1
    return m.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def html_body(paras, font="Calibri"):
    inner = "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:%s,sans-serif;font-size:11pt\">\n"
            "%s</body></html>\n" % (font, inner))


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


ACK = T("""
Thank you. Your request has been received and given the reference {ref}.
Child(ren): {kids}
Case: {case}
What is missing: {missing}
Please keep {ref} in the subject line of any reply.
""")


DISCLAIMER_KNOWSLEY = ("This e-mail and any attachments are confidential and intended for the named recipient only. "
                       "If you have received it in error please tell the sender and delete it. Knowsley Council "
                       "may monitor e-mail traffic.")

# ---------------------------------------------------------------- the mails
MAILS = []


def add(fname, authority, mailbox, sent, delay, category, msgbytes, expect, why, rule, meeting=None):
    now = sent + timedelta(minutes=delay)
    MAILS.append(dict(file=fname, authority=authority, mailbox=mailbox, sent=sent, now=now, category=category,
                      data=msgbytes, expect=expect, why=why + " | Rule: " + rule, meeting=meeting))


def E(kind, urgent, level, case_ids, children, concerns, consent, manager, missing, notice_ok, action):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": action}


URG = "urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety rule 1"


# ============================================================== KNOWSLEY
def knowsley():
    A = "knowsley"
    # 01 - custody sergeant, 01:52, a 13-year-old ready for release at 02:00 with nobody to collect
    f = "knowsley_01.eml"
    s = when("2094-09-21 01:52")
    m = new_mail(f, "Sgt 2417 Dale Hornby <dale.hornby@merseyside-police.example.uk>", MAILBOX[A]["mash_step_up"],
                 "Juvenile in custody Huyton - fit for release 0200 - nobody to take him - CORKHILL", s,
                 cc="Out of Hours Team <edt@knowsley.gov.uk>")
    m.set_content(T("""
MASH / out of hours team,

I am the custody sergeant at Huyton custody suite tonight. I have rung the out of hours number twice and it is
engaged so I am putting this in writing as well.

Detained person: Tyler-James CORKHILL, DOB 14/03/2081, aged 13, home address 22 Pennard Close, Huyton.
Custody record: 05HU/41187/94

Arrested 19:10 last night at a flat on Twig Lane with two adult males (aged 24 and 31). 14 wraps and GBP 230
cash recovered from his coat. Interviewed 00:15-00:50 with a volunteer appropriate adult, no comment. He is being
released under investigation and is fit to leave at 02:00.

Mum (Leanne Corkhill) has been rung four times since 23:00. When she answered at 01:30 she said "I'm not having
him back in this house, keep him" and put the phone down. She is not answering now. Dad's number is dead. No
other family on our systems. The appropriate adult has gone home.

I have no grounds to keep a 13 year old in a cell and I am not putting him out onto the street at 2am. The two
males arrested with him were released at 01:10 and the older one has been at the front counter twice asking when
"the little lad" is coming out. He is still sat in a car on the car park as I write this.

Tyler-James is tired, quiet and says he "has to go back to Twig Lane" tonight. I need someone from the council to
take responsibility for him. Custody desk 0151 496 0733, ask for me.

Sgt 2417 D. Hornby
Custody Sergeant, Huyton
"""))
    add(f, A, "mash_step_up", s, 4, "urgent", finish(f, m),
        E("other", True, None, [], [("Tyler-James Corkhill", "2081-03-14")], ["exploitation"], None, None, [], None,
          "alert_duty"),
        "A CUSTODY SERGEANT AT 01:52: a 13-year-old fit for release at 02:00, mother refuses to have him home, "
        "nobody to collect, and one of the adult co-arrestees from the drugs flat waiting in the car park for him; "
        "he says he 'has to go back to Twig Lane' tonight. None of the alarm words. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (the out-of-hours service at this hour). Not a step request -> other. Found with wraps and cash "
        "at a flat with adult men -> exploitation (the mother's refusal is described but no neglect id is labelled). "
        "The custody record number is a police reference, not an EHM/ICS id -> case_ids []. Name written "
        "'Tyler-James CORKHILL' -> normalised.",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s ('Any immediate safeguarding concerns should be "
        "communicated to the Duty Social Work Team in the Multi Agency Safeguarding Hub')" % SEED[A])

    # 02 - follow-up from a Youth Justice officer: said in interview an adult makes him carry; due to meet him at 6
    f = "knowsley_02.eml"
    s = when("2094-10-13 15:42")
    ack = ACK.format(ref="[SB-knowsley-418]", kids="Jake Halewood (05/06/2080)", case="EHM-88213",
                     missing="nothing - the step-up TAF meeting is booked for Wed 20 October 13:30")
    m = new_mail(f, "Darren Kewley <darren.kewley@knowsley.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "RE: Step-up request received [SB-knowsley-418] EHM-88213", s,
                 cc="Gemma Rimmer <gemma.rimmer@knowsley.gov.uk>",
                 extra=[("In-Reply-To", "<SB-knowsley-418@stepbot.knowsley.gov.uk>")])
    m.set_content(T("""
Hi, Darren Kewley from the YJS here, I'm on the TAF so I was copied in. I know the meeting isn't till next week
but you need this today.

I sat in with Jake Halewood as his appropriate adult this morning at Copy Lane (arrested last night, the bike and
the phone). In interview he said, and I wrote it down word for word: "Ste makes me carry. If I don't he said he'll
do our Kelsey." Kelsey is his sister, Kelsey Halewood, she's 9. The officer asked who Ste was and Jake shut down
and wouldn't say anything else.

He was bailed at 1pm to mum's address. Ten minutes ago he messaged me: "got to meet ste at the garages at 6 to give
the bag back im not allowed to not go". Mum is on a shift at the Tesco in Prescot until 10pm and Kelsey is in the
house with him. I've rung him back three times, it rings out. I'm in Southport at a review and I'm about 50
minutes away, I've set off.

Sorry this is a long one. Gemma, can you ring mum, I don't have her work number.

Darren Kewley
Youth Justice Officer
Knowsley Youth Justice Service

%s

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 06 October 2094 11:02
Subject: Step-up request received [SB-knowsley-418] EHM-88213

%s
""") % (DISCLAIMER_KNOWSLEY, quoted(ack)))
    add(f, A, "mash_step_up", s, 3, "urgent", finish(f, m),
        E("follow_up", True, None, ["EHM-88213"], [("Jake Halewood", "2080-06-05"), ("Kelsey Halewood", None)],
          ["exploitation"], None, None, [], None, "alert_duty"),
        "A YOUTH JUSTICE OFFICER'S REPLY to [SB-knowsley-418] (reference SB-knowsley-418): in interview this morning "
        "a 14-year-old said 'Ste makes me carry. If I don't he said he'll do our Kelsey'; he has just messaged that he "
        "must meet Ste at the garages at 6 tonight; mother at work until 10pm; his 9-year-old sister at home with "
        "him. No alarm words. DESIGN safety rule 1 -> urgent; a reply to an existing request -> follow_up -> "
        "alert_duty first. Jake's DOB is in the quoted acknowledgement; Kelsey named with her age only -> dob null. "
        "exploitation. follow_up has no requirements -> missing [], notice null.",
        "DESIGN 'kind': follow_up; %s; seed %s section 4 'N. B. This policy does not override any safeguarding "
        "policies'" % (URG, SEED[A]))

    # 03 - NEAR MISS: complete neglect step-up that mentions a youth caution last summer (Teams invite attached)
    f = "knowsley_03.eml"
    s = when("2094-10-07 10:20")
    mt = when("2094-10-20 10:00")
    m = new_mail(f, "Ruth Garvey <ruth.garvey@knowsley.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Step up to CSC - Ryder family - EHM-90417 - TAF Wed 20th Oct 10am", s,
                 cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>")
    m.set_content(T("""
Morning MASH,

Please find attached the FF Step Up request to CSC for the Ryder family (EHM-90417), the Graded Care Profile 2
completed on 29/09/2094, and the minutes of the last TAF (28/09/2094). The Teams invitation for the step-up TAF
meeting is attached too: Wednesday 20 October 2094 at 10:00.

Children:
  Connor Ryder, DOB 02/11/2080
  Evie Ryder, DOB 19/07/2087

In short: the GCP2 scores physical care and safety at level 4 - no working cooker since August, the children's
bedding soaked, Evie (7) coming to school hungry most days, Connor's attendance at 71% this term. Dad engages with
me, he is just not managing.

You'll see on the police information that Connor got a youth caution in August. For clarity, that was the shed
fire at the allotments in July: he was arrested, interviewed with dad there, home the same night, and he did the
YJS caution programme over the summer. Nothing since, and the YJS worker is not worried about offending. This step
up is about the neglect, not about Connor's behaviour.

My team manager Farid Quayle discussed the step up with me on 5th October and agreed it. Dad knows we are asking
for this.

Ruth Garvey
Family First Case Manager (Level 3), Kirkby locality
"""))
    attach(m, make_docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-90417",
                         "Date of step up TAF meeting: Wednesday 20 October 2094 10:00 (Microsoft Teams)",
                         "Recent TAF meeting minutes attached: yes (28/09/2094)",
                         "What are we worried about? Physical care and safety (GCP2 level 4); Evie hungry at school;"
                         " Connor's attendance 71%.",
                         "What is working well? Dad engages and lets workers in; grandmother helps at weekends.",
                         "What next? Step up for a Child and Family assessment.",
                         "Graded Care profile (If neglect should be completed): completed 29/09/2094, attached.",
                         "Agreement by line manager: Farid Quayle, Team Manager, 05/10/2094.",
                         "Contingency plan: weekly visits continue; food parcel; school breakfast club for Evie."]),
           "FF Step Up request to CSC - Ryder.docx")
    attach(m, make_pdf(["Graded Care Profile 2 (GCP2) - Ryder family", "Completed 29/09/2094 by Ruth Garvey",
                        "Area 1 Physical care: 4", "Area 2 Safety: 4", "Area 3 Love and care: 2",
                        "Area 4 Esteem: 3"]), "GCP2 - Ryder - 29.09.94.pdf")
    attach(m, make_pdf(["TAF meeting minutes - Ryder family", "Date: 28/09/2094", "Present: dad, school, HV, FF",
                        "Agreed: GCP2 to be completed; consider step up if no change."]), "TAF minutes 28.09.94.pdf")
    inv = ics("REQUEST", "%s@knowsley.gov.uk" % sha(f + "uid")[:20], s, mt, mt + timedelta(minutes=90),
              "Step-up TAF meeting - Ryder family (EHM-90417)", "Microsoft Teams Meeting",
              ("Ruth Garvey", "ruth.garvey@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
               ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")])
    attach(m, inv, "invite.ics")
    add(f, A, "mash_step_up", s, 6, "near_miss", finish(f, m),
        E("step_up", False, None, ["EHM-90417"], [("Connor Ryder", "2080-11-02"), ("Evie Ryder", "2087-07-19")],
          ["neglect", "school_attendance"], None, True, [], True, "book_meeting"),
        "NEAR MISS - A YOUTH CAUTION, PAST AND DEALT WITH: 'arrested', 'interviewed', 'police information' about a "
        "July shed fire; caution given in August, programme done, 'Nothing since'. Not an immediate risk. Complete "
        "Knowsley neglect step-up: form .docx, GCP2 .pdf (neglect -> gcp2 met), TAF minutes .pdf, EHM id, meeting "
        "date/time (also in the attached METHOD:REQUEST invite), TM 'discussed ... and agreed it' -> manager true. "
        "'Dad knows we are asking' is not consent -> null. NOTICE: Thu 7 Oct -> Wed 20 Oct = 9 WD >= 5 -> ok -> "
        "book_meeting. neglect + school_attendance (71%).",
        "seed %s section 4 and Appendix 1 (form, TAF minutes, GCP2 for neglect, 5 WD notice, manager agreement); "
        "REQUIREMENTS.md knowsley step_up; DESIGN safety rule 1 (resolved/historic risk must not trigger)" % SEED[A],
        meeting=mt)

    # 04 - ordinary step-up: exploitation without the Merseyside assessment; Friday TAF only 4 WD ahead
    f = "knowsley_04.eml"
    s = when("2094-11-15 11:05")
    mt = when("2094-11-19 13:30")
    m = new_mail(f, "Lisa Mottram <lisa.mottram@knowsley.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Step up request - Alfie Mercer-Doyle EHM-91882", s,
                 cc="Mash.Businesssupport@knowsley.gov.uk")
    m.set_content(T("""
Hello,

Step-up request for Alfie Mercer-Doyle (DOB 30/12/2079), EHM-91882. Form and last TAF minutes attached.

Step-up TAF meeting: Friday 19/11/2094 at 13:30, Huyton Family Hub (the Wednesday room wasn't free, sorry).

Alfie was permanently excluded from All Saints in October and is at the PRU three mornings a week, managing about
half of those. He is on a referral order with the YJS for the robbery in the summer and his YJS worker and I are
both worried about the older lads from Stockbridge Village who pick him up in cars; he has new trainers and a
second phone and won't say where from.

My TM Elinor Marsh has agreed this step up.

Thanks,
Lisa Mottram
Family First Case Manager

P.S. I haven't done the Merseyside exploitation assessment yet - I'll try and get it done with the YJS worker
before the meeting.
"""))
    attach(m, make_docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-91882", "Child: Alfie Mercer-Doyle",
                         "Date of step up TAF meeting: 19/11/2094 13:30",
                         "What are we worried about? Older males collecting Alfie in cars; new items; PRU attendance.",
                         "What is working well? Mum is honest with us; Alfie likes boxing.",
                         "What next? Step up; strategy around exploitation.",
                         "Merseyside Exploitation Assessment - CE/CSE concern: not yet completed.",
                         "Agreement by line manager: Elinor Marsh."]), "Step Up Request - Mercer-Doyle.docx")
    attach(m, make_pdf(["TAF minutes - Mercer-Doyle", "Date: 03/11/2094", "PRU, YJS, mum, FF present."]),
           "TAF minutes 03.11.94 - Mercer-Doyle.pdf")
    add(f, A, "mash_step_up", s, 2, "ordinary", finish(f, m),
        E("step_up", False, None, ["EHM-91882"], [("Alfie Mercer-Doyle", "2079-12-30")],
          ["exploitation", "school_attendance"], None, True, ["exploitation_assessment"], False, "request_info"),
        "Knowsley step-up with a Youth Justice referral order and a permanent exclusion: older males in cars, new "
        "trainers and a second phone -> exploitation; PRU attendance about half -> school_attendance. Form and TAF "
        "minutes attached, EHM id, TM agreed. The P.S. says the Merseyside exploitation assessment is not done -> "
        "exploitation_assessment missing. NOTICE: Mon 15 Nov -> Fri 19 Nov = 4 WD < 5 -> not ok (no bank holiday in "
        "this window; weekend-free count). request_info.",
        "seed %s section 4 and Appendix 1 ('Merseyside Exploitation Assessment - CE/CSE concern'; 'at least 5 "
        "working days' notice'); REQUIREMENTS.md knowsley step_up" % SEED[A], meeting=mt)

    # 05 - ordinary level 2 step-down, complete
    f = "knowsley_05.eml"
    s = when("2094-11-02 14:30")
    mt = when("2094-11-11 10:00")
    m = new_mail(f, "Stacey Vickers <stacey.vickers@knowsley.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down to Level 2 - Kayla Sefton ICS-2240917 - final CIN 11/11", s)
    m.set_content(T("""
Dear Family First duty,

I am letting you know of our intention to step Kayla Sefton (DOB 22/04/2080, ICS-2240917) down to a Level 2 Early
Help service (school).

Final CIN meeting: Thursday 11 November 2094, 10:00, Kirkby Family Hub, Cherryfield Drive, meeting room 2.

Lead Practitioner from step down: Nadia Brophy, Pastoral Lead, Halewood Park Academy.

What are we worried about?
Kayla's attendance dipped last spring and is still only 89%. She has some friends who are known to the YJS.

What is working well?
Kayla finished her Community Resolution work with the YJS in September with no further police contact. Mum and
Kayla are getting on much better and mum has agreed to school taking over.

What needs to happen?
School to hold the TAF and keep an eye on attendance; mentoring twice a week; first TAF review in 6 weeks.

Kind regards
Stacey Vickers
Social Worker, Children in Need Team 2
"""))
    add(f, A, "early_help_duty", s, 5, "ordinary", finish(f, m),
        E("step_down", False, 2, ["ICS-2240917"], [("Kayla Sefton", "2080-04-22")], ["school_attendance"], True,
          None, [], True, "book_meeting"),
        "Complete Knowsley LEVEL 2 step-down: date, time and venue of the final CIN; all three Signs of Safety "
        "headings; lead practitioner named with her agency. 'mum has agreed to school taking over' -> consent true "
        "(not required at level 2). A finished Community Resolution (out-of-court disposal) is context, not risk. "
        "NOTICE: Tue 2 Nov -> Thu 11 Nov = 7 WD -> ok. book_meeting.",
        "seed %s section 2 ('At least 5 working days prior to the potential final Child in Need (CIN) meeting'; date, "
        "time and venue; the three questions; the name and organisation of the Lead Practitioner); REQUIREMENTS.md "
        "knowsley step_down level 2" % SEED[A], meeting=mt)

    # 06 - ordinary step-down, no level stated (level 3), consent still to be asked; exactly 5 WD
    f = "knowsley_06.eml"
    s = when("2094-12-08 09:40")
    mt = when("2094-12-15 11:00")
    m = new_mail(f, "Paul Okoro <paul.okoro@knowsley.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down - Mason Tierney-Gill", s)
    m.set_content(T("""
Hi all

Step down to Family First for Mason Tierney-Gill, DOB 09.01.2083, ICS-2251136.

Joint home visit: Wednesday 15 December 2094, 11:00, at home - 14 Ribble Crescent, Kirkby.

What are we worried about: three fixed-term exclusions this term for fighting, attendance 84%, dad struggling to
get him up and out since mum left.
What is working well: dad has stopped drinking (clean since July), Mason loves football at the Knowsley Leisure
Centre, grandad does the school run twice a week.
What needs to happen: school and Family First to work with dad on routines, a reduced timetable review, and a
mentor for Mason.

I haven't asked dad about Family First yet - I'll talk it through with him when I see him on Friday and let you
know.

Paul
Paul Okoro | Social Worker | Assessment Team
"""))
    add(f, A, "early_help_duty", s, 7, "ordinary", finish(f, m),
        E("step_down", False, None, ["ICS-2251136"], [("Mason Tierney-Gill", "2083-01-09")], ["school_attendance"],
          None, None, ["consent"], True, "request_info"),
        "Knowsley step-down with NO LEVEL STATED (REQUIREMENTS: treated as level 3 -> consent required; level label "
        "stays null). School exclusions and 84% -> school_attendance; dad's drinking is past ('clean since July') -> "
        "not substance_misuse. Consent still to be asked ('I'll talk it through with him ... on Friday') -> null -> "
        "missing. Venue, date and time of the joint home visit given; three headings. NOTICE: Wed 8 Dec -> Wed 15 Dec "
        "= exactly 5 WD -> ok. DOB written 09.01.2083. request_info.",
        "seed %s section 3 'Further support required from Family First at Level 3' ('with a minimum of 5 days' "
        "notice ... the date and time of a joint home visit'; 'they need to gain consent from the parent'); "
        "REQUIREMENTS.md knowsley step_down level 3" % SEED[A], meeting=mt)

    # 07 - NEAR MISS: appropriate adult scheme's routine weekly note
    f = "knowsley_07.eml"
    s = when("2094-09-24 16:10")
    m = new_mail(f, "Knowsley Appropriate Adult Service <aa.scheme@knowsley-vcs.example.org.uk>",
                 MAILBOX[A]["mash_step_up"], "AA weekly return w/e 24/09 - for information", s)
    m.set_content(T("""
Good afternoon,

Weekly return from the volunteer Appropriate Adult scheme, week ending Friday 24 September. For information only;
no action needed from MASH.

Call-out | Time      | Young person | Age | Outcome
---------+-----------+--------------+-----+------------------------------------------------
Huyton   | Sat 22:40 | J.M.         | 15  | Interviewed, NFA, collected by mum 00:20
Huyton   | Sun 01:30 | R.T.         | 13  | Released under investigation 02:15, nan collected, home
St Helens| Mon 18:00 | A.K.         | 16  | Youth caution, went home with dad
Huyton   | Tue 23:10 | C.B.         | 14  | Bailed to home address 01:05, mum collected
Huyton   | Thu 19:45 | S.D.         | 12  | Voluntary interview, went home with mum

All five young people went home with a parent or grandparent. Two referrals were already made through the usual
MARF route during the week, and both families are open to Family First.

Volunteer hours this week: 17.5. Thanks as ever to the volunteers who took the overnight calls.

Bernie Lomax
Appropriate Adult Scheme Co-ordinator
"""))
    add(f, A, "mash_step_up", s, 9, "near_miss", finish(f, m),
        E("other", False, None, [], [], [], None, None, [], None, "human_review"),
        "NEAR MISS - AN APPROPRIATE ADULT SCHEME'S ROUTINE WEEKLY RETURN: night-time call-outs ('Sun 01:30', "
        "'released under investigation 02:15') but every young person went home with a parent or grandparent and the "
        "referrals were already made. Not an immediate risk. Initials only -> children []. No request -> other -> "
        "human_review.",
        "DESIGN 'kind': other -> human_review; DESIGN safety rule 1 (resolved risks and lists must not trigger); "
        "seed %s" % SEED[A])

    # 08 - ordinary meeting reply: Outlook DECLINED with a comment (for knowsley_03's meeting)
    f = "knowsley_08.eml"
    s = when("2094-10-18 09:12")
    mt = when("2094-10-20 10:00")
    rep = ics("REPLY", "%s@knowsley.gov.uk" % sha("knowsley_03.eml" + "uid")[:20], s, mt, mt + timedelta(minutes=90),
              "Step-up TAF meeting - Ryder family (EHM-90417) [SB-knowsley-431]", "Microsoft Teams Meeting",
              ("Ruth Garvey", "ruth.garvey@knowsley.gov.uk"),
              [("Corinne Oduya", "corinne.oduya@knowsley.gov.uk", "DECLINED")],
              comment="On the custody review panel all Wednesday morning - Desmond Faulk will chair instead.")
    m = new_mail(f, "Corinne Oduya <corinne.oduya@knowsley.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Declined: Step-up TAF meeting - Ryder family (EHM-90417) [SB-knowsley-431]", s,
                 cc="ruth.garvey@knowsley.gov.uk")
    m.set_content("On the custody review panel all Wednesday morning - Desmond Faulk will chair instead.\n")
    m.add_alternative(rep, subtype="calendar", params={"method": "REPLY"})
    add(f, A, "mash_step_up", s, 2, "ordinary", finish(f, m),
        E("meeting_reply", False, None, ["EHM-90417"], [], [], None, None, [], None, "record_reply"),
        "Outlook iTIP REPLY (multipart/alternative with text/calendar method=REPLY, PARTSTAT=DECLINED) from the MASH "
        "social worker for knowsley_03's TAF, with a COMMENT about a 'custody review panel' (a diary clash, not a "
        "child in custody). SUMMARY carries EHM-90417. record_reply.",
        "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply; seed %s (invites to the MASH inbox)" % SEED[A])


# ============================================================== RICHMOND & WANDSWORTH
def richmond():
    A = "richmond_wandsworth"
    # 01 - EDT log at 03:24: 12-year-old in the cells overnight because no accommodation
    f = "richmond_wandsworth_01.eml"
    s = when("2094-09-09 03:24")
    m = new_mail(f, "Ines Calloway (EDT) <ines.calloway@richmondandwandsworth.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "EDT log - Kieran Doherty-Walsh (12) - Lavender Hill custody - still open", s,
                 cc="EDT <edt@richmondandwandsworth.gov.uk>")
    m.set_content(T("""
EDT LOG (out of hours) - Wed night into Thu 9 September
Worker: Ines Calloway
Child: Kieran Doherty-Walsh, DOB 03/02/2082 (12). Mosaic 2219034.
Known: open to Early Help (Wandsworth), 5 missing episodes since June.

19:40  Arrested at home address after assault on mum (pushed, phone smashed). Taken to Lavender Hill.
22:10  Interviewed with AA. Charged. Police will not release to home - victim lives there.
22:30  PACE transfer requested. Mum spoken to: "I'm not having him back, not tonight, not ever."
22:45  Maternal aunt - no answer x3. Dad - no contact for 4 yrs.
23:00-02:50  Rang 7 providers incl. both in-house bridging foster carers on the rota, 2 residential,
       3 IFAs. No bed for a 12-year-old tonight. One IFA possibly from 10am.
02:55  Custody sergeant: Kieran stays in the juvenile detention room until court unless we find somewhere.
       He has been crying and banging the door for an hour. Cut above his eye from the arrest - glued by the
       custody nurse. He hasn't eaten.
03:15  Still trying. I am the only EDT worker on tonight and I have two other live cases.

STATUS: OPEN. Kieran is in a cell at Lavender Hill now. If the day team / MASH managers see this before 9 please
ring me on the EDT mobile - I need a manager to authorise a spot purchase and someone to go and sit with him.

Ines Calloway
Senior Practitioner, EDT (out of hours)
"""))
    add(f, A, "mash_step_up", s, 5, "urgent", finish(f, m),
        E("other", True, None, ["2219034"], [("Kieran Doherty-Walsh", "2082-02-03")], ["missing"], None, None, [],
          None, "alert_duty"),
        "AN EDT LOG WRITTEN AT 03:24, STATUS OPEN: a 12-year-old charged last night, mother refuses to have him home, "
        "no placement found after seven calls, and he is in a cell at Lavender Hill now, crying, injured and unfed; "
        "the lone EDT worker asks for a manager and someone to sit with him. No alarm words anywhere (the team is written "
        "'EDT' throughout). DESIGN safety rule 1 -> "
        "urgent -> alert_duty (out of hours). Not a step request -> other. 'Mosaic 2219034' -> '2219034'. Five missing "
        "episodes since June -> missing.",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s 'Step up from Early Help' ('immediate child protection "
        "concerns')" % SEED[A])

    # 02 - urgent complete step-up: bailed to the address where the adult co-accused lives
    f = "richmond_wandsworth_02.eml"
    s = when("2094-09-28 10:15")
    m = new_mail(f, "Odile Ferrante <odile.ferrante@richmondandwandsworth.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Step up - Jaden Ashworth - Mosaic ID 2231876", s)
    m.set_content(T("""
Dear MASH,

I am the Early Help Team Manager for Balham and Tooting. Following a reflective discussion with Kemi Adebayo (Early
Help worker) I agree that Jaden needs to step up to Children's Services. The latest case summary is attached and
the rationale is below.

Child: Jaden Ashworth, DOB 17/08/2080. Mosaic ID 2231876.

Rationale for step up
Since July Jaden has been going missing overnight, has been found in Croydon and in Brighton, and he is now charged
with a street robbery alongside an adult, Marcus Pryor (23). Mum has told us she cannot keep him safe and she no
longer wants him at home. Early Help cannot hold this level of need.

What happened last night: Jaden was charged at 23:00 and bailed by the custody sergeant to 41 Fernlea Road, Balham,
his aunt's flat, with a condition to live and sleep there, because mum would not have him back. Kemi has found out
this morning that Marcus Pryor lives at 41 Fernlea Road - he is the aunt's partner. Marcus was bailed too, with a
condition not to contact Jaden, and they are in the same flat. Jaden is there now and has to sleep there tonight
under his bail. Kemi spoke to him at 9.30; he said Marcus "says I owe him for the solicitor".

Odile Ferrante
Early Help Team Manager (Balham & Tooting)
Richmond and Wandsworth Councils
"""))
    attach(m, make_docx(["Case summary - Jaden Ashworth (Mosaic ID 2231876)", "Open to Early Help since March 2094.",
                         "Missing episodes: 6 since July (Croydon, Brighton).",
                         "Youth Justice: charged 27/09/2094 with robbery; co-accused adult Marcus Pryor."]),
           "Case summary - Jaden Ashworth.docx")
    add(f, A, "mash_step_up", s, 4, "urgent", finish(f, m),
        E("step_up", True, None, ["2231876"], [("Jaden Ashworth", "2080-08-17")], ["exploitation", "missing"], None,
          True, [], None, "alert_duty"),
        "A CHILD BAILED TO THE ADDRESS WHERE THE ADULT CO-ACCUSED LIVES: a 14-year-old must sleep tonight at 41 "
        "Fernlea Road, where the 23-year-old charged with him lives despite a no-contact condition, and who says Jaden "
        "'owes him for the solicitor'. No alarm words. DESIGN safety rule 1 -> urgent -> alert_duty. Otherwise a "
        "complete R&W step-up from the Early Help Team Manager: case summary attached, rationale pasted under its own "
        "heading, 'I agree that Jaden needs to step up' -> manager true; nothing missing. exploitation + missing "
        "(overnight missing episodes).",
        "seed %s 'Process to Step Up' ('the Early Help Team Manager will email the MASH: Step Up email ... with the "
        "latest case summary and the rationale'); REQUIREMENTS.md richmond_wandsworth step_up; %s" % (SEED[A], URG))

    # 03 - NEAR MISS step-up: court outcome yesterday, child home with mum; rationale to follow
    f = "richmond_wandsworth_03.eml"
    s = when("2094-11-04 11:40")
    m = new_mail(f, "Bernard Achebe-Lowe <bernard.achebe-lowe@richmondandwandsworth.gov.uk>",
                 MAILBOX[A]["mash_step_up"], "Step Up request: Tilly Okafor-Brennan (Mosaic 2244519)", s)
    m.set_content(T("""
Hello MASH,

Step up request from the Richmond Early Help team for Tilly Okafor-Brennan, DOB 12/05/2079, Mosaic 2244519. I have
agreed this step-up with the worker, Sinead. Case summary attached; I will send the written rationale separately
once I have gone through it with Sinead on Monday.

Background in brief: police have been called to the home twice in October after mum's partner shouted and threw
things at mum; mum's depression has worsened and she has stopped taking her medication; Tilly is the one holding it
together.

For completeness, because it will come up: Tilly appeared at Richmond Youth Court yesterday for the assault at
school in the summer and got a 9-month referral order. She went home with mum afterwards, she was in school today,
and the YJS will hold the first referral order panel. That part is in hand.

Bernard Achebe-Lowe
Early Help Team Manager, Richmond
"""))
    attach(m, make_pdf(["Case summary - Tilly Okafor-Brennan", "Mosaic 2244519",
                        "Police call-outs 09/10 and 23/10/2094 (domestic incidents).",
                        "Mum: depression, medication stopped."]), "Case summary Okafor-Brennan.pdf")
    add(f, A, "mash_step_up", s, 3, "near_miss", finish(f, m),
        E("step_up", False, None, ["2244519"], [("Tilly Okafor-Brennan", "2079-05-12")],
          ["domestic_abuse", "parental_mental_health"], None, True, ["rationale"], None, "request_info"),
        "NEAR MISS - A COURT OUTCOME WITH THE CHILD SAFELY HOME: Youth Court yesterday, referral order, 'She went home "
        "with mum afterwards, she was in school today ... That part is in hand.' Not an immediate risk. R&W step-up "
        "from the EH Team Manager ('I have agreed this step-up') -> manager true; case summary attached; rationale "
        "'separately' -> rationale missing -> request_info. Partner's violence to mum -> domestic_abuse; mum's "
        "depression -> parental_mental_health.",
        "seed %s 'Process to Step Up' (case summary and rationale); REQUIREMENTS.md richmond_wandsworth step_up; "
        "DESIGN safety rule 1 (resolved risk)" % SEED[A])

    # 04 - NEAR MISS: restorative justice conference
    f = "richmond_wandsworth_04.eml"
    s = when("2094-11-17 13:05")
    m = new_mail(f, "Tomasz Reilly <tomasz.reilly@richmondandwandsworth.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Restorative justice conference - Oskar Lindqvist-Hale - Wed 1 Dec", s)
    m.set_content(T("""
Hi Early Help duty,

I'm the restorative justice practitioner in the Youth Justice Service. Oskar Lindqvist-Hale (14) has asked if his
Early Help worker can come to the restorative conference we are holding on Wednesday 1 December at 4pm at the
Tooting YJS office. I couldn't find the worker's name on the system so I'm writing to the duty box.

The conference is with the owner of the newsagent's on Mitcham Road. In April Oskar was one of three boys who went
into the shop, one pulled a knife and they took cigarettes and cash; Oskar was arrested that night and released to
his dad at 3am. The victim asked for the meeting and has been preparing with our victim worker. Oskar has done
really well on his order - he wrote the letter of apology himself and he is the one who wanted to meet face to face.

Could you forward this to the right person? No need to reply otherwise.

Tomasz Reilly
Restorative Justice Practitioner, Richmond & Wandsworth Youth Justice Service
"""))
    add(f, A, "early_help_duty", s, 8, "near_miss", finish(f, m),
        E("other", False, None, [], [("Oskar Lindqvist-Hale", None)], [], None, None, [], None, "human_review"),
        "NEAR MISS - A RESTORATIVE JUSTICE MEETING: a knife-point robbery, an arrest and a 3am release, all in April "
        "and handled; the child is doing well and asked for the conference. Not an immediate risk, no current concern "
        "id. A YJS practitioner's enquiry, no step request -> other -> human_review. Oskar named with age only -> "
        "dob null.",
        "DESIGN 'kind': other -> human_review; DESIGN safety rule 1 (historic risk); seed %s" % SEED[A])

    # 05 - ordinary complete step-down
    f = "richmond_wandsworth_05.eml"
    s = when("2094-09-06 10:30")
    m = new_mail(f, "Hollie Tranter <hollie.tranter@richmondandwandsworth.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down to Early Help - Nwosu children - case discussion Thu 9 Sept 2pm", s)
    m.set_content(T("""
Dear Early Help Duty,

Further to my call with Imogen Varley this morning, confirming the step-down case discussion on Thursday 9 September
at 2pm (Teams).

Daniel Nwosu - DOB 02/10/2081 - Mosaic 2201145
Precious Nwosu - DOB 27/03/2086 - Mosaic 2201146

The latest case summary and the draft Early Help plan are attached. Mum (Grace Nwosu) has given her consent to
Early Help continuing the plan. Mum's depression is treated now but she still has bad weeks and needs support with
routines. Daniel's Turnaround work with the Youth Justice Service carries on until January and his YJS worker is
happy to come to the TAF.

Kind regards,
Hollie Tranter
Social Worker, Richmond CIN Team
"""))
    attach(m, make_pdf(["Case summary - Nwosu children", "Daniel (Mosaic 2201145), Precious (Mosaic 2201146)",
                        "CIN plan since February 2094; goals met."]), "Case summary - Nwosu.pdf")
    attach(m, make_docx(["Draft Early Help plan - Nwosu family", "1. Routines support for mum (weekly).",
                         "2. Daniel: Turnaround with YJS to January; mentoring.", "3. Precious: after-school club."]),
           "Draft Early Help plan - Nwosu.docx")
    add(f, A, "early_help_duty", s, 6, "ordinary", finish(f, m),
        E("step_down", False, None, ["2201145", "2201146"], [("Daniel Nwosu", "2081-10-02"),
                                                              ("Precious Nwosu", "2086-03-27")],
          ["parental_mental_health"], True, None, [], None, "book_meeting"),
        "Complete R&W step-down: case summary .pdf, draft Early Help plan .docx, 'Mum ... has given her consent' -> "
        "consent true. Case discussion agreed by phone for Thu 9 Sept, within 5 days of the contact. Mum's "
        "depression -> parental_mental_health; a Turnaround (YJS) programme is context. book_meeting.",
        "seed %s 'Process to Step Down' (case discussion within 5 days, latest case summary and draft plan; consent "
        "from the family); REQUIREMENTS.md richmond_wandsworth step_down" % SEED[A])

    # 06 - ordinary step-down, consent refused (non-native English writer)
    f = "richmond_wandsworth_06.eml"
    s = when("2094-10-15 15:20")
    m = new_mail(f, "Agnieszka Wrobel <agnieszka.wrobel@richmondandwandsworth.gov.uk>",
                 MAILBOX[A]["early_help_duty"], "step down Reuben Castellano - Mosaic 2238871", s)
    m.set_content(T("""
Hello Early Help team,

I write about step down for Reuben Castellano, born 30/11/2080, Mosaic 2238871. The CIN plan is finishing, the
last review was on Tuesday. I attach the case summary and the draft plan for Early Help which I prepared.

But I must tell you that father is not agreeing. I explained him two times about Early Help and he say no, the
Youth Justice worker is enough for Reuben and he does not want "one more worker in my house". So at the moment
there is no consent from the family. Mother is not in contact with the family since 2091.

The worry still is father use cannabis every day in the flat and Reuben misses the morning at school often.

I will speak with my manager what we do now. Maybe you have advice?

Best regards
Agnieszka Wrobel
Social Worker, Wandsworth Child in Need Service
"""))
    attach(m, make_docx(["Case summary - Reuben Castellano (Mosaic 2238871)", "CIN since 03/2094.",
                         "Father: daily cannabis use."]), "Case summary Reuben C.docx")
    attach(m, make_docx(["Draft plan for Early Help - Reuben Castellano", "Attendance support;",
                         "Substance misuse service for father;", "Mentoring."]), "Draft EH plan Reuben C.docx")
    add(f, A, "early_help_duty", s, 4, "ordinary", finish(f, m),
        E("step_down", False, None, ["2238871"], [("Reuben Castellano", "2080-11-30")],
          ["school_attendance", "substance_misuse"], False, None, ["consent"], None, "request_info"),
        "Non-native English writer. R&W step-down with case summary and draft plan attached, but father 'is not "
        "agreeing ... there is no consent from the family' -> consent false (refused) -> consent missing -> "
        "request_info. Father's daily cannabis use -> substance_misuse; missed mornings -> school_attendance.",
        "seed %s 'Step Down to Early Help' ('The allocated social worker should gain consent'); REQUIREMENTS.md "
        "richmond_wandsworth step_down" % SEED[A])

    # 07 - auto-reply from a YJ officer
    f = "richmond_wandsworth_07.eml"
    s = when("2094-11-22 08:02")
    m = new_mail(f, "Femi Adeleke <femi.adeleke@richmondandwandsworth.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Automatic reply: Step-down received [SB-richmond_wandsworth-233]", s,
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    m.set_content(T("""
Thank you for your email. I am at Wimbledon Youth Court every day this week and will have limited access to email
until Monday 29 November.

If a young person is in police custody and needs an appropriate adult, please call the AA rota on 020 7946 0712.
If you have an immediate safeguarding concern about a child, contact the MASH; out of hours call the Emergency Duty
Team. In an emergency call 999.

Femi Adeleke
Youth Justice Officer
"""))
    add(f, A, "early_help_duty", s, 1, "ordinary", finish(f, m),
        E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) from "
        "a Youth Justice officer at Youth Court; its boilerplate mentions police custody, 'immediate safeguarding "
        "concern' and 999 -> not urgent. The subject carries [SB-richmond_wandsworth-233] but an auto-reply is never "
        "answered: ignore.",
        "DESIGN safety rule 2 (RFC 3834) and 'kind': auto_reply -> ignore; seed %s" % SEED[A])

    # 08 - ordinary follow-up adding the rationale
    f = "richmond_wandsworth_08.eml"
    s = when("2094-09-30 09:05")
    ack = ACK.format(ref="[SB-richmond_wandsworth-199]", kids="Lola Kemp, Finn Kemp", case="2230058",
                     missing="rationale")
    m = new_mail(f, "Odile Ferrante <odile.ferrante@richmondandwandsworth.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "RE: Step-up request received [SB-richmond_wandsworth-199]", s)
    m.set_content(T("""
Morning - the rationale for the Kemp step-up is attached, as promised. Sorry for the delay, the worker was on leave.

Odile

On Mon, 27 Sep 2094 at 14:11, MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:
%s
""") % quoted(ack))
    attach(m, make_docx(["Rationale for step up - Kemp children (Mosaic 2230058)",
                         "Lola and Finn: neglect of basic care despite 9 months of Early Help."]),
           "Rationale - Kemp step up.docx")
    add(f, A, "mash_step_up", s, 3, "ordinary", finish(f, m),
        E("follow_up", False, None, ["2230058"], [("Lola Kemp", None), ("Finn Kemp", None)], [], None, None, [],
          None, "attach_to_request"),
        "Reply to [SB-richmond_wandsworth-199] (reference SB-richmond_wandsworth-199) adding the missing rationale "
        "as a .docx; children and the Mosaic number come from the quoted acknowledgement, whose 'What is missing:' "
        "line is not a concern. follow_up -> attach_to_request.",
        "DESIGN 'kind': follow_up -> attach_to_request; seed %s 'Process to Step Up' (rationale)" % SEED[A])


# ============================================================== TOWER HAMLETS
def tower_hamlets():
    A = "tower_hamlets"
    # 01 - British Transport Police, 23:18: a 12-year-old off a train at Carlisle, nobody to hand her to
    f = "tower_hamlets_01.eml"
    s = when("2094-10-01 23:18")
    m = new_mail(f, "PC 4471 Rhys Penhaligon <rhys.penhaligon@btp.example.police.uk>", MAILBOX[A]["mash_step_up"],
                 "BTP Carlisle - 12 yr old girl from Stepney found on train - need someone to take her", s,
                 cc="Out of Hours <edt@towerhamlets.gov.uk>")
    m.set_content(T("""
Good evening,

PC 4471 Penhaligon, British Transport Police, Carlisle station. Cumbria's out of hours team have told me this is a
Tower Hamlets child and to contact you directly.

At 22:40 tonight staff found a girl on her own on the southbound service from Glasgow when it terminated here. She
has given her name as Amira Chowdhury, DOB 11/01/2082 (12), home address Stepney. PNC shows she was reported missing
by her mother on Wednesday.

She is travelling on an e-ticket bought on a phone app at 14:05 today by someone else. She had GBP 480 in cash and
two phones; one of them has rung eleven times since we found her from a withheld number. She says a man was meant to
meet her at the station and take her to "a house" and she doesn't know his name. No one came.

Mum's mobile is switched off. Dad's goes to voicemail. The school contact isn't answering at this hour.

She is sitting in our office with a female officer. We are about 300 miles from her home. I have no one to hand
her to and nowhere for her to sleep tonight. Please can someone ring me on 0161 496 0250 to tell me who is
collecting her or where she can stay.

PC 4471 R. Penhaligon
British Transport Police
"""))
    add(f, A, "mash_step_up", s, 3, "urgent", finish(f, m),
        E("other", True, None, [], [("Amira Chowdhury", "2082-01-11")], ["exploitation", "missing"], None, None, [],
          None, "alert_duty"),
        "BRITISH TRANSPORT POLICE AT 23:18: a 12-year-old reported missing since Wednesday found alone off a Glasgow "
        "train at Carlisle, 300 miles from home, with GBP 480, two phones and a man who was meant to meet her; parents "
        "unreachable; the officer has nowhere for her tonight. No alarm words. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (out of hours). Not a step request -> other. exploitation + missing.",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s 'If there is an immediate child protection concern, "
        "contact MAST (0207 364 5606/5601 or out of hours in an emergency only 0207 364 4079)'" % SEED[A])

    # 02 - urgent complete MAST step-up: a father refusing to have his son home after arrest, threat of violence
    f = "tower_hamlets_02.eml"
    s = when("2094-11-08 11:50")
    m = new_mail(f, "Sabrina Mollah <sabrina.mollah@towerhamlets.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Step up to CSC - Tanvir Hossain - Mosaic 2276603", s,
                 cc="Nadim Rahman <nadim.rahman@towerhamlets.gov.uk>")
    m.set_content(T("""
Dear MAST,

Please see the attached Multi-Agency Request for Support for Tanvir Hossain (DOB 21/06/2080), Mosaic 2276603. My
team manager Nadim Rahman (copied) has agreed this needs to step up.

Tanvir was released from Bethnal Green custody at 10 o'clock this morning (arrested Saturday night, possession with
intent to supply, with two older boys from the estate). His dad told the custody officer, and then told me on the
phone, "don't bring him here, if he comes to my door I'll break his legs", and he has put Tanvir's clothes in bin
bags on the landing. Two years ago dad broke Tanvir's wrist (there was a s47). Mum is in Bangladesh until January.

Tanvir is sitting in the reception of our family hub on Cable Street right now. He has nowhere to sleep tonight and
the older boys have been messaging him to "come back to the block".

Sabrina Mollah
Early Help Practitioner, Tower Hamlets Early Help
"""))
    attach(m, make_pdf(["Multi-Agency Request for Support (MARF)", "Child: Tanvir Hossain  DOB 21/06/2080",
                        "Mosaic: 2276603", "Referrer: Sabrina Mollah, Early Help",
                        "Manager: Nadim Rahman - agreed 08/11/2094"]), "MARF - Tanvir Hossain.pdf")
    add(f, A, "mash_step_up", s, 5, "urgent", finish(f, m),
        E("step_up", True, None, ["2276603"], [("Tanvir Hossain", "2080-06-21")], ["exploitation", "physical_harm"],
          None, True, [], None, "alert_duty"),
        "A PARENT REFUSING TO HAVE HIS CHILD HOME AFTER AN ARREST, WITH A THREAT: a 14-year-old released from custody "
        "this morning, father says he will 'break his legs' if he comes to the door (he broke his wrist two years "
        "ago), nowhere to sleep tonight, the older boys calling him back to the block; he is in the family hub "
        "reception now. No alarm words. DESIGN safety rule 1 -> urgent -> alert_duty. The MAST step-up itself is "
        "complete: MARF .pdf, TM agreed (copied) -> nothing missing. exploitation (supply with older boys) + "
        "physical_harm (threat and past injury by father).",
        "seed %s 'Step Up' and the MAST paragraph (MARF; management oversight); REQUIREMENTS.md tower_hamlets "
        "step_up; %s" % (SEED[A], URG))

    # 03 - NEAR MISS: complete step-down mentioning a historic arrest
    f = "tower_hamlets_03.eml"
    s = when("2094-09-22 14:45")
    m = new_mail(f, "Jamal Whitfield <jamal.whitfield@towerhamlets.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down - Ahmed children - TAF Fri 1 Oct", s)
    m.set_content(T("""
Hi Early Help Hub,

Step-down from CIN to Early Help for:
- Zara Ahmed, DOB 04/08/2085, Mosaic 2259010
- Ilyas Ahmed, DOB 15/02/2088, Mosaic 2259011

The Child and Family Assessment concluded on 20/09/2094 and the draft TAF plan is attached with it. Mum has
consented to the step down and to Early Help. Lead Practitioner: Farhana Begum, Learning Mentor, Harford Street
Primary School. I will chair the TAF meeting on Friday 1 October at 10:00 at the school.

Some history you will see on Mosaic: dad was arrested in 2092 after a domestic incident, he completed the
perpetrator programme in 2093 and the children's child protection plans ended in March 2093. There have been no
police call-outs since and nothing in the assessment suggests any current concern about harm. The remaining need
is Ilyas's attendance (88%).

Jamal Whitfield
Social Worker, Children and Families Service
"""))
    attach(m, make_pdf(["Child and Family Assessment - Ahmed children", "Concluded 20/09/2094",
                        "Recommendation: step down to Early Help (TAF)."]), "C&F Assessment - Ahmed.pdf")
    attach(m, make_docx(["Draft TAF plan - Ahmed family", "Lead Practitioner: Farhana Begum (Harford Street Primary)",
                         "Attendance plan for Ilyas; parenting group for mum and dad."]), "Draft TAF plan - Ahmed.docx")
    add(f, A, "early_help_duty", s, 4, "near_miss", finish(f, m),
        E("step_down", False, None, ["2259010", "2259011"], [("Zara Ahmed", "2085-08-04"), ("Ilyas Ahmed", "2088-02-15")],
          ["school_attendance"], True, None, [], None, "book_meeting"),
        "NEAR MISS - A HISTORIC ARREST: father arrested in 2092, perpetrator programme, CP plans ended March 2093, "
        "'no police call-outs since ... nothing ... suggests any current concern about harm' -> historic, not urgent, "
        "no domestic_abuse. Complete Tower Hamlets step-down: C&F assessment .pdf, draft TAF plan .docx, consent, "
        "Lead Practitioner with agency -> book_meeting. TAF Fri 1 Oct is within 10 WD of the assessment ending "
        "(20 Sept: 9 WD). Ilyas 88% -> school_attendance.",
        "seed %s 'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (assessment, TAF plan, "
        "consent, Lead Practitioner; TAF within 10 WD); REQUIREMENTS.md tower_hamlets step_down" % SEED[A])

    # 04 - NEAR MISS: police custody training bulletin with scenarios (multipart/alternative, list mail)
    f = "tower_hamlets_04.eml"
    s = when("2094-11-25 12:30")
    m = new_mail(f, "Central East Custody Training <custody.training@met.example.police.uk>",
                 MAILBOX[A]["mash_step_up"], "Custody Matters No. 41: children detained overnight - PACE s38(6)", s,
                 extra=[("List-Id", "Custody Matters <custody-matters.met.example.police.uk>"),
                        ("List-Unsubscribe", "<mailto:custody-matters-unsubscribe@met.example.police.uk>"),
                        ("Precedence", "list")])
    paras = ["CUSTODY MATTERS - No. 41 - training bulletin for custody staff and partners",
             "This month: children detained overnight, PACE s38(6) transfers and the 2am release.",
             "Scenario 1 (fictional): a 13-year-old is charged at 23:00 and refused bail. The local authority says no "
             "bed is available. What must the custody sergeant record, and who should be called?",
             "Scenario 2 (fictional): a 12-year-old is ready for release at 02:00 and no parent will collect. What are "
             "the options?",
             "Scenario 3 (fictional): a 15-year-old is bailed to an address where an adult co-accused lives. Whose "
             "job is it to check?",
             "All scenarios are invented for training and do not describe any real child. Answers and the updated "
             "concordat flowchart are on the intranet. The next session is on 9 December at Bethnal Green.",
             "You are receiving this because you are on the Custody Matters partner list."]
    m.set_content("\n\n".join(paras) + "\n")
    m.add_alternative(html_body(paras, font="Arial"), subtype="html")
    add(f, A, "mash_step_up", s, 10, "near_miss", finish(f, m),
        E("other", False, None, [], [], [], None, None, [], None, "human_review"),
        "NEAR MISS - A POLICE TRAINING BULLETIN (List-Id, Precedence: list, no Auto-Submitted) whose three "
        "'fictional' scenarios echo this set's urgent mails (charged and no bed, 2am release with no parent, bail to "
        "a co-accused's address). DESIGN safety rule 1: bulletins that list examples must not trigger it. No child, "
        "no request -> other -> human_review.",
        "DESIGN safety rule 1 and 'kind': other -> human_review; seed %s" % SEED[A])

    # 05 - ordinary MAST step-up, manager not yet agreed
    f = "tower_hamlets_05.eml"
    s = when("2094-10-12 10:05")
    m = new_mail(f, "Lauren Quigley <lauren.quigley@towerhamlets.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Step up request Kasim Rahman-Jones (Mosaic no. 2264420)", s)
    m.set_content(T("""
Hi MAST,

I'd like to step Kasim Rahman-Jones (DOB 09/09/2082) up to children's social care. MARF attached.

Kasim was permanently excluded from Bow School last week and has no school place at the moment. His Turnaround
worker at the YJS and I are both worried about the older boys he is with most evenings, and he had a new bike and
GBP 200 last week. Mum consents to the referral and wants help.

I'm seeing my manager on Thursday to get this signed off, so I'm sending it now to get it in the system.

Thanks
Lauren Quigley
Family Support Practitioner, Early Help
"""))
    attach(m, make_pdf(["Multi-Agency Request for Support", "Child: Kasim Rahman-Jones",
                        "Concerns: exclusion; older peers; unexplained money."]), "MARF Kasim RJ.pdf")
    add(f, A, "mash_step_up", s, 3, "ordinary", finish(f, m),
        E("step_up", False, None, ["2264420"], [("Kasim Rahman-Jones", "2082-09-09")],
          ["exploitation", "school_attendance"], True, None, ["manager_agreed"], None, "request_info"),
        "MAST step-up with the MARF attached; 'Mum consents to the referral' -> consent true; the manager has not "
        "signed it off yet ('seeing my manager on Thursday') -> manager_agreed null -> missing -> request_info. "
        "Permanent exclusion, no school place -> school_attendance; older boys, new bike and cash -> exploitation. "
        "'Mosaic no. 2264420' -> bare number.",
        "seed %s 'Step Up' (MAST; MARF); REQUIREMENTS.md tower_hamlets step_up (request_for_support, "
        "manager_agreed)" % SEED[A])

    # 06 - ordinary HTML-only step-down, lead practitioner not yet identified
    f = "tower_hamlets_06.eml"
    s = when("2094-12-02 16:20")
    m = new_mail(f, "Priyanka Dass <priyanka.dass@towerhamlets.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down - Leon Oyelaran-Price", s)
    m.set_content(T("""
<html><body style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>Please find attached the Child and Family Assessment and the draft TAF plan for the step down of:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Leon Oyelaran-Price</td><td>03/03/2079</td><td>2281554</td></tr>
</table>
<p>Leon&#39;s mum has consented to Early Help. The remaining worry is Leon&#39;s own cannabis use, which he is
working on with the young people&#39;s substance misuse service.</p>
<p>Lead Practitioner: <b>tbc</b> &ndash; I have asked the YJS whether his case manager can take the role once his
referral order ends and I&#39;m waiting to hear.</p>
<p>Kind regards,<br>Priyanka Dass<br>Social Worker, Children and Families Service</p>
</body></html>
"""), subtype="html")
    attach(m, make_pdf(["Child and Family Assessment - Leon Oyelaran-Price", "Concluded 29/11/2094",
                        "Outcome: step down to Early Help."]), "CFA Leon O-P.pdf")
    attach(m, make_docx(["Draft TAF plan - Leon Oyelaran-Price", "Substance misuse service weekly;",
                         "College application support."]), "Draft TAF plan Leon O-P.docx")
    add(f, A, "early_help_duty", s, 5, "ordinary", finish(f, m),
        E("step_down", False, None, ["2281554"], [("Leon Oyelaran-Price", "2079-03-03")], ["substance_misuse"], True,
          None, ["lead_practitioner"], None, "request_info"),
        "HTML-only Outlook step-down (child in an HTML table): assessment .pdf and draft TAF plan .docx attached, "
        "'mum has consented' -> consent true; Lead Practitioner 'tbc' -> missing -> request_info. Leon's own cannabis "
        "use -> substance_misuse.",
        "seed %s 'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (Lead Practitioner); "
        "REQUIREMENTS.md tower_hamlets step_down" % SEED[A])

    # 07 - ordinary Google Calendar ACCEPTED reply (for tower_hamlets_03's TAF)
    f = "tower_hamlets_07.eml"
    s = when("2094-09-24 09:30")
    mt = when("2094-10-01 10:00")
    rep = ics("REPLY", "%s@google.com" % sha(f + "uid")[:26], s, mt, mt + timedelta(hours=1),
              "TAF meeting - Ahmed children (Mosaic 2259010)", "Harford Street Primary School",
              ("Jamal Whitfield", "jamal.whitfield@towerhamlets.gov.uk"),
              [("Farhana Begum", "f.begum@harfordstreet.example.sch.uk", "ACCEPTED")])
    m = new_mail(f, "Farhana Begum <f.begum@harfordstreet.example.sch.uk>", MAILBOX[A]["early_help_duty"],
                 "Accepted: TAF meeting - Ahmed children (Mosaic 2259010) @ Fri 1 Oct 10am - 11am (BST)", s)
    m.set_content("Farhana Begum has accepted this invitation.\n\nTAF meeting - Ahmed children (Mosaic 2259010)\n")
    m.add_alternative(rep, subtype="calendar", params={"method": "REPLY"})
    add(f, A, "early_help_duty", s, 2, "ordinary", finish(f, m),
        E("meeting_reply", False, None, ["2259010"], [], [], None, None, [], None, "record_reply"),
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY), PARTSTAT=ACCEPTED, from the Lead Practitioner for "
        "tower_hamlets_03's TAF; SUMMARY 'Mosaic 2259010' -> the bare number. record_reply.",
        "DESIGN 'kind': meeting_reply -> record_reply; seed %s (TAF meeting chaired by the social worker)" % SEED[A])

    # 08 - urgent follow-up from a phone: released at 1am to nobody, now in a bin store with the co-arrestees
    f = "tower_hamlets_08.eml"
    s = when("2094-12-14 10:34")
    ack = ACK.format(ref="[SB-tower_hamlets-512]", kids="Rayan Miah (19/07/2081)", case="Mosaic 2270385",
                     missing="nothing - TAF meeting noted for Fri 17 December")
    m = new_mail(f, "Callum Ferreira <callum.ferreira@towerhamlets.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Re: Step-down received [SB-tower_hamlets-512]", s)
    m.set_content(T("""
pls hold off on this one. rayan was arrested last night with the same older lads from the cranbrook and let out at
1am, nobody went to get him. mum says shes done and has changed the locks. ive just found him in the bin store
behind Pellew House, soaked, hasnt slept. he wont come with me. 3 of the lads he was arrested with are here with
him and one just told me to "move on". im standing outside the bin store now

Sent from my iPhone

> On 10 Dec 2094, at 14:02, EarlyHelpHub@towerhamlets.gov.uk wrote:
%s
""") % quoted(ack))
    add(f, A, "early_help_duty", s, 2, "urgent", finish(f, m),
        E("follow_up", True, None, ["2270385"], [("Rayan Miah", "2081-07-19")], ["exploitation"], None, None, [], None,
          "alert_duty"),
        "AN IPHONE REPLY to [SB-tower_hamlets-512] (reference SB-tower_hamlets-512), lower case, no punctuation: a "
        "13-year-old released from custody at 1am with nobody to collect, locked out by his mother, found now in a "
        "bin store with three of the older co-arrestees, one telling the social worker to 'move on'. No alarm words. "
        "DESIGN safety rule 1 -> urgent; a reply -> follow_up -> alert_duty first. Name and DOB in the quoted "
        "acknowledgement; 'Mosaic 2270385' -> bare number. exploitation.",
        "DESIGN 'kind': follow_up; %s; seed %s MAST paragraph" % (URG, SEED[A]))


# ============================================================== TORBAY
def torbay():
    A = "torbay"
    # 01 - forwarded PPN / ViST: released at 03:30 to a man who said he was her uncle; still missing
    f = "torbay_01.eml"
    s = when("2094-09-13 08:20")
    m = new_mail(f, "MASH Police Liaison <mash.police@devon-cornwall.example.police.uk>", MAILBOX[A]["mash_step_up"],
                 "FW: ViST PPN - CHILD - LAVERS, Demi - Torquay custody", s)
    m.set_content(T("""
Dropping this in the inbox as the duty phone is engaged. As of 08:15 Demi has still not been found.
Sgt Mel Ashby, MASH police liaison

-----Original Message-----
From: ViST Notifications <vist.noreply@devon-cornwall.example.police.uk>
Sent: 13 September 2094 04:12
To: MASH Police Liaison
Subject: ViST PPN - CHILD - LAVERS, Demi - Torquay custody

PUBLIC PROTECTION NOTIFICATION (PPN) - CHILD
Subject:            Demi LAVERS   DOB 02/08/2080 (14)   Torquay
Occurrence:         TQ-0913-0412
Location:           Torquay custody / Castle Circus area
Grading:            HIGH
Circumstances:      Arrested 22:50 (12/09) shop theft, Union Street. Parent not contactable overnight.
                    Released 03:30 into the care of a male who attended and gave his name as her uncle,
                    Craig SELLICK (DOB 14/05/2062).
                    Checks completed after release show SELLICK is NOT related and is subject to a Sexual
                    Harm Prevention Order prohibiting unsupervised contact with females under 16.
                    Demi has not returned home. Mother reported her missing at 06:05. Phone off.
Voice of the child: "Craig looks after me." Demi said she had been "staying at Craig's" since the weekend.
Action by police:   Missing person enquiry open. Officers attending SELLICK's last known address.
Referral to:        Torbay MASH
"""))
    add(f, A, "mash_step_up", s, 5, "urgent", finish(f, m),
        E("other", True, None, [], [("Demi Lavers", "2080-08-02")], ["exploitation", "missing", "sexual_harm"], None,
          None, [], None, "alert_duty"),
        "A FORWARDED POLICE PPN (ViST STYLE): a 14-year-old released from custody at 03:30 to a man who said he was "
        "her uncle, found afterwards to be unrelated and under a Sexual Harm Prevention Order; she has not come home "
        "and 'As of 08:15 Demi has still not been found'. 'Grading: HIGH' is the only alarm-like field. DESIGN safety "
        "rule 1 (read forwarded history) -> urgent -> alert_duty. Not a step request -> other. exploitation + missing "
        "+ sexual_harm. SELLICK is an adult (born 2062); 'Demi LAVERS' normalised.",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s 'Step up processes from level 3 to level 4' step 3 (MASH "
        "information from another source)" % SEED[A])

    # 02 - urgent meeting reply: DECLINED, the comment says the child is about to be released to his exploiter
    f = "torbay_02.eml"
    s = when("2094-11-03 10:48")
    mt = when("2094-11-09 10:00")
    cm = ("Declining Tuesday for now, I'll rebook when I can. Right now I'm at Torquay police station with Kai Rowse (14) - he was arrested at 1am and "
          "they are releasing him in the next half hour. Mum won't have him back. The man he was arrested with, the "
          "one who has been giving him the bags to take to Plymouth, is sitting in a black Audi outside the front "
          "of the station waiting for him and custody say they can't hold Kai any longer.")
    rep = ics("REPLY", "%s@torbay.gov.uk" % sha(f + "uid")[:20], s, mt, mt + timedelta(minutes=30),
              "Early Help triage - Rowse (LCS-4410273) [SB-torbay-377]", "Microsoft Teams",
              ("Early Help business support", "earlyhelp.businesssupport@torbay.gov.uk"),
              [("Jessamy Treloar", "jessamy.treloar@torbay.gov.uk", "DECLINED")], comment=cm)
    m = new_mail(f, "Jessamy Treloar <jessamy.treloar@torbay.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Declined: Early Help triage - Rowse (LCS-4410273) [SB-torbay-377]", s)
    m.set_content(cm + "\n")
    m.add_alternative(rep, subtype="calendar", params={"method": "REPLY"})
    add(f, A, "early_help_duty", s, 2, "urgent", finish(f, m),
        E("meeting_reply", True, None, ["LCS-4410273"], [("Kai Rowse", None)], ["exploitation"], None, None, [], None,
          "alert_duty"),
        "A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to a triage slot whose comment says a "
        "14-year-old is about to be released from custody, mother won't have him back, and the man who has him "
        "carrying to Plymouth is waiting outside the station. DESIGN safety rule 1 ('a meeting reply's comment') -> "
        "urgent -> alert_duty overrides record_reply. Kai named with age only -> dob null. exploitation.",
        "DESIGN 'kind': meeting_reply; %s; seed %s" % (URG, SEED[A]))

    # 03 - EDT handover log with one open entry buried among routine ones
    f = "torbay_03.eml"
    s = when("2094-12-08 07:05")
    m = new_mail(f, "Torbay EDT <edt@torbay.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "EDT overnight handover Tue 7 / Wed 8 Dec", s,
                 cc="MASH duty <mash.duty@torbay.gov.uk>")
    m.set_content(T("""
EDT HANDOVER - night of Tue 7 / Wed 8 December. Worker: Gareth Polglase.

18:20  Brixham - foster carer query about contact tomorrow. Advised. CLOSED.
20:05  Paignton custody - AA needed for 16yo (voluntary interview). AA rota covered. CLOSED.
21:40  Torquay - parent rang re: son late home. Son home 22:15. CLOSED.
23:30  Torquay custody - 15yo bailed, grandmother collected 00:10, home. CLOSED.
02:10  Info only: hospital re: adult patient - passed to adult EDT. CLOSED.
04:40  Paignton custody - Harley Bickmore, DOB 22/01/2081 (13), LCS-4423318, open to Early Help. Bailed to dad's
       address in Brixham; dad collected at 05:10. Custody sergeant noted dad smelt strongly of alcohol.
06:45  Harley rang EDT from a neighbour's phone: dad is drunk, hit him across the face when they got in, and has
       locked him out in the back garden. Harley is in a t-shirt. Police informed 06:50, no unit free yet.
       I have rung dad x3, no answer. OPEN - handing to day team at 07:00.
06:55  Torquay - carer for adult with LD, passed to adult EDT. CLOSED.

Gareth Polglase, EDT Social Worker
"""))
    add(f, A, "early_help_duty", s, 6, "urgent", finish(f, m),
        E("other", True, None, ["LCS-4423318"], [("Harley Bickmore", "2081-01-22")],
          ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty"),
        "AN EDT HANDOVER LOG AT 07:05 (out of hours) with one OPEN entry buried sixth of eight routine ones: a "
        "13-year-old bailed to his father at 05:10, hit across the face by his drunk father and locked out in the "
        "garden in a t-shirt, no police unit free yet. The other entries are closed or about adults / unnamed young "
        "people. No alarm words. DESIGN safety rule 1 -> urgent -> alert_duty. Not a step request -> other. "
        "physical_harm + substance_misuse (father drunk).",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s" % SEED[A])

    # 04 - NEAR MISS: complete step-down with a "what if" contingency plan
    f = "torbay_04.eml"
    s = when("2094-09-16 13:10")
    m = new_mail(f, "Morwenna Tregear <morwenna.tregear@torbay.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Triage slot please - Finley Widdicombe LCS-4398120 (level 3 step down)", s)
    m.set_content(T("""
Hi Early Help,

Please could I have a triage slot to step Finley Widdicombe (DOB 25/05/2081, LCS-4398120) down to level 3 Early
Help. The Single Assessment with my analysis and rationale is attached, and my team manager Silas Penrose has
recorded his analysis confirming the threshold for level 3 is met. Mum has given consent for level 3 Early Help.

Remaining needs: two fixed-term exclusions last term and attendance at 82%.

Contingency plan, as agreed at the CIN review: IF Finley were arrested again AND mum said she would not have him
home, the police would call EDT, and his nan in Torre has agreed she would have him that night. This has not
happened since March and there is no current police involvement; it is written in so everyone knows the plan.

Many thanks
Morwenna Tregear
Social Worker, Safeguarding and Supporting Families Team
"""))
    attach(m, make_pdf(["Single Assessment - Finley Widdicombe (LCS-4398120)",
                        "Social worker analysis and rationale for step down to level 3.",
                        "Team Manager analysis (Silas Penrose): threshold for level 3 intervention met."]),
           "Single Assessment - F Widdicombe.pdf")
    add(f, A, "early_help_duty", s, 4, "near_miss", finish(f, m),
        E("step_down", False, 3, ["LCS-4398120"], [("Finley Widdicombe", "2081-05-25")], ["school_attendance"], True,
          True, [], None, "book_meeting"),
        "NEAR MISS - A 'WHAT IF' CONTINGENCY PLAN: 'IF Finley were arrested again AND mum said she would not have "
        "him home ...' - hypothetical, 'has not happened since March', no current police involvement -> not urgent. "
        "Complete Torbay step-down: Single Assessment .pdf, TM's analysis confirming level 3 -> manager true, 'Mum "
        "has given consent for level 3 Early Help' -> consent true; level 3 stated -> book_meeting. 82% and "
        "exclusions -> school_attendance.",
        "seed %s 'Step down process from Safeguarding and Supporting Families Team' steps 1-4 (manager agreement, "
        "consent, triage slot within 5 WD); REQUIREMENTS.md torbay step_down; DESIGN safety rule 1 "
        "(hypothetical)" % SEED[A])

    # 05 - NEAR MISS: forwarded BTP ViST notification, already resolved
    f = "torbay_05.eml"
    s = when("2094-10-26 15:35")
    m = new_mail(f, "MASH Police Liaison <mash.police@devon-cornwall.example.police.uk>", MAILBOX[A]["mash_step_up"],
                 "FW: ViST - child found on train - returned home - for info", s)
    m.set_content(T("""
For information and to update the lead practitioner - no action needed from MASH. Return home interview done.

-----Original Message-----
From: BTP ViST <vist.noreply@btp.example.police.uk>
Sent: 24 October 2094 21:02
Subject: ViST - child found on train - returned home

British Transport Police - Vulnerability notification (child)
Subject:       Ollie Pascoe, DOB 07/03/2079 (15), Paignton
Date/time:     Saturday 23/10/2094 18:40, Exeter St Davids
Circumstances: Found on the 17:52 from Paignton without a ticket. Said he wanted to see his dad in Bristol
               after an argument at home. Calm, sober, no injuries, no items of concern.
Outcome:       Mother collected him from Exeter St Davids at 20:10. Home safe.
Follow-up:     Return home interview completed 25/10 by the Early Help lead practitioner. No exploitation
               indicators identified. No further police action.
"""))
    add(f, A, "mash_step_up", s, 7, "near_miss", finish(f, m),
        E("other", False, None, [], [("Ollie Pascoe", "2079-03-07")], [], None, None, [], None, "human_review"),
        "NEAR MISS - A BTP ViST NOTIFICATION ALREADY RESOLVED: a 15-year-old found on a train on Saturday, collected "
        "by his mother the same evening, return home interview done, no exploitation indicators, no further action. "
        "Not an immediate risk; the resolved missing episode is not labelled as a concern. For information -> other "
        "-> human_review.",
        "DESIGN safety rule 1 (resolved risk); DESIGN 'kind': other -> human_review; seed %s" % SEED[A])

    # 06 - ordinary complete step-down with an under-5 (fortnightly under-5s triage)
    f = "torbay_06.eml"
    s = when("2094-10-05 10:00")
    m = new_mail(f, "Kerensa Hicks <kerensa.hicks@torbay.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Request for triage slot - Yeo children", s)
    m.set_content(T("""
Good morning,

Requesting a triage slot for the step down of the Yeo children from the Single Assessment Team to level 3 Early
Help:

  Brooke Yeo      11/02/2084   LCS-4401276
  Teddy Yeo       30/06/2091   LCS-4401277

Single Assessment attached, with my analysis and rationale. My team manager, Tamsin Verity, has recorded her
analysis confirming level 3 is met. Both parents have consented to level 3 Early Help.

Dad's anxiety is the main remaining need; home conditions are much improved. Teddy is 3, so I understand this will
go to the under-5s triage. Their older brother is with the YJS on a referral order but is not part of this step
down.

Kerensa Hicks
Social Worker, Single Assessment Team
"""))
    attach(m, make_pdf(["Single Assessment - Yeo children", "Outcome: NFA at level 4; level 3 response needed.",
                        "Team Manager analysis (Tamsin Verity): level 3 threshold met."]), "SA Yeo.pdf")
    add(f, A, "early_help_duty", s, 3, "ordinary", finish(f, m),
        E("step_down", False, 3, ["LCS-4401276", "LCS-4401277"], [("Brooke Yeo", "2084-02-11"),
                                                                   ("Teddy Yeo", "2091-06-30")],
          ["parental_mental_health"], True, True, [], None, "book_meeting"),
        "Complete Torbay SAT step-down with a 3-year-old (the fortnightly under-5s triage applies): Single Assessment "
        ".pdf, TM's analysis -> manager true, 'Both parents have consented to level 3 Early Help' -> consent true; "
        "level 3 stated. Dad's anxiety -> parental_mental_health. The older brother is unnamed -> not a labelled "
        "child. book_meeting.",
        "seed %s 'Step down process from Single Assessment Team' steps 1-4 and 'step downs for under 5's heard "
        "fortnightly'; REQUIREMENTS.md torbay step_down" % SEED[A])

    # 07 - ordinary complete step-up (contact to MASH) with exclusion and YJS out-of-court disposal
    f = "torbay_07.eml"
    s = when("2094-11-19 11:25")
    m = new_mail(f, "Demelza Rowe <demelza.rowe@torbay.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Contact to MASH - step up - Mia Chudleigh EHM-812604", s,
                 cc="Tamsin Verity <tamsin.verity@torbay.gov.uk>")
    m.set_content(T("""
Dear MASH,

I'm the lead practitioner (Early Help) for Mia Chudleigh, DOB 04/12/2080, EHM-812604.

New information: Mia was excluded for five days last week after being found with vapes and GBP 150 that she says
older men in a car gave her. She is on a Youth Justice out-of-court disposal (a youth conditional caution from
September) and her YJS worker has seen her getting into cars outside school twice.

My manager Tamsin Verity (copied) and I agree this information needs considering for a level 4 statutory
intervention. Dad has given his consent for me to contact MASH.

Demelza Rowe
Early Help Practitioner, Torbay Early Help
"""))
    add(f, A, "mash_step_up", s, 4, "ordinary", finish(f, m),
        E("step_up", False, None, ["EHM-812604"], [("Mia Chudleigh", "2080-12-04")],
          ["exploitation", "school_attendance"], True, True, [], None, "book_meeting"),
        "Complete Torbay step-up (the lead professional's contact to MASH): 'Dad has given his consent for me to "
        "contact MASH' -> consent true; 'My manager ... and I agree this information needs considering for a level 4' "
        "-> manager true -> book_meeting. Older men in cars, money -> exploitation; five-day exclusion -> "
        "school_attendance. Not immediate (a pattern, nothing tonight).",
        "seed %s 'Step up processes from level 3 to level 4' steps 1-2 (worker and team manager agree; contact to "
        "MASH with parental consent); REQUIREMENTS.md torbay step_up" % SEED[A])

    # 08 - ordinary step-down whose Single Assessment is a macro-enabled .docm (refused)
    f = "torbay_08.eml"
    s = when("2094-12-13 09:15")
    m = new_mail(f, "Pascoe Nance <pascoe.nance@torbay.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down triage - Callum Hext", s)
    m.set_content(T("""
Morning,

Triage slot request for Callum Hext (DOB 17/10/2082, LCS-4431907). Single Assessment attached. My TM Silas Penrose
has agreed the step down and recorded his analysis. Mum has given consent for Early Help.

Main need is school attendance (79%) since his fixed-term exclusion in October.

Thanks, Pascoe
"""))
    attach(m, b"PK\x03\x04" + b"\x00" * 60 + b"vbaProject.bin" + b"\x00" * 40, "Single Assessment - Hext.docm")
    add(f, A, "early_help_duty", s, 3, "ordinary", finish(f, m),
        E("step_down", False, None, ["LCS-4431907"], [("Callum Hext", "2082-10-17")], ["school_attendance"], True, True,
          ["assessment"], None, "request_info"),
        "Torbay step-down whose Single Assessment is a macro-enabled .docm -> refused (REQUIREMENTS: a refused "
        "attachment meets nothing) -> assessment missing -> request_info. Consent and TM agreement stated. No level "
        "stated -> level null. 79% -> school_attendance.",
        "seed %s 'Step down process from Single Assessment Team' step 1 (Single Assessment with rationale); "
        "REQUIREMENTS.md torbay step_down and 'How a requirement is met' (refused attachment)" % SEED[A])


# ============================================================== HEREFORDSHIRE
def herefordshire():
    A = "herefordshire"
    # 01 - solicitor at 20:40: client to be bailed to the house where he was strangled
    f = "herefordshire_01.eml"
    s = when("2094-11-18 20:40")
    m = new_mail(f, "Priya Santhanam <p.santhanam@wyevalleydefence.example.co.uk>", MAILBOX[A]["early_help_duty"],
                 "My client (15) - Hereford police station - to be bailed home tonight", s)
    m.set_content(T("""
Dear Sir or Madam,

I am a solicitor with Wye Valley Criminal Defence and I am the duty solicitor at Hereford police station this
evening. Your address is on a letter my client had with him; the number on your website rings out.

My client is Lewis Pritchard-Hale, DOB 09/09/2079, aged 15. With his express instructions I am passing on the
following. The police intend to release him on bail at about 9pm tonight to his mother's address. In our
consultation he told me that on Tuesday night his mother's partner put his hands round his neck and said that next
time he would "finish it". I could see marks on both sides of his neck. He says he would rather stay in the cell
than go back there. The custody sergeant tells me that is not a ground to keep him and that he will be taken home
by officers at 9.

I have asked the custody sergeant to contact children's services, but I do not know whether that has been done.
I will stay at the station until 9.

Yours faithfully
Priya Santhanam
Solicitor, Wye Valley Criminal Defence
This email is confidential and may be legally privileged. If you are not the intended recipient please notify
the sender and delete it.
"""))
    add(f, A, "early_help_duty", s, 3, "urgent", finish(f, m),
        E("other", True, None, [], [("Lewis Pritchard-Hale", "2079-09-09")], ["physical_harm"], None, None, [], None,
          "alert_duty"),
        "A DUTY SOLICITOR AT 20:40 (out of hours): a 15-year-old client is to be bailed at 9pm to the home where his "
        "mother's partner put his hands round his neck on Tuesday and said next time he would 'finish it'; marks seen; "
        "the boy would rather stay in the cell. No alarm words (the disclaimer says 'confidential'/'privileged'). "
        "DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). Not a step request -> other. physical_harm.",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s has no urgent wording of its own; seeds README "
        "'Safeguarding always overrides the protocols'" % SEED[A])

    # 02 - a parent at 00:41 on a Saturday (deliberately out of hours): BTP found her 12-year-old at New Street
    f = "herefordshire_02.eml"
    s = when("2094-11-06 00:41")
    m = new_mail(f, "Kerry Bevan <kerrybevan86@example-mail.co.uk>", MAILBOX[A]["early_help_duty"], "kyle", s)
    m.set_content(T("""
hi its kyle bevans mum kerry i got this email off the step down letter dont know who else to send to

kyle is 12 he didnt come home after school, the transport police just rang me they found him at birmingham new
street on his own on a train at 11 oclock tonight. they said a man bought his ticket on his phone and kyle wont say
who. they want me to come and get him NOW but i got no car and 3 little ones asleep and no one to have them. the
police lady said if no one comes he might have to stay at the station or in a cell or they take him somewhere. i
dont want him in a cell hes 12. and that man knows where he is

please someone ring me 07700 900613
"""))
    add(f, A, "early_help_duty", s, 4, "urgent", finish(f, m),
        E("other", True, None, [], [("Kyle Bevan", None)], ["exploitation", "missing"], None, None, [], None,
          "alert_duty"),
        "A PARENT AT 00:41 ON A SATURDAY (deliberately out of hours: weekend): British Transport Police found her "
        "12-year-old alone on a train at Birmingham New Street at 11pm, a man bought his ticket, she cannot collect "
        "him and he may be kept in a cell; 'that man knows where he is'. Lower case, no punctuation; 'NOW' in capitals "
        "is the only emphasis; no alarm words. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). Not a step "
        "request -> other. exploitation + missing. Kyle's age only -> dob null; the three younger children are unnamed.",
        "DESIGN safety rule 1; DESIGN 'kind': other; seed %s; seeds README 'Safeguarding always overrides the "
        "protocols'" % SEED[A])

    # 03 - NEAR MISS: complete step-down; the exploiting adult has been remanded, child safe at home
    f = "herefordshire_03.eml"
    s = when("2094-09-20 11:00")
    m = new_mail(f, "Owain Jenkins <owain.jenkins@herefordshire.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down plan - Ethan Price (Mosaic 690112) - level 3", s)
    m.set_content(T("""
Hello co-ordinators,

Following my discussion with Bethan at the Tuesday drop-in, please find attached the Early Help Assessment step
down plan and the signed consent form for Ethan Price (DOB 14/01/2080, Mosaic 690112), stepping down to level 3
(Intensive).

Key person: Sian Prosser, Youth Justice Officer, Herefordshire Youth Justice Service - agreed with Ethan and mum.

You will see a lot on Mosaic about Ethan being used to carry drugs over the summer. The adult involved, Dean
Morris (27), was charged and remanded in custody on 10 September and will be in prison until trial. Ethan is at home
with mum, he has stuck to his curfew, and he has been in school every day since. There are no current exploitation
concerns. What we are still worried about is mum's depression and Ethan catching up at school (attendance 86% over
the year).

Owain Jenkins
Social Worker, Hereford Children's Safeguarding Team
"""))
    attach(m, make_docx(["Early Help Assessment Step Down - Ethan Price (Mosaic 690112)",
                         "What are we worried about? Mum's low mood; school catch-up.",
                         "What's working well? Ethan at home, keeping curfew, in school daily.",
                         "Wellbeing plan - What needs to happen: mentoring; GP review for mum; tutoring.",
                         "Key person: Sian Prosser, Herefordshire Youth Justice Service."]),
           "EHA Step Down Plan - Ethan Price.docx")
    attach(m, make_pdf(["Consent to Early Help - signed", "Child: Ethan Price", "Signed: L. Price (mother) 17/09/2094"]),
           "Signed consent - Price.pdf")
    add(f, A, "early_help_duty", s, 5, "near_miss", finish(f, m),
        E("step_down", False, 3, ["690112"], [("Ethan Price", "2080-01-14")],
          ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting"),
        "NEAR MISS - THE EXPLOITING ADULT REMANDED, CHILD SAFE: 'charged and remanded in custody ... will be in prison "
        "until trial', Ethan at home keeping his curfew, 'There are no current exploitation concerns' -> not urgent, "
        "no exploitation. Complete Herefordshire step-down: EHA step-down plan .docx, signed consent form .pdf, key "
        "person with agency; level 3 stated; discussed at the drop-in. Mum's depression -> parental_mental_health; "
        "86% -> school_attendance. book_meeting.",
        "seed %s ('the social worker will obtain written consent, identify a key person ..., complete an Early Help "
        "Assessment step-down plan'); REQUIREMENTS.md herefordshire step_down; DESIGN safety rule 1" % SEED[A])

    # 04 - NEAR MISS: solicitor's letter about a historic arrest (client now an adult)
    f = "herefordshire_04.eml"
    s = when("2094-12-01 14:15")
    m = new_mail(f, "Records Team <records@morganvaughan.example.co.uk>", MAILBOX[A]["early_help_duty"],
                 "Our client Rhys Tudor-Bennett DOB 03/04/2075 - request for records - our ref MV/RTB/2291", s)
    m.set_content(T("""
Dear Sirs,

Please see the attached letter about our client, Rhys Tudor-Bennett (DOB 03/04/2075), concerning his arrest in
2089, when he was 14, and his release from Leominster police station at around 3am without an appropriate adult or
any family member. Our client is now an adult and is bringing a civil claim. We would be grateful if you would pass
the letter to the correct team for a response under the Data Protection Act 2018.

Yours faithfully
Records Team, Morgan & Vaughan LLP
"""))
    attach(m, make_pdf(["Morgan & Vaughan LLP - Our ref MV/RTB/2291",
                        "Re: Rhys Tudor-Bennett, DOB 03/04/2075",
                        "Request for all social care records relating to our client's arrest and release",
                        "in March 2089. Signed authority of our client enclosed."]), "Letter - MV-RTB-2291.pdf")
    add(f, A, "early_help_duty", s, 6, "near_miss", finish(f, m),
        E("other", False, None, [], [], [], None, None, [], None, "human_review"),
        "NEAR MISS - A HISTORIC ARREST: a solicitors' records request about a 3am release in 2089; the client was 14 "
        "then and is now an adult (born 2075, 19 at `now`) -> not a labelled child; nothing current. Not urgent. "
        "Misdirected records request -> other -> human_review. The firm's reference MV/RTB/2291 is not a case id.",
        "DESIGN safety rule 1 (historic); DESIGN 'kind': other (misdirected) -> human_review; seed %s" % SEED[A])

    # 05 - NEAR MISS: EDT entry forwarded for information, child already home safe
    f = "herefordshire_05.eml"
    s = when("2094-09-07 08:35")
    m = new_mail(f, "Harriet Bulmer (EDT) <harriet.bulmer@herefordshire.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "For info - overnight EDT entry - Mollie Jenkins", s)
    m.set_content(T("""
Morning co-ordinators - passing this on as Mollie is open to you (step down in progress). No action needed from EDT.

01:20  Leominster police station rang: Mollie Jenkins (13) arrested with two friends for criminal damage at the
       skate park, interviewed with an AA. Released NFA at 01:50.
02:05  Dad collected her from the station. PC rang back 02:40 to confirm she is home, dad calm, Mollie in bed.
       CLOSED.

Harriet Bulmer, EDT
"""))
    add(f, A, "early_help_duty", s, 2, "near_miss", finish(f, m),
        E("other", False, None, [], [("Mollie Jenkins", None)], [], None, None, [], None, "human_review"),
        "NEAR MISS - AN EDT ENTRY ALREADY HANDLED: a 13-year-old arrested at night, released NFA, collected by her "
        "father, police confirmed her home and in bed; CLOSED. Not urgent. No [SB-...] reference -> other (for "
        "information) -> human_review. Mollie named, age only -> dob null.",
        "DESIGN safety rule 1 (resolved); DESIGN 'kind': other -> human_review; seed %s" % SEED[A])

    # 06 - ordinary complete sibling-group step-down (no level stated)
    f = "herefordshire_06.eml"
    s = when("2094-09-10 12:20")
    m = new_mail(f, "Nerys Pugh <nerys.pugh@herefordshire.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Step down - Bowen-Rees siblings", s)
    m.set_content(T("""
Hi,

After talking it through with Bethan on Tuesday, attached are the Early Help Assessment step-down plan (sibling
group) and mum's signed consent form for:

Scarlett Bowen-Rees  02/04/2083  Mosaic 688201
Harvey Bowen-Rees    18/11/2086  Mosaic 688202

Key person: Gemma Watkins, Family Support Worker, Ross-on-Wye Children's Centre.

Mum's MS has got worse this year and Scarlett does a lot of caring for her and for Harvey; she has been referred to
the young carers' service.

Thanks
Nerys Pugh
Social Worker
"""))
    attach(m, make_docx(["Early Help Assessment Step Down - Bowen-Rees sibling group",
                         "Wellbeing plan: young carers service for Scarlett; after-school club for Harvey;",
                         "Key person: Gemma Watkins (Ross-on-Wye Children's Centre)."]),
           "EHA step down plan - Bowen-Rees.docx")
    attach(m, make_pdf(["Consent form - Early Help", "Children: Scarlett and Harvey Bowen-Rees",
                        "Signed by mother 08/09/2094"]), "Consent form signed - Bowen-Rees.pdf")
    add(f, A, "early_help_duty", s, 5, "ordinary", finish(f, m),
        E("step_down", False, None, ["688201", "688202"], [("Scarlett Bowen-Rees", "2083-04-02"),
                                                           ("Harvey Bowen-Rees", "2086-11-18")],
          ["young_carer"], True, None, [], None, "book_meeting"),
        "Complete Herefordshire sibling-group step-down: step-down plan .docx, signed consent form .pdf, key person "
        "with agency -> nothing missing; no level stated -> level null. Scarlett caring for mum -> young_carer. "
        "book_meeting.",
        "seed %s (written consent, key person, step-down plan; 'The step can now be started via a sibling group'); "
        "REQUIREMENTS.md herefordshire step_down" % SEED[A])

    # 07 - ordinary step-up to Herefordshire (not defined by the seed) -> human_review
    f = "herefordshire_07.eml"
    s = when("2094-10-27 10:50")
    m = new_mail(f, "Lowri Davies <lowri.davies@herefordshire.gov.uk>", MAILBOX[A]["mash_step_up"],
                 "Step up request - Noah Whitlow - Mosaic 694410", s)
    m.set_content(T("""
Dear MASH,

I would like to step Noah Whitlow (DOB 06/06/2082, Mosaic 694410) up from Early Help to social care. My manager has
agreed the step up and mum has agreed to the referral.

Noah has had four fixed-term exclusions since September and now attends about 60% of the time. Mum's drinking has
got worse again since the summer, and Noah has twice been picked up by police late at night in town (both times
taken home to mum); the YJS have offered a Turnaround place.

Lowri Davies
Early Help Practitioner
"""))
    add(f, A, "mash_step_up", s, 4, "ordinary", finish(f, m),
        E("step_up", False, None, ["694410"], [("Noah Whitlow", "2082-06-06")],
          ["school_attendance", "substance_misuse"], True, True, [], None, "human_review"),
        "A step-up sent to Herefordshire, whose seed defines no step_up -> human_review; no requirements for an "
        "undefined kind -> missing [], notice null. Manager and mum agreed -> true/true. 60% and exclusions -> "
        "school_attendance; mum's drinking -> substance_misuse. Late-night police pick-ups, each time taken home -> "
        "not immediate.",
        "REQUIREMENTS.md herefordshire ('step_up is not defined by this seed'); DESIGN next_action 'human_review "
        "(... a kind the authority's protocol does not cover)'; seed %s" % SEED[A])

    # 08 - ordinary step-down: verbal consent only, key person not yet agreed
    f = "herefordshire_08.eml"
    s = when("2094-11-30 15:50")
    m = new_mail(f, "Tom Pritchard <tom.pritchard@herefordshire.gov.uk>", MAILBOX[A]["early_help_duty"],
                 "Tegan Lloyd - step down plan (level 3)", s)
    m.set_content(T("""
Hello,

Step-down plan attached for Tegan Lloyd (DOB 12/12/2085, Mosaic 697733), level 3.

Mum agreed to Early Help on the phone this morning; I'll get the consent form signed at Thursday's visit and send
it over. We haven't agreed a key person yet - I'm hoping the school's family support worker will take it on.

The main worry is home conditions: the house had slipped badly again in the summer, though it is better now.

Tom Pritchard
Social Worker, Leominster
"""))
    attach(m, make_docx(["Early Help Assessment Step Down - Tegan Lloyd (Mosaic 697733)",
                         "What needs to happen: home conditions support; school attendance check-ins."]),
           "Step down plan - Tegan Lloyd.docx")
    add(f, A, "early_help_duty", s, 3, "ordinary", finish(f, m),
        E("step_down", False, 3, ["697733"], [("Tegan Lloyd", "2085-12-12")], ["neglect"], True, None,
          ["consent_form", "lead_practitioner"], None, "request_info"),
        "Herefordshire step-down, level 3 stated: plan .docx attached; mum agreed by phone -> consent true, but the "
        "signed form is to follow -> consent_form missing; no key person yet -> lead_practitioner missing -> "
        "request_info. Home conditions -> neglect.",
        "seed %s ('obtain written consent, identify a key person'); REQUIREMENTS.md herefordshire step_down" % SEED[A])


knowsley(); richmond(); tower_hamlets(); torbay(); herefordshire()


# ============================================================== self-checks
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ALARM = re.compile(r"urgent|immediate|emergenc", re.I)
ERRORS = []


def err(f, msg):
    ERRORS.append("%s: %s" % (f, msg))


def working_days(today, meeting_day):
    n, d = 0, today
    while d < meeting_day:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def readable(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        if fn:
            out.append(fn)
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif fn.endswith(".docx"):
            out.append(docx_text(data))
        elif fn.endswith(".pdf"):
            out.append(pdf_text(data))
    for k in ("Subject", "From", "To", "Cc"):
        if msg[k]:
            out.append(str(msg[k]))
    return "\n".join(out)


def allowed_missing(a, kind, level):
    if kind == "step_up":
        return {"knowsley": {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                             "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
                "richmond_wandsworth": {"children", "case_summary", "rationale"},
                "tower_hamlets": {"children", "request_for_support", "manager_agreed"},
                "torbay": {"children", "consent", "manager_agreed"},
                "herefordshire": set()}[a]
    if kind == "step_down":
        if a == "knowsley":
            base = {"children", "meeting_details", "worries_strengths_next"}
            return base | ({"lead_practitioner"} if level == 2 else {"consent"})
        return {"richmond_wandsworth": {"children", "case_summary", "draft_plan", "consent"},
                "tower_hamlets": {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
                "torbay": {"children", "assessment", "manager_agreed", "consent"},
                "herefordshire": {"children", "consent_form", "draft_plan", "lead_practitioner"}}[a]
    return set()


def expected_action(e, a):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (a == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def check():
    try:
        import holidays
        h = holidays.country_holidays("GB", subdiv="ENG", years=[2094])
        pkg = {d for d in h if d.weekday() < 5}
        if pkg != BANK_HOLIDAYS:
            err("set", "bank holidays differ from the holidays package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
    except ImportError:
        print("note: holidays package not importable; using the built-in 2094 list", file=sys.stderr)
    if [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]:
        err("set", "a bank holiday falls inside the window")
    if WINDOW[0].weekday() != 2 or WINDOW[1].weekday() != 4:
        err("set", "window should run Wednesday 1 September - Friday 17 December 2094")
    names = [m["file"] for m in MAILS]
    if len(set(names)) != 40:
        err("set", "expected 40 distinct files, got %d" % len(set(names)))
    for a in MAILBOX:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(n for n in names if n.startswith(a)) != want:
            err("set", "%s files wrong" % a)
    cats = [m["category"] for m in MAILS]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        err("set", "need at least 11 urgent and 11 near_miss")
    kinds = {m["expect"]["kind"] for m in MAILS}
    for k in ("step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"):
        if k not in kinds:
            err("set", "kind %s absent" % k)

    for m in MAILS:
        f, e, a = m["file"], m["expect"], m["authority"]
        msg = BytesParser(policy=policy.default).parsebytes(m["data"])
        if msg.defects:
            err(f, "top-level defects %s" % msg.defects)
        for part in msg.walk():
            if part.defects:
                err(f, "part defects %s" % part.defects)
        for h_ in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h_]:
                err(f, "no " + h_)
        addrs = " ".join(str(msg[h_] or "") for h_ in ("To", "Cc")).lower()
        if MAILBOX[a][m["mailbox"]].lower() not in addrs:
            err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d != m["sent"] or d.utcoffset() != m["sent"].astimezone(LON).utcoffset():
            err(f, "Date header mismatch")
        day = d.date()
        if not (WINDOW[0] <= day <= WINDOW[1]):
            err(f, "date outside window")
        if (day.weekday() >= 5 or day in BANK_HOLIDAYS) and f not in WEEKEND_OK:
            err(f, "weekend/bank holiday date not declared out of hours")
        if f in WEEKEND_OK and day.weekday() < 5:
            err(f, "declared weekend mail is on a weekday")
        now = m["now"]
        delta = (now - d).total_seconds() / 60
        if not (1 <= delta <= 10) or now.utcoffset() != d.utcoffset():
            err(f, "now not 1-10 minutes after Date with the same offset")
        if list(e.keys()) != KEYS:
            err(f, "expect keys differ")
        if e["next_action"] != expected_action(e, a):
            err(f, "next_action %s but rules give %s" % (e["next_action"], expected_action(e, a)))
        if e["urgent"] != (m["category"] == "urgent"):
            err(f, "urgent disagrees with category")
        if set(e["concerns"]) - CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "bad concerns")
        if e["missing"] != sorted(set(e["missing"])):
            err(f, "missing not sorted/unique")
        if set(e["missing"]) - allowed_missing(a, e["kind"], e["level"]):
            err(f, "missing ids not allowed for this kind: %s" % e["missing"])
        if e["kind"] not in ("step_up", "step_down") and e["missing"]:
            err(f, "missing must be [] for this kind")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err(f, "level only on step_down, 2 or 3")
        req = allowed_missing(a, e["kind"], e["level"])
        for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
            if fact in req and (val is not True) != (fact in e["missing"]):
                err(f, "%s label and missing disagree" % fact)
        if "children" in req and (not e["children"]) != ("children" in e["missing"]):
            err(f, "children and missing disagree")
        if "case_id" in req and (not e["case_ids"]) != ("case_id" in e["missing"]):
            err(f, "case_id and missing disagree")
        for c, doc in (("neglect", "gcp2"), ("non_engagement", "engaging_families"),
                       ("exploitation", "exploitation_assessment")):
            if doc in e["missing"] and c not in e["concerns"]:
                err(f, "%s missing without %s" % (doc, c))
        # notice: only Knowsley step requests
        knotice = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        if knotice:
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    err(f, "no meeting: notice null and meeting_details missing expected")
            else:
                wd = working_days(now.astimezone(LON).date(), m["meeting"].date())
                m["wd"] = wd
                if (wd >= 5) != e["notice_ok"]:
                    err(f, "notice_ok %s but %d WD" % (e["notice_ok"], wd))
                md = m["meeting"].date()
                if md.weekday() >= 5 or md in BANK_HOLIDAYS or md > WINDOW[1] or m["meeting"] <= now:
                    err(f, "meeting date not a future working day in the window")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        text = readable(msg)
        low = text.lower()
        for c in e["children"]:
            if c["name"].lower() not in low:
                err(f, "child %s not in text" % c["name"])
            if c["dob"]:
                dob = date.fromisoformat(c["dob"])
                dd = dob.strftime("%d/%m/%Y")
                if dd not in text and dob.strftime("%d.%m.%Y") not in text and c["dob"] not in text:
                    err(f, "DOB %s not in text as written" % c["dob"])
                age = (now.date() - dob).days / 365.25
                if not (0 <= age < 18):
                    err(f, "child %s not under 18" % c["name"])
        for cid in e["case_ids"]:
            if cid not in text:
                err(f, "case id %s not in text" % cid)
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d+|\d{6,7}", cid):
                err(f, "odd case id %s" % cid)
        if m["category"] == "urgent" and ALARM.search(text):
            err(f, "urgent mail uses an alarm word: %r" % ALARM.search(text).group(0))
        ref = re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"]))
        if e["kind"] in ("follow_up",) and not ref:
            err(f, "follow_up without reference")
        if e["kind"] in ("step_up", "step_down", "other") and ref:
            err(f, "request/other carries an [SB-] reference")
        itip = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                and "METHOD:REPLY" in p.get_content()]
        if (e["kind"] == "meeting_reply") != bool(itip):
            err(f, "meeting_reply <-> iTIP REPLY mismatch")
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            err(f, "auto_reply <-> Auto-Submitted mismatch")
        for y in re.findall(r"\b(2[01]\d\d)\b", text):
            if int(y) > 2094:
                err(f, "year after 2094 in text: %s" % y)
        for c in e["children"]:
            if c["name"] != c["name"].title() and "-" not in c["name"]:
                err(f, "child name not normalised")
    # herefordshire_04: the adult must not be labelled and must be 18+
    m = [x for x in MAILS if x["file"] == "herefordshire_04.eml"][0]
    if (m["now"].date() - date(2075, 4, 3)).days / 365.25 < 18:
        err("herefordshire_04.eml", "the former child should be an adult now")


def main():
    check()
    if ERRORS:
        print("\n".join(ERRORS))
        print("%d errors - nothing written" % len(ERRORS))
        sys.exit(1)
    labels, cats = [], {}
    for m in sorted(MAILS, key=lambda x: x["file"]):
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(m["data"])
        labels.append({"file": m["file"], "authority": m["authority"], "mailbox": m["mailbox"],
                       "now": m["now"].isoformat(), "expect": m["expect"], "why": m["why"]})
        cats[m["file"]] = m["category"]
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(cats, fh, indent=1)
        fh.write("\n")
    # re-read what was written
    for m in MAILS:
        with open(os.path.join(HERE, m["file"]), "rb") as fh:
            BytesParser(policy=policy.default).parse(fh)
    if "--stats" in sys.argv:
        from collections import Counter
        print("categories", Counter(cats.values()))
        for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
            print(k, Counter(str(m["expect"][k]) for m in MAILS))
        print("mailbox", Counter(m["mailbox"] for m in MAILS))
        for m in sorted(MAILS, key=lambda x: x["file"]):
            if "wd" in m:
                print("| %s | %s | %s | %d | %s |" % (m["file"][:-4], m["now"].strftime("%a %d %b %H:%M"),
                      m["meeting"].strftime("%a %d %b %H:%M"), m["wd"], m["expect"]["notice_ok"]))
        for m in sorted(MAILS, key=lambda x: x["file"]):
            t = m["sent"]
            ooh = t.weekday() >= 5 or t.hour < 9 or t.hour >= 17
            if ooh:
                print("out of hours:", m["file"], t.strftime("%a %d %b %H:%M %z"), m["category"])
    print("wrote %d mails, labels.json, categories.json" % len(MAILS))


if __name__ == "__main__":
    main()
