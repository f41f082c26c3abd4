"""A dialog with a form whose fields show their own problems, in place, as the user types OK.

Subclasses build their fields with `add_row`, offer their result as `value()` and its
problems through `problems()` (domain rules); OK is accepted only without problems.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.problem_text import problem_text
from domain.instrument_rules import Problem

TOUCH_HEIGHT = 36


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self._problem_labels: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        self.general_problem = QLabel(self)
        self.general_problem.setStyleSheet("color: #c62828;")
        self.general_problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_problem)
        layout.addWidget(self.buttons)

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        widget.setMinimumHeight(TOUCH_HEIGHT)
        problem = QLabel(self)
        problem.setStyleSheet("color: #c62828;")
        problem.setWordWrap(True)
        problem.hide()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        caption = QLabel(label, self)
        self.form.addRow(caption, holder)
        self._problem_labels[field] = problem
        self._rows[field] = (caption, holder)
        return widget

    def set_row_visible(self, field: str, visible: bool) -> None:
        caption, holder = self._rows[field]
        caption.setVisible(visible)
        holder.setVisible(visible)

    def problems(self) -> list[Problem]:
        return []

    def describe(self, problem: Problem) -> str:
        """The sentence shown for a problem; dialogs with codes of their own override this."""
        return problem_text(problem.code, problem.detail)

    def show_problems(self, problems: list[Problem]) -> None:
        for label in self._problem_labels.values():
            label.hide()
        general = []
        for problem in problems:
            label = self._problem_labels.get(problem.field)
            text = self.describe(problem)
            if label is None or self._rows[problem.field][1].isHidden():
                general.append(text)
                continue
            label.setText(text)
            label.show()
        self.general_problem.setText("\n".join(general))

    def try_accept(self) -> None:
        try:
            problems = self.problems()
        except ValueError as error:
            problems = [Problem("", "not_finite", str(error))]
        self.show_problems(problems)
        if not problems:
            self.accept()
