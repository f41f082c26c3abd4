"""The checklist templates of this site, and the ways to make, change and exchange them.

A stored template version never changes (runs keep the version they were started with), so
"Edit" makes the next version and "Copy as new template" starts a template of its own from an
existing one. Lists are read, and files read and written, on the query pool.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.checklist_templates import TemplateSummary, available_templates
from desktop_app.ui.context import AppContext
from desktop_app.ui.run_query import run_query
from desktop_app.ui.template_editor.editor import TemplateEditor
from desktop_app.ui.template_editor.template_files import (
    export_template_file,
    import_template_file,
)
from desktop_app.ui.template_editor.template_text import category_name, template_error_text
from domain.roles import Permission, role_allows

__all__ = ["TemplatesDialog", "TemplatesModel", "open_templates_dialog"]

Index = QModelIndex | QPersistentModelIndex


class TemplatesModel(QAbstractTableModel):
    """Name, code, version, category, built-in mark, number of items."""

    def __init__(self, chinese: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chinese = chinese
        self.templates: list[TemplateSummary] = []

    def set_templates(self, templates: list[TemplateSummary]) -> None:
        self.beginResetModel()
        self.templates = list(templates)
        self.endResetModel()

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.templates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Name"),
            self.tr("Code"),
            self.tr("Version"),
            self.tr("Category"),
            self.tr("Built-in"),
            self.tr("Items"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.templates):
            return None
        template, column = self.templates[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = (
            template.name.pick(self.chinese),
            template.code,
            str(template.version),
            category_name(template.category),
            self.tr("built-in") if template.builtin else "",
            str(template.items),
        )
        return cells[column] if 0 <= column < len(cells) else None


class TemplatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.resize(980, 520)
        self.loaded = False
        self.model = TemplatesModel(context.language.is_chinese, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._on_edit())
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.buttons = {
            key: QPushButton(self) for key in ("new", "edit", "copy", "import", "export")
        }
        row = QHBoxLayout()
        for key, button in self.buttons.items():
            button.setMinimumHeight(40)
            button.clicked.connect(getattr(self, f"_on_{key}"))
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        context.session.actor_changed.connect(self._update_buttons)
        self._retranslate()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        database = self.context.startup.database

        def read() -> list[TemplateSummary]:
            with database.reading() as session:
                return available_templates(session)

        run_query(self, read, lambda templates: self._show(templates, select), self._failed)

    def selected(self) -> TemplateSummary | None:
        row = self.table.currentIndex().row()
        return self.model.templates[row] if 0 <= row < len(self.model.templates) else None

    def open_editor(self, source: str | None, *, as_copy: bool = False) -> TemplateEditor:
        """The editor, opened window-modal over this dialog; the list follows what it saves."""
        editor = TemplateEditor(self.context, source, as_copy=as_copy, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _show(self, templates: list[TemplateSummary], select: str | None) -> None:
        current = self.selected()
        self.model.set_templates(templates)
        wanted = select or (current.code if current else None)
        codes = [t.code for t in templates]
        row = codes.index(wanted) if wanted in codes else (0 if codes else -1)
        if row >= 0:
            self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.loaded = True
        self._update_buttons()

    def _saved(self, summary: TemplateSummary) -> None:
        self._say(
            self.tr("Saved %1, version %2.")
            .replace("%1", summary.name.pick(self.context.language.is_chinese))
            .replace("%2", str(summary.version))
        )
        self.reload(summary.code)

    def _failed(self, error: BaseException) -> None:
        self._say(template_error_text(error), problem=True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status_label.setStyleSheet("color: #c62828;" if problem else "color: #1b5e20;")
        self.status_label.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        may = role_allows(self.context.session.actor.role, Permission.MANAGE_TEMPLATES)
        chosen = self.selected() is not None
        for key, enabled in (
            ("new", may),
            ("edit", may and chosen),
            ("copy", may and chosen),
            ("import", may),
            ("export", chosen),
        ):
            self.buttons[key].setEnabled(enabled)
        if not may:
            self._say(self.tr("Templates can be changed by engineers and administrators."))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Checklist templates"))
        for key, text in (
            ("new", self.tr("New…")),
            ("edit", self.tr("Edit (new version)…")),
            ("copy", self.tr("Copy as new template…")),
            ("import", self.tr("Import…")),
            ("export", self.tr("Export…")),
        ):
            self.buttons[key].setText(text)
        self.model.set_chinese(self.context.language.is_chinese)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_new(self) -> None:
        self.open_editor(None)

    def _on_edit(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.buttons["edit"].isEnabled():
            self.open_editor(chosen.code)

    def _on_copy(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_editor(chosen.code, as_copy=True)

    def _on_import(self) -> None:
        import_template_file(self, self.context, on_done=self._imported, on_failed=self._refused)

    def _imported(self, summary: TemplateSummary) -> None:
        self._say(
            self.tr("Imported %1, version %2.")
            .replace("%1", summary.name.pick(self.context.language.is_chinese))
            .replace("%2", str(summary.version))
        )
        self.reload(summary.code)

    def _refused(self, sentence: str) -> None:
        self._say(sentence, problem=True)

    def _on_export(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            export_template_file(
                self,
                self.context,
                chosen.code,
                chosen.version,
                on_done=self._exported,
                on_failed=self._refused,
            )

    def _exported(self, path: Path) -> None:
        self._say(self.tr("Exported to %1.").replace("%1", str(path)))


def open_templates_dialog(owner: QWidget, context: AppContext) -> TemplatesDialog:
    """Open the templates dialog over `owner` (window-modal, deleted when closed)."""
    dialog = TemplatesDialog(context, owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
