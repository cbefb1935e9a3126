#!/usr/bin/env python3
"""mixed70: builds the blind held-out set (trafficking and modern slavery of children, autumn term 2089).

Deterministic: no clock, no randomness; ids come from sha1 of the file name. Run with
/work/main/.venv/bin/python make_set.py  (needs `holidays`). Stops before writing if any self-check fails.
"""
import hashlib, io, json, os, re, sys, zipfile
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
BRIEF_START, BRIEF_END = date(2089, 9, 3), date(2089, 12, 16)   # "early September to mid December"
WINDOW = (date(2089, 9, 5), date(2089, 12, 16))                  # Mon 5 Sep (3 Sep is a Saturday) - Fri 16 Dec
try:
    import holidays
except ImportError:
    sys.exit("make_set.py needs the holidays package (/work/main/.venv/bin/python)")
BH = {d for d, n in holidays.country_holidays("GB", subdiv="ENG", years=[2089, 2090]).items()}
HAND_BH = {date(2089, 1, 3), date(2089, 1, 1), date(2089, 4, 1), date(2089, 4, 4), date(2089, 5, 2),
           date(2089, 5, 30), date(2089, 8, 29), date(2089, 12, 25), date(2089, 12, 26), date(2089, 12, 27)}

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
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
           "book_meeting"}
# REQUIREMENTS.md matrix (ids that may ever be missing), per authority and kind
REQ = {
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
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]
ALARM = re.compile(r"urgent|immediate|risk|safeguard|danger|child protection", re.I)

FILES, LABELS, CATS, META = {}, [], {}, {}

def h(f, n=12):
    return hashlib.sha1(f.encode()).hexdigest()[:n]

# ------------------------------------------------------------------ attachments
def docx(paragraphs):
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (
        p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
          '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()

def pdf(lines):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out

def ics_reply(f, summary, start, end, attendee, partstat, comment=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REPLY", "BEGIN:VEVENT", "UID:%s@stepbot" % h(f, 24),
             "DTSTART;TZID=Europe/London:%s" % start, "DTEND;TZID=Europe/London:%s" % end,
             "SUMMARY:%s" % summary, "ATTENDEE;PARTSTAT=%s:mailto:%s" % (partstat, attendee),
             "SEQUENCE:0", "DTSTAMP:%s" % start.replace("T", "T") + "Z"]
    if comment:
        lines.append("COMMENT:%s" % comment)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ------------------------------------------------------------------ message builder
def M(f, auth, box, when, frm, subject, body, exp, cat, why, atts=(), cc=None, headers=None, ics=None,
      meeting=None, dobs=None, not_children=(), html=None):
    """when: 'YYYY-MM-DD HH:MM' Europe/London; exp: dict of the expect fields."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=LON)
    dt = dt.replace(second=int(h(f, 2), 16) % 60)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = MAILBOX[auth][box]
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%s@mail.example.org.uk>" % (h(f), f.split(".")[0].replace("_", ""))
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    if ics:
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                           params={"method": "REPLY"})
        for part in msg.iter_attachments():
            part.replace_header("Content-Type", 'text/calendar; method=REPLY; charset="utf-8"; name="invite.ics"')
    for name, data in atts:
        if name.endswith(".docx"):
            msg.add_attachment(data, maintype="application", subtype=DOCX.split("/")[1], filename=name)
        elif name.endswith(".pdf"):
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
        else:
            msg.add_attachment(data, maintype="text", subtype="plain", filename=name)
    if msg.is_multipart():
        msg.set_boundary("==mixed70_%s==" % h(f, 16))
    FILES[f] = msg.as_bytes()
    now = dt + timedelta(minutes=3 + int(h(f, 1), 16) % 6, seconds=int(h(f[::-1], 2), 16) % 50)
    e = {k: exp[k] for k in KEYS}
    LABELS.append({"file": f, "authority": auth, "mailbox": box, "now": now.isoformat(), "expect": e, "why": why})
    CATS[f] = cat
    META[f] = {"meeting": meeting, "dobs": dobs or {}, "not_children": list(not_children)}

def E(kind, urgent, level, case_ids, children, concerns, consent, mgr, missing, notice_ok, action):
    return dict(kind=kind, urgent=urgent, level=level, case_ids=case_ids,
                children=[{"name": n, "dob": d} for n, d in children], concerns=sorted(concerns),
                consent=consent, manager_agreed=mgr, missing=sorted(missing), notice_ok=notice_ok,
                next_action=action)

# ================================================================== KNOWSLEY
def knowsley():
    A = "knowsley"
    # K01 ordinary: complete exploitation step-up, exactly 5 WD
    M("knowsley_01.eml", A, "mash_step_up", "2089-09-14 09:41",
      "Gemma Kershaw <gemma.kershaw@familyfirst.example.org.uk>",
      "Step up request - EHM-90412 - Tyler Quayle - TAF Wed 21st Sept",
      """Hi MASH team,

Please find attached a step up request for Tyler Quayle (DOB 02/03/2074), EHM-90412.

Tyler has been working weekends at a hand car wash in Prescot for cash since the summer. Police closed the car
wash on Friday and made a National Referral Mechanism referral for Tyler as a potential victim of child criminal
exploitation; I'm told the reasonable grounds decision is awaited. Tyler is at home with mum, who has been
protective throughout and has changed his phone. There has been no contact from the adults since Friday and he is
in school every day this week - this is a planned step up, nothing has happened overnight.

Mum consents to the step up and has signed the form.

My team manager, Andy Rainford, has discussed the step up with me and agreed it.

Step up TAF meeting: Wednesday 21st September at 10:00, Teams (invite sent to MASH and MASH business support).

Attached: FF Step Up form, the Merseyside Exploitation Assessment and the minutes of the TAF on 31/08.

Thanks
Gemma Kershaw
Family First Case Manager (Level 3), Knowsley
""",
      E("step_up", False, None, ["EHM-90412"], [("Tyler Quayle", "2074-03-02")], ["exploitation"], True, True,
        [], True, "book_meeting"), "ordinary",
      "Complete Knowsley exploitation step-up (REQUIREMENTS knowsley step_up; seed 004 section 4 and Appendix 1): "
      "step-up form, Merseyside Exploitation Assessment (exploitation -> exploitation_assessment met), TAF minutes, "
      "EHM id, TM agreed; NRM referral made, boy at home with a protective mum, 'nothing has happened overnight' -> "
      "not urgent. Wed 14 Sep -> Wed 21 Sep = exactly 5 WD -> ok.",
      atts=[("FF Step Up Request - Tyler Quayle.docx", docx(["Family First Step Up Request to CSC (Appendix 1)",
             "Child: Tyler Quayle  DOB 02/03/2074  Case ID on EHM: EHM-90412",
             "What are we worried about: child criminal exploitation at a car wash; NRM referral made by police.",
             "What is working well: mum protective; school attendance full.", "What needs to happen: CSC assessment.",
             "Team Manager agreement: Andy Rainford, agreed."])),
            ("Merseyside Exploitation Assessment - TQ.pdf", pdf(["Merseyside Exploitation Assessment",
             "Young person: Tyler Quayle EHM-90412", "Indicators: cash payments, older adults, car wash work."])),
            ("TAF minutes 31-08 Quayle.pdf", pdf(["TAF meeting minutes", "Tyler Quayle EHM-90412",
             "Present: mum, school, Family First."]))],
      meeting=date(2089, 9, 21), dobs={"Tyler Quayle": "02/03/2074"})

    # K02 ordinary: neglect step-up, GCP2 missing, 4 WD
    M("knowsley_02.eml", A, "mash_step_up", "2089-10-06 14:22",
      "Lisa Mahon <l.mahon@familyfirst.example.org.uk>",
      "step up - Tomlinson EHM-90877",
      """Afternoon,

Step up for Kacey Tomlinson (19.05.2080) and Brody Tomlinson (02.11.2083), EHM-90877.

Home conditions have gone backwards again since the summer: no food in at three of the last four visits, Brody
sent into school in the same clothes all week, Kacey's attendance is 71%. Mum says she is "just tired".

TM Jo Prescott agreed the step up in supervision today.

TAF minutes and the step up form attached. I haven't done the GCP2 yet, I will try and get it done with mum next week.

Step up TAF is booked for Wed 12/10 at 1.30pm at Kirkby Family Hub, Cherryfield Drive.

Lisa
""",
      E("step_up", False, None, ["EHM-90877"], [("Kacey Tomlinson", "2080-05-19"), ("Brody Tomlinson", "2083-11-02")],
        ["neglect", "school_attendance"], None, True, ["gcp2"], False, "request_info"), "ordinary",
      "Knowsley neglect step-up without the GCP2 (seed 004: 'If your concerns are relating to Neglect then the Graded "
      "Care profile must be reflected') -> gcp2 missing; Thu 6 Oct -> Wed 12 Oct = 4 WD (7, 10, 11, 12) < 5 -> "
      "notice not ok -> request_info. No consent stated -> null.",
      atts=[("Step Up Form Tomlinson.docx", docx(["FF Step Up Request to CSC", "Kacey Tomlinson, Brody Tomlinson",
             "EHM-90877", "Team Manager: Jo Prescott - agreed"])),
            ("TAF minutes Sept Tomlinson.docx", docx(["TAF minutes", "Tomlinson family EHM-90877"]))],
      meeting=date(2089, 10, 12), dobs={"Kacey Tomlinson": "19.05.2080", "Brody Tomlinson": "02.11.2083"})

    # K03 urgent: step-up with a P.S. (passport kept, being taken tonight)
    M("knowsley_03.eml", A, "mash_step_up", "2089-11-01 10:05",
      "Paul Lacey <paul.lacey@familyfirst.example.org.uk>",
      "Step up - Sofiya Marchuk EHM-91530 - TAF 9th Nov",
      """Good morning,

Step up request for Sofiya Marchuk, DOB 14/06/2073, EHM-91530.

Sofiya (16) came to Knowsley in 2087 with her mum. Since the spring she has been spending nights at the flat of an
older man, Ruslan, who "sorted out" her college place and her phone contract, and she says she owes him for it.
She has missed 40% of college this term. We think this is exploitation and the step up is to get a social work
assessment going.

Manager agreement: my TM, Sharon Boyle, agreed this on Friday.
Attached: the step up form and the last TAF minutes. The Merseyside Exploitation Assessment is half done and I'll
send it Monday.
Step up TAF: Wednesday 9th November 2pm, Huyton Family Hub (invite to follow from Outlook).

Thanks,
Paul Lacey
Family First Case Manager

P.S. Just as I was sending this Sofiya texted me: "he still has my passport, he says today I go with him to Leeds
to work and pay back what I owe. he is waiting outside college in his car now. I dont want to go". I've rung her
and it goes to voicemail. Can someone please ring me straight back on 0151 496 0733.
""",
      E("step_up", True, None, ["EHM-91530"], [("Sofiya Marchuk", "2073-06-14")], ["exploitation"], None, True,
        ["exploitation_assessment"], True, "alert_duty"), "urgent",
      "URGENT IN A P.S.: a 16-year-old whose passport an adult keeps texts that he is outside college now to take her "
      "to Leeds 'to work and pay back what I owe'; phone to voicemail. DESIGN safety rule 1 (every part read) -> "
      "alert_duty. Request fields still labelled (seed 004): Exploitation Assessment not attached -> missing; "
      "Tue 1 Nov -> Wed 9 Nov = 6 WD -> ok. No alarm words.",
      atts=[("Step Up Request Form - S Marchuk.docx", docx(["FF Step Up Request to CSC", "Sofiya Marchuk EHM-91530",
             "TM: Sharon Boyle - agreed"])),
            ("TAF minutes 12-10 Marchuk.pdf", pdf(["TAF minutes", "Sofiya Marchuk", "EHM-91530"]))],
      meeting=date(2089, 11, 9), dobs={"Sofiya Marchuk": "14/06/2073"})

    # K04 urgent: trading standards, nail bar
    M("knowsley_04.eml", A, "mash_step_up", "2089-09-21 11:48",
      "Dave Ormesher <dave.ormesher@knowsley-tradingstandards.example.gov.uk>",
      "Girl working in nail bar, Huyton Village - need a social worker today",
      """To the MASH,

I'm a Trading Standards officer. This morning at 10.50 I did a routine product-safety visit (acrylic liquids) at
Glam Nails, Derby Road, Huyton, with PC Hannah Joyce.

Working at the back station, doing a customer's nails, was a girl who looked about 14. The manager said she was
"a relative helping out" and had no paperwork for her. While the manager was on the phone the girl wrote her name
on a price list for PC Joyce: Tran Thi Linh. She has very little English. There is a mattress and a bag of
clothes in the stock room and she indicated that is where she sleeps. Through a phone translation app she said a
man keeps her papers, that she owes "big money" for the journey, and that he is coming for her at 6pm to take
her to "another shop".

It is a school day and she is not at school. PC Joyce has stayed nearby and has called it in, but we were told to
contact you as well. I'm back at the office on 0151 496 0251 until 5.

Dave Ormesher
Trading Standards Officer, Knowsley Council
""",
      E("other", True, None, [], [("Tran Thi Linh", None)], ["exploitation"], None, None, [], None, "alert_duty"),
      "urgent",
      "A TRADING STANDARDS OFFICER'S ACCOUNT: a girl of about 14 working in a nail bar on a school day, sleeping in "
      "the stock room, papers kept by a man, 'owes big money', to be taken to 'another shop' at 6pm today. Not a "
      "step request -> other; DESIGN safety rule 1 -> urgent -> alert_duty. No alarm words.",
      not_children=["Hannah Joyce", "Dave Ormesher"])

    # K05 near miss: private fostering notified properly
    M("knowsley_05.eml", A, "early_help_duty", "2089-09-05 12:10",
      "Office - Halewood Academy <office@halewood-academy.example.sch.uk>",
      "New Y8 pupil - private fostering already notified - anything else needed?",
      """Dear Family First,

A quick check at the start of term. Adaeze Okafor (born 09/04/2077) joined us in Year 8 today. Her parents are
working in Lagos for a year and she is living with a family friend, Mrs Chioma Eze, in Halewood.

Mrs Eze notified the council's private fostering team in July, before Adaeze arrived, as the rules require. The
private fostering social worker has visited twice, the checks are done and the arrangement has been assessed as
suitable; Adaeze has her own passport (Mrs Eze showed us the letter from her parents and the school documents).
She has settled really well and there is nothing of concern.

We are not asking for any support - our admissions officer just wanted to know whether the school needs to tell
anyone else. If not, please ignore this.

Kind regards,
Pauline Mercer
Admissions and Attendance Officer
""",
      E("other", False, None, [], [("Adaeze Okafor", "2077-04-09")], [], None, None, [], None, "human_review"),
      "near_miss",
      "NEAR MISS - A LEGITIMATE PRIVATE FOSTERING ARRANGEMENT NOTIFIED PROPERLY: a child from abroad living with a "
      "family friend, notified in July, assessed as suitable, 'nothing of concern'. Not a step request, a school's "
      "question -> other -> human_review (DESIGN kinds); not urgent (safety rule 1).",
      dobs={"Adaeze Okafor": "09/04/2077"}, not_children=["Chioma Eze"])

    # K06 near miss: L2 step-down, NRM outcome letter for a long-closed case, crosses Christmas
    M("knowsley_06.eml", A, "early_help_duty", "2089-12-16 10:30",
      "Naomi Jarvis <naomi.jarvis@knowsley.example.gov.uk>",
      "Level 2 step down - Ellie Rimmer ICS-1755230 - final CIN 29/12",
      """Hi Family First duty,

Level 2 step down for Ellie Rimmer, DOB 11/02/2078, ICS-1755230.

Final CIN meeting: Thursday 29/12/2089 at 10:00, Westvale Primary School, Kirkby (meeting room 2).
Lead practitioner: Mrs Kath Dunne, Learning Mentor, Westvale Primary School.

What are we worried about: Ellie's attendance (88%) and late arrival on Mondays.
What is working well: mum has a morning routine in place and has engaged with every CIN visit; Ellie is happy at
school and her reading has come on.
What needs to happen: attendance plan through school, mum to use the breakfast club, review at TAF in six weeks.

Mum has consented to the step down.

For the file only: a Home Office letter arrived this week with the conclusive grounds decision on the NRM
referral made in 2086 for Ellie's older brother Kian, who is now 20 and lives in Wigan. That case closed in 2087;
it is not a current issue for Ellie or the family and needs no action.

Naomi Jarvis
Social Worker, Children in Need Team
""",
      E("step_down", False, 2, ["ICS-1755230"], [("Ellie Rimmer", "2078-02-11")], ["school_attendance"], True, None,
        [], True, "book_meeting"), "near_miss",
      "NEAR MISS - AN NRM OUTCOME LETTER FOR A CASE LONG CLOSED (an adult brother's 2086 referral, closed 2087, 'not a "
      "current issue') -> not urgent, no exploitation. Complete Knowsley level 2 step-down (seed 004 section 2: date, "
      "time, venue; three headings; lead practitioner and agency). Fri 16 Dec -> Thu 29 Dec crosses Boxing Day and "
      "the substitute Christmas holiday (Tue 27 Dec): 7 WD (9 plain weekdays) -> ok.",
      meeting=date(2089, 12, 29), dobs={"Ellie Rimmer": "11/02/2078"}, not_children=["Kian"])

    # K07 ordinary: L3 step-down, consent refused, no date
    M("knowsley_07.eml", A, "early_help_duty", "2089-11-28 15:15",
      "Rob Feeney <rob.feeney@knowsley.example.gov.uk>",
      "Step down to level 3 - Jake Halloran",
      """Hello,

I'm looking to step down Jake Halloran (30/10/2076), ICS-1749012, to level 3 Family First.

What are we worried about - dad's cannabis use in the home and Jake (13) being left to get himself to school.
What is working well - dad has cut down and is now working with Change Grow Live; Jake's attendance is back up to 94%.
What needs to happen - CGL to continue, school to keep an eye on attendance, someone for Jake to talk to.

Dad has said he doesn't want Family First involved and has declined. I will try him again but wanted to flag it now.
I haven't set a date for the final CIN yet.

Rob Feeney, Social Worker
""",
      E("step_down", False, 3, ["ICS-1749012"], [("Jake Halloran", "2076-10-30")], ["substance_misuse"], False, None,
        ["consent", "meeting_details"], None, "request_info"), "ordinary",
      "Knowsley level 3 step-down (seed 004 section 3): consent REFUSED ('has declined') -> false -> consent missing; "
      "no final CIN / joint visit date -> meeting_details missing and notice null; three headings answered.",
      dobs={"Jake Halloran": "30/10/2076"})

    # K08 ordinary: meeting reply to K01's TAF
    M("knowsley_08.eml", A, "mash_step_up", "2089-09-15 08:55",
      "Jill Harrop <j.harrop@prescot-high.example.sch.uk>",
      "Accepted: Step up TAF - EHM-90412 [SB-knowsley-2207]",
      "Jill Harrop has accepted this meeting.\n\nSee you Wednesday - I'll bring Tyler's attendance print-out.\n",
      E("meeting_reply", False, None, ["EHM-90412"], [], [], None, None, [], None, "record_reply"), "ordinary",
      "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the school DSL for knowsley_01's step-up TAF (Wed 21 Sep); "
      "DESIGN kind meeting_reply -> record_reply; the comment carries nothing of concern.",
      ics=ics_reply("knowsley_08.eml", "Step up TAF - EHM-90412 [SB-knowsley-2207]", "20890921T100000",
                    "20890921T110000", "j.harrop@prescot-high.example.sch.uk", "ACCEPTED",
                    "I'll bring Tyler's attendance print-out."))

# ================================================================== RICHMOND & WANDSWORTH
def richmond_wandsworth():
    A = "richmond_wandsworth"
    M("richmond_wandsworth_01.eml", A, "mash_step_up", "2089-09-27 16:20",
      "Ravinder Sidhu <ravinder.sidhu@borderforce.example.gov.uk>",
      "Border Force referral - 12-year-old girl, address in Balham",
      """Good afternoon,

I am a Border Force officer at Heathrow (Safeguarding and Modern Slavery team). Yesterday at 18.40 I spoke with a
girl, Grace Mensah, date of birth 03/02/2077, who arrived from Accra with Mr Kwabena Asante (42). He said she was
his cousin's daughter coming for a holiday. Her documents were in order and they were allowed through, with a
Wandsworth address given for the stay.

Today our checks show the address in Tooting is a house in multiple occupation where nobody knows Mr Asante. A
woman who phoned our office this afternoon saying she was the "auntie" gave a different address, in Balham, and
said Grace has come "to help with the babies and the cleaning" and will not be going to school. Through our
interpreter yesterday Grace said her mother had been told she would be able to study here.

Grace is now with adults who are not her family, at an address we have not verified, and by the auntie's own
words she is here to work in the house. We have passed this to the Met as well. Please can a social worker call
me on 020 7946 0874 today; I am on shift until 22.00.

Ravinder Sidhu
Border Force Officer
""",
      E("other", True, None, [], [("Grace Mensah", "2077-02-03")], ["exploitation"], None, None, [], None,
        "alert_duty"), "urgent",
      "BORDER FORCE: a 12-year-old brought from abroad as a relative's child, now with unrelated adults at an "
      "unverified address, 'to help with the babies and the cleaning', not to school - domestic servitude today. "
      "Not a step request -> other; DESIGN safety rule 1 -> alert_duty. ('Safeguarding' appears in the team name.)",
      dobs={"Grace Mensah": "03/02/2077"}, not_children=["Kwabena Asante"])

    M("richmond_wandsworth_02.eml", A, "mash_step_up", "2089-11-03 13:05",
      "Helen Achterberg <helen.achterberg@richmondandwandsworth.example.gov.uk>",
      "Step up - Dawit Tesfaye - Mosaic 2831177",
      """Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth North and I am stepping up Dawit Tesfaye (DOB 20 January 2075),
Mosaic ID 2831177. The latest case summary is attached.

Rationale for step up
Dawit (14) arrived unaccompanied in 2088 and lives with a friend of his late father. Since September he has been
working evenings at a hand car wash on the Wandsworth one-way system. At 12.30 today he told the school's DSL
that the men there keep his phone and his ID card "so I don't run", that he has to work till 2am, and that the
boss punched him on Monday for being slow; the DSL has seen bruising to his upper arms. He said the men collect
him at the school gate at 3.20 every day and that he cannot say no because he owes them for the room.

School finishes at 3.15 today. He does not want to leave with them but says he has no choice.

Helen Achterberg
Early Help Team Manager
""",
      E("step_up", True, None, ["2831177"], [("Dawit Tesfaye", "2075-01-20")], ["exploitation", "physical_harm"],
        None, None, [], None, "alert_duty"), "urgent",
      "A CLINICAL STEP-UP THAT IS ALSO URGENT: a 14-year-old whose phone and ID are held by car-wash bosses, punched, "
      "bruised, 'owes them for the room', collected at the gate at 3.20 today. DESIGN safety rule 1 -> alert_duty. "
      "Request complete per seed 000 'Process to Step Up' (case summary attached, rationale under its heading); "
      "'Mosaic ID 2831177' -> '2831177'. No alarm words.",
      atts=[("Case Summary - D Tesfaye.docx", docx(["Case summary", "Dawit Tesfaye Mosaic 2831177",
             "Early Help since March: school support, mentoring."]))],
      dobs={"Dawit Tesfaye": "20 January 2075"})

    M("richmond_wandsworth_03.eml", A, "early_help_duty", "2089-10-14 11:30",
      "Marcus Whitfield <marcus.whitfield@richmondandwandsworth.example.gov.uk>",
      "Neighbour's report about the 'au pair' in Sheen - checked, for the record",
      """Hi duty,

Recording this here as you logged the neighbour's call on Tuesday.

A neighbour in East Sheen rang to say a "young foreign girl" was doing all the housework and childcare next door
and "never goes out". I visited yesterday with the family's agreement. The young woman is Lucia Ferrer, 20, from
Valencia. She showed me her own passport, which she keeps in her room, and her written au pair contract (25
hours a week, her own room, weekly pocket money, two days off). She goes to English classes in Richmond on
Tuesdays and Thursdays and has a phone and a bank card of her own. She was clear she is happy and free to leave.

The family's two children are 4 and 7, both well, and there is nothing of concern. No further action, and I've
let the neighbour know that it was checked.

Marcus Whitfield
Early Help Practitioner
""",
      E("other", False, None, [], [], [], None, None, [], None, "human_review"), "near_miss",
      "NEAR MISS - AN AU PAIR WITH HER OWN PAPERS AND CONTRACT: an adult (20) with her passport in her own keeping, a "
      "written contract, pocket money and classes; 'nothing of concern', NFA. Not a step request -> other -> "
      "human_review; not urgent (safety rule 1).", not_children=["Lucia Ferrer"])

    M("richmond_wandsworth_04.eml", A, "early_help_duty", "2089-10-10 09:00",
      "Community Safety Partnership <csp-bulletin@richmondandwandsworth.example.gov.uk>",
      "Anti-Slavery Day 18 October - spot the signs campaign pack",
      """COMMUNITY SAFETY PARTNERSHIP BULLETIN - October

Anti-Slavery Day is Tuesday 18 October. This year's campaign, "Look Closer", asks everyone who works with children
to know the signs of child trafficking and modern slavery. The posters and social media cards are attached to the
intranet page. Examples used in the campaign (all illustrative):

 - a child working in a nail bar or a car wash during school hours
 - a girl brought from abroad as a "cousin" who does the housework and is not in school
 - a teenager whose passport or ID is kept by an adult
 - children moved between addresses by adults who are not family
 - a young person who says they "owe" money for their journey

If you are worried about a child, follow your normal procedures. Lunchtime briefing: 18 October, 12.30, Teams.

You are receiving this because you are on the partnership bulletin list.
""",
      E("other", False, None, [], [], [], None, None, [], None, "human_review"), "near_miss",
      "NEAR MISS - AN AWARENESS CAMPAIGN: a partnership bulletin (List-Id, no Auto-Submitted, so not an auto_reply) "
      "listing illustrative signs. DESIGN safety rule 1: bulletins that list examples must not trigger it -> other -> "
      "human_review.", headers={"List-Id": "CSP bulletin <csp-bulletin.richmondandwandsworth.example.gov.uk>",
                                "Precedence": "list"})

    M("richmond_wandsworth_05.eml", A, "early_help_duty", "2089-11-30 10:45",
      "Tomasz Nowicki <tomasz.nowicki@richmondandwandsworth.example.gov.uk>",
      "Step down to Early Help - Amira Haddad (Mosaic 2819904)",
      """Hello Early Help duty,

I'd like to step down Amira Haddad, d.o.b. 07/07/2081, Mosaic 2819904, at the end of her child in need plan.

Mum's depression has been well managed since the summer with her GP and the perinatal team's follow-up, Amira's
attendance is good and the CIN plan goals are met. Mum has given her consent to Early Help and would like a
family support worker for the next few months.

The case summary and a draft Early Help plan are attached. I spoke to Bushra (Early Help duty manager) this
morning and we agreed the step-down discussion for Monday 5 December at 2pm on Teams.

Tomasz Nowicki
Social Worker, Assessment and Intervention
""",
      E("step_down", False, None, ["2819904"], [("Amira Haddad", "2081-07-07")], ["parental_mental_health"], True,
        None, [], None, "book_meeting"), "ordinary",
      "Complete Richmond & Wandsworth step-down (REQUIREMENTS richmond_wandsworth step_down; seed 000 'Process to Step "
      "Down'): case summary + draft plan attached, mum 'has given her consent'; the discussion agreed with the duty "
      "manager for Mon 5 Dec, within 5 days of the contact -> book_meeting. No level stated -> null.",
      atts=[("Case summary Haddad Nov.pdf", pdf(["Case summary", "Amira Haddad Mosaic 2819904"])),
            ("Draft EH plan - Amira Haddad.docx", docx(["Draft Early Help plan", "Amira Haddad"]))],
      dobs={"Amira Haddad": "07/07/2081"})

    M("richmond_wandsworth_06.eml", A, "early_help_duty", "2089-10-18 14:00",
      "Chidi Eze-Palmer <chidi.ezepalmer@richmondandwandsworth.example.gov.uk>",
      "step down - Corrigan children 2824410",
      """Hi,

Step-down request for the Corrigan children, Mosaic 2824410:
Lewis Corrigan 15/03/2079
Maya Corrigan 28/08/2082

Dad's drinking is under control since the detox in June and the children are doing well. I've attached the case
summary. The draft plan is still with the school for comments, I'll send it on when it's back.

I haven't asked dad about Early Help yet - I'll ask him at the home visit on Monday.

Chidi
""",
      E("step_down", False, None, ["2824410"], [("Lewis Corrigan", "2079-03-15"), ("Maya Corrigan", "2082-08-28")],
        ["substance_misuse"], None, None, ["consent", "draft_plan"], None, "request_info"), "ordinary",
      "Richmond & Wandsworth step-down: case summary only; draft plan to follow -> missing; consent 'I'll ask him at "
      "the home visit' -> null (DESIGN: still to be asked) -> consent missing -> request_info.",
      atts=[("Corrigan case summary.docx", docx(["Case summary", "Lewis Corrigan, Maya Corrigan", "Mosaic 2824410"]))],
      dobs={"Lewis Corrigan": "15/03/2079", "Maya Corrigan": "28/08/2082"})

    M("richmond_wandsworth_07.eml", A, "early_help_duty", "2089-10-21 12:12",
      "Chidi Eze-Palmer <chidi.ezepalmer@richmondandwandsworth.example.gov.uk>",
      "RE: step down - Corrigan children 2824410 [SB-richmond_wandsworth-4418]",
      """Hi again,

Draft plan for Lewis Corrigan and Maya Corrigan attached, with the school's comments added. Still waiting to hear from dad
on consent - I saw him on Monday but he wants to talk it over with his sister first.

Chidi

> From: Early Help Duty (stepbot)
> Subject: [SB-richmond_wandsworth-4418] step down - Corrigan children 2824410
> Thank you - we have your step-down request. Still needed: consent, draft_plan.
""",
      E("follow_up", False, None, ["2824410"], [("Lewis Corrigan", None), ("Maya Corrigan", None)], [], None, None,
        [], None, "attach_to_request"), "ordinary",
      "Reply to [SB-richmond_wandsworth-4418] (richmond_wandsworth_06's request) adding the draft plan (.docx); consent "
      "still pending ('wants to talk it over') -> null. DESIGN follow_up -> attach_to_request; missing [] for a "
      "follow_up. Children named without DOBs here.",
      atts=[("Draft EH plan Corrigan v2.docx", docx(["Draft Early Help plan", "Lewis Corrigan and Maya Corrigan"]))])

    M("richmond_wandsworth_08.eml", A, "mash_step_up", "2089-09-07 10:20",
      "Sandra Kwarteng <sandra.kwarteng@richmondandwandsworth.example.gov.uk>",
      "Step up request - Jamal Osei - Mosaic 2807765",
      """Dear MASH,

Step up for Jamal Osei (30/09/2079), Mosaic 2807765.

Rationale for step up
Mum has not engaged with the family plan since May: five missed home visits, the TAF cancelled twice, and she
has stopped answering the lead practitioner. Jamal's attendance fell to 62% last year and he has started the new
term late every day. Early Help has tried everything in our toolkit and the worries are not reducing.

I've reviewed this and agree the step up. I'll send the case summary once it has been updated on Mosaic this week.

Sandra Kwarteng
Early Help Team Manager, Richmond
""",
      E("step_up", False, None, ["2807765"], [("Jamal Osei", "2079-09-30")], ["non_engagement", "school_attendance"],
        None, True, ["case_summary"], None, "request_info"), "ordinary",
      "Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000): rationale under its own heading but "
      "the case summary not attached ('I'll send ... once it has been updated') -> case_summary missing -> "
      "request_info; the TM 'agree[s] the step up' -> manager true.",
      dobs={"Jamal Osei": "30/09/2079"})

# ================================================================== TOWER HAMLETS
def tower_hamlets():
    A = "tower_hamlets"
    M("tower_hamlets_01.eml", A, "mash_step_up", "2089-10-24 17:35",
      "Shahana Miah <shahana.miah.interpreter@example.co.uk>",
      "From interpreter - girl at GP today, she is not allow to leave the house",
      """Hello MAST,

I am Sylheti interpreter, I was booked today 3pm at Stepney Green surgery. I write because the GP say to me
write to you also and she is phoning.

The girl name is Rupa Begum, she say she is 13. The lady with her say Rupa is her "cousin" from Sylhet, came in
August. When lady go out to pharmacy counter Rupa speak to me in Sylheti. She tell me she do all cooking and
cleaning for the family, she is not go to school, she sleep on kitchen floor. She show me on her arm the marks,
she say from the belt when she is slow. She say she is not allow to go outside alone and the lady keep her
passport.

When they leave I hear the lady say on phone in Sylheti that tomorrow morning they send Rupa to "the other house
in Luton". Address they give to surgery is Ben Jonson Road, flat 14.

My number 07700 900 418.

Shahana Miah
Community Interpreter
""",
      E("other", True, None, [], [("Rupa Begum", None)], ["exploitation", "physical_harm"], None, None, [], None,
        "alert_duty"), "urgent",
      "AN INTERPRETER'S ACCOUNT IN NON-NATIVE ENGLISH: a 13-year-old 'cousin' brought from abroad to do the "
      "housework, not in school, belt marks, passport kept, to be moved to Luton tomorrow morning. Not a step request "
      "-> other; DESIGN safety rule 1 and seed 001 (MAST) -> alert_duty. No alarm words.")

    M("tower_hamlets_02.eml", A, "mash_step_up", "2089-11-11 19:10",
      "Kofi Adjei <kofi.adjei@youthservice.example.org.uk>",
      "FW: Abdi - messages tonight [SB-tower_hamlets-3310]",
      """Forwarding the messages Abdi sent me in the last 20 minutes (copied exactly). This is about the referral you
already have for him, Abdirahman Warsame, DOB 05/05/2073, Mosaic 2764402. I'm at the youth centre till 9,
07700 900 552.

Kofi Adjei, Detached Youth Worker

---------- Forwarded messages ----------
[18:49] Abdi: bro they moving me tonite to another flat in manchester
[18:50] Abdi: they got my passport still. say i owe 4k for the journey n the room
[18:50] Abdi: if i tell anyone they say my mum back home get hurt
[18:52] Abdi: car coming 10 oclock. i dont want go
[18:53] Kofi: where are you now?
[18:55] Abdi: the flat on commercial rd. cant talk they here
""",
      E("follow_up", True, None, ["2764402"], [("Abdirahman Warsame", "2073-05-05")], ["exploitation"], None, None,
        [], None, "alert_duty"), "urgent",
      "A YOUNG PERSON'S OWN MESSAGES, FORWARDED OUT OF HOURS (19:10, Friday): debt bondage ('owe 4k for the journey "
      "n the room'), passport held, threats to his family, a car coming at 10pm to move him to Manchester. A reply "
      "to [SB-tower_hamlets-3310] -> follow_up; DESIGN safety rule 1 -> alert_duty. No alarm words.",
      dobs={"Abdirahman Warsame": "05/05/2073"})

    M("tower_hamlets_03.eml", A, "mash_step_up", "2089-12-06 12:40",
      "Bernadette Okonjo <b.okonjo@nhs-practice.example.nhs.uk>",
      "MAST request for support - Mai Nguyen 16 - note passed to me in clinic",
      """Dear MAST,

Practice nurse at Whitechapel Health Centre. I have attached our MAST request for support form.

Mai Nguyen (DOB 21/08/2073) came to my 11.30 clinic for a travel vaccine with a man she called her "employer",
who answered every question for her and held her documents. While he stepped out to take a call she pushed a
folded note across the desk: "please help me he has my passport I cannot leave I work every day no money". When
he came back she would not look at me. They left together at 11.50; the address registered is the flat above the
nail bar at 212 Whitechapel Road and he said they were going "straight back to work".

I have spoken to our safeguarding lead, who told me to send this to you at once and to ring the police, which I
have done (ref CAD 4412/06DEC). I am in clinic until 6 on 020 7946 0932.

Bernadette Okonjo RGN
Practice Nurse
""",
      E("step_up", True, None, [], [("Mai Nguyen", "2073-08-21")], ["exploitation"], None, None, ["manager_agreed"],
        None, "alert_duty"), "urgent",
      "A HEALTH PROFESSIONAL'S MAST REQUEST: a 16-year-old with an 'employer' holding her passport passes a note 'he "
      "has my passport I cannot leave'; she has gone back with him to the flat above a nail bar. DESIGN safety rule 1 "
      "-> alert_duty. Tower Hamlets step_up (seed 001 MAST): request for support form attached; no team manager's "
      "agreement stated -> manager_agreed missing. The police CAD reference is not a case id.",
      atts=[("MAST Request for Support - M Nguyen.pdf", pdf(["MAST Request for Support", "Child: Mai Nguyen",
             "DOB 21/08/2073", "Referrer: Bernadette Okonjo, Practice Nurse"]))],
      dobs={"Mai Nguyen": "21/08/2073"})

    M("tower_hamlets_04.eml", A, "early_help_duty", "2089-09-29 15:00",
      "Workforce Development <workforce.development@towerhamlets.example.gov.uk>",
      "Pre-reading: Child trafficking and modern slavery workshop, 6 October",
      """Dear colleagues,

Thank you for booking onto "Child Trafficking and Modern Slavery: from first signs to the NRM" on Thursday
6 October, 9.30-12.30, Mulberry Place.

Please read the case study below before the session. It is FICTIONAL and for training use only; any resemblance
to a real family is coincidental.

  Case study - "Lin", 14
  Lin is seen by a youth worker working in a nail bar on a school day. She says her "uncle" keeps her passport and
  that she must work to pay for her flight. Tonight she is due to be moved to a salon in another city.
  Questions: What are the indicators? Who do you call first? When and how would you make an NRM referral, and who
  is the First Responder?

We will also cover the Duty to Notify, the Independent Child Trafficking Guardian service and consent for under-18s
(none is needed for an NRM referral).

Workforce Development Team
""",
      E("other", False, None, [], [], [], None, None, [], None, "human_review"), "near_miss",
      "NEAR MISS - A TRAINING SCENARIO: a workshop's pre-reading with a 'tonight' case study explicitly 'FICTIONAL and "
      "for training use only'. DESIGN safety rule 1 (hypothetical / examples) -> not urgent; other -> human_review. "
      "'Lin' is fictional, not a child to label.")

    M("tower_hamlets_05.eml", A, "early_help_duty", "2089-11-16 11:11",
      "Fatima Rahman <fatima.rahman@towerhamlets.example.gov.uk>",
      "Step down to Early Help - Yusuf Ali - Mosaic 2771209",
      """Dear Early Help Hub,

Step down request for Yusuf Ali, date of birth 12/03/2075, Mosaic 2771209. The Child and Family Assessment
concluded on 9 November and recommends Early Help.

A note on the reason school first contacted us: Yusuf has a Saturday job at a bakery on Whitechapel Road and
school asked whether it could be exploitation. I checked - the council's child employment team issued him a work
permit in August, his hours (8-1 on Saturdays) are within the limits, he is paid properly and his parents know
his employer. There is nothing to suggest exploitation and it is not a concern.

The real need is at home: Yusuf helps care for his dad, who has MS, and is tired in school.

Attached: the C&F assessment and the draft TAF plan. Mum and dad have both consented to Early Help.
Lead practitioner: Mr Imran Chowdhury, Family Support Worker, Bow School.
I'll arrange and chair the TAF on 29 November at 10am at Bow School.

Fatima Rahman
Social Worker, Children and Families
""",
      E("step_down", False, None, ["2771209"], [("Yusuf Ali", "2075-03-12")], ["young_carer"], True, None, [], None,
        "book_meeting"), "near_miss",
      "NEAR MISS - A SATURDAY JOB WITH A PERMIT: the bakery job is permitted, within hours, 'not a concern' -> no "
      "exploitation, not urgent. Complete Tower Hamlets step-down (seed 001: C&F assessment, draft plan, consent, lead "
      "practitioner with agency) -> book_meeting; young carer.",
      atts=[("C&F Assessment - Yusuf Ali.pdf", pdf(["Child and Family Assessment", "Yusuf Ali Mosaic 2771209",
             "Outcome: step down to Early Help"])),
            ("Draft TAF plan Yusuf Ali.docx", docx(["Draft TAF plan", "Yusuf Ali"]))],
      dobs={"Yusuf Ali": "12/03/2075"}, not_children=["Imran Chowdhury"])

    M("tower_hamlets_06.eml", A, "early_help_duty", "2089-09-12 13:25",
      "Grace Oduya <grace.oduya@towerhamlets.example.gov.uk>",
      "Step down - Khan children 2769935",
      """Hi,

Step-down for Zara Khan (15/01/2080) and Ayaan Khan (02/06/2084), Mosaic 2769935.

The C&F assessment is attached. Mum left the relationship in April, the non-molestation order is in place and
has been kept, and she has engaged with the IDVA throughout. She consents to Early Help.

I haven't written the draft plan yet and we don't have a lead practitioner - school are thinking about it.

Grace Oduya, Social Worker
""",
      E("step_down", False, None, ["2769935"], [("Zara Khan", "2080-01-15"), ("Ayaan Khan", "2084-06-02")],
        ["domestic_abuse"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info"), "ordinary",
      "Tower Hamlets step-down (seed 001): assessment attached and consent given, but no draft plan and no lead "
      "practitioner -> both missing -> request_info.",
      atts=[("C&F Assessment Khan.pdf", pdf(["Child and Family Assessment", "Zara Khan, Ayaan Khan", "Mosaic 2769935"]))],
      dobs={"Zara Khan": "15/01/2080", "Ayaan Khan": "02/06/2084"})

    M("tower_hamlets_07.eml", A, "mash_step_up", "2089-12-08 09:30",
      "Rebecca Stone <rebecca.stone@towerhamlets.example.gov.uk>",
      "Request for support (MAST) - Leon Baptiste",
      """Good morning MAST,

Please find attached a request for support for Leon Baptiste, born 01/12/2077 (he turned 12 last week). He is
new to us - no Mosaic record yet.

Leon went missing overnight twice in October and was found in Southend with older boys; the police made an NRM
referral as a possible victim of county lines exploitation. Since then he has been home every night, mum has a
safety plan with the police and school, and there has been no further episode. We feel the pattern needs a
social work assessment rather than more Early Help.

My team manager, Priya Das, has agreed this request. Mum knows we are making it.

Rebecca Stone
Early Help Practitioner
""",
      E("step_up", False, None, [], [("Leon Baptiste", "2077-12-01")], ["exploitation", "missing"], None, True, [],
        None, "book_meeting"), "ordinary",
      "Complete Tower Hamlets MAST step-up (seed 001): request for support attached, TM 'has agreed' -> manager true; "
      "exploitation and missing episodes in October with an NRM referral, home every night since with a safety plan -> "
      "current concerns labelled but no immediate risk; 'Mum knows' is not consent -> null. No case id (new).",
      atts=[("Request for Support - Leon Baptiste.docx", docx(["MAST Request for Support", "Leon Baptiste",
             "DOB 01/12/2077", "Manager: Priya Das - agreed"]))],
      dobs={"Leon Baptiste": "01/12/2077"})

    M("tower_hamlets_08.eml", A, "early_help_duty", "2089-10-04 07:58",
      "Jamie Ellis <jamie.ellis@towerhamlets.example.gov.uk>",
      "Automatic reply: Step down - Khan children",
      """I am out of the office until Monday 10 October with no access to email.

For Early Help Hub business please email EarlyHelpHub@towerhamlets.gov.uk. If you are worried that a child is at
immediate risk of harm, call MAST on 0207 364 5606, or 999 in an emergency.

Jamie Ellis
""",
      E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"), "ordinary",
      "Outlook out-of-office (Auto-Submitted: auto-replied) to a thread about tower_hamlets_06; boilerplate 'immediate "
      "risk' and 999 only. DESIGN safety rule 2 -> auto_reply -> ignore.",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# ================================================================== TORBAY
def torbay():
    A = "torbay"
    M("torbay_01.eml", A, "mash_step_up", "2089-11-10 22:40",
      "Carol <carol.t.1961@example.com>",
      "boys next door",
      """hello sorry to write so late i dont know who else to tell, police said email you as well as ringing 101

theres a house next to me on Hele Road Torquay, a white van drops boys off there about 11 every night and picks
them up 6 in the morning, they work at the car wash on the ring road. no grown ups live there just a man who comes
with the van

tonight one of them knocked on my door asking for bread, he is about 12 maybe, very thin, no coat. he said "boss
lock door, work car wash, no school" and that they are going "new house tomorrow". i gave him a sandwich and he ran
back before the van came

the van man has just gone in and i can hear shouting. i can see the light on upstairs. i dont know his name

Carol Trewin, 9 Hele Road
07700 900 361
""",
      E("other", True, None, [], [], ["exploitation", "neglect"], None, None, [], None, "alert_duty"), "urgent",
      "A NEIGHBOUR'S MOBILE MAIL AT 22:40: boys of about 12 moved between addresses by a man who is not family, "
      "locked in, working at a car wash, hungry, to be moved 'new house tomorrow', shouting now. Not a step request -> "
      "other; DESIGN safety rule 1 (out of hours: EDT) -> alert_duty. No child named. No alarm words.",
      not_children=["Carol Trewin"])

    M("torbay_02.eml", A, "mash_step_up", "2089-09-20 10:15",
      "PC 4471 Sam Yeo <sam.yeo@police.example.uk>",
      "RE: Minh Pham LCS-4471203 [SB-torbay-5120]",
      """MASH,

Further to the contact you already have for Minh Pham (DOB 09/02/2074), LCS-4471203, who has been missing from
his foster placement since Sunday.

At 06.00 today we executed a warrant at a cannabis grow in a house in Preston, Paignton. Minh was inside; the
doors were padlocked from the outside and he was living among the plants. He is at Torquay police station now as a
suspected victim, not a suspect, and I am making the NRM referral.

A man calling himself his uncle (no relation, as far as we can establish) is at the front counter asking to take
him "home". We cannot keep Minh here beyond this morning and we need a social worker to come and a placement
agreed today.

PC 4471 Sam Yeo
Exploitation Team, Torquay
""",
      E("follow_up", True, None, ["LCS-4471203"], [("Minh Pham", "2074-02-09")], ["exploitation", "missing"], None,
        None, [], None, "alert_duty"), "urgent",
      "POLICE, IN POLICE LANGUAGE: a 15-year-old missing since Sunday found padlocked in a cannabis farm, a false "
      "'uncle' at the front counter to collect him, a social worker and placement needed this morning. A reply to "
      "[SB-torbay-5120] -> follow_up; DESIGN safety rule 1 -> alert_duty. No alarm words.",
      dobs={"Minh Pham": "09/02/2074"})

    M("torbay_03.eml", A, "mash_step_up", "2089-11-02 09:20",
      "MASH Business Support <mash.bs@torbay.example.gov.uk>",
      "FW: Single Competent Authority - Conclusive Grounds decision (closed case)",
      """Hi all,

Forwarding the letter below, which came to the MASH inbox by post and has been scanned. It is about a referral made
in 2086 for a young man who is now 21; our case closed in 2087 and he has been supported by adult services and the
leaving care team since. I'll file it on LCS and send a copy to his former PA. No action for MASH.

Julie, MASH Business Support

----- scanned letter -----
Home Office - Single Competent Authority
National Referral Mechanism: Conclusive Grounds decision
Name: Ionut Radu   Date of birth: 14/05/2068
Referral date: 3 March 2086   First Responder: Torbay Council Children's Services
Decision: there are conclusive grounds to accept that the person is a victim of modern slavery (human
trafficking: forced criminality) as a child.
""",
      E("other", False, None, [], [], [], None, None, [], None, "human_review"), "near_miss",
      "NEAR MISS - AN NRM OUTCOME LETTER FOR A CASE LONG CLOSED: conclusive grounds for a 2086 referral of a man now 21, "
      "case closed 2087, 'No action for MASH'. Not urgent; he is an adult, not a child to label. Other -> "
      "human_review.", not_children=["Ionut Radu"])

    M("torbay_04.eml", A, "early_help_duty", "2089-10-07 14:50",
      "Nicola Endacott <nicola.endacott@torbay.example.gov.uk>",
      "Step down to level 3 - Andreea Popescu LCS-4459980 - triage please",
      """Hi Early Help,

Please can I have a triage slot for Andreea Popescu, born 30/03/2078, LCS-4459980, stepping down to level 3.

When the referral came in July, a neighbour had suggested Andreea was a "cousin" brought over from Romania to do
the housework. The single assessment found otherwise: she is her aunt's niece by birth (we have seen the birth
certificates), she came with her own passport, which she keeps, and she has lived with her aunt since her mum died.
She has attended Paignton Academy at 97% since September and does no more than ordinary chores. There are no
concerns of exploitation or trafficking.

The remaining need is her aunt's low mood, for which she is now seeing her GP. The single assessment is attached.
Both Andreea and her aunt consent to the step-down, and my team manager, Mark Hext, has agreed it.

Nicola Endacott
Social Worker
""",
      E("step_down", False, 3, ["LCS-4459980"], [("Andreea Popescu", "2078-03-30")], ["parental_mental_health"],
        True, True, [], None, "book_meeting"), "near_miss",
      "NEAR MISS - A 'COUSIN' FROM ABROAD, CHECKED AND FOUND TO BE FAMILY: own passport, in school, ordinary chores, "
      "'no concerns of exploitation or trafficking' -> not urgent, no exploitation. Complete Torbay level 3 step-down "
      "(seed 002: assessment, consent, TM agreement) -> book_meeting (weekly Tuesday triage).",
      atts=[("Single Assessment - A Popescu.pdf", pdf(["Single Assessment", "Andreea Popescu LCS-4459980",
             "Recommendation: step down to level 3 Early Help"]))],
      dobs={"Andreea Popescu": "30/03/2078"}, not_children=["Mark Hext"])

    M("torbay_05.eml", A, "mash_step_up", "2089-11-14 08:02",
      "Hannah Pillar <hannah.pillar@torbay.example.gov.uk>",
      "Automatic reply: NRM referral query",
      """Thank you for your email. I am the partnership's modern slavery co-ordinator and I am on leave until
Monday 21 November.

If a child is in immediate danger, call 999. For a new concern about a child please contact the MASH on
01803 208100. NRM referrals for children can be made by the MASH as First Responder.

Hannah Pillar
""",
      E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"), "near_miss",
      "NEAR MISS - AN OUT-OF-OFFICE WITH RISK BOILERPLATE ('immediate danger', 999, NRM): Auto-Submitted: "
      "auto-replied -> auto_reply -> ignore (DESIGN safety rule 2); boilerplate is not a described risk.",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    M("torbay_06.eml", A, "mash_step_up", "2089-10-26 11:35",
      "Wendy Luscombe <wendy.luscombe@torbay.example.gov.uk>",
      "Step up to MASH - Tyler Moss EHM-812930",
      """Hello MASH,

I'm stepping Tyler Moss (14/09/2082), EHM-812930, up from Early Help.

The home has deteriorated badly since August: no working cooker, dog mess upstairs, Tyler (7) has head lice that
have not been treated for months and is often hungry at breakfast club. The plan has not made a difference.

My assistant team manager, Gary Smale, has agreed the step up. Mum does not consent - she told me on Monday she
does not want social services "anywhere near" her.

Wendy Luscombe
Early Help Practitioner
""",
      E("step_up", False, None, ["EHM-812930"], [("Tyler Moss", "2082-09-14")], ["neglect"], False, True,
        ["consent"], None, "request_info"), "ordinary",
      "Torbay step-up (seed 002 'Step up'): ATM agreed -> manager true; mum 'does not consent' -> false -> consent "
      "missing (REQUIREMENTS torbay step_up) -> request_info.",
      dobs={"Tyler Moss": "14/09/2082"})

    M("torbay_07.eml", A, "early_help_duty", "2089-12-01 15:40",
      "Owen Rendle <owen.rendle@torbay.example.gov.uk>",
      "Triage request - step down - Lang children LCS-4470051",
      """Hi,

Triage slot please for the Lang children, LCS-4470051:
- Finley Lang, 04/04/2083
- Poppy Lang, 21/11/2086

Single assessment attached. Mum consents to Early Help. My TM hasn't signed off the step down yet - she's
reading the assessment and will decide on Thursday.

Worries: mum's drinking at weekends, now much reduced with support from the alcohol service.

Owen Rendle
Social Worker
""",
      E("step_down", False, None, ["LCS-4470051"], [("Finley Lang", "2083-04-04"), ("Poppy Lang", "2086-11-21")],
        ["substance_misuse"], True, None, ["manager_agreed"], None, "request_info"), "ordinary",
      "Torbay step-down (seed 002): assessment attached, consent given, TM sign-off PENDING ('will decide on "
      "Thursday') -> manager null -> manager_agreed missing -> request_info. Poppy is 3: the under-5s fortnightly "
      "triage applies once complete.",
      atts=[("Single Assessment Lang.pdf", pdf(["Single Assessment", "Finley Lang, Poppy Lang", "LCS-4470051"]))],
      dobs={"Finley Lang": "04/04/2083", "Poppy Lang": "21/11/2086"})

    M("torbay_08.eml", A, "early_help_duty", "2089-10-11 09:05",
      "Jo Tozer <jo.tozer@nhs-hv.example.nhs.uk>",
      "Declined: Triage - Andreea Popescu LCS-4459980 [SB-torbay-5188]",
      "Jo Tozer has declined this meeting.\n\nSorry - school nursing clinic that morning. Happy to send a written update.\n",
      E("meeting_reply", False, None, ["LCS-4459980"], [], [], None, None, [], None, "record_reply"), "ordinary",
      "Outlook iTIP REPLY (PARTSTAT=DECLINED) from the school nurse for torbay_04's triage slot (Tue 18 Oct); DESIGN "
      "meeting_reply -> record_reply.",
      ics=ics_reply("torbay_08.eml", "Triage - Andreea Popescu LCS-4459980 [SB-torbay-5188]", "20891018T093000",
                    "20891018T100000", "jo.tozer@nhs-hv.example.nhs.uk", "DECLINED",
                    "Sorry - school nursing clinic that morning."))

# ================================================================== HEREFORDSHIRE
def herefordshire():
    A = "herefordshire"
    M("herefordshire_01.eml", A, "mash_step_up", "2089-10-19 14:25",
      "Gareth Price <gareth.price@westmercia-ts.example.gov.uk>",
      "Joint visit, hand car wash A49 Leominster - 15 yr old living on site",
      """MASH,

Joint visit this morning (Trading Standards, GLAA and West Mercia Police) to the hand car wash on the A49 south of
Leominster.

One of the workers is a boy who gave his name as Besnik Hoxha and his date of birth as 02/11/2073, so he is 15. He
lives with four adult men in a caravan behind the wash - one bed, a camping stove, no water. He told the GLAA
officer, through Language Line, that he owes "the boss" three thousand pounds for bringing him to England and works
every day to pay it off; the boss holds his ID card. Before we left, the boss told the men they were all moving to a
"new site in Wales" tonight.

Police have the boss's details but made no arrest today. Besnik is still at the car wash. Please call me on
01432 555 217.

Gareth Price
Senior Trading Standards Officer
""",
      E("other", True, None, [], [("Besnik Hoxha", "2073-11-02")], ["exploitation", "neglect"], None, None, [], None,
        "alert_duty"), "urgent",
      "A JOINT TRADING STANDARDS / GLAA VISIT: a 15-year-old in debt bondage at a car wash, living in a caravan, ID "
      "held, to be moved to Wales tonight, still on site. Not a step request -> other; DESIGN safety rule 1 -> "
      "alert_duty. No alarm words.", dobs={"Besnik Hoxha": "02/11/2073"})

    M("herefordshire_02.eml", A, "early_help_duty", "2089-11-21 10:50",
      "Sian Powell <sian.powell@herefordshire.example.gov.uk>",
      "Step down plan - Price siblings (Mosaic 903311)",
      """Hi co-ordinators,

Step-down plan for Chloe Price (03/06/2075) and Mason Price (10/10/2081), Mosaic 903311, to level 3.

Attached: the Early Help step-down plan and mum's signed consent form. Key person: Mrs Lowri Bevan, Family
Support Worker, Whitecross Hereford High School.

Worries at closure: mum's cannabis use and money problems; she is working with Turning Point.

Sian Powell, Social Worker

---------- Forwarded message ---------
From: Tom Greenaway <t.greenaway@whitecross.example.sch.uk>
Date: Mon, 21 Nov 2089 at 10:31
Subject: Chloe - this morning
To: Sian Powell

Sian - Chloe (Y9) came to me at registration. She says mum's friend Dean has had her passport "for safe keeping"
since half term, and he told her last night that mum owes him money and that Chloe will go with him tonight to
"work in his nail shop in Birmingham" to pay it off. He is picking her up from the house at 7. She was shaking.
Mum told her to do as he says. Chloe is in school until 3.20. Please tell me what to do.
Tom Greenaway, Head of Year 9
""",
      E("step_down", True, 3, ["903311"], [("Chloe Price", "2075-06-03"), ("Mason Price", "2081-10-10")],
        ["exploitation", "substance_misuse"], True, None, [], None, "alert_duty"), "urgent",
      "URGENT BURIED IN A FORWARD: an otherwise complete Herefordshire step-down (seed 003: plan, signed consent form, "
      "key person with agency; sibling group; level 3) whose forwarded school email says a 14-year-old is to be taken "
      "tonight at 7 by a man holding her passport to work off mum's debt in a nail shop, mum complicit. DESIGN safety "
      "rule 1 (quoted and forwarded history) -> alert_duty.",
      atts=[("EH step down plan - Price.docx", docx(["Early Help step-down plan", "Chloe Price, Mason Price",
             "Mosaic 903311"])),
            ("Consent form signed - Price.pdf", pdf(["Early Help consent form", "I consent to Early Help support",
             "Signed: K Price (mother)"]))],
      dobs={"Chloe Price": "03/06/2075", "Mason Price": "10/10/2081"},
      not_children=["Lowri Bevan", "Tom Greenaway"])

    M("herefordshire_03.eml", A, "early_help_duty", "2089-09-23 16:05",
      "Amy Watkins <amy.watkins@herefordshire.example.gov.uk>",
      "Question - what would we do if a child said an adult kept their passport?",
      """Hi co-ordinators,

I'm new to the Early Help team and I'm writing up my learning log for the modern slavery e-learning. Nothing like
this has come up on any of my cases - it's purely a "what would I do" question.

If a child ever told me an adult was keeping their passport, or that they owed money for getting to the UK, would
that be a step up to the MASH straight away, or would I talk to my manager first? And who makes the NRM referral -
us, or social care?

Thanks - sorry if this is a silly question.
Amy Watkins
Early Help Practitioner
""",
      E("other", False, None, [], [], [], None, None, [], None, "human_review"), "near_miss",
      "NEAR MISS - A HYPOTHETICAL: a new practitioner's 'what would I do' question, 'Nothing like this has come up on "
      "any of my cases'. DESIGN safety rule 1: hypothetical risks must not trigger it -> other -> human_review.")

    M("herefordshire_04.eml", A, "early_help_duty", "2089-12-13 11:20",
      "Dylan Harris <dylan.harris@herefordshire.example.gov.uk>",
      "Level 3 step down - Kieran Lloyd 907712",
      """Good morning,

Please find the step-down plan and the signed consent form for Kieran Lloyd (DOB 17/08/2076), Mosaic 907712,
stepping down to level 3 Early Help.

Background, for completeness: in 2087, when Kieran was 10, he and his brother were moved between addresses in
Hereford and Worcester by associates of mum's then partner, and an NRM referral was made. That was fully
investigated; the partner was convicted in 2088 and has had no contact since. There are no current concerns about
exploitation, and Kieran has not been missing since 2087.

Current need: Kieran's attendance (86%) and his anxiety about secondary school.

Key person: Ms Ffion Davies, Pastoral Lead, Bishop of Hereford's Bluecoat School.

Dylan Harris, Social Worker
""",
      E("step_down", False, 3, ["907712"], [("Kieran Lloyd", "2076-08-17")], ["school_attendance"], True, None, [],
        None, "book_meeting"), "near_miss",
      "NEAR MISS - HISTORIC TRAFFICKING: children moved between addresses in 2087, investigated, perpetrator convicted "
      "in 2088, 'no current concerns about exploitation' -> not urgent, no exploitation / missing. Complete "
      "Herefordshire level 3 step-down (seed 003: plan, consent form, key person with agency) -> book_meeting; a "
      "signed consent form -> consent true.",
      atts=[("Step down plan - Kieran Lloyd.docx", docx(["Early Help step-down plan", "Kieran Lloyd 907712"])),
            ("Signed consent - Lloyd.pdf", pdf(["Early Help consent form", "Kieran Lloyd", "Signed by parent"]))],
      dobs={"Kieran Lloyd": "17/08/2076"}, not_children=["Ffion Davies"])

    M("herefordshire_05.eml", A, "early_help_duty", "2089-09-22 13:00",
      "Rhian Morris <rhian.morris@herefordshire.example.gov.uk>",
      "Step down - Ruby-Mae Jones (Mosaic 905120) - level 3",
      """Hi,

Step-down to level 3 for Ruby-Mae Jones, born 27th January 2084, Mosaic 905120. The plan is attached.

Mum agreed to Early Help when I saw her yesterday; she hasn't signed the consent form yet - I'll get it signed at
next week's visit and send it on.

Key person: Mrs Ann Pugh, Family Support Worker, Ledbury Primary School.

Worries: home conditions and Ruby-Mae's weight - both improving with the health visitor's support.

Rhian Morris, Social Worker
""",
      E("step_down", False, 3, ["905120"], [("Ruby-Mae Jones", "2084-01-27")], ["neglect"], True, None,
        ["consent_form"], None, "request_info"), "ordinary",
      "Herefordshire level 3 step-down (seed 003: 'obtain written consent'): mum 'agreed to Early Help' -> consent "
      "true, but the signed consent form is to follow -> consent_form missing -> request_info.",
      atts=[("Step down plan RM Jones.docx", docx(["Early Help step-down plan", "Ruby-Mae Jones 905120"]))],
      dobs={"Ruby-Mae Jones": "27th January 2084"}, not_children=["Ann Pugh"])

    M("herefordshire_06.eml", A, "mash_step_up", "2089-12-02 09:45",
      "Mrs K Bowen (DSL) <dsl@kingstone-school.example.sch.uk>",
      "Step up please - Harvey Bowen Y6",
      """Dear MASH,

We would like to step up Harvey Bowen, DOB 16/05/2078, from our Early Help plan to social care.

Harvey's attendance is 68% and dad has not come to the last three plan reviews or returned calls from the Early
Help worker. Dad is aware and agrees to the referral. There is nothing new or sudden - we just feel the plan has
run its course.

Mrs K Bowen
Designated Safeguarding Lead (no relation!)
""",
      E("step_up", False, None, [], [("Harvey Bowen", "2078-05-16")], ["non_engagement", "school_attendance"], True,
        None, [], None, "human_review"), "ordinary",
      "A step-up to Herefordshire: REQUIREMENTS says 'step_up is not defined by this seed' (003) -> a kind the "
      "protocol does not cover -> human_review, missing []. Dad 'agrees to the referral' -> consent true. Not urgent.",
      dobs={"Harvey Bowen": "16/05/2078"})

    M("herefordshire_07.eml", A, "early_help_duty", "2089-09-28 10:10",
      "Rhian Morris <rhian.morris@herefordshire.example.gov.uk>",
      "RE: Step down - Ruby-Mae Jones (Mosaic 905120) - level 3 [SB-herefordshire-7731]",
      """Signed consent form for Ruby-Mae Jones attached - mum signed it at my visit this morning.

Rhian

> [SB-herefordshire-7731] We have your step-down plan. Still needed: consent_form.
""",
      E("follow_up", False, None, ["905120"], [("Ruby-Mae Jones", None)], [], True, None, [], None,
        "attach_to_request"), "ordinary",
      "Reply to [SB-herefordshire-7731] (herefordshire_05's request) adding the signed consent form (.pdf); 'mum "
      "signed it' -> consent true. DESIGN follow_up -> attach_to_request; missing [].",
      atts=[("Consent form - RM Jones signed.pdf", pdf(["Early Help consent form", "Ruby-Mae Jones",
             "Signed: parent"]))])

    M("herefordshire_08.eml", A, "early_help_duty", "2089-10-17 15:30",
      "Owain Jenkins <owain.jenkins@herefordshire.example.gov.uk>",
      "Step down (sibling group) - Morgan children 906001 / 906002 / 906003",
      """Dear Early Help co-ordinators,

One step-down for the Morgan sibling group to level 3:
Evie Morgan - 02/02/2079 - Mosaic 906001
Oscar Morgan - 12/12/2082 - Mosaic 906002
Isla Morgan - 07/07/2086 - Mosaic 906003

Mum and the children moved to Ross-on-Wye after leaving dad in March; the non-molestation order has been kept and
the children are settled. Mum has signed the consent form and the step-down plan is attached.

Key person: Mrs Sarah Gwynne, Family Support Worker, Ross Family Hub.

Owain Jenkins, Social Worker
""",
      E("step_down", False, 3, ["906001", "906002", "906003"],
        [("Evie Morgan", "2079-02-02"), ("Oscar Morgan", "2082-12-12"), ("Isla Morgan", "2086-07-07")],
        ["domestic_abuse"], True, None, [], None, "book_meeting"), "ordinary",
      "Complete Herefordshire sibling-group step-down (seed 003: one request may cover a sibling group; plan, signed "
      "consent form, key person with agency) -> book_meeting.",
      atts=[("Step down plan Morgan siblings.docx", docx(["Early Help step-down plan", "Evie, Oscar and Isla Morgan"])),
            ("Consent form Morgan signed.pdf", pdf(["Early Help consent form", "Signed: mother"]))],
      dobs={"Evie Morgan": "02/02/2079", "Oscar Morgan": "12/12/2082", "Isla Morgan": "07/07/2086"},
      not_children=["Sarah Gwynne"])

# ================================================================== self-checks
def wd(start, end, plain=False):
    n, d = 0, start + timedelta(days=1)
    while d <= end:
        if d.weekday() < 5 and (plain or d not in BH):
            n += 1
        d += timedelta(days=1)
    return n

NOTICE_EXPECTED = {"knowsley_01.eml": (5, 5), "knowsley_02.eml": (4, 4), "knowsley_03.eml": (6, 6),
                   "knowsley_06.eml": (7, 9)}

def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct, fn = part.get_content_type(), part.get_filename() or ""
        out.append(fn)
        data = part.get_payload(decode=True) or b""
        if fn.endswith(".docx"):
            x = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
            out.append(re.sub(r"<[^>]+>", " ", x).replace("&amp;", "&"))
        elif fn.endswith(".pdf"):
            out.append(" ".join(re.findall(rb"\((.*?)\) Tj", data)[i].decode("latin-1")
                                for i in range(len(re.findall(rb"\((.*?)\) Tj", data)))).replace("\\(", "(")
                       .replace("\\)", ")"))
        else:
            out.append(data.decode("utf-8", "replace"))
    return "\n".join(out)

def parse_dob(s):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    m = re.match(r"(\d+)(st|nd|rd|th) (\w+) (\d{4})$", s)
    return datetime.strptime("%s %s %s" % (m.group(1), m.group(3), m.group(4)), "%d %B %Y").date()

def expected_action(e, auth):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply": return "ignore"
    if k == "meeting_reply": return "record_reply"
    if k == "follow_up": return "attach_to_request"
    if k == "other" or (auth == "herefordshire" and k == "step_up"): return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

def check():
    err = []
    P = lambda f, s: err.append("%s: %s" % (f, s))
    if HAND_BH != {d for d in BH if d.year == 2089}:
        err.append("bank holidays: hand list differs from the holidays package: %s" % sorted(HAND_BH ^ BH))
    if not (BRIEF_START.weekday() == 5 and WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        err.append("window ends are not the adjusted weekdays")
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BH):
        err.append("a bank holiday falls inside the window (none expected)")
    bst_end = max(date(2089, 10, d) for d in range(25, 32) if date(2089, 10, d).weekday() == 6)
    if bst_end != date(2089, 10, 30):
        err.append("BST should end on Sunday 30 October 2089")
    if len(FILES) != 40:
        err.append("expected 40 files, got %d" % len(FILES))
    per = {}
    for lab in LABELS:
        f, a, e = lab["file"], lab["authority"], lab["expect"]
        per.setdefault(a, {"urgent": 0, "near_miss": 0, "ordinary": 0})[CATS[f]] += 1
        msg = BytesParser(policy=policy.default).parsebytes(FILES[f])
        if msg.defects or any(p.defects for p in msg.walk()):
            P(f, "MIME defects")
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[hname]:
                P(f, "no " + hname)
        if MAILBOX[a][lab["mailbox"]] not in str(msg["To"]) + str(msg.get("Cc", "")):
            P(f, "mailbox address not in To/Cc")
        dt = msg["Date"].datetime
        loc = dt.astimezone(LON)
        if dt.utcoffset() != loc.utcoffset():
            P(f, "Date offset %s, Europe/London has %s" % (dt.utcoffset(), loc.utcoffset()))
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]) or loc.weekday() > 4 or loc.date() in BH:
            P(f, "Date %s outside the window, at a weekend or on a bank holiday" % loc)
        now = datetime.fromisoformat(lab["now"])
        if not timedelta(minutes=1) <= now - dt <= timedelta(minutes=10) or now.utcoffset() != dt.utcoffset():
            P(f, "now not 1-10 minutes after Date with the same offset")
        if set(e) != set(KEYS) or set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}:
            P(f, "label keys")
        if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
            P(f, "kind / next_action value")
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            P(f, "concerns invalid or unsorted")
        if e["missing"] != sorted(set(e["missing"])):
            P(f, "missing unsorted")
        for fld in ("consent", "manager_agreed"):
            if e[fld] not in (True, False, None):
                P(f, fld)
        if e["level"] not in (None, 2, 3) or (e["level"] is not None and e["kind"] != "step_down"):
            P(f, "level")
        if e["urgent"] != (CATS[f] == "urgent"):
            P(f, "urgent vs category")
        if e["next_action"] != expected_action(e, a):
            P(f, "next_action %s != %s" % (e["next_action"], expected_action(e, a)))
        key = (a, e["kind"]) if a != "knowsley" or e["kind"] != "step_down" else (a, "step_down", e["level"] or 3)
        allowed = REQ.get(key, set()) if not (a == "herefordshire" and e["kind"] == "step_up") else set()
        if not set(e["missing"]) <= allowed:
            P(f, "missing %s not allowed for %s" % (e["missing"], key))
        if key in REQ and not (a == "herefordshire" and e["kind"] == "step_up"):
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in REQ[key] and (fact in e["missing"]) != (val is not True):
                    P(f, "%s label vs missing" % fact)
            if "case_id" in REQ[key] and (("case_id" in e["missing"]) != (not e["case_ids"])):
                P(f, "case_id vs missing")
            if ("children" in e["missing"]) != (not e["children"]):
                P(f, "children vs missing")
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            m = META[f]["meeting"]
            if m is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    P(f, "no meeting: notice null and meeting_details missing")
            else:
                got = (wd(now.astimezone(LON).date(), m), wd(now.astimezone(LON).date(), m, plain=True))
                if got != NOTICE_EXPECTED.get(f) or e["notice_ok"] != (got[0] >= 5):
                    P(f, "notice %s vs label %s / table %s" % (got, e["notice_ok"], NOTICE_EXPECTED.get(f)))
                if m.weekday() > 4 or m in BH or m <= now.date():
                    P(f, "meeting on a weekend, bank holiday or not in the future")
        elif e["notice_ok"] is not None:
            P(f, "notice_ok only for Knowsley step requests")
        text = readable(msg)
        if re.search(r"\b(209\d|21\d\d)\b", text + str(msg)):
            P(f, "a year after 2089 appears")
        for c in e["children"]:
            if c["name"] not in text:
                P(f, "child %s not in the text" % c["name"])
            if c["dob"]:
                w = META[f]["dobs"].get(c["name"])
                if not w or w not in text or parse_dob(w).isoformat() != c["dob"]:
                    P(f, "dob of %s not as written" % c["name"])
                d = date.fromisoformat(c["dob"])
                age = now.year - d.year - ((now.month, now.day) < (d.month, d.day))
                if not 0 <= age < 18:
                    P(f, "%s is %d at now" % (c["name"], age))
        names = [c["name"] for c in e["children"]]
        if [text.find(n) for n in names] != sorted(text.find(n) for n in names):
            P(f, "children not in order of appearance")
        for n in META[f]["not_children"]:
            if n not in text or n in names:
                P(f, "non-child %s" % n)
        for cid in e["case_ids"]:
            if cid not in text or not re.fullmatch(r"(EHM|ICS|LCS)-\d+|\d{6,7}", cid):
                P(f, "case id %s" % cid)
        auto = msg.get("Auto-Submitted")
        if (e["kind"] == "auto_reply") != bool(auto):
            P(f, "Auto-Submitted only and always on auto_reply")
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != (len(cal) == 1 and "METHOD:REPLY" in cal[0].get_content()):
            P(f, "meeting_reply <=> one METHOD:REPLY part")
        if e["kind"] == "follow_up" and "[SB-%s-" % a not in str(msg["Subject"]):
            P(f, "follow_up without a reference")
        if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in str(msg["Subject"]):
            P(f, "reference on a new request")
    for a, c in per.items():
        if sum(c.values()) != 8:
            err.append("%s has %d files" % (a, sum(c.values())))
    tot = {k: sum(c[k] for c in per.values()) for k in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11 or sum(tot.values()) != 40:
        err.append("category totals %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        err.append("not every kind present")
    quiet = sorted(l["file"] for l in LABELS if l["expect"]["urgent"]
                   and not ALARM.search(readable(BytesParser(policy=policy.default).parsebytes(FILES[l["file"]]))))
    return err, per, tot, quiet

def main():
    knowsley(); richmond_wandsworth(); tower_hamlets(); torbay(); herefordshire()
    err, per, tot, quiet = check()
    if len(quiet) < 6:
        err.append("only %d urgent mails avoid every alarm word" % len(quiet))
    if err:
        print("SELF-CHECK FAILED:", *err, sep="\n  ")
        sys.exit(1)
    for f, data in sorted(FILES.items()):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    print("per authority:", json.dumps(per))
    print("totals:", tot)
    print("urgent with no alarm word:", quiet)
    print("wrote %d messages; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
