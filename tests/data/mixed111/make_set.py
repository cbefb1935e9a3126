#!/usr/bin/env python3
"""mixed111: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2035 (Monday 8 January - Thursday 29 March 2035), in teenage relationships and
abuse between young people.

Standard library only (python3 make_set.py). Deterministic: no clock, no randomness; MIME boundaries,
Message-IDs and calendar UIDs come from sha1 of the file name, .docx zips carry fixed timestamps, PDFs are
hand-built PDF 1.4 text pages. Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md, the
seeds and the policy packs; the self-checks below only verify them against those rules, and the script stops
on any error before anything is written.
"""

import hashlib, html, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WIN_START, WIN_END = date(2035, 1, 8), date(2035, 3, 29)
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger",
          "dangerous", "asap"]

# ---------------------------------------------------------------- calendar -------------------------------
def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, mo, da)

def bank_holidays(y):
    """England & Wales bank holidays (substitute days included)."""
    out = set()
    nyd = date(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += timedelta(1)
    out.add(nyd)
    es = easter(y)
    out |= {es - timedelta(2), es + timedelta(1)}
    d = date(y, 5, 1)
    while d.weekday() != 0:
        d += timedelta(1)
    out.add(d)
    d = date(y, 5, 31)
    while d.weekday() != 0:
        d -= timedelta(1)
    out.add(d)
    d = date(y, 8, 31)
    while d.weekday() != 0:
        d -= timedelta(1)
    out.add(d)
    xmas, box = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:
        out |= {date(y, 12, 27), date(y, 12, 28)}
    elif xmas.weekday() == 6:
        out |= {date(y, 12, 26), date(y, 12, 27)}
    elif box.weekday() == 5:
        out |= {xmas, date(y, 12, 28)}
    else:
        out |= {xmas, box}
    return out

BH = bank_holidays(2035)

def is_wd(d):
    return d.weekday() < 5 and d not in BH

def wd_between(today, meeting):
    """Working days d with today < d <= meeting (DESIGN.md, notice)."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(1)
        n += is_wd(d)
    return n

def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

# ---------------------------------------------------------------- documents ------------------------------
def pdf_bytes(title, lines):
    """A hand-built PDF 1.4 with uncompressed text (Helvetica, WinAnsi); one or more pages."""
    def esc(s):
        s.encode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    all_lines = [title, ""] + lines
    pages = [all_lines[i:i + 46] for i in range(0, len(all_lines), 46)]
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for j, l in enumerate(pl):
            if i == 0 and j == 0:
                ops += ["/F1 13 Tf", "(%s) Tj" % esc(l), "T*", "/F1 10 Tf"]
            else:
                ops += ["(%s) Tj" % esc(l), "T*"]
        ops.append("ET")
        stream = "\n".join(ops)
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    "/Contents %d 0 R >>" % (5 + 2 * i))
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (n, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(s.decode("latin-1"))
    return "\n".join(out)

DOCX_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.document.main+xml"/></Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/></Relationships>')

def docx_bytes(paras):
    """Minimal OOXML: one paragraph per line; a line starting '# ' is bold; a line with ' | ' is a table row."""
    body = []
    rows = []
    def flush():
        if rows:
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
            for r in rows:
                t.append("<w:tr>" + "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                            % html.escape(c.strip(), quote=False) for c in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            rows.clear()
    for p in paras:
        if " | " in p:
            rows.append(p.split(" | "))
            continue
        flush()
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % html.escape(p[2:], quote=False))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False))
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % "".join(body))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", DOCX_CT), ("_rels/.rels", DOCX_RELS),
                           ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2035, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>|</w:tc>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))

VTZ = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
       "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
       "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
       "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]

def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    """RFC 5545 folding: at most 75 octets a line, continuation lines start with a space."""
    out, b, limit = [], line.encode("utf-8"), 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
        limit = 74
    out.append(b.decode())
    return "\r\n ".join(out)

def ics(method, f, stamp, start, end, summary, location, organizer, attendees, comment=None, prodid=None):
    """stamp/start/end: local 'YYYY-mm-dd HH:MM'. attendees: [(name, email, partstat)]."""
    def loc(s):
        return "TZID=Europe/London:" + local(s).strftime("%Y%m%dT%H%M%S")
    utc = local(stamp).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:" + (prodid or "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
         "VERSION:2.0", "METHOD:" + method] + VTZ + ["BEGIN:VEVENT"]
    L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for n, e, ps in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s" % (n, ps, e))
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_esc(comment))
    L += ["UID:%s@mixed111.example" % hashlib.sha1((f + "uid").encode()).hexdigest()[:24].upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_esc(summary), "DTSTART;" + loc(start), "DTEND;" + loc(end),
          "DTSTAMP:" + utc, "SEQUENCE:0", "LOCATION:" + ics_esc(location), "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

# ---------------------------------------------------------------- mail -----------------------------------
DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

def html_of(text, font="Aptos"):
    paras = []
    for para in text.split("\n\n"):
        paras.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(html.escape(l, quote=False)
                                                                  for l in para.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(paras)))

def mk(f, when, frm, to, subject, text=None, *, cc=None, html_body=None, twin=False, atts=(), cte=None,
       client="outlook", extra=(), cal=None, reply_to_ref=None, crlf=True):
    """Build one message. atts: (kind, filename, payload) with kind pdf|docx|txt|ics."""
    dom = re.search(r"@([^>]+)", frm).group(1)
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(local(when))
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((f + "mid").encode()).hexdigest()[:30].upper(), dom)
    if reply_to_ref:
        m["In-Reply-To"] = "<%s@stepbot.example>" % reply_to_ref
        m["References"] = "<%s@stepbot.example>" % reply_to_ref
    for k, v in extra:
        m[k] = v
    if client == "outlook":
        m["X-MS-Has-Attach"] = "yes" if atts else ""
        m["Thread-Topic"] = re.sub(r"^(RE|FW|Fwd|Re): ", "", subject)
        m["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "iphone":
        m["X-Mailer"] = "iPhone Mail (22D72)"
    elif client == "android":
        m["X-Mailer"] = "Samsung Email (Android)"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if twin:
            m.add_alternative(html_of(text), subtype="html")
    elif html_body is not None:
        m.set_content(html_body, subtype="html")
    if cal is not None:
        method, ics_text = cal
        m.add_alternative(ics_text, subtype="calendar", params={"method": method})
    for kind, fn, payload in atts:
        if kind == "pdf":
            m.add_attachment(pdf_bytes(*payload), "application", "pdf", filename=fn)
        elif kind == "docx":
            m.add_attachment(docx_bytes(payload), *DOCX_MIME, filename=fn)
        elif kind == "txt":
            m.add_attachment(payload, filename=fn)
        elif kind == "ics":
            m.add_attachment(payload, subtype="calendar", filename=fn, params={"method": "REQUEST"})
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_mx111_%d_%s" % (n, hashlib.sha1((f + str(n)).encode()).hexdigest()[:20]))
    pol = email.policy.SMTP if crlf else email.policy.default
    return m.as_bytes(policy=pol)

# ---------------------------------------------------------------- the set --------------------------------
MAILS = []   # dicts: file, category, data, label, meeting (for notice checks), weekend_ok, alt_names

def add(f, cat, data, auth, mbox, now, kind, urgent, level, case_ids, children, concerns, consent, manager,
        missing, notice_ok, next_action, why, meeting=None, night=False):
    MAILS.append(dict(file=f + ".eml", category=cat, data=data, meeting=meeting, night=night, label={
        "file": f + ".eml", "authority": auth, "mailbox": mbox, "now": now,
        "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                   "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
                   "consent": consent, "manager_agreed": manager, "missing": sorted(missing),
                   "notice_ok": notice_ok, "next_action": next_action},
        "why": why}))

def now_of(when, minutes):
    return (local(when) + timedelta(minutes=minutes)).isoformat()

KMASH = "knowsleymash@knowsley.gov.uk"
KFF = "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"
RWMASH = "MASH-StepUP@richmondandwandsworth.gov.uk"
RWEH = "EarlyHelpDuty@richmondandwandsworth.gov.uk"
THMAST = "MAST@towerhamlets.gov.uk"
THEH = "EarlyHelpHub@towerhamlets.gov.uk"
TBMASH = "mash@torbay.gov.uk"
TBEH = "earlyhelp@torbay.gov.uk"
HFMASH = "mash@herefordshire.gov.uk"
HFEH = "earlyhelpcoordinators@herefordshire.gov.uk"

# =============================================== KNOWSLEY ===============================================
W = "2035-01-16 10:12"
add("knowsley_01", "ordinary", mk("knowsley_01", W,
    "Bernadette Okoye <bernadette.okoye@knowsley.gov.uk>", "Knowsley MASH <%s>" % KMASH,
    "Step up request - Tiegan McGovern - EHM-59822 - TAF Wed 24th Jan",
    """Hi MASH,

Please find attached a step up request for Tiegan McGovern (DOB 03/11/2020), case ID on EHM: EHM-59822.

Tiegan is 14 and has been open to Family First at level 3 since September. Since November she has been in a relationship with a man who told her he is 19; police believe he is 23. She has had four overnight missing episodes since October, coming back with new clothes, a new phone and vapes. Police served a Child Abduction Warning Notice on him on 4 January and he has not been seen near the house since; Tiegan has been home every night since and is back in school, but she is still messaging him from friends' phones.

I have completed the Merseyside Exploitation Assessment (attached), and the minutes of the last TAF on 11/01 are attached with the FF step up form.

My team manager, Lorraine Gaskell, discussed this with me in supervision yesterday and has agreed the step up.

The step up TAF meeting is booked for Wednesday 24th January 2035 at 10:00 on Teams - the calendar invite has gone to this inbox and MASH business support separately. I'll invite the current TAF members (school, school nurse, police CE team).

Thanks
Bernadette

Bernadette Okoye
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0184
""", cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>", twin=True, atts=[
        ("docx", "FF Step Up request to CSC - T McGovern.docx", [
            "# FF Step Up request to CSC", "Case ID on EHM: EHM-59822",
            "Has this family recently closed to Children's Social Care?: No",
            "Date of step up TAF meeting: Wednesday 24/01/2035 10:00, Teams",
            "Level of Engagement: medium - mum engaging, Tiegan partially",
            "Recent TAF meeting minutes attached: Yes (11/01/2035)",
            "# What are we worried about?",
            "Tiegan (14) is in a relationship with an adult male believed to be 23. Four missing episodes since October; gifts, new phone. CAWN served 04/01/2035.",
            "# What is working well?", "Tiegan has been home every night since 4 January and attends school. Mum is honest with professionals.",
            "# What next?", "Step up to CSC for a Child and Family Assessment; strategy discussion to be considered by MASH.",
            "Merseyside Exploitation Assessment - CE/CSE concern: completed 12/01/2035, attached.",
            "Agreement by line manager: Lorraine Gaskell, Team Manager, 15/01/2035 - agreed.",
            "Contingency plan: if Tiegan goes missing mum to report to police at once and inform the CE team."]),
        ("pdf", "TAF minutes 11-01-2035 McGovern.pdf", ("TAF meeting minutes - 11/01/2035", [
            "Family: McGovern. EHM-59822. Chair: Bernadette Okoye (Family First).",
            "Present: mum, Tiegan (part), school DSL, school nurse, PC Lyons (CE team).",
            "Discussed: missing episodes, CAWN served 04/01, gifts, phone checks.",
            "Actions: Family First to discuss step up with team manager; school to keep daily check-ins."])),
        ("pdf", "Merseyside Exploitation Assessment - TM.pdf", ("Merseyside Exploitation Assessment", [
            "Young person: Tiegan McGovern, 03/11/2020. Completed by B Okoye, 12/01/2035.",
            "Indicators: older 'boyfriend', gifts, missing episodes, new phone, secrecy.",
            "Overall: significant concern of child sexual exploitation."]))]),
    "knowsley", "mash_step_up", now_of(W, 4), "step_up", False, None, ["EHM-59822"],
    [("Tiegan McGovern", "2020-11-03")], ["exploitation", "missing"], None, True, [], True, "book_meeting",
    "Complete Knowsley step-up (REQUIREMENTS knowsley step_up: form, case id, TM agreement, TAF minutes, meeting, and the exploitation assessment the exploitation concern adds); TAF Wed 24 Jan is 6 WD from Tue 16 Jan; the CAWN and 'home every night since' make it not immediate.",
    meeting=date(2035, 1, 24))

W = "2035-01-18 09:05"
add("knowsley_02", "ordinary", mk("knowsley_02", W,
    "Lucy Heffernan <lucy.heffernan@nhs-knowsley0-19.example>", "Knowsley MASH <%s>" % KMASH,
    "Accepted: Step-up TAF - EHM-59822 T McGovern [SB-knowsley-311]",
    "I'll join from the school nurse base at Kirkby - may be 5 mins late as I have a Year 9 drop-in until 10.\n",
    cal=("REPLY", ics("REPLY", "knowsley_02", W, "2035-01-24 10:00", "2035-01-24 11:30",
                      "Step-up TAF - EHM-59822 T McGovern [SB-knowsley-311]", "Microsoft Teams Meeting",
                      ("Knowsley MASH", KMASH), [("Lucy Heffernan", "lucy.heffernan@nhs-knowsley0-19.example",
                                                  "ACCEPTED")],
                      comment="I'll join from the school nurse base at Kirkby - may be 5 mins late as I have a Year 9 drop-in until 10.")),
    extra=[("Content-Class", "urn:content-classes:calendarmessage")]),
    "knowsley", "mash_step_up", now_of(W, 3), "meeting_reply", False, None, ["EHM-59822"], [], [], None, None,
    [], None, "record_reply",
    "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with a COMMENT from the school nurse for knowsley_01's TAF; DESIGN kind meeting_reply -> record_reply; the case id is the SUMMARY's.")

W = "2035-02-01 12:41"
add("knowsley_03", "urgent", mk("knowsley_03", W,
    "Siobhan Kearney <s.kearney@kirkbyvale.example.ac.uk>", KMASH,
    "15 yr old student - marks on her neck, boyfriend parked at the college gate now",
    """Hello,

I'm the safeguarding officer at Kirkby Vale College. I've tried the MASH duty line twice and it keeps going to a queue so I'm emailing as well while I keep trying.

Student: Jessica O'Hare, DOB 22.05.2019 (15), on our 14-16 programme. Lives with mum in Northwood.

At 12.15 today Jessica came into student services crying. She has red marks in a line round the front and both sides of her neck and a small burst blood vessel in her left eye. She told me, in her words: "Kyle put his hands round my neck last night til I couldn't breathe and it all went black for a second". Kyle is her boyfriend; she thinks he's 18; he isn't a student here. It happened at his mate's flat at about 11pm. She says it's the second time since Christmas.

He has been sat in a silver Corsa across from the main gate since just after 12. He's been messaging her all morning (she showed me): "come out now", "im not leaving til ur in the car", "dont make me come in there". She finishes at 1.30 and says that if she doesn't go out to him he'll go round to her mum's tonight. She doesn't want to go home either because he knows where she lives.

Mum isn't answering her phone. Jessica is with me in student services and I'm keeping her here; campus security know he's outside. I haven't told Jessica I'm contacting anyone apart from her mum yet.

Please can someone ring me back on 0151 496 0772 or my mobile 07700 900318.

Siobhan Kearney
Safeguarding Officer | Kirkby Vale College
""", twin=True),
    "knowsley", "mash_step_up", now_of(W, 3), "other", True, None, [], [("Jessica O'Hare", "2019-05-22")],
    ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1: a 15-year-old strangled by her boyfriend last night, who is parked at the college gate now and threatens to go to her home tonight; a college report, not a lead professional's step request, so kind other.")

W = "2035-01-22 11:20"
add("knowsley_04", "near_miss", mk("knowsley_04", W,
    "Daniel Rooney <d.rooney@staidans.example.sch.uk>", KMASH,
    "Relationships Week (w/c 12 Feb) - could someone from MASH speak? lesson plan attached",
    """Dear MASH team,

I'm the PSHE lead at St Aidan's Catholic High. We're running a Healthy Relationships Week for Years 9-11 in the week of 12 February and I wondered whether a social worker from MASH could do a 20-minute talk to Year 10 about what happens when someone tells a teacher about abuse in a relationship.

I've attached the lesson plan so you can see what the students will already have covered. The scenarios in it (a boyfriend tracking a girl on Snap Map, an ex threatening to post pictures "tonight", a 15-year-old whose 'boyfriend' is 22, strangulation during sex being presented as normal) are all made up for the lesson - they're not about any of our students.

Any afternoon that week would work. No worries if you can't - I know you're busy.

Kind regards,
Daniel Rooney
Head of PSHE, St Aidan's Catholic High School, Kirkby
""", client="gmail", atts=[("docx", "Y10 Healthy Relationships lesson plan.docx", [
        "# Year 10 PSHE - Healthy relationships: control, consent and getting help",
        "Learning objectives: recognise coercive control; understand consent and the law; know how to get help.",
        "# Starter: 'Is it love or control?' card sort (10 mins)",
        "# Scenarios (fictional - for discussion only)",
        "Mia, 15: her boyfriend checks her phone every night and tracks her on Snap Map. What are the warning signs?",
        "Jordan, 16: after a break-up his ex says she'll post his pictures tonight unless he meets her. What should he do, and who can he tell?",
        "Leah, 15: her 'boyfriend' is 22 and picks her up from school. Why is this against the law, whatever she says?",
        "Strangulation is never 'just part of sex': the law (non-fatal strangulation offence) and the health facts.",
        "# Plenary: where to get help - trusted adult, DSL, Childline 0800 1111, Report Remove."])]),
    "knowsley", "mash_step_up", now_of(W, 5), "other", False, None, [], [], [], None, None, [], None, "human_review",
    "NEAR MISS - a PSHE lesson plan whose scenarios are fictional ('made up for the lesson'); safety rule 1: training and hypothetical risk must not trigger; a speaker request is kind other -> human_review.")

W = "2035-02-05 14:30"
add("knowsley_05", "ordinary", mk("knowsley_05", W,
    "Ruth Fenwick-Shaw <ruth.fenwick-shaw@knowsley.gov.uk>", "Family First Duty <%s>" % KFF,
    "Step down to Level 2 - Reuben Ashcroft (ICS-2210463) - final CIN 13/02",
    """Hello Family First duty,

I'm giving notice of a step down to a Level 2 service for Reuben Ashcroft, DOB 09-10-2020 (14), ICS-2210463. My team manager Paul Devlin has agreed the step down.

Final CIN meeting: Tuesday 13 February 2035 at 3.30pm, Huyton Youth Hub, Room 2.

Lead Practitioner taking over: Sophie Crank, School Nurse, Knowsley 0-19 Healthy Child Service (she has agreed to take the lead and will attend the CIN).

What are we worried about?
Reuben's attendance dropped to 88% in the autumn term and he still has days of low mood when he won't get up. Mum works nights and mornings are hard. Last year a 17-year-old girl pressured him into sending pictures; police dealt with that in August and she has had no contact with him since - this is not a current worry.

What is working well?
Reuben talks openly to Sophie and to his form tutor. He has joined the boxing club and goes three times a week. Mum has changed her shift pattern from March.

What needs to happen?
Sophie to continue weekly check-ins; school to keep the attendance plan with a morning call; Reuben to keep his CAMHS getting-help appointments; TAF review in 6 weeks.

Mum and Reuben both agreed to the step down at the last review.

Thanks,
Ruth Fenwick-Shaw
Social Worker, Child in Need Team 2, Knowsley Children's Social Care
""", twin=True),
    "knowsley", "early_help_duty", now_of(W, 6), "step_down", False, 2, ["ICS-2210463"],
    [("Reuben Ashcroft", "2020-10-09")], ["school_attendance"], True, True, [], True, "book_meeting",
    "Complete Knowsley level 2 step-down (meeting date, time and venue; the three Signs of Safety headings; a named lead practitioner with agency); final CIN Tue 13 Feb is 6 WD from Mon 5 Feb; the image pressure is past and dealt with, so not a concern.",
    meeting=date(2035, 2, 13))

W = "2035-03-09 18:52"
add("knowsley_06", "urgent", mk("knowsley_06", W,
    "Ioana Dumitru <ioana.dumitru83@example.com>", KFF, "please help my daughter tonight",
    """Hello,

I am the mother of Daria Dumitru, she is 14 years (born 30/08/2020). Your worker Mrs Karen Whitfield from Family First she come to us before christmas, I write here because is Friday night and nobody answer the phone of Karen.

Daria have a "boyfriend", his name is Marius, he is 22 years. Today I see on her phone the messages. He say he will come with his car at 8 o'clock tonight to take her to his flat in Bootle to sleep there all the weekend. She packed a bag, she hide it under the bed. When I say no she tell me she will go out from the window, she say they are in love and I am stupid. He send her money and a new phone before.

I am alone with her and her little brother, my husband work in Germany. I can not stop her, he is a man. Please somebody call me 07700 900641.

Ioana Dumitru

Sent from my Samsung Galaxy
""", client="android", cte="base64", crlf=False),
    "knowsley", "early_help_duty", now_of(W, 4), "other", True, None, [], [("Daria Dumitru", "2020-08-30")],
    ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 out of hours (Friday 18:52): a 14-year-old's 22-year-old 'boyfriend' is collecting her at 8 tonight to stay at his flat; a parent's mail in non-native English, kind other.", night=True)

W = "2035-03-07 10:05"
add("knowsley_07", "near_miss", mk("knowsley_07", W,
    "Mohammed Idris <mohammed.idris@knowsley.gov.uk>", KFF,
    "Level 3 step down - Skye Malone ICS-2231907 - joint home visit Thu 15/03",
    """Hi,

Level 3 step down to Family First for Skye Malone, DOB 1st December 2018 (16), ICS-2231907.

Joint home visit: Thursday 15 March 2035 at 10:00, at the family home, 22 Whitefield Drive, Kirkby. Could a Family First case manager come with me please?

Consent: mum (Carla Malone) and Skye both gave consent to Family First at the CIN review on 1 March.

Background so you have it: in October Skye's ex-boyfriend (19) threatened to share images of her and turned up at the house after they split up. Police arrested him the same night; he was charged, is on bail with conditions not to contact Skye or enter Knowsley, and has moved to Scotland. There has been no contact at all since 27 October and Skye has blocked him everywhere. That part of the work is finished.

What are we worried about?
Skye's attendance is 84% and she is still anxious going out on her own. Mum's own anxiety and low mood make it hard for her to get Skye to college.

What is working well?
Skye is back at college four days a week, sees the college counsellor and has a part-time job. Mum has started with Talking Therapies.

What needs to happen?
Family First to support attendance and confidence; mum to continue Talking Therapies; college to review Skye's timetable at half term.

Thanks
Mohammed Idris
Social Worker, Assessment Team, Knowsley Children's Social Care
""", twin=True),
    "knowsley", "early_help_duty", now_of(W, 5), "step_down", False, 3, ["ICS-2231907"],
    [("Skye Malone", "2018-12-01")], ["parental_mental_health", "school_attendance"], True, None, [], True,
    "book_meeting",
    "NEAR MISS - a break-up, threats and images in October, already dealt with (charged, bail, moved away, no contact since 27 Oct); otherwise a complete level 3 step-down (date, time, venue, three headings, consent), 6 WD from Wed 7 to Thu 15 March.",
    meeting=date(2035, 3, 15))

W = "2035-03-20 14:05"
INV = ics("REQUEST", "knowsley_08", W, "2035-03-28 10:00", "2035-03-28 11:30",
          "Step up TAF - Kaci-Leigh Brennan EHM-60417", "Family First Hub, Kirkby - Room 3 / Teams",
          ("Shauna Tierney-Byrne", "shauna.tierney-byrne@knowsley.gov.uk"),
          [("Knowsley MASH", KMASH, "NEEDS-ACTION"),
           ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")])
add("knowsley_08", "ordinary", mk("knowsley_08", W,
    "Shauna Tierney-Byrne <shauna.tierney-byrne@knowsley.gov.uk>",
    "Knowsley MASH <%s>, MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>" % KMASH,
    "Step up TAF - Kaci-Leigh Brennan EHM-60417 - Wed 28 March 10:00",
    """Hi both,

Invite attached for the step up TAF for Kaci-Leigh Brennan (15, DOB 12.06.2019), EHM-60417 - Wednesday 28th March at 10am, Family First Hub in Kirkby (Room 3) with a Teams link for anyone who can't get there.

Kaci-Leigh's boyfriend (17) has her location on Life360 and checks her phone every night; she's stopped seeing her friends, he tells her what she can wear, and she only goes into school on the days he's at work - attendance is 61% this half term. She says she's "fine" and doesn't want to end it. Nothing has happened that needs anything today; I'm seeing her tomorrow in school.

Step up form and the minutes of the TAF on 13/03 are attached. My TM Janine Rowe agreed the step up in supervision this morning.

Sorry it's a bit tight with Easter - it was the only morning school could do.

Shauna
Family First Case Manager, Knowsley
""", atts=[("ics", "Step up TAF - Brennan.ics", INV),
           ("docx", "FF Step Up request to CSC - KL Brennan.docx", [
               "# FF Step Up request to CSC", "Case ID on EHM: EHM-60417",
               "Date of step up TAF meeting: 28/03/2035 10:00",
               "# What are we worried about?", "Controlling relationship with a 17-year-old boyfriend: location tracking, phone checks, isolation from friends; attendance 61%.",
               "# What is working well?", "Kaci-Leigh still talks to her form tutor; mum is worried and working with us.",
               "# What next?", "C&F assessment; school attendance plan; relationship work with Kaci-Leigh.",
               "Agreement by line manager: Janine Rowe - agreed 20/03/2035."]),
           ("pdf", "TAF minutes 13.03.2035 - Brennan.pdf", ("TAF meeting minutes 13/03/2035", [
               "Family: Brennan, EHM-60417. Present: mum, school attendance officer, Family First.",
               "Agreed: case manager to discuss step up with team manager."]))]),
    "knowsley", "mash_step_up", now_of(W, 4), "step_up", False, None, ["EHM-60417"],
    [("Kaci-Leigh Brennan", "2019-06-12")], ["domestic_abuse", "school_attendance"], None, True, [], False,
    "request_info",
    "Knowsley step-up sent with its calendar invitation (seed 004), complete, but the TAF on Wed 28 March is only 4 WD from Tue 20 March: Good Friday 23 and Easter Monday 26 March are bank holidays (6 plain weekdays) -> notice not ok -> request_info.",
    meeting=date(2035, 3, 28))

# =============================================== RICHMOND & WANDSWORTH ==================================
W = "2035-01-09 10:40"
add("richmond_wandsworth_01", "ordinary", mk("richmond_wandsworth_01", W,
    "Annika Sørensen-Blake <annika.sorensen-blake@richmondandwandsworth.gov.uk>", "MASH Step Up <%s>" % RWMASH,
    "FW: Step up - Olu Adebayo-Price (Mosaic ID 3120457)",
    """MASH Step Up team,

I've discussed Olu with Jamal in supervision this morning and I agree this now needs to step up to Children's Services. The latest case summary is attached and the rationale is in Jamal's note below.

Annika Sørensen-Blake
Early Help Team Manager (Wandsworth North)

From: Jamal Oyelowo <jamal.oyelowo@richmondandwandsworth.gov.uk>
Sent: 08 January 2035 16:51
To: Annika Sørensen-Blake <annika.sorensen-blake@richmondandwandsworth.gov.uk>
Subject: Step up - Olu Adebayo-Price (Mosaic ID 3120457)

Hi Annika, as discussed -

Olu Adebayo-Price, DOB 14/07/2019 (15), Mosaic ID 3120457.

Rationale for step up
Over the autumn Olu was pressured by an 18-year-old woman he met through a friend's older sister into sending intimate images and into sexual activity at her flat. She then demanded money to stop her sharing the images. This is sexual harm and exploitation by an adult, and Early Help cannot hold it: it needs a Child and Family Assessment and the police investigation needs social care alongside it. Olu has withdrawn from friends and his attendance has fallen to 79%.

Current position: police interviewed the woman on 5 January and she is on bail not to contact Olu; there has been no contact since. Olu is living with dad, who is protective. Dad (Mr Femi Adebayo) agrees to the step up.

Jamal
Early Help Practitioner
""", twin=True, atts=[("pdf", "Case summary - O Adebayo-Price Jan 2035.pdf", ("Early Help case summary", [
        "Child: Olu Adebayo-Price, 14/07/2019. Mosaic ID 3120457.",
        "Household: dad Femi Adebayo; older brother at university.",
        "Early Help involvement since 10/2034: attendance, low mood.",
        "12/2034: disclosure to school of images and sexual activity with an 18-year-old woman; demands for money.",
        "Police investigation open; bail conditions set 05/01/2035."]))]),
    "richmond_wandsworth", "mash_step_up", now_of(W, 5), "step_up", False, None, ["3120457"],
    [("Olu Adebayo-Price", "2019-07-14")], ["exploitation", "school_attendance", "sexual_harm"], True, True, [],
    None, "book_meeting",
    "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000: latest case summary attached, rationale under its own heading in the forwarded note); a boy pressured by an older woman, bail and no contact, so not immediate.")

W = "2035-01-11 16:02"
add("richmond_wandsworth_02", "ordinary", mk("richmond_wandsworth_02", W,
    "Jamal Oyelowo <jamal.oyelowo@richmondandwandsworth.gov.uk>",
    "MASH Step Up <%s>" % RWMASH,
    "Declined: Step-up case discussion - Mosaic 3120457 [SB-richmond_wandsworth-882]",
    "Sorry - I'm at youth court with another young person all Friday afternoon. Annika will attend and I've briefed her. Could you keep me on the minutes please?\n",
    cal=("REPLY", ics("REPLY", "richmond_wandsworth_02", W, "2035-01-12 14:00", "2035-01-12 15:00",
                      "Step-up case discussion - Mosaic 3120457 [SB-richmond_wandsworth-882]", "Microsoft Teams Meeting",
                      ("MASH Step Up", RWMASH),
                      [("Jamal Oyelowo", "jamal.oyelowo@richmondandwandsworth.gov.uk", "DECLINED")],
                      comment="Sorry - I'm at youth court with another young person all Friday afternoon. Annika will attend and I've briefed her. Could you keep me on the minutes please?")),
    extra=[("Content-Class", "urn:content-classes:calendarmessage")]),
    "richmond_wandsworth", "mash_step_up", now_of(W, 2), "meeting_reply", False, None, ["3120457"], [], [], None,
    None, [], None, "record_reply",
    "Outlook iTIP REPLY, PARTSTAT=DECLINED with a COMMENT, for richmond_wandsworth_01's step-up case discussion; 'Mosaic 3120457' in the SUMMARY gives the bare number (DESIGN case_ids label rule).")

W = "2035-01-22 15:24"
add("richmond_wandsworth_03", "urgent", mk("richmond_wandsworth_03", W,
    "Priya Natarajan <p.natarajan@southfieldspark.example.sch.uk>", RWMASH,
    "Year 10 girl - ex threatening to send round her photos and come to her house tonight",
    """Hello,

I'm the DSL at Southfields Park Academy. I was given this address by a colleague - please pass on if it should go elsewhere.

Maisie Okafor-Lund, Year 10, DOB 19/02/2020, came to me at the end of period 5 with her phone. Her ex-boyfriend Callum (16, Year 11 at another school) split up with her on Sunday and has been messaging her non-stop since. Copied exactly from her screenshots:

  "unblock me or im sending them pics to everyone in ur year"
  "u got til 9 tonight"
  "im coming round urs after, i know ur mums on nights"
  "u think ur safe in that house lol"

He has intimate pictures she sent him in December. He already put one (face cropped) on a Snapchat story at lunchtime - two girls in her form saw it before it went.

Maisie's mum is a nurse on nights and leaves at 7.30pm; Maisie is at home with her brother (8) until the morning. She is terrified and has asked me not to let her go home on her own. She is in my office with me now. Our Safer Schools Officer is on her way in but I was told to email you as well.

Mum's mobile: 07700 900512. School: 020 7946 0388.

Priya Natarajan
Designated Safeguarding Lead, Southfields Park Academy
""", client="gmail"),
    "richmond_wandsworth", "mash_step_up", now_of(W, 4), "other", True, None, [],
    [("Maisie Okafor-Lund", "2020-02-19")], ["domestic_abuse", "sexual_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1: an ex-boyfriend threatening to share a 14-year-old's intimate images by 9 tonight and to come to her house when her mother is at work, one image already posted; a school DSL's report, kind other.")

W = "2035-01-31 11:15"
RW04_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Early Help duty,</p>
<p class="MsoNormal">Confirming the step-down case discussion I agreed with Jasper Quint on the phone this morning: <b>Monday 5 February 2035 at 2pm</b>, Teams.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Young person</b></td><td>Freya Lindqvist-Hale</td></tr>
<tr><td><b>DOB</b></td><td>05/09/2019</td></tr>
<tr><td><b>Mosaic ID</b></td><td>3098811</td></tr>
<tr><td><b>Consent</b></td><td>Freya and her dad Magnus Lindqvist both consented to Early Help continuing the plan at the CIN review on 29/01</td></tr>
<tr><td><b>Attached</b></td><td>Latest case summary (PDF); draft Early Help plan (Word)</td></tr>
</table>
<p class="MsoNormal">For background: in November an intimate image of Freya was shared round Year 11 by a boy she had been seeing. School and the police dealt with it the same week, the image was taken down through Report Remove, the boy was moved to another school and Freya has finished her counselling. There has been nothing further since 20 November and it is not a current concern.</p>
<p class="MsoNormal">What is left for Early Help is support for dad, whose depression has come back since Christmas, and help with Freya's confidence.</p>
<p class="MsoNormal">Kind regards,<br>Hamza Qureshi<br>Social Worker, Family Support and Child Protection, Richmond</p>
</div></body></html>
"""
add("richmond_wandsworth_04", "near_miss", mk("richmond_wandsworth_04", W,
    "Hamza Qureshi <hamza.qureshi@richmondandwandsworth.gov.uk>", "Early Help Duty <%s>" % RWEH,
    "Step down - Freya Lindqvist-Hale - case discussion Mon 5th Feb agreed with Jasper", html_body=RW04_HTML,
    atts=[("pdf", "Case summary Lindqvist-Hale.pdf", ("Case summary - Freya Lindqvist-Hale", [
              "Mosaic ID 3098811. DOB 05/09/2019.",
              "11/2034: image-sharing incident - school and police action completed; Report Remove; no contact.",
              "CIN plan: emotional wellbeing; dad's mental health. CIN review 29/01/2035 recommended step down."])),
          ("docx", "Draft Early Help plan - Freya L-H.docx", [
              "# Draft Early Help plan", "Freya Lindqvist-Hale, 05/09/2019",
              "Outcome 1: dad supported with his mental health (GP, Talking Therapies).",
              "Outcome 2: Freya's confidence - youth mentoring at school.",
              "Review: 4 weeks after handover."])]),
    "richmond_wandsworth", "early_help_duty", now_of(W, 6), "step_down", False, None, ["3098811"],
    [("Freya Lindqvist-Hale", "2019-09-05")], ["parental_mental_health"], True, None, [], None, "book_meeting",
    "NEAR MISS - an image shared in November, dealt with by school and police the same week, 'not a current concern'; HTML-only Outlook step-down, complete for Richmond & Wandsworth (case summary, draft plan, consent).")

W = "2035-02-14 20:35"
add("richmond_wandsworth_05", "near_miss", mk("richmond_wandsworth_05", W,
    "Lisa Marchant <lisa.marchant77@example.com>", RWEH,
    "Advice please - not an emergency",
    """Hi,

I hope this is ok to send here, I found the address on the council website.

My daughter Lily is 13. Last night we watched the storyline on Riverside Road where the teenage girl's boyfriend tracks her phone and then strangles her at the party. Lily got really upset and asked me loads of questions - could that happen to her, how would you know, what would she do.

I want to say straight away that nothing like this is happening to Lily. She isn't seeing anyone (I've asked and so has her dad), she's happy at school and she tells me everything, sometimes too much! It's just made me realise I don't know what to say to her.

Is there a leaflet about healthy relationships, or a course or group in Richmond I could do with her? Happy Valentine's Day to you all :)

Thanks
Lisa Marchant
""", client="iphone"),
    "richmond_wandsworth", "early_help_duty", now_of(W, 4), "other", False, None, [], [], [], None, None, [], None,
    "human_review",
    "NEAR MISS - a TV storyline, with the parent stating 'nothing like this is happening to Lily'; safety rule 1 (negated, fictional) does not trigger; a request for leaflets is kind other; Lily has no surname so no child is labelled.",
    night=True)

W = "2035-03-06 10:05"
add("richmond_wandsworth_06", "ordinary", mk("richmond_wandsworth_06", W,
    "Chidi Eze <chidi.eze@richmondandwandsworth.gov.uk>", "Early Help Duty <%s>" % RWEH,
    "Step down request - Tomasz Zieliński - Mosaic 3107726",
    """Hello,

I'd like to step Tomasz Zieliński (DOB 11.03.2021) down to Early Help after his CIN plan ends. Mosaic 3107726. I'll ring Jasper to agree a time for the case discussion.

Tomasz was on a CIN plan after older boys from his ex-girlfriend's estate threatened him in the autumn; that family moved away in December and there have been no further incidents. The remaining need is his attendance (81% this term).

Case summary attached. The draft plan will follow once I've written it up after the review.

I discussed Early Help with his mum, Mrs Agnieszka Zielińska, on 2 March and she has declined - she says they don't need anyone else now things have settled. I'll try once more but wanted to start this off.

Chidi Eze
Social Worker, Wandsworth Children's Services
""", twin=True, atts=[("pdf", "Case summary - T Zielinski.pdf", ("Case summary", [
        "Tomasz Zielinski, 11/03/2021. Mosaic 3107726.", "CIN since 10/2034; threats from older youths (ended 12/2034).",
        "Attendance 81%. Mum declined Early Help on 02/03/2035."]))]),
    "richmond_wandsworth", "early_help_duty", now_of(W, 3), "step_down", False, None, ["3107726"],
    [("Tomasz Zieliński", "2021-03-11")], ["school_attendance"], False, None, ["consent", "draft_plan"], None,
    "request_info",
    "Richmond & Wandsworth step-down needs case summary, draft plan and consent: the plan is 'to follow' and mum 'has declined' (consent false), so both missing -> request_info.")

W = "2035-03-13 21:14"
add("richmond_wandsworth_07", "urgent", mk("richmond_wandsworth_07", W,
    "Kwame Asante-Boateng <kwame@roehamptonyouth.example.org>", RWEH,
    "Jade Armstrong-Keane - in her ex's car now, he won't let her out",
    """Sorry I know this is the early help inbox but I don't have the out of hours number on me.

Jade Armstrong-Keane (16, DOB 27/10/2018) who I work with at the youth project has just sent me this from her watch at 21:03:

"hes locked the doors n wont let me out. took my phone. were in the car park behind the big tesco on roehampton vale. hes saying he aint letting me go til i say were back together. hes punched the window next to my head"

The ex is Dwayne, 19. They split up 2 weeks ago. Her mum doesn't know - she thinks Jade is at a friend's. Mum's number 07700 900233.

I'm ringing the police straight after this and then driving over there. I think Jade was open to Wandsworth CIN last year.

Kwame
Roehampton Youth Project
Sent from my iPhone
""", client="iphone"),
    "richmond_wandsworth", "early_help_duty", now_of(W, 3), "other", True, None, [],
    [("Jade Armstrong-Keane", "2018-10-27")], ["domestic_abuse"], None, None, [], None, "alert_duty",
    "Safety rule 1 out of hours (21:14): a 16-year-old locked in a car by her ex, phone taken, punching the window by her head, happening now; a youth worker's mail to the wrong inbox is still alerted; kind other.",
    night=True)

W = "2035-03-29 09:48"
add("richmond_wandsworth_08", "ordinary", mk("richmond_wandsworth_08", W,
    "Chidi Eze <chidi.eze@richmondandwandsworth.gov.uk>", "Early Help Duty <%s>" % RWEH,
    "RE: [SB-richmond_wandsworth-1517] Step down request - Tomasz Zieliński - Mosaic 3107726",
    """Hi,

Good news - Mrs Zielińska rang me yesterday and has changed her mind: she now consents to Early Help for Tomasz. Her text to me is below. The draft plan is attached.

"Hello Mr Chidi, I think again and yes we agree for the early help for Tomasz, is better for him with the school. Thank you. Agnieszka"

Chidi

> From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
> Sent: 06 March 2035 10:09
> Subject: [SB-richmond_wandsworth-1517] Step down request - Tomasz Zieliński - Mosaic 3107726
>
> We have received your step-down request.
> Children: Tomasz Zieliński (11/03/2021)
> Still needed: the draft plan for Early Help; the family's consent.
""", atts=[("docx", "Draft EH plan - Tomasz Z.docx", [
        "# Draft Early Help plan", "Tomasz, Mosaic 3107726",
        "Outcome: attendance above 92% by July - school attendance mentor, morning check-in.",
        "Outcome: mum supported with routines; Early Help worker fortnightly."])]),
    "richmond_wandsworth", "early_help_duty", now_of(W, 4), "follow_up", False, None, ["3107726"],
    [("Tomasz Zieliński", "2021-03-11")], [], True, None, [], None, "attach_to_request",
    "Reply to [SB-richmond_wandsworth-1517] (richmond_wandsworth_06) adding the draft plan and mum's consent now given; DESIGN kind follow_up -> attach_to_request; sent after the clocks changed (+0100).")

# =============================================== TOWER HAMLETS ==========================================
W = "2035-01-10 12:05"
add("tower_hamlets_01", "ordinary", mk("tower_hamlets_01", W,
    "Shapla Akhtar <shapla.akhtar@towerhamlets.gov.uk>", "MAST <%s>" % THMAST,
    "Step up to MAST - Sumaiya Begum (Mosaic 2871144) - MARF attached",
    """Dear MAST,

Please find attached a Multi-Agency Request for Support for Sumaiya Begum, DOB 02/04/2019 (15), Mosaic 2871144, whom I have supported through Early Help since October.

Sumaiya's boyfriend (17) checks her phone every night, makes her share her location on Snap Map all the time and tells her what she can wear and who she can see. She told the school nurse in December that he "grabs me by the hair when he's angry". Her attendance is 71% this term and she has dropped out of netball. The Early Help plan has not moved things on: she won't engage with the relationship work and her parents don't see it as a problem.

There is no incident today - he is staying with his uncle in Birmingham until February - but I think this now needs a statutory assessment.

Mum (Mrs Rahima Begum) consents to the referral. My manager Rehana Chowdhury agreed the step-up with me on 9 January and is copied in.

Kind regards
Shapla Akhtar
Early Help Practitioner, Tower Hamlets Early Help Hub (Bow)
""", cc="Rehana Chowdhury <rehana.chowdhury@towerhamlets.gov.uk>", twin=True,
    atts=[("pdf", "MARF - S Begum.pdf", ("Multi-Agency Request for Support (MARF)", [
        "Child: Sumaiya Begum. DOB 02/04/2019. Mosaic 2871144.",
        "Referrer: Shapla Akhtar, Early Help Practitioner.",
        "Reason: controlling relationship with a 17-year-old; physical aggression (hair grabbing); attendance 71%.",
        "Parental consent: yes (mother). Manager: Rehana Chowdhury - agreed 09/01/2035."]))]),
    "tower_hamlets", "mash_step_up", now_of(W, 5), "step_up", False, None, ["2871144"],
    [("Sumaiya Begum", "2019-04-02")], ["domestic_abuse", "physical_harm", "school_attendance"], True, True, [],
    None, "book_meeting",
    "Complete Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support as the MARF PDF, manager agreement stated and copied); phone tracking and control, with the boyfriend away until February, so not immediate.")

W = "2035-01-25 10:30"
TH02_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Early Help Hub,</p>
<p>Step down request for <b>Daniyal Hussain</b> (12), DOB <b>30/09/2022</b>, Mosaic 2879560.</p>
<ul>
<li>Consent: mum (Mrs Shirin Hussain) consented to the step down at the final CIN review on 23/01.</li>
<li>Draft TAF plan: attached.</li>
<li>C&amp;F assessment: with my manager for sign-off, will follow.</li>
<li>Lead practitioner: tbc - I've asked the school's learning mentor but haven't heard back.</li>
</ul>
<p>Daniyal has ADHD and his attendance is 87%; the plan is mainly about school and routines. His older sister's relationship worries were looked at in the assessment and are not part of this step down.</p>
<p>Thanks,<br>Eilidh Cunningham<br>Social Worker, Children's Social Work Team 2</p>
</div></body></html>
"""
add("tower_hamlets_02", "ordinary", mk("tower_hamlets_02", W,
    "Eilidh Cunningham <eilidh.cunningham@towerhamlets.gov.uk>", "Early Help Hub <%s>" % THEH,
    "Step down - Daniyal Hussain - Mosaic 2879560", html_body=TH02_HTML,
    atts=[("docx", "Draft TAF plan - Daniyal Hussain.docx", [
        "# Draft TAF plan", "Daniyal Hussain, 30/09/2022",
        "Need: attendance and morning routines; ADHD medication reviews.",
        "Actions: school learning mentor weekly; parenting support for mum; GP medication review."])]),
    "tower_hamlets", "early_help_duty", now_of(W, 7), "step_down", False, None, ["2879560"],
    [("Daniyal Hussain", "2022-09-30")], ["disability_send", "school_attendance"], True, None,
    ["assessment", "lead_practitioner"], None, "request_info",
    "HTML-only Tower Hamlets step-down: the C&F assessment 'will follow' and the lead practitioner is 'tbc', so both are missing (REQUIREMENTS tower_hamlets step_down) -> request_info.")

W = "2035-02-02 09:20"
add("tower_hamlets_03", "near_miss", mk("tower_hamlets_03", W,
    "PC Daniel Whitlock <daniel.whitlock@met.example.police.uk>", THMAST,
    "FYI - CRIS 4201234/35 - Hannah Ochieng 16 - DA incident 26/01 - suspect charged and remanded",
    """MAST,

For information and your records only.

Hannah Ochieng (16, DOB 08/08/2018) of Stepney. On Friday 26 January her boyfriend Ethan Cole (17) assaulted her at her home address, including non-fatal strangulation. He was arrested at the scene, charged on 27/01 with non-fatal strangulation and ABH, and remanded to youth detention accommodation by Thames Youth Court on 29/01. Next hearing 26 March.

Hannah lives with her mother, who is protective and called police on the night. DASH completed (medium). Hannah has been referred to the young people's IDVA service and has accepted support. Her school DSL is aware. Hannah has asked not to have further contact from services at this time.

No action is needed from MAST today; this is sent so the incident is on the record, and the school may make their own request for support.

PC 4471CE Daniel Whitlock
Safeguarding Hub, Central East BCU
""", client="outlook", twin=True),
    "tower_hamlets", "mash_step_up", now_of(W, 5), "other", False, None, [], [("Hannah Ochieng", "2018-08-08")],
    ["domestic_abuse", "physical_harm"], None, None, [], None, "human_review",
    "NEAR MISS - a disclosure already with the police: the boyfriend charged and remanded in custody, the girl at home with a protective mother; a police FYI, kind other -> human_review; the recent assault is still the household's concern.")

W = "2035-02-27 11:34"
add("tower_hamlets_04", "urgent", mk("tower_hamlets_04", W,
    "Bronagh McAllister <bronagh.mcallister@nhs.example>", THMAST,
    "Safeguarding - 15F at YP sexual health clinic, partner 24y waiting in car park",
    """Referral to MAST - Young People's Sexual Health Service, Mile End

Patient: Chloe Nguyen-Barker. DOB 11/01/2020 (15y 1m). Address given: Stepney.

Presenting: attended 10:40 for EHC (levonorgestrel) following UPSI 26/02.
Disclosed: partner "Tyrone", 24y; relationship approx. 3/12; met via Snapchat. Sexual activity "most weekends" at his flat in Poplar. Pt staying there 2-3 nights/wk; mother unaware of whereabouts. Partner buys her clothes and vapes.
O/E: fingertip bruising L upper arm (4 marks); bite mark R side of neck. Pt: "that's just what he's like".
Spotting the Signs proforma: score 9.

Current: partner is in the clinic car park now (black Audi) waiting to take pt back to his flat. Pt has received 14 messages from him during the consultation ("hurry up", "dont say nothing to them"). Pt states she intends to leave with him when finished.

Pt is in consultation room 4 with HCA. Mother's number not known. Please call the clinic on 020 7946 0588 (ext 2) - I will hold her here as long as I can.

Bronagh McAllister
Clinical Nurse Specialist, Young People's Sexual Health Service
""", twin=True),
    "tower_hamlets", "mash_step_up", now_of(W, 3), "other", True, None, [], [("Chloe Nguyen-Barker", "2020-01-11")],
    ["exploitation", "physical_harm", "sexual_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 in clinical shorthand: a 15-year-old whose 24-year-old 'partner' (bruising, a bite mark) is in the clinic car park now to take her back to his flat; a sexual health clinic's report, kind other.")

W = "2035-03-08 13:10"
add("tower_hamlets_05", "near_miss", mk("tower_hamlets_05", W,
    "Ash Patel-Morrow <ash.patel-morrow@limehouseyouth.example.org>", THEH,
    "Lyrics from our Respect songwriting project - for the campaign pack",
    """Hi Nasreen and the Early Help team,

You asked for examples of young people's own work for the Healthy Relationships campaign pack. Attached are lyrics from our Year 9-10 songwriting workshop at Limehouse Youth Hub.

To be clear: the young people wrote these as characters after our session on control and consent. They are fiction, not about anyone real - we talked each one through with the writer and checked with their school DSLs, and nobody has any worries. Credit them as "Limehouse Youth Hub songwriters" please, no names.

Cheers
Ash
Youth Worker, Limehouse Youth Hub
""", client="gmail", atts=[("txt", "Respect lyrics - Limehouse songwriters.txt",
    """"Shadow" - Limehouse Youth Hub songwriters (fiction)

You track my phone like a shadow on the wall,
say you love me then you grip my neck when I call,
"leak your pics if you walk out that door" -
told me that was love, I don't buy it no more.

(chorus)
It ain't love if I'm scared to be late,
it ain't love if you're checking my mates,
I'm telling someone, I'm taking it back,
my life, my phone, my pics, my path.
""")]),
    "tower_hamlets", "early_help_duty", now_of(W, 6), "other", False, None, [], [], [], None, None, [], None,
    "human_review",
    "NEAR MISS - song lyrics written as fiction in a youth project ('not about anyone real'); safety rule 1 excludes fictional and example text; material for a campaign, kind other -> human_review.")

W = "2035-03-15 16:47"
add("tower_hamlets_06", "urgent", mk("tower_hamlets_06", W,
    "Rayan C <rayan.c2020@example.com>", THEH, "need help pls",
    """hi idk if this is the right email its on the poster in the school nurse room

my name is Rayan Choudhury im 14 in yr 9 at a school in bow. theres this girl shes 19 she added me on snap in january n we was talking n she got me to send pics n vids. now shes saying if i dont pull up to hers tonight at 8 shes sending the vid to my mum n my whole yr

she sent her cousin to wait outside school today n he followed me to the bus stop. she says if i dont come shes gonna come to my house

i cant tell my mum she would go mad. i dont want to go but im scared of what happens if i dont. pls dont call the police i just need someone to tell me what to do

my number is 07700 900871

Rayan
""", client="gmail", cte="base64", crlf=False),
    "tower_hamlets", "early_help_duty", now_of(W, 3), "other", True, None, [], [("Rayan Choudhury", None)],
    ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 in a 14-year-old's own slang: a 19-year-old holding his images demands he come to her flat at 8 tonight and says she will come to his house; her cousin followed him today; kind other; age but no DOB.")

W = "2035-03-21 14:20"
add("tower_hamlets_07", "urgent", mk("tower_hamlets_07", W,
    "Oluwaseun Bakare <oluwaseun.bakare@towerhamlets.gov.uk>", "Early Help Hub <%s>" % THEH,
    "Step down to TAF - Aisha Miah & Ibrahim Miah (Mosaic 2869013 / 2869014)",
    """Hi Early Help Hub,

Step down to a Team Around the Family for Aisha Miah (DOB 19/07/2018) and Ibrahim Miah (DOB 05/01/2024), Mosaic 2869013 and 2869014. The Child and Family Assessment concluded on 19 March with a recommendation for a TAF.

Attached: the C&F Assessment and the draft TAF plan.
Consent: mum (Mrs Shamima Miah) consented to the step down on 19/03.
Lead Practitioner: Ruksana Ali, Pastoral Lead, Bow Secondary School.
TAF meeting: Wednesday 28 March 2035, 10:00, at Bow Secondary School - I'll chair.

The assessment was about Aisha's attendance (74%) and the relationship with her ex-boyfriend Zak (18), which ended in January.

Thanks
Seun

PS - I've just come off the phone to Aisha (14:05). Zak turned up at the flat about half an hour ago, kicked the door and shouted through the letterbox that he'll "finish it" when she comes out. He's still on the stairwell outside and she can hear him. She's inside with Ibrahim; mum is at work in Canary Wharf until 7 and isn't picking up. I'm trying mum and my manager now.

Oluwaseun Bakare
Social Worker, Children's Social Work Team 4
""", twin=True, atts=[
        ("pdf", "C&F Assessment - Miah children.pdf", ("Child and Family Assessment - Miah", [
            "Children: Aisha Miah 19/07/2018; Ibrahim Miah 05/01/2024. Mosaic 2869013 / 2869014.",
            "Concluded 19/03/2035. Recommendation: step down to TAF with Lead Practitioner.",
            "Needs: Aisha's attendance; the end of a controlling relationship (January)."])),
        ("docx", "Draft TAF plan - Miah.docx", [
            "# Draft TAF plan - Miah family",
            "Aisha: attendance plan; healthy relationships work with school counsellor.",
            "Ibrahim: after-school club; mum supported with work hours."])]),
    "tower_hamlets", "early_help_duty", now_of(W, 3), "step_down", True, None, ["2869013", "2869014"],
    [("Aisha Miah", "2018-07-19"), ("Ibrahim Miah", "2024-01-05")], ["domestic_abuse", "school_attendance"], True,
    None, [], None, "alert_duty",
    "Safety rule 1 in a P.S.: the ex-boyfriend is outside the flat now threatening to 'finish it', a 16-year-old and her 11-year-old brother inside alone; otherwise a complete Tower Hamlets step-down (assessment, plan, consent, lead practitioner), so alert_duty with nothing missing.")

W = "2035-03-27 08:01"
add("tower_hamlets_08", "ordinary", mk("tower_hamlets_08", W,
    "Lucy Adeyinka-Shaw <l.adeyinka-shaw@mulberryprimary.example.sch.uk>", THEH,
    "Automatic reply: [SB-tower_hamlets-2290] TAF meeting invitation",
    """Thank you for your email.

I am out of the office for the Easter holidays and will be back on Tuesday 3 April, with no access to email until then.

If your matter is urgent please contact the school office on 020 7946 0712. If you are worried that a child is at risk of harm, please contact the school's Designated Safeguarding Lead, Mr Hossain, or MAST on 0207 364 5606. In an emergency call 999.

Lucy Adeyinka-Shaw
Family Support Worker, Mulberry Primary School
""", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    "tower_hamlets", "early_help_duty", now_of(W, 2), "auto_reply", False, None, [], [], [], None, None, [], None,
    "ignore",
    "Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot invitation; its 'at risk of harm' and 999 are boilerplate; safety rule 2 -> ignore; +0100 after the clocks changed.")

# =============================================== TORBAY =================================================
W = "2035-01-15 11:00"
add("torbay_01", "ordinary", mk("torbay_01", W,
    "Jory Trevaskis <jory.trevaskis@torbay.gov.uk>", "Early Help <%s>" % TBEH,
    "Triage slot please - Penhaligon - LCS-3044871",
    """Hi Early Help,

Please can I have a triage slot to step down Cadan Penhaligon (DOB 14/05/2020) and his sister Elowen Penhaligon (DOB 02/02/2031) to level 3 Early Help. Elowen is 3, so I think this will be the under-5s triage.

The Single Assessment is attached: it has my analysis and the rationale for the step down, and my team manager Morwenna Hext's analysis confirming the threshold for level 3 intervention is met.

Mum (Kerensa Penhaligon) has consented to level 3 Early Help.

The assessment started after school raised Cadan's behaviour towards his girlfriend (checking her phone, angry messages). That was worked through with him on the school's Respect programme and there has been nothing since November; the girl's family are content. What remains is mum's low mood since Elowen's dad left and some support for routines.

Thanks
Jory Trevaskis
Social Worker, Single Assessment Team, Torbay Children's Services
""", twin=True, atts=[("pdf", "Single Assessment - Penhaligon.pdf", ("Single Assessment - Penhaligon", [
        "LCS-3044871. Cadan Penhaligon 14/05/2020; Elowen Penhaligon 02/02/2031.",
        "Social worker analysis: needs now met at level 3; rationale for step down recorded.",
        "Team Manager analysis (Morwenna Hext): threshold for level 3 intervention met. Agreed 12/01/2035.",
        "Consent for level 3 Early Help: given by mother 11/01/2035."]))]),
    "torbay", "early_help_duty", now_of(W, 5), "step_down", False, 3, ["LCS-3044871"],
    [("Cadan Penhaligon", "2020-05-14"), ("Elowen Penhaligon", "2031-02-02")], ["parental_mental_health"], True,
    True, [], None, "book_meeting",
    "Complete Torbay step-down (REQUIREMENTS: Single Assessment, TM analysis confirming level 3, consent); level 3 stated; Elowen is 3 so the fortnightly under-5s triage applies; the boyfriend behaviour was worked through and has not recurred.")

W = "2035-01-16 16:40"
add("torbay_02", "ordinary", mk("torbay_02", W,
    "Jory Trevaskis <jory.trevaskis@torbay.gov.uk>",
    "Early Help <%s>" % TBEH,
    "Tentative: Under-5s triage - LCS-3044871 [SB-torbay-407]",
    "I have a court hearing that morning that may overrun - my TM Morwenna Hext will come in my place if I'm not there by 11.30.\n",
    cal=("REPLY", ics("REPLY", "torbay_02", W, "2035-01-23 11:30", "2035-01-23 12:00",
                      "Under-5s triage - LCS-3044871 [SB-torbay-407]", "Microsoft Teams Meeting",
                      ("Torbay Early Help", TBEH),
                      [("Jory Trevaskis", "jory.trevaskis@torbay.gov.uk", "TENTATIVE")],
                      comment="I have a court hearing that morning that may overrun - my TM Morwenna Hext will come in my place if I'm not there by 11.30.")),
    extra=[("Content-Class", "urn:content-classes:calendarmessage")]),
    "torbay", "early_help_duty", now_of(W, 3), "meeting_reply", False, None, ["LCS-3044871"], [], [], None, None,
    [], None, "record_reply",
    "Outlook iTIP REPLY, PARTSTAT=TENTATIVE with a COMMENT, for torbay_01's under-5s triage on Tue 23 Jan; kind meeting_reply -> record_reply; case id from the SUMMARY.")

W = "2035-01-30 13:50"
add("torbay_03", "near_miss", mk("torbay_03", W,
    "Claire Hoskin <claire.hoskin@torbay0-19.example.nhs.uk>", TBEH,
    "Query - do I need to refer? two 16 year olds in a relationship",
    """Hello,

Quick query rather than a referral.

I saw Poppy Rowe (16) at my college drop-in today for contraception advice. She has been going out with Jacob Tamblyn, also 16 and in the same year at South Devon College, since September. I went through the Brook Sexual Behaviours Traffic Light Tool with her and everything is green: same age, both consenting, no pressure, no gifts, no controlling behaviour, both sets of parents know and are supportive. She's happy and attending well.

She did ask me whether a boyfriend is "allowed" to look at your phone - we talked about that; Jacob doesn't, she was asking because of something on TikTok.

I'm not worried about either of them. Our new manager asked us to check whether Early Help needs to be told about every under-18 relationship we come across - I assume not, but could you confirm?

Thanks
Claire Hoskin
School Nurse, Torbay 0-19 Service
""", twin=True),
    "torbay", "early_help_duty", now_of(W, 4), "other", False, None, [],
    [("Poppy Rowe", None), ("Jacob Tamblyn", None)], [], None, None, [], None, "human_review",
    "NEAR MISS - a couple both 16, consensual and well (Brook tool all green, 'not worried'); a process query is kind other -> human_review; both are under 18 and named in full, so labelled without DOBs.")

W = "2035-02-03 23:41"
add("torbay_04", "urgent", mk("torbay_04", W,
    "Gary Trebilcock <gary.trebilcock@example.com>", TBMASH, "my daughter isla",
    """Isla Trebilcock, she's 15 (12/12/2019).

She went to a party in Paignton tonight. Her friend Mollie just rang me crying saying Isla's boyfriend Reece (17) had her up against the wall in the garden by her throat and she couldn't breathe and went floppy, then he dragged her off in his mate's car.

Isla's not answering. Find My iPhone says she's at his house off Dartmouth Road in Paignton. The police said they'll send someone but couldn't say when. I'm driving there now.

He put his hands on her before in December and she made us promise not to report it.

Please can someone ring me 07700 900412

Gary (Isla's dad)

Sent from my iPhone
""", client="iphone"),
    "torbay", "mash_step_up", now_of(W, 3), "other", True, None, [], [("Isla Trebilcock", "2019-12-12")],
    ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 on a Saturday night (EDT): a 15-year-old strangled at a party tonight and taken away by the boyfriend, now at his house and not answering; police told but not yet there; a parent's mail, kind other.",
    night=True)

W = "2035-02-19 10:15"
add("torbay_05", "near_miss", mk("torbay_05", W,
    "Jenna Couch <jenna.couch@torbay.gov.uk>", TBEH,
    "Draft leaflet for comment: 'Is it love or is it control?'",
    """Hi all,

Attached is the draft of our young people's leaflet "Is it love or is it control?" which goes to print on 1 March. Could someone in Early Help look over the wording and the contact numbers by Friday?

The examples in it are general ones we wrote with the youth council - they aren't about any young person we know.

Thanks
Jenna Couch
Participation Officer, Torbay Youth Service
""", twin=True, atts=[("pdf", "Is it love or control - DRAFT v3.pdf", ("Is it love or is it control?  (DRAFT v3)", [
        "Does your boyfriend or girlfriend check your phone or make you share your location 24/7?",
        "Do they tell you what to wear or who you can see?",
        "Have they ever put their hands round your neck - even 'as a joke'? That is a crime.",
        "Have they threatened to post your pictures if you break up?",
        "Is your 'partner' much older, buying you things, picking you up from school?",
        "None of this is your fault. Talk to someone you trust: a teacher, a youth worker, Childline 0800 1111.",
        "If someone is hurting you right now, call 999."]))]),
    "torbay", "early_help_duty", now_of(W, 4), "other", False, None, [], [], [], None, None, [], None,
    "human_review",
    "NEAR MISS - a healthy-relationships leaflet whose warning signs are general examples ('aren't about any young person'); safety rule 1 excludes example text; a request for comments is kind other -> human_review.")

W = "2035-03-01 15:30"
add("torbay_06", "near_miss", mk("torbay_06", W,
    "Demelza Yeo <demelza.yeo@torbay.gov.uk>", "MASH <%s>" % TBMASH,
    "Contact to MASH - step up - Ruby-Mae & Alfie Coombes (EHM-845512)",
    """Hello MASH,

I'm the lead professional (level 3 Early Help, Paignton hub) for Ruby-Mae Coombes (DOB 19/11/2022) and Alfie Coombes (DOB 04/04/2027), EHM-845512, and I'm making a contact to MASH to step them up.

Since Christmas home conditions have gone downhill: no food in the house at three visits, the children arriving at school hungry and in the same clothes, and Alfie has an untreated tooth abscess. Mum (Tasha Coombes) is drinking most days.

On the worry school raised in February about Ruby-Mae having an "older boyfriend": we looked into it with the PCSO and it's Kai, who is 12 and in her class. There is no older male and no concern about that at all.

I haven't been able to ask mum for her consent yet - I'm seeing her on Tuesday and will ask then. My team manager, Rowenna Quick, does not agree yet that this needs considering for level 4 - she wants one more TAF review first - but the school DSL asked me to send it through now so you have it.

Demelza Yeo
Early Help Practitioner, Torbay Early Help (Paignton Hub)
""", twin=True),
    "torbay", "mash_step_up", now_of(W, 5), "step_up", False, None, ["EHM-845512"],
    [("Ruby-Mae Coombes", "2022-11-19"), ("Alfie Coombes", "2027-04-04")], ["neglect", "substance_misuse"], None,
    False, ["consent", "manager_agreed"], None, "request_info",
    "NEAR MISS - an 'older boyfriend' worry checked and found untrue (a 12-year-old classmate); the Torbay step-up needs consent and manager agreement: consent still to be asked (null) and the TM does not agree yet (false) -> both missing.")

W = "2035-03-14 13:05"
add("torbay_07", "urgent", mk("torbay_07", W,
    "Hollie Pengelly <hollie.pengelly@torbay.gov.uk>", "MASH <%s>" % TBMASH,
    "Contact to MASH - Tegan Hocking EHM-841190 - step up today",
    """Hi MASH,

Tegan Hocking, DOB 08/08/2019 (15), EHM-841190, open to me at level 3 Early Help since October (school attendance).

At 12.20 today Tegan rang me from school. Her boyfriend, Liam Prowse (19), has had her location on his phone for weeks. On Saturday he held her down and hit her across the face - school saw the yellowing bruise under her left eye this morning. This morning he messaged her: "ur mums on a late tonight. im coming round at 7 to sort this out and u better let me in or saturday was nothing".

Mum (Sarah Hocking) works a late shift at the hospital until 10 tonight. Tegan will be on her own from 4. She says she won't be able to stop him coming in - he has done it before.

Mum knows and agrees to this contact to MASH. I've spoken to my ATM, Silas Penrose, and we agree this needs considering for level 4 today.

I'm with Tegan at school until 3.15. Me: 07700 900566. School DSL Andrew Bowden: 01632 960733.

Hollie Pengelly
Early Help Family Worker, Torbay Early Help (Brixham)
""", twin=True),
    "torbay", "mash_step_up", now_of(W, 3), "step_up", True, None, ["EHM-841190"],
    [("Tegan Hocking", "2019-08-08")], ["domestic_abuse", "physical_harm", "school_attendance"], True, True, [],
    None, "alert_duty",
    "Safety rule 1: a 19-year-old boyfriend who hit a 15-year-old on Saturday says he is coming round at 7 tonight while she is alone; otherwise a complete Torbay step-up (consent, ATM agreement), so alert_duty with nothing missing.")

W = "2035-03-27 12:10"
add("torbay_08", "ordinary", mk("torbay_08", W,
    "Demelza Yeo <demelza.yeo@torbay.gov.uk>", "MASH <%s>" % TBMASH,
    "RE: [SB-torbay-611] Contact to MASH - step up - Ruby-Mae & Alfie Coombes (EHM-845512)",
    """Hi,

Update and a chase - I haven't heard anything since I sent this on 1 March.

I saw Tasha Coombes on 20 March and she consents to the contact to MASH; her signed note is attached. The TAF review was yesterday and Rowenna Quick now agrees this needs considering for level 4 - she's copied in to confirm.

Could you let me know when the threshold discussion will be?

Thanks
Demelza
""", cc="Rowenna Quick <rowenna.quick@torbay.gov.uk>", client="outlook", twin=True,
    atts=[("pdf", "Consent to MASH contact - T Coombes.pdf", ("Consent to a contact to MASH", [
        "I, Tasha Coombes, agree to Early Help making a contact to MASH about my children",
        "Ruby-Mae Coombes and Alfie Coombes. Signed: T Coombes. Date: 20/03/2035."]))]),
    "torbay", "mash_step_up", now_of(W, 4), "follow_up", False, None, ["EHM-845512"],
    [("Ruby-Mae Coombes", None), ("Alfie Coombes", None)], [], True, True, [], None, "attach_to_request",
    "Reply and chaser to [SB-torbay-611] (torbay_06) bringing the signed consent and the TM's agreement; DESIGN kind follow_up -> attach_to_request; no DOBs in this mail.")

# =============================================== HEREFORDSHIRE ==========================================
W = "2035-01-08 14:20"
add("herefordshire_01", "ordinary", mk("herefordshire_01", W,
    "Rhodri Beddoe <rhodri.beddoe@herefordshire.gov.uk>", "Early Help Co-ordinators <%s>" % HFEH,
    "Step down to Early Help - Prothero sibling group (Mosaic 1730442 / 1730443)",
    """Dear Early Help Co-ordinators,

Following the Child and Family Assessment decision on 4 January, please find attached the Early Help Assessment step-down plan for the sibling group Alys Prothero (DOB 30/01/2019) and Gethin Prothero (DOB 06/06/2023), Mosaic 1730442 and 1730443, for level 3 Early Help. I discussed the plan with Verity Lang at the drop-in before Christmas.

Also attached: the consent form signed by mum, Mrs Catrin Prothero.

Key person: Nia Hughes, Family Support Worker, Whitecross Hereford High School - she has agreed to lead.

For context, the assessment started in November when Alys (15) was found to be in a relationship with a 24-year-old man. He was arrested in December and is remanded in custody; Alys has had no contact with him since and that work is done. The plan covers Alys's attendance (82%) and mum's anxiety.

Kind regards
Rhodri Beddoe
Social Worker, Safeguarding and Family Support Team (Leominster)
""", twin=True, atts=[
        ("docx", "EHA step-down plan - Prothero.docx", [
            "# Early Help Assessment - step-down plan", "Alys Prothero 30/01/2019 | Gethin Prothero 06/06/2023",
            "What needs to happen | By whom | Outcome | Timescale",
            "Attendance support | Nia Hughes | Alys above 92% | April 2035",
            "Mum's anxiety - GP and Talking Therapies | Mum / GP | Mum reports coping | March 2035",
            "Key person: Nia Hughes, Family Support Worker, Whitecross Hereford High School"]),
        ("pdf", "Signed consent form - C Prothero.pdf", ("Early Help consent form", [
            "I consent to my family receiving Early Help support and to information being shared.",
            "Children: Alys Prothero, Gethin Prothero.", "Signed: Catrin Prothero   Date: 05/01/2035"]))]),
    "herefordshire", "early_help_duty", now_of(W, 5), "step_down", False, 3, ["1730442", "1730443"],
    [("Alys Prothero", "2019-01-30"), ("Gethin Prothero", "2023-06-06")],
    ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
    "Complete Herefordshire sibling-group step-down (REQUIREMENTS: signed consent form, EHA step-down plan, key person with agency); level 3 stated; the older man is remanded and the exploitation is past, so not a current concern.")

W = "2035-01-26 15:45"
add("herefordshire_02", "near_miss", mk("herefordshire_02", W,
    "Joseph Ansah <joseph.ansah@herefordshire.gov.uk>", HFEH,
    "Quick process question (hypothetical)",
    """Hi both,

Not about any real case - I'm writing up my ASYE reflective log and want to be sure I've got the routes right.

If, say, a 15-year-old on a step-down plan told her key person that her boyfriend choked her last night and he was waiting for her outside college, I assume that goes straight to MASH by phone and not through you? And what if the "boyfriend" was 22 - would the step-down be paused while the strategy discussion happens?

None of my families have anything like this going on; it's purely hypothetical. Happy to come to a Tuesday drop-in if it's easier to talk it through.

Thanks
Joseph
Newly Qualified Social Worker (ASYE), Hereford Assessment Team
""", twin=True),
    "herefordshire", "early_help_duty", now_of(W, 4), "other", False, None, [], [], [], None, None, [], None,
    "human_review",
    "NEAR MISS - a newly qualified worker's explicitly hypothetical question ('purely hypothetical', 'not about any real case'); safety rule 1 excludes hypotheticals; kind other -> human_review.")

W = "2035-02-12 08:00"
add("herefordshire_03", "near_miss", mk("herefordshire_03", W,
    "West Mercia Safer Schools <bulletin@saferschools.westmercia.example.police.uk>", HFEH,
    "Safer Schools Bulletin - February: image abuse, relationship abuse and Valentine's",
    """WEST MERCIA SAFER SCHOOLS BULLETIN - February 2035

1. CASE STUDY (concluded, anonymised)
A 17-year-old from Hereford was convicted in December of sharing intimate images of his ex-girlfriend and threatening her after their break-up. He received a Youth Rehabilitation Order and a restraining order. The young woman is being supported and has asked us to share her story so others come forward.

2. NON-FATAL STRANGULATION - AWARENESS FOR DSLs
Young people increasingly describe choking as "normal". Signs to look for: marks on the neck, burst blood vessels in the eyes, hoarse voice. Our free 45-minute briefing runs on 6 March.

3. REPORT REMOVE
Under-18s can get nude images taken down via Childline and the IWF. Posters attached to the web version.

4. VALENTINE'S WEEK
Our healthy-relationships assembly pack is free to download.

You are receiving this because you subscribed to the Safer Schools Bulletin. Unsubscribe: https://saferschools.westmercia.example.police.uk/unsubscribe
""", client="other", extra=[("List-Id", "Safer Schools Bulletin <bulletin.saferschools.westmercia.example.police.uk>"),
                            ("List-Unsubscribe", "<https://saferschools.westmercia.example.police.uk/unsubscribe>"),
                            ("Precedence", "list")], crlf=False),
    "herefordshire", "early_help_duty", now_of(W, 9), "other", False, None, [], [], [], None, None, [], None,
    "human_review",
    "NEAR MISS - a police bulletin (List-Id, no Auto-Submitted, so other not auto_reply) with a concluded case study and awareness items; safety rule 1: bulletins that list examples must not trigger.")

W = "2035-02-20 12:25"
add("herefordshire_04", "urgent", mk("herefordshire_04", W,
    "Lowri Pritchard <lowri.pritchard@herefordshire.gov.uk>", "Early Help Co-ordinators <%s>" % HFEH,
    "Step up request - Megan Bevan (Mosaic 1752219)",
    """Hello,

I'd like to step Megan Bevan up to social care. Megan is 15 (DOB 03/11/2019), Mosaic 1752219; her brother Finley Bevan (9) lives with her.

Her boyfriend Jordan (17) moved into the family home in January while mum works away in Cardiff during the week. At my home visit this morning (10.30) Megan had fingertip bruising on both sides of her neck and a hoarse voice. She told me Jordan "squeezed my neck in the night because I was on my phone" and that he said next time he won't stop.

Jordan was in the house during my visit - he answered the door - and he will be there with Megan and Finley all afternoon and tonight. He isn't working. Mum isn't back until Friday and wasn't answering this morning.

My manager Huw Lloyd agrees with the step up. I know you're the co-ordinators' inbox - I couldn't find a step-up address for Herefordshire, so please pass this to whoever should have it.

Lowri Pritchard
Early Help Family Support Worker, Herefordshire Council
07700 900284
""", twin=True),
    "herefordshire", "early_help_duty", now_of(W, 4), "step_up", True, None, ["1752219"],
    [("Megan Bevan", "2019-11-03"), ("Finley Bevan", None)], ["domestic_abuse", "physical_harm"], None, True, [],
    None, "alert_duty",
    "Safety rule 1: a 15-year-old with fresh strangulation marks whose 17-year-old boyfriend, who said 'next time he won't stop', is in the house with her and her 9-year-old brother tonight; a step-up, which Herefordshire does not define, but urgency comes first -> alert_duty, missing [].")

W = "2035-03-05 17:05"
add("herefordshire_05", "ordinary", mk("herefordshire_05", W,
    "Emma Price-Whittaker <emma.price-whittaker@herefordshire.gov.uk>", HFEH,
    "Accepted: Step-down drop-in [SB-herefordshire-702] @ Tue 13 Mar 2035 10:00 - 10:30 (GMT)",
    "I'll bring the draft plan and the question about Kacper's mum signing the consent form.\n",
    cal=("REPLY", ics("REPLY", "herefordshire_05", W, "2035-03-13 10:00", "2035-03-13 10:30",
                      "Step-down drop-in [SB-herefordshire-702]", "Microsoft Teams",
                      ("Early Help Co-ordinators", HFEH),
                      [("Emma Price-Whittaker", "emma.price-whittaker@herefordshire.gov.uk", "ACCEPTED")],
                      comment="I'll bring the draft plan and the question about Kacper's mum signing the consent form.",
                      prodid="-//Google Inc//Google Calendar 70.9054//EN")),
    client="gmail", atts=[("ics", "invite.ics", ics("REPLY", "herefordshire_05", W, "2035-03-13 10:00",
                      "2035-03-13 10:30", "Step-down drop-in [SB-herefordshire-702]", "Microsoft Teams",
                      ("Early Help Co-ordinators", HFEH),
                      [("Emma Price-Whittaker", "emma.price-whittaker@herefordshire.gov.uk", "ACCEPTED")],
                      comment="I'll bring the draft plan and the question about Kacper's mum signing the consent form.",
                      prodid="-//Google Inc//Google Calendar 70.9054//EN"))]),
    "herefordshire", "early_help_duty", now_of(W, 3), "meeting_reply", False, None, [], [], [], None, None, [],
    None, "record_reply",
    "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED with a COMMENT, for a Tuesday drop-in; kind meeting_reply -> record_reply; 'Kacper' alone names no child.")

W = "2035-03-14 10:00"
add("herefordshire_06", "ordinary", mk("herefordshire_06", W,
    "Emma Price-Whittaker <emma.price-whittaker@herefordshire.gov.uk>", "Early Help Co-ordinators <%s>" % HFEH,
    "Step down - Kacper Nowicki",
    """Hi,

Following yesterday's drop-in with Xavier, please find attached the EHA step-down plan for Kacper Nowicki, DOB 15.03.2020, Mosaic ID 1741208.

Mum (Mrs Marta Nowicka) gave her consent to Early Help on the phone on 12 March. I'm visiting next week to get the consent form signed and will send it on.

The key person still needs to be agreed - most likely the school's Family Liaison Officer; I'll confirm.

The main need is Kacper's attendance (86%) and his confidence since moving schools.

Emma Price-Whittaker
Social Worker, Hereford Assessment Team
""", twin=True, atts=[("docx", "EHA step-down plan - K Nowicki.docx", [
        "# Early Help Assessment - step-down plan", "Kacper Nowicki, 15/03/2020",
        "What needs to happen | By whom | Outcome | Timescale",
        "Morning attendance check-in | School | 92%+ attendance | Summer term",
        "Confidence group | Youth service | Kacper attends weekly | April 2035"])]),
    "herefordshire", "early_help_duty", now_of(W, 5), "step_down", False, None, ["1741208"],
    [("Kacper Nowicki", "2020-03-15")], ["school_attendance"], True, None, ["consent_form", "lead_practitioner"],
    None, "request_info",
    "Herefordshire step-down with the plan attached but only verbal consent (consent true, the written consent_form missing) and no key person yet (lead_practitioner missing) -> request_info.")

W = "2035-03-18 01:12"
add("herefordshire_07", "urgent", mk("herefordshire_07", W,
    "Dawn Morris <dawnmorris1986@example.com>", HFMASH, "Tayla",
    """hello this is Dawn Morris Tayla Jade Morris mum I'm doing this on voice because my hands are shaking Tayla Jade is 15 she's been gone since Friday after school she's with that man Craig he's 31 he calls himself her boyfriend the police know about him she's on the life 360 and it shows her at the Travelodge on the ring road in Hereford I don't know what room I rang the police at 10 and they said they've logged it and someone will get back to me nobody has she sent me a snap at midnight she's crying and she says he won't let her leave and he's got other men coming I can hear men in the background please can someone ring me 07700 900735 I'm going to drive there now

Sent from my iPhone
""", client="iphone"),
    "herefordshire", "mash_step_up", now_of(W, 4), "other", True, None, [], [("Tayla Jade Morris", None)],
    ["exploitation", "missing", "sexual_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 on a Sunday at 01:12 (EDT): dictated with no punctuation, a missing 15-year-old held in a hotel by a 31-year-old 'boyfriend' with other men arriving; police logged it but nobody has come; kind other.",
    night=True)

W = "2035-03-28 11:30"
add("herefordshire_08", "ordinary", mk("herefordshire_08", W,
    "Emma Price-Whittaker <emma.price-whittaker@herefordshire.gov.uk>", "Early Help Co-ordinators <%s>" % HFEH,
    "RE: [SB-herefordshire-733] Step down - Kacper Nowicki",
    """Hi,

Chasing this one please - I sent the plan on 14 March and haven't had anything back apart from the acknowledgement.

Attached is the consent form, signed by Mrs Nowicka at my visit on 21 March.

Key person: Agnieszka Wróbel, Family Liaison Officer, Hereford Riverside Academy - she has agreed to lead.

Could you confirm the step-down is being processed? The case needs closing on Mosaic.

Thanks
Emma

-----Original Message-----
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 14 March 2035 10:06
Subject: [SB-herefordshire-733] Step down - Kacper Nowicki

Thank you. We have your step-down request for Kacper Nowicki (15.03.2020), Mosaic ID 1741208.
Still needed: the family's written consent form; the key person (name and agency).
""", twin=True, atts=[("pdf", "Consent form signed - Nowicka.pdf", ("Early Help consent form", [
        "I consent to my family receiving Early Help support.", "Child: Kacper Nowicki.",
        "Signed: Marta Nowicka   Date: 21/03/2035"]))]),
    "herefordshire", "early_help_duty", now_of(W, 4), "follow_up", False, None, ["1741208"],
    [("Kacper Nowicki", "2020-03-15")], [], True, None, [], None, "attach_to_request",
    "Chaser replying to [SB-herefordshire-733] (herefordshire_06) with the signed consent form and the key person; DESIGN kind follow_up -> attach_to_request; +0100 after the clocks changed.")

# ---------------------------------------------------------------- self-checks ----------------------------
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ALLOWED_MISSING = {
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                              "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}
MAILBOX_ADDR = {("knowsley", "mash_step_up"): KMASH, ("knowsley", "early_help_duty"): KFF,
                ("richmond_wandsworth", "mash_step_up"): RWMASH, ("richmond_wandsworth", "early_help_duty"): RWEH,
                ("tower_hamlets", "mash_step_up"): THMAST, ("tower_hamlets", "early_help_duty"): THEH,
                ("torbay", "mash_step_up"): TBMASH, ("torbay", "early_help_duty"): TBEH,
                ("herefordshire", "mash_step_up"): HFMASH, ("herefordshire", "early_help_duty"): HFEH}

def readable(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "application/pdf":
            out.append(pdf_text(data))
        elif ct == DOCX_MIME[0] + "/" + DOCX_MIME[1]:
            out.append(docx_text(data))
        elif part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            if ct == "text/calendar":
                t = t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\r\n ", "")
            out.append(t)
    return "\n".join(out)

def expected_next(e, auth):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (auth == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errs = []
    def err(f, s):
        errs.append("%s: %s" % (f, s))
    # calendar facts
    if easter(2035) != date(2035, 3, 25):
        errs.append("Easter 2035 is not 25 March")
    inwin = sorted(d for d in BH if WIN_START <= d <= WIN_END)
    if inwin != [date(2035, 3, 23), date(2035, 3, 26)]:
        errs.append("bank holidays in window: %s" % inwin)
    if WIN_START.weekday() != 0 or WIN_END.weekday() != 3:
        errs.append("window weekdays wrong")
    if datetime(2035, 3, 24, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
       datetime(2035, 3, 25, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
        errs.append("BST does not start on 25 March 2035")
    files = [m["file"] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40:
        errs.append("need 40 distinct files, have %d" % len(set(files)))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        fs = sorted(f for f in files if f.startswith(a + "_"))
        if fs != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("%s files: %s" % (a, fs))
    cats = [m["category"] for m in MAILS]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        errs.append("category counts %s" % {c: cats.count(c) for c in set(cats)})
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    for m in MAILS:
        f, lab, e = m["file"], m["label"], m["label"]["expect"]
        auth, mbox = lab["authority"], lab["mailbox"]
        if list(e) != keys:
            err(f, "expect keys")
        if e["urgent"] != (m["category"] == "urgent"):
            err(f, "urgent does not match category")
        if e["next_action"] != expected_next(e, auth):
            err(f, "next_action %s, rule says %s" % (e["next_action"], expected_next(e, auth)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "concerns")
        if e["missing"] != sorted(set(e["missing"])):
            err(f, "missing unsorted")
        kind = e["kind"]
        if kind in ("step_up", "step_down") and not (auth == "herefordshire" and kind == "step_up"):
            key = (auth, kind, e["level"] or 3) if (auth, kind) == ("knowsley", "step_down") else (auth, kind)
            if not set(e["missing"]) <= ALLOWED_MISSING[key]:
                err(f, "missing ids not allowed: %s" % e["missing"])
            req = ALLOWED_MISSING[key]
            if "consent" in req and (e["consent"] is not True) != ("consent" in e["missing"]):
                err(f, "consent vs missing")
            if "manager_agreed" in req and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
                err(f, "manager vs missing")
            if "case_id" in req and (not e["case_ids"]) != ("case_id" in e["missing"]):
                err(f, "case_id vs missing")
            if (not e["children"]) != ("children" in e["missing"]):
                err(f, "children vs missing")
            if auth == "knowsley" and kind == "step_up":
                for c, d in (("neglect", "gcp2"), ("non_engagement", "engaging_families"),
                             ("exploitation", "exploitation_assessment")):
                    if d in e["missing"] and c not in e["concerns"]:
                        err(f, "%s missing without %s" % (d, c))
        elif e["missing"]:
            err(f, "missing must be [] for %s" % kind)
        if e["level"] is not None and (kind != "step_down" or e["level"] not in (2, 3)):
            err(f, "level")
        # notice
        now = datetime.fromisoformat(lab["now"])
        knotice = auth == "knowsley" and kind in ("step_up", "step_down")
        if knotice:
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    err(f, "no meeting: notice_ok null and meeting_details missing")
            else:
                g = wd_between(now.astimezone(LON).date(), m["meeting"])
                if (g >= 5) != e["notice_ok"]:
                    err(f, "notice: %d WD but notice_ok %s" % (g, e["notice_ok"]))
                if not is_wd(m["meeting"]):
                    err(f, "meeting not on a working day")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        # the message itself
        msg = email.message_from_bytes(m["data"], policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(f, "defects %s" % part.defects)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err(f, "no %s" % h)
        re.split(rb"\r?\n\r?\n", m["data"], 1)[0].decode("ascii")
        if MAILBOX_ADDR[(auth, mbox)].lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower():
            err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if not (WIN_START <= d.date() <= WIN_END):
            err(f, "date outside window")
        if d.utcoffset() != d.astimezone(LON).utcoffset():
            err(f, "Date offset is not Europe/London's")
        if not m["night"] and not (is_wd(d.date()) and 8 <= d.hour < 18):
            err(f, "daytime mail not on a working day in office hours")
        if is_wd(d.date()) and 9 <= d.hour < 17 and m["night"]:
            err(f, "marked night but sent in office hours")
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)) or now.utcoffset() != d.utcoffset():
            err(f, "now not 1-10 minutes after Date with the same offset")
        auto = msg["Auto-Submitted"]
        if (kind == "auto_reply") != bool(auto):
            err(f, "Auto-Submitted vs kind")
        subj = str(msg["Subject"])
        if (kind in ("follow_up", "meeting_reply") or kind == "auto_reply") != bool(re.search(r"\[SB-", subj)):
            err(f, "[SB-] reference vs kind")
        cal_reply = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                     and "METHOD:REPLY" in p.get_content()]
        if (kind == "meeting_reply") != bool(cal_reply):
            err(f, "iTIP REPLY vs kind")
        text = readable(msg)
        low = text.lower()
        flat = re.sub(r"\s+", " ", text)
        for c in e["children"]:
            if c["name"] not in flat:
                err(f, "child %s not in text" % c["name"])
            if c["dob"]:
                b = date.fromisoformat(c["dob"])
                age = now.date().year - b.year - ((now.date().month, now.date().day) < (b.month, b.day))
                if not (0 <= age < 18):
                    err(f, "child %s not under 18" % c["name"])
                forms = {b.strftime("%d/%m/%Y"), b.strftime("%d.%m.%Y"), b.strftime("%d-%m-%Y"),
                         "%d%s %s %d" % (b.day, "st" if b.day in (1, 21, 31) else "nd" if b.day in (2, 22) else
                                         "rd" if b.day in (3, 23) else "th", b.strftime("%B"), b.year)}
                if not any(x in flat for x in forms):
                    err(f, "DOB of %s not written in the mail" % c["name"])
        for cid in e["case_ids"]:
            if cid not in flat:
                err(f, "case id %s not in text" % cid)
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d+|\d{7}", cid):
                err(f, "case id form %s" % cid)
        if m["category"] == "urgent":
            for w in BANNED:
                if w in low:
                    err(f, "banned word %r in urgent mail" % w)
        if re.search(r"\b20(3[6-9]|[4-9]\d)\b", text):
            err(f, "a year after 2035 in the text")
    return errs

def main():
    errs = check()
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    for m in MAILS:
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(m["data"])
    labels = sorted((m["label"] for m in MAILS), key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({m["file"]: m["category"] for m in sorted(MAILS, key=lambda x: x["file"])}, fh, indent=1)
        fh.write("\n")
    cats = [m["category"] for m in MAILS]
    print("self-check OK: 40 files, 8 per authority, every mail parses with no defects, labels consistent,"
          " no banned words in urgent mails, notice counts verified")
    print("categories: urgent %d, near_miss %d, ordinary %d" % (cats.count("urgent"), cats.count("near_miss"),
                                                                cats.count("ordinary")))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        c = [m["category"] for m in MAILS if m["file"].startswith(a)]
        print("  %-20s urgent %d / near_miss %d / ordinary %d" % (a, c.count("urgent"), c.count("near_miss"),
                                                                c.count("ordinary")))
    for m in sorted(MAILS, key=lambda x: x["file"]):
        if m["category"] == "urgent":
            print("  URGENT %-27s %s" % (m["file"], m["label"]["why"][:150]))
    for m in MAILS:
        if m["meeting"]:
            now = datetime.fromisoformat(m["label"]["now"]).astimezone(LON).date()
            print("  notice %-22s %s -> %s: %d WD" % (m["file"], now, m["meeting"], wd_between(now, m["meeting"])))

if __name__ == "__main__":
    main()
