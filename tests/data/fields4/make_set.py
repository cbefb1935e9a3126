#!/usr/bin/env python3
"""Write the fields4 held-out set: 40 invented duty-mailbox emails and labels.json.

Deterministic: no clock, no randomness. Message-IDs and MIME boundaries come from fixed
hashes, .docx files are re-zipped with fixed timestamps and core properties, and PDFs are
built by hand (PDF 1.4, Helvetica, WinAnsi) so that pypdf can extract their text.

Run:  /work/main/.venv/bin/python make_set.py

Every label below was set by hand. The checks at the end only test the labels' internal
consistency (next_action order, notice arithmetic, mailbox addresses, that every labelled
child/case id is present in the readable text and every "other family" decoy is present but
not labelled); they never run the parser.
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
import urllib.parse
import zipfile
from email.header import Header
from email.utils import formataddr

import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

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

# England & Wales bank holidays 2027 (none fall in July; listed for the notice check).
BANK_HOLIDAYS_2027 = {dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29),
                      dt.date(2027, 5, 3), dt.date(2027, 5, 31), dt.date(2027, 8, 30),
                      dt.date(2027, 12, 27), dt.date(2027, 12, 28)}

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------


def hx(tag, n=16):
    return hashlib.sha1(tag.encode("utf-8")).hexdigest()[:n].upper()


def ded(s):
    """Dedent a triple-quoted block and strip the first newline."""
    return textwrap.dedent(s).lstrip("\n")


_NO_JOIN = re.compile(r"(- |\* |From:|Sent:|To:|Cc:|Subject:|>)")


def prose(s):
    """Dedent, then undo my editor's hard wrapping inside prose paragraphs, as a mail client
    would send them (one line per paragraph). Short lines (signatures, headings, quoted headers)
    and bullet/header lines stay as they are."""
    out = []
    for line in ded(s).split("\n"):
        st = line.strip()
        prev = out[-1] if out else ""
        if (st and prev.strip() and len(prev) >= 60 and not _NO_JOIN.match(st)
                and not prev.rstrip().endswith(":")):
            out[-1] = prev.rstrip() + " " + st
        else:
            out.append(line)
    return "\n".join(out)


def enc(value):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def addrs(*pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith("\n") else body + "\n"

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def text(body, subtype="plain", cte="qp", charset="utf-8"):
    raw = body.encode(charset)
    if cte == "qp":
        data = quopri.encodestring(raw).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        data = base64.encodebytes(raw).decode("ascii")
        name = "base64"
    elif cte == "7bit":
        raw.decode("ascii")
        data = body
        name = "7bit"
    else:
        data = body
        name = "8bit"
    return Part([f'Content-Type: text/{subtype}; charset="{charset}"',
                 f"Content-Transfer-Encoding: {name}"], data)


def attach(filename, ctype, data):
    try:
        filename.encode("ascii")
        ct = f'Content-Type: {ctype}; name="{filename}"'
        cd = f'Content-Disposition: attachment; filename="{filename}"'
        cd_lines = [cd]
    except UnicodeEncodeError:
        q = urllib.parse.quote(filename, safe="")
        ct = f'Content-Type: {ctype}; name="{enc(filename)}"'
        cd_lines = ["Content-Disposition: attachment;", f" filename*=utf-8''{q}"]
    return Part([ct, *cd_lines, "Content-Transfer-Encoding: base64"],
                base64.encodebytes(data).decode("ascii"))


def multi(subtype, parts, bnd):
    body = ""
    for p in parts:
        body += f"--{bnd}\n" + p.render() + "\n"
    body += f"--{bnd}--\n"
    return Part([f"Content-Type: multipart/{subtype};", f' boundary="{bnd}"'], body)


def outlook_bnd(tag, n):
    return f"_00{n}_{hx(tag + str(n), 32)}GBRP265PRODOUTLOOKCOM_"


def message(top, part):
    lines = []
    for k, v in top:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines + part.headers) + "\n\n" + part.body


def outlook_extra(tag, attach_flag, topic):
    return [("Thread-Topic", enc(topic)),
            ("Thread-Index", base64.b64encode(hashlib.sha1(("ti" + tag).encode()).digest()).decode()),
            ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "yes" if attach_flag else ""),
            ("X-MS-TNEF-Correlator", "")]


def outlook_mid(tag):
    return f"<LO2P265MB{hx(tag, 4)}{hx('m' + tag, 28)}@LO2P265MB{hx(tag, 4)}.GBRP265.PROD.OUTLOOK.COM>"


OUTLOOK_HEAD = ded("""
    <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style><!--
    @font-face
    	{font-family:Aptos;}
    p.MsoNormal, li.MsoNormal, div.MsoNormal
    	{margin:0cm;
    	font-size:11.0pt;
    	font-family:"Aptos",sans-serif;}
    table.MsoTableGrid
    	{border-collapse:collapse;}
    span.EmailStyle20
    	{mso-style-type:personal-compose;}
    div.WordSection1
    	{page:WordSection1;}
    --></style>
    </head>
    <body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
    <div class="WordSection1">
    """)
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def p_html(line, style=None):
    if line.strip() == "":
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    s = f' style="{style}"' if style else ""
    return f'<p class="MsoNormal"{s}>{html.escape(line, quote=False)}<o:p></o:p></p>'


def html_from_text(body):
    """Outlook-like HTML rendering of a plain text body (for multipart/alternative)."""
    out = []
    for line in body.rstrip("\n").split("\n"):
        if line.startswith("From: ") or line.startswith("Sent: "):
            out.append(f'<p class="MsoNormal"><b>{html.escape(line.split(":", 1)[0])}:</b>'
                       f'{html.escape(line.split(":", 1)[1], quote=False)}<o:p></o:p></p>')
        else:
            out.append(p_html(line))
    return OUTLOOK_HEAD + "\n".join(out) + "\n" + OUTLOOK_TAIL


def html_table(rows, header=True, widths=None):
    """An Outlook-style bordered table. rows: list of lists of cell strings."""
    td = ('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
          '<p class="MsoNormal">{}<o:p></o:p></p></td>')
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            txt = html.escape(c, quote=False) if c else "&nbsp;"
            if header and i == 0:
                txt = f"<b>{txt}</b>"
            cells.append(td.format(txt))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------------------------

FIXED_ZIP_TIME = (2027, 7, 1, 9, 0, 0)


def make_docx(title, blocks, author, created=dt.datetime(2027, 7, 1, 9, 0, 0)):
    """blocks: str (paragraph) | ("h", text) | ("table", rows)."""
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def _wrap(lines, width=92):
    out = []
    for line in lines:
        bold = False
        if isinstance(line, tuple):
            line, bold = line[0], True
        if line == "":
            out.append(("", bold))
            continue
        for w in textwrap.wrap(line, width) or [""]:
            out.append((w, bold))
    return out


def make_pdf(lines, title, author, date="D:20270701090000+01'00'"):
    """lines: str or (str,) for bold. Hand-built PDF 1.4 with Helvetica (WinAnsi)."""
    wrapped = _wrap(lines)
    per_page = 56
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then page/content pairs
    kids = []
    n = 6
    for pg in pages:
        page_id, content_id = n, n + 1
        n += 2
        kids.append(page_id)
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        cur = "F1"
        for txt, bold in pg:
            f = "F2" if bold else "F1"
            if f != cur:
                ops.append(f"/{f} 10 Tf")
                cur = f
            ops.append(f"{_pdf_str(txt)} Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs[content_id] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                         b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                         % content_id)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
               % (" ".join(f"{k} 0 R" for k in kids), len(kids))).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = ("<< /Title %s /Author %s /Creator (Microsoft Word for Microsoft 365) "
               "/CreationDate (%s) /ModDate (%s) >>"
               % (_pdf_str(title), _pdf_str(author), date, date)).encode("latin-1")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for i in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[i])
    fid = hashlib.md5(title.encode("utf-8")).hexdigest().upper().encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, fid, fid, xref))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

# ---------------------------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------------------------

ITEMS = []


def add(file, authority, mailbox, now, eml, expect, why, meeting=None, decoys=()):
    ITEMS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now,
                  "eml": eml, "expect": expect, "why": why, "meeting": meeting,
                  "decoys": list(decoys)})


def X(kind, *, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None,
      manager_agreed=None, missing=(), notice_ok=None, next_action):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children],
            "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager_agreed,
            "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action}


KNOWSLEY_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
                       "addressee. If you have received it in error please tell the sender and delete it. "
                       "Knowsley Council may monitor email traffic to and from its systems.")
RW_DISCLAIMER = ("This email and any files transmitted with it are confidential. If you are not the "
                 "intended recipient please notify the sender and delete it. Richmond and Wandsworth "
                 "Councils' shared staffing arrangement. Please consider the environment before printing.")
TH_DISCLAIMER = ("London Borough of Tower Hamlets - This email and any attachments are confidential and "
                 "may be legally privileged. If you are not the intended recipient, please notify the "
                 "sender and delete it. Emails may be monitored for lawful business purposes.")
TORBAY_DISCLAIMER = ("Torbay Council: this email and its attachments are confidential and intended for "
                     "the named recipient only. If it has reached you in error, please tell the sender and "
                     "delete it. Email is not a secure medium; OFFICIAL-SENSITIVE material must be sent "
                     "by secure email.")
HEREFORD_DISCLAIMER = ("Any opinions expressed in this email are those of the individual and not "
                       "necessarily Herefordshire Council. This email and any attachments are "
                       "confidential and intended for the addressee only.")

# =============================================================================================
# KNOWSLEY
# =============================================================================================


def knowsley_01():
    tag = "knowsley_01"
    body = ded("""
        This form was submitted through EHM Forms by Dean Halloran (Family First Case Manager,
        Huyton locality team) on 13/07/2027 at 11:02. Files uploaded with the form are attached
        to this email.

        ==================================================================
        FF STEP UP REQUEST TO CSC (Appendix 1)
        ==================================================================

        Case ID on EHM:                 EHM-60418

        Child(ren):
          1. Name: Tayla Brogan           DOB: 27/02/2014     Gender: F
          2. Name: Connor Brogan          DOB: 11/08/2017     Gender: M
          3. Name:                        DOB:                Gender:

        Has this family recently closed to Children's Social Care?:   [ ] Yes   [X] No

        Date of step up TAF meeting:    Wednesday 21/07/2027     Time: 10:00
        Venue / link:                   Microsoft Teams (calendar invite sent to Knowsley MASH
                                        and MASH Business Support)

        Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been
        followed?):                     Medium

        Recent TAF meeting minutes attached:   [X] Yes   [ ] No

        Presenting concerns (tick all that apply):
          [X] Neglect
          [ ] Domestic abuse
          [ ] Parental mental health
          [ ] Parental substance misuse
          [ ] Exploitation (CE/CSE)
          [ ] Missing from home / care
          [X] School attendance
          [ ] Radicalisation / extremism
          [ ] Young carer
          [ ] SEND / disability
          [ ] Physical abuse
          [ ] Sexual abuse

        What are we worried about?
          Current Concerns (Impact on child):
            Home conditions have got worse since March despite the TAF plan. At the home visit
            on 08/07/2027 there was very little food in the house, neither child had clean
            bedding and Connor has had untreated head lice for six weeks. Tayla's attendance is
            71% and she has been late 19 times this term; she told school she oversleeps because
            nobody wakes her.
          Past Harm:
          Complicating Factors:
            Mum works nights at a warehouse and has no wider family nearby.

        What is working well?
          Existing Strengths:
            Mum is warm with the children and has attended every TAF meeting.
          Existing Safety:
            Maternal aunt collects Connor from school on Tuesdays and Thursdays.

        What next?
          Goals:
            The children's basic care needs are met every day; Tayla's attendance above 90%.
          Next Steps:
            Step up TAF meeting 21/07/2027, chaired by the MASH social worker.
          Scaling Question: (add question here)
            0  1  2  3  4  5  6  7  8  9  10        Selected: 3

        Have you considered/completed/reviewed if applicable:
          [ ] Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.
          [X] Graded Care profile (If neglect should be completed).     Date completed: 06/07/2027
          [ ] Merseyside Exploitation Assessment - CE/CSE concern.

        Up to date police information if applicable:

        Agreement by line manager:      [X] Yes   [ ] No
                                        Name: Lorna Whitty (Team Manager, Family First Huyton)
                                        Date: 12/07/2027

        Parent/carer informed of step up:   [X] Yes   [ ] No
        Parent/carer consent:               [ ] Yes   [ ] No   [ ] Not required

        Contingency plan (Smart and timely):
          If step up is not agreed the TAF reconvenes within 2 weeks and the GCP2 is repeated in
          October.

        Uploaded files (2):
          - GCP2 - Brogan - 06.07.2027.pdf
          - TAF minutes 30.06.2027 - Brogan.docx

        ------------------------------------------------------------------
        Please do not reply to this address. Replies go to Dean Halloran.
        EHM Forms Service - Knowsley Council Family First 0-18
        """)
    gcp2 = make_pdf([
        ("Graded Care Profile 2 (GCP2) - summary of grades",),
        "",
        "Family: Brogan                EHM ID: EHM-60418",
        "Children: Tayla Brogan (27/02/2014), Connor Brogan (11/08/2017)",
        "Completed by: Dean Halloran, Family First Case Manager      Date completed: 06/07/2027",
        "",
        ("Area 1 - Physical care",),
        "Nutrition: 4   Housing: 4   Clothing: 3   Hygiene: 4   Health: 3",
        ("Area 2 - Care of safety",),
        "In presence: 3   In absence: 3",
        ("Area 3 - Love and care",),
        "Grade: 2",
        ("Area 4 - Esteem",),
        "Grade: 3",
        "",
        "Overall: grade 3-4 in areas 1 and 2. Shared with mum on 07/07/2027.",
    ], "GCP2 - Brogan", "Dean Halloran")
    minutes = make_docx("TAF meeting minutes - Brogan family", [
        "Date: 30/06/2027, 10:00, Huyton Family Hub",
        "EHM ID: EHM-60418",
        "Present: Dean Halloran (Family First Case Manager, chair); mum; Mrs K. Lyon (Pastoral "
        "Lead, Roby Park Primary); school nurse.",
        ("h", "Review of the plan"),
        "Home conditions not improved since the last TAF; food parcels accepted twice. Tayla's "
        "attendance 71%. Connor's head lice not yet treated.",
        ("h", "Decision"),
        "TAF agrees that the plan is not bringing change and that the case manager will discuss a "
        "step up to CSC with the team manager.",
        ("h", "Actions"),
        "Dean to complete the GCP2 by 07/07/2027. School to continue the breakfast club offer.",
    ], "Dean Halloran")
    part = multi("mixed", [
        text(body),
        attach("GCP2 - Brogan - 06.07.2027.pdf", PDF, gcp2),
        attach("TAF minutes 30.06.2027 - Brogan.docx", DOCX, minutes),
    ], f"----=_Part_{hx(tag, 8)}_{hx(tag + 'b', 10)}")
    top = [("From", addr("EHM Forms on behalf of Dean Halloran", "ehm.forms@knowsley.gov.uk")),
           ("Sender", addr("EHM Forms", "ehm.forms@knowsley.gov.uk")),
           ("Reply-To", addr("Halloran, Dean", "Dean.Halloran@knowsley.gov.uk")),
           ("To", addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk")),
           ("Cc", addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")),
           ("Subject", enc("FF Step Up request to CSC \u2013 submitted \u2013 EHM-60418")),
           ("Date", "Tue, 13 Jul 2027 11:02:41 +0100"),
           ("Message-ID", f"<ehmforms.20270713110241.{hx(tag, 10).lower()}@knowsley.gov.uk>"),
           ("X-Mailer", "EHM Forms Service 4.2.1")]
    add("knowsley_01.eml", "knowsley", "mash_step_up", "2027-07-13T11:08:00+01:00", message(top, part),
        X("step_up", case_ids=["EHM-60418"],
          children=[("Tayla Brogan", "2014-02-27"), ("Connor Brogan", "2017-08-11")],
          concerns=["neglect", "school_attendance"], consent=None, manager_agreed=True,
          missing=[], notice_ok=True, next_action="book_meeting"),
        "Agency form system (EHM Forms, sent on behalf of the case manager): the Appendix 1 form is the "
        "body itself, so step_up_form is met; only the ticked boxes count (Neglect, School attendance; GCP2 "
        "ticked and attached), printed but unticked options (Engaging Families, Exploitation, Young carer...) "
        "and blank fields (Past Harm, child 3) are not facts; 'informed of step up' is not consent and the "
        "consent row is unticked, so consent null; Tue 13 Jul -> Wed 21 Jul = 6 WD.",
        meeting=dt.date(2027, 7, 21))


def knowsley_02():
    tag = "knowsley_02"
    plain = prose("""
        Hi MASH,

        Please see my step up request below for Ruby and Alfie Whiteley (EHM-60733). Paddy has
        now agreed the step up (his reply is underneath), so it is no longer awaiting sign-off as
        my note to him says.

        Also, sorry, I put the wrong date for the step up TAF in my note below. It is Thursday
        22nd July at 1.30pm, not Tuesday 20th - the Teams invite went to you and MASH Business
        Support this morning. The form (updated), the TAF minutes and the Engaging Families
        toolkit are attached.

        Thanks
        Michaela

        Michaela Rourke | Family First Case Manager | Kirkby Locality | Knowsley Council
        0151 496 0372

        From: Kinsella, Paddy <Paddy.Kinsella@knowsley.gov.uk>
        Sent: 14 July 2027 17:12
        To: Rourke, Michaela <Michaela.Rourke@knowsley.gov.uk>
        Subject: RE: Step up request \u2013 Whiteley \u2013 EHM-60733 \u2013 for TM sign-off

        Michaela - I've read the toolkit and the minutes. I agree this needs to step up. Agreed.

        Paddy Kinsella
        Team Manager, Family First 0-18 (Kirkby)

        From: Rourke, Michaela
        Sent: 12 July 2027 15:30
        To: Kinsella, Paddy <Paddy.Kinsella@knowsley.gov.uk>
        Cc: Doran, Leah <Leah.Doran@knowsley.gov.uk>
        Subject: Step up request \u2013 Whiteley \u2013 EHM-60733 \u2013 for TM sign-off

        Paddy - for when you're back from leave on Wednesday. Below is the step up request I'd
        like to send to MASH for Ruby Whiteley (DOB 04/05/2013) and Alfie Whiteley (DOB
        19/01/2016), EHM-60733. TM sign-off is still awaited, so I'll hold it until you've agreed.

        Mum has not engaged with the TAF plan since April: she has cancelled 6 of the last 8 home
        visits and has stopped going to the Freedom Programme. I have used the Engaging Families
        toolkit (attached), which shows a high level of disguised compliance. There have also been
        two police call-outs for domestic incidents between mum and her partner (PPNs dated 02/06
        and 28/06), and the children were in the house both times.

        The step up TAF is Tuesday 20th July at 1.30pm on Teams.

        Michaela

        """) + KNOWSLEY_DISCLAIMER + "\n"
    form = make_docx("FF Step Up request to CSC", [
        ("table", [["Case ID on EHM:", "EHM-60733"],
                   ["Child(ren):", "Ruby Whiteley 04/05/2013; Alfie Whiteley 19/01/2016"],
                   ["Has this family recently closed to Children's Social Care?:", "No"],
                   ["Date of step up TAF meeting:", "Thursday 22/07/2027 13:30, Teams (amended from 20/07)"],
                   ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
                    "Low - toolkit completed 09/07/2027, attached"],
                   ["Recent TAF meeting minutes attached:", "Yes - 07/07/2027"]]),
        ("h", "What are we worried about?"),
        "Mum has not engaged with the plan since April. Two domestic incidents between mum and her "
        "partner in June (PPNs) with the children in the house.",
        ("h", "What is working well?"),
        "The children attend school every day; maternal grandmother is a support.",
        ("h", "What next?"),
        "Step up TAF on 22/07/2027 chaired by the MASH social worker.",
        ("table", [["Agreement by line manager:", "Paddy Kinsella, Team Manager - agreed 14/07/2027"],
                   ["Contingency plan:", "If not agreed, TAF to meet fortnightly with a new written agreement."]]),
        "Form updated 15/07/2027.",
    ], "Michaela Rourke")
    minutes = make_pdf([
        ("TAF meeting minutes - Whiteley family",),
        "Date: 07/07/2027, 13:00, Kirkby Family Hub. EHM-60733.",
        "Present: Michaela Rourke (chair), Mrs D. Ashton (Learning Mentor, Northwood Academy), "
        "school nurse. Mum did not attend (third TAF missed).",
        "Discussion: mum has cancelled 6 of 8 home visits; police attended the home twice in June "
        "for domestic incidents. The TAF agreed the case manager will seek a step up to CSC.",
    ], "TAF minutes - Whiteley", "Michaela Rourke")
    toolkit = make_docx("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool", [
        "Family: Whiteley. EHM ID: EHM-60733. Completed 09/07/2027 by Michaela Rourke.",
        ("table", [["Indicator", "Rating"],
                   ["Appointments kept", "Low (2 of 8)"],
                   ["Honesty about circumstances", "Low - disguised compliance"],
                   ["Change sustained", "None since April"]]),
        "What this tells us: engagement is low and the family's agreement to the plan is not "
        "matched by change; the toolkit supports a step up.",
    ], "Michaela Rourke")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [
        alt,
        attach("FF Step Up request - Whiteley (updated 15.07.27).docx", DOCX, form),
        attach("TAF minutes 07.07.27 - Whiteley.pdf", PDF, minutes),
        attach("Engaging Families Toolkit - Whiteley.docx", DOCX, toolkit),
    ], outlook_bnd(tag, 4))
    subj = "FW: Step up request \u2013 Whiteley \u2013 EHM-60733"
    top = [("From", addr("Rourke, Michaela", "Michaela.Rourke@knowsley.gov.uk")),
           ("To", addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk")),
           ("Cc", addrs(("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"),
                        ("Kinsella, Paddy", "Paddy.Kinsella@knowsley.gov.uk"))),
           ("Subject", enc(subj)),
           ("Date", "Thu, 15 Jul 2027 09:41:07 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Step up request \u2013 Whiteley \u2013 EHM-60733 \u2013 for TM sign-off")]
    add("knowsley_02.eml", "knowsley", "mash_step_up", "2027-07-15T09:47:00+01:00", message(top, part),
        X("step_up", case_ids=["EHM-60733"],
          children=[("Ruby Whiteley", "2013-05-04"), ("Alfie Whiteley", "2016-01-19")],
          concerns=["domestic_abuse", "non_engagement"], consent=None, manager_agreed=True,
          missing=[], notice_ok=True, next_action="book_meeting"),
        "Sign-off thread forwarded to MASH (the first time it reaches the inbox, so a step_up): the newest "
        "text corrects the oldest - 'TM sign-off is still awaited' is superseded by 'Paddy has now agreed' "
        "and his quoted 'Agreed' (manager_agreed true), and the TAF moves from Tue 20 Jul (3 WD) to Thu 22 Jul "
        "13:30: Thu 15 Jul -> Thu 22 Jul = exactly 5 WD, ok. Form, minutes and Engaging Families toolkit "
        "attached.",
        meeting=dt.date(2027, 7, 22))


def knowsley_03():
    tag = "knowsley_03"
    kid_table = html_table([["Name", "DOB", "EHM ID", "School"],
                            ["Jordan Kelsall", "30/09/2011", "EHM-61055", "Halewood Park Academy (Year 10)"]])
    adults = html_table([["Role", "Name", "Contact"],
                         ["Parent/carer", "Kerry Kelsall (mum)", "07700 900418"],
                         ["Family First Case Manager", "Obi Nwachukwu", "0151 496 0233"],
                         ["School DSL", "Mr R. Fenton", "0151 496 0790"]])
    inner = "\n".join([
        p_html("Hello MASH,"), p_html(""),
        p_html("Please find attached a step up request to CSC for the young person below. The step up "
               "form and the TAF minutes from 14/07 are attached."),
        p_html(""), kid_table, p_html(""),
        '<p class="MsoNormal"><b>Why now</b><o:p></o:p></p>',
        p_html("Since May Jordan has been reported missing overnight three times and was found twice in "
               "Liverpool city centre with older males. He has had unexplained cash and a second phone, "
               "and Merseyside Police have shared intelligence linking his associates to a county line. "
               "He has not been missing since 2 July; he is at home with mum, attends the summer "
               "scheme daily and a safety plan is in place, so there is no immediate safeguarding "
               "concern today."),
        p_html(""),
        '<p class="MsoNormal"><b>Step up TAF meeting</b><o:p></o:p></p>',
        p_html("Wednesday 28th July 2027, 10:00am, Microsoft Teams - invite sent to Knowsley MASH and "
               "MASH Business Support."),
        p_html(""),
        p_html("My TM, Sinead Maguire, has discussed this with me and agreed the step up."),
        p_html(""),
        p_html("The Merseyside Exploitation Assessment is being completed with the CE team this week - "
               "I will send it on before the meeting."),
        p_html(""), adults, p_html(""),
        p_html("PS - the Stanley family (EHM-60102, Kyle Stanley) that I mentioned at the locality "
               "meeting is a separate matter and not part of this request; I will send their request "
               "next week once their TAF has met."),
        p_html(""),
        p_html("Thanks"), p_html("Obi"), p_html(""),
        p_html("Obi Nwachukwu", "color:#595959"),
        p_html("Family First Case Manager | Halewood & Prescot", "color:#595959"),
        p_html("Knowsley Council | 0151 496 0233", "color:#595959"),
        p_html(""), p_html(KNOWSLEY_DISCLAIMER, "font-size:7.5pt;color:gray"),
    ])
    html_body = OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL
    form = make_docx("FF Step Up request to CSC - Jordan Kelsall", [
        ("table", [["Case ID on EHM:", "EHM-61055"],
                   ["Has this family recently closed to Children's Social Care?:", "No"],
                   ["Date of step up TAF meeting:", "28/07/2027 10:00"],
                   ["Recent TAF meeting minutes attached:", "Yes"]]),
        ("h", "What are we worried about?"),
        "Missing episodes (3 since May), found with older males in Liverpool, unexplained cash and "
        "phone; police intelligence about a county line.",
        ("h", "What is working well?"),
        "Mum works openly with the case manager; Jordan enjoys boxing and attends the summer scheme.",
        ("h", "What next?"),
        "Step up to CSC; MEA to be completed with the CE team.",
        "Agreement by line manager: Sinead Maguire (TM), 19/07/2027.",
    ], "Obi Nwachukwu")
    minutes = make_docx("TAF minutes 14.07.2027 - Kelsall", [
        "Present: Obi Nwachukwu (chair), mum, Mr R. Fenton (DSL), youth worker.",
        "EHM-61055. The TAF agreed that the risks outside the home are beyond what the level 3 plan "
        "can manage and that a step up to CSC will be requested.",
    ], "Obi Nwachukwu")
    part = multi("mixed", [
        text(html_body, "html"),
        attach("FF Step Up request to CSC - J Kelsall.docx", DOCX, form),
        attach("TAF minutes 14.07.2027 - Kelsall.docx", DOCX, minutes),
    ], outlook_bnd(tag, 4))
    top = [("From", addr("Nwachukwu, Obi", "Obi.Nwachukwu@knowsley.gov.uk")),
           ("To", addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk")),
           ("Cc", addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")),
           ("Subject", enc("Step Up \u2013 EHM-61055 \u2013 Kelsall")),
           ("Date", "Tue, 20 Jul 2027 14:18:52 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Step Up \u2013 EHM-61055 \u2013 Kelsall")]
    add("knowsley_03.eml", "knowsley", "mash_step_up", "2027-07-20T14:25:00+01:00", message(top, part),
        X("step_up", case_ids=["EHM-61055"], children=[("Jordan Kelsall", "2011-09-30")],
          concerns=["exploitation", "missing"], consent=None, manager_agreed=True,
          missing=["exploitation_assessment"], notice_ok=True, next_action="request_info"),
        "Outlook HTML-only mail with the child in a table (mum and professionals in a second table are "
        "adults); exploitation concern needs the Merseyside Exploitation Assessment, which is only promised "
        "('will send it on'), so exploitation_assessment is missing; the Stanley family (EHM-60102, Kyle "
        "Stanley) is a different case mentioned in a PS and must not be merged; not urgent (no episode since "
        "2 July, safety plan); Tue 20 Jul -> Wed 28 Jul = 6 WD.",
        meeting=dt.date(2027, 7, 28), decoys=["EHM-60102", "Kyle Stanley"])


def knowsley_04():
    tag = "knowsley_04"
    plain = prose("""
        Good morning,

        I am writing to inform you of my intention to step Skye Donnelly (DOB 02/12/2012,
        ICS-1347719) down from CIN to a Level 2 Early Help response through her school. The school
        have agreed to take on the Lead Practitioner role - please see their reply below. Mum
        consents to the step down and to the school leading the TAF.

        Final CIN meeting: Tuesday 27th July 2027 at 10.00am, Halewood Park Academy, Pastoral
        Meeting Room.

        What are we worried about?
        Skye's attendance is 88% this year and has been below 90% every half term since her
        grandmother died in January; she finds Monday mornings hardest. Mum is managing but the
        household budget is tight since the bereavement.

        What is working well?
        Mum has engaged with every CIN visit and meeting. Skye has a trusted adult in school and
        goes to the homework club three times a week. The home is warm and well organised.

        What needs to happen?
        School to hold the first TAF within 6 weeks of the final CIN, continue pastoral mentoring
        and monitor attendance weekly; mum to take up the bereavement support offered through the
        GP; Citizens Advice appointment for a benefits check.

        Kind regards

        Tola Adeyemi
        Social Worker, Child in Need Team 2
        Knowsley Children's Social Care
        0151 496 0865

        From: Hayley Costigan <h.costigan@halewoodpark.example>
        Sent: 16 July 2027 13:47
        To: Adeyemi, Tola <Tola.Adeyemi@knowsley.gov.uk>
        Subject: RE: Skye D - LP after CIN

        Hi Tola,

        Yes, happy to pick this up as LP from the final CIN - we know Skye and mum well. I've put
        the 27th in my diary.

        Thanks

        Hayley Costigan
        Family Support Worker | Halewood Park Academy
        t: 0151 496 0518

        """) + KNOWSLEY_DISCLAIMER + "\n"
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    subj = "Step down to Level 2 \u2013 Skye Donnelly \u2013 ICS-1347719"
    top = [("From", addr("Adeyemi, Tola", "Tola.Adeyemi@knowsley.gov.uk")),
           ("To", addr("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")),
           ("Cc", addrs(("Hayley Costigan", "h.costigan@halewoodpark.example"),
                        ("Lowry, Bernadette", "Bernadette.Lowry@knowsley.gov.uk"))),
           ("Subject", enc(subj)),
           ("Date", "Mon, 19 Jul 2027 10:05:33 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, False, subj)]
    add("knowsley_04.eml", "knowsley", "early_help_duty", "2027-07-19T10:12:00+01:00", message(top, alt),
        X("step_down", level=2, case_ids=["ICS-1347719"], children=[("Skye Donnelly", "2012-12-02")],
          concerns=["school_attendance"], consent=True, manager_agreed=None, missing=[],
          notice_ok=True, next_action="book_meeting"),
        "Level 2 step-down whose new lead practitioner is named only in the quoted reply's signature "
        "(Hayley Costigan, Family Support Worker, Halewood Park Academy) - a named person with an agency, so "
        "lead_practitioner is met; date, time and venue given; all three SoS headings; TM only copied (null); "
        "Mon 19 Jul -> Tue 27 Jul = 6 WD.",
        meeting=dt.date(2027, 7, 27))


def knowsley_05():
    tag = "knowsley_05"
    plain = prose("""
        Hi FF Duty,

        SD notification re: Marcus Kenwright (DOB 15/03/2015) ICS-1350284 and Tia Kenwright
        (DOB 08/10/2019) ICS-1350285 - SD from CIN to FF at L3.

        Bkgd: CP plan ended at RCPC 02/07/27 -> CIN. C&F completed 16/07/27. PLO not
        progressed (threshold no longer met). EHA to be opened by FF. No DA concerns - mum's ex
        has had no contact since 2025.

        JHV with FFCM: Thurs 29/07/27 @ 2pm at the family home, 22 Larkspur Close, Huyton.

        SoS -
        What are we worried about?
        Mum's low mood (PMH - GP + Talking Matters referral, on the waiting list). Marcus's
        attendance 89% (SA). Tia's speech and language delay - SALT + EHCP needs assessment
        started (SEND).

        What's working well?
        Home conditions good and sustained since March. Mum attends every CIN mtg. Nan (mat.)
        does the school run 3x/wk. HV and school both positive.

        What needs to happen?
        FFCM to lead TAF, first TAF review within 6 wks. School to keep attendance plan.
        Mum to go to Talking Matters. SALT + nursery to continue, EHCP NA to conclude.

        Consent - I'll discuss FF L3 with mum at the CIN on Tues and confirm.
        TM (Gerry Naughton) aware.

        Ciaran

        Ciaran McArdle
        SW | CIN Team 1 | Knowsley CSC
        0151 496 0147

        """) + KNOWSLEY_DISCLAIMER + "\n"
    subj = "SD to FF L3 \u2013 Marcus & Tia Kenwright \u2013 ICS-1350284 / ICS-1350285"
    top = [("From", addr("McArdle, Ciaran", "Ciaran.McArdle@knowsley.gov.uk")),
           ("To", addr("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Fri, 23 Jul 2027 15:40:18 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, False, subj)]
    add("knowsley_05.eml", "knowsley", "early_help_duty", "2027-07-23T15:46:00+01:00", message(top, text(plain)),
        X("step_down", level=3, case_ids=["ICS-1350284", "ICS-1350285"],
          children=[("Marcus Kenwright", "2015-03-15"), ("Tia Kenwright", "2019-10-08")],
          concerns=["disability_send", "parental_mental_health", "school_attendance"], consent=None,
          manager_agreed=None, missing=["consent"], notice_ok=False, next_action="request_info"),
        "Acronym-heavy Level 3 step-down (SD, FF, L3, CP, RCPC, C&F, PLO, EHA, DA, JHV, FFCM, SoS, PMH, SA, "
        "SALT, EHCP): 'No DA concerns' is negated; consent only 'I'll discuss ... and confirm' (null, so "
        "missing at L3); 'TM aware' is not agreement; joint home visit Thu 29 Jul 14:00 at the family home "
        "from Fri 23 Jul = 4 WD, not ok.",
        meeting=dt.date(2027, 7, 29))


def knowsley_06():
    tag = "knowsley_06"
    sig = ded("""


        Femi Okoro | Family First Case Manager | Knowsley Council | 0151 496 0655

        """) + KNOWSLEY_DISCLAIMER + "\n"
    gcp2 = make_pdf([
        ("Graded Care Profile 2 (GCP2)",),
        "",
        "Child: Riley Parr          DOB: 03/02/2019          EHM ID: EHM-59877",
        "Completed by: Femi Okoro (Family First Case Manager)     Date: 05/07/2027",
        "",
        ("Grades",),
        "Area 1 Physical care - Nutrition 3, Housing 3, Clothing 2, Hygiene 3, Health 3",
        "Area 2 Care of safety - In presence 2, In absence 3",
        "Area 3 Love and care - 2",
        "Area 4 Esteem - 2",
        "",
        "Grades discussed with parent on 05/07/2027.",
    ], "GCP2 - R Parr", "Femi Okoro")
    alt = multi("alternative", [text(sig), text(html_from_text(sig), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("GCP2 - R Parr.pdf", PDF, gcp2)], outlook_bnd(tag, 4))
    subj = "RE: [SB-knowsley-41] Step-up request received - information needed"
    top = [("From", addr("Okoro, Femi", "Femi.Okoro@knowsley.gov.uk")),
           ("To", addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk")),
           ("Subject", subj),
           ("Date", "Wed, 07 Jul 2027 16:22:09 +0100"),
           ("Message-ID", outlook_mid(tag)),
           ("In-Reply-To", "<SB-knowsley-41.ack.20270706143000@knowsley.gov.uk>"),
           ("References", "<SB-knowsley-41.ack.20270706143000@knowsley.gov.uk>"),
           *outlook_extra(tag, True, "[SB-knowsley-41] Step-up request received - information needed")]
    add("knowsley_06.eml", "knowsley", "mash_step_up", "2027-07-07T16:28:00+01:00", message(top, part),
        X("follow_up", case_ids=["EHM-59877"], children=[("Riley Parr", "2019-02-03")],
          concerns=[], consent=None, manager_agreed=None, missing=[], notice_ok=None,
          next_action="attach_to_request"),
        "Follow-up whose only content is the missing GCP2 (body is just the signature; reference "
        "SB-knowsley-41 in the subject); child, DOB and EHM id are only in the PDF; the PDF holds grades and "
        "no described worry, so concerns [] (as in the dev corpus's GCP2 follow-up); follow_up has no "
        "requirements.")


def knowsley_07():
    tag = "knowsley_07"
    plain = prose("""
        Dear MASH colleagues,

        I am not sure this is the right inbox - the KSCP page gave this address for MASH and step
        up - so please pass this to the LADO if not.

        On Friday one of our TAs told our HR provider that her partner was arrested last week.
        The police did not tell her why, but she believes it relates to online offences. There
        is no allegation involving any pupil and she has not been arrested or charged herself. As a
        precaution she is working in the school office, away from pupils, until we have LADO
        advice. Her enhanced DBS is clear and up to date.

        I have spoken to our DSL (Mr Paul Ashcroft) and our HR adviser. They suggested a LADO
        consultation rather than a MASH contact. Could someone confirm whether we need to complete
        the LADO referral form or whether a phone consultation is enough?

        Kind regards

        Angela Corkhill
        Headteacher
        Brook Lane Primary School, Huyton
        Tel: 0151 496 0761
        """)
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    subj = "LADO - advice needed re member of staff (not a child referral)"
    top = [("From", addr("Angela Corkhill (Headteacher)", "head@brooklane-primary.example")),
           ("To", addr("", "knowsleymash@knowsley.gov.uk")),
           ("Cc", addr("Paul Ashcroft", "p.ashcroft@brooklane-primary.example")),
           ("Subject", subj),
           ("Date", "Mon, 26 Jul 2027 08:52:40 +0100"),
           ("Message-ID", f"<DB9PR04MB{hx(tag, 20)}@DB9PR04MB8412.eurprd04.prod.outlook.com>"),
           *outlook_extra(tag, False, subj)]
    add("knowsley_07.eml", "knowsley", "mash_step_up", "2027-07-26T09:00:00+01:00", message(top, alt),
        X("other", next_action="human_review"),
        "Headteacher asking for LADO advice about a member of staff (acronyms LADO, KSCP, TA, HR, DSL, DBS); "
        "no child is named or said to be harmed ('no allegation involving any pupil'), so it is no step request "
        "and not urgent: kind other, human_review, no facts.")


def knowsley_08():
    tag = "knowsley_08"
    plain = prose("""
        Good afternoon,

        Sending on behalf of Jade Morley (Family First Case Manager), who is out on visits today -
        her request is below and the step up form and the TAF minutes are attached. Jade's Team
        Manager, Gemma Rowe, is copied in, as are the health visitor and the school DSL at Jade's
        request.

        Many thanks

        Carla Whelan
        Business Support Officer | Family First 0-18 (Prescot) | Knowsley Council

        From: Morley, Jade <Jade.Morley@knowsley.gov.uk>
        Sent: 28 July 2027 08:51
        To: FF Business Support Prescot <ff.bs.prescot@knowsley.gov.uk>
        Subject: Step up \u2013 Lacey Traynor \u2013 EHM-61320

        Carla - could you send this to MASH + MASH BS for me please, with the form and the minutes
        from the 21st, and copy in Gemma, Hollie and Mr Mistry. Ta!

        Step up request for Lacey Traynor, DOB 17/06/2022, EHM-61320.

        Mum (Shannon Traynor, 23) has relapsed into heroin use (positive test 19/07) and her mental
        health has deteriorated - she was seen by the crisis team on 12/07 and is now under the
        home treatment team. Lacey is 5 and is spending most nights with maternal grandmother, who
        is coping for now. I am asking for the case to step up to CSC.

        Step up TAF: Wednesday 4th August 2027, 10:00, Teams - calendar invite already sent to
        knowsleymash and MASH BS.

        Gemma hasn't signed it off yet - I'll ask her to reply to all when she's back from leave.

        Jade

        """) + KNOWSLEY_DISCLAIMER + "\n"
    form = make_docx("FF Step Up request to CSC - Lacey Traynor", [
        ("table", [["Case ID on EHM:", "EHM-61320"],
                   ["Has this family recently closed to Children's Social Care?:", "No"],
                   ["Date of step up TAF meeting:", "Wednesday 04/08/2027 10:00 (Teams)"],
                   ["Level of Engagement:", "High - mum engages"],
                   ["Recent TAF meeting minutes attached:", "Yes (21/07/2027)"]]),
        ("h", "What are we worried about?"),
        "Mum's relapse into heroin use and her mental health crisis; Lacey's care depends on "
        "grandmother.",
        ("h", "What is working well?"),
        "Grandmother is protective and consistent; mum is honest about her relapse.",
        ("h", "What next?"),
        "Step up TAF 04/08/2027.",
        ("table", [["Agreement by line manager:", ""],
                   ["Contingency plan:", "Grandmother to continue overnight care; drug service key worker to "
                    "see mum weekly."]]),
    ], "Jade Morley")
    minutes = make_docx("TAF minutes 21.07.2027 - Traynor", [
        "Present: Jade Morley (chair), mum, maternal grandmother, Hollie Grant (Health Visitor), "
        "Mr S. Mistry (DSL).",
        "EHM-61320. Mum disclosed her relapse. The TAF agreed that the case manager will ask for a step "
        "up to CSC.",
    ], "Jade Morley")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [
        alt,
        attach("Step up form - L Traynor.docx", DOCX, form),
        attach("TAF minutes 21.07.2027 - Traynor.docx", DOCX, minutes),
    ], outlook_bnd(tag, 4))
    subj = "FW: Step up \u2013 Lacey Traynor \u2013 EHM-61320 \u2013 TAF Wed 4th Aug"
    top = [("From", addr("FF Business Support Prescot", "ff.bs.prescot@knowsley.gov.uk")),
           ("To", addrs(("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                        ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"))),
           ("Cc", addrs(("Morley, Jade", "Jade.Morley@knowsley.gov.uk"),
                        ("Rowe, Gemma", "Gemma.Rowe@knowsley.gov.uk"),
                        ("Hollie Grant (Health Visitor)", "hollie.grant@merseycare-hv.example"),
                        ("Mr S Mistry (DSL)", "s.mistry@st-aidans-prescot.example"))),
           ("Subject", enc(subj)),
           ("Date", "Wed, 28 Jul 2027 12:06:25 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Step up \u2013 Lacey Traynor \u2013 EHM-61320")]
    add("knowsley_08.eml", "knowsley", "mash_step_up", "2027-07-28T12:14:00+01:00", message(top, part),
        X("step_up", case_ids=["EHM-61320"], children=[("Lacey Traynor", "2022-06-17")],
          concerns=["parental_mental_health", "substance_misuse"], consent=None, manager_agreed=None,
          missing=["manager_agreed"], notice_ok=True, next_action="request_info"),
        "Sent by business support on behalf of the case manager with four people copied; the TM is copied but "
        "silent and 'hasn't signed it off yet' (form's manager row blank), so manager_agreed null and missing; "
        "mum (23) is an adult; no neglect ticked or described, so no GCP2 needed; Wed 28 Jul -> Wed 4 Aug = 5 WD.",
        meeting=dt.date(2027, 8, 4))


for _f in (knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07,
           knowsley_08):
    _f()

# =============================================================================================
# RICHMOND & WANDSWORTH
# =============================================================================================


def richmond_wandsworth_01():
    tag = "richmond_wandsworth_01"
    kids = html_table([["Child", "Date of birth", "Mosaic ID", "School / setting"],
                       ["Precious Okafor-Blake", "21/01/2015", "2417730", "Wandle Vale Academy, Year 8 from Sept"],
                       ["Ezra Okafor-Blake", "06/11/2020", "2417731", "Little Acorns Nursery"]])
    inner = "\n".join([
        p_html("Dear MASH,"), p_html(""),
        p_html("Following my reflective discussion with the Early Help worker, Dominic Achterberg, I am "
               "requesting a step up to Children's Services for the children below. The latest case "
               "summary is attached."),
        p_html(""), kids, p_html(""),
        '<p class="MsoNormal"><b><span style="font-size:12.0pt">Rationale for step up</span></b><o:p></o:p></p>',
        p_html("Early Help has worked with the family since February under a family plan focused on "
               "routines and mum's drinking. Since May mum's alcohol use has increased: Dominic has found "
               "her intoxicated at 11am on two visits, and the nursery has twice been unable to reach her "
               "at collection time. Ezra has arrived at nursery hungry and in the same clothes for several "
               "days. Mum has declined the "
               "alcohol service twice. The plan is not bringing change and the children's needs are now "
               "beyond what Early Help can meet."),
        p_html(""),
        p_html("There are no immediate child protection concerns - the children's father has been staying "
               "at the home since 1 July and is sober and caring for them."),
        p_html(""),
        p_html("Mum (Adaeze Okafor) agrees to the referral to Children's Services and has signed the "
               "information-sharing consent. I have reviewed the case with Dominic in supervision on 2 July "
               "and I agree it meets the threshold for step up."),
        p_html(""),
        p_html("Kind regards"), p_html(""),
        p_html("Ciara Fennimore", "color:#1F3864"),
        p_html("Early Help Team Manager (Wandsworth North)", "color:#1F3864"),
        p_html("Richmond and Wandsworth Councils | 020 7946 0572", "color:#1F3864"),
        p_html(""), p_html(RW_DISCLAIMER, "font-size:8.0pt;color:gray"),
    ])
    summary = make_docx("Case summary - Okafor-Blake - July 2027", [
        ("table", [["Children", "Precious Okafor-Blake (21/01/2015), Ezra Okafor-Blake (06/11/2020)"],
                   ["Mosaic", "2417730 / 2417731"],
                   ["Early Help worker", "Dominic Achterberg"]]),
        ("h", "Summary"),
        "Family open to Early Help since 08/02/2027 following a nursery request for support. Mum's "
        "alcohol use has increased since May and the children's basic care has slipped (hunger, "
        "hygiene, missed collections). Mum declined the alcohol service on 21/05 and 17/06.",
        ("h", "Current position"),
        "Father staying at the home since 01/07 and providing day-to-day care.",
    ], "Dominic Achterberg")
    part = multi("mixed", [text(OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL, "html"),
                           attach("Case summary - Okafor-Blake - July 2027.docx", DOCX, summary)],
                 outlook_bnd(tag, 4))
    subj = "Step up to Children's Services \u2013 Okafor-Blake children \u2013 Mosaic 2417730 / 2417731"
    top = [("From", addr("Fennimore, Ciara", "Ciara.Fennimore@richmondandwandsworth.gov.uk")),
           ("To", addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk")),
           ("Cc", addr("Achterberg, Dominic", "Dominic.Achterberg@richmondandwandsworth.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Mon, 05 Jul 2027 10:12:44 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2027-07-05T10:20:00+01:00",
        message(top, part),
        X("step_up", case_ids=["2417730", "2417731"],
          children=[("Precious Okafor-Blake", "2015-01-21"), ("Ezra Okafor-Blake", "2020-11-06")],
          concerns=["neglect", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "Outlook HTML-only step-up from the Early Help Team Manager; children, DOBs and Mosaic ids only in an "
        "HTML table (ids written bare, 'Mosaic' label in the subject is not part of them); rationale pasted "
        "under its own heading, case summary attached; mum's consent and the TM's own agreement stated; 'no "
        "immediate child protection concerns' is negated.")


def richmond_wandsworth_02():
    tag = "richmond_wandsworth_02"
    plain = prose("""
        Hi,

        Jasper asked me to send this to the duty inbox as well so it is logged - forwarding my
        email from Friday with the case summary and the draft plan.

        Sorry - I gave the wrong DOB for Mateo below, it's 03/11/2016, not 03/11/2015. Everything
        else is correct.

        Sophie

        Sophie Larkin
        Social Worker | Family Support and Safeguarding (Richmond)
        Richmond and Wandsworth Councils | 020 7946 0419

        From: Larkin, Sophie
        Sent: 09 July 2027 16:48
        To: Quint, Jasper <jasper.quint@richmondandwandsworth.gov.uk>
        Cc: Anand, Rupert <Rupert.Anand@richmondandwandsworth.gov.uk>
        Subject: Step down \u2013 Castellanos \u2013 case discussion Thurs 15/07

        Hi Jasper,

        Thanks for the call earlier. As agreed, confirming the step-down case discussion for
        Thursday 15 July at 10am on Teams, with my TM Rupert Anand.

        Children: Lucia Castellanos (DOB 27/04/2013) and Mateo Castellanos (DOB 03/11/2015).
        Mosaic ID 2398114 (Lucia), 2398115 (Mateo).

        Dad has been the children's sole carer since 2025. He consents to Early Help continuing
        the plan and would like the family centre worker they already know to take the lead.

        Remaining worries: Lucia's attendance (89% this year, mostly Mondays) and dad's low mood -
        he is on the waiting list for talking therapy. The latest case summary and the draft plan
        for Early Help are attached.

        Thanks
        Sophie

        """) + RW_DISCLAIMER + "\n"
    summary = make_docx("Case summary - Castellanos - July 2027", [
        "Children: Lucia Castellanos and Mateo Castellanos. Mosaic 2398114 / 2398115.",
        ("h", "Summary"),
        "Open to CIN since January 2027 after dad asked for help following mum leaving the family. "
        "Dad has made good progress with routines. Lucia's attendance remains below 90%; dad reports "
        "low mood and is waiting for talking therapy.",
    ], "Sophie Larkin")
    plan = make_docx("Draft plan for Early Help - Castellanos", [
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Attendance plan with weekly check-ins", "School / Early Help worker", "October half term"],
                   ["Support dad to take up talking therapy", "Early Help worker / GP", "September"],
                   ["Holiday activity places for both children", "Family centre", "August"]]),
    ], "Sophie Larkin")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt,
                           attach("Case summary - Castellanos - July 2027.docx", DOCX, summary),
                           attach("Draft Early Help plan - Castellanos.docx", DOCX, plan)],
                 outlook_bnd(tag, 4))
    subj = "FW: Step down \u2013 Castellanos \u2013 case discussion Thurs 15/07"
    top = [("From", addr("Larkin, Sophie", "Sophie.Larkin@richmondandwandsworth.gov.uk")),
           ("To", addr("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")),
           ("Cc", addr("Quint, Jasper", "jasper.quint@richmondandwandsworth.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Mon, 12 Jul 2027 09:27:15 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Step down \u2013 Castellanos \u2013 case discussion Thurs 15/07")]
    add("richmond_wandsworth_02.eml", "richmond_wandsworth", "early_help_duty", "2027-07-12T09:33:00+01:00",
        message(top, part),
        X("step_down", case_ids=["2398114", "2398115"],
          children=[("Lucia Castellanos", "2013-04-27"), ("Mateo Castellanos", "2016-11-03")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
          missing=[], next_action="book_meeting"),
        "Forward to the duty inbox (first time it reaches the inbox, so a step_down, not a follow_up) whose "
        "newest text corrects the quoted DOB: Mateo is 2016-11-03, not 2015; case summary and draft plan "
        "attached, dad's consent stated; the TM attending is not a stated agreement (null, not required).")


def richmond_wandsworth_03():
    tag = "richmond_wandsworth_03"
    plain = ded("""
        EARLY HELP - REQUEST FOR STEP UP TO CHILDREN'S SERVICES
        Submitted by:   Niamh Doherty-Price (Early Help Team Manager, Richmond)
        Submitted on:   07/07/2027 14:33
        Form reference: EHSU-0719

        SECTION 1 - CHILD / YOUNG PERSON
        First name:                    Tobi
        Surname:                       Adebayo
        Date of birth:                 19/12/2012
        Mosaic ID:                     2420096
        Other children in household:
           Name:
           Date of birth:

        SECTION 2 - REASON FOR STEP UP (tick all that apply)
        [X] Domestic abuse
        [ ] Neglect
        [ ] Parental mental health
        [ ] Parental substance misuse
        [X] Child exploitation (criminal / sexual)
        [ ] Missing episodes
        [ ] School attendance / exclusion
        [ ] Radicalisation / extremism
        [ ] Young carer
        [ ] SEND / disability
        [ ] Physical abuse
        [ ] Sexual abuse

        SECTION 3 - DOCUMENTS
        Latest case summary attached:  Yes
        Rationale for step up:
        (Describe why Early Help can no longer meet the child's needs and what has been tried)

        SECTION 4 - CONSENT AND AUTHORISATION
        Has the family consented to the step up?   ( ) Yes   (*) No   ( ) Not sought - see rationale
        Comments on consent:                       Mum does not agree with a referral to Children's
                                                   Services; she says Tobi's behaviour is "just his age".
        Early Help Team Manager authorisation:     [X] I authorise this step up
        Authorised by:                             Niamh Doherty-Price
        Date:                                      07/07/2027

        SECTION 5 - IMMEDIATE RISK
        Is there an immediate child protection concern?   ( ) Yes   (*) No
        If yes, do not use this form - telephone the MASH duty desk.

        Files uploaded: Case summary - Tobi Adebayo - June 2027.pdf

        This notification was sent automatically by AfC Forms. Replies go to the person who
        submitted the form.
        """)

    def row(label, value):
        return [label, value]
    tick, box, dot, ring = "\u2612", "\u2610", "\u25c9", "\u25cb"
    html_rows = [
        ["Section", "Field", "Answer"],
        ["1", "First name", "Tobi"], ["1", "Surname", "Adebayo"], ["1", "Date of birth", "19/12/2012"],
        ["1", "Mosaic ID", "2420096"], ["1", "Other children in household", ""],
        ["2", "Reason for step up",
         f"{tick} Domestic abuse  {box} Neglect  {box} Parental mental health  {box} Parental substance misuse  "
         f"{tick} Child exploitation (criminal / sexual)  {box} Missing episodes  {box} School attendance / "
         f"exclusion  {box} Radicalisation / extremism  {box} Young carer  {box} SEND / disability  "
         f"{box} Physical abuse  {box} Sexual abuse"],
        ["3", "Latest case summary attached", "Yes"],
        ["3", "Rationale for step up", ""],
        ["4", "Has the family consented to the step up?",
         f"{ring} Yes  {dot} No  {ring} Not sought - see rationale"],
        ["4", "Comments on consent", "Mum does not agree with a referral to Children's Services; she says "
         "Tobi's behaviour is \"just his age\"."],
        ["4", "Early Help Team Manager authorisation", f"{tick} I authorise this step up"],
        ["4", "Authorised by / date", "Niamh Doherty-Price, 07/07/2027"],
        ["5", "Is there an immediate child protection concern?", f"{ring} Yes  {dot} No"],
    ]
    html_body = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
                 "<h2>Early Help - Request for Step Up to Children's Services</h2>"
                 "<p>Submitted by Niamh Doherty-Price (Early Help Team Manager, Richmond) on 07/07/2027 14:33. "
                 "Form reference EHSU-0719.</p>" + html_table(html_rows) +
                 "<p>If there is an immediate child protection concern, do not use this form - telephone the "
                 "MASH duty desk.</p><p>Files uploaded: Case summary - Tobi Adebayo - June 2027.pdf</p>"
                 "<p style=\"color:gray\">This notification was sent automatically by AfC Forms. Replies go to "
                 "the person who submitted the form.</p></body></html>\n")
    summary = make_pdf([
        ("Case summary - Tobi Adebayo - June 2027",),
        "Mosaic ID 2420096. DOB 19/12/2012. Early Help worker: Leanne Marsh (Richmond Early Help).",
        "",
        "Tobi lives with his mum and her partner. Early Help has been involved since October 2026 after "
        "the school raised concerns about arguments at home. Mum has disclosed that her partner shouts, "
        "controls the money and pushed her in May; police attended on 14/05/2027.",
        "Since April Tobi has been seen with older teenagers from outside the borough, has new clothes "
        "and trainers the family cannot explain, and was stopped by police in Twickenham carrying "
        "another young person's bank card. The school and the youth service are worried he is being "
        "criminally exploited.",
    ], "Case summary - Tobi Adebayo", "Leanne Marsh")
    alt = multi("alternative", [text(plain), text(html_body, "html")], f"=_afcforms_{hx(tag, 24)}")
    part = multi("mixed", [alt, attach("Case summary - Tobi Adebayo - June 2027.pdf", PDF, summary)],
                 f"=_afcforms_mixed_{hx(tag, 20)}")
    top = [("From", addr("AfC Early Help Forms", "ehforms@achievingforchildren.example")),
           ("Reply-To", addr("Niamh Doherty-Price", "Niamh.Doherty-Price@richmondandwandsworth.gov.uk")),
           ("To", addr("", "MASH-StepUP@richmondandwandsworth.gov.uk")),
           ("Subject", "Early Help Step Up Request - Ref EHSU-0719 - Adebayo"),
           ("Date", "Wed, 07 Jul 2027 14:35:02 +0100"),
           ("Message-ID", f"<afcforms.EHSU-0719.{hx(tag, 12).lower()}@achievingforchildren.example>"),
           ("X-Mailer", "FormBuilder Notifications 7.3")]
    add("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up", "2027-07-07T14:41:00+01:00",
        message(top, part),
        X("step_up", case_ids=["2420096"], children=[("Tobi Adebayo", "2012-12-19")],
          concerns=["domestic_abuse", "exploitation"], consent=False, manager_agreed=True,
          missing=["rationale"], next_action="request_info"),
        "Form-system step-up (plain [X]/[ ] and HTML \u2612/\u2610/\u25c9 versions): name split across First "
        "name/Surname; only the ticked reasons count; 'Rationale for step up:' is a printed heading with its "
        "help text and an empty answer, so rationale is missing (the attached PDF is only the case summary); "
        "the consent radio is set to No with the comment 'Mum does not agree', a refusal (consent false; not "
        "a Richmond & Wandsworth step-up requirement); TM authorisation ticked; the printed immediate-risk "
        "question is answered No.")


def richmond_wandsworth_04():
    tag = "richmond_wandsworth_04"
    rationale = make_docx("Rationale for step up - Tobi Adebayo", [
        "Mosaic ID 2420096. Tobi Adebayo, DOB 19/12/2012.",
        ("h", "Rationale for step up to Children's Services"),
        "Early Help has offered a family plan since October 2026, a domestic abuse worker for mum and "
        "a youth worker for Tobi. Mum's partner continues to control and intimidate her (police "
        "attended in May after he pushed her), and mum has not felt able to act on the safety plan.",
        "At the same time Tobi is being drawn into criminal exploitation: he is seen with older "
        "teenagers from outside the borough, has unexplained money and goods and was found with "
        "another young person's bank card. Early Help cannot put in place the multi-agency "
        "exploitation response he now needs, so I am asking for the case to step up.",
        "Niamh Doherty-Price, Early Help Team Manager, 08/07/2027",
    ], "Niamh Doherty-Price")
    blank = "\n\n"
    html_blank = OUTLOOK_HEAD + p_html("") + "\n" + OUTLOOK_TAIL
    alt = multi("alternative", [text(blank), text(html_blank, "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("Rationale for step up - T Adebayo.docx", DOCX, rationale)],
                 outlook_bnd(tag, 4))
    subj = "RE: [SB-richmond_wandsworth-57] Step-up request received - information needed"
    top = [("From", addr("Doherty-Price, Niamh", "Niamh.Doherty-Price@richmondandwandsworth.gov.uk")),
           ("To", addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk")),
           ("Subject", subj),
           ("Date", "Thu, 08 Jul 2027 09:03:51 +0100"),
           ("Message-ID", outlook_mid(tag)),
           ("In-Reply-To", "<SB-richmond_wandsworth-57.ack.20270707144500@richmondandwandsworth.gov.uk>"),
           ("References", "<SB-richmond_wandsworth-57.ack.20270707144500@richmondandwandsworth.gov.uk>"),
           *outlook_extra(tag, True, "[SB-richmond_wandsworth-57] Step-up request received - information needed")]
    add("richmond_wandsworth_04.eml", "richmond_wandsworth", "mash_step_up", "2027-07-08T09:10:00+01:00",
        message(top, part),
        X("follow_up", case_ids=["2420096"], children=[("Tobi Adebayo", "2012-12-19")],
          concerns=["domestic_abuse", "exploitation"], missing=[], next_action="attach_to_request"),
        "Reply to [SB-richmond_wandsworth-57] with an empty body and the missing rationale as a .docx; every "
        "fact (child, DOB, Mosaic id, the worries) is only in the attachment, which is read like the body; "
        "follow_up has no requirements.")


def richmond_wandsworth_05():
    tag = "richmond_wandsworth_05"
    plain = prose("""
        Dear Early Help Duty,

        I am sending the below on behalf of Marcus Oyelowo, Social Worker, who is in court all
        day. Marcus has agreed a case discussion with Jasper Quint for Wednesday 21 July at 2pm
        (Teams). Please reply to Marcus rather than to this mailbox.

        ---- Marcus's note ----
        Step down to Early Help: Farah Siddiqui, DOB 30/08/2018, Mosaic ID 2385502.

        Farah has been on a CIN plan since January because of mum's bipolar disorder - mum
        relapsed in December and was in hospital for three weeks. Mum is now stable with the
        community mental health team and takes her medication, but Farah (8) still reminds her to
        take it and helps with the cooking on mum's bad days.

        Consent: mum and Farah's dad have both given consent for Early Help to continue the plan
        (signed 14/07/2027).
        Lead professional: to be agreed at the case discussion.
        The latest case summary and the draft Early Help plan are attached.
        ---- end ----

        Regards

        Delroy Hibbert
        Business Support Officer | Family Support and Safeguarding (Wandsworth)
        Richmond and Wandsworth Councils

        """) + RW_DISCLAIMER + "\n"
    summary = make_docx("Case summary - Farah Siddiqui", [
        "Mosaic ID 2385502. Social worker: Marcus Oyelowo.",
        "CIN plan since 11/01/2027 (parental mental health). Mum stable since March; Farah helps at home "
        "with mum's medication and meals.",
    ], "Marcus Oyelowo")
    plan = make_docx("Draft Early Help plan - Farah S", [
        ("table", [["Need", "Action", "Who"],
                   ["Mum's mental health", "Keep CMHT appointments; crisis plan shared with school", "Mum / CMHT"],
                   ["Farah's caring role", "Referral to the young carers project", "Early Help worker"],
                   ["Family time", "Weekend activity at the family centre", "Family centre"]]),
    ], "Marcus Oyelowo")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt,
                           attach("Case summary - F Siddiqui.docx", DOCX, summary),
                           attach("Draft Early Help plan - Farah S.docx", DOCX, plan)],
                 outlook_bnd(tag, 4))
    subj = "Step down to Early Help \u2013 Farah Siddiqui (Mosaic 2385502) \u2013 on behalf of Marcus Oyelowo"
    top = [("From", addr("FSS Business Support Wandsworth", "fss.bs.wandsworth@richmondandwandsworth.gov.uk")),
           ("To", addr("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")),
           ("Cc", addrs(("Oyelowo, Marcus", "Marcus.Oyelowo@richmondandwandsworth.gov.uk"),
                        ("Vasudev, Priti", "Priti.Vasudev@richmondandwandsworth.gov.uk"),
                        ("Quint, Jasper", "jasper.quint@richmondandwandsworth.gov.uk"),
                        ("Mrs J Okwu (DSL, Earlsfield Green Primary)", "dsl@earlsfieldgreen.example"),
                        ("Health Visiting Team Wandsworth", "hv.wandsworth@nhs-community.example"))),
           ("Subject", enc(subj)),
           ("Date", "Fri, 16 Jul 2027 11:48:30 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("richmond_wandsworth_05.eml", "richmond_wandsworth", "early_help_duty", "2027-07-16T11:55:00+01:00",
        message(top, part),
        X("step_down", case_ids=["2385502"], children=[("Farah Siddiqui", "2018-08-30")],
          concerns=["parental_mental_health", "young_carer"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "Sent by business support on behalf of the social worker, copying the SW, his TM, the Early Help "
        "manager, a school DSL and health visiting; the TM is only copied (manager_agreed null, not required); "
        "consent, case summary and draft plan present; lead professional 'to be agreed' is not a Richmond & "
        "Wandsworth requirement.")


def richmond_wandsworth_06():
    tag = "richmond_wandsworth_06"
    plain = prose("""
        Hello MASH,

        Please see below and attached a step up request for Zofia Kowalczyk (DOB 12/06/2012,
        Mosaic ID 2431187).

        Rationale for step up
        Zofia (15) is the main carer for her mum, who has severe depression and agoraphobia and
        has not left the flat since March. Zofia does the shopping, collects mum's prescriptions
        and looks after the household; her attendance has fallen to 61% and she told her Early
        Help worker she "can't leave mum". Early Help has worked with the family since November
        with the young carers service, but mum has refused every referral to adult mental health
        services and the GP has not seen her since January. We cannot make progress without a
        statutory assessment of Zofia's needs and a carer's assessment for mum.

        The latest case summary is attached. I have discussed this with the worker, Amara Lindo,
        and I agree it should step up. Mum is aware and agrees with the referral.

        Separately - the Mensah-Lloyd family (Mosaic 2290417) we discussed at the June step-up
        case discussion have now closed to Early Help; no further action is needed from MASH on
        Kofi Mensah-Lloyd, whose attendance has recovered.

        Many thanks

        Ciara Fennimore
        Early Help Team Manager (Wandsworth North)
        Richmond and Wandsworth Councils | 020 7946 0572

        """) + RW_DISCLAIMER + "\n"
    summary = make_docx("Case summary - Kowalczyk - 19.07.27", [
        "Zofia Kowalczyk, DOB 12/06/2012, Mosaic 2431187. Early Help worker: Amara Lindo.",
        "Open to Early Help since 15/11/2026 (young carer). Mum has depression and agoraphobia; Zofia "
        "provides most of the care. Attendance 61% this year.",
    ], "Amara Lindo")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("Case summary - Kowalczyk - 19.07.27.docx", DOCX, summary)],
                 outlook_bnd(tag, 4))
    subj = "Step up \u2013 Kowalczyk \u2013 Mosaic 2431187"
    top = [("From", addr("Fennimore, Ciara", "Ciara.Fennimore@richmondandwandsworth.gov.uk")),
           ("To", addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk")),
           ("Cc", addr("Lindo, Amara", "Amara.Lindo@richmondandwandsworth.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Tue, 20 Jul 2027 15:55:12 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "2027-07-20T16:01:00+01:00",
        message(top, part),
        X("step_up", case_ids=["2431187"], children=[("Zofia Kowalczyk", "2012-06-12")],
          concerns=["parental_mental_health", "school_attendance", "young_carer"], consent=True,
          manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete step-up from the EH Team Manager (rationale under its own heading, case summary attached, "
        "'I agree it should step up', mum 'agrees'); a second family (Mensah-Lloyd, Mosaic 2290417, Kofi "
        "Mensah-Lloyd) is mentioned in passing as closed and must not be merged into children, case_ids or "
        "concerns.",
        decoys=["2290417", "Kofi Mensah-Lloyd"])


def richmond_wandsworth_07():
    tag = "richmond_wandsworth_07"
    plain = prose("""
        Hi EH Duty,

        Confirming SD case discussion agreed w/ Jasper for Tue 27/07 @ 10:00 (Teams).

        CYP: Harley Wren, DOB 09/02/2011, Mosaic 2402268.
        Hx: CP plan ended Mar 27 -> CIN. C&F updated 15/07 - no further statutory role.
        Current: Harley - ADHD + ASD dx, EHCP in place (SEND); CAMHS LD team. School 82% (SA),
        2x FTE this term. Mum - PMH, low mood, IAPT wk 4 of 8. No DA, no SM concerns.

        Case summary attached (CS_Wren_July27.pdf).
        Draft EH plan - will be drafted with the EHW at the first TAF after the SD discussion.
        Consent: mum and Harley (16) both consented at the CIN review 13/07.
        LP: TBC, prob. the FSW at Heathfield Family Centre.
        TM (Oonagh Fitz) aware.

        Thx
        Tunde

        Tunde Bakare-Ellis | SW | CIN Team (Richmond) | 020 7946 0288

        """) + RW_DISCLAIMER + "\n"
    summary = make_pdf([
        ("Case summary - Harley Wren - July 2027",),
        "Mosaic 2402268. DOB 09/02/2011.",
        "Child protection plan ended March 2027; child in need plan since. Harley has ADHD and autism "
        "with an EHCP. Attendance 82% with two fixed-term exclusions this term. Mum has low mood and is "
        "attending talking therapy.",
    ], "CS Wren July 27", "Tunde Bakare-Ellis")
    part = multi("mixed", [text(plain), attach("CS_Wren_July27.pdf", PDF, summary)], outlook_bnd(tag, 4))
    subj = "SD to EH \u2013 Wren (CIN) \u2013 Mosaic 2402268"
    top = [("From", addr("Bakare-Ellis, Tunde", "Tunde.Bakare-Ellis@richmondandwandsworth.gov.uk")),
           ("To", addr("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Thu, 22 Jul 2027 16:31:40 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("richmond_wandsworth_07.eml", "richmond_wandsworth", "early_help_duty", "2027-07-22T16:38:00+01:00",
        message(top, part),
        X("step_down", case_ids=["2402268"], children=[("Harley Wren", "2011-02-09")],
          concerns=["disability_send", "parental_mental_health", "school_attendance"], consent=True,
          manager_agreed=None, missing=["draft_plan"], next_action="request_info"),
        "Acronym-heavy step-down (SD, CYP, CP, CIN, C&F, ADHD/ASD, EHCP, CAMHS, SA, FTE, PMH, IAPT, DA, SM, "
        "EHW, TAF, LP, FSW, TM): 'No DA, no SM concerns' is negated; the draft EH plan 'will be drafted' later, "
        "so draft_plan is missing; case summary attached; consent given at the CIN review; 'TM aware' is null.")


def richmond_wandsworth_08():
    tag = "richmond_wandsworth_08"
    plain = prose("""
        Hi,

        Sorry, I gave the wrong DOB in my request below - Ellis Carmody's DOB is 22/02/2014, not
        22/02/2015. The Mosaic ID is correct (2409951).

        Imran

        Imran Shah | Social Worker | Assessment Team (Wandsworth) | 020 7946 0853

        From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
        Sent: 26 July 2027 15:02
        To: Shah, Imran <Imran.Shah@richmondandwandsworth.gov.uk>
        Subject: [SB-richmond_wandsworth-63] Step-down request received

        Thank you for your step-down request. Your reference is SB-richmond_wandsworth-63 -
        please keep it in the subject line of any reply.

        We have everything we need. The Early Help manager will confirm the case discussion time.

        Richmond and Wandsworth Early Help Duty (automated message)

        From: Shah, Imran
        Sent: 26 July 2027 14:55
        To: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
        Subject: Step down \u2013 Ellis Carmody

        Hello,

        Step down to Early Help for Ellis Carmody, DOB 22/02/2015, Mosaic ID 2409951. Case
        discussion agreed with Jasper for Thursday 29 July at 2pm.

        Ellis's attendance is the main remaining worry (84%). Mum consents to Early Help
        continuing the plan. Latest case summary and draft plan attached.

        Imran

        """) + RW_DISCLAIMER + "\n"
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    subj = "RE: [SB-richmond_wandsworth-63] Step-down request received"
    top = [("From", addr("Shah, Imran", "Imran.Shah@richmondandwandsworth.gov.uk")),
           ("To", addr("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")),
           ("Subject", subj),
           ("Date", "Tue, 27 Jul 2027 12:20:03 +0100"),
           ("Message-ID", outlook_mid(tag)),
           ("In-Reply-To", "<SB-richmond_wandsworth-63.ack.20270726150200@richmondandwandsworth.gov.uk>"),
           ("References", "<SB-richmond_wandsworth-63.ack.20270726150200@richmondandwandsworth.gov.uk>"),
           *outlook_extra(tag, False, "[SB-richmond_wandsworth-63] Step-down request received")]
    add("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", "2027-07-27T12:26:00+01:00",
        message(top, alt),
        X("follow_up", case_ids=["2409951"], children=[("Ellis Carmody", "2014-02-22")],
          concerns=["school_attendance"], consent=True, missing=[], next_action="attach_to_request"),
        "Follow-up to [SB-richmond_wandsworth-63] whose newest text corrects the DOB in the quoted request "
        "(2014-02-22, not 2015); facts from the quoted request still count (attendance worry, mum's consent); "
        "follow_up has no requirements.")


for _f in (richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
           richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08):
    _f()

# =============================================================================================
# TOWER HAMLETS
# =============================================================================================


def marf_docx(title, rows, author, extra=()):
    return make_docx(title, [("table", rows), *extra], author)


def tower_hamlets_01():
    tag = "tower_hamlets_01"
    plain = prose("""
        Dear MAST,

        Please see my step up request below for Idris Mahmud (Mosaic 1492207). My manager has now
        agreed the step up - Farzana's email is underneath - so the "awaiting sign-off" in my
        first note no longer applies. The MARF is attached.

        Jamal

        Jamal Haque
        Early Help Practitioner | Bow & Poplar Family Hub | London Borough of Tower Hamlets
        020 7946 0714

        From: Alom, Farzana <Farzana.Alom@towerhamlets.gov.uk>
        Sent: 13 July 2027 18:05
        To: Haque, Jamal <Jamal.Haque@towerhamlets.gov.uk>
        Subject: RE: Step up to MAST \u2013 Idris Mahmud \u2013 Mosaic 1492207 \u2013 for sign-off

        Jamal, thanks for adding the attendance. I've read the MARF and the chronology. I agree -
        please go ahead with the step up to MAST.

        Farzana Alom
        Early Help Team Manager (Bow & Poplar)

        From: Haque, Jamal
        Sent: 13 July 2027 09:20
        To: Alom, Farzana <Farzana.Alom@towerhamlets.gov.uk>
        Subject: RE: Step up to MAST \u2013 Idris Mahmud \u2013 Mosaic 1492207 \u2013 for sign-off

        Added - his attendance at Limehouse Academy fell to 54% this year. MARF updated.

        From: Alom, Farzana
        Sent: 12 July 2027 16:47
        To: Haque, Jamal
        Subject: RE: Step up to MAST \u2013 Idris Mahmud \u2013 Mosaic 1492207 \u2013 for sign-off

        On my phone at the course - can you add his attendance figure before I look properly?

        From: Haque, Jamal
        Sent: 12 July 2027 10:14
        To: Alom, Farzana <Farzana.Alom@towerhamlets.gov.uk>
        Subject: Step up to MAST \u2013 Idris Mahmud \u2013 Mosaic 1492207 \u2013 for sign-off

        Hi Farzana,

        Below is the step up to CSC I'd like to send to MAST for Idris Mahmud (DOB 25/05/2011),
        Mosaic 1492207. The Multi-Agency Request for Support form is attached.

        Idris (16) was reported missing twice in June and was found both times in Luton with older
        males, with cash and a second phone; police intelligence links those males to a county
        line. He has not been missing since 3 July, he is at home with his parents and a safety
        plan is in place.

        Both parents consent to the referral to CSC.

        I know you're on a course today, so manager sign-off is still awaited - I'll hold it until
        you've agreed.

        Jamal

        """) + TH_DISCLAIMER + "\n"
    marf = marf_docx("Multi-Agency Request for Support (MARF)", [
        ["Child", "Idris Mahmud"], ["DOB", "25/05/2011"], ["Mosaic ID", "1492207"],
        ["Referrer", "Jamal Haque, Early Help Practitioner, Bow & Poplar Family Hub"],
        ["Reason for request", "Criminal exploitation (county line), two missing episodes in June, attendance 54%"],
        ["Parental consent", "Yes - both parents, 09/07/2027"],
        ["Manager", "Farzana Alom, Early Help Team Manager"],
    ], "Jamal Haque")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("MARF - Idris Mahmud - July 2027 (updated).docx", DOCX, marf)], outlook_bnd(tag, 4))
    subj = "FW: Step up to MAST \u2013 Idris Mahmud \u2013 Mosaic 1492207"
    top = [("From", addr("Haque, Jamal", "Jamal.Haque@towerhamlets.gov.uk")),
           ("To", addr("MAST", "MAST@towerhamlets.gov.uk")),
           ("Cc", addr("Alom, Farzana", "Farzana.Alom@towerhamlets.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Wed, 14 Jul 2027 11:26:48 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Step up to MAST \u2013 Idris Mahmud \u2013 Mosaic 1492207 \u2013 for sign-off")]
    add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2027-07-14T11:33:00+01:00", message(top, part),
        X("step_up", case_ids=["1492207"], children=[("Idris Mahmud", "2011-05-25")],
          concerns=["exploitation", "missing", "school_attendance"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting"),
        "Five-message sign-off thread forwarded to MAST (first time it reaches the inbox, so a step_up): "
        "'manager sign-off is still awaited' (12 Jul) is superseded by 'my manager has now agreed' and the TM's "
        "quoted 'I agree - please go ahead' (manager_agreed true); the attendance figure arrives in a middle "
        "message; MARF attached; missing episodes were in June with none since 3 July and a safety plan, so "
        "not urgent.")


def tower_hamlets_02():
    tag = "tower_hamlets_02"
    plain = prose("""
        Dear Early Help Hub,

        Please find attached the Child and Family Assessment and the draft TAF plan for Sumaiya
        Hoque (DOB 11/03/2014, Mosaic 1477350) and Rayan Hoque (DOB 02/08/2018, Mosaic 1477351).
        The outcome of the assessment is a step down to a Team Around the Family.

        Both parents have consented to the step down and to the family hub leading the TAF. The
        family hub has confirmed below that they will take the Lead Practitioner role. I will
        chair the TAF meeting on Tuesday 27 July at 10am at the family hub.

        The remaining worries are dad's PTSD and low mood (he is with his GP and Talking Therapies)
        and Rayan's autism assessment, which is still waiting for a date; school are putting SEN
        support in place for him in September.

        Kind regards

        Olusegun Adeleke
        Social Worker | Children's Social Work Team 4 | London Borough of Tower Hamlets

        From: Akhtar, Shirin <Shirin.Akhtar@towerhamlets.gov.uk>
        Sent: 16 July 2027 15:02
        To: Adeleke, Olusegun <Olusegun.Adeleke@towerhamlets.gov.uk>
        Subject: RE: Hoque - LP?

        Hi Olu, yes - we'll take LP for the Hoques from the TAF. See you on the 27th.

        Shirin Akhtar
        Family Support Practitioner
        Chrisp Street Family Hub | Early Help | London Borough of Tower Hamlets
        020 7946 0638

        """) + TH_DISCLAIMER + "\n"
    cfa = make_pdf([
        ("Child and Family Assessment - Hoque children",),
        "Children: Sumaiya Hoque (11/03/2014, Mosaic 1477350); Rayan Hoque (02/08/2018, Mosaic 1477351)",
        "Assessment started 14/05/2027, concluded 09/07/2027. Social worker: Olusegun Adeleke.",
        "",
        ("Analysis",),
        "The family was referred after dad's admission to hospital in April. Dad has PTSD and low mood "
        "and is now engaging with his GP and Talking Therapies. Rayan is awaiting an autism assessment. "
        "Mum is coping well with support from her sister. There is no role for statutory services.",
        ("Outcome",),
        "Step down to Early Help with a Team Around the Family and a Lead Practitioner from the family hub.",
    ], "C&F Assessment - Hoque", "Olusegun Adeleke")
    plan = make_docx("TAF plan (draft) - Hoque", [
        ("table", [["Outcome", "Action", "Who", "When"],
                   ["Dad's wellbeing", "Continue Talking Therapies; carers' support for mum", "Dad / GP", "Ongoing"],
                   ["Rayan's needs", "Chase autism assessment; SEN support plan", "School / health", "September"],
                   ["Family routines", "Holiday activities and parenting group", "Family hub", "August"]]),
    ], "Olusegun Adeleke")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt,
                           attach("C&F Assessment - Hoque - concluded 09.07.2027.pdf", PDF, cfa),
                           attach("TAF plan (draft) - Hoque.docx", DOCX, plan)], outlook_bnd(tag, 4))
    subj = "Step down \u2013 Hoque children \u2013 TAF 27/07"
    top = [("From", addr("Adeleke, Olusegun", "Olusegun.Adeleke@towerhamlets.gov.uk")),
           ("To", addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")),
           ("Cc", addr("Akhtar, Shirin", "Shirin.Akhtar@towerhamlets.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Mon, 19 Jul 2027 13:14:27 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("tower_hamlets_02.eml", "tower_hamlets", "early_help_duty", "2027-07-19T13:20:00+01:00", message(top, part),
        X("step_down", case_ids=["1477350", "1477351"],
          children=[("Sumaiya Hoque", "2014-03-11"), ("Rayan Hoque", "2018-08-02")],
          concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=None,
          missing=[], next_action="book_meeting"),
        "Complete step-down whose Lead Practitioner is named only in the quoted reply's signature (Shirin "
        "Akhtar, Family Support Practitioner, Chrisp Street Family Hub) - the body says only 'the family hub'; "
        "C&F assessment and draft TAF plan attached, parents' consent stated.")


def tower_hamlets_03():
    tag = "tower_hamlets_03"
    plain = ded("""
        STEP-DOWN TO EARLY HELP - NOTIFICATION
        Completed by:    Beatrix Lindqvist, Social Worker, Assessment & Intervention Team 3
        Date completed:  06/07/2027

        CHILDREN
        | Name                 | DOB        | Mosaic ID |
        | Nabila Chowdhury     | 17/10/2016 | 1463390   |
        | Zakaria Chowdhury    | 05/01/2021 | 1463391   |
        |                      |            |           |

        ASSESSMENT
        C&F Assessment concluded on:   02/07/2027
        Outcome:                       Step down to Early Help (TAF)

        CHECKLIST                                      Yes    No
        C&F Assessment attached                        [X]    [ ]
        Draft TAF plan attached                        [X]    [ ]
        Family consent to step-down obtained           [X]    [ ]
        Lead Practitioner identified                   [ ]    [X]
        CIN review minutes attached                    [ ]    [ ]

        LEAD PRACTITIONER
        Name:
        Agency:
        Telephone:
        Email:

        TAF MEETING
        Date/time:
        Chaired by:      Allocated social worker

        AREAS OF NEED (tick)
        [ ] Domestic abuse       [X] Parental mental health   [ ] Substance misuse
        [ ] Neglect              [X] School attendance        [ ] Exploitation
        [ ] Young carer          [ ] SEND                     [ ] Other: ______

        Comments:
        Mum's anxiety has stopped her taking the children to school on bad days; Nabila's
        attendance is 84%. Mum is now under the GP and has started the Mind course.

        -- Sent from Children's Social Care e-Forms. Replies go to Beatrix Lindqvist.
        """)
    y = "\u2714"
    html_body = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial\">"
                 "<h3>Step-down to Early Help - notification</h3>"
                 "<p>Completed by Beatrix Lindqvist, Social Worker, Assessment &amp; Intervention Team 3, "
                 "on 06/07/2027.</p>"
                 + html_table([["Name", "DOB", "Mosaic ID"],
                               ["Nabila Chowdhury", "17/10/2016", "1463390"],
                               ["Zakaria Chowdhury", "05/01/2021", "1463391"],
                               ["", "", ""]])
                 + "<p>C&amp;F Assessment concluded on 02/07/2027. Outcome: Step down to Early Help (TAF).</p>"
                 + html_table([["Checklist", "Yes", "No"],
                               ["C&F Assessment attached", y, ""],
                               ["Draft TAF plan attached", y, ""],
                               ["Family consent to step-down obtained", y, ""],
                               ["Lead Practitioner identified", "", y],
                               ["CIN review minutes attached", "", ""]])
                 + "<p><b>Lead Practitioner</b></p>"
                 + html_table([["Name", ""], ["Agency", ""], ["Telephone", ""], ["Email", ""]], header=False)
                 + "<p><b>TAF meeting</b> - Date/time: &nbsp; Chaired by: Allocated social worker</p>"
                 + html_table([["Area of need", "Ticked"],
                               ["Domestic abuse", ""], ["Parental mental health", y], ["Substance misuse", ""],
                               ["Neglect", ""], ["School attendance", y], ["Exploitation", ""],
                               ["Young carer", ""], ["SEND", ""], ["Other", ""]])
                 + "<p>Comments: Mum's anxiety has stopped her taking the children to school on bad days; "
                   "Nabila's attendance is 84%. Mum is now under the GP and has started the Mind course.</p>"
                 "<p style=\"color:gray\">Sent from Children's Social Care e-Forms. Replies go to Beatrix "
                 "Lindqvist.</p></body></html>\n")
    cfa = make_pdf([
        ("Child and Family Assessment",),
        "Nabila Chowdhury (17/10/2016) Mosaic 1463390; Zakaria Chowdhury (05/01/2021) Mosaic 1463391.",
        "Concluded 02/07/2027. Social worker: Beatrix Lindqvist.",
        "Mum has anxiety which has affected school attendance. No role for statutory services; step down to "
        "a TAF.",
    ], "C&F Assessment - Chowdhury", "Beatrix Lindqvist")
    plan = make_docx("Draft TAF plan - Chowdhury", [
        ("table", [["Need", "Action", "Who"],
                   ["Attendance", "Morning routine support; walking bus", "School"],
                   ["Mum's anxiety", "GP review; Mind course", "Mum"]]),
    ], "Beatrix Lindqvist")
    alt = multi("alternative", [text(plain), text(html_body, "html")], f"----=_NextPart_{hx(tag, 20)}")
    part = multi("mixed", [alt,
                           attach("C&F Assessment - Chowdhury - 02.07.2027.pdf", PDF, cfa),
                           attach("Draft TAF plan - Chowdhury.docx", DOCX, plan)],
                 f"----=_NextPart_mixed_{hx(tag, 16)}")
    top = [("From", addr("CSC e-Forms", "csc.eforms@towerhamlets.gov.uk")),
           ("Reply-To", addr("Lindqvist, Beatrix", "Beatrix.Lindqvist@towerhamlets.gov.uk")),
           ("To", addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")),
           ("Subject", "Step-down notification - Mosaic 1463390 - Chowdhury"),
           ("Date", "Tue, 06 Jul 2027 15:02:10 +0100"),
           ("Message-ID", f"<eforms.stepdown.{hx(tag, 14).lower()}@towerhamlets.gov.uk>"),
           ("X-Mailer", "CSC e-Forms 2.9")]
    add("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "2027-07-06T15:08:00+01:00", message(top, part),
        X("step_down", case_ids=["1463390", "1463391"],
          children=[("Nabila Chowdhury", "2016-10-17"), ("Zakaria Chowdhury", "2021-01-05")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
          missing=["lead_practitioner"], next_action="request_info"),
        "Form-system step-down with Yes/No checklist columns: C&F assessment and draft TAF plan ticked and "
        "attached, consent ticked Yes, 'Lead Practitioner identified' ticked No and the Lead Practitioner "
        "Name/Agency fields blank, so lead_practitioner is missing (printed headings are not a person); only "
        "ticked areas of need count; the blank third child row adds nothing.")


def tower_hamlets_04():
    tag = "tower_hamlets_04"
    inner = "\n".join([
        p_html("Hi MAST,"), p_html(""),
        p_html("EH -> MAST step up request for the CYP below. MARF attached."), p_html(""),
        html_table([["Name", "DOB", "Mosaic", "School"],
                    ["Leon Baptiste", "14/04/2017", "1488016", "Millharbour Primary (Yr 5 from Sept)"]]),
        p_html(""),
        '<p class="MsoNormal"><b>Summary</b><o:p></o:p></p>',
        p_html("EHA completed Jan 27, TAF x4 since. DA: mum discloses ongoing coercive control by P "
               "(ex-partner, not living at the address) - MARAC 01/07, IDVA allocated, safety plan in "
               "place. PMH: mum - PND hx, now low mood again, on sertraline, GP referred to CMHT. CAMHS "
               "(Leon - anxiety, sleep) on waiting list. SoS scaling at last TAF: 3/10. TAF agreed step up "
               "to CSC."),
        p_html(""),
        p_html("No immediate CP concerns - P has no contact and police have flagged the address."),
        p_html(""),
        p_html("Mum consents to the MAST referral. TM (Shabana Ullah) agreed the step up in supervision "
               "08/07."),
        p_html(""),
        p_html("Thanks, Kemi"), p_html(""),
        p_html("Kemi Oduwole", "color:#7030A0"),
        p_html("Early Help Practitioner | Isle of Dogs Family Hub | LBTH", "color:#7030A0"),
        p_html(""), p_html(TH_DISCLAIMER, "font-size:7.5pt;color:gray"),
    ])
    marf = marf_docx("MARF - Leon Baptiste", [
        ["Child", "Leon Baptiste"], ["DOB", "14/04/2017"], ["Mosaic ID", "1488016"],
        ["Reason", "Domestic abuse (coercive control by mother's ex-partner); mother's mental health"],
        ["Parental consent", "Yes"], ["Manager agreement", "Shabana Ullah, 08/07/2027"],
    ], "Kemi Oduwole")
    part = multi("mixed", [text(OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL, "html"),
                           attach("MARF_L_Baptiste.docx", DOCX, marf)], outlook_bnd(tag, 4))
    subj = "EH \u2192 MAST step up | Mosaic 1488016 | L. Baptiste"
    top = [("From", addr("Oduwole, Kemi", "Kemi.Oduwole@towerhamlets.gov.uk")),
           ("To", addr("MAST", "MAST@towerhamlets.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Fri, 09 Jul 2027 10:47:19 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("tower_hamlets_04.eml", "tower_hamlets", "mash_step_up", "2027-07-09T10:53:00+01:00", message(top, part),
        X("step_up", case_ids=["1488016"], children=[("Leon Baptiste", "2017-04-14")],
          concerns=["domestic_abuse", "parental_mental_health"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting"),
        "Outlook HTML-only step-up with the child in a table and a summary in acronyms (EH, MAST, CYP, MARF, "
        "EHA, TAF, DA, MARAC, IDVA, PMH, PND, CMHT, CAMHS, SoS, CP, TM): DA and PMH are current; 'No immediate "
        "CP concerns' is negated; MARF attached, consent and TM agreement stated.")


def tower_hamlets_05():
    tag = "tower_hamlets_05"
    cfa = make_pdf([
        ("London Borough of Tower Hamlets - Child and Family Assessment",),
        "Child: Amelia Sutton       DOB: 28/06/2015       Mosaic ID: 1470258",
        "Social worker: Nasrin Kabir       Assessment concluded: 13/07/2027",
        "",
        ("What are we worried about?",),
        "Mum still drinks heavily at weekends, although less than in the spring. Amelia's attendance "
        "is 87% and she is often late on Mondays.",
        ("What is working well?",),
        "Mum has cut down her drinking with the support of the alcohol service; Amelia's grandmother "
        "stays every weekend.",
        ("Outcome",),
        "Step down to Early Help with a TAF plan.",
    ], "C&F Assessment - Amelia Sutton", "Nasrin Kabir")
    part = multi("mixed", [text("\n"),
                           attach("C&F Assessment - Amelia Sutton - concluded 13.07.2027.pdf", PDF, cfa)],
                 outlook_bnd(tag, 4))
    top = [("From", addr("Kabir, Nasrin", "Nasrin.Kabir@towerhamlets.gov.uk")),
           ("To", addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")),
           ("Subject", "[SB-tower_hamlets-88] C&F Assessment"),
           ("Date", "Thu, 15 Jul 2027 17:12:55 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "[SB-tower_hamlets-88] C&F Assessment")]
    add("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", "2027-07-15T17:18:00+01:00", message(top, part),
        X("follow_up", case_ids=["1470258"], children=[("Amelia Sutton", "2015-06-28")],
          concerns=["school_attendance", "substance_misuse"], missing=[], next_action="attach_to_request"),
        "New mail (not a reply) carrying only the reference [SB-tower_hamlets-88] in the subject and the C&F "
        "assessment PDF; the text body is empty; child, DOB, Mosaic id and the worries (mum's drinking, "
        "attendance 87%) are only in the PDF; follow_up has no requirements.")


def tower_hamlets_06():
    tag = "tower_hamlets_06"
    plain = prose("""
        Hi,

        I'd like to step down Yasmin Ali (DOB 07/07/2010, Mosaic 1459932) to Early Help following
        her Child and Family Assessment, which concluded on 16 July.

        The C&F Assessment is with my TM for authorisation - I'll send it as soon as it's signed
        off. The draft TAF plan is attached.

        Yasmin and her mum both consent to the step down. Lead Practitioner: Rizwan Hussain, Youth
        Worker, Limehouse Youth Project - he has known Yasmin for two years and has agreed.

        Worries: Yasmin's attendance (79%) and her low mood - she has been referred to CAMHS. Mum
        has been drinking more since she lost her job in March.

        I'll chair the TAF on Wednesday 4 August at 2pm at the youth project.

        Also - I'm stepping down the Hossain family (Ruhul and Sadia, Mosaic 1461105) next week;
        I'll send a separate email when their assessment is done, so please don't add them to
        this one.

        Thanks
        Gideon

        Gideon Osei-Tutu | Social Worker | CIN Team 2 | London Borough of Tower Hamlets

        """) + TH_DISCLAIMER + "\n"
    plan = make_docx("Draft TAF plan - Yasmin Ali", [
        "Mosaic 1459932.",
        ("table", [["Need", "Action", "Who"],
                   ["Attendance", "Weekly mentoring and a reduced-timetable review", "School / Rizwan Hussain"],
                   ["Emotional wellbeing", "CAMHS referral follow-up", "GP / CAMHS"],
                   ["Mum's drinking", "Referral to the alcohol service", "Mum / Early Help"]]),
    ], "Gideon Osei-Tutu")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("Draft TAF plan - Yasmin Ali.docx", DOCX, plan)], outlook_bnd(tag, 4))
    subj = "Step-down \u2013 Yasmin Ali \u2013 Mosaic 1459932"
    top = [("From", addr("Osei-Tutu, Gideon", "Gideon.Osei-Tutu@towerhamlets.gov.uk")),
           ("To", addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Wed, 21 Jul 2027 12:09:34 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", "2027-07-21T12:15:00+01:00", message(top, part),
        X("step_down", case_ids=["1459932"], children=[("Yasmin Ali", "2010-07-07")],
          concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=None,
          missing=["assessment"], next_action="request_info"),
        "Step-down whose C&F assessment is still with the TM ('I'll send it'), so assessment is missing; the "
        "Hossain family (Ruhul and Sadia, Mosaic 1461105) is a different case mentioned in passing and must "
        "not be merged; lead practitioner named with agency; the TM authorising the assessment is not a "
        "stated agreement to the step-down (null).",
        decoys=["1461105", "Ruhul", "Sadia"])


def tower_hamlets_07():
    tag = "tower_hamlets_07"
    plain = prose("""
        Dear MAST,

        On behalf of Ruksana Miah (Early Help Practitioner, Stepney Family Hub), who is on annual
        leave from today, please find attached her Multi-Agency Request for Support for Sienna
        Hartley-Amin (DOB 23/10/2019) and Lucas Hartley-Amin (DOB 14/02/2023), Mosaic 1495530.

        Ruksana's manager, Paul Delaney, has agreed the step up - he signed the MARF on Friday and
        is copied in. Ruksana asked me to copy in the school DSL and the health visitor as they
        attend the TAF.

        Please direct any queries to Paul while Ruksana is away.

        Kind regards

        Mehmet Aydin
        Business Support Officer | Early Help | London Borough of Tower Hamlets

        """) + TH_DISCLAIMER + "\n"
    marf = make_pdf([
        ("Multi-Agency Request for Support (MARF)",),
        "Children: Sienna Hartley-Amin (23/10/2019); Lucas Hartley-Amin (14/02/2023). Mosaic 1495530.",
        "Referrer: Ruksana Miah, Early Help Practitioner, Stepney Family Hub.",
        "",
        ("Reason for request",),
        "Home conditions have deteriorated despite the TAF plan: little food, dirty bedding, Lucas's "
        "weight has dropped from the 25th to the 9th centile and he has missed two health reviews. Mum "
        "smokes cannabis daily and says it helps her cope.",
        ("Consent",),
        "Parent consent to referral: Yes - mother, 22/07/2027.",
        ("Management oversight",),
        "Signed: Paul Delaney, Early Help Team Manager, 23/07/2027.",
    ], "MARF - Hartley-Amin", "Ruksana Miah")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("MARF - Hartley-Amin - 26.07.27.pdf", PDF, marf)], outlook_bnd(tag, 4))
    subj = "Step up request \u2013 Mosaic 1495530 \u2013 Sienna & Lucas Hartley-Amin"
    top = [("From", addr("Aydin, Mehmet", "Mehmet.Aydin@towerhamlets.gov.uk")),
           ("To", addr("MAST", "MAST@towerhamlets.gov.uk")),
           ("Cc", addrs(("Miah, Ruksana", "Ruksana.Miah@towerhamlets.gov.uk"),
                        ("Delaney, Paul", "Paul.Delaney@towerhamlets.gov.uk"),
                        ("Ms T Oyelaja (DSL, Stepney Meadows Primary)", "dsl@stepneymeadows.example"),
                        ("Zara Iqbal (Health Visitor)", "zara.iqbal@elft-hv.example"))),
           ("Subject", enc(subj)),
           ("Date", "Mon, 26 Jul 2027 14:40:02 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", "2027-07-26T14:46:00+01:00", message(top, part),
        X("step_up", case_ids=["1495530"],
          children=[("Sienna Hartley-Amin", "2019-10-23"), ("Lucas Hartley-Amin", "2023-02-14")],
          concerns=["neglect", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "Business support officer sends on behalf of the practitioner, copying her, her manager, a DSL and a "
        "health visitor; the sender states the manager 'has agreed the step up' (and the MARF carries his "
        "signature), so manager_agreed true; concerns and consent only in the attached MARF.")


def tower_hamlets_08():
    tag = "tower_hamlets_08"
    inner = "\n".join([
        p_html("Good morning,"), p_html(""),
        p_html("Please see the step-down details in the tables below. The C&F Assessment and the draft TAF "
               "plan are attached."),
        p_html(""),
        html_table([["Child", "DOB", "Mosaic ID"], ["Ibrahim Sesay", "19/09/2013", "1481164"]]),
        p_html(""),
        html_table([["Step-down details", ""],
                    ["C&F Assessment", "Attached (concluded 23/07/2027)"],
                    ["TAF plan", "Attached (draft)"],
                    ["Family consent", "Given by mum and Ibrahim, 26/07/2027"],
                    ["Lead Practitioner", "Jonah Feld - Youth Worker, Tower Hamlets Youth Service (Shadwell hub)"],
                    ["TAF meeting", "Monday 9 August 2027, 10:00, Shadwell Youth Centre"],
                    ["Areas of need", "Ibrahim's school attendance (81%) and anger at school; mum's depression"]]),
        p_html(""),
        p_html("Many thanks"), p_html(""),
        p_html("Anjali Mehta-Ross", "color:#2F5496"),
        p_html("Social Worker | Children's Social Work Team 1 | London Borough of Tower Hamlets", "color:#2F5496"),
        p_html(""), p_html(TH_DISCLAIMER, "font-size:7.5pt;color:gray"),
    ])
    cfa = make_pdf([
        ("Child and Family Assessment - Ibrahim Sesay",),
        "DOB 19/09/2013. Mosaic 1481164. Concluded 23/07/2027.",
        "Mum's depression and Ibrahim's attendance and behaviour at school are the remaining needs; they "
        "can be met through a TAF.",
    ], "C&F Assessment - Ibrahim Sesay", "Anjali Mehta-Ross")
    plan = make_docx("Draft TAF plan - Ibrahim Sesay", [
        ("table", [["Need", "Action", "Who"],
                   ["Attendance", "Attendance plan and mentoring", "School"],
                   ["Anger at school", "Youth service group work", "Youth Service"],
                   ["Mum's depression", "GP review and Talking Therapies", "Mum"]]),
    ], "Anjali Mehta-Ross")
    part = multi("mixed", [text(OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL, "html"),
                           attach("C&F Assessment - I Sesay.pdf", PDF, cfa),
                           attach("Draft TAF plan - I Sesay.docx", DOCX, plan)], outlook_bnd(tag, 4))
    subj = "Step down to Early Help \u2013 Mosaic 1481164"
    top = [("From", addr("Mehta-Ross, Anjali", "Anjali.Mehta-Ross@towerhamlets.gov.uk")),
           ("To", addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Thu, 29 Jul 2027 09:55:41 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", "2027-07-29T10:02:00+01:00", message(top, part),
        X("step_down", case_ids=["1481164"], children=[("Ibrahim Sesay", "2013-09-19")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
          missing=[], next_action="book_meeting"),
        "Outlook HTML-only step-down where every fact, including the Lead Practitioner (Jonah Feld, Tower "
        "Hamlets Youth Service), consent and the areas of need, is only in table cells; C&F assessment and "
        "draft TAF plan attached.")


for _f in (tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05,
           tower_hamlets_06, tower_hamlets_07, tower_hamlets_08):
    _f()

# =============================================================================================
# TORBAY
# =============================================================================================


def single_assessment(title, lines, author):
    return make_pdf([(title,), *lines], title, author)


def torbay_01():
    tag = "torbay_01"
    body = ded("""
        REQUEST FOR EARLY HELP TRIAGE - STEP DOWN FROM SOCIAL CARE
        Generated from LCS on 05/07/2027 14:20 by Owen Trebilcock (Social Worker, Single
        Assessment Team). Replies to this message go to Owen Trebilcock.

        Child 1
          Name:     Bobbie Rowse
          DOB:      13/03/2023
          LCS ID:   LCS-2305117
        Child 2
          Name:     Jenson Rowse
          DOB:      30/11/2018
          LCS ID:   LCS-2305118
        Child 3
          Name:
          DOB:
          LCS ID:

        Level of Early Help requested:  ( ) Level 2 - universal plus   (*) Level 3 - targeted
        Single Assessment completed with analysis and rationale:   [X] Yes  [ ] No
                                                                   Date authorised: 01/07/2027
        Team Manager's analysis (threshold met for level 3):      [X] Recorded on LCS
                                                                   By: Dawn Penhaligon, 02/07/2027
        Consent for level 3 Early Help sought:                     [ ] Yes  [ ] No
        Consent for level 3 Early Help given:                      [ ] Yes  [ ] No
        Comments on consent:

        Needs identified (tick):
          [X] Parental mental health   [ ] Domestic abuse       [ ] Substance misuse
          [ ] Neglect                  [X] SEND / disability    [ ] School attendance
          [ ] Young carer              [ ] Exploitation         [ ] Missing

        Summary of needs:
          Mum has bipolar disorder and is stable on medication under the community mental health
          team. Jenson has cerebral palsy and needs support with personal care; the family are
          waiting for an OT assessment for equipment.

        Attachments: Single Assessment - Rowse - 01.07.2027.pdf
        """)
    sa = single_assessment("Single Assessment - Rowse", [
        "Children: Bobbie Rowse (13/03/2023) LCS-2305117; Jenson Rowse (30/11/2018) LCS-2305118.",
        "Social worker: Owen Trebilcock. Authorised 01/07/2027.",
        "Analysis: mum's mental health is stable with CMHT support; Jenson's physical disability needs "
        "co-ordinated health and education support. Needs can be met at level 3 Early Help.",
        "Rationale for step down: no further role for statutory services; a level 3 plan will keep the "
        "support co-ordinated.",
    ], "Owen Trebilcock")
    part = multi("mixed", [text(body), attach("Single Assessment - Rowse - 01.07.2027.pdf", PDF, sa)],
                 f"=_LCS_{hx(tag, 24)}")
    top = [("From", addr("Children's Services Forms", "childrens.forms@torbay.gov.uk")),
           ("Reply-To", addr("Trebilcock, Owen", "Owen.Trebilcock@torbay.gov.uk")),
           ("To", addr("Early Help", "earlyhelp@torbay.gov.uk")),
           ("Subject", "Step-down to Early Help - request for triage slot - LCS-2305117"),
           ("Date", "Mon, 05 Jul 2027 14:21:37 +0100"),
           ("Message-ID", f"<lcs.notify.{hx(tag, 14).lower()}@torbay.gov.uk>"),
           ("X-Mailer", "LCS Notification Service")]
    add("torbay_01.eml", "torbay", "early_help_duty", "2027-07-05T14:28:00+01:00", message(top, part),
        X("step_down", level=3, case_ids=["LCS-2305117", "LCS-2305118"],
          children=[("Bobbie Rowse", "2023-03-13"), ("Jenson Rowse", "2018-11-30")],
          concerns=["disability_send", "parental_mental_health"], consent=None, manager_agreed=True,
          missing=["consent"], next_action="request_info"),
        "LCS form output: level 3 selected by the (*) radio, the printed 'Level 2' option is unticked; Single "
        "Assessment ticked and attached; the TM's analysis ticked as recorded (manager_agreed true); both "
        "consent rows have neither box ticked and the comment is blank, so consent null and missing; blank "
        "'Child 3' fields are not a child; Bobbie is under 5 (under-5s triage).")


def torbay_02():
    tag = "torbay_02"
    plain = prose("""
        Dear MASH,

        Kerry Luxton (Early Help Practitioner) asked me to send this on as her laptop has gone for
        repair; she and her manager Lisa are copied in, and so is our school nurse. Kerry's text is
        below.

        Tamara Hext
        Designated Safeguarding Lead, Brixham Harbour Primary School
        01632 960431

        --- Kerry's text ---
        Contact to MASH - step up from level 3 Early Help

        Child: Ollie Tapper, DOB 21/08/2016, EHM-748210
        Mum: Jodie Tapper

        New information: Ollie told school staff on 06/07 that mum's partner hit mum and broke the
        TV on the Sunday night; police attended (log 391 of 04/07/27). The partner was arrested and
        is on bail with a condition not to attend the address. Mum has also told me he was using
        cocaine in the house most weekends.

        Lisa (my TM) and I discussed this on 07/07 and agree it needs to be considered for a level 4
        statutory response.

        Mum has not been asked about a contact to MASH yet - I will speak to her at Friday's home
        visit and let you know.

        Kerry Luxton, Early Help Practitioner, Torbay Early Help (Paignton)
        """)
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    subj = "Contact to MASH for Kerry Luxton (Early Help) \u2013 Ollie Tapper"
    top = [("From", addr("Tamara Hext", "t.hext@brixhamharbour.example")),
           ("To", addr("", "mash@torbay.gov.uk")),
           ("Cc", addrs(("Kerry Luxton", "kerry.luxton@torbay.gov.uk"),
                        ("Lisa Coombe", "lisa.coombe@torbay.gov.uk"),
                        ("School Nurse Team South Devon", "schoolnurses@southdevon-health.example"))),
           ("Subject", enc(subj)),
           ("Date", "Thu, 08 Jul 2027 15:17:08 +0100"),
           ("Message-ID", f"<AM0PR10MB{hx(tag, 20)}@AM0PR10MB3971.EURPRD10.PROD.OUTLOOK.COM>"),
           *outlook_extra(tag, False, subj)]
    add("torbay_02.eml", "torbay", "mash_step_up", "2027-07-08T15:24:00+01:00", message(top, alt),
        X("step_up", case_ids=["EHM-748210"], children=[("Ollie Tapper", "2016-08-21")],
          concerns=["domestic_abuse", "substance_misuse"], consent=None, manager_agreed=True,
          missing=["consent"], next_action="request_info"),
        "School DSL sends the Early Help practitioner's contact on her behalf, copying the practitioner, her TM "
        "and the school nurse; the requester's own text says the TM agreed (true) and that mum 'has not been "
        "asked ... yet' (consent null, so missing); mum is an adult; the partner is on bail away from the "
        "address, so not urgent.")


def torbay_03():
    tag = "torbay_03"
    plain = prose("""
        Hi Early Help,

        Please can I have a triage slot for Elsie Brokenshire - the details are in my note to Dawn
        below. Dawn has now signed off the manager's analysis on LCS (threshold for level 3 met) -
        her email is underneath - so ignore the "awaiting sign-off" in my note. The Single
        Assessment is attached.

        Harriet

        Harriet Coaker | Social Worker | Single Assessment Team | Torbay Council | 01632 960377

        From: Penhaligon, Dawn <Dawn.Penhaligon@torbay.gov.uk>
        Sent: 13 July 2027 15:58
        To: Coaker, Harriet <Harriet.Coaker@torbay.gov.uk>
        Subject: RE: Triage request \u2013 Elsie Brokenshire \u2013 needs your analysis

        Done - manager's analysis recorded on LCS. I agree the threshold for level 3 Early Help is
        met. D

        From: Coaker, Harriet
        Sent: 12 July 2027 11:30
        To: Penhaligon, Dawn <Dawn.Penhaligon@torbay.gov.uk>
        Subject: Triage request \u2013 Elsie Brokenshire \u2013 needs your analysis

        Hi Dawn,

        This is the triage request I'll send to the Early Help inbox for Elsie Brokenshire (DOB
        02/05/2024, LCS-2311840). Step down from SAT following the Single Assessment, attached.
        Elsie is 3, so it will go to the under-5s triage.

        Mum has consented to level 3 Early Help (she signed on 09/07).

        The manager's analysis is awaiting sign-off - can you do it when you're back tomorrow?

        Worries: mum's anxiety and isolation since moving to Torquay; Elsie has global developmental
        delay (paediatrician) and gets SEN support at nursery.

        Harriet

        """) + TORBAY_DISCLAIMER + "\n"
    sa = single_assessment("Single Assessment - E Brokenshire", [
        "Child: Elsie Brokenshire, DOB 02/05/2024, LCS-2311840.",
        "Analysis: mum's anxiety and isolation; Elsie's developmental delay. Rationale for step down: "
        "needs can be met by a level 3 Early Help plan with the nursery and health visitor.",
    ], "Harriet Coaker")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("Single Assessment - E Brokenshire - July 27.pdf", PDF, sa)],
                 outlook_bnd(tag, 4))
    subj = "FW: Triage request \u2013 Elsie Brokenshire \u2013 needs your analysis"
    top = [("From", addr("Coaker, Harriet", "Harriet.Coaker@torbay.gov.uk")),
           ("To", addr("Early Help", "earlyhelp@torbay.gov.uk")),
           ("Cc", addr("Penhaligon, Dawn", "Dawn.Penhaligon@torbay.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Tue, 13 Jul 2027 16:45:29 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Triage request \u2013 Elsie Brokenshire \u2013 needs your analysis")]
    add("torbay_03.eml", "torbay", "early_help_duty", "2027-07-13T16:52:00+01:00", message(top, part),
        X("step_down", level=3, case_ids=["LCS-2311840"], children=[("Elsie Brokenshire", "2024-05-02")],
          concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting"),
        "Sign-off thread forwarded to the Early Help inbox (first time it reaches the inbox, so a step_down): "
        "'The manager's analysis is awaiting sign-off' is superseded by 'Dawn has now signed off' and her "
        "quoted 'I agree the threshold for level 3 ... is met' (manager_agreed true); level 3 stated; consent "
        "given; Single Assessment attached; under-5 child.")


def torbay_04():
    tag = "torbay_04"
    plain = prose("""

        Sadie Lethbridge
        Social Worker | Safeguarding and Supporting Families | Torbay Council

        From: Early Help <earlyhelp@torbay.gov.uk>
        Sent: 16 July 2027 10:05
        To: Lethbridge, Sadie <Sadie.Lethbridge@torbay.gov.uk>
        Subject: [SB-torbay-72] Step-down request received - information needed

        Thank you for your step-down request. Your reference is SB-torbay-72 - please keep it in
        the subject line of any reply.

        Still needed before a triage slot can be allocated:
        - the Single Assessment (with your analysis and the rationale for step down)

        Please reply to this email with the missing item.

        Torbay Early Help (automated message)

        """) + TORBAY_DISCLAIMER + "\n"
    sa = single_assessment("Single Assessment", [
        "Child: Tyler Bickley          DOB: 08/12/2012          LCS ID: LCS-2299604",
        "Social worker: Sadie Lethbridge          Authorised: 14/07/2027",
        "",
        "Analysis: Tyler's attendance is 76% and he is at risk of losing his college place; mum works "
        "long shifts. No statutory role remains.",
        "Rationale for step down: Tyler and mum want help with attendance and routines, which a level 3 "
        "Early Help plan can provide.",
    ], "Sadie Lethbridge")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("SA_Bickley_final.pdf", PDF, sa)], outlook_bnd(tag, 4))
    subj = "RE: [SB-torbay-72] Step-down request received - information needed"
    top = [("From", addr("Lethbridge, Sadie", "Sadie.Lethbridge@torbay.gov.uk")),
           ("To", addr("Early Help", "earlyhelp@torbay.gov.uk")),
           ("Subject", subj),
           ("Date", "Mon, 19 Jul 2027 08:34:12 +0100"),
           ("Message-ID", outlook_mid(tag)),
           ("In-Reply-To", "<SB-torbay-72.ack.20270716100500@torbay.gov.uk>"),
           ("References", "<SB-torbay-72.ack.20270716100500@torbay.gov.uk>"),
           *outlook_extra(tag, True, "[SB-torbay-72] Step-down request received - information needed")]
    add("torbay_04.eml", "torbay", "early_help_duty", "2027-07-19T08:40:00+01:00", message(top, part),
        X("follow_up", case_ids=["LCS-2299604"], children=[("Tyler Bickley", "2012-12-08")],
          concerns=["school_attendance"], missing=[], next_action="attach_to_request"),
        "Reply to [SB-torbay-72] with only a signature above the quoted acknowledgement and the Single Assessment "
        "attached; the quoted 'Still needed' list is stepbot's own text, not a fact; child, DOB, LCS id and the "
        "attendance worry are only in the PDF; 'level 3' in the assessment does not set level on a follow_up.")


def torbay_05():
    tag = "torbay_05"
    tick = "\u2714"
    inner = "\n".join([
        p_html("Dear MASH,"), p_html(""),
        p_html("Please accept this contact to MASH as a step up from level 3 Early Help. Details are in the "
               "tables below."),
        p_html(""),
        html_table([["Child", "DOB", "EHM ID"], ["Kaiden Ellery", "05/05/2015", "EHM-751337"]]),
        p_html(""),
        html_table([["Concern", "Yes", "No"],
                    ["Domestic abuse", tick, ""],
                    ["Neglect", "", tick],
                    ["Parental mental health", tick, ""],
                    ["Substance misuse", "", tick],
                    ["Exploitation", "", tick],
                    ["School attendance", "", tick]]),
        p_html(""),
        html_table([["Question", "Answer"],
                    ["Parental consent to MASH contact", "Yes - mum, 12/07/2027"],
                    ["Team manager agreement (level 4 to be considered)", "Yes - Lisa Coombe, 13/07/2027"],
                    ["Immediate risk?", "No - dad is staying with his brother in Exeter"]]),
        p_html(""),
        '<p class="MsoNormal"><b>New information</b><o:p></o:p></p>',
        p_html("Dad moved back into the family home in June. Mum has since told me he checks her phone, "
               "takes her bank card and will not let her see her friends, and Kaiden has told school he "
               "hears them arguing most nights. Mum's depression has worsened and her GP has increased her "
               "medication. Kaiden's attendance is 97%."),
        p_html(""),
        p_html("Kind regards"), p_html(""),
        p_html("Jasmine Prowse", "color:#0B5394"),
        p_html("Early Help Practitioner | Torbay Early Help (Torquay) | 01632 960512", "color:#0B5394"),
        p_html(""), p_html(TORBAY_DISCLAIMER, "font-size:7.5pt;color:gray"),
    ])
    subj = "Step up \u2013 contact to MASH \u2013 Kaiden Ellery \u2013 EHM-751337"
    top = [("From", addr("Prowse, Jasmine", "Jasmine.Prowse@torbay.gov.uk")),
           ("To", addr("MASH", "mash@torbay.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Wed, 14 Jul 2027 10:09:56 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, False, subj)]
    add("torbay_05.eml", "torbay", "mash_step_up", "2027-07-14T10:16:00+01:00",
        message(top, text(OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL, "html")),
        X("step_up", case_ids=["EHM-751337"], children=[("Kaiden Ellery", "2015-05-05")],
          concerns=["domestic_abuse", "parental_mental_health"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting"),
        "Outlook HTML-only step-up with Yes/No tick columns: only rows ticked in the Yes column count (domestic "
        "abuse, parental mental health); rows ticked No (neglect, substance misuse, exploitation, school "
        "attendance) do not, and 97% attendance is no concern; consent and TM agreement in table cells; "
        "'Immediate risk? No'.")


def torbay_06():
    tag = "torbay_06"
    plain = prose("""
        Hi EH,

        Pls can I have a triage slot for Riley-Jay Hannaford (DOB 17.01.2017, LCS-2308826) - SD
        from SAT to L3 EH following the SA (attached, auth'd 19/07).

        Mum consented to L3 EH at my HV 20/07.
        TM analysis: Dawn is on A/L until 26/07, so the manager's analysis isn't on LCS yet.

        Needs: R-J's ADHD pathway + EHCP request (SEND); mum's alcohol use (SM) - she's engaging
        with the drug and alcohol service. HV/school/EP all involved. CIN closes at the review on
        29/07.

        Unrelated - the Lang family (LCS-2291003, Poppy Lang) are going to triage via Jo Pascoe,
        not me, so if anything comes in for them please send it to her.

        Thx
        Fraser

        Fraser Kitto | SW | Single Assessment Team | Torbay Council

        """) + TORBAY_DISCLAIMER + "\n"
    sa = single_assessment("Single Assessment - Riley-Jay Hannaford", [
        "LCS-2308826. DOB 17/01/2017. Authorised 19/07/2027.",
        "Analysis: Riley-Jay's ADHD and learning needs; mum's alcohol use, now reducing with support.",
        "Rationale for step down: needs can be met by a level 3 Early Help plan.",
    ], "Fraser Kitto")
    part = multi("mixed", [text(plain), attach("SA - R-J Hannaford - 19.07.27.pdf", PDF, sa)],
                 outlook_bnd(tag, 4))
    subj = "SD for triage \u2013 LCS-2308826 \u2013 Hannaford"
    top = [("From", addr("Kitto, Fraser", "Fraser.Kitto@torbay.gov.uk")),
           ("To", addr("Early Help", "earlyhelp@torbay.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Wed, 21 Jul 2027 13:52:03 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("torbay_06.eml", "torbay", "early_help_duty", "2027-07-21T13:58:00+01:00", message(top, part),
        X("step_down", level=3, case_ids=["LCS-2308826"], children=[("Riley-Jay Hannaford", "2017-01-17")],
          concerns=["disability_send", "substance_misuse"], consent=True, manager_agreed=None,
          missing=["manager_agreed"], next_action="request_info"),
        "Acronym step-down (SD, SAT, L3, EH, SA, HV as home visit and as health visitor, A/L, SEND, EHCP, SM, "
        "EP, CIN): level 3 from 'L3'; the manager's analysis is not done yet (null, missing); the Lang family "
        "(LCS-2291003, Poppy Lang) is a different case mentioned in passing and must not be merged.",
        decoys=["LCS-2291003", "Poppy Lang"])


TORBAY_FORM_HEAD = ded("""
    TORBAY EARLY HELP - CONTACT TO MASH (STEP UP TO LEVEL 4)
    """)


def torbay_07():
    tag = "torbay_07"
    body = TORBAY_FORM_HEAD + ded("""
        Submitted by:   Becky Widdicombe, Early Help Practitioner (Torquay)
        Submitted:      23/07/2027 12:36

        Child name:     Ava-Rose Pedrick
        DOB:            04/09/2020
        EHM ID:         EHM-753092
        Address:        (held on EHM)

        Is the child at immediate risk of significant harm?     [X] Yes   [ ] No
        If YES, you must also telephone MASH now. Details:
          Dad (Craig Pedrick) rang mum at 11.50 today from outside Ava-Rose's holiday club and said
          he is collecting her at 3pm and "she'll never see her again". There is a non-molestation
          order and he has no contact; he has previously hit mum in front of Ava-Rose. The holiday
          club know and will not release her. I am phoning MASH as well.

        Concerns (tick all that apply):
          [X] Domestic abuse     [ ] Neglect      [ ] Substance misuse    [ ] Parental mental health
          [ ] Exploitation       [ ] Missing      [ ] School attendance   [X] Physical abuse

        Parental consent to contact:   [ ] Yes   [ ] No   [X] Not sought (emergency)
        Discussed with line manager:   [X] Yes   Name: Lisa Coombe   Date: 23/07/2027

        -------------------------------------------------------------
        Torbay Early Help Forms. Replies go to the practitioner who submitted the form.
        """)
    top = [("From", addr("Torbay Early Help Forms", "eh.forms@torbay.gov.uk")),
           ("Reply-To", addr("Becky Widdicombe", "becky.widdicombe@torbay.gov.uk")),
           ("To", addr("MASH", "mash@torbay.gov.uk")),
           ("Subject", "Contact to MASH (step up) - immediate risk: YES - Ava-Rose Pedrick"),
           ("Date", "Fri, 23 Jul 2027 12:37:44 +0100"),
           ("Message-ID", f"<ehforms.{hx(tag, 16).lower()}@torbay.gov.uk>"),
           ("X-Mailer", "Torbay Early Help Forms 3.1")]
    add("torbay_07.eml", "torbay", "mash_step_up", "2027-07-23T12:39:00+01:00", message(top, text(body)),
        X("step_up", urgent=True, case_ids=["EHM-753092"], children=[("Ava-Rose Pedrick", "2020-09-04")],
          concerns=["domestic_abuse", "physical_harm"], consent=None, manager_agreed=True,
          missing=["consent"], next_action="alert_duty"),
        "Form-system contact to MASH with the immediate-risk box ticked Yes and a threat happening today (dad, "
        "under a non-molestation order, says he will take the child at 3pm): urgent, alert_duty; consent 'Not "
        "sought (emergency)' is null and still listed as missing; only the ticked concerns count; dad is an "
        "adult.")


def torbay_08():
    tag = "torbay_08"
    body = TORBAY_FORM_HEAD + ded("""
        Submitted by:   Nathan Gilpin, Early Help Practitioner (Paignton)
        Submitted:      29/07/2027 10:03

        Child name:     Harper Stentiford
        DOB:            11/02/2016
        EHM ID:         EHM-744518
        Child name:     Mylo Stentiford
        DOB:            26/06/2019
        EHM ID:         EHM-744518
        Address:        (held on EHM)

        Is the child at immediate risk of significant harm?     [ ] Yes   [X] No
        If YES, you must also telephone MASH now. Details:

        Concerns (tick all that apply):
          [ ] Domestic abuse     [X] Neglect      [ ] Substance misuse    [ ] Parental mental health
          [ ] Exploitation       [ ] Missing      [X] School attendance   [ ] Physical abuse

        New information / reason for step up:
          Home conditions have not improved after six months of the level 3 plan: the GCP2 repeated
          on 20/07 graded physical care at 4. Both children have been sent to school in dirty
          uniform most days and Harper's attendance is 68%. Mum agrees things are not changing and
          wants more help.

        Parental consent to contact:   [X] Yes   [ ] No   [ ] Not sought (emergency)
        Discussed with line manager:   [X] Yes   Name: Lisa Coombe   Date: 28/07/2027

        -------------------------------------------------------------
        Torbay Early Help Forms. Replies go to the practitioner who submitted the form.
        """)
    top = [("From", addr("Torbay Early Help Forms", "eh.forms@torbay.gov.uk")),
           ("Reply-To", addr("Nathan Gilpin", "nathan.gilpin@torbay.gov.uk")),
           ("To", addr("MASH", "mash@torbay.gov.uk")),
           ("Subject", "Contact to MASH (step up) - immediate risk: No - Harper Stentiford"),
           ("Date", "Thu, 29 Jul 2027 10:05:20 +0100"),
           ("Message-ID", f"<ehforms.{hx(tag, 16).lower()}@torbay.gov.uk>"),
           ("X-Mailer", "Torbay Early Help Forms 3.1")]
    add("torbay_08.eml", "torbay", "mash_step_up", "2027-07-29T10:11:00+01:00", message(top, text(body)),
        X("step_up", case_ids=["EHM-744518"],
          children=[("Harper Stentiford", "2016-02-11"), ("Mylo Stentiford", "2019-06-26")],
          concerns=["neglect", "school_attendance"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "Same form as torbay_07 with the immediate-risk box ticked No and the details left blank: the printed "
        "'immediate risk of significant harm' question and 'telephone MASH now' instruction are template "
        "text, so not urgent; one family EHM id repeated for both children is listed once; consent and "
        "manager boxes ticked Yes.")


for _f in (torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08):
    _f()

# =============================================================================================
# HEREFORDSHIRE
# =============================================================================================


def eha_plan_docx(title, children_line, rows, key_person, author):
    return make_docx(title, [
        ("h", "1. Family details and consent"), children_line,
        ("h", "3. Early Help Assessment - Part 2: Wellbeing Plan"),
        ("table", [["What needs to happen - including by whom", "Outcome", "Achievable timescale"], *rows]),
        ("h", "Details of Key Person involved in Early Help Assessment"), key_person,
    ], author)


def consent_pdf(title, lines, author):
    return make_pdf([(title,), *lines], title, author)


def herefordshire_01():
    tag = "herefordshire_01"
    plain = prose("""
        Bore da,

        Following our chat at the drop-in last Tuesday (diolch Verity), please find attached the
        Early Help Assessment step-down plan and Mam's signed consent form for Nia Prydderch
        (DOB 18/03/2014, Mosaic 631447) and Dafydd Prydderch (DOB 29/07/2019, Mosaic 631448).

        The C&F Assessment concluded on 28 June that the family's remaining needs are at
        'Intensive' (level 3). Mam is in agreement with the step-down - she signed the bilingual
        consent form, as she's Welsh-speaking and prefers to read things yn Gymraeg; I hope that's
        OK.

        Key person: Elin Bowen, Family Support Worker, Arrow Valley Family Hub. Elin has met Mam
        and the children and agreed with Mam that she will lead.

        Worries still there: Mam's depression since Taid died in February (she's under the GP and
        Talking Therapies), and Nia's attendance at school over the border in Presteigne, which is
        85% this year. Nain (maternal grandmother) helps with the school run.

        Diolch yn fawr,
        Gwenllian

        Gwenllian Morgan
        Gweithiwr Cymdeithasol / Social Worker
        Leominster & North Locality Team | Herefordshire Council | 01632 960264

        """) + HEREFORD_DISCLAIMER + "\n"
    plan = eha_plan_docx(
        "EHA Step Down Plan - Prydderch",
        "Nia Prydderch (18/03/2014, Mosaic 631447) and Dafydd Prydderch (29/07/2019, Mosaic 631448). "
        "Level: Intensive (level 3). Written consent obtained 01/07/2027.",
        [["Mam to continue with GP and Talking Therapies (Mam / Elin Bowen)", "Mam feels able to cope day to day",
          "3 months"],
         ["School to agree an attendance plan with Mam and Nain (school / Elin)", "Nia's attendance above 95%",
          "Autumn term"],
         ["Family Hub stay-and-play for Dafydd (Family Hub)", "Dafydd ready for Reception", "September"]],
        "Elin Bowen, Family Support Worker, Arrow Valley Family Hub (Early Help), 01632 960871.",
        "Gwenllian Morgan")
    consent = consent_pdf("Caniatad / Consent - Early Help step-down", [
        "Plant / Children: Nia Prydderch, Dafydd Prydderch",
        "Rwy'n cytuno / I agree to my family's support being stepped down from social care to Early Help "
        "and to information being shared with the key person.",
        "Llofnod / Signed: C. Prydderch (Mam / mother)     Dyddiad / Date: 01/07/2027",
    ], "Gwenllian Morgan")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt,
                           attach("EHA Step Down Plan - Prydderch.docx", DOCX, plan),
                           attach("Caniat\u00e2d - Consent form - Prydderch (signed).pdf", PDF, consent)],
                 outlook_bnd(tag, 4))
    subj = "Step down \u2013 Prydderch children \u2013 Mosaic 631447 / 631448"
    top = [("From", addr("Morgan, Gwenllian", "Gwenllian.Morgan@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Tue, 06 Jul 2027 09:48:13 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("herefordshire_01.eml", "herefordshire", "early_help_duty", "2027-07-06T09:55:00+01:00", message(top, part),
        X("step_down", level=3, case_ids=["631447", "631448"],
          children=[("Nia Prydderch", "2014-03-18"), ("Dafydd Prydderch", "2019-07-29")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
          missing=[], next_action="book_meeting"),
        "Welsh-English step-down (Bore da, diolch, Mam, Taid, Nain, yn Gymraeg; bilingual consent form with an "
        "RFC 2231 filename 'Caniat\u00e2d'): Mam/Taid/Nain are adults, not children; level 3 from 'Intensive' "
        "(level 3)'; plan, signed consent and key person with agency all present.")


def herefordshire_02():
    tag = "herefordshire_02"
    plain = ded("""
        EARLY HELP ASSESSMENT - STEP DOWN
        Submitted by: Callum Preece (Social Worker, Hereford City Locality)   08/07/2027 13:25
        Replies go to Callum Preece.

        1. FAMILY DETAILS AND CONSENT
           Child:  Maisie Lloyd        DOB: 11/11/2016      Mosaic ID: 628903
           Child:                      DOB:                 Mosaic ID:
           Level:  ( ) Level 2 - Additional     (*) Level 3 - Intensive
           Written consent obtained from parent/carer:    [ ] Yes   [ ] No
           Consent form attached:                          [ ] Yes   [ ] No

        2. SUMMARY OF PRESENTING NEEDS
           Dad's drinking increased after he lost his job in January. He is now engaging with the
           community alcohol service and has been sober in the mornings since May. Maisie is often
           late and her attendance is 88%.

        3. EARLY HELP ASSESSMENT - PART 2
           What are we worried about? - wellbeing concerns:
             Dad relapsing; Maisie missing school.
           What's working well? - Existing strengths:
             Dad is open about his drinking; Maisie's aunt lives two streets away.
           Complicating Factors:
           Existing wellbeing:

           Wellbeing Plan (please complete with family)
           What needs to happen - including by whom        | Outcome                  | Achievable Timescale
           Dad to attend the alcohol service weekly (dad)   | Dad stays sober          | 3 months
           School to offer breakfast club and check         | Attendance above 95%     | End of autumn term
             attendance weekly (school)                     |                          |
           Aunt to do the school run on Mondays (aunt)      | Maisie on time           | From September

        4. DETAILS OF KEY PERSON INVOLVED IN EARLY HELP ASSESSMENT
           Insert details of the person consulted to lead on this step down. This should be agreed
           with the family and the nominated key person.
           Name:
           Agency:
           Telephone:

        Attachments: none
        -- Herefordshire Children's Services e-Forms
        """)
    rows = [["1. Family details and consent", ""],
            ["Child", "Maisie Lloyd - DOB 11/11/2016 - Mosaic ID 628903"],
            ["Child", ""],
            ["Level", "\u25cb Level 2 - Additional   \u25c9 Level 3 - Intensive"],
            ["Written consent obtained from parent/carer", "\u2610 Yes   \u2610 No"],
            ["Consent form attached", "\u2610 Yes   \u2610 No"],
            ["2. Summary of presenting needs",
             "Dad's drinking increased after he lost his job in January. He is now engaging with the community "
             "alcohol service and has been sober in the mornings since May. Maisie is often late and her "
             "attendance is 88%."],
            ["What are we worried about? - wellbeing concerns", "Dad relapsing; Maisie missing school."],
            ["What's working well? - Existing strengths",
             "Dad is open about his drinking; Maisie's aunt lives two streets away."],
            ["Complicating Factors", ""], ["Existing wellbeing", ""]]
    plan_rows = [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
                 ["Dad to attend the alcohol service weekly (dad)", "Dad stays sober", "3 months"],
                 ["School to offer breakfast club and check attendance weekly (school)", "Attendance above 95%",
                  "End of autumn term"],
                 ["Aunt to do the school run on Mondays (aunt)", "Maisie on time", "From September"]]
    key_rows = [["Name", ""], ["Agency", ""], ["Telephone", ""]]
    html_body = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
                 "<h3>Early Help Assessment - Step Down</h3>"
                 "<p>Submitted by Callum Preece (Social Worker, Hereford City Locality) 08/07/2027 13:25. Replies "
                 "go to Callum Preece.</p>" + html_table(rows, header=False) +
                 "<p><b>Wellbeing Plan (please complete with family)</b></p>" + html_table(plan_rows) +
                 "<p><b>4. Details of Key Person involved in Early Help Assessment</b></p>"
                 "<p><i>Insert details of the person consulted to lead on this step down. This should be agreed "
                 "with the family and the nominated key person.</i></p>" + html_table(key_rows, header=False) +
                 "<p>Attachments: none</p><p style=\"color:gray\">Herefordshire Children's Services e-Forms</p>"
                 "</body></html>\n")
    alt = multi("alternative", [text(plain), text(html_body, "html")], f"=_eforms_{hx(tag, 24)}")
    top = [("From", addr("Herefordshire Children's Services e-Forms", "csc.eforms@herefordshire.gov.uk")),
           ("Reply-To", addr("Preece, Callum", "Callum.Preece@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Subject", "EHA Step Down - submitted - Mosaic 628903 - Lloyd"),
           ("Date", "Thu, 08 Jul 2027 13:26:05 +0100"),
           ("Message-ID", f"<eforms.ehasd.{hx(tag, 14).lower()}@herefordshire.gov.uk>"),
           ("X-Mailer", "e-Forms Notification 5.0")]
    add("herefordshire_02.eml", "herefordshire", "early_help_duty", "2027-07-08T13:32:00+01:00", message(top, alt),
        X("step_down", level=3, case_ids=["628903"], children=[("Maisie Lloyd", "2016-11-11")],
          concerns=["school_attendance", "substance_misuse"], consent=None, manager_agreed=None,
          missing=["consent_form", "lead_practitioner"], next_action="request_info"),
        "The EHA step-down form itself, sent by the e-forms system: the wellbeing plan is completed in the "
        "body under its own heading (draft_plan met); the key-person section holds only the printed "
        "instruction 'Insert details of the person consulted...' and blank Name/Agency, so lead_practitioner "
        "is missing; both consent rows unticked and no form attached (consent null, consent_form missing); "
        "level 3 by the selected radio.")


def herefordshire_03():
    tag = "herefordshire_03"
    inner = "\n".join([
        p_html("Hi Early Help Co-ordinators,"), p_html(""),
        p_html("Please find attached the EHA step-down plan and the signed consent form for the Bevan sibling "
               "group. The key person's details are in the second table - she has met mum and agreed to "
               "lead."),
        p_html(""),
        html_table([["Name", "DOB", "Mosaic ID", "School / setting"],
                    ["Logan Bevan", "03/06/2012", "630215", "Ledbury Oaks Academy (Yr 11 from Sept)"],
                    ["Evie-Rose Bevan", "22/01/2015", "630216", "Ledbury Oaks Academy (Yr 8 from Sept)"],
                    ["Archie Bevan", "09/09/2020", "630217", "Ledbury Primary (Yr 2 from Sept)"]]),
        p_html(""),
        html_table([["Key person", "Role", "Agency", "Phone"],
                    ["Sian Whittall", "Family Support Worker", "Ledbury Family Hub (Early Help)", "01632 960455"]]),
        p_html(""),
        '<p class="MsoNormal"><b>Remaining worries</b><o:p></o:p></p>',
        p_html("The home still falls below a good enough standard at times (GCP2 in June graded physical care "
               "at 3), and Logan does a lot of the caring for Archie when mum works evenings."),
        p_html(""),
        p_html("Thanks, Roisin"), p_html(""),
        p_html("Roisin Fairweather", "color:#385623"),
        p_html("Social Worker | Ledbury & East Locality | Herefordshire Council", "color:#385623"),
        p_html(""), p_html(HEREFORD_DISCLAIMER, "font-size:7.5pt;color:gray"),
    ])
    plan = eha_plan_docx(
        "EHA Step Down Plan - Bevan children",
        "Logan Bevan (03/06/2012), Evie-Rose Bevan (22/01/2015), Archie Bevan (09/09/2020). Mosaic 630215-630217.",
        [["Home conditions checklist with mum weekly (Sian Whittall)", "Home good enough every week", "3 months"],
         ["Young carers assessment for Logan (Early Help)", "Logan has time for himself", "September"],
         ["Childcare for Archie on mum's evening shifts (mum / Family Hub)", "Logan not caring in the evenings",
          "August"]],
        "Sian Whittall, Family Support Worker, Ledbury Family Hub (Early Help).", "Roisin Fairweather")
    consent = consent_pdf("Consent to step down to Early Help - Bevan", [
        "Children: Logan Bevan, Evie-Rose Bevan, Archie Bevan.",
        "I consent to Early Help support and to information being shared with the key person.",
        "Signed: K. Bevan (mother)   Date: 09/07/2027",
    ], "Roisin Fairweather")
    part = multi("mixed", [text(OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL, "html"),
                           attach("EHA Step Down Plan - Bevan children.docx", DOCX, plan),
                           attach("Signed consent - Bevan.pdf", PDF, consent)], outlook_bnd(tag, 4))
    subj = "Step-down plan \u2013 Bevan sibling group"
    top = [("From", addr("Fairweather, Roisin", "Roisin.Fairweather@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Tue, 13 Jul 2027 11:20:37 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("herefordshire_03.eml", "herefordshire", "early_help_duty", "2027-07-13T11:27:00+01:00", message(top, part),
        X("step_down", level=None, case_ids=["630215", "630216", "630217"],
          children=[("Logan Bevan", "2012-06-03"), ("Evie-Rose Bevan", "2015-01-22"), ("Archie Bevan", "2020-09-09")],
          concerns=["neglect", "young_carer"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "Outlook HTML-only sibling-group step-down: children, DOBs and Mosaic ids in one table and the key "
        "person (Sian Whittall, Ledbury Family Hub) only in a second table; plan and signed consent attached; "
        "no level is stated anywhere, so level null.")


def herefordshire_04():
    tag = "herefordshire_04"
    consent = consent_pdf("Consent to Step Down to Early Help", [
        "I/We, Rachel Jenkins (mother), consent to the Early Help step-down plan for:",
        "Harvey Jenkins   DOB 14/01/2016",
        "Ella Jenkins     DOB 27/06/2018",
        "and to information being shared with the key person and the Early Help Co-ordinator team.",
        "Signed: R Jenkins          Date: 15/07/2027",
    ], "Pritpal Sandhu")
    part = multi("mixed", [text("\n\nSent from my Galaxy\n", cte="7bit"),
                           attach("Consent form - Jenkins.pdf", PDF, consent)],
                 f"--_com.samsung.android.email_{hx(tag, 20)}")
    top = [("From", addr("Pritpal Sandhu", "Pritpal.Sandhu@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Subject", "RE: [SB-herefordshire-29] Step-down request received - information needed"),
           ("Date", "Fri, 16 Jul 2027 17:48:26 +0100"),
           ("Message-ID", f"<{hx(tag, 8).lower()}-{hx(tag + 'x', 4).lower()}-email-samsung@herefordshire.gov.uk>"),
           ("In-Reply-To", "<SB-herefordshire-29.ack.20270714111500@herefordshire.gov.uk>"),
           ("References", "<SB-herefordshire-29.ack.20270714111500@herefordshire.gov.uk>"),
           ("X-Mailer", "Samsung Email")]
    add("herefordshire_04.eml", "herefordshire", "early_help_duty", "2027-07-16T17:54:00+01:00", message(top, part),
        X("follow_up", case_ids=[], children=[("Harvey Jenkins", "2016-01-14"), ("Ella Jenkins", "2018-06-27")],
          concerns=[], consent=True, missing=[], next_action="attach_to_request"),
        "Android reply to [SB-herefordshire-29] whose only content is 'Sent from my Galaxy' and the signed "
        "consent form; the children and DOBs are only in the PDF (Rachel Jenkins is the mother, an adult); the "
        "signed form states consent (true), as in the dev corpus's consent-form follow-up; no case id written.")


def herefordshire_05():
    tag = "herefordshire_05"
    plain = prose("""
        Hi team,

        Following yesterday's drop-in with Xavier, here is the step-down for Lily-Mae Carver
        (Mosaic 633372) - the plan and mum's signed consent are attached. The key person is Becca
        Orme, Family Support Worker at Ross-on-Wye Family Hub, who has met mum and agreed to lead.

        NB I gave the wrong DOB in my email below - it's 09/10/2017, not 10/09/2017 (I'd swapped
        the day and the month).

        Annabel

        Annabel Crowther | Social Worker | Ross & South Wye Locality | Herefordshire Council

        From: Crowther, Annabel
        Sent: 16 July 2027 14:11
        To: Moss, Xavier <xavier.moss@herefordshire.gov.uk>
        Subject: Step down \u2013 Lily-Mae Carver \u2013 before Tuesday drop-in

        Hi Xavier,

        I've booked Tuesday's drop-in to talk about Lily-Mae Carver, DOB 10/09/2017. The s47
        concluded on 02/07 with no further action at CP level, and the C&F says her needs are at
        level 3: mum's cannabis use, and Lily-Mae's attendance (86%). Mum agrees with the
        step-down.

        Annabel

        """) + HEREFORD_DISCLAIMER + "\n"
    plan = eha_plan_docx(
        "EHA Step Down Plan - Lily-Mae Carver",
        "Lily-Mae Carver, DOB 09/10/2017, Mosaic 633372. Level 3.",
        [["Mum to attend the drug and alcohol service (mum)", "Mum stops using cannabis at home", "3 months"],
         ["Attendance plan with school (school / Becca Orme)", "Attendance above 95%", "Autumn term"]],
        "Becca Orme, Family Support Worker, Ross-on-Wye Family Hub.", "Annabel Crowther")
    consent = consent_pdf("Consent to step down - Carver", [
        "Child: Lily-Mae Carver, DOB 09/10/2017.",
        "I agree to the step-down to Early Help and to information sharing with the key person.",
        "Signed: S. Carver (mother)   Date: 19/07/2027",
    ], "Annabel Crowther")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt,
                           attach("EHA step down plan - Lily-Mae Carver.docx", DOCX, plan),
                           attach("Consent - L Carver.pdf", PDF, consent)], outlook_bnd(tag, 4))
    subj = "FW: Step down \u2013 Lily-Mae Carver \u2013 before Tuesday drop-in"
    top = [("From", addr("Crowther, Annabel", "Annabel.Crowther@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Cc", addr("Moss, Xavier", "xavier.moss@herefordshire.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Wed, 21 Jul 2027 10:05:48 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, "Step down \u2013 Lily-Mae Carver \u2013 before Tuesday drop-in")]
    add("herefordshire_05.eml", "herefordshire", "early_help_duty", "2027-07-21T10:12:00+01:00", message(top, part),
        X("step_down", level=3, case_ids=["633372"], children=[("Lily-Mae Carver", "2017-10-09")],
          concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "Forward of the drop-in thread to the co-ordinators' inbox whose newest text corrects the quoted DOB "
        "(day and month swapped: 2017-10-09, not 10/09/2017); 's47 ... no further action at CP level' is a "
        "past outcome, not urgent; level 3 stated in the quoted part; plan, consent and key person present.")


def herefordshire_06():
    tag = "herefordshire_06"
    plain = prose("""
        Hello MASH,

        Request to step up Dylan Fenn (DOB 31/12/2013, Mosaic 626118) from EH to CSC.

        EHA since Feb, TAF x3. SoS scaling at the last TAF was 2/10. DA: dad's controlling
        behaviour towards mum has escalated - he monitors her phone and has stopped her seeing her
        family; mum has an IDVA and a safety plan, and dad is working away in Scotland until
        September. CAMHS have Dylan on the waiting list (anxiety, not sleeping).

        My manager, Helen Bright, agrees with the step up, and mum consents to the referral.

        Also - the Clee family (Mosaic 619034, Jacob Clee) need no action: they moved to
        Shropshire last week and I am closing them today.

        Thanks
        Joanna

        Joanna Pike
        Early Help Family Support Worker | Herefordshire Council

        """) + HEREFORD_DISCLAIMER + "\n"
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    subj = "Request to step up \u2013 Dylan Fenn \u2013 Mosaic 626118"
    top = [("From", addr("Pike, Joanna", "Joanna.Pike@herefordshire.gov.uk")),
           ("To", addr("MASH", "mash@herefordshire.gov.uk")),
           ("Cc", addr("Bright, Helen", "Helen.Bright@herefordshire.gov.uk")),
           ("Subject", enc(subj)),
           ("Date", "Mon, 26 Jul 2027 09:30:14 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, False, subj)]
    add("herefordshire_06.eml", "herefordshire", "mash_step_up", "2027-07-26T09:37:00+01:00", message(top, alt),
        X("step_up", case_ids=["626118"], children=[("Dylan Fenn", "2013-12-31")], concerns=["domestic_abuse"],
          consent=True, manager_agreed=True, missing=[], next_action="human_review"),
        "A step-up sent to Herefordshire, whose protocol defines none: human_review with missing [] and no "
        "notice, facts still labelled; acronyms (EH, CSC, EHA, TAF, SoS, DA, IDVA, CAMHS); the Clee family "
        "(Mosaic 619034, Jacob Clee) is another case mentioned in passing and must not be merged; dad is away "
        "until September, so not urgent.",
        decoys=["619034", "Jacob Clee"])


def herefordshire_07():
    tag = "herefordshire_07"
    plain = prose("""
        Good afternoon,

        I am sending this on behalf of Farhan Qureshi (Social Worker), copied, who is on leave from
        today. Farhan's step-down plan for Theo Abbott (DOB 16/04/2023, Mosaic 629770) is attached.

        From Farhan's handover note:
        - Mum gave verbal consent to the step-down at the home visit on 23/07; the written consent
          form will follow - mum wants to read it through with her sister first.
        - Key person: Bethan Morris, Health Visitor, Herefordshire 0-19 Health Visiting Service.
          Bethan has agreed with mum to lead.
        - Level 3 (intensive).
        - Worries: mum's postnatal depression (GP and perinatal team) and her isolation in a new
          area.

        Any questions, please contact Farhan's manager, Elaine Birch, who is also copied in.

        Kind regards

        Mandy Tranter
        Business Support Officer | Safeguarding & Family Support | Herefordshire Council

        """) + HEREFORD_DISCLAIMER + "\n"
    plan = eha_plan_docx(
        "EHA step down plan - Theo Abbott",
        "Theo Abbott, DOB 16/04/2023, Mosaic 629770. Level 3 (intensive). Written consent: to follow.",
        [["Mum to keep perinatal team appointments (mum / HV)", "Mum's mood improves", "3 months"],
         ["Stay-and-play group weekly (Family Hub)", "Mum has local friends", "September"]],
        "Bethan Morris, Health Visitor, Herefordshire 0-19 Health Visiting Service.", "Farhan Qureshi")
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    part = multi("mixed", [alt, attach("EHA step down plan - Theo Abbott.docx", DOCX, plan)], outlook_bnd(tag, 4))
    subj = "Step down on behalf of Farhan Qureshi \u2013 Theo Abbott \u2013 Mosaic 629770"
    top = [("From", addr("Tranter, Mandy", "Mandy.Tranter@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Cc", addrs(("Qureshi, Farhan", "Farhan.Qureshi@herefordshire.gov.uk"),
                        ("Birch, Elaine", "Elaine.Birch@herefordshire.gov.uk"),
                        ("Bethan Morris (Health Visitor)", "bethan.morris@hereford-0-19.example"),
                        ("Little Oaks Nursery Manager", "manager@littleoaks-nursery.example"))),
           ("Subject", enc(subj)),
           ("Date", "Tue, 27 Jul 2027 14:02:51 +0100"),
           ("Message-ID", outlook_mid(tag)),
           *outlook_extra(tag, True, subj)]
    add("herefordshire_07.eml", "herefordshire", "early_help_duty", "2027-07-27T14:09:00+01:00", message(top, part),
        X("step_down", level=3, case_ids=["629770"], children=[("Theo Abbott", "2023-04-16")],
          concerns=["parental_mental_health"], consent=True, manager_agreed=None, missing=["consent_form"],
          next_action="request_info"),
        "Business support sends the step-down on behalf of the social worker, copying the SW, his manager, the "
        "key person and the nursery; verbal consent is given (consent true) but the written form 'will "
        "follow', so consent_form is missing; the manager is only copied (null); key person named with "
        "agency.")


def herefordshire_08():
    tag = "herefordshire_08"
    plain = prose("""
        Hi,

        Correction to my reply on Monday (below): the school nurse has had to decline the key
        person role, so the key person for Maisie Lloyd (Mosaic 628903) will be Owain Tudor,
        Family Support Worker, Hereford City Family Hub. He met Maisie and her dad on 28/07 and
        they agreed.

        Callum

        Callum Preece | Social Worker | Hereford City Locality | Herefordshire Council

        From: Preece, Callum
        Sent: 26 July 2027 09:12
        To: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
        Subject: RE: [SB-herefordshire-34] Step-down request received - information needed

        Key person: Lowri Evans, School Nurse, Hereford City School Nursing Team.

        From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
        Sent: 08 July 2027 13:31
        To: Preece, Callum <Callum.Preece@herefordshire.gov.uk>
        Subject: [SB-herefordshire-34] Step-down request received - information needed

        Thank you for your step-down request. Your reference is SB-herefordshire-34.

        Still needed before the step-down can be processed:
        - signed written consent form
        - details of the key person

        Please reply to this email with the missing items.

        Herefordshire Early Help Co-ordinators (automated message)

        """) + HEREFORD_DISCLAIMER + "\n"
    alt = multi("alternative", [text(plain), text(html_from_text(plain), "html")], outlook_bnd(tag, 0))
    subj = "RE: [SB-herefordshire-34] Step-down request received - information needed"
    top = [("From", addr("Preece, Callum", "Callum.Preece@herefordshire.gov.uk")),
           ("To", addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")),
           ("Subject", subj),
           ("Date", "Thu, 29 Jul 2027 11:40:09 +0100"),
           ("Message-ID", outlook_mid(tag)),
           ("In-Reply-To", outlook_mid(tag + "prev")),
           ("References", "<SB-herefordshire-34.ack.20270708133100@herefordshire.gov.uk> " + outlook_mid(tag + "prev")),
           *outlook_extra(tag, False, "[SB-herefordshire-34] Step-down request received - information needed")]
    add("herefordshire_08.eml", "herefordshire", "early_help_duty", "2027-07-29T11:46:00+01:00", message(top, alt),
        X("follow_up", case_ids=["628903"], children=[("Maisie Lloyd", None)], concerns=[], consent=None,
          missing=[], next_action="attach_to_request"),
        "Follow-up to [SB-herefordshire-34] (the request in herefordshire_02) whose newest text corrects the "
        "key person given in the quoted earlier reply; the quoted 'Still needed' list is stepbot's own text; "
        "no DOB and no worry are written, consent is not stated; follow_up has no requirements.")


for _f in (herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
           herefordshire_06, herefordshire_07, herefordshire_08):
    _f()

# =============================================================================================
# write + self-checks
# =============================================================================================

CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
REQ_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2",
           "engaging_families", "exploitation_assessment", "assessment", "cin_minutes", "consent_form",
           "request_for_support", "case_id", "children", "consent", "manager_agreed", "lead_practitioner",
           "meeting_details", "worries_strengths_next"}
DEFINED = {("knowsley", "step_up"), ("knowsley", "step_down"), ("richmond_wandsworth", "step_up"),
           ("richmond_wandsworth", "step_down"), ("tower_hamlets", "step_up"), ("tower_hamlets", "step_down"),
           ("torbay", "step_up"), ("torbay", "step_down"), ("herefordshire", "step_down")}


def working_days_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2027:
            n += 1
    return n


def expected_next_action(item):
    e = item["expect"]
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (item["authority"], e["kind"]) not in DEFINED:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def readable_text(raw):
    import email
    from email import policy
    msg = email.message_from_string(raw, policy=policy.default)
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename() or ""
        if ctype == "text/plain" and not fn:
            chunks.append(part.get_content())
        elif ctype == "text/html":
            h = re.sub(r"(?is)<(style|head).*?</\1>", " ", part.get_content())
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif fn.lower().endswith(".docx"):
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            chunks += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    chunks += [c.text for c in r.cells]
        elif fn.lower().endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
            chunks += [pg.extract_text() for pg in r.pages]
    return msg, "\n".join(chunks)


def check(items):
    import collections
    errors = []
    per_auth = collections.Counter(i["authority"] for i in items)
    for a in MAILBOXES:
        if per_auth[a] != 8:
            errors.append(f"{a}: {per_auth[a]} files, want 8")
    seen = set()
    for it in items:
        f, e = it["file"], it["expect"]
        if f in seen:
            errors.append(f"{f}: duplicate")
        seen.add(f)
        if not f.startswith(it["authority"] + "_"):
            errors.append(f"{f}: authority prefix")
        if expected_next_action(it) != e["next_action"]:
            errors.append(f"{f}: next_action {e['next_action']} != {expected_next_action(it)}")
        if not set(e["concerns"]) <= CONCERNS:
            errors.append(f"{f}: unknown concern {set(e['concerns']) - CONCERNS}")
        if not set(e["missing"]) <= REQ_IDS:
            errors.append(f"{f}: unknown requirement {set(e['missing']) - REQ_IDS}")
        if e["concerns"] != sorted(e["concerns"]) or e["missing"] != sorted(e["missing"]):
            errors.append(f"{f}: unsorted")
        if (it["authority"], e["kind"]) not in DEFINED and e["missing"]:
            errors.append(f"{f}: kind without requirements must have missing []")
        if e["level"] is not None and e["kind"] != "step_down":
            errors.append(f"{f}: level only for step_down")
        knowsley_req = it["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if not knowsley_req and e["notice_ok"] is not None:
            errors.append(f"{f}: notice_ok must be null")
        if knowsley_req:
            if it["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    errors.append(f"{f}: no meeting date -> notice null and meeting_details missing")
            else:
                today = dt.date.fromisoformat(it["now"][:10])
                wd = working_days_between(today, it["meeting"])
                if (wd >= 5) != e["notice_ok"]:
                    errors.append(f"{f}: notice {wd} WD vs notice_ok {e['notice_ok']}")
        if e["urgent"] and e["next_action"] != "alert_duty":
            errors.append(f"{f}: urgent must alert")
        msg, txt = readable_text(it["eml"])
        if msg.defects:
            errors.append(f"{f}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                errors.append(f"{f}: part defects {part.defects}")
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg.get(hname) is None:
                errors.append(f"{f}: no {hname}")
        rcpt = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if MAILBOXES[it["authority"]][it["mailbox"]].lower() not in rcpt:
            errors.append(f"{f}: mailbox address not in To/Cc")
        sent = msg["Date"].datetime
        now = dt.datetime.fromisoformat(it["now"])
        if not (dt.timedelta(0) < now - sent < dt.timedelta(minutes=15)):
            errors.append(f"{f}: now not shortly after Date")
        if not (dt.date(2027, 7, 5) <= sent.date() <= dt.date(2027, 7, 30)) or sent.weekday() > 4:
            errors.append(f"{f}: date outside Mon 5 - Fri 30 July 2027 weekdays")
        for c in e["children"]:
            if c["name"] not in txt:
                errors.append(f"{f}: child {c['name']!r} not in readable text")
        for cid in e["case_ids"]:
            if cid not in txt:
                errors.append(f"{f}: case id {cid!r} not in readable text")
        labelled = json.dumps(e)
        for d in it["decoys"]:
            if d not in txt:
                errors.append(f"{f}: decoy {d!r} not in text")
            if d in labelled:
                errors.append(f"{f}: decoy {d!r} leaked into the label")
    return errors


def main():
    for name in os.listdir(HERE):
        if name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    labels = []
    for it in sorted(ITEMS, key=lambda i: i["file"]):
        with open(os.path.join(HERE, it["file"]), "w", encoding="ascii", newline="\n") as fh:
            fh.write(it["eml"])
        labels.append({"file": it["file"], "authority": it["authority"], "mailbox": it["mailbox"],
                       "now": it["now"], "expect": it["expect"], "why": it["why"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    errors = check(ITEMS)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"wrote {len(labels)} messages and labels.json; all checks passed")


if __name__ == "__main__":
    main()
