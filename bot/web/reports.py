"""Reports: the monthly step-up request log (Knowsley §6) and timeliness per authority.

Each report is a list of rows (dicts with fixed column names) built from the database, so the web
page, the CSV and the XLSX are three views of the same rows. The chart is server-rendered SVG.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bot.models import Booking, Deadline, Request
from bot.workcal import LONDON, to_london

LOG_COLUMNS = (
    "Reference", "Received", "Mailbox", "Children (initials)", "Case IDs", "Concerns",
    "Requested by", "Missing at receipt", "Notice (working days given / required)",
    "Meeting", "State", "Outcome", "Decided on", "Decided by", "Rationale", "Contingency plan",
)

TIMELINESS_COLUMNS = (
    "Authority", "Requests received", "Invitations sent", "Invitation within 1 working day",
    "Invitation within 1 working day %", "Requests with a notice rule", "Notice given",
    "Notice given %", "Deadlines due", "Deadlines met on time", "Deadlines met on time %",
)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """[first instant, first instant of next month) of a calendar month in London time."""
    start = datetime.combine(month.replace(day=1), time(0), tzinfo=LONDON)
    nxt = (month.replace(day=1) + timedelta(days=32)).replace(day=1)
    return start, datetime.combine(nxt, time(0), tzinfo=LONDON)


def parse_month(text: str | None, today: date) -> date:
    """'YYYY-MM' → the first of that month; anything else → this month."""
    if text:
        try:
            y, m = text.split("-", 1)
            return date(int(y), int(m), 1)
        except ValueError:
            pass
    return today.replace(day=1)


def _fmt(dt: datetime | None) -> str:
    return to_london(dt).strftime("%Y-%m-%d %H:%M") if dt else ""


def _active_booking(req: Request) -> Booking | None:
    live = [b for b in req.bookings if b.state != "cancelled"]
    return live[-1] if live else None


def step_up_requests(session, authority: str, month: date) -> list[Request]:
    """Every step-up request an authority received in a month (London time), oldest first."""
    start, end = month_bounds(month)
    return list(session.scalars(
        select(Request)
        .where(Request.authority == authority, Request.kind == "step_up",
               Request.received_at >= start, Request.received_at < end)
        .order_by(Request.received_at, Request.id)
        .options(selectinload(Request.children), selectinload(Request.bookings))
    ).all())


def monthly_log(session, authority: str, month: date) -> list[dict]:
    """The step-up request log: one row per step-up request received in the month, oldest first."""
    return log_rows(step_up_requests(session, authority, month))


def invited_within(cal, received_at: datetime, first_booking_at: datetime, working_days: int = 1) -> bool:
    """Was the first invitation sent within ``working_days`` working days of receipt (London dates)?"""
    first = first_booking_at if first_booking_at.tzinfo else first_booking_at.replace(tzinfo=timezone.utc)
    return cal.working_days_between(to_london(received_at).date(), to_london(first).date()) <= working_days


def log_rows(reqs) -> list[dict]:
    """The log's rows (columns ``LOG_COLUMNS``) for already-loaded requests."""
    rows = []
    for r in reqs:
        parsed_missing = (r.parsed or {}).get("missing", r.missing) or []
        notice = r.notice or {}
        b = _active_booking(r)
        given, required = notice.get("given_working_days"), notice.get("required_working_days")
        rows.append({
            "Reference": r.reference,
            "Received": _fmt(r.received_at),
            "Mailbox": r.mailbox,
            "Children (initials)": ", ".join(c.initials for c in r.children),
            "Case IDs": ", ".join(r.case_ids or []),
            "Concerns": ", ".join(r.concerns or []),
            "Requested by": r.sender,
            "Missing at receipt": ", ".join(parsed_missing),
            "Notice (working days given / required)":
                "" if not notice else f"{'no date' if given is None else given} / {'' if required is None else required}",
            "Meeting": _fmt(b.start) if b else "",
            "State": r.state,
            "Outcome": {"agreed": "agreed", "not_agreed": "not agreed"}.get(r.outcome or "", ""),
            "Decided on": _fmt(r.decided_at),
            "Decided by": r.decided_by or "",
            "Rationale": r.rationale or "",
            "Contingency plan": r.contingency_plan or "",
        })
    return rows


@dataclass
class Measure:
    met: int
    total: int

    @property
    def percent(self) -> int | None:
        return None if self.total == 0 else round(100 * self.met / self.total)


def timeliness(session, authorities: list[str], calendars: dict, month: date, now: datetime) -> list[dict]:
    """Per authority, for requests received in the month: invitation within 1 working day of
    receipt, notice given where the protocol sets a notice period, and deadlines (due in the month)
    met on time. ``calendars`` maps authority → WorkingCalendar."""
    start, end = month_bounds(month)
    rows = []
    first_booking = (select(Booking.request_id, func.min(Booking.created_at).label("first"))
                     .group_by(Booking.request_id).subquery())
    for a in authorities:
        cal = calendars[a]
        reqs = session.execute(
            select(Request.received_at, Request.notice, first_booking.c.first)
            .outerjoin(first_booking, first_booking.c.request_id == Request.id)
            .where(Request.authority == a, Request.received_at >= start, Request.received_at < end)).all()
        invited = within = 0
        notice = Measure(0, 0)
        for received_at, req_notice, first in reqs:
            if first is not None:
                invited += 1
                if invited_within(cal, received_at, first):
                    within += 1
            if req_notice and req_notice.get("ok") is not None:
                notice.total += 1
                notice.met += 1 if req_notice.get("ok") else 0
        dls = session.execute(select(Deadline.state, Deadline.due_at, Deadline.met_at).where(
            Deadline.authority == a, Deadline.due_at >= start, Deadline.due_at < end,
            Deadline.state != "cancelled")).all()
        due = [d for d in dls if d.state in ("met", "breached") or d.due_at <= now]
        on_time = sum(1 for d in due if d.state == "met" and d.met_at is not None and d.met_at <= d.due_at)
        inv, dl = Measure(within, invited), Measure(on_time, len(due))
        rows.append({
            "Authority": a,
            "Requests received": len(reqs),
            "Invitations sent": invited,
            "Invitation within 1 working day": within,
            "Invitation within 1 working day %": inv.percent,
            "Requests with a notice rule": notice.total,
            "Notice given": notice.met,
            "Notice given %": notice.percent,
            "Deadlines due": len(due),
            "Deadlines met on time": on_time,
            "Deadlines met on time %": dl.percent,
        })
    return rows


# --- exports ------------------------------------------------------------------------------------

def _cell(value) -> object:
    """Neutralise spreadsheet formulas in text that came from email (CSV/formula injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def to_csv(columns, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(r[c]) for c in columns])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 correctly


def to_xlsx(title: str, columns, rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(columns))
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append([_cell(r[c]) for c in columns])
    for i, col in enumerate(columns, start=1):
        width = max([len(str(col))] + [len(str(r[col] or "")) for r in rows])
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, width + 2)
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- chart --------------------------------------------------------------------------------------

CHART_SERIES = (
    ("Invitation within 1 working day %", "Invitation within 1 working day", "#1d70b8"),
    ("Notice given %", "Notice given", "#00703c"),
    ("Deadlines met on time %", "Deadlines met on time", "#6f3c97"),
)


def chart_bars(rows: list[dict], display: dict[str, str]) -> dict:
    """Geometry for a grouped horizontal bar chart (0–100 %), rendered by the template as SVG."""
    label_w, bar_h, gap, group_gap, plot_w = 190, 14, 3, 16, 420
    groups, y = [], 30
    for r in rows:
        bars = []
        for i, (key, label, colour) in enumerate(CHART_SERIES):
            pct = r[key]
            bars.append({
                "y": y + i * (bar_h + gap), "width": 0 if pct is None else round(plot_w * pct / 100),
                "colour": colour, "label": label,
                "text": "no data" if pct is None else f"{pct}%",
            })
        label = display.get(r["Authority"], r["Authority"]).split(" (")[0]
        groups.append({"label": label[:28], "y": y, "bars": bars})
        y += 3 * (bar_h + gap) + group_gap
    return {"groups": groups, "height": y + 10, "label_w": label_w, "plot_w": plot_w, "bar_h": bar_h,
            "width": label_w + plot_w + 70, "series": CHART_SERIES,
            "ticks": [{"x": label_w + plot_w * p // 100, "p": p} for p in (0, 25, 50, 75, 100)]}
