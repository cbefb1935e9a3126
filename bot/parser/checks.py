"""Policy checks: which requirements are missing, whether the notice is long enough, and what to
do next. Rules, notice periods and conditions come only from the authority's pack; this module
holds the mechanism. The web queue calls :func:`evaluate` again after a correction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.parser.extract.dates import age_on
from bot.policy import DOCUMENT_IDS, PolicyPack
from bot.workcal import WorkingCalendar, to_london
from bot.vocabulary import REQUEST_KINDS



@dataclass
class Checks:
    missing: list[str]
    notice: dict | None
    next_action: str
    rule_hits: list[dict] = field(default_factory=list)
    defined: bool = True


def _as_date(v) -> date | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _meeting_start(pm) -> datetime | None:
    if not pm:
        return None
    start = pm.get("start") if isinstance(pm, dict) else getattr(pm, "start", None)
    if isinstance(start, str):
        try:
            start = datetime.fromisoformat(start)
        except ValueError:
            return None
    return start


def _meeting_day(pm) -> date | None:
    if not pm:
        return None
    day = pm.get("day") if isinstance(pm, dict) else getattr(pm, "day", None)
    if day is not None:
        return _as_date(day)
    start = _meeting_start(pm)
    if start is None:
        return None
    return to_london(start).date() if start.tzinfo else start.date()


def _venue_ok(pm) -> bool:
    venue = pm.get("venue") if isinstance(pm, dict) else getattr(pm, "venue", None)
    tbc = pm.get("venue_tbc") if isinstance(pm, dict) else getattr(pm, "venue_tbc", False)
    return bool(venue) and not tbc


# The fact requirements with a rule of their own below; any other fact (``more``) is met when its
# value is truthy (docs/ARCHITECTURE.md, "How to add a fact the parser reads").
NAMED_FACTS = ("children", "case_id", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
               "worries_strengths_next")


def fact_met(req_id: str, *, children, case_ids, consent, manager_agreed, lead_practitioner,
             proposed_meeting, worries_strengths_next, needs_venue: bool = False, **more) -> bool:
    """Whether a fact requirement is met. ``needs_venue``: the pack's requirement asks for the
    meeting's venue as well as its date and time (a venue 'tbc' is no venue)."""
    if req_id == "children":
        return bool(children)
    if req_id == "case_id":
        return bool(case_ids)
    if req_id == "consent":
        return consent is True
    if req_id == "manager_agreed":
        return manager_agreed is True
    if req_id == "lead_practitioner":
        lp = lead_practitioner or {}
        get = lp.get if isinstance(lp, dict) else (lambda k: getattr(lp, k, None))
        return bool(get("name")) and bool(get("agency"))
    if req_id == "meeting_details":
        return _meeting_start(proposed_meeting) is not None and (not needs_venue or _venue_ok(proposed_meeting))
    if req_id == "worries_strengths_next":
        return bool(worries_strengths_next)
    if req_id in more:
        return bool(more[req_id])
    raise ValueError(f"unknown fact requirement {req_id!r}")


def evaluate(pack: PolicyPack | None, *, kind: str, urgent: bool, level, concerns, children,
             case_ids, consent, manager_agreed, lead_practitioner, proposed_meeting,
             documents: set[str], worries_strengths_next: bool, now: datetime,
             calendar: WorkingCalendar, notice_from: date | None = None, short_notice_agreed: bool = False,
             stated=(), **more) -> Checks:
    """See module doc. ``children`` is a list of {"name", "dob"} (with "age_years", the age stated
    in words, counted when there is no date of birth); ``documents`` the ids met;
    ``notice_from``: the day notice was given (the first request), default today;
    ``short_notice_agreed``: business support agreed a shorter notice with the requester
    ("This can be discussed and agreed"); ``stated``: the events before the request the sender's
    mail told (``Request.stated``; the daemon's, not the parser's); ``more``: the facts not named
    here, by id."""
    kp = pack.kind(kind) if (pack is not None and kind in REQUEST_KINDS) else None
    missing: list[str] = []
    notice = None
    hits: list[dict] = []
    if kp is not None:
        today = to_london(now).date() if now.tzinfo else now.date()
        ages = []
        for c in children or []:
            dob = _as_date(c.get("dob") if isinstance(c, dict) else getattr(c, "dob", None))
            age = c.get("age_years") if isinstance(c, dict) else getattr(c, "age_years", None)
            ages.append(age_on(dob, today) if dob else age)  # a date of birth wins over a stated age
        concerns = list(concerns or [])
        facts = dict(children=children, case_ids=case_ids, consent=consent, manager_agreed=manager_agreed,
                     lead_practitioner=lead_practitioner, proposed_meeting=proposed_meeting,
                     worries_strengths_next=worries_strengths_next, **more)
        for r in kp.applicable(concerns=concerns, level=level, child_ages=ages, stated=stated):
            met = r.id in documents if r.id in DOCUMENT_IDS else fact_met(r.id, needs_venue=r.needs_venue, **facts)
            hits.append({"rule": f"requirement:{r.id}", "source": {"file": r.source.file, "quote": r.source.quote},
                         "met": met})
            if not met:
                missing.append(r.id)
        rule = kp.notice_for(concerns=concerns, level=level, child_ages=ages, stated=stated)
        if rule is not None:
            day = _meeting_day(proposed_meeting)
            if day is None:
                notice = {"required_working_days": rule.working_days, "given_working_days": None, "ok": None}
                if "meeting_details" not in missing:
                    missing.append("meeting_details")
            else:
                given = calendar.working_days_between(notice_from or today, day)
                notice = {"required_working_days": rule.working_days, "given_working_days": given,
                          "ok": given >= rule.working_days or short_notice_agreed}
                if short_notice_agreed and given < rule.working_days:
                    notice["agreed"] = True
            hits.append({"rule": "notice", "source": {"file": rule.source.file, "quote": rule.source.quote},
                         "met": bool(notice["ok"])})
    missing = sorted(set(missing))
    return Checks(missing, notice, next_action(kind, urgent, kp is not None, missing, notice), hits,
                  defined=kp is not None)


def next_action(kind: str, urgent: bool, defined: bool, missing: list[str], notice: dict | None) -> str:
    """DESIGN.md: the first that applies."""
    if urgent:
        return "alert_duty"
    if kind == "auto_reply":
        return "ignore"
    if kind == "meeting_reply":
        return "record_reply"
    if kind == "follow_up":
        return "attach_to_request"
    if kind == "other" or not defined:
        return "human_review"
    if missing or (notice is not None and notice.get("ok") is False):
        return "request_info"
    return "book_meeting"
