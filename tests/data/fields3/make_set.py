#!/usr/bin/env python3
"""fields3: a blind held-out set of invented duty-mailbox emails, written field by field.

Run with /work/main/.venv/bin/python make_set.py. Deterministic: no clock, no randomness;
boundaries and Message-IDs come from fixed hashes and every attachment is built with fixed
timestamps. Writes <authority>_NN.eml and labels.json next to this file, then checks its own
labels (next_action order, notice arithmetic, per-authority counts, names and ids present).
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import sys
import zipfile
from email.header import Header

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
MAILBOX_NAMES = {
    "knowsleymash@knowsley.gov.uk": "Knowsley MASH",
    "FamilyFirst0-18DutyMailbox@knowsley.gov.uk": "Family First 0-18 Duty Mailbox",
    "MASH-StepUP@richmondandwandsworth.gov.uk": "MASH: Step Up",
    "EarlyHelpDuty@richmondandwandsworth.gov.uk": "Early Help Duty",
    "MAST@towerhamlets.gov.uk": "MAST",
    "EarlyHelpHub@towerhamlets.gov.uk": "Early Help Hub",
    "mash@torbay.gov.uk": "Torbay MASH",
    "earlyhelp@torbay.gov.uk": "Early Help",
    "mash@herefordshire.gov.uk": "Herefordshire MASH",
    "earlyhelpcoordinators@herefordshire.gov.uk": "Early Help Co-ordinators",
}

# England & Wales bank holidays around the set's dates (none falls between 14 June and 16 July 2027).
BANK_HOLIDAYS = {dt.date(2027, 5, 3), dt.date(2027, 5, 31), dt.date(2027, 8, 30)}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (DESIGN.md, notice)."""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def h(seed, n=32):
    return hashlib.sha256(("fields3:" + seed).encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------- dates
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc_date(y, m, d, hh, mm, ss=0, tz="+0100"):
    wd = DAYS[dt.date(y, m, d).weekday()]
    return f"{wd}, {d:02d} {MONTHS[m - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def iso_now(y, m, d, hh, mm):
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+01:00"


# ----------------------------------------------------------------------------- attachments
def make_docx(blocks, title="Document", author="Author"):
    """blocks: list of ("h", text) | ("p", text) | ("t", [[cells], ...])."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = d.core_properties
    fixed = dt.datetime(2027, 6, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2027, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def _pdf_escape(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += ("\\%03o" % c).encode()
        else:
            out.append(c)
    return bytes(out)


def make_pdf(lines, title="Document", author="Author"):
    """Hand-built PDF 1.4, one or more A4 pages of Helvetica text (WinAnsi)."""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) == 48:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then page/content pairs
    kids = []
    next_id = 6
    for pg in pages:
        pid, cid = next_id, next_id + 1
        next_id += 2
        kids.append(pid)
        stream = bytearray(b"BT\n/F1 10 Tf\n12 TL\n50 790 Td\n")
        for i, ln in enumerate(pg):
            font = b"/F2 11 Tf\n" if ln.startswith("##") else b"/F1 10 Tf\n"
            text = ln[2:].strip() if ln.startswith("##") else ln
            stream += font + b"(" + _pdf_escape(text) + b") Tj T*\n"
        stream += b"ET\n"
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        n_pages, b" ".join(b"%d 0 R" % k for k in kids))
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _pdf_escape(title) + b") /Author (" + _pdf_escape(author) +
               b") /Creator (Microsoft Word for Microsoft 365) /CreationDate (D:20270601090000Z) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, next_id):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % next_id
    for i in range(1, next_id):
        out += b"%010d 00000 n \n" % offsets[i]
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (next_id, fid, fid, xref))
    return bytes(out)


# ----------------------------------------------------------------------------- MIME pieces
def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode() + b"\n"


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset))


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


class Part:
    """A MIME part: header lines (str) plus body bytes (already transfer-encoded)."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return ("\n".join(self.headers) + "\n\n").encode() + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label_charset=None,
              extra=()):
    label = label_charset or charset
    hdr = [f'Content-Type: text/{subtype}; charset="{label}"']
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64lines(text.encode(charset))
    else:  # 7bit / 8bit
        body = text.encode(charset)
        if not body.endswith(b"\n"):
            body += b"\n"
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr.extend(extra)
    return Part(hdr, body)


def attach_part(filename, data, ctype):
    try:
        filename.encode("ascii")
        fn = f'"{filename}"'
        disp = f'attachment; filename="{filename}"'
    except UnicodeEncodeError:
        enc = Header(filename, "utf-8").encode()
        fn = f'"{enc}"'
        disp = f'attachment; filename="{enc}"'
    hdr = [f"Content-Type: {ctype}; name={fn}",
           f"Content-Description: {filename}" if filename.isascii() else "Content-Description: attachment",
           f"Content-Disposition: {disp}; size={len(data)}",
           "Content-Transfer-Encoding: base64"]
    return Part(hdr, b64lines(data))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def multipart(subtype, parts, boundary, ctype_line=None, preamble=None, close=True):
    if ctype_line is None:
        ctype_line = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"'
    body = bytearray()
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
    if close:
        body += b"\n--" + boundary.encode() + b"--\n"
    return Part([ctype_line], bytes(body))


def message(headers, top, crlf=True):
    raw = ("\n".join(headers) + "\n").encode() + top.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text_to_html(text, font="Aptos"):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{html_escape(line)}<o:p></o:p></p>')
    return outlook_html("\n".join(paras), font)


def outlook_html(inner, font="Aptos"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            f'font-family:"{font}",sans-serif;}}\ntable.grid td {{border:solid windowtext 1.0pt;padding:0cm 5.4pt;}}\n'
            '--></style>\n</head>\n<body lang="EN-GB" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def outlook_headers(frm, to, subject, date, seed, cc=None, extra=()):
    mid = "LO2P265MB" + h(seed, 28).upper()
    hdr = [
        "Received: from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:921::9)",
        f" by LO0P265MBA216.GBRP265.PROD.OUTLOOK.COM with HTTPS; {date}",
        f"From: {frm}",
        f"To: {to}",
    ]
    if cc:
        hdr.append(f"CC: {cc}")
    hdr += [
        f"Subject: {enc_header(subject)}",
        f"Thread-Topic: {enc_header(subject)}",
        f"Thread-Index: {base64.b64encode(bytes.fromhex(h(seed + 'ti', 40))).decode()}",
        f"Date: {date}",
        f"Message-ID: <{mid}@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
    ]
    hdr += list(extra)
    hdr.append("MIME-Version: 1.0")
    return hdr


def simple_headers(frm, to, subject, date, msgid, cc=None, mailer=None, extra=()):
    hdr = [f"From: {frm}", f"To: {to}"]
    if cc:
        hdr.append(f"Cc: {cc}")
    hdr += [f"Subject: {enc_header(subject)}", f"Date: {date}", f"Message-ID: <{msgid}>"]
    hdr += list(extra)
    if mailer:
        hdr.append(f"X-Mailer: {mailer}")
    hdr.append("MIME-Version: 1.0")
    return hdr


def outlook_mail(frm, to, subject, date, seed, text, html=None, attachments=(), cc=None,
                 extra=(), crlf=True):
    """Outlook: multipart/alternative (text + html), inside multipart/mixed when attachments."""
    alt_b = "_000_" + h(seed + "alt", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    html = html if html is not None else text_to_html(text)
    alt = multipart("alternative", [text_part(text), text_part(html, "html")], alt_b)
    hdr = outlook_headers(frm, to, subject, date, seed, cc=cc, extra=extra)
    if attachments:
        hdr[hdr.index("X-MS-Has-Attach: ")] = "X-MS-Has-Attach: yes"
        mix_b = "_004_" + h(seed + "mix", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
        top = multipart("mixed", [alt] + list(attachments), mix_b)
    else:
        top = alt
    return message(hdr, top, crlf)


# ----------------------------------------------------------------------------- registry
MESSAGES = []
SOURCES = {}  # file -> list of readable source strings (bodies and attachment texts), for checks


def add(file, authority, mailbox, now, expect, why, raw, sources, meeting=None, broken=False):
    MESSAGES.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now,
                     "expect": expect, "why": why, "raw": raw, "meeting": meeting,
                     "broken": broken})
    SOURCES[file] = sources


def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None,
      manager_agreed=None, missing=(), notice_ok=None, next_action=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children],
            "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager_agreed,
            "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action}


def docx_text(blocks):
    out = []
    for kind, val in blocks:
        if kind == "t":
            for row in val:
                out.append(" | ".join(row))
        else:
            out.append(val)
    return "\n".join(out)


# ============================================================================= KNOWSLEY
KNOW_SIG_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
                       "addressee. If you have received it in error please tell the sender and delete "
                       "it. Knowsley Council may monitor email traffic to and from its systems.")


def step_up_form_blocks(case_line, meeting, engagement, taf, worried, working, nxt, efk, gcp, mea,
                        manager, contingency, children_line):
    return [
        ("h", "FF Step Up request to CSC"),
        ("p", children_line),
        ("t", [["Case ID on EHM:", case_line],
               ["Has this family recently closed to Children's Social Care?:", "No"],
               ["Date of step up TAF meeting:", meeting],
               ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", engagement],
               ["Recent TAF meeting minutes attached:", taf]]),
        ("h", "What are we worried about?"),
        ("p", worried),
        ("h", "What is working well?"),
        ("p", working),
        ("h", "What next?"),
        ("p", nxt),
        ("h", "Have you considered/completed/reviewed if applicable:"),
        ("t", [["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", efk],
               ["Graded Care profile (If neglect should be completed).", gcp],
               ["Merseyside Exploitation Assessment - CE/CSE concern.", mea]]),
        ("p", "Agreement by line manager: " + manager),
        ("p", "Contingency plan (Smart and timely): " + contingency),
    ]


def build_knowsley():
    A = "knowsley"
    MASH = MAILBOXES[A]["mash_step_up"]
    FF = MAILBOXES[A]["early_help_duty"]
    to_mash = addr("Knowsley MASH", MASH)
    to_ff = addr("Family First 0-18 Duty Mailbox", FF)
    mbs = addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")

    # ---------------------------------------------------------------- knowsley_01
    form = step_up_form_blocks(
        "EHM-53107", "Wednesday 23/06/2027 10:00 (Teams)",
        "High - both parents attend TAF meetings but the home conditions have not changed",
        "Yes - TAF 09/06/2027",
        "Neglect. Home conditions have deteriorated since Easter: no working fridge, dog faeces on the "
        "landing, soiled bedding, untreated head lice (Tyler) for six weeks. GCP2 04/06/2027: level 4 "
        "in physical care and safety.",
        "Ruby-Mae's attendance has improved to 96%. Both parents' drug tests were clear in May; no "
        "concerns re substance use.",
        "Step up for a Child and Family Assessment; Family First to remain involved until it is complete.",
        "N/A", "Completed 04/06/2027 - attached", "N/A",
        "Lorraine Ashcroft (Team Manager) - discussed and agreed 10/06/2027",
        "If not agreed: TAF review in 4 weeks with GCP2 re-scored.",
        "Children: Tyler Brennan (03/02/2019); Ruby-Mae Sheridan (21/07/2016)")
    gcp2 = ["##Graded Care Profile 2 (GCP2) - summary of scores",
            "Family: Brennan / Sheridan        EHM-53107",
            "Completed by: Niamh Brophy, Family First        Date completed: 04/06/2027",
            "Children: Tyler Brennan, Ruby-Mae Sheridan",
            "",
            "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
            "Area 2 Care of safety (awareness, in presence, in absence): 4",
            "Area 3 Love and care: 2",
            "Area 4 Esteem (stimulation, approval, acceptance): 3",
            "",
            "Summary: neglect of physical care and safety; parents warm towards the children."]
    taf = [("h", "TAF meeting minutes"),
           ("p", "Date: 09/06/2027, 15:30, Huyton Hub. Chair: Niamh Brophy (Family First)."),
           ("p", "Present: Kerry Sheridan (mum), Liam Brennan (Tyler's dad), Whiston Willis Primary "
                 "(Mrs Carol Hale), health visitor (apologies)."),
           ("p", "Home conditions reviewed: no improvement since the last TAF; fridge still broken, "
                 "bedding not washed. Agreed the case will be discussed with the "
                 "Family First team manager for step up."),
           ("p", "GCP2 completed 04/06/2027 shared with the TAF. Actions: school to continue breakfast club.")]
    text = """Hi MASH,

Please find attached the FF Step Up request to CSC for Tyler Brennan and his half-sister Ruby-Mae Sheridan, with the most recent TAF minutes and the Graded Care Profile 2.

Children
Tyler Brennan, DOB 03.02.19 (NHS No. 999 402 7731)
Ruby-Mae Sheridan, DOB 21st July 2016 - last seen at home visit 11/06/2027

Case ID on EHM: EHM-53107

Step up TAF meeting: Wednesday 23rd June 2027 at 10:00 on Teams. The calendar invite has gone to the MASH inbox and MASH business support, and I have invited the current TAF members.

Summary
The family have been open to Family First at level 3 since October 2026 (last TAF held 09/06/2027). Our worry is neglect: the home conditions have deteriorated again since Easter. There is no working fridge, there was dog faeces on the landing at my last two visits, the children's bedding is soiled and Tyler has had untreated head lice for six weeks. The GCP2 completed on 04/06/2027 scores level 4 in physical care and in safety.

Ruby-Mae's attendance at Whiston Willis Primary has improved to 96% since she started going to breakfast club, which is a real strength. There are no concerns re substance use - both parents' tests were clear in May.

Mum, Kerry Sheridan, and Tyler's dad, Liam Brennan, have both been told about the meeting.

Management oversight: my TM, Lorraine Ashcroft, has discussed the step up with me and agreed to it (supervision 10/06/2027).

Kind regards

Niamh Brophy
Family First Case Manager (Level 3), Huyton Hub
Knowsley Council
Tel: 0151 496 0733 | Mob: 07700 900418

""" + KNOW_SIG_DISCLAIMER
    atts = [attach_part("FF Step Up request to CSC - Brennan Sheridan.docx",
                        make_docx(form, "FF Step Up request to CSC", "Niamh Brophy"), DOCX),
            attach_part("GCP2 Brennan-Sheridan June 2027.pdf", make_pdf(gcp2, "GCP2", "Niamh Brophy"), PDF),
            attach_part("TAF minutes 09.06.27.docx", make_docx(taf, "TAF minutes", "Niamh Brophy"), DOCX)]
    raw = outlook_mail(addr("Brophy, Niamh", "Niamh.Brophy@knowsley.gov.uk"), to_mash,
                       "Step up request - Brennan / Sheridan - EHM-53107 - TAF Wed 23/06",
                       rfc_date(2027, 6, 14, 10, 12, 41), "k01", text, attachments=atts, cc=mbs)
    add("knowsley_01.eml", A, "mash_step_up", iso_now(2027, 6, 14, 10, 20),
        E("step_up", case_ids=["EHM-53107"],
          children=[("Tyler Brennan", "2019-02-03"), ("Ruby-Mae Sheridan", "2016-07-21")],
          concerns=["neglect"], consent=None, manager_agreed=True, missing=[], notice_ok=True,
          next_action="book_meeting"),
        "Complete Knowsley step-up for neglect (form, GCP2 and TAF minutes attached; TM agreed). Half-siblings "
        "with different surnames; DOBs '03.02.19' and '21st July 2016'; '11/06/2027' beside Ruby-Mae and the "
        "TAF date are not DOBs; the NHS number and phones are not case ids. 'Improved to 96%' is a strength "
        "and 'no concerns re substance use' is ruled out. Parents 'told about the meeting' is not consent "
        "(null). Notice Mon 14 Jun -> Wed 23 Jun = 7 WD >= 5.",
        raw, [text, docx_text(form), "\n".join(gcp2), docx_text(taf)], meeting=dt.date(2027, 6, 23))

    # ---------------------------------------------------------------- knowsley_02 (charset mislabel)
    form = step_up_form_blocks(
        "52890", "Monday 21/06/2027 13:30 (Teams)",
        "Low - Engaging Families toolkit not yet completed",
        "Yes - TAF 26/05/2027",
        "Mum has not engaged with Family First since February. Mum's ex-partner, who was violent towards "
        "her in 2025, has been coming back to the house; Séan describes shouting and banging most weekends.",
        "Séan is attending school and talks openly to his teacher.",
        "Step up for a Child and Family Assessment.",
        "Not completed", "N/A", "N/A",
        "Bernadette Hough (TM) - see email", "TAF review if not agreed.",
        "Child: Séan O'Rourke-McGuinness (08/11/2014)")
    tafm = ["##TAF meeting minutes - 26/05/2027",
            "Child: Séan O'Rourke-McGuinness      Case ID on EHM: 52890",
            "Present: Rachel Oyelowo (Family First), Mr Paul Kenny (Year 5 teacher), school nurse.",
            "Mum did not attend (third TAF missed). Mum's phone is switched off.",
            "Actions: Rachel to discuss step up with her team manager."]
    text = """Hi MASH team,

Forwarding my TM's agreement below. Step up request for Séan O'Rourke-McGuinness (DOB: 2014-11-08), Case ID on EHM: 52890.

Step up TAF meeting: Monday 21st June at 1.30pm, Teams (invite sent to MASH and MASH business support). I know Wednesday is preferred but school could only do Monday.

Worries: Séan's mum, Donna O'Rourke, has not engaged with Family First since February - 7 missed home visits, no contact with the school nurse, and she has blocked my number. Séan has told his teacher that mum's ex-partner, who was violent towards her in 2025, has been coming back to the house and that there is "shouting and banging" most weekends. Police attended on 29/05/2027 (log 0311 of 29/05/2027).

The step up form and the last TAF minutes (TAF 26/05/2027) are attached.

Thanks
Rachel

Rachel Oyelowo
Family First Case Manager
Kirkby Family Hub, Knowsley Council
0151 496 0562

From: Hough, Bernadette <Bernadette.Hough@knowsley.gov.uk>
Sent: 15 June 2027 12:02
To: Oyelowo, Rachel <Rachel.Oyelowo@knowsley.gov.uk>
Subject: RE: Séan - step up?

Hi Rachel,
I've read the form and we discussed it in supervision this morning - yes, agreed, please send it to MASH.
Bernie

Bernadette Hough | Team Manager, Family First North

From: Oyelowo, Rachel
Sent: 14 June 2027 16:40
To: Hough, Bernadette
Subject: Séan - step up?

Bernie - are you happy for me to step Séan up? Form attached.
R
"""
    seed = "k02"
    mix_b = "_004_" + h(seed + "mix", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    # DELIBERATE: UTF-8 bytes sent 8bit under a charset="iso-8859-1" label.
    tp = Part(['Content-Type: text/plain; charset="iso-8859-1"', "Content-Transfer-Encoding: 8bit"],
              text.encode("utf-8"))
    parts = [tp,
             attach_part("FF Step Up request - SOM.docx", make_docx(form, "FF Step Up request", "Rachel Oyelowo"), DOCX),
             attach_part("TAF minutes 26.05.27.pdf", make_pdf(tafm, "TAF minutes", "Rachel Oyelowo"), PDF)]
    hdr = outlook_headers(addr("Oyelowo, Rachel", "Rachel.Oyelowo@knowsley.gov.uk"), to_mash,
                          "FW: Step up - Séan O'Rourke-McGuinness", rfc_date(2027, 6, 15, 14, 47, 3), seed, cc=mbs)
    hdr[hdr.index("X-MS-Has-Attach: ")] = "X-MS-Has-Attach: yes"
    raw = message(hdr, multipart("mixed", parts, mix_b))
    add("knowsley_02.eml", A, "mash_step_up", iso_now(2027, 6, 15, 14, 50),
        E("step_up", case_ids=["52890"], children=[("Séan O'Rourke-McGuinness", "2014-11-08")],
          concerns=["domestic_abuse", "non_engagement"], consent=None, manager_agreed=True,
          missing=["engaging_families"], notice_ok=False, next_action="request_info"),
        "DELIBERATELY MALFORMED: the text part is UTF-8 sent 8bit but labelled charset=iso-8859-1; a careful "
        "reader sees the mojibake and reads 'Séan' (the RFC 2047 subject agrees). Manager agreement is only in "
        "the forwarded reply from the TM ('yes, agreed'). Non-engagement without the Engaging Families toolkit "
        "(form says 'not completed'); 'Case ID on EHM: 52890' gives '52890'; police log is not a case id. "
        "Notice Tue 15 Jun -> Mon 21 Jun = 4 WD < 5.",
        raw, [text, docx_text(form), "\n".join(tafm)], meeting=dt.date(2027, 6, 21), broken=True)

    # ---------------------------------------------------------------- knowsley_03
    form = step_up_form_blocks(
        "EHM-53311", "Wednesday 14/07/2027 10:00 (Teams)", "High - dad engages well",
        "No - TAF held 28/06/2027, minutes being typed",
        "Zander has been reported missing three times since May and is being picked up by older males in "
        "cars; he has been found in Warrington with cash and a second phone.",
        "Dad is protective and reports every missing episode. Zander's attendance has held up at 95%. "
        "No concerns re substance use (negative screen through the youth service).",
        "Step up for a Child and Family Assessment and a strategy discussion about exploitation.",
        "N/A", "N/A", "Completed 22/06/2027 - attached",
        "Darren Quayle (TM), agreed in supervision 29/06/2027", "Safety plan continues with dad.",
        "Child: Alexander Whitfield (known as Zander), 14/09/2011")
    mea = ["##Merseyside Exploitation Assessment (CE/CSE)",
           "Young person: Alexander Whitfield ('Zander')      Date completed: 22/06/2027",
           "Completed by: Jamie Kinsella, Family First",
           "Indicators: missing episodes (27/05, 11/06, 24/06/2027); unexplained cash and second phone;",
           "associating with older males; found out of area (Warrington).",
           "Overall: significant risk of criminal exploitation."]
    text = """Good morning MASH,

Step up request for Alexander Whitfield, born 14/09/2011 (known as Zander), EHM-53311.

Step up TAF meeting: Wednesday 14 July 2027 at 10am, Teams - invite sent to the MASH inbox and MASH business support.

Zander has been reported missing three times since the end of May (27/05, 11/06 and 24/06/2027; Merseyside Police ref for the latest is MP/27/4410). Each time he has come back with cash and on the last occasion he was found in Warrington with a second phone. We believe he is being criminally exploited by older males who pick him up in cars near Halewood Park. The Merseyside Exploitation Assessment is attached, with the step up form.

He has been home every night since 24 June and dad has a safety plan. No concerns re substance use - his drug screen through the youth service was negative. Zander's attendance has held up at 95%.

Dad is on board with the step up. My TM, Darren Quayle, discussed it with me in supervision on 29/06 and agreed it.

The TAF minutes will follow once they are typed up - the TAF was only on Monday.

Many thanks

Jamie Kinsella
Family First Case Manager, Halewood & Whiston
Knowsley Council | 0151 496 0288 | 07700 900731

""" + KNOW_SIG_DISCLAIMER
    atts = [attach_part("Step Up form - A Whitfield.docx", make_docx(form, "FF Step Up request to CSC", "Jamie Kinsella"), DOCX),
            attach_part("Merseyside Exploitation Assessment - AW.pdf", make_pdf(mea, "MEA", "Jamie Kinsella"), PDF)]
    raw = outlook_mail(addr("Kinsella, Jamie", "Jamie.Kinsella@knowsley.gov.uk"), to_mash,
                       "Step up - Alexander Whitfield EHM-53311", rfc_date(2027, 6, 30, 9, 31, 12), "k03", text,
                       attachments=atts, cc=mbs)
    add("knowsley_03.eml", A, "mash_step_up", iso_now(2027, 6, 30, 9, 40),
        E("step_up", case_ids=["EHM-53311"], children=[("Alexander Whitfield", "2011-09-14")],
          concerns=["exploitation", "missing"], consent=True, manager_agreed=True,
          missing=["taf_minutes"], notice_ok=True, next_action="request_info"),
        "Exploitation and missing step-up with the Merseyside Exploitation Assessment and form attached but the "
        "TAF minutes 'will follow' (taf_minutes missing). The child is mostly called by his nickname 'Zander': "
        "one child, Alexander Whitfield. 'Dad is on board' = consent true. Missing-episode dates and the police "
        "ref are not DOBs/case ids; substance use ruled out; not urgent (home every night, safety plan). "
        "Notice Wed 30 Jun -> Wed 14 Jul = 10 WD.",
        raw, [text, docx_text(form), "\n".join(mea)], meeting=dt.date(2027, 7, 14))

    # ---------------------------------------------------------------- knowsley_04 (level 2)
    text = """Dear Family First Duty,

I intend to step Zoë Kowalczyk-Hart (born 2nd of March 2017, ICS-1243390) down from Child in Need to Level 2 Early Help support through her school, Sir Francis Rigby Primary School in Halewood.

Final CIN meeting
Thursday 24 June 2027, 10:00
Venue: Sir Francis Rigby Primary School (family room), Higher Road, Halewood

New Lead Practitioner
Mrs Angharad Price, Family Support Worker at Sir Francis Rigby Primary School, has agreed to take on the Lead Practitioner role.

What are we worried about?
Zoë has a significant speech and language delay and school are applying for an EHCP. She needs the application and her speech therapy to stay on track once CSC close.

What is working well?
Zoë's attendance has improved to 96% this year. Mum, Paulina, has worked well with the CIN plan and the home is clean, warm and organised. There are no concerns about mum's mental health now that she is supported by her GP.

What needs to happen?
School to open an Early Help Assessment and hold the first TAF review within 6 weeks; SALT sessions to continue; Mrs Price to support mum with the EHCP paperwork.

Mum is happy for the step down to go ahead.

Kind regards

Hannah Okafor
Social Worker, Child in Need Team 2
Knowsley Children's Social Care
Tel: 0151 496 0917

""" + KNOW_SIG_DISCLAIMER
    raw = outlook_mail(addr("Okafor, Hannah", "Hannah.Okafor@knowsley.gov.uk"), to_ff,
                       "Step down to Level 2 – Zoë Kowalczyk-Hart (ICS-1243390)",
                       rfc_date(2027, 6, 17, 11, 20, 5), "k04", text)
    add("knowsley_04.eml", A, "early_help_duty", iso_now(2027, 6, 17, 11, 25),
        E("step_down", level=2, case_ids=["ICS-1243390"], children=[("Zoë Kowalczyk-Hart", "2017-03-02")],
          concerns=["disability_send"], consent=True, manager_agreed=None, missing=[], notice_ok=True,
          next_action="book_meeting"),
        "Complete Knowsley Level 2 step-down: date, time and venue, all three Signs of Safety headings, a named "
        "lead practitioner with her agency (a school named after a person - 'Sir Francis Rigby' is not a child). "
        "'Mum is happy for the step down' = consent true. Attendance 'improved to 96%' is a strength; mum's "
        "mental health is ruled out. Notice Thu 17 Jun -> Thu 24 Jun = exactly 5 WD, ok.",
        raw, [text], meeting=dt.date(2027, 6, 24))

    # ---------------------------------------------------------------- knowsley_05 (no level, short notice, consent to be sought)
    text = """Hi Duty,

Step down to Family First for Lacey Pemberton-Lowe (3.2.2015) and Mason Pemberton-Lowe (11/11/2018), ICS-1251006. The C&F assessment concluded on 21/06/2027: the family's needs can be met by Family First and there is no ongoing role for CSC.

Joint home visit with a Family First case manager: Tuesday 29th June at 2pm at the family home, 14 Kingsley Road, Page Moss, Huyton L36.

Consent: I haven't been able to speak to mum yet - consent to be sought at the visit.

What are we worried about?
Mum (Stacey Lowe) has long-standing depression and stopped her medication in the spring; on bad days the children get themselves to school. Lacey's attendance is 82%.

What is working well?
Nan (Margaret Pemberton) lives on the same road and helps every morning. Both children are well presented and Mason is thriving in Year 3.

What needs to happen?
Mum to re-engage with her GP and Talking Therapies; Family First to support the morning routine; school to monitor Lacey's attendance weekly.

Sorry it's short notice.
Mark

Mark Fairhurst | Social Worker | Assessment Team 1 | Knowsley Children's Social Care | 0151 496 0355
"""
    seed = "k05"
    hdr = outlook_headers(addr("Fairhurst, Mark", "Mark.Fairhurst@knowsley.gov.uk"), to_ff,
                          "Step down - Pemberton-Lowe - ICS-1251006", rfc_date(2027, 6, 25, 15, 40, 22), seed)
    raw = message(hdr, text_part(text))
    add("knowsley_05.eml", A, "early_help_duty", iso_now(2027, 6, 25, 15, 45),
        E("step_down", level=None, case_ids=["ICS-1251006"],
          children=[("Lacey Pemberton-Lowe", "2015-02-03"), ("Mason Pemberton-Lowe", "2018-11-11")],
          concerns=["parental_mental_health", "school_attendance"], consent=None, manager_agreed=None,
          missing=["consent"], notice_ok=False, next_action="request_info"),
        "Knowsley step-down with no level stated (read as level 3, so consent is required): 'consent to be "
        "sought at the visit' is null and missing. Venue given (the family home; 'Kingsley Road' is a street). "
        "'21/06/2027' is the assessment date, not a DOB; DOB '3.2.2015' is 3 Feb. Adults (Stacey Lowe, Margaret "
        "Pemberton) are not children. Joint visit Tue 29 Jun from Fri 25 Jun = 2 WD < 5.",
        raw, [text], meeting=dt.date(2027, 6, 29))

    # ---------------------------------------------------------------- knowsley_06 (follow-up: toolkit)
    efk = ["##Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment",
           "Child: Séan O'Rourke-McGuinness        Case ID on EHM: 52890",
           "Completed by Rachel Oyelowo, 18/06/2027",
           "Attempts to engage: 8 planned home visits (7 missed), 3 letters, texts and calls, school meeting offered.",
           "Level of engagement: LOW. What this tells us: mum is avoiding services, not unable to engage."]
    text = """Hi,

Please find attached the Engaging Families toolkit for Séan O'Rourke-McGuinness (Case ID on EHM: 52890). It shows mum's engagement as low: she has missed 7 of the last 8 planned visits and has not answered letters or texts.

Also, the step up TAF meeting has now been moved to Wednesday 30th June at 10am so that MASH get proper notice - new invite sent.

Rachel

Rachel Oyelowo | Family First Case Manager | Kirkby Family Hub | 0151 496 0562

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 15 June 2027 14:52
To: Oyelowo, Rachel <Rachel.Oyelowo@knowsley.gov.uk>
Subject: [SB-knowsley-38] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-knowsley-38.

Still needed before the step-up TAF meeting can go ahead:
- the Engaging Families toolkit and what it tells you, because the step-up relates to non-engagement
- at least 5 working days' notice of the step-up TAF meeting (4 working days were given)

Please reply to this email with the missing items.
Knowsley MASH (automated message)
"""
    raw = outlook_mail(addr("Oyelowo, Rachel", "Rachel.Oyelowo@knowsley.gov.uk"), to_mash,
                       "RE: [SB-knowsley-38] Step-up request received - information needed",
                       rfc_date(2027, 6, 21, 9, 5, 50), "k06", text,
                       attachments=[attach_part("Engaging Families Toolkit - S O'Rourke-McGuinness.pdf",
                                                make_pdf(efk, "Engaging Families Toolkit", "Rachel Oyelowo"), PDF)],
                       extra=["In-Reply-To: <SB-knowsley-38.ack.20270615145200@knowsley.gov.uk>",
                              "References: <SB-knowsley-38.ack.20270615145200@knowsley.gov.uk>"])
    add("knowsley_06.eml", A, "mash_step_up", iso_now(2027, 6, 21, 9, 10),
        E("follow_up", case_ids=["52890"], children=[("Séan O'Rourke-McGuinness", None)],
          concerns=["non_engagement"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
          next_action="attach_to_request"),
        "Follow-up to [SB-knowsley-38] adding the Engaging Families toolkit and moving the meeting: "
        "attach_to_request, missing [] and notice null for a follow-up. Mum's missed visits are a current "
        "non-engagement concern. No DOB in this mail.",
        raw, [text, "\n".join(efk)])

    # ---------------------------------------------------------------- knowsley_07 (doc1.docx form, manager pending, consent refused)
    form = step_up_form_blocks(
        "EHM48840", "07/07/2027 13:30 (Teams)", "Medium",
        "Yes - TAF 22/06/2027 (TAF notes June.pdf)",
        "Neglect: no food in the house on 3 of the last 4 visits; Kacey going to school hungry; Jaxon (aged 4) "
        "has missed his pre-school immunisations and two dental appointments.",
        "Kacey is bright and well liked at school; grandad visits at weekends.",
        "Step up for a Child and Family Assessment.",
        "N/A", "Completed 18/06/2027 - GCP2 summary attached", "N/A",
        "Pending - TM (Paula Reeve) on annual leave until 30/06/2027",
        "Weekly food parcel and health visitor follow-up while awaiting the meeting.",
        "Children: Kacey McDermott (19/05/2013); Jaxon McDermott-Byrne (aged 4)")
    gcp = ["##GCP2 summary - McDermott household",
           "Date completed: 18/06/2027      Case ID: EHM48840",
           "Children: Kacey McDermott, Jaxon McDermott-Byrne",
           "Physical care: 4    Safety: 3    Love: 3    Esteem: 3",
           "Completed by Sarah Lunt, Family First."]
    tafn = ["##TAF meeting minutes",
            "Kacey McDermott - TAF 22/06/2027",
            "Present: Sarah Lunt (FF), Mrs Gail Roach (Kirkby Meadow High School), Leanne McDermott (mum).",
            "Mum disagreed with the plan to consider a step up. School report Kacey arriving hungry.",
            "Actions: GCP2 shared; Sarah to take to TM for step up."]
    text = """Hello MASH,

Step up request for Kacey McDermott (DOB 19/05/2013) and her half-brother Jaxon McDermott-Byrne (aged 4). Case ID EHM48840.

Attached: the step up form (doc1.docx - sorry, Word wouldn't let me rename it), the GCP2 summary and the TAF notes from 22 June.

Step up TAF meeting: Wednesday 7th July 2027, 1.30pm, Teams.

We are worried about neglect. There has been no food in the house on 3 of the last 4 visits, Kacey has been going to school hungry and Jaxon has missed his pre-school immunisations and two dental appointments. The GCP2 scores level 4 for physical care.

Mum (Leanne McDermott) has said she does not agree to the step up and will not sign anything.

My TM, Paula Reeve, is on annual leave until Wednesday - she will sign off the step up when she's back, so I am sending this now to give you the notice.

Thanks
Sarah Lunt
Family First Case Manager, Kirkby
Knowsley Council - 0151 496 0640
"""
    raw = outlook_mail(addr("Lunt, Sarah", "Sarah.Lunt@knowsley.gov.uk"), to_mash,
                       "Step up – K.M. & J.M. – EHM48840", rfc_date(2027, 6, 28, 13, 55, 9), "k07", text,
                       cc=mbs,
                       attachments=[attach_part("doc1.docx", make_docx(form, "Document1", "Sarah Lunt"), DOCX),
                                    attach_part("GCP2 summary - McDermott.pdf", make_pdf(gcp, "GCP2", "Sarah Lunt"), PDF),
                                    attach_part("TAF notes June.pdf", make_pdf(tafn, "TAF notes", "Sarah Lunt"), PDF)])
    add("knowsley_07.eml", A, "mash_step_up", iso_now(2027, 6, 28, 14, 0),
        E("step_up", case_ids=["EHM48840"],
          children=[("Kacey McDermott", "2013-05-19"), ("Jaxon McDermott-Byrne", None)],
          concerns=["neglect"], consent=False, manager_agreed=None, missing=["manager_agreed"],
          notice_ok=True, next_action="request_info"),
        "Initials in the subject ('K.M. & J.M.') name the same two half-siblings given in full in the body, so "
        "two children, Jaxon with age only. The step-up form is the vaguely named 'doc1.docx' (content is the "
        "FF Step Up request form, so step_up_form is met); GCP2 and TAF notes attached. 'EHM48840' is a joined "
        "prefix, kept whole. TM on leave, sign-off pending: manager_agreed null and missing. Mum 'does not agree "
        "to the step up' = consent false. Notice Mon 28 Jun -> Wed 7 Jul = 7 WD.",
        raw, [text, docx_text(form), "\n".join(gcp), "\n".join(tafn)], meeting=dt.date(2027, 7, 7))

    # ---------------------------------------------------------------- knowsley_08 (level 3, HTML table, nickname)
    text = """Hello Family First Duty,

I am writing to step the Quinlan children down to Family First at Level 3.

Child | DOB | ICS ID
Robert Quinlan | 14/07/2012 | ICS-1239914
Aoife Quinlan | 02/09/2016 | ICS-1239915

The CIN plan for both children started on 12/01/2027.

Final CIN meeting: Wednesday 14th July 2027 at 10.00am, Stockbridge Village Neighbourhood Centre, The Withens, L28. A Family First case manager is invited.

Both parents consented to the referral to Family First at the CIN review on 01/07/2027.

What are we worried about?
Dad's (Declan Quinlan) alcohol use: he is 10 weeks sober with Change Grow Live, but relapse is the main risk to the children. Bobby still has angry outbursts at school when things are tense at home.

What is working well?
Bobby has done really well this term and is proud of his football. Aoife is settled and happy. There have been no domestic abuse concerns since 2025.

What needs to happen?
Family First to hold a TAF within 6 weeks; dad to continue with Change Grow Live; school to keep Bobby's mentoring sessions.

Kind regards
Ifeoma Nwachukwu
Social Worker, CIN Team 1, Knowsley Children's Social Care
0151 496 0126
"""
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in
                   [("Robert Quinlan", "14/07/2012", "ICS-1239914"), ("Aoife Quinlan", "02/09/2016", "ICS-1239915")])
    paras = text.split("Child | DOB | ICS ID")[1].split("ICS-1239915\n", 1)[1]
    html_inner = ('<p class="MsoNormal">Hello Family First Duty,</p><p class="MsoNormal">&nbsp;</p>'
                  '<p class="MsoNormal">I am writing to step the Quinlan children down to Family First at Level 3.</p>'
                  '<table class="grid" border="1" cellspacing="0" cellpadding="0"><tr><td><b>Child</b></td>'
                  '<td><b>DOB</b></td><td><b>ICS ID</b></td></tr>' + rows + '</table>'
                  + "".join(f'<p class="MsoNormal">{html_escape(l) if l.strip() else "&nbsp;"}</p>'
                            for l in paras.split("\n")))
    raw = outlook_mail(addr("Nwachukwu, Ifeoma", "Ifeoma.Nwachukwu@knowsley.gov.uk"), to_ff,
                       "Step down to Family First (Level 3) - Quinlan", rfc_date(2027, 7, 5, 11, 5, 30), "k08",
                       text, html=outlook_html(html_inner))
    add("knowsley_08.eml", A, "early_help_duty", iso_now(2027, 7, 5, 11, 10),
        E("step_down", level=3, case_ids=["ICS-1239914", "ICS-1239915"],
          children=[("Robert Quinlan", "2012-07-14"), ("Aoife Quinlan", "2016-09-02")],
          concerns=["substance_misuse"], consent=True, manager_agreed=None, missing=[], notice_ok=True,
          next_action="book_meeting"),
        "Complete Knowsley Level 3 step-down with the children in a table: Robert is then called 'Bobby' "
        "(a nickname, not a third child). '12/01/2027' (CIN start) is not a DOB. Dad's alcohol use is a current "
        "worry (substance_misuse); domestic abuse is ruled out ('no ... since 2025'). Parents 'consented' = "
        "true. Date, time and venue given; Mon 5 Jul -> Wed 14 Jul = 7 WD.",
        raw, [text], meeting=dt.date(2027, 7, 14))

    # ---------------------------------------------------------------- knowsley_09 (other)
    text = """Dear colleagues,

I'm the DSL at Cronton Lane Primary. Could you send me the current FF Step Up request form, and tell me whether school can send the calendar invite for a step up TAF meeting or whether it has to come from the Family First case manager?

We don't have a specific family in mind at the moment - it's for our staff safeguarding training on 14 July.

Many thanks
Theresa Dunne
Deputy Head / DSL, Cronton Lane Primary School
0151 496 0981
"""
    raw = message(simple_headers(addr("Theresa Dunne", "t.dunne@cronton-lane.example.org"), to_mash,
                                 "Step up form and TAF invites - question", rfc_date(2027, 7, 8, 10, 0, 14),
                                 "CAJx" + h("k09", 20) + "@mail.example.org",
                                 extra=["X-Mailer: Microsoft Outlook 16.0"]),
                  text_part(text, cte="7bit", charset="us-ascii"), crlf=True)
    add("knowsley_09.eml", A, "mash_step_up", iso_now(2027, 7, 8, 10, 5),
        E("other", next_action="human_review"),
        "A school DSL asking for the form and how invites work, about no family: kind other, human_review, "
        "missing [].",
        raw, [text])

    # ---------------------------------------------------------------- knowsley_10 (follow-up: manager agreement)
    text = """Hi MASH,

Back from leave - I've discussed the step up for Kacey McDermott and Jaxon McDermott-Byrne with Sarah this morning and I agree to it. The TAF on 7 July stands.

Paula

Paula Reeve
Team Manager, Family First South
Knowsley Council | 0151 496 0402

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 28 June 2027 14:03
To: Lunt, Sarah <Sarah.Lunt@knowsley.gov.uk>
Cc: Reeve, Paula <Paula.Reeve@knowsley.gov.uk>
Subject: [SB-knowsley-44] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-knowsley-44.
Case: EHM48840
Still needed: confirmation that your team manager has discussed the step-up and agreed to it.
Knowsley MASH (automated message)
"""
    raw = outlook_mail(addr("Reeve, Paula", "Paula.Reeve@knowsley.gov.uk"), to_mash,
                       "RE: [SB-knowsley-44] Step-up request received - information needed",
                       rfc_date(2027, 6, 30, 16, 20, 2), "k10", text,
                       cc=addr("Lunt, Sarah", "Sarah.Lunt@knowsley.gov.uk"))
    add("knowsley_10.eml", A, "mash_step_up", iso_now(2027, 6, 30, 16, 25),
        E("follow_up", case_ids=["EHM48840"],
          children=[("Kacey McDermott", None), ("Jaxon McDermott-Byrne", None)],
          concerns=[], consent=None, manager_agreed=True, missing=[], notice_ok=None,
          next_action="attach_to_request"),
        "The team manager's own reply to [SB-knowsley-44] ('I agree to it'): follow_up with manager_agreed "
        "true; the case id is only in the quoted acknowledgement; no DOBs here.",
        raw, [text])


# ============================================================================= RICHMOND & WANDSWORTH
RAW_DISC = ("Achieving for Children / Wandsworth Council. This email may contain confidential information. "
            "If you are not the intended recipient please delete it and notify the sender.")


def build_richmond():
    A = "richmond_wandsworth"
    MASH = addr("MASH: Step Up", MAILBOXES[A]["mash_step_up"])
    EHD = addr("Early Help Duty", MAILBOXES[A]["early_help_duty"])

    # ---------------------------------------------------------------- rw_01 step-up complete (TM sender)
    cs = [("h", "Latest case summary - Whitlock / Asante-Whitlock"),
          ("p", "Children: Freddie Whitlock (04/04/2015, Mosaic ID 1390021); Kobe Asante-Whitlock "
                "(30/08/2019, Mosaic ID 1390022). Mother: Chantelle Whitlock. Address: Ham, Richmond."),
          ("p", "Open to Early Help since November 2026 for parenting support and Freddie's attendance."),
          ("p", "Domestic abuse between mum and her partner, Ryan Teague: incidents on 18/04, 22/05 and "
                "06/06/2027. MARAC 10/06/2027: high risk. Ryan on police bail not to attend the address."),
          ("p", "Strengths: Freddie's attendance has improved to 96%; Kobe settled at Petersham Nursery.")]
    text = """Dear MASH colleagues,

Following reflective discussion with Lewis Penn (Early Help Practitioner) on 14 June, I agree that this family needs to step up to Children's Services and I am requesting a case discussion.

Children
- Freddie Whitlock, d.o.b. 04-04-2015, Mosaic ID 1390021
- Kobe Asante-Whitlock (Freddie's half-brother), DOB: 2019-08-30, Mosaic ID 1390022, NHS 999 117 2046
Mother: Chantelle Whitlock. Kobe's father, Daniel Asante, does not live in the household.

Rationale for step up
Since April there have been three domestic abuse incidents between mum and her partner, Ryan Teague, the last on 6 June when police attended and Ryan was arrested. He is on bail not to attend the address in Ham, but mum has told Lewis she intends to resume the relationship when bail ends on 2 July, and the MARAC on 10 June graded the risk as high. Early Help cannot manage this level of risk and the children need a statutory assessment.

There is no immediate child protection concern today: Ryan is not at the address and mum is engaging with the IDVA. Freddie's attendance at Kew Riverside Primary has improved to 96% and Kobe is settled at Petersham Nursery. There are no concerns re substance use.

Mum is aware of the step-up request and agrees with it.

The latest case summary is attached.

Kind regards

Georgina Abara
Early Help Team Manager (Richmond North)
Achieving for Children | 020 7946 0612

""" + RAW_DISC
    raw = outlook_mail(addr("Georgina Abara", "georgina.abara@richmondandwandsworth.gov.uk"), MASH,
                       "Step up request – Whitlock / Asante-Whitlock", rfc_date(2027, 6, 15, 10, 30, 11), "r01",
                       text, cc=addr("Lewis Penn", "lewis.penn@richmondandwandsworth.gov.uk"),
                       attachments=[attach_part("Case summary - Whitlock family June 2027.docx",
                                                make_docx(cs, "Case summary", "Lewis Penn"), DOCX)])
    add("richmond_wandsworth_01.eml", A, "mash_step_up", iso_now(2027, 6, 15, 10, 35),
        E("step_up", case_ids=["1390021", "1390022"],
          children=[("Freddie Whitlock", "2015-04-04"), ("Kobe Asante-Whitlock", "2019-08-30")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "Complete R&W step-up sent by the Early Help Team Manager (manager_agreed true: the manager sent it and "
        "says she agrees): rationale under its own heading, case summary attached. Half-brothers with different "
        "surnames; 'Mosaic ID 1390021' gives the bare number; NHS number is not a case id. Mum 'agrees with' "
        "the step-up = consent true. 'No immediate child protection concern today' (perpetrator on bail away "
        "from the home): not urgent. Attendance 96% is a strength; substance use ruled out; 'Ham', 'Kew "
        "Riverside', 'Petersham' are places. No notice period for R&W.",
        raw, [text, docx_text(cs)])

    # ---------------------------------------------------------------- rw_02 step-up, rationale to follow
    text = """Hi MASH,

Step up request for Maëlle McTiernan (DOB 7th Jan 2012), Mosaic no. 2210874, and her brother Rory McTiernan (6).

My manager, Tom Alder, has agreed I can send this to MASH. He will send the rationale separately once he has reviewed it.

Latest case summary
Maëlle (15) and Rory live with their mum, Siobhan McTiernan, in Whitton. Mum has a diagnosis of schizoaffective disorder and relapsed in May; she is under the home treatment team, who visit daily. Since the relapse Maëlle has taken on most of Rory's care - getting him up, fed and to school - and she has missed 11 days of school this half term to look after him. Early Help have been involved since January 2027 (young carers' support, family support worker twice a week). There is no immediate safeguarding concern: mum's sister is staying this week.

Mum hasn't been asked about the step up yet - consent to be sought at the visit on Monday.

Thanks
Ollie Stanmore
Early Help Practitioner, Twickenham & Whitton
Achieving for Children | 020 7946 0388 | 07700 900562
"""
    raw = outlook_mail(addr("Ollie Stanmore", "ollie.stanmore@richmondandwandsworth.gov.uk"), MASH,
                       "Step up – Maëlle McTiernan (2210874)", rfc_date(2027, 6, 17, 12, 10, 44), "r02", text,
                       cc=addr("Tom Alder", "tom.alder@richmondandwandsworth.gov.uk"))
    add("richmond_wandsworth_02.eml", A, "mash_step_up", iso_now(2027, 6, 17, 12, 15),
        E("step_up", case_ids=["2210874"],
          children=[("Maëlle McTiernan", "2012-01-07"), ("Rory McTiernan", None)],
          concerns=["parental_mental_health", "school_attendance", "young_carer"], consent=None,
          manager_agreed=True, missing=["rationale"], next_action="request_info"),
        "R&W step-up with the case summary pasted under its heading but the rationale 'sent separately' "
        "(missing). 'My manager ... has agreed' = true. 'Consent to be sought at the visit' = null. Mum's "
        "relapse (parental_mental_health), Maëlle caring for Rory (young_carer) and 11 days missed "
        "(school_attendance). 'Mosaic no. 2210874' gives the number; Rory has an age only. Whitton is a place.",
        raw, [text])

    # ---------------------------------------------------------------- rw_03 step-down complete
    cs = ["##Case summary - MacLennan children (June 2027)",
          "Ciarán MacLennan, born 03/02/2019 (Mosaic 1377480); Saoirse MacLennan, born 03/02/2021 (Mosaic 1377481).",
          "Parents: Euan MacLennan and Orla MacLennan. Address: Sheen, Richmond.",
          "CIN since October 2026 following mum's anxiety crisis and poor school attendance.",
          "Progress: mum now supported by GP and Talking Therapies; routines in place.",
          "Current needs: Ciarán's attendance (88%); mum's anxiety still affects mornings."]
    plan = [("h", "Draft Early Help plan - MacLennan"),
            ("t", [["Need", "Action", "Who", "By when"],
                   ["Ciarán's attendance", "Morning routine support, weekly attendance check", "EH worker / school", "Sept 2027"],
                   ["Mum's anxiety", "Continue Talking Therapies, GP review", "Mum / GP", "Ongoing"]])]
    text = """Hello Early Help Duty,

As agreed on the phone with Jasper Quint this morning, the step-down case discussion for the MacLennan children is on Thursday 24 June at 2pm on Teams.

Ciarán MacLennan, born 3rd Feb 2019 (Mosaic 1377480)
Saoirse MacLennan, born 03.02.21 (Mosaic 1377481)

The latest case summary and the draft Early Help plan are attached.

Both parents have given consent for Early Help to continue the plan; Ciarán's dad, Euan, is the lead contact. My team manager, Helen Strutt, agrees with the step down and will join the discussion.

What we are still worried about: Ciarán's attendance at Palewell Park Primary is 88%, and mum's anxiety still affects the mornings although it is now managed with her GP and Talking Therapies.

Best wishes
Adaeze Nwankwo
Social Worker, Children in Need (Richmond)
Achieving for Children | 020 7946 0771
"""
    raw = outlook_mail(addr("Adaeze Nwankwo", "adaeze.nwankwo@richmondandwandsworth.gov.uk"), EHD,
                       "Step down – MacLennan – case discussion Thu 24/06 2pm", rfc_date(2027, 6, 21, 9, 50, 27),
                       "r03", text, cc=addr("Helen Strutt", "helen.strutt@richmondandwandsworth.gov.uk"),
                       attachments=[attach_part("CaseSummary_MacLennan_June27.pdf", make_pdf(cs, "Case summary", "Adaeze Nwankwo"), PDF),
                                    attach_part("Draft EH plan - MacLennan.docx", make_docx(plan, "Draft EH plan", "Adaeze Nwankwo"), DOCX)])
    add("richmond_wandsworth_03.eml", A, "early_help_duty", iso_now(2027, 6, 21, 9, 55),
        E("step_down", case_ids=["1377480", "1377481"],
          children=[("Ciarán MacLennan", "2019-02-03"), ("Saoirse MacLennan", "2021-02-03")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting"),
        "Complete R&W step-down (case summary PDF, draft plan docx, both parents' consent). Accented Irish names "
        "with Mac-; DOBs '3rd Feb 2019' and '03.02.21'; 'Mosaic 1377480' gives the number. The TM 'agrees with "
        "the step down' = true. Current worries: attendance 88% and mum's anxiety. No notice field for R&W.",
        raw, [text, "\n".join(cs), docx_text(plan)])

    # ---------------------------------------------------------------- rw_04 step-down, consent refused
    cs = [("h", "Case summary - Jayden O'Callaghan-Reid"),
          ("p", "Jayden O'Callaghan-Reid, aged 11, Mosaic ID: 1402236. Lives with mum in Roehampton."),
          ("p", "C&F assessment completed 04/06/2027: needs below the CIN threshold; attendance 79%."),
          ("p", "Cannabis found in his bag in March was a one-off; no concerns re substance use since.")]
    plan = [("h", "Draft Early Help plan v2"),
            ("p", "Jayden O'Callaghan-Reid: attendance support, mentoring at school, mum to attend parenting group.")]
    text = """Hi Early Help Duty,

I'd like to step Jayden O'Callaghan-Reid (aged 11; C&F assessment completed 04/06/2027) down to Early Help. Mosaic ID: 1402236. Case summary and draft plan attached.

Jayden's attendance at Roehampton Vale Academy is 79% and he needs mentoring and attendance support. There are no concerns re substance use - the cannabis found in his bag in March was a one-off.

Consent: mum wasn't happy to sign the consent and told me she doesn't want Early Help involved - she feels the family has "had enough of services". I would still like to talk it through at a case discussion; I've suggested Tuesday 29 June at 10am to Jasper.

Thanks
Dominic Fairweather
Social Worker, Assessment Team (Wandsworth)
020 7946 0245
"""
    raw = outlook_mail(addr("Dominic Fairweather", "dominic.fairweather@richmondandwandsworth.gov.uk"), EHD,
                       "Step down - Jayden O'Callaghan-Reid (1402236)", rfc_date(2027, 6, 23, 14, 15, 3), "r04",
                       text,
                       attachments=[attach_part("Jayden OCR case summary.docx", make_docx(cs, "Case summary", "Dominic Fairweather"), DOCX),
                                    attach_part("Draft Early Help plan v2.docx", make_docx(plan, "Draft plan", "Dominic Fairweather"), DOCX)])
    add("richmond_wandsworth_04.eml", A, "early_help_duty", iso_now(2027, 6, 23, 14, 20),
        E("step_down", case_ids=["1402236"], children=[("Jayden O'Callaghan-Reid", None)],
          concerns=["school_attendance"], consent=False, manager_agreed=None, missing=["consent"],
          next_action="request_info"),
        "R&W step-down with case summary and draft plan but 'mum wasn't happy to sign the consent and ... "
        "doesn't want Early Help' = consent false, so consent is missing. Age only ('aged 11'); the date beside "
        "the name is the assessment date, not a DOB. Substance use ruled out.",
        raw, [text, docx_text(cs), docx_text(plan)])

    # ---------------------------------------------------------------- rw_05 follow-up: rationale
    text = """Dear MASH,

Rationale for step up - Maëlle McTiernan (Mosaic no. 2210874)

This is mum's third psychotic relapse in 18 months. Each time, Maëlle has become the main carer for her brother Rory McTiernan (6) and her own attendance has dropped (11 days missed this half term). Early Help has offered young carers' support and a family support worker, but the pattern keeps repeating and the children's needs now require a statutory assessment. I agree with the step up.

Tom Alder
Early Help Team Manager, Twickenham & Whitton
Achieving for Children | 020 7946 0390

-----Original Message-----
From: MASH: Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 17 June 2027 12:16
To: Ollie Stanmore <ollie.stanmore@richmondandwandsworth.gov.uk>
Cc: Tom Alder <tom.alder@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-22] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-richmond_wandsworth-22.
Still needed: the rationale for the plan to step up to Children's Services.
MASH business support (automated message)
"""
    raw = outlook_mail(addr("Tom Alder", "tom.alder@richmondandwandsworth.gov.uk"), MASH,
                       "RE: [SB-richmond_wandsworth-22] Step-up request received - information needed",
                       rfc_date(2027, 6, 18, 11, 0, 40), "r05", text,
                       cc=addr("Ollie Stanmore", "ollie.stanmore@richmondandwandsworth.gov.uk"))
    add("richmond_wandsworth_05.eml", A, "mash_step_up", iso_now(2027, 6, 18, 11, 5),
        E("follow_up", case_ids=["2210874"],
          children=[("Maëlle McTiernan", None), ("Rory McTiernan", None)],
          concerns=["parental_mental_health", "school_attendance", "young_carer"], consent=None,
          manager_agreed=True, missing=[], next_action="attach_to_request"),
        "The EH team manager's reply to [SB-richmond_wandsworth-22] supplying the rationale: follow_up, "
        "attach_to_request, missing []. 'I agree with the step up' = manager_agreed true. Concerns as stated "
        "in the rationale. No DOBs here (Rory '(6)' is an age).",
        raw, [text])

    # ---------------------------------------------------------------- rw_06 URGENT step-up
    cs = [("h", "Case summary - Amara Nwosu-Kelly"),
          ("p", "Amara Nwosu-Kelly, DOB 11/11/2020, Mosaic ID 1411873. Open to Early Help since March 2027 "
                "(parenting, mum's isolation). Mum's new partner, Kieran, moved in during May.")]
    rat = ["##Rationale for step up - A N-K",
           "Amara Nwosu-Kelly (Mosaic ID 1411873).",
           "Mum's partner Kieran has moved in; Amara has become withdrawn and flinches when he raises his voice.",
           "Early Help cannot assess the risk he poses; a statutory assessment is needed."]
    text = """Dear MASH,

Please see attached the case summary and rationale for stepping up Amara Nwosu-Kelly (DOB 11/11/2020), Mosaic ID 1411873.

However, I need to flag something that happened this morning. At 9.40 Amara told her class teacher at Ham Common Primary: "Mummy's friend Kieran squeezed my neck and I couldn't breathe." The teacher and the DSL have seen red finger marks on both sides of her neck. Kieran lives at the house and mum collects Amara at 3.15 with him. I am ringing the MASH duty line as well, but please treat this as needing action today.

Georgina Abara
Early Help Team Manager (Richmond North)
Achieving for Children | 020 7946 0612
"""
    raw = outlook_mail(addr("Georgina Abara", "georgina.abara@richmondandwandsworth.gov.uk"), MASH,
                       "Step up - Amara Nwosu-Kelly", rfc_date(2027, 6, 29, 10, 40, 8), "r06", text,
                       attachments=[attach_part("Case summary Nwosu-Kelly.docx", make_docx(cs, "Case summary", "Georgina Abara"), DOCX),
                                    attach_part("Rationale for step up - A N-K.pdf", make_pdf(rat, "Rationale", "Georgina Abara"), PDF)])
    add("richmond_wandsworth_06.eml", A, "mash_step_up", iso_now(2027, 6, 29, 10, 42),
        E("step_up", urgent=True, case_ids=["1411873"], children=[("Amara Nwosu-Kelly", "2020-11-11")],
          concerns=["physical_harm"], consent=None, manager_agreed=True, missing=[],
          next_action="alert_duty"),
        "URGENT: a 6-year-old's disclosure this morning of being strangled by mum's partner, with finger marks "
        "seen, and he collects her at 3.15 today. Otherwise a complete step-up from the EH team manager (case "
        "summary and rationale attached), so alert_duty with nothing missing.",
        raw, [text, docx_text(cs), "\n".join(rat)])

    # ---------------------------------------------------------------- rw_07 step-down, plan in doc1.docx
    plan = [("h", "Draft Early Help Plan - Thomas Beaumont-Yates"),
            ("p", "Lead professional (proposed): Early Help worker, Teddington locality team."),
            ("t", [["What needs to happen", "By whom", "When"],
                   ["EHCP annual review to include transition to secondary", "Dame Ellen Cole School SENCo", "Oct 2027"],
                   ["Parents to attend autism parenting programme", "Parents / EH worker", "Autumn term"],
                   ["Short breaks assessment", "EH worker", "Sept 2027"]])]
    text = """Hi all,

Step down request for Thomas Beaumont-Yates (DOB 2013-05-22), Mosaic 1366540. Case discussion agreed with Jasper for Tuesday 6 July at 10am (Teams).

Case summary
Thomas is 14 and autistic, with an EHCP at Dame Ellen Cole School in Teddington. He was made subject to a CIN plan in January after his parents separated and the home situation was chaotic. Things are now settled: he lives with dad during the week and mum at weekends, and both parents work together on his routine. There are no concerns re parental mental health now. What remains is support with his SEN and the move to Year 10.

The draft plan is attached (doc1.docx).

Consent: dad is on board, and mum also consented at the CIN review on 15/06/2027.

Bethan Rhys-Morgan
Social Worker, CIN Team (Richmond South)
020 7946 0530
"""
    raw = outlook_mail(addr("Bethan Rhys-Morgan", "bethan.rhys-morgan@richmondandwandsworth.gov.uk"), EHD,
                       "Step down – T.B.-Y. – Mosaic 1366540", rfc_date(2027, 7, 1, 15, 30, 19), "r07", text,
                       attachments=[attach_part("doc1.docx", make_docx(plan, "Document1", "Bethan Rhys-Morgan"), DOCX)])
    add("richmond_wandsworth_07.eml", A, "early_help_duty", iso_now(2027, 7, 1, 15, 35),
        E("step_down", case_ids=["1366540"], children=[("Thomas Beaumont-Yates", "2013-05-22")],
          concerns=["disability_send"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "R&W step-down: case summary pasted under its own heading; the draft plan is the vaguely named "
        "'doc1.docx' (content 'Draft Early Help Plan', so draft_plan is met). 'Dad is on board' plus mum's "
        "consent = true. Initials 'T.B.-Y.' in the subject are the same child. Dame Ellen Cole School is a "
        "school, not a person; parental mental health ruled out; '15/06/2027' is a review date.",
        raw, [text, docx_text(plan)])

    # ---------------------------------------------------------------- rw_08 other
    text = """Good morning,

Please could you update your distribution list for step-up outcome letters. Our safeguarding lead at Kew Road Surgery is now Dr Anjali Rao (anjali.rao@kewroad-surgery.example.nhs.uk). Please remove Dr Barnes, who retired at the end of June.

Many thanks
Lorraine Pike
Practice Manager, Kew Road Surgery
020 7946 0901
"""
    raw = message(simple_headers(addr("Lorraine Pike", "lorraine.pike@kewroad-surgery.example.nhs.uk"), MASH,
                                 "Change of safeguarding lead - Kew Road Surgery", rfc_date(2027, 7, 16, 8, 50, 0),
                                 h("r08", 24) + "@kewroad-surgery.example.nhs.uk"),
                  text_part(text, cte="7bit", charset="us-ascii"))
    add("richmond_wandsworth_08.eml", A, "mash_step_up", iso_now(2027, 7, 16, 8, 55),
        E("other", next_action="human_review"),
        "A GP practice updating its contact details: no request, no child ('Dr Barnes' is a retired GP): other.",
        raw, [text])

    # ---------------------------------------------------------------- rw_09 step-up, multipart with NO boundary parameter
    cs = ["##Case summary - Kirkbride-Obi / Kirkbride",
          "Harrison Kirkbride-Obi (17/10/2016), Mosaic 1418820; Maisie-Jo Kirkbride (17/06/2020), Mosaic 1418821.",
          "Mum: Jodie Kirkbride. Open to Early Help since September 2026.",
          "Mum relapsed into crack cocaine use in April; home conditions poor; Harrison has lost weight.",
          "Maternal grandmother staying at the home since 3 July."]
    text = """Dear MASH,

Following reflective discussion with Priti Chauhan (EH practitioner), I am asking for a step-up case discussion for:

Harrison Kirkbride-Obi, DOB 17.10.2016 - referral date 10/06/2027
Maisie-Jo Kirkbride, born 17 June 2020 (Harrison's half-sister)
Mosaic: 1418820 / 1418821

Rationale for step up
Mum, Jodie Kirkbride, relapsed into crack cocaine use in April. The home has deteriorated (no food on two visits, no gas credit), Harrison has lost 3kg since March according to the school nurse, and Maisie-Jo has had untreated head lice and the same clothes on all week. Early Help support has not changed this and I agree the children now need a statutory assessment. There are no immediate concerns: maternal grandmother has been staying at the home since 3 July.

Mum and Maisie-Jo's dad are both on board with the step up.

The case summary is attached.

Martin Okoro
Early Help Team Manager (Wandsworth East)
020 7946 0457
"""
    seed = "r09"
    b = "_005_" + h(seed + "mix", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    alt_b = "_000_" + h(seed + "alt", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    alt = multipart("alternative", [text_part(text), text_part(text_to_html(text), "html")], alt_b)
    pdf = attach_part("Case summary.pdf", make_pdf(cs, "Case summary", "Martin Okoro"), PDF)
    # DELIBERATE: "multipart/mixed" with no boundary parameter; the parts use boundary b.
    top = multipart("mixed", [alt, pdf], b, ctype_line="Content-Type: multipart/mixed")
    hdr = outlook_headers(addr("Martin Okoro", "martin.okoro@richmondandwandsworth.gov.uk"), MASH,
                          "Step up request - Kirkbride-Obi / Kirkbride", rfc_date(2027, 7, 12, 11, 25, 36), seed)
    hdr[hdr.index("X-MS-Has-Attach: ")] = "X-MS-Has-Attach: yes"
    raw = message(hdr, top)
    add("richmond_wandsworth_09.eml", A, "mash_step_up", iso_now(2027, 7, 12, 11, 30),
        E("step_up", case_ids=["1418820", "1418821"],
          children=[("Harrison Kirkbride-Obi", "2016-10-17"), ("Maisie-Jo Kirkbride", "2020-06-17")],
          concerns=["neglect", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "DELIBERATELY MALFORMED: 'Content-Type: multipart/mixed' has no boundary parameter; the parts are "
        "delimited by an Outlook '_005_' boundary a careful reader recovers from the first '--' line. Then a "
        "complete step-up from the EH team manager (rationale heading + case summary PDF). 'referral date "
        "10/06/2027' beside Harrison is not his DOB (17.10.2016). Mum's crack use (substance_misuse) and poor "
        "home conditions/weight loss (neglect); 'on board' = consent true; not urgent (grandmother staying).",
        raw, [text, "\n".join(cs)], broken=True)

    # ---------------------------------------------------------------- rw_10 follow-up: consent now given
    text = """Hi,

Good news - mum rang me after the weekend and has now given consent for Early Help to continue the plan for Jayden O'Callaghan-Reid. She came into the office this morning and signed the consent form.

Dominic

Dominic Fairweather | Social Worker | Assessment Team (Wandsworth) | 020 7946 0245

-----Original Message-----
From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 23 June 2027 14:22
To: Dominic Fairweather <dominic.fairweather@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-27] Step-down request received - information needed

Thank you for your step-down request for Jayden O'Callaghan-Reid (Mosaic ID: 1402236). Your reference is SB-richmond_wandsworth-27.
Still needed: confirmation that the child, young person and family consent to Early Help continuing the plan.
Early Help Duty (automated message)
"""
    raw = outlook_mail(addr("Dominic Fairweather", "dominic.fairweather@richmondandwandsworth.gov.uk"), EHD,
                       "RE: [SB-richmond_wandsworth-27] Step-down request received - information needed",
                       rfc_date(2027, 6, 28, 9, 20, 55), "r10", text)
    add("richmond_wandsworth_10.eml", A, "early_help_duty", iso_now(2027, 6, 28, 9, 25),
        E("follow_up", case_ids=["1402236"], children=[("Jayden O'Callaghan-Reid", None)], concerns=[],
          consent=True, manager_agreed=None, missing=[], next_action="attach_to_request"),
        "Follow-up to [SB-richmond_wandsworth-27]: mum 'has now given consent' reverses the earlier refusal, so "
        "consent true (latest state); case id from the quoted acknowledgement.",
        raw, [text])


# ============================================================================= TOWER HAMLETS
TH_DISC = ("London Borough of Tower Hamlets. This message may contain confidential information and is "
           "intended only for the addressee.")


def marf_blocks(child_rows, reason, consent, manager, referrer):
    return [("h", "Multi-Agency Request for Support (MARF)"),
            ("t", [["Name", "DOB", "Mosaic ID"]] + child_rows),
            ("h", "Reason for request"), ("p", reason),
            ("p", "Parental consent: " + consent),
            ("p", "Manager agreement: " + manager),
            ("p", "Referrer: " + referrer)]


def build_tower_hamlets():
    A = "tower_hamlets"
    MAST = addr("MAST", MAILBOXES[A]["mash_step_up"])
    HUB = addr("Early Help Hub", MAILBOXES[A]["early_help_duty"])

    # ---------------------------------------------------------------- th_01 step-up complete
    marf = marf_blocks([["Rayhan Chowdhury", "11/09/2013", "1470031"], ["Safiya Islam-Chowdhury", "02/02/2018", "1470032"]],
                       "Neglect: no food in the home on repeated visits, both children with untreated head lice "
                       "and dental decay, home in poor condition. No concerns re substance use.",
                       "Mum (Rokeya Islam) agreed to the referral 13/06/2027.",
                       "Nadia Karim, Team Manager, Early Help (Stepney) - agreed and countersigned 14/06/2027.",
                       "Sultana Ahmed, Early Help Practitioner")
    text = """Dear MAST,

Please find attached a Multi-Agency Request for Support for Rayhan Chowdhury, DOB 11/09/2013 (NHS no. 999 231 4478), and his half-sister Safiya Islam-Chowdhury, DOB 2 Feb 2018 (NHS no. 999 231 4486). Mosaic 1470031 (Rayhan), 1470032 (Safiya).

We have been working with the family at targeted Early Help since January. Our worry is neglect: there has been no food in the home on four of the last six visits, both children have untreated head lice and Safiya needs dental treatment that has been cancelled three times. The flat in Stepney Green is in a very poor state. There are no concerns re substance use - dad's tests through the RESET service were negative.

Rayhan's attendance at Jessie Pargeter Primary School has improved to 94% with the breakfast club, which is positive.

Mum has agreed to the MAST referral. I discussed the case with my manager, Nadia Karim, who agrees the threshold is met and has countersigned the MARF.

Kind regards
Sultana Ahmed
Early Help Practitioner, Stepney locality
Tower Hamlets Council | 020 7946 0184

""" + TH_DISC
    raw = outlook_mail(addr("Sultana Ahmed", "sultana.ahmed@towerhamlets.gov.uk"), MAST,
                       "Step up to MAST - Chowdhury / Islam-Chowdhury", rfc_date(2027, 6, 14, 14, 5, 17), "t01",
                       text, cc=addr("Nadia Karim", "nadia.karim@towerhamlets.gov.uk"),
                       attachments=[attach_part("MARF Chowdhury Islam-Chowdhury.docx", make_docx(marf, "MARF", "Sultana Ahmed"), DOCX)])
    add("tower_hamlets_01.eml", A, "mash_step_up", iso_now(2027, 6, 14, 14, 10),
        E("step_up", case_ids=["1470031", "1470032"],
          children=[("Rayhan Chowdhury", "2013-09-11"), ("Safiya Islam-Chowdhury", "2018-02-02")],
          concerns=["neglect"], consent=True, manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete Tower Hamlets MAST step-up: MARF attached, the manager 'agrees the threshold is met and has "
        "countersigned'. Half-siblings with different surnames; DOBs '11/09/2013' and '2 Feb 2018'; NHS numbers "
        "are not case ids ('Mosaic 1470031' is). Attendance 'improved to 94%' is a strength; substance use ruled "
        "out; 'Jessie Pargeter Primary School' and 'Stepney Green' are not people.",
        raw, [text, docx_text(marf)])

    # ---------------------------------------------------------------- th_02 step-down complete, assessment = doc1.docx
    cfa = [("h", "Child and Family Assessment"),
           ("p", "Child: Idris Rahman-O'Neill    DOB: 14/02/2014    Mosaic ID: 1463355"),
           ("p", "Assessment started 12/04/2027, concluded 04/06/2027. Social worker: Joseph Adeyinka."),
           ("h", "Analysis"),
           ("p", "Idris's needs no longer require statutory intervention. His attendance (81%) remains the main "
                 "need. Dad moved out in 2026 and there have been no domestic abuse concerns since."),
           ("h", "Outcome"), ("p", "Step down to a Team Around the Family with a Lead Practitioner.")]
    taf = [("h", "Draft TAF plan - Idris Rahman-O'Neill"),
           ("t", [["Outcome", "Action", "Who"],
                  ["Attendance above 90%", "Weekly check-in, morning routine support", "Shamima Akhtar / school"],
                  ["Idris has a trusted adult", "Mentoring at school", "Bow Lock Academy"]])]
    text = """Dear Early Help Hub,

I am stepping Idris Rahman-O'Neill (DOB 14/02/2014, Mosaic 1463355) down to Targeted Early Help following the conclusion of my Child and Family Assessment.

Attached: the assessment (doc1.docx) and the draft TAF plan.

Idris and his mum both consented to the step down at the final CIN review on 08/06/2027.

Lead Practitioner: Shamima Akhtar, Family Support Worker, Wapping Children and Family Centre, has agreed to take on the role.

TAF meeting: Tuesday 22 June 2027, 10am, at Wapping Children and Family Centre - I will chair.

The remaining need is Idris's attendance, which is 81%. There have been no domestic abuse concerns since dad moved out in 2026.

Regards
Joseph Adeyinka
Social Worker, Children and Families Assessment Team
Tower Hamlets Council | 020 7946 0623
"""
    raw = outlook_mail(addr("Joseph Adeyinka", "joseph.adeyinka@towerhamlets.gov.uk"), HUB,
                       "Step down - Idris Rahman-O'Neill", rfc_date(2027, 6, 16, 10, 10, 2), "t02", text,
                       attachments=[attach_part("doc1.docx", make_docx(cfa, "Document1", "Joseph Adeyinka"), DOCX),
                                    attach_part("TAF plan draft - Idris.docx", make_docx(taf, "TAF plan", "Joseph Adeyinka"), DOCX)])
    add("tower_hamlets_02.eml", A, "early_help_duty", iso_now(2027, 6, 16, 10, 15),
        E("step_down", case_ids=["1463355"], children=[("Idris Rahman-O'Neill", "2014-02-14")],
          concerns=["school_attendance"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "Complete Tower Hamlets step-down: the Child and Family Assessment is the vaguely named 'doc1.docx' "
        "(its content meets `assessment`), draft TAF plan attached, consent given, a named lead practitioner with "
        "her agency ('Wapping Children and Family Centre' is a place). Domestic abuse ruled out; CIN review date "
        "is not a DOB.",
        raw, [text, docx_text(cfa), docx_text(taf)])

    # ---------------------------------------------------------------- th_03 step-down, consent and LP missing
    cfa = ["##Child and Family Assessment - Miah children",
           "Nusrat Miah (19/04/2012), Zayan Miah (07/09/2016), Inaya Miah (30/03/2026)",
           "Mosaic IDs 1455821, 1455822, 1455823. Assessment concluded 15/06/2027.",
           "Needs: mum's low mood; Nusrat looking after Inaya overnight. No domestic abuse since dad left in 2025.",
           "Outcome: step down to TAF."]
    text = """Hi Early Help Hub,

Step down following C&F assessment (concluded 15/06/2027) for:
Nusrat Miah (DOB: 2012-04-19)
Zayan Miah (7th Sept 2016)
Inaya Miah (born 30/03/2026)
Mosaic IDs 1455821, 1455822, 1455823

C&F assessment attached.

Draft TAF plan
1. Mum to be referred to Talking Therapies and supported to attend GP reviews for her low mood (health visitor / GP).
2. Young carers' assessment for Nusrat, who is getting up in the night to see to Inaya (Young Carers Service).
3. Nursery place for Inaya from September (Early Help practitioner).

Worries: mum's low mood since Inaya's birth, and Nusrat (15) looking after the baby overnight and arriving at school exhausted. There have been no concerns re domestic abuse since dad left in 2025.

Lead practitioner tbc - the school (Bow Lock Academy) have declined the role and we are asking the health visitor.
Mum's consent to be sought at the TAF on 1 July.

Kofi Mensah
Social Worker, CFA Team 3 - Tower Hamlets Council - 020 7946 0719

From: Sadia Rahman <sadia.rahman@towerhamlets.gov.uk>
Sent: 18 June 2027 11:41
To: Kofi Mensah <kofi.mensah@towerhamlets.gov.uk>
Subject: RE: Miah - step down?

Kofi - I'm not agreeing the step down until there is a lead practitioner and mum has consented. Send it to the Hub so they can help find an LP, but it is not agreed from my side yet.
Sadia
Sadia Rahman | Team Manager, CFA Team 3
"""
    raw = outlook_mail(addr("Kofi Mensah", "kofi.mensah@towerhamlets.gov.uk"), HUB,
                       "Step down - Miah x3", rfc_date(2027, 6, 18, 13, 0, 45), "t03", text,
                       attachments=[attach_part("C&F Assessment - Miah - final.pdf", make_pdf(cfa, "C&F Assessment", "Kofi Mensah"), PDF)])
    add("tower_hamlets_03.eml", A, "early_help_duty", iso_now(2027, 6, 18, 13, 5),
        E("step_down", case_ids=["1455821", "1455822", "1455823"],
          children=[("Nusrat Miah", "2012-04-19"), ("Zayan Miah", "2016-09-07"), ("Inaya Miah", "2026-03-30")],
          concerns=["parental_mental_health", "young_carer"], consent=None, manager_agreed=False,
          missing=["consent", "lead_practitioner"], next_action="request_info"),
        "Tower Hamlets step-down for three siblings (DOBs 'DOB: 2012-04-19', '7th Sept 2016', 'born "
        "30/03/2026'); assessment attached and the TAF plan pasted under its own heading (met). Lead "
        "practitioner 'tbc' and consent 'to be sought at the TAF' (null): both missing. The assessment date is "
        "not a DOB. Domestic abuse ruled out; Bow Lock Academy is a school. The TM's refusal is only in her quoted "
        "reply ('I'm not agreeing the step down ... not agreed from my side yet') = manager_agreed false (not a "
        "Tower Hamlets step-down requirement, so not in missing).",
        raw, [text, "\n".join(cfa)])

    # ---------------------------------------------------------------- th_04 step-up, manager pending, nickname
    marf = ["##Multi-Agency Request for Support",
            "Child: Mohammed Ali Hussain ('Mo')    DOB: 30/06/2010    Mosaic ID 1471902",
            "Reason: suspected child criminal exploitation; missing overnight 05/06 and 19/06/2027; attendance 52%.",
            "Parental consent: mum agrees.",
            "Manager agreement: to be signed.",
            "Referrer: Leah Goldstein, Early Help Practitioner, Shadwell & Wapping"]
    text = """Hi MAST,

I'd like to step up Mohammed Ali Hussain (known as Mo), DOB 30th June 2010, Mosaic ID 1471902. MARF attached.

Mo has been missing overnight twice this month (05/06 and 19/06/2027; CAD 4412/19JUN27) and came back both times with new trainers and cash. He has been seen getting into cars with older males near Shadwell station, and he now has two phones. Mo's attendance has fallen to 52%. He is home now, the police have done return home interviews and there is a safety plan with mum.

Mum is on board with the referral.

My manager, Farhana Uddin, is on a course today - she'll sign the MARF off on Monday.

Thanks
Leah Goldstein
Early Help Practitioner, Shadwell & Wapping
Tower Hamlets Council | 07700 900274
"""
    raw = outlook_mail(addr("Leah Goldstein", "leah.goldstein@towerhamlets.gov.uk"), MAST,
                       "MAST step up - Mo Hussain", rfc_date(2027, 6, 22, 16, 45, 33), "t04", text,
                       attachments=[attach_part("MARF - M A Hussain.pdf", make_pdf(marf, "MARF", "Leah Goldstein"), PDF)])
    add("tower_hamlets_04.eml", A, "mash_step_up", iso_now(2027, 6, 22, 16, 50),
        E("step_up", case_ids=["1471902"], children=[("Mohammed Ali Hussain", "2010-06-30")],
          concerns=["exploitation", "missing", "school_attendance"], consent=True, manager_agreed=None,
          missing=["manager_agreed"], next_action="request_info"),
        "MAST step-up with the MARF attached but the manager will 'sign the MARF off on Monday' (pending: null, "
        "missing). One child, named formally once and then by his nickname 'Mo' (the subject's 'Mo Hussain' is "
        "the same child). 'Mum is on board' = consent true. The CAD number and missing dates are not case "
        "ids/DOBs; not urgent (home, safety plan).",
        raw, [text, "\n".join(marf)])

    # ---------------------------------------------------------------- th_05 follow-up: manager agrees
    text = """Hi MAST,

I've reviewed Leah's MARF for Mohammed Ali Hussain this morning and I agree to this step up. I have countersigned the MARF on Mosaic.

Farhana Uddin
Team Manager, Early Help (Shadwell & Wapping)
Tower Hamlets Council | 020 7946 0702

From: MAST <MAST@towerhamlets.gov.uk>
Sent: 22 June 2027 16:52
To: Leah Goldstein <leah.goldstein@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-58] Step-up request received - information needed

Thank you for your step-up request (Mosaic ID 1471902). Your reference is SB-tower_hamlets-58.
Still needed: evidence of management oversight - your manager has agreed the step-up.
MAST business support (automated message)
"""
    raw = outlook_mail(addr("Farhana Uddin", "farhana.uddin@towerhamlets.gov.uk"), MAST,
                       "RE: [SB-tower_hamlets-58] Step-up request received - information needed",
                       rfc_date(2027, 6, 28, 9, 15, 6), "t05", text,
                       cc=addr("Leah Goldstein", "leah.goldstein@towerhamlets.gov.uk"))
    add("tower_hamlets_05.eml", A, "mash_step_up", iso_now(2027, 6, 28, 9, 20),
        E("follow_up", case_ids=["1471902"], children=[("Mohammed Ali Hussain", None)], concerns=[],
          consent=None, manager_agreed=True, missing=[], next_action="attach_to_request"),
        "The manager's reply to [SB-tower_hamlets-58]: 'I agree to this step up' = manager_agreed true; "
        "follow_up, attach_to_request; case id only in the quoted acknowledgement.",
        raw, [text])

    # ---------------------------------------------------------------- th_06 step-up, MARF pasted as HTML table, consent refused
    rows = [("Child's name", "Emre Yılmaz"), ("Date of birth", "12 Dec 2011"),
            ("Mosaic ID", "Not known to Mosaic"), ("School", "Mulberry Lane Academy"),
            ("Reason for request", "Radicalisation: Emre has been sharing extreme right-wing material online and "
                                   "has told staff he wants to 'join up' with a group he met on Telegram. Prevent "
                                   "referral made 01/06/2027 (ref PRV/27/0193); Channel panel declined by family."),
            ("Parental consent", "Declined by both parents"),
            ("Manager agreement (section 7)", "Rosa Kimani, Team Manager - agreed 29/06/2027"),
            ("Referrer", "Dan Whitcombe, Youth Worker, Early Help Youth Service")]
    text = ("Hi MAST,\n\nPlease see the MARF below for Emre Yılmaz, d.o.b. 12 Dec 2011. He is not known to Mosaic.\n\n"
            "Multi-Agency Request for Support\n" + "\n".join(f"{a}: {b}" for a, b in rows) +
            "\n\nDad wasn't happy about the referral and both parents have declined consent; I have explained we "
            "are still making it. My TM, Rosa Kimani, has signed section 7 of the MARF.\n\n"
            "Dan Whitcombe\nYouth Worker, Early Help Youth Service, Bethnal Green\n020 7946 0850\n")
    tbl = "".join(f"<tr><td><b>{html_escape(a)}</b></td><td>{html_escape(b)}</td></tr>" for a, b in rows)
    html = outlook_html(
        '<p class="MsoNormal">Hi MAST,</p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">Please see the MARF below for Emre Yılmaz, d.o.b. 12 Dec 2011. He is not known to Mosaic.</p>'
        '<p class="MsoNormal"><b>Multi-Agency Request for Support</b></p>'
        f'<table class="grid" border="1" cellspacing="0" cellpadding="0">{tbl}</table>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Dad wasn\'t happy about the referral and both parents '
        'have declined consent; I have explained we are still making it. My TM, Rosa Kimani, has signed section 7 '
        'of the MARF.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Dan Whitcombe<br>Youth Worker, Early '
        'Help Youth Service, Bethnal Green<br>020 7946 0850</p>')
    raw = outlook_mail(addr("Dan Whitcombe", "dan.whitcombe@towerhamlets.gov.uk"), MAST,
                       "MARF - Emre Yılmaz", rfc_date(2027, 6, 30, 11, 30, 50), "t06", text, html=html)
    add("tower_hamlets_06.eml", A, "mash_step_up", iso_now(2027, 6, 30, 11, 35),
        E("step_up", case_ids=[], children=[("Emre Yılmaz", "2011-12-12")], concerns=["radicalisation"],
          consent=False, manager_agreed=True, missing=[], next_action="book_meeting"),
        "MAST step-up with the MARF pasted into the body as an HTML table under its own heading "
        "(request_for_support met) and the TM's section 7 agreement. Both parents 'declined consent' = false "
        "(not a Tower Hamlets step-up requirement). No case id ('Not known to Mosaic'); the Prevent ref is not "
        "one. Turkish dotless ı kept in the name.",
        raw, [text])

    # ---------------------------------------------------------------- th_07 step-down, misspelt boundary parameter
    cfa = ["##Child and Family Assessment - O'Driscoll",
           "Alfie O'Driscoll (25/12/2016) Mosaic 1448873; Lily-Mae O'Driscoll (aged 7) Mosaic 1448874",
           "Concluded 25/06/2027. Home conditions good since January; no neglect concerns now.",
           "Remaining need: Lily-Mae's attendance (85%). Outcome: step down to TAF."]
    taf = [("h", "TAF plan - O'Driscoll"),
           ("p", "Lead Practitioner: Ms Rokeya Khanom, Pastoral Lead, Bow Lock Academy."),
           ("p", "Lily-Mae: attendance plan with weekly review; walking-bus place. Alfie: lunchtime club.")]
    text = """Dear Early Help Hub,

Please find attached the Child and Family Assessment and the TAF plan for Alfie O’Driscoll (DOB 25/12/2016) and his sister Lily-Mae O’Driscoll (aged 7). Mosaic: 1448873 (Alfie), 1448874 (Lily-Mae).

Mum is agreeable to the step down and signed the consent on 28/06/2027.

Lead Practitioner: Ms Rokeya Khanom, Pastoral Lead at Bow Lock Academy, has agreed to lead.

The only remaining need is Lily-Mae’s attendance (85%). There are no neglect concerns now - home conditions have been good since January.

TAF meeting: Thursday 8 July, 2pm at Bow Lock Academy.

Grace Opoku
Social Worker, CFA Team 1, Tower Hamlets Council
020 7946 0561
"""
    seed = "t07"
    b = "_004_" + h(seed + "mix", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    alt_b = "_000_" + h(seed + "alt", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    alt = multipart("alternative", [text_part(text), text_part(text_to_html(text), "html")], alt_b)
    atts = [attach_part("CFA O'Driscoll June 2027.pdf", make_pdf(cfa, "CFA", "Grace Opoku"), PDF),
            attach_part("TAF plan O'Driscoll.docx", make_docx(taf, "TAF plan", "Grace Opoku"), DOCX)]
    # DELIBERATE: parameter misspelt "boundry", so the multipart has no usable boundary parameter.
    top = multipart("mixed", [alt] + atts, b, ctype_line=f'Content-Type: multipart/mixed;\n\tboundry="{b}"')
    hdr = outlook_headers(addr("Grace Opoku", "grace.opoku@towerhamlets.gov.uk"), HUB,
                          "Step down – O’Driscoll children", rfc_date(2027, 7, 2, 10, 20, 31), seed)
    hdr[hdr.index("X-MS-Has-Attach: ")] = "X-MS-Has-Attach: yes"
    raw = message(hdr, top)
    add("tower_hamlets_07.eml", A, "early_help_duty", iso_now(2027, 7, 2, 10, 25),
        E("step_down", case_ids=["1448873", "1448874"],
          children=[("Alfie O’Driscoll", "2016-12-25"), ("Lily-Mae O’Driscoll", None)],
          concerns=["school_attendance"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "DELIBERATELY MALFORMED: 'multipart/mixed; boundry=...' (misspelt, so no boundary parameter); a careful "
        "reader recovers the parts from the '--' lines. Then a complete step-down: assessment PDF, TAF plan, "
        "'Mum is agreeable ... signed the consent' = true, named lead practitioner with agency. Names keep the "
        "typographic apostrophe as written in the body; Lily-Mae has an age only. Neglect ruled out.",
        raw, [text, "\n".join(cfa), docx_text(taf)], broken=True)

    # ---------------------------------------------------------------- th_08 other
    text = """Hello

I was told to email this address about the holiday club vouchers for the summer. I have two kids, 6 and 9, and they get free school meals. Can you tell me how to book and if there is anything near Mile End?

Thank you
Shirin
Sent from my Galaxy
"""
    raw = message(simple_headers(addr("Shirin B", "shirinb1989@example.com"), HUB, "holiday club vouchers",
                                 rfc_date(2027, 7, 6, 12, 0, 3), h("t08", 30) + "@mail.example.com"),
                  text_part(text, cte="7bit", charset="us-ascii"), crlf=False)
    add("tower_hamlets_08.eml", A, "early_help_duty", iso_now(2027, 7, 6, 12, 5),
        E("other", next_action="human_review"),
        "A parent asking about holiday activity vouchers: no step request and no named child: other.",
        raw, [text])

    # ---------------------------------------------------------------- th_09 step-down, assessment not yet attached
    taf = [("h", "TAF plan - Fenwick-Mbeki"),
           ("p", "Lead Practitioner: Mr Tunde Bakare, Family Practitioner, Victoria Park Family Hub."),
           ("t", [["Need", "Action", "Who"],
                  ["Tallulah's autism / EHCP", "Support parents with EHCP review; short breaks referral", "Tunde Bakare"],
                  ["Family routines", "Parenting programme (autism)", "Parents"]])]
    text = """Dear Early Help Hub,

I'm stepping down Zoë Fenwick-Mbeki (DOB 03/09/2015) and Tallulah Fenwick-Mbeki (born 21.1.2018) to Targeted Early Help. Mosaic ref 1459907 (Zoë), 1459908 (Tallulah).

Tallulah is autistic and has an EHCP; the family need help with her routines and the EHCP review. Zoë's attendance has improved to 97% and she is doing well.

Mum (Adaeze Mbeki) and dad (Luke Fenwick) are both on board with the step down.

Lead Practitioner: Mr Tunde Bakare, Family Practitioner at Victoria Park Family Hub, has agreed.

The TAF plan is attached. The C&F assessment is still with my manager for authorisation - I'll send it as soon as it's signed off.

Many thanks
Martina Kovač
Social Worker, CFA Team 2, Tower Hamlets Council | 020 7946 0648
"""
    raw = outlook_mail(addr("Martina Kovač", "martina.kovac@towerhamlets.gov.uk"), HUB,
                       "Step down - Fenwick-Mbeki", rfc_date(2027, 7, 8, 14, 40, 12), "t09", text,
                       attachments=[attach_part("Fenwick-Mbeki TAF plan.docx", make_docx(taf, "TAF plan", "Martina Kovac"), DOCX)])
    add("tower_hamlets_09.eml", A, "early_help_duty", iso_now(2027, 7, 8, 14, 45),
        E("step_down", case_ids=["1459907", "1459908"],
          children=[("Zoë Fenwick-Mbeki", "2015-09-03"), ("Tallulah Fenwick-Mbeki", "2018-01-21")],
          concerns=["disability_send"], consent=True, manager_agreed=None, missing=["assessment"],
          next_action="request_info"),
        "Tower Hamlets step-down whose C&F assessment is 'still with my manager' (missing); TAF plan attached, "
        "both parents 'on board' (consent true), lead practitioner named with agency ('Victoria Park Family Hub' "
        "is a place). 'Mosaic ref 1459907' gives the number. Zoë's 97% is a strength; only Tallulah's SEND is a "
        "concern.",
        raw, [text, docx_text(taf)])

    # ---------------------------------------------------------------- th_10 follow-up: assessment as Scan_0034.pdf
    cfa = ["##Child and Family Assessment",
           "Children: Zoë Fenwick-Mbeki, DOB 03/09/2015; Tallulah Fenwick-Mbeki, DOB 21/01/2018",
           "Mosaic: 1459907, 1459908. Social worker: Martina Kovac. Authorised: 13/07/2027.",
           "Analysis: Tallulah's autism and EHCP needs are the main need; Zoë is doing well at school (97%).",
           "Outcome: step down to Targeted Early Help (TAF)."]
    text = """Hi,

Please find attached the authorised C&F assessment for Zoë and Tallulah Fenwick-Mbeki (1459907/1459908).

Martina

-----Original Message-----
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 08 July 2027 14:47
To: Martina Kovač <martina.kovac@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-61] Step-down request received - information needed

Your reference is SB-tower_hamlets-61.
Still needed: the most current Child and Family Assessment.
Early Help Hub (automated message)
"""
    raw = outlook_mail(addr("Martina Kovač", "martina.kovac@towerhamlets.gov.uk"), HUB,
                       "RE: [SB-tower_hamlets-61] Step-down request received - information needed",
                       rfc_date(2027, 7, 14, 10, 5, 48), "t10", text,
                       attachments=[attach_part("Scan_0034.pdf", make_pdf(cfa, "Scan_0034", "Martina Kovac"), PDF)])
    add("tower_hamlets_10.eml", A, "early_help_duty", iso_now(2027, 7, 14, 10, 10),
        E("follow_up", case_ids=["1459907", "1459908"],
          children=[("Zoë Fenwick-Mbeki", "2015-09-03"), ("Tallulah Fenwick-Mbeki", "2018-01-21")],
          concerns=["disability_send"], consent=None, manager_agreed=None, missing=[],
          next_action="attach_to_request"),
        "Follow-up to [SB-tower_hamlets-61] supplying the assessment as 'Scan_0034.pdf'. 'Zoë and Tallulah "
        "Fenwick-Mbeki' names two children with the shared surname; their DOBs and the SEND need are only in "
        "the attached assessment. Ids written '1459907/1459908'.",
        raw, [text, "\n".join(cfa)])


# ============================================================================= TORBAY
def sa_pdf(lines, title="Single Assessment"):
    return make_pdf(lines, title, "Torbay Children's Services")


def build_torbay():
    A = "torbay"
    MASH = addr("Torbay MASH", MAILBOXES[A]["mash_step_up"])
    EH = addr("Early Help", MAILBOXES[A]["early_help_duty"])

    # ---------------------------------------------------------------- tb_01 step-down complete (under-5 in group)
    sa = ["##Single Assessment - Penhaligon / Rowe-Penhaligon",
          "Jago Penhaligon, DOB 09/10/2014, LCS-2298144; Kit Rowe-Penhaligon, DOB 03/02/2023",
          "Social worker: Ellie Trethewey (SAT). Assessment completed 09/06/2027.",
          "Analysis and rationale for step down: no further action at level 4; high level of need remains -",
          "home conditions and dental neglect (Kit), mum's postnatal depression now treated but fragile.",
          "Manager's analysis (Gareth Hosking, TM, 10/06/2027): threshold met for level 3 intervention."]
    text = """Hi Early Help,

Please can I request a triage slot for a step down to level 3 Early Help:

Jago Penhaligon (DOB 09/10/2014)
Kit Rowe-Penhaligon (DOB 3rd Feb 2023), Jago's half-brother
LCS-2298144

The family live in Preston, Paignton; Jago goes to Kingsley Hart Primary. Our worries are the home conditions and Kit's untreated tooth decay (neglect), and mum's depression, which is treated but still fragile.

My TM, Gareth Hosking, has recorded his manager's analysis on LCS confirming the threshold for level 3 is met. Mum (Tegan Penhaligon) consented to level 3 early help on 10/06/2027.

The Single Assessment is attached. I understand that as Kit is under 5 the family will be heard at the fortnightly under-5s triage.

Thanks
Ellie Trethewey
Social Worker, Single Assessment Team
Torbay Council | 01632 960318
"""
    raw = outlook_mail(addr("Ellie Trethewey", "ellie.trethewey@torbay.gov.uk"), EH,
                       "Triage slot request - step down - Penhaligon (LCS-2298144)", rfc_date(2027, 6, 15, 9, 20, 40),
                       "b01", text, attachments=[attach_part("Single Assessment - Penhaligon Rowe-Penhaligon.pdf", sa_pdf(sa), PDF)])
    add("torbay_01.eml", A, "early_help_duty", iso_now(2027, 6, 15, 9, 25),
        E("step_down", level=3, case_ids=["LCS-2298144"],
          children=[("Jago Penhaligon", "2014-10-09"), ("Kit Rowe-Penhaligon", "2023-02-03")],
          concerns=["neglect", "parental_mental_health"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "Complete Torbay step-down to level 3 (Single Assessment attached, TM's analysis recorded, mum's consent). "
        "Half-brothers with different surnames; Kit is under 5 (under-5s triage, not a label field). 'Preston' "
        "and 'Kingsley Hart Primary' are a place and a school; the consent date is not a DOB.",
        raw, [text, "\n".join(sa)])

    # ---------------------------------------------------------------- tb_02 step-up, initials only
    text = """Hi MASH,

Contact to MASH re A.T. (aged 9) and R.T. (aged 6) - EHM-741120. I've used initials in this email in line with our team's data-minimisation guidance; full names and DOBs are on EHM.

On 12 June mum's partner assaulted her in front of both children; he has been charged and bailed to an address in Exeter with a condition not to contact mum. Mum says she wants to let him come back when bail ends. A.T. has told school he is scared of him coming home. We think this needs considering for level 4.

Mum is on board with the contact to MASH. I have discussed it with my TM, Kerenza Rowe, who agrees this needs to be considered for a level 4 statutory response.

Thanks
Morwenna Pascoe
Early Help Practitioner (Level 3), Torquay Central
Torbay Council | 07700 900615
"""
    raw = outlook_mail(addr("Morwenna Pascoe", "morwenna.pascoe@torbay.gov.uk"), MASH,
                       "Contact to MASH - A.T. & R.T. - EHM-741120", rfc_date(2027, 6, 17, 15, 10, 26), "b02", text)
    add("torbay_02.eml", A, "mash_step_up", iso_now(2027, 6, 17, 15, 15),
        E("step_up", case_ids=["EHM-741120"], children=[], concerns=["domestic_abuse"], consent=True,
          manager_agreed=True, missing=["children"], next_action="request_info"),
        "Torbay step-up where the children are given only as initials ('A.T. (aged 9) and R.T. (aged 6)'), "
        "deliberately: initials are not names, so no child is named and `children` is missing. 'Mum is on "
        "board' = consent true; TM agrees = true. The assault was on 12 June and he is bailed away: current "
        "domestic abuse concern, not urgent.",
        raw, [text])

    # ---------------------------------------------------------------- tb_03 step-down, consent to be sought
    sa = ["##Single Assessment",
          "Child: Ruby McCormack-Tregear    DOB: 30/06/2011    LCS-2301776",
          "Analysis: mum's cannabis use has reduced but continues; no domestic abuse concerns.",
          "Rationale for step down: no further action at level 4, level 3 needs remain.",
          "Manager's analysis (Lowenna Rice, TM, 18/06/2027): threshold for level 3 met."]
    text = """Hi EH,

Triage slot please for a step down from SAT: Ruby McCormack-Tregear, DOB - 30/6/11, LCS-2301776, lives in Shiphay.

My TM (Lowenna Rice) has completed her analysis on LCS confirming the level 3 threshold is met. Single Assessment attached.

Mum's cannabis use has reduced but is ongoing, and that is the main worry. There are no concerns re domestic abuse.

Consent to be sought at my visit on Friday 25th.

Ryan Coaker
Social Worker, SAT, Torbay Council
01632 960442
"""
    raw = outlook_mail(addr("Ryan Coaker", "ryan.coaker@torbay.gov.uk"), EH,
                       "Step down - RMT - LCS-2301776", rfc_date(2027, 6, 21, 11, 45, 13), "b03", text,
                       attachments=[attach_part("Single Assessment RMT.pdf", sa_pdf(sa), PDF)])
    add("torbay_03.eml", A, "early_help_duty", iso_now(2027, 6, 21, 11, 50),
        E("step_down", level=3, case_ids=["LCS-2301776"], children=[("Ruby McCormack-Tregear", "2011-06-30")],
          concerns=["substance_misuse"], consent=None, manager_agreed=True, missing=["consent"],
          next_action="request_info"),
        "Torbay step-down with the Single Assessment and the TM's analysis, but 'consent to be sought at my "
        "visit' = null and missing. DOB '30/6/11' (two-digit year); level 3 is stated only as 'the level 3 "
        "threshold is met' (and in the attached assessment), which is the level stepped down to. Mum's cannabis "
        "use is a current concern about a parent; domestic abuse ruled out. The subject's 'RMT' is the same child.",
        raw, [text, "\n".join(sa)])

    # ---------------------------------------------------------------- tb_04 step-down, TM disagrees, doc1.docx, cp1252 labelled utf-8
    sa = [("h", "Single Assessment"),
          ("p", "Child: Anaïs Lethbridge    DOB: 30/11/2015    LCS-2296610"),
          ("p", "Assessment completed 21/06/2027 by Nathan Loram (SASF)."),
          ("h", "Analysis and rationale for step down"),
          ("p", "Dad's depression since mum's death in 2026 affects routines; no further need for a CIN plan "
                "but a level 3 coordinated response is recommended."),
          ("p", "Manager's analysis: not completed - TM does not agree level 3 threshold is met.")]
    text = """Hi Early Help,

I'd like to request a triage slot for a step down to level 3 for Anaïs Lethbridge (DOB 30.11.2015), LCS-2296610. The Single Assessment is attached (doc1.docx).

Dad’s depression since Anaïs’s mum died last year is the main worry - he struggles with routines - but the CIN plan has done its job.

Dad is on board with level 3 early help.

To be upfront: my TM, Demelza Hocking, doesn’t agree the threshold for level 3 is met – she thinks school and universal services can hold this – so there is no manager’s analysis supporting the step down. I’d still like triage’s view.

Nathan Loram
Social Worker, SASF Team, Torbay Council – 01632 960527
"""
    seed = "b04"
    # DELIBERATE: text/plain labelled utf-8 whose quoted-printable bytes are windows-1252 (=EF, =92, =96).
    tp = Part(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
              qp(text, "cp1252"))
    mix_b = "_004_" + h(seed + "mix", 40).upper() + "GBRP265PRODOUTLOOKCOM_"
    top = multipart("mixed", [tp, attach_part("doc1.docx", make_docx(sa, "Document1", "Nathan Loram"), DOCX)], mix_b)
    hdr = outlook_headers(addr("Nathan Loram", "nathan.loram@torbay.gov.uk"), EH,
                          "Triage request – Anaïs Lethbridge", rfc_date(2027, 6, 23, 10, 0, 58), seed)
    hdr[hdr.index("X-MS-Has-Attach: ")] = "X-MS-Has-Attach: yes"
    raw = message(hdr, top)
    add("torbay_04.eml", A, "early_help_duty", iso_now(2027, 6, 23, 10, 5),
        E("step_down", level=3, case_ids=["LCS-2296610"], children=[("Anaïs Lethbridge", "2015-11-30")],
          concerns=["parental_mental_health"], consent=True, manager_agreed=False,
          missing=["manager_agreed"], next_action="request_info"),
        "DELIBERATELY MALFORMED: the text part says charset=utf-8 but its quoted-printable bytes are "
        "windows-1252 (ï, ’, –); a careful reader falls back and reads 'Anaïs' (subject is correct RFC 2047). "
        "The Single Assessment is the vaguely named 'doc1.docx' (assessment met). The TM 'doesn't agree the "
        "threshold ... is met' = manager_agreed false, so missing. 'Dad is on board' = consent true. Level 3 "
        "stated. Dad's depression = parental_mental_health.",
        raw, [text, docx_text(sa)], broken=True)

    # ---------------------------------------------------------------- tb_05 step-up complete, TM agreement only in the quoted reply
    text = """Hi MASH

Contact re Bradley Coombe-Vosper (DOB 22/08/2012) and his half-sister Tia-Louise Harvey (DOB 05/05/2017), EHM-741386. See Jenna's reply below.

Worries: there has been no food and no heating in the house on my last four visits, and Bradley's attendance at Torquay Bay Academy is 71%. Mum has stopped engaging with Early Help since March - she has cancelled 5 visits and doesn't answer the door.

Mum has given consent for the contact to MASH (signed 24/06/2027).

Jess

Jess Widdicombe
Early Help Practitioner, Paignton
Torbay Council | 07700 900377

Sent from my iPhone

> On 24 Jun 2027, at 17:02, Jenna Kitto <jenna.kitto@torbay.gov.uk> wrote:
>
> Hi Jess,
> Agreed - this needs to go to MASH for threshold consideration. Please send today.
> Jenna
> Jenna Kitto | Team Manager, Early Help (Paignton)
>
>> On 24 Jun 2027, at 15:40, Jess Widdicombe <jess.widdicombe@torbay.gov.uk> wrote:
>>
>> Jenna - can we talk about a MASH contact for the Coombe-Vosper / Harvey family? Mum has consented.
"""
    raw = message(simple_headers(addr("Jess Widdicombe", "jess.widdicombe@torbay.gov.uk"), MASH,
                                 "Fwd: MASH contact - Coombe-Vosper / Harvey", rfc_date(2027, 6, 25, 12, 30, 4),
                                 "8F2C" + h("b05", 28).upper() + "@torbay.gov.uk", mailer="iPhone Mail (22F76)"),
                  text_part(text, cte="quoted-printable"), crlf=False)
    add("torbay_05.eml", A, "mash_step_up", iso_now(2027, 6, 25, 12, 35),
        E("step_up", case_ids=["EHM-741386"],
          children=[("Bradley Coombe-Vosper", "2012-08-22"), ("Tia-Louise Harvey", "2017-05-05")],
          concerns=["neglect", "non_engagement", "school_attendance"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting"),
        "Complete Torbay step-up (consent and manager agreement). The TM's agreement is only in her quoted "
        "iPhone reply ('Agreed - this needs to go to MASH'). Half-siblings with different surnames. No food/heating "
        "(neglect), 71% attendance, mum not engaging since March.",
        raw, [text])

    # ---------------------------------------------------------------- tb_06 URGENT follow-up
    text = """Hi MASH

Update on Tia-Louise Harvey - she told her teacher at 9.15 this morning that mum's boyfriend Craig "hit me with his belt" last night. The school nurse has seen raised red welts on the backs of both her legs. Craig is collecting her from school at 3pm today. I'm also ringing the duty line.

Jess Widdicombe
Early Help Practitioner, Paignton - 07700 900377

Sent from my iPhone

> On 25 Jun 2027, at 12:40, Torbay MASH <mash@torbay.gov.uk> wrote:
>
> Thank you for your contact (EHM-741386). Your reference is SB-torbay-77.
> MASH will triage it against the thresholds with the Early Help ATM/service manager.
"""
    raw = message(simple_headers(addr("Jess Widdicombe", "jess.widdicombe@torbay.gov.uk"), MASH,
                                 "Re: [SB-torbay-77] Contact received", rfc_date(2027, 6, 29, 10, 55, 21),
                                 "8F2C" + h("b06", 28).upper() + "@torbay.gov.uk", mailer="iPhone Mail (22F76)",
                                 extra=["In-Reply-To: <SB-torbay-77.ack.20270625124000@torbay.gov.uk>"]),
                  text_part(text, cte="quoted-printable"), crlf=False)
    add("torbay_06.eml", A, "mash_step_up", iso_now(2027, 6, 29, 10, 57),
        E("follow_up", urgent=True, case_ids=["EHM-741386"], children=[("Tia-Louise Harvey", None)],
          concerns=["physical_harm"], consent=None, manager_agreed=None, missing=[], next_action="alert_duty"),
        "URGENT follow-up to [SB-torbay-77]: a 10-year-old's disclosure this morning of being hit with a belt, "
        "welts seen, and the alleged abuser collects her at 3pm today; alert_duty overrides attach_to_request.",
        raw, [text])

    # ---------------------------------------------------------------- tb_07 step-down complete, under-5s
    sa = ["##Single Assessment - Ferris / Ferris-Northcott",
          "Maisy Ferris, DOB 14/03/2023 (LCS-2303150); Oakley Ferris-Northcott, DOB 09/01/2020 (LCS-2303151)",
          "SASF: CIN plan ended 10/06/2027. Needs remain at level 3:",
          "Maisy's dental decay, missed health appointments and poor supervision at home (neglect).",
          "Domestic abuse between the parents in 2025; no incidents since; not a current concern.",
          "Manager's analysis (Ben Tozer, TM, 11/06/2027): level 3 threshold met."]
    text = """Hello Early Help team,

I'm requesting a triage slot to step down Maisy Ferris (born 14/03/2023) and her half-brother Oakley Ferris-Northcott (DOB: 2020-01-09) to level 3 Early Help. LCS-2303150 and LCS-2303151. They live in Watcombe; Oakley attends Babbacombe Downs Primary.

The worry is neglect: Maisy's dental decay, missed health appointments and poor supervision. The domestic abuse between the parents was in 2025 and there have been no incidents since; it is not a current concern.

The TM's analysis on LCS dated 11/06/2027 (Ben Tozer) confirms the level 3 threshold is met. Both parents signed consent for level 3 early help on 11 June. Single Assessment attached.

Maisy is 4, so I expect this will go to the under-5s triage.

Priya Shah
Social Worker, Safeguarding and Supporting Families Team
Torbay Council | 01632 960661
"""
    raw = outlook_mail(addr("Priya Shah", "priya.shah@torbay.gov.uk"), EH,
                       "Step down triage request - Ferris", rfc_date(2027, 7, 1, 14, 0, 37), "b07", text,
                       attachments=[attach_part("Single Assessment - Ferris.pdf", sa_pdf(sa), PDF)])
    add("torbay_07.eml", A, "early_help_duty", iso_now(2027, 7, 1, 14, 5),
        E("step_down", level=3, case_ids=["LCS-2303150", "LCS-2303151"],
          children=[("Maisy Ferris", "2023-03-14"), ("Oakley Ferris-Northcott", "2020-01-09")],
          concerns=["neglect"], consent=True, manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete Torbay SASF step-down to level 3 with an under-5 (Maisy, 4). Domestic abuse is explicitly "
        "historic and 'not a current concern', so only neglect. 'Watcombe' and 'Babbacombe Downs Primary' are "
        "places. TM's analysis = manager_agreed true.",
        raw, [text, "\n".join(sa)])

    # ---------------------------------------------------------------- tb_08 other
    text = """Dear colleagues,

From 1 August 2027 Torbay CAMHS will accept referrals only through the new online form. Paper and email referrals sent after that date will be returned. Please share this with your teams.

Torbay CAMHS Single Point of Access
01632 960700
"""
    raw = message(simple_headers(addr("Torbay CAMHS", "camhs.spa@torbay-camhs.example.nhs.uk"), EH,
                                 "Change to CAMHS referral process from 1 August", rfc_date(2027, 7, 6, 9, 0, 0),
                                 h("b08", 26) + "@torbay-camhs.example.nhs.uk"),
                  text_part(text, cte="7bit", charset="us-ascii"))
    add("torbay_08.eml", A, "early_help_duty", iso_now(2027, 7, 6, 9, 5),
        E("other", next_action="human_review"),
        "A CAMHS service-change notice to partners: not a request, no child: other.",
        raw, [text])

    # ---------------------------------------------------------------- tb_09 step-up, consent refused
    text = """Dear MASH,

Contact for Kayden MacKinnon-Hext, aged 13, EHM-740998.

Kayden is using cannabis daily and was found with ketamine at school on 5 July. He is spending evenings in Torquay town centre with older teenagers and an adult known to police, and comes home with new clothes and money. We are worried he is being criminally exploited. He has been home every night.

Mum wasn't happy and has refused consent for a contact to MASH. My TM, Keith Ansell, and I have discussed it and agreed to make the contact without consent because of the risk of exploitation.

Sam Trethowan
Early Help Practitioner (Youth), Torbay Council
07700 900588
"""
    raw = outlook_mail(addr("Sam Trethowan", "sam.trethowan@torbay.gov.uk"), MASH,
                       "MASH contact - Kayden MacKinnon-Hext - EHM-740998", rfc_date(2027, 7, 9, 16, 5, 18), "b09", text)
    add("torbay_09.eml", A, "mash_step_up", iso_now(2027, 7, 9, 16, 10),
        E("step_up", case_ids=["EHM-740998"], children=[("Kayden MacKinnon-Hext", None)],
          concerns=["exploitation", "substance_misuse"], consent=False, manager_agreed=True,
          missing=["consent"], next_action="request_info"),
        "Torbay step-up where mum 'wasn't happy and has refused consent' = false, so consent is missing even "
        "though the TM agreed to proceed without it (manager_agreed true). The child's own drug use counts as "
        "substance_misuse. Age only; not urgent (home every night).",
        raw, [text])

    # ---------------------------------------------------------------- tb_10 follow-up: consent given
    text = """Hi,

Saw mum at the visit today - she has given consent for level 3 early help for Ruby McCormack-Tregear.

Ryan

Ryan Coaker | Social Worker, SAT | Torbay Council | 01632 960442

From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 21 June 2027 11:52
To: Ryan Coaker <ryan.coaker@torbay.gov.uk>
Subject: [SB-torbay-64] Triage request received - information needed

Thank you for your request for a triage slot (LCS-2301776). Your reference is SB-torbay-64.
Still needed: confirmation that the family's consent for level 3 Early Help has been sought and given.
Early Help business support (automated message)
"""
    raw = outlook_mail(addr("Ryan Coaker", "ryan.coaker@torbay.gov.uk"), EH,
                       "RE: [SB-torbay-64] Triage request received - information needed",
                       rfc_date(2027, 6, 25, 17, 10, 9), "b10", text)
    add("torbay_10.eml", A, "early_help_duty", iso_now(2027, 6, 25, 17, 15),
        E("follow_up", level=None, case_ids=["LCS-2301776"], children=[("Ruby McCormack-Tregear", None)],
          concerns=[], consent=True, manager_agreed=None, missing=[], next_action="attach_to_request"),
        "Follow-up to [SB-torbay-64] giving consent ('she has given consent'): consent true; 'level 3' in a "
        "follow-up leaves level null; case id from the quoted acknowledgement.",
        raw, [text])


# ============================================================================= HEREFORDSHIRE
def plan_blocks(title, kids, worried, working, rows, key_person):
    return [("h", title),
            ("p", "Children: " + kids),
            ("h", "What are we worried about? - wellbeing concerns"), ("p", worried),
            ("h", "What's working well? - Existing strengths"), ("p", working),
            ("h", "Wellbeing Plan (please complete with family)"),
            ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"]] + rows),
            ("h", "Details of Key Person involved in Early Help Assessment"), ("p", key_person)]


def consent_pdf(child_lines, signed_by, date):
    return ["##Consent to Step Down to Early Help",
            "Herefordshire Council - Children and Young People's Directorate"] + child_lines + [
            "I agree to my family's information being shared with the Early Help Co-ordinator team and",
            "to an Early Help Assessment step-down plan being put in place.",
            f"Signed: {signed_by}        Date: {date}"]


def build_herefordshire():
    A = "herefordshire"
    EHC = addr("Early Help Co-ordinators", MAILBOXES[A]["early_help_duty"])
    MASH = addr("Herefordshire MASH", MAILBOXES[A]["mash_step_up"])

    # ---------------------------------------------------------------- hf_01 complete sibling group (half-siblings)
    plan = plan_blocks("Early Help Assessment - Step Down Plan",
                       "Evan Prosser (03/02/2015); Lowri Bevan-Watkins (19/06/2018); Tomos Bevan-Watkins (07/10/2021)",
                       "Mum's bipolar disorder (stable on medication since March) and Evan's caring for mum and "
                       "Tomos on bad days.",
                       "Mum is engaging with the community mental health team; grandparents in Kingstone help daily.",
                       [["Young carers' assessment for Evan - Sian Gittins", "Evan has time for himself", "Sept 2027"],
                        ["Mum to keep CMHT appointments - mum", "Mum stays well", "Ongoing"]],
                       "Sian Gittins, Family Support Worker, Kingstone Family Hub - agreed with mum and with Sian.")
    cons = consent_pdf(["Children: Evan Prosser, Lowri Bevan-Watkins, Tomos Bevan-Watkins"], "Cerys Bevan", "11/06/2027")
    text = """Dear Early Help Co-ordinators,

Following the drop-in on Tuesday, please find attached the Early Help Assessment step-down plan ('Intensive' level 3) and mum's signed consent for:

ID | Name | Date of Birth | Start Date
604930 | Evan Prosser | 03.02.2015 | 14/06/2027
604931 | Lowri Bevan-Watkins | 19.06.2018 | 14/06/2027
604932 | Tomos Bevan-Watkins | 07.10.2021 | 14/06/2027

Evan is Lowri and Tomos's half-brother. The family live in Kingstone.

Key person: Sian Gittins, Family Support Worker, Kingstone Family Hub, has agreed to lead.

Worries: mum's bipolar disorder (stable on medication since March) and Evan caring for mum and Tomos on bad days. My manager, Ruth Bayliss, has agreed the step-down.

Kind regards
Gwenllian Powell
Social Worker, Hereford South Locality Team
Herefordshire Council | 01632 960233
"""
    raw = outlook_mail(addr("Gwenllian Powell", "gwenllian.powell@herefordshire.gov.uk"), EHC,
                       "Step down plan - Prosser / Bevan-Watkins sibling group", rfc_date(2027, 6, 14, 11, 40, 2),
                       "h01", text,
                       attachments=[attach_part("EHA Step Down Plan - Prosser Bevan-Watkins.docx", make_docx(plan, "EHA step down plan", "Gwenllian Powell"), DOCX),
                                    attach_part("Signed consent - Bevan-Watkins family.pdf", make_pdf(cons, "Consent", "Gwenllian Powell"), PDF)])
    add("herefordshire_01.eml", A, "early_help_duty", iso_now(2027, 6, 14, 11, 45),
        E("step_down", level=3, case_ids=["604930", "604931", "604932"],
          children=[("Evan Prosser", "2015-02-03"), ("Lowri Bevan-Watkins", "2018-06-19"),
                    ("Tomos Bevan-Watkins", "2021-10-07")],
          concerns=["parental_mental_health", "young_carer"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting"),
        "Complete Herefordshire sibling-group step-down (plan docx, signed consent PDF, key person with agency); "
        "a Mosaic-style table whose 'Start Date' column is not a DOB; half-siblings with different surnames; "
        "'Intensive' level 3. 'Kingstone' is a village. Manager 'has agreed the step-down' = true.",
        raw, [text, docx_text(plan), "\n".join(cons)])

    # ---------------------------------------------------------------- hf_02 verbal consent only
    plan = plan_blocks("EHA step down plan", "Ffion ap Rhys (23/04/2018)",
                       "Ffion's speech and language delay and hearing loss; she needs her hearing aids worn daily.",
                       "Mum is loving and organised; Ffion is happy at school.",
                       [["SALT sessions to continue - school / SALT", "Ffion understood in class", "July 2028"],
                        ["Audiology follow-up - mum", "Hearing aids worn daily", "Sept 2027"]],
                       "Mr Dafydd Bowen, Learning Mentor, Kington Oak Primary School.")
    text = """Hi,

Step down plan attached for Ffion ap Rhys (DOB 23/04/2018), Mosaic 611456.

Key person: Mr Dafydd Bowen, Learning Mentor at Kington Oak Primary School, has agreed to take this on.

Mum (Elen ap Rhys) gave verbal consent on the phone on 15/06; the written consent form will be signed at the joint visit on 29/06.

The remaining needs are Ffion's speech and language delay and her hearing loss.

Owain Jenkins
Social Worker, Kington & Leominster Locality Team, Herefordshire Council
01632 960471
"""
    raw = outlook_mail(addr("Owain Jenkins", "owain.jenkins@herefordshire.gov.uk"), EHC,
                       "Step down - Ffion ap Rhys - 611456", rfc_date(2027, 6, 16, 14, 20, 29), "h02", text,
                       attachments=[attach_part("EHA step down plan - Ffion.docx", make_docx(plan, "EHA step down plan", "Owain Jenkins"), DOCX)])
    add("herefordshire_02.eml", A, "early_help_duty", iso_now(2027, 6, 16, 14, 25),
        E("step_down", case_ids=["611456"], children=[("Ffion ap Rhys", "2018-04-23")],
          concerns=["disability_send"], consent=True, manager_agreed=None, missing=["consent_form"],
          next_action="request_info"),
        "Herefordshire step-down with plan and key person, but only verbal consent ('written consent form will "
        "be signed at the joint visit'): consent true, consent_form missing. Welsh surname 'ap Rhys' with a "
        "lower-case particle; mum Elen ap Rhys is an adult. 'Kington Oak Primary' is a school.",
        raw, [text, docx_text(plan)])

    # ---------------------------------------------------------------- hf_03 consent refused
    plan = plan_blocks("EHA step down plan - O'Keeffe", "Callum O'Keeffe (aged 7); Daisy-Mae O'Keeffe (01/12/2021)",
                       "Dad's drinking at weekends; Callum's attendance (86%).",
                       "Mum is protective; grandparents nearby in Ledbury.",
                       [["Dad to engage with alcohol service - dad", "Sober weekends", "Oct 2027"],
                        ["Attendance plan - school", "Above 95%", "Dec 2027"]],
                       "Mrs Laura Preece, Family Support Worker, Ledbury Family Hub.")
    text = """Hi team,

Please see attached the step down plan for Callum O'Keeffe (aged 7) and Daisy-Mae O'Keeffe (born 1st Dec 2021). Mosaic: 612207 (Callum), 612208 (Daisy-Mae).

Key person: Mrs Laura Preece, Family Support Worker, Ledbury Family Hub.

Worries: dad's drinking at weekends, and Callum's attendance, which is 86%.

Mum wasn't happy to sign the consent form at the visit yesterday - she said she doesn't want anyone else involved now the CIN plan has ended. I'm sending the plan so you have it, in case she changes her mind.

Beth Morris
Social Worker, Ledbury & Ross Locality Team, Herefordshire Council
01632 960390
"""
    raw = outlook_mail(addr("Beth Morris", "beth.morris@herefordshire.gov.uk"), EHC,
                       "Step down - O'Keeffe children", rfc_date(2027, 6, 18, 10, 35, 50), "h03", text,
                       attachments=[attach_part("EHA step down plan O'Keeffe.docx", make_docx(plan, "EHA plan", "Beth Morris"), DOCX)])
    add("herefordshire_03.eml", A, "early_help_duty", iso_now(2027, 6, 18, 10, 40),
        E("step_down", case_ids=["612207", "612208"],
          children=[("Callum O'Keeffe", None), ("Daisy-Mae O'Keeffe", "2021-12-01")],
          concerns=["school_attendance", "substance_misuse"], consent=False, manager_agreed=None,
          missing=["consent_form"], next_action="request_info"),
        "Herefordshire step-down where 'Mum wasn't happy to sign the consent form ... doesn't want anyone else "
        "involved' = consent false, consent_form missing. Plan and key person present. Callum has an age only; "
        "dad's drinking is a parent's substance_misuse.",
        raw, [text, docx_text(plan)])

    # ---------------------------------------------------------------- hf_04 step-up to Herefordshire (not defined)
    text = """Hello MASH,

I'm the Early Help family support worker for Riley Price-Jenkins (DOB 8 Aug 2017), EH episode on Mosaic: 615880. I'd like to step Riley up to social care.

Riley is coming to school in the same clothes all week, he is often hungry and has had a rotten tooth for months that mum hasn't taken him to the dentist for. The house in Bromyard is very cluttered and cold. My manager, Alison Greaves, agrees this needs to step up.

Mum knows I'm contacting you.

Tamsin Gwilliam
Early Help Family Support, Bromyard
Herefordshire Council | 07700 900922
"""
    raw = outlook_mail(addr("Tamsin Gwilliam", "tamsin.gwilliam@herefordshire.gov.uk"), MASH,
                       "Step up request - Riley Price-Jenkins", rfc_date(2027, 6, 22, 9, 10, 43), "h04", text)
    add("herefordshire_04.eml", A, "mash_step_up", iso_now(2027, 6, 22, 9, 15),
        E("step_up", case_ids=["615880"], children=[("Riley Price-Jenkins", "2017-08-08")],
          concerns=["neglect"], consent=None, manager_agreed=True, missing=[], next_action="human_review"),
        "A step-up sent to Herefordshire's MASH inbox: the Herefordshire protocol defines no step_up, so "
        "human_review with missing [] and notice null, while the facts are still labelled ('Mosaic: 615880' "
        "gives the number; 'Mum knows' is not consent; 'Bromyard' is a town).",
        raw, [text])

    # ---------------------------------------------------------------- hf_05 follow-up: signed consent form
    cons = consent_pdf(["Child: Ffion ap Rhys    Date of birth: 23/04/2018    Mosaic ID: 611456"],
                       "Elen ap Rhys", "29/06/2027")
    text = """Hi,

Signed consent form for Ffion ap Rhys attached - mum signed it at the joint visit yesterday.

Owain

> On 16 Jun 2027, at 14:27, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you for your step-down request. Your reference is SB-herefordshire-19.
> Still needed: the family's written consent.
> Herefordshire Early Help Co-ordinators (automated message)
"""
    seed = "h05"
    b = "Apple-Mail=_" + h(seed, 32).upper()
    top = multipart("mixed", [text_part(text),
                              attach_part("Consent form - Ffion ap Rhys signed.pdf", make_pdf(cons, "Consent", "Owain Jenkins"), PDF)], b)
    raw = message(simple_headers(addr("Owain Jenkins", "owain.jenkins@herefordshire.gov.uk"), EHC,
                                 "Re: [SB-herefordshire-19] Step-down request received - information needed",
                                 rfc_date(2027, 6, 30, 12, 0, 17), h(seed + "id", 8).upper() + "-" + h(seed + "id2", 4).upper() + "@herefordshire.gov.uk",
                                 mailer="Apple Mail (2.3774.600.62)",
                                 extra=["In-Reply-To: <SB-herefordshire-19.ack.20270616142700@herefordshire.gov.uk>"]),
                  top, crlf=False)
    add("herefordshire_05.eml", A, "early_help_duty", iso_now(2027, 6, 30, 12, 5),
        E("follow_up", case_ids=["611456"], children=[("Ffion ap Rhys", "2018-04-23")], concerns=[],
          consent=True, manager_agreed=None, missing=[], next_action="attach_to_request"),
        "Follow-up to [SB-herefordshire-19] adding the signed consent form: consent true; the DOB and Mosaic ID "
        "are only in the attached PDF.",
        raw, [text, "\n".join(cons)])

    # ---------------------------------------------------------------- hf_06 plan in doc1.docx, key person missing
    plan = plan_blocks("Early Help Assessment step-down plan", "Isla MacGregor (12/10/2016); Finlay MacGregor (14/01/2019)",
                       "Mum's ex-partner keeps harassing her by text despite the non-molestation order (to December).",
                       "Mum has moved to a new address and the children are settled at school. No concerns re substance use.",
                       [["Safety planning with mum - key person (to be agreed)", "Mum feels safe", "Aug 2027"],
                        ["Children's worker sessions for Isla - Women's Aid", "Isla can talk about home", "Dec 2027"]],
                       "To be agreed with mum.")
    cons = consent_pdf(["Children: Isla MacGregor, Finlay MacGregor"], "Kirsty MacGregor", "22/06/2027")
    text = """Hello,

Step down for Isla MacGregor (12th October 2016) and Finlay MacGregor (14.1.19). Mosaic 613004 / 613005.

Attached: the EHA step-down plan (doc1.docx) and mum's signed consent.

The worry is domestic abuse: mum's ex-partner keeps harassing her by text despite the non-molestation order, which runs until December. No concerns re substance use.

The key person is still to be agreed with mum - she'd like someone from the family hub but we haven't identified anyone yet.

Matthew Lewis
Social Worker, Hereford City Locality Team
Herefordshire Council | 01632 960258
"""
    raw = outlook_mail(addr("Matthew Lewis", "matthew.lewis@herefordshire.gov.uk"), EHC,
                       "Step down - MacGregor", rfc_date(2027, 6, 24, 15, 0, 8), "h06", text,
                       attachments=[attach_part("doc1.docx", make_docx(plan, "Document1", "Matthew Lewis"), DOCX),
                                    attach_part("Consent.pdf", make_pdf(cons, "Consent", "Matthew Lewis"), PDF)])
    add("herefordshire_06.eml", A, "early_help_duty", iso_now(2027, 6, 24, 15, 5),
        E("step_down", case_ids=["613004", "613005"],
          children=[("Isla MacGregor", "2016-10-12"), ("Finlay MacGregor", "2019-01-14")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=None, missing=["lead_practitioner"],
          next_action="request_info"),
        "Herefordshire step-down: the plan is the vaguely named 'doc1.docx' (content is the EHA step-down plan, "
        "so draft_plan is met), the consent form is signed, but the key person is 'still to be agreed' "
        "(lead_practitioner missing). DOBs '12th October 2016' and '14.1.19'; ids '613004 / 613005'. Ongoing "
        "harassment by the ex-partner = domestic_abuse; substance use ruled out.",
        raw, [text, docx_text(plan), "\n".join(cons)])

    # ---------------------------------------------------------------- hf_07 complete, HTML forename/surname table, double-barrelled unhyphenated
    plan = plan_blocks("Step down plan - Harriet Wynne Davies", "Harriet Wynne Davies (05/08/2012)",
                       "Harriet's dyspraxia and EHCP; transition to Year 10.",
                       "Mum is organised and works well with school. No concerns about mum's mental health now.",
                       [["EHCP review to plan for GCSEs - SENCo", "Harriet supported in exams", "Nov 2027"]],
                       "Mrs Janet Griffiths, SENCo, Holmer Meadow Academy.")
    cons = consent_pdf(["Child: Harriet Wynne Davies"], "Angharad Wynne Davies", "30/06/2027")
    rows = [("Forename", "Harriet"), ("Surname", "Wynne Davies"), ("DOB", "05/08/2012"),
            ("Mosaic ID", "610377"), ("Assessment decision", "07/06/2027"), ("Level", "Intensive (level 3)")]
    text = ("Good morning,\n\nPlease find the step-down details below; the plan and the signed consent form are attached.\n\n"
            + "\n".join(f"{a}: {b}" for a, b in rows) +
            "\n\nKey person: Mrs Janet Griffiths, SENCo at Holmer Meadow Academy, has agreed to lead.\n\n"
            "Harriet's remaining needs are around her dyspraxia and EHCP. There are no concerns about mum's mental "
            "health now.\n\nSophie Harrington\nSocial Worker, Hereford North Locality Team\nHerefordshire Council | 01632 960415\n")
    tbl = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    html = outlook_html(
        '<p class="MsoNormal">Good morning,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Please find the '
        'step-down details below; the plan and the signed consent form are attached.</p>'
        f'<table class="grid" border="1" cellspacing="0" cellpadding="0">{tbl}</table>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Key person: Mrs Janet Griffiths, SENCo at Holmer Meadow '
        'Academy, has agreed to lead.</p><p class="MsoNormal">Harriet\'s remaining needs are around her dyspraxia and '
        'EHCP. There are no concerns about mum\'s mental health now.</p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">Sophie Harrington<br>Social Worker, Hereford North Locality Team<br>Herefordshire '
        'Council | 01632 960415</p>')
    raw = outlook_mail(addr("Sophie Harrington", "sophie.harrington@herefordshire.gov.uk"), EHC,
                       "Step down - Wynne Davies - 610377", rfc_date(2027, 7, 5, 10, 25, 35), "h07", text, html=html,
                       attachments=[attach_part("Step down plan - Harriet.docx", make_docx(plan, "Step down plan", "Sophie Harrington"), DOCX),
                                    attach_part("Consent form signed - Wynne Davies.pdf", make_pdf(cons, "Consent", "Sophie Harrington"), PDF)])
    add("herefordshire_07.eml", A, "early_help_duty", iso_now(2027, 7, 5, 10, 30),
        E("step_down", level=3, case_ids=["610377"], children=[("Harriet Wynne Davies", "2012-08-05")],
          concerns=["disability_send"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "Complete Herefordshire step-down given in an HTML table with separate Forename and Surname rows: the "
        "unhyphenated double-barrelled surname 'Wynne Davies' makes the name 'Harriet Wynne Davies'. "
        "'Assessment decision 07/06/2027' is not a DOB. Signed consent PDF, plan, key person with agency; level "
        "3 stated. Mum's mental health ruled out.",
        raw, [text, docx_text(plan), "\n".join(cons)])

    # ---------------------------------------------------------------- hf_08 other
    text = """Hi all,

Please note there will be no Tuesday morning step-down drop-in on 13 July because of team training. The drop-in resumes on 20 July. Please let the locality teams know.

Thanks
Wilfred

Wilfred Oyelaran
Early Help Co-ordinator Manager, Herefordshire Council
"""
    raw = outlook_mail(addr("Wilfred Oyelaran", "wilfred.oyelaran@herefordshire.gov.uk"), EHC,
                       "No step-down drop-in Tuesday 13 July", rfc_date(2027, 7, 9, 8, 40, 2), "h08", text)
    add("herefordshire_08.eml", A, "early_help_duty", iso_now(2027, 7, 9, 8, 45),
        E("other", next_action="human_review"),
        "An internal notice that a drop-in is cancelled: no request, no child: other.",
        raw, [text])

    # ---------------------------------------------------------------- hf_09 complete, plan pasted, NHS and phone numbers
    cons = consent_pdf(["Child: Maddox Llewellyn-Hughes    DOB: 03/02/2013"], "Rhian Llewellyn", "08/07/2027")
    text = """Dear Early Help Co-ordinators,

Step down for Maddox Llewellyn-Hughes (DOB: 2013-02-03), Mosaic 612900, NHS number 999 583 2210. Mum's mobile is 07700 900135. The signed consent form is attached and the plan is below.

Early Help Assessment step-down plan

What are we worried about?
Maddox (14) has been spending time with older young people in Ross-on-Wye who are involved in drug dealing; the exploitation screening tool scored medium. There have been no missing episodes.

What's working well?
Mum is protective and keeps to curfews; Maddox is engaging with the youth worker and likes boxing.

What needs to happen - including by whom
Weekly youth work sessions (Priya Sandhu) - Maddox has safe activities - by October 2027
Mum to attend the parents' exploitation awareness course (mum) - by September 2027
School to keep the mentoring slot (Ross Meadow High School) - ongoing

Key person: Ms Priya Sandhu, Youth Worker, Ross-on-Wye Youth Hub - agreed with mum and with Priya.

Kind regards
Anwen Bowen
Social Worker, Ledbury & Ross Locality Team
Herefordshire Council | 01632 960392
"""
    raw = outlook_mail(addr("Anwen Bowen", "anwen.bowen@herefordshire.gov.uk"), EHC,
                       "Step down - Maddox Llewellyn-Hughes", rfc_date(2027, 7, 13, 13, 15, 27), "h09", text,
                       attachments=[attach_part("Consent form - Llewellyn-Hughes.pdf", make_pdf(cons, "Consent", "Anwen Bowen"), PDF)])
    add("herefordshire_09.eml", A, "early_help_duty", iso_now(2027, 7, 13, 13, 20),
        E("step_down", case_ids=["612900"], children=[("Maddox Llewellyn-Hughes", "2013-02-03")],
          concerns=["exploitation"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting"),
        "Complete Herefordshire step-down with the plan pasted under its own heading (draft_plan met), a signed "
        "consent form and a key person with agency. The NHS and mobile numbers are not case ids; 'no missing "
        "episodes' is ruled out; Ross-on-Wye is a town. No level stated.",
        raw, [text, "\n".join(cons)])

    # ---------------------------------------------------------------- hf_10 follow-up: key person agreed
    text = """Hi,

Key person now agreed with mum: Mrs Carys Vaughan, Family Support Worker, Clehonger Family Hub. She has agreed to lead on the step down for Isla and Finlay MacGregor (613004/613005).

Matthew

-----Original Message-----
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 24 June 2027 15:07
To: Matthew Lewis <matthew.lewis@herefordshire.gov.uk>
Subject: [SB-herefordshire-24] Step-down request received - information needed

Your reference is SB-herefordshire-24.
Still needed: the details of the key person agreed with the family to lead on this step-down.
Herefordshire Early Help Co-ordinators (automated message)
"""
    raw = outlook_mail(addr("Matthew Lewis", "matthew.lewis@herefordshire.gov.uk"), EHC,
                       "RE: [SB-herefordshire-24] Step-down request received - information needed",
                       rfc_date(2027, 7, 2, 11, 50, 44), "h10", text)
    add("herefordshire_10.eml", A, "early_help_duty", iso_now(2027, 7, 2, 11, 55),
        E("follow_up", case_ids=["613004", "613005"],
          children=[("Isla MacGregor", None), ("Finlay MacGregor", None)], concerns=[], consent=None,
          manager_agreed=None, missing=[], next_action="attach_to_request"),
        "Follow-up to [SB-herefordshire-24] naming the key person: 'Isla and Finlay MacGregor' is two children "
        "sharing the surname; ids written '613004/613005'.",
        raw, [text])


# ============================================================================= checks and output
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
REQS = {
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                              "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down"): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}


def expected_next(m):
    e = m["expect"]
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (m["authority"], k) not in REQS:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def readable_text(raw):
    """Stdlib reading of a well-formed message: text parts plus .docx/.pdf text."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        fn = part.get_filename()
        if fn and fn.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(payload))
            out += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    out.append(" | ".join(c.text for c in r.cells))
        elif fn and fn.endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(payload))
            out += [pg.extract_text() for pg in r.pages]
        elif ctype.startswith("text/"):
            cs = part.get_content_charset() or "utf-8"
            out.append(payload.decode(cs, "replace"))
    return msg, "\n".join(out), msg.defects


def check(messages):
    import email
    from email import policy
    errors = []
    per_auth = {}
    urgent = 0
    for m in messages:
        e, f = m["expect"], m["file"]
        per_auth[m["authority"]] = per_auth.get(m["authority"], 0) + 1
        urgent += e["urgent"]
        if e["next_action"] != expected_next(m):
            errors.append(f"{f}: next_action {e['next_action']} != {expected_next(m)}")
        if not set(e["concerns"]) <= CONCERNS:
            errors.append(f"{f}: bad concern")
        key = (m["authority"], e["kind"])
        if key not in REQS and e["missing"]:
            errors.append(f"{f}: missing must be [] for {key}")
        if key in REQS and not set(e["missing"]) <= REQS[key]:
            errors.append(f"{f}: missing ids not in the requirement set {e['missing']}")
        if e["kind"] != "step_down" and e["level"] is not None:
            errors.append(f"{f}: level only for step_down")
        knowsley_req = m["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if not knowsley_req and e["notice_ok"] is not None:
            errors.append(f"{f}: notice_ok must be null")
        if knowsley_req:
            today = dt.date.fromisoformat(m["now"][:10])
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    errors.append(f"{f}: no meeting date: notice null and meeting_details missing")
            else:
                ok = working_days_between(today, m["meeting"]) >= 5
                if ok != e["notice_ok"]:
                    errors.append(f"{f}: notice_ok {e['notice_ok']} but {working_days_between(today, m['meeting'])} WD")
        if e["urgent"] and e["next_action"] != "alert_duty":
            errors.append(f"{f}: urgent without alert_duty")
        # the message itself
        msg = email.message_from_bytes(m["raw"], policy=policy.compat32)
        to = msg["To"]
        if MAILBOXES[m["authority"]][m["mailbox"]].lower() not in to.lower():
            errors.append(f"{f}: To {to} is not the {m['mailbox']} mailbox")
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[hname]:
                errors.append(f"{f}: no {hname}")
        dte = email.utils.parsedate_to_datetime(msg["Date"])
        if not (dt.date(2027, 6, 14) <= dte.date() <= dt.date(2027, 7, 16)) or dte.weekday() > 4:
            errors.append(f"{f}: date out of range {dte}")
        if dte.date().isoformat() != m["now"][:10] or dte.strftime("%H:%M") > m["now"][11:16]:
            errors.append(f"{f}: now {m['now']} before/other day than Date {dte}")
        src = "\n".join(SOURCES[f])
        if not m["broken"]:
            _, text, defects = readable_text(m["raw"])
            if defects:
                errors.append(f"{f}: unexpected MIME defects {defects}")
        else:
            text = src
        for c in e["children"]:
            # "Isla and Finlay MacGregor" names each child with the shared surname
            present = lambda t: c["name"] in t or all(w in t for w in c["name"].split())
            if not present(text) or not present(src):
                errors.append(f"{f}: child {c['name']} not in the readable text")
        for cid in e["case_ids"]:
            if cid not in text:
                errors.append(f"{f}: case id {cid} not in the readable text")
    for a, n in per_auth.items():
        if n != 10:
            errors.append(f"{a}: {n} files, want 10")
    if urgent > 3:
        errors.append(f"{urgent} urgent, at most 3")
    return errors


def main():
    build_knowsley()
    build_richmond()
    build_tower_hamlets()
    build_torbay()
    build_herefordshire()
    order = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
    MESSAGES.sort(key=lambda m: (order.index(m["authority"]), m["file"]))
    errors = check(MESSAGES)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    for m in MESSAGES:
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(m["raw"])
    labels = [{"file": m["file"], "authority": m["authority"], "mailbox": m["mailbox"], "now": m["now"],
               "expect": m["expect"], "why": m["why"]} for m in MESSAGES]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=True)
        fh.write("\n")
    print(f"wrote {len(MESSAGES)} messages and labels.json")


if __name__ == "__main__":
    main()
