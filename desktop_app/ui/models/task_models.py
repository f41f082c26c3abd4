"""Table models of workflow tasks, workflow instances, a definition's steps and the definitions.

Rows are immutable service values handed over whole (`set_rows`). Overdue is judged against
the `now_ms` the rows were loaded with, so a list left open turns red at its next reload, not
half-way through a repaint. An overdue task is tinted red; an escalated one amber, with the
role it went to in its state column.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.workflow_definitions import DefinitionSummary
from desktop_app.services.workflow_tasks import InstanceInfo, TaskInfo
from desktop_app.ui.models.column_table import ColumnTableModel
from desktop_app.ui.task_text import (
    ESCALATED_BACKGROUND,
    ESCALATED_COLOR,
    OVERDUE_BACKGROUND,
    OVERDUE_COLOR,
    STATUS_COLORS,
    kind_text,
    level_text,
    local_time,
    role_text,
    status_text,
    task_state_text,
    trigger_text,
)
from domain.workflow_model import Step, StepKind, WorkflowDefinition

translate = QCoreApplication.translate
TASK_COLUMNS = ("workflow", "title", "step", "assigned", "due", "state")
INSTANCE_COLUMNS = ("workflow", "title", "status", "step", "started_by", "started", "finished")
STEP_COLUMNS = ("step", "kind", "who", "limit", "escalation", "condition")
DEFINITION_COLUMNS = ("name", "code", "version", "builtin", "triggers", "steps", "active")


def step_label(task: TaskInfo, chinese: bool) -> str:
    level = level_text(task.level, task.levels) if task.kind == StepKind.APPROVAL.value else ""
    name = task.step_name.pick(chinese)
    return f"{name} · {level}" if level else name


def assigned_text(task: TaskInfo) -> str:
    """The person, or the roles (translated) and the department."""
    if task.person:
        return task.person
    roles = " / ".join(role_text(role) for role in task.roles)
    return " · ".join(part for part in (roles, task.department) if part)


class TaskTableModel(ColumnTableModel):
    columns = TASK_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(True, parent)
        self.now_ms = 0

    def set_tasks(self, tasks: Iterable[TaskInfo], now_ms: int, chinese: bool) -> None:
        self.now_ms = now_ms
        self.set_rows(tasks, chinese)

    def task_at(self, row: int) -> TaskInfo:
        return self._rows[row]

    def rows(self) -> tuple[TaskInfo, ...]:
        return tuple(self._rows)

    def row_of(self, task_id: str) -> int | None:
        return next((i for i, t in enumerate(self._rows) if t.id == task_id), None)

    def title(self, column: str) -> str:
        return {
            "workflow": translate("TaskModels", "Workflow"),
            "title": translate("TaskModels", "Title / source"),
            "step": translate("TaskModels", "Step"),
            "assigned": translate("TaskModels", "Assigned to"),
            "due": translate("TaskModels", "Due"),
            "state": translate("TaskModels", "State"),
        }[column]

    def display(self, row: TaskInfo, column: str) -> str:
        if column == "workflow":
            return row.workflow_name.pick(self.chinese)
        if column == "title":
            return row.instance_title or "—"
        if column == "step":
            return step_label(row, self.chinese)
        if column == "assigned":
            return assigned_text(row)
        if column == "due":
            return local_time(row.due_ms) if row.due_ms is not None else "—"
        return self.state_label(row)

    def state_label(self, task: TaskInfo) -> str:
        """Short, the column is narrow: an escalated task is overdue anyway."""
        if task.escalated_ms is not None:
            escalated = translate("TaskModels", "▲ escalated to %1")
            return escalated.replace("%1", role_text(task.escalate_to))
        if task.overdue(self.now_ms):
            return translate("TaskModels", "Overdue")
        return task_state_text(task.state)

    def role_data(self, row: TaskInfo, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column in ("workflow", "title", "step", "state"):
            return self.display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.escalated_ms is not None:
                return QBrush(QColor(ESCALATED_BACKGROUND))
            if row.overdue(self.now_ms):
                return QBrush(QColor(OVERDUE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and column in ("due", "state"):
            if row.escalated_ms is not None:
                return QBrush(QColor(ESCALATED_COLOR))
            if row.overdue(self.now_ms):
                return QBrush(QColor(OVERDUE_COLOR))
        return None


class InstanceTableModel(ColumnTableModel):
    columns = INSTANCE_COLUMNS

    def instance_at(self, row: int) -> InstanceInfo:
        return self._rows[row]

    def row_of(self, instance_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == instance_id), None)

    def title(self, column: str) -> str:
        return {
            "workflow": translate("TaskModels", "Workflow"),
            "title": translate("TaskModels", "Title / source"),
            "status": translate("TaskModels", "Status"),
            "step": translate("TaskModels", "Current step"),
            "started_by": translate("TaskModels", "Started by"),
            "started": translate("TaskModels", "Started"),
            "finished": translate("TaskModels", "Finished"),
        }[column]

    def display(self, row: InstanceInfo, column: str) -> str:
        if column == "workflow":
            return f"{row.definition.name.pick(self.chinese)} v{row.definition.version}"
        if column == "title":
            return row.title or "—"
        if column == "status":
            return status_text(row.status)
        if column == "step":
            return row.definition.step(row.step).name.pick(self.chinese) if row.step else "—"
        if column == "started_by":
            return row.started_by
        if column == "started":
            return local_time(row.started_ms)
        return local_time(row.finished_ms)

    def role_data(self, row: InstanceInfo, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(QColor(STATUS_COLORS.get(row.status, "#000000")))
        return None


def who_text(step: Step) -> str:
    if step.kind is StepKind.APPROVAL:
        levels = [
            " · ".join(p for p in (role_text(a.role.value), a.department) if p)
            for a in step.approvers
        ]
        return " → ".join(levels)
    who = " / ".join(role_text(role.value) for role in step.roles)
    if step.person_field:
        who = " / ".join(p for p in (who, f"{{{step.person_field}}}") if p)
    return " · ".join(p for p in (who, step.department) if p)


class StepTableModel(ColumnTableModel):
    """A definition's steps as a preview: who acts, the time limit, escalation, condition."""

    columns = STEP_COLUMNS

    def set_definition(self, definition: WorkflowDefinition | None, chinese: bool) -> None:
        self.set_rows(definition.steps if definition else (), chinese)

    def title(self, column: str) -> str:
        return {
            "step": translate("TaskModels", "Step"),
            "kind": translate("TaskModels", "Kind"),
            "who": translate("TaskModels", "Role / approvers"),
            "limit": translate("TaskModels", "Time limit"),
            "escalation": translate("TaskModels", "Escalates to"),
            "condition": translate("TaskModels", "Only when"),
        }[column]

    def display(self, row: Step, column: str) -> str:
        if column == "step":
            return row.name.pick(self.chinese)
        if column == "kind":
            return kind_text(row.kind.value)
        if column == "who":
            return who_text(row)
        if column == "limit":
            hours = row.time_limit_hours
            return translate("TaskModels", "%1 h").replace("%1", f"{hours:g}") if hours else "—"
        if column == "escalation":
            return role_text(row.escalate_to.value) if row.escalate_to else "—"
        conditions = [f"{c.field} {c.op.value} {c.value}" for c in row.when]
        return translate("TaskModels", " and ").join(conditions) or "—"


class DefinitionTableModel(ColumnTableModel):
    columns = DEFINITION_COLUMNS
    numeric = frozenset({"version", "steps"})

    def summary_at(self, row: int) -> DefinitionSummary:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.code == code), None)

    def title(self, column: str) -> str:
        return {
            "name": translate("TaskModels", "Workflow"),
            "code": translate("TaskModels", "Code"),
            "version": translate("TaskModels", "Version"),
            "builtin": translate("TaskModels", "Built-in"),
            "triggers": translate("TaskModels", "Started by"),
            "steps": translate("TaskModels", "Steps"),
            "active": translate("TaskModels", "In use"),
        }[column]

    def display(self, row: DefinitionSummary, column: str) -> str:
        yes, no = translate("TaskModels", "yes"), translate("TaskModels", "no")
        if column == "name":
            return row.name.pick(self.chinese)
        if column == "code":
            return row.code
        if column == "version":
            return str(row.version)
        if column == "builtin":
            return yes if row.builtin else no
        if column == "triggers":
            return ", ".join(trigger_text(t.value) for t in row.triggers)
        if column == "steps":
            return str(row.steps)
        return yes if row.active else translate("TaskModels", "retired")

    def role_data(self, row: DefinitionSummary, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#9e9e9e"))
        return None
