"""Who can act on urgent mail at a given moment, and which number the sender is given.

DESIGN.md safety rule 1: the MASH duty team in office hours; the Emergency Duty Team /
out-of-hours service at night, at weekends, on bank holidays and on local closure days. Office
hours, bank holidays and closure days come from the authority's working calendar
(:mod:`bot.workcal`); the teams, roles and protocol numbers from the policy pack's ``contacts:``;
the people and any council numbers the protocol does not give from the deployment.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from bot.policy import Source
from bot.workcal import calendar_for, to_london

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OnCall:
    """The answer for one authority at one moment."""

    period: str                    # "office_hours" or "out_of_hours"
    team: str                      # the team alerted now, as people read it
    emails: tuple[str, ...]        # who is alerted now
    phones: tuple[str, ...]        # the numbers the sender is told to ring now, most direct first
    phones_from: str               # "protocol" or "deployment"
    source: Source | None          # the protocol sentence the contact comes from, if any
    emergency: str                 # 999
    day_team: str                  # the office-hours team (the MASH duty team)
    day_emails: tuple[str, ...]    # who reads the duty mailbox in office hours
    why: str | None                # out of hours: "at the weekend", "on a bank holiday", ...
    opens: datetime | None         # out of hours: when office hours next begin (Europe/London)
    closes: datetime | None        # in office hours: when they end today (Europe/London)

    @property
    def in_office_hours(self) -> bool:
        return self.period == "office_hours"

    @property
    def phones_text(self) -> str:
        """The numbers as a sender reads them: '0207 364 5606 or 0207 364 5601'."""
        return " or ".join(self.phones)


def out_of_hours_reason(cal, local: datetime) -> str | None:
    """Why ``local`` is outside office hours, in words; None inside them."""
    if cal.is_working_time(local):
        return None
    hours = f"{cal.office_start:%H:%M} to {cal.office_end:%H:%M}"
    if local.weekday() >= 5:
        return "at the weekend"
    name = cal.holiday_name(local)
    if name == "local closure day":
        return "on a day the office is closed"
    if name is not None:
        return f"on a bank holiday ({name.replace(' (observed)', ' substitute day')})"
    if local.time() < cal.office_start:
        return f"before office hours ({hours})"
    return f"after office hours ({hours})"


def on_call(settings, authority: str, at: datetime) -> OnCall:
    """Who is alerted about urgent mail to ``authority`` at ``at``, and what the sender is told."""
    pack = settings.pack(authority)
    cal = calendar_for(settings, authority)
    local = to_london(at)
    why = out_of_hours_reason(cal, local)
    period = "office_hours" if why is None else "out_of_hours"
    contact = getattr(pack.contacts, period)
    day = pack.contacts.office_hours
    day_emails = tuple(p.email for p in settings.people(authority, day.role))
    emails = tuple(p.email for p in settings.people(authority, contact.role))
    if not emails:
        # check-config refuses a deployment without anyone in the role; a Settings built some other
        # way still must not alert nobody, so the duty mailbox's team gets it.
        log.warning("%s: nobody holds role %s; alerting the office-hours duty team instead", authority, contact.role)
        emails = day_emails
    phones, phones_from = settings.urgent_phones(authority, period)
    return OnCall(
        period=period, team=contact.team, emails=emails, phones=tuple(phones), phones_from=phones_from,
        source=contact.source, emergency=pack.contacts.emergency, day_team=day.team, day_emails=day_emails,
        why=why, opens=cal.next_working_time(local) if why else None,
        closes=cal.end_of_working_day(local.date()) if why is None else None,
    )


def own_addresses(settings) -> set[str]:
    """Every duty mailbox stepbot reads, in lower case."""
    return {mb.address.lower() for a in settings.deployment.authorities.values() for mb in a.mailboxes.values()}


def copied_on(app, req, addresses=None) -> list[str]:
    """Whoever the sender copied on the mail that opened the request (in the protocols' words, the
    manager "sent or is copied"): the request's Cc addresses (or ``addresses``) less the sender and
    our own mailboxes. Used for the ``requester_manager`` role, in invitations and deadline mail."""
    ours = own_addresses(app.settings)
    sender = (req.sender or "").lower()
    out: list[str] = []
    for addr in (req.copied or []) if addresses is None else addresses:
        key = addr.strip().lower()
        if key and key not in ours and key != sender and addr not in out:
            out.append(addr.strip())
    return out
