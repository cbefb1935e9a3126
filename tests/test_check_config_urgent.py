"""`stepbot check-config` refuses a production deployment whose urgent contacts are missing or use
Ofcom's fictional drama-range numbers, naming the file and the key path; the demo passes."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot import phones
from bot.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "deployment.production.example.yaml"
AUTHORITIES_WITHOUT_NUMBERS = ("knowsley", "richmond_wandsworth", "torbay", "herefordshire")


def stepbot(*args, env=None):
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env=None if env is None else {**os.environ, **env})


def test_the_demo_config_marks_itself_a_demo_and_passes():
    assert yaml.safe_load((ROOT / "config" / "deployment.yaml").read_text())["environment"] == "demo"
    p = stepbot("check-config", "config/")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "ok" and "demo deployment" in p.stderr


def test_the_shipped_production_example_fails_on_each_drama_range_number_with_its_key_path():
    p = stepbot("check-config", f"config/{EXAMPLE}")
    assert p.returncode == 1
    problems = [line for line in p.stderr.splitlines() if ": authorities." in line]
    keys = {line.split(": ")[1] for line in problems}
    assert keys == {f"authorities.{a}.urgent_contacts.{period}.phones, item 1"
                    for a in AUTHORITIES_WITHOUT_NUMBERS for period in ("office_hours", "out_of_hours")}
    assert all(line.startswith(f"config/{EXAMPLE}: ") for line in problems)
    assert "0151 496 0417 is a fictional number from Ofcom's drama range (Liverpool" in p.stderr
    assert "8 problems" in p.stderr


@pytest.fixture
def production(tmp_path) -> Path:
    """A copy of config/ with the production example, its drama-range numbers replaced by others."""
    cfg = tmp_path / "production" / "config"
    shutil.copytree(ROOT / "config", cfg)
    f = cfg / EXAMPLE
    text = f.read_text()
    for drama, other in {"0151 496 0": "0151 443 2", "020 7946 0": "020 8871 6", "01632 960": "01803 208"}.items():
        text = text.replace(f'"{drama}', f'"{other}')
    f.write_text(text)
    return f


def test_the_production_example_passes_once_real_numbers_are_in(production):
    # ... and once every secret it names is there (check-config reads each one).
    secrets = {name: "set" for name in re.findall(r"env: (STEPBOT_[A-Z_]+)", production.read_text())}
    assert secrets
    p = stepbot("check-config", str(production), env=secrets)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "ok" and p.stderr == ""


def test_a_missing_urgent_number_is_refused_in_production_and_in_the_demo(production, tmp_config):
    for f in (production, tmp_config / "deployment.yaml"):
        dep = yaml.safe_load(f.read_text())
        del dep["authorities"]["torbay"]["urgent_contacts"]["out_of_hours"]
        f.write_text(yaml.safe_dump(dep))
        with pytest.raises(ConfigError) as e:
            load_settings(f)
        [(file, key, reason)] = e.value.problems
        assert (file, key) == (str(f), "authorities.torbay.urgent_contacts.out_of_hours.phones")
        assert "gives no number for the Emergency Duty Team (out of hours)" in reason


def test_a_drama_range_number_in_a_pack_is_refused_in_production_naming_the_pack(production):
    pack = production.parent / "authorities" / "tower_hamlets.yaml"
    pack.write_text(pack.read_text().replace('phones: ["0207 364 4079"]', 'phones: ["020 7946 0079"]'))
    with pytest.raises(ConfigError) as e:
        load_settings(production)
    [(file, key, reason)] = e.value.problems
    assert (file, key) == (str(pack), "contacts.out_of_hours.phones, item 1")
    assert "London, 020 7946 0000 to 020 7946 0999" in reason


def test_environment_defaults_to_production(production):
    dep = yaml.safe_load(production.read_text())
    del dep["environment"]
    dep["authorities"]["knowsley"]["urgent_contacts"]["office_hours"]["phones"] = ["0151 496 0417"]
    production.write_text(yaml.safe_dump(dep))
    with pytest.raises(ConfigError) as e:
        load_settings(production)
    assert [k for _, k, _ in e.value.problems] == ["authorities.knowsley.urgent_contacts.office_hours.phones, item 1"]


@pytest.mark.parametrize("number", ["0207 364", "call the MASH", "+1 415 555 0100", "0207 364 5606 ext 2"])
def test_a_number_that_is_not_a_uk_phone_number_is_refused(tmp_config, number):
    f = tmp_config / "deployment.yaml"
    dep = yaml.safe_load(f.read_text())
    dep["authorities"]["torbay"]["urgent_contacts"]["office_hours"]["phones"] = [number]
    f.write_text(yaml.safe_dump(dep))
    with pytest.raises(ConfigError) as e:
        load_settings(tmp_config)
    [(_, key, reason)] = e.value.problems
    assert key == "authorities.torbay.urgent_contacts.office_hours"
    assert "phones.0" in reason and "not a UK telephone number" in reason


# Each Ofcom drama range: its first and last number are in it; the numbers either side are not.
@pytest.mark.parametrize("where,first,last", phones.DRAMA_RANGES)
def test_drama_ranges_are_inclusive_and_exact(where, first, last):
    assert phones.drama_range(first) and phones.drama_range(last)
    assert where in phones.drama_range(first)
    below, above = str(int(first) - 1).zfill(len(first)), str(int(last) + 1).zfill(len(last))
    assert phones.drama_range(below) is None and phones.drama_range(above) is None


@pytest.mark.parametrize("written,drama", [
    ("01632 960000", True), ("01632 961000", False), ("020 7946 0999", True), ("020 7946 1000", False),
    ("+44 20 7946 0123", True), ("+44 (0)20 7946 0123", True), ("0113-496-0500", True),
    ("07700 900123", True), ("07700 901000", False), ("0909 879 0000", True), ("03069 990999", True),
    ("028 9649 6500", True), ("029 2018 0500", True), ("0191 498 0123", True), ("0207 364 4079", False),
    ("999", False),
])
def test_drama_range_reads_numbers_as_people_write_them(written, drama):
    assert phones.problem(written) is None
    assert (phones.drama_range(written) is not None) is drama


def test_the_task_list_of_ranges_is_all_there():
    """The ranges the issue lists (Ofcom's, as we keep them), one per line."""
    listed = ["01632 960000", "020 7946 0000", "0113 496 0000", "0114 496 0000", "0115 496 0000", "0116 496 0000",
              "0117 496 0000", "0118 496 0000", "0121 496 0000", "0131 496 0000", "0141 496 0000",
              "0151 496 0000", "0161 496 0000", "028 9649 6000", "029 2018 0000", "07700 900000",
              "08081 570000", "0909 8790000", "03069 990000"]
    for start in listed:
        end = phones.digits(start)[:-3] + "999"
        assert phones.drama_range(start) and phones.drama_range(end), start
