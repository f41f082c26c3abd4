"""The head-office page's report: "Report…" asks where to save the PDF (the Excel twin goes
beside it), writes it on the report pool (`report_jobs.Job`) with steps, progress and Cancel
(`reports_progress.JobPanel`), then offers Open PDF.

The report is in the UI language. The page puts `report_button` in its button bar and this
panel under it; both live in the GUI thread. A cancelled or failed report leaves no file
(`write_hq_report`), and the panel says so in the Reports page's sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.hq_report import HqReportPaths
from desktop_app.ui.context import AppContext
from desktop_app.ui.hq_report_io import HqReportRequest, write_report
from desktop_app.ui.preferences import Preference
from desktop_app.ui.report_jobs import Job
from desktop_app.ui.reports_progress import TOUCH_TARGET, JobPanel
from desktop_app.ui.reports_text import report_error_text
from storage.hq.engine import HqDatabase

HQ_REPORT_FOLDER = Preference("hq/report_folder", str, "")
"""The folder the last head-office report was saved to ("" until one was)."""


def report_name(first: date, last: date, language: str) -> str:
    """`hq-cleaner-production-2026-11-01_2026-11-30.pdf` (`-en` for English)."""
    suffix = "" if language == "zh_CN" else f"-{language}"
    return f"hq-cleaner-production-{first.isoformat()}_{last.isoformat()}{suffix}.pdf"


class HqReportPanel(QWidget):
    written = Signal(object)
    """The `HqReportPaths` of a report just written."""
    not_written = Signal(str)
    """Why not (cancelled, or the translated error)."""

    def __init__(
        self,
        context: AppContext,
        hq: HqDatabase,
        period: Callable[[], tuple[date, date]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.hq, self.period = context, hq, period
        self.result: HqReportPaths | None = None
        self.report_button = QPushButton(parent)
        self.report_button.setMinimumHeight(TOUCH_TARGET)
        self.report_button.clicked.connect(self.choose_and_write)
        self.job_panel = JobPanel(self)
        self.open_pdf_button = QPushButton(self)
        self.open_pdf_button.setMinimumHeight(TOUCH_TARGET)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.open_pdf_button.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.job_panel, 1)
        row.addWidget(self.open_pdf_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        self.hide()  # until the first report: an idle panel is only an empty line
        self.retranslate()

    @Slot()
    def choose_and_write(self) -> None:
        path = self.ask_pdf_path()
        if path is not None:
            self.write(path)

    def write(self, pdf: Path) -> Job | None:
        """Start writing the report for the page's period to `pdf` (and `.xlsx` beside it);
        returns the job (tests wait on its signals), None while one is running."""
        if self.job_panel.busy:
            return None
        first, last = self.period()
        language = "zh_CN" if self.context.language.is_chinese else "en"
        request = HqReportRequest(first, last, pdf, pdf.with_suffix(".xlsx"), language)
        self.context.preferences.set(HQ_REPORT_FOLDER, str(pdf.parent))
        hq = self.hq
        job = Job(lambda running: write_report(hq, request, running))
        self.job_panel.follow(job, "kpis")
        job.succeeded.connect(self._written)
        job.failed.connect(self._failed)
        self.open_pdf_button.hide()
        self.report_button.setEnabled(False)
        self.show()
        job.start()
        return job

    @Slot(object)
    def _written(self, result: HqReportPaths) -> None:
        self.result = result
        self.report_button.setEnabled(True)
        files = str(result.pdf) if result.xlsx is None else f"{result.pdf}, {result.xlsx}"
        self.job_panel.say(self.tr("Report written: %1").replace("%1", files), done=True)
        self.open_pdf_button.show()
        self.written.emit(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.report_button.setEnabled(True)
        text = report_error_text(error)
        self.job_panel.say(text, error=True)
        self.not_written.emit(text)

    # ----------------------------------------------------------------- files (tests replace)

    def ask_pdf_path(self) -> Path | None:
        first, last = self.period()
        language = "zh_CN" if self.context.language.is_chinese else "en"
        folder = self.context.preferences.get(HQ_REPORT_FOLDER) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the head-office report"),
            str(Path(folder) / report_name(first, last, language)),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        return Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")

    @Slot()
    def open_pdf(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.result.pdf)))

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def retranslate(self) -> None:
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setToolTip(
            self.tr("PDF and Excel: KPIs per site, ranking, 12-month trends, bundles received")
        )
        self.open_pdf_button.setText(self.tr("Open PDF"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
