"""Enter a production or material record by hand, or change one with a reason.

The item field follows the category: energy takes a carrier and pollutants a pollutant from the
fixed lists (the KPIs only count those codes), everything else is free text with the items
already used in that category offered first, so "板材" is not entered once as "板 材". The unit
list suggests only units that convert to the category's canonical unit, and the converted
quantity is shown as the KPIs will count it. Problems are shown beside their field, in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy import select

from desktop_app.services.database import Database
from desktop_app.services.records import RecordInfo
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.record_problem_text import carrier_text, category_text, record_problem_text
from desktop_app.ui.run_query import run_query
from domain.energy import Carrier
from domain.formatting import format_value
from domain.instrument_rules import Problem
from domain.records import (
    ENERGY_CATEGORIES,
    POLLUTANTS,
    WATER_CATEGORIES,
    Record,
    RecordCategory,
    canonical_quantity,
    canonical_unit,
    record_problems,
)
from domain.units import UnitError
from storage.models import ProductionRecord, Tag

TOUCH_TARGET = 44
DECIMALS = 4
MAX_QUANTITY = 1e12
_CANDIDATE_UNITS = ("t", "kg", "g", "m³", "Nm³", "L", "kWh", "MWh", "MJ", "GJ")


def suggested_units(category: RecordCategory, item: str) -> tuple[str, ...]:
    """Units a record of this category (and carrier) can be entered in, canonical unit first."""
    if category in ENERGY_CATEGORIES and item not in {c.value for c in Carrier}:
        return ()
    first = canonical_unit(category, item)
    unusual = set()
    if category is not RecordCategory.POLLUTANT:
        unusual.add("g")  # grams of product or water are typing slips, not records
    if category in ENERGY_CATEGORIES:
        unusual.add("L")  # fuels are booked by mass, gases in m³
    else:
        unusual.add("Nm³")  # a gas meter's unit
    if category in WATER_CATEGORIES:
        unusual.add("kg")
    ordered = (first, *(u for u in _CANDIDATE_UNITS if u != first and u not in unusual))
    return tuple(u for u in ordered if _converts(category, item, u))


def _converts(category: RecordCategory, item: str, unit: str) -> bool:
    try:
        canonical_quantity(Record(date(2000, 1, 1), category, item, 1.0, unit))
    except (UnitError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class KnownItems:
    """What the dialog offers: items used per category, and carriers a meter already counts."""

    items: dict[RecordCategory, tuple[str, ...]]
    metered: frozenset[str]


def known_items(database: Database) -> KnownItems:
    """Read on the query pool; enabled tags with a carrier are the boundary meters."""
    with database.reading() as session:
        pairs = session.execute(
            select(ProductionRecord.category, ProductionRecord.item)
            .distinct()
            .order_by(ProductionRecord.category, ProductionRecord.item)
        ).all()
        metered = session.scalars(select(Tag.carrier).where(Tag.carrier.is_not(None), Tag.enabled))
        carriers = frozenset(str(c) for c in metered)
    items: dict[RecordCategory, list[str]] = {}
    for category, item in pairs:
        if category in {c.value for c in RecordCategory}:
            items.setdefault(RecordCategory(category), []).append(item)
    return KnownItems({c: tuple(v) for c, v in items.items()}, carriers)


class RecordDialog(FormDialog):
    """`existing=None`: a new record; otherwise that record is changed and a reason is asked."""

    def __init__(
        self,
        database: Database,
        chinese: bool,
        existing: RecordInfo | None = None,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._chinese, self._existing = chinese, existing
        self._known = KnownItems({}, frozenset())
        self.setWindowTitle(self.tr("Change a record") if existing else self.tr("Add a record"))
        self.setMinimumWidth(560)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.category_combo = QComboBox()
        for category in RecordCategory:
            self.category_combo.addItem(category_text(category), category.value)
        self.item_combo = QComboBox()
        self.quantity_spin = QDoubleSpinBox()
        self.quantity_spin.setRange(0.0, MAX_QUANTITY)
        self.quantity_spin.setDecimals(DECIMALS)
        self.quantity_spin.setGroupSeparatorShown(True)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.counted_label = QLabel()
        self.line_edit = QLineEdit()
        self.shift_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.reason_edit = QLineEdit()
        self.add_row("day", self.tr("Day"), self.day_edit)
        self.add_row("category", self.tr("Category"), self.category_combo)
        self.add_row("item", self.tr("Item"), self.item_combo)
        self.add_row("quantity", self.tr("Quantity"), self.quantity_spin)
        self.add_row("unit", self.tr("Unit"), self.unit_combo)
        self.form.addRow(self.tr("Counted as"), self.counted_label)
        self.add_row("line", self.tr("Line"), self.line_edit)
        self.add_row("shift", self.tr("Shift"), self.shift_edit)
        self.add_row("note", self.tr("Note"), self.note_edit)
        if existing is not None:
            self.add_row("reason", self.tr("Reason for the change (required)"), self.reason_edit)
        fields = (self.day_edit, self.category_combo, self.item_combo, self.quantity_spin)
        more = (self.unit_combo, self.line_edit, self.shift_edit, self.note_edit, self.reason_edit)
        for widget in (*fields, *more, *self.buttons.buttons()):
            widget.setMinimumHeight(TOUCH_TARGET)
        self._show(existing.record if existing else None, day)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.item_combo.currentIndexChanged.connect(self._item_changed)
        self.item_combo.editTextChanged.connect(self._update_counted)
        self.unit_combo.editTextChanged.connect(self._update_counted)
        self.quantity_spin.valueChanged.connect(self._update_counted)
        run_query(self, lambda: known_items(database), self._known_loaded)

    def _show(self, record: Record | None, day: date | None) -> None:
        shown = record.day if record else (day or date.today())
        self.day_edit.setDate(QDate(shown.year, shown.month, shown.day))
        category = record.category if record else RecordCategory.PRODUCTION
        self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))
        self._fill_items(record.item if record else "")
        if record is not None:
            self.quantity_spin.setValue(record.quantity)
            self.unit_combo.setCurrentText(record.unit)
            self.line_edit.setText(record.line)
            self.shift_edit.setText(record.shift)
            self.note_edit.setText(record.note)
        self._update_counted()

    def category(self) -> RecordCategory:
        return RecordCategory(self.category_combo.currentData())

    def item(self) -> str:
        if self.item_combo.isEditable():
            return self.item_combo.currentText().strip()
        data = self.item_combo.currentData()
        return str(data) if data is not None else ""

    def value(self) -> Record:
        day = self.day_edit.date()
        return Record(
            date(day.year(), day.month(), day.day()),
            self.category(),
            self.item(),
            self._quantity(),
            self.unit_combo.currentText().strip(),
            self.line_edit.text().strip(),
            self.shift_edit.text().strip(),
            self.note_edit.text().strip(),
        )

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def problems(self) -> list[Problem]:
        record = self.value()
        problems = record_problems(record)
        purchased = record.category is RecordCategory.ENERGY_PURCHASED
        if purchased and record.item in self._known.metered:
            problems.append(Problem("item", "carrier_metered", record.item))
        if self._existing is not None and not self.reason():
            problems.append(Problem("reason", "reason_required"))
        return problems

    def describe(self, problem: Problem) -> str:
        return record_problem_text(problem.code, problem.detail)

    def _quantity(self) -> float:
        """The stored quantity while the spin box still shows it, so an edit keeps its digits."""
        value = self.quantity_spin.value()
        if self._existing is not None:
            stored = self._existing.record.quantity
            if value == round(stored, DECIMALS):
                return stored
        return value

    def _known_loaded(self, known: KnownItems) -> None:
        self._known = known
        if self.item_combo.isEditable():
            self._fill_items(self.item())

    def _fill_items(self, keep: str) -> None:
        """Offer the items of the current category; keep `keep` chosen if it fits."""
        category = self.category()
        combo = self.item_combo
        combo.blockSignals(True)
        combo.clear()
        if category in ENERGY_CATEGORIES:
            combo.setEditable(False)
            for carrier in Carrier:
                combo.addItem(carrier_text(carrier.value), carrier.value)
        elif category is RecordCategory.POLLUTANT:
            combo.setEditable(False)
            for pollutant in POLLUTANTS.values():
                name = pollutant.name_zh if self._chinese else pollutant.name_en
                combo.addItem(f"{name} ({pollutant.code})", pollutant.code)
        else:
            combo.setEditable(True)
            for item in self._known.items.get(category, ()):
                combo.addItem(item, item)
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Type a name or choose one used before"))
        if combo.isEditable():
            combo.setCurrentText(keep)
        else:
            index = combo.findData(keep)
            if index < 0 and keep:
                combo.addItem(keep, keep)  # an older record's item stays visible and kept
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._fill_units()

    def _fill_units(self) -> None:
        units = suggested_units(self.category(), self.item())
        current = self.unit_combo.currentText().strip()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItems(list(units))
        keep = current if current and _converts(self.category(), self.item(), current) else ""
        self.unit_combo.setCurrentText(keep or (units[0] if units else current))
        self.unit_combo.blockSignals(False)
        self._update_counted()

    @Slot(int)
    def _category_changed(self, _index: int) -> None:
        self._fill_items("")

    @Slot(int)
    def _item_changed(self, _index: int) -> None:
        self._fill_units()

    @Slot()
    def _update_counted(self, *_args: object) -> None:
        record = self.value()
        try:
            amount = canonical_quantity(record)
            unit = canonical_unit(record.category, record.item)
        except (UnitError, ValueError):
            self.counted_label.setText("—")
            return
        self.counted_label.setText(
            self.tr("%1 in the KPIs").replace("%1", format_value(amount, unit))
        )
