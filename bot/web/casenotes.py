"""Ready-made case-note text to paste into Mosaic, LCS, EHM or ICS.

The text comes from one Jinja2 template (``templates/web/casenote.txt.j2``, StrictUndefined, no
HTML escaping: it goes into a read-only textarea, which the page escapes). Each case system gets
the same facts under its own heading and with its own name for the case number.
"""
from __future__ import annotations


from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot import words
from bot.mail import TEMPLATES as TEMPLATE_ROOT
from bot.workcal import to_london

CASE_SYSTEMS = {
    "Mosaic": "Mosaic ID",
    "LCS": "LCS ID",
    "EHM": "EHM ID",
    "ICS": "ICS ID",
}

TEMPLATES = TEMPLATE_ROOT / "web"

_env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined, autoescape=False,
                   keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True)
_env.filters["london"] = lambda dt, fmt="%d/%m/%Y %H:%M": to_london(dt).strftime(fmt) if dt else ""
_env.filters["words"] = words.say


def systems_for(pack) -> list[str]:
    """The case systems an authority names (policy data), in our fixed order; all four if none."""
    named = {s.strip().upper() for s in getattr(pack, "case_systems", []) or []}
    out = [s for s in CASE_SYSTEMS if s.upper() in named]
    return out or list(CASE_SYSTEMS)


def case_note(system: str, req, *, pack, booking, deadlines) -> str:
    if system not in CASE_SYSTEMS:
        raise ValueError(f"unknown case system {system!r}")
    return _env.get_template("casenote.txt.j2").render(
        system=system, id_label=CASE_SYSTEMS[system], req=req, pack=pack, booking=booking,
        deadlines=deadlines,
    ).strip() + "\n"
