"""The append-only audit trail. ``detail`` carries references and rule ids, not personal data."""
from __future__ import annotations

from datetime import datetime

from bot.models import AuditEvent


def record(session, action: str, *, at: datetime, request=None, actor: str = "stepbot", **detail) -> AuditEvent:
    ev = AuditEvent(at=at, request_id=getattr(request, "id", request), actor=actor, action=action, detail=detail)
    session.add(ev)
    return ev
