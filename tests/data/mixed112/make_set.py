#!/usr/bin/env python3
"""mixed112: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and the parse fields -
over the autumn term of 2033 (Thursday 1 September - Friday 16 December 2033), in parents asking for help for
themselves: self-referrals, a father who cannot cope since his wife left, a parent whose drinking is back, a mum who
says she has nothing left, a parent forwarding her own GP letter, parents asking how to refer themselves to Early
Help, a complaint about a worker and a withdrawal of consent, alongside practitioners' step-up and step-down
requests, follow-ups, meeting replies and out-of-office mail.

Deterministic (no clock, no randomness): boundaries and Message-IDs come from sha1 of the file name. Only the
standard library is used (PDFs and .docx are hand-built). Written from the specification only; the parser was never
read or run. Every label was set by hand; the self-checks verify them against the rules and STOP before writing
anything if one fails.
"""
import hashlib, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from email.mime.base import MIMEBase
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WIN_START, WIN_END = date(2033, 9, 1), date(2033, 12, 16)
# England & Wales bank holidays 2033-34 (checked against the `holidays` package, GB/ENG): none fall inside the
# window; Late Summer Bank Holiday (29 Aug) is before it; Christmas Day is a Sunday, so Boxing Day Mon 26 Dec and
# Christmas Day (substitute) Tue 27 Dec; New Year's Day 2034 is a Sunday, so Mon 2 Jan 2034 is the bank holiday.
BANK_HOLIDAYS = {date(2033, 8, 29), date(2033, 12, 26), date(2033, 12, 27), date(2034, 1, 2)}

MAILBOXES = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}

BANNED = [r"\burgent", r"\bimmediate", r"\bemergenc", r"\bat[\s-]+risk\b", r"\brisk of harm\b", r"\bdanger",
          r"\basap\b"]


def sha(s, salt=""):
    return hashlib.sha1((s + salt).encode()).hexdigest()


def L(s):
    """local wall-clock time in Europe/London"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def working_days_between(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n


# ---------------------------------------------------------------- documents ----------------------------------------
def make_pdf(lines):
    def esc(t):
        t.encode("latin-1")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y, ops = 800, ["BT", "/F1 10 Tf"]
    first = True
    for ln in lines:
        if first:
            ops.append("50 %d Td" % y)
            first = False
        else:
            ops.append("0 -14 Td")
        ops.append("(%s) Tj" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def pdf_text(data):
    return "\n".join(re.sub(r"\\([()\\])", r"\1", m.group(1).decode("latin-1"))
                     for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data))


def make_docx(paras):
    from xml.sax.saxutils import escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2033, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return "\n".join(re.sub(r"<[^>]+>", "", p) for p in x.split("</w:p>"))


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b" " + b[cut:]
    out.append(b.decode())
    return "\r\n".join(out)


VTZ = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
       "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
       "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
       "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def ics(method, uid, start, minutes, summary, organizer, attendees, location="Microsoft Teams Meeting",
        partstat=None, comment=None, stamp=None, seq=0):
    end = start + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + method] + VTZ + ["BEGIN:VEVENT"]
    lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, em in attendees:
        ps = partstat if (partstat and method == "REPLY") else "NEEDS-ACTION"
        lines.append("ATTENDEE;CN=%s;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (cn, ps, em))
    if comment:
        lines.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    lines += ["DTSTART;TZID=GMT Standard Time:" + start.strftime(f),
              "DTEND;TZID=GMT Standard Time:" + end.strftime(f),
              "DTSTAMP:" + (stamp or start).astimezone(ZoneInfo("UTC")).strftime(f) + "Z",
              "UID:" + uid, "SEQUENCE:%d" % seq, "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
              "LOCATION:" + ics_escape(location), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n")


# ---------------------------------------------------------------- mail builder -------------------------------------
def html_of(text):
    import html
    paras = text.strip("\n").split("\n\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">' + "".join(
                "<p>%s</p>" % "<br>".join(html.escape(l) for l in p.split("\n")) for p in paras) +
            "</div></body></html>\n")


def mail(fname, authority, mailbox, sent, frm, subject, text, style="plain", cc=None, to=None, attachments=(),
         extra_headers=(), html_text=None, reply_to_ref=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to or MAILBOXES[authority][mailbox]
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(sent)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%s@%s>" % (sha(fname, "mid")[:30].upper(), dom)
    if reply_to_ref:
        m["In-Reply-To"] = "<%s@stepbot.%s.invalid>" % (sha(reply_to_ref)[:20], authority)
        m["References"] = m["In-Reply-To"]
    for k, v in extra_headers:
        m[k] = v
    if style == "html_only":
        m.set_content(html_text or html_of(text), subtype="html")
    else:
        m.set_content(text)
        if style == "twin":
            m.add_alternative(html_text or html_of(text), subtype="html")
    for fn, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    _set_boundaries(m, fname)
    return m


def _set_boundaries(m, fname, n=[0]):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%s" % (i, sha(fname, "b%d" % i)[:24]))
            i += 1


def itip_reply(fname, authority, mailbox, sent, frm_name, frm_addr, subject, cal, text, to=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = "%s <%s>" % (frm_name, frm_addr)
    m["To"] = to or MAILBOXES[authority][mailbox]
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(sent)
    m["Message-ID"] = "<%s@%s>" % (sha(fname, "mid")[:30].upper(), frm_addr.split("@")[1])
    m.set_content(text)
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    _set_boundaries(m, fname)
    return m


# ---------------------------------------------------------------- the set ------------------------------------------
SET = []  # (fname, authority, mailbox, category, message, now, expect, why, meeting_date or None)


def add(fname, authority, mailbox, category, msg, now, expect, why, meeting=None):
    base = {"kind": None, "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
            "consent": None, "manager_agreed": None, "missing": [], "notice_ok": None, "next_action": None}
    base.update(expect)
    base["concerns"] = sorted(base["concerns"])
    base["missing"] = sorted(base["missing"])
    SET.append(dict(file=fname + ".eml", authority=authority, mailbox=mailbox, category=category, msg=msg,
                    now=now, expect=base, why=why, meeting=meeting))


def C(name, dob=None):
    return {"name": name, "dob": dob}


IPHONE = [("X-Mailer", "iPhone Mail (21A351)")]
ANDROID = [("X-Mailer", "Android Mail")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "x")]

# ================================ KNOWSLEY =========================================================================
A = "knowsley"

s = L("2033-10-02 02:13")
add("knowsley_01", A, "early_help_duty", "urgent", mail(
    "knowsley_01", A, "early_help_duty", s, "Chloe Rimmer <chloe.rimmer92@icloud.com>",
    "please can someone ring me",
    """Sorry to email this address at this time of night, Dionne my family first worker gave it me for if I needed anything.

Ivy-Rose wont stop crying. Shes been going since 11. Ive put her in her pram out in the back garden and shut the back door because I cant stop it and I dont trust myself in the same room as her right now. I keep thinking about putting the pillow over her face just so it stops. Ive been sat on the kitchen floor for ages. Her dad is in Manchester and my mum isnt answering.

Please can someone ring me 07700 900417. 9 Orchard Walk, Stockbridge Village.

The number on the letter you sent is EHM-61734 if that helps

Chloe (Ivy-Rose Rimmer's mum, she's 7 weeks)

Sent from my iPhone""", extra_headers=IPHONE),
    "2033-10-02T02:20:00+01:00",
    dict(kind="other", urgent=True, case_ids=["EHM-61734"], children=[C("Ivy-Rose Rimmer")],
         concerns=["parental_mental_health"], next_action="alert_duty"),
    "DESIGN safety rule 1: a mother at 02:13 on a Sunday has put her 7-week-old out in the garden and says she does "
    "not trust herself with her (pillow thoughts) - an immediate risk now, told in plain words -> urgent, alert_duty "
    "(out of hours); a self-referral, not a step request, so kind other and missing [].")

s = L("2033-10-04 10:12")
meet = L("2033-10-12 10:00")
k2_text = """Good morning,

Please find attached a step-up request to Children's Social Care for the Gallagher family (EHM-62290).

Children:
Riley Gallagher, DOB 14/03/2022
Skye Gallagher, DOB 2.11.2019

Dad, Lee Gallagher, referred himself to Family First in July after his wife left the family home. He told us then he "can't cope" and since the summer the home conditions have deteriorated significantly: little food in the house, the children arriving at nursery and school hungry and in the same clothes, untreated head lice, and dad's low mood is worsening (he is now under the GP for depression). The Graded Care Profile 2 completed on 27 September shows care below the threshold in the physical care and safety areas.

Attached:
- FF Step Up request - Gallagher.docx (step-up form)
- GCP2 Gallagher 27.09.33.docx
- TAF minutes 21.09.33 Gallagher.pdf

I have discussed this with my Team Manager, Ruth Kinsella, in supervision yesterday and she has agreed the step-up.

The step-up TAF meeting is on Wednesday 12 October 2033 at 10:00 on Teams; the invitation is attached and I have invited the current TAF members. Lee is aware and will attend.

Kind regards

Bethan Oyelaran-Hughes
Family First Case Manager (Level 3)
Knowsley Council | 0151 496 0327"""
k2_ics = ics("REQUEST", sha("knowsley_02", "uid")[:32] + "@knowsley.gov.uk", meet, 90,
             "Step-up TAF meeting - Gallagher (EHM-62290)",
             ("Bethan Oyelaran-Hughes", "bethan.oyelaran-hughes@knowsley.gov.uk"),
             [("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
              ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")], stamp=s)
add("knowsley_02", A, "mash_step_up", "ordinary", mail(
    "knowsley_02", A, "mash_step_up", s, "Bethan Oyelaran-Hughes <bethan.oyelaran-hughes@knowsley.gov.uk>",
    "Step up request - Gallagher - EHM-62290 - TAF Weds 12/10 10am", k2_text, style="twin",
    cc="Mash.Businesssupport@knowsley.gov.uk", extra_headers=OUTLOOK,
    attachments=[("FF Step Up request - Gallagher.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-62290",
                             "Has this family recently closed to Children's Social Care?: No",
                             "Date of step up TAF meeting: Wednesday 12 October 2033, 10:00",
                             "Level of Engagement: medium - dad engages when prompted",
                             "Recent TAF meeting minutes attached: yes",
                             "What are we worried about? Hunger, hygiene, home conditions; dad's depression.",
                             "What is working well? Dad asked for help himself; school and nursery attendance good.",
                             "What next? Children and Families assessment; GP review of dad's medication.",
                             "Graded Care profile: completed 27/09/2033, attached.",
                             "Agreement by line manager: Ruth Kinsella, Team Manager, 03/10/2033",
                             "Contingency plan: daily check-in by school; food parcel weekly."])),
                 ("GCP2 Gallagher 27.09.33.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(["Graded Care Profile 2 (GCP2)", "Family: Gallagher", "Completed 27/09/2033",
                             "Physical care: grade 4", "Safety: grade 4", "Love: grade 2", "Esteem: grade 2"])),
                 ("TAF minutes 21.09.33 Gallagher.pdf", "application/pdf",
                  make_pdf(["TAF meeting minutes - Gallagher family - 21/09/2033",
                            "Present: Lee Gallagher (dad), B Oyelaran-Hughes (FF), school DSL, nursery manager",
                            "Actions: GP appointment for dad; food bank referral; GCP2 to be completed."])),
                 ("invite.ics", "text/calendar", k2_ics)]),
    "2033-10-04T10:20:00+01:00",
    dict(kind="step_up", case_ids=["EHM-62290"],
         children=[C("Riley Gallagher", "2022-03-14"), C("Skye Gallagher", "2019-11-02")],
         concerns=["neglect", "parental_mental_health"], manager_agreed=True, missing=[], notice_ok=True,
         next_action="book_meeting"),
    "Complete Knowsley step-up (form, TAF minutes, GCP2 for neglect, EHM id, TM agreed, TAF meeting given): notice "
    "Tue 4 Oct -> Wed 12 Oct 2033 = 6 working days >= 5, so book_meeting; a father's own self-referral is history.",
    meeting=meet)

s = L("2033-09-08 13:40")
add("knowsley_03", A, "early_help_duty", "near_miss", mail(
    "knowsley_03", A, "early_help_duty", s, "Sinead Farrell <sineadfarrell.x@gmail.com>",
    "parenting course - bedtimes?",
    """Hiya,

My health visitor said to email this address about the Triple P course. Is there one starting this term near Kirkby? Evenings would be best as I work days.

It's mainly bedtimes. My two, Callum Farrell (7) and Niamh Farrell (4), are up and down till gone 10 every night and by then I've got nothing left in me. I sometimes feel like walking out but I never would, I love the bones of them. I'm not depressed or anything, I'm just tired and I need some ideas that actually work.

Thanks

Sinead Farrell
07700 900562""", style="twin"),
    "2033-09-08T13:48:00+01:00",
    dict(kind="other", children=[C("Callum Farrell"), C("Niamh Farrell")], concerns=[], next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: negated and hypothetical): 'I sometimes feel like walking out but I never would' "
    "and 'not depressed' in a mother's question about a parenting course -> not urgent; an enquiry, so kind other, "
    "human_review.")

s = L("2033-12-05 11:05")
meet = L("2033-12-09 13:30")
add("knowsley_04", A, "early_help_duty", "ordinary", mail(
    "knowsley_04", A, "early_help_duty", s, "Tomasz Wróbel <tomasz.wrobel@knowsley.gov.uk>",
    "Step down to Family First Level 3 - Mia-Grace Lunt - ICS-1407735",
    """Hello Family First duty,

I'd like to step Mia-Grace Lunt (DOB 21st June 2018, ICS-1407735) down to Family First at Level 3.

Mum, Karen Lunt, asked us for help herself last year when her drinking had got out of hand. She has now been sober for six months, is engaging with Change Grow Live and the CIN plan is coming to an end. Karen has given her consent to the referral to Family First.

Joint home visit: Friday 9 December 2033 at 1.30pm, at the family home, 14 Ashcroft Road, Huyton L36 9XX. Could a Family First case manager come with me?

What are we worried about?
That mum relapses over Christmas, which was her hardest time before, and that Mia-Grace's attendance slips again.

What is working well?
Mum is six months sober, testing negative, has a sponsor and a good friend next door. Mia-Grace is settled at school and says home is "calm now".

What needs to happen?
Family First to help mum with a relapse-prevention plan over the holidays and a routine for mornings; school to keep a daily check on Mia-Grace.

Thanks,
Tomasz Wróbel
Social Worker, Child in Need Team 2
Knowsley Council""", extra_headers=OUTLOOK),
    "2033-12-05T11:12:00+00:00",
    dict(kind="step_down", level=3, case_ids=["ICS-1407735"], children=[C("Mia-Grace Lunt", "2018-06-21")],
         concerns=["school_attendance", "substance_misuse"], consent=True, missing=[], notice_ok=False,
         next_action="request_info"),
    "Knowsley level 3 step-down complete (joint home visit date, time and venue; all three Signs of Safety headings; "
    "consent) but notice is short: Mon 5 Dec -> Fri 9 Dec 2033 = 4 working days < 5, so request_info.",
    meeting=meet)

s = L("2033-10-19 23:41")
add("knowsley_05", A, "mash_step_up", "urgent", mail(
    "knowsley_05", A, "mash_step_up", s, "Darren Doyle <daz.doyle84@hotmail.co.uk>",
    "Kai and Lexi",
    """I've taken all my tablets. The whole box of sertraline and the co-codamol, about half an hour ago.

The kids are asleep upstairs. Kai is 6 and Lexi is 4. Their mum left in August and I can't do it anymore, I've tried. I'm writing this so somebody knows they're in the house. The back door is unlocked, 23 Brookside Close, Prescot.

I'm sorry.
Darren Doyle"""),
    "2033-10-19T23:47:00+01:00",
    dict(kind="other", urgent=True, children=[C("Kai Doyle"), C("Lexi Doyle")],
         concerns=["parental_mental_health"], next_action="alert_duty"),
    "DESIGN safety rule 1: at 23:41 a father says he has taken an overdose half an hour ago and his 6- and 4-year-old "
    "are asleep upstairs with no other adult - immediate risk now -> urgent, alert_duty out of hours (the EDT).")

s = L("2033-11-15 09:30")
add("knowsley_06", A, "early_help_duty", "near_miss", mail(
    "knowsley_06", A, "early_help_duty", s, "Abimbola Eze <abimbola.eze@knowsley.gov.uk>",
    "RE: Step-down received [SB-knowsley-4471] - Theo Ashworth",
    """Hi,

Just adding a note to this one before the joint visit, as mum asked me to pass it on to whoever the Family First case manager will be. Her words (text this morning):

"Last month I had one really bad night where I rang the crisis line because I thought I might hurt myself. I didn't, and since the new medication I've been sleeping and I feel like me again. I'd rather the new worker heard it from me than read it."

For clarity: that was on 10 October, it was reviewed by the perinatal team the next day, there are no current concerns and the visit on 22 November stands. Theo (ICS-1398821) is doing well.

Thanks
Abimbola Eze
Social Worker, Knowsley CSC

-----Original Message-----
From: stepbot
Sent: 10 November 2033 14:02
Subject: Step-down received [SB-knowsley-4471] - Theo Ashworth

Thank you. Your step-down for Theo Ashworth has been received and is complete.
""", reply_to_ref="SB-knowsley-4471"),
    "2033-11-15T09:38:00+00:00",
    dict(kind="follow_up", case_ids=["ICS-1398821"], children=[C("Theo Ashworth")],
         concerns=["parental_mental_health"], next_action="attach_to_request"),
    "NEAR MISS (DESIGN safety rule 1: historic and resolved): a mother's bad night 'last month', reviewed the next "
    "day, 'no current concerns'; a reply to [SB-knowsley-4471] -> follow_up, attach_to_request, not urgent.")

s = L("2033-11-25 14:02")
add("knowsley_07", A, "mash_step_up", "ordinary", mail(
    "knowsley_07", A, "mash_step_up", s, "Dionne McCabe <dionne.mccabe@knowsley.gov.uk>",
    "Automatic reply: Step up request - Rimmer - EHM-61734",
    """Thank you for your email. I am on annual leave until Monday 5 December 2033 with no access to email.

For Family First queries please contact the duty mailbox FamilyFirst0-18DutyMailbox@knowsley.gov.uk. If you have an immediate safeguarding concern about a child please contact the MASH duty social work team, or in an emergency call 999.

Dionne McCabe
Family First Case Manager""",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("Precedence", "auto_reply")] + OUTLOOK),
    "2033-11-25T14:05:00+00:00",
    dict(kind="auto_reply", next_action="ignore"),
    "Outlook out-of-office (Auto-Submitted: auto-replied): DESIGN safety rule 2 -> auto_reply, ignore; its "
    "boilerplate about immediate concerns and 999 is not a risk.")

s = L("2033-10-06 15:15")
k8_cal = ics("REPLY", sha("knowsley_02", "uid")[:32] + "@knowsley.gov.uk", L("2033-10-12 10:00"), 90,
             "Step-up TAF meeting - Gallagher (EHM-62290)",
             ("Bethan Oyelaran-Hughes", "bethan.oyelaran-hughes@knowsley.gov.uk"),
             [("Yetunde Halloran", "yetunde.halloran@nhs.net")], partstat="TENTATIVE",
             comment="Clinic clash at 10 - trying to swap it. HV report will come before the meeting either way.",
             stamp=s)
add("knowsley_08", A, "mash_step_up", "ordinary", itip_reply(
    "knowsley_08", A, "mash_step_up", s, "Yetunde Halloran", "yetunde.halloran@nhs.net",
    "Tentative: Step-up TAF meeting - Gallagher (EHM-62290)", k8_cal,
    "Clinic clash at 10 - trying to swap it. HV report will come before the meeting either way.\n"),
    "2033-10-06T15:20:00+01:00",
    dict(kind="meeting_reply", next_action="record_reply"),
    "iTIP REPLY (METHOD:REPLY, PARTSTAT=TENTATIVE) from a health visitor with a COMMENT about a clinic clash -> "
    "meeting_reply, record_reply.")

# ================================ RICHMOND & WANDSWORTH ============================================================
A = "richmond_wandsworth"

s = L("2033-10-14 19:06")
add("richmond_wandsworth_01", A, "early_help_duty", "urgent", mail(
    "richmond_wandsworth_01", A, "early_help_duty", s, "Blessing Adeyemi <blessingadeyemi.7@gmail.com>",
    "hes here",
    """Jess said to email if anything happened. Marcus has turned up drunk and he's kicking the front door, the glass has cracked already. Me and the kids are in the back bedroom with the chest of drawers against the door. Amara is 9 and Tobi is 5, Tobi won't stop crying. He is shouting he'll kill me when he gets in. My phone is on 8%.

Flat 3, 41 Garratt Lane SW18.

Blessing (mum of Amara and Tobi Adeyemi)

Sent from my Android""", extra_headers=ANDROID),
    "2033-10-14T19:12:00+01:00",
    dict(kind="other", urgent=True, children=[C("Amara Adeyemi"), C("Tobi Adeyemi")],
         concerns=["domestic_abuse", "substance_misuse"], next_action="alert_duty"),
    "DESIGN safety rule 1: a drunk ex-partner is kicking the door in now, threatening to kill the mother, with a 9- "
    "and 5-year-old inside (Friday 19:06, out of hours) -> urgent, alert_duty; no alarm words.")

s = L("2033-09-20 10:40")
add("richmond_wandsworth_02", A, "mash_step_up", "ordinary", mail(
    "richmond_wandsworth_02", A, "mash_step_up", s,
    "Oluwaseun Bakare <oluwaseun.bakare@richmondandwandsworth.gov.uk>",
    "Step Up to Children's Services - Pennington - Mosaic 2214806",
    """Dear MASH colleagues,

Following a reflective discussion with Early Help practitioner Holly Ng yesterday, I have agreed that the Pennington family should step up to Children's Services.

Children: Jayden Pennington (DOB 03/05/2017) and Poppy Pennington (DOB 30/01/2021). Mosaic ID 2214806.

Rationale for step up
Mum, Hayley Pennington, first came to Early Help herself in January asking for support to stay sober. Last Friday she told Holly that her drinking is back: she is drinking from mid-morning most days and Jayden (16) has become a young carer, getting Poppy up and to nursery. Two missed nursery pick-ups in a fortnight; Poppy was collected by a neighbour. The Early Help plan has not been able to hold this and the children's needs now sit above Early Help.

Hayley knows we are stepping up and has agreed to it.

The latest case summary is attached.

Kind regards
Oluwaseun Bakare
Early Help Team Manager (Wandsworth South)""", style="twin", extra_headers=OUTLOOK,
    attachments=[("Case summary - Pennington - Sept 2033.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(["Case summary", "Family: Pennington (Mosaic 2214806)",
                             "Jayden Pennington 03/05/2017; Poppy Pennington 30/01/2021",
                             "Mum self-referred January 2033 for alcohol support; relapse reported 16/09/2033."]))]),
    "2033-09-20T10:48:00+01:00",
    dict(kind="step_up", case_ids=["2214806"],
         children=[C("Jayden Pennington", "2017-05-03"), C("Poppy Pennington", "2021-01-30")],
         concerns=["substance_misuse", "young_carer"], consent=True, manager_agreed=True, missing=[],
         next_action="book_meeting"),
    "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (case summary attached, rationale under "
    "its heading): book_meeting (MASH business support invite within 1 WD); 'Mosaic ID 2214806' -> '2214806'.")

s = L("2033-11-09 12:20")
add("richmond_wandsworth_03", A, "early_help_duty", "near_miss", mail(
    "richmond_wandsworth_03", A, "early_help_duty", s,
    "Grace Omondi <grace.omondi@richmondandwandsworth.gov.uk>",
    "Poem for the parents' group newsletter - OK to print?",
    """Hi both,

One of the mums from the Tuesday group (Dani) has written this and would like it in the winter newsletter, first name only. Could someone on duty check it's OK for us to print? She is doing really well now and we are planning to close in December.

    3am, last winter

    I stood by the cot at 3am
    and wanted to run, and keep running,
    the crying a wall I couldn't climb.
    I didn't run. I rang my sister.
    I put him down and let him cry
    and sat on the stairs till it was light.

    This winter he laughs at the rain.
    I sleep. I ask for help
    before the wall gets high.

Thanks,
Grace
Early Help Practitioner, Richmond""", style="html_only"),
    "2033-11-09T12:30:00+00:00",
    dict(kind="other", concerns=[], next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: historic and resolved): a parent's poem about 'last winter' at 3am, now well, "
    "sent for a newsletter -> not urgent; kind other, human_review; no child named.")

s = L("2033-09-26 08:05")
add("richmond_wandsworth_04", A, "early_help_duty", "ordinary", mail(
    "richmond_wandsworth_04", A, "early_help_duty", s, "Rukhsana Hussain <rukhsana.h@outlook.com>",
    "COMPLAINT about my worker",
    """To whoever reads this

I want to make a formal complaint about Lorna Fitch. She turned up FORTY minutes late on Thursday without even a text, then talked about my business to my neighbour on the landing, and now I've read in the plan that I'm "chaotic". I asked YOU for help, I came to you, and this is how I get treated?? I am not chaotic, I work 30 hours a week and my daughter has never missed a day of school.

I want a different worker and I want that word taken out. I'm not pulling out of Early Help because Zainab needs the help with her anxiety but I won't have Lorna in my house again.

My daughter is Zainab Hussain DOB 12.12.2016. Reference on the letter 2233410.

Rukhsana Hussain"""),
    "2033-09-26T08:12:00+01:00",
    dict(kind="other", case_ids=["2233410"], children=[C("Zainab Hussain", "2016-12-12")], concerns=[],
         next_action="human_review"),
    "A parent's complaint about her Early Help worker (angry capitals): no step request -> kind other, human_review; "
    "consent null (she is staying with Early Help, nothing given or withdrawn); DOB 12.12.2016 read day-first.")

s = L("2033-11-03 11:25")
add("richmond_wandsworth_05", A, "mash_step_up", "urgent", mail(
    "richmond_wandsworth_05", A, "mash_step_up", s,
    "Rhiannon Pryce-Evans <rhiannon.pryce-evans@richmondandwandsworth.gov.uk>",
    "FW: message from Noah Whitfield's mum just now",
    """MASH - this isn't a planned step-up, I'm forwarding it so it's seen straight away as I can't get through on the duty line. Mum (Leanne Whitfield) sent this to me on WhatsApp at 10.58. She isn't answering my calls. I'm on my way but I'm 40 minutes away in Kingston. My TM Sanjay knows.

Noah Whitfield, born 2 March 2032 (20 months), Mosaic 2240917. Address 6 Larkhall Rise, Clapham... sorry, 6 Larkhall Court, Battersea SW11.

Rhiannon Pryce-Evans
Early Help Practitioner

---------- Forwarded message ----------
From: Leanne (WhatsApp), today 10:58

I can't do this anymore. I've shut myself in the bedroom because if I go out there I'll hurt him. He's been screaming for an hour. I've already shaken him once today. please send someone""", extra_headers=OUTLOOK),
    "2033-11-03T11:30:00+00:00",
    dict(kind="other", urgent=True, case_ids=["2240917"], children=[C("Noah Whitfield", "2032-03-02")],
         concerns=["parental_mental_health", "physical_harm"], next_action="alert_duty"),
    "DESIGN safety rule 1 (forwarded text is read): a mother says she has already shaken her 20-month-old today and "
    "will hurt him if she goes out to him; worker 40 minutes away -> urgent, alert_duty; 'TM knows' is no agreement.")

s = L("2033-09-06 20:45")
add("richmond_wandsworth_06", A, "early_help_duty", "near_miss", mail(
    "richmond_wandsworth_06", A, "early_help_duty", s, "Céline Moreau-Okafor <celine.moreau.okafor@gmail.com>",
    "How do I refer myself to Early Help?",
    """Hello,

Can a parent refer herself to Early Help, or does it have to come from the school? I found this address on the council website.

I want to be clear first that nobody is in any harm and nothing bad has happened - my children, Elodie Moreau-Okafor (10) and Bastien Moreau-Okafor (6), are safe and happy and doing well at school. It is me who is struggling. Since I lost my job in June I have been low and my GP says it is depression. I am on the waiting list for talking therapy but it is 4 months. Some practical help with the mornings and someone to talk to about the children's worries would make a big difference.

What is the process please, and is there a form?

Many thanks,
Céline Moreau-Okafor""", style="twin"),
    "2033-09-06T20:52:00+01:00",
    dict(kind="other", children=[C("Elodie Moreau-Okafor"), C("Bastien Moreau-Okafor")],
         concerns=["parental_mental_health"], next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: negated): 'nobody is in any harm', 'safe and happy'; a mother asks how to refer "
    "herself for her depression -> not urgent; an enquiry, kind other, human_review.")

s = L("2033-11-23 14:30")
add("richmond_wandsworth_07", A, "early_help_duty", "ordinary", mail(
    "richmond_wandsworth_07", A, "early_help_duty", s,
    "Priyanka Venkataraman <priyanka.venkataraman@richmondandwandsworth.gov.uk>",
    "Step down to Early Help - Lloyd family - Mosaic 2198776",
    """Dear Early Help Duty Team Manager,

Further to our call this morning, confirming the step-down case discussion for the Lloyd family on Monday 28 November 2033 at 10:00 (Teams).

Children: Evie Lloyd (09/08/2015) and Harri Lloyd (17/04/2019), Mosaic 2198776.

Dad, Gareth Lloyd, came to us himself in the spring saying he couldn't cope after his wife left. Eight months on he is on medication and stable, back at work part-time, and the children's routines are good. The CIN plan is ready to close. Gareth has given consent for Early Help to continue the plan.

My Team Manager, Olu Adebisi, has agreed the step-down and will join the discussion.

Attached: latest case summary and the draft Early Help plan.

Kind regards
Priyanka Venkataraman
Social Worker, Wandsworth Child in Need""", style="twin", extra_headers=OUTLOOK,
    attachments=[("Case summary Lloyd Nov 2033.pdf", "application/pdf",
                  make_pdf(["Case summary - Lloyd family - Mosaic 2198776",
                            "Evie Lloyd 09/08/2015, Harri Lloyd 17/04/2019",
                            "Father self-referred March 2033 (low mood after separation). Now stable."])),
                 ("Draft Early Help plan - Lloyd.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(["Draft Early Help plan", "Family: Lloyd", "Outcome 1: Dad keeps routines and GP reviews.",
                             "Outcome 2: Evie's school worries - ELSA sessions."]))]),
    "2033-11-23T14:38:00+00:00",
    dict(kind="step_down", case_ids=["2198776"], children=[C("Evie Lloyd", "2015-08-09"), C("Harri Lloyd", "2019-04-17")],
         concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
         next_action="book_meeting"),
    "Complete Richmond & Wandsworth step-down (case summary, draft plan, consent), the discussion agreed by phone for "
    "Mon 28 Nov (within 5 days of the contact): book_meeting; no notice period in the parse contract.")

s = L("2033-09-30 16:10")
add("richmond_wandsworth_08", A, "mash_step_up", "ordinary", mail(
    "richmond_wandsworth_08", A, "mash_step_up", s, "Holly Ng <holly.ng@richmondandwandsworth.gov.uk>",
    "RE: Step-up received [SB-richmond_wandsworth-2087] - Pennington - mum withdraws consent",
    """Hi MASH,

Update for the Pennington step-up (Jayden Pennington and Poppy Pennington, Mosaic 2214806). Hayley rang me this afternoon and then texted: "I don't want social services, I take back my consent. I've been to AA three times and I've done 2 weeks sober."

So mum has withdrawn her consent to the step-up. Oluwaseun is aware. Please can this go to the case discussion as it stands - we still think the step-up is needed.

Holly Ng
Early Help Practitioner

> Your step-up request for Jayden Pennington and Poppy Pennington has been received. Reference SB-richmond_wandsworth-2087.
""", reply_to_ref="SB-richmond_wandsworth-2087"),
    "2033-09-30T16:18:00+01:00",
    dict(kind="follow_up", case_ids=["2214806"], children=[C("Jayden Pennington"), C("Poppy Pennington")],
         concerns=["substance_misuse"], consent=False, next_action="attach_to_request"),
    "Reply to [SB-richmond_wandsworth-2087] saying mum has withdrawn her consent -> follow_up, consent false (stated "
    "as withdrawn), attach_to_request.")

# ================================ TOWER HAMLETS ====================================================================
A = "tower_hamlets"

s = L("2033-09-12 10:15")
add("tower_hamlets_01", A, "early_help_duty", "urgent", mail(
    "tower_hamlets_01", A, "early_help_duty", s, "Rokeya Begum <rokeya.begum1990@yahoo.co.uk>",
    "help please",
    """Hello

I am Rokeya Begum. My husband he left 2 month ago. I am alone with 3 children. Since 4 days I not eat. Today I can not get up from the bed, my head is very bad and I can not stop to cry. The baby Ayaan Ahmed (8 month) is crying since morning, nobody change him or feed him, I can not. The big ones Sumaiya Ahmed (9) and Rayhan Ahmed (7) are trying to look after him but they are small. I dont want to live like this anymore.

Please somebody come. Flat 12, Ocean Estate, Stepney E1. My phone 07700 900881.

Rokeya"""),
    "2033-09-12T10:20:00+01:00",
    dict(kind="other", urgent=True, children=[C("Ayaan Ahmed"), C("Sumaiya Ahmed"), C("Rayhan Ahmed")],
         concerns=["neglect", "parental_mental_health"], next_action="alert_duty"),
    "DESIGN safety rule 1: a mother (English not her first language) cannot get out of bed, has not fed or changed "
    "her 8-month-old since morning, older children 9 and 7 in charge, 'I dont want to live like this' -> urgent, "
    "alert_duty in office hours (MAST).")

s = L("2033-10-18 14:05")
add("tower_hamlets_02", A, "mash_step_up", "ordinary", mail(
    "tower_hamlets_02", A, "mash_step_up", s,
    "Shanice Adebayo-Clarke <shanice.adebayo-clarke@towerhamlets.gov.uk>",
    "Step up request - Kowalski children - Mosaic 2519044",
    """Dear MAST,

Please find attached a completed Multi-Agency Request for Support form to step up Oliwia Kowalska (DOB 05/01/2020) and Filip Kowalski (DOB 19/07/2024), Mosaic 2519044.

Their mum, Laura Kowalski, referred herself to Early Help in May saying she had "nothing left". Despite weekly visits, a food bank referral and a GP review, her depression has deepened: the flat is in a very poor state, Filip's health visitor checks have been missed twice and Oliwia has head lice and dental pain that have not been seen to. Laura agrees to this referral and would welcome a social worker.

I am discussing this with my manager in supervision on Thursday and will confirm her view then.

Kind regards
Shanice Adebayo-Clarke
Family Support Practitioner, Early Help (Bow)""", extra_headers=OUTLOOK,
    attachments=[("MARF Kowalski Oct 2033.pdf", "application/pdf",
                  make_pdf(["Multi-Agency Request for Support (MARF)", "Children: Oliwia Kowalska 05/01/2020; "
                            "Filip Kowalski 19/07/2024", "Mosaic 2519044", "Parental consent: yes (Laura Kowalski)",
                            "Reason: neglect of health and home conditions; maternal depression"]))]),
    "2033-10-18T14:12:00+01:00",
    dict(kind="step_up", case_ids=["2519044"],
         children=[C("Oliwia Kowalska", "2020-01-05"), C("Filip Kowalski", "2024-07-19")],
         concerns=["neglect", "parental_mental_health"], consent=True, manager_agreed=None,
         missing=["manager_agreed"], next_action="request_info"),
    "Tower Hamlets MAST step-up with the MARF but the manager has not yet agreed ('discussing ... on Thursday') -> "
    "manager_agreed null and missing, request_info.")

s = L("2033-09-29 09:50")
add("tower_hamlets_03", A, "early_help_duty", "near_miss", mail(
    "tower_hamlets_03", A, "early_help_duty", s, "Nasrin Chowdhury <nasrin.chowdhury@towerhamlets.gov.uk>",
    "Handout for the resource library - 'Coping with crying'",
    """Hi all,

Attached is the updated handout we give out at the end of week 3 of the Baby Steps parenting course. Could it go in the Early Help Hub resource library please, replacing the 2031 version? Translations into Bengali and Somali to follow.

Thanks
Nasrin
Parenting Practitioner, Early Help""", style="twin",
    attachments=[("Coping with crying - Baby Steps handout 2033.pdf", "application/pdf",
                  make_pdf(["Coping with crying - a handout for parents (Baby Steps, week 3)",
                            "All babies cry, and some cry for hours. It is normal to feel angry or desperate.",
                            "Some parents tell us: 'I put her down in the garden because I couldn't stand it' or",
                            "'I was scared I would hurt him'. If you feel like this, you are not a bad parent.",
                            "NEVER shake a baby. If you feel you might lose control:",
                            "1. Put your baby safely on their back in the cot and walk away.",
                            "2. Close the door, breathe, make a drink, ring a friend.",
                            "3. Check on your baby every 10-15 minutes.",
                            "4. If you ever feel you might harm your baby, call your health visitor, GP or 999.",
                            "This handout is for course members and is not about any particular family."]))]),
    "2033-09-29T09:58:00+01:00",
    dict(kind="other", concerns=[], next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: a handout listing examples): a parenting course's 'coping with crying' handout "
    "quoting what parents say, about no family -> not urgent; kind other, human_review.")

s = L("2033-11-02 11:45")
add("tower_hamlets_04", A, "early_help_duty", "ordinary", mail(
    "tower_hamlets_04", A, "early_help_duty", s, "Jamal Chowdhury <jamal.chowdhury@towerhamlets.gov.uk>",
    "Step down to Early Help - Siddiqui - Mosaic 2533178",
    """Dear Early Help Hub,

The Child and Family Assessment for the Siddiqui children concluded on 28 October 2033 with a recommendation to step down to a Team Around the Family.

Zara Siddiqui - DOB 14-Feb-2018
Adam Siddiqui - DOB 30-Jun-2021
Mosaic: 2533178

Dad, Imran Siddiqui, contacted us in the summer because he could not cope after his wife left; with support from his GP and his brother he now manages the children's care well. He consents to the step-down and to the TAF plan.

Lead Practitioner: Ms Farzana Haque, Family Support Worker, Columbia Primary School, who has agreed to take on the role.

I will chair the TAF meeting on Monday 7 November 2033 at 14:00 at Columbia Primary School.

The step-down has been agreed by my Team Manager. Attached are the C&F assessment and the draft TAF plan.

Regards
Jamal Chowdhury
Social Worker, Children's Social Care""", extra_headers=OUTLOOK,
    attachments=[("C&F Assessment - Siddiqui - 28.10.2033.pdf", "application/pdf",
                  make_pdf(["Child and Family Assessment - Siddiqui - concluded 28/10/2033",
                            "Outcome: step down to Team Around the Family (Early Help)."])),
                 ("TAF plan draft - Siddiqui.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(["Team Around the Family plan (draft)", "Lead Practitioner: Farzana Haque, Columbia "
                             "Primary School", "Goal: keep routines; after-school club for Zara; nursery for Adam."]))]),
    "2033-11-02T11:52:00+00:00",
    dict(kind="step_down", case_ids=["2533178"],
         children=[C("Zara Siddiqui", "2018-02-14"), C("Adam Siddiqui", "2021-06-30")],
         concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
         next_action="book_meeting"),
    "Complete Tower Hamlets step-down (C&F assessment, TAF plan, consent, named Lead Practitioner with agency); TAF "
    "Mon 7 Nov is within 10 WD of the assessment ending 28 Oct -> book_meeting.")

s = L("2033-11-22 12:40")
add("tower_hamlets_05", A, "mash_step_up", "urgent", mail(
    "tower_hamlets_05", A, "mash_step_up", s, "Dr Nkechi Obi-Walsh <nkechi.obi-walsh@nhs.net>",
    "Mrs Sadia Rahman and baby Zayan Rahman (DOB 09/08/2033) - seen in surgery today",
    """Dear MAST colleagues,

I saw Mrs Sadia Rahman (31) in surgery at 11.50 today with her son Zayan Rahman, DOB 09/08/2033 (15 weeks), 14 Cannon Street Road, E1.

She told me she has had intrusive thoughts of smothering Zayan for five days and that last night she held a pillow over his face "for a second" before stopping herself. She is frightened of being alone with him. Mental state: tearful, poor eye contact, no psychotic features elicited, sleeping two hours a night.

I advised admission to the mother and baby unit, which she declined. While I was on the phone to the crisis team she left the surgery with Zayan, at about 12.20. Her husband is at work until 8pm and she is on her way home alone with the baby. I have been unable to reach her by phone since. The perinatal team can see her tomorrow morning.

I am sending this so that someone from MAST can see her and Zayan this afternoon.

Dr Nkechi Obi-Walsh
GP Partner, Whitechapel Health Centre
020 7946 0612""", style="twin"),
    "2033-11-22T12:45:00+00:00",
    dict(kind="other", urgent=True, children=[C("Zayan Rahman", "2033-08-09")],
         concerns=["parental_mental_health", "physical_harm"], next_action="alert_duty"),
    "DESIGN safety rule 1: a GP's clinical account - mother held a pillow over her 15-week-old last night, declined "
    "admission, left the surgery with him and is going home alone now -> urgent, alert_duty in office hours.")

s = L("2033-10-07 15:30")
gp_letter = make_pdf([
    "Bethnal Green Medical Practice", "5 October 2033", "To whom it may concern",
    "Re: Mrs Georgina Akhtar-Bell, DOB 11/06/1994",
    "Mrs Akhtar-Bell has been my patient since 2028. In March 2031 she took an overdose during a",
    "depressive episode and was treated by the home treatment team. She has been well on sertraline",
    "since. When I saw her on 3 October she had no current thoughts of self-harm or of harming her",
    "son. I have no safeguarding concerns about Idris. She is tired and isolated because Idris (4)",
    "sleeps poorly, and I support her self-referral to Early Help for practical help with sleep",
    "and routines.", "Dr Tobias Lindqvist, GP"])
add("tower_hamlets_06", A, "early_help_duty", "near_miss", mail(
    "tower_hamlets_06", A, "early_help_duty", s, "Georgina Akhtar-Bell <g.akhtarbell@gmail.com>",
    "Fwd: my GP letter - self referral",
    """Hello, my GP said to send you his letter with my self-referral. My son is Idris Akhtar-Bell, DOB 23.04.2029. It's mostly his sleep - neither of us has had a proper night since he was born. I'd love a sleep clinic or some home visits. I'm free any weekday morning.

Thanks, Georgina

Sent from my iPhone""", extra_headers=IPHONE,
    attachments=[("GP letter Oct 2033.pdf", "application/pdf", gp_letter)]),
    "2033-10-07T15:37:00+01:00",
    dict(kind="other", children=[C("Idris Akhtar-Bell", "2029-04-23")], concerns=["parental_mental_health"],
         next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: historic, negated, in an attachment): a parent forwards her own GP letter - "
    "overdose in March 2031, 'no current thoughts of self-harm or of harming her son', 'no safeguarding concerns' -> "
    "not urgent; a self-referral, kind other, human_review.")

s = L("2033-11-14 10:05")
t7_cal = ics("REPLY", sha("tower_hamlets_07", "uid")[:32] + "@towerhamlets.gov.uk", L("2033-11-17 10:00"), 90,
             "TAF meeting - Hossain family", ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"),
             [("Farzana Haque", "f.haque@columbia.towerhamlets.sch.uk")], partstat="ACCEPTED",
             comment="I'll be there. Mum asked me to say that the worries she told the health visitor about in July "
                     "- that she might hurt the baby - are behind her now; she is on the perinatal programme and "
                     "says she feels like herself. Nothing new to worry about.", stamp=s)
add("tower_hamlets_07", A, "early_help_duty", "near_miss", itip_reply(
    "tower_hamlets_07", A, "early_help_duty", s, "Farzana Haque", "f.haque@columbia.towerhamlets.sch.uk",
    "Accepted: TAF meeting - Hossain family", t7_cal,
    "Farzana Haque has accepted this meeting.\n\n"
    "I'll be there. Mum asked me to say that the worries she told the health visitor about in July - that she might "
    "hurt the baby - are behind her now; she is on the perinatal programme and says she feels like herself. Nothing "
    "new to worry about.\n"),
    "2033-11-14T10:10:00+00:00",
    dict(kind="meeting_reply", next_action="record_reply"),
    "NEAR MISS (DESIGN safety rule 1 reads a meeting reply's COMMENT): iTIP REPLY ACCEPTED whose COMMENT recalls a "
    "mother's worry in July that she might hurt the baby, now 'behind her' -> resolved, not urgent; record_reply.")

s = L("2033-10-20 09:20")
add("tower_hamlets_08", A, "mash_step_up", "ordinary", mail(
    "tower_hamlets_08", A, "mash_step_up", s, "Mehreen Qureshi <mehreen.qureshi@towerhamlets.gov.uk>",
    "RE: Step-up received [SB-tower_hamlets-913] - Kowalski - manager agreement",
    """Good morning MAST,

I am Shanice Adebayo-Clarke's manager. We discussed the step-up for Oliwia Kowalska and Filip Kowalski (Mosaic 2519044) in supervision this morning and I agree to it: mum's low mood and the state of the flat have not shifted with Early Help support.

Kind regards
Mehreen Qureshi
Team Manager, Early Help (Bow)

From: MAST
Sent: 18 October 2033 14:14
Subject: Step-up received [SB-tower_hamlets-913] - Kowalski

Your request has been received. What is missing: confirmation that your manager has agreed the step-up.
""", style="twin", extra_headers=OUTLOOK, reply_to_ref="SB-tower_hamlets-913"),
    "2033-10-20T09:25:00+01:00",
    dict(kind="follow_up", case_ids=["2519044"], children=[C("Oliwia Kowalska"), C("Filip Kowalski")],
         concerns=["neglect", "parental_mental_health"], manager_agreed=True, next_action="attach_to_request"),
    "The manager's reply to [SB-tower_hamlets-913] agreeing the step-up -> follow_up, manager_agreed true, "
    "attach_to_request; the quoted 'What is missing' is stepbot's own line.")

# ================================ TORBAY ===========================================================================
A = "torbay"

s = L("2033-09-09 21:34")
add("torbay_01", A, "early_help_duty", "urgent", mail(
    "torbay_01", A, "early_help_duty", s, "Kerry Pascoe <kerrypascoe@btinternet.com>",
    "sorry",
    """i have got nothing left i have written letters for the boys there on the side in the kitchen i am going to go down to the cliffs at berry head when they are asleep there both in bed now Alfie Pascoe is 8 and Reuben Pascoe is 3 there dad is not around and nobody else is here with them i just wanted someone to know where they are so they are not on there own in the morning 22 fore street brixham i am sorry tell Sam at the family hub thank you for trying

sent by voice from my phone please excuse mistakes""", extra_headers=ANDROID),
    "2033-09-09T21:40:00+01:00",
    dict(kind="other", urgent=True, children=[C("Alfie Pascoe"), C("Reuben Pascoe")],
         concerns=["parental_mental_health"], next_action="alert_duty"),
    "DESIGN safety rule 1: dictated with no punctuation on a Friday at 21:34 - a mother plans to go to the cliffs "
    "tonight once her 8- and 3-year-old are asleep, leaving them alone -> urgent, alert_duty out of hours.")

s = L("2033-09-21 10:10")
add("torbay_02", A, "early_help_duty", "ordinary", mail(
    "torbay_02", A, "early_help_duty", s, "Morwenna Tozer-Hill <morwenna.tozer-hill@torbay.gov.uk>",
    "Step down request - Tozer - LCS-3318402 - triage slot please",
    """Hello Early Help,

Please could I have a triage slot to step down the Tozer children to level 3 Early Help.

Evie-Mae Tozer - DOB 04/11/2032 (10 months)
Jake Tozer - DOB 12/05/2026
LCS-3318402

Mum, Kirsty Tozer, self-referred to us in March with severe perinatal depression. She has been well for four months with the perinatal team's support and the single assessment update recommends Early Help. My assistant team manager, Lowenna Hext, has agreed the step-down (her analysis is in the assessment). Kirsty consents to the step-down and to her information being shared with the Family Hub.

Single assessment attached.

Thanks
Morwenna Tozer-Hill
Social Worker, Torbay Children's Services""", style="twin", extra_headers=OUTLOOK,
    attachments=[("Single Assessment update - Tozer - Sept 2033.pdf", "application/pdf",
                  make_pdf(["Single Assessment (update) - Tozer - LCS-3318402",
                            "Recommendation: step down to Early Help (level 3).",
                            "Manager's analysis: agreed - L Hext, ATM, 20/09/2033"]))]),
    "2033-09-21T10:15:00+01:00",
    dict(kind="step_down", level=3, case_ids=["LCS-3318402"],
         children=[C("Evie-Mae Tozer", "2032-11-04"), C("Jake Tozer", "2026-05-12")],
         concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
         next_action="book_meeting"),
    "Complete Torbay step-down (single assessment, ATM agreed, consent, level 3): book_meeting; Evie-Mae is under 5, "
    "so the fortnightly under-5s triage applies.")

s = L("2033-10-04 12:30")
add("torbay_03", A, "early_help_duty", "near_miss", mail(
    "torbay_03", A, "early_help_duty", s, "Jade Couch <jadecouch01@icloud.com>",
    "for Siobhan",
    """Hi can you pass this to Siobhan please as I haven't got her email

Just wanted to say thank you. Last month I had a really bad night, I rang her the next morning and told her I'd nearly walked out and left Freddie in his cot. That's not happening now. I'm on the tablets, I'm sleeping, and my mum stays over Tuesdays and Thursdays. Freddie Couch (10 months) is thriving, the HV weighed him yesterday.

Is the group on Weds still on at Paignton?

Jade x

Sent from my iPhone""", extra_headers=IPHONE),
    "2033-10-04T12:36:00+01:00",
    dict(kind="other", children=[C("Freddie Couch")], concerns=["parental_mental_health"],
         next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: historic and resolved): a mother describes a bad night 'last month' when she "
    "nearly walked out, now better with support -> not urgent; kind other, human_review.")

s = L("2033-10-13 11:20")
add("torbay_04", A, "mash_step_up", "ordinary", mail(
    "torbay_04", A, "mash_step_up", s, "Nikos Papadakis <nikos.papadakis@torbay.gov.uk>",
    "Step up to MASH - Bickford - EHM-842117",
    """Dear MASH,

I am asking for a threshold discussion to step up the Bickford children from Early Help.

Kacey Bickford - DOB 17/02/2022
Lewis Bickford - DOB 08/10/2024
EHM-842117

Dad, Shaun Bickford, has been the children's only carer since his wife left in May. He asked the Family Hub for help himself in June. Since then his drinking has increased, Kacey's attendance is 71% this term, and on two home visits there was no food in the house and the children were in dirty clothes. Shaun asked us for more help and agrees to a referral to social care.

My ATM, Lowenna Hext, agreed the step-up at supervision this morning.

Nikos Papadakis
Family Hub Practitioner, Torbay Early Help"""),
    "2033-10-13T11:28:00+01:00",
    dict(kind="step_up", case_ids=["EHM-842117"],
         children=[C("Kacey Bickford", "2022-02-17"), C("Lewis Bickford", "2024-10-08")],
         concerns=["neglect", "school_attendance", "substance_misuse"], consent=True, manager_agreed=True,
         missing=[], next_action="book_meeting"),
    "Complete Torbay step-up (consent and ATM agreement stated) -> book_meeting (MASH threshold discussion).")

s = L("2033-11-07 14:22")
add("torbay_05", A, "mash_step_up", "urgent", mail(
    "torbay_05", A, "mash_step_up", s, "Tegan Widdicombe <teganw.2000@gmail.com>",
    "please",
    """I've used today. First time in 8 months. I'm on my own with Bonnie Widdicombe, she's 11 months, and I keep nodding off. I've woken up twice on the sofa and she was on the floor by the fire. I can't keep my eyes open. There's no one I can ring, her dad's inside. Please send someone to 7 Hele Road, Torquay. I'm sorry. Tegan

Sent from my Galaxy""", extra_headers=ANDROID),
    "2033-11-07T14:28:00+00:00",
    dict(kind="other", urgent=True, children=[C("Bonnie Widdicombe")], concerns=["neglect", "substance_misuse"],
         next_action="alert_duty"),
    "DESIGN safety rule 1: a mother who has used drugs today keeps losing consciousness alone with her 11-month-old "
    "near the fire -> urgent, alert_duty (office hours); no alarm words.")

s = L("2033-12-01 17:05")
add("torbay_06", A, "early_help_duty", "near_miss", mail(
    "torbay_06", A, "early_help_duty", s, "Dean Rendle <dean.rendle@outlook.com>",
    "WITHDRAWING CONSENT - Rendle - LCS-3320981",
    """I am withdrawing my consent for Early Help as of today. Do not send anyone else round.

Nobody is in danger here. My kids are NOT at risk and never have been, the school said so, the social worker said so when she closed it. The only thing hurting Tyler and Macie is you lot turning up every week and making them think something is wrong. We asked for help with Tyler's behaviour, not to be watched.

Tyler Rendle 12, Macie Rendle 9. LCS-3320981.

Dean Rendle""", extra_headers=[("X-Mailer", "Microsoft Outlook for Android")]),
    "2033-12-01T17:10:00+00:00",
    dict(kind="other", case_ids=["LCS-3320981"], children=[C("Tyler Rendle"), C("Macie Rendle")], concerns=[],
         consent=False, next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: negated): an angry father withdraws consent, 'Nobody is in danger', 'NOT at "
    "risk' -> not urgent; kind other (no reference), consent false, human_review.")

s = L("2033-10-17 09:01")
add("torbay_07", A, "early_help_duty", "ordinary", mail(
    "torbay_07", A, "early_help_duty", s, "Siobhan Yeo <siobhan.yeo@torbay.gov.uk>",
    "Out of Office: for Siobhan",
    """Hello, I'm on annual leave until Monday 24 October. Please contact the Family Hub on 01803 496 0144 or the Early Help inbox. Thanks, Siobhan""",
    to="earlyhelp@torbay.gov.uk",
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")] + OUTLOOK),
    "2033-10-17T09:03:00+01:00",
    dict(kind="auto_reply", next_action="ignore"),
    "Out-of-office auto-reply (Auto-Submitted: auto-replied): DESIGN safety rule 2 -> auto_reply, ignore.")

s = L("2033-11-29 19:20")
add("torbay_08", A, "early_help_duty", "ordinary", mail(
    "torbay_08", A, "early_help_duty", s, "Agnieszka Zielińska <a.zielinska88@wp.pl>",
    "Question - how I can refer myself to Early Help",
    """Hello,

My name is Agnieszka Zielińska. I want ask how I can refer myself to Early Help. I am single mum with my son Jakub Zieliński (6 years, we call him Kuba), we live in Paignton since one year. I have no family here and I feel very tired and alone. Kuba is good boy but evenings are very difficult, he not want to sleep and I not know what to do. Is possible some help with routines and maybe a group for mums? My English is not perfect, sorry.

Thank you
Agnieszka"""),
    "2033-11-29T19:25:00+00:00",
    dict(kind="other", children=[C("Jakub Zieliński")], concerns=[], next_action="human_review"),
    "A parent (English not her first language) asks how to refer herself to Early Help: an enquiry, kind other, "
    "human_review; no concern category stated.")

# ================================ HEREFORDSHIRE ====================================================================
A = "herefordshire"

s = L("2033-11-19 16:45")
add("herefordshire_01", A, "early_help_duty", "urgent", mail(
    "herefordshire_01", A, "early_help_duty", s, "Stacey Prosser <staceyprosser@icloud.com>",
    "Lily-Mae and Jacob",
    """I'm at Hereford station with the kids. I'm going to leave them on the bench by the ticket office and get on the next train and disappear. I can't be their mum anymore, I'm no good for them. Lily-Mae Prosser is 6 and Jacob Prosser is 2, he's in the blue buggy. I'll wait till I see someone coming for them. The next train is 17.12.

Stacey

Sent from my iPhone""", extra_headers=IPHONE),
    "2033-11-19T16:50:00+00:00",
    dict(kind="other", urgent=True, children=[C("Lily-Mae Prosser"), C("Jacob Prosser")],
         concerns=["neglect", "parental_mental_health"], next_action="alert_duty"),
    "DESIGN safety rule 1: on a Saturday at 16:45 a mother says she will leave her 6- and 2-year-old on a station "
    "bench and take the 17.12 train -> urgent, alert_duty out of hours (EDT).")

s = L("2033-09-13 10:00")
add("herefordshire_02", A, "early_help_duty", "ordinary", mail(
    "herefordshire_02", A, "early_help_duty", s, "Rhys ap Gwilym <rhys.apgwilym@herefordshire.gov.uk>",
    "Step-down plan - Watkins sibling group - Mosaic 884512",
    """Dear Early Help Co-ordinators,

Following my discussion with Mandeep at last Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for the Watkins sibling group, stepping down to Early Help at level 3.

Ellie Watkins - 11/03/2019
Harvey Watkins - 30/07/2021
Rosie Watkins-Bayliss - 02/12/2024
Mosaic 884512

Mum, Carly Watkins, came to us herself in April saying her drinking and low mood had got on top of her. She is now five months sober and working with the community mental health team. The Child & Family Assessment concluded on 5 September recommending step-down; my Team Manager agreed it on 6 September. Carly has signed the consent form (attached).

Key person: Gemma Price, Family Support Worker, Whitecross Hereford High School, who has agreed to lead.

Regards
Rhys ap Gwilym
Social Worker, Herefordshire Children's Services""", style="twin", extra_headers=OUTLOOK,
    attachments=[("EHA step-down plan - Watkins.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(["Early Help Assessment step-down plan", "Sibling group: Ellie Watkins, Harvey Watkins, "
                             "Rosie Watkins-Bayliss", "Key person: Gemma Price, Whitecross Hereford High School",
                             "Wellbeing plan: what needs to happen / by whom / outcome / timescale"])),
                 ("Consent form signed - C Watkins.pdf", "application/pdf",
                  make_pdf(["Early Help consent form", "I consent to Early Help support for my children.",
                            "Signed: Carly Watkins  Date: 08/09/2033"]))]),
    "2033-09-13T10:07:00+01:00",
    dict(kind="step_down", level=3, case_ids=["884512"],
         children=[C("Ellie Watkins", "2019-03-11"), C("Harvey Watkins", "2021-07-30"),
                   C("Rosie Watkins-Bayliss", "2024-12-02")],
         concerns=["parental_mental_health", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
         next_action="book_meeting"),
    "Complete Herefordshire sibling-group step-down (consent form, plan, key person with agency), sent within two "
    "weeks of the 5 Sept decision after a drop-in discussion -> nothing missing, book_meeting.")

s = L("2033-10-27 13:15")
blog = """The night I nearly left them at the station
(posted by "MumOfTwoInTheMarches", 2029, shared with permission)

Four years ago I stood on platform 2 with a buggy and a four-year-old and a plan to walk away. I didn't. A lady from the cafe sat with me until my sister came. I'm writing this because I thought I was the only one.

What helped: telling my GP the truth, a health visitor who came back every week, the Tuesday group, tablets for a while, and learning to say "I need a break" before I was at the edge. My two are 8 and 5 now. We're fine. Better than fine.

If you are where I was, tell someone today."""
add("herefordshire_03", A, "early_help_duty", "near_miss", mail(
    "herefordshire_03", A, "early_help_duty", s, "Wendy Bevan <wbevan@aylestone.hereford.sch.uk>",
    "Blog post for the parents' wellbeing session - is it OK to use?",
    """Hello,

I'm running the parents' wellbeing session at school on 10 November. A parent has given me permission to share her blog post (attached as a text file) as a discussion starter. It's from 2029 and she's very well now. Could one of the co-ordinators let me know if you're happy for it to be used alongside your Early Help leaflet?

Many thanks
Wendy Bevan
School Family Support Worker, Aylestone School""",
    attachments=[("blog post - the night I nearly left them.txt", "text/plain", blog)]),
    "2033-10-27T13:20:00+01:00",
    dict(kind="other", concerns=[], next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: historic, in an attachment): a parent's 2029 blog post about nearly leaving her "
    "children at a station, now 'fine' -> not urgent; kind other, human_review; no child named.")

s = L("2033-11-16 15:00")
add("herefordshire_04", A, "mash_step_up", "ordinary", mail(
    "herefordshire_04", A, "mash_step_up", s, "Ffion Reardon <ffion.reardon@herefordshire.gov.uk>",
    "Step up request - Gabriel Ferreira - Mosaic 891207",
    """Hello MASH,

I'd like to step up Gabriel Ferreira (DOB 25/05/2023), Mosaic 891207, from Early Help to social care.

His mum, Natalia Ferreira, asked us for help herself in the summer. On my visit on Monday she told me she has "nothing left": she has stopped her antidepressants, Gabriel had not been out of the flat for a week and was in the same nappy from the night before, and his nursery place has lapsed. She has her mum with her this week. My manager, Siân Probert, has agreed the step-up.

Ffion Reardon
Early Help Family Worker, Herefordshire""", extra_headers=OUTLOOK),
    "2033-11-16T15:06:00+00:00",
    dict(kind="step_up", case_ids=["891207"], children=[C("Gabriel Ferreira", "2023-05-25")],
         concerns=["neglect", "parental_mental_health"], manager_agreed=True, missing=[],
         next_action="human_review"),
    "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS.md) -> human_review, missing "
    "[] and notice null; grandmother present this week, not urgent.")

s = L("2033-11-30 06:12")
add("herefordshire_05", A, "early_help_duty", "urgent", mail(
    "herefordshire_05", A, "early_help_duty", s, "Hollie Bridgewater <hollie.bridgewater@gmail.com>",
    "Teddy",
    """Anna my coordinator said I could write here. I've been hearing them again since Sunday. They say Teddy isn't mine, that he's been swapped in the night. I've put him in his cot and shut his door and I'm sitting on the landing outside so I don't go in, because I don't know what I would do to him. Steve is on nights till 8. I stopped my tablets two weeks ago. Teddy Bridgewater, he's 5 months. 3 Kyrle Street, Ross.

Hollie""", style="twin"),
    "2033-11-30T06:18:00+00:00",
    dict(kind="other", urgent=True, children=[C("Teddy Bridgewater")], concerns=["parental_mental_health"],
         next_action="alert_duty"),
    "DESIGN safety rule 1: at 06:12, before office hours, a mother off her medication hears voices saying her "
    "5-month-old is not hers and fears what she would do to him; no other adult until 8 -> urgent, alert_duty (EDT).")

s = L("2033-10-10 11:30")
gp2 = make_pdf([
    "Ross Road Surgery, Ross-on-Wye", "7 October 2033",
    "Dear Early Help Co-ordinator team,", "Re: Mrs Priya Shah-Lewis and her son Arjun Shah-Lewis (DOB 02/03/2033)",
    "Mrs Shah-Lewis has been treated for postnatal depression since May. In July she described",
    "intrusive thoughts of harming her baby; these have resolved fully with treatment and she has",
    "never acted on them. I have no current safeguarding concerns.",
    "She has asked me to support her self-referral to Early Help for help with sleep and routines,",
    "and she consents to this letter being shared with you.", "Dr Aled Morgan, GP"])
add("herefordshire_06", A, "early_help_duty", "near_miss", mail(
    "herefordshire_06", A, "early_help_duty", s, "Dr Aled Morgan <aled.morgan2@nhs.net>",
    "Self-referral support letter - Shah-Lewis",
    """Dear colleagues,

Please see my attached letter supporting Mrs Priya Shah-Lewis's self-referral to Early Help for her son Arjun Shah-Lewis (DOB 02/03/2033). She consents to the referral and to the letter being shared. Her intrusive thoughts in July have resolved and I have no current safeguarding concerns; she would like practical help with sleep and routines.

Kind regards
Dr Aled Morgan
GP, Ross Road Surgery""",
    attachments=[("GP letter - Shah-Lewis.pdf", "application/pdf", gp2)]),
    "2033-10-10T11:36:00+01:00",
    dict(kind="other", children=[C("Arjun Shah-Lewis", "2033-03-02")], concerns=["parental_mental_health"],
         consent=True, next_action="human_review"),
    "NEAR MISS (DESIGN safety rule 1: resolved and negated): a GP's letter recalls intrusive thoughts of harming the "
    "baby in July, 'resolved fully', 'no current safeguarding concerns' -> not urgent; kind other, human_review; "
    "consent true (stated as given).")

s = L("2033-09-16 14:40")
add("herefordshire_07", A, "early_help_duty", "ordinary", mail(
    "herefordshire_07", A, "early_help_duty", s, "Zofia Nowicka <zofia.nowicka@herefordshire.gov.uk>",
    "RE: Step-down received [SB-herefordshire-5530] - consent form attached",
    """Hi,

Attached is the consent form for Kayden Lewis's step-down (Mosaic 902331). Mum signed it at my visit this morning.

Zofia

Zofia Nowicka | Social Worker | Herefordshire Council

> Your step-down for Kayden Lewis has been received. Reference SB-herefordshire-5530.
> What is missing: the family's written consent (consent form).
""", reply_to_ref="SB-herefordshire-5530",
    attachments=[("Consent form - Lewis.pdf", "application/pdf",
                  make_pdf(["Early Help consent form", "Child: Kayden Lewis", "Signed: J Lewis  16/09/2033"]))]),
    "2033-09-16T14:46:00+01:00",
    dict(kind="follow_up", case_ids=["902331"], children=[C("Kayden Lewis")], consent=True,
         next_action="attach_to_request"),
    "Reply to [SB-herefordshire-5530] adding the signed consent form -> follow_up, consent true, attach_to_request.")

s = L("2033-12-02 16:52")
add("herefordshire_08", A, "mash_step_up", "urgent", mail(
    "herefordshire_08", A, "mash_step_up", s, "Kelly Jones <kellyjones_x@hotmail.com>",
    "I need help",
    """I've just hit my daughter. I slapped her that hard she fell into the radiator and her head is bleeding above her eye and it won't stop. I haven't taken her to the hospital because I'm scared you'll take her off me. I'm so sorry. It's me that's the problem not her. I need help.

Maisie Jones, 4, born 11th of August 2029. Flat 2, 18 Commercial Road, Hereford.

Kelly

Sent from my Samsung Galaxy smartphone.""", extra_headers=ANDROID),
    "2033-12-02T16:58:00+00:00",
    dict(kind="other", urgent=True, children=[C("Maisie Jones", "2029-08-11")], concerns=["physical_harm"],
         next_action="alert_duty"),
    "DESIGN safety rule 1: a mother has just hit her 4-year-old, whose head wound is bleeding and has not been seen "
    "medically, Friday 16:52 -> urgent, alert_duty (office hours about to end); no alarm words.")


# ---------------------------------------------------------------- checks -------------------------------------------
def readable_text(msg):
    out = []
    for k in ("Subject",):
        out.append(str(msg.get(k, "")))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8", "replace")
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
            out.append(t)
        elif ct == "application/pdf":
            out.append(pdf_text(data))
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(data))
    return "\n".join(out)


def check():
    errs = []
    names = [e["file"] for e in SET]
    if len(SET) != 40 or len(set(names)) != 40:
        errs.append("need 40 distinct files, have %d" % len(set(names)))
    for a in MAILBOXES:
        got = sorted(n for n in names if n.startswith(a + "_"))
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if got != want:
            errs.append("%s files %s" % (a, got))
    cats = {}
    for e in SET:
        cats[e["category"]] = cats.get(e["category"], 0) + 1
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11:
        errs.append("category counts %s" % cats)
    for e in SET:
        f, x = e["file"], e["expect"]
        raw = e["msg"].as_bytes()
        m = email.message_from_bytes(raw)
        if m.defects:
            errs.append("%s defects %s" % (f, m.defects))
        m2 = email.message_from_bytes(raw, policy=email.policy.default)
        sent = email.utils.parsedate_to_datetime(m2["Date"])
        now = datetime.fromisoformat(e["now"])
        if not (timedelta(0) < now - sent <= timedelta(minutes=15)):
            errs.append("%s now %s not shortly after %s" % (f, now, sent))
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or now.utcoffset() != now.astimezone(LON).utcoffset():
            errs.append("%s offset not Europe/London" % f)
        ld = sent.astimezone(LON)
        if not (WIN_START <= ld.date() <= WIN_END):
            errs.append("%s outside window" % f)
        night = ld.hour < 8 or ld.hour >= 18 or ld.weekday() >= 5
        if (ld.weekday() >= 5 or ld.date() in BANK_HOLIDAYS) and e["category"] != "urgent":
            errs.append("%s non-urgent mail on a non-working day" % f)
        addrs = (m2.get("To", "") + "," + m2.get("Cc", "")).lower()
        if MAILBOXES[e["authority"]][e["mailbox"]].lower() not in addrs:
            errs.append("%s not sent to its mailbox" % f)
        if x["urgent"] != (e["category"] == "urgent"):
            errs.append("%s urgent label vs category" % f)
        if (x["next_action"] == "alert_duty") != x["urgent"]:
            errs.append("%s next_action vs urgent" % f)
        kind_action = {"auto_reply": "ignore", "meeting_reply": "record_reply", "follow_up": "attach_to_request",
                       "other": "human_review"}
        if not x["urgent"] and x["kind"] in kind_action and x["next_action"] != kind_action[x["kind"]]:
            errs.append("%s next_action for kind" % f)
        if x["kind"] not in ("step_up", "step_down") and (x["missing"] or x["notice_ok"] is not None):
            errs.append("%s missing/notice for a kind without requirements" % f)
        if x["level"] is not None and x["kind"] != "step_down":
            errs.append("%s level on non step_down" % f)
        if x["concerns"] != sorted(set(x["concerns"])) or x["missing"] != sorted(set(x["missing"])):
            errs.append("%s unsorted" % f)
        for c in x["children"]:
            if c["dob"]:
                date.fromisoformat(c["dob"])
        if not x["urgent"] and x["kind"] in ("step_up", "step_down"):
            want = "request_info" if (x["missing"] or x["notice_ok"] is False) else "book_meeting"
            if e["authority"] == "herefordshire" and x["kind"] == "step_up":
                want = "human_review"
            if x["next_action"] != want:
                errs.append("%s next_action %s, rules say %s" % (f, x["next_action"], want))
        if e["authority"] == "knowsley" and x["kind"] in ("step_up", "step_down"):
            wd = working_days_between(now.astimezone(LON).date(), e["meeting"].date())
            if x["notice_ok"] != (wd >= 5):
                errs.append("%s notice %d WD vs label %s" % (f, wd, x["notice_ok"]))
            e["wd"] = wd
        elif x["notice_ok"] is not None:
            errs.append("%s notice_ok set where no notice applies" % f)
        text = readable_text(m2)
        if e["category"] == "urgent":
            for pat in BANNED:
                mm = re.search(pat, text, re.I)
                if mm:
                    errs.append("%s banned word %r" % (f, mm.group(0)))
        ref = re.search(r"\[SB-[a-z_]+-\d+\]", str(m2["Subject"]))
        if (x["kind"] == "follow_up") != bool(ref):
            errs.append("%s follow_up vs [SB-] reference" % f)
        e["night"] = night
    return errs, cats


def main():
    errs, cats = check()
    if errs:
        print("SELF-CHECK FAILED:")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels, catmap = [], {}
    for e in SET:
        with open(os.path.join(HERE, e["file"]), "wb") as fh:
            fh.write(e["msg"].as_bytes())
        labels.append({"file": e["file"], "authority": e["authority"], "mailbox": e["mailbox"], "now": e["now"],
                       "expect": e["expect"], "why": e["why"]})
        catmap[e["file"]] = e["category"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(catmap, fh, indent=1)
        fh.write("\n")
    # re-read what was written
    n = 0
    for e in SET:
        with open(os.path.join(HERE, e["file"]), "rb") as fh:
            email.message_from_bytes(fh.read())
        n += 1
    print("self-check OK: %d files written and re-parsed with email.message_from_bytes" % n)
    print("per authority: " + ", ".join("%s 8" % a for a in MAILBOXES))
    print("categories: urgent %d, near_miss %d, ordinary %d" % (cats["urgent"], cats["near_miss"], cats["ordinary"]))
    print("banned words in urgent mails (subject, bodies, HTML, attachments): none")
    for e in SET:
        if "wd" in e:
            print("notice %s: %d working days -> notice_ok %s" % (e["file"], e["wd"], e["expect"]["notice_ok"]))
    print("urgent mails:")
    for e in SET:
        if e["category"] == "urgent":
            print("  %s (%s, %s%s): %s" % (e["file"], e["mailbox"], e["now"],
                                            ", out of hours" if e["night"] else "", e["why"].split(": ", 1)[1][:150]))


if __name__ == "__main__":
    main()
