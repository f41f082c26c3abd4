"""The head-office report of two imported sites: the PDF's text (read back with pdftotext) holds
each site's KPI values as `hq_compare` gives them, ranked per KPI, the bundle chain and page
numbers, in Chinese and English; the Excel twin holds the same numbers unrounded; the trends
are `monthly_trend`'s; a cancelled report leaves no file."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.services.hq_compare import COMPARED, Comparison, compare_sites, monthly_trend
from desktop_app.services.hq_import import import_bundles
from desktop_app.services.hq_report import ReportCancelled, site_trends, write_hq_report
from desktop_app.services.hq_sites import register_site
from domain.roles import SYSTEM
from reports.hq_excel import sheet_name
from reports.monthly_text import kpi_number
from storage.hq.engine import HqDatabase, open_hq
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site

NOW = 1_800_000_000_000


@pytest.fixture(scope="module")
def plants(tmp_path_factory: pytest.TempPathFactory) -> tuple[ExportedSite, ExportedSite]:
    folder = tmp_path_factory.mktemp("plants")
    return (
        exported_site(folder / "a", "PLANT01", 40.0),
        exported_site(folder / "b", "PLANT02", 80.0),
    )


@pytest.fixture(scope="module")
def hq(
    tmp_path_factory: pytest.TempPathFactory, plants: tuple[ExportedSite, ExportedSite]
) -> Iterator[HqDatabase]:
    """Both sites registered; PLANT01 sent #1–#3, PLANT02 #1, #2 and the full #4 (#3 missing)."""
    database = open_hq(tmp_path_factory.mktemp("hq"))
    for plant, sent in zip(plants, ((0, 1, 2), (0, 1, 3)), strict=True):
        with database.transaction() as session:
            register_site(session, SYSTEM, plant.public_key)
        bundles = [plant.bundles[i] for i in sent]
        assert all(r.ok for r in import_bundles(database, SYSTEM, bundles))
    yield database
    database.close()


@pytest.fixture(scope="module")
def period(plants: tuple[ExportedSite, ExportedSite]) -> tuple[date, date]:
    return plants[0].days[0], plants[0].days[-1]


@pytest.fixture(scope="module")
def comparison(hq: HqDatabase, period: tuple[date, date]) -> Comparison:
    with hq.reading() as session:
        return compare_sites(session, *period)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_chinese_pdf_prints_every_sites_values_ranked(
    hq: HqDatabase, period: tuple[date, date], comparison: Comparison, tmp_path: Path
) -> None:
    steps: list[tuple[int, str]] = []
    pdf = tmp_path / "总部报告.pdf"
    paths = write_hq_report(hq, *period, pdf, progress=lambda p, s: steps.append((p, s)))
    assert paths.pdf == pdf and paths.xlsx is None
    text = pdf_text(pdf)
    flat = squeeze(text)
    assert "清洁生产多厂区对比报告" in text
    assert squeeze(f"{period[0]} 至 {period[1]}") in flat
    assert "参与对比的企业(2)" in flat and "PLANT01PLANT01工厂" in flat
    assert "近12个月趋势" in flat
    values = [r for r in comparison.rows if r.value is not None]
    assert {r.site_code for r in values} == {"PLANT01", "PLANT02"}
    assert len(values) >= 4
    for row in values:
        assert kpi_number(row.value) in text, (row.site_code, row.kpi_code)
        ranked = f"{row.rank}.{row.site_code}{kpi_number(row.value)}"
        assert ranked in flat, (row.kpi_code, ranked)
    pages = int(re.search(r"共(\d+)页", flat).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    for page in range(1, pages + 1):
        assert f"第{page}页/共{pages}页" in flat
    assert [s for _, s in steps][-4:] == ["kpis", "pdf", "rename", "done"]
    assert [p for p, _ in steps] == sorted(p for p, _ in steps)
    assert not list(tmp_path.glob(".*.part"))


def test_the_bundle_chain_names_the_missing_bundle(
    hq: HqDatabase, period: tuple[date, date], tmp_path: Path
) -> None:
    text = squeeze(pdf_text(write_hq_report(hq, *period, tmp_path / "r.pdf", language="en").pdf))
    assert "4.Bundlesreceivedpersite" in text
    assert "#3" in text.split("4.Bundlesreceivedpersite", 1)[1]
    assert "Cleaner-productioncomparisonofsites" in text and "Page1of" in text


def test_the_excel_twin_holds_the_same_numbers(
    hq: HqDatabase, period: tuple[date, date], comparison: Comparison, tmp_path: Path
) -> None:
    paths = write_hq_report(hq, *period, tmp_path / "r.pdf", tmp_path / "r.xlsx", "en")
    assert paths.xlsx is not None
    book = load_workbook(paths.xlsx)
    assert book.sheetnames == [sheet_name(k, False) for k in
                               ("summary", "kpis", "ranking", "trends", "bundles")]  # fmt: skip
    sheet = book[sheet_name("kpis", False)]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Site code", "Site", "Indicator", "Value", "Unit"]
    cells = {(r[0], r[2]): r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(cells) == len(comparison.rows)
    for row in comparison.rows:
        name = paths.report.kpis[COMPARED.index(row.kpi_code)].name.en
        excel = cells[(row.site_code, name)]
        # Excel keeps 15 significant digits: the number, not the PDF's rounded text
        assert excel[3] == (None if row.value is None else pytest.approx(row.value, rel=1e-14))
        assert (excel[4], excel[5], excel[8]) == (row.unit, row.target, row.rank)
    bundles = list(book[sheet_name("bundles", False)].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[4], r[6]) for r in bundles] == [("PLANT01", 3, "none"), ("PLANT02", 4, "#3")]


def test_the_trends_are_monthly_trends_figures(
    hq: HqDatabase, plants: tuple[ExportedSite, ExportedSite], period: tuple[date, date]
) -> None:
    with hq.reading() as session:
        trends = site_trends(session, plants[1].site_id, period[1])
        expected = monthly_trend(session, plants[1].site_id, "energy_per_unit", period[1])
    energy = next(t for t in trends if t.kpi_code == "energy_per_unit")
    assert list(zip(energy.months, energy.values, strict=True)) == expected
    assert len(energy.months) == 12 and energy.values[-1] is not None


def test_a_cancelled_report_leaves_no_file(
    hq: HqDatabase, period: tuple[date, date], tmp_path: Path
) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 4  # after the PDF was rendered under its temporary name

    with pytest.raises(ReportCancelled, match="excel"):
        write_hq_report(hq, *period, tmp_path / "r.pdf", tmp_path / "r.xlsx", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_a_period_ending_before_it_starts_is_refused(hq: HqDatabase, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ends before"):
        write_hq_report(hq, date(2026, 3, 2), date(2026, 3, 1), tmp_path / "r.pdf")
