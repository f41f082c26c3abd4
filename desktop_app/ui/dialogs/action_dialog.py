"""New or edit a corrective action; add evidence (a photo file, a note, or both).

The dialogs only collect values: the page writes them through the services on the query pool.
The photo is chosen here but read there, so a large file on a slow network share does not
freeze the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.services.actions import ActionInfo
from desktop_app.ui.action_text import action_problem_text, priority_text
from desktop_app.ui.dialogs.form_dialog import FormDialog
from domain.actions import Priority
from domain.instrument_rules import Problem

TOUCH_TARGET = 44
DEFAULT_DUE_DAYS = 7
PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff"


@dataclass(frozen=True)
class ActionDraft:
    title: str
    description: str
    department: str
    person: str
    due: date | None
    priority: Priority


@dataclass(frozen=True)
class EvidenceDraft:
    photo: Path | None
    note: str


class ActionDialog(FormDialog):
    """`existing=None`: a new action (not from a checklist); otherwise that action is edited."""

    def __init__(
        self,
        existing: ActionInfo | None = None,
        departments: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit corrective action") if existing else self.tr("New corrective action")
        )
        self.setMinimumWidth(520)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(96)
        self.department_combo = QComboBox()
        self.department_combo.setEditable(True)
        self.department_combo.addItems(["", *departments])
        self.person_edit = QLineEdit()
        self.person_edit.setMaxLength(100)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.no_due_check = QCheckBox(self.tr("No due date"))
        self.no_due_check.toggled.connect(self.due_edit.setDisabled)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_edit, 1)
        due_layout.addWidget(self.no_due_check)
        self.priority_combo = QComboBox()
        for priority in (Priority.HIGH, Priority.MEDIUM, Priority.LOW):
            self.priority_combo.addItem(priority_text(priority), priority.value)
        self.add_row("title", self.tr("Title"), self.title_edit)
        self.add_row("description", self.tr("Description"), self.description_edit)
        self.add_row("department", self.tr("Responsible department"), self.department_combo)
        self.add_row("person", self.tr("Responsible person"), self.person_edit)
        self.add_row("due", self.tr("Due date"), due_row)
        self.add_row("priority", self.tr("Priority"), self.priority_combo)
        for widget in (
            self.title_edit,
            self.department_combo,
            self.person_edit,
            self.due_edit,
            self.no_due_check,
            self.priority_combo,
            *self.buttons.buttons(),
        ):
            widget.setMinimumHeight(TOUCH_TARGET)
        self._show(existing)

    def _show(self, existing: ActionInfo | None) -> None:
        due = existing.due if existing else None
        shown = due or date.fromordinal(date.today().toordinal() + DEFAULT_DUE_DAYS)
        self.due_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.no_due_check.setChecked(existing is not None and due is None)
        priority = existing.priority if existing else Priority.MEDIUM
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(priority.value))
        if existing is not None:
            self.title_edit.setText(existing.title)
            self.description_edit.setPlainText(existing.description)
            self.department_combo.setCurrentText(existing.department)
            self.person_edit.setText(existing.person)

    def value(self) -> ActionDraft:
        day = self.due_edit.date()
        due = None if self.no_due_check.isChecked() else date(day.year(), day.month(), day.day())
        return ActionDraft(
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            department=self.department_combo.currentText().strip(),
            person=self.person_edit.text().strip(),
            due=due,
            priority=Priority(self.priority_combo.currentData()),
        )

    def problems(self) -> list[Problem]:
        draft = self.value()
        problems = []
        if not draft.title:
            problems.append(Problem("title", "title_required"))
        if len(draft.department) > 100:
            problems.append(Problem("department", "text_too_long", "100"))
        return problems

    def describe(self, problem: Problem) -> str:
        return action_problem_text(problem.code, problem.detail)


class EvidenceDialog(FormDialog):
    """A photo of the fixed state, a note of what was done, or both."""

    def __init__(self, action_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evidence — %1").replace("%1", action_title))
        self.setMinimumWidth(520)
        self.photo_edit = QLineEdit()
        self.photo_edit.setPlaceholderText(self.tr("No photo chosen"))
        self.choose_button = QPushButton(self.tr("Choose photo…"))
        self.choose_button.clicked.connect(self._choose)
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_edit, 1)
        photo_layout.addWidget(self.choose_button)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(96)
        self.add_row("image", self.tr("Photo"), photo_row)
        self.add_row("note", self.tr("Note"), self.note_edit)
        for widget in (self.photo_edit, self.choose_button, *self.buttons.buttons()):
            widget.setMinimumHeight(TOUCH_TARGET)

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Pictures (%1)").replace("%1", PHOTO_FILTER),
        )
        if path:
            self.photo_edit.setText(path)

    def value(self) -> EvidenceDraft:
        text = self.photo_edit.text().strip()
        return EvidenceDraft(Path(text) if text else None, self.note_edit.toPlainText().strip())

    def problems(self) -> list[Problem]:
        draft = self.value()
        if draft.photo is None and not draft.note:
            return [Problem("note", "evidence_empty")]
        return []

    def describe(self, problem: Problem) -> str:
        return action_problem_text(problem.code, problem.detail)
