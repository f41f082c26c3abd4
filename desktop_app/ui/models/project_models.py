"""Table models of the Projects page: the option register, and one option's money breakdown.

Rows are immutable `ProjectInfo`s handed over whole: options change a few times a month, so a
reset is simpler than per-row edits. Investment is shown in 万元 from 10,000 in Chinese (how
plants quote it), annual benefit and NPV in whole 元 so the columns line up; every cell carries
its unit, because a bare "27.5" in a money column is the beginning of an expensive mistake.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.project_queries import AmountLine, ProjectInfo
from desktop_app.ui.models.column_table import ColumnTableModel
from desktop_app.ui.project_text import (
    STATUS_COLORS,
    money_text,
    percent_text,
    years_text,
    yuan_text,
)
from domain.projects import label

Index = QModelIndex | QPersistentModelIndex
PROJECT_COLUMNS = (
    "code",
    "title",
    "class",
    "source",
    "status",
    "investment",
    "benefit",
    "roi",
    "payback",
    "npv",
    "irr",
)
LINE_COLUMNS = ("kind", "category", "amount")
NEGATIVE = "#c62828"

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""


class ProjectTableModel(ColumnTableModel):
    columns = PROJECT_COLUMNS
    numeric = frozenset({"investment", "benefit", "roi", "payback", "npv", "irr"})

    def project_at(self, row: int) -> ProjectInfo:
        return self._rows[row]  # type: ignore[no-any-return]

    def projects(self) -> tuple[ProjectInfo, ...]:
        return tuple(self._rows)

    def row_of(self, project_id: str) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == project_id), None)

    def title(self, column: str) -> str:
        return {
            "code": translate("ProjectModels", "No."),
            "title": translate("ProjectModels", "Option"),
            "class": translate("ProjectModels", "Cost class"),
            "source": translate("ProjectModels", "Source"),
            "status": translate("ProjectModels", "Status"),
            "investment": translate("ProjectModels", "Investment"),
            "benefit": translate("ProjectModels", "Annual benefit"),
            "roi": translate("ProjectModels", "ROI"),
            "payback": translate("ProjectModels", "Payback"),
            "npv": translate("ProjectModels", "NPV"),
            "irr": translate("ProjectModels", "IRR"),
        }[column]

    def display(self, row: Any, column: str) -> str:
        project: ProjectInfo = row
        economics = project.economics
        if column == "code":
            return project.code
        if column == "title":
            return project.title
        if column == "class":
            return label(project.fields.cost_class, self.chinese)
        if column == "source":
            return label(project.fields.source_kind, self.chinese)
        if column == "status":
            return label(project.status, self.chinese)
        if column == "investment":
            return money_text(project.investment, self.chinese)
        if column == "benefit":
            return yuan_text(project.annual_benefit, per_year=True)
        if economics is None:
            return "—"
        if column == "roi":
            return percent_text(economics.roi_percent)
        if column == "payback":
            return years_text(economics.payback_years)
        if column == "npv":
            return yuan_text(economics.npv)
        return percent_text(economics.irr * 100.0 if economics.irr is not None else None)

    def role_data(self, row: Any, column: str, role: int) -> Any:
        project: ProjectInfo = row
        if role == Qt.ItemDataRole.UserRole:
            return project.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return project.fields.description or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(QColor(STATUS_COLORS[project.status]))
        economics = project.economics
        if role == Qt.ItemDataRole.ForegroundRole and column == "npv" and economics is not None:
            return QBrush(QColor(NEGATIVE)) if economics.npv < 0 else None
        return None


class AmountLinesModel(ColumnTableModel):
    """One option's money lines: kind, category, amount (investment in 元, the others 元/年)."""

    columns = LINE_COLUMNS
    numeric = frozenset({"amount"})

    def lines(self) -> tuple[AmountLine, ...]:
        return tuple(self._rows)

    def title(self, column: str) -> str:
        return {
            "kind": translate("ProjectModels", "Kind"),
            "category": translate("ProjectModels", "Category"),
            "amount": translate("ProjectModels", "Amount"),
        }[column]

    def display(self, row: Any, column: str) -> str:
        line: AmountLine = row
        if column == "kind":
            return label(line.kind, self.chinese)
        if column == "category":
            return label(line.category, self.chinese)
        return yuan_text(line.amount_cny, per_year=line.kind != "investment")

    def role_data(self, row: Any, column: str, role: int) -> Any:
        line: AmountLine = row
        if role == Qt.ItemDataRole.ToolTipRole and line.note:
            return line.note
        return None
