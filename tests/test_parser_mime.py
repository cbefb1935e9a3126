"""MIME handling and attachments: never crash, never lose content, refuse what is unsafe."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from bot.parser import parse_message
from bot.parser.attachments import read_attachment
from bot.parser.mime import parse_mime
from bot.parser.text import split_history

DATA = Path(__file__).parent / "data" / "parser"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_docx(paragraphs=(), table=()) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, val in enumerate(row):
                t.cell(r, c).text = val
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text pypdf can extract (Helvetica, one line per Tj)."""
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for ln in lines]
    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({t}) Tj T*" for t in esc) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def encrypted_pdf() -> bytes:
    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(make_pdf(["Multi-Agency Request for Support"]))))
    w.encrypt("secret")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def message(body: str, *, subject="Step up - Sam Test", attachments=(), html: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = "Worker <worker@example.gov.uk>"
    m["To"] = "knowsleymash@knowsley.gov.uk"
    m["Subject"] = subject
    m["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    m["Message-ID"] = "<t1@example.gov.uk>"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


def parse(raw: bytes, **kw):
    kw.setdefault("pack", None)
    kw.setdefault("authority", "knowsley")
    kw.setdefault("mailbox", "mash_step_up")
    kw.setdefault("now", NOW)
    return parse_message(raw, **kw)


# -- bodies -------------------------------------------------------------------------------------
def test_outlook_html_only_mail_is_read_as_text_with_its_table():
    res = parse((DATA / "outlook_html_only.eml").read_bytes(), mailbox="early_help_duty")
    c = res.contract.to_dict()
    assert res.html and "MsoNormal" in res.html
    assert "Callum Test | 12/12/2011 | ICS-1000001" in res.body_text
    assert c["children"] == [{"name": "Callum Test", "dob": "2011-12-12"}]
    assert c["kind"] == "step_down" and c["level"] == 3 and c["consent"] is True
    assert res.wsn is True


def test_quoted_history_is_kept_apart_and_follow_up_facts_come_from_new_text():
    res = parse((DATA / "apple_quoted_reply.eml").read_bytes(), authority="herefordshire", mailbox="early_help_duty")
    c = res.contract.to_dict()
    assert c["kind"] == "follow_up" and c["reference"] == "SB-herefordshire-7"
    assert "What is missing" not in res.body_text and "What is missing" in res.history_text
    assert c["concerns"] == [] and c["consent"] is True
    assert [ch["name"] for ch in c["children"]] == ["Evie Test", "Logan Test"]
    assert c["next_action"] == "attach_to_request"


def test_bounce_is_an_auto_reply_even_without_auto_submitted():
    c = parse((DATA / "bounce_report.eml").read_bytes()).contract.to_dict()
    assert c["kind"] == "auto_reply" and c["next_action"] == "ignore" and c["reference"] == "SB-tower_hamlets-44"


@pytest.mark.parametrize("text", [
    "Hello\n\n-----Original Message-----\nFrom: A\nold text",
    "Hello\n\nFrom: Clarke, Beth <b@x.uk>\nSent: 23 November 2026 17:40\nTo: M\nold text",
    "Hello\n\n---------- Forwarded message ---------\nFrom: S <s@x.uk>\nold text",
    "Hello\n\nOn Mon, 23 Nov 2026 at 15:40, L W <l@x.uk> wrote:\n> old text",
    "Hello\n\n________________________________\nFrom: Early Help <e@x.uk>\nold text",
])
def test_history_markers(text):
    split = split_history(text)
    assert split.new == "Hello" and "old text" in split.history


def test_attached_rfc822_forward_is_read():
    inner = EmailMessage()
    inner["From"] = "Team Manager <tm@example.gov.uk>"
    inner["Subject"] = "Re: Harley"
    inner.set_content("I agree this needs to go to MASH. Harley Test (DOB 25/07/2014), EHM-733104.")
    outer = EmailMessage()
    outer["From"] = "w@example.gov.uk"
    outer["To"] = "mash@torbay.gov.uk"
    outer["Subject"] = "Fwd: Harley - contact to MASH"
    outer.set_content("See attached, my manager has agreed.")
    outer.add_attachment(inner)
    c = parse(outer.as_bytes(), authority="torbay").contract.to_dict()
    assert c["case_ids"] == ["EHM-733104"]
    assert c["children"] == [{"name": "Harley Test", "dob": "2014-07-25"}]


def test_wrong_charset_label_falls_back_to_windows_1252():
    raw = (b"From: a@example.gov.uk\r\nTo: b@example.gov.uk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           b"Ren\xe9e Test (DOB 05/05/2017) owes \xa31,200 \x96 rent\r\n")
    res = parse(raw)
    assert "Renée Test" in res.body_text and "£1,200 – rent" in res.body_text
    assert res.warnings


def test_raw_8bit_headers_are_read_as_utf8():
    raw = ("From: Siân Test <s@example.gov.uk>\r\nTo: b@example.gov.uk\r\nSubject: Step down – Siobhán\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n").encode("utf-8")
    res = parse(raw)
    assert res.sender_name == "Siân Test" and res.subject == "Step down – Siobhán"


def test_missing_closing_boundary_keeps_every_part():
    raw = (b"From: a@example.gov.uk\r\nTo: b@example.gov.uk\r\nSubject: Step down\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\n'
           b"Isla Test (DOB 18/08/2016)\r\n--XX\r\nContent-Type: application/pdf\r\n"
           b'Content-Disposition: attachment; filename="Consent - Isla.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
           + __import__("base64").encodebytes(make_pdf(["Consent to Step Down"])).replace(b"\n", b"\r\n"))
    res = parse(raw, mailbox="early_help_duty")
    assert [a.filename for a in res.attachments] == ["Consent - Isla.pdf"]
    assert res.attachments[0].accepted and res.attachments[0].role == "consent_form"
    assert res.contract.children == [{"name": "Isla Test", "dob": "2016-08-18"}]


def test_rfc2231_filename():
    raw = (b"From: a@example.gov.uk\r\nTo: b@example.gov.uk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nhi\r\n'
           b"--XX\r\nContent-Type: application/octet-stream\r\n"
           b"Content-Disposition: attachment; filename*=utf-8''Case%20summary%20%E2%80%93%20Zo%C3%AB.txt\r\n\r\n"
           b"Case summary text\r\n--XX--\r\n")
    res = parse(raw)
    assert res.attachments[0].filename == "Case summary – Zoë.txt"
    assert res.attachments[0].role == "case_summary"


# -- attachments --------------------------------------------------------------------------------
def test_docx_form_fields_are_read_from_its_table():
    form = make_docx(["FF Step Up request to CSC"], [
        ["Child's name(s) and DOB:", "Amara Test - DOB 19/06/2015"],
        ["Case ID on EHM:", "EHM-50917"],
        ["Date of step up TAF meeting:", "Wednesday 9th December 2026 at 10:00am, Kirkby Family Hub"],
        ["Agreement by line manager:", "Paul Gerrard, TM - agreed 25/11/2026"],
        ["Current Concerns", "Domestic abuse: police called twice in October 2026"],
    ])
    raw = message("Please find attached the step up request.", subject="Step up request",
                  attachments=[("FF Step Up Request.docx", DOCX, form)])
    c = parse(raw).contract.to_dict()
    assert c["children"] == [{"name": "Amara Test", "dob": "2015-06-19"}]
    assert c["case_ids"] == ["EHM-50917"] and c["manager_agreed"] is True
    assert "domestic_abuse" in c["concerns"]
    assert c["proposed_meeting"]["start"] == "2026-12-09T10:00:00+00:00"
    assert c["attachments"][0]["role"] == "step_up_form"


def test_pdf_text_is_read():
    att = read_attachment("scan.pdf", "application/pdf", make_pdf(["Graded Care Profile 2 (GCP2)", "Child Test"]),
                          max_bytes=2**20)
    assert att.accepted and "Graded Care Profile 2" in att.text


def _docx_with_macros() -> bytes:
    src = zipfile.ZipFile(io.BytesIO(make_docx(["x"])))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for item in src.infolist():
            z.writestr(item, src.read(item))
        z.writestr("word/vbaProject.bin", b"\x00" * 16)
    return buf.getvalue()


@pytest.mark.parametrize("name,ctype,data,word", [
    ("Case summary.exe", "application/x-msdownload", b"MZ\x90\x00" + b"\x00" * 60, "program"),
    ("summary.pdf", "application/pdf", b"MZ\x90\x00" + b"\x00" * 60, "program"),
    ("Exploitation Assessment.docm", "application/vnd.ms-word.document.macroenabled.12", b"PK\x03\x04", "macro"),
    ("GCP2.docx", DOCX, None, "macros"),
    ("MARF.pdf", "application/pdf", None, "password"),
    ("Step down docs.zip", "application/zip", b"PK\x03\x04rest", "archive"),
    ("plan.docx", DOCX, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "password"),
    ("big.pdf", "application/pdf", b"%PDF-" + b"x" * 2048, "limit"),
    ("broken.docx", DOCX, b"PK\x03\x04 not really a zip", "damaged"),
])
def test_refused_attachments_say_why(name, ctype, data, word):
    if data is None:
        data = _docx_with_macros() if name.endswith(".docx") else encrypted_pdf()
    att = read_attachment(name, ctype, data, max_bytes=1024 if name == "big.pdf" else 2**20)
    assert not att.accepted and word in att.problem and name in att.problem


def test_a_refused_file_meets_no_requirement():
    from bot.policy import load_all_packs

    pack = load_all_packs()["tower_hamlets"]
    raw = message("Step up for Sami Test (DOB 04/04/2011), Mosaic 1433092. Agreed with my team manager today.",
                  subject="Step up - Sami Test", attachments=[("MARF_Sami.pdf", "application/pdf", encrypted_pdf())])
    c = parse(raw, pack=pack, authority="tower_hamlets").contract.to_dict()
    assert c["attachments"][0]["accepted"] is False and c["attachments"][0]["role"] == "request_for_support"
    assert c["missing"] == ["request_for_support"] and c["next_action"] == "request_info"


def test_ical_reply_is_read():
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
           "UID:SB-knowsley-9-taf@stepbot\r\nSEQUENCE:2\r\nDTSTART:20261209T100000Z\r\n"
           "ATTENDEE;PARTSTAT=DECLINED;CN=Claire:mailto:Claire@example.gov.uk\r\n"
           "COMMENT:On leave\r\nSUMMARY:Step-up TAF [SB-knowsley-9]\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = EmailMessage()
    m["From"] = "Claire <Claire@example.gov.uk>"
    m["To"] = "knowsleymash@knowsley.gov.uk"
    m["Subject"] = "Declined: Step-up TAF"
    m.set_content("Declined")
    m.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    res = parse(m.as_bytes())
    assert res.contract.kind == "meeting_reply" and res.contract.next_action == "record_reply"
    assert res.contract.reference == "SB-knowsley-9"
    assert res.ical["partstat"] == "DECLINED" and res.ical["sequence"] == 2
    assert res.ical["attendee"] == "claire@example.gov.uk" and res.ical["comment"] == "On leave"


def test_parse_mime_counts_parts():
    raw = parse_mime((DATA / "bounce_report.eml").read_bytes())
    assert raw.is_report


REPLY_BODY = ("Signed consent form for Amelia and Noah Price attached.\n\nThanks, Jo\n\n"
              "On 3 Dec 2026, at 10:02, Early Help <earlyhelp@council.example> wrote:\n\n"
              "> Thank you for your step-down request. Your reference is SB-herefordshire-24.\n"
              "> What is missing: the signed consent form.\n")


@pytest.mark.parametrize("subject,kind", [
    ("signed consent - Price", "follow_up"),          # a reply whose subject was rewritten
    ("Fwd: signed consent - Price", None),             # a forward of our acknowledgement is not a reply to it
])
def test_a_reference_only_in_quoted_history_makes_a_rewritten_reply_a_follow_up(subject, kind):
    c = parse(message(REPLY_BODY, subject=subject), authority="herefordshire", mailbox="early_help_duty").contract.to_dict()
    if kind:
        assert (c["kind"], c["reference"]) == (kind, "SB-herefordshire-24")
    else:
        assert c["kind"] != "follow_up" and c["reference"] is None


@pytest.mark.parametrize("body,kind", [
    ("Draft plan attached - sorry, I forgot to attach it to my step down email on Tuesday!", "follow_up"),
    ("My TM has now done the manager's analysis, so the step down I sent on Monday is ready.", "follow_up"),
    ("Further to my step down email last Thursday, mum has withdrawn her consent.", "follow_up"),
    ("FOR INFORMATION ONLY - please don't log it as a new request. Step down for Sam Test attached.", "other"),
])
def test_a_mail_adding_to_an_earlier_request_without_its_reference(body, kind):
    c = parse(message(body, subject="Sam Test"), authority="torbay", mailbox="early_help_duty").contract.to_dict()
    assert c["kind"] == kind and c["reference"] is None


def test_a_please_see_attached_request_is_read_from_its_documents():
    summary = make_docx([
        "Case summary",
        "Oscar Ellison, DOB 03/04/2015, Mosaic 1184529.",
        "Police have attended domestic incidents between mum and her partner; he uses cocaine daily.",
        "Mum has refused consent to the step up.",
        "The Early Help Team Manager agrees the step up.",
    ])
    raw = message("Please see attached.\n\nDan", subject="Step up - Oscar Ellison",
                  attachments=[("Case summary - Oscar.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", summary)])
    c = parse(raw, authority="richmond_wandsworth", mailbox="mash_step_up").contract.to_dict()
    assert c["kind"] == "step_up"
    assert c["children"] == [{"name": "Oscar Ellison", "dob": "2015-04-03"}]
    assert set(c["concerns"]) == {"domestic_abuse", "substance_misuse"}
    assert (c["consent"], c["manager_agreed"]) == (False, True)


def test_what_the_mail_says_wins_over_its_documents():
    plan = make_docx(["Draft plan", "Mum has not yet been asked for consent.", "Level 2 support."])
    raw = message("Step down to Level 3 for Sam Test (DOB 01/02/2016). Mum has given consent.",
                  subject="Step down - Sam Test",
                  attachments=[("Draft plan.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", plan)])
    c = parse(raw, authority="torbay", mailbox="early_help_duty").contract.to_dict()
    assert (c["kind"], c["level"], c["consent"]) == ("step_down", 3, True)


THREAD = """Just to confirm I have discussed Lily-Mae's step up with Jade in supervision and I agree with it.

Ruth

From: Sherlock, Jade <Jade.Sherlock@knowsley.gov.uk>
Sent: 19 March 2027 16:44
To: {to}
Subject: Step up request - Lily-Mae Gorman - EHM-61733

Please find attached the step up form for Lily-Mae Gorman, EHM-61733.
"""


@pytest.mark.parametrize("subject,to,kind", [
    ("RE: Step up request - Lily-Mae Gorman", "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "follow_up"),
    ("RE: Step up request - Lily-Mae Gorman", "Lyons, Ruth <Ruth.Lyons@knowsley.gov.uk>", "step_up"),  # not our thread
    ("Step up request - Lily-Mae Gorman", "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "step_up"),  # not a reply
])
def test_a_reply_in_a_thread_sent_to_this_mailbox_is_a_follow_up(subject, to, kind):
    c = parse(message(THREAD.format(to=to), subject=subject)).contract.to_dict()
    assert c["kind"] == kind and c["reference"] is None


_PARTS = ("{delim}\nContent-Type: text/plain; charset=\"utf-8\"\n\nStep up for Poppy Narramore, DOB 11/04/2017.\n\n"
          "{delim}\nContent-Type: application/pdf; name=\"plan.pdf\"\nContent-Disposition: attachment; filename=\"plan.pdf\"\n"
          "Content-Transfer-Encoding: base64\n\nJVBERi0=\n\n{delim}--\n")


@pytest.mark.parametrize("ctype_line,delim", [
    ("Content-Type: multipart/mixed", "--_002_ABCDEF0123456789_"),                      # no boundary parameter
    ("Content-Type: multipart/mixed;\n\tboundary=\"----=_NextPart_000_0012_01DB\"",       # declared, never used
     "------=_NextPart_000_0013_01DB"),
    ("Content-Type: multipart/alternative; boundary=\"zzz-not-here\"", "--Apple-Mail=_1A2B3C"),
    ("Content-Type: multipart/related", "--b1_5f3c9e"),
])
def test_multipart_parts_found_when_the_boundary_is_missing_or_never_occurs(ctype_line, delim):
    raw = (f"From: a@b.gov.uk\nTo: c@d.gov.uk\nSubject: x\nMIME-Version: 1.0\n{ctype_line}\n\n"
           "This is a multi-part message in MIME format.\n\n" + _PARTS.format(delim=delim)).encode()
    mime = parse_mime(raw)
    body = "\n".join(mime.plain)
    assert "Poppy Narramore" in body and "Content-Type" not in body
    if "alternative" not in ctype_line:
        assert [a.filename for a in mime.attachments] == ["plan.pdf"]


@pytest.mark.parametrize("label,text", [
    ("us-ascii", "Siân’s mum – fine"),
    ("iso-8859-1", "Siân’s mum – fine"),
    ("windows-1252", "Zoë O’Sullivan"),
    ("utf-8", "Niamh Ní Bhriain"),
    ("made-up-charset", "Aoife Ó Briain"),
])
def test_wrong_charset_label_falls_back_to_the_decoding_that_fits(label, text):
    raw = (f"From: a@b.gov.uk\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"{label}\"\n"
           "Content-Transfer-Encoding: 8bit\n\n").encode() + text.encode("utf-8") + b"\n"
    assert parse_mime(raw).plain[0].strip() == text


def test_a_real_windows_1252_body_stays_windows_1252():
    raw = (b"From: a@b.gov.uk\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"windows-1252\"\n\n"
           + "Zoë’s mum".encode("cp1252") + b"\n")
    assert parse_mime(raw).plain[0].strip() == "Zoë’s mum"


def _alternative_mail(plain: str, html: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "w@example.org", "mash@example.gov.uk", "RE: update"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return m.as_bytes()


HTML_BODY = ("<html><body><p>Leo (6) goes home with dad tonight.</p><p>He has a bruise to his cheek and told "
             "his teacher dad did it.</p><p>Mum is away until Monday and nobody else is at home.</p></body></html>")


@pytest.mark.parametrize("plain,read_html", [
    ("This message contains formatted content. To read it, open it in a mail program that can display HTML.", True),
    ("View this email in your browser.", True),
    ("", True),
    # a real plain alternative is read as it is, the HTML not again
    ("Leo (6) goes home with dad tonight.\n\nHe has a bruise to his cheek and told his teacher dad did it.\n\n"
     "Mum is away until Monday and nobody else is at home.", False),
])
def test_a_plain_text_stub_gives_way_to_the_html(plain, read_html):
    mime = parse_mime(_alternative_mail(plain, HTML_BODY))
    text = "\n".join(mime.plain)
    assert "told his teacher dad did it" in text
    assert (len([p for p in mime.plain if "told his teacher" in p]) == 1)
    assert (len([p for p in mime.plain if p.strip()]) == (2 if read_html and plain else 1))


def test_a_follow_up_that_brings_the_plan_brings_its_worries():
    """A reply that only attaches the missing plan: the worries written in the plan are the request's."""
    m = EmailMessage()
    m["From"], m["To"] = "sw@council.example", "earlyhelp@richmond.gov.uk"
    m["Subject"] = "RE: [SB-richmond_wandsworth-7] Step down - Aisha Test"
    m.set_content("Morning, draft Early Help plan attached - sorry, I forgot it on Tuesday! Gemma")
    plan = make_docx(["Draft Early Help plan - Aisha Test",
                      "What we are worried about: mum's depression has worsened and Aisha's school attendance is 71%."])
    m.add_attachment(plan, maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="Draft EH plan - Aisha T.docx")
    c = parse_message(m.as_bytes(), pack=None, authority="richmond_wandsworth", mailbox="early_help_duty",
                      now=datetime(2026, 12, 1, 9, tzinfo=timezone.utc)).contract.to_dict()
    assert c["kind"] == "follow_up"
    assert "school_attendance" in c["concerns"]


RTF_EXPORT = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
              rb"\pard\b EARLY HELP CASE SUMMARY\b0\par"
              rb"\trowd\cellx3600\cellx5400\pard\intbl Child\cell DOB\cell \row"
              rb"\trowd\cellx3600\cellx5400\pard\intbl Ebun ADEYEMI\cell 22.04.2019\cell \row"
              rb"\pard Mother\'92s partner smokes cannabis in the flat.\par}")


@pytest.mark.parametrize("filename,content_type", [
    ("Case summary.rtf", "application/rtf"),          # by name and type
    ("export", "application/octet-stream"),           # by its first bytes only
    ("summary.rtf", "text/rtf"),
])
def test_a_rich_text_attachment_is_read_as_its_words_with_table_cells_kept_apart(filename, content_type):
    att = read_attachment(filename, content_type, RTF_EXPORT, max_bytes=10_000_000)
    assert att.problem is None
    assert "EARLY HELP CASE SUMMARY" in att.text and "\\rtf" not in att.text and "cellx" not in att.text
    assert "Ebun ADEYEMI|22.04.2019|" in att.text
    assert "Mother’s partner" in att.text       # \'92 in the file's code page (windows-1252)


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
<office:body><office:text>
<text:h text:outline-level="1">FF Step Up request to CSC</text:h>
<text:p>Case ID on EHM:<text:s/>EHM-108815</text:p>
<table:table><table:table-row><table:table-cell><text:p>Child</text:p></table:table-cell>
<table:table-cell><text:p>Date of birth</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Lola Mercer</text:p></table:table-cell>
<table:table-cell><text:p>12/01/2031</text:p></table:table-cell></table:table-row></table:table>
<text:list><text:list-item><text:p>Agreement by line manager: Yes</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>"""


def make_odt(content: str = ODT_CONTENT) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_an_opendocument_text_is_read_with_its_tables_in_order():
    """LibreOffice's .odt: headings, paragraphs, list items and table rows (``cell | cell``)."""
    a = read_attachment("Step Up Request - Mercer.odt", "application/vnd.oasis.opendocument.text", make_odt(),
                        max_bytes=10 * 2**20)
    assert a.accepted and a.text.splitlines() == [
        "FF Step Up request to CSC", "Case ID on EHM: EHM-108815", "Child | Date of birth",
        "Lola Mercer | 12/01/2031", "Agreement by line manager: Yes"], a.text


def test_an_opendocument_with_an_external_entity_is_read_without_resolving_it():
    evil = ODT_CONTENT.replace('<?xml version="1.0" encoding="UTF-8"?>',
                               '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
    evil = evil.replace("EHM-108815", "&e;")
    a = read_attachment("x.odt", "application/vnd.oasis.opendocument.text", make_odt(evil), max_bytes=10 * 2**20)
    assert "root:" not in a.text


@pytest.mark.parametrize("from_,reply_to,kind,sender", [
    # a secure-mail portal or an online form writes for a person: their mail, answered to them
    ("DC Rachel Ambrose via Galaxkey <noreply@secure.galaxkey.example>", "DC Rachel Ambrose <rachel.ambrose@met.police.example.uk>",
     "other", "rachel.ambrose@met.police.example.uk"),
    ("Online Forms <no-reply@forms.example.gov.uk>", "ellie.crocker@torbay.gov.uk", "other", "ellie.crocker@torbay.gov.uk"),
    ("Torbay Council website <noreply-forms@torbay.gov.uk>", "Sarah-Jane W <sj.w@mail.example.com>", "other", "sj.w@mail.example.com"),
    # a machine with nobody behind it stays automatic
    ("Online Forms <no-reply@forms.example.gov.uk>", "", "auto_reply", "no-reply@forms.example.gov.uk"),
    ("Mailer <noreply@forms.example.gov.uk>", "bounces@forms.example.gov.uk", "auto_reply", "noreply@forms.example.gov.uk"),
])
def test_a_no_reply_sender_with_a_person_behind_it_is_that_persons_mail(from_, reply_to, kind, sender):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = from_, "mash@example.gov.uk", "Secure message: a boy at the station"
    if reply_to:
        m["Reply-To"] = reply_to
    m.set_content("Please can the duty social worker ring me about a boy we found this morning.")
    res = parse(m.as_bytes())
    assert (res.contract.kind, res.sender) == (kind, sender)


def test_a_word_documents_comments_and_tracked_insertions_are_read_and_deletions_are_not():
    d = docx.Document()
    p = d.add_paragraph("Key person: ")
    run = p.add_run("Sian Powell")
    d.add_comment(run, text="Please don't send this yet: Dean is in the house and won't leave.", author="Andrea Coles")
    body = d.add_paragraph("Consent: ")._p
    ins = body.makeelement(docx.oxml.ns.qn("w:ins"), {docx.oxml.ns.qn("w:id"): "1", docx.oxml.ns.qn("w:author"): "TM"})
    r = docx.oxml.parse_xml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t>signed by mum</w:t></w:r>')
    ins.append(r)
    body.append(ins)
    dele = docx.oxml.parse_xml('<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="2" '
                               'w:author="TM"><w:r><w:delText> - not yet</w:delText></w:r></w:del>')
    body.append(dele)
    buf = io.BytesIO()
    d.save(buf)
    a = read_attachment("plan.docx", DOCX, buf.getvalue(), max_bytes=10 * 2**20)
    assert "Consent: signed by mum" in a.text and "not yet" not in a.text, a.text
    assert "Comment (Andrea Coles): Please don't send this yet" in a.text, a.text


def test_a_word_check_box_control_reads_as_the_box_word_shows_by_its_state():
    """Word's content-control check boxes (w14:checkbox) sit outside the paragraph's runs: the
    manager's "☒ Agreed ☐ Not agreed" is read by each box's state, not lost."""
    import io

    import docx
    from lxml import etree

    from bot.parser.attachments import docx_text

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"

    def box(checked: bool, glyph: str) -> str:
        return (f'<w:sdt xmlns:w="{w}" xmlns:w14="{w14}"><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
                f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')

    doc = docx.Document()
    p = doc.add_paragraph("Agreement by line manager: ")
    # the glyph left stale on purpose: the state decides
    for checked, label in ((True, " Agreed "), (False, " Not agreed")):
        p._p.append(etree.fromstring(box(checked, "☐")))
        p.add_run(label)
    other = doc.add_paragraph()
    other._p.append(etree.fromstring(f'<w:sdt xmlns:w="{w}"><w:sdtPr/><w:sdtContent><w:r><w:t>Paul Mercer</w:t></w:r>'
                                     f'</w:sdtContent></w:sdt>'))
    buf = io.BytesIO()
    doc.save(buf)
    text = docx_text(buf.getvalue())
    assert "Agreement by line manager: ☒ Agreed ☐ Not agreed" in text
    assert "Paul Mercer" in text


def test_an_html_attachment_is_read_as_its_text_not_its_markup():
    a = read_attachment("MAST duty rota.html", "text/html",
                        b"<html><body><table><tr><td>Mon 25 March</td><td>Maryam</td></tr></table>"
                        b"<p>Cover &amp; leave</p></body></html>", max_bytes=10**6)
    assert a.text == "Mon 25 March | Maryam\n\nCover & leave"


def _mail(body: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a.worker@example.org", "mash@knowsley.gov.uk", "Keeley"
    m.set_content(body)
    return bytes(m)


@pytest.mark.parametrize("body,urgent", [
    ("Gary has a conviction for sexual offences against a child and he is minding Keeley (2) tonight.", True),
    ("Please find the plan attached for the step down.", False),
])
def test_a_message_the_parser_stops_on_is_still_read_for_an_immediate_risk(monkeypatch, body, urgent):
    import bot.parser as parser

    def broken(*args, **kwargs):
        raise AttributeError("a bug in a rule")
    monkeypatch.setattr(parser, "run", broken)
    c = parse_message(_mail(body), pack=None, authority="knowsley", mailbox="mash_step_up", now=NOW).contract
    assert c.error and c.kind == "other"
    assert (c.urgent, c.next_action) == ((True, "alert_duty") if urgent else (False, "human_review"))


def test_a_message_whose_text_cannot_be_assessed_either_is_possibly_urgent(monkeypatch):
    import bot.parser as parser
    import bot.parser.urgency as urgency

    def broken(*args, **kwargs):
        raise AttributeError("a bug in a rule")
    monkeypatch.setattr(parser, "run", broken)
    monkeypatch.setattr(urgency, "assess", broken)
    c = parse_message(_mail("Please find the plan attached."), pack=None, authority="knowsley",
                      mailbox="mash_step_up", now=NOW).contract
    assert c.urgent and c.next_action == "alert_duty"


_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "BEGIN:VEVENT\r\nUID:abc-123\r\nDTSTART:20340531T090000Z\r\nDTEND:20340531T100000Z\r\n"
        "SUMMARY:Step up TAF\\, Pennington family\r\nLOCATION:Kirkby Family Hub\\; room 2\r\n"
        "DESCRIPTION;LANGUAGE=en-GB:Step up TAF meeting for Ellie-Mae and Jayden Pen\r\n nington\\, chaired by the MA\r\n"
        " SH social worker.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("name,ctype", [("invite.ics", "text/calendar"), ("invite.ics", "application/ics"),
                                        ("meeting", "text/calendar")])
def test_an_attached_calendar_reads_as_its_words_unfolded_not_as_its_property_lines(name, ctype):
    att = read_attachment(name, ctype, _ICS.encode(), max_bytes=10 * 2**20)
    assert att.accepted
    assert "Ellie-Mae and Jayden Pennington, chaired by the MASH social worker." in att.text
    assert "Step up TAF, Pennington family" in att.text and "Kirkby Family Hub; room 2" in att.text
    assert "DTSTART" not in att.text and "Pen\n" not in att.text


def test_an_attached_calendar_too_broken_to_read_gives_no_text():
    assert read_attachment("x.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nnonsense", max_bytes=2**20).text == ""


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_mail_that_names_no_child_takes_the_children_from_the_document_it_sends(kind):
    """"Please see the attached letter": the letter, whatever its name, says whose it is."""
    lines = ["Re: Daniel Obi (date of birth 05/11/2015) and Samuel Obi (date of birth 30/01/2021)",
             "Thank you for meeting me on Wednesday."]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "sw@knowsley.gov.uk", "mash@knowsley.gov.uk", "Letter to Mr Obi"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0000"
    msg.set_content("Dear all,\n\nPlease see the attached letter.\n\nThanks\nJo")
    data, name, ctype = (make_docx(lines), "Document1.docx", DOCX) if kind == "docx" else \
        (make_pdf(lines), "scan0003.pdf", "application/pdf")
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    out = parse_message(msg.as_bytes(), pack=None, authority="knowsley", mailbox="mash_step_up", now=NOW).contract
    assert out.children == [{"name": "Daniel Obi", "dob": "2015-11-05"}, {"name": "Samuel Obi", "dob": "2021-01-30"}]
