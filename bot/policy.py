"""Policy packs: one authority's protocol as data (``config/authorities/<name>.yaml``).

Code holds mechanisms; the packs hold each council's rules. Every rule carries ``source``: the
seed file and the sentence it enforces, so ``stepbot policy show`` can print the rule book a
service manager signs off. Where a seed is silent the pack says so (``defined: false`` with the
reason) instead of inventing a rule, and that kind goes to human review.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from bot import protocols
from bot.phones import check_all, problem
from bot.schema import Strict, load_yaml_model
from bot.words import capital, say

from bot.vocabulary import (  # noqa: F401 - the pack schema's words, re-exported for its readers
    DOCUMENT_IDS, FACT_IDS, Concern, Kind, MailboxRole, RequirementId,
)

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday"]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Roles filled from the request itself, not from the deployment's people directory: the sender,
# the sender's own team manager (named or copied in the request), and the lead practitioner the
# request names. Every other role a pack names must be held by someone in ``people:``.
REQUEST_ROLES = frozenset({"requester", "requester_manager", "lead_practitioner"})

# Events that start or meet a deadline. The request's state machine and the web queue emit them.
Event = Literal[
    "request_received", "request_complete", "invitation_sent", "meeting_held",
    "decision_agreed", "decision_not_agreed", "decision_recorded", "handover",
    "joint_visit_held", "letter_sent", "review_held", "minutes_received", "documents_sent",
    "case_transferred", "contingency_plan_recorded", "plan_sent", "step_down_completed",
    "case_closed", "step_down_received", "lead_practitioner_recorded", "mosaic_recorded",
    "family_confirmation_sent", "triage_rebooked", "mag_review_held",
    "assessment_completed", "assessment_decision", "coordinator_discussion", "no_lead_practitioner",
    "assessment_route", "drop_in_before_plan", "mash_recommendation", "sasf_cwd_route", "next_taf_booked",
    "cin_review_held",
]

# Events before the request that the sender's own mail tells (bot.milestones.BEFORE_REQUEST), in
# the words a condition shows them in (``stepbot policy show``).
StatedEvent = Literal["assessment_completed", "assessment_decision", "coordinator_discussion", "no_lead_practitioner",
                      "assessment_route", "drop_in_before_plan", "mash_recommendation", "sasf_cwd_route",
                      "cin_review_held"]
STATED_WORDS = {
    "assessment_completed": "the assessment has ended",
    "assessment_decision": "the decision after the assessment was made",
    "coordinator_discussion": "the request was already discussed with the receiving team (a drop-in or a co-ordinator)",
    "no_lead_practitioner": "no lead practitioner has been identified, so the case goes to the Early Help co-ordinator",
    "assessment_route": "the step-down comes out of the Child and Family Assessment, with no CIN meeting",
    "drop_in_before_plan": "they want to discuss the step-down at the drop-in before they send the plan",
    "mash_recommendation": "MASH screening or the DMM already recommended a C&F assessment as the contingency plan",
    "sasf_cwd_route": "the step-down comes from the Safeguarding and Supporting Families team or the CWD team",
    "cin_review_held": "the final Child in Need review meeting has been held",
}


class Source(Strict):
    """Where a rule comes from: the seed file and the sentence, quoted."""

    file: str = Field(pattern=r"^[a-z_]+\.txt$", description="a file in docs/protocols/")
    quote: str = Field(min_length=10)

    @field_validator("file")
    @classmethod
    def _known(cls, v: str) -> str:
        if protocols.body(v) is None:
            raise ValueError(f"no protocol {v} in docs/protocols/")
        return v


class Condition(Strict):
    """When a rule applies. All given fields must hold.

    ``level`` is compared with the level *after* the kind's ``default_level`` is applied: use
    :meth:`KindPolicy.effective_level` (or :meth:`KindPolicy.applicable`) rather than the raw
    level from the email. ``no_child_under`` is the complement of ``any_child_under``: it holds
    when no child of known age is under that age (children with no date of birth do not count).
    ``stated`` / ``not_stated`` name an event before the request that the sender's mail says
    happened (``bot.milestones.BEFORE_REQUEST``, e.g. the plan already discussed with a
    co-ordinator): the rule holds only when it was said / was not said.
    """

    concern: Concern | None = None
    level: Literal[2, 3] | None = None
    any_child_under: int | None = Field(default=None, ge=1, le=18)
    no_child_under: int | None = Field(default=None, ge=1, le=18)
    stated: StatedEvent | None = None
    not_stated: StatedEvent | None = None

    def holds(self, *, concerns=(), level=None, child_ages=(), stated=()) -> bool:
        if self.concern is not None and self.concern not in concerns:
            return False
        if self.stated is not None and self.stated not in stated:
            return False
        if self.not_stated is not None and self.not_stated in stated:
            return False
        if self.level is not None and self.level != level:
            return False
        young = lambda limit: any(a is not None and a < limit for a in child_ages)  # noqa: E731
        if self.any_child_under is not None and not young(self.any_child_under):
            return False
        if self.no_child_under is not None and young(self.no_child_under):
            return False
        return True

    def describe(self) -> str:
        """The condition in plain English, for ``stepbot policy show``."""
        parts = []
        if self.concern is not None:
            parts.append(f"the concerns include {say(self.concern)}")
        if self.level is not None:
            parts.append(f"the step-down is to level {self.level}")
        if self.any_child_under is not None:
            parts.append(f"any child is under {self.any_child_under}")
        if self.no_child_under is not None:
            parts.append(f"no child is known to be under {self.no_child_under}")
        if self.stated is not None:
            parts.append(f"the sender says {STATED_WORDS[self.stated]}")
        if self.not_stated is not None:
            parts.append(f"the sender does not say {STATED_WORDS[self.not_stated]}")
        return " and ".join(parts) or "always"


class Requirement(Strict):
    id: RequirementId
    when: Condition | None = None
    explain: str = Field(min_length=5, description="what the sender must provide, in plain words")
    source: Source
    needs_venue: bool = Field(default=False, description="meeting_details only: the protocol asks for the venue too")

    @model_validator(mode="after")
    def _venue_only_for_meetings(self) -> "Requirement":
        if self.needs_venue and self.id != "meeting_details":
            raise ValueError(f"needs_venue applies to meeting_details only, not {self.id!r}")
        return self


class Ask(Strict):
    """Something the seed asks the sender to give or to seek that does not hold the request up
    (R&W: the social worker should "seek agreement on who will take on the Lead Professional
    role"; Tower Hamlets: the day the assessment concluded, which starts the TAF's 10 working
    days). Not in the parse contract's ``missing``: the daemon checks it on the request, asks for
    it in the acknowledgement when it is not met, and records the check with the rule hits.
    ``id`` is a requirement id (met as a requirement is) or an event before the request (met once
    the mail, a reply or the request page has recorded it)."""

    id: RequirementId | StatedEvent
    when: Condition | None = None
    explain: str = Field(min_length=5, description="what the sender is asked for, in plain words")
    source: Source


class Notice(Strict):
    """At least ``working_days`` before the meeting (DESIGN.md's counting rule).

    ``see_also`` quotes further wordings of the same rule (a seed may state it more than once,
    in different words); the first notice whose ``when`` holds applies.
    """

    working_days: int = Field(ge=1, le=60)
    before: str = Field(min_length=3, description="the meeting the notice is for")
    when: Condition | None = None
    reading: str | None = Field(default=None, description="how stepbot reads a loose wording")
    source: Source
    see_also: list[Source] = []


class Recorded(Strict):
    """An event a person records on the request page that no timescale uses."""

    event: Event
    source: Source


class OutcomeNotice(Strict):
    """Who the protocol says is told the outcome once it is recorded on the request page (Torbay's
    MASH "will advise the lead professional of the outcome"): the first role that resolves to an
    address is told."""

    to: list[str] = Field(min_length=1, description="roles, in order of preference")
    source: Source


class NotAgreedLoop(Strict):
    """The protocol's "not agreed" loop (Torbay: "If following triage meeting the step-down plan is
    not agreed, minutes and actions to be shared with Social Worker/Team Manager", then a further
    triage discussion once the actions are done). When the outcome "not agreed" is recorded, the
    actions recorded with it are emailed to each role in ``tell`` (the first address each resolves
    to); the request page then offers business support a further hearing at the same panel, and
    booking it records ``event`` (which meets or restarts the timescales that name it)."""

    tell: list[str] = Field(min_length=1, description="roles told the actions, e.g. requester, requester_manager")
    then: str = Field(min_length=10, description="what the sender does next, completing 'What happens next: …'")
    event: Event = Field(default="triage_rebooked", description="recorded when the further hearing is booked")
    source: Source


class Elsewhere(Strict):
    """A request of this kind that the protocol sends another way (Knowsley §4: a family MASH
    screening or the DMM already recommended a C&F assessment for "should be a transfer from EHM
    to ICS and does not require to follow the step-up process"): business support take it, and
    the sender is told why in ``reason``."""

    when: Condition
    reason: str = Field(description="completes 'A member of business support will read it, because …'")
    source: Source


class KindPolicy(Strict):
    defined: bool = True
    reason: str | None = Field(default=None, description="why a kind is not defined (seed silent)")
    description: str = ""
    mailbox: MailboxRole | None = None
    default_level: Literal[2, 3] | None = None
    requirements: list[Requirement] = []
    notice: list[Notice] = []
    panels: list[PanelChoice] = []
    # events the seed asks to happen with no timescale (Herefordshire's MAG reviews): offered on the
    # request page for business support to record, as the timescales' events are
    records: list[Recorded] = []
    outcome_notice: OutcomeNotice | None = None
    not_agreed: NotAgreedLoop | None = None
    elsewhere: list[Elsewhere] = []
    asks: list[Ask] = []
    source: Source | None = None

    @model_validator(mode="after")
    def _defined_needs_source(self):
        if self.defined and self.source is None:
            raise ValueError("a defined kind needs 'source'")
        if not self.defined and not self.reason:
            raise ValueError("an undefined kind needs 'reason' (what the seed says or does not say)")
        return self

    def effective_level(self, level: int | None) -> int | None:
        """The level a request is treated as: the stated one, else ``default_level``."""
        return level if level is not None else self.default_level

    def applicable(self, *, concerns=(), level=None, child_ages=(), stated=()) -> list[Requirement]:
        """The requirements that apply to one request (conditions checked, default level applied)."""
        lvl = self.effective_level(level)
        return [r for r in self.requirements
                if r.when is None or r.when.holds(concerns=concerns, level=lvl, child_ages=child_ages, stated=stated)]

    def asked(self, *, concerns=(), level=None, child_ages=(), stated=()) -> list[Ask]:
        """What the sender is asked for without the request waiting on it: the kind's ``asks``
        whose conditions hold."""
        lvl = self.effective_level(level)
        return [a for a in self.asks
                if a.when is None or a.when.holds(concerns=concerns, level=lvl, child_ages=child_ages, stated=stated)]

    def elsewhere_for(self, *, concerns=(), level=None, child_ages=(), stated=()) -> Elsewhere | None:
        """The other route the protocol sends this request by, or None for this kind's process."""
        lvl = self.effective_level(level)
        return next((e for e in self.elsewhere
                     if e.when.holds(concerns=concerns, level=lvl, child_ages=child_ages, stated=stated)), None)

    def notice_for(self, *, concerns=(), level=None, child_ages=(), stated=()) -> Notice | None:
        """The notice rule for one request, or None when the kind sets no notice period."""
        lvl = self.effective_level(level)
        for n in self.notice:
            if n.when is None or n.when.holds(concerns=concerns, level=lvl, child_ages=child_ages, stated=stated):
                return n
        return None

    def panel_for(self, *, concerns=(), level=None, child_ages=(), stated=()) -> str | None:
        """The name of the panel that hears one request: the first choice whose ``when`` holds."""
        lvl = self.effective_level(level)
        for c in self.panels:
            if c.when is None or c.when.holds(concerns=concerns, level=lvl, child_ages=child_ages, stated=stated):
                return c.panel
        return None


class PanelChoice(Strict):
    """Which panel hears a kind; the first whose ``when`` holds is used."""

    panel: str
    when: Condition | None = None


class Attendee(Strict):
    role: str
    required: bool = True
    note: str | None = None
    # The request names them but they attend for the council: R&W's "identified Early Help Worker"
    # (the lead practitioner the step-down goes to) is invited by stepbot even to a meeting the
    # sender arranges, when the request gives their email.
    council: bool | None = None
    # invited only when this holds (Tower Hamlets: the lead practitioner, unless the mail says none
    # is identified and the Early Help co-ordinator takes the minutes instead)
    when: Condition | None = None
    # lead_practitioner only: expected only once the request names them (R&W's step-down discussion,
    # "ideally with the identified Early Help Worker"); a request naming nobody leaves nobody to
    # invite by hand. Without it, a person the protocol has at the meeting whom the request does not
    # name is on business support's "still to invite" list.
    if_named: bool = False

    @property
    def for_council(self) -> bool:
        """Attends for the council (not the sender, their manager or the new lead practitioner,
        unless ``council`` says so)."""
        return self.council if self.council is not None else self.role not in REQUEST_ROLES


class Panel(Strict):
    """A recurring meeting that hears requests (triage, case discussion, TAF meeting).

    ``arranged_by``: who arranges the meeting. ``stepbot`` books a slot on ``weekdays``/``times``.
    ``requester``: the sender arranges it and gives its date, time and venue (``meeting_details``,
    or an attached invitation); stepbot records it exactly as given (never moves it), invites the
    council's attendees to the same time and place, and tells the sender who will attend.
    ``standing``: a standing meeting (a weekly triage) where each request takes an agenda slot
    (``capacity`` per sitting); the sender is sent the slot.
    ``book_within_working_days`` / ``book_within_calendar_days``: the panel must sit within that
    many days of the request (the booking timescale; the matching deadline rule chases it).
    """

    name: str
    title: str = Field(default="", description="the meeting as people call it, in mail and invitations")
    description: str = ""
    chair_role: str | None = None
    weekdays: list[Weekday] = Field(min_length=1)
    preferred_weekdays: list[Weekday] = []
    # the seed's words asking for the preferred day ("where possible on a Wednesday"), found in the
    # panel's own protocol: a meeting the sender arranges on another day is kept as given, and their
    # acknowledgement quotes these words. (Quote them in a ``see_also`` of the kind's notice too, so
    # ``stepbot policy show`` prints them.)
    preferred_weekdays_quote: str | None = Field(default=None, min_length=10)
    times: list[str] = Field(min_length=1, description="slot start times, HH:MM, Europe/London")
    duration_minutes: int = Field(ge=10, le=480)
    capacity: int = Field(default=1, ge=1, le=50, description="requests heard per slot")
    cadence_weeks: int = Field(default=1, ge=1, le=8)
    cadence_anchor: date | None = Field(default=None, description="a date in a week the panel sits")
    min_notice_working_days: int = Field(default=0, ge=0)
    book_within_working_days: int | None = Field(default=None, ge=1)
    book_within_calendar_days: int | None = Field(default=None, ge=1)
    arranged_by: Literal["stepbot", "requester", "standing"] = "stepbot"
    location: str = "Microsoft Teams"
    organiser_role: str | None = None
    attendees: list[Attendee] = []
    bring: list[str] = []
    source: Source

    @model_validator(mode="before")
    @classmethod
    def _title(cls, data):
        # Without a title, the name in words: ``step_up_taf_meeting`` → "Step-up TAF meeting".
        if isinstance(data, dict) and not data.get("title") and data.get("name"):
            data = {**data, "title": capital(say(data["name"]))}
        return data

    @model_validator(mode="after")
    def _check(self):
        import re

        for t in self.times:
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t):
                raise ValueError(f"time {t!r} is not HH:MM")
        if self.cadence_weeks > 1 and self.cadence_anchor is None:
            raise ValueError("cadence_weeks > 1 needs cadence_anchor")
        if self.preferred_weekdays_quote is not None:
            text = " ".join((protocols.body(self.source.file) or "").split())
            if " ".join(self.preferred_weekdays_quote.split()) not in text:
                raise ValueError(f"preferred_weekdays_quote is not in {self.source.file}, word for word")
        return self


class Escalation(Strict):
    after_working_days: int = Field(ge=0, description="working days after the due time")
    role: str


class DeadlineRule(Strict):
    """A timescale: starts on an event, due after an offset, met by another event.

    Offsets: ``working_days`` (due at close of business on the n-th working day after the day of
    the starting event; 0 = the same working day), ``calendar_days`` or ``weeks`` (due at close of
    business on that date, moved forward to the next working day if it is not one).
    ``remind_before_working_days``: reminders to the owner that many working days before the due
    day (0 = the morning of the due day). ``escalation``: after the due time, in order.
    ``local_choice``: set when the seed names the task but gives no timescale, so the offset is
    this deployment's own default, not a protocol rule (``policy show`` says so).
    """

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    kinds: list[Kind] = ["step_up", "step_down"]
    starts_on: Event
    met_by: Event
    working_days: int | None = Field(default=None, ge=0)
    calendar_days: int | None = Field(default=None, ge=0)
    weeks: int | None = Field(default=None, ge=0)
    owner_role: str
    remind_before_working_days: list[int] = [1]
    escalation: list[Escalation] = []
    when: Condition | None = None
    pauses_while_awaiting_info: bool = False
    local_choice: str | None = Field(default=None, min_length=10)
    # Also met when documents with these ids arrive (an emailed follow-up carrying the minutes).
    met_by_documents: list[str] = []
    # Events that open a new cycle of this rule (the open one is cancelled): Torbay's "not agreed"
    # loop back to triage restarts the triage timescale.
    restarts_on: list[Event] = []
    # A timescale that runs again each time it is met, up to ``repeats`` times in all (Herefordshire's
    # progress "review[ed] ... at four consecutive multi-agency meetings"): meeting one starts the
    # next from that moment, and each deadline's title says which it is ("review 2 of 4").
    repeats: int | None = Field(default=None, ge=2, le=24)
    counted_as: str = Field(default="review", min_length=3, description="the word for one of the repeats")
    # The protocol lets the people involved agree an earlier date (Knowsley's first TAF review "6
    # weeks unless earlier is agreed"; R&W's review "or earlier if there are concerns regarding the
    # families' engagement"): business support can record the earlier date agreed on the request
    # page, which moves the due date forward (never back), on the record.
    earlier_if_agreed: bool = False
    source: Source

    def title_for(self, cycle: int) -> str:
        """The deadline's title for one cycle: with ``repeats``, which of them it is."""
        return f"{self.title} ({self.counted_as} {cycle + 1} of {self.repeats})" if self.repeats else self.title

    @model_validator(mode="after")
    def _one_offset(self):
        given = [x for x in (self.working_days, self.calendar_days, self.weeks) if x is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of working_days, calendar_days, weeks")
        return self


class ReportRule(Strict):
    """A scheduled report (Knowsley's monthly review of the step-up request log).

    On the ``send_on_working_day``-th working day of each month (bank holidays and closure days
    skipped), the previous calendar month's ``report`` goes to everyone holding ``to_role``. If
    nobody records the review (``stepbot report reviewed``) by close of business
    ``after_working_days`` working days after it was sent, each ``escalation`` step goes once.
    """

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    report: Literal["step_up_log"]
    every: Literal["month"] = "month"
    send_on_working_day: int = Field(default=1, ge=1, le=10)
    to_role: str
    escalation: list[Escalation] = []
    local_choice: str | None = Field(default=None, min_length=10)
    source: Source


class AfterTheCall(Strict):
    """What the sender of urgent mail is asked to send once they have phoned (``Contacts``)."""

    send: str = Field(min_length=5, description="completes 'Then follow your call up with …'")
    source: Source


class UrgentContact(Strict):
    """Who is alerted at once about urgent mail at one time of day, and what the sender is told.

    ``phones`` are the protocol's own numbers; empty when the seed gives none, and then the
    deployment must set the council's (``authorities.<name>.urgent_contacts`` in deployment.yaml).
    ``source`` quotes the seed sentence the contact comes from, where there is one.
    """

    team: str = Field(min_length=3, description="the team as people read it, e.g. 'MAST duty team'")
    role: str = Field(pattern=r"^[a-z0-9_]+$", description="people-directory role alerted by email")
    phones: list[str] = Field(default=[], description="the protocol's numbers, most direct first")
    source: Source | None = None

    @model_validator(mode="after")
    def _phones(self):

        check_all(self.phones)
        return self


class Contacts(Strict):
    """Urgent mail (DESIGN.md safety rule 1): who can act at that hour, and which number to ring.

    ``office_hours`` (the MASH duty team) holds on working days inside the deployment's office
    hours; ``out_of_hours`` (the Emergency Duty Team / out-of-hours service) at night, at weekends,
    on bank holidays and on local closure days. ``emergency`` is always given too.
    """

    office_hours: UrgentContact
    out_of_hours: UrgentContact
    emergency: str = "999"
    emergency_source: Source | None = None
    # what the seed asks the sender to send after the phone call (Tower Hamlets: "contact MAST
    # ... and this should be followed up with a completed Multi-Agency Request for Support form"):
    # the urgent reply tells them, quoting the sentence
    follow_up_with: "AfterTheCall | None" = None

    @model_validator(mode="after")
    def _emergency(self):

        if (why := problem(self.emergency)) is not None:
            raise ValueError(f"emergency: {why}")
        return self

    @property
    def duty_role(self) -> str:
        """The office-hours duty role (the daytime MASH duty team)."""
        return self.office_hours.role

    def roles(self) -> set[str]:
        return {self.office_hours.role, self.out_of_hours.role}


class Silence(Strict):
    """Something a seed does not settle, and what the pack does about it."""

    topic: str
    note: str
    source: Source | None = None


class Dispute(Strict):
    """Where disagreements or departures from the protocol go: a ladder of roles, in order."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    kinds: list[Kind] = ["step_up", "step_down"]
    # each level is one role, or several told together ("escalated to respective Heads of Service")
    roles: list[str | list[str]] = Field(min_length=1)
    note: str = ""
    source: Source

    def told_at(self, step: int) -> list[str]:
        """The roles told at this level of the ladder."""
        level = self.roles[step]
        return [level] if isinstance(level, str) else list(level)


class Retention(Strict):
    """How long stepbot keeps what it holds about a family, after the request closes. The seeds say
    nothing: these are the council's to set with its records officer (the defaults follow common
    children's social care schedules for correspondence, not case records, which live in Mosaic/EHM/ICS).

    ``raw_mail_months_after_closure``: the emails, attachments and sent mail of a closed request
    are emptied (their dates and sizes stay). ``record_years_after_closure``: the request itself,
    its children, deadlines, bookings and history are deleted. ``unmatched_mail_months``: mail
    that never became a request (delivery reports, mail set aside) is emptied."""

    raw_mail_months_after_closure: int = Field(default=12, ge=1, le=120)
    record_years_after_closure: int = Field(default=6, ge=1, le=25)
    unmatched_mail_months: int = Field(default=3, ge=1, le=120)


class PolicyPack(Strict):
    name: str = Field(pattern=r"^[a-z_]+$")
    display_name: str
    protocol: str = Field(pattern=r"^[a-z_]+\.txt$", description="the protocol file in docs/protocols/")
    case_systems: list[str] = []
    contacts: Contacts
    kinds: dict[Kind, KindPolicy]
    panels: dict[str, Panel] = {}
    deadlines: list[DeadlineRule] = []
    reports: list[ReportRule] = []
    chase: ChaseRule | None = None
    disputes: list[Dispute] = []
    silent_on: list[Silence] = []
    retention: Retention = Retention()

    @model_validator(mode="before")
    @classmethod
    def _panel_names(cls, data):
        # A panel's name defaults to its key under ``panels:``.
        if isinstance(data, dict) and isinstance(data.get("panels"), dict):
            data = {**data, "panels": {
                k: ({"name": k, **v} if isinstance(v, dict) else v) for k, v in data["panels"].items()}}
        return data

    @model_validator(mode="after")
    def _refs(self):
        for kind, kp in self.kinds.items():
            for choice in kp.panels:
                if choice.panel not in self.panels:
                    raise ValueError(f"kinds.{kind}.panels names unknown panel {choice.panel!r}")
        ids = [d.id for d in self.deadlines]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate deadline ids: {sorted(dupes)}")
        for i, d in enumerate(self.deadlines):
            for k in d.kinds:
                if self.kind(k) is None:
                    raise ValueError(f"deadlines.{i} ({d.id}) applies to {k}, which the pack does not define")
        rids = [r.id for r in self.reports]
        if len(rids) != len(set(rids)):
            raise ValueError(f"duplicate report ids: {sorted({i for i in rids if rids.count(i) > 1})}")
        for i, r in enumerate(self.reports):
            if r.report == "step_up_log" and self.kind("step_up") is None:
                raise ValueError(f"reports.{i} ({r.id}) is a step-up log, but the pack does not define step-ups")
        return self

    def deadlines_for(self, kind: str, event: str, *, concerns=(), level=None, child_ages=(), stated=()) -> list[DeadlineRule]:
        """The deadline rules an event starts for one request (conditions checked, default level applied)."""
        kp = self.kind(kind)
        if kp is None:
            return []
        lvl = kp.effective_level(level)
        return [d for d in self.deadlines
                if kind in d.kinds and d.starts_on == event
                and (d.when is None or d.when.holds(concerns=concerns, level=lvl, child_ages=child_ages, stated=stated))]

    def kind(self, kind: str) -> KindPolicy | None:
        """The policy for a kind, or None when the pack does not define it."""
        kp = self.kinds.get(kind)  # type: ignore[call-overload]
        return kp if kp is not None and kp.defined else None

    def roles(self) -> set[str]:
        """Every people-directory role this pack names."""
        out = set(self.contacts.roles())
        for p in self.panels.values():
            out.update(a.role for a in p.attendees)
            if p.chair_role:
                out.add(p.chair_role)
            if p.organiser_role:
                out.add(p.organiser_role)
        for d in self.deadlines:
            out.add(d.owner_role)
            out.update(e.role for e in d.escalation)
        for r in self.reports:
            out.add(r.to_role)
            out.update(e.role for e in r.escalation)
        if self.chase:
            out.update(e.role for e in self.chase.escalation)
        for dp in self.disputes:
            out.update(r for step in range(len(dp.roles)) for r in dp.told_at(step))
        return out - REQUEST_ROLES


class ChaseRule(Strict):
    """How often a sender with missing information is chased, then escalated.

    The first chase goes ``every_working_days`` after the acknowledgement that listed what is
    missing, then every ``every_working_days`` up to ``max_chases``; ``escalation`` counts working
    days after the last chase. ``local_choice`` says why these numbers are the deployment's own.
    """

    every_working_days: int = Field(ge=1, le=20)
    max_chases: int = Field(ge=1, le=10)
    escalation: list[Escalation] = []
    local_choice: str | None = Field(default=None, min_length=10)
    source: Source | None = None


KindPolicy.model_rebuild()
PolicyPack.model_rebuild()


def load_pack(path: Path) -> PolicyPack:
    """Load and validate one pack. Raises :class:`bot.config.ConfigError` with file and key path."""
    return load_yaml_model(Path(path), PolicyPack)


def packs_dir(root: Path | None = None) -> Path:
    return (root or default_config_dir()) / "authorities"


def default_config_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "config"


def load_all_packs(config_dir: Path | None = None) -> dict[str, PolicyPack]:
    out = {}
    for p in sorted(packs_dir(config_dir).glob("*.yaml")):
        pack = load_pack(p)
        out[pack.name] = pack
    return out
