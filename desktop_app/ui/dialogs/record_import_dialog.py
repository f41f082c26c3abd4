"""Import records from a CSV or Excel sheet: read, check, preview, then store — or not.

The file is read and every row checked on the query pool, with progress and a cancel button
(a year of daily records per line is tens of thousands of rows). The preview says how many rows
are good and lists every bad row with its spreadsheet row number, column and reason, including
purchases of a carrier a meter already counts, which only the database can tell. "Import" is
offered only for a clean sheet; storing the good rows of a sheet with bad ones is a separate,
explicit button. The write is one transaction off the GUI thread: cancelling it rolls it back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop_app.services.database import Database
from desktop_app.services.record_files import read_table
from desktop_app.services.records import ImportRefused, ImportReport, import_records
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.records_model import RowErrorModel
from desktop_app.ui.record_problem_text import record_error_text
from desktop_app.ui.run_query import run_query
from domain.record_import import ParsedRows, RowError, parse_rows
from domain.records import RecordCategory
from storage.models import Tag

TOUCH_TARGET = 44
PROGRESS_EVERY_ROWS = 500
PROGRESS_MS = 100


class Cancelled(Exception):
    """The user cancelled; raised inside the worker, so nothing half-done is kept."""


class Progress:
    """Shared by the worker (writes) and the dialog's timer (reads): ints and an Event only."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancelled = threading.Event()

    def check(self) -> None:
        if self.cancelled.is_set():
            raise Cancelled


@dataclass(frozen=True)
class Preview:
    path: Path
    parsed: ParsedRows
    errors: tuple[RowError, ...]
    """Every bad row's problems, in row order: the parser's and the metered-carrier check."""
    bad_rows: tuple[int, ...]
    good: int


def read_preview(path: Path, database: Database, progress: Progress) -> Preview:
    """Read and check the sheet; runs on the query pool and touches no widget."""
    header, rows = read_table(path)
    progress.check()
    progress.total = len(rows)
    parsed = parse_rows(header, _counted(rows, progress))
    with database.reading() as session:
        found = session.scalars(select(Tag.carrier).where(Tag.carrier.is_not(None), Tag.enabled))
        metered = {str(c) for c in found}
    return preview_of(path, parsed, metered)


def preview_of(path: Path, parsed: ParsedRows, metered: set[str]) -> Preview:
    """The same verdict `import_records` will reach: purchases of a metered carrier are bad."""
    double = [
        RowError(n, "item", "carrier_metered", r.item)
        for n, r in parsed.records
        if r.category is RecordCategory.ENERGY_PURCHASED and r.item in metered
    ]
    errors = tuple(sorted((*parsed.errors, *double), key=lambda e: e.row))
    bad_rows = tuple(sorted({e.row for e in errors}))
    good = sum(1 for n, _r in parsed.records if n not in set(bad_rows))
    return Preview(path, parsed, errors, bad_rows, good)


def _counted(rows: Sequence[Sequence[object]], progress: Progress) -> Iterator[Sequence[object]]:
    for number, row in enumerate(rows):
        if number % PROGRESS_EVERY_ROWS == 0:
            progress.check()
            progress.done = number
        yield row
    progress.done = len(rows)


class RecordImportDialog(QDialog):
    imported = Signal(object)
    """The `ImportReport` of a committed import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self._progress: Progress | None = None
        self._writing = False
        self._job = 0
        self.setWindowTitle(self.tr("Import records"))
        self.setMinimumSize(820, 520)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        self.layout_hint = QLabel(
            self.tr(
                "One header row, then one record per row: date, category, item, quantity, "
                "unit; optionally line, shift and note. Chinese headers and category names "
                "are accepted. Layout and a sample sheet: docs/records-import.md."
            ),
            self,
        )
        self.layout_hint.setWordWrap(True)
        self.layout_hint.setStyleSheet("color: #555;")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.errors_model = RowErrorModel(context.language.is_chinese, self)
        self.errors_table = QTableView(self)
        self.errors_table.setModel(self.errors_model)
        self.errors_table.verticalHeader().setVisible(False)
        self.errors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_table.setWordWrap(True)
        self.errors_table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET - 12)
        header = self.errors_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.errors_table.hide()
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.clicked.connect(self._import_all)
        self.skip_button = QPushButton(self)
        self.skip_button.clicked.connect(self._import_skipping)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        for button in (self.choose_button, self.import_button, self.skip_button):
            button.setMinimumHeight(TOUCH_TARGET)
        self.cancel_button.setMinimumHeight(TOUCH_TARGET)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.layout_hint)
        column.addWidget(self.status_label)
        column.addWidget(self.progress_bar)
        column.addWidget(self.errors_table, 1)
        column.addLayout(actions)
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._progress is not None

    @Slot()
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import records"),
            str(Path.home()),
            self.tr("Records sheets (*.csv *.xlsx)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check `path` in the background; the preview replaces any earlier one."""
        self._stop()
        self.preview = None
        self.errors_model.set_rows(())
        self.errors_table.hide()
        self.file_label.setText(str(path))
        database = self._context.startup.database
        progress = self._start(self.tr("Reading and checking %1…").replace("%1", path.name))
        job = self._job
        run_query(
            self,
            lambda: read_preview(path, database, progress),
            lambda preview: self._previewed(job, preview),
            lambda error: self._failed(job, error),
        )

    def _start(self, message: str) -> Progress:
        self._job += 1
        self._progress = Progress()
        self.status_label.setStyleSheet("")
        self.status_label.setText(message)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._timer.start()
        self._update_buttons()
        return self._progress

    def _stop(self) -> None:
        if self._progress is not None:
            self._progress.cancelled.set()
        self._progress = None
        self._writing = False
        self._timer.stop()
        self.progress_bar.hide()
        self._update_buttons()

    @Slot()
    def _show_progress(self) -> None:
        progress = self._progress
        if progress is None or progress.total == 0:
            return
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.done)

    def _previewed(self, job: int, preview: Preview) -> None:
        if job != self._job:
            return
        self._stop()
        self._show_preview(preview)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        if preview.errors:
            self.status_label.setText(
                self.tr(
                    "%1 good row(s), %2 row(s) with problems (below). Nothing is imported from "
                    "a sheet with problems unless you choose to skip the bad rows; or fix the "
                    "sheet and choose it again."
                )
                .replace("%1", str(preview.good))
                .replace("%2", str(len(preview.bad_rows)))
            )
            self.status_label.setStyleSheet("color: #b3261e;")
        else:
            self.status_label.setText(
                self.tr("%1 good row(s) ready to import.").replace("%1", str(preview.good))
            )
            self.status_label.setStyleSheet("")
        self.errors_model.set_rows(preview.errors)
        self.errors_table.setVisible(bool(preview.errors))
        self._update_buttons()

    def _failed(self, job: int, error: BaseException) -> None:
        if job != self._job:
            return
        self._stop()
        if isinstance(error, Cancelled):
            self.status_label.setText(self.tr("Cancelled: nothing was imported."))
            self.status_label.setStyleSheet("")
        elif isinstance(error, ImportRefused) and self.preview is not None:
            self._show_preview(_with_errors(self.preview, error.report.errors))
        else:
            self.status_label.setText(record_error_text(error))
            self.status_label.setStyleSheet("color: #b3261e;")
        self._update_buttons()

    @Slot()
    def _import_all(self) -> None:
        self._write(skip_bad=False)

    @Slot()
    def _import_skipping(self) -> None:
        self._write(skip_bad=True)

    def _write(self, skip_bad: bool) -> None:
        preview = self.preview
        if preview is None or self.busy:
            return
        database, actor = self._context.startup.database, self._context.session.actor
        progress = self._start(self.tr("Importing %1 row(s)…").replace("%1", str(preview.good)))
        self._writing = True
        job = self._job

        def write() -> ImportReport:
            with database.transaction() as session:
                report = import_records(
                    session, actor, preview.parsed, preview.path.name, skip_bad=skip_bad
                )
                progress.check()  # raising here rolls the transaction back
            return report

        run_query(
            self, write, lambda report: self._written(job, report), lambda e: self._failed(job, e)
        )

    def _written(self, job: int, report: ImportReport) -> None:
        if job != self._job:
            return
        self._stop()
        self.report = report
        self.imported.emit(report)
        self.accept()

    @Slot()
    def _cancel(self) -> None:
        progress = self._progress
        if progress is None:
            self.reject()
        elif self._writing:
            # The transaction decides: it rolls back at its check, or it had already committed
            # and the report arrives. Either way the dialog then says what really happened.
            progress.cancelled.set()
            self.status_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
        else:
            self._stop()
            self._job += 1  # reading stores nothing: a late result is simply ignored
            self.status_label.setText(self.tr("Cancelled: nothing was imported."))
            self.status_label.setStyleSheet("")
            self._update_buttons()

    def reject(self) -> None:
        if self._writing:
            self._cancel()  # Esc while writing asks the transaction to roll back; no leaving
            return
        self._stop()
        super().reject()

    def _update_buttons(self) -> None:
        preview, busy = self.preview, self.busy
        clean = preview is not None and not preview.errors and preview.good > 0
        some_good = preview is not None and bool(preview.errors) and preview.good > 0
        self.choose_button.setEnabled(not busy)
        self.import_button.setEnabled(clean and not busy)
        self.skip_button.setVisible(some_good)
        self.skip_button.setEnabled(some_good and not busy)
        if preview is not None:
            self.skip_button.setText(
                self.tr("Import %1 good row(s), skip %2 bad row(s)")
                .replace("%1", str(preview.good))
                .replace("%2", str(len(preview.bad_rows)))
            )
        self.cancel_button.setEnabled(True)


def _with_errors(preview: Preview, errors: tuple[RowError, ...]) -> Preview:
    ordered = tuple(sorted(errors, key=lambda e: e.row))
    bad_rows = tuple(sorted({e.row for e in ordered}))
    good = sum(1 for n, _r in preview.parsed.records if n not in set(bad_rows))
    return Preview(preview.path, preview.parsed, ordered, bad_rows, good)
