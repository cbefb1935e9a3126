"""Two bookings can never take the same slot, even from several processes at once: the database's
unique slot_key decides (PostgreSQL, several threads each with its own connection)."""
from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import select

from bot import workflow
from bot.models import Booking, Request
from bot.workcal import LONDON
from tests.support.postgres import temporary_database
from tests.test_booking_support import build_app, make_request, torbay_pack

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)


@pytest.fixture
def pg_url():
    with temporary_database("stepbot_booking") as url:
        yield url


@pytest.mark.postgres
def test_concurrent_bookings_never_share_a_slot(tmp_path, pg_url):
    # one slot a week, one place: every booker wants Tue 24 Nov 09:30 at the same moment
    app = build_app(tmp_path, torbay_pack(times=["09:30"], book_within_working_days=None), NOW, database_url=pg_url)
    workers = 6
    with app.Session.begin() as s:
        ids = [make_request(s, "torbay", n, kind="step_down").id for n in range(1, workers + 1)]
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def book(request_id: int) -> None:
        try:
            with app.Session.begin() as s:
                req = s.get(Request, request_id)
                barrier.wait(timeout=30)
                assert workflow.book_now(app, s, req) is not None
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=book, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    with app.Session() as s:
        rows = list(s.scalars(select(Booking).where(Booking.state == "booked")))
        assert len(rows) == workers
        starts = sorted(b.start for b in rows)
        assert len(set(starts)) == workers, "two bookings share a slot"
        # and they are the first six Tuesdays, with no gap left by a lost race
        assert [d.astimezone(LONDON).day for d in starts[:2]] == [24, 1]
        assert {b.request_id for b in rows} == set(ids)
    app.close()


@pytest.mark.postgres
def test_the_database_refuses_a_second_active_booking_of_a_slot(tmp_path, pg_url):
    from sqlalchemy.exc import IntegrityError

    app = build_app(tmp_path, torbay_pack(), NOW, database_url=pg_url)
    with app.Session.begin() as s:
        a = workflow.book_now(app, s, make_request(s, "torbay", 1, kind="step_down"))
        key, start, end = a.slot_key, a.start, a.end
        rid = make_request(s, "torbay", 2, kind="step_down").id
    with pytest.raises(IntegrityError):
        with app.Session.begin() as s:
            s.add(Booking(request_id=rid, authority="torbay", panel="triage", start=start, end=end, place=0,
                          slot_key=key, uid="manual@example", created_at=NOW))
    app.close()
