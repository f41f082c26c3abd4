"""The right-hand panel of the Actions page: what the selected action is, its history, and the
buttons for what may be done with it next.

It only shows; the page decides which steps are allowed and does the writing. Step buttons are
rebuilt for each action because the steps depend on its state (open has one, done has two).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actions import ActionInfo
from desktop_app.ui.action_text import (
    OVERDUE_COLOR,
    PRIORITY_COLORS,
    STATE_COLORS,
    priority_text,
    state_text,
)
from desktop_app.ui.models.action_models import THUMBNAIL_SIZE, ActionEventModel, source_text

TOUCH_HEIGHT = 44
FIELDS = ("state", "priority", "department", "person", "due", "created", "done", "verified")


class ActionDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for field in (*FIELDS, "source"):
            self.captions[field] = QLabel(self)
            self.values[field] = QLabel(self)
            self.values[field].setWordWrap(True)
            self.form.addRow(self.captions[field], self.values[field])
        self.steps_row = QHBoxLayout()
        self.step_buttons: list[QPushButton] = []
        self.edit_button = QPushButton(self)
        self.evidence_button = QPushButton(self)
        tools = QHBoxLayout()
        for button in (self.edit_button, self.evidence_button):
            button.setMinimumHeight(TOUCH_HEIGHT)
            tools.addWidget(button)
        tools.addStretch(1)
        self.history_label = QLabel(self)
        bold = QFont(self.history_label.font())
        bold.setBold(True)
        self.history_label.setFont(bold)
        self.events = ActionEventModel(self)
        self.history = QListView(self)
        self.history.setModel(self.events)
        self.history.setIconSize(THUMBNAIL_SIZE)
        self.history.setWordWrap(True)
        self.history.setSpacing(2)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #757575;")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.empty_label)
        column.addWidget(self.heading)
        column.addWidget(self.description)
        column.addLayout(self.form)
        column.addLayout(self.steps_row)
        column.addLayout(tools)
        column.addWidget(self.history_label)
        column.addWidget(self.history, 1)
        self.retranslate()
        self.show_action(None, 0)

    def retranslate(self) -> None:
        captions = {
            "state": self.tr("State"),
            "priority": self.tr("Priority"),
            "department": self.tr("Responsible department"),
            "person": self.tr("Responsible person"),
            "due": self.tr("Due date"),
            "created": self.tr("Raised by"),
            "done": self.tr("Done by"),
            "verified": self.tr("Verifier"),
            "source": self.tr("Source"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
        self.edit_button.setText(self.tr("Edit…"))
        self.evidence_button.setText(self.tr("Add evidence…"))
        self.history_label.setText(self.tr("History and evidence"))
        self.empty_label.setText(self.tr("Select an action to see its details and history."))

    def show_action(self, action: ActionInfo | None, late_days: int) -> None:
        """Fill the fields; None shows the hint instead. The history is set separately."""
        shown = action is not None
        self.empty_label.setVisible(not shown)
        for widget in (self.heading, self.description, self.history_label, self.history):
            widget.setVisible(shown)
        for field in (*FIELDS, "source"):
            self.captions[field].setVisible(shown)
            self.values[field].setVisible(shown)
        self.edit_button.setVisible(shown)
        self.evidence_button.setVisible(shown)
        if action is None:
            self.set_steps([])
            self.events.clear()
            return
        self.heading.setText(action.title)
        self.description.setText(action.description)
        self.description.setVisible(bool(action.description))
        v = self.values
        v["state"].setText(state_text(action.state))
        v["state"].setStyleSheet(f"color: {STATE_COLORS[action.state]}; font-weight: bold;")
        v["priority"].setText(priority_text(action.priority))
        v["priority"].setStyleSheet(f"color: {PRIORITY_COLORS[action.priority]};")
        v["department"].setText(action.department or "—")
        v["person"].setText(action.person or "—")
        due = action.due.isoformat() if action.due else "—"
        if late_days:
            due += "  " + self.tr("%1 days overdue").replace("%1", str(late_days))
        v["due"].setText(due)
        v["due"].setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if late_days else "")
        created = datetime.fromtimestamp(action.created_ms / 1000).strftime("%Y-%m-%d %H:%M")
        v["created"].setText(f"{action.created_by} · {created}")
        v["done"].setText(action.done_by or "—")
        v["verified"].setText(action.verified_by or "—")
        source = source_text(action)
        v["source"].setText(source)
        self.captions["source"].setVisible(bool(source))
        v["source"].setVisible(bool(source))

    def set_steps(self, buttons: list[QPushButton]) -> None:
        for old in self.step_buttons:
            self.steps_row.removeWidget(old)
            old.deleteLater()
        self.step_buttons = buttons
        for button in buttons:
            button.setParent(self)
            button.setMinimumHeight(TOUCH_HEIGHT)
            self.steps_row.addWidget(button)
