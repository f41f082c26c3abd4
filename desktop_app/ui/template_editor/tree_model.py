"""The template's outline for the editor's tree: the template, its sections, their items.

A real `QAbstractItemModel` over the `Draft` rather than a copy in QStandardItems, so the tree
cannot disagree with the document being checked and saved. Structural edits go through this
model, which tells the view with the begin/end calls, so selection and expansion survive.

Identity of an index (`internalId`): 0 the template, 1 a section (row = section index), and
for an item the key of its section: a number given to that section's dict when first seen,
not its position, so the items' indexes stay right while sections are added, moved or removed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.ui.template_editor.document import Draft, NodeRef, text_of
from desktop_app.ui.template_editor.template_text import kind_name

__all__ = ["TemplateTreeModel"]

Index = QModelIndex | QPersistentModelIndex
PROBLEM = QColor("#c62828")
_TEMPLATE, _SECTION, _ITEM = 0, 1, 2


class TemplateTreeModel(QAbstractItemModel):
    """Two columns: what a person reads (name, title or question) and the code."""

    def __init__(self, draft: Draft, chinese: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.chinese = chinese
        self._problems: dict[NodeRef, str] = {}
        self._keys: dict[int, int] = {}  # id(section dict) -> key
        self._sections: dict[int, dict[str, Any]] = {}  # key -> section dict (kept alive)

    # --- identity --------------------------------------------------------------------------

    def ref(self, index: Index) -> NodeRef | None:
        if not index.isValid():
            return None
        identity = index.internalId()
        if identity == _TEMPLATE:
            return NodeRef()
        if identity == _SECTION:
            return NodeRef(index.row())
        section = self._section_row(identity)
        return None if section is None else NodeRef(section, index.row())

    def index_of(self, ref: NodeRef, column: int = 0) -> QModelIndex:
        if ref.section is None:
            return self.createIndex(0, column, _TEMPLATE)
        if ref.item is None:
            return self.createIndex(ref.section, column, _SECTION)
        return self.createIndex(ref.item, column, self._key(ref.section))

    def _key(self, section: int) -> int:
        node = self.draft.sections[section]
        key = self._keys.get(id(node))
        if key is None:
            key = _ITEM + len(self._sections)
            self._keys[id(node)] = key
            self._sections[key] = node
        return key

    def _section_row(self, key: int) -> int | None:
        node = self._sections.get(key)
        return next((row for row, s in enumerate(self.draft.sections) if s is node), None)

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self.ref(parent)
        if owner is None:
            return self.createIndex(row, column, _TEMPLATE)
        if owner.section is None:
            return self.createIndex(row, column, _SECTION)
        return self.createIndex(row, column, self._key(owner.section))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        ref = self.ref(index)
        if ref is None or ref.section is None:
            return QModelIndex()
        if ref.item is None:
            return self.index_of(NodeRef())
        return self.index_of(NodeRef(ref.section))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        ref = self.ref(parent)
        if ref is None:
            return 1
        if ref.section is None:
            return len(self.draft.sections)
        if ref.item is None:
            return len(self.draft.items(ref.section))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Outline") if section == 0 else self.tr("Code")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ref = self.ref(index)
        if ref is None or not self.draft.exists(ref):
            return None
        node = self.draft.node(ref)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(ref, node) if index.column() == 0 else str(node.get("code", ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problems.get(ref)
            if problem:
                return problem
            if ref.kind == "item":
                return kind_name(str(node.get("kind", "")))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and ref in self._problems:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.FontRole and ref.kind != "item":
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- what the editor calls -------------------------------------------------------------

    def set_problems(self, problems: dict[NodeRef, str]) -> None:
        """Mark the nodes holding a problem (red, the sentence as tooltip)."""
        changed = set(problems) ^ set(self._problems) | {
            ref for ref in problems if problems[ref] != self._problems.get(ref)
        }
        self._problems = dict(problems)
        for ref in changed:
            self.refresh(ref)

    def refresh(self, ref: NodeRef) -> None:
        if self.draft.exists(ref):
            self.dataChanged.emit(self.index_of(ref, 0), self.index_of(ref, 1))

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self.layoutChanged.emit()

    def add_section(self, after: int | None) -> NodeRef:
        row = len(self.draft.sections) if after is None else after + 1
        self.beginInsertRows(self.index_of(NodeRef()), row, row)
        self.draft.add_section(after)
        self.endInsertRows()
        return NodeRef(row)

    def add_item(self, section: int, after: int | None) -> NodeRef:
        row = len(self.draft.items(section)) if after is None else after + 1
        self.beginInsertRows(self.index_of(NodeRef(section)), row, row)
        ref = self.draft.add_item(section, after)
        self.endInsertRows()
        return ref

    def remove(self, ref: NodeRef) -> None:
        if ref.section is None:
            return
        parent = NodeRef() if ref.item is None else NodeRef(ref.section)
        row = ref.section if ref.item is None else ref.item
        self.beginRemoveRows(self.index_of(parent), row, row)
        self.draft.remove(ref)
        self.endRemoveRows()

    def move(self, ref: NodeRef, delta: int) -> NodeRef | None:
        """One step up (-1) or down (+1); an item crosses into the neighbour section at the
        edge. Returns where the node now is, or None when it cannot move further."""
        if ref.section is None:
            return None
        if ref.item is None:
            target = ref.section + delta
            if not 0 <= target < len(self.draft.sections):
                return None
            root = self.index_of(NodeRef())
            destination = target + 1 if delta > 0 else target
            self.beginMoveRows(root, ref.section, ref.section, root, destination)
            self.draft.move_section(ref.section, delta)
            self.endMoveRows()
            return NodeRef(target)
        landing = self.draft.item_move_target(ref, delta)
        if landing is None:
            return None
        assert landing.section is not None and landing.item is not None
        source = self.index_of(NodeRef(ref.section))
        destination_parent = self.index_of(NodeRef(landing.section))
        row = landing.item
        if landing.section == ref.section and delta > 0:
            row += 1  # Qt counts the destination before the moved row is taken out
        self.beginMoveRows(source, ref.item, ref.item, destination_parent, row)
        self.draft.move_item(ref, landing)
        self.endMoveRows()
        return landing

    def _label(self, ref: NodeRef, node: dict[str, Any]) -> str:
        key = {"template": "name", "section": "title", "item": "text"}[ref.kind]
        first, second = ("zh", "en") if self.chinese else ("en", "zh")
        text = text_of(node, key, first) or text_of(node, key, second)
        text = " ".join(text.split())
        if len(text) > 80:
            text = text[:79] + "…"
        if ref.kind == "section":  # no number: it would change under the rows moved
            return text or self.tr("(new section)")
        if ref.kind == "item":
            return text or self.tr("(new question)")
        return text or self.tr("(new template)")
