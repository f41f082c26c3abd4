"""A job's progress bar, what it is doing now, a Cancel button and the outcome sentence; and
the labelled form the three tabs of the Reports page are laid out in.

`JobPanel` is shared by the report and the export tabs; it lives in the GUI thread and is fed
by a `Job`'s queued signals. Idle, only the outcome line shows (empty until something ran).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.report_jobs import Job, JobProgress
from desktop_app.ui.reports_text import step_text

TOUCH_TARGET = 44
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b6e20;"


class JobPanel(QWidget):
    progress_shown = Signal(object)
    """A `JobProgress` now on screen (after the bar and the step label were updated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.step_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setMinimumHeight(TOUCH_TARGET)
        self.cancel_button.clicked.connect(self.cancel)
        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.progress_bar, 1)
        bar.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.step_label)
        column.addLayout(bar)
        column.addWidget(self.outcome_label)
        self._show_running(False)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def follow(self, job: Job, first_step: str) -> None:
        """Show `job`'s progress until it ends (the owner connects its result signals)."""
        self.job = job
        job.progressed.connect(self.show_progress)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        self.progress_bar.setValue(0)
        self.progress_bar.setRange(0, 0 if first_step == "verify" else 100)
        self.step_label.setText(step_text(first_step))
        self.say("")
        self._show_running(True)

    @Slot(object)
    def show_progress(self, progress: JobProgress) -> None:
        if progress.step != "verify":
            self.progress_bar.setRange(0, 100)
            self.progress_bar.setValue(progress.percent)
        text = step_text(progress.step)
        if progress.total:
            text = f"{text} {progress.done} / {progress.total}"
        self.step_label.setText(text)
        self.progress_shown.emit(progress)

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.step_label.setText(self.tr("Cancelling…"))

    @Slot(object)
    def _succeeded(self, _result: object) -> None:
        """The bar stays full and the last step ("Done.") stays until the next run."""
        self.job = None
        self.cancel_button.hide()
        self.step_label.setText(step_text("done"))

    @Slot(object)
    def _failed(self, _error: object) -> None:
        self.job = None
        self._show_running(False)

    def say(self, text: str, *, error: bool = False, done: bool = False) -> None:
        self.outcome_label.setText(text)
        self.outcome_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE if done else "")

    def _show_running(self, running: bool) -> None:
        self.step_label.setVisible(running)
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Form(QGridLayout):
    """Label and field rows whose labels are (re)set in `set_labels`, on every language change.

    A grid rather than a QFormLayout: its labels stay centred on fields taller than a line
    (the 44 px touch buttons), where a form puts them at the top.
    """

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[QLabel] = []
        self.setColumnStretch(1, 1)

    def add(self, field: QWidget | QLayout) -> None:
        label = QLabel()
        row = len(self.labels)
        self.labels.append(label)
        self.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(field, QLayout):
            self.addLayout(field, row, 1)
        else:
            self.addWidget(field, row, 1)

    def set_labels(self, *texts: str) -> None:
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


def left(*widgets: QWidget) -> QHBoxLayout:
    """Widgets at their natural width, on the left of a form row."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
