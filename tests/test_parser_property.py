"""Property tests: mutated and random MIME always gives a valid contract (and valid JSON), and an
oversized message is refused cleanly in bounded memory."""
from __future__ import annotations

import json
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.parser import parse_message
from bot.parser.contract import validate
from bot.parser.errors import MAX_MESSAGE_BYTES, MAX_PARTS
from bot.policy import load_all_packs

DATA = Path(__file__).parent / "data" / "parser"
CORPUS = Path(__file__).parent / "data" / "corpus" / "dev"
SEEDS = sorted(DATA.glob("*.eml")) + sorted(CORPUS.glob("*.eml"))[:12]
PACK = load_all_packs()["knowsley"]
NOW = datetime(2026, 12, 1, 9, tzinfo=timezone.utc)


def check(raw: bytes):
    res = parse_message(raw, pack=PACK, authority="knowsley", mailbox="mash_step_up", now=NOW)
    text = json.dumps(res.contract.to_dict(), ensure_ascii=False)
    assert json.loads(text) == json.loads(text)
    assert validate(res.contract.to_dict()) == []
    return res


@st.composite
def mutated(draw):
    raw = bytearray(draw(st.sampled_from(SEEDS)).read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        pos = draw(st.integers(0, max(0, len(raw) - 1)))
        if op == "flip" and raw:
            raw[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del raw[pos:pos + draw(st.integers(1, 400))]
        elif op == "insert":
            raw[pos:pos] = draw(st.sampled_from([
                b"\r\n--", b"\r\nContent-Type: multipart/mixed; boundary=\"q\"\r\n", b"=?utf-8?b?", b"\x00\xff",
                b"\r\nContent-Transfer-Encoding: base64\r\n", b"charset=\"x-unknown\"", b"\r\n\r\n", b"<table><tr>",
                b"=\r\n", b"filename*=utf-8''%FF%FE", b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\n"]))
        else:
            a = draw(st.integers(0, max(0, len(raw) - 1)))
            raw[pos:pos] = raw[a:a + 200]
    return bytes(raw)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_mime_always_gives_a_valid_contract(raw):
    check(raw)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_always_give_a_valid_contract(raw):
    check(raw)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=2000))
def test_random_text_with_headers(body):
    check(("From: a@b.c\r\nSubject: Step up\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body)
          .encode("utf-8", "surrogatepass"))


def test_message_over_50_mb_is_refused_in_bounded_memory():
    raw = b"From: a@b.c\r\nSubject: big\r\n\r\n" + b"x" * (MAX_MESSAGE_BYTES + 1)
    tracemalloc.start()
    res = parse_message(raw, pack=PACK, authority="knowsley", mailbox="mash_step_up", now=NOW)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert res.contract.kind == "other" and res.contract.next_action == "human_review"
    assert "50 MB" in res.contract.error
    assert peak < 5 * 2**20


def test_message_with_more_than_1000_parts_is_refused_in_bounded_memory():
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart\r\n" for _ in range(MAX_PARTS + 5))
    raw = b'From: a@b.c\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    tracemalloc.start()
    res = parse_message(raw, pack=PACK, authority="knowsley", mailbox="mash_step_up", now=NOW)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert res.contract.kind == "other" and "1000" in res.contract.error
    assert peak < 5 * 2**20


def test_nested_parts_are_counted_while_walking():
    inner = b"Content-Type: text/plain\r\n\r\nx\r\n"
    raw = b"From: a@b.c\r\nSubject: nest\r\n"
    for i in range(30):  # each level declares its own boundary
        raw += f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
    raw += inner
    res = parse_message(raw, pack=PACK, authority="knowsley", mailbox="mash_step_up", now=NOW)
    assert validate(res.contract.to_dict()) == []
    assert res.contract.next_action == "human_review"
