"""The energy-accounting convention of a year (GB/T 2589-2020): the choices behind every kgce.

Three things a report must state and the standard leaves to the site: electricity at its
equivalent value (当量值, 0.1229 kgce/kWh) or at the equal value (等价值, the year's national
supply coal rate); the natural-gas coefficient, which has no right default, so it is a required
choice between gas-field, oilfield and a measured value; and coefficients from the site's own
measured calorific values, overriding the reference ones. References the standard's text could
not confirm are marked, so nobody mistakes them for checked figures.

The stored convention is read before anything can be saved (a form still showing defaults must
never overwrite a year's choice), and saving runs `set_convention` on the query pool; the dialog
closes only once the convention is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.energy_conventions import convention_for, set_convention
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.record_problem_text import carrier_text, record_error_text, record_problem_text
from desktop_app.ui.run_query import run_query
from domain.energy import (
    EQUAL_VALUE_RANGE,
    NATURAL_GAS_CHOICES,
    NATURAL_GAS_RANGE,
    REFERENCE,
    Carrier,
    ElectricityBasis,
    EnergyConvention,
    convention_problems,
)
from domain.instrument_rules import Problem

TOUCH_TARGET = 44
DECIMALS = 4
MAX_OVERRIDE = 99.9999
OVERRIDABLE = tuple(c for c in Carrier if c not in (Carrier.ELECTRICITY, Carrier.NATURAL_GAS))
"""Electricity and natural gas have their own choices above the table."""
OVERRIDE_COLUMNS = ("carrier", "reference", "status", "site")
_FIELDS = {
    "natural_gas_kgce_per_m3": "natural_gas",
    "equal_value_kgce_per_kwh": "electricity",
    "year": "year",
}

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class OverridesModel(QAbstractTableModel):
    """One row per carrier: its reference coefficient and the site's measured value, if any."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._site: dict[Carrier, float] = {}

    def set_overrides(self, overrides: dict[Carrier, float]) -> None:
        self.beginResetModel()
        self._site = {c: v for c, v in overrides.items() if c in OVERRIDABLE}
        self.endResetModel()

    def overrides(self) -> dict[Carrier, float]:
        return dict(self._site)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(OVERRIDABLE)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(OVERRIDE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("EnergyConventionDialog", "Carrier"),
            translate("EnergyConventionDialog", "Reference (GB/T 2589)"),
            translate("EnergyConventionDialog", "Reference status"),
            translate("EnergyConventionDialog", "Site value (measured)"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and OVERRIDE_COLUMNS[index.column()] == "site":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(OVERRIDABLE):
            return None
        carrier = OVERRIDABLE[index.row()]
        reference = REFERENCE[carrier]
        column = OVERRIDE_COLUMNS[index.column()]
        site = self._site.get(carrier)
        if role == Qt.ItemDataRole.EditRole and column == "site":
            return site if site is not None else 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            per = f"kgce/{reference.unit}"
            if column == "carrier":
                return carrier_text(carrier.value)
            if column == "reference":
                return f"{reference.kgce_per_unit:.4f} {per}"
            if column == "status":
                if reference.confirmed:
                    return ""
                return translate("EnergyConventionDialog", "⚠ unconfirmed: check or measure")
            if site is None:
                return translate("EnergyConventionDialog", "— (reference used)")
            return f"{site:.4f} {per}"
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return None if reference.confirmed else QBrush(QColor("#b3261e"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if OVERRIDE_COLUMNS[index.column()] != "site":
            return False
        carrier = OVERRIDABLE[index.row()]
        number = float(value) if value not in (None, "") else 0.0
        if number > 0:
            self._site[carrier] = number
        else:
            self._site.pop(carrier, None)  # 0 or empty: back to the reference value
        self.dataChanged.emit(index, index)
        return True


class OverrideDelegate(QStyledItemDelegate):
    """A spin box with 4 decimals; its lowest value reads "use reference" and clears the cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(DECIMALS)
        spin.setRange(0.0, MAX_OVERRIDE)
        spin.setSingleStep(0.001)
        spin.setSpecialValueText(translate("EnergyConventionDialog", "use reference"))
        return spin


class EnergyConventionDialog(FormDialog):
    saved = Signal(object)
    """The `EnergyConvention` just stored."""

    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: EnergyConvention | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Energy accounting (GB/T 2589-2020)"))
        self.setMinimumWidth(820)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2200)
        self.year_spin.setValue(year)
        self.equivalent_radio = QRadioButton(
            self.tr("Equivalent value (当量值): 0.1229 kgce/kWh — the usual basis")
        )
        self.equal_radio = QRadioButton(self.tr("Equal value (等价值): national supply coal rate"))
        self.equal_spin = _spin(EQUAL_VALUE_RANGE, " kgce/kWh")
        self.electricity_group = QButtonGroup(self)
        self.electricity_group.addButton(self.equivalent_radio)
        self.electricity_group.addButton(self.equal_radio)
        electricity = _grid([(self.equivalent_radio, None), (self.equal_radio, self.equal_spin)])
        self.gas_field_radio = QRadioButton(
            self.tr("Gas-field natural gas: %1 kgce/m³").replace(
                "%1", f"{NATURAL_GAS_CHOICES['gas_field']:.4f}"
            )
        )
        self.oilfield_radio = QRadioButton(
            self.tr("Oilfield associated gas: %1 kgce/m³").replace(
                "%1", f"{NATURAL_GAS_CHOICES['oilfield']:.4f}"
            )
        )
        self.measured_radio = QRadioButton(
            self.tr("Measured value (%1–%2):")
            .replace("%1", f"{NATURAL_GAS_RANGE[0]:.4f}")
            .replace("%2", f"{NATURAL_GAS_RANGE[1]:.4f}")
        )
        self.measured_spin = _spin(NATURAL_GAS_RANGE, " kgce/m³")
        self.gas_group = QButtonGroup(self)
        for radio in (self.gas_field_radio, self.oilfield_radio, self.measured_radio):
            self.gas_group.addButton(radio)
        gas = _grid(
            [
                (self.gas_field_radio, None),
                (self.oilfield_radio, None),
                (self.measured_radio, self.measured_spin),
            ]
        )
        self.overrides_model = OverridesModel(self)
        self.overrides_table = QTableView()
        self.overrides_table.setModel(self.overrides_model)
        self.overrides_table.setItemDelegateForColumn(3, OverrideDelegate(self.overrides_table))
        self.overrides_table.verticalHeader().setVisible(False)
        self.overrides_table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET)
        self.overrides_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overrides_table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.overrides_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        overrides = QWidget()
        overrides_column = QVBoxLayout(overrides)
        overrides_column.setContentsMargins(0, 0, 0, 0)
        overrides_column.addWidget(self.overrides_table)
        self.overrides_hint = QLabel(
            self.tr(
                "Double-click a site value to enter the coefficient from your measured "
                "calorific value, in kgce per the carrier's unit; 0 returns to the reference."
            )
        )
        self.overrides_hint.setWordWrap(True)
        self.overrides_hint.setStyleSheet("color: #555;")
        overrides_column.addWidget(self.overrides_hint)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("optional; kept in the change log"))
        self.add_row("year", self.tr("Year"), self.year_spin)
        self.add_row("electricity", self.tr("Electricity"), electricity)
        self.add_row("natural_gas", self.tr("Natural gas (required choice)"), gas)
        self.add_row("overrides", self.tr("Site coefficients"), overrides)
        self.add_row("reason", self.tr("Reason"), self.reason_edit)
        for holder in (electricity, gas, overrides):
            holder.setMinimumHeight(0)  # add_row's fixed minimum would squeeze the radio rows
        self.overrides_table.setMinimumHeight(TOUCH_TARGET * 6)
        for widget in (self.year_spin, self.equal_spin, self.measured_spin, self.reason_edit):
            widget.setMinimumHeight(TOUCH_TARGET)
        for button in (*self.electricity_group.buttons(), *self.gas_group.buttons()):
            button.setMinimumHeight(TOUCH_TARGET)
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_TARGET)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.electricity_group.buttonToggled.connect(self._update_enabled)
        self.gas_group.buttonToggled.connect(self._update_enabled)
        self.year_spin.valueChanged.connect(self.load)
        self.load()

    @property
    def loaded(self) -> bool:
        return self._stored is not None and not self._busy

    @Slot()
    def load(self, *_args: object) -> None:
        database, year = self._context.startup.database, self.year_spin.value()

        def read() -> EnergyConvention:
            with database.reading() as session:
                return convention_for(session, year)

        self._stored = None
        self._busy = True
        self._update_enabled()
        run_query(self, read, self._loaded, self._failed)

    def _loaded(self, convention: EnergyConvention) -> None:
        if convention.year != self.year_spin.value():
            return  # the year changed again while reading; its own read follows
        self._busy = False
        self._stored = convention
        equal = convention.electricity_basis is ElectricityBasis.EQUAL
        (self.equal_radio if equal else self.equivalent_radio).setChecked(True)
        if convention.equal_value_kgce_per_kwh is not None:
            self.equal_spin.setValue(convention.equal_value_kgce_per_kwh)
        gas = convention.natural_gas_kgce_per_m3
        self.gas_group.setExclusive(False)  # allows "no choice yet" to be shown
        for radio in self.gas_group.buttons():
            radio.setChecked(False)
        self.gas_group.setExclusive(True)
        if gas == NATURAL_GAS_CHOICES["gas_field"]:
            self.gas_field_radio.setChecked(True)
        elif gas == NATURAL_GAS_CHOICES["oilfield"]:
            self.oilfield_radio.setChecked(True)
        elif gas is not None:
            self.measured_radio.setChecked(True)
            self.measured_spin.setValue(gas)
        self.overrides_model.set_overrides(dict(convention.overrides))
        self.show_problems([])
        self._update_enabled()

    def value(self) -> EnergyConvention:
        stored = self._stored or EnergyConvention(year=self.year_spin.value())
        equal = self.equal_radio.isChecked()
        gas: float | None = None
        if self.gas_field_radio.isChecked():
            gas = NATURAL_GAS_CHOICES["gas_field"]
        elif self.oilfield_radio.isChecked():
            gas = NATURAL_GAS_CHOICES["oilfield"]
        elif self.measured_radio.isChecked():
            gas = self.measured_spin.value()
        kept = {c: v for c, v in stored.overrides.items() if c not in OVERRIDABLE}
        return EnergyConvention(
            year=self.year_spin.value(),
            electricity_basis=ElectricityBasis.EQUAL if equal else ElectricityBasis.EQUIVALENT,
            equal_value_kgce_per_kwh=(
                self.equal_spin.value() if equal else stored.equal_value_kgce_per_kwh
            ),
            natural_gas_kgce_per_m3=gas,
            overrides={**kept, **self.overrides_model.overrides()},
        )

    def problems(self) -> list[Problem]:
        convention = self.value()
        problems = [
            Problem(_FIELDS.get(f, "overrides"), code, detail)
            for f, code, detail in convention_problems(convention)
        ]
        if convention.natural_gas_kgce_per_m3 is None:
            problems.append(Problem("natural_gas", "natural_gas_choice_missing"))
        return problems

    def describe(self, problem: Problem) -> str:
        return record_problem_text(problem.code, problem.detail)

    def try_accept(self) -> None:
        if not self.loaded:
            return
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return
        database, actor = self._context.startup.database, self._context.session.actor
        convention, reason = self.value(), self.reason_edit.text().strip()

        def write() -> EnergyConvention:
            with database.transaction() as session:
                set_convention(session, actor, convention, reason)
            return convention

        self._busy = True
        self._update_enabled()
        run_query(self, write, self._saved, self._failed)

    def _saved(self, convention: EnergyConvention) -> None:
        self._busy = False
        self._stored = convention
        self.saved.emit(convention)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_enabled()
        self.general_problem.setText(record_error_text(error))

    @Slot()
    def _update_enabled(self, *_args: object) -> None:
        self.equal_spin.setEnabled(self.equal_radio.isChecked())
        self.measured_spin.setEnabled(self.measured_radio.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.loaded)


def _spin(limits: tuple[float, float], suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(DECIMALS)
    spin.setRange(*limits)
    spin.setSingleStep(0.001)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(180)
    return spin


def _grid(rows: list[tuple[QRadioButton, QWidget | None]]) -> QWidget:
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    for row, (radio, extra) in enumerate(rows):
        grid.addWidget(radio, row, 0)
        if extra is not None:
            grid.addWidget(extra, row, 1)
    grid.setColumnStretch(2, 1)
    return holder
