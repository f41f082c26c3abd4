"""`qingyuan kpi-define`, `kpi-delete` and `kpi-names`: user-defined KPIs headless, as a
signed-in user; refusals print their code and change nothing; `qingyuan kpi` shows the new KPI
after the built-in ones."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.records import add_record
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.records import Record, RecordCategory
from domain.roles import SYSTEM, Actor, Role

PASSWORD = "correct horse battery"


@pytest.fixture
def site(data_dir: Path, demo_port: int, monkeypatch) -> Path:
    database = open_site(data_dir, demo_port=demo_port).database
    with database.transaction() as session:
        wang = create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
        actor = Actor("wang", Role.ENGINEER, wang.id)
        for category, item, quantity in (
            (RecordCategory.PRODUCTION, "产品", 200.0),
            (RecordCategory.FRESH_WATER, "新鲜水", 1_000.0),
        ):
            unit = "t" if category is RecordCategory.PRODUCTION else "m³"
            add_record(session, actor, Record(date(2026, 10, 3), category, item, quantity, unit))
    database.close()
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def define_args(code: str, unit: str, formula: str, user: str = "wang") -> list[str]:
    return [
        "kpi-define",
        code,
        "--name-zh",
        "吨产品水耗（升）",
        "--name-en",
        "Water per tonne (L)",
        "--unit",
        unit,
        "--better",
        "lower",
        "--formula",
        formula,
        "--user",
        user,
    ]


def test_define_then_see_it_in_the_kpi_table_then_delete(capsys, site: Path) -> None:
    assert qingyuan(capsys, site, *define_args("water_l", "L/t", "fresh_water / production")) == (
        0,
        "saved\n",
        "",
    )
    code, out, _ = qingyuan(
        capsys, site, "kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--json"
    )
    assert code == 0
    rows = json.loads(out)["kpis"]
    assert rows[-1]["code"] == "water_l" and rows[-1]["value"] == pytest.approx(5_000.0)
    assert rows[-1]["name"] == "吨产品水耗（升）"
    assert [i["name"] for i in rows[-1]["inputs"]] == ["fresh_water", "production"]
    deleted = qingyuan(capsys, site, "kpi-delete", "water_l", "--reason", "test", "--user", "wang")
    assert deleted[0] == 0
    code, out, _ = qingyuan(
        capsys, site, "kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--json"
    )
    assert "water_l" not in {row["code"] for row in json.loads(out)["kpis"]}


def test_refusals_print_their_code_and_store_nothing(capsys, site: Path) -> None:
    code, _, err = qingyuan(capsys, site, *define_args("water_l", "kgce/t", "fresh_water / prod"))
    assert code == 2 and "[unknown_name: prod]" in err
    code, _, err = qingyuan(
        capsys, site, *define_args("water_l", "kgce/t", "fresh_water / production")
    )
    assert code == 2 and "[unit_mismatch: m³/t ≠ kgce/t]" in err
    code, _, err = qingyuan(
        capsys, site, *define_args("water_l", "L/t", "fresh_water / production", user="li")
    )
    assert code == 2 and "inspector" in err
    assert qingyuan(capsys, site, *define_args("x", "t", "production", user="nobody"))[0] == 3
    code, out, _ = qingyuan(capsys, site, "kpi-names", "--json")
    assert code == 0 and not any(name.startswith("kpi.water") for name in json.loads(out))


def test_the_names_catalogue_as_json_and_as_text(capsys, site: Path) -> None:
    code, out, _ = qingyuan(capsys, site, "kpi-names", "--json")
    names = json.loads(out)
    assert code == 0 and names["production"] == "t" and names["tag.water_fresh_total"] == "m³"
    code, out, _ = qingyuan(capsys, site, "kpi-names")
    assert code == 0 and any(line.split() == ["energy_kgce", "kgce"] for line in out.splitlines())
