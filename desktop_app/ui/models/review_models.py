"""Tables of the PDCA reviews page: the reviews, a review's KPI results (the cause is edited in
place), and the actions it raised or must check.

The cause cell is editable only while the review is a draft and the user may manage KPIs; an
edit is not written here but announced (`cause_edited`), so the page writes it off the GUI
thread and re-reads the review.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.review_queries import KpiResult, ReviewAction, ReviewListItem
from desktop_app.ui.models.column_table import ColumnTableModel
from desktop_app.ui.models.kpi_models import STATE_COLOURS, number, state_text
from desktop_app.ui.review_text import (
    CHECK_COLORS,
    check_text,
    ref_state_text,
    status_text,
)
from domain.reviews import ResultLine, ReviewStatus, needs_cause

Index = QModelIndex | QPersistentModelIndex
MISSING_CAUSE_BACKGROUND = QColor("#fff3e0")


translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""


class ReviewListModel(ColumnTableModel):
    columns = ("period", "title", "status", "met", "missed")
    numeric = frozenset({"met", "missed"})

    def review_at(self, row: int) -> ReviewListItem:
        review: ReviewListItem = self._rows[row]
        return review

    def row_of(self, review_id: str) -> int | None:
        ids = [r.id for r in self._rows]
        return ids.index(review_id) if review_id in ids else None

    def title(self, column: str) -> str:
        return {
            "period": translate("ReviewModels", "Period"),
            "title": translate("ReviewModels", "Title"),
            "status": translate("ReviewModels", "Status"),
            "met": translate("ReviewModels", "Met"),
            "missed": translate("ReviewModels", "Missed"),
        }[column]

    def display(self, row: ReviewListItem, column: str) -> str:
        if column == "period":
            return f"{row.first.isoformat()} – {row.last.isoformat()}"
        if column == "title":
            return row.title
        if column == "status":
            return status_text(row.status)
        return str(row.counts.met if column == "met" else row.counts.missed)

    def role_data(self, row: ReviewListItem, column: str, role: int) -> Any:
        if role != Qt.ItemDataRole.ForegroundRole:
            return None
        if column == "missed" and row.counts.missed:
            return QBrush(STATE_COLOURS["missed"])
        if column == "status" and row.status is ReviewStatus.DRAFT:
            return QBrush(STATE_COLOURS["at_risk"])
        return None


class KpiResultModel(ColumnTableModel):
    columns = ("name", "actual", "target", "status", "cause", "next_target", "next_deadline")
    numeric = frozenset({"actual", "target", "next_target"})
    cause_edited = Signal(str, str)
    """(KPI code, new cause) typed into the cause cell."""

    def __init__(self, chinese: bool = True, parent: Any = None) -> None:
        super().__init__(chinese, parent)
        self._editable = False

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def result_at(self, row: int) -> KpiResult:
        result: KpiResult = self._rows[row]
        return result

    def title(self, column: str) -> str:
        return {
            "name": translate("ReviewModels", "KPI"),
            "actual": translate("ReviewModels", "Actual"),
            "target": translate("ReviewModels", "Target"),
            "status": translate("ReviewModels", "Status"),
            "cause": translate("ReviewModels", "Cause of the miss"),
            "next_target": translate("ReviewModels", "Next target"),
            "next_deadline": translate("ReviewModels", "Deadline"),
        }[column]

    def display(self, row: KpiResult, column: str) -> str:
        if column == "name":
            return row.name_zh if self.chinese or not row.name_en else row.name_en
        if column == "actual":
            return number(row.value, row.unit)
        if column == "target":
            return number(row.target, row.unit)
        if column == "status":
            return state_text(row.status) if row.status else translate("ReviewModels", "No target")
        if column == "cause":
            return row.cause
        if column == "next_target":
            return number(row.next_target, row.unit) if row.next_target is not None else ""
        return row.next_deadline.isoformat() if row.next_deadline else ""

    def role_data(self, row: KpiResult, column: str, role: int) -> Any:
        missed = needs_cause(ResultLine(row.kpi_code, row.status, row.value, row.cause))
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(STATE_COLOURS.get(row.status, QColor("#757575")))
        if role == Qt.ItemDataRole.BackgroundRole and column == "cause" and missed:
            return None if row.cause.strip() else QBrush(MISSING_CAUSE_BACKGROUND)
        if role == Qt.ItemDataRole.EditRole and column == "cause":
            return row.cause
        if role == Qt.ItemDataRole.ToolTipRole and column == "cause" and row.cause:
            return row.cause
        if role == Qt.ItemDataRole.ToolTipRole and column == "cause" and self._editable:
            return translate("ReviewModels", "Double-click to write why the target was missed.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable and index.isValid() and self.columns[index.column()] == "cause":
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        text = str(value).strip()
        if text != row.cause:
            self.cause_edited.emit(row.kpi_code, text)
        return False  # shown once written and re-read


class ReviewActionModel(ColumnTableModel):
    """The actions a review raised (`checks=False`) or the previous review's, with their check."""

    def __init__(self, checks: bool, chinese: bool = True, parent: Any = None) -> None:
        super().__init__(chinese, parent)
        self.columns = (
            ("title", "kpi", "state", "check", "note")
            if checks
            else (
                "title",
                "kpi",
                "state",
            )
        )
        self._names: dict[str, str] = {}

    def set_names(self, names: dict[str, str]) -> None:
        """KPI names by code, in the UI language."""
        self._names = names

    def action_at(self, row: int) -> ReviewAction:
        action: ReviewAction = self._rows[row]
        return action

    def title(self, column: str) -> str:
        return {
            "title": translate("ReviewModels", "Action"),
            "kpi": translate("ReviewModels", "KPI"),
            "state": translate("ReviewModels", "Current state"),
            "check": translate("ReviewModels", "Check"),
            "note": translate("ReviewModels", "Check note"),
        }[column]

    def display(self, row: ReviewAction, column: str) -> str:
        if column == "title":
            return row.title or row.ref_id
        if column == "kpi":
            return self._names.get(row.kpi_code, row.kpi_code)
        if column == "state":
            return ref_state_text(row.state)
        if column == "check":
            return check_text(row.check_result)
        return row.check_note

    def role_data(self, row: ReviewAction, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "check" and row.check_result:
            return QBrush(QColor(CHECK_COLORS[row.check_result]))
        return None
