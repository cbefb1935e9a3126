"""Dependencies as council change control asks (issue 20): every runtime dependency has an upper
bound on its major version and a pinned line in requirements.lock (which `make` installs with);
test-only packages are not in the runtime set."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCK = {re.split(r"[=<>!~\[]", line, maxsplit=1)[0].strip().lower().replace("_", "-"): line.strip()
        for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")}


def _name(spec: str) -> str:
    return re.split(r"[=<>!~\[ ;]", spec, maxsplit=1)[0].lower().replace("_", "-")


def test_every_runtime_dependency_is_bounded_and_pinned():
    for spec in PROJECT["dependencies"]:
        name = _name(spec)
        assert "<" in spec or name == "tzdata", f"{spec}: no upper bound"
        assert name in LOCK and "==" in LOCK[name], f"{name}: not pinned in requirements.lock"


def test_test_only_packages_are_not_runtime_dependencies():
    runtime = {_name(s) for s in PROJECT["dependencies"]}
    assert not runtime & {"cryptography", "pytest", "freezegun", "hypothesis", "aiosmtpd", "playwright",
                          "python-dateutil"}
    assert "psycopg" in runtime and not any("binary" in s for s in PROJECT["dependencies"])


def test_make_installs_with_the_lock_file():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-c requirements.lock" in makefile
