"""The right-hand panel of the Tasks page: one workflow instance, the selected task's fields and
buttons, and the history with every signature's meaning.

It only shows; the page decides what may be done and does the writing (and opens an
attachment the history lists, after checking it: `open_requested`). The buttons are always
there for an open task, disabled with the reason as a tooltip (and in words under the fields)
when this person may not act now, so nobody has to guess why a button is grey.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.workflow_tasks import EventInfo, InstanceInfo, TaskInfo
from desktop_app.ui.models.task_models import assigned_text, step_label
from desktop_app.ui.task_text import (
    ESCALATED_COLOR,
    OVERDUE_COLOR,
    STATUS_COLORS,
    event_kind_text,
    local_time,
    role_text,
    status_text,
    task_problem_text,
    translate,
)
from desktop_app.ui.workflow_fields import TOUCH_HEIGHT, FieldEditors, value_text
from domain.workflow_model import StepKind, WorkflowDefinition

SIGNED_COLOR = "#0d47a1"
FIELDS = ("status", "step", "assigned", "due", "started", "source")


def event_text(event: EventInfo, definition: WorkflowDefinition, chinese: bool) -> str:
    """ "2026-05-01 14:03 · zhao · Approved (signed)" and what it said on the next lines."""
    lines = [f"{local_time(event.at_ms)} · {event.actor_name} · {event_kind_text(event.kind)}"]
    if event.meaning is not None:
        signed = translate("TaskText", "Signed: %1")
        if event.kind == "rejected":
            signed = translate("TaskText", "Signed as refusing: %1")
        lines.append(signed.replace("%1", event.meaning.pick(chinese)))
    if event.kind == "escalated":
        lines.append(translate("TaskText", "To: %1").replace("%1", role_text(event.note)))
    elif event.note:
        lines.append(event.note)
    for code, value in event.values.items():
        try:
            spec = definition.field(code)
        except KeyError:
            lines.append(f"{code}: {value}")
            continue
        lines.append(f"{spec.label.pick(chinese)}: {value_text(spec, value, chinese)}")
    if event.sha256:
        lines.append(f"SHA-256 {event.sha256[:16]}…")
    return "\n".join(lines)


class TaskDetail(QWidget):
    open_requested = Signal(object)
    """An attachment of the history should be opened; carries its EventInfo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instance: InstanceInfo | None = None
        self.task: TaskInfo | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.captions = {field: QLabel(self) for field in FIELDS}
        self.values = {field: QLabel(self) for field in FIELDS}
        for field in FIELDS:
            self.values[field].setWordWrap(True)
            self.form.addRow(self.captions[field], self.values[field])
        self.known_label = QLabel(self)
        self.known_label.setWordWrap(True)
        self.known_label.setTextFormat(Qt.TextFormat.RichText)
        self.step_heading = QLabel(self)
        bold = QFont(self.step_heading.font())
        bold.setBold(True)
        self.step_heading.setFont(bold)
        self.fields = FieldEditors(self)
        self.blocked_label = QLabel(self)
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet(f"color: {OVERDUE_COLOR};")
        self.complete_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.attach_button = QPushButton(self)
        self.comment_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in self.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.known_label, self.step_heading):
            column.addWidget(widget)
        column.insertLayout(1, self.form)
        column.addWidget(self.fields)
        column.addWidget(self.blocked_label)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(top)
        self.history_label = QLabel(self)
        self.history_label.setFont(bold)
        self.history = QListWidget(self)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(3)
        self.history.currentItemChanged.connect(self._update_open_button)
        self.history.itemDoubleClicked.connect(self._request_open)
        self.open_button = QPushButton(self)
        self.open_button.setMinimumHeight(TOUCH_HEIGHT)
        self.open_button.clicked.connect(lambda: self._request_open(self.history.currentItem()))
        history_bar = QHBoxLayout()
        history_bar.addWidget(self.history_label, 1)
        history_bar.addWidget(self.open_button)
        lower = QWidget(self)
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addLayout(history_bar)
        lower_column.addWidget(self.history, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #757575;")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(self.splitter, 1)
        self.retranslate()
        self.show_instance(None, None, True)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.complete_button, self.approve_button, self.reject_button, self.attach_button,
            self.comment_button, self.cancel_button,
        )  # fmt: skip

    def retranslate(self) -> None:
        captions = {
            "status": self.tr("Status"),
            "step": self.tr("Current step"),
            "assigned": self.tr("Assigned to"),
            "due": self.tr("Due"),
            "started": self.tr("Started"),
            "source": self.tr("Source"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
        self.complete_button.setText(self.tr("Complete step"))
        self.approve_button.setText(self.tr("Approve…"))
        self.reject_button.setText(self.tr("Reject…"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.comment_button.setText(self.tr("Comment…"))
        self.cancel_button.setText(self.tr("Cancel workflow…"))
        self.history_label.setText(self.tr("History and signatures"))
        self.open_button.setText(self.tr("Open attachment"))
        self.open_button.setToolTip(
            self.tr("Select an attachment in the history (or double-click it) to open the file.")
        )
        self.empty_label.setText(self.tr("Select a task or a workflow to see its details."))

    def show_instance(
        self,
        instance: InstanceInfo | None,
        task: TaskInfo | None,
        chinese: bool,
        now_ms: int = 0,
        people: Sequence[str] = (),
    ) -> None:
        """Show an instance and (when given) one of its tasks to act on; None shows the hint."""
        self.instance, self.task = instance, task
        self.empty_label.setVisible(instance is None)
        self.splitter.setVisible(instance is not None)
        self.history.clear()
        self._update_open_button()
        if instance is None:
            return
        definition = instance.definition
        name = f"{definition.name.pick(chinese)} v{definition.version}"
        self.heading.setText(f"{name}\n{instance.title}" if instance.title else name)
        status = self.values["status"]
        status.setText(status_text(instance.status))
        status.setStyleSheet(f"color: {STATUS_COLORS.get(instance.status, '#000')};")
        open_task = task or next((t for t in instance.tasks if t.state == "open"), None)
        self._show_task(open_task, chinese, now_ms)
        started = f"{instance.started_by} · {local_time(instance.started_ms)}"
        self.values["started"].setText(started)
        source = ":".join(p for p in (instance.source_kind, instance.source_ref) if p)
        self.values["source"].setText(source or "—")
        self.known_label.setText(self._known_values(instance, chinese))
        self._show_step_fields(instance, task, chinese, people)
        for event in instance.events:
            item = QListWidgetItem(event_text(event, definition, chinese))
            if event.meaning is not None:
                item.setForeground(QBrush(QColor(SIGNED_COLOR)))
            if event.file_name and event.sha256:
                item.setData(Qt.ItemDataRole.UserRole, event)
                item.setToolTip(self.tr("Double-click to open the attached file."))
            self.history.addItem(item)
        self.history.scrollToBottom()

    @staticmethod
    def attachment_of(item: QListWidgetItem | None) -> EventInfo | None:
        """The attachment a history entry records, None for any other entry."""
        event = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return event if isinstance(event, EventInfo) else None

    @Slot()
    def _update_open_button(self, *_args: object) -> None:
        self.open_button.setEnabled(self.attachment_of(self.history.currentItem()) is not None)

    @Slot(QListWidgetItem)
    def _request_open(self, item: QListWidgetItem | None) -> None:
        event = self.attachment_of(item)
        if event is not None:
            self.open_requested.emit(event)

    def _show_task(self, task: TaskInfo | None, chinese: bool, now_ms: int) -> None:
        if task is None:
            for field in ("step", "assigned", "due"):
                self.values[field].setText("—")
                self.values[field].setStyleSheet("")
            return
        self.values["step"].setText(step_label(task, chinese))
        self.values["assigned"].setText(assigned_text(task))
        due = local_time(task.due_ms) if task.due_ms is not None else "—"
        style = ""
        if task.escalated_ms is not None:
            due += "  " + self.tr("escalated to %1").replace("%1", role_text(task.escalate_to))
            style = f"color: {ESCALATED_COLOR}; font-weight: bold;"
        elif task.overdue(now_ms):
            due += "  " + self.tr("overdue")
            style = f"color: {OVERDUE_COLOR}; font-weight: bold;"
        self.values["due"].setText(due)
        self.values["due"].setStyleSheet(style)

    def _known_values(self, instance: InstanceInfo, chinese: bool) -> str:
        rows = []
        for spec in instance.definition.fields:
            if spec.code in instance.values:
                shown = value_text(spec, instance.values[spec.code], chinese)
                rows.append(f"<b>{spec.label.pick(chinese)}</b>: {_escape(shown)}")
        return "<br>".join(rows)

    def _show_step_fields(
        self, instance: InstanceInfo, task: TaskInfo | None, chinese: bool, people: Sequence[str]
    ) -> None:
        acting = task is not None and task.state == "open"
        is_task = acting and task is not None and task.kind == StepKind.TASK.value
        specs = []
        required: tuple[str, ...] = ()
        if is_task and task is not None:
            step = instance.definition.step(task.step_code)
            specs = [instance.definition.field(code) for code in step.fields]
            required = step.required
            heading = self.tr("This step: fill in and complete")
            if step.evidence:
                heading += "  " + self.tr("(%1 attachment(s) needed)").replace(
                    "%1", str(step.evidence)
                )
            self.step_heading.setText(heading)
        self.step_heading.setVisible(bool(specs))
        self.fields.set_fields(specs, chinese, people, instance.values, required)
        self.fields.setVisible(bool(specs))
        blocked = task.blocked if acting and task is not None else None
        self.blocked_label.setText(task_problem_text(blocked) if blocked else "")
        self.blocked_label.setVisible(bool(blocked))
        self.fields.setEnabled(not blocked)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
