"""The head-office page: register a site's key, import its bundles on a worker with a result
list (a tampered one refused with its reason), the sites table with last bundle and gaps, the
comparison of sites with status and rank, the trends of a chosen KPI with a line per site, and
the head-office report written on a worker with progress, cancel and Open PDF."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl

from desktop_app.services.hq_compare import monthly_trend
from desktop_app.services.hq_import import import_bundles
from desktop_app.services.hq_report import ReportCancelled
from desktop_app.services.hq_sites import register_site
from desktop_app.ui import report_jobs
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.hq import HqPage
from desktop_app.ui.reports_text import report_error_text
from domain.roles import SYSTEM, Actor, Role
from storage.bundles.keys import fingerprint
from storage.hq.engine import HqDatabase, open_hq
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> ExportedSite:
    return exported_site(tmp_path_factory.mktemp("plant"), "PLANT01", 40.0)


@pytest.fixture
def page(qtbot, app_context: AppContext, tmp_path: Path) -> Iterator[HqPage]:
    hq: HqDatabase = open_hq(tmp_path / "hq")
    app_context.session.sign_in(Actor("zhang", Role.ADMINISTRATOR, None))
    widget = HqPage(app_context, hq)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    yield widget
    widget.close()
    hq.close()


def set_period(page: HqPage, first: date, last: date) -> None:
    page.first_edit.setDate(QDate(first.year, first.month, first.day))
    page.last_edit.setDate(QDate(last.year, last.month, last.day))


def cell(model: object, row: int, column: str) -> str:
    return str(model.index(row, model.columns.index(column)).data())  # type: ignore[attr-defined]


def test_register_import_and_compare(
    qtbot, page: HqPage, plant: ExportedSite, qtmodeltester
) -> None:
    with qtbot.waitSignal(page.registered, timeout=WAIT_MS):
        page.register_file(plant.key_file)
    qtbot.waitUntil(lambda: page.site_model.rowCount() == 1, timeout=WAIT_MS)
    assert cell(page.site_model, 0, "fingerprint") == fingerprint(plant.public_key)
    assert cell(page.site_model, 0, "last_sequence") == "—"
    set_period(page, plant.days[0], plant.days[-1])
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as done:
        page.import_files(plant.bundles[:3])
    assert [r.status for r in done.args[0]] == ["imported"] * 3
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        pass
    assert page.result_model.rowCount() == 3
    assert cell(page.site_model, 0, "code") == "PLANT01"
    assert cell(page.site_model, 0, "last_sequence") == "#3"
    assert page.comparison_model.rowCount() == 6
    energy = cell(page.comparison_model, 0, "value")
    assert energy.endswith("kgce/t") and cell(page.comparison_model, 0, "rank") == "1"
    for model in (page.site_model, page.result_model, page.comparison_model):
        qtmodeltester.check(model)


def test_a_tampered_bundle_is_listed_as_refused_with_its_reason(
    qtbot, page: HqPage, plant: ExportedSite, tmp_path: Path, app_context: AppContext
) -> None:
    app_context.language.switch("en")
    with qtbot.waitSignal(page.registered, timeout=WAIT_MS):
        page.register_file(plant.key_file)
    tampered = tmp_path / plant.bundles[0].name
    data = bytearray(plant.bundles[0].read_bytes())
    data[200] ^= 0x20
    tampered.write_bytes(bytes(data))
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        page.import_files((tampered, plant.bundles[1]))
    assert cell(page.result_model, 0, "result") == "Refused"
    assert "hash" in cell(page.result_model, 0, "reason")
    assert cell(page.result_model, 1, "reason").startswith("An earlier bundle is missing")
    background = page.result_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert "0 imported, 0 unchanged, 2 refused." in page.status_label.text()
    assert page.site_model.headerData(0, Qt.Orientation.Horizontal) == "Site code"


def test_a_viewer_cannot_register(
    qtbot, page: HqPage, plant: ExportedSite, app_context: AppContext
) -> None:
    app_context.language.switch("en")
    app_context.session.sign_out()
    page.register_file(plant.key_file)
    qtbot.waitUntil(lambda: "Sign in" in page.status_label.text(), timeout=WAIT_MS)
    assert page.site_model.rowCount() == 0


@pytest.fixture
def imported_page(
    qtbot, app_context: AppContext, tmp_path: Path, plant: ExportedSite
) -> Iterator[HqPage]:
    """The page over a head office that has imported the plant's bundles #1–#3."""
    hq: HqDatabase = open_hq(tmp_path / "hq")
    with hq.transaction() as session:
        register_site(session, SYSTEM, plant.public_key)
    assert all(r.ok for r in import_bundles(hq, SYSTEM, list(plant.bundles[:3])))
    widget = HqPage(app_context, hq)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    set_period(widget, plant.days[0], plant.days[-1])
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    yield widget
    widget.close()
    hq.close()


def test_the_trends_tab_draws_monthly_trend_per_site_for_the_chosen_kpi(
    qtbot, imported_page: HqPage, plant: ExportedSite, app_context: AppContext
) -> None:
    page = imported_page
    tab = page.trends_tab
    assert tab.trends is None  # nothing is read while the tab is hidden
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        page.tabs.setCurrentWidget(tab)
    with page.hq.reading() as session:
        energy = monthly_trend(session, plant.site_id, "energy_per_unit", plant.days[-1])
        water = monthly_trend(session, plant.site_id, "fresh_water_per_unit", plant.days[-1])
    assert tab.kpi_code() == "energy_per_unit"
    assert tab.chart.plotted() == {"PLANT01": [value for _, value in energy]}
    assert energy[-1][1] is not None and tab.chart.empty_text() == ""
    tab.set_kpi("fresh_water_per_unit")  # drawn from what was read: no second query
    assert tab.chart.plotted() == {"PLANT01": [value for _, value in water]}
    tab.set_kpi("packaging_recovery")
    assert tab.chart.empty_text() and tab.chart.plotted() == {"PLANT01": [None] * 12}
    app_context.language.switch("en")
    english = "Energy per unit product (kgce/t)"
    qtbot.waitUntil(lambda: tab.kpi_combo.itemText(0) == english, timeout=WAIT_MS)
    assert tab.chart.empty_text() == "No site has a value in these months."
    first, last = energy[0][0], energy[-1][0]
    assert tab.note_label.text().startswith(f"{first:%Y-%m} to {last:%Y-%m}, one line per site")
    assert page.tabs.tabText(2) == "Trends"


def test_the_report_is_written_on_a_worker_and_opened(
    qtbot, imported_page: HqPage, tmp_path: Path, monkeypatch
) -> None:
    panel = imported_page.report_panel
    pdf = tmp_path / "reports" / "总部.pdf"
    pdf.parent.mkdir()
    monkeypatch.setattr(panel, "ask_pdf_path", lambda: pdf)
    steps: list[str] = []
    panel.job_panel.progress_shown.connect(lambda progress: steps.append(progress.step))
    with qtbot.waitSignal(panel.written, timeout=WAIT_MS) as written:
        panel.report_button.click()
    assert written.args[0].pdf == pdf
    assert written.args[0].xlsx == pdf.with_suffix(".xlsx")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.with_suffix(".xlsx").is_file()
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["总部.pdf", "总部.xlsx"]
    assert steps[-1] == "done" and "pdf" in steps
    assert panel.report_button.isEnabled() and panel.open_pdf_button.isVisible()
    assert str(pdf) in panel.job_panel.outcome_label.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(panel, "open_url", opened.append)
    panel.open_pdf_button.click()
    assert opened == [QUrl.fromLocalFile(str(pdf))]


def test_cancelling_the_report_leaves_no_file(
    qtbot, imported_page: HqPage, tmp_path: Path, monkeypatch
) -> None:
    """Held at the PDF step until Cancel is pressed: the PDF is rendered to its temporary name
    before the Excel step notices, and that file must go too."""
    original = report_jobs.Job.report

    def report_then_wait(job, percent, step, done=0, total=0):
        original(job, percent, step, done, total)
        if step == "pdf":
            for _ in range(200):
                if job.cancelled():
                    break
                threading.Event().wait(0.05)

    monkeypatch.setattr(report_jobs.Job, "report", report_then_wait)
    panel = imported_page.report_panel
    panel.job_panel.progress_shown.connect(
        lambda progress: panel.job_panel.cancel_button.click() if progress.step == "pdf" else None
    )
    folder = tmp_path / "reports"
    folder.mkdir()
    with qtbot.waitSignal(panel.not_written, timeout=WAIT_MS) as failed:
        panel.write(folder / "hq.pdf")
    assert failed.args[0] == report_error_text(ReportCancelled("excel"))
    assert list(folder.iterdir()) == []
    assert panel.report_button.isEnabled() and not panel.open_pdf_button.isVisible()
