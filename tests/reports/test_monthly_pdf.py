"""The monthly report of a seeded demo plant: the PDF's text (read back with pdftotext) and the
Excel twin hold the figures the services compute, formatted as the report formats them; the
convention, site, period and page numbers are printed; a cancelled report leaves no file."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.services.database import Database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.kpis import KpiReport, compute_kpis
from desktop_app.services.monthly_report import ReportCancelled, write_monthly_report
from desktop_app.services.startup import open_site
from reports.monthly_excel import sheet_name
from reports.monthly_text import convention_text, fixed, kpi_number
from tests.conftest import free_port_block

NOW = 1_762_214_400_000  # 2025-11-04 00:00 UTC
FIRST, LAST = date(2025, 10, 1), date(2025, 10, 31)


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    data_dir = tmp_path_factory.mktemp("plant")
    database = open_site(data_dir, demo_port=free_port_block(2)).database
    seed_demo(database, 62, now_ms=NOW, cleaner_production=False)
    yield database
    database.close()


@pytest.fixture(scope="module")
def kpis(plant: Database) -> KpiReport:
    with plant.reading() as session:
        return compute_kpis(session, FIRST, LAST)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_chinese_pdf_prints_the_services_figures(
    plant: Database, kpis: KpiReport, tmp_path: Path
) -> None:
    written = write_monthly_report(plant, FIRST, LAST, tmp_path / "月报.pdf", language="zh_CN")
    text = squeeze(pdf_text(written.pdf))
    energy_per_unit = kpis.value("energy_per_unit")
    assert energy_per_unit is not None and energy_per_unit.value is not None
    assert kpis.balance is not None
    assert "清洁生产月度报告" in text
    assert "清源示范工厂" in text
    assert "2025-10-01至2025-10-31" in text
    assert kpi_number(energy_per_unit.value) in text  # e.g. 114.2
    assert fixed(kpis.balance.comprehensive_kgce) in text  # e.g. 229,959.4
    assert fixed(kpis.balance.comprehensive_tce, 3) in text
    assert squeeze(convention_text(written.report.energy.convention, True)) in text
    assert "当量值0.1229kgce/kWh" in text
    pages = [int(n) for n in re.findall(r"第(\d+)页/共(\d+)页", text)[0]]
    total = pages[1]
    assert total >= 3
    for page in range(1, total + 1):
        assert f"第{page}页/共{total}页" in text
    for heading in ("一、清洁生产指标与目标", "二、能源消耗", "三、水平衡", "八、整改措施"):
        assert heading in text


def test_the_english_pdf_states_the_convention_and_numbers_its_pages(
    plant: Database, kpis: KpiReport, tmp_path: Path
) -> None:
    written = write_monthly_report(plant, FIRST, LAST, tmp_path / "m.pdf", language="en")
    raw = pdf_text(written.pdf)
    text = squeeze(raw)
    assert "Monthly cleaner-production report" in raw
    assert "Qingyuan demo plant" in raw
    assert squeeze("Converted per GB/T 2589-2020 (2025 convention)") in text
    assert "equivalentvalue0.1229kgce/kWh" in text
    assert "naturalgas1.2143kgce/m³" in text
    value = kpis.value("fresh_water_per_unit")
    assert value is not None
    assert kpi_number(value.value) in text
    total = int(re.findall(r"Page 1 of (\d+)", raw)[0])
    assert f"Page {total} of {total}" in raw


def test_the_excel_twin_holds_the_same_numbers(
    plant: Database, kpis: KpiReport, tmp_path: Path
) -> None:
    written = write_monthly_report(
        plant, FIRST, LAST, tmp_path / "m.pdf", tmp_path / "m.xlsx", language="zh_CN"
    )
    assert written.xlsx is not None
    book = load_workbook(written.xlsx)
    assert book.sheetnames[:3] == [sheet_name(k, True) for k in ("summary", "kpis", "energy")]
    sheet = book[sheet_name("kpis", True)]
    assert sheet.freeze_panes == "A2"
    by_name = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    energy_per_unit = kpis.value("energy_per_unit")
    assert energy_per_unit is not None
    assert by_name["单位产品综合能耗"][1] == pytest.approx(energy_per_unit.value, rel=1e-12)
    assert by_name["单位产品综合能耗"][2] == "kgce/t"
    energy = book[sheet_name("energy", True)]
    totals = {row[0]: row[6] for row in energy.iter_rows(min_row=2, values_only=True) if row[0]}
    assert kpis.balance is not None
    assert totals["综合能耗"] == pytest.approx(kpis.balance.comprehensive_kgce, rel=1e-12)
    assert totals["综合能耗 (tce)"] == pytest.approx(kpis.balance.comprehensive_tce, rel=1e-12)
    assert energy["G1"].value == "折标准煤 (kgce)"  # units in the header
    assert energy._charts, "the energy sheet has its pie"
    daily = book[sheet_name("daily", True)]
    days = [row for row in daily.iter_rows(min_row=2, values_only=True)]
    assert len(days) == 31
    assert sum(kgce for _, kgce in days if kgce) == pytest.approx(
        kpis.balance.comprehensive_kgce, rel=1e-9
    ), "the daily trend adds up to the period's comprehensive energy"


@pytest.mark.parametrize("stop_at", ["kpis", "actions", "pdf", "excel"])
def test_a_cancelled_report_leaves_no_file_and_keeps_the_previous_one(
    plant: Database, tmp_path: Path, stop_at: str
) -> None:
    previous = tmp_path / "m.pdf"
    previous.write_bytes(b"%PDF last month's report")
    steps: list[str] = []  # cancelled at the checkpoint after `stop_at` was reported

    def progress(percent: int, step: str) -> None:
        steps.append(step)

    with pytest.raises(ReportCancelled):
        write_monthly_report(
            plant, FIRST, LAST, previous, tmp_path / "m.xlsx", "en",
            progress=progress, cancelled=lambda: bool(steps) and steps[-1] == stop_at,
        )  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.pdf"]
    assert previous.read_bytes() == b"%PDF last month's report"


def test_progress_runs_from_zero_to_a_hundred(plant: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, str]] = []
    write_monthly_report(
        plant, LAST, LAST, tmp_path / "d.pdf", progress=lambda p, s: seen.append((p, s))
    )
    percents = [p for p, _ in seen]
    assert percents == sorted(percents)
    assert seen[0] == (0, "kpis") and seen[-1] == (100, "done")
    text = squeeze(pdf_text(tmp_path / "d.pdf"))
    assert "清洁生产日报" in text and "2025-10-31" in text


def test_a_period_ending_before_it_starts_is_refused(plant: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_monthly_report(plant, LAST, FIRST, tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        write_monthly_report(plant, FIRST, LAST, tmp_path / "x.pdf", language="fr")
    assert not list(tmp_path.iterdir())
