#!/usr/bin/env python3
"""mixed125: blind held-out set (40 invented mails) for stepbot's `parse` contract, over the spring term of 2042
(Monday 6 January - Friday 28 March 2042), in long formal documents: assessments, reports, letters, chronologies
and minutes pasted into the body or attached (.docx / .pdf / .txt / .ics), with numbered paragraphs, headings,
family tables with dates of birth, signatures and designations, and facts scattered and sometimes corrected later.

Stdlib only (python3 make_set.py): .docx files are written with zipfile, PDFs by hand (uncompressed Helvetica text),
iCalendar by hand. Deterministic: no clock, no randomness (Message-IDs and UIDs from sha1 of the file name).
The whole window is GMT (+0000): British Summer Time 2042 begins on Sunday 30 March, after the window.
England bank holidays 2042 (checked against the `holidays` package): 1 Jan, 4 Apr (Good Friday), 7 Apr (Easter
Monday), 5 May, 26 May, 25 Aug, 25 Dec, 26 Dec - none falls inside the window; knowsley_08's joint visit
(Tue 8 April) lies after Easter, so its count skips 4 and 7 April.
Labels were set by hand from DESIGN.md, REQUIREMENTS.md and the seeds; the self-checks verify them against the
rules and STOP on any error before anything is written.
"""
import hashlib, io, json, os, re, sys, zipfile, html as htmlmod
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = (date(2042, 1, 6), date(2042, 3, 28))
BANK_HOLIDAYS = {date(2042, 1, 1), date(2042, 4, 4), date(2042, 4, 7), date(2042, 5, 5), date(2042, 5, 26),
                 date(2042, 8, 25), date(2042, 12, 25), date(2042, 12, 26)}
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger",
          "dangerous", "asap"]
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
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def T(s):
    """Dedent a triple-quoted block (strip the first newline and common indentation)."""
    import textwrap
    return textwrap.dedent(s[1:] if s.startswith("\n") else s).rstrip() + "\n"


# ---------------------------------------------------------------- documents (stdlib only)
def _x(s):
    return htmlmod.escape(s, quote=False)


def make_docx(blocks, title="Document"):
    """blocks: str paragraphs ('# ' prefix = bold heading) or ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple):
            rows = b[1]
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
            for i, r in enumerate(rows):
                t.append("<w:tr>")
                for c in r:
                    rpr = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
                    t.append('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>%s<w:t xml:space='
                             '"preserve">%s</w:t></w:r></w:p></w:tc>' % (rpr, _x(c)))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
        else:
            bold = b.startswith("# ")
            txt = b[2:] if bold else b
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(txt)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
          '/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<dc:title>%s</dc:title></cp:coreProperties>' % _x(title))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("docProps/core.xml", core)]:
            zi = zipfile.ZipInfo(name, date_time=(2042, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = xml.replace("</w:p>", "\n").replace("</w:tc>", "\t")
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", xml))


def _wrap(line, width=92):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = "    " + line[cut:].lstrip()
    out.append(line)
    return out


def make_pdf(text, title="Document"):
    """A plain multi-page PDF (Helvetica 10pt, WinAnsi), text uncompressed so any extractor can read it."""
    lines = []
    for l in text.split("\n"):
        lines.extend(_wrap(l) if l else [""])
    pages = [lines[i:i + 56] for i in range(0, len(lines), 56)] or [[""]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for n, pg in enumerate(pages):
        stream = ["BT", "/F1 10 Tf", "12 TL", "56 790 Td"]
        for l in pg:
            s = l.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            stream.append("(" + s.decode("latin-1") + ") Tj T*")
        stream.append("ET")
        data = "\n".join(stream).encode("latin-1")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                     " /Contents %d 0 R >>" % (5 + 2 * n)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    objs.append(("<< /Title (%s) /Producer (mixed125 make_set.py) >>" % title.replace("(", "").replace(")", ""))
                .encode("latin-1"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, len(objs), xref)
    return out


def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def ics(method, uid, start, end, summary, organizer, attendees, comment=None, description=None, seq=0,
        location=None, partstat=None, stamp="20420101T000000Z"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:Europe/London",
         "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
         "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:%d" % seq, "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/London:" + start, "DTEND;TZID=Europe/London:" + end,
         "SUMMARY:" + summary, "ORGANIZER;CN=%s:mailto:%s" % organizer]
    if location:
        L.append("LOCATION:" + location)
    if description:
        L.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    for cn, mail, ps in attendees:
        L.append("ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT%s:mailto:%s" % (
            cn, ps, ";RSVP=TRUE" if method == "REQUEST" else "", mail))
    if comment:
        L.append("COMMENT:" + comment.replace(",", "\\,"))
    L += ["STATUS:CONFIRMED" if method != "REPLY" else "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:     # fold at 74 octets
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


def html_of(text, font="Calibri"):
    paras = text.rstrip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith("|") for l in lines):          # a pipe table becomes an HTML table
            rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines if not set(l) <= set("|-+ ")]
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _x(c), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        else:
            out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(_x(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"%s",sans-serif;}</style></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n' % (font, "\n".join(out)))


# ---------------------------------------------------------------- mail assembly
MAILS = []


def mail(file, cat, authority, mailbox, date_s, frm, subject, body, expect, why, meeting=None, cc=None,
         style="outlook", attachments=(), extra_headers=(), html="twin", calendar=None, reply_to_ref=None,
         mins_after=4, to=None):
    MAILS.append(dict(file=file, cat=cat, authority=authority, mailbox=mailbox, date_s=date_s, frm=frm,
                      subject=subject, body=body, expect=expect, why=why, meeting=meeting, cc=cc, style=style,
                      attachments=list(attachments), extra_headers=list(extra_headers), html=html,
                      calendar=calendar, reply_to_ref=reply_to_ref, mins_after=mins_after, to=to))


def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager_agreed=None,
      missing=(), notice_ok=None, next_action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager_agreed, "missing": sorted(missing),
            "notice_ok": notice_ok, "next_action": next_action}


def DOCX(name, blocks):
    return (name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
            make_docx(blocks, name))


def PDF(name, text):
    return (name, "application", "pdf", make_pdf(text, name))


def TXT(name, text):
    return (name, "text", "plain", text)


def build(m):
    d = datetime.strptime(m["date_s"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    d = d + timedelta(seconds=int(sha(m["file"])[:2], 16) % 50)
    msg = EmailMessage(policy=email.policy.SMTP)
    name, addr = m["frm"]
    msg["From"] = email.utils.formataddr((name, addr))
    msg["To"] = m["to"] or MAILBOXES[m["authority"]][m["mailbox"]]
    if m["cc"]:
        msg["Cc"] = ", ".join(email.utils.formataddr(c) if isinstance(c, tuple) else c for c in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(d)
    dom = addr.split("@")[1]
    msg["Message-ID"] = "<%s@%s>" % (sha(m["file"] + "mid")[:24].upper(), dom)
    if m["reply_to_ref"]:
        msg["In-Reply-To"] = "<%s@stepbot.invalid>" % m["reply_to_ref"]
        msg["References"] = "<%s@stepbot.invalid>" % m["reply_to_ref"]
    st = m["style"]
    if st == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + sha(m["file"] + "ti")[:20]
        msg["Content-Language"] = "en-GB"
    elif st == "iphone":
        msg["X-Mailer"] = "iPhone Mail (23B85)"
    elif st == "android":
        msg["User-Agent"] = "Android"
    elif st == "gmail":
        pass
    elif st == "ios_outlook":
        msg["X-Mailer"] = "Outlook-iOS/2.0"
    elif st == "nhs":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["X-MS-Exchange-Organization-SCL"] = "-1"
    for k, v in m["extra_headers"]:
        msg[k] = v
    body = m["body"]
    if m["calendar"]:
        method, cal = m["calendar"]
        msg.set_content(body)
        msg.add_alternative(cal, subtype="calendar", params={"method": method})
    elif m["html"] == "only":
        msg.set_content(html_of(body), subtype="html")
    elif m["html"] == "twin":
        msg.set_content(body)
        msg.add_alternative(html_of(body))
    else:
        msg.set_content(body)
    for fname, mt, sub, data in m["attachments"]:
        if data is None:                      # Google Calendar repeats the calendar as invite.ics
            data = m["calendar"][1].encode("utf-8")
        if mt == "text":
            msg.add_attachment(data, subtype=sub, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=sub, filename=fname)
    for i, part in enumerate(msg.walk()):     # deterministic boundaries
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%03d_%s" % (i, sha(m["file"] + "b%d" % i)[:20].upper()))
    return msg.as_bytes(), d


def readable_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True)
        fn = part.get_filename() or ""
        if fn:
            out.append(fn)
        if ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif fn.endswith(".docx"):
            out.append(docx_text(data))
        elif fn.endswith(".pdf"):
            out.append(pdf_text(data))
    return "\n".join(out)


def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# =============================================================================================== KNOWSLEY
K_SIG_SM = T("""
    Siobhan McAteer
    Family First Case Manager (Level 3) | Family First 0-18, Huyton Team
    Knowsley Council | 0151 496 0732 | siobhan.mcateer@knowsley.gov.uk
    """)

mail("knowsley_01.eml", "urgent", "knowsley", "mash_step_up", "2042-01-14 12:10",
     ("Siobhan McAteer", "siobhan.mcateer@knowsley.gov.uk"),
     "Step up request - EHM-58214 - Lacey-Jo Tierney - step up TAF Wed 22/01/2042 10am",
     T("""
    Dear MASH colleagues,

    Please find attached the FF Step Up request to CSC for Lacey-Jo Tierney (EHM-58214), together with the Graded
    Care Profile 2 completed in December and the minutes of the last TAF meeting (17/12/2041). The step up TAF
    meeting is booked for Wednesday 22nd January 2042 at 10.00am at Huyton Family Hub, Room 3 (Teams link in the
    invitation to follow, MASH business support copied for minutes). Current TAF members have been invited by me.

    The step up was discussed in supervision with my Team Manager, Gareth Ombler, on 10/01/2042 and he agreed it.

    The head teacher asked that the school's formal report be placed before the meeting in full, so I have pasted it
    below exactly as I received it at 11.52 today.

    Kind regards,
    Siobhan

    ----------------------------------------------------------------------------------------------------
    ST COLUMBA'S CATHOLIC PRIMARY SCHOOL, HUYTON
    Formal report to the Step Up Team Around the Family meeting
    Pupil: Lacey-Jo Tierney      Year 3      Report author: Mrs Bernadette Hanley, Head Teacher and DSL
    Date of report: 13 January 2042 (with update, see paragraph 9)
    ----------------------------------------------------------------------------------------------------

    1. Purpose
    1.1 This report sets out the school's observations of Lacey-Jo's presentation, attendance and wellbeing during
    the autumn term 2041 and the first week of the spring term 2042, for the step up TAF meeting on 22 January.

    2. Background
    2.1 Lacey-Jo joined St Columba's in Reception in September 2038. She has been known to Family First 0-18 since
    May 2041, when the school completed an Early Help Assessment following concerns about her presentation.
    2.2 The school understands from the case manager that Mum's partner, Mr Craig Dunne, moved out in November
    2041. (See paragraph 9: this is no longer the school's understanding.)

    3. Family members known to the school
    | Name | Relationship | Date of birth |
    | Lacey-Jo Tierney | pupil | 03/05/2034 |
    | Danielle Tierney | mother | 17/02/2011 |
    | Craig Dunne | mother's partner | not known |

    4. Attendance
    | Period | Sessions possible | Attendance | Late marks |
    | Autumn 1 2041 | 68 | 91.2% | 9 |
    | Autumn 2 2041 | 62 | 85.5% | 14 |
    | Spring 1 2042 (to date) | 12 | 100% | 2 |

    5. Presentation
    5.1 Lacey-Jo frequently arrives without a coat and in a uniform that has not been washed; staff have provided
    spare uniform on eleven occasions this academic year.
    5.2 She attends breakfast club most days and is described by staff as "always starving". On 2 December she
    was found eating food from the bin in the dinner hall.
    5.3 Head lice have been reported to Mum on four occasions; no treatment appears to have followed.
    5.4 The school nurse's weight check in October placed her on the 4th centile (previously 25th).

    6. Engagement of the family
    6.1 Mum has attended one of four meetings offered this year. She is warm with Lacey-Jo at the gate and says
    she is struggling with work shifts at Whiston Hospital.

    7. Analysis
    7.1 In the school's view the pattern of poor physical care and weight loss meets the description of neglect
    in the Graded Care Profile completed by Family First, and has not improved under the Early Help plan.

    8. Recommendations
    8.1 The school supports the step up to Children's Social Care.
    8.2 Breakfast club and spare uniform will continue.

    9. Update (added by the Head Teacher at 11.35 on Tuesday 14 January 2042)
    9.1 At 09.10 this morning, during guided reading, Lacey-Jo told her class teacher, Miss Aoife Rourke, that
    "Craig does sex things to me when Mum's at work" and that it happened "last night again". She said Craig told
    her Mum would go to prison if she told anyone. Miss Rourke wrote down her words and brought her to me.
    9.2 Mr Dunne is living at the house again. He is on Lacey-Jo's collection list and the office has confirmed
    that he is the adult collecting her at 3.15pm today; Mum is on a shift until 8pm.
    9.3 Lacey-Jo is with me in my office. We have not contacted Mr Dunne or Mum.

    Bernadette Hanley
    Head Teacher and Designated Safeguarding Lead
    St Columba's Catholic Primary School | 0151 496 0288
    """) + "\n" + K_SIG_SM,
     E("step_up", True, None, ["EHM-58214"], [("Lacey-Jo Tierney", "2034-05-03")], ["neglect", "sexual_harm"],
       None, True, [], True, "alert_duty"),
     "URGENT BY A FINAL 'UPDATE' PARAGRAPH of a formal school report pasted into a complete Knowsley step-up: the "
     "child disclosed sexual abuse by mum's partner this morning and he is the adult collecting her at 3.15pm today "
     "(DESIGN safety rule 1 -> alert_duty first); the pack itself is complete (form, GCP2 for neglect, TAF minutes, "
     "EHM id, TM agreed, Wed 22 Jan = 6 WD from Tue 14 Jan; REQUIREMENTS knowsley step_up); consent never mentioned "
     "-> null; the partner's 'moved out' in para 2.2 is corrected by para 9.",
     meeting=date(2042, 1, 22), cc=[("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")],
     attachments=[
         DOCX("FF Step Up Request - EHM-58214 - L Tierney.docx", [
             "# FF Step Up request to CSC",
             ("table", [["Field", "Response"],
                        ["Case ID on EHM", "EHM-58214"],
                        ["Child", "Lacey-Jo Tierney, DOB 03/05/2034"],
                        ["Has this family recently closed to Children's Social Care?", "No"],
                        ["Date of step up TAF meeting", "Wednesday 22 January 2042, 10:00, Huyton Family Hub"],
                        ["Level of Engagement", "Low - Engaging Families toolkit not required (neglect)"],
                        ["Recent TAF meeting minutes attached", "Yes - 17/12/2041"]]),
             "# What are we worried about?",
             "Lacey-Jo's physical care: unwashed clothing, hunger, untreated head lice and a fall in weight from the "
             "25th to the 4th centile. Graded Care Profile 2 (December 2041) scores level 4 in physical care and "
             "level 3 in safety.",
             "# What is working well?",
             "Lacey-Jo attends school and breakfast club; she has a warm relationship with her class teacher.",
             "# What next?",
             "Step up TAF meeting to consider a Children and Families assessment.",
             ("table", [["Graded Care profile (If neglect should be completed)", "Completed 09/12/2041 - attached"],
                        ["Merseyside Exploitation Assessment", "N/A"]]),
             "Agreement by line manager: Gareth Ombler, Team Manager, Family First 0-18 (Huyton), 10/01/2042",
             "Contingency plan: breakfast club daily; school nurse weight check monthly."]),
         PDF("GCP2 - Lacey-Jo Tierney - Dec 2041.pdf", T("""
             Graded Care Profile 2 - summary of scores
             Child: Lacey-Jo Tierney   DOB 03/05/2034   EHM-58214
             Completed by: Siobhan McAteer, Family First Case Manager, with Danielle Tierney, 09/12/2041
             Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4
             Area 2 Care of safety: 3
             Area 3 Love and care: 2
             Area 4 Stimulation and education: 3
             Summary: physical care is consistently below the level the child needs; neglect of physical care."""))
         ,
         PDF("TAF minutes 17.12.2041 - Tierney.pdf", T("""
             Team Around the Family meeting - minutes
             Family: Tierney (EHM-58214)   Date: 17/12/2041 10:00   Venue: St Columba's Catholic Primary School
             Present: Siobhan McAteer (Family First, chair); Bernadette Hanley (school); Priya Nandakumar (school
             nurse). Apologies: Danielle Tierney (at work).
             1. Review of plan: breakfast club in place; weight check showed further loss; home visit 12/12 - very
             little food in the house.
             2. Agreed: case manager to discuss step up to CSC with Team Manager in the new year.""")),
     ])

mail("knowsley_02.eml", "near_miss", "knowsley", "mash_step_up", "2042-01-28 10:05",
     ("Bartosz Wróbel", "bartosz.wrobel@knowsley.gov.uk"),
     "Step-up request EHM-60421 (Lunt) - step up TAF Wednesday 5th February 10.00, Kirkby Family Hub",
     T("""
    Good morning,

    I am requesting a step up to Children's Social Care for the three Lunt children. The Step Up request form, the
    Graded Care Profile 2, the Engaging Families toolkit and the minutes of the TAF held on 21 January are attached.

    Step up TAF meeting: Wednesday 5 February 2042 at 10.00, Kirkby Family Hub, Cherryfield Drive (first floor
    meeting room). I have invited the current TAF members; MASH business support are copied for the minutes.

    Management oversight: my Team Manager, Rachel Fagbemi, discussed the step up with me on 24/01/2042 and agreed
    it. Ms Lunt has given her consent for the step up and will attend the meeting.

    Because this family has a long history with Children's Social Care, the chair asked me to set out the full
    chronology so that nobody at the meeting is working from an old picture. I want to be clear at the outset that
    the historic matters are not current: the children's father, Wayne Lunt, has had no contact with the family
    since 2039, he lives in Aberdeen, and there have been no injuries to any of the children since 2036. The step
    up is about neglect and the family's engagement now.

    CHRONOLOGY (historic entries summarised from ICS; current entries from EHM)
    | Date | Source | Event | Outcome |
    | 03/2036 | Alder Hey | Jayden (then 3) seen with a fractured wrist; father's account inconsistent | s47; Child Protection plan (physical abuse) |
    | 11/2037 | Police | Domestic abuse incident, father arrested | Mother and children moved to refuge for 6 weeks |
    | 06/2038 | Court | Father convicted of assault on mother; restraining order (10 years) | No contact since |
    | 02/2039 | ICS | CP plan ended; CIN | Father moved to Scotland |
    | 09/2039 | ICS | Case closed to CSC | - |
    | 05/2041 | School | EHA opened: Kelsie's attendance and hygiene | Family First Level 3 |
    | 10/2041 | Health visitor | Ollie's 2-year review missed twice | Rebooked |
    | 12/2041 | Family First | GCP2 completed: level 4 physical care | Plan updated |
    | 21/01/2042 | TAF | Little progress; 2 of 5 planned visits completed | Step up to be discussed with TM |

    WHAT ARE WE WORRIED ABOUT
    The home conditions have deteriorated since October: dog faeces on the floor, no working cooker, the children
    sharing one mattress. Ollie's health appointments have been missed. Ms Lunt cancels or is not in for planned
    visits; using the Engaging Families toolkit I have tried text reminders, visits at school pick-up and a joint
    visit with the health visitor, and the toolkit puts engagement at "low".

    WHAT IS WORKING WELL
    The children are attached to their mum; Jayden (8) attends school every day.

    WHAT NEEDS TO HAPPEN
    A Children and Families assessment, so that the neglect can be addressed with statutory oversight.

    Family details
    | Name | DOB | School / setting |
    | Jayden Lunt | 14/02/2033 | Kirkby CE Primary, Year 4 |
    | Kelsie Lunt | 22/07/2036 | Kirkby CE Primary, Year 1 |
    | Ollie Lunt | 09/10/2039 | not in a setting |
    | Shannon Lunt (mother) | 01/03/2012 | - |

    Regards,

    Bartosz Wróbel
    Family First Case Manager | Family First 0-18 (Kirkby)
    Knowsley Council | 0151 496 0614
    """),
     E("step_up", False, None, ["EHM-60421"], [("Jayden Lunt", "2033-02-14"), ("Kelsie Lunt", "2036-07-22"),
                                               ("Ollie Lunt", "2039-10-09")],
       ["neglect", "non_engagement"], True, True, [], True, "book_meeting"),
     "NEAR MISS - A LONG CHRONOLOGY OF HISTORIC HARM (2036 fracture, 2037-38 domestic abuse, father convicted, no "
     "contact since 2039, 'the historic matters are not current'): not urgent, and no physical_harm or domestic_abuse "
     "concern now. Complete Knowsley step-up (REQUIREMENTS knowsley step_up: form, TAF minutes, GCP2 for neglect, "
     "Engaging Families toolkit for non-engagement, EHM id, TM agreed; Wed 5 Feb = 6 WD from Tue 28 Jan) -> "
     "book_meeting; consent stated -> true.",
     meeting=date(2042, 2, 5), cc=[("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")],
     attachments=[
         DOCX("FF Step Up request to CSC - Lunt - EHM-60421.docx", [
             "# FF Step Up request to CSC",
             ("table", [["Field", "Response"], ["Case ID on EHM", "EHM-60421"],
                        ["Date of step up TAF meeting", "05/02/2042 10:00, Kirkby Family Hub"],
                        ["Level of Engagement", "Low - Engaging Families Toolkit followed (attached)"],
                        ["Recent TAF meeting minutes attached", "Yes, 21/01/2042"],
                        ["Agreement by line manager", "Rachel Fagbemi, Team Manager, 24/01/2042 - agreed"]]),
             "Contingency plan: weekly joint visits with the health visitor until the step up TAF."]),
         PDF("GCP2 summary - Lunt children - 12.2041.pdf",
             "Graded Care Profile 2 - Lunt children - EHM-60421\nPhysical care: 4   Safety: 3   Love and care: 2   "
             "Stimulation: 3\nCompleted 15/12/2041 by Bartosz Wrobel with Shannon Lunt."),
         PDF("Engaging Families Toolkit - Lunt.pdf",
             "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool\nFamily: Lunt "
             "(EHM-60421)\nPlanned visits 5, completed 2; approaches tried: text reminders, school-gate visits, joint "
             "visit with health visitor.\nEngagement rating: LOW."),
         PDF("TAF minutes 21.01.2042 - Lunt.pdf",
             "TAF meeting minutes - Lunt family - 21/01/2042 - Kirkby Family Hub\nPresent: B Wrobel (chair), school "
             "DSL, health visitor. Apologies: S Lunt.\nOutcome: little progress; case manager to discuss step up with "
             "Team Manager."),
     ])

mail("knowsley_03.eml", "ordinary", "knowsley", "early_help_duty", "2042-02-03 14:20",
     ("Aisha Qureshi", "aisha.qureshi@knowsley.gov.uk"),
     "Step down to Level 2 - ICS-1309876 - Flanagan - final CIN Tues 11/02/2042",
     T("""
    Dear Family First Duty Team,

    STEP-DOWN NOTIFICATION: CHILD IN NEED TO LEVEL 2 EARLY HELP (PARTNER AGENCY)

    1. Background
    1.1 Ruby and Theo Flanagan have been open to the Child in Need service since July 2041 (ICS-1309876), following
    a referral from their GP when Ms Flanagan was admitted to Whiston Hospital with severe depression.
    1.2 The Child in Need plan has been reviewed four times. The children are now well supported and the CIN plan
    can end at the final review below.

    2. Family composition
    | Name | Relationship | Date of birth |
    | Ruby Flanagan | child | 11.06.2031 |
    | Theo Flanagan | child | 30.01.2035 |
    | Maria Flanagan | mother | 22.09.2004 |

    3. Level
    3.1 The family's remaining needs sit at Level 2 and can be met by a partner agency; a Family First case manager
    is not needed.

    4. What are we worried about?
    4.1 Ms Flanagan's mental health remains fragile, although she is engaging with the community mental health team
    and taking her medication.
    4.2 Ruby's attendance is 88% this year; she has missed mornings when Mum has had a bad night.

    5. What is working well?
    5.1 Maternal grandmother, Mrs Kathleen Rooney, visits daily and does the school run on Mondays and Thursdays.
    5.2 Theo is thriving in Year 2 and both children speak warmly of home.

    6. What needs to happen?
    6.1 School-led Early Help Assessment and TAF, with attendance support for Ruby and a young carers' assessment
    to be considered.
    6.2 Ms Flanagan to continue with the CMHT; grandmother's support to continue.

    7. Lead Practitioner
    7.1 Mrs Nkechi Obi, Pastoral Lead, St Aidan's CE Primary School, Huyton (0151 496 0553,
    n.obi@staidans-huyton.sch.invalid), has agreed to take on the Lead Practitioner role.

    8. Consent
    8.1 The draft of this notification circulated to the CIN group on 27 January recorded consent as "to be
    confirmed".
    8.2 Update: Ms Flanagan signed the consent to Early Help and to information sharing with the school on
    30 January 2042, so consent is now given.

    9. Final Child in Need meeting
    9.1 Tuesday 11 February 2042 at 10.00am, St Aidan's CE Primary School, Meeting Room 2, Twig Lane, Huyton.
    Mrs Obi will attend.

    Kind regards,

    Aisha Qureshi
    Social Worker | Child in Need Team 2 | Children's Social Care
    Knowsley Council | 0151 496 0390
    """),
     E("step_down", False, 2, ["ICS-1309876"], [("Ruby Flanagan", "2031-06-11"), ("Theo Flanagan", "2035-01-30")],
       ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting"),
     "Complete Knowsley LEVEL 2 step-down set out as a formal numbered notification (REQUIREMENTS knowsley step_down "
     "level 2: final CIN date, time and venue; all three Signs of Safety headings; Lead Practitioner named with her "
     "agency); consent 'to be confirmed' in a draft is corrected by 8.2 'signed ... consent is now given' -> true; "
     "Tue 11 Feb = 6 WD from Mon 3 Feb -> notice ok -> book_meeting.",
     meeting=date(2042, 2, 11))

K04_CAL = ics("REQUEST", "040000008200E00074C5B7101A82E008000000004B0A%s" % sha("k04")[:20].upper(),
              "20420219T100000", "20420219T113000",
              "Step up TAF meeting - EHM-61873 - Kyle Stanton-Pryce",
              ("Temitope Adeyemi", "temitope.adeyemi@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
               ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")],
              location="Microsoft Teams Meeting",
              description="Step up TAF meeting for Kyle Stanton-Pryce (EHM-61873). Form attached. Please note the "
                          "meeting has been brought forward from 26/02 to 19/02 at the request of Merseyside Police.")
mail("knowsley_04.eml", "ordinary", "knowsley", "mash_step_up", "2042-02-13 15:30",
     ("Temitope Adeyemi", "temitope.adeyemi@knowsley.gov.uk"),
     "Step up TAF meeting - EHM-61873 - Kyle Stanton-Pryce",
     T("""
    Step up TAF meeting for Kyle Stanton-Pryce (DOB 05/10/2027), EHM-61873.

    Please find the FF Step Up request form attached.

    Please note: the form still shows Wednesday 26th February, which was the original date. The meeting has been
    brought forward to WEDNESDAY 19th FEBRUARY at 10am (Teams) at the request of Merseyside Police, who cannot make
    the 26th. This invitation has the correct date.

    Summary of concerns: Kyle has been reported missing three times since Christmas (27/12, 18/01, 07/02), each time
    returning after 1-2 nights with new clothes and a second phone; Merseyside Police believe he is being used to
    carry drugs between Huyton and Rhyl. His school attendance has fallen to 61%.

    The TAF minutes from yesterday's meeting will follow once they are typed up. I have not yet completed the
    Merseyside Exploitation Assessment: I am meeting the police CE lead on Monday to do it together.

    Discussed with and agreed by my Team Manager, Lorraine Birchall, on 12/02/2042.

    Temitope Adeyemi
    Family First Case Manager | Family First 0-18 (Prescot & Whiston)
    Knowsley Council | 0151 496 0871
    """),
     E("step_up", False, None, ["EHM-61873"], [("Kyle Stanton-Pryce", "2027-10-05")],
       ["exploitation", "missing", "school_attendance"], None, True, ["exploitation_assessment", "taf_minutes"],
       False, "request_info"),
     "Knowsley step-up sent as an Outlook meeting request (iTIP REQUEST, as seed 004 asks for calendar invites to "
     "the MASH inbox): the attached form says 26 Feb but the body and the invitation correct it to Wed 19 Feb 10:00, "
     "only 4 WD from Thu 13 Feb (REQUIREMENTS knowsley step_up: at least 5 WD) -> notice false; exploitation without "
     "the Merseyside Exploitation Assessment and TAF minutes 'to follow' -> both missing -> request_info.",
     meeting=date(2042, 2, 19), cc=[("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")],
     html=None, calendar=("REQUEST", K04_CAL),
     attachments=[DOCX("FF Step Up Request - K Stanton-Pryce.docx", [
         "# FF Step Up request to CSC",
         ("table", [["Field", "Response"], ["Case ID on EHM", "EHM-61873"],
                    ["Child", "Kyle Stanton-Pryce, DOB 05/10/2027"],
                    ["Has this family recently closed to Children's Social Care?", "Yes - closed August 2041"],
                    ["Date of step up TAF meeting", "Wednesday 26 February 2042, 10:00 (Teams)"],
                    ["Level of Engagement", "Medium"],
                    ["Recent TAF meeting minutes attached", "To follow"]]),
         "# What are we worried about?",
         "Missing episodes (three since December), suspected criminal exploitation (county lines), attendance 61%.",
         "# What is working well?",
         "Mum reports every missing episode promptly; Kyle enjoys boxing at Huyton ABC.",
         "# What next?",
         "Step up TAF; Merseyside Exploitation Assessment with the police CE lead.",
         ("table", [["Merseyside Exploitation Assessment - CE/CSE concern", "Not yet completed"]]),
         "Agreement by line manager: Lorraine Birchall, 12/02/2042"])])

mail("knowsley_05.eml", "urgent", "knowsley", "mash_step_up", "2042-03-11 13:40",
     ("Lorna Kavanagh", "lorna.kavanagh@knowsley.gov.uk"),
     "TAF review minutes 11.03.42 - Hughes - EHM-59930 - request for step up",
     T("""
    Hi MASH,

    I'm requesting a step up for Tiegan Hughes following this morning's TAF review. My TM, Paul Ashcroft, has
    agreed (we spoke at 12.45). I'll send the step-up form tomorrow and set up the step up TAF once I have a date
    from you. The minutes are below - please read item 6.

    Lorna

    =====================================================================
    TEAM AROUND THE FAMILY - REVIEW MEETING - MINUTES
    Family: Hughes    EHM ref: EHM-59930    Date: Tuesday 11 March 2042, 09.30-11.00
    Venue: Lord Derby Academy, Huyton - Inclusion Room
    Chair: Lorna Kavanagh (Family First Case Manager)    Minutes: Lorna Kavanagh
    =====================================================================

    1. Attendance
    | Name | Role | Agency |
    | Lorna Kavanagh | Case Manager (chair) | Family First 0-18 |
    | Harjit Singh | Assistant Head / DSL | Lord Derby Academy |
    | Maxine Hughes | Mother | - |
    | Tiegan Hughes | Young person (joined for item 6) | - |
    | Apologies: Joanne Brett, School Nurse; PC Ellis Morgan, Missing from Home Coordinator |

    2. Family members
    | Name | Relationship | Date of birth |
    | Tiegan Hughes | young person | 19/04/2026 |
    | Connor Hughes | brother | 02/12/2024 |
    | Maxine Hughes | mother | 08/08/2006 |

    3. Review of actions from the last TAF (11/02/2042)
    | No. | Action | Owner | Due | Status |
    | 1 | Attendance support plan | HS | 25/02 | Done - attendance 79% (was 72%) |
    | 2 | Referral to Catch22 for Tiegan | LK | 18/02 | Done - first session 04/03 |
    | 3 | Mum to attend parenting group | MH | ongoing | Attended 2 of 4 |
    | 4 | Return home interview after 01/03 missing episode | PC Morgan | 05/03 | Outstanding |

    4. Update from school
    4.1 Tiegan's attendance has improved. Staff have noticed new trainers and a designer bag; she has been seen
    getting into a black Audi outside school twice.

    5. Update from Mum
    5.1 Mum says Connor "owes money to the wrong people" and has been staying at a friend's. She left the meeting
    at 10.45 for a hospital appointment.

    6. Any other business
    6.1 At 10.50, after Mum had left, Tiegan told me and Mr Singh that she is going to a flat on Page Moss Parade
    tonight because "Deano" says Connor owes him £800 and "I have to be nice to him and his mates to clear it".
    6.2 She showed us a message on her phone from "Deano": "taxi at 7 dont b late x". She said if she doesn't go
    they will "do Connor in".
    6.3 Tiegan left school at 12.20 without permission. Her phone is now switched off and Mum is not answering.

    7. Actions
    | No. | Action | Owner | Due |
    | 5 | Contact MASH today re item 6 | LK | 11/03/2042 |
    | 6 | Merseyside Exploitation Assessment | LK / PC Morgan | 14/03/2042 |
    | 7 | Step up form to MASH | LK | 12/03/2042 |
    | 8 | Next TAF review | all | 08/04/2042 |

    Minutes agreed by: L Kavanagh
    =====================================================================

    Lorna Kavanagh
    Family First Case Manager | Family First 0-18 (Huyton)
    Knowsley Council | 0151 496 0745 (mobile 07700 900 318)
    """),
     E("step_up", True, None, ["EHM-59930"], [("Tiegan Hughes", "2026-04-19"), ("Connor Hughes", "2024-12-02")],
       ["exploitation", "sexual_harm"], None, True, ["exploitation_assessment", "meeting_details", "step_up_form"],
       None, "alert_duty"),
     "URGENT IN THE 'ANY OTHER BUSINESS' ITEM OF TAF MINUTES with action tables: a 15-year-old is going to a man's flat "
     "tonight at 7 to 'be nice to him and his mates' to clear her brother's debt, has left school and switched her "
     "phone off (DESIGN safety rule 1 -> alert_duty first). As a Knowsley step-up (REQUIREMENTS knowsley step_up) the "
     "TAF minutes are pasted (met), EHM id and TM agreement given, but the form is 'tomorrow', no exploitation "
     "assessment and no meeting date (notice null).",
     html="only", style="outlook")

mail("knowsley_06.eml", "ordinary", "knowsley", "mash_step_up", "2042-01-29 16:05",
     ("Declan O'Rourke", "d.orourke@kirkbyce.sch.invalid"),
     "Accepted: Step up TAF - EHM-60421 (Lunt)",
     T("""
    Declan O'Rourke has accepted this meeting.

    Comment: I will attend and bring the attendance summaries for both older children. The nursery key worker sends
    apologies.
    """),
     E("meeting_reply", False, None, ["EHM-60421"], [], [], None, None, [], None, "record_reply"),
     "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with an ordinary COMMENT from the school DSL for "
     "knowsley_02's step-up TAF (Wed 5 Feb); the SUMMARY carries EHM-60421. DESIGN kind meeting_reply -> record_reply.",
     html=None, to="knowsleymash@knowsley.gov.uk",
     calendar=("REPLY", ics("REPLY", "040000008200E00074C5B7101A82E00800000000LUNT%s" % sha("k02")[:16].upper(),
                            "20420205T100000", "20420205T113000", "Step up TAF - EHM-60421 (Lunt)",
                            ("Bartosz Wrobel", "bartosz.wrobel@knowsley.gov.uk"),
                            [("Declan O'Rourke", "d.orourke@kirkbyce.sch.invalid", "ACCEPTED")],
                            comment="I will attend and bring the attendance summaries for both older children. The "
                                    "nursery key worker sends apologies.", location="Kirkby Family Hub",
                            stamp="20420129T160400Z")))

K07_LETTER = T("""
    HARGREAVES LYLE LLP - SOLICITORS
    14 Castle Street, Liverpool L2 0NE  |  DX 14100 Liverpool  |  0151 496 0901

    Knowsley Council - Children's Social Care (MASH)
    Your ref: ICS-1187702          Our ref: EMH/CAR/0419-7          5 March 2042

    BY EMAIL ONLY

    Dear Sirs

    Re: Mia-Rose Carragher (DOB 04/09/2033)
    Private law proceedings: Liverpool Family Court, case no. LV41P00719
    Application by our client, Mr Jordan Carragher, for a child arrangements order

    1. Introduction
    1.1 We act for Mr Jordan Carragher, the father of Mia-Rose, in the above proceedings. The mother, Ms Leanne
    Pritchard, is represented by Molyneux & Co.
    1.2 By the order of District Judge Arkwright dated 20 February 2042, the court has directed that the local
    authority's records relating to Mia-Rose for the period 2037 to 2040 be disclosed to the parties (paragraph 6).

    2. Background
    2.1 Our client and Ms Pritchard separated in 2037. In 2038 Ms Pritchard alleged that Mia-Rose had returned
    from contact with bruising to her upper arms. The matter was investigated by your department under section 47;
    the investigation concluded in July 2038 that the allegation was unsubstantiated and no further action was
    taken.
    2.2 In 2039 Ms Pritchard reported an incident of domestic abuse said to have occurred in 2036. The police
    took no further action and the allegation was later withdrawn.
    2.3 Since March 2040 our client has had supervised contact with Mia-Rose at the Huyton Contact Centre every
    other Saturday. The centre's reports, all of which are positive, are before the court.

    3. Current position
    3.1 For the avoidance of doubt, our client raises no current safeguarding concern about Mia-Rose and is not
    aware of any. The application concerns the move from supervised to unsupervised contact.

    4. Request
    4.1 Please provide, by 4pm on 19 March 2042, copies of the section 47 records of 2038, the strategy discussion
    minutes, and any assessment completed in 2039, in accordance with paragraph 6 of the order.
    4.2 Please direct any query to the writer.

    Yours faithfully

    Eleanor Mbeki-Hart
    Solicitor (Family), for Hargreaves Lyle LLP
    e.mbeki-hart@hargreaveslyle.invalid
    """)
mail("knowsley_07.eml", "near_miss", "knowsley", "mash_step_up", "2042-03-05 11:15",
     ("Eleanor Mbeki-Hart", "e.mbeki-hart@hargreaveslyle.invalid"),
     "Mia-Rose Carragher - LV41P00719 - disclosure order - your ref ICS-1187702",
     T("""
    Dear Sir or Madam,

    Please see our letter attached, which we also set out below for convenience.

    """) + "\n" + K07_LETTER,
     E("other", False, None, ["ICS-1187702"], [("Mia-Rose Carragher", "2033-09-04")], [], None, None, [], None,
       "human_review"),
     "NEAR MISS - A SOLICITOR'S LETTER RECITING HISTORIC ALLEGATIONS (2038 bruising unsubstantiated, a 2036 domestic "
     "abuse allegation withdrawn, supervised contact positive since 2040, 'no current safeguarding concern'): not "
     "urgent. A disclosure request under a court order, no step request -> DESIGN kind other -> human_review; the "
     "'Your ref' ICS id is a case number as written.",
     attachments=[PDF("Letter to Knowsley CSC 05.03.2042 - EMH-CAR-0419-7.pdf", K07_LETTER)])

mail("knowsley_08.eml", "ordinary", "knowsley", "early_help_duty", "2042-03-28 10:15",
     ("Gwyneth Parry-Jones", "gwyneth.parry-jones@knowsley.gov.uk"),
     "Step down - Level 3 - ICS-1322409 - Harvey Doyle - joint home visit Tues 8 April",
     T("""
    Dear Family First Duty,

    RE: STEP DOWN TO FAMILY FIRST 0-18 AT LEVEL 3 - HARVEY DOYLE (DOB 1 December 2038) - ICS-1322409

    I am writing with notice of a joint home visit, as the protocol asks, so that a Family First case manager can
    meet Ms Doyle with me before the C&F assessment is finalised.

    Joint home visit: Tuesday 8 April 2042 at 11.00am, at the family home, 27 Whitefield Drive, Kirkby L32.
    (I am aware of the Easter bank holidays; I have allowed for them.)

    Summary of the C&F assessment (to be finalised after the visit)
    - Harvey is 3. He was referred in January after Ms Doyle was found drunk at a soft-play centre with him. She has
      since engaged with Change Grow Live and reports 6 weeks without alcohol; tests support this.
    - Harvey has a significant speech and language delay and is on the waiting list for a paediatric assessment.

    What are we worried about?
    - That Ms Doyle's recovery is recent and she has little support if she relapses.
    - Harvey's speech delay and that he is not yet in a nursery setting.

    What needs to happen?
    - Nursery place from April (funded two-year-old offer is being arranged).
    - Family First case manager to co-ordinate the plan with CGL and the health visitor.

    Consent: I haven't yet asked Ms Doyle about Family First; I will ask her at the visit.

    Kind regards
    Gwyneth

    Gwyneth Parry-Jones
    Social Worker | Assessment Team | Knowsley Children's Social Care | 0151 496 0267
    """),
     E("step_down", False, 3, ["ICS-1322409"], [("Harvey Doyle", "2038-12-01")],
       ["disability_send", "substance_misuse"], None, None, ["consent", "worries_strengths_next"], True,
       "request_info"),
     "Knowsley LEVEL 3 step-down (REQUIREMENTS knowsley step_down level 3: meeting details, all three Signs of Safety "
     "headings, consent): 'What is working well' is absent and consent is 'will ask her at the visit' (null) -> both "
     "missing; joint visit Tue 8 Apr 11:00 at the home is 5 WD from Fri 28 Mar (31 Mar-3 Apr and 8 Apr; Good Friday "
     "4 Apr and Easter Monday 7 Apr excluded) -> notice ok -> request_info.",
     meeting=date(2042, 4, 8), style="gmail", html="twin")


# ==================================================================================== RICHMOND & WANDSWORTH
R01_LETTER = T("""
    CHALCOT RAMAN SOLICITORS
    Family Law | 118 Upper Tooting Road, London SW17 7EN | 020 7946 0655

    To: Richmond and Wandsworth Children's Services - MASH
    Date: 20 January 2042
    Our ref: PRH/HRY/2207
    Sent by email: MASH-StepUP@richmondandwandsworth.gov.uk (the only address on your website we could find)

    Dear Colleagues

    Our client: Ms Oksana Hrytsenko
    Child: Mila Hrytsenko-Baird, born 11 March 2039 (aged 2)
    Respondent: Mr Callum Baird

    1. We act for Ms Hrytsenko, Mila's mother. We write because of events this morning which Ms Hrytsenko is too
    distressed to set out herself. She is with us at our office now.

    2. On 16 January 2042 the Family Court at Wandsworth made a non-molestation order, without notice, forbidding
    Mr Baird from using or threatening violence towards Ms Hrytsenko, from contacting her, and from going within
    100 metres of her home or of Little Acorns Nursery, Tooting. The order was personally served on Mr Baird at
    14.00 on 18 January. A copy is available on request.

    3. Relevant history (from our client's statement to the court)
    | Date | Event |
    | 08/2040 | Mr Baird strangled our client in the kitchen; police called; no charge (our client withdrew) |
    | 03/2041 | Mr Baird smashed the car windscreen with Mila inside |
    | 12/2041 | Our client left the family home with Mila; moved to a new address in Tooting |
    | 14/01/2042 | Mr Baird sent 41 messages in one night, including "if I can't have her nobody will" |

    4. This morning, at about 10.35, Mr Baird entered the garden of Little Acorns Nursery through the side gate
    and took Mila. The nursery manager, Mrs Dolores Quintero, has confirmed this to us by telephone. Staff tried to
    stop him; he drove off in a grey Vauxhall Astra.

    5. At 11.02 he sent our client a photograph of Mila in a car seat with the message: "You took her from me so
    now you know how it feels. Tonight I finish it, for all of us." He has not replied to any message since, and
    his phone now goes straight to voicemail.

    6. Our client has given the police the registration number; she does not know where Mr Baird is staying. He has
    a brother in Crawley and has spoken of "going back to Scotland".

    7. We would be grateful if someone from your service could telephone the writer on 020 7946 0655 as soon as
    this is read.

    Yours faithfully

    Priya Raman-Holt
    Partner, Chalcot Raman Solicitors
    Authorised and regulated by the Solicitors Regulation Authority
    """)
mail("richmond_wandsworth_01.eml", "urgent", "richmond_wandsworth", "mash_step_up", "2042-01-20 12:25",
     ("Priya Raman-Holt", "p.raman-holt@chalcotraman.invalid"),
     "Mila Hrytsenko-Baird (aged 2) - taken from nursery this morning - non-molestation order - PRH/HRY/2207",
     T("""
    Dear Colleagues,

    Please read our letter below (also attached as a PDF). We would ask that it is passed to the duty team at once.

    Priya Raman-Holt

    """) + "\n" + R01_LETTER,
     E("other", True, None, [], [("Mila Hrytsenko-Baird", "2039-03-11")], ["domestic_abuse", "missing"],
       None, None, [], None, "alert_duty"),
     "URGENT IN A SOLICITOR'S FORMAL LETTER (numbered paragraphs, history table): a father served with a "
     "non-molestation order two days ago took a 2-year-old from nursery this morning and messaged 'Tonight I finish "
     "it, for all of us'; whereabouts unknown (DESIGN safety rule 1 -> alert_duty). No step request -> kind other; "
     "domestic_abuse (the order, the threats) and missing (a child taken, whereabouts unknown).",
     style="outlook",
     attachments=[PDF("Letter to MASH 20.01.2042 PRH-HRY-2207.pdf", R01_LETTER)])

mail("richmond_wandsworth_02.eml", "near_miss", "richmond_wandsworth", "early_help_duty", "2042-01-16 15:20",
     ("Tobias Ekwueme", "tobias.ekwueme@richmondandwandsworth.gov.uk"),
     "Step-down to Early Help - Mosaic 2094417 - Amelia Fenwick-Osei - case discussion Tues 21 Jan 10am",
     T("""
    Dear Bukola,

    Further to our call this morning, I confirm the step-down case discussion for Amelia on Tuesday 21 January 2042
    at 10.00, Wandsworth Town Hall, Room 2.14 (or Teams). My team manager, Helena Strand, will attend; she agrees
    the step-down. The latest case summary and the draft Early Help plan are attached.

    Ms Osei has given her consent for Early Help to continue the plan, and Amelia (10) has said she would like to
    keep seeing Ms Laurent, the school's learning mentor, who has agreed to be the Lead Professional.

    Because the plan was written for a family where there was a Child Protection plan until December, I have pasted
    the Recommendations section below so that the Early Help worker can see what each agency has agreed to do if
    things change. None of these situations applies now: there are no current child protection concerns, the CP plan
    ended on 9 December 2041, and Mr Fenwick is serving a prison sentence with no contact.

    7. RECOMMENDATIONS
    7.1 If Mr Darnell Fenwick is released on licence and seeks contact, then the probation service will notify the
    Early Help worker and the school, and a review meeting will be convened within 5 working days.
    7.2 If Amelia makes any further disclosure about the man who was her stepfather's friend, then the school will
    follow its safeguarding procedures and contact the MASH the same day.
    7.3 If Amelia's attendance falls below 85% in any half term, then the school's attendance officer will arrange a
    meeting with Ms Osei within 2 weeks.
    7.4 If Ms Osei's mental health deteriorates (for example, if she stops her medication or misses two CMHT
    appointments), then the GP and CMHT will be asked to review her, and the Early Help worker will increase visits to
    weekly.
    7.5 If Ms Osei is admitted to hospital, then Amelia will stay with her aunt, Mrs Florence Akande, as agreed in the
    family network meeting of 28 November 2041.
    7.6 If the family do not engage with Early Help for 4 weeks, then the Early Help manager will call a review
    meeting earlier than the 4-week review.

    Family details
    | Name | Relationship | DOB |
    | Amelia Fenwick-Osei | child | 23/08/2031 |
    | Adaeze Osei | mother | 14/01/2003 |

    Current needs for the Early Help plan: Ms Osei's anxiety and depression (under the CMHT) and Amelia's attendance
    (87.4% this academic year).

    Kind regards,

    Tobias Ekwueme
    Senior Social Worker | Child in Need Team (Wandsworth) | Children's Services
    Richmond and Wandsworth | 020 7946 0412
    """),
     E("step_down", False, None, ["2094417"], [("Amelia Fenwick-Osei", "2031-08-23")],
       ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting"),
     "NEAR MISS - A RECOMMENDATIONS SECTION FULL OF 'IF ... THEN ...' (release on licence, a further disclosure, a "
     "hospital admission), with 'none of these situations applies now' and the CP plan ended: hypothetical, not urgent. "
     "Complete Richmond & Wandsworth step-down (REQUIREMENTS richmond_wandsworth step_down: case summary, draft plan, "
     "consent) -> book_meeting; 'Mosaic 2094417' -> bare number; no notice period applies.",
     attachments=[
         DOCX("Case summary - A Fenwick-Osei - January 2042.docx", [
             "# Case summary - Amelia Fenwick-Osei - Mosaic 2094417",
             "Open to CSC since March 2040 (CP plan, emotional harm, ended 09/12/2041; CIN since).",
             "Current needs: mother's anxiety and depression; attendance 87.4%.",
             "Prepared by Tobias Ekwueme, Senior Social Worker, 16/01/2042."]),
         PDF("Draft Early Help plan - Fenwick-Osei.pdf",
             "DRAFT EARLY HELP PLAN - Amelia Fenwick-Osei (Mosaic 2094417)\nOutcome 1: attendance above 92% by July.\n"
             "Outcome 2: Ms Osei supported by CMHT and a parents' peer group.\nLead Professional: Ms Odile Laurent, "
             "Learning Mentor, Furzedown Primary School.\nReview: within 4 weeks of handover."),
     ])

mail("richmond_wandsworth_03.eml", "ordinary", "richmond_wandsworth", "mash_step_up", "2042-02-04 09:40",
     ("Rosalind Achterberg", "rosalind.achterberg@richmondandwandsworth.gov.uk"),
     "MASH Step Up - Mosaic 2101386 - Kowalczyk children - case summary and rationale",
     T("""
    Dear MASH colleagues,

    Following reflective supervision with Joel Mensah-Lyle (Early Help Practitioner) I am requesting a step-up to
    Children's Services for the Kowalczyk children. The latest case summary is attached and the rationale is below.

    Request details
    | Item | Detail |
    | Children | Zofia Kowalczyk (07/02/2030); Antoni Kowalczyk (15/10/2036) |
    | Mosaic ID | 2101386 |
    | Early Help worker | Joel Mensah-Lyle, Richmond Early Help (Hampton Hub) |
    | Parental consent | Mr and Mrs Kowalczyk consented to this referral on 3 February 2042 |
    | Manager agreement | pending (see below) |

    Note on the table: Joel prepared it before our supervision yesterday afternoon. I have now discussed the case with
    him and I agree the step-up. - RA

    RATIONALE FOR STEP-UP TO CHILDREN'S SERVICES
    1. The family has had an Early Help plan since June 2041 because of Mr Kowalczyk's drinking and the state of the
    home.
    2. Despite two attempts at alcohol treatment, Mr Kowalczyk is drinking daily; Mrs Kowalczyk works nights and he
    is the children's main carer in the evenings.
    3. Zofia (11) is doing the shopping and cooking; Antoni has been sent to school in the same clothes for a week
    and without lunch on several days.
    4. The concerns are enough for Children's Services but are not immediate child protection: the children are
    seen daily at school and Mrs Kowalczyk's sister is now staying with the family.
    5. We believe a statutory assessment is needed to address the neglect and the impact of parental alcohol use.

    Kind regards,

    Rosalind Achterberg
    Early Help Team Manager | Richmond Early Help (West)
    Achieving for Children | 020 7946 0577
    """),
     E("step_up", False, None, ["2101386"], [("Zofia Kowalczyk", "2030-02-07"), ("Antoni Kowalczyk", "2036-10-15")],
       ["neglect", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting"),
     "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS richmond_wandsworth "
     "step_up: case summary attached, rationale under its own heading) -> book_meeting; the table's 'Manager "
     "agreement: pending' is corrected by the manager herself ('I agree the step-up') -> true; consent stated -> true; "
     "'not immediate child protection' is negated; an 11-year-old doing the shopping and cooking -> young_carer.",
     attachments=[DOCX("Case Summary - Kowalczyk - 03.02.2042.docx", [
         "# Case summary - Kowalczyk family - Mosaic 2101386",
         ("table", [["Name", "DOB"], ["Zofia Kowalczyk", "07/02/2030"], ["Antoni Kowalczyk", "15/10/2036"]]),
         "Early Help since 06/2041: parental alcohol use (father), home conditions, young carer tasks for Zofia.",
         "Prepared by Joel Mensah-Lyle, Early Help Practitioner, 03/02/2042."])])

mail("richmond_wandsworth_04.eml", "urgent", "richmond_wandsworth", "mash_step_up", "2042-02-12 09:52",
     ("Femi Oyelowo-Grant", "femi.oyelowo-grant@richmondandwandsworth.gov.uk"),
     "Step up - Mosaic 2088150 - Jasmine and Kai Whitlock - case summary and rationale",
     T("""
    To the MASH Step Up inbox,

    I am sending this myself because I have not been able to reach my manager, Imogen Varley, who is chairing a
    panel until 11.00. The case summary is attached; the rationale is set out below under its heading.

    CASE DETAILS
    | Child | DOB | School / setting |
    | Jasmine Whitlock | 02/06/2035 | Southfields Academy Infants, Year 1 |
    | Kai Whitlock | 08/10/2041 | none (4 months old) |
    Mother: Ms Chelsea Whitlock. Mother's partner: Mr Lee Dawson (not Kai's father).
    Mosaic ID: 2088150

    RATIONALE FOR STEP-UP
    1. Early Help has worked with Ms Whitlock since October 2041 on routines, budgeting and Kai's feeding, after the
    health visitor found him below his birth centile.
    2. Since Mr Dawson moved in over Christmas, Ms Whitlock has missed three health visitor appointments and
    Jasmine's attendance has fallen to 82%.
    3. CHRONOLOGY
    | Date / time | Event |
    | 14/10/2041 | Early Help Assessment completed; plan agreed |
    | 02/12/2041 | Kai's weight back on the 9th centile |
    | 27/12/2041 | Mr Dawson moves in |
    | 20/01/2042 | Health visitor: no answer at the door |
    | 05/02/2042 | School: Jasmine collected by a neighbour at 5pm, two hours late |
    | 12/02/2042 09.15 | My planned home visit. Jasmine (6) opened the door in her pyjamas. No adult in the flat. Kai in his cot, soaked through, last bottle "at bedtime" according to Jasmine. She says Mummy went out "when it was dark" with Lee and did not come back. |
    4. CURRENT POSITION (09.50)
    4.1 I am still in the flat with Jasmine and Kai. I have given Kai a bottle from the tin in the kitchen; it is the
    last of the formula.
    4.2 Ms Whitlock's phone goes to voicemail. Her mother (maternal grandmother, Mrs Pauline Whitlock) has not
    answered either. Nobody else is listed on the family network plan.
    4.3 I cannot leave the children alone and I do not know when their mother will return.

    Femi Oyelowo-Grant
    Early Help Practitioner | Wandsworth Early Help (Southfields Family Hub)
    Mobile 07700 900 562
    """),
     E("step_up", True, None, ["2088150"], [("Jasmine Whitlock", "2035-06-02"), ("Kai Whitlock", "2041-10-08")],
       ["neglect"], None, None, [], None, "alert_duty"),
     "URGENT AS THE LAST LINE OF A CHRONOLOGY in a step-up rationale: at this morning's visit a 6-year-old and a "
     "4-month-old were alone in the flat since last night, the worker is still there at 09.50 with the last of the "
     "formula and cannot reach the mother or grandmother (DESIGN safety rule 1 -> alert_duty). Richmond & Wandsworth "
     "step-up requirements met (case summary attached, rationale under its heading); manager not reached -> null.",
     style="outlook",
     attachments=[DOCX("Case summary - Whitlock - Mosaic 2088150.docx", [
         "# Case summary - Whitlock family",
         "Early Help Assessment 14/10/2041: Kai's weight, routines, budgeting. Lead: Femi Oyelowo-Grant.",
         "Progress to December good; decline since Mr Dawson moved in (27/12/2041)."])])

mail("richmond_wandsworth_05.eml", "ordinary", "richmond_wandsworth", "early_help_duty", "2042-02-26 14:20",
     ("Marguerite Okonkwo-Blythe", "marguerite.okonkwo-blythe@richmondandwandsworth.gov.uk"),
     "Step down - Finn Delaney - Mosaic 2110273 - case discussion Tue 4 March 2pm",
     T("""
    Dear Early Help Duty,

    As agreed with Bukola Adesanya (Duty Team Manager) on the phone this morning, the step-down case discussion for
    Finn is Tuesday 4 March 2042 at 2pm (Teams). My team manager, Graham Ostrowski, will attend.

    LATEST CASE SUMMARY
    1. Family
    | Name | Relationship | DOB | Consent to step-down |
    | Finn Delaney | child | 18 April 2030 | - |
    | Siobhan Delaney | mother | 09 May 1998 | Yes (20/02/2042) |
    2. Finn (11) is autistic and has an EHCP at Richmond Park Academy. His mother has multiple sclerosis and Finn
    helps her with medication and personal care most evenings.
    3. The Child and Family Assessment (completed 18 February 2042) concluded that Finn's needs can be met by a young
    carers' service and Early Help, with the school's SENCo involved.
    4. Finn's views: he wants "someone to talk to who gets it" and to go to the young carers' club.

    DRAFT EARLY HELP PLAN
    This will follow after Friday's CIN review, where we will agree it with the family.

    UPDATE (14.05 today)
    Ms Delaney rang me ten minutes ago to withdraw her consent. She says she does not want Early Help or anyone else
    "in the house"; she is happy for the school to carry on as normal. I will visit her next week to talk it
    through, but as of now consent has been withdrawn.

    Regards,

    Marguerite Okonkwo-Blythe
    Social Worker | Children with Disabilities Team (Richmond)
    Achieving for Children | 020 7946 0188
    """),
     E("step_down", False, None, ["2110273"], [("Finn Delaney", "2030-04-18")], ["disability_send", "young_carer"],
       False, None, ["consent", "draft_plan"], None, "request_info"),
     "Richmond & Wandsworth step-down (REQUIREMENTS richmond_wandsworth step_down: case summary, draft plan, "
     "consent): the case summary is pasted under its heading (met); the draft plan 'will follow' (missing); the "
     "table's 'Yes (20/02/2042)' is overtaken by the 14.05 update 'consent has been withdrawn' -> false -> missing "
     "-> request_info.",
     html="twin")

mail("richmond_wandsworth_06.eml", "near_miss", "richmond_wandsworth", "early_help_duty", "2042-03-10 08:00",
     ("Richmond and Wandsworth Safeguarding Children Partnership", "bulletin@rwscp.invalid"),
     "7-minute briefing: learning from the Family Q rapid review (March 2042)",
     T("""
    RICHMOND AND WANDSWORTH SAFEGUARDING CHILDREN PARTNERSHIP
    7-MINUTE BRIEFING No. 41 - LEARNING FROM A RAPID REVIEW: "FAMILY Q"
    For circulation to all practitioners and team mailboxes. This briefing contains no live case information.

    1. Why this matters
    Family Q's review concluded in November 2041. Family Q is anonymised, and the events described took place in
    2040. Nothing in this briefing requires action on any current case.

    2. What happened (summary)
    A baby was admitted to hospital with unexplained injuries. The consultant's letter to children's services ended
    with a sentence saying the parents intended to take the baby home that night against medical advice. The letter
    was filed with the step-up paperwork and read the next morning.

    3. Key learning
    3.1 Read every document to the end. In Family Q, the most important sentence was the last one.
    3.2 Long formal documents - assessments, chronologies, school reports, minutes - can carry a new event in an
    "Update" paragraph or as the last line of a chronology. Examples from the review:
        - "Update: the child told her teacher this morning ..." at the end of a school report;
        - "the parents are taking the baby home tonight" as the final line of a consultant's letter;
        - a chronology whose last entry is dated today.
    3.3 A recommendation written as "if ... then ..." is a contingency, not an event.
    3.4 When in doubt, ring the MASH duty desk.

    4. Questions for your team meeting
    - How does your team read long attachments that arrive in a duty inbox?
    - Who checks the last page?

    5. Further reading
    The full rapid review report is available to partnership members on request.

    You are receiving this because your team mailbox is on the RWSCP practitioner list.
    To unsubscribe, reply with UNSUBSCRIBE in the subject line.
    """),
     E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "NEAR MISS - A PARTNERSHIP LEARNING BULLETIN that lists example urgent sentences ('taking the baby home tonight', "
     "'told her teacher this morning') from an anonymised 2040 case, 'no live case information'. DESIGN safety rule 1: "
     "bulletins that list examples must not trigger it; List-Id but no Auto-Submitted -> kind other -> human_review.",
     style="gmail", html="twin",
     extra_headers=[("List-Id", "RWSCP practitioner briefings <briefings.rwscp.invalid>"),
                    ("List-Unsubscribe", "<mailto:bulletin@rwscp.invalid?subject=UNSUBSCRIBE>"),
                    ("Precedence", "list")])

mail("richmond_wandsworth_07.eml", "ordinary", "richmond_wandsworth", "mash_step_up", "2042-02-05 08:15",
     ("Rosalind Achterberg", "rosalind.achterberg@richmondandwandsworth.gov.uk"),
     "Declined: Step-up case discussion - Mosaic 2101386 [SB-richmond_wandsworth-418] @ Thu 6 Feb 2042 14:00 - 15:00 (GMT)",
     T("""
    Rosalind Achterberg has declined this invitation.

    Step-up case discussion - Mosaic 2101386 [SB-richmond_wandsworth-418]
    When: Thursday 6 Feb 2042 14:00 - 15:00 (GMT)

    Note from Rosalind Achterberg: I am on annual leave on Thursday. Joel Mensah-Lyle (Early Help Practitioner) and my
    deputy, Harriet Cole, will attend in my place; please forward the invitation to them.

    Invitation from Google Calendar
    """),
     E("meeting_reply", False, None, ["2101386"], [], [], None, None, [], None, "record_reply"),
     "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT naming the worker and deputy who will attend "
     "richmond_wandsworth_03's step-up case discussion; SUMMARY carries the Mosaic id and [SB-richmond_wandsworth-418]. "
     "DESIGN kind meeting_reply -> record_reply.",
     style="gmail", html=None, to="MASH-StepUP@richmondandwandsworth.gov.uk",
     calendar=("REPLY", ics("REPLY", "sb-richmond_wandsworth-418-%s@stepbot.invalid" % sha("r07")[:8],
                            "20420206T140000", "20420206T150000",
                            "Step-up case discussion - Mosaic 2101386 [SB-richmond_wandsworth-418]",
                            ("MASH Business Support", "mash.businesssupport@richmondandwandsworth.gov.uk"),
                            [("Rosalind Achterberg", "rosalind.achterberg@richmondandwandsworth.gov.uk",
                              "DECLINED")],
                            comment="I am on annual leave on Thursday. Joel Mensah-Lyle (Early Help Practitioner) and "
                                    "my deputy, Harriet Cole, will attend in my place; please forward the invitation "
                                    "to them.", stamp="20420205T081400Z")),
     attachments=[("invite.ics", "application", "ics", None)])

mail("richmond_wandsworth_08.eml", "ordinary", "richmond_wandsworth", "early_help_duty", "2042-01-17 10:30",
     ("Tobias Ekwueme", "tobias.ekwueme@richmondandwandsworth.gov.uk"),
     "RE: [SB-richmond_wandsworth-402] Step-down received - Mosaic 2094417",
     T("""
    Dear Early Help Business Support,

    Thank you for the acknowledgement. To confirm for your records: the step-down case discussion for Amelia is
    agreed with Bukola Adesanya for Tuesday 21 January 2042 at 10.00, Wandsworth Town Hall, Room 2.14. I attach
    version 2 of the draft Early Help plan, which now includes the 4-week review date (18 February) and the
    Lead Professional's contact details.

    Kind regards,
    Tobias

    Tobias Ekwueme
    Senior Social Worker | Child in Need Team (Wandsworth) | 020 7946 0412

    -----Original Message-----
    From: Richmond and Wandsworth Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
    Sent: 16 January 2042 15:31
    To: Tobias Ekwueme <tobias.ekwueme@richmondandwandsworth.gov.uk>
    Subject: [SB-richmond_wandsworth-402] Step-down received - Mosaic 2094417

    Your step-down request has been received.
    Reference: SB-richmond_wandsworth-402
    Child: Amelia Fenwick-Osei (23/08/2031)
    Nothing is missing. The case discussion you arranged is recorded; the Early Help manager has been told.
    """),
     E("follow_up", False, None, ["2094417"], [("Amelia Fenwick-Osei", "2031-08-23")], [], None, None, [], None,
       "attach_to_request"),
     "Outlook reply to [SB-richmond_wandsworth-402] (richmond_wandsworth_02's request) confirming the agreed case "
     "discussion time and adding v2 of the draft plan, with the acknowledgement quoted -> DESIGN kind follow_up -> "
     "attach_to_request; child and DOB from the quoted acknowledgement.",
     reply_to_ref="SB-richmond_wandsworth-402", html=None,
     attachments=[DOCX("Draft Early Help plan v2 - Fenwick-Osei.docx", [
         "# Draft Early Help plan (v2) - Amelia Fenwick-Osei - Mosaic 2094417",
         "Lead Professional: Ms Odile Laurent, Learning Mentor, Furzedown Primary School, 020 7946 0733.",
         "4-week review: 18 February 2042, chaired by the Early Help Manager."])])


# ============================================================================================ TOWER HAMLETS
T01_LETTER = T("""
    Barts Health NHS Trust - The Royal London Hospital
    Department of Paediatrics, Whitechapel Road, London E1 1FR | Secretary: 020 7946 0870

    To: Multi-Agency Support Team (MAST), London Borough of Tower Hamlets
    Date: 22 January 2042 (typed 16.55)

    Dear Colleagues

    Re: Ayaan MIAH    DOB 02/12/2041 (7 weeks)    NHS No. 485 777 3456
    Address: Flat 9, Malting House, Ben Jonson Road, London E1
    Ward: Paediatric Ward 8E, bed 12

    I am writing as the consultant responsible for Ayaan's care, to refer him to your service.

    1. Presentation
    1.1 Ayaan was brought to the paediatric A&E by his parents on 20 January 2042 at 23.40 with two days of poor
    feeding and irritability. He was admitted for observation.

    2. Findings
    2.1 On examination there was a 1 cm bruise to the left ear and two small bruises on the left side of the chest.
    2.2 The skeletal survey on 21 January showed three posterior rib fractures (left 6th-8th) with callus formation,
    and a metaphyseal fracture of the left distal tibia, which appears more recent. The fractures are of different
    ages.
    2.3 A CT head scan and ophthalmology review are booked for tomorrow morning, 23 January.

    3. Explanation offered
    3.1 Mr Miah said that Ayaan's sister, aged 2, "rolled on him" on the sofa last week. Ms Akter said she did not
    know how the bruises happened. Neither account explains fractures of different ages in a 7-week-old baby who is
    not yet rolling.

    4. Family members (as given by the parents)
    | Name | Relationship | Date of birth |
    | Ayaan Miah | patient | 02/12/2041 |
    | Inaya Miah | sister | 14/05/2039 |
    | Shamima Akter | mother | 30/07/2017 |
    | Rashed Miah | father | 11/03/2012 |

    5. Opinion
    5.1 In my opinion these injuries are very likely to have been inflicted. I have discussed them with the named
    doctor for safeguarding, Dr Pieter van Rensburg, who agrees.
    5.2 Ayaan needs to remain in hospital until the CT head and eye examination have been completed and a strategy
    discussion has taken place. His sister Inaya is at home with the maternal grandmother.

    6. Update (16.50)
    6.1 At 16.40 Mr Miah told the nurse in charge, Sister Grace Adebayo, that they are taking Ayaan home tonight
    against medical advice. He has packed the baby's things and told the staff they "don't need anyone's
    permission". Ms Akter is crying but is with him. The ward's security team is aware.
    6.2 I have tried your duty telephone number twice since 16.30 without getting through, which is why I am
    sending this letter by email now.

    Yours sincerely

    Dr Rukhsana Siddiqui MBBS FRCPCH
    Consultant Paediatrician, The Royal London Hospital
    GMC 7712044 | via switchboard 020 7946 0000, bleep 4417
    """)
mail("tower_hamlets_01.eml", "urgent", "tower_hamlets", "mash_step_up", "2042-01-22 17:05",
     ("Siddiqui Rukhsana (BARTS HEALTH NHS TRUST)", "rukhsana.siddiqui@nhs.invalid"),
     "Referral - Ayaan Miah DOB 02/12/2041 - Royal London Ward 8E - consultant letter",
     T("""
    Dear MAST,

    Please see my letter below and attached. Please read section 6.

    Dr R Siddiqui
    Consultant Paediatrician

    """) + "\n" + T01_LETTER,
     E("other", True, None, [], [("Ayaan Miah", "2041-12-02"), ("Inaya Miah", "2039-05-14")], ["physical_harm"],
       None, None, [], None, "alert_duty"),
     "URGENT AS THE LAST PARAGRAPH OF A CONSULTANT'S LETTER: a 7-week-old with rib and tibial fractures of different "
     "ages, very likely inflicted, whose father says at 16.40 they are taking him home tonight against medical advice "
     "(DESIGN safety rule 1 -> alert_duty; seed 001 MAST numbers). A hospital referral, not a step request -> kind "
     "other; the NHS number is not a case-system id -> case_ids []; the parents are adults.",
     style="nhs", html="twin",
     attachments=[PDF("Letter to MAST - A Miah - 22.01.2042.pdf", T01_LETTER)])

mail("tower_hamlets_02.eml", "near_miss", "tower_hamlets", "early_help_duty", "2042-01-28 11:20",
     ("Nasreen Akhtar", "nasreen.akhtar@towerhamlets.gov.uk"),
     "Step-down to Early Help - Sofia Marcu - Mosaic 3305518 - TAF Mon 3 Feb 2042",
     T("""
    Dear Early Help Hub,

    I am stepping Sofia Marcu (DOB 27.10.2033, Mosaic 3305518) down to Early Help following the conclusion of her
    Child and Family Assessment on 24 January 2042. Attached: the C&F Assessment, the draft TAF plan and the school's
    formal report.

    1. Reason for the assessment
    1.1 Sofia was referred in December after a lunchtime supervisor saw a bruise on her shin and Sofia was tearful.
    1.2 The school's report (attached, summarised here) is clear that Sofia has made no disclosure. When asked, she
    said that nobody at home hurts her; the bruise was from a fall in PE on 8 December, which the PE teacher
    witnessed and the school nurse recorded. There are no concerns about harm.
    1.3 The assessment found no evidence of abuse. The needs identified are Sofia's attendance (83%) and her
    mother's limited English, which has made it hard for her to work with school on attendance.

    2. TAF meeting
    2.1 I will chair the TAF meeting on Monday 3 February 2042 at 13.30 at Stepney Green Children's Centre. The
    minutes will be on Mosaic within 10 working days of the end of the assessment.

    3. Lead Practitioner
    3.1 Mr Ionut Popescu, Family Support Worker, Stepney Green Children's Centre (020 7946 0391), has agreed to be
    Lead Practitioner. He speaks Romanian.

    4. Consent
    4.1 Ms Elena Marcu has consented to the step-down and to Early Help support (signed 24/01/2042, interpreter
    present).

    Kind regards,

    Nasreen Akhtar
    Social Worker | Assessment and Intervention Team 3 | Children's Social Care
    London Borough of Tower Hamlets | 020 7946 0215
    """),
     E("step_down", False, None, ["3305518"], [("Sofia Marcu", "2033-10-27")], ["school_attendance"], True, None,
       [], None, "book_meeting"),
     "NEAR MISS - A SCHOOL'S FORMAL REPORT WITH A NEGATED WORRY: 'no disclosure', 'nobody at home hurts her', the "
     "bruise was a witnessed PE fall, 'no concerns about harm': not urgent, no physical_harm. Complete Tower Hamlets "
     "step-down (REQUIREMENTS tower_hamlets step_down: C&F assessment, draft TAF plan, consent, Lead Practitioner "
     "with agency) -> book_meeting; attendance 83% -> school_attendance.",
     attachments=[
         PDF("C&F Assessment - Sofia Marcu - concluded 24.01.2042.pdf",
             "Child and Family Assessment - Sofia Marcu - Mosaic 3305518\nConcluded 24/01/2042. Outcome: step down "
             "to Early Help (TAF). No evidence of abuse. Needs: attendance; communication between home and school."),
         DOCX("Draft TAF plan - Marcu.docx", ["# Draft TAF plan - Sofia Marcu",
                                              "Outcome 1: attendance above 95% by the summer term.",
                                              "Lead Practitioner: Ionut Popescu, Stepney Green Children's Centre."]),
         PDF("School report - Sofia Marcu - Jan 2042.pdf", T("""
             Marner Primary School - formal report to the Child and Family Assessment
             Pupil: Sofia Marcu, Year 3. Author: Ms Joanne Fairweather, DSL. Date: 20 January 2042.
             1. Sofia has made no disclosure to any member of staff. When asked by the DSL on 9 December whether
             anyone hurts her, she said "no, nobody".
             2. The bruise seen on 9 December followed a fall in PE on 8 December, witnessed by Mr Adeyemi and
             recorded by the school nurse.
             3. Attendance 83.1%. Punctuality good when attending.
             4. There are no concerns about harm. The school supports the step-down to Early Help.""")),
     ])

mail("tower_hamlets_03.eml", "ordinary", "tower_hamlets", "mash_step_up", "2042-02-06 14:45",
     ("Shahana Begum-Ali", "shahana.begum-ali@towerhamlets.gov.uk"),
     "MAST step up request - Omar and Hodan Farah - Mosaic 3312207 - MARF attached",
     T("""
    Dear MAST,

    Please find attached a completed Multi-Agency Request for Support form for Omar and Hodan Farah.

    EARLY HELP REVIEW SUMMARY (6 February 2042)
    1. Family
    | Name | DOB | School |
    | Omar Farah | 15/01/2029 | Morpeth School, Year 8 |
    | Hodan Farah | 03/09/2032 | Olga Primary School, Year 4 |
    | Abdi Farah (father) | 1989 | - |
    2. Background: Early Help since April 2041 after Omar's attendance fell below 70%. Mr Farah is a single parent
    working night shifts.
    3. Progress: there has been none. Omar's attendance is 54% this term; he has been seen in Mile End Park during
    school hours. Mr Farah has not attended the last three TAF meetings and has not answered calls or letters since
    November; two planned home visits found nobody at home.
    4. Analysis: the Early Help plan is not working and the family's disengagement means the needs are not being
    met. We believe a statutory assessment is needed.
    5. Management oversight: my manager, Nadia Hussain (Early Help Team Manager), reviewed the case with me on
    5 February and has agreed the step-up.
    6. Consent: Mr Farah consents to the request for support (by phone, 6 February, with a Somali interpreter).

    Kind regards,

    Shahana Begum-Ali
    Early Help Practitioner | Early Help Hub (Bow & Mile End)
    London Borough of Tower Hamlets | 020 7946 0248
    """),
     E("step_up", False, None, ["3312207"], [("Omar Farah", "2029-01-15"), ("Hodan Farah", "2032-09-03")],
       ["non_engagement", "school_attendance"], True, True, [], None, "book_meeting"),
     "Complete Tower Hamlets MAST step-up (REQUIREMENTS tower_hamlets step_up: the Multi-Agency Request for Support "
     "form attached; manager agreement stated with date) -> book_meeting; consent stated -> true; Mosaic id as a bare "
     "number; the father (born 1989) is an adult.",
     attachments=[DOCX("MARF - Farah - 06.02.2042.docx", [
         "# Multi-Agency Request for Support (MARF)",
         ("table", [["Field", "Detail"], ["Children", "Omar Farah (15/01/2029); Hodan Farah (03/09/2032)"],
                    ["Mosaic", "3312207"], ["Referrer", "Shahana Begum-Ali, Early Help Practitioner"],
                    ["Reason", "Persistent absence; non-engagement with the Early Help plan"],
                    ["Parental consent", "Yes - 06/02/2042"],
                    ["Manager", "Nadia Hussain, Early Help Team Manager - agreed 05/02/2042"]])])])

mail("tower_hamlets_04.eml", "near_miss", "tower_hamlets", "early_help_duty", "2042-03-03 09:30",
     ("Workforce Development Team", "workforce.development@towerhamlets.gov.uk"),
     "Practice Week 2042 - case study pack 2 (FICTIONAL) for Thursday's workshop",
     T("""
    Dear colleagues,

    Ahead of Thursday's workshop "Reading to the last page" (6 March, 10.00-12.30, Mulberry Place, Room C5), please
    read the case study below. It is formatted as a report on purpose. THE FAMILY IS FICTIONAL - please do not
    action anything in it or search for it on Mosaic.

    ------------------------------------------------------------------
    PRACTICE WEEK CASE STUDY 2 - "THE A FAMILY" (FICTIONAL)
    Prepared by: Workforce Development Team, for training use only
    ------------------------------------------------------------------

    1. Family composition
    | Person | Age |
    | Child A | 7 |
    | Baby B | 5 months |
    | Mother C | 26 |
    | Partner D | 31 |

    2. Background
    2.1 Early Help has worked with the family for six months on routines and Baby B's feeding.

    3. Chronology
    | Day | Event |
    | Day 1 | Early Help Assessment completed |
    | Day 40 | Partner D moves in |
    | Day 88 | Health visitor: no answer at the door |
    | Day 120, 08.45 | School: Child A has a round burn mark on the forearm and says "D did it with his lighter". D is at home with Baby B today. |

    4. Questions for discussion
    4.1 At what point in this report did you realise something had changed?
    4.2 Who would you phone, and what would you tell them?
    4.3 How would you record your decision?

    5. Facilitator's note
    In the workshop we compare this with a version where the last chronology line is dated three months ago and
    the partner has been charged and remanded.

    With thanks,
    Workforce Development Team | Children and Culture Directorate
    London Borough of Tower Hamlets
    """),
     E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "NEAR MISS - A TRAINING CASE STUDY FORMATTED AS A REPORT whose chronology ends with a burn and the partner at "
     "home, explicitly 'FICTIONAL ... please do not action', with lettered people and no real child. DESIGN safety "
     "rule 1: training material must not trigger it; no request -> kind other -> human_review.",
     html="twin")

T05_EHA = T("""
    EARLY HELP ASSESSMENT - REVIEW (4 pages)
    London Borough of Tower Hamlets - Early Help Hub (Bow & Mile End)
    Family: Chowdhury    Mosaic: 3299041    Assessment date: 10 February 2042
    Practitioner: Habiba Rahman-Lowe, Early Help Practitioner    Manager: Ibrahim Sesay, Early Help Team Manager

    SECTION 1 - FAMILY MEMBERS
    Name                 Relationship          Date of birth
    Maya Chowdhury       child                 30/07/2036
    Rayan Chowdhury      child                 11/11/2039
    Salma Chowdhury      mother                04/04/2013
    Kamal Chowdhury      father (not living at the address; bail conditions)

    SECTION 2 - BACKGROUND
    2.1 The family was referred to Early Help in September 2041 by Maya's school after she disclosed that her
    parents "shout and fight at night".
    2.2 On 28 January 2042 police attended after neighbours reported screaming. Mr Chowdhury was arrested for
    assaulting Ms Chowdhury and released on bail with conditions not to enter Turner Street or contact her.

    SECTION 3 - CHRONOLOGY
    12/09/2041  School referral; EHA started
    03/11/2041  Ms Chowdhury declines referral to a domestic abuse service
    28/01/2042  Police call-out; Mr Chowdhury arrested and bailed
    02/02/2042  Ms Chowdhury agrees to see an IDVA
    10/02/2042  This review

    SECTION 4 - ANALYSIS
    4.1 Ms Chowdhury has begun to talk about the abuse. She is frightened of Mr Chowdhury's family, who have told
    her to withdraw her statement.
    4.2 Maya is showing anxiety at school; Rayan's speech is delayed.
    4.3 The level of domestic abuse and the pressure on Ms Chowdhury are beyond what an Early Help plan can hold.

    SECTION 5 - RECOMMENDATION
    5.1 Step up to Children's Social Care via MAST. Agreed with my manager, Ibrahim Sesay, on 17 February 2042.

    Signed: H Rahman-Lowe, Early Help Practitioner    Countersigned: I Sesay, Early Help Team Manager
    """)
mail("tower_hamlets_05.eml", "urgent", "tower_hamlets", "mash_step_up", "2042-02-18 12:35",
     ("Habiba Rahman-Lowe", "habiba.rahman-lowe@towerhamlets.gov.uk"),
     "MAST step up - Mosaic 3299041 - Chowdhury children - EHA attached",
     T("""
    Dear MAST,

    I am stepping the Chowdhury children up to Children's Social Care. My manager, Ibrahim Sesay, agreed the step-up
    yesterday. The reviewed Early Help Assessment is attached (4 pages). I have not done the MARF yet; I will send
    it this afternoon.

    I need to add what happened this morning, which is not in the assessment.

    I did a planned home visit at 10.30 to 14 Turner Street. Mr Chowdhury opened the door, although his bail
    conditions say he must not go there. Ms Chowdhury was in the front room with a split lip and her left eye swollen
    shut. When he went to the kitchen she whispered: "He came back last night. He won't let me go, he's got my
    phone." Maya (5) was not at school today; she and Rayan (2) were on the sofa. Mr Chowdhury came back and told
    me to leave, and I left at 10.50.

    All four of them are in the flat now. Ms Chowdhury's phone is off.

    Habiba

    Habiba Rahman-Lowe
    Early Help Practitioner | Early Help Hub (Bow & Mile End)
    London Borough of Tower Hamlets | 020 7946 0287 | mobile 07700 900 647
    """),
     E("step_up", True, None, ["3299041"], [("Maya Chowdhury", "2036-07-30"), ("Rayan Chowdhury", "2039-11-11")],
       ["domestic_abuse"], None, True, ["request_for_support"], None, "alert_duty"),
     "URGENT IN A COVERING NOTE TO A 4-PAGE EARLY HELP ASSESSMENT: at this morning's visit the father, bailed not to "
     "go there, was in the flat; the mother had a split lip and a swollen-shut eye and said 'he won't let me go'; the "
     "children (5 and 2) are there with him now (DESIGN safety rule 1 -> alert_duty; seed 001). As a MAST step-up "
     "(REQUIREMENTS tower_hamlets step_up) the manager agreed but the MARF is not done -> request_for_support missing.",
     style="outlook",
     attachments=[PDF("EHA review - Chowdhury - Mosaic 3299041 - 10.02.2042.pdf", T05_EHA)])

mail("tower_hamlets_06.eml", "ordinary", "tower_hamlets", "early_help_duty", "2042-03-05 16:10",
     ("Olamide Bankole", "olamide.bankole@towerhamlets.gov.uk"),
     "Step down request - Yusuf and Mariam Ali - Mosaic 3318862 / 3318863",
     T("""
    Dear Early Help Hub,

    STEP-DOWN FROM CHILD IN NEED - ALI CHILDREN

    Children
    | Name | Date of birth | Mosaic |
    | Yusuf Ali | 12 April 2031 | 3318862 |
    | Mariam Ali | 1 December 2034 | 3318863 |

    1. The Child and Family Assessment concluded on 3 March 2042 (attached). Statutory involvement is no longer
    needed; the family would benefit from a co-ordinated Early Help plan around Mrs Ali's depression and the
    children's routines.

    2. Consent: Mrs Farhana Ali consented to the step-down at my visit on 3 March.

    3. Lead Practitioner: Ms Rahima Chowdhury (Learning Mentor, Bangabandhu Primary School) had provisionally
    agreed to take the role.

    4. TAF meeting: I will arrange and chair it once the Lead Practitioner is confirmed; the draft TAF plan will be
    co-produced with the family at that meeting.

    5. Update, 15.55: Ms Chowdhury has just emailed to say that she is unable to take on the Lead Practitioner role
    after all (she is going on maternity leave). The Lead Practitioner therefore still has to be identified.

    Olamide Bankole
    Social Worker | Child in Need Team 1
    London Borough of Tower Hamlets | 020 7946 0274
    """),
     E("step_down", False, None, ["3318862", "3318863"], [("Yusuf Ali", "2031-04-12"), ("Mariam Ali", "2034-12-01")],
       ["parental_mental_health"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info"),
     "HTML-only Outlook step-down (children in an HTML table). REQUIREMENTS tower_hamlets step_down: C&F assessment "
     "attached and consent stated (met); the draft TAF plan is to be co-produced later (missing); the Lead "
     "Practitioner named in para 3 withdraws in the 15.55 update ('still has to be identified') -> missing -> "
     "request_info.",
     html="only",
     attachments=[PDF("C&F Assessment - Ali - concluded 03.03.2042.pdf",
                      "Child and Family Assessment - Yusuf Ali (3318862) and Mariam Ali (3318863)\nConcluded "
                      "03/03/2042. Outcome: step down to Early Help. Needs: mother's depression; routines.")])

mail("tower_hamlets_07.eml", "ordinary", "tower_hamlets", "mash_step_up", "2042-03-10 09:00",
     ("Nasreen Akhtar", "nasreen.akhtar@towerhamlets.gov.uk"),
     "Automatic reply: [SB-tower_hamlets-533] Request received",
     T("""
    Thank you for your email. I am out of the office from Monday 10 March and will return on Monday 17 March 2042,
    with limited access to email.

    For Child in Need Team 3 duty, please email CINteam3duty@towerhamlets.gov.uk or call 020 7946 0200.

    If you have an immediate safeguarding concern about a child, please contact MAST on 0207 364 5606 / 5601, or out
    of hours (emergencies only) 0207 364 4079. In an emergency, call 999.

    Nasreen Akhtar
    Social Worker | Assessment and Intervention Team 3
    """),
     E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
     "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) whose "
     "boilerplate mentions an immediate safeguarding concern and 999: DESIGN kind auto_reply -> ignore (safety rule 2); "
     "not urgent.",
     html="twin", to="MAST@towerhamlets.gov.uk",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "nasreen.akhtar@towerhamlets.gov.uk")])

T08_HV = T("""
    East London NHS Foundation Trust - Tower Hamlets Health Visiting Service
    Globe Town Health Centre, London E2

    To: Comfort Asante-Williams, Early Help Practitioner (to pass to Children's Social Care)
    Date: 13 March 2042

    Re: Inaaya HOSSAIN, DOB 06/01/2042 (9 weeks)    NHS No. 602 114 7789
    Mother: Rumana Hossain    Father: Jamal Hossain
    Siblings: Sami Hossain (DOB 21/09/2036)

    Dear Ms Asante-Williams

    1. I carried out Inaaya's 6-8 week review at the family home this morning at 10.15. Both parents were present.

    2. On undressing Inaaya for weighing I saw three oval bruises, each about 1 cm, in a line on her right upper
    arm, consistent in my view with fingertip pressure, and a bruise about 2 cm on her left cheek. Inaaya is not yet
    rolling or reaching.

    3. When I asked about the marks, Mrs Hossain said that her husband "holds her tight when she won't settle".
    Mr Hossain said the baby "bruises easily" and that it was none of my business.

    4. I advised that Inaaya must be seen by a paediatrician at the Royal London today. Mr Hossain refused. He said
    the family are driving to his brother's in Luton this afternoon and will not be back until next week.

    5. I left the house at 10.50. I am handing this letter to you at the children's centre at 11.00 because you are
    the family's lead worker and I have not been able to get through to anyone by phone.

    Yours sincerely

    Bronwen Taiwo-Lloyd RGN SCPHN (HV)
    Health Visitor, Globe Town team | 020 7946 0930
    """)
mail("tower_hamlets_08.eml", "urgent", "tower_hamlets", "early_help_duty", "2042-03-13 11:40",
     ("Comfort Asante-Williams", "comfort.asante-williams@towerhamlets.gov.uk"),
     "RE: [SB-tower_hamlets-512] Step-down - Sami Hossain - TAF minutes",
     T("""
    Hi,

    Further to the acknowledgement below: the TAF minutes for Sami Hossain (Mosaic 3316120) are attached, as
    requested.

    The health visitor also handed me the attached letter at 11 this morning and asked me to send it on to you as
    quickly as I could. I am between visits so I have only skimmed it.

    Thanks
    Comfort

    Sent from Outlook for iOS

    ________________________________
    From: Tower Hamlets Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
    Sent: Wednesday, March 12, 2042 2:03 PM
    Subject: [SB-tower_hamlets-512] Step-down - Sami Hossain - what is missing

    We have received the step-down for Sami Hossain (Mosaic 3316120).
    Still needed: the TAF meeting minutes (within 10 working days of the end of the assessment).
    """),
     E("follow_up", True, None, ["3316120"], [("Sami Hossain", "2036-09-21"), ("Inaaya Hossain", "2042-01-06")],
       ["physical_harm"], None, None, [], None, "alert_duty"),
     "URGENT ONLY IN AN ATTACHED HEALTH VISITOR'S LETTER (PDF) on a routine follow-up: fingertip bruises and a cheek "
     "bruise on a 9-week-old seen this morning, the father refused hospital and is driving the family to Luton this "
     "afternoon (DESIGN safety rule 1: every part, attachments included -> alert_duty first). A reply to "
     "[SB-tower_hamlets-512] adding the TAF minutes -> kind follow_up; Sami's DOB and the baby's come from the letter.",
     style="ios_outlook", html=None, reply_to_ref="SB-tower_hamlets-512",
     attachments=[PDF("TAF minutes - Hossain - 11.03.2042.pdf",
                      "TAF meeting minutes - Sami Hossain (Mosaic 3316120) - 11/03/2042 - Globe Town Children's "
                      "Centre\nChair: allocated social worker. Lead Practitioner: Comfort Asante-Williams.\nPlan "
                      "agreed; review in 6 weeks."),
                  PDF("HV letter 13.03.2042 - I Hossain.pdf", T08_HV)])


# =================================================================================================== TORBAY
mail("torbay_01.eml", "urgent", "torbay", "mash_step_up", "2042-01-27 10:40",
     ("Kerenza Trewin", "kerenza.trewin@torbay.gov.uk"),
     "Contact to MASH - level 3 to level 4 - EHM-740882 - Brooke and Alfie Hext",
     T("""
    Dear MASH,

    CONTACT TO MASH: STEP UP FROM LEVEL 3 EARLY HELP TO LEVEL 4
    Lead professional: Kerenza Trewin, Family Intervention Worker, Torbay Early Help (Paignton)
    EHM: EHM-740882

    1. Agreement
    1.1 My team manager, Jory Polglase, and I agreed on 23 January 2042 that the information below needs to be
    considered for a level 4 statutory intervention.
    1.2 Ms Tegan Hext consented to this contact to MASH on 22 January 2042.

    2. Family
    | Name | Relationship | Date of birth |
    | Brooke Hext | child | 09/10/2034 |
    | Alfie Hext | child | 17/08/2038 |
    | Tegan Hext | mother | 25/12/2012 |
    | Shane Cudlipp | mother's partner | 1990 (not known exactly) |

    3. Summary
    3.1 Early Help has worked with the family since September 2041 after police attended three domestic incidents
    between Ms Hext and Mr Cudlipp. Ms Hext has attended the Freedom Programme twice but Mr Cudlipp remains in the
    home.

    4. Chronology
    | Date | Source | Event |
    | 14/09/2041 | Police | DA incident; Mr Cudlipp cautioned |
    | 02/10/2041 | Early Help | Early Help Assessment; plan agreed |
    | 19/11/2041 | Police | DA incident; Ms Hext declines to make a statement |
    | 06/12/2041 | Nursery | Alfie has a bruise to his forehead; mum says he fell on the stairs |
    | 08/01/2042 | School | Brooke tells her teacher "Shane shouts at Alfie for wetting" |
    | 22/01/2042 | Early Help | Home visit; Ms Hext agrees to a contact to MASH |
    | 27/01/2042 09.20 | Nursery | Alfie (3) brought in by Ms Hext with a swollen, bruised left eye and a cut inside his lip. Alfie told the nursery manager, Mrs Demelza Penhaligon, "Shane hit me with the remote". Ms Hext says he fell off the sofa. Mr Cudlipp is at the house today. Ms Hext is collecting Alfie at 12.00 and Brooke from school at 15.15, and both go home to him. |

    5. Analysis
    5.1 The pattern of domestic abuse, the bruise in December and Brooke's comment show an increasing impact on the
    children, and the Early Help plan has not reduced it.

    Kind regards,

    Kerenza Trewin
    Family Intervention Worker | Torbay Early Help (Paignton)
    Torbay Council | 01803 496 0120
    """),
     E("step_up", True, None, ["EHM-740882"], [("Brooke Hext", "2034-10-09"), ("Alfie Hext", "2038-08-17")],
       ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty"),
     "URGENT AS THE LAST LINE OF A CHRONOLOGY, dated today: a 3-year-old with a swollen eye and a cut lip says "
     "'Shane hit me with the remote', and he goes home to that man at 12.00 today (DESIGN safety rule 1 -> "
     "alert_duty). The Torbay step-up itself is complete (REQUIREMENTS torbay step_up: consent and manager agreement "
     "stated); domestic_abuse from the police incidents.",
     html="twin")

T02_CONSULTANT = T("""
    Torbay and South Devon NHS Foundation Trust - Torbay Hospital
    Special Care Baby Unit, Lowes Bridge, Torquay TQ2 7AA

    To: Mr Daniel Kowalski, Social Worker, Single Assessment Team, Torbay Council
    Date: 7 March 2042

    Dear Mr Kowalski

    Re: Nevaeh HILL    DOB 15/02/2042    Discharged 6 March 2042

    1. Nevaeh was born at 37+4 weeks and admitted to SCBU on day 2 with neonatal abstinence syndrome. Both parents
    are on a stable methadone prescription with the Torbay drug and alcohol service.

    2. She needed oral morphine for 14 days, weaned successfully.

    3. On the evening of 1 March, Nevaeh's parents told the nurse in charge that they intended to take her home that
    night against medical advice, because they were finding the unit's rules difficult. After a discussion with the
    nurse in charge and me, they agreed to stay, and they did so. There was no further difficulty.

    4. Nevaeh was discharged home with both parents on 6 March 2042 on a plan agreed at the discharge planning
    meeting: health visitor within 48 hours, weekly weight checks, and continued support from the drug and alcohol
    service.

    5. I have no outstanding medical concerns. She was feeding well and gaining weight at discharge.

    Yours sincerely

    Dr Alasdair Penberthy MRCPCH
    Consultant Neonatologist, Torbay Hospital
    """)
mail("torbay_02.eml", "near_miss", "torbay", "early_help_duty", "2042-03-18 14:05",
     ("Daniel Kowalski", "daniel.kowalski@torbay.gov.uk"),
     "Request for triage slot - step down to level 3 - LCS-2409931 - Nevaeh Hill (under 5)",
     T("""
    Dear Early Help,

    I would like to request a triage slot to step Nevaeh Hill (DOB 15/02/2042, LCS-2409931) down to a level 3 Early
    Help response. As Nevaeh is under 5, I understand this will be at the under-5s triage.

    Attached:
    - the Single Assessment (with my analysis and rationale for step-down, and my team manager's analysis);
    - the consultant's discharge letter of 7 March.

    Summary
    - Nevaeh was born with neonatal abstinence syndrome; both parents are on a stable methadone script.
    - The consultant's letter mentions that on 1 March the parents said they would take Nevaeh home against advice.
      That was resolved the same evening: they stayed, and she was discharged on 6 March with a plan that is working.
      There are no current concerns from the hospital.
    - The health visitor has seen Nevaeh three times since discharge; weight gain is good.

    Team manager: Cerys Trelawny recorded her analysis on the Single Assessment on 17 March, confirming that the
    threshold for level 3 is met.

    Consent: Ms Shannon Hill and Mr Liam Jago consented to level 3 Early Help on 14 March 2042.

    Regards,

    Daniel Kowalski
    Social Worker | Single Assessment Team
    Torbay Council | 01803 496 0411
    """),
     E("step_down", False, 3, ["LCS-2409931"], [("Nevaeh Hill", "2042-02-15")], ["substance_misuse"], True, True,
       [], None, "book_meeting"),
     "NEAR MISS - A CONSULTANT'S LETTER WHERE 'TAKING HER HOME ... AGAINST MEDICAL ADVICE' WAS RESOLVED on 1 March "
     "(they stayed; discharged 6 March with a plan; 'no outstanding medical concerns'): not urgent. Complete Torbay "
     "step-down (REQUIREMENTS torbay step_down: Single Assessment, TM analysis confirming level 3, consent) -> "
     "book_meeting at the under-5s triage; parents' methadone -> substance_misuse.",
     attachments=[
         PDF("Single Assessment - N Hill - LCS-2409931.pdf",
             "Single Assessment - Nevaeh Hill - LCS-2409931\nSocial worker's analysis and rationale for step-down: "
             "parents engaged with treatment; baby thriving; needs can be met at level 3.\nTeam Manager's analysis "
             "(Cerys Trelawny, 17/03/2042): threshold for level 3 intervention met; step down agreed."),
         PDF("SCBU discharge letter - N Hill - 07.03.2042.pdf", T02_CONSULTANT)])

mail("torbay_03.eml", "ordinary", "torbay", "early_help_duty", "2042-02-11 10:05",
     ("Elowen Rowe", "elowen.rowe@torbay.gov.uk"),
     "Triage slot request - step down level 3 - LCS-2411476 - Mason Bray",
     T("""
    Morning Early Help,

    Please could Mason Bray (DOB 6 May 2032, LCS-2411476) have a triage slot for a step down to level 3.

    The Single Assessment is attached. Please ignore "TM analysis: complete" on its front sheet - that field filled
    itself in when I closed the draft. My team manager, Sarah Nance, has not yet added her analysis; she is back on
    Thursday and I will let you know when it is done.

    Mason is 9. He is awaiting an ADHD assessment and his attendance is 84%; mum has consented to level 3 Early Help
    (signed 7 February).

    Thanks,
    Elowen

    Elowen Rowe
    Social Worker | Safeguarding and Supporting Families Team
    Torbay Council | 01803 496 0388
    """),
     E("step_down", False, 3, ["LCS-2411476"], [("Mason Bray", "2032-05-06")],
       ["disability_send", "school_attendance"], True, None, ["manager_agreed"], None, "request_info"),
     "Torbay step-down (REQUIREMENTS torbay step_down: Single Assessment, TM analysis, consent): the attached front "
     "sheet's 'TM analysis: complete' is contradicted by the body ('has not yet added her analysis') -> "
     "manager_agreed null -> missing; assessment and consent met; level 3 stated -> request_info.",
     style="outlook", html=None,
     attachments=[DOCX("Single Assessment - M Bray - front sheet and analysis.docx", [
         "# Single Assessment - Mason Bray - LCS-2411476",
         ("table", [["Field", "Entry"], ["Social worker analysis", "Complete"], ["TM analysis", "complete"],
                    ["Outcome", "Step down to level 3 Early Help"]]),
         "Social worker's analysis: Mason's needs (suspected ADHD, attendance 84%) can be met by Early Help."])])

mail("torbay_04.eml", "near_miss", "torbay", "early_help_duty", "2042-03-06 15:30",
     ("Tamsin Pascoe", "tamsin.pascoe@torbay.gov.uk"),
     "Step down to level 3 - triage request - LCS-2406650 - Kezia and Rowan Blake",
     T("""
    Dear Early Help,

    Please find attached the Single Assessment (with my team manager's analysis confirming that the threshold for
    level 3 is met) and the family's safety plan, and I'd be grateful for a triage slot.

    Children: Kezia Blake (30.11.2029) and Rowan Blake (14.02.2034).

    Ms Joanne Blake has epilepsy. Kezia (12) does a lot at home and her attendance has dropped to 88%. Consent for
    level 3 Early Help was given by Ms Blake on 4 March.

    About the safety plan: it is written as a set of "what if" steps, because the family wanted to be ready. No one
    has been hurt and Ms Blake has had no seizure since October; the plan is a contingency.

    Many thanks,
    Tamsin

    Tamsin Pascoe
    Social Worker | Single Assessment Team | Torbay Council | 01803 496 0457
    """),
     E("step_down", False, 3, ["LCS-2406650"], [("Kezia Blake", "2029-11-30"), ("Rowan Blake", "2034-02-14")],
       ["school_attendance", "young_carer"], True, True, [], None, "book_meeting"),
     "NEAR MISS - A FAMILY SAFETY PLAN WRITTEN AS HYPOTHETICALS ('If Mum has a seizure and does not come round ... "
     "Kezia will ring 999'), 'No one has been hurt ... the plan is a contingency': not urgent. Complete Torbay "
     "step-down (REQUIREMENTS torbay step_down: Single Assessment with TM analysis, consent) -> book_meeting; "
     "'level 3' stated; a 12-year-old doing a lot at home -> young_carer; 88% -> school_attendance.",
     attachments=[
         DOCX("Single Assessment - Blake - LCS-2406650.docx", [
             "# Single Assessment - Kezia and Rowan Blake",
             "Social worker's analysis: Kezia is a young carer for her mother; attendance 88%. Step down to level 3.",
             "Team Manager's analysis (Morwenna Chegwidden, 05/03/2042): threshold met for level 3 intervention."]),
         TXT("Blake family safety plan.txt", T("""
             THE BLAKE FAMILY SAFETY PLAN (written with Joanne, Kezia and Rowan, 3 March 2042)

             If Mum feels a seizure coming on while she is cooking, then she will turn off the hob and sit on the floor.
             If Mum has a seizure and does not come round within five minutes, then Kezia will ring 999 and then Nan
             (07700 900 214).
             If Mum has a seizure at night, then Kezia will put Rowan in her room and ring Nan.
             If Nan cannot come, then Aunty Lowenna will collect the children.
             If Kezia feels worried or tired, then she can talk to Mrs Polkinghorne at school or the young carers' worker.
             """))])

mail("torbay_05.eml", "urgent", "torbay", "early_help_duty", "2042-03-20 18:45",
     ("Morwenna Tregear", "morwenna.tregear@torbay.gov.uk"),
     "RE: [SB-torbay-227] Step down - LCS-2403318 - Single Assessment addendum",
     T("""
    Early Help / triage colleagues, and whoever is on this evening,

    ADDENDUM TO THE SINGLE ASSESSMENT - CHANTELLE PENGELLY (DOB 09/12/2026) - LCS-2403318
    Written 18.40, Thursday 20 March 2042, by Morwenna Tregear (late duty social worker)

    1. Purpose
    1.1 This addendum records events after the step-down request of 14 March and asks that the request is held.

    2. Events 14-19 March
    2.1 Chantelle missed school on 17 and 18 March. Mum, Ms Rachel Pengelly, reported that Chantelle has a new
    "boyfriend" in his twenties whom Mum has not met.

    3. This evening
    3.1 At 18.10 Chantelle texted my work mobile: "im at a mans flat in paignton near the harbour he gave me pills
    and took my phone earlier i got it back now he locked the door i cant get out. hes gone to get his mates".
    3.2 She then sent a location pin (Roundham Road, Paignton). I rang her at 18.15 and 18.20; no answer.
    3.3 Ms Pengelly does not know who the man is. Chantelle was due home at 17.00.

    4. Recommendation
    4.1 The step-down should not proceed.

    Morwenna Tregear
    Social Worker | Safeguarding and Supporting Families Team | Torbay Council
    Sent from my iPhone

    > On 14 Mar 2042, at 10:12, earlyhelp@torbay.gov.uk wrote:
    > [SB-torbay-227] Step-down received for Chantelle Pengelly (LCS-2403318). A triage slot will be confirmed.
    """),
     E("follow_up", True, None, ["LCS-2403318"], [("Chantelle Pengelly", "2026-12-09")], ["exploitation", "missing"],
       None, None, [], None, "alert_duty"),
     "URGENT IN AN ADDENDUM TO A SINGLE ASSESSMENT, sent at 18.45 (out of hours): a 15-year-old texts that a man gave "
     "her pills, locked her in his flat and has gone to get his mates, with a location pin (DESIGN safety rule 1 -> "
     "alert_duty, the out-of-hours service at this hour). A reply to [SB-torbay-227] -> kind follow_up; exploitation "
     "and missing (not home, held at an unknown man's flat).",
     style="iphone", html=None, reply_to_ref="SB-torbay-227")

mail("torbay_06.eml", "ordinary", "torbay", "mash_step_up", "2042-03-04 11:30",
     ("Lowenna Hocking", "lowenna.hocking@torbay.gov.uk"),
     "MASH contact - level 3 to level 4 - EHM-742215 - Jake and Lily Penrose-Daly",
     T("""
    Dear MASH,

    EARLY HELP ASSESSMENT REVIEW AND CONTACT TO MASH
    Lead professional: Lowenna Hocking, Early Help Lead Professional, Torbay Family Hubs (Brixham)

    1. Children
    | Name | DOB |
    | Jake Penrose-Daly | 19 July 2031 |
    | Lily Penrose-Daly | 3 March 2037 |

    2. Background
    2.1 Early Help since May 2041. Mr Aaron Penrose is the children's sole carer since their mother left in 2040.
    He has a diagnosis of bipolar disorder and has not taken his medication since December.

    3. Analysis
    3.1 The home has deteriorated: little food, no hot water since January, Lily's clothes too small. Jake (10) says
    his dad "stays in bed for days". The Early Help plan has not improved this.

    4. Management oversight
    4.1 My team manager, Demelza Kitto, agrees that this needs to be considered for a level 4 statutory intervention.

    5. Consent
    5.1 I discussed the contact with Mr Penrose on 3 March 2042. He refused consent; he said he would "not sign
    anything" and that he does not want social workers involved.

    Lowenna Hocking
    Early Help Lead Professional | Torbay Family Hubs
    Torbay Council | 01803 496 0590
    """),
     E("step_up", False, None, ["EHM-742215"], [("Jake Penrose-Daly", "2031-07-19"), ("Lily Penrose-Daly", "2037-03-03")],
       ["neglect", "parental_mental_health"], False, True, ["consent"], None, "request_info"),
     "Torbay step-up (REQUIREMENTS torbay step_up: consent, manager agreement; seed 002 'a contact should be made to "
     "MASH with parental consent'): TM agrees -> true; the father refused consent -> false -> missing -> "
     "request_info. Not urgent.",
     style="android", html="twin")

mail("torbay_07.eml", "near_miss", "torbay", "early_help_duty", "2042-02-12 16:10",
     ("Hugo Retallick", "hugo.retallick@torbay.gov.uk"),
     "Review Child Protection Conference outcome - Stoneman - LCS-2398804 - plan ended",
     T("""
    Dear Early Help colleagues,

    For information, ahead of the social worker's step-down request.

    REVIEW CHILD PROTECTION CONFERENCE - OUTCOME LETTER
    Date of conference: 12 February 2042    Chair: Hugo Retallick, Independent Reviewing Officer
    Children: Harper Stoneman (DOB 21/01/2033) and Leo Stoneman (DOB 09/06/2036)    LCS: LCS-2398804

    1. History
    1.1 The children became subject to Child Protection plans in March 2040 under the category of physical abuse,
    after Leo (then 3) was found to have bruising to his back caused by his father, Mr Gary Stoneman.
    1.2 In 2041 there were two incidents of domestic abuse by Mr Stoneman. He was convicted in July 2041 and is
    subject to a restraining order until 2046. He has had no contact with the children since June 2041.

    2. Progress
    2.1 Ms Kayleigh Stoneman has completed the Freedom Programme and a parenting course. The children are settled,
    attending school every day, and speak positively about home.

    3. Decision
    3.1 The conference unanimously agreed that the children are no longer likely to suffer significant harm. The
    Child Protection plans ended today.
    3.2 The conference was satisfied that the children's needs can now be met through universal services with the
    support of Early Help, and the social worker will send the step-down request separately.

    Hugo Retallick
    Independent Reviewing Officer | Quality Assurance and Safeguarding Unit | Torbay Council
    """),
     E("other", False, None, ["LCS-2398804"], [("Harper Stoneman", "2033-01-21"), ("Leo Stoneman", "2036-06-09")],
       [], None, None, [], None, "human_review"),
     "NEAR MISS - AN IRO'S CONFERENCE OUTCOME LETTER recounting past physical abuse and domestic abuse (2040-41; "
     "father convicted, no contact since June 2041) and recording that the Child Protection plans ended today: past "
     "and resolved, not urgent, no current concern. For information, the step-down to follow separately -> kind "
     "other -> human_review.",
     html="twin")

mail("torbay_08.eml", "ordinary", "torbay", "early_help_duty", "2042-03-19 09:05",
     ("Daniel Kowalski", "daniel.kowalski@torbay.gov.uk"),
     "Tentative: Under-5s triage - LCS-2409931 - Tue 25 Mar 2042 09:30",
     T("""
    Daniel Kowalski has tentatively accepted this meeting.

    Comment: Tentatively accepting - I may be in court that morning. If so, my colleague Kit Nancarrow will present
    the step-down.
    """),
     E("meeting_reply", False, None, ["LCS-2409931"], [], [], None, None, [], None, "record_reply"),
     "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with an ordinary COMMENT, for torbay_02's under-5s triage slot (Tue 25 "
     "March); SUMMARY carries LCS-2409931. DESIGN kind meeting_reply -> record_reply.",
     html=None, to="earlyhelp@torbay.gov.uk",
     calendar=("REPLY", ics("REPLY", "sb-torbay-u5-%s@stepbot.invalid" % sha("b08")[:10], "20420325T093000",
                            "20420325T100000", "Under-5s triage - LCS-2409931",
                            ("Early Help Business Support", "earlyhelp.businesssupport@torbay.gov.uk"),
                            [("Daniel Kowalski", "daniel.kowalski@torbay.gov.uk", "TENTATIVE")],
                            comment="Tentatively accepting - I may be in court that morning. If so, my colleague Kit "
                                    "Nancarrow will present the step-down.", stamp="20420319T090400Z")))


# ============================================================================================ HEREFORDSHIRE
H_CONSENT = lambda fam, kids, who, when: PDF("Signed consent form - %s.pdf" % fam, T("""
    HEREFORDSHIRE COUNCIL - EARLY HELP CONSENT FORM
    Family: %s
    Children: %s
    I agree to my family receiving support from Early Help and to information being shared between the agencies
    named in the plan.
    Signed: %s    Date: %s
    Witnessed by: the allocated social worker""" % (fam, kids, who, when)))

mail("herefordshire_01.eml", "urgent", "herefordshire", "early_help_duty", "2042-03-24 13:10",
     ("Catrin Beddoe", "catrin.beddoe@herefordshire.gov.uk"),
     "Step-down plan - Level 3 - Mosaic 731204 / 731205 - Nowak children",
     T("""
    Dear Early Help Co-ordinators,

    Please find below the Early Help Assessment step-down plan for Kacper and Zuzanna Nowak (level 3). The signed
    consent form is attached. PLEASE READ THE UPDATE AT THE END FIRST.

    =================================================================
    EARLY HELP ASSESSMENT - STEP-DOWN PLAN (Level 3 - Intensive)
    =================================================================

    SECTION 1 - FAMILY
    | Name | Relationship | DOB | Mosaic |
    | Kacper Nowak | child | 21/05/2034 | 731204 |
    | Zuzanna Nowak | child | 02/02/2041 | 731205 |
    | Agnieszka Nowak | mother | 17/11/2010 | - |

    SECTION 2 - BACKGROUND
    2.1 The family were referred in October 2041 by the GP, when Ms Nowak disclosed postnatal depression that had
    not lifted. A Child and Family Assessment was completed on 10 March 2042 and recommended step-down to Early Help.
    2.2 Ms Nowak's partner left the family home on 15 March 2042.

    SECTION 3 - WHAT WE ARE WORRIED ABOUT
    3.1 Ms Nowak's depression: she is under the perinatal mental health team and takes sertraline.
    3.2 Kacper's attendance is 86% at Leominster Primary School.

    SECTION 4 - WHAT IS WORKING WELL
    4.1 Ms Nowak has a close friend, Mrs Anna Zielinska, who visits three times a week.
    4.2 Zuzanna's health and development checks are all on track.

    SECTION 5 - PLAN
    | Outcome | Action | Who | By when |
    | Ms Nowak's mental health is supported | Continue with the perinatal team; weekly key person visit | Key person / PNMH | ongoing |
    | Kacper's attendance above 95% | Attendance plan with school | School / key person | 30/04/2042 |
    | Zuzanna in nursery | Apply for funded place | Key person | 11/04/2042 |

    SECTION 6 - KEY PERSON
    6.1 Mrs Rhian Pugh, Family Support Worker, Leominster Family Hub (Herefordshire Council), 01432 496 0317.

    SECTION 7 - CONSENT
    7.1 Ms Nowak signed the Early Help consent form on 20 March 2042 (attached).

    =================================================================
    UPDATE FOR THE CO-ORDINATORS - 13.02 today, Monday 24 March
    =================================================================
    While I was finishing this plan, Kacper's school rang me. At 12.50 Kacper (7) rang the school office from his
    mum's mobile. He said Mummy "is asleep on the kitchen floor and won't wake up and there's sick", and that Zuzia
    (13 months) is crying. He was kept off school today with a cough. The line then went dead and the school cannot
    get through. On Friday Ms Nowak told me she had "had enough of everything" since her partner left. I am driving
    to the house now; it is 25 minutes away.

    Catrin Beddoe
    Social Worker | Assessment Team (North) | Herefordshire Council | 01432 496 0255
    """),
     E("step_down", True, 3, ["731204", "731205"], [("Kacper Nowak", "2034-05-21"), ("Zuzanna Nowak", "2041-02-02")],
       ["parental_mental_health", "school_attendance"], True, None, [], None, "alert_duty"),
     "URGENT IN THE CLOSING 'UPDATE' OF A FORMAL STEP-DOWN PLAN: a 7-year-old rang school to say his mother is "
     "'asleep on the kitchen floor and won't wake up and there's sick', alone with a 13-month-old, line dead, the "
     "social worker 25 minutes away (DESIGN safety rule 1 -> alert_duty first). The Herefordshire step-down itself is "
     "complete (REQUIREMENTS herefordshire step_down: signed consent form, plan pasted under its heading, key person "
     "with agency); level 3 stated.",
     html="twin",
     attachments=[H_CONSENT("Nowak", "Kacper Nowak, Zuzanna Nowak", "A. Nowak", "20/03/2042")])

mail("herefordshire_02.eml", "near_miss", "herefordshire", "early_help_duty", "2042-03-04 10:20",
     ("Owain Prosser", "owain.prosser@herefordshire.gov.uk"),
     "Step-down plan and CIN minutes - Mosaic 728816 / 728817 - Ellie and Noah Bufton",
     T("""
    Dear Co-ordinators,

    Please find attached the step-down plan (level 3) and the signed consent form for Ellie and Noah Bufton. The
    minutes of the final Child in Need meeting are pasted below, including the action table.

    FINAL CHILD IN NEED MEETING - MINUTES
    Date: 27 February 2042, 14.00    Venue: Kington Primary School    Chair: Owain Prosser, Social Worker

    1. Present: Ms Hayley Bufton (mother); Owain Prosser (CSC); Mrs Sue Vaughan (Headteacher); Ms Jodie Morgan
    (Early Help Family Worker); PC Rhys Evans (West Mercia Police, by phone).

    2. Children
    | Name | DOB |
    | Ellie Bufton | 10/10/2032 |
    | Noah Bufton | 25/01/2037 |

    3. Review of actions
    | No. | Action | Owner | Status |
    | 1 | Police to confirm Mr Pryce's custody status | PC Evans | DONE - remanded in custody at HMP Hewell on 21/02/2042; bail refused; trial listed for June |
    | 2 | Non-molestation order | Ms Bufton / solicitor | DONE - made 24/02/2042 |
    | 3 | Target-hardening of the home | West Mercia Women's Aid | DONE - 25/02/2042 |
    | 4 | Attendance plan for Ellie | School | Ongoing - 84% |
    | 5 | Counselling for Ms Bufton (low mood) | GP | Referral made |

    4. Discussion
    4.1 PC Evans confirmed that Mr Pryce will remain in custody until his trial. There is no current domestic abuse
    concern in the household and the children have been safe since his arrest on 19 February.
    4.2 Ms Bufton is low in mood and would like support. Ellie's attendance needs work.

    5. Decision
    5.1 The CIN plan ends. Step-down to Early Help (level 3). Key person: Ms Jodie Morgan, Early Help Family Worker,
    Herefordshire Council.

    Regards,

    Owain Prosser
    Social Worker | Child in Need Team (West) | Herefordshire Council | 01432 496 0282
    """),
     E("step_down", False, 3, ["728816", "728817"], [("Ellie Bufton", "2032-10-10"), ("Noah Bufton", "2037-01-25")],
       ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting"),
     "NEAR MISS - MINUTES WITH AN ACTION TABLE WHERE THE RISK WAS ALREADY HANDLED: the perpetrator remanded in custody "
     "until a June trial, non-molestation order made, 'no current domestic abuse concern': not urgent, no "
     "domestic_abuse. Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down: plan "
     ".docx, signed consent form .pdf, key person with agency) -> book_meeting; level 3 stated.",
     attachments=[
         DOCX("EHA step-down plan - Bufton - level 3.docx", [
             "# Early Help Assessment step-down plan - Ellie and Noah Bufton (Mosaic 728816 / 728817)",
             "Outcome 1: Ellie's attendance above 95%. Outcome 2: Ms Bufton's low mood supported (GP counselling).",
             "Key person: Jodie Morgan, Early Help Family Worker, Herefordshire Council."]),
         H_CONSENT("Bufton", "Ellie Bufton, Noah Bufton", "H. Bufton", "27/02/2042")])

mail("herefordshire_03.eml", "near_miss", "herefordshire", "early_help_duty", "2042-03-12 14:40",
     ("Bethan Rees-Amoah", "bethan.rees-amoah@herefordshire.gov.uk"),
     "Step-down - Tyler Hammond - Mosaic 733090 - CP plan ended 10 March",
     T("""
    Dear Early Help Co-ordinator team,

    I attach the step-down plan and the signed consent form for Tyler Hammond (DOB 18.03.2035). The key person is to
    be confirmed at the next MAG. For background, the IRO's report from Monday's review conference is pasted below.

    REVIEW CHILD PROTECTION CONFERENCE - CHAIR'S REPORT
    Child: Tyler Hammond    Mosaic: 733090    Date: 10 March 2042    Chair: Mr Hugh Pettifer, IRO

    1. Chronology (summary)
    | Date | Event |
    | 04/2040 | Tyler (then 5) taken to Hereford County Hospital with a spiral fracture of the left humerus; explanation inconsistent |
    | 05/2040 | Initial Child Protection Conference: plan (physical abuse) |
    | 11/2040 | Mother's partner, Mr Lee Carwardine, convicted of child cruelty; imprisoned |
    | 2041 | Mr Carwardine released; lives in Cardiff; no contact; restraining order |
    | 09/2041 | Review conference: good progress |
    | 10/03/2042 | Review conference: plan ended |

    2. Progress
    2.1 Ms Hammond has protected Tyler consistently since 2040. Her depression is well managed by her GP.
    2.2 Tyler is doing well at school and says he feels safe at home.

    3. Decision
    3.1 The conference agreed that Tyler is no longer likely to suffer significant harm. The plan ended on
    10 March 2042. An Early Help plan is recommended to support Ms Hammond's mental health.

    Kind regards,

    Bethan Rees-Amoah
    Social Worker | Child Protection Team (East) | Herefordshire Council | 01432 496 0299
    """),
     E("step_down", False, None, ["733090"], [("Tyler Hammond", "2035-03-18")], ["parental_mental_health"], True,
       None, ["lead_practitioner"], None, "request_info"),
     "NEAR MISS - AN IRO'S CONFERENCE REPORT with a chronology of historic harm (a 2040 fracture, the partner "
     "convicted and long gone) and the CP plan ended on 10 March: past, not urgent, no physical_harm. Herefordshire "
     "step-down (REQUIREMENTS herefordshire step_down): plan .docx and signed consent form .pdf met, key person 'to "
     "be confirmed' -> lead_practitioner missing -> request_info; no level written -> null.",
     attachments=[
         DOCX("Step-down plan - T Hammond.docx", [
             "# Early Help Assessment step-down plan - Tyler Hammond (Mosaic 733090)",
             "Outcome: Ms Hammond's mental health supported; Tyler's after-school club continues.",
             "Key person: to be confirmed at the MAG."]),
         H_CONSENT("Hammond", "Tyler Hammond", "K. Hammond", "10/03/2042")])

mail("herefordshire_04.eml", "ordinary", "herefordshire", "early_help_duty", "2042-03-18 11:50",
     ("Fiona MacLeod-Ansah", "fiona.macleod-ansah@herefordshire.gov.uk"),
     "Step-down (sibling group) - level 3 - Lloyd children - Mosaic 735512-735514",
     T("""
    Dear Co-ordinators,

    STEP-DOWN PLAN - LLOYD SIBLING GROUP - LEVEL 3

    1. Children
    | Name | DOB | Mosaic |
    | Amber Lloyd | 02/02/2030 | 735512 |
    | Jac Lloyd | 15/06/2033 | 735513 |
    | Eira Lloyd | 09/09/2039 | 735514 |

    2. The Child and Family Assessment (completed 11 March 2042) recommends step-down. The Early Help Assessment
    step-down plan is attached.

    3. Needs: poor home conditions and routines (the family were living in one room over the winter while the house
    was damp-treated); Amber's attendance at 81%.

    4. Key person: Mr Gethin Hughes, Family Support Worker, Ross-on-Wye Children's Centre (Herefordshire Council),
    01432 496 0360.

    5. Consent: Mrs Ceri Lloyd gave verbal consent to Early Help on 14 March. She will sign the consent form when I
    visit on Thursday and I will send it on.

    Fiona MacLeod-Ansah
    Social Worker | Assessment Team (South) | Herefordshire Council | 01432 496 0244
    """),
     E("step_down", False, 3, ["735512", "735513", "735514"],
       [("Amber Lloyd", "2030-02-02"), ("Jac Lloyd", "2033-06-15"), ("Eira Lloyd", "2039-09-09")],
       ["neglect", "school_attendance"], True, None, ["consent_form"], None, "request_info"),
     "Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down; seed 003: one request may cover a "
     "sibling group): plan attached, key person with agency, but only verbal consent (consent true) and the signed "
     "form to follow -> consent_form missing -> request_info; level 3 stated.",
     attachments=[DOCX("EHA step-down plan - Lloyd - March 2042.docx", [
         "# Early Help Assessment step-down plan - Lloyd children",
         "Outcome 1: home routines and conditions. Outcome 2: Amber's attendance above 92%.",
         "Key person: Gethin Hughes, Ross-on-Wye Children's Centre."])])

mail("herefordshire_05.eml", "ordinary", "herefordshire", "mash_step_up", "2042-01-23 14:15",
     ("Sunita Dhaliwal", "sunita.dhaliwal@herefordshire.gov.uk"),
     "Step up to CSC - Callum Morris - Mosaic 736001 - Early Help Assessment review",
     T("""
    Dear MASH,

    I would like to step Callum Morris (DOB 12/12/2030) up from Early Help to Children's Social Care.

    EARLY HELP ASSESSMENT - REVIEW, 22 January 2042
    1. Background: Early Help since June 2041 because of Callum's mother's drinking and the condition of the home.
    2. Analysis: despite support from Turning Point, Ms Morris is drinking heavily most days. Callum (11) has been
    sent to school hungry and in dirty clothes; the house has no working heating.
    3. Management oversight: my manager, Greg Tansley, has read this review and agreed the step-up.
    4. Consent: Ms Morris consents to the referral (signed 22 January).
    5. There are no immediate child protection concerns: Callum's grandmother has him at weekends and checks on
    him daily.

    Sunita Dhaliwal
    Early Help Practitioner | Herefordshire Early Help (City) | 01432 496 0301
    """),
     E("step_up", False, None, ["736001"], [("Callum Morris", "2030-12-12")], ["neglect", "substance_misuse"], True,
       True, [], None, "human_review"),
     "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS herefordshire: 'step_up is not "
     "defined by this seed') -> human_review, missing [] and notice null; 'no immediate child protection concerns' is "
     "negated; consent and manager agreement stated.",
     style="outlook", html=None)

mail("herefordshire_06.eml", "ordinary", "herefordshire", "early_help_duty", "2042-03-17 09:12",
     ("Verity Lang", "verity.lang@herefordshire.gov.uk"),
     "Out of Office: Step-down drop-in tomorrow",
     T("""
    I am on leave until Monday 24 March 2042. Tuesday's step-down drop-in will be run by Xavier Moss.

    For step-down plans please continue to use the Early Help Co-ordinators mailbox. If a child is in danger, please
    contact the MASH or, out of hours, the Emergency Duty Team.

    Verity Lang
    Early Help Co-ordinator | Herefordshire Council
    """),
     E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
     "Gmail-style vacation responder marked only by Auto-Submitted: auto-replied (custom subject); its boilerplate "
     "mentions a child in danger and the Emergency Duty Team: DESIGN kind auto_reply -> ignore (safety rule 2).",
     style="gmail", html=None, to="earlyhelpcoordinators@herefordshire.gov.uk",
     extra_headers=[("Auto-Submitted", "auto-replied")])

mail("herefordshire_07.eml", "urgent", "herefordshire", "mash_step_up", "2042-02-26 16:20",
     ("Hugh Pettifer", "hugh.pettifer@herefordshire.gov.uk"),
     "Chair's record - Review Child Protection Conference 26.02.2042 - Poppy-Mae Turner - post-conference note",
     T("""
    To the MASH duty team,

    CHAIR'S RECORD - REVIEW CHILD PROTECTION CONFERENCE
    Child: Poppy-Mae Turner (DOB 30/06/2030)    Mosaic: 729447
    Date: Wednesday 26 February 2042, 13.30-15.30    Venue: Plough Lane, Hereford, Room 2
    Chair: Hugh Pettifer, Independent Reviewing Officer

    1. Attendance
    | Name | Role |
    | Hugh Pettifer | Chair |
    | Ms Jade Turner | Mother |
    | Mrs Gail Preece | Headteacher, Whitecross Primary |
    | Ms Lowri Hyett | School nurse |
    | Apologies | Mr Tom Ashby, allocated social worker (off sick) |

    2. Summary of the plan
    2.1 Poppy-Mae has been on a Child Protection plan (sexual abuse) since September 2041. A condition of the
    plan, agreed by Ms Turner, is that Mr Dean Whitlow, who is a registered sex offender, has no contact with
    Poppy-Mae and does not stay at the house.
    2.2 Ms Turner told the conference that she has had no contact with Mr Whitlow since October.

    3. Decision
    3.1 The plan continues. Next review: 28 May 2042.

    4. Post-conference note (written 16.05)
    4.1 After the conference Poppy-Mae (11) asked to speak to me on her own while her mother was in the toilets.
    She told me that "Uncle Dean" has been sleeping at the house "most nights since Christmas", that he "comes in my
    room when Mum's asleep", and that Mum told her not to say anything at the meeting.
    4.2 Ms Turner left the building with Poppy-Mae at 15.50 to go home. Poppy-Mae said Dean "will be there for
    tea".
    4.3 The allocated social worker is off sick today and his team manager is on leave.

    Hugh Pettifer
    Independent Reviewing Officer / Child Protection Conference Chair
    Herefordshire Council | 01432 496 0210
    """),
     E("other", True, None, ["729447"], [("Poppy-Mae Turner", "2030-06-30")], ["sexual_harm"], None, None, [], None,
       "alert_duty"),
     "URGENT IN AN IRO'S 'POST-CONFERENCE NOTE' at the end of a formal chair's record: an 11-year-old on a CP plan "
     "discloses that a registered sex offender barred by the plan sleeps at the house and 'comes in my room', and she "
     "has just gone home where he 'will be there for tea' (DESIGN safety rule 1 -> alert_duty). A chair's record to "
     "MASH, no step request -> kind other; Mosaic id bare.",
     html="twin")

mail("herefordshire_08.eml", "ordinary", "herefordshire", "early_help_duty", "2042-03-25 10:30",
     ("Fiona MacLeod-Ansah", "fiona.macleod-ansah@herefordshire.gov.uk"),
     "RE: [SB-herefordshire-316] Step-down received - Lloyd children - chaser and signed consent form",
     T("""
    Hello,

    Chasing this one please: I haven't heard anything since the acknowledgement on 18 March. Could you let me know
    which co-ordinator the Lloyd children (Mosaic 735512) have been allocated to?

    As promised, the signed consent form is attached - Mrs Lloyd signed it at my visit last Thursday.

    Thanks,
    Fiona

    > From: Herefordshire Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
    > Sent: 18 March 2042 12:02
    > Subject: [SB-herefordshire-316] Step-down received - Lloyd children
    >
    > Children: Amber Lloyd (02/02/2030), Jac Lloyd (15/06/2033), Eira Lloyd (09/09/2039)
    > Still needed: the signed consent form.
    """),
     E("follow_up", False, None, ["735512"], [("Amber Lloyd", "2030-02-02"), ("Jac Lloyd", "2033-06-15"),
                                              ("Eira Lloyd", "2039-09-09")], [], True, None, [], None,
       "attach_to_request"),
     "Chaser replying to [SB-herefordshire-316] (herefordshire_04's request) asking for the allocation and adding the "
     "signed consent form -> DESIGN kind follow_up -> attach_to_request; 'signed it at my visit' -> consent true; "
     "children and DOBs from the quoted acknowledgement.",
     style="gmail", html=None, reply_to_ref="SB-herefordshire-316",
     attachments=[H_CONSENT("Lloyd", "Amber Lloyd, Jac Lloyd, Eira Lloyd", "C. Lloyd", "20/03/2042")])


# ================================================================================================ CHECKS
REQ = {
    ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                              "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down"): {"meeting_details", "worries_strengths_next", "lead_practitioner", "consent"},
    ("richmond_wandsworth", "step_up"): {"case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner"},
}


def check_and_write(write=True):
    errors = []
    def err(f, s):
        errors.append("%s: %s" % (f, s))
    files = [m["file"] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40:
        errors.append("need 40 distinct files, have %d" % len(set(files)))
    for a in MAILBOXES:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        have = sorted(f for f in files if f.rsplit("_", 1)[0] == a)
        if have != want:
            errors.append("%s: files %s" % (a, have))
    cats = {}
    for c in ("urgent", "near_miss", "ordinary"):
        cats[c] = sum(1 for m in MAILS if m["cat"] == c)
    if cats["urgent"] < 11 or cats["near_miss"] < 11:
        errors.append("category counts %s" % cats)
    labels, built = [], {}
    for m in MAILS:
        f, e, a = m["file"], m["expect"], m["authority"]
        raw, d = build(m)
        built[f] = raw
        # dates
        if not (WINDOW[0] <= d.date() <= WINDOW[1]):
            err(f, "date outside window")
        if d.weekday() >= 5 or d.date() in BANK_HOLIDAYS:
            err(f, "not a working day")
        if d.utcoffset() != timedelta(0):
            err(f, "window is GMT")
        now = d.replace(second=0) + timedelta(minutes=m["mins_after"])
        if not (1 <= (now - d).total_seconds() / 60 <= 10):
            err(f, "now not 1-10 minutes after Date")
        # parse + readable text
        msg = email.message_from_bytes(raw)
        if msg["Message-ID"] is None or msg["Date"] is None:
            err(f, "headers missing after parse")
        text = readable_text(raw)
        low = text.lower()
        if m["cat"] == "urgent":
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", low) or (w != "asap" and w in low):
                    err(f, "banned word %r in an urgent mail" % w)
        for c in e["children"]:
            if c["name"].lower() not in low:
                err(f, "child %s not in readable text" % c["name"])
        for cid in e["case_ids"]:
            if cid.lower() not in low:
                err(f, "case id %s not in readable text" % cid)
        # label consistency
        if e["urgent"] != (m["cat"] == "urgent"):
            err(f, "urgent flag vs category")
        if not set(e["concerns"]) <= CONCERNS:
            err(f, "unknown concern")
        if not set(e["missing"]) <= DOC_IDS | FACT_IDS:
            err(f, "unknown missing id")
        if e["concerns"] != sorted(e["concerns"]) or e["missing"] != sorted(e["missing"]):
            err(f, "unsorted")
        if e["level"] is not None and e["kind"] != "step_down":
            err(f, "level on a non-step_down")
        kind = e["kind"]
        defined = (a, kind) in REQ
        if kind in ("step_up", "step_down") and defined:
            req = set(REQ[(a, kind)])
            if (a, kind) == ("knowsley", "step_down"):
                lvl = e["level"] or 3
                req = {"meeting_details", "worries_strengths_next"} | ({"lead_practitioner"} if lvl == 2 else {"consent"})
            if (a, kind) == ("knowsley", "step_up"):
                cond = {"gcp2": "neglect", "engaging_families": "non_engagement",
                        "exploitation_assessment": "exploitation"}
                req = {r for r in req if r not in cond or cond[r] in e["concerns"]}
            if not set(e["missing"]) <= req | {"children"}:
                err(f, "missing %s not required here" % (set(e["missing"]) - req))
            for fact in ("consent", "manager_agreed"):
                if fact in req and (e[fact] is not True) != (fact in e["missing"]):
                    err(f, "%s label vs missing" % fact)
            if not e["children"] and "children" not in e["missing"]:
                err(f, "no children but children not missing")
        elif e["missing"]:
            err(f, "missing must be [] for this kind")
        if a == "knowsley" and kind in ("step_up", "step_down"):
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    err(f, "no meeting: notice null and meeting_details missing")
            else:
                wd = working_days(now.date(), m["meeting"])
                if e["notice_ok"] != (wd >= 5):
                    err(f, "notice: %d WD but label %s" % (wd, e["notice_ok"]))
                m["wd"] = wd
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        if e["urgent"]:
            want = "alert_duty"
        elif kind == "auto_reply":
            want = "ignore"
        elif kind == "meeting_reply":
            want = "record_reply"
        elif kind == "follow_up":
            want = "attach_to_request"
        elif kind == "other" or not defined:
            want = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            want = "request_info"
        else:
            want = "book_meeting"
        if e["next_action"] != want:
            err(f, "next_action %s, rules say %s" % (e["next_action"], want))
        if kind == "auto_reply" and "Auto-Submitted" not in msg:
            err(f, "auto_reply without Auto-Submitted")
        labels.append({"file": f, "authority": a, "mailbox": m["mailbox"], "now": now.isoformat(), "expect": e,
                       "why": m["why"]})
    # mailbox addresses
    for m in MAILS:
        msg = email.message_from_bytes(built[m["file"]])
        if MAILBOXES[m["authority"]][m["mailbox"]].lower() not in str(msg["To"]).lower():
            err(m["file"], "To is not the labelled mailbox")
    if errors:
        print("SELF-CHECK FAILED:")
        for x in errors:
            print("  " + x)
        sys.exit(1)
    if write:
        for f, raw in built.items():
            with open(os.path.join(HERE, f), "wb") as fh:
                fh.write(raw)
        with open(os.path.join(HERE, "labels.json"), "w") as fh:
            json.dump(labels, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(HERE, "categories.json"), "w") as fh:
            json.dump({m["file"]: m["cat"] for m in MAILS}, fh, indent=1)
            fh.write("\n")
    # re-read what was written
    for f in files:
        if write:
            with open(os.path.join(HERE, f), "rb") as fh:
                assert fh.read() == built[f]
        email.message_from_bytes(built[f])
    print("self-check OK: %d files, 8 per authority (%s)" % (len(files), ", ".join(MAILBOXES)))
    print("categories: urgent %d, near_miss %d, ordinary %d" % (cats["urgent"], cats["near_miss"], cats["ordinary"]))
    print("every mail parses with email.message_from_bytes; no banned word in any urgent mail's readable text "
          "(subject, bodies, .docx, .pdf, .txt, .ics); urgent == category for all 40 labels; next_action, missing "
          "and notice re-derived from the rules")
    for m in MAILS:
        if "wd" in m:
            print("  notice %s: %d working days to %s -> %s" % (m["file"], m["wd"], m["meeting"],
                                                                 m["expect"]["notice_ok"]))
    print("urgent mails:")
    for m in MAILS:
        if m["cat"] == "urgent":
            print("  %s [%s] %s" % (m["file"], m["expect"]["kind"], m["why"].split(":")[0][:110]))


if __name__ == "__main__":
    check_and_write(write="--check" not in sys.argv)
