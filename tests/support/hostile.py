"""Hostile mail, generated: each one once held up a duty mailbox (issue 13). Small to store, costly
to read: the bombs are built with zlib so a few hundred KB unpack to tens of MB."""
from __future__ import annotations

import io
import random
import zipfile
import zlib
from email.message import EmailMessage

FIRST = ["Amy", "Ben", "Cara", "Dan", "Eve", "Finn", "Gus", "Hana", "Ivy", "Jude", "Kai", "Lola"]


def _message(subject: str, text: str, n: int) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "worker@partner.example.org"
    m["To"] = "knowsleymash@knowsley.gov.uk"
    m["Subject"] = subject
    m["Message-ID"] = f"<hostile-{n}@partner.example.org>"
    m["Date"] = "Mon, 23 Nov 2026 08:30:00 +0000"
    m.set_content(text)
    return m


def subject_of_names(size: int = 20_000) -> bytes:
    rnd = random.Random(13)
    words = []
    while sum(len(w) + 1 for w in words) < size:
        words.append(rnd.choice(FIRST))
    return _message(" ".join(words), "Please see the subject.", 1).as_bytes()


def docx_bomb(xml_mb: int = 47) -> bytes:
    """A .docx whose word/document.xml is ``xml_mb`` MB of repeated paragraphs (about 100 KB zipped)."""
    para = b"<w:p><w:r><w:t>worry worry worry worry worry worry worry worry</w:t></w:r></w:p>"
    body = para * (xml_mb * 2**20 // len(para))
    doc = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + b"</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
    m = _message("Step up request - see attached", "Please see the attached referral form.", 2)
    m.add_attachment(buf.getvalue(), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="Referral.docx")
    return m.as_bytes()


def pdf_shared_stream(stream_mb: int = 70, pages: int = 40) -> bytes:
    """A PDF whose pages all draw one content stream that unpacks to ``stream_mb`` MB."""
    content = b"BT /F1 12 Tf 72 720 Td (worry) Tj ET\n" * (stream_mb * 2**20 // 38)
    packed = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) + b"] /Count %d >>" % pages,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
             b"/Resources << /Font << /F1 3 0 R >> >> >>" for _ in range(pages)]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    m = _message("Assessment attached", "Please see the attached assessment.", 3)
    m.add_attachment(out.getvalue(), maintype="application", subtype="pdf", filename="Assessment.pdf")
    return m.as_bytes()


def huge_body(mb: int = 49, n: int = 4) -> bytes:
    line = b"We are writing about the family and the support offered so far this term.\r\n"
    head = (b"From: worker@partner.example.org\r\nTo: knowsleymash@knowsley.gov.uk\r\nSubject: Long update\r\n"
            b"Message-ID: <hostile-%d@partner.example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
    return head % n + line * (mb * 2**20 // len(line))


def too_many_parts(n: int = 1005) -> bytes:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(n))
    return (b"From: worker@partner.example.org\r\nSubject: Many parts\r\nMessage-ID: <hostile-5@partner.example.org>\r\n"
            b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n")


def nested(depth: int, text: bytes = b"Nothing to report.") -> bytes:
    raw = (b"From: worker@partner.example.org\r\nSubject: Nested\r\nMessage-ID: <hostile-nest-%d@partner.example.org>\r\n"
           % depth)
    for i in range(depth):
        raw += b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (i, i)
    raw += b"Content-Type: text/plain\r\n\r\n" + text + b"\r\n"
    for i in reversed(range(depth)):
        raw += b"--n%d--\r\n" % i
    return raw


def raw_8bit_filename() -> bytes:
    return (b"From: worker@partner.example.org\r\nSubject: Referral\r\nMessage-ID: <hostile-6@partner.example.org>\r\n"
            b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
            b"Please see the attached.\r\n--b\r\nContent-Type: application/pdf\r\n"
            b'Content-Disposition: attachment; filename="R\xe9f\xc3\xa9rence famille.pdf"\r\n\r\n%PDF-1.4 broken\r\n--b--\r\n')


def over_50_mb() -> bytes:
    return huge_body(51, n=7)
