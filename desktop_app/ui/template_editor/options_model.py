"""The options table of a choice item: code, Chinese and English text, score, finding.

The model edits the item's own `options` list in the document, so the live check sees every
keystroke's result; a score typed as text that is not a number stays as typed and the parser
names it (`/sections/…/options/2/score`) instead of the table silently turning it into 0.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.ui.template_editor.document import number_value, text_of

__all__ = ["OptionsModel"]

Index = QModelIndex | QPersistentModelIndex
CODE, ZH, EN, SCORE, FINDING = range(5)


class OptionsModel(QAbstractTableModel):
    edited = Signal()
    """An option changed, was added, removed or moved."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options: list[dict[str, Any]] = []

    def set_options(self, options: list[dict[str, Any]]) -> None:
        """Show (and from now on edit) this list, the item's `options` in the document."""
        self.beginResetModel()
        self._options = options
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = (
            self.tr("Code"),
            self.tr("Text (Chinese)"),
            self.tr("Text (English)"),
            self.tr("Score (0–1)"),
            self.tr("Finding"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FINDING:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        option = self._options[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == FINDING:
            checked = option.get("finding") is True
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == CODE:
            return str(option.get("code", ""))
        if column in (ZH, EN):
            return text_of(option, "text", "zh" if column == ZH else "en")
        if column == SCORE:
            score = option.get("score")
            return "" if score is None else str(score)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return False
        option = self._options[index.row()]
        column = index.column()
        if column == FINDING and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                option["finding"] = True
            else:
                option.pop("finding", None)
        elif role != Qt.ItemDataRole.EditRole or column == FINDING:
            return False
        elif column == CODE:
            option["code"] = str(value).strip()
        elif column in (ZH, EN):
            text = option.get("text")
            text = dict(text) if isinstance(text, dict) else {"zh": "", "en": ""}
            text["zh" if column == ZH else "en"] = str(value).strip()
            option["text"] = text
        else:
            score = number_value(str(value))
            if score is None:
                option.pop("score", None)
            else:
                option["score"] = score
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def insert_option(self, row: int) -> int:
        taken = {str(option.get("code")) for option in self._options}
        number = len(self._options) + 1
        while f"option_{number}" in taken:
            number += 1
        row = max(0, min(row, len(self._options)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._options.insert(
            row, {"code": f"option_{number}", "text": {"zh": "", "en": ""}, "score": 0}
        )
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_option(self, row: int) -> None:
        if not 0 <= row < len(self._options):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._options[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_option(self, row: int, delta: int) -> int | None:
        target = row + delta
        if not (0 <= row < len(self._options) and 0 <= target < len(self._options)):
            return None
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._options.insert(target, self._options.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target
