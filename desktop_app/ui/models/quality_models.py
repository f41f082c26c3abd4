"""Table models of the data-quality page: one row per tag, and the days of one tag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.data_quality import DayQuality, TagQuality, local_day

Index = QModelIndex | QPersistentModelIndex
RED, GREEN = QColor("#c62828"), QColor("#2e7d32")


def _percent(fraction: float | None) -> str:
    return "—" if fraction is None else f"{fraction * 100:.1f} %"


class TagQualityModel(QAbstractTableModel):
    COLUMNS = ("tag", "unit", "completeness", "days_below", "missing", "totals")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[TagQuality, ...] = ()
        self.chinese = True

    def set_rows(self, rows: tuple[TagQuality, ...], chinese: bool) -> None:
        self.beginResetModel()
        self.rows, self.chinese = rows, chinese
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("TagQualityModel", "Measurement"),
            QCoreApplication.translate("TagQualityModel", "Unit"),
            QCoreApplication.translate("TagQualityModel", "Completeness (month)"),
            QCoreApplication.translate("TagQualityModel", "Days below 90 %"),
            QCoreApplication.translate("TagQualityModel", "Missing time"),
            QCoreApplication.translate("TagQualityModel", "Daily totals vs month"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            verdict = self._verdict(row, column)
            return None if verdict is None else QBrush(GREEN if verdict else RED)
        return None

    def _text(self, row: TagQuality, column: str) -> str:
        tag = row.tag
        if column == "tag":
            return tag.label if self.chinese or not tag.label_en else tag.label_en
        if column == "unit":
            return tag.unit
        if column == "completeness":
            return _percent(row.month.fraction)
        if column == "days_below":
            return str(row.days_below_rule)
        if column == "missing":
            hours = sum(g.minutes for g in row.gaps) / 60
            return f"{hours:.1f} h · {len(row.gaps)}"
        totals = row.totals
        if totals is None:
            return "—"
        difference = totals.difference
        return "—" if difference is None else f"{difference * 100:.2f} %"

    def _verdict(self, row: TagQuality, column: str) -> bool | None:
        if column == "completeness":
            return row.month.meets_rule
        if column == "totals" and row.totals is not None:
            return row.totals.meets_rule
        return None


class DayQualityModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.days: tuple[DayQuality, ...] = ()
        self.unit = ""

    def set_days(self, days: tuple[DayQuality, ...], unit: str) -> None:
        self.beginResetModel()
        self.days, self.unit = days, unit
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("DayQualityModel", "Day"),
            QCoreApplication.translate("DayQualityModel", "Valid / expected"),
            QCoreApplication.translate("DayQualityModel", "Completeness"),
            QCoreApplication.translate("DayQualityModel", "Consumption"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.days[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            verdict = day.completeness.meets_rule
            return None if verdict is None else QBrush(GREEN if verdict else RED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return local_day(day.start_ms)
        if index.column() == 1:
            return f"{day.completeness.valid:,} / {day.completeness.expected:,}"
        if index.column() == 2:
            return _percent(day.completeness.fraction)
        if day.consumption is None:
            return "—"
        return f"{day.consumption:,.2f} {self.unit}".strip()
