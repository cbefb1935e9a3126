#!/usr/bin/env python3
"""Generate the held-out "risk1" test set for stepbot's urgent-risk detection.

Run with:  /work/main/.venv/bin/python make_set.py
Writes every *.eml and labels.json next to this file. Deterministic: no clock, no randomness;
MIME boundaries and Message-IDs are fixed strings, .docx zips carry fixed timestamps and the
PDFs are written by hand.

Every person, child, school, address, phone number (Ofcom drama ranges) and case number here is
invented. The labels were written from DESIGN.md / REQUIREMENTS.md / the policy packs only,
without reading or running the parser.
"""
import base64
import datetime
import hashlib
import io
import json
import os
import textwrap
import zipfile
from email import quoprimime
from email.header import Header
from email.utils import formataddr

import docx  # python-docx

HERE = os.path.dirname(os.path.abspath(__file__))
MESSAGES = []          # (filename, raw bytes)
LABELS = []            # label dicts, in file order

# ---------------------------------------------------------------------------------------------
# Working-day arithmetic, used only to self-check the Knowsley notice labels below.
BANK_HOLIDAYS = {datetime.date(2026, 12, 25), datetime.date(2026, 12, 28), datetime.date(2027, 1, 1),
                 datetime.date(2027, 3, 26), datetime.date(2027, 3, 29)}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting."""
    n, d = 0, today
    while d < meeting:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# ---------------------------------------------------------------------------------------------
# MIME helpers (all output is str whose characters are < 256; it is written as latin-1 bytes,
# so 8bit bodies are carried as their raw bytes).

def T(s):
    """Strip the one leading newline of a triple-quoted block and make sure it ends with one."""
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


def boundary(tag, style="outlook"):
    h = hashlib.sha1(tag.encode()).hexdigest().upper()
    if style == "outlook":
        return "_%03d_%sGBRP265PRODOUTLOOKCOM_" % (int(h[:2], 16) % 7, h[:36])
    if style == "gmail":
        return "0000000000" + h[:18].lower()
    if style == "apple":
        return "Apple-Mail=_" + h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
    return "----=_Part_" + str(int(h[:10], 16)) + "_" + h[10:20].lower()


def enc(text, charset="utf-8", cte="quoted-printable"):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        out = quoprimime.body_encode(raw.decode("latin-1"))
        return out if out.endswith("\n") else out + "\n"
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "7bit":
        raw.decode("ascii")
        return text
    if cte == "8bit":
        return raw.decode("latin-1")
    raise ValueError(cte)


def leaf(ctype, payload, cte=None, extra=()):
    lines = ["Content-Type: " + ctype]
    if cte:
        lines.append("Content-Transfer-Encoding: " + cte)
    lines.extend(extra)
    return "\n".join(lines) + "\n\n" + payload


def text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", quote_charset=True, extra=()):
    cs = '"%s"' % charset if quote_charset else charset
    return leaf("text/%s; charset=%s" % (subtype, cs), enc(text, charset, cte), cte, extra)


def multipart(subtype, bnd, parts, preamble=None, params=""):
    head = 'Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, bnd)
    body = ""
    if preamble:
        body += preamble + "\n"
    for p in parts:
        body += "--%s\n%s\n" % (bnd, p)
    body += "--%s--\n" % bnd
    return head + "\n\n" + body


def attach(filename, data, ctype, style="outlook"):
    b = base64.encodebytes(data).decode("ascii")
    if style == "outlook":
        return leaf('%s;\n\tname="%s"' % (ctype, filename), b, "base64",
                    ['Content-Description: %s' % filename,
                     'Content-Disposition: attachment;\n\tfilename="%s"; size=%d' % (filename, len(data))])
    if style == "apple":
        return leaf('%s;\n\tx-unix-mode=0644;\n\tname="%s"' % (ctype, filename), b, "base64",
                    ['Content-Disposition: attachment;\n\tfilename="%s"' % filename])
    return leaf('%s; name="%s"' % (ctype, filename), b, "base64",
                ['Content-Disposition: attachment; filename="%s"' % filename,
                 'X-Attachment-Id: f_%s' % hashlib.sha1(filename.encode()).hexdigest()[:9]])


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def hdr(value):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def message(headers, body_with_ctype):
    """headers: list of (name, value). body_with_ctype: 'Content-Type: ...\\n...\\n\\nbody'."""
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    return "\n".join(out) + "\n" + body_with_ctype


def html_from_text(text, outlook=True):
    import html as _h
    paras = [p for p in text.strip("\n").split("\n\n")]
    if outlook:
        ps = []
        for p in paras:
            for line in p.split("\n"):
                ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_h.escape(line) or "&nbsp;"))
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return T('''
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
''') + "\n".join(ps) + "\n</div>\n</body>\n</html>\n"
    body = "<br><br>".join(_h.escape(p).replace("\n", "<br>") for p in paras)
    return '<div dir="ltr">' + body + "</div>\n"


OUTLOOK_RECEIVED = [
    ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2ac::9)\n by LO0P265MBE1C3.GBRP265.PROD.OUTLOOK.COM with HTTPS; {date}"),
]


def outlook_ids(tag):
    h = hashlib.sha1(tag.encode()).hexdigest().upper()
    return "<LO2P265MB5123%s@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>" % h[:24]


def gmail_id(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<CA%s+%s@mail.gmail.com>" % (h[:14], h[14:30])


def apple_id(tag, domain):
    h = hashlib.sha1((tag + "/id").encode()).hexdigest().upper()
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)


# ---------------------------------------------------------------------------------------------
# Attachments

FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def make_docx(title, blocks, author="Children's Services"):
    """blocks: list of str (paragraph), ('h', str) heading, ('t', [[cells], ...]) table."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.last_printed = datetime.datetime(2026, 11, 2, 9, 0, 0)
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(b)
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_pdf(title, lines, author="Children's Services"):
    """A small, valid, unencrypted PDF 1.4 with Helvetica text (WinAnsi), written by hand."""
    wrapped = [title, ""]
    for line in lines:
        if line == "":
            wrapped.append("")
        else:
            wrapped.extend(textwrap.wrap(line, 95) or [""])
    pages = [wrapped[i:i + 48] for i in range(0, len(wrapped), 48)]

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    n_pages = len(pages)
    font_id = 3
    first_page = 4
    kids = []
    for i, pg in enumerate(pages):
        pid = first_page + 2 * i
        cid = pid + 1
        kids.append(pid)
        stream = b"BT\n/F1 10 Tf\n14 TL\n50 800 Td\n"
        for j, line in enumerate(pg):
            if j == 0 and i == 0:
                stream += b"/F1 13 Tf\n(" + esc(line) + b") Tj\n/F1 10 Tf\nT*\n"
            else:
                stream += b"(" + esc(line) + b") Tj\nT*\n"
        stream += b"ET\n"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info_id = max(objs) + 1
    objs[info_id] = b"<< /Title (" + esc(title) + b") /Author (" + esc(author) + b") /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20261102090000Z) >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info_id, xref)
    return out


# ---------------------------------------------------------------------------------------------
# iCalendar (iTIP REPLY)

def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        n = 75 if first else 74
        chunk = b[:n]
        while True:          # do not split a UTF-8 sequence
            try:
                chunk.decode("utf-8")
                break
            except UnicodeDecodeError:
                chunk = chunk[:-1]
        out.append((b"" if first else b" ") + chunk)
        b = b[len(chunk):]
        first = False
    return b"\r\n".join(out).decode("utf-8")


VTIMEZONE_GMT = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]


def ical_reply(prodid, uid, start, end, organizer, attendee_cn, attendee_email, partstat, summary,
               stamp, comment=None, location=None, sequence=0, outlook=True):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:" + prodid, "VERSION:2.0"]
    if outlook:
        L += VTIMEZONE_GMT
    L += ["BEGIN:VEVENT",
          'ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, attendee_cn, attendee_email)]
    if comment is not None:
        L.append("COMMENT;LANGUAGE=en-GB:" + ical_escape(comment))
    L.append("SUMMARY;LANGUAGE=en-GB:" + ical_escape(summary))
    if outlook:
        L += ["DTSTART;TZID=GMT Standard Time:" + start, "DTEND;TZID=GMT Standard Time:" + end]
    else:
        L += ["DTSTART:" + start + "Z", "DTEND:" + end + "Z"]
    L += ["UID:" + uid, "ORGANIZER;CN=%s:mailto:%s" % organizer, "CLASS:PUBLIC", "PRIORITY:5",
          "DTSTAMP:" + stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % sequence]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ical_escape(location))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ical_fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------------------------------------
# Registration

def add(file, authority, mailbox, now, raw, expect, why):
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
            "missing", "notice_ok", "next_action"]
    assert set(expect) == set(keys), (file, set(expect) ^ set(keys))
    e = {k: expect[k] for k in keys}
    e["children"] = [{"name": n, "dob": d} for n, d in e["children"]]
    e["concerns"] = sorted(e["concerns"])
    e["missing"] = sorted(e["missing"])
    if e["urgent"]:
        assert e["next_action"] == "alert_duty", file
    raw.encode("latin-1")  # every character must be a byte
    MESSAGES.append((file, raw.encode("latin-1")))
    LABELS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now, "expect": e,
                   "why": why})


def X(kind, urgent, next_action, level=None, case_ids=(), children=(), concerns=(), consent=None,
      manager_agreed=None, missing=(), notice_ok=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": list(children), "concerns": list(concerns), "consent": consent,
            "manager_agreed": manager_agreed, "missing": list(missing), "notice_ok": notice_ok,
            "next_action": next_action}


def check_notice(today, meeting, required, expected_ok):
    given = working_days_between(datetime.date.fromisoformat(today), datetime.date.fromisoformat(meeting))
    assert (given >= required) == expected_ok, (today, meeting, given)
    return given


# =============================================================================================
# Shared attachment builders

def knowsley_form(name_dob_lines, case_id, taf_date, engagement, worried, working, next_steps,
                  manager_line, author):
    return make_docx("FF Step Up request to CSC", [
        ("t", [["Child(ren)", "\n".join(name_dob_lines)],
               ["Case ID on EHM:", case_id],
               ["Has this family recently closed to Children's Social Care?:", "No"],
               ["Date of step up TAF meeting:", taf_date],
               ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", engagement],
               ["Recent TAF meeting minutes attached:", "Yes"],
               ["Management oversight:", manager_line]]),
        ("h", "What are we worried about?"), worried,
        ("h", "What is working well?"), working,
        ("h", "What needs to happen?"), next_steps,
    ], author=author)


def taf_minutes(child_line, when_where, present, worried, working, next_steps, author):
    return make_docx("Team Around the Family (TAF) meeting - minutes", [
        child_line, when_where, "Present: " + present,
        ("h", "What are we worried about?"), worried,
        ("h", "What is working well?"), working,
        ("h", "What needs to happen?"), next_steps,
    ], author=author)


KNOWSLEY_DISCLAIMER = T('''
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error please tell the sender and delete it. Knowsley Council may monitor
email traffic. Please consider the environment before printing this email.
''')


# =============================================================================================
# KNOWSLEY

def knowsley_01():
    date = "Mon, 16 Nov 2026 10:02:14 +0000"
    check_notice("2026-11-16", "2026-11-25", 5, True)
    text = T('''
Hi MASH,

Please find attached a step up request for Demi Kavanagh (DOB 09/03/2014) and Alfie Kavanagh (DOB 21/08/2017), EHM case ID EHM-52407.

The step up TAF meeting is booked for Wednesday 25th November at 1pm at Cherryfield Family Hub, Huyton - I've sent the invite to the MASH inbox and MASH business support.

Main worries are neglect (home conditions have gone backwards since September, the kids are often without food in the house or a clean uniform) and school attendance (Demi 78%, Alfie 81%). GCP2 done with mum on 12/11 and attached.

My Team Manager, Carl Maddocks, discussed the step up with me in supervision on 13/11 and agreed it.

Attached:
- FF Step Up request to CSC - Kavanagh.docx
- GCP2 Kavanagh Nov 2026.pdf
- TAF minutes 03.11.26 Kavanagh.docx

Thanks
Shona

Shona Kilbride
Family First Case Manager | Family First 0-18 | Knowsley Council
0151 496 0238

''') + KNOWSLEY_DISCLAIMER
    form = knowsley_form(["Demi Kavanagh DOB 09/03/2014", "Alfie Kavanagh DOB 21/08/2017"], "EHM-52407",
                         "Wednesday 25/11/2026 13:00, Cherryfield Family Hub",
                         "Medium - mum attends most visits but changes are not sustained.",
                         "Home conditions: dirty dishes and rubbish in the kitchen, no food on 3 of the last 5 visits, the children's beds have no clean bedding. Demi (12) is getting Alfie ready most mornings. Attendance Demi 78%, Alfie 81%.",
                         "Mum is honest about how things are. Maternal aunt helps at weekends. Both children are doing well when they are in school.",
                         "Step up to Children's Social Care for assessment. Family First to continue until the step up TAF.",
                         "Discussed with and agreed by Carl Maddocks, Team Manager, 13/11/2026", "Shona Kilbride")
    gcp2 = make_pdf("Graded Care Profile 2 (GCP2) - summary", [
        "Family: Kavanagh. Children: Demi Kavanagh (09/03/2014), Alfie Kavanagh (21/08/2017). EHM-52407.",
        "Completed with mum by Shona Kilbride, Family First, on 12/11/2026.",
        "",
        "Area 1 Physical care: grade 4 (nutrition 4, housing 4, clothing 3, hygiene 4, health 3).",
        "Area 2 Care of safety: grade 3.",
        "Area 3 Love and care: grade 2.",
        "Area 4 Esteem: grade 3.",
        "",
        "Summary: physical care is consistently below the level the children need and has deteriorated since September."], "Shona Kilbride")
    minutes = taf_minutes("Children: Demi Kavanagh (09/03/2014), Alfie Kavanagh (21/08/2017). EHM-52407.",
                          "TAF review, 03/11/2026 at 10:00, Cherryfield Family Hub.",
                          "Shona Kilbride (Family First), Mrs P Yates (Brookhill Primary), school nurse, mum.",
                          "Home conditions and food in the house; attendance; Demi doing a lot of Alfie's care.",
                          "Mum attends TAF; aunt helps at weekends.",
                          "GCP2 to be completed; if no improvement by mid-November Family First to request step up.", "Shona Kilbride")
    alt = multipart("alternative", boundary("k01a"), [text_leaf(text), text_leaf(html_from_text(text), "html")])
    body = multipart("mixed", boundary("k01m"), [
        alt,
        attach("FF Step Up request to CSC - Kavanagh.docx", form, DOCX),
        attach("GCP2 Kavanagh Nov 2026.pdf", gcp2, PDF),
        attach("TAF minutes 03.11.26 Kavanagh.docx", minutes, DOCX)])
    raw = message([
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2ac::9)\n by LO0P265MBE1C3.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
        ("From", "Shona Kilbride <Shona.Kilbride@knowsley.gov.uk>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("CC", "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>"),
        ("Subject", "Step up request - Kavanagh - EHM-52407"),
        ("Thread-Topic", "Step up request - Kavanagh - EHM-52407"),
        ("Date", date), ("Message-ID", outlook_ids("k01")),
        ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")], body)
    add("knowsley_01.eml", "knowsley", "mash_step_up", "2026-11-16T10:07:00+00:00", raw,
        X("step_up", False, "book_meeting", case_ids=["EHM-52407"],
          children=[("Demi Kavanagh", "2014-03-09"), ("Alfie Kavanagh", "2017-08-21")],
          concerns=["neglect", "school_attendance"], manager_agreed=True, missing=[], notice_ok=True),
        "Ordinary complete Knowsley step-up for neglect and attendance: form, GCP2 and TAF minutes attached, manager agreed, TAF on Wed 25 Nov gives 7 WD notice. No current injury or incident, so not urgent.")


def knowsley_02():
    date = "Thu, 03 Dec 2026 11:48:09 +0000"
    text = T('''
hiya taf minutes attached, sorry for delay

ps was out there first thing this morn and baby has a little tear on the skin inside her top lip, the bit that joins on to the gum, bit of dried blood on it. mums fella said she caught it on her bottle. shes 9 wks, not rolling or anything yet. mum's started back at work today so he has her on his own till 6. didnt know whether to mention it or wait for the TAF

Sent from my iPhone

> On 2 Dec 2026, at 16:10, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
>=20
> Thank you for your step-up request. Your reference is SB-knowsley-41.
>=20
> Still needed before the step-up TAF meeting can go ahead:
> - the minutes of the most recent TAF meeting
>=20
> Please reply to this email with the missing item.
>=20
> Knowsley MASH (automated message)
''').replace("=20", " ")
    minutes = taf_minutes("Child: Ava-Rose Kenny   DOB: 01/10/2026   EHM case ID: EHM-53118",
                          "TAF meeting, 26/11/2026 at 13:30, Longview Family Hub.",
                          "Jodie Sefton (Family First), Mandy Crilly (Health Visitor), mum (Leanne Kenny).",
                          "Mum's postnatal depression - on medication, low mood most days. Mum's partner Dean Halloran has a history of domestic abuse towards a previous partner (police information shared 20/11/2026). Mum is going back to work in December and Dean will look after Ava-Rose.",
                          "Ava-Rose is gaining weight and all health appointments have been kept. Mum is open with the health visitor.",
                          "Family First to request step up to CSC (TM agreed). Health visitor to continue weekly visits.", "Jodie Sefton")
    body = multipart("mixed", boundary("k02", "apple"), [
        text_leaf(text, charset="utf-8", cte="quoted-printable"),
        attach("TAF minutes 26.11.26 - A Kenny.docx", minutes, DOCX, "apple"),
    ])
    raw = message([
        ("From", "Jodie Sefton <jodie.sefton@knowsley.gov.uk>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "Re: [SB-knowsley-41] Step-up request received - information needed"),
        ("Date", date), ("Message-ID", apple_id("k02", "knowsley.gov.uk")),
        ("In-Reply-To", "<SB-knowsley-41.ack.20261202161000@knowsley.gov.uk>"),
        ("References", "<SB-knowsley-41.ack.20261202161000@knowsley.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22C161)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("knowsley_02.eml", "knowsley", "mash_step_up", "2026-12-03T11:53:00+00:00", raw,
        X("follow_up", True, "alert_duty", case_ids=["EHM-53118"], children=[("Ava-Rose Kenny", "2026-10-01")],
          concerns=["domestic_abuse", "parental_mental_health", "physical_harm"]),
        "One-line follow-up supplying the TAF minutes; the PS describes a torn upper-lip frenulum on a 9-week-old non-mobile baby with an implausible explanation, left alone all day with the partner who gave it: urgent.")


def knowsley_03():
    date = "Tue, 10 Nov 2026 16:20:41 +0000"
    check_notice("2026-11-10", "2026-11-18", 5, True)
    text = T('''
hi all

step up for Harvey Doran dob 04/06/2018 EHM-52960. TAF agreed step up tues, my TM (Jo Pennington) agreed it this morn. step up TAF wed 18th nov 10am at Kirkby Brook family hub, invite sent to mash + mash bs.

worries r neglect - house is bad again, no food in, harvey in same clothes all wk, attendance 71%. school rang me fri as he had a red mark on his neck, i went out same day and checked, no marks on him that i could see and he said no one hurt him, mum said it was his hoodie string rubbing. school happy with that, nothing since.

form, minutes + gcp2 attached

liam

Sent from my iPhone
''')
    form = knowsley_form(["Harvey Doran DOB 04/06/2018"], "EHM-52960", "Wednesday 18/11/2026 10:00, Kirkby Brook Family Hub",
                         "Medium - mum attends most visits and is open about the difficulties.",
                         "Neglect: home conditions poor, no food on visits, Harvey wearing the same clothes all week, head lice untreated. Attendance 71%.",
                         "Harvey is a happy boy in school and is close to his grandad.",
                         "Step up to CSC; GCP2 shows physical care at grade 4.",
                         "Agreed by Jo Pennington, Team Manager, 10/11/2026", "Liam Ashcroft")
    minutes = taf_minutes("Child: Harvey Doran (04/06/2018). EHM-52960.", "TAF review 03/11/2026, Kirkby Brook Family Hub.",
                          "Liam Ashcroft (Family First), Ms R Tansey (Northwood Primary), mum.",
                          "Food, home conditions, attendance.", "Grandad involved; Harvey likes school.",
                          "TAF agreed step up to CSC.", "Liam Ashcroft")
    gcp2 = make_pdf("GCP2 - Harvey Doran", ["EHM-52960. Completed 06/11/2026 with mum.",
                                            "Physical care 4, Care of safety 3, Love and care 3, Esteem 3."], "Liam Ashcroft")
    body = multipart("mixed", boundary("k03", "apple"), [
        text_leaf(text, charset="us-ascii", cte="7bit"),
        attach("Step up form Harvey D.docx", form, DOCX, "apple"),
        attach("TAF mins 3.11.docx", minutes, DOCX, "apple"),
        attach("GCP2 Harvey.pdf", gcp2, PDF, "apple")])
    raw = message([
        ("From", "Liam Ashcroft <liam.ashcroft@knowsley.gov.uk>"),
        ("To", "knowsleymash@knowsley.gov.uk"),
        ("Cc", "Mash.Businesssupport@knowsley.gov.uk"),
        ("Subject", "step up - Harvey Doran EHM-52960"),
        ("Date", date), ("Message-ID", apple_id("k03", "knowsley.gov.uk")),
        ("X-Mailer", "iPhone Mail (22B91)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("knowsley_03.eml", "knowsley", "mash_step_up", "2026-11-10T16:25:00+00:00", raw,
        X("step_up", False, "book_meeting", case_ids=["EHM-52960"], children=[("Harvey Doran", "2018-06-04")],
          concerns=["neglect", "school_attendance"], manager_agreed=True, missing=[], notice_ok=True),
        "Near-miss: the mark on the neck is negated ('no marks on him that i could see', 'he said no one hurt him', school satisfied). Otherwise a complete mobile step-up for neglect (form, minutes, GCP2; 6 WD to Wed 18 Nov).")


def knowsley_04():
    date = "Mon, 07 Dec 2026 14:35:50 +0000"
    check_notice("2026-12-07", "2026-12-15", 5, True)
    text = T('''
Hi Family First duty,

Notice of step down to Family First 0-18 at Level 3 for Jayden Brophy (DOB 12/02/2017), ICS-1223841.

Final CIN meeting: Tuesday 15th December 2026 at 10:00, Meadowcroft Family Hub (room 2), Stockbridge Village.

Mum (Kerry Brophy) has given consent for the referral to Family First.

What are we worried about?
Jayden's attendance has dropped to 84% this term and mum's anxiety means she struggles to get him in on time.

What is working well?
Mum has engaged well with the CIN plan, home conditions are good and Jayden's nan helps with the mornings.

What needs to happen?
Family First case manager to support a morning routine plan with school; mum to continue with Talking Therapies; attendance reviewed at the first TAF in 6 weeks.

I've forwarded the DSL's email from today below, it has the attendance figures for the CIN.

Thanks
Rachel

Rachel Ogunleye
Social Worker | Children's Social Care | Knowsley Council
0151 496 0712

________________________________
From: Nicola Hesford <n.hesford@staidanspark.knowsley.sch.uk>
Sent: 07 December 2026 13:52
To: Rachel Ogunleye <Rachel.Ogunleye@knowsley.gov.uk>
Subject: Jayden B - attendance for CIN

Hi Rachel,

Attendance for Jayden this term is 84.2% (9 late marks):
Autumn 1 - 87%
Autumn 2 - 81%

Also, I wanted to flag something from lunchtime. Jayden was upset in the dinner hall and told our TA, "Gary put his hand in my pants again last night and said don't tell mum or I'll get took off her". Gary is mum's boyfriend. The TA has written it on CPOMS word for word. Mum rang the office this morning to say Gary is collecting Jayden at 3.15 today because she is on a late shift.

Could you let me know what you would like us to do?

Thanks
Nicola

Nicola Hesford
Deputy Headteacher / Designated Safeguarding Lead
St Aidan's Park Primary School
''') + "\n" + KNOWSLEY_DISCLAIMER
    body = multipart("alternative", boundary("k04a"), [text_leaf(text), text_leaf(html_from_text(text), "html")])
    raw = message([
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2ac::9)\n by LO0P265MBE1C3.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
        ("From", "Rachel Ogunleye <Rachel.Ogunleye@knowsley.gov.uk>"),
        ("To", "Family First 0-18 Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"),
        ("Subject", "Step down to Family First L3 - Jayden Brophy ICS-1223841"),
        ("Thread-Topic", "Step down to Family First L3 - Jayden Brophy ICS-1223841"),
        ("Date", date), ("Message-ID", outlook_ids("k04")),
        ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")], body)
    add("knowsley_04.eml", "knowsley", "early_help_duty", "2026-12-07T14:41:00+00:00", raw,
        X("step_down", True, "alert_duty", level=3, case_ids=["ICS-1223841"], children=[("Jayden Brophy", "2017-02-12")],
          concerns=["parental_mental_health", "school_attendance", "sexual_harm"], consent=True,
          missing=[], notice_ok=True),
        "A complete Level 3 step-down on its face, but the forwarded DSL email quotes Jayden's disclosure of sexual abuse by mum's boyfriend 'again last night', and that man is collecting him at 3.15 today: urgent, found only in the forwarded part.")


def knowsley_05():
    date = "Tue, 17 Nov 2026 08:55:12 +0000"
    cal = ical_reply("-//Apple Inc.//iPhone OS 26.1//EN",
                     "040000008200E00074C5B7101A82E008000000001E7C0A9B2F4DDB01000000000000000010000000A1F3",
                     "20261125T130000", "20261125T143000",
                     ("Shona Kilbride", "Shona.Kilbride@knowsley.gov.uk"), "Bernadette Rooney",
                     "b.rooney@brookhill.knowsley.sch.uk", "ACCEPTED",
                     "Step up TAF meeting - Kavanagh [SB-knowsley-44]", "20261117T085512Z",
                     location="Cherryfield Family Hub, Huyton / Microsoft Teams", outlook=False)
    body = multipart("alternative", boundary("k05", "apple"), [
        text_leaf("Bernadette Rooney has accepted the invitation: Step up TAF meeting - Kavanagh [SB-knowsley-44], Wed 25 Nov 2026 13:00.\n", cte="7bit", charset="us-ascii"),
        leaf('text/calendar; charset="utf-8"; method=REPLY', enc(cal, "utf-8", "quoted-printable"), "quoted-printable")])
    raw = message([
        ("From", "Bernadette Rooney <b.rooney@brookhill.knowsley.sch.uk>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "Accepted: Step up TAF meeting - Kavanagh [SB-knowsley-44]"),
        ("Date", date), ("Message-ID", apple_id("k05", "brookhill.knowsley.sch.uk")),
        ("X-Mailer", "iPhone Mail (22B91)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("knowsley_05.eml", "knowsley", "mash_step_up", "2026-11-17T09:00:00+00:00", raw,
        X("meeting_reply", False, "record_reply"),
        "Ordinary iPhone calendar reply (text/calendar METHOD:REPLY, PARTSTAT=ACCEPTED) from a school DSL; no comment, no risk.")


def knowsley_06():
    date = "Wed, 11 Nov 2026 09:14:03 +0000"
    text = T('''
Thank you for your email. I am out of school on a course until Thursday 12th November and will reply when I return.

If you have an immediate safeguarding concern about a child at Fernbank Primary, please speak to our Deputy DSL, Mr Tom Ince, on 0151 496 0553. If a child is in immediate danger, call 999. Concerns about a child can also be reported to Knowsley MASH.

Angela Brereton
Headteacher and Designated Safeguarding Lead
Fernbank Primary School
''')
    body = multipart("alternative", boundary("k06a"), [text_leaf(text), text_leaf(html_from_text(text), "html")])
    raw = message([
        ("From", "Angela Brereton <head@fernbank.knowsley.sch.uk>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "Automatic reply: Step up TAF meeting - Harvey D [SB-knowsley-38]"),
        ("Thread-Topic", "Step up TAF meeting - Harvey D [SB-knowsley-38]"),
        ("Date", date), ("Message-ID", outlook_ids("k06")),
        ("In-Reply-To", "<SB-knowsley-38.inv.20261111090000@knowsley.gov.uk>"),
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "head@fernbank.knowsley.sch.uk"),
        ("MIME-Version", "1.0")], body)
    add("knowsley_06.eml", "knowsley", "mash_step_up", "2026-11-11T09:18:00+00:00", raw,
        X("auto_reply", False, "ignore"),
        "Near-miss: Outlook out-of-office whose boilerplate says 'immediate safeguarding concern' and 'immediate danger, call 999' about no real child; auto_reply, ignore.")


def knowsley_07():
    date = "Tue, 24 Nov 2026 07:41:33 +0000"
    comment = ("Sorry I can't make Wednesday. I've been on the children's ward with mum since 1am - Lily-Mae Rimmer "
               "(7 months) was brought in by ambulance, dad says she rolled off the sofa. X-ray shows a spiral fracture "
               "of her left thigh and the doctor mentioned older rib fractures as well. The registrar is talking about "
               "discharging her home with mum and dad this afternoon because they couldn't get hold of anyone from "
               "social care overnight. Dad is the one who had her last night. Can someone from MASH ring the ward please? Sian")
    cal = ical_reply("Microsoft Exchange Server 2010", "SB-knowsley-47-taf-20261125@stepbot.knowsley.gov.uk",
                     "20261125T100000", "20261125T113000", ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                     "Sian Mulhearn", "sian.mulhearn@nhs.net", "DECLINED",
                     "Declined: Step up TAF meeting [SB-knowsley-47]", "20261124T074133Z", comment=comment,
                     location="Microsoft Teams")
    body = multipart("alternative", boundary("k07a"), [
        text_leaf("\n", cte="quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REPLY', enc(cal, "utf-8", "base64"), "base64")])
    raw = message([
        ("From", "\"Mulhearn, Sian\" <sian.mulhearn@nhs.net>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "Declined: Step up TAF meeting [SB-knowsley-47]"),
        ("Thread-Topic", "Step up TAF meeting [SB-knowsley-47]"),
        ("Date", date), ("Message-ID", outlook_ids("k07")),
        ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
        ("MIME-Version", "1.0")], body)
    add("knowsley_07.eml", "knowsley", "mash_step_up", "2026-11-24T07:46:00+00:00", raw,
        X("meeting_reply", True, "alert_duty", children=[("Lily-Mae Rimmer", None)], concerns=["physical_harm"]),
        "Declined iTIP REPLY with an empty body; only the calendar COMMENT says a 7-month-old has a spiral femur fracture and older rib fractures and may be discharged today to the father who had her: urgent.")


def knowsley_08():
    date = "Wed, 18 Nov 2026 15:10:27 +0000"
    check_notice("2026-11-18", "2026-11-26", 5, True)
    text = T('''
Hi Family First duty

Step down to Level 2 - Sienna Mercer DOB 30/11/2015, ICS-1219077.

Final CIN meeting Thursday 26th Nov at 2pm, Elmtree Family Hub, Halewood. Lead practitioner taking over: Aimee Corlett, Family Support Worker, Brightside Families \u2013 she\u2019ll be at the CIN.

What are we worried about \u2013 there was domestic abuse from dad (Craig) in March 2026. He was arrested, convicted in June and there is a restraining order in place until 2028. He lives in North Wales and has had no contact with Sienna or mum since March; mum and Sienna both say they feel safe and there have been no breaches. The worry now is Sienna\u2019s anxiety and sleep, and her school attendance (91%, mostly missed mornings).

What\u2019s working well \u2013 mum has finished the Freedom Programme, Sienna is settled in Year 6 and sees the school counsellor weekly.

What needs to happen \u2013 Aimee to carry on 1:1 work on worries and a sleep routine; school to monitor punctuality; first TAF review in 6 weeks.

Mum has consented to the step down and to Brightside Families taking over.

Thanks
Dan

Dan Whitlow
Social Worker, Children in Need Team
Knowsley Council | 0151 496 0944
''')
    html = html_from_text(text).replace('charset=utf-8', 'charset=windows-1252')
    body = multipart("alternative", boundary("k08a"), [
        text_leaf(text, charset="Windows-1252"), text_leaf(html, "html", charset="Windows-1252")])
    raw = message([
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2ac::9)\n by LO0P265MBE1C3.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
        ("From", "Dan Whitlow <Dan.Whitlow@knowsley.gov.uk>"),
        ("To", "Family First 0-18 Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"),
        ("Subject", "Step down L2 - Sienna Mercer"),
        ("Date", date), ("Message-ID", outlook_ids("k08")),
        ("Content-Language", "en-GB"), ("MIME-Version", "1.0")], body)
    add("knowsley_08.eml", "knowsley", "early_help_duty", "2026-11-18T15:16:00+00:00", raw,
        X("step_down", False, "book_meeting", level=2, case_ids=["ICS-1219077"], children=[("Sienna Mercer", "2015-11-30")],
          concerns=["domestic_abuse", "school_attendance"], consent=True, missing=[], notice_ok=True),
        "Near-miss: the domestic abuse is historic and resolved (March 2026, conviction, restraining order, no contact since). Complete windows-1252 Level 2 step-down: date/time/venue, three headings, named lead practitioner with agency, 6 WD notice.")


def knowsley_09():
    date = "Fri, 20 Nov 2026 09:31:05 +0000"
    text = T('''
Morning, GCP2 attached for Tayla, sorry thought I'd sent it with the form.
Ste

Get Outlook for Android
________________________________
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: Thursday, November 19, 2026 3:02:44 PM
To: Ste Ryder <Stephen.Ryder@knowsley.gov.uk>
Subject: [SB-knowsley-50] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-knowsley-50.

Still needed before the step-up TAF meeting can go ahead:
- the Graded Care Profile 2 (GCP2)

Please reply to this email with the missing item.

Knowsley MASH (automated message)
''')
    gcp2 = make_pdf("Graded Care Profile 2 - Tayla Nugent", [
        "Child: Tayla Nugent   DOB: 14/05/2019   EHM-53390",
        "Completed by Stephen Ryder, Family First, with mum on 17/11/2026.",
        "Area 1 Physical care: 3. Area 2 Care of safety: 3. Area 3 Love and care: 2. Area 4 Esteem: 2."], "Stephen Ryder")
    body = multipart("mixed", boundary("k09m"), [
        text_leaf(text), attach("GCP2 - T Nugent.pdf", gcp2, PDF)])
    raw = message([
        ("From", "Ste Ryder <Stephen.Ryder@knowsley.gov.uk>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "RE: [SB-knowsley-50] Step-up request received - information needed"),
        ("Date", date), ("Message-ID", outlook_ids("k09")),
        ("In-Reply-To", "<SB-knowsley-50.ack.20261119150244@knowsley.gov.uk>"),
        ("References", "<SB-knowsley-50.ack.20261119150244@knowsley.gov.uk>"),
        ("MIME-Version", "1.0")], body)
    add("knowsley_09.eml", "knowsley", "mash_step_up", "2026-11-20T09:35:00+00:00", raw,
        X("follow_up", False, "attach_to_request", case_ids=["EHM-53390"], children=[("Tayla Nugent", "2019-05-14")]),
        "Ordinary one-line follow-up to SB-knowsley-50 supplying the GCP2 PDF (child and EHM id only in the PDF); no worry raised.")


def knowsley_10():
    date = "Wed, 02 Dec 2026 19:05:44 +0000"
    text = T('''
hi not sure if this is the right email its the only one i could find on the council website

im a volunteer coach at Stockbridge Lane Juniors under 9s. one of my lads Charlie Geoghegan (8) came to training tonight with a black eye and a cut on his eyebrow. when i asked him he said "dad punched me cos i lost my phone" then he said im not allowed to tell anyone. his dad is picking him up at 8 when we finish. i dont want to send him home with him but i dont know what im allowed to do

please ring me 07700 900614

Mick
''')
    body = multipart("alternative", boundary("k10", "gmail"), [
        text_leaf(text, charset="UTF-8"), text_leaf(html_from_text(text, outlook=False), "html", charset="UTF-8")])
    raw = message([
        ("Received", "by mail-wm1-f47.google.com with SMTP id 5b1f9e0c77a3d2e1 for\n <knowsleymash@knowsley.gov.uk>; " + date),
        ("MIME-Version", "1.0"),
        ("From", "Mick Doherty <mickdoherty.u9coach71@gmail.com>"),
        ("Date", date), ("Message-ID", gmail_id("k10")),
        ("Subject", "lad at training tonight"),
        ("To", "knowsleymash@knowsley.gov.uk")], body)
    add("knowsley_10.eml", "knowsley", "mash_step_up", "2026-12-02T19:10:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Charlie Geoghegan", None)], concerns=["physical_harm"]),
        "Misdirected mail from a volunteer football coach: an 8-year-old with a black eye says 'dad punched me' and dad collects him at 8pm tonight: urgent, out of hours.")


def knowsley_11():
    date = "Wed, 23 Dec 2026 10:05:19 +0000"
    check_notice("2026-12-23", "2026-12-30", 5, False)
    text = T('''
Good morning,

I am writing to give notice of a Level 3 step down to Family First 0-18 for Brooke Tyrer (DOB 01/12/2012), ICS-1230558.

Joint home visit: Wednesday 30th December 2026 at 11:00 at the family home, 14 Larkspur Close, Kirkby.

Dad (Martin Tyrer) has consented to the case being referred to Family First.

What are we worried about?
Brooke's attendance is 72% this year. She helps dad look after her mum, who has severe arthritis, and is often late or misses school when dad is on early shifts.

What is working well?
Dad is warm and committed, the home is well organised, and Brooke has been referred to the young carers' service.

What needs to happen?
Family First case manager to lead a TAF with school and the young carers' service; a plan for mornings when dad is working.

Many thanks,
Kelechi Ansah
Social Worker | Children's Social Care | Knowsley Council
''')
    body = text_leaf(html_from_text(text), "html")
    raw = message([
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2ac::9)\n by LO0P265MBE1C3.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
        ("From", "Kelechi Ansah <Kelechi.Ansah@knowsley.gov.uk>"),
        ("To", "Family First 0-18 Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"),
        ("Subject", "Step down L3 notice - Brooke Tyrer - joint visit 30/12"),
        ("Date", date), ("Message-ID", outlook_ids("k11")),
        ("Content-Language", "en-GB"), ("MIME-Version", "1.0")], body)
    add("knowsley_11.eml", "knowsley", "early_help_duty", "2026-12-23T10:10:00+00:00", raw,
        X("step_down", False, "request_info", level=3, case_ids=["ICS-1230558"], children=[("Brooke Tyrer", "2012-12-01")],
          concerns=["school_attendance", "young_carer"], consent=True, missing=[], notice_ok=False),
        "Ordinary HTML-only Level 3 step-down, complete except notice: Wed 23 Dec to Wed 30 Dec is 3 WD (25 and 28 Dec are bank holidays), so request_info.")


def knowsley_12():
    date = "Fri, 15 Jan 2027 16:48:02 +0000"
    text = T('''
Hi, I've tried the MASH number twice and I'm stuck in a queue so I'm emailing as well.

I've just come out of a new birth visit for Nevaeh Sharples (DOB 18/12/2026), mum Chantelle Sharples, 22 Heathfield Walk, Huyton. Mum was not making sense, talking very fast, said the baby has "something wrong in her eyes" and that she has been told she needs to "wash it out of her" in the bath tonight. She wouldn't let me undress or weigh Nevaeh and asked me to leave. Nothing about mental health on our records. Dad works offshore and isn't back until the 28th. There is nobody else in the house.

I've left a message with the perinatal mental health team. I'm in clinic until 6 on 0151 496 0381.

Gemma Lyons
Health Visitor

Get Outlook for Android
''')
    body = text_leaf(text)
    raw = message([
        ("From", "\"Lyons, Gemma\" <gemma.lyons@nhs.net>"),
        ("To", "\"knowsleymash@knowsley.gov.uk\" <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "Nevaeh Sharples - please call me"),
        ("Date", date), ("Message-ID", "<AS8PR02MB9" + hashlib.sha1(b"k12").hexdigest()[:20].upper() + "@AS8PR02MB9.eurprd02.prod.outlook.com>"),
        ("Content-Language", "en-GB"), ("MIME-Version", "1.0")], body)
    add("knowsley_12.eml", "knowsley", "mash_step_up", "2027-01-15T16:52:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Nevaeh Sharples", "2026-12-18")], concerns=["parental_mental_health"]),
        "Health visitor mail: a sole-carer mother in an apparent psychotic episode plans to 'wash it out of' her 4-week-old in the bath tonight, nobody else in the house: urgent.")


for _f in (knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07,
           knowsley_08, knowsley_09, knowsley_10, knowsley_11, knowsley_12):
    _f()


# =============================================================================================
# RICHMOND & WANDSWORTH

RW_DISCLAIMER = T('''
Confidentiality: this email and any files sent with it are confidential and may be legally
privileged. If you are not the intended recipient, please tell the sender and delete it.
Richmond and Wandsworth Councils' shared staffing arrangement. Emails may be monitored.
''')
RW_MASH = "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>"
RW_EH = "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>"


def outlook_msg(tag, frm, to, subject, date, text, attachments=(), cc=None, extra=(), charset="utf-8",
                html=True, in_reply_to=None):
    if html:
        h = html_from_text(text)
        if charset.lower() != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + charset.lower())
        inner = multipart("alternative", boundary(tag + "a"), [text_leaf(text, charset=charset),
                                                                text_leaf(h, "html", charset=charset)])
    else:
        inner = text_leaf(text, charset=charset)
    if attachments:
        inner = multipart("mixed", boundary(tag + "m"), [inner] + [attach(n, d, c) for n, d, c in attachments])
    hs = [("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2ac::9)\n by LO0P265MBE1C3.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
          ("From", frm), ("To", to)]
    if cc:
        hs.append(("CC", cc))
    topic = subject
    while topic[:3].upper() in ("RE:", "FW:"):
        topic = topic[3:].lstrip()
    hs += [("Subject", hdr(subject)), ("Thread-Topic", hdr(topic)),
           ("Date", date), ("Message-ID", outlook_ids(tag))]
    if in_reply_to:
        hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hs += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")]
    if attachments:
        hs.append(("X-MS-Has-Attach", "yes"))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    return message(hs, inner)


def rw_01():
    date = "Mon, 23 Nov 2026 09:40:12 +0000"
    text = T('''
Good morning MASH,

Following a reflective discussion with the Early Help worker (Callum Webb) on Friday, I am requesting a step up to Children's Services for Leon Fairweather (DOB 19/07/2013), Mosaic ID 1408833.

Rationale for step up
Leon has been reported missing from home three times since October half term, the most recent on 15 November (each time found within 24 hours, the last time in Croydon with two older males not known to the family). He has new clothes and a second phone that mum cannot explain, and school have seen him being collected by a car at lunchtime. He has been home every night since the 15th. The Early Help plan (mentoring and parenting support for mum) has not reduced these risks and we think the exploitation concerns now need a social work assessment.

Mum agrees with the step up and has consented to information being shared.

The latest case summary is attached. I have discussed the case with Callum and I agree the step up.

Kind regards
Imani

Imani Forsyth
Early Help Team Manager (Wandsworth)
020 7946 0517

''') + RW_DISCLAIMER
    summ = make_docx("Case summary - Leon Fairweather", [
        "Leon Fairweather, DOB 19/07/2013. Mosaic ID 1408833. Lives with mum and two younger sisters in Tooting.",
        ("h", "Early Help involvement"),
        "Open to Early Help since May 2026 after a drop in attendance and a first missing episode. Mentoring from the youth service; parenting support for mum.",
        ("h", "Current worries"),
        "Missing episodes on 30/10, 06/11 and 15/11/2026; found with older males; unexplained money, clothes and a second phone; seen getting into cars at lunchtime.",
        ("h", "Strengths"),
        "Mum is protective and reports every missing episode promptly. Leon is close to his grandmother."], "Imani Forsyth")
    raw = outlook_msg("rw01", "Imani Forsyth <Imani.Forsyth@richmondandwandsworth.gov.uk>", RW_MASH,
                      "Step up to CSC - Leon Fairweather - Mosaic 1408833", date, text,
                      [("Case summary - Leon Fairweather Nov 26.docx", summ, DOCX)])
    add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2026-11-23T09:45:00+00:00", raw,
        X("step_up", False, "book_meeting", case_ids=["1408833"], children=[("Leon Fairweather", "2013-07-19")],
          concerns=["exploitation", "missing"], consent=True, manager_agreed=True, missing=[]),
        "Ordinary complete step-up from the Early Help Team Manager (rationale under its own heading, case summary attached). The missing episodes are past and Leon has been home every night since, so no immediate risk.")


def rw_02():
    date = "Sat, 12 Dec 2026 21:47:30 +0000"
    text = T('''
Hello i dont know who else to email, the police non emergency line kept me on hold 40 mins and then cut off.

the girl in the flat below me (flat 2, 27 Calloway Road SW11) went out about 6 oclock with a bag and got in a car. her baby has been crying on and off ever since, proper screaming now. there are no lights on. i have knocked and no one answers. the baby is only about 6 months, a little boy. i dont have a key and there's no one else in there i know that for a fact.

please can someone do something

Denise (flat 4)

Sent from Yahoo Mail on Android
''')
    html = '<html><head></head><body><div class="ydp1b2c3d4eyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + \
        html_from_text(text, outlook=False) + "</div></body></html>\n"
    body = multipart("alternative", boundary("rw02", "part"), [text_leaf(text, charset="UTF-8"),
                                                                 text_leaf(html, "html", charset="UTF-8")])
    raw = message([
        ("Received", "from sonic317-21.consmr.mail.ir2.yahoo.com (sonic317-21.consmr.mail.ir2.yahoo.com [77.238.177.147])\n by mx.richmondandwandsworth.gov.uk with ESMTPS; " + date),
        ("Date", date), ("From", "Denise <denise.calloway.flat4@yahoo.co.uk>"),
        ("To", "\"EarlyHelpDuty@richmondandwandsworth.gov.uk\" <EarlyHelpDuty@richmondandwandsworth.gov.uk>"),
        ("Message-ID", "<1844210937.3511902.%s@mail.yahoo.com>" % hashlib.sha1(b"rw02").hexdigest()[:13]),
        ("Subject", "baby on his own in flat below"), ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.22978 YMailNorrin")], body)
    add("richmond_wandsworth_02.eml", "richmond_wandsworth", "early_help_duty", "2026-12-12T21:52:00+00:00", raw,
        X("other", True, "alert_duty", concerns=["neglect"]),
        "A neighbour writing to the wrong inbox on a Saturday night: a 6-month-old has been alone in the flat below since about 6pm, screaming, no lights, nobody answering: urgent (out of hours). The baby is not named.")


def rw_03():
    date = "Tue, 01 Dec 2026 10:14:55 +0000"
    text = T('''
Dear Sir/Madam

I hope this is the right place, I found this email on the council website under Early Help.

My grandson Theo Lindqvist is 9 and lives with his mum (my daughter) and me in Putney. Last year he told his teacher that his dad had hit him with a belt. That was all looked into at the time, the social worker was very good, and his dad moved back to Sweden in January and has had no contact since. Theo is safe and happy at home and we have no worries about that at all now.

The reason I am writing is that Theo has been refusing to go to school since October, he has missed nearly half of this term and gets into a terrible state in the mornings. His mum works early shifts so it falls to me and I am 74. Is there a parenting course or someone who could help us?

Yours faithfully
Margaret Lindqvist

Sent from my iPad
''')
    body = text_leaf(text, charset="us-ascii", cte="7bit")
    raw = message([
        ("From", "Margaret Lindqvist <maggie.lindqvist48@btinternet.com>"),
        ("To", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
        ("Subject", "help for my grandson please"),
        ("Date", date), ("Message-ID", apple_id("rw03", "btinternet.com")),
        ("X-Mailer", "iPad Mail (22B83)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "2026-12-01T10:19:00+00:00", raw,
        X("other", False, "human_review", children=[("Theo Lindqvist", None)], concerns=["physical_harm", "school_attendance"]),
        "Near-miss: a grandmother's general enquiry; the belt incident is historic ('last year'), investigated, and the father left the country with no contact. The current ask is school refusal, so not urgent.")


def rw_04():
    date = "Thu, 10 Dec 2026 11:20:37 +0000"
    text = T('''
Hi Early Help duty,

Please see attached step down request for Maya Okafor-Reid (DOB 04/05/2023), Mosaic 1391204. Case summary and draft Early Help plan attached.

Mum gave her consent to the step down at the CIN review on 8 December. The main worry has been mum's low mood after Maya's dad left; she is now under the GP and going to a parents' group at the family centre.

I spoke to Sunita Rao (EH duty manager) this morning and we agreed the step down case discussion for Tuesday 15 December at 2pm on Teams.

Thanks
Tom

PS sorry just had Little Acorns nursery on the phone - Maya came in this morning with what the manager thinks is a bite mark on her left cheek, adult sized, she has photographed it. Mum's new partner (first name Kyle, not known to us) is doing the 12 o'clock pick up today. I'm trying to get hold of my manager.

Tom Brennan
Social Worker, Family Support and Protection (Richmond)
020 7946 0744

''') + RW_DISCLAIMER
    summ = make_docx("Case summary - Maya Okafor-Reid", [
        "Maya Okafor-Reid, DOB 04/05/2023, Mosaic 1391204.",
        "Child in Need since July 2026: mum's low mood after separation; Maya's development on track; nursery attendance good.",
        "CIN review 08/12/2026: plan to step down to Early Help agreed with mum."], "Tom Brennan")
    plan = make_docx("Draft Early Help plan - Maya Okafor-Reid", [
        ("t", [["What needs to happen", "By whom", "Outcome", "By when"],
               ["Parents' group at the family centre", "Mum / family centre", "Mum feels less isolated", "March 2027"],
               ["GP review of mum's mood", "Mum / GP", "Mum's mood is monitored", "January 2027"]])], "Tom Brennan")
    raw = outlook_msg("rw04", "Tom Brennan <Tom.Brennan@richmondandwandsworth.gov.uk>", RW_EH,
                      "Step down - Maya Okafor-Reid (Mosaic 1391204)", date, text,
                      [("Case summary - Maya Okafor-Reid.docx", summ, DOCX), ("Draft EH plan - Maya O-R.docx", plan, DOCX)])
    add("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "2026-12-10T11:25:00+00:00", raw,
        X("step_down", True, "alert_duty", case_ids=["1391204"], children=[("Maya Okafor-Reid", "2023-05-04")],
          concerns=["parental_mental_health", "physical_harm"], consent=True, missing=[]),
        "Complete step-down whose PS reports a suspected adult bite mark on a 3-year-old's cheek today, with an unknown new partner collecting her at noon: urgent, found only in the PS.")


def rw_05():
    date = "Tue, 05 Jan 2027 07:30:00 +0000"
    text = T('''
7-MINUTE BRIEFING - JANUARY 2027
When to pick up the phone, not send an email

Some situations cannot wait for a step-up case discussion. Ring the MASH straight away (or 999 if a child is in danger now) when, for example:
1. a baby who is not yet crawling has any bruise, bite or burn, or a torn frenulum;
2. a child tells you that someone hurt or sexually abused them and that person will be looking after them tonight;
3. a young child has been left at home alone, or the only adult is drunk, has taken drugs or cannot be woken;
4. a young person is missing and you think they are being exploited, or has been seen with a knife;
5. a parent says they will kill or harm their child.

Case study (names and details changed): "Baby K", 10 weeks, was seen by a health visitor with fingertip bruising to both upper arms. The health visitor emailed the step-up inbox on a Friday afternoon and the email was not read until Monday. Learning: phone first, then follow up in writing.

Our step-up and step-down protocol is unchanged: Early Help team managers should continue to email the MASH Step Up inbox with the latest case summary and the rationale.

Training: Recognising Immediate Risk, 3 February 2027, 9.30-12.30, online. Book through the partnership website.

You are receiving this because you are subscribed to partnership updates. Unsubscribe: https://rwsafeguardingpartnership.org.uk/u?id=5521
''')
    body = multipart("alternative", boundary("rw05", "part"), [text_leaf(text), text_leaf(html_from_text(text, outlook=False), "html")])
    raw = message([
        ("Received", "from mta-174.mailer.rwsafeguardingpartnership.org.uk by mx.richmondandwandsworth.gov.uk with ESMTPS; " + date),
        ("From", "Richmond and Wandsworth Safeguarding Partnership <news@rwsafeguardingpartnership.org.uk>"),
        ("To", RW_MASH), ("Subject", "7-minute briefing: when to pick up the phone"),
        ("Date", date), ("Message-ID", "<briefing-2027-01.%s@rwsafeguardingpartnership.org.uk>" % hashlib.sha1(b"rw05").hexdigest()[:10]),
        ("List-Id", "Partnership updates <updates.rwsafeguardingpartnership.org.uk>"),
        ("List-Unsubscribe", "<https://rwsafeguardingpartnership.org.uk/u?id=5521>"),
        ("Precedence", "bulk"), ("MIME-Version", "1.0")], body)
    add("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", "2027-01-05T07:35:00+00:00", raw,
        X("other", False, "human_review"),
        "Near-miss: a partnership 7-minute briefing that LISTS examples of immediate risk and a disguised historic case study ('Baby K'); no real, current child.")


def rw_06():
    date = "Mon, 30 Nov 2026 17:52:18 +0000"
    text = T('''
Hi team

Step down for Kofi Boateng-Price (6) and Ama Boateng-Price (3), Mosaic 1377410 and 1377411. Case summary attached. Worries have been dad's depression (under the CMHT, much more stable now) and Kofi's speech and language delay - he has SEN support at school and a SALT referral.

Draft plan to follow once I've seen dad on Thursday, I'll ask him about consent then too.

Can we do the case discussion Friday afternoon?

Precious

Sent from my iPhone
''')
    summ = make_docx("Case summary - Boateng-Price", [
        "Kofi Boateng-Price (6) and Ama Boateng-Price (3). Mosaic 1377410 / 1377411.",
        "Dad is the main carer; his depression is now stable with CMHT support. Kofi has SEN support for speech and language."], "Precious Mhlanga")
    body = multipart("mixed", boundary("rw06", "apple"), [
        text_leaf(text, charset="us-ascii", cte="7bit"), attach("Case summary Boateng-Price.docx", summ, DOCX, "apple")])
    raw = message([
        ("From", "Precious Mhlanga <Precious.Mhlanga@richmondandwandsworth.gov.uk>"),
        ("To", RW_EH), ("Subject", "step down Boateng-Price kids"), ("Date", date),
        ("Message-ID", apple_id("rw06", "richmondandwandsworth.gov.uk")),
        ("X-Mailer", "iPhone Mail (22B91)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", "2026-11-30T17:57:00+00:00", raw,
        X("step_down", False, "request_info", case_ids=["1377410", "1377411"],
          children=[("Kofi Boateng-Price", None), ("Ama Boateng-Price", None)],
          concerns=["disability_send", "parental_mental_health"], missing=["consent", "draft_plan"]),
        "Ordinary mobile step-down: case summary attached, draft plan 'to follow' and consent only to be asked on Thursday (consent null), so both missing.")


def rw_07():
    date = "Thu, 14 Jan 2027 11:02:47 +0000"
    text = T('''
Updated case summary and chronology attached as requested.

Harriet

Sent from my iPad

> On 13 Jan 2027, at 15:20, MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:
>
> Thank you for your step-up request. Your reference is SB-richmond_wandsworth-52.
>
> Still needed before the step-up case discussion can be arranged:
> - the latest case summary
>
> Please reply to this email with the missing item.
>
> MASH Step Up (automated message)
''')
    doc = make_docx("Case summary and chronology - Kai Winterbourne", [
        "Child: Kai Winterbourne   DOB: 23/09/2020   Mosaic ID 1415520",
        "Kai lives with dad (Neil) and mum (Stacey) in Barnes. Open to Early Help since June 2026 for home conditions and school attendance.",
        ("h", "Chronology"),
        ("t", [["Date", "Source", "Entry"],
               ["02/12/2026", "TAF review", "Home conditions poor; Kai's attendance 82%; dad out of work and struggling. Step up to be considered if no change."],
               ["06/01/2027", "Mum", "Mum admitted to hospital for planned surgery; dad is Kai's sole carer for about two weeks."],
               ["12/01/2027", "EH TM", "Step up agreed and sent to MASH."],
               ["14/01/2027 09:20", "Riverside Infants DSL (phone)", "Kai told his teacher \"daddy burnt me with his lighter cos I wet the bed\". Small round blister on the back of his left hand, looks fresh. School nurse has seen it. Dad collects Kai at 3.15 today; mum still in hospital."]]),
    ], "Harriet Osei-Bonsu")
    body = multipart("mixed", boundary("rw07", "apple"), [
        text_leaf(text, charset="us-ascii", cte="7bit"),
        attach("Case summary + chronology Kai W 14.01.27.docx", doc, DOCX, "apple")])
    raw = message([
        ("From", "Harriet Osei-Bonsu <Harriet.Osei-Bonsu@richmondandwandsworth.gov.uk>"),
        ("To", RW_MASH), ("Subject", "Re: [SB-richmond_wandsworth-52] Step-up request received - information needed"),
        ("Date", date), ("Message-ID", apple_id("rw07", "richmondandwandsworth.gov.uk")),
        ("In-Reply-To", "<SB-richmond_wandsworth-52.ack.20270113152000@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-52.ack.20270113152000@richmondandwandsworth.gov.uk>"),
        ("X-Mailer", "iPad Mail (22C152)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", "2027-01-14T11:07:00+00:00", raw,
        X("follow_up", True, "alert_duty", case_ids=["1415520"], children=[("Kai Winterbourne", "2020-09-23")],
          concerns=["neglect", "physical_harm", "school_attendance"]),
        "Follow-up whose body only says the document is attached; the last chronology row in the .docx quotes a 6-year-old saying dad burnt him with a lighter, a fresh blister, and dad (sole carer) collecting him at 3.15 today: urgent.")


def rw_08():
    date = "Wed, 09 Dec 2026 13:27:10 +0000"
    text = T('''
URGENT!! sorry to chase again but I still need the signed consent form back from mum's SW by 5 today or the step down review goes past the 4 weeks and my manager will go mad lol.

nothing's changed with the family, all good at the home visit yesterday, kids happy, no concerns. just need the form!!

Shanice

Shanice Cole
Early Help Practitioner | Richmond Early Help
020 7946 0866

________________________________
From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 08 December 2026 16:02
To: Shanice Cole <Shanice.Cole@richmondandwandsworth.gov.uk>
Subject: RE: RE: [SB-richmond_wandsworth-48] Step-down - consent form

Hi Shanice, we've chased Leah (the SW) and she says she'll send it tomorrow.
EH Duty

________________________________
From: Shanice Cole <Shanice.Cole@richmondandwandsworth.gov.uk>
Sent: 07 December 2026 10:15
To: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Subject: RE: [SB-richmond_wandsworth-48] Step-down - consent form

Hi, does anyone have the signed consent form for Jasmine Thorne and Reggie Thorne? The step down review is booked for 11/12 and I can't close the loop without it.

________________________________
From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 12 November 2026 09:40
To: Shanice Cole <Shanice.Cole@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-48] Step-down review meeting booked

The step-down review meeting for SB-richmond_wandsworth-48 is booked for Friday 11 December 2026 at 10:00 (Microsoft Teams), chaired by the Early Help manager.

Richmond and Wandsworth Early Help (automated message)
''')
    raw = outlook_msg("rw08", "Shanice Cole <Shanice.Cole@richmondandwandsworth.gov.uk>", RW_EH,
                      "RE: RE: RE: [SB-richmond_wandsworth-48] Step-down - consent form URGENT", date, text,
                      extra=[("Importance", "high"), ("X-Priority", "1")],
                      in_reply_to="<LO2P265MB5123A18C55F0D0E4A6B1C2D3@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>")
    add("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", "2026-12-09T13:31:00+00:00", raw,
        X("follow_up", False, "attach_to_request", children=[("Jasmine Thorne", None), ("Reggie Thorne", None)]),
        "Near-miss: 'URGENT' (subject, body, Importance: high) is about a consent form for a review; the worker says the family are fine and there are no concerns. A follow-up on a long reply chain.")


def rw_09():
    date = "Wed, 06 Jan 2027 15:33:20 +0000"
    text = T('''
Hi MASH

Step up request for Bella Stanislaus, DOB 02/10/2011, Mosaic 1402967.

Rationale
Bella (15) is the main carer for her mum, who has MS and has deteriorated since the summer. Bella's attendance has fallen to 64% and she has told school she is "too tired for anything". The Early Help plan has not managed to get adult social care support into the home and we think a Child and Family Assessment is needed.

Dad (lives separately) and mum have both consented to the step up. I have discussed the case with the Early Help worker and I agree the step up.

I'll send the case summary tomorrow, it's being updated.

Thanks
Imani

Imani Forsyth
Early Help Team Manager (Wandsworth)
020 7946 0517

''') + RW_DISCLAIMER
    raw = outlook_msg("rw09", "Imani Forsyth <Imani.Forsyth@richmondandwandsworth.gov.uk>", RW_MASH,
                      "Step up - Bella Stanislaus", date, text)
    add("richmond_wandsworth_09.eml", "richmond_wandsworth", "mash_step_up", "2027-01-06T15:38:00+00:00", raw,
        X("step_up", False, "request_info", case_ids=["1402967"], children=[("Bella Stanislaus", "2011-10-02")],
          concerns=["school_attendance", "young_carer"], consent=True, manager_agreed=True, missing=["case_summary"]),
        "Ordinary step-up from the Early Help Team Manager with the rationale pasted under a heading; the case summary is promised for tomorrow, so it is missing.")


def rw_10():
    date = "Mon, 18 Jan 2027 12:10:05 +0000"
    text = T('''
Hi,

Just to add for Thursday's discussion: Oskar Zielinski told our learning mentor last week that he worries his dad might come back "one day" and that he has bad dreams about it. Dad is in prison until at least 2029 and there is no contact. There have been no new incidents and Oskar is safe at home with mum and his sister. We've set up weekly sessions with the mentor.

Kind regards
Fern Adebayo
Pastoral Lead
Larkhall Park Primary School
''')
    body = multipart("alternative", boundary("rw10", "gmail"), [
        text_leaf(text, charset="UTF-8", cte="base64"), text_leaf(html_from_text(text, outlook=False), "html", charset="UTF-8")])
    raw = message([
        ("Received", "by mail-ej1-f51.google.com with SMTP id 3c9e1a7d0b2f4e55 for\n <MASH-StepUP@richmondandwandsworth.gov.uk>; " + date),
        ("MIME-Version", "1.0"), ("From", "Fern Adebayo <f.adebayo@larkhallpark.wandsworth.sch.uk>"),
        ("Date", date), ("Message-ID", gmail_id("rw10")),
        ("Subject", "Re: [SB-richmond_wandsworth-55] Step-up case discussion Thursday 21 January"),
        ("In-Reply-To", "<SB-richmond_wandsworth-55.inv.20270114100000@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-55.inv.20270114100000@richmondandwandsworth.gov.uk>"),
        ("To", RW_MASH)], body)
    add("richmond_wandsworth_10.eml", "richmond_wandsworth", "mash_step_up", "2027-01-18T12:14:00+00:00", raw,
        X("follow_up", False, "attach_to_request", children=[("Oskar Zielinski", None)]),
        "Near-miss: a child's worry that his imprisoned father might come back 'one day' is not a current risk (dad in prison until 2029, no contact, no new incidents). Base64 Gmail follow-up.")


for _f in (rw_01, rw_02, rw_03, rw_04, rw_05, rw_06, rw_07, rw_08, rw_09, rw_10):
    _f()


# =============================================================================================
# TOWER HAMLETS

TH_MAST = "MAST <MAST@towerhamlets.gov.uk>"
TH_EH = "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"
TH_SIG_DISCLAIMER = T('''
London Borough of Tower Hamlets - this email and any attachments are confidential. If you have
received it in error please notify the sender and delete it. Emails may be monitored.
''')


def marf_pdf(child, dob, mosaic, reason, consent, manager, author):
    return make_pdf("Multi-Agency Request for Support (MARF)", [
        "Child: %s   DOB: %s   Mosaic: %s" % (child, dob, mosaic),
        "Referrer: %s, Early Help Service, London Borough of Tower Hamlets" % author,
        "",
        "Reason for request: " + reason,
        "",
        "Parental consent: " + consent,
        "Management oversight: " + manager], author)


def th_01():
    date = "Tue, 24 Nov 2026 10:15:08 +0000"
    text = T('''
Dear MAST,

Please find attached a completed MARF to step up Rahima Begum (DOB 08/09/2012), Mosaic 1471902, from Targeted Early Help to Children's Social Care.

Mum's depression has worsened since the summer (she is now under the home treatment team) and Rahima, who is 14, is looking after her three younger brothers most days. The Early Help plan has not been able to reduce this.

Mum has consented to the MARF and to information being shared. My manager, Declan Furlong (copied), has reviewed the case and agreed the step up; management oversight is recorded on Mosaic.

Kind regards
Rubina Akhtar
Early Help Practitioner | Early Help Hub | Tower Hamlets
020 7946 0215

''') + TH_SIG_DISCLAIMER
    marf = marf_pdf("Rahima Begum", "08/09/2012", "1471902",
                    "Mum's severe depression; Rahima is a young carer for her three younger brothers.",
                    "given by mum on 20/11/2026", "agreed by Declan Furlong, Early Help Team Manager, 23/11/2026", "Rubina Akhtar")
    raw = outlook_msg("th01", "Rubina Akhtar <Rubina.Akhtar@towerhamlets.gov.uk>", TH_MAST,
                      "Step up MARF - Rahima Begum - Mosaic 1471902", date, text,
                      [("MARF - Rahima Begum.pdf", marf, PDF)], cc="Declan Furlong <Declan.Furlong@towerhamlets.gov.uk>")
    add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2026-11-24T10:20:00+00:00", raw,
        X("step_up", False, "book_meeting", case_ids=["1471902"], children=[("Rahima Begum", "2012-09-08")],
          concerns=["parental_mental_health", "young_carer"], consent=True, manager_agreed=True, missing=[]),
        "Ordinary complete MAST step-up: MARF attached, manager agreement stated (manager copied), consent given; no immediate risk.")


def th_02():
    date = "Thu, 21 Jan 2027 15:38:12 +0000"
    html = T('''
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hello,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I drive the school taxi (Roman Cars) for a boy called Zayan Miah, he is 13, from Cambridge Heath Academy to his home in Poplar.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Today at 3.10 he didnt come to the car. I saw him get in a black BMW with 2 older men maybe in there 20s, one of them was holding his arm. Last week he showed me a knife in his bag and said he has to &quot;do a job&quot; for them or they will hurt his mum.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I told the school office they said to email MAST. Please call me 07700 900283</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Ahmed</div>
</body>
</html>
''')
    body = text_leaf(html, "html", charset="iso-8859-1")
    raw = message([
        ("Received", "from DB9P189MB1722.EURP189.PROD.OUTLOOK.COM by mx.towerhamlets.gov.uk with ESMTPS; " + date),
        ("From", "Ahmed Karim <a.karim.schoolruns@hotmail.co.uk>"),
        ("To", "\"MAST@towerhamlets.gov.uk\" <MAST@towerhamlets.gov.uk>"),
        ("Subject", "boy from school taxi"), ("Date", date),
        ("Message-ID", "<DB9P189MB1722%s@DB9P189MB1722.EURP189.PROD.OUTLOOK.COM>" % hashlib.sha1(b"th02").hexdigest()[:20].upper()),
        ("Content-Language", "en-GB"), ("MIME-Version", "1.0")], body)
    add("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2027-01-21T15:42:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Zayan Miah", None)], concerns=["exploitation"]),
        "HTML-only mail from a school taxi driver: a 13-year-old who carried a knife 'to do a job' was taken into a car by two adult men, one holding his arm, 30 minutes ago: urgent.")


def th_03():
    date = "Wed, 09 Dec 2026 12:05:44 +0000"
    text = T('''
Hello Early Help Hub,

Step down to Early Help for Aisha Chowdhury (DOB 14/03/2016) and Imran Chowdhury (DOB 27/07/2019), Mosaic 1462250 and 1462251, following the Child and Family Assessment completed on 4 December.

Background: on 28 November police attended after dad assaulted mum at the family home. He was arrested, charged and has been remanded in custody until his trial in March 2027; a non-molestation order is also in place. The children stayed with their maternal grandparents for three nights and are now home with mum, who is working with the IDVA. There are no current safeguarding concerns and there is no contact between dad and the children.

Attached: C&F Assessment (final) and the draft TAF plan.

Mum has consented to the step down.

Lead Practitioner: Fatima Hussain, Family Support Worker, Limehouse Family Hub - she has agreed to take on the role.

I will arrange and chair the TAF meeting - proposed for Thursday 17 December at 10:00 on Teams.

Kind regards
Joanne Pike
Social Worker | Children's Social Care | London Borough of Tower Hamlets

''') + TH_SIG_DISCLAIMER
    cfa = make_pdf("Child and Family Assessment - Chowdhury", [
        "Children: Aisha Chowdhury (14/03/2016), Imran Chowdhury (27/07/2019). Mosaic 1462250, 1462251.",
        "Assessment completed 04/12/2026 by Joanne Pike, Social Worker.",
        "Domestic abuse incident 28/11/2026; father remanded in custody; non-molestation order in place.",
        "Recommendation: step down to a Team Around the Family with a Lead Practitioner."], "Joanne Pike")
    plan = make_docx("Draft TAF plan - Chowdhury", [
        ("t", [["Need", "Action", "Who", "When"],
               ["Mum's safety and recovery", "Continue IDVA support", "IDVA / mum", "Ongoing"],
               ["Children's emotional wellbeing", "School-based support sessions", "School", "From January 2027"]])], "Joanne Pike")
    raw = outlook_msg("th03", "Joanne Pike <Joanne.Pike@towerhamlets.gov.uk>", TH_EH,
                      "Step down - Chowdhury children - Mosaic 1462250 / 1462251", date, text,
                      [("CFA final - Chowdhury.pdf", cfa, PDF), ("Draft TAF plan - Chowdhury.docx", plan, DOCX)])
    add("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "2026-12-09T12:10:00+00:00", raw,
        X("step_down", False, "book_meeting", case_ids=["1462250", "1462251"],
          children=[("Aisha Chowdhury", "2016-03-14"), ("Imran Chowdhury", "2019-07-27")],
          concerns=["domestic_abuse"], consent=True, missing=[]),
        "Near-miss: the assault is resolved (police attended, father charged and remanded, non-molestation order, children safe with mum). Complete step-down: assessment, draft TAF plan, consent, named Lead Practitioner with agency.")


def th_04():
    date = "Mon, 07 Dec 2026 21:40:31 +0000"
    text = T('''
Sorry to send this so late, mum has just sent me these, I don't know if anyone reads this at night. Copying them below:

[21:12] i cant do this anymore. if they try and take them off me on thursday ill take them with me. im not joking
[21:15] theyre asleep. its better this way
[21:31] dont ring me

I've rung her twice, no answer. The children are Sumaiya Akter (4) and Ibrahim Akter (1). I'm going to ring 999 as well.

Nasreen

Get Outlook for iOS
________________________________
From: MAST <MAST@towerhamlets.gov.uk>
Sent: Friday, December 4, 2026 2:15 PM
To: Nasreen Ali <Nasreen.Ali@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-63] MAST discussion booked - Thu 10 Dec 10:00

Your step-up request SB-tower_hamlets-63 will be discussed at the MAST multi-agency discussion on Thursday 10 December 2026 at 10:00 (Microsoft Teams). An invitation is attached.

MAST (automated message)
''')
    raw = outlook_msg("th04", "Nasreen Ali <Nasreen.Ali@towerhamlets.gov.uk>", TH_MAST,
                      "RE: [SB-tower_hamlets-63] MAST discussion booked - Thu 10 Dec 10:00", date, text,
                      html=False, in_reply_to="<SB-tower_hamlets-63.book.20261204141500@towerhamlets.gov.uk>")
    add("tower_hamlets_04.eml", "tower_hamlets", "mash_step_up", "2026-12-07T21:45:00+00:00", raw,
        X("follow_up", True, "alert_duty", children=[("Sumaiya Akter", None), ("Ibrahim Akter", None)],
          concerns=["parental_mental_health", "physical_harm"]),
        "Late-night follow-up pasting a mother's texts: she will 'take them with me', 'they're asleep, it's better this way', and does not answer: a threat to kill a 4-year-old and a 1-year-old, now. Urgent even though the worker is also calling 999.")


def th_05():
    date = "Fri, 15 Jan 2027 14:22:30 +0000"
    text = T('''
Hi,

Step down request for Yusuf Ali (DOB 30/01/2014), Mosaic 1479011. The C&F assessment concluded on 12 January and recommends step down to a TAF.

The main need is Yusuf's school attendance (69% this term) and some low-level worries about friendships.

Attached: C&F Assessment, draft TAF plan.

Consent - I'm seeing dad on Monday and will discuss the step down with him then. Lead practitioner tbc - school have been asked.

Luke Andrade
Social Worker
''')
    cfa = make_pdf("Child and Family Assessment - Yusuf Ali", [
        "Yusuf Ali, DOB 30/01/2014, Mosaic 1479011. Assessment concluded 12/01/2027.",
        "Attendance 69%; no safeguarding concerns identified. Recommendation: step down to TAF."], "Luke Andrade")
    plan = make_docx("Draft TAF plan - Yusuf Ali", ["Attendance plan with school; mentoring; review in 6 weeks."], "Luke Andrade")
    inner = multipart("mixed", boundary("th05m"), [
        text_leaf(text, cte="base64"),
        attach("C&F Assessment - Y Ali.pdf", cfa, PDF), attach("Draft TAF plan - Y Ali.docx", plan, DOCX)])
    raw = message([
        ("From", "Luke Andrade <Luke.Andrade@towerhamlets.gov.uk>"), ("To", TH_EH),
        ("Subject", "Step down - Yusuf Ali"), ("Date", date), ("Message-ID", outlook_ids("th05")),
        ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")], inner)
    add("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", "2027-01-15T14:27:00+00:00", raw,
        X("step_down", False, "request_info", case_ids=["1479011"], children=[("Yusuf Ali", "2014-01-30")],
          concerns=["school_attendance"], missing=["consent", "lead_practitioner"]),
        "Ordinary step-down with a base64 text body: assessment and plan attached, but consent is still to be discussed (null) and the Lead Practitioner is 'tbc'.")


def th_06():
    date = "Mon, 18 Jan 2027 08:03:51 +0000"
    text = T('''
URGENT PLEASE READ

i have been waiting 3 weeks for someone to sign the school transport form for my son Rayan Uddin. he has autism and an EHCP and the deadline is FRIDAY. nobody answers the phone at the hub. this is URGENT!!! if its not signed he loses his place on the bus

my son is fine its just the paperwork. please someone call me back 07700 900752

Shirin

Sent from my Galaxy
''')
    body = multipart("alternative", boundary("th06", "gmail"), [
        text_leaf(text, charset="UTF-8"), text_leaf(html_from_text(text, outlook=False), "html", charset="UTF-8")])
    raw = message([
        ("Received", "by mail-wr1-f44.google.com with SMTP id 88f0a1b2c3d4e5f6 for\n <EarlyHelpHub@towerhamlets.gov.uk>; " + date),
        ("MIME-Version", "1.0"), ("From", "Shirin Uddin <shirin.uddin.e3mum@gmail.com>"),
        ("Date", date), ("Message-ID", gmail_id("th06")), ("Subject", "URGENT!!!! form"),
        ("To", "EarlyHelpHub@towerhamlets.gov.uk"), ("Importance", "High")], body)
    add("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", "2027-01-18T08:08:00+00:00", raw,
        X("other", False, "human_review", children=[("Rayan Uddin", None)], concerns=["disability_send"]),
        "Near-miss: a parent's all-caps 'URGENT' is about a school transport form; she says her son is fine. Misdirected general enquiry.")


def th_07():
    date = "Tue, 26 Jan 2027 08:14:02 +0000"
    text = T('''
Fwd from my phone - can someone in the hub pick this up, I'm on a home visit till 11. S

________________________________
From: Jo Marsh <jomarsh.childminder.e14@gmail.com>
Sent: 26 January 2027 08:09
To: Sadia Karim <Sadia.Karim@towerhamlets.gov.uk>
Subject: Musa - mum this morning

Hi Sadia, cant get you on your phone. Mum dropped Musa off at 7.30 (Musa Choudhury, he's 2) and she was all over the place, slurring, smelt of drink and could hardly stand. She drove here with him in the car and no car seat. She says she's picking him up at 1 and taking him to her friend's in the car. I can't stop her taking him can I? What do I do? Jo
''')
    raw = outlook_msg("th07", "Sadia Karim <Sadia.Karim@towerhamlets.gov.uk>", TH_EH,
                      "FW: Musa - mum this morning", date, text, html=False,
                      extra=[("Auto-Submitted", "auto-forwarded"),
                             ("X-MS-Exchange-Generated-Message-Source", "Mobile Device Forward"),
                             ("X-MS-Exchange-Inbox-Rules-Loop", "Sadia.Karim@towerhamlets.gov.uk")])
    add("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty", "2027-01-26T08:18:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Musa Choudhury", None)], concerns=["substance_misuse"]),
        "A worker's forward that carries Auto-Submitted: auto-forwarded (looks automatic; kind other, not auto_reply, because a human wrote the note). The childminder reports a drunk mother who drove a 2-year-old without a car seat and will collect and drive him again at 1pm: urgent.")


def th_08():
    date = "Mon, 04 Jan 2027 08:00:05 +0000"
    text = T('''
PRACTICE REMINDER - JANUARY 2027
Tower Hamlets Safeguarding Children Partnership

Step-up through MAST
MAST is the front door for step-up requests. Please send a completed Multi-Agency Request for Support form with every step-up and make sure management oversight is recorded on Mosaic.

What MAST means by an immediate child protection concern - phone, do not email:
- an injury to a child that has not been explained, especially to a baby, where the child is going home to the person who may have caused it;
- a child who says they have been hit, burnt or sexually abused;
- a young child left alone, or with a carer who is drunk, high or unconscious;
- a child missing who is at risk of exploitation, or a young person carrying a knife;
- a parent threatening to kill or seriously harm a child.
MAST: 020 7946 0158 / 020 7946 0159. Out of hours, emergencies only: 020 7946 0160. In an emergency always call 999.

Step-down
The allocated social worker arranges and chairs the TAF meeting; minutes go on Mosaic within 10 working days of the end of the Child and Family Assessment.

To stop receiving these reminders reply UNSUBSCRIBE.
''')
    body = multipart("alternative", boundary("th08", "part"), [text_leaf(text), text_leaf(html_from_text(text, outlook=False), "html")])
    raw = message([
        ("From", "THSCP Updates <updates@thscp-news.org.uk>"), ("To", TH_EH),
        ("Subject", "Practice reminder: MAST, step-up and what counts as an emergency"), ("Date", date),
        ("Message-ID", "<reminder-2027-01-%s@thscp-news.org.uk>" % hashlib.sha1(b"th08").hexdigest()[:12]),
        ("List-Id", "THSCP practice reminders <reminders.thscp-news.org.uk>"),
        ("List-Unsubscribe", "<mailto:updates@thscp-news.org.uk?subject=UNSUBSCRIBE>"),
        ("Precedence", "bulk"), ("MIME-Version", "1.0")], body)
    add("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "2027-01-04T08:05:00+00:00", raw,
        X("other", False, "human_review"),
        "Near-miss: a partnership practice reminder that LISTS the kinds of immediate child-protection concern to phone about; no real child.")


def th_09():
    date = "Thu, 03 Dec 2026 16:22:40 +0000"
    comment = "On annual leave that day - my colleague Rukhsana Begum will attend for the family hub."
    cal = ical_reply("Microsoft Exchange Server 2010", "SB-tower_hamlets-58-mast-20261208@stepbot.towerhamlets.gov.uk",
                     "20261208T140000", "20261208T150000", ("MAST", "MAST@towerhamlets.gov.uk"),
                     "Abdul Malik", "Abdul.Malik@towerhamlets.gov.uk", "DECLINED",
                     "Declined: MAST discussion [SB-tower_hamlets-58]", "20261203T162240Z", comment=comment,
                     location="Microsoft Teams")
    body = multipart("alternative", boundary("th09a"), [
        text_leaf(comment + "\n"), text_leaf(html_from_text(comment), "html"),
        leaf('text/calendar; charset="utf-8"; method=REPLY', enc(cal, "utf-8", "base64"), "base64")])
    raw = message([
        ("From", "Abdul Malik <Abdul.Malik@towerhamlets.gov.uk>"), ("To", TH_MAST),
        ("Subject", "Declined: MAST discussion [SB-tower_hamlets-58]"),
        ("Thread-Topic", "MAST discussion [SB-tower_hamlets-58]"), ("Date", date), ("Message-ID", outlook_ids("th09")),
        ("Content-Language", "en-GB"), ("MIME-Version", "1.0")], body)
    add("tower_hamlets_09.eml", "tower_hamlets", "mash_step_up", "2026-12-03T16:27:00+00:00", raw,
        X("meeting_reply", False, "record_reply"),
        "Ordinary declined iTIP REPLY whose comment (body and COMMENT) only says the attendee is on leave and names a colleague.")


def th_10():
    date = "Wed, 13 Jan 2027 10:48:19 +0000"
    text = T('''
Hello,

Update before tomorrow's MAST discussion: the bruise on Adam Rashid's left shin that school mentioned was looked at by Dr Sen, community paediatrician, at the child development centre on Monday. She found it consistent with his fall in PE on 7 January, which the PE teacher saw and recorded, and she has no safeguarding concerns. Adam is happy in school and no other marks were seen.

The step-up is still about his weight and the missed health appointments.

Kind regards
Grace Oyelowo
School Nurse, 5-19 Health Service
''')
    raw = outlook_msg("th10", "\"Oyelowo, Grace\" <grace.oyelowo@nhs.net>", TH_MAST,
                      "RE: [SB-tower_hamlets-66] MAST discussion - update from school nursing", date, text,
                      in_reply_to="<SB-tower_hamlets-66.book.20270111090000@towerhamlets.gov.uk>")
    add("tower_hamlets_10.eml", "tower_hamlets", "mash_step_up", "2027-01-13T10:52:00+00:00", raw,
        X("follow_up", False, "attach_to_request", children=[("Adam Rashid", None)], concerns=["neglect"]),
        "Near-miss: the shin bruise was examined by a community paediatrician, consistent with a witnessed fall, no safeguarding concerns. The step-up itself is about weight and missed health appointments.")


for _f in (th_01, th_02, th_03, th_04, th_05, th_06, th_07, th_08, th_09, th_10):
    _f()


# =============================================================================================
# TORBAY

TB_MASH = "Torbay MASH <mash@torbay.gov.uk>"
TB_EH = "Early Help <earlyhelp@torbay.gov.uk>"


def gmail_msg(tag, frm, to, subject, date, text, attachments=(), extra=(), cte="quoted-printable", rcpt=None):
    alt = multipart("alternative", boundary(tag + "a", "gmail"), [
        text_leaf(text, charset="UTF-8", cte=cte), text_leaf(html_from_text(text, outlook=False), "html", charset="UTF-8")])
    if attachments:
        alt = multipart("mixed", boundary(tag + "m", "gmail"), [alt] + [attach(n, d, c, "gmail") for n, d, c in attachments])
    hs = [("Received", "by mail-wr1-f54.google.com with SMTP id %s for\n <%s>; %s" % (hashlib.sha1(tag.encode()).hexdigest()[:16], rcpt or to.split("<")[-1].rstrip(">"), date)),
          ("MIME-Version", "1.0"), ("From", frm), ("Date", date), ("Message-ID", gmail_id(tag)),
          ("Subject", hdr(subject)), ("To", to)] + list(extra)
    return message(hs, alt)


def single_assessment(child_lines, lcs, analysis, manager, consent, author):
    return make_docx("Single Assessment (Child and Family Assessment)", [
        "Child(ren): " + "; ".join(child_lines), "LCS: " + lcs,
        ("h", "Analysis"), analysis,
        ("h", "Manager's analysis and decision"), manager,
        ("h", "Consent"), consent], author)


def tb_01():
    date = "Thu, 03 Dec 2026 13:40:26 +0000"
    text = T('''
Hi Early Help,

Requesting a triage slot to step down Logan Pascoe-Hill (DOB 02/04/2018) and Esme Pascoe-Hill (DOB 11/12/2022) to level 3 Early Help. LCS-2251873.

The Single Assessment is attached. Home conditions and routines have improved a lot since September; the remaining needs are consistent routines, Esme's health appointments and mum's confidence.

My team manager, Piran Dawe, has agreed the step down and his analysis is in the assessment. Mum has consented to the step down and to information being shared with Early Help.

Esme is under 5 so I understand this will go to the fortnightly under-5s triage.

Thanks
Morwenna

Morwenna Pollard
Social Worker | Torbay Children's Services
01632 960318
''')
    sa = single_assessment(["Logan Pascoe-Hill (02/04/2018)", "Esme Pascoe-Hill (11/12/2022)"], "LCS-2251873",
                           "Neglect of home conditions and routines has improved with CIN support.",
                           "Agreed: step down to level 3 Early Help. Piran Dawe, Team Manager, 01/12/2026.",
                           "Mum consents to step down (01/12/2026).", "Morwenna Pollard")
    raw = outlook_msg("tb01", "Morwenna Pollard <morwenna.pollard@torbay.gov.uk>", TB_EH,
                      "Step down request - Pascoe-Hill - LCS-2251873 - triage please", date, text,
                      [("Single Assessment - Pascoe-Hill.docx", sa, DOCX)])
    add("torbay_01.eml", "torbay", "early_help_duty", "2026-12-03T13:45:00+00:00", raw,
        X("step_down", False, "book_meeting", level=3, case_ids=["LCS-2251873"],
          children=[("Logan Pascoe-Hill", "2018-04-02"), ("Esme Pascoe-Hill", "2022-12-11")],
          concerns=["neglect"], consent=True, manager_agreed=True, missing=[]),
        "Ordinary complete Torbay step-down (Single Assessment, manager agreement, consent), level 3 stated; Esme is under 5, so the under-5s triage applies.")


def tb_02():
    date = "Sat, 09 Jan 2027 11:26:48 +0000"
    text = T('''
hello i am writing about my daughter Kayleigh and her 2 little ones Ruby Trewin who is 3 and Alfie Trewin 18 months. shes back on the heroin i know she is. i went round at 10 this morning and she was on the sofa and i couldnt wake her properly, her lips were a funny colour, i got her sat up and she told me to f off. the kids were still in their cots in dirty nappies and no breakfast. i had to go to work at 11 and she is on her own with them. rang her at quarter past no answer. im at work till 6 and cant get away.

please can somebody go round. its flat 3, 41 Oldway Terrace, Paignton

Pat (their nan)
''')
    raw = gmail_msg("tb02", "Pat Trewin <pattrewin.paignton55@gmail.com>", "mash@torbay.gov.uk",
                    "my grandchildren please help", date, text)
    add("torbay_02.eml", "torbay", "mash_step_up", "2027-01-09T11:31:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Ruby Trewin", None), ("Alfie Trewin", None)],
          concerns=["neglect", "substance_misuse"]),
        "A grandmother writing to the MASH: the sole carer, using heroin, could barely be woken with blue-ish lips, and is alone with a 3-year-old and an 18-month-old now, not answering: urgent.")


def tb_03():
    date = "Wed, 16 Dec 2026 15:12:07 +0000"
    text = T('''
Hi,

Just to update following our call this morning \u2013 Jack Pengilly wasn\u2019t hurt. There are no marks on him, and he didn\u2019t say anyone at home had hurt him. He was upset because the family dog died at the weekend. School has no safeguarding concerns about today; the step-up is still about his attendance.

Regards
Dominic Hext
Designated Safeguarding Lead
Brixham Road Academy
''')
    # DELIBERATELY WRONG CHARSET: the bytes are UTF-8, the label says windows-1252.
    body = leaf('text/plain; charset="windows-1252"', enc(text, "utf-8", "8bit"), "8bit")
    raw = message([
        ("From", "Dominic Hext <d.hext@brixhamroad.torbay.sch.uk>"), ("To", TB_MASH),
        ("Subject", "RE: [SB-torbay-80] Step-up received - Jack Pengilly"), ("Date", date),
        ("Message-ID", outlook_ids("tb03")),
        ("In-Reply-To", "<SB-torbay-80.ack.20261215100000@torbay.gov.uk>"),
        ("References", "<SB-torbay-80.ack.20261215100000@torbay.gov.uk>"), ("MIME-Version", "1.0")], body)
    add("torbay_03.eml", "torbay", "mash_step_up", "2026-12-16T15:16:00+00:00", raw,
        X("follow_up", False, "attach_to_request", children=[("Jack Pengilly", None)], concerns=["school_attendance"]),
        "Near-miss, DELIBERATELY MIS-LABELLED CHARSET: UTF-8 bytes labelled windows-1252, so the negations read 'wasnâ€™t hurt', 'didnâ€™t say anyone at home had hurt him'. Still negated: no marks, no concern.")


def tb_04():
    date = "Tue, 12 Jan 2027 10:05:33 +0000"
    text = T('''
Hi,

Re Harvey Coombe (Year 8). Harvey has not arrived at school today. Mum rang at 9.30 to say he has not been home since Sunday night and his phone is going straight to voicemail. He was last seen getting into a silver car outside the Co-op on Torquay Road with older lads, one of them the 19 year old mum told us about at the TAF. Mum has reported him missing to the police. He is 12.

I am in school all day on 01632 960455.

Lorna Tozer
Designated Safeguarding Lead
Hollicombe Vale Academy

> On 11 Jan 2027, at 14:02, Torbay MASH <mash@torbay.gov.uk> wrote:
>
> Thank you. Your contact has been received and given the reference SB-torbay-77.
> A MASH threshold discussion will be arranged.
>
> Torbay MASH (automated message)
''')
    body = text_leaf(text, charset="utf-8")
    raw = message([
        ("From", "Lorna Tozer <l.tozer@hollicombevale.torbay.sch.uk>"),
        ("Sender", "Hollicombe Vale Academy <notify@post.hollicombevale.torbay.sch.uk>"),
        ("To", TB_MASH), ("Subject", "Re: [SB-torbay-77] Step-up received"), ("Date", date),
        ("Message-ID", "<sp.%s@post.hollicombevale.torbay.sch.uk>" % hashlib.sha1(b"tb04").hexdigest()[:18]),
        ("In-Reply-To", "<SB-torbay-77.ack.20270111140200@torbay.gov.uk>"),
        ("References", "<SB-torbay-77.ack.20270111140200@torbay.gov.uk>"),
        ("Precedence", "bulk"), ("X-Mailer", "SchoolPost 4.2"), ("MIME-Version", "1.0")], body)
    add("torbay_04.eml", "torbay", "mash_step_up", "2027-01-12T10:10:00+00:00", raw,
        X("follow_up", True, "alert_duty", children=[("Harvey Coombe", None)], concerns=["exploitation", "missing"]),
        "A human reply sent through a school platform that stamps Precedence: bulk: a 12-year-old has been missing for two nights, last seen getting into a car with older youths linked to exploitation. Urgent although police are informed.")


def tb_05():
    date = "Mon, 07 Dec 2026 11:33:10 +0000"
    text = T('''
Hi,

Please can we have a triage slot to step Poppy Lethbridge (DOB 20/06/2015) down to level 3 Early Help, LCS-2260114.

Poppy and mum have been open to us after domestic abuse from mum's ex-partner last year. He moved to Plymouth in the spring, there is a non-molestation order and there has been no contact for seven months.

The safety plan stays in place: if he were to turn up at the house, mum would call 999 and Poppy knows to go to the neighbour's.

Single Assessment attached. My TM, Gareth Stentiford, has agreed the step down, and mum has consented.

Ellen Prowse
Social Worker, Torbay Children's Services
''')
    sa = single_assessment(["Poppy Lethbridge (20/06/2015)"], "LCS-2260114",
                           "Domestic abuse from a former partner; no contact for seven months; non-molestation order.",
                           "Agreed - step down to level 3. G. Stentiford, Team Manager.", "Mum consents.", "Ellen Prowse")
    raw = outlook_msg("tb05", "Ellen Prowse <ellen.prowse@torbay.gov.uk>", TB_EH,
                      "Step down - Poppy Lethbridge LCS-2260114", date, text,
                      [("Single Assessment P Lethbridge.docx", sa, DOCX)])
    add("torbay_05.eml", "torbay", "early_help_duty", "2026-12-07T11:38:00+00:00", raw,
        X("step_down", False, "book_meeting", level=3, case_ids=["LCS-2260114"], children=[("Poppy Lethbridge", "2015-06-20")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[]),
        "Near-miss: 'if he were to turn up ... mum would call 999' is a hypothetical safety plan; the abuser has had no contact for seven months. Complete level 3 step-down.")


def tb_06():
    date = "Thu, 19 Nov 2026 14:02:51 +0000"
    text = T('''
Hi MASH,

Contact for Tyler Rowe (DOB 03/10/2012), EHM-736820, open to me at level 3. Dad's cannabis use has increased and Tyler has missed 40% of school since September. Dad has given his consent for this contact to MASH.

My manager's agreement is below.

Kerenza

---------- Forwarded message ---------
From: Jory Penhaligon <jory.penhaligon@torbay.gov.uk>
Date: Thu, 19 Nov 2026 at 13:40
Subject: Re: Tyler R - contact to MASH
To: Kerenza Hocking <kerenza.hocking@torbay.gov.uk>


Agreed - please send to MASH today.

Jory Penhaligon
Early Help Team Manager
''')
    raw = gmail_msg("tb06", "Kerenza Hocking <kerenza.hocking@torbay.gov.uk>", TB_MASH,
                    "Fwd: Tyler R - contact to MASH", date, text)
    add("torbay_06.eml", "torbay", "mash_step_up", "2026-11-19T14:07:00+00:00", raw,
        X("step_up", False, "book_meeting", case_ids=["EHM-736820"], children=[("Tyler Rowe", "2012-10-03")],
          concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=True, missing=[]),
        "Ordinary Gmail 'Fwd:' step-up: the team manager's agreement is in the forwarded block, dad's consent is stated; no immediate risk.")


def tb_07():
    date = "Sun, 17 Jan 2027 20:14:09 +0000"
    text = T('''
A new form has been submitted on torbay.gov.uk.

Form: Report a concern about a child
Reference: RAC-88213
Submitted: 17/01/2027 20:13

Your name: Danielle Trewartha
Your relationship to the child: Aunt
Your phone number: 07700 900338
Child's name: Kaiden Trewartha
Child's age: 4
Child's address: 7 Ansteys Row, Torquay
What has happened?: I went to see my sister this afternoon. Kaiden has a burn on the back of his hand, its a triangle shape like the end of an iron and it has blistered. Her boyfriend Lee says Kaiden touched the iron himself but its on the back of his hand and Kaiden wouldnt look at me. My sister wont take him to the doctors. Lee is looking after him tonight while she does a night shift at the care home.
Is the child in danger right now?: Yes
Have you told anyone else?: No

This is an automated message from torbay.gov.uk. Please do not reply to this email.
''')
    html = "<html><body><table>" + "".join(
        "<tr><td>%s</td></tr>" % __import__("html").escape(l) for l in text.strip().split("\n") if l) + "</table></body></html>\n"
    body = multipart("alternative", boundary("tb07", "part"), [text_leaf(text), text_leaf(html, "html")])
    raw = message([
        ("Received", "from forms-prod-02.torbay.gov.uk by mx.torbay.gov.uk with ESMTPS; " + date),
        ("From", "Torbay Council <no-reply@forms.torbay.gov.uk>"), ("To", TB_MASH),
        ("Subject", "Report a concern about a child - reference RAC-88213"), ("Date", date),
        ("Message-ID", "<RAC-88213.%s@forms.torbay.gov.uk>" % hashlib.sha1(b"tb07").hexdigest()[:10]),
        ("MIME-Version", "1.0")], body)
    add("torbay_07.eml", "torbay", "mash_step_up", "2027-01-17T20:18:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Kaiden Trewartha", None)], concerns=["physical_harm"]),
        "A web-form notification from a no-reply@ portal sender (looks automatic): a 4-year-old has an iron-shaped blistered burn on the back of his hand and is tonight alone with the boyfriend whose explanation does not fit: urgent, out of hours.")


def tb_08():
    date = "Tue, 08 Dec 2026 09:47:22 +0000"
    text = T('''
Morning EH

Triage slot please for Freddie Luxton (DOB 19/08/2022), LCS-2263390, step down to level 3.

You'll see on LCS the burn to Freddie's forearm from six weeks ago - it has healed. He pulled a cup of tea off the side, mum took him straight to the minor injuries unit and the GP followed up; both were satisfied it was accidental and there are no concerns about it. Mum has done the home safety check with the health visitor since.

Remaining needs: mum's low mood and routines. Mum has consented. Single Assessment attached. I'll get Rob's (my TM) sign off tomorrow and forward it.

Thanks
Cait

Caitlin Yeo
Social Worker | Torbay Children's Services
''')
    sa = single_assessment(["Freddie Luxton (19/08/2022)"], "LCS-2263390",
                           "Mum's low mood and routines. Accidental scald 27/10/2026, treated at MIU, healed.",
                           "To be completed by the team manager.", "Mum consents (07/12/2026).", "Caitlin Yeo")
    raw = outlook_msg("tb08", "Caitlin Yeo <caitlin.yeo@torbay.gov.uk>", TB_EH,
                      "triage please - Freddie Luxton", date, text,
                      [("SA Freddie Luxton.docx", sa, DOCX)])
    add("torbay_08.eml", "torbay", "early_help_duty", "2026-12-08T09:52:00+00:00", raw,
        X("step_down", False, "request_info", level=3, case_ids=["LCS-2263390"], children=[("Freddie Luxton", "2022-08-19")],
          concerns=["parental_mental_health"], consent=True, missing=["manager_agreed"]),
        "Near-miss: the burn was six weeks ago, has healed, was explained and checked by the MIU and GP as accidental. Level 3 step-down still missing the manager's agreement ('sign off tomorrow').")


def tb_09():
    date = "Wed, 20 Jan 2027 13:05:30 +0000"
    text = T('''
Hi, not sure if I'm overreacting and our DSL is off site today so thought I'd email.

Lacey-Jo Ellacott (5, Year 1) has a small round red mark on the back of her right hand, about the size of a pencil rubber, scabbed over. When I asked she said "Mark did it with his lighter" then straight away said "no I scratched it". Mark is mum's boyfriend. It might be her eczema, she does have eczema on her hands. Mark usually collects her at 3.

Hannah

Sent from my iPhone
''')
    body = text_leaf(text, charset="us-ascii", cte="7bit")
    raw = message([
        ("From", "Hannah Petherick <h.petherick@shiphaybrook.torbay.sch.uk>"), ("To", "earlyhelp@torbay.gov.uk"),
        ("Subject", "not sure if this is anything - Lacey-Jo"), ("Date", date),
        ("Message-ID", apple_id("tb09", "shiphaybrook.torbay.sch.uk")),
        ("X-Mailer", "iPhone Mail (22C161)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("torbay_09.eml", "torbay", "early_help_duty", "2027-01-20T13:10:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Lacey-Jo Ellacott", None)], concerns=["physical_harm"]),
        "Genuinely unsure (could be eczema), so labelled urgent per 'when unsure, alert': a 5-year-old said mum's boyfriend did a round scabbed mark 'with his lighter', then retracted, and he collects her at 3 today.")


for _f in (tb_01, tb_02, tb_03, tb_04, tb_05, tb_06, tb_07, tb_08, tb_09):
    _f()


# =============================================================================================
# HEREFORDSHIRE

HF_EH = "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>"
HF_MASH = "Herefordshire MASH <mash@herefordshire.gov.uk>"
HF_DISCLAIMER = T('''
Herefordshire Council: this email and any attachments may contain confidential or personal
information. If you are not the intended recipient please notify the sender and delete it.
''')


def hf_01():
    date = "Tue, 01 Dec 2026 10:20:05 +0000"
    text = T('''
Hi EH co-ordinators,

Following my conversation with Nia at last Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for Ffion Bevan (DOB 05/05/2013) and Osian Bevan (DOB 12/09/2016), Mosaic 620331 and 620332. This is a sibling group step-down at level 3 following the Child & Family Assessment.

Worries: home conditions and food (much improved since September) and both children's attendance.

Mum has signed the consent form (attached). Key person agreed with the family: Sian Prothero, Family Support Worker, Kington Family Centre.

Thanks
Gethin Price
Social Worker, Herefordshire Council

''') + HF_DISCLAIMER
    plan = make_docx("Early Help Assessment - step-down plan", [
        "Children: Ffion Bevan (05/05/2013), Osian Bevan (12/09/2016). Mosaic 620331, 620332.",
        "Key person: Sian Prothero, Family Support Worker, Kington Family Centre.",
        ("t", [["What needs to happen", "By whom", "Outcome", "Timescale"],
               ["Weekly shopping and meal planning support", "Sian Prothero", "Food in the house every visit", "8 weeks"],
               ["Attendance support plan", "School / mum", "Both children above 92%", "End of spring term"]])], "Gethin Price")
    consent = make_pdf("Consent to Early Help - signed", [
        "I agree to my children Ffion Bevan and Osian Bevan being stepped down to Early Help and to",
        "information being shared with the Early Help Co-ordinator team.",
        "Signed: K. Bevan (mother)   Date: 27/11/2026"], "Gethin Price")
    raw = outlook_msg("hf01", "Gethin Price <gethin.price@herefordshire.gov.uk>", HF_EH,
                      "Step down - Bevan children (Mosaic 620331, 620332)", date, text,
                      [("EHA step-down plan - Bevan.docx", plan, DOCX), ("Consent form signed - Bevan.pdf", consent, PDF)])
    add("herefordshire_01.eml", "herefordshire", "early_help_duty", "2026-12-01T10:25:00+00:00", raw,
        X("step_down", False, "book_meeting", level=3, case_ids=["620331", "620332"],
          children=[("Ffion Bevan", "2013-05-05"), ("Osian Bevan", "2016-09-12")],
          concerns=["neglect", "school_attendance"], consent=True, missing=[]),
        "Ordinary complete sibling-group step-down at level 3: plan .docx, signed consent PDF, key person with agency.")


def hf_02():
    date = "Fri, 04 Dec 2026 17:48:21 +0000"
    text = T('''
sorry not sure if this is the right email, it was on a leaflet.

i childmind Daisy Preece she is 14 months. when her mum picked her up just now she said shes going out tonight to a party in Hereford and Daisy will be fine in her cot because she sleeps through. i asked who was babysitting and she laughed and said nobody. she told me last month she had done it before and it was fine. she lives on her own with Daisy in Leominster.

i dont know what to do, i dont want to get her in trouble but Daisy is a baby

Bev
sent from my phone
''')
    body = multipart("alternative", boundary("hf02", "part"), [
        text_leaf(text, charset="windows-1252"),
        text_leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><div dir="auto">' +
                  html_from_text(text, outlook=False) + "</div></body></html>\n", "html", charset="windows-1252")])
    raw = message([
        ("Received", "from PAXP193MB2180.EURP193.PROD.OUTLOOK.COM by mx.herefordshire.gov.uk with ESMTPS; " + date),
        ("From", "Bev Hollings <bevs.littleones.leominster@hotmail.co.uk>"),
        ("To", "\"earlyhelpcoordinators@herefordshire.gov.uk\" <earlyhelpcoordinators@herefordshire.gov.uk>"),
        ("Subject", "worried about baby tonight"), ("Date", date),
        ("Message-ID", "<PAXP193MB2180%s@PAXP193MB2180.EURP193.PROD.OUTLOOK.COM>" % hashlib.sha1(b"hf02").hexdigest()[:20].upper()),
        ("MIME-Version", "1.0")], body)
    add("herefordshire_02.eml", "herefordshire", "early_help_duty", "2026-12-04T17:53:00+00:00", raw,
        X("other", True, "alert_duty", children=[("Daisy Preece", None)], concerns=["neglect"]),
        "A childminder writing to the wrong inbox at 17:48 on a Friday: a 14-month-old is about to be left alone in her cot tonight while her sole-carer mother goes to a party: urgent.")


def hf_03():
    date = "Wed, 06 Jan 2027 11:02:40 +0000"
    text = T('''
hi team
sending the step down plan for Lola Hancorn (22/01/2017) mosaic 618840.
background so u know - in 2023 Lola was found by police walking on her own at 2am after mum had been drinking, that led to the CP plan which ended in May 2025. mum has been sober since, no concerns since, lots of support from nan.
current needs are mums anxiety + Lola's attendance (88%).
key person is Rhian Bowen, family support worker at Ledbury Family Hub, agreed with mum.
mum gave verbal consent on the phone today, im getting the form signed at my visit next week.
plan attached
Carys

Sent from my iPhone
''')
    plan = make_docx("EHA step-down plan - Lola Hancorn", [
        "Lola Hancorn, DOB 22/01/2017. Mosaic 618840. Key person: Rhian Bowen, Family Support Worker, Ledbury Family Hub.",
        ("t", [["What needs to happen", "By whom", "Outcome", "Timescale"],
               ["Anxiety support for mum (Talking Therapies)", "Mum / GP", "Mum feels more able to manage", "3 months"],
               ["Attendance plan", "School / Rhian", "Attendance above 95%", "End of spring term"]])], "Carys Meredith")
    body = multipart("mixed", boundary("hf03", "apple"), [
        text_leaf(text, charset="us-ascii", cte="7bit"), attach("EHA step down plan Lola.docx", plan, DOCX, "apple")])
    raw = message([
        ("From", "Carys Meredith <carys.meredith@herefordshire.gov.uk>"), ("To", HF_EH),
        ("Subject", "step down Lola H"), ("Date", date), ("Message-ID", apple_id("hf03", "herefordshire.gov.uk")),
        ("X-Mailer", "iPhone Mail (22C161)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("herefordshire_03.eml", "herefordshire", "early_help_duty", "2027-01-06T11:07:00+00:00", raw,
        X("step_down", False, "request_info", case_ids=["618840"], children=[("Lola Hancorn", "2017-01-22")],
          concerns=["neglect", "parental_mental_health", "school_attendance", "substance_misuse"], consent=True,
          missing=["consent_form"]),
        "Near-miss: the night-time incident is historic ('in 2023', CP plan ended May 2025, mum sober since). Mobile step-down with verbal consent only, so the written consent form is missing; no level stated.")


def hf_04():
    date = "Mon, 11 Jan 2027 16:12:55 +0000"
    text = T('''
can someone ring me asap 07700 900871. just pulled up for my visit and dads van is on the drive, i can hear him shouting inside. he is on bail not to come to the house or contact mum since the assault on 2nd jan. Tyler Gwillim (9) and Jessie Gwillim (6) are home from school. i have not gone in. ringing the police now. pls put the step down on hold

Sent from my iPhone

> On 8 Jan 2027, at 14:03, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you for your step-down request. Your reference is SB-herefordshire-22.
> A Tuesday drop-in slot with an Early Help co-ordinator will be offered to you.
>
> Herefordshire Early Help Co-ordinators (automated message)
''')
    body = text_leaf(text, charset="utf-8")
    raw = message([
        ("From", "Owain Griffiths <owain.griffiths@herefordshire.gov.uk>"), ("To", HF_EH),
        ("Subject", "Re: [SB-herefordshire-22] Step-down request received"), ("Date", date),
        ("Message-ID", apple_id("hf04", "herefordshire.gov.uk")),
        ("In-Reply-To", "<SB-herefordshire-22.ack.20270108140300@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-22.ack.20270108140300@herefordshire.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22C161)"), ("MIME-Version", "1.0 (1.0)")], body)
    add("herefordshire_04.eml", "herefordshire", "early_help_duty", "2027-01-11T16:17:00+00:00", raw,
        X("follow_up", True, "alert_duty", children=[("Tyler Gwillim", None), ("Jessie Gwillim", None)],
          concerns=["domestic_abuse"]),
        "Mobile follow-up: a father on bail for assaulting the mother is at the house now, shouting, in breach of his conditions, with a 9- and a 6-year-old inside: urgent even though police are being called.")


def hf_05():
    date = "Thu, 26 Nov 2026 21:30:12 +0000"
    text = T('''
Hi

I'm not sure who to talk to. My ex has a new boyfriend and I don't like him. He hasn't done anything to the kids (Harley Skyrme 7 and Mabel Skyrme 4) and as far as I know he's never even met them, he doesn't live there, I just have a bad feeling about him and I'm worried that one day he might move in. The kids are fine and happy, I have them every other weekend and they've said nothing.

Is there someone I can speak to about my rights to know who's around them?

Thanks
Lee
''')
    body = multipart("alternative", boundary("hf05", "part"), [text_leaf(text), text_leaf(html_from_text(text, outlook=False), "html")])
    raw = message([
        ("From", "Lee Skyrme <lee.skyrme82@outlook.com>"), ("To", "earlyhelpcoordinators@herefordshire.gov.uk"),
        ("Subject", "worried about my kids"), ("Date", date),
        ("Message-ID", "<AM0PR07MB5%s@AM0PR07MB5.eurprd07.prod.outlook.com>" % hashlib.sha1(b"hf05").hexdigest()[:20].upper()),
        ("MIME-Version", "1.0")], body)
    add("herefordshire_05.eml", "herefordshire", "early_help_duty", "2026-11-26T21:34:00+00:00", raw,
        X("other", False, "human_review", children=[("Harley Skyrme", None), ("Mabel Skyrme", None)]),
        "Near-miss: a father's hypothetical worry ('one day he might move in'); the man has done nothing and has never met the children, who are fine. General enquiry, not urgent.")


def hf_06():
    date = "Tue, 15 Dec 2026 09:02:11 +0000"
    text = T('''
Thank you for your email. I am on annual leave until Monday 4 January 2027 and will not be checking emails.

For anything urgent about a family I work with, please contact the Children's Services duty desk on 01632 960742.

Gareth Bufton
Social Worker, Herefordshire Council
''')
    body = multipart("alternative", boundary("hf06a"), [text_leaf(text), text_leaf(html_from_text(text), "html")])
    raw = message([
        ("From", "Gareth Bufton <gareth.bufton@herefordshire.gov.uk>"), ("To", HF_EH),
        ("Subject", "Automatic reply: [SB-herefordshire-25] Step-down request received - information needed"),
        ("Thread-Topic", "[SB-herefordshire-25] Step-down request received - information needed"),
        ("Date", date), ("Message-ID", outlook_ids("hf06")),
        ("In-Reply-To", "<SB-herefordshire-25.ack.20261215090000@herefordshire.gov.uk>"),
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")], body)
    add("herefordshire_06.eml", "herefordshire", "early_help_duty", "2026-12-15T09:06:00+00:00", raw,
        X("auto_reply", False, "ignore"),
        "Ordinary Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied).")


def hf_07():
    date = "Thu, 14 Jan 2027 12:31:18 +0000"
    text = T('''
Case note attached as requested.

Alys

Get Outlook for iOS
________________________________
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: Wednesday, January 13, 2027 4:55 PM
To: Alys Pugh <alys.pugh@herefordshire.gov.uk>
Subject: [SB-herefordshire-30] Step-down request received - information needed

Thank you for your step-down request. Your reference is SB-herefordshire-30.

Still needed before the step-down can be processed:
- the family's written consent

Please reply to this email with the missing item.

Herefordshire Early Help Co-ordinators (automated message)
''')
    note = make_pdf("Case note - Mia Pritchard", [
        "Child: Mia Pritchard (DOB 03/04/2016)   Mosaic 625514",
        "Recorded by: Alys Pugh, Social Worker. Entry made: 13/01/2027 17:05",
        "",
        "06/01/2027 - Home visit. Mum agreed to the step-down to Early Help and signed the consent section of the plan (copy on file).",
        "",
        "13/01/2027 16:40 - Telephone call from Kerry, Mia's key worker at Riverside Youth Club. At club this evening Mia (10) said her stepdad Wayne \"makes me touch him when mum's at bingo\" and that \"it's a secret or I'll get in trouble\". Mia would not say any more. Mum goes to bingo on Thursday evenings and Wayne looks after Mia then.",
        "",
        "Action: discuss with manager in the morning."], "Alys Pugh")
    inner = multipart("mixed", boundary("hf07m"), [text_leaf(text), attach("Case note 13.01.27 - M Pritchard.pdf", note, PDF)])
    raw = message([
        ("From", "Alys Pugh <alys.pugh@herefordshire.gov.uk>"), ("To", HF_EH),
        ("Subject", "RE: [SB-herefordshire-30] Step-down request received - information needed"), ("Date", date),
        ("Message-ID", outlook_ids("hf07")),
        ("In-Reply-To", "<SB-herefordshire-30.ack.20270113165500@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-30.ack.20270113165500@herefordshire.gov.uk>"), ("MIME-Version", "1.0")], inner)
    add("herefordshire_07.eml", "herefordshire", "early_help_duty", "2027-01-14T12:36:00+00:00", raw,
        X("follow_up", True, "alert_duty", case_ids=["625514"], children=[("Mia Pritchard", "2016-04-03")],
          concerns=["sexual_harm"], consent=True),
        "Follow-up whose body only says the case note is attached; the PDF quotes a 10-year-old's disclosure of sexual abuse by her stepdad, who looks after her on Thursday evenings, and today is Thursday: urgent, found only in the PDF.")


def hf_08():
    date = "Mon, 11 Jan 2027 07:45:00 +0000"
    text = T('''
HSCP Learning and Development - spring 2027

Recognising and responding to immediate risk (half day, online)
Tuesday 9 February 2027, 9.30-12.30 | Thursday 11 March 2027, 13.30-16.30

Case study used on the course (fictional):
"Baby J, 8 weeks old, was brought to a children's centre by her father. Staff noticed a bruise to her cheek and two small bruises on her ear. Dad said she 'did it on the cot bars'. Mum was at work and dad was caring for J alone that evening."
What would you do, who would you phone, and what would you write down?

Also this term: Graded Care Profile 2 refresher; Step-down to Early Help for social workers; Working with fathers.

Book at hscp-learning.org.uk. To unsubscribe from training updates, click here.
''')
    body = multipart("alternative", boundary("hf08", "part"), [text_leaf(text), text_leaf(html_from_text(text, outlook=False), "html")])
    raw = message([
        ("From", "HSCP Learning <training@hscp-learning.org.uk>"), ("To", HF_EH),
        ("Subject", "Training: recognising and responding to immediate risk - spring 2027 dates"), ("Date", date),
        ("Message-ID", "<spring27.%s@hscp-learning.org.uk>" % hashlib.sha1(b"hf08").hexdigest()[:12]),
        ("List-Id", "HSCP training <training.hscp-learning.org.uk>"),
        ("List-Unsubscribe", "<https://hscp-learning.org.uk/unsubscribe?t=77c1>"),
        ("Precedence", "bulk"), ("MIME-Version", "1.0")], body)
    add("herefordshire_08.eml", "herefordshire", "early_help_duty", "2027-01-11T07:50:00+00:00", raw,
        X("other", False, "human_review"),
        "Near-miss: a training bulletin whose fictional case study ('Baby J', bruised cheek and ear, father caring alone) describes an immediate-risk scenario; no real child.")


def hf_09():
    date = "Wed, 02 Dec 2026 14:18:30 +0000"
    text = T('''
Hello MASH,

I'd like to step up Reggie Powell (DOB 14/02/2015), Mosaic 627781, from Early Help to social care. Neglect has been the worry throughout: dental decay needing extractions, missed appointments and poor home conditions. Things haven't improved over six months of Early Help. My manager, Eleri Davies, has agreed the step up.

There are no immediate safeguarding concerns.

Tegan Morris
Early Help Practitioner, Herefordshire Council

''') + HF_DISCLAIMER
    raw = outlook_msg("hf09", "Tegan Morris <tegan.morris@herefordshire.gov.uk>", HF_MASH,
                      "Step up request - Reggie Powell", date, text)
    add("herefordshire_09.eml", "herefordshire", "mash_step_up", "2026-12-02T14:23:00+00:00", raw,
        X("step_up", False, "human_review", case_ids=["627781"], children=[("Reggie Powell", "2015-02-14")],
          concerns=["neglect"], manager_agreed=True, missing=[]),
        "Ordinary step-up to Herefordshire, whose protocol defines no step-up: human_review, no requirements so missing [] and notice null; 'no immediate safeguarding concerns' is negated.")


def hf_10():
    date = "Fri, 18 Dec 2026 11:20:03 +0000"
    explanation = T('''
This is the mail system at host mx1.herefordshire.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.wynne@wyevalleyfamilies.org.uk>: host mx.wyevalleyfamilies.org.uk[192.0.2.44]
    said: 550 5.1.1 <k.wynne@wyevalleyfamilies.org.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
''')
    status = T('''
Reporting-MTA: dns; mx1.herefordshire.gov.uk
X-Postfix-Queue-ID: 4Y7kQ21mZbz3wF
Arrival-Date: Fri, 18 Dec 2026 11:19:58 +0000 (GMT)

Final-Recipient: rfc822; k.wynne@wyevalleyfamilies.org.uk
Original-Recipient: rfc822;k.wynne@wyevalleyfamilies.org.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.wyevalleyfamilies.org.uk
Diagnostic-Code: smtp; 550 5.1.1 <k.wynne@wyevalleyfamilies.org.uk>: Recipient
    address rejected: User unknown in virtual mailbox table
''')
    returned = T('''
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
To: k.wynne@wyevalleyfamilies.org.uk
Subject: [SB-herefordshire-33] Step-down drop-in offered - Tue 22 Dec 10:00
Date: Fri, 18 Dec 2026 11:19:55 +0000
Message-ID: <SB-herefordshire-33.inv.20261218111955@herefordshire.gov.uk>
Auto-Submitted: auto-generated
''')
    body = multipart("report", "4Y7kQ21mZbz3wF.1797592803/mx1.herefordshire.gov.uk", [
        leaf("text/plain; charset=us-ascii", explanation, extra=["Content-Description: Notification"]),
        leaf("message/delivery-status", status, extra=["Content-Description: Delivery report"]),
        leaf("text/rfc822-headers", returned, extra=["Content-Description: Undelivered Message Headers"])],
        preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    raw = message([
        ("Return-Path", "<>"),
        ("Received", "by mx1.herefordshire.gov.uk (Postfix)\n id 4Y7kQ21mZbz3wF; " + date),
        ("Date", date), ("From", "MAILER-DAEMON@mx1.herefordshire.gov.uk (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "earlyhelpcoordinators@herefordshire.gov.uk"),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
        ("Message-Id", "<20261218112003.5A1B2C3D4E@mx1.herefordshire.gov.uk>")], body)
    add("herefordshire_10.eml", "herefordshire", "early_help_duty", "2026-12-18T11:24:00+00:00", raw,
        X("auto_reply", False, "ignore"),
        "Ordinary Postfix bounce (multipart/report, delivery-status, empty Return-Path) of an SB-herefordshire-33 drop-in offer.")


for _f in (hf_01, hf_02, hf_03, hf_04, hf_05, hf_06, hf_07, hf_08, hf_09, hf_10):
    _f()


# =============================================================================================
# Write everything

def main():
    names = [f for f, _ in MESSAGES]
    assert len(names) == len(set(names))
    for old in os.listdir(HERE):
        if old.endswith(".eml") and old not in names:
            os.remove(os.path.join(HERE, old))
    for f, raw in MESSAGES:
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    urgent = sum(1 for l in LABELS if l["expect"]["urgent"])
    print("wrote %d messages (%d urgent) and labels.json" % (len(MESSAGES), urgent))


if __name__ == "__main__":
    main()
