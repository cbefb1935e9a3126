"""The readable text of a message the parser could not read: its subject and the first
``TEXT_LIMIT`` characters of its text, for the urgency check (DESIGN.md safety rules 1 and 5).

It runs on exactly the mail that defeated the parser (too big, too many parts, nested 3,000 deep,
broken headers, a parse that ran out of time or memory), so it must be bounded itself: it looks at
no more than ``SCAN_LIMIT`` bytes and never builds a MIME tree. Instead every boundary the message
declares is taken as a flat delimiter (nesting is only more delimiter lines here), and each part's
own headers, read with the standard library's header parser, say whether it is text and how it is
encoded. Decoding is lenient: a bad base64 line or charset loses characters, never the message.
When no text part is found the raw body is read as text.
"""
from __future__ import annotations

import base64
import binascii
import quopri
import re
from email import policy as email_policy
from email.parser import BytesHeaderParser

from bot.parser.mime import decode_header_value, decode_text, html_to_text

def readable_urgency(raw: bytes, today) -> tuple[bool, str | None]:
    """(urgent, the words that show it) for the message's readable text: what is read of a message
    the parser could not read."""
    from bot.parser.urgency import assess

    return assess(readable_text(raw), today=today)


SCAN_LIMIT = 4 * 2**20       # raw bytes looked at
TEXT_LIMIT = 256 * 1024      # characters of text returned (subject included)
PART_HEAD_LIMIT = 16 * 1024  # bytes of one part's header block

_HEAD_END = re.compile(rb"\r?\n\r?\n")
_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^";\r\n]{1,200})"?', re.I)
_DASH_LINE = re.compile(rb"^--([^\r\n]{1,202}?)[ \t]*\r?$", re.M)


def readable_text(raw: bytes, limit: int = TEXT_LIMIT) -> str:
    """Subject, then the message's text parts in order, at most ``limit`` characters."""
    scan = raw[:SCAN_LIMIT]
    head, body = _split(scan)
    headers = _headers(head)
    subject = decode_header_value(headers.get("Subject", "") if headers else "")
    texts = _text_parts(body, headers, scan) or [decode_text(body[:limit * 4], None)]
    out = "\n\n".join([subject, *texts])
    return out[:limit]


def sender_and_subject(raw: bytes) -> tuple[str, str]:
    """The From address and the Subject (at most 300 characters), leniently decoded."""
    from email.utils import parseaddr

    headers = _headers(_split(raw[:SCAN_LIMIT])[0])
    sender = parseaddr(decode_header_value(headers.get("From", "")))[1].lower()
    return sender[:300], decode_header_value(headers.get("Subject", ""))[:300]


def _split(chunk: bytes) -> tuple[bytes, bytes]:
    """(header block, body); with no end of headers in sight, everything is read as body too."""
    cap = PART_HEAD_LIMIT * 4
    m = _HEAD_END.search(chunk, 0, cap)
    if not m:
        return chunk[:cap], chunk
    return chunk[:m.start()], chunk[m.end():]


def _headers(head: bytes):
    try:
        msg = BytesHeaderParser(policy=email_policy.compat32).parsebytes(head[:PART_HEAD_LIMIT * 4] + b"\r\n\r\n")
    except Exception:  # noqa: BLE001 - headers we cannot parse: no subject, raw body only
        return {}
    out = {}
    for k, v in msg.raw_items():
        out.setdefault(k.title(), v)
    return out


def _text_parts(body: bytes, top: dict, scan: bytes) -> list[str]:
    boundaries = {m.group(1).strip() for m in _BOUNDARY.finditer(scan)}
    if not boundaries:
        return _one_part(body, top)
    texts, start, used = [], None, 0
    for m in _DASH_LINE.finditer(body):
        token = m.group(1)
        name = token[:-2] if token.endswith(b"--") and token[:-2] in boundaries else token
        if name not in boundaries:
            continue
        if start is not None:
            texts += _part(body[start:m.start()])
            used = sum(len(t) for t in texts)
            if used > TEXT_LIMIT:
                break
        start = m.end()
    if start is not None and used <= TEXT_LIMIT:
        texts += _part(body[start:])  # the last part, cut off by the scan limit or a missing close
    return [t for t in texts if t.strip()]


def _part(chunk: bytes) -> list[str]:
    chunk = chunk.lstrip(b"\r\n")
    m = _HEAD_END.search(chunk, 0, PART_HEAD_LIMIT)
    if not m:
        return []
    return _one_part(chunk[m.end():], _headers(chunk[:m.start()]))


def _one_part(data: bytes, headers: dict) -> list[str]:
    ctype = _value(headers.get("Content-Type", "text/plain")).lower()
    if "multipart/" in ctype:
        return []  # its text is in the parts after it
    if not (ctype.startswith("text/") or ctype.startswith("message/") or not ctype):
        return []
    data = _transfer_decoded(data[:TEXT_LIMIT * 4], _value(headers.get("Content-Transfer-Encoding", "")).lower())
    charset = None
    m = re.search(r'charset\s*=\s*"?([\w.:-]{1,40})', str(headers.get("Content-Type", "")), re.I)
    if m:
        charset = m.group(1)
    text = decode_text(data, charset)
    if ctype.startswith("text/html"):
        text = html_to_text(text)
    return [text]


def _value(v) -> str:
    return str(v).split(";", 1)[0].strip()


def _transfer_decoded(data: bytes, cte: str) -> bytes:
    try:
        if cte == "base64":
            clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
            return base64.b64decode(clean[:len(clean) - len(clean) % 4])
        if cte == "quoted-printable":
            return quopri.decodestring(data)
    except (binascii.Error, ValueError):
        pass
    return data
