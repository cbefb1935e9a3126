"""The scheduler inside ``stepbot run`` (APScheduler 3, ``BackgroundScheduler``).

Jobs (each coalesced, one instance at a time, every failure logged and retried at the next run):

=============  ==========================================  ==========================================
job id         what                                        when
=============  ==========================================  ==========================================
``sweep``      ``bot.deadlines.sweep``: due reminders,     every minute; the engine itself holds mail
               escalations and chases into the outbox      back at night and at weekends
``deliver``    ``bot.outbox.deliver_due``: every due row,  every 30 seconds, and at once when a
               one at a time, urgent first; retry with    watcher took mail in or a row falls due
               exponential backoff
``digest``     ``bot.digest.send_digests``: one email per  Monday to Friday at the office opening
               manager, due soon or overdue                (Europe/London); skipped on bank holidays
``health``     ``bot.health.check_health``: unreachable    every minute
               or quiet mailboxes
``reports``    ``bot.monthly.run_reports``: the packs'     Monday to Friday, hourly through office
               ``reports:`` (Knowsley's monthly step-up    hours from the opening; the first run on
               log review) and their escalations           the report's working day sends it, later
                                                           runs only retry (idempotent keys)
=============  ==========================================  ==========================================

The jobs read the time from ``app.clock``, so ``stepbot simulate`` and the tests drive the same
functions with a ``FixedClock``. The digest's misfire grace covers a restart during the morning:
the day's digest still goes, once (its idempotency key is per person per day).
"""
from __future__ import annotations

import logging

from apscheduler.schedulers.background import BackgroundScheduler

from bot.workcal import LONDON

log = logging.getLogger(__name__)

SWEEP_SECONDS = 60
DELIVER_SECONDS = 30
BOOK_RETRY_SECONDS = 300
HEALTH_SECONDS = 60
DIGEST_GRACE_SECONDS = 6 * 3600


def _guarded(name, fn):
    def run():
        try:
            return fn()
        except Exception:  # noqa: BLE001 - a job failure is logged; the next run retries
            log.exception("scheduled job %s failed; it runs again at its next time", name)
            return None

    run.__name__ = f"job_{name}"
    return run


def _sweep(app, deadlines, disputes) -> int:
    """Reminders and escalations that fell due, then reminders on open disputes; the deadline count."""
    due = deadlines.sweep(app)
    disputes.remind_all(app)
    return due


def job_functions(app, stop=None) -> dict:
    """The scheduler's jobs as plain callables (for the daemon, `simulate` and the tests). ``stop``
    (a ``threading.Event``) ends a long delivery early when the daemon stops."""
    from bot import deadlines, digest, disputes, monthly, outbox, retention, workflow
    from bot.health import check_health

    return {
        "sweep": lambda: _sweep(app, deadlines, disputes),
        "deliver": lambda: outbox.deliver_due(app, stop=stop),
        "digest": lambda: digest.send_digests(app),
        "reports": lambda: monthly.run_reports(app),
        "health": lambda: check_health(app),
        "book": lambda: workflow.book_ready(app),  # complete requests whose booking hit an error
        "purge": lambda: retention.run(app),      # nightly: what the retention settings say is due
    }


def make_scheduler(app, *, scheduler_cls=BackgroundScheduler, stop=None):
    """Build (not start) the scheduler with every job."""
    dep = app.settings.deployment
    sched = scheduler_cls(timezone=LONDON, job_defaults={"coalesce": True, "max_instances": 1})
    jobs = {name: _guarded(name, fn) for name, fn in job_functions(app, stop).items()}
    sched.add_job(jobs["sweep"], "interval", seconds=SWEEP_SECONDS, id="sweep", name="deadline sweep",
                  misfire_grace_time=SWEEP_SECONDS)
    sched.add_job(jobs["deliver"], "interval", seconds=DELIVER_SECONDS, id="deliver", name="outbox delivery",
                  misfire_grace_time=DELIVER_SECONDS)
    sched.add_job(jobs["digest"], "cron", day_of_week="mon-fri", hour=dep.office_hours_start.hour,
                  minute=dep.office_hours_start.minute, timezone=LONDON, id="digest", name="daily digest",
                  misfire_grace_time=DIGEST_GRACE_SECONDS)
    opening, closing = dep.office_hours_start, dep.office_hours_end
    sched.add_job(jobs["reports"], "cron", day_of_week="mon-fri",
                  hour=f"{opening.hour}-{max(opening.hour, closing.hour - 1)}", minute=opening.minute,
                  timezone=LONDON, id="reports", name="scheduled reports", misfire_grace_time=DIGEST_GRACE_SECONDS)
    sched.add_job(jobs["health"], "interval", seconds=HEALTH_SECONDS, id="health", name="mailbox health",
                  misfire_grace_time=HEALTH_SECONDS)
    sched.add_job(jobs["purge"], "cron", hour=2, minute=30, timezone=LONDON, id="purge", name="retention purge",
                  misfire_grace_time=DIGEST_GRACE_SECONDS)
    sched.add_job(jobs["book"], "interval", seconds=BOOK_RETRY_SECONDS, id="book", name="booking retry",
                  misfire_grace_time=BOOK_RETRY_SECONDS)
    return sched
