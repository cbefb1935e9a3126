"""iTIP (RFC 5546) from a text/calendar part: a reply (METHOD:REPLY / COUNTER) to stepbot's
invitation, or a sender's own meeting request (METHOD:REQUEST) that carries their request."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

REPLY_METHODS = {"REPLY", "COUNTER", "DECLINECOUNTER"}


def read_calendar(texts: list[str]) -> dict | None:
    """The first readable calendar as a plain dict (the booking module's ``ItipMessage.as_dict``
    shape, plus ``counter_start`` and ``summary``); None when there is none."""
    for text in texts:
        d = _booking_reader(text)
        if d is not None:
            return d
    return _fallback(texts)


def _booking_reader(text: str) -> dict | None:
    try:
        from bot.booking.ical import parse_itip
        from icalendar import Calendar

        msg = parse_itip(text)
        d = msg.as_dict()
        summary = None
        for ev in Calendar.from_ical(text).walk("VEVENT"):
            summary = str(ev.get("SUMMARY")) if ev.get("SUMMARY") else None
            d.update(_people_and_place(ev))
            break
    except Exception as e:  # fall back to the parser's own reading
        log.info("calendar part not read by the booking reader: %s", type(e).__name__)
        return None
    d["method"] = (d.get("method") or "").upper() or None
    d["counter_start"] = d.get("start") if d["method"] == "COUNTER" else None
    d["summary"] = summary
    return d


def _fallback(texts: list[str]) -> dict | None:
    from icalendar import Calendar

    for text in texts:
        try:
            cal = Calendar.from_ical(text)
        except Exception as e:  # malformed calendars are common; the text is still kept
            log.info("calendar part unreadable: %s", type(e).__name__)
            continue
        method = str(cal.get("METHOD", "")).upper()
        for ev in cal.walk("VEVENT"):
            att = ev.get("ATTENDEE")
            if isinstance(att, list):
                att = att[0] if att else None
            partstat = att.params.get("PARTSTAT") if att is not None and hasattr(att, "params") else None
            start = ev.get("DTSTART")
            seq = ev.get("SEQUENCE")
            return {
                "method": method or None,
                "uid": str(ev.get("UID")) if ev.get("UID") else None,
                "sequence": int(seq) if seq is not None else 0,
                "attendee": str(att).lower().removeprefix("mailto:") if att is not None else None,
                "partstat": str(partstat).upper() if partstat else None,
                "start": start.dt.isoformat() if start is not None and hasattr(start.dt, "isoformat") else None,
                "counter_start": (start.dt.isoformat() if method == "COUNTER" and start is not None else None),
                "comment": str(ev.get("COMMENT")).strip() if ev.get("COMMENT") else None,
                "summary": str(ev.get("SUMMARY")) if ev.get("SUMMARY") else None,
                **_people_and_place(ev),
            }
    return None


def readable(text: str) -> str:
    """What a person reads of a calendar file: each event's title, place, description and comment,
    unfolded and unescaped (not its property lines, which read like a form: "DTSTART:2034…")."""
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(text)
    except Exception as e:  # a calendar too broken to read gives no text, not its raw lines
        log.info("calendar attachment unreadable: %s", type(e).__name__)
        return ""
    said = [str(ev.get(k)).strip() for ev in cal.walk("VEVENT") for k in ("SUMMARY", "LOCATION", "DESCRIPTION", "COMMENT")
            if ev.get(k) is not None]
    return "\n\n".join(x for x in said if x)


def _people_and_place(ev) -> dict:
    """An invitation's venue, its description and everyone it invites (a sender's own meeting
    request: who the council need not invite again)."""
    att = ev.get("ATTENDEE")
    att = att if isinstance(att, list) else [att] if att is not None else []
    location = str(ev.get("LOCATION")).strip() if ev.get("LOCATION") else None
    description = str(ev.get("DESCRIPTION")).strip() if ev.get("DESCRIPTION") else None
    return {"location": location or None, "description": description or None,
            "attendees": [str(a).lower().removeprefix("mailto:").strip() for a in att if str(a).strip()]}
