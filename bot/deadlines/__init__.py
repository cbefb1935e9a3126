"""The deadline engine: every timescale in the protocols, chased until it is met.

A deadline is one row (``bot.models.Deadline``) created by an event on a request
(``on_event``), from the authority's policy pack (``pack.deadlines``). Each has an owner role,
reminders before it is due (``remind_before_working_days``) and an escalation ladder after it
(``escalation``). Its life is a small explicit state machine::

    open ──► met                 (the ``met_by`` event, or documents in ``met_by_documents``)
    open ──► paused ──► open     (request awaiting information; due time moves on on resume)
    open ──► breached ──► met    (late, but met: escalation stops)
    open/paused/breached ──► cancelled   (a new cycle of the rule: ``restarts_on``)

What happens next to a deadline is a pure function of the row (its counters ``reminders_sent``
and ``escalation_step`` against the schedule the rule gives); ``next_at`` caches when that is, and
is the only column the sweep filters on (``WHERE next_at <= now``, index ``ix_deadlines_sweep``).

Exactly-once in effect: every mail goes through ``bot.outbox.enqueue`` with an idempotency key
(``remind:{id}:{n}``, ``escalate:{id}:{step}``, ``chase:{id}:{n}``), in the same transaction as the
counter that records it. A crash before commit leaves neither; a lost counter update re-enqueues
the same key, which the outbox refuses. So a restart or a second sweep never sends twice.

No mail at night or at weekends: an action that falls outside office hours on a working day is
deferred to the next working time (``WorkingCalendar.next_working_time``).

Chasing missing information: when a request goes to ``awaiting_info`` its pausable deadlines stop
(the pause is recorded) and a chase row (rule id ``chase``) starts: the sender is chased every
``pack.chase.every_working_days`` up to ``max_chases``, then the chase escalates up
``pack.chase.escalation``. The chase is met when the information is complete.

Digest vs reminders (the choice, documented): reminders and escalations are sent one per deadline
at their time, because each is answerable on its own (a reply carrying the reference and the
minutes meets it; an out-of-office reroutes it to the deputy). The daily digest
(``bot.digest``) is the once-a-day overview for each manager of everything of theirs due soon or
overdue; it does not replace the timed reminders, and it is sent only to people who have something
in it, so volume stays at one digest plus one mail per reminder point and ladder step.

The package, by what each part does: ``schedule`` (plans and due-date arithmetic), ``engine``
(events and the sweep), ``notify`` (the mail it sends and ``stepbot deadlines``). Everything other
modules use is re-exported here, so ``from bot import deadlines; deadlines.on_event(...)`` holds.
"""
from __future__ import annotations

from bot.deadlines.engine import (  # noqa: F401 (re-exported)
    PAUSE_EVENT, RESUME_EVENTS, RETRY_AFTER, SWEEP_BATCH, _advance, _applies, _cover_for, _create, _meet,
    bring_forward,
    _pause, _pause_one, _resume, _rows, _start_chase, cancel, due_query, on_auto_reply, on_documents,
    on_event, sweep,
)
from bot.deadlines.notify import (  # noqa: F401 (re-exported)
    _copied_on_request, _escalate, _remind, _resolve, _send, context, format_rows, initials,
    list_command, list_deadlines, recipients_for,
)
from bot.deadlines.schedule import (  # noqa: F401 (re-exported)
    ACTIVE, CHASE_RULE, Plan, _chase_times, _refresh_next_at, due_for, escalation_time, ladder,
    next_action, plan_for, reminder_times, rule_by_id, sub_working_days,
)
from bot.workcal import LONDON

__all__ = ["on_event", "on_documents", "on_auto_reply", "sweep", "list_command", "due_for", "LONDON"]
