"""What council IT's monitoring asks of a service (issue 20): ``/healthz`` (the process answers),
``/readyz`` (the database answers and every duty mailbox was reachable at its last attempt) and
``/metrics`` (Prometheus text format, ``prometheus-client``).

The metrics are read from the database when scraped, so they are the same whichever instance is
asked and survive restarts: messages read by status, urgent requests, outbox rows waiting and the
age of the oldest, each mailbox's time since it was last reached, and deadlines running and
breached. Counts and ages only: nothing about a family. None of the three needs a sign-in;
restrict them to the monitoring network at the reverse proxy (docs/operations.md).
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import func, select, text

from bot import health
from bot.outbox import WAITING, state_in
from bot.models import Deadline, InboundMessage, MailboxState, OutboxMessage, Request as FamilyRequest
from bot.states import LEASED, DeadlineState, OutboxState

router = APIRouter()


def _app(request: Request):
    return request.app.state.app


@router.get("/healthz", include_in_schema=False)
def healthz() -> PlainTextResponse:
    return PlainTextResponse("ok\n", headers={"Cache-Control": "no-store"})


@router.get("/readyz", include_in_schema=False)
def readyz(request: Request) -> JSONResponse:
    app = _app(request)
    problems: list[str] = []
    mailboxes: dict[str, str] = {}
    try:
        with app.Session() as s:
            s.execute(text("SELECT 1"))
            states = {(m.authority, m.mailbox): m for m in s.scalars(select(MailboxState))}
    except Exception as e:  # noqa: BLE001 - any database failure means not ready
        return JSONResponse({"ready": False, "database": f"unreachable ({type(e).__name__})"}, status_code=503,
                            headers={"Cache-Control": "no-store"})
    for authority, auth in app.settings.deployment.authorities.items():
        for role in auth.mailboxes:
            st = states.get((authority, role))
            ok = st is not None and st.last_connected_at is not None and not health.unreachable(st)
            mailboxes[f"{authority}/{role}"] = "ok" if ok else ("not reached yet" if st is None or
                                                               st.last_connected_at is None else "unreachable")
            if not ok:
                problems.append(f"{authority}/{role}")
    body = {"ready": not problems, "database": "ok", "mailboxes": mailboxes}
    return JSONResponse(body, status_code=200 if not problems else 503, headers={"Cache-Control": "no-store"})


class _DatabaseCollector:
    """Reads the figures from the database at each scrape."""

    def __init__(self, app):
        self.app = app

    def collect(self):
        app, now = self.app, self.app.clock.now()
        with app.Session() as s:
            read = GaugeMetricFamily("stepbot_messages", "Messages read from the duty mailboxes, by status",
                                     labels=["authority", "mailbox", "status"])
            for a, m, st, n in s.execute(select(InboundMessage.authority, InboundMessage.mailbox,
                                                InboundMessage.status, func.count())
                                         .group_by(InboundMessage.authority, InboundMessage.mailbox,
                                                   InboundMessage.status)):
                read.add_metric([a, m, st], n)
            yield read
            urgent = GaugeMetricFamily("stepbot_urgent_requests", "Requests flagged urgent", labels=["authority"])
            for a, n in s.execute(select(FamilyRequest.authority, func.count())
                                  .where(FamilyRequest.urgent.is_(True)).group_by(FamilyRequest.authority)):
                urgent.add_metric([a], n)
            yield urgent
            # waiting and being sent, each from its own partial index (never every row ever sent)
            counts = [s.execute(select(func.count(), func.min(OutboxMessage.created_at)).where(state_in(states))).one()
                      for states in (WAITING, LEASED)]
            n = sum(c for c, _ in counts)
            oldest = min((at for _, at in counts if at is not None), default=None)
            yield GaugeMetricFamily("stepbot_outbox_waiting", "Outgoing messages not sent yet", value=n)
            age = (now - oldest).total_seconds() if oldest is not None else 0.0
            yield GaugeMetricFamily("stepbot_outbox_oldest_waiting_seconds",
                                    "Age of the oldest outgoing message not sent yet", value=max(0.0, age))
            failed = s.scalar(select(func.count()).where(state_in([OutboxState.FAILED])))
            yield GaugeMetricFamily("stepbot_outbox_failed", "Outgoing messages given up on", value=failed)
            reached = GaugeMetricFamily("stepbot_mailbox_last_reached_seconds",
                                        "Seconds since each duty mailbox was last reached", labels=["authority", "mailbox"])
            for st in s.scalars(select(MailboxState)):
                if st.last_connected_at is not None:
                    reached.add_metric([st.authority, st.mailbox], max(0.0, (now - st.last_connected_at).total_seconds()))
            yield reached
            deadlines = GaugeMetricFamily("stepbot_deadlines", "Protocol deadlines running or breached",
                                          labels=["authority", "state"])
            for a, st, n in s.execute(select(Deadline.authority, Deadline.state, func.count())
                                      .where(Deadline.state.in_((DeadlineState.OPEN, DeadlineState.PAUSED,
                                                                 DeadlineState.BREACHED)))
                                      .group_by(Deadline.authority, Deadline.state)):
                deadlines.add_metric([a, st], n)
            yield deadlines
            due = s.scalar(select(func.count()).where(Deadline.state == DeadlineState.OPEN, Deadline.due_at <= now))
            yield GaugeMetricFamily("stepbot_deadlines_due", "Open deadlines whose due time has passed", value=due)


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_DatabaseCollector(_app(request)))
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})
