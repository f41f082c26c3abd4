"""Actions: every corrective action with its owner, due date and state; overdue ones in red.

The list is read on the query pool whenever the page is shown and after every write; the
filters then work on the rows in memory, so switching filters is instant and each filter
button can show how many actions it holds. Step buttons follow `domain.actions`: what is not
allowed for this person in this state is disabled with a tooltip that says why, and the
service checks again when the step is taken (someone else may have moved the action since).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
)
from sqlalchemy.orm import Session

from desktop_app.services import actions as service
from desktop_app.services.actions import ActionInfo
from desktop_app.ui import action_io
from desktop_app.ui.action_detail import ActionDetail
from desktop_app.ui.action_text import action_error_text, action_problem_text, step_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.action_dialog import (
    ActionDialog,
    ActionDraft,
    EvidenceDialog,
    EvidenceDraft,
)
from desktop_app.ui.models.action_models import ACTION_COLUMNS, ActionTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query
from domain.actions import (
    FINISHED_STATES,
    TRANSITIONS,
    ActionState,
    is_overdue,
    is_rejection,
    is_review,
    transition_problem,
)
from domain.roles import Permission, role_allows

TOUCH_HEIGHT = 44
SOURCE_WIDTH = 170
FILTERS = ("all", "open", "in_progress", "done", "verified", "overdue", "closed")


class ActionsPage(Page):
    loaded = Signal()
    """The list was (re)read from the database and shown."""
    history_loaded = Signal(str)
    """The selected action's history (and thumbnails) arrived; carries its id."""
    changed = Signal(str)
    """A write on this page was committed; carries the action's id."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._all: tuple[ActionInfo, ...] = ()
        self._today = date.today()
        self._filter = "all"
        self._history_for: str | None = None
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key in FILTERS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setChecked(key == self._filter)
            button.clicked.connect(lambda _checked=False, k=key: self.set_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.new_button = QPushButton(self)
        self.new_button.setMinimumHeight(TOUCH_HEIGHT)
        self.new_button.clicked.connect(self._on_new)
        bar.addWidget(self.new_button)
        self.layout_.addLayout(bar)
        self.summary_label = QLabel(self)
        self.layout_.addWidget(self.summary_label)
        self.model = ActionTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        source = ACTION_COLUMNS.index("source")  # run ids are long: elide, the title matters
        header.setSectionResizeMode(source, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(source, SOURCE_WIDTH)
        self.detail = ActionDetail(self)
        self.detail.edit_button.clicked.connect(self._on_edit)
        self.detail.evidence_button.clicked.connect(self._on_evidence)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 420])
        self.layout_.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context.session.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # ----------------------------------------------------------------- showing

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Corrective actions"))
        self.new_button.setText(self.tr("New action…"))
        self.model.retranslate()
        self.detail.retranslate()
        self._update_counts()
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read every action on the query pool; keep (or move to) the selection afterwards."""
        database = self.context.startup.database
        keep = select or self._selected_id()
        run_query(
            self,
            lambda: action_io.load_actions(database),
            lambda result: self._loaded(result, keep),
            self._failed,
        )

    def _loaded(self, result: tuple[tuple[ActionInfo, ...], date], keep: str | None) -> None:
        self._all, self._today = result
        self._apply_filter(keep)
        self.loaded.emit()

    def set_filter(self, key: str) -> None:
        self._filter = key
        self.filter_buttons[key].setChecked(True)
        self._apply_filter(self._selected_id())

    def visible_actions(self) -> list[ActionInfo]:
        rows = [a for a in self._all if self._passes(a)]
        # unchecked work first, then verified (still to close), closed last; by due date within
        rows.sort(key=lambda a: (a.state in FINISHED_STATES, a.state is ActionState.CLOSED))
        return rows

    def _passes(self, action: ActionInfo) -> bool:
        if self._filter == "all":
            return True
        if self._filter == "overdue":
            return is_overdue(action.state, action.due, self._today)
        return action.state.value == self._filter

    def _apply_filter(self, keep: str | None) -> None:
        self.model.set_rows(self.visible_actions(), self._today)
        self._update_counts()
        if keep is None or not self.select(keep):
            self._show_selected()

    def selected(self) -> ActionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.action_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        action = self.selected()
        return action.id if action is not None else None

    def select(self, action_id: str) -> bool:
        row = self.model.row_of(action_id)
        if row is None:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))  # selectionChanged shows it
        return True

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        action = self.selected()
        self.detail.show_action(action, self.model.days_overdue(action) if action else 0)
        self._update_buttons()
        if action is None:
            self._history_for = None
            return
        if action.id != self._history_for:
            self.detail.events.clear()
        self._history_for = action.id
        self._load_history(action.id)

    def _load_history(self, action_id: str) -> None:
        database = self.context.startup.database

        def show(result: action_io.History) -> None:
            if self._history_for != action_id:
                return  # another action was selected meanwhile
            self.detail.events.set_events(*result)
            self.detail.history.scrollToBottom()
            self.history_loaded.emit(action_id)

        run_query(self, lambda: action_io.load_history(database, action_id), show, self._failed)

    def _update_counts(self) -> None:
        counts = dict.fromkeys(FILTERS, 0)
        counts["all"] = len(self._all)
        for action in self._all:
            counts[action.state.value] += 1
            counts["overdue"] += is_overdue(action.state, action.due, self._today)
        names = {
            "all": self.tr("All"),
            "open": self.tr("Open"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done, awaiting verification"),
            "verified": self.tr("Verified, to close"),
            "overdue": self.tr("Overdue"),
            "closed": self.tr("Closed"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(f"{names[key]} ({counts[key]})")
        style = "color: #c62828; font-weight: bold;" if counts["overdue"] else ""
        self.filter_buttons["overdue"].setStyleSheet(style)
        self.summary_label.setText(
            self.tr("%1 shown · %2 not yet verified · %3 overdue")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(counts["open"] + counts["in_progress"] + counts["done"]))
            .replace("%3", str(counts["overdue"]))
        )

    # ----------------------------------------------------------------- buttons

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        actor = self.context.session.actor
        may_fill = role_allows(actor.role, Permission.FILL_CHECKLISTS)
        may_manage = role_allows(actor.role, Permission.MANAGE_ACTIONS)
        self.new_button.setEnabled(may_fill)
        self.new_button.setToolTip("" if may_fill else self._sign_in_hint(False))
        action = self.selected()
        buttons = []
        if action is not None:
            for target in TRANSITIONS[action.state]:
                buttons.append(self._step_button(action, target))
        self.detail.set_steps(buttons)
        open_ = action is not None and action.state is not ActionState.CLOSED
        self.detail.edit_button.setEnabled(open_ and may_manage)
        self.detail.edit_button.setToolTip("" if may_manage else self._sign_in_hint(True))
        self.detail.evidence_button.setEnabled(open_ and may_fill)
        self.detail.evidence_button.setToolTip("" if may_fill else self._sign_in_hint(False))

    def _step_button(self, action: ActionInfo, target: ActionState) -> QPushButton:
        actor = self.context.session.actor
        review = is_review(action.state, target)
        permission = Permission.MANAGE_ACTIONS if review else Permission.FILL_CHECKLISTS
        button = QPushButton(step_text(action.state, target))
        button.setProperty("target_state", target.value)
        problem = transition_problem(action.state, target, actor.name, action.done_by, note="-")
        if not role_allows(actor.role, permission):
            button.setEnabled(False)
            button.setToolTip(self._sign_in_hint(review))
        elif problem is not None:
            button.setEnabled(False)
            button.setToolTip(action_problem_text(problem))
        button.clicked.connect(lambda _checked=False: self._on_step(action, target))
        return button

    def step_button(self, target: ActionState) -> QPushButton | None:
        """The detail panel's button that moves the selected action to `target`, if shown."""
        for button in self.detail.step_buttons:
            if button.property("target_state") == target.value:
                return button
        return None

    def _sign_in_hint(self, manage: bool) -> str:
        if manage:
            return self.tr("Sign in as an engineer or administrator.")
        return self.tr("Sign in as an inspector, engineer or administrator.")

    # ----------------------------------------------------------------- dialogs (tests replace)

    def ask_note(self, rejection: bool) -> tuple[str, bool]:
        """The reason for a rejection (required)."""
        del rejection
        return QInputDialog.getMultiLineText(
            self,
            self.tr("Reject the work"),
            self.tr("What is not right yet? (required — the person doing the work reads this)"),
        )

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def edit_dialog(self, existing: ActionInfo | None) -> ActionDraft | None:
        departments = tuple(sorted({a.department for a in self._all if a.department}))
        dialog = ActionDialog(existing, departments, self)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def evidence_dialog(self, action: ActionInfo) -> EvidenceDraft | None:
        dialog = EvidenceDialog(action.title, self)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # ----------------------------------------------------------------- writing

    def _on_step(self, action: ActionInfo, target: ActionState) -> None:
        note = ""
        if is_rejection(action.state, target):
            note, ok = self.ask_note(True)
            if not ok:
                return
            if not note.strip():
                self.warn(self.tr("Not changed"), action_problem_text("note_required"))
                return
        actor = self.context.session.actor
        self._write(
            action.id, lambda s: service.move_action(s, actor, action.id, target.value, note)
        )

    @Slot()
    def _on_new(self) -> None:
        draft = self.edit_dialog(None)
        if draft is None:
            return
        actor = self.context.session.actor
        self._write(None, lambda s: action_io.create_from(s, actor, draft))

    @Slot()
    def _on_edit(self) -> None:
        action = self.selected()
        if action is None:
            return
        draft = self.edit_dialog(action)
        if draft is None:
            return
        actor = self.context.session.actor
        self._write(action.id, lambda s: action_io.update_from(s, actor, action.id, draft))

    @Slot()
    def _on_evidence(self) -> None:
        action = self.selected()
        if action is None:
            return
        draft = self.evidence_dialog(action)
        if draft is None:
            return
        actor, data_dir = self.context.session.actor, self.context.startup.database.data_dir
        self._write(
            action.id, lambda s: action_io.add_evidence_from(s, actor, action.id, draft, data_dir)
        )

    def _write(self, action_id: str | None, write: Callable[[Session], Any]) -> None:
        """Run `write` in a transaction on the query pool, then reload and select the action."""
        database = self.context.startup.database

        def run() -> str | None:
            with database.transaction() as session:
                result = write(session)
            return result if isinstance(result, str) else action_id

        def done(written: str | None) -> None:
            self.reload(select=written)
            self.changed.emit(written or "")

        run_query(self, run, done, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        self.reload()  # someone else may have moved the action: show it as it is now
        text = action_error_text(error)
        if isinstance(error, OSError):
            text = self.tr("The photo could not be read: %1").replace("%1", str(error))
        self.warn(self.tr("Not changed"), text)

    def _failed(self, error: BaseException) -> None:
        self.warn(self.tr("Not loaded"), action_error_text(error))
