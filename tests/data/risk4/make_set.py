"""Deterministic generator for the risk4 held-out set (invented emails, invented people).

Run:  /work/main/.venv/bin/python make_set.py
Writes every *.eml and labels.json next to this file.  Written without reading stepbot's parser.
"""
import base64, io, json, os, quopri, zipfile
from datetime import datetime, timedelta, timezone, date
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
BANK = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29)}
BOX = {
    ("knowsley", "mash_step_up"): "Knowsley MASH <knowsleymash@knowsley.gov.uk>",
    ("knowsley", "early_help_duty"): "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>",
    ("richmond_wandsworth", "mash_step_up"): "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>",
    ("richmond_wandsworth", "early_help_duty"): "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>",
    ("tower_hamlets", "mash_step_up"): "MAST <MAST@towerhamlets.gov.uk>",
    ("tower_hamlets", "early_help_duty"): "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>",
    ("torbay", "mash_step_up"): "Torbay MASH <mash@torbay.gov.uk>",
    ("torbay", "early_help_duty"): "Early Help <earlyhelp@torbay.gov.uk>",
    ("herefordshire", "early_help_duty"): "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
    ("herefordshire", "mash_step_up"): "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
}


def wd(today, meeting):
    """working days d with today < d <= meeting"""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK:
            n += 1
        d += timedelta(days=1)
    return n


# ---------------------------------------------------------------- attachments
FIXED = (2026, 11, 2, 9, 0, 0)


def docx_bytes(paragraphs):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = "Invented author", paragraphs[0]
    cp.created = cp.modified = datetime(2026, 11, 2, 9, 0, 0)
    cp.last_modified_by = "Invented author"
    cp.revision = 1
    for i, p in enumerate(paragraphs):
        (d.add_heading(p, 1) if i == 0 else d.add_paragraph(p))
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            z.writestr(zipfile.ZipInfo(name, FIXED), src.read(name), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(text.encode("latin-1")), text)]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def text_part(body, sub="plain", charset="utf-8", cte="7bit", raw=None):
    data = raw if raw is not None else body.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        enc = b64(data)
    else:
        enc = data.decode("latin-1")  # 7bit/8bit: bytes carried through unchanged
    return ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s'
            % (sub, charset, cte, enc if enc.endswith("\n") else enc + "\n"))


CT = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "pdf": "application/pdf", "ics": "application/ics"}


def att_part(name, data):
    ct = CT[name.rsplit(".", 1)[1]]
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ct, name, name, b64(data)))


def multi(sub, parts, boundary):
    s = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)
    if sub == "mixed":
        s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        s += "--%s\n%s\n" % (boundary, p)
    return s + "--%s--\n" % boundary


def ical_reply(partstat, attendee, organizer, summary, start, uid, comment=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REPLY", "BEGIN:VEVENT", "UID:%s" % uid, "SEQUENCE:0",
             "DTSTAMP:%s" % start.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART:%s" % start.strftime("%Y%m%dT%H%M%SZ"),
             "DTEND:%s" % (start + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ"),
             "SUMMARY:%s" % summary, "ORGANIZER:mailto:%s" % organizer,
             "ATTENDEE;PARTSTAT=%s:mailto:%s" % (partstat, attendee)]
    if comment:
        c = comment.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        lines.append("COMMENT:" + c)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:  # fold at 74 octets
        while len(l) > 74:
            out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return "\n".join(out) + "\n"


def hdr(v):
    try:
        v.encode("ascii"); return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


LABELS, N = [], {}


def mail(auth, mailbox, frm, subject, when, body=None, *, to=None, cc=None, html=None, charset="utf-8",
         cte="7bit", raw=None, atts=(), ical=None, extra=(), label=None, why="", now_min=4, fname=None):
    N[auth] = N.get(auth, 0) + 1
    fname = fname or "%s_%02d.eml" % (auth, N[auth])
    dt = datetime(*when, tzinfo=UTC)
    mid = "<%s.%s@mail.invalid.example>" % (fname[:-4].replace("_", "."), dt.strftime("%Y%m%d%H%M%S"))
    h = ["From: " + hdr(frm), "To: " + (to or BOX[(auth, mailbox)])]
    if cc:
        h.append("Cc: " + cc)
    h += ["Subject: " + hdr(subject), "Date: " + format_datetime(dt), "Message-ID: " + mid, "MIME-Version: 1.0"]
    h += list(extra)
    tag = fname[:-4].replace("_", "")
    if ical:
        parts = [text_part(body or "", cte=cte, charset=charset),
                 'Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: 7bit\n\n' + ical]
        core = multi("alternative", parts, "alt_" + tag)
    elif html and body is None:
        core = text_part(html, "html", charset, cte)
    elif html:
        core = multi("alternative", [text_part(body, "plain", charset, cte), text_part(html, "html", charset, cte)], "alt_" + tag)
    else:
        core = text_part(body, "plain", charset, cte, raw)
    if atts:
        core = multi("mixed", [core] + [att_part(n, d) for n, d in atts], "mix_" + tag)
    data = "\n".join(h) + "\n" + core
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data.encode("latin-1"))
    LABELS.append({"file": fname, "authority": auth, "mailbox": mailbox,
                   "now": (dt + timedelta(minutes=now_min)).isoformat(), "expect": label, "why": why})


def L(auth, kind, urgent, case_ids=(), children=(), concerns=(), consent=None, mgr=None, missing=(),
      notice_ok=None, level=None):
    if urgent: na = "alert_duty"
    elif kind == "auto_reply": na = "ignore"
    elif kind == "meeting_reply": na = "record_reply"
    elif kind == "follow_up": na = "attach_to_request"
    elif kind == "other" or (auth == "herefordshire" and kind == "step_up"): na = "human_review"
    elif missing or notice_ok is False: na = "request_info"
    else: na = "book_meeting"
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": mgr, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": na}


SIG_KN = "\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Knowsley Council (invented test message).\n"


# ================================================================= KNOWSLEY
assert wd(date(2026, 11, 16), date(2026, 11, 25)) == 7
mail("knowsley", "mash_step_up", "Gemma Ashcroft <Gemma.Ashcroft@knowsley.gov.uk>",
     "Step up request - Ellis Rowan-Peake EHM-52714 - TAF Wed 25/11", (2026, 11, 16, 10, 12),
     """Morning MASH,

Please find attached the FF Step Up request to CSC (Appendix 1) for Ellis Rowan-Peake (DOB 03/09/2025), Case ID on EHM: EHM-52714, together with the minutes of the last TAF held on 4 November.

The step up TAF meeting is booked for Wednesday 25th November 2026 at 10:00 in the Family Hub, Huyton (Teams link in the invite I have sent to the MASH inbox and MASH business support). My team manager, Carol Fairhurst, has discussed the step up with me and agreed it on Friday.

The main worries are the domestic abuse between mum (Shannon) and her partner Dean Kearsley, with three police call-outs since September.

On another note, nursery rang me at 09:40 just before I sent this. They changed Ellis this morning and saw on his left cheek four small oval marks in a row, purplish-blue, each about the size of a pea, with a fifth on the other side of his jaw, and his ear is red and swollen. Mum told the key worker he "fell against the cot bars" on Saturday. Dean is picking him up from nursery at 12 today as mum is working.

I will bring copies of the GP letter to the TAF. Any questions give me a ring on 0151 496 0214.

Thanks
Gemma Ashcroft
Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council""" + SIG_KN,
     atts=[("FF Step Up request Appendix 1 - Rowan-Peake.docx", docx_bytes([
         "FF Step Up request to CSC (Appendix 1)", "Child: Ellis Rowan-Peake, DOB 03/09/2025. Case ID on EHM: EHM-52714.",
         "What are we worried about: domestic abuse between mum and partner; police call-outs x3.",
         "What is working well: Ellis attends nursery 4 days.", "What needs to happen: CSC assessment of risk from partner.",
         "Team Manager agreement: Carol Fairhurst, 13/11/2026.", "Date of step up TAF meeting: 25/11/2026 10:00."])),
           ("TAF minutes 04.11.26 Rowan-Peake.pdf", pdf_bytes([
               "Team Around the Family - minutes 04/11/2026", "Family: Rowan-Peake  EHM-52714",
               "Present: mum, Family First case manager, nursery, health visitor.",
               "Actions: mum to contact IDVA; HV to visit fortnightly."]))],
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     label=L("knowsley", "step_up", True, ["EHM-52714"], [("Ellis Rowan-Peake", "2025-09-03")],
             ["domestic_abuse", "physical_harm"], mgr=True, notice_ok=True),
     why="Complete step-up (form, TAF minutes, EHM id, manager, 7 WD notice) but between two routine paragraphs a 14-month-old has fresh fingertip-shaped marks described only by shape/colour plus a swollen ear, and the partner collects him at noon today: urgent.")

mail("knowsley", "mash_step_up", "Barbara Lunt <barbaralunt54@gmail.example>",
     "kids at no 14", (2026, 11, 19, 21, 38),
     """Hello I got this email address off the council website I hope someone reads it tonight.

The young mum at number 14 Radley Close (Page Moss) went out about 6 in a taxi all dressed up and her car is gone and there's been no lights on since. I can hear the baby screaming through the wall, it has been going on and off for an hour, and the little boy (I think he is about 3) was at the upstairs window banging on it about 8 o'clock. I've knocked and nobody comes to the door. I don't know their names, sorry. I don't want to cause trouble but its freezing and I don't think there is anybody in there with them.

Barbara (number 12)
07700 900481

Sent from my Samsung Galaxy""",
     label=L("knowsley", "other", True, concerns=["neglect"]),
     why="A neighbour writing to the wrong inbox at night: a baby and a toddler apparently left alone in the house now. Unnamed children, so children [], but urgent.")

mail("knowsley", "mash_step_up", "Dawn Pennington <dawn.pennington@nhs.example>",
     "Declined: Step-up TAF meeting - Kenny [SB-knowsley-58]", (2026, 12, 2, 11, 26),
     "Declined\n",
     ical=ical_reply("DECLINED", "dawn.pennington@nhs.example", "knowsleymash@knowsley.gov.uk",
                     "Step-up TAF meeting - Kenny [SB-knowsley-58]", datetime(2026, 12, 9, 10, 0),
                     "040000008200E00074C5B7101A82E00800000000SBKNOWSLEY58",
                     "Sorry can't make the 9th. I'm on the children's ward with Tayla-Rose Kenny since 8am. X-ray shows a spiral fracture of the left upper arm, no explanation from either parent, and the paediatric team have not been able to see her yet. Mum's partner is demanding to take her home at 2pm and the ward says they can't stop him. Please can someone from duty ring the ward on 0151 496 0388."),
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     label=L("knowsley", "meeting_reply", True, children=[("Tayla-Rose Kenny", None)], concerns=["physical_harm"]),
     why="iTIP REPLY (DECLINED) whose text part is just 'Declined'; the COMMENT in the text/calendar part tells of an unexplained spiral fracture and the partner removing the child at 2pm today: urgent meeting_reply.")

mail("knowsley", "mash_step_up", "Liam Gerrard <Liam.Gerrard@knowsley.gov.uk>",
     "RE: Step up request received [SB-knowsley-31] - GCP2 attached", (2026, 12, 3, 13, 41),
     """Hi,

As requested please find the GCP2 attached for Jake and Lily Barton (EHM-51890). Sorry for the delay, it needed signing off.

Thanks
Liam

PS - when I did the home visit at 11 today Craig (dad) was in the kitchen. He is on bail not to attend the address or contact mum. Both kids were at home (Lily off school poorly). Mum was crying and asked me "not to say anything or he'll go mad". I left at 11.40 and he was still there.

Liam Gerrard
Family First Case Manager | Knowsley Council | 0151 496 0177

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 01 December 2026 09:02
Subject: Step up request received [SB-knowsley-31]

Thank you. Your step-up request for the Barton family has reference SB-knowsley-31.
What is missing: the Graded Care Profile 2 (GCP2), because the concerns include neglect.""" + SIG_KN,
     atts=[("GCP2 Barton Dec 2026.pdf", pdf_bytes(["Graded Care Profile 2 (GCP2) - Barton", "Jake and Lily Barton  EHM-51890",
                                                    "Area 1 Physical care: grade 3", "Area 2 Safety: grade 4"]))],
     label=L("knowsley", "follow_up", True, ["EHM-51890"], [("Jake Barton", None), ("Lily Barton", None)],
             ["domestic_abuse"]),
     why="Follow-up mainly supplying the GCP2, but the PS says the father, on bail not to attend, was at the house with both children today: urgent (follow_up kind, alert_duty).")

mail("knowsley", "mash_step_up", "Sgt Paul Hesketh <Paul.Hesketh@police.example>",
     "FW: Kaiden R - sighting Huyton Lane", (2026, 12, 8, 17, 22),
     """-----Original Message-----
From: PCSO Ann Tickle <Ann.Tickle@police.example>
Sent: 08 December 2026 17:15
To: Hesketh, Paul <Paul.Hesketh@police.example>
Subject: Kaiden R - sighting Huyton Lane

Sarge,

Member of public flagged me down 16:50 outside the Shell garage on Huyton Lane. Kaiden Rimmer (15, DOB 11/02/2011, the lad on the CE list) got into the back of a grey Audi A3 with two males, mid 20s, not from round here. Witness says there was a blade handle sticking out of his waistband and he "looked scared stiff". Mum (Jo) rang 101 at 17:05 saying he's not answering and his phone is off. Car last seen heading for the M57.

Ann

Ann Tickle PCSO 7721
Knowsley Neighbourhood Team""",
     extra=["Auto-Submitted: auto-forwarded", "X-MS-Exchange-Inbox-Rules-Loop: Paul.Hesketh@police.example"],
     label=L("knowsley", "other", True, children=[("Kaiden Rimmer", "2011-02-11")], concerns=["exploitation", "missing"]),
     why="An inbox-rule forward (Auto-Submitted: auto-forwarded) of a PCSO note: a 15-year-old exploited child with a knife taken by adult males in a car 30 minutes ago and now missing. Looks automatic but is urgent.")

assert wd(date(2027, 1, 14), date(2027, 1, 20)) == 4
mail("knowsley", "mash_step_up", "Sinead Molyneux <Sinead.Molyneux@knowsley.gov.uk>",
     "Step up - Harper Quayle EHM-53006", (2027, 1, 14, 14, 5),
     """Hi all,

Step up request for Harper Quayle (DOB 22/06/2021), EHM-53006. Step up form, latest TAF minutes and the GCP2 are attached. TAF step up meeting Wednesday 20 January 2027 at 1.30pm, Kirkby Family Hub; invite already sent. My manager Tom Birchall has agreed the step up.

Concerns are neglect (home conditions, Harper's weight dropping off the centile) and mum not engaging - she has cancelled 6 of the last 8 visits.

For background the chronology shows:
- 03/2024: bruise to left cheek, CP medical, found accidental (fall at soft play, witnessed), NFA.
- 08/2025: small burn on back of hand, explained (curling tongs), seen by GP, healed. No further concerns.
- 10/2025: stepped down from CIN to Family First.
There are no current injuries and no marks were seen at nursery this week.

Thanks
Sinead Molyneux
Family First Case Manager, Knowsley""" + SIG_KN,
     atts=[("Step Up Form Appendix 1 - Quayle.docx", docx_bytes(["FF Step Up request to CSC (Appendix 1)", "Harper Quayle EHM-53006",
                                                                 "What are we worried about: neglect, non-engagement."])),
           ("TAF minutes 07.01.27 Quayle.docx", docx_bytes(["TAF minutes 07/01/2027", "Harper Quayle", "Mum did not attend."])),
           ("GCP2 Quayle.pdf", pdf_bytes(["Graded Care Profile 2 - Harper Quayle", "Overall grade 4"]))],
     label=L("knowsley", "step_up", False, ["EHM-53006"], [("Harper Quayle", "2021-06-22")], ["neglect", "non_engagement"],
             mgr=True, missing=["engaging_families"], notice_ok=False),
     why="Near-miss: bruise and burn appear only as old, explained, healed chronology entries and 'no current injuries'. Non-engagement without the Engaging Families toolkit; Thu 14 Jan -> Wed 20 Jan 2027 is 4 WD.")

mail("knowsley", "early_help_duty", "Rachel Forshaw <Rachel.Forshaw@school.example>",
     "Automatic reply: Step-down CIN meeting - Maddox family", (2027, 1, 19, 8, 3),
     """Thank you for your email. I am out of school on a course until Monday 25th January with limited access to email.

If your message is about a safeguarding matter please contact our deputy DSL, Mr Owen Prescot, on 0151 496 0550.
If a child has an injury, has told you they are being hurt, or you think a child is in immediate danger, do not wait for my reply: call Knowsley MASH or, in an emergency, 999.

Rachel Forshaw
Designated Safeguarding Lead, Stockbridge Vale Primary (invented)""",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "In-Reply-To: <ff.duty.maddox@knowsley.gov.uk>"],
     to="Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>",
     label=L("knowsley", "auto_reply", False),
     why="Near-miss: out-of-office from a DSL listing what to do if a child is hurt or in immediate danger; boilerplate about no real child.")

assert wd(date(2027, 2, 2), date(2027, 2, 11)) == 7
mail("knowsley", "early_help_duty", "Joe Birchenough <Joe.Birchenough@knowsley.gov.uk>",
     "Step down Level 2 - Skye Mercer ICS-1230871 - final CIN 11/02", (2027, 2, 2, 15, 17),
     """Hi Family First,

Level 2 step down for Skye Mercer (DOB 09/05/2016), ICS-1230871. The final CIN meeting is Thursday 11 February 2027 at 13:30 at Northwood Primary School, Kirkby.

The person taking over as Lead Practitioner is Mrs Ayesha Conlan, Learning Mentor, Northwood Primary School.

What are we worried about: Skye's attendance (84%) and her anxiety since the events of November.
What is working well: Dad was arrested on 14 November 2026 and remanded in custody; he remains on remand and there is a non-molestation order until 2028. Skye and mum are safe at home, mum is engaging with the IDVA and Skye is sleeping better.
What needs to happen: school to keep the attendance plan, Skye to start the Freedom-style group for children, mum to keep in touch with the IDVA.

If dad were released, mum knows to call 999 and the safety plan would be reviewed.

Joe Birchenough
Social Worker, Children's Social Care, Knowsley""" + SIG_KN,
     label=L("knowsley", "step_down", False, ["ICS-1230871"], [("Skye Mercer", "2016-05-09")],
             ["domestic_abuse", "school_attendance"], level=2, notice_ok=True),
     why="Near-miss: the violence is resolved (arrested, remanded, order in place, child safe) and the release scenario is hypothetical. Complete Level 2 step-down, 7 WD notice.")


# ================================================================= RICHMOND & WANDSWORTH
mail("richmond_wandsworth", "mash_step_up", "Okonjo, Felicity <Felicity.Okonjo@richmondandwandsworth.gov.uk>",
     "FW: Step up - Marley Danquah - Mosaic ID 1402257", (2026, 11, 24, 11, 48),
     """MASH colleagues,

I am the Early Help Team Manager and I agree this step-up. Please see Rhiannon's note below; the case summary is attached and the rationale is below.

Felicity Okonjo
Early Help Team Manager, Richmond

From: Price, Rhiannon <Rhiannon.Price@richmondandwandsworth.gov.uk>
Sent: 24 November 2026 11:30
To: Okonjo, Felicity
Subject: Step up - Marley Danquah

Felicity, as discussed. Marley Danquah, DOB 14/01/2023, Mosaic ID 1402257.

Rationale for step-up
Mum's partner (Tyrone) moved in in September; Early Help plan has drifted and mum cancels most visits. We no longer think Early Help can hold this.

Timeline (last 10 days)
| Date        | Source  | Event |
| 16/11 09:10 | Nursery | Marley quiet, did not want coat off |
| 19/11       | EH visit| Partner answered door, refused entry |
| 21/11       | Mum     | Text: "everything fine, dont come round" |
| 24/11 08:50 | Nursery | Both palms blistered in a straight line, skin peeling; partner says "touched the oven door". Partner collecting at 15:00 today. |

Rhiannon Price
Early Help Practitioner""",
     atts=[("Case Summary - Danquah.docx", docx_bytes(["Case summary", "Marley Danquah, DOB 14/01/2023, Mosaic 1402257",
                                                        "Early Help since April 2026: nursery attendance, home conditions."]))],
     label=L("richmond_wandsworth", "step_up", True, ["1402257"], [("Marley Danquah", "2023-01-14")],
             ["non_engagement", "physical_harm"], mgr=True),
     why="Team-manager forward of a complete step-up; the last timeline row (today) gives linear blistering burns to both palms of a 3-year-old who goes home with the partner at 15:00. Urgent.")

mail("richmond_wandsworth", "early_help_duty", "ED Safeguarding Team <ed.safeguarding@stmaryhosp.nhs.example>",
     "Safeguarding information share - infant attended ED", (2026, 11, 27, 3, 12),
     html="""<html><body><p style="font-family:Calibri">To whom it may concern,</p>
<p>We could not get through on the number we hold, so are sending this to the address on your website.</p>
<table border="1" cellpadding="4"><tr><td><b>Patient</b></td><td>Nevaeh Osei-Bonsu, DOB 08/10/2026 (7 weeks)</td></tr>
<tr><td><b>Attended</b></td><td>01:35 today with father</td></tr>
<tr><td><b>Findings</b></td><td>Torn upper labial frenulum, small amount of fresh blood in the mouth. Father says she &quot;caught it on the bottle&quot;.</td></tr>
<tr><td><b>Outcome</b></td><td>Father took the baby home at 02:40 before paediatric review. Address given: Flat 3, 19 Aldous Road, SW18 (invented).</td></tr></table>
<p>Please can the duty social worker contact the ED safeguarding nurse on 020 7946 0621.</p>
<p>Kind regards<br>Charge Nurse M. Alabi<br>Emergency Department</p>
<p style="font-size:8pt">This email is confidential. If received in error, delete it and notify the sender.</p></body></html>""",
     label=L("richmond_wandsworth", "other", True, children=[("Nevaeh Osei-Bonsu", "2026-10-08")], concerns=["physical_harm"]),
     why="HTML-only ED information share to the wrong (Early Help) inbox in the night: torn frenulum in a 7-week-old, taken home by father before review. Urgent.")

mail("richmond_wandsworth", "early_help_duty", "ama.k.sister <abenaboateng2009@gmail.example>",
     "please help my mum", (2026, 12, 4, 15, 7),
     """hello i dont know who to send this to i found this email on a letter at home

my mum is not waking up proper, she took lot of her tablets with vodka i think, i spoke on facetime with my brother Kofi he is 4 and he say mummy is sleeping on floor and she is sick on herself. my sister Ama is 2 she is there also. i am at college in Kingston i can not be home before 7. nobody else is there. our surname is Boateng. i am 17. please send someone

Abena

Sent from my iPhone""",
     label=L("richmond_wandsworth", "other", True, children=[("Kofi Boateng", None), ("Ama Boateng", None)],
             concerns=["parental_mental_health", "substance_misuse"]),
     why="An older sibling's mobile message: the sole carer is unconscious after pills and alcohol with a 4- and a 2-year-old alone with her now. Urgent, in non-native plain English.")

mail("richmond_wandsworth", "early_help_duty", "Richmond & Wandsworth Safeguarding Partnership <news@rwscp.example>",
     "Practice bulletin 14: recognising immediate risk", (2026, 12, 7, 7, 30),
     """PRACTICE BULLETIN 14 - December 2026

Case study (learning review, names changed): "Baby Q", 9 weeks, presented with a torn frenulum and a small bruise behind the ear. Both were explained as accidental and the baby went home with the adult later convicted. Bruising in a non-mobile baby is never "just a bruise".

When to pick up the phone rather than send an email - examples:
* a baby or toddler has an unexplained injury and is going home to the person who may have caused it;
* a child tells you an adult is hurting them and that adult collects them today;
* a young child has been left alone, or the only carer is unconscious or intoxicated;
* a child is missing and is at risk of exploitation.
In these situations call MASH (or 999 in an emergency) - do not use the step-up inbox.

Training: "Bruising in non-mobile babies" - Thursday 14 January 2027, 09:30-12:30, online.

You are receiving this bulletin as a member of the RWSCP mailing list. Unsubscribe: https://rwscp.example/unsubscribe""",
     extra=["Precedence: bulk", "List-Id: RWSCP practice bulletin <bulletin.rwscp.example>",
            "List-Unsubscribe: <https://rwscp.example/unsubscribe>"],
     label=L("richmond_wandsworth", "other", False),
     why="Near-miss: partnership practice bulletin listing examples of immediate risk and a pseudonymised learning-review case ('Baby Q'); no real, current child.")

mail("richmond_wandsworth", "mash_step_up", "Jaswal, Harpreet <Harpreet.Jaswal@richmondandwandsworth.gov.uk>",
     "Step-up request: Connor Fitzpatrick (Mosaic 1398820)", (2026, 12, 9, 10, 2),
     """Dear MASH,

I am the Early Help Team Manager for Wandsworth West and I agree this step-up. Connor Fitzpatrick, DOB 30/07/2014, Mosaic ID 1398820. Case summary and rationale attached.

School raised a concern on Monday that Connor had a mark on his neck. The DSL checked him at PE today with the school nurse: no marks seen at all, and he denied anyone had hurt him ("I got it from my hoodie zip"). School are not worried about physical harm. The reason for the step-up is neglect - no food in the house, and Connor missing a lot of school (71%).

Kind regards
Harpreet Jaswal
Early Help Team Manager""",
     atts=[("Case summary Connor F.docx", docx_bytes(["Case summary", "Connor Fitzpatrick 30/07/2014", "Neglect, school attendance."])),
           ("Rationale for step up - Fitzpatrick.pdf", pdf_bytes(["Rationale for step-up", "Connor Fitzpatrick",
                                                                   "Early Help plan has not reduced neglect after 9 months."]))],
     label=L("richmond_wandsworth", "step_up", False, ["1398820"], [("Connor Fitzpatrick", "2014-07-30")],
             ["neglect", "school_attendance"], mgr=True),
     why="Near-miss: a neck mark was checked today - 'no marks seen', he denied anyone hurt him. Complete Richmond step-up (case summary, rationale, manager is sender).")

mail("richmond_wandsworth", "early_help_duty", "Nowicka, Zofia <Zofia.Nowicka@richmondandwandsworth.gov.uk>",
     "Step down - Tallulah & Rocco Baptiste - Mosaic 1377410 / 1377411", (2026, 12, 10, 14, 20),
     """Hi Early Help duty,

Following my call with Dee (duty TM), please accept the step-down for Tallulah Baptiste (DOB 05/03/2017) and Rocco Baptiste (DOB 19/11/2020), Mosaic 1377410 and 1377411. Case summary and draft Early Help plan attached. Mum has consented to Early Help and signed the form on 8 December. Step-down discussion agreed for Monday 14 December 2026 at 11:00 (Teams).

Domestic abuse safety plan (agreed with mum, 8/12):
- dad has no contact; if he were to turn up at the house mum will not open the door, will call 999 and take the children to her mother's on Elm Grove;
- school have a photo of dad and will not release the children to him;
- mum has a panic alarm fitted via the Sanctuary scheme.
Nothing has happened since the September incident and dad has moved to Leeds.

Zofia Nowicka
Social Worker, Wandsworth Assessment Team""",
     atts=[("Case summary Baptiste.docx", docx_bytes(["Case summary", "Tallulah and Rocco Baptiste"])),
           ("Draft EH plan Baptiste.docx", docx_bytes(["Draft Early Help plan", "Baptiste family", "Outcome 1: mum feels safe"]))],
     label=L("richmond_wandsworth", "step_down", False, ["1377410", "1377411"],
             [("Tallulah Baptiste", "2017-03-05"), ("Rocco Baptiste", "2020-11-19")], ["domestic_abuse"], consent=True),
     why="Near-miss: a hypothetical 'if he were to turn up ... call 999' in a safety plan, nothing current. Complete step-down (case summary, draft plan, consent).")

mail("richmond_wandsworth", "mash_step_up", "Lakshmi Rao <Lakshmi.Rao@richmondandwandsworth.gov.uk>",
     "Accepted: Step-up case discussion [SB-richmond_wandsworth-77]", (2026, 12, 11, 9, 14), "",
     ical=ical_reply("ACCEPTED", "Lakshmi.Rao@richmondandwandsworth.gov.uk", "MASH-StepUP@richmondandwandsworth.gov.uk",
                     "Step-up case discussion [SB-richmond_wandsworth-77]", datetime(2026, 12, 15, 14, 0),
                     "sb-richmond_wandsworth-77@stepbot.example"),
     label=L("richmond_wandsworth", "meeting_reply", False),
     why="Plain Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty text part.")

mail("richmond_wandsworth", "mash_step_up", "Tom Eriksen <t.eriksen@barnesprimary.example>",
     "Question about step up forms", (2026, 12, 14, 16, 2),
     """Hi there,

I'm the new DSL at Barnes Riverside Primary (invented). Could you tell me whether schools can send step-up requests to this inbox directly, or does it have to come through the Early Help team manager? Also is there a newer version of the case summary template? The one on our shared drive is from 2022.

No specific child at the moment - just want to get it right before I need it.

Thanks,
Tom Eriksen
Deputy Head / DSL""",
     label=L("richmond_wandsworth", "other", False),
     why="General process enquiry from a school DSL, no child named, no risk: other, human_review.")


# ================================================================= TOWER HAMLETS
mail("tower_hamlets", "mash_step_up", "Shapla Ahmed <Shapla.Ahmed@towerhamlets.gov.uk>",
     "Aliyah", (2026, 11, 27, 12, 51),
     """Hi MAST

Aliyah Chowdhury (6, DOB 17/04/2020) said to me in her session this morning, while drawing: "uncle Farhan does the tickling game in my bed when mummy is at work. it hurts my front bottom. its a secret". I didn't ask anything else.

Uncle Farhan is staying at the flat this weekend, mum works nights Fri and Sat.

My manager Rupa Das knows and agrees this goes to MAST. I'll do the MARF this afternoon.

Shapla
Early Help Practitioner, Tower Hamlets

Sent from my iPhone""",
     label=L("tower_hamlets", "step_up", True, children=[("Aliyah Chowdhury", "2020-04-17")], concerns=["sexual_harm"],
             mgr=True, missing=["request_for_support"]),
     why="A 6-year-old's own words of sexual abuse, quoted, with the alleged abuser staying this weekend while mum works nights. Urgent; MARF not yet done.")

TH2 = ("Dear MAST,\n\nI'm a Housing Officer (Poplar area). Today at 10:30 I attended Flat 42, Millwall House (invented) with the gas engineer for the annual safety check.\n\n"
       "The tenant, Ms Nasreen Akter, was talking to the television and told us the children \u2018aren\u2019t hers any more, they\u2019ve been swapped\u2019 and that she has to \u2018send them back to God tonight\u2019. "
       "Ruksana (about 6) and Imran (about 3) were in the flat; Imran was in a wet nappy. Ms Akter became agitated and asked us to leave. No other adult lives there.\n\n"
       "I\u2019m not trained in this so apologies if this is the wrong place. My mobile is 07700 900772.\n\nKind regards\nDarren Cole\nHousing Officer \u2013 Tenancy Services (invented)\n")
mail("tower_hamlets", "mash_step_up", "Cole, Darren <Darren.Cole@poplarhousing.example>",
     "Concern from gas safety visit today", (2026, 12, 1, 11, 35), TH2, charset="windows-1252", cte="quoted-printable",
     label=L("tower_hamlets", "other", True, children=[("Ruksana Akter", None), ("Imran Akter", None)],
             concerns=["parental_mental_health"]),
     why="Quoted-printable windows-1252 mail from a housing officer: a sole carer in an apparent psychotic episode saying she must 'send them back to God tonight', with a 6- and 3-year-old present. Urgent. (Children's surname assumed from mother's: a parser giving first names only is arguably right.)")

mail("tower_hamlets", "mash_step_up", "SafeLog Alerts <no-reply@safelog.example>",
     "[SafeLog] New concern logged - Globe Town Primary (invented) - Category: Physical", (2026, 12, 3, 14, 2),
     """This is an automated notification from SafeLog. Do not reply to this email.

School:        Globe Town Primary (invented)
Pupil:         Zayn Hussain (Year 2), DOB 02/12/2019
Logged by:     Mrs K. Begum (TA), 03/12/2026 13:55
Category:      Physical
Shared with:   MAST@towerhamlets.gov.uk (external share enabled by DSL)

Concern:
Zayn had his hand under the cold tap in the toilets. He said "daddy put my hand on the cooker to teach me for touching his phone". Red, shiny mark across the palm, blistering at the edge. Zayn is collected by his father at 15:15.

Action taken: DSL informed 14:00.

Manage notifications at https://safelog.example/settings""",
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     label=L("tower_hamlets", "other", True, children=[("Zayn Hussain", "2019-12-02")], concerns=["physical_harm"]),
     why="Automatic no-reply portal notification (Auto-Submitted: auto-generated) carrying a child's words about a deliberate burn, with the father collecting at 15:15 today. Urgent despite looking automatic.")

TH4 = ("Dear MAST,\n\nStep-up for Sumaiya Mirza (DOB 11/09/2018), Mosaic 1467219. MARF attached. My manager Gulshan Ali has agreed the step-up.\n\n"
       "Concerns: mum's drinking and neglect of the home. To be clear: Sumaiya doesn\u2019t have any marks or injuries, school haven\u2019t seen anything, and she isn\u2019t left alone - grandmother lives with them. "
       "There is no immediate risk, we need a CSC assessment.\n\nThanks\nMehdi Karim\nTargeted Early Help\n")
mail("tower_hamlets", "mash_step_up", "Karim, Mehdi <Mehdi.Karim@towerhamlets.gov.uk>",
     "Step up Sumaiya M - MARF", (2026, 12, 7, 10, 40), TH4, charset="windows-1252", cte="8bit", raw=TH4.encode("utf-8"),
     atts=[("MARF - Sumaiya Mirza.pdf", pdf_bytes(["Multi-Agency Request for Support", "Sumaiya Mirza 11/09/2018", "Mosaic 1467219"]))],
     label=L("tower_hamlets", "step_up", False, ["1467219"], [("Sumaiya Mirza", "2018-09-11")], ["neglect", "substance_misuse"],
             mgr=True),
     why="Near-miss with garbled negations: UTF-8 bytes labelled windows-1252, so 'doesnâ€™t have any marks', 'isnâ€™t left alone' decode as mojibake; still negated. Complete MAST step-up.")

mail("tower_hamlets", "early_help_duty", "Brennan, Ciara <Ciara.Brennan@towerhamlets.gov.uk>",
     "URGENT!! step down paperwork - Ishaan Patel - TAF minutes due Friday", (2026, 12, 9, 16, 48),
     """URGENT please - I need to get this step-down through before Friday or the 10 working days run out and my manager will escalate!!

Step-down for Ishaan Patel (DOB 24/02/2015), Mosaic 1449031. Draft TAF plan attached. Mum consented at the CIN review on 2 December. The C&F assessment is still with my manager for sign-off, I'll send it tomorrow. Lead practitioner will be Mr Daniel Kwame, Family Support Worker, Bow School (invented).

Ciara Brennan
Social Worker, Tower Hamlets CSC""",
     atts=[("Draft TAF plan - Ishaan Patel.docx", docx_bytes(["Draft TAF plan", "Ishaan Patel", "School attendance support"]))],
     label=L("tower_hamlets", "step_down", False, ["1449031"], [("Ishaan Patel", "2015-02-24")], [], consent=True,
             missing=["assessment"]),
     why="Near-miss: 'URGENT' is about a paperwork deadline only; no child is at risk. Step-down with the C&F assessment still to follow.")

mail("tower_hamlets", "mash_step_up", "Yasmin Uddin <Yasmin.Uddin@towerhamlets.gov.uk>",
     "FW: Overnight incident - Rahman family - for info", (2026, 12, 11, 9, 20),
     """Morning MAST, for info only, nothing needed from duty today - police have dealt with it. I'll update the EH plan.

Yasmin

---------- Forwarded message ---------
From: DC Laura Hinds <Laura.Hinds@police.example>
Date: Fri, 11 Dec 2026 at 07:58
Subject: Overnight incident - Rahman family

Police attended 02:10 following a 999 call. The suspect (mum's ex-partner) was arrested at the scene, charged and remanded in custody this morning. Sofia Rahman (8) and Adam Rahman (5) were not hurt and are staying with their maternal grandparents, who are protective. Mum is also at the grandparents'. No ongoing risk at the address; a DASH has been completed and the case is going to MARAC.

DC Laura Hinds, Public Protection Unit""",
     label=L("tower_hamlets", "other", False, children=[("Sofia Rahman", None), ("Adam Rahman", None)], concerns=["domestic_abuse"]),
     why="Near-miss: resolved incident - perpetrator arrested and remanded, children unhurt and safe with grandparents; sent for information.")

mail("tower_hamlets", "mash_step_up", "Ali, Gulshan <Gulshan.Ali@towerhamlets.gov.uk>",
     "RE: Step-up received [SB-tower_hamlets-61] - MARF", (2026, 12, 14, 12, 5),
     """Hi,

Attached is the MARF for the Miah family. Mum gave consent for the MAST referral on Friday.

Gulshan Ali
Early Help Team Manager

> Your step-up for Rayan Miah has reference SB-tower_hamlets-61.
> Missing: the completed Multi-Agency Request for Support form.""",
     atts=[("MARF Miah.pdf", pdf_bytes(["Multi-Agency Request for Support", "Rayan Miah"]))],
     label=L("tower_hamlets", "follow_up", False, children=[("Rayan Miah", None)], consent=True),
     why="Ordinary follow-up to SB-tower_hamlets-61 adding the MARF; consent stated.")

mail("tower_hamlets", "early_help_duty", "Hughes, Bethan <Bethan.Hughes@towerhamlets.gov.uk>",
     "Step-down to Early Help - Nur Islam - Mosaic 1452280", (2026, 12, 15, 10, 30),
     """Hello Early Help Hub,

Please accept this step-down for Nur Islam (DOB 06/06/2013), Mosaic 1452280. Child and Family Assessment and the draft TAF plan attached. Mum and Nur both consent to the step-down. The Lead Practitioner will be Ms Farzana Haque, Pastoral Lead at Stepney Green Academy (invented). TAF meeting Monday 21 December 2026 at 10:00 at the school; I will chair.

Concerns at closure: school attendance and Nur's caring for her younger brother who has autism.

Bethan Hughes
Social Worker, Children and Families Assessment Team""",
     atts=[("C&F Assessment - Nur Islam.pdf", pdf_bytes(["Child and Family Assessment", "Nur Islam 06/06/2013"])),
           ("Draft TAF plan Nur Islam.docx", docx_bytes(["Draft TAF plan", "Nur Islam"]))],
     label=L("tower_hamlets", "step_down", False, ["1452280"], [("Nur Islam", "2013-06-06")],
             ["school_attendance", "young_carer"], consent=True),
     why="Ordinary complete Tower Hamlets step-down (assessment, TAF plan, consent, lead practitioner with agency).")


# ================================================================= TORBAY
mail("torbay", "early_help_duty", "Kerry Widger <Kerry.Widger@torbay.gov.uk>",
     "RE: Step-down received [SB-torbay-52] - chronology", (2027, 1, 12, 16, 40),
     "Hi, see attached as requested.\n\nKerry\n\nSent from Outlook for iOS",
     atts=[("Updated chronology Cann-Bowden LCS-2251907.docx", docx_bytes([
         "Chronology - Bobbi Cann-Bowden (DOB 30/05/2024), LCS-2251907",
         "03/11/2026 - Single Assessment completed, step-down to Early Help recommended.",
         "15/12/2026 - Mum engaging well with Early Help worker.",
         "12/01/2027 10:15 - Home visit. Lee Cann (subject to a non-molestation order) was living back at the address. Bobbi had fresh purple bruising to the top and back of the outer left ear. Mum said she 'bumped it'. Mum is working a night shift tonight and Lee will be caring for Bobbi alone."]))],
     label=L("torbay", "follow_up", True, ["LCS-2251907"], [("Bobbi Cann-Bowden", "2024-05-30")],
             ["domestic_abuse", "physical_harm"]),
     why="Follow-up whose body only says 'see attached'; the attached chronology's last entry (today) tells of a toddler's bruised ear and the order-breaching partner caring for her alone tonight. Urgent.")

mail("torbay", "early_help_duty", "Paignton Youth Hub <info@paigntonyouthhub.example>",
     "Re: Torbay Early Help bulletin - January", (2027, 1, 15, 19, 25),
     """Sorry to reply to the bulletin, it's the only address I have for you.

Jamie Northcott (13) has just come into the youth hub. Dad kicked him out this afternoon. He showed one of our workers a kitchen knife in his bag and says he's going to "sort out" the older lads he has been running parcels for, who are waiting for him at the skate park at 8. We're trying to keep him here but we close at 8.30.

Mo Taylor, Senior Youth Worker, 01632 960412

On Fri, 15 Jan 2027 at 09:00, Torbay Early Help <earlyhelp@torbay.gov.uk> wrote:
> Early Help bulletin - January 2027. Triage is on Tuesdays...""",
     extra=["Precedence: bulk", "In-Reply-To: <bulletin-2027-01@torbay.gov.uk>"],
     label=L("torbay", "other", True, children=[("Jamie Northcott", None)], concerns=["exploitation"]),
     why="A reply carrying 'Precedence: bulk' from a youth club: an exploited 13-year-old with a knife about to meet the older lads tonight, having been thrown out. Urgent despite looking like list mail.")

mail("torbay", "mash_step_up", "Chantelle Heard <chantelleheard91@icloud.example>",
     "my ex", (2027, 1, 22, 13, 10),
     """I dont know if this is the right place. My ex just text me "enjoy your last weekend as a mum, after I have them tonight you wont see Tilly or Harvey again and neither will anyone". He has them for contact from tonight, he picks them up from Preston Primary at 3.15. He has been sectioned before. Tilly is 7 and Harvey 5, surname Heard. What do I do?

Sent from my iPhone""",
     label=L("torbay", "other", True, children=[("Tilly Heard", None), ("Harvey Heard", None)],
             concerns=["domestic_abuse", "parental_mental_health"]),
     why="A mother forwards a threat by the father to harm/take the children, who he collects from school at 3.15 today. Urgent.")

mail("torbay", "early_help_duty", "Tremain, Jo <Jo.Tremain@torbay.gov.uk>",
     "Step down request - Oscar Luxton LCS-2247733 - triage please", (2027, 1, 25, 11, 20),
     """Hi Early Help,

Please can Oscar Luxton (DOB 09/07/2025), LCS-2247733, go to the next under-5s triage. Single Assessment attached. Mum has consented to Early Help and my manager Alan Coombe has agreed the step-down.

You may see a body map on the assessment: the bruise on Oscar's shin on 4 January was seen by Dr Priya Nair, consultant paediatrician, the same day; she found it consistent with the fall from the nursery slide (witnessed by two staff) and had no safeguarding concerns. It has now faded.

Concerns for Early Help: mum's low mood and isolation.

Jo Tremain
Social Worker, Single Assessment Team, Torbay""",
     atts=[("Single Assessment - Oscar Luxton.pdf", pdf_bytes(["Single Assessment", "Oscar Luxton 09/07/2025", "Outcome: step down to Early Help level 3"]))],
     label=L("torbay", "step_down", False, ["LCS-2247733"], [("Oscar Luxton", "2025-07-09")], ["parental_mental_health"],
             consent=True, mgr=True),
     why="Near-miss: an injury explained and checked by a consultant paediatrician with no concern, now healed. Complete under-5 step-down.")

mail("torbay", "early_help_duty", "Sam Rendle <Sam.Rendle@torbay.gov.uk>",
     "RE: [SB-torbay-58] Ellie Pope - extra info", (2027, 1, 27, 9, 48),
     """Morning,

Extra info for triage. In the session Ellie said she worries "dad might come back one day and shout again". Dad lives in Scotland and has had no contact since 2022; there is no court order, no recent contact and mum says he has no idea where they live. Ellie's worry is about the past, and we are doing worry work with her. No current risk from dad.

Sam Rendle, Early Help Worker""",
     label=L("torbay", "follow_up", False, children=[("Ellie Pope", None)], concerns=["domestic_abuse"]),
     why="Near-miss: a child's worry about a father with no contact since 2022; explicitly no current risk. Follow-up to SB-torbay-58.")

mail("torbay", "mash_step_up", "Penwill, Gary <Gary.Penwill@torbay.gov.uk>",
     "Step up to MASH - Lacey Stentiford EHM-738291", (2027, 2, 3, 10, 15),
     """Dear MASH,

Contact for a step-up: Lacey Stentiford (DOB 17/08/2012), EHM-738291. Persistent missing episodes (three since Christmas, all returned within hours) and school attendance 58%. Dad has consented to the referral and my ATM, Nicola Parnell, agrees the step-up.

Gary Penwill
Early Help Lead Practitioner, Torbay""",
     label=L("torbay", "step_up", False, ["EHM-738291"], [("Lacey Stentiford", "2012-08-17")], ["missing", "school_attendance"],
             consent=True, mgr=True),
     why="Ordinary complete Torbay step-up (consent and manager agreement). Past missing episodes, all returned: not a child missing now.")

mail("torbay", "early_help_duty", "Hannah Widdon <hwiddon.family@gmail.example>",
     "Re: Early Help triage outcome", (2027, 2, 5, 18, 2),
     """Hi, thanks for your email. I'm away with the children until 15 February with no signal. I'll reply when I'm back.
Hannah""",
     extra=["Auto-Submitted: auto-replied"],
     label=L("torbay", "auto_reply", False),
     why="Gmail vacation responder from a parent, marked only by Auto-Submitted: auto-replied.")

mail("torbay", "mash_step_up", "Helen Couch <Helen.Couch@torbay.gov.uk>",
     "Step up - Archie Yeo EHM-739004 (HV report attached)", (2027, 2, 9, 14, 12),
     """Hi MASH,

Step-up contact for Archie Yeo (DOB 02/10/2026), EHM-739004. Concern is neglect: home conditions and missed health appointments. The health visitor's report is attached - see the summary, she saw Archie unclothed: no marks or bruises observed, baby thriving, weight on the 50th centile. My manager agrees. Mum has not yet been asked about consent; I'll ask her at Thursday's visit.

Helen Couch
Family Intervention Worker""",
     atts=[("HV report Archie Yeo.pdf", pdf_bytes(["Health Visitor report - Archie Yeo 02/10/2026",
                                                    "Seen unclothed 08/02/2027: no marks or bruises observed.",
                                                    "Baby thriving, weight 50th centile. Home conditions poor."]))],
     label=L("torbay", "step_up", False, ["EHM-739004"], [("Archie Yeo", "2026-10-02")], ["neglect"], mgr=True,
             missing=["consent"]),
     why="Near-miss: baby checked unclothed, 'no marks or bruises observed' in body and PDF. Consent still to be asked (null), so missing.")


# ================================================================= HEREFORDSHIRE
mail("herefordshire", "early_help_duty", "Gwilliam, Rhys <Rhys.Gwilliam@herefordshire.gov.uk>",
     "Step-down plan - Phoebe Lloyd (Mosaic 621884)", (2027, 1, 13, 12, 4),
     """Hi Early Help Co-ordinators,

Attached is the Early Help Assessment step-down plan for Phoebe Lloyd (DOB 28/08/2026), Mosaic 621884, and mum's signed consent form. Key person: Sarah Bevan, Health Visitor, Wye Valley (invented).

I did a final visit at 9 this morning to drop off the paperwork. Mum was on the sofa and I couldn't wake her properly - she mumbled and went back to sleep. There was foil, a lighter and a burnt spoon on the coffee table. Phoebe was in her bouncer, soaked through, and hadn't been fed since last night by the look of the bottles. Mum's sister came at 10 and is there now but she has to leave for work at 2pm.

The plan covers parenting support and the drug service referral.

Rhys Gwilliam
Social Worker, Herefordshire Council""",
     atts=[("EHA step-down plan - Phoebe Lloyd.docx", docx_bytes(["Early Help Assessment step-down plan", "Phoebe Lloyd"])),
           ("Signed consent form - Lloyd.pdf", pdf_bytes(["Consent form", "I agree to Early Help", "Signed: K Lloyd"]))],
     label=L("herefordshire", "step_down", True, ["621884"], [("Phoebe Lloyd", "2026-08-28")], ["neglect", "substance_misuse"],
             consent=True),
     why="Complete step-down, but between routine paragraphs the sole carer of a 4-month-old is described (by behaviour only) as unrousable with drug paraphernalia, baby unfed; the sister leaves at 2pm. Urgent.")

mail("herefordshire", "early_help_duty", "Laura Preece <l.preece@leominsterinfants.example>",
     "Fwd: Fwd: Kacey - Early Help form?", (2027, 1, 18, 14, 40),
     """Hi, forwarding from our TA as I wasn't sure if this is an Early Help thing - can you advise which form?

Laura Preece, Headteacher

---------- Forwarded message ---------
From: Jenny Powell (TA)
Date: Mon, 18 Jan 2027 at 14:10

---------- Forwarded message ---------
Kacey Meredith (Reception) asked me at lunch "will mummy be dead when I get home?" She said mummy was crying and said she was going to "go to sleep forever" and gave Kacey her rings to keep (Kacey had them in her book bag). Mum is on her own with Kacey and the baby. Mum is picking up at 3.""",
     label=L("herefordshire", "other", True, children=[("Kacey Meredith", None)], concerns=["parental_mental_health"]),
     why="Routine-looking 'which form?' forward; the nested forwarded part tells of a sole carer apparently planning suicide, collecting a 4-year-old at 3pm today. A duty social worker would phone: urgent.")

mail("herefordshire", "early_help_duty", "Watkins, Delyth <Delyth.Watkins@herefordshire.gov.uk>",
     "Step down - Mia Harris - Mosaic 618220", (2027, 1, 20, 10, 55),
     """Hello,

Step-down plan and signed consent attached for Mia Harris (DOB 02/03/2020), Mosaic 618220. Key person is Mrs Alison Price, SENCo, Bromyard Primary (invented).

Background: in 2023 Mia was found wandering on the main road at night aged 3 while mum was intoxicated; this led to the child protection plan, which ended in October 2026. Mum has been abstinent for 18 months and there have been no incidents since. Mia has an EHCP for speech and language.

Delyth Watkins, Social Worker""",
     atts=[("EHA step down plan Mia Harris.docx", docx_bytes(["Early Help Assessment step-down plan", "Mia Harris"])),
           ("Consent form Harris signed.pdf", pdf_bytes(["Consent form - Harris", "Signed"]))],
     label=L("herefordshire", "step_down", False, ["618220"], [("Mia Harris", "2020-03-02")],
             ["disability_send", "substance_misuse"], consent=True),
     why="Near-miss: the child found wandering is history (2023); CP plan ended, no incidents since. Complete step-down.")

mail("herefordshire", "early_help_duty", "Head of Service - Early Help <EH.HoS@herefordshire.gov.uk>",
     "Reminder: the step-down inbox is not for immediate safeguarding concerns", (2027, 1, 21, 8, 30),
     """Dear colleagues,

A reminder that this inbox is monitored in office hours only. Please phone the MASH (or 999) instead of emailing when, for example:
- a baby has a bruise, bite mark or burn and is going home to the person who may have caused it;
- a child discloses sexual abuse and the alleged abuser has access tonight;
- a parent is unconscious, drunk or using drugs with young children present;
- a child is missing and may be being exploited.
None of these should ever wait in a step-down queue.

Thank you,
Head of Service, Early Help (invented)""",
     label=L("herefordshire", "other", False),
     why="Near-miss: policy reminder listing examples of immediate risk; no real child.")

mail("herefordshire", "early_help_duty", "Sarah Bevan <sarah.bevan@wvt.nhs.example>",
     "Accepted: Step-down drop-in [SB-herefordshire-40]", (2027, 1, 25, 17, 5),
     "Will attend. FYI the bruise on Leo's forehead last month was seen by the paediatrician, who was satisfied it was accidental, and it has healed.\n",
     ical=ical_reply("ACCEPTED", "sarah.bevan@wvt.nhs.example", "earlyhelpcoordinators@herefordshire.gov.uk",
                     "Step-down drop-in [SB-herefordshire-40]", datetime(2027, 2, 2, 10, 0), "sb-herefordshire-40@stepbot.example",
                     "Will attend. FYI the bruise on Leo's forehead last month was seen by the paediatrician, who was satisfied it was accidental, and it has healed."),
     label=L("herefordshire", "meeting_reply", False),
     why="Near-miss in a meeting reply's comment: an old, paediatrician-checked, healed bruise. ACCEPTED; no surname given, so children [].")

mail("herefordshire", "early_help_duty", "Bowen, Carys <Carys.Bowen@herefordshire.gov.uk>",
     "Step-down - Tyler and Jade Price (Mosaic 620115, 620116)", (2027, 1, 27, 15, 33),
     """Hi,

Step-down plan attached for Tyler Price (DOB 14/11/2014) and Jade Price (DOB 01/06/2018), Mosaic 620115 and 620116. Dad agreed verbally to Early Help at the visit; I'll get the consent form signed next week. Key person: Mr Huw Jenkins, Family Support Worker, Ross Family Hub (invented).

Carys Bowen, Social Worker""",
     atts=[("EHA step-down plan Price.docx", docx_bytes(["Early Help Assessment step-down plan", "Tyler and Jade Price"]))],
     label=L("herefordshire", "step_down", False, ["620115", "620116"], [("Tyler Price", "2014-11-14"), ("Jade Price", "2018-06-01")],
             [], consent=True, missing=["consent_form"]),
     why="Ordinary step-down: verbal consent (consent true) but no signed consent form, so consent_form missing.")

mail("herefordshire", "early_help_duty", "Watkins, Delyth <Delyth.Watkins@herefordshire.gov.uk>",
     "RE: Step-down received [SB-herefordshire-44]", (2027, 2, 1, 9, 12),
     """Hi, the signed consent form for Mia is attached.
Delyth

> Reference SB-herefordshire-44. Missing: the family's written consent.""",
     atts=[("Signed consent - Mia Harris.pdf", pdf_bytes(["Consent form - Mia Harris", "Signed by parent 29/01/2027"]))],
     label=L("herefordshire", "follow_up", False, children=[("Mia Harris", None)], consent=True),
     why="Ordinary follow-up adding a signed consent form.")

mail("herefordshire", "early_help_duty", "Hodges, Martin <Martin.Hodges@herefordshire.gov.uk>",
     "URGENT step up request - Noah Pritchard", (2027, 2, 3, 11, 0),
     """Hi,

Requesting step-up to social care for Noah Pritchard (DOB 19/04/2022), Mosaic 622740. My manager agrees. Concerns: neglect and mum not engaging with Early Help.

For completeness: the burn on Noah's forearm six weeks ago has healed; it was explained (hot drink knocked over, mum took him to the GP the same day) and the GP had no concerns. There is nothing new.

Martin Hodges, Early Help Worker""",
     label=L("herefordshire", "step_up", False, ["622740"], [("Noah Pritchard", "2022-04-19")], ["neglect", "non_engagement"],
             mgr=True),
     why="Near-miss: 'URGENT' in the subject and an old, explained, GP-seen healed burn. A step-up sent to Herefordshire (no step-up process): human_review, missing [].")

if __name__ == "__main__":
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False)
        f.write("\n")
