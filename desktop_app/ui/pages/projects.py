"""Improvement projects (清洁生产方案): the register of options with their economics, and the ROI
view of the selected one with its realised savings.

The register is read on the query pool whenever the page is shown and after every write; the
class and status filters work on the rows in memory. Realised savings of the selected option
are read after it is selected (they fit a baseline). Writes need MANAGE_KPIS; without it the
buttons are disabled with a tooltip that says who may, and the service checks again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
)
from sqlalchemy.orm import Session

from desktop_app.services.project_queries import ProjectInfo
from desktop_app.services.project_savings import RealisedSavings
from desktop_app.ui import project_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.project_dialog import ProjectDialog, ProjectDraft
from desktop_app.ui.models.project_models import ProjectTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.project_detail import ProjectDetail
from desktop_app.ui.project_text import money_text, project_error_text, step_text
from desktop_app.ui.run_query import run_query
from domain.projects import TRANSITIONS, CostClass, ProjectStatus, label
from domain.roles import Permission, role_allows

TOUCH_HEIGHT = 44


class ProjectsPage(Page):
    loaded = Signal()
    """The register was (re)read from the database and shown."""
    savings_loaded = Signal(str)
    """The selected option's realised savings arrived; carries its id."""
    changed = Signal(str)
    """A write on this page was committed; carries the option's id."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._all: tuple[ProjectInfo, ...] = ()
        self._savings_for: str | None = None
        bar = QHBoxLayout()
        self.class_label = QLabel(self)
        self.class_combo = QComboBox(self)
        self.status_label = QLabel(self)
        self.status_combo = QComboBox(self)
        for combo in (self.class_combo, self.status_combo):
            combo.setMinimumHeight(TOUCH_HEIGHT)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button = QPushButton(self)
        self.new_button.setMinimumHeight(TOUCH_HEIGHT)
        self.new_button.clicked.connect(self._on_new)
        for widget in (self.class_label, self.class_combo, self.status_label, self.status_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        self.layout_.addLayout(bar)
        self.summary_label = QLabel(self)
        self.layout_.addWidget(self.summary_label)
        self.model = ProjectTableModel(context.language.is_chinese, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = ProjectDetail(self)
        self.detail.edit_button.clicked.connect(self._on_edit)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 420])
        self.layout_.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context.session.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # ----------------------------------------------------------------- showing

    def retranslate(self) -> None:
        chinese = self.context.language.is_chinese
        self.title_label.setText(self.tr("Improvement projects"))
        self.class_label.setText(self.tr("Cost class"))
        self.status_label.setText(self.tr("Status"))
        self.new_button.setText(self.tr("New option…"))
        self._fill_combo(self.class_combo, [c.value for c in CostClass], chinese)
        self._fill_combo(self.status_combo, [s.value for s in ProjectStatus], chinese)
        self.model.set_chinese(chinese)
        self.detail.retranslate(chinese)
        self._update_summary()
        self._update_buttons()

    def _fill_combo(self, combo: QComboBox, codes: list[str], chinese: bool) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for code in codes:
            combo.addItem(label(code, chinese), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the register on the query pool; keep (or move to) the selection afterwards."""
        database = self.context.startup.database
        keep = select or self._selected_id()
        run_query(
            self,
            lambda: project_io.load_projects(database),
            lambda rows: self._loaded(rows, keep),
            self._failed,
        )

    def _loaded(self, rows: tuple[ProjectInfo, ...], keep: str | None) -> None:
        self._all = rows
        self._savings_for = None  # figures may have changed: judge again
        self._apply_filters(keep)
        self.loaded.emit()

    def set_filters(self, cost_class: str | None, status: str | None) -> None:
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(cost_class)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))

    @Slot()
    def _filters_changed(self, *_args: object) -> None:
        self._apply_filters(self._selected_id())

    def visible_projects(self) -> list[ProjectInfo]:
        cost_class, status = self.class_combo.currentData(), self.status_combo.currentData()
        return [
            p
            for p in self._all
            if (cost_class is None or p.fields.cost_class == cost_class)
            and (status is None or p.status.value == status)
        ]

    def _apply_filters(self, keep: str | None) -> None:
        shown = self.visible_projects()
        self.model.set_rows(shown)
        self._update_summary()
        if keep is not None and self.select(keep):
            return
        if not (shown and self.select(shown[0].id)):  # the first option's figures, not a blank
            self._show_selected()

    def _update_summary(self) -> None:
        shown = self.model.projects()
        live = [p for p in shown if p.status is not ProjectStatus.DROPPED]
        chinese = self.context.language.is_chinese
        self.summary_label.setText(
            self.tr("%1 options shown · investment %2 · annual benefit %3 (dropped not counted)")
            .replace("%1", str(len(shown)))
            .replace("%2", money_text(sum(p.investment for p in live), chinese))
            .replace("%3", money_text(sum(p.annual_benefit for p in live), chinese, True))
        )

    def selected(self) -> ProjectInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.project_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        project = self.selected()
        return project.id if project is not None else None

    def select(self, project_id: str) -> bool:
        row = self.model.row_of(project_id)
        if row is None:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        project = self.selected()
        self.detail.show_project(project)
        self._update_buttons()
        if project is None or project.id == self._savings_for:
            return
        self._savings_for = project.id
        database, project_id = self.context.startup.database, project.id

        def show(savings: RealisedSavings) -> None:
            if self._savings_for != project_id:
                return  # another option was selected meanwhile
            self.detail.show_savings(savings)
            self.savings_loaded.emit(project_id)

        run_query(self, lambda: project_io.load_savings(database, project_id), show, self._failed)

    # ----------------------------------------------------------------- buttons

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        may = role_allows(self.context.session.actor.role, Permission.MANAGE_KPIS)
        hint = "" if may else self.tr("Sign in as an engineer or administrator.")
        self.new_button.setEnabled(may)
        self.new_button.setToolTip(hint)
        project = self.selected()
        self.detail.edit_button.setEnabled(may and project is not None)
        self.detail.edit_button.setToolTip(hint)
        buttons = []
        for target in TRANSITIONS[project.status] if project else ():
            button = QPushButton(step_text(target))
            button.setProperty("target_status", target.value)
            button.setEnabled(may)
            button.setToolTip(hint)
            button.clicked.connect(lambda _checked=False, t=target: self._on_step(t))
            buttons.append(button)
        self.detail.set_steps(buttons)

    def step_button(self, target: ProjectStatus) -> QPushButton | None:
        for button in self.detail.step_buttons:
            if button.property("target_status") == target.value:
                return button
        return None

    # ----------------------------------------------------------------- dialogs (tests replace)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def edit_dialog(self, existing: ProjectInfo | None) -> ProjectDraft | None:
        departments = tuple(sorted({p.fields.department for p in self._all if p.fields.department}))
        dialog = ProjectDialog(existing, self.context.language.is_chinese, departments, self)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def ask_implemented_on(self) -> date | None:
        """The day the option went into service (today by default, never in the future)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Implemented"))
        edit = QDateEdit(QDate.currentDate(), dialog)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(QDate.currentDate())
        edit.setMinimumHeight(TOUCH_HEIGHT)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("In service since"), edit)
        form.addRow(buttons)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            day = edit.date()
            return date(day.year(), day.month(), day.day())
        finally:
            dialog.deleteLater()

    # ----------------------------------------------------------------- writing

    def _on_step(self, target: ProjectStatus) -> None:
        project = self.selected()
        if project is None:
            return
        on = None
        if target is ProjectStatus.IMPLEMENTED:
            on = self.ask_implemented_on()
            if on is None:
                return
        actor = self.context.session.actor
        self._write(project.id, lambda s: project_io.move(s, actor, project.id, target.value, on))

    @Slot()
    def _on_new(self) -> None:
        draft = self.edit_dialog(None)
        if draft is None:
            return
        actor = self.context.session.actor
        self._write(None, lambda s: project_io.save_draft(s, actor, None, draft))

    @Slot()
    def _on_edit(self) -> None:
        project = self.selected()
        if project is None:
            return
        draft = self.edit_dialog(project)
        if draft is None:
            return
        actor = self.context.session.actor
        self._write(project.id, lambda s: project_io.save_draft(s, actor, project.id, draft))

    def _write(self, project_id: str | None, write: Callable[[Session], Any]) -> None:
        """Run `write` in a transaction on the query pool, then reload and select the option."""
        database = self.context.startup.database

        def run() -> str | None:
            with database.transaction() as session:
                result = write(session)
            return result if isinstance(result, str) else project_id

        def done(written: str | None) -> None:
            self.reload(select=written)
            self.changed.emit(written or "")

        run_query(self, run, done, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        self.reload()
        self.warn(self.tr("Not changed"), project_error_text(error))

    def _failed(self, error: BaseException) -> None:
        self.warn(self.tr("Not loaded"), project_error_text(error))
