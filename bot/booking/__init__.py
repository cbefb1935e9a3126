"""Bookings: the slot finder, iCalendar invitations (iMIP), replies, and native Exchange/Graph
meetings. Public API used by the workflow, the handlers and the web queue."""
from bot.booking.service import (  # noqa: F401
    BookingError, SlotUnavailable, active_booking, book_request, cancel_booking, follow_arranged, mark_held,
    move_booking, next_free_slot, panel_for, parse_time, record_reply,
)

__all__ = ["active_booking", "book_request", "follow_arranged", "move_booking", "cancel_booking", "mark_held", "record_reply", "next_free_slot", "panel_for", "parse_time",
           "BookingError", "SlotUnavailable"]
