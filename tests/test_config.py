"""Configuration is validated before anything starts, with the file, key path and reason."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from bot.config import ConfigError, load_settings


def _stepbot(*args):
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True)


def test_shipped_config_is_ok():
    p = _stepbot("check-config", "config/")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "ok"


def test_pack_with_wrong_type_names_file_key_and_reason(tmp_config):
    f = tmp_config / "authorities" / "knowsley.yaml"
    data = yaml.safe_load(f.read_text())
    data["kinds"]["step_up"]["notice"][0]["working_days"] = "five"
    f.write_text(yaml.safe_dump(data))
    p = _stepbot("check-config", str(tmp_config))
    assert p.returncode != 0
    assert re.search(rf"{re.escape(str(f))}, line \d+: kinds.step_up.notice, item 1.working_days: ", p.stderr)
    assert "is not a whole number" in p.stderr


def test_pack_with_unknown_key_is_refused(tmp_config):
    f = tmp_config / "authorities" / "torbay.yaml"
    data = yaml.safe_load(f.read_text())
    data["kinds"]["step_up"]["requirments"] = []
    f.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError) as e:
        load_settings(tmp_config)
    assert [(k, r) for file, k, r in e.value.problems if file.startswith(f"{f}, line ")] == [
        ("kinds.step_up.requirments", "unknown key (not part of the schema; check the spelling)")]


def test_deployment_without_a_role_the_pack_names_is_refused(tmp_config):
    f = tmp_config / "deployment.yaml"
    data = yaml.safe_load(f.read_text())
    duty_role = yaml.safe_load((tmp_config / "authorities" / "torbay.yaml").read_text())["contacts"]["office_hours"]["role"]
    del data["authorities"]["torbay"]["people"][duty_role]
    f.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError) as e:
        load_settings(tmp_config)
    assert any(k == f"authorities.torbay.people.{duty_role}" for _, k, _ in e.value.problems)


def test_secrets_are_not_accepted_inline(tmp_config):
    f = tmp_config / "deployment.yaml"
    data = yaml.safe_load(f.read_text())
    data["authorities"]["torbay"]["mailboxes"]["mash_step_up"]["backend"] = {
        "type": "imap", "host": "127.0.0.1", "username": "u", "password": "hunter2",
        "smtp": {"host": "127.0.0.1"}}
    f.write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError) as e:
        load_settings(tmp_config)
    assert any("mailboxes.mash_step_up.backend.password" in k for _, k, _ in e.value.problems)
