"""What the package dialogs share: a worker's progress, a status line and a Close button.

Strings are translated by the subclasses (`self.tr` takes its context from the class), so
this base shows only what `package_text` translates.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.package_text import package_error_text

TOUCH_TARGET = 44
PROGRESS_MS = 100
ERROR_STYLE = "color: #b3261e;"


class Progress:
    """Written by the worker, read by the dialog's timer: plain ints only."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self._lock = threading.Lock()

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self.done, self.total = done, total

    def read(self) -> tuple[int, int]:
        with self._lock:
            return self.done, self.total


class BusyDialog(QDialog):
    """A status line, a progress bar fed by a worker, and a Close button."""

    def __init__(self, context: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self._progress: Progress | None = None
        self._writing = False
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.close_button = QPushButton(self)  # its text is set by the subclass (translation)
        self.close_button.setMinimumHeight(TOUCH_TARGET)
        self.close_button.clicked.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)

    @property
    def busy(self) -> bool:
        return self._progress is not None

    def _start(self, message: str, *, writing: bool = False) -> Progress:
        """Show a worker's progress; while it `writes`, the dialog cannot be closed."""
        self._progress = Progress()
        self._writing = writing
        self._say(message)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._timer.start()
        self._update_buttons()
        return self._progress

    def _stop(self) -> None:
        self._progress = None
        self._writing = False
        self._timer.stop()
        self.progress_bar.hide()
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self._say(package_error_text(error), error=True)

    @Slot()
    def _show_progress(self) -> None:
        if self._progress is None:
            return
        done, total = self._progress.read()
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def reject(self) -> None:
        if self._writing:
            return  # a write finishes (or fails) as a whole; the dialog waits for it
        super().reject()  # a read still running is ignored: its result finds no dialog

    def _update_buttons(self) -> None:
        self.close_button.setEnabled(not self._writing)
