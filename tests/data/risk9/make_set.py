#!/usr/bin/env python3
"""risk9: blind held-out set (40 invented mails) for stepbot's `parse` contract.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar
UIDs come from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (pypdf is used
only by the self-checks, to read back the hand-built PDFs). Every label below was set by hand;
the self-checks at the end only verify them against the specification's rules and stop on error.
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc

# ----------------------------------------------------------------------------- helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, email_):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email_)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset, crlf=False):
    data = text.encode(charset)
    return quopri.encodestring(data, quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False,
              params="", extra=None, disposition=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:  # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment", extra=None):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
         ("Content-Transfer-Encoding", "base64")]
    if extra:
        h += extra
    return Part(h, b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        body = p.body
        if not body.endswith("\n"):
            body += "\n"
        return out + body
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    out += "--%s--\n" % p.boundary
    return out

def build(top, root, crlf):
    s = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n" + render(root)
    s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Aptos"):
    paras = text.split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

# -- hand-built PDF 1.4 (Helvetica, WinAnsi) so pypdf can read the text back
def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 52, title
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

def make_png(w=24, h=12, rgb=(200, 170, 150)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

# -- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n].decode()); b = b[n:]; first = False
    out.append(b.decode())
    return "\r\n ".join(out)

VTZ = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
       "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
       "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
       "END:VTIMEZONE"]

def ics(method, fname, stamp, start, end, summary, location, description, organizer, attendees,
        extra=None, sequence=0):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method,
         "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start,
          "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % sequence]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re): ", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, mid_domain or "EUR03PR01MB5123.eurprd03.prod.outlook.com")),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer, cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

FILES, LABELS, CATS, META = {}, [], {}, {}
MAILBOXES = {
    ("knowsley", "mash_step_up"): "knowsleymash@knowsley.gov.uk",
    ("knowsley", "early_help_duty"): "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
    ("richmond_wandsworth", "mash_step_up"): "MASH-StepUP@richmondandwandsworth.gov.uk",
    ("richmond_wandsworth", "early_help_duty"): "EarlyHelpDuty@richmondandwandsworth.gov.uk",
    ("tower_hamlets", "mash_step_up"): "MAST@towerhamlets.gov.uk",
    ("tower_hamlets", "early_help_duty"): "EarlyHelpHub@towerhamlets.gov.uk",
    ("torbay", "mash_step_up"): "mash@torbay.gov.uk",
    ("torbay", "early_help_duty"): "earlyhelp@torbay.gov.uk",
    ("herefordshire", "mash_step_up"): "mash@herefordshire.gov.uk",
    ("herefordshire", "early_help_duty"): "earlyhelpcoordinators@herefordshire.gov.uk",
}

def ch(name, dob=None):
    return {"name": name, "dob": dob}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None):
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox,
                   "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": children, "concerns": concerns, "consent": consent,
                              "manager_agreed": manager_agreed, "missing": missing,
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting}

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]

def knowsley_01():
    f = "knowsley_01.eml"; when = "2028-01-17 10:12:34"
    body = T("""
Hi all,

Please see the attached invite for Jayden's final CIN meeting. To save me typing it all out twice,
everything the protocol asks for (the Signs of Safety summary, the level and who is taking over as
Lead Practitioner) is written into the invite itself.

Any problems just let me know.

Hannah

Hannah Greaves
Social Worker, Children in Need Team 2
Knowsley Council Children's Social Care
Tel: 0151 496 0283
""")
    desc = T("""
Final Child in Need meeting - step down to Level 2 (school-led Early Help)

Child: Jayden Kerrigan, DOB 12/03/2017
ICS ID: 2231947
Parent: Leanne Kerrigan (mum)

What are we worried about?
Jayden's attendance fell to 84% in the autumn term and he was late most Mondays. Mum's low mood over the winter has made mornings hard.

What is working well?
Attendance since Christmas is 97%. Mum is seeing her GP and the Talking Therapies team. Jayden goes to breakfast club and enjoys it.

What needs to happen?
School to lead a Level 2 Early Help plan with the first TAF review in 6 weeks; breakfast club to continue; mum to keep her GP appointments.

Lead Practitioner (Level 2): Joanne Tierney, Assistant Head and Pastoral Lead, St Aidan's Catholic Primary School, Huyton

Mum has agreed to the step down and to school leading the plan.
""")
    cal = ics("REQUEST", f, dt(when), "20280126T100000", "20280126T110000",
              "Final CIN meeting - Jayden Kerrigan (step down to Level 2)",
              "Halewood Family Hub, Roseheath Drive, Halewood, L26 9UH - Room 3", desc,
              ("Hannah Greaves", "Hannah.Greaves@knowsley.gov.uk"),
              [("Family First 0-18 Duty Mailbox", KFF, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Joanne Tierney", "j.tierney@staidans-huyton.example.org", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    root = multipart("mixed", [
        text_part(body, crlf=True),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
              ("Content-Disposition", 'attachment; filename="invite.ics"'),
              ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))], bnd(f, 1))
    top = outlook_top(f, addr("Greaves, Hannah", "Hannah.Greaves@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Final CIN meeting - Jayden K - step down to Level 2", when,
                      cc=addr("Joanne Tierney", "j.tierney@staidans-huyton.example.org"))
    add(f, build(top, root, True), "knowsley", "early_help_duty", when, 4, "ordinary",
        "step_down", False, 2, ["2231947"], [ch("Jayden Kerrigan", "2017-03-12")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Knowsley Level 2 step-down whose facts are all in the DESCRIPTION of an attached invite.ics "
        "(body says only 'everything ... is written into the invite'): three Signs of Safety headings, "
        "Lead Practitioner with agency (school), venue in LOCATION, DTSTART Wed 26 Jan 10:00 = 7 WD after "
        "Mon 17 Jan (>=5) so notice ok; 'Mum has agreed to the step down' = consent true (not required at L2); "
        "'ICS ID: 2231947' -> label dropped; worries = attendance + mum's low mood.",
        meeting=date(2028, 1, 26))

def knowsley_02():
    f = "knowsley_02.eml"; when = "2028-01-18 13:47:09"
    body = T("""
hi its dani moffatt family first case manager for Leo Cheung EHM-60418 hes 8 year 4 at st lukes just had a call off the school DSL leo came in this morning with a black eye and red marks round his neck like fingers he told his teacher mums new partner Craig grabbed him by the throat and punches him in the face last bight because he wet the bed and craig told him if he tells anyone hell get it worse school have took photos and are keeping him in the office but craig is the one collecting him at 3 15 today mum is on shift at whiston til 8 i need to step this up today cant wait for a taf sorry i havent been able to get hold of my manager shes in panel all afternoon can someone from socks care ring me back asap on 07700 900418 im in the car so sorry for typos my phone keeps changing everything

Sent from my iPhone
""")
    root = text_part(body, charset="us-ascii", cte="7bit")
    top = plain_top(f, addr("Dani Moffatt", "Danielle.Moffatt@knowsley.gov.uk"),
                    addr("Knowsley MASH", KMASH), "leo cheung need to step up today", when,
                    "knowsley.gov.uk", "iPhone Mail (23C71)")
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["EHM-60418"], [ch("Leo Cheung")], ["physical_harm"], None, None,
        ["manager_agreed", "meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        "Phone mail with no punctuation and autocorrect slips ('punches him ... last bight', 'socks care'): "
        "an 8-year-old with a black eye and finger marks on his neck says mum's partner did it, and that "
        "partner collects him at 3.15 today -> urgent (safety rule 1), alert_duty overrides request_info. "
        "Still a step-up ('i need to step this up'), so Knowsley's requirements are labelled: no form, TAF "
        "minutes or meeting date (notice null), manager not reached (null, so missing).")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2028-01-26 16:08:51"
    text = T("""
________________________________
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 24 January 2028 09:31
To: Ledson, Aimee <Aimee.Ledson@knowsley.gov.uk>
Cc: Quirk, Sandra <Sandra.Quirk@knowsley.gov.uk>
Subject: [SB-knowsley-14] Step-up request received

Thank you. Your step-up request has been received and given the reference SB-knowsley-14.
Children: Ruby Hargreaves (DOB 04/06/2025), Alfie Hargreaves (DOB 19/09/2021)
Case: EHM-59930
The step-up TAF meeting on Wednesday 2 February 2028 at 10:00 has been noted; MASH business support will take the minutes.

Knowsley MASH (automated message)

________________________________
From: Quirk, Sandra <Sandra.Quirk@knowsley.gov.uk>
Sent: 24 January 2028 10:02
To: Knowsley MASH <knowsleymash@knowsley.gov.uk>; Ledson, Aimee <Aimee.Ledson@knowsley.gov.uk>
Subject: RE: [SB-knowsley-14] Step-up request received

Thanks all. For the record, I have discussed this step up with Aimee and I agree it, given the assault on mum on 9 January and Dean's drinking.

Sandra Quirk
Team Manager, Family First 0-18 (Huyton)

________________________________

Replying at the bottom so the thread stays in order -

Mum (Kelly) rang me at 15:50. Dean has just walked into Little Acorns nursery and taken Ruby Hargreaves. He has bail conditions not to contact Kelly or the children after the assault on 9 January. Nursery staff said he smelt strongly of drink and was unsteady on his feet, and he shouted that Ruby "won't be coming back to that house" before he walked out with her. Kelly thinks he has gone to his mother's flat on Cherryfield Drive, Kirkby. She has rung 999. Alfie is at school and mum is on her way to collect him.

Can someone from MASH duty ring me straight away on 07700 900562 please - I'm driving to the nursery now.

Aimee Ledson
Family First Case Manager (Level 3)
Knowsley Council
""")
    root = multipart("alternative", [text_part(text, crlf=True), text_part(html_of(text), "html", crlf=True)],
                     bnd(f, 1))
    top = outlook_top(f, addr("Ledson, Aimee", "Aimee.Ledson@knowsley.gov.uk"),
                      addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-14] Step-up request received", when,
                      cc=addr("Quirk, Sandra", "Sandra.Quirk@knowsley.gov.uk"),
                      extra=[("In-Reply-To", "<SB-knowsley-14.ack.20280124093102@knowsley.gov.uk>"),
                             ("References", "<SB-knowsley-14.ack.20280124093102@knowsley.gov.uk>")])
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 2, "urgent",
        "follow_up", True, None, ["EHM-59930"],
        [ch("Ruby Hargreaves", "2025-06-04"), ch("Alfie Hargreaves", "2021-09-19")],
        ["domestic_abuse", "substance_misuse"], None, True, [], None, "alert_duty",
        "Outlook reply-all, bottom-posted: the new text is under two quoted messages. A drunk father on bail "
        "not to contact the family has just taken a 2-year-old from nursery saying she won't be coming back "
        "-> urgent (mum's 999 call does not lessen it); follow-up to [SB-knowsley-14], alert_duty overrides "
        "attach_to_request. Children, DOBs and EHM id come from the quoted acknowledgement; the quoted TM "
        "message 'I agree it' gives manager_agreed true.")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2028-02-01 14:30:05"
    body = T("""
Good afternoon,

I am writing to give notice of a step down to Family First at Level 3 for:

Tyler Finnegan \u2013 DOB 02/11/2014
Macy Finnegan \u2013 DOB 27/07/2019
ICS ID 2240871

Joint home visit with a Family First case manager: Tuesday 8 February 2028 at 10:00, at the family home, 14 Pennard Close, Kirkby, L32 7QX.

Consent: Ms Finnegan has given her consent for the case to be referred to Family First (signed at my visit on 28/01/2028).

Background (for context only \u2013 this is history, not a current concern)
In March 2026 Mr Finnegan pushed Ms Finnegan down the stairs while both children were in the house. The children were made subject to child protection plans; the ICPC minutes described \u201cimmediate risk of significant harm\u201d from Mr Finnegan at that time. He was convicted in June 2026, there is a restraining order until 2031, and he has had no contact with the family since. The CP plans ended in October 2026 and the children have been on CIN plans since. Nothing further has happened; the family moved house in 2027 and Mr Finnegan does not know the address.

What are we worried about?
Macy\u2019s attendance is 81% this term, mainly Mondays. Ms Finnegan\u2019s anxiety means she struggles to leave the house some mornings.

What\u2019s working well?
Tyler is doing well at Kirkby High and goes to football twice a week. Ms Finnegan has started counselling and has a good relationship with Macy\u2019s class teacher.

What needs to happen?
A Family First case manager to support mum with morning routines and Macy\u2019s attendance, a TAF meeting in six weeks with school, and mum to continue her counselling.

Many thanks,
Owen

Owen Brocklehurst
Social Worker \u2013 Child in Need Team 1
Knowsley Children\u2019s Social Care
""")
    root = text_part(body, charset="windows-1252", crlf=True)
    top = outlook_top(f, addr("Brocklehurst, Owen", "Owen.Brocklehurst@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 3 \u2013 Finnegan \u2013 joint home visit Tue 8 Feb", when)
    add(f, build(top, root, True), "knowsley", "early_help_duty", when, 5, "near_miss",
        "step_down", False, 3, ["2240871"],
        [ch("Tyler Finnegan", "2014-11-02"), ch("Macy Finnegan", "2019-07-27")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Near miss: a complete Level 3 step-down (windows-1252 quoted-printable, curly quotes) that retells a "
        "2026 assault and quotes 'immediate risk of significant harm' from an old ICPC - historic and resolved "
        "(conviction, restraining order, CP plans ended 2026), so not urgent and not a concern. Joint home visit "
        "Tue 8 Feb 10:00 with venue: exactly 5 WD after Tue 1 Feb -> notice ok; consent stated; all three "
        "Signs of Safety headings answered.",
        meeting=date(2028, 2, 8))

def knowsley_05():
    f = "knowsley_05.eml"; when = "2028-01-24 09:40:12"
    rows = [
        ("Child(ren)", "Harvey Ashworth (DOB 30/08/2016)<br>Evie Ashworth (DOB 14/01/2020)"),
        ("EHM case ID", "EHM-61207"),
        ("Address", "22 Sefton Close, Prescot, L34 1AB"),
        ("Level 3 worker", "Priya Nandra, Family First Case Manager, 0151 496 0730"),
        ("Reason for step up", "Neglect: home conditions have got worse despite four months of Level 3 support. "
         "No food in the house on two unannounced visits (11/01 and 18/01); Evie&#8217;s head lice untreated since "
         "November; Harvey&#8217;s attendance is 79%."),
        ("Team manager agreement", "Yes &#8211; discussed with and agreed by Sandra Quirk (TM) on 21/01/2028"),
        ("Parent informed", "Yes &#8211; mum informed by phone 21/01/2028"),
        ("Step-up TAF meeting", "Wednesday 26/01/2028, 13:00, Microsoft Teams (invite sent to MASH inbox and MASH business support)"),
        ("GCP2", "Not yet completed &#8211; booked with mum for 02/02/2028"),
        ("Engaging Families toolkit", "N/A"),
        ("Exploitation assessment", "N/A"),
        ("Attached", "FF Step Up Request to CSC (Appendix 1); TAF minutes 13/01/2028"),
    ]
    trs = "\n".join('<tr><td width="190" style="border:solid #A6A6A6 1.0pt;background:#DEEAF6;padding:4pt">'
                    '<p class="MsoNormal"><b>%s</b></p></td><td width="420" style="border:solid #A6A6A6 1.0pt;'
                    'padding:4pt"><p class="MsoNormal">%s</p></td></tr>' % r for r in rows)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>\n'
         '<body lang="EN-GB"><div class="WordSection1">\n<p class="MsoNormal">Morning,</p>\n'
         '<p class="MsoNormal">Step up details below as requested. Form and TAF minutes attached.</p>\n'
         '<p class="MsoNormal">&nbsp;</p>\n<table class="MsoTableGrid" border="1" cellspacing="0" '
         'cellpadding="0" style="border-collapse:collapse">\n' + trs + '\n</table>\n'
         '<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">Priya</p>\n'
         '<p class="MsoNormal" style="color:#7F7F7F">Priya Nandra | Family First Case Manager | Knowsley Council</p>\n'
         '</div></body></html>\n')
    form = make_pdf("FF Step Up Request to CSC - Appendix 1", [
        "Child(ren): Harvey Ashworth DOB 30/08/2016; Evie Ashworth DOB 14/01/2020",
        "EHM case ID: EHM-61207",
        "What are we worried about? Home conditions; no food on two visits; untreated head lice; attendance 79%.",
        "What is working well? Mum attends TAF meetings and wants the children to stay with her.",
        "What needs to happen? Social care assessment of neglect; GCP2 to be completed with mum.",
        "Manager agreement: Sandra Quirk (Team Manager), 21/01/2028",
        "Step-up TAF meeting: 26/01/2028 13:00 (Teams)"])
    mins = make_pdf("TAF meeting minutes - 13/01/2028 - Ashworth", [
        "Present: mum, Priya Nandra (Family First), school (Mrs Kaur), health visitor.",
        "Harvey Ashworth and Evie Ashworth, EHM-61207.",
        "Actions: school to provide breakfast; health visitor to treat head lice with mum; FF to refer for food bank.",
        "Review: progress limited; step-up to be discussed with the team manager."])
    root = multipart("mixed", [text_part(h, "html", crlf=True),
                               binary_part("application/pdf", "FF Step Up Request to CSC - Appendix 1 - Ashworth.pdf", form),
                               binary_part("application/pdf", "TAF minutes 13.01.2028 - Ashworth.pdf", mins)], bnd(f, 1))
    top = outlook_top(f, addr("Nandra, Priya", "Priya.Nandra@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step up request - Ashworth - EHM-61207", when,
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"),
                      extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")])
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 6, "ordinary",
        "step_up", False, None, ["EHM-61207"],
        [ch("Harvey Ashworth", "2016-08-30"), ch("Evie Ashworth", "2020-01-14")],
        ["neglect", "school_attendance"], None, True, ["gcp2"], False, "request_info",
        "HTML-only mail whose main text is a two-column table of fields. Neglect step-up with the form and TAF "
        "minutes attached but the GCP2 'not yet completed' -> gcp2 missing (Knowsley: neglect needs GCP2). TAF on "
        "Wed 26 Jan 13:00 is 2 WD after Mon 24 Jan (<5) -> notice not ok. 'Mum informed' is not consent (null); "
        "TM agreement row -> manager_agreed true.", meeting=date(2028, 1, 26))

def knowsley_06():
    f = "knowsley_06.eml"; when = "2028-02-10 08:21:40"
    body = T("""
FYI only - sent to MASH in line with the PPN information-sharing agreement. No action requested.

PUBLIC PROTECTION NOTICE - ADULT AT RISK
PPN ref: 01-0214-28          Incident log: 0112 of 10/02/2028
Adult at risk: Kieran DOYLE, DOB 03/05/2003 (24 yrs), Lingmell Road, Huyton

Circumstances: Kieran has a learning disability and lives alone. Officers attended at 01:10 after
neighbours reported shouting. Two males had been using his flat to deal drugs for about two weeks
("cuckooing"). One male threatened Kieran with a knife. Both males were arrested at the scene and
have been remanded. Kieran is uninjured and is now staying with his sister in Whiston.

Risk at time of incident: HIGH - reduced to MEDIUM (offenders in custody, adult relocated).
Children in the household: NONE
Children linked / visiting: NONE KNOWN. Kieran has no children and no children visit the flat.
Referred to: Knowsley Adult Social Care - safeguarding adults concern raised 02:05.
Reason copied to MASH: automatic copy to all MASH partners; no child safeguarding concerns identified.

PC 2291 Mark Lowry
Public Protection Notification Officer
Merseyside Police - Knowsley Area

This email is OFFICIAL-SENSITIVE and intended for the named recipient only.
""")
    root = text_part(body, crlf=True)
    top = outlook_top(f, addr("Lowry, Mark (PC 2291)", "mark.lowry@merseyside.police.example.uk"),
                      addr("Knowsley MASH", KMASH), "FYI - PPN 01-0214-28", when,
                      mid_domain="merseyside.police.example.uk")
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 7, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, adult only: a police PPN about a 24-year-old with a learning disability threatened with a "
        "knife (cuckooing); offenders remanded, 'Children in the household: NONE', 'no child safeguarding "
        "concerns' -> not urgent, no children (an adult's DOB is not a child), kind other -> human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2028-02-03 07:52:18"
    body = T("""
Hello

I got this email address off the council website, I hope it's the right one.

I live at 23 Whitefield Drive in Kirkby. The kids next door at number 25, Mason Atherton and Lily-Rose Atherton, have been on their own since yesterday morning. Mason is about 9 and Lily-Rose is only 3 or 4. Their mum's car went on Tuesday night and hasn't come back.

Last night about 10 o'clock the little one was banging on the front window crying, and Mason shouted through the letterbox that they had no food and the electric had gone off. I passed some toast and a bottle of juice through the letterbox. This morning it's freezing, the house is dark and I can hear the little one crying again. Mason didn't go to school yesterday.

I don't want to cause trouble for the mum and I don't really want the police round, but somebody needs to go round this morning.

Thank you
Pauline Rimmer (neighbour)
07700 900731
""")
    root = multipart("alternative", [text_part(body), text_part(html_of(body, "Calibri"), "html")], bnd(f, 1))
    top = plain_top(f, addr("Pauline Rimmer", "pauline.rimmer58@mail.example.com"),
                    KFF, "children left on their own next door", when, "mail.example.com", None)
    add(f, build(top, root, False), "knowsley", "early_help_duty", when, 3, "urgent",
        "other", True, None, [], [ch("Mason Atherton"), ch("Lily-Rose Atherton")], ["neglect"], None, None,
        [], None, "alert_duty",
        "A neighbour (member of the public) at 07:52: a 9-year-old and a 3-4-year-old alone since yesterday "
        "with no food or electricity in freezing weather -> immediate neglect risk, urgent; not a step request, "
        "so kind other; ages only, no DOBs.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2028-02-11 11:05:27"
    body = T("""
Good morning,

On behalf of Priya Nandra (Family First Case Manager), who is on annual leave today: please find attached the completed GCP2 for Harvey Ashworth and Evie Ashworth (EHM-61207), which your acknowledgement listed as missing for the neglect step-up. Priya completed it with mum on 2 February.

Kind regards

Lorraine Gill
Business Support Officer, Family First 0-18
Knowsley Council

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 24 January 2028 09:44
To: Nandra, Priya <Priya.Nandra@knowsley.gov.uk>
Subject: [SB-knowsley-23] Step-up request received

Thank you. Your step-up request has been received and given the reference SB-knowsley-23.
What is missing:
- the Graded Care Profile 2 (GCP2), because the concerns include neglect
- at least 5 working days' notice of the step-up TAF meeting (please rearrange it)

Knowsley MASH (automated message)
""")
    gcp = make_pdf("Graded Care Profile 2 (GCP2) - Ashworth", [
        "Children: Harvey Ashworth, Evie Ashworth. EHM-61207.",
        "Completed with mum by Priya Nandra on 02/02/2028.",
        "Physical care: grade 4. Safety: grade 3. Love and care: grade 2. Esteem: grade 3.",
        "Summary: the overall picture is of neglect of physical care and of health needs."])
    root = multipart("mixed", [text_part(body, cte="base64", crlf=True),
                               binary_part("application/pdf", "GCP2 - Ashworth - 02.02.2028.pdf", gcp)], bnd(f, 1))
    top = outlook_top(f, addr("Family First Business Support", "familyfirst.businesssupport@knowsley.gov.uk"),
                      addr("Knowsley MASH", KMASH), "RE: [SB-knowsley-23] Step-up request received - GCP2", when,
                      extra=[("In-Reply-To", "<SB-knowsley-23.ack.20280124094400@knowsley.gov.uk>"),
                             ("References", "<SB-knowsley-23.ack.20280124094400@knowsley.gov.uk>")])
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 9, "ordinary",
        "follow_up", False, None, ["EHM-61207"], [ch("Harvey Ashworth"), ch("Evie Ashworth")], ["neglect"],
        None, None, [], None, "attach_to_request",
        "Business support sends the missing GCP2 for [SB-knowsley-23] on a worker's behalf (base64 text part, "
        "quoted acknowledgement whose 'What is missing:' list is not a concern). Follow-up -> attach_to_request; "
        "no DOBs given; concern neglect (the GCP2 and 'the neglect step-up').")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2028-01-12 11:26:44"
    text = T("""
Agreed - MASH, please don't hold this one for the case discussion, Amara's arm needs seeing today. Naomi

Naomi Fairweather | Early Help Team Manager (Wandsworth North) | 020 7946 0388

From: Reyes, Callum <Callum.Reyes@richmondandwandsworth.gov.uk>
Sent: 12 January 2028 11:02
To: Fairweather, Naomi <Naomi.Fairweather@richmondandwandsworth.gov.uk>
Subject: Step up - Okafor - Mosaic ID 2317745

Hi Naomi,

Here is the step up for the Okafor family for your agreement. Case summary attached.

Children: Amara Okafor (DOB 21/07/2027), Chidi Okafor (DOB 03/02/2023)
Mosaic ID 2317745

Rationale for step up
The family have had Early Help since September for mum's isolation and help with Chidi's nursery place. Since November they have missed three health visitor appointments and two nursery review meetings, and mum has stopped answering my calls. This morning's home visit was the first time I have seen Amara since 6 December.

At the visit Amara's right forearm was visibly swollen and she screamed whenever it was touched or moved. Mum said she "fell off the sofa" on Monday; Amara is 5 months old and not yet rolling. Dad was present and answered most questions for mum. I asked them to take her to St George's A&E today and they refused, saying they would "see how she is at the weekend". I don't think Early Help can hold this any longer.

Callum
Callum Reyes | Early Help Worker | Wandsworth Early Help
""")
    summ = make_pdf("Case summary - Okafor family - January 2028", [
        "Children: Amara Okafor (21/07/2027), Chidi Okafor (03/02/2023). Mosaic ID 2317745.",
        "Open to Early Help since 12/09/2027: maternal isolation; nursery place for Chidi.",
        "Nov 2027 - Jan 2028: three missed health visitor contacts; two missed nursery reviews.",
        "Worker: Callum Reyes. Team manager: Naomi Fairweather."])
    root = multipart("mixed", [
        multipart("alternative", [text_part(text, crlf=True), text_part(html_of(text), "html", crlf=True)], bnd(f, 2)),
        binary_part("application/pdf", "Case summary - Okafor family - Jan 2028.pdf", summ)], bnd(f, 1))
    top = outlook_top(f, addr("Fairweather, Naomi", "Naomi.Fairweather@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Okafor - Mosaic ID 2317745", when)
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 2, "urgent",
        "step_up", True, None, ["2317745"],
        [ch("Amara Okafor", "2027-07-21"), ch("Chidi Okafor", "2023-02-03")],
        ["non_engagement", "physical_harm"], None, True, [], None, "alert_duty",
        "Team manager forwards the worker's step-up and adds one line on top ('Agreed - ... needs seeing "
        "today'). Forwarded text: a non-mobile 5-month-old with a swollen forearm who screams when it is moved, "
        "implausible explanation, parents refuse A&E -> urgent. Otherwise complete (case summary attached, "
        "rationale pasted under its heading); manager sends and agrees -> manager_agreed true; 'Mosaic ID' "
        "label dropped.")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2028-01-20 15:02:10"
    body = T("""
Dear MASH colleagues,

Please accept this step up request for Sofia Marchetti (DOB 09/05/2013), Mosaic 2309914. As Team Manager I have agreed this step up. The latest case summary is attached.

Rationale
Sofia has been open to Early Help since June 2027 for school attendance. Despite a TAF plan, two attendance panels and a managed move, her attendance this term is 41%. Mum has missed the last three TAF meetings and has not let the worker into the house since November; she says she does not see the point of the plan. We think the family now needs a Child and Family Assessment to understand what is keeping Sofia at home. Mum has consented to this referral and knows we are sending it today.

There have been no incidents and no concerns of harm; this is about persistent absence and non-engagement.

Kind regards

Grace Osei
Early Help Team Manager - Richmond
Richmond and Wandsworth Early Help
T: 020 7946 0455

--
Safeguarding is everyone's responsibility.
If you think a child is in immediate danger, call the police on 999.
If you are worried about a child or young person, contact the Richmond and Wandsworth Single Point of Access on 020 7946 0321 (out of hours 020 7946 0999).
This email and any attachments are confidential and may be legally privileged. If you have received it in error, please tell the sender and delete it.
""")
    summ = make_pdf("Case summary - Sofia Marchetti", [
        "Sofia Marchetti, DOB 09/05/2013, Mosaic 2309914.",
        "Open to Early Help since 14/06/2027 (school attendance).",
        "Attendance: autumn 2027 58%; spring 2028 to date 41%.",
        "Engagement: mum did not attend TAF meetings on 10/11, 08/12/2027 and 12/01/2028."])
    root = multipart("mixed", [text_part(body, cte="base64", crlf=True),
                               binary_part("application/pdf", "Case summary - Marchetti - Jan 2028.pdf", summ)], bnd(f, 1))
    top = outlook_top(f, addr("Osei, Grace", "Grace.Osei@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Marchetti - Mosaic 2309914", when)
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 8, "near_miss",
        "step_up", False, None, ["2309914"], [ch("Sofia Marchetti", "2013-05-09")],
        ["non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: a complete attendance/non-engagement step-up (base64 body) whose signature carries "
        "safeguarding-helpline boilerplate ('If you think a child is in immediate danger, call ... 999') - "
        "boilerplate, not a risk; the body says 'no incidents and no concerns of harm'. Case summary attached, "
        "rationale under its heading -> nothing missing, book_meeting; consent and TM agreement stated.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2028-01-17 12:40:03"
    body = T("""
Hi Early Help Duty,

Step down for Kaiden Brooks (DOB 17/10/2015), Mosaic ID 2298034. Case summary attached. Mum and Kaiden have both agreed to Early Help continuing the plan. I'll send the draft plan after Friday's CIN review once it's typed up.

Rather than rewrite the history I've pasted the Mosaic chronology below so you have the background.

Chronology (Mosaic extract, key events)
02/04/2027  Police call to address 21:40. Mum found unresponsive after an overdose; Kaiden (11) had called 999. Mum to Kingston Hospital. Kaiden to maternal aunt under police protection overnight.
03/04/2027  Strategy discussion. s47 enquiry started.
05/04/2027  Mum discharged with CMHT follow-up. Kaiden remains with aunt.
24/04/2027  ICPC: Kaiden made subject to a CP plan, category emotional abuse.
15/05/2027  Kaiden returns home; safety plan with aunt as support.
07/2027     Mum engaging with CMHT and psychology. No further incidents.
11/10/2027  RCPC: CP plan ended; CIN plan.
06/12/2027  CIN review: mum stable; Kaiden attending Young Carers group.
10/01/2028  CIN review: all agree step down to Early Help; Kaiden wants to keep his Young Carers worker.

Current worries: mum's mental health is still the main thing to keep an eye on (stable, CMHT still involved), and Kaiden still does a lot at home for his age.

Thanks
Tom

Tom Lindqvist
Social Worker, Child in Need Team (Richmond)
""")
    summ = make_pdf("Case summary - Kaiden Brooks", [
        "Kaiden Brooks, DOB 17/10/2015, Mosaic ID 2298034.",
        "CIN plan since 11/10/2027 (CP plan April - October 2027, ended).",
        "Current: mum stable with CMHT; Kaiden attends Young Carers; attendance 96%."])
    root = multipart("mixed", [text_part(body, crlf=True),
                               binary_part("application/pdf", "Case summary - Brooks.pdf", summ)], bnd(f, 1))
    top = outlook_top(f, addr("Lindqvist, Tom", "Tom.Lindqvist@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Kaiden Brooks", when)
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 4, "near_miss",
        "step_down", False, None, ["2298034"], [ch("Kaiden Brooks", "2015-10-17")],
        ["parental_mental_health", "young_carer"], True, None, ["draft_plan"], None, "request_info",
        "Near miss: the body is mostly a pasted chronology whose alarming entries (overdose, 999, police "
        "protection, s47, CP plan) are all April-October 2027 and concluded. Current worries: mum's mental "
        "health and Kaiden's caring role. Case summary attached and consent stated, but the draft plan is "
        "'to follow' -> draft_plan missing, request_info. '(11)' is an age, not a DOB.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2028-02-04 10:18:55"
    body = T("""
Dear Early Help Duty,

I\u2019d like to step down Poppy Lawal (DOB 22/08/2018) and Isaac Lawal (DOB 05/12/2020), Mosaic 2320551, to Early Help.

I\u2019ve attached the latest case summary and the draft Early Help plan. Ms Lawal has given her consent to Early Help continuing the plan \u2013 she said she\u2019s \u201chappy to keep going with it as long as it\u2019s the same worker\u201d.

The original worries were the state of the home and the children\u2019s attendance. The home is now \u201cmuch improved\u201d (the health visitor\u2019s words) and both children are above 93% this half term; the plan keeps an eye on both.

I\u2019ve agreed Thursday 10 February at 2pm with Jasper Quint for the step-down discussion, at the Early Help office, Wandsworth Town Hall, 2nd floor. My team manager, Femi Ogunleye, will join.

Best wishes,
Ruth

Ruth Adeyemi
Social Worker \u2013 Child in Need (Wandsworth)
""")
    summ = make_pdf("Case summary - Lawal", [
        "Poppy Lawal (22/08/2018), Isaac Lawal (05/12/2020). Mosaic 2320551.",
        "CIN since 09/2027: home conditions and school attendance. Both improved."])
    plan = make_pdf("Draft Early Help plan - Lawal", [
        "Outcome 1: home kept safe and clean - family support worker weekly for 6 weeks, then fortnightly.",
        "Outcome 2: attendance above 95% - school attendance officer and mum, reviewed half-termly.",
        "Review meeting within 4 weeks of handover, chaired by the Early Help manager."])
    root = multipart("mixed", [text_part(body, charset="windows-1252", crlf=True),
                               binary_part("application/pdf", "Case summary - Lawal - Feb 2028.pdf", summ),
                               binary_part("application/pdf", "Draft Early Help plan - Lawal.pdf", plan)], bnd(f, 1))
    top = outlook_top(f, addr("Adeyemi, Ruth", "Ruth.Adeyemi@" + RDOM), addr("Early Help Duty", RED),
                      "Step down \u2013 Lawal \u2013 Mosaic 2320551", when)
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 3, "ordinary",
        "step_down", False, None, ["2320551"],
        [ch("Poppy Lawal", "2018-08-22"), ch("Isaac Lawal", "2020-12-05")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down in windows-1252 quoted-printable with curly quotes: case "
        "summary and draft plan attached, consent stated ('happy to keep going with it') -> book_meeting; the "
        "agreed discussion time needs no notice count (notice null).")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2028-02-08 10:02:37"
    body = T("""
Good morning,

Just our usual half-termly attendance update for the Year 9 students you asked us to monitor - all three are above 90% this half term, so no concerns there.

I also need to pass on something from this morning. Maya Kowalczyk (Y9, DOB 14/04/2014) came to my office at 8.40 very upset. She told me that her stepdad, Lee, has been coming into her bedroom at night "for about a month" and touching her under her clothes, and that it happened again last night. She says she won't go home. Lee is picking her up at 3.20 today because mum is working late. She is with our pastoral lead in the medical room now. I have not contacted mum or Lee.

Please could someone call me back before the end of the school day on 020 7946 0612.

Many thanks,
Rebecca Stainton
Designated Safeguarding Lead
Thamesbank Academy
""")
    root = multipart("alternative", [text_part(body), text_part(html_of(body, "Arial"), "html")], bnd(f, 1))
    top = plain_top(f, addr("Rebecca Stainton", "r.stainton@thamesbank-academy.example.org"), RSU,
                    "FYI - routine attendance update Y9", when, "thamesbank-academy.example.org", None)
    add(f, build(top, root, False), "richmond_wandsworth", "mash_step_up", when, 5, "urgent",
        "other", True, None, [], [ch("Maya Kowalczyk", "2014-04-14")], ["sexual_harm"], None, None, [], None,
        "alert_duty",
        "Misleading subject ('FYI - routine attendance update'): after a routine paragraph, a school DSL reports "
        "a 13-year-old's disclosure of ongoing sexual abuse by her stepdad, who collects her at 3.20 today -> "
        "urgent. A school contact is not a step request -> kind other.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2028-01-24 09:14:22"
    text = T("""
Jasper is at the service managers' away day on 26 January. Priti Shah (Early Help Manager, Richmond) will attend the case discussion in his place.

Maria Collins, PA to Jasper Quint
""")
    cal = ics("REPLY", f, dt(when), "20280126T140000", "20280126T150000",
              "Step-up case discussion - Marchetti [SB-richmond_wandsworth-31]", "Microsoft Teams Meeting", None,
              ("MASH business support", "mash.businesssupport@" + RDOM),
              [("Jasper Quint", "jasper.quint@" + RDOM, "REQ-PARTICIPANT", "DECLINED")],
              extra=["COMMENT;LANGUAGE=en-GB:" + ics_escape(text.strip())])
    root = multipart("alternative", [
        text_part(text, crlf=True),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
              ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))], bnd(f, 1))
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("MASH Step Up", RSU),
                      "Declined: Step-up case discussion - Marchetti [SB-richmond_wandsworth-31]", when,
                      extra=[("Sender", addr("Collins, Maria", "Maria.Collins@" + RDOM))])
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 1, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=DECLINED) sent by a PA on behalf of the Early Help manager "
        "(Sender header differs from From), with a COMMENT naming a deputy -> meeting_reply, record_reply; "
        "surname only in the subject, no child named.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2028-02-08 09:31:12"
    body = T("""
Morning,

A quick note before Thursday's step-down discussion, because you may see it on the overnight police list: there was a call to 16 Garratt Terrace at 01:20 last night, logged as "male with a knife, children in the building". That was the ground-floor flat, not the Lawal family, who live in Flat 2 upstairs. Police arrested the man at the scene. PC Haines confirmed to me this morning that Poppy Lawal and Isaac Lawal were asleep upstairs with Ms Lawal throughout, were not involved, and were seen by officers and were fine. I visited this morning and all is well.

No change to the step-down.

Ruth

From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 04 February 2028 10:22
To: Adeyemi, Ruth <Ruth.Adeyemi@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-27] Step-down request received

Thank you. Your step-down request has been received and given the reference SB-richmond_wandsworth-27.
The step-down discussion on Thursday 10 February 2028 at 14:00 has been recorded.

Early Help Duty (automated message)
""")
    root = text_part(body, crlf=True)
    top = outlook_top(f, addr("Adeyemi, Ruth", "Ruth.Adeyemi@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-27] Step-down request received", when,
                      extra=[("In-Reply-To", "<SB-richmond_wandsworth-27.ack.20280204102200@" + RDOM + ">")])
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 6, "near_miss",
        "follow_up", False, None, [], [ch("Poppy Lawal"), ch("Isaac Lawal")], [], None, None, [], None,
        "attach_to_request",
        "Near miss: 'male with a knife, children in the building' was a neighbour's flat; police arrested him, "
        "confirmed the named children were not involved and the worker has visited -> dealt with and negated, "
        "not urgent. Reply to [SB-richmond_wandsworth-27] -> follow_up; no current worry about the children.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2028-02-14 14:55:00"
    body = T("""
Hi MASH,

Please find attached the case summary for Ellis Nwosu (DOB 30/01/2012), Mosaic ID 2311870; the rationale for step up is below. Copying in my manager, Dominic Frayne.

Rationale for step up
Ellis has been open to Early Help since October. Since Christmas he has been reported missing three times (2, 9 and 29 January), and on 29 January he was found by British Transport Police at East Croydon with \u00a3600 in cash and two phones, with two older males. Police have shared intelligence linking him to a county line. He is at home now, attending school, and mum is keeping him close; there is no current missing episode. Mum has agreed to the referral. We think the exploitation needs a social work lead rather than Early Help.

Thanks,
Leah

Leah Bianchi
Early Help Practitioner, Richmond Early Help
""")
    root = text_part(body)
    top = plain_top(f, addr("Bianchi, Leah", "Leah.Bianchi@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Ellis Nwosu", when, RDOM, "Microsoft Outlook 16.80 (Mac)",
                    cc=addr("Frayne, Dominic", "Dominic.Frayne@" + RDOM))
    add(f, build(top, root, False), "richmond_wandsworth", "mash_step_up", when, 10, "ordinary",
        "step_up", False, None, ["2311870"], [ch("Ellis Nwosu", "2012-01-30")], ["exploitation", "missing"],
        True, None, ["case_summary"], None, "request_info",
        "Step-up that says 'please find attached the case summary' but carries no attachment -> case_summary "
        "missing (rationale pasted under its heading is met) -> request_info. Exploitation and missing "
        "episodes are current concerns but not immediate ('at home now ... no current missing episode'). "
        "Manager only copied, says nothing -> null; 'Mum has agreed to the referral' -> consent true.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2028-01-12 13:05:44"
    body = T("""
Respected Sir or Madam,

I am writing this with the help of the translate machine on my phone, so sorry for the mistakes in the English. The teacher of school give me this email.

My name is Rokeya Begum. I live in Shadwell with my husband and my two childrens. My son is Ayaan Miah, he is 11 years, he go to Cable Street Primary school. My daughter is Inaya Miah, she is 4 years.

Yesterday night my husband is beating my son with the charger wire of the phone because he was late from the mosque. On his back there are many red lines and one is bleeding. This morning Ayaan tell to his teacher. My husband find out because the school is calling him. He say to me on the phone that when he come home from work at 6 o'clock he will finish him, and that I am the one who make the son like this. Last month also he push me to the wall.

I am very much afraid. I do not know where I can go with the childrens today. I did not call the police because my husband will become more angry. Please somebody help me today before 6 o'clock.

My phone is 07700 900287.

Rokeya Begum
""")
    root = multipart("alternative", [text_part(body, cte="base64"), text_part(html_of(body, "Arial"), "html")],
                     bnd(f, 1))
    top = plain_top(f, addr("Rokeya Begum", "rokeya.begum1987@mail.example.com"), TMAST,
                    "Please help my son", when, "mail.example.com", None)
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 4, "urgent",
        "other", True, None, [], [ch("Ayaan Miah"), ch("Inaya Miah")], ["domestic_abuse", "physical_harm"],
        None, None, [], None, "alert_duty",
        "A mother writing through a translation tool (non-native English, base64 text part): her husband beat "
        "their 11-year-old with a cable last night (bleeding welts) and says he will 'finish him' when he gets "
        "home at 6 o'clock today; he has also pushed her -> urgent, physical_harm + domestic_abuse. A parent "
        "is not making a step request -> other. Ages only, no DOBs.")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2028-01-14 14:37:10"
    cid = "image001.png@01DA56C1.%s" % sha(f, "cid")[:8].upper()
    alt = ("Photo taken at home visit 14/01/2028 14:05: four finger-shaped bruises on Zayn's left upper arm "
           "and a torn upper lip frenulum")
    text = T("""
Dear MAST,

I have tried to ring 0207 364 5606 twice and it has been engaged, so I am emailing as well.

I visited Zayn Ahmed (DOB 02/10/2027, 3 months) at home this afternoon for a weight check. Zayn had four finger-shaped bruises on his left upper arm and his upper lip frenulum is torn. Dad said it was "rough play" with an older cousin. Zayn is not mobile. I advised the parents to take Zayn to the Royal London now for a child protection medical; they declined and dad asked me to leave. Dad is at home with Zayn and mum for the rest of the day.

Photo from the visit (taken on the trust device):

[cid:%s]

The family are not known to Early Help. I am not sure whether you also need a MARF from me but I did not want to wait to do one.

Gemma Saunders
Health Visitor, Stepney Health Visiting Team
East London NHS Foundation Trust
Mobile 07700 900833

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
********************************************************************
""") % cid
    hparts = text.split("[cid:%s]" % cid)
    h = html_of(hparts[0].rstrip() + "\n\n@@IMG@@\n\n" + hparts[1].lstrip()).replace(
        "@@IMG@@", '<img width="320" height="160" id="Picture_x0020_1" src="cid:%s" alt="%s">' % (cid, html.escape(alt)))
    png = make_png()
    root = multipart("related", [
        multipart("alternative", [text_part(text, crlf=True), text_part(h, "html", crlf=True)], bnd(f, 2)),
        Part([("Content-Type", 'image/png; name="image001.png"'), ("Content-Description", "image001.png"),
              ("Content-Disposition", 'inline; filename="image001.png"; size=%d' % len(png)),
              ("Content-ID", "<%s>" % cid), ("Content-Transfer-Encoding", "base64")], b64lines(png))],
        bnd(f, 1), params=';\n\ttype="multipart/alternative"')
    top = outlook_top(f, addr("SAUNDERS, Gemma (EAST LONDON NHS FOUNDATION TRUST)", "gemma.saunders@nhs.example.net"),
                      addr("MAST", TMAST), "Zayn Ahmed DOB 02/10/2027 - bruising seen at visit today", when,
                      mid_domain="nhs.example.net")
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 2, "urgent",
        "other", True, None, [], [ch("Zayn Ahmed", "2027-10-02")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "Health visitor: finger-shaped bruises and a torn frenulum on a non-mobile 3-month-old, parents refuse "
        "a CP medical, dad at home with him today -> urgent. The fact is in an inline image's alt text AND in "
        "plain words. Family not known to Early Help and no step request -> other.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2028-01-20 16:45:00"
    desc = T("""
This is the step-down TAF meeting for Samira Uddin (DOB 11/06/2016) and Rayhan Uddin (DOB 25/09/2019), Mosaic 2284519.

The Child and Family Assessment was completed on 14/01/2028 and recommends step down to Early Help. The C&F assessment and the draft TAF plan are attached.

Worries: the home had been very cluttered with no working cooker, and Samira's attendance dropped to 86% in the autumn. Both have improved since November.

Consent: Mr and Mrs Uddin have consented to the step-down to Early Help (signed 14/01/2028).

Lead Practitioner: Shahana Islam, Family Support Practitioner, Tower Hamlets Early Help (Shadwell Family Hub) - agreed at the CIN review on 14/01/2028.

I will chair; the minutes will be on Mosaic within 10 working days.

Adil Hussain, Social Worker, Child in Need (Bethnal Green)
""")
    cal = ics("REQUEST", f, dt(when), "20280127T100000", "20280127T113000",
              "Step-down TAF meeting - Uddin family", "Shadwell Family Hub, Meeting Room 2", desc,
              ("Adil Hussain", "Adil.Hussain@" + TDOM),
              [("Early Help Hub", THUB, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Shahana Islam", "shahana.islam@" + TDOM, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    txt = "When: Thursday, 27 January 2028 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Shadwell Family Hub, Meeting Room 2\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc
    ca = make_pdf("Child and Family Assessment - Uddin - completed 14/01/2028", [
        "Samira Uddin (11/06/2016), Rayhan Uddin (25/09/2019). Mosaic 2284519.",
        "Analysis: home conditions and school attendance have improved with support.",
        "Recommendation: step down to Early Help with a TAF plan; Lead Practitioner Shahana Islam."])
    plan = make_pdf("Draft TAF plan - Uddin", [
        "1. Home: cooker repaired (done); decluttering support from family support practitioner fortnightly.",
        "2. Attendance: Samira above 95% - school and parents, reviewed at each TAF.",
        "Lead Practitioner: Shahana Islam, Tower Hamlets Early Help."])
    root = multipart("mixed", [
        multipart("alternative", [
            text_part(txt, crlf=True), text_part(html_of(txt), "html", crlf=True),
            Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                  ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))], bnd(f, 2)),
        binary_part("application/pdf", "C&F Assessment - Uddin - 14.01.2028.pdf", ca),
        binary_part("application/pdf", "Draft TAF plan - Uddin.pdf", plan)], bnd(f, 1))
    top = outlook_top(f, addr("Hussain, Adil", "Adil.Hussain@" + TDOM), addr("Early Help Hub", THUB),
                      "Step-down TAF meeting - Uddin family", when,
                      cc=addr("Islam, Shahana", "shahana.islam@" + TDOM))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 5, "ordinary",
        "step_down", False, None, ["2284519"], [ch("Samira Uddin", "2016-06-11"), ch("Rayhan Uddin", "2019-09-25")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "The step-down arrives as the social worker's own TAF meeting invitation (iTIP REQUEST, not a reply): "
        "the facts are in the DESCRIPTION (and Outlook's text twin). C&F assessment and draft TAF plan attached, "
        "consent and a Lead Practitioner with agency stated -> complete, book_meeting; Tower Hamlets sets no "
        "notice period (null).")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2028-01-25 11:42:19"
    body = T("""
________________________________
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 21 January 2028 15:10
To: Karim, Selina <Selina.Karim@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-52] Step-down request received - information missing

Thank you. Your step-down request has been received and given the reference SB-tower_hamlets-52.
Child: Nusrat Ali (DOB 08/07/2012). Mosaic: 2279060.
What is missing: the name and agency of the identified Lead Practitioner.

Early Help Hub (automated message)

________________________________
From: Rahman, Nadim <nadim.rahman@towerhamlets.gov.uk>
Sent: 21 January 2028 16:02
To: Karim, Selina; Early Help Hub
Cc: Bennett, Joy
Subject: RE: [SB-tower_hamlets-52] Step-down request received - information missing

Selina - we discussed this at the EH allocation meeting; Rubina Khatun at the Bow hub has capacity. Can you confirm with the family and reply to this thread so it's on the record?
Nadim

________________________________

Thanks Nadim - confirmed with Nusrat and mum yesterday.

Lead Practitioner: Rubina Khatun, Early Help Practitioner, Tower Hamlets Early Help (Bow Family Hub), 020 7946 0174.

Selina

Selina Karim | Social Worker | Child in Need (Poplar) | London Borough of Tower Hamlets
""")
    root = text_part(body, crlf=True)
    top = outlook_top(f, addr("Karim, Selina", "Selina.Karim@" + TDOM), addr("Early Help Hub", THUB),
                      "RE: [SB-tower_hamlets-52] Step-down request received - information missing", when,
                      cc=addr("Rahman, Nadim", "nadim.rahman@" + TDOM) + ", " + addr("Bennett, Joy", "Joy.Bennett@" + TDOM),
                      extra=[("In-Reply-To", "<%s@%s>" % (sha(f, "irt")[:20], TDOM))])
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 3, "ordinary",
        "follow_up", False, None, ["2279060"], [ch("Nusrat Ali", "2012-07-08")], [], None, None, [], None,
        "attach_to_request",
        "Outlook reply-all, bottom-posted under the quoted acknowledgement and the co-ordinator's reply: it "
        "supplies the missing Lead Practitioner for [SB-tower_hamlets-52] -> follow_up, attach_to_request. "
        "Child, DOB and Mosaic id from the quoted acknowledgement; no worries stated.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2028-02-14 10:26:00"
    body = T("""
Dear MAST,

Step up for Tahmid Hossain (DOB 19/05/2012), Mosaic 2301178. The MARF is attached. My manager, Farzana Chowdhury, has agreed this step-up (management oversight recorded 11/02/2028). The chronology of Early Help involvement is below, most recent last.

03/10/2027  Open to Early Help (Youth Service) after a fixed-term exclusion.
21/11/2027  Reported missing overnight; returned 10:00 next day, would not say where.
02/12/2027  Missing two nights; found in Southend by Essex Police with \u00a3300 and a second phone. Return home interview: "just staying with mates".
15/12/2027  School reports older males waiting at the gate in a car.
09/01/2028  Missing overnight; returned with a cut to his hand.
04/02/2028  Mum reports Tahmid said he "owes" people money.
11/02/2028  Manager agrees step-up; MARF completed.
14/02/2028 09:10  Tahmid phoned me from a stairwell on an estate in Poplar, crying. He said the older boys "own" him now, he has to take a package to Southend tonight, and if he doesn't they will "stab his little brother" (Yusuf Hossain, DOB 08/08/2015, who walks home from Woolmore Primary on his own at 3.15). He would not say where he is and his phone is now off.

Daniel Okoro
Early Help Practitioner, Tower Hamlets Youth Service
07700 900519
""")
    marf = make_pdf("Multi-Agency Request for Support (MARF) - Tahmid Hossain", [
        "Child: Tahmid Hossain, DOB 19/05/2012. Sibling: Yusuf Hossain, DOB 08/08/2015. Mosaic 2301178.",
        "Reason: suspected criminal exploitation (county lines); repeated missing episodes.",
        "Consent: mum informed. Manager: Farzana Chowdhury, agreed 11/02/2028.",
        "Requested: step up from Early Help to MAST for social work assessment."])
    root = multipart("mixed", [text_part(body, crlf=True),
                               binary_part("application/pdf", "MARF - Tahmid Hossain - Feb 2028.pdf", marf)], bnd(f, 1))
    top = outlook_top(f, addr("Okoro, Daniel", "Daniel.Okoro@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Tahmid Hossain - chronology below", when,
                      cc=addr("Chowdhury, Farzana", "Farzana.Chowdhury@" + TDOM))
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 7, "urgent",
        "step_up", True, None, ["2301178"], [ch("Tahmid Hossain", "2012-05-19"), ch("Yusuf Hossain", "2015-08-08")],
        ["exploitation", "missing", "physical_harm"], None, True, [], None, "alert_duty",
        "A body that is mostly a pasted chronology; the last entry (today 09:10) is the risk: a 15-year-old "
        "must run drugs to Southend tonight or his 12-year-old brother will be stabbed; whereabouts unknown -> "
        "urgent. MARF attached and manager agreement stated -> nothing missing; 'mum informed' is not consent.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2028-02-02 12:15:33"
    body = T("""
MAST colleagues,

For your records only - nothing is being asked of MAST today.

At 06:00 this morning officers executed a drugs warrant at 41 Dunbridge Street, E2. Two adults (the children's mother and her partner) were arrested and remain in custody. Two children were present: Amelia Reid (DOB 03/03/2017) and Jordan Reid (DOB 21/11/2019). Class A drugs and used needles were found in the kitchen, and both adults told officers they use heroin daily. Neither child was hurt. Both were taken into police protection at 06:40 and placed with their maternal aunt in Bow by 08:15, with an EDT social worker present. A strategy discussion was held at 09:30 this morning, chaired by Maryam Okonjo, and the section 47 enquiry is allocated to the Bethnal Green CIN/CP team. Police protection remains in place and the aunt's home has been checked.

This email is so the MAST inbox holds the same record; please don't treat it as a new referral.

DC Rachel Imrie
Central East BCU Safeguarding / MASH Police
""")
    root = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body, "Arial"), "html", crlf=True)],
                     bnd(f, 1))
    top = outlook_top(f, addr("Imrie, Rachel (DC)", "rachel.imrie@met.police.example.uk"), addr("MAST", TMAST),
                      "For your records - warrant at Dunbridge Street this morning - children safe", when,
                      mid_domain="met.police.example.uk")
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 8, "near_miss",
        "other", False, None, [], [ch("Amelia Reid", "2017-03-03"), ch("Jordan Reid", "2019-11-21")],
        ["substance_misuse"], None, None, [], None, "human_review",
        "Near miss, already dealt with: a drugs raid with children present, but the children are under police "
        "protection with their aunt, EDT was present and the strategy discussion has been held; 'nothing is "
        "being asked of MAST today' -> not urgent. Police record -> other; concern is the parents' heroin use "
        "(substance_misuse).")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2028-02-17 15:20:40"
    body = T("""
Hi Early Help Hub,

Not a referral - a practice question from our team meeting this morning, for whoever looks after the guidance.

Hypothetically: if, in the middle of a TAF meeting, a child says their dad hits them with a belt and they are scared to go home tonight, do we (a) stop the meeting and phone MAST on 0207 364 5606 straight away, (b) finish the meeting and complete a MARF, or (c) step up through the step-up form? Some of our newer staff weren't sure whether a disclosure like that counts as "immediate risk" or as a step-up, because the guidance only talks about step-up when the plan isn't progressing.

Also, out of hours, is it still 0207 364 4079?

A one-page flowchart would be brilliant.

Thanks
Laura Penhallow
Early Help Practitioner, Tower Hamlets Early Help (Poplar)
""")
    root = text_part(body, crlf=True)
    top = outlook_top(f, addr("Penhallow, Laura", "Laura.Penhallow@" + TDOM), addr("Early Help Hub", THUB),
                      "Question - what do we do if a child discloses in a TAF?", when)
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 2, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, hypothetical policy question: 'Hypothetically ... a child says their dad hits them ... "
        "scared to go home tonight' with the MAST numbers - no real child, 'Not a referral' -> not urgent, "
        "other, human_review.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2028-02-10 09:55:00"
    body = T("""
Hello MAST,

Please find attached the Multi-Agency Request for Support for Lucas Ferreira (DOB 07/02/2011), Mosaic 2291840, as a step-up from Early Help.

Lucas has been open to us since April 2027. His attendance is 52% this term; dad has not come to any of the last four TAF meetings and has refused home visits since December; and mum has told us that dad's cocaine use has increased and the household money is going on it. The TAF plan isn't progressing, which is why we are stepping up.

Management oversight: my manager, Farzana Chowdhury, has agreed this step-up (discussed in supervision on 08/02/2028).

Mum knows I'm sending this.

Sara Lindgren
Early Help Practitioner
Tower Hamlets Early Help (Stepney)

Sent from my iPad
""")
    marf = make_pdf("Multi-Agency Request for Support (MARF) - Lucas Ferreira", [
        "Child: Lucas Ferreira, DOB 07/02/2011. Mosaic 2291840.",
        "Concerns: school attendance 52%; father not engaging with TAF; father's cocaine use.",
        "Manager agreement: Farzana Chowdhury, 08/02/2028."])
    root = multipart("mixed", [text_part(body),
                               binary_part("application/pdf", "MARF - Ferreira - Feb 2028.pdf", marf)], bnd(f, 1))
    top = plain_top(f, addr("Sara Lindgren", "Sara.Lindgren@" + TDOM), addr("MAST", TMAST),
                    "Step-up - Lucas Ferreira - MARF attached", when, TDOM, "iPad Mail (21D61)")
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["2291840"], [ch("Lucas Ferreira", "2011-02-07")],
        ["non_engagement", "school_attendance", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete MAST step-up from an iPad: MARF attached (request_for_support) and management oversight "
        "stated -> book_meeting. 'Mum knows' is not consent (null).")

# ============================================================================= TORBAY
TMASH = MAILBOXES[("torbay", "mash_step_up")]
TEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2028-01-18 08:34:51"
    rows = [
        ("PPN type", "Domestic Abuse"),
        ("DASH risk level", "HIGH"),
        ("Incident date / time", "18/01/2028 02:10"),
        ("Location", "Flat 3, 9 Ellacombe Church Road, Torquay"),
        ("Victim", "Jodie PENGELLY (29)"),
        ("Suspect", "Ryan COLE (32), ex-partner - NOT ARRESTED, circulated as wanted"),
        ("Children present / in household", "Harley Pengelly (DOB 12/12/2020) - present and saw the assault<br>Skye Pengelly (DOB 01/05/2024)"),
        ("Circumstances", "Suspect forced entry through the back door and assaulted the victim (punches to the face; "
         "strangled until she nearly lost consciousness) in front of Harley. Suspect left before police arrived at "
         "02:31 and has not been found. At 06:55 he texted the victim: &quot;I'm coming back tonight for the kids "
         "and I'll burn the place down with you all in it.&quot;"),
        ("Victim's view", "Refuses to leave the address and declined refuge."),
        ("Orders / bail", "None in place."),
        ("Officer comment", "Children remain at the address with the victim tonight. Suspect still has a key."),
        ("Submitting officer", "PC 5532 Amy Trewin, Torbay Neighbourhood Policing"),
    ]
    trs = "\n".join('<tr><td style="border:1px solid #999;background:#EEE;padding:3px;width:200px"><b>%s</b></td>'
                    '<td style="border:1px solid #999;padding:3px">%s</td></tr>' % r for r in rows)
    h = ('<html><body style="font-family:Arial;font-size:10pt">\n<p>PUBLIC PROTECTION NOTIFICATION - for MASH '
         'research and decision</p>\n<table style="border-collapse:collapse">\n' + trs +
         '\n</table>\n<p>Devon &amp; Cornwall Police PPN Hub (automatically generated form - replies go to the hub)</p>\n'
         '</body></html>\n')
    plain = "PUBLIC PROTECTION NOTIFICATION - for MASH research and decision\n\n" + "\n".join(
        "%s: %s" % (k, html.unescape(v.replace("<br>", "; "))) for k, v in rows) + \
        "\n\nDevon & Cornwall Police PPN Hub (automatically generated form - replies go to the hub)\n"
    root = multipart("alternative", [text_part(plain, crlf=True), text_part(h, "html", crlf=True)], bnd(f, 1))
    top = outlook_top(f, addr("PPN Hub - Torbay", "ppn.torbay@dc.police.example.uk"), addr("Torbay MASH", TMASH),
                      "PPN DA 18/01/28 - Pengelly - HIGH - suspect outstanding", when, mid_domain="dc.police.example.uk")
    add(f, build(top, root, True), "torbay", "mash_step_up", when, 3, "urgent",
        "other", True, None, [], [ch("Harley Pengelly", "2020-12-12"), ch("Skye Pengelly", "2024-05-01")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Police PPN as an HTML table of fields (with a plain twin): strangulation in front of a 7-year-old, "
        "suspect at large with a key, texted 'coming back tonight for the kids and I'll burn the place down' "
        "-> urgent (threat to kill/harm the children adds physical_harm). Police notification -> other.")

def torbay_02():
    f = "torbay_02.eml"; when = "2028-01-26 16:12:40"
    body = T("""
Hi Early Help,

Please could Isla Pascoe (DOB 18/09/2021) and Darcey Pascoe (DOB 06/04/2024) go on the under-5s triage - step down to Level 3 Early Help. LCS-2264018.

The Single Assessment is attached with my analysis. My team manager, Gareth Rowe, has added his analysis and agrees the threshold for level 3 is met. Ms Pascoe has consented to Early Help (signed at my visit on 20/01/2028).

The original concerns were neglect - home conditions and missed health appointments - which have improved a lot with the family support worker.

One more thing, which I've also rung through to MASH duty (no answer yet): when I visited at 2pm today mum told me her brother, Wayne Pascoe, is staying at the house from tonight and will be babysitting the girls overnight while she does a night shift at the care home. Wayne is a registered sex offender (convicted 2019, offences against a child) and the girls have never been left with him before. Mum didn't think it mattered "because he's family". He's due there at 7pm.

Jess Lovell
Social Worker, Safeguarding Team 2
Torbay Children's Services
""")
    sa = make_pdf("Single Assessment - Pascoe - LCS-2264018", [
        "Children: Isla Pascoe (18/09/2021), Darcey Pascoe (06/04/2024).",
        "Social worker's analysis: neglect of home conditions and health appointments has improved.",
        "Team manager's analysis (Gareth Rowe): threshold for level 3 intervention met; agree step down.",
        "Consent for level 3 Early Help: given by Ms Pascoe, 20/01/2028."])
    root = multipart("mixed", [text_part(body, crlf=True),
                               binary_part("application/pdf", "Single Assessment - Pascoe.pdf", sa)], bnd(f, 1))
    top = outlook_top(f, addr("Lovell, Jess", "Jess.Lovell@" + BDOM), addr("Early Help", TEH),
                      "Routine step-down for triage - Pascoe - LCS-2264018", when)
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 2, "urgent",
        "step_down", True, 3, ["LCS-2264018"], [ch("Isla Pascoe", "2021-09-18"), ch("Darcey Pascoe", "2024-04-06")],
        ["neglect", "sexual_harm"], True, True, [], None, "alert_duty",
        "Misleading subject ('Routine step-down'): a complete Level 3 step-down (Single Assessment, TM analysis, "
        "consent) whose last paragraph says a registered sex offender with offences against a child will babysit "
        "a 6- and a 3-year-old overnight from 7pm tonight -> urgent, alert_duty; the sender's call to MASH "
        "duty (unanswered) does not lessen it.")

def torbay_03():
    f = "torbay_03.eml"; when = "2028-01-28 21:48:03"
    body = T("""
please can someone help me my daughter Chloe Tremain is 15 she has gone off with a man she met on snap chat hes 26 his name is Dale something she sent me a snap at 9 from a hotel room in Plymouth saying shes not coming home and he looks after her he has given her vodka and some pills she sounded out of it and her speech was slurry the police said they would log her as missing but they havent rang back shes got no money and her phone is on 8 percent her early help wonder is becky but her phone is off i didnt know who else to email please ring me 07700 900615 i am so scared

Nicola

Sent from my Galaxy
""")
    root = text_part(body, cte="base64")
    top = plain_top(f, addr("Nicola Tremain", "nicolatremain84@mail.example.com"), TEH, "my daughter", when,
                    "mail.example.com", None)
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 6, "urgent",
        "other", True, None, [], [ch("Chloe Tremain")], ["exploitation", "missing", "sexual_harm"], None, None,
        [], None, "alert_duty",
        "A parent's phone mail at 21:48 on a Friday (out of hours), no punctuation, autocorrect slips "
        "('slurry', 'early help wonder'), base64 body: a 15-year-old in a Plymouth hotel room with a 26-year-old "
        "met online who has given her vodka and pills -> urgent; online grooming/CSE = exploitation + "
        "sexual_harm, reported missing -> missing. Not a step request -> other.")

def torbay_04():
    f = "torbay_04.eml"; when = "2028-02-08 11:02:11"
    body = T("""
Good morning Early Help,

I would like to request a triage slot to step down Oscar Widdicombe (DOB 09/09/2023) to Level 3 Early Help. As Oscar is under 5, I understand this will go to the fortnightly under-5s triage.

- Single Assessment attached (completed 03/02/2028), with my analysis and the rationale for step down.
- Team manager analysis: Gareth Rowe (TM) has completed his analysis on the assessment and agrees the threshold for level 3 intervention is met.
- Consent: Miss Widdicombe has given consent for Level 3 Early Help; the signed consent is on LCS.

The worries now are mum's postnatal depression (improving, with the perinatal mental health team) and keeping on top of Oscar's health appointments, which slipped in the autumn.

Kind regards
Morwenna Chegwidden
Social Worker, Torbay Children's Services
""")
    sa = make_pdf("Single Assessment - Oscar Widdicombe - LCS-2271190", [
        "Child: Oscar Widdicombe, DOB 09/09/2023.",
        "Analysis: maternal postnatal depression; missed health appointments (autumn 2027), now improving.",
        "Team manager's analysis: threshold for level 3 met - Gareth Rowe, 04/02/2028."])
    root = multipart("mixed", [text_part(body, crlf=True),
                               binary_part("application/pdf", "Single Assessment - Widdicombe - 03.02.2028.pdf", sa)],
                     bnd(f, 1))
    top = outlook_top(f, addr("Chegwidden, Morwenna", "Morwenna.Chegwidden@" + BDOM), addr("Early Help", TEH),
                      "Step down request - Oscar Widdicombe - LCS-2271190", when)
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 5, "ordinary",
        "step_down", False, 3, ["LCS-2271190"], [ch("Oscar Widdicombe", "2023-09-09")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay Level 3 step-down for an under-5 (fortnightly under-5s triage): Single Assessment "
        "attached, TM analysis agreeing threshold, consent given -> book_meeting; missed health appointments "
        "read as neglect, postnatal depression as parental_mental_health.")

def torbay_05():
    f = "torbay_05.eml"; when = "2028-02-21 13:30:20"
    body = T("""
Hi Early Help,

Step down for Jake Hext (DOB 16/03/2016), LCS-2258734, for the next Tuesday triage please.

The Single Assessment is attached. My manager, Gareth Rowe, has agreed the step down and his analysis is on the assessment.

Background: the referral came after the incident on 30/11/2027, when Jake\u2019s stepfather, Mr Dunn, hit him with a belt. Police attended, Mr Dunn was charged, left the family home that night and is on bail with a condition not to contact Jake or his mum \u2013 he has kept to it. The s47 concluded that a child protection plan wasn\u2019t needed because the risk had been removed. Jake says he feels \u201csafe now it\u2019s just me and mum\u201d.

What we\u2019re still working on: Jake\u2019s attendance (88%) and his sleep.

Consent: I\u2019m seeing mum on Thursday and will ask her then whether she\u2019s happy for Early Help to take over.

Kit Pellow
Social Worker, Torbay Children\u2019s Services
""")
    sa = make_pdf("Single Assessment - Jake Hext - LCS-2258734", [
        "Child: Jake Hext, DOB 16/03/2016.",
        "Analysis: single incident 30/11/2027 (stepfather, since left); s47 concluded, no CP plan needed.",
        "Outstanding needs: school attendance 88%; sleep.",
        "Team manager's analysis: agree step down to level 3 - Gareth Rowe."])
    root = multipart("mixed", [text_part(body, charset="windows-1252", crlf=True),
                               binary_part("application/pdf", "Single Assessment - Hext.pdf", sa)], bnd(f, 1))
    top = outlook_top(f, addr("Pellow, Kit", "Kit.Pellow@" + BDOM), addr("Early Help", TEH),
                      "Step down \u2013 Jake Hext \u2013 LCS-2258734", when)
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 9, "near_miss",
        "step_down", False, None, ["LCS-2258734"], [ch("Jake Hext", "2016-03-16")], ["school_attendance"],
        None, True, ["consent"], None, "request_info",
        "Near miss: a step-down (windows-1252 curly quotes) that retells an old incident now resolved (belt "
        "assault in November, stepfather left and bailed, s47 concluded, risk removed) -> not urgent, not a "
        "current concern. Consent 'will ask her then' -> null and missing -> request_info; no level stated.")

def torbay_06():
    f = "torbay_06.eml"; when = "2028-02-10 09:12:00"
    body = T("""
Hello again,

Please ignore my email from last night. I went back down and the little boy's mum was with him - she'd only been in the public toilets by the harbour for a couple of minutes and he'd wandered out. Two police officers on patrol had already spoken to her and to him and they were happy he was fine; they said there was nothing more to do. I feel a bit silly now, but better safe than sorry.

Regards
Graham Luxton

On Wed, 9 Feb 2028 at 21:14, Graham Luxton <g.luxton@mail.example.net> wrote:
> Hello, I don't know if this is the right email. There's a little boy, about 3,
> on his own on the harbourside by the clock tower, crying, no coat, and no adult
> anywhere that I can see. It's 9pm and freezing. I'm staying with him. Should I
> ring the police?
> Graham
""")
    root = text_part(body)
    top = plain_top(f, addr("Graham Luxton", "g.luxton@mail.example.net"), TMASH,
                    "Re: little boy on his own on the harbourside", when, "mail.example.net", None,
                    extra=[("In-Reply-To", "<%s@mail.example.net>" % sha(f, "irt")[:24])])
    add(f, build(top, root, False), "torbay", "mash_step_up", when, 4, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, resolved: a member of the public retracts last night's report (quoted below: a 3-year-old "
        "alone on the harbourside) - mum was nearby and police had already spoken to them -> not urgent; no "
        "child named; other.")

def torbay_07():
    f = "torbay_07.eml"; when = "2028-02-16 14:44:44"
    body = T("""
Dear MASH,

I am making a contact to step Maisie Coombe (DOB 30/06/2013) up from Level 3 Early Help, EHM-40217.

Maisie is 14 and is the main carer for her dad, who has severe depression and has not left the house since October, and for her brother Alfie (6). She has missed 30 days of school this year. Dad had a hospital admission in December after an overdose and Maisie found him; he is home now and is seen by the crisis team every day. The Early Help plan is not meeting Maisie's needs and we think she needs a social work assessment.

Dad has consented to this contact and knows I am sending it.

I haven't been able to discuss it with my assistant team manager yet - she is on leave until Monday 21st - so I can't give you her agreement today. I will forward it when I have it.

Demelza Rowse
Family Intervention Worker, Torbay Early Help
""")
    root = text_part(body, cte="base64", crlf=True)
    top = outlook_top(f, addr("Rowse, Demelza", "Demelza.Rowse@" + BDOM), addr("Torbay MASH", TMASH),
                      "Contact to MASH - step up - Maisie Coombe", when)
    add(f, build(top, root, True), "torbay", "mash_step_up", when, 7, "ordinary",
        "step_up", False, None, ["EHM-40217"], [ch("Maisie Coombe", "2013-06-30")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, ["manager_agreed"], None,
        "request_info",
        "Torbay step-up (contact to MASH), base64 body: consent stated; the assistant team manager has not "
        "been asked yet -> manager_agreed null and missing -> request_info. The December overdose is past "
        "and managed (crisis team daily), so not urgent. 'Alfie (6)' is first name only.")

def torbay_08():
    f = "torbay_08.eml"; when = "2028-01-24 07:00:12"
    body = T("""
Thank you for your email. I am out of the office until Wednesday 26 January with limited access to email.

For triage matters please contact Tamsin Verity (tamsin.verity@torbay.gov.uk).

Silas Penrose
Assistant Team Manager, Torbay Early Help
""")
    root = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True)],
                     bnd(f, 1))
    top = outlook_top(f, addr("Penrose, Silas", "silas.penrose@" + BDOM), addr("Early Help", TEH),
                      "Automatic reply: [SB-torbay-58] Reminder: triage slot to confirm", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Inbox-Rules-Loop", "silas.penrose@" + BDOM)])
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') to a stepbot reminder -> "
        "auto_reply, ignore (safety rule 2).")

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2028-01-13 12:20:15"
    body = T("""
Good afternoon,

I am the Designated Safeguarding Lead at Ysgol y Ffin in Presteigne. Ffion Bevan (DOB 11/11/2018) is in Year 4 with us but lives with her mum in Kington, so I have been told to contact Herefordshire. I have also let Powys Children's Services know.

At 11:30 today Ffion's teacher noticed a burn across the palm and fingers of her left hand, blistered and not dressed. Ffion said that mum's boyfriend, Jason, held her hand on the cooker ring last night because she "wouldn't stop crying", and that he said he would do it again if she told anyone. Jason is collecting her at 3.15 today because mum works until 6. We have given first aid and Ffion is with our ALNCo.

Please could someone phone me back as soon as possible on 01632 960721.

Diolch / Thank you,

Si\u00e2n Prydderch
Arweinydd Diogelu Dynodedig | Designated Safeguarding Lead
Ysgol y Ffin, Llanandras | Ysgol y Ffin, Presteigne
Ff\u00f4n / Tel: 01632 960720

Rydym yn croesawu gohebiaeth yn Gymraeg ac yn Saesneg. | We welcome correspondence in Welsh and in English.
Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. | This e-mail and any attachments are confidential.
""")
    root = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body, "Arial"), "html", crlf=True)],
                     bnd(f, 1))
    top = outlook_top(f, addr("Si\u00e2n Prydderch", "sian.prydderch@ysgolyffin.example.org"), addr("Herefordshire MASH", HMASH),
                      "Pupil disclosure today - Ffion Bevan - lives in Herefordshire", when,
                      mid_domain="ysgolyffin.example.org")
    add(f, build(top, root, True), "herefordshire", "mash_step_up", when, 3, "urgent",
        "other", True, None, [], [ch("Ffion Bevan", "2018-11-11")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A Welsh school's DSL with a Welsh-English bilingual signature: a 9-year-old with a fresh deliberate "
        "burn says mum's boyfriend did it and threatened to do it again; he collects her at 3.15 today -> "
        "urgent. School contact, not a step request -> other.")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2028-01-31 15:48:20"
    body = T("""
Looks fine to me - please process. Ceri

Ceri Lloyd | Team Manager, Children in Need (Hereford) | Herefordshire Council

From: Aldridge, Ben <Ben.Aldridge@herefordshire.gov.uk>
Sent: 31 January 2028 13:10
To: Lloyd, Ceri <Ceri.Lloyd@herefordshire.gov.uk>
Subject: EHA step-down plan - Powell - Mosaic 1889234

Hi Ceri,

Step-down plan for Harri Powell (DOB 02/02/2016) and Seren Powell (DOB 19/08/2019), Mosaic no. 1889234, to go to the Early Help co-ordinators - level 3 (Intensive), as a sibling group. The EHA step-down plan and mum's signed consent form are attached. Key person agreed with the family: Alys Morgan, Family Support Worker, Hereford City Family Hub (Herefordshire Early Help). I talked it through with Verity Lang at last Tuesday's drop-in.

The worries have been domestic abuse (Mr Powell, now subject to a restraining order) and the children's emotional wellbeing.

PS - mum rang me while I was writing this (13:05). Mr Powell was released from prison this morning, a month early. He is outside the house right now banging on the door and shouting that he is taking the kids; the restraining order says no contact. The children are at home with chickenpox. Mum is not answering the door. I've told her to ring 999 and I'm trying MASH duty now.

Ben
""")
    plan = make_pdf("Early Help Assessment step-down plan - Powell", [
        "Children: Harri Powell (02/02/2016), Seren Powell (19/08/2019). Mosaic no. 1889234.",
        "Key person: Alys Morgan, Family Support Worker, Hereford City Family Hub.",
        "What needs to happen: emotional wellbeing support (school ELSA) - by Easter; mum to complete the Freedom "
        "Programme - 12 weeks; safety plan reviewed at each MAG.",
        "Consulted: Verity Lang (Early Help co-ordinator), 25/01/2028."])
    cons = make_pdf("Consent to Early Help - Powell", [
        "I agree to my family receiving Early Help support and to information being shared.",
        "Children: Harri Powell, Seren Powell. Signed: K. Powell (mother), 27/01/2028."])
    root = multipart("mixed", [text_part(body, crlf=True),
                               binary_part("application/pdf", "EHA step-down plan - Powell.pdf", plan),
                               binary_part("application/pdf", "Consent form - Powell - signed.pdf", cons)], bnd(f, 1))
    top = outlook_top(f, addr("Lloyd, Ceri", "Ceri.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: EHA step-down plan - Powell - Mosaic 1889234", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 2, "urgent",
        "step_down", True, 3, ["1889234"], [ch("Harri Powell", "2016-02-02"), ch("Seren Powell", "2019-08-19")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "A manager forwards with one line on top ('Looks fine to me - please process') and misses the PS of the "
        "forwarded mail: a DA perpetrator under a restraining order, released today, is at the door now shouting "
        "that he is taking the children, who are at home -> urgent. Otherwise a complete level 3 sibling-group "
        "step-down (plan, signed consent form, key person with agency); the forwarding TM's line = agreement.")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2028-02-09 09:41:06"
    body = T("""
Hi all,

This came through to the co-ordinators' team phone overnight. Verity and Xavier are both at the MAG this morning and I'm not sure who picks these up, so I'm sending it to the inbox.

Janet

Janet Price
Business Support Officer, Early Help
Herefordshire Council

From: Microsoft Teams <noreply@teams.example.com>
Sent: 09 February 2028 08:02
To: Early Help Co-ordinators
Subject: Voicemail from 01632 960433 (52 seconds)

You received a voicemail from 01632 960433.
Transcription (preview):
"Hello, it's, um, Carol Whitlock, I'm ringing about my daughter Stacey and the baby, Theo, Theo Whitlock, he's eleven weeks. I went round there last night and her boyfriend's been hitting her again, she's got a black eye, and the baby's got a, a big bump and a bruise on the side of his head and he's been sick all night and really sleepy, and he won't let her take him to the doctor. He's there with them now, he's taken her phone. Please can somebody go round this morning, it's 12 Kyrle Street. I can't go back there, he said he'd... please ring me back on this number."
""")
    root = multipart("alternative", [text_part(body, cte="base64", crlf=True),
                                     text_part(html_of(body), "html", cte="base64", crlf=True)], bnd(f, 1))
    top = outlook_top(f, addr("Early Help Business Support", "business.support@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "FW: Voicemail from 01632 960433 (52 seconds)", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 4, "urgent",
        "other", True, None, [], [ch("Theo Whitlock")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "alert_duty",
        "Business support forwards a voicemail transcript (base64 text and HTML): an 11-week-old with a head "
        "bump and bruise, vomiting and very sleepy, the violent partner refusing medical help and with him now "
        "-> urgent. Grandmother's message, not a step request -> other. 'Stacey' is the adult mother.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2028-02-15 11:11:11"
    body = T("""
Hi co-ordinators,

I think the Morgan-Price family needs stepping up to social care. I'm not sure of the route in Herefordshire, so I'm starting here.

Children: Alfie Morgan-Price (DOB 04/04/2017) and Evie-Mae Morgan-Price (DOB 12/12/2019). Mosaic no. 1911562.

To be clear, this is not an immediate safeguarding matter and nobody is at risk tonight - the children are staying with their nan this week while mum is away on a course, and dad is not living there. My worry is longer term: dad has relapsed into drinking since Christmas, and mum has said that if he comes back "she won't be able to stop him". If he did come back and start drinking in the house again, I would be worried for the children, so I'd like a social worker's view now rather than later.

My manager, Lorna Hughes, agrees it should go up.

Thanks
Rachel

Rachel Ingram
Family Support Worker, Herefordshire Early Help (Ross-on-Wye)
""")
    root = text_part(body)
    top = plain_top(f, addr("Ingram, Rachel", "Rachel.Ingram@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step up? - Morgan-Price family", when, HDOM, "Microsoft Outlook 16.0")
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 5, "near_miss",
        "step_up", False, None, ["1911562"],
        [ch("Alfie Morgan-Price", "2017-04-04"), ch("Evie-Mae Morgan-Price", "2019-12-12")],
        ["substance_misuse"], None, True, [], None, "human_review",
        "Near miss: negated ('not an immediate safeguarding matter and nobody is at risk tonight') and "
        "hypothetical ('If he did come back ...') -> not urgent. A step-up to Herefordshire, whose seed defines "
        "no step-up -> human_review with missing [] and notice null. Current concern: dad's drinking relapse.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2028-02-04 10:30:00"
    desc = T("""
Practice workshop for Early Help co-ordinators and family support workers.

Please read the case study before the session. It is FICTIONAL and based on no real family.

Case study - 'Child K' (aged 6) and 'Baby L' (aged 4 months)
A step-down plan arrives on a Friday afternoon. In the last paragraph the social worker mentions that mum's new partner, a Schedule 1 offender, is 'moving in tonight', and that mum 'can't see the problem'. The plan itself is complete and mum has signed the consent form.

Questions for discussion:
1. Is this an immediate risk? Who do you ring, and on what number, at 4.45pm on a Friday?
2. Should the step-down be processed, paused or returned?
3. What would you record on Mosaic, and where?

Please bring a recent step-down plan (anonymised) to look at in pairs.

Wilfred Oyelaran
Early Help Co-ordinator Manager
""")
    cal = ics("REQUEST", f, dt(when), "20280222T133000", "20280222T150000",
              "Practice workshop: recognising immediate risk at step-down (case study)",
              "Plough Lane offices, Room G.14, Hereford", desc,
              ("Wilfred Oyelaran", "wilfred.oyelaran@" + HDOM),
              [("Early Help Co-ordinators", HEH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Verity Lang", "verity.lang@" + HDOM, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Xavier Moss", "xavier.moss@" + HDOM, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    txt = "When: Tuesday, 22 February 2028 13:30-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Plough Lane offices, Room G.14, Hereford\n\n" + desc
    root = multipart("alternative", [
        text_part(txt, crlf=True), text_part(html_of(txt), "html", crlf=True),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
              ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))], bnd(f, 1))
    top = outlook_top(f, addr("Oyelaran, Wilfred", "wilfred.oyelaran@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Practice workshop: recognising immediate risk at step-down (case study)", when,
                      cc=addr("Lang, Verity", "verity.lang@" + HDOM) + ", " + addr("Moss, Xavier", "xavier.moss@" + HDOM))
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 1, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, training text: a workshop invitation (iTIP REQUEST) whose DESCRIPTION carries a FICTIONAL "
        "case study ('Child K', 'Baby L', a Schedule 1 offender 'moving in tonight') -> no real child, not "
        "urgent; an invitation is not a reply -> other, human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2028-01-18 09:05:33"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Xavier Moss at the drop-in on 11 January, please find attached the Early Help Assessment step-down plan and the family's signed consent form for the Preece sibling group, stepping down to level 3 (Intensive):

- Lily Preece, DOB 05/05/2015
- Jack Preece, DOB 23/10/2017
- Noah Preece, DOB 14/02/2022

Mosaic no. 1902337.

Key person agreed with the family: Sarah Dunne, Family Support Worker, Leominster Family Hub (Herefordshire Early Help), 01632 960310.

The plan picks up the two remaining worries: home conditions and routines (much better since the autumn) and Ms Preece's depression, for which she is seeing her GP and Talking Therapies.

The Child & Family Assessment decision was on 13 January, so this is within the two weeks.

Amy Whitcombe
Social Worker, Children in Need (Leominster)
Herefordshire Council
""")
    plan = make_pdf("Early Help Assessment step-down plan - Preece", [
        "Children: Lily Preece (05/05/2015), Jack Preece (23/10/2017), Noah Preece (14/02/2022).",
        "Mosaic no. 1902337. Key person: Sarah Dunne, Leominster Family Hub.",
        "Wellbeing plan: home routines - Sarah Dunne weekly - 12 weeks; mum's GP and Talking Therapies - ongoing; "
        "Noah's nursery place - from February."])
    cons = make_pdf("Consent to Early Help - Preece", [
        "I give consent for my family to receive Early Help and for information to be shared.",
        "Signed: D. Preece (mother), 13/01/2028."])
    root = multipart("mixed", [text_part(body),
                               binary_part("application/pdf", "EHA step-down plan - Preece.pdf", plan),
                               binary_part("application/pdf", "Signed consent - Preece.pdf", cons)], bnd(f, 1))
    top = plain_top(f, addr("Amy Whitcombe", "amy.whitcombe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step-down plan - Preece children - Mosaic 1902337", when, HDOM,
                    None, extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 8, "ordinary",
        "step_down", False, 3, ["1902337"],
        [ch("Lily Preece", "2015-05-05"), ch("Jack Preece", "2017-10-23"), ch("Noah Preece", "2022-02-14")],
        ["neglect", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (Thunderbird, LF): EHA step-down plan, signed consent "
        "form and key person with agency -> book_meeting; level 3 stated.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2028-02-24 14:20:09"
    body = T("""
Dear Co-ordinators,

I send you the Early Help Assessment step-down plan for Kacper Nowak, born 01.09.2013, Mosaic no. 1920488. I have discussed with Verity Lang on the Tuesday drop-in this week and she said it is fine to send.

Mother gave her agreement for the step-down by the phone yesterday, but the written consent form she did not sign yet, because she is working nights this week. I will bring the form to her on Monday and send it to you after, I hope this is acceptable.

The key person which the family agreed is Mr Tomasz Zielinski, Youth Worker, Hereford Youth Hub (Herefordshire Early Help). Kacper likes him very much, they speak Polish together.

The main worry which remains is the school attendance of Kacper (79%) - the plan is about this.

With kind regards,
Katarzyna W\u00f3jcik
Locum Social Worker, Children in Need (Hereford)
""")
    plan = make_pdf("Early Help Assessment step-down plan - Kacper Nowak", [
        "Child: Kacper Nowak, born 01/09/2013. Mosaic no. 1920488.",
        "What needs to happen: attendance to 95% - school attendance officer and key person - by July 2028.",
        "Key person: Tomasz Zielinski, Hereford Youth Hub."])
    root = multipart("mixed", [text_part(body, cte="base64", crlf=True),
                               binary_part("application/pdf", "EHA step-down plan - Nowak.pdf", plan)], bnd(f, 1))
    top = outlook_top(f, addr("W\u00f3jcik, Katarzyna", "Katarzyna.Wojcik@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan for Kacper Nowak", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 6, "ordinary",
        "step_down", False, None, ["1920488"], [ch("Kacper Nowak", "2013-09-01")], ["school_attendance"],
        True, None, ["consent_form"], None, "request_info",
        "Step-down from a social worker writing in non-native English (base64 body): plan attached and key "
        "person with agency, but consent is verbal only ('the written consent form she did not sign yet') -> "
        "consent true, consent_form missing -> request_info. DOB written 01.09.2013.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2028-02-21 16:05:40"
    text = "I'll bring the draft plan on my laptop. Tom\n"
    cal = ics("REPLY", f, dt(when), "20280222T100000", "20280222T103000",
              "Step-down drop-in [SB-herefordshire-41]", "Microsoft Teams", None,
              ("Verity Lang", "verity.lang@" + HDOM),
              [("Tom Reddy", "Tom.Reddy@" + HDOM, "REQ-PARTICIPANT", "ACCEPTED")],
              extra=["COMMENT;LANGUAGE=en-GB:" + ics_escape(text.strip())])
    root = multipart("alternative", [
        text_part(text, crlf=True),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
              ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))], bnd(f, 1))
    top = outlook_top(f, addr("Reddy, Tom", "Tom.Reddy@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Accepted: Step-down drop-in [SB-herefordshire-41]", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 2, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, for a Tuesday drop-in, with a one-line comment -> meeting_reply, "
        "record_reply.")

# ============================================================================= self-checks
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority and kind ("children" always).
REQ = {
    ("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
    ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                    "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
}
DEFINED = {(a, k) for (a, k, _l) in REQ}
BANK_HOLIDAYS = {date(2027, 12, 27), date(2027, 12, 28), date(2028, 1, 3), date(2028, 4, 14), date(2028, 4, 17),
                 date(2028, 5, 1), date(2028, 5, 29), date(2028, 8, 28), date(2028, 12, 25), date(2028, 12, 26)}
WINDOW = (datetime(2028, 1, 10, tzinfo=UTC), datetime(2028, 2, 25, 23, 59, 59, tzinfo=UTC))

def working_days(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def expected_next(auth, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (auth, k) not in DEFINED:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def readable(msg):
    from pypdf import PdfReader
    import io
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            h = part.get_content()
            alts = re.findall(r'alt="([^"]*)"', h)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", " ", h))))
            out += [html.unescape(a) for a in alts]
        elif ct == "text/calendar":
            c = part.get_content().replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "application/pdf":
            r = PdfReader(io.BytesIO(part.get_payload(decode=True)))
            out += [p.extract_text() for p in r.pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def check():
    errors = []
    def err(f, m):
        errors.append("%s: %s" % (f, m))
    seen_files = set()
    for lab in LABELS:
        f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
        assert f not in seen_files; seen_files.add(f)
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                      "manager_agreed", "missing", "notice_ok", "next_action"}:
            err(f, "expect keys")
        if e["kind"] not in KINDS: err(f, "kind")
        if e["next_action"] != expected_next(a, e): err(f, "next_action %s != %s" % (e["next_action"], expected_next(a, e)))
        if e["urgent"] != (CATS[f] == "urgent"): err(f, "urgent vs category")
        if CATS[f] not in ("urgent", "near_miss", "ordinary"): err(f, "category")
        if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err(f, "concerns")
        if e["missing"] != sorted(set(e["missing"])): err(f, "missing not sorted/unique")
        lvl = e["level"] if a == "knowsley" and e["kind"] == "step_down" else None
        if a == "knowsley" and e["kind"] == "step_down" and lvl is None:
            lvl = 3
        key = (a, e["kind"], lvl)
        allowed = REQ.get(key, set())
        if not set(e["missing"]) <= allowed: err(f, "missing ids not allowed for %s: %s" % (key, e["missing"]))
        if key not in REQ and e["missing"]: err(f, "missing must be [] for this kind")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err(f, "level")
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None): err(f, v)
        # missing facts that can be cross-checked against the label itself
        if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err(f, "consent vs missing")
        if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]): err(f, "manager vs missing")
        if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err(f, "case_id vs missing")
        if (not e["children"]) and "children" in allowed and "children" not in e["missing"]: err(f, "children missing")
        if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
            err(f, "duplicates")
        # notice (Knowsley step_up / step_down only)
        now = datetime.fromisoformat(lab["now"])
        meeting = META[f]["meeting"]
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if meeting is None:
                if e["notice_ok"] is not None: err(f, "notice_ok must be null without a date")
                if "meeting_details" not in e["missing"]: err(f, "meeting_details should be missing")
            else:
                wd = working_days(now.date(), meeting)
                if e["notice_ok"] != (wd >= 5): err(f, "notice_ok %s but %d WD" % (e["notice_ok"], wd))
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        # the message itself
        data = FILES[f]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg[h] is None: err(f, "header %s" % h)
        for part in msg.walk():
            if part.defects: err(f, "defects %s" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None): err(f, "header defect %s %s" % (k, v.defects))
        rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
        if MAILBOXES[(a, mb)].lower() not in rcpt: err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if not (WINDOW[0] <= d <= WINDOW[1]): err(f, "Date outside window")
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err(f, "now not 1-10 min after Date")
        text = readable(msg)
        for c in e["children"]:
            if c["name"] not in text: err(f, "child %s not in text" % c["name"])
            if c["dob"]:
                y, m, dd = c["dob"].split("-")
                if not any(s in text for s in ("%s/%s/%s" % (dd, m, y), "%s.%s.%s" % (dd, m, y), c["dob"])):
                    err(f, "dob %s not in text" % c["dob"])
        for cid in e["case_ids"]:
            if cid not in text: err(f, "case id %s not in text" % cid)
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: err(a, "needs 8 files, has %d" % len(per.get(a, [])))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if not (13 <= tot["urgent"] <= 15 and 9 <= tot["near_miss"] <= 11 and sum(tot.values()) == 40):
        err("set", "category totals %s" % tot)
    return errors, tot

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = check()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    labels = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
