"""Import a run package: inspect and preview off the GUI thread, decide conflicts, import.

Nothing is written until "Import": the package is checked and the import previewed first, so a
person sees what arrives and every action changed on both sides side by side. A conflict stays
as it is here unless someone allowed to manage actions chooses "keep ours" or "take theirs".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.run_packages import (
    ActionConflict,
    ImportReport,
    PackageContents,
    import_package,
    inspect_package,
    preview_import,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.package_busy import TOUCH_TARGET, BusyDialog
from desktop_app.ui.package_text import conflict_field_text, conflict_value_text, when_text
from desktop_app.ui.run_query import run_query
from domain.roles import Permission, role_allows


class ConflictBox(QGroupBox):
    """One action changed on both sides: the differing fields side by side, and the choice."""

    def __init__(self, conflict: ActionConflict, may_decide: bool, parent: QWidget) -> None:
        super().__init__(conflict.title, parent)
        self.conflict = conflict
        grid = QGridLayout()
        headers = (self.tr("Field"), self.tr("This computer (ours)"), self.tr("Package (theirs)"))
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(label, 0, col)
        rows = [
            (conflict_field_text(f.field), conflict_value_text(f.field, f.ours),
             conflict_value_text(f.field, f.theirs))
            for f in conflict.fields
        ]  # fmt: skip
        rows.append(
            (
                self.tr("Last changed"),
                self._changed(conflict.ours.updated_by, conflict.ours.updated_ms),
                self._changed(conflict.theirs.updated_by, conflict.theirs.updated_ms),
            )
        )
        for row, texts in enumerate(rows, start=1):
            for col, text in enumerate(texts):
                label = QLabel(text, self)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, col)
        self.ours_button = QRadioButton(self.tr("Keep ours"), self)
        self.theirs_button = QRadioButton(self.tr("Take theirs"), self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        choice = QHBoxLayout()
        for button in (self.ours_button, self.theirs_button):
            button.setMinimumHeight(TOUCH_TARGET)
            button.setEnabled(may_decide)
            self.group.addButton(button)
            choice.addWidget(button)
        choice.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addLayout(choice)

    def _changed(self, who: str, ms: int) -> str:
        return self.tr("%1, %2").replace("%1", who).replace("%2", when_text(ms))

    def choice(self) -> str | None:
        if self.ours_button.isChecked():
            return "ours"
        if self.theirs_button.isChecked():
            return "theirs"
        return None


class ImportPackageDialog(BusyDialog):
    """Choose a package, see what it holds and what importing would do, decide, import."""

    imported = Signal(object)
    """The `ImportReport` of a committed import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.path: Path | None = None
        self.contents: PackageContents | None = None
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.conflict_boxes: list[ConflictBox] = []
        self._job = 0
        self.close_button.setText(self.tr("Close"))
        self.setWindowTitle(self.tr("Import a run package"))
        self.setMinimumSize(820, 600)
        self.choose_button = QPushButton(self.tr("Choose package…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No package chosen."), self)
        self.file_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.runs_table = QTableWidget(0, 5, self)
        self.runs_table.setHorizontalHeaderLabels(
            [self.tr("Finished"), self.tr("Checklist"), self.tr("Photos"), self.tr("Here"),
             self.tr("Title")]
        )  # fmt: skip
        self.runs_table.verticalHeader().setVisible(False)
        self.runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.runs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.conflicts_area = QScrollArea(self)
        self.conflicts_area.setWidgetResizable(True)
        self.conflicts_area.hide()
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setMinimumHeight(TOUCH_TARGET)
        self.import_button.clicked.connect(self.start_import)
        self.choose_button.setMinimumHeight(TOUCH_TARGET)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.summary_label)
        column.addWidget(self.runs_table, 1)
        column.addWidget(self.conflicts_label)
        column.addWidget(self.conflicts_area, 2)
        column.addWidget(self.status_label)
        column.addWidget(self.progress_bar)
        column.addLayout(actions)
        self._update_buttons()

    @Slot()
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a run package"),
            str(Path.home()),
            self.tr("Qingyuan run packages (*.qyrun)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Inspect the package and preview the import in the background (nothing is written)."""
        if self.busy:
            return
        self.path, self.contents, self.preview, self.report = path, None, None, None
        self._job += 1
        job = self._job
        self.file_label.setText(str(path))
        self._show_conflicts(())
        self.summary_label.clear()
        self.runs_table.setRowCount(0)
        database = self._context.startup.database

        def read() -> tuple[PackageContents, ImportReport]:
            contents = inspect_package(path)
            with database.reading() as session:
                return contents, preview_import(session, database.data_dir, contents)

        self._start(self.tr("Checking %1…").replace("%1", path.name))
        run_query(self, read, lambda result: self._previewed(job, *result), self._failed)

    def _previewed(self, job: int, contents: PackageContents, preview: ImportReport) -> None:
        if job != self._job:
            return
        self._stop()
        self.contents, self.preview = contents, preview
        manifest = contents.manifest
        self.summary_label.setText(
            self.tr("From %1, exported by %2 on %3 (Qingyuan %4).")
            .replace("%1", manifest.site_code or "—")
            .replace("%2", manifest.exported_by)
            .replace("%3", when_text(manifest.created_ms))
            .replace("%4", manifest.app_version)
        )
        self._show_runs(contents, set(preview.runs_new))
        self._say(self._preview_text(preview))
        self._show_conflicts(preview.conflicts)
        self._update_buttons()

    def _show_runs(self, contents: PackageContents, new: set[str]) -> None:
        chinese = self._context.language.is_chinese
        names = {(t.code, t.version): t.template.name for t in contents.templates}
        self.runs_table.setRowCount(len(contents.runs))
        for row, run in enumerate(contents.runs):
            record = run.record
            name = names.get((record["template_code"], record["template_version"]))
            checklist = (name.zh if chinese else name.en) if name else record["template_code"]
            cells = [
                when_text(record["finished_ms"] or record["started_ms"]),
                f"{checklist} v{record['template_version']}", str(len(run.photos)),
                self.tr("New") if run.id in new else self.tr("Already here"), record["title"],
            ]  # fmt: skip
            for col, text in enumerate(cells):
                self.runs_table.setItem(row, col, QTableWidgetItem(text))

    def _preview_text(self, preview: ImportReport) -> str:
        return (
            self.tr(
                "%1 new run(s) with %2 photo(s), %3 already here. Corrective actions: %4 new, "
                "%5 to update, %6 unchanged or newer here, %7 changed on both sides."
            )
            .replace("%1", str(len(preview.runs_new)))
            .replace("%2", str(preview.photos_new))
            .replace("%3", str(len(preview.runs_skipped)))
            .replace("%4", str(len(preview.actions_new)))
            .replace("%5", str(len(preview.actions_updated)))
            .replace("%6", str(len(preview.actions_skipped) + len(preview.actions_kept)))
            .replace("%7", str(len(preview.conflicts)))
        )

    def _show_conflicts(self, conflicts: tuple[ActionConflict, ...]) -> None:
        self.conflict_boxes = []
        holder = QWidget()
        column = QVBoxLayout(holder)
        may_decide = role_allows(self._context.session.actor.role, Permission.MANAGE_ACTIONS)
        for conflict in conflicts:
            box = ConflictBox(conflict, may_decide, holder)
            self.conflict_boxes.append(box)
            column.addWidget(box)
        column.addStretch(1)
        self.conflicts_area.setWidget(holder)
        self.conflicts_area.setVisible(bool(conflicts))
        if not conflicts:
            self.conflicts_label.clear()
        elif may_decide:
            self.conflicts_label.setText(
                self.tr(
                    "These actions were changed here and in the package since they were last "
                    "exchanged. Choose for each which version to keep; an action without a "
                    "choice stays as it is here, and importing the package again asks again."
                )
            )
        else:
            self.conflicts_label.setText(
                self.tr(
                    "These actions were changed here and in the package since they were last "
                    "exchanged. They stay as they are here: only an engineer or administrator "
                    "can choose which version to keep."
                )
            )

    def resolutions(self) -> dict[str, str]:
        return {
            box.conflict.action_id: choice
            for box in self.conflict_boxes
            if (choice := box.choice()) is not None
        }

    @Slot()
    def start_import(self) -> None:
        path = self.path
        if path is None or self.preview is None or self.busy:
            return
        database, actor = self._context.startup.database, self._context.session.actor
        resolutions = self.resolutions()
        progress = self._start(self.tr("Importing %1…").replace("%1", path.name), writing=True)

        def write() -> ImportReport:
            with database.transaction() as session:
                return import_package(
                    session, actor, database.data_dir, path,
                    resolutions=resolutions, progress=progress,
                )  # fmt: skip

        run_query(self, write, self._imported, self._failed)

    def _imported(self, report: ImportReport) -> None:
        self._stop()
        self.report, self.preview = report, None
        text = (
            self.tr("Imported: %1 new, %2 updated, %3 already here.")
            .replace("%1", str(report.new))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.skipped))
        )
        if report.conflicts:
            text += " " + self.tr("%1 conflict(s) left as they are here.").replace(
                "%1", str(len(report.conflicts))
            )
        self._say(text)
        self._show_conflicts(())
        self._update_buttons()
        self.imported.emit(report)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.choose_button.setEnabled(not self.busy)
        self.import_button.setEnabled(not self.busy and self.preview is not None)
