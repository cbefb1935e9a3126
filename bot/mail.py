"""Outgoing mail text: Jinja2 templates with StrictUndefined (a missing value is an error,
never a blank in a manager's inbox), and plain MIME building."""
from __future__ import annotations

from email import policy as email_policy
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot import protocols, words
from bot.parser.mime import addr_spec
from bot.workcal import to_london

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@lru_cache(maxsize=1)
def env() -> Environment:
    e = Environment(loader=FileSystemLoader(str(TEMPLATES / "mail")), undefined=StrictUndefined,
                    autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    e.filters["london"] = _london
    e.filters["cite"] = protocols.cite
    e.filters["words"] = words.say
    e.filters["capital"] = words.capital
    return e


def _london(dt, fmt="%A %-d %B %Y at %H:%M") -> str:
    return to_london(dt).strftime(fmt)


def render(template: str, **ctx) -> tuple[str, str]:
    """Render ``templates/mail/<template>.txt.j2``; its first line is ``Subject: …``."""
    text = env().get_template(f"{template}.txt.j2").render(**ctx)
    first, _, body = text.partition("\n")
    if not first.startswith("Subject: "):
        raise ValueError(f"template {template} must start with a 'Subject: ' line")
    return first[len("Subject: "):].strip(), body.lstrip("\n")


def recipients(addresses) -> list[str]:
    """The addresses as plain addr-specs, each checked (``bot.parser.mime.addr_spec``): mail is
    only ever addressed to a parsed address, never to a name or a header's text. Raises
    ValueError naming how many were refused (never the addresses: they go to the log)."""
    out, bad = [], 0
    for a in addresses:
        if not a or not a.strip():
            continue
        if addr_spec(a) is None:
            bad += 1
        else:
            out.append(a.strip())
    if bad:
        raise ValueError(f"{bad} recipient(s) are not plain email addresses")
    return list(dict.fromkeys(out))


class ReusedHeaders(HeaderRegistry):
    """The email package's header factory, keeping what it made before: the header classes (which
    it builds anew for every header it parses) and the parsed headers that repeat from one mail to
    the next (From, To, Cc, Date within a second, Auto-Submitted, the MIME headers). A parsed
    header is an immutable string, so a mail built with it is the same, byte for byte, as one built
    with ``email.policy.default``; a backlog's acknowledgements, or a sweep of a thousand reminders,
    parse each only once. Safe across threads: at worst two threads parse the same header once each.
    """

    REPEATS = frozenset({"from", "to", "cc", "date", "auto-submitted", "x-auto-response-suppress",
                         "content-type", "content-transfer-encoding", "mime-version"})
    KEEP = 512

    def __init__(self):
        super().__init__()
        self._classes: dict[str, type] = {}
        self._parsed: dict[tuple[str, str], object] = {}

    def __getitem__(self, name):
        key = name.lower()
        cls = self._classes.get(key)
        if cls is None:
            cls = self._classes[key] = super().__getitem__(name)
        return cls

    def __call__(self, name, value):
        key = (name.lower(), value)
        if key[0] not in self.REPEATS or not isinstance(value, str):
            return super().__call__(name, value)
        header = self._parsed.get(key)
        if header is None:
            if len(self._parsed) >= self.KEEP:
                self._parsed.clear()
            header = self._parsed[key] = super().__call__(name, value)
        return header


POLICY = email_policy.default.clone(header_factory=ReusedHeaders())


def build_message(*, subject: str, text: str, html: str | None = None) -> EmailMessage:
    """A plain-text mail (and its HTML alternative) on ``POLICY``: ``email.policy.default``'s
    bytes, each repeating header parsed once (``ReusedHeaders``)."""
    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = subject
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg

