"""Which kind of mail this is (DESIGN.md kinds), from headers first, then content.

Order: loop from our own address / auto-reply or bounce (RFC 3834, RFC 3464) -> iTIP reply ->
follow-up carrying a reference (bot/references.py) -> mailing list (other) -> step_up / step_down from the
wording (subject counts double) with the mailbox as the tie-break -> other.
"""
from __future__ import annotations

import re
from email.message import Message

from bot import references
from bot.parser.mime import header

REFERENCE = references.PATTERN
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|ooo\b|"
    r"undeliver(?:able|ed)|delivery (?:status notification|has failed|failure)|returned mail|"
    r"mail delivery (?:failed|system)|failure notice|delivery notification|read:|not read:)", re.I)
_AUTO_FROM = re.compile(r"^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)@", re.I)

UP = [r"\bstep(?:ping|ped|s)?[\s-]*up\b", r"\bstep(?:ping)?\s+(?:\S+\s+){1,4}?up\b(?!\s+to\s+(?:date|you))",
      r"\bneeds?\s+stepping\s+up\b", r"\b(?:contact|referral) to (?:the )?MASH\b", r"\bMASH consideration\b",
      r"\bconsideration (?:of|for) (?:a )?level 4\b", r"\blevel 4 (?:response|statutory)\b",
      r"\bneeds? to (?:go|come) (?:up|to (?:MASH|MAST|social care|children's social care))\b",
      r"\bstatutory intervention\b(?! .{0,20}\bno further)"]
DOWN = [r"\bstep(?:ping|ped|s)?[\s-]*down\b", r"\bstep(?:ping)?\s+(?:\S+\s+){1,4}?down\b",
        r"\btriage slot\b", r"\bfinal CIN\b", r"\bclos(?:e|ing) to (?:CSC|social care)\b"]
_NOT_REQUEST = re.compile(r"\bstep[- ]?(?:up|down)(?:\s+and\s+step[- ]?(?:up|down))?\s+(?:guidance|procedure|protocol|"
                          r"process|policy|training|timetable|forms?)\b", re.I)


REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|ynt)\s*:", re.I)


def is_auto_reply(msg: Message, *, is_report: bool, sender: str, own_addresses) -> bool:
    auto = header(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return True
    if sender and sender in own_addresses:
        return True
    if msg.get("X-Auto-Response-Suppress") is not None and _AUTO_SUBJECT.match(header(msg, "Subject")):
        return True
    if header(msg, "X-Autoreply") or header(msg, "X-Autorespond") or header(msg, "X-Auto-Reply"):
        return True
    prec = header(msg, "Precedence").lower()
    if prec in ("auto_reply", "junk") and not msg.get("List-Id"):
        return True
    if prec == "bulk" and not msg.get("List-Id") and REPLY_SUBJECT.match(header(msg, "Subject")):
        return True  # a responder answering us; "bulk" on a fresh subject is a bulletin (other)
    rp = msg.get_all("Return-Path") or []
    if rp and header_text(rp[0]).strip() in ("<>", ""):
        return True
    if is_report:
        return True
    if _AUTO_FROM.match(sender or ""):
        return True
    return bool(_AUTO_SUBJECT.match(header(msg, "Subject")))


def header_text(v) -> str:
    return str(v)


def is_mailing_list(msg: Message) -> bool:
    return bool(msg.get("List-Id") or msg.get("List-Unsubscribe") or
                header(msg, "Precedence").lower() in ("list", "bulk", "junk"))


def find_reference(msg: Message, text: str, authority: str | None = None) -> str | None:
    """The stepbot reference this mail answers: subject, then In-Reply-To/References, then text.
    A new-form reference comes back in its canonical spelling (upper case, misread characters
    read back); whether it names a request is the handler's question (``references.lookup``)."""
    for src in (header(msg, "Subject"), header(msg, "In-Reply-To") + " " + header(msg, "References"), text):
        if (ref := references.find(src)) is not None:
            return ref.text
    return None


def direction(subject: str, text: str, mailbox: str | None) -> tuple[str | None, str | None]:
    """step_up / step_down from the wording (subject counts double); the mailbox breaks ties.
    Returns (kind, evidence)."""
    score = {"step_up": 0, "step_down": 0}
    ev: dict[str, str] = {}
    for weight, src in ((2, subject), (1, text)):
        clean = _NOT_REQUEST.sub(" ", src)
        for kind, pats in (("step_up", UP), ("step_down", DOWN)):
            for p in pats:
                for m in re.finditer(p, clean, re.I):
                    score[kind] += weight
                    ev.setdefault(kind, clean[max(0, m.start() - 60):m.end() + 60].strip())
    if score["step_up"] == score["step_down"] == 0:
        return None, None
    if score["step_up"] > score["step_down"]:
        return "step_up", ev["step_up"]
    if score["step_down"] > score["step_up"]:
        return "step_down", ev["step_down"]
    kind = "step_up" if mailbox == "mash_step_up" else "step_down"
    return kind, ev.get(kind)


def mailbox_default(mailbox: str | None) -> str | None:
    return {"mash_step_up": "step_up", "early_help_duty": "step_down"}.get(mailbox or "")
