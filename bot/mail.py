"""Outgoing mail text: Jinja2 templates with StrictUndefined (a missing value is an error,
never a blank in a manager's inbox), and plain MIME building."""
from __future__ import annotations

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


def build_message(*, subject: str, text: str, html: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg

