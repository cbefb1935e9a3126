#!/usr/bin/env python3
"""Regenerate the risk8 held-out set: 45 invented duty-mailbox emails, labels.json, categories.json.

Run with /work/main/.venv/bin/python make_set.py (python-docx builds the .docx attachments; pypdf
is used only to check that the hand-built PDFs are readable). The script uses no clock and no
randomness: boundaries, Message-IDs and Thread-Index values are hashes of the file name, .docx files
are re-zipped with fixed timestamps and core properties, and PDFs are hand-built PDF 1.4 (Helvetica,
WinAnsi). Every label is written by hand below; the script only checks that the labels are
consistent with DESIGN.md's rules and with the messages before it writes anything.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import textwrap
import zipfile
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

# Mailbox addresses, from config/deployment.yaml.
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

# England & Wales bank holidays 2027 (gov.uk): the only one in this set's window is the summer
# bank holiday, Monday 30 August 2027.
BANK_HOLIDAYS = {
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
    dt.date(2027, 5, 31), dt.date(2027, 8, 30), dt.date(2027, 12, 27), dt.date(2027, 12, 28),
}
WINDOW = (dt.date(2027, 8, 24), dt.date(2027, 10, 29))

AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# Requirement ids each authority/kind may report (REQUIREMENTS.md).
REQ_IDS = {
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                              "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down"): {"children", "meeting_details", "worries_strengths_next",
                                "lead_practitioner", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}


# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------
def h(*parts, n=40):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def T(s):
    """Dedent a triple-quoted block and drop its first newline."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")


def ew(s, charset="utf-8"):
    """RFC 2047 encoded word (Q) when s is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        raw = s.encode(charset)
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (charset, "".join(out))


def outlook_bnd(file, tag):
    return "_%s_%sGBRP265PRODOUTLOOKCOM_" % (tag, h(file, tag).upper())


def gmail_bnd(file, tag):
    return "0000000000" + h(file, tag, n=18)


def apple_bnd(file, tag):
    x = h(file, tag).upper()
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32])


def outlook_mid(file, host="LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM"):
    return "<%s@%s>" % (host.split(".")[0] + h(file, "mid", n=20).upper(), host)


def thread_index(file):
    return base64.b64encode(hashlib.sha1((file + "ti").encode()).digest()[:22]).decode()


def outlook_received(date):
    return [
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1f5::9)\n"
                     " by LO0P265MBB448.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
    ]


# --------------------------------------------------------------------------------------------
# MIME assembly (by hand, so that every byte is fixed)
# --------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str, already transfer-encoded, ending in "\n"

    def render(self):
        lines = ["%s: %s" % (k, v) for k, v in self.headers]
        return "\n".join(lines) + "\n\n" + self.body


def text(content, sub="plain", charset="utf-8", cte="quoted-printable", params=""):
    if cte == "quoted-printable":
        body = qp(content, charset)
    elif cte == "base64":
        body = b64lines(content.replace("\n", "\r\n").encode(charset))
    else:
        body = content
    if not body.endswith("\n"):
        body += "\n"
    return Part([("Content-Type", 'text/%s; charset="%s"%s' % (sub, charset, params)),
                 ("Content-Transfer-Encoding", cte)], body)


def attachment(filename, ctype, data, disposition="attachment", extra_ct="", cid=None):
    hdrs = [("Content-Type", '%s; name="%s"%s' % (ctype, filename, extra_ct)),
            ("Content-Description", filename),
            ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data)))]
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hdrs, b64lines(data))


def multipart(sub, parts, bnd, params="", preamble=""):
    body = (preamble + "\n\n") if preamble else ""
    for p in parts:
        r = p.render()
        body += "--%s\n%s%s" % (bnd, r, "" if r.endswith("\n") else "\n")
    body += "--%s--\n" % bnd
    return Part([("Content-Type", 'multipart/%s;\n boundary="%s"%s' % (sub, bnd, params))], body)


def message(headers, root, crlf=True, extra_mime=True):
    hdrs = list(headers)
    if extra_mime:
        hdrs.append(("MIME-Version", "1.0"))
    hdrs += root.headers
    s = "\n".join("%s: %s" % (k, v) for k, v in hdrs) + "\n\n" + root.body
    data = s.encode("utf-8")
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# --------------------------------------------------------------------------------------------
# attachments: .docx (python-docx, re-zipped), PDF (hand-built), iCalendar, WebVTT
# --------------------------------------------------------------------------------------------
FIXED_DOCX_TIME = dt.datetime(2027, 8, 2, 9, 0, 0)


def make_docx(blocks, author="Knowsley Council"):
    from docx import Document
    doc = Document()
    for b in blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "b":  # bold label + text
            para = doc.add_paragraph()
            para.add_run(b[1]).bold = True
            para.add_run(b[2])
        elif kind == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOCX_TIME
    cp.modified = FIXED_DOCX_TIME
    cp.last_printed = FIXED_DOCX_TIME
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 8, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def _pdf_escape(s):
    raw = s.encode("cp1252")
    out = []
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def make_pdf(lines, title="Document", width=92, per_page=56):
    """Hand-built PDF 1.4, Helvetica/WinAnsi; `lines` is a list of strings ("" = blank line,
    "# text" = bold heading)."""
    wrapped = []
    for ln in lines:
        bold = ln.startswith("# ")
        body = ln[2:] if bold else ln
        if not body:
            wrapped.append(("", False))
            continue
        for w in textwrap.wrap(body, width=width, break_long_words=False, break_on_hyphens=False) or [""]:
            wrapped.append((w, bold))
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for page in pages:
        stream = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for w, bold in page:
            stream.append("/%s 10 Tf" % ("F2" if bold else "F1"))
            stream.append("(%s) Tj T*" % _pdf_escape(w))
        stream.append("ET")
        content = "\n".join(stream) + "\n"
        objs[n] = "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content)
        objs[n + 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    objs[n] = "<< /Title (%s) /Producer (risk8 make_set.py) /CreationDate (D:20270802090000Z) >>" % _pdf_escape(title)
    info = n
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += ("%d 0 obj\n%s\nendobj\n" % (i, objs[i])).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (info + 1)).encode()
    for i in range(1, info + 1):
        out += ("%010d 00000 n \n" % offsets[i]).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info + 1, info, xref)).encode()
    return out


def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(lines):
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
        out.append((b"" if first else b" ") + b)
    return b"\r\n".join(out) + b"\r\n"


VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def outlook_uid(file):
    return "040000008200E00074C5B7101A82E00800000000" + h(file, "uid", n=40).upper()


# --------------------------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------------------------
OUTLOOK_HEAD = T("""
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
table.grid td
	{border:solid #BFBFBF 1.0pt;
	padding:2.0pt 4.0pt 2.0pt 4.0pt;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
""")
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def paras_html(txt, cls="MsoNormal"):
    """Plain text paragraphs (blank-line separated) to Outlook-style <p> elements."""
    out = []
    for block in txt.strip("\n").split("\n\n"):
        lines = [html.escape(x, quote=False) for x in block.split("\n")]
        out.append('<p class="%s">%s<o:p></o:p></p>\n<p class="%s"><o:p>&nbsp;</o:p></p>' % (cls, "<br>\n".join(lines), cls))
    return "\n".join(out) + "\n"


def table_html(rows, header=True):
    out = ['<table class="grid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            tag = "b" if header and i == 0 else "span"
            out.append('<td valign="top"><p class="MsoNormal"><%s>%s</%s><o:p></o:p></p></td>' % (tag, html.escape(cell, quote=False), tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def flow(body, width=72):
    """format=flowed (RFC 3676): long lines are wrapped, each soft break marked by a trailing space."""
    out = []
    for para in body.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        ws = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        out += [w + " " for w in ws[:-1]] + [ws[-1]]
    return "\n".join(out)


def table_text(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows) + "\n"


# --------------------------------------------------------------------------------------------
# registry of messages and labels
# --------------------------------------------------------------------------------------------
SET = []


def E(kind, urgent, level, case_ids, children, concerns, consent, manager_agreed, missing, notice_ok,
      next_action):
    return {
        "kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
        "children": [{"name": n, "dob": d} for n, d in children],
        "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager_agreed,
        "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action,
    }


def reg(file, authority, mailbox, now, category, expect, why, meeting=None, notice_days=None):
    def deco(fn):
        SET.append(dict(file=file, authority=authority, mailbox=mailbox, now=now, category=category,
                        expect=expect, why=why, meeting=meeting, notice_days=notice_days, build=fn))
        return fn
    return deco


def ack_block(outlook_from, sent, to, subject, body):
    return T("""
    ________________________________
    From: %s
    Sent: %s
    To: %s
    Subject: %s

    """) % (outlook_from, sent, to, subject) + body


# ============================================================================================
# KNOWSLEY
# ============================================================================================
KN_ACK_FROM = "Knowsley MASH <knowsleymash@knowsley.gov.uk>"
KN_FF_FROM = "Family First Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"


@reg("knowsley_01.eml", "knowsley", "mash_step_up", "2027-09-23T16:25:00+01:00", "urgent",
     E("step_up", True, None, ["EHM-58214"],
       [("Kayla Brogan", "2021-03-02"), ("Reece Brogan", "2024-07-27")],
       ["domestic_abuse", "physical_harm", "substance_misuse"], True, True, [], True, "alert_duty"),
     "A complete Knowsley step-up sent the way the seed asks, as a Teams calendar invitation (iTIP "
     "METHOD:REQUEST) with the Appendix 1 form (.docx) and TAF minutes (.pdf). The immediate risk is "
     "only in a paragraph typed below the Teams join boilerplate (and so also in the invitation's "
     "DESCRIPTION): the perpetrator was released from prison this afternoon and has messaged that he "
     "will 'do you and the kids' before the meeting; mum and both children are at home with nowhere "
     "to go tonight. Urgent, so alert_duty; nothing is missing (manager agreed in the body and form, "
     "no neglect/non-engagement/exploitation documents needed). Notice Thu 23 Sep -> Wed 6 Oct = 9 WD. "
     "Mum 'has agreed to' the step-up in the form, so consent true.",
     meeting=dt.date(2027, 10, 6), notice_days=9)
def kn01():
    f = "knowsley_01.eml"
    date = "Thu, 23 Sep 2027 16:21:07 +0100"
    teams = T("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZTItYjA1Mi00OTQ3LWE0@thread.v2/0>
    Meeting ID: 351 228 904 117
    Passcode: Hq7bV2
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)
    top = T("""
    Step up TAF meeting for Kayla Brogan (DOB 02/03/2021) and Reece Brogan (DOB 27/07/2024), EHM-58214.

    The step up form and the minutes of the last TAF (15/09) are attached. Gail Rimmer (my TM) discussed the step up with me in supervision on 21/09 and agreed it - see the management oversight section of the form. The worries are mum's drinking and the domestic abuse history; we are not stepping up for neglect so there is no GCP2.

    I will invite the current TAF members (school, health visitor, IDVA).

    Tracey
    """)
    bottom = T("""
    For MASH duty, not for the invite list - mum rang me at 15:55. Dean has been let out of Altcourse this afternoon and there are no licence conditions about the family. He has messaged her that he knows about "your meeting with the social" and that he will "do you and the kids" before she gets the chance to go. She is at home in Stockbridge Village with both kids and says she has nowhere to go tonight. I am on a late visit until 6 and can't ring you until after.
    """)
    plain = top + "\n" + teams + "\n" + bottom
    htmlbody = (OUTLOOK_HEAD + paras_html(top)
                + '<div style="margin-bottom:.25in;overflow:hidden"><p class="MsoNormal">'
                + "<span style=\"color:#5F5F5F\">" + "_" * 80 + "</span><o:p></o:p></p>\n"
                + '<p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></b><o:p></o:p></p>\n'
                + '<p class="MsoNormal"><b>Join on your computer, mobile app or room device</b><br>\n'
                + '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZTItYjA1Mi00OTQ3LWE0@thread.v2/0">Click here to join the meeting</a><o:p></o:p></p>\n'
                + '<p class="MsoNormal">Meeting ID: 351 228 904 117<br>\nPasscode: Hq7bV2<o:p></o:p></p>\n'
                + '<p class="MsoNormal"><a href="https://www.microsoft.com/en-us/microsoft-teams/download-app">Download Teams</a> | '
                + '<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a><o:p></o:p></p>\n'
                + '<p class="MsoNormal"><a href="https://aka.ms/JoinTeamsMeeting">Learn More</a> | '
                + '<a href="https://teams.microsoft.com/meetingOptions/">Meeting options</a><o:p></o:p></p>\n'
                + '<p class="MsoNormal"><span style="color:#5F5F5F">' + "_" * 80 + "</span><o:p></o:p></p></div>\n"
                + paras_html(bottom) + OUTLOOK_TAIL)
    ics = ical_fold([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        *VTIMEZONE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Halliwell, Tracey\":mailto:Tracey.Halliwell@knowsley.gov.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Knowsley MASH:mailto:knowsleymash@knowsley.gov.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MASH Business Support:mailto:Mash.Businesssupport@knowsley.gov.uk",
        "DESCRIPTION;LANGUAGE=en-GB:" + ical_escape(plain),
        "UID:" + outlook_uid(f),
        "SUMMARY;LANGUAGE=en-GB:Step up TAF meeting - Brogan family - EHM-58214",
        "DTSTART;TZID=GMT Standard Time:20271006T100000",
        "DTEND;TZID=GMT Standard Time:20271006T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270923T152107Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    cal = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                ("Content-Transfer-Encoding", "base64")], b64lines(ics))
    form = make_docx([
        ("h", "FF Step Up request to CSC", 1),
        ("b", "Case ID on EHM: ", "EHM-58214"),
        ("b", "Children: ", "Kayla Brogan (DOB 02/03/2021), Reece Brogan (DOB 27/07/2024)"),
        ("b", "Has this family recently closed to Children's Social Care?: ", "No"),
        ("b", "Date of step up TAF meeting: ", "Wednesday 06/10/2027 10:00 (Microsoft Teams)"),
        ("b", "Level of Engagement: ", "Medium. Engaging Families Toolkit not needed - mum attends most sessions."),
        ("b", "Recent TAF meeting minutes attached: ", "Yes (15/09/2027)"),
        ("h", "What are we worried about?", 2),
        ("t", [["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"],
               ["Mum (Shannon Brogan) is drinking most evenings, up to two bottles of wine, and has twice been "
                "too unwell in the mornings to get up with Reece. Kayla is wetting the bed again.",
                "Domestic abuse by Dean Brogan (father) towards mum in 2025, witnessed by Kayla. Dean was "
                "sentenced in March 2026 and is in HMP Altcourse.",
                "Mum does not know Dean's release date. Mum has little family support; her mum lives in Wales."]]),
        ("h", "What is working well?", 2),
        ("t", [["Existing Strengths", "Existing Safety"],
               ["Mum loves the children and wants help; she has been to two Change Grow Live sessions.",
                "Both children attend school/nursery; the IDVA is still in touch with mum."]]),
        ("h", "What next?", 2),
        ("t", [["Goals", "Next Steps"],
               ["The children are cared for by a sober adult every evening.",
                "Step up to CSC for a C&F assessment; alcohol worker to continue; IDVA safety plan to be refreshed before Dean's release."]]),
        ("p", "Scaling question: how safe are the children with mum in the evenings? TAF average 4/10."),
        ("b", "Graded Care Profile (if neglect): ", "N/A - not a neglect step up."),
        ("b", "Merseyside Exploitation Assessment: ", "N/A."),
        ("b", "Up to date police information: ", "PPN from 2025 (DA). Nothing since Dean's sentence."),
        ("b", "Parental views: ", "Mum is aware of the step up and has agreed to it."),
        ("b", "Agreement by line manager: ", "Agreed - Gail Rimmer, Team Manager, Family First Level 3, 21/09/2027."),
        ("b", "Contingency plan: ", "If mum is drinking when the children are in her care, the school/nursery will call "
              "the MASH and the case manager will make a same-day visit."),
    ], author="Tracey Halliwell")
    minutes = make_pdf([
        "# Team Around the Family (TAF) meeting - minutes",
        "Family: Brogan (EHM-58214)    Date: 15/09/2027 10:00    Venue: Stockbridge Village Family Hub",
        "",
        "Present: Tracey Halliwell (Family First case manager, chair); Shannon Brogan (mum); Mrs J. Okafor "
        "(Stockbridge Village Primary, DSL); Lucy Platt (health visitor); Sam Keating (IDVA).",
        "",
        "# Review of actions",
        "Mum has attended two of four Change Grow Live sessions. School report Kayla is tired "
        "in class and quieter than usual. Health visitor reports Reece is meeting his milestones.",
        "",
        "# Discussion",
        "Mum said she drinks 'to get to sleep' and that it has got worse since she heard Dean might get out "
        "'sometime this year'. She does not know when. The IDVA will ask probation.",
        "",
        "# Actions",
        "1. Case manager to discuss a step up with her team manager (TH, by 22/09).",
        "2. IDVA to refresh mum's safety plan and ask probation about release (SK, by 29/09).",
        "3. School to keep a daily log of Kayla's presentation (JO, ongoing).",
        "",
        "Next TAF: to be set at the step up meeting.",
    ], title="TAF minutes 15.09.27 - Brogan")
    alt = multipart("alternative", [text(plain), text(htmlbody, "html"), cal], outlook_bnd(f, "000"))
    root = multipart("mixed", [alt,
                               attachment("FF Step Up request to CSC - Brogan.docx",
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", form),
                               attachment("TAF minutes 15.09.27 - Brogan.pdf", "application/pdf", minutes)],
                     outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Halliwell, Tracey" <Tracey.Halliwell@knowsley.gov.uk>'),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>, MASH Business Support\n <Mash.Businesssupport@knowsley.gov.uk>"),
        ("Subject", "Step up TAF meeting - Brogan family - EHM-58214"),
        ("Thread-Topic", "Step up TAF meeting - Brogan family - EHM-58214"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAD" + h(f, "ser", n=24).upper()),
    ]
    return message(hdrs, root, crlf=True)


@reg("knowsley_02.eml", "knowsley", "mash_step_up", "2027-09-07T11:46:00+01:00", "urgent",
     E("follow_up", True, None, ["EHM-57702"], [("Ellis Mahoney", None)], ["physical_harm"],
       None, None, [], None, "alert_duty"),
     "Reply to [SB-knowsley-41] dictated by voice on Outlook for Android: no punctuation except the "
     "spoken words 'comma', 'full stop' and 'new line' left in the text, and homophones ('farther', "
     "'their' for there, 'for finger lines'). It reports a hand-shaped mark on a 4-month-old's cheek, "
     "mum saying the father slapped him last night, and the father in the house now refusing to leave. "
     "Urgent on a follow_up, so alert_duty overrides attach_to_request; the case id is in the quoted "
     "acknowledgement. No DOB is written (only '4 months old').")
def kn02():
    f = "knowsley_02.eml"
    date = "Tue, 7 Sep 2027 11:42:36 +0100"
    body = T("""
    Hi its Gemma re the Mahoney step up comma reference SB knowsley 41 full stop I have just come out of the house and the baby Ellis Mahoney has a red mark on his left cheek in the shape of a hand with for finger lines you can see full stop mum said the farther slapped him last night because he would not settle and she said it was the first time he has done it full stop Ellis is 4 months old full stop dad Connor is their now in the front room and mum says he is not going anywhere and she cant make him leave full stop I asked her to go to her mums with the baby but she said no way new line can someone from duty ring me back I am sat in the car outside on 07700 900318 full stop

    Get Outlook for Android<https://aka.ms/AAb9ysg>
    """)
    quoted = ack_block(KN_ACK_FROM, "Thursday, September 2, 2027 2:14:09 PM",
                       "Tobin, Gemma <Gemma.Tobin@knowsley.gov.uk>",
                       "[SB-knowsley-41] Step-up request received - Mahoney", T("""
    Thank you for your step-up request. Your reference is SB-knowsley-41 - please keep it in the subject line of any reply.

    Request: step-up to Children's Social Care for Ellis Mahoney (EHM-57702).

    What is missing:
    - the minutes of the most recent TAF meeting

    The step-up TAF meeting cannot be booked until the request is complete.

    Knowsley MASH (automated message)
    """))
    root = text(body + "\n" + quoted, cte="quoted-printable")
    hdrs = [
        ("Received", "from AM9P265MB1780.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e1::12)\n by LO0P265MBB448.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
        ("From", '"Tobin, Gemma" <Gemma.Tobin@knowsley.gov.uk>'),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "RE: [SB-knowsley-41] Step-up request received - Mahoney"),
        ("Thread-Topic", "[SB-knowsley-41] Step-up request received - Mahoney"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "AM9P265MB1780.GBRP265.PROD.OUTLOOK.COM")),
        ("In-Reply-To", "<SB-knowsley-41.ack.20270902141409@knowsley.gov.uk>"),
        ("References", "<SB-knowsley-41.ack.20270902141409@knowsley.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Outlook for Android"),
    ]
    return message(hdrs, root, crlf=True)


@reg("knowsley_03.eml", "knowsley", "early_help_duty", "2027-09-27T10:09:00+01:00", "urgent",
     E("step_down", True, 3, ["ICS-1311842"],
       [("Jade Whitty", "2016-02-14"), ("Alfie Whitty", "2019-11-03")],
       ["parental_mental_health", "sexual_harm"], True, True, [], True, "alert_duty"),
     "A complete Level 3 step-down (final CIN date, time and venue; all three Signs of Safety headings; "
     "consent) with the danger told only in indirect speech, third-hand, in a closing 'for completeness' "
     "paragraph: nan said that Jade had told her that mum's partner comes into her bedroom at night, "
     "told her it was their secret and that her brother would get hurt if she told; Jade begged not to "
     "go home after school today and mum is on a night shift tonight. The sender does not flag it. "
     "Urgent -> alert_duty. Notice Mon 27 Sep -> Thu 7 Oct = 8 WD.",
     meeting=dt.date(2027, 10, 7), notice_days=8)
def kn03():
    f = "knowsley_03.eml"
    date = "Mon, 27 Sep 2027 10:05:44 +0100"
    body = T("""
    Good morning,

    I am writing to let you know about a planned step down to Family First at Level 3 for Jade Whitty (DOB 14/02/2016) and her brother Alfie Whitty (DOB 03/11/2019), ICS-1311842.

    Final CIN meeting: Thursday 7 October 2027 at 10:00, Kirkby Family Hub, Room 2 (Cherryfield Drive). A Family First case manager would be very welcome.

    Mum (Leanne Whitty) has consented to the referral to Family First, and my TM Anna Pryor agreed the step down at the last CIN review.

    What are we worried about?
    Mum's low mood, and how it affects her energy to keep the children's routines going when she is working nights.

    What is working well?
    Mum has engaged with her GP and the talking therapies service since June. Both children are in school every day. They have a warm relationship with their nan, who lives two streets away.

    What needs to happen?
    A Family First case manager to support mum with routines and link her to the Kirkby parents' group; TAF review in 6 weeks.

    One more thing I should mention for completeness. Jade's nan (Pauline) rang me first thing this morning. She said that Jade had told her over the weekend that mum's new partner, Kyle, had been coming into her bedroom at night when mum was on her night shifts, and that he had told Jade it was their secret and that Alfie would get hurt if she ever told. Nan said that Jade had begged her not to send her home after school today, and that she had not told Leanne because Leanne would take Kyle's side. Mum is on a night shift again tonight. I haven't had a chance to discuss this with Anna yet, so I'm not sure whether the step down should still go ahead - I will update you.

    Kind regards,
    Niamh Costigan
    Social Worker | Child in Need Team (Kirkby)
    Knowsley Council | 0151 496 0233
    """)
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Costigan, Niamh" <Niamh.Costigan@knowsley.gov.uk>'),
        ("To", "Family First Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"),
        ("Subject", "Step down to Family First (Level 3) - Whitty - ICS-1311842"),
        ("Thread-Topic", "Step down to Family First (Level 3) - Whitty - ICS-1311842"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(hdrs, alt, crlf=True)


@reg("knowsley_04.eml", "knowsley", "mash_step_up", "2027-08-30T20:41:00+01:00", "urgent",
     E("other", True, None, [], [("Lacey Keegan", "2020-06-19")], ["neglect"], None, None, [], None,
       "alert_duty"),
     "A police custody sergeant writes to the MASH step-up inbox at 20:37 on the summer bank holiday "
     "(out of hours: EDT's turn) in police shorthand: the detained person has only now said that his "
     "7-year-old was left asleep alone at his flat at 14:45; no other carer; no response unit free; the "
     "EDT number rang out. Not a step request, so kind other, but urgent -> alert_duty. Custody ref "
     "and CAD number are not case ids.")
def kn04():
    f = "knowsley_04.eml"
    date = "Mon, 30 Aug 2027 20:37:12 +0100"
    body = T("""
    OFFICIAL - SENSITIVE

    Evening,

    Custody ref KN/4471/27. DP Shaun Keegan (34) was arrested at 15:10 today in Prescot town centre (s.47 OAPA / s.4 POA) and booked into Eastway custody at 16:02. At booking-in he declined to give any info re dependants.

    At his 20:05 review he has now told me that his daughter, Lacey Keegan, DOB 19/06/2020 (7 yrs), was left asleep on the settee at his flat, 14 Lyme Grove, Huyton, when he "popped out" at about 14:45. Nobody else is at the address. Lacey's mum lives in Spain; DP says there is no one else who can go round and he has no key holder.

    CAD 1142 raised 20:12 for response to attend but there are no units free in the area at present (bank holiday, high demand). I have tried the EDT number twice (rings out), so am sending this to MASH as well so it is logged with you.

    DP will not be released tonight (intox, to be interviewed in the morning).

    PS 2291 R. Oakes
    Custody Sergeant, Eastway Custody Suite
    Merseyside Police | 0151 496 0781

    OFFICIAL - SENSITIVE
    This email and any attachments are confidential and intended solely for the addressee.
    """)
    root = text(body, charset="us-ascii", cte="7bit")
    hdrs = [
        ("Received", "from MSP-EXCH04.merseyside.police.example (10.41.8.14) by\n MSP-EDGE02.merseyside.police.example with Microsoft SMTP Server; " + date),
        ("From", '"Oakes, Ruth PS 2291" <ruth.oakes2291@merseyside.police.example>'),
        ("To", "knowsleymash@knowsley.gov.uk"),
        ("Subject", "Custody ref KN/4471/27 - info re dependant - OFFICIAL-SENSITIVE"),
        ("Date", date),
        ("Message-ID", "<%s@MSP-EXCH04.merseyside.police.example>" % h(f, "mid", n=32).upper()),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("X-Protective-Marking", "OFFICIAL-SENSITIVE"),
    ]
    return message(hdrs, root, crlf=True)


@reg("knowsley_05.eml", "knowsley", "early_help_duty", "2027-08-26T14:24:00+01:00", "near_miss",
     E("step_down", False, 2, ["ICS-1309927"], [("Harvey Gorst", "2017-05-09")],
       ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info"),
     "Level 2 step-down whose 'Background' paragraph is full of urgent vocabulary (strategy "
     "discussion, 'immediate risk of significant harm', 'daddy grabbed me', s47) but all of it is a "
     "concluded July s47: CP medical found the bruise consistent with being pulled back from the road, "
     "not substantiated, 'no current child protection concerns'. So not urgent and physical_harm is "
     "left out. Complete for Level 2 (date/time/venue, three headings, lead practitioner with agency), "
     "but notice is short: Thu 26 Aug -> Thu 2 Sep is only 4 WD because Mon 30 Aug 2027 is the summer "
     "bank holiday (a plain weekday count gives 5), so request_info. 'Mum and dad are both happy with "
     "it' -> consent true. windows-1252 quoted-printable.",
     meeting=dt.date(2027, 9, 2), notice_days=4)
def kn05():
    f = "knowsley_05.eml"
    date = "Thu, 26 Aug 2027 14:20:31 +0100"
    body = T("""
    Hi all,

    Please see below our intention to step Harvey Gorst (DOB 09/05/2017), ICS-1309927, down to Level 2.

    Background \u2013 the s47 in July
    For anyone who reads the file: Harvey was seen by the school nurse on 12/07/2027 with bruising to his upper arm and said \u201cdaddy grabbed me\u201d. A strategy discussion was held the same day; police and MASH treated it as an immediate risk of significant harm and Harvey stayed with his nan for four nights. The CP medical (Dr Ince, 13/07) found the bruising consistent with Harvey\u2019s own account once he had calmed down \u2013 his dad grabbed his arm to pull him back when he ran into the road towards a car. The s47 concluded on 28/07/2027: not substantiated, no further action, and Harvey has been home since 16/07. There are no current child protection concerns.

    Final CIN meeting: Thursday 2 September 2027, 14:00, Longview Primary School (family room).

    Lead Practitioner from step down: Mrs Sadia Naqvi, Inclusion Lead, Longview Primary School.

    What are we worried about?
    Harvey\u2019s attendance last year was 84% and he is often late; mum has anxiety and struggles with mornings.

    What is working well?
    Dad now does the school run two days a week; Harvey loves school football and his reading has come on.

    What needs to happen?
    Mrs Naqvi to start an Early Help Assessment; attendance plan with the school; mum to see her GP about her anxiety.

    My TM Ruth Cassidy has agreed the step down. Mum and dad are both happy with it.

    Thanks
    Callum

    Callum Ashworth
    Social Worker, Child in Need Team (Huyton)
    Knowsley Council \u2013 0151 496 0247
    """)
    root = text(body, charset="windows-1252", cte="quoted-printable")
    hdrs = outlook_received(date) + [
        ("From", '"Ashworth, Callum" <Callum.Ashworth@knowsley.gov.uk>'),
        ("To", "Family First Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"),
        ("Cc", '"Naqvi, Sadia" <s.naqvi@longview-primary.example>'),
        ("Subject", "Level 2 step down - Harvey Gorst - final CIN Thurs 2 Sept"),
        ("Thread-Topic", "Level 2 step down - Harvey Gorst - final CIN Thurs 2 Sept"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, root, crlf=True)


@reg("knowsley_06.eml", "knowsley", "mash_step_up", "2027-10-13T10:45:00+01:00", "near_miss",
     E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "An emergency-planning exercise inject ('EXERCISE EXERCISE EXERCISE', Operation NIGHTJAR, a "
     "table-top flooding exercise) describing a fictional 'Child R' missing from a rest centre with a "
     "partner under a non-molestation order asking for her. It says it is an exercise, no real person "
     "is involved, and asks questions for the exercise log. No real child, so not urgent; kind other; "
     "no children (a pseudonym) and no concerns.")
def kn06():
    f = "knowsley_06.eml"
    date = "Wed, 13 Oct 2027 10:42:05 +0100"
    body = T("""
    EXERCISE EXERCISE EXERCISE

    Operation NIGHTJAR - Knowsley multi-agency flooding exercise (table-top), Wednesday 13 October 2027
    Inject 7 of 12 - issued 10:40 (exercise time: Day 2, 02:15)

    THIS IS AN EXERCISE MESSAGE. It describes a fictional scenario. No real person is involved. Do not action it outside the exercise.

    Scenario
    Rest centre staff at Kirkby Leisure Centre (exercise location) report that "Child R", a 6-year-old evacuated with her mother from the flooded Northwood area, cannot be found. Her mother was taken to hospital by ambulance 40 minutes ago. Before she left she told staff that her ex-partner, who has a non-molestation order against him, had turned up at the rest centre asking for the child. The rest centre CCTV is not working.

    Questions for the MASH cell (answer on the exercise log sheet, not by email):
    1. What immediate safeguarding action would you take, and who would you phone?
    2. How would you reach the Emergency Duty Team at 02:15?
    3. What information would you share with the police, and on what basis?

    Next inject (8) will be issued at 11:10.

    EXERCISE EXERCISE EXERCISE

    Exercise Control, Room 3.14, Huyton Municipal Buildings | 0151 496 0600
    Real-world emergency during the exercise: use the code words "NO DUFF".
    """)
    htmlbody = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:11pt\">\n"
                "<div style=\"background:#C00000;color:#FFFFFF;font-weight:bold;padding:6px;text-align:center\">EXERCISE EXERCISE EXERCISE</div>\n"
                + paras_html(body.split("\n", 2)[2].rsplit("EXERCISE EXERCISE EXERCISE", 1)[0], cls="x")
                + "<div style=\"background:#C00000;color:#FFFFFF;font-weight:bold;padding:6px;text-align:center\">EXERCISE EXERCISE EXERCISE</div>\n"
                + paras_html(body.rsplit("EXERCISE EXERCISE EXERCISE", 1)[1], cls="x")
                + "</body></html>\n")
    alt = multipart("alternative", [text(body), text(htmlbody, "html")], outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", "Knowsley Emergency Planning - Exercise Control <emergencyplanning@knowsley.gov.uk>"),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Cc", "EDT Exercise Cell <edt@knowsley.gov.uk>"),
        ("Subject", "EXERCISE EXERCISE EXERCISE - Op NIGHTJAR - Inject 7 - child unaccounted for at rest\n centre"),
        ("Thread-Topic", "EXERCISE EXERCISE EXERCISE - Op NIGHTJAR - Inject 7 - child unaccounted for at rest centre"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Importance", "high"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, alt, crlf=True)


@reg("knowsley_07.eml", "knowsley", "mash_step_up", "2027-09-10T09:36:00+01:00", "near_miss",
     E("other", False, None, ["EHM-56120", "EHM-55873", "EHM-57004"],
       [("Mason Riley", None), ("Lily-Mae Jennings", None), ("Tommy Quirke", None), ("Ava Quirke", None)],
       ["domestic_abuse"], None, None, [], None, "human_review"),
     "HTML-only Outlook table of overnight police notifications for open Family First cases, sent 'FYI, "
     "no action for MASH'. The one serious row (Quirke: dad assaulted mum at 01:20 with the children "
     "present) is already held by the people who can act: dad charged and remanded, EDT visited at "
     "03:00, mum and children at grandmother's under an EDT safety plan, and MASH's own strategy "
     "discussion held at 08:30 with s47 allocated. The other rows are a sibling argument and a "
     "welfare check with no concerns. Not urgent; kind other; concerns from the Quirke row only.")
def kn07():
    f = "knowsley_07.eml"
    date = "Fri, 10 Sep 2027 09:32:50 +0100"
    rows = [
        ["PPN", "Child(ren)", "EHM", "Overnight incident", "Action already taken", "Family First action"],
        ["1", "Mason Riley (9)", "EHM-56120",
         "Mum and her brother (visiting) arguing in the street at 23:00; no violence; children asleep upstairs.",
         "Police attended 23:10; brother went back to his own address; no offences.",
         "Case manager to talk it through at Tuesday's visit."],
        ["2", "Lily-Mae Jennings (11)", "EHM-55873",
         "Neighbour called police about loud music at 00:40.",
         "Police attended 00:55: music off, Lily-Mae asleep, mum sober and apologetic; no concerns.",
         "None."],
        ["3", "Tommy Quirke (4), Ava Quirke (2)", "EHM-57004",
         "Dad assaulted mum at 01:20; both children in the house.",
         "Dad arrested, charged at 07:40 and remanded to court today. EDT social worker visited at 03:00; "
         "mum and children staying at maternal grandmother's in Prescot under an EDT safety plan. MASH "
         "strategy discussion held 08:30 today with Corinne Oduya (MASH TM): s47 agreed, allocated to the "
         "Assessment Team.",
         "Case manager to join the s47 visit tomorrow; close the FF episode on transfer."],
    ]
    intro = T("""
    Morning,

    Overnight PPNs for Family First open cases are below. All three were dealt with overnight by police/EDT, and the one that needed MASH (Quirke) has already been through this morning's strategy discussion with Corinne. Nothing needs doing from this inbox today - I'm sending them so you have them against the EHM episodes.
    """)
    sig = T("""
    Elinor

    Elinor Marsh | Team Manager, Family First Duty Team | Knowsley Council | 0151 496 0210
    """)
    htmlbody = OUTLOOK_HEAD + paras_html(intro) + table_html(rows) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras_html(sig) + OUTLOOK_TAIL
    root = text(htmlbody, "html", cte="base64")
    hdrs = outlook_received(date) + [
        ("From", '"Marsh, Elinor" <Elinor.Marsh@knowsley.gov.uk>'),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Subject", "Overnight PPNs screened 09/09-10/09 - Family First open cases - FYI no action\n for MASH"),
        ("Thread-Topic", "Overnight PPNs screened 09/09-10/09 - Family First open cases - FYI no action for MASH"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, root, crlf=True)


@reg("knowsley_08.eml", "knowsley", "mash_step_up", "2027-10-12T11:09:00+01:00", "ordinary",
     E("step_up", False, None, ["EHM-58907"], [("Jayden Nolan", "2015-08-21"), ("Tayla Nolan", "2018-01-30")],
       ["neglect", "school_attendance"], None, True, [], True, "book_meeting"),
     "Complete planned step-up for neglect: Appendix 1 form (.docx), GCP2 (.pdf) and TAF minutes (.pdf) "
     "attached, case id, TM agreement, TAF 'Wed 20/10 1.30pm' = 6 WD from Tue 12 Oct. 'No immediate "
     "safeguarding concerns' is negated. Consent not mentioned (null; not required for a Knowsley "
     "step-up).",
     meeting=dt.date(2027, 10, 20), notice_days=6)
def kn08():
    f = "knowsley_08.eml"
    date = "Tue, 12 Oct 2027 11:05:19 +0100"
    body = T("""
    Hi MASH,

    Step up request for Jayden Nolan (DOB 21/08/2015) and Tayla Nolan (DOB 30/01/2018), EHM-58907.

    Step up TAF meeting: Wednesday 20/10/2027 at 1.30pm on Teams (invite to follow from my calendar to you and MASH business support).

    Attached: the FF Step Up request form, the Graded Care Profile 2 completed on 04/10/2027, and the minutes of the TAF on 28/09/2027.

    The concerns are neglect (home conditions, food, the children's clothing and hygiene) and school attendance (Jayden 79%, Tayla 83%). My TM Ian Seddon agreed the step up on 08/10. There are no immediate safeguarding concerns - this is a planned step up because the TAF plan has not made a difference in six months.

    Thanks,
    Danielle

    Danielle Forshaw
    Family First Case Manager (Level 3) | Knowsley Council | 0151 496 0264
    """)
    form = make_docx([
        ("h", "FF Step Up request to CSC", 1),
        ("b", "Case ID on EHM: ", "EHM-58907"),
        ("b", "Has this family recently closed to Children's Social Care?: ", "No"),
        ("b", "Date of step up TAF meeting: ", "20/10/2027 13:30"),
        ("b", "Level of Engagement: ", "Medium"),
        ("b", "Recent TAF meeting minutes attached: ", "Yes"),
        ("h", "What are we worried about?", 2),
        ("p", "Home conditions (GCP2 grade 4 for physical care and home), little food in the house on 3 of 5 "
              "visits, Jayden and Tayla going to school in dirty uniforms; attendance Jayden 79%, Tayla 83%."),
        ("h", "What is working well?", 2),
        ("p", "Dad (Lee Nolan) takes the children to football; the children are close to each other."),
        ("h", "What next?", 2),
        ("p", "C&F assessment; food bank and housing support to continue."),
        ("b", "Graded Care profile: ", "Completed 04/10/2027 (attached)."),
        ("b", "Agreement by line manager: ", "Ian Seddon, Team Manager, 08/10/2027 - agreed."),
        ("b", "Contingency plan: ", "Weekly visits until the step up meeting."),
    ], author="Danielle Forshaw")
    gcp2 = make_pdf([
        "# Graded Care Profile 2 (GCP2) - summary of grades",
        "Family: Nolan    EHM-58907    Completed: 04/10/2027 by D. Forshaw",
        "Area 1 Physical care: 4   Area 2 Safety: 3   Area 3 Love: 2   Area 4 Esteem: 3",
        "Overall: 4 (neglect)",
    ], title="GCP2 Nolan")
    minutes = make_pdf([
        "# TAF meeting minutes - Nolan family (EHM-58907) - 28/09/2027",
        "Present: D. Forshaw (FF), Mr Ince (Brookfield Primary), Lee Nolan (dad), Kerry Nolan (mum).",
        "Actions from the last TAF not completed. Agreed: case manager to discuss a step up with her manager.",
    ], title="TAF minutes Nolan")
    mixed = multipart("mixed", [
        text(body),
        attachment("FF Step Up request - Nolan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", form),
        attachment("GCP2 Nolan 04.10.27.pdf", "application/pdf", gcp2),
        attachment("TAF minutes 28.09.27 Nolan.pdf", "application/pdf", minutes),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Forshaw, Danielle" <Danielle.Forshaw@knowsley.gov.uk>'),
        ("To", "Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        ("Cc", "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>"),
        ("Subject", "Step up request - Nolan - EHM-58907 - TAF Wed 20/10 1.30pm"),
        ("Thread-Topic", "Step up request - Nolan - EHM-58907 - TAF Wed 20/10 1.30pm"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("knowsley_09.eml", "knowsley", "early_help_duty", "2027-10-20T15:14:00+01:00", "ordinary",
     E("step_down", False, None, ["ICS-1320476"], [("Maisie Doyle-Harrison", "2013-12-11")],
       ["young_carer"], None, None, ["consent"], True, "request_info"),
     "Step-down after a C&F assessment with a joint home visit (date, time, address) and all three "
     "headings, but no level stated, so it is treated as Level 3 and needs consent; 'I'll ask mum "
     "about Family First when I see her on Friday' is still to be asked (null), so consent is missing. "
     "Notice Wed 20 Oct -> Wed 27 Oct is exactly 5 WD (ok). Sent from Outlook for Mac as format=flowed.",
     meeting=dt.date(2027, 10, 27), notice_days=5)
def kn09():
    f = "knowsley_09.eml"
    date = "Wed, 20 Oct 2027 15:10:02 +0100"
    body = T("""
    Hello Family First,

    I'm coming to the end of a C&F assessment for Maisie Doyle-Harrison (DOB 11/12/2013), ICS-1320476, and I think the family's needs can be met by Family First once I close.

    Joint home visit: Wednesday 27 October 2027 at 11:00, at the family home, 8 Tithebarn Road, Prescot.

    What are we worried about?
    Maisie does a lot of caring for her dad, who has MS and has had a bad year; she is tired at school and has stopped going to her dance class.

    What is working well?
    Dad is open about needing help; Maisie's school are supportive and have referred her to the young carers' group.

    What needs to happen?
    A carer's assessment for dad, a young carer's assessment for Maisie and a Family First case manager to pull the plan together.

    I'll ask mum about Family First when I see her on Friday and let you know.

    Priya Lal
    Social Worker, Assessment Team | Knowsley Council | 0151 496 0255
    """)
    root = text(flow(body), charset="us-ascii", cte="7bit", params="; format=flowed")
    hdrs = [
        ("Received", "from LO4P265MB6190.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2f3::7)\n by LO0P265MBB448.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date),
        ("From", "Priya Lal <Priya.Lal@knowsley.gov.uk>"),
        ("To", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
        ("Subject", "Step down from C&F assessment - joint home visit - Doyle-Harrison"),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "LO4P265MB6190.GBRP265.PROD.OUTLOOK.COM")),
        ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, root, crlf=False)


# ============================================================================================
# RICHMOND & WANDSWORTH
# ============================================================================================
RW_MASH = "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>"
RW_EH = "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>"


def nhsmail_headers(date, frm, to, subject, f, cc=None):
    hdrs = [
        ("Received", "from NHSMAIL-RELAY-03.nhs.example (10.20.3.17) by\n mx1.richmondandwandsworth.gov.uk with ESMTPS; " + date),
        ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", subject), ("Thread-Topic", subject.replace("\n ", " ")), ("Thread-Index", thread_index(f)),
             ("Date", date), ("Message-ID", outlook_mid(f, "CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")),
             ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
             ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    return hdrs


NHS_DISCLAIMER = T("""
********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.
********************************************************************************************************************
""")


@reg("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2027-09-17T13:09:00+01:00", "urgent",
     E("other", True, None, [], [("Teddy Marsh", "2027-06-02")], ["physical_harm"], None, None, [], None,
       "alert_duty"),
     "A ward clerk's bland covering note ('discharge summary for your records') with the danger only in "
     "the attached text PDF: a 15-week-old with an acute skull fracture and healing rib fractures the "
     "history does not explain, CP medical not done, police not told, and discharge home to the parents "
     "at 16:00 today because of bed pressures. Not a step request (kind other), urgent -> alert_duty. "
     "The NHS number is not a case id.")
def rw01():
    f = "richmond_wandsworth_01.eml"
    date = "Fri, 17 Sep 2027 13:05:48 +0100"
    body = T("""
    Dear colleague,

    Please find attached the discharge summary for the above patient, copied to you as listed on the summary.

    Kind regards

    Cedar Ward Administration
    Thames View Hospitals NHS Trust
    020 7946 0431

    """) + NHS_DISCLAIMER
    pdf = make_pdf([
        "# Thames View Hospitals NHS Trust - Cedar Ward (Paediatrics)",
        "# INPATIENT DISCHARGE SUMMARY",
        "",
        "Patient: Teddy Marsh    DOB: 02/06/2027 (15 weeks)    NHS no: 999 321 7745",
        "Address: Flat 6, Albion Court, Battersea, London SW11",
        "Admitted: 15/09/2027 21:40 via Emergency Department    Planned discharge: 17/09/2027 16:00",
        "Consultant: Dr A. Venkatesh    Discharging doctor: Dr P. Lowe (FY2)",
        "",
        "# Presenting complaint",
        "Irritable, not feeding well, swelling to the right side of the head. Father states Teddy 'rolled off the "
        "sofa' on the evening of 15/09. Mother was at work.",
        "",
        "# Investigations",
        "CT head: acute right parietal skull fracture with overlying soft tissue swelling. No intracranial bleed.",
        "Skeletal survey (16/09): healing fractures of left posterior ribs 5-7, estimated 2-4 weeks old.",
        "Ophthalmology: not yet done. Bloods: FBC, clotting and bone profile normal.",
        "",
        "# Safeguarding",
        "Findings not explained by the history given. Ward safeguarding referral form to be completed. Child "
        "protection medical requested - not yet done (paediatric registrar on leave). Police not informed.",
        "",
        "# Discharge plan",
        "Medically fit for discharge. Discharge home to parents (Jordan Marsh and Keeley Adebayo) today at "
        "16:00 due to bed pressures. Health visitor to visit within 7 days. Fracture clinic and paediatric "
        "clinic follow-up in 6 weeks.",
        "",
        "# Medication on discharge",
        "Paracetamol 120 mg oral suspension, up to four times a day when required.",
        "",
        "Copies: GP (Falcon Road Surgery); Health Visiting (Battersea); Children's Social Care.",
    ], title="Discharge summary - Teddy Marsh")
    mixed = multipart("mixed", [text(body, cte="base64"),
                                attachment("Discharge summary - MARSH Teddy - 17.09.2027.pdf", "application/pdf", pdf)],
                      outlook_bnd(f, "004"))
    hdrs = nhsmail_headers(date, '"CEDAR WARD ADMIN (THAMES VIEW HOSPITALS NHS TRUST)" <thamesview.cedarward@nhs.example>',
                           "MASH-StepUP@richmondandwandsworth.gov.uk",
                           "Discharge summary - MARSH, Teddy - NHS 999 321 7745", f,
                           cc="falconroad.surgery@nhs.example")
    return message(hdrs, mixed, crlf=True)


@reg("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "2027-09-16T16:52:00+01:00", "urgent",
     E("step_up", True, None, ["2314406"],
       [("Poppy Sinclair-Webb", "2023-04-08"), ("Ruby Sinclair-Webb", "2025-01-19")],
       ["parental_mental_health"], None, True, [], None, "alert_duty"),
     "A complete Richmond & Wandsworth step-up (case summary .docx, rationale under its own heading, "
     "sent by the Early Help Team Manager who has agreed it) written in professional understatement: "
     "'some concerns regarding mum's capacity to supervise the girls overnight' and 'grateful if this "
     "could be considered at the next available case discussion'. What it describes is the sole carer "
     "of a 4-year-old and a 2-year-old saying she 'won't be around much longer', tablets set out on the "
     "table and help refused, today. Urgent -> alert_duty; nothing missing.")
def rw02():
    f = "richmond_wandsworth_02.eml"
    date = "Thu, 16 Sep 2027 16:48:20 +0100"
    body = T("""
    Dear MASH colleagues,

    Please find attached the latest case summary for Poppy Sinclair-Webb (DOB 08/04/2023) and Ruby Sinclair-Webb (DOB 19/01/2025), Mosaic 2314406. Following a reflective discussion with the worker this afternoon I have agreed this step up.

    Rationale for step up
    Early Help have worked with mum (Chloe Sinclair-Webb) since March around low mood and isolation following her separation from the girls' father. Engagement was good until the last fortnight.

    Following today's home visit (14:30), the worker has some concerns regarding mum's capacity to supervise the girls overnight. Mum presented as very flat and tearful and said that she "won't be around much longer" and that the girls "will be better off with their dad" (no contact for a year; whereabouts not known). The worker observed a number of boxes of paracetamol and mum's sertraline set out on the kitchen table. Mum declined the offer of a same-day GP appointment or a call to the crisis line and asked the worker to leave. There is no other adult in the household; maternal grandmother lives in Leeds.

    We would be grateful if this could be considered at the next available case discussion.

    Kind regards

    Harriet Lyle
    Early Help Team Manager - Wandsworth East
    Richmond and Wandsworth Councils | 020 7946 0387
    """)
    summary = make_docx([
        ("h", "Early Help case summary", 1),
        ("b", "Children: ", "Poppy Sinclair-Webb (08/04/2023); Ruby Sinclair-Webb (19/01/2025)"),
        ("b", "Mosaic: ", "2314406"),
        ("b", "Parent: ", "Chloe Sinclair-Webb (mother)"),
        ("b", "Early Help involvement: ", "Since 14/03/2027 (referral from the health visitor)."),
        ("h", "Summary", 2),
        ("p", "Mum separated from the girls' father in 2026. She has a diagnosis of depression and takes "
              "sertraline. Early Help have supported her to attend a parent and toddler group, to register "
              "Poppy for nursery and to see her GP. The girls are well presented and meeting milestones."),
        ("p", "Over the last two weeks mum has cancelled two visits and not taken Poppy to nursery."),
    ], author="Harriet Lyle")
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    mixed = multipart("mixed", [alt, attachment("Case summary - Sinclair-Webb - Sept 2027.docx",
                                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", summary)],
                      outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Lyle, Harriet" <Harriet.Lyle@richmondandwandsworth.gov.uk>'),
        ("To", RW_MASH),
        ("Subject", "Step up request - Sinclair-Webb family - Mosaic 2314406"),
        ("Thread-Topic", "Step up request - Sinclair-Webb family - Mosaic 2314406"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up", "2027-10-06T17:45:00+01:00", "urgent",
     E("follow_up", True, None, ["2298815"], [("Yusuf Farouk", "2011-01-22")], ["radicalisation"],
       None, None, [], None, "alert_duty"),
     "Reply to [SB-richmond_wandsworth-88] from a mobile client whose text/plain part is only a "
     "placeholder ('This message contains formatted content...'); everything is in the base64 HTML part. "
     "A 16-year-old already referred to Prevent has a one-way ticket to Istanbul on the 06:10 flight "
     "tomorrow bought by an online contact, has taken his passport and told his sister he is 'going to "
     "join the brothers'. Sent at 17:41 (out of office hours). Urgent follow_up -> alert_duty; the "
     "Mosaic id is in the quoted acknowledgement. The sister (19) is an adult.")
def rw03():
    f = "richmond_wandsworth_03.eml"
    date = "Wed, 6 Oct 2027 17:41:29 +0100"
    placeholder = "This message contains formatted content. To read it, open it in a mail program that can display HTML.\n"
    newest = T("""
    Hi both,

    Adding this ahead of Friday's case discussion, as I don't think it can wait until then.

    Yusuf's sister Amina (19) came to see me at the hub at 4.30. She says Yusuf has a one-way ticket to Istanbul on the 06:10 flight from Gatwick tomorrow morning, bought for him by a man he talks to on Telegram who calls himself "Abu Bara". Amina found the booking on the family iPad. She says Yusuf has packed a rucksack, has taken his passport from mum's drawer, and told her he is "going to join the brothers" and that she must not tell their mum until he has gone. Mum is at work until 11pm. Amina is frightened to go home and say anything.

    Yusuf is 16 (DOB 22/01/2011). He was referred to Prevent in July over the videos on his phone and we are still waiting to hear.

    Tomasz
    """)
    ackhtml = T("""
    <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
    <p><b>From:</b> MASH Step Up &lt;MASH-StepUP@richmondandwandsworth.gov.uk&gt;<br>
    <b>Sent:</b> 29 September 2027 10:12<br>
    <b>To:</b> Wrobel, Tomasz &lt;Tomasz.Wrobel@richmondandwandsworth.gov.uk&gt;; Quint, Jasper &lt;Jasper.Quint@richmondandwandsworth.gov.uk&gt;<br>
    <b>Subject:</b> [SB-richmond_wandsworth-88] Step-up case discussion - Farouk</p>
    </div>
    <blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
    <p>Your step-up request for Yusuf Farouk (Mosaic 2298815) is complete. The step-up case discussion is booked for Friday 8 October 2027 at 10:00 on Microsoft Teams with the MASH manager; an invitation has been sent.</p>
    <p>If there is an immediate child protection concern, do not wait for the case discussion: phone the MASH duty team now, or 999 in an emergency.</p>
    <p>MASH Business Support (automated message)</p>
    </blockquote>
    """)
    htmlbody = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body><div dir=\"auto\" style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
                + "\n".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>")
                            for p in newest.strip().split("\n\n"))
                + "\n<div><br></div><div>Sent with Workspace ONE Boxer</div>\n</div>\n" + ackhtml + "</body></html>\n")
    alt = multipart("alternative", [text(placeholder, charset="us-ascii", cte="7bit"), text(htmlbody, "html", cte="base64")],
                    "_com.air-watch.boxer_" + h(f, "b", n=32))
    hdrs = [
        ("Received", "from boxer-gw2.awmdm.example (192.0.2.71) by mx1.richmondandwandsworth.gov.uk\n with ESMTPS; " + date),
        ("From", "Tomasz Wrobel <Tomasz.Wrobel@richmondandwandsworth.gov.uk>"),
        ("To", "MASH-StepUP@richmondandwandsworth.gov.uk"),
        ("Cc", "Jasper Quint <Jasper.Quint@richmondandwandsworth.gov.uk>"),
        ("Subject", "RE: [SB-richmond_wandsworth-88] Step-up case discussion - Farouk"),
        ("Date", date),
        ("Message-ID", "<%s@boxer.awmdm.example>" % h(f, "mid", n=36)),
        ("In-Reply-To", "<SB-richmond_wandsworth-88.book.20270929101200@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-88.book.20270929101200@richmondandwandsworth.gov.uk>"),
        ("X-Mailer", "Workspace ONE Boxer for Android 24.09"),
    ]
    return message(hdrs, alt, crlf=False)


@reg("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "2027-10-08T15:56:00+01:00", "urgent",
     E("other", True, None, [], [("Amber Kelsall", None)], ["physical_harm"], None, None, [], None, "alert_duty"),
     "The child writes herself, from her school Google account, to the Early Help duty inbox because "
     "her worker's phone is off: mum's boyfriend, who threatened to 'throw me down them properly next "
     "time', is back in the house, mum works until 10pm, and she will be alone with him tonight and does "
     "not want to go home at 4. Lowercase, text-speak, no request; kind other; urgent -> alert_duty. "
     "'jayden' (first name only) is not listed.")
def rw04():
    f = "richmond_wandsworth_04.eml"
    date = "Fri, 8 Oct 2027 15:52:40 +0100"
    body = T("""
    hi sophie its amber. u said i could use this email if i couldnt get u on ur phone, its off.

    hes back. mums boyfriend darren. mum said he wasnt allowed at ours anymore but hes there now, i seen his van outside when i walked past at lunch. mum is on lates at the care home till 10 tonight. last time he said if i ever told anyone about the stairs he would throw me down them properly next time and make it look like i fell. i told u about that and now hes back and its just me and him and jayden tonight.

    i dont want to go home at 4. im in the library, it shuts at 5 \U0001F614

    Amber Kelsall 10L
    """)
    htmlbody = '<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False)
                                           for p in body.strip().split("\n\n")) + "</div>\n"
    alt = multipart("alternative", [text(body), text(htmlbody, "html")], gmail_bnd(f, "a"))
    hdrs = [
        ("Received", "by mail-sor-f41.google.com with SMTPS id 5b1f17b1804b1-45f2c1a8e0asor4412375e9;\n " + date),
        ("From", "Amber Kelsall <24kelsalla@riverbank-academy.example>"),
        ("To", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
        ("Subject", "hi its amber (for sophie)"),
        ("Date", date),
        ("Message-ID", "<CAF%s@mail.gmail.com>" % h(f, "mid", n=40)),
    ]
    return message(hdrs, alt, crlf=False)


@reg("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", "2027-09-21T18:25:00+01:00", "near_miss",
     E("other", False, None, [], [("Aria Kowalczyk", "2026-11-11")], ["physical_harm"], None, None, [], None,
       "human_review"),
     "A hospital named nurse writes at 18:20 about a 10-month-old with bruising 'highly suspicious of "
     "non-accidental injury' - but the risk is already held by the people who can act tonight: police "
     "protection taken at 16:40, the EDT social worker on the ward at 17:30, a 1:1 nurse and supervised "
     "visits, 'she will not be discharged', strategy meeting booked for 09:30 with the MASH manager, and "
     "'no action is needed from the step-up inbox tonight'. Not urgent (risk managed, nothing asked "
     "today); kind other; physical_harm is the current concern.")
def rw05():
    f = "richmond_wandsworth_05.eml"
    date = "Tue, 21 Sep 2027 18:20:14 +0100"
    body = T("""
    Good evening,

    For information and for your records only - no action is needed from the step-up inbox tonight.

    Aria Kowalczyk (DOB 11/11/2026) was admitted to Cedar Ward this morning with bruising to both ears and her left cheek. The CP medical was completed at 15:00 by Dr Venkatesh and the findings are highly suspicious of non-accidental injury. Police (PC Whitlow, Wandsworth CAIT) took Aria into police protection at 16:40 and the notice has been served on mum and her partner.

    The EDT social worker (Gavin Reyes) came to the ward at 17:30 and agreed the plan with us: Aria stays on the ward tonight with a 1:1 nurse, parents may only visit under supervision, and security are aware. She will not be discharged. A strategy meeting is booked for 09:30 tomorrow with the MASH manager (Imogen Varley).

    Aria's family have had Early Help from the Roehampton hub since June, which is why I am copying this address: the step-up request your colleagues were preparing can now be closed into the strategy process.

    Kind regards
    Bernadette Oyelowo
    Named Nurse, Safeguarding Children
    Thames View Hospitals NHS Trust | 020 7946 0458

    """) + NHS_DISCLAIMER
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    hdrs = nhsmail_headers(date, '"OYELOWO, Bernadette (THAMES VIEW HOSPITALS NHS TRUST)" <bernadette.oyelowo@nhs.example>',
                           "MASH-StepUP@richmondandwandsworth.gov.uk",
                           "FOR INFORMATION - Aria Kowalczyk (Cedar Ward) - police protection in place", f,
                           cc="edt@richmondandwandsworth.gov.uk")
    return message(hdrs, alt, crlf=True)


@reg("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "2027-10-12T10:19:00+01:00", "near_miss",
     E("step_up", False, None, ["2320951"], [("Kian Pettifer", "2018-03-30"), ("Lottie Pettifer", "2021-09-14")],
       ["domestic_abuse"], True, True, [], None, "book_meeting"),
     "Step-up for release planning: the father who assaulted mum in 2025 is in prison until 22 November "
     "2027, has no contact, and the mail says 'there is no risk to the children now'; the only urgent "
     "words are a contingency ('if his release were brought forward ... we would ask for an immediate "
     "strategy discussion'). Hypothetical/future, so not urgent. Complete: case summary PDF and "
     "rationale under its heading, sent and agreed by the Early Help Team Manager; mum 'agrees with the "
     "step up' -> consent true.")
def rw06():
    f = "richmond_wandsworth_06.eml"
    date = "Tue, 12 Oct 2027 10:15:37 +0100"
    body = T("""
    Dear MASH,

    I have agreed a step up for Kian Pettifer (DOB 30/03/2018) and Lottie Pettifer (DOB 14/09/2021), Mosaic 2320951. The latest case summary is attached.

    Rationale for step up
    The children's father, Lee Pettifer, is serving a sentence at HMP Wandsworth for a serious assault on their mother in 2025, which Kian saw. Probation have told us his release date is 22 November 2027. His licence conditions are still being drafted and, at the moment, the family home is not an exclusion zone. Mum has told the Early Help worker that she wants him to come home, and Kian has said he is scared of his dad coming back.

    We think a statutory assessment is needed before the release, so that the licence conditions and the children's plan are informed by it. There is no risk to the children now: he is in custody and has had no contact since 2025. If his release were brought forward, probation have agreed to tell us straight away and we would ask for an immediate strategy discussion.

    Mum knows about the step up and agrees with it.

    Kind regards
    Marcus Adeyemi
    Early Help Team Manager - Richmond
    020 7946 0392
    """)
    pdf = make_pdf([
        "# Early Help case summary - Pettifer (Mosaic 2320951)",
        "Children: Kian Pettifer (30/03/2018), Lottie Pettifer (14/09/2021)",
        "Mother: Donna Pettifer. Father: Lee Pettifer (HMP Wandsworth).",
        "",
        "Early Help since January 2026 after the children's social care assessment closed. Work: the "
        "Freedom Programme for mum, play therapy for Kian, school support. Kian's sleep has improved.",
        "Mum has recently begun speaking to dad by phone from prison and says he has changed.",
    ], title="Case summary Pettifer")
    mixed = multipart("mixed", [text(body), attachment("Case summary Pettifer Oct27.pdf", "application/pdf", pdf)],
                      outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Adeyemi, Marcus" <Marcus.Adeyemi@richmondandwandsworth.gov.uk>'),
        ("To", RW_MASH),
        ("Subject", "Step up - Pettifer family - release planning (Mosaic 2320951)"),
        ("Thread-Topic", "Step up - Pettifer family - release planning (Mosaic 2320951)"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("richmond_wandsworth_07.eml", "richmond_wandsworth", "early_help_duty", "2027-10-25T09:24:00+01:00", "near_miss",
     E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "A counsellor asks for advice about an adult client's non-recent disclosure of sexual abuse in her "
     "own childhood; the abuser died in 2019, the client's own children (unnamed) never met him, and "
     "the counsellor and her supervisor have considered and found no child currently at risk. Risk to "
     "an adult only, historic; 'immediate risk' appears only in a question about procedures. Not "
     "urgent; kind other; no named child, no current concern.")
def rw07():
    f = "richmond_wandsworth_07.eml"
    date = "Mon, 25 Oct 2027 09:20:11 +0100"
    body = T("""
    Good morning,

    I'm a counsellor at Hearth Counselling in Twickenham and I'd be grateful for some advice about whether I need to make a referral.

    A client of mine, a woman of 34, has disclosed in our sessions that she was sexually abused between the ages of 8 and 12 by her uncle. She has given me permission to share this for advice. Her uncle died in 2019. She has had no contact with that side of the family for many years. She has two children of her own, aged 6 and 9, who never met him, and there is no one else she is worried about. She does not want police involvement at the moment.

    My supervisor and I have considered whether any child is currently at risk and we don't believe so, as the person she named has died. Could you tell me whether you need a referral from us, or whether this sits with the police's non-recent abuse team if she decides to report? Your partnership's procedures mostly talk about what to do when there is an immediate risk, which I don't think applies here.

    Many thanks,
    Ruth Adebanjo (MBACP)
    Counsellor, Hearth Counselling
    07700 900614
    """)
    alt = multipart("alternative", [text(body), text('<div dir="ltr">' + "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in body.strip().split("\n\n")) + "</div>\n", "html")],
                    gmail_bnd(f, "a"))
    hdrs = [
        ("Received", "by mail-wr1-f52.google.com with SMTP id ffacd0b85a97d-3a4e0c1d2f6so1187741f8f;\n " + date),
        ("From", "Ruth Adebanjo <ruth@hearth-counselling.example>"),
        ("To", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
        ("Subject", "Non-recent disclosure - advice on whether to refer"),
        ("Date", date),
        ("Message-ID", "<CAJ%s@mail.gmail.com>" % h(f, "mid", n=40)),
    ]
    return message(hdrs, alt, crlf=False)


@reg("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", "2027-09-01T11:34:00+01:00", "ordinary",
     E("step_down", False, None, ["1398462"], [("Chidera Okonkwo-Bell", "2014-02-17")],
       ["disability_send", "school_attendance"], True, True, [], None, "book_meeting"),
     "Complete Richmond & Wandsworth step-down: case discussion time agreed with the Early Help duty "
     "manager (Mon 6 Sept 2pm), case summary (.pdf), draft Early Help plan (.docx), consent given. "
     "Base64 UTF-8 text body. No level stated (null). No notice period applies.")
def rw08():
    f = "richmond_wandsworth_08.eml"
    date = "Wed, 1 Sep 2027 11:30:55 +0100"
    body = T("""
    Hi Jasper and team,

    As agreed on the phone this morning, confirming the step-down case discussion for Chidera Okonkwo-Bell (DOB 17/02/2014), Mosaic ID 1398462, on Monday 6 September at 2pm (Teams). My team manager, Priti Shah, who agreed the step down at the last CIN review, will join.

    Attached are the latest case summary and the draft plan for Early Help. Chidera and her mum have both consented to Early Help continuing the plan, and the school SENCO is willing to be lead professional. The CIN plan has achieved its outcomes; the remaining needs are Chidera's autism and anxiety around school (attendance 88%, EHC needs assessment under way).

    Thanks,
    Fiona

    Fiona Gallacher
    Social Worker, Children in Need (Richmond) | 020 7946 0377
    """)
    pdf = make_pdf([
        "# Case summary - Chidera Okonkwo-Bell (Mosaic 1398462) - August 2027",
        "CIN plan since February 2027 (mum's hospital admission; Chidera cared for by her aunt). Mum is now "
        "well and home. Chidera is autistic; EHC needs assessment requested by school in June.",
        "Attendance 88% (up from 71%).",
    ], title="Case summary Okonkwo-Bell")
    plan = make_docx([
        ("h", "Draft Early Help plan", 1),
        ("p", "Child: Chidera Okonkwo-Bell. Lead professional: Ms Helen Park, SENCO, Sheen Mount School (agreed)."),
        ("t", [["What needs to happen", "Who", "By when"],
               ["Graduated return plan for mornings", "School", "October half-term"],
               ["Autism parenting course for mum", "Early Help", "December 2027"],
               ["Review EHC needs assessment outcome", "SENCO / mum", "When issued"]]),
    ], author="Fiona Gallacher")
    mixed = multipart("mixed", [
        text(body, cte="base64"),
        attachment("Case summary - Okonkwo-Bell - Aug 2027.pdf", "application/pdf", pdf),
        attachment("Draft EH plan - Okonkwo-Bell.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Gallacher, Fiona" <Fiona.Gallacher@richmondandwandsworth.gov.uk>'),
        ("To", RW_EH),
        ("Subject", "Step down case discussion - confirmed Mon 6 Sept 2pm - Okonkwo-Bell"),
        ("Thread-Topic", "Step down case discussion - confirmed Mon 6 Sept 2pm - Okonkwo-Bell"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("richmond_wandsworth_09.eml", "richmond_wandsworth", "mash_step_up", "2027-10-14T08:56:00+01:00", "ordinary",
     E("meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply"),
     "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) to the step-up case "
     "discussion invitation [SB-richmond_wandsworth-97], with a one-line comment about joining from "
     "the car.")
def rw09():
    f = "richmond_wandsworth_09.eml"
    date = "Thu, 14 Oct 2027 08:52:03 +0100"
    ics = ical_fold([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", *VTIMEZONE,
        "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"Delgado, Rosa\":mailto:Rosa.Delgado@richmondandwandsworth.gov.uk",
        "COMMENT;LANGUAGE=en-GB:Will join from the car - on a visit until 9.55.\\n",
        "UID:" + outlook_uid("rw-sb-97"),
        "SUMMARY;LANGUAGE=en-GB:Accepted: Step-up case discussion [SB-richmond_wandsworth-97]",
        "DTSTART;TZID=GMT Standard Time:20271015T100000",
        "DTEND;TZID=GMT Standard Time:20271015T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20271014T075203Z", "TRANSP:OPAQUE", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR",
    ])
    alt = multipart("alternative", [
        text("Will join from the car - on a visit until 9.55.\n"),
        text(OUTLOOK_HEAD + paras_html("Will join from the car - on a visit until 9.55.") + OUTLOOK_TAIL, "html"),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'), ("Content-Transfer-Encoding", "base64")],
             b64lines(ics)),
    ], outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Delgado, Rosa" <Rosa.Delgado@richmondandwandsworth.gov.uk>'),
        ("To", RW_MASH),
        ("Subject", "Accepted: Step-up case discussion [SB-richmond_wandsworth-97]"),
        ("Thread-Topic", "Step-up case discussion [SB-richmond_wandsworth-97]"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return message(hdrs, alt, crlf=True)


# ============================================================================================
# TOWER HAMLETS
# ============================================================================================
TH_MAST = "MAST <MAST@towerhamlets.gov.uk>"
TH_EH = "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"


@reg("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2027-10-05T12:19:00+01:00", "urgent",
     E("step_up", True, None, [], [("Grace Mensima-Boateng", "2019-06-03")], ["physical_harm", "school_attendance"],
       None, None, ["manager_agreed", "request_for_support"], None, "alert_duty"),
     "An Early Help practitioner forwards to MAST, 'can we discuss at the next MAST meeting?', a "
     "community volunteer's email in very poor English: the 8-year-old's aunt calls her a witch, she was "
     "held down during rough prayers on Sunday with finger marks on her arm, and 'the prophet is coming "
     "tonight to the house for the deliverance' with three days without food or drink. Abuse linked to "
     "faith or belief, tonight: urgent -> alert_duty, although the sender under-rates it. As a MAST "
     "step-up it lacks the MARF and manager agreement ('haven't spoken to my manager yet'). The family "
     "is open to Early Help for school attendance, a current concern. Forced fasting and the rough "
     "restraint are labelled physical_harm.")
def th01():
    f = "tower_hamlets_01.eml"
    date = "Tue, 5 Oct 2027 12:14:58 +0100"
    body = T("""
    Hi MAST,

    Forwarding the email below from Mrs Blessing Ade, a volunteer who helps at the Saturday club. Her English isn't great so I've left it as she wrote it.

    Grace Mensima-Boateng (DOB 03/06/2019) is open to us for Early Help (school attendance and housing). Grace came from Ghana in January and lives with her aunt in Bow. I'm not sure what to make of this - could we discuss it at the next MAST meeting? I haven't spoken to my manager yet as she's off today.

    Thanks
    Shanice

    Shanice Oduro
    Early Help Practitioner | Bow Family Hub | London Borough of Tower Hamlets | 020 7946 0721

    From: Blessing Ade <blessing.ade@freemail.example>
    Sent: Tuesday, October 5, 2027 10:02 AM
    To: Oduro, Shanice <Shanice.Oduro@towerhamlets.gov.uk>
    Subject: about the girl Grace

    Good morning sister Shanice,

    I am write to you because I am worry for the small girl Grace Mensima-Boateng. Her auntie who she living with now she say to everybody in the church that Grace is a witch, that she is the one bringing the bad luck and the sickness in the family since she come from Ghana. Sunday she make Grace to stand in the front and they pray over her very rough, they hold her head down on the floor and she was crying. Auntie tell me the prophet is coming tonight to the house for the deliverance and Grace will not eat or drink nothing for three days so the spirit can go out from her. I see the marks on Grace arm on Sunday like somebody hold her very tight with the fingers.

    Please I dont know who to tell. I dont want the auntie to know it is me who tell.

    God bless you
    Blessing
    """)
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Oduro, Shanice" <Shanice.Oduro@towerhamlets.gov.uk>'),
        ("To", TH_MAST),
        ("Subject", "FW: about the girl Grace - can we discuss at MAST?"),
        ("Thread-Topic", "about the girl Grace"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, alt, crlf=True)


@reg("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2027-10-16T06:45:00+01:00", "urgent",
     E("other", True, None, [], [], ["sexual_harm"], None, None, [], None, "alert_duty"),
     "A labour-ward coordinating midwife emails MAST at 06:41 on a Saturday because the out-of-hours "
     "line is engaged: a mother in established labour (baby expected within hours) whose alert says the "
     "baby is 'not to be discharged without CSC agreement', with no CSC birth plan on the system; her "
     "partner, subject to a Sexual Harm Prevention Order, is on the ward saying 'nobody is taking this "
     "baby' and they will leave 'as soon as it's out'. Urgent (a baby about to be born into an "
     "immediate risk) -> alert_duty. The baby is unborn and unnamed and the mother (22) is an adult, so "
     "children []. Kind other.")
def th02():
    f = "tower_hamlets_02.eml"
    date = "Sat, 16 Oct 2027 06:41:33 +0100"
    body = T("""
    Good morning,

    I'm the coordinating midwife on Delivery Suite. I am emailing because I cannot get through on 0207 364 4079 (engaged since 06:05) and I need a social worker to call me back this morning.

    Ms Rukhsana Begum (22), EDD 24/10/2027, was admitted at 04:50 in established labour and is now 7 cm; we expect the baby within the next two to three hours. Her maternity record carries a safeguarding alert saying that a pre-birth child protection conference was held on 30/09/2027 and that the baby is "not to be discharged without CSC agreement", but there is no birth plan from Children's Social Care on the system and no name of a social worker.

    Her partner, Imran Qureshi, is with her on the labour ward. The alert says he is subject to a Sexual Harm Prevention Order and must not have unsupervised contact with children. He has told two of my midwives that "nobody is taking this baby" and that they will be leaving "as soon as it's out". Security are aware, but we have no power to stop them leaving.

    Please call me on the Delivery Suite coordinator line, 020 7946 0552.

    Roxanne Achterberg RM
    Coordinating Midwife, Delivery Suite
    East Thames Maternity Unit

    """) + NHS_DISCLAIMER
    hdrs = [
        ("Received", "from NHSMAIL-RELAY-01.nhs.example (10.20.3.11) by\n mx2.towerhamlets.gov.uk with ESMTPS; " + date),
        ("From", '"ACHTERBERG, Roxanne (EAST THAMES MATERNITY)" <roxanne.achterberg@nhs.example>'),
        ("To", "MAST@towerhamlets.gov.uk"),
        ("Subject", "Safeguarding - mother in established labour - no CSC birth plan on system - partner\n on ward"),
        ("Thread-Topic", "Safeguarding - mother in established labour - no CSC birth plan on system - partner on ward"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("Importance", "high"),
    ]
    return message(hdrs, text(body, cte="base64"), crlf=True)


@reg("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "2027-10-21T13:10:00+01:00", "urgent",
     E("follow_up", True, None, ["1467309"], [("Sumaiya Hussain", "2014-04-09")], ["exploitation", "sexual_harm"],
       None, None, [], None, "alert_duty"),
     "Reply to [SB-tower_hamlets-57] from a school DSL that only says 'please find attached our incident "
     "log export ... for the handover pack'. The last row of the attached text PDF, logged at 11:42 today "
     "and passed to the DSL who is in meetings until 3.30pm, says a 13-year-old has been groomed on "
     "Snapchat by an adult posing as 17, asked for photos, and has arranged to meet him at 4pm today "
     "at Stratford bus station with a change of clothes. Urgent -> alert_duty. Online grooming is "
     "exploitation + sexual_harm. The earlier log rows (late once, an argument about an iPad, parents' "
     "evening) are not concerns. The Mosaic id is in the quoted acknowledgement.")
def th03():
    f = "tower_hamlets_03.eml"
    date = "Thu, 21 Oct 2027 13:05:12 +0100"
    body = T("""
    Hello,

    As requested at Tuesday's TAF, please find attached our incident log export for Sumaiya for the handover pack.

    Regards,
    Daniel Whitcombe
    Designated Safeguarding Lead | Cranbrook Park Academy | 020 7946 0903

    """)
    quoted = "\n".join("> " + x if x else ">" for x in (T("""
    On 19 Oct 2027, at 16:31, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:

    [SB-tower_hamlets-57] Step-down request received - Hussain

    Your step-down request for Sumaiya Hussain (Mosaic 1467309) has been received and is complete. The TAF meeting you have arranged (Tuesday 26 October 2027, 10:00) has been recorded; minutes are due on Mosaic within 10 working days of the end of the Child and Family Assessment.

    Early Help Hub (automated message)
    """)).rstrip("\n").split("\n")) + "\n"
    pdf = make_pdf([
        "# SafeLog - incident export",
        "Student: Sumaiya Hussain    Year 9    DOB: 09/04/2014",
        "Exported by: D. Whitcombe    21/10/2027 12:58    Filter: all categories, 01/09/2027 - 21/10/2027",
        "",
        "13/09/2027 08:50  Attendance - late (bus). Action: none.",
        "27/09/2027 14:10  Wellbeing - upset after PE; said she had argued with her brother about the family "
        "iPad. Action: chat with form tutor. Resolved.",
        "07/10/2027 16:00  Parental contact - mum attended parents' evening with an interpreter. Action: none.",
        "21/10/2027 11:42  Online safety - Sumaiya's friend (Year 9) told Ms Ahmed that Sumaiya has been "
        "talking on Snapchat since the summer to 'Zak', who says he is 17 but whose photos look like a grown "
        "man. He has sent her gifts (a phone case, make-up) and has asked her for photos. Sumaiya has "
        "arranged to meet him after school today at 4pm at Stratford bus station; he told her not to tell "
        "anyone and to bring a change of clothes. The friend showed Ms Ahmed the messages on her own phone. "
        "Action: passed to DSL (DW) - DSL in meetings until 3.30pm.",
    ], title="SafeLog export - Sumaiya Hussain")
    mixed = multipart("mixed", [text(body + quoted),
                                attachment("Incident log export - Sumaiya Hussain - 21.10.27.pdf", "application/pdf", pdf)],
                      apple_bnd(f, "m"))
    hdrs = [
        ("Received", "from EUR03-DB5-obe.outbound.protection.outlook.example (192.0.2.44) by\n mx2.towerhamlets.gov.uk with ESMTPS; " + date),
        ("From", "Daniel Whitcombe <d.whitcombe@cranbrookpark.example>"),
        ("To", "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"),
        ("Subject", "Re: [SB-tower_hamlets-57] Step-down request received - Hussain"),
        ("Date", date),
        ("Message-ID", "<%s@cranbrookpark.example>" % h(f, "mid", n=32).upper()),
        ("In-Reply-To", "<SB-tower_hamlets-57.ack.20271019163100@towerhamlets.gov.uk>"),
        ("References", "<SB-tower_hamlets-57.ack.20271019163100@towerhamlets.gov.uk>"),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    return message(hdrs, mixed, crlf=False)


@reg("tower_hamlets_04.eml", "tower_hamlets", "mash_step_up", "2027-10-13T12:35:00+01:00", "urgent",
     E("step_up", True, None, ["1471188"], [("Maryam Ali", "2024-07-26")], ["parental_mental_health", "physical_harm"],
       None, True, [], None, "alert_duty"),
     "A complete MAST step-up (MARF .docx attached, manager cc'd and agreed) with a Teams meeting "
     "transcript (.vtt) attached. The covering note says only that mum 'became upset and left the call' "
     "and the worker will ring her tomorrow; the MARF answers 'Immediate risk to the child? No' "
     "(completed yesterday). In the transcript mum says 'If you lot take her off me I'll take us both "
     "off the bridge tonight. I mean it. I've already thought about where.' A threat to kill herself "
     "and her 14-month-old tonight: urgent -> alert_duty. Mum 'is aware of this request' is not consent "
     "(null; not required for a MAST step-up).")
def th04():
    f = "tower_hamlets_04.eml"
    date = "Wed, 13 Oct 2027 12:30:41 +0100"
    body = T("""
    Dear MAST,

    Please find attached the Multi-Agency Request for Support for Maryam Ali (DOB 26/07/2024), Mosaic 1471188, and the Teams transcript of this morning's TAF meeting. My manager, Nadia Sheikh (cc'd), has agreed the step up.

    In short: mum (Sadia Ali, 24) has struggled with her mental health since Maryam was born, the TAF plan has not made progress, and her perinatal mental health team are worried about her.

    Mum became upset in this morning's TAF and left the call at 11:20. I'll try to ring her tomorrow.

    Kind regards
    Faisal Karim
    Lead Practitioner, Early Help | Stepney Family Hub | 020 7946 0766
    """)
    marf = make_docx([
        ("h", "Multi-Agency Request for Support (MARF)", 1),
        ("t", [["Child", "Maryam Ali"], ["DOB", "26/07/2024"], ["Mosaic", "1471188"],
               ["Parent/carer", "Sadia Ali (mother)"], ["Address", "Flat 12, Ropery House, Stepney E1"],
               ["Referrer", "Faisal Karim, Lead Practitioner, Stepney Family Hub"],
               ["Immediate risk to the child?", "No (completed 12/10/2027)"],
               ["Parent aware of the request?", "Mum is aware of this request"],
               ["Manager agreement", "Nadia Sheikh, Team Manager, agreed 12/10/2027"]]),
        ("h", "Reason for request", 2),
        ("p", "Mum has postnatal depression that has not lifted and she has stopped taking her medication. Maryam is well cared for physically but mum says "
              "she 'can't feel anything' for her. The TAF plan (since January) has not made progress."),
    ], author="Faisal Karim")
    vtt = T("""
    WEBVTT

    00:00:04.120 --> 00:00:09.880
    <v Faisal Karim>Morning everyone, thanks for joining. This is the TAF review for Maryam.

    00:00:10.400 --> 00:00:16.950
    <v Faisal Karim>Sadia, thanks for coming on. Jo from health visiting is here, and Mandy from the nursery.

    00:12:31.000 --> 00:12:40.210
    <v Health Visitor (Jo Rendell)>Maryam's weight is fine, she's on the 50th, and she was babbling away at the review.

    00:38:02.500 --> 00:38:14.700
    <v Faisal Karim>So where we've got to is that I'm going to ask MAST to look at this with us, because the plan isn't working for you.

    00:41:10.300 --> 00:41:18.020
    <v Sadia Ali>No. No, I'm not doing this again. You're all talking like she's already gone.

    00:41:18.500 --> 00:41:27.900
    <v Faisal Karim>Sadia, nobody's saying that. We're talking about getting you more support.

    00:41:28.100 --> 00:41:39.600
    <v Sadia Ali>If you lot take her off me I'll take us both off the bridge tonight. I mean it. I've already thought about where.

    00:41:40.000 --> 00:41:43.200
    <v Health Visitor (Jo Rendell)>Sadia, can we just-

    00:41:43.900 --> 00:41:45.100
    <v Sadia Ali>I'm done.

    00:41:46.000 --> 00:41:52.400
    <v Faisal Karim>She's left the meeting. OK. Let's... let's go through the actions.
    """)
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    mixed = multipart("mixed", [
        alt,
        attachment("MARF - Maryam Ali.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", marf),
        attachment("TAF review - Maryam - 13 October 2027 - transcript.vtt", "text/vtt", vtt.replace("\n", "\r\n").encode("utf-8")),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Karim, Faisal" <Faisal.Karim@towerhamlets.gov.uk>'),
        ("To", TH_MAST),
        ("Cc", '"Sheikh, Nadia" <Nadia.Sheikh@towerhamlets.gov.uk>'),
        ("Subject", "Step up request - Maryam Ali (DOB 26/07/2024) - MARF attached"),
        ("Thread-Topic", "Step up request - Maryam Ali (DOB 26/07/2024) - MARF attached"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", "2027-09-27T09:15:00+01:00", "near_miss",
     E("other", False, None, [], [("Rayan Kamal", None)], [], None, None, [], None, "human_review"),
     "An Outlook meeting cancellation (iTIP METHOD:CANCEL, STATUS:CANCELLED) for a strategy discussion "
     "about a missing 14-year-old: he was found safe and well last night, the return-home interview "
     "disclosed no exploitation or injury, police closed the episode and MAST decided no further "
     "action. Resolved, so not urgent and no current concern. A CANCEL is not an iTIP REPLY, so the "
     "kind is other.")
def th05():
    f = "tower_hamlets_05.eml"
    date = "Mon, 27 Sep 2027 09:12:27 +0100"
    body = T("""
    This strategy discussion is no longer needed.

    Rayan Kamal (14) was found safe and well by police at 23:50 last night at his cousin's house in Leyton and is back home with mum. The police return-home interview was done at 08:00 this morning: no exploitation indicators disclosed, no injuries, and he went to his cousin's after an argument about his phone. Police have closed the missing episode.

    MAST decision: no further action under s47. Early Help (Bow hub) will follow up through the existing TAF.

    Maryam
    """)
    ics = ical_fold([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", *VTIMEZONE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Okonjo, Maryam\":mailto:Maryam.Okonjo@towerhamlets.gov.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MAST:mailto:MAST@towerhamlets.gov.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=DS Kerry Flint:mailto:kerry.flint@met.police.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Oduro, Shanice\":mailto:Shanice.Oduro@towerhamlets.gov.uk",
        "DESCRIPTION;LANGUAGE=en-GB:" + ical_escape(body),
        "UID:" + outlook_uid(f),
        "SUMMARY;LANGUAGE=en-GB:Canceled: Strategy discussion - Kamal (missing child)",
        "DTSTART;TZID=GMT Standard Time:20270927T113000",
        "DTEND;TZID=GMT Standard Time:20270927T123000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20270927T081227Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2",
        "END:VEVENT", "END:VCALENDAR",
    ])
    alt = multipart("alternative", [
        text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html"),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=CANCEL'), ("Content-Transfer-Encoding", "base64")],
             b64lines(ics)),
    ], outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Okonjo, Maryam" <Maryam.Okonjo@towerhamlets.gov.uk>'),
        ("To", "MAST <MAST@towerhamlets.gov.uk>, DS Kerry Flint <kerry.flint@met.police.example>"),
        ("Cc", '"Oduro, Shanice" <Shanice.Oduro@towerhamlets.gov.uk>'),
        ("Subject", "Canceled: Strategy discussion - Kamal (missing child)"),
        ("Thread-Topic", "Strategy discussion - Kamal (missing child)"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Importance", "high"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ]
    return message(hdrs, alt, crlf=True)


@reg("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", "2027-09-08T14:49:00+01:00", "near_miss",
     E("step_down", False, None, ["1459021", "1459022"], [("Ibrahim Uddin", "2018-05-21"), ("Hafsa Uddin", "2021-12-02")],
       ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting"),
     "A complete Tower Hamlets step-down whose pasted strategy discussion record uses the most urgent "
     "words ('strangled mum and said he'd kill all of us', 'immediate risk of significant harm') about "
     "August; the s47 is concluded, dad is remanded until a March 2028 trial, the family has moved and "
     "the children feel safe. A closed strategy discussion, so not urgent. C&F assessment (.pdf), draft "
     "TAF plan (.docx), consent and a named lead practitioner with her agency: nothing missing. Domestic "
     "abuse stays a concern because the Early Help plan is about recovery from it.")
def th06():
    f = "tower_hamlets_06.eml"
    date = "Wed, 8 Sep 2027 14:45:09 +0100"
    intro = T("""
    Dear Early Help Hub,

    I am stepping down Ibrahim Uddin (DOB 21/05/2018, Mosaic 1459021) and Hafsa Uddin (DOB 02/12/2021, Mosaic 1459022) to Early Help following the Child and Family Assessment concluded on 03/09/2027. The C&F assessment and the draft TAF plan are attached.

    TAF meeting (I will chair): Thursday 16 September 2027, 10:00, Poplar Family Hub.
    Lead Practitioner: Ms Farida Choudhury, Family Support Worker, Poplar Family Hub - she has agreed.
    Consent: mum has consented to the step down and to Farida being the lead practitioner.
    Management oversight: agreed by my team manager, Kelechi Obi, on 06/09/2027.

    For background, the strategy discussion record is pasted below.
    """)
    rows = [
        ["Strategy discussion record (s47)", ""],
        ["Date", "18/08/2027"],
        ["Reason", "Ibrahim (9) told his teacher that dad \"strangled mum and said he'd kill all of us\". Police "
                   "attended; dad arrested. Immediate risk of significant harm identified; the children stayed "
                   "with their maternal aunt under a safety plan."],
        ["Outcome (s47 concluded 03/09/2027)", "Dad charged and remanded in custody at HMP Thameside; trial listed "
                   "for March 2028. Mum engaged with the IDVA and moved with the children to a new tenancy in "
                   "Poplar. Children's views: they feel safe. Concerns substantiated but the risk is now managed; "
                   "no CP plan needed; step down to Early Help with a TAF."],
    ]
    outro = T("""
    What we are worried about now is the children's emotional wellbeing after what they saw, and mum's anxiety and low mood; the plan is about their recovery from the domestic abuse (Freedom Programme, play therapy for Ibrahim).

    Kind regards
    Oliver Brennan-Shah
    Social Worker | Children's Social Work Team 2 | London Borough of Tower Hamlets | 020 7946 0734
    """)
    plain = intro + "\n" + table_text(rows) + "\n" + outro
    htmlbody = OUTLOOK_HEAD + paras_html(intro) + table_html(rows) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras_html(outro) + OUTLOOK_TAIL
    pdf = make_pdf([
        "# Child and Family Assessment - outcome summary",
        "Children: Ibrahim Uddin (21/05/2018, Mosaic 1459021); Hafsa Uddin (02/12/2021, Mosaic 1459022)",
        "Assessment started 18/08/2027, concluded 03/09/2027. Social worker: O. Brennan-Shah.",
        "Analysis: the children were exposed to serious domestic abuse. The perpetrator is remanded in custody. "
        "Mum is protective and has engaged with the IDVA and housing. Outcome: step down to Early Help (TAF).",
    ], title="C&F assessment Uddin")
    plan = make_docx([
        ("h", "TAF plan (draft) - Uddin family", 1),
        ("p", "Lead Practitioner: Farida Choudhury, Poplar Family Hub."),
        ("t", [["Need", "Action", "Who", "When"],
               ["Children's emotional wellbeing", "Play therapy referral for Ibrahim", "LP", "October 2027"],
               ["Mum's recovery from domestic abuse", "Freedom Programme; IDVA to continue", "IDVA / LP", "From September"],
               ["Mum's anxiety", "GP review; talking therapies", "Mum", "September 2027"]]),
    ], author="Oliver Brennan-Shah")
    alt = multipart("alternative", [text(plain), text(htmlbody, "html")], outlook_bnd(f, "000"))
    mixed = multipart("mixed", [
        alt,
        attachment("C&F Assessment - Uddin - concluded 03.09.27.pdf", "application/pdf", pdf),
        attachment("TAF plan (draft) - Uddin.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Brennan-Shah, Oliver" <Oliver.Brennan-Shah@towerhamlets.gov.uk>'),
        ("To", TH_EH),
        ("Subject", "Step down to Early Help - Uddin children - TAF 16/09"),
        ("Thread-Topic", "Step down to Early Help - Uddin children - TAF 16/09"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", "2027-09-30T16:14:00+01:00", "near_miss",
     E("other", False, None, ["1450637"], [("Aisha Akhtar", None)], ["physical_harm"], None, None, [], None,
       "human_review"),
     "A 7-year-old who moved to Essex last week has a burn she says is from the iron - but the Early "
     "Help worker has already phoned Essex Children's Social Care, who took it as a child protection "
     "referral; their duty social worker and Essex Police are visiting this afternoon and the child is "
     "staying with the school DSL until they arrive. Copied to MAST 'so our records show we've passed it "
     "on - nothing for Tower Hamlets to do'. The risk is held by the people who can act; not urgent "
     "here. Kind other; physical_harm is the current concern.")
def th07():
    f = "tower_hamlets_07.eml"
    date = "Thu, 30 Sep 2027 16:10:46 +0100"
    body = T("""
    Hi MAST,

    FYI only. The Akhtar family (Mosaic 1450637) moved to Basildon, Essex, last week; we were about to close our Early Help episode.

    This afternoon Aisha Akhtar's new school in Basildon rang me (they still had my number from the transfer) to say Aisha (7) came in with a burn on the back of her hand that she says is from the iron. I rang Essex Children's Social Care front door at 14:20; they have taken it as a child protection referral, and their duty social worker and Essex Police are visiting the home this afternoon. Aisha is staying at school with the DSL until they arrive. Essex have asked for our chronology, which I've sent.

    I'm copying MAST so our records show we've passed it on - there's nothing for Tower Hamlets to do. I'll close our EH episode once Essex confirm they have it.

    Hannah Reece
    Early Help Practitioner | Whitechapel Family Hub | 020 7946 0712
    """)
    hdrs = outlook_received(date) + [
        ("From", '"Reece, Hannah" <Hannah.Reece@towerhamlets.gov.uk>'),
        ("To", TH_MAST),
        ("Subject", "FYI - Akhtar family now in Essex - Essex CSC and police visiting today"),
        ("Thread-Topic", "FYI - Akhtar family now in Essex - Essex CSC and police visiting today"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(body), crlf=True)


@reg("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "2027-10-19T11:24:00+01:00", "ordinary",
     E("step_down", False, None, ["1466310", "1466311"], [("Zainab Rahman", "2016-03-12"), ("Idris Rahman", "2020-10-05")],
       ["parental_mental_health", "school_attendance"], True, None, ["lead_practitioner"], None, "request_info"),
     "HTML-only Outlook step-down with the children in a table and the TAF plan pasted under its own "
     "heading; C&F assessment PDF attached and consent given, but the lead practitioner is 'tbc - school "
     "to confirm', so lead_practitioner is missing. Manager not mentioned (null).")
def th08():
    f = "tower_hamlets_08.eml"
    date = "Tue, 19 Oct 2027 11:20:30 +0100"
    intro = T("""
    Hello,

    Step down to Early Help for the Rahman children following the C&F assessment (concluded 14/10/2027, attached). Mum (Rehana Rahman) has given consent for the step down.
    """)
    kids = [["Name", "DOB", "Mosaic", "School"],
            ["Zainab Rahman", "12/03/2016", "1466310", "Stepney Green Primary"],
            ["Idris Rahman", "05/10/2020", "1466311", "Stepney Green Primary (Year 2)"]]
    rest = T("""
    Lead Practitioner: tbc - school to confirm after their SLT meeting.

    TAF meeting: I will arrange it once the lead practitioner is confirmed.

    Draft TAF plan
    1. Attendance plan with the school (Zainab 86%).
    2. Mum's GP review for depression; referral to talking therapies.
    3. Early Help parenting group in the spring term.

    Many thanks
    Joanne Mbatha
    Social Worker | Children's Social Work Team 4 | 020 7946 0745
    """)
    htmlbody = OUTLOOK_HEAD + paras_html(intro) + table_html(kids) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras_html(rest) + OUTLOOK_TAIL
    pdf = make_pdf([
        "# Child and Family Assessment - Rahman",
        "Zainab Rahman (12/03/2016, Mosaic 1466310); Idris Rahman (05/10/2020, Mosaic 1466311)",
        "Concluded 14/10/2027. Outcome: step down to Early Help. Mum's depression; Zainab's attendance.",
    ], title="C&F assessment Rahman")
    mixed = multipart("mixed", [text(htmlbody, "html"),
                                attachment("CFA Rahman 14.10.27.pdf", "application/pdf", pdf)], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Mbatha, Joanne" <Joanne.Mbatha@towerhamlets.gov.uk>'),
        ("To", TH_EH),
        ("Subject", "Step down - Rahman children"),
        ("Thread-Topic", "Step down - Rahman children"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("tower_hamlets_09.eml", "tower_hamlets", "early_help_duty", "2027-10-22T16:03:00+01:00", "ordinary",
     E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
     "Exchange out-of-office (HTML only, Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) "
     "answering a stepbot acknowledgement; annual leave, a duty senior's number. Ignore.")
def th09():
    f = "tower_hamlets_09.eml"
    date = "Fri, 22 Oct 2027 16:00:18 +0100"
    htmlbody = OUTLOOK_HEAD + paras_html(T("""
    Thank you for your email. I am on annual leave until Monday 1 November 2027 and will not be checking my emails.

    For anything about my allocated families, please contact the duty senior practitioner on 020 7946 0610 or email the Early Help Hub.
    """)) + OUTLOOK_TAIL
    hdrs = outlook_received(date) + [
        ("From", '"Mbatha, Joanne" <Joanne.Mbatha@towerhamlets.gov.uk>'),
        ("To", "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"),
        ("Subject", "Automatic reply: [SB-tower_hamlets-63] Step-down request received - Rahman"),
        ("Thread-Topic", "[SB-tower_hamlets-63] Step-down request received - Rahman"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("In-Reply-To", "<SB-tower_hamlets-63.ack.20271022155900@towerhamlets.gov.uk>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "Joanne.Mbatha@towerhamlets.gov.uk"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(htmlbody, "html"), crlf=True)


# ============================================================================================
# TORBAY
# ============================================================================================
TB_MASH = "Torbay MASH <mash@torbay.gov.uk>"
TB_EH = "Torbay Early Help <earlyhelp@torbay.gov.uk>"


@reg("torbay_01.eml", "torbay", "mash_step_up", "2027-09-15T15:38:00+01:00", "urgent",
     E("other", True, None, [], [("Finn Mortimore", None), ("Isla Mortimore", None)], ["neglect", "substance_misuse"],
       None, None, [], None, "alert_duty"),
     "A primary school office manager (DSL away) writes at 15:34: at 15:20 a mother who smelled "
     "strongly of alcohol and was unsteady drove off with her 6- and 4-year-old, the younger without a "
     "car seat, clipping the kerb and nearly hitting a parent; the school rang 101 and was told to "
     "expect a call back within 24 hours. Children in a car with a drunk driver now: urgent -> "
     "alert_duty. Kind other. Concerns: substance_misuse (the carer's alcohol) and neglect (the danger "
     "she put them in).")
def tb01():
    f = "torbay_01.eml"
    date = "Wed, 15 Sep 2027 15:34:10 +0100"
    body = T("""
    Hello

    I am the office manager at Barton Hill Primary School. Our DSL is out on a course today so I have been told to email you.

    At 3.20pm today Finn Mortimore (Year 2) and his sister Isla Mortimore (Reception) were collected by their mum, Stacey Mortimore. Two members of staff on the gate noticed that she smelled strongly of alcohol and was unsteady on her feet. She put the children in the back of her car and drove off before anyone could stop her. On the way out she clipped the kerb and nearly hit a parent on the crossing. Isla was not in a car seat.

    We rang 101 and were given a log number, and told to expect a call back within 24 hours. We don't know if the children are home. Their address is 22 Cadewell Crescent.

    Could someone please let us know what we should do next?

    Karen Pengelly
    Office Manager, Barton Hill Primary School
    01632 960413

    Sent from my iPad
    """)
    hdrs = [
        ("Received", "from smtp.bartonhill-primary.example (192.0.2.88) by mx.torbay.gov.uk\n with ESMTPS; " + date),
        ("From", "Karen Pengelly <office@bartonhill-primary.example>"),
        ("To", "mash@torbay.gov.uk"),
        ("Subject", "Parent left with children - smelled of alcohol"),
        ("Date", date),
        ("Message-ID", "<%s@bartonhill-primary.example>" % h(f, "mid", n=36).upper()),
        ("X-Mailer", "iPad Mail (22A3354)"),
    ]
    return message(hdrs, text(body, charset="us-ascii", cte="7bit"), crlf=False)


@reg("torbay_02.eml", "torbay", "mash_step_up", "2027-10-04T11:54:00+01:00", "urgent",
     E("step_up", True, None, ["LCS-2317720", "EHM-741903"],
       [("Daisy Lowe", "2021-08-17"), ("Tyler Lowe", "2013-02-02")], ["sexual_harm"], True, True, [], None,
       "alert_duty"),
     "A complete Torbay step-up (contact to MASH with mum's consent and the team manager's agreement) "
     "about harmful sexual behaviour between siblings: during body-safety work this morning the "
     "6-year-old said her 14-year-old brother 'does rude things' to her under the covers 'when mummy's "
     "asleep'; they share a bedroom and mum, who disbelieves it, will not separate them tonight. Urgent "
     "-> alert_duty; nothing missing. Both children are listed (the brother is 14).")
def tb02():
    f = "torbay_02.eml"
    date = "Mon, 4 Oct 2027 11:50:03 +0100"
    body = T("""
    Dear MASH,

    Contact for Daisy Lowe (DOB 17/08/2021), LCS-2317720, and her brother Tyler Lowe (DOB 02/02/2013). The family's Early Help episode is EHM-741903.

    Following a discussion with my team manager, Owen Berryman, this morning, we agree this new information needs to be considered for a level 4 statutory intervention. Mum (Gemma Lowe) has given her consent for this contact to MASH.

    New information
    At our 9.30 session today, while we were doing the body safety work, Daisy told me that Tyler "does rude things" to her under the covers and tells her it's a game, and that it happens "when mummy's asleep". Daisy and Tyler share a bedroom. I told mum straight after the session; she says Daisy is making it up, that "they'll be fine tonight, they always are", and that she can't separate them because there are only two bedrooms. Tyler does not know about the disclosure yet.

    Background
    Early Help since April (help with routines after a family bereavement). No previous CSC involvement.

    Kind regards
    Jess Trewartha
    Early Help Practitioner | Paignton Family Hub | Torbay Council | 01632 960471
    """)
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Trewartha, Jess" <Jess.Trewartha@torbay.gov.uk>'),
        ("To", TB_MASH),
        ("Cc", '"Berryman, Owen" <Owen.Berryman@torbay.gov.uk>'),
        ("Subject", "Contact to MASH - Lowe family - LCS-2317720 / EHM-741903"),
        ("Thread-Topic", "Contact to MASH - Lowe family - LCS-2317720 / EHM-741903"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, alt, crlf=True)


@reg("torbay_03.eml", "torbay", "early_help_duty", "2027-10-26T13:45:00+01:00", "urgent",
     E("follow_up", True, None, ["LCS-2325514"], [("Bonnie Hext", "2027-02-14")], ["neglect"], None, None, [], None,
       "alert_duty"),
     "Reply to [SB-torbay-73] that just 'adds my contact log for the triage pre-read'. The danger is "
     "only in the timeline, in neutral notes the sender never evaluates: an 8-month-old heard crying "
     "inside a locked flat at 11:30, curtains shut, the neighbour saw mum leave with a holdall at 10pm "
     "last night and no one else lives there, phone off, dad in Plymouth; 'will try again tomorrow'. A "
     "baby possibly alone since last night: urgent -> alert_duty. Child and DOB from the quoted "
     "acknowledgement.")
def tb03():
    f = "torbay_03.eml"
    date = "Tue, 26 Oct 2027 13:40:22 +0100"
    body = T("""
    Hi,

    Adding my contact log from today for the triage pre-read, as Mark asked.

    26/10 09:10  Texted Kerry (mum) re today's 11:30 appt. No reply.
    26/10 11:30  HV at 5 Brunel Mews. No answer. Baby (Bonnie) heard crying inside, on and off, for the 10 mins I was there. Curtains shut. Pram in hallway (seen through the glass).
    26/10 11:45  Neighbour (no. 7) said she saw Kerry leave last night about 10pm with a holdall and get into a car. Hasn't seen her come back. No one else lives there.
    26/10 12:05  Rang Kerry x3 - straight to voicemail. Left msg.
    26/10 12:20  Rang dad (Liam) - he is working in Plymouth until Friday, says Kerry has "probably gone to her mate's".
    26/10 12:25  Left. Will try again tomorrow morning before the triage paperwork is due.

    Rebecca

    Rebecca Stentiford
    Family Support Worker | Torbay Early Help | 01632 960455
    """)
    quoted = ack_block(TB_EH, "22 October 2027 10:02", "Tozer, Mark <Mark.Tozer@torbay.gov.uk>",
                       "[SB-torbay-73] Triage slot confirmed - Tue 9 Nov - Hext", T("""
    Your step-down request for Bonnie Hext (DOB 14/02/2027, LCS-2325514) is complete. Because Bonnie is under 5, it will be heard at the under-5s triage on Tuesday 9 November 2027 at 11:30 (Microsoft Teams), with AFC attending.

    Torbay Early Help (automated message)
    """))
    hdrs = outlook_received(date) + [
        ("From", '"Stentiford, Rebecca" <Rebecca.Stentiford@torbay.gov.uk>'),
        ("To", TB_EH),
        ("Cc", '"Tozer, Mark" <Mark.Tozer@torbay.gov.uk>'),
        ("Subject", "RE: [SB-torbay-73] Triage slot confirmed - Tue 9 Nov - Hext"),
        ("Thread-Topic", "[SB-torbay-73] Triage slot confirmed - Tue 9 Nov - Hext"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("In-Reply-To", "<SB-torbay-73.slot.20271022100200@torbay.gov.uk>"),
        ("References", "<SB-torbay-73.slot.20271022100200@torbay.gov.uk>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(body + "\n" + quoted), crlf=True)


@reg("torbay_04.eml", "torbay", "early_help_duty", "2027-10-01T16:40:00+01:00", "urgent",
     E("other", True, None, [], [("Arlo Searle", "2027-07-09")], ["neglect"], None, None, [], None, "alert_duty"),
     "A health visitor's understated note on a Friday at 16:35 ('slightly concerned', 'would appreciate a "
     "call back at some point next week'): a 12-week-old who has fallen below the 0.4th centile, has not "
     "fed since yesterday lunchtime, is sleepy and floppy with a sunken fontanelle, and whose parents "
     "refused A&E and will 'see how he is over the weekend'. Medical neglect of a dehydrated baby "
     "tonight: urgent -> alert_duty. HTML-only, base64. Kind other.")
def tb04():
    f = "torbay_04.eml"
    date = "Fri, 1 Oct 2027 16:35:51 +0100"
    body = T("""
    Hi team,

    Just a quick one for the Early Help worker (Becky?), as I understand the Searles are open to you.

    Saw Arlo Searle (DOB 09/07/2027, 12 weeks) at home today at 15:00 for a weight check. Slightly concerned: his weight has dropped from the 25th to below the 0.4th centile since his 8-week check. Mum says he has not had a feed since yesterday lunchtime as he "keeps bringing it back". He was quite sleepy and floppy during the visit, his fontanelle was a little sunken and mum thinks his last wet nappy was early this morning. I advised taking him to A&E this evening and offered to ring ahead, but mum declined - she says they "don't want the fuss" and she will see how he is over the weekend. Dad agreed with her.

    Would appreciate a call back at some point next week to discuss.

    Many thanks
    Alison

    Alison Cheung
    Health Visitor, Torbay 0-19 Service | 01632 960522
    """)
    htmlbody = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
                "<body><div style=\"font-family:Arial,Helvetica,sans-serif;font-size:12pt;color:#000000\">\n"
                + "".join("<div>%s</div>\n<div><br></div>\n" % html.escape(p, quote=False).replace("\n", "<br>\n")
                          for p in body.strip().split("\n\n"))
                + "</div>\n<div style=\"font-size:8pt;color:#666666\">" + html.escape(NHS_DISCLAIMER).replace("\n", " ") + "</div>\n</body></html>\n")
    hdrs = [
        ("Received", "from NHSMAIL-RELAY-02.nhs.example (10.20.3.14) by\n mx.torbay.gov.uk with ESMTPS; " + date),
        ("From", '"CHEUNG, Alison (TORBAY AND SOUTH DEVON NHS)" <alison.cheung@nhs.example>'),
        ("To", "earlyhelp@torbay.gov.uk"),
        ("Subject", "Arlo Searle - weight - for info"),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(htmlbody, "html", cte="base64"), crlf=True)


@reg("torbay_05.eml", "torbay", "mash_step_up", "2027-10-07T10:24:00+01:00", "near_miss",
     E("other", False, None, [], [("Kaiden Rowe", None)], [], None, None, [], None, "human_review"),
     "A school DSL closes the loop on drill lyrics ('shanking', 'ending it tonight') in a video a "
     "15-year-old posted: the schools police officer and the DSL met him and his dad today, it is a "
     "performance written for his music BTEC (the tutor confirms it), no one is named, no weapon, "
     "police have nothing on him and closed it as no offence. Explained; not urgent; no current "
     "concern. 8bit UTF-8 text from Thunderbird.")
def tb05():
    f = "torbay_05.eml"
    date = "Thu, 7 Oct 2027 10:20:37 +0100"
    body = T("""
    Good morning,

    I'm closing the loop on something, as Kaiden's Early Help worker asked us to keep MASH informed of anything significant.

    Yesterday a member of staff found a video that Kaiden Rowe (Year 11, 15) had posted on YouTube: a drill track with lyrics about \u201cshanking\u201d someone from Foxhole and \u201cending it tonight\u201d. We were worried enough to ask for police advice.

    This morning PC Dan Hocking (our schools officer) and I met Kaiden and his dad. The track is a performance piece for his music BTEC: he wrote the lyrics with his music tutor, who has confirmed this and showed us the coursework log. No real person is named or described, no weapon was found, and the police intelligence check has nothing on Kaiden. He has agreed to take the video down. Police have closed it as no offence and no risk identified.

    We are not making a referral. No action is needed from MASH \u2013 this is just for your information.

    Kind regards
    Mrs Lowenna Pascoe
    Designated Safeguarding Lead, Churston Vale Academy
    01632 960438
    """)
    hdrs = [
        ("Received", "from mail.churstonvale.example (192.0.2.93) by mx.torbay.gov.uk with ESMTPS;\n " + date),
        ("From", "Lowenna Pascoe <l.pascoe@churstonvale.example>"),
        ("To", "mash@torbay.gov.uk"),
        ("Subject", "Kaiden Rowe - video - police advice - for information"),
        ("Date", date),
        ("Message-ID", "<%s@churstonvale.example>" % h(f, "mid", n=36)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(flow(body), cte="8bit", params="; format=flowed"), crlf=False)


@reg("torbay_06.eml", "torbay", "early_help_duty", "2027-10-20T17:24:00+01:00", "near_miss",
     E("follow_up", False, None, ["LCS-2319047", "LCS-2319048"],
       [("Jack Vosper-Cole", None), ("Ellie Vosper-Cole", None)], ["domestic_abuse", "physical_harm"],
       None, None, [], None, "attach_to_request"),
     "Reply to [SB-torbay-66] withdrawing a step-down from triage: after Sunday's domestic abuse incident "
     "(Jack hurt trying to stop it) the court made an interim care order at 3pm today, both children "
     "were placed together with foster carers this afternoon and are settled, the partner is remanded "
     "and contact is supervised. The children are safe and the risk is held by the court and the "
     "local authority: not urgent. follow_up -> attach_to_request; the incident's categories are the "
     "case's current concerns.")
def tb06():
    f = "torbay_06.eml"
    date = "Wed, 20 Oct 2027 17:20:45 +0100"
    body = T("""
    Hi,

    Please withdraw the step-down for Jack and Ellie Vosper-Cole from next Tuesday's triage.

    Following the incident on Sunday night (mum's partner assaulted mum in front of the children and Jack was hurt trying to stop him), the family came back to us and the court granted an interim care order at 3pm today. Both children were placed together with foster carers in Paignton this afternoon and they have settled well. The partner is remanded in custody. Contact with mum will be supervised at the family centre.

    There is nothing for Early Help to do now - thank you for your help.

    Morwenna
    Morwenna Tresidder | Social Worker, Safeguarding and Supporting Families | 01632 960487
    """)
    quoted = ack_block(TB_EH, "14 October 2027 09:41", "Tresidder, Morwenna <Morwenna.Tresidder@torbay.gov.uk>",
                       "[SB-torbay-66] Triage slot confirmed - Tue 26 Oct - Vosper-Cole", T("""
    Your step-down request for Jack Vosper-Cole (LCS-2319047) and Ellie Vosper-Cole (LCS-2319048) is complete. It will be heard at the weekly triage on Tuesday 26 October 2027 at 10:00 (Microsoft Teams).

    Torbay Early Help (automated message)
    """))
    hdrs = outlook_received(date) + [
        ("From", '"Tresidder, Morwenna" <Morwenna.Tresidder@torbay.gov.uk>'),
        ("To", TB_EH),
        ("Subject", "RE: [SB-torbay-66] Triage slot confirmed - Tue 26 Oct - Vosper-Cole - please withdraw"),
        ("Thread-Topic", "[SB-torbay-66] Triage slot confirmed - Tue 26 Oct - Vosper-Cole"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("In-Reply-To", "<SB-torbay-66.slot.20271014094100@torbay.gov.uk>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(body + "\n" + quoted), crlf=True)


@reg("torbay_07.eml", "torbay", "mash_step_up", "2027-10-11T08:59:00+01:00", "near_miss",
     E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "A high-risk missing person who has posted 'can't do this anymore' - but she is 19 (DOB given: "
     "14/07/2008), has no children, is not pregnant, and no children live in the household; police are "
     "searching. A risk to an adult only: not a child-protection matter, so not urgent; no child is "
     "listed (adults never are). Kind other.")
def tb07():
    f = "torbay_07.eml"
    date = "Mon, 11 Oct 2027 08:55:16 +0100"
    body = T("""
    Morning,

    I know this isn't really one for you, as Chelsea Brimble turned 19 in July (DOB 14/07/2008) and has been closed to Early Help since last year, but I didn't know where else to send it.

    Chelsea's mum rang me at 8.30. Chelsea hasn't been home since Saturday, isn't answering her phone, and last night posted "can't do this anymore" on Facebook. Mum has reported her missing and the police have graded it high risk and are searching. Chelsea doesn't have any children and isn't pregnant; she lives with her mum and stepdad and there are no children in the house.

    Is there anything your team needs to do, or should this go to adult services and the police only?

    Thanks
    Tash Yeo
    Early Help Worker | Torquay Family Hub | 01632 960466
    """)
    hdrs = outlook_received(date) + [
        ("From", '"Yeo, Tash" <Tash.Yeo@torbay.gov.uk>'),
        ("To", TB_MASH),
        ("Subject", "Missing - Chelsea Brimble - not a child - advice please"),
        ("Thread-Topic", "Missing - Chelsea Brimble - not a child - advice please"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(body), crlf=True)


@reg("torbay_08.eml", "torbay", "early_help_duty", "2027-09-02T10:34:00+01:00", "ordinary",
     E("step_down", False, 3, ["LCS-2312086"], [("Harper Coombe", "2023-11-08"), ("Leo Coombe", "2026-01-19")],
       ["parental_mental_health"], True, True, [], None, "book_meeting"),
     "Complete Torbay step-down from the Single Assessment Team for two under-5s (so the fortnightly "
     "under-5s triage): Single Assessment PDF with the team manager's analysis confirming level 3, "
     "consent for level 3 Early Help given, level 3 stated.")
def tb08():
    f = "torbay_08.eml"
    date = "Thu, 2 Sep 2027 10:30:59 +0100"
    body = T("""
    Good morning Early Help,

    Please can I have a triage slot for Harper Coombe (DOB 08/11/2023) and Leo Coombe (DOB 19/01/2026), LCS-2312086. Both are under 5.

    The Single Assessment is attached; it ends in no further action at level 4 but a level 3 coordinated response. My team manager, Rachel Kingdon, has recorded her analysis confirming the threshold for level 3 is met. Mum has given her consent for level 3 Early Help.

    The remaining needs are mum's anxiety and isolation since moving to Brixham, and support with the children's routines.

    Thanks
    Kieran Lusty
    Social Worker, Single Assessment Team | 01632 960492
    """)
    pdf = make_pdf([
        "# Single Assessment - Coombe (LCS-2312086)",
        "Children: Harper Coombe (08/11/2023), Leo Coombe (19/01/2026)",
        "# Analysis and rationale",
        "Referral from the health visitor about mum's anxiety and isolation. The children are well cared for. "
        "No further action at level 4; a level 3 coordinated Early Help response is recommended.",
        "# Team Manager's analysis",
        "I agree the threshold for level 3 intervention is met and level 4 is not. R. Kingdon, Team Manager, 01/09/2027.",
    ], title="Single Assessment Coombe")
    mixed = multipart("mixed", [text(body), attachment("Single Assessment - Coombe - Sept 2027.pdf", "application/pdf", pdf)],
                      outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Lusty, Kieran" <Kieran.Lusty@torbay.gov.uk>'),
        ("To", TB_EH),
        ("Subject", "Triage slot please - step down - Coombe (under 5s) - level 3"),
        ("Thread-Topic", "Triage slot please - step down - Coombe (under 5s) - level 3"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("torbay_09.eml", "torbay", "mash_step_up", "2027-10-19T14:19:00+01:00", "ordinary",
     E("step_up", False, None, ["EHM-742210"], [("Ruby-Jo Harte", "2017-05-05")], ["non_engagement", "school_attendance"],
       False, True, ["consent"], None, "request_info"),
     "Torbay step-up (contact to MASH) that the worker and team manager agree on, but 'Mum has refused "
     "consent for a contact to MASH' (consent false), so consent is missing. 'There is no immediate "
     "risk' is negated.")
def tb09():
    f = "torbay_09.eml"
    date = "Tue, 19 Oct 2027 14:15:30 +0100"
    body = T("""
    Hello MASH,

    Contact for Ruby-Jo Harte (DOB 05/05/2017), EHM-742210.

    My team manager (Lee Chudleigh) and I agree that Ruby-Jo's situation needs to be considered for level 4. Since June, mum has cancelled or not been in for 9 of 12 planned visits and has not come to the last two TAF meetings; Ruby-Jo's attendance is 71%. There is no immediate risk - this is about the plan not progressing.

    Mum has refused consent for a contact to MASH; she says she "doesn't need social services".

    Regards
    Sian Widdicombe
    Early Help Practitioner | Brixham Family Hub | 01632 960478
    """)
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Widdicombe, Sian" <Sian.Widdicombe@torbay.gov.uk>'),
        ("To", TB_MASH),
        ("Subject", "Contact to MASH - Ruby-Jo Harte - EHM-742210"),
        ("Thread-Topic", "Contact to MASH - Ruby-Jo Harte - EHM-742210"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, alt, crlf=True)


# ============================================================================================
# HEREFORDSHIRE
# ============================================================================================
HF_EH = "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>"
HF_MASH = "Herefordshire MASH <mash@herefordshire.gov.uk>"


@reg("herefordshire_01.eml", "herefordshire", "mash_step_up", "2027-09-14T14:09:00+01:00", "urgent",
     E("other", True, None, [], [("Leah Bevan", "2016-03-23")], ["disability_send", "physical_harm"],
       None, None, [], None, "alert_duty"),
     "A community children's nurse describes, in measured clinical language and without the words "
     "urgent or risk, a mother seen putting something from a brown bottle into her disabled daughter's "
     "gastrostomy at respite, the child vomiting and drowsy within the hour, the fourth such episode "
     "after mum's visits ('perplexing presentations'), and mum taking her home at 5pm today. Suspected "
     "fabricated or induced illness with the child going home today: urgent -> alert_duty. HTML-only "
     "(quoted-printable). Kind other.")
def hf01():
    f = "herefordshire_01.eml"
    date = "Tue, 14 Sep 2027 14:05:26 +0100"
    body = T("""
    Dear MASH colleagues,

    I am one of the community children's nurses for Leah Bevan (DOB 23/03/2016), who has cerebral palsy and is fed by gastrostomy. She has been at Oak House respite since Friday.

    At 12:40 today one of the respite carers saw mum, during her visit, draw up something from a small brown bottle from her handbag into a syringe and put it into Leah's gastrostomy. When the carer asked what it was, mum said it was "just her vitamins" and put the bottle away. Leah vomited twice within the hour and has been very drowsy since; the respite GP has seen her and sent bloods.

    This is the fourth episode of unexplained vomiting and drowsiness after mum's visits since July. Leah has been well on the days mum has not visited. The community paediatrician raised "perplexing presentations" at Leah's last review.

    Mum has told the respite manager that she is taking Leah home at 5pm today, a day early, and Oak House say they cannot stop her.

    Gwen Prosser
    Community Children's Nurse, Herefordshire Community Children's Nursing Team
    01632 960583
    """)
    htmlbody = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style>p{margin:0 0 10px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>\n"
                + "".join("<p>%s</p>\n" % html.escape(p, quote=False).replace("\n", "<br>\n") for p in body.strip().split("\n\n"))
                + "<p style=\"font-size:8pt;color:#808080\">" + html.escape(NHS_DISCLAIMER).replace("\n", " ") + "</p>\n</body></html>\n")
    hdrs = [
        ("Received", "from NHSMAIL-RELAY-04.nhs.example (10.20.3.19) by\n mx.herefordshire.gov.uk with ESMTPS; " + date),
        ("From", '"PROSSER, Gwen (WYESIDE COMMUNITY HEALTH)" <gwen.prosser@nhs.example>'),
        ("To", "mash@herefordshire.gov.uk"),
        ("Subject", "Leah Bevan - observed at respite today"),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(htmlbody, "html"), crlf=True)


@reg("herefordshire_02.eml", "herefordshire", "early_help_duty", "2027-09-23T15:19:00+01:00", "urgent",
     E("step_down", True, 3, ["621340", "621341"], [("Ella-Rose Price", "2017-10-29"), ("Finley Price", "2021-01-07")],
       ["neglect", "physical_harm"], True, None, [], None, "alert_duty"),
     "A complete Herefordshire sibling step-down (EHA step-down plan .docx, signed consent form .pdf, key "
     "person with agency, level 3) whose body is bland ('as discussed at Tuesday's drop-in ... please "
     "find attached'). The danger is only in an update typed into the plan's 'What are we worried "
     "about?' section at 12:30 today: mum has let back in, from tonight, the man convicted in 2024 of "
     "assaulting Finley who has a restraining order not to contact the children, and asked the worker "
     "not to tell anyone. Urgent -> alert_duty. DOBs only in the attachment.")
def hf02():
    f = "herefordshire_02.eml"
    date = "Thu, 23 Sep 2027 15:15:04 +0100"
    body = T("""
    Hi both,

    As discussed at Tuesday's drop-in with Xavier, please find attached the EHA step-down plan and mum's signed consent form for Ella-Rose Price and Finley Price (Mosaic 621340 / 621341). Level 3.

    Key person: Mrs Joanne Hughes, Family Support Worker, Kington Family Centre - she has agreed to take it on.

    Thanks,
    Rhian

    Rhian Powell
    Social Worker, Locality Team (North West) | Herefordshire Council | 01632 960571
    """)
    plan = make_docx([
        ("h", "Early Help Assessment - Step Down", 1),
        ("h", "1. Family Details and Consent", 2),
        ("t", [["ID", "Name", "Date of Birth"], ["621340", "Ella-Rose Price", "29/10/2017"], ["621341", "Finley Price", "07/01/2021"]]),
        ("p", "Parent: Carly Price. Address: Kington. Written consent obtained 21/09/2027 (attached)."),
        ("h", "2. Summary of Presenting Needs", 2),
        ("p", "Child protection plan (neglect) ended 02/09/2027 after home conditions, school attendance and "
              "health appointments improved and were sustained for six months."),
        ("h", "3. Early Help Assessment - Part 2", 2),
        ("b", "What are we worried about? - wellbeing concerns: ",
         "Home conditions and the children's routines can slip when mum is tired (the neglect the CP plan was about). "
         "UPDATE 23/09 12:30 - Mum rang me at lunchtime. She told me she has let Gary Sayce back into the "
         "house and that he is staying there from tonight. Gary is the man the original child protection "
         "plan was about: he was convicted in 2024 of assaulting Finley and has a restraining order not to "
         "contact the children. Mum asked me not to tell anyone. I have added it here so that it is "
         "recorded - we need to think about whether this changes the plan."),
        ("b", "What's working well? - Existing strengths: ",
         "Mum has kept the house in a good state since March; both children are at school every day."),
        ("b", "Complicating Factors: ", "Mum is isolated in a rural area and does not drive."),
        ("b", "Existing wellbeing: ", "Maternal grandmother visits weekly."),
        ("h", "Wellbeing Plan (completed with the family)", 2),
        ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
               ["Weekly visits by the key person to support routines", "Routines kept up", "From October"],
               ["Mum to join the Kington parents' group", "Less isolated", "November 2027"],
               ["School to monitor attendance and presentation", "Attendance above 95%", "Ongoing"]]),
        ("h", "Details of Key Person involved in Early Help Assessment", 2),
        ("p", "Mrs Joanne Hughes, Family Support Worker, Kington Family Centre (agreed with mum on 21/09/2027)."),
    ], author="Rhian Powell")
    consent = make_pdf([
        "# Herefordshire Council - Consent to Early Help",
        "I agree to my family being supported by Early Help and to information being shared with the "
        "Early Help co-ordinator team and the key person.",
        "Children: Ella-Rose Price, Finley Price",
        "Signed: C. Price (parent)    Date: 21/09/2027",
        "Witnessed: R. Powell, Social Worker",
    ], title="Consent Price")
    mixed = multipart("mixed", [
        text(body),
        attachment("EHA step down plan - Price - 23.09.27.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan),
        attachment("Signed consent - Price.pdf", "application/pdf", consent),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Powell, Rhian" <Rhian.Powell@herefordshire.gov.uk>'),
        ("To", HF_EH),
        ("Cc", '"Moss, Xavier" <xavier.moss@herefordshire.gov.uk>'),
        ("Subject", "Step down plan - Price children (Mosaic 621340 / 621341)"),
        ("Thread-Topic", "Step down plan - Price children (Mosaic 621340 / 621341)"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("herefordshire_03.eml", "herefordshire", "early_help_duty", "2027-10-08T16:54:00+01:00", "urgent",
     E("follow_up", True, None, ["622871", "622872"],
       [("Nia Morgan-Reid", "2024-05-11"), ("Osian Morgan-Reid", "2027-08-06")],
       ["parental_mental_health", "physical_harm"], True, None, [], None, "alert_duty"),
     "HTML-only reply-all to [SB-herefordshire-118] whose newest text is only 'I agree with the plan "
     "below ... have a good weekend'. The danger sits in the middle of the quoted history, in the GP's "
     "message sent an hour earlier: dad hears a voice saying the 9-week-old 'needs to be sent back', "
     "stood over the cot with a pillow last night, refused the crisis team, and will be alone tonight "
     "with both children while mum works a night shift. Urgent follow_up -> alert_duty. Children, DOBs "
     "and Mosaic ids come from the quoted request and acknowledgement; consent from the quoted request.")
def hf03():
    f = "herefordshire_03.eml"
    date = "Fri, 8 Oct 2027 16:50:13 +0100"
    newest = "<p>Hi Verity,</p>\n<p>I agree with the plan below and I'm happy for it to come to Tuesday's drop-in.</p>\n<p>Have a good weekend,<br>Tom</p>\n"
    gp = T("""
    Tom - something I need you to see before the weekend.

    Dad (Rhys Morgan-Reid) came in to see me this afternoon. He told me that for the past week he has been hearing a voice telling him that the baby "isn't his" and "needs to be sent back", and that last night he stood over the cot "for a long time" holding a pillow. He said he wouldn't act on it but couldn't tell me why he was sure. He declined the crisis team and left before I could arrange anything else.

    Mum is on a 12-hour night shift at the County Hospital tonight (7pm to 7am), so dad will be alone with Nia (3) and Osian (9 weeks). I have tried to ring mum with no answer.

    Sian
    Dr Sian Lloyd, GP, Bromyard Road Surgery
    """)
    verity = T("""
    Thanks Tom. The draft plan reads well - I've added the parents' group and the health visitor's visits. If you agree I'll put it on Tuesday's drop-in list.

    Verity
    """)
    tom1 = T("""
    Hi Verity,

    Step-down request for Nia Morgan-Reid (DOB 11/05/2024) and Osian Morgan-Reid (DOB 06/08/2027). Mum's postnatal depression has improved with treatment; dad is supportive. Mum has signed the consent form (attached) and the health visitor has agreed to be the key person. Draft plan attached.

    Tom Bayliss, Social Worker
    """)
    ack = T("""
    [SB-herefordshire-118] Step-down request received - Morgan-Reid

    Your step-down request for Nia Morgan-Reid (Mosaic 622871) and Osian Morgan-Reid (Mosaic 622872) has been received and is complete.

    Early Help Co-ordinators (automated message)
    """)

    def hdr(frm, sent, to, subj):
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>\n'
                % (html.escape(frm), sent, html.escape(to), html.escape(subj)))

    def quote_html(t):
        return "".join("<p class=\"MsoNormal\">%s</p>\n" % html.escape(p, quote=False).replace("\n", "<br>\n") for p in t.strip().split("\n\n"))

    htmlbody = (OUTLOOK_HEAD + newest
                + '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%">\n'
                + hdr("Lloyd Sian (Dr) <sian.lloyd2@nhs.example>", "08 October 2027 15:58",
                      "Bayliss, Tom <Tom.Bayliss@herefordshire.gov.uk>", "RE: [SB-herefordshire-118] Step-down request received - Morgan-Reid")
                + quote_html(gp)
                + hdr("Lang, Verity <verity.lang@herefordshire.gov.uk>", "08 October 2027 11:20",
                      "Bayliss, Tom <Tom.Bayliss@herefordshire.gov.uk>; Lloyd Sian (Dr) <sian.lloyd2@nhs.example>",
                      "RE: [SB-herefordshire-118] Step-down request received - Morgan-Reid")
                + quote_html(verity)
                + hdr("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "04 October 2027 09:31",
                      "Bayliss, Tom <Tom.Bayliss@herefordshire.gov.uk>", "[SB-herefordshire-118] Step-down request received - Morgan-Reid")
                + quote_html(ack)
                + hdr("Bayliss, Tom <Tom.Bayliss@herefordshire.gov.uk>", "04 October 2027 09:25",
                      "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "Step down - Morgan-Reid")
                + quote_html(tom1)
                + OUTLOOK_TAIL)
    hdrs = outlook_received(date) + [
        ("From", '"Bayliss, Tom" <Tom.Bayliss@herefordshire.gov.uk>'),
        ("To", '"Lang, Verity" <verity.lang@herefordshire.gov.uk>, Early Help Co-ordinators\n <earlyhelpcoordinators@herefordshire.gov.uk>'),
        ("Cc", '"Lloyd Sian (Dr)" <sian.lloyd2@nhs.example>'),
        ("Subject", "RE: [SB-herefordshire-118] Step-down request received - Morgan-Reid"),
        ("Thread-Topic", "[SB-herefordshire-118] Step-down request received - Morgan-Reid"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("In-Reply-To", outlook_mid(f + "gp", "CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")),
        ("References", "<SB-herefordshire-118.ack.20271004093100@herefordshire.gov.uk>\n " + outlook_mid(f + "gp", "CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM")),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(htmlbody, "html", cte="base64"), crlf=True)


@reg("herefordshire_04.eml", "herefordshire", "mash_step_up", "2027-09-29T18:09:00+01:00", "urgent",
     E("step_up", True, None, [], [("Kacey Jones", "2011-12-12")],
       ["exploitation", "school_attendance", "sexual_harm", "substance_misuse"], None, None, [], None, "alert_duty"),
     "A 'step up request' to Herefordshire, whose protocol defines no step-up (so missing [] and no "
     "notice), sent at 18:05: a 15-year-old has been in a sexual relationship with a man of about 30 "
     "who gives her vapes and money, and he is picking her up at 10pm tonight to take her to "
     "Birmingham for the weekend; mum is drinking and not answering. Child sexual exploitation tonight: "
     "urgent, and alert_duty outranks human_review. Manager 'on leave' (null). Early Help was working on "
     "attendance and mum's drinking, current concerns.")
def hf04():
    f = "herefordshire_04.eml"
    date = "Wed, 29 Sep 2027 18:05:47 +0100"
    body = T("""
    Hello,

    I'd like to request a step up to social care for Kacey Jones (DOB 12/12/2011).

    I've been working with Kacey and her mum since May (Kacey's attendance, and mum's drinking). Today Kacey's friend told me that Kacey has been seeing a man called "Vlad" who works at the fruit packhouse near Marden. He is about 30. He gives her vapes and money and picks her up from the bus stop, and Kacey told her friend he has been her "boyfriend" since August and they have slept together. Kacey told her friend he is picking her up after her shift at the farm shop tonight at 10 to "go to Birmingham for the weekend with his mates" and that they'll be staying in a hotel.

    Mum is not answering her phone (she has been drinking since the weekend). My manager is on leave this week.

    I know you don't have a step up form so I've just written it here.

    Lowri Watkins
    Family Support Worker, Early Help (Leominster)
    Herefordshire Council
    07700 900827
    """)
    hdrs = [
        ("Received", "from LO6P265MB6921.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:3a1::5)\n by mx.herefordshire.gov.uk with HTTPS; " + date),
        ("From", "Lowri Watkins <lowri.watkins@herefordshire.gov.uk>"),
        ("To", "mash@herefordshire.gov.uk"),
        ("Subject", "Step up request - Kacey Jones (15)"),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "LO6P265MB6921.GBRP265.PROD.OUTLOOK.COM")),
    ]
    return message(hdrs, text(body, charset="us-ascii", cte="7bit"), crlf=False)


@reg("herefordshire_05.eml", "herefordshire", "early_help_duty", "2027-10-18T12:14:00+01:00", "near_miss",
     E("other", False, None, [], [], [], None, None, [], None, "human_review"),
     "Role-play scripts for a drop-in training session, written as dialogue: a 'social worker' rings "
     "about 'Child M' (4) whose mum's partner 'was released yesterday and is at the house tonight', "
     "with facilitator notes saying the co-ordinator should stop and tell the caller to phone MASH/EDT "
     "now. Stated to be fictional training material; no real child. Not urgent; kind other.")
def hf05():
    f = "herefordshire_05.eml"
    date = "Mon, 18 Oct 2027 12:10:40 +0100"
    body = T("""
    Hi all,

    Here are the two role-play scripts for Tuesday's drop-in training (10:00, Plough Lane, room 2). Everything in them is made up - please don't use real families when you improvise.

    ROLE-PLAY 1 - "The routine step-down"
    SOCIAL WORKER: Hi, I'm ringing about a step-down for Child K, she's 9. The CIN plan ended last month.
    CO-ORDINATOR: Thanks - have you got written consent and a key person yet?
    SOCIAL WORKER: Consent yes, key person not yet.
    Facilitator note: practise agreeing what needs to happen before the plan is sent.

    ROLE-PLAY 2 - "The call that isn't a step-down"
    SOCIAL WORKER: I wanted to book a drop-in slot about Child M, she's 4. Mum's partner was released from prison yesterday. He's the one who broke her arm in 2025, and mum says he's at the house tonight.
    CO-ORDINATOR: (should stop the step-down conversation here)
    Facilitator note: this is an immediate child-protection concern. The co-ordinator should tell the caller to phone the MASH now (or the Emergency Duty Team out of hours, or 999 in an emergency) and not to wait for a drop-in slot. Discuss: what would you record, and who would you tell?

    See you Tuesday,
    Verity

    Verity Lang | Early Help Co-ordinator | Herefordshire Council
    """)
    alt = multipart("alternative", [text(body), text(OUTLOOK_HEAD + paras_html(body) + OUTLOOK_TAIL, "html")],
                    outlook_bnd(f, "000"))
    hdrs = outlook_received(date) + [
        ("From", '"Lang, Verity" <verity.lang@herefordshire.gov.uk>'),
        ("To", HF_EH),
        ("Subject", "Drop-in training Tuesday - role-play scripts (fictional)"),
        ("Thread-Topic", "Drop-in training Tuesday - role-play scripts (fictional)"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, alt, crlf=True)


@reg("herefordshire_06.eml", "herefordshire", "mash_step_up", "2027-10-14T18:05:00+01:00", "near_miss",
     E("auto_reply", False, None, [], [], [], None, None, [], None, "ignore"),
     "A read receipt (multipart/report; report-type=disposition-notification) from the MASH duty desk "
     "for stepbot's own alert, whose quoted subject reads 'URGENT - possible immediate child-protection "
     "risk - please act now'. It reports only that the alert was read; it tells of no new risk and names "
     "no child. Automatic, so auto_reply -> ignore (and never answered).")
def hf06():
    f = "herefordshire_06.eml"
    date = "Thu, 14 Oct 2027 18:02:10 +0100"
    human = T("""
    Your message

        To: MASH duty desk
        Subject: [SB-herefordshire-131] URGENT - possible immediate child-protection risk - please act now
        Sent: 14/10/2027 17:56

    was read on 14/10/2027 18:02.
    """)
    mdn = T("""
    Reporting-UA: LO6P265MB6921.GBRP265.PROD.OUTLOOK.COM
    Final-Recipient: rfc822;mash.duty@herefordshire.gov.uk
    Original-Message-ID: <SB-herefordshire-131.alert.20271014175600@herefordshire.gov.uk>
    Disposition: manual-action/MDN-sent-manually; displayed
    """)
    root = multipart("report", [
        text(human),
        Part([("Content-Type", "message/disposition-notification")], mdn),
    ], outlook_bnd(f, "002"), params="; report-type=disposition-notification")
    hdrs = outlook_received(date) + [
        ("From", "MASH duty desk <mash.duty@herefordshire.gov.uk>"),
        ("To", HF_MASH),
        ("Subject", "Read: [SB-herefordshire-131] URGENT - possible immediate child-protection risk -\n please act now"),
        ("Thread-Topic", "[SB-herefordshire-131] URGENT - possible immediate child-protection risk - please act now"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f, "LO6P265MB6921.GBRP265.PROD.OUTLOOK.COM")),
        ("In-Reply-To", "<SB-herefordshire-131.alert.20271014175600@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-131.alert.20271014175600@herefordshire.gov.uk>"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, root, crlf=True)


@reg("herefordshire_07.eml", "herefordshire", "early_help_duty", "2027-10-05T12:44:00+01:00", "near_miss",
     E("step_down", False, 3, ["619788"], [("Lily Hinton", "2018-09-04")], ["school_attendance"], True, True, [], None,
       "book_meeting"),
     "A complete Herefordshire step-down (plan .docx, signed consent .pdf, key person with agency, "
     "level 3) whose Signs of Safety danger statement is hypothetical by construction ('we are worried "
     "that if Lily's dad starts drinking heavily again, he might ... hurt Lily like he did in February "
     "2024'), with a conditional safety plan ('if dad drinks ... call 999'); dad has been sober for 14 "
     "months and the CP plan ended in June. Not urgent. The current wellbeing concern is attendance; the "
     "2024 harm and the drinking are historic or hypothetical, so not labelled.")
def hf07():
    f = "herefordshire_07.eml"
    date = "Tue, 5 Oct 2027 12:40:19 +0100"
    body = T("""
    Hi Xavier,

    Following this morning's drop-in, here is the step-down for Lily Hinton (DOB 04/09/2018), Mosaic 619788, to Early Help at Level 3. The plan and mum's signed consent form are attached. My manager, Helen Prothero, has agreed the step-down.

    Key person: Ms Debbie Whiting, Family Support Worker, Ledbury Family Hub (agreed with the family).

    Danger statement
    Children's Services are worried that if Lily's dad, Martin, starts drinking heavily again, he might lose his temper and hurt Lily like he did in February 2024, when he hit her with a belt and she had bruises on her legs.

    Safety goal
    Lily will be looked after by adults who stay sober, and everyone in her network will know what to do if that changes.

    Safety plan
    If dad drinks, mum will take Lily to her nan's and will call 999 if she needs to. Dad has been sober for 14 months (alcohol monitoring negative since August 2026), and the child protection plan ended in June.

    Current wellbeing concerns
    Lily's attendance is 88%; she is often tired on Mondays after weekend contact.

    Scaling: 8/10 (10 = everyone is confident Lily is safe and well).

    Thanks,
    Ceri Bowen
    Social Worker, Locality Team (East) | 01632 960574
    """)
    plan = make_docx([
        ("h", "Early Help Assessment - Step Down: Lily Hinton", 1),
        ("p", "Mosaic 619788. Key person: Debbie Whiting, Ledbury Family Hub."),
        ("h", "Wellbeing Plan", 2),
        ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
               ["School and key person to agree a Monday morning routine", "Attendance above 95%", "December 2027"],
               ["Dad to keep attending his recovery group", "Sustained sobriety", "Ongoing"],
               ["Review of the safety plan with Lily's network", "Everyone knows the plan", "November 2027"]]),
    ], author="Ceri Bowen")
    consent = make_pdf([
        "# Herefordshire Council - Consent to Early Help",
        "Child: Lily Hinton    Signed: S. Hinton (mother)    Date: 01/10/2027",
    ], title="Consent Hinton")
    mixed = multipart("mixed", [
        text(body),
        attachment("Step down plan - Hinton.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan),
        attachment("Consent form signed - Hinton.pdf", "application/pdf", consent),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Bowen, Ceri" <Ceri.Bowen@herefordshire.gov.uk>'),
        ("To", HF_EH),
        ("Cc", '"Moss, Xavier" <xavier.moss@herefordshire.gov.uk>'),
        ("Subject", "Step-down - Lily Hinton - plan + consent"),
        ("Thread-Topic", "Step-down - Lily Hinton - plan + consent"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("herefordshire_08.eml", "herefordshire", "early_help_duty", "2027-08-25T10:04:00+01:00", "ordinary",
     E("step_down", False, 3, ["618220", "618221", "618222"],
       [("Tomos Griffiths", "2015-06-30"), ("Megan Griffiths", "2018-02-14"), ("Cai Griffiths", "2022-09-09")],
       ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting"),
     "Complete sibling-group step-down, 'Intensive (Level 3)': plan .docx, signed consent .pdf, key "
     "person with agency. ISO-8859-1 quoted-printable text and HTML ('Siân' is the mother, an adult).")
def hf08():
    f = "herefordshire_08.eml"
    date = "Wed, 25 Aug 2027 10:00:33 +0100"
    body = T("""
    Bore da,

    Please find attached the EHA step-down plan and the signed consent form for the Griffiths children, stepping down to Intensive (Level 3) Early Help:

    Tomos Griffiths - DOB 30/06/2015 - Mosaic 618220
    Megan Griffiths - DOB 14/02/2018 - Mosaic 618221
    Cai Griffiths - DOB 09/09/2022 - Mosaic 618222

    Mum (Siân Griffiths) has depression and Tomos does a lot of caring for her and his brother and sister. Key person: Sarah Gittins, Family Support Worker, Bromyard Family Hub, who has agreed.

    Diolch,
    Gareth Pugh
    Social Worker, Locality Team (East)
    """)
    plan = make_docx([
        ("h", "Early Help Assessment - Step Down: Griffiths", 1),
        ("h", "Wellbeing Plan", 2),
        ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
               ["Young carers' assessment for Tomos (Young Carers Herefordshire)", "Tomos has time for himself", "October 2027"],
               ["Mum to continue with her GP and talking therapies", "Mum's mood improves", "Ongoing"],
               ["Key person to help with the morning routine", "Children at school on time", "From September"]]),
        ("p", "Key person: Sarah Gittins, Family Support Worker, Bromyard Family Hub."),
    ], author="Gareth Pugh")
    consent = make_pdf([
        "# Herefordshire Council - Consent to Early Help",
        "Children: Tomos Griffiths, Megan Griffiths, Cai Griffiths",
        "Signed: Si\u00e2n Griffiths (parent)    Date: 23/08/2027",
    ], title="Consent Griffiths")
    alt = multipart("alternative", [text(body, charset="iso-8859-1"),
                                    text(OUTLOOK_HEAD.replace("charset=utf-8", "charset=iso-8859-1") + paras_html(body) + OUTLOOK_TAIL,
                                         "html", charset="iso-8859-1")], outlook_bnd(f, "000"))
    mixed = multipart("mixed", [
        alt,
        attachment("EHA step down plan - Griffiths.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan),
        attachment("Consent - Griffiths - signed.pdf", "application/pdf", consent),
    ], outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Pugh, Gareth" <Gareth.Pugh@herefordshire.gov.uk>'),
        ("To", HF_EH),
        ("Subject", "Step down - Griffiths sibling group - Level 3"),
        ("Thread-Topic", "Step down - Griffiths sibling group - Level 3"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


@reg("herefordshire_09.eml", "herefordshire", "early_help_duty", "2027-10-26T09:44:00+01:00", "ordinary",
     E("follow_up", False, None, ["623015"], [("Holly Sayers", None)], [], True, None, [], None, "attach_to_request"),
     "Reply to [SB-herefordshire-140] that supplies the signed consent form (consent true); the child "
     "and Mosaic id come from the quoted acknowledgement. follow_up -> attach_to_request.")
def hf09():
    f = "herefordshire_09.eml"
    date = "Tue, 26 Oct 2027 09:40:15 +0100"
    body = T("""
    Morning,

    Signed consent form attached - mum signed it at yesterday's visit.

    Ceri
    """)
    quoted = ack_block(HF_EH, "21 October 2027 14:06", "Bowen, Ceri <Ceri.Bowen@herefordshire.gov.uk>",
                       "[SB-herefordshire-140] Step-down request received - Sayers", T("""
    Your step-down request for Holly Sayers (Mosaic 623015) has been received. Your reference is SB-herefordshire-140.

    Still needed:
    - the family's written (signed) consent form

    Early Help Co-ordinators (automated message)
    """))
    consent = make_pdf([
        "# Herefordshire Council - Consent to Early Help",
        "Child: Holly Sayers    Signed: K. Sayers (mother)    Date: 25/10/2027",
    ], title="Consent Sayers")
    mixed = multipart("mixed", [text(body + "\n" + quoted),
                                attachment("Sayers consent signed 25.10.27.pdf", "application/pdf", consent)],
                      outlook_bnd(f, "004"))
    hdrs = outlook_received(date) + [
        ("From", '"Bowen, Ceri" <Ceri.Bowen@herefordshire.gov.uk>'),
        ("To", HF_EH),
        ("Subject", "RE: [SB-herefordshire-140] Step-down request received - Sayers"),
        ("Thread-Topic", "[SB-herefordshire-140] Step-down request received - Sayers"),
        ("Thread-Index", thread_index(f)),
        ("Date", date),
        ("Message-ID", outlook_mid(f)),
        ("In-Reply-To", "<SB-herefordshire-140.ack.20271021140600@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-140.ack.20271021140600@herefordshire.gov.uk>"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ]
    return message(hdrs, mixed, crlf=True)


# ============================================================================================
# checks
# ============================================================================================
def expected_next_action(e, authority):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (authority, e["kind"]) not in REQ_IDS:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (Mon-Fri, England & Wales bank holidays excluded)."""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def _html_text(s):
    s = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>|</li>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def _ical_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def readable_text(msg):
    import pypdf
    from docx import Document
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ctype.startswith("message/"):
            continue
        if ctype == "text/html":
            out.append(_html_text(part.get_content()))
        elif ctype == "text/calendar":
            out.append(_ical_text(part.get_content()))
        elif ctype.startswith("text/"):
            out.append(part.get_content())
        elif ctype == "application/pdf" or fn.endswith(".pdf"):
            reader = pypdf.PdfReader(io.BytesIO(part.get_content()))
            out.append("\n".join(p.extract_text() or "" for p in reader.pages))
        elif fn.endswith(".docx"):
            d = Document(io.BytesIO(part.get_content()))
            out += [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    out += [c.text for c in row.cells]
    return re.sub(r"\s+", " ", "\n".join(out))


def check(item, data):
    errs = []
    f, a, e = item["file"], item["authority"], item["expect"]
    if item["category"] not in ("urgent", "near_miss", "ordinary"):
        errs.append("bad category")
    if e["urgent"] != (item["category"] == "urgent"):
        errs.append("urgent disagrees with category")
    if e["kind"] not in KINDS:
        errs.append("bad kind")
    if not set(e["concerns"]) <= CONCERNS:
        errs.append("unknown concern %s" % (set(e["concerns"]) - CONCERNS))
    if e["concerns"] != sorted(set(e["concerns"])) or e["missing"] != sorted(set(e["missing"])):
        errs.append("concerns/missing not sorted and unique")
    if len(set(e["case_ids"])) != len(e["case_ids"]):
        errs.append("duplicate case ids")
    if e["next_action"] != expected_next_action(e, a):
        errs.append("next_action %s, expected %s" % (e["next_action"], expected_next_action(e, a)))
    key = (a, e["kind"])
    if key in REQ_IDS:
        if not set(e["missing"]) <= REQ_IDS[key]:
            errs.append("missing ids %s not defined for %s" % (set(e["missing"]) - REQ_IDS[key], key))
        if not e["children"] and "children" not in e["missing"]:
            errs.append("no child named but 'children' not missing")
    elif e["missing"]:
        errs.append("missing must be [] for %s" % (key,))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
        errs.append("level only on step_down")
    knowsley_notice = a == "knowsley" and e["kind"] in ("step_up", "step_down")
    if not knowsley_notice and e["notice_ok"] is not None:
        errs.append("notice_ok must be null here")
    now = dt.datetime.fromisoformat(item["now"])
    if knowsley_notice:
        if item["meeting"] is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                errs.append("no meeting date: notice_ok null and meeting_details missing expected")
        else:
            n = working_days_between(now.date(), item["meeting"])
            if n != item["notice_days"]:
                errs.append("notice: counted %d WD, label says %s" % (n, item["notice_days"]))
            if e["notice_ok"] != (n >= 5):
                errs.append("notice_ok %s but %d WD" % (e["notice_ok"], n))
    # the message itself
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects in %s: %s" % (part.get_content_type(), part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header defects %s: %s" % (k, v.defects))
    for hname in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[hname] is None:
            errs.append("no %s header" % hname)
    rcpts = " ".join(str(msg.get(x, "")) for x in ("To", "Cc")).lower()
    if MAILBOXES[(a, item["mailbox"])].lower() not in rcpts:
        errs.append("mailbox address not in To/Cc")
    date = parsedate_to_datetime(str(msg["Date"]))
    delta = (now - date).total_seconds()
    if not 0 < delta <= 600:
        errs.append("now is not shortly after Date (%ss)" % delta)
    if not WINDOW[0] <= date.date() <= WINDOW[1]:
        errs.append("date outside the window")
    text_all = readable_text(msg)
    for c in e["children"]:
        if c["name"] not in text_all:
            errs.append("child %r not in readable text" % c["name"])
    for cid in e["case_ids"]:
        if not re.search(r"(?<![\w-])%s(?![\w])" % re.escape(cid), text_all):
            errs.append("case id %r not in readable text" % cid)
    return errs


def main():
    errors = []
    built = []
    for item in SET:
        data = item["build"]()
        errs = check(item, data)
        errors += ["%s: %s" % (item["file"], x) for x in errs]
        built.append((item, data))
    # composition: 9 per authority, 4 urgent / 3 near-miss / 2 ordinary in each
    files = [i["file"] for i in SET]
    if len(files) != len(set(files)):
        errors.append("duplicate file names")
    for a in AUTHORITIES:
        mine = [i for i in SET if i["authority"] == a]
        cats = [i["category"] for i in mine]
        if (len(mine), cats.count("urgent"), cats.count("near_miss"), cats.count("ordinary")) != (9, 4, 3, 2):
            errors.append("%s: composition %d files, %d/%d/%d" % (a, len(mine), cats.count("urgent"),
                                                                  cats.count("near_miss"), cats.count("ordinary")))
        for n, i in enumerate(sorted(mine, key=lambda x: x["file"]), 1):
            if i["file"] != "%s_%02d.eml" % (a, n):
                errors.append("unexpected file name %s" % i["file"])
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    order = {a: k for k, a in enumerate(AUTHORITIES)}
    built.sort(key=lambda x: (order[x[0]["authority"]], x[0]["file"]))
    labels, cats = [], {}
    for item, data in built:
        with open(os.path.join(HERE, item["file"]), "wb") as fh:
            fh.write(data)
        labels.append({"file": item["file"], "authority": item["authority"], "mailbox": item["mailbox"],
                       "now": item["now"], "expect": item["expect"], "why": item["why"]})
        cats[item["file"]] = item["category"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(cats, indent=1, ensure_ascii=False) + "\n")
    print("wrote %d messages, labels.json and categories.json" % len(built))


if __name__ == "__main__":
    main()
