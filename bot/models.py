"""The database: requests and everything hanging off them.

SQLite is the embedded default, PostgreSQL production; the same code serves both. Schema changes
go through Alembic (``bot/migrations``). The audit trail is append-only: the ORM refuses to update
or delete an ``AuditEvent``.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text,
    UniqueConstraint, event, text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from bot import references
from bot.states import RequestState


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes stored as UTC on every backend (SQLite drops tzinfo)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict: JSON, list: JSON}


# The request states (bot/states.py). Transitions live in bot/workflow.py.
STATES = tuple(RequestState)


class Counter(Base):
    """Per-authority request numbers (the middle of a reference, see bot/references.py)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class InboundMessage(Base):
    """Every message read from a mailbox, kept whole (nothing is lost), de-duplicated by a digest
    of its content (``bot.intake.message_key``); the Message-ID is only a hint, kept to notice reuse."""

    __tablename__ = "inbound_messages"
    __table_args__ = (UniqueConstraint("authority", "mailbox", "message_key", name="uq_inbound_key"),
                      Index("ix_inbound_message_id", "authority", "mailbox", "message_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    authority: Mapped[str] = mapped_column(String(64))
    mailbox: Mapped[str] = mapped_column(String(32))
    message_key: Mapped[str] = mapped_column(String(255), doc="sha256: digest of the content, trace headers left out")
    message_id: Mapped[str | None] = mapped_column(String(998))
    backend_id: Mapped[str | None] = mapped_column(String(255), doc="UID / item id in the mailbox")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="received",
                                        doc="bot.states.InboundStatus")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    parsed: Mapped[dict | None] = mapped_column(JSON)
    received_at: Mapped[datetime]
    processed_at: Mapped[datetime | None]


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (
        UniqueConstraint("authority", "seq", name="uq_request_ref"),
        UniqueConstraint("ref", name="uq_request_reference"),
        Index("ix_requests_queue", "urgent", "state"),
        Index("ix_requests_sender_created", "authority", "sender", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    authority: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    mailbox: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), default="received")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reason: Mapped[str | None] = mapped_column(Text)
    level: Mapped[int | None] = mapped_column(Integer)
    case_ids: Mapped[list] = mapped_column(JSON, default=list)
    concerns: Mapped[list] = mapped_column(JSON, default=list)
    consent: Mapped[bool | None] = mapped_column(Boolean)
    manager_agreed: Mapped[bool | None] = mapped_column(Boolean)
    lead_practitioner: Mapped[dict | None] = mapped_column(JSON)
    proposed_meeting: Mapped[dict | None] = mapped_column(JSON)
    missing: Mapped[list] = mapped_column(JSON, default=list)
    received_items: Mapped[list] = mapped_column(JSON, default=list,
                                                 doc="missing items business support marked received")
    notice: Mapped[dict | None] = mapped_column(JSON)
    next_action: Mapped[str] = mapped_column(String(32))
    evidence: Mapped[dict] = mapped_column(JSON, default=dict)
    rule_hits: Mapped[list] = mapped_column(JSON, default=list, doc="policy rules that matched")
    parsed: Mapped[dict] = mapped_column(JSON, default=dict, doc="the parser's contract output")
    sender: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(998))
    ref: Mapped[str | None] = mapped_column(String(32),
                                            doc="the reference (bot/references.py); None on requests opened before it")
    copied: Mapped[list | None] = mapped_column(JSON, default=list, doc="addresses copied on the mail that opened it")
    received_at: Mapped[datetime]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    paused_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(16), doc="agreed | not_agreed")
    rationale: Mapped[str | None] = mapped_column(Text)
    contingency_plan: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]

    children: Mapped[list[Child]] = relationship(back_populates="request", cascade="all, delete-orphan",
                                                 order_by="Child.position")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="request", cascade="all, delete-orphan",
                                                         order_by="Attachment.id")
    deadlines: Mapped[list[Deadline]] = relationship(back_populates="request", order_by="Deadline.due_at")
    bookings: Mapped[list[Booking]] = relationship(back_populates="request", order_by="Booking.id")

    def child_ages(self, on: date) -> list[int | None]:
        """Each child's age in whole years on ``on``: by the date of birth, else the age stated in
        the request (``Child.age_years``), else None."""
        return [c.age_years if c.dob is None else
                max(on.year - c.dob.year - ((on.month, on.day) < (c.dob.month, c.dob.day)), 0)
                for c in self.children]

    def stated(self) -> set[str]:
        """The events before the request its sender's mail told (``bot.workflow.record_stated``
        keeps each one's sentence as ``evidence["milestone.<event>"]``)."""
        return {k.split(".", 1)[1] for k in (self.evidence or {}) if k.startswith("milestone.")}

    @property
    def reference(self) -> str:
        return self.ref or references.legacy(self.authority, self.seq)


class Child(Base):
    __tablename__ = "children"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    dob: Mapped[date | None] = mapped_column(Date)
    age_years: Mapped[int | None] = mapped_column(Integer, nullable=True,
                                                  doc="the age stated in the request when no date of birth is "
                                                      "(\"aged 3\"; months, weeks or days: 0); a DOB wins")
    request: Mapped[Request] = relationship(back_populates="children")

    @property
    def initials(self) -> str:
        return "".join(p[0].upper() + "." for p in self.name.replace("-", " ").split() if p)


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(64))
    accepted: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    request: Mapped[Request | None] = relationship(back_populates="attachments")


class Booking(Base):
    """A request's place at a panel. ``slot_key`` is unique while the booking is active, so two
    processes can never take the same place: the database refuses the second insert."""

    __tablename__ = "bookings"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    authority: Mapped[str] = mapped_column(String(64))
    panel: Mapped[str] = mapped_column(String(64))
    start: Mapped[datetime]
    end: Mapped[datetime]
    place: Mapped[int] = mapped_column(Integer, default=0, doc="0..capacity-1 within the slot")
    slot_key: Mapped[str | None] = mapped_column(String(200), unique=True,
                                                 doc="authority|panel|start|place; NULL once cancelled")
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="booked", doc="bot.states.BookingState")
    location: Mapped[str] = mapped_column(String(255), default="")
    external_id: Mapped[str | None] = mapped_column(String(512), doc="Exchange/Graph event id")
    join_url: Mapped[str | None] = mapped_column(Text, doc="the Teams joining link of a Teams meeting "
                                                 "(bot.booking.native.Created.join_url)")
    created_at: Mapped[datetime]
    request: Mapped[Request] = relationship(back_populates="bookings")
    replies: Mapped[list[AttendeeReply]] = relationship(back_populates="booking", order_by="AttendeeReply.id")


class AttendeeReply(Base):
    __tablename__ = "attendee_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), index=True)
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[str | None] = mapped_column(String(64))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    partstat: Mapped[str] = mapped_column(String(32), default="NEEDS-ACTION")
    proposed_start: Mapped[datetime | None]
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]
    booking: Mapped[Booking] = relationship(back_populates="replies")


class Deadline(Base):
    """One timescale on one request. The sweep reads only rows whose ``next_at`` is due."""

    __tablename__ = "deadlines"
    __table_args__ = (
        UniqueConstraint("request_id", "rule_id", "cycle", name="uq_deadline_rule"),
        Index("ix_deadlines_sweep", "next_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    authority: Mapped[str] = mapped_column(String(64))
    rule_id: Mapped[str] = mapped_column(String(64))
    cycle: Mapped[int] = mapped_column(Integer, default=0, doc="for rules that can restart (triage loop)")
    title: Mapped[str] = mapped_column(Text)
    owner_role: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="open", doc="bot.states.DeadlineState")
    starts_at: Mapped[datetime]
    due_at: Mapped[datetime]
    next_at: Mapped[datetime | None] = mapped_column(doc="when the sweep must next look; NULL when done")
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    escalation_step: Mapped[int] = mapped_column(Integer, default=0)
    met_at: Mapped[datetime | None]
    met_by: Mapped[str | None] = mapped_column(String(64))
    paused_at: Mapped[datetime | None]
    paused_total_seconds: Mapped[int] = mapped_column(Integer, default=0)
    source_file: Mapped[str] = mapped_column(String(64))
    source_quote: Mapped[str] = mapped_column(Text)
    request: Mapped[Request] = relationship(back_populates="deadlines")


_OUTBOX_WAITING = text("state IN ('pending', 'unsure')")
_OUTBOX_LEASED = text("state IN ('sending', 'checking')")
_OUTBOX_FAILED = text("state IN ('failed')")


class OutboxMessage(Base):
    """Outgoing mail. The MIME bytes are built once, at enqueue, with a fixed Message-ID, so a
    retry after a crash sends the very same message; ``idempotency_key`` stops a second enqueue."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_reply_to", "reply_to", "created_at"),
                      Index("ix_outbox_message_id", "message_id"),
                      # only the rows waiting to be sent, being sent, or given up on (the sender's
                      # and the health probe's questions), not every row ever sent: migrations 0006
                      # and 0007 say why
                      Index("ix_outbox_failed", "id", postgresql_where=_OUTBOX_FAILED, sqlite_where=_OUTBOX_FAILED),
                      Index("ix_outbox_waiting", "priority", "created_at", "id",
                            postgresql_where=_OUTBOX_WAITING, sqlite_where=_OUTBOX_WAITING),
                      Index("ix_outbox_waiting_due", "next_attempt_at",
                            postgresql_where=_OUTBOX_WAITING, sqlite_where=_OUTBOX_WAITING),
                      Index("ix_outbox_leased", "next_attempt_at",
                            postgresql_where=_OUTBOX_LEASED, sqlite_where=_OUTBOX_LEASED))
    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    authority: Mapped[str] = mapped_column(String(64))
    mailbox: Mapped[str] = mapped_column(String(32), doc="the mailbox it is sent from")
    purpose: Mapped[str] = mapped_column(String(32), doc="ack | alert | urgent_reply | invitation | reminder | …")
    priority: Mapped[int] = mapped_column(Integer, default=5, doc="0 = urgent, sent first")
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    recipients: Mapped[list] = mapped_column(JSON)
    reply_to: Mapped[str | None] = mapped_column(String(320), doc="for an automatic reply: the sender it answers "
                                                 "(the per-recipient caps count these)")
    subject: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16), default="pending", doc="bot.states.OutboxState")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class MailboxState(Base):
    __tablename__ = "mailbox_state"
    __table_args__ = (UniqueConstraint("authority", "mailbox", name="uq_mailbox_state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    authority: Mapped[str] = mapped_column(String(64))
    mailbox: Mapped[str] = mapped_column(String(32))
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    last_uid: Mapped[int | None] = mapped_column(Integer)
    sync_token: Mapped[str | None] = mapped_column(Text, doc="Graph deltaLink / EWS sync state")
    last_connected_at: Mapped[datetime | None]
    last_received_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    backlog: Mapped[int] = mapped_column(Integer, default=0)
    alerted_at: Mapped[datetime | None]


class AuditEvent(Base):
    """Append-only history: who did what to which request, and which rule said so."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    actor: Mapped[str] = mapped_column(String(200), default="stepbot")
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("oidc_subject", name="uq_users_oidc_subject"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(32), doc="business_support | manager | admin")
    authorities: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    oidc_subject: Mapped[str | None] = mapped_column(
        String(255), doc="issuer + stable id of an account that signs in with the identity provider")


class WebSession(Base):
    """A signed-in (or about to sign in) browser: the cookie carries only a random id, whose SHA-256
    is ``id``. Sign-out, an administrator disabling the user, and the idle and absolute timeouts
    set ``ended_at``; an ended session is never read again."""

    __tablename__ = "web_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True, doc="sha256 of the cookie's session id")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    data: Mapped[str] = mapped_column(Text, doc="the session's JSON: CSRF token, signed-in user, notices")
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    ended_reason: Mapped[str | None] = mapped_column(String(32), doc="signed_out | user_disabled | idle | expired | replaced")


class SignInThrottle(Base):
    """Failed sign-ins counted per (user name, address), per address and per user name, shared by
    every web process. ``blocked_until`` grows with the failures (see bot/web/security.py)."""

    __tablename__ = "sign_in_throttle"
    __table_args__ = (UniqueConstraint("scope", "username", "address", name="uq_sign_in_throttle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), doc="pair | address | user")
    username: Mapped[str] = mapped_column(String(100), default="", doc="as typed, lower case; '' for scope address")
    address: Mapped[str] = mapped_column(String(64), default="", doc="client address; '' for scope user")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime]
    blocked_until: Mapped[datetime | None]


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _audit_is_append_only(mapper, connection, target):
    raise RuntimeError("the audit trail is append-only")
