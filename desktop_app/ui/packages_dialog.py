"""Export completed runs to a `.qyrun` package and import one: the tablet ↔ plant PC exchange.

The import dialog is `package_import_dialog`; both open through `open_export`/`open_import`.

Everything that touches the disk or the database runs on the query pool (a package may hold
hundreds of photos on a slow USB stick); a timer shows the worker's progress. The import dialog
first inspects the package and previews the import without writing, so a person sees what
arrives, and every action edited on both sides side by side, before anything is stored. Each
conflict is left as it is unless someone allowed to manage actions chooses "keep ours" or
"take theirs" for it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.checklist_runs import RunSummary, completed_runs
from desktop_app.services.run_packages import PackageSummary, export_runs
from desktop_app.ui.context import AppContext
from desktop_app.ui.package_busy import TOUCH_TARGET, BusyDialog
from desktop_app.ui.package_import_dialog import ImportPackageDialog
from desktop_app.ui.package_text import when_text
from desktop_app.ui.run_query import run_query

__all__ = ["ExportRunsDialog", "ImportPackageDialog", "open_export", "open_import"]


class ExportRunsDialog(BusyDialog):
    """Choose completed runs and a file; the package is written off the GUI thread."""

    exported = Signal(object)
    """The `PackageSummary` of a written package."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.runs: list[RunSummary] = []
        self.summary: PackageSummary | None = None
        self.close_button.setText(self.tr("Close"))
        self.setWindowTitle(self.tr("Export runs to a package"))
        self.setMinimumSize(760, 480)
        hint = QLabel(
            self.tr(
                "The chosen completed runs, with their photos, signatures, checklist versions "
                "and corrective actions, are written to one .qyrun file for a USB stick or a "
                "shared folder. Import it on the other computer."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Finished"), self.tr("Checklist"), self.tr("Score"), self.tr("Inspector"),
             self.tr("Title")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET - 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.all_button = QPushButton(self.tr("Select all"), self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("Select none"), self)
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.choose_file)
        for button in (self.all_button, self.none_button, self.export_button):
            button.setMinimumHeight(TOUCH_TARGET)
        selection = QHBoxLayout()
        selection.addWidget(self.all_button)
        selection.addWidget(self.none_button)
        selection.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addLayout(selection)
        column.addWidget(self.table, 1)
        column.addWidget(self.status_label)
        column.addWidget(self.progress_bar)
        column.addLayout(actions)
        self._load_runs()

    def _load_runs(self) -> None:
        database = self._context.startup.database

        def read() -> list[RunSummary]:
            with database.reading() as session:
                return completed_runs(session, 1000)

        self._start(self.tr("Reading the completed runs…"))
        run_query(self, read, self._show_runs, self._failed)

    def _show_runs(self, runs: list[RunSummary]) -> None:
        self._stop()
        self.runs = runs
        chinese = self._context.language.is_chinese
        self.table.blockSignals(True)
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            name = run.template_name
            checklist = (name.zh if chinese else name.en) if name else run.template_code
            score = "—" if run.score_percent is None else f"{run.score_percent:.0f} %"
            finished = when_text(run.finished_ms or run.started_ms)
            cells = [finished, f"{checklist} v{run.template_version}", score, run.started_by,
                     run.title]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self._say(
            self.tr("%1 completed run(s). Tick the runs to export.").replace("%1", str(len(runs)))
            if runs
            else self.tr("There are no completed runs to export.")
        )
        self._update_buttons()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setCheckState(state)

    def chosen_ids(self) -> list[str]:
        return [
            run.id
            for row, run in enumerate(self.runs)
            if (item := self.table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def choose_file(self) -> None:
        site = self._context.startup.site.code or "qingyuan"
        name = f"{site}_{datetime.now():%Y%m%d-%H%M}.qyrun"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export runs to a package"),
            str(Path.home() / name),
            self.tr("Qingyuan run packages (*.qyrun)"),
        )
        if path:
            self.export_to(Path(path) if path.endswith(".qyrun") else Path(path + ".qyrun"))

    def export_to(self, path: Path) -> None:
        """Write the ticked runs to `path` in the background."""
        run_ids = self.chosen_ids()
        if not run_ids or self.busy:
            return
        database, actor = self._context.startup.database, self._context.session.actor
        progress = self._start(self.tr("Writing %1…").replace("%1", path.name), writing=True)

        def write() -> PackageSummary:
            with database.transaction() as session:
                return export_runs(
                    session, actor, database.data_dir, run_ids, path, progress=progress
                )

        run_query(self, write, self._written, self._failed)

    def _written(self, summary: PackageSummary) -> None:
        self._stop()
        self.summary = summary
        self._say(
            self.tr("%1 run(s), %2 corrective action(s) and %3 photo(s) written to %4.")
            .replace("%1", str(len(summary.runs)))
            .replace("%2", str(len(summary.actions)))
            .replace("%3", str(summary.photos))
            .replace("%4", str(summary.path))
        )
        self.exported.emit(summary)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        busy = self.busy
        for button in (self.all_button, self.none_button):
            button.setEnabled(not busy and bool(self.runs))
        self.export_button.setEnabled(not busy and bool(self.chosen_ids()))


def open_export(owner: QWidget, context: AppContext) -> ExportRunsDialog:
    """Show the export dialog (modal to `owner`); returns it for its `exported` signal."""
    dialog = ExportRunsDialog(context, owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_import(owner: QWidget, context: AppContext) -> ImportPackageDialog:
    """Show the import dialog (modal to `owner`); connect to its `imported` signal to refresh."""
    dialog = ImportPackageDialog(context, owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
