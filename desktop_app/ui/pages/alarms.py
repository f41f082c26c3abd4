"""Alarms: the open alarms to acknowledge, the searchable history, and the limits.

The alarm list comes from the monitor's snapshots (no database read on the GUI thread);
acknowledging runs the service on the query pool and then asks the monitor for a fresh list.
Acknowledgement needs a comment: it is the operator's statement of what was seen or done.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import alarms as service
from desktop_app.services.alarm_monitor import AlarmSnapshot
from desktop_app.ui.alarm_bridge import AlarmBridge
from desktop_app.ui.alarm_history_tab import AlarmHistoryTab
from desktop_app.ui.alarm_limits_tab import AlarmLimitsTab
from desktop_app.ui.alarm_text import alarm_error_text, alarm_problem_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.alarm_models import AlarmTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query
from domain.alarms import comment_problem, may_acknowledge

TOUCH_HEIGHT = 44


class AlarmsPage(Page):
    acknowledged = Signal(int)
    """How many alarms one acknowledgement closed or confirmed, after it was committed."""

    def __init__(self, context: AppContext, alarms: AlarmBridge) -> None:
        super().__init__(context)
        self.alarms = alarms
        self.model = AlarmTableModel(context.language.is_chinese, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ack_button = QPushButton(self)
        self.ack_button.setMinimumHeight(TOUCH_HEIGHT)
        self.ack_button.clicked.connect(self._on_acknowledge)
        self.summary_label = QLabel(self)
        active = QWidget(self)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.ack_button)
        toolbar.addWidget(self.summary_label, 1)
        column = QVBoxLayout(active)
        column.addLayout(toolbar)
        column.addWidget(self.table, 1)
        self.history = AlarmHistoryTab(context)
        self.limits = AlarmLimitsTab(context, alarms)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(active, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.limits, "")
        self.layout_.addWidget(self.tabs, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.session.actor_changed.connect(self._update_buttons)
        alarms.alarms_changed.connect(self.show_snapshot)
        self._snapshot = alarms.current
        self.retranslate()
        self.show_snapshot(alarms.current)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Alarms"))
        self.tabs.setTabText(0, self.tr("Alarm list"))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setTabText(2, self.tr("Limits"))
        self.ack_button.setText(self.tr("Acknowledge…"))
        self.model.set_chinese(self.context.language.is_chinese)
        self.history.retranslate()
        self.limits.retranslate()
        self._update_summary()

    @Slot(object)
    def show_snapshot(self, snapshot: AlarmSnapshot) -> None:
        chosen = {alarm.id for alarm in self.selected()}
        self._snapshot = snapshot
        self.model.set_rows(snapshot.alarms)
        for alarm_id in chosen:
            self.select(alarm_id, keep=True)
        self._update_summary()
        self._update_buttons()

    def selected(self) -> list[service.AlarmInfo]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.alarm_at(index.row()) for index in rows]

    def select(self, alarm_id: int, keep: bool = False) -> bool:
        row = self.model.row_of(alarm_id)
        if row is None:
            return False
        if not keep:
            self.table.clearSelection()
        selection = self.table.selectionModel()
        selection.select(
            self.model.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
        return True

    def ask_comment(self, count: int) -> tuple[str, bool]:
        """The acknowledgement comment; tests replace this instead of typing into a dialog."""
        return QInputDialog.getMultiLineText(
            self,
            self.tr("Acknowledge alarms"),
            self.tr("Acknowledge %1 alarm(s). Comment (required): what was seen or done?").replace(
                "%1", str(count)
            ),
        )

    @Slot()
    def _on_acknowledge(self) -> None:
        waiting = [a.id for a in self.selected() if not a.state.is_acknowledged]
        if not waiting:
            return
        comment, ok = self.ask_comment(len(waiting))
        if not ok:
            return
        problem = comment_problem(comment)
        if problem is not None:
            QMessageBox.warning(self, self.tr("Not acknowledged"), alarm_problem_text(problem))
            return
        database, actor = self.context.startup.database, self.context.session.actor

        def run() -> int:
            with database.transaction() as session:
                for alarm_id in waiting:
                    service.acknowledge(session, actor, alarm_id, comment)
            return len(waiting)

        self.ack_button.setEnabled(False)
        run_query(self, run, self._acknowledged, self._failed)

    def _acknowledged(self, count: int) -> None:
        self.alarms.refresh()
        self.history.reload_if_shown()
        self._update_buttons()
        self.acknowledged.emit(count)

    def _failed(self, error: BaseException) -> None:
        self.alarms.refresh()  # someone else may have acknowledged: show the list as it is
        self._update_buttons()
        QMessageBox.warning(self, self.tr("Not acknowledged"), alarm_error_text(error))

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        allowed = may_acknowledge(self.context.session.actor.role)
        waiting = any(not a.state.is_acknowledged for a in self.selected())
        self.ack_button.setEnabled(allowed and waiting)
        self.ack_button.setToolTip(
            "" if allowed else self.tr("Sign in as an inspector, engineer or administrator.")
        )

    def _update_summary(self) -> None:
        snapshot = self._snapshot
        self.summary_label.setText(
            self.tr("%1 open · %2 active · %3 unacknowledged")
            .replace("%1", str(len(snapshot.alarms)))
            .replace("%2", str(len(snapshot.active)))
            .replace("%3", str(len(snapshot.unacknowledged)))
        )
