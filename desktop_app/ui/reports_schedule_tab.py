"""Scheduled reports: yesterday's daily report and last month's report, each into a folder.

The schedule is site configuration (`report_schedule`, stored in the database): only someone
allowed to configure the site may change it, and the service checks again. The running
application writes due reports by itself; "Run due reports now" does the same at once, on the
report pool, and lists what was written and what could not be.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.report_schedule import ReportSchedule, ScheduledResult
from desktop_app.ui.context import AppContext
from desktop_app.ui.report_jobs import Job
from desktop_app.ui.reports_generate_tab import LANGUAGE_NAMES
from desktop_app.ui.reports_io import ScheduleState, load_schedule, run_due, save_schedule
from desktop_app.ui.reports_progress import DONE_STYLE, ERROR_STYLE, TOUCH_TARGET, Form, left
from desktop_app.ui.reports_text import report_error_text, schedule_error_text
from desktop_app.ui.run_query import run_query
from domain.roles import Permission, role_allows


class _FolderRow(QWidget):
    """A report kind switched on or off, and its folder."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = ""
        """The report kind, as the form's label and the folder dialog's title name it."""
        self.check = QCheckBox(self)
        self.edit = QLineEdit(self)
        self.button = QPushButton(self)
        self.button.setMinimumHeight(TOUCH_TARGET)
        self.button.clicked.connect(self._choose)
        self.check.toggled.connect(self._enable)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self._enable(False)

    def set_folder(self, folder: str | None) -> None:
        self.check.setChecked(folder is not None)
        self.edit.setText(folder or "")
        self._enable(folder is not None)

    def folder(self) -> str | None:
        return self.edit.text().strip() if self.check.isChecked() else None

    @Slot(bool)
    def _enable(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.button.setEnabled(on)

    @Slot()
    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.title, self.edit.text())
        if folder:
            self.edit.setText(folder)


class ScheduleTab(QWidget):
    loaded = Signal()
    """The schedule was (re)read and shown."""
    saved = Signal()
    ran = Signal(object)
    """The tuple of `ScheduledResult` of "Run due reports now"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state: ScheduleState | None = None
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.daily = _FolderRow(self)
        self.monthly = _FolderRow(self)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.excel_check = QCheckBox(self)
        self.catch_up_spin = QSpinBox(self)
        self.catch_up_spin.setRange(1, 366)
        self.last_label = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run_now)
        for button in (self.save_button, self.run_button):
            button.setMinimumHeight(TOUCH_TARGET)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.form = Form()
        self.form.add(self.daily)
        self.form.add(self.monthly)
        self.form.add(left(self.language_combo))
        self.form.add(self.excel_check)
        self.form.add(left(self.catch_up_spin))
        self.form.add(self.last_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.intro_label)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addWidget(self.status_label)
        column.addStretch(1)
        context.session.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # ----------------------------------------------------------------- reading

    def reload(self) -> None:
        run_query(
            self, lambda: load_schedule(self.context.startup.database), self._show, self._failed
        )

    def _show(self, state: ScheduleState) -> None:
        self.state = state
        schedule = state.schedule
        self.daily.set_folder(schedule.daily_folder)
        self.monthly.set_folder(schedule.monthly_folder)
        index = self.language_combo.findData(schedule.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.excel_check.setChecked(schedule.excel)
        self.catch_up_spin.setValue(schedule.max_catch_up)
        self._show_last()
        self._update_buttons()
        self.loaded.emit()

    def _show_last(self) -> None:
        last = self.state.last if self.state is not None else None
        never = self.tr("never")
        daily = last.daily.isoformat() if last and last.daily else never
        monthly = f"{last.monthly:%Y-%m}" if last and last.monthly else never
        self.last_label.setText(
            self.tr("Daily: %1 · Monthly: %2").replace("%1", daily).replace("%2", monthly)
        )

    # ----------------------------------------------------------------- writing

    def schedule(self) -> ReportSchedule:
        return ReportSchedule(
            daily_folder=self.daily.folder(),
            monthly_folder=self.monthly.folder(),
            language=str(self.language_combo.currentData()),
            excel=self.excel_check.isChecked(),
            max_catch_up=self.catch_up_spin.value(),
        )

    @Slot()
    def save(self) -> None:
        database, actor = self.context.startup.database, self.context.session.actor
        schedule = self.schedule()
        self.save_button.setEnabled(False)
        run_query(
            self, lambda: save_schedule(database, actor, schedule), self._saved, self._save_failed
        )

    def _saved(self, state: ScheduleState) -> None:
        self._show(state)
        self._say(self.tr("Schedule saved."), DONE_STYLE)
        self.saved.emit()

    def _save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._say(schedule_error_text(error), ERROR_STYLE)

    @Slot()
    def run_now(self) -> None:
        database = self.context.startup.database
        job = Job(lambda _job: run_due(database))
        job.succeeded.connect(self._ran)
        job.failed.connect(self._run_failed)
        self.run_button.setEnabled(False)
        self._say(self.tr("Writing the due reports…"), "")
        job.start()

    @Slot(object)
    def _ran(self, outcome: tuple[tuple[ScheduledResult, ...], ScheduleState]) -> None:
        results, state = outcome
        self._show(state)
        failed = any(result.error for result in results)
        self._say(self.results_text(results), ERROR_STYLE if failed else DONE_STYLE)
        self.ran.emit(results)

    @Slot(object)
    def _run_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._say(report_error_text(error), ERROR_STYLE)

    def results_text(self, results: tuple[ScheduledResult, ...]) -> str:
        if not results:
            return self.tr("No report is due.")
        lines = []
        for result in results:
            if result.error:
                lines.append(
                    self.tr("Not written: %1 (%2)")
                    .replace("%1", str(result.due.pdf))
                    .replace("%2", result.error)
                )
            else:
                lines.append(self.tr("Written: %1").replace("%1", str(result.due.pdf)))
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        self._say(schedule_error_text(error), ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        may = role_allows(self.context.session.actor.role, Permission.CONFIGURE_SITE)
        self.save_button.setEnabled(may and self.state is not None)
        self.save_button.setToolTip(
            "" if may else self.tr("Sign in as an administrator to change the schedule.")
        )
        self.run_button.setEnabled(self.state is not None)

    # ----------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Qingyuan writes yesterday's daily report and last month's report into the "
                "folders below while it runs. Reports missed while the computer was off are "
                "written at the next start."
            )
        )
        self.daily.title = self.tr("Daily report")
        self.monthly.title = self.tr("Monthly report")
        for row in (self.daily, self.monthly):
            row.check.setText(self.tr("On, into:"))
        for row in (self.daily, self.monthly):
            row.button.setText(self.tr("Choose…"))
        self.excel_check.setText(self.tr("Also write the Excel workbook"))
        self.catch_up_spin.setSuffix(self.tr(" reports per kind"))
        labels = (
            self.daily.title,
            self.monthly.title,
            self.tr("Language"),
            self.tr("Files"),
            self.tr("Catch up at most"),
            self.tr("Last written"),
        )
        self.form.set_labels(*labels)
        self.save_button.setText(self.tr("Save schedule"))
        self.run_button.setText(self.tr("Run due reports now"))
        self._show_last()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
