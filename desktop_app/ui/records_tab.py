"""Production and material records of a period: the table, the totals, and the actions.

The KPI page embeds this tab and hands it its period (`set_period`); the tab shows the records
of that period — filtered by category if asked —, their totals per category in the canonical
units the KPIs add up, and offers entry, change and removal (with a reason, for the change
log), import from a sheet, and the year's energy-accounting convention. Every read and write
runs on the query pool; `changed` tells the owner to recompute its figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.services.records import (
    ImportReport,
    RecordInfo,
    add_record,
    delete_record,
    list_records,
    update_record,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.energy_convention_dialog import EnergyConventionDialog
from desktop_app.ui.dialogs.record_dialog import RecordDialog
from desktop_app.ui.dialogs.record_import_dialog import RecordImportDialog
from desktop_app.ui.models.records_model import (
    CategoryTotalsModel,
    RecordsModel,
    category_totals,
)
from desktop_app.ui.record_problem_text import category_text, record_error_text
from desktop_app.ui.run_query import run_query
from domain.records import RecordCategory
from domain.roles import Actor, Permission, role_allows

TOUCH_TARGET = 44
TOTALS_ROWS_SHOWN = 4

Write = Callable[[Session, Actor], int | None]
"""A service call in the caller's transaction; returns the record to select afterwards."""


class RecordsTab(QWidget):
    changed = Signal()
    """Records or the energy convention were stored: figures built on them are out of date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = date.today()
        self._first, self._last = today.replace(day=1), today
        self._generation = 0
        self._busy = False
        self._select_after_load: int | None = None
        chinese = context.language.is_chinese
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setMinimumHeight(TOUCH_TARGET)
        self.filter_combo.setMinimumWidth(200)
        self.period_label = QLabel(self)
        self.add_button = self._button(self._on_add)
        self.edit_button = self._button(self._on_edit)
        self.delete_button = self._button(self._on_delete)
        self.import_button = self._button(self._on_import)
        self.convention_button = self._button(self._on_convention)
        self.model = RecordsModel(chinese, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET - 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.totals_label = QLabel(self)
        bold = QFont(self.totals_label.font())
        bold.setBold(True)
        self.totals_label.setFont(bold)
        self.totals_model = CategoryTotalsModel(chinese, self)
        self.totals_table = QTableView(self)
        self.totals_table.setModel(self.totals_model)
        self.totals_table.verticalHeader().setVisible(False)
        self.totals_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        totals_header = self.totals_table.horizontalHeader()
        totals_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        row_height = self.totals_table.verticalHeader().defaultSectionSize()
        self.totals_table.setFixedHeight(
            totals_header.sizeHint().height() + row_height * TOTALS_ROWS_SHOWN + 4
        )
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter_combo)
        filters.addSpacing(12)
        filters.addWidget(self.period_label, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.convention_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addLayout(actions)
        column.addWidget(self.table, 1)
        column.addWidget(self.status_label)
        column.addWidget(self.totals_label)
        totals = QHBoxLayout()
        totals.addWidget(self.totals_table)
        totals.addStretch(1)
        column.addLayout(totals)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        context.session.actor_changed.connect(self._update_buttons)
        self.retranslate()
        self.reload()

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumHeight(TOUCH_TARGET)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Category"))
        chosen = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All categories"), "")
        for category in RecordCategory:
            self.filter_combo.addItem(category_text(category), category.value)
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(chosen or ""), 0))
        self.filter_combo.blockSignals(False)
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.import_button.setText(self.tr("Import…"))
        self.convention_button.setText(self.tr("Energy accounting…"))
        self.totals_label.setText(self.tr("Totals for the period (as the KPIs count them)"))
        chinese = self.context.language.is_chinese
        self.model.set_chinese(chinese)
        self.totals_model.set_chinese(chinese)
        self._show_period()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_period(self, first: date, last: date) -> None:
        """Show the records of `first`..`last` (inclusive); called by the owning page."""
        self._first, self._last = first, last
        self._show_period()
        self.reload()

    def period(self) -> tuple[date, date]:
        return self._first, self._last

    def category(self) -> RecordCategory | None:
        value = self.filter_combo.currentData()
        return RecordCategory(value) if value else None

    @Slot()
    def reload(self) -> None:
        database, first, last = self.context.startup.database, self._first, self._last
        category = self.category()
        self._generation += 1
        generation = self._generation

        def read() -> list[RecordInfo]:
            with database.reading() as session:
                return list_records(session, first, last, category)

        run_query(self, read, lambda rows: self._loaded(generation, rows), self._read_failed)

    def _loaded(self, generation: int, rows: list[RecordInfo]) -> None:
        if generation != self._generation:
            return  # a newer period or filter was asked for meanwhile
        self.model.set_rows(rows)
        self.totals_model.set_rows(category_totals(rows))
        if self._select_after_load is not None:
            self.select(self._select_after_load)
            self._select_after_load = None
        self._update_buttons()

    def _read_failed(self, error: BaseException) -> None:
        self._show_status(record_error_text(error), problem=True)

    def selected(self) -> RecordInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def ask_reason(self, info: RecordInfo) -> tuple[str, bool]:
        """The reason for a removal; tests replace this instead of typing into a dialog."""
        return QInputDialog.getText(
            self,
            self.tr("Delete a record"),
            self.tr("Delete %1, %2 %3 of %4?\nReason (required; kept in the change log):")
            .replace("%1", self.model.display(info, "item"))
            .replace("%2", f"{info.record.quantity:g}")
            .replace("%3", info.record.unit)
            .replace("%4", info.record.day.isoformat()),
        )

    def warn(self, title: str, text: str) -> None:
        """A message box; tests replace this, since a modal box would block them."""
        QMessageBox.warning(self, title, text)

    @Slot()
    def _on_add(self) -> None:
        day = min(max(date.today(), self._first), self._last)
        chinese = self.context.language.is_chinese
        dialog = RecordDialog(self.context.startup.database, chinese, None, self, day=day)
        accepted, record = dialog.exec(), dialog.value()
        dialog.deleteLater()
        if accepted:
            self._write(lambda session, actor: add_record(session, actor, record))

    @Slot()
    def _on_edit(self) -> None:
        info = self.selected()
        if info is None or not self._may_enter():
            return
        chinese = self.context.language.is_chinese
        dialog = RecordDialog(self.context.startup.database, chinese, info, self)
        accepted, record, reason = dialog.exec(), dialog.value(), dialog.reason()
        dialog.deleteLater()
        if accepted:

            def update(session: Session, actor: Actor) -> int:
                update_record(session, actor, info.id, record, reason)
                return info.id

            self._write(update)

    @Slot()
    def _on_delete(self) -> None:
        info = self.selected()
        if info is None or not self._may_enter():
            return
        reason, ok = self.ask_reason(info)
        if not ok:
            return
        if not reason.strip():
            self.warn(
                self.tr("Not deleted"),
                self.tr("A record is deleted only with a reason; it is kept in the change log."),
            )
            return

        def delete(session: Session, actor: Actor) -> None:
            delete_record(session, actor, info.id, reason.strip())

        self._write(delete)

    @Slot()
    def _on_import(self) -> None:
        dialog = RecordImportDialog(self.context, self)
        dialog.imported.connect(self._imported)
        dialog.exec()
        dialog.deleteLater()

    @Slot(object)
    def _imported(self, report: ImportReport) -> None:
        text = self.tr("Imported %1 record(s).").replace("%1", str(report.imported))
        if report.skipped_rows:
            text += " " + self.tr("Skipped %1 bad row(s).").replace(
                "%1", str(len(report.skipped_rows))
            )
        self._show_status(text)
        self.reload()
        self.changed.emit()

    @Slot()
    def _on_convention(self) -> None:
        dialog = EnergyConventionDialog(self.context, self._last.year, self)
        dialog.saved.connect(self._convention_saved)
        dialog.exec()
        dialog.deleteLater()

    @Slot(object)
    def _convention_saved(self, convention: object) -> None:
        year = getattr(convention, "year", "")
        self._show_status(self.tr("Energy accounting of %1 saved.").replace("%1", str(year)))
        self.changed.emit()

    def _write(self, action: Write) -> None:
        database, actor = self.context.startup.database, self.context.session.actor

        def write() -> int | None:
            with database.transaction() as session:
                return action(session, actor)

        self._busy = True
        self._update_buttons()
        run_query(self, write, self._written, self._write_failed)

    def _written(self, record_id: int | None) -> None:
        self._busy = False
        self._select_after_load = record_id
        self._show_status(self.tr("Saved."))
        self.reload()
        self.changed.emit()

    def _write_failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.warn(self.tr("Not saved"), record_error_text(error))

    @Slot(QModelIndex)
    def _double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit()

    @Slot(int)
    def _filter_changed(self, _index: int) -> None:
        self.reload()

    def _may_enter(self) -> bool:
        return role_allows(self.context.session.actor.role, Permission.ENTER_READINGS)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        role = self.context.session.actor.role
        enter, manage = self._may_enter(), role_allows(role, Permission.MANAGE_KPIS)
        chosen = self.selected() is not None
        self.add_button.setEnabled(enter and not self._busy)
        self.edit_button.setEnabled(enter and chosen and not self._busy)
        self.delete_button.setEnabled(enter and chosen and not self._busy)
        self.import_button.setEnabled(enter and not self._busy)
        self.convention_button.setEnabled(manage)
        hint = "" if enter else self.tr("Sign in as an engineer or administrator to enter records.")
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            button.setToolTip(hint)
        self.convention_button.setToolTip(
            "" if manage else self.tr("Sign in as an engineer or administrator to change it.")
        )

    def _show_period(self) -> None:
        self.period_label.setText(
            self.tr("Period: %1 to %2")
            .replace("%1", self._first.isoformat())
            .replace("%2", self._last.isoformat())
        )

    def _show_status(self, text: str, *, problem: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b3261e;" if problem else "")
        self.status_label.setText(text)
