"""The editor's left pane: the template's outline and the buttons that change its structure.

Add, remove and move go through `TemplateTreeModel`, which tells the view row by row, so the
outline keeps its expansion and the moved node stays selected. An item moved past the first or
last place of its section joins the neighbouring section, so reordering never needs dragging.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.template_editor.document import NodeRef
from desktop_app.ui.template_editor.tree_model import TemplateTreeModel

__all__ = ["OutlinePane", "ask_to_remove_section"]


def ask_to_remove_section(owner: QWidget, items: int) -> bool:
    """Whether a section with several items may go (there is no undo, only Cancel for all)."""
    answer = QMessageBox.question(
        owner,
        QCoreApplication.translate("OutlinePane", "Remove the section?"),
        QCoreApplication.translate(
            "OutlinePane", "The section and its %1 items will be removed."
        ).replace("%1", str(items)),
    )
    return answer == QMessageBox.StandardButton.Yes


class OutlinePane(QWidget):
    chosen = Signal(object)
    """The `NodeRef` now selected (also after a structural edit selected it)."""
    restructured = Signal()
    """A section or item was added, removed or moved."""

    def __init__(self, model: TemplateTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeView(self)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        keys = ("section", "item", "remove", "up", "down")
        self.buttons = {key: QPushButton(self) for key in keys}
        for key, button in self.buttons.items():
            button.setMinimumHeight(34)
            button.clicked.connect(getattr(self, f"_on_{key}"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        for key in ("section", "item", "remove"):
            first_row.addWidget(self.buttons[key])
        for key in ("up", "down"):
            second_row.addWidget(self.buttons[key])
        second_row.addStretch(1)
        layout.addLayout(first_row)
        layout.addLayout(second_row)
        self._selecting = False
        self.confirm_remove: Callable[[QWidget, int], bool] = ask_to_remove_section
        self.set_model(model)
        self.retranslate()

    def set_model(self, model: TemplateTreeModel) -> None:
        self.model = model
        self.tree.setModel(model)
        self.tree.setColumnWidth(0, 300)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.expandAll()

    def current(self) -> NodeRef:
        return self.model.ref(self.tree.currentIndex()) or NodeRef()

    def select(self, ref: NodeRef) -> None:
        """Make `ref` the current node and say so with `chosen`, even if it already was."""
        index = self.model.index_of(ref)
        self._selecting = True
        try:
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.tree.scrollTo(index)
        self._chosen(ref)

    def retranslate(self) -> None:
        for key, text in (
            ("section", self.tr("Add section")),
            ("item", self.tr("Add item")),
            ("remove", self.tr("Remove")),
            ("up", self.tr("Move up")),
            ("down", self.tr("Move down")),
        ):
            self.buttons[key].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._chosen(self.model.ref(current) or NodeRef())

    def _chosen(self, ref: NodeRef) -> None:
        for key in ("remove", "up", "down"):
            self.buttons[key].setEnabled(ref.kind != "template")
        self.chosen.emit(ref)

    def _on_section(self) -> None:
        ref, draft = self.current(), self.model.draft
        after = ref.section if ref.section is not None else len(draft.sections) - 1
        self._restructured(self.model.add_section(after if after >= 0 else None))

    def _on_item(self) -> None:
        ref, draft = self.current(), self.model.draft
        if not draft.sections:
            self._restructured(self.model.add_section(None))
        elif ref.section is None:
            self._restructured(self.model.add_item(len(draft.sections) - 1, None))
        else:
            self._restructured(self.model.add_item(ref.section, ref.item))

    def _on_remove(self) -> None:
        ref, draft = self.current(), self.model.draft
        if ref.section is None:
            return
        items = len(draft.items(ref.section))
        if ref.item is None and items > 1 and not self.confirm_remove(self, items):
            return
        self.model.remove(ref)
        if ref.item is not None:
            left = len(draft.items(ref.section))
            nearby = NodeRef(ref.section, min(ref.item, left - 1)) if left else NodeRef(ref.section)
        else:
            count = len(draft.sections)
            nearby = NodeRef(min(ref.section, count - 1)) if count else NodeRef()
        self._restructured(nearby)

    def _on_up(self) -> None:
        self._move(-1)

    def _on_down(self) -> None:
        self._move(1)

    def _move(self, delta: int) -> None:
        moved = self.model.move(self.current(), delta)
        if moved is not None:
            self._restructured(moved)

    def _restructured(self, select: NodeRef) -> None:
        self.tree.expandAll()
        self.restructured.emit()
        self.select(select)
