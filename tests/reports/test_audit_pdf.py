"""The cleaner-production audit report of a seeded demo plant (with its options, reviews and
suppliers): the PDF's text, read back with pdftotext, holds the seven chapters of standards.md §4
in order, a contents whose page numbers are the chapters' pages, the figures the services compute
(comprehensive energy, the evaluation's rating, an option's ROI, realised savings, the green-
procurement ratio), marked fields to fill in, and "page X of Y" on every page; a cancelled report
leaves no file and keeps the previous one."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.services.audit_report import ReportCancelled, write_audit_report
from desktop_app.services.database import Database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.evaluation import evaluate_period
from desktop_app.services.kpis import compute_kpis
from desktop_app.services.procurement_kpi import green_procurement
from desktop_app.services.project_queries import ProjectInfo, list_projects
from desktop_app.services.project_savings import realised_for
from desktop_app.services.startup import open_site
from reports.audit_text import CHAPTERS, FILL_IN, label, level_name
from reports.monthly_text import fixed, percent
from tests.conftest import free_port_block

NOW = 1_762_214_400_000  # 2025-11-04 00:00 UTC; the seeded history ends on 2025-11-03
FIRST, LAST = date(2025, 9, 1), date(2025, 10, 31)


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    data_dir = tmp_path_factory.mktemp("plant")
    database = open_site(data_dir, demo_port=free_port_block(2)).database
    seed_demo(database, 120, now_ms=NOW)
    yield database
    database.close()


@pytest.fixture(scope="module")
def pages_zh(plant: Database, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("zh") / "审核报告.pdf"
    write_audit_report(plant, FIRST, LAST, path, "zh_CN", generated_ms=NOW)
    return pdf_pages(path)


@pytest.fixture(scope="module")
def pages_en(plant: Database, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("en") / "audit.pdf"
    write_audit_report(plant, FIRST, LAST, path, "en", generated_ms=NOW)
    return pdf_pages(path)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page as laid out (a table row stays on one line)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True, check=True
    )
    pages = result.stdout.decode("utf-8").split("\f")
    return [page for page in pages if page.strip()]


def squeeze(text: str) -> str:
    """Spaces removed: CJK text has none, and table cells are padded with them."""
    return re.sub(r"\s+", "", text)


def flat(pages: list[str]) -> str:
    return squeeze("".join(pages))


LEADER = re.compile(r"(\.\s*){6,}\d+\s*$", re.MULTILINE)
"""The contents' dot leaders before a page number."""


def contents_text(pages: list[str]) -> str:
    return "".join(p for p in pages if LEADER.search(p))


def chapter_pages(pages: list[str], chinese: bool) -> list[int]:
    """The page number (from 1) on which each chapter's title is printed, contents excluded."""
    found = []
    for zh, en in CHAPTERS:
        title = squeeze(zh if chinese else en)
        found.append(
            next(i + 1 for i, p in enumerate(pages) if title in squeeze(p) and not LEADER.search(p))
        )
    return found


def project(plant: Database, code: str) -> ProjectInfo:
    with plant.reading() as session:
        return next(p for p in list_projects(session) if p.code == code)


def test_the_seven_chapters_come_in_order_and_the_contents_gives_their_pages(
    pages_zh: list[str],
) -> None:
    contents = contents_text(pages_zh)
    assert "目录" in contents
    starts = chapter_pages(pages_zh, True)
    assert starts == sorted(starts) and len(set(starts)) == 7
    assert starts[0] > 2, "the cover and the contents come first"
    for (zh, _), page in zip(CHAPTERS, starts, strict=True):
        line = next(line for line in contents.splitlines() if squeeze(zh) in squeeze(line))
        assert line.rstrip().endswith(f".{page}") or line.rstrip().endswith(f" {page}"), line
    assert "1.2 审核小组" in contents and "5.3 经济评估" in contents


def test_every_page_says_page_x_of_y(pages_zh: list[str], pages_en: list[str]) -> None:
    total = len(pages_zh)
    assert total >= 12
    for number, page in enumerate(pages_zh, start=1):
        assert f"第 {number} 页 / 共 {total} 页" in page
    for number, page in enumerate(pages_en, start=1):
        assert f"Page {number} of {len(pages_en)}" in page
    header = "清源示范工厂·清洁生产审核报告·2025-09-01至2025-10-31"
    assert header in squeeze(pages_zh[3].splitlines()[0]), "the running header"


def test_the_key_figures_are_the_services_figures(plant: Database, pages_zh: list[str]) -> None:
    text = flat(pages_zh)
    with plant.reading() as session:
        kpis = compute_kpis(session, FIRST, LAST)
        evaluation = evaluate_period(session, None, FIRST, LAST).evaluation
        green = green_procurement(session, FIRST, LAST)
    assert kpis.balance is not None and green.value is not None
    assert f"综合能耗(kgce){fixed(kpis.balance.comprehensive_kgce)}" in text  # e.g. 447,288.5
    rating = level_name(evaluation.rating, True) if evaluation.rating else label("not_rated", True)
    assert squeeze(f"综合评级 {rating}") in text
    assert f"Ⅲ级综合评价指数Y_Ⅲ{fixed(evaluation.y_III)}" in text
    assert f"绿色采购比例(%){percent(green.value)}" in text  # e.g. 61.4


def test_an_options_economics_and_realised_savings_are_printed(
    plant: Database, pages_zh: list[str]
) -> None:
    text = flat(pages_zh)
    retrofit = project(plant, "F-2025-01")
    e = retrofit.economics
    assert e is not None and e.roi_percent is not None and e.irr is not None
    row = (
        f"F-2025-01{fixed(retrofit.investment, 0)}{fixed(retrofit.annual_benefit, 0)}"
        f"{percent(e.roi_percent)}{fixed(e.payback_years)}{fixed(e.npv, 0)}{percent(100 * e.irr)}"
    )
    assert row in text  # 275,000 190,000 69.1 1.4 999,915 68.7
    with plant.reading() as session:
        realised = realised_for(session, retrofit, today=LAST + timedelta(days=1))
    assert realised.realised_kgce_per_year is not None
    assert f"F-2025-01{fixed(realised.promised_kgce_per_year, 0)}" in text
    assert fixed(realised.realised_kgce_per_year, 0) in text


def test_what_the_app_cannot_know_is_marked_to_fill_in(
    pages_zh: list[str], pages_en: list[str]
) -> None:
    zh, en = flat(pages_zh), flat(pages_en)
    assert zh.count(squeeze(FILL_IN[0])) >= 10
    assert f"{squeeze(FILL_IN[0])}{squeeze(label('profile_prompt', True))}" in zh
    assert squeeze(FILL_IN[1]) in en
    assert "示例" in zh, "the sample indicator system is said to be one"


def test_the_english_report_has_the_same_chapters_and_figures(
    plant: Database, pages_en: list[str]
) -> None:
    starts = chapter_pages(pages_en, False)
    assert starts == sorted(starts) and len(set(starts)) == 7
    retrofit = project(plant, "F-2025-01")
    assert retrofit.economics is not None
    text = flat(pages_en)
    assert f"F-2025-01{fixed(retrofit.investment, 0)}{fixed(retrofit.annual_benefit, 0)}" in text
    assert f"F-2025-01空压机变频改造Implemented{retrofit.implemented_on}" in text
    assert "Cleaner-productionauditreport" in text


@pytest.mark.parametrize("stop_at", ["kpis", "options", "pdf"])
def test_a_cancelled_report_leaves_no_file_and_keeps_the_previous_one(
    plant: Database, tmp_path: Path, stop_at: str
) -> None:
    previous = tmp_path / "audit.pdf"
    previous.write_bytes(b"%PDF last year's audit")
    steps: list[str] = []

    def progress(percent: int, step: str) -> None:
        steps.append(step)

    with pytest.raises(ReportCancelled):
        write_audit_report(
            plant, FIRST, LAST, previous, "zh_CN",
            progress=progress, cancelled=lambda: bool(steps) and steps[-1] == stop_at,
        )  # fmt: skip
    assert stop_at in steps
    assert [p.name for p in tmp_path.iterdir()] == ["audit.pdf"]
    assert previous.read_bytes() == b"%PDF last year's audit"


def test_progress_runs_from_the_period_through_the_audit_steps_to_done(
    plant: Database, tmp_path: Path
) -> None:
    seen: list[tuple[int, str]] = []
    write_audit_report(plant, FIRST, LAST, tmp_path / "a.pdf", "en",
                       progress=lambda p, s: seen.append((p, s)))  # fmt: skip
    names = [s for _, s in seen]
    assert names[0] == "kpis" and names[-1] == "done"
    assert names.index("evaluation") < names.index("options") < names.index("pdf")
    assert [p for p, _ in seen] == sorted(p for p, _ in seen)
