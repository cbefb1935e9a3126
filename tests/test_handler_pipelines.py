"""The handler pipelines are data tied to the contract's kinds (issue 15): every kind has a
pipeline and an urgent pipeline, every name is a registered handler, and only the urgent ones
alert (the safeguarding handler ends each of them and appears nowhere else)."""
from __future__ import annotations

from types import SimpleNamespace

import handlers
from bot.vocabulary import MESSAGE_KINDS


def test_every_kind_of_the_contract_has_a_pipeline_and_an_urgent_one():
    assert set(handlers.PIPELINES) == set(MESSAGE_KINDS)
    assert set(handlers.URGENT_PIPELINES) == set(MESSAGE_KINDS)


def test_every_name_in_a_pipeline_is_a_registered_handler_and_every_handler_is_used():
    used = {n for table in (handlers.PIPELINES, handlers.URGENT_PIPELINES) for p in table.values() for n in p}
    assert used == set(handlers.REGISTRY)
    for name, h in handlers.REGISTRY.items():
        assert h.name == name and h.description


def test_only_urgent_mail_reaches_the_safeguarding_handler_and_it_comes_last():
    for kind in MESSAGE_KINDS:
        assert "safeguarding" not in handlers.PIPELINES[kind]
        assert handlers.URGENT_PIPELINES[kind][-1] == "safeguarding"
        urgent = handlers.pipeline(SimpleNamespace(kind=kind, urgent=True))
        assert urgent == handlers.URGENT_PIPELINES[kind]
        assert handlers.pipeline(SimpleNamespace(kind=kind, urgent=False)) == handlers.PIPELINES[kind]


def test_a_kind_the_contract_does_not_know_is_handled_as_other():
    assert handlers.pipeline(SimpleNamespace(kind=None, urgent=False)) == handlers.PIPELINES["other"]
    assert handlers.pipeline(SimpleNamespace(kind="mystery", urgent=True)) == handlers.URGENT_PIPELINES["other"]
