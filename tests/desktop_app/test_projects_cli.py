"""`qingyuan projects`: the register with its economics, one option in detail (ROI, payback, NPV,
IRR, realised vs promised), and adding and moving options as a signed-in user."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import project_command
from desktop_app.services.project_queries import AmountLine, ProjectFields
from desktop_app.services.projects import create_project, set_amounts
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role

PASSWORD = "a long enough password"


@pytest.fixture
def site(database, data_dir: Path, monkeypatch) -> Path:
    with database.transaction() as session:
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
        heat = create_project(
            session,
            SYSTEM,
            ProjectFields(
                code="F-2026-04", title="锅炉烟气余热回收", cost_class="high", life_years=5
            ),
        )
        set_amounts(
            session,
            SYSTEM,
            heat,
            [
                AmountLine("investment", "equipment", 100_000.0),
                AmountLine("saving", "energy", 25_000.0),
                AmountLine("revenue", "waste_heat", 5_000.0),
            ],
        )
        create_project(session, SYSTEM, ProjectFields(code="F-2026-03", title="LED照明改造"))
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    """The command as `qingyuan --data-dir D projects …` parses and runs it."""
    parser = argparse.ArgumentParser(prog="qingyuan")
    parser.add_argument("--data-dir")
    project_command.add_parser(parser.add_subparsers(dest="command"))
    code = project_command.run(parser.parse_args(["--data-dir", str(data_dir), "projects", *args]))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_register_with_its_economics(capsys, site) -> None:
    code, out, _ = qingyuan(capsys, site, "--json")
    rows = json.loads(out)
    assert code == 0 and [r["code"] for r in rows] == ["F-2026-03", "F-2026-04"]
    heat = rows[1]
    assert heat["roi_percent"] == pytest.approx(30.0)
    assert heat["payback_years"] == pytest.approx(100_000 / 30_000)
    assert heat["npv_cny"] == pytest.approx(19_781.30, abs=0.01)
    assert heat["irr"] == pytest.approx(0.152382, abs=1e-6)
    assert rows[0]["roi_percent"] is None and rows[0]["annual_benefit_cny"] == 0.0
    _, out, _ = qingyuan(capsys, site, "--class", "high", "--json")
    assert [r["code"] for r in json.loads(out)] == ["F-2026-04"]
    code, out, _ = qingyuan(capsys, site)
    assert code == 0 and "ROI 30.0 %" in out and "锅炉烟气余热回收" in out


def test_show_one_option(capsys, site) -> None:
    code, out, _ = qingyuan(capsys, site, "show", "F-2026-04", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["fields"]["life_years"] == 5
    assert [a["category"] for a in shown["amounts"]] == ["equipment", "energy", "waste_heat"]
    assert shown["realised"]["reason"] == "not_implemented"
    code, out, _ = qingyuan(capsys, site, "show", "F-2026-04")
    assert code == 0 and "IRR 15.2 %" in out and "NPV 19,781 CNY" in out
    assert "not judged (not_implemented)" in out
    code, _, err = qingyuan(capsys, site, "show", "F-0")
    assert code == 2 and "F-0" in err


def test_add_and_move_as_a_signed_in_engineer(capsys, site) -> None:
    code, out, err = qingyuan(
        capsys,
        site,
        "add",
        "--code",
        "F-2026-07",
        "--title",
        "空压机变频改造",
        "--class",
        "high",
        "--investment",
        "equipment=230000",
        "installation=40000",
        "--saving",
        "energy=190000",
        "--expected-kgce",
        "34000",
        "--user",
        "wang",
    )
    assert code == 0, err
    assert out.split() == ["F-2026-07", "proposed"]
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    for status, extra in (("approved", []), ("implemented", ["--on", yesterday])):
        code, out, err = qingyuan(
            capsys, site, "move", "F-2026-07", status, *extra, "--user", "wang"
        )
        assert code == 0, err
    _, out, _ = qingyuan(capsys, site, "show", "F-2026-07", "--json")
    shown = json.loads(out)
    assert shown["status"] == "implemented" and shown["implemented_on"] == yesterday
    assert shown["investment_cny"] == 270_000.0 and shown["realised"]["reason"] == "no_data"


def test_refusals_are_explained_and_change_nothing(capsys, site) -> None:
    code, _, err = qingyuan(capsys, site, "move", "F-2026-03", "approved", "--user", "li")
    assert code == 2 and "not saved" in err
    code, _, err = qingyuan(capsys, site, "move", "F-2026-03", "implemented", "--user", "wang")
    assert code == 2 and "not saved" in err
    code, _, err = qingyuan(
        capsys, site, "add", "--code", "F-2026-04", "--title", "again", "--user", "wang"
    )
    assert code == 2 and "F-2026-04" in err
    _, out, _ = qingyuan(capsys, site, "--json")
    assert [r["status"] for r in json.loads(out)] == ["proposed", "proposed"]
