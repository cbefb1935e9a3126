"""`stepbot policy show NAME`: the pack in plain English, rule by rule, each with its source."""
from __future__ import annotations

import functools
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
        assert f"{norm(d.title)} (" in out
        if d.local_choice:
            assert "LOCAL CHOICE (not in the protocol): " + norm(d.local_choice) in out
    for s in pack.silent_on:
        assert norm(f"{s.topic}: {s.note}") in out
    for panel in pack.panels.values():
        assert f"{panel.title}:" in out
    for r in pack.reports:
        assert norm(r.title) in out
    local = sum(1 for d in pack.deadlines if d.local_choice) + sum(1 for r in pack.reports if r.local_choice)
    assert out.count("LOCAL CHOICE (not in the protocol)") == local + 1  # + chase


# Every Knowsley rule of REQUIREMENTS.md, as the plain-English text a service manager reads.
KNOWSLEY_RULES = [
    ("step-up arrives at the MASH inbox", r"STEP-UP REQUESTS .*? Arrives at the MASH step-up inbox"),
    ("step-up requires the step-up form", r"Step-up form - .*?\(always\)"),
    ("step-up requires the case id", r"Case number - .*?EHM \(always\)"),
    ("step-up requires manager agreement", r"Your manager's agreement - .*?\(always\)"),
    ("step-up requires TAF minutes", r"TAF meeting minutes - .*?\(always\)"),
    ("step-up requires meeting details", r"The meeting's date, time and place - the date and time of the step-up TAF meeting"),
    ("neglect needs GCP2", r"Graded Care Profile 2 \(GCP2\) - .*?\(only when the concerns include neglect\)"),
    ("non-engagement needs Engaging Families", r"Engaging Families form - .*?\(only when the concerns include family not engaging\)"),
    ("exploitation needs the exploitation assessment",
     r"Exploitation assessment - .*?\(only when the concerns include exploitation\)"),
    ("children named", r"Each child's name and date of birth - the name of each child the step-up is for"),
    ("step-up notice 5 WD", r"At least 5 working days' notice before the step-up TAF meeting \(always\)"),
    ("step-up TAF meeting preferably Wednesday", r"Step-up TAF meeting: .*? Preferred day: Wednesday, where possible"),
    ("chaired by the MASH social worker", r"Chair: MASH social worker"),
    ("invites to the MASH inbox", r"Attends for the council: MASH inbox"),
    ("invites MASH business support (minutes)", r"MASH business support .*?takes the minutes"),
    ("the case manager arranges the step-up TAF meeting", r"Step-up TAF meeting:[\s\S]*?Arranged by: the sender"),
    ("TAF members invited by the level 3 worker", r"invites the current TAF members"),
    ("step-down arrives at the Family First duty mailbox", r"STEP-DOWN REQUESTS .*? Arrives at the Early Help duty inbox"),
    ("no level stated is level 3", r"does not state a level is treated as level 3"),
    ("level 2 needs meeting details", r"The meeting's date, time and place - the date, time and venue of the final CIN meeting"),
    ("worries/strengths/next", r"Worries, strengths and next steps - .*?what are we worried about, what is working well, what needs to happen"),
    ("level 2 needs the lead practitioner", r"Lead practitioner - .*?\(only when the step-down is to level 2\)"),
    ("level 3 needs consent", r"The family's consent - .*?\(only when the step-down is to level 3\)"),
    ("level 2 notice", r"At least 5 working days' notice before the final CIN meeting \(only when the step-down is to\s+level 2 and the sender does not say the step-down comes out of the Child and Family\s+Assessment"),
    ("level 3 notice", r"At least 5 working days' notice before the final CIN meeting or the joint home visit \(only when the step-down is to level 3\)"),
    ("level 3 'minimum of 5 days' wording quoted", r"with a minimum of 5 days’ notice"),
    ("level 3 joint home visit with a Family First case manager", r"Attends for the council: Family First case manager"),
    ("step-up agreed: transferred the same day", r"Transfer the case from EHM to ICS on the day the step-up is agreed .*? due by close of business the same working day"),
    ("not agreed: contingency plan recorded", r"Record the rationale for not stepping up and a contingency plan on ICS .*? met when the contingency plan is recorded"),
    ("documents within 10 WD of step-down", r"closing summary to reach the new Lead Practitioner .*? due within 10 working days"),
    ("first TAF review within 6 weeks", r"First TAF review meeting \(level 3\), 6 weeks after step-down unless earlier is agreed .*? due within 6 weeks"),
    ("step-up log reviewed monthly", r"Complete and review the step-up request log for the month .*? review monthly"),
    ("persistent departures go to the heads of service",
     r"Persistent departures from the step-up process .*?Head of Service \(CIN and CP\).*?Head of Service \(Early Help\)"),
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
    assert "Transfer the case from EHM to ICS on the day the step-up is agreed" in out and "(Corinne Oduya)" not in out


def test_the_stepbot_command_runs_policy_show(capsys):
    assert cli.main(["--config", str(CONFIG), "policy", "show", "torbay"]) == 0
    out = norm(capsys.readouterr().out)
    assert "Under-5s triage meeting:" in out and "every 2 weeks" in out and "Preferred day" not in out


def test_check_config_passes_on_the_shipped_config(capsys):
    assert cli.main(["check-config", str(CONFIG)]) == 0
    assert capsys.readouterr().out.strip() == "ok"


# Who arranges each panel, in the words `policy show` prints after "Arranged by: ".
ARRANGERS = {
    ("knowsley", "step_up_taf_meeting"): "the sender.",
    ("knowsley", "final_cin_meeting"): "the sender.",
    ("knowsley", "level3_cin_meeting_or_joint_visit"): "the sender.",
    ("tower_hamlets", "taf_meeting"): "the sender.",
    ("tower_hamlets", "mast_discussion"): "MAST business support (MAST business support), through stepbot,",
    ("richmond_wandsworth", "step_up_case_discussion"): "MASH business support (MASH business support), through stepbot,",
    ("richmond_wandsworth", "step_down_case_discussion"): "the sender.",
    ("torbay", "triage"): "Early Help business support (Early Help business support), as a standing meeting.",
    ("torbay", "under5_triage"): "Early Help business support (Early Help business support), as a standing meeting.",
    ("torbay", "mash_threshold_discussion"): "MASH business support (MASH business support), through stepbot,",
    ("herefordshire", "step_down_drop_in"): "Early Help coordinator (Verity Lang, Xavier Moss), through stepbot,",
}


def panel_section(out: str, panel) -> str:
    """One panel's lines of `policy show`, joined, up to its source."""
    start = out.index(f"\n  {panel.title}:")
    section = out[start:out.index("Source:", start)]
    return " ".join(section.split())


@pytest.mark.parametrize("name", NAMES)
def test_policy_show_reads_as_words_and_says_who_arranges_and_attends_each_panel(name):
    """The stepbot command itself, for each authority: no id, file name or ISO timestamp anywhere;
    every panel by its title, with who arranges it and who attends, each role in words with the
    people who hold it."""
    import subprocess
    import sys

    from bot.config import load_settings
    from bot.policy import REQUEST_ROLES
    from bot.words import say
    from tests.support.plain import problems

    out = subprocess.run([sys.executable, "-m", "bot.cli", "--config", str(CONFIG), "policy", "show", name],
                         capture_output=True, text=True, check=True).stdout
    assert problems(out) == []
    pack = load_all_packs(CONFIG)[name]
    settings = load_settings(CONFIG)
    flat = norm(out)
    for role in pack.roles():  # never "head of service cin cp (Name)": the role's words, then its people
        if "_" in role:
            if role.replace("_", " ") != say(role):
                assert re.search(rf"\b{re.escape(role.replace('_', ' '))} \(", flat) is None, role
            assert f"{say(role)} (" in flat, role
    for kind in pack.kinds.values():
        for r in kind.requirements:
            assert not re.search(rf"\d\. {re.escape(r.id)}\b", flat), r.id

    def held(role):
        if role in REQUEST_ROLES:
            return f"the {say(role)}"
        people = ", ".join(p.name for p in settings.people(name, role))
        return f"{say(role)} ({people})"

    assert {p for (pk, p) in ARRANGERS if pk == name} == set(pack.panels)
    for key, panel in pack.panels.items():
        assert "_" not in key or key not in flat, key
        section = panel_section(out, panel)
        assert "Arranged by: " + ARRANGERS[(name, key)] in section, key
        council = [a for a in panel.attendees if a.for_council]
        line = section[section.index("Attends for the council: "):]
        if council:
            for a in council:
                assert held(a.role) in line.split("Also attends:")[0], (key, a.role)
        else:
            assert line.startswith("Attends for the council: nobody.")
        for a in panel.attendees:
            if not a.for_council:
                assert f"Also attends: {held(a.role)}" in section, (key, a.role)


@functools.cache
def shown(name: str) -> str:
    buf = io.StringIO()
    show(load_all_packs(CONFIG)[name], buf)
    return norm(buf.getvalue())


def rule_text(out: str, start: str) -> str:
    """One rule of `policy show` (a deadline or a panel), from its first words up to its source."""
    at = out.index(start)
    return out[at:out.index("Source:", at)]


# Pack options that change how a rule runs, each printed beside the rule it belongs to:
# (authority, the rule's first words, what is printed with it).
OPTIONS = [
    ("herefordshire", "Review of the family's progress at the next multi-agency meeting (MAG) (",
     'Runs 4 times ("review 1 of 4" to "review 4 of 4" on the request page): each time one is met, the next '
     "review starts, due within 4 weeks."),
    ("knowsley", "First TAF review meeting (level 2), 6 weeks after step-down unless earlier is agreed (",
     "An earlier date can be agreed and recorded on the request page, with who agreed it and why: the due date "
     "moves forward to it (never back)."),
    ("knowsley", "First TAF review meeting (level 3), 6 weeks after step-down unless earlier is agreed (",
     "An earlier date can be agreed and recorded on the request page"),
    ("richmond_wandsworth", "Step-down review meeting, chaired by the Early Help manager, within 4 weeks",
     "An earlier date can be agreed and recorded on the request page"),
    ("richmond_wandsworth", "Step-down case discussion:",
     "Attends for the council: Early Help manager; the lead practitioner (optional) - the identified Early Help "
     "worker, if there is one (only when the request names them)."),
    ("tower_hamlets", "Team Around the Family meeting:",
     "Attends for the council: the lead practitioner - the new Lead Practitioner (only when the sender does not "
     "say no lead practitioner has been identified"),
    ("knowsley", "Step-up TAF meeting:",
     'Preferred day: Wednesday, where possible ("please arrange any step up TAF meeting where possible on a '
     'Wednesday"): a meeting the sender arranges on another day is kept, and the acknowledgement tells the '
     "sender of the preference."),
]


@pytest.mark.parametrize("name,rule,printed", OPTIONS, ids=[f"{n}: {r[:30]}" for n, r, _ in OPTIONS])
def test_each_pack_option_is_printed_beside_its_rule(name, rule, printed):
    assert printed in rule_text(shown(name), rule)


@pytest.mark.parametrize("name", NAMES)
def test_the_options_are_printed_only_for_the_rules_that_have_them(name):
    pack, out = load_all_packs(CONFIG)[name], shown(name)
    attendees = [a for panel in pack.panels.values() for a in panel.attendees]
    assert out.count(" times (\"") == sum(1 for r in pack.deadlines if r.repeats)
    assert out.count("An earlier date can be agreed") == sum(1 for r in pack.deadlines if r.earlier_if_agreed)
    assert out.count("(only when the request names them)") == sum(1 for a in attendees if a.if_named)
    assert out.count("Preferred day: ") == sum(1 for p in pack.panels.values() if p.preferred_weekdays)
