"""Show a stored email safely: plain text as text, HTML only after nh3 has sanitised it.

The HTML that reaches the page can run nothing and fetch nothing: no script, style, iframe,
form or object elements, no event-handler or style attributes, no ``javascript:`` links, and no
remote images (an ``img`` keeps its ``src`` only for a ``data:image/…`` URI; anything else loses
it and shows its alt text). The page's Content-Security-Policy is a second wall behind this one.
"""
from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from email.message import EmailMessage

import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "ol", "p",
    "pre", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "abbr": {"title"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel", "data"}


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if tag == "img" and attr == "src":
        return value if value.strip().lower().startswith("data:image/") else None
    if tag == "a" and attr == "href" and value.strip().lower().startswith("data:"):
        return None
    return value


def sanitise_html(html: str) -> str:
    """HTML safe to place inside our page (see the module docstring)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template",
                            "svg", "math", "title", "head"},
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


@dataclass(frozen=True)
class AttachmentInfo:
    """A file carried by a message, as the message states it (name, type, decoded size)."""

    filename: str
    content_type: str
    size: int


@dataclass
class EmailView:
    """What the request page shows of the original message."""

    headers: list[tuple[str, str]] = field(default_factory=list)
    text: str | None = None
    html: str | None = None  # already sanitised
    parts: list[str] = field(default_factory=list)  # content types of other parts, for the record
    attachments: list[AttachmentInfo] = field(default_factory=list)  # named parts: listed, never served
    problem: str | None = None

    def header(self, name: str) -> str:
        """One shown header's value, or ''."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")


SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")


def view_email(raw: bytes | None) -> EmailView:
    """Parse raw RFC 5322 bytes with the standard library and pick what to show."""
    if not raw:
        return EmailView(problem="The original message is not stored.")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:  # noqa: BLE001 - a malformed message is shown as far as it goes
        return EmailView(text=raw.decode("utf-8", "replace"), problem="The message could not be parsed.")
    out = EmailView()
    for name in SHOWN_HEADERS:
        try:
            value = msg.get(name)
        except Exception:  # noqa: BLE001 - broken header bytes
            value = None
        if value is not None:
            out.headers.append((name, str(value)))
    assert isinstance(msg, EmailMessage)
    text_part = html_part = None
    try:
        text_part = msg.get_body(preferencelist=("plain",))
        html_part = msg.get_body(preferencelist=("html",))
    except Exception:  # noqa: BLE001
        out.problem = "The message structure is damaged; showing what could be read."
    if text_part is not None:
        out.text = _content(text_part)
    if html_part is not None:
        out.html = sanitise_html(_content(html_part))
    if text_part is None and html_part is None:
        payload = msg.get_payload(decode=True) if not msg.is_multipart() else None
        if payload:
            out.text = payload.decode(msg.get_content_charset() or "utf-8", "replace")
    for part in msg.walk():
        if part.is_multipart() or part in (text_part, html_part):
            continue
        out.parts.append(part.get_content_type())
        name = _filename(part)
        if name is not None or part.get_content_disposition() == "attachment":
            out.attachments.append(AttachmentInfo(name or "unnamed", part.get_content_type(), _size(part)))
    return out


def _filename(part) -> str | None:
    try:
        return part.get_filename()
    except Exception:  # noqa: BLE001 - a broken RFC 2231 parameter
        return "unnamed"


def _size(part) -> int:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - bad transfer encoding
        return 0
    return len(payload) if isinstance(payload, bytes) else 0


def _content(part) -> str:
    try:
        return part.get_content()
    except Exception:  # noqa: BLE001 - wrong charset label, bad transfer encoding
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
