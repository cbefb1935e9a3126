"""The five policy packs: they load, every quote is really in its seed, every role is held, and a
broken pack is refused with the file, the key path and the reason."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from bot import protocols
from bot.config import ConfigError, load_settings
from bot.policy import (
    DOCUMENT_IDS, FACT_IDS, REQUEST_ROLES, Source, load_all_packs, load_pack, packs_dir,
)

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config"
NAMES = ["richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire", "knowsley"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _sources(obj, path="pack"):
    """Every Source in a loaded pack, with where it sits."""
    if isinstance(obj, Source):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _sources(v, f"{path}.{k}")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from _sources(v, f"{path}.{i}")
    elif isinstance(obj, BaseModel):
        for k in type(obj).model_fields:
            yield from _sources(getattr(obj, k), f"{path}.{k}")


@pytest.fixture(scope="module")
def packs():
    return load_all_packs(CONFIG)


def test_all_five_packs_load(packs):
    assert sorted(packs) == sorted(NAMES)
    for name in NAMES:
        assert (packs_dir(CONFIG) / f"{name}.yaml").exists()


def test_deployment_and_packs_pass_load_settings():
    settings = load_settings(CONFIG)
    assert sorted(settings.packs) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_quote_occurs_verbatim_in_its_protocol(packs, name):
    texts = {p.name: _norm(protocols.body(p.name)) for p in protocols.PROTOCOLS_DIR.glob("*.txt")}
    found = list(_sources(packs[name]))
    assert len(found) >= 10, "a pack cites its protocol rule by rule"
    for where, src in found:
        assert src.file in texts, f"{where}: no protocol {src.file} in docs/protocols"
        assert src.file == packs[name].protocol, f"{where}: cites another authority's protocol"
        assert _norm(src.quote) in texts[src.file], f"{where}: quote not in {src.file}: {src.quote[:60]!r}"


@pytest.mark.parametrize("name", NAMES)
def test_every_rule_is_cited_by_protocol_name_not_file_name(packs, name):
    title = protocols.title(packs[name].protocol)
    assert title.split()[0] in {"Knowsley", "Richmond", "Tower", "Torbay", "Herefordshire"}
    for where, src in _sources(packs[name]):
        words = protocols.cite(src.file, src.quote)
        assert words.startswith(title), where
        assert ".txt" not in words and "_" not in words, f"{where}: {words}"


def test_a_protocol_file_has_a_header_saying_who_published_it():
    files = sorted(protocols.PROTOCOLS_DIR.glob("*.txt"))
    assert len(files) == 5
    for f in files:
        head = f.read_text(encoding="utf-8").splitlines()[:4]
        assert head[0].startswith("# ") and head[1].startswith("# Published by: "), f.name
        assert head[2].startswith("# What it is: "), f.name


def test_a_citation_names_the_section_heading_when_the_quote_sits_under_one():
    words = protocols.cite("richmond_wandsworth.txt", "invite the Social Worker and the Team Manager")
    assert words.startswith("Richmond & Wandsworth step-up/step-down protocol")
    assert protocols.cite("no_such.txt", "anything") == "the council's protocol"


@pytest.mark.parametrize("name", NAMES)
def test_every_role_a_pack_names_is_held_in_the_people_directory(packs, name):
    settings = load_settings(CONFIG)
    auths = [a for a, cfg in settings.deployment.authorities.items() if cfg.pack == name]
    assert auths
    for role in packs[name].roles():
        assert settings.people(auths[0], role), f"{name}: nobody holds {role}"
    assert not (packs[name].roles() & REQUEST_ROLES)


# The requirement matrix of REQUIREMENTS.md: (pack, kind, conditions) -> the ids that apply.
MATRIX = [
    ("richmond_wandsworth", "step_up", {}, {"children", "case_summary", "rationale"}),
    ("richmond_wandsworth", "step_down", {}, {"children", "case_summary", "draft_plan", "consent"}),
    ("tower_hamlets", "step_down", {}, {"children", "assessment", "draft_plan", "consent", "lead_practitioner"}),
    ("tower_hamlets", "step_up", {}, {"children", "request_for_support", "manager_agreed"}),
    ("torbay", "step_down", {}, {"children", "assessment", "manager_agreed", "consent"}),
    ("torbay", "step_up", {}, {"children", "consent", "manager_agreed"}),
    ("herefordshire", "step_down", {}, {"children", "consent_form", "draft_plan", "lead_practitioner"}),
    ("knowsley", "step_up", {},
     {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}),
    ("knowsley", "step_up", {"concerns": ["neglect"]},
     {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2"}),
    ("knowsley", "step_up", {"concerns": ["non_engagement", "exploitation"]},
     {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
      "engaging_families", "exploitation_assessment"}),
    ("knowsley", "step_up", {"concerns": ["domestic_abuse"]},
     {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}),
    ("knowsley", "step_down", {"level": 2},
     {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"}),
    ("knowsley", "step_down", {"level": 3},
     {"children", "meeting_details", "worries_strengths_next", "consent"}),
    # no level stated: Knowsley treats it as level 3
    ("knowsley", "step_down", {}, {"children", "meeting_details", "worries_strengths_next", "consent"}),
]


@pytest.mark.parametrize("name,kind,facts,expected", MATRIX)
def test_requirement_matrix(packs, name, kind, facts, expected):
    kp = packs[name].kind(kind)
    got = {r.id for r in kp.applicable(concerns=facts.get("concerns", ()), level=facts.get("level"))}
    assert got == expected
    assert got <= set(DOCUMENT_IDS) | set(FACT_IDS)


def test_herefordshire_step_up_is_undefined_with_a_reason(packs):
    assert packs["herefordshire"].kind("step_up") is None
    assert "step-down" in packs["herefordshire"].kinds["step_up"].reason


@pytest.mark.parametrize("name", NAMES)
def test_notice_only_where_the_matrix_says_at_least_before(packs, name):
    for kind, kp in packs[name].kinds.items():
        if name == "knowsley" and kp.defined:
            assert kp.notice and all(n.working_days == 5 for n in kp.notice)
        else:
            assert kp.notice == [], f"{name}.{kind} has no 'at least ... before' rule"


def test_knowsley_default_level_and_notice_wordings(packs):
    sd = packs["knowsley"].kind("step_down")
    assert sd.default_level == 3
    assert sd.notice_for(level=2).before == "the final CIN meeting"
    level3 = sd.notice_for(level=None)
    assert "joint home visit" in level3.before
    wordings = [level3.source.quote, *[s.quote for s in level3.see_also]]
    assert any("minimum of 5 days’ notice" in w for w in wordings)
    assert any("joint home visit" in w for w in wordings)
    su = packs["knowsley"].kind("step_up").notice_for()
    assert "at least 5 working days’ notice" in su.source.quote


@pytest.mark.parametrize("name,mailboxes", [
    ("richmond_wandsworth", {"step_up": "mash_step_up", "step_down": "early_help_duty"}),
    ("tower_hamlets", {"step_up": "mash_step_up", "step_down": "early_help_duty"}),
    ("torbay", {"step_up": "mash_step_up", "step_down": "early_help_duty"}),
    ("herefordshire", {"step_down": "early_help_duty"}),
    ("knowsley", {"step_up": "mash_step_up", "step_down": "early_help_duty"}),
])
def test_kinds_and_mailboxes(packs, name, mailboxes):
    defined = {k: kp.mailbox for k, kp in packs[name].kinds.items() if kp.defined}
    assert defined == mailboxes


def test_tower_hamlets_contacts_are_the_protocols_own_numbers(packs):
    c = packs["tower_hamlets"].contacts
    assert c.office_hours.phones == ["0207 364 5606", "0207 364 5601"]
    assert c.out_of_hours.phones == ["0207 364 4079"]
    assert c.emergency == "999" and "999" in c.emergency_source.quote
    for contact in (c.office_hours, c.out_of_hours):
        assert all(p[-4:] in contact.source.quote for p in contact.phones)


@pytest.mark.parametrize("name", ["knowsley", "richmond_wandsworth", "torbay", "herefordshire"])
def test_packs_whose_seed_gives_no_number_invent_none(packs, name):
    """The seed gives no number: the pack leaves it to the deployment and says so."""
    c = packs[name].contacts
    assert c.office_hours.phones == [] and c.out_of_hours.phones == []
    topics = {s.topic: s.note for s in packs[name].silent_on}
    assert f"authorities.{name}.urgent_contacts.office_hours.phones" in topics["MASH telephone number"]
    assert f"authorities.{name}.urgent_contacts.out_of_hours.phones" in topics["out-of-hours service and telephone number"]


@pytest.mark.parametrize("name", NAMES)
def test_every_pack_names_an_office_hours_and_an_out_of_hours_contact(packs, name):
    c = packs[name].contacts
    assert c.office_hours.role != c.out_of_hours.role
    assert {c.office_hours.role, c.out_of_hours.role} <= packs[name].roles()


@pytest.mark.parametrize("name", NAMES)
def test_local_choices_are_declared_and_chase_is_local(packs, name):
    pack = packs[name]
    assert pack.chase is not None and pack.chase.local_choice
    assert any("chas" in s.topic for s in pack.silent_on)
    topics = " ".join(s.topic for s in pack.silent_on)
    assert "times" in topics, "panel times/lengths the seed does not give are flagged as local choices"


@pytest.mark.parametrize("name", NAMES)
def test_every_defined_kind_has_an_invitation_deadline(packs, name):
    pack = packs[name]
    for kind, kp in pack.kinds.items():
        if kp.defined:
            rules = [d for d in pack.deadlines if kind in d.kinds and d.met_by == "invitation_sent"]
            # R&W's step-down case discussion time, agreed "within 5 days of this contact", is met by
            # the same event (the time recorded) beside the 1 working day rule
            assert any(d.working_days == 1 for d in rules), f"{name}.{kind}"
            assert all(d.working_days == 1 or d.calendar_days for d in rules), f"{name}.{kind}"


# -- broken packs are refused with file, key path and reason -----------------------------------

def _copy_config(tmp_path: Path) -> Path:
    dst = tmp_path / "config"
    shutil.copytree(CONFIG, dst)
    return dst


def _edit(path: Path, fn):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fn(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize("mutate,key_path,reason", [
    (lambda d: d["kinds"]["step_up"]["notice"][0].__setitem__("working_days", "five"),
     "kinds.step_up.notice, item 1.working_days", "is not a whole number"),
    (lambda d: d["kinds"]["step_up"]["requirements"][0].__setitem__("colour", "red"),
     "kinds.step_up.requirements, item 1.colour", "unknown key"),
    (lambda d: d["kinds"]["step_up"]["requirements"][0].__setitem__("id", "gcp3"),
     "kinds.step_up.requirements, item 1.id", "'gcp3' is not one of the choices"),
    (lambda d: d["panels"]["step_up_taf_meeting"].__setitem__("times", ["25:00"]),
     "panels.step_up_taf_meeting", "HH:MM"),
    (lambda d: d["deadlines"][0].__setitem__("weeks", 2),
     "deadlines, item 1", "exactly one of"),
    (lambda d: d["deadlines"][0]["source"].__setitem__("file", "knowsley.pdf"),
     "deadlines, item 1.source.file", "pattern"),
    (lambda d: d["deadlines"][0]["source"].__setitem__("file", "wigan.txt"),
     "deadlines, item 1.source.file", "no protocol wigan.txt"),
])
def test_a_broken_pack_fails_with_file_key_path_and_reason(tmp_path, mutate, key_path, reason):
    cfg = _copy_config(tmp_path)
    target = cfg / "authorities" / "knowsley.yaml"
    _edit(target, mutate)
    with pytest.raises(ConfigError) as e:
        load_pack(target)
    assert any(f.startswith(f"{target}, line ") and k == key_path and reason in r for f, k, r in e.value.problems), \
        e.value.problems
    with pytest.raises(ConfigError):
        load_settings(cfg)


def test_a_role_nobody_holds_is_reported_with_its_key_path(tmp_path):
    cfg = _copy_config(tmp_path)
    _edit(cfg / "deployment.yaml",
          lambda d: d["authorities"]["knowsley"]["people"].pop("mash_team_manager"))
    with pytest.raises(ConfigError) as e:
        load_settings(cfg)
    assert (str(cfg / "deployment.yaml"), "authorities.knowsley.people.mash_team_manager") in {
        (f, k) for f, k, _ in e.value.problems}


def test_a_deadline_for_an_undefined_kind_is_refused(tmp_path):
    cfg = _copy_config(tmp_path)
    target = cfg / "authorities" / "herefordshire.yaml"
    _edit(target, lambda d: d["deadlines"][0].__setitem__("kinds", ["step_up"]))
    with pytest.raises(ConfigError) as e:
        load_pack(target)
    assert "does not define" in str(e.value)
