"""`qingyuan baseline`: the model, savings and CUSUM of the service, as JSON and as text; the
default baseline starts at the first day with data; impossible fits exit 2 with their code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.startup import open_site
from tests.desktop_app.services.test_energy_baseline import (
    BASELINE_T,
    MONDAY,
    REPORT_T,
    line,
    plant,
    week,
)


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> Path:
    """Eight baseline weeks on E = 500 + 90·P, then four weeks using a tenth less."""
    startup = open_site(data_dir, demo_port=demo_port)
    kgce = [line(t) for t in BASELINE_T] + [0.9 * line(t) for t in REPORT_T]
    plant(startup.database, BASELINE_T + REPORT_T, kgce)
    startup.database.close()
    return data_dir


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "baseline", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def report_args(baseline: bool = True) -> list[str]:
    period = ["--from", str(week(8)[0]), "--to", str(week(11)[1])]
    if baseline:
        period += ["--baseline-from", str(week(0)[0]), "--baseline-to", str(week(7)[1])]
    return period


def test_json_holds_the_model_the_cusum_and_the_savings(capsys, site: Path) -> None:
    code, out, _err = qingyuan(capsys, site, *report_args(), "--json")
    assert code == 0
    result = json.loads(out)
    model = result["model"]
    assert model["intercept_kgce"] == pytest.approx(500.0, abs=1e-6)
    assert model["production_kgce_per_t"] == pytest.approx(90.0)
    assert model["r_squared"] == pytest.approx(1.0) and model["n"] == 8
    assert [r["cusum_kgce"] for r in result["report"]] == pytest.approx(
        [860.0, 2035.0, 2985.0, 3710.0]
    )
    assert result["savings"]["savings_tce"] == pytest.approx(3.71)
    assert result["savings"]["savings_percent"] == pytest.approx(10.0)
    assert result["warnings"] == ["few_points"] and result["skipped"] == []
    assert result["granularity"] == "week" and result["baseline_from"] == str(MONDAY)


def test_text_output_and_the_default_baseline(capsys, site: Path) -> None:
    code, out, _err = qingyuan(capsys, site, *report_args(baseline=False))
    assert code == 0
    assert f"baseline {MONDAY} .. {week(7)[1]}" in out  # from the first day with data
    assert "E = 500 + 90·P" in out
    assert "savings: 3710.0 kgce (3.710 tce, 10.00 %)" in out


def test_impossible_fits_and_unknown_tags_exit_2(capsys, site: Path) -> None:
    short = ["--baseline-from", str(week(0)[0]), "--baseline-to", str(week(4)[1])]
    code, _out, err = qingyuan(capsys, site, *report_args(baseline=False), *short)
    assert code == 2 and "too_few_points" in err
    code, _out, err = qingyuan(capsys, site, *report_args(), "--temperature-tag", "nope")
    assert code == 2 and "unknown_tag nope" in err
    code, _out, err = qingyuan(
        capsys, site, *report_args(), "--temperature-tag", "power_main_import_energy"
    )
    assert code == 2 and "not_a_temperature" in err
