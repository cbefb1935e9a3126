"""The reports page: the monthly step-up log and timeliness for the user's authorities, their
CSV / XLSX exports, and the manager's record that a month's log was reviewed.
"""
from __future__ import annotations

import urllib.parse
from datetime import date

from fastapi import APIRouter, HTTPException, Request as HTTPRequest
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from bot import audit, monthly
from bot.db import session_scope
from bot.web import reports
from bot.web.access import visible_authorities
from bot.web.views.common import _app, _flash, _now, _signed_in, _text, log, render
from bot.workcal import to_london

router = APIRouter()


def _report_scope(request, s, authority: str):
    app = _app(request)
    user = _signed_in(request, s)
    allowed = visible_authorities(app, user)
    if authority and authority not in allowed:
        raise HTTPException(404)
    return app, user, allowed


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: HTTPRequest, authority: str = "", month: str = ""):
    app = _app(request)
    with session_scope(app.Session) as s:
        app, user, allowed = _report_scope(request, s, authority)
        now = _now(request)
        m = reports.parse_month(month, to_london(now).date())
        log_authority = authority or (allowed[0] if allowed else "")
        log_rows = reports.monthly_log(s, log_authority, m) if log_authority else []
        tl = reports.timeliness(s, allowed, {a: app.calendar(a) for a in allowed}, m, now)
        displays = {a: app.pack(a).display_name for a in allowed}
        reviews = monthly.review_status(s, app, log_authority, m, now) if log_authority else []
        return render(request, "reports.html", user=user, month=m, authority=log_authority,
                      reviews=reviews, can_review=user.role in REVIEWER_ROLES,
                      authorities=allowed, displays=displays, log_rows=log_rows,
                      log_columns=reports.LOG_COLUMNS, tl_rows=tl, tl_columns=reports.TIMELINESS_COLUMNS,
                      chart=reports.chart_bars(tl, displays))


REVIEWER_ROLES = ("manager", "admin")  # the monthly log goes to a team manager, who reviews it


@router.post("/reports/reviewed")
async def report_reviewed(request: HTTPRequest):
    form = await request.form()
    return await run_in_threadpool(_report_reviewed, request, form)


def _report_reviewed(request: HTTPRequest, form) -> Response:
    """Record that a month's step-up log was reviewed (stops its escalation), as
    `stepbot report reviewed` does; managers and admins only."""
    authority, report_id, month = _text(form, "authority", 100), _text(form, "report_id", 100), _text(form, "month", 7)
    target = "/reports?" + urllib.parse.urlencode({"authority": authority, "month": month})
    with session_scope(_app(request).Session) as s:
        app, user, _ = _report_scope(request, s, authority)
        if not authority or report_id not in {r.id for r in app.pack(authority).reports}:
            raise HTTPException(404)
        if user.role not in REVIEWER_ROLES:
            raise HTTPException(403, "Only a manager can record that the log was reviewed.")
        m = monthly.MONTH_RE.match(month)
        period = date(int(m[1]), int(m[2]), 1) if m else None
        now = _now(request)
        if period is None or period >= monthly.first_of_month(to_london(now).date()):
            _flash(request, "error", "A month's log can be marked reviewed only after the month has ended.")
            return RedirectResponse(target, status_code=303)
        new, ev = monthly.record_review(s, authority, report_id, period, actor=user.actor, at=now)
        text = (f"Recorded: the {period:%B %Y} log was reviewed." if new else
                f"Already recorded by {ev.actor} on {to_london(ev.at):%d %b %Y %H:%M}.")
    log.info("web action report_reviewed for %s %s", authority, month)
    _flash(request, "ok", text)
    return RedirectResponse(target, status_code=303)


@router.get("/reports/{name}.{fmt}")
def report_export(request: HTTPRequest, name: str, fmt: str, authority: str = "", month: str = ""):
    if name not in ("monthly-log", "timeliness") or fmt not in ("csv", "xlsx"):
        raise HTTPException(404)
    app = _app(request)
    with session_scope(app.Session) as s:
        app, user, allowed = _report_scope(request, s, authority)
        now = _now(request)
        m = reports.parse_month(month, to_london(now).date())
        if name == "monthly-log":
            if not authority:
                raise HTTPException(404)
            cols, rows, title = reports.LOG_COLUMNS, reports.monthly_log(s, authority, m), "Step-up request log"
            fname = f"step-up-log-{authority}-{m:%Y-%m}"
        else:
            scope = [authority] if authority else allowed
            cols, title = reports.TIMELINESS_COLUMNS, "Timeliness"
            rows = reports.timeliness(s, scope, {a: app.calendar(a) for a in scope}, m, now)
            fname = f"timeliness-{authority or 'all'}-{m:%Y-%m}"
        audit.record(s, "web.report_exported", at=now, actor=user.actor, report=name, format=fmt,
                     authority=authority or None, month=f"{m:%Y-%m}")
    if fmt == "csv":
        body, ctype = reports.to_csv(cols, rows), "text/csv; charset=utf-8"
    else:
        body = reports.to_xlsx(title, cols, rows)
        ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=ctype, headers={
        "Content-Disposition": f'attachment; filename="{fname}.{fmt}"', "X-Content-Type-Options": "nosniff"})
