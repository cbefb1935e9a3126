"""Journeys of incomplete requests (issue 16): every labelled request of the dev corpus that lacks
what its protocol asks for (15 mails, every authority and kind) played through the daemon
(Maildir inbox, a frozen clock, one pass each working morning). The parse contract's `missing`
is pinned by the parse snapshots; these pin what the daemon does with it:

- held_not_booked: the request waits for the items and nothing is booked or sent as an invitation;
- told_at_once: the acknowledgement names each missing item in the protocol's words;
- chased_then_escalated: the sender is chased on the pack's cadence, naming the items, at most
  ``max_chases`` times, and the chase ladder is told after that;
- nothing_on_weekends: no chase or escalation on a Saturday or Sunday.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from email.utils import parseaddr
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.models import Request
from bot.words import say
from tests.support.journey import Journey

DATA = Path(__file__).parent / "data" / "corpus" / "dev"
INCOMPLETE = [pytest.param(item, id=item["file"][:-4])
              for item in json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
              if item["expect"]["next_action"] == "request_info"]


def test_every_authority_and_kind_has_an_incomplete_journey():
    assert {(p.values[0]["authority"], p.values[0]["expect"]["kind"]) for p in INCOMPLETE} >= {
        ("knowsley", "step_up"), ("knowsley", "step_down"), ("richmond_wandsworth", "step_up"),
        ("richmond_wandsworth", "step_down"), ("tower_hamlets", "step_up"), ("tower_hamlets", "step_down"),
        ("torbay", "step_up"), ("torbay", "step_down"), ("herefordshire", "step_down")}


@pytest.mark.parametrize("item", INCOMPLETE)
def test_an_incomplete_request_is_held_told_chased_and_escalated(tmp_path, item):
    start = datetime.fromisoformat(item["now"])
    j = Journey(tmp_path, start)
    try:
        j.deliver(item["authority"], item["mailbox"], (DATA / item["file"]).read_bytes())
        first = j.run(start + timedelta(minutes=2))
        pack = j.app.pack(item["authority"])
        with j.app.Session() as s:
            req = s.scalars(select(Request)).one()
            explain = {r.id: r.explain for r in pack.kind(req.kind).applicable(
                concerns=req.concerns or [], level=req.level, stated=req.stated())}
            sender = parseaddr(req.sender)[1].lower()
            # held_not_booked
            assert str(req.state) == "awaiting_info" and sorted(req.missing) == item["expect"]["missing"], req.missing
            assert not req.bookings
        assert not [m for m in first if m.purpose == "invitation"]
        # told_at_once
        (ack,) = [m for m in first if m.purpose == "ack" and sender in m.to]
        for item_id in item["expect"]["missing"]:
            words = explain[item_id].split(" (")[0]
            assert words in ack.body, (item_id, words, ack.body)
        # chased_then_escalated
        later = j.walk(start.date() + timedelta(days=28))
        chases = [m for m in later if m.purpose == "chase"]
        assert chases and all(sender in m.to for m in chases)
        assert len(chases) <= pack.chase.max_chases
        assert all(say(i).lower() in chases[0].body.lower() for i in item["expect"]["missing"]), chases[0].body
        gaps = [(b.at.date() - a.at.date()).days for a, b in zip(chases, chases[1:])]
        assert all(g >= pack.chase.every_working_days for g in gaps), gaps
        if item["expect"]["missing"]:
            assert [m for m in later if m.purpose == "escalation" and m.at > chases[-1].at]
        else:
            # only the notice is short: once the meeting's day has passed the chase stops and business
            # support are told (K3), instead of the sender's managers being escalated to
            stopped = [m for m in later if m.purpose == "alert" and "meeting day has passed" in m.subject]
            assert len(stopped) == 1 and stopped[0].at > chases[-1].at
            assert set(stopped[0].to) == j.people(item["authority"], "business_support")
            assert not [m for m in later if m.purpose == "escalation"]
        # nothing_on_weekends
        assert all(m.at.weekday() < 5 for m in later if m.purpose in ("chase", "escalation"))
        assert not [m for m in later if m.purpose == "invitation"]
    finally:
        j.close()
