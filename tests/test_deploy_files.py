"""The deployment files (issue 20): the systemd unit passes ``systemd-analyze verify`` (with its
ExecStart pointed at this clone's command, as an install at /opt/stepbot would have it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_systemd_unit_verifies(tmp_path):
    tool = shutil.which("systemd-analyze")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("systemd-analyze is missing (apt-get install systemd)")
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    unit = (ROOT / "deploy/stepbot.service").read_text()
    assert "ExecStart=/opt/stepbot/.venv/bin/stepbot run" in unit and "User=stepbot" in unit
    command = Path(sys.executable).parent / "stepbot"
    here = tmp_path / "stepbot.service"
    here.write_text(unit.replace("/opt/stepbot/.venv/bin/stepbot", str(command)))
    out = subprocess.run([tool, "verify", str(here)], capture_output=True, text=True, timeout=60)
    problems = [ln for ln in (out.stdout + out.stderr).splitlines()
                if "stepbot.service" in ln and "Documentation" not in ln]
    assert out.returncode == 0 and not problems, out.stdout + out.stderr
