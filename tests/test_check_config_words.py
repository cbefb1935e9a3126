"""`stepbot check-config` speaks to the person who edits the files (issue 18): no traceback, the
file and line of each problem, plain words instead of the validator's, list positions from 1, one
error per real problem, and every named secret checked."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def config(tmp_path) -> Path:
    shutil.copytree(ROOT / "config", tmp_path / "config")
    return tmp_path / "config"


def _check(config: Path, capsys) -> tuple[int, str]:
    code = main(["check-config", str(config)])
    out = capsys.readouterr()
    return code, out.out + out.err


def _edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace ``old`` in the file; return the (1-based) line where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def test_the_shipped_config_is_ok(config, capsys):
    code, out = _check(config, capsys)
    assert code == 0 and out.startswith("ok\n")


@pytest.mark.parametrize("bad", ["2026-13-45", "2026-02-30"])
def test_a_date_that_does_not_exist_is_named_with_its_line_not_a_traceback(config, capsys, bad):
    line = _edit(config / "deployment.yaml", "closure_days: []", f"closure_days: [{bad}]")
    code, out = _check(config, capsys)
    assert code == 1 and "Traceback" not in out
    assert f"deployment.yaml, line {line}: not a real date" in out


def test_a_yaml_error_gives_file_line_and_column(config, capsys):
    pack = config / "authorities" / "torbay.yaml"
    pack.write_text("name: torbay\n  display_name: [oops\n", encoding="utf-8")
    code, out = _check(config, capsys)
    assert code == 1 and "<unicode string>" not in out
    assert re.search(r"torbay\.yaml, line 2, column \d+: not valid YAML: ", out)
    # One error for the one real problem: the deployment's use of the broken pack is not reported too.
    assert "no policy pack" not in out and out.strip().endswith("1 problem")


def test_a_misspelt_backend_type_is_said_in_plain_words(config, capsys):
    dep = config / "deployment.yaml"
    line = _edit(dep, "backend: {type: maildir, path: ../var/demo/mail/knowsley/mash_step_up}",
                 "backend: {type: imapp, path: ../var/demo/mail/knowsley/mash_step_up}")
    code, out = _check(config, capsys)
    assert code == 1
    assert (f"deployment.yaml, line {line}: authorities.knowsley.mailboxes.mash_step_up.backend: "
            "'imapp' is not one of the choices: maildir, imap, ews, graph") in out
    assert "Input tag" not in out and "discriminator" not in out


def test_list_positions_count_from_one(config, capsys):
    pack = config / "authorities" / "torbay.yaml"
    _edit(pack, 'times: ["09:30", "10:00", "10:30", "11:00"]', 'times: ["09:30", "25:00", "10:30", "11:00"]')
    code, out = _check(config, capsys)
    assert code == 1
    assert re.search(r"torbay\.yaml, line \d+: panels\.triage: .*time '25:00' is not HH:MM", out), out


def test_an_unknown_key_names_its_line(config, capsys):
    line = _edit(config / "authorities" / "torbay.yaml", "    chair_role: early_help_service_manager\n",
                 "    chair_role: early_help_service_manager\n    chiar: x\n")
    code, out = _check(config, capsys)
    assert code == 1 and f"torbay.yaml, line {line + 1}: panels.triage.chiar: unknown key" in out


def test_a_secret_naming_an_unset_environment_variable_is_a_problem(config, capsys, monkeypatch):
    monkeypatch.delenv("STEPBOT_TEST_IMAP_PASSWORD", raising=False)
    _edit(config / "deployment.yaml", "backend: {type: maildir, path: ../var/demo/mail/knowsley/mash_step_up}",
          "backend: {type: imap, host: imap.example.org, username: mash, "
          "password: {env: STEPBOT_TEST_IMAP_PASSWORD}, smtp: {host: smtp.example.org}}")
    code, out = _check(config, capsys)
    assert code == 1
    assert ("authorities.knowsley.mailboxes.mash_step_up.backend.password: names the environment variable "
            "STEPBOT_TEST_IMAP_PASSWORD, which is not set") in out
    monkeypatch.setenv("STEPBOT_TEST_IMAP_PASSWORD", "s3cret")
    code, out = _check(config, capsys)
    assert code == 0 and out.startswith("ok\n")
