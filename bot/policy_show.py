"""``stepbot policy show NAME``: a policy pack in plain English, rule by rule, each rule followed by
the seed file and the sentence it enforces, so a service manager can read and sign off exactly
what the bot will enforce. Local choices (numbers the protocol does not give) are marked as such.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from bot import milestones, protocols, words
from bot.config import ConfigError, Settings, load_settings, resolve
from bot.policy import (
    REQUEST_ROLES, Condition, DeadlineRule, KindPolicy, Panel, PolicyPack, ReportRule, Source, load_pack,
)
from bot.vocabulary import REQUEST_KINDS

WIDTH = 100


def kind_name(kind: str) -> str:
    """"Step-up" / "Step-down", from the one vocabulary (bot.words)."""
    return words.capital(words.say(kind))


# What each event means, as a sentence fragment ("starts when ...", "met when ...").
EVENTS = {
    "request_received": "the request arrives",
    "request_complete": "the request is complete (nothing missing)",
    "invitation_sent": "the invitation or confirmation is sent",
    "meeting_held": "the meeting is held",
    "decision_agreed": "the decision is recorded as agreed",
    "decision_not_agreed": "the decision is recorded as not agreed",
    "decision_recorded": "the decision is recorded",
    "handover": "the handover takes place",
    "joint_visit_held": "the joint visit is held",
    "letter_sent": "the letter to the family is sent",
    "review_held": "the review meeting is held",
    "minutes_received": "the minutes are recorded",
    "documents_sent": "the documents are sent",
    "case_transferred": "the case is transferred",
    "contingency_plan_recorded": "the contingency plan is recorded",
    "plan_sent": "the plan is sent",
    "step_down_completed": "the step-down is completed",
    "case_closed": "the case is closed to social care",
    "step_down_received": "the step-down is received",
    "lead_practitioner_recorded": "the lead practitioner's details are recorded",
    "mosaic_recorded": "the decision and rationale are recorded on Mosaic",
    "family_confirmation_sent": "written confirmation goes to the family and agencies",
    "triage_rebooked": "the plan is back at triage",
    "next_taf_booked": "the date of the next Team Around the Family meeting is booked",
    "mag_review_held": "a multi-agency group (MAG) review is held",
    "assessment_completed": "the Child and Family Assessment concludes",
    "assessment_decision": "the assessment decision is made",
    "cin_review_held": "the final Child in Need review meeting is held",
}



class Printer:
    def __init__(self, out):
        self.out = out

    def line(self, text: str = "", indent: int = 0) -> None:
        if not text:
            self.out.write("\n")
            return
        pad = " " * indent
        self.out.write(textwrap.fill(text, WIDTH, initial_indent=pad, subsequent_indent=pad + "  ",
                                     break_on_hyphens=False, break_long_words=False) + "\n")

    def heading(self, text: str) -> None:
        self.out.write(f"\n{text.upper()}\n{'=' * len(text)}\n")

    def source(self, src: Source | None, indent: int, label: str = "Source") -> None:
        if src is None:
            return
        self.line(f'{label}: {protocols.cite(src.file, src.quote)}: "{" ".join(src.quote.split())}"', indent)


class Describer:
    """Plain-English phrases for one pack, with the deployment's people when it is available."""

    def __init__(self, pack: PolicyPack, settings: Settings | None, authority: str | None):
        self.pack, self.settings, self.authority = pack, settings, authority

    def role(self, role: str) -> str:
        """A role in words (bot.words), with the people holding it when the deployment is known."""
        if role in REQUEST_ROLES:
            return f"the {words.say(role)}"
        name = words.say(role)
        if self.settings is not None and self.authority is not None:
            people = self.settings.people(self.authority, role)
            if people:
                return f"{name} ({', '.join(p.name for p in people)})"
            return f"{name} (NOBODY HOLDS THIS ROLE)"
        return name

    def panel(self, name: str) -> str:
        """A panel by the title people call it."""
        panel = self.pack.panels.get(name)
        return panel.title if panel is not None else words.capital(words.say(name))

    @staticmethod
    def when(cond: Condition | None) -> str:
        return "always" if cond is None else "only when " + cond.describe()

    @staticmethod
    def period(r: DeadlineRule) -> str:
        """The rule's time in words: "10 working days", "4 weeks"."""
        n, unit = next((n, u) for n, u in ((r.working_days, "working day"), (r.calendar_days, "calendar day"),
                                           (r.weeks, "week")) if n is not None)
        return f"{n} {unit}{'s' if n != 1 else ''}"

    @staticmethod
    def offset(r: DeadlineRule) -> str:
        if r.working_days == 0:
            return "by close of business the same working day"
        if r.working_days is not None:
            return f"within {Describer.period(r)}"
        return f"within {Describer.period(r)} (a due date on a non-working day moves to the next working day)"

    @staticmethod
    def days_list(ns: list[int]) -> str:
        parts = []
        for n in ns:
            parts.append("on the morning it is due" if n == 0
                         else f"{n} working day{'s' if n != 1 else ''} before")
        return ", ".join(parts) if parts else "none"

    def ladder(self, esc) -> str:
        if not esc:
            return "none beyond telling the owner"
        parts = []
        for e in esc:
            when = "at the due time" if e.after_working_days == 0 else \
                f"{e.after_working_days} working day{'s' if e.after_working_days != 1 else ''} later"
            parts.append(f"{when}: {self.role(e.role)}")
        return "; then ".join(parts)


def show(pack: PolicyPack, out=None, settings: Settings | None = None, authority: str | None = None) -> None:
    """Write the pack in plain English to ``out`` (default stdout)."""
    p = Printer(out or sys.stdout)
    d = Describer(pack, settings, authority)

    p.out.write(f"{pack.display_name}\n")
    p.line(f"Protocol: {protocols.title(pack.protocol)}" + (f"   Case systems: {', '.join(pack.case_systems)}" if pack.case_systems else ""))
    p.line("Each rule is followed by the protocol sentence it enforces. 'Working day' means Monday to Friday, "
           "excluding England & Wales bank holidays and local closure days, in Europe/London time. "
           "Numbers marked LOCAL CHOICE are this deployment's own, not the protocol's.")

    p.heading("Urgent mail")
    _show_urgent(p, d, pack)

    for kind in REQUEST_KINDS:
        kp = pack.kinds.get(kind)
        _show_kind(p, d, pack, kind, kp)

    p.heading("Meeting panels")
    for panel in pack.panels.values():
        _show_panel(p, d, panel)

    p.heading("Deadlines")
    if not pack.deadlines:
        p.line("None.", 2)
    for i, r in enumerate(pack.deadlines, 1):
        _show_deadline(p, d, i, r)

    if pack.reports:
        p.heading("Scheduled reports")
        for i, r in enumerate(pack.reports, 1):
            _show_report(p, d, i, r)

    p.heading("Chasing missing information")
    if pack.chase is None:
        p.line("The pack sets no chase rule: senders are not chased.", 2)
    else:
        ch = pack.chase
        p.line(f"A sender whose request is missing something is chased every {ch.every_working_days} working "
               f"day{'s' if ch.every_working_days != 1 else ''}, at most {ch.max_chases} time"
               f"{'s' if ch.max_chases != 1 else ''}; after the last chase: {d.ladder(ch.escalation)}.", 2)
        if ch.local_choice:
            p.line(f"LOCAL CHOICE (not in the protocol): {ch.local_choice}", 4)
        p.source(ch.source, 4)

    p.heading("Disputes and escalation")
    if not pack.disputes:
        p.line("The protocol sets no dispute route.", 2)
    for n, dp in enumerate(pack.disputes, 1):
        kinds = " and ".join(words.say(k) for k in dp.kinds)
        p.line(f"{n}. {dp.title} ({kinds}): goes to " + ", then ".join(
            " and ".join(d.role(r) for r in dp.told_at(i)) for i in range(len(dp.roles))) + ".", 2)
        if dp.note:
            p.line(f"Note: {dp.note}", 5)
        p.source(dp.source, 5)

    p.heading("Where the protocol is silent")
    if not pack.silent_on:
        p.line("Nothing recorded.", 2)
    for s in pack.silent_on:
        p.line(f"- {s.topic}: {s.note}", 2)
        p.source(s.source, 4, label="Related sentence")


def _show_kind(p: Printer, d: Describer, pack: PolicyPack, kind: str, kp: KindPolicy | None) -> None:
    p.heading(f"{kind_name(kind)} requests")
    if kp is None or not kp.defined:
        reason = kp.reason if kp is not None else "The pack does not mention this kind."
        p.line(f"NOT DEFINED by this protocol: every {words.say(kind)} request goes to human review. {reason}", 2)
        return
    if kp.description:
        p.line(kp.description, 2)
    if kp.mailbox:
        p.line(f"Arrives at the {words.say(kp.mailbox)} inbox.", 2)
    if kp.default_level is not None:
        p.line(f"A request that does not state a level is treated as level {kp.default_level}.", 2)
    p.source(kp.source, 4)

    p.line()
    p.line("What the request must contain:", 2)
    for i, r in enumerate(kp.requirements, 1):
        venue = " The venue must be given too (a venue 'to be confirmed' does not count)." if r.needs_venue else ""
        p.line(f"{i}. {words.capital(words.say(r.id))} - {r.explain} ({d.when(r.when)}).{venue}", 4)
        p.source(r.source, 7)
    if kp.asks:
        p.line()
        p.line("Also asked for in the acknowledgement when the request does not give it (the request does not wait for it):", 2)
        for a in kp.asks:
            p.line(f"- {a.explain} ({d.when(a.when)}).", 4)
            p.source(a.source, 6)

    p.line()
    if kp.notice:
        p.line("Notice:", 2)
        for n in kp.notice:
            p.line(f"- At least {n.working_days} working days' notice before {n.before} ({d.when(n.when)}); "
                   f"counted as the working days after the day the request arrives, up to and including "
                   f"the meeting day.", 4)
            if n.reading:
                p.line(f"How stepbot reads it: {n.reading}", 6)
            p.source(n.source, 6)
            for extra in n.see_also:
                p.source(extra, 6, label="Also worded")
    else:
        p.line("Notice: the protocol sets no notice period for this kind.", 2)

    p.line()
    if kp.panels:
        p.line("Which meeting hears it (the first that applies):", 2)
        for choice in kp.panels:
            p.line(f"- {d.panel(choice.panel)} ({d.when(choice.when)})", 4)
    for r in kp.records:
        p.line(f"Recorded on the request page, with no timescale: {milestones.label(r.event)}.", 2)
        p.source(r.source, 4)
    for e in kp.elsewhere:
        p.line(f"Not this process ({d.when(e.when)}): business support take it, because {e.reason}.", 2)
        p.source(e.source, 4)
    if kp.not_agreed:
        loop = kp.not_agreed
        told = words.join(d.role(r) for r in loop.tell)
        p.line(f"When the outcome is not agreed: the actions recorded with it are emailed to {told}, who "
               f"{loop.then}; the request page then offers business support a further meeting of the panel "
               f"that hears it, and booking it records that {EVENTS.get(loop.event, milestones.label(loop.event))}.", 2)
        p.source(loop.source, 4)
    if kp.outcome_notice:
        told = [words.say(r) for r in kp.outcome_notice.to]
        p.line(f"When the outcome is recorded, it is emailed to the {' or else the '.join(told)}.", 2)
        p.source(kp.outcome_notice.source, 4)


def _show_panel(p: Printer, d: Describer, panel: Panel) -> None:
    days = ", ".join(w.capitalize() for w in panel.weekdays)
    when = f"{days} at {', '.join(panel.times)}"
    if panel.cadence_weeks > 1:
        when += f", every {panel.cadence_weeks} weeks (counting from the week of {panel.cadence_anchor:%d %B %Y})"
    else:
        when += ", every week"
    p.line(f"{panel.title}: {panel.description}" if panel.description else panel.title, 2)
    if panel.arranged_by == "requester":
        p.line(f"Sits: when and where the sender arranges it; {panel.duration_minutes} minutes unless the sender "
               f"says otherwise.", 4)
    else:
        p.line(f"Sits: {when}; {panel.duration_minutes} minutes; {panel.capacity} request"
               f"{'s' if panel.capacity != 1 else ''} per slot; venue: {panel.location}.", 4)
    if panel.preferred_weekdays:
        p.line(preferred_day(panel), 4)
    if panel.min_notice_working_days:
        p.line(f"Needs at least {panel.min_notice_working_days} working days' notice.", 4)
    if panel.book_within_working_days:
        p.line(f"Must sit within {panel.book_within_working_days} working days of the request.", 4)
    if panel.book_within_calendar_days:
        p.line(f"Must sit within {panel.book_within_calendar_days} calendar days of the request.", 4)
    p.line(arranged_by(d, panel), 4)
    if panel.chair_role:
        p.line(f"Chair: {d.role(panel.chair_role)}.", 4)
    council = [a for a in panel.attendees if a.for_council]
    p.line("Attends for the council: " + ("; ".join(_attendee(d, a) for a in council) if council else "nobody") + ".", 4)
    for a in panel.attendees:
        if not a.for_council:
            p.line(f"Also attends: {_attendee(d, a)}.", 4)
    if panel.bring:
        p.line(f"Papers: {words.join(words.say(b) for b in panel.bring)}.", 4)
    p.source(panel.source, 4)
    p.line()


# Who arranges a panel's meeting and how, by ``arranged_by``; {organiser} is the organiser role in
# words with the people holding it.
ARRANGED_BY = {
    "stepbot": "Arranged by: {organiser}, through stepbot, which books the first free slot that meets the rules "
               "above and sends the invitations.",
    "requester": "Arranged by: the sender. stepbot records the date, time and venue the request gives, never moves "
                 "them, invites those who attend for the council, and tells the sender who will attend.",
    "standing": "Arranged by: {organiser}, as a standing meeting. Each request takes a place on its agenda (the "
                "places per sitting above); stepbot sends the sender the time of their place.",
}


def arranged_by(d: Describer, panel: Panel) -> str:
    organiser = d.role(panel.organiser_role) if panel.organiser_role else words.say("stepbot")
    text = ARRANGED_BY[panel.arranged_by].format(organiser=organiser)
    if panel.arranged_by == "requester" and panel.organiser_role:
        text += f" The council's invitations go out in the name of {organiser}."
    return text


def preferred_day(panel: Panel) -> str:
    """The panel's preferred day, a preference and never a rule (Knowsley's "where possible on a
    Wednesday"), with what stepbot does about it."""
    days = " or ".join(w.capitalize() for w in panel.preferred_weekdays)
    quote = f' ("{" ".join(panel.preferred_weekdays_quote.split())}")' if panel.preferred_weekdays_quote else ""
    if panel.arranged_by != "requester":
        return f"Preferred day: {days}, where possible{quote}: stepbot books one first when it meets the rules."
    told = ", and the acknowledgement tells the sender of the preference" if quote else ""
    return f"Preferred day: {days}, where possible{quote}: a meeting the sender arranges on another day is kept{told}."


def _attendee(d: Describer, a) -> str:
    text = d.role(a.role) + ("" if a.required else " (optional)") + (f" - {a.note}" if a.note else "")
    if a.when is not None or a.if_named:
        named = ["the request names them"] if a.if_named else []
        text += " (only when " + " and ".join(([a.when.describe()] if a.when else []) + named) + ")"
    return text


def _show_deadline(p: Printer, d: Describer, i: int, r: DeadlineRule) -> None:
    kinds = " and ".join(words.say(k) for k in r.kinds)
    p.line(f"{i}. {r.title} ({kinds}; {d.when(r.when)})", 2)
    p.line(f"Starts when {EVENTS.get(r.starts_on, r.starts_on)}; met when {EVENTS.get(r.met_by, r.met_by)}; "
           f"due {d.offset(r)}.", 5)
    if r.repeats:
        p.line(f'Runs {r.repeats} times ("{r.counted_as} 1 of {r.repeats}" to "{r.counted_as} {r.repeats} of '
               f'{r.repeats}" on the request page): each time one is met, the next {r.counted_as} starts, due '
               f"within {d.period(r)}.", 5)
    if r.earlier_if_agreed:
        p.line("An earlier date can be agreed and recorded on the request page, with who agreed it and why: the "
               "due date moves forward to it (never back).", 5)
    p.line(f"Owner: {d.role(r.owner_role)}. Reminders: {d.days_list(r.remind_before_working_days)}.", 5)
    p.line(f"Escalation if missed: {d.ladder(r.escalation)}.", 5)
    if r.pauses_while_awaiting_info:
        p.line("The clock stops while stepbot waits for missing information from the sender.", 5)
    if r.local_choice:
        p.line(f"LOCAL CHOICE (not in the protocol): {r.local_choice}", 5)
    p.source(r.source, 5)


REPORT_NAMES = {"step_up_log": "the step-up request log (every step-up received, as on the web page's export)"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _show_report(p: Printer, d: Describer, i: int, r: ReportRule) -> None:
    p.line(f"{i}. {r.title}", 2)
    p.line(f"On the {_ordinal(r.send_on_working_day)} working day of each {r.every}, "
           f"{REPORT_NAMES[r.report]} for the previous calendar {r.every} goes to {d.role(r.to_role)} as a "
           f"spreadsheet with a summary; a manager records the review on the Reports page "
           f"(\"Record that the log was reviewed\").", 5)
    steps = [f"{e.after_working_days} working day{'s' if e.after_working_days != 1 else ''} after it is sent: "
             f"{d.role(e.role)}" for e in r.escalation]
    p.line("Escalation if the review is not recorded: " + ("; then ".join(steps) or "none") + ".", 5)
    if r.local_choice:
        p.line(f"LOCAL CHOICE (not in the protocol): {r.local_choice}", 5)
    p.source(r.source, 5)


def _show_urgent(p: Printer, d: Describer, pack: PolicyPack) -> None:
    """Who is alerted about urgent mail, and which number the sender is given, by the hour."""
    c = pack.contacts
    dep = d.settings.deployment if d.settings is not None else None
    hours = f"{dep.office_hours_start:%H:%M} to {dep.office_hours_end:%H:%M}" if dep else "the deployment's office hours"
    p.line("An email describing an immediate child-protection risk is never queued. Who is alerted at once, "
           "and which number the sender is told to phone now, depends on the hour:", 2)
    labels = {"office_hours": f"In office hours (working days, {hours}, Europe/London)",
              "out_of_hours": "Out of hours (evenings, nights, weekends, bank holidays and local closure days)"}
    for period, label in labels.items():
        contact = getattr(c, period)
        p.line(f"{label}: {d.role(contact.role)} is alerted as the {contact.team}, and the sender is told to "
               f"phone {_urgent_phones(d, pack, period)}.", 4)
        p.source(contact.source, 6)
    p.line(f"Always: phone {c.emergency} if a child is in immediate danger.", 4)
    p.source(c.emergency_source, 6)
    if c.follow_up_with is not None:
        p.line(f"The sender is also told to follow the call up with {c.follow_up_with.send}.", 4)
        p.source(c.follow_up_with.source, 6)


def _urgent_phones(d: Describer, pack: PolicyPack, period: str) -> str:
    protocol = getattr(pack.contacts, period).phones
    if d.settings is not None and d.authority is not None:
        phones, origin = d.settings.urgent_phones(d.authority, period)
        if origin == "deployment":
            note = ("the protocol gives none" if not protocol
                    else f"replacing the protocol's {' or '.join(protocol)}")
            demo = ", a DEMO deployment whose numbers may be fictional" if d.settings.is_demo else ""
            return f"{' or '.join(phones)} (LOCAL CHOICE: the deployment's number, {note}{demo})"
    if protocol:
        return " or ".join(protocol)
    return "the number the deployment sets (the protocol gives none)"


def _find(config_dir: Path, name: str) -> Path | None:
    f = config_dir / "authorities" / f"{name}.yaml"
    return f if f.exists() else None


def main(args) -> int:
    """``stepbot policy show NAME`` (``args.name``; ``args.config`` is the config folder or file)."""
    config_dir, _ = resolve(getattr(args, "config", None))
    name = args.name
    path = _find(config_dir, name)
    if path is None:
        known = sorted(f.stem for f in (config_dir / "authorities").glob("*.yaml"))
        print(f"no policy pack {name!r} in {config_dir / 'authorities'}; known: {', '.join(known) or 'none'}",
              file=sys.stderr)
        return 2
    try:
        pack = load_pack(path)
    except ConfigError as e:
        for file, key, reason in e.problems:
            print(f"{file}: {key}: {reason}", file=sys.stderr)
        return 1
    settings, authority = None, None
    try:
        settings = load_settings(config_dir)
        authority = next((a for a, cfg in settings.deployment.authorities.items() if cfg.pack == name), None)
    except ConfigError:
        # The pack itself is valid; the people directory is not. Show roles without names, and
        # point at check-config for the problems.
        print("(the deployment has problems: run `stepbot check-config`; roles shown without names)",
              file=sys.stderr)
    try:
        show(pack, sys.stdout, settings, authority)
        sys.stdout.flush()
    except BrokenPipeError:  # `stepbot policy show x | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
