"""The alarm page's limits tab: every configured limit, editable by engineers.

Reads and writes run on the query pool; after a committed change the alarm monitor reloads,
so the new limit is watched from the next reading on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.services import alarms as service
from desktop_app.ui.alarm_bridge import AlarmBridge
from desktop_app.ui.alarm_text import alarm_error_text, kind_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.alarm_limit_dialog import AlarmLimitDialog
from desktop_app.ui.models.alarm_models import AlarmLimitModel
from desktop_app.ui.run_query import run_query
from domain.alarms import AlarmLimit
from domain.roles import Actor, Permission, role_allows

TOUCH_HEIGHT = 40


class AlarmLimitsTab(QWidget):
    loaded = Signal(int)
    """Number of limits shown, after each load."""
    saved = Signal(int)
    """Id of the limit written (or deleted)."""

    def __init__(self, context: AppContext, alarms: AlarmBridge) -> None:
        super().__init__()
        self._context = context
        self._alarms = alarms
        self.model = AlarmLimitModel(context.catalog.current.tags, context.language.is_chinese)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        toolbar = QHBoxLayout()
        for button, slot in (
            (self.add_button, self._on_add),
            (self.edit_button, self._on_edit),
            (self.delete_button, self._on_delete),
        ):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.clicked.connect(slot)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._on_edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.session.actor_changed.connect(self._update_buttons)
        context.catalog.changed.connect(self._on_catalog)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add limit"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.set_tags(self._context.catalog.current.tags, self._context.language.is_chinese)
        self._update_buttons()

    def load(self) -> None:
        database = self._context.startup.database

        def fetch() -> tuple[AlarmLimit, ...]:
            with database.reading() as session:
                return service.list_limits(session)

        run_query(self, fetch, self._loaded, self._failed)

    def selected(self) -> AlarmLimit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.limit_at(rows[0].row()) if rows else None

    def select(self, limit_id: int) -> bool:
        row = self.model.row_of(limit_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def may_edit(self) -> bool:
        return role_allows(self._context.session.actor.role, Permission.CONFIGURE_INSTRUMENTS)

    def _loaded(self, limits: tuple[AlarmLimit, ...]) -> None:
        chosen = self.selected()
        self.model.set_rows(limits)
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()
        self.loaded.emit(len(limits))

    @Slot(object)
    def _on_catalog(self, _catalog: object) -> None:
        self.retranslate()
        self.load()

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        editable = self.may_edit()
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and self.selected() is not None)
        self.delete_button.setEnabled(editable and self.selected() is not None)

    def _dialog(self, limit: AlarmLimit | None) -> AlarmLimitDialog:
        tags = self._context.catalog.current.tags
        return AlarmLimitDialog(
            tags, self.model.limits(), self._context.language.is_chinese, limit, self
        )

    @Slot()
    def _on_add(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec():
            limit = dialog.value()
            self._write(lambda s, a: service.create_limit(s, a, limit))

    @Slot()
    def _on_edit(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is None or not self.may_edit():
            return
        dialog = self._dialog(chosen)
        if dialog.exec():
            limit = dialog.value()
            self._write(lambda s, a: service.update_limit(s, a, limit))

    @Slot()
    def _on_delete(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Delete alarm limit"),
            self.tr(
                "Delete the %1 limit? Past alarms stay in the history.\n"
                "Reason (kept in the change log):"
            ).replace("%1", kind_text(chosen.kind)),
        )
        if ok and reason.strip():
            limit_id, why = chosen.id, reason.strip()
            self._write(lambda s, a: service.delete_limit(s, a, limit_id, why))

    def _write(self, change: Callable[[Session, Actor], int]) -> None:
        database, actor = self._context.startup.database, self._context.session.actor

        def run() -> int:
            with database.transaction() as session:
                return change(session, actor)

        run_query(self, run, self._written, self._failed)

    def _written(self, limit_id: int) -> None:
        self._alarms.reload()
        self.load()
        self.saved.emit(limit_id)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), alarm_error_text(error))
