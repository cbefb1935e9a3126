"""What the receiving server said about the sender: Authentication-Results (RFC 8601).

The headers are read with ``authres`` (the RFC 8601 parser). Results are recorded as they stand;
only a ``fail`` changes anything, and only one that concerns the From domain: DMARC for it, DKIM
signed by it (and no passing signature from it), SPF for it as the envelope sender. Any header may
say ``fail`` and be believed, since a fail only takes trust away; a ``pass`` never adds any (who may
change a request is decided by the request's thread, handlers/follow_up.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message

import authres

METHODS = ("spf", "dkim", "dmarc")


@dataclass(frozen=True)
class AuthResults:
    results: dict[str, str] = field(default_factory=dict)   # method -> result of the topmost header
    failed: tuple[str, ...] = ()                            # methods that failed for the From domain

    @property
    def from_domain_failed(self) -> bool:
        return bool(self.failed)


def _domain(value: str | None) -> str:
    return (value or "").rpartition("@")[2].strip().strip(">").lower()


def read(msg: Message, from_address: str) -> AuthResults:
    """The Authentication-Results headers of ``msg``, judged for ``from_address``'s domain."""
    domain = _domain(from_address)
    try:
        values = [str(v) for v in (msg.get_all("Authentication-Results") or [])]
    except Exception:
        values = []
    headers = []
    for v in values:
        try:
            headers.append(authres.AuthenticationResultsHeader.parse("Authentication-Results: " + " ".join(v.split())))
        except Exception:
            continue  # an unreadable header is no evidence either way
    recorded: dict[str, str] = {}
    if headers:  # the receiving server adds its header on top
        for r in headers[0].results:
            if r.method in METHODS:
                recorded.setdefault(r.method, str(r.result).lower())
    failed: list[str] = []
    dkim_pass = set()
    dkim_fail = set()
    for h in headers:
        for r in h.results:
            props = {f"{p.type}.{p.name}".lower(): str(p.value) for p in r.properties}
            result = str(r.result).lower()
            if r.method == "dmarc" and result == "fail":
                if _domain(props.get("header.from")) in ("", domain):
                    failed.append("dmarc")
            elif r.method == "spf" and result == "fail":
                if _domain(props.get("smtp.mailfrom")) in ("", domain):
                    failed.append("spf")
            elif r.method == "dkim":
                d = _domain(props.get("header.d") or props.get("header.i"))
                (dkim_pass if result == "pass" else dkim_fail if result == "fail" else set()).add(d)
    if domain and domain in dkim_fail and domain not in dkim_pass:
        failed.append("dkim")
    return AuthResults(results=recorded, failed=tuple(dict.fromkeys(failed)))
