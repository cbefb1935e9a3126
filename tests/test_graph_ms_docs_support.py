"""Helpers (no tests) for the tests against Graph responses shaped like Microsoft's documented
examples (tests/data/recorded/graph_ms_docs/, each file naming its page): a strict replay of a
recorded conversation through httpx.MockTransport, and a Graph client on it that never waits."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote_plus

import httpx

from bot.mailbox.graph import GraphClient

DOCS = Path(__file__).parent / "data" / "recorded" / "graph_ms_docs"
BASE = "https://graph.microsoft.com/v1.0"


def doc(name: str) -> dict:
    """A documented response, without our note of where it came from."""
    data = json.loads((DOCS / name).read_text())
    data.pop("@stepbot.source", None)
    return data


class Step:
    """One recorded exchange: the request expected (method and the start of its URL, unquoted)
    and the answer (status, a file from graph_ms_docs/ or raw bytes, headers), or an exception."""

    def __init__(self, method: str, url: str, status: int = 200, body: str | bytes | None = None,
                 headers: dict | None = None, raises: type[Exception] | None = None):
        self.method, self.url, self.status, self.body = method, url, status, body
        self.headers, self.raises = headers or {}, raises


class Replay:
    """Serves the steps in order; a request that is not the next one fails the test."""

    def __init__(self, steps: list[Step]):
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert self.steps, f"unexpected request {request.method} {unquote_plus(str(request.url))}"
        step = self.steps.pop(0)
        url = unquote_plus(str(request.url))
        assert request.method == step.method and url.startswith(step.url), \
            f"expected {step.method} {step.url}, got {request.method} {url}"
        if step.raises is not None:
            raise step.raises("recorded failure", request=request)
        if isinstance(step.body, str):
            content = json.dumps(doc(step.body)).encode()
            ctype = "application/json"
        else:
            content, ctype = step.body or b"", "text/plain"
        return httpx.Response(step.status, content=content, headers={"Content-Type": ctype, **step.headers})

    def done(self) -> None:
        assert not self.steps, f"recorded requests not made: {[(s.method, s.url) for s in self.steps]}"

    def made(self, method: str, fragment: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and fragment in unquote_plus(str(r.url))]


class StaticTokens:
    def token(self) -> str:
        return "recorded-token"


def client(replay, user: str, *, sleeps: list | None = None, max_retries: int = 5) -> GraphClient:
    return GraphClient(None, BASE, user, httpx.Client(transport=httpx.MockTransport(replay)),
                       token_provider=StaticTokens(), max_retries=max_retries,
                       sleep=sleeps.append if sleeps is not None else (lambda s: None))


class Routes:
    """Answers by route rather than in order (a booking asks free/busy once per window): each
    route is (method, a fragment of the unquoted URL) -> a list of answers, used in turn, the last
    one again when the list runs out. Every request is kept. A request no route matches fails."""

    def __init__(self, routes: dict[tuple[str, str], list[tuple[int, str | None]]]):
        self.routes = {k: list(v) for k, v in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = unquote_plus(str(request.url))
        for (method, fragment), answers in self.routes.items():
            if request.method == method and fragment in url:
                status, name = answers.pop(0) if len(answers) > 1 else answers[0]
                content = json.dumps(doc(name)).encode() if name else b""
                return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})
        raise AssertionError(f"no recorded answer for {request.method} {url}")

    def made(self, method: str, fragment: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and fragment in unquote_plus(str(r.url))]

    def bodies(self, method: str, fragment: str) -> list[dict]:
        return [json.loads(r.content) for r in self.made(method, fragment)]
