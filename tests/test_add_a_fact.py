"""Adding a fact the parser reads touches at most five files (docs/ARCHITECTURE.md, "How to add a
fact the parser reads"), shown by doing it (issue 15): a copy of the code gets a new fact,
``interpreter`` (the language a family needs an interpreter for), with exactly the edits the
document lists, and then

- ``stepbot parse`` prints it in its place in the contract, with the text it came from;
- the policy checks can require it (``checks.fact_met``) with no change to them;
- the stored request keeps it and the checks run again on the request (``workflow.facts_of``) see it;
- nothing else changed: the edits touch four files, one of them new.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EXTRACTOR = '''"""The language a family needs an interpreter for ("interpreter: Sylheti", "needs a Tigrinya interpreter")."""
from __future__ import annotations

import re

_SAID = re.compile(r"(?im)\\binterpreter\\s*(?:needed|required)?\\s*[:\\-]\\s*(?P<a>[A-Z][a-z]+)|"
                   r"\\b(?:needs?|requires?)\\s+an?\\s+(?P<b>[A-Z][a-z]+)\\s+interpreter\\b")


def find_interpreter(text: str) -> tuple[str | None, str | None]:
    m = _SAID.search(text or "")
    return (m.group("a") or m.group("b"), m.group(0)) if m else (None, None)
'''

MAIL = (b"From: Jo Practitioner <jo.practitioner@school.example.org>\r\n"
        b"To: mash@knowsley.example.gov.uk\r\nSubject: Step up request\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n"
        b"Message-ID: <add-a-fact-1@school.example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Please step up Amira Begum (DOB 03/04/2015). Mum needs a Sylheti interpreter for any meeting.\r\n")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) == 1, f"{path.name}: the documented anchor {old!r} moved; update ARCHITECTURE.md"
    path.write_text(text.replace(old, new))


def test_a_new_fact_takes_four_files_and_reaches_the_contract_the_checks_and_the_request(tmp_path):
    copy = tmp_path / "stepbot"
    for part in ("bot", "handlers", "templates", "config", "docs"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run(["git", "add", "-A"], cwd=copy, check=True)
    subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "base"],
                   cwd=copy, check=True)

    # 1. the extractor
    (copy / "bot/parser/extract/interpreter.py").write_text(EXTRACTOR)
    # 2. the contract: a field (its place in the class is its place in the JSON)
    edit(copy / "bot/parser/contract.py", "    lead_practitioner: dict | None = None",
         "    interpreter: str | None = None\n    lead_practitioner: dict | None = None")
    # 3. the pipeline: import it, call it in read_details, keep value and evidence in facts.extra / .evidence
    pipeline = copy / "bot/parser/pipeline.py"
    edit(pipeline, "from bot.parser.extract.ids import find_case_ids\n",
         "from bot.parser.extract.ids import find_case_ids\nfrom bot.parser.extract.interpreter import find_interpreter\n")
    edit(pipeline, "    facts.wsn, facts.documents = wsn, documents\n",
         "    facts.wsn, facts.documents = wsn, documents\n"
         "    facts.extra[\"interpreter\"], facts.evidence[\"_interpreter\"] = find_interpreter(facts_all)\n")
    # 4. the vocabulary: its id, so a pack may require it
    edit(copy / "bot/vocabulary.py", '"worries_strengths_next",\n]', '"worries_strengths_next", "interpreter",\n]')

    changed = subprocess.run(["git", "status", "--porcelain"], cwd=copy, capture_output=True, text=True,
                             check=True).stdout.split("\n")
    assert len([c for c in changed if c.strip()]) == 4

    mail = tmp_path / "request.eml"
    mail.write_bytes(MAIL)
    out = subprocess.run([sys.executable, "-m", "bot.cli", "--config", str(copy / "config"), "parse", str(mail),
                          "--authority", "knowsley", "--mailbox", "mash_step_up", "--now", "2026-11-23T09:15:00+00:00"],
                         cwd=copy, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    contract = json.loads(out.stdout)
    keys = list(contract)
    assert contract["interpreter"] == "Sylheti"
    assert keys.index("interpreter") == keys.index("lead_practitioner") - 1
    assert "Sylheti interpreter" in contract["evidence"]["interpreter"]

    check = subprocess.run([sys.executable, "-c", '''
from types import SimpleNamespace
from bot.parser import checks
from bot import workflow
base = dict(children=[], case_ids=[], consent=None, manager_agreed=None, lead_practitioner=None,
            proposed_meeting=None, worries_strengths_next=False)
assert checks.fact_met("interpreter", **base, interpreter="Sylheti") is True
assert checks.fact_met("interpreter", **base, interpreter=None) is False
req = SimpleNamespace(parsed={"missing": [], "interpreter": "Sylheti"}, received_items=[], attachments=[],
                      kind="step_up", urgent=False, level=None, concerns=[], children=[], case_ids=[],
                      consent=None, manager_agreed=None, lead_practitioner=None, proposed_meeting=None)
assert workflow.facts_of(req)["interpreter"] == "Sylheti"
print("ok")
'''], cwd=copy, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and check.stdout.strip() == "ok", check.stderr
