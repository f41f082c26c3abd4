"""The "Definitions" tab: workflow definitions with a preview of their steps, and an editor.

A definition is a JSON document (docs/workflow-format.md), edited as text: the engineer who
changes a routing or a time limit can read the format, and a form would hide the keys the
parser names in its refusals. The text is checked by the same parser an import meets after
every change; the refusal is shown in words and the cursor can go to the spot its JSON pointer
names. Save stores the next version through `import_definition`, so a running instance keeps
the version it started with. Import, export and retire/restore go through the services too.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.services.workflow_definitions import DefinitionSummary
from desktop_app.ui import task_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.task_models import DefinitionTableModel, StepTableModel
from desktop_app.ui.run_query import run_query
from desktop_app.ui.task_instances import make_table
from desktop_app.ui.task_text import definition_problem_text, task_error_text
from domain.roles import Permission, role_allows
from domain.workflow_model import WorkflowError
from domain.workflow_parser import parse_definition

TOUCH_HEIGHT = 44
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


def pointer_offsets(text: str) -> dict[str, int]:
    """Where each JSON pointer's value starts in `text` (a member's key, for object members).

    Scans as far as the text is valid JSON; a broken tail leaves what was found before it.
    """
    found: dict[str, int] = {}

    def skip(at: int) -> int:
        match = _SPACE.match(text, at)
        return match.end() if match else at

    def value(at: int, path: str) -> int:
        at = skip(at)
        found.setdefault(path, at)
        char = text[at]
        if char in "{[":
            return container(at, path, char == "{")
        if char == '"':
            return json.decoder.scanstring(text, at + 1)[1]  # type: ignore[attr-defined,no-any-return]
        match = _NUMBER.match(text, at)
        if match and match.end() > at:
            return match.end()
        for literal in ("true", "false", "null"):
            if text.startswith(literal, at):
                return at + len(literal)
        raise ValueError(at)

    def container(at: int, path: str, is_object: bool) -> int:
        at, index = skip(at + 1), 0
        if text[at] in "}]":
            return at + 1
        while True:
            if is_object:
                key, after = json.decoder.scanstring(text, at + 1)  # type: ignore[attr-defined]
                child = f"{path}/{key.replace('~', '~0').replace('/', '~1')}"
                found.setdefault(child, at)
                at = skip(after) + 1  # the colon
            else:
                child = f"{path}/{index}"
            at = skip(value(at, child))
            index += 1
            if text[at] != ",":
                return at + 1
            at = skip(at + 1)

    with contextlib.suppress(ValueError, IndexError):
        value(0, "")
    return found


def pointer_position(text: str, path: str) -> int:
    """The offset of `path`, or of its nearest ancestor that the text holds (0 at worst)."""
    offsets = pointer_offsets(text)
    while path and path not in offsets:
        path = path.rsplit("/", 1)[0]
    return offsets.get(path, 0)


class DefinitionTextDialog(QDialog):
    """The JSON of a definition, checked as it is typed; Save only when the parser accepts it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit workflow definition"))
        self.resize(900, 680)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setPlainText(text)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.go_button = QPushButton(self.tr("Go to the problem"), self)
        self.go_button.setMinimumHeight(TOUCH_HEIGHT)
        self.go_button.clicked.connect(self.go_to_problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.problem_label, 1)
        row.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Saving stores a new version; running workflows keep theirs."), self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.problem: WorkflowError | None = None
        self.editor.textChanged.connect(self.check)
        self.check()

    def text(self) -> str:
        return self.editor.toPlainText()

    @Slot()
    def check(self) -> None:
        """Parse the text as an import would; show the refusal, enable Save only without one."""
        try:
            parse_definition(self.text())
            self.problem = None
        except WorkflowError as error:
            self.problem = error
        ok = self.problem is None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.go_button.setVisible(not ok)
        if self.problem is None:
            self.problem_label.setText(self.tr("The definition is valid."))
            self.problem_label.setStyleSheet("color: #2e7d32;")
        else:
            text = definition_problem_text(self.problem.code, self.problem.path)
            self.problem_label.setText(text)
            self.problem_label.setStyleSheet("color: #c62828; font-weight: bold;")

    def problem_offset(self) -> int | None:
        """Where the problem is, in UTF-16 units as QTextCursor counts them."""
        if self.problem is None:
            return None
        text = self.text()
        offset = pointer_position(text, self.problem.path)
        if self.problem.code == "not_json":
            try:
                json.loads(text)
            except json.JSONDecodeError as error:
                offset = error.pos
        return len(text[:offset].encode("utf-16-le")) // 2

    @Slot()
    def go_to_problem(self) -> None:
        offset = self.problem_offset()
        if offset is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(offset)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()


class WorkflowEditor(QWidget):
    loaded = Signal()
    changed = Signal(str)
    """A definition was stored, imported or retired; carries its code."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loaded = task_io.DefinitionList((), {})
        self.retired_box = QCheckBox(self)
        self.retired_box.toggled.connect(self.reload)
        self.edit_button, self.import_button = QPushButton(self), QPushButton(self)
        self.export_button, self.retire_button = QPushButton(self), QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.retired_box)
        bar.addStretch(1)
        for button, slot in (
            (self.edit_button, self._on_edit),
            (self.import_button, self._on_import),
            (self.export_button, self._on_export),
            (self.retire_button, self._on_retire),
        ):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.model = DefinitionTableModel(True, self)
        self.table = make_table(self, self.model)
        self.steps = StepTableModel(True, self)
        self.steps_table = make_table(self, self.steps)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.description)
        column.addWidget(self.steps_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        context.session.actor_changed.connect(self._show_selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.retired_box.setText(self.tr("Show retired"))
        self.edit_button.setText(self.tr("Edit…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    @Slot()
    def reload(self, *_args: object, select: str | None = None) -> None:
        database, retired = self.context.startup.database, self.retired_box.isChecked()
        keep = select or (self.selected().code if self.selected() else None)
        run_query(
            self,
            lambda: task_io.load_definitions(database, retired),
            lambda result: self._on_loaded(result, keep),
            self._failed,
        )

    def _on_loaded(self, result: task_io.DefinitionList, keep: str | None) -> None:
        self._loaded = result
        self.model.set_rows(result.summaries, self.context.language.is_chinese)
        row = self.model.row_of(keep) if keep else None
        if row is None and result.summaries:
            row = 0
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(self.model.index(row, 0), flags)
        self._show_selected()
        self.loaded.emit()

    def selected(self) -> DefinitionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary_at(rows[0].row()) if rows else None

    @Slot()
    def _show_selected(self, *_args: object) -> None:
        summary, chinese = self.selected(), self.context.language.is_chinese
        definition = self._loaded.definitions.get(summary.code) if summary else None
        self.steps.set_definition(definition, chinese)
        about = definition.description if definition else None
        self.description.setText(about.pick(chinese) if about else "")
        may = role_allows(self.context.session.actor.role, Permission.MANAGE_TEMPLATES)
        hint = "" if may else self.tr("Sign in as an engineer or administrator.")
        for button in (self.edit_button, self.import_button, self.retire_button):
            button.setEnabled(may and (summary is not None or button is self.import_button))
            button.setToolTip(hint)
        self.export_button.setEnabled(summary is not None)
        active = summary is None or summary.active
        self.retire_button.setText(self.tr("Retire") if active else self.tr("Restore"))

    # ----------------------------------------------------------------- dialogs (tests replace)

    def edit_text(self, text: str) -> str | None:
        dialog = DefinitionTextDialog(text, self)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def choose_import(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a workflow definition"), "", self.tr("Workflow (*.json)")
        )
        return Path(name) if name else None

    def choose_export(self, code: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the workflow definition"), f"{code}.json",
            self.tr("Workflow (*.json)"),
        )  # fmt: skip
        return Path(name) if name else None

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # ----------------------------------------------------------------- writing

    @Slot()
    def _on_edit(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        database = self.context.startup.database
        run_query(self, lambda: task_io.load_for_edit(database, summary.code), self._edit)

    def _edit(self, text: str) -> None:
        edited = self.edit_text(text)
        if edited is not None:
            actor = self.context.session.actor
            self._write(lambda s: task_io.import_text(s, actor, edited, "editor"))

    @Slot()
    def _on_import(self) -> None:
        path = self.choose_import()
        if path is not None:
            actor = self.context.session.actor
            self._write(lambda s: task_io.import_file(s, actor, path))

    @Slot()
    def _on_export(self) -> None:
        summary = self.selected()
        path = self.choose_export(summary.code) if summary else None
        if summary is None or path is None:
            return
        database = self.context.startup.database
        run_query(
            self, lambda: task_io.export_file(database, summary.code, path),
            lambda _path: self.changed.emit(summary.code), self._write_failed,
        )  # fmt: skip

    @Slot()
    def _on_retire(self) -> None:
        summary = self.selected()
        if summary is not None:
            actor, active = self.context.session.actor, not summary.active
            self._write(lambda s: task_io.set_active(s, actor, summary.code, active))

    def _write(self, write: Callable[[Session], Any]) -> None:
        database = self.context.startup.database

        def run() -> str:
            with database.transaction() as session:
                return str(write(session))

        def done(code: str) -> None:
            self.reload(select=code)
            self.changed.emit(code)

        run_query(self, run, done, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        text = task_error_text(error)
        if isinstance(error, OSError):
            text = self.tr("The file could not be read or written: %1").replace("%1", str(error))
        self.warn(self.tr("Not changed"), text)

    def _failed(self, error: BaseException) -> None:
        self.warn(self.tr("Not loaded"), task_error_text(error))
