"""The KPI table: 领域, KPI, 基线值, 目标值, 实际值, status, 责任部门 — the layout plants already
use on paper — plus the deadline and a sparkline of the last months.

Values are formatted with their unit and a sensible number of digits; a KPI without a value
shows a dash and, as its tooltip, why (which inputs are missing, or a zero denominator).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.kpi_overview import KpiRow
from desktop_app.ui.models.column_table import ColumnTableModel
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


class KpiTableModel(ColumnTableModel):
    columns = (
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
    COLUMNS = columns
    numeric = frozenset({"baseline", "target", "actual"})

    @property
    def rows(self) -> tuple[KpiRow, ...]:
        return tuple(self._rows)

    def title(self, column: str) -> str:
        titles = {
            "area": QCoreApplication.translate("KpiTableModel", "Area"),
            "name": QCoreApplication.translate("KpiTableModel", "KPI"),
            "baseline": QCoreApplication.translate("KpiTableModel", "Baseline"),
            "target": QCoreApplication.translate("KpiTableModel", "Target"),
            "actual": QCoreApplication.translate("KpiTableModel", "Actual"),
            "status": QCoreApplication.translate("KpiTableModel", "Status"),
            "trend": QCoreApplication.translate("KpiTableModel", "Last 12 months"),
            "department": QCoreApplication.translate("KpiTableModel", "Department"),
            "deadline": QCoreApplication.translate("KpiTableModel", "Deadline"),
        }
        return titles[column]

    def role_data(self, row: KpiRow, column: str, role: int) -> Any:
        if role == SPARKLINE_ROLE and column == "trend":
            return [value for _month, value in row.months]
        if role == Qt.ItemDataRole.ToolTipRole and column == "actual":
            return reason_text(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and row.status:
            return QBrush(STATE_COLOURS.get(row.status.state, QColor("#757575")))
        return None

    def display(self, row: KpiRow, column: str) -> str:
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
            return " · ".join(p for p in (target.target.department, target.target.person) if p)
        if column == "deadline":
            return target.target.deadline.isoformat() if target else ""
        return ""
