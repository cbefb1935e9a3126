#!/usr/bin/env python3
"""mixed106: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2030 (Monday 7 January - Thursday 11 April 2030), in parents' work and childcare:
night shifts, zero-hours and agency work, care-home and warehouse shifts, childminders and nannies, older siblings
left in charge, children left alone or with unsuitable minders during a shift, a parent working abroad, and a
parent's boss or colleague writing in.

Built with the standard library only (email, zipfile, hashlib); deterministic: no clock, no randomness. Boundaries,
Message-IDs and calendar UIDs come from sha1 of the file name; .docx zips carry fixed timestamps; PDFs are
hand-built PDF 1.4 text pages. Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md, the seeds
and the policy packs; the self-checks below verify them against those rules and stop before writing on any error.

Run: python3 make_set.py            (writes *.eml, labels.json, categories.json and prints the self-check report)
"""
import hashlib, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WINDOW = (date(2030, 1, 7), date(2030, 4, 11))
# England & Wales bank holidays 2030 (checked against the `holidays` package when it can be imported).
BANK_HOLIDAYS = [date(2030, 1, 1), date(2030, 4, 19), date(2030, 4, 22), date(2030, 5, 6), date(2030, 5, 27),
                 date(2030, 8, 26), date(2030, 12, 25), date(2030, 12, 26)]
BANNED = re.compile(r"urgent|immediate|emergenc|at risk|risk of harm|danger|\basap\b", re.I)

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
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


# ---------------------------------------------------------------- attachments
def make_pdf(lines, title="Document"):
    """A one-or-more page PDF 1.4 with Helvetica text, uncompressed (readable back by the self-check)."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages, cur = [], []
    for ln in lines:
        # wrap long lines at 95 chars
        while len(ln) > 95:
            cut = ln.rfind(" ", 0, 95)
            cut = cut if cut > 0 else 95
            cur.append(ln[:cut]); ln = ln[cut:].lstrip()
            if len(cur) >= 48:
                pages.append(cur); cur = []
        cur.append(ln)
        if len(cur) >= 48:
            pages.append(cur); cur = []
    if cur or not pages:
        pages.append(cur)
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs, then info
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n_pages))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        stream = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in pl) + "ET"
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    " /Contents %d 0 R >>" % (5 + 2 * i))
        data = stream.encode("cp1252")
        objs.append(("<< /Length %d >>\nstream\n" % len(data)).encode() + data + b"\nendstream")
    objs.append("<< /Title (%s) /Producer (mixed106 make_set.py) >>" % esc(title))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        body = o if isinstance(o, bytes) else o.encode("cp1252")
        out += ("%d 0 obj\n" % (i + 1)).encode() + body + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, len(objs), xref)).encode()
    return out


def pdf_text(data):
    out = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        out.append(m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252"))
    return "\n".join(out)


def xml_esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(paras):
    """Minimal OOXML .docx; a paragraph starting with '# ' is a heading (bold)."""
    body = []
    for p in paras:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr/></w:body></w:document>')
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2030, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    x = re.sub(r"<[^>]+>", "", x)
    return x.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def ics(method, uid, summary, start, end, organizer, attendee, partstat=None, comment=None, seq=0, stamp=None):
    fmt = lambda d: d.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:%s" % method,
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
             "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
             "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT"]
    lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    if partstat:
        lines.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1]))
    else:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % attendee)
    if comment:
        lines.append("COMMENT;LANGUAGE=en-GB:%s" % comment.replace(",", "\\,").replace(";", "\\;"))
    lines += ["SUMMARY;LANGUAGE=en-GB:%s" % summary.replace(",", "\\,"),
              "DTSTART;TZID=GMT Standard Time:%s" % fmt(start), "DTEND;TZID=GMT Standard Time:%s" % fmt(end),
              "UID:%s" % uid, "SEQUENCE:%d" % seq, "DTSTAMP:%sZ" % fmt(stamp or start),
              "END:VEVENT", "END:VCALENDAR"]
    # fold lines longer than 75 octets
    out = []
    for l in lines:
        while len(l.encode()) > 75:
            out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- message builder
def html_of(text):
    import html as H
    paras = text.strip("\n").split("\n\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join("<p>%s</p>" % "<br>\n".join(H.escape(l, quote=False) for l in p.split("\n")) for p in paras)
            + "\n</div></body></html>\n")


def build(fname, auth, box, sent, frm, subject, text=None, html=None, atts=(), cc=None, to=None, extra=(),
          calendar=None, in_reply_to=None, mailer=None, domain="example.org", html_only=False):
    m = EmailMessage()
    d = local(sent)
    m["Date"] = email.utils.format_datetime(d)
    m["From"] = frm
    m["To"] = to or MAILBOX[auth][box]
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = "<%s@%s>" % (sha(fname + "mid")[:30].upper(), domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
        if html is True:
            m.add_alternative(html_of(text), subtype="html")
        elif html:
            m.add_alternative(html, subtype="html")
    if calendar:
        method, body = calendar
        m.add_alternative(body, subtype="calendar", params={"method": method})
    for name, ctype, data in atts:
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_mixed106_%02d_%s" % (i, sha(fname + str(i))[:20]))
            i += 1
    return m.as_bytes(policy=email.policy.SMTP), d


MAILS = []   # (fname, auth, box, category, bytes, date, now_minutes, expect, why, checks)


def add(fname, auth, box, cat, built, expect, why, now_after=4, meeting=None, allow_offhours=False):
    data, d = built
    MAILS.append(dict(file=fname, auth=auth, box=box, cat=cat, data=data, date=d, now=d + timedelta(minutes=now_after),
                      expect=expect, why=why, meeting=meeting, offhours=allow_offhours))


def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None, next_action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": b} for n, b in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": next_action}


# ================================================================ KNOWSLEY
# knowsley_01 URGENT: toddler alone through mum's night shift; the 10-year-old left in charge has gone out.
t = """hiya sorry i didnt know who else to email, i got this address off the council website page for kids

Im next door to Jodie at 14 Finch Close in Huyton. Jodie does nights at the big warehouse on the industrial estate (agency, 10 till 8) and she leaves Kayden in charge of the little one. Kayden is 10.

The baby, Mia, shes about 2, has been screaming through the wall since about 10 past 10. Its now 20 to 12. I knocked and nobody answers. I can see through the front window the telly is on and nobodys in the room.

Kayden went off on his bike with the older lads from the flats about half 9, I seen him go past my window. My son just seen him down the precinct, hes still there messing about with them, he says hes not going home.

Ive rang Jodie 6 times its going straight to voicemail, they have to leave their phones in lockers on that site. I havent got a key. Mia is in there on her own in the dark crying her eyes out and shes only little, she still has a bottle at night.

What do I do, do I ring 999? Im stood outside the door now. Please someone ring me 07700 900482

Trish (Patricia Dunne)

Sent from my iPhone"""
add("knowsley_01.eml", "knowsley", "mash_step_up", "urgent",
    build("knowsley_01.eml", "knowsley", "mash_step_up", "2030-01-15 23:41", "Trish Dunne <trishd1968@example.com>",
          "the little girl next door is on her own", t, mailer="iPhone Mail (22D72)", domain="example.com"),
    E("other", True, children=[("Kayden", None), ("Mia", None)], concerns=["neglect"], next_action="alert_duty"),
    "A neighbour at 23:41 (night): a 2-year-old alone in the house screaming for ninety minutes while mum is on an "
    "agency night shift with her phone in a locker, the 10-year-old left in charge out at the precinct; no alarm word. "
    "DESIGN safety rule 1 (immediate child-protection risk, out of hours) -> urgent, alert_duty; a member of the public's "
    "mail is kind other.", allow_offhours=True)

# knowsley_02 NEAR MISS: complete neglect step-up; the night the 11-year-old minded the others is past and resolved.
form = make_docx(["# FF Step Up request to CSC", "Case ID on EHM: EHM-61407",
                  "Has this family recently closed to Children's Social Care?: No",
                  "Date of step up TAF meeting: Wednesday 30th January 2030, 10:00, Microsoft Teams",
                  "Level of Engagement: medium",
                  "Recent TAF meeting minutes attached: Yes (TAF 14.01.2030)",
                  "# What are we worried about?",
                  "Home conditions have declined over 12 weeks despite support: no food in on 3 of the last 5 visits, "
                  "Ruby (2) in the same nappy all morning, Harvey's dental treatment missed twice. GCP2 completed 17.01.2030 - level 4 in physical care and safety.",
                  "# What is working well?", "Mum loves the children and is honest with the worker. Maternal grandmother now helps on shift nights.",
                  "# What next?", "C&F assessment; support to find a registered childminder who can cover Mum's zero-hours care-home shifts.",
                  "Agreement by line manager: Lorraine Cheung, Team Manager, 21/01/2030 - agreed.",
                  "Contingency plan: daily contact by Family First until the TAF; Nan to stay over on shift nights."])
gcp2 = make_pdf(["Graded Care Profile 2 (GCP2) - summary", "Family: Ashworth   EHM-61407   Completed: 17/01/2030",
                 "Area 1 Physical care: 4   Area 2 Care of safety: 4   Area 3 Love and care: 2",
                 "Area 4 Stimulation and education: 3", "Assessor: Gemma Ridley, Family First Case Manager"], "GCP2")
tafm = make_pdf(["TAF meeting minutes - Ashworth family - 14 January 2030", "Present: Mum (Danielle Ashworth), Gemma Ridley (Family First),",
                 "Jo Prescott (Huyton Park Primary), Aisha Rahim (Health Visitor)",
                 "Discussion: home conditions, missed dental appointments, food. Mum's hours at the care home changed to",
                 "zero-hours in December; shifts offered the night before.", "Actions: GCP2 by 17/01; TM discussion re step up."], "TAF minutes")
t = """Good morning,

Please find attached a step up request to Children's Social Care for the Ashworth family (EHM-61407).

Lily-Grace Ashworth  DOB 03/05/2018
Harvey Ashworth  DOB 17/09/2021
Ruby Ashworth  DOB 12/12/2027

The step up TAF meeting is booked for Wednesday 30th January 2030 at 10:00 on Teams - I have sent the invite to this inbox and to MASH business support, and invited the current TAF members.

The worry is neglect: home conditions, food and missed health appointments, all set out in the form and the GCP2 (attached). Mum works zero-hours at a care home in Prescot and shifts are often only confirmed the night before.

For completeness - MASH will see that in November a neighbour reported that Lily-Grace (then 11) had been left to mind Harvey and Ruby overnight while Mum did a night shift. That was looked into at the time: Mum accepted it should not have happened, Nan (Carol Ashworth) now stays over on every shift night and there has been no repeat in the ten weeks since. It is not why I am stepping up and nobody is left alone now.

Mum has given her consent to the step up. My team manager Lorraine Cheung has agreed the step up (see form).

Attached: FF Step Up request - Ashworth.docx, GCP2 Ashworth.pdf, TAF minutes 14.01.2030.pdf

Many thanks
Gemma Ridley
Family First Case Manager (Level 3), Knowsley Council
0151 496 0733"""
add("knowsley_02.eml", "knowsley", "mash_step_up", "near_miss",
    build("knowsley_02.eml", "knowsley", "mash_step_up", "2030-01-22 10:12",
          "Gemma Ridley <gemma.ridley@knowsley.gov.uk>", "Step up request - Ashworth - EHM-61407", t, html=True,
          atts=[("FF Step Up request - Ashworth.docx", DOCX, form), ("GCP2 Ashworth.pdf", "application/pdf", gcp2),
                ("TAF minutes 14.01.2030.pdf", "application/pdf", tafm)],
          mailer="Microsoft Outlook 16.0", domain="knowsley.gov.uk"),
    E("step_up", case_ids=["EHM-61407"], children=[("Lily-Grace Ashworth", "2018-05-03"), ("Harvey Ashworth", "2021-09-17"),
      ("Ruby Ashworth", "2027-12-12")], concerns=["neglect"], consent=True, manager=True, missing=[], notice_ok=True,
      next_action="book_meeting"),
    "NEAR MISS (past and resolved): the 11-year-old left minding overnight was in November, looked into, Nan now stays on "
    "shift nights, 'nobody is left alone now'. Otherwise a complete Knowsley neglect step-up (REQUIREMENTS knowsley step_up: "
    "form, EHM id, TM agreed, TAF minutes, GCP2 for neglect); Wed 30 Jan 10:00 from Tue 22 Jan = 6 WD >= 5 -> book_meeting.",
    meeting=date(2030, 1, 30))

# knowsley_03 ORDINARY: level 3 step-down, final CIN meeting, three headings, consent.
t = """Hi Family First duty,

Step down to Family First at Level 3 - O'Brien family, ICS ID 1874420.

Jayden O'Brien, born 21st August 2016
Skye O'Brien, born 2nd February 2020

The final CIN meeting is on Tuesday 12th March at 2pm at Huyton Family Hub, Lathom Road (room 2). I'd be grateful if a Family First case manager could attend.

What are we worried about?
Jayden's attendance is 86% this year, mostly late marks and Mondays. Mum's agency hours at the distribution centre still change week to week, which knocks the morning routine.

What is working well?
Mum has stopped using informal minders; the children go to Grandad Tony's on early shifts and he does the school run. Both children are well presented and Skye's speech has come on with nursery.

What needs to happen?
A Level 3 plan around routines and attendance, help for Mum to ask her agency for fixed shifts or find a wraparound place, and Jayden to join the school's breakfast club.

Mum (Leanne O'Brien) has consented to the case being referred to Family First - she signed the consent at my visit on 28/02. My TM, Paul Hesketh, agreed the step down in supervision.

Thanks,
Niamh Kavanagh
Social Worker, Children in Need Team 2
Knowsley Council"""
add("knowsley_03.eml", "knowsley", "early_help_duty", "ordinary",
    build("knowsley_03.eml", "knowsley", "early_help_duty", "2030-03-04 11:20",
          "Kavanagh, Niamh <niamh.kavanagh@knowsley.gov.uk>", "Level 3 step down - O'Brien - final CIN 12/03", t, html=True,
          mailer="Microsoft Outlook 16.0", domain="knowsley.gov.uk"),
    E("step_down", level=3, case_ids=["1874420"], children=[("Jayden O'Brien", "2016-08-21"), ("Skye O'Brien", "2020-02-02")],
      concerns=["school_attendance"], consent=True, manager=True, missing=[], notice_ok=True, next_action="book_meeting"),
    "Complete Knowsley level 3 step-down (REQUIREMENTS knowsley step_down level 3: meeting date, time and venue, the three "
    "Signs of Safety headings, consent); 'ICS ID 1874420' -> the bare number; Tue 12 Mar from Mon 4 Mar = 6 WD >= 5 -> "
    "book_meeting. Informal minders are named only as stopped.",
    meeting=date(2030, 3, 12))

# knowsley_04 ORDINARY: non-engagement step-up without the Engaging Families toolkit; 4 WD notice.
form = make_docx(["# FF Step Up request to CSC", "Case ID on EHM: EHM-62290",
                  "Date of step up TAF meeting: Wednesday 13th February 2030 at 1.30pm",
                  "Level of Engagement: low",
                  "# What are we worried about?",
                  "Dad (sole carer) has cancelled or not been in for 5 of the last 7 planned visits; he works agency nights "
                  "at a parcel depot and sleeps in the day. Tommy-Lee's attendance is 79%.",
                  "# What is working well?", "Dad is warm with the children when seen; Bella is doing well in Reception.",
                  "# What next?", "Step up for a C&F assessment.", "Agreement by line manager: agreed - L. Cheung"])
tafm = make_pdf(["TAF review minutes - Sharrock - 23 January 2030", "Dad did not attend (on shift the night before).",
                 "School: Tommy-Lee attendance 79%, often late, tired.", "Agreed: TM discussion about step up."], "TAF minutes")
t = """Hello MASH,

Please see attached step up form and TAF minutes for the Sharrock children, EHM-62290:
Tommy-Lee Sharrock (30/06/2015) and Bella Sharrock (09/01/2024).

Step up TAF is booked for Wednesday 13th February at 1.30pm, Kirkby Family Hub and Teams (invite sent to this inbox and MASH business support).

Main worry is non-engagement - Dad keeps cancelling or not answering, he's on agency nights and sleeps through our visits - plus Tommy-Lee's attendance at 79%. Dad is aware I'm sending this.

I've discussed with my TM, Lorraine Cheung, who agrees the step up.

Thanks
Callum Breen
Family First Case Manager
Knowsley Council"""
add("knowsley_04.eml", "knowsley", "mash_step_up", "ordinary",
    build("knowsley_04.eml", "knowsley", "mash_step_up", "2030-02-07 14:05",
          "Callum Breen <callum.breen@knowsley.gov.uk>", "Step up - Sharrock EHM-62290", t, html=True,
          atts=[("Step up form Sharrock.docx", DOCX, form), ("TAF minutes 23.01.2030 Sharrock.pdf", "application/pdf", tafm)],
          mailer="Microsoft Outlook 16.0", domain="knowsley.gov.uk"),
    E("step_up", case_ids=["EHM-62290"], children=[("Tommy-Lee Sharrock", "2015-06-30"), ("Bella Sharrock", "2024-01-09")],
      concerns=["non_engagement", "school_attendance"], consent=None, manager=True, missing=["engaging_families"],
      notice_ok=False, next_action="request_info"),
    "Knowsley step-up for non-engagement with no Engaging Families toolkit (REQUIREMENTS knowsley: engaging_families when "
    "non_engagement) and Wed 13 Feb from Thu 7 Feb = 4 WD < 5 -> request_info; 'Dad is aware' is not consent.",
    meeting=date(2030, 2, 13))

# knowsley_05 URGENT: a 9-year-old told to wait in a car park through a 12-hour shift at minus four (forwarded by HR).
t = """Hi,

I'm forwarding this from our night supervisor at the Kirkby site. I wasn't sure where to send it - our HR policy just says "contact the local council". The boy is still in the car as I write. Mum is on the line until 6pm.

Please can someone call Darren on the number below.

Sinead Forde
HR Business Partner, Merseylink Logistics

-----Original Message-----
From: Darren Whitty <d.whitty@merseylink.example.co.uk>
Sent: 09 January 2030 07:38
To: Sinead Forde <s.forde@merseylink.example.co.uk>
Subject: lad in the staff car park

Sinead,

Security just called me out to the staff car park. There's a lad in the back of a silver Corsa, he's 9, says his name is Tyler Walsh. The car is locked from the outside, engine off, windows iced on the inside. It was minus 4 on the gatehouse thermometer at 7.

His mum is Kerry Walsh, agency picker on the 6-6 day shift, clocked in at 05:52. I went and got her off the line. She says her mum let her down for childcare, the school is shut till 8.45 and she's told him to wait in the car all day and she'll check on him at breaks. She begged me not to tell the agency or she loses her shifts. She has gone back on the line and will not give me the keys. Says he's got a blanket and a sandwich and he's fine.

He's in a school jumper and trainers, his lips are blue and he's crying. He told security he's been in there since before 6 and he's wet himself because she told him not to get out.

Security have a blanket round the car but we can't open it. What do I do with him? I can't leave my post for long. I'm on 0151 496 0271.

Darren Whitty
Night Shift Supervisor, Kirkby DC"""
add("knowsley_05.eml", "knowsley", "mash_step_up", "urgent",
    build("knowsley_05.eml", "knowsley", "mash_step_up", "2030-01-09 07:52",
          "Sinead Forde <s.forde@merseylink.example.co.uk>", "FW: lad in the staff car park", t, html=True,
          mailer="Microsoft Outlook 16.0", domain="merseylink.example.co.uk"),
    E("other", True, children=[("Tyler Walsh", None)], concerns=["neglect"], next_action="alert_duty"),
    "An employer's HR officer at 07:52 forwards the night supervisor's note: a 9-year-old locked in a car at minus 4, "
    "lips blue, told to wait through mum's 12-hour shift; no alarm word. DESIGN safety rule 1 (the forwarded part is read) "
    "-> urgent, alert_duty; an outside employer's mail is kind other.", allow_offhours=True)

# knowsley_06 NEAR MISS: training case study with the same kinds of scenario, explicitly fictional.
case = make_pdf(["Family First 0-18 workforce development", "Parents' work and childcare: reflective session - case studies",
                 "All scenarios are fictional and are for training only. No real family is described.",
                 "Scenario 1: A mother on agency night shifts leaves a 10-year-old in charge of a toddler. At 11pm a",
                 "neighbour hears the toddler crying. What do you do tonight? Who do you call? (answer: 999 if a child is in danger now)",
                 "Scenario 2: A 9-year-old is told to wait in the staff car park through a 12-hour shift in January.",
                 "Discuss: immediate risk, the employer's role, and what the step-up form would say afterwards.",
                 "Scenario 3: A childminder appears drunk at collection time. Ofsted, LADO and police roles."], "Case studies")
t = """Dear colleagues,

Ahead of Thursday's reflective session (14th February, 9.30-12.30, Kirkby Family Hub), please find attached the three case studies we will use. They are fictional - they are not cases from our caseloads - and they include scenarios of children left alone during a parent's shift so that we can practise what to do in the moment and what the step up would look like afterwards.

Could the duty mailbox team please book room 3 for us and confirm by reply? Nothing needs logging from this email.

Thanks,
Bernadette Nwosu
Practice Development Lead, Family First 0-18"""
add("knowsley_06.eml", "knowsley", "early_help_duty", "near_miss",
    build("knowsley_06.eml", "knowsley", "early_help_duty", "2030-02-11 09:30",
          "Bernadette Nwosu <bernadette.nwosu@knowsley.gov.uk>", "Reflective session Thursday - case studies (training)",
          t, html=True, atts=[("Case studies - parents work and childcare.pdf", "application/pdf", case)],
          domain="knowsley.gov.uk"),
    E("other", next_action="human_review"),
    "NEAR MISS (training): fictional case studies of children left alone during a shift, marked 'for training only'; "
    "DESIGN safety rule 1 - training and hypothetical risks do not trigger; a room booking is kind other -> human_review.")

# knowsley_07 ORDINARY: iTIP REPLY ACCEPTED with a COMMENT for knowsley_02's step-up TAF.
st, en = datetime(2030, 1, 30, 10, 0), datetime(2030, 1, 30, 11, 30)
cal = ics("REPLY", "040000008200E00074C5B7101A82E00800000000" + sha("kn02uid")[:24].upper(),
          "Step up TAF - Ashworth - EHM-61407 [SB-knowsley-2214]", st, en,
          ("Gemma Ridley", "gemma.ridley@knowsley.gov.uk"), ("Jo Prescott", "j.prescott@huytonpark.example.sch.uk"),
          partstat="ACCEPTED", comment="Will join from school. I'll bring Lily-Grace's attendance and the breakfast club register. I need to leave by 11.15 for a class.",
          stamp=datetime(2030, 1, 25, 15, 10))
t = "Accepted: Step up TAF - Ashworth - EHM-61407 [SB-knowsley-2214]\n\nWill join from school. I'll bring Lily-Grace's attendance and the breakfast club register. I need to leave by 11.15 for a class.\n"
add("knowsley_07.eml", "knowsley", "mash_step_up", "ordinary",
    build("knowsley_07.eml", "knowsley", "mash_step_up", "2030-01-25 15:10",
          "Jo Prescott <j.prescott@huytonpark.example.sch.uk>", "Accepted: Step up TAF - Ashworth - EHM-61407 [SB-knowsley-2214]",
          t, calendar=("REPLY", cal), cc="Gemma Ridley <gemma.ridley@knowsley.gov.uk>",
          mailer="Microsoft Outlook 16.0", domain="huytonpark.example.sch.uk"),
    E("meeting_reply", case_ids=["EHM-61407"], next_action="record_reply"),
    "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) with a COMMENT from the school for knowsley_02's step-up TAF; nothing of "
    "concern in the comment. DESIGN kind meeting_reply -> record_reply.")

# knowsley_08 ORDINARY: follow-up adding the Engaging Families toolkit and a later meeting date.
efk = make_pdf(["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
                "Family: Sharrock  EHM-62290  Completed: 08/02/2030 by Callum Breen",
                "Attempts to engage: 7 planned visits (5 missed), texts, letters, a visit at 4pm after Dad's sleep.",
                "Score: low engagement. Barrier: agency night shifts; Dad sleeps 9am-3pm."], "Engaging Families")
t = """Hi,

As asked, attached is the Engaging Families Toolkit for the Sharrock family. I've also moved the step up TAF to Wednesday 20th February at 1.30pm (same venue) to give the full notice - updated invite sent.

Thanks
Callum

Callum Breen | Family First Case Manager | Knowsley Council

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 07 February 2030 14:11
Subject: [SB-knowsley-2231] Step up - Sharrock EHM-62290 - information needed

> Thank you. We have logged your request as SB-knowsley-2231.
> What is missing: Engaging Families toolkit (non-engagement); notice for the meeting is under 5 working days.
"""
add("knowsley_08.eml", "knowsley", "mash_step_up", "ordinary",
    build("knowsley_08.eml", "knowsley", "mash_step_up", "2030-02-11 12:40",
          "Callum Breen <callum.breen@knowsley.gov.uk>", "RE: [SB-knowsley-2231] Step up - Sharrock EHM-62290 - information needed",
          t, atts=[("Engaging Families Toolkit Sharrock.pdf", "application/pdf", efk)],
          in_reply_to="<SB-knowsley-2231.ack@knowsley.gov.uk>", domain="knowsley.gov.uk"),
    E("follow_up", case_ids=["EHM-62290"], next_action="attach_to_request"),
    "Reply to [SB-knowsley-2231] (knowsley_04) adding the Engaging Families toolkit and a later date: DESIGN kind follow_up "
    "-> attach_to_request; missing [] and notice null for a follow_up.")

# ================================================================ RICHMOND & WANDSWORTH
# rw_01 URGENT: a parent finds the childminder drunk with four under-fives.
t = """I'm a parent at Little Acorns, the childminder on Hazelbourne Road (Debbie Mallory). I came at lunchtime to collect my daughter Amara Okafor-Reid (she's 3) early and Debbie could barely stand. She was slurring, there was an open bottle of vodka on the kitchen side and a glass next to the baby's bottles. She fell against the stair gate while I was there.

There are still 3 other children in there with her - a baby about 10 months in a highchair and 2 toddlers, I think 2 and 3. No other adult. She shouted at me when I said I'd take them too and shut the door on me.

I have Amara with me in the car, she's fine. I've tried the other parents on the WhatsApp group, one is at work in Heathrow and the others haven't read it.

I don't know if this is the right address, I searched Wandsworth children. I'm parked outside on Hazelbourne Road. 07700 900736

Chidinma Okafor-Reid"""
add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "urgent",
    build("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2030-01-24 13:06",
          "Chidinma Okafor-Reid <chidinma.okaforreid@example.com>", "childminder drunk with the babies", t, html=True,
          mailer="Android Gmail", domain="mail.example.com"),
    E("other", True, children=[("Amara Okafor-Reid", None)], concerns=["neglect", "substance_misuse"], next_action="alert_duty"),
    "A parent at 13:06: a childminder too drunk to stand alone with three under-fives (a baby in a highchair) who shut the "
    "door on her; no alarm word. DESIGN safety rule 1 -> urgent, alert_duty; a member of the public's mail is kind other; "
    "the only child named is her own daughter.")

# rw_02 NEAR MISS: complete step-up; a neighbour's 'home alone' report was checked and untrue.
summ = make_docx(["# Early Help case summary - Nowak-Hughes family", "Mosaic ID 2716004",
                  "Zofia Nowak-Hughes DOB 02/11/2017; Kacper Nowak-Hughes DOB 19/06/2022",
                  "Mum (Agnieszka) works three zero-hours jobs (two cleaning contracts and care-agency shifts), up to 60 hours a week.",
                  "Since December: GP diagnosis of depression, medication stopped; fridge empty on two visits; Kacper's nursery "
                  "reports he is hungry and in the same clothes most days.",
                  "Interventions: foodbank, Healthy Start, debt advice, childcare funding application, GP liaison."])
t = """Dear MASH Step Up,

Following reflective discussion with Hannah Olatunji (Early Help Practitioner), I agree this family needs to step up to Children's Services and attach the latest case summary.

Children: Zofia Nowak-Hughes (02/11/2017) and Kacper Nowak-Hughes (19/06/2022). Mosaic ID 2716004.

Rationale for step up
Mum's depression has deepened since December and she has stopped her medication. She is working up to 60 hours a week across three zero-hours jobs and the children's basic care has slipped despite twelve weeks of Early Help: empty fridge, Kacper hungry at nursery, no GP follow-up. We think a Child and Family Assessment is needed.

For clarity, one thing MASH may see on the police log: on Friday 1st February a neighbour rang 101 saying the children were home alone while Mum was at work. Police did a welfare check that evening and found Mum's aunt there with them, as arranged - she had been asleep upstairs. The children were safe, no one had been left alone, and the police closed it. It is not part of the reason for this step up.

Kind regards,
Marguerite Delacroix-Byrne
Early Help Team Manager (Wandsworth East)"""
add("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "near_miss",
    build("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "2030-02-05 10:40",
          "Marguerite Delacroix-Byrne <marguerite.delacroix-byrne@richmondandwandsworth.gov.uk>",
          "Step up - Nowak-Hughes - Mosaic 2716004", t, html=True,
          atts=[("Case summary Nowak-Hughes Feb 2030.docx", DOCX, summ)],
          cc="Hannah Olatunji <hannah.olatunji@richmondandwandsworth.gov.uk>",
          mailer="Microsoft Outlook 16.0", domain="richmondandwandsworth.gov.uk"),
    E("step_up", case_ids=["2716004"], children=[("Zofia Nowak-Hughes", "2017-11-02"), ("Kacper Nowak-Hughes", "2022-06-19")],
      concerns=["neglect", "parental_mental_health"], consent=None, manager=True, missing=[], next_action="book_meeting"),
    "NEAR MISS (checked and untrue): the 'home alone' call was a welfare check that found an adult there, closed by police. "
    "Otherwise a complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS: case_summary "
    "attached, rationale under its heading) -> book_meeting.")

# rw_03 ORDINARY: complete step-down confirming a case discussion agreed by phone.
cs = make_pdf(["Case summary - Adeyemi family - Mosaic ID 2698115 - 1 February 2030",
               "Ayo Adeyemi (17/04/2014), Tolu Adeyemi (05/10/2019)",
               "CIN since July 2029 after the children were found to be left with an unsuitable adult during Dad's night shifts.",
               "Now: Dad has moved to day shifts as a hospital porter; Tolu attends a registered childminder; Mum's low mood",
               "is treated by her GP. CIN plan outcomes met."], "Case summary")
plan = make_docx(["# Draft Early Help plan - Adeyemi", "1. Mum's low mood: GP and Talking Therapies; Early Help worker to check in fortnightly.",
                  "2. Childcare: keep the registered childminder (Tax-Free Childcare set up).", "3. Ayo: Year 10 mentoring at school.",
                  "Lead professional: to be agreed at the case discussion."])
t = """Dear Early Help Duty,

Confirming by email, as agreed on the phone with Jasper Quint this afternoon, the step-down case discussion for the Adeyemi children on Thursday 7th February at 10am (Teams).

Ayo Adeyemi, DOB 17/04/2014
Tolu Adeyemi, DOB 05/10/2019
Mosaic ID 2698115

Attached are the latest case summary and the draft Early Help plan. Mum and Dad have both given consent for Early Help to continue the plan - Ayo (15) agrees too. The main remaining need is Mum's low mood, which her GP is treating.

My team manager, Ruth Abernathy, is copied and has agreed the step-down and will attend.

Best wishes,
Tomasz Wiśniewski-Hall
Social Worker, Wandsworth Child in Need Team"""
add("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "ordinary",
    build("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "2030-02-04 15:15",
          "Tomasz Wiśniewski-Hall <tomasz.wisniewski-hall@richmondandwandsworth.gov.uk>",
          "Step down case discussion Thurs 7 Feb - Adeyemi", t,
          atts=[("Case summary Adeyemi.pdf", "application/pdf", cs), ("Draft EH plan Adeyemi.docx", DOCX, plan)],
          cc="Ruth Abernathy <ruth.abernathy@richmondandwandsworth.gov.uk>", domain="richmondandwandsworth.gov.uk"),
    E("step_down", case_ids=["2698115"], children=[("Ayo Adeyemi", "2014-04-17"), ("Tolu Adeyemi", "2019-10-05")],
      concerns=["parental_mental_health"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "Complete Richmond & Wandsworth step-down (REQUIREMENTS: case_summary, draft_plan, consent given) confirming a "
    "discussion agreed by phone within 5 days (Thu 7 Feb); no level stated -> null; the unsuitable minder is the CIN "
    "history in the summary -> book_meeting.")

# rw_04 URGENT: nursery manager - a baby with bruised ears; the partner who had him overnight collects tonight.
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Good afternoon,</p>
<p>I am the manager at Bumblebees Day Nursery, Putney. I am writing about <b>Oscar Lindqvist-Brown</b>, DOB 02/06/2029 (9 months).</p>
<p>When Oscar was handed over at 8.05 this morning his key person found bruising on <b>both ears</b> - purple, on the back and the top of each ear - and a small red mark on his left cheek. Photographs and a body map are on his file.</p>
<p>His mum, Freya Lindqvist, is a staff nurse on nights at St George's. She told us she finished at 7.30 this morning and saw the marks when she got home. Oscar had been with her partner, <b>Dean Cartwright</b>, overnight. She said she "has no idea" how it happened and Dean told her he was asleep. Oscar is not crawling yet and has no explanation for it.</p>
<p>Mum is back on nights tonight (7.30pm to 7.30am). Dean is on our collection list and will collect Oscar at 5.30pm today and have him on his own overnight again. Mum is asleep now and not answering.</p>
<p>It is now 4.40pm. We need to know what to do at 5.30 when he arrives.</p>
<p>Kind regards,<br>Precious Mahlangu<br>Nursery Manager and Designated Lead<br>Bumblebees Day Nursery<br>020 7946 0518</p>
</body></html>"""
add("richmond_wandsworth_04.eml", "richmond_wandsworth", "mash_step_up", "urgent",
    build("richmond_wandsworth_04.eml", "richmond_wandsworth", "mash_step_up", "2030-03-06 16:44",
          "Precious Mahlangu <manager@bumblebees-putney.example.co.uk>", "Oscar L-B - marks today, collection 5.30",
          html=h, html_only=True, mailer="Microsoft Outlook 16.0", domain="bumblebees-putney.example.co.uk"),
    E("other", True, children=[("Oscar Lindqvist-Brown", "2029-06-02")], concerns=["physical_harm"], next_action="alert_duty"),
    "HTML-only mail from a nursery manager at 16:44: a non-mobile 9-month-old with bruising to both ears after a night "
    "with mum's partner, who collects him at 17:30 for another night alone with him; no alarm word. DESIGN safety rule 1 "
    "-> urgent, alert_duty; kind other.")

# rw_05 NEAR MISS: partnership bulletin listing examples.
t = """RICHMOND AND WANDSWORTH EARLY HELP PARTNERSHIP BULLETIN - January 2030

1. Working parents and childcare: a practice note

Many of the families we support rely on shift work, zero-hours contracts and agency work. This note reminds partners of the law and good practice. There is no legal minimum age for leaving a child at home alone, but a parent can be prosecuted if leaving a child puts them in danger.

Examples that should ALWAYS be reported to the MASH at once (these are illustrations, not real cases):
- a baby or toddler left alone while a parent works a night shift;
- a child told to wait in a car through a shift;
- a childminder or nanny who is drunk or under the influence while caring for children;
- a child left with an adult who is a known risk.

Examples that usually call for Early Help rather than a MASH contact: a 14-year-old at home alone after school for two hours with a neighbour on call; a family that needs help with childcare costs.

2. Tax-Free Childcare and the 30 hours: new leaflets in ten languages.
3. Training dates: 'Thinking family' - 12 February, Wandsworth Town Hall.

You are receiving this bulletin because you are on the Early Help partnership list."""
add("richmond_wandsworth_05.eml", "richmond_wandsworth", "early_help_duty", "near_miss",
    build("richmond_wandsworth_05.eml", "richmond_wandsworth", "early_help_duty", "2030-01-16 12:00",
          "Early Help Partnership <ehpartnership@richmondandwandsworth.gov.uk>",
          "Early Help Partnership Bulletin - January 2030: working parents and childcare", t, html=True,
          to="Early Help Partnership list <ehpartnership-list@richmondandwandsworth.gov.uk>",
          cc="EarlyHelpDuty@richmondandwandsworth.gov.uk",
          extra=[("List-Id", "Early Help Partnership <ehpartnership.richmondandwandsworth.gov.uk>")],
          domain="richmondandwandsworth.gov.uk"),
    E("other", next_action="human_review"),
    "NEAR MISS (a bulletin listing examples): 'these are illustrations, not real cases'. DESIGN safety rule 1 - bulletins "
    "that list examples must not trigger; a newsletter is kind other -> human_review.")

# rw_06 ORDINARY: step-up with the rationale but no case summary yet.
t = """Hi MASH Step Up,

Step up request for the Campbell-Hughes children, Mosaic ID 2720391:
Destiny Campbell-Hughes - 22/07/2015
Marcus Campbell-Hughes - 11/05/2023
Kenya Campbell-Hughes - 30/09/2026

Rationale: Mum works split shifts as a carer for a homecare agency (6-10am and 4-10pm). Destiny (14) is doing the nursery drop-off and pick-up and the evening care of both younger children and her attendance has fallen to 71%. She told her Early Help worker she is "the mum on weekdays". Mum's shifts have not changed despite a letter from us to the agency, and she has turned down a childcare place because of the cost. We think Destiny needs a young carer's assessment and the family a C&F assessment.

I agree with this step up following discussion with the worker (Sunita Ramdin). The updated case summary will follow tomorrow as Mosaic was down this morning.

Thanks,
Leon Achterberg
Early Help Team Manager (Richmond)"""
add("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "ordinary",
    build("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "2030-03-12 09:25",
          "Leon Achterberg <leon.achterberg@richmondandwandsworth.gov.uk>", "Step up - Campbell-Hughes", t,
          domain="richmondandwandsworth.gov.uk"),
    E("step_up", case_ids=["2720391"], children=[("Destiny Campbell-Hughes", "2015-07-22"),
      ("Marcus Campbell-Hughes", "2023-05-11"), ("Kenya Campbell-Hughes", "2026-09-30")],
      concerns=["school_attendance", "young_carer"], consent=None, manager=True, missing=["case_summary"],
      next_action="request_info"),
    "Richmond & Wandsworth step-up from the Early Help Team Manager with the rationale in the body but the case summary "
    "'will follow' (REQUIREMENTS: case_summary, rationale) -> missing case_summary -> request_info.")

# rw_07 ORDINARY: out-of-office.
t = """Thank you for your email. I am on annual leave until Monday 18th March 2030 with no access to email.

For Early Help duty matters please contact EarlyHelpDuty@richmondandwandsworth.gov.uk or call 020 7946 0300. If you are worried that a child is in danger, call the MASH, or 999 if a child is at risk of immediate harm.

Jasper Quint
Early Help Manager"""
add("richmond_wandsworth_07.eml", "richmond_wandsworth", "early_help_duty", "ordinary",
    build("richmond_wandsworth_07.eml", "richmond_wandsworth", "early_help_duty", "2030-03-13 08:02",
          "Jasper Quint <jasper.quint@richmondandwandsworth.gov.uk>",
          "Automatic reply: [SB-richmond_wandsworth-4462] Step-down case discussion invitation", t,
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "jasper.quint@richmondandwandsworth.gov.uk")],
          domain="richmondandwandsworth.gov.uk"),
    E("auto_reply", next_action="ignore"),
    "Out-of-office with Auto-Submitted: auto-replied; its 'in danger ... 999' line is boilerplate. DESIGN safety rule 2 -> "
    "auto_reply -> ignore.")

# rw_08 ORDINARY: chaser / follow-up with the updated plan after rw_03's discussion.
plan2 = make_docx(["# Early Help plan (agreed 7 February 2030) - Adeyemi", "Early Help worker: Grace Owusu-Ansah",
                   "Joint visit: Tuesday 12 February, 4pm.", "Review meeting: by 7 March 2030."])
t = """Hi both,

Chasing the outcome letter for the Adeyemi step-down (Mosaic ID 2698115) - we held the case discussion on 7th and agreed it, but I haven't had the Mosaic workflow assigned yet. Attached is the plan updated with the Early Help worker's name (Grace Owusu-Ansah) and the joint visit date.

Could someone confirm the review meeting date?

Thanks
Tomasz

On Mon, 4 Feb 2030 at 15:22, EarlyHelpDuty wrote:
> [SB-richmond_wandsworth-4410] We have received your step-down request for Mosaic ID 2698115.
"""
add("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", "ordinary",
    build("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", "2030-02-11 11:30",
          "Tomasz Wiśniewski-Hall <tomasz.wisniewski-hall@richmondandwandsworth.gov.uk>",
          "RE: [SB-richmond_wandsworth-4410] Step down case discussion Thurs 7 Feb - Adeyemi", t,
          atts=[("EH plan Adeyemi agreed 07.02.docx", DOCX, plan2)], in_reply_to="<SB-rw-4410.ack@richmondandwandsworth.gov.uk>",
          domain="richmondandwandsworth.gov.uk"),
    E("follow_up", case_ids=["2698115"], next_action="attach_to_request"),
    "A chaser on [SB-richmond_wandsworth-4410] (rw_03) adding the agreed plan: DESIGN kind follow_up -> attach_to_request; "
    "missing [] for a follow_up.")

# ================================================================ TOWER HAMLETS
# th_01 URGENT: the nanny's report of a disclosure; the uncle collects from school at 3.15 today.
t = """Good morning,

My name is Maricel Dizon, I am nanny for the Chowdhury family in Bow since 2 years. I am sorry for my English.

This morning when I was brushing the hair of Inaya Chowdhury (she is 6, born 14 March 2023) she told me "Uncle Farhan touch me under my pyjama when mummy is at work at night and he say it is our secret game". She showed me where, it was her private part. She said it happen "lots of times" on the nights her mummy is working. Her mummy is a midwife at the Royal London and does nights, and the uncle Farhan (mummy's brother) stays to look after the children on these nights. Daddy works in Dubai, he comes home every 2 months.

Inaya is at school now (Olga Primary). On Wednesdays I finish at 2pm and Uncle Farhan collects her from school at 3.15 and he is with her tonight because mummy is working the night again.

I tried to call the mummy but her phone is off, she sleeps in the day. I don't know what I should do. I am afraid to lose my job but I cannot let this go. Please someone call me 07700 900913.

Maricel"""
add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "urgent",
    build("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2030-01-16 11:05",
          "Maricel Dizon <maricel.dizon88@example.com>", "Inaya told me something this morning", t,
          mailer="Gmail", domain="mail.example.com"),
    E("other", True, children=[("Inaya Chowdhury", "2023-03-14")], concerns=["sexual_harm"], next_action="alert_duty"),
    "A nanny (non-native English) at 11:05: a 6-year-old's disclosure of sexual abuse by her uncle on mum's night shifts, "
    "and the uncle collects her from school at 3.15 today and minds her tonight; no alarm word. DESIGN safety rule 1 -> "
    "urgent, alert_duty; kind other.")

# th_02 URGENT (Saturday 01:52): a care-home nurse's colleague's children with drunk men overnight.
t = """hello im the nurse in charge tonight at Cedar Lodge care home in Bow, writing for one of my carers Shirin Akter because she cant write english well and she is shaking

her 2 girls Maryam Akter (7) and Hana Akter (4) are at home in Stepney (Ben Jonson Road, flat 31 Lister House) with the man she pays to mind them on her nights. Maryam just rang her mobile crying. the man has 3 friends round, they are drinking and smoking something, music loud. Maryam says one of the men came in their bedroom and got in the bed with Hana and she pushed him and he laughed. the girls are hiding in the bathroom now with the door locked

Shirin cant get home, no night bus for 40 mins and we are 2 staff on for 28 residents. ive rang 101 and been on hold 25 minutes. i didnt know who else. please send someone

Agnes Mwangi RGN
Cedar Lodge 020 7946 0877"""
add("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "urgent",
    build("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2030-02-09 01:52",
          "Agnes Mwangi <agnes.mwangi@cedarlodge.example.org.uk>", "2 little girls with drunk men now", t,
          mailer="Android Email", domain="cedarlodge.example.org.uk"),
    E("other", True, children=[("Maryam Akter", None), ("Hana Akter", None)],
      concerns=["neglect", "sexual_harm", "substance_misuse"], next_action="alert_duty"),
    "A colleague at 01:52 on a Saturday: a 7- and a 4-year-old left overnight with a paid minder who is drinking with "
    "friends, one of whom got into the 4-year-old's bed; the girls hiding in a locked bathroom; mum on a care-home night "
    "shift; no alarm word. DESIGN safety rule 1 (weekend night -> out-of-hours) -> urgent, alert_duty; kind other.",
    allow_offhours=True)

# th_03 URGENT step-up: the 14-year-old locked his 4-year-old sister in alone to come to school; both parents abroad.
rfs = make_docx(["# MAST Request for Support", "Family: Rahman   Mosaic ID 3104452",
                 "Yusuf Rahman DOB 09/09/2015 - Swanlea School, Year 9",
                 "Safa Rahman DOB 01/12/2025 - nursery class, Harry Gosling Primary",
                 "Open to Early Help since October 2029 (Family Support Worker: Rukhsana Miah).",
                 "Reason: both parents working abroad; Yusuf (14) caring for Safa alone; no food; meter out of credit.",
                 "Manager agreement: Shanaz Uddin, Early Help Team Manager - agreed 29/01/2030."])
t = """Dear MAST,

I'm stepping up the Rahman family, Mosaic ID 3104452 - request for support attached. My manager Shanaz Uddin has agreed this and is copied.

Yusuf Rahman (09/09/2015) came into school this morning and told his head of year that he locked his sister Safa Rahman (01/12/2025, age 4) in the flat at 7.45 so he could get to school, because he has missed too much. She is on her own there now. He has the only key.

Mum went to work in a hotel in Spain on a seasonal contract 10 days ago. Dad works on building sites in Germany. Mum told Yusuf a family friend would "check in" - nobody has come. The electric meter ran out yesterday so there is no heating or light, and the food is finished apart from rice. Safa was in a nappy she had slept in when I visited on Monday and Yusuf told me then Mum was "coming back Friday". She has not.

The school has kept Yusuf with them. I am on my way to the flat (Poplar, 12 Follett Street) now with the key but it will take me 35 minutes.

Rukhsana Miah
Family Support Worker, Early Help, Tower Hamlets
07700 900144"""
add("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up", "urgent",
    build("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up", "2030-01-29 11:40",
          "Rukhsana Miah <rukhsana.miah@towerhamlets.gov.uk>", "Step up - Rahman - Mosaic 3104452", t, html=True,
          atts=[("MAST Request for Support - Rahman.docx", DOCX, rfs)],
          cc="Shanaz Uddin <shanaz.uddin@towerhamlets.gov.uk>", mailer="Microsoft Outlook 16.0", domain="towerhamlets.gov.uk"),
    E("step_up", True, case_ids=["3104452"], children=[("Yusuf Rahman", "2015-09-09"), ("Safa Rahman", "2025-12-01")],
      concerns=["neglect"], consent=None, manager=True, missing=[], next_action="alert_duty"),
    "A MAST step-up (request for support attached, manager agreed -> nothing missing) whose facts are happening now: a "
    "4-year-old locked alone in an unheated flat with no food while both parents work abroad; no alarm word. DESIGN "
    "safety rule 1 'whatever its kind' -> urgent, alert_duty.")

# th_04 NEAR MISS: complete step-down; the drunk informal minder in October was dealt with by police.
asmt = make_pdf(["Child and Family Assessment - Haddad - Mosaic ID 3098817 - concluded 11/03/2030",
                 "Amira Haddad (14/02/2019), Idris Haddad (03/08/2022)",
                 "Reason for assessment: in October 2029 police found the children's informal minder (a friend of Mum's)",
                 "intoxicated while Mum was on a late shift at the hospital. Police dealt with it that night; Mum collected the",
                 "children and has not used her since. Mum now uses a registered childminder and the hospital creche.",
                 "Analysis: no current safeguarding concern; needs around Amira's attendance (88%) and Mum's isolation.",
                 "Outcome: step down to a TAF plan with a Lead Practitioner."], "C&F Assessment")
tafp = make_docx(["# TAF plan (draft) - Haddad", "Lead Practitioner: Shahida Begum, Family Support Worker, Columbia Primary School",
                  "Goal 1: Amira's attendance above 95% by Easter.", "Goal 2: Mum linked to the Bangla/Arabic parents' group.",
                  "Goal 3: childcare for late shifts kept with the registered childminder."])
t = """Hello Early Help Hub,

Step down for the Haddad children - Mosaic ID 3098817.
Amira Haddad, DOB 14/02/2019
Idris Haddad, DOB 03/08/2022

The C&F assessment concluded on 11/03/2030 (attached) and recommends a TAF plan. I'll chair the TAF meeting on Tuesday 19th March at 10am at Columbia Primary School. Draft TAF plan attached.

Background you'll see in the assessment: in October police found the children's informal minder drunk while Mum was on a late shift. That was dealt with by the police on the night; Mum has not used her since and there have been no further concerns. It is historic and is not a current worry.

Mum has consented to Early Help. Lead Practitioner will be Shahida Begum, Family Support Worker at Columbia Primary School, who has agreed.

Many thanks,
Olumide Fashola
Social Worker, Assessment and Intervention, Tower Hamlets"""
add("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "near_miss",
    build("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "2030-03-14 14:20",
          "Olumide Fashola <olumide.fashola@towerhamlets.gov.uk>", "Step down - Haddad - TAF 19/03", t, html=True,
          atts=[("C&F Assessment Haddad.pdf", "application/pdf", asmt), ("TAF plan draft Haddad.docx", DOCX, tafp)],
          mailer="Microsoft Outlook 16.0", domain="towerhamlets.gov.uk"),
    E("step_down", case_ids=["3098817"], children=[("Amira Haddad", "2019-02-14"), ("Idris Haddad", "2022-08-03")],
      concerns=["school_attendance"], consent=True, manager=None, missing=[], next_action="book_meeting"),
    "NEAR MISS (already handled by police, historic): the drunk informal minder in October. Complete Tower Hamlets "
    "step-down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner named with agency) -> book_meeting.")

# th_05 NEAR MISS: an employer's HR officer asks a hypothetical policy question.
t = """Dear MAST team,

I'm an HR officer at a parcel delivery company with a hub in Bow. We are writing a policy for staff on night and early shifts who are single parents, after a discussion at our diversity network.

Could you advise, in general terms, what we should do if:
- an employee told us they had left a child home alone to come to work;
- a manager heard a child crying on a worker's phone during a shift;
- a worker asked to bring a child onto site because childcare fell through?

To be clear, this is not about any particular employee - none of this has happened. We just want the policy to say the right thing (e.g. when to call 999, when to call you) and to avoid putting anyone in danger by sending them home without pay.

Is there a leaflet or a person we could speak to?

Kind regards,
Oluwaseun Adebayo-Clarke
HR Officer, SwiftDrop Parcels (London East)"""
add("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", "near_miss",
    build("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", "2030-01-28 16:10",
          "Oluwaseun Adebayo-Clarke <o.adebayo-clarke@swiftdrop.example.co.uk>", "Policy question - staff with children on night shifts",
          t, domain="swiftdrop.example.co.uk"),
    E("other", next_action="human_review"),
    "NEAR MISS (hypothetical / policy): an employer's HR officer asks what to do 'if' a worker left a child alone; 'none "
    "of this has happened'. DESIGN safety rule 1 - hypothetical risks do not trigger; kind other -> human_review.")

# th_06 ORDINARY: MAST step-up with the request for support, no manager agreement mentioned.
rfs = make_docx(["# MAST Request for Support", "Family: Thompson-Ali", "Kai Thompson-Ali DOB 04/04/2021",
                 "Nevaeh Thompson-Ali DOB 18/10/2027",
                 "Concern: Mum works zero-hours shifts at two fast-food outlets; children collected late from nursery 8 times "
                 "this half term by a changing rota of friends; nursery fees in arrears; Kai's weight dropping (health visitor).",
                 "Early Help since September 2029."])
t = """Hi MAST,

Please find attached a request for support to step up Kai Thompson-Ali (04/04/2021) and Nevaeh Thompson-Ali (18/10/2027).

This is about a pattern over the term rather than one incident - late collections by a rota of Mum's friends, nursery fees unpaid and Kai's weight dropping. Mum's zero-hours shifts mean she rarely knows her hours more than a day ahead. I've been the family's Early Help worker since September.

Happy to discuss,
Jannat Hussain
Early Help Practitioner, Family Hub (Bow)"""
add("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", "ordinary",
    build("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", "2030-04-02 10:05",
          "Jannat Hussain <jannat.hussain@towerhamlets.gov.uk>", "Step up request - Thompson-Ali", t,
          atts=[("Request for support - Thompson-Ali.docx", DOCX, rfs)], domain="towerhamlets.gov.uk"),
    E("step_up", children=[("Kai Thompson-Ali", "2021-04-04"), ("Nevaeh Thompson-Ali", "2027-10-18")],
      concerns=["neglect"], consent=None, manager=None, missing=["manager_agreed"], next_action="request_info"),
    "MAST step-up with the request for support attached but no manager's agreement (REQUIREMENTS tower_hamlets step_up: "
    "request_for_support, manager_agreed) -> missing manager_agreed -> request_info. A pattern, nothing happening now.")

# th_07 ORDINARY: Google Calendar REPLY, DECLINED, with a COMMENT, for th_04's TAF.
st, en = datetime(2030, 3, 19, 10, 0), datetime(2030, 3, 19, 11, 0)
cal = ics("REPLY", "gc" + sha("th04uid")[:26] + "@google.com", "TAF meeting - Haddad - Mosaic 3098817", st, en,
          ("Olumide Fashola", "olumide.fashola@towerhamlets.gov.uk"),
          ("Dr Leila Haddad-Moreau", "leila.hm@bartshealth.example.nhs.uk"), partstat="DECLINED",
          comment="Sorry - I'm on a late shift on the ward that day and can't swap. Could we do 9am or the Thursday? Happy to send a written update.",
          stamp=datetime(2030, 3, 15, 9, 15))
t = "Dr Leila Haddad-Moreau has declined this invitation.\n\nTAF meeting - Haddad - Mosaic 3098817\nTuesday 19 March 2030 10am - 11am (GMT)\n\n\"Sorry - I'm on a late shift on the ward that day and can't swap. Could we do 9am or the Thursday? Happy to send a written update.\"\n\nInvitation from Google Calendar\n"
add("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty", "ordinary",
    build("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty", "2030-03-15 09:15",
          "Leila Haddad-Moreau <leila.hm@bartshealth.example.nhs.uk>",
          "Declined: TAF meeting - Haddad - Mosaic 3098817 @ Tue 19 Mar 2030 10am - 11am (GMT)", t,
          calendar=("REPLY", cal), to="Olumide Fashola <olumide.fashola@towerhamlets.gov.uk>",
          cc="EarlyHelpHub@towerhamlets.gov.uk", domain="bartshealth.example.nhs.uk"),
    E("meeting_reply", case_ids=["3098817"], next_action="record_reply"),
    "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, COMMENT about a late shift (nothing of concern); SUMMARY 'Mosaic "
    "3098817' -> the bare number. DESIGN kind meeting_reply -> record_reply.")

# th_08 ORDINARY: step-down with consent still to be asked.
asmt = make_pdf(["Child and Family Assessment - Mendes - Mosaic ID 3117260 - concluded 05/04/2030",
                 "Sofia Mendes (12 June 2017)", "Mum made redundant from her agency job in February; anxiety; GP involved.",
                 "Recommendation: step down to Early Help with a TAF plan."], "C&F Assessment")
plan = make_docx(["# TAF plan (draft) - Mendes", "Lead Practitioner: Rokeya Islam, Learning Mentor, Marner Primary School",
                  "Goals: Mum's anxiety (GP, Talking Therapies), work coach, Sofia's after-school club."])
t = """Hi Early Help Hub,

Step down for Sofia Mendes, born 12 June 2017, Mosaic ID 3117260. Assessment concluded 05/04/2030 - attached with the draft TAF plan.

Mum's anxiety is the main need since she lost her agency job. Lead Practitioner will be Rokeya Islam, Learning Mentor at Marner Primary School.

I haven't yet been able to speak to Mum about consent for Early Help - I'll ask her at my visit on Monday and let you know.

Thanks
Beatriz Santos-Oyelowo
Social Worker, Tower Hamlets"""
add("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "ordinary",
    build("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "2030-04-10 15:30",
          "Beatriz Santos-Oyelowo <beatriz.santos-oyelowo@towerhamlets.gov.uk>", "Step down - Mendes - Mosaic 3117260", t,
          atts=[("C&F Assessment Mendes.pdf", "application/pdf", asmt), ("TAF plan Mendes.docx", DOCX, plan)],
          domain="towerhamlets.gov.uk"),
    E("step_down", case_ids=["3117260"], children=[("Sofia Mendes", "2017-06-12")], concerns=["parental_mental_health"],
      consent=None, manager=None, missing=["consent"], next_action="request_info"),
    "Tower Hamlets step-down with assessment, plan and lead practitioner but consent still to be asked ('I'll ask her at "
    "my visit') -> consent null -> missing consent -> request_info.")

# ================================================================ TORBAY
# tb_01 URGENT (Friday 19:52): a grandmother - a cigarette burn, and the boyfriend has the children overnight.
t = """TO WHOEVER READS THIS ON A FRIDAY NIGHT

I am Poppy-Mae and Alfie's nan. My daughter Kirsty Trewartha works 12 hour nights at the care home in Paignton, 8pm till 8am, and her boyfriend Ryan Sloman has the children on her nights. You had Kirsty with Early Help last year so I had this email.

I popped round at 7 with their tea. Poppy-Mae Trewartha (3, birthday 11/10/2026) has a round burn on the inside of her arm the size of a fingertip, weeping. Ryan said she touched the iron. When he went out the back Poppy-Mae said to me "Ryan did it with his ciggy because I was crying". Alfie Trewartha (6) didn't say anything, he just looked at the floor.

Ryan told me to get out of his house and shut the door. He has them till 8 in the morning. Kirsty has her phone in her locker till her break at midnight.

I am sat in my car outside 7 Orchard Rise, Preston. I am 71 and I don't know what to do. My number is 07700 900351.

Maureen Trewartha"""
add("torbay_01.eml", "torbay", "early_help_duty", "urgent",
    build("torbay_01.eml", "torbay", "early_help_duty", "2030-03-22 19:52",
          "maureen trewartha <mo.trewartha@example.net>", "my grandaughter has a burn", t,
          mailer="Outlook for Android", domain="example.net"),
    E("other", True, children=[("Poppy-Mae Trewartha", "2026-10-11"), ("Alfie Trewartha", None)],
      concerns=["physical_harm"], next_action="alert_duty"),
    "A grandmother at 19:52 on a Friday: a 3-year-old says mum's boyfriend burned her with a cigarette, and he has both "
    "children alone until 8am while mum works a 12-hour night shift; no alarm word. DESIGN safety rule 1 (out of hours) "
    "-> urgent, alert_duty; kind other, to the Early Help inbox.", allow_offhours=True)

# tb_02 URGENT: a hotel's head housekeeper - a cleaner's 5- and 2-year-old alone at home since 5am.
t = """Hello,

I'm the head housekeeper at the Bayview Hotel, Torquay. One of my room attendants, Daniela Popescu, has just told me in tears that her two children are at home on their own in their flat in Paignton and have been since she left at 5am. Her childminder cancelled by text last night.

The children are Ionuț Popescu, 5, and Maria Popescu, 2. The flat is 3B, 41 Dartmouth Road. Daniela says she left them asleep, with cereal and the TV on, and the little one is still in a cot.

I've told her to go home now but she has no car, the next bus isn't for 40 minutes, and she is frightened that the agency will stop her shifts. She says her English is not good enough to phone. She has no one else in the country.

Please send someone to the flat. I am with Daniela in my office. Mobile 07700 900628.

Regards,
Helen Shapland
Head Housekeeper, Bayview Hotel"""
add("torbay_02.eml", "torbay", "mash_step_up", "urgent",
    build("torbay_02.eml", "torbay", "mash_step_up", "2030-02-07 10:22",
          "Helen Shapland <housekeeping@bayviewhotel.example.co.uk>", "Two small children alone in flat - Paignton", t,
          mailer="Microsoft Outlook 16.0", domain="bayviewhotel.example.co.uk"),
    E("other", True, children=[("Ionuț Popescu", None), ("Maria Popescu", None)], concerns=["neglect"],
      next_action="alert_duty"),
    "A parent's boss at 10:22: a 5-year-old and a 2-year-old (in a cot) alone in a flat since 5am while mum works an "
    "agency shift at the hotel; no alarm word. DESIGN safety rule 1 -> urgent, alert_duty; kind other; the accented "
    "name is labelled as written.")

# tb_03 NEAR MISS: complete step-down; January's night with a 13-year-old sitter was dealt with by police.
sa = make_pdf(["Single Assessment - Pengelly - LCS-4471203", "Jack Pengelly (30/03/2022); Rosie Pengelly (19/05/2026)",
               "In January 2030 police attended when the children were left overnight with a 13-year-old neighbour while",
               "Mum (HCA) worked a night shift at Torbay Hospital. Police and MASH dealt with it at the time (strategy",
               "discussion, NFA). Mum moved to day shifts on 20 January; Rosie has a funded nursery place.",
               "Social worker's analysis and rationale: needs now sit at level 3 - Mum's anxiety and isolation, routines.",
               "Team Manager's analysis (Bethan Carne, 15/03/2030): I confirm the threshold is met for level 3 intervention."],
              "Single Assessment")
t = """Good morning Early Help,

Please can I have a triage slot for the Pengelly children - LCS-4471203:
Jack Pengelly, DOB 30/03/2022
Rosie Pengelly, DOB 19/05/2026 (under 5, so I think the under-5s triage)

Single Assessment attached with my analysis and rationale, and my TM's analysis confirming the threshold for level 3 is met. Mum has consented to level 3 Early Help.

You'll see in the assessment that in January the police attended when the children were left overnight with a 13-year-old neighbour during Mum's night shift. That was dealt with by police and MASH at the time, Mum moved to day shifts straight away and there have been no further incidents - it is not a current concern. The remaining needs are Mum's anxiety and isolation and the children's routines.

Thanks,
Kerenza Polglase
Social Worker, Single Assessment Team, Torbay"""
add("torbay_03.eml", "torbay", "early_help_duty", "near_miss",
    build("torbay_03.eml", "torbay", "early_help_duty", "2030-03-18 11:00",
          "Kerenza Polglase <kerenza.polglase@torbay.gov.uk>", "Triage slot please - Pengelly LCS-4471203 (level 3)", t,
          html=True, atts=[("Single Assessment Pengelly.pdf", "application/pdf", sa)],
          mailer="Microsoft Outlook 16.0", domain="torbay.gov.uk"),
    E("step_down", level=3, case_ids=["LCS-4471203"], children=[("Jack Pengelly", "2022-03-30"), ("Rosie Pengelly", "2026-05-19")],
      concerns=["parental_mental_health"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "NEAR MISS (already handled by police and MASH, historic): the night with a 13-year-old sitter in January. Complete "
    "Torbay step-down (REQUIREMENTS torbay step_down: assessment, TM's analysis 'threshold ... level 3 is met', consent); "
    "Rosie is under 5 -> under-5s triage -> book_meeting.")

# tb_04 NEAR MISS: a family support worker forwards a news story from elsewhere.
t = """Hi all,

Saw this in the paper this morning and it made me think of some of our families on zero-hours contracts. Do we have any Torbay guidance for parents about leaving children while they work? It might be good for the parenting course.

Not about any of our families - just a news story from up north.

Gwenna

---------- Forwarded message ---------
From: News Alerts <alerts@northernpost.example.co.uk>
Date: Tue, 15 Jan 2030 at 07:02
Subject: Mother jailed for leaving children alone during night shifts

A mother of three from Rotherham was jailed for 18 months yesterday after her children, aged 1, 4 and 7, were found alone in a cold house during her night shifts at a meat-packing plant. The court heard the children had been left in danger on at least 20 nights last winter before a neighbour alerted police in March. The children now live with their father.
"""
add("torbay_04.eml", "torbay", "early_help_duty", "near_miss",
    build("torbay_04.eml", "torbay", "early_help_duty", "2030-01-15 14:45",
          "Gwenna Tregear <gwenna.tregear@torbay.gov.uk>", "Fwd: Mother jailed for leaving children alone during night shifts",
          t, mailer="Gmail", domain="torbay.gov.uk"),
    E("other", next_action="human_review"),
    "NEAR MISS (someone else's story, past, already handled by a court): a forwarded news article about a mother in "
    "another town; 'Not about any of our families'. DESIGN safety rule 1 -> not urgent; kind other -> human_review.")

# tb_05 NEAR MISS follow-up: negated - the boy was not left alone.
t = """Hi,

Further to my email yesterday on [SB-torbay-5302] (EHM-830417): I've now spoken to Dad and to Leo Bassett himself. Leo was NOT left on his own on Tuesday night. Dad had swapped his night shift at the bakery with his brother, Uncle Shaun, who was at the house all night - Leo just didn't know he'd arrived after he went to bed. Uncle Shaun confirmed it and so did Mum.

So there is no concern about Leo being left alone and please disregard that part of my email. The step up itself still stands for the reasons in the form (Mum's drinking).

Thanks
Morwenna Hocking
Early Help Practitioner

-----Original Message-----
From: Morwenna Hocking
Sent: 27 February 2030 16:40
To: mash@torbay.gov.uk
Subject: [SB-torbay-5302] Step up - Bassett

> Leo (9) told his teacher he was on his own all night on Tuesday while Dad was at work. I am checking this with Dad tomorrow.
"""
add("torbay_05.eml", "torbay", "mash_step_up", "near_miss",
    build("torbay_05.eml", "torbay", "mash_step_up", "2030-02-28 09:50",
          "Morwenna Hocking <morwenna.hocking@torbay.gov.uk>", "RE: [SB-torbay-5302] Step up - Bassett", t,
          in_reply_to="<SB-torbay-5302.ack@torbay.gov.uk>", domain="torbay.gov.uk"),
    E("follow_up", case_ids=["EHM-830417"], children=[("Leo Bassett", None)], concerns=["substance_misuse"],
      next_action="attach_to_request"),
    "NEAR MISS (negated and resolved): 'Leo was NOT left on his own' - an uncle was there all night. DESIGN safety rule 1 "
    "-> not urgent; a reply to [SB-torbay-5302] is kind follow_up -> attach_to_request; mum's drinking stands as the "
    "step-up's reason.")

# tb_06 ORDINARY: complete Torbay step-up (consent, ATM agreement).
cf = make_docx(["# Contact to MASH - step up from level 3", "Family: Roberts   EHM-829955",
                "Ellie Roberts (3rd December 2017), Noah Roberts (29/02/2024)",
                "Dad is an HGV driver away Monday to Thursday. Mum's depression has worsened; she is in bed most days.",
                "Ellie (12) does the cooking, Noah's nursery run and gives Mum her tablets. Young carers service involved.",
                "Parental consent: Dad consents to this contact (spoken to 26/02/2030).",
                "Line manager: Silas Penrose (ATM) agrees this needs considering for level 4."])
t = """Hello MASH,

Contact to MASH / step up for the Roberts family, EHM-829955 - form attached.

Ellie Roberts, 3rd December 2017
Noah Roberts, 29th February 2024

Dad drives HGVs and is away four nights a week. Mum's depression has got worse since Christmas and Ellie, who is 12, is now doing most of the caring for Mum and for Noah. Dad has given his consent to this contact. My ATM Silas Penrose and I agree this needs considering for a level 4 response.

Best wishes,
Jago Trethewey
Early Help Lead Practitioner, Torbay"""
add("torbay_06.eml", "torbay", "mash_step_up", "ordinary",
    build("torbay_06.eml", "torbay", "mash_step_up", "2030-02-27 15:30",
          "Jago Trethewey <jago.trethewey@torbay.gov.uk>", "Step up contact - Roberts EHM-829955", t, html=True,
          atts=[("MASH contact form Roberts.docx", DOCX, cf)], cc="Silas Penrose <silas.penrose@torbay.gov.uk>",
          mailer="Microsoft Outlook 16.0", domain="torbay.gov.uk"),
    E("step_up", case_ids=["EHM-829955"], children=[("Ellie Roberts", "2017-12-03"), ("Noah Roberts", "2024-02-29")],
      concerns=["parental_mental_health", "young_carer"], consent=True, manager=True, missing=[], next_action="book_meeting"),
    "Complete Torbay step-up (REQUIREMENTS torbay step_up: consent, manager_agreed - 'Dad has given his consent', 'my ATM "
    "... and I agree this needs considering for a level 4') -> book_meeting.")

# tb_07 ORDINARY: step-down with consent to be discussed and no manager's analysis.
sa = make_pdf(["Single Assessment - Hext - LCS-4482610", "Kayden Hext (11/11/2013)",
               "Mum works agency shifts at a food factory; Kayden's attendance 82%.",
               "Social worker's analysis: needs can be met at level 3."], "Single Assessment")
t = """Hi Early Help,

Could I book a triage slot for Kayden Hext (11/11/2013), LCS-4482610? Single Assessment attached.

Attendance is the main issue (82%) - Mum works agency shifts at the food factory starting at 6am so Kayden gets himself up and often doesn't go.

I'm going to discuss Early Help with Mum on Friday, and I still need to get my TM's analysis on LCS - will send both next week.

Cheers
Demelza Pascoe
Social Worker, Safeguarding and Supporting Families"""
add("torbay_07.eml", "torbay", "early_help_duty", "ordinary",
    build("torbay_07.eml", "torbay", "early_help_duty", "2030-04-08 10:10",
          "Demelza Pascoe <demelza.pascoe@torbay.gov.uk>", "Triage - Hext", t,
          atts=[("Single Assessment Hext.pdf", "application/pdf", sa)], domain="torbay.gov.uk"),
    E("step_down", case_ids=["LCS-4482610"], children=[("Kayden Hext", "2013-11-11")], concerns=["school_attendance"],
      consent=None, manager=None, missing=["consent", "manager_agreed"], next_action="request_info"),
    "Torbay step-down (triage slot) with the assessment but consent still to be discussed and the TM's analysis still to "
    "come (REQUIREMENTS torbay step_down) -> missing consent, manager_agreed -> request_info.")

# tb_08 ORDINARY: Outlook iTIP REPLY ACCEPTED with a comment, for tb_03's under-5s triage.
st, en = datetime(2030, 3, 26, 10, 0), datetime(2030, 3, 26, 10, 30)
cal = ics("REPLY", "040000008200E00074C5B7101A82E00800000000" + sha("tb03uid")[:24].upper(),
          "Under-5s triage - Pengelly - LCS-4471203 [SB-torbay-5398]", st, en,
          ("Early Help business support", "earlyhelp@torbay.gov.uk"), ("Kerenza Polglase", "kerenza.polglase@torbay.gov.uk"),
          partstat="ACCEPTED", comment="Thanks - I'll attend. Mum may join by phone after her shift.",
          stamp=datetime(2030, 3, 20, 16, 5))
t = "Kerenza Polglase has accepted.\n\nThanks - I'll attend. Mum may join by phone after her shift.\n"
add("torbay_08.eml", "torbay", "early_help_duty", "ordinary",
    build("torbay_08.eml", "torbay", "early_help_duty", "2030-03-20 16:05",
          "Kerenza Polglase <kerenza.polglase@torbay.gov.uk>", "Accepted: Under-5s triage - Pengelly - LCS-4471203 [SB-torbay-5398]",
          t, calendar=("REPLY", cal), mailer="Microsoft Outlook 16.0", domain="torbay.gov.uk"),
    E("meeting_reply", case_ids=["LCS-4471203"], next_action="record_reply"),
    "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, COMMENT about mum's shift (nothing of concern) for torbay_03's under-5s "
    "triage on Tue 26 Mar. DESIGN kind meeting_reply -> record_reply.")

# ================================================================ HEREFORDSHIRE
# he_01 URGENT (dictated): mum's friend on the collection list, drunk, with the 3-year-old in the car, engine running.
t = """Dictated by school office voice to text please excuse errors

Hello this is Sandra Probert school business manager at St Martins primary Hereford. We have Lacey Price year 2 not yet collected. Mum is on a twelve hour shift at the chicken factory on the Rotherwas estate and has put her friend Kelly down on the collection list for this week.

Kelly came in at 3.20 smelling strongly of alcohol slurring and unsteady and tried to take Lacey. We said no and kept Lacey in the office. Kelly shouted and went out to the car park. She is now sat in the drivers seat of a black Astra with the engine running and Lacey's little brother Mason Price who is 3 is in the back in his car seat. She has a can in her hand. Two of our staff are by the car and she is refusing to get out or give us Mason. Mum is not answering her phone because phones are not allowed on the line.

Lacey is safe with us. Please can someone call the office on 01632 960442 as soon as you get this.

Sandra Probert
School Business Manager"""
add("herefordshire_01.eml", "herefordshire", "mash_step_up", "urgent",
    build("herefordshire_01.eml", "herefordshire", "mash_step_up", "2030-03-12 15:38",
          "St Martin's Primary Office <office@stmartins-hereford.example.sch.uk>", "Child not collected and car park", t,
          domain="stmartins-hereford.example.sch.uk"),
    E("other", True, children=[("Lacey Price", None), ("Mason Price", None)], concerns=["neglect", "substance_misuse"],
      next_action="alert_duty"),
    "Dictated school mail at 15:38: a drunk minder on the collection list in the driver's seat, engine running, with a "
    "3-year-old in the back, refusing to hand him over; mum's phone in her locker on a 12-hour shift; no alarm word. "
    "DESIGN safety rule 1 -> urgent, alert_duty; kind other.")

# he_02 URGENT step-up (undefined in Herefordshire): mum abroad, a 15-year-old left with three siblings.
t = """Dear MASH,

I know Herefordshire doesn't have a written step up route but my manager, Imelda Watkins, has agreed I send this straight to you as a step up from Early Help. Mosaic ID 806112.

Oliwia Nowak - 09.05.2014
Kuba Nowak - 21.03.2020
Zosia Nowak - 14.07.2023
Antek Nowak - 02.11.2027

Dad works on contracts in Poland and Mum went out to join him "for a week" nine days ago, leaving Oliwia (15) in charge of her three brothers and sisters. I visited the house in Leominster this morning: there is bread and a few tins, the electric meter is on its last pound, Antek (2) was in a sodden nappy with a rash, and Zosia has a temperature. Oliwia has not been to school for eight days and was crying. Mum's phone rings out; Oliwia says Mum's flight is "not booked yet".

I had to leave at 9.15 for another visit. The four of them are there on their own again tonight and Oliwia says she can't cope with Antek at night.

Kind regards,
Gethin Pritchard
Family Support Worker, Early Help, Herefordshire Council"""
add("herefordshire_02.eml", "herefordshire", "mash_step_up", "urgent",
    build("herefordshire_02.eml", "herefordshire", "mash_step_up", "2030-01-31 09:35",
          "Gethin Pritchard <gethin.pritchard@herefordshire.gov.uk>", "Step up - Nowak children - Mosaic 806112", t, html=True,
          cc="Imelda Watkins <imelda.watkins@herefordshire.gov.uk>", mailer="Microsoft Outlook 16.0", domain="herefordshire.gov.uk"),
    E("step_up", True, case_ids=["806112"], children=[("Oliwia Nowak", "2014-05-09"), ("Kuba Nowak", "2020-03-21"),
      ("Zosia Nowak", "2023-07-14"), ("Antek Nowak", "2027-11-02")], concerns=["neglect", "school_attendance"],
      consent=None, manager=True, missing=[], next_action="alert_duty"),
    "A Herefordshire step-up (not defined by the seed -> missing []) that is urgent: four children, the youngest 2 with a "
    "rash and a 6-year-old feverish, alone with a 15-year-old for nine days while mum works abroad, alone again tonight; "
    "no alarm word. DESIGN: urgent takes precedence over human_review -> alert_duty.")

# he_03 NEAR MISS: complete sibling step-down; the car-park episode was a closed s47.
cons = make_pdf(["Herefordshire Council - Consent to Early Help (step-down)", "Family: Morgan   Mosaic 809934 / 809935",
                 "I agree to my family's information being shared with the Early Help Co-ordinator team and to an Early Help plan.",
                 "Signed: Catrin Morgan (mother)   Date: 21/01/2030"], "Consent")
plan = make_docx(["# Early Help Assessment step-down plan - Morgan", "Key person: Rhian Bevan, Family Support Worker, Whitecross Family Hub",
                  "What needs to happen: breakfast club place (school, by 4 Feb); Mum's GP review (Mum, by 15 Feb); ",
                  "carer's rota for late shifts with Nain (maternal grandmother) (Mum, ongoing)."])
t = """Dear Early Help Co-ordinators,

Please find the step-down plan and Mum's signed consent for the Morgan children (sibling group):
Harri Morgan - 15/06/2021 - Mosaic 809934
Seren Morgan - 02/10/2024 - Mosaic 809935

Level 3. I discussed this with Verity Lang at the Tuesday drop-in on 15th January.

The reason we were involved: in October Harri, then 8, was found waiting in Mum's car in the hospital car park during her late shift as a nurse. That went through a section 47 which ended with no further action; Mum now has a breakfast and after-school club place and Nain covers late shifts. It is closed and there is no current risk from it. What remains is Mum's low mood and exhaustion, which the plan addresses.

Key person: Rhian Bevan, Family Support Worker at Whitecross Family Hub.

Many thanks,
Osian Bowen-Jones
Social Worker, Herefordshire Council"""
add("herefordshire_03.eml", "herefordshire", "early_help_duty", "near_miss",
    build("herefordshire_03.eml", "herefordshire", "early_help_duty", "2030-01-23 14:00",
          "Osian Bowen-Jones <osian.bowen-jones@herefordshire.gov.uk>", "Step down plan - Morgan (sibling group)", t,
          atts=[("Signed consent Morgan.pdf", "application/pdf", cons), ("EHA step-down plan Morgan.docx", DOCX, plan)],
          domain="herefordshire.gov.uk"),
    E("step_down", level=3, case_ids=["809934", "809935"], children=[("Harri Morgan", "2021-06-15"), ("Seren Morgan", "2024-10-02")],
      concerns=["parental_mental_health"], consent=True, manager=None, missing=[], next_action="book_meeting"),
    "NEAR MISS (past, closed s47): the 8-year-old waiting in a car park in October, NFA, 'no current risk'. Complete "
    "Herefordshire sibling step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner named with agency) -> "
    "book_meeting.")

# he_04 NEAR MISS: a childminder's hypothetical.
t = """Hello,

I'm a registered childminder in Ross-on-Wye and I'm updating my policies before my Ofsted inspection. I have a question about what I should do in a situation that has never actually happened to me:

If a parent who works nights (I mind several children of nurses and care workers) did not come back to collect their child in the morning and didn't answer the phone, how long should I wait before ringing you, and would I ring you or the police? And what if I thought a parent was under the influence when they came to collect?

All the children I mind are collected on time and I have no worries about any family at the moment. I'd just like my policy to be right.

Thank you,
Lowri Haines-Pugh
Registered Childminder (Ofsted EY-number on request)"""
add("herefordshire_04.eml", "herefordshire", "early_help_duty", "near_miss",
    build("herefordshire_04.eml", "herefordshire", "early_help_duty", "2030-02-01 13:15",
          "Lowri Haines-Pugh <lowri.childminding@example.co.uk>", "Question for my childminding policy", t,
          mailer="Apple Mail", domain="example.co.uk"),
    E("other", next_action="human_review"),
    "NEAR MISS (hypothetical): a childminder asks what to do 'if' a night-shift parent did not come back; 'never actually "
    "happened', 'no worries about any family'. DESIGN safety rule 1 -> not urgent; kind other -> human_review.")

# he_05 ORDINARY: step-down with consent form and plan, but no key person yet.
cons = make_pdf(["Consent to Early Help - Lloyd-Jenkins", "Signed: Bethan Lloyd-Jenkins (mother), 22/02/2030"], "Consent")
plan = make_docx(["# Early Help Assessment step-down plan - Freya Lloyd-Jenkins",
                  "What needs to happen: attendance plan with school; Dad's rota on the offshore wind farm shared with school;",
                  "Mum to use the holiday club on her long shifts."])
t = """Hello,

Step-down for Freya Lloyd-Jenkins, 27th March 2018, Mosaic 812030. Signed consent form and the step-down plan attached.

Freya's attendance (84%) dips on the weeks Dad is away on his two-week rotations on the wind farm and Mum does long days at the care home.

We haven't yet agreed the key person - school are thinking about it and I'll confirm.

Thanks,
Cerys Watkins-Bell
Social Worker, Herefordshire Council"""
add("herefordshire_05.eml", "herefordshire", "early_help_duty", "ordinary",
    build("herefordshire_05.eml", "herefordshire", "early_help_duty", "2030-02-25 10:30",
          "Cerys Watkins-Bell <cerys.watkins-bell@herefordshire.gov.uk>", "Step down - Freya L-J", t,
          atts=[("Consent form Lloyd-Jenkins.pdf", "application/pdf", cons), ("Step down plan Lloyd-Jenkins.docx", DOCX, plan)],
          domain="herefordshire.gov.uk"),
    E("step_down", case_ids=["812030"], children=[("Freya Lloyd-Jenkins", "2018-03-27")], concerns=["school_attendance"],
      consent=True, manager=None, missing=["lead_practitioner"], next_action="request_info"),
    "Herefordshire step-down with the signed consent form and the plan but no key person yet (REQUIREMENTS: "
    "lead_practitioner) -> request_info; no level stated -> null.")

# he_06 ORDINARY: follow-up adding the key person.
t = """Hi,

Further to [SB-herefordshire-7705] - the key person for the Lloyd-Jenkins step-down (Mosaic 812030) will be Mrs Anwen Griffiths, Family Liaison Officer at Bishop's Primary School, 01632 960317. She met Mum yesterday and has agreed.

Thanks
Cerys

Sent from Outlook for iOS
________________________________
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: Monday, February 25, 2030 10:36
Subject: [SB-herefordshire-7705] Step down - Freya L-J - information needed
What is missing: the key person's details."""
add("herefordshire_06.eml", "herefordshire", "early_help_duty", "ordinary",
    build("herefordshire_06.eml", "herefordshire", "early_help_duty", "2030-02-28 12:05",
          "Cerys Watkins-Bell <cerys.watkins-bell@herefordshire.gov.uk>",
          "RE: [SB-herefordshire-7705] Step down - Freya L-J - information needed", t,
          in_reply_to="<SB-herefordshire-7705.ack@herefordshire.gov.uk>", mailer="Outlook for iOS", domain="herefordshire.gov.uk"),
    E("follow_up", case_ids=["812030"], next_action="attach_to_request"),
    "Reply to [SB-herefordshire-7705] (herefordshire_05) adding the key person: DESIGN kind follow_up -> "
    "attach_to_request; missing [] for a follow_up.")

# he_07 ORDINARY: an invitation (iTIP REQUEST) to a MAG review - not a reply.
st, en = datetime(2030, 4, 9, 13, 30), datetime(2030, 4, 9, 15, 0)
cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + sha("he07uid")[:24].upper(),
          "Leominster MAG - April", st, en, ("Nerys Pugh", "nerys.pugh@leominsterhub.example.org.uk"),
          ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"), stamp=datetime(2030, 4, 1, 9, 20))
t = """Dear colleagues,

Please find the invitation to the April Leominster multi-agency group (MAG), Tuesday 9th April, 1.30-3pm at the Leominster Family Hub. Agenda to follow; please send families for review by Friday.

Nerys Pugh
MAG co-ordinator, Leominster Family Hub"""
add("herefordshire_07.eml", "herefordshire", "early_help_duty", "ordinary",
    build("herefordshire_07.eml", "herefordshire", "early_help_duty", "2030-04-01 09:20",
          "Nerys Pugh <nerys.pugh@leominsterhub.example.org.uk>", "Invitation: Leominster MAG - April @ Tue 9 Apr 2030 13:30",
          t, calendar=("REQUEST", cal), mailer="Microsoft Outlook 16.0", domain="leominsterhub.example.org.uk"),
    E("other", next_action="human_review"),
    "A partner's meeting invitation (iTIP METHOD:REQUEST, not a REPLY) to a MAG: not a step request nor a reply -> kind "
    "other -> human_review.")

# he_08 ORDINARY: a parent's own message asking for help with childcare (non-native English).
t = """Good evening,

My name is Magdalena Wiśniewska, I live in Hereford with my son Filip Wiśniewski, he is 7 years. I work in the poultry factory on zero hours contract, sometimes they call me at 5 in the morning for the shift. The school breakfast club is full.

On these days my neighbour Mrs Price takes Filip to school, she is a good lady, she is retired teacher, but she is going to live with her daughter in May. I do not know what to do after. I never leave Filip alone.

The school told me to write to Early Help. Can somebody help me to find childminder or help to pay? I have universal credit.

Thank you very much,
Magdalena"""
add("herefordshire_08.eml", "herefordshire", "early_help_duty", "ordinary",
    build("herefordshire_08.eml", "herefordshire", "early_help_duty", "2030-04-11 19:10",
          "Magdalena Wiśniewska <magda.wisniewska@example.pl>", "help with childcare for my son", t,
          mailer="Android Gmail", domain="example.pl"),
    E("other", children=[("Filip Wiśniewski", None)], next_action="human_review"),
    "A parent asks Early Help for help finding childcare around zero-hours shifts; nothing unsafe ('I never leave Filip "
    "alone'). Not a step request from a practitioner -> kind other -> human_review.", allow_offhours=True)


# ================================================================ self-checks
def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if ct.startswith("text/"):
            c = part.get_content()
            if ct == "text/html":
                c = re.sub(r"<[^>]+>", " ", c)
            out.append(c)
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_payload(decode=True)))
        elif ct == DOCX:
            out.append(docx_text(part.get_payload(decode=True)))
    return "\n".join(out)


def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


REQ = {
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2",
                              "engaging_families", "exploitation_assessment", "children"},
    ("knowsley", "step_down"): {"meeting_details", "worries_strengths_next", "lead_practitioner", "consent", "children"},
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
    ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"},
}


def check():
    errs = []
    def err(f, s):
        errs.append("%s: %s" % (f, s))
    try:
        import holidays  # noqa
        hs = sorted(d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2030]))
        if hs != BANK_HOLIDAYS:
            errs.append("bank holidays differ from the holidays package: %s" % hs)
        hol_note = "checked against the holidays package"
    except ImportError:
        hol_note = "holidays package not importable here; the hard-coded 2030 list is used"
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 3:
        errs.append("window is not Monday-Thursday")
    in_window_hols = [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]
    names = [m["file"] for m in MAILS]
    if len(MAILS) != 40 or len(set(names)) != 40:
        errs.append("need 40 distinct files, have %d" % len(set(names)))
    for a in MAILBOX:
        got = sorted(n for n in names if n.startswith(a + "_"))
        if got != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("%s files wrong: %s" % (a, got))
    cats = {}
    for m in MAILS:
        cats[m["cat"]] = cats.get(m["cat"], 0) + 1
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11 or sum(cats.values()) != 40:
        errs.append("category counts %s" % cats)
    for m in MAILS:
        f, e = m["file"], m["expect"]
        msg = email.message_from_bytes(m["data"], policy=email.policy.default)
        if msg.defects or any(p.defects for p in msg.walk()):
            err(f, "parse defects")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err(f, "no " + h)
        if MAILBOX[m["auth"]][m["box"]].lower() not in (str(msg["To"]) + " " + str(msg.get("Cc", ""))).lower():
            err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        ld = d.astimezone(LON)
        if d.utcoffset() != ld.utcoffset():
            err(f, "Date offset is not Europe/London's")
        if not (WINDOW[0] <= ld.date() <= WINDOW[1]):
            err(f, "Date outside window")
        if (ld.weekday() >= 5 or ld.date() in BANK_HOLIDAYS or not (8 <= ld.hour < 18)) and not m["offhours"]:
            err(f, "sent outside a working day without being marked as night/weekend mail")
        if m["offhours"] and e["kind"] != "other":
            err(f, "offhours flag on a non-other kind")
        if not (timedelta(0) < m["now"] - d <= timedelta(minutes=10)):
            err(f, "now not 1-10 minutes after Date")
        # labels
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
                      "notice_ok", "next_action"}:
            err(f, "expect keys")
        if e["urgent"] != (m["cat"] == "urgent"):
            err(f, "urgent disagrees with category")
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "concerns ids")
        k = e["kind"]
        undefined = (m["auth"], k) == ("herefordshire", "step_up")
        if e["urgent"]:
            na = "alert_duty"
        elif k == "auto_reply":
            na = "ignore"
        elif k == "meeting_reply":
            na = "record_reply"
        elif k == "follow_up":
            na = "attach_to_request"
        elif k == "other" or undefined:
            na = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            na = "request_info"
        else:
            na = "book_meeting"
        if e["next_action"] != na:
            err(f, "next_action %s, rule says %s" % (e["next_action"], na))
        if k in ("step_up", "step_down") and not undefined:
            allowed = REQ[(m["auth"], k)]
            if not set(e["missing"]) <= allowed:
                err(f, "missing ids not in the matrix")
            for fact in ("consent", "manager_agreed"):
                if fact in allowed and fact in ("consent", "manager_agreed"):
                    need = fact in allowed and not (m["auth"] == "knowsley" and fact == "consent" and (e["level"] or 3) != 3)
                    val = e["consent" if fact == "consent" else "manager_agreed"]
                    if need and ((val is not True) != (fact in e["missing"])):
                        err(f, "%s label and missing disagree" % fact)
            if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]):
                err(f, "case_id/missing disagree")
            if (not e["children"]) != ("children" in e["missing"]):
                err(f, "children/missing disagree")
        elif e["missing"]:
            err(f, "missing must be [] for this kind")
        if e["level"] is not None and (k != "step_down" or e["level"] not in (2, 3)):
            err(f, "level only on step_downs")
        # notice
        if m["auth"] == "knowsley" and k in ("step_up", "step_down"):
            if m["meeting"] is None:
                err(f, "knowsley step request without a meeting date")
            else:
                wd = working_days(m["now"].astimezone(LON).date(), m["meeting"])
                m["wd"] = wd
                if e["notice_ok"] != (wd >= 5):
                    err(f, "notice_ok %s but %d WD" % (e["notice_ok"], wd))
                if m["meeting"].weekday() >= 5 or m["meeting"] in BANK_HOLIDAYS:
                    err(f, "meeting on a non-working day")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null here")
        text = readable(msg)
        flat = re.sub(r"\s+", " ", text)
        for c in e["children"]:
            if c["name"] not in flat:
                err(f, "child %r not in the text" % c["name"])
            if c["dob"]:
                b = date.fromisoformat(c["dob"])
                nd = m["now"].date()
                age = nd.year - b.year - ((nd.month, nd.day) < (b.month, b.day))
                if not (0 <= age < 18):
                    err(f, "%s is %d at now" % (c["name"], age))
                forms = {b.strftime("%d/%m/%Y"), b.strftime("%d.%m.%Y"), b.isoformat()}
                day = b.day
                suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
                forms |= {"%d%s %s %d" % (day, suf, b.strftime("%B"), b.year), "%d %s %d" % (day, b.strftime("%B"), b.year),
                          "%d/%02d/%d" % (day, b.month, b.year), "%d%s %s" % (day, suf, b.strftime("%B"))}
                if not any(x in flat for x in forms):
                    err(f, "DOB of %s not written in the text" % c["name"])
        for cid in e["case_ids"]:
            if cid not in flat:
                err(f, "case id %s not in the text" % cid)
        if e["urgent"]:
            hit = BANNED.search(text)
            if hit:
                err(f, "banned word in an urgent mail: %r" % hit.group(0))
        ref = re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"]))
        if k in ("follow_up",) and not ref:
            err(f, "follow_up without a reference")
        if k in ("step_up", "step_down", "other") and ref:
            err(f, "step request/other carries a reference")
        cal_parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        is_reply = any("METHOD:REPLY" in p.get_content() for p in cal_parts)
        if (k == "meeting_reply") != is_reply:
            err(f, "iTIP REPLY only and always on meeting_reply")
        if (k == "auto_reply") != bool(msg.get("Auto-Submitted")):
            err(f, "Auto-Submitted only and always on auto_reply")
        if k == "meeting_reply" and "COMMENT" not in cal_parts[0].get_content():
            err(f, "meeting reply without a COMMENT")
    return errs, hol_note, in_window_hols


def main():
    errs, hol_note, in_window_hols = check()
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    labels, cats = [], {}
    for m in sorted(MAILS, key=lambda x: (x["file"])):
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(m["data"])
        labels.append({"file": m["file"], "authority": m["auth"], "mailbox": m["box"],
                       "now": m["now"].isoformat(timespec="seconds"), "expect": m["expect"], "why": m["why"]})
        cats[m["file"]] = m["cat"]
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(cats, fh, indent=1); fh.write("\n")
    # re-read from disk
    for m in MAILS:
        with open(os.path.join(HERE, m["file"]), "rb") as fh:
            assert email.message_from_bytes(fh.read()).get("Message-ID")
    count = {}
    for c in cats.values():
        count[c] = count.get(c, 0) + 1
    print("self-check: OK - 40 files, 8 per authority; every mail parses with email.message_from_bytes (no defects);")
    print("  labels consistent with categories and DESIGN's next_action order; missing within REQUIREMENTS' matrix;")
    print("  Dates in the window (Europe/London offsets), now 1-10 min after; children, DOBs (under 18) and case ids in the text;")
    print("  no banned word in any urgent mail (subject, bodies, HTML, calendar, PDF and .docx text, filenames).")
    print("  bank holidays: %s; inside the window: %s" % (hol_note, in_window_hols or "none"))
    print("categories:", ", ".join("%s %d" % (k, count[k]) for k in ("urgent", "near_miss", "ordinary")))
    per = {}
    for m in MAILS:
        per.setdefault(m["auth"], {}).setdefault(m["cat"], 0)
        per[m["auth"]][m["cat"]] += 1
    for a, v in per.items():
        print("  %-20s urgent %d / near_miss %d / ordinary %d" % (a, v.get("urgent", 0), v.get("near_miss", 0), v.get("ordinary", 0)))
    kinds = {}
    for m in MAILS:
        kinds[m["expect"]["kind"]] = kinds.get(m["expect"]["kind"], 0) + 1
    print("kinds:", kinds)
    for m in MAILS:
        if "wd" in m:
            print("  notice %s: %d WD to %s -> %s" % (m["file"], m["wd"], m["meeting"], m["expect"]["notice_ok"]))
    print("urgent mails:")
    for m in MAILS:
        if m["cat"] == "urgent":
            print("  %s (%s, %s): %s" % (m["file"], m["expect"]["kind"], m["date"].strftime("%a %d %b %H:%M"),
                                         m["why"].split(";")[0][:150]))


if __name__ == "__main__":
    main()
