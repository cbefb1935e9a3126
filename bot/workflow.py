"""The request state machine (STYLE.md 5), each transition one function.

    received ─► awaiting_info ◄─► ready ─► booked ─► decided ─► closed
                                    ▲         │          │
                                    └─────────┴──────────┘  (booking cancelled; "not agreed" loop)

Events (``emit``) are what the deadline engine listens to: request_received, request_complete,
awaiting_info, info_complete, invitation_sent, meeting_held, decision_agreed, …
"""
from __future__ import annotations

import logging
from datetime import datetime, time

from sqlalchemy import select

from bot import audit, booking, deadlines, milestones, states
from bot.models import Deadline, InboundMessage, Request
from bot.booking.service import initials
from bot.mail import build_message, render
from bot.outbox import enqueue
from bot.parser.checks import NAMED_FACTS, evaluate, fact_met
from bot.states import RUNNING_DEADLINES, BookingState, InvalidTransition, RequestState  #noqa: F401 - InvalidTransition is part of this API
from bot.vocabulary import DOCUMENT_IDS, FACT_IDS, REQUEST_KINDS
from bot.workcal import LONDON, to_london

log = logging.getLogger(__name__)

TRANSITIONS = states.TRANSITIONS[RequestState]
# Business support agreed a shorter notice with the requester (Knowsley: "This can be discussed and agreed").
SHORT_NOTICE_AGREED = "short_notice_agreed"


def transition(session, req: Request, to: RequestState, *, at: datetime, actor: str = "stepbot",
               reason: str = "") -> None:
    """The one way a request changes state: checked against ``TRANSITIONS``, with an audit entry."""
    if to == req.state:
        return
    if not states.allowed(RequestState, req.state, to):
        raise InvalidTransition(f"{req.reference}: {req.state} -> {to} is not allowed")
    audit.record(session, "state", at=at, request=req, actor=actor, frm=req.state, to=str(to), reason=reason)
    req.state = RequestState(to)
    req.updated_at = at


def emit(app, session, req: Request, event: str, *, at: datetime, actor: str = "stepbot", **detail) -> None:
    """Record an event and let the deadline engine start or meet deadlines."""
    audit.record(session, "event", at=at, request=req, actor=actor, event=event, **detail)
    session.flush()
    deadlines.on_event(app, session, req, event, at=at, **detail)


# -- checks ----------------------------------------------------------------------------------

def facts_of(req: Request) -> dict:
    """The request's current facts, as ``bot.parser.checks.evaluate`` takes them."""
    parsed_missing = set((req.parsed or {}).get("missing") or [])
    received = set(req.received_items or [])
    documents = (set(DOCUMENT_IDS) - parsed_missing) | (received & set(DOCUMENT_IDS))
    documents |= {a.role for a in req.attachments if a.accepted and a.role}
    return dict(
        kind=req.kind, urgent=req.urgent, level=req.level, concerns=list(req.concerns or []),
        children=[{"name": c.name, "dob": c.dob.isoformat() if c.dob else None, "age_years": c.age_years}
                  for c in req.children],
        case_ids=list(req.case_ids or []), consent=req.consent, manager_agreed=req.manager_agreed,
        lead_practitioner=req.lead_practitioner, proposed_meeting=req.proposed_meeting,
        documents=documents,
        worries_strengths_next=("worries_strengths_next" not in parsed_missing
                                or "worries_strengths_next" in received),
        **{f: (req.parsed or {}).get(f) for f in FACT_IDS if f not in NAMED_FACTS},
    )


def recheck(app, session, req: Request, *, at: datetime, actor: str = "stepbot") -> None:
    """Re-run the policy checks on the request's current facts and move its state to match."""
    pack = app.pack(req.authority)
    facts = facts_of(req)
    # Business support may mark a fact as received (e.g. consent confirmed by phone).
    received = set(req.received_items or [])
    # Notice is counted from the first request, not from the follow-up that completed it; but a
    # meeting the first request gave no date for is noticed from the day its date was given.
    checks = evaluate(pack, **facts, now=at, calendar=app.calendar(req.authority),
                      notice_from=notice_given_on(session, req, at=at),
                      short_notice_agreed=SHORT_NOTICE_AGREED in received, stated=req.stated())
    missing = [m for m in checks.missing if m not in received]
    apply_checks(app, session, req, missing=missing, notice=checks.notice, rule_hits=checks.rule_hits,
                 next_action=_next_action(checks.next_action, missing, checks.notice), at=at, actor=actor)


def notice_given_on(session, req: Request, *, at: datetime):
    """The day notice of the request's meeting was given: the day the request came when it gave
    the date it has now, else the day a later mail (or business support) first gave that date,
    recorded the first time it is seen (``meeting_date_given``); None when there is no request day."""
    start = booking.parse_time((req.proposed_meeting or {}).get("start") if isinstance(req.proposed_meeting, dict)
                               else None)
    parsed = req.parsed or {}
    first = booking.parse_time((parsed.get("proposed_meeting") or {}).get("start"))
    if start is None or start == first or "proposed_meeting" not in parsed:  # not opened from a parsed mail
        return to_london(req.received_at).date() if req.received_at else None
    given = [e for e in audit.events(session, req, "meeting_date_given")
             if booking.parse_time((e.detail or {}).get("start")) == start]
    if given:
        return to_london(given[0].at).date()
    audit.record(session, "meeting_date_given", at=at, request=req, start=start.isoformat())
    return to_london(at).date()


def _next_action(action: str, missing: list[str], notice: dict | None) -> str:
    if action == "request_info" and not missing and (notice is None or notice.get("ok") is not False):
        return "book_meeting"
    return action


def _with_asks(app, session, req: Request, rule_hits, *, at: datetime) -> list:
    """The rule hits with the kind's ``asks`` checked and recorded beside them (``ask:<id>``), for
    the audit trail: they never hold the request, so ``missing`` and the notice are left as the
    checks found them."""
    hits = [h for h in rule_hits if not str((h or {}).get("rule", "")).startswith("ask:")]
    hits += [{"rule": f"ask:{item.id}", "source": {"file": item.source.file, "quote": item.source.quote}, "met": met}
             for item, met in asked_of(app, session, req, at=at)]
    return hits


def asked_of(app, session, req: Request, *, at: datetime) -> list[tuple]:
    """(ask, met) for what the protocol asks of this request without holding it
    (``KindPolicy.asked``), in the pack's order."""
    kp = app.pack(req.authority).kind(req.kind) if req.kind in REQUEST_KINDS else None
    if kp is None:
        return []
    items = kp.asked(concerns=list(req.concerns or []), level=req.level,
                     child_ages=req.child_ages(to_london(at).date()), stated=req.stated())
    if not items:
        return []
    facts = facts_of(req)
    received = set(req.received_items or [])
    recorded = req.stated() | {(e.detail or {}).get("event") for e in audit.events(session, req, "event")}
    out = []
    for item in items:
        if item.id in milestones.BEFORE_REQUEST:
            met = item.id in recorded
        elif item.id in DOCUMENT_IDS:
            met = item.id in facts["documents"]  # received ones included (facts_of)
        else:
            met = item.id in received or fact_met(item.id, **facts)
        out.append((item, met))
    return out


def apply_checks(app, session, req: Request, *, missing, notice, rule_hits, next_action, at, actor="stepbot") -> None:
    before = req.state
    rule_hits = _with_asks(app, session, req, rule_hits, at=at)
    req.missing, req.notice, req.rule_hits, req.next_action = list(missing), notice, list(rule_hits), next_action
    req.updated_at = at
    if req.state in (RequestState.DECIDED, RequestState.CLOSED):
        return
    if next_action == "request_info" and req.state in (RequestState.RECEIVED, RequestState.READY, RequestState.BOOKED):
        if req.state == RequestState.BOOKED:
            _cancel_active_bookings(app, session, req, at=at, actor=actor, reason="request no longer complete")
        transition(session, req, RequestState.AWAITING_INFO, at=at, actor=actor, reason="missing: " + ", ".join(missing))
        emit(app, session, req, "awaiting_info", at=at, actor=actor, missing=list(missing))
    elif next_action == "book_meeting" and req.state in (RequestState.RECEIVED, RequestState.AWAITING_INFO):
        transition(session, req, RequestState.READY, at=at, actor=actor, reason="request complete")
        if before == RequestState.AWAITING_INFO:
            emit(app, session, req, "info_complete", at=at, actor=actor)
        emit(app, session, req, "request_complete", at=at, actor=actor)
        book(app, session, req, at=at)
    elif next_action == "book_meeting" and req.state == RequestState.READY:
        book(app, session, req, at=at)  # e.g. the sender now gives the date of the meeting they arrange
    elif next_action == "book_meeting" and req.state == RequestState.BOOKED:
        booking.follow_arranged(app, session, req, now=at)


def book(app, session, req: Request, *, at: datetime):
    """Book the protocol's meeting for a ready request (see bot.booking).

    A system error while booking (Exchange or Graph unreachable) must not lose the request: the
    booking is rolled back to a savepoint, the request stays ready, and ``book_ready`` tries again.
    """
    if req.state != RequestState.READY or req.kind not in REQUEST_KINDS or app.pack(req.authority).kind(req.kind) is None:
        return None
    if booking.panel_for(app, req) is None:
        # no meeting for this request (Herefordshire: the plan already discussed at the drop-in)
        return None
    try:
        with session.begin_nested():
            return book_now(app, session, req)
    except Exception as e:  # noqa: BLE001 - retried by book_ready; business support see it in the history
        log.error("%s: booking failed (%s); will try again", req.reference, type(e).__name__)
        audit.record(session, "booking_error", at=at, request=req, error=type(e).__name__)
        return None


def book_now(app, session, req: Request, *, start: datetime | None = None, reason: str = "", actor: str = "stepbot"):
    """Book the meeting (``bot.booking.book_request``; ``start``/``reason``: a time business support
    chose by hand) and move the request on: booked, and the "invitation sent" event for the
    deadline engine. A request already booked keeps its booking."""
    existing = booking.active_booking(req)
    if existing is not None:
        return existing
    b = booking.book_request(app, session, req, start=start, reason=reason, actor=actor)
    if b is not None:
        at = app.clock.now()
        if req.state == RequestState.READY:
            transition(session, req, RequestState.BOOKED, at=at, reason=f"booked {b.panel}")
        emit(app, session, req, "invitation_sent", at=at, booking=b.id, panel=b.panel)
    return b


def cancel_booking(app, session, b, *, actor: str, at: datetime, reason: str):
    """Cancel a booking (``bot.booking.cancel_booking``); a booked request with no booking left is
    ready to be booked again."""
    booking.cancel_booking(app, session, b, actor=actor, at=at, reason=reason)
    req = b.request
    if req.state == RequestState.BOOKED and booking.active_booking(req) is None:
        transition(session, req, RequestState.READY, at=at, actor=actor, reason="booking cancelled")
    return b


def book_ready(app) -> int:
    """Try again to book ready requests that have no booking (after a booking error). Returns how many."""
    booked = 0
    with app.Session() as s:
        ids = list(s.scalars(select(Request.id).where(Request.state == RequestState.READY, Request.urgent.is_(False))))
    for rid in ids:
        with app.Session.begin() as s:
            req = s.get(Request, rid)
            if req.state == RequestState.READY and booking.active_booking(req) is None:
                booked += book(app, s, req, at=app.clock.now()) is not None
    return booked


def _cancel_active_bookings(app, session, req, *, at, actor, reason):
    for b in req.bookings:
        if b.state == BookingState.BOOKED:
            cancel_booking(app, session, b, actor=actor, at=at, reason=reason)


# -- actions from the queue ------------------------------------------------------------------

def mark_received(app, session, req: Request, item: str, *, at: datetime, actor: str) -> None:
    items = list(req.received_items or [])
    if item not in items:
        items.append(item)
    req.received_items = items
    audit.record(session, "item_received", at=at, request=req, actor=actor, item=item)
    if item in ("taf_minutes", "cin_minutes"):
        deadlines.on_documents(app, session, req, {item}, at=at)
    recheck(app, session, req, at=at, actor=actor)


def agree_short_notice(app, session, req: Request, *, reason: str, at: datetime, actor: str) -> None:
    """Business support agreed a shorter notice with the requester: recorded with its reason, and
    the checks run again (the request may now be complete and booked)."""
    if not (req.notice or {}).get("required_working_days"):
        raise ValueError("this request has no notice rule")
    if not reason.strip():
        raise ValueError("say who agreed the shorter notice and why")
    if SHORT_NOTICE_AGREED not in (req.received_items or []):
        req.received_items = [*(req.received_items or []), SHORT_NOTICE_AGREED]
    audit.record(session, "short_notice_agreed", at=at, request=req, actor=actor, reason=reason.strip()[:500])
    recheck(app, session, req, at=at, actor=actor)


def record_decision(app, session, req: Request, *, outcome: str, rationale: str, contingency_plan: str | None,
                    decided_by: str, at: datetime, actor: str) -> None:
    if outcome not in ("agreed", "not_agreed"):
        raise ValueError("outcome must be agreed or not_agreed")
    if not rationale.strip():
        raise ValueError("a decision needs its rationale (the protocols ask for it to be recorded)")
    req.outcome, req.rationale, req.contingency_plan = outcome, rationale.strip(), (contingency_plan or "").strip() or None
    req.decided_by, req.decided_at = decided_by, at
    if req.state == RequestState.BOOKED:
        emit(app, session, req, "meeting_held", at=at, actor=actor)
    transition(session, req, RequestState.DECIDED, at=at, actor=actor, reason=outcome)
    emit(app, session, req, "decision_recorded", at=at, actor=actor, outcome=outcome)
    emit(app, session, req, f"decision_{outcome}", at=at, actor=actor)
    tell_outcome(app, session, req, at=at)
    if outcome == "not_agreed":
        tell_not_agreed(app, session, req, at=at)


def tell_outcome(app, session, req: Request, *, at: datetime):
    """Tell the person the protocol names the outcome just recorded (``outcome_notice``: Torbay's
    MASH "will advise the lead professional of the outcome"). The rationale stays in the queue:
    the mail carries the reference, the children's initials and the outcome only."""
    pack = app.pack(req.authority)
    kp = pack.kind(req.kind) if req.kind in REQUEST_KINDS else None
    rule = kp.outcome_notice if kp is not None else None
    if rule is None or req.outcome is None:
        return None
    to = next((found for role in rule.to if (found := deadlines.recipients_for(app, session, req, role))),
              [app.settings.deployment.admin_email])
    subject, text = render("outcome", ref=req.reference, authority=pack.display_name, kind=req.kind,
                           initials=initials(req), agreed=req.outcome == "agreed", decided_at=req.decided_at,
                           rule_quote=rule.source.quote, rule_file=rule.source.file)
    return enqueue(session, app, key=f"outcome:{req.id}:{req.decided_at.isoformat()}", authority=req.authority,
                   mailbox=req.mailbox, purpose="outcome", to=[a for a in to if a],
                   msg=build_message(subject=subject, text=text), request=req)


def not_agreed_loop(app, req: Request):
    """The pack's "not agreed" loop for this request's kind (``KindPolicy.not_agreed``), or None."""
    kp = app.pack(req.authority).kind(req.kind) if req.kind in REQUEST_KINDS else None
    return kp.not_agreed if kp is not None else None


def further_hearing_due(app, req: Request) -> bool:
    """The request page offers a further hearing: the outcome is "not agreed" and the pack loops back."""
    return req.state == RequestState.DECIDED and req.outcome == "not_agreed" and not_agreed_loop(app, req) is not None


def tell_not_agreed(app, session, req: Request, *, at: datetime):
    """Torbay's loop: "minutes and actions to be shared with Social Worker/Team Manager". The
    actions recorded with the outcome go to each role the pack names (the sender and the team
    manager copied on the request), with what happens next and when the plan is expected back."""
    loop = not_agreed_loop(app, req)
    if loop is None:
        return None
    to = list(dict.fromkeys(a.lower() for role in loop.tell
                            for a in deadlines.recipients_for(app, session, req, role) if a))
    if not to:
        return None
    pack = app.pack(req.authority)
    session.flush()
    back_by = session.scalar(select(Deadline.due_at).where(
        Deadline.request_id == req.id, Deadline.state.in_(RUNNING_DEADLINES),
        Deadline.rule_id.in_([r.id for r in pack.deadlines if r.met_by == loop.event])).order_by(Deadline.due_at))
    held = next((b for b in reversed(req.bookings) if b.state in (BookingState.BOOKED, BookingState.HELD)), None)
    meeting = pack.panels[held.panel].title if held is not None and held.panel in pack.panels else None
    subject, text = render("not_agreed", ref=req.reference, authority=pack.display_name, kind=req.kind,
                           initials=initials(req), meeting=meeting, decided_at=req.decided_at,
                           actions=req.contingency_plan or "", back_by=back_by, then=loop.then,
                           rule_quote=loop.source.quote, rule_file=loop.source.file)
    return enqueue(session, app, key=f"not-agreed:{req.id}:{req.decided_at.isoformat()}", authority=req.authority,
                   mailbox=req.mailbox, purpose="outcome", to=to, msg=build_message(subject=subject, text=text),
                   request=req)


def book_further_hearing(app, session, req: Request, *, at: datetime, actor: str, start: datetime | None = None,
                         reason: str = ""):
    """The "not agreed" loop's further hearing, booked from the request page: the meeting already
    held stays in the history, the request is ready again, the loop's event is recorded (it meets
    "back at triage" and restarts the hearing's timescale), and a new slot is booked at the panel
    that hears the request (``start``/``reason``: a time business support chose). Returns the new
    booking, or None when no slot was free (the request stays ready; ``book_ready`` tries again)."""
    if not further_hearing_due(app, req):
        raise InvalidTransition(f"{req.reference}: no further hearing is due")
    loop = not_agreed_loop(app, req)
    for b in list(req.bookings):
        if b.state == BookingState.BOOKED:
            booking.mark_held(session, b, actor=actor, at=at)
    transition(session, req, RequestState.READY, at=at, actor=actor, reason="further hearing after 'not agreed'")
    emit(app, session, req, loop.event, at=at, actor=actor)
    return book_now(app, session, req, start=start, reason=reason, actor=actor)


def record_event(app, session, req: Request, event: str, *, at: datetime, actor: str, note: str = "") -> None:
    """A later milestone recorded in the queue (joint visit held, letter sent, minutes received…).

    A timescale it starts that documents already on the request would meet (Herefordshire's plan
    "within two weeks" of the decision, when the plan came with the request) is met at once, as of
    when those documents arrived: nobody is reminded to send what has been received."""
    session.flush()
    before = set(session.scalars(select(Deadline.id).where(Deadline.request_id == req.id)))
    emit(app, session, req, event, at=at, actor=actor, note=note)
    _meet_from_documents_held(app, session, req, before, at=at)
    if event in ("step_down_completed", "case_closed", "case_transferred") and req.state == RequestState.DECIDED:
        transition(session, req, RequestState.CLOSED, at=at, actor=actor, reason=event)


def record_stated(app, session, req: Request, text: str, *, now: datetime) -> list[str]:
    """Record the events before the request (``milestones.BEFORE_REQUEST``: the assessment
    concluded, the decision made after it) that the sender's mail says happened, on the day it
    gives (business support can also record them on the request page, on a day before the request
    arrived); they only start a timescale, never stop one. The sentence is kept as the
    evidence (``evidence["milestone.<event>"]``). Returns the events recorded."""
    pack = app.pack(req.authority)
    done = {(e.detail or {}).get("event") for e in audit.events(session, req, "event")}
    out = []
    for event, day, sentence in milestones.stated_before_request(pack, req.kind, text, to_london(now).date()):
        if event in done:
            continue
        req.evidence = {**(req.evidence or {}), f"milestone.{event}": sentence}
        record_event(app, session, req, event, at=min(now, datetime.combine(day, time(12), tzinfo=LONDON)),
                     actor="stepbot", note="the day the sender's email gives")
        out.append(event)
    return out


def _documents_held(session, req: Request) -> dict[str, datetime]:
    """Each document the request holds and when it came: accepted attachments (when their mail
    arrived), documents the first mail met the kind's requirements with (pasted in, say), and those
    a follow-up brought or business support marked received."""
    held: dict[str, datetime] = {}

    def add(role, when):
        if role in DOCUMENT_IDS and when is not None and (role not in held or when < held[role]):
            held[role] = when
    for a in req.attachments:
        if a.accepted and a.role and a.inbound_id is not None:
            inbound = session.get(InboundMessage, a.inbound_id)
            add(a.role, inbound.received_at if inbound else None)
    # the document requirements checked on the request that the first mail's parse did not find missing
    first_missing = set((req.parsed or {}).get("missing") or [])
    for h in req.rule_hits or []:
        rule = str(h.get("rule", "")) if isinstance(h, dict) else ""
        if rule.startswith("requirement:") and rule.split(":", 1)[1] not in first_missing:
            add(rule.split(":", 1)[1], req.received_at)
    for e in audit.events(session, req, ("follow_up", "item_received")):
        d = e.detail or {}
        for role in [*(d.get("documents") or []), *([d["item"]] if d.get("item") else [])]:
            add(role, e.at)
    return held


def _meet_from_documents_held(app, session, req: Request, before: set[int], *, at: datetime) -> None:
    """Meet the deadlines just started (ids not in ``before``) whose documents the request already
    holds, as of when they came (not before the deadline's start). A document that would also meet
    an older deadline is left alone: that one was open when it came and is the engine's to judge."""
    session.flush()
    pack = app.pack(req.authority)
    active = list(session.scalars(select(Deadline).where(Deadline.request_id == req.id,
                                                         Deadline.state.in_(RUNNING_DEADLINES))))
    for role, when in sorted(_documents_held(session, req).items()):
        hit = [d for d in active if (rule := deadlines.rule_by_id(pack, d.rule_id)) is not None
               and role in rule.met_by_documents]
        if hit and all(d.id not in before for d in hit):
            deadlines.on_documents(app, session, req, {role}, at=max(when, at))
            active = [d for d in active if d not in hit]


def close(app, session, req: Request, *, at: datetime, actor: str, reason: str) -> None:
    """Close a request stepbot should no longer act on: taken over by the duty team as urgent,
    withdrawn, a duplicate. Its booking is cancelled (attendees are sent the cancellation), its
    open deadlines stop, and the reason is on the record."""
    if req.state == RequestState.CLOSED:
        raise InvalidTransition(f"{req.reference} is already closed")
    active = booking.active_booking(req)
    if active is not None:
        cancel_booking(app, session, active, actor=actor, at=at, reason=reason)
    for d in req.deadlines:
        if d.state in RUNNING_DEADLINES:
            deadlines.cancel(session, req, d, at=at, reason="request closed", actor=actor)
    transition(session, req, RequestState.CLOSED, at=at, actor=actor, reason=reason)
