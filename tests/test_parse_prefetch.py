"""Reading ahead in a backlog (issue 21): the parse workers read the next messages while the
daemon decides the current one, and what they read is used only for the same message, mailbox
and day. Real worker processes."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.daemon import _ahead
from bot.demo import SAMPLES
from bot.parser import parse_message
from bot.parsepool import Limits, ParsePool
from bot.workcal import LONDON

RAW = (SAMPLES / "01_torbay_step_up_complete.eml").read_bytes()
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)


def kwargs(**over):
    kw = dict(pack=None, authority="torbay", mailbox="mash_step_up", now=NOW)
    kw.update(over)
    return kw


@pytest.fixture
def pool():
    p = ParsePool(Limits(workers=1))
    yield p
    p.close()


def _no_new_read(*a, **k):
    raise AssertionError("the message was read again instead of taking the prefetched result")


def test_a_prefetched_message_is_taken_not_read_again(pool, monkeypatch):
    pool.prefetch(RAW, **kwargs())
    monkeypatch.setattr(pool, "_run", _no_new_read)
    got = pool.parse(RAW, **kwargs(now=NOW + timedelta(seconds=40)))
    assert got.problem is None
    assert got.result.contract == parse_message(RAW, **kwargs()).contract
    assert pool._ahead == {}


@pytest.mark.parametrize("other", [
    dict(now=NOW + timedelta(days=1)),                 # another day: notice counts differ
    dict(now=NOW + timedelta(minutes=10)),             # same day, but read too long before
    dict(mailbox="early_help_duty"),                   # another mailbox
    dict(authority="knowsley"),                        # another authority
])
def test_a_prefetch_is_not_used_for_another_mailbox_day_or_time(pool, monkeypatch, other):
    pool.prefetch(RAW, **kwargs())
    reads = []
    monkeypatch.setattr(pool, "_run", lambda fn, seconds, raw, kw: reads.append(kw) or "read again")
    assert pool.parse(RAW, **kwargs(**other)).result == "read again"
    assert len(reads) == 1


def test_at_most_two_messages_per_worker_wait_ahead(pool):
    for n in range(5):
        pool.prefetch(RAW + b"\n%d" % n, **kwargs())
    assert len(pool._ahead) == 2
    pool.close()
    assert pool._ahead == {}


def test_the_backlog_is_read_ahead_in_order():
    events = []
    for item in _ahead(iter(range(5)), 2, lambda i: events.append(f"read {i}")):
        events.append(f"decide {item}")
    assert events == ["read 0", "read 1", "read 2", "decide 0", "read 3", "decide 1", "read 4", "decide 2",
                      "decide 3", "decide 4"]
