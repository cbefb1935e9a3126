"""Which protocol document an attachment (or a pasted section of the body) is.

Patterns are data (ROLES, first match wins, most specific first). A document pasted into the
body counts when a short heading line names it and at least a few lines of content follow.
"""
from __future__ import annotations

import re

from bot.parser.extract.tables import looks_like_form

ROLES: list[tuple[str, str]] = [
    ("gcp2", r"\bgcp\s?-?2\b|\bgraded care profile"),
    ("engaging_families", r"\bengaging families\b"),
    ("exploitation_assessment", r"\bexploitation (?:risk )?(?:assessment|screening|toolkit)\b|\bc[cs]e (?:risk )?(?:assessment|screening)\b"),
    ("taf_minutes", r"\btaf\b.{0,40}\bminutes\b|\bminutes\b.{0,40}\btaf\b"),
    ("cin_minutes", r"\bcin\b.{0,40}\bminutes\b|\bminutes\b.{0,40}\bcin\b"),
    ("request_for_support", r"\bmarf\b|\bmulti[- ]agency request for support\b|\brequest for support\b"),
    ("step_up_form", r"\bstep[- ]?up (?:request|form|referral)|\brequest to csc\b|\bappendix 1\b"),
    ("consent_form", r"\bconsent\b"),
    ("case_summary", r"\bcase summary\b|\bsummary of involvement\b"),
    ("rationale", r"\brationale\b"),
    ("draft_plan", r"\bplan\b"),
    ("assessment", r"\bassessment\b|\bc\s?&\s?f\b|\bsingle assessment\b|\bcfa\b|(?-i:\bSA\b)"),
]
_COMPILED = [(role, re.compile(p, re.I)) for role, p in ROLES]
_PLAN_NOT = re.compile(r"\b(?:safety|care|cp|child protection) plan\b", re.I)


def role_for(filename: str, text: str = "") -> str | None:
    """A document id from the file name; from the first lines of content if the name says nothing."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename).replace("_", " ")
    role = _match(stem)
    if role is None and text:
        head = "\n".join(text.strip().splitlines()[:3])
        role = _match(head)
    return role


def _match(s: str) -> str | None:
    for role, p in _COMPILED:
        if p.search(s):
            if role == "draft_plan" and _PLAN_NOT.search(s):
                continue
            return role
    return None


_NOT_THERE = re.compile(r"\s*(?:not (?:yet )?(?:done|completed?|started|available|attached|applicable|needed|required)|"
                        r"to follow|tbc|tba|pending|awaiting|n/?a\b|none\b|no\b|booked|will be|in progress|outstanding|"
                        r"being (?:completed|done)|still to)", re.I)


# Knowsley asks the step-up to "reference your use of the Engaging Families toolkit within your step
# up document and what this tells you": a sentence that says it was used does that.
_TOOLKIT_USED = re.compile(
    r"\b(?:used|using|completed|applied|done|did|carried out|scored|went through)\b[^.\n]{0,40}?\bengaging families(?: toolkit| tool)?\b"
    r"|\bengaging families(?: toolkit| tool)?\b[^.\n]{0,30}?\b(?:was|has been|is|were)\s+(?:now\s+)?(?:used|completed|done|"
    r"scored|applied)\b|\bengaging families(?: toolkit| tool)?\b[^.\n]{0,30}?\b(?:shows?|showed|tells? us|told us|"
    r"found|suggests?|indicates?)\b", re.I)
_NOT_USED = re.compile(r"\b(?:not|n't|n’t|never|yet to|still to|will|to be|haven't|hasn't|didn't)\b", re.I)


def toolkit_referenced(text: str) -> str | None:
    """The sentence in which the sender says they used the Engaging Families toolkit, if any."""
    for m in _TOOLKIT_USED.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        if not _NOT_USED.search(text[start:m.end()]):
            return text[start:m.end() + 80].split("\n")[0].strip()[:200]
    return None


def pasted_documents(text: str) -> dict[str, str]:
    """{document id: heading} for documents pasted into the body under their own heading."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        s = line.strip().rstrip(":")
        if not s or len(s) > 60 or s.endswith((".", "?")) or "|" in s:
            continue
        role = _match(s)
        if role is None or _NOT_THERE.match(s.partition(":")[2]):
            continue  # "GCP2: not yet completed - booked with mum for 16/05": a row saying it is not here
        body = []
        for nxt in lines[i + 1:i + 12]:
            if not nxt.strip() and body:
                break
            body.append(nxt.strip())
        answer = next((b for b in body if b), "")
        if _NOT_THERE.match(answer.lstrip("|: \t")) and len(answer.split()) <= 6:
            continue  # a form's question with its answer below it: "Recent TAF meeting minutes attached:" / "To follow"
        # a paragraph of it, or the form itself as its rows ("Child's full name | Lacey Brennan"):
        # a web form's submission mailed under the form's name
        if len(" ".join(body).split()) >= 25 or looks_like_form("\n".join(lines[i + 1:i + 40])):
            out.setdefault(role, s)
    # ... or a form's row, or a labelled paragraph: "Rationale for step up | Fourteen weeks of a TAF
    # plan with no change: …", "Latest case summary: Poppy (6) lives with dad, …" (not a consent form,
    # which is signed, not written out)
    for line in lines:
        label, *rest = re.split(r"[|\t]|:\s", line, maxsplit=1)
        label, rest = label.strip().rstrip(":"), " ".join(rest)
        if rest and 0 < len(label) <= 60 and (role := _match(label)) and role != "consent_form" and \
                len(rest.replace("|", " ").split()) >= 20:
            out.setdefault(role, label)
    return out
