#!/usr/bin/env python3
"""mixed108: builds 40 .eml files, labels.json and categories.json, then self-checks. Stdlib only, deterministic."""
import hashlib, io, json, os, re, sys, zipfile
from datetime import datetime, date, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import email

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = (date(2036, 9, 3), date(2036, 12, 19))
BANK_HOLIDAYS = {date(2036, 8, 25), date(2036, 12, 25), date(2036, 12, 26), date(2037, 1, 1)}
BST_END = datetime(2036, 10, 26, 1, 0, tzinfo=timezone.utc)  # last Sunday of October 2036
BANNED = re.compile(r"urgent|immediate|emergency|at risk|risk of harm|danger|asap", re.I)
MAILBOXES = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}

def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

def tz_for(d):
    """Europe/London offset for a local wall-clock datetime in autumn 2036 (BST ends Sun 26 Oct 01:00 UTC)."""
    return timezone(timedelta(hours=1)) if d < datetime(2036, 10, 26, 2, 0) else timezone.utc

# ---------------------------------------------------------------- attachments
def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + list(lines):
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    lines = re.findall(rb"\((.*?)\) '\n", m.group(1), re.S)
    return "\n".join(l.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252") for l in lines)

def make_docx(paras):
    from xml.sax.saxutils import escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
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
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    import html as _h
    return "\n".join(_h.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml, re.S))

def PDF(fn, title, lines):
    return ("pdf", fn, make_pdf(title, lines))

def DOCX(fn, paras):
    return ("docx", fn, make_docx(paras))

def TXT(fn, text):
    return ("txt", fn, text)

def ics_reply(uid, organizer, attendee, att_name, partstat, summary, start, end, comment=None, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:REPLY",
             "BEGIN:VTIMEZONE", "TZID:Europe/London",
             "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
             "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0",
             "DTSTAMP:" + stamp + "Z",
             "DTSTART;TZID=Europe/London:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=Europe/London:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + summary.replace(",", "\\,"),
             "ORGANIZER:mailto:" + organizer,
             "ATTENDEE;PARTSTAT=%s;CN=\"%s\":mailto:%s" % (partstat, att_name, attendee)]
    if comment:
        lines.append("COMMENT:" + comment.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        b = l
        first = True
        while len(b.encode()) > 74:
            out.append((" " if not first else "") + b[:73]); b = b[73:]; first = False
        out.append((" " if not first else "") + b)
    return "\r\n".join(out) + "\r\n"

# ---------------------------------------------------------------- message builder
FILES, LABELS, CATS, META = {}, [], {}, {}

def build(fname, authority, mailbox, frm, subject, when, body=None, html=None, atts=(), cc=None, to=None,
          headers=(), calendar=None, category="ordinary", label=None, meeting=None, off_hours=False, mailer=None):
    dt = datetime(*when)
    dt = dt.replace(tzinfo=tz_for(dt))
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to or MAILBOXES[authority][mailbox]
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%s@mail.mixed108.invalid>" % (h(fname, 16), h(fname + "x", 8))
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    if calendar is not None:
        msg.add_alternative(calendar, subtype="calendar", params={"method": "REPLY"})
    for kind, fn, data in atts:
        if kind == "pdf":
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        elif kind == "docx":
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif kind == "txt":
            msg.add_attachment(data, subtype="plain", filename=fn)
        elif kind == "ics":
            msg.add_attachment(data.encode(), maintype="application", subtype="ics", filename=fn)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_mixed108_%s_%d" % (h(fname, 10), n)); n += 1
    FILES[fname] = msg.as_bytes()
    now = dt + timedelta(minutes=4)
    lab = {"kind": "step_up", "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
           "consent": None, "manager_agreed": None, "missing": [], "notice_ok": None, "next_action": None}
    why = label.pop("why")
    lab.update(label)
    lab["concerns"] = sorted(lab["concerns"]); lab["missing"] = sorted(lab["missing"])
    lab["children"] = [{"name": c[0], "dob": c[1]} for c in lab["children"]]
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": lab, "why": why})
    CATS[fname] = "urgent" if lab["urgent"] and category == "ordinary" else category
    META[fname] = {"meeting": meeting, "off_hours": off_hours}

SIG_IPHONE = "\n\nSent from my iPhone"
SIG_ANDROID = "\n\nSent from my Galaxy"

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())

def ack(ref, authority_name, sent, lines):
    return ("From: stepbot <stepbot@%s>\nSent: %s\nSubject: %s\n\nThank you - your request has been received and logged as %s.\n%s\n"
            % (authority_name, sent, ref, ref, "\n".join(lines)))

# ---------------------------------------------------------------- the 40 mails
# ============================================================== KNOWSLEY
build("knowsley_01.eml", "knowsley", "mash_step_up",
      "Bernadette Nwosu <bernadette.nwosu@knowsley.gov.uk>",
      "Step up request - Critchley - EHM-61427 - TAF Weds 24th Sept",
      (2036, 9, 16, 10, 12, 41),
      body="""Hi MASH team,

Please find attached the step up request for the Critchley family (EHM-61427).

Children:
Lacey-Jade Critchley  DOB 04/02/2027
Mason Critchley  DOB 19.11.2031

Summary: since the summer Dad (Gary) has been gambling most nights on the online slots and on the horses. He told me on the 9th that he owes "about eleven grand" across three payday lenders, a credit card and a man in Huyton. The fridge was empty at both of my last two visits, Mason has been sent to school in the same uniform all week and the school are giving him breakfast. Lacey-Jade (9) says she "does the shopping with nan's money". The Graded Care Profile 2 was completed on 11/09 and scores home conditions and nutrition at 4. Mum works nights and is not aware of the full debt.

I've discussed this with my team manager, Siobhan Keegan, in supervision on Friday and she has agreed the step up.

Step up TAF meeting: Wednesday 24 September 2036, 10:00-11:30, Teams (invite to follow from me to the MASH inbox and MASH business support). I will invite the current TAF members (school, health visitor, StepChange adviser).

Attached:
- FF Step Up request to CSC - Critchley.docx
- GCP2 - Critchley.pdf
- TAF minutes 9 Sept - Critchley.pdf

Dad knows I am asking for the step up; I will talk to Mum on Thursday.

Thanks
Bernadette Nwosu
Family First Case Manager (Level 3), Knowsley Council
0151 496 0733
""",
      atts=[DOCX("FF Step Up request to CSC - Critchley.docx", [
                "FF Step Up request to CSC", "Case ID on EHM: EHM-61427",
                "Has this family recently closed to Children's Social Care?: No",
                "Date of step up TAF meeting: Wednesday 24/09/2036 10:00",
                "Level of Engagement: medium", "Recent TAF meeting minutes attached: yes",
                "What are we worried about? Food in the home, Mason's hygiene, money gone on gambling, debts to lenders.",
                "What is working well? Nan is close by and helps; both children attend school.",
                "What next? Step up for a C&F assessment; debt advice; gambling support for Dad.",
                "Graded Care profile (If neglect should be completed): completed 11/09/2036, see attached.",
                "Agreement by line manager: Siobhan Keegan, Team Manager, 12/09/2036."]),
            PDF("GCP2 - Critchley.pdf", "Graded Care Profile 2 (GCP2) - Critchley", [
                "Completed 11/09/2036 by Bernadette Nwosu.", "Nutrition: 4", "Housing / home conditions: 4",
                "Health: 3", "Stimulation and education: 3", "Love and care: 2",
                "Summary: food often absent; money diverted to gambling."]),
            PDF("TAF minutes 9 Sept - Critchley.pdf", "Team Around the Family meeting minutes - Critchley", [
                "Date: 09/09/2036", "Present: B Nwosu (FF), Mrs Halsall (school), HV, Gary Critchley",
                "Actions: debt advice referral; food parcel; review in 2 weeks."])],
      meeting=date(2036, 9, 24), mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_up", case_ids=["EHM-61427"],
                 children=[("Lacey-Jade Critchley", "2027-02-04"), ("Mason Critchley", "2031-11-19")],
                 concerns=["neglect"], manager_agreed=True, notice_ok=True, next_action="book_meeting",
                 why="Complete Knowsley step-up for neglect (REQUIREMENTS knowsley step_up: form, EHM id, TM agreed, TAF minutes, GCP2 for neglect); TAF Wed 24 Sept is 6 working days after Tue 16 Sept; 'Dad knows' is not consent."))

KN02_ACK = ack("[SB-knowsley-3316]", "knowsley.gov.uk", "16 September 2036 10:14",
               ["Children: Lacey-Jade Critchley, Mason Critchley", "Case: EHM-61427",
                "Step-up TAF meeting: Wednesday 24 September 2036 10:00"])
build("knowsley_02.eml", "knowsley", "mash_step_up",
      "Bernadette Nwosu <bernadette.nwosu@knowsley.gov.uk>",
      "RE: [SB-knowsley-3316] Step up request - Critchley - EHM-61427",
      (2036, 9, 18, 15, 5, 12),
      body="""Adding to this one - can someone from duty ring me back please on 0151 496 0733.

Mum (Donna) rang me at 14.40 crying. A man Gary owes money to - she only knows him as "Tezza" - came to the house at dinner time while Gary was out. She says he told her through the letterbox that if he doesn't have £2,000 by tonight he will "come for the kids instead, and you won't get them back". He said he knows which school Lacey-Jade goes to and that she walks home on her own on a Thursday. He said he'd be back at 7.

Gary isn't answering his phone. Donna has no way of getting the money. Lacey-Jade finishes at 3.15 and walks home via the park. Donna is at the house with Mason and is scared to open the door.

I'm going out to the house now.

Bernadette
""" + "\n-----Original Message-----\n" + quote(KN02_ACK) + "\n",
      label=dict(kind="follow_up", urgent=True, case_ids=["EHM-61427"],
                 children=[("Lacey-Jade Critchley", None), ("Mason Critchley", None)],
                 concerns=["physical_harm"], next_action="alert_duty",
                 why="A creditor told mum he will 'come for the kids' tonight at 7 and knows the 9-year-old's walk home (DESIGN safety rule 1: immediate risk, whatever the kind); a reply to [SB-knowsley-3316] is a follow_up; children from the quoted acknowledgement without DOBs."))

build("knowsley_03.eml", "knowsley", "early_help_duty",
      "Kwame Asante-Doyle <kwame.asante-doyle@knowsley.gov.uk>",
      "Step down to Level 2 - Tobi Adebayo-Reilly - ICS ID 1876420",
      (2036, 10, 6, 9, 40, 3),
      body="""Good morning Family First duty,

I am stepping Tobi down to Level 2 (school-led Early Help) after his CIN plan.

Child: Tobi Adebayo-Reilly, DOB 3rd March 2024. ICS ID 1876420.

Final CIN meeting: Tuesday 14 October 2036 at 2pm, Halewood Family Hub, Meeting Room 2.

Lead Practitioner taking over: Mrs Chidinma Okafor, Pastoral Lead, Halewood Church of England Academy (01632 960 418).

What are we worried about?
Tobi spent over £1,900 of his mum's money on loot boxes and "packs" in a football game over the summer, using her saved card. His attendance fell to 86% last term because he was gaming through the night and too tired for school.

What is working well?
Mum has removed the saved card and set spending limits on the console with our help. The bank refunded part of the money. Tobi has been going to bed by 10 and his attendance this half-term is 95%. He has joined the school's coding club.

What needs to happen?
School to keep the attendance plan and a weekly check-in with Tobi; Mum to continue the family agreement on screen time; review at the first Early Help meeting in November.

Mum has consented to the step down to school-led Early Help.

Thanks,
Kwame Asante-Doyle
Social Worker, Child in Need Team, Knowsley Council
""",
      meeting=date(2036, 10, 14), mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_down", level=2, case_ids=["1876420"], children=[("Tobi Adebayo-Reilly", "2024-03-03")],
                 concerns=["school_attendance"], consent=True, notice_ok=True, next_action="book_meeting",
                 why="Knowsley level 2 step-down with the date, time and venue of the final CIN, the three Signs of Safety headings and a lead practitioner with her agency (REQUIREMENTS knowsley step_down level 2); 'ICS ID 1876420' -> the bare number; Tue 14 Oct is 6 WD after Mon 6 Oct; loot-box spending is past and attendance is the concern named."))

build("knowsley_04.eml", "knowsley", "mash_step_up",
      "Shauna McGrath <shauna.mcgrath@knowsley.gov.uk>",
      "Step up - O'Hare - EHM-62918",
      (2036, 10, 30, 14, 20, 55),
      body="""Hello,

Step up request for Riley O'Hare (DOB 2023-07-12), EHM-62918.

Reason: non-engagement. Dad has cancelled or not been in for 6 of the last 8 planned visits and has refused the gambling support service twice. Riley's mum died in 2034; Dad has a large debt from online betting and the electric has been on the emergency credit twice this month. I have used the Engaging Families toolkit (attached) - it scores engagement as low and shows what we've tried: changing visit times, meeting at school, a male worker, text reminders.

For context only, so MASH aren't alarmed when they read the history: in June Riley was contacted on a gaming platform by an adult who sent him gift cards and asked to meet. That was reported at the time, Merseyside Police investigated, the man was charged and is on remand, and Riley has had no contact since. The school's DSL and I have checked his devices with Dad's agreement and there is nothing current. This is not why I am stepping up.

My team manager Paul Rimmer has agreed this step up (see the form).

Step up TAF meeting: Wednesday 5th November, 10am, Huyton Family Hub / Teams.

Attached: step up form, Engaging Families toolkit, last TAF minutes.

Shauna McGrath
Family First Case Manager
""",
      atts=[DOCX("FF Step Up request to CSC - O'Hare.docx", ["FF Step Up request to CSC", "Case ID on EHM: EHM-62918",
                 "Date of step up TAF meeting: 05/11/2036 10:00",
                 "Level of Engagement: low - Engaging Families Toolkit followed, see attached.",
                 "What are we worried about? Dad not engaging; debts; meter on emergency credit.",
                 "What is working well? Riley attends school and has a good relationship with his form tutor.",
                 "What next? C&F assessment.",
                 "Agreement by line manager: Paul Rimmer, Team Manager, agreed 29/10/2036."]),
            DOCX("Engaging Families Toolkit - O'Hare.docx", ["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
                 "Family: O'Hare", "Engagement score: low", "Strategies tried: flexible visit times; school venue; male worker; text reminders."]),
            PDF("TAF minutes 16.10 - O'Hare.pdf", "TAF meeting minutes - O'Hare", ["Date: 16/10/2036", "Dad did not attend.",
                "Actions: worker to offer home visit; school to monitor attendance."])],
      meeting=date(2036, 11, 5),
      category="near_miss",
      label=dict(kind="step_up", case_ids=["EHM-62918"], children=[("Riley O'Hare", "2023-07-12")],
                 concerns=["non_engagement"], manager_agreed=True, notice_ok=False, next_action="request_info",
                 why="NEAR MISS: the online grooming was in June, police charged the man (on remand), no contact since -> historic and handled, not urgent, no exploitation; otherwise complete non-engagement step-up with the Engaging Families toolkit, but TAF Wed 5 Nov is only 4 WD after Thu 30 Oct (seed 004: at least 5 working days) -> request_info."))

build("knowsley_05.eml", "knowsley", "mash_step_up",
      "Aoife Brennan-Lowe <aoife.brennan-lowe@knowsley.gov.uk>",
      "Step Up - Ellie-Mae Gaskell EHM-63750",
      (2036, 12, 2, 12, 35, 20),
      body="""Hi all

Step up request for Ellie-Mae Gaskell, DOB 27/05/2021, EHM-63750. Concerns are criminal exploitation - her bank account has been used to move money for older males (money muling). The bank (Mersey Community Bank) froze the account in November after £6,800 went in and out in 9 days. Mum says Ellie-Mae was promised £200 "for helping". The Merseyside Exploitation Assessment is attached and scores her as significant.

TM Lindsay Forshaw agreed the step up on 1/12.
Step up TAF: Wednesday 10 December 2036 at 13:30, Kirkby Family Hub.

Attached - step up form, TAF minutes 25 Nov, Merseyside Exploitation Assessment.

Aoife

PS - just as I was about to send this, Ellie-Mae has texted me from the girls' toilets at school (12.31): "theres 2 lads in a white audi outside the gates. they said i have to bring my new card and pin out to them now or they'll do my mum. they've already put money in it today". It's her new account that Mum opened for her last week. She is still in school, she says they are parked on the road by the bus stop. I'm ringing school now but I can't get hold of Mum.

Aoife Brennan-Lowe
Family First Case Manager | Knowsley Council | 0151 496 0586
""",
      atts=[DOCX("FF Step Up request - Gaskell.docx", ["FF Step Up request to CSC", "Case ID on EHM: EHM-63750",
                 "Date of step up TAF meeting: 10/12/2036 13:30", "What are we worried about? Money muling; older males; going missing after school.",
                 "What is working well? Ellie-Mae talks to her case manager; Mum is supportive.",
                 "What next? C&F assessment; NRM consideration.", "Agreement by line manager: Lindsay Forshaw, 01/12/2036."]),
            PDF("TAF minutes 25 Nov - Gaskell.pdf", "TAF minutes - Gaskell", ["Date: 25/11/2036", "Bank account frozen; police informed."]),
            PDF("Merseyside Exploitation Assessment - Gaskell.pdf", "Merseyside Exploitation Assessment (CE/CSE) - Gaskell",
                ["Completed 27/11/2036", "Indicators: unexplained money, older associates, new phone.", "Level: significant."])],
      meeting=date(2036, 12, 10),
      label=dict(kind="step_up", urgent=True, case_ids=["EHM-63750"], children=[("Ellie-Mae Gaskell", "2021-05-27")],
                 concerns=["exploitation"], manager_agreed=True, notice_ok=True, next_action="alert_duty",
                 why="PS: a 15-year-old is being told right now by two men waiting outside school to bring out her new bank card and PIN, with a threat to her mum (DESIGN safety rule 1 -> alert_duty first); the step-up itself is complete (form, TAF minutes, Merseyside Exploitation Assessment, TM agreed) and TAF Wed 10 Dec is 6 WD away."))

build("knowsley_06.eml", "knowsley", "mash_step_up",
      "Knowsley Safeguarding Children Partnership <ksp.bulletin@knowsley.gov.uk>",
      "KSCP Online Safety Bulletin - November: gaming, gambling and money",
      (2036, 11, 12, 8, 5, 0),
      to="undisclosed-recipients:;", cc="knowsleymash@knowsley.gov.uk",
      body="""KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - ONLINE SAFETY BULLETIN, NOVEMBER

This month: gaming, gambling and money. Please share with your teams.

1. Loot boxes and in-game spending
Children can spend hundreds of pounds on "packs" and skins. Talk to parents about spending limits and saved cards.

2. Gaming "friends"
Examples practitioners have told us about (all anonymised and not current cases): an adult who sends a 13-year-old gifts and gift cards, then asks to meet; a "friend" who books a taxi to collect a child. If a child is about to meet someone tonight, this is an emergency - phone 999 and the MASH duty team immediately.

3. Money mules
Young people are offered cash to "let a mate use" their bank account. This is exploitation and children are at risk of criminal records and violence.

4. Parents' gambling and debt
Illegal lenders may threaten families. Signpost to debt advice and the Gambling Support Service.

Training dates: 3 December (Huyton) and 14 January (Kirkby). Book on the KSCP website.

You are receiving this because you are on the KSCP practitioner mailing list.
""",
      label=dict(kind="other", next_action="human_review",
                 why="NEAR MISS: a partnership bulletin listing anonymised examples ('not current cases') - DESIGN safety rule 1: bulletins that list examples must not trigger; no child, no request -> other -> human_review."), category="near_miss")

KN07_CAL = ics_reply("mixed108-kn07-%s@knowsley.gov.uk" % h("kn07"), "bernadette.nwosu@knowsley.gov.uk",
                     "k.halsall@stgabrielsprimary.knowsley.sch.uk", "Karen Halsall", "ACCEPTED",
                     "Step up TAF meeting - Critchley - EHM-61427", datetime(2036, 9, 24, 10, 0), datetime(2036, 9, 24, 11, 30),
                     comment="I will bring the attendance and breakfast club records.", stamp="20360919T100200")
build("knowsley_07.eml", "knowsley", "mash_step_up",
      "Karen Halsall <k.halsall@stgabrielsprimary.knowsley.sch.uk>",
      "Accepted: Step up TAF meeting - Critchley - EHM-61427",
      (2036, 9, 19, 11, 2, 30),
      cc="Bernadette Nwosu <bernadette.nwosu@knowsley.gov.uk>",
      body="Karen Halsall has accepted this meeting.\n\nI will bring the attendance and breakfast club records.\n",
      calendar=KN07_CAL, mailer="Microsoft Outlook 16.0",
      label=dict(kind="meeting_reply", case_ids=["EHM-61427"], next_action="record_reply",
                 why="Outlook iTIP REPLY PARTSTAT=ACCEPTED with a COMMENT (nothing of concern) for knowsley_01's step-up TAF; DESIGN: meeting_reply -> record_reply; case id from the SUMMARY."))

build("knowsley_08.eml", "knowsley", "early_help_duty",
      "Mariam Haddad <mariam.haddad@knowsley.gov.uk>",
      "Step down L3 - Hesketh - joint home visit Mon 29/12",
      (2036, 12, 19, 11, 20, 45),
      body="""Hi Family First,

Please can a Family First Case Manager join me for a joint home visit to step the Hesketh family down to Level 3.

Children: Jayden Hesketh (DOB 21/06/2029) and Summer-Rose Hesketh (DOB 08/01/2033). ICS ID 1890357.
Joint home visit: Monday 29th December 2036, 10:00, at the family home, 7 Mossbrow Road, Huyton L36.

What are we worried about? Mum's anxiety and low mood since the bailiffs came in October about the council tax arrears; she stopped opening post and missed her own GP appointments.
What is working well? Mum now has a debt relief order in progress with Citizens Advice, the arrears are on a payment plan, and there have been no more enforcement visits. The children are well presented and attending school (97%).
What needs to happen? Family First to support Mum with budgeting and her GP review for anxiety; school to keep the free breakfast place.

Mum has given her consent to the step down to Family First.

Sorry for the short notice over Christmas - the family asked for a date before New Year.

Mariam Haddad
Social Worker, Assessment Team
""",
      meeting=date(2036, 12, 29),
      label=dict(kind="step_down", case_ids=["1890357"],
                 children=[("Jayden Hesketh", "2029-06-21"), ("Summer-Rose Hesketh", "2033-01-08")],
                 concerns=["parental_mental_health"], consent=True, notice_ok=False, next_action="request_info",
                 why="Knowsley step-down, no level stated -> level 3 rules (consent given, three headings, visit date/time/venue); Fri 19 Dec -> Mon 29 Dec is 6 plain weekdays but Christmas Day and Boxing Day are bank holidays -> 4 WD < 5 -> notice not ok -> request_info; level null as not stated."))

# ============================================================== RICHMOND & WANDSWORTH
build("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up",
      "Harriet Oyelowo-Banks <harriet.oyelowo-banks@richmondandwandsworth.gov.uk>",
      "Step up to Children's Services - Marchetti family - Mosaic ID 4471092",
      (2036, 9, 10, 14, 30, 8),
      body="""Dear MASH Step Up,

I am the Early Help Team Manager for Roehampton. Following a reflective discussion with Farrukh Tashkentova (Early Help Practitioner) on 8 September, I have agreed that the Marchetti family should step up to Children's Services. The latest case summary is attached.

Children:
- Luca Marchetti, born 2 May 2026
- Giulia Marchetti, born 17 December 2029
Mosaic ID 4471092

Rationale for step up
Mr Marchetti's gambling has escalated despite 6 months of Early Help. He has remortgaged the car, borrowed from a loan app and sold the children's tablets and Giulia's bike. High Court enforcement agents have visited twice about a county court judgment. Luca's attendance is now 71% - he is late most days because nobody gets him up. Giulia has told school there is "no dinner at home on Dad days". Mum works away three nights a week. The Early Help plan has not achieved change and we believe a Child and Family Assessment is needed.

Mum has consented to the step up.

Kind regards
Harriet Oyelowo-Banks
Early Help Team Manager (Roehampton and Putney)
Richmond and Wandsworth Councils
""",
      atts=[DOCX("Case summary - Marchetti - Sept.docx", ["Case summary - Marchetti family", "Mosaic ID 4471092",
                 "Early Help since March; lead practitioner Farrukh Tashkentova.", "Key events: enforcement agent visits 12/08 and 29/08; loan app debts."])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_up", case_ids=["4471092"],
                 children=[("Luca Marchetti", "2026-05-02"), ("Giulia Marchetti", "2029-12-17")],
                 concerns=["neglect", "school_attendance"], consent=True, manager_agreed=True,
                 next_action="book_meeting",
                 why="Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS: case summary attached, rationale under its heading) -> book_meeting (invitation within 1 WD); 'Mosaic ID 4471092' -> bare number."))

RW02_PLAIN = """Dear Early Help Duty,

Further to my call with Gabriela this morning, confirming the step-down case discussion we agreed for Friday 26 September at 11:00 (Teams).

Family: Amani Oduya (DOB 12/10/2030) and Zuri Oduya (DOB 05/04/2034). Mosaic ID 4459310.

Ms Oduya's debts (catalogue, two payday loans, rent arrears) are now in a debt management plan with Wandle Money Advice, and the eviction notice was withdrawn in August. Her depression is treated and she is seeing the GP monthly. The CIN plan has been met.

Ms Oduya has given consent for Early Help to continue the plan.

Attached: latest case summary (PDF) and the draft Early Help plan (Word).

Best wishes,
Tomasz Wiśniewski
Social Worker, Wandsworth CIN Team 2
"""
build("richmond_wandsworth_02.eml", "richmond_wandsworth", "early_help_duty",
      "Tomasz Wiśniewski <tomasz.wisniewski@richmondandwandsworth.gov.uk>",
      "Step down - Oduya - case discussion Fri 26/9",
      (2036, 9, 24, 10, 5, 51),
      body=RW02_PLAIN,
      html="<html><body><p>Dear Early Help Duty,</p><p>Further to my call with Gabriela this morning, confirming the step-down case discussion we agreed for <b>Friday 26 September at 11:00</b> (Teams).</p>"
           "<p>Family: <b>Amani Oduya</b> (DOB 12/10/2030) and <b>Zuri Oduya</b> (DOB 05/04/2034). Mosaic ID 4459310.</p>"
           "<p>Ms Oduya's debts (catalogue, two payday loans, rent arrears) are now in a debt management plan with Wandle Money Advice, and the eviction notice was withdrawn in August. Her depression is treated and she is seeing the GP monthly. The CIN plan has been met.</p>"
           "<p>Ms Oduya has given consent for Early Help to continue the plan.</p><p>Attached: latest case summary (PDF) and the draft Early Help plan (Word).</p>"
           "<p>Best wishes,<br>Tomasz Wi&#347;niewski<br>Social Worker, Wandsworth CIN Team 2</p></body></html>",
      atts=[PDF("Case summary - Oduya.pdf", "Case summary - Oduya", ["Mosaic ID 4459310", "CIN since February; plan met.", "Debt management plan in place."]),
            DOCX("Draft Early Help plan - Oduya.docx", ["Draft plan for Early Help - Oduya family", "Goal 1: budgeting support", "Goal 2: Zuri's nursery place", "Goal 3: Mum's wellbeing"])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_down", case_ids=["4459310"], children=[("Amani Oduya", "2030-10-12"), ("Zuri Oduya", "2034-04-05")],
                 concerns=["parental_mental_health"], consent=True, next_action="book_meeting",
                 why="Complete Richmond & Wandsworth step-down (REQUIREMENTS: case summary, draft plan, consent) in plain and HTML twins, the case discussion agreed by phone within 5 days -> book_meeting (record the agreed time)."))

build("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up",
      "Selam Tesfaye <selam.tesfaye88@gmail.com>",
      "my son Dawit is gone please help",
      (2036, 11, 6, 17, 42, 16),
      body="""Hello

I find this email on the council website. My son Dawit Tesfaye he is 12 years, born 14.08.2024. Today he come home from school 3:30 and at 4 o'clock a taxi come to our house. He say to me it is for him, his friend from the game pay for it. I say no but he run and go in the taxi. The taxi is grey Toyota. Now it is almost 6 and he is not come back, he not answer his phone, his phone is off.

This friend is a man, I think he is big man not a child. He send Dawit many presents, a headset and money for the game (Robux), and he say to Dawit he will show him his studio. I copy some of the chat from Dawit's tablet, it is attached.

I am alone with my small daughter. My husband is in Ethiopia. Please tell me what I do. My number 07700 900 418.

Selam Tesfaye
Tooting
""",
      atts=[TXT("chat from tablet.txt", """[Tues 19:02] BlazeKing_77: u did good today little bro
[Tues 19:03] BlazeKing_77: sent u 2000 robux dont tell ur mum she wont understand
[Wed 21:40] BlazeKing_77: thursday ill send a cab. come to the studio, we record the video together
[Wed 21:41] Dawit_Tez: ok but my mum
[Wed 21:41] BlazeKing_77: say its ur mates. delete this
""")],
      mailer="Gmail", off_hours=True,
      label=dict(kind="other", urgent=True, children=[("Dawit Tesfaye", "2024-08-14")], concerns=["exploitation", "missing"],
                 next_action="alert_duty",
                 why="A 12-year-old went off two hours ago in a taxi sent by an adult 'friend' from a game who sends him gifts, phone off (DESIGN safety rule 1, out of hours at 17:42 -> EDT); a mother writing in her second language with the chat as a .txt attachment; no request -> other."))

RW04_ACK = ack("[SB-richmond_wandsworth-5120]", "richmondandwandsworth.gov.uk", "10 September 2036 14:31",
               ["Children: Luca Marchetti, Giulia Marchetti", "Mosaic ID 4471092",
                "MASH business support will send an invitation to the step-up case discussion within 1 working day."])
build("richmond_wandsworth_04.eml", "richmond_wandsworth", "mash_step_up",
      "Farrukh Tashkentova <farrukh.tashkentova@richmondandwandsworth.gov.uk>",
      "RE: [SB-richmond_wandsworth-5120] Step up to Children's Services - Marchetti family - Mosaic ID 4471092",
      (2036, 10, 7, 11, 15, 34),
      body="""Hello,

For the file - attached is a letter from Wandle Money Advice about the Marchetti family's debts, which the MASH manager asked for at the case discussion.

Just to be clear about the enforcement agents (bailiffs) mentioned in the summary: that was in August. The agents threatened to take the car and the children were frightened at the time, but the judgment debt has since been paid by Mr Marchetti's brother, the writ has been withdrawn and the adviser confirms there will be no further visits. Mr Marchetti has not been threatened by anyone since. Nothing new has happened - this is just the paperwork.

Farrukh Tashkentova
Early Help Practitioner
""" + "\n________________________________\n" + quote(RW04_ACK) + "\n",
      atts=[PDF("Wandle Money Advice letter - Marchetti.pdf", "Wandle Money Advice - letter", [
                "Re: Mr R Marchetti", "The High Court writ was withdrawn on 19/09/2036 after payment in full.",
                "No further enforcement action will be taken on this debt.", "Remaining debts: loan app (payment plan agreed)."])],
      label=dict(kind="follow_up", case_ids=["4471092"],
                 children=[("Luca Marchetti", None), ("Giulia Marchetti", None)], next_action="attach_to_request",
                 why="NEAR MISS: bailiffs' threats in August, the debt paid and the writ withdrawn, 'no further visits' -> past and resolved, not urgent; a reply to [SB-richmond_wandsworth-5120] adding a document -> follow_up -> attach_to_request."),
      category="near_miss")

build("richmond_wandsworth_05.eml", "richmond_wandsworth", "early_help_duty",
      "Precious Mahlangu <precious.mahlangu@richmondandwandsworth.gov.uk>",
      "Automatic reply: [SB-richmond_wandsworth-5406] Step down - Ashworth-Reyes",
      (2036, 11, 3, 9, 1, 2),
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      body="""Thank you for your email. I am on annual leave until Monday 10 November and will have limited access to email.

For anything that cannot wait please contact the Richmond CIN duty line on 020 7946 0321 or my manager, Oskar Lindqvist.

Precious Mahlangu
Social Worker
""",
      label=dict(kind="auto_reply", next_action="ignore",
                 why="An out-of-office (Auto-Submitted: auto-replied) answering stepbot's acknowledgement -> auto_reply -> ignore (DESIGN safety rule 2, no loops); the [SB-] reference sits in the subject but the kind is auto_reply."))

build("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty",
      "Ngozi Ilori <ngozi.ilori@richmondandwandsworth.gov.uk>",
      "step down Ashworth-Reyes (Mosaic 4466871) - plan to follow",
      (2036, 11, 25, 15, 10, 27),
      body="""Hi EH duty,

Confirming the step down for Kai Ashworth-Reyes (DOB 30/01/2022), Mosaic 4466871, following my call with Bronwen on Monday - we agreed the case discussion for Friday 28th at 2pm.

Case summary attached. The draft Early Help plan isn't finished - I'll send it by Thursday.

One thing you'll see in the school's referral: a teacher overheard Kai on his headset saying "we're going to rob the bank tonight and shoot anyone at the door". We looked into this properly. It's the heist mission in the game he plays with two classmates - they were planning the next mission, all three boys and their parents confirmed it, and I've seen the game. There is no concern about weapons or about any adult contact. What remains is that he games until 2am on school nights and his attendance has slipped to 88%.

Kai's dad consented to Early Help at my visit on the 21st.

Ngozi Ilori
Social Worker, Richmond Assessment Team
""",
      atts=[DOCX("Case summary Ashworth-Reyes.docx", ["Case summary - Kai Ashworth-Reyes", "Mosaic 4466871", "Assessment concluded 20/11/2036; no statutory role."])],
      label=dict(kind="step_down", case_ids=["4466871"], children=[("Kai Ashworth-Reyes", "2022-01-30")],
                 concerns=["school_attendance"], consent=True, missing=["draft_plan"], next_action="request_info",
                 why="NEAR MISS: a heist-mission chat that only sounds alarming, checked and explained ('no concern about weapons or any adult contact') -> not urgent; step-down with case summary and consent but the draft plan is 'to follow' -> draft_plan missing -> request_info; 'Mosaic 4466871' -> bare number."),
      category="near_miss")

build("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up",
      "Rosalind Achterberg <rosalind.achterberg@richmondandwandsworth.gov.uk>",
      "Step up - Clarke-Osei - Mosaic ID 4480233",
      (2036, 10, 15, 12, 5, 44),
      body="""To MASH Step Up,

Early Help Team Manager, Battersea. I agree this step up following supervision with the Family Support Worker this morning. Latest case summary attached.

Children:
Kayden Clarke-Osei, DOB 21/01/2032
Nevaeh Clarke-Osei, DOB 09/08/2036
Mosaic ID 4480233

Rationale for step up
Early Help has worked with the family since May around Mr Clarke's gambling and the family's rent arrears. Mr Clarke controls all of the money, including the Universal Credit and the child benefit.

The health visitor, Joy Mensah, was at the flat at 11.00 today and rang me at 11.40. Nevaeh (9 weeks) has had no formula since Monday morning. Mum told her the tin ran out and "Tyrone put the money on the football, there's nothing till the 22nd". Nevaeh is being given cooled boiled water with sugar from a bottle. Joy describes her as very sleepy and hard to rouse, with a sunken soft spot, and her nappy had been dry since early morning. Mum has no money on her card and no credit on her phone; Mr Clarke has the bank card and was not at home. Joy has left and is trying to reach the GP. Kayden is at school.

We are stepping up because Early Help cannot keep Nevaeh safe.

Rosalind Achterberg
Early Help Team Manager (Battersea and Nine Elms)
""",
      atts=[DOCX("Case summary - Clarke-Osei.docx", ["Case summary - Clarke-Osei", "Mosaic ID 4480233", "Early Help since May; gambling; rent arrears."])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_up", urgent=True, case_ids=["4480233"],
                 children=[("Kayden Clarke-Osei", "2032-01-21"), ("Nevaeh Clarke-Osei", "2036-08-09")],
                 concerns=["neglect"], manager_agreed=True, next_action="alert_duty",
                 why="A 9-week-old baby without formula for two days because the money went on betting, now drowsy and dehydrated, no money for milk today (DESIGN safety rule 1 -> alert_duty before any queue); the step-up is otherwise complete (case summary attached, rationale heading)."))

RW08_QUOTE = """From: Marcus Bellingham
Sent: 01 December 2036 09:47
To: MASH-StepUP@richmondandwandsworth.gov.uk
Subject: Step up - Pereira-Walsh - Mosaic ID 4472256

Please find attached the case summary and the rationale for stepping up Benjamin Pereira-Walsh (DOB 17/07/2028) and Isla Pereira-Walsh (DOB 02/03/2031)."""
build("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up",
      "Marcus Bellingham <marcus.bellingham@richmondandwandsworth.gov.uk>",
      "RE: [SB-richmond_wandsworth-5388] Step up - Pereira-Walsh - Mosaic ID 4472256",
      (2036, 12, 4, 10, 20, 9),
      body="""Hi MASH business support,

Chasing this one - I sent it on Monday and had the acknowledgement, but I haven't had an invitation to the step-up case discussion yet and the protocol says within 1 working day. Could you let me know when it's booked? I'm on leave from the 12th so ideally before then.

Thanks
Marcus
Early Help Team Manager (Twickenham)

""" + quote(RW08_QUOTE) + "\n",
      label=dict(kind="follow_up", case_ids=["4472256"],
                 children=[("Benjamin Pereira-Walsh", "2028-07-17"), ("Isla Pereira-Walsh", "2031-03-02")],
                 next_action="attach_to_request",
                 why="A chaser on [SB-richmond_wandsworth-5388] about the missed 1-working-day invitation; nothing new of concern -> follow_up -> attach_to_request; children and DOBs from the quoted original."))

# ============================================================== TOWER HAMLETS
build("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up",
      "Shirin Chowdhury <shirin.chowdhury@towerhamlets.gov.uk>",
      "MAST step up - Ahmed family - Mosaic 3301874",
      (2036, 9, 8, 11, 0, 19),
      body="""Dear MAST,

Please see the attached Multi-Agency Request for Support for Ayaan Ahmed (DOB 2027-11-03) and Maryam Ahmed (DOB 2031-06-22), Mosaic 3301874.

Summary: Mr Ahmed has gambling debts of around £30,000 and the family has been evicted once already. Mrs Ahmed disclosed on 3 September that when she asked about the money he pushed her against the wall and took her bank card; the children were in the room. He has since moved in with his brother, but he still has a key, comes for meals and takes her child benefit. Mrs Ahmed has used the food bank since July but the children are well cared for. She is engaging with the IDVA and has consented to this request and to information sharing.

My manager, Rubina Islam (Early Help Team Manager), has read the MARF and agrees the step up to MAST.

Shirin Chowdhury
Early Help Practitioner, Bow & Poplar Locality
""",
      atts=[PDF("MARF - Ahmed.pdf", "Multi-Agency Request for Support (MARF) - Ahmed", [
                "Children: Ayaan Ahmed 03/11/2027; Maryam Ahmed 22/06/2031", "Mosaic: 3301874",
                "Reason: financial abuse, domestic abuse", "Consent: given by Mrs Ahmed 05/09/2036",
                "Manager oversight: Rubina Islam, Early Help Team Manager, agreed 05/09/2036"])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_up", case_ids=["3301874"], children=[("Ayaan Ahmed", "2027-11-03"), ("Maryam Ahmed", "2031-06-22")],
                 concerns=["domestic_abuse"], consent=True, manager_agreed=True, next_action="book_meeting",
                 why="Complete Tower Hamlets MAST step-up (REQUIREMENTS: MARF attached, manager agreed); financial and physical domestic abuse (food bank use, children well cared for: no neglect); nothing happening now (he has moved out, mum with the IDVA) -> book_meeting."))

build("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up",
      "Jordan Ekwueme <jordan.ekwueme@towerhamlets.gov.uk>",
      "Rayan Miah - tonight",
      (2036, 10, 14, 17, 20, 40),
      body="""Hi MAST

Youth worker at Shadwell Youth Hub. Rayan Miah (13, DOB 02/05/2023) just showed me messages on his phone from a man he plays FIFA with online, calls himself "Coach Dee". Over the last month Dee has sent him £60 of points, a new headset and trainers (delivered to school so his mum wouldnt see).

Tonight's messages say Dee will pick him up from Limehouse DLR at 8pm and take him to his flat to "try the new console and do some filming, bring a change of clothes". He told Rayan not to tell anyone and to delete the chat. Rayan thinks Dee is 17 but the voice notes sound like a grown man, and the profile photo is a man in his 30s.

Rayan says he's still going, he left the hub 10 mins ago towards home (Cable St). Mum's number goes to voicemail. Ive screenshotted everything.

Jordan
07700 900 772
Sent from my iPhone""",
      mailer="iPhone Mail (21A329)",
      label=dict(kind="other", urgent=True, children=[("Rayan Miah", "2023-05-02")], concerns=["exploitation", "sexual_harm"],
                 next_action="alert_duty",
                 why="A 13-year-old is going tonight at 8pm to the flat of an adult he met through a game who sends gifts and wants 'filming' (DESIGN safety rule 1; youth worker from a phone at 17:20) -> alert_duty; no request -> other."))

build("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up",
      "PC 4471ET Daniel Okafor-Burke <daniel.okafor-burke@met.police.uk>",
      "FYI - PPN - Akter household, Stepney - incident overnight 16/17 Nov",
      (2036, 11, 17, 8, 40, 6),
      body="""MAST,

For information. A Merlin / PPN is being submitted.

At 01:50 on 17/11 police were called to a flat in Stepney by Ms Rokeya Akter. Two men had come to the door demanding money she says her late husband owed them and one kicked the door. Officers attended within 8 minutes. Both men were arrested at the scene for criminal damage and threats and remain in custody this morning. Officers stayed with the family until 04:30. The children, Jannat Akter (DOB 11/04/2029) and Arif Akter (DOB 30/09/2032), were not hurt and are staying with their grandmother in Bethnal Green, who has agreed to keep them this week. A police marker is on the address.

No further action is needed from children's services tonight - this is sent so you have the PPN for screening. Ms Akter would welcome help with the debt and is happy to be contacted.

PC Daniel Okafor-Burke
Central East BCU, Safeguarding Partnership Hub
""",
      label=dict(kind="other", children=[("Jannat Akter", "2029-04-11"), ("Arif Akter", "2032-09-30")],
                 next_action="human_review",
                 why="NEAR MISS: the threat at the door was overnight and the police already dealt with it (men arrested and in custody, children safe with grandmother) -> not urgent (DESIGN: already handled); a police FYI / PPN, no request -> other -> human_review."),
      category="near_miss")

TH04_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">
<p>Dear Early Help Hub,</p>
<p>Step down to a Team Around the Family for the Hossain children following the end of the Child and Family Assessment on <b>26/09/2036</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Child</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Nusrat Hossain</td><td>14/03/2025</td><td>3318809</td></tr>
<tr><td>Imran Hossain</td><td>06/12/2028</td><td>3318810</td></tr>
</table>
<p><b>Lead Practitioner:</b> Ms Farzana Uddin, Family Support Worker, Stepney Green Children and Family Centre (agreed with the family at the visit on 29/09).</p>
<p><b>Consent:</b> Mr and Mrs Hossain have consented to the step down and to the TAF.</p>
<p>Mrs Hossain's depression is now treated; the family's debts from Mr Hossain's online betting (about &pound;9,000) are managed with Toynbee Hall's money advice service. Attached: the C&amp;F Assessment and the draft TAF plan. I will chair the TAF on <b>Friday 10 October at 10:00</b> at the Idea Store, Whitechapel.</p>
<p>Kind regards,<br>Adaeze Nwachukwu<br>Social Worker, Children's Social Work Team 4</p>
</body></html>"""
build("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty",
      "Adaeze Nwachukwu <adaeze.nwachukwu@towerhamlets.gov.uk>",
      "Step down to TAF - Hossain - Mosaic 3318809 / 3318810",
      (2036, 10, 1, 13, 15, 37),
      html=TH04_HTML,
      atts=[PDF("C&F Assessment - Hossain.pdf", "Child and Family Assessment - Hossain", ["Concluded 26/09/2036",
                "Outcome: step down to TAF with Lead Practitioner", "Parental mental health; family finances."]),
            DOCX("TAF plan draft - Hossain.docx", ["Draft TAF plan - Hossain", "Lead Practitioner: Farzana Uddin",
                 "Actions: money advice; GP review; Nusrat's mentoring."])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_down", case_ids=["3318809", "3318810"],
                 children=[("Nusrat Hossain", "2025-03-14"), ("Imran Hossain", "2028-12-06")],
                 concerns=["parental_mental_health"], consent=True, next_action="book_meeting",
                 why="HTML-only Tower Hamlets step-down with a table: C&F assessment, draft TAF plan, consent and a Lead Practitioner with her agency (REQUIREMENTS tower_hamlets step_down) -> book_meeting; TAF Fri 10 Oct is within 10 WD of the assessment ending 26 Sept."))

build("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up",
      "Level Up Games Whitechapel <manager.whitechapel@levelupgames.example.co.uk>",
      "girl in our shop with a man - please read",
      (2036, 11, 8, 14, 35, 12), off_hours=True,
      body="""To whoever reads this inbox,

I'm the manager of Level Up Games on Whitechapel Road. I'm emailing because I can't get through on the phone number on your website (Saturday).

About 20 minutes ago a girl, I'd say 11 or 12, in a pink Stepney All Saints PE hoodie, came in with a man I'd guess is in his 40s. He bought her £200 of gaming gift cards and a phone top-up. When my colleague asked if he was her dad she said "no, he's my friend from Roblox, this is the first time we've met". He answered for her after that. She didn't tell us her name. She looked nervous and kept looking at her phone.

They left together at about 14:15 walking towards Whitechapel station. He said they were "getting the train to his". We have CCTV of both of them and the card payment.

I have phoned the police on 101 as well and am waiting on hold.

Craig Donnelly
Store Manager, Level Up Games, Whitechapel Road
020 7946 0882
""",
      label=dict(kind="other", urgent=True, concerns=["exploitation", "sexual_harm"], next_action="alert_duty",
                 why="A games-shop manager on a Saturday: a girl of about 11 meeting her Roblox 'friend', an adult, for the first time, given gift cards and heading to 'his' on the train 20 minutes ago (DESIGN safety rule 1, weekend -> EDT); the girl is not named -> no children; other."))

build("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty",
      "Workforce Development <learning.development@towerhamlets.gov.uk>",
      "Training note: Gaming, gambling and grooming - case study and pre-reading",
      (2036, 12, 4, 9, 30, 0),
      body="""Tower Hamlets Children's Services - Learning and Development

Pre-reading for "Gaming, gambling and grooming" (Thursday 11 December, 9.30-12.30, Mulberry Place).

Case study (fictional, for training only):
Kai, 13, tells his youth worker that a gaming friend has sent him gifts and a taxi will collect him tonight to meet. His mum owes money to a lender who has threatened to "take the kids". His sister, 15, has been asked to hand over her bank card to men outside school. The baby has had no milk for two days because the money went on betting.

Questions for discussion:
1. Which of these is an immediate child protection concern and who do you call?
2. When is this an emergency for the police?
3. How do you record your rationale?

Please note: this is a training exercise. None of these children are real and no action is needed on this email.
""",
      label=dict(kind="other", next_action="human_review",
                 why="NEAR MISS: a training case study that echoes this set's urgent mails, 'fictional, for training only' and 'no action is needed' (DESIGN safety rule 1: training and examples must not trigger); 'Kai' is a fictional first name, no child -> other -> human_review."),
      category="near_miss")

build("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty",
      "sumaya b <sumayab2021xx@gmail.com>",
      "help me please",
      (2036, 11, 21, 21, 10, 44), off_hours=True,
      body="""hi i dont know who to email i got this from the school website for early help

my name is Sumaya Begum im 15 (born 02/03/2021). my mum owes money to some men, she borrowed it for the rent and then it got bigger and bigger. they are outside in a black car now on Ben Jonson Rd. they told mum i have to go with them tonight to "work it off" and drive with them to birmingham with some bags and i will be back monday. mum is crying and saying i have to go otherwise they will hurt her. my little brothers are asleep.

i dont want to go. they said they will come up to the flat at 10 if im not down. i have no credit just wifi

please
Sumaya""",
      mailer="Gmail for Android",
      label=dict(kind="other", urgent=True, children=[("Sumaya Begum", "2021-03-02")], concerns=["exploitation"],
                 next_action="alert_duty",
                 why="A 15-year-old writes at 21:10 on a Friday that the men her mother owes are outside now and will take her tonight to 'work off' the debt carrying bags (DESIGN safety rule 1, out of hours -> EDT); her own voice from a phone, no request -> other."))

TH08_CAL = ics_reply("mixed108-th08-%s@towerhamlets.gov.uk" % h("th08"), "adaeze.nwachukwu@towerhamlets.gov.uk",
                     "farzana.uddin.sgcfc@gmail.com", "Farzana Uddin", "DECLINED",
                     "TAF meeting - Hossain - Mosaic 3318809", datetime(2036, 10, 10, 10, 0), datetime(2036, 10, 10, 11, 0),
                     comment="Sorry - I'm on a training day that Friday. Could we move it to the following Tuesday? My colleague Shamima can attend if not.",
                     prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp="20361002T081500")
build("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty",
      "Farzana Uddin <farzana.uddin.sgcfc@gmail.com>",
      "Declined: TAF meeting - Hossain - Mosaic 3318809 @ Fri 10 Oct 2036 10am - 11am (BST)",
      (2036, 10, 2, 9, 15, 22),
      body="Farzana Uddin has declined this invitation.\n\nSorry - I'm on a training day that Friday. Could we move it to the following Tuesday? My colleague Shamima can attend if not.\n\nInvitation from Google Calendar\n",
      calendar=TH08_CAL,
      label=dict(kind="meeting_reply", case_ids=["3318809"], next_action="record_reply",
                 why="Google Calendar iTIP REPLY PARTSTAT=DECLINED with a COMMENT asking to move the TAF; DESIGN: meeting_reply -> record_reply; 'Mosaic 3318809' in the SUMMARY -> the bare number."))

# ============================================================== TORBAY
build("torbay_01.eml", "torbay", "early_help_duty",
      "Demelza Rowe <demelza.rowe@torbay.gov.uk>",
      "Triage slot request - step down - Kitto children - LCS-7712045",
      (2036, 9, 9, 10, 25, 14),
      body="""Hello Early Help,

Please can I have a triage slot to step the Kitto children down to level 3 Early Help.

Lily-Rose Kitto - DOB 15/02/2030
Alfie-James Kitto - DOB 28/07/2033 (under 5, so I think this needs the under-5s triage)
LCS-7712045

The Single Assessment is attached with my analysis and rationale. In short: neglect linked to Mum selling the children's food and the baby equipment in the spring to cover her online bingo losses. Since the CIN plan she has self-excluded from the gambling sites, the children's bank of food is restocked weekly with Brixham food hub support, and the home conditions are good at three unannounced visits.

My Team Manager, Gemma Trelawny, has recorded her manager's analysis on LCS confirming the threshold is met for level 3.

Mum has given consent for level 3 Early Help.

Demelza Rowe
Social Worker, Single Assessment Team, Torbay Council
""",
      atts=[PDF("Single Assessment - Kitto.pdf", "Single Assessment - Kitto", ["LCS-7712045",
                "Analysis: neglect linked to gambling, now improved.", "Rationale for step down: needs can be met at level 3.",
                "Manager's analysis (G Trelawny): threshold met for level 3 intervention."])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_down", level=3, case_ids=["LCS-7712045"],
                 children=[("Lily-Rose Kitto", "2030-02-15"), ("Alfie-James Kitto", "2033-07-28")],
                 concerns=["neglect"], consent=True, manager_agreed=True, next_action="book_meeting",
                 why="Complete Torbay step-down (REQUIREMENTS torbay step_down: Single Assessment, TM's analysis, consent), level 3 stated; a 3-year-old -> the fortnightly under-5s triage; past selling of food now resolved."))

build("torbay_02.eml", "torbay", "mash_step_up",
      "Keziah Polglase <keziah.polglase@torbay.gov.uk>",
      "Step up - Endacott - EHM-58214 - Dad's messages this afternoon",
      (2036, 10, 20, 16, 5, 30),
      body="""MASH,

I'm the lead practitioner (Family Support Worker, Early Help) for the Endacott family, EHM-58214. I've just spoken to my manager Silas Penrose and he agrees this needs to go to level 4 now.

Charlie Endacott, DOB 2028-06-30
Archie Endacott, DOB 11/01/2031

Dad (Lee) has had the boys since Mum left in August. He has lost the house deposit and his wages on sports betting and owes a loan company about £14k. At 15:38 he sent me this on WhatsApp, copied exactly:

"ive lost everything keziah. they took the car this morning. the boys are better off with me than left with nothing. were going for a drive to the cliffs at berry head, the three of us together. tell their mum im sorry"

He isn't reading my replies and his phone goes straight to voicemail. School say he collected both boys at 15:15, early. He drives a blue Ford Focus, WK19 ??? (I don't know the rest of the registration).

I haven't been able to speak to Mum about consent for the contact to MASH - she's in Plymouth and not answering either.

Keziah Polglase
Family Support Worker, Torbay Early Help
01803 960 231
""",
      label=dict(kind="step_up", urgent=True, case_ids=["EHM-58214"],
                 children=[("Charlie Endacott", "2028-06-30"), ("Archie Endacott", "2031-01-11")],
                 concerns=["parental_mental_health"], manager_agreed=True, missing=["consent"], next_action="alert_duty",
                 why="A father ruined by betting debts messaged that he is driving with the two boys to the cliffs 'the three of us together' and is not answering (DESIGN safety rule 1 -> alert_duty first); a Torbay step-up with TM agreement but consent not asked -> consent missing."))

TB03_FWD = """From: Vulnerable Customer Support <vulnerable.customers@southwestcounties.example.co.uk>
Sent: 28 October 2036 16:02
To: Torbay Early Help general enquiries
Subject: Customer: Mylo Trethewey - investment scam - closing note

Dear colleague,

We are writing, with the customer's and his mother's agreement, about Mylo Trethewey (DOB 05/04/2019), who holds a young person's account with us.

In September Mylo lost £900 to a cryptocurrency "investment" promoted on Instagram. He was not threatened, he had no contact with the scammers other than through the app, and he did not move money for anyone else. The money has been refunded in full under the reimbursement scheme, the fraud is reported to Action Fraud, and Mylo and his mother have had a scam-awareness session with our branch.

We have no safeguarding concerns about Mylo and do not need a response. We are sharing this because Mylo's mother asked whether the council offers any family money-skills sessions.

Kind regards,
Imogen Carne
Vulnerable Customer Support Team"""
build("torbay_03.eml", "torbay", "mash_step_up",
      "Torbay Early Help Enquiries <eh.enquiries@torbay.gov.uk>",
      "FW: Customer: Mylo Trethewey - investment scam - closing note",
      (2036, 10, 29, 10, 40, 51),
      body="""Forwarding to MASH for information as it came to our general box - I don't think this needs anything from MASH but wanted you to see it.

Tegen (EH admin)

""" + TB03_FWD + "\n",
      label=dict(kind="other", children=[("Mylo Trethewey", "2019-04-05")], next_action="human_review",
                 why="NEAR MISS: a bank's forwarded closing note on a crypto scam - refunded, no threats, 'no safeguarding concerns', no response needed -> not urgent; no request -> other -> human_review."),
      category="near_miss")

build("torbay_04.eml", "torbay", "early_help_duty",
      "Olamide Fashola <olamide.fashola@torbay.gov.uk>",
      "Step down to L3 - Hext - LCS-7736102 - triage please",
      (2036, 11, 26, 11, 50, 3),
      body="""Hi Early Help,

Requesting a triage slot to step down Finn Hext (DOB 9 June 2026) and Poppy Hext (DOB 23 October 2027) to a level 3 Early Help response. LCS-7736102.

Single Assessment attached with the rationale. Team Manager Rhys Annear has recorded his analysis confirming the level 3 threshold is met. Mum and Dad have both consented to level 3 Early Help.

Background: Dad's online casino debts led to rent arrears and a possession hearing in the summer. The debt is now consolidated and the possession claim was adjourned on terms that are being kept.

To answer the question the triage panel asked last time: if Dad's debts got worse and the lender came back to the door, what would happen? The plan covers that: Dad would call his Gamcare counsellor, Mum would take the children to her sister's, and the worker would contact MASH. That has not happened - there has been no contact from any lender since June and there is no suggestion the children have been threatened or harmed.

What remains is Poppy's attendance (89%).

Thanks
Olamide Fashola
Social Worker, Safeguarding and Supporting Families Team
""",
      atts=[PDF("Single Assessment - Hext.pdf", "Single Assessment - Hext", ["LCS-7736102", "Rationale: needs met at level 3.",
                "Manager's analysis (R Annear): threshold met for level 3."])],
      label=dict(kind="step_down", level=3, case_ids=["LCS-7736102"],
                 children=[("Finn Hext", "2026-06-09"), ("Poppy Hext", "2027-10-23")],
                 concerns=["school_attendance"], consent=True, manager_agreed=True, next_action="book_meeting",
                 why="NEAR MISS: a hypothetical ('if the lender came back') and a negation ('no suggestion the children have been threatened or harmed') -> not urgent; complete Torbay step-down (assessment, TM analysis, consent; level 3) -> book_meeting."),
      category="near_miss")

build("torbay_05.eml", "torbay", "early_help_duty",
      "Rachel Pascoe <rachpascoe1984@outlook.com>",
      "Help with my son's gaming spending",
      (2036, 12, 8, 13, 10, 37),
      body="""Hi,

The school gave me this email. My son Noah Pascoe (11) has spent £430 on football packs and loot boxes on my card since October without asking. I've changed the card now.

I want to say straight away I'm not worried about his safety. He only plays with his cousins and two boys from his class, he hasn't been talking to strangers and nobody has sent him anything or asked to meet him. I've checked his friends list with him. It's just the money and the tantrums when I take the console.

Is there a parenting course or someone who could give us some advice? We're in Paignton.

Thanks
Rachel
""",
      label=dict(kind="other", children=[("Noah Pascoe", None)], next_action="human_review",
                 why="NEAR MISS: a parent's loot-box spending worry with every grooming sign negated ('not worried about his safety ... nobody has sent him anything or asked to meet him') -> not urgent; an enquiry, no request -> other -> human_review."),
      category="near_miss")

build("torbay_06.eml", "torbay", "early_help_duty",
      "Paignton Community Larder <coordinator@paigntonlarder.example.org.uk>",
      "Mum and baby at the larder today - baby Alfie Bolt",
      (2036, 11, 15, 12, 40, 22), off_hours=True,
      body="""Hello,

I'm the coordinator at Paignton Community Larder (Saturday session). I don't know if anyone reads this at the weekend but I didn't know where else to send it.

Kerry Bolt came in at 11.45 with her three children: Jayden Bolt (about 6), Skye Bolt (about 4) and the baby, Alfie Bolt (8 months). We gave her two tins of formula on Tuesday. Today she told my volunteer she sold both tins on Facebook on Wednesday to pay "the man" she owes and that Alfie has only had watered-down cow's milk and rusks since Thursday.

Alfie was very pale and floppy, didn't cry at all in the hour they were here, and his nappy was dry when my volunteer helped change him. Kerry wouldn't let us call 111 or take him to the walk-in centre - she said if anyone finds out about the money "they'll take him". She left at 12.30 with all three children towards Preston, on foot. Address on our card is Flat 3, 22 Hyde Road.

We gave her a new tin of formula but she might sell that too.

Bev Mudge
Coordinator, Paignton Community Larder
07700 900 153
""",
      label=dict(kind="other", urgent=True,
                 children=[("Jayden Bolt", None), ("Skye Bolt", None), ("Alfie Bolt", None)],
                 concerns=["neglect"], next_action="alert_duty",
                 why="A Saturday report: a mother sold the baby's formula to pay a lender, the 8-month-old has had none since Thursday and is floppy with a dry nappy, and she refused medical help and left (DESIGN safety rule 1, weekend -> EDT); no DOBs, only ages -> dob null; other."))

TB07_ACK = ack("[SB-torbay-2107]", "torbay.gov.uk", "10 September 2036 15:02",
               ["Child: Tia-Marie Yeo", "Case: LCS-7720318",
                "Missing: the Single Assessment with your analysis and the rationale behind the decision to step down."])
build("torbay_07.eml", "torbay", "early_help_duty",
      "Bryony Luscombe <bryony.luscombe@torbay.gov.uk>",
      "RE: [SB-torbay-2107] Triage slot - Yeo - LCS-7720318",
      (2036, 9, 11, 14, 5, 48),
      body="""Apologies - forgot the attachment yesterday. Single Assessment for Tia-Marie attached.

Bryony

""" + quote(TB07_ACK) + "\n",
      atts=[PDF("Single Assessment - Yeo.pdf", "Single Assessment - Tia-Marie Yeo", ["LCS-7720318", "Rationale for step down: mum's debts in hand; school attendance improved.",
                "Manager's analysis: threshold met for level 3."])],
      label=dict(kind="follow_up", case_ids=["LCS-7720318"], children=[("Tia-Marie Yeo", None)], next_action="attach_to_request",
                 why="A reply to [SB-torbay-2107] bringing the missing Single Assessment -> follow_up -> attach_to_request; child from the quoted acknowledgement."))

build("torbay_08.eml", "torbay", "mash_step_up",
      "Jowita Kamińska <jowita.kaminska@torbay.gov.uk>",
      "Contact to MASH - step up L3 to L4 - Coombe family EHM-59071",
      (2036, 12, 9, 10, 0, 17),
      body="""Dear MASH,

New information of concern for the Coombe family (EHM-59071), for consideration at level 4.

Children: Harvey Coombe (DOB 03.03.2025) and Ruby Coombe (DOB 17.09.2029).

Since Mr Coombe relapsed into gambling in October the family's money has gone. The electricity meter was off for four days last week, the children have come to school hungry and Ruby has had the same clothes on for days. Mum told me on 5 December that when she hid the bank card he threw her phone at her and held her by the throat; she has a bruise on her neck. He is still living at home. Harvey (11) says he "keeps Ruby in her room when Dad shouts".

Mrs Coombe has given consent to this contact to MASH. My manager Silas Penrose and I agree this needs to be considered for level 4.

Jowita Kamińska
Lead Practitioner, Torbay Early Help (Paignton locality)
""",
      label=dict(kind="step_up", case_ids=["EHM-59071"],
                 children=[("Harvey Coombe", "2025-03-03"), ("Ruby Coombe", "2029-09-17")],
                 concerns=["domestic_abuse", "neglect"], consent=True, manager_agreed=True, next_action="book_meeting",
                 why="Complete Torbay step-up (REQUIREMENTS torbay step_up: consent and manager agreement stated) for domestic abuse and neglect after a gambling relapse; the assault was on 5 December, nothing said to be happening now -> book_meeting (MASH threshold discussion)."))

# ============================================================== HEREFORDSHIRE
build("herefordshire_01.eml", "herefordshire", "early_help_duty",
      "Gethin Pritchard <gethin.pritchard@herefordshire.gov.uk>",
      "Step down to Early Help (level 3) - Mosaic 2288140 / 2288141 - Bevan",
      (2036, 9, 11, 12, 10, 33),
      body="""Dear Early Help Co-ordinators,

Following my discussion with Verity on Tuesday, please find the Early Help Assessment step-down plan for the Bevan sibling group (level 3), with Ms Bevan's signed consent form.

Cerys Bevan - 12/06/2027 - Mosaic 2288140
Osian Bevan - 30/10/2030 - Mosaic 2288141

Key person agreed with the family: Mrs Nia Watkins, Family Support Worker, Kington Primary School.

Neglect had been linked to Ms Bevan's partner's gambling; he has left the household and the plan is now about routines, school uniform and food budgeting. The decision to step down was made at the CIN review on 5 September.

Regards
Gethin Pritchard
Social Worker, Leominster Locality
""",
      atts=[DOCX("EHA step-down plan - Bevan.docx", ["Early Help Assessment step-down plan - Bevan",
                 "Key person: Nia Watkins, Kington Primary School", "What needs to happen / by whom / outcome / timescale"]),
            PDF("Signed consent form - Bevan.pdf", "Early Help consent form - signed", ["Parent: Carys Bevan",
                "I consent to Early Help support for Cerys and Osian.", "Signed: C Bevan  Date: 08/09/2036"])],
      mailer="Microsoft Outlook 16.0",
      label=dict(kind="step_down", level=3, case_ids=["2288140", "2288141"],
                 children=[("Cerys Bevan", "2027-06-12"), ("Osian Bevan", "2030-10-30")],
                 concerns=["neglect"], consent=True, next_action="book_meeting",
                 why="Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down: plan, signed consent form, key person with agency), level 3 stated; 'Mosaic 2288140' -> the bare number."))

build("herefordshire_02.eml", "herefordshire", "early_help_duty",
      "Sophie Delacroix-Hughes <sophie.delacroix-hughes@herefordshire.gov.uk>",
      "Step down plan - Zielinski - Mosaic 2290417",
      (2036, 10, 13, 15, 30, 2),
      body="""Hi team,

Step-down plan attached for Antoni Zielinski (DOB 2025-12-01), Mosaic 2290417.

Mum (Ms Zielinska) agreed to Early Help verbally at my visit on Friday - I'll get the written consent form signed at my next visit on the 16th and send it over.

Key person: Tom Ashdown, Early Help Family Worker, Ross-on-Wye Children's Centre.

Background: Mum's anxiety and depression worsened when her ex-partner ran up debts in her name; she has had help from Citizens Advice and the debts are in a DRO. The CIN plan closed on 10 October.

Thanks
Sophie
Social Worker, Ross & South Locality
""",
      atts=[DOCX("Step down plan Antoni Z.docx", ["Early Help Assessment step-down plan", "Antoni Zielinski",
                 "Key person: Tom Ashdown, Ross-on-Wye Children's Centre", "Wellbeing plan: Mum's GP review; budgeting; Antoni's school transition."])],
      label=dict(kind="step_down", case_ids=["2290417"], children=[("Antoni Zielinski", "2025-12-01")],
                 concerns=["parental_mental_health"], consent=True, missing=["consent_form"], next_action="request_info",
                 why="Herefordshire step-down with the plan and key person, but consent only verbal and the written form to follow -> consent true, consent_form missing (seed 003: 'obtain written consent') -> request_info; level not stated -> null."))

build("herefordshire_03.eml", "herefordshire", "mash_step_up",
      "Lowri Probert <lowri.probert@herefordshire.gov.uk>",
      "Step up - Kieran Bufton - Mosaic 2301558",
      (2036, 10, 22, 15, 45, 18),
      body="""MASH,

I'm Kieran's Early Help key worker (Bromyard). Please treat this as a step up - the Early Help plan can't hold what's happening.

Kieran Bufton, DOB 30/06/2023 (13), Mosaic 2301558. Lives with Mum, who works until 10pm on Wednesdays.

Kieran told me at school at 2.30 today that "Jonno", someone he's played an online shooter with since the summer, is picking him up tonight from the Co-op car park in Bromyard at 7 to "go for food and go back to his to play on the big setup". Jonno has sent him a £50 gift card, a controller and an Xbox headset and told him it's "our secret". Kieran showed me a voice note - it is clearly an adult man. Jonno has asked for Kieran's address and for "pics after your shower". Kieran is excited and says he is going and that I'm "not allowed to tell Mum".

I have told Kieran I have to share this. Mum is at work and not picking up. School have finished for the day.

Lowri Probert
Early Help Key Worker, Herefordshire Council
07700 900 516
""",
      label=dict(kind="step_up", urgent=True, case_ids=["2301558"], children=[("Kieran Bufton", "2023-06-30")],
                 concerns=["exploitation", "sexual_harm"], next_action="alert_duty",
                 why="A 13-year-old is going tonight at 7 to meet an adult from an online game who sends gifts and asks for 'pics after your shower' (DESIGN safety rule 1 -> alert_duty); a Herefordshire step-up is undefined (REQUIREMENTS) -> missing [], but the alert comes first."))

build("herefordshire_04.eml", "herefordshire", "early_help_duty",
      "Gwenllian Morris (Citizens Advice Herefordshire) <g.morris@cah.example.org.uk>",
      "Referral for family support - Davies family (debt client)",
      (2036, 11, 4, 11, 0, 24),
      body="""Dear Early Help Co-ordinators,

I'm a debt adviser at Citizens Advice Herefordshire. With her consent I'm asking whether Early Help could offer some family support to my client, Mrs Ceri Davies, and her children Evan Davies (9) and Mali Davies (6).

For background, because it's in our notes and you may hear it from the family: in July an unlicensed doorstep lender told Mrs Davies he would "take the kids" if she didn't pay. She reported it the same day, the police arrested him, and he was convicted and fined in September with a restraining order. There has been no contact since, the loan is void (Illegal Money Lending Team) and she now has a Debt Relief Order. That matter is closed.

She's struggling with the children's routines since her husband left and would like a parenting or family worker. I'm not raising any safeguarding concern.

Gwenllian Morris
Debt Adviser, Citizens Advice Herefordshire
""",
      label=dict(kind="other", children=[("Evan Davies", None), ("Mali Davies", None)], next_action="human_review",
                 why="NEAR MISS: a lender's threat to 'take the kids' in July, reported, the man convicted with a restraining order, 'That matter is closed' -> past and resolved, not urgent; a partner's referral to the co-ordinators, not a step request -> other -> human_review."),
      category="near_miss")

build("herefordshire_05.eml", "herefordshire", "early_help_duty",
      "Dan Whittall <dan.whittall@herefordshire.gov.uk>",
      "Leo and Maisie Price-Jones home on their own",
      (2036, 11, 28, 18, 50, 9), off_hours=True,
      body="""dictated on my phone sorry for mistakes

hi its Dan Whittall family support worker early help Leominster. I'm outside the Price-Jones house on Ryelands Road. Leo Price-Jones he's 7 and Maisie Price-Jones she's 4 are on their own inside. Leo opened the window and talked to me, he says Dad went to Birmingham this morning to see the man he owes money to and said he'd be back tomorrow. There's no food in the house, Leo said they had crisps for dinner. Dad sold the freezer and the TV last week. Mum is in hospital in Worcester since Tuesday. Leo won't open the door because Dad told him not to open it to anyone. Dad's phone is off. The heating isn't on, it's about 2 degrees tonight. I'm staying here outside till someone comes

Dan
07700 900 612""",
      mailer="Outlook for Android",
      label=dict(kind="other", urgent=True, children=[("Leo Price-Jones", None), ("Maisie Price-Jones", None)],
                 concerns=["neglect"], next_action="alert_duty",
                 why="Dictated from outside the house at 18:50 on a Friday: a 7- and a 4-year-old alone overnight, no food, no heat, father gone to see his creditor (DESIGN safety rule 1, out of hours -> EDT); ages only -> dob null; no request -> other."))

build("herefordshire_06.eml", "herefordshire", "early_help_duty",
      "Anwen Lloyd-Jenkins <anwen.lloyd-jenkins@herefordshire.gov.uk>",
      "Step down to Early Help - Jack Hollings - Mosaic 2296604",
      (2036, 12, 3, 10, 30, 45),
      body="""Hello co-ordinators,

Step-down for Jack Hollings (DOB 15/08/2022), Mosaic 2296604, after Xavier and I discussed it on Monday. Attached: the Early Help Assessment step-down plan and Mr Hollings' signed consent form.

Key person: Priya Sandhu, Learning Mentor, Hereford Academy.

On the money-mule question from the original referral: the bank flagged payments in and out of Jack's account in October. We have looked at this carefully with the bank and the police - the payments were his grandad's birthday money and Jack's own sale of his old bike on Marketplace. There is no evidence that Jack has been used to move money for anyone and no one has approached him. That line of enquiry is closed.

What remains is Dad's depression after losing his job. Dad is now under the GP and attending talking therapies.

Thanks
Anwen Lloyd-Jenkins
Social Worker, Hereford City Locality
""",
      atts=[DOCX("Early Help Assessment step-down plan - Hollings.docx", ["Early Help Assessment step-down plan", "Jack Hollings, Mosaic 2296604",
                 "Key person: Priya Sandhu, Hereford Academy", "Plan: mentor sessions; Dad's wellbeing support."]),
            PDF("Consent form signed - Hollings.pdf", "Written consent to Early Help", ["Parent: Martin Hollings", "I consent to Early Help support for Jack.",
                "Signed 28/11/2036"])],
      label=dict(kind="step_down", case_ids=["2296604"], children=[("Jack Hollings", "2022-08-15")],
                 concerns=["parental_mental_health"], consent=True, next_action="book_meeting",
                 why="NEAR MISS: a money-mule flag negated and closed ('no evidence that Jack has been used to move money') -> not urgent, no exploitation; complete Herefordshire step-down (plan, signed consent form, key person with agency) -> book_meeting; level not stated -> null."),
      category="near_miss")

HF07_CAL = ics_reply("mixed108-hf07-%s@herefordshire.gov.uk" % h("hf07"), "verity.lang@herefordshire.gov.uk",
                     "sophie.delacroix-hughes@herefordshire.gov.uk", "Sophie Delacroix-Hughes", "TENTATIVE",
                     "Step-down drop-in - Zielinski - Mosaic 2290417", datetime(2036, 10, 21, 10, 0), datetime(2036, 10, 21, 10, 30),
                     comment="Might be in court that morning - will confirm by Monday.", stamp="20361014T082000")
build("herefordshire_07.eml", "herefordshire", "early_help_duty",
      "Sophie Delacroix-Hughes <sophie.delacroix-hughes@herefordshire.gov.uk>",
      "Tentative: Step-down drop-in - Zielinski - Mosaic 2290417",
      (2036, 10, 14, 9, 20, 11),
      body="Sophie Delacroix-Hughes has tentatively accepted this meeting.\n\nMight be in court that morning - will confirm by Monday.\n",
      calendar=HF07_CAL, mailer="Microsoft Outlook 16.0",
      label=dict(kind="meeting_reply", case_ids=["2290417"], next_action="record_reply",
                 why="Outlook iTIP REPLY PARTSTAT=TENTATIVE with a COMMENT for the Tuesday drop-in; DESIGN: meeting_reply -> record_reply."))

HF08_ACK = ack("[SB-herefordshire-4471]", "herefordshire.gov.uk", "13 October 2036 15:32",
               ["Child: Antoni Zielinski", "Mosaic: 2290417", "Missing: the family's written consent"])
build("herefordshire_08.eml", "herefordshire", "early_help_duty",
      "Sophie Delacroix-Hughes <sophie.delacroix-hughes@herefordshire.gov.uk>",
      "RE: [SB-herefordshire-4471] Step down plan - Zielinski - Mosaic 2290417",
      (2036, 10, 17, 14, 0, 36),
      body="""Hi,

Signed consent form attached - Ms Zielinska signed it at my visit yesterday.

Sophie

""" + quote(HF08_ACK) + "\n",
      atts=[PDF("Zielinski consent signed.pdf", "Early Help consent form", ["Parent: Agnieszka Zielinska", "I give my consent to Early Help for Antoni.",
                "Signed 16/10/2036"])],
      label=dict(kind="follow_up", case_ids=["2290417"], children=[("Antoni Zielinski", None)], consent=True,
                 next_action="attach_to_request",
                 why="A reply to [SB-herefordshire-4471] bringing herefordshire_02's signed consent form -> follow_up -> attach_to_request; 'signed it at my visit' -> consent true."))


# ---------------------------------------------------------------- checks
def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def plain_weekdays(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return n

def readable(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        data = part.get_payload(decode=True)
        if ct.startswith("text/"):
            txt = data.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                import html as _h
                txt = _h.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
        elif ct == "application/pdf":
            out.append(pdf_text(data))
        elif "wordprocessingml" in ct:
            out.append(docx_text(data))
        elif ct == "application/ics":
            out.append(data.decode())
    return "\n".join(out)

def expected_next(e, authority):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (authority == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

ALLOWED_MISSING = {
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down"): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}

def check():
    errs = []
    if len(FILES) != 40:
        errs.append("expected 40 files, got %d" % len(FILES))
    per = {}
    for l in LABELS:
        per[l["authority"]] = per.get(l["authority"], 0) + 1
    if any(per.get(a) != 8 for a in MAILBOXES):
        errs.append("8 per authority expected: %s" % per)
    for a in MAILBOXES:
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("%s: file names %s" % (a, names))
    cats = {}
    for c in CATS.values():
        cats[c] = cats.get(c, 0) + 1
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11 or sum(cats.values()) != 40:
        errs.append("category counts %s" % cats)
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing", "notice_ok", "next_action"]
    for l in LABELS:
        f, e, a = l["file"], l["expect"], l["authority"]
        try:
            msg = email.message_from_bytes(FILES[f], policy=policy.default)
        except Exception as ex:
            errs.append("%s: does not parse (%r)" % (f, ex)); continue
        for part in msg.walk():
            if part.defects:
                errs.append("%s: MIME defects %s" % (f, part.defects))
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[hname]:
                errs.append("%s: no %s" % (f, hname))
        text = readable(msg)
        if list(e) != keys:
            errs.append("%s: label keys %s" % (f, list(e)))
        if e["urgent"] != (CATS[f] == "urgent"):
            errs.append("%s: urgent %s vs category %s" % (f, e["urgent"], CATS[f]))
        if CATS[f] == "urgent":
            m = BANNED.search(text)
            if m:
                errs.append("%s: urgent mail uses banned word %r" % (f, m.group(0)))
        if e["next_action"] != expected_next(e, a):
            errs.append("%s: next_action %s, rules give %s" % (f, e["next_action"], expected_next(e, a)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            errs.append("%s: bad concerns %s" % (f, e["concerns"]))
        if e["missing"] != sorted(set(e["missing"])):
            errs.append("%s: missing not sorted/unique" % f)
        allowed = ALLOWED_MISSING.get((a, e["kind"]), set())
        if not set(e["missing"]) <= allowed:
            errs.append("%s: missing %s not allowed for %s %s" % (f, e["missing"], a, e["kind"]))
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            errs.append("%s: level %s" % (f, e["level"]))
        addr = MAILBOXES[a][l["mailbox"]].lower()
        if addr not in (str(msg["To"]) + " " + str(msg["Cc"] or "")).lower():
            errs.append("%s: mailbox address not in To/Cc" % f)
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        now = datetime.fromisoformat(l["now"])
        if not (WINDOW[0] <= dt.date() <= WINDOW[1]):
            errs.append("%s: Date outside window" % f)
        if (dt.weekday() >= 5 or dt.date() in BANK_HOLIDAYS) and not META[f]["off_hours"]:
            errs.append("%s: Date on a weekend without an off-hours reason" % f)
        want_off = timedelta(hours=1) if dt < BST_END else timedelta(0)
        if dt.utcoffset() != want_off or now.utcoffset() != want_off:
            errs.append("%s: offset should be %s" % (f, want_off))
        if not (timedelta(0) < now - dt <= timedelta(minutes=10)):
            errs.append("%s: now not shortly after Date" % f)
        for c in e["children"]:
            if c["name"] not in text:
                errs.append("%s: child %s not in text" % (f, c["name"]))
            if c["dob"]:
                d = date.fromisoformat(c["dob"])
                if not (d < now.date() and (now.date().year - d.year - ((now.month, now.day) < (d.month, d.day))) < 18):
                    errs.append("%s: %s dob %s not a child at now" % (f, c["name"], c["dob"]))
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append("%s: case id %s not in text" % (f, cid))
        # notice: Knowsley step kinds only
        mt = META[f]["meeting"]
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if mt is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    errs.append("%s: no meeting but notice/meeting_details wrong" % f)
            else:
                wd = working_days(now.date(), mt)
                if e["notice_ok"] != (wd >= 5):
                    errs.append("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], wd))
        elif e["notice_ok"] is not None:
            errs.append("%s: notice_ok set outside Knowsley step kinds" % f)
        if e["kind"] in ("step_up", "step_down") and not (a == "herefordshire" and e["kind"] == "step_up"):
            fact = {"consent": e["consent"] is True, "manager_agreed": e["manager_agreed"] is True}
            for k, ok in fact.items():
                if k in allowed and k in ("consent", "manager_agreed"):
                    req = True
                    if a == "knowsley" and k == "consent" and (e["level"] or 3) != 3:
                        req = False
                    if req and ok == (k in e["missing"]):
                        errs.append("%s: %s=%s vs missing %s" % (f, k, e[k], e["missing"]))
            if not e["children"] and "children" not in e["missing"]:
                errs.append("%s: no children but children not missing" % f)
        else:
            if e["missing"]:
                errs.append("%s: missing must be [] for kind %s" % (f, e["kind"]))
        auto = msg["Auto-Submitted"]
        if (e["kind"] == "auto_reply") != bool(auto and auto != "no"):
            errs.append("%s: Auto-Submitted vs kind" % f)
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != (len(cal) == 1 and "METHOD:REPLY" in cal[0].get_content()):
            errs.append("%s: calendar REPLY vs kind" % f)
        has_ref = bool(re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"])))
        if (e["kind"] == "follow_up" and not has_ref) or (e["kind"] in ("step_up", "step_down", "other") and has_ref):
            errs.append("%s: [SB-] reference vs follow_up" % f)
        if re.search(r"\b20(3[89]|[4-9]\d)\b", text):
            errs.append("%s: a year after 2037 in the text" % f)
    return errs, cats

def main():
    errs, cats = check()
    if errs:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(errs))
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    print("self-checks passed: 40 messages, 8 per authority, every one parses with email.message_from_bytes;"
          " no banned word in any urgent mail (subject, bodies, quoted history, attachments);"
          " labels agree with categories; next_action follows DESIGN's order; Knowsley notice counted in working days")
    print("categories:", dict(sorted(cats.items())))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        if l["expect"]["urgent"]:
            print("  URGENT %s (%s, %s): %s" % (l["file"], l["expect"]["kind"], l["now"], l["why"].split(";")[0]))
    if "--stats" in sys.argv:
        for l in sorted(LABELS, key=lambda l: l["file"]):
            m = META[l["file"]]["meeting"]
            if m and l["authority"] == "knowsley":
                t = datetime.fromisoformat(l["now"]).date()
                print("  %s: now %s meeting %s -> %d WD (%d plain weekdays)" % (l["file"], t, m, working_days(t, m), plain_weekdays(t, m)))

if __name__ == "__main__":
    main()
