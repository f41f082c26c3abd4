"""The Reports & export page: a report is written off the GUI thread with its steps shown and can
be cancelled without leaving a file; an administrator exports a bundle that verifies and appears
in the history; a viewer cannot export; a tampered bundle is refused with a translated reason;
the schedule is stored by an administrator only."""

from __future__ import annotations

import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.cli.bundle_command import REASONS
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.monthly_report import ReportCancelled
from desktop_app.services.report_schedule import report_schedule
from desktop_app.services.users import create_user
from desktop_app.ui import report_jobs
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.bundle_history_model import BundleHistoryModel
from desktop_app.ui.pages.reports import ReportsPage
from desktop_app.ui.report_jobs import JobProgress
from desktop_app.ui.reports_generate_tab import month_period, report_stem
from desktop_app.ui.reports_io import ExportRow
from desktop_app.ui.reports_progress import DONE_STYLE
from desktop_app.ui.reports_text import bundle_problem_text, report_error_text, step_text
from domain.roles import SYSTEM, Actor, Role
from reports.fonts import FontNotFoundError
from storage.bundles.verify import verify_bundle

WAIT_MS = 120_000
PASSWORD = "a long enough password"


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext) -> ReportsPage:
    widget = ReportsPage(app_context)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def seeded(app_context: AppContext) -> AppContext:
    seed_demo(app_context.startup.database, 35, cleaner_production=False)
    return app_context


def sign_in(context: AppContext, role: Role) -> Actor:
    with context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, f"user_{role.value}", PASSWORD, role)
    actor = Actor(info.name, info.role, info.id)
    context.session.sign_in(actor)
    return actor


def test_month_periods_and_file_names() -> None:
    assert month_period(date(2026, 3, 14), 0) == (date(2026, 3, 1), date(2026, 3, 14))
    assert month_period(date(2026, 3, 14), 1) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_period(date(2026, 1, 5), 1) == (date(2025, 12, 1), date(2025, 12, 31))
    whole = report_stem("DEMO", date(2026, 2, 1), date(2026, 2, 28), "zh_CN")
    assert whole == "DEMO-cleaner-production-2026-02"
    part = report_stem("DEMO", date(2026, 2, 3), date(2026, 2, 9), "en")
    assert part == "DEMO-cleaner-production-2026-02-03_2026-02-09-en"


def test_a_report_is_written_with_its_steps_shown(
    qtbot: QtBot, seeded: AppContext, page: ReportsPage, tmp_path: Path
) -> None:
    tab = page.generate_tab
    tab.folder_edit.setText(str(tmp_path))
    first, last = month_period(date.today(), 1)
    tab.set_custom_period(first, last)
    shown: list[tuple[int, str]] = []

    def seen(progress: JobProgress) -> None:
        shown.append((tab.panel.progress_bar.value(), tab.panel.step_label.text()))

    tab.panel.progress_shown.connect(seen)
    assert tab.excel_check.isChecked()
    with qtbot.waitSignal(tab.written, timeout=WAIT_MS) as written:
        job = tab.generate()
        assert job is not None
        assert not tab.generate_button.isEnabled()
    result = written.args[0]
    assert result.pdf.read_bytes().startswith(b"%PDF")
    assert zipfile.is_zipfile(result.xlsx)
    assert result.pdf.parent == tmp_path
    assert shown[-1] == (100, step_text("done"))
    labels = [label for _value, label in shown]
    assert step_text("pdf") in labels and step_text("excel") in labels
    assert len(set(labels)) >= 5, "the step label follows the work"
    assert [value for value, _ in shown] == sorted(value for value, _ in shown)
    assert str(result.pdf) in tab.panel.outcome_label.text()
    assert tab.open_pdf_button.isVisibleTo(tab) and tab.generate_button.isEnabled()
    opened: list[str] = []
    tab.open_url = lambda url: opened.append(url.toLocalFile())  # type: ignore[method-assign]
    tab.open_pdf_button.click()
    tab.open_folder_button.click()
    assert opened == [str(result.pdf), str(tmp_path)]


def test_cancelling_a_report_leaves_no_file(
    qtbot: QtBot, app_context: AppContext, page: ReportsPage, tmp_path: Path, monkeypatch
) -> None:
    """The run is held at the PDF step until Cancel is pressed: the PDF is then rendered to
    its temporary name before the next step notices the cancel, and that file must go too."""
    original = report_jobs.Job.report

    def report_then_wait(job, percent, step, done=0, total=0):
        original(job, percent, step, done, total)
        if step == "pdf":
            for _ in range(200):
                if job.cancelled():
                    break
                threading.Event().wait(0.05)

    monkeypatch.setattr(report_jobs.Job, "report", report_then_wait)
    tab = page.generate_tab
    folder = tmp_path / "reports"
    folder.mkdir()
    tab.folder_edit.setText(str(folder))
    tab.panel.progress_shown.connect(
        lambda progress: tab.panel.cancel_button.click() if progress.step == "pdf" else None
    )
    with qtbot.waitSignal(tab.not_written, timeout=WAIT_MS) as failed:
        tab.generate()
    assert failed.args[0] == report_error_text(ReportCancelled("excel"))
    assert tab.panel.outcome_label.text() == failed.args[0]
    assert list(folder.iterdir()) == [], "neither the files nor their temporary names remain"
    assert tab.generate_button.isEnabled() and not tab.open_pdf_button.isVisibleTo(tab)


def test_an_administrator_exports_a_bundle_that_verifies_and_is_listed(
    qtbot: QtBot, seeded: AppContext, page: ReportsPage, tmp_path: Path
) -> None:
    sign_in(seeded, Role.ADMINISTRATOR)
    tab = page.export_tab
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        page.reload()
    assert len(tab.fingerprint_label.text().split()) == 4
    assert tab.model.rowCount() == 0
    assert tab.export_button.isEnabled() and tab.export_button.toolTip() == ""
    stick = tmp_path / "usb"
    stick.mkdir()
    tab.add_target(str(stick))
    steps: list[JobProgress] = []
    tab.panel.progress_shown.connect(steps.append)
    with qtbot.waitSignal(tab.exported, timeout=WAIT_MS) as exported:
        tab.export()
        assert not tab.export_button.isEnabled()
    result = exported.args[0]
    assert result.path.parent == stick and result.kind == "full" and result.sequence == 1
    bundle = verify_bundle(result.path)
    assert bundle.manifest.sequence == 1
    assert steps and steps[-1].percent == 100 and steps[-1].done == steps[-1].total
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    cells = [tab.model.display(tab.model.row_at(0), c) for c in tab.model.columns]
    assert cells[0] == "1" and result.path.name in cells and "user_administrator" in cells
    with qtbot.waitSignal(tab.verified, timeout=WAIT_MS) as verified:
        tab.verify_file(result.path)
    assert result.path.name in verified.args[0]
    assert tab.panel.outcome_label.styleSheet() == DONE_STYLE
    assert tab.tr("Signed by this site's key.") in verified.args[0]
    assert tab.export_button.isEnabled()


def test_a_viewer_cannot_export_or_change_the_schedule(
    qtbot: QtBot, app_context: AppContext, page: ReportsPage
) -> None:
    tab = page.export_tab
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        page.reload()
    assert not tab.export_button.isEnabled()
    assert tab.export_button.toolTip() == tab.tr("Sign in as an administrator to export a bundle.")
    assert tab.verify_button.isEnabled(), "anyone may check a bundle"
    qtbot.waitUntil(lambda: page.schedule_tab.state is not None, timeout=WAIT_MS)
    assert not page.schedule_tab.save_button.isEnabled()
    assert page.schedule_tab.save_button.toolTip()
    sign_in(app_context, Role.ENGINEER)
    assert not tab.export_button.isEnabled(), "engineers do not sign for the site"
    sign_in(app_context, Role.ADMINISTRATOR)
    assert tab.export_button.isEnabled() and page.schedule_tab.save_button.isEnabled()


def test_a_tampered_bundle_is_refused_with_the_reason(
    qtbot: QtBot, app_context: AppContext, page: ReportsPage, tmp_path: Path
) -> None:
    app_context.language.switch("en")
    sign_in(app_context, Role.ADMINISTRATOR)
    tab = page.export_tab
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        page.reload()
    tab.add_target(str(tmp_path))
    with qtbot.waitSignal(tab.exported, timeout=WAIT_MS) as exported:
        tab.export()
    path = exported.args[0].path
    data = bytearray(path.read_bytes())
    manifest_at = data.rfind(b'"sequence": 1')
    data[manifest_at + len(b'"sequence": ')] = ord("7")  # the manifest now says no. 7
    tampered = tmp_path / "tampered.qybundle"
    tampered.write_bytes(bytes(data))
    with qtbot.waitSignal(tab.verified, timeout=WAIT_MS) as verified:
        tab.verify_file(tampered)
    reason = bundle_problem_text("hash_mismatch")
    assert verified.args[0].startswith(f"Not valid: {reason} (manifest.json")
    assert "altered" in reason
    assert tab.panel.outcome_label.text() == verified.args[0]
    with qtbot.waitSignal(tab.verified, timeout=WAIT_MS) as cut:
        tab.verify_file(tmp_path / "missing.qybundle")
    assert cut.args[0].startswith("Not valid: " + bundle_problem_text("not_a_zip")[:20])


def test_an_administrator_stores_the_schedule_and_runs_due_reports(
    qtbot: QtBot, app_context: AppContext, page: ReportsPage, tmp_path: Path
) -> None:
    sign_in(app_context, Role.ADMINISTRATOR)
    tab = page.schedule_tab
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        page.reload()
    assert tab.schedule().daily_folder is None
    tab.daily.check.setChecked(True)
    tab.daily.edit.setText(str(tmp_path / "daily"))
    tab.excel_check.setChecked(False)
    tab.catch_up_spin.setValue(3)
    with qtbot.waitSignal(tab.saved, timeout=WAIT_MS):
        tab.save_button.click()
    with app_context.startup.database.reading() as session:
        stored = report_schedule(session)
    assert stored.daily_folder == str(tmp_path / "daily")
    assert (stored.excel, stored.max_catch_up, stored.monthly_folder) == (False, 3, None)
    with qtbot.waitSignal(tab.ran, timeout=WAIT_MS) as ran:
        tab.run_button.click()
    (result,) = ran.args[0]
    yesterday = result.due.first  # in the site's time zone, which may not be this computer's
    assert result.error == "" and result.due.last == yesterday
    assert abs((date.today() - yesterday).days - 1) <= 1
    assert result.due.pdf.exists() and str(result.due.pdf) in tab.status_label.text()
    assert yesterday.isoformat() in tab.last_label.text()


def test_a_missing_folder_is_said_in_a_sentence_and_no_file_is_left(
    qtbot: QtBot, app_context: AppContext, page: ReportsPage, tmp_path: Path
) -> None:
    app_context.language.switch("en")
    tab = page.generate_tab
    tab.folder_edit.setText(str(tmp_path / "unplugged stick"))
    with qtbot.waitSignal(tab.not_written, timeout=WAIT_MS) as failed:
        tab.generate()
    assert failed.args[0].startswith("The file could not be written: No such file or directory.")
    assert not (tmp_path / "unplugged stick").exists()


def test_every_refusal_has_its_own_sentence() -> None:
    codes = set(REASONS) | {"bad_row"}
    sentences = {code: bundle_problem_text(code) for code in codes}
    fallback = bundle_problem_text("no_such_code")
    assert fallback.endswith("(no_such_code).")
    assert all(not text.startswith(fallback[:20]) for text in sentences.values())
    assert len(set(sentences.values())) == len(codes), "no two reasons read the same"
    assert report_error_text(ValueError("the period ends before it starts")).startswith(
        "The period is not valid"
    )
    assert "fonts-wqy-microhei" in report_error_text(FontNotFoundError("none"))
    full = OSError(28, "No space left on device")
    assert "No space left on device" in report_error_text(full)


def test_the_history_model_keeps_qt_rules(qtmodeltester, app_context: AppContext) -> None:
    app_context.language.switch("en")
    model = BundleHistoryModel(chinese=False)
    model.set_rows(
        [
            ExportRow(
                2,
                "incremental",
                1_700_000_000_000,
                1_700_086_400_000,
                1_700_086_400_000,
                "DEMO-000002.qybundle",
                "admin",
            ),
            ExportRow(
                1, "full", 0, 1_700_000_000_000, 1_700_000_000_000, "DEMO-000001.qybundle", "admin"
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.display(model.row_at(1), "range").startswith("Earliest record → ")
    assert model.display(model.row_at(0), "kind") == "Incremental"
