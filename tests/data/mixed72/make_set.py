#!/usr/bin/env python3
"""mixed72: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2091 (Monday 16 April - Friday 20 July 2091), in fabricated or induced illness and medical
neglect, with near misses (a rare condition confirmed by tests, anxious but appropriate visits, a second opinion, a
treatment decision made with the clinicians, a routine discharge letter, a training case) and ordinary requests.

Deterministic (no clock, no randomness): boundaries, Message-IDs and UIDs come from sha1 of the file name; zips have
fixed timestamps. Run: /work/main/.venv/bin/python make_set.py [--stats]. Every label was set by hand from
DESIGN.md / REQUIREMENTS.md / the seeds; the self-checks STOP on any error before anything is written.
"""
import hashlib, io, json, os, re, sys, zipfile, html as htmlmod
import email, email.policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2091, 4, 16), date(2091, 7, 20))          # Mon 16 April - Fri 20 July 2091
# England & Wales bank holidays 2091, hand-checked and compared with the `holidays` package below.
BANK_HOLIDAYS = {date(2091, 1, 1), date(2091, 4, 6), date(2091, 4, 9), date(2091, 5, 7), date(2091, 5, 28),
                 date(2091, 8, 27), date(2091, 12, 25), date(2091, 12, 26)}
SEEDS = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
         "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
         "knowsley": "004_ba08e3b9f619f49f.txt"}
BOXES = {"knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                      "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
         "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                                 "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
         "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk",
                           "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
         "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
         "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                           "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"}}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
           "book_meeting"}
ALARM = re.compile(r"urgent|immediate|\brisk|safeguard|danger|child protection", re.I)

FILES, LABELS, CATS, META = {}, [], {}, {}


def sha(f, salt=""):
    return hashlib.sha1((f + salt).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- attachments
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
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
    for l in wrapped:
        ops.append("(%s) Tj T*" % esc(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
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


def make_docx(title, paras):
    def p(t, bold=False):
        t = htmlmod.escape(t, quote=False)
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, t)
    body = p(title, True) + "".join(p(x) for x in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2080, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf(name, title, lines):
    return (name, "application/pdf", make_pdf(title, lines))


def docx(name, title, paras):
    return (name, DOCX, make_docx(title, paras))


# ---------------------------------------------------------------------------------------------- messages
def html_of(text):
    paras = [htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in text.split("\n\n")]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div style="font-family:Aptos,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % "\n".join("<p>%s</p>" % p for p in paras))


def mail(f, frm, to, subject, when, body, cc=None, atts=(), style="outlook", extra=(), cal=None, domain=None):
    """when: 'YYYY-MM-DD HH:MM:SS' Europe/London wall clock."""
    d = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LON)
    n = 0
    def bd():
        nonlocal n
        n += 1
        return "_%03d_%s" % (n, sha(f, "b%d" % n)[:26].upper())
    if style == "phone":
        text = MIMEText(body, "plain", "utf-8")
        del text["Content-Transfer-Encoding"]
        text.set_payload(body.encode("utf-8"))
        encoders.encode_base64(text)
    elif style == "plain":
        text = MIMEText(body, "plain", "utf-8")
    else:
        text = MIMEMultipart("alternative", boundary=bd())
        text.attach(MIMEText(body, "plain", "utf-8"))
        text.attach(MIMEText(html_of(body), "html", "utf-8"))
    if cal is not None:
        alt = MIMEMultipart("alternative", boundary=bd())
        alt.attach(MIMEText(body, "plain", "utf-8"))
        c = MIMEText(cal, "calendar", "utf-8")
        c.set_param("method", "REPLY")
        alt.attach(c)
        text = alt
    if atts:
        root = MIMEMultipart("mixed", boundary=bd())
        root.attach(text)
        for name, ctype, data in atts:
            maint, sub = ctype.split("/")
            part = MIMEApplication(data, sub, name=name)
            part.add_header("Content-Disposition", "attachment", filename=name)
            root.attach(part)
    else:
        root = text
    dom = domain or frm.split("@")[-1].rstrip(">")
    root["From"] = frm
    root["To"] = to
    if cc:
        root["Cc"] = cc
    root["Subject"] = subject
    root["Date"] = email.utils.format_datetime(d)
    root["Message-ID"] = "<%s@%s>" % (sha(f, "mid")[:32].upper(), dom)
    for k, v in extra:
        root[k] = v
    # put the address headers first, as mail clients do
    hdrs = [(k, v) for k, v in root.items()]
    for k in list(root.keys()):
        del root[k]
    order = ["From", "To", "Cc", "Subject", "Date", "Message-ID"]
    for k, v in sorted(hdrs, key=lambda kv: order.index(kv[0]) if kv[0] in order else 99):
        root[k] = v
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    FILES[f] = root.as_bytes(policy=email.policy.SMTP)
    META[f] = {"date": d}
    return d


def label(f, auth, box, mins, kind, urgent, level, case_ids, children, concerns, consent, manager, missing,
          notice_ok, action, cat, why, meeting=None, wd=None, plain=None, as_written=None, absent=()):
    d = META[f]["date"]
    now = d + timedelta(minutes=mins)
    section = {"step_up": "step-up", "step_down": "step-down"}.get(kind, "none: %s" % kind)
    rule = " | Rule: %s, seed %s, %s section; REQUIREMENTS.md %s %s; DESIGN 'next_action' order%s." % (
        auth, SEEDS[auth], section, auth, kind,
        "; urgent: DESIGN safety rule 1 and seeds README 'Safeguarding always overrides the protocols'"
        if urgent else "")
    LABELS.append({"file": f, "authority": auth, "mailbox": box, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": n, "dob": b} for n, b in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager,
                              "missing": missing, "notice_ok": notice_ok, "next_action": action},
                   "why": why + rule})
    CATS[f] = cat
    META[f].update(meeting=meeting, wd=wd, plain=plain, as_written=as_written or {}, absent=absent)


def ack(ref, auth, lines):
    return ("\n\n-----Original Message-----\nFrom: stepbot <stepbot@%s>\nSubject: [%s] Request received\n\n"
            "> Thank you. Your request has been logged as %s.\n" % (
                {"knowsley": "knowsley.gov.uk", "tower_hamlets": "towerhamlets.gov.uk",
                 "herefordshire": "herefordshire.gov.uk"}[auth], ref, ref)
            + "".join("> %s\n" % l for l in lines))


# =============================================================================================== KNOWSLEY
def knowsley():
    A, M, E = "knowsley", BOXES["knowsley"]["mash_step_up"], BOXES["knowsley"]["early_help_duty"]
    # 01 ordinary step-up; notice crosses May Day (decisive)
    f = "knowsley_01.eml"
    mail(f, "Jodie Parr <jodie.parr@knowsley.gov.uk>", M,
         "Step up request - EHM-90412 - Rimmer children - TAF Weds 9th May", "2091-05-02 10:12:40",
         """Hi all,

Please find attached a Family First step up request for Tayla Rimmer (DOB 14/03/2081) and Kobi Rimmer (DOB 02/11/2084), EHM case ID EHM-90412.

The worry is health neglect. Kobi has decay in 8 teeth and has been listed for extraction under general anaesthetic twice at the dental hospital; both times he was not brought. Tayla's glasses broke in February and have not been replaced, and she is struggling to see the board. The 0-19 team have had four "was not brought" letters back since Christmas. The home is cluttered and cold, and the children are often hungry at breakfast club.

The Graded Care Profile (GCP2) was completed on 24/04 with mum and is attached - health and hygiene scored 4.

My team manager Carl Hesketh discussed this with me in supervision on 30/04 and agreed the step up.

The step up TAF meeting is booked for Wednesday 9th May 2091 at 10:00 at Huyton Family Hub. I've sent the invite to the MASH inbox and MASH business support and I'll invite the current TAF members (school, 0-19, dental hospital liaison). Mum is aware of the meeting and says she will come.

Attached: step up form (Appendix 1), TAF minutes from 25 April, GCP2.

Thanks
Jodie Parr
Family First Case Manager (Level 3)
Knowsley Council | 0151 496 0214""",
         cc="Mash.Businesssupport@knowsley.gov.uk",
         atts=[docx("FF Step Up request to CSC - Rimmer.docx", "FF Step Up request to CSC",
                    ["Case ID on EHM: EHM-90412", "Children: Tayla Rimmer 14/03/2081; Kobi Rimmer 02/11/2084",
                     "Date of step up TAF meeting: Wednesday 9 May 10:00, Huyton Family Hub",
                     "What are we worried about? Dental decay untreated, GA missed twice; glasses not replaced; "
                     "four was-not-brought letters.", "What is working well? Mum loves the children and talks openly.",
                     "What next? Dental GA re-booked with transport; step up to CSC.",
                     "Graded Care profile: completed 24/04.", "Agreement by line manager: Carl Hesketh, 30/04."]),
               pdf("TAF minutes 25.04 Rimmer.pdf", "TAF meeting minutes - Rimmer family - 25 April",
                   ["Present: mum, Jodie Parr (FF), school nurse, SENCO.", "Kobi's GA appointment missed again.",
                    "Action: Jodie to discuss step up with team manager."]),
               pdf("GCP2 Rimmer 24.04.pdf", "Graded Care Profile 2 (GCP2) - Rimmer",
                   ["Area 1 Physical care: 3", "Area 2 Health: 4", "Completed with mum 24/04."])])
    label(f, A, "mash_step_up", 4, "step_up", False, None, ["EHM-90412"],
          [("Tayla Rimmer", "2081-03-14"), ("Kobi Rimmer", "2084-11-02")], ["neglect"], None, True, [],
          False, "request_info", "ordinary",
          "Complete Knowsley step-up for health neglect (Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf; TM agreed "
          "in supervision) but the TAF 'Wednesday 9th May' from Wed 2 May is 4 working days across the May Day bank "
          "holiday (Mon 7 May): 5 plain weekdays -> notice not ok -> request_info. 'Mum is aware' is not consent.",
          meeting=date(2091, 5, 9), wd=4, plain=5, as_written={"Tayla Rimmer": "14/03/2081", "Kobi Rimmer": "02/11/2084"})

    # 02 urgent: insulin given on the ward
    f = "knowsley_02.eml"
    mail(f, "Sister Angela Rourke <angela.rourke@knowsleygeneral.nhs.example>", M,
         "Maisie-Jo Kinsella - Ward C2 - need to speak to someone today", "2091-04-19 16:48:05",
         """To the MASH team

I am the ward sister on C2 (children's ward) at Knowsley General. I'm writing because our consultant Dr Ferris asked me to get this to you before the evening.

Maisie-Jo Kinsella, DOB 22/08/2087 (3 years), was admitted on Monday with low blood sugars that nobody could explain. The blood taken at 02:10 this morning during a hypo (glucose 1.6) came back from the lab at 3pm: insulin level very high and C-peptide undetectable. Dr Ferris says that pattern means insulin was given to her from outside. Maisie-Jo has never been prescribed insulin. Every low has been between midnight and 4am, and each time mum was the only adult at the cot side. Mum's partner is a type 1 diabetic and she told a student nurse she carries his pens in her handbag.

Mum is the resident parent and is booked to sleep next to Maisie-Jo again tonight. Dr Ferris wants a strategy discussion before then and needs to know whether mum can stay on the ward tonight. We have not said anything to mum.

Please ring me on the ward on 0151 496 0732 (I'm on until 20:00), or Dr Ferris via switchboard 0151 496 0700.

Angela Rourke
Ward Sister, Ward C2 Children's Ward
Knowsley General Hospital""", style="plain")
    label(f, A, "mash_step_up", 3, "other", True, None, [], [("Maisie-Jo Kinsella", "2087-08-22")],
          ["physical_harm"], None, None, [], None, "alert_duty", "urgent",
          "A ward sister: lab results show insulin given to a 3-year-old who was never prescribed it (high insulin, "
          "undetectable C-peptide), every hypo overnight with mum alone at the cot, and mum is due to sleep beside her "
          "tonight - induced illness, action needed before this evening. No alarm word anywhere. A hospital's report, "
          "no step asked -> other; urgent -> alert_duty. physical_harm.",
          as_written={"Maisie-Jo Kinsella": "22/08/2087"})

    # 03 near miss: historic FII query ruled out, rare condition confirmed; L3 step-down, exactly 5 WD
    f = "knowsley_03.eml"
    mail(f, "Hannah Molyneux <hannah.molyneux@knowsley.gov.uk>", E,
         "Step down to Level 3 - Oscar Tyrer ICS-2204518 - joint home visit Fri 25th May", "2091-05-18 11:03:22",
         """Hello Family First duty,

I'd like to step Oscar Tyrer (DOB 09/06/2082) down to Level 3, Family First. ICS-2204518.

Some background, because the file looks worse than the family is. In November 2089 a locum paediatrician raised a query of fabricated or induced illness: mum was reporting collapses and exhaustion that staff hadn't seen. The section 47 in December 2089 found no evidence of that and closed. In March this year genetic testing at Alder Hey confirmed a mitochondrial disorder, which explains the collapses. The consultant has written that mum was "absolutely right to keep pushing". There are no current concerns of that kind and the CIN plan is ending.

What are we worried about?
Oscar tires quickly and has missed school through fatigue (attendance 91%). His EHCP needs reviewing now that there is a diagnosis. Mum is exhausted.

What is working well?
Mum and dad know his condition inside out, attend every appointment and have a clear care plan from Alder Hey. His wheelchair for longer distances was prescribed by the OT in April.

What needs to happen?
EHCP review with the new diagnosis; short breaks application; a Family First case manager to coordinate school, OT and the hospital.

Mum and dad consented to the step down at the CIN review on 15/05.

Joint home visit: Friday 25th May 2091 at 2pm, at the family home, 14 Brookfield Walk, Kirkby L32 9ZT.

Kind regards
Hannah Molyneux
Social Worker, Children in Need Team, Knowsley""")
    label(f, A, "early_help_duty", 6, "step_down", False, 3, ["ICS-2204518"], [("Oscar Tyrer", "2082-06-09")],
          ["disability_send"], True, None, [], True, "book_meeting", "near_miss",
          "NEAR MISS - a 2089 FII query closed by s47 and a rare condition (mitochondrial disorder) confirmed by genetic "
          "tests; 'no current concerns' -> not urgent, no physical_harm. Complete Knowsley level 3 step-down: three Signs "
          "of Safety headings, consent at the CIN review, joint home visit date, time and venue; Fri 18 May -> Fri 25 "
          "May is exactly 5 WD -> ok. EHCP review -> disability_send (attendance 91% is not poor).",
          meeting=date(2091, 5, 25), wd=5, plain=5, as_written={"Oscar Tyrer": "09/06/2082"})

    # 04 ordinary L2 step-down across the Spring Bank Holiday (decisive)
    f = "knowsley_04.eml"
    mail(f, "Ryan Gallimore <ryan.gallimore@knowsley.gov.uk>", E,
         "Level 2 step down - Lexie Birchall - final CIN 30/05", "2091-05-23 14:40:10",
         """Hi,

Level 2 step down for Lexie Birchall, DOB 30.01.2080, ICS-2207731.

Lexie has type 1 diabetes. She came to us last year when mum, after her dad died, stopped managing Lexie's insulin and Lexie was admitted twice. Since January mum has been doing the overnight checks, the diabetes nurses are pleased and her HbA1c is back in range.

What are we worried about: mum's low mood since the bereavement (she is now seeing Talking Therapies); Lexie sometimes hides her snacks and skips her lunchtime insulin at school.
What is working well: mum uses the sensor app and the school has a trained staff member; no admissions since December.
What needs to happen: school nurse to lead a level 2 plan, check-ins with Lexie about her lunchtime insulin, and a link to the young people's diabetes group.

Lead practitioner: Siobhan Quayle, School Nurse, Knowsley 0-19 Service (0151 496 0388).
Mum has agreed to the step down.

Final CIN meeting: Wednesday 30th May 2091 at 1.30pm, Halewood Family Hub, meeting room 2.

Thanks
Ryan Gallimore
Social Worker, Knowsley CSC""", style="plain")
    label(f, A, "early_help_duty", 2, "step_down", False, 2, ["ICS-2207731"], [("Lexie Birchall", "2080-01-30")],
          ["parental_mental_health"], True, None, [], False, "request_info", "ordinary",
          "Knowsley level 2 step-down with date, time, venue, the three headings and a named lead practitioner with her "
          "agency, but the final CIN 'Wednesday 30th May' from Wed 23 May is 4 WD across the Spring Bank Holiday "
          "(Mon 28 May): 5 plain weekdays -> notice not ok -> request_info. Mum's low mood -> parental_mental_health.",
          meeting=date(2091, 5, 30), wd=4, plain=5, as_written={"Lexie Birchall": "30.01.2080"})

    # 05 urgent step-up: dad has stopped insulin on belief
    f = "knowsley_05.eml"
    mail(f, "Gemma Kearns <gemma.kearns@knowsley.gov.uk>", M,
         "Step up - Ruby-Rose Fazakerley - EHM-90877 - TAF 13/06 - PLEASE READ UPDATE AT TOP", "2091-05-31 09:20:51",
         """UPDATE THIS MORNING - before you read the step up below:

Dad rang me at 8.40 to say they stopped Ruby-Rose's insulin on Sunday because the pastor laid hands on her and she is healed. School then rang: she has been sick three times, her breath smells like pear drops and she is very sleepy and confused. Dad collected her at 9 and has taken her home, and he will not take her to hospital. I rang the diabetes nurse, who says this sounds like diabetic ketoacidosis and Ruby-Rose needs to be in hospital within hours, not tomorrow. I'm trying mum, no answer. Home address 3 Fernhill Close, Kirkby L33 9ZA.

----

Original step up request:

Ruby-Rose Fazakerley, DOB 17/07/2082, EHM-90877. Ruby-Rose has type 1 diabetes. Over the last three months insulin has not been collected from the pharmacy on four occasions, three diabetes clinics were missed and her HbA1c has gone from 58 to 96. GCP2 completed 21/05 (health scored 4), step up form and TAF minutes attached. My team manager Paula Ennis agreed the step up on 29/05.

Step up TAF meeting: Wednesday 13th June 2091, 10:00, Kirkby Family Hub. Invite sent to the MASH inbox and MASH business support.

Gemma Kearns
Family First Case Manager, Knowsley Council
0151 496 0561""", cc="Mash.Businesssupport@knowsley.gov.uk",
         atts=[docx("Step up form Fazakerley.docx", "FF Step Up request to CSC",
                    ["Case ID on EHM: EHM-90877", "Date of step up TAF meeting: 13/06, 10:00",
                     "Graded Care profile: completed 21/05", "Agreement by line manager: Paula Ennis 29/05"]),
               pdf("TAF minutes 22-05 Fazakerley.pdf", "TAF minutes - Fazakerley - 22 May",
                   ["Insulin collection and clinic attendance reviewed.", "Dad said faith will heal her."]),
               pdf("GCP2 Fazakerley.pdf", "Graded Care Profile 2 - Fazakerley", ["Health: 4", "Completed 21/05."])])
    label(f, A, "mash_step_up", 5, "step_up", True, None, ["EHM-90877"], [("Ruby-Rose Fazakerley", "2082-07-17")],
          ["neglect"], None, True, [], True, "alert_duty", "urgent",
          "A parent refusing insulin on belief: an 8-year-old with type 1 diabetes off insulin since Sunday, vomiting, "
          "pear-drop breath, confused, taken home by dad who will not go to hospital; the diabetes nurse says hospital "
          "within hours. Written at the top as an update, no alarm word. Otherwise a complete Knowsley step-up "
          "(form, TAF minutes, GCP2 for neglect, TM agreed; Thu 31 May -> Wed 13 June = 9 WD ok), so missing [] but "
          "alert_duty first.", meeting=date(2091, 6, 13), wd=9, plain=9,
          as_written={"Ruby-Rose Fazakerley": "17/07/2082"})

    # 06 near miss: training case study
    f = "knowsley_06.eml"
    mail(f, "Dr Lorna Etherington <lorna.etherington@knowsleyhealth.nhs.example>", M,
         "Perplexing presentations / FII training - case study for Thursday", "2091-06-26 13:30:12",
         """Dear colleagues,

Ahead of Thursday's multi-agency session on perplexing presentations and fabricated or induced illness (FII), here is the case study we will work through in groups. It is entirely fictional and written for training only - please don't bring real case details.

Case study: "Child A" is 6. Her mother reports nightly seizures that no professional has witnessed, has taken her to four emergency departments in two months, and asks for a feeding tube. School see a lively child who eats lunch. In week 3 a nurse finds an unprescribed medicine in the child's beaker.

Questions: At what point does this become an immediate safeguarding concern? Who convenes the strategy discussion? How do we keep the parent's voice without colluding?

Pre-reading: RCPCH guidance on perplexing presentations (2021 edition) and the Knowsley Safeguarding Partnership's FII pathway.

Dr Lorna Etherington
Designated Doctor for Safeguarding Children, Knowsley Place""", style="plain")
    label(f, A, "mash_step_up", 8, "other", False, None, [], [], [], None, None, [], None, "human_review", "near_miss",
          "NEAR MISS - a training case study ('entirely fictional and written for training only', 'Child A') whose "
          "vignette echoes this set's urgent mails. DESIGN safety rule 1: bulletins listing examples must not trigger. "
          "No child named, no request -> other -> human_review.")

    # 08 follow-up (before 07): the TAF moved to give proper notice
    f = "knowsley_08.eml"
    mail(f, "Jodie Parr <jodie.parr@knowsley.gov.uk>", M,
         "RE: [SB-knowsley-4127] Request received", "2091-05-03 09:05:30",
         """Hi,

Thanks for the acknowledgement. I've realised Monday is the bank holiday so I've moved the step up TAF to Wednesday 16th May at 10:00, same venue (Huyton Family Hub), to give you the full notice. New invite sent to MASH and MASH business support.

Jodie""" + ack("SB-knowsley-4127", A, ["Case: EHM-90412", "Children: Tayla Rimmer (14/03/2081), Kobi Rimmer (02/11/2084)",
                                            "Meeting: Wednesday 9 May 10:00, Huyton Family Hub",
                                            "Notice: 4 working days (5 required)"]), style="plain")
    label(f, A, "mash_step_up", 3, "follow_up", False, None, ["EHM-90412"],
          [("Tayla Rimmer", "2081-03-14"), ("Kobi Rimmer", "2084-11-02")], [], None, None, [], None,
          "attach_to_request", "ordinary",
          "Reply to [SB-knowsley-4127] (knowsley_01's request) moving the TAF to Wed 16 May; children and DOBs from the "
          "quoted acknowledgement. DESIGN: follow_up -> attach_to_request; missing [] and notice null for a follow_up.",
          as_written={"Tayla Rimmer": "14/03/2081", "Kobi Rimmer": "02/11/2084"})

    # 07 meeting reply accepted for the moved TAF
    f = "knowsley_07.eml"
    cal = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2091
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Siobhan Quayle:mailto:siobhan.quayle@knowsley0-19.nhs.example
ORGANIZER;CN=Jodie Parr:mailto:jodie.parr@knowsley.gov.uk
SUMMARY:Step up TAF meeting - Rimmer - EHM-90412
DTSTART:20910516T090000Z
DTEND:20910516T100000Z
UID:%s
SEQUENCE:1
DTSTAMP:20910504T081500Z
LOCATION:Huyton Family Hub
END:VEVENT
END:VCALENDAR
""" % sha(f, "uid")[:24]
    mail(f, "Siobhan Quayle <siobhan.quayle@knowsley0-19.nhs.example>", M,
         "Accepted: Step up TAF meeting - Rimmer - EHM-90412", "2091-05-04 09:15:44", "", cal=cal)
    label(f, A, "mash_step_up", 2, "meeting_reply", False, None, ["EHM-90412"], [], [], None, None, [], None,
          "record_reply", "ordinary",
          "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from the school nurse for the moved TAF (Wed 16 May); the "
          "SUMMARY carries EHM-90412. DESIGN: meeting_reply -> record_reply.")


# =============================================================================================== RICHMOND & WANDSWORTH
def richmond():
    A, M, E = "richmond_wandsworth", BOXES["richmond_wandsworth"]["mash_step_up"], BOXES["richmond_wandsworth"]["early_help_duty"]
    f = "richmond_wandsworth_01.eml"
    mail(f, "Sharon Achebe <sharon.achebe@richmondandwandsworth.gov.uk>", M,
         "Step up - Kyla Mensah-Brooke - Mosaic ID 3301842", "2091-04-24 11:30:02",
         """Dear MASH,

Following reflective supervision with Tanisha (Early Help worker) I am stepping up Kyla Mensah-Brooke, DOB 05/10/2085, Mosaic ID 3301842. The latest case summary is attached.

Rationale for step up
Kyla has severe eczema which keeps becoming infected. She has missed five dermatology appointments since October; the pharmacy confirms her emollients and steroid creams have not been collected since January. The school nurse has seen weeping, bleeding skin on her arms and legs and Kyla says she scratches all night. Mum's depression has worsened and she has not engaged with her GP. Early Help has tried transport, reminders and a joint appointment, with no change. There is no immediate child protection concern today, but the health neglect is persistent and needs a statutory assessment.

As Early Help Team Manager I agree this step up. Mum knows we are referring and agrees to the referral.

Kind regards
Sharon Achebe
Early Help Team Manager, Wandsworth""",
         atts=[docx("Case summary Kyla Mensah-Brooke April.docx", "Case summary - Kyla Mensah-Brooke",
                    ["Mosaic ID 3301842", "Eczema, infections, missed dermatology, creams not collected.",
                     "Mum: depression, not seeing GP."])])
    label(f, A, "mash_step_up", 7, "step_up", False, None, ["3301842"], [("Kyla Mensah-Brooke", "2085-10-05")],
          ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting", "ordinary",
          "Complete Richmond & Wandsworth step-up from the Early Help Team Manager: case summary .docx and the rationale "
          "under its own heading; 'As Early Help Team Manager I agree' -> manager true; 'agrees to the referral' -> "
          "consent true. 'no immediate child protection concern today' negated. Mosaic ID label -> bare number.",
          as_written={"Kyla Mensah-Brooke": "05/10/2085"})

    f = "richmond_wandsworth_02.eml"
    mail(f, "Tom Feeney <tom.feeney@richmondandwandsworth.gov.uk>", E,
         "Step down - Amara Lindqvist (3302719) - case discussion Thurs 10th", "2091-05-08 15:10:33",
         """Hi Jasper,

As agreed on the phone this afternoon, confirming the step down case discussion for Amara Lindqvist (DOB 19/12/2079, Mosaic 3302719) on Thursday 10th May at 11am on Teams.

Amara has cerebral palsy and uses a wheelchair. We became involved when her hospital and physio appointments kept being missed after dad's shifts changed. Dad has since sorted his hours, the hospital transport is booked, and the last four appointments were all attended.

Latest case summary (PDF) and the draft Early Help plan (Word) are attached.

Consent - I haven't been able to speak to dad about Early Help yet; he is away until Friday and I'll ask him at my visit on Monday.

Tom Feeney
Social Worker, Children in Need, Richmond""", style="plain",
         atts=[pdf("Case summary - Amara Lindqvist.pdf", "Case summary - Amara Lindqvist",
                   ["Mosaic 3302719", "Cerebral palsy; appointments now attended."]),
               docx("Draft EH plan Lindqvist.docx", "Draft Early Help plan", ["Transport; physio; short breaks."])])
    label(f, A, "early_help_duty", 4, "step_down", False, None, ["3302719"], [("Amara Lindqvist", "2079-12-19")],
          ["disability_send"], None, None, ["consent"], None, "request_info", "ordinary",
          "Richmond & Wandsworth step-down confirming the agreed case discussion (Thu 10 May, within 5 days of the "
          "contact): case summary .pdf and draft plan .docx present; consent still to be asked ('I'll ask him at my visit "
          "on Monday') -> null -> 'consent' missing -> request_info. Cerebral palsy -> disability_send.",
          as_written={"Amara Lindqvist": "19/12/2079"})

    f = "richmond_wandsworth_03.eml"
    mail(f, "Delia Fairweather <delia.fairweather@richmondandwandsworth.gov.uk>", M,
         "Step up today please - Poppy Ashworth-Kane - op booked tomorrow 8am", "2091-06-13 12:25:48",
         """MASH colleagues,

I know step ups normally wait for the case discussion, but this one can't.

Poppy Ashworth-Kane, DOB 03/04/2083 (8), Mosaic ID 3303355. Case summary attached.

Rationale: Since January mum has kept Poppy in a wheelchair, telling the hospital she cannot walk, has seizures every night and cannot swallow. Nobody outside the home has seen a seizure. School staff and our Early Help worker have seen Poppy running across the playground and climbing the frame when mum isn't there, and she eats a full school lunch. Mum has pushed for a gastrostomy and it is now listed: Poppy goes in for admission at 5pm tonight and the operation under general anaesthetic is at 8am tomorrow. Dr Okafor (community paediatrician) rang me this morning and said this operation should not go ahead until someone has looked at the whole picture; the surgical team have only mum's account.

I am the Early Help Team Manager and I agree the step up. Mum has not been told.

Please can the MASH manager ring me on 020 7946 0458 as soon as possible.

Delia Fairweather
Early Help Team Manager, Richmond""",
         atts=[pdf("Case summary Poppy A-K June.pdf", "Case summary - Poppy Ashworth-Kane",
                   ["Mosaic ID 3303355", "Wheelchair use not seen to be needed at school.", "Gastrostomy listed."])])
    label(f, A, "mash_step_up", 6, "step_up", True, None, ["3303355"], [("Poppy Ashworth-Kane", "2083-04-03")],
          ["physical_harm"], None, True, [], None, "alert_duty", "urgent",
          "Induced illness: an 8-year-old kept in a wheelchair she does not need (seen running and climbing), seizures "
          "no one has seen, and an unnecessary gastrostomy under general anaesthetic at 8am tomorrow with admission at "
          "5pm tonight; the community paediatrician says it should not go ahead. Action needed today -> urgent -> "
          "alert_duty. The R&W step-up itself is complete (case summary + rationale; TM is the sender and agrees). "
          "Consent not required and not given (mum not told) -> null.",
          as_written={"Poppy Ashworth-Kane": "03/04/2083"})

    f = "richmond_wandsworth_04.eml"
    mail(f, "Ward 4 Discharge Team <ward4.discharges@swlondonchildrens.nhs.example>", "gp.admin@thamesidesurgery.nhs.example",
         "Discharge summary - Elijah Ward-Osei - DOB 11/02/2086", "2091-04-20 09:40:15",
         """Please find attached the discharge summary for Elijah Ward-Osei, for your information. A copy goes to the GP and to the Early Help worker named by the family.

This is a routine discharge notification; no reply is needed.

Ward 4 Discharge Team
South West London Children's Unit""", cc=E, style="plain",
         atts=[pdf("Discharge summary Ward-Osei 20.04.pdf", "DISCHARGE SUMMARY",
                   ["Patient: Elijah Ward-Osei  DOB: 11/02/2086", "Admitted 16/04 with left lower lobe pneumonia.",
                    "Treated with IV antibiotics, switched to oral amoxicillin 18/04. Discharged home 20/04.",
                    "Safeguarding: no concerns. Parents attentive and present throughout.",
                    "Follow-up: GP review in 6 weeks; no hospital follow-up."])])
    label(f, A, "early_help_duty", 9, "other", False, None, [], [("Elijah Ward-Osei", "2086-02-11")], [], None, None,
          [], None, "human_review", "near_miss",
          "NEAR MISS - a hospital's routine discharge letter copied to Early Help: pneumonia treated, 'Safeguarding: no "
          "concerns', parents attentive. No request -> other -> human_review; no concern.",
          as_written={"Elijah Ward-Osei": "11/02/2086"})

    f = "richmond_wandsworth_05.eml"
    mail(f, "Marcus Penhale <marcus.penhale@richmondandwandsworth.gov.uk>", E,
         "Step down - Sienna Grove (Mosaic 3299410) - case discussion Thu 12 July 2pm", "2091-07-09 10:15:09",
         """Hi Jasper,

Thanks for the call. Confirming the step down case discussion for Sienna Grove, DOB 27/07/2086, on Thursday 12th July at 2pm.

For the panel's context: Sienna came to us after 11 A&E attendances across St George's, Kingston and Chelsea & Westminster in 2090 and a query about whether her symptoms were being exaggerated. The assessment found mum's visits were appropriate each time - Sienna was genuinely unwell - and a biopsy in February confirmed eosinophilic oesophagitis. A second opinion at the Evelina has agreed the diagnosis and the feeding plan. There are no safeguarding concerns.

Mum has been diagnosed with anxiety and is on the waiting list for talking therapy; she would like help with the elimination diet and nursery.

Attached: case summary (PDF), draft Early Help plan (Word), and mum's signed consent to Early Help.

Marcus Penhale
Social Worker, Wandsworth""",
         atts=[pdf("Case summary Sienna Grove.pdf", "Case summary - Sienna Grove", ["Mosaic 3299410", "EoE confirmed."]),
               docx("Draft Early Help plan - Grove.docx", "Draft Early Help plan", ["Dietitian; nursery; parenting support."]),
               pdf("Consent to Early Help - Grove signed.pdf", "Consent to Early Help",
                   ["I consent to my family receiving Early Help.", "Signed: L. Grove, 05/07"])])
    label(f, A, "early_help_duty", 5, "step_down", False, None, ["3299410"], [("Sienna Grove", "2086-07-27")],
          ["parental_mental_health"], True, None, [], None, "book_meeting", "near_miss",
          "NEAR MISS - repeated A&E visits across three hospitals and an exaggeration query, found appropriate: biopsy "
          "confirmed eosinophilic oesophagitis, a second opinion agreed, 'no safeguarding concerns'. Complete R&W "
          "step-down (case summary .pdf, draft plan .docx, signed consent). Mum's diagnosed anxiety -> "
          "parental_mental_health.", as_written={"Sienna Grove": "27/07/2086"})

    f = "richmond_wandsworth_06.eml"
    cal = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2091
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED;CN=Tanisha Rowe:mailto:tanisha.rowe@richmondandwandsworth.gov.uk
ORGANIZER;CN=MASH business support:mailto:mash.businesssupport@richmondandwandsworth.gov.uk
SUMMARY:Step-up case discussion - Mosaic 3301842
COMMENT:On annual leave that day - Hana Price will attend for Early Help.
DTSTART:20910426T130000Z
DTEND:20910426T140000Z
UID:%s
SEQUENCE:0
DTSTAMP:20910425T090200Z
END:VEVENT
END:VCALENDAR
""" % sha(f, "uid")[:24]
    mail(f, "Tanisha Rowe <tanisha.rowe@richmondandwandsworth.gov.uk>", M,
         "Declined: Step-up case discussion - Mosaic 3301842", "2091-04-25 10:02:00",
         "On annual leave that day - Hana Price will attend for Early Help.", cal=cal)
    label(f, A, "mash_step_up", 1, "meeting_reply", False, None, ["3301842"], [], [], None, None, [], None,
          "record_reply", "ordinary",
          "Outlook iTIP REPLY, PARTSTAT=DECLINED with a COMMENT, for richmond_wandsworth_01's case discussion; SUMMARY "
          "'Mosaic 3301842' -> the bare number. DESIGN: meeting_reply -> record_reply.")

    f = "richmond_wandsworth_07.eml"
    mail(f, "Grace Oyelaran <grace.oyelaran@swlondonchildrens.nhs.example>", E,
         "Automatic reply: Step down - Sienna Grove (Mosaic 3299410)", "2091-07-09 10:16:40",
         """Thank you for your email. I am out of the office until Monday 16 July with no access to email.

For urgent safeguarding matters please contact the Paediatric Liaison team on 020 7946 0870, or in an emergency call 999.

Grace Oyelaran
Paediatric Liaison Health Visitor""", style="plain",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    label(f, A, "early_help_duty", 2, "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
          "ordinary",
          "Out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') from a paediatric liaison health visitor; "
          "its 'urgent safeguarding matters' line is boilerplate. DESIGN: auto_reply -> ignore; safety rule 2.")

    f = "richmond_wandsworth_08.eml"
    mail(f, "Priya Raval <priya.raval@lavenderhillpharmacy.example>", M,
         "baby Reggie Talbot - sleeping tablets in his bottle", "2091-07-16 17:55:27",
         """Hello,

I'm the pharmacist at Lavender Hill Pharmacy. I couldn't find a phone number that answered after 5 so I'm emailing the address on your website.

At 5.20pm Kerry Talbot came in to collect her own prescription of zopiclone and asked if there was "something stronger for the baby". She told me she has been crushing half of one of her zopiclone tablets into her son's night bottle "for weeks, so he sleeps through". Her son is Reggie Talbot, date of birth 04/01/2090 (18 months), registered with us. He was in the buggy and was very floppy and hard to wake - his eyes rolled when I spoke to him. I asked to call 111 and an ambulance and she refused and left at 5.35 with him.

Address on our system: 7 Lavender Court, Battersea SW11 9ZQ. Mobile 07700 900418.

I have not given her the zopiclone. Please can someone go round tonight.

Priya Raval MPharm
Pharmacist, Lavender Hill Pharmacy""", style="plain")
    label(f, A, "mash_step_up", 4, "other", True, None, [], [("Reggie Talbot", "2090-01-04")], ["physical_harm"],
          None, None, [], None, "alert_duty", "urgent",
          "A community pharmacist at 17:55: a mother says she crushes her own zopiclone into her 18-month-old's night "
          "bottle; the baby is floppy and hard to wake; she refused an ambulance and left. Medicine not prescribed, "
          "happening now, out of hours. No alarm word. Not a step request -> other -> alert_duty (out-of-hours "
          "service at this hour). physical_harm.", as_written={"Reggie Talbot": "04/01/2090"})


# =============================================================================================== TOWER HAMLETS
def tower():
    A, M, E = "tower_hamlets", BOXES["tower_hamlets"]["mash_step_up"], BOXES["tower_hamlets"]["early_help_duty"]
    f = "tower_hamlets_01.eml"
    mail(f, "Dr Femi Adeyinka <femi.adeyinka@whitechapelchildrens.nhs.example>", M,
         "Transfusion refused - Hawa Conteh (6) - need social care involvement today", "2091-04-24 13:05:19",
         """Dear MAST,

I am the consultant paediatric haematologist looking after Hawa Conteh, DOB 08/09/2084, on our children's ward.

Hawa has sickle cell disease and is in an aplastic crisis. Her haemoglobin was 51 g/L at 8am and 44 g/L at noon and is still falling. Without a blood transfusion in the next few hours she is at high risk of heart failure and death. Her parents are Jehovah's Witnesses and have declined blood; we have offered every alternative and they remain firm. At 12.40 her father said they will take her home this afternoon.

Our legal team is applying for an urgent specific issue order, but we need children's social care involved now, including whether police protection is needed if they try to leave before the court hears it.

Please call me on 020 7946 0613 or via switchboard 020 7946 0600.

Dr Femi Adeyinka
Consultant Paediatric Haematologist""", style="plain")
    label(f, A, "mash_step_up", 3, "other", True, None, [], [("Hawa Conteh", "2084-09-08")], ["neglect"], None, None,
          [], None, "alert_duty", "urgent",
          "A consultant: parents refusing a blood transfusion on belief for a 6-year-old whose haemoglobin is falling "
          "(51 -> 44), 'high risk of heart failure and death' within hours, father says they will take her home this "
          "afternoon. Immediate -> urgent -> alert_duty (seed 001: 'If there is an immediate child protection concern, "
          "contact MAST'). Medical neglect -> neglect. A hospital's report -> other.",
          as_written={"Hawa Conteh": "08/09/2084"})

    f = "tower_hamlets_02.eml"
    mail(f, "Nadia Karim <nadia.karim@towerhamlets.gov.uk>", M,
         "Re: [SB-tower_hamlets-5531] Request received", "2091-05-11 15:40:02",
         """At the house now. Yusufs face is really swollen on the left from the bad tooth, his eye is nearly shut and he is burning hot, he hasnt eaten for 2 days and is just lying on the sofa. Mum says the dentist can see him next week and wont take him to the Royal London, I asked twice. Dads phone off. I dont want to leave him like this, what do I do? Im staying till someone calls me 07700 900734

Nadia

Sent from my iPhone""" + ack("SB-tower_hamlets-5531", A, ["Mosaic: 4409163", "Child: Yusuf Rahman (DOB 21/03/2083)",
                                                           "Missing: request_for_support"]), style="phone")
    label(f, A, "mash_step_up", 2, "follow_up", True, None, ["4409163"], [("Yusuf Rahman", "2083-03-21")],
          ["neglect"], None, None, [], None, "alert_duty", "urgent",
          "An untreated dental abscess: an 8-year-old's face swollen, eye nearly shut, fever, not eating for two days, "
          "mum refusing hospital, Friday afternoon; the worker is at the house. No alarm word. A phone reply (base64) "
          "to [SB-tower_hamlets-5531] -> follow_up, but urgent first -> alert_duty. Child and Mosaic id from the quoted "
          "acknowledgement ('Mosaic:' label -> bare number). neglect.", as_written={"Yusuf Rahman": "21/03/2083"})

    f = "tower_hamlets_03.eml"
    mail(f, "Shapla Miah <shapla.miah@towerhamlets.gov.uk>", M,
         "MAST step up - Inaya Begum-Hussain - Mosaic: 4410287", "2091-06-20 11:10:37",
         """Dear MAST,

Please see the step up request for Inaya Begum-Hussain, DOB 15/05/2085, Mosaic: 4410287. MARF attached. My team manager Rehana Aziz has read it and agreed the step up this morning.

I was going to send this for the multi-agency discussion, but the school nurse has just sent me the note below and I think it changes things.

---------- Forwarded message ---------
From: Joanne Clegg, School Nurse, Stepney Green Primary
Sent: 20 June, 10:52

Shapla - Inaya's gastrostomy extension set was cut through when she arrived this morning (a clean cut, not a split). In her bag was a 20ml syringe with a white residue and her feed bottle tasted very salty. When she was admitted two weeks ago her sodium was 158 and nobody could explain it. Mum collects her at 3.15 today and gives the afternoon feed at home. I have kept the syringe and the bottle.
Jo

Shapla Miah
Lead Practitioner, Early Help, Tower Hamlets""",
         atts=[pdf("MARF Inaya Begum-Hussain.pdf", "Multi-Agency Referral Form (MARF)",
                   ["Child: Inaya Begum-Hussain, 15/05/2085", "Mosaic: 4410287", "Gastrostomy-fed; unexplained high sodium.",
                    "Manager: Rehana Aziz - agreed."])])
    label(f, A, "mash_step_up", 7, "step_up", True, None, ["4410287"], [("Inaya Begum-Hussain", "2085-05-15")],
          ["physical_harm"], None, True, [], None, "alert_duty", "urgent",
          "A feeding tube tampered with, buried in a forwarded note: the gastrostomy extension cut, a syringe with "
          "residue, a salty feed after an unexplained sodium of 158, and mum collects at 3.15 today to give the "
          "afternoon feed. No alarm word. The MAST step-up is complete (MARF .pdf, TM agreed) but urgent first -> "
          "alert_duty. physical_harm.", as_written={"Inaya Begum-Hussain": "15/05/2085"})

    f = "tower_hamlets_04.eml"
    mail(f, "Oliver Brandt <oliver.brandt@towerhamlets.gov.uk>", E,
         "Step down - Chowdhury brothers - TAF 9 July", "2091-07-03 10:30:25",
         """Dear Early Help Hub,

I am stepping down Ilyas Chowdhury (DOB 12/12/2078, Mosaic 4401170) and his brother Zain Chowdhury (DOB 03/06/2083, Mosaic 4401171).

Ilyas's leukaemia relapsed in the spring. After several meetings with the oncology teams at the Royal London and GOSH, Ilyas and his parents decided together with his consultants not to start third-line chemotherapy and to move to palliative care at home. Dr Mensah's letter (attached to the assessment) is clear this was a shared decision with the clinical team, not a refusal of treatment. The section 47 enquiry opened in 2090, when the parents first asked about stopping treatment, closed with no further action. There are no safeguarding concerns.

Zain is doing a lot at home for his brother and his attendance has dropped to 84%.

Attached: C&F assessment (concluded 26 June), draft TAF plan. Both parents have consented to Early Help. Lead practitioner: Rukhsana Ali, Children's Palliative Care Nurse Specialist, East London Children's Hospice. I will chair the TAF meeting on Monday 9 July at 10am at the Chowdhury home.

Oliver Brandt
Social Worker, Tower Hamlets CSC""",
         atts=[pdf("CFA Chowdhury concluded 26.06.pdf", "Child and Family Assessment - Chowdhury",
                   ["Concluded 26/06.", "Palliative care plan agreed with the clinical team.", "Zain: young carer."]),
               docx("Draft TAF plan Chowdhury.docx", "Draft TAF plan", ["Hospice at home; young carers service; school."])])
    label(f, A, "early_help_duty", 8, "step_down", False, None, ["4401170", "4401171"],
          [("Ilyas Chowdhury", "2078-12-12"), ("Zain Chowdhury", "2083-06-03")], ["school_attendance", "young_carer"],
          True, None, [], None, "book_meeting", "near_miss",
          "NEAR MISS - stopping chemotherapy as a treatment decision made with the clinicians (palliative care, 'not a "
          "refusal of treatment'), an old s47 closed NFA, 'no safeguarding concerns' -> not urgent, no neglect. "
          "Complete Tower Hamlets step-down: C&F assessment .pdf, draft TAF plan .docx, both parents consented, lead "
          "practitioner with agency; TAF Mon 9 July within 10 WD of 26 June. Zain's caring -> young_carer; 84% -> "
          "school_attendance.", as_written={"Ilyas Chowdhury": "12/12/2078", "Zain Chowdhury": "03/06/2083"})

    f = "tower_hamlets_05.eml"
    mail(f, "Dr Helen Ashdown <helen.ashdown@bowcommonsurgery.nhs.example>", M,
         "Aaliyah Osei-Bonsu - your query of 30 April - second opinion arranged", "2091-05-17 14:20:46",
         """Dear MAST,

Thank you for your query of 30 April about Aaliyah Osei-Bonsu (DOB 23/10/2086), prompted by a locum GP's note in March suggesting her mother might be exaggerating her recurrent fevers.

We discussed Aaliyah at our practice safeguarding meeting on 9 May. Her inflammatory markers during the fever episodes were raised each time, and genetic testing has now confirmed familial Mediterranean fever, a rare inherited condition that explains the episodes. Her mother's reports have been accurate throughout and her visits appropriate. At the family's request we have arranged a second opinion with the paediatric rheumatology team at GOSH (appointment 4 June).

We have no safeguarding concerns and do not need anything further from MAST. The locum's note has been annotated.

Yours sincerely
Dr Helen Ashdown
GP Partner and Safeguarding Lead, Bow Common Surgery""", style="plain")
    label(f, A, "mash_step_up", 5, "other", False, None, [], [("Aaliyah Osei-Bonsu", "2086-10-23")], [], None, None,
          [], None, "human_review", "near_miss",
          "NEAR MISS - a GP's reply: the exaggeration query answered by tests (familial Mediterranean fever, a rare "
          "condition), mother's visits appropriate, a second opinion arranged, 'no safeguarding concerns'. No request "
          "-> other -> human_review; no concern.", as_written={"Aaliyah Osei-Bonsu": "23/10/2086"})

    f = "tower_hamlets_06.eml"
    mail(f, "Ifeoma Chukwu <ifeoma.chukwu@towerhamlets.gov.uk>", E,
         "Step down request - Jayden Adebayo-Price", "2091-04-30 16:05:14",
         """Hi team,

Step down for Jayden Adebayo-Price, DOB 07/07/2081, Mosaic 4412096.

Jayden has sickle cell disease. We were involved because his daily penicillin wasn't being given and clinics were missed. Those medical neglect concerns have been resolved: the pharmacy confirms monthly collection and he has attended his last three haematology clinics. His school attendance is still low at 88%.

The draft TAF plan is attached. The C&F assessment will follow once my manager has signed it off. Mum has consented to Early Help. Lead practitioner tbc - I've asked the school whether the learning mentor can take it on.

Ifeoma Chukwu
Social Worker, Tower Hamlets""",
         atts=[docx("Draft TAF plan - Adebayo-Price.docx", "Draft TAF plan", ["Penicillin; clinic; attendance."])])
    label(f, A, "early_help_duty", 3, "step_down", False, None, ["4412096"], [("Jayden Adebayo-Price", "2081-07-07")],
          ["school_attendance"], True, None, ["assessment", "lead_practitioner"], None, "request_info", "ordinary",
          "Tower Hamlets step-down: draft TAF plan attached and consent given, but the C&F assessment 'will follow' and "
          "the lead practitioner is 'tbc' -> both missing -> request_info. The medical neglect is stated resolved -> "
          "not a concern; 88% -> school_attendance.", as_written={"Jayden Adebayo-Price": "07/07/2081"})

    f = "tower_hamlets_07.eml"
    bounce = """This is the mail system at host mx.towerhamlets.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lp.duty@bethnalchildrenscentre.example>: host mx.bethnalchildrenscentre.example
    said: 550 5.1.1 User unknown (in reply to RCPT TO command)

Original subject: [SB-tower_hamlets-5602] TAF meeting reminder
"""
    mail(f, "Mail Delivery System <MAILER-DAEMON@towerhamlets.gov.uk>", E,
         "Undelivered Mail Returned to Sender", "2091-07-06 08:12:09", bounce, style="plain",
         extra=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")])
    label(f, A, "early_help_duty", 1, "auto_reply", False, None, [], [], [], None, None, [], None, "ignore", "ordinary",
          "A delivery-failure bounce from MAILER-DAEMON (Auto-Submitted, empty Return-Path) for a stepbot reminder. "
          "DESIGN: auto_reply -> ignore; safety rule 2.")

    f = "tower_hamlets_08.eml"
    mail(f, "Kamal Uddin <kamal.uddin@towerhamlets.gov.uk>", M,
         "Step up - Mikail Yilmaz - asthma / health neglect", "2091-07-12 11:45:58",
         """Dear MAST,

I'd like to step up Mikail Yilmaz, DOB 29/01/2082, Mosaic 4413508. MARF attached.

Mikail has severe asthma. He has had three admissions since February, his preventer and reliever inhalers have not been collected since March, and four asthma clinics have been missed. The flat has black mould in his bedroom and housing have not been let in. Mum says she cannot afford the bus to clinic and does not believe the steroid inhaler is safe. We have tried a joint appointment and a travel grant.

My team manager Rebecca Holt is on leave until Monday and hasn't seen this yet - I'll get her sign-off when she's back. Mum is aware I'm making the referral.

Kamal Uddin
Early Help Practitioner, Tower Hamlets""",
         atts=[pdf("MARF Mikail Yilmaz.pdf", "Multi-Agency Referral Form",
                   ["Child: Mikail Yilmaz 29/01/2082", "Severe asthma; inhalers not collected; clinics missed."])])
    label(f, A, "mash_step_up", 6, "step_up", False, None, ["4413508"], [("Mikail Yilmaz", "2082-01-29")],
          ["neglect"], None, None, ["manager_agreed"], None, "request_info", "ordinary",
          "MAST step-up for health neglect with the MARF (.pdf) attached, but the team manager 'hasn't seen this yet' "
          "-> manager null -> 'manager_agreed' missing -> request_info. 'Mum is aware' is not consent (not required).",
          as_written={"Mikail Yilmaz": "29/01/2082"})


# =============================================================================================== TORBAY
def torbay():
    A, M, E = "torbay", BOXES["torbay"]["mash_step_up"], BOXES["torbay"]["early_help_duty"]
    f = "torbay_01.eml"
    mail(f, "Becky Tozer <becky.tozer@torbay.gov.uk>", E,
         "Triage slot please - step down - Chudleigh children LCS-5520341", "2091-04-17 10:20:31",
         """Hi Early Help,

Please could I have a triage slot for a level 3 step down for Willow Chudleigh (DOB 18/06/2084) and Bodhi Chudleigh (DOB 02/02/2088). LCS-5520341.

We became involved after Bodhi needed eleven teeth out under general anaesthetic and the home was found in a poor state. Both children's dental treatment is done, the home is much improved, and the 0-19 team say their health checks are up to date. Mum still needs support with routines and meals.

My Single Assessment with the analysis is attached; my team manager's analysis in it confirms the threshold for level 3 is met. Mum has consented to level 3 Early Help.

Bodhi is 3, so I think this goes to the under-5s triage.

Becky Tozer
Social Worker, Single Assessment Team, Torbay""",
         atts=[pdf("Single Assessment Chudleigh April.pdf", "Single Assessment - Chudleigh",
                   ["LCS-5520341", "Analysis: dental neglect addressed; routines still need support.",
                    "Team Manager analysis: threshold for level 3 intervention met. - K. Yeo"])])
    label(f, A, "early_help_duty", 5, "step_down", False, 3, ["LCS-5520341"],
          [("Willow Chudleigh", "2084-06-18"), ("Bodhi Chudleigh", "2088-02-02")], ["neglect"], True, True, [], None,
          "book_meeting", "ordinary",
          "Complete Torbay level 3 step-down (seed 002: Single Assessment with the TM's analysis 'confirms the threshold "
          "for level 3 is met' -> manager true; 'Mum has consented to level 3 Early Help' -> consent true). Bodhi is 3 "
          "-> the fortnightly under-5s triage. Routines and meals still need support -> neglect.",
          as_written={"Willow Chudleigh": "18/06/2084", "Bodhi Chudleigh": "02/02/2088"})

    f = "torbay_02.eml"
    mail(f, "Carys Ebdon <carys.ebdon@torbaychildrensnursing.nhs.example>", M,
         "Evie Hannaford - chemo stopped - fever tonight - parents refusing to bring her in", "2091-05-02 19:10:44",
         """To the MASH / out of hours team,

I'm the children's community oncology nurse for Evie Hannaford, DOB 11/11/2085 (5), who has acute lymphoblastic leukaemia and is in maintenance treatment.

Three weeks ago her parents stopped her oral chemotherapy and her antibiotic prophylaxis in favour of a "natural protocol" from a clinic abroad. Her neutrophils last Thursday were 0.3. At 18:25 mum texted me that Evie's temperature is 39.1, she is shivering and sleepy. With her counts this is febrile neutropenia: she needs IV antibiotics in hospital within the hour. I phoned: both parents refuse to bring her in and say they are flying from Bristol to the clinic at 6am tomorrow.

I have told the on-call paediatric oncologist at Torbay Hospital, who agrees she must be seen tonight. Family address: 22 Marldon Rise, Paignton TQ3 9ZP. Mum 07700 900562.

Carys Ebdon
Children's Community Nurse (Oncology Outreach)""", style="plain")
    label(f, A, "mash_step_up", 4, "other", True, None, [], [("Evie Hannaford", "2085-11-11")], ["neglect"], None,
          None, [], None, "alert_duty", "urgent",
          "A parent refusing chemotherapy on belief, now febrile neutropenia at 19:10: a 5-year-old with leukaemia, "
          "39.1 and shivering, needing IV antibiotics within the hour; parents refuse and plan to fly abroad at 6am. No "
          "alarm word. A nurse's report -> other -> alert_duty (out-of-hours service). Medical neglect -> neglect.",
          as_written={"Evie Hannaford": "11/11/2085"})

    f = "torbay_03.eml"
    mail(f, "Sophie Widdon <sophie.widdon@torbay.gov.uk>", M,
         "Contact to MASH - Harvey Yeo EHM-960214 - step up to level 4", "2091-05-24 10:05:18",
         """Dear MASH,

I am the lead practitioner for Harvey Yeo, DOB 08/08/2080, EHM-960214, and I am making a contact to MASH to step him up.

Harvey's health needs are being missed: he has not been taken to the last three CAMHS or audiology appointments, his hearing aids have been broken since March, and school report he is hungry and in unwashed clothes most days. Mum has stopped answering the door to the school nurse.

For context, because it is on the file: in 2088 mum gave Harvey some of her own diazepam "to calm him". That was investigated at the time (s47, police NFA in 2088) and there has been nothing like it since. It is not why I'm writing.

Mum consents to the contact to MASH. My team manager and I agree this needs considering for level 4.

Sophie Widdon
Family Intervention Worker, Torbay Early Help, 01803 960214""", style="plain")
    label(f, A, "mash_step_up", 3, "step_up", False, None, ["EHM-960214"], [("Harvey Yeo", "2080-08-08")],
          ["neglect"], True, True, [], None, "book_meeting", "near_miss",
          "NEAR MISS - a historic induced-sedation incident (2088, investigated, police NFA, 'nothing like it since') "
          "in an ordinary step-up -> not urgent, no physical_harm. Complete Torbay step-up (seed 002: 'a contact should "
          "be made to MASH with parental consent'; 'Mum consents', 'my team manager and I agree ... level 4'). "
          "Missed appointments, hunger, broken hearing aids -> neglect. The phone number is not a case id.",
          as_written={"Harvey Yeo": "08/08/2080"})

    f = "torbay_04.eml"
    mail(f, "Jade Brimacombe <jade.brimacombe@torbay.gov.uk>", M,
         "Contact to MASH - Widger children - EHM-960877", "2091-06-19 14:30:06",
         """Hi MASH,

Contact for Lily-Rose Widger (30/09/2083) and Mason Widger (14/04/2086), EHM-960877.

Both children have had impetigo on their faces for over a month that has not been treated, head lice for most of the year, and Mason has toothache the school has reported three times. The GP sent two letters; neither child was brought. We have offered to go with mum to the GP and the dentist.

My ATM Lucy Pinsent agrees this needs considering for level 4. Mum does not consent to a contact to MASH - she says she's "sick of being judged".

Jade Brimacombe
Early Help Family Worker, Torbay""", style="plain")
    label(f, A, "mash_step_up", 7, "step_up", False, None, ["EHM-960877"],
          [("Lily-Rose Widger", "2083-09-30"), ("Mason Widger", "2086-04-14")], ["neglect"], False, True, ["consent"],
          None, "request_info", "ordinary",
          "Torbay step-up for untreated infection and dental pain (not acute): ATM agrees -> manager true; 'Mum does not "
          "consent' -> consent false -> 'consent' missing -> request_info.",
          as_written={"Lily-Rose Widger": "30/09/2083", "Mason Widger": "14/04/2086"})

    f = "torbay_05.eml"
    mail(f, "Kelly Brimble <kellyb1987@mailbox.example>", E,
         "please help - they said fabricated", "2091-06-11 20:40:26",
         """Hi, I hope this is the right place I got this email from the school.

My son Noah is 7. For two years I've been taking him to the doctors and A&E because he has these turns where he goes stiff and blue, and at one appointment a doctor used the word "fabricated" and I've been terrified ever since that someone thinks I'm making it up. Last month the genetic test came back and he has a rare type of epilepsy, and the neurologist at Bristol told me I was right to keep bringing him and that I'd done everything right. He is on the right medicine now and the turns are much less.

I'm not coping very well with the nights, and the school say he needs an EHCP and I don't know where to start. Is there someone in Early Help who can help me with that? I'm not in trouble am I?

Kelly Brimble""", style="plain")
    label(f, A, "early_help_duty", 6, "other", False, None, [], [], ["disability_send"], None, None, [], None,
          "human_review", "near_miss",
          "NEAR MISS - a parent's own mail: the word 'fabricated' from an old appointment, then a rare epilepsy "
          "confirmed by genetic tests and her visits praised; she asks for help with an EHCP. Not urgent. A parent's "
          "enquiry, no step -> other -> human_review. Noah is named by first name only -> no child labelled. EHCP -> "
          "disability_send.")

    f = "torbay_06.eml"
    mail(f, "ED Notifications <ed.notifications@torbayhospital.nhs.example>", M,
         "ED attendance notification - child - ref ED/91/44187", "2091-07-05 07:30:02",
         """EMERGENCY DEPARTMENT ATTENDANCE NOTIFICATION (automatic - do not reply)

Patient: F. S.   NHS No: 999 710 4421   Age: 9
Arrived: 04/07 18:42   Departed: 04/07 22:15
Presenting complaint: injury to left wrist - fell from trampoline at home
Diagnosis: buckle fracture, distal radius
Safeguarding screen: completed - no concerns; mechanism consistent; parent present
Previous ED attendances (12 months): 1 (ear infection, 02/91)
Outcome: discharged - fracture clinic 11/07

This notification is sent automatically to the partner inbox for every attendance by a child under 18 known to Children's Services.""",
         style="plain", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    label(f, A, "mash_step_up", 2, "auto_reply", False, None, [], [], [], None, None, [], None, "ignore", "near_miss",
          "NEAR MISS - an automatic ED attendance notification (Auto-Submitted: auto-generated, Precedence: bulk): a "
          "trampoline fracture, 'Safeguarding screen: completed - no concerns', one earlier attendance. Read under "
          "safety rule 1 but reporting no risk. Child by initials only; the NHS number is not a case id. DESIGN: "
          "auto_reply -> ignore.")

    f = "torbay_07.eml"
    mail(f, "Nathan Coombe <nathan.coombe@torbay.gov.uk>", E,
         "Step down - triage slot - Pengilly children LCS-5521190", "2091-07-13 15:05:50",
         """Hi,

Requesting a triage slot to step Tia Pengilly (DOB 06/03/2081) and Ollie Pengilly (DOB 25/12/2087) down to level 3 Early Help. LCS-5521190.

Single Assessment attached, including my team manager's analysis that the threshold for level 3 intervention is met. Mum has given her consent to level 3 Early Help. Ollie is 3 so I understand this will be the under-5s triage.

Thanks
Nathan

P.S. Mum has just sent me a photo of Ollie's leg - the dog bite from Tuesday that she didn't get seen. It's red and streaky right up to his groin, she says he's 40.1, shivery and "won't wake up properly". She says she won't take him in because "they'll take him off me". I'm driving over now but I'm 40 minutes away. 07700 900129.

Nathan Coombe
Social Worker, Safeguarding and Supporting Families, Torbay""",
         atts=[pdf("Single Assessment - Pengilly.pdf", "Single Assessment - Pengilly",
                   ["LCS-5521190", "Team Manager analysis: threshold for level 3 intervention met."])])
    label(f, A, "early_help_duty", 4, "step_down", True, 3, ["LCS-5521190"],
          [("Tia Pengilly", "2081-03-06"), ("Ollie Pengilly", "2087-12-25")], ["neglect"], True, True, [], None,
          "alert_duty", "urgent",
          "An untreated infection in a P.S. on a Friday afternoon: a 3-year-old's dog bite spreading (red streaks to the "
          "groin), 40.1, 'won't wake up properly', mum refusing to take him in; the worker is 40 minutes away. No alarm "
          "word. Otherwise a complete Torbay level 3 step-down (SA .pdf with the TM's analysis; consent), but urgent "
          "first -> alert_duty. neglect.", as_written={"Tia Pengilly": "06/03/2081", "Ollie Pengilly": "25/12/2087"})

    f = "torbay_08.eml"
    mail(f, "Amy Lethbridge <amy.lethbridge@torbay.gov.uk>", E,
         "Step down request - Kai Soper LCS-5519006", "2091-06-27 11:20:44",
         """Hi Early Help,

I'd like a triage slot to step Kai Soper (DOB 17/02/2079) down to level 3. LCS-5519006.

Kai has epilepsy; we became involved when his medication was being missed. For the last four months dad has used a blister pack and Kai's levels have been in range. His school attendance is 83%.

My Single Assessment is attached and dad has consented to Early Help. My team manager does not agree to the step down yet - she wants the medication monitoring plan with the school nurse in place first and has not signed the analysis.

Amy Lethbridge
Social Worker, Torbay""",
         atts=[pdf("SA Kai Soper June.pdf", "Single Assessment - Kai Soper",
                   ["LCS-5519006", "Analysis: medication now given reliably.", "Team Manager analysis: not yet completed."])])
    label(f, A, "early_help_duty", 9, "step_down", False, None, ["LCS-5519006"], [("Kai Soper", "2079-02-17")],
          ["school_attendance"], True, False, ["manager_agreed"], None, "request_info", "ordinary",
          "Torbay step-down with the Single Assessment and consent, but the team manager 'does not agree to the step down "
          "yet' and has not signed the analysis -> manager false (disagreed for now) -> 'manager_agreed' missing -> "
          "request_info. No level written -> null. 83% -> school_attendance.",
          as_written={"Kai Soper": "17/02/2079"})


# =============================================================================================== HEREFORDSHIRE
def hereford():
    A, M, E = "herefordshire", BOXES["herefordshire"]["mash_step_up"], BOXES["herefordshire"]["early_help_duty"]
    f = "herefordshire_01.eml"
    mail(f, "Gareth Pugh <gareth.pugh@herefordshire.gov.uk>", E,
         "Step down plan - Prosser sibling group - Mosaic 880412 / 880413", "2091-04-24 10:00:41",
         """Dear Early Help Co-ordinators,

Following my discussion with Megan on Tuesday, please find the Early Help Assessment step-down plan for the Prosser sibling group: Freya Prosser (DOB 12/07/2080, Mosaic 880412) and Jac Prosser (DOB 30/03/2084, Mosaic 880413). This is a level 3 step down.

The child protection plan for medical neglect ended on 16 April. Both children's dental treatment is complete and Jac's hearing aids are fitted and worn. Home conditions and health appointments are much improved, but routines still slip and the family want help keeping on top of appointments.

Key person: Bethan Watkins, Family Support Worker, Kington Children's Centre. The signed consent form is attached.

Gareth Pugh
Social Worker, Herefordshire Children's Services""",
         atts=[docx("EHA step-down plan Prosser.docx", "Early Help Assessment step-down plan",
                    ["Freya Prosser; Jac Prosser", "What needs to happen: appointment calendar; school nurse check-ins."]),
               pdf("Consent form Prosser signed.pdf", "Early Help consent form",
                   ["I give consent for my family to receive Early Help.", "Signed: parent, 20/04"])])
    label(f, A, "early_help_duty", 6, "step_down", False, 3, ["880412", "880413"],
          [("Freya Prosser", "2080-07-12"), ("Jac Prosser", "2084-03-30")], ["neglect"], True, None, [], None,
          "book_meeting", "ordinary",
          "Complete Herefordshire sibling-group step-down (seed 003: written consent, key person, EHA step-down plan): "
          "plan .docx, signed consent form .pdf, key person with agency; 'level 3' written. CP plan ended; routines "
          "still slip -> neglect.", as_written={"Freya Prosser": "12/07/2080", "Jac Prosser": "30/03/2084"})

    f = "herefordshire_02.eml"
    mail(f, "Liz Garrad <liz.garrad@wyevalleyhospital.nhs.example>", M,
         "Ellie-Mae Bowkett - toxicology result - self-discharged this afternoon", "2091-06-08 16:30:15",
         """Dear colleagues,

I am the paediatric liaison nurse at Hereford County Hospital.

Ellie-Mae Bowkett, DOB 02/05/2086, has attended Hereford, Worcester, Gloucester and Shrewsbury emergency departments nine times in seven weeks with "seizures" that only her mother has seen; no EEG or scan has found a cause. The toxicology sent on Wednesday came back at 2pm today: phenobarbital was present. Ellie-Mae has never been prescribed it; mum told staff last week that her own mother takes it.

When Dr Sandhu explained the result to mum at 3.15pm she said the result was wrong and took Ellie-Mae off the ward at 3.40pm against medical advice. We believe they are going to mum's sister in Leominster (address not known). Mum's mobile: 07700 900841.

Dr Sandhu asks that someone from children's social care calls him today on 01432 496 355. I have informed West Mercia Police.

Liz Garrad
Paediatric Liaison Nurse, Hereford County Hospital""", style="plain")
    label(f, A, "mash_step_up", 5, "other", True, None, [], [("Ellie-Mae Bowkett", "2086-05-02")],
          ["physical_harm"], None, None, [], None, "alert_duty", "urgent",
          "Repeated ED visits across four hospitals with seizures only mum sees, a toxicology result showing a drug "
          "never prescribed (phenobarbital), and mum has taken the child off the ward against advice this afternoon, "
          "whereabouts unknown. No alarm word. A hospital's report -> other -> alert_duty. physical_harm.",
          as_written={"Ellie-Mae Bowkett": "02/05/2086"})

    f = "herefordshire_03.eml"
    mail(f, "Cllr Roger Bayliss <roger.bayliss@pembridgeparish.example>", M,
         "Fw: Mother jailed for making daughter ill - is this the family from Eardisland?", "2091-04-23 12:10:37",
         """Good afternoon,

A parishioner sent me the article below and is worried it is the family who lived in Eardisland some years ago. Could someone tell me whether there is anything we should be doing locally?

Regards
Roger Bayliss
Parish Councillor

-------- Forwarded article --------
Birmingham Crown Court, Friday: A 41-year-old woman was jailed for six years for poisoning her daughter with salt and medicines over four years so that doctors would believe she was seriously ill. The court heard the girl, now an adult, had more than 300 hospital appointments and an unnecessary feeding tube. Social services removed her in 2085. The family had moved from Herefordshire to Birmingham in 2084.""",
         style="plain")
    label(f, A, "mash_step_up", 7, "other", False, None, [], [], [], None, None, [], None, "human_review", "near_miss",
          "NEAR MISS - someone else's case on the news: a conviction in Birmingham for inducing illness; the girl is now "
          "an adult, removed in 2085, the family left the county in 2084. No current child -> other -> human_review.")

    f = "herefordshire_04.eml"
    mail(f, "Naomi Price <naomi.price@herefordshire.gov.uk>", E,
         "Step down - Rhys Powell-Davies (Mosaic 881077)", "2091-06-21 13:45:03",
         """Hi co-ordinators,

Step down plan attached for Rhys Powell-Davies, DOB 16/08/2082, Mosaic 881077.

Rhys has epilepsy and we became involved when his clinic appointments were missed. He has not missed one since January. His attendance is 86% and he needs some help with routines at home.

Mum agreed to Early Help verbally on the phone this morning; I'll get the consent form signed at my visit next week. Key person: Sian Morgan, Learning Mentor, Bromyard St Peter's Primary.

Naomi Price
Social Worker, Herefordshire""",
         atts=[docx("Step-down plan Powell-Davies.docx", "Early Help Assessment step-down plan",
                    ["Routines; clinic reminders; learning mentor sessions."])])
    label(f, A, "early_help_duty", 3, "step_down", False, None, ["881077"], [("Rhys Powell-Davies", "2082-08-16")],
          ["school_attendance"], True, None, ["consent_form"], None, "request_info", "ordinary",
          "Herefordshire step-down: plan .docx and key person with agency, but verbal consent only ('agreed ... "
          "verbally', form to be signed next week) -> consent true but 'consent_form' missing -> request_info. No level "
          "written -> null. 86% -> school_attendance.", as_written={"Rhys Powell-Davies": "16/08/2082"})

    f = "herefordshire_05.eml"
    mail(f, "Owen Lloyd <owen.lloyd@herefordshire.gov.uk>", E,
         "Level 3 step down - Tyler Gwilliam - Mosaic 879930", "2091-07-11 09:50:27",
         """Dear Early Help Co-ordinator team,

Please find attached the step-down plan and signed consent form for Tyler Gwilliam, DOB 04/04/2081, Mosaic 879930, level 3.

History: in 2089 mum stopped Tyler's epilepsy medication because she believed it was harming him, and he had a prolonged seizure. He was on a child protection plan from 2089 to 2090. Since then his drug levels have been checked every three months and every one has been in range; mum now manages his medication well.

The plan includes a contingency: if mum were ever to stop his medication again, the key person would contact the epilepsy nurse and the duty team the same day. This is a what-if, not something happening now.

Tyler has an EHCP. Key person: Carys Lewis, Family Support Worker, Leominster Family Hub.

Owen Lloyd
Social Worker, Herefordshire""",
         atts=[docx("EHA step-down plan Gwilliam.docx", "Early Help Assessment step-down plan",
                    ["Contingency: if medication stopped, key person to contact epilepsy nurse."]),
               pdf("Signed consent Gwilliam.pdf", "Early Help consent form", ["Signed consent to Early Help, 06/07."])])
    label(f, A, "early_help_duty", 8, "step_down", False, 3, ["879930"], [("Tyler Gwilliam", "2081-04-04")],
          ["disability_send"], True, None, [], None, "book_meeting", "near_miss",
          "NEAR MISS - a medication refusal in 2089 (CP plan ended 2090) and a hypothetical contingency ('if mum were "
          "ever to stop ... This is a what-if') -> not urgent, no neglect. Complete Herefordshire level 3 step-down "
          "(plan .docx, signed consent .pdf, key person). EHCP -> disability_send.",
          as_written={"Tyler Gwilliam": "04/04/2081"})

    f = "herefordshire_06.eml"
    mail(f, "Rachel Bevan <practice.manager@ledburydental.example>", E,
         "How do we refer children not brought to the dentist?", "2091-05-15 11:30:52",
         """Hello,

I'm the practice manager at a dental surgery in Ledbury. We have a handful of children who are repeatedly not brought to appointments, some with decay that needs treatment. Our policy says to contact Early Help, but I'm not sure whether we should use a form, email you, or go through MASH, and what information you need from us.

Could you point me to the right process?

Many thanks
Rachel Bevan
Practice Manager""", style="plain")
    label(f, A, "early_help_duty", 4, "other", False, None, [], [], [], None, None, [], None, "human_review",
          "ordinary",
          "A dental practice manager's process enquiry; no child named, no request -> other -> human_review.")

    f = "herefordshire_07.eml"
    mail(f, "Reception - Golden Valley Surgery <reception@goldenvalleysurgery.nhs.example>", E,
         "RE: [SB-herefordshire-2210] Request received", "2091-07-02 09:15:33",
         """Good morning,

Dr Hewitt has asked me to forward the attached letter he has just dictated, regarding the family on your step down.

Kind regards
Sally
Reception, Golden Valley Surgery""" + ack("SB-herefordshire-2210", A, ["Mosaic: 881560",
                                                                      "Child: Caleb Jenkins (DOB 10/10/2086)"]),
         style="plain",
         atts=[pdf("Letter Dr Hewitt re Caleb Jenkins 02.07.pdf", "Golden Valley Surgery - letter",
                   ["To: Early Help Co-ordinators and Children's Social Care", "Re: Caleb Jenkins, DOB 10/10/2086",
                    "Caleb has a VP shunt for hydrocephalus. His mother telephoned at 08:30 today: he has been "
                    "vomiting since last night, has a severe headache and is very drowsy.",
                    "I advised that he must go to A&E now. She declined, saying the family will pray and that the "
                    "hospital 'will not cut him again'.",
                    "This picture suggests a blocked shunt, which can be fatal within hours. I have not been able to "
                    "reach her since 08:45. Please act on this today.", "Dr P. Hewitt, GP"])])
    label(f, A, "early_help_duty", 6, "follow_up", True, None, ["881560"], [("Caleb Jenkins", "2086-10-10")],
          ["neglect"], None, None, [], None, "alert_duty", "urgent",
          "The risk only in the attachment: a GP's dictated letter (.pdf) - a 4-year-old with a VP shunt vomiting, "
          "headache, very drowsy; mother declined A&E on belief; 'can be fatal within hours'. The covering body is "
          "benign. DESIGN safety rule 1: attachments are read. A reply to [SB-herefordshire-2210] -> follow_up, urgent "
          "first -> alert_duty. neglect.", as_written={"Caleb Jenkins": "10/10/2086"})

    f = "herefordshire_08.eml"
    cal = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20910626T090000Z
DTEND:20910626T093000Z
DTSTAMP:20910622T141200Z
ORGANIZER;CN=Early Help Co-ordinators:mailto:earlyhelpcoordinators@herefordshire.gov.uk
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=naomi.price@herefordshire.gov.uk:mailto:naomi.price@herefordshire.gov.uk
SUMMARY:Step-down drop-in [SB-herefordshire-2297] Mosaic 881077
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % sha(f, "uid")[:24]
    mail(f, "Naomi Price <naomi.price@herefordshire.gov.uk>", E,
         "Accepted: Step-down drop-in [SB-herefordshire-2297] Mosaic 881077 @ Tue 26 Jun 10am - 10:30am (BST)",
         "2091-06-22 15:12:08", "Naomi Price has accepted this invitation.", cal=cal)
    label(f, A, "early_help_duty", 2, "meeting_reply", False, None, ["881077"], [], [], None, None, [], None,
          "record_reply", "ordinary",
          "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, for the Tuesday drop-in on herefordshire_04's family; SUMMARY "
          "'Mosaic 881077' -> bare number. DESIGN: meeting_reply -> record_reply.")


# =============================================================================================== checks
REQ = {("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                 "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
       ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
       ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
       ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
       ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
       ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
       ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
       ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
       ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
       ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"}}
DOB_FORMATS = ("%d/%m/%Y", "%d.%m.%Y")


def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def plain_between(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)


def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "application/pdf":
            out.append("\n".join(re.findall(r"\((.*?)\) Tj", data.decode("latin-1"))).replace("\\(", "(").replace("\\)", ")"))
        elif ct == DOCX:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode())))
        fn = part.get_filename()
        if fn:
            out.append(fn)
    return "\n".join(out)


def check():
    errors = []
    import holidays
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2091])
    if set(pkg) != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(set(pkg) ^ BANK_HOLIDAYS))
    inside = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inside != [date(2091, 5, 7), date(2091, 5, 28)]:
        errors.append("set: bank holidays in window %s" % inside)
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4 and date(2091, 7, 24).weekday() == 1):
        errors.append("set: window ends are not Monday / Friday")
    for d in (WINDOW[0] + timedelta(days=i) for i in range((WINDOW[1] - WINDOW[0]).days + 1)):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
    from collections import Counter
    per = Counter((l["authority"], CATS[l["file"]]) for l in LABELS)
    auths = Counter(l["authority"] for l in LABELS)
    if any(v != 8 for v in auths.values()) or len(auths) != 5:
        errors.append("set: per-authority counts %s" % dict(auths))
    cats = Counter(CATS.values())
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        errors.append("set: category totals %s" % dict(cats))
    names = {"%s_%02d.eml" % (a, i) for a in BOXES for i in range(1, 9)}
    if set(FILES) != names or {l["file"] for l in LABELS} != names:
        errors.append("set: file names")
    kinds = Counter(l["expect"]["kind"] for l in LABELS)
    if set(kinds) != KINDS:
        errors.append("set: kinds present %s" % dict(kinds))
    for lab in LABELS:
        f, e, a = lab["file"], lab["expect"], lab["authority"]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        if msg.defects:
            errors.append("%s: defects %s" % (f, msg.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                errors.append("%s: no %s" % (f, h))
        if BOXES[a][lab["mailbox"]].lower() not in (str(msg["To"]) + str(msg.get("Cc", ""))).lower():
            errors.append("%s: mailbox address not in To/Cc" % f)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        ld = d.astimezone(LON)
        if not (WINDOW[0] <= ld.date() <= WINDOW[1]):
            errors.append("%s: Date outside window" % f)
        if ld.weekday() >= 5:
            errors.append("%s: Date on a weekend" % f)
        if ld.date() in BANK_HOLIDAYS:
            errors.append("%s: Date on a bank holiday" % f)
        if d.utcoffset() != ld.utcoffset() or d.utcoffset() != timedelta(hours=1):
            errors.append("%s: Date offset should be +0100" % f)
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset():
            errors.append("%s: now offset differs from the Date header's" % f)
        if not timedelta(minutes=1) <= now - d <= timedelta(minutes=10):
            errors.append("%s: now not 1-10 minutes after Date" % f)
        # value sets
        if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
            errors.append("%s: kind/action" % f)
        if set(lab["expect"]) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                                  "manager_agreed", "missing", "notice_ok", "next_action"}:
            errors.append("%s: label keys" % f)
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERNS:
            errors.append("%s: concerns" % f)
        if e["missing"] != sorted(set(e["missing"])):
            errors.append("%s: missing not sorted/unique" % f)
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            errors.append("%s: level" % f)
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None):
                errors.append("%s: %s" % (f, v))
        # missing allowed
        key = (a, e["kind"]) if not (a == "knowsley" and e["kind"] == "step_down") else (a, "step_down", e["level"] or 3)
        allowed = REQ.get(key, set()) if e["kind"] in ("step_up", "step_down") else set()
        if not set(e["missing"]) <= allowed:
            errors.append("%s: missing %s not allowed for %s" % (f, e["missing"], key))
        if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]):
            errors.append("%s: consent vs missing" % f)
        if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
            errors.append("%s: manager vs missing" % f)
        if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]):
            errors.append("%s: case_id vs missing" % f)
        if "children" in allowed and (not e["children"]) != ("children" in e["missing"]):
            errors.append("%s: children vs missing" % f)
        for g, c in (("gcp2", "neglect"), ("engaging_families", "non_engagement"),
                     ("exploitation_assessment", "exploitation")):
            if g in e["missing"] and c not in e["concerns"]:
                errors.append("%s: %s without %s" % (f, g, c))
        # notice
        has_notice = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        m = META[f]["meeting"]
        if has_notice and m is not None:
            w = wd_between(now.astimezone(LON).date(), m)
            p = plain_between(now.astimezone(LON).date(), m)
            if (w, p) != (META[f]["wd"], META[f]["plain"]):
                errors.append("%s: Knowsley notice counts (%d WD, %d plain) != expected (%s, %s)" % (
                    f, w, p, META[f]["wd"], META[f]["plain"]))
            if e["notice_ok"] != (w >= 5):
                errors.append("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], w))
            if m.weekday() >= 5 or m in BANK_HOLIDAYS:
                errors.append("%s: meeting on a weekend or bank holiday" % f)
        elif e["notice_ok"] is not None:
            errors.append("%s: notice_ok should be null" % f)
        # next_action order
        defined = not (a == "herefordshire" and e["kind"] == "step_up")
        if e["urgent"]:
            exp = "alert_duty"
        elif e["kind"] == "auto_reply":
            exp = "ignore"
        elif e["kind"] == "meeting_reply":
            exp = "record_reply"
        elif e["kind"] == "follow_up":
            exp = "attach_to_request"
        elif e["kind"] == "other" or not defined:
            exp = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            exp = "request_info"
        else:
            exp = "book_meeting"
        if e["next_action"] != exp:
            errors.append("%s: next_action %s != %s" % (f, e["next_action"], exp))
        if e["urgent"] != (CATS[f] == "urgent"):
            errors.append("%s: urgent vs category" % f)
        # text evidence
        text = readable(msg)
        for cid in e["case_ids"]:
            if cid not in text:
                errors.append("%s: case id %s not in text" % (f, cid))
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}", cid):
                errors.append("%s: %s is not an EHM/ICS/LCS/Mosaic id" % (f, cid))
        pos = []
        for c in e["children"]:
            if c["name"] not in text:
                errors.append("%s: child %s not in text" % (f, c["name"]))
            pos.append(text.find(c["name"]))
            if c["dob"]:
                w = META[f]["as_written"].get(c["name"])
                if not w or w not in text:
                    errors.append("%s: DOB of %s as written not in text" % (f, c["name"]))
                else:
                    parsed = None
                    for fmt in DOB_FORMATS:
                        try:
                            parsed = datetime.strptime(w, fmt).date()
                        except ValueError:
                            pass
                    if parsed is None or parsed.isoformat() != c["dob"]:
                        errors.append("%s: dob %r parses to %s not %s" % (f, w, parsed, c["dob"]))
                    nd = now.date()
                    age = nd.year - parsed.year - ((nd.month, nd.day) < (parsed.month, parsed.day))
                    if not (0 <= age < 18):
                        errors.append("%s: %s is %d at now" % (f, c["name"], age))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first appearance" % f)
        refs = re.findall(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"]))
        if e["kind"] == "follow_up" and not refs:
            errors.append("%s: follow_up without [SB-] in subject" % f)
        if e["kind"] in ("step_up", "step_down", "other") and refs:
            errors.append("%s: [SB-] on a new request" % f)
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != (len(cals) == 1 and "METHOD:REPLY" in cals[0].get_content()):
            errors.append("%s: meeting_reply vs text/calendar REPLY" % f)
        if (e["kind"] == "auto_reply") != bool(msg.get("Auto-Submitted")):
            errors.append("%s: auto_reply vs Auto-Submitted" % f)
        if re.search(r"\b20(9[2-9])\b", text):
            errors.append("%s: a year after 2091 in the text" % f)
        META[f]["quiet"] = e["urgent"] and not ALARM.search(text)
    return errors


def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values()))]
    for a in BOXES:
        out.append("  %s %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        out.append("%s %s" % (k, dict(Counter(str(e[k]) for e in ex))))
    out.append("mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)))
    out.append("urgent with no alarm word: %s" % sorted(f for f in META if META[f].get("quiet")))
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s meeting %s: %s WD, %s plain weekdays" % (f, META[f]["meeting"], META[f]["wd"], META[f]["plain"]))
    return "\n".join(out)


def main():
    knowsley(); richmond(); tower(); torbay(); hereford()
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
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages; all self-checks passed" % len(FILES))


if __name__ == "__main__":
    main()
