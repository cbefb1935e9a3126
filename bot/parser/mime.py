"""MIME handling that never crashes and never loses content.

The message is parsed with the standard library's lenient ``compat32`` policy (it records
defects instead of raising: missing closing boundaries, bad base64). Headers are decoded here,
including raw 8-bit bytes sent without RFC 2047 (read as UTF-8, else windows-1252). Text parts
whose bytes do not match their charset label fall back to windows-1252, the usual culprit.
"""
from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from email import policy as email_policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime

from bot.parser.errors import MAX_MESSAGE_BYTES, MAX_PARTS, MessageRefused

_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")
_SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1", "windows-1252", "cp1252", "iso-8859-15",
                "us-ascii", "ascii"}
MAX_TEXT_CHARS = 2**20  # body text of one message, all parts


@dataclass
class RawAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Mime:
    """What the parser needs from the MIME structure."""

    headers: Message
    plain: list[str] = field(default_factory=list)        # body text parts, in order
    html: str | None = None                                 # first HTML body, unsanitised
    attachments: list[RawAttachment] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)     # text/calendar bodies
    embedded: list[str] = field(default_factory=list)      # attached message/rfc822, as text
    is_report: bool = False                                 # multipart/report (DSN/MDN)
    defects: list[str] = field(default_factory=list)
    unsure: bool = False                                    # best-effort decoding happened
    text_chars: int = 0                                     # body text read so far (see _count_text)


def parse_mime(raw: bytes) -> Mime:
    if len(raw) > MAX_MESSAGE_BYTES:
        raise MessageRefused(f"the message is larger than {MAX_MESSAGE_BYTES // 2**20} MB")
    _precount_parts(raw)
    msg = email.message_from_bytes(raw, policy=email_policy.compat32)
    out = Mime(headers=msg)
    if any(any("\udc80" <= ch <= "\udcff" for ch in str(v)) for _, v in msg.raw_items()):
        out.unsure = True
        out.defects.append("Raw8bitHeader")
    counter = [0]
    _walk(msg, out, counter, depth=0)
    out.defects += [type(d).__name__ for p in _iter_safe(msg) for d in (p.defects or [])]
    if out.defects:
        out.unsure = True
    return out


_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^";\r\n]{1,200})"?', re.I)


def _precount_parts(raw: bytes) -> None:
    """Refuse a message with too many MIME parts before building it in memory: count the
    delimiter lines of every boundary the message declares."""
    boundaries = set(m.group(1).strip() for m in _BOUNDARY.finditer(raw))
    if len(boundaries) > MAX_PARTS:
        raise MessageRefused(f"the message has more than {MAX_PARTS} parts (attachments and sections)")
    count = 0
    for b in boundaries:
        count += raw.count(b"\n--" + b)
        if count > MAX_PARTS + len(boundaries):
            raise MessageRefused(f"the message has more than {MAX_PARTS} parts (attachments and sections)")


def _iter_safe(msg: Message):
    stack = [msg]
    n = 0
    while stack and n <= MAX_PARTS:
        p = stack.pop()
        n += 1
        yield p
        payload = p.get_payload()
        if isinstance(payload, list):
            stack.extend(x for x in payload if isinstance(x, Message))


def _walk(part: Message, out: Mime, counter: list[int], depth: int) -> None:
    counter[0] += 1
    if counter[0] > MAX_PARTS:
        raise MessageRefused(f"the message has more than {MAX_PARTS} parts (attachments and sections)")
    if depth > 20:
        raise MessageRefused("the message nests parts (messages inside messages) more than 20 deep")
    ctype = _ctype(part)
    payload = part.get_payload()
    if ctype == "multipart/report":
        out.is_report = True
    if ctype == "message/rfc822" or (ctype.startswith("message/") and isinstance(payload, list)
                                      and payload and ctype != "message/delivery-status"):
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            sub = Mime(headers=inner)
            _walk(inner, sub, counter, depth + 1)
            out.embedded.append(embedded_text(sub))
            out.attachments.extend(sub.attachments)
            out.calendars.extend(sub.calendars)
            out.unsure |= sub.unsure
        return
    if ctype.startswith("multipart/") and isinstance(payload, str):
        recovered = _recover_multipart(ctype, payload)
        if recovered is not None:
            out.unsure = True
            out.defects.append("RecoveredBoundary")
            part, payload = recovered, recovered.get_payload()
    if isinstance(payload, list):
        if ctype == "multipart/alternative":
            _alternative(part, payload, out, counter, depth)
            return
        for sub in payload:
            if isinstance(sub, Message):
                _walk(sub, out, counter, depth + 1)
        return
    filename = part_filename(part)
    # header(), not part.get(): compat32 hands back a Header object (no .split) for raw 8-bit bytes
    disposition = header(part, "Content-Disposition").split(";")[0].strip().lower()
    data = _payload_bytes(part)
    if ctype == "text/calendar" or (filename and filename.lower().endswith(".ics")):
        out.calendars.append(decode_text(data, part.get_content_charset(), out))
        if filename:
            out.attachments.append(RawAttachment(filename, ctype, data))
        return
    if ctype in ("text/plain", "text/html") and not filename and disposition != "attachment":
        text = decode_text(data, part.get_content_charset(), out)
        _count_text(out, text)
        if ctype == "text/html":
            if out.html is None:
                out.html = text
            out.plain.append(html_to_text(text))
        else:
            out.plain.append(text)
        return
    if ctype.startswith("message/") or ctype == "text/rfc822-headers":
        # delivery-status and returned headers of a bounce: keep as text, they are evidence
        out.embedded.append(decode_text(data, None, out))
        return
    if not filename:
        if ctype.startswith("multipart/"):
            return
        filename = "unnamed" + _guess_ext(ctype)
    out.attachments.append(RawAttachment(filename, ctype, data))


# A delimiter line: "--" and a boundary token (RFC 2046: up to 70 characters, no spaces at the end)
# followed on the next line by a part header.
_DELIMITER = re.compile(r"^--(?P<b>[0-9A-Za-z'()+_,./:=?-]{1,70})[ \t]*\r?\n(?=[A-Za-z-]+:)", re.M)


def _recover_multipart(ctype: str, body: str) -> Message | None:
    """A multipart part with no boundary parameter, or one whose declared boundary never occurs
    (the parser then leaves the whole body as one string): find the parts anyway, from the first
    delimiter-looking line that a part header follows, and parse the body again with it."""
    m = _DELIMITER.search(body)
    if not m:
        return None
    boundary = m.group("b")
    raw = body.encode("utf-8", "surrogateescape")
    head = f'Content-Type: {ctype}; boundary="{boundary}"\nMIME-Version: 1.0\n\n'.encode("ascii")
    sub = email.message_from_bytes(head + raw, policy=email_policy.compat32)
    payload = sub.get_payload()
    if not isinstance(payload, list) or not payload:
        return None
    return sub


def _count_text(out: Mime, text: str) -> None:
    """Refuse a message whose text runs past MAX_TEXT_CHARS: the rules read every line of it, and a
    person should read a 200-page e-mail anyway. The safety net reads the first part for urgency."""
    out.text_chars += len(text)
    if out.text_chars > MAX_TEXT_CHARS:
        raise MessageRefused(f"the message has more than {MAX_TEXT_CHARS // 2**20} million characters of text, "
                             "more than stepbot reads automatically")


def html_to_text(html: str) -> str:
    from bot.parser.html import html_to_text as convert  # bs4 is imported only for HTML mail

    return convert(html)


STUB_CHARS = 400  # a plain-text alternative shorter than this and than two thirds of its HTML is a stub


def _alternative(part, payload, out: Mime, counter, depth) -> None:
    subs = [s for s in payload if isinstance(s, Message)]
    plain = [s for s in subs if _ctype(s) == "text/plain" and not part_filename(s)]
    for s in subs:
        ct = _ctype(s)
        if ct == "text/calendar":
            _walk(s, out, counter, depth + 1)
        elif ct == "text/html" and not part_filename(s):
            counter[0] += 1
            text = decode_text(_payload_bytes(s), s.get_content_charset(), out)
            _count_text(out, text)
            if out.html is None:
                out.html = text
            said = "".join(decode_text(_payload_bytes(p), p.get_content_charset(), out) for p in plain).strip()
            shown = html_to_text(text)
            # the HTML is read when there is no plain text, or when the plain text is only a stub
            # ("This message contains formatted content...", "View this email in your browser")
            if not said or (len(said) < STUB_CHARS and len(shown.strip()) > 1.5 * len(said)):
                out.plain.append(shown)
        elif ct != "text/calendar":
            _walk(s, out, counter, depth + 1)


def _ctype(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            data = raw.encode("utf-8", "surrogateescape")
        else:
            data = b""
    return data


def decode_text(data: bytes, charset: str | None, out: Mime | None = None) -> str:
    """Bytes to text: the declared charset if the bytes fit it, else UTF-8, windows-1252."""
    return _decode(data, charset, out).replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, charset: str | None, out: Mime | None = None) -> str:
    tried = []
    if charset:
        cs = charset.strip().strip('"').lower()
        tried.append(cs)
        try:
            text = data.decode(cs)
            if cs in _SINGLE_BYTE and not data.isascii():
                # labelled Latin-1 / windows-1252 but written as UTF-8 ("SiÃ¢n"): bytes that are valid
                # UTF-8 with non-ASCII in them are almost never meant as single-byte text
                try:
                    utf8 = data.decode("utf-8")
                except UnicodeDecodeError:
                    return text
                if out is not None:
                    out.unsure = True
                return utf8
            return text
        except (LookupError, UnicodeDecodeError):
            if out is not None:
                out.unsure = True
    for cs in _FALLBACK_CHARSETS:
        if cs in tried:
            continue
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def decode_header_value(value) -> str:
    """A header as text: RFC 2047 words decoded, raw 8-bit bytes read as UTF-8 or cp1252."""
    if value is None:
        return ""
    if not isinstance(value, str):
        try:
            return str(make_header(decode_header(value)))
        except Exception:
            return str(value)
    raw = value
    if any("\udc80" <= ch <= "\udcff" for ch in raw):
        b = raw.encode("ascii", "surrogateescape")
        raw = decode_text(b, "utf-8")
    try:
        text = str(make_header(decode_header(raw)))
    except Exception:
        text = raw
    return re.sub(r"\s*[\r\n]+\s*", " ", text).strip()


def part_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name is None:
        try:
            name = part.get_param("name")
            if isinstance(name, tuple):
                name = email.utils.collapse_rfc2231_value(name)
        except Exception:
            name = None
    if not name:
        return None
    name = decode_header_value(name)
    return name.replace("/", "_").replace("\\", "_").strip() or None


def header(msg: Message, name: str) -> str:
    """A header's text. Raw 8-bit bytes (no RFC 2047) are read from the raw value."""
    try:
        lname = name.lower()
        for k, v in msg.raw_items():
            if k.lower() == lname:
                return decode_header_value(v)
        return ""
    except Exception:
        try:
            return decode_header_value(msg.get(name))
        except Exception:
            return ""


@dataclass(frozen=True)
class Sender:
    """Who a message is from: one parsed addr-spec, or none and the reason (``problem``)."""

    name: str = ""
    address: str = ""
    problem: str | None = None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_ADDR_SPEC = re.compile(r"^[!#$%&'*+/=?^_`{|}~.A-Za-z0-9-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")


def addr_spec(value: str) -> str | None:
    """``value`` lower-cased if it is a plain addr-spec we can send to (ASCII, dot-atom local part,
    a domain with a dot), else None. Nothing else is ever used as a recipient."""
    value = (value or "").strip()
    if len(value) > 254 or not _ADDR_SPEC.match(value) or ".." in value or value.startswith(".") \
            or value.split("@")[0].endswith("."):
        return None
    return value.lower()


def _raw_values(msg: Message, name: str) -> list[str]:
    """The header's raw values, encoded words still encoded, unfolded; raw 8-bit bytes as text."""
    out = []
    try:
        items = [v for k, v in msg.raw_items() if k.lower() == name.lower()]
    except Exception:
        return out
    for v in items:
        v = v if isinstance(v, str) else str(v)
        if any("\udc80" <= ch <= "\udcff" for ch in v):
            v = decode_text(v.encode("ascii", "surrogateescape"), "utf-8")
        out.append(re.sub(r"\r?\n(?=[ \t])", "", v).replace("\r", "").replace("\n", " "))
    return out


def _mailboxes(value: str) -> list[tuple[str, str | None]]:
    """(display name, addr-spec or None) for each mailbox of an address list, parsed from the raw
    header (RFC 5322, the standard library's parser) before any encoded word is decoded, so that a
    comma, an angle bracket or a line break inside an encoded name stays part of the name. An entry
    with no usable address (the "Cabdi" of an unquoted ``Cabdi, Hamdi <...>``) has None."""
    from email._header_value_parser import get_address_list  # the parser behind email.headerregistry

    try:
        parsed, _rest = get_address_list(value)
        boxes = parsed.all_mailboxes
    except Exception:
        return []
    out = []
    for m in boxes:
        try:
            addr = addr_spec(m.addr_spec) if m.token_type == "mailbox" else None
            name = m.display_name or ""
        except Exception:
            addr, name = None, ""
        if addr is None and not name:
            try:
                name = str(m).strip().strip('"')
            except Exception:
                name = ""
        out.append((_CONTROL.sub(" ", name).strip(), addr))
    return out


def addresses(msg: Message, *names: str) -> list[tuple[str, str]]:
    """(name, address) for every usable address in these headers (To, Cc, ...)."""
    out = []
    for n in names:
        for v in _raw_values(msg, n):
            out += [(nm, addr) for nm, addr in _mailboxes(v) if addr]
    return out


def sender_of(msg: Message) -> Sender:
    """The one address the message is from. None usable, or more than one (an address list in a
    single From, or two From lines), gives no address and the reason: such mail goes to a person."""
    values = _raw_values(msg, "From")
    if not values:
        return Sender(problem="it has no From line")
    if len(values) > 1:
        return Sender(problem="it has more than one From line")
    boxes = _mailboxes(values[0])
    found = [(nm, a) for nm, a in boxes if a]
    if not found:
        return Sender(name=" ".join(nm for nm, _ in boxes).strip(), problem="its From line has no address we can reply to")
    if len(found) > 1:
        return Sender(problem="its From line names more than one address")
    name, addr = found[0]
    # an unquoted "Surname, First <addr>" reads as two entries: the first is part of the name
    name = ", ".join([nm for nm, a in boxes if not a and nm] + ([name] if name else []))
    return Sender(name=name, address=addr)


def sender(msg: Message) -> tuple[str, str]:
    s = sender_of(msg)
    return s.name, s.address


def message_date(msg: Message):
    try:
        d = parsedate_to_datetime(header(msg, "Date"))
    except Exception:
        return None
    if d is None or d.tzinfo is None:
        return None
    return d


def embedded_text(sub: Mime) -> str:
    h = sub.headers
    lines = [f"{k}: {header(h, k)}" for k in ("From", "Sent", "Date", "To", "Cc", "Subject") if h.get(k)]
    return "\n".join(lines) + "\n\n" + "\n\n".join(sub.plain) + (
        "\n\n" + "\n\n".join(sub.embedded) if sub.embedded else "")


def _guess_ext(ctype: str) -> str:
    import mimetypes

    return mimetypes.guess_extension(ctype) or ".bin"
