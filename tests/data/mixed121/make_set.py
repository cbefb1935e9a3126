#!/usr/bin/env python3
"""mixed121: build the blind held-out set (40 .eml, labels.json, categories.json) and self-check it.

Standard library only (python3 make_set.py). Deterministic: no clock, no randomness; boundaries,
Message-IDs and UIDs come from sha1 of the file name. The parser was never read or run.
"""
import datetime as DT
import email
import email.policy
import hashlib
import html as _html
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "mixed121"
WIN_START, WIN_END = DT.date(2039, 9, 1), DT.date(2039, 12, 16)
# England & Wales bank holidays 2039 (checked against the `holidays` package when it is importable)
BANK_HOLIDAYS = {DT.date(2039, 1, 3), DT.date(2039, 4, 8), DT.date(2039, 4, 11), DT.date(2039, 5, 2),
                 DT.date(2039, 5, 30), DT.date(2039, 8, 29), DT.date(2039, 12, 26), DT.date(2039, 12, 27)}
BST_END = DT.date(2039, 10, 30)   # last Sunday of October: +0100 before, +0000 from then on

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
BANNED = ["urgent", "immediate", "emergency", "at risk", "risk of harm", "danger", "asap"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
DOCS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
        "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACTS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
         "worries_strengths_next"}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def offset(d):
    return "+0100" if d < BST_END else "+0000"


def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += DT.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# ---------------------------------------------------------------- attachments
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
    parts = re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1))
    return "\n".join(re.sub(r"\\(.)", r"\1", p.decode("cp1252")) for p in parts)


def make_docx(paras):
    def para(t):
        r = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _html.escape(t.lstrip("# "), quote=False)
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % r
        return "<w:p>%s</w:p>" % r
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(para(p) for p in paras) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2039, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    return _html.unescape(re.sub(r"<[^>]+>", "", x))


def PDF(name, title, lines):
    return ("pdf", name, make_pdf(title, lines))


def DOCX(name, paras):
    return ("docx", name, make_docx(paras))


def TXT(name, text):
    return ("txt", name, text)


VTZ = ("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nBEGIN:STANDARD\r\nDTSTART:19701025T020000\r\n"
       "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n"
       "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
       "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


def ics_fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode()); b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def ics(method, uid, stamp, start, end, summary, location, organizer, attendees, comment=None,
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    body = ["BEGIN:VEVENT"]
    for name, mail, partstat in attendees:
        body.append('ATTENDEE;CN="%s";PARTSTAT=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (name, partstat, mail))
    if comment:
        body.append("COMMENT:" + esc(comment))
    body += ["DTSTART;TZID=Europe/London:" + start, "DTEND;TZID=Europe/London:" + end,
             "DTSTAMP:" + stamp, "LOCATION:" + esc(location), "ORGANIZER:mailto:" + organizer,
             "SEQUENCE:0", "SUMMARY:" + esc(summary), "UID:" + uid, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n" + VTZ + "\r\n".join(ics_fold(l) for l in body) + "\r\n"


# ---------------------------------------------------------------- mail
def html_of(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p class=MsoNormal>%s</p>" % "<br>\n".join(_html.escape(l) for l in p.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif}</style></head>'
            '<body lang=EN-GB><div class=WordSection1>\n' + "\n<p class=MsoNormal>&nbsp;</p>\n".join(out)
            + "\n</div></body></html>\n")


SPECS = []


def mail(file, authority, mailbox, sent, frm, subject, body, *, category, kind, why, labels,
         cc=None, to=None, fmt="outlook", html=None, atts=(), extra=None, reply=None, itip=None,
         minutes=4, meeting=None):
    SPECS.append(dict(file=file, authority=authority, mailbox=mailbox, sent=sent, frm=frm, subject=subject,
                      body=body, category=category, kind=kind, why=why, labels=labels, cc=cc, to=to, fmt=fmt,
                      html=html, atts=atts, extra=extra or {}, reply=reply, itip=itip, minutes=minutes,
                      meeting=meeting))


def build(s):
    f = s["file"]
    sent = DT.datetime.fromisoformat(s["sent"])
    off = offset(sent.date())
    msg = EmailMessage()
    msg["Message-ID"] = "<%s@%s>" % (sha(f)[:24], s["frm"][1].split("@")[1])
    msg["Date"] = sent.strftime("%a, %d %b %Y %H:%M:%S ") + off
    msg["From"] = formataddr(s["frm"])
    to = s["to"] or MAILBOXES[s["authority"]][s["mailbox"]]
    msg["To"] = to
    if s["cc"]:
        msg["Cc"] = s["cc"]
    msg["Subject"] = s["subject"]
    if s["reply"]:
        msg["In-Reply-To"] = "<%s@stepbot.invalid>" % sha(f + "r")[:20]
        msg["References"] = msg["In-Reply-To"]
    mailer = {"outlook": ("X-Mailer", "Microsoft Outlook 16.0"), "gmail": None,
              "iphone": ("X-Mailer", "iPhone Mail (23C71)"), "android": None, "thunderbird":
              ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0")}[s["fmt"]]
    if mailer:
        msg[mailer[0]] = mailer[1]
    if s["fmt"] == "outlook":
        msg["Thread-Index"] = "AdT" + sha(f + "ti")[:26]
    for k, v in s["extra"].items():
        msg[k] = v
    body = s["body"]
    if s["itip"]:
        msg.set_content(body)
        msg.add_alternative(s["itip"], subtype="calendar", params={"method": "REPLY"})
    elif s["html"] == "only":
        msg.set_content(html_of(body), subtype="html")
    else:
        msg.set_content(body)
        if s["html"] == "twin":
            msg.add_alternative(html_of(body), subtype="html")
    for typ, name, data in s["atts"]:
        if typ == "pdf":
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
        elif typ == "docx":
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
        elif typ == "txt":
            msg.add_attachment(data, filename=name)
        elif typ == "ics":
            msg.add_attachment(data, subtype="calendar", filename=name, params={"method": "REQUEST"})
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%s_%d" % (sha(f)[:12], i)); i += 1
    data = msg.as_bytes(policy=email.policy.SMTP)
    now = (sent + DT.timedelta(minutes=s["minutes"])).isoformat() + off[:3] + ":" + off[3:]
    return data, now


def ICS(name, text):
    return ("ics", name, text)


def L(urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None, next_action=None):
    return dict(urgent=urgent, level=level, case_ids=list(case_ids),
                children=[{"name": n, "dob": d} for n, d in children], concerns=sorted(concerns),
                consent=consent, manager_agreed=manager, missing=sorted(missing), notice_ok=notice_ok,
                next_action=next_action)


def ack(ref, lines):
    return ("\n\n-----Original Message-----\nFrom: stepbot <stepbot@stepbot.invalid>\nSubject: [%s] Request received\n\n"
            % ref) + "\n".join(lines) + "\n"


def gtquote(hdr, text):
    return "\n\n" + hdr + "\n" + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n")) + "\n"


# ================================================================ KNOWSLEY
K_MASH_BS = "Mash.Businesssupport@knowsley.gov.uk"

mail("knowsley_01.eml", "knowsley", "mash_step_up", "2039-09-15T10:12:00",
     ("Siobhán O'Rourke-Hale", "siobhan.orourke-hale@knowsley.gov.uk"),
     "Step up request - EHM-60417 - Whitfield family - TAF Wed 21/09",
     """Hi MASH,

Please find attached the step up request for the Whitfield children, EHM-60417:

Tayla Whitfield, DOB 03/02/2031
Reggie Whitfield, DOB 17/06/2034

I have sent the Teams invite for the step up TAF meeting on Wednesday 21st September at 10:00 (invite attached as well). Current TAF members invited by me.

In short: in August the police made a disclosure to mum under the Domestic Violence Disclosure Scheme (Clare's Law) about her new partner, Mr Shane Kerrigan - two previous partners, assaults on both, one a conviction for controlling and coercive behaviour. Mum told us he had left, but the children say he is there most nights and Tayla describes shouting and a door being broken. Mum has cancelled four of the last six home visits and did not attend the last TAF. I have used the Engaging Families toolkit (attached) and it puts engagement as low.

My team manager Paul Okafor discussed the step up with me on Tuesday and has agreed it. Mum is aware we are asking for the meeting.

Attached: FF Step Up request form, TAF minutes 7 Sept, Engaging Families toolkit, invite.

Thanks
Siobhán O'Rourke-Hale
Family First Case Manager, Family First 0-18, Huyton
0151 496 0218
""",
     cc=K_MASH_BS, html="twin",
     atts=[DOCX("FF Step Up request to CSC - Whitfield.docx", [
         "# FF Step Up request to CSC", "Case ID on EHM: EHM-60417",
         "Has this family recently closed to Children's Social Care?: No",
         "Date of step up TAF meeting: Wednesday 21/09 10:00, Teams",
         "Level of Engagement: low - Engaging Families Toolkit completed",
         "Recent TAF meeting minutes attached: yes",
         "# What are we worried about?",
         "Mum's partner Shane Kerrigan: Clare's Law disclosure (August) of violence to two former partners. Children describe shouting and a broken door. Mum minimises.",
         "# What is working well?", "Children attend school well; maternal aunt is protective and visits.",
         "# What next?", "Assessment by CSC; safety planning with mum; police information sharing.",
         "Agreement by line manager: Paul Okafor, Team Manager, agreed 13/09.",
         "Contingency plan: if not stepped up, weekly visits and a TAF review in 4 weeks."]),
           PDF("TAF minutes 7 Sept - Whitfield.pdf", "TAF meeting minutes - Whitfield - EHM-60417", [
               "Date: 7 September. Present: school DSL, health visitor, Family First case manager.",
               "Mum did not attend. Apologies not given.",
               "Discussion: partner's presence in the home; school report Tayla tired and withdrawn.",
               "Actions: case manager to discuss step up with team manager."]),
           PDF("Engaging Families toolkit - Whitfield.pdf", "Engaging Families Toolkit - Signs of Well-being", [
               "Family: Whitfield. Case ID EHM-60417.", "Engagement score: low (2/10).",
               "Evidence: 4 of 6 visits cancelled; TAF not attended; calls not returned.",
               "What has been tried: evening visits, aunt's home as venue, text reminders."]),
           ICS("invite.ics", ics("REQUEST", sha("k01uid"), "20390915T090500Z", "20390921T100000",
                                 "20390921T110000", "Step up TAF meeting - Whitfield - EHM-60417",
                                 "Microsoft Teams Meeting", "siobhan.orourke-hale@knowsley.gov.uk",
                                 [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
                                  ("MASH Business Support", K_MASH_BS, "NEEDS-ACTION")]))],
     meeting="2039-09-21",
     category="ordinary", kind="step_up",
     labels=L(case_ids=["EHM-60417"], children=[("Tayla Whitfield", "2031-02-03"), ("Reggie Whitfield", "2034-06-17")],
              concerns=["domestic_abuse", "non_engagement"], manager=True, notice_ok=False,
              next_action="request_info"),
     why="Knowsley step_up (REQUIREMENTS knowsley step_up; seed 004 'at least 5 working days' notice'): form, TAF minutes, Engaging Families toolkit (non-engagement) and TM agreement all present, but Thu 15 Sep -> Wed 21 Sep is only 4 WD, so notice fails -> request_info; 'mum is aware' is not consent; the Clare's Law partner is a current DA concern, not an immediate one.")

mail("knowsley_02.eml", "knowsley", "mash_step_up", "2039-10-06T15:41:00",
     ("Nathaniel Ogundipe", "nathaniel.ogundipe@probation.example.org"),
     "Registered offender moved in with family - Kirkby - tonight",
     """Good afternoon,

I am a probation officer in the Knowsley and St Helens team. I manage Mr Dean Harrop (DOB 11/04/1991), who is on licence and subject to notification requirements (sex offenders register) following a conviction in 2033 for sexual assault of a girl aged 9. MAPPA category 1, level 1.

At his reporting appointment this afternoon (14:30) he told me he has moved in with his girlfriend, Kerry Sumner, at 14 Larkfield Close, Kirkby. Ms Sumner has two daughters, Lily-Mae Sumner (6) and Ava Sumner (4). He told me Ms Sumner starts a night shift at the care home at 8pm tonight and he will be "putting the girls to bed" and minding them until she gets in at about 8 in the morning. He said he has done this "a couple of times already".

He has not told the police of this address, he has no approval to reside with children, and his licence prohibits unsupervised contact with any child under 16. From what he said I do not believe Ms Sumner knows about his offending.

I have told the Public Protection Unit (ViSOR team, PPU ref 39/11820) and I am trying to reach my senior. I have not been able to contact Ms Sumner. Please can a MASH social worker ring me before 5 on 0151 496 0733; after that my senior Aisling Trent on 0151 496 0734.

Nathaniel Ogundipe
Probation Officer
Knowsley & St Helens Probation Delivery Unit
""",
     html="twin",
     atts=[TXT("Licence conditions - D Harrop.txt",
               "Licence conditions (extract) - Dean HARROP\n"
               "4. Not to have unsupervised contact or communication with any child under 16 without the prior approval of your supervising officer.\n"
               "5. To reside permanently at an address approved by your supervising officer.\n"
               "6. To notify your supervising officer of any developing intimate relationships.\n")],
     category="urgent", kind="other",
     labels=L(urgent=True, children=[("Lily-Mae Sumner", None), ("Ava Sumner", None)], concerns=["sexual_harm"],
              next_action="alert_duty"),
     why="Safety rule 1: a probation officer reports a registered offender (child sexual assault) who has moved in with a mother of two girls and will mind them alone tonight; a partner agency's report that asks for no step is kind other; ages only, so dob null; the PPU ref is not a case id.")

mail("knowsley_03.eml", "knowsley", "early_help_duty", "2039-11-07T10:05:00",
     ("Gethin Pryce-Amadi", "gethin.pryce-amadi@knowsley.gov.uk"),
     "Step down to Level 3 - ICS-2210458 - Jaxon Molyneux - joint visit Tues 15th Nov",
     """Hi Family First duty,

Step down to Level 3 for Jaxon Molyneux (DOB 9th August 2032), ICS-2210458.

Jaxon's child protection plan ended at the review conference on 2 November. The plan was made in spring after mum's ex-partner, Wayne Lunt, who is a registered sex offender managed under MAPPA, was found to be visiting the home. He was recalled to prison in July for breaching his Sexual Harm Prevention Order and remains in custody; the MAPPA chair confirmed at the conference that he will not be released before 2041 and that there has been no contact since. Mum ended the relationship and has done the Keeping Safe programme. There are no current concerns about sexual harm.

Joint home visit: Tuesday 15th November at 10:00 at home, 22 Hollins Way, Prescot L34 9ZQ. I would like a Family First case manager to come with me.

What are we worried about?
Jaxon's attendance is 84% this term and he is often late; mum's confidence in managing his behaviour at bedtime.

What is working well?
Mum has engaged with every visit, has protective friends and has kept Jaxon away from Wayne's family. Jaxon is doing well in class.

What needs to happen?
Family First support with routines and attendance, a parenting group, school to keep monitoring attendance, TAF review in 6 weeks.

Mum (Danielle Molyneux) has consented to the referral to Family First and signed the form at my visit on 3/11.

Thanks
Gethin Pryce-Amadi
Social Worker, Child in Need Team 2, Knowsley CSC
""",
     html="twin", meeting="2039-11-15",
     category="near_miss", kind="step_down",
     labels=L(level=3, case_ids=["ICS-2210458"], children=[("Jaxon Molyneux", "2032-08-09")],
              concerns=["school_attendance"], consent=True, notice_ok=True, next_action="book_meeting"),
     why="Near miss: the registered sex offender is recalled and in custody with no contact (historic, resolved); complete Knowsley level 3 step_down (date/time/venue, three Signs of Safety headings, consent) with Mon 7 Nov -> Tue 15 Nov = 6 WD -> book_meeting.")

mail("knowsley_04.eml", "knowsley", "mash_step_up", "2039-09-27T11:30:00",
     ("Amir Haddad", "amir.haddad@knowsley.gov.uk"),
     "RE: [SB-knowsley-31] Step-up request received - EHM-59932",
     """Morning,

Attached the GCP2 and the minutes from the TAF on 13/09 as asked. TAF date stays as Wednesday 5th October 1.30pm.

Amir

Amir Haddad | Family First Case Manager | Kirkby Family Hub | 0151 496 0250
""" + ack("SB-knowsley-31", ["Thank you. We have received your step-up request.",
                               "Case: EHM-59932", "Child: Ruby-Jo Kinsella",
                               "What is missing:", "- the Graded Care Profile 2 (GCP2)",
                               "- the minutes of the most recent TAF meeting"]),
     html="twin", reply=True,
     atts=[PDF("GCP2 - Kinsella.pdf", "Graded Care Profile 2 - Kinsella - EHM-59932", [
         "Completed 20/09 with mum. Areas: physical care, safety, love, esteem.",
         "Overall grade: 4 (care consistently below the child's needs)."]),
           DOCX("TAF minutes 13-09 Kinsella.docx", ["# TAF meeting minutes", "Family: Kinsella. EHM-59932.",
                                                   "Present: school, health visitor, case manager, mum.",
                                                   "Agreed: case manager to request step up."])],
     category="ordinary", kind="follow_up",
     labels=L(case_ids=["EHM-59932"], children=[("Ruby-Jo Kinsella", None)], next_action="attach_to_request"),
     why="Follow-up to [SB-knowsley-31] adding the GCP2 and TAF minutes (DESIGN kind follow_up -> attach_to_request); the quoted 'What is missing:' is not a concern and no fresh concerns are stated.")

mail("knowsley_05.eml", "knowsley", "mash_step_up", "2039-10-19T13:22:00",
     ("Chloe Ng", "chloe.ng@knowsley.gov.uk"),
     "RE: [SB-knowsley-44] Step-up TAF meeting - Kai Roberts EHM-60102",
     """Hi, update for the MASH social worker - I don't think this can wait until next Wednesday's TAF.

PC Gareth Hughes from the PPU rang me at 11.40. This morning they made a disclosure to mum under the Child Sex Offender Disclosure Scheme (Sarah's Law): her boyfriend Craig Denton has a conviction for sexual offences against a boy aged 8. Mum was upset and told PC Hughes she would "sort it".

I've just rung St Brendan's. Craig is down as collecting Kai at 3.15 today - mum put him on the collection list on Monday for the whole week. School say they will only keep Kai back if someone from you or the police tells them to. Mum's phone is going to voicemail.

I'm heading to the school for 3. Please ring me on 07700 900 562.

Chloe
Family First Case Manager, Prescot
""" + ack("SB-knowsley-44", ["Thank you. We have received your step-up request.",
                              "Case: EHM-60102", "Child: Kai Roberts (22.05.2031)",
                              "Step-up TAF meeting: Wednesday 26 October 10:00"]),
     fmt="iphone", reply=True,
     category="urgent", kind="follow_up",
     labels=L(urgent=True, case_ids=["EHM-60102"], children=[("Kai Roberts", "2031-05-22")], concerns=["sexual_harm"],
              next_action="alert_duty"),
     why="Safety rule 1 on a follow-up: a Sarah's Law disclosure made this morning and the disclosed man is collecting the 8-year-old from school at 3.15 today; urgent overrides attach_to_request.")

K06_ICS = ics("REPLY", sha("k06uid"), "20390919T150200Z", "20390928T100000", "20390928T113000",
              "Step-up TAF meeting - EHM-59911 [SB-knowsley-29]", "Microsoft Teams Meeting",
              "knowsleymash@knowsley.gov.uk",
              [("DC Joanne Featherstone", "joanne.featherstone@police.example.org", "ACCEPTED")],
              comment="I'll bring the updated PNC and ViSOR information on Mr Lowe for the meeting.")
mail("knowsley_06.eml", "knowsley", "mash_step_up", "2039-09-19T16:02:00",
     ("DC Joanne Featherstone", "joanne.featherstone@police.example.org"),
     "Accepted: Step-up TAF meeting - EHM-59911 [SB-knowsley-29]",
     "I'll bring the updated PNC and ViSOR information on Mr Lowe for the meeting.\n",
     itip=K06_ICS, reply=True,
     category="ordinary", kind="meeting_reply",
     labels=L(case_ids=["EHM-59911"], next_action="record_reply"),
     why="Outlook iTIP REPLY PARTSTAT=ACCEPTED from a police PPU officer with a COMMENT (DESIGN kind meeting_reply -> record_reply); case id from the SUMMARY.")

mail("knowsley_07.eml", "knowsley", "mash_step_up", "2039-12-02T08:30:00",
     ("Knowsley Safeguarding Children Partnership", "kscp.bulletin@knowsley.gov.uk"),
     "7-minute briefing: MAPPA, registered sex offenders and disclosure schemes",
     """KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING (December)

1. What is MAPPA? Multi-Agency Public Protection Arrangements: police, probation and prisons manage registered sex offenders and violent offenders, with children's social care as a duty-to-co-operate agency.

2. Approved premises. Some men are released on licence to approved premises, which may be near schools. Licence conditions can include exclusion zones and no unsupervised contact with children.

3. Disclosure schemes. Under the Child Sex Offender Disclosure Scheme (Sarah's Law) a parent can ask the police whether someone with access to their child has convictions for child sexual offences. Under Clare's Law (DVDS) a person can ask about a partner's history of abuse.

4. Practice scenarios for team meetings (fictional):
 - "A probation officer learns that a registered offender has moved in with a mother of two young girls and is babysitting tonight." What should happen, and who phones whom?
 - "A disclosure was made this morning and the man is collecting the child from school at 3.15." What would you do?
 - "A neighbour says a man on licence took a 10-year-old into his flat." Who do you call?
 In each scenario: phone MASH (or the Emergency Duty Team out of hours) and the police straight away; do not email and wait.

5. Reflect: does your team know how to check ViSOR information through MASH?

6. Training: MAPPA awareness, 18 January, Huyton Suite. Book on the KSCP site.

7. Feedback: kscp@knowsley.gov.uk

You are receiving this because your team mailbox is subscribed to KSCP bulletins.
""",
     extra={"List-Id": "KSCP bulletins <bulletin.kscp.knowsley.gov.uk>",
            "List-Unsubscribe": "<mailto:kscp.bulletin-unsubscribe@knowsley.gov.uk>", "Precedence": "bulk"},
     fmt="thunderbird", html="twin",
     category="near_miss", kind="other",
     labels=L(next_action="human_review"),
     why="Near miss (safety rule 1: 'bulletins that list examples must not trigger it'): a partnership 7-minute briefing whose fictional practice scenarios echo this set's urgent mails; no request -> other, human_review.")

mail("knowsley_08.eml", "knowsley", "early_help_duty", "2039-12-16T09:40:00",
     ("Precious Nwachukwu-Bell", "precious.nwachukwu-bell@knowsley.gov.uk"),
     "Step down to Level 2 - ICS-2219873 - Flynn - final CIN Weds 28th Dec",
     """Good morning Family First duty,

I'm writing about a step down to Level 2 for:
Oscar Flynn - 30/11/2030
Niamh Flynn - 14/01/2033
ICS-2219873

Final CIN meeting: Wednesday 28th December at 10am, Kirkby Family Hub, Cherryfield Drive (after the bank holidays - I know it's tight over Christmas but dad asked for it then).

New Lead Practitioner: Mrs Aoife Brennan, Learning Mentor at St Aidan's C of E Primary School, who has agreed to take on the role.

What are we worried about?
Dad's anxiety since mum left; he sometimes struggles to get the children up and out.

What is working well?
Dad accepted help from his GP and is on medication, the children are warm, fed and attending well, paternal nan helps every morning.

What needs to happen?
School to lead a TAF with dad, paternal nan to stay part of the plan, dad to keep up with talking therapies.

Dad consents to the step down.

Many thanks
Precious Nwachukwu-Bell
Social Worker, Child in Need Team 1
""",
     html="twin", meeting="2039-12-28",
     category="ordinary", kind="step_down",
     labels=L(level=2, case_ids=["ICS-2219873"], children=[("Oscar Flynn", "2030-11-30"), ("Niamh Flynn", "2033-01-14")],
              concerns=["parental_mental_health"], consent=True, notice_ok=True, next_action="book_meeting"),
     why="Complete Knowsley level 2 step_down (date, time, venue, three headings, named lead practitioner with agency); Fri 16 Dec -> Wed 28 Dec crosses Boxing Day and the Christmas Day substitute (27 Dec): 6 WD, still >= 5 -> book_meeting.")


# ================================================================ RICHMOND & WANDSWORTH
mail("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2039-10-04T14:15:00",
     ("Marguerite Asante-Lloyd", "marguerite.asante-lloyd@richmondandwandsworth.gov.uk"),
     "Step Up - Mosaic 1874520 - Quinn-Delaney children",
     """Dear MASH colleagues,

Following a reflective discussion with Tom Adebisi (Early Help practitioner) on Monday, I agree the Quinn-Delaney family should be stepped up to Children's Services. The latest case summary is attached.

Children: Rosie Quinn-Delaney (05/12/2029) and Finn Quinn-Delaney (02/04/2035). Mosaic 1874520.

Rationale for step up
On 12 September the police made a disclosure to mum under Clare's Law (DVDS) about her new partner, Mr Lewis Hartigan: convictions for assault and for coercive control of a previous partner. Mum has continued the relationship. He does not live at the home and, under the safety plan agreed with the police, does not stay overnight; there is no immediate child protection concern today. However Rosie's attendance has dropped to 81% this half term, Rosie has told her teacher mum "cries all the time", and mum's GP has increased her antidepressants. Early Help has not been able to shift this in 14 weeks and we think an assessment by Children's Services is needed.

Mum agrees to the step up.

Kind regards
Marguerite Asante-Lloyd
Early Help Team Manager (Wandsworth West)
""",
     html="twin",
     atts=[DOCX("Case summary - Quinn-Delaney - Mosaic 1874520.docx", [
         "# Case summary", "Family: Quinn-Delaney. Mosaic 1874520.",
         "Early Help since June: mum's low mood, Rosie's attendance, a new relationship.",
         "Clare's Law disclosure 12/09 about Mr Hartigan. Safety plan agreed with police PPU.",
         "Current: attendance 81%, mum's mental health worsening, Finn's nursery report settled."])],
     category="ordinary", kind="step_up",
     labels=L(case_ids=["1874520"], children=[("Rosie Quinn-Delaney", "2029-12-05"), ("Finn Quinn-Delaney", "2035-04-02")],
              concerns=["domestic_abuse", "parental_mental_health", "school_attendance"], consent=True, manager=True,
              next_action="book_meeting"),
     why="Complete Richmond & Wandsworth step_up from the Early Help team manager (seed 000: 'latest case summary and the rationale'): summary attached, rationale under its own heading; 'no immediate child protection concern today' is negated; 'Mosaic 1874520' -> bare number.")

mail("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "2039-11-08T18:52:00",
     ("Dominic Achterberg", "dominic.achterberg@richmondandwandsworth.gov.uk"),
     "Step up - Mosaic ID 1902277 - Harper children - tonight",
     """MASH - sending this now rather than in the morning.

Our worker Priya Raval had a call from Leanne Harper at 18:10. Two weeks ago the police made a Clare's Law disclosure to Leanne about Connor Wells: two convictions for assaulting previous partners, one of them strangulation. At the time Leanne agreed he would not come to the flat and we made a safety plan.

Tonight she told Priya, whispering, that she has let Connor back in. He is in the flat now. Mason Harper (7) and Lola Harper (3) are there with them. Priya heard a man shouting "who are you talking to" and then the line went dead. Leanne has not picked up since. Address: Flat 9, Aldridge House, Battersea SW11 9ZB.

I have asked Priya to ring 999 as well. I have agreed the step up as Early Help Team Manager. Case summary attached.

Rationale
The disclosed history, a broken safety plan, two young children in the flat with him tonight and a mother who cannot speak freely. This needs Children's Services tonight, not a case discussion later in the week.

Dominic Achterberg
Early Help Team Manager (Battersea)
07700 900 771
""",
     fmt="iphone",
     atts=[PDF("Case summary Harper.pdf", "Case summary - Harper - Mosaic ID 1902277", [
         "Early Help since August: mum's isolation, Lola's speech delay.",
         "Clare's Law disclosure 25 October about Connor Wells. Safety plan: he does not visit.",
         "Children: Mason Harper (7), Lola Harper (3)."])],
     category="urgent", kind="step_up",
     labels=L(urgent=True, case_ids=["1902277"], children=[("Mason Harper", None), ("Lola Harper", None)],
              concerns=["domestic_abuse"], manager=True, next_action="alert_duty"),
     why="Safety rule 1 at night (18:52): after a Clare's Law disclosure the mother has let the man back in tonight, he is shouting and the call cut off with two children there; otherwise a complete step_up (summary, rationale, manager) -> alert_duty.")

mail("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "2039-09-14T11:03:00",
     ("Tomasz Wójcik", "tomasz.wojcik@richmondandwandsworth.gov.uk"),
     "Step down - Mosaic 1766310 - Amelia Okonkwo-Reid - case discussion Mon 19/09 2pm",
     """Hi Jasper,

As agreed on the phone this morning, confirming the step-down case discussion for Amelia Okonkwo-Reid (DOB 21 March 2030), Mosaic 1766310, on Monday 19 September at 2pm on Teams. Latest case summary and the draft Early Help plan are attached.

Background for the Early Help worker: the referral in July came from a neighbour who believed mum's lodger was "on the register". The police PPU looked at it as a Sarah's Law application in August: he has no convictions of any kind and no disclosure was needed - the rumour came from a Facebook post about a different man with a similar name. The section 47 enquiry ended with no further action and there are no concerns about sexual harm. The lodger has since moved out anyway.

What remains is mum's low mood and Amelia's anxiety about going to school, which Early Help can support.

Mum has given her consent for Early Help. My team manager, Ruth Abernethy, agreed the step down on Monday.

Thanks,
Tomasz Wójcik
Social Worker, Richmond Assessment Team
""",
     html="twin",
     atts=[PDF("Case summary - Okonkwo-Reid.pdf", "Case summary - Amelia Okonkwo-Reid - Mosaic 1766310", [
         "Section 47 (July): neighbour's concern about lodger. Police check: no convictions. NFA.",
         "Current needs: mum's low mood; Amelia anxious about school."]),
           DOCX("Draft Early Help plan - Okonkwo-Reid.docx", ["# Draft Early Help plan", "Mum: GP review, wellbeing group.",
                                                             "Amelia: school nurse, ELSA sessions.", "Review at 4 weeks."])],
     category="near_miss", kind="step_down",
     labels=L(case_ids=["1766310"], children=[("Amelia Okonkwo-Reid", "2030-03-21")], concerns=["parental_mental_health"],
              consent=True, manager=True, next_action="book_meeting"),
     why="Near miss: a neighbour's 'on the register' rumour already checked by police and found untrue, s47 NFA; complete Richmond & Wandsworth step_down (case summary, draft plan, consent) -> book_meeting, no notice period.")

mail("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "2039-11-24T09:48:00",
     ("Kwabena Owusu-Ansah", "kwabena.owusu-ansah@richmondandwandsworth.gov.uk"),
     "step down - Nikolai Petrov - 1993046",
     """Hi EH duty

I'd like to step Nikolai Petrov (3 March 2028) down to Early Help, Mosaic no. 1993046. Case summary attached. The draft plan will follow next week once I've been through it with dad.

Nikolai's attendance is 88% and he has had two fixed-term suspensions; dad is a single parent and is willing to work with someone.

I'll ask dad (Mr Petrov) about consent at Thursday's visit.

Can we agree a time for the case discussion - I'm free Tues or Weds afternoon next week.

Kwabena
Social Worker, Wandsworth CIN Team
""",
     fmt="gmail",
     atts=[PDF("Case summary - Petrov.pdf", "Case summary - Nikolai Petrov - 1993046", [
         "Child in Need plan since April. Attendance 88%. Two suspensions this term.",
         "Dad engaged, works shifts, no wider family locally."])],
     category="ordinary", kind="step_down",
     labels=L(case_ids=["1993046"], children=[("Nikolai Petrov", "2028-03-03")], concerns=["school_attendance"],
              missing=["consent", "draft_plan"], next_action="request_info"),
     why="Richmond & Wandsworth step_down (REQUIREMENTS: case_summary, draft_plan, consent): plan 'will follow', consent 'I'll ask dad' (null, still to be asked) -> both missing, request_info.")

mail("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", "2039-11-25T16:27:00",
     ("Bernadette Kiely", "bernie.kiely58@gmail.example.com"),
     "man in flat 3 has a little girl in there",
     """sorry not sure if this is the right email, found it on the council website

the man in flat 3 at Hazelmere Court (Roehampton) - Gary - came out of that hostel place on Putney Hill in the summer, his probation lady comes every week and he told my husband himself he's "on licence" and "not allowed near kids"

about half 3 today he walked in with the little girl from no 14, Maisie, she's about 10, still in her school uniform. her mum works till 7. they are still in there now, its gone quarter past 4 and he's shut the curtains. I knocked and he wouldn't answer and I could hear the telly turned up

she said to me on the stairs last week "Gary says I'm his best friend and it's our secret"

I don't know who else to tell. my number is 07700 900 384

Bernie

Sent from my iPhone
""",
     fmt="iphone",
     category="urgent", kind="other",
     labels=L(urgent=True, concerns=["sexual_harm"], next_action="alert_duty"),
     why="Safety rule 1: a neighbour reports a man on licence, told not to be near children, who took a 10-year-old into his flat this afternoon and has her there now with the curtains shut; a member of the public's report -> other; the girl is named by first name only, so no child is labelled.")

mail("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "2039-10-10T08:55:00",
     ("Harjit Sandhu", "h.sandhu@earlsfieldpark-pri.example.sch.uk"),
     "FW: Facebook post about a parent - police have checked",
     """Dear MASH,

For your information only - no request. I am forwarding the police reply about the post that went round our parents' Facebook group last week claiming one of our dads is "a paedo on the register". We passed it to the police straight away.

DS Kowalski's reply below confirms he is not a registered offender and has no convictions, and that the post confused him with a man of a similar name in another town. We have no concerns about him or about his children, and the post has been taken down. We have reminded parents about our social media policy.

Kind regards
Harjit Sandhu
Deputy Headteacher and DSL, Earlsfield Park Primary School

________________________________
From: DS Marta Kowalski <marta.kowalski@police.example.org>
Sent: 07 October 17:12
To: Harjit Sandhu
Subject: RE: Facebook post about a parent

Mrs Sandhu, thank you for passing this on. I have completed checks on the man named in the post. He is not subject to notification requirements, has no convictions or cautions, and there is no intelligence about him. The post appears to refer to a different individual with a similar name who lives outside London and has no link to your school. No further police action. Regards, DS Kowalski, Public Protection, South West BCU
""",
     html="twin",
     category="near_miss", kind="other",
     labels=L(next_action="human_review"),
     why="Near miss: a school's 'for information' forward of a rumour already checked by police and found untrue (no convictions, mistaken identity); no child named, no request -> other, human_review.")

R07_ICS = ics("REPLY", sha("r07uid"), "20391005T081000Z", "20391006T140000", "20391006T150000",
              "Step-up case discussion - Mosaic 1874520 [SB-richmond_wandsworth-118]", "Microsoft Teams Meeting",
              "MASH-StepUP@richmondandwandsworth.gov.uk",
              [("Jasper Quint", "jasper.quint@richmondandwandsworth.gov.uk", "DECLINED")],
              comment="On leave Thursday - Keziah Bloom will attend for Early Help in my place.")
mail("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", "2039-10-05T09:10:00",
     ("Jasper Quint", "jasper.quint@richmondandwandsworth.gov.uk"),
     "Declined: Step-up case discussion - Mosaic 1874520 [SB-richmond_wandsworth-118]",
     "On leave Thursday - Keziah Bloom will attend for Early Help in my place.\n",
     itip=R07_ICS, reply=True,
     category="ordinary", kind="meeting_reply",
     labels=L(case_ids=["1874520"], next_action="record_reply"),
     why="Outlook iTIP REPLY PARTSTAT=DECLINED with a COMMENT naming a deputy (DESIGN kind meeting_reply -> record_reply); case id from the SUMMARY 'Mosaic 1874520'.")

mail("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up", "2039-10-31T08:01:00",
     ("Mehmet Yıldırım", "mehmet.yildirim@richmondandwandsworth.gov.uk"),
     "Automatic reply: [SB-richmond_wandsworth-131] Step-up case discussion invitation",
     """Thank you for your email. I am on annual leave until Monday 7 November with no access to email.

For MAPPA and public protection queries please contact the MASH police desk. If a child is in danger, call 999. For anything urgent about my cases please contact my manager, Imogen Varley.

Mehmet Yıldırım
Early Help Practitioner
""",
     extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     category="ordinary", kind="auto_reply",
     labels=L(next_action="ignore"),
     why="Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:'); boilerplate about danger and 999 is not a report -> auto_reply, ignore (safety rule 2). Sent on the first Monday of GMT (+0000).")


# ================================================================ TOWER HAMLETS
mail("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2039-09-22T14:40:00",
     ("Shamima Akhter", "shamima.akhter@towerhamlets.gov.uk"),
     "MAST step up - Mosaic ID 1588402 - Hossain children - uncle moved in yesterday",
     """Dear MAST,

I am the Early Help practitioner for the Hossain family (Mosaic ID 1588402). MARF attached.

Ayaan Hossain, DOB 04/03/2030
Safa Hossain, DOB 21/07/2033

Mum (Fahmida Khanom) told me at my visit this morning that dad's brother, Mr Jamal Hossain, moved into the flat yesterday. She said he was "in prison for something with a girl". I rang the police Public Protection desk at 1pm: he is a registered sex offender, released on licence to the approved premises in Bow last week, and he left there on Sunday without permission. Probation did not know where he was.

The flat has two bedrooms. Mum said he will sleep in the children's room tonight and the children will share with him "because he is family". Dad is working in Manchester until Saturday. Mum says she cannot tell him to leave.

I have spoken to my manager, Rukhsana Begum, who agrees this must go to MAST today. Police have the address.

Shamima Akhter
Early Help Practitioner, Bow & Mile End Locality
0207 364 0000 ext 4412
""",
     cc="rukhsana.begum@towerhamlets.gov.uk", html="twin",
     atts=[PDF("MARF - Hossain.pdf", "Multi-Agency Request for Support - Hossain", [
         "Children: Ayaan Hossain (04/03/2030), Safa Hossain (21/07/2033). Mosaic ID 1588402.",
         "Reason for request: a registered sex offender (paternal uncle) living in the home since 21/09.",
         "Parent aware of request: yes. Manager: Rukhsana Begum."])],
     category="urgent", kind="step_up",
     labels=L(urgent=True, case_ids=["1588402"], children=[("Ayaan Hossain", "2030-03-04"), ("Safa Hossain", "2033-07-21")],
              concerns=["sexual_harm"], manager=True, next_action="alert_duty"),
     why="Safety rule 1: a registered sex offender who left his approved premises has moved in and will sleep in the children's room tonight; otherwise a complete Tower Hamlets step_up (MARF + manager) -> alert_duty.")

mail("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2039-11-15T12:18:00",
     ("DC Oluwaseun Adebayo", "oluwaseun.adebayo@police.example.org"),
     "RSO in breach of SHPO - contact with 13yo girl - meeting planned after school today",
     """MAST,

At 10:30 today officers from the Central East Public Protection team made an unannounced ViSOR visit to Mr Kieran Doyle-Mensah (registered sex offender; Sexual Harm Prevention Order prohibiting any contact with a female under 16). He was not at home. A tablet in the flat was open on Snapchat.

The chat is with a girl who gives her name as Zara Islam, Year 8 at Stepney Green Girls' School, DOB she gave 02/11/2026. Over the past three weeks he has sent her gifts and asked for photographs. The last message, sent at 08:02 today, arranges to meet her "after school at the bus stop by Mile End Park, 3.45, don't tell your mum".

Officers are trying to locate Mr Doyle-Mensah. We have not yet been able to reach the girl's parents and the school has not confirmed she is in today.

Please call me on 020 7946 0482. Our reference is CAD 3391/15NOV.

DC Oluwaseun Adebayo
Public Protection (Online Child Sexual Abuse & Exploitation), Central East BCU
""",
     html="twin",
     category="urgent", kind="other",
     labels=L(urgent=True, children=[("Zara Islam", "2026-11-02")], concerns=["exploitation", "sexual_harm"],
              next_action="alert_duty"),
     why="Safety rule 1: police report an online offender in breach of his SHPO who has arranged to meet a 13-year-old at 3.45 today; a police report -> other; 'CAD 3391/15NOV' is not a case id.")

mail("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up", "2039-12-01T17:35:00",
     ("Ifeoma Chukwu", "ifeoma.chukwu@towerhamlets.gov.uk"),
     "RE: [SB-tower_hamlets-71] MAST step up - Begum children",
     """Hi MAST duty comma this is Ifeoma the lead practitioner for Sabrina Begum's children full stop new paragraph

Sabrina phoned me at five past five crying. The police came to her at work this afternoon and told her under Clare's Law about her partner Tariq comma he has convictions for sexual offences against a child and for assaulting a previous partner full stop. She is on shift at the Royal London until eleven tonight and Tariq is at the flat with the children comma Ruby Begum who is four and the baby Idris Begum who is ten months full stop. She said she can't get home and his phone is off full stop

She has not told him about the disclosure and she is scared of what he will do when he finds out full stop. The flat is 31 Cordelia Street E14 9ZQ full stop new paragraph

Please call me on 07700 900 615 or Sabrina on 07700 900 616

Dictated not read

Sent from my Samsung Galaxy smartphone.
""" + gtquote("On 28 Nov, stepbot <stepbot@stepbot.invalid> wrote:",
              "Thank you. We have received your MAST step-up request.\nReference: SB-tower_hamlets-71\n"
              "Mosaic ID 1621907\nChildren: Ruby Begum, Idris Begum\nThe MAST discussion will be booked and you will get an invitation."),
     fmt="android", reply=True,
     category="urgent", kind="follow_up",
     labels=L(urgent=True, case_ids=["1621907"], children=[("Ruby Begum", None), ("Idris Begum", None)],
              concerns=["domestic_abuse", "sexual_harm"], next_action="alert_duty"),
     why="Safety rule 1 after hours (17:35), voice-dictated follow-up: a Clare's Law disclosure this afternoon and the man is alone with a 4-year-old and a baby tonight; urgent overrides attach_to_request; Mosaic id from the quoted acknowledgement.")

mail("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "2039-10-11T10:20:00",
     ("Callum Fitzpatrick", "callum.fitzpatrick@towerhamlets.gov.uk"),
     "Step-down to TAF - Mosaic 1497731 - Maja Reyes-Nowak",
     """Hello Early Help Hub,

Step-down for Maja Reyes-Nowak (DOB 19.06.2031), Mosaic 1497731. The Child and Family Assessment concluded on 7 October. Attached: the C&F assessment and the draft TAF plan.

Why we were involved: the school heard that Maja's maternal grandfather had "a record". We checked: he has one conviction from 2012 (a fine for indecent exposure), which is now spent; he is not on the register, he lives in Portugal and has had no contact with Maja or her mum for more than ten years. There are no concerns about him and nothing for the plan.

What Maja needs is help with her autism diagnosis pathway and support for mum with her EHCP application.

Mum consents to the step-down and to the TAF plan.
Lead Practitioner: Ms Rehana Chowdhury, Family Support Worker, Chrisp Street Children & Family Centre (agreed).

TAF meeting: Tuesday 18 October, 10am, Chrisp Street Children & Family Centre - I will chair.

Callum Fitzpatrick
Social Worker, Assessment & Intervention Team 3
""",
     html="twin",
     atts=[PDF("C&F Assessment - Reyes-Nowak.pdf", "Child and Family Assessment - Maja Reyes-Nowak - Mosaic 1497731", [
         "Concluded 07/10. Outcome: step down to Early Help (TAF).",
         "Maternal grandfather: spent conviction, no contact. No safeguarding concerns.",
         "Needs: ASD assessment pathway, EHCP application, mum's confidence."]),
           DOCX("Draft TAF plan - Reyes-Nowak.docx", ["# TAF plan (draft)", "Lead Practitioner: Rehana Chowdhury.",
                                                     "1. ASD pathway referral - SENCo.", "2. EHCP application - mum with FSW."])],
     category="near_miss", kind="step_down",
     labels=L(case_ids=["1497731"], children=[("Maja Reyes-Nowak", "2031-06-19")], concerns=["disability_send"],
              consent=True, next_action="book_meeting"),
     why="Near miss: a grandfather's spent conviction, not on the register, no contact with the child for ten years; complete Tower Hamlets step_down (assessment, TAF plan, consent, lead practitioner with agency) -> book_meeting.")

T05_ICS = ics("REQUEST", sha("t05uid"), "20390907T082500Z", "20390921T100000", "20390921T120000",
              "MAPPA Level 2 meeting - D.P. (ref MAPPA/TH/39/0412)", "Lime House, Commercial Road / Teams",
              "mappa.coordinator@probation.example.org",
              [("MAST", "MAST@towerhamlets.gov.uk", "NEEDS-ACTION")])
mail("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", "2039-09-07T09:30:00",
     ("Farah Siddiqui", "mappa.coordinator@probation.example.org"),
     "MAPPA Level 2 meeting invitation - 21 September - D.P.",
     """Dear colleague,

You are invited, as a duty-to-co-operate agency, to the MAPPA Level 2 meeting for D.P. (MAPPA ref MAPPA/TH/39/0412) on Wednesday 21 September, 10:00-12:00 (invite attached).

Summary for agencies: D.P. is a category 1 offender released on licence on 1 September to approved premises in E1. His licence includes an exclusion zone around three primary schools in E1 and E3 and a condition of no unsupervised contact with children. He has no children, no partner and no contact with any family with children; no children have been identified in his network. Children's social care attendance is requested as standard, not because of a particular child.

Please confirm attendance or send information to share in advance.

Farah Siddiqui
MAPPA Co-ordinator, London MAPPA Unit
""",
     atts=[ICS("invite.ics", T05_ICS)],
     category="near_miss", kind="other",
     labels=L(next_action="human_review"),
     why="Near miss: a MAPPA coordinator's routine Level 2 invitation for an offender with no identified child contact (an invitation, not a step request or iTIP reply) -> other, human_review.")

mail("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", "2039-10-17T15:05:00",
     ("Hollie Brannigan", "hollie.brannigan@towerhamlets.gov.uk"),
     "MAST step up request - Mosaic 1605588 - Ahmed family",
     """Hi MAST,

Please see the attached MARF for the Ahmed family, Mosaic 1605588.

Yusuf Ahmed - 30/09/2027
Maryam Ahmed - 15/01/2031

Dad, Imran Ahmed, was released on licence in August from a sentence for online offences (making indecent images of children, 2037) and lives at approved premises in Stratford. His licence allows only supervised contact. Mum wants him home for Christmas and has told school she "doesn't believe he did it". He is not living at home and no contact is planned before his MAPPA review on 3 November, but we think a Children's Services assessment is needed before any move home is considered.

Mum has consented to the referral. My manager is on leave until Thursday - I'll get her sign-off then and send it on.

Thanks
Hollie Brannigan
Early Help Practitioner, Whitechapel Locality
""",
     html="twin",
     atts=[PDF("MARF Ahmed.pdf", "Multi-Agency Request for Support - Ahmed - Mosaic 1605588", [
         "Children: Yusuf Ahmed (30/09/2027), Maryam Ahmed (15/01/2031).",
         "Concern: father on licence for online child sexual offences; mother wishes him to return.",
         "Consent: mother consented 14/10."])],
     category="ordinary", kind="step_up",
     labels=L(case_ids=["1605588"], children=[("Yusuf Ahmed", "2027-09-30"), ("Maryam Ahmed", "2031-01-15")],
              concerns=["sexual_harm"], consent=True, missing=["manager_agreed"], next_action="request_info"),
     why="Tower Hamlets step_up (REQUIREMENTS: request_for_support, manager_agreed): MARF attached, manager's sign-off still to come (null) -> missing manager_agreed; father not at home and no contact planned, so not urgent.")

mail("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", "2039-10-19T10:44:00",
     ("Selina Kaur-Dhillon", "selina.kaur-dhillon@towerhamlets.gov.uk"),
     "RE: [SB-tower_hamlets-63] MAST step up request - Mosaic 1605588 - Ahmed family",
     """Hello,

I'm Hollie's manager, back from leave today. I have discussed the Ahmed family with Hollie and I agree the step up to MAST.

Selina Kaur-Dhillon
Early Help Team Manager, Whitechapel Locality
""" + ack("SB-tower_hamlets-63", ["Thank you. We have received your MAST step-up request.",
                                   "Mosaic 1605588", "Children: Yusuf Ahmed, Maryam Ahmed",
                                   "What is missing:", "- your manager's agreement to the step-up"]),
     html="twin", reply=True,
     category="ordinary", kind="follow_up",
     labels=L(case_ids=["1605588"], children=[("Yusuf Ahmed", None), ("Maryam Ahmed", None)], manager=True,
              next_action="attach_to_request"),
     why="Follow-up to [SB-tower_hamlets-63] in which the manager states her agreement (manager_agreed true) -> attach_to_request.")

mail("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "2039-12-08T13:50:00",
     ("Oliwia Zielińska", "oliwia.zielinska@towerhamlets.gov.uk"),
     "Step down - Mosaic 1634470 - Kayden O'Driscoll",
     """Hi Early Help Hub,

I'm stepping Kayden O'Driscoll (DOB 14 Feb 2029) down to a TAF, Mosaic 1634470. Mum consented at the final CIN review on 1 December. Draft TAF plan attached.

The C&F assessment will follow once my manager has signed it off. Lead practitioner tbc - I'm waiting for the school to confirm who.

Main need: mum's depression and Kayden's low mood since his grandmother died.

Oliwia Zielińska
Social Worker, CIN Team 2
""",
     fmt="outlook",
     atts=[DOCX("Draft TAF plan - O'Driscoll.docx", ["# Draft TAF plan", "Kayden O'Driscoll.",
                                                     "Mum: GP review and adult talking therapies.",
                                                     "Kayden: school counsellor, bereavement group."])],
     category="ordinary", kind="step_down",
     labels=L(case_ids=["1634470"], children=[("Kayden O'Driscoll", "2029-02-14")], concerns=["parental_mental_health"],
              consent=True, missing=["assessment", "lead_practitioner"], next_action="request_info"),
     why="Tower Hamlets step_down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner): assessment 'will follow' and lead practitioner 'tbc' -> both missing, request_info.")


# ================================================================ TORBAY
mail("torbay_01.eml", "torbay", "early_help_duty", "2039-09-29T11:11:00",
     ("Morwenna Pascoe", "morwenna.pascoe@torbay.gov.uk"),
     "Triage slot request - step down to Level 3 - LCS-3318452 - Trelawny",
     """Hi Early Help,

Please can I have a triage slot for a step down to level 3 Early Help:

Elowen Trelawny - DOB 01/10/2032
Jago Trelawny - DOB 11/05/2036 (under 5, so I think the under-5s triage)
LCS-3318452

The Single Assessment with my analysis and the rationale for step down is attached. My team manager, Gareth Hosking, has recorded his manager's analysis confirming the threshold for level 3 is met.

Home conditions have improved a lot since the summer and mum has kept to the plan; what's left is routines and keeping the house on track.

Mum has consented to level 3 Early Help.

Thanks
Morwenna Pascoe
Social Worker, Single Assessment Team, Torquay
""",
     html="twin",
     atts=[PDF("Single Assessment - Trelawny - LCS-3318452.pdf", "Single Assessment - Trelawny - LCS-3318452", [
         "Analysis: home conditions improved from poor to adequate; children's needs met most days.",
         "Rationale for step down: progress sustained for 10 weeks.",
         "Manager's analysis (G. Hosking): threshold met for level 3 intervention."])],
     category="ordinary", kind="step_down",
     labels=L(level=3, case_ids=["LCS-3318452"], children=[("Elowen Trelawny", "2032-10-01"), ("Jago Trelawny", "2036-05-11")],
              concerns=["neglect"], consent=True, manager=True, next_action="book_meeting"),
     why="Complete Torbay step_down (REQUIREMENTS: assessment, manager_agreed, consent): Single Assessment attached, TM's analysis recorded, consent given; Jago is 3 -> fortnightly under-5s triage.")

mail("torbay_02.eml", "torbay", "mash_step_up", "2039-09-12T12:10:00",
     ("Kerenza Vosper-Hall", "kerenza.vosper-hall@torbay.gov.uk"),
     "Contact to MASH - EHM-804417 - Yeo girls - Lee Bassett",
     """Rang the MASH line and was told to email too.

Probation (Jo Ashworth, Torquay office) rang me at 11.45. Lee Bassett, who has been staying at Stacey Yeo's for about two weeks, is a registered sex offender on licence - conviction for sexual activity with a 7 year old girl. He gave probation a different address. Stacey doesn't know.

Stacey has just texted me that Lee is collecting both girls from Oldway Primary at 3.15 and taking them to his caravan at Goodrington for the night because she's on a late at the hotel.

Poppy Yeo, 8
Isla Yeo, 5

My TM Rachel Huxham agrees this needs considering for level 4 now. I haven't spoken to Stacey about this contact yet - I didn't want to tip Lee off before you and the police decide.

Kerenza Vosper-Hall
Family Practitioner, Early Help Paignton
07700 900 247

Sent from my iPhone
""",
     fmt="iphone",
     category="urgent", kind="step_up",
     labels=L(urgent=True, case_ids=["EHM-804417"], children=[("Poppy Yeo", None), ("Isla Yeo", None)],
              concerns=["sexual_harm"], manager=True, missing=["consent"], next_action="alert_duty"),
     why="Safety rule 1: probation has just learned a registered offender on licence is collecting two girls from school at 3.15 and keeping them overnight; a Torbay step_up (contact to MASH) with TM agreement but consent not sought (null -> missing) -> alert_duty first.")

mail("torbay_03.eml", "torbay", "early_help_duty", "2039-10-22T21:14:00",
     ("Halina Kowalczyk", "halina.kowalczyk@gmail.example.com"),
     "please help my grandaughter tonight",
     """Good evening,

I am writing because I do not know who to call at the weekend, I find this email on the council page.

My daughter Agnieszka Nowicka live in Paignton, Hyde Road, with her baby Oliwia Nowicka born 3.06.2039 (4 months). Yesterday the police come to her and tell her under the Clare law that her boyfriend Dariusz was in prison in Poland and in England for hurting a baby of his old girlfriend, the baby had broken bones and head injury.

My daughter say she believe him and not the police. Tonight she go to work at the hotel 10pm to 6am and Dariusz stay alone with Oliwia all the night. I am in Plymouth with no car and she not answer me now.

Please somebody go to see the baby. My number 07700 900 418.

Halina Kowalczyk (grandmother)
""",
     fmt="gmail",
     category="urgent", kind="other",
     labels=L(urgent=True, children=[("Oliwia Nowicka", "2039-06-03")], concerns=["physical_harm"],
              next_action="alert_duty"),
     why="Safety rule 1 on a Saturday night (out of hours): a grandmother, in non-native English, reports a man disclosed as having seriously injured a baby who is alone with a 4-month-old all night; a relative's message -> other; DOB '3.06.2039'.")

mail("torbay_04.eml", "torbay", "early_help_duty", "2039-11-01T10:30:00",
     ("Dev Raghunathan", "dev.raghunathan@torbay.gov.uk"),
     "Step down request - triage slot please - LCS-3302219 - Tia-Rose Hext",
     """Hi,

Requesting a triage slot to step Tia-Rose Hext (25/07/2029) down to level 3 Early Help, LCS-3302219.

For background: in June the police made a disclosure under the Child Sex Offender Disclosure Scheme to mum about her then partner. Mum ended the relationship that day and he moved to Glasgow; his offender manager there confirmed in September that he lives there and has had no contact with mum or Tia-Rose. There are no further concerns about him. The Single Assessment (attached) recommends step down.

Mum's anxiety is the main need now - she's waiting for talking therapies.

Mum consents to level 3 Early Help. My team manager, Alison Carthew, is back on Thursday and will record her analysis then.

Dev Raghunathan
Social Worker, Safeguarding and Supporting Families, Paignton
""",
     html="twin",
     atts=[PDF("Single Assessment - Hext.pdf", "Single Assessment - Tia-Rose Hext - LCS-3302219", [
         "Disclosure (June) under the CSODS; relationship ended; man in Glasgow; no contact.",
         "Analysis: protective mother; anxiety; recommend step down to level 3."])],
     category="near_miss", kind="step_down",
     labels=L(level=3, case_ids=["LCS-3302219"], children=[("Tia-Rose Hext", "2029-07-25")], concerns=["parental_mental_health"],
              consent=True, missing=["manager_agreed"], next_action="request_info"),
     why="Near miss: a Sarah's Law disclosure in June, relationship ended, man in Glasgow with no contact (resolved); Torbay step_down with assessment and consent, but the TM's analysis is still to be recorded (null) -> missing manager_agreed.")

mail("torbay_05.eml", "torbay", "early_help_duty", "2039-09-09T12:00:00",
     ("Devon & Cornwall Police - Public Protection", "publicprotection.comms@police.example.org"),
     "Worried about someone? Child Sex Offender Disclosure Scheme - leaflets for your hub",
     """Child Sex Offender Disclosure Scheme (Sarah's Law) and Clare's Law - autumn campaign

Dear partners,

We are refreshing the leaflets for family hubs, schools and GP surgeries. Please display them and share the digital version.

Worried about someone? You might ask about someone if, for example:
- a new partner is very keen to babysit or to be alone with your children;
- a neighbour "befriends" children, buys them gifts or invites them in;
- someone you met online wants to meet your child.

What happens: you apply by phone (101), online or at a police station. We aim to complete checks within 45 days. If there is a risk, a disclosure may be made to the person best placed to protect the child.

If a child is in danger right now, always call 999.

Order more leaflets: publicprotection.comms@police.example.org
""",
     html="only", extra={"List-Id": "<partners.publicprotection.police.example.org>", "Precedence": "bulk"},
     category="near_miss", kind="other",
     labels=L(next_action="human_review"),
     why="Near miss: a police awareness-campaign mailing (HTML only) listing hypothetical examples of worrying behaviour; a leaflet, not a report (safety rule 1: bulletins with examples must not trigger) -> other, human_review.")

mail("torbay_06.eml", "torbay", "mash_step_up", "2039-11-23T14:25:00",
     ("Demelza Rowe", "demelza.rowe@torbay.gov.uk"),
     "Step up - contact to MASH - EHM-809931 - Cann children",
     """Dear MASH,

Contact to MASH for Charlie Cann (02/12/2033) and Ruby Cann (28/03/2036), EHM-809931.

The house has gone downhill again: no food in on three of my last four visits, Ruby arriving at nursery hungry and in the same clothes, mum drinking through the day (empty cans everywhere, smelling of alcohol at 10am). Level 3 support since March has not made a difference.

You may have had a call last week from a neighbour worried about a man who "befriends" the children on the estate and has them in his flat. For clarity: police checked this on Friday. He is the children's great-uncle, has no convictions and is not known to them, and the children have never been in his flat without mum. There is nothing in it and no concern about him.

Mum agrees to the contact to MASH. I've discussed it with my team manager, Jenna Moyle, who agrees it needs considering for a level 4 response.

Demelza Rowe
Family Practitioner, Early Help Torquay
""",
     html="twin",
     category="near_miss", kind="step_up",
     labels=L(case_ids=["EHM-809931"], children=[("Charlie Cann", "2033-12-02"), ("Ruby Cann", "2036-03-28")],
              concerns=["neglect", "substance_misuse"], consent=True, manager=True, next_action="book_meeting"),
     why="Near miss: a neighbour's worry about a man who 'befriends' children, already checked by police and found to be nothing; the step_up itself is a complete Torbay contact to MASH (consent, TM agreement) for neglect and drinking -> book_meeting.")

B07_ICS = ics("REPLY", sha("b07uid"), "20391003T074700Z", "20391004T113000", "20391004T120000",
              "Under-5s triage - LCS-3318452 [SB-torbay-82]", "Microsoft Teams Meeting", "earlyhelp@torbay.gov.uk",
              [("Morwenna Pascoe", "morwenna.pascoe@torbay.gov.uk", "ACCEPTED")],
              comment="Joining from Paignton. Gareth Hosking (TM) will also attend.")
mail("torbay_07.eml", "torbay", "early_help_duty", "2039-10-03T08:47:00",
     ("Morwenna Pascoe", "morwenna.pascoe@torbay.gov.uk"),
     "Accepted: Under-5s triage - LCS-3318452 [SB-torbay-82]",
     "Joining from Paignton. Gareth Hosking (TM) will also attend.\n",
     itip=B07_ICS, reply=True,
     category="ordinary", kind="meeting_reply",
     labels=L(case_ids=["LCS-3318452"], next_action="record_reply"),
     why="Outlook iTIP REPLY PARTSTAT=ACCEPTED with a COMMENT for torbay_01's under-5s triage slot -> meeting_reply, record_reply; case id from the SUMMARY.")

mail("torbay_08.eml", "torbay", "early_help_duty", "2039-12-06T16:20:00",
     ("Dev Raghunathan", "dev.raghunathan@torbay.gov.uk"),
     "RE: [SB-torbay-91] Step down request - LCS-3302219 - chasing triage slot",
     """Hi,

Chasing this one - it's been over a month. Alison Carthew recorded her manager's analysis on LCS on 4 November confirming the threshold for level 3 is met, so I think we have everything now. Could Tia-Rose have the next Tuesday triage?

Thanks
Dev
""" + gtquote("On Tue, 1 Nov at 10:34, Early Help Torbay <earlyhelp@torbay.gov.uk> wrote:",
              "Thank you. We have received your step-down request.\nReference: SB-torbay-91\n"
              "LCS-3302219 - Tia-Rose Hext\nWhat is missing:\n- your team manager's analysis confirming the threshold for level 3"),
     fmt="thunderbird", reply=True,
     category="ordinary", kind="follow_up",
     labels=L(case_ids=["LCS-3302219"], children=[("Tia-Rose Hext", None)], manager=True, next_action="attach_to_request"),
     why="Chaser on [SB-torbay-91] (torbay_04's request) stating the TM's analysis is now recorded (manager_agreed true) -> follow_up, attach_to_request.")


# ================================================================ HEREFORDSHIRE
mail("herefordshire_01.eml", "herefordshire", "early_help_duty", "2039-09-30T10:00:00",
     ("Rhodri Vaughan-Jones", "rhodri.vaughan-jones@herefordshire.gov.uk"),
     "Step down to Early Help - Mosaic 905517 / 905518 - Bevan siblings",
     """Hello co-ordinators,

Step-down for a sibling group at level 3:
Seren Bevan - 12/04/2030 - Mosaic 905517
Dylan Bevan - 07/09/2034 - Mosaic 905518

Attached: the Early Help Assessment step-down plan and mum's signed consent form.

Key person: Mrs Lowri Pugh, Family Support Worker at Kington Primary School, who has agreed to lead.

The children's attendance dipped while mum was unwell and is the focus of the plan.

Diolch,
Rhodri Vaughan-Jones
Social Worker, Kington & Leominster CIN Team
""",
     html="twin",
     atts=[DOCX("EHA step-down plan - Bevan.docx", ["# Early Help Assessment step-down plan", "Seren and Dylan Bevan.",
                                                   "What needs to happen: attendance plan; mum's GP review.",
                                                   "By whom: Lowri Pugh (key person), school, GP.", "Timescale: 12 weeks."]),
           PDF("Signed consent form - Bevan.pdf", "Early Help consent form - Bevan", [
               "I consent to my family receiving Early Help support and to information being shared.",
               "Signed: Carys Bevan (mother). Date: 28/09."])],
     category="ordinary", kind="step_down",
     labels=L(level=3, case_ids=["905517", "905518"], children=[("Seren Bevan", "2030-04-12"), ("Dylan Bevan", "2034-09-07")],
              concerns=["school_attendance"], consent=True, next_action="book_meeting"),
     why="Complete Herefordshire sibling-group step_down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): plan .docx, signed consent .pdf, key person with agency -> book_meeting.")

mail("herefordshire_02.eml", "herefordshire", "mash_step_up", "2039-10-26T15:48:00",
     ("Aled Winstanley", "aled.winstanley@hmpps.example.org"),
     "AP resident - tea with a family with an 11 year old - now",
     """MASH,

I am the manager of the approved premises on Bath Street. Mr Gary Pritchard-Lowe has lived here since 14 October on licence; MAPPA level 2; convicted in 2034 of sexual assault of a boy aged 12.

At a keywork session at 14:30 he said he was "having tea with a mate's family" tonight. His keyworker then saw Facebook messages on his phone with a woman, Ms Carys Jenkins, whose son Kai Jenkins (11) he met at the skate park on Bishops Meadow. The messages arrange tea at her house in Hunderton today and say "Kai can show me his new bike".

He signed out at 15:00 saying he would be back for his 19:00 curfew. We believe he is at the Jenkins' home now. Ms Jenkins is very unlikely to know his history.

His offender manager and West Mercia police have been told. Please ring the premises on 01632 960 441.

Aled Winstanley
Approved Premises Manager, HMPPS
""",
     html="twin",
     category="urgent", kind="other",
     labels=L(urgent=True, children=[("Kai Jenkins", None)], concerns=["sexual_harm"], next_action="alert_duty"),
     why="Safety rule 1: an approved-premises manager reports a MAPPA offender convicted of sexually assaulting a boy who is at an 11-year-old's home now; a partner's report -> other (Herefordshire mail to MASH asking no step).")

mail("herefordshire_03.eml", "herefordshire", "early_help_duty", "2039-11-14T14:57:00",
     ("Catrin Moss", "catrin.moss@herefordshire.gov.uk"),
     "Step down plan - Mosaic 911204 - Evie Harding",
     """Hi,

Step down plan for Evie Harding (DOB 19/01/2030), Mosaic 911204, level 3. Plan and mum's signed consent form attached. Key person: Mrs Nia Prosser, Family Support Worker, Leominster Primary School.

Main need: mum's depression and the routines at home.

Catrin

PS - Evie's school has just rung me as I was sending this. A man has been outside the gate since 2.30 asking for Evie by name. Evie told her teacher he is "Jay from Roblox", that he messages her at night on her tablet and that he said he'd walk her home today. School finishes at 3.15. Mum isn't answering. I'm driving over now - please can someone ring the school (01632 960 552) and me (07700 900 903).

Catrin Moss
Social Worker, Leominster CIN Team
""",
     fmt="outlook",
     atts=[DOCX("EHA step-down plan - Harding.docx", ["# Early Help Assessment step-down plan", "Evie Harding.",
                                                     "Mum: GP and talking therapies; routines support.", "Key person: Nia Prosser."]),
           PDF("Consent form signed - Harding.pdf", "Early Help consent form - Harding", [
               "I give consent for Early Help. Signed: L. Harding (mother). Date: 10/11."])],
     category="urgent", kind="step_down",
     labels=L(urgent=True, level=3, case_ids=["911204"], children=[("Evie Harding", "2030-01-19")],
              concerns=["parental_mental_health", "sexual_harm"], consent=True, next_action="alert_duty"),
     why="Safety rule 1 in a PS: an adult who has groomed a 9-year-old online is waiting at her school gate to walk her home at 3.15 today; otherwise a complete Herefordshire step_down -> alert_duty.")

mail("herefordshire_04.eml", "herefordshire", "mash_step_up", "2039-10-13T11:40:00",
     ("Priyanka Mehta-Shaw", "priyanka.mehta-shaw@housing.example.org"),
     "Query - tenant with a spent conviction - do we need to tell you?",
     """Hello,

I'm a housing officer and I'd like some advice rather than to make a referral.

A new tenant in our over-55s block in Bromyard, a man in his sixties who lives alone, declared on his application a conviction from 2016 for common assault on an adult. It is now spent, he is not on any register and he has no children or grandchildren. No children live in or visit the block.

Another resident has asked whether he is "a danger to kids". If, hypothetically, he were ever to have a child to stay, would we need to tell you? At the moment there is nothing to report and no child involved.

Thanks
Priyanka Mehta-Shaw
Housing Officer, Marches Housing
""",
     fmt="gmail",
     category="near_miss", kind="other",
     labels=L(next_action="human_review"),
     why="Near miss: a housing officer's hypothetical question about a man with a spent conviction against an adult who has no contact with children; advice request -> other, human_review.")

mail("herefordshire_05.eml", "herefordshire", "early_help_duty", "2039-09-20T09:25:00",
     ("Bartholomew Ekwueme", "bartholomew.ekwueme@herefordshire.gov.uk"),
     "Step down to EH co-ordinators - Mosaic 899340 - Archie & Freya Lloyd",
     """Good morning,

Step-down plan for Archie Lloyd (02.05.2031) and Freya Lloyd (17.10.2035), Mosaic 899340. Plan and the signed consent form are attached.

The original referral in 2037 followed a Sarah's Law disclosure about the maternal grandfather. He died in March this year; the children never had unsupervised contact with him and there are no current concerns of that kind.

What remains: Archie's attendance (86%) and Freya settling into Reception.

Key person not yet identified - I'll confirm after the MAG next week.

Bartholomew Ekwueme
Social Worker, Hereford City CIN Team
""",
     html="twin",
     atts=[DOCX("Step-down plan - Lloyd.docx", ["# Early Help Assessment step-down plan", "Archie and Freya Lloyd.",
                                               "Attendance plan with school; Reception transition support."]),
           PDF("Consent - Lloyd - signed.pdf", "Consent to Early Help - Lloyd", ["Signed by both parents, 16/09."])],
     category="near_miss", kind="step_down",
     labels=L(case_ids=["899340"], children=[("Archie Lloyd", "2031-05-02"), ("Freya Lloyd", "2035-10-17")],
              concerns=["school_attendance"], consent=True, missing=["lead_practitioner"], next_action="request_info"),
     why="Near miss: a 2037 Sarah's Law disclosure about a grandfather who has since died (historic); Herefordshire step_down with plan and signed consent but no key person yet -> missing lead_practitioner.")

mail("herefordshire_06.eml", "herefordshire", "early_help_duty", "2039-11-21T12:33:00",
     ("Georgiana Fairweather", "georgiana.fairweather@herefordshire.gov.uk"),
     "Step-down - Mosaic 914562 - Tyler Price",
     """Hi,

Sending the step-down plan for Tyler Price (8 August 2027), Mosaic 914562.

Mum has refused to sign the consent form - she says she doesn't want any more services and wants us "out of her life". I've attached the plan anyway so you can see what we'd hoped for. Key person would be Mr Sam Okoro, Youth Worker, Hereford Youth Service. My team manager has agreed the step-down.

Tyler's cannabis use is the main worry.

Georgiana Fairweather
Social Worker, Hereford Adolescent Team
""",
     html="twin",
     atts=[DOCX("Step down plan Tyler Price.docx", ["# Early Help Assessment step-down plan", "Tyler Price.",
                                                   "Youth service 1:1; substance misuse service (We Are With You)."])],
     category="ordinary", kind="step_down",
     labels=L(case_ids=["914562"], children=[("Tyler Price", "2027-08-08")], concerns=["substance_misuse"],
              consent=False, manager=True, missing=["consent_form"], next_action="request_info"),
     why="Herefordshire step_down with plan and key person but consent refused (consent false) -> consent_form missing, request_info.")

mail("herefordshire_07.eml", "herefordshire", "early_help_duty", "2039-12-01T10:05:00",
     ("Lucy Ng-Harris", "lucy.ng-harris@herefordshire.gov.uk"),
     "RE: [SB-herefordshire-22] Step-down received - Mosaic 908812",
     """Hi, signed consent form attached for Leo - mum signed it at yesterday's visit.
Lucy
""" + gtquote("On 28 Nov, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:",
              "We have received your step-down request.\nReference: SB-herefordshire-22\nMosaic 908812 - Leo Morgan\n"
              "What is missing:\n- the family's written consent"),
     fmt="iphone", reply=True,
     atts=[PDF("Consent form - Morgan - signed.pdf", "Early Help consent form - Morgan",
               ["I consent to Early Help support for my family. Signed: D. Morgan (mother), 30/11."])],
     category="ordinary", kind="follow_up",
     labels=L(case_ids=["908812"], children=[("Leo Morgan", None)], consent=True, next_action="attach_to_request"),
     why="Follow-up to [SB-herefordshire-22] adding the signed consent form (consent true) -> attach_to_request.")

H08_ICS = ics("REPLY", sha("h08uid"), "20391104T171000Z", "20391108T100000", "20391108T103000",
              "Step-down drop-in [SB-herefordshire-27]", "Microsoft Teams", "verity.lang@herefordshire.gov.uk",
              [("Georgiana Fairweather", "georgiana.fairweather@herefordshire.gov.uk", "TENTATIVE")],
              comment="May be in court that morning - will confirm Monday.",
              prodid="-//Google Inc//Google Calendar 70.9054//EN")
mail("herefordshire_08.eml", "herefordshire", "early_help_duty", "2039-11-04T17:10:00",
     ("Georgiana Fairweather", "georgiana.fairweather@herefordshire.gov.uk"),
     "Tentatively accepted: Step-down drop-in [SB-herefordshire-27] @ Tue 8 Nov 10am - 10:30am (GMT)",
     "Georgiana Fairweather has tentatively accepted this invitation.\n\nMay be in court that morning - will confirm Monday.\n",
     itip=H08_ICS, reply=True, fmt="gmail",
     category="ordinary", kind="meeting_reply",
     labels=L(next_action="record_reply"),
     why="Google Calendar iTIP REPLY PARTSTAT=TENTATIVE with a COMMENT -> meeting_reply, record_reply; no case id.")


# ================================================================ checks
ALLOWED = {  # REQUIREMENTS.md: the ids `missing` may hold per authority / kind (/ Knowsley level)
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                              "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}


def html_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>", "\n", h)
    return _html.unescape(re.sub(r"<[^>]+>", "", h))


def readable(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_payload(decode=True)))
        elif "wordprocessingml" in ct:
            out.append(docx_text(part.get_payload(decode=True)))
    return "\n".join(out)


def expected_next(e, authority):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (authority == "herefordshire" and k == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def check(built):
    errs = []
    def err(f, m):
        errs.append("%s: %s" % (f, m))
    try:
        import holidays  # noqa
        pk = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2039])}
        if pk != BANK_HOLIDAYS | {DT.date(2039, 1, 1), DT.date(2039, 12, 25)}:
            err("set", "bank holidays differ from the holidays package")
        print("bank holidays checked against the holidays package")
    except ImportError:
        print("holidays package not importable: using the built-in 2039 list (checked against it when written)")
    if not all(d.weekday() < 5 for d in BANK_HOLIDAYS):
        err("set", "a bank holiday on a weekend")
    if [d for d in BANK_HOLIDAYS if WIN_START <= d <= WIN_END]:
        err("set", "bank holiday inside the window (none expected)")
    if WIN_START.strftime("%A") != "Thursday" or WIN_END.strftime("%A") != "Friday":
        err("set", "window weekdays wrong")
    files = [b["file"] for b in built]
    if len(files) != 40 or len(set(files)) != 40:
        err("set", "not 40 distinct files")
    for a in MAILBOXES:
        names = sorted(f for f in files if f.startswith(a + "_"))
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            err("set", "authority %s does not have _01.._08" % a)
    cats = {}
    for b in built:
        cats[b["category"]] = cats.get(b["category"], 0) + 1
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11 or sum(cats.values()) != 40:
        err("set", "category counts %s" % cats)
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    for b in built:
        f, e, a = b["file"], b["label"]["expect"], b["authority"]
        if list(e.keys()) != keys:
            err(f, "label keys")
        try:
            msg = email.message_from_bytes(b["data"], policy=email.policy.default)
            msg_compat = email.message_from_bytes(b["data"])
        except Exception as x:
            err(f, "does not parse: %r" % x); continue
        for part in msg.walk():
            if part.defects:
                err(f, "defects %r" % part.defects)
        if any(ch > 127 for ch in b["data"].split(b"\r\n\r\n", 1)[0]):
            err(f, "8-bit header bytes")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg_compat[h]:
                err(f, "no " + h)
        box = MAILBOXES[a][b["mailbox"]].lower()
        if box not in (str(msg.get("To", "")) + str(msg.get("Cc", ""))).lower():
            err(f, "mailbox address not in To/Cc")
        text = readable(msg)
        low = text.lower()
        # category <-> urgent, banned words
        if e["urgent"] != (b["category"] == "urgent"):
            err(f, "urgent does not match category")
        if b["category"] == "urgent":
            for w in BANNED:
                if w in low:
                    err(f, "banned word %r in an urgent mail" % w)
        if e["next_action"] != expected_next(e, a):
            err(f, "next_action %s, expected %s" % (e["next_action"], expected_next(e, a)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "concerns")
        if e["missing"] != sorted(set(e["missing"])) or not set(e["missing"]) <= DOCS | FACTS:
            err(f, "missing ids")
        # requirements
        k = e["kind"]
        if k in ("step_up", "step_down") and not (a == "herefordshire" and k == "step_up"):
            key = (a, k, e["level"] or 3) if (a == "knowsley" and k == "step_down") else (a, k)
            req = ALLOWED[key]
            if not set(e["missing"]) <= req:
                err(f, "missing ids not required here: %s" % (set(e["missing"]) - req))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in req and ((fact in e["missing"]) != (val is not True)):
                    err(f, "fact %s inconsistent" % fact)
            if "case_id" in req and (("case_id" in e["missing"]) != (not e["case_ids"])):
                err(f, "case_id inconsistent")
            if ("children" in e["missing"]) != (not e["children"]):
                err(f, "children inconsistent")
        elif e["missing"]:
            err(f, "missing on a kind with no requirements")
        if e["level"] is not None and (k != "step_down" or e["level"] not in (2, 3)):
            err(f, "level")
        # notice
        sent = DT.datetime.fromisoformat(b["spec"]["sent"])
        now = DT.datetime.fromisoformat(b["label"]["now"])
        if a == "knowsley" and k in ("step_up", "step_down") and not e["urgent"] or b["spec"]["meeting"]:
            md = DT.date.fromisoformat(b["spec"]["meeting"])
            n = wd_between(now.date(), md)
            if e["notice_ok"] != (n >= 5):
                err(f, "notice_ok %s but %d WD" % (e["notice_ok"], n))
            b["wd"] = n
        elif e["notice_ok"] is not None:
            err(f, "notice_ok outside a Knowsley step request")
        # dates
        d = sent.date()
        if not (WIN_START <= d <= WIN_END):
            err(f, "date outside the window")
        if (d.weekday() >= 5 or d in BANK_HOLIDAYS) and not e["urgent"]:
            err(f, "non-urgent mail on a non-working day")
        if not msg_compat["Date"].endswith(offset(d)):
            err(f, "Date offset")
        if now.utcoffset() != DT.timedelta(hours=1 if d < BST_END else 0):
            err(f, "now offset")
        if not (DT.timedelta(minutes=1) <= now.replace(tzinfo=None) - sent <= DT.timedelta(minutes=10)):
            err(f, "now not shortly after Date")
        # content presence
        for cid in e["case_ids"]:
            if cid not in text:
                err(f, "case id %s not in text" % cid)
        for c in e["children"]:
            if c["name"] not in text:
                err(f, "child %s not in text" % c["name"])
            if c["dob"]:
                dob = DT.date.fromisoformat(c["dob"])
                age = (now.date() - dob).days / 365.25
                if not (0 <= age < 18):
                    err(f, "child %s not under 18" % c["name"])
        # kind structure
        has_ref = re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"]))
        if k in ("follow_up", "meeting_reply") and not has_ref:
            err(f, "no [SB-] reference in the subject")
        if k in ("step_up", "step_down", "other") and has_ref:
            err(f, "[SB-] reference on a fresh mail")
        replies = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                   and "METHOD:REPLY" in p.get_content()]
        if (k == "meeting_reply") != (len(replies) == 1):
            err(f, "iTIP REPLY presence does not match kind")
        if (k == "auto_reply") != bool(msg_compat["Auto-Submitted"]):
            err(f, "Auto-Submitted does not match kind")
        for y in re.findall(r"\b(20[4-9]\d)\b", text):
            if int(y) > 2041:
                err(f, "year %s later than expected" % y)
    return errs, cats


def main():
    built = []
    for s in SPECS:
        data, now = build(s)
        e = dict(s["labels"]); e["kind"] = s["kind"]
        expect = {k: e[k] for k in ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                                    "manager_agreed", "missing", "notice_ok", "next_action"]}
        label = {"file": s["file"], "authority": s["authority"], "mailbox": s["mailbox"], "now": now,
                 "expect": expect, "why": s["why"]}
        built.append(dict(file=s["file"], authority=s["authority"], mailbox=s["mailbox"], data=data, label=label,
                          category=s["category"], spec=s))
    built.sort(key=lambda b: b["file"])
    errs, cats = check(built)
    if errs:
        print("SELF-CHECK FAILED:")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for b in built:
        with open(os.path.join(HERE, b["file"]), "wb") as fh:
            fh.write(b["data"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump([b["label"] for b in built], fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({b["file"]: b["category"] for b in built}, fh, indent=1); fh.write("\n")
    print("self-check passed: 40 files, 8 per authority, every mail parses with email.message_from_bytes, "
          "no defects, labels consistent (urgent <=> category, next_action order, requirement ids, notice)")
    print("categories:", {k: cats[k] for k in ("urgent", "near_miss", "ordinary")})
    print("urgent mails: none of %s in subject, bodies or attachments" % BANNED)
    for b in built:
        if "wd" in b:
            print("notice %s: %s -> meeting %s = %d WD (ok=%s)" % (b["file"], b["label"]["now"][:10],
                                                                    b["spec"]["meeting"], b["wd"],
                                                                    b["label"]["expect"]["notice_ok"]))
    for b in built:
        if b["category"] == "urgent":
            print("URGENT %-28s %-10s %s" % (b["file"], b["label"]["expect"]["kind"], b["label"]["now"]))


if __name__ == "__main__":
    main()
