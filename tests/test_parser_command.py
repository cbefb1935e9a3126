"""`stepbot parse` prints exactly one JSON object and exits 0 for any input (real subprocesses)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "parser"
STEPBOT = [sys.executable, "-m", "bot.cli"]


def run(*args, config=None) -> dict:
    cmd = STEPBOT + (["--config", str(config)] if config else []) + ["parse", *map(str, args)]
    p = subprocess.run(cmd, capture_output=True, timeout=120, cwd=ROOT)
    assert p.returncode == 0, p.stderr.decode()[-500:]
    lines = [x for x in p.stdout.decode().splitlines() if x.strip()]
    assert len(lines) == 1
    return json.loads(lines[0])


def test_parses_a_fixture_and_infers_the_mailbox_from_the_deployment():
    out = run(DATA / "outlook_html_only.eml", "--authority", "knowsley", "--now", "2026-12-30T09:00:00+00:00")
    assert out["mailbox"] == "early_help_duty" and out["kind"] == "step_down"
    assert out["notice"] == {"required_working_days": 5, "given_working_days": 4, "ok": False}


@pytest.mark.parametrize("args,error_word", [
    (["/nonexistent/file.eml", "--authority", "knowsley"], "cannot read"),
    ([DATA / "bounce_report.eml", "--authority", "atlantis"], "unknown authority"),
    ([DATA / "bounce_report.eml", "--authority", "knowsley", "--now", "yesterday"], "ISO 8601"),
])
def test_bad_input_still_gives_one_json_object(args, error_word):
    out = run(*args)
    assert out["error"] and error_word in out["error"]
    assert out["next_action"] in ("human_review", "ignore")


def test_broken_config_still_gives_json(tmp_path):
    cfg = tmp_path / "config"
    shutil.copytree(ROOT / "config", cfg)
    (cfg / "authorities" / "knowsley.yaml").write_text("name: [unclosed\n")
    (cfg / "deployment.yaml").write_text("::: not yaml")
    out = run(DATA / "outlook_html_only.eml", "--authority", "knowsley", "--mailbox", "early_help_duty", config=cfg)
    assert out["kind"] == "step_down" and out["next_action"] == "human_review" and "invalid" in out["error"]


def test_binary_garbage_file(tmp_path):
    f = tmp_path / "junk.eml"
    f.write_bytes(bytes(range(256)) * 50)
    out = run(f, "--authority", "torbay")
    assert out["kind"] in ("other", "auto_reply") and "next_action" in out
