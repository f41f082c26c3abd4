"""`qingyuan checklists`: templates listed, imported as a signed-in user, exported, runs listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.checklist_runs import record_answer, start_run
from desktop_app.services.database import open_database
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role
from tests.desktop_app.services.checklist_samples import DAILY, INSPECTOR, template_text

PASSWORD = "correct horse battery"


@pytest.fixture
def site(data_dir: Path, demo_port: int, monkeypatch) -> Path:
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
    startup.database.close()
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "checklists", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_list_and_export_templates(capsys, site: Path, tmp_path: Path) -> None:
    daily = tmp_path / "daily.json"
    daily.write_text(DAILY, encoding="utf-8")
    code, _, err = qingyuan(capsys, site, "import-template", str(daily), "--user", "li")
    assert code == 2 and "refused" in err  # an inspector may not manage templates
    code, out, err = qingyuan(capsys, site, "import-template", str(daily), "--user", "wang")
    assert code == 0, err
    assert "test_daily v1" in out
    newer = tmp_path / "v2.json"
    newer.write_text(template_text(version=2, name_zh="第二版"), encoding="utf-8")
    assert qingyuan(capsys, site, "import-template", str(newer), "--user", "wang")[0] == 0
    code, out, _ = qingyuan(capsys, site, "templates", "--json")
    listed = {row["code"]: row for row in json.loads(out)}
    assert listed["test_daily"]["version"] == 2 and listed["test_daily"]["name"] == "第二版"
    assert listed["test_daily"]["builtin"] is False and listed["test_daily"]["items"] == 6
    code, out, _ = qingyuan(capsys, site, "templates")
    assert code == 0 and "test_daily" in out and "第二版" in out
    target = tmp_path / "out.json"
    code, out, _ = qingyuan(capsys, site, "export-template", "test_daily", "--version", "1",
                            str(target))  # fmt: skip
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    code, _, err = qingyuan(capsys, site, "export-template", "nothing", str(target))
    assert code == 2 and "unknown_template" in err


def test_a_broken_template_file_is_refused_with_its_pointer(capsys, site: Path, tmp_path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(DAILY.replace('"weight": 2', '"wieght": 2'), encoding="utf-8")
    code, _, err = qingyuan(capsys, site, "import-template", str(broken), "--user", "wang")
    assert code == 2
    assert "unknown_key at /sections/0/items/0/wieght" in err


def test_runs_lists_drafts_with_progress(capsys, site: Path, tmp_path: Path) -> None:
    daily = tmp_path / "daily.json"
    daily.write_text(DAILY, encoding="utf-8")
    qingyuan(capsys, site, "import-template", str(daily), "--user", "wang")
    database = open_database(site)
    with database.transaction() as session:
        run_id = start_run(session, INSPECTOR, "test_daily", "三月巡检")
        record_answer(session, INSPECTOR, run_id, "drain_clear", "yes")
    database.close()
    code, out, _ = qingyuan(capsys, site, "runs", "--json")
    [row] = json.loads(out)
    assert code == 0 and row["id"] == run_id and row["status"] == "draft"
    assert (row["answered"], row["total"], row["score_percent"]) == (1, 5, 100.0)
    code, out, _ = qingyuan(capsys, site, "runs")
    assert run_id in out and "三月巡检" in out and "1/5" in out
