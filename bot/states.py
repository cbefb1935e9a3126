"""Every state machine stepbot keeps, in one place (STYLE.md 5): the states as StrEnums, the moves
allowed between them as a table, and one ``move`` that checks a move against its table.

The database stores the values (plain strings); a StrEnum member *is* its string, so queries,
templates and stored rows read the same as before. A move not in the table raises
``InvalidTransition``: a bug shows at the line that made it, not as a row in an impossible state.
"""
from __future__ import annotations

from enum import StrEnum


class InvalidTransition(Exception):
    pass


class RequestState(StrEnum):
    """A family's request (bot/workflow.py moves it, with an audit entry for each move)."""

    RECEIVED = "received"
    AWAITING_INFO = "awaiting_info"
    READY = "ready"
    BOOKED = "booked"
    DECIDED = "decided"
    CLOSED = "closed"


class InboundStatus(StrEnum):
    """One message read from a mailbox (bot/intake.py; the review page ends the last three)."""

    RECEIVED = "received"          # rows from before processing was claimed at once
    PROCESSING = "processing"      # stored; its handlers have not committed yet
    DONE = "done"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"
    QUARANTINED = "quarantined"


class DeadlineState(StrEnum):
    """A protocol timescale (bot/deadlines/)."""

    OPEN = "open"
    PAUSED = "paused"              # waiting for information from the sender
    MET = "met"
    BREACHED = "breached"          # past due: escalations follow
    CANCELLED = "cancelled"


class OutboxState(StrEnum):
    """One outgoing message (bot/outbox.py)."""

    PENDING = "pending"
    SENDING = "sending"            # claimed, under a lease
    SENT = "sent"
    FAILED = "failed"              # after the last attempt
    UNSURE = "unsure"              # its sender stopped mid-send: check before sending again
    CHECKING = "checking"          # claimed, checking the transport's sent copies first


class BookingState(StrEnum):
    """A meeting stepbot booked (bot/booking/service.py)."""

    BOOKED = "booked"
    HELD = "held"                  # the meeting took place; kept when a further one is booked
    CANCELLED = "cancelled"


R, I, D, O, B = RequestState, InboundStatus, DeadlineState, OutboxState, BookingState

TRANSITIONS: dict[type[StrEnum], dict[StrEnum, frozenset[StrEnum]]] = {
    RequestState: {
        R.RECEIVED: frozenset({R.AWAITING_INFO, R.READY, R.CLOSED}),
        R.AWAITING_INFO: frozenset({R.READY, R.CLOSED}),
        R.READY: frozenset({R.BOOKED, R.AWAITING_INFO, R.DECIDED, R.CLOSED}),
        R.BOOKED: frozenset({R.READY, R.AWAITING_INFO, R.DECIDED, R.CLOSED}),
        R.DECIDED: frozenset({R.READY, R.CLOSED}),
        R.CLOSED: frozenset(),
    },
    InboundStatus: {
        I.RECEIVED: frozenset({I.PROCESSING}),
        I.PROCESSING: frozenset({I.DONE, I.NEEDS_REVIEW, I.FAILED, I.QUARANTINED}),
        # processed again, or handled by hand, from the review page
        I.NEEDS_REVIEW: frozenset({I.PROCESSING, I.DONE}),
        I.FAILED: frozenset({I.PROCESSING, I.DONE}),
        I.QUARANTINED: frozenset({I.PROCESSING, I.DONE}),
        I.DONE: frozenset(),
    },
    DeadlineState: {
        D.OPEN: frozenset({D.PAUSED, D.MET, D.BREACHED, D.CANCELLED}),
        D.PAUSED: frozenset({D.OPEN, D.MET, D.CANCELLED}),
        D.BREACHED: frozenset({D.MET, D.CANCELLED}),
        D.MET: frozenset(),
        D.CANCELLED: frozenset(),
    },
    OutboxState: {
        O.PENDING: frozenset({O.SENDING}),
        O.SENDING: frozenset({O.SENT, O.PENDING, O.FAILED, O.UNSURE}),
        O.UNSURE: frozenset({O.CHECKING, O.SENT}),   # sent: the holder's lease ran out, but its send finished
        O.CHECKING: frozenset({O.SENT, O.UNSURE, O.FAILED}),
        O.SENT: frozenset(),
        O.FAILED: frozenset(),
    },
    BookingState: {
        B.BOOKED: frozenset({B.CANCELLED, B.HELD}),
        B.HELD: frozenset(),
        B.CANCELLED: frozenset(),
    },
}

# Groups the code asks about.
REVIEW_STATUSES = (I.NEEDS_REVIEW, I.FAILED, I.QUARANTINED)       # waiting for a person
FINISHED_STATUSES = (I.DONE, *REVIEW_STATUSES)                      # not to be processed again
ACTIVE_DEADLINES = (D.OPEN, D.PAUSED, D.BREACHED)                   # the sweep still looks at them
RUNNING_DEADLINES = (D.OPEN, D.PAUSED)                              # not yet due
LEASED = (O.SENDING, O.CHECKING)                                    # a process is sending it now


def allowed(machine: type[StrEnum], frm: str, to: str) -> bool:
    return machine(to) in TRANSITIONS[machine][machine(frm)]


def move(row, to: StrEnum, *, field: str = "state", what: str = "") -> None:
    """Set ``row.<field>`` to ``to`` if its machine's table allows the move (a move to the same
    state is no move and always allowed)."""
    machine = type(to)
    frm = getattr(row, field)
    if frm == to:
        return
    if not allowed(machine, frm, to):
        raise InvalidTransition(f"{what or type(row).__name__} {getattr(row, 'id', '')}: "
                                f"no move from {frm} to {to}")
    setattr(row, field, to)
