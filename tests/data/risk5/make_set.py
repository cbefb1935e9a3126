#!/usr/bin/env python3
"""Generate the risk5 held-out set: 45 invented .eml files and labels.json.

Run with /work/main/.venv/bin/python make_set.py . Deterministic: no clock, no randomness.
Everything (people, schools, phone numbers, case numbers) is invented.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import struct
import zipfile
import zlib
from email.utils import formataddr
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LONDON = ZoneInfo("Europe/London")

MAILBOXES = {
    "knowsley": {"mash_step_up": ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                 "early_help_duty": ("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")},
    "richmond_wandsworth": {"mash_step_up": ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
                            "early_help_duty": ("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")},
    "tower_hamlets": {"mash_step_up": ("MAST", "MAST@towerhamlets.gov.uk"),
                      "early_help_duty": ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")},
    "torbay": {"mash_step_up": ("Torbay MASH", "mash@torbay.gov.uk"),
               "early_help_duty": ("Early Help Torbay", "earlyhelp@torbay.gov.uk")},
    "herefordshire": {"mash_step_up": ("Herefordshire MASH", "mash@herefordshire.gov.uk"),
                      "early_help_duty": ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")},
}

# England & Wales bank holidays relevant to the set (2027)
BANK_HOLIDAYS = {dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
                 dt.date(2027, 5, 31), dt.date(2027, 8, 30), dt.date(2027, 12, 27), dt.date(2027, 12, 28)}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n = 0
    d = today + dt.timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += dt.timedelta(days=1)
    return n


# ---------------------------------------------------------------- helpers: dates, ids, headers

def local(s):
    """'2027-05-10 13:58:12' (Europe/London wall clock) -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LONDON)


def rfc_date(d, utc=False):
    if utc:
        d = d.astimezone(dt.timezone.utc)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


def iso_now(d):
    return d.replace(microsecond=0).isoformat()


def h(seed, n=16, upper=False):
    x = hashlib.sha256(seed.encode()).hexdigest()[:n]
    return x.upper() if upper else x


def outlook_msgid(seed):
    return "<LO4P265MB%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (h(seed + "a", 28, True), h(seed + "b", 4, True))


def boundary(seed, style="outlook"):
    if style == "outlook":
        return "_%s_%s%s_" % (seed[:3], h(seed, 32, True), "GBRP265PRODOUTLOOKCOM")
    if style == "gmail":
        return "000000000000" + h(seed, 16)
    if style == "apple":
        return "Apple-Mail=_" + h(seed, 8, True) + "-" + h(seed + "x", 4, True) + "-" + h(seed + "y", 12, True)
    return "----=_Part_" + h(seed, 10) + "." + h(seed + "z", 8)


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def fold(name, value):
    """Fold an ASCII header value at spaces (RFC 5322 2.2.3)."""
    line = name + ": " + value
    if len(line) <= 78:
        return [line]
    out, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + word
        else:
            cur = cur + " " + word
    out.append(cur)
    return out


def subject_lines(subj):
    try:
        subj.encode("ascii")
        return fold("Subject", subj)
    except UnicodeEncodeError:
        enc = Header(subj, "utf-8", header_name="Subject").encode(maxlinelen=76)
        parts = enc.split("\n")
        return ["Subject: " + parts[0]] + parts[1:]


# ---------------------------------------------------------------- helpers: MIME parts

def qp(text, charset="utf-8"):
    data = text.encode(charset)
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def text_part(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, flowed=False):
    ct = '%s; charset="%s"' % (ctype, charset)
    if flowed:
        ct = '%s; charset=%s; format=flowed' % (ctype, charset)
    headers = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:  # 7bit / 8bit
        body = text
    return {"headers": headers + (extra or []), "body": body}


def attach(filename, ctype, data, inline_cid=None, outlook=True):
    if inline_cid:
        headers = ["Content-Type: %s; name=\"%s\"" % (ctype, filename),
                   "Content-Description: " + filename,
                   "Content-Disposition: inline; filename=\"%s\"" % filename,
                   "Content-ID: <%s>" % inline_cid,
                   "Content-Transfer-Encoding: base64"]
    elif outlook:
        headers = ["Content-Type: %s;" % ctype, ' name="%s"' % filename,
                   "Content-Description: " + filename,
                   'Content-Disposition: attachment; filename="%s"' % filename,
                   "Content-Transfer-Encoding: base64"]
    else:
        headers = ['Content-Type: %s; name="%s"' % (ctype, filename),
                   'Content-Disposition: attachment; filename="%s"' % filename,
                   "Content-Transfer-Encoding: base64"]
    return {"headers": headers, "body": b64(data)}


def multipart(subtype, bnd, parts, extra_ct=""):
    lines = []
    for p in parts:
        lines.append("--" + bnd)
        lines.extend(p["headers"])
        lines.append("")
        lines.append(p["body"].rstrip("\n"))
    lines.append("--" + bnd + "--")
    lines.append("")
    return {"headers": ['Content-Type: multipart/%s;%s' % (subtype, extra_ct), ' boundary="%s"' % bnd],
            "body": "\n".join(lines)}


def message(headers, root, crlf=False):
    lines = list(headers) + ["MIME-Version: 1.0"] + root["headers"] + ["", root["body"].rstrip("\n"), ""]
    text = "\n".join(lines)
    for ln in text.split("\n"):
        assert len(ln) <= 998, ln[:80]
    data = text.encode("ascii")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def received_outlook(d, seed):
    ds = rfc_date(d, utc=True)
    a = "LO4P265MB" + h(seed + "r", 4, True)
    return ["Received: from %s.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:%s::9)" % (a, h(seed, 3)),
            " by LO0P265MB%s.GBRP265.PROD.OUTLOOK.COM with HTTPS; %s" % (h(seed + "q", 4, True), ds)]


def received_ext(d, helo, ip):
    return ["Received: from %s (%s [%s])" % (helo, helo, ip),
            " by mx.gov.example (Postfix) with ESMTPS id %s;" % h(helo + str(d), 10, True),
            " " + rfc_date(d)]


OUTLOOK_CSS = """<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
table.MsoTableGrid
	{border-collapse:collapse;}
div.WordSection1
	{page:WordSection1;}
--></style>"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(text=None, inner=None):
    """Outlook-style HTML from plain paragraphs (blank-line separated) or raw inner HTML."""
    if inner is None:
        paras = []
        for block in text.split("\n\n"):
            lines = [esc(x) for x in block.split("\n")]
            paras.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        inner = "\n".join(paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' + OUTLOOK_CSS +
            '\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def simple_html(text):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<div>" + "<br>\n".join(esc(x) for x in block.split("\n")) + "</div><div><br></div>")
    return '<div dir="ltr">' + "\n".join(paras) + "</div>\n"


def outlook_headers(d, frm, to, subj, seed, cc=None, extra=None, thread_topic=None):
    hs = received_outlook(d, seed)
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc:
        hs.append("CC: " + cc)
    hs += subject_lines(subj)
    topic = thread_topic or re.sub(r"^(RE|FW|Re|Fwd|FW):\s*", "", subj)
    try:
        topic.encode("ascii")
        hs += fold("Thread-Topic", topic)
    except UnicodeEncodeError:
        pass
    hs.append("Thread-Index: " + base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode())
    hs.append("Date: " + rfc_date(d, utc=True))
    hs.append("Message-ID: " + outlook_msgid(seed))
    hs += ["Accept-Language: en-GB, en-US", "Content-Language: en-GB"]
    hs += extra or []
    return hs


# ---------------------------------------------------------------- helpers: documents

def make_docx(title, blocks, author="Invented Author"):
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2027, 4, 1, 9, 0, 0)
    cp.modified = dt.datetime(2027, 4, 1, 9, 0, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2027, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


def _pdf_text(s):
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
         .replace("\u2013", "-").replace("\u2014", "-"))
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(line, width=92):
    if not line:
        return [""]
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines):
    """A small hand-built PDF 1.4 (Helvetica, WinAnsi) whose text pypdf can extract."""
    wrapped = []
    for ln in [title, ""] + lines:
        wrapped += _wrap(ln)
    pages = [wrapped[i:i + 56] for i in range(0, len(wrapped), 56)]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 4
    for pg in pages:
        stream = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for i, ln in enumerate(pg):
            stream.append("(%s) Tj T*" % _pdf_text(ln))
        stream.append("ET")
        data = "\n".join(stream).encode("latin-1")
        objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                   b"/Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = n
    objs[info] = b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (risk5 make_set.py) /CreationDate (D:20270401090000Z) >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (info + 1))
    out.write(b"0000000000 65535 f \n")
    for k in range(1, info + 1):
        out.write(b"%010d 00000 n \n" % offsets[k])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info + 1, info, xref))
    return out.getvalue()


def make_png(w=24, hgt=8, rgb=(0, 94, 184)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(hgt))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def ics_fold(text):
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > 75:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- registry

MAILS = []


def derive_next(authority, e):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (authority == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def add(file, authority, mailbox, now, category, data, why, kind, urgent, next_action, level=None, case_ids=(),
        children=(), concerns=(), consent=None, manager_agreed=None, missing=(), notice_ok=None):
    assert category in ("urgent", "near_miss", "ordinary")
    assert (category == "urgent") == urgent, file
    e = {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
         "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
         "consent": consent, "manager_agreed": manager_agreed, "missing": sorted(missing),
         "notice_ok": notice_ok, "next_action": next_action}
    assert list(concerns) == sorted(concerns) and list(missing) == sorted(missing), file
    assert derive_next(authority, e) == next_action, (file, derive_next(authority, e))
    if kind not in ("step_up", "step_down") or (authority == "herefordshire" and kind == "step_up"):
        assert not missing, file
    if not (authority == "knowsley" and kind in ("step_up", "step_down")):
        assert notice_ok is None, file
    if kind != "step_down":
        assert level is None, file
    MAILS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": iso_now(now),
                  "expect": e, "why": why, "_category": category, "_data": data})


def mb(authority, mailbox):
    n, a = MAILBOXES[authority][mailbox]
    return addr(n, a)


def knowsley_notice(now, meeting_date, expect_days):
    n = working_days_between(now.date(), meeting_date)
    assert n == expect_days, (now, meeting_date, n)
    return n >= 5


# ================================================================= KNOWSLEY

def knowsley_01():
    d = local("2027-04-27 11:18:37")
    now = local("2027-04-27 11:20:00")
    seed = "knowsley_01"
    text = """Hi MASH,

Step up req for Kenny family - EHM-52214. Step up form, TAF mins (20/04) + GCP2 attached. TM (Lesley Crane) has discussed + agreed. Step up TAF booked Wed 05/05/27 10:00 @ Page Moss Family Hub, Teams invite to follow from me to MASH + MASH BS.

CYP:
- Mia Kenny DOB 14/02/2027 (10/52)
- Brooke Kenny DOB 03/09/2022 (4y)

Bkgd: L3 since Nov 26. GCP2 = 4 for physical care + safety (home conds, dog faeces on floors, no safe sleep space for Mia - co-sleeping on sofa). Mum low mood, GP aware, not on meds.

** UPDATE TODAY - pls read **
HV (Sian Morley) did home visit 09:45. Mia: 2x linear bruises L cheek approx 1cm apart + petechiae behind R ear. NMC. Mum: "no idea, she must have done it on the car seat". Dad (Jordan Kenny) present, wouldn't let HV undress her fully. HV has informed GP.
IMO this is an NAI query in a non-mobile baby -> needs s47 strat + CP medical TODAY. Dad is sole carer this pm, mum on shift 2pm-10pm.
Tried duty SW line x3, engaged. Pls ring me asap: 0151 496 0732 / 07700 900418.

Gemma

Gemma Whitfield
Family First Case Manager | Family First 0-18 (Kirkby)
Knowsley Council | 0151 496 0732

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems."""
    form = make_docx("FF Step Up Request to CSC (Appendix 1)", [
        ("table", [["Child's name", "DOB"], ["Mia Kenny", "14/02/2027"], ["Brooke Kenny", "03/09/2022"]]),
        ("p", "Case ID on EHM: EHM-52214"),
        ("p", "Date of step up TAF meeting: Wednesday 5 May 2027, 10:00, Page Moss Family Hub"),
        ("p", "Recent TAF meeting minutes attached: Yes (20/04/2027)"),
        ("h", "What are we worried about?"),
        ("p", "Neglect: home conditions, unsafe sleep for Mia (co-sleeping on the sofa), dog faeces on floors. GCP2 scores 4 for physical care and safety. Mum's low mood."),
        ("h", "What is working well?"),
        ("p", "Brooke attends nursery every day. Maternal grandmother visits weekly."),
        ("h", "What needs to happen?"),
        ("p", "Step up to Children's Social Care for assessment of the neglect."),
        ("p", "Management oversight: discussed with and agreed by Lesley Crane, Team Manager, 26/04/2027."),
    ], author="Gemma Whitfield")
    gcp2 = make_docx("Graded Care Profile 2 (GCP2) - Kenny", [
        ("p", "Children: Mia Kenny, Brooke Kenny. Completed 16/04/2027 by Gemma Whitfield."),
        ("table", [["Area", "Score"], ["Physical care", "4"], ["Care of safety", "4"], ["Love and care", "3"], ["Stimulation and education", "3"]]),
        ("p", "Summary: home conditions and unsafe sleep arrangements are the main worry."),
    ], author="Gemma Whitfield")
    taf = make_pdf("TAF meeting minutes - Kenny - 20/04/2027", [
        "Present: Leanne Kenny (mum), Gemma Whitfield (FF), Sian Morley (HV), Little Steps Nursery.",
        "Home conditions remain poor despite the plan. Safe sleep advice repeated; a cot has been delivered but is not in use.",
        "Actions: GCP2 to be shared; FF to discuss step up with Team Manager.",
    ])
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt,
        attach("FF Step Up Request - Kenny.docx", DOCX, form),
        attach("TAF mins 20.04.27 Kenny.pdf", PDF, taf),
        attach("GCP2 Kenny April 2027.docx", DOCX, gcp2)])
    hs = outlook_headers(d, addr("Whitfield, Gemma", "Gemma.Whitfield@knowsley.gov.uk"), mb("knowsley", "mash_step_up"),
                         "Step up - Kenny - EHM-52214 - TAF Wed 05/05", seed,
                         cc=addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"),
                         extra=["X-MS-Has-Attach: yes"])
    ok = knowsley_notice(now, dt.date(2027, 5, 5), 5)
    add("knowsley_01.eml", "knowsley", "mash_step_up", now, "urgent", message(hs, root, crlf=True),
        "Risk told in professional shorthand: 'NAI query in a non-mobile baby', 'needs s47 strat + CP medical TODAY', bruises and petechiae on a 10-week-old, and the suspected adult is sole carer this afternoon: an immediate child-protection risk (DESIGN Safety rule 1; knowsley.txt 'Any immediate safeguarding concerns should be communicated to the Duty Social Work Team'). The request is otherwise complete (form, TAF minutes, GCP2 for neglect, EHM id, TM agreement); Wed 5 May is exactly 5 WD from Tue 27 Apr because Mon 3 May is a bank holiday.",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["EHM-52214"],
        children=[("Mia Kenny", "2027-02-14"), ("Brooke Kenny", "2022-09-03")],
        concerns=["neglect", "parental_mental_health", "physical_harm"], consent=None, manager_agreed=True,
        missing=[], notice_ok=ok)


def knowsley_02():
    d = local("2027-04-30 17:52:04")
    now = local("2027-04-30 17:53:00")
    seed = "knowsley_02"
    text = ("hi this is Dean Hughes family first I'm dictating this in the car so sorry about any typos "
            "I've just left the Riley house on the tower hill estate after the joint visit prep and mum Shannon "
            "rang me back as I was pulling away she was whispering she said Carl her ex is back in the house now "
            "he's been drinking since dinner time and he's put his fist through the kitchen door and he's saying "
            "he'll do her in when the kids are in bed the kids Tyler and Ava Riley are upstairs in the house with "
            "them right now Carl has got a non molestation order against him I think it was made in March I've "
            "told her to ring 999 if she can and I'm ringing the police myself now as well but I need someone "
            "from social care to know tonight because the duty number just rings out can someone ring me on "
            "07700 900623 please thanks Dean\n\nSent from my iPhone\n\n"
            "> On 28 Apr 2027, at 10:04, stepbot <FamilyFirst0-18DutyMailbox@knowsley.gov.uk> wrote:\n>\n"
            "> Thank you, your step-down request has been received.\n> Reference: SB-knowsley-57\n"
            "> Please keep this reference in the subject of any reply.\n")
    root = text_part("text/plain", text, charset="utf-8", cte="quoted-printable")
    hs = received_ext(d, "mail-sor-f41.iphone.example.net", "192.0.2.41")
    hs += ["From: Dean Hughes <dean.hughes@knowsley.gov.uk>",
           "To: " + mb("knowsley", "early_help_duty")]
    hs += subject_lines("Re: [SB-knowsley-57] Step down - Riley - final CIN 12/05")
    hs += ["Date: " + rfc_date(d), "Message-ID: <%s@knowsley.gov.uk>" % (h(seed, 8, True) + "-" + h(seed + "1", 4, True) + "-" + h(seed + "2", 12, True)),
           "In-Reply-To: <sb-knowsley-57-ack@stepbot.knowsley.gov.uk>",
           "References: <sb-knowsley-57-ack@stepbot.knowsley.gov.uk>",
           "X-Mailer: iPhone Mail (21F90)"]
    add("knowsley_02.eml", "knowsley", "early_help_duty", now, "urgent", message(hs, root),
        "Phone-dictated reply with no punctuation, sent at 17:52 on a Friday: the ex-partner (under a non-molestation order) is in the house drunk, has punched a door and says he will 'do her in when the kids are in bed', with Tyler and Ava upstairs now - domestic abuse with the children present this evening (DESIGN Safety rule 1; out of hours, so EDT). A reply to [SB-knowsley-57], so kind follow_up, but urgent overrides attach_to_request.",
        kind="follow_up", urgent=True, next_action="alert_duty", case_ids=[],
        children=[("Tyler Riley", None), ("Ava Riley", None)],
        concerns=["domestic_abuse", "substance_misuse"])


def knowsley_03():
    d = local("2027-04-29 14:05:11")
    now = local("2027-04-29 14:06:00")
    seed = "knowsley_03"
    para = ("Good afternoon, I'm writing to request a step up to Children's Social Care for Ruby Gaskell (DOB 22/06/2019), "
            "EHM-50981, who has been open to Family First at Level 3 since September 2026 following a referral from "
            "Kingsbrook Meadow Primary about her attendance, which has hovered around 71% all year with a pattern of "
            "Mondays and Fridays missed, and although mum, Kerry Gaskell, agreed to the TAF plan at the start she has "
            "cancelled or not been in for five of the last seven home visits, she did not attend the last two TAF "
            "meetings (minutes of the 14 April one attached along with the step up form), she no longer replies to "
            "texts and she told the school attendance officer that she 'doesn't need social workers poking about', "
            "so I haven't managed to do the Engaging Families toolkit with her yet but I'll try to before the meeting "
            "if I can get in; my team manager, Rachel Dunne, discussed the case with me in supervision on Tuesday and "
            "has agreed that this now needs to step up, and I have pencilled in the step up TAF meeting for Wednesday "
            "5 May at 1.30pm at Halewood Family Hub (I know that is short notice with the bank holiday and I'm happy "
            "to move it if MASH can't make it), and I should also let you know that Ruby's class teacher, Mr Pritchard, "
            "rang me at dinner time to say that Ruby told him this morning that mum's boyfriend, who we only know as "
            "'Robbo', puts his hand over her mouth and nose 'until I go dizzy' when she cries at night and that she "
            "doesn't want to go home, and she goes home at 3.15 today when Robbo collects her because mum is on a late "
            "at the bakery until 7, which school have logged on CPOMS, and otherwise Ruby is a lovely, chatty little "
            "girl who loves dancing and her nan, who lives in Widnes and would like to be more involved.")
    text = para + "\n\nMany thanks,\nTola\n\nTola Ogunleye\nFamily First Case Manager | Family First 0-18 (Halewood)\nKnowsley Council | 0151 496 0561"
    form = make_docx("FF Step Up Request to CSC (Appendix 1)", [
        ("table", [["Child's name", "DOB"], ["Ruby Gaskell", "22/06/2019"]]),
        ("p", "Case ID on EHM: EHM-50981"),
        ("p", "Date of step up TAF meeting: 05/05/2027 13:30, Halewood Family Hub"),
        ("h", "What are we worried about?"),
        ("p", "Ruby's attendance (71%). Mum is not engaging with the TAF plan: missed visits and meetings."),
        ("h", "What is working well?"),
        ("p", "Ruby is happy in school when she attends. Maternal nan is supportive."),
        ("h", "What needs to happen?"),
        ("p", "Step up to Children's Social Care. Engaging Families toolkit: not yet completed."),
        ("p", "Management oversight: Rachel Dunne, Team Manager, agreed 27/04/2027."),
    ], author="Tola Ogunleye")
    taf = make_pdf("TAF meeting minutes - Ruby Gaskell - 14/04/2027", [
        "Present: Tola Ogunleye (FF), Mr Pritchard (class teacher), school attendance officer. Mum did not attend.",
        "Attendance this term 71%. No contact from mum since 29/03.",
        "Actions: FF to discuss step up with TM; school to continue attendance monitoring.",
    ])
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt,
        attach("Step Up Request Form - R Gaskell.docx", DOCX, form),
        attach("TAF Minutes 14.04.27 Gaskell.pdf", PDF, taf)])
    hs = outlook_headers(d, addr("Ogunleye, Tola", "Tola.Ogunleye@knowsley.gov.uk"), mb("knowsley", "mash_step_up"),
                         "Step Up Request: Ruby Gaskell EHM-50981", seed,
                         cc=addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"),
                         extra=["X-MS-Has-Attach: yes"])
    ok = knowsley_notice(now, dt.date(2027, 5, 5), 3)
    add("knowsley_03.eml", "knowsley", "mash_step_up", now, "urgent", message(hs, root, crlf=True),
        "The risk is one clause inside a single 300-word paragraph: a 7-year-old's disclosure to her teacher today that mum's boyfriend smothers her 'until I go dizzy', and he collects her at 3.15 today (DESIGN Safety rule 1). As a request: non-engagement without the Engaging Families toolkit ('haven't managed to do' it) so engaging_families is missing (knowsley.txt); Wed 5 May 13:30 is only 3 WD from Thu 29 Apr (Mon 3 May bank holiday).",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["EHM-50981"],
        children=[("Ruby Gaskell", "2019-06-22")],
        concerns=["non_engagement", "physical_harm", "school_attendance"], consent=None, manager_agreed=True,
        missing=["engaging_families"], notice_ok=ok)


def knowsley_04():
    d = local("2027-05-10 13:58:20")
    now = local("2027-05-10 14:00:00")
    seed = "knowsley_04"
    text = """SBAR - for the MASH duty social worker - please action now

S - Situation
Harvey Lunt, DOB 07/01/2023 (4 yrs), attended Prescot Road Medical Centre at 12:40 today with his mother, Danielle Lunt. Drowsy, pinpoint pupils, resp rate 10/min. Mum said he "might have had a sip" of the green liquid in a bottle on the kitchen side, which she says is her partner's methadone. 999 ambulance called at 12:52. Mum left the surgery with Harvey at 13:25, before the ambulance arrived, saying she would "take him herself". They have NOT arrived at Whiston ED (checked with ED at 13:50). Mum's mobile is off.

B - Background
Open to Family First (Level 3, EHM-49117, case manager Liam Brady). Mum's partner Craig Fenlon is on a methadone script from the community drug service. Previous concerns about home conditions and supervision (GP record: FF involvement since 2026).

A - Assessment
Possible opioid ingestion in a 4-year-old who is now not under medical care. This can be life-threatening within hours. Mum's account is inconsistent.

R - Recommendation
Please contact police / ambulance control to locate Harvey as a matter of urgency. I have informed Merseyside Police (log 0512 of 10/05/27). Please ring me back on 0151 496 0258 (direct line).

Dr Sarah Quilliam
GP Safeguarding Lead, Prescot Road Medical Centre

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.
NHSmail is the secure email, collaboration and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services."""
    alt = multipart("alternative", boundary(seed + "alt"), [
        text_part("text/plain", text, cte="base64"),
        text_part("text/html", outlook_html(text), cte="base64")])
    hs = received_ext(d, "EUR03-DB5-obe.outbound.protection.outlook.com", "192.0.2.113")
    hs += outlook_headers(d, addr("QUILLIAM, Sarah (PRESCOT ROAD MEDICAL CENTRE)", "sarah.quilliam@nhs.net"),
                          mb("knowsley", "mash_step_up"), "SBAR - safeguarding - Harvey Lunt (4y) - left surgery before ambulance", seed,
                          extra=["X-MS-Has-Attach:", "x-ms-exchange-organization-authas: Anonymous"])
    add("knowsley_04.eml", "knowsley", "mash_step_up", now, "urgent", message(hs, alt, crlf=True),
        "A GP's SBAR (Situation/Background/Assessment/Recommendation) in NHSmail with a base64 body: a 4-year-old with signs of opioid (methadone) ingestion taken away from the surgery before the ambulance and not at A&E - immediate risk to life (DESIGN Safety rule 1). Not a step request from the Early Help service, so kind other; the EHM id in the Background counts.",
        kind="other", urgent=True, next_action="alert_duty", case_ids=["EHM-49117"],
        children=[("Harvey Lunt", "2023-01-07")], concerns=["neglect", "substance_misuse"])


def knowsley_05():
    d = local("2027-05-04 09:58:41")
    now = local("2027-05-04 10:00:00")
    seed = "knowsley_05"
    inner = """<p class="MsoNormal">Hi all,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please find attached the step up request for <b>Connor Duffy (DOB 11/11/2015)</b> and <b>Aimee Duffy (DOB 02/03/2018)</b>, EHM-53390, with the GCP2 and the TAF minutes from 27 April. The step up TAF meeting is on <b>Wednesday 12 May 2027 at 10:00</b> at Stockbridge Village Family Hub &#8211; I&#8217;ll send the Teams invite separately to MASH and MASH Business Support. My TM, Joanne Pike, has discussed this with me and agrees the step up.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The current worries are neglect: the GCP2 scores 4 for nutrition and for home conditions, the children are coming to school hungry and in the same clothes, and mum has not followed through the TAF plan actions despite a lot of support.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">For context, mum asked me to include the following because she is frightened that social care will &#8220;just take them again&#8221;. It is an extract from the final threshold document in the 2020 care proceedings, which ended with the children returned to her care under a supervision order that expired in 2021:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal" style="margin-left:36.0pt"><i>&#8220;On 3 August 2019 the children were removed under police protection after the father assaulted the mother in their presence and threatened to kill the children. An Emergency Protection Order was granted on 5 August 2019. The court finds that at that time the children were at immediate risk of significant harm in their father&#8217;s care.&#8221;</i><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The father has had no contact with the family since 2019, now lives in Spain, and there is a non-molestation order in place until 2029. There are no current domestic abuse concerns.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<o:p></o:p></p>
<p class="MsoNormal">Mark<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Mark Hollins | Family First Case Manager | Family First 0-18 (Stockbridge &amp; Huyton)<br>Knowsley Council | 0151 496 0394</span><o:p></o:p></p>"""
    form = make_docx("FF Step Up Request to CSC (Appendix 1)", [
        ("table", [["Child's name", "DOB"], ["Connor Duffy", "11/11/2015"], ["Aimee Duffy", "02/03/2018"]]),
        ("p", "Case ID on EHM: EHM-53390"),
        ("p", "Date of step up TAF meeting: Wednesday 12 May 2027 10:00, Stockbridge Village Family Hub"),
        ("h", "What are we worried about?"),
        ("p", "Neglect - see GCP2: nutrition and home conditions. Children hungry at school."),
        ("h", "What is working well?"),
        ("p", "Mum is warm with the children; attendance 94%."),
        ("h", "What needs to happen?"),
        ("p", "Step up to CSC for a Child and Family Assessment."),
        ("p", "Team Manager agreement: Joanne Pike, 30/04/2027."),
    ], author="Mark Hollins")
    gcp2 = make_pdf("Graded Care Profile 2 - Duffy - April 2027", [
        "Children: Connor Duffy, Aimee Duffy.",
        "Nutrition: 4. Housing / home conditions: 4. Health: 3. Safety: 3.",
        "Overall: neglect of physical care needs.",
    ])
    taf = make_docx("TAF minutes 27.04.27 - Duffy", [
        ("p", "Present: Amy Duffy (mum), Mark Hollins (FF), school DSL, school nurse."),
        ("p", "Home conditions remain poor. Mum has not attended the food bank referral or the housing appointment."),
        ("p", "Actions: FF to discuss step up with Team Manager."),
    ], author="Mark Hollins")
    html = outlook_html(inner=inner)
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/html", html),
        attach("Step Up Request Form - Duffy.docx", DOCX, form),
        attach("GCP2 Duffy April 2027.pdf", PDF, gcp2),
        attach("TAF minutes 27.04.27 Duffy.docx", DOCX, taf)])
    hs = outlook_headers(d, addr("Hollins, Mark", "Mark.Hollins@knowsley.gov.uk"), mb("knowsley", "mash_step_up"),
                         "Step up request - Duffy family - EHM-53390", seed,
                         cc=addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk"), extra=["X-MS-Has-Attach: yes"])
    ok = knowsley_notice(now, dt.date(2027, 5, 12), 6)
    add("knowsley_05.eml", "knowsley", "mash_step_up", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: HTML-only mail quoting a 2020 court threshold document ('removed under police protection', 'threatened to kill the children', 'Emergency Protection Order', 'immediate risk of significant harm') about 2019 events; the father has had no contact since 2019 and the mail says there are no current DA concerns, so nothing is immediate (DESIGN Safety rule 1: historic risks must not trigger). Complete neglect step-up (form, GCP2, TAF minutes, TM agreement); Wed 12 May is 6 WD from Tue 4 May. Historic DA left out of concerns.",
        kind="step_up", urgent=False, next_action="book_meeting", case_ids=["EHM-53390"],
        children=[("Connor Duffy", "2015-11-11"), ("Aimee Duffy", "2018-03-02")], concerns=["neglect"],
        consent=None, manager_agreed=True, missing=[], notice_ok=ok)


def knowsley_06():
    d = local("2027-05-06 16:40:03")
    now = local("2027-05-06 16:41:00")
    seed = "knowsley_06"
    text = """Hi MASH Business Support,

Sorry to shout! Could someone please send me a copy of the CP medical report from Alder Hey for Harper (done on 28/04)? The ICPC is tomorrow at 10am and the chair has asked for it by 9am. Harper has been in foster care under s20 since 29/04 and is settled with her carers - this is about paperwork only, nothing has changed for her.

Harper Quinn, DOB 19/08/2020, EHM-51766.

Thanks so much
Amelia

Amelia Rourke
Family First Case Manager | Knowsley Council | 0151 496 0187

From: stepbot <knowsleymash@knowsley.gov.uk>
Sent: 26 April 2027 09:12
To: Rourke, Amelia <Amelia.Rourke@knowsley.gov.uk>
Subject: [SB-knowsley-63] Step up - Harper Quinn

Thank you, your step-up request has been received. Reference: SB-knowsley-63."""
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    hs = outlook_headers(d, addr("Rourke, Amelia", "Amelia.Rourke@knowsley.gov.uk"), mb("knowsley", "mash_step_up"),
                         "URGENT!! RE: [SB-knowsley-63] Step up - Harper Quinn - CP medical report needed by 9am", seed,
                         extra=["Importance: high", "X-Priority: 1", "X-MS-Has-Attach:",
                                "In-Reply-To: <sb-knowsley-63-ack@stepbot.knowsley.gov.uk>"])
    add("knowsley_06.eml", "knowsley", "mash_step_up", now, "near_miss", message(hs, alt, crlf=True),
        "Near-miss: 'URGENT!!', Importance high, 'CP medical', 'ICPC', but the urgency is a paperwork deadline (a report needed by 9am); the child is settled in foster care and the writer says nothing has changed for her (DESIGN Safety rule 1: no immediate risk). A reply to [SB-knowsley-63]: follow_up. No worry about the child is described, so concerns [].",
        kind="follow_up", urgent=False, next_action="attach_to_request", case_ids=["EHM-51766"],
        children=[("Harper Quinn", "2020-08-19")], concerns=[])


def knowsley_07():
    d = local("2027-05-12 09:29:12")
    now = local("2027-05-12 09:30:00")
    seed = "knowsley_07"
    inner = """<p class="MsoNormal">Hi Family First duty,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;d like to step Jake Kinsella (DOB 30/01/2016) and Lola Kinsella (DOB 08/07/2021) down to Family First 0-18 at <b>Level 3</b> (ICS-1262084). Mum (Stacey Kinsella) has consented to the case being referred to Family First &#8211; she signed the consent form on my visit on 10 May.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Final CIN meeting:</b> Wednesday 19 May 2027 at 14:00, Kirkby Family Hub, Room 2.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>What are we worried about?</u></b><o:p></o:p></p>
<p class="MsoNormal">Mum&#8217;s low mood (she is now seeing her GP and has started talking therapies). Jake&#8217;s attendance is 86%.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>What is working well?</u></b><o:p></o:p></p>
<p class="MsoNormal">The children are well cared for and the home is clean and warm. Mum attends every appointment. The s47 enquiry in February concluded that the threshold for an initial child protection conference was not met and there was no further action on the allegation; Lola&#8217;s nursery accept it was a misunderstanding about a nappy rash.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>What needs to happen?</u></b><o:p></o:p></p>
<p class="MsoNormal">Family First to support mum with routines and Jake&#8217;s attendance. Contingency plan: <i>if</i> dad (Jason Kinsella, who has had no contact since 2024) were ever to turn up at the house, mum would not let him in and would ring 999, and Nan (Pauline) would have the children. This is a what-if for the plan only &#8211; there has been no contact and no sign that he knows the address.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<o:p></o:p></p>
<p class="MsoNormal">Nicola Farrell<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Social Worker | Children&#8217;s Social Care (Kirkby CIN Team) | Knowsley Council | 0151 496 0470</span><o:p></o:p></p>"""
    root = text_part("text/html", outlook_html(inner=inner))
    hs = outlook_headers(d, addr("Farrell, Nicola", "Nicola.Farrell@knowsley.gov.uk"), mb("knowsley", "early_help_duty"),
                         "Step down to Family First L3 - Jake & Lola Kinsella - ICS-1262084", seed, extra=["X-MS-Has-Attach:"])
    ok = knowsley_notice(now, dt.date(2027, 5, 19), 5)
    add("knowsley_07.eml", "knowsley", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: 's47', 'child protection conference', 'ring 999' appear, but the s47 concluded with no further action and the 999 line is an explicitly hypothetical contingency ('if dad were ever to turn up ... a what-if for the plan only'); nothing is immediate (DESIGN Safety rule 1). Complete Level 3 step-down: date/time/venue, all three Signs of Safety headings, consent (knowsley.txt); Wed 19 May is 5 WD from Wed 12 May.",
        kind="step_down", urgent=False, next_action="book_meeting", level=3, case_ids=["ICS-1262084"],
        children=[("Jake Kinsella", "2016-01-30"), ("Lola Kinsella", "2021-07-08")],
        concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
        missing=[], notice_ok=ok)


def knowsley_08():
    d = local("2027-05-27 14:59:30")
    now = local("2027-05-27 15:00:00")
    seed = "knowsley_08"
    text = """Hello Family First duty,

Step-down to Level 2 for Niamh O\u2019Hare (DOB 05/10/2014), ICS-1259930.

Final CIN meeting: Thursday 3 June 2027, 10:00, Prescot Family Hub (Room 4).

Lead Practitioner from the step-down: Helen Ashby, Pastoral Lead, Knowsley Lane Academy \u2013 she has agreed to take on the role and will attend the CIN.

What are we worried about?
Niamh\u2019s attendance (84%) and how much she does at home for her mum, who has MS \u2013 Niamh is a young carer.

What is working well?
Dad is back living at home and is doing more of mum\u2019s care. Niamh has joined the young carers\u2019 group and says she likes it.

What needs to happen?
School to lead a Level 2 plan for attendance; young carers\u2019 service to continue; adult social care assessment for mum (requested).

Dad (Ciar\u00e1n O\u2019Hare) has agreed to the step-down.

Thanks,
Ois\u00edn

Ois\u00edn Brennan
Social Worker \u2013 Huyton CIN Team
Knowsley Council \u2013 0151 496 0623"""
    root = text_part("text/plain", text, charset="windows-1252")
    hs = outlook_headers(d, addr("Brennan, Ois\u00edn", "Oisin.Brennan@knowsley.gov.uk", charset="iso-8859-1"),
                         mb("knowsley", "early_help_duty"), "Step down L2 - N O'Hare - ICS-1259930 - final CIN 03/06", seed,
                         extra=["X-MS-Has-Attach:"])
    ok = knowsley_notice(now, dt.date(2027, 6, 3), 4)
    add("knowsley_08.eml", "knowsley", "early_help_duty", now, "ordinary", message(hs, root, crlf=True),
        "Ordinary Level 2 step-down, plain text windows-1252 quoted-printable (\u00ed, \u2019, \u2013) with an RFC 2047 From: date/time/venue, all three headings and a named lead practitioner with agency are present, but Thu 3 June is only 4 WD from Thu 27 May because Mon 31 May is the spring bank holiday (knowsley.txt 'At least 5 working days prior'), so request_info.",
        kind="step_down", urgent=False, next_action="request_info", level=2, case_ids=["ICS-1259930"],
        children=[("Niamh O\u2019Hare", "2014-10-05")], concerns=["school_attendance", "young_carer"],
        consent=True, manager_agreed=None, missing=[], notice_ok=ok)


def knowsley_09():
    d = local("2027-05-07 09:09:48")
    now = local("2027-05-07 09:10:00")
    seed = "knowsley_09"
    ics = ics_fold("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTIMEZONE + """
BEGIN:VEVENT
ATTENDEE;PARTSTAT=TENTATIVE;CN=Hesketh, Claire:mailto:Claire.Hesketh@knowsley.gov.uk
COMMENT;LANGUAGE=en-GB:I may be in court that morning - will confirm by Monday.
SUMMARY;LANGUAGE=en-GB:Tentative: Step-up TAF meeting - Duffy [SB-knowsley-66]
DTSTART;TZID=GMT Standard Time:20270512T100000
DTEND;TZID=GMT Standard Time:20270512T110000
UID:sb-knowsley-66-taf@stepbot.knowsley.gov.uk
ORGANIZER;CN=Knowsley MASH:mailto:knowsleymash@knowsley.gov.uk
DTSTAMP:20270507T080948Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR""")
    body = "I may be in court that morning - will confirm by Monday.\n"
    alt = multipart("alternative", boundary(seed + "alt"), [
        text_part("text/plain", body),
        {"headers": ['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"],
         "body": b64(ics)}])
    hs = outlook_headers(d, addr("Hesketh, Claire", "Claire.Hesketh@knowsley.gov.uk"), mb("knowsley", "mash_step_up"),
                         "Tentative: Step-up TAF meeting - Duffy [SB-knowsley-66]", seed,
                         extra=["X-MS-Has-Attach:", "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAD" + h(seed, 16, True)])
    add("knowsley_09.eml", "knowsley", "mash_step_up", now, "ordinary", message(hs, alt, crlf=True),
        "Ordinary Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=TENTATIVE, base64) with a harmless COMMENT about court: meeting_reply, record_reply (DESIGN parse contract).",
        kind="meeting_reply", urgent=False, next_action="record_reply")


# ================================================================= RICHMOND & WANDSWORTH

def rw_01():
    d = local("2027-05-10 10:34:02")
    now = local("2027-05-10 10:35:00")
    seed = "rw_01"
    rows = [
        ("14/11/2026", "Health visitor (Clare Dunmore)", "Home visit: dog mess on the floor, no food in the fridge, Esme in a soaked nappy at 2pm. Mum tearful, says she is 'not coping'.", "Referred to Early Help; mum agreed."),
        ("09/01/2027", "EH worker (Jo Adebayo)", "TAF 1. Mum's new partner, Ryan Cole, has moved in.", "Plan agreed: routines, food bank, nursery place."),
        ("03/04/2027", "Met Police (PPN)", "Neighbours called police about shouting. Mum had a cut lip, said she 'walked into a door'. Ryan Cole arrested, NFA. Esme present in the flat.", "PPN shared with EH. DA safety planning offered; mum declined."),
        ("22/04/2027", "EH worker (Jo Adebayo)", "TAF 2. Home conditions unchanged. Mum says Ryan 'has a temper' but 'never with Esme'.", "TM consultation booked."),
        ("10/05/2027 09:40", "Little Acorns Nursery (Kerry Mills, manager)", "Esme arrived with bruising around both eyes and a swollen nose. Mum said she 'fell off the sofa'. Esme said 'Ryan did smack'. Ryan Cole is collecting Esme from nursery at 12:00 today.", "Nursery rang EH worker 10:02; worker informed me 10:05."),
    ]
    trs = "\n".join(
        '<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td>'
        '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td></tr>' % tuple(esc(c) for c in r)
        for r in rows)
    inner = """<p class="MsoNormal">Dear MASH,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Following our reflective discussion this morning I am stepping up <b>Esme Lawal-Price (DOB 18/03/2024)</b>, Mosaic ID 2314470, to Children&#8217;s Services. The latest case summary is attached; the rationale and the chronology are below. Worker: Jo Adebayo. I am the Early Help Team Manager and I have agreed this step up. Mum (Tasha Lawal) has not yet been told.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Rationale for step up</b><o:p></o:p></p>
<p class="MsoNormal">Six months of Early Help have not changed the home conditions, mum has declined domestic abuse support after a police call-out in April, and the concerns are now beyond what Early Help can hold. See the chronology.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Chronology</b><o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0 5.4pt"><p class="MsoNormal"><b>Date</b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0 5.4pt"><p class="MsoNormal"><b>Source</b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0 5.4pt"><p class="MsoNormal"><b>Event</b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0 5.4pt"><p class="MsoNormal"><b>Action</b></p></td></tr>
""" + trs + """
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Priya Raman<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils | 020 7946 0352</span><o:p></o:p></p>"""
    summary = make_pdf("Case Summary - Esme Lawal-Price (Mosaic 2314470)", [
        "Child: Esme Lawal-Price, DOB 18/03/2024. Mother: Tasha Lawal. Mother's partner: Ryan Cole.",
        "Open to Early Help since November 2026 after a health visitor referral about home conditions.",
        "Concerns: neglect of physical care and home conditions; domestic abuse (police call-out April 2027).",
        "Progress: limited. Mum attends some TAF meetings but the plan has not been followed through.",
    ])
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/html", outlook_html(inner=inner)),
                                                       attach("Case Summary - E Lawal-Price.pdf", PDF, summary)])
    hs = outlook_headers(d, addr("Raman, Priya", "Priya.Raman@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "mash_step_up"), "Step up - Esme Lawal-Price (Mosaic 2314470)", seed,
                         extra=["X-MS-Has-Attach: yes"])
    add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", now, "urgent", message(hs, root, crlf=True),
        "HTML-only step-up whose risk is only in the last row of an HTML chronology table: a 2-year-old at nursery today with bruising round both eyes, saying 'Ryan did smack', and Ryan collecting her at 12:00 today; the covering text never says it (DESIGN Safety rule 1: every part is read). Complete R&W step-up from the EH Team Manager: case summary attached, rationale under its heading (000 'latest case summary and the rationale').",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["2314470"],
        children=[("Esme Lawal-Price", "2024-03-18")], concerns=["domestic_abuse", "neglect", "physical_harm"],
        consent=None, manager_agreed=True, missing=[])


def rw_02():
    d = local("2027-05-12 19:51:40")
    now = local("2027-05-12 19:52:00")
    seed = "rw_02"
    text = """hi its Kwame from Alton Vale Youth Zone. sorry dnt no who else 2 email, ur number on the website goes 2 voicemail.

Kai Brooks (15, yr 11 at Beverley Brook Academy) jst msgd me on snap - says the olders he owes money 2 (1 of them is Tiny aka Jermaine Osei, about 20) told him 2 go 2 Clapham Junction 2nite at 10 2 "sort sumthing" 4 them + hes got a blade in his bag cos hes scared. says if he dnt go they will come 2 his mums. hes at home rn in Roehampton w his mum + little sis. his mum dnt no any of this.

iv told him not 2 go + im ringing 101 now but pls can sum1 from social care ring me 07700 900857 asap

Kwame
Youth worker, Alton Vale Youth Zone

Sent from my Galaxy"""
    alt = multipart("alternative", boundary(seed, "gmail"), [
        text_part("text/plain", text, charset="UTF-8", cte="7bit"),
        text_part("text/html", simple_html(text), charset="UTF-8", cte="quoted-printable")])
    hs = ["Received: by mail-ed1-f44.google.com with SMTP id " + h(seed, 12) + "; " + rfc_date(d),
          "From: Kwame Boateng <kwame.boateng.youth@gmail.com>", "To: " + mb("richmond_wandsworth", "mash_step_up")]
    hs += subject_lines("need sum1 2 ring me re Kai tonite")
    hs += ["Date: " + rfc_date(d), "Message-ID: <CAF%s@mail.gmail.com>" % h(seed, 40)]
    add("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", now, "urgent", message(hs, alt),
        "Text-speak from a youth worker at 19:52: a 15-year-old told by a named older exploiter to go to Clapham Junction at 10pm tonight, carrying a blade, with threats to his family - criminal exploitation happening tonight (DESIGN Safety rule 1; out of hours so EDT). Not a step request: kind other.",
        kind="other", urgent=True, next_action="alert_duty", children=[("Kai Brooks", None)], concerns=["exploitation"])


def rw_03():
    d = local("2027-05-13 11:14:26")
    now = local("2027-05-13 11:15:00")
    seed = "rw_03"
    text = """Dear MASH colleagues,

I am stepping up Nasreen Akhtar (DOB 04/09/2010), Mosaic ID 2298815, today rather than at our planned review on 27 May. The case summary is attached and the rationale is below. I am the Early Help Team Manager for her worker (Bethany Clough) and I agree this step up. I will also ring the MASH consultation line.

Rationale for step up
Nasreen was open to Early Help for school anxiety and low attendance (68%). This morning she told her form tutor at Wandle Valley School that her family are flying her to Pakistan from Heathrow on Saturday morning (15 May) for what her father calls a "family holiday", but that she overheard her father and uncle saying she would be married to her cousin there "before the summer". When she said last night that she would not go, her father slapped her across the face and took her phone and her passport. She asked school not to tell her parents she had said anything. Her sister Samina Akhtar (12) is also booked on the flight.

We believe Nasreen is at risk of forced marriage and of being taken abroad within 48 hours.

Darren Whitlock
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils | 020 7946 0419 | 07700 900935"""
    summary = make_docx("Case Summary - Nasreen Akhtar", [
        ("p", "Mosaic ID 2298815. Nasreen Akhtar, DOB 04/09/2010. Sibling: Samina Akhtar (12)."),
        ("p", "Open to Early Help since January 2027 (school anxiety, attendance 68%)."),
        ("p", "Worker: Bethany Clough, Early Help Practitioner."),
        ("p", "Progress: attending the anxiety group; attendance improving slowly until this week."),
    ], author="Darren Whitlock")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("Case summary - N Akhtar.docx", DOCX, summary)])
    hs = outlook_headers(d, addr("Whitlock, Darren", "Darren.Whitlock@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "mash_step_up"), "Step up today - Nasreen Akhtar - Mosaic 2298815", seed,
                         extra=["X-MS-Has-Attach: yes"])
    add("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up", now, "urgent", message(hs, root, crlf=True),
        "Forced-marriage travel: a 16-year-old to be flown to Pakistan on Saturday to be married, slapped last night, passport and phone taken - a forced marriage protection order is needed before the flight (DESIGN Safety rule 1; 000 'immediate child protection concerns'). Complete R&W step-up (case summary attached, rationale under its heading, EH TM sender agrees). Concerns: the slap (physical_harm) and forced marriage, read as domestic_abuse (the cross-government definition includes forced marriage); attendance.",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["2298815"],
        children=[("Nasreen Akhtar", "2010-09-04"), ("Samina Akhtar", None)],
        concerns=["domestic_abuse", "physical_harm", "school_attendance"], consent=None, manager_agreed=True, missing=[])


def rw_04():
    d = local("2027-05-18 14:19:33")
    now = local("2027-05-18 14:20:00")
    seed = "rw_04"
    red = lambda s: '<span style="color:red"><b>[AS 14:12] ' + esc(s) + "</b></span>"
    c1 = ("Please put this step-down ON HOLD - I am not agreeing to it going ahead now. See below.")
    c2 = ("Dad did NOT return Leo from his contact yesterday (due back 6pm). His phone is off and last night he posted on "
          "Facebook \"starting our new life, you'll never find us\". Mum has a prohibited steps order and dad still holds Leo's "
          "Irish passport. Police were told at 7am but nobody in CSC has picked this up - MASH please ring mum (Carla Farrant) "
          "on 07700 900311 today.")
    plain = ("Early Help duty - my comments are in [AS] below.\n\n[AS 14:12] " + c1 + "\n\nAnita Szabo\nTeam Manager, Wandsworth CIN Team 2 | 020 7946 0288\n\n"
             "From: Okafor-Reid, Simone <Simone.Okafor-Reid@richmondandwandsworth.gov.uk>\nSent: 14 May 2027 16:02\n"
             "To: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>\nCc: Szabo, Anita <Anita.Szabo@richmondandwandsworth.gov.uk>\n"
             "Subject: [SB-richmond_wandsworth-88] Step down - Leo Farrant - Mosaic 2287731\n\n"
             "Hi Early Help duty,\n\nPlease find attached the case summary and the draft plan for Leo Farrant (DOB 21/02/2021), Mosaic 2287731. "
             "Mum (Carla) has consented to the step-down.\n\nWorries: mum's anxiety; Leo's speech and language delay (EHCP assessment under way).\n\n"
             "Contact arrangements: Leo sees dad (Martin Farrant) every other Monday, 10am to 6pm, handover at Tooting library.\n\n"
             "[AS 14:12] " + c2 + "\n\n"
             "I have agreed a case discussion with Beth Ryder (EH duty manager) for Wednesday 19 May at 2pm.\n\nThanks,\nSimone\n")
    inner = ('<p class="MsoNormal">Early Help duty &#8211; my comments are in <span style="color:red">red</span> below.<o:p></o:p></p>\n'
             '<p class="MsoNormal">' + red(c1) + '<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;</p>\n'
             '<p class="MsoNormal">Anita Szabo<br>Team Manager, Wandsworth CIN Team 2 | 020 7946 0288<o:p></o:p></p>\n'
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Okafor-Reid, Simone &lt;Simone.Okafor-Reid@richmondandwandsworth.gov.uk&gt;<br>'
             '<b>Sent:</b> 14 May 2027 16:02<br><b>To:</b> Early Help Duty &lt;EarlyHelpDuty@richmondandwandsworth.gov.uk&gt;<br>'
             '<b>Cc:</b> Szabo, Anita &lt;Anita.Szabo@richmondandwandsworth.gov.uk&gt;<br>'
             '<b>Subject:</b> [SB-richmond_wandsworth-88] Step down - Leo Farrant - Mosaic 2287731<o:p></o:p></p></div>\n'
             '<p class="MsoNormal">Hi Early Help duty,<br><br>Please find attached the case summary and the draft plan for Leo Farrant (DOB 21/02/2021), Mosaic 2287731. Mum (Carla) has consented to the step-down.<br><br>'
             'Worries: mum&#8217;s anxiety; Leo&#8217;s speech and language delay (EHCP assessment under way).<br><br>'
             'Contact arrangements: Leo sees dad (Martin Farrant) every other Monday, 10am to 6pm, handover at Tooting library.<o:p></o:p></p>\n'
             '<p class="MsoNormal">' + red(c2) + '<o:p></o:p></p>\n'
             '<p class="MsoNormal">I have agreed a case discussion with Beth Ryder (EH duty manager) for Wednesday 19 May at 2pm.<br><br>Thanks,<br>Simone<o:p></o:p></p>')
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", plain),
                                                             text_part("text/html", outlook_html(inner=inner))])
    hs = outlook_headers(d, addr("Szabo, Anita", "Anita.Szabo@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "early_help_duty"),
                         "RE: [SB-richmond_wandsworth-88] Step down - Leo Farrant - Mosaic 2287731", seed,
                         cc=addr("Okafor-Reid, Simone", "Simone.Okafor-Reid@richmondandwandsworth.gov.uk"),
                         extra=["X-MS-Has-Attach:", "In-Reply-To: <sb-rw-88-ack@stepbot.richmondandwandsworth.gov.uk>"])
    add("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", now, "urgent", message(hs, alt, crlf=True),
        "Risk written as a team manager's inline comment inserted into the quoted step-down (red [AS 14:12] text in the middle of the quoted mail): a 6-year-old not returned from contact, father's phone off, 'you'll never find us', passport held, prohibited steps order - possible abduction today (DESIGN Safety rule 1: quoted history is read). Reply to [SB-...-88]: follow_up. Consent stated in the quoted request; the manager now says she is 'not agreeing' (manager_agreed false).",
        kind="follow_up", urgent=True, next_action="alert_duty", case_ids=["2287731"],
        children=[("Leo Farrant", "2021-02-21")], concerns=["disability_send", "missing", "parental_mental_health"],
        consent=True, manager_agreed=False)


def rw_05():
    d = local("2027-05-17 10:59:15")
    now = local("2027-05-17 11:00:00")
    seed = "rw_05"
    text = """Good morning,

Please accept this step up for Mason Holt (DOB 09/12/2017) and Ivy Holt (DOB 27/05/2020), Mosaic 2301196 and 2301197. The case summary and the rationale are attached. I have discussed this with the worker (Sunita Grewal) and I agree the step up.

For your awareness: on Saturday night (15 May) police were called to the home by neighbours. Police attended and removed him - Lee Holt (father) was arrested for assaulting mum and has been remanded in custody until his plea hearing on 14 June. Mum and the children are staying with maternal grandmother in Tooting under a safety plan agreed with the EDT duty social worker on Sunday, and Tom Reid (MASH duty SW) reviewed it with me this morning and confirmed nothing further is needed today. There is no immediate risk now; we are stepping up because of the pattern of domestic abuse over the last year and its impact on the children.

Kind regards,
Grace Oyelaran
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils | 020 7946 0517"""
    summary = make_pdf("Case summary - Holt family - May 2027", [
        "Children: Mason Holt (09/12/2017), Ivy Holt (27/05/2020). Mosaic 2301196, 2301197.",
        "Open to Early Help since June 2026: three police call-outs for domestic abuse (June, October 2026, March 2027).",
        "15/05/2027: father arrested and remanded; family with maternal grandmother under an EDT safety plan.",
    ])
    rationale = make_docx("Rationale for step up - Holt", [
        ("p", "The pattern of domestic abuse has escalated despite Early Help support and mum's engagement with the IDVA."),
        ("p", "A Child and Family Assessment is needed to plan for the children's safety when the criminal case concludes."),
    ], author="Grace Oyelaran")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("Case summary - Holt.pdf", PDF, summary),
                                                       attach("Rationale for step up - Holt.docx", DOCX, rationale)])
    hs = outlook_headers(d, addr("Oyelaran, Grace", "Grace.Oyelaran@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "mash_step_up"), "Step Up: Holt family - Mosaic 2301196 / 2301197", seed,
                         extra=["X-MS-Has-Attach: yes"])
    add("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss, already handled: 'police attended and removed him', father remanded in custody, children with grandmother under a safety plan agreed by the EDT duty social worker and reviewed by MASH duty this morning - 'no immediate risk now' (DESIGN Safety rule 1: resolved risks must not trigger). Complete R&W step-up (case summary and rationale attached; EH TM agrees).",
        kind="step_up", urgent=False, next_action="book_meeting", case_ids=["2301196", "2301197"],
        children=[("Mason Holt", "2017-12-09"), ("Ivy Holt", "2020-05-27")], concerns=["domestic_abuse"],
        consent=None, manager_agreed=True, missing=[])


def rw_06():
    d = local("2027-05-19 10:19:50")
    now = local("2027-05-19 10:20:00")
    seed = "rw_06"
    rows = [
        ("02/03/2023", "Police", "Mum found unconscious after an overdose; Tia (9) alone with her. Police protection (PPO) used; Tia placed with maternal aunt overnight.", "s47; ICPC 16/03/2023: CP plan (neglect)."),
        ("Sept 2023", "CP review", "Mum engaging with the drug and alcohol service; Tia home.", "CP plan continued."),
        ("11/06/2024", "RCPC", "Mum abstinent 10 months; home conditions good.", "CP plan ended; CIN plan."),
        ("2025", "CIN reviews", "Stable. Mum's mental health supported by her GP and community mental health team.", "CIN continued for school attendance."),
        ("12/04/2027", "C&F assessment", "Concluded: needs can be met by Early Help.", "Step-down recommended."),
    ]
    trs = "\n".join("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td>' % esc(c) for c in r) + "</tr>" for r in rows)
    inner = """<p class="MsoNormal">Hello Early Help Duty,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Step-down request for <b>Tia Mensah-Ward (DOB 14/06/2013)</b>, Mosaic 2256620. The case summary and the draft Early Help plan are attached. Mum and Tia both agreed to the step-down when I saw them on 14 May, and it has been agreed by my Team Manager, Rosa Lindqvist.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Current needs: continuing support for mum&#8217;s mental health (stable) and Tia&#8217;s school attendance (89%). There are no current child protection concerns. For the new worker, the history in brief:<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Date</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Source</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Event</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Outcome</b></td></tr>
""" + trs + """
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;ll agree a time for the case discussion with the Early Help duty manager this week.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Callum Idowu<br>Social Worker, Richmond Assessment and CIN Team | 020 7946 0726<o:p></o:p></p>"""
    summary = make_docx("Case summary - Tia Mensah-Ward", [
        ("p", "Mosaic 2256620. Tia Mensah-Ward, DOB 14/06/2013. Lives with mum, Abena Mensah."),
        ("p", "CP plan (neglect) March 2023 - June 2024; CIN since. C&F assessment completed 12/04/2027."),
        ("p", "Current needs: mum's mental health (stable, GP and CMHT); Tia's attendance 89%."),
    ], author="Callum Idowu")
    plan = make_docx("Draft Early Help plan - Tia Mensah-Ward", [
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Attendance support and mentoring", "School pastoral lead", "July 2027"],
                   ["Mum's wellbeing check-ins", "Early Help worker", "Fortnightly"]]),
    ], author="Callum Idowu")
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/html", outlook_html(inner=inner)),
                                                       attach("Case summary - T Mensah-Ward.docx", DOCX, summary),
                                                       attach("Draft EH plan - T Mensah-Ward.docx", DOCX, plan)])
    hs = outlook_headers(d, addr("Idowu, Callum", "Callum.Idowu@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "early_help_duty"), "Step down - Tia Mensah-Ward - Mosaic 2256620", seed,
                         extra=["X-MS-Has-Attach: yes"])
    add("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: an HTML chronology table that opens with 'unconscious after an overdose; Tia (9) alone' and 'Police protection', but every row is 2023-2025 and ends with the CP plan ended and a completed assessment; the text says 'no current child protection concerns' (DESIGN Safety rule 1: historic). Complete R&W step-down: case summary, draft plan, consent (000).",
        kind="step_down", urgent=False, next_action="book_meeting", case_ids=["2256620"],
        children=[("Tia Mensah-Ward", "2013-06-14")], concerns=["parental_mental_health", "school_attendance"],
        consent=True, manager_agreed=True, missing=[])


def rw_07():
    d = local("2027-05-20 15:09:02")
    now = local("2027-05-20 15:10:00")
    seed = "rw_07"
    text = """Dear MASH Step Up,

Step up request (pre-birth): Jade Wilkins, Mosaic 2320045.

Jade (22) is 14 weeks pregnant (EDD 28/10/2027). She has a history of heroin use and is on a methadone script; her older daughter Tayla Wilkins (DOB 03/02/2021) lives with her and is open to Early Help. Case summary attached.

Rationale for step up
A pre-birth assessment needs to start in good time, given Jade's drug-use history. There are no immediate concerns: Tayla is well cared for, Jade's drug tests have been clear since January, and the baby is not due until late October. Jade has consented to the referral and knows why we are making it.

I am the Early Help Team Manager and I agree this step up.

Helen Marsh-Kaur
Early Help Team Manager (Richmond North) | 020 7946 0183"""
    summary = make_docx("Case summary - Wilkins (pre-birth)", [
        ("p", "Mosaic 2320045. Jade Wilkins (22), pregnant, EDD 28/10/2027. Child: Tayla Wilkins, DOB 03/02/2021."),
        ("p", "Jade: heroin use 2022-2024, methadone script since 2024, clear tests since January 2027."),
        ("p", "Early Help since February 2027 (parenting and routines). No current safeguarding concerns for Tayla."),
    ], author="Helen Marsh-Kaur")
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/plain", text, cte="quoted-printable"),
                                                       attach("Case summary - Wilkins pre-birth.docx", DOCX, summary)])
    hs = outlook_headers(d, addr("Marsh-Kaur, Helen", "Helen.Marsh-Kaur@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "mash_step_up"), "Step up (pre-birth) - Jade Wilkins - unborn baby EDD 28/10/2027", seed,
                         extra=["X-MS-Has-Attach: yes"])
    add("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: unborn baby, heroin, methadone - but the baby is due in late October, drug tests are clear and the mail says 'no immediate concerns'; a pre-birth assessment in good time is not an act-today risk (DESIGN Safety rule 1). Complete R&W step-up (case summary attached, rationale under its heading). The unborn baby is unnamed, so only Tayla is a child; consent stated.",
        kind="step_up", urgent=False, next_action="book_meeting", case_ids=["2320045"],
        children=[("Tayla Wilkins", "2021-02-03")], concerns=["substance_misuse"],
        consent=True, manager_agreed=True, missing=[])


def rw_08():
    d = local("2027-05-25 12:29:44")
    now = local("2027-05-25 12:30:00")
    seed = "rw_08"
    text = """Hi Early Help Duty,

Step-down for Ana\u00efs Dubois-Kerr (DOB 30/11/2016), Mosaic 2277154.

Attached: the case summary (PDF) and the draft Early Help plan (Word). Dad (Laurent Dubois) has given his consent to the step-down; Ana\u00efs knows and is happy with it.

Why: dad's depression has been the main worry; he is now under the community mental health team and things are much more settled at home.

I've agreed the case discussion with Beth Ryder (EH duty manager) for Thursday 27 May 2027 at 11:00 on Teams.

Merci / thanks,
Z\u00e9lie Fontaine
Social Worker, Wandsworth Assessment Team | 020 7946 0845"""
    summary = make_pdf("Case summary - Ana\u00efs Dubois-Kerr (Mosaic 2277154)", [
        "Child: Ana\u00efs Dubois-Kerr, DOB 30/11/2016. Lives with father, Laurent Dubois.",
        "CIN since October 2026 because of father's depression. Now stable with CMHT support.",
    ])
    plan = make_docx("Draft Early Help plan - Ana\u00efs Dubois-Kerr", [
        ("table", [["What needs to happen", "Who", "When"],
                   ["Wellbeing check-in", "School family support worker", "Half-termly"],
                   ["Dad's CMHT appointments", "Dad", "Ongoing"]]),
    ], author="Z\u00e9lie Fontaine")
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/plain", text, cte="base64"),
                                                       attach("Case summary - Dubois-Kerr.pdf", PDF, summary),
                                                       attach("Draft EH plan - Dubois-Kerr.docx", DOCX, plan)])
    hs = outlook_headers(d, addr("Fontaine, Z\u00e9lie", "Zelie.Fontaine@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "early_help_duty"), "Step down - Ana\u00efs Dubois-Kerr - Mosaic 2277154", seed,
                         extra=["X-MS-Has-Attach: yes"])
    add("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", now, "ordinary", message(hs, root, crlf=True),
        "Ordinary complete R&W step-down with a base64 UTF-8 text body and RFC 2047 subject and From ('Ana\u00efs', 'Z\u00e9lie'): case summary PDF, draft plan docx, father's consent (000). The agreed case discussion time is recorded; no notice period applies.",
        kind="step_down", urgent=False, next_action="book_meeting", case_ids=["2277154"],
        children=[("Ana\u00efs Dubois-Kerr", "2016-11-30")], concerns=["parental_mental_health"],
        consent=True, manager_agreed=None, missing=[])


def rw_09():
    d = local("2027-05-13 08:02:11")
    now = local("2027-05-13 08:03:00")
    seed = "rw_09"
    text = """Thank you for your email. I am on annual leave until Monday 24 May 2027 with no access to email.

For step-up queries please contact the MASH business support team.
If you have an immediate child protection concern, please call the MASH on 020 7946 0100, or out of hours the Emergency Duty Team on 020 7946 0999.
If a child is in immediate danger, call 999.

Keziah Bloom
Early Help Manager"""
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    hs = outlook_headers(d, addr("Bloom, Keziah", "keziah.bloom@richmondandwandsworth.gov.uk"),
                         mb("richmond_wandsworth", "mash_step_up"),
                         "Automatic reply: Step-up case discussion [SB-richmond_wandsworth-93]", seed,
                         extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                "X-MS-Exchange-Inbox-Rules-Loop: keziah.bloom@richmondandwandsworth.gov.uk"])
    add("richmond_wandsworth_09.eml", "richmond_wandsworth", "mash_step_up", now, "ordinary", message(hs, alt, crlf=True),
        "Ordinary Exchange out-of-office ('Automatic reply:', Auto-Submitted: auto-replied) whose boilerplate mentions 'immediate child protection concern' and 999 but no child: auto_reply, ignore (DESIGN Safety rule 2 and rule 1's 'bulletins that list examples').",
        kind="auto_reply", urgent=False, next_action="ignore")


# ================================================================= TOWER HAMLETS

def th_01():
    d = local("2027-05-14 12:04:51")
    now = local("2027-05-14 12:05:00")
    seed = "th_01"
    newest = """Hi MAST,

Adding to the thread below because something new came in ten minutes ago.

Lily's mum has just forwarded me screenshots from Lily's Instagram. The "boy" she has been messaging (calls himself jayden_17 but the photos on the account look like a man in his thirties) has arranged to meet her TODAY after school at 4pm at Westfield Stratford by the John Lewis entrance, and told her to "come alone and bring the pics". He has already sent her sexual messages and asked her for photos of herself. Mum didn't know any of this until she looked at Lily's phone at lunch. Lily finishes at Bow Lock Academy at 3.10.

I've told mum to ring the police and I'm ringing you as well, but please can someone pick this up now.

Shahana

Shahana Miah
Early Help Practitioner | Early Help Hub (Bow & Mile End) | London Borough of Tower Hamlets
020 7946 0614 | 07700 900572"""
    thread = [
        ("Miah, Shahana <Shahana.Miah@towerhamlets.gov.uk>", "11 May 2027 09:40", "MAST <MAST@towerhamlets.gov.uk>",
         "RE: [SB-tower_hamlets-102] Step up - Lily Chen - MARF attached",
         "Thanks Nadim, I'll be there with the school DSL.\n\nShahana"),
        ("Rahman, Nadim <Nadim.Rahman@towerhamlets.gov.uk>", "11 May 2027 09:15", "Miah, Shahana <Shahana.Miah@towerhamlets.gov.uk>",
         "RE: [SB-tower_hamlets-102] Step up - Lily Chen - MARF attached",
         "Hi Shahana,\n\nThe MAST discussion for Lily is booked for Tuesday 18 May at 10:00 on Teams. Invite to follow.\n\nNadim Rahman\nMAST Manager"),
        ("Miah, Shahana <Shahana.Miah@towerhamlets.gov.uk>", "29 April 2027 11:02", "Teale, Lorna <Lorna.Teale@towerhamlets.gov.uk>",
         "RE: [SB-tower_hamlets-102] Step up - Lily Chen - MARF attached",
         "Hi Lorna,\n\nLily's DOB is 09/02/2014. School have also told me her attendance has dipped to 74% this half term.\n\nShahana"),
        ("Teale, Lorna <Lorna.Teale@towerhamlets.gov.uk>", "29 April 2027 10:30", "Miah, Shahana <Shahana.Miah@towerhamlets.gov.uk>",
         "RE: [SB-tower_hamlets-102] Step up - Lily Chen - MARF attached",
         "Hi Shahana,\n\nCould you confirm Lily's date of birth? It isn't on page 1 of the MARF.\n\nThanks\nLorna Teale\nMAST Business Support"),
        ("Miah, Shahana <Shahana.Miah@towerhamlets.gov.uk>", "28 April 2027 14:10", "MAST <MAST@towerhamlets.gov.uk>",
         "Step up - Lily Chen - MARF attached",
         "Dear MAST,\n\nPlease find attached a Multi-Agency Request for Support for Lily Chen (Year 8, Bow Lock Academy), Mosaic ID 1477302. "
         "Lily has been open to Early Help since October 2026. Her attendance is 79% and falling, and mum's depression has got worse since the winter - "
         "she has not been out of the flat for weeks. Mum has consented to the referral. "
         "My manager, Rukhsana Begum, has agreed the step-up.\n\nKind regards\nShahana"),
    ]
    parts = [newest]
    hparts = [outlook_html(newest).split('<div class="WordSection1">\n')[1].split("\n</div>\n</body>")[0]]
    for frm, sent, to, subj, body in thread:
        parts.append("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subj, body))
        hparts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s<o:p></o:p></p></div>\n<p class="MsoNormal">%s<o:p></o:p></p>'
                      % (esc(frm), sent, esc(to), esc(subj), "<br>\n".join(esc(x) for x in body.split("\n"))))
    plain = "\n".join(parts)
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", plain),
                                                             text_part("text/html", outlook_html(inner="\n".join(hparts)))])
    hs = outlook_headers(d, addr("Miah, Shahana", "Shahana.Miah@towerhamlets.gov.uk"), mb("tower_hamlets", "mash_step_up"),
                         "RE: [SB-tower_hamlets-102] Step up - Lily Chen - MARF attached", seed,
                         cc=addr("Rahman, Nadim", "Nadim.Rahman@towerhamlets.gov.uk"), extra=["X-MS-Has-Attach:"])
    add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", now, "urgent", message(hs, alt, crlf=True),
        "A reply on top of a five-message thread about attendance and mum's depression; only the newest part carries the risk: an adult posing as a teenager has arranged to meet a 13-year-old alone at 4pm today and has sent sexual messages (online grooming, meeting today) - DESIGN Safety rule 1; 001 'If there is an immediate child protection concern, contact MAST'. Follow-up to [SB-tower_hamlets-102]; DOB, Mosaic id, consent and manager agreement are in the quoted history.",
        kind="follow_up", urgent=True, next_action="alert_duty", case_ids=["1477302"],
        children=[("Lily Chen", "2014-02-09")],
        concerns=["exploitation", "parental_mental_health", "school_attendance", "sexual_harm"],
        consent=True, manager_agreed=True)


def th_02():
    d = local("2027-05-11 16:44:30")
    now = local("2027-05-11 16:45:00")
    seed = "th_02"
    text = """To the Early Help team,

My name is Amina Warsame. I am a freelance Somali interpreter (booking reference LL-44812). Today at 14:00 I interpreted for a health visitor at Limehouse Family Hub for the mother, Ms Faadumo Abdi.

After the health visitor left the room, the mother spoke to me in Somali and asked me not to tell anyone. She said that the girls' paternal grandmother is taking her daughters, Hodan Farah (7) and Ifrah Farah (5), to Hargeisa on Thursday morning, 13 May, "to be cleaned" before the summer, and that the tickets are already bought. The mother used the word "gudniin", which means cutting / circumcision. She said she does not want this to happen but she cannot stop her husband's family.

Interpreters must keep what they hear confidential, but my agency's training says that a risk of FGM to a child is an exception and must be reported. The health visitor had already gone and I do not have her number, so I am writing to this address from the Family Hub poster.

Please can someone contact me on 07700 900264.

Amina Warsame
Somali / Arabic interpreter"""
    alt = multipart("alternative", boundary(seed, "other"), [
        text_part("text/plain", text, charset="iso-8859-1"),
        text_part("text/html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;\">" + simple_html(text) + "</div></body></html>", charset="iso-8859-1")])
    hs = received_ext(d, "EUR05-AM6-obe.outbound.protection.outlook.com", "198.51.100.27")
    hs += ["From: Amina Warsame <amina.warsame.interpreting@outlook.com>", "To: " + mb("tower_hamlets", "early_help_duty")]
    hs += subject_lines("Concern after interpreting session today - two girls, travel on Thursday")
    hs += ["Date: " + rfc_date(d, utc=True),
           "Message-ID: <AM6PR0%s@AM6PR0%s.eurprd05.prod.outlook.com>" % (h(seed, 24, True), h(seed + "m", 6, True)),
           "Accept-Language: en-GB, en-US", "Content-Language: en-GB"]
    add("tower_hamlets_02.eml", "tower_hamlets", "early_help_duty", now, "urgent", message(hs, alt),
        "Told in the third person by an interpreter: two named girls (7 and 5) to be taken abroad on Thursday 'to be cleaned' ('gudniin' = cutting), tickets bought - FGM with planned travel in two days needs an FGM protection order now (DESIGN Safety rule 1; 001 'immediate child protection concern'). Not a request: kind other. FGM labelled physical_harm.",
        kind="other", urgent=True, next_action="alert_duty",
        children=[("Hodan Farah", None), ("Ifrah Farah", None)], concerns=["physical_harm"])


def th_03():
    d = local("2027-05-26 13:29:40")
    now = local("2027-05-26 13:30:00")
    seed = "th_03"
    text = """Hi MAST duty,

MARF attached for the Okafor children - Daniel Okafor (DOB 17/10/2018) and Grace Okafor (DOB 01/06/2020), Mosaic 1482291. Please treat this as a step-up from Early Help today. My manager, Leanne Doyle, has agreed it.

Mum (Blessing Okafor) is their only carer. She was arrested at Whitechapel Market at 11 this morning (theft and assaulting a security guard) and the custody sergeant at Bethnal Green says she will be kept overnight for interview. Nobody can collect Daniel and Grace from Globe Fields Primary at 3.15: dad lives in Nigeria, the only family friend on our file (Mrs Adeyemi) is in hospital, and mum has not given the police any other names. The children don't know yet. School can keep them until 4.30 at the latest.

We had been planning a step-up anyway because of the home conditions and mum's drinking - see the MARF.

Jamal Hussain
Early Help Practitioner | Early Help Hub (Whitechapel) | 020 7946 0377"""
    marf = make_pdf("Multi-Agency Request for Support (MARF) - Okafor", [
        "Children: Daniel Okafor (17/10/2018), Grace Okafor (01/06/2020). Mosaic 1482291.",
        "Parent/carer: Blessing Okafor (sole carer).",
        "Reason for request: poor home conditions (no food, unwashed clothes), mum's alcohol use, children often late to school.",
        "Manager agreement: Leanne Doyle, Early Help Team Manager, 26/05/2027.",
    ])
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("MARF - Okafor children.pdf", PDF, marf)])
    hs = outlook_headers(d, addr("Hussain, Jamal", "Jamal.Hussain@towerhamlets.gov.uk"), mb("tower_hamlets", "mash_step_up"),
                         "Okafor children - step up today - mum in custody, nobody to collect at 3.15", seed,
                         cc=addr("Doyle, Leanne", "Leanne.Doyle@towerhamlets.gov.uk"), extra=["X-MS-Has-Attach: yes"])
    add("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up", now, "urgent", message(hs, root, crlf=True),
        "Sole carer arrested and held overnight; a 6- and an 8-year-old have nobody to collect them at 3.15 and nowhere to sleep tonight - they need accommodating today (DESIGN Safety rule 1). Complete Tower Hamlets step-up: MARF attached, manager agreed (001).",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["1482291"],
        children=[("Daniel Okafor", "2018-10-17"), ("Grace Okafor", "2020-06-01")],
        concerns=["neglect", "substance_misuse"], consent=None, manager_agreed=True, missing=[])


def th_04():
    d = local("2027-05-20 15:47:55")
    now = local("2027-05-20 15:48:00")
    seed = "th_04"
    quoted = """Get Outlook for iOS

________________________________
From: Choudhury, Nasreen <Nasreen.Choudhury@towerhamlets.gov.uk>
Sent: Monday, May 17, 2027 11:20:31 AM
To: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-97] Step down Khan - Mosaic 1469930

Dear Early Help Hub,

Step-down request for Amir Khan (DOB 02/04/2019) and Zayn Khan (DOB 15/09/2025), Mosaic 1469930. The C&F assessment and the draft TAF plan are attached. Mum (Sadia Khan) has consented, and Halima Rahman, Family Support Worker at Cubitt Town Family Hub, has agreed to be Lead Practitioner.

The main worry has been dad's mental health (bipolar disorder). He moved out in January and sees the boys for supervised contact only; mum has coped well.

TAF meeting: Thursday 27 May at 10:00, Cubitt Town Family Hub.

Kind regards
Nasreen Choudhury
Social Worker, Isle of Dogs CIN Team"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature"><div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>'
            '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">' +
            "<br>\n".join(esc(x) for x in quoted.split("________________________________\n", 1)[1].split("\n")) + "</div></body></html>")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", "\n" + quoted, cte="base64"),
                                                             text_part("text/html", html, cte="base64")])
    hs = outlook_headers(d, addr("Choudhury, Nasreen", "Nasreen.Choudhury@towerhamlets.gov.uk"), mb("tower_hamlets", "early_help_duty"),
                         "RE: [SB-tower_hamlets-97] Step down Khan - PLS RING MUM NOW dad has taken baby Zayn from nursery + says he'll jump off Tower Bridge with him",
                         seed, thread_topic="[SB-tower_hamlets-97] Step down Khan - Mosaic 1469930", extra=["X-MS-Has-Attach:"])
    add("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", now, "urgent", message(hs, alt, crlf=True),
        "The risk is only in the Subject line of a reply sent from Outlook for iOS with an empty body above the quoted step-down: dad (bipolar, supervised contact only) has taken the 20-month-old from nursery and threatens to jump off Tower Bridge with him - a threat to the baby's life now (DESIGN Safety rule 1: every part of the message). Follow-up to [SB-tower_hamlets-97]; case, children, consent from the quoted request.",
        kind="follow_up", urgent=True, next_action="alert_duty", case_ids=["1469930"],
        children=[("Amir Khan", "2019-04-02"), ("Zayn Khan", "2025-09-15")],
        concerns=["parental_mental_health", "physical_harm"], consent=True, manager_agreed=None)


def th_05():
    d = local("2027-05-17 10:09:12")
    now = local("2027-05-17 10:10:00")
    seed = "th_05"
    text = """Hello,

I'm a housing officer with Eastside Homes Housing Association. I'm not sure this is the right inbox, so please forward it if not.

One of our tenants, Mr Dwayne Pryce (19), is a care leaver with a learning disability. Since about Easter his flat in Poplar has been taken over by drug dealers - it looks like cuckooing. Neighbours report people coming and going all night, he has a black eye, and he told me the men have his bank card and won't let him have his own key. He has not been seen at his flat for two nights.

No children live at or visit the flat. I understand that as he is 19 he is an adult, but his Personal Adviser from the leaving care service is off sick and I don't know who else to tell. Should this go to adult safeguarding or the police?

Regards,
Gary Blackwood
Housing Officer, Eastside Homes Housing Association
020 7946 0958"""
    root = text_part("text/plain", text, charset="us-ascii", cte="7bit")
    hs = received_ext(d, "mail.eastsidehomes.example.org.uk", "203.0.113.58")
    hs += ["From: Gary Blackwood <g.blackwood@eastsidehomes.example.org.uk>", "To: " + mb("tower_hamlets", "mash_step_up")]
    hs += subject_lines("Safeguarding concern - tenant being exploited (cuckooing)")
    hs += ["Date: " + rfc_date(d), "Message-ID: <%s.%s@eastsidehomes.example.org.uk>" % (h(seed, 12), h(seed + "x", 8)),
           "X-Mailer: Microsoft Outlook 16.0"]
    add("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", now, "near_miss", message(hs, root),
        "Near-miss about an adult: exploitation, cuckooing, missing for two nights, injury - but the person is 19 and the mail says no children live at or visit the flat; it is adult safeguarding, not a child-protection risk (DESIGN Safety rule 1). Misdirected enquiry: kind other, no children, no concerns about a child.",
        kind="other", urgent=False, next_action="human_review")


def th_06():
    d = local("2027-05-25 11:29:18")
    now = local("2027-05-25 11:30:00")
    seed = "th_06"
    text = """Dear MAST,

Please find attached the MARF for Safiya Hassan (DOB 12/12/2015) and Maryan Hassan (DOB 30/03/2019), Mosaic 1475518. Both parents have consented to the referral, and my manager, Rukhsana Begum, has agreed the step-up.

Reason for step-up: the girls' attendance (Safiya 76%, Maryan 81%) has not improved after two terms of Early Help, and mum's depression is getting worse; she is waiting for a psychiatry appointment.

FGM: the school nurse noted that mum told the midwife in her last pregnancy that she had FGM (type 3) as a child in Somalia. I have gone through the FGM risk assessment with both parents. Both are clear they are against FGM, there is no travel planned this year (the family's passports expired in 2024 and have not been renewed), and the girls have never been abroad. The assessment found no indicators of imminent risk; we will keep it under review in the plan. I am mentioning it so MAST has the full picture - it is not the reason for the step-up.

Kind regards,
Rokeya Begum
Early Help Practitioner | Early Help Hub (Stepney) | 020 7946 0233"""
    marf = make_docx("Multi-Agency Request for Support - Hassan", [
        ("table", [["Child", "DOB"], ["Safiya Hassan", "12/12/2015"], ["Maryan Hassan", "30/03/2019"]]),
        ("p", "Mosaic 1475518. Parents: Hamda Ali and Abdirahman Hassan."),
        ("p", "Reason: persistent absence; mother's depression. FGM risk assessment completed 20/05/2027: no indicators of imminent risk."),
        ("p", "Consent: both parents, 21/05/2027. Manager: Rukhsana Begum."),
    ], author="Rokeya Begum")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("MARF Hassan May 2027.docx", DOCX, marf)])
    hs = outlook_headers(d, addr("Begum, Rokeya", "Rokeya.Begum@towerhamlets.gov.uk"), mb("tower_hamlets", "mash_step_up"),
                         "Step up - Hassan sisters - Mosaic 1475518 - MARF attached", seed, extra=["X-MS-Has-Attach: yes"])
    add("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: FGM vocabulary (mother's own FGM, 'FGM risk assessment') but both parents oppose it, no travel is possible (passports expired), and the assessment found no indicators of imminent risk; nothing to act on today (DESIGN Safety rule 1). Complete Tower Hamlets step-up: MARF, manager agreed, parents' consent (001).",
        kind="step_up", urgent=False, next_action="book_meeting", case_ids=["1475518"],
        children=[("Safiya Hassan", "2015-12-12"), ("Maryan Hassan", "2019-03-30")],
        concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=True, missing=[])


def th_07():
    d = local("2027-05-12 10:44:10")
    now = local("2027-05-12 10:45:00")
    seed = "th_07"
    text = """Dear Early Help Hub,

Step-down for Ellie Harrington (DOB 23/07/2012), Mosaic 1459012. Attached: the Child and Family Assessment (completed 7 May) and the draft TAF plan. Ellie and her mum have both consented. Lead Practitioner: Ms Dina Kaur, Head of Year 9, Cable Street Academy, who has agreed to take the role.

Background for the Lead Practitioner: in January Ellie was groomed online by an adult man she met on Snapchat, who persuaded her to send images and arranged to meet her. Police intercepted him at the meeting point; he was charged and is remanded in HMP Thameside until his trial in October. Ellie's devices were examined and returned with new settings, she has had no contact from him or anyone linked to him since, and she has completed the online safety sessions with the police schools officer. There are no current online safety concerns.

What remains: Ellie's attendance (88%) and some low mood, which school and the school nurse will support.

TAF meeting: Wednesday 26 May 2027 at 10:00, Stepney Family Hub.

Olu Bankole
Social Worker, Stepney CIN Team | 020 7946 0790"""
    cfa = make_pdf("Child and Family Assessment - Ellie Harrington (Mosaic 1459012)", [
        "Assessment completed 07/05/2027.",
        "January 2027: online grooming by an adult male; police investigation; offender remanded in custody. No contact since.",
        "Current needs: school attendance (88%), low mood. Recommendation: step down to a TAF with a Lead Practitioner.",
    ])
    plan = make_docx("Draft TAF plan - Ellie Harrington", [
        ("table", [["Need", "Action", "Who"], ["Attendance", "Weekly mentoring", "Cable Street Academy"],
                   ["Wellbeing", "School nurse sessions", "School nurse"]]),
    ], author="Olu Bankole")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("C&F Assessment - E Harrington.pdf", PDF, cfa),
                                                       attach("Draft TAF plan - E Harrington.docx", DOCX, plan)])
    hs = outlook_headers(d, addr("Bankole, Olu", "Olu.Bankole@towerhamlets.gov.uk"), mb("tower_hamlets", "early_help_duty"),
                         "Step down - Ellie Harrington - Mosaic 1459012", seed, extra=["X-MS-Has-Attach: yes"])
    add("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss, resolved: online grooming, sending images, a meeting arranged - all in January; the offender is remanded in custody, there has been no contact since and 'no current online safety concerns' (DESIGN Safety rule 1). Complete Tower Hamlets step-down: C&F assessment, draft TAF plan, consent, named Lead Practitioner with agency (001). Resolved grooming left out of current concerns.",
        kind="step_down", urgent=False, next_action="book_meeting", case_ids=["1459012"],
        children=[("Ellie Harrington", "2012-07-23")], concerns=["school_attendance"],
        consent=True, manager_agreed=None, missing=[])


def th_08():
    d = local("2027-05-06 14:29:37")
    now = local("2027-05-06 14:30:00")
    seed = "th_08"
    text = """Hello again,

Please disregard my email from this morning. After I wrote to you, our school nurse looked at the mark on Rayan's arm with me: it came off completely with a wet wipe - it was blue felt-tip pen. Rayan then told us his little brother drew a "tattoo" on him at breakfast, and mum confirmed this when she came in at lunchtime (she even brought the pen). There is no injury and we have no concerns.

Sorry for the worry, and thank you.

Kate

Kate Ollerenshaw
Deputy Headteacher & Designated Safeguarding Lead
Limehouse Basin Primary School | 020 7946 0071

On Thu, 6 May 2027 at 09:12, Kate Ollerenshaw <k.ollerenshaw@limehousebasin.sch.uk> wrote:
> Good morning,
>
> Rayan Ahmed (Year 2, DOB 08/01/2020) came into class with what looks like a
> large dark bruise on his upper arm. When his teacher asked what happened he
> shrugged and said "I don't know". Could someone ring me back today to talk it
> through? I'm not sure whether this needs a MARF.
>
> Kate Ollerenshaw
> DSL, Limehouse Basin Primary School"""
    html = ('<div dir="ltr">' + "<br>\n".join(esc(x) for x in text.split("\nOn Thu, 6 May")[0].split("\n")) +
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 6 May 2027 at 09:12, Kate Ollerenshaw &lt;<a href="mailto:k.ollerenshaw@limehousebasin.sch.uk">k.ollerenshaw@limehousebasin.sch.uk</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
            "<br>\n".join(esc(x[2:]) for x in text.split("wrote:\n", 1)[1].split("\n")) + "</blockquote></div></div>\n")
    alt = multipart("alternative", boundary(seed, "gmail"), [text_part("text/plain", text, charset="UTF-8"),
                                                             text_part("text/html", html, charset="UTF-8")])
    hs = ["Received: by mail-wm1-f52.google.com with SMTP id " + h(seed, 12) + "; " + rfc_date(d),
          "From: Kate Ollerenshaw <k.ollerenshaw@limehousebasin.sch.uk>", "To: " + mb("tower_hamlets", "mash_step_up")]
    hs += subject_lines("Re: [SB-tower_hamlets-99] Rayan Ahmed - mark on arm - PLEASE DISREGARD")
    hs += ["Date: " + rfc_date(d), "Message-ID: <CAG%s@mail.gmail.com>" % h(seed, 40),
           "In-Reply-To: <CAG%s@mail.gmail.com>" % h(seed + "orig", 40),
           "References: <CAG%s@mail.gmail.com>" % h(seed + "orig", 40)]
    add("tower_hamlets_08.eml", "tower_hamlets", "mash_step_up", now, "near_miss", message(hs, alt),
        "Near-miss, negated in a new way: the quoted morning mail describes 'a large dark bruise' on a 7-year-old, but the newest part says it washed off with a wet wipe - felt-tip pen drawn by his brother, confirmed by mum; 'no injury ... no concerns' (DESIGN Safety rule 1). Google Workspace reply to [SB-tower_hamlets-99]: follow_up. The mark is explained, so no concern.",
        kind="follow_up", urgent=False, next_action="attach_to_request", children=[("Rayan Ahmed", "2020-01-08")])


def th_09():
    d = local("2027-05-24 09:19:21")
    now = local("2027-05-24 09:20:00")
    seed = "th_09"
    inner = """<p class="MsoNormal">Good morning Early Help Hub,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Step-down request below. C&amp;F assessment and draft TAF plan attached.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Child</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">Tahmid Uddin-Ali</td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>DOB</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">19/05/2017</td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Mosaic ID</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">1486604</td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Needs</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">Autism (EHCP in place); attendance 83%</td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Consent</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">Yes &#8211; mum consented 20/05/2027</td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>Lead Practitioner</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">Not yet identified &#8211; school have declined; can the Early Help co-ordinator help?</td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><b>TAF meeting</b></td><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">To be arranged once a Lead Practitioner is found</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Ruth Penhaligon<br>Social Worker, Bethnal Green CIN Team | 020 7946 0851<o:p></o:p></p>"""
    cfa = make_pdf("Child and Family Assessment - Tahmid Uddin-Ali", [
        "Mosaic 1486604. Tahmid Uddin-Ali, DOB 19/05/2017. Autism; EHCP in place. Attendance 83%.",
        "Outcome: needs can be met through a TAF plan.",
    ])
    plan = make_docx("Draft TAF plan - Tahmid Uddin-Ali", [
        ("table", [["Need", "Action"], ["Attendance", "Morning routine support"], ["SEND", "EHCP review in June"]]),
    ], author="Ruth Penhaligon")
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/html", outlook_html(inner=inner)),
                                                       attach("CFA Uddin-Ali.pdf", PDF, cfa),
                                                       attach("Draft TAF plan Uddin-Ali.docx", DOCX, plan)])
    hs = outlook_headers(d, addr("Penhaligon, Ruth", "Ruth.Penhaligon@towerhamlets.gov.uk"), mb("tower_hamlets", "early_help_duty"),
                         "Step down request - Uddin-Ali - 1486604", seed, extra=["X-MS-Has-Attach: yes"])
    add("tower_hamlets_09.eml", "tower_hamlets", "early_help_duty", now, "ordinary", message(hs, root, crlf=True),
        "Ordinary HTML-only step-down laid out as an HTML table: C&F assessment, draft TAF plan and consent present, but no Lead Practitioner ('not yet identified'), so lead_practitioner is missing (001 'a lead professional identified').",
        kind="step_down", urgent=False, next_action="request_info", case_ids=["1486604"],
        children=[("Tahmid Uddin-Ali", "2017-05-19")], concerns=["disability_send", "school_attendance"],
        consent=True, manager_agreed=None, missing=["lead_practitioner"])


# ================================================================= TORBAY

def to_01():
    d = local("2027-05-22 22:41:09")
    now = local("2027-05-22 22:42:00")
    seed = "to_01"
    text = """To whoever is on duty tonight,

I am Jade Parnell's foster carer. Jade is 14 (DOB 02/11/2012) and is looked after by Torbay; her social worker is Sam Fry but he is not working this weekend.

Jade was due home at 9pm and has not come back. At about 8.30pm my husband saw her get into a black Audi on Babbacombe Road with a man she calls "Deano". We know him as Dean Carthew, he is 24, and the police told us in April that he is known for giving girls drugs and taking them to parties in Plymouth. Jade's phone went straight to voicemail at 9.15 and her Snap Map last showed her in Newton Abbot.

I rang the police at 9.20pm (log 1144 of 22/05) and the out of hours number, but it just rings. She has no money and no coat.

Please can someone call me on 01632 960447 or 07700 900736.

Bev Tozer
Foster carer"""
    alt = multipart("alternative", boundary(seed, "other"), [
        text_part("text/plain", text, charset="iso-8859-1"),
        text_part("text/html", "<html><body><div style=\"font-family:Arial;font-size:13px\">" + simple_html(text) + "</div></body></html>", charset="iso-8859-1")])
    hs = received_ext(d, "mail.btinternet.example.com", "198.51.100.90")
    hs += ["From: Bev Tozer <bev.tozer58@btinternet.example.com>", "To: " + mb("torbay", "mash_step_up")]
    hs += subject_lines("Jade Parnell (14) missing from foster home tonight - with adult male")
    hs += ["Date: " + rfc_date(d), "Message-ID: <%s.%s@btinternet.example.com>" % (h(seed, 20), h(seed + "m", 6)),
           "X-Mailer: BT Email"]
    add("torbay_01.eml", "torbay", "mash_step_up", now, "urgent", message(hs, alt),
        "A foster carer writes at 22:41 on a Saturday: a looked-after 14-year-old missing tonight, last seen getting into a car with a named 24-year-old known to police for giving girls drugs - missing from care with an exploiting adult (DESIGN Safety rule 1; out of hours, so the EDT). Police already told; the rule still asks stepbot to alert. Kind other.",
        kind="other", urgent=True, next_action="alert_duty", children=[("Jade Parnell", "2012-11-02")],
        concerns=["exploitation", "missing"])


def to_02():
    d = local("2027-05-27 17:04:30")
    now = local("2027-05-27 17:05:00")
    seed = "to_02"
    text = """Dear MASH,

Contact to MASH / step up request - Sweeney family, EHM-741266.

Children: Lexi Sweeney (DOB 13/08/2019) and Finn Sweeney (DOB 21/01/2023).

Mum (Nicole Sweeney) rang me at 16:40 from a neighbour's phone. Dad (Ricky Sweeney) has been drinking since lunchtime and has smashed her phone. He told her that once the kids are in bed tonight he will "finish what he started" - in March he strangled her until she nearly passed out (she did not report it then). She is too frightened to go back in for the children and can't leave without them. Lexi and Finn are in the house with him now.

Mum gave consent on the phone for me to contact MASH. My assistant team manager, Jo Penrose, has agreed the step-up. I have asked mum to ring 999 from the neighbour's.

Kerenza Hocking
Lead Practitioner, Early Help (Torquay) | Torbay Council
01632 960185"""
    inner_html = ('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in text.split("\n")) + '<o:p></o:p></p>\n'
                  '<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" id="Picture_x0020_1" '
                  'src="cid:image001.png@01DB' + h(seed, 6, True) + '" alt="Torbay Council"><o:p></o:p></p>')
    png = make_png()
    related = multipart("related", boundary(seed + "rel"), [
        text_part("text/html", outlook_html(inner=inner_html)),
        attach("image001.png", "image/png", png, inline_cid="image001.png@01DB" + h(seed, 6, True))], extra_ct=' type="text/html";')
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text), related])
    hs = outlook_headers(d, addr("Hocking, Kerenza", "Kerenza.Hocking@torbay.gov.uk"), mb("torbay", "mash_step_up"),
                         "Contact to MASH - Sweeney - step up - TONIGHT", seed, extra=["X-MS-Has-Attach:"])
    add("torbay_02.eml", "torbay", "mash_step_up", now, "urgent", message(hs, alt, crlf=True),
        "Domestic abuse with the children present this evening: a drunk father with a history of non-fatal strangulation says he will 'finish what he started' once the children (7 and 4) are in bed, and they are in the house with him now; sent at 17:05, after office hours (DESIGN Safety rule 1). Outlook multipart/related with an inline logo. Complete Torbay step-up: consent and ATM agreement stated (002).",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["EHM-741266"],
        children=[("Lexi Sweeney", "2019-08-13"), ("Finn Sweeney", "2023-01-21")],
        concerns=["domestic_abuse", "substance_misuse"], consent=True, manager_agreed=True, missing=[])


def to_03():
    d = local("2027-05-17 08:12:40")
    now = local("2027-05-17 08:13:00")
    seed = "to_03"
    transcript = ("Hiya, um, it's Lacey, Lacey Brimble, I'm 12, you gave us this number at the school assembly thing. "
                  "Um, my mum's boyfriend Kev hit me with his belt last night and I've got marks all on my back and he said "
                  "if I tell anyone he'll do it to my little brother too. I'm at the bus stop by the Willows, I don't want to "
                  "go home after school, mum's at work till late. Please can someone ring me back on this number, it's my friend's phone.")
    html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table style="font-family:'Segoe UI',sans-serif;font-size:14px" width="100%"><tr><td>
<p style="font-size:20px">You received a voicemail from <b>07700 900512</b></p>
<p>Duration: 0:52 &nbsp;|&nbsp; Received: Monday 17 May 2027 08:11</p>
<p><b>Transcription preview</b></p>
<p style="background:#f3f2f1;padding:12px">""" + esc(transcript) + """</p>
<p style="color:#605e5c;font-size:12px">Transcription accuracy may vary. Listen to the attached audio to hear the full message.<br>
This voicemail was left for the Early Help Torbay line (01632 960100) and delivered to earlyhelp@torbay.gov.uk.</p>
</td></tr></table></body></html>""")
    mp3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(4000)
    root = multipart("mixed", boundary(seed + "mix"), [text_part("text/html", html),
                                                       attach("Voicemail from 07700900512.mp3", "audio/mpeg", mp3, outlook=False)])
    hs = received_outlook(d, seed)
    hs += ["From: Cloud Voicemail <cloudvoicemail@torbay.gov.uk>", "To: " + mb("torbay", "early_help_duty")]
    hs += subject_lines("Voicemail from 07700 900512 (52 seconds)")
    hs += ["Date: " + rfc_date(d, utc=True), "Message-ID: " + outlook_msgid(seed),
           "X-MS-Exchange-Organization-SCL: -1", "X-MS-Has-Attach: yes", "Content-Language: en-GB"]
    add("torbay_03.eml", "torbay", "early_help_duty", now, "urgent", message(hs, root, crlf=True),
        "A Teams/cloud voicemail notification whose HTML transcription carries a 12-year-old's own call at 08:11: hit with a belt last night, marks on her back, threatened, doesn't want to go home after school (DESIGN Safety rule 1: mail that looks automatic is read too; before office hours). No Auto-Submitted header and not a reply, so kind other; the little brother is unnamed.",
        kind="other", urgent=True, next_action="alert_duty", children=[("Lacey Brimble", None)], concerns=["physical_harm"])


def to_04():
    d = local("2027-05-18 10:04:50")
    now = local("2027-05-18 10:05:00")
    seed = "to_04"
    text = """Morning EH duty,

Attached is mum's signed consent for the step-down of Oscar Tremlett (DOB 05/05/2018) and Daisy Tremlett (DOB 19/10/2022), LCS-2251873. Liz Harvey (ATM) has signed off the step-down plan - her management note is on page 4 of the attached Single Assessment.

PS in case anyone hears about it from school: there was a bit of drama at the weekend. Bailey went missing on Saturday night after the back gate was left open - the family were out searching until 2am - and he was found on Sunday morning shut in a neighbour's shed, a bit bruised and limping, but the vet says nothing is broken and he's back on his lead and eating. The children were very upset but they're fine. (Bailey is their springer spaniel, 3 years old and now with a new microchip tag!)

Morwenna

Morwenna Pascoe
Social Worker, Safeguarding and Supporting Families Team | Torbay Council | 01632 960372"""
    consent = make_pdf("Consent to step down to Early Help - Tremlett", [
        "I agree to the step-down of Oscar and Daisy Tremlett to Early Help and to information being shared.",
        "Signed: Hayley Tremlett (mother). Date: 14/05/2027.",
    ])
    sa = make_docx("Single Assessment summary - Tremlett (LCS-2251873)", [
        ("p", "Children: Oscar Tremlett (05/05/2018), Daisy Tremlett (19/10/2022)."),
        ("p", "Outcome: needs can be met at Early Help level 3 with a lead practitioner."),
        ("h", "Management note"),
        ("p", "Step-down agreed. Liz Harvey, Assistant Team Manager, 17/05/2027."),
    ], author="Morwenna Pascoe")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("Signed consent - Tremlett.pdf", PDF, consent),
                                                       attach("Single Assessment - Tremlett.docx", DOCX, sa)])
    hs = outlook_headers(d, addr("Pascoe, Morwenna", "Morwenna.Pascoe@torbay.gov.uk"), mb("torbay", "early_help_duty"),
                         "RE: [SB-torbay-74] Step down - Tremlett - signed consent + ATM sign-off", seed, extra=["X-MS-Has-Attach: yes"])
    add("torbay_04.eml", "torbay", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss about a pet: 'went missing on Saturday night', 'found ... shut in a neighbour's shed', 'bruised and limping', 'the vet' - Bailey is the family's dog; the children are fine (DESIGN Safety rule 1). Follow-up to [SB-torbay-74] adding signed consent and the ATM's sign-off.",
        kind="follow_up", urgent=False, next_action="attach_to_request", case_ids=["LCS-2251873"],
        children=[("Oscar Tremlett", "2018-05-05"), ("Daisy Tremlett", "2022-10-19")], concerns=[],
        consent=True, manager_agreed=True)


def to_05():
    d = local("2027-05-19 12:39:33")
    now = local("2027-05-19 12:40:00")
    seed = "to_05"
    text = """Hi MASH,

Step up request - Coombes family - EHM-738902.

Children: Poppy Coombes (DOB 07/03/2016) and Max Coombes (DOB 11/09/2019).

What happened today: dad (Lee Coombes) was arrested at 6am when police executed a drugs warrant at his flat in Ellacombe. Poppy and Max were there; police rang their mum, Sarah Hext, who shares their care and lives in Paignton. She collected them at 6.45, took them to school, and they will live with her for now. Police tell me dad won't be released today and there will be bail conditions. Sarah is a protective parent and the school have no worries about her care.

I spoke to the MASH consultant (Gemma Soper) at 11:00, who agreed that no immediate action is needed today and asked me to send in the step-up for a threshold discussion about the longer-term neglect at dad's (home conditions, cannabis and cocaine use).

Sarah has consented to this step-up and my ATM, Pete Luxton, agrees.

Tamsin Rowe
Family Intervention Worker, Early Help | Torbay Council | 07700 900468

Sent from Outlook for Android"""
    root = text_part("text/plain", text, cte="base64")
    hs = outlook_headers(d, addr("Rowe, Tamsin", "Tamsin.Rowe@torbay.gov.uk"), mb("torbay", "mash_step_up"),
                         "Step up request - Coombes family - EHM-738902", seed, extra=["X-MS-Has-Attach:"])
    add("torbay_05.eml", "torbay", "mash_step_up", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: a parent arrested in a drugs raid with the children present, but the other parent (a protective carer) collected them within the hour and they will live with her; the MASH consultant already agreed no immediate action today (DESIGN Safety rule 1: a handled risk). Complete Torbay step-up: consent and ATM agreement (002).",
        kind="step_up", urgent=False, next_action="book_meeting", case_ids=["EHM-738902"],
        children=[("Poppy Coombes", "2016-03-07"), ("Max Coombes", "2019-09-11")],
        concerns=["neglect", "substance_misuse"], consent=True, manager_agreed=True, missing=[])


def to_06():
    d = local("2027-05-23 09:14:12")
    now = local("2027-05-23 09:15:00")
    seed = "to_06"
    text = """shes back!! got in at 10 past 1 this morning, Deano dropped her at the end of the road. police came at 2 + did the safe + well chk and took her statement, no injuries she says, she was at a house in Newton Abbot + had a bit to drink. police arrested Deano at 3am (PC Lang rang me). Sam (her sw) knows + theres a strat meeting booked for mon 9am with police. shes fast asleep now + im staying home with her all day.

thx for ringing me back last nite x

Bev

Sent from my iPhone

> On 22 May 2027, at 22:41, Bev Tozer <bev.tozer58@btinternet.example.com> wrote:
>
> To whoever is on duty tonight,
>
> I am Jade Parnell's foster carer. Jade is 14 (DOB 02/11/2012) and is looked after by Torbay.
> Jade was due home at 9pm and has not come back. At about 8.30pm my husband saw her get into a black Audi
> on Babbacombe Road with a man she calls "Deano". We know him as Dean Carthew, he is 24, and the police
> told us in April that he is known for giving girls drugs and taking them to parties in Plymouth."""
    root = text_part("text/plain", text, charset="utf-8", cte="quoted-printable")
    hs = received_ext(d, "mail.btinternet.example.com", "198.51.100.90")
    hs += ["From: Bev Tozer <bev.tozer58@btinternet.example.com>", "To: " + mb("torbay", "mash_step_up")]
    hs += subject_lines("Re: [SB-torbay-80] Jade Parnell (14) missing from foster home tonight - with adult male")
    hs += ["Date: " + rfc_date(d), "Message-ID: <%s@btinternet.example.com>" % (h(seed, 8, True) + "-" + h(seed + "b", 4, True) + "-" + h(seed + "c", 12, True)),
           "In-Reply-To: <sb-torbay-80-ack@stepbot.torbay.gov.uk>", "X-Mailer: iPhone Mail (21F90)"]
    add("torbay_06.eml", "torbay", "mash_step_up", now, "near_miss", message(hs, root),
        "Near-miss in text-speak: the quoted history is last night's missing-with-an-adult report, but the newest part says Jade came home, police did a safe-and-well check, the adult was arrested, her social worker knows and a strategy meeting is booked for Monday; she is at home with her carer (DESIGN Safety rule 1: a risk already handled). Reply to [SB-torbay-80]: follow_up. Exploitation and missing stay as current concerns.",
        kind="follow_up", urgent=False, next_action="attach_to_request", children=[("Jade Parnell", "2012-11-02")],
        concerns=["exploitation", "missing"])


def to_07():
    d = local("2027-05-13 16:19:10")
    now = local("2027-05-13 16:20:00")
    seed = "to_07"
    text = """Hi Early Help,

Sorry for the URGENT - I start paternity leave on Monday and I need this to go to Tuesday's triage (18th) so it isn't left sitting.

Step-down to Early Help, Level 3: Harry Pengilly (DOB 22/12/2014) and Rosie Pengilly (DOB 09/06/2023), LCS-2246619.

History: the CP plan ended at the RCPC on 14/04/2027. It had been in place since the s47 in January 2026 after the non-accidental injury to Harry's arm; dad left the family home in January 2026, is subject to a restraining order and has had no contact since. The children have been on a CIN plan since the RCPC with no incidents.

Current needs: mum's anxiety and Harry's school attendance (87%).

The updated Single Assessment is attached. My ATM, Claire Nankivell, has agreed the step-down, and mum has given consent.

Jago Trewin
Social Worker, Safeguarding and Supporting Families Team | Torbay Council | 01632 960258"""
    sa = make_docx("Single Assessment (updated) - Pengilly (LCS-2246619)", [
        ("p", "Children: Harry Pengilly (22/12/2014), Rosie Pengilly (09/06/2023)."),
        ("p", "CP plan ended 14/04/2027. CIN since with no incidents."),
        ("p", "Analysis: needs can be met at Early Help level 3. Mum's anxiety; Harry's attendance."),
        ("p", "ATM agreement: Claire Nankivell, 12/05/2027."),
    ], author="Jago Trewin")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("Single Assessment Pengilly May 2027.docx", DOCX, sa)])
    hs = outlook_headers(d, addr("Trewin, Jago", "Jago.Trewin@torbay.gov.uk"), mb("torbay", "early_help_duty"),
                         "URGENT - needs Tuesday triage slot - step down Pengilly - LCS-2246619", seed,
                         extra=["Importance: high", "X-Priority: 1", "X-MS-Has-Attach: yes"])
    add("torbay_07.eml", "torbay", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: 'URGENT' and 'non-accidental injury', 's47', 'CP plan' - but the urgency is the worker's leave and a triage deadline, and the injury is from January 2026 with the CP plan ended and no contact since (DESIGN Safety rule 1). Complete Torbay step-down at level 3: Single Assessment, ATM agreement, consent (002); Rosie is under 5, so the under-5s triage.",
        kind="step_down", urgent=False, next_action="book_meeting", level=3, case_ids=["LCS-2246619"],
        children=[("Harry Pengilly", "2014-12-22"), ("Rosie Pengilly", "2023-06-09")],
        concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=True, missing=[])


def to_08():
    d = local("2027-05-14 08:29:58")
    now = local("2027-05-14 08:30:00")
    seed = "to_08"
    ics = ics_fold("""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20270518T083000Z
DTEND:20270518T090000Z
DTSTAMP:20270514T072958Z
ORGANIZER;CN=Early Help Torbay:mailto:earlyhelp@torbay.gov.uk
UID:sb-torbay-71-triage@stepbot.torbay.gov.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Tegan Luscombe;X-NUM-GUESTS=0:mailto:t.luscombe@oldwaylane.sch.example.uk
COMMENT:Sorry - Year 6 SATs week. Kerra Libby (our family support worker) will come instead.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Torbay Early Help triage - Hannaford [SB-torbay-71]
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")
    body = ("Tegan Luscombe has declined this invitation with a note:\n\"Sorry - Year 6 SATs week. Kerra Libby (our family support worker) will come instead.\"\n\n"
            "Torbay Early Help triage - Hannaford [SB-torbay-71]\nTuesday 18 May 2027 09:30 - 10:00 (British Summer Time)\n\n"
            "Invitation from Google Calendar\n")
    alt = multipart("alternative", boundary(seed, "gmail"), [
        text_part("text/plain", body, charset="UTF-8", cte="7bit"),
        text_part("text/html", simple_html(body), charset="UTF-8"),
        {"headers": ['Content-Type: text/calendar; charset="UTF-8"; method=REPLY', "Content-Transfer-Encoding: 7bit"], "body": ics.replace("\r\n", "\n")}])
    root = multipart("mixed", boundary(seed + "m", "gmail"), [alt,
        {"headers": ['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                     "Content-Transfer-Encoding: base64"], "body": b64(ics)}])
    hs = ["Received: by mail-yb1-f201.google.com with SMTP id " + h(seed, 12) + "; " + rfc_date(d),
          "From: Tegan Luscombe <t.luscombe@oldwaylane.sch.example.uk>", "To: " + mb("torbay", "early_help_duty")]
    hs += subject_lines("Declined: Torbay Early Help triage - Hannaford [SB-torbay-71] @ Tue 18 May 2027 09:30 - 10:00 (BST) (earlyhelp@torbay.gov.uk)")
    hs += ["Date: " + rfc_date(d), "Message-ID: <calendar-%s@google.com>" % (h(seed, 8) + "-" + h(seed + "1", 4) + "-" + h(seed + "2", 12)),
           "Reply-To: Tegan Luscombe <t.luscombe@oldwaylane.sch.example.uk>", "Sender: Google Calendar <calendar-notification@google.com>"]
    add("torbay_08.eml", "torbay", "early_help_duty", now, "ordinary", message(hs, root),
        "Ordinary Google Calendar iTIP REPLY (METHOD:REPLY, PARTSTAT=DECLINED, invite.ics attached) from a school DSL with a harmless comment: meeting_reply, record_reply.",
        kind="meeting_reply", urgent=False, next_action="record_reply")


def to_09():
    d = local("2027-05-25 10:59:31")
    now = local("2027-05-25 11:00:00")
    seed = "to_09"
    text = """Hi MASH

Step up for Tyler Widdicombe DOB 17/04/2013 EHM-744310.

Attendance is down to 62% and mum hasn't engaged with any of the plan since Feb - 4 missed appointments, doesn't answer the door. My ATM (Pete Luxton) has agreed the step up.

I haven't asked mum about consent yet - I'm going to ask her at Thursday's visit if she's in.

Thanks
Sophie

Sophie Yeo
Family Intervention Worker, Early Help | Torbay Council

Sent from my iPhone"""
    root = text_part("text/plain", text, charset="us-ascii", cte="7bit")
    hs = received_ext(d, "mail-iphone.torbay.example.net", "192.0.2.77")
    hs += ["From: Sophie Yeo <Sophie.Yeo@torbay.gov.uk>", "To: " + mb("torbay", "mash_step_up")]
    hs += subject_lines("Step up - Tyler Widdicombe")
    hs += ["Date: " + rfc_date(d), "Message-ID: <%s@torbay.gov.uk>" % (h(seed, 8, True) + "-" + h(seed + "b", 4, True) + "-" + h(seed + "c", 12, True)),
           "X-Mailer: iPhone Mail (21F90)"]
    add("torbay_09.eml", "torbay", "mash_step_up", now, "ordinary", message(hs, root),
        "Ordinary terse iPhone step-up: ATM agreement given, but consent is 'going to ask her at Thursday's visit' - still to be asked, so consent null and missing (002 'consent before triage'; DESIGN consent rule).",
        kind="step_up", urgent=False, next_action="request_info", case_ids=["EHM-744310"],
        children=[("Tyler Widdicombe", "2013-04-17")], concerns=["non_engagement", "school_attendance"],
        consent=None, manager_agreed=True, missing=["consent"])


# ================================================================= HEREFORDSHIRE

NHS_DISCLAIMER = ("\n\n********************************************************************************************************************\n"
                  "This message may contain confidential information. If you are not the intended recipient please inform the sender "
                  "that you have received the message in error before deleting it. Please do not disclose, copy or distribute information "
                  "in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful.")


def he_01():
    d = local("2027-05-12 14:09:44")
    now = local("2027-05-12 14:10:00")
    seed = "he_01"
    text = """Telephone referral not possible (MASH line busy x2), so I am emailing and will keep trying.

Young person: Ella-Rose Price, DOB 30/09/2011, Year 10, Kingstone Brook High School.
Parent: Kelly Price (mother), works until 18:00.

Seen by the school nurse (RB) at the lunchtime drop-in, 13:15 today. Ella-Rose disclosed that she has been cutting her thighs every day this week; fresh cuts seen and dressed. She said she has "saved up" about 30 of her mum's co-codamol tablets, which are in her bedroom, and that she plans to take them "tonight when everyone's asleep" because "nobody would even notice". She has written a note. She declined consent for me to contact her mother.

Ella-Rose leaves school on the 15:20 bus.

CAMHS crisis team informed at 13:50 - awaiting call back. Please advise what will happen before she goes home.

Rachel Bevan
School Nurse (SCPHN), 0-19 Public Health Nursing Service
Marches Community Health NHS Trust | 01632 960592""" + NHS_DISCLAIMER
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    hs = received_ext(d, "EUR02-VI1-obe.outbound.protection.outlook.com", "192.0.2.201")
    hs += outlook_headers(d, addr("BEVAN, Rachel (MARCHES COMMUNITY HEALTH NHS TRUST)", "rachel.bevan12@nhs.net"),
                          mb("herefordshire", "mash_step_up"), "Safeguarding - YP Ella-Rose Price - intends to overdose tonight", seed,
                          extra=["X-MS-Has-Attach:"])
    add("herefordshire_01.eml", "herefordshire", "mash_step_up", now, "urgent", message(hs, alt, crlf=True),
        "Third-person clinical note by a school nurse: a 15-year-old self-harming daily, with about 30 tablets stored at home and a plan and a note to take them 'tonight', going home at 15:20 - a young person talking of suicide tonight needs action before she leaves school (DESIGN Safety rule 1). Kind other. Self-harm and suicide fit none of the contract's concern categories, so concerns [].",
        kind="other", urgent=True, next_action="alert_duty", children=[("Ella-Rose Price", "2011-09-30")], concerns=[])


def he_02():
    d = local("2027-05-21 16:34:20")
    now = local("2027-05-21 16:35:00")
    seed = "he_02"
    text = """Hello MASH,

I would like to step up Chloe Vaughan's unborn baby to social care, Mosaic 618804 (Chloe's record).

Chloe (19) is 39+4 weeks pregnant. She rang me at 4pm to say she has been having contractions since lunchtime and that she is "not going to the hospital" because "they'll take the baby off me". She plans to give birth at home with only her partner, Jake Lloyd, there. Jake was convicted in 2024 of GBH on a previous partner and is on licence. Chloe told me she used heroin on Wednesday. There is no pre-birth plan, no birth plan and no discharge plan, and she has not seen the community midwife for three weeks.

My manager, Sian Powell, agrees this needs to step up today.

Owain Jenkins
Family Support Worker, Early Help (Leominster) | Herefordshire Council | 07700 900381"""
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    hs = outlook_headers(d, addr("Jenkins, Owain", "Owain.Jenkins@herefordshire.gov.uk"), mb("herefordshire", "mash_step_up"),
                         "Step up - unborn baby Vaughan - mum in labour?", seed, extra=["X-MS-Has-Attach:"])
    add("herefordshire_02.eml", "herefordshire", "mash_step_up", now, "urgent", message(hs, alt, crlf=True),
        "Risk to an unborn baby due imminently: mother at 39+4 weeks in early labour, refusing hospital, heroin use this week, a partner on licence for GBH on a previous partner, and no pre-birth plan - the baby may be born tonight with no protection plan (DESIGN Safety rule 1; sent 16:35 on a Friday). A step-up, which Herefordshire's protocol does not define (missing [] and notice null), but urgent gives alert_duty. The unborn baby is unnamed, so no children.",
        kind="step_up", urgent=True, next_action="alert_duty", case_ids=["618804"], children=[],
        concerns=["domestic_abuse", "substance_misuse"], consent=None, manager_agreed=True, missing=[])


def he_03():
    d = local("2027-05-25 09:49:15")
    now = local("2027-05-25 09:50:00")
    seed = "he_03"
    contacts = [
        ("Name", "Role", "Phone", "Notes"),
        ("Rhian Probert", "Mother", "07700 900654", "Consented to step-down 20/05. Depression - GP reviewing meds."),
        ("Gareth Probert", "Father (does not live at home)", "-", "Released from HMP Hewell this morning (25/05, 09:00). Schedule 1 offender (sexual offences against a child, 2019). MAPPA level 2. Licence: no contact with under-18s. Told his probation officer on release he is \"going home to see my kids tonight whatever anyone says\". Mum not yet told of his release."),
        ("Lowri Davies", "Key person: Family Support Worker, Ridgeway Primary", "01632 960731", "Agreed to lead the step-down."),
        ("Tom Hughes", "Probation Officer, Hereford", "01632 960644", "MAPPA contact."),
        ("Dr A. Mir", "GP, Bromyard Road Surgery", "01632 960611", "Mum's GP."),
    ]
    trs = "\n".join("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0 5.4pt;vertical-align:top"><p class="MsoNormal">%s</p></td>' % (("<b>%s</b>" % esc(c)) if i == 0 else esc(c)) for c in r) + "</tr>" for i, r in enumerate(contacts))
    intro = """Hi Early Help co-ordinators,

Step-down (Level 3 / Intensive) for the Probert siblings, following our drop-in chat last Tuesday:
- Nia Probert, DOB 14/04/2015, Mosaic 620114
- Cai Probert, DOB 02/08/2018, Mosaic 620115

Attached: the EHA step-down plan and mum's signed consent form. The key person is Lowri Davies (see the contacts table).

Needs: mum's depression; Nia's attendance (85%).

Family and professional contacts (updated this morning):"""
    plain_table = "\n".join(" | ".join(r) for r in contacts)
    outro = """

I don't think anything here changes the step-down, but I've updated the contacts so the key person has them.

Thanks,
Megan Pritchard
Social Worker, Hereford City Child in Need Team | Herefordshire Council | 01632 960488"""
    plain = intro + "\n\n" + plain_table + outro
    inner = (outlook_html(intro).split('<div class="WordSection1">\n')[1].split("\n</div>\n</body>")[0] +
             '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n' + trs + "\n</table>\n" +
             outlook_html(outro.strip()).split('<div class="WordSection1">\n')[1].split("\n</div>\n</body>")[0])
    plan = make_docx("Early Help Assessment step-down plan - Probert", [
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Attendance support", "Ridgeway Primary", "Nia above 90%", "July 2027"],
                   ["Mum's wellbeing", "GP / Talking Therapies", "Mum reports feeling better", "3 months"]]),
        ("p", "Key person: Lowri Davies, Family Support Worker, Ridgeway Primary."),
    ], author="Megan Pritchard")
    consent = make_pdf("Consent form - Early Help step-down - Probert", [
        "I consent to the step-down of Nia and Cai Probert to Early Help and to information being shared with the key person.",
        "Signed: Rhian Probert. Date: 20/05/2027.",
    ])
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", plain),
                                                             text_part("text/html", outlook_html(inner=inner))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("EHA step-down plan - Probert.docx", DOCX, plan),
                                                       attach("Signed consent - Probert.pdf", PDF, consent)])
    hs = outlook_headers(d, addr("Pritchard, Megan", "Megan.Pritchard@herefordshire.gov.uk"), mb("herefordshire", "early_help_duty"),
                         "Step down - Probert siblings - Mosaic 620114 / 620115", seed, extra=["X-MS-Has-Attach: yes"])
    add("herefordshire_03.eml", "herefordshire", "early_help_duty", now, "urgent", message(hs, root, crlf=True),
        "The risk is inside one cell of an HTML contacts table in an otherwise routine step-down, and the sender does not flag it: the children's father, a Schedule 1 sex offender released this morning with a no-contact licence condition, has said he is going to the family home 'tonight whatever anyone says', and mum has not been told (DESIGN Safety rule 1: when unsure, alert). Complete Herefordshire step-down otherwise (plan, signed consent form, key person with agency; 003); level 3 stated.",
        kind="step_down", urgent=True, next_action="alert_duty", level=3, case_ids=["620114", "620115"],
        children=[("Nia Probert", "2015-04-14"), ("Cai Probert", "2018-08-02")],
        concerns=["parental_mental_health", "school_attendance", "sexual_harm"], consent=True, manager_agreed=None, missing=[])


def he_04():
    d = local("2027-05-10 15:29:05")
    now = local("2027-05-10 15:30:00")
    seed = "he_04"
    text = """Dear colleagues,

I'm running the DSL refresher for the Golden Valley Learning Trust schools on 9 June and I've written three practice scenarios (attached). They are fictional - the children are "Child A", "Child B" and "Child C" - but I'd like them to be realistic about what the Herefordshire MASH would actually do.

Could someone on the team sense-check them, especially Scenario 3 (the 14-year-old missing tonight with an older man)? I'm not sure whether I've got the out-of-hours part right.

No rush - any time before the end of the month is fine.

Many thanks,
Hannah Gwilliam
Trust Safeguarding Lead, Golden Valley Learning Trust
01632 960805
"""
    scen = make_docx("DSL refresher June 2027 - practice scenarios (FICTIONAL)", [
        ("p", "All names and details below are invented for training. None of these children exist."),
        ("h", "Scenario 1"),
        ("p", "Child A (6) arrives at school with a bruise to the cheek and says 'Daddy was cross'. What do you do first?"),
        ("h", "Scenario 2"),
        ("p", "It is 3.05pm on a Friday. Child B (Year 5) tells her teaching assistant that her stepdad 'hurts her private parts' and that he is collecting her at 3.15. What should the DSL do in the next ten minutes?"),
        ("h", "Scenario 3"),
        ("p", "At 9pm a foster carer rings the school's out-of-hours number: Child C (14) is missing tonight and was seen getting into a car with a 24-year-old man. Who do you contact, and in what order?"),
        ("h", "Discussion"),
        ("p", "For each scenario: is there an immediate risk of significant harm? Who do you ring (MASH, police on 999, the Emergency Duty Team)?"),
    ], author="Hannah Gwilliam")
    root = multipart("mixed", boundary(seed, "other"), [text_part("text/plain", text, charset="UTF-8", cte="7bit", flowed=True),
                                                        attach("DSL refresher scenarios June 2027.docx", DOCX, scen, outlook=False)])
    hs = received_ext(d, "smtp.goldenvalleytrust.example.org.uk", "203.0.113.14")
    hs += ["From: Hannah Gwilliam <h.gwilliam@goldenvalleytrust.example.org.uk>", "To: " + mb("herefordshire", "early_help_duty")]
    hs += subject_lines("Training scenarios for DSL refresher - could MASH sense-check?")
    hs += ["Date: " + rfc_date(d), "Message-ID: <%s@goldenvalleytrust.example.org.uk>" % (h(seed, 8) + "-" + h(seed + "b", 4) + "-" + h(seed + "c", 12)),
           "User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"]
    add("herefordshire_04.eml", "herefordshire", "early_help_duty", now, "near_miss", message(hs, root),
        "Near-miss, training scenario: a Thunderbird mail (format=flowed) with a .docx of fictional scenarios ('stepdad hurts her private parts ... collecting her at 3.15', '14-year-old missing tonight with a 24-year-old') about 'Child A/B/C'; the mail says they are invented and asks for review by the end of the month (DESIGN Safety rule 1: examples, no real child). Kind other; no children.",
        kind="other", urgent=False, next_action="human_review")


def he_05():
    d = local("2027-05-13 11:04:22")
    now = local("2027-05-13 11:05:00")
    seed = "he_05"
    text = """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Maisie Bufton (DOB 03/12/2010), Mosaic 616392. Level 3.

Key person: Carys Bowen, Youth Worker, Hereford Youth Hub (Maisie chose her; Carys has agreed).

For the key person: Maisie self-harmed (superficial cuts to her arms) in March. The CAMHS crisis team assessed her again on 6 May: no current suicidal ideation, no self-harm for seven weeks, a safety plan is in place with mum, and she has weekly CAMHS sessions until July. She is doing well.

Remaining needs: Maisie is a young carer for her brother, who has cerebral palsy, and needs regular respite.

Thanks,
Gethin Watkins-Lloyd
Social Worker, Hereford CIN Team | Herefordshire Council | 01632 960327"""
    plan = make_docx("EHA step-down plan - Maisie Bufton", [
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Young carers respite", "Herefordshire Young Carers", "Two evenings a month", "June 2027"],
                   ["Emotional wellbeing", "CAMHS (until July), then Hereford Youth Hub", "Maisie feels supported", "July 2027"]]),
        ("p", "Key person: Carys Bowen, Youth Worker, Hereford Youth Hub."),
    ], author="Gethin Watkins-Lloyd")
    consent = make_pdf("Consent to step-down - Maisie Bufton", ["Signed: Donna Bufton (mother) and Maisie Bufton. Date: 11/05/2027."])
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("EHA step down plan - M Bufton.docx", DOCX, plan),
                                                       attach("Consent - M Bufton.pdf", PDF, consent)])
    hs = outlook_headers(d, addr("Watkins-Lloyd, Gethin", "Gethin.Watkins-Lloyd@herefordshire.gov.uk"), mb("herefordshire", "early_help_duty"),
                         "Step down - Maisie Bufton - Mosaic 616392", seed, extra=["X-MS-Has-Attach: yes"])
    add("herefordshire_05.eml", "herefordshire", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: self-harm and 'suicidal ideation' appear, but the self-harm was in March, CAMHS crisis found 'no current suicidal ideation' on 6 May, and a safety plan and weekly sessions are in place (DESIGN Safety rule 1: negated and historic). Complete Herefordshire step-down: plan, signed consent form, key person with agency (003); level 3 stated.",
        kind="step_down", urgent=False, next_action="book_meeting", level=3, case_ids=["616392"],
        children=[("Maisie Bufton", "2010-12-03")], concerns=["young_carer"], consent=True, manager_agreed=None, missing=[])


def he_06():
    d = local("2027-05-26 10:39:40")
    now = local("2027-05-26 10:40:00")
    seed = "he_06"
    text = """Hi Early Help Co-ordinators,

Step-down for Kian Jones-Powell (DOB 19/08/2013), Mosaic 617744. I'm forwarding the thread below so the key person has the history; the step-down plan and the signed consent form are attached. Key person: Dylan Morris, Youth Worker, Leominster Youth Project.

It's now three months since Kian's last missing episode, Lee Mapp has moved to Bristol and has had no contact, the exploitation assessment was re-scored as low on 18 May, and the CIN plan ended at the review yesterday. What's left is Kian's attendance (82%) and his friendship group, which the plan covers.

Thanks,
Ffion Haddock
Social Worker, North Herefordshire CIN Team | 01632 960512

-----Original Message-----
From: Haddock, Ffion <Ffion.Haddock@herefordshire.gov.uk>
Sent: 03 March 2027 16:20
To: CIN North Team
Subject: RE: Kian J-P missing tonight - update

Strategy meeting today: Child Abduction Warning Notice served on Lee Mapp (28). Kian on a safety plan; no further missing episodes since 15 Feb.

-----Original Message-----
From: Emergency Duty Team <edt@herefordshire.gov.uk>
Sent: 15 February 2027 07:31
To: Haddock, Ffion <Ffion.Haddock@herefordshire.gov.uk>
Subject: RE: Kian J-P missing tonight - update

Kian was found by police at 02:00 at Lee Mapp's flat in Hereford and brought home. Safe and well check done, no injuries. Return home interview to be arranged.

-----Original Message-----
From: Emergency Duty Team <edt@herefordshire.gov.uk>
Sent: 14 February 2027 22:10
To: Haddock, Ffion <Ffion.Haddock@herefordshire.gov.uk>
Subject: Kian J-P missing tonight

FYI - Kian Jones-Powell (13) reported missing tonight by mum. Last seen 18:30 at Hereford bus station getting into a car with Lee Mapp (28), who is believed to be supplying him with cannabis. Police searching. EDT aware and monitoring."""
    plan = make_docx("EHA step-down plan - Kian Jones-Powell", [
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Attendance", "Leominster High School", "Above 90%", "July 2027"],
                   ["Positive activities and peer group", "Leominster Youth Project", "Weekly sessions", "Ongoing"]]),
    ], author="Ffion Haddock")
    consent = make_pdf("Consent form - step-down - Kian Jones-Powell", ["Signed: Lisa Jones (mother). Date: 24/05/2027."])
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text),
                                                             text_part("text/html", outlook_html(text))])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("Step down plan - Kian J-P.docx", DOCX, plan),
                                                       attach("Consent - Kian J-P.pdf", PDF, consent)])
    hs = outlook_headers(d, addr("Haddock, Ffion", "Ffion.Haddock@herefordshire.gov.uk"), mb("herefordshire", "early_help_duty"),
                         "FW: Kian J-P missing tonight - update - STEP DOWN", seed, extra=["X-MS-Has-Attach: yes"])
    add("herefordshire_06.eml", "herefordshire", "early_help_duty", now, "near_miss", message(hs, root, crlf=True),
        "Near-miss: a forwarded thread whose oldest message is 'missing tonight ... getting into a car with Lee Mapp (28)', but it is from February, the next messages say he was found and a warning notice served, and the newest part says three months without a missing episode, the adult moved away and exploitation re-scored low (DESIGN Safety rule 1: historic, resolved). Complete Herefordshire step-down: plan, signed consent form, key person with agency (003); no level stated.",
        kind="step_down", urgent=False, next_action="book_meeting", case_ids=["617744"],
        children=[("Kian Jones-Powell", "2013-08-19")], concerns=["school_attendance"], consent=True, manager_agreed=None, missing=[])


def he_07():
    d = local("2027-05-24 08:49:30")
    now = local("2027-05-24 08:50:00")
    seed = "he_07"
    comment = ("Sorry - I'm on duty tomorrow and will be at a CP medical and a s47 strategy meeting for another family "
               "(a new NAI query that came in on Friday) for most of the morning. Could we do Tuesday 1 June instead?")
    ics = ics_fold("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTIMEZONE + """
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED;CN=Watkins-Lloyd, Gethin:mailto:Gethin.Watkins-Lloyd@herefordshire.gov.uk
COMMENT;LANGUAGE=en-GB:""" + comment + """
SUMMARY;LANGUAGE=en-GB:Declined: Step-down drop-in [SB-herefordshire-40]
DTSTART;TZID=GMT Standard Time:20270525T100000
DTEND;TZID=GMT Standard Time:20270525T103000
UID:sb-herefordshire-40-dropin@stepbot.herefordshire.gov.uk
ORGANIZER;CN=Early Help Co-ordinators:mailto:earlyhelpcoordinators@herefordshire.gov.uk
DTSTAMP:20270524T074930Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR""")
    alt = multipart("alternative", boundary(seed + "alt"), [
        text_part("text/plain", comment + "\n"),
        text_part("text/html", outlook_html(comment)),
        {"headers": ['Content-Type: text/calendar; charset="utf-8"; method=REPLY', "Content-Transfer-Encoding: base64"], "body": b64(ics)}])
    hs = outlook_headers(d, addr("Watkins-Lloyd, Gethin", "Gethin.Watkins-Lloyd@herefordshire.gov.uk"), mb("herefordshire", "early_help_duty"),
                         "Declined: Step-down drop-in [SB-herefordshire-40]", seed, extra=["X-MS-Has-Attach:"])
    add("herefordshire_07.eml", "herefordshire", "early_help_duty", now, "near_miss", message(hs, alt, crlf=True),
        "Near-miss in a meeting reply: the declined iTIP COMMENT mentions a 'CP medical', 's47 strategy meeting' and 'a new NAI query', but about another family, already being handled through a strategy meeting, with no child named or risk described (DESIGN Safety rule 1). meeting_reply, record_reply.",
        kind="meeting_reply", urgent=False, next_action="record_reply")


def he_08():
    d = local("2027-05-18 13:14:50")
    now = local("2027-05-18 13:15:00")
    seed = "he_08"
    text = """Hi both,

Step-down request for the Meredith children (one request for the sibling group), Mosaic 619025:
- Alys Meredith, DOB 21/07/2012
- Rhodri Meredith, DOB 09/01/2015
- Gwen Meredith, DOB 28/11/2020

Mum's signed consent form is attached. Key person: Sioned Pugh, Family Support Worker, Kington Family Centre, who has agreed to take the lead.

Needs: home conditions have improved a lot but need support to stay that way; mum's anxiety.

I'm coming to the Tuesday drop-in next week to talk the plan through, so the EHA step-down plan will follow after that.

Diolch,
Elin Prosser
Social Worker, West Herefordshire CIN Team
01632 960149
"""
    consent = make_pdf("Consent form - Meredith children", [
        "I consent to Alys, Rhodri and Gwen Meredith being stepped down to Early Help and to information sharing.",
        "Signed: Catrin Meredith. Date: 14/05/2027.",
    ])
    root = multipart("mixed", boundary(seed, "apple"), [
        text_part("text/plain", text, charset="us-ascii", cte="7bit"),
        attach("Consent form Meredith.pdf", PDF, consent, outlook=False)])
    hs = received_ext(d, "mail.herefordshire.gov.uk", "192.0.2.150")
    hs += ["From: Elin Prosser <Elin.Prosser@herefordshire.gov.uk>", "To: " + mb("herefordshire", "early_help_duty")]
    hs += subject_lines("Step down - Meredith siblings - Mosaic 619025")
    hs += ["Date: " + rfc_date(d), "Message-Id: <%s@herefordshire.gov.uk>" % (h(seed, 8, True) + "-" + h(seed + "b", 4, True) + "-" + h(seed + "c", 12, True)),
           "X-Mailer: Apple Mail (2.3774.600.62)"]
    add("herefordshire_08.eml", "herefordshire", "early_help_duty", now, "ordinary", message(hs, root),
        "Ordinary Apple Mail sibling-group step-down: signed consent form and a key person with agency, but the EHA step-down plan 'will follow' after the drop-in, so draft_plan is missing (003 'complete an Early Help Assessment step-down plan').",
        kind="step_down", urgent=False, next_action="request_info", case_ids=["619025"],
        children=[("Alys Meredith", "2012-07-21"), ("Rhodri Meredith", "2015-01-09"), ("Gwen Meredith", "2020-11-28")],
        concerns=["neglect", "parental_mental_health"], consent=True, manager_agreed=None, missing=["draft_plan"])


def he_09():
    d = local("2027-05-28 11:59:02")
    now = local("2027-05-28 12:00:00")
    seed = "he_09"
    text = """Hi,

As promised, here is the EHA step-down plan for Alys, Rhodri and Gwen Meredith (Mosaic 619025), after the drop-in on Tuesday.

Elin

Get Outlook for Android"""
    plan = make_docx("EHA step-down plan - Meredith children", [
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Home routines", "Kington Family Centre", "Home stays safe and clean", "3 months"],
                   ["Mum's anxiety", "GP / Talking Therapies", "Mum feels able to cope", "3 months"]]),
        ("p", "Key person: Sioned Pugh, Family Support Worker, Kington Family Centre."),
    ], author="Elin Prosser")
    alt = multipart("alternative", boundary(seed + "alt"), [text_part("text/plain", text, cte="base64"),
                                                             text_part("text/html", outlook_html(text), cte="base64")])
    root = multipart("mixed", boundary(seed + "mix"), [alt, attach("EHA step-down plan - Meredith.docx", DOCX, plan)])
    hs = outlook_headers(d, addr("Prosser, Elin", "Elin.Prosser@herefordshire.gov.uk"), mb("herefordshire", "early_help_duty"),
                         "Re: [SB-herefordshire-44] Step down - Meredith siblings - Mosaic 619025", seed, extra=["X-MS-Has-Attach: yes"])
    add("herefordshire_09.eml", "herefordshire", "early_help_duty", now, "ordinary", message(hs, root, crlf=True),
        "Ordinary follow-up from Outlook for Android (base64 bodies) to [SB-herefordshire-44] supplying the missing step-down plan: follow_up, attach_to_request. The children are named once, sharing one surname.",
        kind="follow_up", urgent=False, next_action="attach_to_request", case_ids=["619025"],
        children=[("Alys Meredith", None), ("Rhodri Meredith", None), ("Gwen Meredith", None)])


# ================================================================= main

BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08, knowsley_09,
            rw_01, rw_02, rw_03, rw_04, rw_05, rw_06, rw_07, rw_08, rw_09,
            th_01, th_02, th_03, th_04, th_05, th_06, th_07, th_08, th_09,
            to_01, to_02, to_03, to_04, to_05, to_06, to_07, to_08, to_09,
            he_01, he_02, he_03, he_04, he_05, he_06, he_07, he_08, he_09]


def all_text(msg):
    """Every readable text in a parsed message: headers we care about, text parts, .docx and .pdf attachments."""
    import docx as _docx
    from pypdf import PdfReader
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            doc = _docx.Document(io.BytesIO(payload))
            out += [p.text for p in doc.paragraphs]
            for t in doc.tables:
                for row in t.rows:
                    out += [c.text for c in row.cells]
        elif ct == PDF:
            out += [p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages]
    text = "\n".join(out)
    text = re.sub(r"<[^>]+>", " ", text)
    import html as _html
    return _html.unescape(text)


def validate(path, label):
    from email import policy
    from email.parser import BytesParser
    with open(path, "rb") as f:
        raw = f.read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for hname in ("Message-ID", "Date", "From", "To", "Subject"):
        assert msg[hname], (path, hname)
    assert not msg.defects, (path, msg.defects)
    for part in msg.walk():
        assert not part.defects, (path, part.get_content_type(), part.defects)
    text = all_text(msg)
    flat = re.sub(r"\s+", " ", text)
    for cid in label["expect"]["case_ids"]:
        assert cid in flat, (path, cid)
    for ch in label["expect"]["children"]:
        first = ch["name"].split(" ")[0]
        assert first in flat, (path, ch["name"])
    mailbox_addr = MAILBOXES[label["authority"]][label["mailbox"]][1]
    assert mailbox_addr.lower() in str(msg["To"]).lower(), path


def main():
    for b in BUILDERS:
        b()
    files = [m["file"] for m in MAILS]
    assert len(files) == len(set(files)) == 45
    for a in MAILBOXES:
        assert sum(1 for m in MAILS if m["authority"] == a) == 9, a
    labels = []
    for m in MAILS:
        path = os.path.join(HERE, m["file"])
        with open(path, "wb") as f:
            f.write(m["_data"])
        lab = {k: m[k] for k in ("file", "authority", "mailbox", "now", "expect", "why")}
        validate(path, lab)
        labels.append(lab)
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    counts = {}
    for m in MAILS:
        counts.setdefault(m["authority"], {"urgent": 0, "near_miss": 0, "ordinary": 0})[m["_category"]] += 1
    tot = {"urgent": 0, "near_miss": 0, "ordinary": 0}
    for a, c in counts.items():
        print("%-20s urgent %d  near-miss %d  ordinary %d" % (a, c["urgent"], c["near_miss"], c["ordinary"]))
        for k in tot:
            tot[k] += c[k]
    print("total               urgent %d  near-miss %d  ordinary %d" % (tot["urgent"], tot["near_miss"], tot["ordinary"]))
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as f:
        json.dump({m["file"]: m["_category"] for m in sorted(MAILS, key=lambda x: x["file"])}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
