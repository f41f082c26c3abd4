"""Tasks: "My tasks" (what this person is expected to do now), the workflow register, and the
workflow definitions.

My tasks is read on the query pool whenever the page is shown and after every write; the
toggle shows every open task of the site instead (for administrators and the shift lead).
Selecting a task reads its instance with the history; the task's buttons follow the service's
`blocked` answer, disabled with the reason as a tooltip, and the service checks again when the
step is taken (someone else may have acted meanwhile). Approvals and rejections are
electronic signatures (`SignatureDialog`): a wrong password changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.workflow_tasks import EventInfo, InstanceInfo, TaskInfo
from desktop_app.ui import task_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.signature_dialog import SignatureDialog
from desktop_app.ui.dialogs.start_workflow_dialog import StartWorkflowDialog
from desktop_app.ui.models.task_models import TASK_COLUMNS, TaskTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query
from desktop_app.ui.task_detail import TaskDetail
from desktop_app.ui.task_instances import InstancesTab, make_table
from desktop_app.ui.task_text import task_error_text, task_problem_text
from desktop_app.ui.workflow_editor import WorkflowEditor
from domain.roles import Permission, role_allows
from domain.workflow_model import StepKind, WorkflowDefinition

TOUCH_HEIGHT = 44
WORKFLOW_WIDTH = 130
STEP_WIDTH = 110
STATE_WIDTH = 120
FIELD_CODES = frozenset({"missing_field", "bad_value", "unknown_field"})


class TasksPage(Page):
    loaded = Signal()
    """My tasks (or all open tasks) was (re)read and shown."""
    detail_loaded = Signal(str)
    """The selected task's instance and history arrived; carries the instance id."""
    changed = Signal(str)
    """A write on this page was committed; carries the instance id (or definition code)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._everything = False
        self._detail_for: str | None = None
        self._people: tuple[str, ...] = ()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_my_tasks(), "")
        self.instances = InstancesTab(context, self)
        self.tabs.addTab(self.instances, "")
        self.editor = WorkflowEditor(context, self)
        self.tabs.addTab(self.editor, "")
        self.layout_.addWidget(self.tabs, 1)
        self.instances.detail.comment_button.clicked.connect(self._on_instance_comment)
        self.instances.detail.cancel_button.clicked.connect(self._on_cancel)
        self.instances.detail.open_requested.connect(self._open_attachment)
        self.editor.changed.connect(self.changed)
        context.session.actor_changed.connect(self._actor_changed)
        self.retranslate()

    def _build_my_tasks(self) -> QWidget:
        tab = QWidget(self)
        bar = QHBoxLayout()
        self.scope_group = QButtonGroup(self)
        self.mine_button = QPushButton(tab)
        self.all_button = QPushButton(tab)
        for button, everything in ((self.mine_button, False), (self.all_button, True)):
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.clicked.connect(lambda _c=False, e=everything: self.show_everything(e))
            self.scope_group.addButton(button)
            bar.addWidget(button)
        self.mine_button.setChecked(True)
        bar.addStretch(1)
        self.summary_label = QLabel(tab)
        bar.addWidget(self.summary_label)
        self.start_button = QPushButton(tab)
        self.start_button.setMinimumHeight(TOUCH_HEIGHT)
        self.start_button.clicked.connect(self._on_start)
        bar.addWidget(self.start_button)
        self.model = TaskTableModel(self)
        self.table = make_table(tab, self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TASK_COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        workflow = TASK_COLUMNS.index("workflow")  # names are long: elide, the title matters
        header.setSectionResizeMode(workflow, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(workflow, WORKFLOW_WIDTH)
        for code, width in (("step", STEP_WIDTH), ("state", STATE_WIDTH)):
            column = TASK_COLUMNS.index(code)  # English words are long: elide, full in tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        self.detail = TaskDetail(tab)
        d = self.detail
        d.complete_button.clicked.connect(self._on_complete)
        d.approve_button.clicked.connect(lambda: self._on_sign(False))
        d.reject_button.clicked.connect(lambda: self._on_sign(True))
        d.attach_button.clicked.connect(self._on_attach)
        d.comment_button.clicked.connect(self._on_comment)
        d.open_requested.connect(self._open_attachment)
        d.cancel_button.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([840, 480])
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return tab

    # ----------------------------------------------------------------- showing

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Tasks"))
        self.tabs.setTabText(0, self.tr("My tasks"))
        self.tabs.setTabText(1, self.tr("Workflows"))
        self.tabs.setTabText(2, self.tr("Definitions"))
        self.mine_button.setText(self.tr("Mine"))
        self.all_button.setText(self.tr("All open tasks"))
        self.start_button.setText(self.tr("Start workflow…"))
        self.model.set_chinese(self.chinese)
        self.detail.retranslate()
        self._update_summary()

    @property
    def chinese(self) -> bool:
        return self.context.language.is_chinese

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def show_everything(self, everything: bool) -> None:
        self._everything = everything
        (self.all_button if everything else self.mine_button).setChecked(True)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the task list on the query pool; keep (or move to) the selected task."""
        database, actor, everything = self.context.startup.database, self.actor, self._everything
        keep = select or self._selected_id()
        run_query(
            self,
            lambda: task_io.load_tasks(database, actor, everything),
            lambda result: self._loaded(result, keep),
            self._failed,
        )
        if self.instances.isVisible():
            self.instances.reload()

    def _loaded(self, result: task_io.TaskList, keep: str | None) -> None:
        self._people = result.people
        self.model.set_tasks(result.tasks, result.now_ms, self.chinese)
        self._update_summary()
        if keep is not None and self.select(keep):
            pass
        elif self.model.rowCount() and not self._everything:
            self.select(self.model.task_at(0).id)  # the most urgent of mine: what to do next
        else:
            self._show_selected()
        self.loaded.emit()

    def _update_summary(self) -> None:
        tasks = self.model.rows()
        late = sum(t.overdue(self.model.now_ms) for t in tasks)
        text = self.tr("%1 open · %2 overdue").replace("%1", str(len(tasks)))
        self.summary_label.setText(text.replace("%2", str(late)))
        self.summary_label.setStyleSheet("color: #c62828; font-weight: bold;" if late else "")

    @property
    def actor(self) -> Any:
        return self.context.session.actor

    def selected(self) -> TaskInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.task_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        task = self.selected()
        return task.id if task is not None else None

    def select(self, task_id: str) -> bool:
        row = self.model.row_of(task_id)
        if row is None:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        self._show_selected()

    @Slot()
    def _actor_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.reload()
        self.start_button.setEnabled(role_allows(self.actor.role, Permission.FILL_CHECKLISTS))

    def _show_selected(self) -> None:
        task = self.selected()
        if task is None:
            self._detail_for = None
            self.detail.show_instance(None, None, self.chinese)
            return
        self._detail_for = task.id
        database, actor = self.context.startup.database, self.actor

        def show(info: InstanceInfo) -> None:
            if self._detail_for != task.id:
                return  # another task was selected meanwhile
            current = next((t for t in info.tasks if t.id == task.id), None)
            self.detail.show_instance(info, current, self.chinese, self.model.now_ms, self._people)
            self._update_buttons(current)
            self.detail_loaded.emit(info.id)

        run_query(
            self, lambda: task_io.load_instance(database, task.instance_id, actor), show,
            self._failed,
        )  # fmt: skip

    def _update_buttons(self, task: TaskInfo | None) -> None:
        d = self.detail
        acting = task is not None and task.state == "open"
        is_task = acting and task is not None and task.kind == StepKind.TASK.value
        d.complete_button.setVisible(is_task)
        d.attach_button.setVisible(is_task)
        d.approve_button.setVisible(acting and not is_task)
        d.reject_button.setVisible(acting and not is_task)
        blocked = task.blocked if task is not None else None
        why = task_problem_text(blocked) if blocked else ""
        for button in (d.complete_button, d.approve_button, d.reject_button):
            button.setEnabled(acting and not blocked)
            button.setToolTip(why)
        may_fill = role_allows(self.actor.role, Permission.FILL_CHECKLISTS)
        d.attach_button.setEnabled(acting and may_fill)
        d.comment_button.setEnabled(may_fill)

    # ----------------------------------------------------------------- dialogs (tests replace)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def ask_text(self, title: str, prompt: str) -> tuple[str, bool]:
        return QInputDialog.getMultiLineText(self, title, prompt)

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file"), "",
            self.tr("Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.xlsx "
                    "*.xls *.docx *.doc *.txt *.csv *.ofd)"),
        )  # fmt: skip
        return Path(name) if name else None

    def ask_signature(self, task: TaskInfo, rejection: bool) -> tuple[str, str] | None:
        """(password, reason) from the signature dialog, or None when it was cancelled."""
        instance = self.detail.instance
        meaning = instance.definition.step(task.step_code).meaning if instance else None
        name = task.step_name.pick(self.chinese)
        dialog = SignatureDialog(self.actor.name, name, meaning, self.chinese, rejection, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.password(), dialog.reason()
        finally:
            dialog.deleteLater()

    def start_dialog(
        self, definitions: tuple[WorkflowDefinition, ...]
    ) -> tuple[str, str, dict[str, object]] | None:
        dialog = StartWorkflowDialog(definitions, self._people, self.chinese, self)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # ----------------------------------------------------------------- attachments

    @Slot(object)
    def _open_attachment(self, event: EventInfo) -> None:
        """Check the file against its SHA-256 on the query pool, then hand it to the system."""
        data_dir = self.context.startup.database.data_dir
        run_query(
            self, lambda: task_io.attachment_file(data_dir, event),
            self._open_file, self._open_failed,
        )  # fmt: skip

    def _open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _open_failed(self, error: BaseException) -> None:
        refusals = {
            "attachment_changed": self.tr(
                "The attached file was changed after it was attached (its SHA-256 no longer "
                "matches the history), so it was not opened."
            ),
            "attachment_missing": self.tr(
                "The attached file is missing from the data folder, so it cannot be opened."
            ),
        }
        code = error.code if isinstance(error, ConfigurationError) else ""
        self.warn(self.tr("Not opened"), refusals.get(code) or task_error_text(error))

    # ----------------------------------------------------------------- writing

    @Slot()
    def _on_complete(self) -> None:
        task, actor = self.selected(), self.actor
        if task is not None:
            values = self.detail.fields.values()
            self._write(task.id, lambda s: task_io.complete(s, actor, task, values))

    def _on_sign(self, rejection: bool) -> None:
        task, actor = self.selected(), self.actor
        if task is None:
            return
        signed = self.ask_signature(task, rejection)
        if signed is None:
            return
        password, note = signed

        def sign(session: Session) -> str:
            if rejection:
                return task_io.reject(session, actor, task, password, note)
            return task_io.approve(session, actor, task, password)

        self._write(task.id, sign)

    @Slot()
    def _on_attach(self) -> None:
        task, actor = self.selected(), self.actor
        path = self.choose_file() if task is not None else None
        if task is None or path is None:
            return
        data_dir = self.context.startup.database.data_dir
        self._write(task.id, lambda s: task_io.attach(s, actor, task, path, data_dir))

    @Slot()
    def _on_comment(self) -> None:
        task = self.selected()
        if task is not None:
            self._comment(task.instance_id, task.id)

    @Slot()
    def _on_instance_comment(self) -> None:
        instance = self.instances.selected()
        if instance is not None:
            self._comment(instance.id, None)

    def _comment(self, instance_id: str, task_id: str | None) -> None:
        text, ok = self.ask_text(self.tr("Comment"), self.tr("Your comment (kept in the history)"))
        if ok and text.strip():
            actor = self.actor
            self._write(task_id, lambda s: task_io.comment(s, actor, instance_id, text))

    @Slot()
    def _on_cancel(self) -> None:
        instance = self.instances.selected()
        if instance is None:
            return
        note, ok = self.ask_text(
            self.tr("Cancel the workflow"), self.tr("Why is it cancelled? (required)")
        )
        if not ok:
            return
        actor = self.actor
        self._write(None, lambda s: task_io.cancel(s, actor, instance.id, note))

    @Slot()
    def _on_start(self) -> None:
        database = self.context.startup.database
        run_query(self, lambda: task_io.load_startable(database), self._start, self._failed)

    def _start(self, definitions: tuple[WorkflowDefinition, ...]) -> None:
        chosen = self.start_dialog(definitions)
        if chosen is None:
            return
        code, title, values = chosen
        actor = self.actor
        self._write(None, lambda s: task_io.start(s, actor, code, title, values))

    def _write(self, task_id: str | None, write: Callable[[Session], Any]) -> None:
        """Run `write` in a transaction on the query pool, then reload (keeping the task)."""
        database = self.context.startup.database

        def run() -> str:
            with database.transaction() as session:
                return str(write(session))

        def done(written: str) -> None:
            self.reload(select=task_id)
            self.instances.reload()
            self.changed.emit(written)

        run_query(self, run, done, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        self.reload()  # someone else may have acted: show the task as it is now
        text = task_error_text(error)
        instance = self.detail.instance
        if isinstance(error, ConfigurationError) and error.code in FIELD_CODES and instance:
            try:
                label = instance.definition.field(error.detail).label.pick(self.chinese)
            except KeyError:
                label = error.detail
            text = task_problem_text(error.code, label)
        if isinstance(error, OSError):
            text = self.tr("The file could not be read: %1").replace("%1", str(error))
        self.warn(self.tr("Not changed"), text)

    def _failed(self, error: BaseException) -> None:
        self.warn(self.tr("Not loaded"), task_error_text(error))
