"""The evaluation tab's indicator table: second-level indicators grouped under their first level.

Editing never writes to the model: a chosen value is handed on through `input_edited`, the tab
stores it off the GUI thread and reloads, so what the table shows is always what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.services.evaluation import INPUT, KPI_PREFIX, MISSING, EvaluationView
from desktop_app.ui.evaluation_text import (
    benchmark_text,
    criteria,
    level_text,
    missing_reason_text,
    value_text,
)
from domain.evaluation import QUALITATIVE_NONE, FirstLevelIndicator, Indicator, Kind, Level

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLORS = {
    Level.I: QColor("#1b5e20"),
    Level.II: QColor("#1565c0"),
    Level.III: QColor("#8d6e00"),
    None: QColor("#b3261e"),
}
GREY = QColor("#6b6b6b")
GROUP_BACKGROUND = QColor("#e8eef3")


def name(item: Indicator | FirstLevelIndicator, chinese: bool) -> str:
    return item.name_zh if chinese or not item.name_en else item.name_en


@dataclass(frozen=True)
class _Row:
    group: FirstLevelIndicator
    indicator: Indicator | None
    """None for the first-level indicator's own row."""


class IndicatorTableModel(QAbstractTableModel):
    COLUMNS = ("name", "unit", "value", "source", "achieved", "I", "II", "III", "limit", "weight")
    VALUE_COLUMN = 2

    input_edited = Signal(str, object, bool)
    """(indicator code, value or None, not applicable) chosen in an editor."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: EvaluationView | None = None
        self.rows: tuple[_Row, ...] = ()
        self.chinese = True
        self.editable = False

    def set_view(self, view: EvaluationView | None, chinese: bool) -> None:
        self.beginResetModel()
        self.view, self.chinese = view, chinese
        rows: list[_Row] = []
        if view is not None:
            for group in view.system.groups:
                rows.append(_Row(group, None))
                rows += [_Row(group, i) for i in view.system.indicators if i.group == group.code]
        self.rows = tuple(rows)
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        if self.rows:
            last = self.index(len(self.rows) - 1, self.VALUE_COLUMN)
            self.dataChanged.emit(self.index(0, self.VALUE_COLUMN), last)

    def indicator_at(self, row: int) -> Indicator | None:
        return self.rows[row].indicator if 0 <= row < len(self.rows) else None

    def row_of(self, code: str) -> int | None:
        for number, row in enumerate(self.rows):
            if row.indicator is not None and row.indicator.code == code:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("First- / second-level indicator"), self.tr("Unit"), self.tr("Value"),
            self.tr("Source"), self.tr("Achieved"), level_text(Level.I), level_text(Level.II),
            level_text(Level.III), self.tr("Limiting indicator"), self.tr("Weight"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        indicator = self.indicator_at(index.row())
        if (
            self.editable
            and index.column() == self.VALUE_COLUMN
            and indicator is not None
            and indicator.kpi is None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        indicator = self.indicator_at(index.row())
        if role != Qt.ItemDataRole.EditRole or indicator is None or not self.editable:
            return False
        number, not_applicable = value
        self.input_edited.emit(indicator.code, number, bool(not_applicable))
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if row.indicator is None:
            return self._group_data(row.group, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row.indicator, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.view.source(row.indicator.code).value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row.indicator, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row.indicator, column)
        return None

    def _group_data(self, group: FirstLevelIndicator, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return name(group, self.chinese)
            return f"{group.weight:g}" if column == "weight" else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, indicator: Indicator, column: str) -> str:
        assert self.view is not None
        source = self.view.source(indicator.code)
        result = self.view.result(indicator.code)
        if column == "name":
            return "    " + name(indicator, self.chinese)
        if column == "unit":
            return indicator.unit
        if column == "value":
            return (
                self.tr("Not applicable")
                if source.not_applicable
                else value_text(indicator, source.value, unit=False)
            )
        if column == "source":
            return self._source_text(indicator)
        if column == "achieved":
            return "—" if result is None or result.missing else level_text(result.achieved)
        if column in ("I", "II", "III"):
            return benchmark_text(indicator, Level[column], self.chinese, unit=False)
        if column == "limit":
            return self.tr("Limiting") if indicator.limiting else ""
        return f"{indicator.weight:g}"

    def _source_text(self, indicator: Indicator) -> str:
        assert self.view is not None
        source = self.view.source(indicator.code)
        if source.source.startswith(KPI_PREFIX):
            return self.tr("KPI %1").replace("%1", source.source.removeprefix(KPI_PREFIX))
        if source.source == INPUT:
            stored = self.view.stored_input(indicator.code)
            who = stored.updated_by if stored else ""
            return self.tr("Entered by %1").replace("%1", who)
        if source.not_applicable:
            return self.tr("Marked not applicable")
        return self.tr("Missing: %1").replace("%1", missing_reason_text(source.reason))

    def _tooltip(self, indicator: Indicator, column: str) -> str | None:
        assert self.view is not None
        if column in ("I", "II", "III"):
            return benchmark_text(indicator, Level[column], self.chinese)
        if column == "weight":
            result = self.view.result(indicator.code)
            share = 0.0 if result is None else 100.0 * result.weight
            return self.tr("Share of the composite index: %1 %").replace("%1", f"{share:.1f}")
        if column in ("name", "value") and indicator.kind is Kind.QUALITATIVE:
            return "\n".join(
                f"{level_text(level)}: {criteria(indicator, level, self.chinese)}"
                for level in Level
            )
        note = self.view.source(indicator.code).note
        return note or None

    def _colour(self, indicator: Indicator, column: str) -> QBrush | None:
        assert self.view is not None
        result = self.view.result(indicator.code)
        if column == "achieved" and result is not None and not result.missing:
            return QBrush(LEVEL_COLORS[result.achieved])
        if column == "source" and self.view.source(indicator.code).source == MISSING:
            return QBrush(LEVEL_COLORS[None])
        if column == "limit":
            return QBrush(LEVEL_COLORS[None])
        if result is None:
            return QBrush(GREY)
        return None


class InputDelegate(QStyledItemDelegate):
    """A level chooser (with each level's criteria) or a spin box for the value column."""

    def __init__(self, model: IndicatorTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        indicator = self._model.indicator_at(index.row())
        if indicator is None:  # not editable: `flags` offers editing on indicator rows only
            return super().createEditor(parent, option, index)
        if indicator.kind is not Kind.QUALITATIVE:
            spin = QDoubleSpinBox(parent)
            spin.setRange(-1e12, 1e12)
            spin.setDecimals(4)
            spin.setSuffix(f" {indicator.unit}" if indicator.unit else "")
            return spin
        combo = QComboBox(parent)
        chinese = self._model.chinese
        for level in Level:
            text = f"{level_text(level)} — {criteria(indicator, level, chinese)}"
            combo.addItem(text.rstrip(" —"), (float(level), False))
        combo.addItem(level_text(None), (float(QUALITATIVE_NONE), False))
        combo.addItem(self.tr("Not applicable"), (None, True))
        combo.addItem(self.tr("Clear the entry"), (None, False))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0))
        combo.activated.connect(lambda _row, editor=combo: self._chosen(editor))
        return combo

    def _chosen(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            wanted = (None if value is None else float(value), False)
            found = next((i for i in range(editor.count()) if editor.itemData(i) == wanted), -1)
            editor.setCurrentIndex(found)
        elif isinstance(editor, QDoubleSpinBox) and value is not None:
            editor.setValue(float(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, (editor.value(), False), Qt.ItemDataRole.EditRole)
