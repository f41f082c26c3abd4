"""`qingyuan evaluate` and `qingyuan evaluation-system`: the rating headless, a template to
export, an edited system to import and the inputs no KPI supplies, as a signed-in user."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.evaluation import stored_inputs
from desktop_app.services.records import add_record
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.records import Record, RecordCategory
from domain.roles import SYSTEM, Role

PASSWORD = "correct horse battery"
SAMPLE = "sample_generic_manufacturing"
OCTOBER = ("--from", "2026-10-01", "--to", "2026-10-31")


@pytest.fixture
def site(data_dir: Path, demo_port: int, monkeypatch) -> Path:
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR)
        for category, item, quantity, unit in (
            (RecordCategory.PRODUCTION, "产品", 1000, "t"),
            (RecordCategory.POLLUTANT, "cod", 150, "kg"),
        ):
            add_record(session, SYSTEM, Record(date(2026, 10, 9), category, item, quantity, unit))
    startup.database.close()
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def inputs(data_dir: Path) -> dict[str, tuple[float | None, bool, str]]:
    from desktop_app.services.database import open_database

    database = open_database(data_dir)
    try:
        with database.reading() as session:
            rows = stored_inputs(session, SAMPLE)
    finally:
        database.close()
    return {r.indicator_code: (r.value, r.not_applicable, r.note) for r in rows}


def test_evaluate_prints_scores_rating_sources_and_what_holds_the_plant_back(
    capsys, site: Path
) -> None:
    code, out, err = qingyuan(capsys, site, "evaluate", *OCTOBER, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["system"]["code"] == SAMPLE and result["system"]["sample"] is True
    assert result["rating"] is None and result["y_III"] < 100
    assert "missing_data" in result["reasons"]["III"]
    cod = next(i for i in result["indicators"] if i["code"] == "cod_intensity")
    assert cod["source"] == "kpi:emission.cod" and cod["value"] == pytest.approx(0.15)
    assert cod["achieved"] == "II" and cod["limiting"] is True
    clean = next(i for i in result["indicators"] if i["code"] == "clean_process")
    assert clean["source"] == "missing" and clean["reason"] == "no_input"
    assert result["holding_back"]["target"] == "III"
    held = {s["code"]: s for s in result["holding_back"]["indicators"]}
    assert held["clean_process"]["required"] and held["clean_process"]["missing"]
    assert "cod_intensity" not in held
    code, out, _ = qingyuan(capsys, site, "evaluate", *OCTOBER)
    assert code == 0
    assert "rating: not rated" in out and "SAMPLE" in out
    assert "holding the plant back from level III" in out
    assert "kpi:emission.cod" in out


def test_set_input_as_an_engineer_with_levels_figures_and_not_applicable(
    capsys, site: Path
) -> None:
    for indicator, value in (
        ("clean_process", "II"),
        ("product_pass_rate", "99.1"),
        ("packaging_recovery", "na"),
    ):
        code, _, err = qingyuan(
            capsys, site, "evaluation-system", "set-input", SAMPLE, indicator, value,
            "--user", "wang", "--note", "台账",
        )  # fmt: skip
        assert code == 0, err
    assert inputs(site) == {
        "clean_process": (2.0, False, "台账"),
        "product_pass_rate": (99.1, False, "台账"),
        "packaging_recovery": (None, True, "台账"),
    }
    code, out, _ = qingyuan(capsys, site, "evaluate", *OCTOBER, "--json")
    result = json.loads(out)
    assert result["not_applicable"] == ["packaging_recovery"]
    clean = next(i for i in result["indicators"] if i["code"] == "clean_process")
    assert (clean["source"], clean["achieved"]) == ("input", "II")
    code, _, err = qingyuan(
        capsys, site, "evaluation-system", "set-input", SAMPLE, "energy_per_unit", "50",
        "--user", "wang",
    )  # fmt: skip
    assert code == 2 and "kpi_linked" in err
    code, _, err = qingyuan(
        capsys, site, "evaluation-system", "set-input", SAMPLE, "clean_process", "I",
        "--user", "li",
    )  # fmt: skip
    assert code == 2 and "may not manage_kpis" in err
    code, _, err = qingyuan(
        capsys, site, "evaluation-system", "set-input", SAMPLE, "clean_process", "clear",
        "--user", "wang",
    )  # fmt: skip
    assert code == 0 and "clean_process" not in inputs(site)


def test_export_edit_import_and_list(capsys, site: Path, tmp_path: Path) -> None:
    template = tmp_path / "template.json"
    code, _, err = qingyuan(capsys, site, "evaluation-system", "export", SAMPLE, str(template))
    assert code == 0, err
    document = json.loads(template.read_text(encoding="utf-8"))
    document.update(code="our_plant", sample=False, name_zh="本厂评价指标体系")
    edited = tmp_path / "ours.json"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _, err = qingyuan(
        capsys, site, "evaluation-system", "import", str(edited), "--user", "li"
    )
    assert code == 2 and "may not manage_kpis" in err
    code, out, err = qingyuan(
        capsys, site, "evaluation-system", "import", str(edited), "--user", "wang"
    )
    assert code == 0 and "our_plant" in out, err
    code, out, _ = qingyuan(capsys, site, "evaluation-system", "list", "--json")
    listed = {row["code"]: row for row in json.loads(out)}
    assert listed["our_plant"]["active"] and not listed[SAMPLE]["active"]
    code, out, _ = qingyuan(capsys, site, "evaluate", *OCTOBER, "--json")
    assert json.loads(out)["system"]["code"] == "our_plant"
    code, out, _ = qingyuan(capsys, site, "evaluate", *OCTOBER, "--system", SAMPLE, "--json")
    assert json.loads(out)["system"]["code"] == SAMPLE


def test_a_broken_file_is_refused_with_every_problem(capsys, site: Path, tmp_path: Path) -> None:
    template = tmp_path / "template.json"
    qingyuan(capsys, site, "evaluation-system", "export", SAMPLE, str(template))
    document = json.loads(template.read_text(encoding="utf-8"))
    document["code"] = "ours"
    document["groups"][0]["weight"] = 0.9
    document["indicators"][0]["weight"] = 0.9
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = qingyuan(
        capsys, site, "evaluation-system", "import", str(broken), "--user", "wang"
    )
    assert code == 2
    assert "weights_not_1 at /groups " in err and "weights_not_1 at /groups/0 " in err
    broken.write_bytes(b"\xff\xfe not utf-8")
    code, _, err = qingyuan(
        capsys, site, "evaluation-system", "import", str(broken), "--user", "wang"
    )
    assert code == 2 and "not_utf8" in err


def test_refusals_of_evaluate(capsys, site: Path) -> None:
    code, _, err = qingyuan(capsys, site, "evaluate", "--from", "2026-10-31", "--to", "2026-10-01")
    assert code == 2 and "--to" in err
    code, _, err = qingyuan(capsys, site, "evaluate", *OCTOBER, "--system", "nope")
    assert code == 2 and "unknown_system" in err
