#!/usr/bin/env python3
"""mixed109: blind held-out set (40 invented mails) for stepbot's `parse` contract, spring term 2033
(Mon 10 Jan - Fri 8 Apr 2033), theme: when the family is one of our own (parents who are professionals,
colleagues writing about a colleague's children, restricted records, conflicts of interest, HR wording).

Stdlib only, deterministic (boundaries, Message-IDs and UIDs from sha1 of the file name, fixed zip times).
Run: python3 make_set.py   -- builds every .eml, labels.json, categories.json and self-checks; it stops
before writing anything if a check fails. Every label was set by hand from DESIGN.md / REQUIREMENTS.md.
"""
import hashlib, html, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2033, 1, 10), date(2033, 4, 8))
BANK_HOLIDAYS_2033 = [date(2033, 1, 3), date(2033, 4, 15), date(2033, 4, 18), date(2033, 5, 2),
                      date(2033, 5, 30), date(2033, 8, 29), date(2033, 12, 26), date(2033, 12, 27)]
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger",
          "dangerous", "asap"]
MAILBOXES = {
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
REQ_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2",
           "engaging_families", "exploitation_assessment", "assessment", "cin_minutes", "consent_form",
           "request_for_support", "case_id", "children", "consent", "manager_agreed", "lead_practitioner",
           "meeting_details", "worries_strengths_next"}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS_2033


def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


# ---------------------------------------------------------------- documents (stdlib only)
def pdf_bytes(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y, ops = 800, ["BT", "/F1 14 Tf", "50 800 Td", "(%s) Tj" % esc(title), "/F1 10 Tf"]
    for ln in lines:
        ops.append("0 -16 Td")
        ops.append("(%s) Tj" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def pdf_text(data):
    s = data.decode("latin-1")
    return "\n".join(m.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                     for m in re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", s))


def docx_bytes(paras):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False)
                   for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2033, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", x.replace("</w:p>", "\n")))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def ics(method, uid, summary, start, end, organizer, attendee=None, partstat=None, comment=None,
        stamp="20330101T090000Z"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
         "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100",
         "TZOFFSETTO:-0000", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T010000",
         "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT",
         "END:VTIMEZONE", "BEGIN:VEVENT", "UID:%s" % uid, "SUMMARY:%s" % summary,
         "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
         "DTSTAMP:%s" % stamp, "SEQUENCE:0", "ORGANIZER:mailto:%s" % organizer]
    if attendee:
        L.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1]))
    if comment:
        L.append("COMMENT:%s" % comment.replace(",", "\\,").replace(";", "\\;"))
    if method == "REQUEST":
        L.append("LOCATION:Microsoft Teams Meeting")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(L) + "\r\n"


def html_of(text):
    paras = [html.escape(p, quote=False).replace("\n", "<br>\n") for p in text.strip("\n").split("\n\n")]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
            + "\n".join("<p>%s</p>" % p for p in paras) + "\n</div></body></html>\n")


# ---------------------------------------------------------------- message builder
def mk(fname, authority, mailbox, frm, subject, when, text=None, html_body=None, atts=(), cc=None,
       to=None, extra=(), client="outlook", cte=None, domain=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to or MAILBOXES[authority][mailbox]
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(when)
    dom = domain or frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%s@%s>" % (sha(fname + "mid")[:24].upper(), dom)
    if client == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Topic"] = re.sub(r"^(RE|FW|Fwd|Re): ", "", subject)
    elif client == "iphone":
        m["X-Mailer"] = "iPhone Mail (21D61)"
    elif client == "gmail":
        pass
    elif client == "android":
        m["X-Mailer"] = "Android Mail"
    for k, v in extra:
        m[k] = v
    if text is not None and html_body is not None:
        m.set_content(text, cte=cte or "quoted-printable")
        m.add_alternative(html_body, subtype="html", cte="quoted-printable")
    elif text is not None:
        m.set_content(text, cte=cte or "quoted-printable")
    else:
        m.set_content(html_body, subtype="html", cte=cte or "quoted-printable")
    for a in atts:
        kind, name, payload = a[0], a[1], a[2]
        if kind == "pdf":
            m.add_attachment(payload, maintype="application", subtype="pdf", filename=name)
        elif kind == "docx":
            m.add_attachment(payload, maintype="application", subtype=DOCX.split("/")[1], filename=name)
        elif kind == "txt":
            m.add_attachment(payload, subtype="plain", filename=name, cte="quoted-printable")
        elif kind == "ics":
            m.add_attachment(payload.encode(), maintype="text", subtype="calendar", filename=name,
                             params={"method": a[3]} if len(a) > 3 else {})
        elif kind == "cal_alt":   # iTIP reply: text/calendar inside multipart/alternative
            m.add_alternative(payload, subtype="calendar", params={"method": "REPLY"}, cte="quoted-printable")
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%s" % (n, sha(fname + str(n))[:20]))
            n += 1
    return m.as_bytes(policy=email.policy.SMTP)


def D(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


MAILS = []


def add(fname, cat, label, data, notice=None):
    """notice = (meeting date) for Knowsley step requests, checked against notice_ok."""
    MAILS.append((fname, cat, label, data, notice))


def L(authority, mailbox, now, kind, urgent, level, case_ids, children, concerns, consent, manager,
      missing, notice_ok, next_action, why):
    return {"file": None, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
            "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                       "children": [{"name": n, "dob": d} for n, d in children],
                       "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager,
                       "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action},
            "why": why}


def nowof(when, mins=6):
    return when + timedelta(minutes=mins)


# ================================================================ KNOWSLEY
def knowsley():
    A = "knowsley"
    # k01 ordinary: complete neglect step-up, Teams invite attached (REQUEST), restricted record asked
    f, w = "knowsley_01.eml", D("2033-01-18 10:12")
    text = """Hi MASH,

Please find attached a step up request for Tayla-Rose McGuinness (DOB 03/05/2029), EHM-60417.

Before anything else - mum, Shannon McGuinness, works for Knowsley Council (Revenues & Benefits at Huyton). I'd be grateful if this could be kept off the usual circulation list and the EHM/ICS record set to restricted once the case transfers. Shannon knows I'm writing to you and knows the reasons.

Concerns are neglect: home conditions have slid back since November, Tayla-Rose has been sent to nursery in the same clothes four days running, and her dental treatment has been missed twice. GCP2 completed on 11/01/2033 and attached, along with the step up form and the minutes of the TAF held on 6 January.

My team manager, Bernadette Kehoe, has discussed the step up with me in supervision and agreed it.

The step up TAF meeting is Wednesday 26 January at 10:00 on Teams - the calendar invite is attached and has gone to MASH business support too.

Thanks,
Ciarán Doherty
Family First Case Manager (Level 3), Kirkby
0151 496 0733
"""
    form = docx_bytes(["FF Step Up request to CSC", "Case ID on EHM: EHM-60417",
                       "Child: Tayla-Rose McGuinness, DOB 03/05/2029",
                       "Has this family recently closed to Children's Social Care?: No",
                       "Date of step up TAF meeting: Wednesday 26/01/2033 10:00 (Teams)",
                       "Recent TAF meeting minutes attached: Yes (06/01/2033)",
                       "What are we worried about? Home conditions, missed dental care, clothing and hygiene (neglect).",
                       "What is working well? Mum attends every TAF; maternal grandmother visits weekly.",
                       "What next? Step up for a C&F assessment; GCP2 shared.",
                       "Graded Care profile (If neglect should be completed): completed 11/01/2033, score 4 in physical care.",
                       "Agreement by line manager: Bernadette Kehoe, Team Manager, 17/01/2033."])
    taf = pdf_bytes("TAF meeting minutes - 06/01/2033", [
        "Family: McGuinness (EHM-60417)", "Present: Shannon McGuinness (mum), Ciaran Doherty (FF), nursery, health visitor",
        "Review of plan: home conditions not improved; dental appointments missed.", "Actions: GCP2 to be completed."])
    gcp = pdf_bytes("Graded Care Profile 2 (GCP2) - Tayla-Rose McGuinness", [
        "Completed 11/01/2033 by C. Doherty", "Physical care: 4", "Safety: 3", "Love: 2", "Esteem: 2"])
    inv = ics("REQUEST", "040000008200E00074C5B7101A82E0080000000" + sha(f)[:16], "Step up TAF meeting - EHM-60417",
              "20330126T100000", "20330126T110000", "ciaran.doherty@knowsley.gov.uk")
    data = mk(f, A, "mash_step_up", "Ciarán Doherty <ciaran.doherty@knowsley.gov.uk>",
              "Step up request - EHM-60417 - TAF Weds 26/01 (restricted please)", w, text, html_of(text),
              atts=[("docx", "FF Step Up request - McGuinness.docx", form),
                    ("pdf", "TAF minutes 06.01.2033 - McGuinness.pdf", taf),
                    ("pdf", "GCP2 - McGuinness.pdf", gcp),
                    ("ics", "invite.ics", inv, "REQUEST")],
              cc="Mash.Businesssupport@knowsley.gov.uk")
    add(f, "ordinary", L(A, "mash_step_up", nowof(w), "step_up", False, None, ["EHM-60417"],
                         [("Tayla-Rose McGuinness", "2029-05-03")], ["neglect"], None, True, [], True,
                         "book_meeting",
                         "Complete Knowsley step-up (form, TAF minutes, GCP2 for neglect, manager agreed, TAF Wed 26 Jan = 6 WD from Tue 18 Jan); the request to restrict the record because mum is council staff changes nothing; the attached METHOD:REQUEST invite is not a meeting reply."),
        data, notice=date(2033, 1, 26))

    # k02 urgent: off-duty officer has taken the children after drinking, Saturday night, partner writes
    f, w = "knowsley_02.eml", D("2033-01-22 21:41")
    text = """I dont know who else to send this to, I found this email on the Family First letter you gave me.

Its Gemma Thornbury. Lee (my partner, hes a police officer but hes off work this weekend) has been drinking since dinner, he's had nearly a full bottle of vodka and cans. About 20 mins ago he put Mia and Alfie in the back of his car in their pyjamas and drove off with them. He's got the car keys, I tried to take them off him and he pushed me out of the way. He said he's taking them to his mum's in Prescot. Mia is 6, Alfie is 3 and Alfie wasnt even in his car seat properly.

He wont answer his phone. I cant ring his work because he'll lose his job and he said if I ring anyone that's it. Please can someone do something tonight.

Gemma
07700 900418

Sent from my Galaxy
"""
    data = mk(f, A, "early_help_duty", "Gemma Thornbury <gemmat1991@example.com>", "Lee has took the kids", w,
              text, client="android", cte="base64", domain="mail.example.com")
    add(f, "urgent", L(A, "early_help_duty", nowof(w, 3), "other", True, None, [],
                       [], ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
                       "Safety rule 1: happening now at 21:41 on a Saturday - an off-duty officer, very drunk, has driven off with a 6- and a 3-year-old and has the keys; no banned words; children given by first name only so not labelled; kind other."),
        data)

    # k03 near miss: training case study on managing allegations
    f, w = "knowsley_03.eml", D("2033-02-03 14:00")
    text = """Dear colleagues,

Ahead of next Thursday's workshop "Managing allegations: when the family is one of our own", please read the case study below. It is fictional and is for training only - it does not relate to any family known to Family First.

CASE STUDY (fictional)
"PC Adam R. is off duty. His partner rings the duty line at 10pm to say he has been drinking, has hit their 8-year-old and has driven off with the children. Adam works in the same building as the MASH police officers."

Questions for discussion:
1. Who do you tell first, and who must not be told?
2. When does the LADO become involved, and what about the employer?
3. How do you keep the record restricted without delaying the response?

No action is needed on this email other than reading it before the session. Please do not log it against any case.

Kind regards,
Saoirse Lennon-Tighe
Workforce Development Officer, Knowsley Children's Services
"""
    data = mk(f, A, "early_help_duty", "Saoirse Lennon-Tighe <saoirse.lennon-tighe@knowsley.gov.uk>",
              "Pre-reading: managing allegations workshop (case study)", w, text, html_of(text))
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "other", False, None, [], [], [], None, None, [],
                          None, "human_review",
                          "Safety rule 1: a fictional training case study about a drunk officer hitting a child is an example, not a live risk; no request, kind other."),
        data)

    # k04 ordinary: L3 step-down, joint home visit Tue 19 Apr, across Good Friday and Easter Monday = exactly 5 WD
    f, w = "knowsley_04.eml", D("2033-04-08 14:10")
    text = """Hello Family First duty,

Level 3 step down - Oskar Wójcik, DOB 02.11.2029, ICS-2207815.

Conflict of interest to declare first: dad, Tomasz Wójcik, is a receptionist at my own GP practice in Whiston. I've told my team manager, and I'd ask that the Family First case manager allocated is not someone registered at Whiston Health Centre either.

Mum has consented to the referral to Family First - she signed the consent on my visit on 6 April.

Joint home visit: Tuesday 19 April 2033 at 10:00 at the family home (42 Cronton Lane, Whiston L35 9ZX). I know it's the week after Easter - I've counted around the bank holidays.

What are we worried about?
Mum's low mood since her father died in January; Oskar's late arrivals at nursery on the days she is struggling.

What is working well?
Dad has changed his shifts to do the mornings; mum is seeing her GP and has started talking therapy; Oskar is meeting his milestones.

What needs to happen?
Family First to support mum with routines and a wellbeing plan; nursery to keep recording attendance; review at the first TAF.

Thanks,
Hollie Brannigan
Social Worker, CIN Team 2, Knowsley
"""
    data = mk(f, A, "early_help_duty", "Hollie Brannigan <hollie.brannigan@knowsley.gov.uk>",
              "Level 3 step down - Oskar Wójcik - ICS-2207815 - JHV 19/04", w, text, html_of(text))
    add(f, "ordinary", L(A, "early_help_duty", nowof(w, 4), "step_down", False, 3, ["ICS-2207815"],
                         [("Oskar Wójcik", "2029-11-02")], ["parental_mental_health"], True, None, [], True,
                         "book_meeting",
                         "Complete Knowsley level 3 step-down (date/time/venue, all three headings, consent); Fri 8 Apr -> Tue 19 Apr is exactly 5 WD because Good Friday 15 Apr and Easter Monday 18 Apr are excluded; the declared conflict of interest changes no field."),
        data, notice=date(2033, 4, 19))

    # k05 urgent follow-up: nurse's toddler with an unexplained burn, partner collects at 5
    f, w = "knowsley_05.eml", D("2033-03-09 15:52")
    text = """Hi,

Adding to the step up for Nevaeh Ashworth (EHM-59230) - sorry, this has just come in from the nursery manager and I need someone at MASH to look at it today.

Nursery staff found a burn on the back of Nevaeh's right hand at nappy change at 3pm - round, about the size of a 5p, blistered and weeping. It wasn't there at drop off this morning according to the key worker's notes. When they rang mum (Kirsty, she's a staff nurse on the children's ward at Whiston) she said "it's nothing, I'll deal with it" and wouldn't say how it happened. Kirsty is on shift until 8 so her partner Ryan is collecting Nevaeh at 5 o'clock.

Nevaeh is 2 and can't tell us anything. Nursery have photographed it and are keeping her until someone rings them back: 0151 496 0288.

I know mum is a colleague of half the people who'd normally look at this, which is why I've come to this inbox rather than ringing round.

Daniela
Daniela Szabó | Family First Case Manager | Knowsley Council

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 07 March 2033 11:02
Subject: Received: Step up request - Ashworth [SB-knowsley-57]

Thank you. Your request has been logged as SB-knowsley-57.
What is missing: TAF minutes
"""
    data = mk(f, A, "mash_step_up", "Daniela Szabó <daniela.szabo@knowsley.gov.uk>",
              "RE: Received: Step up request - Ashworth [SB-knowsley-57]", w, text, html_of(text))
    add(f, "urgent", L(A, "mash_step_up", nowof(w, 2), "follow_up", True, None, ["EHM-59230"],
                       [("Nevaeh Ashworth", None)], ["physical_harm"], None, None, [], None, "alert_duty",
                       "Safety rule 1 on a follow-up to [SB-knowsley-57]: a fresh unexplained burn on a 2-year-old, mother (a nurse) won't explain it, partner collecting at 5 today; alert_duty overrides attach_to_request; no banned words."),
        data)

    # k06 near miss: step-up with an old LADO matter closed; notice 4 WD
    f, w = "knowsley_06.eml", D("2033-02-10 11:30")
    text = """Good morning,

Step up request for Chidi Okafor-Bell, born 21st June 2017, EHM-61102.

For transparency: dad, Mr Emeka Okafor-Bell, is a teacher at a Knowsley secondary school. In 2031 there was an allegation against him at work (not involving Chidi). That was dealt with by the LADO at the time, concluded unsubstantiated and closed; nothing about it is current and it is not the reason for this request. There are no concerns that Chidi has been hurt.

The reason is non-engagement: the family have cancelled five of the last seven TAF visits and Chidi's attendance is 71% this term. I have used the Engaging Families toolkit (attached, with what it tells us - low engagement, mainly dad), and the step up form and last TAF minutes are attached.

My team manager, Jean-Paul Mbeki, agreed the step up on 9 February.

The step up TAF is Wednesday 16 February at 1.30pm, Kirkby Family Hub.

Regards,
Fatima Sheikh
Family First Case Manager
"""
    ef = docx_bytes(["Engaging Families Toolkit - Okafor-Bell", "Signs of Well-being Family Engagement Risk Assessment Tool",
                     "Engagement: LOW. Five of seven visits cancelled since November.",
                     "What this tells us: dad declines contact; mum engages by phone only."])
    form = docx_bytes(["FF Step Up request to CSC", "Case ID on EHM: EHM-61102",
                       "Date of step up TAF meeting: 16/02/2033 13:30",
                       "Level of Engagement: low - Engaging Families Toolkit followed",
                       "What are we worried about? Non-engagement, school attendance 71%.",
                       "What is working well? Chidi is settled with his form tutor.",
                       "What next? Step up for C&F assessment.",
                       "Agreement by line manager: J-P Mbeki, 09/02/2033"])
    taf = pdf_bytes("TAF meeting minutes 27/01/2033", ["Okafor-Bell, EHM-61102", "Family did not attend.",
                                                          "Attendance 71%."])
    data = mk(f, A, "mash_step_up", "Fatima Sheikh <fatima.sheikh@knowsley.gov.uk>",
              "Step up - Okafor-Bell EHM-61102", w, text, html_of(text),
              atts=[("docx", "Step up form Okafor-Bell.docx", form), ("pdf", "TAF minutes 27.01.33.pdf", taf),
                    ("docx", "Engaging Families toolkit - Okafor-Bell.docx", ef)],
              cc="Mash.Businesssupport@knowsley.gov.uk")
    add(f, "near_miss", L(A, "mash_step_up", nowof(w), "step_up", False, None, ["EHM-61102"],
                          [("Chidi Okafor-Bell", "2017-06-21")], ["non_engagement", "school_attendance"], None,
                          True, [], False, "request_info",
                          "Not urgent: the 2031 allegation was closed by the LADO and 'no concerns that Chidi has been hurt' is negated; documents complete incl. Engaging Families, but Thu 10 Feb -> Wed 16 Feb is only 4 WD (< 5)."),
        data, notice=date(2033, 2, 16))

    # k07 ordinary: iTIP REPLY accepted with a COMMENT declaring a conflict
    f, w = "knowsley_07.eml", D("2033-02-01 09:05")
    cal = ics("REPLY", "040000008200E00074C5B7101A82E0080000000" + sha(f)[:16],
              "Step up TAF meeting [SB-knowsley-63]", "20330209T133000", "20330209T143000",
              "knowsleymash@knowsley.gov.uk", ("Ruth Abernethy-Cole", "ruth.abernethy-cole@example.nhs.uk"),
              "ACCEPTED", "I'll attend. For the record I should declare that mum is a health visitor in my own team - I have told my manager and will not be involved in any decision.",
              stamp="20330201T090300Z")
    text = "Ruth Abernethy-Cole has accepted this meeting.\n\nI'll attend. For the record I should declare that mum is a health visitor in my own team - I have told my manager and will not be involved in any decision.\n"
    data = mk(f, A, "mash_step_up", "Ruth Abernethy-Cole <ruth.abernethy-cole@example.nhs.uk>",
              "Accepted: Step up TAF meeting [SB-knowsley-63]", w, text, atts=[("cal_alt", "", cal)])
    add(f, "ordinary", L(A, "mash_step_up", nowof(w, 3), "meeting_reply", False, None, [], [], [], None, None, [],
                         None, "record_reply",
                         "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) whose COMMENT declares a conflict of interest: record_reply."),
        data)

    # k08 ordinary: L2 step-down, councillor parent, no lead practitioner named, 4 WD
    f, w = "knowsley_08.eml", D("2033-03-16 16:20")
    text = """Hi all,

Level 2 step down for Ayesha Rahimi (DOB 2029-01-14), ICS-2210349.

Please note mum is Cllr Parveen Rahimi (Halewood ward). She is happy with the step down but has asked, reasonably, that her family's details are not discussed at the usual allocations meeting. Could the duty manager handle this one directly?

Parent has consented to the step down to a Level 2 service.

Final CIN meeting: Tuesday 22nd March, 2pm, Halewood Children's Centre.

What are we worried about - Ayesha's speech delay and the gap while she waits for SALT; mum's long hours.
What is working well - warm, attentive parents; grandmother does nursery pick-ups; nursery attendance 96%.
What needs to happen - Level 2 support with the SALT referral and a TAF plan for her transition to reception.

The Level 2 lead - I'm still waiting to hear back from the children's centre about who it will be.

Thanks
Marcus O'Rourke
Social Worker, Knowsley CSC
"""
    data = mk(f, A, "early_help_duty", "Marcus O'Rourke <marcus.orourke@knowsley.gov.uk>",
              "L2 step down - Rahimi - ICS-2210349 - final CIN 22/3", w, text, html_of(text))
    add(f, "ordinary", L(A, "early_help_duty", nowof(w, 5), "step_down", False, 2, ["ICS-2210349"],
                         [("Ayesha Rahimi", "2029-01-14")], ["disability_send"], True, None,
                         ["lead_practitioner"], False, "request_info",
                         "Knowsley level 2 step-down: all three headings and full meeting details, but no Level 2 lead practitioner named yet, and Wed 16 Mar -> Tue 22 Mar is 4 WD (< 5)."),
        data, notice=date(2033, 3, 22))


# ================================================================ RICHMOND & WANDSWORTH
def richmond():
    A = "richmond_wandsworth"
    # r01 urgent: colleague's teenager texting that her dad hit her, hiding at school
    f, w = "richmond_wandsworth_01.eml", D("2033-03-01 11:20")
    text = """Imogen / MASH colleagues,

I'm sending this here because it concerns one of our own and I'd rather it didn't go round the usual list. Sade Bankole-Reid, one of my Early Help practitioners in Battersea, came to me ten minutes ago with these texts from her daughter Amara Bankole-Reid (14, DOB 14/09/2018). I've copied them exactly:

  10:41 "mum dad hit me again before school. my lip is split and my ear is ringing"
  10:43 "im in the library toilets i told miss i was ill"
  10:52 "hes picking me up at 3.30 because of my dentist and i cant go with him mum please"

Dad is Colin Reid. Sade says he has been like this since he lost his job in December and that she is going to the school now to be with Amara, but she is frightened of what he'll do when he finds out she has told us. Amara is at Southfields Park Academy; the DSL there is Mr Haroun Aziz, 020 7946 0521.

Sade knows I am writing to you. I am her manager; I'll be her support, but someone independent of our team needs to lead on this today, before 3.30.

Niamh Kavanagh
Early Help Team Manager (Wandsworth South)
020 7946 0488
"""
    data = mk(f, A, "mash_step_up", "Niamh Kavanagh <niamh.kavanagh@richmondandwandsworth.gov.uk>",
              "Confidential - a colleague's daughter - please read now", w, text, html_of(text))
    add(f, "urgent", L(A, "mash_step_up", nowof(w, 3), "other", True, None, [],
                       [("Amara Bankole-Reid", "2018-09-14")], ["domestic_abuse", "physical_harm"], None, None,
                       [], None, "alert_duty",
                       "Safety rule 1: a 14-year-old's quoted texts - hit by dad this morning, hiding in the school toilets, dad collecting at 3.30 today; not a step-up of an open EH case (kind other); no banned words."),
        data)

    # r02 urgent follow-up: councillor's home, baby left with a 12-year-old overnight, 07:52
    f, w = "richmond_wandsworth_02.eml", D("2033-01-19 07:52")
    text = """Jasper - re the step down we discussed for the Ferreira children, SB ref below.

I'm outside the house now for the 7.30 visit I'd arranged before Tomás's school. Tomás answered the door. Cllr Ferreira and her husband flew to Lisbon last night for a conference and won't be back until Friday. Tomás is 12 and has been on his own with baby Inês (7 months) since about 6pm yesterday. He's been up most of the night with her, there's one nappy and no formula left, and he's been giving her watered-down cow's milk. Nobody else has come to the house. The nanny left before Christmas.

He begged me not to tell his mum's office. I've said I can't promise that. I'm staying with them but I can't take the baby anywhere and I need a social worker to call me back before I have to leave at 9: 07700 900562.

Tomás Ferreira DOB 05/06/2020, Inês Ferreira DOB 21/06/2032.

Bronwen Ellis-Pryce
Early Help Practitioner
Sent from my iPhone

> On 17 Jan 2033, at 10:04, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:
> Step-down received for Ferreira [SB-richmond_wandsworth-88]. Case discussion to be confirmed.
"""
    data = mk(f, A, "early_help_duty", "Bronwen Ellis-Pryce <bronwen.ellis-pryce@richmondandwandsworth.gov.uk>",
              "Re: Step-down received for Ferreira [SB-richmond_wandsworth-88]", w, text, client="iphone")
    add(f, "urgent", L(A, "early_help_duty", nowof(w, 2), "follow_up", True, None, [],
                       [("Tomás Ferreira", "2020-06-05"), ("Inês Ferreira", "2032-06-21")], ["neglect"], None,
                       None, [], None, "alert_duty",
                       "Safety rule 1 on a follow-up to [SB-richmond_wandsworth-88] at 07:52 (before office hours): a 7-month-old left overnight with a 12-year-old, parents abroad until Friday, no formula; alert_duty; no banned words."),
        data)

    # r03 urgent: dictated by a police sergeant about a suspended colleague outside the family home
    f, w = "richmond_wandsworth_03.eml", D("2033-02-14 13:05")
    text = """[Dictated via voice to text - please excuse errors]

This is detective sergeant Rob Okonkwo Putney CID comma I am passing this to you direct rather than through the usual police referral because it concerns one of our own officers full stop

PC Gareth Lowe was placed on restricted duties yesterday full stop His wife Katie Lowe rang me at 12 50 she is inside the house at 14 Dryburgh Road with their two boys Finley Lowe aged 9 date of birth 3rd of March 2023 and Harvey Lowe aged 4 date of birth 19th of October 2028 full stop Gareth is outside hammering on the back door and has sent her texts saying quote you'll never see the boys again I'm taking them tonight unquote full stop

Response units are going but I need children's services to know now because the family has an open early help plan with you new paragraph

I've told Katie to stay in the front room with the boys and the door locked full stop Call me on 07700 900771

Rob
Sent from my phone
"""
    data = mk(f, A, "mash_step_up", "DS Rob Okonkwo <robert.okonkwo@met.example.police.uk>",
              "Lowe family Dryburgh Road - our officer", w, text, client="android", cte="base64")
    add(f, "urgent", L(A, "mash_step_up", nowof(w, 4), "other", True, None, [],
                       [("Finley Lowe", "2023-03-03"), ("Harvey Lowe", "2028-10-19")], ["domestic_abuse"],
                       None, None, [], None, "alert_duty",
                       "Safety rule 1: a dictated police message - a suspended officer hammering on the door now, threatening to take the boys tonight; police information, not a step request (other); no banned words."),
        data)

    # r04 near miss: complete step-up, worker declares the mother is a social worker; historic/negated
    f, w = "richmond_wandsworth_04.eml", D("2033-01-27 10:40")
    text = """Dear MASH Step Up,

Please consider this step up to Children's Services for Leo Castellano-Hughes, DOB 08/12/2024, Mosaic ID 2406618. Case summary attached.

Conflict of interest: Leo's mother, Francesca Castellano-Hughes, is a social worker in Richmond's Children with Disabilities team. The Early Help worker, Priya Venkataraman, and I have no working relationship with her; the MASH manager may wish to check the same on your side before the case discussion.

RATIONALE FOR STEP UP
Dad's drinking has escalated since the autumn and Leo (8) has twice been collected late from after-school club by a friend of dad's who was also drinking. Mum works long hours and says she cannot keep on top of it. Early Help has offered alcohol support which dad has not taken up. We think a Child and Family Assessment is needed.

There are no immediate child protection concerns. The police call-out in 2031 (an argument between the parents) was resolved with no further action and nothing similar has happened since.

Francesca has given consent to this step up and knows why we are making it.

I have discussed the case with Priya in supervision and, as the Early Help Team Manager, I agree the step up.

Regards,
Olumide Adebayo-Frost
Early Help Team Manager, Richmond
"""
    cs = docx_bytes(["Case summary - Leo Castellano-Hughes (Mosaic 2406618)",
                     "Early Help involvement since June 2032; alcohol misuse by father; late collections.",
                     "Prepared by Priya Venkataraman, Early Help Practitioner, 25/01/2033."])
    data = mk(f, A, "mash_step_up", "Olumide Adebayo-Frost <olumide.adebayo-frost@richmondandwandsworth.gov.uk>",
              "Step up - Castellano-Hughes - Mosaic 2406618", w, text, html_of(text),
              atts=[("docx", "Case summary - Castellano-Hughes.docx", cs)])
    add(f, "near_miss", L(A, "mash_step_up", nowof(w), "step_up", False, None, ["2406618"],
                          [("Leo Castellano-Hughes", "2024-12-08")], ["substance_misuse"], True, True, [], None,
                          "book_meeting",
                          "Not urgent: 'no immediate child protection concerns' (negated) and the 2031 call-out resolved; complete step-up (case summary attached, rationale under its own heading) from the EH Team Manager."),
        data)

    # r05 near miss: HR note about a colleague's sickness, misdirected
    f, w = "richmond_wandsworth_05.eml", D("2033-03-04 12:15")
    text = """Hi Keziah,

Further to our conversation, a short confidential note for your file about a colleague's sickness absence.

The member of staff has been off since 14 February with stress. She has told me, and is happy for her manager to know, that the trigger was her teenage son's overdose in January. He was treated at St George's, has been home since 2 February, is well supported by CAMHS and is back at school part-time. There are no safeguarding concerns and she is not asking for anything from children's services - she wanted her manager to understand the absence.

A phased return is planned from 21 March (OH referral attached separately to you only). Please do not record any of this on Mosaic.

Best wishes,
Harriet Osei-Lindgren
HR Business Partner, People Services
"""
    data = mk(f, A, "early_help_duty", "Harriet Osei-Lindgren <harriet.osei-lindgren@richmondandwandsworth.gov.uk>",
              "Confidential - staff sickness absence (EH team)", w, text, html_of(text),
              cc="Keziah Bloom <keziah.bloom@richmondandwandsworth.gov.uk>")
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "other", False, None, [], [], [], None, None, [], None,
                          "human_review",
                          "Safety rule 1: an HR note about a colleague's sickness; her son's overdose is past and resolved, 'no safeguarding concerns'; no child named, no request (other)."),
        data)

    # r06 ordinary: complete step-down, mum works in the Putney EH hub, asks for Richmond allocation
    f, w = "richmond_wandsworth_06.eml", D("2033-03-22 15:00")
    text = """Dear Early Help Duty Team Manager,

Confirming our call this afternoon: step down case discussion on Monday 28 March at 10:00 (Teams) for:

Sienna D'Souza - DOB 2025-02-27 - Mosaic ID 2399104
Kabir D'Souza - DOB 2030-10-05 - Mosaic ID 2399105

Please keep this one off the usual allocation list: mum, Anjali D'Souza, works in the Putney Early Help hub, so as agreed on the phone the family will be allocated to a worker on the Richmond side.

The latest case summary and the draft Early Help plan are attached. Anjali and her husband have consented to Early Help continuing the plan. My team manager, Tobias Ekwueme, has agreed the step down.

Thanks,
Marta Kowalczyk
Social Worker, Wandsworth Assessment Team
"""
    cs = pdf_bytes("Case summary - D'Souza", ["Sienna D'Souza 27/02/2025; Kabir D'Souza 05/10/2030",
                                               "Continuing need: mum's low mood (post-natal depression, on treatment); school attendance good."])
    plan = docx_bytes(["Draft Early Help plan - D'Souza", "Outcome 1: routines and support for mum",
                       "Outcome 2: Kabir's nursery place"])
    data = mk(f, A, "early_help_duty", "Marta Kowalczyk <marta.kowalczyk@richmondandwandsworth.gov.uk>",
              "Step down - D'Souza - case discussion Mon 28/03 10:00", w, text, html_of(text),
              atts=[("pdf", "Case summary D'Souza March 2033.pdf", cs), ("docx", "Draft EH plan D'Souza.docx", plan)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "step_down", False, None, ["2399104", "2399105"],
                         [("Sienna D'Souza", "2025-02-27"), ("Kabir D'Souza", "2030-10-05")],
                         ["parental_mental_health"], True, True, [], None, "book_meeting",
                         "Complete R&W step-down (case summary, draft plan, consent); the request to keep it off the usual list changes no field."),
        data)

    # r07 ordinary: out of office
    f, w = "richmond_wandsworth_07.eml", D("2033-04-04 09:01")
    text = """Thank you for your email. I am on annual leave until Monday 11 April and will have limited access to email.

For step-down queries please contact the Early Help Duty inbox. If your email concerns the family of a member of staff, please mark it "Restricted" and send it to my deputy, Jasper Quint, rather than to the team list.

Rukhsana Malik
Early Help Duty Team Manager
"""
    data = mk(f, A, "early_help_duty", "Rukhsana Malik <rukhsana.malik@richmondandwandsworth.gov.uk>",
              "Automatic reply: Step down - Harrington", w, text,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<%s@richmondandwandsworth.gov.uk>" % sha(f + "orig")[:24])])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w, 2), "auto_reply", False, None, [], [], [], None, None, [],
                         None, "ignore", "Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied): safety rule 2, never answered."),
        data)

    # r08 ordinary: step-down, consent still to be asked
    f, w = "richmond_wandsworth_08.eml", D("2033-02-17 16:45")
    text = """Hi,

As agreed with Rukhsana by phone today, step down case discussion Tuesday 22 Feb at 2pm.

Child: Maëlys Okoye-Laurent, d.o.b. 30/03/2026, Mosaic ID: 2411930.

Attached: latest case summary and the draft plan for Early Help.

Dad is a serving officer at Lavender Hill, and I know the family slightly through my husband, which I've declared to my manager - she agreed I could carry on to closure. I haven't yet asked Mr Okoye-Laurent about Early Help continuing; I'll ask him at Monday's visit and confirm.

Thanks
Gráinne Fitzpatrick
Social Worker
"""
    cs = pdf_bytes("Case summary Okoye-Laurent", ["Mosaic 2411930", "School attendance improved to 94%."])
    plan = pdf_bytes("Draft plan for Early Help - Okoye-Laurent", ["Outcomes, actions, by whom, timescales"])
    data = mk(f, A, "early_help_duty", "Gráinne Fitzpatrick <grainne.fitzpatrick@richmondandwandsworth.gov.uk>",
              "Step down Okoye-Laurent", w, text, html_of(text),
              atts=[("pdf", "Case summary.pdf", cs), ("pdf", "Draft plan.pdf", plan)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "step_down", False, None, ["2411930"],
                         [("Maëlys Okoye-Laurent", "2026-03-30")], [], None, None, ["consent"], None,
                         "request_info",
                         "R&W step-down with case summary and draft plan, but consent not yet asked ('I'll ask him at Monday's visit' = null), so consent is missing; the manager's agreement is about the worker's conflict, not the step-down."),
        data)


# ================================================================ TOWER HAMLETS
def tower_hamlets():
    A = "tower_hamlets"
    # t01 urgent step-up: teacher dad at the same school, cut lip, collects at 3.15
    f, w = "tower_hamlets_01.eml", D("2033-01-20 09:35")
    text = """Dear MAST,

Step up request for Ruqayyah Hossain (DOB 11/07/2023), Mosaic: 1502217. MARF attached.

This morning at breakfast club Ruqayyah (9) had a cut and swollen lower lip and bruising along her jaw. She told our learning mentor "Abbu pushed me into the radiator because I was slow putting my shoes on" and asked if she could stay at school tonight.

The difficulty is that her father, Mr Jamal Hossain, teaches Year 6 here at Stepney Green Primary. He is in the building now and collects Ruqayyah from the school office at 3.15 every day. We have not said anything to him. Our head teacher has taken advice about his employment separately, but we need a social work decision about Ruqayyah before home time.

I am the family's Early Help lead practitioner (school-based). My manager, Sultana Begum (Early Help Team Manager), has read this and agrees with the step up.

Mum, Nasreen, works nights at the Royal London; we have not been able to reach her.

Farzana Miah
Early Help Lead Practitioner
Stepney Green Primary School (via Tower Hamlets Early Help)
020 7946 0637
"""
    marf = pdf_bytes("Multi-Agency Request for Support (MARF)", [
        "Child: Ruqayyah Hossain  DOB 11/07/2023  Mosaic 1502217",
        "Reason: injury to lip and jaw reported at breakfast club 20/01/2033; child's account names father.",
        "Referrer: Farzana Miah, Early Help Lead Practitioner", "Manager: Sultana Begum - agreed"])
    data = mk(f, A, "mash_step_up", "Farzana Miah <farzana.miah@towerhamlets.gov.uk>",
              "Step up - R. Hossain - Mosaic 1502217", w, text, html_of(text),
              atts=[("pdf", "MARF Hossain 20.01.33.pdf", marf)],
              cc="Sultana Begum <sultana.begum@towerhamlets.gov.uk>")
    add(f, "urgent", L(A, "mash_step_up", nowof(w, 3), "step_up", True, None, ["1502217"],
                       [("Ruqayyah Hossain", "2023-07-11")], ["physical_harm"], None, True, [], None, "alert_duty",
                       "Safety rule 1: fresh injury with the child naming her father, a teacher in the same school who collects her at 3.15 today; otherwise a complete MAST step-up (MARF, manager agreed); 'Mosaic: 1502217' labelled as the bare number; no banned words."),
        data)

    # t02 urgent other: GP receptionist mum, ex kicked the door in, Friday 23:17
    f, w = "tower_hamlets_02.eml", D("2033-02-11 23:17")
    text = """hello please i need help now

my name is Rehana Chowdhury i am working receptionist at Bromley by Bow health centre so please not put this on normal list everybody know me

my ex husband Anwar came 20 minute ago he is very drunk, he kick the door and it broke, now he is downstair shouting. i am in bathroom with my daughter Safa Chowdhury she is 5. my son Zayan Chowdhury 8 year is in his bed room and Anwar say he is taking Zayan with him tonight to his brother in Luton. he have court order not to come here

i call police but they say wait. i have no credit more. 14 Bow Common Lane flat 3

Rehana

Sent from my iPhone
"""
    data = mk(f, A, "early_help_duty", "rehana chowdhury <rehana.c88@example.co.uk>", "help please", w, text,
              client="iphone", cte="base64")
    add(f, "urgent", L(A, "early_help_duty", nowof(w, 2), "other", True, None, [],
                       [("Safa Chowdhury", None), ("Zayan Chowdhury", None)], ["domestic_abuse", "substance_misuse"],
                       None, None, [], None, "alert_duty",
                       "Safety rule 1 out of hours (Fri 23:17): a mother hiding with her 5-year-old while her drunk ex, barred by a court order, has broken in and says he is taking their son tonight; non-native English; ages but no DOBs; no banned words."),
        data)

    # t03 near miss: 7-minute briefing with examples
    f, w = "tower_hamlets_03.eml", D("2033-03-07 08:30")
    text = """7-MINUTE BRIEFING: WHEN THE FAMILY IS ONE OF OUR OWN

Why it matters: families of council, health, police and school staff are entitled to the same response as any other family - no faster, no slower.

Examples you might meet (illustrative only):
- a colleague's child arrives at nursery with an injury the parent will not explain;
- a police officer's partner reports that he has been drinking and has taken the children in the car;
- a teenager texts a parent who works here to say her dad has hit her.

What to do: respond exactly as you would for any family; tell your manager about any conflict of interest; ask MAST business support to restrict the Mosaic record; consider the LADO where the adult works with children.

This briefing is for team meetings this month. It is not about any family currently open to MAST.

Tower Hamlets Safeguarding Children Partnership - Learning and Development
"""
    data = mk(f, A, "mash_step_up", "THSCP Learning <thscp.learning@towerhamlets.gov.uk>",
              "7-minute briefing: when the family is one of our own", w, text, html_of(text),
              extra=[("List-Id", "THSCP briefings <briefings.towerhamlets.gov.uk>"),
                     ("List-Unsubscribe", "<mailto:thscp.learning@towerhamlets.gov.uk?subject=unsubscribe>")])
    add(f, "near_miss", L(A, "mash_step_up", nowof(w, 10), "other", False, None, [], [], [], None, None, [], None,
                          "human_review",
                          "Safety rule 1: a partnership briefing whose examples echo this set's urgent mails, 'illustrative only' and about no open family; bulletins never trigger."),
        data)

    # t04 near miss: complete step-down, police officer mum, s47 closed unsubstantiated
    f, w = "tower_hamlets_04.eml", D("2033-03-30 11:05")
    text = """Dear Early Help Hub,

Step down following the Child and Family Assessment (concluded 28 March 2033) for Idris Yilmaz-Grant, DOB 16-04-2024, Mosaic 1498830.

Background you should know: mum, Sgt Deniz Yilmaz, is a serving Met officer, and the s47 enquiry opened in February after Idris said at school that dad had hit him was completed, found the account was about a game with his cousin, and closed with no further action. There are no current concerns that Idris is being hurt. I'd ask that the Mosaic record stays restricted as it was during the assessment.

What remains is Idris's attendance (84% this term) and some support for dad with routines while mum is on shifts.

Attached: the C&F assessment and the draft TAF plan. Both parents consent to the step down. The lead practitioner will be Mr Declan Hughes, pastoral lead at Bow Primary School, who has agreed to the role.

I will chair the TAF meeting on Tuesday 5 April at 10:00 at Bow Primary.

Best wishes,
Kemi Adeyinka-Shah
Social Worker, Children's Social Work Team 3
"""
    ass = pdf_bytes("Child and Family Assessment - Idris Yilmaz-Grant", ["Concluded 28/03/2033", "Outcome: step down to Early Help (TAF)"])
    plan = docx_bytes(["Draft TAF plan - Idris Yilmaz-Grant", "Attendance; routines; lead practitioner Declan Hughes (Bow Primary)"])
    data = mk(f, A, "early_help_duty", "Kemi Adeyinka-Shah <kemi.adeyinka-shah@towerhamlets.gov.uk>",
              "Step down - Yilmaz-Grant - Mosaic 1498830", w, text, html_of(text),
              atts=[("pdf", "C&F Assessment Yilmaz-Grant.pdf", ass), ("docx", "Draft TAF plan Yilmaz-Grant.docx", plan)])
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "step_down", False, None, ["1498830"],
                          [("Idris Yilmaz-Grant", "2024-04-16")], ["school_attendance"], True, None, [], None,
                          "book_meeting",
                          "Not urgent: the s47 about dad was closed NFA and 'no current concerns' is negated; complete TH step-down (assessment, TAF plan, consent, named lead practitioner with agency)."),
        data)

    # t05 near miss: hypothetical HR-flavoured question from a manager
    f, w = "tower_hamlets_05.eml", D("2033-01-25 14:20")
    text = """Hi MAST colleagues,

A question of policy, not about a real case. We're drafting our service's guidance on staff who are also parents known to children's services.

If one of my team were to tell me that their partner had hurt their child, or that their child had been left alone overnight, what would you expect from me as their manager - to ring you myself, to support them to ring you, or both? And how would you want us to mark it so it doesn't appear on the usual allocations list?

To be clear, nothing like this has happened; nobody in my team has raised anything. I just want the guidance to reflect what MAST would actually want.

Many thanks,
Dr Olamide Fashola
Service Manager, Early Help (Family Hubs)
"""
    data = mk(f, A, "mash_step_up", "Olamide Fashola <olamide.fashola@towerhamlets.gov.uk>",
              "Policy question - staff who are parents", w, text, html_of(text))
    add(f, "near_miss", L(A, "mash_step_up", nowof(w), "other", False, None, [], [], [], None, None, [], None,
                          "human_review",
                          "Safety rule 1: hypothetical ('if one of my team were to tell me...', 'nothing like this has happened'): a policy enquiry, kind other."),
        data)

    # t06 ordinary step-up: MARF to follow, manager not yet consulted
    f, w = "tower_hamlets_06.eml", D("2033-01-24 12:00")
    text = """Hi MAST,

I'm planning to step up Noor Al-Hashimi (DOB 2027-01-09), Mosaic 1487761. Conditions at home have got worse since the autumn: the flat is very cold, Noor is often hungry at school and has had head lice since October, and mum has stopped coming to TAF meetings.

I should declare an interest: mum, Layla Al-Hashimi, works in the council's Housing Options team and we sat on the same working group last year. I don't think it affects my judgement but I've flagged it.

I'll complete the MARF tomorrow and send it over. I haven't had a chance to go through this with my manager yet - we have supervision on Thursday.

Thanks,
Joe Baptiste
Family Support Worker, Early Help
"""
    data = mk(f, A, "mash_step_up", "Joe Baptiste <joe.baptiste@towerhamlets.gov.uk>",
              "Possible step up - Al-Hashimi", w, text, client="gmail", domain="towerhamlets.gov.uk")
    add(f, "ordinary", L(A, "mash_step_up", nowof(w), "step_up", False, None, ["1487761"],
                         [("Noor Al-Hashimi", "2027-01-09")], ["neglect", "non_engagement"], None, None,
                         ["manager_agreed", "request_for_support"], None, "request_info",
                         "TH MAST step-up with the MARF 'tomorrow' and the manager not yet consulted (null), so both are missing; the declared interest changes no field."),
        data)

    # t07 ordinary: iTIP REPLY DECLINED with COMMENT (conflict)
    f, w = "tower_hamlets_07.eml", D("2033-03-02 10:10")
    cal = ics("REPLY", "TH-" + sha(f)[:20], "MAST discussion [SB-tower_hamlets-140]", "20330304T140000",
              "20330304T150000", "mast.businesssupport@towerhamlets.gov.uk",
              ("Shamsul Islam", "shamsul.islam@towerhamlets.gov.uk"), "DECLINED",
              "Declining - conflict of interest: the father is my line manager's brother. Shamima Akter will attend for Early Help instead.",
              stamp="20330302T100800Z")
    text = "Declining - conflict of interest: the father is my line manager's brother. Shamima Akter will attend for Early Help instead.\n"
    data = mk(f, A, "mash_step_up", "Shamsul Islam <shamsul.islam@towerhamlets.gov.uk>",
              "Declined: MAST discussion [SB-tower_hamlets-140]", w, text, atts=[("cal_alt", "", cal)])
    add(f, "ordinary", L(A, "mash_step_up", nowof(w, 2), "meeting_reply", False, None, [], [], [], None, None, [],
                         None, "record_reply", "iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT naming a conflict of interest: record_reply."),
        data)

    # t08 ordinary step-down HTML only: assessment to follow, LP tbc
    f, w = "tower_hamlets_08.eml", D("2033-03-24 09:40")
    body = """<html><body style="font-family:Calibri,sans-serif">
<p>Good morning Early Help Hub,</p>
<p>Step down request following the C&amp;F assessment, which concluded on 21/03/2033:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Eliza Nwachukwu-Berg</td><td>02/02/2025</td><td>1511042</td></tr>
<tr><td>Jonah Nwachukwu-Berg</td><td>17/09/2029</td><td>1511043</td></tr>
</table>
<p>Dad is a paramedic with London Ambulance Service; mum is a teaching assistant. Needs are around Jonah's autism assessment and the parents' exhaustion.</p>
<p>Mum and dad consent to the step down. The draft TAF plan is attached; the assessment will follow once my manager has signed it off. Lead practitioner: tbc - I'm asking the nursery SENCo.</p>
<p>Kind regards,<br>Yetunde Ogunleye<br>Social Worker</p>
</body></html>
"""
    plan = docx_bytes(["Draft TAF plan - Nwachukwu-Berg", "Jonah: autism assessment pathway; Eliza: after-school club place"])
    data = mk(f, A, "early_help_duty", "Yetunde Ogunleye <yetunde.ogunleye@towerhamlets.gov.uk>",
              "Step down - Nwachukwu-Berg", w, html_body=body,
              atts=[("docx", "Draft TAF plan - Nwachukwu-Berg.docx", plan)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "step_down", False, None, ["1511042", "1511043"],
                         [("Eliza Nwachukwu-Berg", "2025-02-02"), ("Jonah Nwachukwu-Berg", "2029-09-17")],
                         ["disability_send"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
                         "HTML-only TH step-down: consent and draft plan given, but the assessment 'will follow' and the lead practitioner is 'tbc', so both are missing."),
        data)


# ================================================================ TORBAY
def torbay():
    A = "torbay"
    # tb01 urgent step-up: social worker's child, cold bath, partner collects 12:30
    f, w = "torbay_01.eml", D("2033-02-15 10:25")
    text = """MASH,

Contact / step up for Harper Tozer, DOB 22.06.2028, EHM-741209 (open to Early Help level 3).

We need to be careful with this one: mum, Kerry Tozer, is a social worker in our own Safeguarding and Supporting Families team, so please restrict the record and keep it off the daily list.

At 9.40 this morning Harper (4) told her nursery key person "Jordan put me in the cold bath and held my head under because I wet the bed". Staff saw four bluish finger-shaped marks on each upper arm when she changed for messy play. Jordan Hext is mum's partner. He is on the nursery's list to collect and is due at 12.30 today, when Harper finishes.

I haven't spoken to Kerry and, given what Harper said, my ATM and I agreed I shouldn't until MASH has decided who does. My ATM, Lowenna Trebilcock, has agreed this contact to MASH.

Nursery DSL: Mrs Jan Penhaligon, Little Acorns Paignton, 01632 960314.

Rosie Kitto
Early Help Lead Practitioner, Paignton
01632 960227
"""
    data = mk(f, A, "mash_step_up", "Rosie Kitto <rosie.kitto@torbay.gov.uk>",
              "Step up - Tozer - EHM-741209 - restricted", w, text, html_of(text),
              cc="Lowenna Trebilcock <lowenna.trebilcock@torbay.gov.uk>")
    add(f, "urgent", L(A, "mash_step_up", nowof(w, 3), "step_up", True, None, ["EHM-741209"],
                       [("Harper Tozer", "2028-06-22")], ["physical_harm"], None, True, ["consent"], None,
                       "alert_duty",
                       "Safety rule 1: a 4-year-old held under a cold bath by mum's partner, finger marks seen, partner collecting at 12.30 today; Torbay step-up with ATM agreement but parental consent deliberately not sought (null, so missing); alert_duty first; no banned words."),
        data)

    # tb02 urgent other: head teacher about her own teacher's children, toddler at home alone
    f, w = "torbay_02.eml", D("2033-01-31 08:20")
    text = """Good morning,

I'm the head teacher at Brixham Community College and I'm writing about a member of my own staff, which is why I've come to you rather than through our usual DSL route.

Mr Steven Pascoe (Maths) did not arrive this morning. His daughter, Lily Pascoe (Year 9, DOB 04/05/2019), came in at 8.05 and told our DSL that her dad "hasn't really got up since Friday", that there are empty wine bottles all over the lounge, and that her little brother Alfie Pascoe (2) is at home in his cot because she had to come in for her exam. She says Alfie has been in the same nappy since last night and there was no milk in the fridge. Mum left in December.

Lily is with our DSL now. The address is 7 Higher Furzeham Road, Brixham. Alfie is at home with his dad, who Lily says "won't wake up properly".

Please ring me on 01632 960555.

Mrs Carys Whitlock-Evans
Head Teacher
"""
    data = mk(f, A, "early_help_duty", "Carys Whitlock-Evans <head@brixhamcc.example.sch.uk>",
              "A member of my staff - his children", w, text, html_of(text))
    add(f, "urgent", L(A, "early_help_duty", nowof(w, 2), "other", True, None, [],
                       [("Lily Pascoe", "2019-05-04"), ("Alfie Pascoe", None)], ["neglect", "substance_misuse"],
                       None, None, [], None, "alert_duty",
                       "Safety rule 1: a 2-year-old at home now with a father who 'won't wake up properly' after days of drinking, the 13-year-old having had to leave him; a head writing about her own teacher (other); no banned words."),
        data)

    # tb03 near miss: complete step-down, councillor mum, past DA resolved, under-5
    f, w = "torbay_03.eml", D("2033-01-12 13:30")
    text = """Hi Early Help,

Please can I have a triage slot for a level 3 step down:

Ellis Cornish, DOB 12/09/2030, LCS-2301846
Maddie Cornish, DOB 27/01/2025, LCS-2301847

Mum is Cllr Tamsin Cornish. She has asked - and I've agreed with my manager - that the family is discussed by name only at triage and not in the circulated minutes.

For the record, the domestic abuse incident in 2030 is historic: the perpetrator (Ellis's father) has had no contact since, the MARAC case closed in 2031, and there are no current concerns about him. The current need is mum's anxiety and Maddie's sleep.

Single Assessment attached. Team manager's analysis (Gareth Tregenza, TM) confirms the threshold for level 3 is met. Mum has consented to level 3 Early Help.

Thanks,
Beth Harvey-Nance
Social Worker, Single Assessment Team
"""
    sa = docx_bytes(["Single Assessment - Cornish", "Analysis: needs met at level 3; rationale for step down",
                     "Manager's analysis: threshold for level 3 met - G. Tregenza"])
    data = mk(f, A, "early_help_duty", "Beth Harvey-Nance <beth.harvey-nance@torbay.gov.uk>",
              "Triage slot please - Cornish step down (L3)", w, text, html_of(text),
              atts=[("docx", "Single Assessment - Cornish.docx", sa)])
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "step_down", False, 3, ["LCS-2301846", "LCS-2301847"],
                          [("Ellis Cornish", "2030-09-12"), ("Maddie Cornish", "2025-01-27")],
                          ["parental_mental_health"], True, True, [], None, "book_meeting",
                          "Not urgent: the 2030 domestic abuse is historic (no contact, MARAC closed, 'no current concerns'); complete Torbay level 3 step-down; Ellis (2) sends it to the under-5s triage."),
        data)

    # tb04 near miss: HR-flavoured note, colleague's son's accident explained
    f, w = "torbay_04.eml", D("2033-03-25 11:00")
    text = """Dear colleagues,

A brief and confidential note, as some of you will have been asked to cover cases.

Our colleague in the Paignton team is on leave for family reasons until 11 April. For the avoidance of any rumour: her son's broken wrist last month happened at a trampoline park in front of several adults, was seen at A&E, and nobody there or at school had any concern about how it happened. There is nothing for children's services to do and she has asked that it is not discussed further.

Her cases have been reallocated (list attached to team managers only). Please direct queries to me, not to her.

Thank you for your discretion.

Morwenna Tamblyn
Early Help Service Manager
"""
    data = mk(f, A, "early_help_duty", "Morwenna Tamblyn <morwenna.tamblyn@torbay.gov.uk>",
              "Confidential - staff absence and case cover", w, text, html_of(text))
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "other", False, None, [], [], [], None, None, [], None,
                          "human_review",
                          "Safety rule 1: a manager's HR note - a colleague's son's injury was an accident, seen at A&E, 'nothing for children's services to do'; no request."),
        data)

    # tb05 near miss follow-up: negated - nobody hit Ruby
    f, w = "torbay_05.eml", D("2033-03-03 10:50")
    text = """Hi,

In answer to your question on the acknowledgement: no, there is no suggestion that anyone hit Ruby. The bruise on her shin that the health visitor noted was from PE - school saw it happen and logged it the same day. Nothing else has been raised and dad (who is a PCSO) has been very open with us.

Ruby Couch's LCS number is LCS-2315520, and the Single Assessment is attached again in case the first copy didn't come through.

Thanks
Nathan Ferreira-Cole
Social Worker

> From: Torbay Early Help <earlyhelp@torbay.gov.uk>
> Subject: Received: step down Couch [SB-torbay-204]
> Is there anything in the step down we should know before triage?
"""
    sa = pdf_bytes("Single Assessment - Ruby Couch", ["LCS-2315520", "Rationale for step down to level 3"])
    data = mk(f, A, "early_help_duty", "Nathan Ferreira-Cole <nathan.ferreira-cole@torbay.gov.uk>",
              "RE: Received: step down Couch [SB-torbay-204]", w, text,
              atts=[("pdf", "Single Assessment Ruby Couch.pdf", sa)])
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "follow_up", False, None, ["LCS-2315520"],
                          [("Ruby Couch", None)], [], None, None, [], None, "attach_to_request",
                          "Follow-up to [SB-torbay-204]: 'no suggestion that anyone hit Ruby' is negated and the bruise explained; attach_to_request."),
        data)

    # tb06 ordinary step-down: TM on leave, agreement pending
    f, w = "torbay_06.eml", D("2033-02-21 14:45")
    text = """Hello,

Requesting a triage slot for a step down to level 3 for Jago Penrose, DOB 30 August 2021, LCS-2309917.

Parents (dad is a nurse at Torbay Hospital, mum a teaching assistant) consented to level 3 Early Help at my visit on 18 Feb. Single Assessment attached.

My team manager is on leave this week so her analysis isn't on LCS yet - I'll send it when she's back on the 28th.

Needs: Jago's school attendance (88%) and support for mum's anxiety.

Thanks
Priya Chaudhry-Wills
Social Worker, SSF Team
"""
    sa = docx_bytes(["Single Assessment - Jago Penrose", "Rationale for step down"])
    data = mk(f, A, "early_help_duty", "Priya Chaudhry-Wills <priya.chaudhry-wills@torbay.gov.uk>",
              "Triage request - Penrose", w, text, html_of(text),
              atts=[("docx", "Single Assessment Jago Penrose.docx", sa)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "step_down", False, 3, ["LCS-2309917"],
                         [("Jago Penrose", "2021-08-30")], ["parental_mental_health", "school_attendance"], True, None,
                         ["manager_agreed"], None, "request_info",
                         "Torbay step-down with assessment and consent, but the team manager's analysis is still to come (manager_agreed null, so missing)."),
        data)

    # tb07 ordinary step-up complete: police officer dad, worker declares a conflict
    f, w = "torbay_07.eml", D("2033-04-05 10:00")
    text = """Dear MASH,

I'm the lead practitioner for the Nankivell family (Family Hub, Torquay) and I'd like to make a contact to MASH to step up:

Kitty Nankivell - DOB 2016-03-19 - EHM-742580

Kitty (17) has been missing school for weeks (attendance 52%) and we've learned she's been going to Plymouth at weekends with older friends nobody in the family knows, and she came back last week with a new phone she won't explain. Dad, DC Paul Nankivell, works in Torquay CID, so I've asked our ATM to make sure the police side of the MASH discussion is someone from outside his station.

Dad has given consent for this contact to MASH. My ATM, Demelza Hocking, and I agree this needs considering for level 4.

I also need to declare a conflict: Kitty's aunt is my neighbour. My ATM knows and is happy for me to continue as lead practitioner.

Thanks,
Sunita Jago-Parmar
Lead Practitioner, Torquay Family Hub
"""
    data = mk(f, A, "mash_step_up", "Sunita Jago-Parmar <sunita.jago-parmar@torbay.gov.uk>",
              "Contact to MASH / step up - Nankivell", w, text, html_of(text))
    add(f, "ordinary", L(A, "mash_step_up", nowof(w), "step_up", False, None, ["EHM-742580"],
                         [("Kitty Nankivell", "2016-03-19")], ["exploitation", "school_attendance"], True, True, [],
                         None, "book_meeting",
                         "Complete Torbay step-up (consent given, ATM agrees it needs considering for level 4); a planned step-up, not described as happening now; the declared conflict changes no field."),
        data)

    # tb08 ordinary chaser
    f, w = "torbay_08.eml", D("2033-03-23 09:15")
    text = """Hi,

Just chasing the triage slot for the Hamlyn step down (LCS-2312068) - I sent the request on 14 March and haven't had a date yet. As it's a staff family I know it's being handled separately, but the 5 working days have gone.

Could you let me know which Tuesday?

Thanks
Ewan MacLeod-Tonkin
Social Worker
"""
    data = mk(f, A, "early_help_duty", "Ewan MacLeod-Tonkin <ewan.macleod-tonkin@torbay.gov.uk>",
              "Chaser: triage slot - Hamlyn [SB-torbay-197]", w, text, client="gmail", domain="torbay.gov.uk")
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "follow_up", False, None, ["LCS-2312068"], [], [], None,
                         None, [], None, "attach_to_request",
                         "A chaser on [SB-torbay-197] asking for the triage date: follow_up, attach_to_request."),
        data)


# ================================================================ HEREFORDSHIRE
def herefordshire():
    A = "herefordshire"
    # h01 urgent follow-up at night: nurse on shift, partner left the baby alone
    f, w = "herefordshire_01.eml", D("2033-02-28 21:10")
    text = """Sorry to send this at this time - I'm on the step down for the Probert family (ref in the subject) and mum has just rung my work mobile.

Chloe Probert is on a night shift at the County Hospital. Her partner Dale rang her at 20:45 to say he'd "had enough of the crying" and had gone to the Bell. Baby Maisie Probert (10 weeks) is on her own in the flat at 3 Wye Court, Hereford - Dale took the keys. Chloe can't leave the ward until cover arrives and says she can't get hold of anyone else. She asked me not to put it on the team list because half of them know her from the hospital.

I'm not on call and I'm 40 minutes away. Can someone please get to Maisie tonight. Chloe's mobile 07700 900346.

Ceri Llewellyn
Social Worker (sent from my phone)

On Thu, 24 Feb 2033 at 14:02, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
> Step-down plan received for Probert [SB-herefordshire-61]. Drop-in offered Tue 1 March 10:00.
"""
    data = mk(f, A, "early_help_duty", "Ceri Llewellyn <ceri.llewellyn@herefordshire.gov.uk>",
              "Re: Step-down plan received for Probert [SB-herefordshire-61]", w, text, client="android",
              cte="base64")
    add(f, "urgent", L(A, "early_help_duty", nowof(w, 3), "follow_up", True, None, [],
                       [("Maisie Probert", None)], ["neglect"], None, None, [], None, "alert_duty",
                       "Safety rule 1 at night (Mon 21:10): a 10-week-old alone in a locked flat now, the partner gone to the pub with the keys, mum (a nurse) stuck on shift; a follow-up to [SB-herefordshire-61]; no banned words."),
        data)

    # h02 urgent step-up (undefined for Herefordshire): teacher mum, son's black eye, going home tonight
    f, w = "herefordshire_02.eml", D("2033-01-13 11:45")
    text = """Dear MASH,

I'd like to step up Jacob Morgan-Price (DOB 19/03/2026, Mosaic 719932) from Early Help to Children's Social Care, and I need to tell you what happened today first.

Jacob's mum, Mrs Eleri Morgan-Price, teaches at Leominster Primary, where Jacob is also a pupil. She came to see me at the Family Hub at 10.30 with Jacob, who has a black eye and a cut eyebrow that has been glued. She told me her husband, Owen, punched Jacob last night when he got in drunk because Jacob had left his bike on the drive, and that it isn't the first time. She is going back to the house with Jacob after school today "because there's nowhere else and Owen will be sorry by then". Owen will be home from 5.

She is worried about her job and asked me not to tell the school. I've said I have to share this.

My manager, Gwenllian Preece, agrees with the step up.

Tegan Hollis
Early Help Family Support Worker, Leominster Family Hub
01632 960471
"""
    data = mk(f, A, "mash_step_up", "Tegan Hollis <tegan.hollis@herefordshire.gov.uk>",
              "Step up - Jacob Morgan-Price", w, text, html_of(text))
    add(f, "urgent", L(A, "mash_step_up", nowof(w, 3), "step_up", True, None, ["719932"],
                       [("Jacob Morgan-Price", "2026-03-19")], ["domestic_abuse", "physical_harm", "substance_misuse"],
                       None, True, [], None, "alert_duty",
                       "Safety rule 1 overrides the undefined Herefordshire step-up: a 6-year-old punched by his drunk father last night, going home to him tonight; alert_duty, and missing [] for an undefined kind; no banned words."),
        data)

    # h03 near miss: LADO closure note (old incident, dealt with), .txt attachment
    f, w = "herefordshire_03.eml", D("2033-02-08 15:30")
    text = """Dear Early Help Co-ordinators,

For information only, and for the restricted file on the Whitcombe step-down you completed last year: please see the attached LADO outcome note. No action is required from Early Help.

Kind regards,
Lydia Moreton-Jay
Local Authority Designated Officer (LADO), Herefordshire
"""
    note = """LADO OUTCOME NOTE (RESTRICTED)

Subject of allegation: a nursery practitioner employed in Herefordshire (a parent of two children previously open to Early Help).
Allegation (September 2032): that she had smacked her own child at home, raised because of her work with children.
Outcome (December 2032): unfounded. The injury reported by a neighbour was caused by a fall from a scooter, confirmed by A&E records.
Employer informed; no restrictions on practice. Matter closed on 12/12/2032.
The children remain at home with no concerns and the family's Early Help plan closed successfully in January 2033.
"""
    data = mk(f, A, "early_help_duty", "Lydia Moreton-Jay <lado@herefordshire.gov.uk>",
              "LADO outcome - for information (restricted)", w, text,
              atts=[("txt", "LADO outcome note Dec 2032.txt", note)])
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "other", False, None, [], [], [], None, None, [], None,
                          "human_review",
                          "Safety rule 1: an old allegation already dealt with by the LADO, unfounded and closed; for information only (other)."),
        data)

    # h04 near miss: complete step-down, police officer dad, investigation concluded accidental
    f, w = "herefordshire_04.eml", D("2033-02-02 10:20")
    text = """Hi,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Leah Vaughan-Dyer (born 7th July 2022), Mosaic 724415. Level 3.

Leah's dad is PC Gareth Vaughan-Dyer (West Mercia, Hereford). Because of that, her Mosaic record is restricted and I'd ask that it stays so. After Leah's comment at school in December, the joint investigation concluded the mark on her arm was from a fall at Brownies (witnessed) and closed with no further action; there are no current concerns about her being hurt at home.

The step-down plan covers Leah's anxiety about school and her attendance (89%).

Key person agreed with the family: Mrs Anwen Pritchard, School Nurse, Hereford City School Nursing Team (anwen.pritchard@example.nhs.uk).

I discussed the plan with Siân at last Tuesday's drop-in.

Many thanks,
Robyn Okafor
Social Worker, Hereford Assessment Team
"""
    plan = docx_bytes(["Early Help Assessment step-down plan - Leah Vaughan-Dyer (Mosaic 724415)",
                       "What needs to happen / by whom / outcome / timescale",
                       "Key person: Anwen Pritchard, School Nurse"])
    cf = pdf_bytes("Early Help consent form (signed)", ["Child: Leah Vaughan-Dyer", "Signed by parent 31/01/2033"])
    data = mk(f, A, "early_help_duty", "Robyn Okafor <robyn.okafor@herefordshire.gov.uk>",
              "Step down - Leah Vaughan-Dyer (Mosaic 724415)", w, text, html_of(text),
              atts=[("docx", "EHA step-down plan - Vaughan-Dyer.docx", plan), ("pdf", "Signed consent form - Vaughan-Dyer.pdf", cf)])
    add(f, "near_miss", L(A, "early_help_duty", nowof(w), "step_down", False, 3, ["724415"],
                          [("Leah Vaughan-Dyer", "2022-07-07")], ["school_attendance"], True, None, [], None,
                          "book_meeting",
                          "Not urgent: the December investigation closed NFA (accidental) and 'no current concerns' is negated; complete Herefordshire step-down (plan, signed consent form, key person with agency)."),
        data)

    # h05 ordinary: verbal consent only, sibling group, social worker parent
    f, w = "herefordshire_05.eml", D("2033-02-07 13:00")
    text = """Dear Co-ordinators,

Step-down plan attached for the Bevan sibling group:
- Ffion Bevan, 01/05/2024, Mosaic 726610
- Osian Bevan, 23/11/2027, Mosaic 726611

Please note that dad, Rhys Bevan, is a social worker in our own Children with Disabilities team. The records are restricted; please can the step-down be processed by the co-ordinator manager rather than going through the usual team list?

Mum gave her consent verbally on the phone this morning - I'll get the written form signed at the home visit on Thursday. Key person: Mr Idris Llewellyn-Hart, Family Support Worker, Kington Family Hub.

Needs are around dad's depression and Ffion's attendance.

Thanks,
Saskia van der Berg
Social Worker
"""
    plan = docx_bytes(["Early Help Assessment step-down plan - Bevan sibling group", "Wellbeing plan"])
    data = mk(f, A, "early_help_duty", "Saskia van der Berg <saskia.vanderberg@herefordshire.gov.uk>",
              "Step down plan - Bevan siblings (restricted)", w, text, html_of(text),
              atts=[("docx", "Step-down plan Bevan.docx", plan)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "step_down", False, None, ["726610", "726611"],
                         [("Ffion Bevan", "2024-05-01"), ("Osian Bevan", "2027-11-23")],
                         ["parental_mental_health", "school_attendance"], True, None, ["consent_form"], None,
                         "request_info",
                         "Herefordshire sibling-group step-down: plan and key person given, verbal consent only (consent true) so the written consent_form is missing."),
        data)

    # h06 ordinary follow-up: signed consent form
    f, w = "herefordshire_06.eml", D("2033-02-18 12:40")
    text = """Hi,

Signed consent form for Ffion and Osian Bevan attached, as promised - mum signed it at yesterday's visit.

Saskia

> On 7 Feb 2033, at 13:09, Early Help Co-ordinators wrote:
> Step-down plan received for Bevan [SB-herefordshire-73]. Still needed: the family's signed consent form.
"""
    cf = pdf_bytes("Early Help consent form (signed)", ["Children: Ffion Bevan, Osian Bevan", "Signed 17/02/2033"])
    data = mk(f, A, "early_help_duty", "Saskia van der Berg <saskia.vanderberg@herefordshire.gov.uk>",
              "Re: Step-down plan received for Bevan [SB-herefordshire-73]", w, text, client="iphone",
              atts=[("pdf", "Bevan consent form signed.pdf", cf)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "follow_up", False, None, [],
                         [("Ffion Bevan", None), ("Osian Bevan", None)], [], True, None, [], None, "attach_to_request",
                         "Follow-up to [SB-herefordshire-73] adding the signed consent form (consent true); attach_to_request."),
        data)

    # h07 ordinary: Google Calendar REPLY accepted with a COMMENT
    f, w = "herefordshire_07.eml", D("2033-03-10 09:25")
    cal = ics("REPLY", sha(f)[:26] + "@google.com", "Step-down drop-in [SB-herefordshire-88]", "20330315T100000",
              "20330315T103000", "earlyhelpcoordinators@herefordshire.gov.uk",
              ("Dafydd Kowalski", "dafydd.kowalski@herefordshire.gov.uk"), "ACCEPTED",
              "Accepted. I've declared a conflict on this family (mum is my cousin's wife) so Rhiannon will present the plan; I'll just observe.",
              stamp="20330310T092300Z").replace("PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                                "PRODID:-//Google Inc//Google Calendar 70.9054//EN")
    text = "Dafydd Kowalski has accepted this invitation.\n\nStep-down drop-in [SB-herefordshire-88]\nTue 15 Mar 2033 10:00 - 10:30 (GMT)\n\nAccepted. I've declared a conflict on this family (mum is my cousin's wife) so Rhiannon will present the plan; I'll just observe.\n\nInvitation from Google Calendar\n"
    data = mk(f, A, "early_help_duty", "Dafydd Kowalski <dafydd.kowalski@herefordshire.gov.uk>",
              "Accepted: Step-down drop-in [SB-herefordshire-88] @ Tue 15 Mar 2033 10:00 - 10:30 (GMT)", w, text,
              client="gmail", atts=[("cal_alt", "", cal)])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "meeting_reply", False, None, [], [], [], None, None, [],
                         None, "record_reply", "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, COMMENT declaring a conflict: record_reply."),
        data)

    # h08 ordinary: forum invitation (.ics REQUEST attached), not a request
    f, w = "herefordshire_08.eml", D("2033-04-06 14:00")
    text = """Dear colleagues,

You're invited to the next Early Help Partnership Forum, on Thursday 28 April 2033, 13:30-15:30 at the Shirehall, Hereford (and on Teams).

This session: "When the family is one of our own" - confidentiality, restricted records and declaring conflicts of interest when a family we support includes a colleague. Speakers from HR, the LADO service and the Early Help co-ordinator team.

Please accept the attached invitation to reserve a place.

Best wishes,
Early Help Partnership Team
"""
    inv = ics("REQUEST", "EHPF-" + sha(f)[:20], "Early Help Partnership Forum", "20330428T133000",
              "20330428T153000", "ehpartnership@herefordshire.gov.uk")
    data = mk(f, A, "early_help_duty", "Early Help Partnership <ehpartnership@herefordshire.gov.uk>",
              "Invitation: Early Help Partnership Forum - Thu 28 April", w, text, html_of(text),
              atts=[("ics", "invite.ics", inv, "REQUEST")])
    add(f, "ordinary", L(A, "early_help_duty", nowof(w), "other", False, None, [], [], [], None, None, [], None,
                         "human_review", "An invitation to a partnership forum (iTIP REQUEST, not a reply, no request for a family): kind other."),
        data)


# ================================================================ checks and output
def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        payload = part.get_payload(decode=True) or b""
        if ct == "application/pdf":
            out.append(pdf_text(payload))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct.startswith("text/"):
            t = payload.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


def expected_next(a, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (a == "herefordshire" and k == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def main():
    for fn in (knowsley, richmond, tower_hamlets, torbay, herefordshire):
        fn()
    errs = []
    files = [m[0] for m in MAILS]
    assert len(files) == 40 and len(set(files)) == 40, "40 distinct files"
    per = {}
    for f in files:
        a = f.rsplit("_", 1)[0]
        per[a] = per.get(a, 0) + 1
    if per != {a: 8 for a in MAILBOXES}:
        errs.append("8 per authority: %r" % per)
    for a in MAILBOXES:
        if sorted(f for f in files if f.rsplit("_", 1)[0] == a) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("file names for " + a)
    cats = {m[0]: m[1] for m in MAILS}
    counts = {c: list(cats.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if counts["urgent"] < 11 or counts["near_miss"] < 11 or sum(counts.values()) != 40:
        errs.append("category counts %r" % counts)
    night_or_weekend = {"knowsley_02.eml", "tower_hamlets_02.eml", "herefordshire_01.eml", "richmond_wandsworth_02.eml"}
    labels = []
    for fname, cat, lab, data, notice in MAILS:
        lab["file"] = fname
        labels.append(lab)
        e, a = lab["expect"], lab["authority"]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects or any(p.defects for p in msg.walk()):
            errs.append(fname + ": MIME defects")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                errs.append(fname + ": no " + h)
        rcpt = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if MAILBOXES[a][lab["mailbox"]].lower() not in rcpt:
            errs.append(fname + ": mailbox address not in To/Cc")
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        loc = sent.astimezone(LON)
        if sent.utcoffset() != loc.utcoffset():
            errs.append(fname + ": Date offset is not Europe/London's")
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]):
            errs.append(fname + ": Date outside the window")
        if not is_wd(loc.date()) and fname not in night_or_weekend:
            errs.append(fname + ": not a working day")
        if loc.weekday() >= 5 and fname not in night_or_weekend:
            errs.append(fname + ": weekend")
        if loc.date() in BANK_HOLIDAYS_2033:
            errs.append(fname + ": bank holiday")
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(0) < now - sent <= timedelta(minutes=10)) or now.utcoffset() != sent.utcoffset():
            errs.append(fname + ": now must be 1-10 minutes after Date, same offset")
        text = readable(msg)
        low = text.lower()
        if cat == "urgent":
            bad = [b for b in BANNED if b in low]
            if bad:
                errs.append(fname + ": banned words in urgent mail: %r" % bad)
        if e["urgent"] != (cat == "urgent"):
            errs.append(fname + ": urgent label disagrees with category")
        if e["next_action"] != expected_next(a, e):
            errs.append(fname + ": next_action %s, expected %s" % (e["next_action"], expected_next(a, e)))
        if set(e["concerns"]) - CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            errs.append(fname + ": concerns")
        if set(e["missing"]) - REQ_IDS or e["missing"] != sorted(set(e["missing"])):
            errs.append(fname + ": missing ids")
        if e["kind"] not in ("step_up", "step_down") and e["missing"]:
            errs.append(fname + ": missing on a kind with no requirements")
        if a == "herefordshire" and e["kind"] == "step_up" and e["missing"]:
            errs.append(fname + ": undefined Herefordshire step-up has requirements")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            errs.append(fname + ": level")
        if e["level"] is not None and ("level %d" % e["level"]) not in low and ("l%d " % e["level"]) not in low:
            errs.append(fname + ": level not written")
        for c in e["children"]:
            if c["name"].lower() not in low:
                errs.append(fname + ": child %s not in text" % c["name"])
            if c["dob"]:
                dob = date.fromisoformat(c["dob"])
                if not (0 <= age_on(dob, now.date()) < 18):
                    errs.append(fname + ": child %s not under 18" % c["name"])
        for cid in e["case_ids"]:
            if cid.lower() not in low:
                errs.append(fname + ": case id %s not in text" % cid)
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if notice is None and e["notice_ok"] is not None:
                errs.append(fname + ": notice_ok without a meeting")
            if notice is not None:
                ok = wd_between(now.date(), notice) >= 5
                if ok != e["notice_ok"] or not is_wd(notice):
                    errs.append(fname + ": notice_ok %r but count %d" % (e["notice_ok"], wd_between(now.date(), notice)))
        elif e["notice_ok"] is not None:
            errs.append(fname + ": notice_ok outside Knowsley step requests")
        subj = str(msg["Subject"])
        has_ref = "[SB-" in subj or "[sb-" in subj.lower()
        if e["kind"] in ("follow_up", "meeting_reply") and not has_ref:
            errs.append(fname + ": reply kind without [SB-] reference")
        if e["kind"] in ("step_up", "step_down", "other") and has_ref:
            errs.append(fname + ": request carries an [SB-] reference")
        reply_parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                       and "METHOD:REPLY" in (p.get_payload(decode=True) or b"").decode()]
        if (e["kind"] == "meeting_reply") != (len(reply_parts) == 1):
            errs.append(fname + ": iTIP REPLY part vs kind")
        if (e["kind"] == "auto_reply") != bool(msg.get("Auto-Submitted")):
            errs.append(fname + ": Auto-Submitted vs auto_reply")
        if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"} or set(e) != {
                "kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                "missing", "notice_ok", "next_action"}:
            errs.append(fname + ": label keys")
    # fact requirements agree with consent / manager / children labels where the pack requires them
    need = {("richmond_wandsworth", "step_down"): ["consent"], ("tower_hamlets", "step_down"): ["consent"],
            ("tower_hamlets", "step_up"): ["manager_agreed"], ("torbay", "step_down"): ["consent", "manager_agreed"],
            ("torbay", "step_up"): ["consent", "manager_agreed"], ("knowsley", "step_up"): ["manager_agreed"]}
    for lab in labels:
        e = lab["expect"]
        for fact in need.get((lab["authority"], e["kind"]), []):
            key = "consent" if fact == "consent" else "manager_agreed"
            if (e[key] is not True) != (fact in e["missing"]):
                errs.append(lab["file"] + ": %s label vs missing" % fact)
        if e["kind"] in ("step_up", "step_down") and not (lab["authority"] == "herefordshire" and e["kind"] == "step_up"):
            if (not e["children"]) != ("children" in e["missing"]):
                errs.append(lab["file"] + ": children vs missing")
    try:
        import holidays  # optional: only in the project venv
        hs = sorted(d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2033]) if d.weekday() < 5)
        if hs != sorted(BANK_HOLIDAYS_2033):
            errs.append("bank holiday list differs from the holidays package")
    except ImportError:
        pass
    if date(2033, 1, 10).weekday() != 0 or date(2033, 4, 8).weekday() != 4:
        errs.append("window weekdays")
    if errs:
        print("SELF-CHECK FAILED:")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    for fname, cat, lab, data, notice in MAILS:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(cats, fh, indent=1, sort_keys=True)
        fh.write("\n")
    # re-read from disk
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            email.message_from_bytes(fh.read())
    print("self-check OK: 40 files, 8 per authority, every mail parses, labels consistent,"
          " no banned words in the %d urgent mails" % counts["urgent"])
    print("categories:", counts)
    kinds = {}
    for lab in labels:
        kinds[lab["expect"]["kind"]] = kinds.get(lab["expect"]["kind"], 0) + 1
    print("kinds:", kinds)
    for lab in labels:
        if cats[lab["file"]] == "urgent":
            print("URGENT %-26s %s" % (lab["file"], lab["why"]))


if __name__ == "__main__":
    main()
