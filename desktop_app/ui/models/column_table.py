"""A table model over whole immutable rows, one named column per field.

The models of the pages differ only in their columns, their header titles and how a cell reads;
the Qt plumbing (counts, bounds checks, resetting on new rows or a language change, aligning
numbers right) lives here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ColumnTableModel(QAbstractTableModel):
    """Subclasses name `columns` (and the `numeric` ones) and provide `title` and `display`;
    `role_data` answers any other role (tooltips, colours, custom roles)."""

    columns: tuple[str, ...] = ()
    numeric: frozenset[str] = frozenset()

    def __init__(self, chinese: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._chinese = chinese

    @property
    def chinese(self) -> bool:
        return self._chinese

    def set_rows(self, rows: Iterable[Any], chinese: bool | None = None) -> None:
        """New rows (and, when given, the language they are shown in)."""
        self.beginResetModel()
        self._rows = list(rows)
        if chinese is not None:
            self._chinese = chinese
        self.endResetModel()

    def set_chinese(self, chinese: bool) -> None:
        self.beginResetModel()
        self._chinese = chinese
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.title(self.columns[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return RIGHT
        return self.role_data(row, column, role)

    def title(self, column: str) -> str:
        """The header of a column, in the UI language (abstract: every model names its own)."""
        raise NotImplementedError

    def display(self, row: Any, column: str) -> str:
        """How a cell reads (abstract: every model knows its own rows)."""
        raise NotImplementedError

    def role_data(self, row: Any, column: str, role: int) -> Any:
        """Any other role of a cell; none by default."""
        return None
