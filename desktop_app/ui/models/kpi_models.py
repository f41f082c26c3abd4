"""The KPI table: 领域, KPI, 基线值, 目标值, 实际值, status, 责任部门 — the layout plants already
use on paper — plus the deadline and a sparkline of the last months.

Values are formatted with their unit and a sensible number of digits; a KPI without a value
shows a dash and, as its tooltip, why (which inputs are missing, or a zero denominator).
"""

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

from desktop_app.services.kpi_overview import KpiRow
from domain.formatting import format_significant

Index = QModelIndex | QPersistentModelIndex
SPARKLINE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A column's sparkline values (list of float | None), read by the sparkline delegate."""
STATE_COLOURS = {
    "on_track": QColor("#2e7d32"),
    "achieved": QColor("#1565c0"),
    "at_risk": QColor("#ef6c00"),
    "missed": QColor("#c62828"),
    "no_data": QColor("#757575"),
}


def state_text(state: str) -> str:
    texts = {
        "on_track": QCoreApplication.translate("KpiTableModel", "On track"),
        "at_risk": QCoreApplication.translate("KpiTableModel", "At risk"),
        "missed": QCoreApplication.translate("KpiTableModel", "Missed"),
        "achieved": QCoreApplication.translate("KpiTableModel", "Achieved"),
        "no_data": QCoreApplication.translate("KpiTableModel", "No data"),
    }
    return texts.get(state, state)


def reason_text(row: KpiRow) -> str:
    value = row.value
    if value.reason == "missing_inputs":
        return QCoreApplication.translate("KpiTableModel", "Missing inputs: %1").replace(
            "%1", ", ".join(value.missing)
        )
    if value.reason == "zero_denominator":
        return QCoreApplication.translate(
            "KpiTableModel", "The denominator is 0 in this period (no production?)."
        )
    if value.reason == "natural_gas_choice_missing":
        return QCoreApplication.translate(
            "KpiTableModel",
            "Choose the natural-gas coefficient for this year (Energy accounting…).",
        )
    if value.reason == "equal_value_missing":
        return QCoreApplication.translate(
            "KpiTableModel", "Enter this year's equal value of electricity (Energy accounting…)."
        )
    if value.reason:
        return QCoreApplication.translate("KpiTableModel", "Not computed: %1").replace(
            "%1", value.reason
        )
    return ""


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return format_significant(value, unit)


class KpiTableModel(QAbstractTableModel):
    COLUMNS = (
        "area",
        "name",
        "baseline",
        "target",
        "actual",
        "status",
        "trend",
        "department",
        "deadline",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[KpiRow, ...] = ()
        self.chinese = True

    def set_rows(self, rows: tuple[KpiRow, ...], chinese: bool) -> None:
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
            QCoreApplication.translate("KpiTableModel", "Area"),
            QCoreApplication.translate("KpiTableModel", "KPI"),
            QCoreApplication.translate("KpiTableModel", "Baseline"),
            QCoreApplication.translate("KpiTableModel", "Target"),
            QCoreApplication.translate("KpiTableModel", "Actual"),
            QCoreApplication.translate("KpiTableModel", "Status"),
            QCoreApplication.translate("KpiTableModel", "Last 12 months"),
            QCoreApplication.translate("KpiTableModel", "Department"),
            QCoreApplication.translate("KpiTableModel", "Deadline"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SPARKLINE_ROLE and column == "trend":
            return [value for _month, value in row.months]
        if role == Qt.ItemDataRole.ToolTipRole and column == "actual":
            return reason_text(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and row.status:
            return QBrush(STATE_COLOURS.get(row.status.state, QColor("#757575")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("baseline", "target", "actual"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: KpiRow, column: str) -> str:
        d, target = row.definition, row.target
        if column == "area":
            return d.area_zh if self.chinese or not d.area_en else d.area_en
        if column == "name":
            return d.name_zh if self.chinese or not d.name_en else d.name_en
        if column == "baseline":
            return number(target.target.baseline_value if target else None, d.unit)
        if column == "target":
            return number(target.target.target_value if target else None, d.unit)
        if column == "actual":
            return number(row.value.value, d.unit)
        if column == "status":
            return state_text(row.status.state) if row.status else "—"
        if column == "department":
            if target is None:
                return ""
            who = " · ".join(p for p in (target.target.department, target.target.person) if p)
            return who
        if column == "deadline":
            return target.target.deadline.isoformat() if target else ""
        return ""
