"""The "Workflows" tab of the Tasks page: every workflow instance with a status filter, and the
selected one's values and history (comment and cancel; acting on a task is in My tasks).

Reads run on the query pool when the tab is shown and after every write of the page.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.workflow_tasks import InstanceInfo
from desktop_app.ui import task_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.task_models import InstanceTableModel
from desktop_app.ui.run_query import run_query
from desktop_app.ui.task_detail import TaskDetail
from desktop_app.ui.task_text import status_text, task_error_text
from domain.roles import Permission, role_allows

TOUCH_HEIGHT = 44
STATUSES = ("", "running", "completed", "rejected", "cancelled")


def make_table(parent: QWidget, model: QAbstractItemModel) -> QTableView:
    """A read-only, single-row-selecting table with touch-high rows; the first column stretches."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class InstancesTab(QWidget):
    loaded = Signal()
    detail_loaded = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._detail_for: str | None = None
        self.status_combo = QComboBox(self)
        self.status_combo.setMinimumHeight(TOUCH_HEIGHT)
        for status in STATUSES:
            self.status_combo.addItem("", status)
        self.status_combo.currentIndexChanged.connect(self.reload)
        self.status_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        self.model = InstanceTableModel(True, self)
        self.table = make_table(self, self.model)
        self.detail = TaskDetail(self)
        for button in self.detail.buttons():
            button.setVisible(button in (self.detail.comment_button, self.detail.cancel_button))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 560])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Status"))
        for index, status in enumerate(STATUSES):
            text = status_text(status) if status else self.tr("All")
            self.status_combo.setItemText(index, text)
        self.detail.retranslate()
        self.model.set_chinese(self.context.language.is_chinese)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self, *_args: object) -> None:
        database = self.context.startup.database
        status = self.status_combo.currentData() or None
        keep = self.selected()
        run_query(
            self,
            lambda: task_io.load_instances(database, status),
            lambda rows: self._loaded(rows, keep.id if keep else None),
            self._failed,
        )

    def _loaded(self, rows: tuple[InstanceInfo, ...], keep: str | None) -> None:
        self.model.set_rows(rows, self.context.language.is_chinese)
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self._show_selected()
        self.loaded.emit()

    def selected(self) -> InstanceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.instance_at(rows[0].row()) if rows else None

    @Slot()
    def _show_selected(self, *_args: object) -> None:
        chosen = self.selected()
        chinese = self.context.language.is_chinese
        if chosen is None:
            self._detail_for = None
            self.detail.show_instance(None, None, chinese)
            return
        self._detail_for = chosen.id
        database, actor = self.context.startup.database, self.context.session.actor

        def show(info: InstanceInfo) -> None:
            if self._detail_for != info.id:
                return
            self.detail.show_instance(info, None, chinese)
            may_fill = role_allows(actor.role, Permission.FILL_CHECKLISTS)
            may_cancel = role_allows(actor.role, Permission.MANAGE_ACTIONS)
            self.detail.comment_button.setEnabled(may_fill)
            self.detail.cancel_button.setEnabled(may_cancel and info.status == "running")
            self.detail_loaded.emit(info.id)

        run_query(self, lambda: task_io.load_instance(database, chosen.id, actor), show)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not loaded"), task_error_text(error))
