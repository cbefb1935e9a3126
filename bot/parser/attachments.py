"""Attachments: read what is safe to read, refuse the rest with a plain reason.

Refused (and so meeting no requirement): executables, macro-enabled Office files (by extension,
content type, or a ``vbaProject.bin`` inside the OOXML zip), encrypted or password-protected
files, archives, and anything over the configured size. .docx is read with python-docx
(paragraphs and tables: form fields often live in a table), .pdf with pypdf.

Decompression is bounded before anything is read: an Office file whose zip members would inflate
past ``MAX_OOXML_XML_BYTES`` of XML (or ``MAX_OOXML_BYTES`` in all) is refused from the sizes in
its zip directory (``zipfile`` never returns more than a member's declared size, so a lying
directory cannot smuggle more past the check); a PDF is refused when it has more than
``MAX_PDF_PAGES`` pages, one content stream inflates past ``MAX_PDF_STREAM_BYTES``, or the pages
read would make the text extractor work through more than ``MAX_PDF_CONTENT_BYTES`` (a stream
shared by every page counts once per page, since each page's text is extracted from it).
"""
from __future__ import annotations

import csv
import hashlib
import io
import logging
import zipfile
from dataclasses import dataclass

from striprtf.striprtf import rtf_to_text

from bot.parser.ical import readable as calendar_text
from bot.parser.mime import decode_text, html_to_text

log = logging.getLogger(__name__)

EXECUTABLE_EXT = {".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".msi", ".msp", ".js", ".jse",
                  ".vbs", ".vbe", ".wsf", ".wsh", ".ps1", ".psm1", ".hta", ".cpl", ".jar", ".dll",
                  ".lnk", ".reg", ".sh", ".app", ".apk", ".iso", ".img", ".vhd", ".vhdx"}
MACRO_EXT = {".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppam", ".ppsm",
             ".sldm", ".xlsb"}
ARCHIVE_EXT = {".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".cab", ".arj", ".lz",
               ".zipx", ".ace"}
TEXT_EXT = {".txt", ".csv", ".rtf", ".md"}
EXECUTABLE_TYPES = {"application/x-msdownload", "application/x-msdos-program", "application/x-dosexec",
                    "application/x-executable", "application/x-ms-installer", "application/x-msi",
                    "application/vnd.microsoft.portable-executable", "application/hta"}
ARCHIVE_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-7z-compressed",
                 "application/x-rar-compressed", "application/vnd.rar", "application/gzip",
                 "application/x-gzip", "application/x-tar"}
OOXML_EXT = {".docx", ".dotx", ".xlsx", ".xltx", ".pptx", ".potx"}

MAX_OOXML_XML_BYTES = 16 * 2**20      # all XML parts of one Office file, uncompressed
MAX_OOXML_BYTES = 64 * 2**20          # every part (pictures included), uncompressed
MAX_OOXML_MEMBERS = 2000
MAX_PDF_PAGES = 500                   # refused above this; the first PDF_PAGES_READ are read
PDF_PAGES_READ = 200
MAX_PDF_STREAM_BYTES = 16 * 2**20     # one content stream, decompressed
MAX_PDF_CONTENT_BYTES = 32 * 2**20    # content the text extractor works through, all pages read


@dataclass
class ParsedAttachment:
    filename: str
    content_type: str
    data: bytes
    size: int
    sha256: str
    role: str | None = None
    accepted: bool = True
    problem: str | None = None
    text: str = ""
    unsafe: bool = False  # refused as built to exhaust the reader (a decompression bomb): a person looks


    def contract(self) -> dict:
        return {"filename": self.filename, "role": self.role, "accepted": self.accepted,
                "problem": self.problem}


class _Unsafe(str):
    """A refusal because the file would unpack to far more than it looks (see ``unsafe``)."""


def _ext(name: str) -> str:
    name = name.lower().strip().rstrip(".")
    return name[name.rfind("."):] if "." in name else ""


def read_attachment(filename: str, content_type: str, data: bytes, *, max_bytes: int) -> ParsedAttachment:
    """Inspect one attachment. Never raises: a file that cannot be read is refused with a reason."""
    att = ParsedAttachment(filename=filename, content_type=(content_type or "").lower(), data=data,
                           size=len(data), sha256=hashlib.sha256(data).hexdigest())
    try:
        problem, text = _inspect(att, max_bytes)
    except Exception as e:  # a hostile or broken file must not stop the message
        log.info("attachment unreadable: %s", type(e).__name__)
        problem, text = f"{filename} could not be read (the file appears to be damaged).", ""
    att.problem, att.text = (str(problem) if problem is not None else None), text
    att.accepted = problem is None
    att.unsafe = isinstance(problem, _Unsafe)
    return att


def _inspect(att: ParsedAttachment, max_bytes: int) -> tuple[str | None, str]:
    name, data, ext, ct = att.filename, att.data, _ext(att.filename), att.content_type
    if att.size > max_bytes:
        return (f"{name} is {att.size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit; "
                "please send a smaller file or share it by secure link."), ""
    if ext in EXECUTABLE_EXT or ct in EXECUTABLE_TYPES or data[:2] == b"MZ":
        return f"{name} is a program (executable file), which we cannot open for safety reasons; please send the document as Word or PDF.", ""
    if ext in MACRO_EXT or "macroenabled" in ct:
        return f"{name} is a macro-enabled Office file, which we cannot open for safety reasons; please save it as a normal .docx or PDF and resend.", ""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and ext in OOXML_EXT:
        return f"{name} is password-protected (encrypted), so we cannot read it; please resend it without a password.", ""
    if ext in ARCHIVE_EXT or ct in ARCHIVE_TYPES or (data[:4] == b"PK\x03\x04" and ext not in OOXML_EXT
                                                     and ext not in {".odt", ".ods", ".odp"}):
        return f"{name} is an archive (compressed file), which we do not open; please attach the documents themselves.", ""
    if ext in OOXML_EXT or data[:4] == b"PK\x03\x04":
        return _ooxml(att)
    if ext == ".pdf" or ct == "application/pdf" or data[:5] == b"%PDF-":
        return _pdf(att)
    if ext == ".doc" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return None, ""  # legacy Word: kept, matched by name only
    if ext == ".rtf" or ct in ("application/rtf", "text/rtf") or data[:5] == b"{\\rtf":
        return None, _rtf(data)
    if ext == ".csv" or ct in ("text/csv", "application/csv"):
        return None, csv_text(decode_text(data, None))
    if ext in (".html", ".htm") or ct in ("text/html", "application/xhtml+xml"):
        return None, html_to_text(decode_text(data, None))  # a saved web page or form: its text, not its markup
    if ext == ".ics" or ct == "text/calendar":
        return None, calendar_text(decode_text(data, None))
    if ext in TEXT_EXT or ct.startswith("text/"):
        return None, decode_text(data, None)
    return None, ""


def csv_text(text: str) -> str:
    """A spreadsheet export (.csv) as table rows, ``cell | cell``, as a Word table is read; a cell
    holding a comma stays one cell (the csv module reads the quoting and sniffs the delimiter)."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), dialect=dialect)
    return "\n".join(" | ".join(c.strip() for c in row) for row in rows if any(c.strip() for c in row))


def _rtf(data: bytes) -> str:
    """Rich Text (a case system's export, WordPad): its words, a table's cells joined by "|"
    (striprtf). RTF is 7-bit text with escapes; anything it cannot read is left out."""
    try:
        return rtf_to_text(data.decode("latin-1"), errors="ignore").replace("\r\n", "\n")
    except Exception:  # noqa: BLE001 - a damaged file: read what text it has
        return decode_text(data, None)


def _ooxml(att: ParsedAttachment) -> tuple[str | None, str]:
    try:
        z = zipfile.ZipFile(io.BytesIO(att.data))
        names = [n.lower() for n in z.namelist()]
    except zipfile.BadZipFile:
        return f"{att.filename} could not be read (the file appears to be damaged).", ""
    if any(n.endswith("vbaproject.bin") for n in names):
        return f"{att.filename} contains macros, which we cannot open for safety reasons; please save it as a normal .docx or PDF and resend.", ""
    if "encryptioninfo" in names or "encryptedpackage" in names:
        return f"{att.filename} is password-protected (encrypted), so we cannot read it; please resend it without a password.", ""
    too_big = _ooxml_too_big(att.filename, z)
    if too_big:
        return too_big, ""
    if "word/document.xml" in names:
        return None, docx_text(att.data)
    if "content.xml" in names and "mimetype" in names:
        return None, odt_text(z)
    if any(n.startswith("xl/") for n in names):
        return None, xlsx_text(att.data)
    return None, ""


def _ooxml_too_big(filename: str, z: zipfile.ZipFile) -> str | None:
    """A plain reason when the zip would inflate past the caps, from its directory alone."""
    infos = z.infolist()
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith((".xml", ".rels", ".vml")))
    total = sum(i.file_size for i in infos)
    if len(infos) > MAX_OOXML_MEMBERS or xml > MAX_OOXML_XML_BYTES or total > MAX_OOXML_BYTES:
        return _Unsafe(f"{filename} would take {total / 2**20:.0f} MB of memory to open (it is packed far "
                       "more tightly than a normal document), so we have not opened it; please check the file "
                       "and send it again as a normal Word document or PDF.")
    return None


_ODF = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


def odt_text(z: zipfile.ZipFile) -> str:
    """An OpenDocument text (LibreOffice .odt): headings, paragraphs and list items in document
    order; a table row becomes ``cell | cell``, as in ``docx_text``. (lxml, with no entities or
    network, reads ``content.xml``; the zip was size-checked first.)"""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(z.read("content.xml"), parser)
    text_tag, table_tag = "{%s}" % _ODF["text"], "{%s}" % _ODF["table"]

    gaps = {text_tag + "s", text_tag + "tab", text_tag + "line-break"}  # spaces, tabs, breaks: one space each

    def words(el) -> str:
        out = [el.text or ""]
        for node in el.iterdescendants():
            out += [" " if node.tag in gaps else "" if node.tag == text_tag + "note-citation" else node.text or "",
                    node.tail or ""]
        return " ".join("".join(out).split())

    lines: list[str] = []

    def walk(el):
        for child in el:
            if child.tag in (text_tag + "p", text_tag + "h"):
                lines.append(words(child))
            elif child.tag == table_tag + "table-row":
                cells = [" ".join(words(p) for p in cell.iter(text_tag + "p", text_tag + "h")).strip()
                         for cell in child if cell.tag == table_tag + "table-cell"]
                if any(cells):
                    lines.append(" | ".join(c for c in cells if c))
            else:
                walk(child)

    body = root.find("office:body", _ODF)
    walk(body if body is not None else root)
    return "\n".join(lines)


def docx_text(data: bytes) -> str:
    """Paragraphs and tables in document order; a table row becomes ``cell | cell``."""
    import docx
    from docx.table import Table

    doc = docx.Document(io.BytesIO(data))
    lines: list[str] = []

    def table_lines(tbl: Table):
        for row in tbl.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # merged cells repeat
                    continue
                seen.add(id(cell._tc))
                inner = [t for t in cell.tables]
                text = " ".join(t for p in cell.paragraphs if (t := _para_text(p._p).strip()))
                cells.append(text)
                for t in inner:
                    table_lines(t)
            cells = [c for c in cells if c]
            if cells:
                lines.append(" | ".join(cells))

    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_para_text(child))
        elif tag == "tbl":
            table_lines(Table(child, doc))
    for section in doc.sections:
        for p in section.header.paragraphs:
            if p.text.strip():
                lines.insert(0, p.text)
    # the reviewers' comments are part of what the document tells ("please don't send this yet:
    # he's in the house and won't leave")
    for c in getattr(doc, "comments", ()):
        if c.text.strip():
            lines.append(f"Comment ({c.author or 'reviewer'}): {c.text.strip()}")
    return "\n".join(lines)


_WORD_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "w14": "http://schemas.microsoft.com/office/word/2010/wordml"}


def _para_text(p) -> str:
    """A paragraph's text as it stands: its runs, hyperlinks and tracked insertions (deleted text,
    ``w:delText``, is not part of it), and what its content controls hold; a check box control
    reads as the box Word shows, ☒ when ticked and ☐ when not, by its state rather than its glyph."""
    from lxml import etree

    def xpath(e, path):
        return etree.ElementBase.xpath(e, path, namespaces=_WORD_NS)

    out = []
    for e in xpath(p, "w:r | w:hyperlink | w:ins/w:r | w:ins/w:hyperlink | w:smartTag/w:r | w:sdt"):
        if e.tag.rsplit("}", 1)[-1] != "sdt":
            out.append(e.text)
            continue
        box = xpath(e, "w:sdtPr/w14:checkbox")
        if box:
            checked = xpath(box[0], "w14:checked/@w14:val")
            out.append("☒" if checked and checked[0] in ("1", "true", "on") else "☐")
        else:
            out.append("".join(_para_text(c) for c in xpath(e, "w:sdtContent")))
    return "".join(out)


def xlsx_text(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for ws in wb.worksheets:
        for n, row in enumerate(ws.iter_rows(values_only=True)):
            if n > 2000:
                break
            cells = [str(c) for c in row if c not in (None, "")]
            if cells:
                lines.append(" | ".join(cells))
    return "\n".join(lines)


def _pdf(att: ParsedAttachment) -> tuple[str | None, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(att.data))
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except Exception:
            ok = 0
        if not ok:
            return f"{att.filename} is password-protected (encrypted), so we cannot read it; please resend it without a password.", ""
        return f"{att.filename} is encrypted, so we cannot rely on it; please resend it without protection.", ""
    pages = len(reader.pages)
    if pages > MAX_PDF_PAGES:
        return (f"{att.filename} has {pages} pages, more than the {MAX_PDF_PAGES} we read automatically; "
                "please send the pages that matter as a separate PDF."), ""
    read = [reader.pages[i] for i in range(min(pages, PDF_PAGES_READ))]
    problem = _pdf_too_big(att.filename, read)
    if problem:
        return problem, ""
    parts = []
    for page in read:
        try:
            parts.append(page.extract_text() or "")
        except Exception:
            continue
    return None, "\n".join(parts + _pdf_form_answers(reader))


MAX_PDF_FIELDS = 500


def _pdf_form_answers(reader) -> list[str]:
    """A fillable form's answers, which its page text leaves out: one "question: answer" line per
    filled field, the question as the form shows it (its tooltip), else the field's name; a ticked
    box reads "Yes"."""
    try:
        fields = reader.get_fields() or {}
    except Exception:
        return []
    lines = []
    for name, field in list(fields.items())[:MAX_PDF_FIELDS]:
        value = field.get("/V")
        if value is None or str(value).strip() in ("", "/Off"):
            continue
        if field.get("/FT") == "/Btn":
            value = "Yes"
        label = str(field.get("/TU") or name).strip()
        lines.append(f"{label}: {str(value).strip()[:2000]}")
    return lines


def _pdf_too_big(filename: str, pages) -> str | None:
    """A plain reason when a page's content would inflate past the caps; each stream is inflated
    with zlib's output bound, so a bomb is measured without being unpacked."""
    sizes: dict[int, int] = {}
    work = 0
    for page in pages:
        for stream in _content_streams(page):
            key = id(stream)
            if key not in sizes:
                sizes[key] = _inflated_size(stream)
            work += sizes[key]
            if sizes[key] > MAX_PDF_STREAM_BYTES or work > MAX_PDF_CONTENT_BYTES:
                return _Unsafe(f"{filename} holds far more page content than its size suggests (it is "
                               "packed unusually tightly), so we have not opened it; please check the file and "
                               "send it again, or send the pages that matter.")
    return None


def _content_streams(page) -> list:
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return []
    contents = contents.get_object()
    items = contents if isinstance(contents, ArrayObject) else [contents]
    return [c.get_object() for c in items]


def _inflated_size(stream) -> int:
    """The decompressed size of one content stream, never inflating more than the cap + 1 byte."""
    import zlib

    filters = stream.get("/Filter")
    filters = [filters] if isinstance(filters, str) else list(filters or [])
    raw = stream._data if hasattr(stream, "_data") else b""
    if filters and all(f in ("/FlateDecode", "/Fl") for f in filters[:1]):
        d = zlib.decompressobj()
        try:
            out = d.decompress(raw, MAX_PDF_STREAM_BYTES + 1)
        except zlib.error:
            return len(raw)
        return len(out)
    return len(raw)
