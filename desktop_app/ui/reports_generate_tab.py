"""The cleaner-production report on demand: a period, a language, PDF (and Excel), a folder.

The report is written by `write_monthly_report` on the report pool (`report_jobs`); the tab
shows its steps, can cancel it (the service then leaves no file) and offers to open the PDF
or its folder when it is done. The folder chosen last is remembered in the preferences.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.monthly_report import MonthlyReportPaths
from desktop_app.ui.context import AppContext
from desktop_app.ui.preferences import Preference
from desktop_app.ui.report_jobs import Job
from desktop_app.ui.reports_io import ReportRequest, generate_report
from desktop_app.ui.reports_progress import TOUCH_TARGET, Form, JobPanel, left
from desktop_app.ui.reports_text import report_error_text

REPORT_FOLDER = Preference("reports/report_folder", str, "")
"""The folder the last report was written to ("" until one was)."""
PERIODS = ("this_month", "last_month", "custom")
LANGUAGE_NAMES = (("zh_CN", "中文"), ("en", "English"))
"""Each language named in itself, as language menus do."""


def month_period(today: date, months_back: int) -> tuple[date, date]:
    """This month up to today (0), or the whole previous month (1)."""
    first = today.replace(day=1)
    if months_back == 0:
        return first, today
    last = first - timedelta(days=1)
    return last.replace(day=1), last


def report_stem(site_code: str, first: date, last: date, language: str) -> str:
    """`<site>-cleaner-production-2026-10` for a whole month, else the two days."""
    month_end = (last + timedelta(days=1)).day == 1
    whole_month = first.day == 1 and month_end and first.strftime("%Y%m") == last.strftime("%Y%m")
    period = f"{first:%Y-%m}" if whole_month else f"{first.isoformat()}_{last.isoformat()}"
    suffix = "" if language == "zh_CN" else f"-{language}"
    return f"{site_code or 'qingyuan'}-cleaner-production-{period}{suffix}"


class GenerateReportTab(QWidget):
    written = Signal(object)
    """The `MonthlyReportPaths` of a report just written."""
    not_written = Signal(str)
    """Why the report was not written (cancelled, or the translated error)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: MonthlyReportPaths | None = None
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.period_group = QButtonGroup(self)
        self.period_buttons = {key: QRadioButton(self) for key in PERIODS}
        periods = QHBoxLayout()
        for index, key in enumerate(PERIODS):
            self.period_group.addButton(self.period_buttons[key], index)
            periods.addWidget(self.period_buttons[key])
        self.from_edit, self.to_edit = self._date_edit(), self._date_edit()
        periods.addWidget(self.from_edit)
        self.to_label = QLabel("–", self)
        periods.addWidget(self.to_label)
        periods.addWidget(self.to_edit)
        periods.addStretch(1)
        self.period_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(0 if context.language.is_chinese else 1)
        self.excel_check = QCheckBox(self)
        self.excel_check.setChecked(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setText(context.preferences.get(REPORT_FOLDER) or str(Path.home()))
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.folder_button)
        self.generate_button = QPushButton(self)
        self.generate_button.clicked.connect(self.generate)
        self.panel = JobPanel(self)
        self.open_pdf_button = QPushButton(self)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(self.open_folder)
        for button in (
            self.folder_button,
            self.generate_button,
            self.open_pdf_button,
            self.open_folder_button,
        ):
            button.setMinimumHeight(TOUCH_TARGET)
        self.form = Form()
        self.form.add(periods)
        self.form.add(self.period_label)
        self.form.add(left(self.language_combo))
        self.form.add(self.excel_check)
        self.form.add(folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_pdf_button)
        buttons.addWidget(self.open_folder_button)
        column = QVBoxLayout(self)
        column.addWidget(self.intro_label)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addWidget(self.panel)
        column.addStretch(1)
        self.period_group.idToggled.connect(self._period_changed)
        self.from_edit.dateChanged.connect(self._show_period)
        self.to_edit.dateChanged.connect(self._show_period)
        self.period_buttons["last_month"].setChecked(True)
        self._show_result_buttons(False)
        self.retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(TOUCH_TARGET - 8)
        return edit

    # ----------------------------------------------------------------- period

    def period(self) -> tuple[date, date]:
        """The chosen local days [first, last]."""
        key = PERIODS[max(0, self.period_group.checkedId())]
        if key == "custom":
            return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]
        return month_period(date.today(), 0 if key == "this_month" else 1)

    def set_custom_period(self, first: date, last: date) -> None:
        self.period_buttons["custom"].setChecked(True)
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))

    @Slot(int, bool)
    def _period_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        custom = self.period_buttons["custom"].isChecked()
        if not custom:
            first, last = self.period()
            for edit, day in ((self.from_edit, first), (self.to_edit, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for widget in (self.from_edit, self.to_edit):
            widget.setEnabled(custom)
        self._show_period()

    @Slot()
    def _show_period(self) -> None:
        first, last = self.period()
        days = (last - first).days + 1
        if days < 1:
            self.period_label.setText(self.tr("The last day is before the first day."))
            return
        self.period_label.setText(
            self.tr("%1 to %2 (%3 days)")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
            .replace("%3", str(days))
        )

    # ----------------------------------------------------------------- generate

    def request(self) -> ReportRequest:
        first, last = self.period()
        language = str(self.language_combo.currentData())
        folder = Path(self.folder_edit.text().strip() or str(Path.home())).expanduser()
        stem = report_stem(self.context.startup.site.code, first, last, language)
        xlsx = folder / f"{stem}.xlsx" if self.excel_check.isChecked() else None
        return ReportRequest(first, last, folder / f"{stem}.pdf", xlsx, language)

    @Slot()
    def generate(self) -> Job | None:
        """Start writing the report; returns the job (tests wait on its signals)."""
        if self.panel.busy:
            return None
        request = self.request()
        self.context.preferences.set(REPORT_FOLDER, str(request.pdf.parent))
        database = self.context.startup.database
        job = Job(lambda running: generate_report(database, request, running))
        self.panel.follow(job, "kpis")
        job.succeeded.connect(self._written)
        job.failed.connect(self._failed)
        self._show_result_buttons(False)
        self.generate_button.setEnabled(False)
        job.start()
        return job

    @Slot(object)
    def _written(self, result: MonthlyReportPaths) -> None:
        self.result = result
        self.generate_button.setEnabled(True)
        files = str(result.pdf) if result.xlsx is None else f"{result.pdf}, {result.xlsx}"
        self.panel.say(self.tr("Report written: %1").replace("%1", files), done=True)
        self._show_result_buttons(True)
        self.written.emit(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.generate_button.setEnabled(True)
        text = report_error_text(error)
        self.panel.say(text, error=True)
        self.not_written.emit(text)

    def _show_result_buttons(self, shown: bool) -> None:
        self.open_pdf_button.setVisible(shown)
        self.open_folder_button.setVisible(shown)

    # ----------------------------------------------------------------- files (tests replace)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for reports"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def open_pdf(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.result.pdf)))

    @Slot()
    def open_folder(self) -> None:
        if self.result is not None:
            self.open_url(QUrl.fromLocalFile(str(self.result.pdf.parent)))

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    # ----------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "The cleaner-production report: KPIs against targets, energy by carrier "
                "(GB/T 2589), water, waste and pollutants, alarms, data completeness, audits "
                "and corrective actions, for any period."
            )
        )
        for key, text in zip(
            PERIODS,
            (self.tr("This month"), self.tr("Last month"), self.tr("Custom range:")),
            strict=True,
        ):
            self.period_buttons[key].setText(text)
        labels = (self.tr("Period"), "", self.tr("Language"), self.tr("Files"), self.tr("Folder"))
        self.form.set_labels(*labels)
        self.excel_check.setText(self.tr("PDF, and the same tables as an Excel workbook (.xlsx)"))
        self.folder_button.setText(self.tr("Choose…"))
        self.generate_button.setText(self.tr("Generate report"))
        self.open_pdf_button.setText(self.tr("Open PDF"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self._show_period()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
