#!/usr/bin/env python3
"""mixed122: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the spring term of 2040
(Monday 9 January - Thursday 29 March 2040), in after-school activities and the adults who run them.

Stdlib only: the .eml files are built with the `email` package, the .docx files with `zipfile`, the PDFs by hand.
Deterministic: Message-IDs, boundaries and calendar UIDs come from sha1 of the file name; zip timestamps are fixed.
Bank holidays of England 2040 are listed here and checked against the Easter computus: none falls inside the
window (New Year's Day is Monday 1 January; Good Friday is 30 March and Easter Monday 2 April, just after it), but
Knowsley notice counts that run past the end of term cross them. BST starts on Sunday 25 March 2040.
Run `python3 make_set.py`: it builds everything in memory, self-checks, and writes only if every check passes.
The set was never run through the parser.
"""
import hashlib, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
SET = "mixed122"
WINDOW = (date(2040, 1, 9), date(2040, 3, 29))
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]

def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, mo, da)

BANK_HOLIDAYS = {date(2040, 1, 1), date(2040, 3, 30), date(2040, 4, 2), date(2040, 5, 7), date(2040, 5, 28),
                 date(2040, 8, 27), date(2040, 12, 25), date(2040, 12, 26)}
assert easter(2040) == date(2040, 4, 1)
assert easter(2040) - timedelta(days=2) in BANK_HOLIDAYS and easter(2040) + timedelta(days=1) in BANK_HOLIDAYS

def working_day(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_between(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        n += working_day(d); d += timedelta(days=1)
    return n

def sha(s):
    return hashlib.sha1((SET + s).encode()).hexdigest()

# ---------------------------------------------------------------- documents
def docx(paragraphs):
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
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
            zi = zipfile.ZipInfo(name, date_time=(2040, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    t = re.sub(r"<[^>]+>", "", x)
    return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

def pdf(lines, title="Document"):
    """A one-or-more page PDF with Helvetica text, WinAnsi (cp1252) strings, uncompressed streams."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)]
    objs = []
    def add(b):
        objs.append(b); return len(objs)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)  # placeholder, fixed below
    kids = []
    page_objs = []
    for pg in pages:
        parts = [b"BT /F1 10 Tf 50 790 Td 13 TL"]
        for ln in pg:
            s = ln.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            parts.append(b"(" + s + b") '")
        parts.append(b"ET")
        stream = b"\n".join(parts)
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pid = add(None)
        page_objs.append((pid, cid)); kids.append(pid)
    pages_id = add(None)
    for pid, cid in page_objs:
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                         b"/Contents %d 0 R >>" % (pages_id, font, cid))
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (" + title.encode("cp1252") + b") /Producer (mixed122 make_set.py) >>")
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x)
    return out

def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(s.decode("cp1252"))
    return "\n".join(out)

VTZ = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

def ics(method, uid, summary, start, end, organizer, attendees, stamp, location="Microsoft Teams Meeting",
        partstat=None, comment=None, description=None, seq=0):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:%s" % method]
    L += VTZ.strip().split("\n")
    L += ["BEGIN:VEVENT", "UID:%s" % uid, "SEQUENCE:%d" % seq, "DTSTAMP:%s" % stamp,
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "SUMMARY:%s" % summary, "LOCATION:%s" % location, "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, ps in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (cn, ps, em))
    if description:
        L.append("DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"))
    if comment:
        L.append("COMMENT:%s" % comment.replace(",", "\\,"))
    L += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 74 octets (RFC 5545)
    out = []
    for ln in L:
        while len(ln) > 74:
            out.append(ln[:74]); ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"

def html_of(text, font="Calibri"):
    import html as H
    paras = text.strip("\n").split("\n\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n' % font +
            "\n".join("<p>%s</p>" % "<br>\n".join(H.escape(l) for l in p.split("\n")) for p in paras) +
            "\n</div></body></html>\n")

# ---------------------------------------------------------------- mail builder
MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
CTYPES = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
          "txt": ("text", "plain"), "ics": ("text", "calendar")}

def T(s):
    return s[1:] if s.startswith("\n") else s

def build(m):
    f = m["file"]
    msg = EmailMessage()
    msg["From"] = m["from"]
    msg["To"] = m.get("to") or MAILBOX[m["authority"]][m["mailbox"]]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    when = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=LON)
    msg["Date"] = email.utils.format_datetime(when)
    dom = m["from"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s@%s>" % (sha(f)[:24].upper(), dom)
    if m.get("reply_to_id"):
        msg["In-Reply-To"] = m["reply_to_id"]; msg["References"] = m["reply_to_id"]
    for k, v in m.get("headers", []):
        msg[k] = v
    body = T(m["body"])
    style = m.get("style", "plain")
    if style == "html_only":
        msg.set_content(m.get("html") or html_of(body), subtype="html")
    elif style == "itip":
        msg.set_content(body)
        msg.add_alternative(m["ics"], subtype="calendar", params={"method": m.get("method", "REPLY")})
    else:
        msg.set_content(body, cte=m.get("cte")) if m.get("cte") else msg.set_content(body)
        if style == "twin":
            msg.add_alternative(m.get("html") or html_of(body), subtype="html")
    for fn, data in m.get("attachments", []):
        maintype, subtype = CTYPES[fn.rsplit(".", 1)[1].lower()]
        if maintype == "text":
            params = {"method": "REQUEST"} if subtype == "calendar" else {}
            msg.add_attachment(data, subtype=subtype, filename=fn, params=params)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, sha(f + str(n))[:20]))
    linesep = "\r\n" if m.get("crlf") else "\n"
    return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep)), when

def readable(raw):
    """Every readable text of a message: headers we show, every text part, attachments decoded."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        fn = (part.get_filename() or "")
        if fn:
            out.append(fn)
        if ct.startswith("text/"):
            out.append(data.decode(part.get_content_charset() or "utf-8"))
        elif ct == "application/pdf":
            out.append(pdf_text(data))
        elif "wordprocessingml" in ct:
            out.append(docx_text(data))
        else:
            raise SystemExit("unreadable part %s" % ct)
    return "\n".join(out)

# ---------------------------------------------------------------- the mails
def E(kind, urgent, level, case_ids, children, concerns, consent, manager, missing, notice_ok, action):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": action}

MAILS = []
def mail(**kw):
    MAILS.append(kw)

OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "x")]

# ================================================================ KNOWSLEY
mail(file="knowsley_01.eml", authority="knowsley", mailbox="mash_step_up", category="urgent",
     date="2040-01-16 15:42", now="2040-01-16T15:50:00+00:00", style="twin",
     **{"from": "Siobhán Ní Bhriain <s.nibhriain@halewoodpark.knowsley.sch.uk>"},
     subject="Year 7 pupil - piano teacher - 'lesson' at his flat tonight 7pm",
     body="""
Hello MASH team,

I'm the DSL at Halewood Park Academy. At 3.10pm today one of our Year 7 pupils, Amelia-Rose Kavanagh (DOB 03/05/2027), showed her form tutor messages on her phone from her private piano teacher, Gerard Linfoot. He is about 50, teaches from home and has nothing to do with school.

The messages come between 11pm and 2am most nights, going back about three weeks. Some she let us copy word for word:

"ur my favourite pupil, ur very mature for 12 x"
"delete these after, ur mum wouldn't understand our friendship"
"I've moved tonight's lesson to my flat, 7pm, just you and me. tell mum it's at the church hall like normal"

Last night (about 1am) he sent her a photo of himself in bed with no top on and asked her to send one back. She says she hasn't sent anything.

Her lesson is at 7pm tonight. She says mum normally drops her at the church hall and then goes straight to work, so mum won't know where she really is. The address he gave her is 14 Fernbank Court, Huyton. Amelia-Rose is frightened he'll be cross if she doesn't turn up.

Mum, Leanne Kavanagh, is on a late shift at Whiston until 10pm. We've rung her twice and left voicemails. As far as we know the family isn't known to Family First and we have no case number.

Amelia-Rose is with our pastoral lead in the office. I'm staying on site until someone calls me back on 0151 496 0718.

Siobhán Ní Bhriain
Designated Safeguarding Lead, Halewood Park Academy
""",
     expect=E("other", True, None, [], [("Amelia-Rose Kavanagh", "2027-05-03")], ["sexual_harm"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a private piano tutor's night-time messages, a topless photo and a 'lesson' moved to his flat at 7pm tonight with the mother at work - an immediate risk, told plainly; a school DSL's contact about a child unknown to Family First is no step-up, so kind other.")

K02_ICS = ics("REQUEST", "%s@knowsley.gov.uk" % sha("k02uid")[:32], "Step-up TAF meeting - EHM-60417 Quigley",
              "20400208T100000", "20400208T113000", ("Jade O'Rourke-Bamgbose", "jade.orourke-bamgbose@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
               ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")],
              "20400130T110000Z", description="Step-up TAF meeting for Jaxon and Mia Quigley (EHM-60417). Teams link below.")
mail(file="knowsley_02.eml", authority="knowsley", mailbox="mash_step_up", category="ordinary",
     date="2040-01-30 11:05", now="2040-01-30T11:20:00+00:00", style="twin", meeting=date(2040, 2, 8),
     **{"from": "Jade O'Rourke-Bamgbose <jade.orourke-bamgbose@knowsley.gov.uk>"},
     cc="Mash.Businesssupport@knowsley.gov.uk",
     subject="Step up request - EHM-60417 - Jaxon & Mia Quigley - TAF Wed 8th Feb 10am",
     body="""
Good morning,

Please find attached a step up request to CSC for Jaxon Quigley (DOB 21.08.2029) and Mia Quigley (DOB 02.12.2031), Case ID on EHM: EHM-60417.

The step up TAF meeting is on Wednesday 8th February 2040 at 10am on Teams - the invite is attached and I've sent it to the MASH inbox and MASH Business Support as the protocol asks. I'm inviting the current TAF members (school, the school nurse and Leon from Kirkby Street Dance, who runs the Tuesday club both children used to go to).

In short: mum has not engaged with the plan since October - five missed TAFs and no answer to home visits or letters. Jaxon's attendance is 71% and Mia's 68%, and neither child has been to street dance since November, which was the one thing they both loved. I've used the Engaging Families toolkit (attached) and it tells me we've tried every route it suggests.

My Team Manager, Paul Whitfield, discussed the step up with me in supervision on 25/01/2040 and agreed to it.

Attached:
- FF Step Up Request to CSC - Quigley.docx
- TAF minutes 18.01.2040 - Quigley.pdf
- Engaging Families toolkit - Quigley.pdf
- the calendar invite

Thanks,
Jade O'Rourke-Bamgbose
Family First Case Manager, Knowsley Family First 0-18
""",
     attachments=[
         ("FF Step Up Request to CSC - Quigley.docx", docx([
             "Family First 0-18 Step Up Request to Children's Social Care (Appendix 1)",
             "Children: Jaxon Quigley (21/08/2029), Mia Quigley (02/12/2031)", "Case ID on EHM: EHM-60417",
             "Date of step up TAF meeting: Wednesday 8 February 2040, 10:00, Microsoft Teams",
             "Recent TAF meeting minutes attached: Yes (18/01/2040)",
             "What are we worried about? Mum has not engaged with the TAF plan since October 2039; school attendance 71% (Jaxon) and 68% (Mia); no contact with the children at home since 14/11/2039.",
             "What is working well? School and the street dance club know the children well; both children talk to staff.",
             "What needs to happen? A statutory assessment of the children's needs; a plan mum is part of.",
             "Engaging Families toolkit used: Yes - see attached; every engagement route tried.",
             "Management oversight: discussed with and agreed by Paul Whitfield, Team Manager, 25/01/2040."])),
         ("TAF minutes 18.01.2040 - Quigley.pdf", pdf([
             "TAF meeting minutes - Quigley family - 18 January 2040", "Present: J O'Rourke-Bamgbose (Family First), school DSL, school nurse, L. Mercer (Kirkby Street Dance)",
             "Apologies: mum (no reply)", "Attendance: Jaxon 71%, Mia 68%.", "Actions: case manager to discuss step up with TM."], "TAF minutes")),
         ("Engaging Families toolkit - Quigley.pdf", pdf([
             "Engaging Families toolkit - Quigley", "Routes tried: letters, unannounced visits, school gate, text, a trusted adult (dance leader).",
             "What this tells us: mum is avoiding all services; non-engagement is persistent."], "Engaging Families")),
         ("invite.ics", K02_ICS)],
     expect=E("step_up", False, None, ["EHM-60417"], [("Jaxon Quigley", "2029-08-21"), ("Mia Quigley", "2031-12-02")],
              ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting"),
     why="Knowsley step_up (REQUIREMENTS knowsley): form, EHM case id, TM agreement, TAF minutes, meeting details and the Engaging Families toolkit required for non-engagement are all present; Mon 30 Jan -> Wed 8 Feb is 7 working days (>= 5), so book_meeting.")

mail(file="knowsley_03.eml", authority="knowsley", mailbox="early_help_duty", category="near_miss",
     date="2040-02-02 10:20", now="2040-02-02T10:30:00+00:00", style="plain", meeting=date(2040, 2, 9),
     **{"from": "Farhan Siddiqui <farhan.siddiqui@knowsley.gov.uk>"},
     subject="Step down to Family First (Level 3) - Kai Gallimore - final CIN Thurs 9 Feb 2pm",
     body="""
Hi Family First duty,

I'm stepping Kai Gallimore (DOB 11/03/2027), ICS ID 4471902, down to Family First at Level 3. Mum (Donna Gallimore) gave her consent on 30/01/2040 for the case to be referred to Family First.

Final CIN meeting: Thursday 9 February 2040 at 2pm, Huyton Municipal Buildings, Room 4.

For background, because it will be in the file: Kai came to our attention in October 2039 when his Army Cadets instructor saw a burn on his forearm. That was fully looked at under s47 - the paediatric view was that it fitted Kai's account (he caught it on an oven tray at his nan's) and the s47 ended with no further action. Mum's ex-partner had already moved out in September 2039 and has had no contact since. There are no current child protection concerns and Kai is still going to cadets every Thursday.

What are we worried about?
Mum's anxiety and low mood mean mornings are hard and she struggles to keep appointments.

What is working well?
Kai is doing well at school and cadets; mum is now seeing her GP and goes to a women's group.

What needs to happen?
A Family First case manager to support mum with routines and her own support, and a TAF with school and cadets within 6 weeks.

Thanks
Farhan Siddiqui
Social Worker, CIN Team 2, Knowsley Children's Social Care
""",
     expect=E("step_down", False, 3, ["4471902"], [("Kai Gallimore", "2027-03-11")], ["parental_mental_health"], True, None, [], True, "book_meeting"),
     why="NEAR MISS - a burn seen at cadets in October 2039, investigated under s47 and found accidental, the ex-partner gone since September: past and resolved, so not urgent; Knowsley level 3 step_down with date/time/venue, all three Signs of Safety headings and consent; Thu 2 Feb -> Thu 9 Feb is 5 WD.")

mail(file="knowsley_04.eml", authority="knowsley", mailbox="mash_step_up", category="urgent",
     date="2040-02-22 19:34", now="2040-02-22T19:40:00+00:00", style="plain",
     **{"from": "Wayne Ashcroft-Lyle <wayne.ashcroftlyle@gmail.com>"},
     subject="cadet with burns on his arm, says he cant go home",
     body="""
Hi

Im a volunteer instructor at Kirkby detachment army cadets. Got this email off the council website, cant get through on the phone number it just rings out.

One of my cadets Tyler Mensah-Doyle, 13 (dob 14.09.2026) came in at 6.30 tonight. When he took his jumper off for PT we saw 3 round burns on the inside of his forearm, red raw and blistered, and a bigger one on the back of his hand wrapped in kitchen roll. They look fresh. He says his stepdad Dean did them with a cigarette on Monday night because he lost the TV remote.

He keeps saying "he gets home at 8 and he said he'll finish the job". Tyler lives 5 min walk away on Roughwood Drive and normally walks home at 8.45 when we finish. His mum isnt answering her phone.

Tyler is refusing to go home. Me and Sgt Kerry Moss (other adult instructor) are staying with him at the drill hall on Cherryfield Drive.

What do we do? Do we let him go home? Im on 07700 900856

Wayne
Sent from my iPhone
""",
     expect=E("other", True, None, [], [("Tyler Mensah-Doyle", "2026-09-14")], ["physical_harm"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: fresh cigarette burns inflicted by the stepdad, who 'gets home at 8' and has threatened to 'finish the job', the cadet due to walk home at 8.45 tonight; a volunteer's contact out of hours, kind other.")

mail(file="knowsley_05.eml", authority="knowsley", mailbox="early_help_duty", category="ordinary",
     date="2040-03-27 09:50", now="2040-03-27T10:00:00+01:00", style="twin", meeting=date(2040, 4, 3),
     **{"from": "Aleksandra Wiśniewska <aleksandra.wisniewska@knowsley.gov.uk>"},
     subject="Step down L2 - Sophie-Ann Rimmer - final CIN 03/04/2040",
     body="""
Morning,

Level 2 step down for Sophie-Ann Rimmer, born 30th June 2029 (ICS 4490311). Mum is in agreement with the step down.

Final CIN meeting: Tuesday 3rd April 2040, 10:00, Kirkby Family Hub, Meeting Room 2. Sorry, I know the notice is short with Easter in the middle.

What are we worried about: mum's depression flared over the winter and Sophie-Ann was missing her Tuesday ballet class and turning up to school tired.
What is working well: mum is engaging with Talking Therapies, Sophie-Ann is back at ballet (the dance school has kept her place free of charge) and attendance is 96% this half term.
What needs to happen: a Level 2 lead practitioner to keep an Early Help Assessment going, and mum to keep up her therapy.

Lead practitioner - TBC. I've asked the school's family support worker but haven't heard back yet, will confirm.

Thanks
Aleksandra Wiśniewska
Social Worker, Knowsley Children's Social Care
""",
     expect=E("step_down", False, 2, ["4490311"], [("Sophie-Ann Rimmer", "2029-06-30")], ["parental_mental_health"], True, None, ["lead_practitioner"], False, "request_info"),
     why="Knowsley level 2 step_down (REQUIREMENTS knowsley): lead practitioner 'TBC', so lead_practitioner is missing; Tue 27 Mar -> Tue 3 Apr 2040 is 3 working days because Good Friday 30 Mar and Easter Monday 2 Apr are bank holidays (needs 5).")

mail(file="knowsley_06.eml", authority="knowsley", mailbox="mash_step_up", category="near_miss",
     date="2040-03-05 13:15", now="2040-03-05T13:30:00+00:00", style="twin",
     **{"from": "Bernadette Oyelowo-Hughes <districtcommissioner@knowsleyscouts.org.uk>"},
     subject="Question about leaders giving lifts - NOT a referral",
     body="""
Dear MASH,

I am District Commissioner for Knowsley Scouts. Please note this is not a referral: no child has come to any harm, and there is no concern about any leader or any young person.

At a parents' evening last week a parent asked whether a leader would ever be alone in a car with a child, after a story on the news about a scout leader in another county found with a boy in his car. I told her the answer is no - our Yellow Card and the two-adult rule mean no leader is ever alone with a young person, in a car or anywhere else - and we have since reminded all our leaders of this in writing.

My question is simply one of process: when a parent raises a general worry like this, with nothing having happened, should we log it with you, with the LADO, or only in our own district records?

With thanks,
Bernadette Oyelowo-Hughes
District Commissioner, Knowsley Scouts
""",
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a leader alone in a car with a child is raised only as a news story and a parent's general worry, with 'no child has come to any harm' stated: negated and hypothetical, so not urgent; a process question, kind other -> human_review.")

mail(file="knowsley_07.eml", authority="knowsley", mailbox="mash_step_up", category="ordinary",
     date="2040-03-14 14:12", now="2040-03-14T14:20:00+00:00", style="plain",
     reply_to_id="<SB-knowsley-2231.ack@stepbot.knowsley.gov.uk>",
     **{"from": "Ruth Adebayo-Kelly <ruth.adebayo-kelly@knowsley.gov.uk>"},
     subject="RE: [SB-knowsley-2231] Step up request - EHM-61158 - Brooke Lunt",
     body="""
Hiya,

Please find attached the two documents your acknowledgement asked for for Brooke Lunt - the Graded Care Profile and the minutes of last week's TAF.

The step up TAF is still Wednesday 21st March at 1.30pm as per the invite.

Ruth
Family First Case Manager

-----Original Message-----
From: Knowsley MASH (stepbot) <knowsleymash@knowsley.gov.uk>
Sent: 12 March 2040 10:02
To: Ruth Adebayo-Kelly <ruth.adebayo-kelly@knowsley.gov.uk>
Subject: [SB-knowsley-2231] Step up request - EHM-61158 - Brooke Lunt

Thank you, your request has reference SB-knowsley-2231.
Still needed before the meeting can go ahead:
 - gcp2: Graded Care Profile 2
 - taf_minutes: the minutes of the most recent TAF meeting
""",
     attachments=[("GCP2 - Brooke Lunt - March 2040.pdf", pdf(["Graded Care Profile 2 - Brooke Lunt", "Completed 8 March 2040 by R. Adebayo-Kelly", "Area 1 Physical care: 4", "Area 2 Safety: 3", "Area 3 Love: 2", "Area 4 Esteem: 3"], "GCP2")),
                  ("TAF minutes 07.03.40 - Lunt.docx", docx(["TAF meeting minutes - Lunt family - 7 March 2040", "Present: Family First, school, Brownies leader, health visitor.", "Agreed: case manager to request step up to CSC."]))],
     expect=E("follow_up", False, None, ["EHM-61158"], [("Brooke Lunt", None)], [], None, None, [], None, "attach_to_request"),
     why="A reply to [SB-knowsley-2231] adding the GCP2 and TAF minutes: kind follow_up -> attach_to_request; the quoted stepbot acknowledgement's 'Still needed' list is not the sender's, and follow_ups have no requirements.")

K08_ICS = ics("REPLY", "%s@knowsley.gov.uk" % sha("k02uid")[:32], "Step-up TAF meeting - EHM-60417 Quigley",
              "20400208T100000", "20400208T113000", ("Jade O'Rourke-Bamgbose", "jade.orourke-bamgbose@knowsley.gov.uk"),
              [("Grainne McAteer", "g.mcateer@millbrook.knowsley.sch.uk", "ACCEPTED")], "20400131T084700Z",
              comment="I'll bring the attendance printouts and the street dance leader's register")
mail(file="knowsley_08.eml", authority="knowsley", mailbox="mash_step_up", category="ordinary",
     date="2040-01-31 08:47", now="2040-01-31T09:00:00+00:00", style="itip", crlf=True, method="REPLY", ics=K08_ICS,
     **{"from": "Gráinne McAteer <g.mcateer@millbrook.knowsley.sch.uk>"},
     to="jade.orourke-bamgbose@knowsley.gov.uk", cc="knowsleymash@knowsley.gov.uk",
     subject="Accepted: Step-up TAF meeting - EHM-60417 Quigley",
     body="""
Gráinne McAteer has accepted this meeting.

Comment: I'll bring the attendance printouts and the street dance leader's register
""",
     expect=E("meeting_reply", False, None, ["EHM-60417"], [], [], None, None, [], None, "record_reply"),
     why="An Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with a harmless COMMENT: kind meeting_reply -> record_reply; the SUMMARY carries EHM-60417.")

# ================================================================ RICHMOND & WANDSWORTH
mail(file="richmond_wandsworth_01.eml", authority="richmond_wandsworth", mailbox="early_help_duty", category="urgent",
     date="2040-02-07 21:06", now="2040-02-07T21:10:00+00:00", style="plain",
     **{"from": "Carys Delacroix-Evans <carys.pointeandplie@gmail.com>"},
     subject="child still here at studio 9pm nobody collected",
     body="""
hello sorry dont know who else to email the council number goes to a recording

i run Pointe & Plie dance school at St Marys church hall Putney. class finished 7.30. one of my little ones Lily-Mae Okafor age 7 is still here with me its now gone 9pm. mum (Blessing Okafor) always collects, ive rung her 11 times phone is off, the other contact number on her form doesnt connect

i drove round to the address on her form (flat 6 Howard House) with Lily-Mae in the car and nobody answered, no lights on. she's had nothing to eat since school lunch, i gave her a banana and my cardigan

the caretaker is locking the hall at 9.30 and i have to be out. i cant take her home with me can i?? what do i do, please ring me 07700 900233

Carys
Sent from my Galaxy
""",
     expect=E("other", True, None, [], [("Lily-Mae Okafor", None)], ["neglect"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a 7-year-old uncollected at 9pm, mother unreachable, nobody at home and the hall locking at 9.30 - immediate, at night, so the out-of-hours team must be alerted; a dance teacher's mail, kind other.")

mail(file="richmond_wandsworth_02.eml", authority="richmond_wandsworth", mailbox="early_help_duty", category="near_miss",
     date="2040-01-19 10:15", now="2040-01-19T10:30:00+00:00", style="plain",
     **{"from": "Tomasz Kowalczyk <tomasz@wandsworthjuniorchess.org.uk>"},
     subject="Late pick-up last Wednesday - do we need to report to you?",
     body="""
Dear Sir or Madam,

I am the organiser of Wandsworth Junior Chess Club (Wednesdays 4.30 to 6pm at the library). I write only for information and advice.

Last Wednesday one of our players, a boy of 9, was not collected at 6pm. Two of our volunteers waited with him inside, as our policy says. We telephoned his father, who answered immediately - he was stuck in traffic on the A3 - and he arrived at 6.10pm, very apologetic. The boy was happy, playing a game, and not upset. In two years this is the first time it has happened with this family.

My question: do we need to report a late pick-up like this to you, or is it enough to record it in our own log book? We do not want to make a fuss for nothing, but we want to do things correctly. There is no worry about the child or the family.

Kind regards,
Tomasz Kowalczyk
Organiser, Wandsworth Junior Chess Club
""",
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a late pick-up sorted in ten minutes last week, the father reached at once and 'no worry about the child': past and resolved, so not urgent; a question about logging, kind other -> human_review.")

mail(file="richmond_wandsworth_03.eml", authority="richmond_wandsworth", mailbox="mash_step_up", category="ordinary",
     date="2040-01-23 14:30", now="2040-01-23T14:45:00+00:00", style="twin",
     **{"from": "Priyanka Raghunathan <priyanka.raghunathan@richmondandwandsworth.gov.uk>"},
     subject="Step up to Children's Services - Mosaic 2281374 - Roman Bielski (11)",
     body="""
Dear MASH colleagues,

Following a reflective discussion with the Early Help worker (Eilidh Macrae) on 22/01/2040, the plan is to step Roman Bielski (DOB 05/10/2028) and his sister Zofia Bielska (DOB 17/04/2034) up to Children's Services. Mosaic 2281374.

The latest case summary is attached.

Rationale for step up
Since November dad's drinking has increased; he has been found asleep at home in the afternoons twice by the Early Help worker. Roman has stopped going to the Saturday tuition centre his grandmother paid for, and the centre told us he came in twice in December with no coat and no food, saying he had to collect Zofia from nursery because dad "was asleep". Zofia has been collected late from nursery six times this term. The Early Help plan has not brought change over four months, and we think the family needs a Child and Family Assessment.

Mum, who lives separately, is aware of this request and agrees with it.

As the Early Help Team Manager I have agreed this step up.

Kind regards,
Priyanka Raghunathan
Early Help Team Manager (South), Richmond and Wandsworth
""",
     attachments=[("Case summary - Bielski - Jan 2040.docx", docx([
         "Early Help case summary - Bielski family - January 2040", "Mosaic 2281374",
         "Children: Roman Bielski (05/10/2028), Zofia Bielska (17/04/2034)",
         "Summary: Early Help since September 2039; dad's alcohol use; Zofia collected late from nursery; Roman out of his Saturday tuition.",
         "Progress: limited; dad declined alcohol service twice."]))],
     expect=E("step_up", False, None, ["2281374"], [("Roman Bielski", "2028-10-05"), ("Zofia Bielska", "2034-04-17")],
              ["neglect", "substance_misuse"], True, True, [], None, "book_meeting"),
     why="Richmond & Wandsworth step_up (REQUIREMENTS richmond_wandsworth): the latest case summary attached and the rationale under its own heading, sent by the Early Help Team Manager; no notice period applies, so book_meeting.")

mail(file="richmond_wandsworth_04.eml", authority="richmond_wandsworth", mailbox="early_help_duty", category="near_miss",
     date="2040-02-13 12:05", now="2040-02-13T12:15:00+00:00", style="twin",
     **{"from": "Olumide Fashola-Reid <olumide.fashola-reid@richmondandwandsworth.gov.uk>"},
     subject="Step down - Finn Aldridge-Moore - case discussion Fri 17 Feb 10am agreed with Duty TM",
     body="""
Hello Early Help Duty,

Confirming what I agreed on the phone with Siân (Early Help Duty Team Manager) this morning: a step-down case discussion for Finn Aldridge-Moore (DOB 8 July 2030), Mosaic 2250963, on Friday 17 February 2040 at 10:00 on Teams.

Attached are the latest case summary and the draft plan for Early Help.

Background you will see in the summary: in November 2039 Finn was found in his scout leader's car in a lay-by. That was dealt with at the time - strategy meeting, police investigation, the man was charged, is remanded in custody and has been removed from Scouting by the Scout Association. Finn has had support from the ISVA service and his therapy has now finished. The s47 concluded that mum acted protectively throughout and no child protection plan was needed. There is no ongoing contact and no current child protection concern.

What remains is Finn's school attendance (82% this term), which dipped after November, and mum wanting help to get him back into clubs.

Mum consents to Early Help continuing the plan, and she would like the school's pastoral lead to be the Lead Professional.

Thanks,
Olumide Fashola-Reid
Social Worker, Assessment Team, Wandsworth
""",
     attachments=[("Case summary - Aldridge-Moore.pdf", pdf(["Case summary - Finn Aldridge-Moore - Mosaic 2250963", "November 2039: incident with a scout leader; s47, police investigation; adult charged and remanded.", "January 2040: ISVA work completed. No current child protection concerns.", "Current: attendance 82%."], "Case summary")),
                  ("Draft Early Help plan - Finn.docx", docx(["Draft Early Help plan - Finn Aldridge-Moore", "Outcome 1: attendance above 95% by Easter - school pastoral lead.", "Outcome 2: Finn back in a club of his choice - family support worker."]))],
     expect=E("step_down", False, None, ["2250963"], [("Finn Aldridge-Moore", "2030-07-08")], ["school_attendance"], True, None, [], None, "book_meeting"),
     why="NEAR MISS - a boy found in a scout leader's car in a lay-by, but in November 2039, investigated, the man remanded in custody, 'no current child protection concern': resolved, so not urgent; a complete Richmond & Wandsworth step_down (case summary, draft plan, consent).")

mail(file="richmond_wandsworth_05.eml", authority="richmond_wandsworth", mailbox="mash_step_up", category="urgent",
     date="2040-03-01 16:48", now="2040-03-01T16:55:00+00:00", style="twin",
     **{"from": "Declan Featherstone-Obi <declan.featherstone-obi@richmondandwandsworth.gov.uk>"},
     subject="Step up - Mosaic 2297740 - Oscar Lindqvist (10) - scout leader, lay-by this afternoon",
     body="""
MASH colleagues,

I'm the Early Help Team Manager for Oscar Lindqvist (DOB 23 Nov 2029), Mosaic 2297740. His Early Help worker, Hannah Blake, rang me at 16.20 and I'm stepping this up now; I'm phoning the MASH as well.

At about 3.45 this afternoon a PCSO found Oscar in the back of a car parked in the lay-by on the A3 by Robin Hood roundabout. The driver was Graham Pettifer, assistant leader at Oscar's Scout troop. The windows were steamed up and Oscar's school trousers were undone. Pettifer said he was "giving him a lift home" - Oscar's school is in the other direction. The PCSO took details and let Pettifer drive Oscar home.

Mum (Annika Lindqvist) has told Hannah it's "a misunderstanding", that Graham is "like family", and that he is still collecting Oscar at 6.30 tonight for Scouts and keeping him for his usual Thursday sleepover. Oscar told Hannah: "Graham says it's our den time and I'm not allowed to tell."

Hannah is at the house now.

Latest case summary attached.

Rationale for step up
An adult with regular unsupervised care of Oscar has been found with him in circumstances that suggest sexual abuse, has told him to keep a secret, and will have him overnight tonight; mum does not see it as a concern and cannot protect him. This is beyond what Early Help can hold.

As Early Help Team Manager I agree this step up.

Declan Featherstone-Obi
Early Help Team Manager (West), Richmond and Wandsworth
07700 900745
""",
     attachments=[("Case summary - Lindqvist - March 2040.docx", docx([
         "Early Help case summary - Lindqvist family", "Mosaic 2297740", "Oscar Lindqvist, DOB 23/11/2029",
         "Early Help since October 2039: mum's isolation after separation; Oscar's anxiety.",
         "Family friend G. Pettifer (Scout assistant leader) provides regular childcare including Thursday sleepovers."]))],
     expect=E("step_up", True, None, ["2297740"], [("Oscar Lindqvist", "2029-11-23")], ["sexual_harm"], None, True, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a scout leader found with a 10-year-old in his car in a lay-by this afternoon, trousers undone, 'not allowed to tell', and collecting him for a sleepover at 6.30 tonight with mum not protective; otherwise a complete step_up (case summary, rationale, TM), so alert_duty with nothing missing.")

mail(file="richmond_wandsworth_06.eml", authority="richmond_wandsworth", mailbox="early_help_duty", category="ordinary",
     date="2040-03-14 15:20", now="2040-03-14T15:30:00+00:00", style="plain",
     **{"from": "Ioana Munteanu <ioana.munteanu@richmondandwandsworth.gov.uk>"},
     subject="step down to early help - Aarav & Diya Nair-Campbell - Mosaic 2264410",
     body="""
Dear colleagues,

As discussed with the Duty Team Manager this afternoon, we agreed the case discussion for Monday 19 March 2040 at 14:00 (Teams), for the step down of Aarav Nair-Campbell (born 14-02-2030) and Diya Nair-Campbell (born 01-09-2033), Mosaic 2264410.

I attach the latest case summary and the draft plan for Early Help.

The worries now are about father's depression since he lost his job in the autumn. He is on medication and the GP is involved. The children are doing well: Aarav sings in the junior choir of the cathedral and the choir trip to Salzburg in May is a big thing for him, the family is worried about paying for it. Diya goes to Rainbows on Mondays.

About consent - I did not ask the parents yet about Early Help continuing the plan. I will ask them at my home visit on Friday and I write to you after.

Best regards,
Ioana Munteanu
Social Worker, Richmond Children's Services
""",
     attachments=[("Case summary Nair-Campbell.docx", docx(["Case summary - Nair-Campbell - Mosaic 2264410", "Father's depression; financial pressure; children's needs met."])),
                  ("Draft EH plan Nair-Campbell.docx", docx(["Draft plan for Early Help - Nair-Campbell", "1. Father - GP and Talking Therapies.", "2. Help with costs of the choir trip and activities."]))],
     expect=E("step_down", False, None, ["2264410"], [("Aarav Nair-Campbell", "2030-02-14"), ("Diya Nair-Campbell", "2033-09-01")],
              ["parental_mental_health"], None, None, ["consent"], None, "request_info"),
     why="Richmond & Wandsworth step_down (REQUIREMENTS richmond_wandsworth): case summary and draft plan attached, but consent is 'I will ask them ... on Friday' (still to be asked: consent null), so consent is missing -> request_info.")

mail(file="richmond_wandsworth_07.eml", authority="richmond_wandsworth", mailbox="early_help_duty", category="ordinary",
     date="2040-03-16 08:01", now="2040-03-16T08:05:00+00:00", style="twin", headers=OOO,
     **{"from": "Siân Llewellyn-Harte <sian.llewellyn-harte@richmondandwandsworth.gov.uk>"},
     subject="Automatic reply: [SB-richmond_wandsworth-3308] Step-down case discussion - Nair-Campbell",
     body="""
Thank you for your email. I am on annual leave until Monday 26 March 2040 with no access to email.

For step-down case discussions please contact the Early Help Duty Team Manager on the duty line. If you have an immediate safeguarding concern about a child, please call the MASH; if a child is in immediate danger, call 999.

Siân Llewellyn-Harte
Early Help Manager
""",
     expect=E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
     why="Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied): kind auto_reply -> ignore (DESIGN safety rule 2); its 'immediate danger' line is boilerplate, not a risk.")

R08_SCRIPT = """WHO'S THERE - Scene 4 (draft 3, for Wandle Youth Theatre)

A kitchen. Night. GIRL (15) is doing homework. DAD enters, drunk.

DAD: You told them. At school. Didn't you.
GIRL: I didn't say anything.
DAD: (grabbing her by the collar) You tell anyone and I'll finish you. You hear me?
(He picks up a knife from the counter. Blackout. A scream.)

Scene 5: the school counsellor's office, the next morning.
"""
mail(file="richmond_wandsworth_08.eml", authority="richmond_wandsworth", mailbox="mash_step_up", category="near_miss",
     date="2040-03-06 11:30", now="2040-03-06T11:45:00+00:00", style="twin",
     **{"from": "Ottilie Fairbairn-Shah <ottilie@wandleyouththeatre.org.uk>"},
     subject="Advice please - violent scene in our youth theatre script (not about a real child)",
     body="""
Hello,

I direct Wandle Youth Theatre (ages 13-18). We are rehearsing a new play about a teenager living with domestic abuse, and I've attached Scene 4 so you can see what I mean - it has a father threatening his daughter with a knife.

To be completely clear: this is fiction by a professional playwright. No young person in the company has said anything about their own home, and there is no concern about any child.

We would welcome advice on two things: whether we should put a content note on the programme, and which local services we should signpost if a cast member or audience member is upset by it. We have a chaperone and a wellbeing lead at every rehearsal.

Many thanks,
Ottilie Fairbairn-Shah
Artistic Director
""",
     attachments=[("Scene 4 - draft 3.txt", R08_SCRIPT)],
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a drama script's violent scene (a father's knife threat, in an attached .txt) with 'this is fiction' and 'no concern about any child': not urgent; a request for advice, kind other -> human_review.")

# ================================================================ TOWER HAMLETS
mail(file="tower_hamlets_01.eml", authority="tower_hamlets", mailbox="mash_step_up", category="urgent",
     date="2040-01-23 17:52", now="2040-01-23T17:58:00+00:00", style="plain",
     **{"from": "Rahim Chowdhury <rahim@bowkidsclub.org.uk>"},
     subject="Mum drunk at pick up - says she is driving Ellie (6) and Alfie (4) home now",
     body="""
To MAST,

I'm a play worker at Bow Kids Club (after-school club at Malmesbury Road). I'm writing from the office while my colleague stays with the family at the door.

Mum of Ellie Brennan (dob 12/03/2033) and Alfie Brennan (dob 29/07/2035) came to collect them at 17.35. She is slurring her words, can't stand up straight, smells strongly of alcohol and fell against the door frame. Her car is parked outside with the engine running and she keeps saying she is driving them home right now. The children have their coats on. When we asked her to wait she started shouting and pulling Alfie by the arm.

Dad lives in Essex and is not answering. Our manager told me to contact you. We close at 18.00.

Please ring the club on 020 7946 0331.

Rahim Chowdhury
Senior Play Worker, Bow Kids Club
""",
     expect=E("other", True, None, [], [("Ellie Brennan", "2033-03-12"), ("Alfie Brennan", "2035-07-29")], ["substance_misuse"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a heavily drunk mother about to drive a 6- and a 4-year-old away from an after-school club now, the club closing at 18.00: immediate, told by what is happening; a play worker's contact, kind other.")

mail(file="tower_hamlets_02.eml", authority="tower_hamlets", mailbox="early_help_duty", category="ordinary",
     date="2040-02-08 10:40", now="2040-02-08T10:50:00+00:00", style="html_only",
     **{"from": "Nusrat Jahan-Miah <nusrat.jahan-miah@towerhamlets.gov.uk>"},
     subject="Step-down to Early Help – Mosaic 2731006 – Yusuf & Maryam Hossain",
     body="""
Dear Early Help Hub,

I am stepping Yusuf Hossain (DOB 19/05/2031) and Maryam Hossain (DOB 03/11/2034), Mosaic 2731006, down to a Team Around the Family. The Child and Family Assessment concluded on 2 February 2040 and is attached, with the draft TAF plan.

Reason for our involvement: domestic abuse by the children's father, who left the home in October and is subject to a non-molestation order. Mum has done the Freedom Programme and the children are settled; Yusuf goes to boxing club on Thursdays and both go to Saturday Bengali classes.

Consent: Mum (Shirin Hossain) consents to the step-down and to the TAF.

Lead Practitioner: Ms Grace Adeyemi-Lowe, Family Support Worker, Old Ford Primary School, who has agreed to take the role.

I will chair the TAF meeting on Tuesday 14 February 2040 at 14:00 at Old Ford Primary School.

Kind regards,
Nusrat Jahan-Miah
Social Worker, Children's Social Care, Tower Hamlets
""",
     attachments=[("C&F Assessment - Hossain - Feb 2040.pdf", pdf(["Child and Family Assessment - Hossain - Mosaic 2731006", "Concluded: 2 February 2040", "Analysis: domestic abuse; perpetrator left; non-molestation order; protective mother.", "Recommendation: step down to Early Help TAF."], "C&F Assessment")),
                  ("Draft TAF plan - Hossain.docx", docx(["Draft TAF plan - Hossain family", "Lead Practitioner: Grace Adeyemi-Lowe (Old Ford Primary)", "1. Mum - continued support from women's service.", "2. Children - school wellbeing sessions; keep clubs going."]))],
     expect=E("step_down", False, None, ["2731006"], [("Yusuf Hossain", "2031-05-19"), ("Maryam Hossain", "2034-11-03")], ["domestic_abuse"], True, None, [], None, "book_meeting"),
     why="HTML-only Tower Hamlets step_down (REQUIREMENTS tower_hamlets): C&F assessment, draft TAF plan, consent and a named Lead Practitioner with agency are all present; no notice period in the parse contract, so book_meeting.")

mail(file="tower_hamlets_03.eml", authority="tower_hamlets", mailbox="early_help_duty", category="near_miss",
     date="2040-03-05 07:58", now="2040-03-05T08:30:00+00:00", style="plain",
     **{"from": "Delroy Baptiste-Clarke <delroy.bc@outlook.com>"},
     subject="COMPLAINT - tuition centre fees - daylight robbery",
     body="""
To whom it may concern at the council,

I want to make a formal COMPLAINT about the Bright Futures Tuition Centre on Mile End Road, which I understand the council lists in its Family Hub directory.

They have put the fees up from £28 to £45 an hour with two weeks' notice, in the middle of the 11+ preparation. This is daylight robbery and the EXPLOITATION of parents who just want the best for their kids. When I said I couldn't pay by Friday they said they would "remove" my son from the register and give his place to someone else. I have paid them over £2,000 since September.

My son is fine, this is not about him, it is about the centre. I want to know who licenses these places and how I get my money back.

I expect a reply within 10 working days.

Delroy Baptiste-Clarke
""",
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a parent's angry complaint about tuition fees ('EXPLOITATION of parents', 'remove my son from the register'), 'My son is fine': no child-protection risk and no request, kind other -> human_review.")

mail(file="tower_hamlets_04.eml", authority="tower_hamlets", mailbox="mash_step_up", category="urgent",
     date="2040-03-02 14:05", now="2040-03-02T14:10:00+00:00", style="twin",
     **{"from": "Kamala Sivarajah <kamala.sivarajah@towerhamlets.gov.uk>"},
     subject="Step up - Mosaic 2748119 - Chloe Mahoney 14 - at ex-volunteer's flat, says she can't leave",
     body="""
MAST,

Chloe Mahoney (DOB 30/06/2025), Mosaic 2748119, has been open to Early Help since September with the Youth Service as lead. She has not been home since last Friday evening; mum reported her missing to the police on Saturday.

At 13.20 today Chloe messaged our youth worker on Instagram:

"im at jordans flat still. he took my charger and my keys and says i cant go till ive paid back what i owe him. his mates are coming round tonight and he says i have to hold stuff for them"

Jordan is Jordan Pryce, 24. He volunteered at our Tuesday youth club until we stood him down in January for adding girls from the club on Snapchat. Chloe has said the flat is above the chicken shop on Roman Road by the market.

My manager, Rukhsana Begum, has agreed this step-up. I'm ringing MAST as well. I haven't done the Multi-Agency Request for Support form yet - I'll send it straight after the call.

Kamala Sivarajah
Lead Practitioner, Tower Hamlets Youth Service
07700 900318
""",
     expect=E("step_up", True, None, ["2748119"], [("Chloe Mahoney", "2025-06-30")], ["exploitation", "missing"], None, True, ["request_for_support"], None, "alert_duty"),
     why="DESIGN safety rule 1: a 14-year-old missing since Friday, held at a former volunteer's flat over a 'debt' and told to hold things for his friends tonight; a Tower Hamlets step_up with manager agreement but the MARF not yet done, so request_for_support is missing and the action is still alert_duty.")

mail(file="tower_hamlets_05.eml", authority="tower_hamlets", mailbox="mash_step_up", category="ordinary",
     date="2040-01-17 11:15", now="2040-01-17T11:30:00+00:00", style="twin",
     **{"from": "Kwame Asante-Boateng <kwame.asante-boateng@towerhamlets.gov.uk>"},
     subject="MAST step-up request – Mosaic 2719934 – Reuben Alves (10)",
     body="""
Hi MAST,

Please find attached the Multi-Agency Request for Support for Reuben Alves (DOB 9th Aug 2029), Mosaic 2719934.

Reuben has been open to Targeted Early Help since June. The coach at the library chess club and the school breakfast club both report that he arrives hungry, in the same unwashed clothes all week, and with untreated head lice. At my home visit on 12 January there was no food in the house, Reuben was sleeping on a mattress on the floor and the flat was very cold. Mum says she is managing. Over seven months the plan has not changed things, and I think Reuben now needs a social work assessment.

I've sent this to my manager for sign-off, but she is on a course today - I'll forward her agreement as soon as I have it.

Thanks,
Kwame Asante-Boateng
Family Support Practitioner, Tower Hamlets Early Help
""",
     attachments=[("MARF - Reuben Alves.docx", docx(["Multi-Agency Request for Support", "Child: Reuben Alves, DOB 09/08/2029, Mosaic 2719934", "Concerns: neglect - food, hygiene, sleeping arrangements, cold home.", "Manager's agreement: pending."]))],
     expect=E("step_up", False, None, ["2719934"], [("Reuben Alves", "2029-08-09")], ["neglect"], None, None, ["manager_agreed"], None, "request_info"),
     why="Tower Hamlets step_up (REQUIREMENTS tower_hamlets): the MARF is attached but the manager's agreement is still pending ('sent ... for sign-off'), so manager_agreed is null and missing -> request_info.")

T06_POLICY = docx([
    "Limehouse Lions Karate Club - Safeguarding Policy for Volunteers (draft v3, January 2040)",
    "1. Every volunteer must have an enhanced DBS check before working with children, renewed every three years.",
    "2. Never be alone with a child - not in a changing room, not in a car, not at your home.",
    "3. If a child tells you they are being hurt, listen, do not promise secrecy, and tell the Welfare Officer the same day.",
    "4. If a child is in immediate danger, call 999, then the Welfare Officer.",
    "5. Example: a child not collected at the end of a session - two adults wait with the child, keep phoning the contacts, and after 30 minutes the Welfare Officer decides whether to contact the police or children's services.",
    "6. Private lessons at a coach's home are not allowed."])
mail(file="tower_hamlets_06.eml", authority="tower_hamlets", mailbox="early_help_duty", category="near_miss",
     date="2040-01-30 13:00", now="2040-01-30T13:15:00+00:00", style="twin",
     **{"from": "Fatima-Zahra El-Amin <welfare@limehouselions.org.uk>"},
     subject="Draft safeguarding policy for our volunteers - could someone check it?",
     body="""
Assalamu alaikum / Hello,

I am the volunteer Welfare Officer at Limehouse Lions Karate Club (about 60 children, 12 volunteers). We have rewritten our safeguarding policy for volunteers and I've attached the draft.

Could someone in Early Help look over it, especially section 5 on children not collected at the end of a session, and tell us if anything is wrong? We would also like to know whether our volunteers can come on the council's safeguarding training this spring.

Nothing has happened at the club - this is just us trying to get it right.

Thank you,
Fatima-Zahra El-Amin
Welfare Officer, Limehouse Lions Karate Club
""",
     attachments=[("Limehouse Lions - Safeguarding Policy for Volunteers v3.docx", T06_POLICY)],
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a club's draft safeguarding policy for volunteers (in a .docx) whose examples mention 'immediate danger', hurt children and uncollected children, with 'Nothing has happened at the club': a policy, not urgent; kind other -> human_review.")

mail(file="tower_hamlets_07.eml", authority="tower_hamlets", mailbox="early_help_duty", category="ordinary",
     date="2040-03-13 09:30", now="2040-03-13T09:40:00+00:00", style="plain",
     reply_to_id="<SB-tower_hamlets-0412.ack@stepbot.towerhamlets.gov.uk>",
     **{"from": "Ben Oyelaran-Price <ben.oyelaran-price@towerhamlets.gov.uk>"},
     subject="Re: [SB-tower_hamlets-0412] Step-down - Mosaic 2736650 - Kezia Farah-Lindsay",
     body="""
Hi,

Mum signed the consent form at my visit yesterday - attached. For your timescales, the C&F assessment for Kezia Farah-Lindsay concluded on 26 February 2040.

Ben

On Fri, 9 Mar 2040 at 11:04, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
> Your step-down request has reference SB-tower_hamlets-0412.
> Still needed: consent (confirmation that the family consents to the step-down).
""",
     attachments=[("Consent form - Farah-Lindsay - signed.pdf", pdf(["Consent to Early Help - Team Around the Family", "Child: Kezia Farah-Lindsay", "I agree to my family's case being stepped down to Early Help.", "Signed: M. Farah   Date: 12/03/2040"], "Consent"))],
     expect=E("follow_up", False, None, ["2736650"], [("Kezia Farah-Lindsay", None)], [], True, None, [], None, "attach_to_request"),
     why="A reply to [SB-tower_hamlets-0412] adding the signed consent form ('Mum signed the consent form' -> consent true): kind follow_up -> attach_to_request, no requirements of its own.")

T08_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear MAST,</p>
<p>I am the safeguarding lead for <b>Stepney Community Youth Choir</b>. Our choir trip to Bruges this weekend was <b>cancelled on Monday</b> for all 22 children because of low numbers.</p>
<p>Aaliyah Rahman's mum has just come to me at the church hall. Our musical director, <b>Laurence Whitlock</b>, rang her on Tuesday to say the trip was still going ahead for "a small group of soloists", and he collected Aaliyah (13, DOB 4 Dec 2026) from school at 2pm today. No other child has gone.</p>
<p>Mum has found these messages from him on Aaliyah's iPad tonight:</p>
<ul><li>"our little secret trip x"</li><li>"you'll share my room, it's cheaper"</li><li>"don't tell the others, they'd be jealous. delete this"</li></ul>
<p>His phone is switched off. He told mum they would be on the <b>20:15 ferry from Dover tonight</b>. Aaliyah's phone is off too.</p>
<p>Mum is sitting with me now - her number is 07700 900517, mine is 07700 900526.</p>
<p>Harriet Quaye-Sørensen<br>Safeguarding Lead (volunteer), Stepney Community Youth Choir</p>
</div></body></html>
"""
mail(file="tower_hamlets_08.eml", authority="tower_hamlets", mailbox="mash_step_up", category="urgent",
     date="2040-03-15 16:40", now="2040-03-15T16:45:00+00:00", style="html_only", html=T08_HTML, body="",
     **{"from": "Harriet Quaye-Sørensen <safeguarding@stepneyyouthchoir.org.uk>"},
     subject="Choir member (13) taken abroad by our director - the trip was cancelled",
     expect=E("other", True, None, [], [("Aaliyah Rahman", "2026-12-04")], ["sexual_harm"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a choir director has taken a 13-year-old alone on a 'trip' that was cancelled, with grooming messages ('our little secret', 'share my room') and a ferry at 20:15 tonight; HTML-only, kind other.")

# ================================================================ TORBAY
mail(file="torbay_01.eml", authority="torbay", mailbox="mash_step_up", category="urgent",
     date="2040-01-23 20:22", now="2040-01-23T20:30:00+00:00", style="plain", cte="quoted-printable",
     **{"from": "Jess Pengelly-Hart <welfare@paigntongymnastics.co.uk>"},
     subject="Gymnast (10) told us something tonight - her mum's boyfriend collects her at 9",
     body="""
Hello,

I'm the welfare officer at Paignton Gymnastics Club. At the end of training tonight (about 7.45pm) one of our gymnasts, Poppy Tregarthen, 10 (DOB 27/02/2029), told me and our assistant coach that her mum's boyfriend Lee "comes in my bed when mum's at work and touches me where my leotard goes". She said "he said if I tell, mum will go to prison".

Mum works nights at a care home. Poppy says mum is on shift tonight 8pm to 8am, so Lee will be the only adult at home with Poppy and her little brother Alfie Tregarthen (6). Lee is due to pick Poppy up from the club at 9pm.

Poppy is sitting in the office with me now and is shaking. We haven't said anything to Lee. I can keep her here a bit but not for long after 9.

Please call me on 07700 900184.

Jess Pengelly-Hart
Welfare Officer, Paignton Gymnastics Club
""",
     expect=E("other", True, None, [], [("Poppy Tregarthen", "2029-02-27"), ("Alfie Tregarthen", None)], ["sexual_harm"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a 10-year-old's disclosure of sexual abuse by mum's boyfriend, who collects her at 9pm and will be the only adult home tonight; out of hours, a club welfare officer's contact, kind other.")

mail(file="torbay_02.eml", authority="torbay", mailbox="early_help_duty", category="ordinary",
     date="2040-01-10 11:00", now="2040-01-10T11:15:00+00:00", style="twin",
     **{"from": "Demelza Rowe-Adeyinka <demelza.rowe-adeyinka@torbay.gov.uk>"},
     subject="Step-down request – triage slot please – LCS-3390127 – Mason & Isla Cundy",
     body="""
Hi Early Help,

Please could I have a triage slot for a level 3 step-down for Mason Cundy (DOB 14/05/2032) and Isla Cundy (DOB 22/09/2036), LCS-3390127. Isla is 3, so I think this goes to the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down: mum's postnatal depression after Isla has lifted with treatment, home conditions are good, and Mason is doing well at school and at Brixham junior sea cadets.

My Team Manager, Gareth Penhaligon, has recorded his manager's analysis on LCS confirming the threshold is met for level 3 intervention (it's at the end of the attached assessment).

Mum (Kerry Cundy) has given her consent to level 3 Early Help - she agreed at my visit on 5 January.

Thanks,
Demelza Rowe-Adeyinka
Social Worker, Single Assessment Team, Torbay
""",
     attachments=[("Single Assessment - Cundy - Jan 2040.pdf", pdf(["Single Assessment - Cundy family - LCS-3390127", "Children: Mason Cundy (14/05/2032), Isla Cundy (22/09/2036)", "Analysis: maternal postnatal depression, now treated; needs can be met at level 3.", "Rationale for step-down: no further need for statutory intervention.", "Team Manager's analysis (G. Penhaligon, 09/01/2040): threshold met for level 3 intervention; step-down agreed."], "Single Assessment"))],
     expect=E("step_down", False, 3, ["LCS-3390127"], [("Mason Cundy", "2032-05-14"), ("Isla Cundy", "2036-09-22")], ["parental_mental_health"], True, True, [], None, "book_meeting"),
     why="Complete Torbay step_down (REQUIREMENTS torbay): Single Assessment with analysis, the TM's analysis confirming the level 3 threshold, and consent given; Isla is 3, so the fortnightly under-5s triage applies; level 3 stated.")

mail(file="torbay_03.eml", authority="torbay", mailbox="mash_step_up", category="near_miss",
     date="2040-02-07 10:30", now="2040-02-07T10:45:00+00:00", style="twin",
     **{"from": "Morwenna Kitto <morwenna.kitto@torbay.gov.uk>"},
     subject="Contact to MASH - level 4 consideration - EHM-77152 - Rio Dunstan",
     body="""
Dear MASH,

I'm the Early Help lead practitioner for Rio Dunstan (DOB 03.04.2031), EHM-77152, and this is a contact for consideration of a level 4 response.

New information: Rio's drama club leader overheard dad shouting and swearing at mum at pick-up last Thursday and saw him kick the car door. Neighbours have reported shouting late at night twice this month, and mum told me on Monday that dad's drinking has got worse since Christmas.

To be clear about what we do not know: no injuries have been seen on Rio or mum, Rio says he feels safe at home and has made no disclosure, and there is nothing to suggest he is in danger now - dad is working away in Plymouth until Sunday. It is the pattern that worries us.

Mum has given her consent to this contact to MASH. My team manager, Tasha Heale, and I have discussed it and agree it needs to be considered for a level 4 statutory intervention.

Thank you,
Morwenna Kitto
Family Intervention Worker, Torbay Early Help
""",
     expect=E("step_up", False, None, ["EHM-77152"], [("Rio Dunstan", "2031-04-03")], ["domestic_abuse", "substance_misuse"], True, True, [], None, "book_meeting"),
     why="NEAR MISS - shouting, a kicked car door and drinking, but 'no injuries', 'no disclosure', 'nothing to suggest he is in danger now', dad away till Sunday: negated, not urgent; a complete Torbay step_up (consent and TM agreement stated) -> book_meeting.")

mail(file="torbay_04.eml", authority="torbay", mailbox="mash_step_up", category="urgent",
     date="2040-03-10 19:48", now="2040-03-10T19:55:00+00:00", style="plain", crlf=True, cte="base64",
     **{"from": "Natalia Głowacka-Reed <natalia.glowacka.reed@gmail.com>"},
     subject="coding club man - no DBS - my son sleep at his house tonight",
     body="""
Hello, sorry for my English.

My son Kacper Reed, 9 years (born 17.07.2030), go to coding club on Wednesdays in Torquay, run by a man Martin Sloane. Tonight he invited 4 boys from the club for "team sleepover" at his house, 22 Warberry Road. I drop Kacper there at 5pm.

After I ask another mother about his DBS because the library told me the club is not their club and they never check him. Now my friend who works at the court send me a newspaper article from 2031: Martin Sloane, same face, same name, convicted for sexual offences against boys and put on sex offenders register.

He is not answering my calls and not the door. My husband is working in Poland. I am going there now by taxi. The police line tell me to wait. Please who can help me?

Natalia Głowacka-Reed
07700 900662
""",
     expect=E("other", True, None, [], [("Kacper Reed", "2030-07-17")], ["sexual_harm"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a 9-year-old and four other boys sleeping over tonight (Saturday) at the house of an unchecked club leader whom a parent has found convicted of sexual offences against boys; weekend, so out of hours; a parent's mail, kind other.")

mail(file="torbay_05.eml", authority="torbay", mailbox="mash_step_up", category="ordinary",
     date="2040-02-20 13:10", now="2040-02-20T13:20:00+00:00", style="plain",
     **{"from": "Ellis Prowse-Nakamura <ellis.prowse-nakamura@torbay.gov.uk>"},
     subject="Step up - level 4 consideration - EHM-77390 - Lacey & Tayla Stentiford",
     body="""
Hi MASH,

Contact for level 4 consideration for Lacey Stentiford (DOB 1st December 2031) and Tayla Stentiford (DOB 15/06/2034), EHM-77390.

Since the autumn half term Brownies and the after-school club have both told me the girls come in in dirty clothes, with head lice that have not been treated for months, and hungry. At my last two home visits there was dog mess on the floors and no food in the cupboards. The Early Help plan has made no difference in five months.

My team manager, Tasha Heale, agrees this needs to be considered for level 4.

Mum has declined consent for a contact to MASH - she told me on Friday she "doesn't want social services anywhere near" the family.

Ellis Prowse-Nakamura
Early Help Practitioner, Torbay
""",
     expect=E("step_up", False, None, ["EHM-77390"], [("Lacey Stentiford", "2031-12-01"), ("Tayla Stentiford", "2034-06-15")], ["neglect"], False, True, ["consent"], None, "request_info"),
     why="Torbay step_up (REQUIREMENTS torbay): the TM agrees, but mum 'has declined consent' (consent false), so consent is missing -> request_info.")

mail(file="torbay_06.eml", authority="torbay", mailbox="early_help_duty", category="near_miss",
     date="2040-02-27 09:05", now="2040-02-27T09:20:00+00:00", style="twin",
     **{"from": "Torbay District Scouts - Safeguarding <safeguarding@torbayscouts.org.uk>"},
     to="leaders@torbayscouts.org.uk", cc="earlyhelp@torbay.gov.uk",
     subject="Reminder: DBS renewals due by 31 March - Torbay District",
     body="""
Dear leaders and helpers,

A reminder that the following DBS disclosures run out before 31 March 2040. Please renew through Compass now - nobody may work with young people on an expired DBS.

- 1st Paignton: 3 leaders
- 4th Torquay Sea Scouts: 2 leaders
- Brixham Explorers: 1 helper

While you are on Compass, please also check that your Safeguarding training is in date. As always, if you have a concern that a young person is at risk of harm or abuse, follow the Yellow Card and call the District Safeguarding lead; if a child is in immediate danger, call 999.

(I've copied in the council's Early Help inbox as they asked for a list of groups running in the area.)

Yours in Scouting,
Morwenna Crabb
District Safeguarding Volunteer, Torbay District Scouts
""",
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a Scout district's DBS renewal reminder whose Yellow Card boilerplate mentions 'at risk of harm or abuse' and 'immediate danger': no child and no event, not urgent; written by a person, not auto-submitted, so kind other -> human_review.")

mail(file="torbay_07.eml", authority="torbay", mailbox="early_help_duty", category="ordinary",
     date="2040-01-17 16:05", now="2040-01-17T16:15:00+00:00", style="plain",
     reply_to_id="<SB-torbay-0881.ack@stepbot.torbay.gov.uk>",
     **{"from": "Demelza Rowe-Adeyinka <demelza.rowe-adeyinka@torbay.gov.uk>"},
     subject="RE: [SB-torbay-0881] Step-down request – triage slot please – LCS-3390127",
     body="""
Hi, just chasing - any news on the triage slot for Mason and Isla Cundy? Mum's asking me when she'll hear from Early Help.

Thanks, Demelza

Sent from Outlook for Android
________________________________
From: Torbay Early Help <earlyhelp@torbay.gov.uk>
Sent: Tuesday, January 10, 2040 11:16 AM
Subject: [SB-torbay-0881] Step-down request – triage slot please – LCS-3390127

Thank you. Your step-down request has reference SB-torbay-0881. We will confirm the triage slot.
""",
     expect=E("follow_up", False, None, ["LCS-3390127"], [("Mason Cundy", None), ("Isla Cundy", None)], [], None, None, [], None, "attach_to_request"),
     why="A chaser on [SB-torbay-0881] (torbay_02's request): kind follow_up -> attach_to_request; no requirements of its own.")

TB08_ICS = ics("REPLY", "%s@torbay.gov.uk" % sha("tb08uid")[:32], "Early Help triage - LCS-3402218 [SB-torbay-0912]",
               "20400306T103000", "20400306T110000", ("Torbay Early Help", "earlyhelp@torbay.gov.uk"),
               [("Piran Treloar", "piran.treloar@torbay.gov.uk", "DECLINED")], "20400302T123000Z",
               location="Torbay Family Hub, Room 2",
               comment="On leave that morning - my TM Gareth Penhaligon will attend and present the step-down instead")
mail(file="torbay_08.eml", authority="torbay", mailbox="early_help_duty", category="ordinary",
     date="2040-03-02 12:30", now="2040-03-02T12:40:00+00:00", style="itip", method="REPLY", ics=TB08_ICS,
     **{"from": "Piran Treloar <piran.treloar@torbay.gov.uk>"},
     subject="Declined: Early Help triage - LCS-3402218 [SB-torbay-0912]",
     body="""
Piran Treloar has declined this meeting.

On leave that morning - my TM Gareth Penhaligon will attend and present the step-down instead
""",
     expect=E("meeting_reply", False, None, ["LCS-3402218"], [], [], None, None, [], None, "record_reply"),
     why="An Outlook iTIP REPLY with PARTSTAT=DECLINED and a COMMENT naming who attends instead: kind meeting_reply -> record_reply; the SUMMARY carries LCS-3402218.")

# ================================================================ HEREFORDSHIRE
mail(file="herefordshire_01.eml", authority="herefordshire", mailbox="mash_step_up", category="urgent",
     date="2040-01-16 17:38", now="2040-01-16T17:45:00+00:00", style="plain", cte="8bit",
     **{"from": "Idris Vaughan-Powell <idris.guitarlessons@outlook.com>"},
     subject="Children on their own at a house I teach at",
     body="""
Hi this is Idris Vaughan Powell I'm a guitar tutor I teach in people's homes. I arrived for my 5 o'clock lesson at 3 Orchard Close Bromyard with Ethan Probert who is 9. Ethan let me in and he is on his own with his sister Gracie Probert who is 3. He says mum went out yesterday afternoon and hasn't come back comma he doesn't know where she is.

There's no food in the fridge apart from ketchup comma the heating is off and it's about 2 degrees outside. Gracie's nappy is soaked through and hasn't been changed since this morning comma she has a bad rash and keeps crying. Mum's phone goes straight to voicemail and Ethan doesn't know any other numbers.

I've got another lesson in Ledbury at 6.30 and I don't know if I should stay. I'm not family and I haven't got a DBS for looking after little ones. What do I do. My mobile is 07700 900391

Idris

Sent from my Samsung Galaxy smartphone (dictated)
""",
     expect=E("other", True, None, [], [("Ethan Probert", None), ("Gracie Probert", None)], ["neglect"], None, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1: a 9- and a 3-year-old alone since yesterday afternoon in a cold house with no food, the toddler unchanged, mother unreachable and the tutor about to leave; dictated mobile text, kind other.")

mail(file="herefordshire_02.eml", authority="herefordshire", mailbox="early_help_duty", category="urgent",
     date="2040-03-06 19:12", now="2040-03-06T19:20:00+00:00", style="twin",
     **{"from": "Rhys ap Gwilym-Taylor <rhys.apgwilym-taylor@herefordshire.gov.uk>"},
     subject="Step-down plan - Megan & Cody Jenkins-Bright - Mosaic 1573320",
     body="""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for Megan Jenkins-Bright (DOB 09/01/2028) and Cody Jenkins-Bright (DOB 21/08/2035), Mosaic 1573320, a step-down at Level 3 (Intensive). I discussed it with Gemma at this morning's drop-in.

Mum (Kirsty Jenkins-Bright) has signed the consent form - attached.

Key person: Bethan Lloyd, Family Support Worker, Whitecross Hereford High School, has agreed to lead.

The family came to us because of domestic abuse by Megan's stepfather, Shane Bright, who left in October and is under a non-molestation order.

Rhys

PS - just as I was about to send this, Megan's Guides leader rang me (18:55). Megan arrived at Guides tonight with red finger marks round her neck. She told the leader Shane was back at the house last night, grabbed her by the throat when she tried to ring her nan, and said he'd "sort her mum out properly tonight". Mum isn't answering. Megan finishes Guides at 8.30 and walks home; Cody (4) is at home. I'm trying to reach my manager now.

Rhys ap Gwilym-Taylor
Social Worker, Herefordshire Children's Services
07700 900872
""",
     attachments=[("EHA step-down plan - Jenkins-Bright.docx", docx(["Early Help Assessment - step-down plan", "Megan Jenkins-Bright (09/01/2028), Cody Jenkins-Bright (21/08/2035)", "Key person: Bethan Lloyd, Family Support Worker, Whitecross Hereford High School", "What needs to happen / by whom / outcome / timescale: mum to continue with the IDVA; Megan - school counsellor weekly; review at MAG in April."])),
                  ("Consent form signed - Jenkins-Bright.pdf", pdf(["Herefordshire Early Help - consent", "I consent to my family receiving Early Help support.", "Signed: K. Jenkins-Bright  05/03/2040"], "Consent"))],
     expect=E("step_down", True, 3, ["1573320"], [("Megan Jenkins-Bright", "2028-01-09"), ("Cody Jenkins-Bright", "2035-08-21")],
              ["domestic_abuse", "physical_harm"], True, None, [], None, "alert_duty"),
     why="DESIGN safety rule 1 ('every part of every message is read'): a complete Herefordshire level 3 step_down (plan, signed consent form, key person) whose PS reports fresh neck marks and the stepfather back in the house threatening 'tonight', Megan walking home at 8.30; out of hours, so alert_duty.")

mail(file="herefordshire_03.eml", authority="herefordshire", mailbox="early_help_duty", category="near_miss",
     date="2040-01-25 10:10", now="2040-01-25T10:20:00+00:00", style="plain",
     **{"from": "Hollie Marchant-Oduya <hollie.marchant-oduya@herefordshire.gov.uk>"},
     subject="EHA step-down - Jayden Wilde - Mosaic 1566208",
     body="""
Hi all,

The C&F assessment for Jayden Wilde (DOB 12.06.2032), Mosaic 1566208, concluded on 17 January and the decision is to step down to Early Help. I talked it through with Owain at the drop-in on 24 January.

For context: Jayden was referred in November after he was left at the end of his football session at Westfields until 7.40pm. The coach took him home and found mum had collapsed with a severe migraine. It was a one-off - mum has since been diagnosed and her medication reviewed, it hasn't happened again, and there are no child protection concerns.

What's left is Jayden's attendance (88%) and mum wanting help with routines.

Attached: the EHA step-down plan and mum's signed consent form.
Key person: Mrs Anita Kaur-Bradley, Family Support Worker, Westfields Primary School.

Thanks
Hollie Marchant-Oduya
Social Worker, Herefordshire Children's Services
""",
     attachments=[("EHA step-down plan - Jayden Wilde.docx", docx(["Early Help Assessment - step-down plan - Jayden Wilde", "Outcome: attendance above 95%; morning routine plan; football club continuing.", "Key person: Anita Kaur-Bradley (Westfields Primary)"])),
                  ("Signed consent - Wilde.pdf", pdf(["Consent to Early Help", "Parent: S. Wilde", "Signed 22/01/2040"], "Consent"))],
     expect=E("step_down", False, None, ["1566208"], [("Jayden Wilde", "2032-06-12")], ["school_attendance"], True, None, [], None, "book_meeting"),
     why="NEAR MISS - a 7-year-old left at the end of a football session in November, explained, 'a one-off', 'no child protection concerns': past and resolved, not urgent; a complete Herefordshire step_down (plan, signed consent form, key person) already discussed at the drop-in.")

mail(file="herefordshire_04.eml", authority="herefordshire", mailbox="early_help_duty", category="near_miss",
     date="2040-02-09 12:45", now="2040-02-09T13:00:00+00:00", style="twin",
     **{"from": "Clémence Aubert-Haines <clemence.aubert-haines@gmail.com>"},
     subject="Question from a new volunteer - what would I do if...?",
     body="""
Bonjour / hello,

I have just started volunteering with Ledbury Youth Theatre on Friday evenings and I'm a bit nervous about safeguarding, so I hope you don't mind a question.

What would I do if a child told me at the end of a session that someone at home was hurting them and they didn't want to go home? And what if a parent didn't come at 9pm and nobody answered the phone? Who would I ring at that time of night?

Nothing like this has happened - I'm asking before it does! Our leader said your team gives training.

Also, my DBS came back clear in January. Do I need a separate one for each club I help at?

Merci,
Clémence Aubert-Haines
""",
     expect=E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     why="NEAR MISS - a new volunteer's hypotheticals (a child hurt at home, a parent not coming at 9pm) with 'Nothing like this has happened', plus a DBS question: not urgent; kind other -> human_review.")

mail(file="herefordshire_05.eml", authority="herefordshire", mailbox="early_help_duty", category="ordinary",
     date="2040-02-21 14:25", now="2040-02-21T14:35:00+00:00", style="plain",
     **{"from": "Tegan Morgan-Achebe <tegan.morgan-achebe@herefordshire.gov.uk>"},
     subject="Drop-in slot please, before I send the step-down plan - Harvey Bufton (Mosaic 1580044)",
     body="""
Hello,

Could I book a slot at next Tuesday's step-down drop-in (28 February) to talk through Harvey Bufton (DOB 28/11/2030), Mosaic 1580044, before I send the step-down plan?

The C&F assessment concluded yesterday. Harvey is a young carer for his mum, who has MS; he's been missing Air Cadets and his homework because of it, but the home is warm and loving and there are no safeguarding concerns.

I haven't yet got mum's written consent or agreed a key person - that's partly what I'd like to talk through with a co-ordinator before I complete the plan.

Any time that morning works for me.

Thanks,
Tegan Morgan-Achebe
Social Worker, Herefordshire Children's Services
""",
     expect=E("step_down", False, None, ["1580044"], [("Harvey Bufton", "2030-11-28")], ["young_carer"], None, None, [], None, "book_meeting"),
     why="Herefordshire step_down asking for the Tuesday drop-in before the plan is sent (REQUIREMENTS herefordshire: the drop-in is for the social worker before sending the plan), so the consent form, plan and key person are not yet due and nothing is missing -> book_meeting.")

mail(file="herefordshire_06.eml", authority="herefordshire", mailbox="mash_step_up", category="ordinary",
     date="2040-03-13 11:20", now="2040-03-13T11:30:00+00:00", style="twin",
     **{"from": "Sioned Pritchard-Mensah <sioned.pritchard-mensah@herefordshire.gov.uk>"},
     subject="Step up request - Mosaic 1588812 - Callum & Evie Skyrme",
     body="""
Dear MASH,

I would like to request a step up to Children's Social Care for Callum Skyrme (DOB 04/04/2029) and Evie Skyrme (DOB 10/10/2032), Mosaic 1588812, who have been open to Early Help since last May.

The chess club at the library and Cubs have both raised that the children arrive hungry and unwashed, Evie's attendance is 79% and Callum's 74%, and the home was in a poor state at my last two visits. Dad has not followed through on the plan.

Dad has consented to this request, and my manager, Carys Whitcombe, has agreed it.

Kind regards,
Sioned Pritchard-Mensah
Early Help Practitioner, Herefordshire Family Hub (Hereford City)
""",
     expect=E("step_up", False, None, ["1588812"], [("Callum Skyrme", "2029-04-04"), ("Evie Skyrme", "2032-10-10")], ["neglect", "school_attendance"], True, True, [], None, "human_review"),
     why="A Herefordshire step_up: the seed defines only step-down, so a step-up is a kind the authority's protocol does not cover -> human_review (REQUIREMENTS herefordshire), with no requirements to be missing.")

mail(file="herefordshire_07.eml", authority="herefordshire", mailbox="early_help_duty", category="ordinary",
     date="2040-03-26 10:05", now="2040-03-26T10:15:00+01:00", style="plain",
     reply_to_id="<SB-herefordshire-5521.ack@stepbot.herefordshire.gov.uk>",
     **{"from": "Joseph Nwachukwu-Price <joseph.nwachukwu-price@herefordshire.gov.uk>"},
     subject="Re: [SB-herefordshire-5521] EHA step-down - Ruby-Jo Haines - Mosaic 1577309",
     body="""
Morning,

Attached is the consent form mum signed on Friday. The key person is Mr Dafydd Rees, Youth Worker, Leominster Youth Hub - Ruby-Jo already goes to his Thursday drama group and he has agreed to lead.

Joe

> On 21 Mar 2040, at 09:12, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Your step-down has reference SB-herefordshire-5521.
> Still needed: consent_form (the family's written consent); lead_practitioner (the key person).
""",
     attachments=[("Consent - Haines - signed 23.03.40.pdf", pdf(["Herefordshire Early Help - consent", "Child: Ruby-Jo Haines", "Signed: L. Haines 23/03/2040"], "Consent"))],
     expect=E("follow_up", False, None, ["1577309"], [("Ruby-Jo Haines", None)], [], True, None, [], None, "attach_to_request"),
     why="A reply to [SB-herefordshire-5521] adding the signed consent form and the key person: kind follow_up -> attach_to_request; 'consent form mum signed' -> consent true.")

mail(file="herefordshire_08.eml", authority="herefordshire", mailbox="early_help_duty", category="ordinary",
     date="2040-03-29 09:40", now="2040-03-29T09:50:00+01:00", style="twin",
     **{"from": "Lowri Bevan-Asante <lowri.bevan-asante@herefordshire.gov.uk>"},
     subject="Step down to Early Help - Tia & Leo Preece - Mosaic 1584430 / 1584431",
     body="""
Hi team,

Step-down plan attached for Tia Preece (born 2nd March 2031, Mosaic 1584430) and Leo Preece (born 19/12/2036, Mosaic 1584431). The C&F assessment decision to step down was made on 22 March, and I talked it through with a co-ordinator at Tuesday's drop-in.

Worries: mum's anxiety and low mood; Tia's Saturday dance school noticed she'd stopped coming and let us know, which is how this started. Mum is now with the perinatal/adult mental health team and things are much steadier.

Key person: Ms Nia Watkins, Family Support Worker, Kington Primary School.

Mum gave her consent on the phone yesterday. I'll get the consent form signed at my visit after Easter and send it on.

Thanks and happy Easter,
Lowri Bevan-Asante
Social Worker, Herefordshire Children's Services
""",
     attachments=[("EHA step-down plan - Preece.docx", docx(["Early Help Assessment - step-down plan - Tia and Leo Preece", "What needs to happen: mum's mental health support to continue; Tia back to dance school; Leo's nursery place.", "Key person: Nia Watkins (Kington Primary)"]))],
     expect=E("step_down", False, None, ["1584430", "1584431"], [("Tia Preece", "2031-03-02"), ("Leo Preece", "2036-12-19")], ["parental_mental_health"], True, None, ["consent_form"], None, "request_info"),
     why="Herefordshire step_down (REQUIREMENTS herefordshire): plan and key person present; consent given verbally (consent true) but the signed consent form is still to come, so consent_form is missing -> request_info.")

# ---------------------------------------------------------------- self-checks
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
MISSING_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
               "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support", "case_id",
               "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details", "worries_strengths_next"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
AUTHS = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
DAYS = {d: i for i, d in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
DATE_RE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (\d{1,2})(?:st|nd|rd|th)? (Jan|Feb|Mar|Apr)[a-z]*\b", re.I)

def expected_action(a, e):
    if e["urgent"]: return "alert_duty"
    if e["kind"] == "auto_reply": return "ignore"
    if e["kind"] == "meeting_reply": return "record_reply"
    if e["kind"] == "follow_up": return "attach_to_request"
    if e["kind"] == "other" or (a == "herefordshire" and e["kind"] == "step_up"): return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

def check():
    errors, files, labels, cats = [], {}, [], {}
    for m in MAILS:
        f, a, e = m["file"], m["authority"], m["expect"]
        raw, when = build(m)
        files[f] = raw
        p = email.message_from_bytes(raw, policy=email.policy.default)
        if p["Subject"] is None or p["Date"] is None or p["Message-ID"] is None:
            errors.append("%s: header missing" % f)
        text = readable(raw)
        # window, working day, offset
        d = when.date()
        if not (WINDOW[0] <= d <= WINDOW[1]):
            errors.append("%s: date %s outside window" % (f, d))
        night = when.hour >= 18 or when.hour < 8
        if not working_day(d) and not (m["category"] == "urgent"):
            errors.append("%s: non-working day for a non-urgent mail" % f)
        now = datetime.fromisoformat(m["now"])
        if not (timedelta(0) < now - when <= timedelta(hours=1)):
            errors.append("%s: now not shortly after Date" % f)
        if now.utcoffset() != when.utcoffset():
            errors.append("%s: now offset %s != Europe/London %s" % (f, now.utcoffset(), when.utcoffset()))
        # weekday names next to dates in the text
        for mm in DATE_RE.finditer(text):
            dd = date(2040, MONTHS[mm.group(3)[:3].lower()], int(mm.group(2)))
            if dd.weekday() != DAYS[mm.group(1)[:3].lower()]:
                errors.append("%s: '%s' is a %s" % (f, mm.group(0), dd.strftime("%A")))
        # banned words in urgent mail
        if m["category"] == "urgent":
            low = text.lower()
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w), low) or w in low:
                    errors.append("%s: urgent mail uses banned word %r" % (f, w))
        # labels
        if e["kind"] not in KINDS: errors.append("%s: kind" % f)
        if e["urgent"] != (m["category"] == "urgent"): errors.append("%s: urgent vs category" % f)
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(e["concerns"]): errors.append("%s: concerns" % f)
        if not set(e["missing"]) <= MISSING_IDS or e["missing"] != sorted(e["missing"]): errors.append("%s: missing ids" % f)
        if e["kind"] not in ("step_up", "step_down") and e["missing"]: errors.append("%s: missing on a kind without requirements" % f)
        if e["level"] is not None and e["kind"] != "step_down": errors.append("%s: level on a non step_down" % f)
        if e["next_action"] != expected_action(a, e): errors.append("%s: next_action %s != %s" % (f, e["next_action"], expected_action(a, e)))
        for c in e["children"]:
            if c["dob"]: date.fromisoformat(c["dob"])
            if c["name"].split()[0] not in text: errors.append("%s: child %s not in text" % (f, c["name"]))
        for cid in e["case_ids"]:
            if cid not in text: errors.append("%s: case id %s not in text" % (f, cid))
        # notice: only Knowsley step_up / step_down have a notice period in the parse contract
        if a == "knowsley" and e["kind"] in ("step_up", "step_down") and not e["urgent"] or (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
            if "meeting" in m:
                given = wd_between(now.date(), m["meeting"])
                if e["notice_ok"] != (given >= 5):
                    errors.append("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], given))
                m["given"] = given
            elif e["notice_ok"] is not None:
                errors.append("%s: notice_ok without a meeting date" % f)
        elif e["notice_ok"] is not None:
            errors.append("%s: notice_ok set where no notice period applies" % f)
        to = (p["To"] or "") + " " + (p["Cc"] or "")
        if MAILBOX[a][m["mailbox"]].lower() not in to.lower():
            errors.append("%s: mailbox address not in To/Cc" % f)
        if m["style"] == "itip":
            cal = [x for x in p.walk() if x.get_content_type() == "text/calendar"]
            if not cal or cal[0].get_param("method") != "REPLY" or "COMMENT:" not in cal[0].get_content():
                errors.append("%s: iTIP REPLY with COMMENT expected" % f)
        if e["kind"] == "auto_reply" and not p["Auto-Submitted"]:
            errors.append("%s: auto_reply without Auto-Submitted" % f)
        labels.append({"file": f, "authority": a, "mailbox": m["mailbox"], "now": m["now"], "expect": e, "why": m["why"]})
        cats[f] = m["category"]
    # counts
    names = sorted(files)
    if len(names) != 40: errors.append("expected 40 files, got %d" % len(names))
    for a in AUTHS:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(n for n in names if n.startswith(a + "_")) != want: errors.append("%s: not exactly 01..08" % a)
    counts = {c: sum(1 for v in cats.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if counts["urgent"] < 11 or counts["near_miss"] < 11: errors.append("category counts %s" % counts)
    return errors, files, labels, cats, counts

def readme(counts):
    L = ["# %s: blind held-out set for urgency and the parse fields, over the spring term of 2040 (Monday 9 January - Thursday 29 March 2040), in after-school activities and the adults who run them" % SET, "",
         "40 invented mails, 8 per authority, to the MASH step-up and Early Help duty mailboxes named in the policy packs: music tutors, dance schools, drama and youth theatre, Scouts and Guides, cadets, tuition centres, chess and coding clubs, a karate club, a gymnastics club and a choir trip; a volunteer's boundaries, private lessons at a tutor's home, children left at the end of a session, a parent's complaint and DBS questions. Voices: club leaders, volunteers, tutors, parents, school DSLs, social workers and Early Help staff, plain, mobile, non-native, dictated and quoted; Outlook/Gmail/iPhone/Android, plain and HTML twins, HTML only, quoted replies, a PS, .docx/.pdf/.txt/.ics attachments, two iTIP REPLYs with a COMMENT and an out-of-office.",
         "", "Dates: 2040 working days, Europe/London (BST from Sunday 25 March). No bank holiday falls inside the window; Good Friday 30 March and Easter Monday 2 April cut knowsley_05's notice to 3 working days.",
         "", "Categories: %d urgent, %d near misses, %d ordinary. No urgent mail uses urgent, immediate(ly), emergency, at risk, risk of harm, danger(ous) or ASAP (self-checked over decoded text and attachments)." % (counts["urgent"], counts["near_miss"], counts["ordinary"]),
         "", "## Urgent"]
    for m in MAILS:
        if m["category"] == "urgent": L.append("- `%s`: %s" % (m["file"], m["why"]))
    L += ["", "## Near misses"]
    for m in MAILS:
        if m["category"] == "near_miss": L.append("- `%s`: %s" % (m["file"], m["why"]))
    L += ["", "Files: `*.eml`, `labels.json` (dev corpus format), `categories.json`, `make_set.py` (builds everything and self-checks; stdlib only).",
          "", "The set was never run through the parser.", ""]
    return "\n".join(L)

if __name__ == "__main__":
    errors, files, labels, cats, counts = check()
    if errors:
        print("SELF-CHECK FAILED:"); print("\n".join("  " + e for e in errors)); sys.exit(1)
    for f, raw in files.items():
        with open(os.path.join(HERE, f), "wb") as fh: fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w") as fh: json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh: json.dump(cats, fh, indent=1); fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh: fh.write(readme(counts))
    # re-read what was written
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh: email.message_from_bytes(fh.read())
    print("self-check OK: %d files, 8 per authority, every mail parses with email.message_from_bytes" % len(files))
    print("categories:", counts)
    print("no banned words in the %d urgent mails (subject, body, attachments decoded)" % counts["urgent"])
    for m in MAILS:
        if "given" in m: print("  notice %s: %d working days -> %s" % (m["file"], m["given"], m["expect"]["notice_ok"]))
    print("urgent mails:")
    for m in MAILS:
        if m["category"] == "urgent":
            print("  %s (%s, %s, %s): %s" % (m["file"], m["expect"]["kind"], m["mailbox"], m["date"], m["subject"]))
