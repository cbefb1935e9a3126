"""Subject access (issue 20): everything held about a named child, across requests and authorities,
and nothing about a child who is not named."""
from __future__ import annotations

import json
import types
from datetime import date

from bot import sar
from tests.support.web_kit import seed_request

PDF = ("plan.pdf", "application/pdf", b"%PDF-1.4 plan for Paula", True, None)


def test_sar_exports_a_child_across_two_requests_and_nothing_about_another(tmp_app, tmp_config, tmp_path, capsys):
    first = seed_request(tmp_app, attachments=[PDF], children=(("Paula White", date(2012, 2, 3)),))
    second = seed_request(tmp_app, authority="torbay", kind="step_down", mailbox="early_help_duty",
                          children=(("paula  white", date(2012, 2, 3)), ("Tom White", date(2016, 5, 1))))
    other = seed_request(tmp_app, children=(("Paula White", date(2019, 9, 9)),))   # same name, another child
    unrelated = seed_request(tmp_app, children=(("Amy Ash", date(2014, 1, 1)),))
    out = tmp_path / "sar"
    args = types.SimpleNamespace(config=str(tmp_config), child="Paula White", dob="2012-02-03", authority=None, out=str(out))
    assert sar.command(args) == 0
    assert "2 requests name this child" in capsys.readouterr().out
    folders = {p.name for p in out.iterdir() if p.is_dir()}
    assert folders == {first, second}
    assert other not in folders and unrelated not in folders
    record = json.loads((out / first / "record.json").read_text())
    assert record["children"][0]["name"] == "Paula White" and "history" in record and "deadlines" in record
    assert list((out / first / "emails").glob("*.eml")) and list((out / first / "attachments").glob("*plan.pdf"))
    index = (out / "index.txt").read_text()
    assert "Subject access export for Paula White (born 3 February 2012)" in index
    assert first in index and second in index and "must be redacted" in index
    assert "T" not in index.split("received ")[1][:11]   # dates as people read them, not ISO


def test_sar_refuses_a_date_of_birth_it_cannot_read(tmp_config, tmp_path, capsys):
    args = types.SimpleNamespace(config=str(tmp_config), child="Paula White", dob="3rd Feb", authority=None,
                                 out=str(tmp_path / "x"))
    assert sar.command(args) == 2 and "is not a date such as 2012-02-03" in capsys.readouterr().out
