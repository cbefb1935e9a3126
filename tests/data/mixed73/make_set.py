#!/usr/bin/env python3
"""mixed73: blind held-out set (spring term 2092, children's own mental health in crisis).

Standard library only, plus `holidays` (run with /work/main/.venv/bin/python).
Writes 40 .eml files, labels.json and categories.json, then runs self-checks.
Deterministic: boundaries and ids come from sha1 of the file name.
"""
import datetime as dt, hashlib, io, json, os, re, sys, zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (dt.date(2092, 1, 7), dt.date(2092, 3, 27))   # Mon 7 Jan - Thu 27 Mar 2092
try:
    import holidays
    BH = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2092])}
except ImportError:  # fallback list, checked by hand against the package
    holidays = None
BH_EXPECTED = {dt.date(2092, 1, 1), dt.date(2092, 3, 28), dt.date(2092, 3, 31), dt.date(2092, 5, 5),
               dt.date(2092, 5, 26), dt.date(2092, 8, 25), dt.date(2092, 12, 25), dt.date(2092, 12, 26)}
if holidays is None:
    BH = set(BH_EXPECTED)
OUT_OF_HOURS_OK = {"knowsley_08.eml", "herefordshire_02.eml"}   # Saturday; Good Friday

MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
SEED = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
        "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
        "knowsley": "004_ba08e3b9f619f49f.txt"}
REQ = {  # REQUIREMENTS.md
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                              "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=LON)

def wd_between(today, meeting):
    n, d = 0, today + dt.timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BH:
            n += 1
        d += dt.timedelta(days=1)
    return n

# ---------------------------------------------------------------- documents
def make_docx(paras):
    x = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{x(p)}</w:t></w:r></w:p>' for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2092, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml)
    out = [re.sub(r"<[^>]+>", "", p) for p in paras]
    return "\n".join(s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for s in out)

def make_pdf(lines):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out

def pdf_text(data):
    s = data.decode("latin-1")
    return "\n".join(m.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                     for m in re.findall(r"\(((?:[^()\\]|\\.)*)\) '", s))

def ics(method, uid, start, end, summary, organizer, attendees, location="Microsoft Teams", comment=None,
        partstat=None, seq=0, stamp=None):
    f = lambda t: t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{f(stamp or start)}",
         f"DTSTART:{f(start)}", f"DTEND:{f(end)}", f"SUMMARY:{summary}", f"LOCATION:{location}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email_, ps in attendees:
        L.append(f"ATTENDEE;CN={name};PARTSTAT={ps}:mailto:{email_}")
    if comment:
        L.append(f"COMMENT:{comment}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(L) + "\r\n"

# ---------------------------------------------------------------- mail building
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def base(f, frm, to, subject, when, cc=None, extra=None, domain="example.org"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{sha(f)[:20]}@{domain}>"
    for k, v in (extra or {}).items():
        m[k] = v
    return m

def build(f, frm, to, subject, when, text=None, html=None, atts=(), cc=None, extra=None, domain="example.org"):
    m = base(f, frm, to, subject, when, cc, extra, domain)
    if text is not None:
        m.set_content(text, cte="quoted-printable")
        if html is not None:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        m.set_content(html, subtype="html", cte="quoted-printable")
    for fn, ctype, data in atts:
        mt, st = ctype.split("/", 1)
        if mt == "text":
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"==_mixed73_{sha(f)[:12]}_{n}")
            n += 1
    return m

def html_of(text):
    e = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p style=\"margin:0 0 8pt 0\">{p.replace(chr(10), '<br>')}</p>" for p in e.split("\n\n"))
    return f"<html><body style=\"font-family:Calibri,Arial;font-size:11pt\">{paras}</body></html>"

def outlook(f, frm, to, subject, when, text, atts=(), cc=None, domain="example.org"):
    return build(f, frm, to, subject, when, text=text, html=html_of(text), atts=atts, cc=cc,
                 extra={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdT" + sha(f)[:20]}, domain=domain)

FILES, LABELS, CATS = {}, [], {}

def ch(name, dob=None):
    return {"name": name, "dob": dob}

def label(f, m, authority, mailbox, delay, category, kind, urgent, level, case_ids, children, concerns,
          consent, manager, missing, meeting=None, why=""):
    when = dt.datetime.strptime(m["Date"], "%a, %d %b %Y %H:%M:%S %z")
    now = when + dt.timedelta(minutes=delay)
    notice_ok = None
    if authority == "knowsley" and kind in ("step_up", "step_down") and meeting is not None:
        notice_ok = wd_between(now.astimezone(LON).date(), meeting.date()) >= 5
    key = (authority, kind) if not (authority == "knowsley" and kind == "step_down") else (authority, kind, level or 3)
    if urgent:
        na = "alert_duty"
    elif kind == "auto_reply":
        na = "ignore"
    elif kind == "meeting_reply":
        na = "record_reply"
    elif kind == "follow_up":
        na = "attach_to_request"
    elif kind == "other" or key not in REQ:
        na = "human_review"
    elif missing or notice_ok is False:
        na = "request_info"
    else:
        na = "book_meeting"
    rule = (f" | Rule: seed {SEED[authority]} ({authority}); REQUIREMENTS.md {authority} {kind}; DESIGN 'The stepbot parse "
            f"contract' (kind, missing, next_action order: alert_duty > ignore > record_reply > attach_to_request > "
            f"human_review > request_info > book_meeting)")
    if urgent:
        rule += "; DESIGN safety rule 1 (immediate child-protection risk -> alert the people who can act at that hour)"
    FILES[f] = m.as_bytes(policy=policy.SMTP)
    LABELS.append({"file": f, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": children, "concerns": sorted(concerns), "consent": consent,
                              "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
                              "next_action": na}, "why": why + rule})
    CATS[f] = category
    return now

SIG_DISCLAIMER = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
                  "received it in error please notify the sender and delete it. Views expressed are those of the author.")

# ================================================================ KNOWSLEY
def knowsley():
    A = "knowsley"
    MASH, FF = MAILBOX[A]["mash_step_up"], MAILBOX[A]["early_help_duty"]

    # K01 urgent step_up: complete request, stockpiled tablets and a plan for tonight told at lunchtime
    f = "knowsley_01.eml"
    when = T(2092, 1, 14, 14, 52)
    meet = T(2092, 1, 23, 10, 0)
    form = make_docx([
        "FF Step Up request to CSC", "Case ID on EHM: EHM-73318",
        "Child: Niamh Corrigan  DOB 03/05/2077", "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 23rd January 2092, 10:00, Teams",
        "Level of Engagement: medium - mum attends most TAFs",
        "Recent TAF meeting minutes attached: yes (TAF 8.1.92)",
        "What are we worried about? Niamh (14) has been cutting her thighs since November; two A&E visits before Christmas. "
        "Mum Shauna drinks most nights (vodka) and goes out Friday to Sunday leaving Niamh alone. CAMHS waiting list.",
        "What is working well? Nan (maternal) is close to Niamh. School pastoral team see her daily.",
        "What next? Step up for C&F assessment; CAMHS priority review; alcohol service for mum.",
        "Agreement by line manager: Discussed with TM Cheryl Ashurst 14/01 - agreed.",
        "Contingency plan: school nurse daily check-in; nan to stay Fri-Sun."])
    minutes = make_pdf(["TAF meeting minutes - Corrigan - 8 January 2092", "Present: Leanne Fitzsimons (FF case manager), "
                        "Mrs Doran (Pastoral, Halewood Brook Academy), Shauna Corrigan (mum), school nurse",
                        "Actions: mum to attend Addaction appointment; CAMHS chaser; review 29/01."])
    invite = ics("REQUEST", f"{sha(f)[:16]}@knowsley.example", meet, meet + dt.timedelta(minutes=90),
                 "Step-up TAF meeting - N. Corrigan", ("Leanne Fitzsimons", "leanne.fitzsimons@knowsley.gov.uk"),
                 [("Knowsley MASH", MASH, "NEEDS-ACTION"), ("MASH business support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")],
                 stamp=when)
    text = f"""Hi MASH team,

Please find attached the step up request for Niamh Corrigan (DOB 03/05/2077), EHM-73318, plus the TAF minutes from 8th Jan. My TM Cheryl Ashurst discussed it with me this morning and agreed the step up. Teams invite for the step up TAF is attached too (Wednesday 23rd January at 10am) and I've invited the current TAF members.

Something has happened since I did the form so I'm adding it here. At lunch today Niamh showed the school nurse a sandwich bag with about forty of her nan's co-codamol in it. She told her she has been saving them since Christmas and that she is going to take them tonight once her mum goes out. She said there's "more in my room" at home. The nurse kept the bag but Niamh walked out of the medical room and isn't in her 2pm lesson. Mum is not picking up, and the school think she'll be on the 3.30 bus home to an empty house.

I'm going round to the house now.

Leanne Fitzsimons
Family First Case Manager (Level 3), Huyton Hub
Knowsley Council | 0151 496 0733
{SIG_DISCLAIMER}"""
    m = outlook(f, "Leanne Fitzsimons <leanne.fitzsimons@knowsley.gov.uk>", MASH,
                "Step up request - Niamh Corrigan EHM-73318", when, text,
                atts=[("FF Step Up request - N Corrigan.docx", DOCX, form),
                      ("TAF minutes 08.01.92 Corrigan.pdf", "application/pdf", minutes),
                      ("invite.ics", "text/calendar", invite)],
                cc="Mash.Businesssupport@knowsley.gov.uk", domain="knowsley.gov.uk")
    label(f, m, A, "mash_step_up", 4, "urgent", "step_up", True, None, ["EHM-73318"],
          [ch("Niamh Corrigan", "2077-05-03")], ["substance_misuse"], None, True, [], meeting=meet,
          why="URGENT inside a complete step-up: a 14-year-old has stockpiled about forty co-codamol, says she will take them "
              "tonight when mum goes out, says there are more at home, has walked out of school and mum cannot be reached. No "
              "alarm words. The request itself is complete: step-up form (docx), TAF minutes (pdf), EHM id, TM agreed, Teams "
              "invite for Wed 23 Jan 10:00 = 7 WD from Mon 14 Jan -> notice ok; missing []. Mum drinking most nights -> "
              "substance_misuse; the child's own self-harm has no contract id. Consent not mentioned -> null.")

    # K02 near miss: L3 step-down, healed self-harm with a safety plan; joint visit across Easter (4 WD)
    f = "knowsley_02.eml"
    when = T(2092, 3, 25, 14, 10)
    visit = T(2092, 4, 2, 10, 0)
    text = """Afternoon Family First duty,

Intention to step down to Family First 0-18 at level 3 for Corey Halliwell (DOB 21.10.2076). ICS ID 4410982.

Joint home visit: Wednesday 2nd April 2092 at 10:00, 14 Pennard Close, Kirkby L32 9ZQ. Mum (Dawn) has consented to the referral to Family First and is happy for a case manager to come on the visit.

What are we worried about?
Corey self-harmed (cutting his forearms) between June and September last year. The cuts are long healed and there has been no self-harm since September. He still has low mood some days and his attendance dipped to 88% in the autumn.

What is working well?
Corey has a written safety plan he made with CAMHS (Dr Yusuf) and he uses it - he told me he rang his uncle last month when he was feeling low rather than hurting himself. Mum keeps the medicines in a locked box and checks in with him every night. He is back playing for his football team.

What needs to happen?
Family First to carry on the TAF, keep an eye on attendance and link Corey with the young people's wellbeing group. CAMHS stay involved (routine appointments every 6 weeks).

Thanks
Marcus Ebanks
Social Worker, Child in Need Team 2, Knowsley
0151 496 0812"""
    m = build(f, "Marcus Ebanks <marcus.ebanks@knowsley.gov.uk>", FF,
              "Step down L3 - Corey Halliwell - joint visit 2/4", when, text=text,
              extra={"X-Mailer": "Microsoft Outlook 16.0"}, domain="knowsley.gov.uk")
    label(f, m, A, "early_help_duty", 3, "near_miss", "step_down", False, 3, ["4410982"],
          [ch("Corey Halliwell", "2076-10-21")], ["school_attendance"], True, None, [], meeting=visit,
          why="NEAR MISS - OLD, HEALED SELF-HARM MANAGED WITH A SAFETY PLAN: cutting June-September last year, none since, "
              "safety plan used, medicines locked away -> not urgent. Level 3 step-down written; all three Signs of Safety "
              "headings; joint home visit date/time/venue; mum consented -> missing []. NOTICE DECISIVE ACROSS EASTER: sent Tue "
              "25 Mar, visit Wed 2 Apr = 6 plain weekdays but Good Friday 28 Mar and Easter Monday 31 Mar are bank holidays -> "
              "4 WD < 5 -> notice_ok false -> request_info. 'ICS ID 4410982' -> '4410982'. Attendance 88% -> school_attendance.")

    # K03 ordinary: L2 step-down, anxiety and school refusal, HTML-only with a table; exactly 5 WD
    f = "knowsley_03.eml"
    when = T(2092, 1, 30, 11, 30)
    cin = T(2092, 2, 6, 13, 30)
    rows = [("Child", "Poppy Sefton (DOB 2081-02-14)"), ("ICS", "4398120"),
            ("Final CIN meeting", "Wednesday 6 February 2092, 1.30pm, Prescot Family Hub, Room 2"),
            ("New Lead Practitioner", "Mrs Janine Okafor, Pastoral Lead, St Bartholomew's CE Primary School"),
            ("What are we worried about?", "Poppy (10) has severe anxiety about leaving mum and has refused school on 31 of the last 60 sessions."),
            ("What is working well?", "Mum has done the Fearless parenting course; Poppy now manages mornings 3 days a week; school offer a soft start."),
            ("What needs to happen?", "School-led Early Help Assessment and TAF, graded return plan, referral to the Mental Health Support Team.")]
    tbl = "".join(f"<tr><td style='border:1px solid #999;padding:3px'><b>{a}</b></td><td style='border:1px solid #999;padding:3px'>{b}</td></tr>" for a, b in rows)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Dear Family First Duty Team,</p>
<p>Please note the intention to step down to a <b>Level 2</b> Early Help service for the child below. Mum (Kerry Sefton) agreed at the last CIN review and Mrs Okafor has agreed to take on the Lead Practitioner role.</p>
<table style="border-collapse:collapse">{tbl}</table>
<p>Kind regards,<br>Harpreet Sandhu<br>Senior Social Worker, Child in Need Team 1<br>Knowsley Council</p>
</body></html>"""
    m = build(f, "Harpreet Sandhu <harpreet.sandhu@knowsley.gov.uk>", FF, "Step down to Level 2 - P Sefton", when,
              html=html, domain="knowsley.gov.uk")
    label(f, m, A, "early_help_duty", 6, "ordinary", "step_down", False, 2, ["4398120"],
          [ch("Poppy Sefton", "2081-02-14")], ["school_attendance"], True, None, [], meeting=cin,
          why="Ordinary level 2 step-down (anxiety, school refusal), HTML-only with a table: meeting date/time/venue, all three "
              "headings, lead practitioner named with her school -> missing []. Sent Wed 30 Jan, final CIN Wed 6 Feb = exactly 5 "
              "WD -> notice ok -> book_meeting. 'Mum ... agreed' -> consent true (not required at level 2). Refusal on 31/60 "
              "sessions -> school_attendance.")

    # K04 urgent follow_up: a 15-year-old on a motorway footbridge, phoned the worker, evening
    f = "knowsley_04.eml"
    when = T(2092, 2, 19, 19, 5)
    text = """tyler rang me 5 mins ago from the footbridge over the M57 by the Tarbock island. hes on the wrong side of the railing, says hes going to let go when his mum gets there so she sees it. ive got him on speaker on my work mobile and rung 999 from my own phone, police not there yet. mum driving over from Huyton. whoever reads this can someone ring me back on 07700 900418

Sent from my iPhone

On 18 Feb 2092, at 09:14, Knowsley MASH step-up <knowsleymash@knowsley.gov.uk> wrote:

> Step-up request received [SB-knowsley-208]
> Child: Tyler Quirk (DOB 11/09/2076)
> Case ID: EHM-70215
> What is missing: the minutes of the most recent TAF meeting.
> Please reply to this email, keeping the reference in the subject."""
    m = build(f, "Bethany Rowlands <bethany.rowlands@knowsley.gov.uk>", MASH,
              "Re: Step-up request received [SB-knowsley-208]", when, text=text,
              extra={"In-Reply-To": "<sb-knowsley-208@stepbot.knowsley.gov.uk>", "X-Mailer": "iPhone Mail (22A101)"},
              domain="knowsley.gov.uk")
    label(f, m, A, "mash_step_up", 2, "urgent", "follow_up", True, None, ["EHM-70215"],
          [ch("Tyler Quirk", "2076-09-11")], [], None, None, [],
          why="URGENT follow-up at 19:05 (out of hours -> EDT): a 15-year-old on the wrong side of a motorway footbridge railing, "
              "threatening to let go; 999 rung but police not there; the worker asks for a call back. No alarm words. Reply to "
              "[SB-knowsley-208] -> follow_up, but urgent puts alert_duty first. Child and EHM id from the quoted ack. No "
              "contract concern id for the child's own suicidal act.")

    # K05 near miss: training bulletin with a suicide-plan scenario
    f = "knowsley_05.eml"
    when = T(2092, 1, 15, 9, 40)
    text = """KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - LEARNING BULLETIN (January)

Suicide-safer schools: half-day workshop for DSLs and pastoral leads
Wednesday 13 February, 9.30-12.30, Nutgrove Villa

Practice scenario we will work through on the day (fictional):
"Jade, Year 10, hands her form tutor a folded note at registration. It says goodbye to her little brother and that she has 'sorted the tablets'. Her mum says she cannot stay off work tonight."
Groups will decide who to phone, in what order, and what to say to Jade.

Please book through the KSCP learning portal. Places are limited to two per school.

You are receiving this because you are on the KSCP bulletin list. To unsubscribe reply STOP."""
    m = build(f, "KSCP Learning <kscp.learning@knowsleyscp.example.org>", FF, "KSCP Learning Bulletin - January", when,
              text=text, extra={"List-Id": "KSCP bulletin <bulletin.knowsleyscp.example.org>",
                                "List-Unsubscribe": "<mailto:kscp.learning@knowsleyscp.example.org?subject=STOP>",
                                "Precedence": "bulk"}, domain="knowsleyscp.example.org")
    label(f, m, A, "early_help_duty", 5, "near_miss", "other", False, None, [], [], [], None, None, [],
          why="NEAR MISS - TRAINING SCENARIO: a partnership bulletin whose fictional practice scenario has a goodbye note and "
              "'sorted the tablets' ('Jade', first name only, not a real child). DESIGN: hypothetical/bulletin examples must not "
              "trigger urgency. No step -> other -> human_review.")

    # K06 ordinary meeting_reply: Outlook ACCEPTED with a comment
    f = "knowsley_06.eml"
    when = T(2092, 1, 17, 8, 55)
    st = T(2092, 1, 23, 10, 0)
    cal = ics("REPLY", "sb-knowsley-201-taf@stepbot.knowsley.gov.uk", st, st + dt.timedelta(minutes=90),
              "Step-up TAF meeting [SB-knowsley-201]", ("Knowsley MASH", MASH),
              [("Siobhan McArdle", "siobhan.mcardle@halewoodbrook.example.sch.uk", "ACCEPTED")],
              comment="I'll bring the attendance print-out.", stamp=when)
    m = base(f, "Siobhan McArdle <siobhan.mcardle@halewoodbrook.example.sch.uk>", MASH,
             "Accepted: Step-up TAF meeting [SB-knowsley-201]", when, domain="halewoodbrook.example.sch.uk")
    m.set_content("I'll bring the attendance print-out.\n")
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    for n, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"==_mixed73_{sha(f)[:12]}_{n}")
    label(f, m, A, "mash_step_up", 1, "ordinary", "meeting_reply", False, None, [], [], [], None, None, [],
          why="Outlook iTIP REPLY (text/calendar; method=REPLY, PARTSTAT=ACCEPTED) from a school to stepbot's step-up TAF "
              "invitation, with a one-line comment -> meeting_reply -> record_reply.")

    # K07 ordinary step_up: exploitation + missing, no exploitation assessment, 4 WD notice
    f = "knowsley_07.eml"
    when = T(2092, 2, 7, 11, 5)
    meet = T(2092, 2, 13, 13, 30)
    form = make_docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-74402", "Child: Kieran Mulgrew DOB 2078-07-02",
                      "Date of step up TAF meeting: 13/02/2092 13:30",
                      "What are we worried about? Kieran (13) low mood, smoking cannabis daily, found with £300 and two phones; "
                      "missing overnight twice in January, returned by police from Warrington.",
                      "What is working well? Dad engages; Kieran likes his boxing coach.",
                      "What next? C&F assessment; exploitation screening.",
                      "Agreement by line manager: yes - Paul Gorman TM"])
    minutes = make_docx(["TAF minutes 29 January 2092 - Mulgrew", "Attendees: Dad, FF case manager, school, youth worker."])
    text = """Hi,

Step up for Kieran Mulgrew (EHM-74402). Form and last TAF minutes attached, Paul (my TM) has agreed it. Step up TAF is booked for Wednesday 13/02/2092 at 13:30 on Teams, invite to follow from my calendar.

I haven't done the Merseyside Exploitation Assessment yet - I'm seeing Kieran on Monday and will do it with him then.

Ta,
Donna Keegan
Family First Case Manager, Kirkby"""
    m = build(f, "Donna Keegan <donna.keegan@knowsley.gov.uk>", MASH, "step up Mulgrew", when, text=text,
              atts=[("Step up form Mulgrew.docx", DOCX, form), ("TAF minutes 29.01 Mulgrew.docx", DOCX, minutes)],
              domain="knowsley.gov.uk")
    label(f, m, A, "mash_step_up", 7, "ordinary", "step_up", False, None, ["EHM-74402"],
          [ch("Kieran Mulgrew", "2078-07-02")], ["exploitation", "missing", "substance_misuse"], None, True,
          ["exploitation_assessment"], meeting=meet,
          why="Ordinary step-up (low mood, cannabis, cash and two phones, missing twice) with form, TAF minutes, EHM id, TM "
              "agreed; exploitation concern but the Merseyside Exploitation Assessment 'not done yet' -> exploitation_assessment "
              "missing. Sent Thu 7 Feb, meeting Wed 13 Feb = 4 WD -> notice_ok false -> request_info. Kieran's own daily "
              "cannabis -> substance_misuse (the form lists it as a current worry).")

    # K08 near miss: Saturday night, a friend's parent; the 'goodbye' message turns out to be song lyrics
    f = "knowsley_08.eml"
    when = T(2092, 3, 8, 22, 40)
    text = """Hello, I got this email address off the council website, sorry if its the wrong one.

My daughter Lily (15) showed me a story her friend Amber Kinsella posted tonight - black screen and the words "I'm tired of running, let the water take me home, don't wait up". Lily was really upset and I was going to ring the police.

UPDATE before I sent this - I rang Amber's mum (Gemma). Amber is at home on the settee with her. The words are from a song by a band called Harbour Lights, Amber posts their lyrics all the time, she showed her mum the track. Gemma has had a chat with her and she's fine, just a bit embarrassed. So I don't think anything needs doing, I just wanted someone to know in case.

Thanks
Clare Donnelly (Lily's mum)
Sent from Outlook for Android"""
    m = build(f, "Clare Donnelly <claredonnelly82@example.com>", MASH, "worried about my daughters friend", when,
              text=text, domain="example.com")
    label(f, m, A, "mash_step_up", 9, "near_miss", "other", False, None, [], [ch("Amber Kinsella", None)], [], None, None, [],
          why="NEAR MISS - A FRIEND'S WORRY THAT TURNS OUT TO BE SONG LYRICS, Saturday 22:40: the post is a band's lyrics, "
              "Amber is at home with her mum who has spoken to her -> resolved, not urgent. A parent's report, no step -> other "
              "-> human_review. Amber named in full (no DOB); Lily is first name only. Deliberately dated on a Saturday.")

# ================================================================ RICHMOND & WANDSWORTH
def richmond_wandsworth():
    A = "richmond_wandsworth"
    MASH, EH = MAILBOX[A]["mash_step_up"], MAILBOX[A]["early_help_duty"]
    D = "richmondandwandsworth.gov.uk"

    # R01 urgent step_up: discharged from A&E after an overdose, dad on nights, tablets not locked away
    f = "richmond_wandsworth_01.eml"
    when = T(2092, 2, 4, 10, 20)
    text = """Dear MASH colleagues,

Following reflective discussion with Amara Quaye (Early Help Practitioner) this morning, I am requesting a step up to Children's Services for Freya Lindqvist (DOB 19.06.2079), Mosaic ID 2284417.

Case summary
Freya (12) lives with her father Anders, who is her sole carer. Early Help have worked with the family since September for low mood and poor attendance (81% this term). Freya has told Amara she feels "like a ghost" at home and has been scratching her wrists. Dad works nights at a distribution centre four nights a week. CAMHS referral was accepted in December; she is on the waiting list.

Rationale for step up
Freya was brought to St George's A&E last night after taking 16 paracetamol and was discharged home at 2am, with CAMHS crisis to see her on Thursday. This morning dad told Amara he is on shift again tonight from 8pm, there is no one who can stay with her, and he has left the rest of the paracetamol in the kitchen drawer because "she's learnt her lesson, she won't do it again". He will not take the night off. Freya will be in the flat on her own tonight from 8pm until 6am. We do not think Early Help can hold this at level 3.

I am in the office all day on 020 7946 0542.

Kind regards
Rosalind Achterberg
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Early Help
{0}""".format(SIG_DISCLAIMER)
    m = outlook(f, "Rosalind Achterberg <rosalind.achterberg@richmondandwandsworth.gov.uk>", MASH,
                "Step up - Freya Lindqvist - Mosaic 2284417", when, text, domain=D)
    label(f, m, A, "mash_step_up", 3, "urgent", "step_up", True, None, ["2284417"],
          [ch("Freya Lindqvist", "2079-06-19")], ["neglect", "school_attendance"], None, True, [],
          why="URGENT step-up: a 12-year-old discharged from A&E at 2am after a paracetamol overdose will be alone tonight "
              "8pm-6am, her sole-carer father refusing to stay home or lock away the remaining tablets. No alarm words. "
              "Headed case summary and rationale in the body, sent by the EH Team Manager (manager_agreed true) -> missing []. "
              "Father refusing to secure the tablets or supervise her -> neglect (convention: a parent refusing to remove means "
              "or to keep the child safe); attendance 81% -> school_attendance. 'Mosaic ID 2284417' -> '2284417'. Consent not "
              "mentioned -> null.")

    # R02 near miss step_down: historic overdose, stable now, complete
    f = "richmond_wandsworth_02.eml"
    when = T(2092, 1, 21, 15, 5)
    summary = make_docx(["Case summary - Theo Adeyemi-Clarke (DOB 02/12/2075) - Mosaic 2271906",
                         "Theo (16) took an overdose of his mother's sertraline in October 2091 and was admitted to the paediatric ward for two nights. "
                         "Since then: weekly CAMHS sessions, a safety plan, medicines locked away at home. No further self-harm since October.",
                         "Child in Need plan since November; goals met at the CIN review on 14 January 2092."])
    plan = make_docx(["Draft Early Help plan - Theo Adeyemi-Clarke", "1. Youth worker mentoring (weekly) - Roehampton youth hub",
                      "2. College transition support - Putney Sixth Form", "3. CAMHS routine review every 8 weeks continues",
                      "Lead Professional proposed: Keisha Morrow, Early Help Practitioner"])
    text = """Hi EH Duty,

Further to my call with Jasper this afternoon, confirming the step-down case discussion for Theo Adeyemi-Clarke (Mosaic ID 2271906) on Friday 25th January at 11:00 on Teams.

Theo and his mum Bukola both consented at the CIN review on 14 January to Early Help continuing the plan. Latest case summary and the draft Early Help plan are attached.

For context, the overdose in the summary was in October; there has been nothing since and CAMHS are happy he is stable.

Best wishes
Callum Fairweather
Social Worker, Wandsworth Children in Need Service"""
    m = outlook(f, "Callum Fairweather <callum.fairweather@richmondandwandsworth.gov.uk>", EH,
                "Step down - Theo Adeyemi-Clarke - case discussion Fri 25/01", when, text,
                atts=[("Case summary Adeyemi-Clarke Jan92.docx", DOCX, summary),
                      ("Draft EH plan Adeyemi-Clarke.docx", DOCX, plan)], domain=D)
    label(f, m, A, "early_help_duty", 5, "near_miss", "step_down", False, None, ["2271906"],
          [ch("Theo Adeyemi-Clarke", "2075-12-02")], [], True, None, [],
          why="NEAR MISS - A HISTORIC OVERDOSE: October 2091, two nights on the ward, safety plan, nothing since -> not urgent. "
              "Complete R&W step-down: case summary and draft plan attached, consent given at the CIN review -> missing [] -> "
              "book_meeting. No current contract concern (the historic overdose is not one).")

    # R03 ordinary step_up: summary but no rationale
    f = "richmond_wandsworth_03.eml"
    when = T(2092, 2, 26, 12, 15)
    text = """Good afternoon,

Please see below the latest case summary for Oskar Wiśniewski-Hart and his sister Lena Wiśniewski-Hart. I would like to step both children up to Children's Services.

Case summary
Oskar (DOB 07/03/2080) and Lena (DOB 25/11/2083) live with mum, Agnieszka, in Mortlake. Mum has been under the community mental health team for bipolar disorder since 2088 and had a relapse in January. Oskar (11) has refused school since half term (attendance 64%) and tells staff he has to "keep an eye on mum". Lena attends well. Early Help has offered family support since October 2091; mum engages when she is well. Oskar's low mood score on the RCADS has risen and he is on the CAMHS waiting list.

I will send the rationale once I've had supervision with my manager tomorrow, but wanted to get the summary to you.

Many thanks,
Priya Venkataraman
Early Help Practitioner, Richmond North"""
    m = outlook(f, "Priya Venkataraman <priya.venkataraman@richmondandwandsworth.gov.uk>", MASH,
                "Step up request - Wiśniewski-Hart children", when, text, domain=D)
    label(f, m, A, "mash_step_up", 8, "ordinary", "step_up", False, None, [],
          [ch("Oskar Wiśniewski-Hart", "2080-03-07"), ch("Lena Wiśniewski-Hart", "2083-11-25")],
          ["parental_mental_health", "school_attendance", "young_carer"], None, None, ["rationale"],
          why="Ordinary step-up for school refusal and low mood with a parent's bipolar relapse; case summary under its heading, "
              "rationale 'will send ... tomorrow' -> rationale missing -> request_info. Manager supervision still to come -> "
              "manager_agreed null (not a R&W requirement). Oskar 'has to keep an eye on mum' -> young_carer; attendance 64% -> "
              "school_attendance. Non-ASCII surname in the subject (RFC 2047) and body.")

    # R04 urgent other: A&E liaison nurse at 23:10, anorexia, mum taking her home against advice
    f = "richmond_wandsworth_04.eml"
    when = T(2092, 2, 11, 23, 10)
    text = """To the Early Help duty inbox (you are listed as lead on our system for this family)

Isla Marchetti, DOB 30/08/2077, NHS 999 412 7781. Brought in by ambulance at 19:40 after collapsing at dance class.

On assessment: BMI 12.9, HR 36 lying / 58 standing, temp 35.1, potassium 2.8. Known restrictive eating disorder, CAMHS eating disorder service. The paediatric registrar has advised admission tonight for cardiac monitoring and refeeding; without it her heart could stop overnight.

Mum (Mrs Paola Marchetti) has refused admission and at 23:05 was walking Isla out of the department to the car park, saying she will feed her at home. Security and the nurse in charge are talking to her at the doors now. Dad is abroad.

I can't reach your out-of-hours number from the ward phone. My bleep is 4471, direct line 020 7946 0668.

Mairead Flanagan
Paediatric Liaison Nurse, Children's A&E
Roehampton General Hospital (example NHS Trust)"""
    m = build(f, "Mairead Flanagan <mairead.flanagan@roehampton-general.example.nhs.uk>", EH,
              "Isla Marchetti 14y - ED tonight", when, text=text, domain="roehampton-general.example.nhs.uk")
    label(f, m, A, "early_help_duty", 2, "urgent", "other", True, None, [], [ch("Isla Marchetti", "2077-08-30")],
          ["neglect"], None, None, [],
          why="URGENT at 23:10 (out of hours -> EDT): a 14-year-old with a dangerous weight (BMI 12.9, HR 36) being walked out of "
              "A&E by her mother against the registrar's advice of admission tonight. No alarm words. A nurse's report, no step "
              "-> other. Mother refusing the admission the doctors say is needed -> neglect. The NHS number (999 test prefix) is "
              "not a case id.")

    # R05 near miss other: a poem for an English unit, checked with pupil and parents
    f = "richmond_wandsworth_05.eml"
    when = T(2092, 1, 16, 16, 5)
    text = """Dear MASH,

I'm an English teacher at Putney Vale School. I'm not sure this needs to come to you at all but our DSL is off today and she said to log anything like this.

Year 9 (Ruby Okonkwo-Bell) handed in a poem for our "Voices in the Dark" poetry unit. A couple of lines read:
    "I am the hollow under the bridge / where nobody looks / I count the trains and none of them stop for me"

The class were asked to write from the point of view of a place. I spoke to Ruby after the lesson with our pastoral lead: she said it is about the underpass near the station, not about her, and she laughed about being "too dramatic". She has no history of self-harm, no plan, and she's doing well. We rang mum, who had already read the poem and was proud of it.

Does anything else need to happen, or is this fine just logged on CPOMS?

Thanks,
Tomasz Bielecki
English Department, Putney Vale School"""
    m = build(f, "Tomasz Bielecki <t.bielecki@putneyvale.example.sch.uk>", MASH, "Poem - advice please", when, text=text,
              domain="putneyvale.example.sch.uk")
    label(f, m, A, "mash_step_up", 4, "near_miss", "other", False, None, [], [ch("Ruby Okonkwo-Bell", None)], [], None, None, [],
          why="NEAR MISS - A POEM ABOUT DARK FEELINGS for an English unit: checked with the pupil and pastoral lead, no history, "
              "no plan, mum aware -> not urgent. Advice question, no step -> other -> human_review.")

    # R06 ordinary follow_up: the draft plan for an existing step-down
    f = "richmond_wandsworth_06.eml"
    when = T(2092, 1, 31, 9, 25)
    plan = make_docx(["Draft plan for Early Help - Leo Fairbanks", "Goal 1: Leo back to full timetable (graded)",
                      "Goal 2: mum to complete Solihull course", "Goal 3: school counsellor weekly"])
    text = """Hi, draft plan attached as requested. Thanks, Nkechi

Nkechi Obi | Social Worker | Richmond Children's Social Care

> From: Richmond & Wandsworth Early Help duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
> Sent: 30 January 2092 16:02
> Subject: Step-down received [SB-richmond_wandsworth-77]
>
> Thank you. We have your step-down request for Leo Fairbanks.
> Still needed: the draft plan for Early Help.
> Please reply keeping [SB-richmond_wandsworth-77] in the subject."""
    m = build(f, "Nkechi Obi <nkechi.obi@richmondandwandsworth.gov.uk>", EH,
              "RE: Step-down received [SB-richmond_wandsworth-77]", when, text=text,
              atts=[("Draft EH plan - L Fairbanks.docx", DOCX, plan)], domain=D)
    label(f, m, A, "early_help_duty", 6, "ordinary", "follow_up", False, None, [], [ch("Leo Fairbanks", None)], [], None, None, [],
          why="Reply to [SB-richmond_wandsworth-77] with the missing draft plan -> follow_up -> attach_to_request; child from "
              "the quoted acknowledgement; 'Still needed:' in the quote is no concern.")

    # R07 ordinary auto_reply: CAMHS clinician out of office with crisis boilerplate
    f = "richmond_wandsworth_07.eml"
    when = T(2092, 3, 10, 8, 32)
    text = """Thank you for your email. I am on annual leave until Monday 17 March and will not be checking email.

For CAMHS appointments please contact the team administrator on 020 7946 0610.
If you are worried about a young person's safety right now, call 999 or take them to your nearest A&E. Young people can also text the crisis text line.

Dr Saoirse Halloran, Clinical Psychologist, Wandsworth CAMHS"""
    m = build(f, "Saoirse Halloran <saoirse.halloran@wandsworth-camhs.example.nhs.uk>", EH,
              "Automatic reply: Step-down case discussion [SB-richmond_wandsworth-81]", when, text=text,
              extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
              domain="wandsworth-camhs.example.nhs.uk")
    label(f, m, A, "early_help_duty", 1, "ordinary", "auto_reply", False, None, [], [], [], None, None, [],
          why="Out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') whose crisis boilerplate mentions 999 and A&E "
              "-> auto_reply -> ignore; never urgent (DESIGN safety rules 1 and 2).")

    # R08 urgent other: youth worker forwards a goodbye text, the boy is by the railway, not home since last night
    f = "richmond_wandsworth_08.eml"
    when = T(2092, 3, 6, 16, 50)
    text = """Forwarding what Kai sent me at 16:41. I've tried ringing him 6 times, it goes to voicemail. His mum says he hasn't been home since last night. Location on Snap puts him by the tracks behind Clapham Junction, near the Falcon Road end.

---------- Forwarded message ---------
From: Kai <+44 7700 900561>
Date: Thu, 6 Mar 2092 at 16:41
To: Dean Okoro

thanks for everything dean honestly. tell my mum im sorry and its not her fault. im at the tracks, the 5 oclock trains are the fast ones. dont come

----------

Kai Brennan-Lowe, 15, open to Early Help (Wandsworth). I'm heading there now on the bike.

Dean Okoro
Detached Youth Worker, Battersea Youth Collective
07700 900562"""
    m = build(f, "Dean Okoro <dean.okoro@batterseayouth.example.org>", MASH, "Fwd: Kai", when, text=text,
              domain="batterseayouth.example.org")
    label(f, m, A, "mash_step_up", 2, "urgent", "other", True, None, [], [ch("Kai Brennan-Lowe", None)], ["missing"], None, None, [],
          why="URGENT: a forwarded goodbye text from a 15-year-old at the railway tracks ('the 5 oclock trains are the fast "
              "ones'), not answering, not home since last night. No alarm words. A youth worker's report, no step -> other. Not "
              "home since last night, whereabouts only from a map -> missing.")

# ================================================================ TOWER HAMLETS
def tower_hamlets():
    A = "tower_hamlets"
    MAST, EH = MAILBOX[A]["mash_step_up"], MAILBOX[A]["early_help_duty"]
    D = "towerhamlets.gov.uk"

    # T01 urgent step_up: a ligature found, 'tonight is the night', mum refuses to remove cords
    f = "tower_hamlets_01.eml"
    when = T(2092, 1, 22, 13, 15)
    marf = make_pdf(["Multi-Agency Request for Support (MARF) - London Borough of Tower Hamlets",
                     "Child: Maisha Chowdhury   DOB: 09/04/2078   Mosaic: 3317264",
                     "Parent: Mrs Shirin Chowdhury   Address: Flat 22, Malmesbury House, Bow E3 9ZX",
                     "Reason: escalating self-harm, statements of intent, parent not accepting safety advice.",
                     "Referrer: Halima Siddique, Early Help Lead Practitioner. Manager: Rukhsana Bari (agreed 22/01/2092)."])
    text = """Dear MAST,

Please find attached a MARF for Maisha Chowdhury (13), Mosaic 3317264, whom I have supported under Early Help since November. My manager Rukhsana Bari has read it and agreed I send it to you as a step up.

This morning mum found a dressing-gown cord tied into a loop and knotted to the rail in Maisha's wardrobe. When I saw Maisha at school at 11 she told me "tonight is the night, I've practised". She has cuts on both forearms from this week.

I asked mum to take the cords, belts and phone chargers out of Maisha's room and to stay with her tonight. Mum said no: "she won't dare, she does it for attention, I'm not turning my house upside down". Dad is in Bangladesh until March. Maisha goes home at 3.15.

I am at Bow Brook Secondary until 3pm, mobile 07700 900734.

Regards
Halima Siddique
Early Help Lead Practitioner, Tower Hamlets Early Help (Bow & Mile End)"""
    m = outlook(f, "Halima Siddique <halima.siddique@towerhamlets.gov.uk>", MAST, "Step up - MARF - M Chowdhury", when, text,
                atts=[("MARF Chowdhury 22.01.92.pdf", "application/pdf", marf)], domain=D)
    label(f, m, A, "mash_step_up", 5, "urgent", "step_up", True, None, ["3317264"],
          [ch("Maisha Chowdhury", "2078-04-09")], ["neglect"], None, True, [],
          why="URGENT step-up: a ligature found knotted in a 13-year-old's wardrobe, 'tonight is the night, I've practised', "
              "fresh cuts, and a mother who refuses to remove the ligature points or stay with her tonight; home at 3.15. No "
              "alarm words. MARF attached (request_for_support) and manager agreed -> missing [] -> alert_duty. Mother refusing "
              "to remove the means -> neglect. Mosaic id from the body and MARF.")

    # T02 near miss other: admitted to an adolescent unit, safe on the ward
    f = "tower_hamlets_02.eml"
    when = T(2092, 2, 4, 10, 5)
    text = """Dear Early Help Hub,

For information, as you are coordinating the TAF for this young person.

Yasmin Begum (DOB 17/01/2076) was admitted to the Coborn adolescent inpatient unit on Friday 1 February under Section 2 following a serious suicide attempt on Thursday night. She is safe on the ward, on 1:1 observations, and her parents visit daily. We expect an admission of several weeks.

Please pause the TAF actions for now. The ward social worker will invite you to the discharge planning meeting; nothing is needed from Early Help in the meantime.

Kind regards
Dr Anjali Raman
Consultant Child & Adolescent Psychiatrist, Tower Hamlets CAMHS
This email may contain confidential patient information."""
    m = build(f, "Anjali Raman <anjali.raman@elft-camhs.example.nhs.uk>", EH, "Yasmin Begum - admission (for information)",
              when, text=text, domain="elft-camhs.example.nhs.uk")
    label(f, m, A, "early_help_duty", 7, "near_miss", "other", False, None, [], [ch("Yasmin Begum", "2076-01-17")], [], None, None, [],
          why="NEAR MISS - A CHILD ALREADY ADMITTED TO A WARD AND SAFE: suicide attempt last week, now on a Section 2 in an "
              "adolescent unit on 1:1 observations -> not urgent. Information only, no step -> other -> human_review.")

    # T03 ordinary step_down: consent still to be asked
    f = "tower_hamlets_03.eml"
    when = T(2092, 3, 11, 14, 30)
    cfa = make_pdf(["Child and Family Assessment - Idris Karim - Mosaic 3340719",
                    "Outcome (concluded 07/03/2092): step down to Early Help - TAF with lead practitioner",
                    "Idris (12) has anxiety and has missed 40% of sessions since September; mum supportive; no safeguarding concerns."])
    plan = make_docx(["Draft TAF plan - Idris Karim", "Lead practitioner: Mr Faisal Haque, Learning Mentor, Bow Brook Secondary",
                      "1. Graded return timetable  2. MHST CBT sessions  3. Mum to attend parent anxiety group"])
    text = """Dear Early Help Hub,

I am stepping down Idris Karim (DOB 03.08.2079), Mosaic 3340719, following the C&F assessment that concluded on 7 March. Assessment and draft TAF plan attached. Mr Faisal Haque (Learning Mentor, Bow Brook Secondary) has agreed to be lead practitioner. I'll arrange and chair the TAF meeting before the end of the month.

I haven't yet asked mum for her consent to Early Help - I'm doing a home visit on Thursday and I will ask her then.

Thank you
Olumide Adebayo
Social Worker, Assessment & Intervention Team, Tower Hamlets"""
    m = outlook(f, "Olumide Adebayo <olumide.adebayo@towerhamlets.gov.uk>", EH, "Step down - Idris Karim", when, text,
                atts=[("CFA Idris Karim.pdf", "application/pdf", cfa), ("Draft TAF plan Idris.docx", DOCX, plan)], domain=D)
    label(f, m, A, "early_help_duty", 3, "ordinary", "step_down", False, None, ["3340719"],
          [ch("Idris Karim", "2079-08-03")], ["school_attendance"], None, None, ["consent"],
          why="Ordinary TH step-down (anxiety, attendance): C&F assessment pdf, draft TAF plan, lead practitioner with agency; "
              "consent 'I will ask her then' -> null -> consent missing -> request_info.")

    # T04 urgent other: GP, 16-year-old with 60 paracetamol at home and a plan for tonight
    f = "tower_hamlets_04.eml"
    when = T(2092, 1, 21, 12, 40)
    text = """Dear colleagues,

Re: Rayan Haddad, DOB 14/11/2075, Limehouse Green Medical Practice

I saw Rayan (16) in surgery this morning for "trouble sleeping". During the consultation he told me he has bought 60 paracetamol over the last three days from different shops and has them in his bedroom. He has written notes to his sister and his girlfriend and intends to take the tablets tonight after his family are asleep. He says he feels calm now that he has "decided".

He declined my advice to go to A&E and will not agree to me calling CAMHS crisis while he is here. Mum works until 6pm and I have not been able to reach her on either number. He left the practice at 12.25 saying he was going home.

I would be grateful if someone could call me back on 020 7946 0287 (ask reception to put you through to Dr Osei).

Dr Kwabena Osei
GP Partner, Limehouse Green Medical Practice"""
    m = build(f, "Dr Kwabena Osei <k.osei@limehousegreen.example.nhs.uk>", MAST, "Rayan Haddad 16 - seen today", when,
              text=text, domain="limehousegreen.example.nhs.uk")
    label(f, m, A, "mash_step_up", 4, "urgent", "other", True, None, [], [ch("Rayan Haddad", "2075-11-14")], [], None, None, [],
          why="URGENT: a GP reports a 16-year-old with 60 stockpiled paracetamol at home, notes written and a plan for tonight, "
              "who refused A&E and crisis and has gone home; mum unreachable. No alarm words. GP report, no step -> other. No "
              "contract concern id for the child's own suicidal plan.")

    # T05 near miss other: school bulletin about a TV series, listing warning signs as examples
    f = "tower_hamlets_05.eml"
    when = T(2092, 1, 24, 15, 10)
    text = """Dear parents and carers (copied to the Early Help Hub for information),

Some of our students have been talking about the new streaming drama "Lowlight", which shows a teenage character self-harming and taking an overdose in episode 4. It is rated 15.

If your child has watched it, talk to them about it. Signs you might notice in any young person include: giving away belongings, talking about being a burden, saying goodbye, searching online for ways to hurt themselves, new cuts or long sleeves in warm weather.

Our pastoral team is available every lunchtime in the Wellbeing Hub. For help out of school hours, Childline is 0800 1111.

Ms Farzana Akhtar
Designated Safeguarding Lead, Stepney Park Academy"""
    html = html_of(text).replace("<body", "<body bgcolor='#f6f6ff'")
    m = build(f, "Stepney Park Academy <noreply@stepneypark.example.sch.uk>", "parents@stepneypark.example.sch.uk",
              "Parent bulletin: the TV drama 'Lowlight'", when, text=text, html=html, cc=EH,
              domain="stepneypark.example.sch.uk")
    label(f, m, A, "early_help_duty", 6, "near_miss", "other", False, None, [], [], [], None, None, [],
          why="NEAR MISS - A TV PROGRAMME: a school's parent bulletin about a drama showing an overdose, listing warning signs "
              "as examples; no child named. DESIGN: bulletins that list examples must not trigger urgency -> other -> "
              "human_review. Early Help Hub only in Cc.")

    # T06 ordinary step_up: non-native English, MARF attached, manager still to be asked
    f = "tower_hamlets_06.eml"
    when = T(2092, 2, 12, 10, 45)
    marf = make_docx(["Multi-Agency Request for Support form", "Child: Nusrat Jahan Miah, DOB 28-02-2080",
                      "Concerns: school refusal since November (attendance 58%), low mood, father shouting and hitting walls at home, mother frightened."])
    text = """Dear MAST Team

I am writing for the step up of the family of Nusrat Jahan Miah (11 year). I am family support worker since October. Nusrat is not going to school from November, attendance is 58 percent only. She is very sad, she is say she don't want to wake up in morning. She has CAMHS appointment in April. At home father is shouting very much and he is hitting the walls, mother say she is frightened of him, the police come one time in January.

I put the MARF form in attachment. I will discuss with my manager tomorrow morning because she is in training today, after I will tell you she is agree or not.

Thank you very much
Rehana Parvin
Family Support Worker, Tower Hamlets Early Help (Poplar)"""
    m = build(f, "Rehana Parvin <rehana.parvin@towerhamlets.gov.uk>", MAST, "Step up for Nusrat family", when, text=text,
              atts=[("MARF Nusrat Miah.docx", DOCX, marf)], domain=D)
    label(f, m, A, "mash_step_up", 9, "ordinary", "step_up", False, None, [], [ch("Nusrat Jahan Miah", "2080-02-28")],
          ["domestic_abuse", "school_attendance"], None, None, ["manager_agreed"],
          why="Ordinary TH step-up in non-native English: MARF attached (request_for_support met); 'I will discuss with my "
              "manager tomorrow' -> manager_agreed null -> missing -> request_info. School refusal 58% -> school_attendance; "
              "father shouting and hitting walls, mother frightened, police in January -> domestic_abuse. Low mood with a CAMHS "
              "appointment in April is not described as immediate.")

    # T07 urgent follow_up: HTML-only, a forwarded text from the child saying she has taken the tablets
    f = "tower_hamlets_07.eml"
    when = T(2092, 3, 10, 17, 45)
    html = """<html><body style="font-family:Segoe UI;font-size:10.5pt">
<div>Rahima has just sent me this (17:38). I've rung her back twice, no answer. Mum's phone is off. She's at home, 41 Cable Walk, Shadwell E1 9ZD. I'm leaving the office to go there.</div>
<div style="margin:10px 0;padding:8px;border-left:3px solid #888;background:#f2f2f2">
<b>Rahima (text message)</b><br>
ive taken all of mums tablets the white ones and the blue ones. dont tell mum. it doesnt hurt yet. sorry miss x
</div>
<div>Sabrina Hoque<br>Early Help Lead Practitioner | Tower Hamlets Early Help | 07700 900289</div>
<hr>
<div style="color:#555"><b>From:</b> Tower Hamlets Early Help Hub &lt;EarlyHelpHub@towerhamlets.gov.uk&gt;<br>
<b>Sent:</b> 04 March 2092 11:20<br><b>Subject:</b> Step-down received [SB-tower_hamlets-312]<br><br>
We have received the step-down for Rahima Uddin (DOB 05/06/2076), Mosaic 3329051. Nothing further is needed.</div>
</body></html>"""
    m = build(f, "Sabrina Hoque <sabrina.hoque@towerhamlets.gov.uk>", EH, "RE: Step-down received [SB-tower_hamlets-312]",
              when, html=html, domain=D)
    label(f, m, A, "early_help_duty", 2, "urgent", "follow_up", True, None, ["3329051"], [ch("Rahima Uddin", "2076-06-05")],
          [], None, None, [],
          why="URGENT follow-up, HTML-only, 17:45 (out of hours -> EDT): a forwarded text from a 15-year-old saying she has "
              "taken all her mum's tablets, not answering, mum's phone off. No alarm words. Reply to [SB-tower_hamlets-312] -> "
              "follow_up, but urgent -> alert_duty. Child, DOB and Mosaic id from the quoted acknowledgement.")

    # T08 ordinary meeting_reply: Google Calendar DECLINED
    f = "tower_hamlets_08.eml"
    when = T(2092, 3, 13, 9, 12)
    st = T(2092, 3, 18, 14, 0)
    cal = ics("REPLY", "sb-tower_hamlets-330-mast@stepbot.towerhamlets.gov.uk", st, st + dt.timedelta(minutes=60),
              "MAST discussion [SB-tower_hamlets-330]", ("MAST", MAST),
              [("Jonah Pereira", "jonah.pereira@example.com", "DECLINED")], stamp=when)
    m = base(f, "Jonah Pereira <jonah.pereira@example.com>", MAST,
             "Declined: MAST discussion [SB-tower_hamlets-330] @ Tue 18 Mar 2092 14:00 - 15:00 (GMT)", when, domain="example.com")
    m.set_content("Jonah Pereira has declined this invitation.\n\nInvitation from Google Calendar\n")
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    m.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    for n, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"==_mixed73_{sha(f)[:12]}_{n}")
    label(f, m, A, "mash_step_up", 3, "ordinary", "meeting_reply", False, None, [], [], [], None, None, [],
          why="Google Calendar iTIP REPLY, PARTSTAT=DECLINED, with invite.ics -> meeting_reply -> record_reply.")

# ================================================================ TORBAY
def torbay():
    A = "torbay"
    MASH, EH = MAILBOX[A]["mash_step_up"], MAILBOX[A]["early_help_duty"]
    D = "torbay.gov.uk"

    # B01 urgent step_up: deep cut today, mum refuses hospital and won't hide the knives
    f = "torbay_01.eml"
    when = T(2092, 1, 23, 15, 35)
    text = """Hello MASH,

Contact for Caleb Widdicombe (DOB 12/12/2077), LCS-3381205, level 3 with me since September for low mood and self-harm.

I did a home visit at 2pm. Caleb cut his left forearm with a kitchen knife at lunchtime - a gaping cut about 6cm long that mum has closed with plasters. He told me the next one "will be properly deep, tonight, so I don't wake up". Mum Kayleigh won't take him to the minor injuries unit or A&E ("they'll just send the social on me") and won't lock the knives away - she says he's doing it for attention and she's not living like a prison. Step-dad is home at 6.

Mum agrees to me contacting MASH (she'd rather you than the hospital). My ATM, Jo Pascoe, agreed this contact at 3pm.

I'm parked outside the house until someone calls me - 07700 900915.

Tasha Rendle
Family Intervention Worker, Torbay Early Help (Paignton)"""
    m = build(f, "Tasha Rendle <tasha.rendle@torbay.gov.uk>", MASH, "Contact to MASH - Caleb W - LCS-3381205", when,
              text=text, extra={"X-Mailer": "Microsoft Outlook for iOS"}, domain=D)
    label(f, m, A, "mash_step_up", 4, "urgent", "step_up", True, None, ["LCS-3381205"],
          [ch("Caleb Widdicombe", "2077-12-12")], ["neglect"], True, True, [],
          why="URGENT Torbay step-up (contact to MASH): a 14-year-old with an untreated deep cut who says the next one will be "
              "'properly deep, tonight'; mum refuses medical care and refuses to lock the knives away. No alarm words. Mum "
              "agrees to the contact -> consent true; ATM agreed -> manager true -> missing [] -> alert_duty. Mother refusing "
              "treatment and to remove the means -> neglect.")

    # B02 ordinary step_down: complete, an under-5 in the sibling group
    f = "torbay_02.eml"
    when = T(2092, 1, 28, 11, 10)
    sa = make_pdf(["Single Assessment - Tremayne children - LCS-3370046 / LCS-3370047",
                   "Analysis: Ellis (9) anxiety and panic attacks; mum Rhiannon's postnatal depression improving with perinatal team.",
                   "Rationale for step down: no further need for level 4; level 3 coordinated response recommended.",
                   "Team Manager analysis (Gareth Lusty, 24/01/2092): threshold for level 3 intervention met - agreed."])
    text = """Hi Early Help,

Please could I have a triage slot for the Tremayne children:
- Ellis Tremayne, DOB 04/06/2082, LCS-3370046
- Bonnie Tremayne, DOB 19/09/2088, LCS-3370047 (3, so I realise this will go to the under-5s triage)

Single Assessment with my TM's analysis attached - Gareth has confirmed the threshold for level 3 is met. Mum has given consent for level 3 Early Help; she signed the form on Friday.

Main needs: Ellis's anxiety (panic attacks at school), mum's postnatal depression (improving), routines.

Thanks
Morwenna Pascoe
Social Worker, Single Assessment Team, Torbay"""
    m = outlook(f, "Morwenna Pascoe <morwenna.pascoe@torbay.gov.uk>", EH, "Triage slot please - Tremayne", when, text,
                atts=[("Single Assessment Tremayne.pdf", "application/pdf", sa)], domain=D)
    label(f, m, A, "early_help_duty", 8, "ordinary", "step_down", False, None, ["LCS-3370046", "LCS-3370047"],
          [ch("Ellis Tremayne", "2082-06-04"), ch("Bonnie Tremayne", "2088-09-19")], ["parental_mental_health"], True, True, [],
          why="Ordinary complete Torbay step-down: Single Assessment with TM analysis (manager true), consent given and signed -> "
              "missing [] -> book_meeting (the under-5s triage because Bonnie is 3). Level not written -> null. Mum's postnatal "
              "depression -> parental_mental_health.")

    # B03 near miss step_down: eating disorder, weight restored, historic low weight; TM analysis pending
    f = "torbay_03.eml"
    when = T(2092, 3, 5, 14, 20)
    sa = make_pdf(["Single Assessment - Saffron Leggett - LCS-3390412",
                   "Saffron (13) was admitted to the paediatric ward in October 2091 with anorexia (BMI 14.1). Weight restored by January 2092 (BMI 18.6).",
                   "Now seen monthly by the CAMHS eating disorder team; eating all meals with family support. No current concerns about her physical health.",
                   "Recommendation: step down to level 3 Early Help for family support and school reintegration."])
    text = """Dear Early Help,

Requesting a triage slot for Saffron Leggett (DOB 30/01/2079), LCS-3390412. Single Assessment attached.

To be clear, the very low weight in the assessment was last autumn; she has been weight-restored since January and the ED team are seeing her monthly.

Mum and dad have both consented to level 3 Early Help. My team manager is off until Monday - she will add her management analysis on LCS when she is back, so I'll confirm then.

Kind regards
Ben Stapleton
Social Worker, Safeguarding and Supporting Families Team"""
    m = build(f, "Ben Stapleton <ben.stapleton@torbay.gov.uk>", EH, "Request for triage - S Leggett", when, text=text,
              atts=[("Single Assessment Leggett.pdf", "application/pdf", sa)], domain=D)
    label(f, m, A, "early_help_duty", 5, "near_miss", "step_down", False, None, ["LCS-3390412"],
          [ch("Saffron Leggett", "2079-01-30")], [], True, None, ["manager_agreed"],
          why="NEAR MISS - AN EATING DISORDER NOW WEIGHT-RESTORED: the dangerous weight (BMI 14.1) was last October; weight "
              "restored since January, ED team monthly -> not urgent. Single Assessment attached, consent given; TM analysis "
              "'when she is back' -> manager_agreed null -> missing -> request_info.")

    # B04 urgent other: mum on her phone at night, daughter took pills and is on a station footbridge
    f = "torbay_04.eml"
    when = T(2092, 2, 20, 21, 35)
    text = """pls can someone help my daughter jessica treloar 15 has gone out after a row and shes taken her dads heart tablets the whole box. her find my phone is showing torre station on the footbridge over the line and she wont answer. i rang her worker tasha but it goes to answerphone. im driving there now with her brother. she said in a message youll be better off without me. her dob is 02/07/2076

sent from my phone, Leanne Treloar"""
    m = build(f, "Leanne Treloar <leannetreloar@example.com>", EH, "jessica", when, text=text,
              extra={"X-Mailer": "Samsung Email"}, domain="example.com")
    label(f, m, A, "early_help_duty", 3, "urgent", "other", True, None, [], [ch("Jessica Treloar", "2076-07-02")], [], None, None, [],
          why="URGENT at 21:35 (out of hours -> EDT): a mum on her phone - her 15-year-old has taken a box of heart tablets and "
              "her phone shows her on a station footbridge over the line, not answering. No alarm words, no capitals. A "
              "parent's mail, no step -> other. Name written in lower case -> labelled 'Jessica Treloar'. She has gone out after "
              "a row and her location is known -> not labelled missing.")

    # B05 near miss other: CAMHS routine appointment letter, pdf + ics
    f = "torbay_05.eml"
    when = T(2092, 2, 14, 10, 2)
    letter = make_pdf(["Torbay CAMHS - Appointment letter", "Dear Ms Penhaligon,",
                       "Lily-Rose Penhaligon (DOB 11/05/2080) is offered a routine review appointment for low mood",
                       "on Tuesday 4 March 2092 at 10:00, Castle Circus Health Centre, Torquay.",
                       "If you need to change it please ring 01632 960455."])
    st = T(2092, 3, 4, 10, 0)
    cal = ics("REQUEST", "camhs-appt-8841@torbaycamhs.example.nhs.uk", st, st + dt.timedelta(minutes=45),
              "CAMHS review - Lily-Rose Penhaligon", ("Torbay CAMHS bookings", "bookings@torbaycamhs.example.nhs.uk"),
              [("Sam Penhaligon", "sampenhaligon@example.com", "NEEDS-ACTION")], location="Castle Circus Health Centre", stamp=when)
    text = """Please find attached an appointment letter. This is an automated copy sent to the referrer on file.

Torbay CAMHS Bookings"""
    m = build(f, "Torbay CAMHS Bookings <bookings@torbaycamhs.example.nhs.uk>", "sampenhaligon@example.com",
              "Appointment letter - L Penhaligon", when, text=text, cc=MASH,
              atts=[("Appointment letter Penhaligon.pdf", "application/pdf", letter), ("appointment.ics", "text/calendar", cal)],
              domain="torbaycamhs.example.nhs.uk")
    label(f, m, A, "mash_step_up", 6, "near_miss", "other", False, None, [], [ch("Lily-Rose Penhaligon", "2080-05-11")], [],
          None, None, [],
          why="NEAR MISS - A CAMHS LETTER CONFIRMING A ROUTINE APPOINTMENT (low mood review), copied to MASH as the referrer on "
              "file; nothing current -> other -> human_review. No Auto-Submitted header, so not auto_reply. The .ics is a "
              "REQUEST for the family, not a reply.")

    # B06 ordinary step_up: school refusal and dad's drinking, consent and ATM agreement
    f = "torbay_06.eml"
    when = T(2092, 3, 18, 13, 0)
    text = """Hi MASH

Contact for Finley Couch (DOB 08/10/2079) LCS-3402218, open to me at level 3.

New information: Finley (12) has not been in school for five weeks (attendance now 49%) and dad Shane has told me he is drinking "a bottle of whisky a day" since losing his job. Finley is doing the shopping and getting his little sister (Ava, 7) to school. He says he feels low but is safe, and he has his CAMHS worker.

Dad consents to this contact to MASH. My ATM, Rachel Voisey, agrees it needs considering for a level 4 assessment.

Regards
Oliver Brend
Lead Practitioner, Torbay Early Help (Brixham)"""
    m = outlook(f, "Oliver Brend <oliver.brend@torbay.gov.uk>", MASH, "MASH contact - Finley Couch", when, text, domain=D)
    label(f, m, A, "mash_step_up", 7, "ordinary", "step_up", False, None, ["LCS-3402218"],
          [ch("Finley Couch", "2079-10-08")], ["school_attendance", "substance_misuse", "young_carer"], True, True, [],
          why="Ordinary Torbay step-up: dad consents to the contact and the ATM agrees -> missing [] -> book_meeting. Attendance "
              "49% -> school_attendance; dad's drinking -> substance_misuse; Finley shopping and taking his sister to school -> "
              "young_carer. 'feels low but is safe' -> not urgent. Ava is first name only -> not labelled.")

    # B07 ordinary auto_reply: Gmail vacation responder
    f = "torbay_07.eml"
    when = T(2092, 2, 18, 7, 58)
    text = "I'm away on half-term leave until Monday 25 February. For Brixham Youth Project sessions please contact Kerensa on 01632 960731."
    m = build(f, "Jago Hocking <jago.hocking@brixhamyouth.example.org>", EH, "Away until 25 February", when, text=text,
              extra={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, domain="brixhamyouth.example.org")
    label(f, m, A, "early_help_duty", 2, "ordinary", "auto_reply", False, None, [], [], [], None, None, [],
          why="Gmail vacation responder marked only by Auto-Submitted: auto-replied (custom subject) -> auto_reply -> ignore.")

    # B08 ordinary follow_up: consent now given, mobile
    f = "torbay_08.eml"
    when = T(2092, 3, 26, 16, 20)
    text = """Mum's now signed consent for the MASH contact for Harvey Stoneman, she came into the hub this afternoon. Scanned copy to follow tomorrow.
Sian

Sent from my Galaxy

-------- Original message --------
From: Torbay MASH <mash@torbay.gov.uk>
Date: 25/03/2092 10:11
Subject: Contact received [SB-torbay-58]
Still needed: the family's consent to the contact."""
    m = build(f, "Sian Lethbridge <sian.lethbridge@torbay.gov.uk>", MASH, "RE: Contact received [SB-torbay-58]", when, text=text,
              domain=D)
    label(f, m, A, "mash_step_up", 4, "ordinary", "follow_up", False, None, [], [ch("Harvey Stoneman", None)], [], True, None, [],
          why="Reply to [SB-torbay-58] supplying the missing consent ('Mum's now signed consent') -> follow_up, consent true -> "
              "attach_to_request.")

# ================================================================ HEREFORDSHIRE
def herefordshire():
    A = "herefordshire"
    MASH, EH = MAILBOX[A]["mash_step_up"], MAILBOX[A]["early_help_duty"]
    D = "herefordshire.gov.uk"

    # H01 urgent step_up (undefined kind): a goodbye note and the river tonight, dad dismissive
    f = "herefordshire_01.eml"
    when = T(2092, 1, 29, 15, 20)
    text = """Dear MASH,

I would like to step Rhys Pritchard (DOB 16/04/2080), Mosaic 1874430, up from Early Help to social care.

This afternoon his teacher found a note folded in Rhys's planner: "Goodbye everyone. It isn't your fault. I'm going in the river after tea so nobody has to look after me any more." When the Head of Year asked him about it, Rhys (11) said he means it and that he knows the spot by the Victoria Bridge where it is deep. Dad collected him at 3.05 and said he is "just being dramatic", refused the school's advice to take him to the GP or A&E today, and drove off with him.

Dad is caring alone since mum left in December. I have his mobile (07700 900388) but he isn't answering.

Gareth Bevan
Family Support Worker, Herefordshire Early Help (Hereford City)"""
    m = outlook(f, "Gareth Bevan <gareth.bevan@herefordshire.gov.uk>", MASH, "Step up request - Rhys Pritchard", when, text, domain=D)
    label(f, m, A, "mash_step_up", 3, "urgent", "step_up", True, None, ["1874430"], [ch("Rhys Pritchard", "2080-04-16")], [],
          None, None, [],
          why="URGENT: an 11-year-old's goodbye note with a plan to go in the river 'after tea', the place chosen; dad dismisses "
              "it, refuses GP/A&E and is not answering. No alarm words. A step-up request, which the Herefordshire seed does "
              "not define (REQUIREMENTS: step_up not defined -> missing [] and human_review), but urgent puts alert_duty first. "
              "Concerns []: the child's own suicidal plan has no contract id; dad refused a GP visit but was not asked to remove "
              "a means, so neglect is not labelled.")

    # H02 urgent other: Good Friday, a friend's parent, stockpiled sleeping tablets, home alone over Easter
    f = "herefordshire_02.eml"
    when = T(2092, 3, 28, 10, 15)
    text = """Hello,

I don't know who else to tell and your address was on a leaflet from my daughter's school.

My daughter's friend Sophie Mapp (15) stayed with us last night. This morning she showed my daughter a pencil case full of her mum's sleeping tablets - she said she's been taking one or two from each new packet since Christmas "for when I'm ready" and that with her mum away in Spain for Easter "this weekend is perfect". She's gone home now (Bobblestock, near the Tesco). Her mum isn't back until Tuesday and her brother is 19 and out at work all day.

My daughter is in bits. I've texted Sophie and she's read it but not answered.

Rachel Dunne
07700 900271"""
    m = build(f, "Rachel Dunne <racheldunne@example.com>", EH, "Sophie", when, text=text, extra={"X-Mailer": "iPhone Mail"},
              domain="example.com")
    label(f, m, A, "early_help_duty", 5, "urgent", "other", True, None, [], [ch("Sophie Mapp", None)], [], None, None, [],
          why="URGENT on Good Friday (bank holiday -> out of hours -> EDT): a friend's parent reports a 15-year-old with a "
              "stockpile of sleeping tablets 'for when I'm ready', saying 'this weekend is perfect', now at home alone with mum "
              "abroad until Tuesday. No alarm words. Deliberately dated on a bank holiday. No step -> other.")

    # H03 near miss step_down: historic overdose in 2090, complete sibling group
    f = "herefordshire_03.eml"
    when = T(2092, 3, 4, 11, 40)
    consent = make_pdf(["Herefordshire Council - Consent to Early Help", "Family: Lloyd-Jenkins, Kington",
                        "I consent to my family receiving Early Help support and to information being shared.",
                        "Signed: Carys Lloyd-Jenkins (mother)   Date: 27/02/2092"])
    plan = make_docx(["Early Help Assessment step-down plan - Lloyd-Jenkins children",
                      "What are we worried about? Low-level: Ffion's confidence at school; Dylan's sleep.",
                      "What's working well? Mum's routines; Ffion's counselling finished well; no self-harm since 2090.",
                      "What needs to happen - by whom: school nurse check-ins (Kington Primary / Lady Hawkins School); Young Carers not needed.",
                      "Key person: Mrs Eleri Watkins, Pastoral Manager, Lady Hawkins School (agreed with mum 27/02/2092)."])
    text = """Dear Early Help Co-ordinators,

Following my discussion with Bronwen on Friday, please find the level 3 step-down for the Lloyd-Jenkins sibling group:
  Ffion Lloyd-Jenkins  19/02/2078  Mosaic 1865021
  Dylan Lloyd-Jenkins  03/09/2084  Mosaic 1865022

Signed consent form and the step-down plan attached. The key person is Mrs Eleri Watkins, Pastoral Manager at Lady Hawkins School, who has agreed the role.

You'll see in the history that Ffion took an overdose in 2090 when she was 12. That was fully worked through at the time; she finished counselling last summer and there has been no self-harm since.

Kind regards
Hannah Price
Social Worker, Kington & Leominster Locality Team"""
    m = outlook(f, "Hannah Price <hannah.price@herefordshire.gov.uk>", EH, "Step down L3 - Lloyd-Jenkins sibling group", when, text,
                atts=[("Consent form signed Lloyd-Jenkins.pdf", "application/pdf", consent),
                      ("EHA step-down plan Lloyd-Jenkins.docx", DOCX, plan)], domain=D)
    label(f, m, A, "early_help_duty", 6, "near_miss", "step_down", False, 3, ["1865021", "1865022"],
          [ch("Ffion Lloyd-Jenkins", "2078-02-19"), ch("Dylan Lloyd-Jenkins", "2084-09-03")], [], True, None, [],
          why="NEAR MISS - A HISTORIC OVERDOSE (2090), worked through, counselling finished, no self-harm since -> not urgent. "
              "Complete Herefordshire sibling-group step-down: signed consent form (consent_form met, consent true), step-down "
              "plan, key person with agency -> missing [] -> book_meeting. 'level 3' written.")

    # H04 near miss other: A&E liaison, ibuprofen overdose, admitted to the ward with mum, safe
    f = "herefordshire_04.eml"
    when = T(2092, 1, 14, 8, 20)
    text = """Good morning,

For information, as our system shows Early Help (Leominster) as involved with this family.

Seren Vaughan-Hughes, DOB 22/07/2077, attended the County Hospital children's A&E at 23:50 last night having taken 12 ibuprofen after an argument with her boyfriend. She was medically cleared and has been admitted to the children's ward overnight for a CAMHS assessment this morning. Mum stayed with her on the ward and Seren is safe. CAMHS will see her at 10:00 and will share their plan with you.

No action needed from Early Help at this time.

Kind regards
Julie Probert
Paediatric Liaison Health Visitor, Hereford County Hospital (example NHS Trust)"""
    m = build(f, "Julie Probert <julie.probert@wyevalley.example.nhs.uk>", EH, "Attendance notification - S Vaughan-Hughes",
              when, text=text, domain="wyevalley.example.nhs.uk")
    label(f, m, A, "early_help_duty", 8, "near_miss", "other", False, None, [], [ch("Seren Vaughan-Hughes", "2077-07-22")], [],
          None, None, [],
          why="NEAR MISS - ALREADY ADMITTED AND SAFE: an overdose last night, medically cleared, on the children's ward with "
              "mum, CAMHS assessing this morning -> not urgent. Information only -> other -> human_review.")

    # H05 ordinary step_down: verbal consent only, written form to follow
    f = "herefordshire_05.eml"
    when = T(2092, 2, 7, 14, 0)
    plan = make_docx(["Step-down plan - Beddoes children", "Wellbeing plan: Maddison's low mood - school counsellor weekly; "
                      "mum's anxiety - Talking Therapies self-referral; Tyler-Jay - speech and language review.",
                      "Key person: Ms Lowri Evans, Family Support Worker, Bromyard Children's Centre."])
    text = """Hi,

Step down for Maddison Beddoes (DOB 14/03/2079) and Tyler-Jay Beddoes (DOB 01/11/2086), Mosaic 1869904 and 1869905. Plan attached; key person Ms Lowri Evans, Family Support Worker at Bromyard Children's Centre.

Mum agreed to Early Help verbally on the phone on Wednesday. I'm taking the written consent form out to her next week.

Main needs are Maddison's low mood (she's 12, counselling in school), mum's anxiety, and Tyler-Jay's speech.

Thanks
Declan Morgan
Social Worker, Bromyard Locality"""
    m = build(f, "Declan Morgan <declan.morgan@herefordshire.gov.uk>", EH, "Step down Beddoes", when, text=text,
              atts=[("Step down plan Beddoes.docx", DOCX, plan)], domain=D)
    label(f, m, A, "early_help_duty", 4, "ordinary", "step_down", False, None, ["1869904", "1869905"],
          [ch("Maddison Beddoes", "2079-03-14"), ch("Tyler-Jay Beddoes", "2086-11-01")], ["parental_mental_health"], True, None,
          ["consent_form"],
          why="Ordinary Herefordshire step-down: plan and key person present; verbal consent only, written form 'next week' -> "
              "consent true but consent_form missing -> request_info. Mum's anxiety -> parental_mental_health.")

    # H06 ordinary other: GP general enquiry
    f = "herefordshire_06.eml"
    when = T(2092, 1, 8, 10, 30)
    text = """Hello,

I'm a new GP registrar at Wargrave House Surgery. When I see a teenager with low mood whose family would benefit from Early Help (not social care), which form should I use and where should it go? Is this inbox right or is there a separate Early Help referral address?

Many thanks
Dr Imogen Tranter"""
    m = build(f, "Imogen Tranter <imogen.tranter@wargravehouse.example.nhs.uk>", MASH, "Early Help referral route?", when,
              text=text, domain="wargravehouse.example.nhs.uk")
    label(f, m, A, "mash_step_up", 2, "ordinary", "other", False, None, [], [], [], None, None, [],
          why="General enquiry about the referral route; no child, no step -> other -> human_review.")

    # H07 ordinary follow_up: the written consent form for H05's family
    f = "herefordshire_07.eml"
    when = T(2092, 2, 14, 9, 50)
    form = make_pdf(["Herefordshire Council - Consent to Early Help", "Family: Beddoes, Bromyard",
                     "I consent to my family receiving Early Help support.", "Signed: Kirsty Beddoes  Date: 13/02/2092"])
    text = """Signed consent form attached for the Beddoes children.
Declan

> From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
> Sent: 07 February 2092 14:06
> Subject: Step-down received [SB-herefordshire-41]
> Still needed: the family's written consent form."""
    m = build(f, "Declan Morgan <declan.morgan@herefordshire.gov.uk>", EH, "RE: Step-down received [SB-herefordshire-41]", when,
              text=text, atts=[("Consent Beddoes signed.pdf", "application/pdf", form)], domain=D)
    label(f, m, A, "early_help_duty", 3, "ordinary", "follow_up", False, None, [], [], [], True, None, [],
          why="Reply to [SB-herefordshire-41] with the signed consent form -> follow_up, consent true -> attach_to_request. "
              "Children by surname only ('the Beddoes children') -> none labelled.")

    # H08 near miss other: crisis team home visit, means removed by parents, safety plan
    f = "herefordshire_08.eml"
    when = T(2092, 3, 21, 12, 30)
    text = """Dear colleagues,

Crisis team contact summary - Niamh O'Driscoll (DOB 05/01/2077), for information to Early Help (TAF lead).

Seen at home yesterday evening after she told a teacher she had thought about taking tablets. No plan, no stockpile found, no act. Parents present throughout and fully engaged: they have already locked all medication in a safe, removed the razors and taken the belt off her dressing gown. Joint safety plan written with Niamh. Parents able to keep her safe; she agreed to tell them if the thoughts return.

Follow-up: CAMHS crisis phone call today 16:00, home visit Monday. Risk assessed as low while the plan is in place.

Owen Parry
Senior Mental Health Practitioner, CAMHS Crisis & Home Treatment, Herefordshire"""
    m = build(f, "Owen Parry <owen.parry@hereford-camhs.example.nhs.uk>", MASH, "Crisis contact summary - N O'Driscoll", when,
              text=text, domain="hereford-camhs.example.nhs.uk")
    label(f, m, A, "mash_step_up", 7, "near_miss", "other", False, None, [], [ch("Niamh O'Driscoll", "2077-01-05")], [], None, None, [],
          why="NEAR MISS - A CRISIS VISIT WITH THE RISK MANAGED: thoughts only, no plan, no stockpile; parents have removed "
              "medication, razors and the ligature, safety plan, follow-up booked ('Parents able to keep her safe') -> not "
              "urgent (the contrast with torbay_01 and tower_hamlets_01, where the parent refuses). Information -> other -> "
              "human_review.")

# ================================================================ checks
def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            out.append(t)
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
        elif ct == DOCX:
            out.append(docx_text(part.get_content()))
        elif ct == "application/ics":
            out.append(part.get_content().decode())
    return "\n".join(out)

def check():
    errs = []
    E = errs.append
    if holidays is None:
        E("the holidays package is required (run with /work/main/.venv/bin/python)")
    if BH != BH_EXPECTED:
        E(f"bank holidays differ from the expected list: {sorted(BH ^ BH_EXPECTED)}")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 3:
        E("window should run Monday 7 January - Thursday 27 March 2092")
    if dt.date(2092, 3, 28) not in BH or dt.date(2092, 3, 31) not in BH:
        E("Good Friday / Easter Monday 2092 are not 28 / 31 March")
    if T(2092, 3, 29, 12, 0).utcoffset() != dt.timedelta(0) or T(2092, 3, 31, 12, 0).utcoffset() != dt.timedelta(hours=1):
        E("BST should start on Sunday 30 March 2092")
    by_auth = {}
    for L in LABELS:
        by_auth.setdefault(L["authority"], []).append(L["file"])
    for a, fs in by_auth.items():
        if sorted(fs) != [f"{a}_{i:02d}.eml" for i in range(1, 9)]:
            E(f"{a}: files {sorted(fs)}")
    cats = list(CATS.values())
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        E("need at least 11 urgent and 11 near_miss")
    kinds = {L["expect"]["kind"] for L in LABELS}
    if kinds != {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}:
        E(f"kinds present: {kinds}")
    for L in LABELS:
        f, e, a = L["file"], L["expect"], L["authority"]
        if list(e) != KEYS:
            E(f"{f}: expect keys {list(e)}")
        if sorted(L) != ["authority", "expect", "file", "mailbox", "now", "why"]:
            E(f"{f}: label keys")
        raw = FILES[f]
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                E(f"{f}: defects {part.defects}")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            E(f"{f}: non-ASCII bytes in the raw message")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                E(f"{f}: no {h}")
        rcpts = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if MAILBOX[a][L["mailbox"]].lower() not in rcpts:
            E(f"{f}: mailbox address not in To/Cc")
        date = msg["Date"].datetime
        loc = date.astimezone(LON)
        if date.utcoffset() != loc.utcoffset():
            E(f"{f}: Date offset {date.utcoffset()} is not Europe/London's {loc.utcoffset()}")
        d = loc.date()
        if f not in OUT_OF_HOURS_OK:
            if not (WINDOW[0] <= d <= WINDOW[1]) or d.weekday() >= 5 or d in BH:
                E(f"{f}: Date {d} outside the window, a weekend or a bank holiday")
        else:
            if not (d.weekday() >= 5 or d in BH) or not (WINDOW[0] <= d <= WINDOW[1] + dt.timedelta(days=1)):
                E(f"{f}: deliberately out-of-hours mail is not on a weekend/bank holiday in the window")
        now = dt.datetime.fromisoformat(L["now"])
        if not (dt.timedelta(minutes=1) <= now - date <= dt.timedelta(minutes=10)) or now.utcoffset() != date.utcoffset():
            E(f"{f}: now {L['now']} not 1-10 min after Date with the same offset")
        text = readable(msg)
        low = text.lower()
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2092:
                E(f"{f}: year {y} after the window")
        # fields
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERNS:
            E(f"{f}: concerns {e['concerns']}")
        if e["missing"] != sorted(set(e["missing"])):
            E(f"{f}: missing unsorted")
        k = e["kind"]
        key = (a, k) if not (a == "knowsley" and k == "step_down") else (a, k, e["level"] or 3)
        if k in ("step_up", "step_down") and key in REQ:
            if not set(e["missing"]) <= REQ[key]:
                E(f"{f}: missing {e['missing']} not in the requirements for {key}")
            r = REQ[key]
            if "consent" in r and (e["consent"] is not True) != ("consent" in e["missing"]):
                E(f"{f}: consent vs missing")
            if "manager_agreed" in r and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
                E(f"{f}: manager vs missing")
            if "case_id" in r and (not e["case_ids"]) != ("case_id" in e["missing"]):
                E(f"{f}: case id vs missing")
            if a == "knowsley" and k == "step_up":
                for c, doc in (("neglect", "gcp2"), ("non_engagement", "engaging_families"), ("exploitation", "exploitation_assessment")):
                    if doc in e["missing"] and c not in e["concerns"]:
                        E(f"{f}: {doc} missing without {c}")
        elif e["missing"]:
            E(f"{f}: missing must be [] for {key}")
        if e["level"] is not None and k != "step_down":
            E(f"{f}: level on a {k}")
        if (a == "knowsley" and k in ("step_up", "step_down")) != (e["notice_ok"] is not None) and not (
                a == "knowsley" and k == "step_up" and "meeting_details" in e["missing"]):
            E(f"{f}: notice_ok {e['notice_ok']}")
        if e["urgent"] != (CATS[f] == "urgent"):
            E(f"{f}: urgent label vs category")
        if e["urgent"] and e["next_action"] != "alert_duty":
            E(f"{f}: urgent but {e['next_action']}")
        for c in e["children"]:
            if c["name"].lower() not in low:
                E(f"{f}: child {c['name']} not in the text")
            if c["dob"]:
                dob = dt.date.fromisoformat(c["dob"])
                age = now.year - dob.year - ((now.month, now.day) < (dob.month, dob.day))
                if not (0 <= age < 18):
                    E(f"{f}: {c['name']} is {age} at now")
                variants = {dob.strftime(x) for x in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d")}
                if not any(v in text for v in variants):
                    E(f"{f}: DOB {c['dob']} not written")
        for cid in e["case_ids"]:
            if cid not in text:
                E(f"{f}: case id {cid} not in the text")
        if e["urgent"]:
            for w in ("urgent", "immediate risk", "emergency"):
                if w in low:
                    E(f"{f}: urgent mail uses '{w}'")
        subj = str(msg["Subject"])
        auto = msg.get("Auto-Submitted")
        if k == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj):
            E(f"{f}: follow_up without a reference")
        if k in ("step_up", "step_down", "other") and "[SB-" in subj:
            E(f"{f}: reference on a {k}")
        if (k == "auto_reply") != bool(auto):
            E(f"{f}: Auto-Submitted vs kind")
        replies = [p for p in msg.walk() if p.get_content_type() == "text/calendar" and "METHOD:REPLY" in p.get_content()]
        if (k == "meeting_reply") != (len(replies) == 1):
            E(f"{f}: calendar REPLY parts {len(replies)}")
    # Knowsley notice table
    want = {"knowsley_01.eml": (7, True), "knowsley_02.eml": (4, False), "knowsley_03.eml": (5, True), "knowsley_07.eml": (4, False)}
    for f, (n, ok) in want.items():
        L = next(x for x in LABELS if x["file"] == f)
        if L["expect"]["notice_ok"] != ok or NOTICE[f][0] != n:
            E(f"{f}: notice {NOTICE[f]} expected {n}")
    if NOTICE["knowsley_02.eml"][1] < 5:
        E("knowsley_02 should be ok by plain weekdays (decisive across Easter)")
    return errs

MEETINGS = {"knowsley_01.eml": T(2092, 1, 23, 10, 0), "knowsley_02.eml": T(2092, 4, 2, 10, 0),
            "knowsley_03.eml": T(2092, 2, 6, 13, 30), "knowsley_07.eml": T(2092, 2, 13, 13, 30)}
NOTICE = {}

def main():
    knowsley(); richmond_wandsworth(); tower_hamlets(); torbay(); herefordshire()
    for f, meet in MEETINGS.items():
        now = dt.datetime.fromisoformat(next(x for x in LABELS if x["file"] == f)["now"]).astimezone(LON).date()
        plain = sum(1 for i in range(1, (meet.date() - now).days + 1) if (now + dt.timedelta(days=i)).weekday() < 5)
        NOTICE[f] = (wd_between(now, meet.date()), plain, now, meet)
    errs = check()
    if errs:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(errs))
        sys.exit(1)
    order = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
    LABELS.sort(key=lambda L: (order.index(L["authority"]), L["file"]))
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({L["file"]: CATS[L["file"]] for L in LABELS}, fh, indent=1)
        fh.write("\n")
    # re-read what was written
    for f in FILES:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        assert not any(p.defects for p in msg.walk()), f
    if "--stats" in sys.argv:
        from collections import Counter
        print("categories", Counter(CATS.values()))
        print("kinds", Counter(L["expect"]["kind"] for L in LABELS))
        print("next_action", Counter(L["expect"]["next_action"] for L in LABELS))
        for f, (n, plain, now, meet) in NOTICE.items():
            print(f, now, "->", meet.strftime("%a %d %b %H:%M"), "WD", n, "plain", plain)
        for L in LABELS:
            if L["expect"]["urgent"]:
                t = readable(BytesParser(policy=policy.default).parsebytes(FILES[L["file"]])).lower()
                hits = [w for w in ("urgent", "immediate", "emergency", "risk", "danger", "safeguard", "child protection") if w in t]
                print("urgent", L["file"], "alarm words:", hits or "none")
    print(f"wrote {len(FILES)} messages, labels.json, categories.json; all self-checks passed")

if __name__ == "__main__":
    main()
