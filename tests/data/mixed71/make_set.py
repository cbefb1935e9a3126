#!/usr/bin/env python3
"""mixed71: build the blind held-out set deterministically and self-check it.
Run with /work/main/.venv/bin/python make_set.py (needs the `holidays` package)."""
import hashlib, io, json, os, re, sys, zipfile
from datetime import datetime, date, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo
import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
YEAR = 2090
WINDOW = (date(2090, 1, 3), date(2090, 4, 13))   # Tue 3 Jan (Mon 2 Jan = New Year bank holiday) .. Thu 13 Apr (Good Friday next)
BH = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2089, 2090, 2091])}
HAND_BH = {date(2090, 1, 1), date(2090, 1, 2), date(2090, 4, 14), date(2090, 4, 17), date(2090, 5, 1), date(2090, 5, 29),
           date(2090, 8, 28), date(2090, 12, 25), date(2090, 12, 26)}
ADDR = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
SEED = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
        "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
        "herefordshire": "003_d813ace460bad8eb.txt"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
REQ = {  # REQUIREMENTS.md
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
    ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"},
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "children",
                              "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"meeting_details", "worries_strengths_next", "lead_practitioner", "children"},
    ("knowsley", "step_down", 3): {"meeting_details", "worries_strengths_next", "consent", "children"},
}
FILES, LABELS, CATS, META = {}, [], {}, {}

# ------------------------------------------------------------------ attachments
FIXED = (2090, 1, 1, 0, 0, 0)
def docx(paras):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in parts.items():
            z.writestr(zipfile.ZipInfo(n, FIXED), t.encode("utf-8"))
    return buf.getvalue()

def pdf(lines):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y, ops = 800, ["BT /F1 10 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 40 %d Tm (%s) Tj" % (y, esc(ln))); y -= 14
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

def D(name, *paras):
    return (name, DOCX_T, docx(paras), "\n".join(paras))
def P(name, *lines):
    return (name, ("application", "pdf"), pdf(lines), "\n".join(lines))

# ------------------------------------------------------------------ message builder
def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=LON)

def build(fname, auth, box, when, frm, subject, body, atts=(), cc=None, to=None, headers=None, calendar=None,
          nowmin=3, html=None):
    m = EmailMessage()
    seed = hashlib.sha1(fname.encode()).hexdigest()
    m["From"] = frm
    m["To"] = to or ADDR[auth][box]
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s.%s@mail.example.org>" % (seed[:16], seed[16:24])
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body, cte="quoted-printable")
    if html:
        m.add_alternative(html, subtype="html")
    readable = subject + "\n" + body
    for name, (mt, st), data, text in atts:
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
        readable += "\n" + name + "\n" + text
    if calendar:
        m.add_attachment(calendar.encode(), maintype="text", subtype="calendar", params={"method": "REPLY"},
                         filename="invite.ics")
        readable += "\n" + calendar
    raw = m.as_bytes(policy=policy.SMTP)
    raw = re.sub(rb"boundary=\"=+\d+==\"", lambda x: x.group(0), raw)
    b = re.findall(rb'boundary="([^"]+)"', raw)
    for i, old in enumerate(b):
        raw = raw.replace(old, ("==mixed71_%s_%d==" % (seed[:10], i)).encode())
    FILES[fname] = raw
    now = when + timedelta(minutes=nowmin, seconds=17)
    META[fname] = {"auth": auth, "box": box, "when": when, "now": now, "readable": readable}
    return now

def label(fname, cat, kind, urgent, level, case_ids, children, concerns, consent, mgr, missing, notice_ok, action, why,
          meeting=None, not_children=()):
    mt = META[fname]
    LABELS.append({"file": fname, "authority": mt["auth"], "mailbox": mt["box"], "now": mt["now"].isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": n, "dob": d} for n, d in children],
                              "concerns": sorted(concerns), "consent": consent, "manager_agreed": mgr,
                              "missing": sorted(missing), "notice_ok": notice_ok, "next_action": action},
                   "why": why + " | Rule: %s, seed %s; DESIGN 'stepbot parse' contract%s." % (
                       mt["auth"], SEED[mt["auth"]], "; urgent: DESIGN safety rule 1 (alert_duty first in next_action order) and seeds README 'Safeguarding always overrides the protocols'" if urgent else "")})
    CATS[fname] = cat
    mt["meeting"] = meeting
    mt["not_children"] = not_children

def sig(name, role, org, phone, email):
    return "\n\n%s\n%s\n%s\nTel: %s\n%s\n" % (name, role, org, phone, email)

# ================================================================== KNOWSLEY
def knowsley():
    f = "knowsley_01.eml"
    build(f, "knowsley", "mash_step_up", dt(2090, 1, 11, 9, 40, 12),
          "Farid Quayle <farid.quayle@knowsley.gov.uk>", "Step up request - Jordan Ashworth - EHM-90412 - TAF Wed 18th Jan",
          "Morning MASH,\n\nPlease find attached the step-up request for Jordan Ashworth (DOB 14/05/2073), EHM-90412.\n\n"
          "Jordan is 16. Since November he has been moving between friends' sofas after his dad told him not to come back "
          "following an argument. Dad has not come to any of the last four TAF meetings and will not answer calls from "
          "college or from me. At the moment Jordan is staying at his girlfriend's mum's house, which she says is fine "
          "until the end of the month, so he has a bed, but nothing longer term and dad will not talk about him coming home. "
          "He has lost a lot of weight and college say he turns up in the same clothes.\n\n"
          "Jordan has consented to the step up and is happy for us to share. My team manager Elinor Marsh has agreed "
          "the step up (she is copied in).\n\n"
          "Step-up TAF meeting: Wednesday 18th January, 10:00, Kirkby Family Hub, Room 2. I have sent the Teams "
          "invitation to this inbox and MASH business support.\n\n"
          "Attached: step-up request form, last TAF minutes, GCP2 and the Engaging Families toolkit for dad.\n\nThanks\nFarid"
          + sig("Farid Quayle", "Family First Case Manager", "Knowsley Family First 0-18", "0151 496 0233", "farid.quayle@knowsley.gov.uk"),
          atts=[D("Step Up Request Form - J Ashworth.docx", "Knowsley Step Up Request Form (Appendix 1)",
                  "Young person: Jordan Ashworth  DOB 14/05/2073  EHM-90412",
                  "Reason for step up: dad has asked Jordan to leave; sofa surfing since November; dad not engaging with TAF.",
                  "Team manager agreement: Elinor Marsh, 10/01/2090"),
                P("TAF minutes 04.01.2090 Ashworth.pdf", "TAF meeting minutes - 04/01/2090", "Jordan Ashworth EHM-90412",
                  "Present: Jordan, Farid Quayle, college pastoral lead. Dad did not attend (4th meeting missed).",
                  "Actions: case manager to request step up to MASH."),
                P("GCP2 Ashworth Jan 2090.pdf", "Graded Care Profile 2 (GCP2)", "Jordan Ashworth",
                  "Physical care: grade 4. Safety: grade 4. Love and care: grade 3. Stimulation: grade 3."),
                D("Engaging Families toolkit - Ashworth.docx", "Engaging Families toolkit",
                  "Father: declined four TAF invitations, not answering calls or letters.")],
          cc="Elinor Marsh <elinor.marsh@knowsley.gov.uk>")
    label(f, "ordinary", "step_up", False, None, ["EHM-90412"], [("Jordan Ashworth", "2073-05-14")],
          ["neglect", "non_engagement"], True, True, [], True, "book_meeting",
          "Complete Knowsley step-up for a 16-year-old told not to come home: form .docx, TAF minutes .pdf, GCP2 .pdf "
          "(neglect -> gcp2 met), Engaging Families toolkit .docx (dad not engaging -> non_engagement, toolkit met), EHM id, "
          "TM 'has agreed' and copied in, TAF Wed 18 Jan 10:00 with venue. He has a bed until the end of the month -> not urgent. "
          "Notice: Wed 11 Jan -> Wed 18 Jan = 5 working days (12,13,16,17,18) -> ok (seed 004 Appendix 1 'at least 5 working days').",
          meeting=date(2090, 1, 18))

    f = "knowsley_02.eml"
    build(f, "knowsley", "early_help_duty", dt(2090, 1, 20, 18, 25, 40),
          "Shannon Birtles <shannon.birtles@knowsleyyouth.example.org>", "Tyler - Friday night, need someone to ring me back",
          "Hi, I don't know if anyone is still on but I didn't know where else to send this.\n\n"
          "I run the Friday drop-in at Huyton youth centre. Tyler Mercer, 16, has just told me that his mum's partner put "
          "him out on Wednesday night and changed the code on the door. He has been sleeping on the landing of the stairwell "
          "in the flats on Cantril Farm the last two nights and he's going back there when we close at 9. He's had "
          "nothing to eat today apart from toast here. It's meant to go to minus 4 tonight. His phone is on 3% and he has no "
          "charger. Mum isn't answering. He won't go to his nan's because the partner goes there.\n\n"
          "I can keep him here until 9 but after that I don't know what to do with him. Can someone from social care "
          "ring me on 07700 900 418 tonight please.\n\nShannon\nYouth Worker, Huyton Youth Centre")
    label(f, "urgent", "other", True, None, [], [("Tyler Mercer", None)], ["neglect"], None, None, [], None, "alert_duty",
          "A YOUTH WORKER ON A FRIDAY EVENING (18:25, out of hours): a 16-year-old put out by mum's partner has slept two "
          "nights on a stairwell landing and will go back there at 9pm in sub-zero weather, no food, phone dying, mum not "
          "answering -> a child with nowhere safe tonight, duty would act now. No alarm word anywhere. Not a step request -> "
          "other; urgent -> alert_duty (EDT at this hour). Being put out by a carer -> neglect.")

    f = "knowsley_03.eml"
    build(f, "knowsley", "early_help_duty", dt(2090, 1, 24, 14, 10, 5),
          "Rachel Oyelaran <rachel.oyelaran@knowsley.gov.uk>", "Step down to level 2 - Callum Harrop ICS-2271960",
          "Dear Family First duty,\n\nI am requesting a step down to Level 2 for Callum Harrop (DOB 02.09.2072), ICS-2271960.\n\n"
          "Background: in October Callum (17) slept in his mum's car for three nights after his stepdad told him to leave. "
          "That was dealt with at the time under a Child and Family Assessment and he has been in a supported lodgings "
          "placement in Prescot since 30 October. The planned move to his longer-term supported lodgings host is on "
          "Thursday 2 February and has been agreed by Callum, his mum and the provider. He has not slept rough since October.\n\n"
          "Final CIN meeting: Wednesday 1 February at 13:30, Huyton Hub, Meeting Room 4.\n\n"
          "What are we worried about?\nCallum's college attendance has dropped to 71% and he is behind with coursework.\n\n"
          "What is working well?\nHe is settled with his host, budgets his money and sees his mum every Sunday for tea.\n\n"
          "What needs to happen?\nCollege support plan and a youth worker to help him with the move and his attendance.\n\n"
          "Lead practitioner at Level 2: Dionne Kaye, Youth Worker, Knowsley Youth Service (dionne.kaye@knowsleyyouth.example.org).\n\n"
          "Kind regards\nRachel Oyelaran\nSocial Worker, Children in Need Team\n0151 496 0785")
    label(f, "near_miss", "step_down", False, 2, ["ICS-2271960"], [("Callum Harrop", "2072-09-02")], ["school_attendance"],
          None, None, [], True, "book_meeting",
          "NEAR MISS - HISTORIC AND A PLANNED MOVE: three nights in a car in October, dealt with; in supported lodgings since, "
          "planned move to a longer-term host agreed -> not urgent, no neglect now. Level 2 written: meeting date/time/venue, "
          "the three Signs of Safety headings answered, lead practitioner named with agency -> nothing missing (seed 004 "
          "sections 2-3). Consent not mentioned -> null (not required at level 2). Notice Tue 24 Jan -> Wed 1 Feb = 6 WD -> ok. "
          "College attendance 71% -> school_attendance.", meeting=date(2090, 2, 1))

    f = "knowsley_04.eml"
    build(f, "knowsley", "early_help_duty", dt(2090, 4, 11, 10, 5, 51),
          "Tom Gaskell <tom.gaskell@knowsley.gov.uk>", "SD L3 Kacey Dunn ICS-2280431 (joint visit Tues 18th)",
          "Hi all\n\nStep down to Level 3 please for Kacey Dunn, d.o.b 30/09/2073, ICS-2280431.\n\n"
          "Kacey has been living with her aunt Leanne since her mum asked her to leave in December. It has been stable: "
          "Leanne has a residence arrangement in place and Kacey has her own room. Mum is getting treatment for her "
          "depression and contact is going well.\n\n"
          "WORRIES: mum's mental health is up and down and Kacey still blames herself.\n"
          "WORKING WELL: settled at Leanne's, attending school every day, good relationship with her aunt.\n"
          "NEXT STEPS: Family First worker to support family time with mum and some work with Kacey on her feelings.\n\n"
          "Leanne and mum have both given consent to Level 3 Early Help.\n\n"
          "Joint home visit with a Family First case manager: Tuesday 18th April at 10am, at Leanne's (14 Alderwood Close, Whiston).\n\n"
          "Thanks, Tom\nTom Gaskell | Social Worker | Knowsley Children's Social Care | 0151 496 0612")
    label(f, "ordinary", "step_down", False, 3, ["ICS-2280431"], [("Kacey Dunn", "2073-09-30")], ["parental_mental_health"],
          True, None, [], False, "request_info",
          "Knowsley level 3 step-down, all requirements met (joint home visit date/time/venue, three headings, consent given). "
          "NOTICE ACROSS EASTER, DECISIVE: Tue 11 April -> Tue 18 April is 5 plain weekdays, but Good Friday 14 April and "
          "Easter Monday 17 April are bank holidays -> 3 working days < 5 (seed 004 'a minimum of 5 days notice', read as WD) "
          "-> notice not ok -> request_info. Asked to leave in December, now stable with aunt -> historic, no neglect.",
          meeting=date(2090, 4, 18))

    f = "knowsley_05.eml"
    build(f, "knowsley", "mash_step_up", dt(2090, 2, 13, 11, 0, 30),
          "Knowsley Safeguarding Children Partnership <kscp.training@knowsley.gov.uk>",
          "Training: 16 and 17 year olds who are homeless - the joint protocol in practice (March sessions)",
          "Dear colleagues,\n\nPlaces are now open on our half-day briefing on homeless 16 and 17 year olds, the Southwark "
          "judgment and the Knowsley joint housing protocol (Tuesday 7 and Thursday 23 March, Huyton Suite).\n\n"
          "The session works through three invented case studies:\n"
          "  Case study A - 'Jay', 16, thrown out by his dad and sleeping in a car outside a relative's house.\n"
          "  Case study B - 'Mia', 17, sofa surfing and staying with an older man who 'wants something back'.\n"
          "  Case study C - a supported lodgings placement that breaks down on a Friday afternoon.\n\n"
          "None of these are real young people; they are composites written for training. Please do not make referrals "
          "to this address about the session - book through the learning portal.\n\n"
          "KSCP Learning and Development Team")
    label(f, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
          "NEAR MISS - TRAINING CASE STUDIES: a partnership training advert whose examples (sleeping in a car, an older man, a "
          "placement breaking down) are invented composites -> DESIGN safety rule 1: bulletins that list examples must not "
          "trigger it. No real child (first-name pseudonyms only), no request -> other -> human_review.",
          not_children=("Jay", "Mia"))

    f = "knowsley_06.eml"
    fwd = ("---------- Forwarded message ---------\nFrom: Student Services <studentservices@knowsleycollege.example.ac.uk>\n"
           "Date: Thu, 9 Mar 2090 at 14:31\nSubject: Chloe K - concern\nTo: Farid Quayle <farid.quayle@knowsley.gov.uk>\n\n"
           "Hi Farid,\n\nChloe Kearns (DOB 21/07/2073) came to see her tutor after lunch. She told her she has been staying at "
           "a man called Dean's flat in Kirkby since her mum threw her out after Christmas. He is 38. She said 'the rent is "
           "me being his girlfriend' and that his mates come round and she has to 'be nice' to them too. She showed her "
           "tutor bruises on her wrist. She left college at 2 saying Dean was picking her up outside and she would be at his "
           "tonight. She begged us not to tell anyone.\n\nWe have her mum's number but it goes to voicemail.\n\n"
           "Bernie Flood\nStudent Services Manager, Knowsley College\n")
    build(f, "knowsley", "mash_step_up", dt(2090, 3, 9, 15, 5, 2),
          "Farid Quayle <farid.quayle@knowsley.gov.uk>", "FW: Chloe K - concern / step up EHM-91177",
          "MASH - forwarding the below from college re Chloe Kearns, EHM-91177. I was going to send the step up for "
          "the TAF next month but please see what college have said. Form attached, TAF minutes to follow, we'll book "
          "the TAF when you say. Elinor's aware.\n\nFarid\n\n" + fwd,
          atts=[D("Step up form C Kearns.docx", "Knowsley Step Up Request Form", "Young person: Chloe Kearns  EHM-91177",
                  "Reason: sofa surfing after mum asked her to leave; staying with an older adult male; college concerns.")])
    label(f, "urgent", "step_up", True, None, ["EHM-91177"], [("Chloe Kearns", "2073-07-21")],
          ["exploitation", "physical_harm", "sexual_harm"], None, None,
          ["exploitation_assessment", "manager_agreed", "meeting_details", "taf_minutes"], None, "alert_duty",
          "BURIED IN A FORWARD: a planned step-up whose forwarded college mail says a 16-year-old thrown out by mum is living "
          "with a 38-year-old for whom 'the rent is me being his girlfriend', must 'be nice' to his friends, has bruised "
          "wrists, and he collected her at 2pm for tonight -> DESIGN safety rule 1 (quoted/forwarded history read) -> urgent "
          "-> alert_duty. Missing as a Knowsley step-up: TAF minutes 'to follow', no exploitation assessment, no meeting date "
          "('we'll book the TAF when you say' -> meeting_details, notice null), 'Elinor's aware' is not agreement -> manager_agreed null.",
          not_children=("Dean",))

    f = "knowsley_07.eml"
    cal = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000071a2b3mixed71k07\r\nDTSTAMP:20900113T085000Z\r\n"
           "DTSTART;TZID=GMT Standard Time:20900118T100000\r\nDTEND;TZID=GMT Standard Time:20900118T113000\r\n"
           "SUMMARY:Step-up TAF - J.A. - EHM-90412 [SB-knowsley-3107]\r\nORGANIZER:mailto:farid.quayle@knowsley.gov.uk\r\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Paula Mottram:mailto:p.mottram@knowsleycollege.example.ac.uk\r\n"
           "COMMENT:I'll bring his attendance and the bursary info.\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    build(f, "knowsley", "mash_step_up", dt(2090, 1, 13, 8, 50, 9),
          "Paula Mottram <p.mottram@knowsleycollege.example.ac.uk>", "Accepted: Step-up TAF - J.A. - EHM-90412 [SB-knowsley-3107]",
          "Paula Mottram has accepted this meeting.\n\nI'll bring his attendance and the bursary info.\n", calendar=cal, nowmin=2)
    label(f, "ordinary", "meeting_reply", False, None, ["EHM-90412"], [], [], None, None, [], None, "record_reply",
          "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the college DSL for knowsley_01's step-up TAF (Wed 18 Jan); SUMMARY "
          "carries EHM-90412 and the reference; initials only. DESIGN: meeting_reply -> record_reply.")

    f = "knowsley_08.eml"
    build(f, "knowsley", "early_help_duty", dt(2090, 4, 10, 11, 20, 44),
          "Amira Haddad <amira.haddad@knowsley.gov.uk>", "Step down - Ellis Shaw - ICS-2266318",
          "Hello Family First,\n\nStep down request for Ellis Shaw, DOB 2073-01-08, ICS-2266318. Level 3.\n\n"
          "Ellis moved in with his grandad in Halewood in February after the family were evicted and dad went into a "
          "men's hostel. Grandad has a spare room and Ellis is settled there.\n\n"
          "- What are we worried about: dad's drinking and that Ellis is skipping sixth form to check on him.\n"
          "- What's working well: grandad, Ellis's part-time job, he is eating and sleeping well.\n"
          "- What needs to happen: sixth form mentoring, grandad to have support with Ellis's benefits.\n\n"
          "Final CIN meeting: Wednesday 19 April, 2pm, Halewood Centre.\n\n"
          "Consent: dad declined Early Help when I saw him at the hostel on Friday; grandad is willing but dad holds PR.\n\n"
          "Amira Haddad, Social Worker, 0151 496 0147")
    label(f, "ordinary", "step_down", False, 3, ["ICS-2266318"], [("Ellis Shaw", "2073-01-08")],
          ["school_attendance", "substance_misuse"], False, None, ["consent"], True, "request_info",
          "Knowsley level 3 step-down: date/time/venue and the three headings given, but 'dad declined Early Help' -> consent "
          "false -> consent missing (seed 004 section 2 level 3 consent) -> request_info. NOTICE ACROSS EASTER, not decisive: "
          "Mon 10 April -> Wed 19 April is 7 plain weekdays but 5 working days once Good Friday and Easter Monday go -> "
          "exactly 5 -> ok. Dad's drinking -> substance_misuse; skipping sixth form -> school_attendance.",
          meeting=date(2090, 4, 19))
# ================================================================== RICHMOND & WANDSWORTH
def richmond_wandsworth():
    f = "richmond_wandsworth_01.eml"
    build(f, "richmond_wandsworth", "mash_step_up", dt(2090, 2, 7, 16, 38, 20),
          "Housing Options Wandsworth <housingoptions@wandsworthhousing.example.gov.uk>",
          "Young person at our front desk now - 17, no accommodation tonight",
          "To the MASH\n\nI am the duty Housing Options officer at the Wandsworth High Street office. Malik Osei-Bonsu, "
          "date of birth 03/08/2072, presented to our desk at 16:10 today. He states that his mother changed the locks "
          "this morning and has told him by text not to come back. He has a rucksack with him and £6. He has no relatives "
          "in London he can go to and says he slept on the night bus last night.\n\n"
          "Under the joint protocol we cannot place a 17-year-old in bed and breakfast and our office closes at 17:00. He "
          "is sitting in our waiting area. Please can a social worker call me on 020 7946 0552 before 5pm so we can "
          "arrange where he goes tonight.\n\n"
          "Gemma Lindqvist\nHousing Options Officer\nWandsworth Housing Options")
    label(f, "urgent", "other", True, None, [], [("Malik Osei-Bonsu", "2072-08-03")], ["neglect"], None, None, [], None,
          "alert_duty",
          "A HOUSING OFFICER AT 16:38: a 17-year-old at the housing desk now, locked out by his mother, slept on a night bus, "
          "£6, the office shuts at 17:00 and he cannot go to a B&B -> nowhere safe tonight; a duty social worker acts today "
          "(Southwark duty). No alarm word anywhere. No step request -> other; urgent -> alert_duty. Locked out by a parent -> neglect.")

    f = "richmond_wandsworth_02.eml"
    build(f, "richmond_wandsworth", "early_help_duty", dt(2090, 3, 29, 17, 52, 3),
          "Niamh Corrigan <niamh.corrigan@richmondandwandsworth.gov.uk>", "Step down - Kai Brennan - Mosaic ID 2650118",
          "Dear Early Help duty,\n\nPlease accept this step-down request for Kai Brennan (DOB 11/11/2073), Mosaic ID 2650118.\n\n"
          "Case summary and the draft Early Help plan are attached. Mum (Shauna Brennan) consented to the step-down at our "
          "visit on 22 March and signed the consent section of the plan. I spoke to Jasper today and we agreed the step-down "
          "discussion for Monday 3 April at 11:00.\n\n"
          "Concerns were around mum's drinking and Kai's school attendance; both have improved over the CIN plan.\n\n"
          "Best wishes\nNiamh\n\nNiamh Corrigan | Social Worker | Children in Need, Wandsworth | 020 7946 0731\n\n"
          "PS - sorry, just as I was sending this Kai rang me. He says mum came home drunk at 5, bagged up his stuff and put "
          "it on the landing and told him to get out. He is on the 44 bus and says he will just ride buses all night. He has "
          "£2 and his phone is nearly dead. I am leaving the office now and cannot get hold of anyone on duty - who do I call?",
          atts=[D("Case summary - K Brennan.docx", "Case summary", "Kai Brennan, Mosaic 2650118",
                  "CIN plan since September: mum's alcohol use, Kai's attendance. Both improved."),
                D("Draft Early Help plan - Brennan.docx", "Draft Early Help plan", "Kai Brennan",
                  "Consent: Shauna Brennan signed 22/03/2090.", "Goals: attendance above 90%; mum to continue with alcohol service.")])
    label(f, "urgent", "step_down", True, None, ["2650118"], [("Kai Brennan", "2073-11-11")],
          ["school_attendance", "substance_misuse"], True, None, [], None, "alert_duty",
          "A PS AFTER THE SIGNATURE: an otherwise complete Richmond & Wandsworth step-down (case summary, draft plan, consent "
          "given; seed 000 step down) whose PS says the 16-year-old has just been thrown out by his drunk mother and will ride "
          "night buses with £2 and a dying phone -> DESIGN safety rule 1 (every part read) -> urgent -> alert_duty. 'Mosaic ID "
          "2650118' -> the bare number. No level written -> null.", not_children=("Shauna Brennan",))

    f = "richmond_wandsworth_03.eml"
    build(f, "richmond_wandsworth", "early_help_duty", dt(2090, 1, 16, 10, 12, 48),
          "Ravi Chandran <ravi.chandran@richmondandwandsworth.gov.uk>", "Step down request: Ruby Sandhu (Mosaic 2641077)",
          "Hi EH duty,\n\nStep-down request for Ruby Sandhu, DOB 19 June 2073, Mosaic number 2641077.\n\n"
          "Ruby is 16. After a lot of arguments at home over the autumn, she and her mum agreed in December that Ruby "
          "would stay with her best friend's family in Twickenham for the rest of the school year. This is a private "
          "arrangement that both mums and Ruby asked for; I visited the friend's home on 9 January, met Mr and Mrs Adebayo, "
          "and Ruby has her own room. Mum sees her twice a week and they are doing family mediation. Ruby has never been "
          "without somewhere to stay and is not sleeping rough.\n\n"
          "Case summary and draft plan attached. Mum has consented to Early Help and so has Ruby.\n"
          "I've agreed a step-down discussion with the EH duty manager for Friday 19th at 2pm.\n\nThanks\nRavi\n"
          "Ravi Chandran, Social Worker, Richmond CIN team, 020 7946 0418",
          atts=[D("Case summary Ruby Sandhu.docx", "Case summary", "Ruby Sandhu  Mosaic 2641077",
                  "Private arrangement with friend's family agreed by mother; mediation under way."),
                P("Draft EH plan Sandhu.pdf", "Draft Early Help plan", "Ruby Sandhu", "Family mediation; school mentor; weekly contact with mum.")])
    label(f, "near_miss", "step_down", False, None, ["2641077"], [("Ruby Sandhu", "2073-06-19")], [], True, None, [], None,
          "book_meeting",
          "NEAR MISS - STAYING WITH A FRIEND'S FAMILY BY AGREEMENT: a 16-year-old in a private arrangement her mother asked "
          "for, home visited, own room; 'not sleeping rough' negated -> not urgent. Complete step-down (case summary .docx, "
          "draft plan .pdf, consent given; seed 000 step down) -> book_meeting. 'Mosaic number 2641077' -> bare number.")

    f = "richmond_wandsworth_04.eml"
    build(f, "richmond_wandsworth", "mash_step_up", dt(2090, 2, 2, 12, 30, 0),
          "Obi Nwankwo <obi.nwankwo@richmondhousing.example.gov.uk>",
          "RE: [SB-richmond_wandsworth-2231] Step up - Declan Fry - Mosaic 2649903",
          "Hello,\n\nFurther to the worker's query on Tuesday about whether Declan was sleeping in his car: no, he is not. "
          "That came from a message his friend posted. I did a home visit to his nan's in Ham this morning and Declan has "
          "been living there since Sunday with his own room - nan is happy for him to stay and has applied to be added to "
          "his benefit claim. Nothing further needed from housing tonight.\n\n"
          "Regards\nObi Nwankwo\nYoung Persons Housing Officer, Richmond\n020 7946 0904\n\n"
          "> From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>\n> Subject: [SB-richmond_wandsworth-2231] Step up - "
          "Declan Fry - Mosaic 2649903\n> We have received the step-up request for Declan Fry (17). Reference SB-richmond_wandsworth-2231.\n")
    label(f, "near_miss", "follow_up", False, None, ["2649903"], [("Declan Fry", None)], [], None, None, [], None,
          "attach_to_request",
          "NEAR MISS - NEGATED: a housing officer's reply to [SB-richmond_wandsworth-2231]: 'was he sleeping in his car: no, "
          "he is not', home visit confirms he lives at nan's -> DESIGN: negated risk must not trigger. Reply adding to a "
          "request -> follow_up -> attach_to_request; missing []. Mosaic id from the subject.")

    f = "richmond_wandsworth_05.eml"
    build(f, "richmond_wandsworth", "mash_step_up", dt(2090, 2, 21, 9, 5, 33),
          "Priya Rahman <priya.rahman@richmondandwandsworth.gov.uk>", "Step Up - Mensah family - Mosaic 2655420 / 2655421",
          "Dear MASH,\n\nAs Early Help team manager I am stepping up the Mensah family and I agree with the worker's request.\n\n"
          "Children: Aaliyah Mensah (DOB 05/04/2073) - Mosaic 2655420; Zaid Mensah (DOB 12/10/2078) - Mosaic 2655421.\n\n"
          "Rationale for step up\nThe family are in temporary accommodation in one room and have been served notice for "
          "the end of March. Mum's depression has worsened and she has stopped taking her medication. Aaliyah (16) has been "
          "staying with different friends most nights to give Zaid and mum space and has missed 30% of school this term. "
          "Early Help support for four months has not changed things and we think a social care assessment is needed.\n\n"
          "The case summary is attached.\n\nPriya Rahman\nEarly Help Team Manager, Wandsworth\n020 7946 0266",
          atts=[P("Case summary - Mensah family.pdf", "Case summary - Mensah family", "Aaliyah Mensah 2655420; Zaid Mensah 2655421",
                  "Temporary accommodation; notice to leave; mother's mental health; attendance.")])
    label(f, "ordinary", "step_up", False, None, ["2655420", "2655421"],
          [("Aaliyah Mensah", "2073-04-05"), ("Zaid Mensah", "2078-10-12")],
          ["parental_mental_health", "school_attendance"], None, True, [], None, "book_meeting",
          "Complete Richmond & Wandsworth step-up from the Early Help team manager (seed 000 step up): case summary .pdf and "
          "a 'Rationale for step up' heading in the body -> nothing missing -> book_meeting (invitation within 1 WD). The TM "
          "says 'I agree' -> manager_agreed true. Aaliyah sofa surfing to give space but has somewhere each night -> not urgent. "
          "Consent not mentioned -> null.")

    f = "richmond_wandsworth_06.eml"
    build(f, "richmond_wandsworth", "early_help_duty", dt(2090, 3, 15, 13, 44, 19),
          "Lucy Fairweather <lucy.fairweather@richmondandwandsworth.gov.uk>", "step down - Harvey Quill",
          "Hi\n\nI'd like to step Harvey Quill (17, DOB 28.01.2073, Mosaic 2638815) down to Early Help. He's back living with "
          "dad after six weeks at a Centrepoint-style hostel and things are calmer. Case summary attached. I haven't done the "
          "Early Help plan yet - will draft it with dad.\n\nI'll ask dad about consent at Thursday's visit.\n\n"
          "Lucy Fairweather, SW, 020 7946 0350",
          atts=[D("Harvey Q - case summary.docx", "Case summary", "Harvey Quill, Mosaic 2638815",
                  "Returned home from hostel after mediation. Father engaging.")])
    label(f, "ordinary", "step_down", False, None, ["2638815"], [("Harvey Quill", "2073-01-28")], [], None, None,
          ["consent", "draft_plan"], None, "request_info",
          "Richmond & Wandsworth step-down (seed 000 step down): case summary attached; plan 'haven't done yet' -> draft_plan "
          "missing; 'I'll ask dad about consent' -> consent null -> missing -> request_info. Hostel stay over, home calmer -> "
          "no current concern.")

    f = "richmond_wandsworth_07.eml"
    build(f, "richmond_wandsworth", "early_help_duty", dt(2090, 3, 3, 7, 2, 0),
          "Jasper Quint <jasper.quint@richmondandwandsworth.gov.uk>", "Automatic reply: Step down discussion - next week",
          "Thank you for your email. I am on leave until Monday 13 March with no access to email. For step-down "
          "discussions please contact the Early Help duty team on 020 7946 0321 or EarlyHelpDuty@richmondandwandsworth.gov.uk.\n\nJasper Quint\n",
          headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, nowmin=1)
    label(f, "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
          "Out-of-office (Auto-Submitted: auto-replied) from the Early Help manager -> auto_reply -> ignore (DESIGN safety rule 2).")

    f = "richmond_wandsworth_08.eml"
    build(f, "richmond_wandsworth", "mash_step_up", dt(2090, 4, 4, 11, 15, 2),
          "Marcus Odell <marcus.odell@richmondandwandsworth.gov.uk>", "Step up request - Tia Hollis",
          "MASH team,\n\nRequesting step up for Tia Hollis, DOB 17/02/2074, Mosaic 2660934.\n\n"
          "Rationale for step-up: Tia (16) has been asked to leave by her stepmother three times since January and each time "
          "has stayed with her older sister in Putney, where she is now. Dad will not challenge the stepmother, has stopped "
          "coming to TAF meetings and does not answer us. We think Tia needs a Child and Family Assessment to plan where she "
          "lives.\n\nI'm still waiting to hear back from my team manager on this so please treat as provisional. I will send "
          "the case summary once it's signed off.\n\nMarcus Odell, Early Help Worker, 020 7946 0488")
    label(f, "ordinary", "step_up", False, None, ["2660934"], [("Tia Hollis", "2074-02-17")], ["non_engagement"], None,
          None, ["case_summary"], None, "request_info",
          "Richmond & Wandsworth step-up (seed 000): rationale under its own heading but the case summary 'once it's signed "
          "off' -> case_summary missing -> request_info. Manager 'still waiting to hear back' -> null (not a requirement here). "
          "Staying with her sister now -> not urgent. Dad stopped attending TAF -> non_engagement.")
# ================================================================== TOWER HAMLETS
def tower_hamlets():
    f = "tower_hamlets_01.eml"
    build(f, "tower_hamlets", "mash_step_up", dt(2090, 1, 23, 21, 47, 11),
          "sadia.x2073 <sadiaxo2073@mailbox.example.com>", "help pls",
          "hi i got this email off the card the school nurse gave me. my name is Sadia Begum im 16 (born 2/6/2073)\n\n"
          "my mum kicked me out 2 weeks ago cos of my boyfriend. i been staying at this guy flat in bow hes like 30 "
          "something, my friend said he lets girls stay. at first he was ok but now he says i owe him for the food and the "
          "room and i cant go till i pay it back. tonight he says his friends are coming and i have to be nice to them "
          "thats how i pay. he took my phone charger and keys so i cant go out. im in the bathroom writing this on my "
          "phone 11% left\n\ni dont want the police to come with sirens he will know it was me. the flat is above the "
          "chicken shop on roman rd near the market\n\nplease someone")
    label(f, "urgent", "other", True, None, [], [("Sadia Begum", "2073-06-02")], ["exploitation", "sexual_harm"], None, None,
          [], None, "alert_duty",
          "THE YOUNG PERSON HERSELF, 21:47, ON HER PHONE: a 16-year-old thrown out by mum, staying with a man 'like 30' who "
          "says she owes him and must 'be nice' to his friends tonight, keys and charger taken, hiding in the bathroom -> "
          "sexual exploitation happening tonight -> urgent -> alert_duty (out-of-hours; seed 001 gives MAST out-of-hours "
          "0207 364 4079). No alarm word. Not a step request -> other. DOB written 2/6/2073 -> 2073-06-02.")

    f = "tower_hamlets_02.eml"
    build(f, "tower_hamlets", "early_help_duty", dt(2090, 2, 8, 7, 50, 26),
          "Funmi Adewale <funmi.adewale@mailbox.example.com>", "My son's friend turned up at ours last night - what do I do",
          "Good morning,\n\nI'm a parent, not a professional, so I hope this is the right place. The school's website said to "
          "email this address.\n\nMy son's friend Reece Okafor (16, in Year 12 with my son at Morpeth) knocked on our door at "
          "about 11 last night. He had a cut above his eye that had been bleeding and bruises coming up on both arms. He said "
          "his dad punched him and threw him out after an argument about his college bag. He slept on our sofa. This morning "
          "his dad has sent him about 20 messages saying he knows where he is and he'll come and drag him home.\n\n"
          "I have to be at work at 9 and my son goes to college. I can't leave Reece here on his own with his dad saying "
          "that and I don't want to just send him back. His eye looks worse this morning.\n\n"
          "Please can somebody phone me on 07700 900 662.\n\nFunmi Adewale")
    label(f, "urgent", "other", True, None, [], [("Reece Okafor", None)], ["physical_harm"], None, None, [], None, "alert_duty",
          "A FRIEND'S PARENT AT 07:50: a 16-year-old with a fresh eye wound and bruised arms says his father punched him and "
          "threw him out; father now messaging that he will come and 'drag him home'; the parent leaves for work at 9 -> a "
          "current physical abuse disclosure with injury and no safe place after 9 -> urgent -> alert_duty. No alarm word. "
          "Not a request -> other. Her son (unnamed) not labelled.")

    f = "tower_hamlets_03.eml"
    build(f, "tower_hamlets", "early_help_duty", dt(2090, 3, 24, 16, 20, 37),
          "Ayesha Miah <a.miah@eastendfoyer.example.org>",
          "RE: [SB-tower_hamlets-3310] Step down - Jade Fenwick - Mosaic 2770415",
          "Hi,\n\nUpdate on Jade for the step-down file. I'm her keyworker at the foyer.\n\n"
          "The placement has broken down - after the damage to her room on Wednesday our manager served her 24 hours' notice "
          "yesterday and she left with her bags at lunchtime. She didn't come back last night and isn't answering. At 15:40 "
          "she sent me a photo from the back seat of a car with two older men in the front and then 'dont look for me im "
          "sorted now'. Her mum says she's not her problem any more.\n\nShe is 16 - I've reported her missing to police "
          "(ref CAD 4471) but I don't know who in children's services is picking this up.\n\n"
          "Ayesha Miah\nKeyworker, East End Foyer\n020 7946 0127\n\n"
          "> On 20 Mar 2090, EarlyHelpHub@towerhamlets.gov.uk wrote:\n> Thank you. We have received the step-down request for "
          "Jade Fenwick (Mosaic 2770415), reference [SB-tower_hamlets-3310].\n")
    label(f, "urgent", "follow_up", True, None, ["2770415"], [("Jade Fenwick", None)], ["exploitation", "missing", "neglect"],
          None, None, [], None, "alert_duty",
          "HOSTEL STAFF, A FOLLOW-UP THAT IS URGENT: a reply to [SB-tower_hamlets-3310] saying the 16-year-old's foyer placement "
          "broke down, she has been missing overnight, sent a photo from a car with two older men ('dont look for me'), mum "
          "refuses her -> DESIGN safety rule 1 whatever the kind -> alert_duty. Reported missing -> missing; older men -> "
          "exploitation; mother refusing her -> neglect. 'CAD 4471' is a police reference, not a case id.")

    f = "tower_hamlets_04.eml"
    build(f, "tower_hamlets", "mash_step_up", dt(2090, 1, 19, 14, 0, 0),
          "Housing Panel Admin <youngpersonspanel@towerhamlets.gov.uk>",
          "Minutes - Joint 16/17 Housing and Children's Services Panel - 17 January",
          "Please find below the minutes of Tuesday's panel for information. Names are removed as usual.\n\n"
          "1. Apologies: Education Welfare.\n"
          "2. Actions from December: all complete.\n"
          "3. Young people reviewed (6):\n"
          "   a) YP1 (17, M) - supported lodgings, settled; move-on plan agreed for summer.\n"
          "   b) YP2 (16, F) - had been sofa surfing before Christmas; now in the Mile End supported housing scheme since "
          "28/12, engaging well.\n"
          "   c) YP3 (16, M) - returned home after mediation; family support via Early Help; review in 6 weeks.\n"
          "   d) YP4 (17, F) - was sleeping in a stairwell in November, placed under s20 the same night; now in foster care, "
          "no housing action.\n"
          "   e) YP5 (17, M) - staying with a friend's family with mother's agreement; housing advice given.\n"
          "   f) YP6 (16, M) - Staying Close application in progress.\n"
          "4. No young person is waiting for accommodation. No presentations outstanding.\n"
          "5. Next panel: Tuesday 21 February, 10:00, Mulberry Place.\n\n"
          "Panel Administrator, Tower Hamlets Housing Options")
    label(f, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
          "NEAR MISS - A HOUSING PANEL'S ROUTINE MINUTES: anonymised young people, every past risk (sofa surfing, a stairwell "
          "in November) already resolved; 'No young person is waiting for accommodation' -> not urgent. No named child, no "
          "request -> other -> human_review.")

    f = "tower_hamlets_05.eml"
    build(f, "tower_hamlets", "mash_step_up", dt(2090, 2, 28, 9, 15, 3),
          "PC 4471TH Daniel Reyes <daniel.reyes@met.police.example.uk>", "Police protection overnight - Lily-Mae Carver (16) - FYI",
          "MAST,\n\nFor your information and follow-up.\n\nAt 00:20 this morning officers found Lily-Mae Carver (DOB "
          "13/12/2073) asleep in an unlocked car on Narrow Street, Limehouse. She said her mother had told her to leave on "
          "Sunday. We took her into police protection and the Emergency Duty Team arranged an emergency foster placement; she "
          "was handed to the foster carer at 01:40 and is there now, safe and well, and will go to school from there today. "
          "EDT have the details and have told me the case will be passed to the day team this morning.\n\n"
          "Mother was spoken to at 02:30 and said she will not have Lily-Mae back at present.\n\n"
          "PC Daniel Reyes, Central East BCU Safeguarding, 020 7946 0871")
    label(f, "near_miss", "other", False, None, [], [("Lily-Mae Carver", "2073-12-13")], ["neglect"], None, None, [], None,
          "human_review",
          "NEAR MISS - ALREADY DEALT WITH: police protection overnight and an emergency foster placement arranged by EDT at "
          "01:40; 'safe and well', passed to the day team -> no risk that needs an alert now. Police notification, no step -> "
          "other -> human_review. Mother still refusing to have her back -> neglect is a current concern.")

    f = "tower_hamlets_06.eml"
    build(f, "tower_hamlets", "early_help_duty", dt(2090, 3, 16, 10, 30, 45),
          "Kwame Asante <kwame.asante@towerhamlets.gov.uk>", "Step down to Early Help - Rahman siblings - Mosaic 2761190, 2761191",
          "Dear Early Help Hub,\n\nI am stepping down Nadia Rahman (DOB 04/03/2074) and Ibrahim Rahman (DOB 22/08/2080), "
          "Mosaic 2761190 and 2761191.\n\nThe Child and Family Assessment concluded on 10 March. The family have now been "
          "rehoused from one room into a three-bedroom flat, and Nadia, who had been staying with friends because of the "
          "overcrowding, is back at home with her own room. Dad has consented to Early Help support and signed the plan.\n\n"
          "Lead practitioner: Halima Yusuf, Youth Worker, Spotlight Youth (halima.yusuf@spotlightyouth.example.org).\n"
          "I will arrange and chair the TAF meeting on Tuesday 21 March at 10:00 at the Idea Store, Whitechapel.\n\n"
          "Attached: the assessment and the draft plan.\n\nKwame Asante\nSocial Worker, Tower Hamlets CSC, 020 7946 0593",
          atts=[P("CFA Rahman - concluded 10.03.2090.pdf", "Child and Family Assessment", "Nadia Rahman; Ibrahim Rahman",
                  "Outcome: step down to Early Help."),
                D("Draft EH plan Rahman.docx", "Draft Early Help plan", "Lead practitioner: Halima Yusuf, Spotlight Youth")])
    label(f, "ordinary", "step_down", False, None, ["2761190", "2761191"],
          [("Nadia Rahman", "2074-03-04"), ("Ibrahim Rahman", "2080-08-22")], [], True, None, [], None, "book_meeting",
          "Complete Tower Hamlets step-down (seed 001): assessment .pdf, draft plan .docx, consent given, lead practitioner "
          "named with agency; TAF within 10 WD of the assessment ending (10 -> 21 March) -> book_meeting. Overcrowding now "
          "resolved -> no concern.")

    f = "tower_hamlets_07.eml"
    build(f, "tower_hamlets", "mash_step_up", dt(2090, 4, 3, 14, 5, 8),
          "Georgia Lamb <georgia.lamb@towerhamlets.gov.uk>", "MAST request - Tyrese Boateng",
          "Hi MAST,\n\nPlease find attached a Request for Support for Tyrese Boateng (DOB 30/05/2072), Mosaic 2775302.\n\n"
          "Tyrese is 17 and has been sofa surfing between friends and his cousin since his mum's new partner moved in at "
          "Christmas. He is at his cousin's in Stepney until the end of April so has a bed for now. He has stopped going to "
          "his apprenticeship and mum has not come to either of the last two TAF meetings.\n\n"
          "To be upfront: my manager doesn't agree this meets the threshold for MAST and has not signed it off - I'm sending "
          "it so it is on record and would welcome a conversation.\n\nGeorgia Lamb\nEarly Help Practitioner, 020 7946 0740",
          atts=[D("Request for Support - T Boateng.docx", "Request for Support", "Tyrese Boateng  Mosaic 2775302",
                  "Manager's agreement: not given.")])
    label(f, "ordinary", "step_up", False, None, ["2775302"], [("Tyrese Boateng", "2072-05-30")], ["non_engagement"], None,
          False, ["manager_agreed"], None, "request_info",
          "Tower Hamlets MAST step-up (seed 001): Request for Support attached, but 'my manager doesn't agree ... has not "
          "signed it off' -> manager_agreed false -> missing -> request_info. Sofa surfing but a bed until the end of April "
          "-> not urgent. Mum missing TAF meetings -> non_engagement.")

    f = "tower_hamlets_08.eml"
    cal = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20900411T090000Z\r\nDTEND:20900411T100000Z\r\nDTSTAMP:20900405T074000Z\r\n"
           "ORGANIZER;CN=Kwame Asante:mailto:kwame.asante@towerhamlets.gov.uk\r\nUID:mixed71-th08-taf@towerhamlets.gov.uk\r\n"
           "ATTENDEE;CN=halima.yusuf@spotlightyouth.example.org;PARTSTAT=DECLINED:mailto:halima.yusuf@spotlightyouth.example.org\r\n"
           "SUMMARY:TAF review - Rahman - Mosaic 2761190\r\nSEQUENCE:1\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    build(f, "tower_hamlets", "early_help_duty", dt(2090, 4, 5, 8, 40, 0),
          "Halima Yusuf <halima.yusuf@spotlightyouth.example.org>", "Declined: TAF review - Rahman - Mosaic 2761190 @ Tue 11 Apr 10:00",
          "Halima Yusuf has declined this invitation.\n\nInvitation from Google Calendar\n", calendar=cal,
          cc="Kwame Asante <kwame.asante@towerhamlets.gov.uk>", nowmin=4)
    label(f, "ordinary", "meeting_reply", False, None, ["2761190"], [], [], None, None, [], None, "record_reply",
          "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, from the lead practitioner for the Rahman TAF review -> meeting_reply "
          "-> record_reply. Mosaic id from the summary.")
# ================================================================== TORBAY
def torbay():
    f = "torbay_01.eml"
    build(f, "torbay", "mash_step_up", dt(2090, 3, 2, 3, 10, 22),
          "Torquay Custody Sgt <torquay.custody@devoncornwall.police.example.uk>",
          "Juvenile at Torquay station - not under arrest - mother will not take him back",
          "To MASH / out of hours,\n\nLiam Pengelly, DOB 09/09/2073, aged 16. Found by patrol at 01:50 asleep in the back of "
          "a friend's unlocked car at Paignton Green car park, temperature 1C, wearing a t-shirt and jogging bottoms. Not "
          "under arrest, no offences. States he was told to get out by his mother on Tuesday and has been sleeping in cars "
          "since.\n\nOfficers took him home at 02:30. Mother answered, said 'he's not living here, he's your problem now' "
          "and shut the door. No other family known locally. He is sitting in the front office at Torquay with an officer. "
          "A police station is not a place for him to stay and we need a social worker to sort a bed for the rest of the night.\n\n"
          "Sgt 2291 M. Trewin, Torquay Police Station, 01632 960 417")
    label(f, "urgent", "other", True, None, [], [("Liam Pengelly", "2073-09-09")], ["neglect"], None, None, [], None,
          "alert_duty",
          "POLICE AT 03:10 (out of hours): a 16-year-old found asleep in a car at 1C, mother shut the door on officers at 02:30, "
          "no family, sitting in a police front office with nowhere to sleep -> urgent -> alert_duty (EDT at this hour). No "
          "alarm word. Not a step request -> other. Mother refusing to have him -> neglect.")

    f = "torbay_02.eml"
    build(f, "torbay", "mash_step_up", dt(2090, 1, 30, 12, 20, 56),
          "Kerenza Hocking <kerenza.hocking@torbay.gov.uk>", "Step up to MASH - Phoebe Ward - EHM-702288",
          "Contact to MASH - step up from level 3 Early Help\n\n"
          "Child: Phoebe Ward, DOB 25/03/2073, EHM-702288\n\n"
          "Presenting information: Phoebe (16) has had no stable address since her mother's tenancy ended in December. She "
          "has been sofa surfing. She disclosed to me at 11:15 today that the last two nights she has stayed at the flat of a "
          "41-year-old male, Gary, whom police have flagged to us before in relation to offences against children. She "
          "reported that he 'lets her stay as long as she's his' and that he supplies her with cannabis. She stated she "
          "intends to return to his address tonight as she has nowhere else. Mother's whereabouts unknown; phone off.\n\n"
          "Consent: Phoebe agreed to this contact and to information being shared.\n"
          "Team manager: discussed with Rosie Tregaskis (TM), who agrees this needs level 4 consideration today.\n\n"
          "Kerenza Hocking\nEarly Help Practitioner, Torbay Council\n01632 960 582")
    label(f, "urgent", "step_up", True, None, ["EHM-702288"], [("Phoebe Ward", "2073-03-25")],
          ["exploitation", "sexual_harm", "substance_misuse"], True, True, [], None, "alert_duty",
          "CLINICAL STEP-UP WITH A RISK FOR TONIGHT: a sofa-surfing 16-year-old staying with a 41-year-old flagged for offences "
          "against children, who 'lets her stay as long as she's his' and supplies cannabis, returning tonight -> urgent -> "
          "alert_duty. Torbay step-up requirements met (consent 'agreed', TM 'agrees'; seed 002) -> missing []. Cannabis "
          "supplied to her -> substance_misuse; exploitation + sexual_harm. 'Gary' first name, an adult.", not_children=("Gary",))

    f = "torbay_03.eml"
    build(f, "torbay", "early_help_duty", dt(2090, 1, 4, 10, 0, 31),
          "Simon Yeo <simon.yeo@torbayhousing.example.gov.uk>", "Question about the joint protocol for 16/17s",
          "Hi Early Help,\n\nHappy new year. I've just started in the Housing Options team and I'm reading the Torbay joint "
          "protocol for homeless 16 and 17 year olds. Can I check the process with you?\n\n"
          "Say a 16-year-old came to our desk at 4:55 on a Friday saying her dad had thrown her out and she'd been sleeping "
          "in a car - would I ring MASH, the out of hours team, or Early Help? And if she told us she was staying with an "
          "older man who wanted something in return, is that still housing or straight to children's services?\n\n"
          "This is just so I know - nobody like this has come to us. Is there a flowchart?\n\nThanks\nSimon Yeo\n"
          "Housing Options Officer, Torbay\n01632 960 301")
    label(f, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
          "NEAR MISS - A HYPOTHETICAL IN A HOUSING PROTOCOL: a new housing officer asks 'say a 16-year-old came to our desk ...' "
          "and 'nobody like this has come to us' -> DESIGN safety rule 1: hypothetical risks must not trigger it. No child, "
          "no request -> other -> human_review.")

    f = "torbay_04.eml"
    build(f, "torbay", "early_help_duty", dt(2090, 2, 14, 15, 30, 9),
          "Jess Luscombe <jess.luscombe@torbay.gov.uk>", "Triage slot please - Rowe - LCS-5518870 - level 3",
          "Hi Early Help,\n\nPlease can I have a triage slot to step the Rowe family down to level 3 Early Help.\n\n"
          "Ella Rowe 16 (DOB 07/07/2073) LCS-5518870 and Alfie Rowe 3 (DOB 15/06/2086) LCS-5518871.\n\n"
          "History: in November Ella's hostel placement broke down after three weeks and she spent two nights sleeping "
          "at a bus shelter before she was found and accommodated. That is behind her - after mediation she moved back "
          "home to mum on 2 January as planned and it has held for six weeks. Mum is working with the family support worker, "
          "Ella is back at college.\n\n"
          "Single assessment attached. My team manager has confirmed the threshold for level 3 is met. Mum has given "
          "consent for level 3 Early Help.\n\nJess Luscombe\nSocial Worker, Safeguarding and Supporting Families\n01632 960 755",
          atts=[P("Single Assessment - Rowe family.pdf", "Single Assessment", "Ella Rowe; Alfie Rowe",
                  "Recommendation: step down to level 3 Early Help.")])
    label(f, "near_miss", "step_down", False, 3, ["LCS-5518870", "LCS-5518871"],
          [("Ella Rowe", "2073-07-07"), ("Alfie Rowe", "2086-06-15")], [], True, True, [], None, "book_meeting",
          "NEAR MISS - A HOSTEL PLACEMENT BREAKDOWN IN NOVEMBER, RESOLVED: two nights in a bus shelter then accommodated; home "
          "since 2 January -> historic, not urgent. Complete Torbay level 3 step-down (seed 002): assessment .pdf, TM "
          "confirmed the threshold, mum's consent -> book_meeting. Alfie is 3 -> the fortnightly under-5s triage.")

    f = "torbay_05.eml"
    build(f, "torbay", "early_help_duty", dt(2090, 3, 6, 9, 50, 14),
          "Ollie Penrose <ollie.penrose@torbay.gov.uk>", "Step down Owen Tremayne LCS-5520117",
          "Morning,\n\nCould I get Owen Tremayne (DOB 18/10/2072, LCS-5520117) onto a triage slot for level 3 Early Help? "
          "Owen (17) is now living in supported lodgings in Brixham after a planned move in February and is doing well. "
          "The assessment is attached and Owen and his mum have both consented to Early Help.\n\n"
          "My TM is off until Wednesday - she'll sign off the threshold then.\n\nCheers\nOllie Penrose, SW, 01632 960 221",
          atts=[D("Assessment O Tremayne Feb.docx", "Single Assessment", "Owen Tremayne LCS-5520117",
                  "Planned move to supported lodgings completed. Recommendation: level 3.")])
    label(f, "ordinary", "step_down", False, 3, ["LCS-5520117"], [("Owen Tremayne", "2072-10-18")], [], True, None,
          ["manager_agreed"], None, "request_info",
          "Torbay level 3 step-down (seed 002): assessment .docx and consent given, but the TM 'will sign off ... then' -> "
          "manager_agreed null -> missing -> request_info. A planned move to supported lodgings -> not a risk.")

    f = "torbay_06.eml"
    build(f, "torbay", "mash_step_up", dt(2090, 3, 31, 14, 15, 40),
          "Demi Kitto <demi.kitto@torbay.gov.uk>", "Step up contact - Mason Bolt EHM-703916",
          "Hi MASH,\n\nStep up contact for Mason Bolt (DOB 01/11/2073), EHM-703916.\n\n"
          "Mason (16) was asked to leave by mum over half term and sofa-surfed for a week; he has been at his gran's since "
          "and gran says he can stay. Mum is refusing all Early Help contact and says she won't consent to social care "
          "either. My manager Rosie Tregaskis and I agree this should be considered for level 4 as mum won't engage and "
          "Mason's future housing is unresolved.\n\nDemi Kitto\nEarly Help Practitioner\n01632 960 649")
    label(f, "ordinary", "step_up", False, None, ["EHM-703916"], [("Mason Bolt", "2073-11-01")], ["non_engagement"], False,
          True, ["consent"], None, "request_info",
          "Torbay step-up (seed 002): 'My manager ... and I agree' -> manager_agreed true; mum 'won't consent' -> consent false "
          "-> missing -> request_info. Safe at gran's now -> not urgent. Mum refusing Early Help -> non_engagement.")

    f = "torbay_07.eml"
    build(f, "torbay", "early_help_duty", dt(2090, 3, 8, 11, 5, 50),
          "Ollie Penrose <ollie.penrose@torbay.gov.uk>", "RE: [SB-torbay-4410] Step down Owen Tremayne LCS-5520117",
          "Hi - my TM Nicola Rundle has now signed off the threshold analysis for level 3 for Owen Tremayne this morning "
          "(attached). Thanks, Ollie\n\n> [SB-torbay-4410] We received your step-down request for Owen Tremayne. Missing: "
          "team manager's agreement.\n",
          atts=[P("TM threshold analysis - Tremayne.pdf", "Team Manager analysis", "Owen Tremayne LCS-5520117",
                  "Threshold for level 3 intervention met. Nicola Rundle, Team Manager, 08/03/2090.")])
    label(f, "ordinary", "follow_up", False, None, ["LCS-5520117"], [("Owen Tremayne", None)], [], None, True, [], None,
          "attach_to_request",
          "Reply to [SB-torbay-4410] (torbay_05's request) adding the team manager's sign-off -> manager_agreed true; "
          "follow_up -> attach_to_request, missing [].")

    f = "torbay_08.eml"
    build(f, "torbay", "mash_step_up", dt(2090, 4, 6, 16, 2, 0),
          "Mail Delivery System <MAILER-DAEMON@mx.torbay.gov.uk>", "Undeliverable: Warm handover invitation",
          "This is the mail system at host mx.torbay.gov.uk.\n\nI'm sorry to have to inform you that your message could not "
          "be delivered to one or more recipients.\n\n<gran.bolt@mailbox.example.com>: host mx.mailbox.example.com said: "
          "550 5.1.1 User unknown\n",
          headers={"Auto-Submitted": "auto-replied"}, nowmin=1)
    label(f, "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
          "Bounce from MAILER-DAEMON (Auto-Submitted) -> auto_reply -> ignore (DESIGN safety rule 2). Nothing to extract.")
# ================================================================== HEREFORDSHIRE
def herefordshire():
    f = "herefordshire_01.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 2, 10, 15, 10, 4),
          "Marcia Bevan <marcia.bevan@wyesideyouthhousing.example.org>", "Kayleigh Price - leaving us at 6 tonight",
          "Hello,\n\nI am the duty project worker at Wyeside Young People's Housing in Hereford. I was told the Early Help "
          "co-ordinators know Kayleigh Price (17, DOB 14/03/2072) from last year.\n\n"
          "After the fire alarm incident on Tuesday the provider has ended her licence and she has to be out of the building "
          "by 6pm today - I have argued against it but the decision stands. She has nowhere to go. Her mum's number is dead "
          "and her dad is in Birmingham and won't have her.\n\n"
          "She has just told me not to worry because 'a bloke off Snapchat' is picking her up at 7 and she can stay at his "
          "for free as long as she 'keeps him company'. She doesn't know his surname or where he lives. She is packing now.\n\n"
          "I can't stop her leaving at 6. Please ring me on 01632 960 814.\n\nMarcia Bevan\nProject Worker")
    label(f, "urgent", "other", True, None, [], [("Kayleigh Price", "2072-03-14")], ["exploitation", "sexual_harm"], None,
          None, [], None, "alert_duty",
          "HOSTEL STAFF AT 15:10: a 17-year-old's placement ends at 6pm today with nowhere to go, and an unknown man 'off "
          "Snapchat' collects her at 7 so she can stay 'for free as long as she keeps him company' -> exploitation tonight -> "
          "urgent -> alert_duty. No alarm word. Not a step request -> other. Herefordshire defines only step-downs (seed 003).")

    f = "herefordshire_02.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 3, 14, 16, 5, 29),
          "Owain Pritchard <owain.pritchard@herefordshire.gov.uk>", "Step-down plan - Rhiannon Wall - Mosaic 812440 - level 3",
          "Dear Early Help co-ordinators,\n\nPlease find attached the step-down plan for Rhiannon Wall (DOB 26/01/2074), "
          "Mosaic 812440, to level 3 Early Help.\n\n"
          "Rhiannon's mum has signed the written consent form (attached). The key person will be Carys Mason, Family Support "
          "Worker, Herefordshire Early Help (carys.mason@herefordshire.gov.uk).\n\n"
          "Rhiannon has been at the Bath Street supported housing project since January. I've attached the project's latest "
          "log for completeness.\n\nKind regards\nOwain Pritchard\nSocial Worker, Herefordshire Children's Services\n01632 960 118",
          atts=[D("Step-down plan R Wall.docx", "Early Help Assessment step-down plan", "Rhiannon Wall  Mosaic 812440",
                  "Key person: Carys Mason, Herefordshire Early Help"),
                P("Signed consent - Wall.pdf", "Early Help consent form", "Signed by parent: Donna Wall 10/03/2090"),
                P("Bath St project log 14.03.pdf", "Bath Street Project - resident log - R. Wall",
                  "12/03 21:00 in by curfew. Settled.", "13/03 22:40 late in, no concerns raised.",
                  "14/03 13:50 R left saying she is going to stay at a man's house in Leominster who 'lets girls stay for free",
                  "if they party with his mates'. Would not give the address. Had taken her bag and her meds.",
                  "14/03 15:30 phone switched off. Not answering. Mum not heard from her. Staff to keep trying.")])
    label(f, "urgent", "step_down", True, 3, ["812440"], [("Rhiannon Wall", "2074-01-26")],
          ["exploitation", "missing", "sexual_harm"], True, None, [], None, "alert_duty",
          "THE RISK IS ONLY IN AN ATTACHMENT: a complete Herefordshire level 3 step-down (plan .docx, signed consent form .pdf, "
          "key person with agency; seed 003) whose attached project log says at 13:50 today the 16-year-old left for a "
          "man's house who 'lets girls stay for free if they party with his mates', phone off since 15:30 -> DESIGN safety rule "
          "1 (attachments read) -> urgent -> alert_duty. Missing from her placement -> missing; exploitation, sexual_harm.",
          not_children=("Donna Wall", "Carys Mason"))

    f = "herefordshire_03.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 1, 26, 11, 30, 15),
          "Bryn Lloyd <bryn.lloyd@herefordshire.gov.uk>", "Pathway plan review - Tegan Morris - for info",
          "Hi both,\n\nI think this came to you by mistake from our team's distribution list, but for information: Tegan "
          "Morris's (DOB 03/05/2072) pathway plan was reviewed yesterday.\n\n"
          "- Accommodation: Tegan has been in her semi-independent flat in Ross since September and it is going well. As you "
          "know, when she was 15 and before she came into care she slept in the stairwell of her mum's block for a few nights "
          "- that is three years ago and is recorded in her chronology only.\n"
          "- Education: Level 2 hair and beauty at college, 94% attendance.\n"
          "- Health: registered with GP and dentist.\n- Next review: July.\n\n"
          "No actions for Early Help.\n\nBryn Lloyd\nPersonal Adviser, Leaving Care Team")
    label(f, "near_miss", "other", False, None, [], [("Tegan Morris", "2072-05-03")], [], None, None, [], None,
          "human_review",
          "NEAR MISS - A CARE LEAVER'S PATHWAY PLAN UPDATE: stairwell nights three years ago, 'recorded in her chronology "
          "only'; settled semi-independent flat now -> historic, not urgent, no concern labelled. Misdirected info, no "
          "step -> other -> human_review.")

    f = "herefordshire_04.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 3, 20, 10, 45, 2),
          "Natalie Probert <natalie.probert@herefordshirehousing.example.gov.uk>", "Young man sleeping in his car - is this yours?",
          "Good morning\n\nI am a Housing Solutions officer. Connor Haines (DOB 11/02/2071) came in on Friday saying he has "
          "been sleeping in his car at the Tesco car park in Bromyard since his mum's partner told him to leave. I wondered "
          "whether Early Help or children's services need to know.\n\n"
          "He is 19, so I realise he is not a child - I have already opened a homelessness application for him, he has a "
          "bed at the Kemble House night shelter from tonight and an appointment with the adult rough sleeper outreach team on "
          "Wednesday. There are no children in his car or living with him.\n\nThanks\nNatalie Probert\nHousing Solutions")
    label(f, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
          "NEAR MISS - NOT A CHILD: a man of 19 (DOB 11/02/2071) sleeping in his car, already housed in a night shelter and "
          "referred to adult outreach; 'no children' -> no child-protection risk, not urgent; an adult is not labelled as a "
          "child. Enquiry -> other -> human_review.", not_children=("Connor Haines",))

    f = "herefordshire_05.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 2, 22, 14, 20, 33),
          "Sian Gwilliam <sian.gwilliam@herefordshire.gov.uk>", "Step down - Brooke Hollings - Mosaic 809115",
          "Dear co-ordinators\n\nStep-down plan for Brooke Hollings, DOB 08-08-2073, Mosaic 809115 (level 3), attached with mum's "
          "signed consent form.\n\n"
          "For the avoidance of doubt, because the old referral will show on Mosaic: Brooke is NOT staying with the older man "
          "any more. That was last summer - she stayed at his flat for two weeks after a row with mum; police investigated, "
          "he was charged and he has been remanded in custody since September. Brooke has lived at home with mum since and "
          "has a bail-condition-protected no contact arrangement.\n\n"
          "Key person: Mr Ian Powell, Pastoral Lead, Bishop's High School (01632 960 441).\n\nSian Gwilliam, Social Worker",
          atts=[D("EHA step-down plan Hollings.docx", "Early Help Assessment step-down plan", "Brooke Hollings, Mosaic 809115"),
                P("Consent form signed - Hollings.pdf", "Early Help consent", "Signed: parent, 20/02/2090")])
    label(f, "near_miss", "step_down", False, 3, ["809115"], [("Brooke Hollings", "2073-08-08")], [], True, None, [], None,
          "book_meeting",
          "NEAR MISS - NEGATED AND HISTORIC: 'Brooke is NOT staying with the older man any more', last summer, he is remanded "
          "in custody -> not urgent, no exploitation now. Complete Herefordshire level 3 step-down (plan .docx, signed consent "
          "form .pdf, key person with agency; seed 003) -> book_meeting.")

    f = "herefordshire_06.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 1, 5, 13, 0, 48),
          "Dafydd Jenkins <dafydd.jenkins@herefordshire.gov.uk>", "step down plan - Lane family",
          "Hi team\n\nStep-down plan attached for Poppy Lane (DOB 12/12/2073) and her brother Finn Lane (DOB 01/04/2083), "
          "Mosaic 806330 and 806331.\n\nThe family are settled in their housing association house in Leominster after the "
          "eviction last spring. Dad agreed to Early Help on the phone yesterday - I'm visiting on Monday to get the form "
          "signed and will send it straight over.\n\n"
          "Key person: Lowri Vaughan, Family Support Worker, Leominster Family Hub.\n\nDafydd",
          atts=[D("Step down plan - Lane.docx", "Early Help Assessment step-down plan", "Poppy Lane; Finn Lane",
                  "Key person: Lowri Vaughan, Leominster Family Hub")])
    label(f, "ordinary", "step_down", False, None, ["806330", "806331"],
          [("Poppy Lane", "2073-12-12"), ("Finn Lane", "2083-04-01")], [], True, None, ["consent_form"], None,
          "request_info",
          "Herefordshire sibling step-down (seed 003): plan .docx and key person with agency; dad 'agreed ... on the phone' -> "
          "consent true but the signed form is to follow -> consent_form missing -> request_info. No level written -> null.")

    f = "herefordshire_07.eml"
    build(f, "herefordshire", "mash_step_up", dt(2090, 4, 12, 10, 10, 26),
          "Gethin Harries <gethin.harries@herefordshireyouth.example.org>", "Step up please - Ashton Kirby",
          "Hi MASH\n\nI'm Ashton Kirby's youth worker. Ashton (DOB 23/09/2073) is 16 and has been sofa surfing since "
          "February after his step-dad told him to leave. He is staying with his mate's family in Hereford for now - "
          "they're happy to have him till the end of the month. I'd like to step him up to social care so there's a proper "
          "plan for where he lives. Ashton has agreed to this. My manager Eira Hughes is fine with it.\n\n"
          "Gethin Harries\nYouth Worker, Herefordshire Youth Service\n01632 960 903")
    label(f, "ordinary", "step_up", False, None, [], [("Ashton Kirby", "2073-09-23")], ["neglect"], True, True, [], None,
          "human_review",
          "A Herefordshire step-up: the seed defines none (REQUIREMENTS: 'step_up is not defined by this seed') -> human_review, "
          "missing []. Ashton 'has agreed' -> consent true; manager 'is fine with it' -> true. Safe at a friend's family till "
          "the end of the month -> not urgent. Told to leave by step-dad -> neglect.")

    f = "herefordshire_08.eml"
    build(f, "herefordshire", "early_help_duty", dt(2090, 1, 17, 9, 35, 57),
          "Dafydd Jenkins <dafydd.jenkins@herefordshire.gov.uk>", "RE: [SB-herefordshire-5172] step down plan - Lane family",
          "Morning - signed consent form for the Lane children attached (dad signed at yesterday's visit).\n\nDafydd\n\n"
          "> [SB-herefordshire-5172] Step-down received for Poppy Lane and Finn Lane. Missing: signed consent form.\n",
          atts=[P("Consent form - Lane - signed.pdf", "Early Help consent form", "Poppy Lane; Finn Lane",
                  "Signed by parent: Rob Lane, 16/01/2090")])
    label(f, "ordinary", "follow_up", False, None, [], [("Poppy Lane", None), ("Finn Lane", None)], [], True, None, [],
          None, "attach_to_request",
          "Reply to [SB-herefordshire-5172] (herefordshire_06's request) adding the signed consent form .pdf -> follow_up -> "
          "attach_to_request; 'dad signed' -> consent true; missing []. No case id or DOB written here.",
          not_children=("Rob Lane",))
# ================================================================== checks
def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BH:
            n += 1
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

NOTICE_EXPECTED = {  # file: (working days, plain weekdays)
    "knowsley_01.eml": (5, 5), "knowsley_03.eml": (6, 6), "knowsley_04.eml": (3, 5), "knowsley_08.eml": (5, 7)}
CATEGORY_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}

def parse_date(s):
    m = re.match(r"\w{3}, (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})$", s.strip())
    return m

def check():
    E = []
    # bank holidays
    bh90 = {d for d in BH if d.year == YEAR}
    if bh90 != HAND_BH:
        E.append("bank holidays: package %s != hand list %s" % (sorted(bh90), sorted(HAND_BH)))
    if not (WINDOW[0].weekday() == 1 and date(2090, 1, 2) in BH and WINDOW[1].weekday() == 3
            and WINDOW[1] + timedelta(days=1) in BH and holidays.country_holidays("GB", subdiv="ENG", years=[2090]).get(date(2090, 4, 14)) == "Good Friday"):
        E.append("window ends wrong")
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BH):
        E.append("a bank holiday inside the window")
    # counts
    from collections import Counter
    per = Counter((l["authority"]) for l in LABELS)
    if set(per.values()) != {8} or len(per) != 5:
        E.append("per-authority counts %s" % per)
    if Counter(CATS.values()) != Counter(CATEGORY_EXPECTED):
        E.append("category totals %s" % Counter(CATS.values()))
    for a in ADDR:
        for i in range(1, 9):
            if "%s_%02d.eml" % (a, i) not in FILES:
                E.append("missing file %s_%02d" % (a, i))
    for l in LABELS:
        f, e, mt = l["file"], l["expect"], META[l["file"]]
        P_ = lambda s: E.append("%s: %s" % (f, s))
        msg = BytesParser(policy=policy.default).parsebytes(FILES[f])
        if msg.defects or any(p.defects for p in msg.walk()):
            P_("parser defects")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                P_("no %s" % h)
        if ADDR[l["authority"]][l["mailbox"]].lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower():
            P_("mailbox address not in To/Cc")
        m = parse_date(msg["Date"])
        if not m:
            P_("bad Date %s" % msg["Date"]); continue
        when = datetime.strptime(msg["Date"].strip(), "%a, %d %b %Y %H:%M:%S %z")
        d = when.date()
        if d.weekday() >= 5: P_("Date on a weekend")
        if d in BH: P_("Date on a bank holiday")
        if not (WINDOW[0] <= d <= WINDOW[1]): P_("Date outside the window")
        if when.utcoffset() != when.astimezone(LON).utcoffset(): P_("Date offset wrong for Europe/London")
        if msg["Date"].strip()[:3] != d.strftime("%a"): P_("weekday name wrong")
        now = datetime.fromisoformat(l["now"])
        if now.utcoffset() != when.utcoffset(): P_("now offset differs from the Date header's")
        if not timedelta(minutes=1) <= now - when <= timedelta(minutes=10): P_("now not 1-10 minutes after Date")
        # labels
        if set(l) != {"file", "authority", "mailbox", "now", "expect", "why"}: P_("label keys")
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                      "missing", "notice_ok", "next_action"}: P_("expect keys")
        if e["kind"] not in KINDS: P_("kind")
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])): P_("concerns")
        if e["next_action"] not in ACTIONS: P_("action")
        if e["missing"] != sorted(set(e["missing"])): P_("missing unsorted")
        if e["urgent"] != (CATS[f] == "urgent"): P_("urgent vs category")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): P_("level")
        for k in ("consent", "manager_agreed"):
            if e[k] not in (True, False, None): P_(k)
        key = (l["authority"], e["kind"]) if l["authority"] != "knowsley" or e["kind"] != "step_down" \
            else ("knowsley", "step_down", e["level"] or 3)
        req = REQ.get(key) if e["kind"] in ("step_up", "step_down") else None
        if req is None:
            if e["missing"]: P_("missing should be [] for this kind")
        else:
            if not set(e["missing"]) <= req: P_("missing ids not required here: %s" % (set(e["missing"]) - req))
            if "consent" in req and (e["consent"] is not True) != ("consent" in e["missing"]): P_("consent vs missing")
            if "manager_agreed" in req and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
                P_("manager vs missing")
            if (not e["children"]) != ("children" in e["missing"]): P_("children vs missing")
            if "case_id" in req and (not e["case_ids"]) != ("case_id" in e["missing"]): P_("case id vs missing")
            if l["authority"] == "knowsley" and e["kind"] == "step_up":
                for c, doc in (("neglect", "gcp2"), ("non_engagement", "engaging_families"), ("exploitation", "exploitation_assessment")):
                    if doc in e["missing"] and c not in e["concerns"]: P_("%s missing without %s" % (doc, c))
        # notice
        notice_applies = l["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if not notice_applies and e["notice_ok"] is not None: P_("notice_ok on a kind with no notice")
        if notice_applies:
            mtg = mt.get("meeting")
            if mtg is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: P_("no meeting: notice null + meeting_details")
            else:
                if mtg.weekday() >= 5 or mtg in BH: P_("meeting on a weekend or bank holiday")
                wd = working_days(now.astimezone(LON).date(), mtg)
                if (wd >= 5) != e["notice_ok"]: P_("notice_ok %s but %d WD" % (e["notice_ok"], wd))
                if NOTICE_EXPECTED.get(f) != (wd, plain_weekdays(now.astimezone(LON).date(), mtg)):
                    P_("notice counts %s differ from the README table" % ((wd, plain_weekdays(now.astimezone(LON).date(), mtg)),))
        # next_action order
        exp = ("alert_duty" if e["urgent"] else "ignore" if e["kind"] == "auto_reply" else "record_reply"
               if e["kind"] == "meeting_reply" else "attach_to_request" if e["kind"] == "follow_up" else "human_review"
               if e["kind"] == "other" or req is None else "request_info" if e["missing"] or e["notice_ok"] is False
               else "book_meeting")
        if e["next_action"] != exp: P_("next_action %s != %s" % (e["next_action"], exp))
        # text facts
        text = mt["readable"]
        for cid in e["case_ids"]:
            if cid not in text: P_("case id %s not in text" % cid)
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})", cid): P_("case id form %s" % cid)
        pos = []
        for c in e["children"]:
            if c["name"] not in text: P_("child %s not in text" % c["name"])
            pos.append(text.find(c["name"]))
            if c["dob"]:
                dob = date.fromisoformat(c["dob"])
                y, mo, dd = c["dob"].split("-")
                forms = ["%s/%s/%s" % (dd, mo, y), "%s.%s.%s" % (dd, mo, y), "%s-%s-%s" % (dd, mo, y), c["dob"],
                         "%d/%d/%s" % (int(dd), int(mo), y), "%d %s %s" % (int(dd), dob.strftime("%B"), y)]
                if not any(x in text for x in forms): P_("dob of %s not written in the text" % c["name"])
                age = now.date().year - dob.year - ((now.date().month, now.date().day) < (dob.month, dob.day))
                if not 0 <= age < 18: P_("%s is %d, not a child" % (c["name"], age))
        if pos != sorted(pos): P_("children not in order of appearance")
        for n in mt.get("not_children", ()):
            if n not in text: P_("not-child %s absent" % n)
            if any(c["name"] == n for c in e["children"]): P_("%s labelled as a child" % n)
        for y in re.findall(r"(?<![\d-])(20[89]\d|21\d\d)(?![\d-])", text):
            if int(y) > YEAR: P_("year after %d in text: %s" % (YEAR, y))
        # per kind
        subj = str(msg["Subject"])
        if (e["kind"] in ("follow_up",)) != ("[SB-" in subj and e["kind"] != "meeting_reply"): P_("[SB-] reference vs follow_up")
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != (len(cals) == 1 and "METHOD:REPLY" in cals[0].get_content()): P_("iTIP REPLY vs meeting_reply")
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]): P_("Auto-Submitted vs auto_reply")
        if "Rule:" not in l["why"] or SEED[l["authority"]] not in l["why"]: P_("why names no rule")
    return E

def main():
    for fn in (knowsley, richmond_wandsworth, tower_hamlets, torbay, herefordshire):
        fn()
    errors = check()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    from collections import Counter
    if "--stats" in sys.argv:
        for a in ADDR:
            print(a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a)))
        print("kind", dict(Counter(l["expect"]["kind"] for l in LABELS)))
        print("next_action", dict(Counter(l["expect"]["next_action"] for l in LABELS)))
        print("offsets", dict(Counter(l["now"][-6:] for l in LABELS)))
    print("wrote %d messages; categories %s; all self-checks passed" % (len(FILES), dict(Counter(CATS.values()))))

if __name__ == "__main__":
    main()
