#!/usr/bin/env python3
"""mixed78: blind held-out set (autumn term 2097; children outdoors and in public places).

Standard library only, plus `holidays` when it is importable (run with /work/main/.venv/bin/python
to use it; otherwise the hard-coded 2097 list below is used and the script says so).
Deterministic: no clock, no randomness. Writes 40 .eml files, labels.json, categories.json and
runs self-checks before writing anything.
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
LON = ZoneInfo("Europe/London")
YEAR = 2097
WINDOW = (dt.date(2097, 9, 2), dt.date(2097, 12, 13))  # Mon 2 Sep - Fri 13 Dec 2097

BH_2097 = {dt.date(2097, 1, 1), dt.date(2097, 3, 29), dt.date(2097, 4, 1), dt.date(2097, 5, 6),
           dt.date(2097, 5, 27), dt.date(2097, 8, 26), dt.date(2097, 12, 25), dt.date(2097, 12, 26)}
try:
    import holidays  # type: ignore
    _h = holidays.country_holidays("GB", subdiv="ENG", years=[YEAR])
    assert set(_h.keys()) == BH_2097, sorted(_h.keys())
    HOLIDAY_SOURCE = "holidays package %s (checked equal to the hard-coded list)" % holidays.__version__
except ImportError:
    HOLIDAY_SOURCE = "hard-coded list (holidays package not importable)"

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
SEED = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
        "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
        "knowsley": "004_ba08e3b9f619f49f.txt"}

# REQUIREMENTS.md matrix (ids that may appear in `missing`) per authority / kind / (Knowsley) level
REQ = {
    ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                    "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
ALARM = re.compile(r"urgent|immediate|emergenc|\brisk|danger|safeguard|child protection", re.I)


# ---------------------------------------------------------------- helpers
def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def when(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi, tzinfo=LON)


def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BH_2097:
            n += 1
    return n


def make_docx(paras, rows=None):
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    if rows:
        body += "<w:tbl>" + "".join(
            "<w:tr>" + "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % esc(c)
                               for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2097, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
            b" /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def make_png():
    import struct, zlib
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\x40\x70\x40" * 16 for _ in range(12))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 12, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def ics(method, uid, start, end, summary, organizer, attendee, partstat=None, location="", comment=None):
    def u(t):
        return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + u(start - dt.timedelta(days=3)),
             "DTSTART:" + u(start), "DTEND:" + u(end), "SUMMARY:" + summary.replace(",", "\\,"),
             "LOCATION:" + location.replace(",", "\\,"), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    if partstat:
        lines.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1]))
    else:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=%s:mailto:%s" % attendee)
    if comment:
        lines.append("COMMENT:" + comment.replace(",", "\\,"))
    lines += ["SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def msg(fname, frm, to, subject, date, text=None, html=None, cc=None, atts=(), extra=None, domain=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = domain or frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%s@%s>" % (sha(fname)[:24], dom)
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, cte="quoted-printable")
        if html is not None:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        m.set_content(html, subtype="html", cte="quoted-printable")
    for fn, data, (mt, st) in atts:
        if mt == "text":
            m.add_attachment(data, subtype=st, filename=fn, cte="quoted-printable" if st != "calendar" else "7bit")
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def set_boundaries(m, fname):
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_mixed78_%s_%d" % (sha(fname)[:12], i))


def itip_reply(fname, frm, to, subject, date, ics_text, note, domain):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s@%s>" % (sha(fname)[:24], domain)
    m["MIME-Version"] = "1.0"
    m.set_content(note, cte="quoted-printable")
    m.add_alternative(ics_text, subtype="calendar", params={"method": "REPLY"}, cte="7bit")
    return m


# ---------------------------------------------------------------- the set
MAILS = []
LABELS = []
CATS = {}


def add(fname, authority, mailbox, m, delay, category, kind, urgent, level, case_ids, children, concerns,
        consent, manager_agreed, missing, meeting, why, ooh=None):
    """meeting: datetime of the proposed meeting for Knowsley step requests (None = no date given)."""
    set_boundaries(m, fname)
    date = dt.datetime.strptime(m["Date"], "%a, %d %b %Y %H:%M:%S %z")
    now = date + dt.timedelta(minutes=delay)
    notice_ok = None
    notice_note = ""
    if authority == "knowsley" and kind in ("step_up", "step_down") and meeting is not None:
        given = working_days(now.astimezone(LON).date(), meeting.date())
        notice_ok = given >= 5
        notice_note = " Notice: %d working days from %s to %s -> %s." % (
            given, now.strftime("%a %d %b"), meeting.strftime("%a %d %b %H:%M"), "ok" if notice_ok else "not ok")
    if urgent:
        na = "alert_duty"
    elif kind == "auto_reply":
        na = "ignore"
    elif kind == "meeting_reply":
        na = "record_reply"
    elif kind == "follow_up":
        na = "attach_to_request"
    elif kind == "other" or (kind, authority) == ("step_up", "herefordshire"):
        na = "human_review"
    elif missing or notice_ok is False:
        na = "request_info"
    else:
        na = "book_meeting"
    rule = " | Rule: %s, seed %s; REQUIREMENTS.md (%s, %s); DESIGN 'stepbot parse' contract: next_action %s" % (
        authority, SEED[authority], authority, kind, na)
    if urgent:
        rule += "; DESIGN safety rule 1 (immediate child-protection risk -> alert %s)" % (
            "the out-of-hours service" if ooh else "the duty team in office hours")
    MAILS.append((fname, m, ooh))
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": n, "dob": d} for n, d in children],
                              "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager_agreed,
                              "missing": sorted(missing), "notice_ok": notice_ok, "next_action": na},
                   "why": why + notice_note + rule})
    CATS[fname] = category


SIG_KNOWSLEY = ("\n\nThis email and any files transmitted with it are confidential and intended solely for the "
                "use of the addressee. If you have received it in error please notify the sender. Knowsley "
                "Metropolitan Borough Council.")

# ======================= KNOWSLEY =======================
A = "knowsley"
MB = MAILBOX[A]

# K01 ordinary: complete neglect step-up with form, GCP2, TAF minutes and the Teams invite
mt = when(2097, 9, 25, 10, 0)
inv = ics("REQUEST", "k01-taf-fairclough@knowsley.gov.uk", mt, mt + dt.timedelta(hours=1),
          "Step-up TAF meeting - Fairclough (EHM-70318)", ("Bethan Cowley", "bethan.cowley@knowsley.gov.uk"),
          ("Knowsley MASH", MB["mash_step_up"]), location="Microsoft Teams meeting")
m = msg("knowsley_01", "Bethan Cowley <bethan.cowley@knowsley.gov.uk>", MB["mash_step_up"],
        "Step up request - Fairclough - EHM-70318", when(2097, 9, 16, 10, 12),
        text="""Morning MASH,

Please find attached a step up request for Lacey-Jo Fairclough (DOB 11/03/2090) and her brother Kobi Fairclough (DOB 02/07/2093), EHM-70318. I have been the Family First case manager since February.

Main worry is neglect. Over the summer holidays the children were out on the estate and down by Ditton Brook until after 10pm most nights with nobody checking where they were; Kobi was brought home twice by a neighbour and once by the PCSO. Home conditions have slipped again (GCP2 attached, scored 4 in three areas). Kobi has missed his last two dental appointments. Both children are in school today and I saw them at home yesterday evening.

My team manager, Alison Gerrard, has discussed this with me in supervision and agreed the step up on 12/09/2097.

I have sent the Teams invite for the step up TAF meeting to this inbox and MASH business support: Wednesday 25th September 2097 at 10:00. I will invite the current TAF members (school, health visitor and the Saturday football club coach, who has been a good support for Kobi).

Attached: Step up request form (Appendix 1), GCP2, last TAF minutes.

Thanks
Bethan

Bethan Cowley | Family First Case Manager | Knowsley Family First 0-18
0151 496 0233""" + SIG_KNOWSLEY,
        cc="Mash.Businesssupport@knowsley.gov.uk",
        atts=[("Step Up Request Form - Fairclough.docx",
               make_docx(["Appendix 1 - Step Up Request Form", "Child: Lacey-Jo Fairclough 11/03/2090; Kobi Fairclough 02/07/2093",
                          "EHM ref: EHM-70318", "Reason for step up: neglect - children unsupervised outdoors late at night, home conditions, missed health appointments",
                          "Team manager agreement: Alison Gerrard, 12/09/2097"]), DOCX),
              ("GCP2 Fairclough Sept.pdf", make_pdf("Graded Care Profile 2 - Fairclough", [
                  "Completed by Bethan Cowley, 09/09/2097", "Area 1 Physical care: 4", "Area 2 Safety: 4 (supervision outdoors)",
                  "Area 3 Love and care: 3", "Area 4 Esteem: 4"]), ("application", "pdf")),
              ("TAF minutes 05.09.2097.pdf", make_pdf("Team Around the Family meeting - minutes", [
                  "Date: 05/09/2097", "Present: mum, Bethan Cowley (FF), school, health visitor",
                  "Agreed: case manager to discuss step up with team manager."]), ("application", "pdf")),
              ("Step-up TAF meeting.ics", inv, ("text", "calendar"))])
add("knowsley_01.eml", A, "mash_step_up", m, 6, "ordinary", "step_up", False, None, ["EHM-70318"],
    [("Lacey-Jo Fairclough", "2090-03-11"), ("Kobi Fairclough", "2093-07-02")], ["neglect"], None, True, [], mt,
    "Complete Knowsley step-up for neglect (seed 004 section 4 and the 7-minute briefing points 3-4): Appendix 1 form .docx, "
    "GCP2 .pdf (neglect -> gcp2 met), TAF minutes .pdf, EHM id, TM agreed, Teams invite .ics for Wed 25 Sep 10:00 (a Wednesday, "
    "as preferred). Children out late by the brook over the summer is a past pattern, both seen yesterday and in school today: "
    "not urgent. Consent not mentioned -> null.")

# K02 urgent: PCSO, two small children alone on the canal towpath, mother 'won't wake up'
m = msg("knowsley_02", "PCSO 7714 Gareth Lunt <gareth.lunt@merseyside.police.example.uk>", MB["mash_step_up"],
        "2 young children on towpath Brookvale lock - mum not waking", when(2097, 9, 19, 16, 41),
        text="""To the MASH,

I am a PCSO on foot patrol at Brookvale Country Park. At 16:20 I found two young children on their own on the canal towpath right at the edge of the lock by the footbridge. The boy told me he is Reggie Hanlon and he is 5, his sister is Ava Hanlon, she is 3. Ava had no shoes on and was wet to the knees, she had been climbing down the lock steps. No adult anywhere.

Reggie says they live at 14 Tarn Close and came out because "mummy is asleep on the kitchen floor and won't wake up". I have them both with me now. My sergeant has sent a unit to the address but none has arrived yet and there is nobody answering the door. Control gave me this address for children's services.

I will stay with the children until someone arrives. My radio is patchy, mobile 07700 900 412.

PCSO 7714 G. Lunt
Knowsley Neighbourhood Team""", domain="merseyside.police.example.uk")
add("knowsley_02.eml", A, "mash_step_up", m, 3, "urgent", "other", True, None, [],
    [("Reggie Hanlon", None), ("Ava Hanlon", None)], ["neglect"], None, None, [], None,
    "A PCSO writing to the MASH step-up inbox: a 5- and a 3-year-old alone at the edge of a canal lock, the 3-year-old wet "
    "from climbing down the lock steps, and their mother 'asleep on the kitchen floor and won't wake up' at home now. Happening "
    "now, no adult with them, no alarm word. Not a step request -> other (missing [], notice null); neglect from young "
    "children alone by water with no supervising adult.")

# K03 near miss: complete L2 step-down; a lost-at-the-fair episode reunited within minutes
mt = when(2097, 10, 10, 14, 0)
m = msg("knowsley_03", "Rhiannon Platt <rhiannon.platt@knowsley.gov.uk>", MB["early_help_duty"],
        "Step down to Level 2 - Mia Rimmer ICS-2217745", when(2097, 10, 3, 11, 5),
        text="""Hi Family First duty,

I am writing to let you know of the intention to step down Mia Rimmer (DOB 30/06/2089), ICS-2217745, to a Level 2 Early Help service.

Final CIN meeting: Thursday 10/10/2097 at 2pm, St Aidan's Primary School (family room).

Lead Practitioner after step down: Gemma Tansey, Pastoral Lead, St Aidan's Primary School, who has agreed to take on the role.

What are we worried about?
Mia's attendance dipped to 84% in the summer term while mum's depression was at its worst. Mum still has low days.

What is working well?
Mum is engaging with her GP and the talking therapies service. Attendance this term is 97%. Mia goes to Brownies on a Tuesday and the family walk the dog at Court Hey Park most evenings. You may hear about the August bank holiday fair at Kirkby: Mia wandered off from mum near the waltzer and was found by a steward within about ten minutes and handed back. Mum reported it herself, was with her the whole afternoon otherwise, and there is no worry about supervision arising from it.

What needs to happen?
Mum to keep her GP and therapy appointments, school to continue the morning check-in, Brownies to continue, TAF review in 6 weeks.

My team manager is aware.

Kind regards
Rhiannon Platt
Social Worker, Children's Social Care, Knowsley""" + SIG_KNOWSLEY)
add("knowsley_03.eml", A, "early_help_duty", m, 4, "near_miss", "step_down", False, 2, ["ICS-2217745"],
    [("Mia Rimmer", "2089-06-30")], ["parental_mental_health", "school_attendance"], None, None, [], mt,
    "NEAR MISS - A LOST CHILD REUNITED WITHIN MINUTES: Mia lost at a fair in August, found by a steward in ten minutes, "
    "reported by mum herself, 'no worry about supervision arising from it' -> past and resolved, not urgent, no neglect. "
    "Complete Knowsley Level 2 step-down (seed 004 section 2, Level 2): date, time and venue; the three Signs of Safety "
    "headings; lead practitioner with her agency. 'My team manager is aware' is not agreement -> null; consent not stated "
    "(not required at L2) -> null.")

# K04 urgent follow_up: 13-year-old at the quarry edge
m = msg("knowsley_04", "Dean Whitfield <dean.whitfield@knowsley.gov.uk>", MB["mash_step_up"],
        "RE: Step up request received [SB-knowsley-417] Jayce Mercer", when(2097, 11, 12, 13, 22),
        text="""Jayce has just sent me a photo from the top of the old quarry at Pottery Lane. It is taken looking straight down past his trainers, which are over the edge of the drop. The message with it says "nobody would even notice if I went". He has been gone from home since about 7 this morning and did not get to school.

Mum rang the police at 12:40 and is out looking round the estate. I am driving to Pottery Lane now, ETA 15 mins. He isn't answering calls but he read my message.

EHM-71902. I'll update as soon as I'm there.

Dean
Sent from Outlook for iOS

________________________________
From: stepbot <stepbot@knowsley.gov.uk>
Sent: 08 November 2097 10:02
To: Dean Whitfield
Subject: Step up request received [SB-knowsley-417] Jayce Mercer

Thank you. Your step-up request for Jayce Mercer (EHM-71902) has been received.
What is missing:
- Team manager agreement
- Date and time of the step-up TAF meeting
""")
add("knowsley_04.eml", A, "mash_step_up", m, 2, "urgent", "follow_up", True, None, ["EHM-71902"],
    [("Jayce Mercer", None)], ["missing"], None, None, [], None,
    "Reply to [SB-knowsley-417] (follow_up) reporting, now, a 13-year-old missing since 7am who has sent a photo of his "
    "feet over the edge of a quarry drop with 'nobody would even notice if I went'. No alarm word. Urgent overrides "
    "attach_to_request. The quoted 'What is missing:' heading is stepbot's, not a concern; missing [] for a follow_up.")

# K05 ordinary: L3 step-down, joint home visit only 4 WD away (across the BST change)
mt = when(2097, 10, 31, 10, 0)
m = msg("knowsley_05", "Sinead Kavanagh <sinead.kavanagh@knowsley.gov.uk>", MB["early_help_duty"],
        "Level 3 step down - Tia Doran - joint home visit", when(2097, 10, 25, 15, 30),
        text="""Hello,

Step down to Family First at Level 3 for Tia Doran, DOB 19/01/2086, ICS-2230561.

Joint home visit: Thursday 31st October 2097, 10am, at the family home (22 Sandringham Walk, Huyton).

Mum has given consent for the case to be referred to Family First - she signed the consent on my visit on 23/10.

What are we worried about: Tia (11) does a lot of caring for mum, who has MS and low mood; she gets tired and has stopped going to netball.
What is working well: Tia's attendance is good, mum has a new care package from adult social care from 4 November, the netball coach has offered Tia a lift to training on Wednesdays.
What needs to happen: young carers assessment, Tia back at netball, mum's care package to start, Family First case manager to coordinate the TAF.

Thanks, Sinead
Social Worker, Knowsley Children's Social Care""" + SIG_KNOWSLEY)
add("knowsley_05.eml", A, "early_help_duty", m, 5, "ordinary", "step_down", False, 3, ["ICS-2230561"],
    [("Tia Doran", "2086-01-19")], ["parental_mental_health", "young_carer"], True, None, [], mt,
    "Knowsley Level 3 step-down (seed 004 section 3, 'Further support required from Family First at Level 3'): joint home "
    "visit date/time/venue, the three headings, consent signed -> nothing missing; but 'a minimum of 5 days' notice' "
    "(read as 5 WD) is not met: Fri 25 Oct -> Thu 31 Oct is 4 WD, and the clocks go back on Sun 27 Oct (the Date is +0100, "
    "the meeting +0000) -> request_info.")

# K06 near miss: school trip risk assessment (hypothetical)
m = msg("knowsley_06", "Mr Owen Byrne <o.byrne@stcolumbas-primary.example.sch.uk>", MB["early_help_duty"],
        "Year 4 trip to Formby beach - risk assessment question", when(2097, 9, 4, 9, 50),
        text="""Dear Family First,

I'm the educational visits coordinator at St Columba's. Our Year 4 classes go to Formby beach and the pinewoods on Friday 20th September. I've attached our risk assessment. One of the pupils going has a family who work with your service, and our head asked me to check whether there is anything we should do differently or tell you about.

The risk assessment covers the usual: a child getting lost in the dunes (headcounts every 30 minutes, groups of 6 with a named adult, hi-vis), the tide and the soft sand at the water's edge (no paddling beyond ankle depth, two staff at the water line), and what we would do if a child could not be found after 10 minutes (coastguard 999, beach rangers, call parents). None of this has happened on our previous trips, it's just the plan.

Is there a form we should fill in, or is it fine for school to manage? No names in this email on purpose.

Many thanks
Owen Byrne
Year 4 teacher / EVC, St Columba's Catholic Primary""",
        atts=[("Risk assessment - Formby beach Y4.pdf", make_pdf("Educational visit risk assessment - Formby beach", [
            "Hazard: child lost in dunes. Control: headcounts every 30 min, groups of 6, named adult.",
            "Hazard: tide / water's edge. Control: ankle depth only, two staff at the water line.",
            "If a child cannot be found after 10 minutes: call 999 (coastguard), beach rangers, parents."]),
            ("application", "pdf"))])
add("knowsley_06.eml", A, "early_help_duty", m, 7, "near_miss", "other", False, None, [], [], [], None, None, [], None,
    "NEAR MISS - A SCHOOL TRIP RISK ASSESSMENT: getting lost in the dunes, the tide and '999' are planned-for "
    "hypotheticals ('None of this has happened ... it's just the plan'). DESIGN safety rule 1: hypothetical risks must "
    "not trigger it. A question from a school, no child named, no request -> other -> human_review.")

# K07 ordinary: iTIP ACCEPTED for K01's TAF
mt = when(2097, 9, 25, 10, 0)
rep = ics("REPLY", "k01-taf-fairclough@knowsley.gov.uk", mt, mt + dt.timedelta(hours=1),
          "Step-up TAF meeting - Fairclough [SB-knowsley-452]", ("Bethan Cowley", "bethan.cowley@knowsley.gov.uk"),
          ("Aled Pryce", "aled.pryce@knowsley.gov.uk"), partstat="ACCEPTED", location="Microsoft Teams meeting")
m = itip_reply("knowsley_07", "Aled Pryce <aled.pryce@knowsley.gov.uk>", MB["mash_step_up"],
               "Accepted: Step-up TAF meeting - Fairclough [SB-knowsley-452]", when(2097, 9, 17, 8, 47), rep,
               "Aled Pryce has accepted this meeting.", "knowsley.gov.uk")
add("knowsley_07.eml", A, "mash_step_up", m, 2, "ordinary", "meeting_reply", False, None, [], [], [], None, None, [],
    None, "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the MASH social worker for "
    "knowsley_01's step-up TAF (Wed 25 Sep 10:00); the summary carries a surname only, no case id -> record_reply.",
    ooh="before 09:00")

# K08 urgent step_up: 15-year-old at an illegal rave, pills from an adult, still there
m = msg("knowsley_08", "Kerry Ashton <kerry.ashton@knowsley.gov.uk>", MB["mash_step_up"],
        "Step up - Leah Parr EHM-72655", when(2097, 12, 9, 9, 38),
        cc="Paul Seddon <paul.seddon@knowsley.gov.uk>",
        text="""Hi MASH

Step up for Leah Parr, DOB 14/04/2082, EHM-72655. Form attached. Paul (my TM, cc'd) agreed the step up this morning.

Leah has not been home since Saturday teatime. She rang me at 09:05 from the free party in the old sand quarry off Cronton Road - it has been going all weekend. A man she calls "Deano", who she says is 30-odd, has been giving her pills since Saturday night ("pink ones with a crown on"). She has taken two this morning, her jaw is going and she can't stand up properly, she's lost her friend and her phone is on 4%. He has told her to come and sleep in his van and that she "owes him" for the pills. She was crying and asked me not to tell her mum.

I've told mum, who is on her way to the quarry. I can't get there for an hour.

Still to do: TAF minutes and the Merseyside Exploitation Assessment, and I'll set the step up TAF date once I know where she is.

Kerry Ashton
Family First Case Manager, Knowsley""" + SIG_KNOWSLEY,
        atts=[("Step Up Request Form - Leah Parr.docx", make_docx([
            "Appendix 1 - Step Up Request Form", "Child: Leah Parr, DOB 14/04/2082, EHM-72655",
            "Concerns: exploitation by adult males, missing from home, drug use",
            "Team manager agreement: Paul Seddon"]), DOCX)])
add("knowsley_08.eml", A, "mash_step_up", m, 4, "urgent", "step_up", True, None, ["EHM-72655"],
    [("Leah Parr", "2082-04-14")], ["exploitation", "missing", "substance_misuse"], None, True,
    ["exploitation_assessment", "meeting_details", "taf_minutes"], None,
    "A 15-year-old missing since Saturday, at an illegal rave in a quarry now, given pills by a man in his 30s who tells her "
    "she 'owes him' and to sleep in his van; she can't stand up properly. Happening now, no alarm word -> urgent -> alert_duty. "
    "As a Knowsley step-up (seed 004 section 4): form attached, EHM id, TM agreed; TAF minutes and the Merseyside Exploitation "
    "Assessment (exploitation) not yet done, no meeting date -> those three missing, notice null.")

# ======================= RICHMOND & WANDSWORTH =======================
A = "richmond_wandsworth"
MB = MAILBOX[A]

# R01 urgent other: dog walker, small child in a tent on the common, out of hours
m = msg("richmond_wandsworth_01", "Helen Marsh <helenmarsh61@example-mail.co.uk>", MB["early_help_duty"],
        "little boy in a tent on the common", when(2097, 11, 20, 7, 14),
        text="""Sorry if this is the wrong email, it was on a leaflet at the library.

Walking my dog on Wandsworth Common by the pond near the railway. There's a small boy maybe 4 asleep in a little pop up tent in the bushes, on his own. Pyjamas and a thin blanket, it's 3 degrees, his lips are blue-ish. Woman was with him at 6.30 when I came past the first time, now she's gone and her bag too. He won't say his name, just cries for "mama". Photo attached. I'm staying with him. 07700 900 873

Sent from my iPhone""",
        atts=[("IMG_4471.png", make_png(), ("image", "png"))], domain="example-mail.co.uk")
add("richmond_wandsworth_01.eml", A, "early_help_duty", m, 2, "urgent", "other", True, None, [], [], ["neglect"],
    None, None, [], None,
    "A dog walker writing to the wrong inbox at 07:14 (before office hours) from an iPhone: a boy of about 4 alone in a tent "
    "on the common at 3 degrees, blue-ish lips, the adult gone with her bag. Happening now, no alarm word -> urgent. "
    "Member of the public, no request -> other. The child gives no name -> children []. The photo is a PNG with no text.",
    ooh="before 09:00")

# R02 ordinary: complete step-up FW from EH team manager; HTML + plain
worker = """From: Sofia Lindqvist
Sent: 07 October 2097 17:02
To: Naomi Achterberg
Subject: Step up - Deniz Aksoy

Naomi, here's the step up for Deniz for your sign-off. Case summary attached.

Deniz Aksoy, DOB 02/08/2084, Mosaic ID 2840117.

Rationale for step up
Mum's alcohol use has increased since the summer; Deniz (13) has been found twice by his boxing coach sleeping at the club after evening training because mum was not at home and the door was locked. His attendance has fallen to 81%. Four months of Early Help, two TAF reviews, and the plan has not brought change. Mum agrees things have got worse and has consented to the step up.

Sofia"""
m = msg("richmond_wandsworth_02", "Naomi Achterberg <naomi.achterberg@richmondandwandsworth.gov.uk>", MB["mash_step_up"],
        "FW: Step up - Deniz Aksoy", when(2097, 10, 8, 14, 20),
        text="Dear MASH,\n\nI agree this step up - please see Sofia's email below and the case summary.\n\nNaomi Achterberg\n"
             "Early Help Team Manager (Wandsworth North)\n\n" + worker,
        html="<html><body><p>Dear MASH,</p><p>I agree this step up - please see Sofia's email below and the case summary.</p>"
             "<p>Naomi Achterberg<br>Early Help Team Manager (Wandsworth North)</p><hr><pre>" + worker + "</pre></body></html>",
        atts=[("Case summary - Deniz Aksoy.docx", make_docx([
            "Early Help case summary", "Deniz Aksoy, DOB 02/08/2084, Mosaic ID 2840117",
            "Worries: mother's alcohol use, Deniz locked out at night, attendance 81%",
            "Strengths: boxing club coach is a trusted adult; Deniz trains four evenings a week"]), DOCX)])
add("richmond_wandsworth_02.eml", A, "mash_step_up", m, 8, "ordinary", "step_up", False, None, ["2840117"],
    [("Deniz Aksoy", "2084-08-02")], ["neglect", "school_attendance", "substance_misuse"], True, True, [], None,
    "Complete Richmond & Wandsworth step-up (seed 000 'Step Up Discussion'; REQUIREMENTS case_summary, rationale) "
    "forwarded by the Early Help Team Manager with 'I agree this step up': case summary .docx attached, rationale under "
    "its own heading in the forwarded part, mum 'has consented' -> true. Concerns: mum's alcohol (substance_misuse), locked out at night (neglect), 81% (school_attendance). Locked out on past nights, sleeping at the boxing "
    "club: not happening now -> not urgent. Mosaic ID written with its label -> bare number.")

# R03 near miss: step-down with a lifeguard's incident log where all ended well
m = msg("richmond_wandsworth_03", "Marcus Feld <marcus.feld@richmondandwandsworth.gov.uk>", MB["early_help_duty"],
        "Step down - Ollie Brandt (Mosaic 2811930)", when(2097, 9, 9, 11, 30),
        text="""Dear Early Help duty,

Following my call with Jasper this morning, we agreed a step down case discussion for Ollie Brandt (DOB 23/11/2088) on Friday 13 September at 10:00 at Welbeck House.

Attached are the latest case summary and the draft Early Help plan. Ollie is autistic and has an EHCP; the CIN plan is ending because the housing move is done and mum has the respite package in place. Mum has consented to Early Help continuing the plan. My team manager, Priya Lal, agreed the step down at the CIN review.

I have also attached the lido's incident log from August because it is in the case summary and the Early Help worker may be asked about it: Ollie slipped into the deep end at Tooting Lido, the lifeguard had him out within seconds, he was checked by the first aider, no water inhaled, mum was poolside the whole time and he went back in the shallow end. Nothing further arose and it is not a concern.

Marcus Feld
Social Worker, Wandsworth CIN Team""",
        atts=[("Case summary Ollie Brandt.docx", make_docx(["Case summary", "Ollie Brandt, 23/11/2088, Mosaic 2811930",
                                                          "Autism, EHCP; CIN plan ending"]), DOCX),
              ("Draft EH plan - Brandt.pdf", make_pdf("Draft Early Help plan - Ollie Brandt", [
                  "Respite continues; swimming club (SEN session) Saturdays; school SENCO check-ins."]), ("application", "pdf")),
              ("Lido incident log 17-08.pdf", make_pdf("Tooting Lido - lifeguard incident log", [
                  "17/08 14:32 Male child c.8 slipped from side into deep end. Lifeguard entered water, child recovered in 10s.",
                  "First aid check: alert, no water inhaled, no injury. Parent present throughout. Outcome: returned to shallow end.",
                  "Signed: K. Osei, Senior Lifeguard"]), ("application", "pdf"))])
add("richmond_wandsworth_03.eml", A, "early_help_duty", m, 3, "near_miss", "step_down", False, None, ["2811930"],
    [("Ollie Brandt", "2088-11-23")], ["disability_send"], True, True, [], None,
    "NEAR MISS - A LIFEGUARD'S INCIDENT LOG WHERE ALL ENDED WELL: slipped into the deep end in August, out in seconds, no "
    "injury, parent present, 'not a concern' -> not urgent, no neglect. Complete step-down (seed 000 'Process to Step Down': "
    "case summary .docx, draft plan .pdf, consent; the case discussion agreed by phone within 5 days of contact). TM agreed "
    "-> true. Mosaic id in the subject as 'Mosaic 2811930' -> bare number.")

# R04 urgent follow_up: toddler in a parked car on a hot afternoon
m = msg("richmond_wandsworth_04", "Ana Ferreira <ana.ferreira@richmondandwandsworth.gov.uk>", MB["mash_step_up"],
        "Re: Step up received [SB-richmond_wandsworth-88] - Kowalczyk", when(2097, 9, 6, 14, 38),
        text="""I'm in the supermarket car park on Garratt Lane. Mia Kowalczyk (2) is strapped in the back of mum's silver Corsa, windows shut, it's 27 degrees. She was crying when I got here at 2.10, she's gone quiet now and her face is bright red and sweaty. Mum's not in the shop, staff have put a call out twice. Security are trying the doors. Mosaic 2852203.

Ana

On Thu, 5 Sep 2097 at 16:40, stepbot <stepbot@richmondandwandsworth.gov.uk> wrote:
> Your step-up request for the Kowalczyk family has been received.
> Reference: SB-richmond_wandsworth-88
> An invitation to the step-up case discussion will follow within 1 working day.
""")
add("richmond_wandsworth_04.eml", A, "mash_step_up", m, 1, "urgent", "follow_up", True, None, ["2852203"],
    [("Mia Kowalczyk", None)], ["neglect"], None, None, [], None,
    "A TODDLER LEFT IN A PARKED CAR ON A WARM AFTERNOON, happening now (27 degrees, windows shut, gone quiet and red, "
    "mother not found), sent as a reply to [SB-richmond_wandsworth-88] -> follow_up, but urgent -> alert_duty. No alarm "
    "word in the mail or the quoted acknowledgement.")

# R05 near miss other: historic drowning anniversary
m = msg("richmond_wandsworth_05", "Riverside Residents' Association <secretary@riversidera.example.org.uk>",
        MB["mash_step_up"], "Invitation: 10th anniversary memorial at Putney Embankment", when(2097, 11, 14, 10, 2),
        text="""Dear colleagues,

On Saturday 30 November we will hold a short memorial on Putney Embankment for the nine-year-old boy from the Ashburton estate who drowned in the Thames there in November 2087, ten years ago. His family have asked that he is not named in publicity.

After his death the association campaigned for the new railings, the throw lines and the "Watch the tide" signs, and for the summer water-safety sessions run with the rowing clubs for local children. We would welcome anyone from children's services who worked with the estate then, or who would like to hear about the water-safety sessions.

There is nothing current we are reporting: this is an invitation only.

With best wishes
Joan Whitlock
Secretary, Riverside Residents' Association""", domain="riversidera.example.org.uk")
add("richmond_wandsworth_05.eml", A, "mash_step_up", m, 5, "near_miss", "other", False, None, [], [], [], None, None,
    [], None,
    "NEAR MISS - A HISTORIC DROWNING ANNIVERSARY: a child's death in the Thames in 2087, a memorial invitation, 'nothing "
    "current'. DESIGN safety rule 1: historic risks must not trigger it. The boy is unnamed (and not a current child) -> "
    "children []. No request -> other -> human_review.")

# R06 ordinary: step-down, plan to follow, consent still to be asked
m = msg("richmond_wandsworth_06", "Tom Okonjo <tom.okonjo@richmondandwandsworth.gov.uk>", MB["early_help_duty"],
        "step down - Kieran Doyle-Ash", when(2097, 11, 27, 16, 5),
        text="""Hi duty,

I'd like to step down Kieran Doyle-Ash, 05/05/2083, Mosaic ID 2866014. Case summary attached.

He's 14, on a CIN plan since March for school refusal; he's back in school 4 days a week and plays for the Sunday league under-15s at King George's Park, which has been the thing that's kept him going. The draft EH plan will follow after I've sat down with the school next week. I'll ask mum about Early Help at my visit on Thursday - I think she'll agree but I haven't asked her yet.

Can we look at a time for the case discussion next week?

Tom Okonjo
Social Worker, Richmond CIN""",
        atts=[("Case summary - K Doyle-Ash.docx", make_docx(["Case summary", "Kieran Doyle-Ash 05/05/2083",
                                                            "School refusal; attendance now 80% and rising"]), DOCX)])
add("richmond_wandsworth_06.eml", A, "early_help_duty", m, 9, "ordinary", "step_down", False, None, ["2866014"],
    [("Kieran Doyle-Ash", "2083-05-05")], ["school_attendance"], None, None, ["consent", "draft_plan"], None,
    "Richmond & Wandsworth step-down (seed 000 'Process to Step Down': case summary and draft plan by email; 'The allocated "
    "social worker should gain consent'): case summary attached, draft plan 'will follow', consent still to be asked "
    "('I'll ask mum ... I haven't asked her yet') -> consent null and missing -> request_info.")

# R07 ordinary auto_reply: OOO on Forest School training
m = msg("richmond_wandsworth_07", "Leah Brennan <leah.brennan@richmondandwandsworth.gov.uk>", MB["early_help_duty"],
        "Automatic reply: Step-down case discussion [SB-richmond_wandsworth-102]", when(2097, 12, 2, 9, 1),
        text="""Thank you for your email. I am on Forest School Level 3 leader training in the woods at Richmond Park from Monday 2 to Wednesday 4 December with no access to email.

For Early Help duty please contact EarlyHelpDuty@richmondandwandsworth.gov.uk. If you are worried that a child is in danger right now, call the MASH or 999.

Leah Brennan, Early Help Practitioner""",
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
add("richmond_wandsworth_07.eml", A, "early_help_duty", m, 3, "ordinary", "auto_reply", False, None, [], [], [], None,
    None, [], None,
    "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied) to a stepbot mail: its 'in danger right now "
    "... 999' is boilerplate. DESIGN safety rule 2 -> auto_reply -> ignore; not urgent. The [SB-] reference in the subject "
    "does not make it a follow_up.")

# R08 urgent step_up: 8-year-old begging at Clapham Junction now, out of hours (07:55)
m = msg("richmond_wandsworth_08", "Grace Tamaki <grace.tamaki@richmondandwandsworth.gov.uk>", MB["mash_step_up"],
        "Step up - Denis Lupu - Mosaic 2871450", when(2097, 10, 1, 7, 55),
        text="""MASH colleagues,

I agree the step up for Denis Lupu (DOB 12/02/2089), Mosaic 2871450. Case summary attached.

Rationale for step up
Denis (8) has been seen begging at Clapham Junction on at least six mornings since the start of term. He is not the child of the man who brings him. Mum says Denis stays with "an uncle" in the week. School attendance is 40%.

Ana, our EH worker, is at Clapham Junction now. Denis is on the footbridge by platform 10 with a paper cup, in a T-shirt. Station staff saw a man drop him at 06:45 and the man is now at the top of the stairs watching him and taking the money off him every twenty minutes. BTP have not come yet. Denis told Ana the man will "make him sleep in the car again" if he doesn't get enough.

Grace Tamaki
Early Help Team Manager, Battersea""",
        atts=[("Case summary Denis Lupu.docx", make_docx(["Case summary", "Denis Lupu, DOB 12/02/2089, Mosaic 2871450",
                                                         "Begging at Clapham Junction; unknown adult; attendance 40%"]), DOCX)])
add("richmond_wandsworth_08.eml", A, "mash_step_up", m, 6, "urgent", "step_up", True, None, ["2871450"],
    [("Denis Lupu", "2089-02-12")], ["exploitation", "school_attendance"], None, True, [], None,
    "A CHILD BEGGING AT A STATION, now (07:55, before office hours): an 8-year-old on the footbridge, an unrelated man "
    "taking his money every twenty minutes and threatening to make him 'sleep in the car again'. No alarm word -> urgent "
    "-> alert_duty. Otherwise a complete step-up from the Early Help Team Manager (seed 000 'Step Up Discussion': case "
    "summary attached, rationale under its heading; 'I agree the step up') -> missing [].", ooh="before 09:00")

# ======================= TOWER HAMLETS =======================
A = "tower_hamlets"
MB = MAILBOX[A]

# T01 urgent other: station staff, lost 6-year-old, parent cannot be found (out of hours)
m = msg("tower_hamlets_01", "Shadwell station supervisor <shadwell.supervisor@overground-ops.example.co.uk>", MB["mash_step_up"],
        "Child alone at Shadwell station since 17:50", when(2097, 10, 18, 19, 24),
        text="""Hello,

I am station supervisor at Shadwell. A small girl is with us in the ticket office from 17:50. She tell us her name is Nusrat Ali and she is six. She say her mother go on a train and the doors close and she stay on the platform. We make announcements on all platforms and call other stations on the line, nobody come for her. It is now more than one and half hour.

She does not know her address, only "near the big mosque". She is cold and she is asking for her mother a lot. British Transport Police say they will come but they have not arrived. My shift finish at 20:00.

Please who can come for this child? Phone 020 7946 0588.

Kamil Nowicki
Station Supervisor, Shadwell""", domain="overground-ops.example.co.uk")
add("tower_hamlets_01.eml", A, "mash_step_up", m, 3, "urgent", "other", True, None, [], [("Nusrat Ali", None)],
    ["neglect"], None, None, [], None,
    "STATION STAFF, non-native English, out of hours (Fri 19:24): a lost 6-year-old whose parent cannot be found after an "
    "hour and a half, BTP not arrived, the supervisor's shift ending. No adult to care for her now -> urgent (seed 001: 'If "
    "there is an immediate child protection concern, contact MAST') -> alert_duty. Not a request -> other. Neglect: a "
    "young child left with no carer.", ooh="Friday evening")

# T02 ordinary: complete step-down with table
m = msg("tower_hamlets_02", "Farzana Islam <farzana.islam@towerhamlets.gov.uk>", MB["early_help_duty"],
        "Step down to Early Help - Mensah-Hart siblings", when(2097, 9, 11, 12, 10),
        text="""Dear Early Help Hub,

Please see below the step down for the Mensah-Hart children following the Child and Family Assessment (concluded 06/09/2097). My team manager, Ruth Adebayo, agreed the step down on 09/09.

| Child | DOB | Mosaic ID |
|---|---|---|
| Kofi Mensah-Hart | 09/09/2085 | 2904417 |
| Abena Mensah-Hart | 27/01/2088 | 2904418 |

Mum has consented to a TAF and Early Help plan.

Lead Practitioner: Yusuf Chowdhury, Senior Youth Worker, Limehouse Boxing Academy (both children train there three evenings a week and Yusuf knows the family well).

TAF meeting: Wednesday 25 September, 16:00, at the Academy. I will chair it.

Attached: C&F Assessment, draft TAF plan.

Worries are mum's anxiety and isolation since dad left; the children are doing well at school and at the club.

Farzana Islam
Social Worker, Tower Hamlets Children's Social Care""",
        atts=[("C&F Assessment Mensah-Hart.pdf", make_pdf("Child and Family Assessment", [
            "Kofi Mensah-Hart 09/09/2085; Abena Mensah-Hart 27/01/2088", "Concluded 06/09/2097. Outcome: step down to Early Help (TAF)."]),
            ("application", "pdf")),
              ("Draft TAF plan - Mensah-Hart.docx", make_docx(["Draft TAF plan", "Mum: anxiety support via GP and Women's group",
                                                               "Children: continue boxing academy, school check-ins"]), DOCX)])
add("tower_hamlets_02.eml", A, "early_help_duty", m, 4, "ordinary", "step_down", False, None, ["2904417", "2904418"],
    [("Kofi Mensah-Hart", "2085-09-09"), ("Abena Mensah-Hart", "2088-01-27")], ["parental_mental_health"], True, True,
    [], None,
    "Complete Tower Hamlets step-down (seed 001 section 3 'Stepping Down'; REQUIREMENTS assessment, draft_plan, consent, "
    "lead_practitioner): C&F assessment .pdf, draft TAF plan .docx, consent, lead practitioner with agency (a youth worker at "
    "a boxing club); children and Mosaic ids in a table; TAF within 10 WD of the assessment ending -> book_meeting.")

# T03 near miss step_up: MAST request; lost at the fireworks last year, reunited within minutes
m = msg("tower_hamlets_03", "Joanne Pike <joanne.pike@towerhamlets.gov.uk>", MB["mash_step_up"],
        "MAST step up - Aaliyah Begum", when(2097, 11, 4, 10, 45),
        text="""Dear MAST,

Step up request for Aaliyah Begum, DOB 02/12/2090, Mosaic ID 2919820. MARF attached. My manager, Sunil Dey, has agreed the step up.

Dad moved back in in August despite the history of domestic abuse; mum has told school she is "walking on eggshells" and Aaliyah's attendance has fallen to 79%. Mum consents to the referral.

You will see in the chronology that Aaliyah got separated from mum in the crowd at the Victoria Park fireworks last November. A steward found her within five minutes and she was back with mum straight away; it was looked at at the time and is not a current concern. I mention it only because this Saturday is the fireworks again and the family plan to go with mum's sister.

Joanne Pike
Early Help Practitioner, Tower Hamlets Early Help""",
        atts=[("MARF - Aaliyah Begum.pdf", make_pdf("Multi-Agency Referral Form (MARF)", [
            "Child: Aaliyah Begum, 02/12/2090, Mosaic 2919820", "Concerns: domestic abuse; attendance 79%",
            "Manager: Sunil Dey - agreed", "Parental consent: yes"]), ("application", "pdf"))])
add("tower_hamlets_03.eml", A, "mash_step_up", m, 5, "near_miss", "step_up", False, None, ["2919820"],
    [("Aaliyah Begum", "2090-12-02")], ["domestic_abuse", "school_attendance"], True, True, [], None,
    "NEAR MISS - A LOST CHILD REUNITED WITHIN MINUTES, last year, 'not a current concern'; the coming fireworks are a plan "
    "with an aunt -> not urgent. Complete MAST step-up (seed 001 section 5 'Step Up'; REQUIREMENTS request_for_support, "
    "manager_agreed): MARF .pdf, manager agreed -> book_meeting. Domestic abuse is the step-up's concern, not an event today.")

# T04 urgent step_up: 13-year-old on a tower-block roof now
m = msg("tower_hamlets_04", "Callum Reid <callum.reid@towerhamlets.gov.uk>", MB["mash_step_up"],
        "Shay Donovan - step up - on the roof of Brodie House now", when(2097, 9, 26, 15, 52),
        text="""MAST,

I was going to send Shay's step up properly tomorrow (MARF half done, my manager Ruth agreed it this morning) but I need to send it now.

Shay Donovan, DOB 17/03/2084, Mosaic 2925561. He has just sent me a video from the roof of Brodie House (14 floors). He is sitting on the parapet with his legs over the outside edge. Two older lads, the ones who've been using him to run for them, are behind him filming and laughing and telling him he has to stand up on it to "clear what he owes". He sent "watch this" at 15:44. The roof door is chained from the inside.

I'm on my way from Poplar. His mum isn't answering.

Callum Reid
Youth Worker / Lead Practitioner, Tower Hamlets Youth Service""")
add("tower_hamlets_04.eml", A, "mash_step_up", m, 2, "urgent", "step_up", True, None, ["2925561"],
    [("Shay Donovan", "2084-03-17")], ["exploitation"], None, True, ["request_for_support"], None,
    "A CHILD ON A ROOF, now: a 13-year-old on a 14-storey parapet with his legs over the edge, pushed by the older boys "
    "who use him to run drugs to stand up to 'clear what he owes'. No alarm word -> urgent -> alert_duty. As a MAST step-up "
    "(seed 001 section 5): manager agreed; the MARF is 'half done' -> request_for_support missing.")

# T05 near miss other: Forest School newsletter, HTML only, list mail
html = """<html><body style="font-family:Verdana">
<h2 style="color:#2e6b2e">Mudlarks Forest School - Autumn News</h2>
<p>Dear families and partners,</p>
<p>What a term! Our Tuesday group has been learning <b>fire safety</b>: lighting a small fire with a flint and steel inside the fire circle,
always kneeling, always with a leader beside them, and putting it out with the bucket. The older children have started <b>whittling with
knives</b> (one-to-one, with gloves, sitting on the log circle). We also practised our <b>"lost in the woods" game</b>: the children hide
and practise standing still and blowing their whistle until a leader finds them - everyone was found in under two minutes.</p>
<table border="1" cellpadding="4"><tr><th>Date</th><th>Session</th></tr>
<tr><td>Tue 3 Dec</td><td>Shelter building and hot chocolate</td></tr>
<tr><td>Tue 10 Dec</td><td>Winter solstice lanterns</td></tr></table>
<p>No accidents were recorded this half-term apart from two splinters and a nettle sting.</p>
<p>Best wishes,<br>Bex Hanley, Forest School Leader, Mile End Park<br>
<small>You receive this because you are on the Mudlarks partners list. Unsubscribe: reply STOP.</small></p>
</body></html>"""
m = msg("tower_hamlets_05", "Mudlarks Forest School <news@mudlarks-forest.example.org.uk>", MB["early_help_duty"],
        "Mudlarks Forest School - Autumn News", when(2097, 11, 29, 12, 0), html=html,
        extra={"List-Id": "Mudlarks partners <partners.mudlarks-forest.example.org.uk>",
               "List-Unsubscribe": "<mailto:news@mudlarks-forest.example.org.uk?subject=STOP>"},
        domain="mudlarks-forest.example.org.uk")
add("tower_hamlets_05.eml", A, "early_help_duty", m, 10, "near_miss", "other", False, None, [], [], [], None, None, [],
    None,
    "NEAR MISS - A FOREST SCHOOL NEWSLETTER, HTML only, list mail (List-Id, no Auto-Submitted): fire, knives and a 'lost "
    "in the woods' game, all supervised activities with nothing having gone wrong. Not a request -> other -> human_review.")

# T06 ordinary step_down: plan and lead practitioner missing
m = msg("tower_hamlets_06", "Helena Marsh-Uddin <helena.marshuddin@towerhamlets.gov.uk>", MB["early_help_duty"],
        "Step down - Ruby Cheng - Mosaic 2898342", when(2097, 10, 15, 11, 11),
        text="""Hello EH Hub,

Step down for Ruby Cheng, DOB 07/07/2087 (Mosaic ID 2898342). C&F Assessment attached; it concluded on 11/10.

Dad has consented to Early Help. The draft TAF plan isn't written yet - I'll send it after the CIN on Thursday. Lead practitioner tbc: I'm hoping the instructor at the Shadwell Basin sailing club, where Ruby goes on Saturdays, or her school, will take it on.

Thanks
Helena""",
        atts=[("C&F Assessment - Ruby Cheng.pdf", make_pdf("Child and Family Assessment - Ruby Cheng", [
            "DOB 07/07/2087, Mosaic 2898342. Concluded 11/10/2097.", "Outcome: step down to Early Help."]),
            ("application", "pdf"))])
add("tower_hamlets_06.eml", A, "early_help_duty", m, 6, "ordinary", "step_down", False, None, ["2898342"],
    [("Ruby Cheng", "2087-07-07")], [], True, None, ["draft_plan", "lead_practitioner"], None,
    "Tower Hamlets step-down (seed 001 section 3): C&F assessment attached, dad consented; draft TAF plan not yet written "
    "and lead practitioner 'tbc' -> both missing -> request_info. No concern named beyond the step-down itself -> [].")

# T07 ordinary meeting_reply: DECLINED (Google Calendar) for T02's TAF
mt = dt.datetime(2097, 9, 25, 16, 0, tzinfo=LON)
rep = ics("REPLY", "t02-taf-mensahhart@towerhamlets.gov.uk", mt, mt + dt.timedelta(hours=1),
          "TAF meeting - Mensah-Hart", ("Farzana Islam", "farzana.islam@towerhamlets.gov.uk"),
          ("Dr Meera Shah", "meera.shah@limehousemedical.example.nhs.uk"), partstat="DECLINED",
          location="Limehouse Boxing Academy", comment="Clinic that afternoon - will send a written update")
m = itip_reply("tower_hamlets_07", "Dr Meera Shah <meera.shah@limehousemedical.example.nhs.uk>", MB["early_help_duty"],
               "Declined: TAF meeting - Mensah-Hart @ Wed 25 Sep 2097 16:00 - 17:00 (BST)", when(2097, 9, 13, 9, 20), rep,
               "Dr Meera Shah has declined this invitation.\nClinic that afternoon - will send a written update",
               "limehousemedical.example.nhs.uk")
add("tower_hamlets_07.eml", A, "early_help_duty", m, 3, "ordinary", "meeting_reply", False, None, [], [], [], None,
    None, [], None, "Google Calendar iTIP REPLY, PARTSTAT=DECLINED with a COMMENT (a clinic clash, nothing of concern), "
    "from the GP for tower_hamlets_02's TAF -> record_reply.")

# T08 urgent other: neighbour, small children at the canal lock, Saturday evening
m = msg("tower_hamlets_08", "Dave <dave.kilbride77@example-mail.co.uk>", MB["early_help_duty"],
        "kids in the canal AGAIN", when(2097, 10, 12, 18, 47),
        text="""Is anyone even reading these. The two little ones from the top flat at Regent Wharf are down at the Limehouse Cut lock AGAIN on their own, it's getting dark, the small one is maybe 3 and he's IN the water up to his waist hanging on the ladder, the bigger one is trying to pull him out. No adult. I'm on the other bank shouting and can't get across. Their mum is never there. I rang the council last month and NOTHING.

sent from my phone""", domain="example-mail.co.uk")
add("tower_hamlets_08.eml", A, "early_help_duty", m, 1, "urgent", "other", True, None, [], [], ["neglect"], None, None,
    [], None,
    "AN ANGRY NEIGHBOUR, wrong inbox, Saturday 18:47 (deliberately out of hours): a 3-year-old in the canal up to his "
    "waist at a lock, an older sibling trying to pull him out, no adult, getting dark. Happening now, no alarm word -> "
    "urgent -> alert_duty (out-of-hours service). Not a request -> other; no names -> children []; neglect (young children "
    "repeatedly alone by water).", ooh="Saturday")

# ======================= TORBAY =======================
A = "torbay"
MB = MAILBOX[A]

# B01 urgent other: cafe owner, young children on rocks, tide coming in, Saturday
m = msg("torbay_01", "Beach Hut Cafe Oddicombe <beachhutcafe.oddicombe@example-mail.co.uk>", MB["early_help_duty"],
        "two small girls alone on rocks", when(2097, 9, 7, 16, 22),
        text="""Hello, I am owner of the cafe at Oddicombe beach. Your email is on the poster in the toilets.

Two little girls are on the rocks at the end of the beach since 15:00, alone. The big girl tell me she is Lily-Rose Pengelly, she is six, the sister is four. She say mummy is "at the pub with Gary". The tide is coming now and the water is around the rocks, the small one is crying and will not come down. The lifeguards finish in September, nobody is here. I cannot leave the cafe but my son is going to the rocks now.

Please send someone, my phone 07700 900 215.
Joana""", domain="example-mail.co.uk")
add("torbay_01.eml", A, "early_help_duty", m, 4, "urgent", "other", True, None, [], [("Lily-Rose Pengelly", None)],
    ["neglect"], None, None, [], None,
    "YOUNG CHILDREN BY THE SEA WITH NO ADULT, Saturday 16:22 (deliberately out of hours): a 6- and a 4-year-old alone on "
    "rocks for over an hour with the tide coming in around them, mother 'at the pub'. Plain words, non-native English, no "
    "alarm word -> urgent -> alert_duty. Member of the public -> other. Only the older girl is named.", ooh="Saturday")

# B02 ordinary step_down complete, one child under 5
m = msg("torbay_02", "Kate Lethbridge <kate.lethbridge@torbay.gov.uk>", MB["early_help_duty"],
        "Step down to Early Help (level 3) - Tozer - LCS-3520418", when(2097, 9, 24, 10, 40),
        text="""Hi Early Help,

Please can the Tozer family come to triage for step down to level 3 Early Help.

Ava Tozer - DOB 10/10/2082
Jack Tozer - DOB 14/02/2094
LCS-3520418

Single Assessment attached; my team manager Dan Mudge's analysis at the end agrees the step down and confirms level 3 is met. Mum has consented to Early Help and to the triage discussion.

Mum's depression is much better managed; Ava's attendance is 93% and she has joined the surf lifesaving club at Broadsands (Sunday mornings), which she loves. Jack is at nursery 3 days.

Kate Lethbridge
Social Worker, Torbay Children's Services""",
        atts=[("Single Assessment - Tozer.pdf", make_pdf("Single Assessment - Tozer", [
            "Ava Tozer 10/10/2082; Jack Tozer 14/02/2094; LCS-3520418",
            "Team manager analysis (Dan Mudge): I agree step down; threshold for level 3 Early Help met."]),
            ("application", "pdf"))])
add("torbay_02.eml", A, "early_help_duty", m, 5, "ordinary", "step_down", False, 3, ["LCS-3520418"],
    [("Ava Tozer", "2082-10-10"), ("Jack Tozer", "2094-02-14")], ["parental_mental_health"], True, True, [], None,
    "Complete Torbay step-down (seed 002 step-down steps 1-6: Single Assessment with the TM's analysis, consent before "
    "triage): manager agreed, consent -> book_meeting; Jack is 3 -> the fortnightly under-5s triage. Level 3 stated. Surf "
    "club is a strength. Attendance 93% is not a stated worry.")

# B03 near miss other: what-if plan for a bonfire night event
m = msg("torbay_03", "Events Team <events@torbay.gov.uk>", MB["early_help_duty"],
        "Paignton Green bonfire 5 Nov - lost child and welfare plan for comment", when(2097, 10, 21, 14, 15),
        text="""Dear Early Help,

Ahead of the bonfire and fireworks on Paignton Green on Tuesday 5 November we've updated the lost child and welfare plan (attached) and would welcome comments by 1 November.

It sets out what stewards would do if, for example, a child under 8 is found alone and no parent comes forward within 30 minutes (the welfare tent holds them with two DBS-checked staff, police are told, and out of hours the council's emergency duty number is called); if a teenager is found drunk or has taken something; or if a child is injured by a firework. These are planning scenarios only; last year's event had three lost children, all reunited within 15 minutes.

Kind regards
Sam Cornish
Events Officer, Torbay Council""",
        atts=[("Lost child and welfare plan - Paignton Green bonfire.docx", make_docx([
            "Lost child and welfare plan - Paignton Green bonfire, Tuesday 5 November",
            "Scenario A (what if): child under 8 found alone, no parent within 30 minutes.",
            "Scenario B (what if): young person intoxicated.", "Scenario C (what if): firework injury.",
            "Last year: 3 lost children, all reunited within 15 minutes."]), DOCX)])
add("torbay_03.eml", A, "early_help_duty", m, 8, "near_miss", "other", False, None, [], [], [], None, None, [], None,
    "NEAR MISS - A WHAT-IF PLAN FOR A BONFIRE NIGHT EVENT: lost, intoxicated and injured children are planning scenarios "
    "('for example', 'planning scenarios only'), last year's lost children reunited. DESIGN safety rule 1: hypothetical "
    "risks and lists of examples must not trigger it. No child, no request -> other -> human_review.")

# B04 urgent other: fair steward, lost 4-year-old, parent cannot be found, out of hours
m = msg("torbay_04", "Terry Bowden <terrybowden.showmen@example-mail.co.uk>", MB["mash_step_up"],
        "little lad at the fair first aid tent nobody come for him", when(2097, 9, 10, 20, 12),
        text="""Hello whoever gets this, the police gave me this email when I rang 101 and said someone from the council would sort it but that was an hour ago so I'm putting it in writing as well.

I'm the steward on the travelling fair on Paignton Green. A little lad walked up to the first aid tent on his own at five past six, he says his name is Bobby Widger and he's "four and a half". He doesn't know his address, just "Nanny's house with the red door". We have done announcements every 15 minutes on the tannoy for two hours and walked him round every ride and the car park, nobody has claimed him. He's had a hot dog and he's wrapped in my coat and he keeps asking for his mum who he says "went with the man to get cans". He has a wet nappy and a bruise on his arm he says is from "the man".

We shut the rides at half nine and everyone packs down, there won't be anyone here with him after that. Nobody has come from the police yet.

Terry Bowden (steward) 07700 900 659""", domain="example-mail.co.uk")
add("torbay_04.eml", A, "mash_step_up", m, 7, "urgent", "other", True, None, [], [("Bobby Widger", None)],
    ["neglect"], None, None, [], None,
    "A LOST 4-YEAR-OLD AT A FAIR WHOSE PARENT CANNOT BE FOUND, out of hours (Tue 20:12), rambling: two hours of announcements, "
    "no one has come, police not arrived, the fair closing at 21:30 with nobody to look after him. No alarm word -> urgent "
    "-> alert_duty. Neglect (left with no carer). The bruise 'from the man' is unexplained but not stated as inflicted -> no "
    "physical_harm label. Not a request -> other.", ooh="Tuesday evening")

# B05 ordinary step_up: consent refused
m = msg("torbay_05", "Rob Haddock <rob.haddock@torbay.gov.uk>", MB["mash_step_up"],
        "Contact to MASH - step up - Tyler Hext (EHM-834417)", when(2097, 11, 7, 11, 50),
        text="""Dear MASH,

I'm the lead professional for Tyler Hext (DOB 21/04/2087), EHM-834417, and I'd like to step him up. My Early Help ATM, Lou Vickery, agreed the step up in supervision on Tuesday.

Tyler's rugby coach at Paignton RFC has been feeding him before training for months and has given him boots and a coat; he turns up in the same clothes for a week and says there's no food in. The home was in a very poor state on my last two visits and dad has cancelled four of the last six appointments.

Dad does not consent. He said "no, you're not sending that anywhere" when I explained the referral to MASH.

Rob Haddock
Family Intervention Worker, Torbay Early Help""")
add("torbay_05.eml", A, "mash_step_up", m, 5, "ordinary", "step_up", False, None, ["EHM-834417"],
    [("Tyler Hext", "2087-04-21")], ["neglect", "non_engagement"], False, True, ["consent"], None,
    "Torbay step-up (seed 002 'Step up processes' step 2: 'a contact should be made to MASH with parental consent'): ATM "
    "agreed -> true; dad refuses consent -> consent false -> missing -> request_info. Neglect and cancelled appointments "
    "(non-engagement); nothing happening today.")

# B06 near miss follow_up: adds consent; lost child at the harbour reunited within minutes
m = msg("torbay_06", "Megan Yeo <megan.yeo@torbay.gov.uk>", MB["early_help_duty"],
        "Re: Step down received [SB-torbay-233] - Narracott", when(2097, 10, 16, 9, 35),
        text="""Morning,

Mum signed the Early Help consent at my visit yesterday - scan attached. Ellie Narracott, LCS-3512007.

So you have it before triage: while I was there mum told me that on Saturday Ellie (5) let go of her hand on Brixham harbour and ran off after a gull. The harbour master's lad had her back to mum within about three minutes; she was never near the edge. Mum was upset and told me straight away. I don't think it changes anything - it's a normal five-year-old thing and mum handled it well.

Megan Yeo
Social Worker, Torbay

> Thank you - your step-down request for the Narracott family has been received (SB-torbay-233).
> Still needed before triage: parental consent.""",
        atts=[("EH consent - Narracott.pdf", make_pdf("Early Help consent form", [
            "Child: Ellie Narracott. LCS-3512007.", "I consent to Early Help support and to my family being discussed at triage.",
            "Signed: S. Narracott (mother) 15/10/2097"]), ("application", "pdf"))])
add("torbay_06.eml", A, "early_help_duty", m, 3, "near_miss", "follow_up", False, None, ["LCS-3512007"],
    [("Ellie Narracott", None)], [], True, None, [], None,
    "NEAR MISS - A LOST CHILD REUNITED WITHIN MINUTES at the harbour, last Saturday, 'never near the edge', mum handled it: "
    "not urgent. A reply to [SB-torbay-233] adding the signed consent -> follow_up, consent true -> attach_to_request; "
    "missing [] for a follow_up.")

# B07 ordinary auto_reply: Gmail vacation responder, Auto-Submitted only
m = msg("torbay_07", "Jade Northcott <jade.northcott.youthwork@example-mail.co.uk>", MB["early_help_duty"],
        "Back on 2nd December", when(2097, 11, 25, 8, 2),
        text="""Hi, I'm away on the youth club residential on Dartmoor until Monday 2nd December with no signal. I'll reply when I'm back. If it's about a young person you're worried about today, please ring the club office on 01803 960 114.

Jade (Youth Worker, Hele's Angels Youth Club)""",
        extra={"Auto-Submitted": "auto-replied"}, domain="example-mail.co.uk")
add("torbay_07.eml", A, "early_help_duty", m, 2, "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None,
    "Gmail vacation responder: only 'Auto-Submitted: auto-replied' marks it (custom subject). DESIGN safety rule 2 -> "
    "auto_reply -> ignore.", ooh="before 09:00")

# B08 urgent step_down: complete L3 step-down, P.S. a 7-year-old alone on the breakwater now
m = msg("torbay_08", "Lowenna Couch <lowenna.couch@torbay.gov.uk>", MB["early_help_duty"],
        "Step down - Stidston - LCS-3541276", when(2097, 12, 11, 15, 41),
        text="""Hi Early Help,

Step down request (level 3) for Kai Stidston, DOB 30/05/2090, and Harvey Stidston, DOB 08/01/2095, LCS-3541276. Single Assessment attached with my TM Jenna Barr's analysis agreeing step down. Mum has consented to Early Help.

Mum's drinking has reduced and she's engaging with Torbay Recovery; Kai is settled at school and Harvey at nursery.

Lowenna

P.S. Just as I was sending this the school rang: nobody collected Kai at 3.15 and he walked off on his own. The harbour master has rung school to say a boy in Kai's uniform is on his own on the outer end of Brixham breakwater right now, climbing on the wall, waves coming over it. Mum isn't answering and Harvey should be at home with her. I'm heading there now.""",
        atts=[("Single Assessment Stidston.pdf", make_pdf("Single Assessment - Stidston", [
            "Kai Stidston 30/05/2090; Harvey Stidston 08/01/2095; LCS-3541276",
            "Team manager analysis (Jenna Barr): step down to level 3 Early Help agreed."]), ("application", "pdf"))])
add("torbay_08.eml", A, "early_help_duty", m, 2, "urgent", "step_down", True, 3, ["LCS-3541276"],
    [("Kai Stidston", "2090-05-30"), ("Harvey Stidston", "2095-01-08")], ["neglect", "substance_misuse"], True, True, [],
    None,
    "An otherwise complete Torbay step-down (seed 002: Single Assessment with TM analysis, consent; level 3) whose P.S. "
    "reports, now, a 7-year-old not collected and alone on the end of a breakwater with waves coming over, mother not "
    "answering with a 2-year-old at home. No alarm word -> urgent -> alert_duty; missing [].")

# ======================= HEREFORDSHIRE =======================
A = "herefordshire"
MB = MAILBOX[A]

# H01 ordinary step_down complete
m = msg("herefordshire_01", "Imogen Price <imogen.price@herefordshire.gov.uk>", MB["early_help_duty"],
        "EHA step down - Bufton siblings", when(2097, 9, 5, 13, 15),
        text="""Dear Early Help co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Elsie Bufton (DOB 14/02/2086, Mosaic 731120) and Noah Bufton (DOB 01/09/2091, Mosaic 731121), stepping down to level 3.

Key person: Hannah Vowles, Forest School leader and family support worker at Kingstone Academy, agreed with mum and with Hannah on Tuesday.

Mum's mental health has stabilised; the children love Forest School on Thursdays and their attendance is good.

Imogen Price
Social Worker, Herefordshire Children's Services""",
        atts=[("EHA step down plan - Bufton.docx", make_docx([
            "Early Help Assessment - step down plan", "Elsie Bufton 14/02/2086 (731120); Noah Bufton 01/09/2091 (731121)",
            "Wellbeing plan: mum's GP support; Forest School Thursdays; school check-ins"]), DOCX),
              ("Signed consent - Bufton.pdf", make_pdf("Consent to Early Help", [
                  "I consent to Early Help support for Elsie and Noah Bufton.", "Signed: C. Bufton (mother) 03/09/2097"]),
               ("application", "pdf"))])
add("herefordshire_01.eml", A, "early_help_duty", m, 4, "ordinary", "step_down", False, 3, ["731120", "731121"],
    [("Elsie Bufton", "2086-02-14"), ("Noah Bufton", "2091-09-01")], ["parental_mental_health"], True, None, [], None,
    "Complete Herefordshire sibling-group step-down (seed 003 'Social worker': written consent, key person, EHA step-down "
    "plan): plan .docx, signed consent form .pdf, key person with agency -> book_meeting. Level 3 stated.")

# H02 near miss other: park ranger, river incident already handled, child safe (forwarded)
m = msg("herefordshire_02", "Martin Gwilliam <martin.gwilliam@herefordshire.gov.uk>", MB["early_help_duty"],
        "FW: Incident report - Bishops Meadow 28/09", when(2097, 9, 30, 9, 12),
        text="""Early Help team - forwarding from one of our rangers, as the family told him they have an Early Help worker. For information only.

Martin Gwilliam
Parks and Countryside Manager

-----Original Message-----
From: Steve Lugg (Ranger)
Sent: 28 September 2097 18:30
To: Martin Gwilliam
Subject: Incident report - Bishops Meadow 28/09

Martin,

At about 16:10 today a boy, Finley Jones (10), slipped off the steps by the Victoria footbridge into the Wye while throwing sticks for the family dog. His dad and a passer-by had him out within a minute. Ambulance attended, he was checked over at the County Hospital and discharged home with his parents at 17:45. Police attended and are satisfied it was an accident; dad was with him the whole time. Throw line at the steps used and replaced.

Steve Lugg
Ranger, Hereford Parks""")
add("herefordshire_02.eml", A, "early_help_duty", m, 6, "near_miss", "other", False, None, [], [("Finley Jones", None)],
    [], None, None, [], None,
    "NEAR MISS - ALREADY HANDLED BY POLICE AND AMBULANCE WITH THE CHILD SAFE: a boy fell into the Wye with his father "
    "present, out within a minute, discharged home, police satisfied it was an accident; 'for information only'. DESIGN "
    "safety rule 1: resolved risks must not trigger it. Forwarded ranger report, no request -> other -> human_review.")

# H03 urgent step_up (undefined in Herefordshire): children sleeping in a tent on the common
m = msg("herefordshire_03", "Bryony Watkins <bryony.watkins@herefordshire.gov.uk>", MB["mash_step_up"],
        "Step up - Lloyd children (Mosaic 738842)", when(2097, 11, 6, 8, 20),
        text="""Hello MASH,

I need to step up Tegan Lloyd (11, DOB 19/06/2086) and Rhys Lloyd (6, DOB 03/03/2091), Mosaic 738842. My manager, Jo Pritchard, agreed last night that we step up.

Tegan has just texted me (08:05): they are still in the tent on Bromyard Downs where they've been sleeping since Sunday, after dad moved his girlfriend in and told them not to come back. "its freezing and rhys keeps being sick and wont wake up properly". It was minus two overnight. She won't tell dad where they are because he said he'd "batter" her if she came home. She says she has no phone credit left after this.

I'm leaving for Bromyard now.

Bryony Watkins
Early Help Family Support Worker, Herefordshire""")
add("herefordshire_03.eml", A, "mash_step_up", m, 3, "urgent", "step_up", True, None, ["738842"],
    [("Tegan Lloyd", "2086-06-19"), ("Rhys Lloyd", "2091-03-03")], ["neglect"], None, True, [], None,
    "A CHILD SLEEPING IN A TENT IN A PARK, now (08:20, before office hours): an 11- and a 6-year-old thrown out by their "
    "father, in a tent at minus two since Sunday, the 6-year-old being sick and not waking properly, father threatening to "
    "'batter' her. No alarm word -> urgent -> alert_duty. A step-up to Herefordshire, whose seed defines none "
    "(REQUIREMENTS: 'step_up is not defined by this seed') -> missing [], notice null. Concerns: neglect (thrown out, no "
    "shelter or care); the father's threat is a threat, not an injury -> no physical_harm.", ooh="before 09:00")

# H04 near miss other: DSL training scenario
m = msg("herefordshire_04", "Safeguarding Training <training@hscp-herefordshire.example.org.uk>",
        MB["early_help_duty"], "Level 3 refresher - scenarios for Thursday 5 December", when(2097, 11, 28, 15, 0),
        text="""Dear delegates,

Please read the two fictional scenarios below before Thursday's Level 3 refresher (Shirehall, 09:30-12:30). They are made up for training and do not describe any real child or family.

Scenario 1: A garden centre worker notices a toddler alone in a parked car on a hot afternoon. What should they do first? Who do they call?
Scenario 2: A Forest School leader finds a nine-year-old at the edge of a quarry after the session has ended. The parent is not answering. What happens next, and when does this become a matter for children's social care?

Bring your agency's safeguarding policy.

HSCP Training Team""", domain="hscp-herefordshire.example.org.uk")
add("herefordshire_04.eml", A, "early_help_duty", m, 5, "near_miss", "other", False, None, [], [], [], None, None, [],
    None,
    "NEAR MISS - TRAINING: two scenarios that echo this set's urgent mails (toddler in a hot car, child at a quarry edge), "
    "stated as 'fictional ... do not describe any real child'. DESIGN safety rule 1: hypotheticals and examples must not "
    "trigger it. No request -> other -> human_review.")

# H05 ordinary follow_up: signed consent for H08's family
m = msg("herefordshire_05", "Owain Morgan <owain.morgan@herefordshire.gov.uk>", MB["early_help_duty"],
        "Re: Step down received [SB-herefordshire-604] Mason Hughes", when(2097, 10, 22, 10, 5),
        text="""Hi,

Signed consent form for Mason Hughes attached - mum signed it when I dropped Mason back from the Scouts camp at Queenswood yesterday.

Owain

On 14 Oct 2097, at 14:36, stepbot <stepbot@herefordshire.gov.uk> wrote:
> Your step-down request for Mason Hughes (Mosaic 742218) has been received.
> Reference: SB-herefordshire-604
> Still needed: the signed consent form.""",
        atts=[("Consent form signed - Hughes.pdf", make_pdf("Early Help consent", [
            "Child: Mason Hughes, 742218", "I give consent for Early Help.", "Signed: L. Hughes (mother) 21/10/2097"]),
            ("application", "pdf"))])
add("herefordshire_05.eml", A, "early_help_duty", m, 4, "ordinary", "follow_up", False, None, ["742218"],
    [("Mason Hughes", None)], [], True, None, [], None,
    "Apple Mail reply to [SB-herefordshire-604] (herefordshire_08's request) adding the signed consent form .pdf -> "
    "follow_up, consent true -> attach_to_request; missing [] for a follow_up. Case id from the quoted acknowledgement.")

# H06 urgent other: festival welfare tent, 15-year-old given pills by an adult, Saturday night
m = msg("herefordshire_06", "Wye Fields Festival Welfare <welfare@wyefieldsfest.example.co.uk>", MB["mash_step_up"],
        "15yo girl in welfare tent - man outside wants to take her", when(2097, 9, 14, 21, 36),
        text="""To Herefordshire children's services - this is the festival welfare team at Wye Fields, near Ross.

At 20:50 a man in his 40s brought a girl into our welfare tent. She has given her name as Carys Bevan and says she is 15. She says she doesn't know him, she met him at the car park this afternoon and he gave her "two white pills and a bottle of vodka". She is drowsy and vomiting; our medic is with her. The man says he is her "uncle" and is waiting outside the tent saying he is taking her home in his car when she's "sobered up". She has begged us not to let him. She has no phone and doesn't know her mum's number.

Security are keeping him at the gate for now but can't hold him. Police are aware but all units are at the main stage. We are at the Green Field welfare tent, 07700 900 330.

Niamh O'Rourke, Welfare Lead""", domain="wyefieldsfest.example.co.uk")
add("herefordshire_06.eml", A, "mash_step_up", m, 2, "urgent", "other", True, None, [], [("Carys Bevan", None)],
    ["exploitation", "substance_misuse"], None, None, [], None,
    "A TEENAGER AT A FESTIVAL GIVEN PILLS BY AN ADULT, Saturday 21:36 (deliberately out of hours): a 15-year-old given pills "
    "and vodka by an unknown man in his 40s who is waiting to drive her away. No alarm word -> urgent -> alert_duty (the "
    "out-of-hours service). Festival staff, no request -> other.", ooh="Saturday")

# H07 ordinary auto_reply: Postfix bounce (built as raw text: multipart/report with a real
# message/delivery-status part and text/rfc822-headers)
_bnd = "=_mixed78_%s_0" % sha("herefordshire_07")[:12]
_raw = ("From: Mail Delivery System <MAILER-DAEMON@mx.herefordshire.gov.uk>\r\n"
        "To: " + MB["early_help_duty"] + "\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: " + format_datetime(when(2097, 12, 6, 11, 0)) + "\r\n"
        "Message-ID: <" + sha("herefordshire_07")[:24] + "@mx.herefordshire.gov.uk>\r\n"
        "Return-Path: <>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="' + _bnd + '"\r\n\r\n'
        "--" + _bnd + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.herefordshire.gov.uk.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\r\n\r\n"
        "<key.person.ledbury@youthhub.example.org.uk>: host mx.youthhub.example.org.uk said: 550 5.1.1 User unknown\r\n\r\n"
        "--" + _bnd + "\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.herefordshire.gov.uk\r\n\r\n"
        "Final-Recipient: rfc822; key.person.ledbury@youthhub.example.org.uk\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--" + _bnd + "\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: stepbot <stepbot@herefordshire.gov.uk>\r\nTo: key.person.ledbury@youthhub.example.org.uk\r\n"
        "Subject: Step-down completed [SB-herefordshire-611]\r\nAuto-Submitted: auto-generated\r\n\r\n"
        "--" + _bnd + "--\r\n")
m = BytesParser(policy=policy.SMTP).parsebytes(_raw.encode("ascii"))
add("herefordshire_07.eml", A, "early_help_duty", m, 1, "ordinary", "auto_reply", False, None, [], [], [], None, None,
    [], None,
    "Postfix delivery-failure bounce (multipart/report; report-type=delivery-status, empty Return-Path, MAILER-DAEMON) "
    "returning a stepbot mail -> auto_reply -> ignore (DESIGN safety rule 2).")

# H08 near miss step_down: historic roof-climbing; verbal consent only
m = msg("herefordshire_08", "Owain Morgan <owain.morgan@herefordshire.gov.uk>", MB["early_help_duty"],
        "Step down plan - Mason Hughes 742218 (level 3)", when(2097, 10, 14, 14, 30),
        text="""Dear co-ordinators,

Step-down plan attached for Mason Hughes, DOB 03/12/2085, Mosaic 742218, to level 3 Early Help.

Key person: Sam Preece, Youth Worker, Ledbury Youth Hub, agreed with mum and Sam.

Mum agreed to Early Help verbally at the CIN review; I'll get the form signed at my next visit.

You'll see from the history that Mason was brought down from the roof of St Michael's church hall by the fire service in 2095, aged 9, after climbing up for a dare. That was dealt with at the time, he has had no incidents like it since and it is not a current worry - he now climbs at the Ledbury wall with the youth hub on Wednesdays.

Owain Morgan
Social Worker, Herefordshire""",
        atts=[("EHA step down plan - Mason Hughes.docx", make_docx([
            "Early Help Assessment - step down plan", "Mason Hughes, 03/12/2085, 742218",
            "Plan: youth hub climbing Wednesdays; school mentor; mum's parenting course"]), DOCX)])
add("herefordshire_08.eml", A, "early_help_duty", m, 7, "near_miss", "step_down", False, 3, ["742218"],
    [("Mason Hughes", "2085-12-03")], [], True, None, ["consent_form"], None,
    "NEAR MISS - HISTORIC: a roof-climbing rescue in 2095, 'dealt with ... not a current worry' -> not urgent. Herefordshire "
    "step-down (seed 003 'Social worker': 'obtain written consent'): plan .docx and key person with agency; consent only "
    "verbal ('agreed ... verbally') -> consent true but consent_form missing -> request_info.")


# ---------------------------------------------------------------- checks
def readable(m):
    out = [str(v) for k, v in m.items()]
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        out.append(fn)
        if ct.startswith("text/"):
            out.append(data.decode(part.get_content_charset() or "utf-8", "replace"))
        elif fn.endswith(".docx"):
            x = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
            out.append(re.sub(r"<[^>]+>", " ", x))
        elif fn.endswith(".pdf"):
            out.append(" ".join(re.findall(rb"\((.*?)\) '", data)[i].decode("cp1252")
                                for i in range(len(re.findall(rb"\((.*?)\) '", data)))))
        elif ct == "message/rfc822" or ct == "message/delivery-status":
            out.append(part.as_string())
    return "\n".join(out)


def check():
    errs = []
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    assert len(MAILS) == 40 and len(LABELS) == 40
    per = {}
    for (fname, m, ooh), lab in zip(MAILS, LABELS):
        raw = m.as_bytes(policy=policy.SMTP)
        p = BytesParser(policy=policy.default).parsebytes(raw)
        if p.defects:
            errs.append((fname, "defects", p.defects))
        for part in p.walk():
            if part.defects:
                errs.append((fname, "part defects", part.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not p[h]:
                errs.append((fname, "no " + h))
        a, e = lab["authority"], lab["expect"]
        per.setdefault(a, 0)
        per[a] += 1
        if MAILBOX[a][lab["mailbox"]].lower() not in (str(p["To"]) + str(p["Cc"] or "")).lower():
            errs.append((fname, "mailbox address not in To/Cc"))
        d = p["Date"].datetime
        loc = d.astimezone(LON)
        if d.utcoffset() != loc.utcoffset():
            errs.append((fname, "offset not Europe/London", d))
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]):
            errs.append((fname, "outside window"))
        office = loc.weekday() < 5 and loc.date() not in BH_2097 and dt.time(9) <= loc.time() < dt.time(17)
        if (loc.weekday() >= 5 or loc.date() in BH_2097) and not ooh:
            errs.append((fname, "weekend/bank holiday not flagged out of hours"))
        if bool(ooh) == office:
            errs.append((fname, "out-of-hours flag disagrees with the clock", ooh, loc))
        now = dt.datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset() or not (60 <= (now - d).total_seconds() <= 600):
            errs.append((fname, "now not 1-10 min after Date with same offset"))
        if list(e.keys()) != keys or list(lab.keys()) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            errs.append((fname, "label keys"))
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERNS:
            errs.append((fname, "concerns"))
        if e["missing"] != sorted(set(e["missing"])):
            errs.append((fname, "missing not sorted"))
        lvl = e["level"] if a == "knowsley" and e["kind"] == "step_down" else None
        if a == "knowsley" and e["kind"] == "step_down":
            lvl = e["level"] or 3
        req = REQ.get((a, e["kind"], lvl))
        if req is None:
            if e["missing"]:
                errs.append((fname, "missing on a kind without requirements"))
        else:
            if not set(e["missing"]) <= req:
                errs.append((fname, "missing id not required", set(e["missing"]) - req))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in req and ((val is not True) != (fact in e["missing"])):
                    errs.append((fname, "fact/missing mismatch", fact))
            if ("children" in e["missing"]) != (not e["children"]):
                errs.append((fname, "children mismatch"))
        if e["level"] is not None and e["kind"] != "step_down":
            errs.append((fname, "level on non step_down"))
        if (e["notice_ok"] is not None) and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
            errs.append((fname, "notice on non-Knowsley"))
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if (e["notice_ok"] is None) != ("meeting_details" in e["missing"] and "meeting_details" in req):
                errs.append((fname, "notice null <-> no meeting date"))
        if e["urgent"] != (CATS[lab["file"]] == "urgent") or (e["urgent"] and e["next_action"] != "alert_duty"):
            errs.append((fname, "urgent/category"))
        text = readable(p)
        if e["urgent"] and ALARM.search(text):
            errs.append((fname, "alarm word in an urgent mail", ALARM.search(text).group(0)))
        for c in e["children"]:
            if c["name"] not in text:
                errs.append((fname, "child not in text", c["name"]))
            if c["dob"]:
                b = dt.date.fromisoformat(c["dob"])
                if b.strftime("%d/%m/%Y") not in text:
                    errs.append((fname, "dob not as written", c["dob"]))
                age = (now.date() - b).days / 365.25
                if not (0 < age < 18):
                    errs.append((fname, "not a child", c["name"]))
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append((fname, "case id not in text", cid))
        for y in re.findall(r"\b(2\d\d\d)\b", text):
            if int(y) > YEAR:
                errs.append((fname, "year after window", y))
        if e["kind"] == "follow_up" and "[SB-" not in str(p["Subject"]):
            errs.append((fname, "follow_up without reference"))
        if e["kind"] == "auto_reply" and not (p["Auto-Submitted"] or p["Return-Path"] == "<>"):
            errs.append((fname, "auto_reply not marked"))
        if e["kind"] == "meeting_reply" and "METHOD:REPLY" not in text:
            errs.append((fname, "meeting_reply without REPLY"))
        if e["kind"] != "auto_reply" and p["Auto-Submitted"]:
            errs.append((fname, "human mail with Auto-Submitted"))
    cats = list(CATS.values())
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        errs.append(("set", "category counts", cats.count("urgent"), cats.count("near_miss")))
    if any(v != 8 for v in per.values()) or len(per) != 5:
        errs.append(("set", "8 per authority", per))
    # window and calendar facts
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        errs.append(("set", "window ends"))
    if any(WINDOW[0] <= b <= WINDOW[1] for b in BH_2097):
        errs.append(("set", "a bank holiday inside the window"))
    if dt.datetime(2097, 10, 26, 12, tzinfo=LON).utcoffset() != dt.timedelta(hours=1) or \
            dt.datetime(2097, 10, 27, 12, tzinfo=LON).utcoffset() != dt.timedelta(0):
        errs.append(("set", "BST change not Sun 27 Oct"))
    # hand-checked Knowsley notice counts
    table = {"knowsley_01.eml": True, "knowsley_03.eml": True, "knowsley_05.eml": False}
    for lab in LABELS:
        if lab["file"] in table and lab["expect"]["notice_ok"] != table[lab["file"]]:
            errs.append((lab["file"], "notice table"))
    return errs


def main():
    errs = check()
    if errs:
        for e in errs:
            print("ERROR", *e)
        sys.exit(1)
    for fname, m, _ in MAILS:
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as f:
        json.dump(CATS, f, indent=1)
        f.write("\n")
    # re-read what was written
    for fname, _, _ in MAILS:
        with open(os.path.join(HERE, fname), "rb") as f:
            p = BytesParser(policy=policy.default).parse(f)
        assert not p.defects, fname
    from collections import Counter
    print("holidays:", HOLIDAY_SOURCE)
    print("categories:", Counter(CATS.values()))
    print("kinds:", Counter(l["expect"]["kind"] for l in LABELS))
    print("next_action:", Counter(l["expect"]["next_action"] for l in LABELS))
    print("ok: 40 files, labels.json, categories.json")


if __name__ == "__main__":
    main()
