"""Real components: under CI=true a missing server fails the test; elsewhere it skips with a hint."""
import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, what: str, install: str) -> None:
    if available:
        return
    msg = f"{what} is not available; install it with: {install}"
    if in_ci():
        pytest.fail(msg + " (CI=true: these tests must run, not skip)")
    pytest.skip(msg)
