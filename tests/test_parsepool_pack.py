"""The policy pack goes to the parse workers pickled once (issue 21): the daemon no longer pickles
the pack's tree of models for every message, and a worker reads each pack once. What a message
parses to is unchanged. Real worker processes."""
from __future__ import annotations

import pickle
from datetime import datetime

import pytest

from bot import parsepool
from bot.config import load_settings
from bot.demo import SAMPLES
from bot.parser import parse_message
from bot.parsepool import Limits, ParsePool
from bot.workcal import LONDON

RAW = (SAMPLES / "01_torbay_step_up_complete.eml").read_bytes()
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)


@pytest.fixture
def pack(tmp_config):
    return load_settings(tmp_config).pack("torbay")


@pytest.fixture
def pool():
    p = ParsePool(Limits(workers=1))
    yield p
    p.close()


def test_the_pack_is_pickled_once_for_every_message(pool, pack, monkeypatch):
    dumps, made = pickle.dumps, []

    def counting(obj, *a, **k):
        made.append(type(obj).__name__)
        return dumps(obj, *a, **k)

    monkeypatch.setattr(parsepool.pickle, "dumps", counting)
    wired = [pool._wire(dict(pack=pack, authority="torbay", mailbox="mash_step_up", now=NOW)) for _ in range(5)]
    assert made == ["PolicyPack"]
    assert all(w["pack"] is wired[0]["pack"] for w in wired) and isinstance(wired[0]["pack"], parsepool._FrozenPack)
    assert pool._wire(dict(pack=None, now=NOW)) == dict(pack=None, now=NOW)


def test_a_worker_reads_a_pack_once_and_the_parse_is_unchanged(pool, pack):
    kw = dict(pack=pack, authority="torbay", mailbox="mash_step_up", now=NOW)
    here = parse_message(RAW, **kw)
    for _ in range(2):
        got = pool.parse(RAW, **kw)
        assert got.problem is None
        assert got.result.contract.to_dict() == here.contract.to_dict()
    frozen = pool._wire(kw)["pack"]
    assert parsepool._pack(frozen) is parsepool._pack(frozen)   # kept by digest in the worker
    assert parsepool._pack(frozen) == pack
