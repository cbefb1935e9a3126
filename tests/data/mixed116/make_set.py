#!/usr/bin/env python3
"""mixed116: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the spring term of 2037
(Monday 5 January - Friday 27 March 2037), in families with no recourse to public funds and insecure immigration
status.

Standard library only (python3 make_set.py). Deterministic: boundaries, Message-IDs and UIDs come from sha1 of the
file name; zip timestamps are fixed. Every label was written by hand from /work/shared/DESIGN.md,
/work/shared/REQUIREMENTS.md, the seeds and the policy packs; the self-checks below only verify them against those
rules and stop before writing anything if one fails. The set was never run through the parser.
"""

import hashlib, html, io, json, os, re, sys, zipfile
import email, email.policy, email.utils, email.charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2037, 1, 5), date(2037, 3, 27))

# ---------------------------------------------------------------- calendar ------------------------------------
def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, mo, da)

def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)

def last_monday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1)
    return d - timedelta(days=d.weekday())

def bank_holidays(y):
    """England & Wales bank holidays (substitute days for weekend Christmas/New Year)."""
    e = easter(y)
    hol = [e - timedelta(days=2), e + timedelta(days=1), first_monday(y, 5), last_monday(y, 5), last_monday(y, 8)]
    nyd = date(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += timedelta(days=1)
    hol.append(nyd)
    xmas, box = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:
        xmas, box = date(y, 12, 27), date(y, 12, 28)
    elif xmas.weekday() == 6:
        xmas, box = date(y, 12, 26), date(y, 12, 27)
    elif box.weekday() == 5:
        box = date(y, 12, 28)
    hol += [xmas, box]
    return sorted(hol)

BH = set(bank_holidays(2037))
assert date(2037, 4, 3) in BH and date(2037, 4, 6) in BH and date(2037, 1, 1) in BH, "2037 Easter / New Year"
assert not [d for d in BH if WINDOW[0] <= d <= WINDOW[1]], "no bank holiday inside the window"

def is_wd(d):
    return d.weekday() < 5 and d not in BH

def wd_between(today, meeting_day):
    """Working days d with today < d <= meeting_day (DESIGN, notice)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting_day:
        n += is_wd(d)
        d += timedelta(days=1)
    return n

# ---------------------------------------------------------------- MIME helpers --------------------------------
QP = email.charset.Charset("utf-8"); QP.body_encoding = email.charset.QP; QP.header_encoding = email.charset.QP

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

def dtl(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def addr(name, a):
    return email.utils.formataddr((name, a), charset="utf-8") if name else a

def txt(s, sub="plain"):
    return MIMEText(s, sub, QP)

def html_of(text):
    paras = []
    for p in text.split("\n\n"):
        paras.append('<p style="margin:0 0 11pt 0">%s</p>' % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % "\n".join(paras))

def alt(fname, text, htm=None, n=0):
    m = MIMEMultipart("alternative", boundary="_alt%d_%s" % (n, sha(fname + "alt%d" % n)[:24]))
    m.attach(txt(text))
    m.attach(txt(htm if htm is not None else html_of(text), "html"))
    return m

def attach(data, filename, ctype):
    main, sub = ctype.split("/")
    p = MIMEApplication(data, sub) if main == "application" else MIMEText(data.decode("ascii"), sub, "us-ascii")
    if main == "application":
        p.replace_header("Content-Type", ctype)
    p.set_param("name", filename)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p

def mixed(fname, parts):
    m = MIMEMultipart("mixed", boundary="_mix_%s" % sha(fname + "mix")[:26])
    for p in parts:
        m.attach(p)
    return m

def pdf_bytes(lines):
    """A one-page (or more) PDF 1.4, Helvetica, uncompressed text stream."""
    def esc(s):
        s.encode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages, cur = [], []
    for l in lines:
        cur.append(l)
        if len(cur) == 48:
            pages.append(cur); cur = []
    if cur or not pages:
        pages.append(cur)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for pl in pages:
        body = "BT /F1 10 Tf 50 790 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in pl) + "ET"
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(body.encode()), body))
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    "/Contents %d 0 R >>" % len(objs))
        kids.append(len(objs))
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out

def pdf_text(data):
    s = data.decode("latin-1")
    return "\n".join(re.sub(r"\\(.)", r"\1", m) for m in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", s))

def docx_bytes(paras, when=(2037, 1, 5, 9, 0, 0)):
    def p(t):
        bold = t.startswith("**")
        t = t.strip("*")
        r = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr><w:b/></w:rPr>" if bold else "",
                                                                 html.escape(t, quote=False))
        return "<w:p>%s</w:p>" % r
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % "".join(p(t) for t in paras))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files:
            zi = zipfile.ZipInfo(n, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return bio.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", x.replace("</w:p>", "\n")))

VTZ = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

def fold(line):
    out = []
    while len(line.encode()) > 74:
        cut = 74
        while len(line[:cut].encode()) > 74:
            cut -= 1
        out.append(line[:cut]); line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)

def ics(method, uid, start, end, summary, organizer, attendee=None, partstat=None, comment=None, location=None,
        attendees=(), stamp="20370101T090000Z", seq=0):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:%s" % method] + VTZ.split("\n") + ["BEGIN:VEVENT"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    if attendee:
        L.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1]))
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % a)
    if comment:
        L.append("COMMENT:" + comment.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    L += ["UID:%s" % uid, "SEQUENCE:%d" % seq, "DTSTAMP:%s" % stamp,
          "DTSTART;TZID=Europe/London:%s" % start, "DTEND;TZID=Europe/London:%s" % end,
          "SUMMARY:%s" % summary.replace(",", "\\,")]
    if location:
        L.append("LOCATION:%s" % location.replace(",", "\\,"))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"

def cal_part(text, method):
    p = MIMEText(text, "calendar", "us-ascii")
    p.set_param("method", method)
    return p

# ---------------------------------------------------------------- the authorities ----------------------------
MBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
MAILBOX_NAMES = {"knowsleymash@knowsley.gov.uk": "Knowsley MASH",
                 "FamilyFirst0-18DutyMailbox@knowsley.gov.uk": "Family First 0-18 Duty Mailbox",
                 "MASH-StepUP@richmondandwandsworth.gov.uk": "MASH: Step Up",
                 "EarlyHelpDuty@richmondandwandsworth.gov.uk": "Early Help Duty",
                 "MAST@towerhamlets.gov.uk": "MAST", "EarlyHelpHub@towerhamlets.gov.uk": "Early Help Hub",
                 "mash@torbay.gov.uk": "Torbay MASH", "earlyhelp@torbay.gov.uk": "Early Help Torbay",
                 "mash@herefordshire.gov.uk": "Herefordshire MASH",
                 "earlyhelpcoordinators@herefordshire.gov.uk": "Early Help Co-ordinators"}

MAILS = []

def add(fname, auth, mbox, sent, frm, subject, root, label, cat, why, now_min=3, cc=None, to_extra=None,
        headers=None, in_reply_to=None, dobs=None, client="outlook"):
    MAILS.append(dict(fname=fname, auth=auth, mbox=mbox, sent=sent, frm=frm, subject=subject, root=root,
                      label=label, cat=cat, why=why, now_min=now_min, cc=cc or [], to_extra=to_extra or [],
                      headers=headers or [], in_reply_to=in_reply_to, dobs=dobs or {}, client=client))

def L(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None, next_action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": next_action}

# =============================================================================================================
# KNOWSLEY
# =============================================================================================================
f = "knowsley_01"
body = """Good morning,

I have rung the MASH line and was told to put it in writing as well, so here it is.

Ardit Hoxha (Year 10, DOB 14.06.2021) has not been seen by anyone since Friday evening. His mum came to our reception at 8.15 this morning with a neighbour interpreting (Albanian).

What she has told us:
- Ardit left the flat on Friday at about 9pm with a man she only knows as "Gezim". Gezim arranged the family's journey to the UK in 2035 and says they still owe him £9,000.
- Since October Ardit has been going out at night "to work" at a car wash and then a takeaway in Liverpool city centre to pay this off. He usually came back about 6am and slept in the day.
- He did not come home on Saturday, Sunday or last night. His phone goes straight to voicemail and his Snapchat has not been active since Friday.
- Mum has not reported him missing to the police. The family have no visa and she is frightened that if she goes to the police they will all be sent back. She says Gezim told her the same thing.

Last week his form tutor noticed Ardit had two new phones and a cut across his right hand that he would not talk about.

Mum is sitting in our family room now and says she will not leave until somebody helps her find her son. Her mobile is 07700 900418 but she needs an Albanian interpreter on the phone.

Siobhán O'Rourke
Head of Year 10 | Pastoral Lead
Halewood Park Academy
0151 496 0233
"""
add(f, "knowsley", "mash_step_up", "2037-01-12 08:47", ("Siobhán O'Rourke", "s.orourke@halewoodpark.example.org"),
    "Ardit Hoxha Y10 - not seen since Friday, mum says he is working nights to pay a 'debt'", alt(f, body),
    L("other", True, children=[("Ardit Hoxha", "2021-06-14")], concerns=["exploitation", "missing"],
      next_action="alert_duty"),
    "urgent", "Safety rule 1: a 15-year-old working nights to pay a smuggler's 'debt' has been unseen since Friday and "
    "nobody has told the police, an immediate exploitation and missing-child risk told in plain words; a school's "
    "report, not a step request, so kind other and alert_duty.",
    dobs={"Ardit Hoxha": "14.06.2021"})

f = "knowsley_02"
form = ["**FF Step Up request to CSC", "Case ID on EHM: EHM-61427",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 28/01/2037 10:00, Microsoft Teams",
        "Level of Engagement: medium - Engaging Families Toolkit not applicable (engagement is not the concern)",
        "Recent TAF meeting minutes attached: Yes (TAF 13.01.2037)",
        "**What are we worried about?",
        "Current concerns: Mr and Mrs Mirza and their three children share one room (approx. 3m x 4m) in a shared house in Huyton. "
        "The family have no recourse to public funds; Mr Mirza's visa expired in 2035 and they are overstayers. "
        "Mr Mirza works cash-in-hand in a car wash when there is work. The children often go without a hot meal; "
        "school report Hamza arriving hungry and in the same clothes for days. None of the children is registered with a GP; "
        "Inaya (2) has had no immunisations since her 8-week ones.",
        "Past harm: none known. Complicating factors: fear of the Home Office stops the family asking for help; "
        "Mrs Mirza speaks little English.",
        "Graded Care Profile 2 completed 09/01/2037 - scores of 4 for nutrition, housing and health (attached).",
        "**What is working well?", "The children are warm and affectionate with their parents. Mrs Mirza has attended every TAF meeting. "
        "Hamza's attendance is 97%.",
        "**What next?", "Goals: s17 assessment of need, including accommodation and subsistence; GP registration for all three children.",
        "Next steps: step up TAF meeting 28/01; referral to the NRPF team; immigration advice through the Law Centre.",
        "Up to date police information: none held.",
        "Agreement by line manager: Hamish Ibbot, Team Manager, agreed 16/01/2037.",
        "Contingency plan: weekly home visits and foodbank vouchers continue until the step up decision."]
gcp = ["Graded Care Profile 2 (GCP2) - Mirza family", "Completed 09/01/2037 by Chiamaka Eze-Whitfield, Family First Case Manager",
       "Area 1 Physical care - nutrition: 4", "Area 1 Physical care - housing: 4", "Area 1 Physical care - clothing: 3",
       "Area 1 Physical care - hygiene: 3", "Area 2 Care of safety: 3", "Area 3 Love and care: 2",
       "Area 4 Stimulation and education: 3", "Health: 4 (no GP registration for any child; Inaya's immunisations not given)",
       "Summary: the family's care is limited by destitution rather than by lack of warmth."]
mins = ["TAF meeting minutes - Mirza family - 13.01.2037", "Present: Mrs S. Mirza (Urdu interpreter by phone), C. Eze-Whitfield (Family First),",
        "D. Okoro (Huyton Primary), J. Lam (health visitor), R. Shah (St Aidan's food project)",
        "1. Review of the plan: food parcels in place; no progress on GP registration - practices have asked for proof of address.",
        "2. Housing: family still in one room; landlord has asked them to leave by the end of February.",
        "3. Agreed: case manager to discuss a step up to Children's Social Care with her team manager.",
        "Next TAF: step up TAF to be arranged (Wednesday)."]
cal = ics("REQUEST", "%s@knowsley.gov.uk" % sha(f)[:20], "20370128T100000", "20370128T113000",
          "Step up TAF meeting - Mirza family (EHM-61427)", ("Chiamaka Eze-Whitfield", "chiamaka.eze-whitfield@knowsley.gov.uk"),
          attendees=[("Knowsley MASH", "knowsleymash@knowsley.gov.uk"), ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")],
          location="Microsoft Teams Meeting", stamp="20370120T110000Z")
body = """Hi MASH,

Please find attached a step up request for the Mirza family, EHM-61427:

Hamza Mirza - DOB 02/09/2027
Zoya Mirza - DOB 19/03/2030
Inaya Mirza - DOB 11/11/2034

The step up TAF meeting is on Wednesday 28th January at 10am on Teams - the invite is attached and I have sent it to MASH business support for minutes. I will invite the current TAF members.

Attached: the FF step up request form, the GCP2 (neglect is the main concern) and the minutes of the last TAF on 13/01.

My team manager Hamish Ibbot discussed the step up with me in supervision on 16/01 and agreed it. Mrs Mirza consented to the step up being discussed - I went through it with her on 15/01 with a telephone interpreter (Urdu).

Many thanks
Chiamaka

Chiamaka Eze-Whitfield
Family First Case Manager (Level 3)
Knowsley Council
0151 496 0388
"""
root = mixed(f, [alt(f, body),
                 attach(docx_bytes(form, (2037, 1, 19, 16, 2, 0)), "FF Step Up Request to CSC - Mirza.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                 attach(pdf_bytes(gcp), "GCP2 Mirza Jan 2037.pdf", "application/pdf"),
                 attach(pdf_bytes(mins), "TAF minutes 13.01.2037 Mirza.pdf", "application/pdf"),
                 attach(cal.encode(), "Step up TAF - Mirza.ics", "text/calendar")])
add(f, "knowsley", "mash_step_up", "2037-01-20 11:05",
    ("Chiamaka Eze-Whitfield", "chiamaka.eze-whitfield@knowsley.gov.uk"),
    "Step up request - Mirza family - EHM-61427 - TAF Wed 28/01 10am", root,
    L("step_up", case_ids=["EHM-61427"],
      children=[("Hamza Mirza", "2027-09-02"), ("Zoya Mirza", "2030-03-19"), ("Inaya Mirza", "2034-11-11")],
      concerns=["neglect"], consent=True, manager=True, missing=[], notice_ok=True, next_action="book_meeting"),
    "ordinary", "Knowsley step_up: form, EHM case id, TM agreement, TAF minutes and (for neglect) the GCP2 all present; "
    "Tue 20 Jan to Wed 28 Jan is 6 working days (>= 5), so the request is complete: book_meeting.",
    cc=[("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")],
    dobs={"Hamza Mirza": "02/09/2027", "Zoya Mirza": "19/03/2030", "Inaya Mirza": "11/11/2034"})

f = "knowsley_03"
body = """Hello Family First duty,

Step down to Family First at Level 3 for the Sesay family.

Children: Fatmata Sesay, born 7th April 2029, and Ibrahim Sesay, born 22/10/2032
ICS ID: ICS-1588204
Mum: Ms Isatu Sesay

Joint home visit: Tuesday 7th April at 10am (after the Easter bank holidays), at the family's home - 14 Pennington Close, Huyton, L36 9ZQ. I will meet the Family First case manager outside at 9.50.

Consent: Ms Sesay has given her consent to the referral to Family First. I explained it with a Krio interpreter on 24/03.

WHAT ARE WE WORRIED ABOUT?
Ms Sesay's low mood. She has told her GP she feels hopeless while her further leave application is pending, and some days she struggles to get up; she started sertraline in February. She has no recourse to public funds and relies on s17 subsistence and the foodbank, which adds to the strain.

For background only: in 2035 the children's father kept their passports and threatened to take them to Freetown without Ms Sesay's agreement. A Prohibited Steps Order was made in March 2036, he left the UK later that year and he has had no contact with the family since. There are no current concerns about abduction or domestic abuse, and none have been raised by school or police in the last twelve months.

WHAT IS WORKING WELL?
Both children attend school every day (96% and 98%). Ms Sesay is warm, organised and keeps every appointment. She has a good immigration solicitor and a church network who help with childcare.

WHAT NEEDS TO HAPPEN?
Family First to support Ms Sesay's wellbeing (Talking Therapies referral, carers' group), help with budgeting and food, and keep in touch with her solicitor about the leave application. The CIN plan closes once the joint visit is done.

Thanks,
Joseph

Joseph Adeyemi-Clarke
Social Worker, Child in Need Team 2
Knowsley Council
"""
add(f, "knowsley", "early_help_duty", "2037-03-27 10:12", ("Joseph Adeyemi-Clarke", "joseph.adeyemi-clarke@knowsley.gov.uk"),
    "Step down L3 - Sesay - ICS-1588204 - joint visit Tues 7th April", alt(f, body),
    L("step_down", level=3, case_ids=["ICS-1588204"], children=[("Fatmata Sesay", "2029-04-07"), ("Ibrahim Sesay", "2032-10-22")],
      concerns=["parental_mental_health"], consent=True, missing=[], notice_ok=True, next_action="book_meeting"),
    "near_miss", "Near miss: the father's passport-holding and abduction threat are 2035 history with an order made "
    "and 'no current concerns'; complete Knowsley L3 step-down (visit date/time/address, three headings, consent). "
    "Fri 27 Mar to Tue 7 Apr is exactly 5 working days once Good Friday (3 Apr) and Easter Monday (6 Apr) are excluded: ok.",
    dobs={"Fatmata Sesay": "7th April 2029", "Ibrahim Sesay": "22/10/2032"})

f = "knowsley_04"
form = ["**FF Step Up request to CSC", "Case ID on EHM: EHM-61980", "Date of step up TAF meeting: Wed 11 Feb 2037, 1.30pm",
        "**What are we worried about?",
        "Since the Home Office letter in November the family stop answering the door. Missed the last three TAF meetings and two health visitor appointments.",
        "Neither child registered with a GP. Bao has several decayed front teeth and has been in pain; Minh Anh comes to school unwashed and hungry.",
        "**What is working well?", "Mum loves the children and walks them to school every day.",
        "**What next?", "s17 assessment; dentist; GP registration.", "Agreement by line manager: to follow"]
gcp = ["Graded Care Profile 2 - Nguyen family - 28/01/2037", "Nutrition 4, Health 4, Hygiene 3, Housing 3, Love and care 2",
       "Completed by R. McAllister"]
body = """Hi all

Step up request for the Nguyen family (EHM-61980) attached - Minh Anh Nguyen DOB 30/01/2031 and Bao Nguyen DOB 05/08/2033.

Main worries are neglect (GCP2 attached) and the family not engaging - they have stopped opening the door to anyone since mum got a letter from the Home Office about her application in November, they seem to think we will pass on their address.

Step up TAF is booked for Wednesday 11th Feb at 1.30pm on Teams, invite to follow.

Couple of things to follow: the minutes from the last TAF are still being typed up, and my manager Gwen Holloway is on leave until Monday so I will get her sign off then and forward it.

Thanks
Ruairí

Ruairí McAllister
Family First Case Manager
"""
root = mixed(f, [txt(body),
                 attach(docx_bytes(form, (2037, 2, 5, 14, 0, 0)), "Step up form Nguyen.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                 attach(pdf_bytes(gcp), "GCP2 - Nguyen.pdf", "application/pdf")])
add(f, "knowsley", "mash_step_up", "2037-02-05 15:20", ("Ruairí McAllister", "ruairi.mcallister@knowsley.gov.uk"),
    "Step up - Nguyen - EHM-61980", root,
    L("step_up", case_ids=["EHM-61980"], children=[("Minh Anh Nguyen", "2031-01-30"), ("Bao Nguyen", "2033-08-05")],
      concerns=["neglect", "non_engagement"], missing=["engaging_families", "manager_agreed", "taf_minutes"],
      notice_ok=False, next_action="request_info"),
    "ordinary", "Knowsley step_up with non-engagement but no Engaging Families toolkit, TAF minutes and the TM's "
    "agreement still to come (manager on leave: null), GCP2 present; Thu 5 Feb to Wed 11 Feb is 4 working days (< 5): request_info.",
    dobs={"Minh Anh Nguyen": "30/01/2031", "Bao Nguyen": "05/08/2033"})

f = "knowsley_05"
body = """Adding this to the request now as it has changed this afternoon.

Mrs Karimi rang me at 4pm from the school car park. Her husband has all the family's passports and the Home Office letters locked in his car. This morning he told her he has bought tickets and will take Yalda and Omid to his family in Herat on the flight from Manchester tomorrow at 11.40, and that she "will never see them again". He has hit her before when she argued about the papers.

He is collecting both children from after-school club at 5.30 today. She is too frightened to go home tonight and does not know what to do. She is still at the school with the office staff; her number is 07700 900256 (Dari, she manages some English).

Precious

Precious Mbeki-Lowe
Family First Case Manager
Knowsley Council

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 23 February 2037 09:41
To: Precious Mbeki-Lowe <precious.mbeki-lowe@knowsley.gov.uk>
Subject: [SB-KNO-0187-4RM] Step up request - Karimi family EHM-62355

Thank you. Your step-up request for Yalda Karimi (03/06/2028) and Omid Karimi (17/12/2031), EHM-62355, has been received. We have everything we need for the step-up TAF meeting on Wednesday 4 March at 10:00.
Reference: SB-KNO-0187-4RM
"""
add(f, "knowsley", "mash_step_up", "2037-02-25 16:38", ("Precious Mbeki-Lowe", "precious.mbeki-lowe@knowsley.gov.uk"),
    "RE: [SB-KNO-0187-4RM] Step up request - Karimi family EHM-62355", alt(f, body),
    L("follow_up", True, case_ids=["EHM-62355"], children=[("Yalda Karimi", "2028-06-03"), ("Omid Karimi", "2031-12-17")],
      concerns=["domestic_abuse"], next_action="alert_duty"),
    "urgent", "Safety rule 1 (read in a follow-up): a father who holds the passports and has hit the mother is collecting "
    "the children at 5.30 today to fly them abroad tomorrow; a reply to an existing request, so follow_up, but alert_duty first.",
    in_reply_to="SB-KNO-0187-4RM", dobs={"Yalda Karimi": "03/06/2028", "Omid Karimi": "17/12/2031"})

f = "knowsley_06"
body = """Hi Family First Duty

Please see below a Level 2 step down for Selam Tesfaye (DOB 15 May 2030), ICS-1579930.

Final CIN meeting: Tuesday 17th March 2037, 2pm, Huyton Family Hub, Room 2 (Civic Way).

New Lead Practitioner: Meron Haile, Family Support Worker, Beacon Refugee & Migrant Family Project - she has agreed to take on the lead practitioner role and will attend the final CIN.

Ms Tesfaye has consented to the transfer to Early Help; a Tigrinya interpreter was present when we discussed it on 6 March.

What are we worried about: Selam is autistic and has an EHCP; she finds change very hard and moves to secondary school in September. Mum's leave to remain application is still pending and the family have no recourse to public funds, so money is very tight.

What is working well: Selam's attendance has been 95%+ all year, her school (Knowsley Park Primary) know her well, and Mum follows the advice of the speech and language therapist. The family are in stable s17 accommodation.

What needs to happen: support for Selam's transition to secondary with the SENCO, help for mum with the EHCP annual review, and Beacon to keep helping mum with her immigration paperwork and foodbank referrals.

Thanks
Gráinne

Gráinne Whelan | Social Worker | Children in Need Team 1 | Knowsley Council
"""
add(f, "knowsley", "early_help_duty", "2037-03-09 10:40", ("Gráinne Whelan", "grainne.whelan@knowsley.gov.uk"),
    "L2 step down - Selam Tesfaye - ICS-1579930 - final CIN 17/03", alt(f, body),
    L("step_down", level=2, case_ids=["ICS-1579930"], children=[("Selam Tesfaye", "2030-05-15")],
      concerns=["disability_send"], consent=True, missing=[], notice_ok=True, next_action="book_meeting"),
    "ordinary", "Knowsley L2 step_down: final CIN date, time and venue, the three Signs of Safety headings and the new "
    "lead practitioner with her organisation; Mon 9 Mar to Tue 17 Mar is 6 working days: book_meeting.",
    dobs={"Selam Tesfaye": "15 May 2030"})

f = "knowsley_07"
text = """North West NRPF Practitioner Network - briefing, March 2037

Destitution, section 17 and when to call MASH

1. Section 17 support for families with no recourse to public funds
Local authorities can provide accommodation and subsistence under section 17 of the Children Act 1989 to families with NRPF whose children are in need. A family's immigration status does not stop a child being a child in need.

2. When is it a safeguarding matter right now?
Practitioners tell us they are unsure. These are examples from our training day and are not real cases. In each, call MASH (or 999 if a child is in danger) immediately rather than sending an email or a referral:
- a mother and baby put out onto the street late at night by the relatives she has been working for;
- a child with a high fever and a rash whose parents will not go to hospital because they fear NHS charges or being reported;
- a teenager who has gone missing while working off a "debt" to the people who brought the family to the UK;
- a parent who has said they will take the children abroad on a flight the next day without the other parent's agreement.

3. Dates for your diary
NRPF network meeting: Thursday 23 April 2037, 10:00-12:30, online.
Training: "No recourse, no problem? s17 assessments in practice", 14 May 2037.

You are receiving this because you subscribed to the NW NRPF Practitioner Network bulletin.
Unsubscribe: https://nrpf-nw.example.org/unsubscribe
"""
add(f, "knowsley", "early_help_duty", "2037-03-03 09:30", ("NW NRPF Practitioner Network", "bulletin@nrpf-nw.example.org"),
    "NRPF practitioner briefing – March 2037: destitution, s17 and when to call MASH", alt(f, text),
    L("other", next_action="human_review"),
    "near_miss", "Near miss: a network bulletin whose training examples (a mother and baby put out, a feverish child, a "
    "missing teenager, a flight abroad) are expressly not real cases; safety rule 1 says bulletins that list examples "
    "must not trigger an alert; kind other, human_review.",
    headers=[("List-Unsubscribe", "<https://nrpf-nw.example.org/unsubscribe>"), ("List-Id", "NW NRPF bulletin <bulletin.nrpf-nw.example.org>")])

f = "knowsley_08"
body = """Thank you for your message.

I am out of the office until Monday 16th March and will not be checking emails.

For interpreter bookings (face to face, telephone or video) please contact bookings@merseylanguage.example.org or call 0151 496 0710.

Kind regards
Dragana Petrović
Bookings Co-ordinator, Mersey Language Services
"""
add(f, "knowsley", "early_help_duty", "2037-03-11 10:02", ("Dragana Petrović", "d.petrovic@merseylanguage.example.org"),
    "Automatic reply: [SB-KNO-0203-9TD] Interpreter for the joint visit", txt(body),
    L("auto_reply", next_action="ignore"),
    "ordinary", "An interpreter agency's out-of-office (Auto-Submitted: auto-replied) answering a stepbot thread: "
    "auto_reply, ignore (safety rule 2, never answered).",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], in_reply_to="SB-KNO-0203-9TD")

# =============================================================================================================
# RICHMOND & WANDSWORTH
# =============================================================================================================
f = "richmond_wandsworth_01"
summary = ["**Case summary - Gebremedhin family - January 2037",
           "Mosaic IDs: Abel 2714408, Ruth 2714409",
           "Ms Tsega Gebremedhin (Eritrean national, asylum claim refused 2034, further submissions pending) lives with Abel (11) and Ruth (7) "
           "in one room of a house in multiple occupation in Battersea. No cooking facilities; damp; shared bathroom with six adults.",
           "The family has no recourse to public funds. Ms Gebremedhin has been cleaning for cash in a café, 6am-2pm; the work ended in December.",
           "Early Help involvement since May 2036: foodbank, uniform grant, school breakfast club, referral to Refugee Support Wandsworth.",
           "Ms Gebremedhin has been diagnosed with depression and PTSD; she told the Early Help worker she cannot sleep and has stopped eating.",
           "School report both children arriving hungry, Abel taking food home from lunch for his sister."]
rationale = ["Rationale for step up to Children's Services - Gebremedhin",
             "Despite eight months of Early Help the family remain destitute and the children's basic needs for food, warmth and space are not met.",
             "The family needs a section 17 assessment of need (accommodation and subsistence), which Early Help cannot provide.",
             "Ms Gebremedhin's mental health is deteriorating and she has no GP follow-up since October.",
             "Agreed by F. Adebayo-Price, Early Help Team Manager, 13/01/2037."]
body = """Dear MASH colleagues,

Following reflective discussion with the Early Help worker, Tsion Abraha, I have agreed that the Gebremedhin family should be stepped up to Children's Services.

Abel Gebremedhin, DOB 09/02/2025 - Mosaic ID 2714408
Ruth Gebremedhin, DOB 21/07/2029 - Mosaic ID 2714409

The latest case summary and the rationale for the step up are attached. In short: the family have no recourse to public funds and live in one damp room with no cooking facilities, the children are regularly hungry, and mum's depression is getting worse. They need a section 17 assessment.

Ms Gebremedhin has consented to the step up - Tsion explained it with a Tigrinya interpreter on 12 January.

Kind regards,

Folasade Adebayo-Price
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Children's Services
020 7946 0452
"""
root = mixed(f, [alt(f, body),
                 attach(docx_bytes(summary, (2037, 1, 13, 17, 0, 0)), "Case summary - Gebremedhin - Jan 2037.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                 attach(pdf_bytes(rationale), "Rationale for step up - Gebremedhin.pdf", "application/pdf")])
add(f, "richmond_wandsworth", "mash_step_up", "2037-01-14 14:25", ("Folasade Adebayo-Price", "folasade.adebayo-price@richmondandwandsworth.gov.uk"),
    "Step up to Children's Services - Gebremedhin - Mosaic 2714408 / 2714409", root,
    L("step_up", case_ids=["2714408", "2714409"], children=[("Abel Gebremedhin", "2025-02-09"), ("Ruth Gebremedhin", "2029-07-21")],
      concerns=["neglect", "parental_mental_health"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "ordinary", "Richmond & Wandsworth step_up from the Early Help Team Manager with the case summary and rationale "
    "attached: complete, book_meeting (invitation within 1 WD).",
    dobs={"Abel Gebremedhin": "09/02/2025", "Ruth Gebremedhin": "21/07/2029"})

f = "richmond_wandsworth_02"
body = """Hi, I'm the caseworker from Wandle Migrant Action, I'm at the family's room in Tooting now (17 Garratt Terrace, room 2, top floor).

Rosa Mendes, 6 (DOB 2030-08-29) has had a temperature since this morning - 40.1 on my thermometer 10 minutes ago. She has a rash of small purple-red spots on her legs and tummy and it does NOT fade when I press a glass on it. She is very sleepy and floppy and cries when the light is on.

Her parents (Brazilian, here since 2033, no visa, no GP) will not call an ambulance or go to St George's. They say the hospital will report them to the Home Office and charge them, dad keeps saying "they will take us to the airport". I have been trying for 20 minutes and they won't let me call 999 from the room. Her little brother Lucas Mendes (3) is here too.

I can't make them. Please can someone ring me now 07700 900612

Dorota
Sent from my Android phone
"""
htm = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>") for p in body.split("\n\n")) + "</div>\n")
add(f, "richmond_wandsworth", "mash_step_up", "2037-01-22 19:12", ("Dorota Wiśniewska", "dorota.w@wandlemigrantaction.example.org"),
    "Rosa Mendes age 6 - 40 temperature and rash, parents won't take her to hospital", alt(f, body, htm),
    L("other", True, children=[("Rosa Mendes", "2030-08-29"), ("Lucas Mendes", None)], concerns=["neglect"],
      next_action="alert_duty"),
    "urgent", "Safety rule 1, out of hours (19:12): a floppy 6-year-old with a 40.1 fever and a non-blanching rash whose "
    "parents refuse hospital for fear of being reported; told plainly from a phone; kind other, alert_duty.",
    dobs={"Rosa Mendes": "2030-08-29"}, client="android")

f = "richmond_wandsworth_03"
summary = ["**Latest case summary - Olufemi twins", "Mosaic ID 2698841",
           "Kehinde and Taiwo Olufemi (10) live with their parents in a one-bedroom flat rented privately in Roehampton.",
           "Mr and Mrs Olufemi overstayed visitor visas in 2029; an application for leave to remain on the basis of the twins' "
           "ten years in the UK was lodged in December 2036.",
           "CIN plan since September 2036 after the school raised poor attendance (82%) and the family's food poverty.",
           "Progress: s17 subsistence in place; twins' attendance up to 91% this term; parents engaging well."]
body = """Dear Early Help Duty,

Further to my call with Keziah Bloom (Early Help duty team manager) this morning, this is to confirm the step down case discussion for the Olufemi twins on Friday 6th February at 2pm on Teams.

Kehinde Olufemi - 04/03/2026
Taiwo Olufemi - 04/03/2026
Mosaic ID 2698841

The latest case summary is attached. I am finishing the draft Early Help plan with the family this week and will send it before Friday.

Consent: not yet. Mr Olufemi wants to speak to his immigration solicitor before he agrees to Early Help, as he is worried information will be shared with the Home Office. I am seeing the family on Thursday and will confirm then.

The main outstanding need is school attendance, plus help with budgeting and the solicitor's fees.

Best wishes,
Tomás

Tomás Ferreira-Lund
Social Worker, Wandsworth Child in Need Team
"""
root = mixed(f, [alt(f, body), attach(docx_bytes(summary, (2037, 2, 3, 11, 0, 0)), "Case summary Olufemi Feb 2037.docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "richmond_wandsworth", "early_help_duty", "2037-02-03 12:30", ("Tomás Ferreira-Lund", "tomas.ferreira-lund@richmondandwandsworth.gov.uk"),
    "Step down case discussion - Olufemi twins - Fri 6/2 2pm", root,
    L("step_down", case_ids=["2698841"], children=[("Kehinde Olufemi", "2026-03-04"), ("Taiwo Olufemi", "2026-03-04")],
      concerns=["school_attendance"], consent=None, missing=["consent", "draft_plan"], next_action="request_info"),
    "ordinary", "Richmond & Wandsworth step_down: case summary attached but the draft plan is still to come and consent "
    "is pending (father first wants his solicitor's advice: null, not refused): request_info.",
    dobs={"Kehinde Olufemi": "04/03/2026", "Taiwo Olufemi": "04/03/2026"})

f = "richmond_wandsworth_04"
body = """Dear MASH Step Up,

I am writing as Early Help Team Manager to step up the Lleshi family. I have agreed the step up following reflective discussion with the Early Help worker, Hollie Marchetti, on 20 February. Mrs Lleshi knows we are stepping up and agrees (explained with an Albanian interpreter on 23/02).

Klevis Lleshi, DOB 02/11/2020
Era Lleshi, DOB 13/06/2027
Drin Lleshi, DOB 30/09/2032
Mosaic IDs 2720155 / 2720156 / 2720157

CASE SUMMARY
Mrs Lleshi and her three children arrived in 2034 and have no leave to remain; they have no recourse to public funds. The family of four live in one room in a house in Tooting. Mrs Lleshi cleans the landlord's other properties unpaid in exchange for the room. The children are often hungry; Drin (4) is not registered with a GP and has had none of his pre-school immunisations; Era has head lice and untreated eczema.

Background, for completeness: in April 2036 Klevis was missing for two nights and was found working at a cannabis grow in Croydon, which the adults involved said was to pay off the family's "travel debt". He was returned home the same day, an NRM referral was made (positive conclusive grounds decision, October 2036) and two men were convicted in January. There have been no missing episodes since; Klevis goes to college every day and the police and YJS have closed their involvement. This is not the reason for the step up.

RATIONALE FOR STEP UP
After six months of Early Help the children's basic needs are still not being met, and the family's situation (destitute, NRPF, one room, a landlord who can put them out at any time) needs a section 17 assessment of need that only Children's Services can carry out.

Regards,
Marguerite N'Diaye
Early Help Team Manager, Wandsworth South
"""
add(f, "richmond_wandsworth", "mash_step_up", "2037-02-24 10:05", ("Marguerite N'Diaye", "marguerite.ndiaye@richmondandwandsworth.gov.uk"),
    "Step up - Lleshi family (3 children)", alt(f, body),
    L("step_up", case_ids=["2720155", "2720156", "2720157"],
      children=[("Klevis Lleshi", "2020-11-02"), ("Era Lleshi", "2027-06-13"), ("Drin Lleshi", "2032-09-30")],
      concerns=["neglect"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "near_miss", "Near miss: Klevis's exploitation and missing episode are April 2036 history (NRM decided, men convicted, "
    "no episodes since, 'not the reason'); the step_up itself is complete, with the case summary and rationale pasted under "
    "their headings: book_meeting.",
    dobs={"Klevis Lleshi": "02/11/2020", "Era Lleshi": "13/06/2027", "Drin Lleshi": "30/09/2032"})

f = "richmond_wandsworth_05"
plan = ["**Draft Early Help plan - Olufemi family (Mosaic 2698841)",
        "Need 1: school attendance above 95%. Action: Early Help worker and school attendance officer; morning routine plan. By Easter.",
        "Need 2: budgeting and food. Action: referral to the Citizens Advice money adviser; foodbank vouchers. By 1 March.",
        "Need 3: immigration advice. Action: parents to keep appointments with their solicitor; Early Help worker to help with letters.",
        "Lead professional: to be agreed at the case discussion."]
body = """Hi,

Attached is the draft Early Help plan for the Olufemi twins ahead of tomorrow's case discussion at 2pm.

Good news on consent: I saw Mr and Mrs Olufemi this afternoon. Their solicitor had reassured them and both parents have given their consent to Early Help continuing the plan.

Thanks
Tomás

Sent from Outlook for iOS
"""
root = mixed(f, [txt(body), attach(docx_bytes(plan, (2037, 2, 5, 15, 0, 0)), "Draft EH plan - Olufemi.docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "richmond_wandsworth", "early_help_duty", "2037-02-05 16:10", ("Tomás Ferreira-Lund", "tomas.ferreira-lund@richmondandwandsworth.gov.uk"),
    "RE: [SB-RAW-0112-3KP] Step down case discussion - Mosaic 2698841", root,
    L("follow_up", case_ids=["2698841"], consent=True, next_action="attach_to_request"),
    "ordinary", "A reply on an existing step-down thread ([SB-RAW-...]) bringing the draft plan and the parents' consent: "
    "follow_up, attach_to_request; the twins are not named in full, so children is empty.",
    in_reply_to="SB-RAW-0112-3KP", client="ios")

f = "richmond_wandsworth_06"
body = """hello

I am Nasrin Hosseini, the mother of Parisa Hosseini she is 7 and Arman Hosseini he is 2. The early help lady Julie give me this email before.

Tonight my husband he hit me on my face and he say he will kill me and kill the children if I go to police, because I have no visa and he have all our papers, passport everything. At 9 o clock I take the children and go out from the house. Now we are on the night bus, I don't know where to go. I have 3 pound only. Arman has no shoes only socks and it is very cold.

My husband is calling and calling me, he say he is coming to find us, he know where my friend live so I cannot go there. They tell me before refuge is not possible because no public funds.

please somebody call me 07700 900377

Sent from my iPhone
"""
add(f, "richmond_wandsworth", "early_help_duty", "2037-03-12 22:47", ("Nasrin H", "nasrin.h1990@mailbox.example.com"),
    "please help me and my children tonight", txt(body),
    L("other", True, children=[("Parisa Hosseini", None), ("Arman Hosseini", None)], concerns=["domestic_abuse"],
      next_action="alert_duty"),
    "urgent", "Safety rule 1 at night (22:47, out of hours): a mother in second-language English, just assaulted, on a "
    "night bus with a 7- and a 2-year-old, the father threatening to kill them and searching for them; kind other, alert_duty.",
    client="iphone", now_min=4)

f = "richmond_wandsworth_07"
letter = ["Chaudhry & Lindqvist Immigration Solicitors", "Our ref: AC/OKO/4471   Home Office ref: O1187245",
          "Tribunal ref: HU/01234/2036", "", "16 March 2037", "", "To whom it may concern",
          "Our client: Mrs Adaeze Okonkwo", "",
          "We act for Mrs Okonkwo in her appeal against the refusal of her human rights claim. The appeal is listed for a",
          "full hearing at the First-tier Tribunal (Taylor House) on 30 April 2037.",
          "For the avoidance of doubt: no removal directions have been set, and our client and her two children cannot",
          "be removed from the UK while the appeal is pending. Should the appeal be dismissed we would advise on an",
          "application for permission to appeal to the Upper Tribunal; any risk of removal would arise only after that.",
          "Our client has asked that her Early Help worker be sent a copy of this letter for the family's file.",
          "Yours faithfully", "Chaudhry & Lindqvist"]
body = """Dear Early Help team,

Please see attached our letter regarding Mrs Adaeze Okonkwo's appeal, which our client asked us to share with her Early Help worker (Ms Rebecca Osei-Tutu). Please pass it on if she is not the right recipient.

This is a routine update; no action is needed from you.

Kind regards

Amrit Chaudhry
Solicitor
Chaudhry & Lindqvist Immigration Solicitors
020 7946 0917
This email and any attachments are confidential and may be legally privileged.
"""
root = mixed(f, [alt(f, body), attach(pdf_bytes(letter), "Letter re appeal - Okonkwo 16.03.2037.pdf", "application/pdf")])
add(f, "richmond_wandsworth", "early_help_duty", "2037-03-16 11:40", ("Amrit Chaudhry", "a.chaudhry@cl-immigration.example.co.uk"),
    "Mrs A Okonkwo - appeal update (our ref AC/OKO/4471)", root,
    L("other", next_action="human_review"),
    "near_miss", "Near miss: an immigration solicitor's routine appeal letter ('no removal directions', removal only a "
    "possibility after a later decision); no child named, no step request, no case-system id (Home Office and tribunal "
    "references are not case ids): other, human_review.")

f = "richmond_wandsworth_08"
comment = "Accepted - I'll bring Tsion (the Early Help worker). We'll need a Tigrinya interpreter on the call for mum's views."
cal = ics("REPLY", "SB-RAW-0098-6HF-%s@stepbot" % sha(f)[:10], "20370116T100000", "20370116T110000",
          "Step-up case discussion - [SB-RAW-0098-6HF]", ("MASH Business Support", "mash.businesssupport@richmondandwandsworth.gov.uk"),
          attendee=("Folasade Adebayo-Price", "folasade.adebayo-price@richmondandwandsworth.gov.uk"), partstat="ACCEPTED",
          comment=comment, stamp="20370115T094000Z")
m = MIMEMultipart("alternative", boundary="_rep_%s" % sha(f)[:24])
m.attach(txt(comment + "\n"))
m.attach(cal_part(cal, "REPLY"))
add(f, "richmond_wandsworth", "mash_step_up", "2037-01-15 09:40", ("Folasade Adebayo-Price", "folasade.adebayo-price@richmondandwandsworth.gov.uk"),
    "Accepted: Step-up case discussion - [SB-RAW-0098-6HF]", m,
    L("meeting_reply", next_action="record_reply"),
    "ordinary", "An iTIP REPLY (PARTSTAT=ACCEPTED) with a COMMENT asking for an interpreter: meeting_reply, record_reply.",
    in_reply_to="SB-RAW-0098-6HF")

# =============================================================================================================
# TOWER HAMLETS
# =============================================================================================================
f = "tower_hamlets_01"
body = """MAST,

Ms Rukhsana Akhtar (24, Pakistani national, overstayer) has just walked into our reception at Albert Jacob House, Bow, with her son Ayaan Akhtar, 4 months old (DOB 11/09/2036).

Since she arrived in 2034 she has lived with her husband's cousin's family in Stepney, cooking, cleaning and looking after their four children from about 5am to midnight, unpaid. They have kept her passport since she arrived. Her husband was removed from the UK last year.

This afternoon the cousin's wife put her out on the doorstep with the baby, a carrier bag and no coat, and told her not to come back. She has no money, no phone credit and nobody else in this country. Ayaan has not had a feed since 11am and she has one nappy left.

Our office closes at 5.30 and she has nowhere to sleep tonight. We cannot accommodate without a section 17 decision. She is asking us not to call the police because she is afraid she will be detained.

Please can a MAST social worker ring me on 020 7946 0581 before 5.30.

Shahana Begum-Rowe
NRPF Officer, NRPF Team
London Borough of Tower Hamlets
"""
add(f, "tower_hamlets", "mash_step_up", "2037-01-16 16:52", ("Shahana Begum-Rowe", "shahana.begum-rowe@towerhamlets.gov.uk"),
    "Mother and 4 month old baby in our reception - put out by relatives today, nowhere to go tonight", alt(f, body),
    L("other", True, children=[("Ayaan Akhtar", "2036-09-11")], concerns=["exploitation", "neglect"], next_action="alert_duty"),
    "urgent", "Safety rule 1 (Friday 16:52, office about to close): a mother kept in unpaid domestic servitude has been put "
    "out with a 4-month-old who has not been fed since 11am and has nowhere to sleep tonight; kind other, alert_duty.",
    dobs={"Ayaan Akhtar": "11/09/2036"})

f = "tower_hamlets_02"
marf = ["Tower Hamlets Multi-Agency Request for Support form (MARF)", "Family: Uddin   Mosaic ID: 2739062",
        "Children: Tahmid Uddin (12/01/2029), Nusrat Uddin (05/05/2033)", "Parent: Mrs Rashida Uddin (spouse visa, expires 2038)",
        "Reason for request: Mr Uddin controls all the family's documents (passports, BRPs, Home Office letters) and the money.",
        "Mrs Uddin is not allowed to attend ESOL or to see friends. She says he tells her that if she leaves he will have her",
        "deported and keep the children. No physical violence reported. Children well presented, good attendance.",
        "Consent: Mrs Uddin consented to this request (Sylheti interpreter, 02/02/2037, husband not present).",
        "Requested by: Anjali Raghunathan, Early Help Family Support Practitioner."]
body = """Dear MAST,

Please find attached a MARF to step up the Uddin family (Mosaic ID 2739062) to Children's Social Care:
Tahmid Uddin - 12.01.2029
Nusrat Uddin - 05.05.2033

The worry is coercive control of Mrs Uddin by her husband, who keeps every document and tells her she will be deported if she leaves. There has been no violence reported and the children are doing well at school, but Mrs Uddin is very isolated and frightened.

I have discussed this with my manager, Priya Castellan. She does not agree that it meets the threshold for a step up yet and would like us to try the specialist domestic abuse worker first, but I am sending it for a MAST view as I am still worried.

Mrs Uddin consented to the request when we spoke with a Sylheti interpreter on 2 February, while her husband was at work.

Thanks,
Anjali Raghunathan
Early Help Family Support Practitioner
Tower Hamlets Early Help
"""
root = mixed(f, [alt(f, body), attach(pdf_bytes(marf), "MARF - Uddin - Feb 2037.pdf", "application/pdf")])
add(f, "tower_hamlets", "mash_step_up", "2037-02-04 11:15", ("Anjali Raghunathan", "anjali.raghunathan@towerhamlets.gov.uk"),
    "Step up - Uddin family - MARF attached", root,
    L("step_up", case_ids=["2739062"], children=[("Tahmid Uddin", "2029-01-12"), ("Nusrat Uddin", "2033-05-05")],
      concerns=["domestic_abuse"], consent=True, manager=False, missing=["manager_agreed"], next_action="request_info"),
    "ordinary", "Tower Hamlets step_up with the MARF attached but the manager expressly does not agree yet "
    "(manager_agreed false, so missing): request_info.",
    dobs={"Tahmid Uddin": "12.01.2029", "Nusrat Uddin": "05.05.2033"})

f = "tower_hamlets_03"
htm = """<html><head><meta charset="utf-8"><title>Winter Newsletter</title></head>
<body style="margin:0;background:#f3efe6;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2f5d50;color:#ffffff"><h1 style="margin:0;font-size:26px">Brick Lane Families Welcome</h1>
<p style="margin:4px 0 0 0">Winter Newsletter &middot; February 2037</p></td></tr>
<tr><td><h2 style="font-size:20px;color:#2f5d50">Amina&rsquo;s story</h2>
<p>Last winter Amina and her three-month-old daughter were put out onto the street at 11pm by the relatives she had cooked and cleaned for since she arrived in London. They spent that night on a bus.</p>
<p>A year on, things could hardly be more different. With section&nbsp;17 support from the council, help from our volunteers and a successful human rights application, Amina now has leave to remain and a flat of her own in Poplar. Her daughter loves nursery, and Amina has started an ESOL course and volunteers at our Tuesday drop-in.</p>
<p><em>&ldquo;I thought nobody would help a woman with no papers. I was wrong,&rdquo;</em> she says.</p></td></tr>
<tr><td><h2 style="font-size:20px;color:#2f5d50">Dates for your diary</h2>
<ul><li>Tuesday drop-in with free immigration advice: every week, 10am&ndash;1pm</li>
<li>Mothers&rsquo; sewing circle: Thursdays, 1pm</li>
<li>Spring fundraiser quiz: Friday 20 March, 7pm</li></ul></td></tr>
<tr><td style="font-size:12px;color:#666666">Brick Lane Families Welcome is a registered charity. You are receiving this newsletter because you work with us.
<a href="https://blfw.example.org/unsubscribe">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
add(f, "tower_hamlets", "early_help_duty", "2037-02-19 13:00", ("Brick Lane Families Welcome", "news@blfw.example.org"),
    "Winter Newsletter: Amina's story, and dates for your diary", txt(htm, "html"),
    L("other", next_action="human_review"),
    "near_miss", "Near miss: an HTML-only charity newsletter telling a past eviction of a mother and baby that is long "
    "resolved (housed, leave granted); no child at risk now, no request: other, human_review.",
    headers=[("List-Unsubscribe", "<https://blfw.example.org/unsubscribe>")])

f = "tower_hamlets_04"
marf = ["**Multi-Agency Request for Support (MARF) - Tower Hamlets",
        "**1. Family", "Hodan Warsame, DOB 18/10/2027 (9). Abdirahman Warsame, DOB 02/12/2024 (12). Mosaic ID 2751390.",
        "Parents: Mr Ahmed Warsame and Mrs Sahra Warsame. Mr Warsame overstayed a visit visa in 2031; Mrs Warsame and the children have no status. "
        "No recourse to public funds. Mr Warsame works nights cash-in-hand at a warehouse in Barking.",
        "**2. Early Help involvement", "Since September 2036: food parcels, uniform, help to register the children with a GP (done in November).",
        "**3. Reason for request", "Hodan has wet the bed most nights since the summer and is frightened of her father. "
        "School notice she flinches when adults raise their voices. Mrs Warsame is isolated and speaks little English.",
        "**4. Consent", "Mrs Warsame consented to this request through the Somali interpreter on 9 March.",
        "**5. Management oversight", "Signed off by Declan Mwangi-Hart, Early Help Team Manager, 10/03/2037.",
        "**6. Latest information (added 10/03/2037 08:50)",
        "At yesterday's home visit (Monday 9 March, 4pm) with the interpreter, Ms Faadumo Ali, Hodan told the interpreter in Somali "
        "that when she wets the bed her father heats a spoon on the cooker and presses it on her arm. The Early Help worker saw a "
        "fresh, blistered, spoon-shaped burn about 3cm long on Hodan's left forearm; Hodan said it happened on Sunday night. "
        "Mr Warsame was in the flat during the visit. This morning Mrs Warsame texted that Hodan is staying home from school today; "
        "Mr Warsame's shift pattern has changed and he is at home with the children all day and tonight."]
body = """Morning MAST,

Step up request for the Warsame children, Mosaic ID 2751390 - MARF attached, signed off by me as team manager. Mrs Warsame consented through the Somali interpreter.

Please read section 6, added this morning after yesterday's visit.

Family has NRPF; dad works nights cash-in-hand.

Declan

Declan Mwangi-Hart
Early Help Team Manager (Bow & Poplar)
London Borough of Tower Hamlets
"""
root = mixed(f, [alt(f, body), attach(docx_bytes(marf, (2037, 3, 10, 8, 50, 0)), "MARF Warsame 10.03.37.docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "tower_hamlets", "mash_step_up", "2037-03-10 09:34", ("Declan Mwangi-Hart", "declan.mwangi-hart@towerhamlets.gov.uk"),
    "Step up request - Warsame - Mosaic 2751390", root,
    L("step_up", True, case_ids=["2751390"], children=[("Hodan Warsame", "2027-10-18"), ("Abdirahman Warsame", "2024-12-02")],
      concerns=["physical_harm"], consent=True, manager=True, missing=[], next_action="alert_duty"),
    "urgent", "Safety rule 1 (read in an attachment): the MARF's section 6 reports a 9-year-old's fresh burn from a heated "
    "spoon, disclosed through the interpreter, with the father at home with her all day and tonight; the step_up is "
    "otherwise complete, but alert_duty comes first.",
    dobs={"Hodan Warsame": "18/10/2027", "Abdirahman Warsame": "02/12/2024"})

f = "tower_hamlets_05"
plan = ["**Draft TAF plan - Osei family", "Mosaic IDs 2733870 (Ama), 2733871 (Kofi)",
        "1. Ama's attendance (84%) to reach 95%: school attendance officer and lead practitioner, weekly check-ins.",
        "2. Housing: support Ms Osei with the temporary accommodation review and her Home Office fee waiver application.",
        "3. Kofi: nursery place from April (15 hours)."]
body = """Hello Early Help Hub,

I would like to step down the Osei family to Early Help following my Child and Family Assessment, which concluded on 20/02/2037.

Ama Osei, DOB 24/12/2031 - Mosaic 2733870
Kofi Osei, DOB 01/04/2034 - Mosaic 2733871

Ms Osei gave her consent to the step down when I visited on 20 February.

Lead practitioner: Rebecca Lindqvist, Family Support Worker at Marner Primary School, who has agreed to take on the role.

The TAF meeting will be on Wednesday 4 March at 10am at Marner Primary; I will chair it.

The draft TAF plan is attached. The C&F assessment is with my manager for sign-off - I will send it as soon as it is authorised.

Main need: Ama's school attendance (84%), plus help with the family's immigration paperwork.

Kind regards
Mehmet Yıldırım
Social Worker, Children and Families Assessment Team
"""
root = mixed(f, [alt(f, body), attach(docx_bytes(plan, (2037, 2, 23, 15, 0, 0)), "Draft TAF plan - Osei.docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "tower_hamlets", "early_help_duty", "2037-02-23 15:45", ("Mehmet Yıldırım", "mehmet.yildirim@towerhamlets.gov.uk"),
    "Step down - Osei - Mosaic 2733870 2733871", root,
    L("step_down", case_ids=["2733870", "2733871"], children=[("Ama Osei", "2031-12-24"), ("Kofi Osei", "2034-04-01")],
      concerns=["school_attendance"], consent=True, missing=["assessment"], next_action="request_info"),
    "ordinary", "Tower Hamlets step_down with the TAF plan, consent and a named lead practitioner with her agency, but the "
    "Child and Family Assessment still awaiting sign-off: missing assessment, request_info.",
    dobs={"Ama Osei": "24/12/2031", "Kofi Osei": "01/04/2034"})

f = "tower_hamlets_06"
cfa = ["Child and Family Assessment - FINAL - Khoa Tran", "Mosaic ID 2702218", "Assessment concluded 06/03/2037",
       "Summary: in November 2036 Ms Tran and Khoa were put out by the family she worked for as an unpaid live-in nanny",
       "and slept two nights in a church porch. Since 28/11/2036 they have lived in s17 accommodation in Bow with weekly subsistence.",
       "Ms Tran has a positive reasonable grounds decision under the NRM. Khoa is at school (97%) and registered with a GP.",
       "Recommendation: close to social care; step down to a Team Around the Family."]
plan = ["**TAF plan - Tran family", "1. Immigration: support Ms Tran to keep appointments with her solicitor (fee waiver).",
        "2. ESOL course from April.", "3. Budgeting and s17 subsistence reviews.", "4. Khoa: after-school club place."]
body = """Dear Early Help Hub,

Step down to Early Help for Khoa Tran, DOB 07/07/2032 (Mosaic ID 2702218), following the Child and Family Assessment which concluded on 6 March.

Background, because the file looks alarming: when Khoa and his mum were referred in November they had just been put out by the family Ms Tran worked for as an unpaid nanny (16-hour days, passport kept from her), and they slept two nights in a church porch; Khoa was not in school. All of that is behind them now. They have been in s17 accommodation in Bow since 28 November with subsistence paid weekly, Ms Tran has a positive reasonable grounds decision under the NRM, Khoa started at Olga Primary in January (97% attendance) and he is registered with the GP. There are no current safeguarding concerns.

Ms Tran has consented to the step down (Vietnamese interpreter, 9 March). My team manager, Bronwen Achterberg, has agreed it.

Lead practitioner: Hà Nguyễn, Family Support Worker, East London Vietnamese Family Project.

Attached: the final C&F assessment and the TAF plan. I will chair the TAF on Thursday 19 March at 2pm at Bow Family Hub.

Many thanks,
Alhassan Diallo
Social Worker, Tower Hamlets Children's Social Care
"""
root = mixed(f, [alt(f, body),
                 attach(pdf_bytes(cfa), "C&F Assessment - Tran - FINAL.pdf", "application/pdf"),
                 attach(docx_bytes(plan, (2037, 3, 10, 17, 0, 0)), "TAF plan - Tran.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "tower_hamlets", "early_help_duty", "2037-03-11 10:30", ("Alhassan Diallo", "alhassan.diallo@towerhamlets.gov.uk"),
    "Step down - Khoa Tran - Mosaic ID 2702218", root,
    L("step_down", case_ids=["2702218"], children=[("Khoa Tran", "2032-07-07")], concerns=[], consent=True, manager=True,
      missing=[], next_action="book_meeting"),
    "near_miss", "Near miss: the servitude, eviction and nights in a porch are November history, resolved (s17 housing, NRM, "
    "school, GP, 'no current safeguarding concerns'); the Tower Hamlets step_down is complete (assessment, TAF plan, "
    "consent, lead practitioner with agency): book_meeting.",
    dobs={"Khoa Tran": "07/07/2032"})

f = "tower_hamlets_07"
comment = ("Sorry can't make the 10am. I'm on the landing outside the Alis' room at 212 Mile End Road. Neighbour rang me at 7 - "
           "Zara Ali (2) and Yusuf Ali (4) have been on their own in the room since both parents left for their night jobs at 10pm, "
           "she heard them crying all night. Door is locked, I can hear them inside, nobody answers. Parents' phones are off. "
           "There is a plug-in heater on in there. I'm staying here. Kerry-Anne 07700 900845")
cal = ics("REPLY", "SB-TWH-0154-2JV-%s@stepbot" % sha(f)[:10], "20370302T100000", "20370302T113000",
          "TAF meeting - [SB-TWH-0154-2JV]", ("Early Help Business Support", "earlyhelp.businesssupport@towerhamlets.gov.uk"),
          attendee=("Kerry-Anne Fitzpatrick", "kerry-anne.fitzpatrick@nhs.example.net"), partstat="DECLINED",
          comment=comment, stamp="20370302T074800Z")
m = MIMEMultipart("alternative", boundary="_rep_%s" % sha(f)[:24])
m.attach(txt(comment + "\n"))
m.attach(cal_part(cal, "REPLY"))
add(f, "tower_hamlets", "early_help_duty", "2037-03-02 07:48", ("Kerry-Anne Fitzpatrick", "kerry-anne.fitzpatrick@nhs.example.net"),
    "Declined: TAF meeting - [SB-TWH-0154-2JV]", m,
    L("meeting_reply", True, children=[("Zara Ali", None), ("Yusuf Ali", None)], concerns=["neglect"], next_action="alert_duty"),
    "urgent", "Safety rule 1 in a meeting reply's comment (07:48, before office hours): a health visitor outside a locked "
    "room where a 2- and a 4-year-old have been alone all night with a heater on; meeting_reply, but alert_duty first.",
    in_reply_to="SB-TWH-0154-2JV", now_min=2)

f = "tower_hamlets_08"
body = """Thank you for your email. I am in court today and on leave tomorrow, returning on Monday 2 March.

If your matter concerns a client with an imminent removal or a detention, please call our duty line on 020 7946 0033.
For all other matters, please email info@aldgatelaw.example.co.uk.

Farhana Mirza-Holt
Senior Caseworker, Aldgate Law Centre
"""
add(f, "tower_hamlets", "mash_step_up", "2037-02-26 14:05", ("Farhana Mirza-Holt", "f.mirza-holt@aldgatelaw.example.co.uk"),
    "Automatic reply: [SB-TWH-0149-6QN] MAST discussion - invitation", txt(body),
    L("auto_reply", next_action="ignore"),
    "ordinary", "An immigration caseworker's out-of-office with Auto-Submitted: auto-replied: auto_reply, ignore.",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], in_reply_to="SB-TWH-0149-6QN")

# =============================================================================================================
# TORBAY
# =============================================================================================================
f = "torbay_01"
body = """Hello MASH,

I am with the Reyes family in the Victoria Park car park, Paignton. They have nowhere to sleep tonight.

The man who rented them a room above a takeaway on Torquay Road (cash, no tenancy) changed the locks at 2pm today because Mr Reyes could not pay this week - he lost his cash-in-hand kitchen job on Friday. Their things are on the pavement outside.

They are in a 2009 Corsa that will not start, so there is no heater:
- Mr Ramon Reyes and Mrs Lourdes Reyes (Filipino nationals, overstayed work visas, no recourse to public funds)
- Angelica Reyes (9)
- Joshua Reyes (6)
- Gabriel Reyes, 5 weeks old, born 12.12.2036

The forecast is minus 3 tonight. Gabriel is breastfed but Mrs Reyes says her milk has almost gone because she has not eaten since yesterday, and he is cold to touch. I have given them two blankets and £20. Torbay Housing Options said the family have no recourse and to ring children's services.

I have to leave them at 6pm. My mobile is 07700 900734.

Kwame Asante-Boateng
Caseworker, Devon Migrant Support
"""
add(f, "torbay", "mash_step_up", "2037-01-19 17:48", ("Kwame Asante-Boateng", "kwame@devonmigrantsupport.example.org"),
    "Family of five in their car in Paignton tonight - baby 5 weeks old", alt(f, body),
    L("other", True, children=[("Angelica Reyes", None), ("Joshua Reyes", None), ("Gabriel Reyes", "2036-12-12")],
      concerns=["neglect"], next_action="alert_duty"),
    "urgent", "Safety rule 1 after hours (17:48): a destitute family with a cold 5-week-old in an unheated car at minus 3 "
    "tonight, the mother unfed and her milk failing; a charity's report, kind other, alert_duty.",
    dobs={"Gabriel Reyes": "12.12.2036"})

f = "torbay_02"
sa = ["Single Assessment - Daniyal Siddiqui - January 2037 - LCS-3419057",
      "Analysis: the family's needs can be met by a level 3 Early Help response. Rationale for step down: the s17 support has",
      "stabilised the family; Daniyal's speech and language needs are being assessed; Mrs Siddiqui engages well.",
      "Manager's analysis (R. Penhaligon, Team Manager, 19/01/2037): threshold for level 3 intervention met; step down agreed."]
body = """Dear Early Help,

Please could I have a triage slot for Daniyal Siddiqui, DOB 03/03/2030 (LCS-3419057), stepping down to level 3 Early Help.

The Single Assessment with my analysis and the rationale for the step down is attached. My team manager, Ruth Penhaligon, has recorded her manager's analysis confirming the threshold for level 3 is met.

Mrs Siddiqui has given her consent to level 3 Early Help (Urdu interpreter, 16 January).

Daniyal's main need is his speech and language - he is waiting for an assessment and may need an EHCP.

Contingency plan, as asked for on the form: IF the Home Office refuses the family's application and the church member who houses them can no longer do so, the children could become homeless and would be at risk; in that case the family should be referred straight back to MASH for a section 17 accommodation assessment. This is not the position now - the application is pending, the housing is stable and there are no safeguarding concerns.

Thanks,
Eilidh MacLeod-Osei
Social Worker, Single Assessment Team, Torbay Council
"""
root = mixed(f, [alt(f, body), attach(pdf_bytes(sa), "Single Assessment - Siddiqui - Jan 2037.pdf", "application/pdf")])
add(f, "torbay", "early_help_duty", "2037-01-21 11:20", ("Eilidh MacLeod-Osei", "eilidh.macleod-osei@torbay.gov.uk"),
    "Triage slot please - step down - Daniyal Siddiqui LCS-3419057", root,
    L("step_down", level=3, case_ids=["LCS-3419057"], children=[("Daniyal Siddiqui", "2030-03-03")],
      concerns=["disability_send"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "near_miss", "Near miss: the homelessness 'risk' is a hypothetical contingency ('IF ... This is not the position now'); "
    "the Torbay level 3 step_down is complete (Single Assessment, manager's analysis, consent): book_meeting.",
    dobs={"Daniyal Siddiqui": "03/03/2030"})

f = "torbay_03"
sa = ["**Single Assessment - Mutasa children - LCS-3421188",
      "Children: Tendai Mutasa (27/02/2028) and Precious Mutasa (19/11/2033).",
      "Mrs Mutasa's asylum claim was refused in 2035; fresh claim lodged October 2036. NRPF; s17 accommodation in Paignton.",
      "Mrs Mutasa has had anxiety and panic attacks since the refusal; now under the GP and attending a women's group.",
      "Social worker's analysis and rationale for step down: needs can be met at level 3.",
      "Team Manager's analysis (Lowenna Pascoe, 03/02/2037): threshold for level 3 intervention met. Step down agreed."]
body = """Hi Early Help team,

Requesting a triage slot for the Mutasa children, stepping down to level 3 Early Help:

Tendai Mutasa - 27 February 2028
Precious Mutasa - 19 November 2033 (under 5, so I think this goes to the under-5s triage)
LCS-3421188

Single Assessment attached, including my analysis and the rationale. My team manager Lowenna Pascoe agreed the step down and has recorded her manager's analysis on LCS.

Mrs Mutasa has signed the consent form for level 3 Early Help.

Main worry is Mrs Mutasa's anxiety while her fresh asylum claim is decided.

Thanks
Joanna Kowalczyk
Social Worker, Safeguarding and Supporting Families Team
"""
root = mixed(f, [alt(f, body), attach(docx_bytes(sa, (2037, 2, 4, 16, 0, 0)), "Single Assessment Mutasa.docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "torbay", "early_help_duty", "2037-02-05 10:00", ("Joanna Kowalczyk", "joanna.kowalczyk@torbay.gov.uk"),
    "Step down triage request - Mutasa - LCS-3421188", root,
    L("step_down", level=3, case_ids=["LCS-3421188"], children=[("Tendai Mutasa", "2028-02-27"), ("Precious Mutasa", "2033-11-19")],
      concerns=["parental_mental_health"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "ordinary", "Torbay level 3 step_down with the Single Assessment, the TM's analysis and signed consent: complete, "
    "book_meeting (Precious is 3, so the fortnightly under-5s triage).",
    dobs={"Tendai Mutasa": "27 February 2028", "Precious Mutasa": "19 November 2033"})

f = "torbay_04"
body = """Dear MASH,

Contact for the Haddad family (EHM-819204), whom I support as lead professional at level 3:

Layla Haddad, 06/06/2026
Omar Haddad, 10/10/2031

New information: the family (Syrian, Mr Haddad's visa expired in 2034, no recourse to public funds) now live in one unheated room in Torquay. Neither child is registered with a GP. Layla's eczema is badly infected and weeping, and Omar has had a cough since before Christmas that nobody has looked at. The children are coming to school cold and hungry.

My ATM, Silas Penrose, and I agree this information needs to be considered for level 4.

Consent: Mr Haddad has refused consent to a contact to MASH. He is convinced that social services pass everything to the Home Office, and he said no again even after the Arabic interpreter went through it with him on 23 February. Mrs Haddad would not go against him.

I am continuing weekly visits in the meantime.

Rhys Penberthy
Early Help Lead Practitioner, Torbay Council
"""
add(f, "torbay", "mash_step_up", "2037-02-24 14:40", ("Rhys Penberthy", "rhys.penberthy@torbay.gov.uk"),
    "Contact to MASH - Haddad family - EHM-819204", alt(f, body),
    L("step_up", case_ids=["EHM-819204"], children=[("Layla Haddad", "2026-06-06"), ("Omar Haddad", "2031-10-10")],
      concerns=["neglect"], consent=False, manager=True, missing=["consent"], next_action="request_info"),
    "ordinary", "Torbay step_up (contact to MASH) with the ATM's agreement but parental consent refused (consent false, "
    "so missing): request_info.",
    dobs={"Layla Haddad": "06/06/2026", "Omar Haddad": "10/10/2031"})

f = "torbay_05"
body = """Dear Sir or Madam,

[Dictated by Bethan Llewellyn-Rao and sent in her absence to avoid delay]

I have just come off the telephone with our client Mrs Grace Nwosu. We act for her in her Article 8 claim, which the Home Office refused on 2 March.

Mrs Nwosu was crying throughout the call. She said, in her words: "I have saved all my tablets. I am going to take them tonight and I will take the children with me. They will not go back to Nigeria." She said she has a bag of about sixty amitriptyline and paracetamol tablets.

Her children, Chisom Nwosu (DOB 17/08/2030) and David Nwosu (DOB 02/02/2033), are at home with her now at Flat 2, 31 Warberry Road, Torquay, TQ1 9ZX. No other adult lives there.

I have tried to call her back three times since 2.55pm and her phone is now switched off.

Yours faithfully

Bethan Llewellyn-Rao
Caseworker
Seaton Immigration Law LLP
01632 960455
"""
add(f, "torbay", "mash_step_up", "2037-03-04 15:10", ("Bethan Llewellyn-Rao", "b.llewellyn-rao@seatonlaw.example.co.uk"),
    "Mrs Grace Nwosu and her children - telephone call this afternoon", alt(f, body),
    L("other", True, children=[("Chisom Nwosu", "2030-08-17"), ("David Nwosu", "2033-02-02")],
      concerns=["parental_mental_health"], next_action="alert_duty"),
    "urgent", "Safety rule 1: a solicitor's dictated note that a mother, after a refusal letter, says she will take her "
    "saved tablets tonight and 'take the children with me', children at home with her now, phone off; kind other, alert_duty.",
    dobs={"Chisom Nwosu": "17/08/2030", "David Nwosu": "02/02/2033"})

f = "torbay_06"
body = """Hi,

Update for the triage on the Mutasa step down.

I visited Mrs Mutasa today. Precious Mutasa had a high temperature and a rash over the weekend. Mum told me she had been frightened of being charged at the hospital, but she did take Precious to Torbay Hospital A&E herself on Saturday night; it was a viral rash, she was seen and treated and nobody asked about the family's status. The rash has gone and Precious was bright and playing today.

Precious is now registered with Paignton Health Centre (registered yesterday). I have no concerns about her health, and mum is coping well.

Kind regards
Nkechi Oduya-Tremayne
Health Visitor, Torbay and South Devon 0-19 Service
"""
add(f, "torbay", "early_help_duty", "2037-02-10 12:15", ("Nkechi Oduya-Tremayne", "nkechi.oduya-tremayne@nhs.example.net"),
    "RE: [SB-TOR-0071-5LW] Step down triage request - Mutasa - LCS-3421188", txt(body),
    L("follow_up", case_ids=["LCS-3421188"], children=[("Precious Mutasa", None)], concerns=[], next_action="attach_to_request"),
    "near_miss", "Near miss: the fever and rash and the fear of charges are told as resolved (taken to A&E on Saturday, "
    "treated, GP registered, 'no concerns'); a reply on the step-down thread: follow_up, attach_to_request.",
    in_reply_to="SB-TOR-0071-5LW")

f = "torbay_07"
cal = ics("REPLY", "SB-TOR-0071-5LW-%s@stepbot" % sha(f)[:10], "20370217T113000", "20370217T120000",
          "Under-5s triage - [SB-TOR-0071-5LW]", ("Early Help Business Support", "earlyhelp.businesssupport@torbay.gov.uk"),
          attendee=("Joanna Kowalczyk", "joanna.kowalczyk@torbay.gov.uk"), partstat="ACCEPTED", stamp="20370206T091200Z")
m = MIMEMultipart("alternative", boundary="000000000000%s" % sha(f)[:16])
m.attach(txt("Joanna Kowalczyk has accepted this invitation.\n\nUnder-5s triage - [SB-TOR-0071-5LW]\nTuesday 17 Feb 2037 11:30 - 12:00 (GMT)\n"))
m.attach(cal_part(cal, "REPLY"))
add(f, "torbay", "early_help_duty", "2037-02-06 09:12", ("Joanna Kowalczyk", "joanna.kowalczyk@torbay.gov.uk"),
    "Accepted: Under-5s triage - [SB-TOR-0071-5LW] @ Tue 17 Feb 2037 11:30 - 12:00 (GMT)", m,
    L("meeting_reply", next_action="record_reply"),
    "ordinary", "A Gmail-style iTIP REPLY (ACCEPTED) to the under-5s triage slot: meeting_reply, record_reply.",
    in_reply_to="SB-TOR-0071-5LW", client="gmail")

f = "torbay_08"
body = """Hi Early Help,

For your records, an update on the Dlamini family (LCS-3390412), whom you may see on old triage lists:

- The Home Office granted Mrs Dlamini and the children limited leave to remain on 2 March, without a no recourse to public funds condition.
- The family moved into a housing association flat in Brixham on 9 March and Universal Credit is now in payment, so our s17 support ended on 13 March.
- Mr Dlamini, who kept the family's passports and threatened to take the children to Eswatini, was removed from the UK in December. He has had no contact since and there is an order in place.
- The children, Sipho Dlamini (12) and Lindiwe Dlamini (7), are settled at school and doing well.

Nothing is needed from Early Help - the case is closed to the NRPF team from today.

Thanks,
Marisol Quiroga
NRPF Team Officer, Torbay Council
"""
add(f, "torbay", "early_help_duty", "2037-03-13 13:30", ("Marisol Quiroga", "marisol.quiroga@torbay.gov.uk"),
    "Dlamini family LCS-3390412 - now housed, NRPF support closed", alt(f, body),
    L("other", case_ids=["LCS-3390412"], children=[("Sipho Dlamini", None), ("Lindiwe Dlamini", None)], next_action="human_review"),
    "near_miss", "Near miss: the father's passport control and abduction threat are over (removed in December, order in "
    "place, no contact); a family now housed and supported; an information update, not a request: other, human_review.")

# =============================================================================================================
# HEREFORDSHIRE
# =============================================================================================================
f = "herefordshire_01"
plan = ["**Early Help Assessment step-down plan - Petrov children (level 3, intensive)",
        "Mosaic IDs: Nikola 745301, Mila 745302",
        "Wellbeing plan:",
        "1. Food and clothing - foodbank and uniform bank referrals - key person - by end of January.",
        "2. Housing - support Mrs Petrova to find a room with a written agreement instead of the farm caravan - key person and Citizens Advice - by March.",
        "3. Immigration - appointment with Herefordshire Migrant Advice about her late EU Settlement Scheme application - key person - by February.",
        "4. Hygiene and health - register both children with a GP; dentist for Nikola - key person - by February.",
        "Key person: Lucy Caddick, Pastoral Lead, St Martin's Primary School."]
consent = ["Consent to Early Help", "I, Desislava Petrova, agree to my children Nikola and Mila receiving Early Help support",
           "and to information being shared with the people named in the plan.", "Signed: D. Petrova   Date: 12/01/2037",
           "Interpreter (Bulgarian): Milena Stoyanova"]
body = """Hello Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Petrov siblings, at level 3, and Mrs Petrova's signed consent form. I discussed the step down with Verity Lang at the drop-in on 6 January.

Nikola Petrov - DOB 25/01/2027 - Mosaic 745301
Mila Petrova - DOB 14/09/2030 - Mosaic 745302

Key person: Lucy Caddick, Pastoral Lead at St Martin's Primary School, who knows both children well and has agreed to lead.

The family came for seasonal farm work; Mrs Petrova's pre-settled status application was made late and she has no recourse to public funds while it is decided. When the farm work ended they stayed in a caravan with no heating. The main concern has been neglect (hunger, hygiene, no GP) which has improved with s17 support.

Thanks,
Ffion Prys-Jenkins
Social Worker, Herefordshire Children's Services
"""
root = mixed(f, [alt(f, body),
                 attach(docx_bytes(plan, (2037, 1, 12, 15, 0, 0)), "EHA step-down plan - Petrov children.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                 attach(pdf_bytes(consent), "Signed consent - Petrova.pdf", "application/pdf")])
add(f, "herefordshire", "early_help_duty", "2037-01-13 13:40", ("Ffion Prys-Jenkins", "ffion.prys-jenkins@herefordshire.gov.uk"),
    "Step-down plan - Petrov siblings - Mosaic 745301 / 745302", root,
    L("step_down", level=3, case_ids=["745301", "745302"], children=[("Nikola Petrov", "2027-01-25"), ("Mila Petrova", "2030-09-14")],
      concerns=["neglect"], consent=True, missing=[], next_action="book_meeting"),
    "ordinary", "Herefordshire sibling-group step_down at level 3 with the written consent form, the step-down plan and the "
    "key person with her agency: complete, book_meeting.",
    dobs={"Nikola Petrov": "25/01/2027", "Mila Petrova": "14/09/2030"})

f = "herefordshire_02"
plan = ["**Step-down plan - Horvat family", "1. Ena's attendance (89%): morning routine support, attendance officer - by Easter.",
        "2. Mr Horvat's immigration appointment: help with the forms and the fee.", "3. Luka: college applications.",
        "Key person: Magda Kowal, Family Support Worker, Leominster Family Hub."]
consent = ["Written consent - Horvat family", "I agree to the family receiving Early Help. Signed: T. Horvat  30/01/2037"]
body = """Dear Co-ordinators,

Step-down plan for Luka Horvat (DOB 19/08/2021, Mosaic 748812) and Ena Horvat (DOB 03/05/2025, Mosaic 748813), with the signed consent form. Key person: Magda Kowal, Family Support Worker, Leominster Family Hub.

Please note, to avoid confusion with the referral on file: there are no concerns about exploitation. Luka works four hours on a Saturday in his uncle's bakery in Leominster with a council child employment permit, and the money is his. The December referral suggested he was working nights to pay off a "debt" to the man who drove the family to the UK; that was explored in the section 47 enquiry and not substantiated - the "debt" was a car loan from his uncle, now repaid, and Luka has never worked nights.

What remains is Ena's attendance (89%) and help for Mr Horvat with his immigration appointment.

Regards,
Arjun Balasubramanian
Social Worker
"""
root = mixed(f, [alt(f, body),
                 attach(docx_bytes(plan, (2037, 1, 30, 12, 0, 0)), "Step down plan Horvat.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                 attach(pdf_bytes(consent), "Consent form Horvat.pdf", "application/pdf")])
add(f, "herefordshire", "early_help_duty", "2037-02-02 10:50", ("Arjun Balasubramanian", "arjun.balasubramanian@herefordshire.gov.uk"),
    "Step down - Horvat - Mosaic 748812 748813", root,
    L("step_down", case_ids=["748812", "748813"], children=[("Luka Horvat", "2021-08-19"), ("Ena Horvat", "2025-05-03")],
      concerns=["school_attendance"], consent=True, missing=[], next_action="book_meeting"),
    "near_miss", "Near miss: 'no concerns about exploitation' and the night-work 'debt' explored and not substantiated; "
    "complete Herefordshire step_down (consent form, plan, key person with agency), no level stated: book_meeting.",
    dobs={"Luka Horvat": "19/08/2021", "Ena Horvat": "03/05/2025"})

f = "herefordshire_03"
body = """Nimmi Perera, Year 8, DOB 30.11.2023

I need someone to ring me about Nimmi. She came to find me at lunch and told me the following, which I have written down in her words as far as I can.

Nimmi lives with her aunt and uncle in Hereford; her parents are in Sri Lanka. Her aunt keeps her passport. She does all the cooking and cleaning in the house and looks after her aunt's three children before and after school. She is not allowed to go out except to school.

Since Christmas the uncle's friend, who lodges in the house, "comes into the room where I sleep at night and touches me under my clothes". She says he told her that if she tells anyone, the Home Office will send her away and her parents will be shamed. She says he will be there tonight. She is begging not to go home.

She is in my office with me now. Her aunt collects her at 3.20.

Halina Zielińska
Deputy Headteacher and Designated Safeguarding Lead
Whitecross Park Academy, Hereford
01632 960112
"""
add(f, "herefordshire", "early_help_duty", "2037-01-28 14:20", ("Halina Zielińska", "h.zielinska@whitecrosspark.example.org"),
    "Nimmi Perera Y8 - what she told me at lunch today", alt(f, body),
    L("other", True, children=[("Nimmi Perera", "2023-11-30")], concerns=["exploitation", "sexual_harm"], next_action="alert_duty"),
    "urgent", "Safety rule 1: a 13-year-old in domestic servitude to relatives discloses sexual abuse by a lodger who will be "
    "in the house tonight, collection at 3.20; sent to the co-ordinators' inbox, kind other, alert_duty.",
    dobs={"Nimmi Perera": "30.11.2023"})

f = "herefordshire_04"
body = """Hi,

I would like to step up the Rahimi family to children's social care please.

Zahra Rahimi, born 1 December 2028
Ali Rahimi, born 15 March 2035
Mosaic 751140

The family (Afghan, asylum claim refused, appeal rights exhausted, no recourse to public funds) live in one room in a shared house in Hereford. Dad works cash in hand on a building site. Ali is not registered with a GP and has missed all his checks; Zahra is often hungry and tired at school. The family have not come to the last two Early Help reviews because dad believes we are reporting them to the Home Office.

Dad consented to the referral when I explained it with a Dari interpreter. My manager Nia Bowen-Harris has agreed to the step up.

Thanks
Gethin Morgan-Adeyinka
Early Help Practitioner, Herefordshire Council
"""
add(f, "herefordshire", "mash_step_up", "2037-02-19 11:30", ("Gethin Morgan-Adeyinka", "gethin.morgan-adeyinka@herefordshire.gov.uk"),
    "Step up request - Rahimi family", alt(f, body),
    L("step_up", case_ids=["751140"], children=[("Zahra Rahimi", "2028-12-01"), ("Ali Rahimi", "2035-03-15")],
      concerns=["neglect", "non_engagement"], consent=True, manager=True, missing=[], next_action="human_review"),
    "ordinary", "A step_up to Herefordshire, whose seed defines step-down only: the kind is not covered by the protocol, "
    "so missing [] and human_review.",
    dobs={"Zahra Rahimi": "1 December 2028", "Ali Rahimi": "15 March 2035"})

f = "herefordshire_05"
body = """Hi there

Quick question from our pastoral team after the NRPF training last week.

If a parent ever told us they would not take a poorly child to hospital because they were frightened of being reported to the Home Office or charged, what should we do? Is that something we ring MASH about straight away, or is it something we send to you?

This isn't about any particular child at the moment - we're updating our safeguarding flowchart and want to get it right.

Thanks so much
Kirsty

Kirsty Wainwright-Ojo
Pastoral Support Assistant
Bromyard Road Primary School
Sent from my iPad
"""
add(f, "herefordshire", "early_help_duty", "2037-03-04 16:05", ("Kirsty Wainwright-Ojo", "k.wainwright-ojo@bromyardroad.example.org"),
    "Question re families who are scared to go to hospital", txt(body),
    L("other", next_action="human_review"),
    "near_miss", "Near miss: a school's hypothetical question for its flowchart ('if a parent ever told us ... not about "
    "any particular child'); an enquiry: other, human_review.", client="ipad")

f = "herefordshire_06"
fwd = """FYI - forwarding from Little Acorns nursery. I'm in clinic until 2 and can't get away; the manager is trying to ring you too.

Alejandra

Alejandra Cortés-Whitby
Health Visitor, Hereford City 0-19 Team

---------- Forwarded message ---------
From: Sharon Pugh <manager@littleacorns-hereford.example.org>
Date: Thu, 5 Mar 2037 at 11:52
Subject: Andrei Popescu - marks this morning
To: Alejandra Cortés-Whitby <alejandra.cortes-whitby@nhs.example.net>

Hi Alejandra,

Andrei Popescu (4, DOB 21/01/2033) came in this morning with a red raised welt across his left cheek and three long red marks across his back in the shape of a belt. When our key worker asked, he said "Tata hit me with the belt because I cried in the night and the man in the next room banged on the wall".

As you know the family (mum, dad and three children) share one room in the house on Edgar Street. Dad works nights cash in hand and sleeps in the day. Mum wasn't at drop-off; dad brought him.

Andrei is on half days this week and dad is collecting him at 1.15 today.

Sharon Pugh
Nursery Manager, Little Acorns
"""
add(f, "herefordshire", "mash_step_up", "2037-03-05 12:35", ("Alejandra Cortés-Whitby", "alejandra.cortes-whitby@nhs.example.net"),
    "Fwd: Andrei Popescu - marks this morning", alt(f, fwd),
    L("other", True, children=[("Andrei Popescu", "2033-01-21")], concerns=["physical_harm"], next_action="alert_duty"),
    "urgent", "Safety rule 1 in forwarded history: a 4-year-old with fresh belt marks who says his father hit him, the "
    "father collecting him at 1.15 today; kind other, alert_duty.",
    dobs={"Andrei Popescu": "21/01/2033"})

f = "herefordshire_07"
plan = ["**Early Help Assessment step-down plan (level 3) - Almeida family - Mosaic 753390",
        "1. Ms Almeida's mood: GP review and perinatal mental health follow-up - by April.",
        "2. Immigration: appointment with a regulated adviser about her application - by March.",
        "3. Beatriz: after-school club; Thiago: stay-and-play sessions.",
        "Key person: Sarah-Jane Price, Family Support Worker, Hereford Family Hub."]
body = """Hi team,

Step-down plan attached for the Almeida children at level 3 (intensive):

Beatriz Almeida - 14/02/2032
Thiago Almeida - 30/06/2035
Mosaic ID 753390

Key person: Sarah-Jane Price, Family Support Worker, Hereford Family Hub.

Ms Almeida agreed to the step-down when I saw her on Friday with the Portuguese interpreter. She will sign the written consent form next week - I'll send it as soon as I have it.

The main worry is Ms Almeida's low mood since Thiago was born and the strain of her immigration application.

Thanks
Oluwaseun Hart
Social Worker, Assessment Team
"""
root = mixed(f, [alt(f, body), attach(docx_bytes(plan, (2037, 3, 16, 16, 0, 0)), "Step-down plan Almeida.docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add(f, "herefordshire", "early_help_duty", "2037-03-17 09:55", ("Oluwaseun Hart", "oluwaseun.hart@herefordshire.gov.uk"),
    "Step down - Almeida - Mosaic 753390", root,
    L("step_down", level=3, case_ids=["753390"], children=[("Beatriz Almeida", "2032-02-14"), ("Thiago Almeida", "2035-06-30")],
      concerns=["parental_mental_health"], consent=True, missing=["consent_form"], next_action="request_info"),
    "ordinary", "Herefordshire step_down with the plan and key person; the mother has agreed (consent true) but the written "
    "consent form is still to be signed, so consent_form is missing: request_info.",
    dobs={"Beatriz Almeida": "14/02/2032", "Thiago Almeida": "30/06/2035"})

f = "herefordshire_08"
consent = ["Consent to Early Help - Almeida family", "Mosaic 753390",
           "I agree to my children receiving Early Help support and to information being shared with the key person.",
           "Signed: C. Almeida   Date: 24/03/2037", "Interpreter (Portuguese): Joana Reis"]
body = """Hi,

As promised, the signed consent form is attached - Ms Almeida signed it at yesterday's visit, with the interpreter present.

Thanks
Seun
"""
root = mixed(f, [txt(body), attach(pdf_bytes(consent), "Consent form signed - Almeida 24.03.2037.pdf", "application/pdf")])
add(f, "herefordshire", "early_help_duty", "2037-03-25 15:30", ("Oluwaseun Hart", "oluwaseun.hart@herefordshire.gov.uk"),
    "RE: [SB-HER-0233-8NB] Step down - Almeida - Mosaic 753390", root,
    L("follow_up", case_ids=["753390"], consent=True, next_action="attach_to_request"),
    "ordinary", "A reply on the step-down thread bringing the signed consent form: follow_up, attach_to_request.",
    in_reply_to="SB-HER-0233-8NB")

# ---------------------------------------------------------------- categories recap ---------------------------
URGENT_NOTE = {m["fname"]: m["why"] for m in MAILS if m["cat"] == "urgent"}

# ---------------------------------------------------------------- build --------------------------------------
CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "android": [("X-Mailer", "Android Mail")],
    "iphone": [("X-Mailer", "iPhone Mail (24B83)")],
    "ios": [("X-Mailer", "Outlook for iOS")],
    "ipad": [("X-Mailer", "iPad Mail (24B83)")],
    "gmail": [],
}

def build(m):
    root = m["root"]
    to_addr = MBOX[m["auth"]][m["mbox"]]
    when = dtl(m["sent"])
    dom = m["frm"][1].split("@")[1]
    hdrs = [("From", addr(*m["frm"])), ("To", addr(MAILBOX_NAMES[to_addr], to_addr))]
    if m["cc"]:
        hdrs.append(("Cc", ", ".join(addr(*c) for c in m["cc"])))
    subj = m["subject"]
    try:
        subj.encode("ascii")
    except UnicodeEncodeError:
        subj = Header(subj, "utf-8").encode()
    hdrs += [("Subject", subj), ("Date", email.utils.format_datetime(when)),
             ("Message-ID", "<%s@%s>" % (sha(m["fname"] + "mid")[:32].upper(), dom))]
    if m["in_reply_to"]:
        ref = "<%s@stepbot.%s>" % (sha(m["in_reply_to"])[:24], m["auth"].replace("_", "-") + ".example")
        hdrs += [("In-Reply-To", ref), ("References", ref)]
    hdrs += CLIENT_HDR[m["client"]] + m["headers"]
    hdrs.append(("Content-Language", "en-GB"))
    for k, v in hdrs:
        del root[k]
    for k, v in hdrs:
        root[k] = v
    # move MIME-Version/Content-Type after the envelope headers for a natural order
    items = root._headers
    mime = [h for h in items if h[0].lower() in ("content-type", "mime-version", "content-transfer-encoding")]
    rest = [h for h in items if h not in mime]
    root._headers = rest + mime
    data = root.as_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") if m["client"] == "outlook" else data

# ---------------------------------------------------------------- readable text ------------------------------
def readable(msg):
    out = [msg.get("Subject", "")]
    out[0] = str(email.header.make_header(email.header.decode_header(out[0])))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "text/html":
            t = data.decode(part.get_content_charset() or "utf-8")
            t = re.sub(r"(?is)<(style|script).*?</\1>", " ", t)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8")
            if ct == "text/calendar":
                t = re.sub(r"\r?\n[ \t]", "", t).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            out.append(t)
        elif ct == "application/pdf":
            out.append(pdf_text(data))
        elif fn and fn.endswith(".docx"):
            out.append(docx_text(data))
        else:
            raise AssertionError("unreadable part %s" % ct)
    return "\n".join(out)

BANNED = re.compile(r"urgent|immediate|emergency|at\s+risk|risk\s+of\s+harm|danger|\basap\b", re.I)

# ---------------------------------------------------------------- checks -------------------------------------
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
REQ = {  # (authority, kind) -> requirement ids (REQUIREMENTS.md); Knowsley by level below
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                              "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
}
KNOWSLEY_MEETINGS = {  # file -> meeting day used for the notice label
    "knowsley_02": date(2037, 1, 28), "knowsley_03": date(2037, 4, 7), "knowsley_04": date(2037, 2, 11),
    "knowsley_06": date(2037, 3, 17),
}
CASE_RE = re.compile(r"^(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})$")

def next_action(e, auth):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply": return "ignore"
    if k == "meeting_reply": return "record_reply"
    if k == "follow_up": return "attach_to_request"
    if k == "other" or (auth == "herefordshire" and k == "step_up"): return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

def parse_dob(s):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    m = re.match(r"(\d+)(st|nd|rd|th) (\w+) (\d{4})$", s)
    return datetime.strptime("%s %s %s" % (m.group(1), m.group(3), m.group(4)), "%d %B %Y").date()

def check(built):
    errs = []
    def err(f, s):
        errs.append("%s: %s" % (f, s))
    names = [m["fname"] for m in MAILS]
    if len(MAILS) != 40 or len(set(names)) != 40:
        err("set", "need 40 distinct mails")
    for a in MBOX:
        got = sorted(n for n in names if n.startswith(a + "_") and re.match(r"^%s_\d\d$" % a, n))
        if got != ["%s_%02d" % (a, i) for i in range(1, 9)]:
            err("set", "%s files %s" % (a, got))
    cats = [m["cat"] for m in MAILS]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        err("set", "category counts %s" % {c: cats.count(c) for c in set(cats)})
    kinds_seen = set()
    for m in MAILS:
        f, e, a = m["fname"], m["label"], m["auth"]
        data = built[f]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects or any(p.defects for p in msg.walk()):
            err(f, "MIME defects %s" % msg.defects)
        msg32 = email.message_from_bytes(data)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg32.get(h):
                err(f, "no %s" % h)
        try:
            data.split(b"\r\n\r\n" if b"\r\n\r\n" in data else b"\n\n", 1)[0].decode("ascii")
        except UnicodeDecodeError:
            err(f, "8-bit header")
        to = MBOX[a][m["mbox"]]
        if to.lower() not in (msg32.get("To", "") + msg32.get("Cc", "")).lower():
            err(f, "mailbox address not in To/Cc")
        sent = email.utils.parsedate_to_datetime(msg32["Date"])
        local = sent.astimezone(LON)
        if not (WINDOW[0] <= local.date() <= WINDOW[1]) or not is_wd(local.date()):
            err(f, "Date %s outside the window or not a working day" % local)
        if sent.utcoffset() != local.utcoffset():
            err(f, "Date offset is not Europe/London's")
        now = sent + timedelta(minutes=m["now_min"])
        m["now"] = now.astimezone(LON).isoformat()
        txt_ = readable(msg32)
        m["text"] = txt_
        # label shape
        if e["kind"] not in KINDS: err(f, "kind")
        kinds_seen.add(e["kind"])
        if e["urgent"] != (m["cat"] == "urgent"): err(f, "urgent vs category")
        if e["next_action"] != next_action(e, a): err(f, "next_action %s != %s" % (e["next_action"], next_action(e, a)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])): err(f, "concerns")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err(f, "level")
        if e["level"] is not None and not re.search(r"level %d|L%d\b" % (e["level"], e["level"]), txt_, re.I):
            err(f, "level %s not stated" % e["level"])
        if e["missing"] != sorted(set(e["missing"])): err(f, "missing unsorted")
        key = (a, e["kind"], e["level"] or 3) if a == "knowsley" and e["kind"] == "step_down" else (a, e["kind"])
        allowed = REQ.get(key)
        if allowed is None or (a == "herefordshire" and e["kind"] == "step_up"):
            if e["missing"]: err(f, "missing must be [] for this kind")
        else:
            if not set(e["missing"]) <= allowed: err(f, "missing %s not allowed" % e["missing"])
            if "consent" in allowed and (("consent" in e["missing"]) != (e["consent"] is not True)): err(f, "consent vs missing")
            if "manager_agreed" in allowed and (("manager_agreed" in e["missing"]) != (e["manager_agreed"] is not True)):
                err(f, "manager vs missing")
            if ("children" in e["missing"]) != (not e["children"]): err(f, "children vs missing")
        if a == "knowsley" and e["kind"] == "step_up":
            if ("gcp2" in e["missing"]) and "neglect" not in e["concerns"]: err(f, "gcp2 without neglect")
            if ("engaging_families" in e["missing"]) and "non_engagement" not in e["concerns"]: err(f, "ef without concern")
        # notice
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            md = KNOWSLEY_MEETINGS.get(f)
            if md is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err(f, "notice with no date")
            else:
                given = wd_between(now.astimezone(LON).date(), md)
                m["notice_given"] = given
                if e["notice_ok"] != (given >= 5): err(f, "notice_ok %s but %d WD" % (e["notice_ok"], given))
                if not is_wd(md): err(f, "meeting on a non-working day")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        # case ids and children
        for c in e["case_ids"]:
            if not CASE_RE.match(c) or c not in txt_: err(f, "case id %s" % c)
        for ch in e["children"]:
            if ch["name"] not in txt_: err(f, "child %s not in text" % ch["name"])
            if ch["dob"]:
                written = m["dobs"].get(ch["name"])
                if not written or written not in txt_ or parse_dob(written).isoformat() != ch["dob"]:
                    err(f, "dob of %s" % ch["name"])
                d = date.fromisoformat(ch["dob"])
                nd = now.date()
                age = nd.year - d.year - ((nd.month, nd.day) < (d.month, d.day))
                if not (0 <= age < 18): err(f, "%s is %d" % (ch["name"], age))
        pos = [txt_.find(ch["name"]) for ch in e["children"]]
        if pos != sorted(pos): err(f, "children out of order")
        # banned words
        if m["cat"] == "urgent":
            hit = BANNED.findall(txt_)
            if hit: err(f, "banned words in an urgent mail: %s" % hit)
        # kind structure
        refs = re.findall(r"\[SB-[A-Z]{3}-\d{4}-[0-9A-Z]{3}\]", msg32["Subject"])
        if e["kind"] == "follow_up" and not refs: err(f, "follow_up without reference")
        if e["kind"] in ("step_up", "step_down") and refs: err(f, "step request with a reference")
        cal_methods = [p.get_param("method") for p in msg32.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != ("REPLY" in cal_methods): err(f, "iTIP REPLY vs meeting_reply")
        if (e["kind"] == "auto_reply") != bool(msg32.get("Auto-Submitted")): err(f, "Auto-Submitted vs auto_reply")
        if e["kind"] in ("step_up", "step_down", "other") and e["consent"] is None and e["manager_agreed"] is None and False:
            pass
    for k in KINDS:
        if k not in kinds_seen: err("set", "kind %s absent" % k)
    # the Easter crossing is real
    if wd_between(date(2037, 3, 27), date(2037, 4, 7)) != 5:
        err("set", "Easter count")
    return errs

def main():
    built = {m["fname"]: build(m) for m in MAILS}
    errs = check(built)
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    labels, cats = [], {}
    for m in MAILS:
        labels.append({"file": m["fname"] + ".eml", "authority": m["auth"], "mailbox": m["mbox"], "now": m["now"],
                       "expect": m["label"], "why": m["why"]})
        cats[m["fname"] + ".eml"] = m["cat"]
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for f, data in built.items():
        with open(os.path.join(HERE, f + ".eml"), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(cats, fh, indent=1); fh.write("\n")
    # re-read what was written
    for m in MAILS:
        with open(os.path.join(HERE, m["fname"] + ".eml"), "rb") as fh:
            email.message_from_bytes(fh.read())
    c = [m["cat"] for m in MAILS]
    print("self-check OK: 40 files, 8 per authority; every mail parses with email.message_from_bytes (no defects);")
    print("  dates are working days in Mon 5 Jan - Fri 27 Mar 2037 (GMT, +0000); no banned word in any urgent mail")
    print("  (bodies, HTML, quoted history, iCalendar comments, PDF and .docx text, file names, subjects);")
    print("  labels agree with categories, DESIGN's next_action order and REQUIREMENTS.md's matrix.")
    print("categories: urgent %d, near_miss %d, ordinary %d" % (c.count("urgent"), c.count("near_miss"), c.count("ordinary")))
    for a in MBOX:
        cc = [m["cat"] for m in MAILS if m["auth"] == a]
        print("  %-20s urgent %d / near_miss %d / ordinary %d" % (a, cc.count("urgent"), cc.count("near_miss"), cc.count("ordinary")))
    print("Knowsley notice (working days, bank holidays 2037: %s):" % ", ".join(d.isoformat() for d in sorted(BH)))
    for m in MAILS:
        if "notice_given" in m:
            print("  %s: %d WD -> %s" % (m["fname"], m["notice_given"], "ok" if m["notice_given"] >= 5 else "not ok"))
    print("urgent mails:")
    for m in MAILS:
        if m["cat"] == "urgent":
            print("  %s (%s, %s): %s" % (m["fname"], m["label"]["kind"], m["now"], m["subject"]))

if __name__ == "__main__":
    main()
