#!/usr/bin/env python3
"""mixed119: build the blind held-out set (40 .eml, labels.json, categories.json) and self-check it.

Deterministic: no clock, no randomness. Standard library only (PDF and .docx are hand-built).
Run: python3 make_set.py
"""
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LONDON = ZoneInfo("Europe/London")
WINDOW = (dt.date(2038, 4, 19), dt.date(2038, 7, 21))

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


# ---------------------------------------------------------------- calendar
def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25
    g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(y, month, day)


def first_monday(y, m):
    d = dt.date(y, m, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def last_monday(y, m):
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=d.weekday())


def bank_holidays(y):
    e = easter(y)
    hol = {e - dt.timedelta(days=2), e + dt.timedelta(days=1), first_monday(y, 5), last_monday(y, 5),
           last_monday(y, 8)}
    for md in ((1, 1), (12, 25), (12, 26)):  # with substitute days
        d = dt.date(y, *md)
        while d.weekday() >= 5 or d in hol:
            d += dt.timedelta(days=1)
        hol.add(d)
    return hol


BH = bank_holidays(2038)
# hand-written list of the 2038 England bank holidays, checked against the computed one
BH_EXPECTED = {dt.date(2038, 1, 1), dt.date(2038, 4, 23), dt.date(2038, 4, 26), dt.date(2038, 5, 3),
               dt.date(2038, 5, 31), dt.date(2038, 8, 30), dt.date(2038, 12, 27), dt.date(2038, 12, 28)}


def working(d):
    return d.weekday() < 5 and d not in BH


def wd_between(today, meeting):
    """working days d with today < d <= meeting"""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        n += working(d)
    return n


# ---------------------------------------------------------------- builders
def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def when(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi, tzinfo=LONDON)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    body = "".join("<p class=MsoNormal>%s</p>\n" % p.replace("\n", "<br>\n") for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0;font-family:Aptos,sans-serif;font-size:11pt}</style></head>"
            "<body lang=EN-GB>\n%s</body></html>\n" % body)


def pdf_bytes(title, lines):
    def esc(s):
        s = s.encode("ascii", "replace").decode()
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 14 Tf", "50 800 Td", "16 TL", "(%s) Tj" % esc(title), "/F1 10 Tf", "14 TL", "T*"]
    for ln in lines:
        ops.append("(%s) '" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def pdf_text(data):
    return "\n".join(re.sub(r"\\(.)", r"\1", m.group(1).decode("latin-1"))
                     for m in re.finditer(rb"\(((?:[^()\\]|\\.)*)\) (?:Tj|')", data))


def docx_bytes(paras):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": doc,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, (2038, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return out.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    t = "\n".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml))
    return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def ics_fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
       "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
       "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
       "END:VTIMEZONE"]


def ics(method, uid, stamp, start, end, summary, location, organizer, attendees, comment=None,
        description=None, seq=0, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method] + VTZ + ["BEGIN:VEVENT"]
    for name, email_, partstat in attendees:
        p = "ATTENDEE;CN=\"%s\"" % name + (";PARTSTAT=%s" % partstat if partstat else ";RSVP=TRUE")
        L.append(p + ":mailto:" + email_)
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_esc(comment))
    if description:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_esc(description))
    L += ["UID:" + uid, "SUMMARY;LANGUAGE=en-GB:" + ics_esc(summary),
          "DTSTART;TZID=GMT Standard Time:" + start.strftime("%Y%m%dT%H%M%S"),
          "DTEND;TZID=GMT Standard Time:" + end.strftime("%Y%m%dT%H%M%S"),
          "DTSTAMP:" + stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
          "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=en-GB:" + ics_esc(location),
          "ORGANIZER;CN=\"%s\":mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in L) + "\r\n"


def new_msg(fname, frm, to, subject, date, cc=None, mailer=None, extra=None, in_reply_to=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = "<%s.%s@%s>" % (sha(fname)[:20], sha(fname + "x")[:8], dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def mail(fname, frm, to, subject, date, text, html=False, atts=(), **kw):
    m = new_msg(fname, frm, to, subject, date, **kw)
    m.set_content(text)
    if html:
        m.add_alternative(html_of(text), subtype="html")
    for a in atts:
        add_att(m, a)
    return m


def add_att(m, a):
    kind, name, data = a
    if kind == "pdf":
        m.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    elif kind == "docx":
        m.add_attachment(data, maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "txt":
        m.add_attachment(data, subtype="plain", filename=name)
    elif kind == "ics":
        m.add_attachment(data, subtype="calendar", filename=name, params={"method": "REQUEST"})


def html_only(fname, frm, to, subject, date, html, **kw):
    m = new_msg(fname, frm, to, subject, date, **kw)
    m.set_content(html, subtype="html")
    return m


def itip_reply(fname, frm, to, subject, date, text, cal, **kw):
    m = new_msg(fname, frm, to, subject, date, **kw)
    m.set_content(text)
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    return m


def quoted(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


# ---------------------------------------------------------------- registry
RECORDS = []


def add(fname, msg, authority, mailbox, now, category, kind, urgent, level, case_ids, children, concerns,
        consent, manager, missing, notice_ok, next_action, why, summary, dob_written=None):
    RECORDS.append(dict(fname=fname, msg=msg, authority=authority, mailbox=mailbox, now=now, category=category,
                        summary=summary, dob_written=dob_written or {},
                        label={"file": fname, "authority": authority, "mailbox": mailbox,
                               "now": now.isoformat(timespec="seconds"),
                               "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                                          "children": [{"name": n, "dob": d} for n, d in children],
                                          "concerns": sorted(concerns), "consent": consent,
                                          "manager_agreed": manager, "missing": sorted(missing),
                                          "notice_ok": notice_ok, "next_action": next_action},
                               "why": why}))


def mins(d, n):
    return d + dt.timedelta(minutes=n)


KNO_STEPUP_RULE = "REQUIREMENTS.md knowsley step_up (step_up_form, case_id, manager_agreed, taf_minutes, meeting_details, gcp2 when neglect; 5 WD before the step-up TAF meeting)"


# ================================================================ KNOWSLEY
def knowsley():
    mb = MAILBOX["knowsley"]
    # ---- 01 ordinary step_up, invite attached, GCP2 and TAF minutes to follow
    f = "knowsley_01.eml"; d = when(2038, 4, 27, 10, 12)
    text = """Hi MASH,

Please find attached the FF Step Up request to CSC for Kacper Nowak-Reid (DOB 11/02/2034) and his sister Lena Nowak-Reid (DOB 30/09/2036). Case ID on EHM: EHM-61427.

The step up TAF meeting is booked for Wednesday 5th May at 10:00 on Teams - the calendar invite is attached and has also gone to MASH business support for the minutes. I have invited the current TAF members (nursery, health visitor, Mum's GP link worker).

Why now: Kacper's key worker at Little Acorns Nursery has kept a verbatim record since February. Some of what he has said to her:
 - 02/03: "I had crisps for breakfast and crisps for tea."
 - 17/03: "Mummy sleeps on the settee all day. I get Lena's bottle."
 - 20/04: "Our house smells of poo. The bin is in the kitchen with flies on."
He is 4. He has come in wearing the same clothes five days running and his toileting is going backwards. Mum (Marta) has told me her depression is back and she stopped her tablets in March. Home conditions at my visit on 22/04 were the worst I have seen them.

My team manager Joanne Pickavance has discussed the step up with me and agreed it on 26/04.

The GCP2 is being finished with Mum this week, and the minutes of the last TAF (14/04) are still with the chair for checking - I'll send both on as soon as I have them.

Many thanks,
Rebecca

Rebecca Fairclough-Jones
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0732"""
    form = docx_bytes([
        "FF Step Up request to CSC", "Case ID on EHM: EHM-61427",
        "Children: Kacper Nowak-Reid (11/02/2034), Lena Nowak-Reid (30/09/2036)",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 5 May, 10:00, Microsoft Teams",
        "Level of Engagement: medium - Mum engages when well, misses visits when low",
        "Recent TAF meeting minutes attached: to follow (TAF held 14/04, minutes being checked)",
        "What are we worried about? Kacper (4) and Lena (1) are not getting regular meals, clean clothes or a clean home. Kacper tells nursery he has crisps for meals and that he gets Lena's bottle. Mum's depression has returned and she has stopped her medication.",
        "What is working well? Mum loves the children and is honest with me. Kacper attends nursery every day. Maternal grandmother visits at weekends.",
        "What next? Goals: a safe, clean home and regular meals; Mum back in contact with her GP. Next steps: step up TAF meeting 05/05; GCP2 to be completed with Mum this week.",
        "Graded Care profile (If neglect should be completed): being completed with Mum this week",
        "Agreement by line manager: Joanne Pickavance, Team Manager, agreed 26/04",
        "Contingency plan: daily nursery check-in; grandmother to be asked to stay over if Mum's mood drops further."])
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E0080000000067AB%s" % sha(f)[:12], d,
              dt.datetime(2038, 5, 5, 10, 0), dt.datetime(2038, 5, 5, 11, 30),
              "Step up TAF meeting - Nowak-Reid - EHM-61427", "Microsoft Teams Meeting",
              ("Rebecca Fairclough-Jones", "rebecca.fairclough-jones@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", None),
               ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", None)],
              description="Step up TAF meeting for Kacper and Lena. Chair: MASH social worker. Minutes: MASH business support.")
    m = mail(f, "Rebecca Fairclough-Jones <rebecca.fairclough-jones@knowsley.gov.uk>", mb["mash_step_up"],
             "Step up request - Kacper & Lena Nowak-Reid - EHM-61427 - TAF Wed 5th May", d, text, html=True,
             cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>",
             mailer="Microsoft Outlook 16.0",
             atts=[("docx", "FF Step Up request to CSC - Nowak-Reid.docx", form),
                   ("ics", "Step up TAF meeting.ics", cal)])
    add(f, m, "knowsley", "mash_step_up", mins(d, 4), "ordinary", "step_up", False, None, ["EHM-61427"],
        [("Kacper Nowak-Reid", "2034-02-11"), ("Lena Nowak-Reid", "2036-09-30")],
        ["neglect", "parental_mental_health"], None, True, ["gcp2", "taf_minutes"], True, "request_info",
        "Knowsley step-up with the Appendix 1 form, EHM id, team manager's agreement and a Teams invite for Wed 5 May (5 WD from Tue 27 Apr across the 3 May bank holiday -> ok), but neglect without the GCP2 and the TAF minutes 'to follow' -> missing gcp2, taf_minutes (" + KNO_STEPUP_RULE + ").",
        "step-up, a nursery key worker's verbatim record of a 4-year-old; GCP2 and TAF minutes to follow",
        {"Kacper Nowak-Reid": "11/02/2034", "Lena Nowak-Reid": "30/09/2036"})

    # ---- 02 URGENT: reception teacher, iPhone
    f = "knowsley_02.eml"; d = when(2038, 5, 13, 15, 22)
    text = """Hello,

I'm Maisie-Rose's class teacher in Reception at St Aidan's Catholic Primary, Huyton. Our DSL Mr Adeyemi is out on a course today so he asked me to email you straight from my phone, and he is trying to ring you as well.

At carpet time after lunch (about 1.40) we were doing "my family". Maisie-Rose Tierney (5, DOB 09.08.2032) put her hand up and said, word for word:

"Daddy's friend hurts my bottom when mummy goes to work. He says it's our game. I don't like the game."

I asked "Who is daddy's friend?" and she said "Gaz. He stays at our house when mummy goes to work at night." I didn't ask anything else and I wrote it down as soon as the children went out.

Mum works nights at a care home. She told me at the door this morning that she is on shift tonight and that Dad and "Gaz" are having the kids. Maisie-Rose and her brother Tommy Tierney (Year 2) are booked into after-school club till 5 and Dad is collecting them from there.

My written record:
13/05 13:40, carpet time, Reception. Child: Maisie-Rose Tierney. Said without prompting: "Daddy's friend hurts my bottom when mummy goes to work. He says it's our game. I don't like the game." Q: "Who is daddy's friend?" A: "Gaz. He stays at our house when mummy goes to work at night." No further questions asked. Staff: H. O'Rourke.

Please can someone ring me on 07700 900418 or the school office on 0151 496 0268 before 5.

Hannah O'Rourke
Reception class teacher

Sent from my iPhone"""
    m = mail(f, "Hannah O'Rourke <h.orourke@st-aidans-huyton.example.org.uk>", mb["mash_step_up"],
             "Maisie-Rose Tierney, Reception - what she said at carpet time today", d, text,
             mailer="iPhone Mail (21F90)")
    add(f, m, "knowsley", "mash_step_up", mins(d, 3), "urgent", "other", True, None, [],
        [("Maisie-Rose Tierney", "2032-08-09"), ("Tommy Tierney", None)], ["sexual_harm"], None, None, [],
        None, "alert_duty",
        "A 5-year-old's verbatim words ('Daddy's friend hurts my bottom when mummy goes to work') with mum on a night shift tonight and the named man staying: DESIGN safety rule 1 (immediate child-protection risk, no alarm words) -> urgent, alert_duty; a teacher's report asking no step -> kind other.",
        "reception teacher: 'Daddy's friend hurts my bottom when mummy goes to work' - mum on nights tonight, the man staying",
        {"Maisie-Rose Tierney": "09.08.2032"})

    # ---- 03 NEAR MISS: step-down level 2; a past disclosure, dad gone, non-mol in place
    f = "knowsley_03.eml"; d = when(2038, 5, 21, 11, 40)
    text = """Good morning Family First duty,

Step down to Level 2 for Oliwia Zielińska, DOB 05/12/2031 (ICS-1348822).

Final CIN meeting: Tuesday 1st June, 2.00pm, Halewood Family Hub, meeting room 2.
Lead Practitioner taking over: Mrs Gemma Latham, SENCo, Park Brow Primary School - she has agreed to take on the role and will be at the meeting.
Mum (Katarzyna) has agreed to the step down.

What are we worried about?
Oliwia's speech and language is about 18 months behind; she is on the SALT caseload and has a draft EHCP request. Mum is isolated, new to the area and her English is limited.

What is working well?
Oliwia is settled at Park Brow, attendance 97%. Mum attends every appointment and uses the interpreter well. Oliwia told her SALT last week "Mama reads me the Polish book and the English book".

What needs to happen?
EHCP request submitted by school by the end of June; Mum linked with the Polish community group at the hub; SALT block continues in school.

A note for the record because it is in the chronology: in November 2036 Oliwia said to her Reception teacher "Daddy hits mummy with the belt". That led to the s47 that year. Dad left the UK early in 2037, there is a non-molestation order in place and there has been no contact since. Oliwia has said nothing like it since and there are no current domestic abuse concerns.

Kind regards,
Aisha Bello-Clarke
Social Worker, Child in Need Team 2, Knowsley Council
0151 496 0914"""
    m = mail(f, "Aisha Bello-Clarke <aisha.bello-clarke@knowsley.gov.uk>", mb["early_help_duty"],
             "Step down to Level 2 - Oliwia Zielińska - ICS-1348822 - final CIN 01/06", d, text, html=True,
             mailer="Microsoft Outlook 16.0")
    n = wd_between(d.date(), dt.date(2038, 6, 1)); assert n == 6, n
    add(f, m, "knowsley", "early_help_duty", mins(d, 6), "near_miss", "step_down", False, 2, ["ICS-1348822"],
        [("Oliwia Zielińska", "2031-12-05")], ["disability_send"], True, None, [], True, "book_meeting",
        "Level 2 step-down with the final CIN date, time and venue, the three Signs of Safety headings and a named lead practitioner with her school; 1 June is 6 WD after Fri 21 May (31 May bank holiday excluded) -> complete (REQUIREMENTS.md knowsley step_down level 2); the 2036 disclosure is historic with dad gone -> not urgent, no domestic_abuse concern.",
        "a 2036 'Daddy hits mummy with the belt' in the chronology of a level 2 step-down; dad gone, no contact, no current concerns",
        {"Oliwia Zielińska": "05/12/2031"})

    # ---- 04 ordinary: level 3 step-down, joint home visit with 4 WD notice (across 31 May)
    f = "knowsley_04.eml"; d = when(2038, 5, 25, 9, 5)
    text = """Hi all,

Level 3 step down please for Zayn Haddad (DOB 14/07/2033) and Amira Haddad (DOB 21st January 2031), ICS-1352207.

Joint home visit with a Family First case manager: Tuesday 1 June at 10.00am, at the family home, 14 Cherryfield Drive, Kirkby, L32 9ZQ.

Mum (Rania) consented to the case being referred to Family First at my visit on 20/05.

What are we worried about - Mum's anxiety and low mood after Dad left; she struggles with mornings and Amira's attendance is 86%.
What is working well - Mum is on the waiting list for talking therapy and has started medication; Zayn's nursery key worker says he now tells her "Mummy happy today" most mornings; Nan does the school run twice a week.
What needs to happen - morning routine plan; Amira's attendance up to 95% by the end of term; Mum to keep her GP review on 10/06.

Thanks,
Ifeoma Chukwu
Social Worker | Knowsley Children's Social Care
0151 496 0377"""
    m = mail(f, "Ifeoma Chukwu <ifeoma.chukwu@knowsley.gov.uk>", mb["early_help_duty"],
             "Step down L3 - joint home visit Tues 1st June - Zayn & Amira Haddad", d, text,
             mailer="Microsoft Outlook 16.0")
    n = wd_between(d.date(), dt.date(2038, 6, 1)); assert n == 4, n
    add(f, m, "knowsley", "early_help_duty", mins(d, 2), "ordinary", "step_down", False, 3, ["ICS-1352207"],
        [("Zayn Haddad", "2033-07-14"), ("Amira Haddad", "2031-01-21")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Level 3 step-down with a joint home visit date, time and address, the three headings and consent, but Tue 1 June is only 4 WD after Tue 25 May because Mon 31 May is the Spring bank holiday (5 plain weekdays) -> notice not ok -> request_info (REQUIREMENTS.md knowsley step_down level 3, 5 WD).",
        "level 3 step-down whose notice fails only because of the Spring bank holiday",
        {"Zayn Haddad": "14/07/2033", "Amira Haddad": "21st January 2031"})

    # ---- 05 URGENT: complete step-up with a PS: today's carpet-time words
    f = "knowsley_05.eml"; d = when(2038, 6, 9, 14, 50)
    text = """Hi MASH / MASH BS,

Step up request for Ruby Kershaw (DOB 02/03/2032) and Alfie Kershaw (DOB 18/10/2035). EHM-62981.

Attached: FF Step Up request to CSC form, minutes of the TAF on 26/05, and the GCP2 completed with Mum on 02/06.
Step up TAF meeting: Wednesday 16/06 at 10am on Teams (invite sent to the MASH inbox and MASH business support this morning).
My TM Sinead Okafor has discussed this with me and agreed the step up on 08/06.

The concerns in short: neglect (GCP2 scores 4 on care and stimulation), three police call-outs since March to arguments between Mum and her partner Kyle Dunne, and Ruby coming into school hungry.

PS - 14:35, after I'd drafted the above: Ruby's class teacher has just rung me. At carpet time this afternoon Ruby (6) said to her:
"Kyle put the pillow on my face so I stop crying. He said he will do it again tonight if I cry."
Her teacher says Ruby has tiny red dots around both eyes and a red mark under the left one. Mum is at work until 8pm tonight and Kyle is collecting Ruby from school and Alfie from nursery at 3.15. Please can the duty social worker ring me on 0151 496 0583 or Ruby's teacher (Miss Fenwick, 0151 496 0611) before pick-up.

Paul Mensah-Doyle
Family First Case Manager, Knowsley Council"""
    form = docx_bytes([
        "FF Step Up request to CSC", "Case ID on EHM: EHM-62981",
        "Date of step up TAF meeting: Wednesday 16/06, 10:00, Teams",
        "Recent TAF meeting minutes attached: yes, 26/05",
        "What are we worried about? Neglect: Ruby hungry at school, Alfie's nappies not changed, home cold and dirty. Police called three times since March to arguments between Mum and Kyle Dunne.",
        "What is working well? Maternal aunt helps with meals on Sundays. Ruby's attendance is good.",
        "What next? GCP2 completed 02/06 (attached). Step up TAF 16/06.",
        "Graded Care profile: completed 02/06 - see attached GCP2",
        "Agreement by line manager: Sinead Okafor, Team Manager, 08/06"])
    minutes = pdf_bytes("TAF meeting minutes - Kershaw - 26/05", [
        "Present: Mum, Paul Mensah-Doyle (FF), Miss Fenwick (school), health visitor, nursery.",
        "Worries: meals, home conditions, arguments at home, Alfie's development.",
        "Actions: GCP2 to be completed; review of the plan; consider step up if no progress."])
    gcp2 = pdf_bytes("Graded Care Profile 2 (GCP2) - Kershaw household - 02/06", [
        "Area 1 Physical care: nutrition 4, housing 4, clothing 3, hygiene 4.",
        "Area 2 Care of safety: 3. Area 3 Love and care: 3. Area 4 Stimulation and education: 4.",
        "Completed with Mum by P. Mensah-Doyle."])
    m = mail(f, "Paul Mensah-Doyle <paul.mensah-doyle@knowsley.gov.uk>", mb["mash_step_up"],
             "Step Up - EHM-62981 - Ruby & Alfie Kershaw - TAF Weds 16/06 10am", d, text, html=True,
             cc="Mash.Businesssupport@knowsley.gov.uk", mailer="Microsoft Outlook 16.0",
             atts=[("docx", "FF Step Up request - Kershaw.docx", form),
                   ("pdf", "TAF minutes 26.05 - Kershaw.pdf", minutes),
                   ("pdf", "GCP2 Kershaw June.pdf", gcp2)])
    n = wd_between(d.date(), dt.date(2038, 6, 16)); assert n == 5, n
    add(f, m, "knowsley", "mash_step_up", mins(d, 5), "urgent", "step_up", True, None, ["EHM-62981"],
        [("Ruby Kershaw", "2032-03-02"), ("Alfie Kershaw", "2035-10-18")],
        ["domestic_abuse", "neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "A complete Knowsley step-up (form, TAF minutes, GCP2, EHM id, TM agreement, TAF 16/06 = 5 WD -> ok) whose PS reports a 6-year-old's words today - 'Kyle put the pillow on my face ... he will do it again tonight' - with petechiae and Kyle collecting at 3.15: DESIGN safety rule 1 -> urgent -> alert_duty first.",
        "complete step-up with a PS: a 6-year-old says 'Kyle put the pillow on my face ... he will do it again tonight', Kyle collecting at 3.15",
        {"Ruby Kershaw": "02/03/2032", "Alfie Kershaw": "18/10/2035"})

    # ---- 06 NEAR MISS: early years training bulletin with example sentences
    f = "knowsley_06.eml"; d = when(2038, 6, 21, 8, 30)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#00594f;color:#fff;padding:12px">
<h2 style="margin:0">Knowsley Safeguarding Children Partnership - Early Years Briefing</h2></td></tr>
<tr><td style="padding:12px">
<h3>Listening to young children: "What did they actually say?"</h3>
<p>This month's 7-minute briefing for nursery, pre-school, childminder and Reception staff is about recording a young child's words <b>exactly</b> - not your summary of them.</p>
<p>Training examples (composite and fictional - none refers to a real child):</p>
<ul>
<li>"Daddy's friend hurts my bottom when mummy goes to work."</li>
<li>"I'm not allowed to go home if I tell."</li>
<li>"The baby went to sleep and won't wake up."</li>
<li>"I'm going to the man's house after school."</li>
</ul>
<p>Each of these could describe an immediate risk of harm, or something quite different. Write down the words, the time, who was there and what you asked. Do not ask leading questions. If you think a child is at risk now, phone MASH straight away - do not email the step-up inbox and wait.</p>
<p><b>Session:</b> Listening to Under-5s, Tuesday 13 July, 1.30-3pm, Huyton Hub. Book through the KSCP learning portal.</p>
<p style="font-size:11px;color:#666">You are receiving this because you are on the KSCP Early Years mailing list. Unsubscribe.</p>
</td></tr></table></body></html>
"""
    m = html_only(f, "KSCP Bulletin <kscp.bulletin@knowsley.gov.uk>", mb["mash_step_up"],
                  "Early Years Briefing: Listening to young children - 'What did they actually say?'", d, html,
                  extra={"List-Id": "KSCP Early Years <earlyyears.kscp.knowsley.gov.uk>",
                         "List-Unsubscribe": "<mailto:kscp.bulletin@knowsley.gov.uk?subject=unsubscribe>",
                         "Precedence": "bulk"})
    add(f, m, "knowsley", "mash_step_up", mins(d, 7), "near_miss", "other", False, None, [], [], [], None, None,
        [], None, "human_review",
        "A partnership training bulletin whose fictional example sentences echo this set's urgent mails and which says 'immediate risk of harm': DESIGN safety rule 1 (bulletins that list examples must not trigger) -> not urgent; no request -> other, human_review.",
        "KSCP early years briefing on listening to children, quoting fictional example sentences")

    # ---- 07 ordinary: iTIP REPLY ACCEPTED with COMMENT
    f = "knowsley_07.eml"; d = when(2038, 6, 30, 16, 20)
    cal = ics("REPLY", "040000008200E00074C5B7101A82E00800000000KNO57%s" % sha(f)[:10], d,
              dt.datetime(2038, 7, 7, 14, 0), dt.datetime(2038, 7, 7, 15, 0),
              "Final CIN meeting [SB-KNO-0057-2HD]", "Prescot Family Hub, room 1",
              ("Family First 0-18 Duty", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
              [("Farid Quayle", "farid.quayle@knowsley.gov.uk", "ACCEPTED")],
              comment="I'll be there. Mum has asked that the children's speech and language therapist joins for the first 20 minutes - fine with me.")
    text = "I'll be there. Mum has asked that the children's speech and language therapist joins for the first 20 minutes - fine with me.\n"
    m = itip_reply(f, "Farid Quayle <farid.quayle@knowsley.gov.uk>", mb["early_help_duty"],
                   "Accepted: Final CIN meeting [SB-KNO-0057-2HD]", d, text, cal, mailer="Microsoft Outlook 16.0")
    add(f, m, "knowsley", "early_help_duty", mins(d, 2), "ordinary", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with a harmless COMMENT: DESIGN kind meeting_reply -> record_reply.",
        "Family First case manager accepts the final CIN meeting, with a comment")

    # ---- 08 ordinary follow_up with the GCP2 and TAF minutes for knowsley_01
    f = "knowsley_08.eml"; d = when(2038, 4, 28, 12, 2)
    ack = """From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 27 April 10:17
To: Rebecca Fairclough-Jones
Subject: [SB-KNO-0041-7QK] Step up request - Kacper & Lena Nowak-Reid - EHM-61427 - TAF Wed 5th May

Thank you. Your step-up request has been received (reference SB-KNO-0041-7QK).
Children: Kacper Nowak-Reid, Lena Nowak-Reid
Still needed before the step-up TAF meeting:
 - the Graded Care Profile 2 (GCP2), because the concerns include neglect
 - the minutes of the most recent TAF meeting"""
    text = """Hi,

As promised - GCP2 completed with Marta yesterday afternoon and the TAF minutes from 14/04 (now checked by the chair), both attached. That should be everything on your list for EHM-61427.

Thanks,
Rebecca

""" + quoted(ack)
    gcp2 = pdf_bytes("Graded Care Profile 2 (GCP2) - Nowak-Reid - 27/04", [
        "Completed with Mum (Marta) at home.", "Physical care: 4. Safety: 3. Love and care: 3. Stimulation: 3.",
        "Completed by R. Fairclough-Jones, Family First."])
    mins_pdf = pdf_bytes("TAF meeting minutes - 14/04 - Nowak-Reid", [
        "Present: Mum, Family First, Little Acorns Nursery, health visitor.",
        "Agreed: GCP2; GP appointment for Mum; nursery to keep verbatim record."])
    m = mail(f, "Rebecca Fairclough-Jones <rebecca.fairclough-jones@knowsley.gov.uk>", mb["mash_step_up"],
             "RE: [SB-KNO-0041-7QK] Step up request - Kacper & Lena Nowak-Reid - EHM-61427 - TAF Wed 5th May", d,
             text, html=True, mailer="Microsoft Outlook 16.0", in_reply_to="<ack-0041@stepbot.knowsley.gov.uk>",
             atts=[("pdf", "GCP2 Nowak-Reid 27.04.pdf", gcp2), ("pdf", "TAF minutes 14.04 - Nowak-Reid.pdf", mins_pdf)])
    add(f, m, "knowsley", "mash_step_up", mins(d, 3), "ordinary", "follow_up", False, None, ["EHM-61427"],
        [("Kacper Nowak-Reid", None), ("Lena Nowak-Reid", None)], [], None, None, [], None, "attach_to_request",
        "A reply to [SB-KNO-0041-7QK] adding the GCP2 and TAF minutes knowsley_01 lacked: DESIGN kind follow_up -> attach_to_request; missing [] for a follow_up.",
        "follow-up bringing the GCP2 and TAF minutes")


# ================================================================ RICHMOND & WANDSWORTH
def richmond():
    mb = MAILBOX["richmond_wandsworth"]
    # ---- 01 ordinary step_up, summary attached, rationale to follow
    f = "richmond_wandsworth_01.eml"; d = when(2038, 4, 20, 10, 30)
    text = """Dear MASH colleagues,

Following reflective supervision with Fatima Hussaini (Early Help worker), I'd like to step up Noor Rahimi (DOB 2033-03-19) and Idris Rahimi (DOB 2035-11-02), Mosaic ID 2290417.

The latest case summary is attached. Fatima is writing up the rationale for the step up and will send it when she is back from leave on Thursday. As Early Help team manager I agree this should come to you.

Kind regards,
Kwame Asante-Boateng
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Council
020 7946 0482"""
    summ = docx_bytes([
        "Case summary - Rahimi family - April", "Children: Noor Rahimi (5), Idris Rahimi (2). Mosaic ID 2290417.",
        "Open to Early Help since November. Worker: Fatima Hussaini.",
        "Police attended the home twice in March after Dad threw plates and shouted at Mum. Noor told her nursery key worker on 30/03: 'Baba shouts and throws the plates. I hide under my bed with Idris.'",
        "Mum has an IDVA and a safety plan. No incident reported since 30 March. Dad lives at the family home.",
        "Both children attend nursery; Idris has speech delay."])
    m = mail(f, "Kwame Asante-Boateng <kwame.asante-boateng@richmondandwandsworth.gov.uk>", mb["mash_step_up"],
             "Step up - Mosaic ID 2290417 - Noor & Idris Rahimi", d, text, html=True, mailer="Microsoft Outlook 16.0",
             atts=[("docx", "Case summary - Rahimi - April.docx", summ)])
    add(f, m, "richmond_wandsworth", "mash_step_up", mins(d, 5), "ordinary", "step_up", False, None, ["2290417"],
        [("Noor Rahimi", "2033-03-19"), ("Idris Rahimi", "2035-11-02")], ["domestic_abuse"], None, True,
        ["rationale"], None, "request_info",
        "Step-up from the Early Help team manager with the latest case summary attached but the rationale 'to follow' -> missing rationale (REQUIREMENTS.md richmond_wandsworth step_up: case_summary, rationale); 'Mosaic ID 2290417' -> '2290417'.",
        "step-up with the case summary, rationale to follow",
        {"Noor Rahimi": "2033-03-19", "Idris Rahimi": "2035-11-02"})

    # ---- 02 NEAR MISS step_down: 'won't wake up' last October, resolved
    f = "richmond_wandsworth_02.eml"; d = when(2038, 5, 5, 14, 10)
    text = """Hi Jasper and the EH duty team,

Confirming what we agreed on the phone this morning: step-down case discussion for Theo Marchetti (DOB 3rd June 2033, Mosaic ID 2275530) on Monday 10 May at 11am on Teams, with my manager Rosalind Achebe.

Attached: latest case summary and the draft Early Help plan.

Mum (Giulia) and Theo's grandmother have both given consent for Early Help to continue the plan. The nursery SENCo, Ms Ama Sarpong, has said she is willing to be lead professional.

You'll see in the summary that the referral last October came from nursery after Theo said "Mummy went to sleep on the kitchen floor and won't wake up". That was Giulia's overdose on 14 October; she was in hospital for three days and Theo was with his grandmother. Since then she has been with the community mental health team, her medication is stable, the CIN plan has been met and there have been no incidents. Theo now tells nursery "Mummy takes me to the swings".

Thanks,
Ciara Ní Bhriain
Social Worker, Children in Need (Richmond)"""
    summ = pdf_bytes("Case summary - Theo Marchetti - May", [
        "Mosaic ID 2275530. CIN plan since November following Mum's overdose on 14 October (resolved).",
        "Mum engaged with CMHT; medication stable; no incidents since.",
        "Theo attends nursery 4 days; speech and play age-appropriate."])
    plan = docx_bytes(["Draft Early Help plan - Theo Marchetti",
                       "Outcome 1: Mum keeps her CMHT appointments and her relapse plan is shared with grandmother.",
                       "Outcome 2: Theo's nursery attendance stays above 95%.",
                       "Lead professional: Ama Sarpong (nursery SENCo). Review in 6 weeks."])
    m = mail(f, "Ciara Ní Bhriain <ciara.nibhriain@richmondandwandsworth.gov.uk>", mb["early_help_duty"],
             "Step-down to Early Help - Theo Marchetti (4) - case discussion Mon 10 May 11am", d, text, html=True,
             mailer="Microsoft Outlook 16.0",
             atts=[("pdf", "Case summary - Marchetti.pdf", summ), ("docx", "Draft EH plan - Marchetti.docx", plan)])
    add(f, m, "richmond_wandsworth", "early_help_duty", mins(d, 4), "near_miss", "step_down", False, None,
        ["2275530"], [("Theo Marchetti", "2033-06-03")], ["parental_mental_health"], True, None, [], None,
        "book_meeting",
        "A complete step-down (case summary, draft plan, consent; REQUIREMENTS.md richmond_wandsworth step_down) whose 'won't wake up' is last October's overdose, resolved and treated -> historic, not urgent.",
        "a 4-year-old's 'Mummy ... won't wake up' from last October, resolved, inside a complete step-down",
        {"Theo Marchetti": "3rd June 2033"})

    # ---- 03 URGENT step_up: handprint, 'I'm not allowed to go home if I tell' (dictated)
    f = "richmond_wandsworth_03.eml"; d = when(2038, 5, 20, 14, 35)
    text = """[Dictated by Siobhan McArdle on the way to the school and typed by Early Help business support - not read back before sending]

To the MASH step up inbox, copied to Imogen Varley.

Step up for Grace Owusu-Bennett, date of birth 7 September 2030, Year 2 at Brandlehow Primary, Mosaic 2301164. Open to Early Help since January.

Case summary
Grace is seven and lives with her mum Abena and mum's partner Dean Ruddock, who moved in at Christmas. Early Help has been working on routines, school lateness and mum's low mood. School have noted three bruises since February, each explained by mum as falls at the park.

Rationale
The explanations no longer fit and Grace's account today is new. As Early Help team manager I have agreed this step up with our worker Ola Adeniran and it needs the MASH today.

What happened today
At registration Grace's class teacher saw a red handprint across the left side of her face - four finger marks, still clear at 2pm. When her teacher asked what had happened Grace said, quote, "I'm not allowed to go home if I tell." Then, "Dean said if I tell I can't go home, I have to go away to strangers." She would not say anything more and asked if she could stay at school tonight.

School finishes at 3.15 and Dean does the Thursday pick-up. Mum is not answering her phone. Ola is at the school now with the DSL.

Please ring me on 020 7946 0418.

Siobhan McArdle
Early Help Team Manager, Richmond and Wandsworth"""
    m = mail(f, "Siobhan McArdle <siobhan.mcardle@richmondandwandsworth.gov.uk>", mb["mash_step_up"],
             "Step up: Grace Owusu-Bennett, Year 2 - Mosaic 2301164 - please read today", d, text, html=True,
             cc="Imogen Varley <imogen.varley@richmondandwandsworth.gov.uk>", mailer="Microsoft Outlook 16.0")
    add(f, m, "richmond_wandsworth", "mash_step_up", mins(d, 3), "urgent", "step_up", True, None, ["2301164"],
        [("Grace Owusu-Bennett", "2030-09-07")], ["physical_harm"], None, True, [], None, "alert_duty",
        "A 7-year-old with a fresh handprint on her face who says 'I'm not allowed to go home if I tell', the man she names collecting at 3.15: DESIGN safety rule 1 -> urgent -> alert_duty; case summary and rationale are under their own headings (REQUIREMENTS.md richmond_wandsworth step_up) -> missing []; 'Mosaic 2301164' -> '2301164'.",
        "a 7-year-old with a handprint on her face: 'I'm not allowed to go home if I tell'; the partner collects at 3.15",
        {"Grace Owusu-Bennett": "7 September 2030"})

    # ---- 04 ordinary step_down complete
    f = "richmond_wandsworth_04.eml"; d = when(2038, 6, 7, 11, 15)
    text = """Hello Early Help duty,

As agreed with Jasper Quint by phone this morning, the step-down case discussion for Esme Harrington-Lowe (DOB 22.01.2031) and Jude Harrington-Lowe (DOB 05.12.2034) is on Thursday 10/06 at 2pm (Teams). Mosaic ID 2287715.

Attached are the latest case summary and the draft plan for Early Help.

Dad (Simon) has given his consent for Early Help to continue the plan. The children live with him full time.

Esme's attendance is 84% and is the main piece of work left. Esme told me at my last visit, "Daddy makes pancakes on Saturdays now and he walks us to school."

Kind regards,
Tomasz Kowalczyk
Social Worker, Family Support and Protection (Wandsworth)
020 7946 0719"""
    summ = pdf_bytes("Case summary - Harrington-Lowe - June", [
        "Mosaic ID 2287715. CIN since January after a period of poor home conditions; now much improved.",
        "Esme's attendance 84%. Jude attends nursery and is meeting milestones."])
    plan = docx_bytes(["Draft plan for Early Help - Harrington-Lowe", "Attendance plan with school for Esme.",
                       "Dad to attend the Incredible Years course.", "Lead professional to be agreed at the case discussion."])
    m = mail(f, "Tomasz Kowalczyk <tomasz.kowalczyk@richmondandwandsworth.gov.uk>", mb["early_help_duty"],
             "Step down - Esme & Jude Harrington-Lowe - case discussion Thurs 10/06 at 2pm", d, text,
             mailer="Microsoft Outlook 16.0",
             atts=[("pdf", "Case summary Harrington-Lowe.pdf", summ),
                   ("docx", "Draft Early Help plan - Harrington-Lowe.docx", plan)])
    add(f, m, "richmond_wandsworth", "early_help_duty", mins(d, 2), "ordinary", "step_down", False, None,
        ["2287715"], [("Esme Harrington-Lowe", "2031-01-22"), ("Jude Harrington-Lowe", "2034-12-05")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Step-down with the case summary, draft plan and Dad's consent, discussion agreed for Thu 10 June (within 5 days): complete (REQUIREMENTS.md richmond_wandsworth step_down) -> book_meeting.",
        "complete step-down, time agreed with the duty manager",
        {"Esme Harrington-Lowe": "22.01.2031", "Jude Harrington-Lowe": "05.12.2034"})

    # ---- 05 NEAR MISS: a child's imaginative story, checked (HTML only)
    f = "richmond_wandsworth_05.eml"; d = when(2038, 6, 22, 16, 40)
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I hope this is the right inbox - I'm a Year 1 teacher and deputy DSL at Riverside Primary in Barnes, and I'd just like advice, not a referral.</p>
<p>At carpet time today one of my pupils (Zara, 6) told the class a story she had made up: <i>"The big wolf came in the night and hit the mummy and took the baby away in a bag."</i></p>
<p>Because of the words I followed it up with our DSL straight after. We are reading <b>The Wolf Who Came to Tea</b> this half-term, and when I asked Zara to tell me more she said <i>"It's a pretend story like the book, the wolf is silly and the baby comes back."</i> Mum came in at pick-up, laughed and showed us the book at home as well. Zara has no baby sibling and there are no other worries about her at all.</p>
<p>Our DSL is satisfied there is nothing to report. My question is only: is there anything you would want schools to log or send to you when a story like this turns out to be imaginative play?</p>
<p>Many thanks,<br>Olamide Fashola<br>Year 1 teacher / Deputy DSL, Riverside Primary</p>
</body></html>
"""
    m = html_only(f, "Olamide Fashola <o.fashola@riverside-barnes.example.org.uk>", mb["mash_step_up"],
                  "Advice please - a story a child told at carpet time (checked, no concerns)", d, html)
    add(f, m, "richmond_wandsworth", "mash_step_up", mins(d, 5), "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "A 6-year-old's made-up wolf story, checked with the child, the book and mum, no concerns; a first name only -> no child labelled: DESIGN safety rule 1 (imaginative, resolved) -> not urgent; an advice question -> other, human_review.",
        "a 6-year-old's imaginative wolf story ('hit the mummy and took the baby'), checked: it is the class book")

    # ---- 06 URGENT: childminder, Portuguese, 'throw Lola out of the window' (Android)
    f = "richmond_wandsworth_06.eml"; d = when(2038, 7, 2, 17, 38)
    text = """Hello, my name is Luciana Ferreira dos Santos, I am registered childminder in Tooting. I find this email on the council website.

I look after Mateo Silva Pereira (4 years, born 11/03/2034) and his baby sister Lola Silva Pereira (7 months).

Today after his nap Mateo tell me in portuguese: "O namorado da mamãe disse que vai jogar a Lola pela janela se ela chorar de novo."
It means: "Mummy's boyfriend said he will throw Lola out of the window if she cries again."
Then he said "last night he shaked her and she go quiet".

When I change Lola nappy at 4 o'clock I see a small bruise behind her ear and her eye is a little red inside. I took photo.

Mummy send me message at 17.10 she is working late and the boyfriend (Ricardo) will come to collect the children at 6 o'clock. They live on 6th floor. I don't know what I must do, I don't want to give them to him.

Please somebody call me 07700 900771.
Sorry for my english.
Luciana

Sent from Outlook for Android"""
    m = mail(f, "Luciana Ferreira dos Santos <luciana.fds.childminder@example.com>", mb["mash_step_up"],
             "please call me about Mateo and Lola tonight", d, text, mailer="Outlook for Android")
    add(f, m, "richmond_wandsworth", "mash_step_up", mins(d, 4), "urgent", "other", True, None, [],
        [("Mateo Silva Pereira", "2034-03-11"), ("Lola Silva Pereira", None)], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "A childminder writing in second-language English: a 4-year-old's words in Portuguese (the partner will throw the baby out of the window, shook her last night), a bruise behind a 7-month-old's ear, the partner collecting at 6pm: DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service from 17:00); no step -> other.",
        "childminder, Portuguese words: mum's boyfriend 'will throw Lola out of the window', bruised baby, he collects at 6pm",
        {"Mateo Silva Pereira": "11/03/2034"})

    # ---- 07 ordinary chaser follow_up
    f = "richmond_wandsworth_07.eml"; d = when(2038, 7, 12, 9, 20)
    ack = """From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 06 July 15:02
Subject: [SB-RAW-0131-4KF] Step up - Mosaic ID 2318840 - Bea Lindqvist

Thank you. Your step-up request (reference SB-RAW-0131-4KF) has been received.
Still needed: the rationale for the plan to step up."""
    text = """Morning,

Just chasing this one. Our worker sent the rationale on Thursday (8th) as a reply to this thread and we haven't had an invitation for the case discussion yet - the protocol says MASH business support invite within 1 working day. Could you let me know when it's booked?

Thanks,
Kwame

Kwame Asante-Boateng
Early Help Team Manager (Wandsworth North)

""" + quoted(ack)
    m = mail(f, "Kwame Asante-Boateng <kwame.asante-boateng@richmondandwandsworth.gov.uk>", mb["mash_step_up"],
             "RE: [SB-RAW-0131-4KF] Step up - Mosaic ID 2318840 - Bea Lindqvist", d, text,
             mailer="Microsoft Outlook 16.0", in_reply_to="<ack-0131@stepbot.richmondandwandsworth.gov.uk>")
    add(f, m, "richmond_wandsworth", "mash_step_up", mins(d, 3), "ordinary", "follow_up", False, None,
        ["2318840"], [("Bea Lindqvist", None)], [], None, None, [], None, "attach_to_request",
        "A chaser replying to [SB-RAW-0131-4KF] about the 1-working-day invitation: DESIGN kind follow_up -> attach_to_request.",
        "chaser for a case-discussion invitation")

    # ---- 08 URGENT meeting_reply TENTATIVE with a COMMENT
    f = "richmond_wandsworth_08.eml"; d = when(2038, 7, 14, 12, 50)
    comment = ("I'll try to join but may be late. Something for the duty desk today please: at lunch Sienna "
               "Blackwood-Okafor (4) told her key worker \"Daddy is coming to take me at home time. He said don't "
               "tell mummy, we're going on a long drive.\" Her dad has a non-molestation order after he assaulted "
               "mum last year, no contact allowed, and he is not on our collection list. Mum is on shift at St "
               "George's until 6 and her phone is off. We close at 6. I'm on 020 7946 0655. Precious")
    cal = ics("REPLY", "040000008200E00074C5B7101A82E00800000000RAW142%s" % sha(f)[:10], d,
              dt.datetime(2038, 7, 15, 10, 0), dt.datetime(2038, 7, 15, 11, 0),
              "Step-up case discussion [SB-RAW-0142-6PL]", "Microsoft Teams Meeting",
              ("MASH Business Support", "MASH-StepUP@richmondandwandsworth.gov.uk"),
              [("Precious Adebayo-Lewis", "manager@little-owls-putney.example.org.uk", "TENTATIVE")],
              comment=comment)
    m = itip_reply(f, "Precious Adebayo-Lewis <manager@little-owls-putney.example.org.uk>", mb["mash_step_up"],
                   "Tentative: Step-up case discussion [SB-RAW-0142-6PL]", d, comment + "\n", cal,
                   mailer="Microsoft Outlook 16.0")
    add(f, m, "richmond_wandsworth", "mash_step_up", mins(d, 2), "urgent", "meeting_reply", True, None, [],
        [("Sienna Blackwood-Okafor", None)], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "An iTIP REPLY (TENTATIVE) whose COMMENT reports a 4-year-old's words that her father - under a non-molestation order, no contact - is taking her at home time today without mum knowing: DESIGN safety rule 1 (a meeting reply's comment is read) -> urgent -> alert_duty before record_reply.",
        "a meeting reply's comment: a 4-year-old says 'Daddy is coming to take me at home time', father under a no-contact order")


# ================================================================ TOWER HAMLETS
def tower_hamlets():
    mb = MAILBOX["tower_hamlets"]
    # ---- 01 ordinary step_up complete with MARF
    f = "tower_hamlets_01.eml"; d = when(2038, 4, 21, 10, 5)
    text = """Dear MAST,

Please find attached the completed Multi-Agency Request for Support form for Yusuf Hossain (DOB 14/02/2031) and Maryam Hossain (DOB 30/06/2034), Mosaic 1587230.

We have been the Targeted Early Help service for eight months. Mum has MS and since February her mental health has gone down a lot; she spends most days in bed. Yusuf (7) told his teacher last week, "I make Maryam's breakfast and do her hair because Mummy can't get up." Maryam is often late to nursery and hungry.

My team manager, Lucy Chen, agreed the step up in supervision on 19/04. Mum knows we are asking for social care support and agrees.

Regards,
Rukhsana Miah
Family Practitioner, Targeted Early Help (Bow and Poplar)
020 7946 0836"""
    marf = pdf_bytes("Multi-Agency Request for Support form (MARF)", [
        "Children: Yusuf Hossain 14/02/2031; Maryam Hossain 30/06/2034. Mosaic 1587230.",
        "Reason for request: neglect of basic care; Mum's physical and mental health; Yusuf caring for his sister.",
        "Parent aware and consents: yes. Manager: Lucy Chen, 19/04."])
    m = mail(f, "Rukhsana Miah <rukhsana.miah@towerhamlets.gov.uk>", mb["mash_step_up"],
             "Step up to CSC - Yusuf & Maryam Hossain - MARF attached", d, text, html=True,
             mailer="Microsoft Outlook 16.0", atts=[("pdf", "MARF - Hossain - 20.04.pdf", marf)])
    add(f, m, "tower_hamlets", "mash_step_up", mins(d, 4), "ordinary", "step_up", False, None, ["1587230"],
        [("Yusuf Hossain", "2031-02-14"), ("Maryam Hossain", "2034-06-30")],
        ["neglect", "parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Step-up with the MARF attached and the team manager's agreement (REQUIREMENTS.md tower_hamlets step_up: request_for_support, manager_agreed) -> complete -> book_meeting; a 7-year-old doing his sister's breakfast -> young_carer.",
        "complete MAST step-up with a 7-year-old's words about caring for his sister",
        {"Yusuf Hossain": "14/02/2031", "Maryam Hossain": "30/06/2034"})

    # ---- 02 URGENT: 'the baby went to sleep and won't wake up'
    f = "tower_hamlets_02.eml"; d = when(2038, 5, 4, 9, 26)
    text = """Hi,

I am Aaliyah's key worker at Bow Nursery School. Aaliyah Rahman, DOB 18/11/2033. My manager told me to write exactly what she said and send it to you while she phones.

08:50 Aaliyah was brought to our gate by a neighbour from her block (Mrs Khanom) who found her on the stairwell in her pyjamas with no shoes.
09:05 in the home corner she put the doll in the cot and said to me:
"The baby went to sleep and won't wake up. Mummy won't get up either. I shouted and shouted."
I said "Tell me more" and she said "Baby is cold. Mummy is on the floor."

Her baby brother is Rayan Rahman, about 3 months old. Mum is Sabina. We have rung mum's mobile 4 times - no answer. They live at Flat 9, Lefevre House, Roman Road, E3 9ZZ. Nobody else lives there that we know of.

Please can the social worker ring the nursery on 020 7946 0213.

Farzana Choudhury
Key Worker, Bow Nursery School"""
    m = mail(f, "Farzana Choudhury <f.choudhury@bow-nursery.example.org.uk>", mb["mash_step_up"],
             "Aaliyah Rahman 4yrs - what she said this morning - please call nursery", d, text,
             mailer="Microsoft Outlook 16.0")
    add(f, m, "tower_hamlets", "mash_step_up", mins(d, 2), "urgent", "other", True, None, [],
        [("Aaliyah Rahman", "2033-11-18"), ("Rayan Rahman", None)], ["neglect"], None, None, [], None, "alert_duty",
        "A 4-year-old found alone on a stairwell who says this morning 'The baby went to sleep and won't wake up. Mummy won't get up either', a 3-month-old and mother unreachable at home: DESIGN safety rule 1 -> urgent -> alert_duty; a nursery's report -> other.",
        "a 4-year-old this morning: the baby 'went to sleep and won't wake up and mummy won't get up either'",
        {"Aaliyah Rahman": "18/11/2033"})

    # ---- 03 NEAR MISS step_down: a TV show retold
    f = "tower_hamlets_03.eml"; d = when(2038, 5, 13, 13, 30)
    text = """Dear Early Help Hub,

Step down for Ibrahim Yilmaz (DOB 27/10/2032), Mosaic 1601142. The Child and Family Assessment concluded on 11/05 with a recommendation of a Team Around the Family.

Attached: the completed C&F Assessment and the draft TAF plan.
Consent: Mum and Dad both consent to the step down and to the TAF plan (signed 12/05).
Lead Practitioner: Ms Elif Demir, Family Support Worker, Mile End Family Hub - agreed.
TAF meeting (which I will chair): Monday 24 May, 10:00, Mile End Family Hub.

So that nobody is alarmed by the referral wording: the referral came from school after Ibrahim said at carpet time "The police came and took the daddy away because he hurt the baby." The assessment found he was retelling an episode of a TV soap his older cousins watch - he named the characters and the pub - and his baby sister is safe and well and was seen at every visit. Dad lives at home; there is no police history. The remaining needs are Ibrahim's speech and a possible autism assessment.

Kind regards,
Daniel Okonkwo-Smith
Social Worker, Assessment and Intervention Team, Tower Hamlets"""
    cfa = pdf_bytes("Child and Family Assessment - Ibrahim Yilmaz - completed 11/05", [
        "Mosaic 1601142. Outcome: step down to a Team Around the Family.",
        "The child's comment was a retelling of a television programme. No safeguarding concerns identified.",
        "Needs: speech and language; referral for autism assessment."])
    plan = docx_bytes(["Draft TAF plan - Ibrahim Yilmaz", "Lead Practitioner: Elif Demir (Mile End Family Hub)",
                       "Speech and language therapy block; paediatric referral; parent workshop."])
    m = mail(f, "Daniel Okonkwo-Smith <daniel.okonkwo-smith@towerhamlets.gov.uk>", mb["early_help_duty"],
             "Step down - Ibrahim Yilmaz (5) - C&FA complete - TAF 24/05", d, text, html=True,
             mailer="Microsoft Outlook 16.0",
             atts=[("pdf", "C&F Assessment - Yilmaz - completed 11.05.pdf", cfa),
                   ("docx", "TAF plan draft - Yilmaz.docx", plan)])
    add(f, m, "tower_hamlets", "early_help_duty", mins(d, 3), "near_miss", "step_down", False, None, ["1601142"],
        [("Ibrahim Yilmaz", "2032-10-27")], ["disability_send"], True, None, [], None, "book_meeting",
        "Complete step-down (assessment, TAF plan, consent, lead practitioner with agency; REQUIREMENTS.md tower_hamlets step_down); the 'took the daddy away because he hurt the baby' was a TV soap retold, found so by the assessment -> not urgent, no physical_harm.",
        "a 5-year-old's 'the police took the daddy away because he hurt the baby' - a TV soap retold, inside a complete step-down",
        {"Ibrahim Yilmaz": "27/10/2032"})

    # ---- 04 ordinary step_down: consent pending, no lead practitioner
    f = "tower_hamlets_04.eml"; d = when(2038, 5, 26, 15, 0)
    text = """Hi,

Step-down request for Jannat Akhtar (DOB 03/03/2030) and Zain Akhtar (DOB 2034-08-09), Mosaic 1599874.

C&F Assessment (completed 21/05) and the draft TAF plan are attached.

I'm seeing Mum on Friday to go through the plan and ask for her consent. We haven't yet agreed who will be the lead practitioner - possibly the family support worker at Jannat's school; I'm waiting to hear back.

Jannat's attendance is 81% and is the main worry. Zain's nursery say he is doing well and proudly told them this week "I done a wee on the potty!"

Thanks,
Laura Pietersen
Social Worker, Tower Hamlets Children's Social Care"""
    cfa = pdf_bytes("Child and Family Assessment - Akhtar - completed 21/05",
                    ["Mosaic 1599874.", "Recommendation: step down to Early Help.", "Attendance 81% (Jannat)."])
    plan = docx_bytes(["Draft TAF plan - Akhtar", "Attendance support for Jannat.", "Lead practitioner: TBC."])
    m = mail(f, "Laura Pietersen <laura.pietersen@towerhamlets.gov.uk>", mb["early_help_duty"],
             "Step-down request - Jannat & Zain Akhtar", d, text, mailer="Microsoft Outlook 16.0",
             atts=[("pdf", "C&FA Akhtar.pdf", cfa), ("docx", "TAF plan (draft) Akhtar.docx", plan)])
    add(f, m, "tower_hamlets", "early_help_duty", mins(d, 4), "ordinary", "step_down", False, None, ["1599874"],
        [("Jannat Akhtar", "2030-03-03"), ("Zain Akhtar", "2034-08-09")], ["school_attendance"], None, None,
        ["consent", "lead_practitioner"], None, "request_info",
        "Step-down with the assessment and draft TAF plan, but consent still to be asked on Friday (null) and no lead practitioner agreed -> missing consent, lead_practitioner (REQUIREMENTS.md tower_hamlets step_down) -> request_info.",
        "step-down with consent still to be asked and no lead practitioner",
        {"Jannat Akhtar": "03/03/2030", "Zain Akhtar": "2034-08-09"})

    # ---- 05 NEAR MISS: a game of 'baddies' in the home corner, followed up
    f = "tower_hamlets_05.eml"; d = when(2038, 6, 16, 11, 45)
    obs = """Observation - home corner - 15/06 - 10:20
Child: Tahmid Uddin (DOB 01/09/2033)
Staff: R. Sultana (key worker)
Tahmid and two friends were playing "baddies". He tied a scarf round the doll's hands and said "Be quiet mummy or the baddie will get you with his knife." A friend said "I'm the police" and "rescued" the doll.
Follow-up: asked Tahmid "tell me about your game" - he said "It's only pretend. The police man saves the mummy. It's from Paw Patrol." Spoke to Mum at pick-up: the game comes from a cartoon and his cousins' games. No marks, no change in presentation. DSL reviewed 15/06: no concerns, logged on our system.
"""
    text = """Dear Early Help Hub,

For information only, as the family's lead practitioner asked us to share observations while Tahmid's family is open to Early Help. Our written observation is attached.

Yesterday in the home corner Tahmid (4) was playing "baddies" with two friends and said "Be quiet mummy or the baddie will get you with his knife." We followed it up the same day as our policy says: Tahmid told us it was pretend and from a cartoon, Mum explained the game comes from his cousins, there were no marks and no other worries. Our DSL reviewed it and is satisfied there is no concern.

No action needed from MAST or duty.

Best wishes,
Josie Whitlock
Nursery Manager and DSL, Stepney Green Children's Centre Nursery"""
    m = mail(f, "Josie Whitlock <j.whitlock@stepneygreen-ccn.example.org.uk>", mb["early_help_duty"],
             "FYI - home corner observation, Tahmid Uddin - followed up, no concerns", d, text,
             mailer="Microsoft Outlook 16.0", atts=[("txt", "Observation 15.06 Tahmid.txt", obs)])
    add(f, m, "tower_hamlets", "early_help_duty", mins(d, 6), "near_miss", "other", False, None, [],
        [("Tahmid Uddin", "2033-09-01")], [], None, None, [], None, "human_review",
        "A nursery's FYI: a 4-year-old's game of 'baddies' with a knife line, followed up the same day and found to be pretend play from a cartoon; the DSL satisfied: DESIGN safety rule 1 (resolved, a game) -> not urgent; no request -> other.",
        "a game of 'baddies' in the home corner ('the baddie will get you with his knife'), followed up: pretend play",
        {"Tahmid Uddin": "01/09/2033"})

    # ---- 06 URGENT: Sylheti words interpreted by a TA, burnt hand
    f = "tower_hamlets_06.eml"; d = when(2038, 6, 24, 14, 5)
    text = """Dear MAST,

I'm the DSL at Cayley Primary School. Our teaching assistant Mrs Shapla Khatun, who speaks Sylheti, was reading with Nafisa Ahmed (Year 1, DOB 12.04.2032) at 1.30 this afternoon. Nafisa became upset and said in Sylheti - Mrs Khatun's interpretation, as close to word for word as she can make it:

"Abba said tonight he will put the hot spoon on my hand like he did to Rumi, because I broke his phone."

Mrs Khatun asked "What happened to Rumi?" Nafisa said: "Rumi cried. Abba put the spoon on the cooker and then on his hand."

I then saw her brother Rumi Ahmed (Year 3, DOB 28/01/2030). He has a fresh blistered burn, about the size of a 50p, on the back of his left hand, wrapped in cling film. He said "I touched the pan" and looked at the floor.

Dad collects both children at 3.15. Mum speaks little English and we have never been able to speak to her on her own.

Please call me on 020 7946 0592. I have Mrs Khatun's signed note of the conversation.

Jonathan Achterberg
Designated Safeguarding Lead, Cayley Primary School"""
    m = mail(f, "Jonathan Achterberg <dsl@cayley-primary.example.org.uk>", mb["mash_step_up"],
             "Nafisa Ahmed (Year 1) and Rumi Ahmed (Year 3) - words in Sylheti interpreted by our TA", d, text,
             html=True, mailer="Microsoft Outlook 16.0")
    add(f, m, "tower_hamlets", "mash_step_up", mins(d, 3), "urgent", "other", True, None, [],
        [("Nafisa Ahmed", "2032-04-12"), ("Rumi Ahmed", "2030-01-28")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A 6-year-old's Sylheti words, interpreted by a TA, that her father will burn her hand with a hot spoon tonight as he did her brother, whose fresh burn the DSL has seen; father collects at 3.15: DESIGN safety rule 1 -> urgent -> alert_duty; a school's report -> other.",
        "Sylheti words interpreted by a TA: 'Abba said tonight he will put the hot spoon on my hand like he did to Rumi'; fresh burn seen",
        {"Nafisa Ahmed": "12.04.2032", "Rumi Ahmed": "28/01/2030"})

    # ---- 07 URGENT follow_up: 'going to the river tonight ... go to heaven'
    f = "tower_hamlets_07.eml"; d = when(2038, 7, 9, 15, 48)
    ack = """From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 07 July 11:40
Subject: [SB-TWH-0219-8CN] Step down - Leo & Mia Castellano-Price

Thank you. Your step-down request (reference SB-TWH-0219-8CN) has been received and is complete.
Children: Leo Castellano-Price, Mia Castellano-Price
The TAF meeting you arrange: please send its date, time and venue."""
    text = """Please hold this step-down for now.

Leo's Year 2 teacher rang me at 3.30. At carpet time today Leo (6) said: "Daddy's going to take us to the river tonight and we're all going to go to heaven together. He promised. Mummy's not allowed to come."

Dad (Marco) was discharged from the home treatment team last week and has been texting Mum since Tuesday saying he can't go on without them. He has Leo and Mia (3) tonight and tomorrow under the court contact order and is collecting them from after-school club at 5.30. Mum is with me at the office and she is frightened.

I'm on 07700 900382.

Laura Pietersen
Social Worker, Tower Hamlets Children's Social Care

""" + quoted(ack)
    m = mail(f, "Laura Pietersen <laura.pietersen@towerhamlets.gov.uk>", mb["early_help_duty"],
             "RE: [SB-TWH-0219-8CN] Step down - Leo & Mia Castellano-Price", d, text,
             mailer="Outlook for iOS", in_reply_to="<ack-0219@stepbot.towerhamlets.gov.uk>")
    add(f, m, "tower_hamlets", "early_help_duty", mins(d, 3), "urgent", "follow_up", True, None, [],
        [("Leo Castellano-Price", None), ("Mia Castellano-Price", None)],
        ["parental_mental_health", "physical_harm"], None, None, [], None, "alert_duty",
        "A reply to [SB-TWH-0219-8CN] reporting a 6-year-old's words that his father - just discharged from home treatment, texting that he can't go on - will take the children 'to the river tonight ... to go to heaven', collecting at 5.30: DESIGN safety rule 1 -> urgent on a follow_up -> alert_duty first.",
        "a follow-up: a 6-year-old says Daddy will take them 'to the river tonight ... to heaven', father collecting at 5.30")

    # ---- 08 auto_reply (out-of-office)
    f = "tower_hamlets_08.eml"; d = when(2038, 7, 20, 8, 2)
    text = """Thank you for your email. I am on annual leave until Monday 2 August with no access to email.

For anything urgent about a family I am working with please contact the Mile End Family Hub duty line on 020 7946 0777. If you have an immediate safeguarding concern please call MAST on 0207 364 5606, or 999 in an emergency.

Elif Demir
Family Support Worker, Mile End Family Hub"""
    m = mail(f, "Elif Demir <elif.demir@towerhamlets.gov.uk>", mb["early_help_duty"],
             "Automatic reply: [SB-TWH-0188-5RB] TAF meeting confirmed", d, text,
             extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
             in_reply_to="<notice-0188@stepbot.towerhamlets.gov.uk>")
    add(f, m, "tower_hamlets", "early_help_duty", mins(d, 1), "ordinary", "auto_reply", False, None, [], [], [],
        None, None, [], None, "ignore",
        "An Outlook out-of-office (Auto-Submitted: auto-replied) with boilerplate 'immediate safeguarding concern' wording: DESIGN kind auto_reply -> ignore (safety rule 2), not urgent.",
        "out-of-office with safeguarding boilerplate")


# ================================================================ TORBAY
def torbay():
    mb = MAILBOX["torbay"]
    # ---- 01 ordinary step_down (under-5) complete
    f = "torbay_01.eml"; d = when(2038, 4, 19, 11, 20)
    text = """Hi Early Help,

Please can Poppy Jago (DOB 2035-12-14, LCS-2418836) be given a slot at the under-5s triage - step down to level 3.

The Single Assessment with my analysis and the rationale for stepping down is attached. My team manager, Kerenza Hocking, has recorded her manager's analysis confirming the threshold for level 3 is met (page 6).

Mum (Lowenna) has given her consent for level 3 Early Help - she signed at my visit on 15/04.

Poppy is 2. Her nursery key worker's notes say she now uses two-word sentences - "Mummy home", "more milk" - and runs to Mum at pick-up. Mum's postnatal depression is much better with treatment, and the health visitor will stay involved.

Thanks,
Morwenna Trethewey
Social Worker, Single Assessment Team, Torbay Council
01632 960418"""
    sa = pdf_bytes("Single Assessment - Poppy Jago - LCS-2418836", [
        "Analysis: needs now sit at level 3; Mum's mental health improving; attachment secure.",
        "Rationale for step down: progress sustained for 3 months; universal and targeted support in place.",
        "Manager's analysis (K. Hocking, Team Manager): threshold for level 3 intervention is met."])
    m = mail(f, "Morwenna Trethewey <morwenna.trethewey@torbay.gov.uk>", mb["early_help_duty"],
             "Request for triage slot - step down to L3 - Poppy Jago (2) - LCS-2418836", d, text, html=True,
             mailer="Microsoft Outlook 16.0", atts=[("pdf", "Single Assessment - Poppy Jago.pdf", sa)])
    add(f, m, "torbay", "early_help_duty", mins(d, 5), "ordinary", "step_down", False, 3, ["LCS-2418836"],
        [("Poppy Jago", "2035-12-14")], ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Step-down with the Single Assessment, the team manager's analysis and signed consent (REQUIREMENTS.md torbay step_down: assessment, manager_agreed, consent) -> complete; a 2-year-old -> the under-5s triage.",
        "complete under-5 step-down for triage", {"Poppy Jago": "2035-12-14"})

    # ---- 02 NEAR MISS step_down: 'Daddy did it' - a fall the teacher saw
    f = "torbay_02.eml"; d = when(2038, 4, 29, 10, 50)
    text = """Morning,

Triage slot please - step down to level 3 for Ollie Rowe (DOB 12/06/2032) and Ivy Rowe (DOB 4th Feb 2036), LCS-2421907.

- Single Assessment attached, with the analysis and rationale.
- Team manager Kerenza Hocking's analysis on LCS confirms the level 3 threshold is met.
- Dad and his partner gave consent for level 3 Early Help on 27/04.

A note so nobody is alarmed by the school's CPOMS entry from Tuesday: Ollie (5) came in with a bruise on his forehead and told his teacher "Daddy did it". His teacher, Mrs Vosper, had seen him fall off the climbing frame on Monday afternoon and wrote it in the accident book. When she asked him again he explained "Daddy did the magic cream on it." School's DSL is satisfied and I have seen the accident book entry.

The continuing needs are Dad's low mood and the family's morning routines.

Jack Pengelly
Social Worker, Safeguarding and Supporting Families, Torbay"""
    sa = pdf_bytes("Single Assessment - Rowe - April", [
        "LCS-2421907. Analysis: needs at level 3; Dad's low mood; routines.",
        "Rationale: CIN goals met; family engaging well."])
    m = mail(f, "Jack Pengelly <jack.pengelly@torbay.gov.uk>", mb["early_help_duty"],
             "Triage slot please - step down - Ollie & Ivy Rowe", d, text, mailer="Microsoft Outlook 16.0",
             atts=[("pdf", "SA - Rowe - April.pdf", sa)])
    add(f, m, "torbay", "early_help_duty", mins(d, 4), "near_miss", "step_down", False, 3, ["LCS-2421907"],
        [("Ollie Rowe", "2032-06-12"), ("Ivy Rowe", "2036-02-04")], ["parental_mental_health"], True, True, [],
        None, "book_meeting",
        "Complete step-down (assessment, manager's analysis, consent; REQUIREMENTS.md torbay step_down); a 5-year-old's 'Daddy did it' about a bruise from a fall his teacher saw, meaning the cream -> explained, not urgent, no physical_harm.",
        "a 5-year-old's 'Daddy did it' about a bruise from a fall his teacher saw ('Daddy did the magic cream')",
        {"Ollie Rowe": "12/06/2032", "Ivy Rowe": "4th Feb 2036"})

    # ---- 03 URGENT step_up: 'the man's house' after school today
    f = "torbay_03.eml"; d = when(2038, 5, 11, 12, 35)
    text = """Hi MASH

I'm the lead professional (Early Help level 3, EHM-741208) for Harper Lee-Stoneman, DOB 19/02/2032, Year 1 at Preston Primary in Paignton.

Her teacher rang me at 12.10. At carpet time Harper said: "I'm going to the man's house after school today. He's got a puppy and sweets. It's a secret, mummy doesn't know. He's picking me up at the back gate."
When her teacher asked which man, Harper said "the man from the park who takes pictures of me".

Mum is at work in Exeter with her phone off and I can't reach her. Mum told me in March about a man in a silver van who hangs round the park by their flat and talks to the children - she didn't know his name.

I've spoken to my ATM Silas Penrose and we agree this needs to come to you now for level 4.
I haven't been able to speak to Mum yet so I don't have her consent.

School finishes at 3.15.
Kayleigh Dunstan 07700 900516

Sent from Outlook for iOS"""
    m = mail(f, "Kayleigh Dunstan <kayleigh.dunstan@torbay.gov.uk>", mb["mash_step_up"],
             "Contact to MASH - Harper Lee-Stoneman (6) - going to 'the man's house' today", d, text,
             mailer="Outlook for iOS")
    add(f, m, "torbay", "mash_step_up", mins(d, 3), "urgent", "step_up", True, None, ["EHM-741208"],
        [("Harper Lee-Stoneman", "2032-02-19")], ["sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "The lead professional's contact to MASH: a 6-year-old says she is going to 'the man's house' after school today, a secret, the man 'who takes pictures of me' picking her up at 3.15: DESIGN safety rule 1 -> urgent -> alert_duty; ATM agreement given, consent not yet asked (null) -> missing consent (REQUIREMENTS.md torbay step_up).",
        "a 6-year-old says she is going to 'the man's house' after school today - 'it's a secret', he 'takes pictures of me'",
        {"Harper Lee-Stoneman": "19/02/2032"})

    # ---- 04 ordinary step_up: consent refused
    f = "torbay_04.eml"; d = when(2038, 5, 28, 10, 10)
    text = """Dear MASH,

Step up contact for Freddie Cole (DOB 07-01-2035), EHM-738455.

Freddie is 3. Mum's drinking has increased since Easter. Freddie told his nursery key worker on Tuesday "Mummy's poorly with the drinks and she sleeps on the floor", and nursery have noticed he is often hungry and in the same clothes. Grandad lives with them and is sober, and Freddie is at nursery five mornings a week.

My team manager and I agree this needs considering for level 4.

I asked Mum for her consent yesterday and she refused - she does not agree to a contact to MASH.

Regards,
Tegan Bolitho
Early Help Family Practitioner, Torbay"""
    m = mail(f, "Tegan Bolitho <tegan.bolitho@torbay.gov.uk>", mb["mash_step_up"],
             "Step up contact - Freddie Cole (3) - EHM-738455", d, text, mailer="Microsoft Outlook 16.0")
    add(f, m, "torbay", "mash_step_up", mins(d, 4), "ordinary", "step_up", False, None, ["EHM-738455"],
        [("Freddie Cole", "2035-01-07")], ["neglect", "substance_misuse"], False, True, ["consent"], None,
        "request_info",
        "Torbay step-up with the team manager's agreement but mum's consent stated as refused -> consent false -> missing consent (REQUIREMENTS.md torbay step_up: consent, manager_agreed) -> request_info.",
        "step-up contact with consent refused", {"Freddie Cole": "07-01-2035"})

    # ---- 05 NEAR MISS follow_up: negated disclosure, the 'secret' was a cake
    f = "torbay_05.eml"; d = when(2038, 6, 8, 16, 15)
    ack = """From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 02 June 09:12
Subject: [SB-TOR-0077-2WV] Step down - Alfie Penhaligon - LCS-2430118

Thank you. Your request for a triage slot (reference SB-TOR-0077-2WV) has been received.
Under-5s triage: Tuesday 15 June, 09:30."""
    text = """Hi,

Minutes from yesterday's TAF are attached for Alfie's triage on the 15th.

To be clear, after the question raised at the TAF: Alfie has NOT said anything about anyone hurting him. His childminder asked him gently about the grazes on his legs and he said "Nobody hurts me. I fell off my scooter" - she saw it happen. There have been no disclosures and there are no concerns about sexual harm. The "secret" he told nursery about turned out to be Nana's birthday cake.

Thanks,
Demelza Hocking (no relation to Kerenza!)
Social Worker, Torbay

""" + quoted(ack)
    mins_doc = docx_bytes(["TAF minutes - Alfie Penhaligon - 07/06", "Present: Mum, childminder, health visitor, SW.",
                           "Progress: routines good, speech improving.", "No new concerns raised."])
    m = mail(f, "Demelza Hocking <demelza.hocking@torbay.gov.uk>", mb["early_help_duty"],
             "RE: [SB-TOR-0077-2WV] Step down - Alfie Penhaligon - LCS-2430118", d, text, html=True,
             mailer="Microsoft Outlook 16.0", in_reply_to="<ack-0077@stepbot.torbay.gov.uk>",
             atts=[("docx", "TAF minutes 07.06 - Penhaligon.docx", mins_doc)])
    add(f, m, "torbay", "early_help_duty", mins(d, 3), "near_miss", "follow_up", False, None, ["LCS-2430118"],
        [("Alfie Penhaligon", None)], [], None, None, [], None, "attach_to_request",
        "A reply to [SB-TOR-0077-2WV] adding TAF minutes, whose 'NOT said anything about anyone hurting him', 'no concerns about sexual harm' and resolved 'secret' are negations: DESIGN safety rule 1 -> not urgent; follow_up -> attach_to_request.",
        "follow-up: 'Alfie has NOT said anything about anyone hurting him'; the 'secret' was Nana's birthday cake")

    # ---- 06 URGENT: a drawing, petrol in the shed, tonight
    f = "torbay_06.eml"; d = when(2038, 6, 23, 16, 5)
    text = """Hello MASH, this is Bev Luscombe, manager at Little Puffins Pre-school, Torquay.

This afternoon Jayden Tremaine (born 30.08.2032) drew a house with orange scribble all over it and people inside. I asked him to tell me about his picture. He said:

"That's our house on fire. Daddy said he is going to burn the house with us in it tonight when mummy is asleep. He put the petrol can in the shed."

Then he coloured the people black and wouldn't talk anymore.

Mum told us last week she has started divorce proceedings. Dad still lives at the house, sleeping in the back room, and has been shouting at her in front of the children. Mum collects at 5.30 and doesn't know about this yet. Jayden's sister Kacey Tremaine (8) is at the primary next door.

I've kept the drawing. Please ring me on 07700 900244.
Bev

Sent from my Samsung Galaxy"""
    m = mail(f, "Bev Luscombe <manager@littlepuffins.example.org.uk>", mb["mash_step_up"],
             "Jayden Tremaine 5 - his drawing and what he said", d, text, mailer="Android Mail")
    add(f, m, "torbay", "mash_step_up", mins(d, 2), "urgent", "other", True, None, [],
        [("Jayden Tremaine", "2032-08-30"), ("Kacey Tremaine", None)], ["domestic_abuse", "physical_harm"], None,
        None, [], None, "alert_duty",
        "A child's drawing described: a 5-year-old says his father 'is going to burn the house with us in it tonight' and has put petrol in the shed, the father living there amid a divorce: DESIGN safety rule 1 -> urgent -> alert_duty; a pre-school's report -> other.",
        "a 5-year-old's drawing of the house on fire: 'Daddy said he is going to burn the house with us in it tonight'",
        {"Jayden Tremaine": "30.08.2032"})

    # ---- 07 NEAR MISS: already handled - police and EDT last night
    f = "torbay_07.eml"; d = when(2038, 7, 6, 9, 40)
    text = """Good morning,

For your records, as asked by the duty social worker yesterday.

At pick-up yesterday (Monday) Lily-Mae Couch (DOB 14/03/2033) said to her key worker, "Mummy's boyfriend hit mummy with the hoover and I hid in the wardrobe." We phoned MASH at 15:40 and spoke to the duty social worker. Police attended the home at 17:00; the boyfriend was arrested and has been bailed to an address in Plymouth with conditions not to contact Mum or come to Torquay. The Emergency Duty Team visited at 20:30: Lily-Mae and her brother are at home with Mum and safe. The strategy discussion is at 11 this morning.

Our written record of what Lily-Mae said is attached.

Kind regards,
Sophie Nankivell
DSL, Babbacombe Bears Pre-school"""
    rec = pdf_bytes("Record of what a child said - Babbacombe Bears Pre-school", [
        "Child: Lily-Mae Couch. Date: Monday 05/07, 15:20, cloakroom at pick-up.",
        "Words: 'Mummy's boyfriend hit mummy with the hoover and I hid in the wardrobe.'",
        "Action: MASH phoned 15:40. Staff: S. Nankivell."])
    m = mail(f, "Sophie Nankivell <dsl@babbacombebears.example.org.uk>", mb["mash_step_up"],
             "For your records - Lily-Mae Couch (5) - police and EDT attended last night", d, text,
             mailer="Microsoft Outlook 16.0", atts=[("pdf", "Record of disclosure - Couch 05.07.pdf", rec)])
    add(f, m, "torbay", "mash_step_up", mins(d, 5), "near_miss", "other", False, None, [],
        [("Lily-Mae Couch", "2033-03-14")], ["domestic_abuse"], None, None, [], None, "human_review",
        "Yesterday's disclosure already acted on - MASH phoned, the man arrested and bailed away with conditions, EDT visited, strategy discussion booked: DESIGN safety rule 1 (already handled) -> not urgent; a record sent as asked -> other, human_review.",
        "yesterday's 'Mummy's boyfriend hit mummy with the hoover' already handled: arrest, bail away, EDT visit, strategy booked",
        {"Lily-Mae Couch": "14/03/2033"})

    # ---- 08 meeting_reply DECLINED (Google Calendar) from a speech and language therapist
    f = "torbay_08.eml"; d = when(2038, 7, 19, 13, 15)
    comment = "Sorry - I have a clinic that morning. My SALT report for Poppy is on SystmOne and I'm happy to send a written update before triage."
    cal = ics("REPLY", "sb-tor-0102-7jm-%s@stepbot.torbay.gov.uk" % sha(f)[:8], d,
              dt.datetime(2038, 7, 27, 9, 30), dt.datetime(2038, 7, 27, 10, 0),
              "Under-5s triage [SB-TOR-0102-7JM]", "Paignton Library and Information Centre, room 3",
              ("Early Help", "earlyhelp@torbay.gov.uk"),
              [("Nerys Abernethy", "nerys.abernethy@torbay-salt.example.nhs.uk", "DECLINED")],
              comment=comment, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    text = ("Nerys Abernethy has declined this invitation.\n\nUnder-5s triage [SB-TOR-0102-7JM]\n"
            "Tuesday 27 Jul, 09:30 - 10:00 (British Summer Time - London)\n\n\"%s\"\n\n"
            "Invitation from Google Calendar\n" % comment)
    m = itip_reply(f, "Nerys Abernethy <nerys.abernethy@torbay-salt.example.nhs.uk>", mb["early_help_duty"],
                   "Declined: Under-5s triage [SB-TOR-0102-7JM] @ Tue 27 Jul 09:30 - 10:00 (BST)", d, text, cal)
    add(f, m, "torbay", "early_help_duty", mins(d, 3), "ordinary", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (PARTSTAT=DECLINED) from a speech and language therapist with a routine comment: DESIGN kind meeting_reply -> record_reply.",
        "speech and language therapist declines the under-5s triage")


# ================================================================ HEREFORDSHIRE
def herefordshire():
    mb = MAILBOX["herefordshire"]
    # ---- 01 ordinary complete sibling-group step-down
    f = "herefordshire_01.eml"; d = when(2038, 4, 22, 10, 0)
    text = """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and Mum's signed consent form for the sibling group Ffion Bowen-Tyler (DOB 09/05/2031) and Osian Bowen-Tyler (DOB 21/10/2034), Mosaic 731204 / 731205. Step down to level 3.

Key person agreed with the family to lead: Mrs Carys Pugh, Family Support Worker, Kington Children's Centre (01632 960733).

I discussed the plan with Verity Lang at Tuesday's drop-in. The C&F Assessment decision was on 14/04.

Ffion's words at my last visit, which Mum asked me to include: "Mummy is calm now and we have tea at the table."

Kind regards,
Rhys Prosser
Social Worker, Herefordshire Council Children's Services"""
    plan = docx_bytes(["Early Help Assessment - step-down plan - Bowen-Tyler",
                       "What needs to happen: Mum to continue counselling for anxiety; Ffion's attendance support; Osian's nursery place.",
                       "By whom: Carys Pugh (key person), school, nursery.", "Timescale: review at MAG in 4 weeks."])
    consent = pdf_bytes("Consent to Early Help - Bowen-Tyler", [
        "I consent to my family receiving Early Help and to information being shared.",
        "Signed: Delyth Bowen (Mum), 20/04."])
    m = mail(f, "Rhys Prosser <rhys.prosser@herefordshire.gov.uk>", mb["early_help_duty"],
             "Step-down plan - Bowen-Tyler sibling group (Mosaic 731204 / 731205)", d, text, html=True,
             mailer="Microsoft Outlook 16.0",
             atts=[("docx", "EHA step-down plan - Bowen-Tyler.docx", plan),
                   ("pdf", "Signed consent - Bowen-Tyler.pdf", consent)])
    add(f, m, "herefordshire", "early_help_duty", mins(d, 5), "ordinary", "step_down", False, 3,
        ["731204", "731205"], [("Ffion Bowen-Tyler", "2031-05-09"), ("Osian Bowen-Tyler", "2034-10-21")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Sibling-group step-down with the plan, the signed consent form and a key person with agency (REQUIREMENTS.md herefordshire step_down: consent_form, draft_plan, lead_practitioner) -> complete -> book_meeting.",
        "complete sibling-group step-down",
        {"Ffion Bowen-Tyler": "09/05/2031", "Osian Bowen-Tyler": "21/10/2034"})

    # ---- 02 NEAR MISS step_down: the 'tickle game' sentence, resolved by the s47
    f = "herefordshire_02.eml"; d = when(2038, 5, 4, 14, 20)
    text = """Hello,

Step-down plan and signed consent form attached for Bella Morgan-Price (DOB 2nd November 2033), Mosaic 735518.

Key person: Sian Davies, SENCo at Leominster Nursery - she has agreed to lead.

Background, because the referral wording will jump out at you: the s47 started in March when Bella (4) told her key worker "Mummy's friend plays the tickle game and I have to keep it secret." It was a sentence that could have meant many things. The joint enquiry found that "Mummy's friend" is Mum's best friend Jo, the tickle game is a family game Bella plays with her cousins at Jo's house with everyone there, and the secret was the surprise party for Mum's 30th. Bella's account in her own words matched, the medical was not needed, and the s47 concluded as unsubstantiated with police NFA.

What remains is Bella's speech and language - she is on the SALT waiting list.

Thanks,
Anya Kuznetsova
Social Worker, Herefordshire Council"""
    plan = docx_bytes(["Early Help Assessment - step-down plan - Bella Morgan-Price",
                       "SALT referral follow-up; nursery speech group; Mum to attend the Talk Together course.",
                       "Key person: Sian Davies (Leominster Nursery)."])
    consent = pdf_bytes("Consent to Early Help - Morgan-Price", ["I consent to Early Help support.",
                                                                "Signed: Rachel Morgan (Mum), 30/04."])
    m = mail(f, "Anya Kuznetsova <anya.kuznetsova@herefordshire.gov.uk>", mb["early_help_duty"],
             "Step down - Bella Morgan-Price (4) - plan + consent attached", d, text, mailer="Microsoft Outlook 16.0",
             atts=[("docx", "Step-down plan Morgan-Price.docx", plan), ("pdf", "Consent form Morgan-Price.pdf", consent)])
    add(f, m, "herefordshire", "early_help_duty", mins(d, 4), "near_miss", "step_down", False, None, ["735518"],
        [("Bella Morgan-Price", "2033-11-02")], ["disability_send"], True, None, [], None, "book_meeting",
        "Complete step-down (plan, signed consent form, key person; REQUIREMENTS.md herefordshire step_down); a 4-year-old's 'tickle game ... keep it secret' was explored by a concluded s47 (unsubstantiated, police NFA) -> resolved, not urgent, no sexual_harm; no level written -> null.",
        "a 4-year-old's 'Mummy's friend plays the tickle game and I have to keep it secret', explained by a concluded s47",
        {"Bella Morgan-Price": "2nd November 2033"})

    # ---- 03 URGENT: Polish words interpreted by a TA, scalded feet
    f = "herefordshire_03.eml"; d = when(2038, 5, 17, 15, 55)
    text = """Dear MASH,

I am the manager at Rainbow Tree Nursery, Hereford. Our teaching assistant, Pani Zofia Kamińska, speaks Polish.

At 2.45 today Antoni Wiśniewski (DOB 23/01/2034) was changing after water play and Zofia saw red, peeling skin on both his feet and ankles, in a line like socks. She asked him gently in Polish what had happened. His words, and her translation:

"Tata włożył mnie do gorącej wody, bo się zsikałem. Dzisiaj też, jak się zsikam."
"Daddy put me in the hot water because I wet myself. Today too, if I wet myself."

Antoni wet himself at nursery at 1pm today; his wet trousers are in a bag on his peg to go home. Dad collects him at 5.15. His older sister Maja Wiśniewska (7) is at St Francis Xavier Primary. We have not spoken to the parents.

Please ring me, Karen Whitby, on 01632 960741.

Karen Whitby
Nursery Manager, Rainbow Tree Nursery"""
    m = mail(f, "Karen Whitby <manager@rainbowtree-hereford.example.org.uk>", mb["mash_step_up"],
             "Antoni Wiśniewski (4) - his words in Polish, interpreted by our TA", d, text, html=True,
             mailer="Microsoft Outlook 16.0")
    add(f, m, "herefordshire", "mash_step_up", mins(d, 3), "urgent", "other", True, None, [],
        [("Antoni Wiśniewski", "2034-01-23"), ("Maja Wiśniewska", None)], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A 4-year-old's Polish words, interpreted by a TA, that his father put him in hot water for wetting himself and will 'today too', with sock-line scalds seen and a wetting today, father collecting at 5.15: DESIGN safety rule 1 -> urgent -> alert_duty; a nursery's report -> other.",
        "Polish words interpreted by a TA: 'Daddy put me in the hot water because I wet myself. Today too'; scalds seen",
        {"Antoni Wiśniewski": "23/01/2034"})

    # ---- 04 ordinary step_down incomplete: verbal consent only, no key person
    f = "herefordshire_04.eml"; d = when(2038, 6, 3, 11, 30)
    text = """Hi,

Step down to Early Help for Rosie Hale (DOB 27/07/2030), Mosaic 738903. The step-down plan is attached.

Mum has agreed verbally; I'll get the consent form signed at my visit on Tuesday. We haven't identified a key person yet - the school were going to come back to me about their family support worker.

Rosie is a young carer for her mum, who has MS. She told me proudly, "I do Mummy's tablets in the morning and I make her toast." The plan includes a young carers' assessment.

Regards,
Callum Jeffries
Social Worker, Herefordshire Council"""
    plan = docx_bytes(["Step-down plan - Rosie Hale", "Young carers' assessment; adult social care review for Mum; school pastoral support.",
                       "Key person: to be confirmed."])
    m = mail(f, "Callum Jeffries <callum.jeffries@herefordshire.gov.uk>", mb["early_help_duty"],
             "Step down to Early Help - Rosie Hale - plan attached", d, text, mailer="Microsoft Outlook 16.0",
             atts=[("docx", "Step-down plan - Rosie Hale.docx", plan)])
    add(f, m, "herefordshire", "early_help_duty", mins(d, 5), "ordinary", "step_down", False, None, ["738903"],
        [("Rosie Hale", "2030-07-27")], ["young_carer"], True, None, ["consent_form", "lead_practitioner"], None,
        "request_info",
        "Step-down with the plan but only verbal consent (consent true, the written form to follow -> consent_form missing) and no key person -> missing consent_form, lead_practitioner (REQUIREMENTS.md herefordshire step_down) -> request_info.",
        "step-down with verbal consent only and no key person", {"Rosie Hale": "27/07/2030"})

    # ---- 05 NEAR MISS: a DSL's hypothetical question
    f = "herefordshire_05.eml"; d = when(2038, 6, 18, 13, 10)
    text = """Hello Early Help co-ordinators,

Quick question, and it is hypothetical - there is no child in mind and this is not about a real case.

We're rewriting our staff flowchart for September. If a 5-year-old said at carpet time that "the man" was picking her up after school, or a child said she's "not allowed to go home if I tell", would you want us to ring MASH or to send it to you as Early Help? I assume MASH by phone in both cases, but I'd like the wording right for our Reception and Year 1 staff.

Also - is there a template for recording a child's exact words that you'd recommend?

Thanks very much,
Bethan Price-Jenkins
Deputy Head and DSL, Much Marcle C of E Primary"""
    m = mail(f, "Bethan Price-Jenkins <dsl@muchmarcle-primary.example.org.uk>", mb["early_help_duty"],
             "Quick question - which door do we knock on?", d, text, html=True, mailer="Microsoft Outlook 16.0")
    add(f, m, "herefordshire", "early_help_duty", mins(d, 4), "near_miss", "other", False, None, [], [], [], None,
        None, [], None, "human_review",
        "A DSL's hypothetical question quoting a child 'not allowed to go home if I tell' and 'the man' picking her up, with 'no child in mind': DESIGN safety rule 1 (hypothetical) -> not urgent; an enquiry -> other, human_review.",
        "a DSL's hypothetical flowchart question quoting 'the man' and 'not allowed to go home if I tell'")

    # ---- 06 URGENT: Saturday night, aunt, sleepover, goes back tomorrow
    f = "herefordshire_06.eml"; d = when(2038, 6, 26, 21, 14)
    text = """Hi

I don't know who to send this to, I found this address on the council website.

My niece Evie Jones (8, birthday 14 March 2030) is sleeping over at mine tonight. At bath time she said to me:
"Craig takes pictures of me in the bath and says it's our secret game. He's babysitting me tomorrow when mummy goes to work."

Craig is my sister's new boyfriend, he moved in with them at Easter. I told Evie she hasn't done anything wrong and I didn't ask her anything else.

My sister is expecting Evie home by 10 tomorrow morning because she starts work at 11 and Craig will be looking after her all day. I haven't said anything to my sister yet.

Evie can stay with me tonight. Please can someone ring me on 07700 900853.

Nia Jones

Sent from my Samsung Galaxy"""
    m = mail(f, "Nia Jones <nia.jones84@example.com>", mb["mash_step_up"],
             "my niece told me something tonight - she goes back tomorrow", d, text, mailer="Android Gmail")
    add(f, m, "herefordshire", "mash_step_up", mins(d, 4), "urgent", "other", True, None, [],
        [("Evie Jones", "2030-03-14")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "Saturday 21:14: an aunt reports an 8-year-old's words that her mother's partner photographs her in the bath as a 'secret game' and will be alone with her tomorrow from 10am: DESIGN safety rule 1 -> urgent -> alert_duty to the out-of-hours service (weekend); a relative's message -> other.",
        "Saturday night, an aunt: an 8-year-old says the partner 'takes pictures of me in the bath ... he's babysitting me tomorrow'",
        {"Evie Jones": "14 March 2030"})

    # ---- 07 NEAR MISS: parent asking for help, past smack investigated and closed
    f = "herefordshire_07.eml"; d = when(2038, 7, 8, 19, 45)
    text = """Hello,

My son is Kai Rowlands, he is 4 (DOB 2 December 2033).

I want to be honest so you know: in March Kai said to his nursery "Daddy smacked me hard on my leg". Social services came out and looked into it and they closed it in April with no further action. His dad and I did the Triple P course and we don't smack now - we use the calm-down corner and it really works.

What I actually need help with is Kai's speech. He is hard to understand and he gets so frustrated he bangs his head on the floor. The nursery said to ask Early Help. Can you help us?

Thank you,
Leanne Rowlands

Sent from my iPhone"""
    m = mail(f, "Leanne Rowlands <leanne.rowlands@example.com>", mb["early_help_duty"],
             "help for my son's speech please", d, text, mailer="iPhone Mail (21F90)")
    add(f, m, "herefordshire", "early_help_duty", mins(d, 5), "near_miss", "other", False, None, [],
        [("Kai Rowlands", "2033-12-02")], ["disability_send"], None, None, [], None, "human_review",
        "A parent asking for help with her 4-year-old's speech who mentions a smack in March, investigated and closed NFA: DESIGN safety rule 1 (historic, resolved) -> not urgent; a parent's request is not a social worker's step-down -> other, human_review.",
        "a mother's own email: 'Daddy smacked me hard on my leg' in March, investigated and closed; asking for speech help",
        {"Kai Rowlands": "2 December 2033"})

    # ---- 08 ordinary step_up (undefined for Herefordshire)
    f = "herefordshire_08.eml"; d = when(2038, 7, 21, 10, 25)
    text = """Dear MASH,

I would like to step up Tilly Powell (DOB 15/05/2033) and Jack Powell (DOB 2036-02-20), Mosaic 740112, from Early Help to social care.

Over the last three months home conditions have got worse despite the plan. At nursery Tilly (5) told her key worker, "I don't have a bed, I sleep on the coats with Jack." Jack has missed two health visitor appointments and his weight has dropped on his chart. The children are warm and fed at their nan's most days, so I'm not asking for anything today, but Early Help can't do more.

My manager, Gareth Beavan, has agreed the step-up. Mum consents to the referral.

Kind regards,
Marianne Okafor-Lloyd
Early Help Family Practitioner, Herefordshire Council"""
    m = mail(f, "Marianne Okafor-Lloyd <marianne.okafor-lloyd@herefordshire.gov.uk>", mb["mash_step_up"],
             "Step up request - Tilly & Jack Powell (Mosaic 740112)", d, text, html=True, mailer="Microsoft Outlook 16.0")
    add(f, m, "herefordshire", "mash_step_up", mins(d, 4), "ordinary", "step_up", False, None, ["740112"],
        [("Tilly Powell", "2033-05-15"), ("Jack Powell", "2036-02-20")], ["neglect"], True, True, [], None,
        "human_review",
        "A step-up to the Herefordshire MASH: the Herefordshire seed defines no step-up (REQUIREMENTS.md: 'step_up is not defined by this seed') -> human_review, missing []; not immediate (children fed and warm at nan's).",
        "step-up, which Herefordshire's protocol does not define", {"Tilly Powell": "15/05/2033", "Jack Powell": "2036-02-20"})


# ================================================================ checks
BANNED = re.compile(r"urgent|immediate|emergency|\bat risk\b|risk of harm|danger|\basap\b", re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
REQ = {
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                              "gcp2", "engaging_families", "exploitation_assessment", "children"},
    ("knowsley", "step_down", 2): {"meeting_details", "worries_strengths_next", "lead_practitioner", "children"},
    ("knowsley", "step_down", 3): {"meeting_details", "worries_strengths_next", "consent", "children"},
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
    ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"},
}


def parse_dob(s):
    s = s.strip()
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th) (\w+) (\d{4})", s)
    if m:
        for fmt in ("%d %B %Y", "%d %b %Y"):
            try:
                return dt.datetime.strptime("%s %s %s" % m.groups(), fmt).date()
            except ValueError:
                pass
    raise ValueError("cannot parse dob %r" % s)


def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(part.get_content()))
        elif part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/calendar":
                t = t.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&amp;", "&")
            out.append(t)
    return "\n".join(out)


def check(records):
    errs = []
    E = errs.append
    assert BH == BH_EXPECTED, sorted(BH ^ BH_EXPECTED)
    in_window = sorted(b for b in BH if WINDOW[0] <= b <= WINDOW[1])
    assert in_window == [dt.date(2038, 4, 23), dt.date(2038, 4, 26), dt.date(2038, 5, 3), dt.date(2038, 5, 31)]
    assert WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 2
    if len(records) != 40:
        E("expected 40 mails, got %d" % len(records))
    per_auth = {}
    cats = {}
    for r in records:
        per_auth[r["authority"]] = per_auth.get(r["authority"], 0) + 1
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    for a in MAILBOX:
        if per_auth.get(a) != 8:
            E("%s has %s mails" % (a, per_auth.get(a)))
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11:
        E("category counts %r" % cats)
    names = set()
    for r in records:
        f, lab, e = r["fname"], r["label"], r["label"]["expect"]
        if f in names:
            E("duplicate " + f)
        names.add(f)
        if not re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_0[1-8]\.eml", f) \
                or not f.startswith(r["authority"]):
            E("bad file name " + f)
        for i, part in enumerate(p for p in r["msg"].walk() if p.is_multipart()):
            part.set_boundary("----=_Part_%d_%s" % (i, sha(f + str(i))[:24]))
        raw = r["msg"].as_bytes(policy=policy.SMTP)
        r["raw"] = raw
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            E("%s defects %r" % (f, msg.defects))
        try:
            raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
        except UnicodeDecodeError:
            E(f + " 8-bit header")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg.get(h):
                E("%s lacks %s" % (f, h))
        addrs = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if MAILBOX[r["authority"]][r["mailbox"]].lower() not in addrs:
            E(f + " mailbox address not in To/Cc")
        date = msg["Date"].datetime
        now = dt.datetime.fromisoformat(lab["now"])
        if not (WINDOW[0] <= date.date() <= WINDOW[1]):
            E(f + " date outside window")
        if date.utcoffset() != dt.timedelta(hours=1) or now.utcoffset() != dt.timedelta(hours=1):
            E(f + " offset not +0100")
        if not (dt.timedelta(minutes=1) <= now - date <= dt.timedelta(minutes=10)):
            E(f + " now not 1-10 min after Date")
        local = date.astimezone(LONDON)
        night = local.hour >= 17 or local.hour < 9
        if not working(local.date()) and not (e["urgent"] and night):
            E(f + " sent on a non-working day")
        text = readable(msg)
        r["text"] = text
        # years
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2038:
                E("%s mentions year %s" % (f, y))
        # category vs urgent
        if (r["category"] == "urgent") != e["urgent"]:
            E(f + " urgent/category mismatch")
        if r["category"] == "urgent":
            mm = BANNED.search(text)
            if mm:
                E("%s (urgent) contains banned word %r" % (f, mm.group(0)))
        # kind-specific structure
        has_reply = any(p.get_content_type() == "text/calendar" and "METHOD:REPLY" in p.get_content()
                        for p in msg.walk() if not p.is_multipart())
        if (e["kind"] == "meeting_reply") != has_reply:
            E(f + " meeting_reply <-> iTIP REPLY mismatch")
        if (e["kind"] == "auto_reply") != bool(msg.get("Auto-Submitted")):
            E(f + " auto_reply <-> Auto-Submitted mismatch")
        if e["kind"] == "follow_up" and not re.search(r"\[SB-[A-Z]{3}-\d{4}-[0-9A-Z]{3}\]", str(msg["Subject"])):
            E(f + " follow_up without a reference")
        if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in str(msg["Subject"]):
            E(f + " request with a reference")
        # label field checks
        keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                "missing", "notice_ok", "next_action"]
        if list(e) != keys or list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            E(f + " label keys")
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            E(f + " concerns")
        if e["missing"] != sorted(set(e["missing"])):
            E(f + " missing unsorted")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            E(f + " level")
        if e["level"] is not None and not re.search(r"\b(level|l)\s*%d\b" % e["level"], text, re.I):
            E(f + " level not written")
        # next_action order
        if e["urgent"]:
            want = "alert_duty"
        elif e["kind"] == "auto_reply":
            want = "ignore"
        elif e["kind"] == "meeting_reply":
            want = "record_reply"
        elif e["kind"] == "follow_up":
            want = "attach_to_request"
        elif e["kind"] == "other" or (r["authority"] == "herefordshire" and e["kind"] == "step_up"):
            want = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            want = "request_info"
        else:
            want = "book_meeting"
        if e["next_action"] != want:
            E("%s next_action %s, want %s" % (f, e["next_action"], want))
        # missing within the matrix
        key = (r["authority"], e["kind"]) if r["authority"] != "knowsley" or e["kind"] != "step_down" \
            else ("knowsley", "step_down", e["level"] or 3)
        allowed = REQ.get(key, set())
        if r["authority"] == "herefordshire" and e["kind"] == "step_up":
            allowed = set()
        if e["kind"] not in ("step_up", "step_down"):
            allowed = set()
        if not set(e["missing"]) <= allowed:
            E("%s missing %r outside %r" % (f, e["missing"], allowed))
        if "consent" in allowed and (("consent" in e["missing"]) != (e["consent"] is not True)):
            E(f + " consent vs missing")
        if "manager_agreed" in allowed and (("manager_agreed" in e["missing"]) != (e["manager_agreed"] is not True)):
            E(f + " manager vs missing")
        if "case_id" in allowed and (("case_id" in e["missing"]) != (not e["case_ids"])):
            E(f + " case_id vs missing")
        if r["authority"] == "knowsley" and e["kind"] == "step_up":
            for doc, c in (("gcp2", "neglect"), ("engaging_families", "non_engagement"),
                           ("exploitation_assessment", "exploitation")):
                if doc in e["missing"] and c not in e["concerns"]:
                    E(f + " %s without %s" % (doc, c))
        # notice
        if r["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if e["notice_ok"] is None and "meeting_details" not in e["missing"]:
                E(f + " knowsley notice null without meeting_details missing")
        elif e["notice_ok"] is not None:
            E(f + " notice_ok outside Knowsley step requests")
        # case ids and children present in text
        for cid in e["case_ids"]:
            if cid not in text:
                E("%s case id %s not in text" % (f, cid))
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}", cid):
                E("%s odd case id %s" % (f, cid))
        for c in e["children"]:
            if c["name"] not in text:
                E("%s child %s not in text" % (f, c["name"]))
            if c["dob"]:
                written = r["dob_written"].get(c["name"])
                if not written or written not in text:
                    E("%s dob for %s not written as %r" % (f, c["name"], written))
                elif parse_dob(written).isoformat() != c["dob"]:
                    E("%s dob %s parses to %s" % (f, written, parse_dob(written)))
                age = (now.date() - dt.date.fromisoformat(c["dob"])).days / 365.25
                if not (0 < age < 10):
                    E("%s %s aged %.1f (theme: under 10)" % (f, c["name"], age))
        pos = [text.find(c["name"].split()[0]) for c in e["children"]]
        if pos != sorted(pos):
            E(f + " children out of order of appearance")
        if not lab["why"] or ("REQUIREMENTS" not in lab["why"] and "DESIGN" not in lab["why"]):
            E(f + " why does not name a rule")
    # Knowsley notice counts, asserted
    notice = {"knowsley_01.eml": (dt.date(2038, 5, 5), 5, True), "knowsley_03.eml": (dt.date(2038, 6, 1), 6, True),
              "knowsley_04.eml": (dt.date(2038, 6, 1), 4, False), "knowsley_05.eml": (dt.date(2038, 6, 16), 5, True)}
    for r in records:
        if r["fname"] in notice:
            meet, n, ok = notice[r["fname"]]
            today = dt.datetime.fromisoformat(r["label"]["now"]).date()
            got = wd_between(today, meet)
            if got != n or (got >= 5) != ok or r["label"]["expect"]["notice_ok"] != ok:
                E("%s notice %d/%s" % (r["fname"], got, r["label"]["expect"]["notice_ok"]))
    # knowsley_04 is decided by the bank holiday
    if sum(1 for i in range(1, 8) if (dt.date(2038, 5, 25) + dt.timedelta(days=i)).weekday() < 5) != 5:
        E("knowsley_04 plain weekday count")
    return errs, cats


def main():
    knowsley(); richmond(); tower_hamlets(); torbay(); herefordshire()
    RECORDS.sort(key=lambda r: r["fname"])
    errs, cats = check(RECORDS)
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for r in RECORDS:
        with open(os.path.join(HERE, r["fname"]), "wb") as fh:
            fh.write(r["raw"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump([r["label"] for r in RECORDS], fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({r["fname"]: r["category"] for r in RECORDS}, fh, indent=1)
        fh.write("\n")
    # re-read what was written
    from email import message_from_bytes
    for r in RECORDS:
        with open(os.path.join(HERE, r["fname"]), "rb") as fh:
            m = message_from_bytes(fh.read())
        assert m["Message-ID"] and m["Subject"], r["fname"]
        if r["category"] == "urgent":
            assert not BANNED.search(readable(BytesParser(policy=policy.default).parsebytes(r["raw"])))
    print("self-check OK: 40 files, 8 per authority; every mail parses with email.message_from_bytes;")
    print("  labels consistent with categories (urgent true exactly for 'urgent'); no banned words in urgent mails")
    print("  (bodies, HTML, subjects, iCalendar comments, PDF and .docx text); Knowsley notice counts asserted;")
    print("  2038 bank holidays in the window: Fri 23 Apr, Mon 26 Apr, Mon 3 May, Mon 31 May")
    print("categories:", {k: cats[k] for k in ("urgent", "near_miss", "ordinary")})
    kinds = {}
    for r in RECORDS:
        kinds[r["label"]["expect"]["kind"]] = kinds.get(r["label"]["expect"]["kind"], 0) + 1
    print("kinds:", kinds)
    if "--list" in sys.argv or True:
        print("urgent mails:")
        for r in RECORDS:
            if r["category"] == "urgent":
                print("  %-26s %-13s %s" % (r["fname"], r["label"]["expect"]["kind"], r["summary"]))


if __name__ == "__main__":
    main()
