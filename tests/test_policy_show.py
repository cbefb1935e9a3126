"""`stepbot policy show NAME`: the pack in plain English, rule by rule, each with its source."""
from __future__ import annotations

import io
import re
import shutil
from argparse import Namespace
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from bot import cli, protocols
from bot.policy import Source, load_all_packs
from bot.policy_show import main, show

CONFIG = Path(__file__).resolve().parents[1] / "config"
NAMES = ["richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire", "knowsley"]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sources(obj):
    if isinstance(obj, Source):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from sources(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from sources(v)
    elif isinstance(obj, BaseModel):
        for k in type(obj).model_fields:
            yield from sources(getattr(obj, k))


def run(capsys, name, config=CONFIG):
    rc = main(Namespace(name=name, config=str(config)))
    out, err = capsys.readouterr()
    return rc, norm(out), err


@pytest.fixture(scope="module")
def knowsley_text():
    buf = io.StringIO()
    show(load_all_packs(CONFIG)["knowsley"], buf)
    return norm(buf.getvalue())


@pytest.mark.parametrize("name", NAMES)
def test_every_rule_is_printed_with_its_source(capsys, name):
    rc, out, _ = run(capsys, name)
    assert rc == 0
    pack = load_all_packs(CONFIG)[name]
    for src in sources(pack):
        assert f'{norm(protocols.cite(src.file, src.quote))}: "{norm(src.quote)}"' in out, src.quote[:60]
    assert ".txt" not in out, "a protocol is cited by its name, not its file name"
    for d in pack.deadlines:
        assert f"[{d.id}]" in out
        if d.local_choice:
            assert "LOCAL CHOICE (not in the protocol): " + norm(d.local_choice) in out
    for s in pack.silent_on:
        assert norm(f"{s.topic}: {s.note}") in out
    for panel in pack.panels:
        assert f"{panel}:" in out or f"{panel} " in out
    for r in pack.reports:
        assert f"[{r.id}]" in out
    local = sum(1 for d in pack.deadlines if d.local_choice) + sum(1 for r in pack.reports if r.local_choice)
    assert out.count("LOCAL CHOICE (not in the protocol)") == local + 1  # + chase


# Every Knowsley rule of REQUIREMENTS.md, as the plain-English text a service manager reads.
KNOWSLEY_RULES = [
    ("step-up arrives at the MASH inbox", r"STEP-UP REQUESTS .*? Arrives at the MASH step-up inbox"),
    ("step-up requires the step-up form", r"step_up_form - .*?\(always\)"),
    ("step-up requires the case id", r"case_id - .*?EHM \(always\)"),
    ("step-up requires manager agreement", r"manager_agreed - .*?\(always\)"),
    ("step-up requires TAF minutes", r"taf_minutes - .*?\(always\)"),
    ("step-up requires meeting details", r"meeting_details - the date and time of the step-up TAF meeting"),
    ("neglect needs GCP2", r"gcp2 - .*?\(only when the concerns include neglect\)"),
    ("non-engagement needs Engaging Families", r"engaging_families - .*?\(only when the concerns include non engagement\)"),
    ("exploitation needs the exploitation assessment",
     r"exploitation_assessment - .*?\(only when the concerns include exploitation\)"),
    ("children named", r"children - the name of each child the step-up is for"),
    ("step-up notice 5 WD", r"At least 5 working days' notice before the step-up TAF meeting \(always\)"),
    ("step-up TAF meeting preferably Wednesday", r"step_up_taf_meeting: .*? Preferably on Wednesday"),
    ("chaired by the MASH social worker", r"Chair: MASH social worker"),
    ("invites to the MASH inbox", r"Attends for the council: MASH inbox"),
    ("invites MASH business support (minutes)", r"MASH business support .*?takes the minutes"),
    ("the case manager arranges the step-up TAF meeting", r"step_up_taf_meeting:[\s\S]*?Arranged by: the sender"),
    ("TAF members invited by the level 3 worker", r"invites the current TAF members"),
    ("step-down arrives at the Family First duty mailbox", r"STEP-DOWN REQUESTS .*? Arrives at the Early Help duty inbox"),
    ("no level stated is level 3", r"does not state a level is treated as level 3"),
    ("level 2 needs meeting details", r"meeting_details - the date, time and venue of the final CIN meeting"),
    ("worries/strengths/next", r"worries_strengths_next - .*?what are we worried about, what is working well, what needs to happen"),
    ("level 2 needs the lead practitioner", r"lead_practitioner - .*?\(only when the step-down is to level 2\)"),
    ("level 3 needs consent", r"consent - .*?\(only when the step-down is to level 3\)"),
    ("level 2 notice", r"At least 5 working days' notice before the final CIN meeting \(only when the step-down is to\s+level 2 and the sender does not say the step-down comes out of the Child and Family\s+Assessment"),
    ("level 3 notice", r"At least 5 working days' notice before the final CIN meeting or the joint home visit \(only when the step-down is to level 3\)"),
    ("level 3 'minimum of 5 days' wording quoted", r"with a minimum of 5 days’ notice"),
    ("level 3 joint home visit with a Family First case manager", r"Attends for the council: family first case manager"),
    ("step-up agreed: transferred the same day", r"\[step_up_transfer_same_day\].*? due by close of business the same working day"),
    ("not agreed: contingency plan recorded", r"\[step_up_contingency_plan\].*? met when the contingency plan is recorded"),
    ("documents within 10 WD of step-down", r"\[step_down_documents_10_wd\].*? due within 10 working days"),
    ("first TAF review within 6 weeks", r"\[first_taf_review_6_weeks_level3\].*? due within 6 weeks"),
    ("step-up log reviewed monthly", r"\[step_up_log_monthly_review\].*? review monthly"),
    ("persistent departures go to the heads of service",
     r"Persistent departures from the step-up process .*?head of service CIN CP.*?head of service early help"),
    ("step-down disagreement to heads of service", r"escalated to respective Heads of Service"),
    ("not agreed: escalation process", r"escalated to the MASH Team Manager"),
    ("reminders and escalation ladders are printed", r"Reminders: 3 working days before, 1 working day before\. Escalation if missed: at the due time: the sender's team manager; then 2 working days later"),
]


@pytest.mark.parametrize("what,pattern", KNOWSLEY_RULES, ids=[w for w, _ in KNOWSLEY_RULES])
def test_policy_show_knowsley_prints_every_requirements_md_rule(knowsley_text, what, pattern):
    assert re.search(pattern, knowsley_text), what


def test_people_holding_each_role_are_named(capsys):
    _, out, _ = run(capsys, "knowsley")
    assert "MASH team manager (Corinne Oduya)" in out
    assert "NOBODY HOLDS" not in out


def test_an_undefined_kind_says_it_goes_to_human_review(capsys):
    _, out, _ = run(capsys, "herefordshire")
    assert "STEP-UP REQUESTS" in out and "NOT DEFINED by this protocol: every step-up request goes to human review" in out


def test_unknown_pack_is_an_error_listing_the_known_ones(capsys):
    rc, out, err = run(capsys, "narnia")
    assert rc == 2 and out == ""
    assert "narnia" in err and "knowsley" in err


def test_a_broken_pack_prints_file_key_path_and_reason(tmp_path, capsys):
    cfg = tmp_path / "config"
    shutil.copytree(CONFIG, cfg)
    f = cfg / "authorities" / "torbay.yaml"
    data = yaml.safe_load(f.read_text(encoding="utf-8"))
    data["panels"]["triage"]["duration_minutes"] = "half an hour"
    f.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    rc, out, err = run(capsys, "torbay", cfg)
    assert rc == 1 and out == ""
    assert f"{f}, line " in err and ": panels.triage.duration_minutes: 'half an hour' is not a whole number" in err


def test_a_broken_people_directory_still_shows_the_pack_and_points_to_check_config(tmp_path, capsys):
    cfg = tmp_path / "config"
    shutil.copytree(CONFIG, cfg)
    dep = yaml.safe_load((cfg / "deployment.yaml").read_text(encoding="utf-8"))
    dep["authorities"]["knowsley"]["people"].pop("mash_team_manager")
    (cfg / "deployment.yaml").write_text(yaml.safe_dump(dep, allow_unicode=True), encoding="utf-8")
    rc, out, err = run(capsys, "knowsley", cfg)
    assert rc == 0 and "check-config" in err
    assert "[step_up_transfer_same_day]" in out and "(Corinne Oduya)" not in out


def test_the_stepbot_command_runs_policy_show(capsys):
    assert cli.main(["--config", str(CONFIG), "policy", "show", "torbay"]) == 0
    out = norm(capsys.readouterr().out)
    assert "under5_triage" in out and "every 2 weeks" in out and "Preferably" not in out.split("MEETING PANELS")[0]


def test_check_config_passes_on_the_shipped_config(capsys):
    assert cli.main(["check-config", str(CONFIG)]) == 0
    assert capsys.readouterr().out.strip() == "ok"


@pytest.mark.parametrize("pack,panel,words", [
    ("knowsley", "step_up_taf_meeting", "Arranged by: the sender"),
    ("knowsley", "level3_cin_meeting_or_joint_visit", "Arranged by: the sender"),
    ("tower_hamlets", "taf_meeting", "Arranged by: the sender"),
    ("richmond_wandsworth", "step_down_case_discussion", "Arranged by: the sender"),
    ("torbay", "triage", "Arranged as: a standing meeting"),
    ("torbay", "mash_threshold_discussion", "Arranged by: stepbot"),
])
def test_policy_show_says_who_arranges_each_meeting_and_who_attends_for_the_council(pack, panel, words):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "bot.cli", "policy", "show", pack], capture_output=True, text=True,
                         check=True).stdout
    section = out[out.index(f"  {panel}:"):]
    section = section[:section.index("Source", 0)] if "Source" in section else section
    assert words in " ".join(section.split()) and "Attends for the council:" in section
