#!/usr/bin/env python3
"""mixed145: blind held-out set for stepbot's parse contract over the autumn term of 2058
(Monday 2 September - Friday 20 December 2058), in community social media passed on.
Deterministic (no clock, no randomness). Writes 40 .eml files, labels.json, categories.json and
self-checks everything; stops before writing anything if a check fails."""
import hashlib, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
TERM = (date(2058, 9, 2), date(2058, 12, 20))
# England & Wales bank holidays 2058 (checked with the `holidays` package): none fall inside the term.
BANK_HOLIDAYS = {date(2058, 1, 1), date(2058, 4, 12), date(2058, 4, 15), date(2058, 5, 6), date(2058, 5, 27),
                 date(2058, 8, 26), date(2058, 12, 25), date(2058, 12, 26)}
BANNED = re.compile(r"urgent|immediate|immediately|risk|emergency|danger|safeguarding concern|unsafe|asap|at risk", re.I)

MB = {
    "knowsley": ("knowsleymash@knowsley.gov.uk", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
    "richmond_wandsworth": ("MASH-StepUP@richmondandwandsworth.gov.uk", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
    "tower_hamlets": ("MAST@towerhamlets.gov.uk", "EarlyHelpHub@towerhamlets.gov.uk"),
    "torbay": ("mash@torbay.gov.uk", "earlyhelp@torbay.gov.uk"),
    "herefordshire": ("mash@herefordshire.gov.uk", "earlyhelpcoordinators@herefordshire.gov.uk"),
}

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_between(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        n += is_wd(d); d += timedelta(days=1)
    return n

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

# ---------------------------------------------------------------- documents
def docx(paragraphs):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, (2058, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def pdf(lines):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 800 Td 14 TL " + " ".join("(%s) '" % esc(l) for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

def ical_reply(uid, organizer, attendee, cn, partstat, summary, start, comment=None):
    s = start.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    e = (start + timedelta(hours=1)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REPLY", "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=\"%s\":mailto:%s" % (partstat, cn, attendee),
             "ORGANIZER:mailto:%s" % organizer, "UID:%s" % uid, "SEQUENCE:0", "DTSTAMP:%s" % s,
             "DTSTART:%s" % s, "DTEND:%s" % e, "SUMMARY:%s" % summary]
    if comment:
        c = "COMMENT:" + comment.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        folded = [c[:74]] + [" " + c[i:i + 73] for i in range(74, len(c), 73)]
        lines += folded
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

# ---------------------------------------------------------------- message builder
MAILS = []   # (file, authority, mailbox, category, EmailMessage, now, expect, why)

def mk(file, auth, box, cat, when, frm, subject, body, *, html=None, html_only=False, cte="quoted-printable",
       flowed=False, atts=(), cal=None, cc=None, extra=(), mins=4, exp=None, why=""):
    local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=LON)
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = MB[auth][0 if box == "mash_step_up" else 1]
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(local)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%s@%s>" % (sha(file)[:24].upper(), dom)
    m["MIME-Version"] = "1.0"
    for k, v in extra: m[k] = v
    if html_only:
        m.set_content(html, subtype="html", cte=cte)
    else:
        m.set_content(body, cte=cte)
        if flowed: m.set_param("format", "flowed")
        if html: m.add_alternative(html, subtype="html", cte=cte)
    if cal:
        m.add_alternative(cal, subtype="calendar", cte="7bit", params={"method": "REPLY"})
    for name, data in atts:
        if name.endswith(".docx"): mt = DOCX
        elif name.endswith(".pdf"): mt = ("application", "pdf")
        elif name.endswith(".ics"): mt = ("text", "calendar")
        else: mt = ("application", "octet-stream")
        if mt[0] == "text":
            m.add_attachment(data, subtype=mt[1], filename=name)
        else:
            m.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name)
    for i, part in enumerate(q for q in m.walk() if q.is_multipart()):
        part.set_boundary("----=_Part_%d_%s" % (i, sha(file + str(i))[:20]))
    now = local + timedelta(minutes=mins)
    MAILS.append((file, auth, box, cat, m, now, exp, why, local))

def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice=None, action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice,
            "next_action": action}

T = lambda s: s.lstrip("\n")

# ================================================================= KNOWSLEY
mk("knowsley_01.eml", "knowsley", "mash_step_up", "ordinary", "2058-09-16 10:20",
   "Shauna Kilbride <shauna.kilbride@knowsley.gov.uk>",
   "Step-up request EHM-71203 - Demi Rourke - TAF Wed 25th Sept",
   T("""
Hi MASH,

Please find attached a step-up request for Demi Rourke (DOB 12/05/2049), EHM-71203.

Demi has been open to Family First at level 3 since March. The worries are neglect: the home
conditions have slid again over the summer, Demi is coming to school hungry and in the same
clothes, and the GCP2 we redid in August scored 4 across most areas. What tipped it for us was
a neighbour sending me screenshots from the Page Moss residents' Facebook group where mum has
been asking people for nappies and food for the baby "because the social won't help" - mum
says she posted them to get back at us, but the picture she posted of the kitchen matches what
I saw on my visit.

My team manager, Lorraine Bisset, has read the form and agreed the step-up.

I have sent a Teams invite for the step-up TAF meeting on Wednesday 25th September 2058 at
10:00 to the MASH inbox and MASH business support. Current TAF members are invited.

Attached: Appendix 1 step-up form, GCP2, TAF minutes from 11/09/2058.

Thanks
Shauna Kilbride
Family First Case Manager, Knowsley Council
0151 496 0233
"""),
   atts=[("Appendix 1 Step Up Form - Demi Rourke.docx", docx([
       "Appendix 1 - Step Up Request Form", "Child: Demi Rourke  DOB: 12/05/2049  EHM-71203",
       "Reason for step up: neglect - home conditions, hunger, hygiene.", "Team manager agreement: Lorraine Bisset, agreed 13/09/2058",
       "Step-up TAF meeting: Wednesday 25/09/2058 10:00, Microsoft Teams"])),
         ("GCP2 Graded Care Profile - Demi Rourke.pdf", pdf(["Graded Care Profile 2 (GCP2)", "Child: Demi Rourke",
       "Completed 20/08/2058", "Physical care: 4  Safety: 3  Love: 3  Esteem: 4"])),
         ("TAF minutes 11.09.2058 - Rourke.docx", docx(["TAF meeting minutes 11/09/2058", "Family: Rourke",
       "Agreed: concerns to be stepped up to MASH; case manager to complete Appendix 1 and GCP2."]))],
   exp=E("step_up", case_ids=["EHM-71203"], children=[("Demi Rourke", "2049-05-12")], concerns=["neglect"],
         manager=True, notice=True, action="book_meeting"),
   why="Complete Knowsley step-up for neglect (form, GCP2, TAF minutes); the residents' Facebook posts are the trigger, not a current incident; TAF Wed 25 Sep 10:00 from Mon 16 Sep = 7 WD (17-20, 23-25) -> book_meeting.")

mk("knowsley_02.eml", "knowsley", "mash_step_up", "urgent", "2058-10-01 14:47",
   "PCSO 7714 Dean Halloran <dean.halloran@merseyside.police.example.uk>",
   "Fw: Whatsapp group Longview - kid on window ledge No.14",
   T("""
MASH team,

Forwarding what I've been sent by a resident (Mrs Bernadette Kehoe) off the Longview Drive
neighbours WhatsApp group, copied exactly as she sent it. I'm on foot at the other end of the
estate and heading there now, unit requested. Posting this to you so social care know as well.

----- pasted from WhatsApp, today -----
[14:21] Jackie Ward: is anyone else seeing this?? the little lad from 14 is sat on the upstairs
window ledge again, window wide open, its two floors up
[14:23] Paul (no.9): thats Alfie, he's only 4. mum was wrecked on something at dinner time,
she was falling about in the garden
[14:25] Jackie Ward: been banging on the door 10 mins no answer. door's locked
[14:26] Paul (no.9): hes leaning out waving at the kids on the green
[14:31] Bernie Kehoe: I've rang the police. someone stay under the window
----- end -----

Child: Alfie Tasker, approx 4 yrs, 14 Longview Crescent. Mother is Kayleigh Tasker (not
confirmed).

PCSO 7714 Halloran
Merseyside Police, Knowsley neighbourhood team
"""), cte="7bit",
   exp=E("other", urgent=True, children=[("Alfie Tasker", None)], concerns=["neglect", "substance_misuse"],
         action="alert_duty"),
   why="PCSO forwards a neighbours' WhatsApp thread: a 4-year-old on an open first-floor window ledge now, mother intoxicated and not answering, door locked -> urgent other, alert_duty (in office hours).")

mk("knowsley_03.eml", "knowsley", "mash_step_up", "near_miss", "2058-10-22 09:35",
   "Cllr Maureen Goodacre <cllr.maureen.goodacre@knowsley.gov.uk>",
   "Facebook post about a van near Stockbridge park - for info",
   T("""
Good morning,

Just so you're aware - I have had about a dozen residents message me overnight about a post
going round the "Stockbridge Village Community Page" on Facebook saying a man in a white van
has been trying to get children into it near the park on Tuesday.

I've spoken to our neighbourhood inspector this morning. It is the same post that went round in
2051 word for word (even the same blurry photo); the police say there has been no report of any
such incident this week or this year, and no child is involved. They are putting out a message
on the page today to say so.

Nothing for you to do, I just didn't want the MASH phones ringing off the hook without you
knowing the background. If you get calls, that is the answer.

Kind regards
Cllr Maureen Goodacre
Stockbridge ward
"""), flowed=True, cte="7bit",
   exp=E("other", action="human_review"),
   why="Near miss: a councillor passes on a recycled 2051 Facebook scare about a white van; police confirm no incident and no child involved -> other, human_review.")

mk("knowsley_04.eml", "knowsley", "early_help_duty", "ordinary", "2058-10-08 14:05",
   "Nathan Prendergast <nathan.prendergast@knowsley.gov.uk>",
   "Level 2 step down - Ruby-Jo Carney ICS-1630882 - final CIN 17/10",
   T("""
Hi Family First duty,

Level 2 step down for Ruby-Jo Carney (DOB 03/02/2047), ICS-1630882.

Final CIN meeting: Thursday 17 October 2058 at 13:30, at Huyton Family Hub, Lathom Road.

What are we worried about:
Ruby-Jo's attendance (81% this year) and mum's anxiety, which got much worse after she was
targeted on a local Facebook buy-and-sell group earlier this year. Mum has since left the group
and the posts were removed.

What is working well:
Mum is with her GP and talking therapies; Ruby-Jo has a good relationship with the school
pastoral lead and is going to breakfast club.

What needs to happen:
Attendance plan through school, mum to keep going with therapy, TAF reviews at 6 weeks.

Lead practitioner: Mrs Aisha Dobson, Pastoral Lead, St Aidan's CE Primary School, who has agreed
to take the role (0151 496 0788).

Thanks
Nathan Prendergast
Social Worker, CIN Team, Knowsley Council
"""),
   exp=E("step_down", level=2, case_ids=["ICS-1630882"], children=[("Ruby-Jo Carney", "2047-02-03")],
         concerns=["parental_mental_health", "school_attendance"], notice=True, action="book_meeting"),
   why="Complete Knowsley level 2 step-down (date, time, venue, three headings, lead practitioner with agency); the Facebook harassment is past and resolved; Thu 17 Oct from Tue 8 Oct = 7 WD -> book_meeting; consent not needed at L2 (null).")

mk("knowsley_05.eml", "knowsley", "mash_step_up", "ordinary", "2058-11-14 11:40",
   "Gemma Foy <gemma.foy@knowsley.gov.uk>",
   "step up - Kaiden & Lexi Molyneux EHM-72650",
   T("""
Hi

Step-up for Kaiden Molyneux (DOB 19/06/2046) and Lexi Molyneux (DOB 30/09/2050), EHM-72650.
Dad has not engaged with anything since June - cancels every visit, blocks me on WhatsApp,
and then posts on the Prescot community page that Family First "harass" him. Both children's
attendance is under 70%.

Step up form and TAF minutes attached. My TM Craig Lunt agreed it yesterday.
Step-up TAF: Wed 20/11/2058 at 10:00, Teams invite sent to the MASH inbox.

Gemma Foy
Family First Case Manager
"""), cte="7bit",
   atts=[("Step up form - Molyneux.docx", docx(["Appendix 1 Step Up Form", "Kaiden and Lexi Molyneux EHM-72650",
       "Concerns: non-engagement, school attendance"])),
         ("TAF minutes 07.11.58 Molyneux.pdf", pdf(["TAF minutes 07/11/2058", "Molyneux family", "Father did not attend."]))],
   exp=E("step_up", case_ids=["EHM-72650"], children=[("Kaiden Molyneux", "2046-06-19"), ("Lexi Molyneux", "2050-09-30")],
         concerns=["non_engagement", "school_attendance"], manager=True, missing=["engaging_families"], notice=False,
         action="request_info"),
   why="Knowsley step-up for non-engagement without the Engaging Families toolkit; TAF Wed 20 Nov from Thu 14 Nov = 4 WD (15, 18, 19, 20) < 5 -> request_info.")

mk("knowsley_06.eml", "knowsley", "mash_step_up", "urgent", "2058-11-04 09:12",
   "Jordan Mealey <jordan.mealey@knowsley.gov.uk>",
   "Step up EHM-70418 Tayla Breen - TAF 13th Nov",
   T("""
Morning all,

Step-up request for Tayla Breen (DOB 27/01/2046), EHM-70418, for domestic abuse and physical
harm. Appendix 1 and the TAF minutes are attached. My TM, Siobhan Rigby, agreed this on Friday.
Step-up TAF meeting is Wednesday 13 November 2058 at 11:00 (Teams invite sent to the inbox and
MASH business support).

Background: mum's partner Dale Nugent moved back in in October. The neighbours' WhatsApp
group has been full of it - shouting, a smashed door - and mum has been posting and deleting
things on Facebook late at night.

PS - this came in on the school app at 8.40 this morning from Tayla, copied exactly:
"miss he said if i tell anyone about saturday he will do my mums face in and then mine. he
hit me with the hoover pipe on saturday and my arm is still black. hes back at ours tonight
after work i am not going home i will go to the park"
I've told her to stay in school. School know.

Jordan Mealey
Family First Case Manager
"""),
   atts=[("Appendix 1 step up form - Tayla Breen.docx", docx(["Appendix 1 Step Up Form", "Tayla Breen 27/01/2046 EHM-70418",
       "Concerns: domestic abuse, physical harm", "Manager agreement: Siobhan Rigby 01/11/2058"])),
         ("TAF minutes 29.10.2058 - Breen.docx", docx(["TAF minutes 29/10/2058", "Breen family", "Agreed to step up."]))],
   exp=E("step_up", urgent=True, case_ids=["EHM-70418"], children=[("Tayla Breen", "2046-01-27")],
         concerns=["domestic_abuse", "physical_harm"], manager=True, notice=True, action="alert_duty"),
   why="Urgent in a PS in the child's own words: hit with a hoover pipe Saturday, arm still bruised, threatened, and the man is back tonight; otherwise complete (form, TAF minutes, EHM id, TM agreed; Wed 13 Nov from Mon 4 Nov = 7 WD) -> alert_duty.")

mk("knowsley_07.eml", "knowsley", "early_help_duty", "near_miss", "2058-12-06 10:40",
   "Hollie Brennan <hollie.brennan@knowsley.gov.uk>",
   "Level 3 step down - Connor Fay ICS-1644107 - joint home visit 13/12",
   "", html_only=True, html=T("""
<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Family First,</p>
<p>Level 3 step down for <b>Connor Fay</b> (DOB 14/08/2048), ICS-1644107. Mum (Lisa Fay) has
consented to the referral to Family First.</p>
<p><b>Joint home visit:</b> Friday 13 December 2058 at 10:00, at the family home, 22 Whitefield
Drive, Kirkby.</p>
<p><b>What are we worried about:</b> Connor's school attendance and dad's drinking in the past.
You may hear about a video that is going round a Kirkby neighbours' WhatsApp group this week of
dad shouting at the boys in the street. It was filmed in 2055, before the CIN plan; it was looked
at by police and us at the time and nothing like it has happened since. There are no current
concerns about dad's drinking.</p>
<p><b>What is working well:</b> Dad has been sober for three years and works full time; Connor
is at football three nights a week.</p>
<p><b>What needs to happen:</b> attendance support and a Family First case manager for mum and
dad around routines.</p>
<p>Hollie Brennan<br>Social Worker, Knowsley Children's Social Care</p>
</body></html>
"""),
   exp=E("step_down", level=3, case_ids=["ICS-1644107"], children=[("Connor Fay", "2048-08-14")],
         concerns=["school_attendance", "substance_misuse"], consent=True, notice=True, action="book_meeting"),
   why="Near miss: the WhatsApp video is from 2055, investigated, not repeated, and current drinking is negated; complete Knowsley L3 step-down (HTML-only): joint visit Fri 13 Dec 10:00 at home from Fri 6 Dec = 5 WD, three headings, consent -> book_meeting.")

mk("knowsley_08.eml", "knowsley", "mash_step_up", "ordinary", "2058-09-20 12:02",
   "Sacred Heart Primary School Office <office@sacredheart-huyton.example.sch.uk>",
   "Accepted: Step-up TAF meeting [SB-knowsley-311]",
   "Accepted: Step-up TAF meeting [SB-knowsley-311]\n\nThe school office has accepted on behalf of Mrs Patel (DSL).\n",
   cte="7bit",
   cal=ical_reply("SB-knowsley-311-taf@stepbot", "knowsleymash@knowsley.gov.uk", "office@sacredheart-huyton.example.sch.uk",
                  "Sacred Heart Primary School Office", "ACCEPTED", "Step-up TAF meeting [SB-knowsley-311]",
                  datetime(2058, 9, 25, 10, 0, tzinfo=LON), comment="Mrs Patel will join on Teams."),
   extra=[("Content-Class", "urn:content-classes:calendarmessage")],
   exp=E("meeting_reply", action="record_reply"),
   why="iTIP REPLY (ACCEPTED) from a school office to knowsley_01's TAF meeting; harmless COMMENT -> meeting_reply, record_reply.")

# ================================================================= RICHMOND & WANDSWORTH
mk("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "ordinary", "2058-09-11 11:15",
   "Priya Lanyon <priya.lanyon@richmondandwandsworth.gov.uk>",
   "Step up - Oscar Whitlam (Mosaic ID 4410937)",
   T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Roehampton and I agree this step-up for Oscar Whitlam
(DOB 07/07/2044), Mosaic ID 4410937. The case summary is attached.

Rationale for step-up:
Oscar (14) has been missing from home three times since the start of term, each time overnight.
His mum found Snapchat messages from older boys offering him money to "hold things", and a
parent forwarded our worker a post from the Alton estate's Facebook page showing Oscar with a
group we know are involved in dealing. Early Help has done what it can with mum and the school;
the concerns about criminal exploitation now need a statutory assessment. Oscar came home last
night and is in school today; the police missing-return interview is booked.

Kind regards
Priya Lanyon
Early Help Team Manager, Richmond and Wandsworth
"""),
   atts=[("Case summary - Oscar Whitlam.docx", docx(["Case summary", "Oscar Whitlam, DOB 07/07/2044, Mosaic 4410937",
       "Missing episodes: 28/08, 04/09, 09/09/2058", "Worries: criminal exploitation."]))],
   exp=E("step_up", case_ids=["4410937"], children=[("Oscar Whitlam", "2044-07-07")], concerns=["exploitation", "missing"],
         manager=True, action="book_meeting"),
   why="Complete R&W step-up from the Early Help Team Manager (case summary attached, rationale under its heading); the Facebook post is evidence, Oscar is home and in school -> not urgent, book_meeting; 'Mosaic ID 4410937' -> '4410937'.")

mk("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "urgent", "2058-10-15 15:25",
   "Marcus Ebbing <marcus.ebbing@wandle-homes.example.org.uk>",
   "Flat 22 Pevensey House - baby - please can someone call me",
   T("""
Hello,

I'm the housing officer for Pevensey House. I'm not sure this is the right inbox, sorry, but
I didn't know where else to send it.

Since yesterday the residents' Facebook page for the block has had people posting that the baby
in flat 22 has been crying on and off for two days and that nobody has seen the mum, Kerry
Dunmore, since Sunday. One of them posted "its gone quiet now which is worse".

I went up at 2.30 today. I could hear the baby through the letterbox - a weak sort of crying -
and there was a bad smell. Nobody answered. Kerry's car is outside. I believe the baby is Ruby
Dunmore, about 9 months; Kerry told me in the summer she was "using again". I don't have keys to
force entry and I'm still outside the flat now.

My mobile is 07700 900418.

Marcus Ebbing
Housing Officer, Wandle Homes
"""), flowed=True,
   exp=E("other", urgent=True, children=[("Ruby Dunmore", None)], concerns=["neglect", "substance_misuse"],
         action="alert_duty"),
   why="Housing officer, hedged voice, after a residents' Facebook page: a 9-month-old heard crying weakly behind a locked door, mother unseen since Sunday and using -> urgent other, alert_duty.")

mk("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "near_miss", "2058-11-20 13:05",
   "Office - Sheen Park Primary <office@sheenpark.example.sch.uk>",
   "Parents WhatsApp - school gate rumour this afternoon (resolved)",
   T("""
Dear Early Help team,

Mrs Okafor (Headteacher) asked me to let you know, for information only.

At lunchtime a message went round the Year 2 parents' WhatsApp group saying a child had been
"snatched at the school gate by a man in a black car". This was not true. A Year 2 pupil was
collected early by her grandfather for a dental appointment; mum had rung the office this
morning to arrange it and we have spoken to mum again since. The child is safe at home with
her family.

We have sent a text to all parents to explain, and the police community team know. No further
action is needed by you; we're telling you only because several parents said they would
"report it to social services".

Kind regards
Janine Cole
School Office Manager
"""),
   exp=E("other", action="human_review"),
   why="Near miss: a school office passes on a parents' WhatsApp rumour of a snatch that never happened (grandad's pre-arranged collection); no child named -> other, human_review.")

mk("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "ordinary", "2058-10-03 10:30",
   "Tomasz Grzelak <tomasz.grzelak@richmondandwandsworth.gov.uk>",
   "Step down to Early Help - Amelia and Freddie Castle - Mosaic 4398120 / 4398121",
   T("""
Hi Early Help duty,

Following my call with your Duty Team Manager this morning, confirming the step-down case
discussion on Tuesday 8 October 2058 at 14:00 (Teams) for Amelia Castle (DOB 22/11/2048, Mosaic
4398120) and Freddie Castle (DOB 05/04/2052, Mosaic 4398121).

The family moved to Wandsworth in the spring after mum was harassed on a local forum by her ex's
family; that has stopped since the move. What remains is mum's low mood and Amelia's patchy
attendance.

Mum has given her consent for Early Help to continue the plan. The latest case summary and the
draft plan for Early Help are attached.

Tomasz Grzelak
Social Worker, Family Support and Protection, Richmond and Wandsworth
"""),
   atts=[("Case summary - Castle.docx", docx(["Latest case summary", "Amelia Castle, Freddie Castle"])),
         ("Draft Early Help plan - Castle.docx", docx(["Draft plan for Early Help", "Amelia and Freddie Castle",
       "Attendance support; mum's GP and wellbeing service"]))],
   exp=E("step_down", case_ids=["4398120", "4398121"], children=[("Amelia Castle", "2048-11-22"), ("Freddie Castle", "2052-04-05")],
         concerns=["parental_mental_health", "school_attendance"], consent=True, action="book_meeting"),
   why="Complete R&W step-down (case summary, draft plan, consent, agreed discussion time); past forum harassment is over -> book_meeting; no notice period for R&W.")

mk("richmond_wandsworth_05.eml", "richmond_wandsworth", "early_help_duty", "ordinary", "2058-11-26 16:10",
   "Bethan Ormsby <bethan.ormsby@richmondandwandsworth.gov.uk>",
   "step down - Jayden Mwale (Mosaic ID 4423376)",
   T("""
Hi both,

Quick one before I go on leave - step down for Jayden Mwale, DOB 18/03/2050, Mosaic ID 4423376.
Case summary attached. The draft plan will follow next week once I've typed it up.

Jayden's mum is a young carer herself for her own mum, and Jayden has been helping with his
nan too. I haven't asked mum about Early Help yet - I'll ask her at the visit on Friday.

Bethan
Social Worker
"""), cte="7bit",
   atts=[("Case summary Mwale.docx", docx(["Case summary", "Jayden Mwale 18/03/2050"]))],
   exp=E("step_down", case_ids=["4423376"], children=[("Jayden Mwale", "2050-03-18")], concerns=["young_carer"],
         missing=["consent", "draft_plan"], action="request_info"),
   why="R&W step-down with only the case summary: draft plan 'will follow', consent still to be asked (null) -> missing consent, draft_plan -> request_info.")

mk("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "urgent", "2058-12-10 12:20",
   "Danielle Oyelowo <danielle.oyelowo@richmondandwandsworth.gov.uk>",
   "FW: Step up - Leah Carrow Mosaic 4437012",
   "", html_only=True, html=T("""
<html><body style="font-family:Aptos,Calibri,sans-serif">
<p>MASH - forwarding as agreed. I am the Early Help Team Manager and I agree the step-up. Case
summary attached.</p>
<p>Danielle Oyelowo<br>Early Help Team Manager</p>
<hr>
<p><b>From:</b> Sam Reddington<br><b>Sent:</b> 10 December 2058 11:52<br><b>Subject:</b> Step up - Leah Carrow Mosaic 4437012</p>
<p>Danielle,</p>
<p>Step-up for Leah Carrow, DOB 02/06/2044, Mosaic 4437012.</p>
<p><b>Rationale for step-up</b><br>Leah (14) has been going missing overnight and we believe she
is being sexually exploited by adult men she meets through a Snapchat group. Early Help cannot
hold this any longer.</p>
<p>Mum has just forwarded me these from Leah's Snapchat story, posted at 10.05 today:</p>
<blockquote style="border-left:2px solid #999;padding-left:6px">
"dev picking me up from school at 3 ☺ staying at his tonight x"<br>
"new phone from dev ❤"</blockquote>
<p>Dev is Devinder Sahota, 27, who the police spoke to in October after Leah was found in his
flat at 4am. Mum cannot stop her and says Leah will go.</p>
<p>Sam Reddington<br>Early Help Practitioner</p>
</body></html>
"""), cte="base64",
   atts=[("Case summary - Leah Carrow.docx", docx(["Case summary", "Leah Carrow 02/06/2044 Mosaic 4437012",
       "Missing episodes x4 since September."]))],
   exp=E("step_up", urgent=True, case_ids=["4437012"], children=[("Leah Carrow", "2044-06-02")],
         concerns=["exploitation", "missing", "sexual_harm"], manager=True, action="alert_duty"),
   why="HTML-only base64 'FW:' from the Early Help TM: the quoted worker's note carries a 14-year-old's Snapchat story saying a 27-year-old man is collecting her at 3 today to stay overnight -> urgent; complete step-up (case summary, rationale heading, TM agrees) -> alert_duty.")

mk("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", "near_miss", "2058-09-25 10:05",
   "Kwame Asante-Bell <kwame.asante-bell@richmondandwandsworth.gov.uk>",
   "Step up request - Isla and Theo Pendry - Mosaic ID 4405516",
   T("""
Dear MASH,

As Early Help Team Manager I have agreed a step-up for Isla Pendry (DOB 16/12/2049) and Theo
Pendry (DOB 01/10/2053), Mosaic ID 4405516. Case summary attached; I will send the rationale
after supervision on Friday.

Please note, so it does not muddy the picture: last month a post on the Nextdoor app named mum
as a "child abuser". That post was malicious (it came from a neighbour in a parking dispute);
it was looked at by police and by MASH in August and closed with no further action, and there
are no current concerns of physical harm to either child. The reason for the step-up is the
neglect of the home and mum's deteriorating mental health.

Kind regards
Kwame Asante-Bell
Early Help Team Manager
"""),
   atts=[("Case summary - Pendry.docx", docx(["Case summary", "Isla Pendry, Theo Pendry", "Mosaic 4405516"]))],
   exp=E("step_up", case_ids=["4405516"], children=[("Isla Pendry", "2049-12-16"), ("Theo Pendry", "2053-10-01")],
         concerns=["neglect", "parental_mental_health"], manager=True, missing=["rationale"], action="request_info"),
   why="Near miss: a malicious Nextdoor post already investigated (NFA) and physical harm negated; step-up with case summary but rationale to follow -> missing rationale, request_info.")

mk("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up", "ordinary", "2058-10-16 09:01",
   "Marcus Ebbing <marcus.ebbing@wandle-homes.example.org.uk>",
   "Automatic reply: [SB-richmond_wandsworth-902] We have received your email",
   T("""
Thank you for your email. I am out of the office on a training day and will reply when I
return on Friday 18 October. For repairs please call Wandle Homes on 020 7946 0550.
"""), cte="7bit",
   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
   exp=E("auto_reply", action="ignore"),
   why="Out-of-office from the housing officer answering stepbot's acknowledgement (Auto-Submitted: auto-replied) -> auto_reply, ignore.")

# ================================================================= TOWER HAMLETS
mk("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "ordinary", "2058-09-19 13:40",
   "Rukhsana Malik <rukhsana.malik@towerhamlets.gov.uk>",
   "MAST step up - Mehdi Chowdhury - Mosaic 5520814",
   T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support form for Mehdi Chowdhury
(DOB 09/03/2044), Mosaic 5520814.

Mehdi (14) has been sharing extremist material in a Telegram channel linked to a local
community chat, and his older cousin has shown us posts in which he praises an attack abroad.
Prevent have been consulted and advise a statutory assessment alongside Channel. Mum consents
to the referral to MAST and is working with us. My manager, Shahid Ullah, has agreed the step-up.

Rukhsana Malik
Early Help Lead Practitioner, Tower Hamlets
"""),
   atts=[("MARF - Multi-Agency Request for Support - Mehdi Chowdhury.pdf", pdf(["Multi-Agency Request for Support form",
       "Child: Mehdi Chowdhury 09/03/2044", "Concern: radicalisation", "Manager: Shahid Ullah (agreed)"]))],
   exp=E("step_up", case_ids=["5520814"], children=[("Mehdi Chowdhury", "2044-03-09")], concerns=["radicalisation"],
         consent=True, manager=True, action="book_meeting"),
   why="Complete Tower Hamlets MAST step-up (MARF PDF, manager agreed, consent stated) about online radicalisation -> book_meeting.")

mk("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "urgent", "2058-11-07 16:05",
   "Cllr Abdul Mannan <cllr.abdul.mannan@towerhamlets.gov.uk>",
   "Message from residents - girl in Block C Ocean Estate",
   T("""
Dear MAST,

I have been sent this by a resident from our community WhatsApp group this afternoon. It was
in Bengali; my caseworker has translated it and I have pasted it below. I have told the resident
I am passing it straight to you.

"Brother, please tell someone. The aunty in Block C flat 31 keeps a little girl, Nusrat Akter,
about 8, she says she is a relative from Sylhet. Last night we heard her screaming and the belt
noise for a long time. Today my daughter saw her on the stairs with red lines on her arms and
her face swollen. She told my daughter if she goes back inside she will be beaten again tonight
because she broke a plate. She is sitting on the stairs now, she will not go in."

The resident is Mrs Rahima Begum, 07700 900552. She is with the girl on the stairs.

Cllr Abdul Mannan
Stepney Green ward
"""), cte="base64",
   exp=E("other", urgent=True, children=[("Nusrat Akter", None)], concerns=["physical_harm"], action="alert_duty"),
   why="Councillor forwards a translated community WhatsApp message: an 8-year-old with belt marks and a swollen face, afraid of another beating tonight, on the stairs now -> urgent other, alert_duty (office hours, Thursday 16:05).")

mk("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "near_miss", "2058-10-10 11:25",
   "Farhana Siddique <farhana.siddique@towerhamlets.gov.uk>",
   "Step down - Yasin and Aaliyah Farooqi - Mosaic 5507731 / 5507732",
   T("""
Hi Early Help Hub,

Step down to a TAF for Yasin Farooqi (DOB 30/04/2047, Mosaic 5507731) and Aaliyah Farooqi
(DOB 12/01/2051, Mosaic 5507732). The C&F assessment concluded on 7 October 2058 and is
attached, with the draft TAF plan.

A voice note has been doing the rounds on the estate WhatsApp saying dad "is out and coming back
for them". I have checked with probation this morning: dad is in HMP Pentonville and is not
eligible for release until 2061; the voice note is gossip. No current concerns about dad's
contact - there is none.

Mum consents to the step down. Lead practitioner: Mr Joel Akande, Family Support Worker,
Osmani Primary School, who has agreed. TAF on Thursday 17 October 2058 at 10:00 at Osmani Primary.

Farhana Siddique
Social Worker, Tower Hamlets Children's Social Care
"""),
   atts=[("C&F Assessment - Farooqi.pdf", pdf(["Child and Family Assessment", "Yasin Farooqi, Aaliyah Farooqi",
       "Concluded 07/10/2058", "Recommendation: step down to TAF"])),
         ("Draft TAF plan - Farooqi.docx", docx(["Draft TAF plan", "Farooqi family"]))],
   exp=E("step_down", case_ids=["5507731", "5507732"], children=[("Yasin Farooqi", "2047-04-30"), ("Aaliyah Farooqi", "2051-01-12")],
         consent=True, action="book_meeting"),
   why="Near miss: an estate WhatsApp voice note says dad is 'coming back', but he is in prison until 2061 (checked); complete TH step-down (assessment, draft plan, consent, lead practitioner with agency) -> book_meeting; no concern category named.")

mk("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "ordinary", "2058-11-28 15:00",
   "Owen Latchford <owen.latchford@towerhamlets.gov.uk>",
   "Step down request - Maya Rosen - Mosaic 5531196",
   T("""
Hello,

Step down for Maya Rosen (DOB 25/08/2049), Mosaic 5531196. Maya has autism and an EHCP; the
worries were around mum coping after dad left. The C&F Assessment and draft TAF plan are
attached. Mum consents to Early Help.

Lead practitioner is tbc - school are thinking about it and I'll let you know.

Owen Latchford
Social Worker
"""), flowed=True,
   atts=[("Child and Family Assessment - Maya Rosen.pdf", pdf(["Child and Family Assessment", "Maya Rosen 25/08/2049"])),
         ("Draft TAF plan - Maya Rosen.docx", docx(["Draft TAF plan", "Maya Rosen"]))],
   exp=E("step_down", case_ids=["5531196"], children=[("Maya Rosen", "2049-08-25")], concerns=["disability_send"],
         consent=True, missing=["lead_practitioner"], action="request_info"),
   why="TH step-down with assessment, plan and consent, lead practitioner 'tbc' -> missing lead_practitioner, request_info.")

mk("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", "urgent", "2058-12-03 10:50",
   "Sabina Khatun <sabina.khatun@towerhamlets.gov.uk>",
   "RE: [SB-tower_hamlets-812] Step down received - Zayan Hussain",
   T("""
Hi,

Adding to this one. A neighbour has just sent me these from the Burdett Estate community
Facebook page - posted 10.20 this morning, there are photos:

  "the little boy in 9th floor Dunmore House is on the balcony on his own AGAIN, climbing on the
   bike to see over the rail, been out there 20 mins in a t-shirt, nobody answering the door"
  "still there 10.35, he's crying for mummy"

That is Zayan (3). Mum works mornings; she told me last week she had "sorted childcare" but I
don't think she has. I'm 40 minutes away. Can someone go?

Sabina Khatun
Social Worker

-----Original Message-----
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 02 December 2058 14:11
Subject: [SB-tower_hamlets-812] Step down received - Zayan Hussain

Your step-down request has been received. Reference SB-tower_hamlets-812.
"""),
   exp=E("follow_up", urgent=True, children=[("Zayan Hussain", None)], concerns=["neglect"], action="alert_duty"),
   why="Reply to [SB-tower_hamlets-812] pasting a community Facebook post: a 3-year-old alone on a 9th-floor balcony climbing over now -> urgent follow_up, alert_duty.")

mk("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", "near_miss", "2058-10-24 12:30",
   "Grace Adebayo <grace.adebayo@eastendhomes.example.org.uk>",
   "FYI - forum thread about 'grooming at the chicken shop'",
   T("""
Hi MAST,

For awareness only. A thread on the Bow Community Forum (screenshots pasted below) is claiming
that "kids are being groomed at the chicken shop on Roman Road". No child is named and no one
on the thread says they know of a child; it's general chatter.

> posted by bowmum82: anyone else heard about the chicken shop?? keep your kids away
> reply by E3dad: my mate says the police are on it
> reply by Admin: please don't name businesses, report concerns to police

The police neighbourhood team tell me this is already known to them, there is an existing
operation and a partnership meeting next week. I'm not making a referral; just letting you know
in case residents contact you.

Grace Adebayo
Housing Officer, Eastend Homes
"""),
   exp=E("other", action="human_review"),
   why="Near miss: a housing officer passes on general forum chatter about grooming with no child named, already known to police -> other, human_review.")

mk("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", "urgent", "2058-09-30 11:34",
   "Concierge Desk - Lanchester Court <concierge@lanchestercourt.example.co.uk>",
   "child screaming flat 41 - residents group",
   T("""
Hello

I am the concierge at Lanchester Court, Commercial Road. A resident in flat 43 has posted this on
the building residents' WhatsApp at 11.20 and other people are saying the same:

"can anyone else hear flat 41?? little girl screaming 'stop daddy stop' and banging like
someone being thrown against the wall. its been going on half an hour. still going now"

I went up to the 4th floor. I can hear a child crying and a man shouting inside 41. He did not
open the door. The family in 41 is Mr Kaleb Worku and I think his daughter, she is about 5.
Police have been called by a resident. I am staying on the landing.

Concierge desk 020 7946 0774
"""), cte="7bit",
   exp=E("other", urgent=True, concerns=["physical_harm"], action="alert_duty"),
   why="Concierge passes on a residents' WhatsApp post and confirms it: a 5-year-old girl screaming 'stop daddy' with thuds, happening now; child not named (children []) -> urgent other, alert_duty.")

mk("tower_hamlets_08.eml", "tower_hamlets", "mash_step_up", "near_miss", "2058-11-12 14:15",
   "Dominic Featherstone <dominic.featherstone@towerhamlets.gov.uk>",
   "Step up to MAST - Kai Osei-Bonsu Mosaic 5524309",
   T("""
Dear MAST,

Step-up request for Kai Osei-Bonsu (DOB 08/11/2045), Mosaic 5524309. My team manager, Leanne
Carr, has agreed the step-up. The MARF will follow - I'm finishing it today.

Kai has stopped engaging with Early Help and his attendance is 54%.

You may see a TikTok of a fight outside Mulberry school being shared round local parents'
groups with Kai in it. That was in June 2057; it was dealt with by the police and the YOT at the
time, Kai was not hurt and he is not in contact with those boys now. It is not part of the
current worries.

Dominic Featherstone
Early Help Practitioner
"""),
   exp=E("step_up", case_ids=["5524309"], children=[("Kai Osei-Bonsu", "2045-11-08")],
         concerns=["non_engagement", "school_attendance"], manager=True, missing=["request_for_support"], action="request_info"),
   why="Near miss: a TikTok fight video from June 2057, dealt with and explicitly not current; MAST step-up with manager agreement but the MARF to follow -> missing request_for_support, request_info.")

# ================================================================= TORBAY
mk("torbay_01.eml", "torbay", "early_help_duty", "ordinary", "2058-09-24 09:50",
   "Kerenza Hosking <kerenza.hosking@torbay.gov.uk>",
   "Triage slot please - step down Tegan & Rocco Ashcombe LCS-6620471",
   T("""
Morning Early Help,

Please can I have a triage slot for a level 3 step down for Tegan Ashcombe (DOB 11/02/2050) and
Rocco Ashcombe (DOB 29/07/2055), LCS-6620471.

The Single Assessment with my analysis and the rationale is attached. My team manager, Piran
Nance, has recorded her analysis on LCS confirming the threshold for level 3 is met. Mum has
consented to level 3 Early Help.

Background: the original contact came from screenshots of mum's Facebook posts that a neighbour
sent in, about not coping; mum has done really well since.

Kerenza Hosking
Social Worker, Single Assessment Team, Torbay
"""),
   atts=[("Single Assessment - Ashcombe.pdf", pdf(["Single Assessment", "Tegan Ashcombe, Rocco Ashcombe", "Analysis and rationale for step down"]))],
   exp=E("step_down", level=3, case_ids=["LCS-6620471"], children=[("Tegan Ashcombe", "2050-02-11"), ("Rocco Ashcombe", "2055-07-29")],
         concerns=["parental_mental_health"], consent=True, manager=True, action="book_meeting"),
   why="Complete Torbay level 3 step-down (assessment, TM analysis, consent); Rocco is 3, so the under-5s triage applies -> book_meeting.")

mk("torbay_02.eml", "torbay", "mash_step_up", "urgent", "2058-10-17 08:55",
   "Tracey Widdicombe <traceyw1974@example.com>",
   "Chloe Brimble missing girl - photo on the Paignton page",
   T("""
Hi

I didn't know who to send this to, my friend said this email. Chloe Brimble (13) from our road,
Fisher Street, has been missing since yesterday teatime, her mum Donna posted an appeal on the
Paignton Community Noticeboard last night.

This morning at 7.40 a man put a photo on the same page of a girl asleep on a sofa with the
comment "found her lol shes staying at mine for a bit". It's definitely Chloe, it's her
hoodie. The man's profile says he's 41 and lives in Preston. The post has been taken down now
but I screenshotted it (attached).

Donna has rung the police. I'm just scared nobody will do anything.

Tracey
"""), cte="quoted-printable",
   atts=[("Screenshot transcript Paignton page.pdf", pdf(["Paignton Community Noticeboard - 07:40",
       "Photo: girl asleep on a sofa", "Comment: found her lol shes staying at mine for a bit"]))],
   exp=E("other", urgent=True, children=[("Chloe Brimble", None)], concerns=["exploitation", "missing"], action="alert_duty"),
   why="A resident forwards a Facebook community page post: a missing 13-year-old photographed asleep at a 41-year-old man's home this morning -> urgent other, alert_duty.")

mk("torbay_03.eml", "torbay", "mash_step_up", "near_miss", "2058-11-05 10:15",
   "PCSO Jenna Couch <jenna.couch@devon-cornwall.police.example.uk>",
   "FYI Whatsapp group - kids 'left on their own' Elm Grove - checked",
   T("""
Good morning,

For your information only, no action requested.

Last night the Elm Grove residents' WhatsApp group got heated about "the kids at number 7 being
left on their own again". I went round at 19:30 with a colleague. The children's grandmother was
there looking after them while mum was at work, the children were fed and ready for bed, the
house was fine. Grandmother lives with them. It seems to have started with a neighbour dispute.

I've posted on the group to say it has been checked. Nothing further from us.

PCSO 30412 Jenna Couch
Torquay neighbourhood team
"""), flowed=True, cte="7bit",
   exp=E("other", concerns=["neglect"], action="human_review"),
   why="Near miss: a PCSO reports a neighbours' WhatsApp claim of children left alone, checked in person and disproved (grandmother caring) -> other, human_review; the claim is of neglect, no child named.")

mk("torbay_04.eml", "torbay", "mash_step_up", "ordinary", "2058-12-12 13:20",
   "Morwenna Libby <morwenna.libby@torbay.gov.uk>",
   "Contact to MASH - step up - Harvey Spry EHM-940771",
   T("""
Dear MASH,

Step-up contact for Harvey Spry (DOB 04/04/2051), EHM-940771, open to level 3 Early Help.

New information: mum has been selling her prescribed diazepam on a Brixham marketplace group on
Facebook (a resident forwarded the listings to the school) and Harvey has been arriving at
school unwashed and hungry, with mum asleep when he leaves. My team manager Jory Pascoe and I
agree this needs considering for level 4. Mum knows about this contact and has consented.

Morwenna Libby
Early Help Practitioner, Torbay
"""),
   exp=E("step_up", case_ids=["EHM-940771"], children=[("Harvey Spry", "2051-04-04")], concerns=["neglect", "substance_misuse"],
         consent=True, manager=True, action="book_meeting"),
   why="Complete Torbay step-up contact (consent and worker + TM agreement) after marketplace-group posts -> book_meeting.")

mk("torbay_05.eml", "torbay", "early_help_duty", "ordinary", "2058-10-02 15:35",
   "Jago Tremain <jago.tremain@torbay.gov.uk>",
   "Step down triage request - Poppy Rowse LCS-6631902",
   T("""
Hi team,

Can I please book Poppy Rowse (DOB 19/09/2046), LCS-6631902, in for triage for level 3 step
down. Single Assessment attached. Dad has consented to level 3 Early Help. My TM hasn't done
her analysis yet - she's on leave till the 14th.

Worries are Poppy's attendance and dad's low mood.

Jago
"""), cte="7bit",
   atts=[("Single Assessment Poppy Rowse.pdf", pdf(["Single Assessment", "Poppy Rowse 19/09/2046"]))],
   exp=E("step_down", case_ids=["LCS-6631902"], children=[("Poppy Rowse", "2046-09-19")],
         concerns=["parental_mental_health", "school_attendance"], consent=True, missing=["manager_agreed"], action="request_info"),
   why="Torbay step-down without the TM's analysis (manager_agreed null, missing) -> request_info; level not stated.")

mk("torbay_06.eml", "torbay", "early_help_duty", "urgent", "2058-11-19 12:05",
   "Mrs Nia Kessell (DSL) <n.kessell@oldway-primary.example.sch.uk>",
   "Declined: Under-5s triage - Luxton [SB-torbay-2207]",
   "Declined: Under-5s triage [SB-torbay-2207]\n\nSorry - see my note in the reply.\n", cte="7bit",
   cal=ical_reply("SB-torbay-2207-triage@stepbot", "earlyhelp@torbay.gov.uk", "n.kessell@oldway-primary.example.sch.uk",
                  "Nia Kessell", "DECLINED", "Under-5s triage - Luxton LCS-6640315 [SB-torbay-2207]",
                  datetime(2058, 11, 26, 9, 30, tzinfo=LON),
                  comment="Can't make triage - I'm sitting with Kacey Luxton (7) now. She showed me a Messenger "
                          "message on her tablet from mum's partner Lee telling her not to tell anyone about her back. "
                          "I've seen her back: fresh belt-shaped marks. Lee is collecting her and her brother at 3.15 today. "
                          "Please ring me on 01803 496 021."),
   extra=[("Content-Class", "urn:content-classes:calendarmessage")],
   exp=E("meeting_reply", urgent=True, case_ids=["LCS-6640315"], children=[("Kacey Luxton", None)], concerns=["physical_harm"],
         action="alert_duty"),
   why="DECLINED iTIP REPLY whose COMMENT says a 7-year-old has fresh belt-shaped marks, a Messenger message telling her not to tell, and the man collects her at 3.15 today -> urgent meeting_reply, alert_duty.")

mk("torbay_07.eml", "torbay", "mash_step_up", "near_miss", "2058-09-09 14:30",
   "Cllr Derek Yeo <cllr.derek.yeo@torbay.gov.uk>",
   "Old missing-child appeal circulating again on Facebook",
   T("""
Hello MASH,

Just to let you know a missing-child appeal about an 11-year-old boy from Torquay is being shared
again on several community Facebook pages this week, and residents are asking me what is being
done. The appeal is from 2049 - the boy was found safe the next day, nine years ago, and is now
an adult. The police have asked the page admins to remove it.

No action needed. I'm posting on my councillor page to correct it.

Derek Yeo
Councillor, Tormohun ward
"""),
   exp=E("other", action="human_review"),
   why="Near miss: a 2049 missing-child appeal recirculating on Facebook; the boy was found the next day and is now an adult -> other, human_review.")

mk("torbay_08.eml", "torbay", "early_help_duty", "ordinary", "2058-09-27 11:10",
   "Kerenza Hosking <kerenza.hosking@torbay.gov.uk>",
   "RE: [SB-torbay-2190] Step down triage - LCS-6620471 - updated assessment",
   T("""
Hi,

Updated Single Assessment attached as asked, with the manager's analysis now on the front page.

Kerenza

> [SB-torbay-2190] Your request has been received and a triage slot offered.
"""),
   atts=[("Single Assessment updated - Ashcombe.pdf", pdf(["Single Assessment (updated)", "Manager's analysis: threshold for level 3 met"]))],
   exp=E("follow_up", case_ids=["LCS-6620471"], action="attach_to_request"),
   why="Reply to [SB-torbay-2190] bringing the updated Single Assessment -> follow_up, attach_to_request.")

# ================================================================= HEREFORDSHIRE
mk("herefordshire_01.eml", "herefordshire", "early_help_duty", "ordinary", "2058-09-18 10:45",
   "Ffion Prosser <ffion.prosser@herefordshire.gov.uk>",
   "EHA step-down plan - Alys and Dewi Bevan - Mosaic 778120 / 778121",
   T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at Tuesday's drop-in, please find attached the Early
Help Assessment step-down plan and the signed consent form for Alys Bevan (DOB 06/05/2047) and
Dewi Bevan (DOB 21/10/2050), Mosaic 778120 and 778121.

Key person: Mrs Carys Watkins, Family Support Worker, Kington Primary School, 01432 496 118,
who has agreed with the family to lead.

The original worries (mum's depression after the village Facebook group turned on her) have
eased; Alys's attendance is the main thing now.

Ffion Prosser
Social Worker, Herefordshire Council
"""),
   atts=[("EHA step-down plan - Bevan.docx", docx(["Early Help Assessment step-down plan", "Alys Bevan, Dewi Bevan",
       "What needs to happen / by whom / outcome / timescale"])),
         ("Signed consent form - Bevan.pdf", pdf(["Early Help consent form", "Signed: Rhian Bevan (mother) 16/09/2058"]))],
   exp=E("step_down", case_ids=["778120", "778121"], children=[("Alys Bevan", "2047-05-06"), ("Dewi Bevan", "2050-10-21")],
         concerns=["parental_mental_health", "school_attendance"], consent=True, action="book_meeting"),
   why="Complete Herefordshire sibling step-down after the drop-in (plan, signed consent form, key person with agency) -> book_meeting; level not stated (null).")

mk("herefordshire_02.eml", "herefordshire", "mash_step_up", "urgent", "2058-10-09 17:40",
   "Sian Preece <sian.preece1@example.net>",
   "man on the register babysitting tonight - Weobley",
   T("""
Hello, I hope this is the right place.

On our village WhatsApp tonight someone posted that Gareth Lowry has moved in with Kirsty
Bevan-Hall on Meadow Close this week. Gareth Lowry went to prison in 2053 for what he did to
two little girls - it was in the Hereford Times and he is on the sex offenders register.

Kirsty has two girls, Lily (6) and Grace (9). Kirsty works nights at the care home and she
posted herself on the group asking for a lift to work tonight at 7.30, and said "Gaz is having
the girls". I checked with my neighbour who knows her and it's true.

I don't want to cause trouble for Kirsty but I couldn't sleep if I said nothing.

Sian Preece
"""), cte="quoted-printable",
   exp=E("other", urgent=True, children=[("Lily Bevan-Hall", None), ("Grace Bevan-Hall", None)], concerns=["sexual_harm"],
         action="alert_duty"),
   why="A villager forwards WhatsApp posts: a registered sex offender convicted of offences against girls is to be alone with a 6- and a 9-year-old tonight from 7.30 -> urgent other at 17:40 (office hours end 17:00: out-of-hours alert).")

mk("herefordshire_03.eml", "herefordshire", "early_help_duty", "near_miss", "2058-11-13 14:20",
   "Rhodri Mostyn <rhodri.mostyn@herefordshire.gov.uk>",
   "Step-down plan - Evan Parry Mosaic 781455 (level 3)",
   T("""
Dear Co-ordinators,

Level 3 step-down for Evan Parry (DOB 03/03/2048), Mosaic 781455. I discussed this with Xavier
Moss on Tuesday. Attached: EHA step-down plan and signed consent form. Key person: Ms Lowri
Hamer, Youth Worker, Ledbury Youth Hub.

Evan was on a child protection plan for domestic abuse, which ended in September. There are
rumours on the Ledbury community Facebook page that dad is "back living there" - I have checked
with police and housing and with dad's probation officer: he lives in Newport and has not been
to the house. There are no current concerns about contact, and Evan and mum both say so.

Rhodri Mostyn
Social Worker
"""),
   atts=[("EHA step-down plan Evan Parry.docx", docx(["Early Help Assessment step-down plan", "Evan Parry 03/03/2048"])),
         ("Signed consent form Parry.pdf", pdf(["Consent form", "Signed by Ceri Parry 11/11/2058"]))],
   exp=E("step_down", level=3, case_ids=["781455"], children=[("Evan Parry", "2048-03-03")], concerns=["domestic_abuse"],
         consent=True, action="book_meeting"),
   why="Near miss: Facebook rumours that dad is back are checked and untrue; the CP plan ended; complete Herefordshire step-down (plan, consent form, key person) -> book_meeting.")

mk("herefordshire_04.eml", "herefordshire", "early_help_duty", "ordinary", "2058-12-04 11:00",
   "Ffion Prosser <ffion.prosser@herefordshire.gov.uk>",
   "Step down - Mia Lloyd - Mosaic 784903",
   T("""
Hi all,

Step-down plan attached for Mia Lloyd (DOB 17/01/2052), Mosaic 784903. Discussed with Verity
at the drop-in. Mum agreed verbally on the phone today to Early Help; I'll get the consent form
signed at my visit next week. Key person: Mr Sam Doyle, Family Support Worker, Bromyard Family
Hub.

Worries: Mia is a young carer for mum, who has MS.

Ffion
"""),
   atts=[("EHA step-down plan - Mia Lloyd.docx", docx(["Early Help Assessment step-down plan", "Mia Lloyd 17/01/2052"]))],
   exp=E("step_down", case_ids=["784903"], children=[("Mia Lloyd", "2052-01-17")], concerns=["young_carer"], consent=True,
         missing=["consent_form"], action="request_info"),
   why="Herefordshire step-down with plan and key person; verbal consent (consent true) but the written consent form to follow -> missing consent_form, request_info.")

mk("herefordshire_05.eml", "herefordshire", "early_help_duty", "near_miss", "2058-10-01 13:15",
   "Office - Much Marcle Primary <admin@muchmarcle.example.sch.uk>",
   "Fake 'Herefordshire Child Safety' page - parents' Facebook group",
   T("""
Dear Early Help team,

For information. Several parents have shared into our PTA Facebook group a post from a page
called "Herefordshire Child Safety Alert" warning about an online "challenge" that tells
children to hurt themselves. The page is not run by any agency, the challenge is a known hoax,
and no pupil here has mentioned it. We have sent the usual online safety letter home.

No child is involved and we don't need anything from you.

Mrs Pauline Reece
School Business Manager
"""),
   exp=E("other", action="human_review"),
   why="Near miss: a school office passes on a hoax 'challenge' from a fake Facebook page; no child involved -> other, human_review.")

mk("herefordshire_06.eml", "herefordshire", "early_help_duty", "urgent", "2058-11-27 08:20",
   "Bryony Vaughan <bryony.vaughan@herefordshire.gov.uk>",
   "RE: [SB-herefordshire-340] Step-down plan - Tia Morgan",
   T("""
Morning,

Re Tia - the school office sent me this first thing. It's a transcript of what Tia put on the
Ross community Facebook page and then deleted; it's attached as a Word document. Please read it
now - she is 15.

I'm driving to Ross but I'm an hour away.

Bryony Vaughan
Social Worker

> [SB-herefordshire-340] Step-down plan received for Tia Morgan. Reference SB-herefordshire-340.
"""),
   atts=[("Tia Facebook post transcript 27.11.58.docx", docx(["Transcript of post on Ross-on-Wye Community Page, 06:52 27/11/2058",
       "Tia Morgan: mums fella threw me out at 2am after he hit me in the face. im in the bus shelter by the coop on Gloucester Rd.",
       "phone on 4%. its freezing. not going back there ever.",
       "Comment 07:05: are you ok hun?? Reply: no"]))],
   exp=E("follow_up", urgent=True, children=[("Tia Morgan", None)], concerns=["physical_harm"], action="alert_duty"),
   why="Reply to [SB-herefordshire-340] whose attached .docx transcript carries a 15-year-old's post: hit in the face and thrown out at 2am, sleeping in a bus shelter now -> urgent follow_up, alert_duty (at 08:20, before office hours: out-of-hours alert).")

mk("herefordshire_07.eml", "herefordshire", "mash_step_up", "ordinary", "2058-10-21 10:10",
   "Ellis Pugh <ellis.pugh@herefordshire.gov.uk>",
   "Step up request - Jacob Tranter Mosaic 779662",
   T("""
Hello MASH,

I'd like to step up Jacob Tranter (DOB 12/12/2049), Mosaic 779662, from Early Help. Home
conditions have not improved in six months of support and Jacob is often hungry. My manager,
Anwen Price, has agreed. Mum is aware. Neighbours have also been posting about the state of the
garden on the Bromyard community page, which has upset mum.

Ellis Pugh
Early Help Practitioner
"""),
   exp=E("step_up", case_ids=["779662"], children=[("Jacob Tranter", "2049-12-12")], concerns=["neglect"], manager=True,
         action="human_review"),
   why="A step-up sent to Herefordshire, whose protocol defines no step_up -> human_review, missing [] and notice null; 'mum is aware' is not consent.")

mk("herefordshire_08.eml", "herefordshire", "mash_step_up", "near_miss", "2058-12-16 15:45",
   "Cllr Rosemary Hinton <cllr.rosemary.hinton@herefordshire.gov.uk>",
   "Forum thread about the old Bodenham children's home",
   T("""
Dear colleagues,

A thread on the Herefordshire Voices forum has reopened discussion of the abuse at the former
Bodenham children's home in the 1980s and 1990s. Residents (now adults) are asking whether the
council will say anything. No child today is involved, and the home closed in 1998.

I'm passing this to the communications team too; I'm copying you only so you are aware if
anyone calls. Any adult wanting to report historic abuse should go to the police.

Kind regards
Cllr Rosemary Hinton
"""), flowed=True,
   exp=E("other", action="human_review"),
   why="Near miss: a councillor passes on a forum thread about historic abuse at a children's home closed in 1998; no current child -> other, human_review.")

# ================================================================= self-checks and output
def readable_text(msg):
    parts = [msg.get("Subject", ""), msg.get("From", "")]
    for p in msg.walk():
        if p.is_multipart():
            continue
        data = p.get_payload(decode=True) or b""
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                parts.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8")))
        else:
            parts.append(data.decode(p.get_content_charset() or "latin-1", "replace"))
    return re.sub(r"\\,", ",", "\n".join(parts).replace("\r\n ", ""))

def check():
    errs = []
    files = [m[0] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40: errs.append("need 40 distinct files")
    for a in MB:
        names = sorted(f for f in files if f.startswith(a + "_"))
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errs.append("8 per authority: " + a)
    cats = {}
    for file, auth, box, cat, m, now, exp, why, local in MAILS:
        cats[cat] = cats.get(cat, 0) + 1
        raw = m.as_bytes()
        p = email.message_from_bytes(raw, policy=email.policy.default)
        if p.defects: errs.append("%s defects %s" % (file, p.defects))
        d = email.utils.parsedate_to_datetime(p["Date"])
        if d.utcoffset() != local.utcoffset(): errs.append(file + " offset")
        if not is_wd(d.date()) or not (TERM[0] <= d.date() <= TERM[1]): errs.append(file + " not a working day in term")
        if not now > d: errs.append(file + " now not after Date")
        if p["To"] != MB[auth][0 if box == "mash_step_up" else 1]: errs.append(file + " mailbox")
        if (cat == "urgent") != exp["urgent"]: errs.append(file + " category/urgent mismatch")
        if exp["urgent"] and exp["next_action"] != "alert_duty": errs.append(file + " urgent action")
        if cat == "urgent":
            hit = BANNED.findall(readable_text(p))
            if hit: errs.append("%s banned words %s" % (file, hit))
        if exp["concerns"] != sorted(exp["concerns"]) or exp["missing"] != sorted(exp["missing"]): errs.append(file + " sort")
        if exp["kind"] in ("other", "follow_up", "meeting_reply", "auto_reply") and (exp["missing"] or exp["notice_ok"] is not None):
            errs.append(file + " no requirements for this kind")
        if auth != "knowsley" and exp["notice_ok"] is not None: errs.append(file + " notice only for Knowsley")
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11: errs.append("category counts %s" % cats)
    # Knowsley notice arithmetic, recomputed
    meetings = {"knowsley_01.eml": date(2058, 9, 25), "knowsley_04.eml": date(2058, 10, 17), "knowsley_05.eml": date(2058, 11, 20),
                "knowsley_06.eml": date(2058, 11, 13), "knowsley_07.eml": date(2058, 12, 13)}
    for file, auth, box, cat, m, now, exp, why, local in MAILS:
        if file in meetings:
            ok = wd_between(now.date(), meetings[file]) >= 5
            if ok != exp["notice_ok"]: errs.append(file + " notice arithmetic")
    try:
        import holidays
        hs = set(holidays.UK(subdiv="ENG", years=2058).keys())
        if hs != BANK_HOLIDAYS: errs.append("bank holiday list disagrees with holidays package")
    except ImportError:
        pass
    return errs, cats

if __name__ == "__main__":
    errs, cats = check()
    if errs:
        print("\n".join(errs)); sys.exit(1)
    labels, categories = [], {}
    for file, auth, box, cat, m, now, exp, why, local in MAILS:
        with open(os.path.join(HERE, file), "wb") as f:
            f.write(m.as_bytes())
        labels.append({"file": file, "authority": auth, "mailbox": box, "now": now.isoformat(), "expect": exp, "why": why})
        categories[file] = cat
    labels.sort(key=lambda e: e["file"])
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False); f.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as f:
        json.dump(dict(sorted(categories.items())), f, indent=1); f.write("\n")
    # re-read what was written
    for e in labels:
        with open(os.path.join(HERE, e["file"]), "rb") as f:
            email.message_from_binary_file(f, policy=email.policy.default)
    print("OK: 40 files, categories %s" % cats)
