"""Table models of the records tab: the records of a period, their totals, and bad import rows.

Each model holds immutable rows handed over whole (`set_rows`): records change by a person's
action or an import, not by the second, and a reset keeps the models simple to reason about.
Quantities are shown twice — as entered and in the category's canonical unit — because the
first is what someone can check against a delivery note and the second is what the KPIs add.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.services.records import RecordInfo
from desktop_app.ui.models.column_table import ColumnTableModel
from desktop_app.ui.record_problem_text import (
    category_text,
    column_text,
    item_text,
    row_error_text,
    source_text,
)
from domain.formatting import format_value
from domain.record_import import RowError
from domain.records import (
    ENERGY_CATEGORIES,
    RecordCategory,
    canonical_quantity,
    canonical_unit,
)
from domain.units import UnitError

Index = QModelIndex | QPersistentModelIndex

RECORD_COLUMNS = (
    "day",
    "category",
    "item",
    "quantity",
    "canonical",
    "line",
    "shift",
    "source",
    "who",
    "note",
)
TOTAL_COLUMNS = ("category", "item", "total", "records")
ERROR_COLUMNS = ("row", "column", "reason")


translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""


class RecordsModel(ColumnTableModel):
    columns = RECORD_COLUMNS
    numeric = frozenset({"quantity", "canonical"})

    def record_at(self, row: int) -> RecordInfo:
        return self._rows[row]  # type: ignore[no-any-return]

    def records(self) -> tuple[RecordInfo, ...]:
        return tuple(self._rows)

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < len(self._rows)
        if valid and role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        if valid and role == Qt.ItemDataRole.ToolTipRole:
            return self._rows[index.row()].record.note or None
        return super().data(index, role)

    def title(self, column: str) -> str:
        titles = {
            "day": translate("RecordsModel", "Day"),
            "category": translate("RecordsModel", "Category"),
            "item": translate("RecordsModel", "Item"),
            "quantity": translate("RecordsModel", "Quantity"),
            "canonical": translate("RecordsModel", "Counted as"),
            "line": translate("RecordsModel", "Line"),
            "shift": translate("RecordsModel", "Shift"),
            "source": translate("RecordsModel", "Source"),
            "who": translate("RecordsModel", "Entered by"),
            "note": translate("RecordsModel", "Note"),
        }
        return titles[column]

    def display(self, row: Any, column: str) -> str:
        info: RecordInfo = row
        record = info.record
        if column == "day":
            return record.day.isoformat()
        if column == "category":
            return category_text(record.category)
        if column == "item":
            return item_text(record.category, record.item, self._chinese)
        if column == "quantity":
            return format_value(record.quantity, record.unit)
        if column == "canonical":
            try:
                unit = canonical_unit(record.category, record.item)
                return format_value(canonical_quantity(record), unit)
            except (UnitError, ValueError):
                return "—"  # stored before a rule changed: shown, not hidden
        if column == "line":
            return record.line
        if column == "shift":
            return record.shift
        if column == "source":
            return source_text(info.source, info.source_ref)
        if column == "who":
            return info.created_by
        return record.note


@dataclass(frozen=True)
class CategoryTotal:
    """The sum of one category (one carrier for energy) in its canonical unit."""

    category: RecordCategory
    item: str
    """The carrier for energy categories (their units differ); "" for the others."""
    total: float
    unit: str
    records: int


def category_totals(records: Iterable[RecordInfo]) -> list[CategoryTotal]:
    """Totals in category order; energy split by carrier, since kWh and kg do not add up."""
    sums: dict[tuple[RecordCategory, str], tuple[float, str, int]] = {}
    for info in records:
        record = info.record
        item = record.item if record.category in ENERGY_CATEGORIES else ""
        try:
            amount = canonical_quantity(record)
            unit = canonical_unit(record.category, record.item)
        except (UnitError, ValueError):
            continue
        total, _unit, count = sums.get((record.category, item), (0.0, unit, 0))
        sums[(record.category, item)] = (total + amount, unit, count + 1)
    order = list(RecordCategory)
    keys = sorted(sums, key=lambda k: (order.index(k[0]), k[1]))
    return [CategoryTotal(c, i, sums[(c, i)][0], sums[(c, i)][1], sums[(c, i)][2]) for c, i in keys]


class CategoryTotalsModel(ColumnTableModel):
    columns = TOTAL_COLUMNS
    numeric = frozenset({"total", "records"})

    def totals(self) -> tuple[CategoryTotal, ...]:
        return tuple(self._rows)

    def title(self, column: str) -> str:
        titles = {
            "category": translate("RecordsModel", "Category"),
            "item": translate("RecordsModel", "Carrier"),
            "total": translate("RecordsModel", "Total in the period"),
            "records": translate("RecordsModel", "Records"),
        }
        return titles[column]

    def display(self, row: Any, column: str) -> str:
        total: CategoryTotal = row
        if column == "category":
            return category_text(total.category)
        if column == "item":
            return item_text(total.category, total.item, self._chinese) if total.item else ""
        if column == "total":
            return format_value(total.total, total.unit)
        return str(total.records)


class RowErrorModel(ColumnTableModel):
    """Bad rows of an import sheet: the row as the spreadsheet numbers it, column, reason."""

    columns = ERROR_COLUMNS
    numeric = frozenset({"row"})

    def errors(self) -> tuple[RowError, ...]:
        return tuple(self._rows)

    def title(self, column: str) -> str:
        titles = {
            "row": translate("RecordsModel", "Row"),
            "column": translate("RecordsModel", "Column"),
            "reason": translate("RecordsModel", "Reason"),
        }
        return titles[column]

    def display(self, row: Any, column: str) -> str:
        error: RowError = row
        if column == "row":
            return str(error.row)
        if column == "column":
            return column_text(error.column)
        return row_error_text(error)
