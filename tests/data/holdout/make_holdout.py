"""Regenerate the held-out parser corpus (``*.eml`` + ``labels.json``) in this folder.

Run with the project venv (python-docx and pypdf are needed for the attachments)::

    .venv/bin/python tests/data/holdout/make_holdout.py

Everything is fictional: people, addresses, phone numbers (Ofcom drama ranges 0151 496 0xxx,
0117 496 0xxx, 020 7946 0xxx, 07700 900xxx) and case numbers. Dates, Message-IDs, MIME
boundaries and zip timestamps are fixed so the output is deterministic (the one exception is the
encrypted PDF, whose /ID pypdf draws at random; its content is irrelevant because it is refused).

The emails were written without looking at the parser, to measure how it generalises. Each
label follows the project's DESIGN.md ("The stepbot parse contract") and REQUIREMENTS.md.
"""
from __future__ import annotations

import io
import json
import zipfile
from email import encoders, policy
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).parent
POLICY = policy.SMTP  # CRLF line ends, RFC-compliant folding

# --------------------------------------------------------------------------- attachments


def _fixed_zip(blob: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)
    return out.getvalue()


def docx(title: str, paras: list[str] = (), table: list[tuple[str, str]] | None = None,
         after: list[str] = ()) -> bytes:
    """A real Word document: a heading, paragraphs, an optional 2-column field table."""
    import datetime as _dt

    from docx import Document

    d = Document()
    d.core_properties.author = "Practitioner"
    d.core_properties.created = _dt.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.last_modified_by = "Practitioner"
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in table:
            row = t.add_row().cells
            row[0].text = k
            row[1].text = v
    for p in after:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[str]) -> bytes:
    """A minimal but valid one-page PDF with extractable Helvetica text (hand-written xref)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        ops.append(f"({_pdf_escape(ln.encode('latin-1', 'replace').decode('latin-1'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def encrypted_pdf(lines: list[str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf(lines))).pages:
        w.add_page(page)
    w.encrypt(user_password="Family2026!", owner_password="Owner2026!", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def zip_of(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 14, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def docm(title: str, paras: list[str]) -> bytes:
    """A .docx body repackaged with the macro-enabled content type and a vbaProject part."""
    src = zipfile.ZipFile(io.BytesIO(docx(title, paras)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
                data = data.replace(b"</Types>", b'<Default Extension="bin" ContentType='
                                    b'"application/vnd.ms-office.vbaProject"/></Types>')
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        zi = zipfile.ZipInfo("word/vbaProject.bin", date_time=(2026, 11, 2, 9, 0, 0))
        z.writestr(zi, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    return out.getvalue()


def exe_stub() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + \
        b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64


MIME_OF = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "docm": ("application", "vnd.ms-word.document.macroEnabled.12"),
    "pdf": ("application", "pdf"),
    "zip": ("application", "x-zip-compressed"),
    "exe": ("application", "octet-stream"),
}

# --------------------------------------------------------------------------- message builders

OUTLOOK_DISCLAIMER = ("This email and any attachments are confidential and intended solely for the "
                      "addressee. If you have received it in error please notify the sender and "
                      "delete it. The council may monitor email traffic.")


def _html_from_text(text: str, outlook: bool = True) -> str:
    import html
    paras = []
    for ln in text.split("\n"):
        esc = html.escape(ln) if ln.strip() else "&nbsp;"
        if outlook:
            paras.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
        else:
            paras.append(f"<div>{esc}</div>" if ln.strip() else "<div><br></div>")
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Aptos\","
                "sans-serif;} --></style>\n</head>\n<body lang=\"EN-GB\" link=\"#467886\">\n"
                '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")
    return '<div dir="ltr">' + "\n".join(paras) + "</div>\n"


class Mail:
    """One message: headers, a body (plain / html / both) and attachments."""

    def __init__(self, name: str, *, frm: tuple[str, str], to: list[tuple[str, str]],
                 subject: str, date: str, msgid: str, style: str = "outlook",
                 cc: list[tuple[str, str]] = (), extra_headers: list[tuple[str, str]] = (),
                 body: str = "", html: str | None = None, cte: str = "quoted-printable",
                 attachments: list[tuple[str, bytes]] = ()):
        self.name, self.frm, self.to, self.cc = name, frm, to, cc
        self.subject, self.date, self.msgid, self.style = subject, date, msgid, style
        self.extra_headers, self.body, self.html, self.cte = extra_headers, body, html, cte
        self.attachments = attachments

    def _text_part(self, text: str, subtype: str) -> MIMEText:
        part = MIMEText("", subtype, "utf-8")
        del part["Content-Transfer-Encoding"]
        part.set_payload(text, charset=None)
        if self.cte == "base64":
            part.set_payload(text.encode("utf-8"))
            encoders.encode_base64(part)
        elif self.cte == "quoted-printable":
            import quopri
            part.set_payload(quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8"))
                             .decode("ascii"))
            part["Content-Transfer-Encoding"] = "quoted-printable"
        else:
            part.set_payload(text.encode("utf-8").decode("utf-8"))
            part["Content-Transfer-Encoding"] = "8bit" if not text.isascii() else "7bit"
        return part

    def body_part(self):
        text = self.body
        if self.style == "outlook":
            alt = MIMEMultipart("alternative")
            alt.attach(self._text_part(text, "plain"))
            alt.attach(self._text_part(self.html or _html_from_text(text), "html"))
            return alt
        if self.style == "gmail":
            alt = MIMEMultipart("alternative")
            alt.attach(self._text_part(text, "plain"))
            alt.attach(self._text_part(self.html or _html_from_text(text, outlook=False), "html"))
            return alt
        if self.style == "html_only":
            return self._text_part(self.html, "html")
        return self._text_part(text, "plain")  # plain / iphone

    def build(self):
        body = self.body_part()
        if self.attachments:
            msg = MIMEMultipart("mixed")
            msg.attach(body)
            for fname, data in self.attachments:
                ext = fname.rsplit(".", 1)[-1].lower()
                maintype, subtype = MIME_OF[ext]
                if maintype == "application":
                    att = MIMEApplication(data, subtype)
                else:  # pragma: no cover
                    att = MIMEBase(maintype, subtype)
                    att.set_payload(data)
                    encoders.encode_base64(att)
                att.add_header("Content-Disposition", "attachment", filename=fname)
                att.set_param("name", fname)
                msg.attach(att)
        else:
            msg = body
        return self._headers(msg)

    def _headers(self, msg):
        hdrs = []
        if self.style == "outlook":
            hdrs.append(("Received", "from LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM "
                         "([fe80::3c1d:77a2]) by LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM "
                         f"with mapi id 15.20.8722.021; {self.date}"))
        hdrs += [("From", formataddr(self.frm)), ("To", ", ".join(formataddr(a) for a in self.to))]
        if self.cc:
            hdrs.append(("Cc", ", ".join(formataddr(a) for a in self.cc)))
        hdrs += [("Subject", self.subject), ("Date", self.date), ("Message-ID", self.msgid)]
        if self.style == "outlook":
            hdrs += [("Thread-Topic", self.subject.split(": ", 1)[-1]),
                     ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                     ("X-MS-Has-Attach", "yes" if self.attachments else "")]
        elif self.style == "iphone":
            hdrs.append(("X-Mailer", "iPhone Mail (22C161)"))
        hdrs += list(self.extra_headers)
        # rebuild the header block in a natural order: ours first, then MIME headers
        existing = [(k, v) for k, v in msg.items()]
        for k in set(k for k, _ in existing):
            del msg[k]
        for k, v in hdrs:
            msg[k] = v
        msg["MIME-Version"] = "1.0"
        for k, v in existing:
            if k != "MIME-Version":
                msg[k] = v
        # deterministic boundaries
        n = 0
        for part in msg.walk():
            if part.is_multipart():
                n += 1
                part.set_boundary(f"_{n:03d}_{self.name.replace('.', '_')}_HOLDOUT_BOUNDARY_")
        return msg


def write(mail: Mail, raw: bytes | None = None) -> None:
    data = raw if raw is not None else mail.build().as_bytes(policy=POLICY)
    (HERE / mail.name).write_bytes(data)


# --------------------------------------------------------------------------- iTIP helpers


def itip_reply_outlook(uid: str, attendee: tuple[str, str], partstat: str, summary: str,
                       start: str, end: str, stamp: str, seq: int = 0) -> str:
    """An Outlook-style METHOD:REPLY: no ORGANIZER line, Windows TZID, X-MS properties."""
    return "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ATTENDEE;PARTSTAT={partstat};CN=\"{attendee[0]}\":mailto:{attendee[1]}",
        "COMMENT;LANGUAGE=en-GB:\\n", f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID=GMT Standard Time:{start}", f"DTEND;TZID=GMT Standard Time:{end}",
        f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE",
        f"SEQUENCE:{seq}", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1466832147",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT", "END:VCALENDAR", ""])


def itip_reply_gmail(uid: str, organizer: tuple[str, str], attendee: tuple[str, str],
                     partstat: str, summary: str, start_utc: str, end_utc: str,
                     stamp: str, seq: int = 0) -> str:
    """A Google Calendar METHOD:REPLY: ORGANIZER, UTC times and the invite's VALARM."""
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REPLY",
        "BEGIN:VEVENT", f"DTSTART:{start_utc}", f"DTEND:{end_utc}", f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={attendee[0]};",
        f" X-NUM-GUESTS=0:mailto:{attendee[1]}",
        "CREATED:20261120T101500Z", "LAST-MODIFIED:" + stamp, f"SEQUENCE:{seq}",
        "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H30M0S", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""])


def calendar_part(ics: str, method: str = "REPLY") -> MIMEText:
    part = MIMEText("", "calendar", "utf-8")
    del part["Content-Transfer-Encoding"]
    part.set_payload(ics.encode("utf-8"))
    encoders.encode_base64(part)
    part.set_param("method", method)
    return part


# --------------------------------------------------------------------------- labels

LABELS: list[dict] = []
NONE_EXPECT = dict(urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
                   manager_agreed=None, missing=[], notice_ok=None)


def label(file, authority, mailbox, now, why, **expect):
    exp = dict(NONE_EXPECT)
    exp.update(expect)
    exp["concerns"] = sorted(exp["concerns"])
    exp["missing"] = sorted(exp["missing"])
    exp["children"] = [{"name": n, "dob": d} for n, d in exp["children"]]
    order = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
             "manager_agreed", "missing", "notice_ok", "next_action"]
    LABELS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now,
                   "expect": {k: exp[k] for k in order}, "why": why})


KN_MASH = ("Knowsley MASH", "knowsleymash@knowsley.gov.uk")
KN_FF = ("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")
KN_MASH_BS = ("MASH Business Support", "mash.businesssupport@knowsley.gov.uk")
RW_MASH = ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk")
RW_EH = ("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")
TH_MAST = ("MAST", "MAST@towerhamlets.gov.uk")
TH_EH = ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")
TB_MASH = ("Torbay MASH", "mash@torbay.gov.uk")
TB_EH = ("Torbay Early Help", "earlyhelp@torbay.gov.uk")
HF_EH = ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")


def sig(name, role, org, phone, email):
    return f"\nKind regards\n\n{name}\n{role}\n{org}\nTel: {phone}\n{email}\n"


# =========================================================================== KNOWSLEY


def knowsley():
    # K1 complete neglect step-up, three docx/pdf attachments, 7 WD notice ----------------
    form = docx("Knowsley Step Up Request Form (Appendix 1)", [
        "Request to step up from Family First Level 3 to Children's Social Care."], table=[
        ("Child's name", "Brooke Ashworth"), ("Date of birth", "06/02/2016"),
        ("EHM number", "EHM-66120"), ("Lead practitioner", "Natalie Kerrigan, Family First"),
        ("Reason for step up", "Neglect - persistent poor home conditions and unmet health needs"),
        ("Team manager agreement", "Yes - Graham Sefton, 27/11/2026"),
        ("Proposed step up TAF", "Wednesday 9 December 2026, 14:00, Halewood Family Hub")])
    gcp2 = docx("Graded Care Profile 2 (GCP2) - Brooke Ashworth", [
        "Completed 19/11/2026 by N. Kerrigan.",
        "Physical care: grade 4. Safety: grade 3. Love and care: grade 2. Stimulation: grade 3."])
    minutes = pdf(["TAF meeting minutes - Brooke Ashworth", "Date: 17/11/2026",
                   "Present: mum, school DSL, school nurse, Family First case manager.",
                   "Outcome: no progress on home conditions; step up to be requested."])
    body = """Hi MASH team,

Please see attached a step up request for Brooke Ashworth, DOB 06.02.2016.
EHM ID: EHM-66120

Brooke has been open to us at Level 3 since May. The main worry is neglect: the home has no working cooker, Brooke has untreated head lice and dental pain, and she has missed three dental appointments. Nothing has shifted over two review cycles.

My TM (Graham Sefton) has signed this off. Mum has agreed to the referral and knows why we are asking.

The step up TAF is booked for Wednesday 9th December at 2pm at Halewood Family Hub - I'll send the invite to the MASH inbox and to MASH business support.

Attached: step up request form, GCP2 and the TAF minutes from 17/11.
""" + sig("Natalie Kerrigan", "Family First Case Manager", "Family First 0-18 | Knowsley Council",
          "0151 496 0342", "Natalie.Kerrigan@knowsley.gov.uk") + "\n" + OUTLOOK_DISCLAIMER
    write(Mail("knowsley_01.eml", frm=("Kerrigan, Natalie", "Natalie.Kerrigan@knowsley.gov.uk"),
               to=[KN_MASH], cc=[KN_MASH_BS], subject="Step Up - B Ashworth - EHM-66120",
               date="Mon, 30 Nov 2026 09:31:12 +0000",
               msgid="<LO4P265MB6021A1B2C3D4E5F60718293A4B5C6D7E@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Step Up Request Form - Ashworth.docx", form),
                                       ("GCP2 - B Ashworth.docx", gcp2),
                                       ("TAF minutes 17.11.26.pdf", minutes)]))
    label("knowsley_01.eml", "knowsley", "mash_step_up", "2026-11-30T09:45:00+00:00",
          "Complete neglect step-up: form (2-column docx table), GCP2 docx, TAF minutes pdf; "
          "'EHM ID: EHM-66120' keeps its joined prefix; 'my TM has signed this off' and 'mum has "
          "agreed to the referral'; 'Wednesday 9th December at 2pm' is 7 WD from Mon 30 Nov.",
          kind="step_up", case_ids=["EHM-66120"], children=[("Brooke Ashworth", "2016-02-06")],
          concerns=["neglect"], consent=True, manager_agreed=True, missing=[], notice_ok=True,
          next_action="book_meeting")

    # K2 non-engagement + exploitation; exploitation assessment zipped; 4 WD --------------
    form = docx("Step Up Request Form (Appendix 1)", [], table=[
        ("Young person", "Tyrese Molyneux"), ("DOB", "23/08/2011"), ("EHM", "EHM-67003"),
        ("Concerns", "Criminal exploitation; family not engaging with the plan"),
        ("Manager", "Agreed")])
    ef = docx("Engaging Families Toolkit - Molyneux", [
        "Attempts to engage: 9 planned visits, 6 no access, 2 cancelled by mum by text.",
        "Escalation steps taken: letter, joint visit with school, TAF chair contact."])
    mins = docx("TAF Minutes", ["TAF review 25/11/2026 - Tyrese Molyneux.",
                                "Mum did not attend. School and YOS attended."])
    zipped = zip_of({"Exploitation Assessment - T Molyneux.docx":
                     docx("Merseyside Exploitation Assessment", ["Risk indicators: ..."])})
    body = """Morning,

Step up for Tyrese Molyneux (DOB 23/08/2011), EHM-67003.

Two strands: we believe Tyrese is being criminally exploited (county lines - he has been found with large amounts of cash and a second phone, and police intelligence links him to a Kirkby line), and mum has stopped engaging with the Level 3 plan altogether.

Discussed with and agreed by my manager, Joanne Rimmer, on 2/12.
Mum is aware I am making this request.

TAF date: 10.12.26 14:00, Prescot Family Hub.

Attached: step up form, Engaging Families toolkit, last TAF minutes, and the exploitation assessment (zipped because of the size).

Thanks
Craig
--
Craig Lunt | Family First Case Manager | Knowsley Council
0151 496 0577 | 07700 900577
"""
    write(Mail("knowsley_02.eml", frm=("Lunt, Craig", "Craig.Lunt@knowsley.gov.uk"),
               to=[KN_MASH], subject="Step up request Tyrese Molyneux",
               date="Fri, 04 Dec 2026 10:12:40 +0000",
               msgid="<LO4P265MB6021B9C8D7E6F5A4@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Step Up form Molyneux.docx", form),
                                       ("Engaging Families Toolkit.docx", ef),
                                       ("TAF Minutes 25-11-26.docx", mins),
                                       ("Exploitation assessment.zip", zipped)]))
    label("knowsley_02.eml", "knowsley", "mash_step_up", "2026-12-04T10:20:00+00:00",
          "Exploitation + non-engagement step-up: the exploitation assessment is inside a .zip "
          "(refused) so exploitation_assessment is missing; 'mum is aware' is not consent; "
          "'10.12.26 14:00' is only 4 WD from Fri 4 Dec.",
          kind="step_up", case_ids=["EHM-67003"], children=[("Tyrese Molyneux", "2011-08-23")],
          concerns=["exploitation", "non_engagement"], consent=None, manager_agreed=True,
          missing=["exploitation_assessment"], notice_ok=False, next_action="request_info")

    # K3 urgent: scared to go home tonight --------------------------------------------------
    form = docx("Step Up Request Form (Appendix 1)", [], table=[
        ("Child", "Shannon Birchall"), ("DOB", "14/04/2012"), ("EHM", "EHM-65218"),
        ("Reason", "Domestic abuse in the home; physical harm to Shannon"),
        ("TM agreement", "Agreed by Paula Dwyer")])
    mins = pdf(["TAF minutes - Shannon Birchall - 30/11/2026",
                "Mum's partner has moved back in. School report Shannon is withdrawn."])
    body = """Hi both,

I need to step Shannon Birchall (14/04/2012, EHM-65218) up - form and TAF minutes attached, and my TM Paula Dwyer has agreed it. The step up TAF is pencilled in for Wed 16/12/2026 at 10:00 at Huyton Family Hub.

Background: mum's partner Wayne moved back in three weeks ago and there have been two police call-outs for domestic abuse since. Last week Shannon told her form tutor he had grabbed her by the throat.

However I've just come off the phone with school. Shannon has been crying in the pastoral office all afternoon - she says she's scared to go home tonight because he said he'd kill her if she told anyone, and mum has told school Shannon will be collected by Wayne at 3.15.

I'm going to ring the duty line as well but wanted this in writing.

Sarah
Sarah Gorst
Family First Case Manager
Knowsley Council | 0151 496 0615
"""
    write(Mail("knowsley_03.eml", frm=("Gorst, Sarah", "Sarah.Gorst@knowsley.gov.uk"),
               to=[KN_MASH], cc=[KN_MASH_BS], subject="Step up - S Birchall",
               date="Mon, 07 Dec 2026 14:22:05 +0000",
               msgid="<LO4P265MB6021C3D2E1F0A9B8@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Step up request form.docx", form),
                                       ("TAF minutes 30.11.pdf", mins)]))
    label("knowsley_03.eml", "knowsley", "mash_step_up", "2026-12-07T14:30:00+00:00",
          "Indirect immediate risk in an otherwise complete step-up: 'scared to go home tonight "
          "because he said he'd kill her' and he collects her at 3.15 today; urgent -> alert_duty "
          "(7 WD notice to Wed 16 Dec).",
          kind="step_up", urgent=True, case_ids=["EHM-65218"],
          children=[("Shannon Birchall", "2012-04-14")],
          concerns=["domestic_abuse", "physical_harm"], consent=None, manager_agreed=True,
          missing=[], notice_ok=True, next_action="alert_duty")

    # K4 complete Level 2 step-down -----------------------------------------------------------
    body = """Hello,

Step down to Level 2 for the following:

Child 1: Harvey Quinlan - DOB 11/07/2014
ICS ref: ICS-778812

Final CIN meeting: 10/12/2026 @ 14.00, Whiston Family Hub, Meeting Room 2.

What are we worried about?
Harvey's attendance dipped to 84% last term and he has struggled with friendships since the move to high school.

What is working well?
Dad has engaged well with the CIN plan, the home is warm and settled, and Harvey has a trusted adult in school (his learning mentor).

What needs to happen?
Harvey's attendance needs to be monitored through a Level 2 school-led plan with the attendance officer; dad to attend the parenting teenagers course.

Lead practitioner: Mrs Dawn Ellery, Pastoral Lead, All Saints Catholic High School - she has agreed to take this on.

Dad is happy for us to share this with school and Family First.
""" + sig("Martin Oyelowo", "Social Worker, Children in Need Team", "Knowsley Council",
          "0151 496 0788", "Martin.Oyelowo@knowsley.gov.uk")
    write(Mail("knowsley_04.eml", frm=("Oyelowo, Martin", "Martin.Oyelowo@knowsley.gov.uk"),
               to=[KN_FF], subject="Level 2 step down - H Quinlan",
               date="Tue, 01 Dec 2026 11:05:33 +0000",
               msgid="<LO4P265MB60217E6D5C4B3A29@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, style="plain", cte="7bit"))
    label("knowsley_04.eml", "knowsley", "early_help_duty", "2026-12-01T11:15:00+00:00",
          "Complete Level 2 step-down written as 'Child 1: ...'; '10/12/2026 @ 14.00' with venue "
          "is 7 WD from Tue 1 Dec; Signs of Safety headings; named lead practitioner with school; "
          "'happy for us to share' = consent; manager not mentioned.",
          kind="step_down", level=2, case_ids=["ICS-778812"],
          children=[("Harvey Quinlan", "2014-07-11")], concerns=["school_attendance"],
          consent=True, manager_agreed=None, missing=[], notice_ok=True,
          next_action="book_meeting")

    # K5 Level 3 step-down, consent refused, Christmas notice -------------------------------
    body = """Hi Family First,

I'd like to step Kenzie Fairclough (DOB 30/01/2019) down to Level 3. ICS-781190.

Joint home visit: Wednesday 30th December at 11am, at the family home in Stockbridge Village.

What are we worried about?
Mum's drinking in the evenings, and whether she can keep the progress going without a social worker.

What is working well?
Mum has been sober for six weeks with support from the alcohol service, and Kenzie is thriving at nursery.

What needs to happen?
Continued support for mum's recovery and a named worker mum can call when things get hard.

Just to flag - mum does not agree to Early Help at the moment; she says she has "had enough of services". I'll keep working on this with her before the visit.

Thanks,
Amy
Amy Tasker, Social Worker, Knowsley Children's Social Care, 0151 496 0921
"""
    write(Mail("knowsley_05.eml", frm=("Tasker, Amy", "Amy.Tasker@knowsley.gov.uk"),
               to=[KN_FF], subject="Step down Level 3 - K Fairclough",
               date="Wed, 23 Dec 2026 10:02:11 +0000",
               msgid="<LO4P265MB60210F1E2D3C4B5A@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body))
    label("knowsley_05.eml", "knowsley", "early_help_duty", "2026-12-23T10:10:00+00:00",
          "Level 3 step-down with consent refused ('mum does not agree to Early Help': consent "
          "false, so missing); joint visit Wed 30 Dec from Wed 23 Dec is 3 WD (24, 29, 30: 25 and "
          "28 Dec are bank holidays), a plain weekday count would give 5.",
          kind="step_down", level=3, case_ids=["ICS-781190"],
          children=[("Kenzie Fairclough", "2019-01-30")], concerns=["substance_misuse"],
          consent=False, manager_agreed=None, missing=["consent"], notice_ok=False,
          next_action="request_info")

    # K6 follow-up adding TAF minutes ---------------------------------------------------------
    mins = docx("TAF Minutes - 26 November 2026", [
        "Child: Leon Pendleton", "Attendees: mum, Family First case manager, school SENCo.",
        "Actions: step up to be requested."])
    body = """Hi,

Apologies - TAF minutes for Leon Pendleton now attached.

Thanks
Joe

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 08 December 2026 16:40
To: Whalley, Joe <Joe.Whalley@knowsley.gov.uk>
Subject: [SB-knowsley-27] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-knowsley-27.

Still needed:
- minutes of the most recent TAF meeting

Please reply to this email with the missing item.
"""
    write(Mail("knowsley_06.eml", frm=("Whalley, Joe", "Joe.Whalley@knowsley.gov.uk"),
               to=[KN_MASH],
               subject="RE: [SB-knowsley-27] Step-up request received - information needed",
               date="Wed, 09 Dec 2026 08:51:19 +0000",
               msgid="<LO4P265MB6021AA11BB22CC33@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               extra_headers=[("In-Reply-To", "<SB-knowsley-27.ack@stepbot.knowsley.gov.uk>"),
                              ("References", "<SB-knowsley-27.ack@stepbot.knowsley.gov.uk>")],
               body=body, attachments=[("TAF Minutes 26.11.26.docx", mins)]))
    label("knowsley_06.eml", "knowsley", "mash_step_up", "2026-12-09T09:00:00+00:00",
          "Outlook reply to [SB-knowsley-27] adding TAF minutes; the quoted acknowledgement is "
          "Outlook-style (From:/Sent:), not '>'-quoted.",
          kind="follow_up", children=[("Leon Pendleton", None)], next_action="attach_to_request")

    # K7 Outlook iTIP REPLY, tentative, no ORGANIZER -----------------------------------------
    ics = itip_reply_outlook("040000008200E00074C5B7101A82E008000000005CB1F7A1D97FDB01000000000000"
                             "000010000000A1B2C3D4E5F6", ("Kavanagh, Shona",
                                                          "Shona.Kavanagh@knowsley.gov.uk"),
                             "TENTATIVE", "Step-up TAF meeting [SB-knowsley-31]",
                             "20261216T100000", "20261216T110000", "20261208T152200Z")
    alt = MIMEMultipart("alternative")
    t = MIMEText("I might be late - school governors finishes at 10.\r\n", "plain", "utf-8")
    alt.attach(t)
    alt.attach(calendar_part(ics))
    m = Mail("knowsley_07.eml", frm=("Kavanagh, Shona", "Shona.Kavanagh@knowsley.gov.uk"),
             to=[KN_MASH], subject="Tentative: Step-up TAF meeting [SB-knowsley-31]",
             date="Tue, 08 Dec 2026 15:22:41 +0000",
             msgid="<LO4P265MB6021DD44EE55FF66@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>")
    write(m, m._headers(alt).as_bytes(policy=POLICY))
    label("knowsley_07.eml", "knowsley", "mash_step_up", "2026-12-08T15:30:00+00:00",
          "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=TENTATIVE, no ORGANIZER, "
          "Windows TZID) with a short comment in the text part.",
          kind="meeting_reply", next_action="record_reply")

    # K8 Exchange automatic reply without Auto-Submitted ---------------------------------------
    body = """Thank you for your email. I am on annual leave until Monday 4th January 2027 with no access to emails.

If your email is about a step up or you have an immediate safeguarding concern about a child, please contact the MASH on 0151 496 0100 or, out of hours, the Emergency Duty Team on 0151 496 0199. If a child is in immediate danger call 999.

Rachel
"""
    write(Mail("knowsley_08.eml", frm=("Toohey, Rachel", "Rachel.Toohey@knowsley.gov.uk"),
               to=[KN_MASH], subject="Automatic reply: [SB-knowsley-33] Step-up TAF meeting booked",
               date="Thu, 24 Dec 2026 09:00:04 +0000",
               msgid="<LO4P265MB602199AA88BB77CC@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               extra_headers=[("X-Auto-Response-Suppress", "All"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "Rachel.Toohey@knowsley.gov.uk"),
                              ("In-Reply-To", "<SB-knowsley-33.booked@stepbot.knowsley.gov.uk>")],
               body=body))
    label("knowsley_08.eml", "knowsley", "mash_step_up", "2026-12-24T09:05:00+00:00",
          "Exchange 'Automatic reply:' with X-Auto-Response-Suppress but no Auto-Submitted; the "
          "boilerplate 'immediate safeguarding concern ... immediate danger call 999' is not a "
          "risk report.",
          kind="auto_reply", next_action="ignore")

    # K9 a parent writing in ------------------------------------------------------------------
    body = """hello

i got a letter saying there is a meeting about my lad at the family hub next wednesday. can i bring my sister with me as i dont like going on my own. and is it ok if i come a bit later because i start work at 8 and finish at 1.

also who is the person in charge of it i want to speak to them before

thanks
Kelly

Sent from my iPhone
"""
    write(Mail("knowsley_09.eml", frm=("Kelly M", "kellym1990@example.com"), to=[KN_MASH],
               subject="meeting", date="Thu, 03 Dec 2026 19:47:02 +0000",
               msgid="<6C1F0B7E-22A4-4D0F-9B53-8E1F2A3C4D5E@example.com>",
               style="iphone", cte="7bit", body=body))
    label("knowsley_09.eml", "knowsley", "mash_step_up", "2026-12-04T08:30:00+00:00",
          "A parent writing in to the MASH inbox about a meeting (no child named, no request): "
          "kind other, human_review.",
          kind="other", next_action="human_review")

    # K10 step-up, form as PDF, manager not yet reviewed, exactly 5 WD ---------------------------
    form = pdf(["Knowsley Step Up Request Form (Appendix 1)", "Child: Ruby Heneghan",
                "DOB: 02/10/2017", "EHM number: EHM-66981",
                "Concerns: parental substance misuse, mum's mental health",
                "Proposed TAF: 15/12/2026 10:30 Kirkby Family Hub"])
    mins = docx("TAF minutes 1 December 2026", ["Ruby Heneghan - TAF review.",
                                                "Agreed actions: step up to be considered."])
    body = """Hi,

Please find attached step up paperwork for Ruby Heneghan (d.o.b. 2/10/2017), EHM-66981.

Ruby lives with mum, who is using cocaine most weekends and whose depression has worsened since October. Ruby has told her teacher she worries about mum being sad all the time.

The step-up TAF is booked for Tuesday 15 December, 10:30 at Kirkby Family Hub.

My manager has not yet reviewed this - she is back tomorrow and I will ask her to reply to this email.

Many thanks
Lauren Boyce
Family First Case Manager - Knowsley Council
0151 496 0433
"""
    write(Mail("knowsley_10.eml", frm=("Boyce, Lauren", "Lauren.Boyce@knowsley.gov.uk"),
               to=[KN_MASH], subject="Step-up paperwork: R Heneghan",
               date="Tue, 08 Dec 2026 16:40:00 +0000",
               msgid="<LO4P265MB60213344AABBCCDD@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Step up request form - Heneghan.pdf", form),
                                       ("TAF minutes 01.12.26.docx", mins)]))
    label("knowsley_10.eml", "knowsley", "mash_step_up", "2026-12-08T16:45:00+00:00",
          "Step-up with the form as a PDF and TAF minutes docx, no neglect wording; 'manager has "
          "not yet reviewed' -> manager_agreed null and missing; Tue 15 Dec from Tue 8 Dec is "
          "exactly 5 WD (ok).",
          kind="step_up", case_ids=["EHM-66981"], children=[("Ruby Heneghan", "2017-10-02")],
          concerns=["parental_mental_health", "substance_misuse"], consent=None,
          manager_agreed=None, missing=["manager_agreed"], notice_ok=True,
          next_action="request_info")


# =========================================================================== RICHMOND & WANDSWORTH


def richmond_wandsworth():
    # R1 complete step-up from the EH team manager ------------------------------------------
    summary = docx("Case summary", [
        "Family: Fenwick. Child: Jasmine Fenwick, 11.",
        "Open to Early Help since March 2026 following a school referral.",
        "Work undertaken: family support worker visits, parenting programme, GP liaison."])
    body = """Dear MASH colleagues,

I am requesting a step up to Children's Social Care for the Fenwick family. I have reviewed the case with the allocated family support worker and agree with this step up.

Child            | DOB        | Mosaic
Jasmine Fenwick  | 19/10/2015 | Mosaic 1298833

Rationale for step up
Despite eight months of Early Help, Jasmine's basic needs are still not being met: she regularly has no lunch or lunch money, her clothes are too small, and the home has had no heating since October. Mum's alcohol use has increased and she is often asleep when Jasmine gets home from school. The Early Help plan has not brought about change and we believe a statutory assessment is needed.

There is no suggestion of physical harm, and Jasmine says she feels safe with mum.

Mum is happy for us to share this information with Children's Social Care.

The case summary is attached.

Best wishes

Oonagh Petrakis
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
Tel: 020 7946 0518
"""
    write(Mail("richmond_wandsworth_01.eml",
               frm=("Oonagh Petrakis", "Oonagh.Petrakis@richmondandwandsworth.gov.uk"),
               to=[RW_MASH], subject="Step up request - Fenwick - Mosaic 1298833",
               date="Thu, 03 Dec 2026 11:14:51 +0000",
               msgid="<LO4P265MB6021R1W1A2B3C4D5@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Case Summary - J Fenwick.docx", summary)]))
    label("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up",
          "2026-12-03T11:30:00+00:00",
          "Complete step-up sent by the Early Help Team Manager ('I ... agree with this step up'); "
          "child in a plain-text table; 'Mosaic 1298833' -> '1298833'; rationale pasted under its "
          "own heading; 'there is no suggestion of physical harm' is negated; 'happy for us to "
          "share' = consent.",
          kind="step_up", case_ids=["1298833"], children=[("Jasmine Fenwick", "2015-10-19")],
          concerns=["neglect", "substance_misuse"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting")

    # R2 urgent: 4-year-old found alone --------------------------------------------------------
    body = """MASH - urgent please

I arrived for a planned home visit at 10am today and found Nevaeh Campbell-Osei (dob 3.4.2022), who is 4, alone in the flat. The front door was on the latch, there was no food out and the gas hob was on. Mum is not answering her phone. I am still at the property with Nevaeh and have called the police non-emergency line.

Mosaic ID 1310457. I was already planning to request a step up for this family.

Rationale for step up:
Repeated episodes of Nevaeh being left with unsuitable carers since the summer and mum not engaging with the Early Help plan; today's incident shows the plan is not keeping her safe.

I'll send the case summary later today.

Mob 07700 900614

Sent from my iPhone
"""
    write(Mail("richmond_wandsworth_02.eml",
               frm=("Bethan Sowerby", "Bethan.Sowerby@richmondandwandsworth.gov.uk"),
               to=[RW_MASH], subject="Step up - N Campbell-Osei - found alone",
               date="Tue, 08 Dec 2026 10:21:37 +0000",
               msgid="<5E2B9C71-0A4F-4E3B-9D7C-11AA22BB33CC@richmondandwandsworth.gov.uk>",
               style="iphone", cte="quoted-printable", body=body))
    label("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up",
          "2026-12-08T10:30:00+00:00",
          "Urgent: the worker 'found Nevaeh, who is 4, alone in the flat' and is still there; "
          "'dob 3.4.2022' is a UK d.m.yyyy date; 'Mosaic ID 1310457' -> '1310457'; case summary "
          "to follow (missing) but alert_duty wins.",
          kind="step_up", urgent=True, case_ids=["1310457"],
          children=[("Nevaeh Campbell-Osei", "2022-04-03")],
          concerns=["neglect", "non_engagement"], consent=None,
          manager_agreed=None, missing=["case_summary"], next_action="alert_duty")

    # R3 complete step-down for siblings ---------------------------------------------------------
    summary = pdf(["Case summary - Dunmore children", "Mosaic ID: 1301455",
                   "Child in Need since May 2026 after dad left the home following domestic abuse.",
                   "Non-molestation order granted August 2026."])
    plan = docx("Draft Early Help plan - Dunmore", [
        "## Outcomes", "Mum feels confident managing the children's behaviour.",
        "## Actions", "Freedom Programme place; school nurse drop-ins for Ellis."])
    body = """Hi Early Help Duty,

I'd like to step the Dunmore children down to Early Help: siblings Ellis Dunmore (7) and Mia Dunmore (dob 3.4.2019). Mosaic ID: 1301455.

Dad left the family home in May after domestic abuse, and there is now a non-molestation order. Mum has completed the Freedom Programme and the children are settled.

Mum has agreed to the referral and is keen to keep working with the family hub.

Attached: case summary and draft Early Help plan.

Could you let me know dates for the step-down case discussion?

Thanks,
Priyanka Mistry
Social Worker, Family Support and Protection Team
Richmond and Wandsworth Councils | 020 7946 0744
"""
    write(Mail("richmond_wandsworth_03.eml",
               frm=("Mistry, Priyanka", "Priyanka.Mistry@richmondandwandsworth.gov.uk"),
               to=[RW_EH], subject="Step down - Dunmore siblings",
               date="Mon, 07 Dec 2026 15:02:10 +0000",
               msgid="<LO4P265MB6021R3D4C3B2A1@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Case summary Dunmore.pdf", summary),
                                       ("Draft EH plan - Dunmore.docx", plan)]))
    label("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty",
          "2026-12-07T15:10:00+00:00",
          "Complete step-down: 'siblings Ellis Dunmore (7) and Mia Dunmore (dob 3.4.2019)' (an age "
          "is not a DOB); case summary pdf + draft plan docx; 'mum has agreed to the referral'.",
          kind="step_down", case_ids=["1301455"],
          children=[("Ellis Dunmore", None), ("Mia Dunmore", "2019-04-03")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting")

    # R4 step-down: consent to be asked, draft plan encrypted --------------------------------
    summary = docx("Case summary - Jude Halloran", [
        "Jude (13) lives with mum, who has bipolar disorder.",
        "CIN plan since March 2026; mum now stable on medication."])
    plan = encrypted_pdf(["Draft Early Help plan - Jude Halloran", "Young carers support."])
    body = """Hi team,

Step down request for Jude Halloran, 13, DOB 22/05/2013 (Mosaic: 1318804).

Jude looks after mum a great deal - mum has bipolar disorder and had an inpatient admission in the spring. Mum is now stable and engaging with her care co-ordinator. Jude has been referred to the young carers' service.

There was a historic allegation in 2023, NFA, and there are no current safeguarding concerns.

I'll ask mum at the visit on Friday whether she is happy for Early Help to be involved.

Case summary and the draft plan attached (the plan is password protected - I'll send the password separately).

Thanks
Dominic Achterberg
Social Worker, Richmond and Wandsworth Councils
020 7946 0932
"""
    write(Mail("richmond_wandsworth_04.eml",
               frm=("Dominic Achterberg", "Dominic.Achterberg@richmondandwandsworth.gov.uk"),
               to=[RW_EH], subject="Step down request J Halloran",
               date="Wed, 09 Dec 2026 12:44:00 +0000",
               msgid="<LO4P265MB6021R4E5F6A7B8@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Case summary - Halloran.docx", summary),
                                       ("Draft plan - Halloran.pdf", plan)]))
    label("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty",
          "2026-12-09T13:00:00+00:00",
          "Step-down with consent still to be asked ('I'll ask mum at the visit': null, missing) "
          "and the draft plan as an encrypted PDF (refused, missing); 'historic allegation in "
          "2023, NFA' is not urgent.",
          kind="step_down", case_ids=["1318804"], children=[("Jude Halloran", "2013-05-22")],
          concerns=["parental_mental_health", "young_carer"], consent=None,
          manager_agreed=None, missing=["consent", "draft_plan"], next_action="request_info")

    # R5 follow-up adding the draft plan (Gmail-style quoting) ---------------------------------
    plan = docx("Draft Early Help plan", ["## What needs to happen",
                                          "Weekly family support sessions; school attendance review."])
    body = """Hi,

Please find the draft plan attached as requested. Mosaic: 1301992.

Kind regards,
Femi

On Thu, 10 Dec 2026 at 09:15, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:
> Thank you for your step-down request. Your reference is SB-richmond_wandsworth-14.
>
> Still needed:
> - draft Early Help plan
>
> Please reply to this email with the missing item.
"""
    write(Mail("richmond_wandsworth_05.eml",
               frm=("Femi Adeleke", "femi.adeleke@richmondandwandsworth.gov.uk"),
               to=[RW_EH],
               subject="Re: [SB-richmond_wandsworth-14] Step-down request received - information needed",
               date="Thu, 10 Dec 2026 14:03:28 +0000",
               msgid="<CAK7x9Zq2mHbY1uQf0o3pW8rV5nT4sE6dG@mail.gmail.com>", style="gmail",
               cte="7bit",
               extra_headers=[("In-Reply-To", "<SB-richmond_wandsworth-14.ack@stepbot.rw.gov.uk>"),
                              ("References", "<SB-richmond_wandsworth-14.ack@stepbot.rw.gov.uk>")],
               body=body, attachments=[("Draft plan.docx", plan)]))
    label("richmond_wandsworth_05.eml", "richmond_wandsworth", "early_help_duty",
          "2026-12-10T14:10:00+00:00",
          "Gmail reply to [SB-richmond_wandsworth-14] (underscore in the authority name) adding "
          "the draft plan; 'Mosaic: 1301992' -> '1301992'; no child named.",
          kind="follow_up", case_ids=["1301992"], next_action="attach_to_request")

    # R6 Gmail iTIP REPLY accepted, with VALARM ---------------------------------------------
    ics = itip_reply_gmail("sb-richmond_wandsworth-18-discussion@stepbot",
                           ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
                           ("Hollie Gaskell", "hollie.gaskell.ehw@gmail.com"), "ACCEPTED",
                           "Step-up case discussion [SB-richmond_wandsworth-18]",
                           "20261210T110000Z", "20261210T120000Z", "20261208T091544Z", seq=1)
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Hollie Gaskell has accepted this invitation.\r\n\r\nStep-up case "
                        "discussion [SB-richmond_wandsworth-18]\r\nThursday 10 Dec 2026 "
                        "11:00 - 12:00 (Greenwich Mean Time - London)\r\n\r\nInvitation from "
                        "Google Calendar\r\n", "plain", "utf-8"))
    alt.attach(MIMEText('<div>Hollie Gaskell has accepted this invitation.</div>\r\n', "html",
                        "utf-8"))
    alt.attach(calendar_part(ics))
    mixed = MIMEMultipart("mixed")
    mixed.attach(alt)
    att = MIMEApplication(ics.encode(), "ics")
    att.add_header("Content-Disposition", "attachment", filename="invite.ics")
    att.set_param("name", "invite.ics")
    mixed.attach(att)
    m = Mail("richmond_wandsworth_06.eml",
             frm=("Hollie Gaskell", "hollie.gaskell.ehw@gmail.com"), to=[RW_MASH],
             subject="Accepted: Step-up case discussion [SB-richmond_wandsworth-18] @ Thu 10 Dec "
                     "2026 11:00 - 12:00 (GMT) (MASH Step Up)",
             date="Tue, 08 Dec 2026 09:15:44 +0000",
             msgid="<000000000000a1b2c3d4e5f60718@google.com>")
    write(m, m._headers(mixed).as_bytes(policy=POLICY))
    label("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up",
          "2026-12-08T09:20:00+00:00",
          "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, ORGANIZER, UTC times, VALARM carried "
          "over) plus invite.ics attachment.",
          kind="meeting_reply", next_action="record_reply")

    # R7 Exchange NDR (multipart/report) ------------------------------------------------------
    raw = """Received: from LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM by LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM; Fri, 11 Dec 2026 09:02:13 +0000
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@richmondandwandsworth.gov.uk>
To: <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Date: Fri, 11 Dec 2026 09:02:13 +0000
Subject: Undeliverable: [SB-richmond_wandsworth-21] Step-down case discussion booked
Message-ID: <9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <SB-richmond_wandsworth-21.booked@stepbot.rw.gov.uk>
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="_000_NDR_richmond_wandsworth_07_"

--_000_NDR_richmond_wandsworth_07_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to tobias.renwick@richmondandwandsworth.gov.uk couldn't be delivered.

tobias.renwick wasn't found at richmondandwandsworth.gov.uk.

Action Required: Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.

Diagnostic information for administrators:
Generating server: LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--_000_NDR_richmond_wandsworth_07_
Content-Type: message/delivery-status

Reporting-MTA: dns;LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;stepbot.rw.gov.uk
Arrival-Date: Fri, 11 Dec 2026 09:02:11 +0000

Final-Recipient: rfc822;tobias.renwick@richmondandwandsworth.gov.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_NDR_richmond_wandsworth_07_
Content-Type: text/rfc822-headers

From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
To: tobias.renwick@richmondandwandsworth.gov.uk
Subject: [SB-richmond_wandsworth-21] Step-down case discussion booked
Date: Fri, 11 Dec 2026 09:02:10 +0000
Message-ID: <SB-richmond_wandsworth-21.booked@stepbot.rw.gov.uk>
Auto-Submitted: auto-generated

--_000_NDR_richmond_wandsworth_07_--
""".replace("\n", "\r\n").encode()
    write(Mail("richmond_wandsworth_07.eml", frm=("", ""), to=[], subject="", date="", msgid=""),
          raw)
    label("richmond_wandsworth_07.eml", "richmond_wandsworth", "early_help_duty",
          "2026-12-11T09:10:00+00:00",
          "Exchange non-delivery report (multipart/report; delivery-status), 'Undeliverable:' "
          "subject and empty Return-Path, no Auto-Submitted on the NDR itself; its subject carries "
          "an SB reference but it is a bounce: auto_reply, ignore.",
          kind="auto_reply", next_action="ignore")

    # R8 misdirected invoice -------------------------------------------------------------------
    body = """Dear Sir/Madam,

Please find attached our invoice INV-20931 for interpreting services (Polish, 2 hours) provided on 24 November 2026 to the Family Support and Protection Team. Your purchase order reference was PO 7730122.

Payment terms are 30 days. Could you please forward this to the correct finance contact if this mailbox is not the right one?

Kind regards,

Accounts Team
LinguaBridge Interpreting Ltd
Tel: 0117 496 0412
"""
    inv = pdf(["LinguaBridge Interpreting Ltd - INVOICE INV-20931", "PO 7730122",
               "Polish interpreting, 2 hours @ GBP 38.00", "Total due: GBP 76.00"])
    write(Mail("richmond_wandsworth_08.eml",
               frm=("LinguaBridge Accounts", "accounts@linguabridge.example.co.uk"),
               to=[RW_MASH], subject="Invoice INV-20931 - PO 7730122",
               date="Mon, 30 Nov 2026 16:20:00 +0000",
               msgid="<20261130162000.4F2A1@linguabridge.example.co.uk>", style="gmail",
               cte="7bit", body=body, attachments=[("INV-20931.pdf", inv)]))
    label("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up",
          "2026-12-01T08:30:00+00:00",
          "Misdirected supplier invoice: an invoice number and a 7-digit PO number are not case "
          "numbers; kind other, human_review.",
          kind="other", next_action="human_review")


# =========================================================================== TOWER HAMLETS


def tower_hamlets():
    # T1 complete MAST step-up ---------------------------------------------------------------
    marf = docx("MARF - Multi-Agency Request for Support", [], table=[
        ("Child", "Safiya Karim"), ("DOB", "02/02/2016"), ("Mosaic", "1433871"),
        ("Reason for request", "Domestic abuse between parents; Early Help plan not reducing risk"),
        ("Consent", "Mum has agreed to the referral"), ("Manager", "Agreed")])
    body = """Dear MAST,

Please find attached a MARF (request for support) for Safiya Karim, DOB 02/02/2016, Mosaic ref 1433871.

Safiya has been open to Early Help since June. Police have attended three domestic abuse incidents between mum and dad since September, the most recent on 28 November when Safiya was in the room. Dad is now on bail and living elsewhere. The Early Help plan is not reducing the risk and we are asking MAST to consider a step up.

This has been discussed with and agreed by my manager, Nadim Rahman. Mum has agreed to the referral.
""" + sig("Lucy Tan", "Family Support Practitioner, Early Help", "London Borough of Tower Hamlets",
          "020 7946 0231", "Lucy.Tan@towerhamlets.gov.uk")
    write(Mail("tower_hamlets_01.eml", frm=("Lucy Tan", "Lucy.Tan@towerhamlets.gov.uk"),
               to=[TH_MAST], subject="MARF - step up - S Karim",
               date="Wed, 02 Dec 2026 13:31:02 +0000",
               msgid="<LO4P265MB6021T1A1B1C1D1@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("MARF Safiya Karim.docx", marf)]))
    label("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2026-12-02T13:40:00+00:00",
          "Complete MAST step-up: MARF docx; 'discussed with and agreed by my manager'; 'Mosaic ref "
          "1433871' -> '1433871'; past incidents with dad now living elsewhere, not urgent.",
          kind="step_up", case_ids=["1433871"], children=[("Safiya Karim", "2016-02-02")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting")

    # T2 urgent: mum has taken an overdose --------------------------------------------------
    body = """MAST duty,

I need to step the Hussain family up to social care today.

Child 1: Amelia Hussain (6)
Child 2: Zayn Hussain (3)

Mum (who has a long history of depression) has just texted me to say she has taken an overdose and the children are with her at home in Mile End. I have rung 999 and I am on my way there now.

I'll complete the MARF when I'm back at the office.

Aisha Malik
Early Help Practitioner, Tower Hamlets
07700 900233
"""
    write(Mail("tower_hamlets_02.eml", frm=("Aisha Malik", "Aisha.Malik@towerhamlets.gov.uk"),
               to=[TH_MAST], subject="Hussain family",
               date="Thu, 03 Dec 2026 15:48:20 +0000",
               msgid="<LO4P265MB6021T2E2F2A2B2@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, style="plain", cte="7bit"))
    label("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2026-12-03T15:50:00+00:00",
          "Immediate risk: 'mum has taken an overdose and the children are with her'; children "
          "given as 'Child 1: ... (6)' with ages only; no MARF and no manager agreement.",
          kind="step_up", urgent=True,
          children=[("Amelia Hussain", None), ("Zayn Hussain", None)],
          concerns=["parental_mental_health"], consent=None, manager_agreed=None,
          missing=["manager_agreed", "request_for_support"], next_action="alert_duty")

    # T3 HTML-only step-down with an MsoNormal table ------------------------------------------
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Good afternoon Early Help Hub,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Following the Child and Family Assessment (completed 20/11/2026) I am requesting a step down to Early Help for the children below.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Name</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Date of birth</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Mosaic ID</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Ibrahim Sheikh<o:p></o:p></p></td><td><p class="MsoNormal">17/03/2013<o:p></o:p></p></td><td><p class="MsoNormal">1467230<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Maryam Sheikh<o:p></o:p></p></td><td><p class="MsoNormal">05/12/2016<o:p></o:p></p></td><td><p class="MsoNormal">1467231<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ibrahim is autistic and has an EHCP; his school attendance fell to 71% last year while the family were in temporary accommodation. The family has now been rehoused and attendance is improving.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Both parents have consented to the step down and to a TAF plan.<o:p></o:p></p>
<p class="MsoNormal">Lead practitioner: Ms Shirin Chowdhury, Family Support Practitioner, Bow Children and Family Centre &#8211; she has agreed to lead.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Attached: C&amp;F assessment and the draft TAF plan.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks,<o:p></o:p></p>
<p class="MsoNormal">Callum Reeves<o:p></o:p></p>
<p class="MsoNormal">Social Worker, Children and Families Assessment Team | Tower Hamlets | 020 7946 0657<o:p></o:p></p>
</div></body></html>
"""
    cfa = pdf(["Child and Family Assessment - Sheikh children", "Completed 20/11/2026",
               "Outcome: step down to Early Help with a TAF plan."])
    plan = docx("Draft TAF plan - Sheikh family", ["## Goals", "Ibrahim attends school daily.",
                                                   "## Actions", "SENCo review of EHCP support."])
    write(Mail("tower_hamlets_03.eml", frm=("Callum Reeves", "Callum.Reeves@towerhamlets.gov.uk"),
               to=[TH_EH], subject="Step down - Sheikh children",
               date="Fri, 04 Dec 2026 14:05:55 +0000",
               msgid="<LO4P265MB6021T3C3D3E3F3@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               style="html_only", html=html,
               attachments=[("C&F Assessment - Sheikh.pdf", cfa),
                            ("Draft TAF plan Sheikh.docx", plan)]))
    label("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "2026-12-04T14:15:00+00:00",
          "HTML-only Outlook step-down with the children in an MsoNormal table (one Mosaic id per "
          "child); assessment pdf + draft TAF plan; both parents consented; lead practitioner with "
          "agency.",
          kind="step_down", case_ids=["1467230", "1467231"],
          children=[("Ibrahim Sheikh", "2013-03-17"), ("Maryam Sheikh", "2016-12-05")],
          concerns=["disability_send", "school_attendance"], consent=True, manager_agreed=None,
          missing=[], next_action="book_meeting")

    # T4 step-down, consent refused, no lead practitioner -----------------------------------
    cfa = docx("Child and Family Assessment", ["Child: Idris Mahmood",
                                               "Recommendation: step down to Early Help."])
    plan = docx("Draft plan - Idris Mahmood", ["Dad to attend alcohol service appointments."])
    body = """Hi,

Step down for Idris Mahmood, DOB 09.09.2015, Mosaic 1472218.

Dad is Idris's sole carer. His drinking was the reason for the assessment; he has now been engaging with the alcohol service for three months.

Dad has refused consent for Early Help at this stage - he feels the family no longer needs support - so I'd welcome advice on how you would like to proceed.

Lead practitioner to be identified at the TAF.

C&F assessment and draft plan attached.

Thanks
Grace Ologun
Social Worker, Tower Hamlets Children's Social Care
"""
    write(Mail("tower_hamlets_04.eml", frm=("Grace Ologun", "Grace.Ologun@towerhamlets.gov.uk"),
               to=[TH_EH], subject="Step down request - I Mahmood",
               date="Tue, 08 Dec 2026 10:10:10 +0000",
               msgid="<LO4P265MB6021T4A4B4C4D4@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("CFA Idris Mahmood.docx", cfa),
                                       ("Draft plan Idris.docx", plan)]))
    label("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "2026-12-08T10:20:00+00:00",
          "Step-down with 'Dad has refused consent' (consent false -> missing) and 'Lead "
          "practitioner to be identified' (missing); assessment and plan attached; DOB written "
          "09.09.2015.",
          kind="step_down", case_ids=["1472218"], children=[("Idris Mahmood", "2015-09-09")],
          concerns=["substance_misuse"], consent=False, manager_agreed=None,
          missing=["consent", "lead_practitioner"], next_action="request_info")

    # T5 urgent follow-up: missing with older men -------------------------------------------
    body = """Hi MAST,

Update on Rayan Chowdhury: he's been missing since yesterday afternoon and a neighbour saw him getting into a car with older men outside the estate last night. He isn't answering his phone. We have been worried about criminal exploitation for Rayan for some weeks, which is why I made the referral.

Mum has reported him missing to the police (CAD ref 4471).

Yusuf Ali
Youth Worker, Tower Hamlets Early Help
07700 900871

-----Original Message-----
From: MAST <MAST@towerhamlets.gov.uk>
Sent: Tuesday, December 8, 2026 11:02 AM
Subject: [SB-tower_hamlets-52] MAST request received

Thank you for your request. Your reference is SB-tower_hamlets-52.
"""
    write(Mail("tower_hamlets_05.eml", frm=("Yusuf Ali", "Yusuf.Ali@towerhamlets.gov.uk"),
               to=[TH_MAST], subject="RE: [SB-tower_hamlets-52] MAST request received",
               date="Wed, 09 Dec 2026 08:12:45 +0000",
               msgid="<LO4P265MB6021T5E5F5A5B5@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               extra_headers=[("In-Reply-To", "<SB-tower_hamlets-52.ack@stepbot.th.gov.uk>")],
               body=body))
    label("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", "2026-12-09T08:20:00+00:00",
          "Follow-up to [SB-tower_hamlets-52] with indirect immediate risk: 'missing since "
          "yesterday ... seen getting into a car with older men'; urgent so alert_duty beats "
          "attach_to_request; a police CAD ref is not a case id.",
          kind="follow_up", urgent=True, children=[("Rayan Chowdhury", None)],
          concerns=["exploitation", "missing"], next_action="alert_duty")

    # T6 Outlook out-of-office with Auto-Submitted ---------------------------------------------
    body = """Thank you for your message. I am out of the office until Wednesday 16 December.

For step-down queries please contact the Early Help Hub on 020 7946 0100. For new concerns about a child please contact MAST.

Nasreen
"""
    write(Mail("tower_hamlets_06.eml", frm=("Nasreen Akhtar", "Nasreen.Akhtar@towerhamlets.gov.uk"),
               to=[TH_EH], subject="Automatic reply: [SB-tower_hamlets-58] Step-down TAF meeting",
               date="Thu, 10 Dec 2026 11:30:00 +0000",
               msgid="<LO4P265MB6021T6C6D6E6F6@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               extra_headers=[("Auto-Submitted", "auto-replied"),
                              ("X-Auto-Response-Suppress", "All")],
               body=body))
    label("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", "2026-12-10T11:35:00+00:00",
          "Outlook out-of-office with Auto-Submitted: auto-replied; mentions step-down words.",
          kind="auto_reply", next_action="ignore")

    # T7 partnership newsletter -----------------------------------------------------------------
    html = """<html><body>
<h1>Tower Hamlets Safeguarding Children Partnership - December bulletin</h1>
<h2>Neglect strategy refresh</h2>
<p>Our refreshed neglect toolkit launches in January, with new guidance on using the Graded Care Profile.</p>
<h2>Learning from reviews</h2>
<p>A local review considered a 9-year-old who went missing and was criminally exploited. Practitioners told us step-up and step-down between Early Help and MAST was not always timely.</p>
<h2>Training</h2>
<p>Domestic abuse and parental mental health: half-day workshop, 14 January 2027, Mulberry Place.</p>
<p><b>If you think a child is at immediate risk of harm, call 999. For other concerns contact MAST on 020 7946 0300.</b></p>
<p><a href="https://example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    body = ("Tower Hamlets Safeguarding Children Partnership - December bulletin\n\n"
            "Neglect strategy refresh: our refreshed neglect toolkit launches in January.\n"
            "Learning from reviews: a 9-year-old who went missing and was criminally exploited.\n"
            "Training: domestic abuse and parental mental health, 14 January 2027.\n\n"
            "If you think a child is at immediate risk of harm, call 999.\n")
    write(Mail("tower_hamlets_07.eml", frm=("THSCP", "bulletin@thscp.example.org"),
               to=[TH_MAST], subject="THSCP bulletin - December 2026",
               date="Mon, 07 Dec 2026 07:00:00 +0000",
               msgid="<bulletin-2026-12.7f3a@thscp.example.org>", style="gmail", html=html,
               extra_headers=[("List-Id", "THSCP bulletin <bulletin.thscp.example.org>"),
                              ("List-Unsubscribe", "<https://example.org/unsubscribe>"),
                              ("Precedence", "bulk")],
               body=body))
    label("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", "2026-12-07T08:00:00+00:00",
          "Safeguarding partnership bulletin (List-Id, Precedence: bulk) full of concern words and "
          "'immediate risk ... call 999' boilerplate: other, not urgent.",
          kind="other", next_action="human_review")

    # T8 base64 body, MARF as .docm -----------------------------------------------------------
    marf = docm("MARF - request for support", ["Child: Bartosz Kowalczyk"])
    body = """Dzień dobry / Hello MAST,

Step up request for Bartosz Kowalczyk, DOB 21/06/2018, Mosaic ID 1470022.

Bartosz has cerebral palsy and needs help with feeding and personal care. Since his father went back to Poland, mum has been struggling: Bartosz has lost weight, missed two hospital appointments and has developed pressure sores.

My TM has signed this off. Mum is aware of the request.

MARF attached.

Pozdrawiam,
Zofia Wójcik
Early Help Practitioner | Tower Hamlets | 020 7946 0419
"""
    write(Mail("tower_hamlets_08.eml", frm=("Zofia Wójcik", "Zofia.Wojcik@towerhamlets.gov.uk"),
               to=[TH_MAST], subject="Step up - Bartosz Kowalczyk - Mosaic ID 1470022",
               date="Fri, 11 Dec 2026 09:48:30 +0000",
               msgid="<LO4P265MB6021T8A8B8C8D8@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, cte="base64",
               attachments=[("MARF Bartosz Kowalczyk.docm", marf)]))
    label("tower_hamlets_08.eml", "tower_hamlets", "mash_step_up", "2026-12-11T10:00:00+00:00",
          "Base64 UTF-8 bodies (Polish greeting, 'Wójcik'); the MARF is a macro-enabled .docm "
          "(refused, so request_for_support missing); 'My TM has signed this off'; 'mum is aware' "
          "is not consent.",
          kind="step_up", case_ids=["1470022"], children=[("Bartosz Kowalczyk", "2018-06-21")],
          concerns=["disability_send", "neglect"], consent=None, manager_agreed=True,
          missing=["request_for_support"], next_action="request_info")


# =========================================================================== TORBAY


def torbay():
    # B1 complete level 3 step-down, "LCS ref 55102", a child under 5 --------------------------
    sa = pdf(["Single Assessment - Penhaligon children", "LCS ref 55102",
              "Analysis: mum's anxiety is now well managed; step down to Level 3 Early Help."])
    body = """Hi Early Help,

Please could the Penhaligon children be booked into triage for a step down to Level 3 Early Help.

Child 1: Lily Penhaligon - DOB 28/09/2017
Child 2: Oscar Penhaligon - DOB 12/03/2022
LCS ref 55102

Mum's anxiety and depression were the main concern; she is now under the perinatal and adult mental health teams and things are much more stable.

The Single Assessment is attached. Discussed with and agreed by my manager, Helen Widdicombe. Mum has agreed to the referral.
""" + sig("Jago Rowse", "Social Worker, Safeguarding Team", "Torbay Council", "01803 496 0210",
          "jago.rowse@torbay.gov.uk")
    write(Mail("torbay_01.eml", frm=("Rowse, Jago", "jago.rowse@torbay.gov.uk"), to=[TB_EH],
               subject="Step down to L3 - Penhaligon", date="Mon, 30 Nov 2026 12:02:00 +0000",
               msgid="<LO4P265MB6021B1A1B1C1D1@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Single Assessment Penhaligon.pdf", sa)]))
    label("torbay_01.eml", "torbay", "early_help_duty", "2026-11-30T12:10:00+00:00",
          "Complete Torbay step-down to Level 3; 'LCS ref 55102' -> '55102' (label, not prefix); "
          "Oscar is under 5; Single Assessment pdf, manager agreement and consent stated.",
          kind="step_down", level=3, case_ids=["55102"],
          children=[("Lily Penhaligon", "2017-09-28"), ("Oscar Penhaligon", "2022-03-12")],
          concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
          next_action="book_meeting")

    # B2 step-down, manager not yet reviewed ------------------------------------------------------
    sa = docx("Single Assessment", ["Child: Kieran Yeo", "Recommendation: step down."])
    body = """Hello,

Step down request for Kieran Yeo, 9 (DOB 17.06.2017), LCS-2251830.

Kieran's attendance has been the focus of our work - it is now 92% and rising. Mum has given consent for the step down and would like a triage slot before Christmas if possible.

Single Assessment attached. My manager has not yet reviewed the step down; I have asked her to reply to all once she has.

Many thanks,
Morwenna Eddy
Social Worker, Torbay Children's Services
"""
    write(Mail("torbay_02.eml", frm=("Morwenna Eddy", "morwenna.eddy@torbay.gov.uk"),
               to=[TB_EH], subject="Step down - Kieran Yeo LCS-2251830",
               date="Wed, 02 Dec 2026 16:30:00 +0000",
               msgid="<CAP4m2Kq9xLbR7Hf3Zo1wY6vT8nS5eA0cD@mail.gmail.com>", style="gmail",
               cte="quoted-printable", body=body,
               attachments=[("Single Assessment - K Yeo.docx", sa)]))
    label("torbay_02.eml", "torbay", "early_help_duty", "2026-12-02T16:40:00+00:00",
          "Step-down with consent given but 'My manager has not yet reviewed' (manager_agreed null, "
          "missing); no level stated; '9 (DOB 17.06.2017)'.",
          kind="step_down", case_ids=["LCS-2251830"], children=[("Kieran Yeo", "2017-06-17")],
          concerns=["school_attendance"], consent=True, manager_agreed=None,
          missing=["manager_agreed"], next_action="request_info")

    # B3 complete step-up with negated risk --------------------------------------------------
    body = """Dear MASH,

I am contacting MASH to request a step up for Skye Narracott (DOB 04/04/2014), EHM ID: EHM-734877, currently open to Early Help at Level 3.

The concern is long-standing neglect: Skye is often unwashed, has head lice that are never treated, and her attendance has dropped to 68% this term. Mum struggles to get her up and out in the mornings.

There are no immediate safeguarding concerns and no marks or injuries have ever been seen; this is about the cumulative impact of neglect.

Mum has agreed to the referral. This has been discussed with and agreed by my ATM, Silas Penrose.

Thanks,
Demelza Hext
Family Intervention Worker, Torbay Early Help
01803 496 0455
"""
    write(Mail("torbay_03.eml", frm=("Demelza Hext", "demelza.hext@torbay.gov.uk"), to=[TB_MASH],
               cc=[("Silas Penrose", "silas.penrose@torbay.gov.uk")],
               subject="Step up - Skye Narracott", date="Thu, 03 Dec 2026 10:00:00 +0000",
               msgid="<LO4P265MB6021B3E3F3A3B3@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body))
    label("torbay_03.eml", "torbay", "mash_step_up", "2026-12-03T10:10:00+00:00",
          "Complete Torbay step-up (consent + ATM agreement); 'no immediate safeguarding concerns "
          "and no marks or injuries have ever been seen' is negated, not urgent; level 3 mentioned "
          "but level null for a step_up.",
          kind="step_up", case_ids=["EHM-734877"], children=[("Skye Narracott", "2014-04-04")],
          concerns=["neglect", "school_attendance"], consent=True, manager_agreed=True,
          missing=[], next_action="book_meeting")

    # B4 urgent step-up: injury last night + threat tonight -------------------------------------
    body = """Hi MASH,

I need to make a contact today for the Rowe children: Alfie Rowe (8) and Poppy Rowe (5). EHM-736002.

Mum rang me this morning. Last night dad hit Alfie across the face, leaving a bruise under his eye, and he has told mum that if she tries to leave he will hurt the children. Mum says she is leaving with the kids tonight while he is at work and he is due home at 6.

My manager has agreed this needs to go to MASH today. I haven't been able to speak to mum about consent for the referral yet.

Tegen Kitto
Family Support Worker, Torbay Early Help
07700 900455
"""
    write(Mail("torbay_04.eml", frm=("Tegen Kitto", "tegen.kitto@gmail.example.com"),
               to=[TB_MASH], subject="Rowe children - today",
               date="Tue, 08 Dec 2026 11:25:00 +0000",
               msgid="<CAF8z1Lq0yMcS8Ig4Ap2xZ7wU9oT6fB1dE@mail.gmail.com>", style="gmail",
               cte="7bit", body=body))
    label("torbay_04.eml", "torbay", "mash_step_up", "2026-12-08T11:30:00+00:00",
          "Immediate risk: fresh injury last night and a threat to hurt the children when mum "
          "leaves tonight; consent not yet asked (null -> missing), manager agreed.",
          kind="step_up", urgent=True, case_ids=["EHM-736002"],
          children=[("Alfie Rowe", None), ("Poppy Rowe", None)],
          concerns=["domestic_abuse", "physical_harm"], consent=None, manager_agreed=True,
          missing=["consent"], next_action="alert_duty")

    # B5 Outlook iTIP REPLY declined, no ORGANIZER ---------------------------------------------
    ics = itip_reply_outlook("040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000"
                             "00001000000099887766554433", ("Verity, Tamsin",
                                                            "tamsin.verity@torbay.gov.uk"),
                             "DECLINED", "Triage - step down [SB-torbay-40]",
                             "20261215T093000", "20261215T100000", "20261209T083000Z", seq=0)
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Sorry, I'm on leave that day - Silas will cover.\r\n", "plain", "utf-8"))
    alt.attach(MIMEText("<html><body><p>Sorry, I'm on leave that day - Silas will cover.</p>"
                        "</body></html>\r\n", "html", "utf-8"))
    alt.attach(calendar_part(ics))
    m = Mail("torbay_05.eml", frm=("Verity, Tamsin", "tamsin.verity@torbay.gov.uk"),
             to=[TB_EH], subject="Declined: Triage - step down [SB-torbay-40]",
             date="Wed, 09 Dec 2026 08:30:12 +0000",
             msgid="<LO4P265MB6021B5C5D5E5F5@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>")
    write(m, m._headers(alt).as_bytes(policy=POLICY))
    label("torbay_05.eml", "torbay", "early_help_duty", "2026-12-09T08:35:00+00:00",
          "Outlook iTIP REPLY PARTSTAT=DECLINED (no ORGANIZER) with a comment in text and html.",
          kind="meeting_reply", next_action="record_reply")

    # B6 Gmail vacation responder ------------------------------------------------------------
    body = """Hi, thanks for your email. I'm away until 4 January with limited access to email. If this is about a child at risk please contact MASH on 01803 496 0100.

Tegen
"""
    write(Mail("torbay_06.eml", frm=("Tegen Kitto", "tegen.kitto@gmail.example.com"),
               to=[TB_MASH], subject="Away until 4 January",
               date="Mon, 21 Dec 2026 09:00:00 +0000",
               msgid="<CAF8z1Lq0yMcS8Ig4Ap2xZ7wU9oT6fB1dF@mail.gmail.com>", style="gmail",
               cte="7bit", extra_headers=[("Auto-Submitted", "auto-replied"),
                                          ("Precedence", "bulk")],
               body=body))
    label("torbay_06.eml", "torbay", "mash_step_up", "2026-12-21T09:05:00+00:00",
          "Gmail vacation responder: only Auto-Submitted (and Precedence) mark it; 'child at risk' "
          "is boilerplate.",
          kind="auto_reply", next_action="ignore")

    # B7 a parent writing in ------------------------------------------------------------------
    body = """Hi there

I'm a single mum with two boys and I'm finding things really hard at the moment with their behaviour at bedtime. My health visitor said you run parenting courses at the family hubs. Is there one in Paignton in the new year and how do I book on?

Thanks
Jess
"""
    write(Mail("torbay_07.eml", frm=("Jess Pascoe", "jesspascoe88@example.com"), to=[TB_EH],
               subject="parenting course", date="Sun, 06 Dec 2026 21:14:00 +0000",
               msgid="<AM9PR01MB7777A1B2C3D4E5F6@AM9PR01MB7777.eurprd01.prod.example.com>",
               style="plain", cte="7bit", body=body))
    label("torbay_07.eml", "torbay", "early_help_duty", "2026-12-07T08:30:00+00:00",
          "A parent asking about a parenting course (no child named, no step-up/down): other.",
          kind="other", next_action="human_review")


# =========================================================================== HEREFORDSHIRE


def herefordshire():
    # H1 complete step-down, past CP plan ----------------------------------------------------
    plan = docx("Step-down plan (EHA) - Lewis Bevan", [
        "## What needs to happen", "Dad to continue with the drug and alcohol service.",
        "Lewis to attend the after-school club twice a week."])
    cf = pdf(["Herefordshire Early Help consent form", "Child: Lewis Bevan",
              "I consent to information being shared and to an Early Help assessment.",
              "Signed: M. Bevan (dad)   Date: 01/12/2026"])
    body = """Good afternoon,

Please find attached the step-down plan and signed consent form for Lewis Bevan (DOB 19/01/2015), Mosaic no. 617734, stepping down to Early Help (level 3).

The child protection plan ended in October; there are no current child protection concerns. Dad's cannabis use has reduced substantially and he is engaging with the drug and alcohol service.

Key worker: Ms Gemma Price, Family Support Worker, Hereford City Family Hub - she has met Lewis and dad and is happy to lead.
""" + sig("Owain Prosser", "Social Worker, Child in Need Team", "Herefordshire Council",
          "01432 496 0381", "owain.prosser@herefordshire.gov.uk")
    write(Mail("herefordshire_01.eml", frm=("Owain Prosser", "owain.prosser@herefordshire.gov.uk"),
               to=[HF_EH], subject="Step-down plan - Lewis Bevan",
               date="Wed, 02 Dec 2026 14:40:00 +0000",
               msgid="<LO4P265MB6021H1A1B1C1D1@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Step-down plan - L Bevan.docx", plan),
                                       ("Signed consent form - Bevan.pdf", cf)]))
    label("herefordshire_01.eml", "herefordshire", "early_help_duty", "2026-12-02T14:50:00+00:00",
          "Complete Herefordshire step-down (plan docx, signed consent form pdf, key worker with "
          "agency); 'level 3' stated; 'Mosaic no. 617734' -> '617734'; ended CP plan is not urgent.",
          kind="step_down", level=3, case_ids=["617734"], children=[("Lewis Bevan", "2015-01-19")],
          concerns=["substance_misuse"], consent=True, manager_agreed=None, missing=[],
          next_action="book_meeting")

    # H2 HTML-only sibling group, consent form to follow ---------------------------------------
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div class="WordSection1">
<p class="MsoNormal">Hi Early Help Co-ordinators,</p>
<p class="MsoNormal">Sibling group step-down for the Jenkins children. School attendance has been the issue for all three and has improved since the CIN plan started.</p>
<table border="1" class="MsoNormalTable">
<tr><th>Child</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Ffion Jenkins</td><td>12/01/2012</td><td>619002</td></tr>
<tr><td>Rhodri Jenkins</td><td>30/06/2014</td><td>619003</td></tr>
<tr><td>Seren Jenkins</td><td>08/11/2017</td><td>619004</td></tr>
</table>
<p class="MsoNormal">Mum has agreed to the referral; I will get the consent form signed when I next visit.</p>
<p class="MsoNormal">Lead professional: Mr Owen Bright, Education Welfare Officer, Herefordshire Council Education Welfare Service.</p>
<p class="MsoNormal">Draft plan attached.</p>
<p class="MsoNormal">Thanks, Carys Lloyd (Social Worker)</p>
</div></body></html>
"""
    plan = docx("Draft step-down plan - Jenkins children", ["Attendance plan with EWO."])
    write(Mail("herefordshire_02.eml", frm=("Carys Lloyd", "carys.lloyd@herefordshire.gov.uk"),
               to=[HF_EH], subject="Jenkins children - step down",
               date="Thu, 03 Dec 2026 09:20:00 +0000",
               msgid="<LO4P265MB6021H2E2F2A2B2@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               style="html_only", html=html, attachments=[("Draft plan Jenkins.docx", plan)]))
    label("herefordshire_02.eml", "herefordshire", "early_help_duty", "2026-12-03T09:30:00+00:00",
          "HTML-only sibling-group step-down with a table of three children; consent given but the "
          "signed form is still to come (consent true, consent_form missing).",
          kind="step_down", case_ids=["619002", "619003", "619004"],
          children=[("Ffion Jenkins", "2012-01-12"), ("Rhodri Jenkins", "2014-06-30"),
                    ("Seren Jenkins", "2017-11-08")],
          concerns=["school_attendance"], consent=True, manager_agreed=None,
          missing=["consent_form"], next_action="request_info")

    # H3 step-down, consent form encrypted, key person tbc -----------------------------------
    plan = docx("Step-down plan - Tegan Morris", ["Mum to continue with talking therapies."])
    cf = encrypted_pdf(["Consent form - Tegan Morris", "Signed by mum 04/12/2026"])
    body = """Hi,

Step-down for Tegan Morris, DOB 05/05/2013, case no. 620115.

Mum's depression was the reason for CIN involvement; she is now engaged with talking therapies and her GP.

Mum has consented - signed form attached (it's password protected, password to follow by text). Plan attached too. Key person tbc - we are waiting to hear back from the school.

Ta,
Rhian
Rhian Gwynne | Social Worker | Herefordshire Council
"""
    write(Mail("herefordshire_03.eml", frm=("Rhian Gwynne", "rhian.gwynne@herefordshire.gov.uk"),
               to=[HF_EH], subject="Step down T Morris", date="Fri, 04 Dec 2026 15:55:00 +0000",
               msgid="<LO4P265MB6021H3C3D3E3F3@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body, attachments=[("Step-down plan Tegan.docx", plan),
                                       ("Consent form signed.pdf", cf)]))
    label("herefordshire_03.eml", "herefordshire", "early_help_duty", "2026-12-04T16:00:00+00:00",
          "Consent stated as given but the signed form is an encrypted PDF (refused, so "
          "consent_form missing); 'Key person tbc' -> lead_practitioner missing.",
          kind="step_down", case_ids=["620115"], children=[("Tegan Morris", "2013-05-05")],
          concerns=["parental_mental_health"], consent=True, manager_agreed=None,
          missing=["consent_form", "lead_practitioner"], next_action="request_info")

    # H4 follow-up adding the key person -------------------------------------------------------
    body = """Hi,

The key person will be Mrs Alys Morgan, Family Support Worker at Ross-on-Wye Family Hub. She has agreed.

Thanks
Rhian

________________________________
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 07 December 2026 09:05
Subject: [SB-herefordshire-19] Step-down request received - information needed

Thank you for your step-down request. Your reference is SB-herefordshire-19.
Still needed:
- a named lead practitioner (key person) and their agency
"""
    write(Mail("herefordshire_04.eml", frm=("Rhian Gwynne", "rhian.gwynne@herefordshire.gov.uk"),
               to=[HF_EH],
               subject="RE: [SB-herefordshire-19] Step-down request received - information needed",
               date="Mon, 07 Dec 2026 13:15:00 +0000",
               msgid="<LO4P265MB6021H4A4B4C4D4@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
               body=body))
    label("herefordshire_04.eml", "herefordshire", "early_help_duty", "2026-12-07T13:20:00+00:00",
          "Reply to [SB-herefordshire-19] supplying the key person; no child or case id named.",
          kind="follow_up", next_action="attach_to_request")

    # H5 Gmail iTIP REPLY declined with VALARM --------------------------------------------------
    ics = itip_reply_gmail("sb-herefordshire-22-dropin@stepbot",
                           ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
                           ("Bryn Watkins", "bryn.watkins.school@gmail.com"), "DECLINED",
                           "Step-down drop-in [SB-herefordshire-22]",
                           "20261215T100000Z", "20261215T103000Z", "20261210T184500Z")
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Bryn Watkins has declined this invitation.\r\n\r\nInvitation from Google "
                        "Calendar\r\n", "plain", "utf-8"))
    alt.attach(MIMEText("<div>Bryn Watkins has declined this invitation.</div>\r\n", "html",
                        "utf-8"))
    alt.attach(calendar_part(ics))
    m = Mail("herefordshire_05.eml", frm=("Bryn Watkins", "bryn.watkins.school@gmail.com"),
             to=[HF_EH], subject="Declined: Step-down drop-in [SB-herefordshire-22] @ Tue 15 Dec "
                                 "2026 10:00 - 10:30 (GMT) (Early Help Co-ordinators)",
             date="Thu, 10 Dec 2026 18:45:00 +0000",
             msgid="<000000000000f9e8d7c6b5a49382@google.com>")
    write(m, m._headers(alt).as_bytes(policy=POLICY))
    label("herefordshire_05.eml", "herefordshire", "early_help_duty", "2026-12-10T19:00:00+00:00",
          "Google Calendar iTIP REPLY PARTSTAT=DECLINED with a VALARM, no invite.ics attachment.",
          kind="meeting_reply", next_action="record_reply")

    # H6 Postfix bounce --------------------------------------------------------------------------
    raw = """Return-Path: <>
Received: by mx1.herefordshire.gov.uk (Postfix) id 4F1A2B3C4D; Fri, 11 Dec 2026 10:14:02 +0000 (GMT)
Date: Fri, 11 Dec 2026 10:14:02 +0000 (GMT)
From: MAILER-DAEMON@mx1.herefordshire.gov.uk (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: earlyhelpcoordinators@herefordshire.gov.uk
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F1A2B3C4D.1765447642/mx1.herefordshire.gov.uk"
Message-Id: <20261211101402.4F1A2B3C4D@mx1.herefordshire.gov.uk>

This is a MIME-encapsulated message.

--4F1A2B3C4D.1765447642/mx1.herefordshire.gov.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.herefordshire.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gemma.price@familyhub.example.org>: host mx.familyhub.example.org[192.0.2.25]
    said: 550 5.1.1 <gemma.price@familyhub.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

--4F1A2B3C4D.1765447642/mx1.herefordshire.gov.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.herefordshire.gov.uk
X-Postfix-Queue-ID: 4F1A2B3C4D
Arrival-Date: Fri, 11 Dec 2026 10:14:01 +0000 (GMT)

Final-Recipient: rfc822; gemma.price@familyhub.example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--4F1A2B3C4D.1765447642/mx1.herefordshire.gov.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
To: gemma.price@familyhub.example.org
Subject: [SB-herefordshire-24] Step-down drop-in booked - Lewis Bevan
Message-ID: <SB-herefordshire-24.booked@stepbot.herefordshire.gov.uk>
Auto-Submitted: auto-generated

--4F1A2B3C4D.1765447642/mx1.herefordshire.gov.uk--
""".replace("\n", "\r\n").encode()
    write(Mail("herefordshire_06.eml", frm=("", ""), to=[], subject="", date="", msgid=""), raw)
    label("herefordshire_06.eml", "herefordshire", "early_help_duty", "2026-12-11T10:20:00+00:00",
          "Postfix bounce (multipart/report) whose returned headers name a child and an SB "
          "reference: auto_reply, ignore, nothing extracted.",
          kind="auto_reply", next_action="ignore")

    # H7 misdirected room-booking enquiry ------------------------------------------------------
    body = """Good morning,

Could you tell me who I should contact to book the large meeting room at Leominster Family Hub for our school's parents' coffee morning on 21 January? I was given this email address by reception but I suspect it's the wrong one.

Many thanks,
Sian Probert
School Business Manager, Kingsland CE Primary School
01568 496 0120
"""
    write(Mail("herefordshire_07.eml", frm=("Sian Probert", "sbm@kingsland.example.sch.uk"),
               to=[HF_EH], subject="Room booking - Leominster Family Hub",
               date="Tue, 08 Dec 2026 09:05:00 +0000",
               msgid="<DB7PR02MB4444C3D4E5F6A7B8@DB7PR02MB4444.eurprd02.prod.example.com>",
               body=body))
    label("herefordshire_07.eml", "herefordshire", "early_help_duty", "2026-12-08T09:15:00+00:00",
          "Misdirected room-booking enquiry from a school business manager: other.",
          kind="other", next_action="human_review")


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    LABELS.clear()
    knowsley()
    richmond_wandsworth()
    tower_hamlets()
    torbay()
    herefordshire()
    (HERE / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(LABELS)} messages to {HERE}")


if __name__ == "__main__":
    main()
