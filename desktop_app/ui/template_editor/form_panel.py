"""What the template, section and item forms share: rows that show their own problem.

Each row is registered under the document key it edits ("code", "text.zh", "limits"), which is
how a parser problem's JSON pointer finds the field it belongs next to; a problem with no
matching row (or a hidden one) is shown at the top of the form instead, never dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.template_editor.document import Doc, set_text, text_of

__all__ = ["ROW_HEIGHT", "FormPanel", "plain_edit"]

ROW_HEIGHT = 34
PROBLEM_STYLE = "color: #c62828;"


class FormPanel(QWidget):
    """A form over one node (`Doc`) of the document; emits `edited` after writing to it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node: Doc = {}
        self.loading = False
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.general_problem = QLabel(self)
        self.general_problem.setStyleSheet(PROBLEM_STYLE)
        self.general_problem.setWordWrap(True)
        self.general_problem.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_problem)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self._problems: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}

    def add_row(self, field: str, widget: QWidget) -> QWidget:
        """A row for `field`; its caption is set by `set_caption` (retranslated with the rest)."""
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            widget.setMinimumHeight(ROW_HEIGHT)
        if isinstance(widget, QAbstractSpinBox):
            widget.setMaximumWidth(180)  # a number, not a sentence
        problem = QLabel(self)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setWordWrap(True)
        problem.hide()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        caption = QLabel(self)
        caption.setWordWrap(True)
        self.form.addRow(caption, holder)
        self._problems[field] = problem
        self._rows[field] = (caption, holder)
        return widget

    def set_caption(self, field: str, text: str) -> None:
        self._rows[field][0].setText(text)

    def set_row_visible(self, field: str, visible: bool) -> None:
        caption, holder = self._rows[field]
        caption.setVisible(visible)
        holder.setVisible(visible)

    def row_visible(self, field: str) -> bool:
        return not self._rows[field][1].isHidden()

    def clear_problems(self) -> None:
        for label in self._problems.values():
            label.hide()
        self.general_problem.hide()

    def show_problem(self, field: str, text: str) -> None:
        """Under the field's row when it has a visible one, else at the top of the form."""
        label = self._problems.get(field)
        if label is not None and self.row_visible(field):
            label.setText(text)
            label.show()
            return
        self.general_problem.setText(text)
        self.general_problem.show()

    def problem_shown(self, field: str) -> str:
        """The problem under `field`'s row, empty when none is shown there (for tests)."""
        label = self._problems.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def retranslate(self) -> None:
        """Set the captions; subclasses override (called at start and on a language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def changed(self) -> None:
        """Called by the widgets' signals after they wrote into `node`."""
        if not self.loading:
            self.edited.emit()

    # --- text fields -----------------------------------------------------------------------

    def bind_line(self, edit: QLineEdit, key: str, language: str, *, optional: bool) -> None:
        def write(value: str) -> None:
            if not self.loading:
                set_text(self.node, key, language, value.strip(), optional=optional)
                self.changed()

        edit.textEdited.connect(write)

    def bind_plain(self, edit: QPlainTextEdit, key: str, language: str, *, optional: bool) -> None:
        def write() -> None:
            if not self.loading:
                value = edit.toPlainText().strip()
                set_text(self.node, key, language, value, optional=optional)
                self.changed()

        edit.textChanged.connect(write)

    def show_text(self, edit: QLineEdit | QPlainTextEdit, key: str, language: str) -> None:
        value = text_of(self.node, key, language)
        if isinstance(edit, QLineEdit):
            if edit.text() != value:
                edit.setText(value)
        elif edit.toPlainText() != value:
            edit.setPlainText(value)


def plain_edit(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A multi-line text box about `lines` lines high; tab moves on instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit
